"""Issue 13, fourteenth round: a mark read as a sequence of syllables, some written as its
characters and some spelled in pinyin (稻xiang村), glued initials and capitalised-syllable
pinyin before a code in capitals, and the fuller reading preferred over a part of it."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand, mixed_spellings
from origin.brands.guard import BrandGuard
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "稻香村", "dxc_official"), Brand(2, "西昂", "xiang_official"),
        Brand(3, "何欢", "hehuan_official"), Brand(4, "玉兰油", "olay_official", ("Olay",)),
        Brand(5, "绿源", "lvyuan_official")])


def test_mixed_spellings_keep_syllable_boundaries():
    spelled = mixed_spellings(list("稻香村"), ("dao", "xiang", "cun"))
    assert "稻xiang村" in spelled and "daoxiang村" in spelled and "稻香cun" in spelled
    assert "稻香村" not in spelled and "daoxiangcun" not in spelled   # whole: other patterns
    assert not any("xia" in s and "xiang" not in s for s in spelled)   # never inside a syllable
    assert "lv源" in mixed_spellings(list("绿源"), ("lv", "yuan"))
    assert "lu源" in mixed_spellings(list("绿源"), ("lv", "yuan"))     # ü with its dots dropped
    assert mixed_spellings(list("阿三"), ("a", "san")) == ["阿san"]      # a lone "a" is any word's


@pytest.mark.parametrize("title", [
    "稻xiang村月饼礼盒 高仿一比一 私聊拿货",
    "稻xiāng村月饼礼盒 高仿一比一 私聊拿货",       # toned
    "DaoXiang村月饼礼盒 高仿一比一 私聊拿货",        # any case
    "稻香cūn月饼礼盒 高仿一比一 私聊拿货",
])
def test_a_mark_half_in_characters_half_in_pinyin_is_found(guard, title):
    hits = [hit for hit in guard.scan(record(title)).hits if hit.brand.mark == "稻香村"]
    assert hits and hits[0].via == "pinyin" and "pinyin" in hits[0].evasions
    assert decision_of(guard, title, "", "稻香村") != "none"


def test_letters_set_apart_are_no_syllable_beside_characters(guard):
    # "H.E." spells no syllable: initials, not 何欢's "he" beside its 欢
    title = "H.E. 欢乐套装 高仿一比一 私聊拿货"
    assert not [hit for hit in guard.scan(record(title)).hits if hit.brand.mark == "何欢"]
    assert decision_of(guard, "he欢 乐园套装 高仿一比一 私聊拿货", "", "何欢") != "none"


@pytest.mark.parametrize("title, via", [
    ("仿ylyYC面霜 一比一 高仿 私聊", "initials"),   # the view reads "ylyc": the edge is in yY
    ("YuLanYouSPF面霜 一比一 高仿 私聊", "pinyin"),  # capitalised syllables, then a code
    ("OlaySPF面霜 一比一 高仿 私聊", "alias"),        # a Latin name the same way
])
def test_a_latin_reading_glued_to_a_code_in_capitals(guard, title, via):
    hits = [hit for hit in guard.scan(record(title)).hits if hit.brand.mark == "玉兰油"]
    assert hits and hits[0].via == via
    assert decision_of(guard, title, "", "玉兰油") != "none"


def test_capitalised_syllables_need_a_code_not_a_word_after_them(guard):
    # a capitalised tail is no case edge (Ruo is no code); an English one is a word edge since
    # stop 33 (YuLanYouShop: test_scripts_and_glued_words.py)
    for title in ("YuLanYouRuo面霜 高仿 私聊", "OlayRuo面霜 高仿 私聊"):
        assert not [hit for hit in guard.scan(record(title)).hits if hit.brand.mark == "玉兰油"]


def test_the_fuller_reading_wins_over_a_part_of_it(guard):
    # xiang is 西昂's whole pinyin, but here it is a syllable of 稻香村 written out
    hits = guard.scan(record("稻xiang村月饼礼盒 高仿一比一 私聊拿货")).hits
    assert {hit.brand.mark for hit in hits} == {"稻香村"}
    # alone it is still 西昂's
    assert decision_of(guard, "xiang 同款手表 高仿一比一 私聊拿货", "", "西昂") != "none"
