"""Issue 13, ninth round: a seller's "not genuine" and a lone 仿 are counterfeit words, 6 reads
as b, a mark of one repeated sound is found when its two characters are written with two
others, and counterfeit words in another sentence are no evidence on a sound-alike."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from tests.brands.conftest import record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "耐克", "nike_official", ("NIKE",)), Brand(2, "旺旺", "ww_official"),
        Brand(3, "星巴克", "sb_official", ("Starbucks",)), Brand(4, "万宝龙", "mb_official",
                                                                 ("Montblanc",)),
        Brand(5, "格力", "gree_official", ("GREE",))])


def _caught(guard: BrandGuard, title: str, description: str, mark: str) -> bool:
    """The mark found at review or above, on the one-record path and on the batch path."""
    one = guard.scan(record(title, description))
    (batch,) = guard.scan_many([record(title, description)])
    return all(any(hit.brand.mark == mark and SEVERITY[hit.decision] >= SEVERITY["review"]
                   for hit in result.hits) for result in (one, batch))


def _counterfeit_words(guard: BrandGuard, title: str, description: str = "") -> list[str]:
    (hit,) = guard.scan(record(title, description)).hits
    return [s.matched for s in hit.signals if s.kind == "counterfeit"]


@pytest.mark.parametrize("title", ["直播间专享 NK卫衣", "直播间专享 naike卫衣", "直播间专享 耐克卫衣"])
def test_a_seller_saying_not_genuine_offers_fakes(guard, title):
    assert _caught(guard, title, "高版本 不是正品 介意别拍 直播间下单立减二十", "耐克")


def test_not_genuine_in_its_forms(guard):
    assert _counterfeit_words(guard, "耐克鞋 非正品勿拍") == ["非正品"]
    assert _counterfeit_words(guard, "耐克鞋 绝不是原装") == ["绝不是原装"]


@pytest.mark.parametrize("title", [
    "帮我看看这双耐克是不是正品",              # a question (A-not-A), no admission
    "耐克鞋 如果不是正品假一赔十",              # a genuine seller's promise
    "耐克鞋 保证正品 不是正品包退",
    "耐克鞋 正品",
])
def test_questions_and_promises_about_genuine_goods_are_no_admission(guard, title):
    assert _counterfeit_words(guard, title) == []


def test_a_lone_fang_is_a_counterfeit_word(guard):
    assert _caught(guard, "姐妹们这款naike钱包真的绝了", "跟专柜一模一样的仿款 价格只要零头", "耐克")
    assert _counterfeit_words(guard, "耐克运动鞋 仿原版 细节到位") == ["仿"]


@pytest.mark.parametrize("title", ["模仿耐克的广告 太好笑了", "耐克鞋仿佛踩在云上", "耐克的仿真模型"])
def test_fang_inside_a_word_is_that_word(guard, title):
    # 模仿 (imitate), 仿佛 (as if), 仿真 (simulation): jieba's words, not an offer of fakes
    assert _counterfeit_words(guard, title) == []


@pytest.mark.parametrize("title, mark", [("5tar6ucks帽子 仿品 效果差不多", "星巴克"),
                                         ("Mont6lanc钢笔 高仿品质 拍下即发", "万宝龙")])
def test_six_reads_as_b(guard, title, mark):
    assert _caught(guard, title, "包邮", mark)


@pytest.mark.parametrize("written", ["妄旺", "旺望", "望旺"])
def test_a_mark_of_one_repeated_sound_written_with_two_other_characters(guard, written):
    assert _caught(guard, f"{written}雪饼 仿品 效果差不多", "价格一折 评论区扣1", "旺旺")


def test_counterfeit_words_in_another_sentence_are_not_on_a_sound_alike(guard):
    # 耐磕 (hard-wearing) sounds like 耐克, 隔离 like 格力; 一比一复刻 is about a cake
    for title in ("这个手机壳很耐磕。今天一比一复刻了网红蛋糕", "那会儿公司包隔离的费用。今天一比一复刻了网红蛋糕"):
        assert guard.scan(record(title, "成功率很高 配方放评论区")).decision == "none"
    # a listing's commas join its phrases: the counterfeit word is still on the hit
    assert _caught(guard, "新到一批耐磕鞋子，仿品里的天花板", "包邮", "耐克")


@pytest.fixture(scope="module")
def marks() -> BrandGuard:
    return BrandGuard([Brand(1, "元气森林", "yq_official"), Brand(2, "格兰仕", "galanz_official"),
                       Brand(3, "老凤祥", "lfx_official")])


def test_a_price_word_that_is_the_marks_own_character_is_part_of_a_sound_alike(marks):
    # 元 is a price word; in 元气森淋 it is the mark's first character, as in 元气森林
    (hit,) = marks.scan(record("元气森淋卫衣 仿品", "跟正装一样的包装")).hits
    assert (hit.brand.mark, hit.via, hit.matched) == ("元气森林", "homophone", "元气森淋")
    assert hit.decision != "none"


def test_a_sound_alike_keeping_most_of_the_mark_with_a_counterfeit_word_on_it_gets_a_look(marks):
    # nothing sold or priced in the record's words, but 一比一做工 is written on 格兰是
    result = marks.scan(record("格兰是微波炉 一比一做工", "走时精准 送礼有面 顺丰到付"))
    assert (result.decision, result.rule) == ("review", "sound_alike_without_an_offer")
    # the counterfeit word in another clause: someone's sentence
    assert marks.scan(record("格兰是微波炉，做工很好", "一比一复刻了奶奶的菜")).decision == "none"
    # one character of the mark and an everyday word (风箱, bellows): no look
    assert marks.scan(record("复刻老风箱", "一比一还原农村土灶")).decision == "none"


def test_an_everyday_word_after_the_goods_is_no_brand_of_them():
    # 竟然 (to one's surprise) sounds like a mark 荆染; written after the goods it is the
    # sentence, written before them as a brand is (荆染钱包 A货) it gets a look
    guard = BrandGuard([Brand(1, "荆染", "jr_official"), Brand(2, "万斯", "vans_official")])
    warning = guard.scan(record("网上买的万斯钱包竟然是A货",
                                "拿去专柜一验才知道是高仿 已经投诉了 大家小心", account="buyer"))
    assert warning.decision == "none"
    (hit,) = guard.scan(record("竟然钱包 A货", "细节到位", account="buyer")).hits
    assert (hit.brand.mark, hit.decision, hit.rule) == ("荆染", "review",
                                                        "ordinary_word_in_an_offer")
