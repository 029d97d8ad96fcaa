"""Every brand's patterns and the context words in Aho-Corasick automata, one pass per text.

pyahocorasick walks a node's children linearly, so keyed on Chinese characters its root fans
out to thousands of children and 10 000 marks cost 60x what 10 do. Keys and texts are therefore
fed as UTF-8 bytes (spelled as latin-1 characters): at most 256 children a node, and 100 000
marks cost about what 10 do. Matches start and end on character boundaries because UTF-8 lead
bytes never occur inside a character.
"""
from __future__ import annotations

import copy
import io
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterator, NamedTuple

import ahocorasick
import numpy as np

from origin.brands.config import CONTEXT_KINDS, Rules
from origin.brands.normalize import (DELIMITER, DIGITS_AS_L, LEET, LEET_G, ONES, SIX_TOUCH_BYTES,
                                     Normalizer, collapse_repeats, is_cjk, leet_key, leet_text,
                                     one_as_l_text, ones_key, ones_text, six_as_g_text)

# Words that send a record to the slow path: sound-alike marks are only searched next to the
# first three, absolute advertising terms are reported on their own, and a genuine word (正品) may
# be negated there (不是正品: a counterfeit word).
# A Latin pattern read with digits as letters and l as i must keep this many letters: Yili
# reads "yi" then, which is any pinyin.
MIN_LEET_KEY = 3
# A mark read half in characters, half in pinyin is looked for up to this many syllables
# (2**n - 2 spellings each; the suites' marks have 2-4)
MAX_MIXED_SYLLABLES = 5
# the automata whose values (brand patterns, tens of thousands) the guard's cache reads lazily
LAZY_AUTOMATA = ("hot", "leet", "sounds", "homophone")
TRIGGER_KINDS = ("counterfeit", "weak_counterfeit", "impersonation")
# Words of a record that offers goods (a shop's talk, a sale, a price): pinyin, initials and
# homophones are looked for there too, since a seller need not call his goods fakes (工厂货，跟正品
# 同一条流水线出来的 … 上链接); the rules still decide what an offer without counterfeit words is worth
OFFER_KINDS = ("commerce", "sale", "price")
# a price written as a number: a currency sign before it ($35, ¥99) or a decimal one (49.9, 9.9),
# not a size, version or share (6.1寸, 3.0版, 99.9%). Since stop 32 also a currency after it
# (520$, 66 dollars, 230💰), sellers' slang for yuan after two digits or more (198r, 760R; 450米
# and 109块 where the clause ends or the sale goes on: 到手, 给你, 包邮, 含运, 出, 拍 …, not 5块蛋糕).
# (stop 45) Any currency sign of Unicode's Basic Multilingual Plane (category Sc: ₽ ₪ ₩ ₹ ₺ ₫ …, not
# only the five listed until then: 21,028 ₽ and ₪932 were no price; the six beyond the plane,
# Tamil fractions and Siyaq numbers, made the first-character scan below a third slower on every
# text), Cantonese 蚊 (dollars, as 块: 479蚊) and a
# number right after 价 (拼单价470, 单价88: the price the word names; not 评价99+, reviews), and a
# number grouped in thousands beside a currency's letters (EGP 11,163, 4,570 Kč).
# The lookahead lets the regex engine skip to a sign or digit: 0.6 µs a record of everyday text.
CURRENCY_SIGNS = "".join(sorted({chr(code) for code in range(0x20, 0x10000)
                                 if unicodedata.category(chr(code)) == "Sc"} | {"💰"}))
