"""Issue 13, stop 35: digits read the ways sellers write letters with them, names glued to model
codes, and a common word hidden from a filter.

Held out 19's digit swaps (0.812, the weakest first reading of that family) wrote 6 for G
(6ivenchy, N0n6fu), which the one digit reading read as b; held out 18's wrote every i and l of
伊利's Yili as 1 (Y111, Y1l1), which the readings collapse to "yi" or "yl". Pinyin glued to a
model code in capitals (YanJingU8) had no edge there. The own suite's 尾单苹\\u200b果外套 hid
苹果 behind a zero-width character, which nobody writing the fruit does. Strings of this file's
own, none of any part's.
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from origin.brands.normalize import ones_key
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([Brand(1, "古驰", "gucci_official", ("GUCCI",)),
                       Brand(2, "万宝龙", "montblanc_official", ("Montblanc",)),
                       Brand(3, "伊利", "yili_official", ("Yili",)),
                       Brand(4, "莉莉", "lily_official", ("Lily",)),
                       Brand(5, "青岛", "tsingtao_official"),
                       Brand(6, "苹果", "apple_official", ("Apple",), (), frozenset(), True,
                             ("手机", "耳机")),
                       Brand(7, "耐克", "nike_official", ("NIKE",))])


@pytest.mark.parametrize("title, description, mark", [
    ("6UCC1 手袋 高仿", "一比一 ¥399 私聊", "古驰"),
    ("Mont6lanc pen replica", "$45, DM me", "万宝龙"),          # and b still
    ("6ucci belt mirror copy", "US$35 shipped, DM to order", "古驰"),
])
def test_six_reads_as_g_as_well_as_b(guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


@pytest.mark.parametrize("written", ["Y111", "Y1l1", "Yi11", "Y11i"])
def test_every_i_and_l_of_a_name_written_as_1(guard, written):
    assert decision_of(guard, f"{written} 纯牛奶 高仿", "厂家直发 ¥49 私聊", "伊利") != "none"
    assert decision_of(guard, f"{written} milk powder replica", "$30, DM me", "伊利") != "none"


def test_only_names_the_first_reading_shortens_get_a_ones_key():
    assert ones_key("yili") == "y111" and ones_key("lily") == "111y"
    assert ones_key("nike") is None                   # n1ke reads nike in the first reading
    assert ones_key("lil") is None                    # too short
    assert ones_key("iii") is None                    # nothing but 1s: a number


def test_digits_that_are_numbers_stay_numbers(guard):
    for title in ("iPhone 6s 手机壳 高仿", "买了1111件 高仿 衣服", "第6代 高仿 l1l1 ¥9"):
        hits = guard.scan(record(title, "¥20 包邮")).hits
        assert not {hit.brand.mark for hit in hits} & {"伊利", "莉莉", "古驰"}, title


@pytest.mark.parametrize("title, description", [
    ("QingDaoU8啤酒 高仿", "一比一 ¥35 私信"),
    ("qingdaoU8啤酒 复刻", "¥35 包邮"),
])
def test_pinyin_glued_to_a_model_code(guard, title, description):
    assert decision_of(guard, title, description, "青岛") != "none"


def test_pinyin_glued_to_a_capitalised_word_still_needs_its_edge(guard):
    # one capital and small letters after it is no model code (nor an English word)
    hits = guard.scan(record("qingdaoXtr 复刻", "¥35 包邮")).hits
    assert "青岛" not in {hit.brand.mark for hit in hits}


def test_a_common_word_hidden_by_a_zero_width_character(guard):
    assert decision_of(guard, "原单苹\u200b果卫衣", "", "苹果") == "review"
    # written plainly, the fruit next to a counterfeit word needs a product cue or selling talk
    assert decision_of(guard, "原单苹果卫衣", "", "苹果") == "none"
    # hidden, but nothing counterfeit on it: no offer
    assert decision_of(guard, "苹\u200b果 好甜", "", "苹果") == "none"
