"""Text normalisation that undoes the evasions counterfeit sellers use, with a map back to the original.

Everything is folded into one character table built once at load (NFKC, full-width to half-width,
case, diacritics, confusable Cyrillic/Greek letters, traditional to simplified through OpenCC,
emoji letters and emoji words; zero-width characters, symbols, spaces and emoji deleted), because
``str.translate`` over a table runs in C: calling OpenCC on each record costs ~200 µs per 100
characters, 50 times the whole budget. Repeated characters are collapsed with one regex.

The hot path (``skeleton``) keeps no offsets; ``views`` rebuilds the same text with the original
index of every character, and is only run for records that hit something.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import numpy as np

TABLE_SIZE = 0xE0200           # planes 0-2, plane 3 (CJK ext. G/H) and plane 14 (tags, selectors)
DELIMITER = "\x1e"             # joins a record's fields in the hot path; deleted from field views
MULTI = 0xFFFFFFFF             # ``skeletons``: a character the table writes as several

# Single-stroke CJK components written as dots and bars between a mark's characters (耐丶克).
STROKE_SEPARATORS = frozenset("丶丨丿乀乁")
# Digits written for the letters they resemble (n1ke, ad1das, ch4nel); "l" folds to "i" on both
# sides so "1", "I" and "l" (and their look-alikes: Unicode gives I, l and 1 one prototype)
# stand for each other (6 for b as in 5tar6ucks, 2 for z). Only read where a digit touches a
# Latin letter or an i or l is there.
LEET = str.maketrans("013456782l9", "oieasbtbzig")
_LEET_TOUCH = re.compile(r"[a-z][0-9]|[0-9][a-z]|[il]")
# A 1 touching a Latin letter may stand for l as well (Yi1i for Yili, whose leet reading yiii
# collapses to "yi", too short a pattern): a second reading of those texts, matched as written.
DIGITS_AS_L = str.maketrans("01345678", "oleasbtb")
_ONE_TOUCH = re.compile(r"[a-z]1|1[a-z]")
# ... and as i with l kept (Yil1 for Yili: 1 as l reads "yill", collapsed to "yil")
DIGITS_AS_I = str.maketrans("01345678", "oieasbtb")
# 6 looks like G as much as like b (6ivenchy, 6REE, N0n6fu): a second reading of the digits with
# 6 as g, matched against the same keys as the first.
LEET_G = str.maketrans("013456782l9", "oieasgtbzig")
# (stop 40) a 6 in a run of digits that touches a letter is read too: a name with several letters
# written as digits puts them side by side (0m364 for Omega, 600d848y for goodbaby)
_SIX_TOUCH = re.compile(r"[a-z]\d*6|6\d*[a-z]")
SIX_TOUCH_BYTES = re.compile(rb"[a-z]\d*6|6\d*[a-z]")
# Every i, l and 1 as one digit, which no collapse merges: a name whose i and l stand side by
# side (Yili, Lily) reads "yi" and "iy" in the first reading, too short or too common a key; this
# reading keeps them (Y111, Y1l1, Yi1i all read "y111"). Its keys are those names only
# (``ones_key``).
ONES = str.maketrans("0345678il29", "oeasbtb11zg")
# A pinyin tone number after a syllable (nai4ke4): dropped before pinyin is matched.
TONE_DIGIT = re.compile(r"(?<=[a-z])[1-5](?![0-9])")


def _ascii_twins(looks_like: Callable[[str], bool]) -> dict[str, list[str]]:
    """The ASCII letters and digits Unicode's confusables table (UTS #39, as packaged by
    ``confusable_homoglyphs``) gives each single character ``looks_like`` accepts: the packaged
    table lists most pairs both ways but not all (ϲ only under c), so both are read."""
    from confusable_homoglyphs.utils import load

    def ascii_alnum(char: str) -> bool:
        return len(char) == 1 and char.isascii() and char.isalnum()

    pairs: dict[str, list[str]] = {}
    for char, entries in load("confusables.json").items():
        for other in (entry["c"] for entry in entries):
            if len(char) == 1 and looks_like(char) and ascii_alnum(other):
                pairs.setdefault(char, []).append(other)
            elif ascii_alnum(char) and len(other) == 1 and looks_like(other):
                pairs.setdefault(other, []).append(char)
    return pairs


@lru_cache(maxsize=1)
def unicode_confusables() -> dict[str, str]:
    """Letters and digits that Unicode's confusables table says look like one ASCII letter or
    digit: Cyrillic, Greek, Cherokee, Armenian, Lisu ... Symbols it lists (×, ∣, ⊤, 𝈓) stay
    separators here (``confusable_symbols`` reads some inside words), and CJK characters (〇)
    stay themselves."""
    def looks_like_ascii(char: str) -> bool:
        return not char.isascii() and unicodedata.category(char)[0] in "LN" \
            and not 0x2E80 <= ord(char) <= 0x9FFF

    table: dict[str, str] = {}
    for char, targets in _ascii_twins(looks_like_ascii).items():
        letters = [t for t in targets if t.isalpha()]
        target = (letters or targets)[0].lower()
        # Unicode's prototype for I, l and 1 alike is "l"; a capital (Cyrillic І, Greek Ι)
        # or a caseless letter named I (Lisu ꓲ) can only be read as an I
        if target == "l" and (char.isupper() or re.search(
                r"\bLETTER (CAPITAL )?I\b", unicodedata.name(char, ""))):
            target = "i"
        table[char] = target
    return table


@lru_cache(maxsize=1)
def confusable_symbols() -> dict[str, str]:
    """Symbols the confusables table says look like one Latin letter, as that letter (its case
    kept): Greek musical notation (𝈓 F, 𝈍 V, 𝈖 R, 𝈪 L), APL (⍺, ⍴), alchemy (🝌, 🝨), ℮. Read
    only inside a word (E𝈖KE, 𝈓ILA: ``BrandGuard``); elsewhere a symbol separates. Not the
    mathematical operators (× ∣ ⊤ ∪ ∨) nor the table's vertical lines and crosses (￨ ⏽ ╳ ᙭, and
    the ogonek it reads as i): that is how words are set apart (Nike×Sacai, NIKE￨Air)."""
    def symbol(char: str) -> bool:
        return not char.isascii() and unicodedata.category(char) in ("So", "Sk", "Po")

    table: dict[str, str] = {}
    for char, targets in _ascii_twins(symbol).items():
        letters = [t for t in targets if t.isalpha()]
        if letters and letters[0] not in "IilxX":          # L (𝈪) is a letter, l a line
            table[char] = letters[0]
    return table


@lru_cache(maxsize=1)
def named_otherwise() -> dict[str, str]:
    """Latin letters the confusables table reads as one letter and Unicode names as another
    (ʋ LATIN SMALL LETTER V WITH HOOK looks like u; ᶌ V WITH PALATAL HOOK like y): the letter
    their name gives. The table reads them as they look (a look-alike of u); a seller choosing a
    letter "with a hook" by its name means the named one (Conʋerse), so the slow path reads a
    field holding one a second time with the named letter (``Normalizer.second_reading``)."""
    return {char: named.group(1).lower() for char, target in unicode_confusables().items()
            if (named := _NAMED_LATIN.match(unicodedata.name(char, "")))
            and named.group(1).lower() != target}


# Small capital letters (ʀ, ᴅ, ꜰ; modifier ᶰ): Unicode names them after the letter they are, and
# neither NFKC nor the confusables table folds most of them.
_SMALL_CAPITAL = re.compile(r"(?:LATIN|MODIFIER) (?:CAPITAL )?LETTER SMALL CAPITAL ([A-Z])$")
# Any other character Unicode names as a Latin letter: with a stroke, hook, bar, curl or tail
# (Ø, Ł, Đ, ƒ, Ƈ, ȼ: no NFKC decomposition, most not in the confusables table), dotless (ȷ),
# squared or enclosed. Its name says which letter it is; a digraph (ǅ, "D WITH SMALL LETTER Z")
# is two letters and left to NFKC.
_NAMED_LATIN = re.compile(r"(?:[A-Z]+ )*LATIN (?:CAPITAL |SMALL )?(?:LETTER )?"
                          r"(?:SMALL CAPITAL |CAPITAL |SMALL |DOTLESS )?([A-Z])"
                          r"(?: WITH (?!.*LETTER).*)?$")

# A digit Unicode names in an enclosed style NFKC leaves alone (❶ DINGBAT NEGATIVE CIRCLED DIGIT ONE,
# ⓵ DOUBLE CIRCLED, ➀ DINGBAT CIRCLED SANS-SERIF): the digit it names, for the digit readings
_NAMED_DIGIT = re.compile(r"(?:[A-Z-]+ )*(?:CIRCLED|SQUARED|PARENTHESIZED)(?: [A-Z-]+)* DIGIT "
                          r"(ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$")
_DIGIT_NAMES = {name: str(value) for value, name in enumerate(
    "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split())}

# Invisible characters that are not in category Cf (fillers used to pad names).
INVISIBLE = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E, 0x034F}
# Enclosed and regional-indicator letters are emoji a keyword filter does not read as letters.
EMOJI_LETTERS = {start + i: chr(ord("a") + i)
                 for start in (0x1F130, 0x1F150, 0x1F170, 0x1F1E6) for i in range(26)}
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x323AF))

# Pictures of words: an enclosed or squared CJK form (㊙ CIRCLED IDEOGRAPH SECRET, 🈚 SQUARED CJK
# UNIFIED IDEOGRAPH-7121, ㍿ SQUARE CORPORATION), named so by Unicode, whose NFKC form is CJK or kana
# text. The skeleton reads them as that text (㊣品 is 正品); a seller also sets them between a
# mark's characters as he sets any emoji there (六㊙神), so the slow path reads such a field a
# second time with them as separators (``Normalizer.second_reading``). Kangxi radicals (⼈),
# which NFKC folds to CJK too, are look-alike characters, not pictures, and are not named so.
_ENCLOSED = re.compile(r"(?:NEGATIVE |DOTTED )?(?:CIRCLED|PARENTHESIZED|SQUARED?|TORTOISE SHELL "
                       r"BRACKETED|IDEOGRAPHIC TELEGRAPH SYMBOL)\b")
# what a picture is read as in that second reading: a separator (a symbol the table deletes)
PICTURE_GAP = "\u00b7"

# Digits are not collapsed: "1:1" must stay "11", and prices say nothing about evasion.
_DOUBLE = re.compile(r"(\D)\1", re.S)
_REPEATS = re.compile(r"(\D)\1+", re.S)


def _word_picture(char: str) -> bool:
    """Is ``char`` an enclosed or squared picture of CJK or kana text (㊙, 🈚, ㋀)?"""
    if unicodedata.category(char) != "So" or not _ENCLOSED.match(unicodedata.name(char, "")):
        return False
    nfkc = unicodedata.normalize("NFKC", char)
    return nfkc != char and any(is_cjk(ch) or 0x3040 <= ord(ch) <= 0x30FF for ch in nfkc)


def collapse_repeats(text: str) -> str:
    """``text`` with every run of one non-digit character written once."""
    return _REPEATS.sub(r"\1", text) if _DOUBLE.search(text) else text


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in CJK_RANGES)


def _is_emoji(code: int) -> bool:
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF \
        or code in (0x200D, 0xFE0F, 0x20E3)


@dataclass(frozen=True)
class View:
    """Normalised text plus, for each of its characters, the original span that produced it."""

    text: str
    starts: list[int]
    ends: list[int]
    # After collapsing, a character stands for a run: these give the run's last start and
    # first end, for a match whose word edge falls inside the run ("replica"+"anta").
    inner_starts: list[int] | None = None
    inner_ends: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _mapped_view(text: str, table: list, lengths: bytes) -> View:
    counts = list(map(lengths.__getitem__, map(ord, text)))
    if max(counts, default=0) <= 1:
        starts = list(compress(range(len(text)), counts))
    else:                                           # an emoji that stands for a word
        starts = [index for index, count in enumerate(counts) for _ in range(count)]
    return View(text.translate(table).replace(DELIMITER, ""), starts, list(map((1).__add__, starts)))


def collapse(view: View) -> View:
    """The view with runs of one non-digit character collapsed, each run mapped to its span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    inner_starts: list[int] = []
    inner_ends: list[int] = []
    for char, start, end, inner_start, inner_end in zip(
            view.text, view.starts, view.ends, view.inner_starts or view.starts,
            view.inner_ends or view.ends):
        if chars and chars[-1] == char and not char.isdecimal():
            ends[-1] = end
            inner_starts[-1] = inner_start
        else:
            chars.append(char)
            starts.append(start)
            ends.append(end)
            inner_starts.append(inner_start)
            inner_ends.append(inner_end)
    return View("".join(chars), starts, ends, inner_starts, inner_ends)


