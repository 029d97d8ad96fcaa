"""Issue 13, tenth round: English seller, warning and resale talk; prices written as numbers; a
warning quoting a seller; a counterfeit word replicating something written after it; an ordinary
word glued to a counterfeit word in a listing; homophones through a rare reading (寻 xín); a
sound-alike holding another, shorter mark."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "三只松鼠", "squirrels_official"), Brand(2, "七匹狼", "septwolves_official"),
        Brand(3, "红牛", "redbull_official", ("Red Bull",)), Brand(4, "佳能", "canon_official"),
        Brand(5, "华为", "huawei_official"), Brand(6, "大疆", "dji_official"),
        Brand(7, "新百伦", "nb_official"), Brand(8, "格力", "gree_official"),
        Brand(9, "宝格丽", "bulgari_official"), Brand(10, "蒙牛", "mengniu_official")])


def test_english_seller_talk_is_an_offer(guard):
    # 叁只松暑: a homophone keeping half the mark, in a record whose only selling words are English
    assert decision_of(guard, "叁只松暑 每日坚果 fake but looks legit",
                       "selling fake 叁只松暑 每日坚果, whatsapp me, cash on delivery",
                       "三只松鼠") != "none"


def test_the_english_replica_trade_grades_send_a_sound_alike_to_be_looked_for(guard):
    # "aaa" alone folds to "a" on the hot path: AAA quality / aaa copy are keys of their own
    assert decision_of(guard, "蒙扭 香水 AAA quality", "蒙扭 香水 aaa copy, wholesale welcome",
                       "蒙牛") != "none"
    assert guard.scan(record("I made a copy of the file", "a quality day")).hits == []


def test_a_price_written_as_a_number_is_an_offer(guard):
    assert decision_of(guard, "七痞廊夹克 今晚直播间49.9", "仿七痞廊夹克 限量100单", "七匹狼") != "none"
    assert decision_of(guard, "best 七痞廊 jacket haul", "my 七痞廊 replica jacket, $35", "七匹狼") \
        != "none"


@pytest.mark.parametrize("title, description", [
    ("how to spot a fake 红牛 功能饮料", "fake 红牛 are everywhere online, check the can before you pay"),
    ("Red Bull fakes: beware", "fake Red Bull sold at night markets, watch out"),
])
def test_an_english_warning_is_no_offer(guard, title, description):
    assert decision_of(guard, title, description, "红牛") == "none"


def test_english_resale_is_resale(guard):
    assert decision_of(guard, "selling my used 佳能 camera", "bought at the 佳能 store, receipt "
                       "included, lightly used, local pickup", "佳能") == "none"


def test_a_warning_quoting_a_seller_reports_his_selling_words(guard):
    for description in ("有人私信说有华为内部渠道货低至三折，别信！都是高仿。",
                        "卖家号称包邮一比一，别信！都是高仿",
                        "商家的“包邮”“私聊”都是套路 一比一的华为都是假的 别信"):
        assert decision_of(guard, "华为笔记本", description, "华为") == "none"
    # the same selling words said, not reported, still make an offer
    assert decision_of(guard, "华为笔记本", "包邮一比一 私聊 别信别人", "华为") != "none"


def test_a_counterfeit_word_replicating_what_follows_it_is_not_on_the_mark_before(guard):
    # 七匹狼 as seven wolves: 一比一复刻了 names its own object (这个镜头)
    assert decision_of(guard, "经典场景复刻", "草原上的七匹狼 按原片一比一复刻了这个镜头", "七匹狼") == "none"
    # but on the mark it still gets a look, in a record that offers nothing
    assert decision_of(guard, "", "七匹狼 一比一复刻", "七匹狼") == "review"
    assert decision_of(guard, "", "一比一复刻了七匹狼", "七匹狼") == "review"
    # 1:1 before a verb (还原) says how faithfully its object, written after, was made
    assert decision_of(guard, "", "草原上的七匹狼 1:1还原课本里的插图", "七匹狼") == "none"
    assert decision_of(guard, "", "七匹狼 一比一还原", "七匹狼") == "review"


def test_an_ordinary_word_glued_to_a_counterfeit_word_in_a_listing_gets_a_look(guard):
    # 大江 (a big river) is a word: glued to 原单 in a listing that sells, it names the goods
    assert decision_of(guard, "大江原单云台 清仓甩卖", "拍下48小时内发货", "大疆") == "review"
    assert decision_of(guard, "高仿大江无人机 批发", "全国包邮", "大疆") == "review"
    # in a sentence that sells nothing it is the river
    assert decision_of(guard, "大江东去浪淘尽 按原片一比一复刻了这个镜头", "", "大疆") == "none"


def test_a_homophone_through_a_rare_reading(guard):
    # 寻 is xún, and xín in speech: 寻百伦 keeps 百伦 with a counterfeit word on it
    assert decision_of(guard, "寻百伦跑鞋 高仿", "包邮", "新百伦") != "none"
    # a rare reading needs its counterfeit word on the hit; a usual one only needs an offer
    assert decision_of(guard, "心百伦跑鞋 包邮 私聊。", "店里也有高仿", "新百伦") != "none"
    assert decision_of(guard, "寻百伦跑鞋 包邮 私聊。", "店里也有高仿", "新百伦") == "none"


def test_a_sound_alike_holding_a_shorter_mark(guard):
    # 堡格力 sounds like 宝格丽 and holds 格力: the longer reading is kept beside the shorter
    assert decision_of(guard, "项链补货啦 堡格力复刻版", "堡格力复刻 包装配件全套 看中直接拍", "宝格丽") \
        != "none"
