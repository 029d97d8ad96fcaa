"""Issue 13, stop 33: look-alikes from every script the confusables table knows, names glued
to English words.

Held out 17's confusable misses were symbols the confusables table reads as letters (Greek
musical notation: 𝈖 for R, 𝈓 for F) and names in fancy or full-width letters glued to a word
(𝗔𝗦𝗜𝗖𝗦Gel, Ｐｏｐ ＭａｒｔLABUBU), whose case the guard read from ASCII letters only; earlier
parts left pinyin glued to an English word (Huaxizivibes, DaisenLab), which has no word edge.
And a common English word among English words (My friend got, @lee mine is) is no mark's initials.
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from origin.brands.normalize import confusable_symbols
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([Brand(1, "鸿星尔克", "erke_official", ("ERKE",)),
                       Brand(2, "斐乐", "fila_official", ("FILA",)),
                       Brand(3, "宝格丽", "bulgari_official", ("BVLGARI",)),
                       Brand(4, "娃哈哈", "wahaha_official", ("Wahaha",)),
                       Brand(5, "泡泡玛特", "popmart_official", ("Pop Mart",)),
                       Brand(6, "亚瑟士", "asics_official", ("ASICS",)),
                       Brand(7, "耐克", "nike_official", ("NIKE",)),
                       Brand(8, "永久", "forever_official"),
                       Brand(9, "戴森", "dyson_official", ("Dyson",)),
                       Brand(10, "花西子", "hxz_official", ("Florasis",)),
                       Brand(11, "太阳", "sun_official", ("Sun",))])


def test_the_table_reads_notation_symbols_as_letters_but_not_lines_or_operators():
    symbols = confusable_symbols()
    assert symbols["𝈖"] == "R" and symbols["𝈓"] == "F" and symbols["𝈪"] == "L"
    # lines, crosses and operators separate words (NIKE￨Air, Nike×Sacai)
    assert not {"×", "∣", "⊤", "￨", "╳", "⏽"} & set(symbols)


@pytest.mark.parametrize("title, description, mark", [
    ("E𝈖KE运动外套 顶级版本", "E𝈖KE外套 工厂货 ￥260 私我", "鸿星尔克"),
    ("𝈓ILA tennis skirt", "mirror copy of the 𝈓ILA skirt, $28, DM to order", "斐乐"),
    ("В𝈍LGꓮRI ring", "best replica В𝈍LGꓮRI ring I stock, US$120", "宝格丽"),
])
def test_a_symbol_the_table_reads_as_a_letter_inside_a_name(guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


def test_a_notation_symbol_between_chinese_characters_still_separates(guard):
    assert decision_of(guard, "高仿耐𝈖克 跑鞋", "¥199 包邮", "耐克") == "takedown"


@pytest.mark.parametrize("title, description, mark", [
    ("这箱𝑊𝑎𝐻𝑎𝐻𝑎AD奶 复刻版", "仿品 厂里直接拿 ¥35一箱 私聊", "娃哈哈"),
    ("Ｐｏｐ ＭａｒｔLABUBU 盲盒", "一比一开模 388块 私我", "泡泡玛特"),
])
def test_fancy_and_full_width_letters_have_a_case(guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


@pytest.mark.parametrize("title, description, mark", [
    ("#Huaxizivibes 散粉", "高仿 一比一 ¥59 私聊", "花西子"),
    ("Yongjiuhaul city bike", "replica frame, $99, DM me", "永久"),
    ("DaisenLab hair dryer", "1:1 replica, $59 shipped", "戴森"),
    ("𝗔𝗦𝗜𝗖𝗦Gel 跑鞋", "仿的 1:1 ¥89 出", "亚瑟士"),
])
def test_a_name_glued_to_an_english_word(guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


@pytest.mark.parametrize("title, description, mark", [
    ("Sunflower oil replica", "$20, DM me", "太阳"),       # the whole run is an English word
    ("Dysonkrt replica", "$20, DM me", "戴森"),             # the glued letters are none
])
def test_no_edge_where_the_glued_letters_are_no_word_or_the_whole_is_one(guard, title,
                                                                        description, mark):
    assert mark not in {hit.brand.mark for hit in guard.scan(record(title, description)).hits}


@pytest.fixture(scope="module")
def english_guard() -> BrandGuard:
    return BrandGuard([Brand(1, "美雅", "meiya_official"),          # initials "my"
                       Brand(2, "刘饵", "liuer_official"),          # "le": lee collapses to it
                       Brand(3, "孙恩爱", "sunenai_official"),      # "sea"
                       Brand(4, "耐克", "nike_official", ("NIKE",))])


@pytest.mark.parametrize("title, description, mark", [
    ("Is this NIKE jacket real?", "My friend got this NIKE jacket for £98 from a guy on "
     "Facebook. Is it fake?", "美雅"),
    ("", "@lee mine is a genuine NIKE from the store, the fake ones you linked look nothing "
     "like it", "刘饵"),
])
def test_a_common_english_word_among_english_words_is_no_initials(english_guard, title,
                                                                  description, mark):
    result = english_guard.scan(record(title, description))
    assert mark not in {hit.brand.mark for hit in result.hits}


@pytest.mark.parametrize("title, description", [
    ("selling replica sea bags", "$20 each, DM me"),       # named by a counterfeit word
    ("SEA sneakers replica", "$20 each, DM me"),           # written in capitals
    ("sea运动鞋 高仿", "¥99 私聊"),                         # among Chinese, not English words
])
def test_initials_kept_where_the_mark_s_own_context_holds(english_guard, title, description):
    result = english_guard.scan(record(title, description))
    assert "孙恩爱" in {hit.brand.mark for hit in result.hits}