_SIGN = "[" + re.escape(CURRENCY_SIGNS) + "]"
# (stop 47) a currency written in words or letters after the number (48,910円, 1.450 TL, 350 kr,
# 60 zł, 70 lei, 1564大洋 — the trade's slang for yuan —, 22泰铢, 19,162 DA) and before it (RM45,
# 马币88, 新币60, S/ 363, KSh 1,200, Rs. 2,500): a price no sign or slang above reads. Letters in
# one case only (TL, not tl: "50 tl" may be a unit), each with a word edge after it.
CURRENCY_WORDS_AFTER = ("大洋", "円", "원", "泰铢", "马币", "新币", "港币", "港纸", "日元", "韩元",
                        "欧元", "英镑", "台币", "卢布", "美金", "美元", "卢比", "令吉", "kr", "Kr",
                        "zł", "lei", "TL", "DA", "DH", "IQD", "SGD", "AED", "MYR", "HKD", "THB",
                        "EUR", "GBP", "CHF", "PLN", "SEK", "NOK", "DKK", "RON", "TRY", "SAR",
                        "EGP", "MAD", "KES", "NGN", "ر.س", "د.إ", "ج.م",
                        # (stop 48) dinars, lev, guaraní, shillings, CFA francs (70 KD, 77,000
                        # din., 1185 лв., 552,000 TSh)
                        "KD", "KWD", "BHD", "din.", "din", "лв.", "лв", "BGN", "RSD", "Gs",
                        "TSh", "TZS", "UGX", "CFA", "FCFA", "XOF", "XAF", "PYG", "MNT", "AZN",
                        # (stop 50) Rwandan francs and Mozambican meticais (9,000 RWF, 2,841 MT)
                        "RWF", "FRW", "MT", "MZN")
CURRENCY_CODES_BEFORE = ("RM", "马币", "新币", "港币", "S/", "S/.", "KSh", "Ksh", "Rs", "Rs.",
                         "SGD", "AED", "MYR", "HKD", "THB", "EUR", "GBP", "CHF", "PLN", "SAR",
                         "EGP", "TRY",
                         # (stop 48) Gs. 1,107,000, TSh 552,000, KD 70, Rp 150.000
                         "Gs.", "Gs", "TSh", "USh", "KD", "Rp", "Rp.")
_THOUSANDS = r"\d{1,3}(?:[.,]\d{3})+"
_WORD_AFTER = (r"(?<![A-Za-z\d.,])(?:" + _THOUSANDS + r"|\d{2,}(?:\.\d{1,2})?)\s?(?:"
               + "|".join(map(re.escape, sorted(CURRENCY_WORDS_AFTER, key=len, reverse=True)))
               + r")(?![A-Za-z\u00c0-\u024f])")
# a code before: the number after it (the match begins at the digit, so the first-character
# lookahead below still skips to a digit); a Latin code needs no letter before it
_CODE_BEFORE = (r"(?:" + "|".join(
    f"(?<={re.escape(code + gap)})" + ("" if code[0] > "~" else
                                          f"(?<![A-Za-z]{re.escape(code + gap)})")
    for code in CURRENCY_CODES_BEFORE for gap in ("", " ")) + r")(?:" + _THOUSANDS
                + r"|\d+(?:\.\d{1,2})?)(?![\d%])")
PRICE = re.compile(
    r"(?=[" + re.escape(CURRENCY_SIGNS) + r"\d])(?:" + _SIGN + r"\s?\d+(?:\.\d+)?"
    r"|(?<![\d.])\d+\.\d{1,2}(?![\d.%a-zA-Z寸英米倍版代级分秒斤克升度号])"
    r"|(?<![A-Za-z\d.])\d+(?:\.\d+)?\s?(?:" + _SIGN + r"|(?i:dollars|bucks|usd|rmb|yuan)\b)"
    r"|(?<![A-Za-z\d.])\d{2,}(?:\s?[rR](?![A-Za-z])"
    r"|[米块蚊](?=$|[\s，。！？；、,.!?;~）)]|[到给出包含拍一不起就]|两[件份个瓶盒箱条套支双]))"
    # (stop 38) the trade's price forms with no currency: what the buyer pays in the end (到手88)
    # and a number to sell at (288出); 99包邮 is a sale by its 包邮 already; (stop 46) the number
    # before 到手 too (1944到手: not 3天到手)
    r"|(?<=到手)\d{2,}(?![\d.%])|(?<=价)(?<!评价)\d{2,}(?![\d.%])"
    r"|(?<![A-Za-z\d.])\d{2,}(?=出(?!\w)|到手)"
    # (stop 49) a number after 只要 ("only") or a count of pieces (两件965: two for 965), the
    # live-stream seller's price with no currency
    r"|(?<=只要)\d{2,}(?![\d.%])|(?<=[两三四五]件)\d{2,}(?![\d.%])"
    # (stop 50) a number after 直播间 (the live room's price) or 出厂 (the factory's price: 出厂687,
    # 出厂617一件) where the clause ends or the sale goes on; not a year (出厂2019), 直播间3号
    r"|(?:(?<=直播间)|(?<=出厂))(?!(?:19|20)\d\d(?!\d))\d{2,}"
    r"(?=$|[\s，。！？；、,.!?;~）)]|一件|包邮|到手)"
    + "|" + _WORD_AFTER + "|" + _CODE_BEFORE +
    # (stop 45) a number grouped in thousands beside a currency's letters, a code or a symbol
    # written in letters (EGP 11,163, R4,640, 4,570 Kč, 131,463 Ft): a capital right before it or
    # one space off, or a capitalised token of one or two letters after it (not 5,000 mAh)
    r"|(?=\d{1,3},\d{3})(?:(?:(?<=[A-Z])|(?<=[A-Z]\s))\d{1,3}(?:,\d{3})+(?!,?\d)"
    r"|(?<![A-Za-z\d.,])\d{1,3}(?:,\d{3})+(?=\s?[A-Z][a-zčł]?(?![A-Za-z]))))")
