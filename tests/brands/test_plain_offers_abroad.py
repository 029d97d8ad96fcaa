"""Plain offers that never say fake, read by what they claim (issue 13, held out 25 and 26's plain
offers, stop 42): sameness to the genuine article written in traditional characters (同專櫃嘅一模一樣)
or against the original (原版), Taiwan's 公司貨 and the official shop; the replica trade's words in
Russian, Portuguese, Spanish and Japanese marketplaces. Sentences and brands of their own. Resales,
price matches, warnings (in those languages too) and questions stay as they were."""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from tests.brands.conftest import record

OFFERS = [
    ("耐克卫衣 現貨～", "跟公司貨放在一起幾乎一樣，¥358，7-11取貨付款"),
    ("新到耐克波鞋", "同專櫃嘅一模一樣，¥299，順豐到付"),
    ("耐克卫衣上新", "做工和原版一模一样，260包邮，私我"),
    ("NIKE hoodie в наличии", "Та же фабрика, US$40, пишите в личку"),
    ("NIKE hoodie — копия люкс", "Отправка по России, US$30, пишите в личку"),
    ("NIKE tênis primeira linha", "Igualzinho ao original, US$39, chama no direct"),
    ("NIKE sudadera primera calidad", "Igual al original, $39, pregunta por DM"),
    ("NIKE hoodie スーパーコピー", "早い者勝ち ¥3000 即購入OK"),
]


@pytest.mark.parametrize("title, description", OFFERS)
def test_a_plain_offer_claiming_the_genuine_makes_a_look(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (
        result.rule, [(h.matched, h.rule) for h in result.hits])


BENIGN = [
    # a resale with its receipt, cheaper than the counter as every used item is
    ("闲置耐克卫衣", "专柜购买小票在，穿过两次，比专柜便宜一半出"),
    # a shop matching the official price
    ("耐克卫衣 官方授权店", "价格和专柜一样，正品保障"),
    # a question whether the same as the counter's
    ("耐克卫衣", "这件和专柜的一样吗？求懂的姐妹看看"),
    # a warning naming the cheap ones
    ("警惕！", "网上比专柜便宜太多的耐克卫衣都是假货，认准官方旗舰店"),
    # a student's own bicycle handed over in person (面交 is no seller-of-copies' word)
    ("毕业出耐克跑鞋", "穿了一年，状态完好，259块，学校面交，正品有订单截图"),
    # a Portuguese warning quoting the trade's grade (held out 26's shape, own words)
    ("Atenção: 'NIKE' tênis falsificado", "Muita gente caiu no golpe do 'NIKE' 'primeira linha'. "
     "Não é original."),
    ("Cuidado con las imitaciones de NIKE", "Es una estafa: 'primera calidad', 'igualito al "
     "original', y llega otra cosa."),
]


@pytest.mark.parametrize("title, description", BENIGN)
def test_resales_price_matches_questions_and_warnings_stay_none(guard, title, description):
    result = guard.scan(record(title, description))
    assert result.decision == "none", (result.rule, [(h.matched, h.rule) for h in result.hits])


def test_the_traditional_map_is_opencc_one_for_one_over_the_basic_block(guard):
    """(stop 43) The guard's traditional map (read before sameness, 同專櫃嘅一模一樣) is the
    normaliser's own fold, not a second OpenCC conversion: it equals OpenCC t2s, one character
    for one, over the basic CJK block, as the map the guard built itself until stop 42."""
    import opencc

    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    expected = {ord(a): b for a, b in zip(chars, converted) if len(b) == 1 and a != b}
    assert len(expected) > 2000          # 專 櫃 貨 …: the block holds thousands
    assert guard._t2s == expected
    assert "同專櫃嘅一模一樣".translate(guard._t2s) == "同专柜嘅一模一样"
