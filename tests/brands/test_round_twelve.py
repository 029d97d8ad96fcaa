"""Issue 13, twelfth round: a buyer's story and an enforcer's report name fakes without offering
any (warning verbs written apart, the English of the warning and enforcement words, a third
party's sales reported); English words joined or punctuated as words are no evasion; lowercase
initials a counterfeit word names are read."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "七匹狼", "septwolves_official", ("Septwolves",)),
        Brand(2, "安踏", "anta_official", ("Anta",)),
        Brand(3, "洽洽", "chacha_official", ("ChaCha",)),
        Brand(4, "欧米茄", "omega_official", ("Omega",)),
        Brand(5, "李宁", "lining_official", ("Li Ning",)),
        Brand(6, "方太", "fotile_official", (), (), frozenset(), False, ("油烟机",)),
        Brand(7, "鲍易", "baoyi_official"), Brand(8, "旺仔多福", "wzdf_official")])


@pytest.mark.parametrize("title, description", [
    # 被…坑了 with the agent inside, 提个醒: 被坑 and 提醒 written apart
    ("被直播间主播坑了：A货七匹狼夹克", "买的时候说是专柜货 到手是A货 给大家提个醒"),
    ("又被代购骗了一次 七匹狼高仿皮带", "收到就觉得不对 拿去专柜一看是高仿"),
])
def test_a_buyers_story_with_a_warning_verb_written_apart_is_no_offer(guard, title, description):
    assert decision_of(guard, title, description, "七匹狼") == "none"


def test_a_warning_verb_written_apart_does_not_hide_a_sellers_offer(guard):
    # a seller's own words still sell: the warning rule needs a text with no sale in it
    assert decision_of(guard, "不怕被坑 七匹狼夹克 A货", "一比一 私聊下单 包邮", "七匹狼") != "none"
    # a space or a sentence stop ends the verb: 被 here begins another word
    assert decision_of(guard, "七匹狼夹克A货 被子", "坑位有限 高仿 私聊", "七匹狼") != "none"


@pytest.mark.parametrize("title, description", [
    ("Police raid warehouse of fake Anta trainers",
     "Officers confiscated counterfeit Anta trainers; two men were arrested."),
    ("Warning: replica Anta shoes sold in group chats",
     "Deals that look too good to be true are usually fakes."),
])
def test_an_english_warning_or_enforcement_report_is_no_offer(guard, title, description):
    assert decision_of(guard, title, description, "安踏") == "none"


def test_a_third_partys_sales_reported_are_no_offer(guard):
    assert decision_of(guard, "当心二手平台的方太油烟机", "有商家把高仿方太油烟机当正品卖 收货先验机", "方太") \
        == "none"


def test_english_words_hyphenated_or_punctuated_are_no_evasion(guard):
    assert decision_of(guard, "Tonight we learn the cha-cha", "", "洽洽") == "none"
    assert decision_of(guard, "From alpha to omega: a history of the alphabet", "", "欧米茄") == "none"
    # letters torn apart are still an evasion
    assert decision_of(guard, "O-M-E-G-A 手表 高仿", "私聊", "欧米茄") != "none"


def test_lowercase_initials_a_counterfeit_word_names_are_read(guard):
    assert decision_of(guard, "replica wzdf milk tea powder, ship free",
                       "Best replica wzdf you can get, DM me", "旺仔多福") != "none"
    # an English word after a counterfeit word is still a word of the sentence
    assert decision_of(guard, "a fake by any other name", "replica by design", "鲍易") == "none"


def test_two_letters_before_a_capitalised_name_are_a_word_of_the_sentence(guard):
    result = guard.scan(record("Warning: replica Li Ning shoes",
                               "Buy only from shops authorised by Li Ning."))
    assert not [hit for hit in result.hits if hit.brand.mark == "鲍易"]


# -- recall: a seller's own words ----------------------------------------------------------------
def test_a_sellers_fake_named_with_the_listing_word_is_a_counterfeit_word(guard):
    assert decision_of(guard, "安踏跑鞋 仿冒款 清库存", "仿冒款 穿着差不多 十双起批", "安踏") != "none"
    # the news' 仿冒品 is still no seller's word
    assert decision_of(guard, "法院审理一起案件", "被告人销售仿冒品安踏跑鞋", "安踏") == "none"


def test_a_live_streams_order_call_is_selling_talk_beside_a_try_on(guard):
    # 试穿 is a review's word; 想要的扣1 and 福利款 are the stream selling what it tries on
    assert decision_of(guard, "【直播切片】主播试穿七匹狼夹克 高仿福利款", "家人们想要的扣1 主播给你们留",
                       "七匹狼") != "none"
    assert decision_of(guard, "七匹狼夹克试穿", "上身效果不错 高仿的和正品对比一下", "七匹狼") == "none"


def test_an_english_warning_quoting_sellers_in_single_quotes_reports_their_words(guard):
    # 'factory direct' is what sellers say, quoted by the warning; it's and sellers' are no quotes
    assert decision_of(guard, "PSA: that 'wholesale' Anta hoodie is fake",
                       "Sellers swear it's '1:1 mirror quality', 'DM me'. It isn't. Buy from the "
                       "official app.", "安踏") == "none"
    assert decision_of(guard, "Anta hoodie 1:1 mirror quality", "factory direct, message to order",
                       "安踏") != "none"


def test_pinyin_glued_to_a_word_of_the_other_case_is_read(guard):
    assert decision_of(guard, "高仿qipilangPOLO衫 一件代发", "都是仿的 放心卖", "七匹狼") != "none"


@pytest.fixture(scope="module")
def common_guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "凤凰", "phoenix_official", (), (), frozenset(), True, ("自行车",)),
        Brand(2, "联想", "lenovo_official", (), (), frozenset(), True, ("电脑", "笔记本"))])


def test_a_goods_word_words_before_a_common_word_mark_is_no_cue(common_guard):
    # 自行车 … 凤凰古城, 旧电脑让我联想到: the goods word ends a phrase of its own; 复刻 here is a
    # memory's, not a seller's
    assert decision_of(common_guard, "骑自行车游凤凰古城", "一比一复刻小说里的边城", "凤凰") == "none"
    assert decision_of(common_guard, "这台旧电脑让我联想到小时候", "一比一复刻的九十年代书房", "联想") \
        == "none"
    # the goods word written against the mark, before or after it, still names the brand
    assert decision_of(common_guard, "二手自行车 凤凰 高仿", "一比一 私聊", "凤凰") != "none"
    assert decision_of(common_guard, "凤凰牌自行车 高仿", "一比一 私聊", "凤凰") != "none"
    # a listing's counterfeit or look-alike word between them keeps the goods word on the mark
    assert decision_of(common_guard, "自行车 A货 凤凰款", "凤凰 精仿 细节图私聊 包邮", "凤凰") == "takedown"
    assert decision_of(common_guard, "笔记本平替 联想一比一", "只要正品价格的零头 下单包邮", "联想") \
        == "takedown"


def test_another_brands_two_letters_in_a_warning_naming_its_brand_are_its_words(guard):
    # QQ (洽洽's initials) in a warning about 七匹狼 written out: a word of the warning
    assert decision_of(guard, "关于七匹狼的“原单”", "所谓原单基本都是假的，正品没有这种渠道，QQ群里的别信",
                       "洽洽") == "none"
    # in a seller's offer, with selling talk, the two letters still get a look
    assert decision_of(guard, "七匹狼 QQ 原单", "私聊下单", "洽洽") != "none"


def test_an_english_warning_reporting_sellers_of_counterfeits_is_no_offer():
    """held_out_10 (read at stop 25): "Sellers advertising a '1:1 X' are selling counterfeits"
    was taken down: its "selling" read as the poster's seller talk. Selling counterfeits is what
    a warning reports, never what a seller says of his goods; a seller's own talk still counts."""
    guard = BrandGuard([Brand(1, "戴森", "dyson_official", ("Dyson",))])
    warning = guard.scan(record("PSA: fake Dyson airwrap everywhere",
                                "Sellers advertising a '1:1 Dyson airwrap' are selling "
                                "counterfeits. Buy from authorised stores."))
    assert warning.decision == "none"
    offer = guard.scan(record("Dyson airwrap 1:1 replica", "selling now, dm me, free shipping"))
    assert offer.decision == "takedown"
