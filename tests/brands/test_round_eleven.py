"""Issue 13, eleventh round: classes, not instances. Distances in words (an English listing's
context words lie five times as many characters off as a Chinese one's), English clause stops,
Title-case words and contractions are no initials, and the fancy-letter styles Unicode names
fold to their letters."""
from __future__ import annotations

import re
import unicodedata

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard, _word_units
from origin.brands.normalize import unicode_confusables
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "索尼", "sony_official", ("Sony",)), Brand(2, "雅诗兰黛", "el_official",
                                                           ("Estee Lauder",)),
        Brand(3, "海尔", "haier_official", ("Haier",)), Brand(4, "白猫", "whitecat_official",
                                                           (), (), frozenset(), True, ("洗洁精",)),
        Brand(5, "何尔", "heer_official"), Brand(6, "路大茂", "ldm_official")])


def test_word_units_count_a_latin_word_as_one_and_chinese_characters_as_before():
    text = "Sony noise cancelling headphones AAA grade"
    units = _word_units(text)
    # three words between the mark's end and AAA, the spaces between them none
    assert units[text.index("AAA")] - units[len("Sony")] == 3
    assert _word_units("耐克高仿 A货") is None         # no Latin word: one unit a character
    mixed = "耐克 replica 包邮"
    units = _word_units(mixed)
    assert units[mixed.index("包")] - units[2] == 3    # space, the word, space