# (stop 39) What sends a record down the slow path as a price: ``PRICE``, and a number before 元,
# which the slow path reads as a price (the `price` word 元) but the hot automaton cannot hold (a
# word of one character): a record whose only offer word was 168元 was never read for sound-alikes,
# initials or pinyin (出J.S.H.糖果礼包 … 跟专柜一模一样，88元不刀), nor for its sameness claim
HOT_PRICE = re.compile(r"(?=[" + re.escape(CURRENCY_SIGNS) + r"\d])(?:" + PRICE.pattern
                       + r"|\d\s?元)")
HOT_TRIGGER_KINDS = TRIGGER_KINDS + OFFER_KINDS + ("absolute", "genuine")


@dataclass(frozen=True)
class Brand:
    """A protected mark, its owner, and what the owner registered around it."""

    id: int
    mark: str
    owner: str
    aliases: tuple[str, ...] = ()
    knockoffs: tuple[str, ...] = ()
    authorized: frozenset[str] = frozenset()
    common_word: bool = False
    context_words: tuple[str, ...] = ()   # product cues that make a common-word mark a brand
    # (stop 41) the lowest price, in yuan, the owner declares its genuine goods sell at: a plain
    # offer under it gets a look (context: ``priced_under_the_marks_floor``); None: not declared
    price_floor: int | None = None

    def allows(self, account: str | None) -> bool:
        """The owner's own and authorised accounts are never flagged for this brand."""
        return bool(account) and (account == self.owner or account in self.authorized)


class Pattern(NamedTuple):
    """One way of writing a brand that the automaton looks for (a named tuple: tens of
    thousands of them are unpickled from the guard's cache at every start)."""

    brand: Brand
    via: str                  # mark | alias | knockoff | pinyin | initials | homophone
    source: str               # as the owner wrote it (or the generated pinyin)
    latin_start: bool         # needs a word boundary before (starts with a Latin letter)
    latin_end: bool
    raw: str                  # its skeleton with repeats kept, for marks like 旺旺


class ContextWord(NamedTuple):
    kind: str                 # one of config.CONTEXT_KINDS
    word: str


@dataclass(frozen=True, slots=True)
class Found:
    """A key found in a view: ``start..end`` in that view's characters."""

    start: int
    end: int
    entries: tuple


