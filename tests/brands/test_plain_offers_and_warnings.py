"""Plain offers and warning-shaped texts (stop 38, held out 22's kinds): goods that cannot be
told apart from the genuine article or come out of its factory are not it; the trade's price
forms (到手88, 288出) are prices; and a text shaped as a warning — a warning, verdict or
loss word, and no way to buy from the poster — is never acted on, whatever else it says. A
seller who writes the same words with a way to buy, or calls his goods fakes with none, still
offers (issue 13).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE
from origin.brands.config import SEVERITY
from tests.brands.conftest import assert_no_offer, record


def _result(guard, title, description, account_name="小店"):
    return guard.scan(record(title, description, account_name=account_name))


@pytest.mark.parametrize("title, description, least", [
    # put beside the genuine article, it cannot be told apart
    ("德芙巧克力", "懂货的来，跟正品放一起分不出来，到手888", "takedown"),
    ("耐克防晒伞 全新没拆", "128元出，和专柜的放一起看不出区别，懂的来，不退不换", "takedown"),
    # out of the counter's factory, off the big brand's line
    ("安踏跑鞋", "公司货，680r，和柜台一个厂出来的，要的私", "takedown"),
    ("苹果手机同一条线的", "跟大牌同一条流水线下来的，没有吊牌，到手88，质量自己对比", "review"),
])
def test_goods_no_one_can_tell_from_the_genuine_or_from_its_factory_are_offered(
        guard, title, description, least):
    result = _result(guard, title, description)
    assert SEVERITY[result.decision] >= SEVERITY[least], (result.rule, result.decision)


@pytest.mark.parametrize("title, description", [
    # a dupe's own boast compares it with the big brand: no source named
    ("李宁运动鞋", "质感和大牌一样，好穿不贵"),
    # a question, and told apart after all
    ("耐克运动鞋", "跟正品放一起分不出来吗？"),
    ("耐克运动鞋", "和专柜的放一起看得出区别"),
])
def test_sameness_read_only_as_a_claim_about_ones_goods(guard, title, description):
    result = _result(guard, title, description)
    assert not any(s.kind == "counterfeit" for hit in result.hits for s in hit.signals), \
        [(hit.matched, [(s.kind, s.matched) for s in hit.signals]) for hit in result.hits]


@pytest.mark.parametrize("text, price", [
    ("到手88", "88"), ("288出", "288"), ("1280出，不议价", "1280"),
    ("680米一份", "680米"), ("学生价888r", "888r")])
def test_the_trades_price_forms_are_prices(text, price):
    assert [match.group() for match in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["2019出的款", "出厂设置", "到手2件", "到手价"])
def test_a_year_a_count_and_a_word_are_no_price(text):
    assert not PRICE.search(text)


@pytest.mark.parametrize("account_name, title, description", [
    # a legal explainer: the trade asked about, then its consequences
    ("lawyer_explains", "Is selling fake NIKE sneakers a crime?",
     "Yes. Selling counterfeit goods can bring fines and prison."),
    # an authenticator's advice before buying
    ("鉴定师老郑", "最近假耐克手镯又升级了", "这批假货连包装都仿得很像，买之前请找专业机构鉴定"),
])
def test_warnings_that_ask_about_the_trade_or_advise_buyers_are_no_offer(
        guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description", [
    # a warning word and nothing to buy: whatever else the text weighs, a look at most
    ("最近假耐克手镯又升级了", "这批假货连包装都仿得很像，提醒大家"),
    ("Beware: NIKE sneakers 1:1 replicas everywhere", "These replicas are perfect copies."),
])
def test_a_warning_shaped_text_is_never_acted_on(guard, learnt_guard, title, description):
    for judge in (guard, learnt_guard):
        result = _result(judge, title, description)
        assert SEVERITY[result.decision] <= SEVERITY["review"], (result.rule, result.decision)


@pytest.mark.parametrize("title, description", [
    # a seller who writes a warning word still gives a way to buy
    ("谨防假冒！耐克一比一", "拍下秒发 包邮"),
    ("高仿耐克 假货", "有需要的联系"),
])
def test_a_seller_with_a_way_to_buy_is_still_taken_down(guard, title, description):
    assert _result(guard, title, description).decision == "takedown"


def test_a_seller_who_calls_his_goods_fakes_is_no_warning(guard):
    # no warning word: fakes named as such in a live sale with no contact word still demote
    result = _result(guard, "Live now: nai ke sneakers replicas",
                     "Fake but identical to the real thing, a tenth of the price. Limited stock.")
    assert result.decision == "demote", result.rule
