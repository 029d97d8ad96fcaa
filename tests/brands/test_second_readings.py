"""A field read a second way: pictures of words set between a mark's characters as separators
(匡🍎威, 六㊙神), letters named otherwise than they look (Conʋerse); and pinyin's tone numbers."""
from __future__ import annotations

import unicodedata

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from origin.brands.normalize import named_otherwise
from tests.brands.conftest import BRANDS, record

MORE = BRANDS + [
    Brand(20, "匡威", "converse_official", ("Converse",)),
    Brand(21, "六神", "liushen_official"),
]


@pytest.fixture(scope="module")
def wider() -> BrandGuard:
    return BrandGuard(MORE, model=None)


@pytest.mark.parametrize("title, brand, span", [
    ("高仿耐㊙克运动鞋", "耐克", "耐㊙克"),              # CIRCLED IDEOGRAPH SECRET, NFKC 秘
    ("高仿耐🈚克运动鞋", "耐克", "耐🈚克"),              # SQUARED CJK UNIFIED IDEOGRAPH-7121, 无
    ("高仿耐㈱克运动鞋", "耐克", "耐㈱克"),              # PARENTHESIZED IDEOGRAPH STOCK, 株
    ("高仿阿🍎迪达🍏斯运动鞋", "阿迪达斯", "阿🍎迪达🍏斯"),  # emoji the rules read as 苹果
    ("高仿 A㊙D🍎I/D/A/S 运动鞋", "阿迪达斯", "A㊙D🍎I/D/A/S"),
    ("高仿 德 ㊙ 芙 巧克力 包邮", "德芙", "德 ㊙ 芙"),
])
def test_a_picture_of_a_word_between_a_marks_characters_is_a_separator(
        guard, title, brand, span):
    result = guard.scan(record(title))
    hits = [hit for hit in result.hits if hit.brand.mark == brand]
    assert hits, f"{title!r}: no hit for {brand} in {result.hits}"
    assert title[hits[0].start:hits[0].end] == span == hits[0].matched
    assert "separator" in hits[0].evasions
    assert result.decision in ("demote", "takedown")
    assert guard.scan_many([record(title)])[0].to_json() == result.to_json()


def test_a_picture_keeps_its_word_where_it_stands_for_one(guard):
    """The first reading is unchanged: 🍎 is 苹果 beside a cue, ㊙ a character of its own; a
    picture at a mark's edge or beside it sets nothing apart."""
    (hit,) = guard.scan(record("高仿🍎手机")).hits
    assert (hit.brand.mark, hit.matched, hit.evasions) == ("苹果", "🍎", ("emoji",))
    for title in ("高仿耐克㊙运动鞋", "高仿㊙耐克运动鞋"):
        (hit,) = guard.scan(record(title)).hits
        assert (hit.matched, hit.evasions) == ("耐克", ())


def test_pictures_in_ordinary_text_flag_nothing(guard):
    for title, description in (
            ("今天的㊙️基地", "和朋友在公园发现一个小角落，🍎树下面特别安静"),
            ("🈚️添加的果汁", "㊗️大家新年快乐，🍎🍏一起吃"),
            ("安㊙慕", "㊙密花园的故事"),
            ("考试㊗️顺利", "周末去旺🍎角吃了一顿")):
        result = guard.scan(record(title, description))
        assert result.decision == "none", (title, description, result.hits)
        assert guard.scan_many([record(title, description)])[0].to_json() == result.to_json()


def test_kangxi_radicals_are_look_alike_characters_not_pictures(guard):
    """⼈ (KANGXI RADICAL MAN) folds to 人 in every reading; only enclosed and squared forms are
    pictures."""
    pictures = guard.normalizer.pictures
    assert "⼈" not in pictures and "㊙" in pictures and "🈚" in pictures and "🍎" in pictures
    assert all(unicodedata.category(char) == "So" for char in pictures)
    assert guard.normalizer.skeleton("⼈") == "人"


def test_a_letter_is_also_read_as_the_letter_its_name_gives(wider):
    """ʋ (LATIN SMALL LETTER V WITH HOOK) looks like u to Unicode's confusables table; written
    for the v of Converse it is the v its name says. The first reading (u) stays."""
    assert named_otherwise()["ʋ"] == "v"
    result = wider.scan(record("Conʋersē帆布鞋 1:1 高仿", "原厂模具开出来的，880米"))
    (hit,) = [hit for hit in result.hits if hit.brand.mark == "匡威"]
    assert hit.matched == "Conʋersē" and "confusable" in hit.evasions
    assert result.decision == "takedown"
    assert wider.scan_many([record("Conʋersē帆布鞋 1:1 高仿", "原厂模具开出来的，880米")])[0] \
        .to_json() == result.to_json()
    assert not wider.scan(record("ʋ is a Latin letter with a hook", "")).hits


def test_a_picture_between_two_marks_is_inside_neither(wider):
    """A picture between two marks (六神🍎匡威) separates words, it is not inside either."""
    result = wider.scan(record("六神🍎匡威 高仿 包邮"))
    assert sorted((hit.brand.mark, hit.matched) for hit in result.hits
                  if hit.brand.mark != "苹果") == [("六神", "六神"), ("匡威", "匡威")]


@pytest.mark.parametrize("title, span", [
    ("高仿 nai4ke4 运动鞋", "nai4ke4"),
    ("高仿 nai4 ke4 运动鞋", "nai4 ke4"),
    ("高仿nai4ke4运动鞋", "nai4ke4"),
])
def test_the_last_tone_number_belongs_to_the_pinyin(guard, title, span):
    (hit,) = [hit for hit in guard.scan(record(title)).hits if hit.brand.mark == "耐克"]
    assert hit.matched == span and "pinyin" in hit.evasions and "repeated" not in hit.evasions
    assert "separator" in hit.evasions        # numbers set between the syllables


def test_a_number_after_pinyin_without_tone_numbers_is_not_a_tone(guard):
    """naike5折: 5折 is a discount; the pinyin was written without tone numbers."""
    (hit,) = [hit for hit in guard.scan(record("高仿 naike5折 运动鞋")).hits
              if hit.brand.mark == "耐克"]
    assert hit.matched == "naike"