def _read_as(view: View, table: dict[int, str]) -> View:
    """``view`` with its characters translated by ``table`` (same offsets), repeats collapsed again."""
    return collapse(View(view.text.translate(table), view.starts, view.ends, view.inner_starts,
                         view.inner_ends))


def leet(view: View) -> View | None:
    """Digits read as the letters they resemble (n1ke -> nike) and l as i (ADlDAS, Iongines),
    repeats collapsed again; None when there is nothing to read (most text: Chinese, prices,
    dates, 1:1)."""
    return _read_as(view, LEET) if _LEET_TOUCH.search(view.text) else None


def six_as_g(view: View) -> View | None:
    """Digits read as letters with 6 as g (6ivenchy, N0n6fu, 0m364), repeats collapsed again;
    None unless a 6 touches a Latin letter, or digits that do."""
    return _read_as(view, LEET_G) if _SIX_TOUCH.search(view.text) else None


def ones(view: View) -> View | None:
    """Digits read as letters with every i, l and 1 as 1, which stays uncollapsed (Y111, Y1l1
    -> y111); None unless a 1 touches a Latin letter."""
    return _read_as(view, ONES) if _ONE_TOUCH.search(view.text) else None


def ones_key(key: str) -> str | None:
    """A Latin pattern as the ``ones`` reading writes it, when the first digit reading loses a
    letter of it (yili -> "yi", lily -> "iy": an i and l side by side) and it keeps a letter
    besides its 1s; else None (the first reading finds the others)."""
    if len(leet_key(key)) == len(key):
        return None
    read = _REPEATS.sub(r"\1", key.translate(ONES))
    return read if len(read) >= 4 and read.strip("1") and "1" in read else None