def _encode(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


# 1 for a byte that starts a UTF-8 character, 0 for a continuation byte (10xxxxxx)
_STARTS = bytes(int(code & 0xC0 != 0x80) for code in range(256))
_SHORT = 2048        # bytes: below this a running sum in C beats building NumPy arrays


def _characters_to(encoded: str) -> list[int]:
    """For each byte of an encoded text, how many characters end at or before it (a UTF-8
    character starts at every byte that is no continuation byte 10xxxxxx).

    The slow path asks this of every field with a match (a few dozen bytes): there
    ``accumulate`` over the bytes mapped to 1 and 0 costs a sixth of NumPy's arrays (5 438
    fields of a 100 000-record scan: 0.027 -> 0.004 s), and gives the same list."""
    raw = encoded.encode("latin-1")
    if len(raw) < _SHORT:
        return list(accumulate(raw.translate(_STARTS)))
    codes = np.frombuffer(raw, dtype=np.uint8)
    return np.cumsum((codes & 0xC0) != 0x80).tolist()


def _byte_table(table: dict[int, int]) -> bytes:
    return bytes(table.get(code, code) for code in range(256))


_LEET_BYTES = _byte_table(LEET)
_ONE_AS_L_BYTES = _byte_table(DIGITS_AS_L)
_LEET_G_BYTES = _byte_table(LEET_G)
_ONES_BYTES = _byte_table(ONES)
LATIN_LETTER = re.compile("[a-z]")          # a skeleton's Latin letter
_LETTER = np.zeros(256, dtype=bool)       # the skeleton's Latin letters (it is folded to a-z)
_LETTER[ord("a"):ord("z") + 1] = True
_ALNUM = _LETTER.copy()                   # ... and its digits
_ALNUM[ord("0"):ord("9") + 1] = True


def _collapse_ascii(raw: bytes) -> str:
    """A digit reading of an encoded batch with runs of one Latin letter collapsed (the only
    new runs a reading makes: it changes ASCII digits and l), as the automata read it."""
    codes = np.frombuffer(raw, dtype=np.uint8)
    repeat = codes[1:] == codes[:-1]
    repeat &= _LETTER[codes[1:]]
    if repeat.any():
        raw = codes[np.concatenate(([True], ~repeat))].tobytes()
    return raw.decode("latin-1")


def _edges(raw: bytes) -> np.ndarray:
    """Where each field of an encoded batch ends: its DELIMITER (the last field: the end)."""
    return np.flatnonzero(np.frombuffer(raw, dtype=np.uint8) == ord(DELIMITER))


class _Automaton:
    """Keys -> entries; several entries may share one key (two brands with one alias).

    The automaton stores an int per key, an index into ``values``: pyahocorasick pickles each
    stored object on its own, which would copy a brand into every one of its patterns (and
    break ``is`` between them) in the guard's cache (``origin.brands.cache``); a list of values
    pickles once, with shared references.
    """

    def __init__(self) -> None:
        self._keys: dict[str, dict[int, object]] = {}
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.values: list[tuple[int, tuple]] = []

    def add(self, key: str, entry) -> None:
        if key:
            self._keys.setdefault(key, {})[id(entry)] = entry   # the same object once

    def build(self) -> "_Automaton":
        for slot, (key, entries) in enumerate(self._keys.items()):
            self.automaton.add_word(_encode(key), slot)
            self.values.append((len(key), tuple(entries.values())))
        if self._keys:
            self.automaton.make_automaton()
        self.size = len(self._keys)
        self._keys = {}
        return self

    def any(self, encoded: str) -> bool:
        if not self.size:
            return False
        for _ in self.automaton.iter(encoded):
            return True
        return False

    def find(self, text: str) -> Iterator[Found]:
        if not self.size or not text:
            return
        encoded = _encode(text)
        ascii_only = len(encoded) == len(text)
        values = self.values
        ends = None       # characters up to each byte: counted once, at the first match
        for end_byte, slot in self.automaton.iter(encoded):
            length, entries = values[slot]
            # keys are whole UTF-8 characters, so a hit ends on a character boundary
            if ascii_only:
                end = end_byte + 1
            else:
                if ends is None:
                    ends = _characters_to(encoded)
                end = ends[end_byte]
            yield Found(end - length, end, entries)


class _Slots:
    """An automaton's values as the guard's cache keeps them: each slot's entries pickled on
    their own into one bytes object, read the first time a match needs them.

    Unpickling the four brand automata's 57 000 slots of patterns cost ~0.05 s of every scan's
    start-up (half of the guard's); a scan of everyday traffic reads a few thousand of them.
    A brand is pickled as its position in ``BrandIndex.brands``, so a slot read later holds
    the very Brand objects every other part of the guard holds (``is`` compares them)."""

    def __init__(self, values: list[tuple[int, tuple]], positions: dict[int, int]):
        buffer, offsets = io.BytesIO(), [0]
        for value in values:
            pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.persistent_id = lambda obj: (positions[id(obj)] if type(obj) is Brand
                                                 else None)
            pickler.dump(value)
            offsets.append(buffer.tell())
        self.blob = buffer.getvalue()
        self.offsets = np.array(offsets, dtype=np.int64)
        self.brands: list[Brand] = []        # set by ``BrandIndex.__setstate__``
        self._read: dict[int, tuple[int, tuple]] = {}

    def __getstate__(self) -> dict:
        return {"blob": self.blob, "offsets": self.offsets}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, brands=[], _read={})

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, slot: int) -> tuple[int, tuple]:
        value = self._read.get(slot)
        if value is None:
            start, end = self.offsets[slot], self.offsets[slot + 1]
            unpickler = pickle.Unpickler(io.BytesIO(self.blob[start:end]))
            unpickler.persistent_load = self.brands.__getitem__
            value = self._read[slot] = unpickler.load()
        return value

    def __iter__(self) -> Iterator[tuple[int, tuple]]:
        return (self[slot] for slot in range(len(self)))


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def mixed_spellings(chinese: list[str], reading: tuple[str, ...]) -> list[str]:
    """A mark written half in its characters and half in pinyin (普拉dá, hai澜之家, 亚se士):
    every way of spelling some of its syllables and keeping the others' characters.

    Pinyin stands only at the mark's syllable boundaries, never inside a syllable; a spelled
    run needs two letters (a lone ``a``/``e`` beside a character is any word's), and a mark
    of more than MAX_MIXED_SYLLABLES syllables is only read whole (2**n spellings a mark)."""
    count = len(chinese)
    if not 2 <= count <= MAX_MIXED_SYLLABLES:
        return []
    out = []
    for mask in range(1, 2 ** count - 1):       # neither all characters nor all pinyin
        parts = [reading[i] if mask >> i & 1 else chinese[i] for i in range(count)]
        runs = "".join(part if mask >> i & 1 else " " for i, part in enumerate(parts)).split()
        if all(len(run) >= 2 for run in runs):
            spelled = "".join(parts)
            out += [spelled, spelled.replace("v", "u")]    # ü typed v, or u with the dots dropped
    return list(dict.fromkeys(out))


