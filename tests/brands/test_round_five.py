"""Issue 13, fifth round: warnings and reviews in a buyer's words, common words in their ordinary
sense, ordinary words used as a brand name, and two readings the matcher missed."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import record


@pytest.fixture(scope="module")
def marks() -> BrandGuard:
    return BrandGuard([Brand(31, "长城", "gw_official", (), (), frozenset(), True, ("汽车", "哈弗")),
                       Brand(32, "华为", "huawei_official", ("HUAWEI",)),
                       Brand(33, "大疆", "dji_official", ("DJI",)),
                       Brand(34, "蒙牛", "mengniu_official", ("Mengniu",)),
                       Brand(35, "伊利", "yili_official", ("Yili",)),
                       Brand(36, "阿迪达斯", "adidas_official", ("adidas",))])


@pytest.mark.parametrize("title, description", [
    ("避雷！这家店的华为是高仿", "客服还说是原单 大家别上当"),
    ("卖高仿华为手机犯法吗", "销售假冒注册商标的商品罪 最高可判十年"),
    ("花三百买了个假华为", "朋友圈代购说是专柜正品 结果是A货"),
])
def test_a_buyers_or_the_laws_warning_is_no_offer(marks, title, description):
    result = marks.scan(record(title, description))
    assert result.hits and result.decision == "none"


def test_the_same_words_with_a_price_still_sell(marks):
    assert marks.scan(record("避雷别家 华为高仿", "价格私聊 包邮")).decision == "takedown"


def test_a_review_that_says_where_it_was_bought_is_none(marks):
    result = marks.scan(record("华为手机开箱", "官方旗舰店下单 包邮 第二天就到了"))
    assert (result.decision, result.rule) == ("none", "benign_context")
    # with counterfeit words as well it is still a look
    assert marks.scan(record("华为手机开箱 高仿", "包邮")).decision == "review"


def test_a_common_word_mark_needs_its_cue_written_against_it(marks):
    # 汽车 three words before 长城 is a drive to the wall; 一比一复刻 is one phrase, not two signals
    assert marks.scan(record("开汽车自驾去长城", "复刻爸妈当年的合影 1:1还原")).decision == "none"
    assert marks.scan(record("长城脚下的民宿", "一比一复刻明代城墙")).decision == "none"
    assert marks.scan(record("长城汽车 一比一复刻", "包邮")).decision == "takedown"
    assert marks.scan(record("长城 哈弗 高仿", "包邮")).decision == "takedown"
    assert marks.scan(record("长城 高仿", "包邮")).decision == "review"     # no cue: a look


def test_an_ordinary_word_written_as_a_brand_name_gets_a_look(marks):
    """大酱 is a word (soybean paste): alone next to 复刻 it is food; written against goods with a
    counterfeit word on it, it is a brand name in an offer."""
    assert marks.scan(record("东北大酱的做法", "一比一复刻姥姥的味道")).decision == "none"
    result = marks.scan(record("新到一批大酱鞋子，仿品里的天花板", ""))
    assert (result.decision, result.rule) == ("review", "ordinary_word_in_an_offer")
    assert marks.scan(record("划为墨镜 高仿", "")).decision == "review"


def test_a_homophone_keeping_part_of_the_mark_needs_an_offer(marks):
    result = marks.scan(record("一头猛牛冲过来", "复刻斗牛名场面 1:1还原"))
    assert (result.decision, result.rule) == ("none", "homophone_needs_an_offer")
    assert marks.scan(record("猛牛纯奶", "高仿 包邮")).decision == "takedown"


def test_initials_after_a_context_word_ending_in_the_same_letter(marks):
    """超A + ADDS collapses to "超adds": the initials start after the shared run."""
    result = marks.scan(record("【超A】ADDS同款手机"))
    hit = [hit for hit in result.hits if hit.via == "initials"][0]
    assert (hit.brand.mark, hit.matched) == ("阿迪达斯", "ADDS")
    assert result.decision != "none"


def test_a_one_for_i_where_the_mark_has_an_l(marks):
    result = marks.scan(record("今晚上架Yil1的鞋子，A货不退不换", "三号链接"))
    hit = [hit for hit in result.hits if hit.brand.mark == "伊利"][0]
    assert hit.matched == "Yil1" and "digit_swap" in hit.evasions
    assert result.decision == "takedown"


def test_a_warning_may_quote_prices_but_authenticity_words_may_not(marks):
    assert marks.scan(record("专柜三千的华为手机 网上三百块钱 可能是真的吗",
                             "别贪便宜 买到的都是高仿")).decision == "none"
    assert marks.scan(record("华为手机还是去官方渠道买吧", "那些一比一的东西没保障")).decision == "none"
    # 认准 is seller talk too: with a price it is an offer
    assert marks.scan(record("认准本店 华为高仿", "199元")).decision == "takedown"


def test_two_letter_initials_with_look_alike_words_and_selling_talk_get_a_look(marks):
    result = marks.scan(record("hw同款手机 今日上新", "对标专柜 三件包邮"))
    hit = [hit for hit in result.hits if hit.brand.mark == "华为"][0]
    assert (hit.decision, hit.rule) == ("review", "short_initials_look_alike_offer")
    assert marks.scan(record("hw同款手机 今日上新", "")).decision == "none"   # no selling talk