def _text_as(skeleton: str, touch: re.Pattern, table: dict[int, str]) -> str | None:
    """A hot-path reading: ``skeleton`` translated by ``table``, repeats collapsed, no offsets;
    None unless ``touch`` finds something to read."""
    return _REPEATS.sub(r"\1", skeleton.translate(table)) if touch.search(skeleton) else None


def six_as_g_text(skeleton: str) -> str | None:
    """The hot path's ``six_as_g``: no offsets, None when there is nothing to read."""
    return _text_as(skeleton, _SIX_TOUCH, LEET_G)


def ones_text(skeleton: str) -> str | None:
    """The hot path's ``ones``: no offsets, None when there is nothing to read."""
    return _text_as(skeleton, _ONE_TOUCH, ONES)


_I_RUN = re.compile(r"[il]{2,}")


def look_alike_ones(view: View, original: str) -> View | None:
    """The ``ones`` reading of an uncollapsed view where two or more i and l stand side by side
    and one of them is written as a look-alike (ΥiІi, ϒꙇӀꙇ: Greek, Cyrillic and Lisu letters the
    confusables table reads as i or l): the folded text reads "yiii", which collapses to "yi",
    too short a key, and keeps them apart only as 1s (y111, the key of Yili); None when there
    is no such run (plain English: "still", "skiing" are written in ASCII)."""
    for run in _I_RUN.finditer(view.text):
        if any(not original[view.starts[at]].isascii() for at in range(run.start(), run.end())):
            return _read_as(view, ONES)
    return None