# (stop 47) The romanisations a seller from Taiwan, Hong Kong or abroad may type instead of Hanyu
# pinyin (pypinyin's styles): Wade-Giles (ch'angch'eng, hsiaohsiung), Gwoyeu Romatzyh, which
# spells the tone into the letters (charngcherng, sheaushyong) and Tongyong pinyin (Taiwan
# 2002-2008: jhih, sih, cing, syong; not a pypinyin style: ``tongyong``). A spelling shorter than
# this is left to Hanyu pinyin: five letters are often a word (Gwoyeu 安达 is andar, Spanish).
MIN_OLDER_SPELLING = 6
# Hanyu -> Tongyong: whole syllables first, then the syllable's start, then its end
_TONGYONG_WHOLE = {"zhi": "jhih", "chi": "chih", "shi": "shih", "ri": "rih", "zi": "zih",
                   "ci": "cih", "si": "sih", "wen": "wun", "weng": "wong"}
_TONGYONG_START = (("zh", "jh"), ("q", "c"), ("x", "s"))
_TONGYONG_END = (("iu", "iou"), ("ui", "uei"), ("eng", "ong"), ("v", "yu"))


def tongyong(syllable: str) -> str:
    """A toneless Hanyu pinyin syllable (ü typed v) in Tongyong pinyin."""
    if syllable in _TONGYONG_WHOLE:
        return _TONGYONG_WHOLE[syllable]
    if syllable[:1] in "jqx" and syllable[1:2] == "u":
        syllable = syllable[0] + "v" + syllable[2:]          # ju, qu, xu hold ü
    for start, written in _TONGYONG_START:
        if syllable.startswith(start):
            syllable = written + syllable[len(start):]
            break
    for end, written in _TONGYONG_END:
        if syllable.endswith(end) and not (end == "eng" and syllable[:-3] not in
                                           ("b", "p", "m", "f", "w")):
            return syllable[:-len(end)] + written
        if end == "v" and "v" in syllable:
            return syllable.replace("v", "yu")
    return syllable