@pytest.mark.parametrize("title, description, mark", [
    # the counterfeit grade three English words after the mark: on it, as 耐克 高仿 is
    ("Sony noise cancelling headphones AAA grade, factory price",
     "Super copy, nobody can tell the difference. Worldwide shipping.", "索尼"),
    ("𝗘𝘀𝘁𝗲𝗲 𝗟𝗮𝘂𝗱𝗲𝗿 foundation AAA grade", "Super copy. WhatsApp in bio.", "雅诗兰黛"),
    ("Live now: H4ier water heater replicas", "Fake but identical to the real thing.", "海尔"),
])
def test_an_english_listing_counts_its_distances_in_words(guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


def test_an_english_sentence_stop_ends_the_clause(guard):
    # the counterfeit word is in the next sentence: no evidence on the mark in a text that
    # sells nothing, as 。 already says in Chinese
    assert decision_of(guard, "My radio", "I love my Sony. Fake ones are everywhere.", "索尼") \
        == "none"


def test_a_separator_inside_the_mark_is_no_clause_stop(guard):
    assert decision_of(guard, "洗洁精到货", "白 . 猫原单，一比一，懂的私", "白猫") != "none"


def test_a_title_case_word_is_no_initials_glued_to_a_capital(guard):
    # "The" is T + "he": he (何尔's initials) glued to one capital is the word itself
    result = guard.scan(record("How I got scammed: AAA replica",
                               "The listing said it was real. The seller lied."))
    assert not [hit for hit in result.hits if hit.brand.mark == "何尔"]


def test_a_contraction_tail_is_no_word_start(guard):
    # I'll DM you: "ll DM" (l-d-m) is no initials of 路大茂
    result = guard.scan(record("replica jacket", "Replica, not original. I'll DM you."))
    assert not [hit for hit in result.hits if hit.brand.mark == "路大茂"]
    # written as a word of its own it still is
    assert [hit for hit in guard.scan(record("LDM 外套 高仿", "高仿 LDM 包邮")).hits
            if hit.brand.mark == "路大茂"]


# -- the fancy-letter class, generated from Unicode's own data, not from any suite -----------------
# A character Unicode names as a Latin letter in some style (MATHEMATICAL BOLD CAPITAL N, CIRCLED
# LATIN SMALL LETTER K, REGIONAL INDICATOR SYMBOL LETTER E, LATIN CAPITAL LETTER O WITH STROKE,
# LATIN LETTER SMALL CAPITAL R, FULLWIDTH LATIN ..., SQUARED ..., PARENTHESIZED ...), and its letter
_STYLED = re.compile(r"(?P<style>MATHEMATICAL [A-Z -]+?|REGIONAL INDICATOR SYMBOL|"
                     r"(?:[A-Z]+ )*LATIN(?: LETTER SMALL CAPITAL)?) "
                     r"(?:CAPITAL |SMALL )?(?:LETTER )?(?:CAPITAL |SMALL |DOTLESS )?"
                     r"(?P<letter>[A-Z])(?P<with> WITH (?!.*LETTER).*)?")


def _styled_letters() -> dict[str, dict[str, str]]:
    """style -> {character: the ASCII letter its name says}, over every assigned code point
    below U+20000: combining letters (overlays, deleted) aside, and the few that Unicode's
    confusables table reads as another letter (ʋ, V WITH HOOK, looks like u)."""
    confusables = unicode_confusables()
    styles: dict[str, dict[str, str]] = {}
    for code in range(0x80, 0x20000):
        char = chr(code)
        match = _STYLED.fullmatch(unicodedata.name(char, ""))
        if not match or unicodedata.combining(char) or unicodedata.category(char)[0] == "M":
            continue
        letter = match.group("letter").lower()
        if char in confusables and confusables[char] not in (letter, "l" if letter == "i" else letter):
            continue
        style = match.group("style") + (" WITH" if match.group("with") else "")
        styles.setdefault(style, {})[char] = letter
    return styles


def test_every_styled_latin_letter_unicode_names_folds_to_its_letter(guard):
    styles = _styled_letters()
    # the class is large and varied: math alphabets, enclosed, regional, attached marks
    assert sum(map(len, styles.values())) > 1500 and len(styles) > 20
    skeleton = guard.normalizer.word_skeleton
    wrong = {char: (letter, skeleton(char, collapse=False)) for chars in styles.values()
             for char, letter in chars.items() if skeleton(char, collapse=False) != letter}
    assert not wrong, list(wrong.items())[:20]


def test_a_latin_name_written_in_each_style_is_found():
    guard = BrandGuard([Brand(1, "索尼", "sony_official", ("Sony",))])
    written = 0
    for style, chars in _styled_letters().items():
        by_letter: dict[str, str] = {}
        for char, letter in chars.items():
            by_letter.setdefault(letter, char)
        if not all(letter in by_letter for letter in "sony"):
            continue
        mark = "".join(by_letter[letter] for letter in "sony")
        result = guard.scan(record(f"{mark} headphones replica", "高仿 包邮"))
        assert [hit for hit in result.hits if hit.brand.mark == "索尼"
                and hit.decision != "none"], (style, mark)
        written += 1
    assert written > 15


# -- context: evidence of an offer, not lists of benign phrasing --------------------------------
@pytest.fixture(scope="module")
def context_guard() -> BrandGuard:
    return BrandGuard([
        Brand(1, "版蚀", "banshi_official"), Brand(2, "敖髓", "aosui_official"),
        Brand(3, "洽洽", "chacha_official", ("ChaCha",)),
        Brand(4, "熊猫", "panda_official", (), (), frozenset(), True, ("电视",)),
        Brand(5, "特步", "xtep_official", ("Xtep",)), Brand(6, "资生堂", "shiseido_official",
                                                          ("Shiseido",)),
        Brand(7, "范思哲", "versace_official", ("Versace",))])


def test_a_price_quoted_in_a_warning_is_no_sale(context_guard):
    # 半是 (in 多半是) sounds like 版蚀 and touches 假货; the price is the warning's, not a sale
    assert decision_of(context_guard, "小心买到假零食大礼包！",
                       "价格低得离谱的零食大礼包多半是假货，别信“厂里内部货”，认准正规超市和官方店", "版蚀") \
        == "none"


def test_lowercase_initials_between_english_words_are_a_word_of_the_sentence(context_guard):
    result = context_guard.scan(record("How I got scammed buying a jacket online",
                                       "The listing said 'AAA replica, same factory as retail'."))
    assert not [hit for hit in result.hits if hit.brand.mark == "敖髓"]
    # written as an abbreviation, in capitals or against Chinese, they are still read
    assert [hit for hit in context_guard.scan(record("AS 外套 高仿", "高仿 AS 包邮")).hits
            if hit.brand.mark == "敖髓"]


def test_latin_words_spaced_as_words_are_no_separator_evasion(context_guard):
    assert decision_of(context_guard, "Learning to dance the cha cha for my sister's wedding",
                       "#日常", "洽洽") == "none"
    assert decision_of(context_guard, "C·h·a·C·h·a 瓜子", "高仿 包邮", "洽洽") != "none"


def test_a_common_word_mark_romanised_with_a_counterfeit_word_on_it_gets_a_look(context_guard):
    assert decision_of(context_guard, "Live now: xiongmao TV replicas",
                       "Fake but identical to the real thing.", "熊猫") != "none"
    # written in characters it is the word, as before
    assert decision_of(context_guard, "熊猫 一比一复刻", "动物园里的熊猫", "熊猫") == "none"


def test_an_english_seller_saying_not_original_admits_a_fake(context_guard):
    assert decision_of(context_guard, "Versace belt rep, looks 100% legit",
                       "Replica, not original. Comment 'want' and I'll DM you.", "范思哲") != "none"
    # the same words in a question or a warning's comparison are no admission
    assert decision_of(context_guard, "Is my Versace belt original?",
                       "Bought it at the store, it came with the receipt.", "范思哲") == "none"


def test_a_plain_mark_with_selling_words_and_no_sign_of_a_fake_is_a_sale(context_guard):
    assert decision_of(context_guard, "搬家清仓 低价转特步跑鞋",
                       "买了没用几次，带不走了，原价五折出，包邮，带包装盒和购物凭证", "特步") == "none"
    # an odd spelling, or a counterfeit word, still gets its look
    assert decision_of(context_guard, "搬家低价转特·步跑鞋", "原价五折出 包邮", "特步") != "none"
    assert decision_of(context_guard, "特步跑鞋 高仿", "原价五折出 包邮", "特步") != "none"


def test_an_english_public_service_warning_is_no_offer(context_guard):
    assert decision_of(context_guard, "PSA: that 'factory direct' Shiseido sunscreen is fake",
                       "Sellers in live streams swear it's '1:1 mirror quality'. It isn't. Buy "
                       "Shiseido only from the official store or authorised retailers.",
                       "资生堂") == "none"


def test_where_to_buy_negated_is_no_advice(context_guard):
    # 非正品渠道: not from a genuine channel, a seller's admission, not a buyer's advice
    assert decision_of(context_guard, "特步跑鞋 原单尾货 剪标", "工厂流出 非正品渠道 同厂做工 价格美丽",
                       "特步") != "none"
    assert decision_of(context_guard, "特步跑鞋 假货泛滥", "认准正品渠道，别信一比一", "特步") == "none"


def test_a_homophone_keeping_part_of_its_mark_in_a_resale_listing_is_an_offer(context_guard):
    # 特瓿 keeps 特 of 特步; nothing sells but 自用送人都行, which is selling one's own goods
    assert decision_of(context_guard, "特瓿运动套装 顶级仿 原装包装盒",
                       "盒子防伪标全套 跟专柜买的一样 外行看不出 自用送人都行", "特步") != "none"


_STYLED_DIGIT = re.compile(r"(?P<style>MATHEMATICAL [A-Z -]+|FULLWIDTH|SUPERSCRIPT|SUBSCRIPT|"
                           r"(?:[A-Z-]+ )*(?:CIRCLED|SQUARED|PARENTHESIZED)(?: [A-Z-]+)*) DIGIT "
                           r"(?P<digit>ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)")
_DIGITS = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()


def test_every_styled_digit_unicode_names_folds_to_its_digit_and_is_read_as_a_letter(guard):
    """Math, full-width, super- and subscript, circled, double-circled, dingbat and negative
    circled digits, from Unicode's names: each folds to its digit, so a digit swap written in
    one (N❶KE) is read as the plain one is."""
    styles: dict[str, dict[str, str]] = {}
    for code in range(0x80, 0x20000):
        match = _STYLED_DIGIT.fullmatch(unicodedata.name(chr(code), ""))
        if match:
            styles.setdefault(match.group("style"), {})[chr(code)] = \
                str(_DIGITS.index(match.group("digit")))
    assert sum(map(len, styles.values())) > 100 and len(styles) > 10
    skeleton = guard.normalizer.word_skeleton
    wrong = {char: (digit, skeleton(char, collapse=False)) for chars in styles.values()
             for char, digit in chars.items() if skeleton(char, collapse=False) != digit}
    assert not wrong, list(wrong.items())[:20]
    sony = BrandGuard([Brand(1, "索尼", "sony_official", ("Sony",))])
    for style, chars in styles.items():
        zero = next((char for char, digit in chars.items() if digit == "0"), None)
        if zero is None:
            continue
        result = sony.scan(record(f"S{zero}ny headphones replica", "高仿 包邮"))
        assert [hit for hit in result.hits if hit.brand.mark == "索尼"], (style, zero)


def test_symbols_written_for_letters_are_read_as_those_letters():
    """Leetspeak beyond digits: @ for a, $ for s, € for e inside or starting a Latin word, in
    records the slow path reads (a counterfeit word sends them there); offsets stay the text's."""
    guard = BrandGuard([Brand(1, "普拉达", "prada_official", ("Prada",)),
                        Brand(2, "索尼", "sony_official", ("Sony",)),
                        Brand(3, "鸿星尔克", "erke_official", ("ERKE",))])
    for title, mark, written in (("Pr@da 尼龙包 高仿", "普拉达", "Pr@da"),
                                 ("$ony headphones replica", "索尼", "$ony"),
                                 ("€RKE 运动鞋 一比一", "鸿星尔克", "€RKE")):
        hits = [hit for hit in guard.scan(record(title, "包邮 私聊")).hits if hit.brand.mark == mark]
        assert hits and hits[0].matched == written and title[hits[0].start:hits[0].end] == written
        assert "letter_swap" in hits[0].evasions and hits[0].decision != "none"
    # a mention and a price are no letters: @sony is Sony after a mention sign, $35 a price
    hits = guard.scan(record("@sony 高仿", "US$35 包邮")).hits
    assert [hit.matched for hit in hits if hit.brand.mark == "索尼"] == ["sony"]