def one_as_l(view: View) -> View | None:
    """Digits read as letters with 1 as l (Yi1i -> yili), repeats collapsed again; None unless
    a 1 touches a Latin letter."""
    return _read_as(view, DIGITS_AS_L) if _ONE_TOUCH.search(view.text) else None


def one_as_i(view: View) -> View | None:
    """Digits read as letters with 1 as i and l left alone (Yil1 -> yili), for the slow path
    only; None unless a 1 touches a Latin letter."""
    return _read_as(view, DIGITS_AS_I) if _ONE_TOUCH.search(view.text) else None


def one_as_l_text(skeleton: str) -> str | None:
    """The hot path's ``one_as_l``: no offsets, None when there is nothing to read."""
    return _text_as(skeleton, _ONE_TOUCH, DIGITS_AS_L)


def leet_key(key: str) -> str:
    """A Latin pattern (or a hot-path skeleton) as it reads in the ``leet`` view."""
    return _REPEATS.sub(r"\1", key.translate(LEET))


def leet_text(skeleton: str) -> str | None:
    """The hot path's ``leet``: no offsets, None when there is nothing to read."""
    return _text_as(skeleton, _LEET_TOUCH, LEET)


def without_tones(view: View) -> View | None:
    """Pinyin tone numbers dropped (nai4 ke4 -> naike); None when there are none."""
    if not TONE_DIGIT.search(view.text):
        return None
    keep = [index for index, char in enumerate(view.text)
            if not (char in "12345" and TONE_DIGIT.match(view.text, index))]
    pick = lambda values: [values[i] for i in keep]      # noqa: E731
    inner_starts = view.inner_starts or view.starts
    inner_ends = view.inner_ends or view.ends
    return collapse(View("".join(pick(view.text)), pick(view.starts), pick(view.ends),
                         pick(inner_starts), pick(inner_ends)))     # ge1er -> geer -> ger