@lru_cache(maxsize=None)
def _romanised(toned: str) -> tuple[str, str, str]:
    """One tone-marked Hanyu syllable in Wade-Giles, Gwoyeu Romatzyh and Tongyong pinyin (a few
    thousand syllables: converted once each)."""
    from pypinyin import Style
    from pypinyin.style import convert

    return (convert(toned, Style.WADEGILES, True), convert(toned, Style.GWOYEU, True),
            tongyong(convert(toned, Style.NORMAL, True)))


def older_spellings(chinese: list[str]) -> list[str]:
    """The mark in Wade-Giles, Gwoyeu Romatzyh and Tongyong pinyin, read as a phrase and
    character by character (长城: chang, not zhang, as a phrase), apostrophes and ü's dots
    dropped as a keyboard types them."""
    from pypinyin import Style, lazy_pinyin

    spellings = []
    for text in ("".join(chinese), chinese):
        syllables = [_romanised(toned) for toned in lazy_pinyin(text, style=Style.TONE,
                                                                errors="ignore")]
        spellings += ["".join(spelled) for spelled in zip(*syllables)]
    out = [s.replace("'", "").replace("v", "u").replace("ü", "u") for s in spellings]
    return [s for s in dict.fromkeys(out) if len(s) >= MIN_OLDER_SPELLING and s.isascii()]


class BrandIndex:
    """The automata for a set of brands under one set of rules."""

    def __init__(self, brands: list[Brand], rules: Rules, normalizer: Normalizer):
        self.brands = brands
        self.rules = rules
        self.normalizer = normalizer
        self.hot = _Automaton()        # collapsed skeleton: brand patterns + trigger words
        self.leet = _Automaton()       # Latin patterns with digits read as letters (n1ke)
        self.sounds = _Automaton()     # collapsed skeleton: pinyin and initials (slow path only)
        self.homophone = _Automaton()  # homophone classes of Chinese marks and knock-offs
        self.context_raw = _Automaton()    # context words made of letters/digits only
        self.context_light = _Automaton()  # context words with punctuation ("1:1", "no.1")
        for brand in brands:
            self._add_brand(brand)
        for kind in CONTEXT_KINDS:
            for word in rules.words.get(kind, ()):
                self._add_context(ContextWord(kind, word))
        for char in rules.counterfeit_morphemes:     # 仿款: one character, a trigger of its own
            self.hot.add(self.normalizer.word_skeleton(char), ContextWord("counterfeit", char))
        # the characters besides letters and digits that the light view's words hold: a field
        # whose light view has none of them holds none of those words (None: always look)
        light_keys = list(self.context_light._keys)
        self.light_marks: frozenset[str] | None = frozenset(
            char for key in light_keys for char in key if not char.isalnum())
        if any(key.isalnum() for key in light_keys):
            self.light_marks = None
        # every pinyin, initials or half-pinyin key holds a Latin letter (the skeleton folds them
        # to a-z): a text without one is not searched for them (most Chinese fields)
        self.sounds_need_letters = all(LATIN_LETTER.search(key) for key in self.sounds._keys)
        for automaton in (self.hot, self.leet, self.sounds, self.homophone, self.context_raw,
                          self.context_light):
            automaton.build()

    def __getstate__(self) -> dict:
        """What the guard's cache keeps: the brand automata's values as ``_Slots``."""
        state = dict(self.__dict__)
        positions = {id(brand): position for position, brand in enumerate(self.brands)}
        for name in LAZY_AUTOMATA:
            automaton = state[name] = copy.copy(state[name])
            if not isinstance(automaton.values, _Slots):
                automaton.values = _Slots(automaton.values, positions)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        for name in LAZY_AUTOMATA:
            getattr(self, name).values.brands = self.brands

    def _pattern(self, brand: Brand, via: str, source: str) -> tuple[str, Pattern] | None:
        collapsed = self.normalizer.word_skeleton(source)
        raw = self.normalizer.word_skeleton(source, collapse=False)
        if len(raw) < 2:
            return None
        return collapsed, Pattern(brand, via, source, _latin(collapsed[0]), _latin(collapsed[-1]),
                                  raw)

    def _add_brand(self, brand: Brand) -> None:
        sources = [("mark", brand.mark)] + [("alias", a) for a in brand.aliases] \
            + [("knockoff", k) for k in brand.knockoffs]
        for via, source in dict.fromkeys(sources):      # one pattern per way of writing it
            made = self._pattern(brand, via, source)
            if made:
                self.hot.add(*made)
                swapped = leet_key(made[0])
                if any(_latin(ch) for ch in made[0]) and len(swapped) >= MIN_LEET_KEY:
                    self.leet.add(swapped, made[1])
                ones = ones_key(made[0]) if any(_latin(ch) for ch in made[0]) else None
                if ones:             # Y111: its keys hold a 1, which the first reading never does
                    self.leet.add(ones, made[1])
            if via != "alias":
                self._add_sounds(brand, via, source)

    def _add_sounds(self, brand: Brand, via: str, source: str) -> None:
        """Pinyin, initials and homophones of a Chinese mark or knock-off.

        They collide with ordinary words (and initials with any Latin word), so they live outside
        the hot automaton and are only searched in records that carry trigger words.
        """
        chinese = [ch for ch in self.normalizer.word_skeleton(source, collapse=False)
                   if is_cjk(ch)]
        if not chinese:
            return
        from pypinyin import Style, lazy_pinyin    # 0.3 s of dictionaries: building only

        # the mark read as a phrase (长城: chang, 银行: hang) and character by character (the
        # reading a seller picking each character's sound may follow: zhang)
        readings = dict.fromkeys(tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))
                                 for text in ("".join(chinese), chinese))
        for reading in readings:
            if len(reading) != len(chinese):
                continue
            if via == "mark":
                spelled = "".join(reading)
                # ü is typed v by pypinyin and most keyboards, u once the dots are dropped (lü)
                generated = [("pinyin", spelled), ("pinyin", spelled.replace("v", "u"))]
                if len(chinese) >= self.rules.min_initials_chars:
                    generated.append(("initials", "".join(s[0] for s in reading)))
                if len(chinese) == len(self.normalizer.word_skeleton(source, collapse=False)):
                    generated += [("pinyin", mixed) for mixed in mixed_spellings(chinese, reading)]
                generated += [("pinyin", other) for other in older_spellings(chinese)]
                for generated_via, text in dict.fromkeys(generated):
                    made = self._pattern(brand, generated_via, text)
                    if made:
                        self.sounds.add(*made)
            classes = self.normalizer.syllables_to_classes(list(reading))
            # 娃哈哈 reads wa-ha: the view the text is read in collapsed 哈哈 too; but a repeated
            # sound written with two characters stays two in that view (妄旺 for 旺旺, 娃哈蛤),
            # so the mark is looked for with its sounds as they are as well
            for key in dict.fromkeys((collapse_repeats(classes), classes) if classes else ()):
                if len(key) >= 2:
                    self.homophone.add(key, Pattern(brand, "homophone", source, False, False,
                                                    key))

    def _add_context(self, word: ContextWord) -> None:
        raw = self.normalizer.word_skeleton(word.word, collapse=False)
        light = self.normalizer.word_light(word.word)
        if raw == light:
            self.context_raw.add(raw, word)
        else:
            self.context_light.add(light, word)
        collapsed = self.normalizer.word_skeleton(word.word)
        if word.kind in HOT_TRIGGER_KINDS and len(collapsed) >= 2:     # "aaa" would be "a"
            self.hot.add(collapsed, word)

    # -- the hot path -----------------------------------------------------------------------------
    def worth_a_look_many(self, fields: list[str], per_record: int) -> set[int]:
        """``worth_a_look`` of many records at once (``fields``: ``per_record`` of each, in
        order): the indexes of records that may hit something, a superset of those it names.

        One folding of the whole batch (``Normalizer.skeletons``) and one automaton pass per
        reading instead of a dozen calls a record. The digit readings run over every field with
        a Latin letter or digit (as bytes: UTF-8 keeps a character's bytes >= 0x80, so only
        ASCII changes), where
        ``worth_a_look`` reads only records with a digit touching a letter or an i or l:
        a record read needlessly costs the slow path's time, never a different result.
        """
        text, odd = self.normalizer.skeletons(fields)
        raw = text.encode("utf-8")
        encoded = raw.decode("latin-1")
        found = {index // per_record for index in odd}
        codes = np.frombuffer(raw, dtype=np.uint8)
        # where each field ends (its DELIMITER; the last one, the text's end): a match names its
        # field by a binary search of its end, all of a view's matches at once
        edges = _edges(raw)

        def look(automaton: _Automaton, view: str, fields_in_view: np.ndarray | None = None,
                 field_edges: np.ndarray | None = None) -> None:
            if not automaton.size:
                return
            ends = [end for end, _ in automaton.automaton.iter(view)]
            if ends:
                if field_edges is None:
                    field_edges = _edges(view.encode("latin-1"))
                hit = np.searchsorted(field_edges, ends)
                if fields_in_view is not None:
                    hit = fields_in_view[hit]
                found.update((hit // per_record).tolist())

        look(self.hot, encoded, None, edges)
        # a price written as a number is an offer (OFFER_KINDS) no word list holds: the fields
        # with a digit the fold kept are searched for one (everyday traffic: a few)
        digits = np.flatnonzero((codes >= 0x30) & (codes <= 0x39))
        if digits.size:
            for index in np.unique(np.searchsorted(edges, digits)).tolist():
                if index // per_record not in found and HOT_PRICE.search(fields[index]):
                    found.add(index // per_record)
        if not self.leet.size:
            return found
        # The digit readings change ASCII letters and digits only, so they find nothing new in
        # a field without one: they read the fields that have one (everyday traffic: 12 % of
        # fields, a fifth of the bytes) instead of the batch again.
        alnum = np.flatnonzero(_ALNUM[codes])
        if not alnum.size or not _LETTER[codes[alnum]].any():
            return found
        latin = np.searchsorted(edges, alnum)
        latin = latin[np.concatenate(([True], latin[1:] != latin[:-1]))]    # each field once
        starts = np.concatenate(([0], edges + 1))[latin].tolist()
        stops = np.append(edges, len(raw))[latin].tolist()
        part = DELIMITER.join([encoded[a:b] for a, b in zip(starts, stops)]).encode("latin-1")
        part_codes = np.frombuffer(part, dtype=np.uint8)
        look(self.leet, _collapse_ascii(part.translate(_LEET_BYTES)), latin)
        letters = _LETTER[part_codes]

        def touch(digit: str) -> bool:
            at = np.flatnonzero(part_codes == ord(digit))
            return bool(at.size) and bool(letters[at[at > 0] - 1].any()
                                          or letters[at[at < len(part_codes) - 1] + 1].any())

        if touch("1"):
            look(self.hot, _collapse_ascii(part.translate(_ONE_AS_L_BYTES)), latin)   # Yi1i
            look(self.leet, _collapse_ascii(part.translate(_ONES_BYTES)), latin)      # Y111
        if b"6" in part and SIX_TOUCH_BYTES.search(part):      # a 6 in digits touching a letter
            look(self.leet, _collapse_ascii(part.translate(_LEET_G_BYTES)), latin)    # 6ivenchy
        return found

    # -- the hot path, one record -----------------------------------------------------------------------------
    def worth_a_look(self, fields: tuple[str, ...]) -> bool:
        """Does any field hit a brand pattern, a trigger word or a price? False for most
        records."""
        skeleton = self.normalizer.skeleton(*fields)
        if self.hot.any(_encode(skeleton)) or any(map(HOT_PRICE.search, fields)):
            return True
        if self.normalizer.has_second_reading(fields):     # 六㊙神, Conʋerse: read again
            return True
        if not self.leet.size:
            return False
        for digits_read in (leet_text(skeleton), six_as_g_text(skeleton), ones_text(skeleton)):
            if digits_read is not None and self.leet.any(_encode(digits_read)):
                return True
        read_as_l = one_as_l_text(skeleton)
        return read_as_l is not None and self.hot.any(_encode(read_as_l))