@dataclass(frozen=True)
class FieldViews:
    """The views one field is matched in: with and without repeats collapsed, and light."""

    original: str
    raw: View          # skeleton, repeats kept (context words like "aaa")
    collapsed: View    # skeleton, repeats collapsed (brand marks)
    light: View        # punctuation kept (context words like "1:1", "no.1")
    # the field's second reading (``Normalizer.second_reading``; None: it has none), its
    # offsets the field's own
    second: "FieldViews | None" = None


class Normalizer:
    """Holds the character tables; build once per process (see ``normalizer``)."""

    def __init__(self, emoji_words: dict[str, str], fuzzy_pinyin: tuple[tuple[str, str], ...]):
        import opencc

        self._t2s = opencc.OpenCC("t2s")
        self.table: list[int | str | None] = [None] * TABLE_SIZE
        self.light_table: list[int | str | None] = [None] * TABLE_SIZE
        self.reasons: dict[int, str] = {}
        for code in range(0x30000):
            self._fill(code)
        for code in range(0x30000, 0x323B0):          # CJK ext. G/H: kept as they are
            self.table[code] = self.light_table[code] = code
        for code in range(0xE0000, TABLE_SIZE):        # tags and variation selectors
            self.reasons[code] = "zero_width"
        for emoji, word in emoji_words.items():
            if len(emoji) == 1:
                mapped = "".join(self._char(ch) for ch in word)
                self.table[ord(emoji)] = self.light_table[ord(emoji)] = mapped
                self.reasons[ord(emoji)] = "emoji"
        # emoji written for a word (🍎 苹果) and enclosed CJK pictures (㊙), and letters named
        # otherwise than they look (ʋ): see ``second_reading``
        self.pictures = frozenset([chr(code) for code in range(0x30000) if _word_picture(chr(code))]
                                  + [emoji for emoji in emoji_words if len(emoji) == 1])
        reread = dict.fromkeys(self.pictures, PICTURE_GAP) | named_otherwise()
        self._second = str.maketrans(reread)
        self._reread = re.compile("[" + "".join(map(re.escape, sorted(reread))) + "]") \
            if reread else None
        self.fuzzy_pinyin = fuzzy_pinyin
        self._homophones: dict[int, str] | None = None
        self._view_lengths: tuple[bytes, bytes] | None = None
        self._arrays: tuple[np.ndarray, np.ndarray] | None = None

    def __getstate__(self) -> dict:
        """What the guard's cache keeps: the tables and view lengths (built), not OpenCC (only
        building reads it)."""
        self.homophone_table
        self.rare_readings
        self._lengths()
        self._batch_arrays()
        return dict(self.__dict__, _t2s=None)

    # -- table construction -------------------------------------------------------------------
    def _fill(self, code: int) -> None:
        char = chr(code)
        category = unicodedata.category(char)
        if char == DELIMITER:          # kept by the hot path's single translate, see ``skeleton``
            self.table[code] = code
            self.reasons[code] = "zero_width"
            return
        if category in ("Cn", "Cs", "Co", "Cf") or code in INVISIBLE:
            self.reasons[code] = "zero_width"
            return
        if code in EMOJI_LETTERS:
            self.table[code] = self.light_table[code] = EMOJI_LETTERS[code]
            self.reasons[code] = "emoji"
            return
        if char in STROKE_SEPARATORS:
            self.reasons[code] = "separator"
            self.light_table[code] = " "
            return
        mapped, reason = self._fold(char)
        if mapped:
            value: int | str = ord(mapped) if len(mapped) == 1 else mapped
            self.table[code] = self.light_table[code] = value
        elif category[0] == "M":
            reason = "combining_marks"
        elif _is_emoji(code):
            reason = "emoji"
        else:
            reason = "separator"
            light = unicodedata.normalize("NFKC", char).lower()
            self.light_table[code] = " " if category[0] in "ZC" or not light.strip() else light
        if reason:
            self.reasons[code] = reason

    def _fold(self, char: str) -> tuple[str, str | None]:
        """One character's letters and digits after every fold, and the evasion it undid."""
        code = ord(char)
        confusables = unicode_confusables()
        nfkc = unicodedata.normalize("NFKC", char)
        if char in confusables and not nfkc.isascii():
            return confusables[char], "confusable"     # NFKC would make ϲ another letter (ς)
        small_capital = _SMALL_CAPITAL.match(unicodedata.name(char, ""))
        if small_capital:     # fancy text's ʀᴏʟᴇx: no NFKC form, most not in the confusables table
            return small_capital.group(1).lower(), "confusable"
        reason = None
        if 0xFF01 <= code <= 0xFF5E:
            reason = "fullwidth"
        elif nfkc != char and not (0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F):
            reason = "compat"
        digit = _NAMED_DIGIT.match(unicodedata.name(char, ""))
        if digit and not (nfkc.isascii() and nfkc.isdigit()):
            return _DIGIT_NAMES[digit.group(1)], "compat"
        named = _NAMED_LATIN.match(unicodedata.name(char, ""))
        if named and not unicodedata.combining(char) and not (
                nfkc.isascii() and nfkc.isalpha() or len(nfkc) == 1 and nfkc in confusables) \
                and unicodedata.category(char)[0] in "LS":
            # a letter NFKC keeps as it is (ø, ƒ) or makes another non-ASCII letter (Ɗ -> ɗ)
            folded = "".join(unicodedata.normalize("NFKD", nfkc))
            if not (folded[:1].isascii() and folded[:1].isalpha()):
                return named.group(1).lower(), "diacritics"
        out = []
        for ch in nfkc:
            if ch in confusables:
                ch, reason = confusables[ch], reason or "confusable"
            elif ord(ch) < 0x0530 or 0x1E00 <= ord(ch) <= 0x1FFF:
                base = "".join(b for b in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(b))
                if base and base != ch and base.lower() != ch.lower():
                    ch, reason = base, reason or "diacritics"
            if len(ch) == 1 and not ch.isascii():
                part = _NAMED_LATIN.match(unicodedata.name(ch, ""))
                if part:                      # NFKC's own output may be one (𝚥 -> ȷ)
                    ch, reason = part.group(1).lower(), reason or "diacritics"
            for letter in ch.casefold():
                if unicodedata.category(letter)[0] not in "LN" or 0x02B0 <= ord(letter) <= 0x02FF:
                    continue            # a spacing modifier (ẚ -> aʾ) is a mark, not a letter
                if is_cjk(letter):
                    simplified = self._t2s.convert(letter)
                    if simplified != letter and len(simplified) == 1:
                        letter, reason = simplified, reason or "traditional"
                out.append(letter)
        return "".join(out), reason

    def simplified(self, low: int = 0x4E00, high: int = 0xA000) -> dict[int, str]:
        """Each traditional character of ``low``..``high`` (the basic CJK block) and the one
        simplified character the tables fold it to: OpenCC's t2s, one for one, as ``_fold`` read
        it while building (reason ``traditional``; a character the confusables table maps first
        is folded as that, not here)."""
        table, reasons = self.table, self.reasons
        return {code: chr(table[code]) for code in range(low, high)
                if reasons.get(code) == "traditional" and type(table[code]) is int}

    def _char(self, char: str) -> str:
        """The table's output for one character, as a string ('' when deleted)."""
        code = ord(char)
        value = self.table[code] if code < TABLE_SIZE else code
        if value is None:
            return ""
        return chr(value) if isinstance(value, int) else value

    # -- hot path ---------------------------------------------------------------------------------
    def skeleton(self, *fields: str) -> str:
        """Letters and digits only, folded, repeats collapsed; no offsets (the hot path).

        Several fields are folded in one ``translate`` call, joined by ``DELIMITER`` (which the
        table keeps, so no match spans two fields); a field that itself holds the delimiter
        loses it first, as ``views`` does.
        """
        joined = DELIMITER.join(fields)
        if joined.count(DELIMITER) != len(fields) - 1:
            joined = DELIMITER.join(field.replace(DELIMITER, "") for field in fields)
        folded = joined.translate(self.table)
        return _REPEATS.sub(r"\1", folded) if _DOUBLE.search(folded) else folded

    def _batch_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The table as an array for ``skeletons`` (each code point's one output character, 0
        when deleted, ``MULTI`` when it writes several or has a second reading: its field goes
        to the slow path) and which outputs are decimal digits
        (never collapsed); 5.5 MB that unpickle at once."""
        if self._arrays is None:
            codes = np.zeros(0x110000, dtype=np.uint32)
            codes[TABLE_SIZE:] = np.arange(TABLE_SIZE, 0x110000, dtype=np.uint32)
            for code, value in enumerate(self.table):
                if type(value) is int:
                    codes[code] = value
                elif value:
                    codes[code] = ord(value) if len(value) == 1 else MULTI
            for char in self._second:       # its field is read a second time: the slow path
                codes[char] = MULTI
            decimal = np.zeros(0x110000, dtype=bool)
            decimal[[code for code in range(0x110000) if chr(code).isdecimal()]] = True
            self._arrays = (codes, decimal)
        return self._arrays

    def skeletons(self, fields: list[str]) -> tuple[str, list[int]]:
        """``skeleton`` of many fields at once, joined by ``DELIMITER`` (kept, one per field
        edge, so the text splits back into ``fields``), and the indexes of the fields it could
        not fold (a character that writes several, 🍎 → 苹果: ask ``skeleton`` for those).

        One ``str.translate`` costs ~60 ns a character and the repeat regex ~90 more; as
        array lookups and comparisons over a batch of thousands of records both are a few ns.
        """
        joined = DELIMITER.join(fields)
        if joined.count(DELIMITER) != len(fields) - 1:
            fields = [field.replace(DELIMITER, "") for field in fields]
            joined = DELIMITER.join(fields)
        table, decimal = self._batch_arrays()
        mapped = table[np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")]
        odd: list[int] = []
        multi = np.flatnonzero(mapped == MULTI)
        if multi.size:
            ends = np.cumsum([len(field) + 1 for field in fields])
            odd = sorted(set(np.searchsorted(ends, multi, side="right").tolist()))
            mapped[multi] = 0
        kept = mapped[mapped != 0]
        if kept.size > 1:         # runs of one character collapse, except digits and DELIMITER
            repeat = kept[1:] == kept[:-1]
            repeat &= ~decimal[kept[1:]]
            repeat &= kept[1:] != ord(DELIMITER)
            if repeat.any():
                kept = kept[np.concatenate(([True], ~repeat))]
        return kept.tobytes().decode("utf-32-le"), odd

    # -- offsets ----------------------------------------------------------------------------------
    def views(self, text: str, light_marks: frozenset[str] | None = None) -> FieldViews:
        """The field's views with their maps back to ``text`` (same output as ``skeleton``).

        ``str.translate`` builds each view's text and a table of output lengths per code point
        gives each output character its source index, in C-level ``map`` calls; only a view
        with repeats to collapse walks its characters in Python. The light view is only mapped
        when its text holds one of ``light_marks`` (the punctuation its words are written with:
        ":" of "1:1"); otherwise no word can be found in it and it stays empty.
        """
        lengths, light_lengths = self._lengths()
        raw = _mapped_view(text, self.table, lengths)
        if light_marks is None or not light_marks.isdisjoint(text.translate(self.light_table)):
            light = _mapped_view(text, self.light_table, light_lengths)
        else:
            light = View("", [], [])
        if not _DOUBLE.search(raw.text):
            collapsed = View(raw.text, raw.starts, raw.ends, raw.starts, raw.ends)
            return FieldViews(original=text, raw=raw, collapsed=collapsed, light=light)
        return FieldViews(original=text, raw=raw, collapsed=collapse(raw), light=light)

    def has_second_reading(self, fields: tuple[str, ...]) -> bool:
        """Does a field have a second reading (the hot path: one regex pass a field)?"""
        return self._reread is not None and any(map(self._reread.search, fields))

    def second_reading(self, text: str) -> str | None:
        """``text`` read a second way, one character for one (offsets unchanged); None when it
        holds nothing to read so. Each picture of a word (🍎 for 苹果, ㊙ for 秘) is a separator
        there: the views read it as its word, but a seller also puts one between a mark's
        characters (匡🍎威, 六㊙神), as he puts any emoji there, and only this reading sees the
        mark then. A letter named otherwise than it looks (ʋ) is the letter its name gives."""
        if self._reread is None or not self._reread.search(text):
            return None
        return text.translate(self._second)

    def _lengths(self) -> tuple[bytes, bytes]:
        """Output length of every code point under each table (0: deleted, the delimiter too),
        as bytes: 1.1 MB each that unpickle at once (rebuilding them cost 0.13 s a scan)."""
        if self._view_lengths is None:
            def lengths(table: list) -> bytes:
                out = [1 if type(value) is int else len(value) if value else 0
                       for value in table]
                out[ord(DELIMITER)] = 0
                return bytes(out + [1] * (0x110000 - len(out)))
            self._view_lengths = (lengths(self.table), lengths(self.light_table))
        return self._view_lengths

    def word_skeleton(self, word: str, collapse: bool = True) -> str:
        """How a pattern (mark, alias, context word) reads in the skeleton view (the table's
        ``translate``: code points past it are kept, as ``_char`` keeps them)."""
        folded = word.translate(self.table)
        return _REPEATS.sub(r"\1", folded) if collapse else folded

    def word_light(self, word: str) -> str:
        out = []
        for ch in word:
            value = self.light_table[ord(ch)] if ord(ch) < TABLE_SIZE else ord(ch)
            if value is not None:
                out.append(chr(value) if isinstance(value, int) else value)
        return "".join(out)

    def evasions(self, original: str, pattern_source: str) -> set[str]:
        """Evasion families present in ``original`` that the pattern's own spelling lacks."""
        def reasons(text: str) -> set[str]:
            return {self.reasons[ord(ch)] for ch in text if ord(ch) in self.reasons}
        return reasons(original) - reasons(pattern_source)

    # -- homophones -------------------------------------------------------------------------------
    def syllable(self, pinyin: str) -> str:
        """Toneless pinyin with the configured fuzzy pairs (zh~z, ang~an ...) merged."""
        for long, short in self.fuzzy_pinyin:
            if pinyin.startswith(long) and len(long) == 2 and long[1] == "h":
                pinyin = short + pinyin[len(long):]
            elif pinyin.endswith(long) and len(long) >= 3:
                pinyin = pinyin[: -len(long)] + short
        return pinyin

    @property
    def homophone_table(self) -> dict[int, str]:
        """Chinese character -> one private-use character per (fuzzy) pinyin syllable.

        Every CJK block pypinyin reads (extensions B-H too: a rare character's simplified form
        often lies there, 鎷 -> 𨰾), and a folded character pypinyin cannot read takes the reading
        of the character written (俓 jing -> 𠇹): the class is looked up after the fold."""
        if self._homophones is None:
            from pypinyin import Style, lazy_pinyin

            classes: dict[str, str] = {}
            table: dict[int, str] = {}
            for low, high in CJK_RANGES:
                for code in range(low, high + 1):
                    reading = lazy_pinyin(chr(code), style=Style.NORMAL, errors="ignore")
                    if reading and reading[0].isascii() and reading[0].isalpha():
                        syllable = self.syllable(reading[0])
                        table[code] = classes.setdefault(syllable, chr(0xE000 + len(classes)))
            for low, high in CJK_RANGES:
                for code in range(low, high + 1):
                    folded = self.table[code] if code < TABLE_SIZE else None
                    if isinstance(folded, int) and folded != code and code in table:
                        table.setdefault(folded, table[code])
            self._classes = classes
            self._homophones = table
        return self._homophones

    @property
    def rare_readings(self) -> dict[int, str]:
        """Chinese character -> the sound classes of its other readings (pypinyin's
        ``heteronym=True`` beyond the usual one: 能 tái, 冒 mò), for the few texts that carry
        counterfeit words (``BrandGuard``: one rare reading a window, on a hit that keeps a
        character of its mark and has a counterfeit word on it)."""
        rare = getattr(self, "_rare", None)
        if rare is None:
            from pypinyin import Style, pinyin

            table = self.homophone_table
            rare = {}
            for code, usual in table.items():
                readings = pinyin(chr(code), style=Style.NORMAL, heteronym=True, errors="ignore")
                others = dict.fromkeys(
                    cls for reading in (readings[0] if readings else ())
                    if (cls := self._classes.get(self.syllable(reading))) and cls != usual)
                if others:
                    rare[code] = "".join(others)
            self._rare = rare
        return rare

    def homophones(self, skeleton: str) -> str:
        """The skeleton with every Chinese character replaced by its sound class (same length)."""
        return skeleton.translate(self.homophone_table)

    def syllables_to_classes(self, syllables: list[str]) -> str | None:
        self.homophone_table
        out = []
        for syllable in syllables:
            cls = self._classes.get(self.syllable(syllable))
            if cls is None:
                return None
            out.append(cls)
        return "".join(out)


@lru_cache(maxsize=4)
def _cached(emoji_items: tuple[tuple[str, str], ...],
            fuzzy: tuple[tuple[str, str], ...]) -> Normalizer:
    return Normalizer(dict(emoji_items), fuzzy)


def normalizer(emoji_words: dict[str, str], fuzzy_pinyin: tuple[tuple[str, str], ...]) -> Normalizer:
    """One Normalizer per configuration and process: the tables take about a second to build."""
    return _cached(tuple(sorted(emoji_words.items())), tuple(fuzzy_pinyin))
