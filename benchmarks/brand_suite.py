"""An evaluation suite for the brand guards written apart from the guard's own templates.

Other brands than ``bench_brands.REAL`` (60 marks, Chinese with Latin names, some common words),
other phrasing, and evasions built from outside data where there is any: homophones from
pypinyin's character readings, ordinary-word sound-alikes from pypinyin's phrase list (not the
jieba dictionary the guard reads), look-alike letters from Unicode's confusables table. Brands
and phrasings are split in two by a fixed hash: the ``tune`` part may be looked at while working
on the guard, the ``held_out`` part is only reported. Once that part had been read, a second
held-out part (``held_out_2``: new phrasing, other sound-alike words) was added for the same use,
and once that had been read too, a third (``held_out_3``: twelve new marks, its own spellings and
phrasing, scored by counts only), and since its author wrote the next round's tune templates, a
fourth (``held_out_4``: another hand and method, twelve more marks, counts only), and once that had
been read, a fifth (``held_out_5``: a third hand, IME-first homophones and fancy-text look-alikes,
twelve more marks, counts only), and once that had been read, a sixth (``held_out_6``: a fourth
hand, fancy-text styles read from Unicode's names, jieba-common homophones, twelve more marks,
counts only), and once every part had been read, a seventh (``held_out_7``: a fifth hand that read
neither the guard nor the other parts' templates, 51 marks of the lists above weighted to the least
used, GB2312 same-reading homophones, fancy-text blocks by code point, counts only), and once that
had been read, an eighth (``held_out_8``: a sixth hand that read neither, the 51 least used
marks, same-reading homophones down to GBK-only characters, fancy-text styles by Unicode name,
counts only), and once that had been read, a ninth (``held_out_9``: a seventh hand that read
neither, the 51 least used marks with held_out_8's counted twice, goods worded per kind, homophones
by GB2312 level and GBK with OpenCC's traditional forms left out, confusables-table twins beside
fancy-text styles, overlays and accents, counts only), and once that had been read, a tenth
(``held_out_10``: an eighth hand that read neither, nor held_out_9's templates, the 51 least used
marks with held_out_9's counted twice, homophones by GB2312 level and GBK, confusables-table
letters of other scripts beside fancy-text styles by Unicode name, counts only), and once that
had been read, an eleventh (``held_out_11``: a ninth hand that read neither, nor any part's
templates, the 51 least used marks with held_out_10's counted twice, homophones by GB2312 level and
GBK toned and toneless, pinyin toned, tone-numbered and half written in characters, letters of
the confusables table, fancy-text styles, accents and overlays by Unicode name, counts only), and
once that had been read, a twelfth (``held_out_12``: a tenth hand that read neither, nor any part's
templates, the 51 least used marks with held_out_11's counted twice, many phrasing shapes per
family in the registers of live streams, Taobao titles, Xianyu and WeChat trade, Douyin captions,
English listings, Cantonese and Taiwanese posts; homophones by GB2312 level and GBK toned and
toneless, pinyin joined, toned, tone-numbered, half in characters and glued into English words,
initials glued to words, confusables-table letters of other scripts, fancy-text styles, accents and
overlays by Unicode name; sealed, counts only), and once that had been read, a thirteenth
(``held_out_13``: an eleventh hand that read neither, nor any part's templates, the 51 least used
marks with held_out_12's counted twice, 15 or more phrasing shapes per family and register,
homophones by GB2312 level and GBK toned and toneless, pinyin joined, spaced, toned, numbered,
half in characters and glued into English words, initials dotted, full-width and glued,
confusables-table twins of seven scripts, fancy-text alphabets and combining marks by Unicode name;
sealed, counts only), and once that had been read, a fourteenth (``held_out_14``: a twelfth hand
that read neither, nor any part's templates, the 51 least used marks with held_out_13's counted
twice, 14 or more phrasing shapes per family and language, warnings and news as regulators,
customs, courts, police and cheated buyers write them, reported speech and questions included;
homophones by GB2312 level and GBK toned and toneless, pinyin joined, spaced, toned, numbered,
half in characters and glued to English words, initials dotted, full-width, hashtagged and glued,
confusables-table twins and fancy-text alphabets, combining marks by Unicode name; sealed, counts
only), and once that had been read, a fifteenth (``held_out_15``: a thirteenth hand that read
neither, nor any part's templates, the 51 least used marks with held_out_14's counted twice, 20 or
more phrasing shapes per family in the registers of live-stream calls and bargaining, stuffed
titles, private trade, group buys, daigou, comment replies and overseas listings; benign texts as
resellers, authenticators, regulators, customs, courts, police, lawyers and cheated buyers write
them; homophones by GB2312 level and GBK, pinyin joined, spaced, toned, numbered, half in
characters and glued to English words, initials dotted, spaced, full-width, hyphenated and
hashtagged, confusables-table twins, fancy and enclosed alphabets and combining marks by Unicode
name; sealed, counts only), and once that had been read, a sixteenth (``held_out_16``: a fourteenth
hand that read neither, nor any part's templates, the 51 least used marks with held_out_15's
counted twice, 20 or more phrasing shapes per family in Chinese and English: live-stream calls and
bargaining, stuffed titles, private trade, group buys, daigou, comment replies, reposts and
overseas listings; benign texts as resellers, buy-back dealers, authenticators, regulators,
customs, prosecutors, courts, police, lawyers, reporters and cheated buyers write them, reported
speech and questions included; ordinary sound-alikes and a mark's own characters in other words;
homophones by GB2312 level and GBK, pinyin joined, spaced, toned, numbered, half in characters and
glued to English words, initials dotted, spaced, full-width, hashtagged and glued, separators
and brackets, confusables-table twins, fancy, enclosed and regional-indicator alphabets and
combining marks by Unicode name; sealed, counts only), and once that had been read, a seventeenth
(``held_out_17``: a fifteenth hand that read neither, nor any part's templates, the 51 least used
marks with held_out_16's counted twice, none of them held_out_16's, 20 or more phrasing shapes per
family in Chinese and English: live-stream calls and bargaining, stuffed titles, private trade,
group buys, daigou, factory wholesale, comment replies, reposts, Cantonese and Taiwanese posts and
overseas listings; benign texts as resellers, pawnshops, authenticators, regulators, customs,
prosecutors, courts, police, lawyers, brand teams, reporters and cheated buyers write them;
ordinary sound-alikes and a mark's characters across two words; homophones by GB2312 level and
GBK in the same or another tone, pinyin joined, spaced, toned, numbered, hyphenated and half in
characters, initials dotted, spaced, hyphenated, full-width, hashtagged and glued, separators and
enclosing brackets, confusables-table twins, styled and enclosed alphabets, accented letters and
combining marks by Unicode name; sealed, counts only), and once that had been read, an eighteenth
(``held_out_18``: a sixteenth hand that read neither, nor any part's templates or spellings code,
the 51 least used marks with held_out_17's counted twice, 20 or more phrasing shapes per family in
Chinese and English: live-stream calls and bargaining, stuffed titles, private trade, factory
stock, group buys, daigou, Cantonese and Taiwanese posts, comment replies, reposts and overseas
listings; benign texts as resellers, consigners, buy-back dealers, regulators, customs, courts,
prosecutors, police, lawyers, brand teams, reporters, reviewers and puzzled buyers write them;
ordinary-word sound-alikes and a mark's characters across words or in a place or a count; English
words read as a Latin name or as initials; homophones by GB2312 level and GBK in the same tone
first, pinyin joined, spaced, toned, numbered, hyphenated, hashtagged and half in characters,
initials upper, lower, dotted, spaced, full-width, hyphenated and hashtagged, separators and
brackets, confusables-table twins, styled and enclosed alphabets, small capitals, accented
letters and combining marks by Unicode name; sealed, counts only), and once that had been read, a
nineteenth (``held_out_19``: a seventeenth hand that read neither, nor any part's templates or
spellings code, the 51 least used marks with held_out_18's counted twice, 20 or more phrasing
shapes per family: live-stream calls and bargaining, stuffed titles, private trade, group buys,
daigou, factory stock, Cantonese and Taiwanese posts, comment replies, reposts and English
listings and DMs; benign texts as resellers, consigners, pawnshops, buy-back dealers, regulators,
customs, police, courts, prosecutors, lawyers, brand teams, reporters, reviewers and puzzled
buyers write them; ordinary words pypinyin reads like a mark, common-word marks in their ordinary
sense, English words read as a Latin name or as initials; homophones by GB2312 level and GBK in
the same tone first, pinyin joined, spaced, toned, numbered, hyphenated, apostrophed, capitalised
and half in characters, initials upper, lower, dotted, spaced, full-width, hyphenated and
hashtagged, separators, invisible spaces and bracketed characters, confusables-table twins,
styled, full-width, circled and small-capital letters and combining marks by Unicode name;
sealed, counts only), and once that had been read, a twentieth (``held_out_20``: an eighteenth
hand that read neither, nor any part's templates or spellings code, the 51 least used marks with
held_out_19's counted twice, 20 or more phrasing shapes per family: live-stream calls, stall and
factory stock, group buys, WeChat and DM trade, English rep listings; benign texts as second-hand
sellers, consigners, pawnshops, recyclers, regulators, customs, police, courts, prosecutors,
lawyers, consumer councils, brand teams, reporters, reviewers and puzzled buyers write them;
ordinary words pypinyin reads like a mark, some next to 复刻 or 1:1 in their ordinary use,
common-word marks in their ordinary sense, some next to their own product words, English words
that are a Latin name; homophones from GB2312 level 1, level 2 and GBK, the same tone first,
pinyin joined, spaced, capitalised, toned, numbered, hyphenated, hashtagged and half in
characters, initials lower, upper, mixed, dotted, spaced, hyphenated, full-width, hashtagged,
bracketed and as "X家", separators by Unicode name and brackets round each character,
confusables-table twins, whole words in alphabets by Unicode name and combining marks; sealed,
counts only), and once that had been read, a twenty-first (``held_out_21``: a nineteenth hand
that read neither, nor any part's templates or spellings code, the 51 least used marks with
held_out_20's counted twice, 20 or more phrasing shapes per family: factory, stall, wholesale,
live-stream, WeChat-moment, group-buy, campus and English rep offers, many with no counterfeit
word; benign texts in other voices: graduating students, people moving abroad, parents, newly-weds,
raffle winners and banquet leftovers reselling with receipts, parents' group chats, grid workers,
pharmacists, bar owners, tour guides, parcel stations, residents' committees, doctors, shop clerks,
riders and property managers warning, analysts, trade fairs, repairers, museums and teachers
reviewing; ordinary words pypinyin reads like a mark, some next to 复刻 or 1:1, common-word marks
in their ordinary sense, some next to their own product words, English words that are a Latin
name; homophones of one, two or every character from GB2312 level 1, level 2 and GBK, same tone
first, pinyin joined, upper, camel, spaced, toned, numbered, apostrophed, hyphenated, hashtagged,
grouped and half in characters, initials in fourteen styles, separators by Unicode name at every
gap, per gap or at one gap, confusables-table twins, styled alphabets, accents and overlays by
Unicode name; sealed, counts only), and once that had been read, a twenty-second
(``held_out_22``: a twentieth hand that read neither, nor any part's templates or spellings code,
the 51 least used marks with held_out_21's counted twice, 20 or more phrasing shapes per family:
live-stream, stall, factory, wholesale, group-buy, campus, night-market and English rep offers,
most with no counterfeit word; resale by second-hand app users, consignment and vintage shops,
pawnshops, recyclers and judicial auctions; warnings by consumer associations, 12315, market
regulators, customs, police, procuratorates, courts, postal counters, inspectors, lawyers,
authenticators and cheated buyers; ordinary words pypinyin reads like a mark, some next to 复刻 or
1:1, common-word marks in their ordinary sense, English words that are a Latin name; homophones of
one, two or every character from an IME's most common, GB2312 level 1, level 2 and GBK, pinyin and
initials in a dozen styles each, separators by Unicode name and brackets round each character,
confusables-table twins and styled alphabets, accented letters by Unicode name; sealed, counts
only), and once that had been read, a twenty-third (``held_out_23``: a twenty-first hand that read
neither, nor any part's templates or spellings code, the 51 least used marks with held_out_22's
counted twice, 20 or more phrasing shapes per family: WeChat Moments micro-merchants, stuffed
listing titles, Xiaohongshu-style sharing posts that sell, live streams, group buys, stalls,
second-hand markets, English marketplace listings, bilingual, Cantonese and Taiwanese posts, most
offers with no counterfeit word; resale with receipts, order numbers and inspection; warnings by
victims, consumer associations, regulators, customs, courts, moderators' removal notices and buyers
quoting a seller to ask if an offer is genuine; ordinary words pypinyin reads like a mark, some next
to 复刻 or 1:1, common-word marks in their ordinary sense, English words that are a Latin name;
homophones from GB2312 level 1 ranked by jieba's character counts, level 2 and GBK, pinyin and
initials in fifteen styles each, separators and brackets by Unicode name, confusables-table twins of
six scripts, whole-word alphabets and accented letters by Unicode name; sealed, counts only), and
once that had been read, a twenty-fourth (``held_out_24``: a twenty-second hand that read neither,
nor any part's templates or spellings code, the 51 least used marks with held_out_23's counted
twice, 20 or more phrasing shapes per family in voices the earlier hands used little: live-stream
commerce transcripts (上链接, 扣1, stock counted down), customer-service turns, group-buy calls,
Xianyu haggling, overseas daigou with customs talk, TikTok Shop and Instagram captions, internet
slang and emoji, most offers with no counterfeit word; resale with receipts, order pages,
inspection services and authentication certificates; warnings by victims and consumer
associations quoting the offer they warn about, lawyers on trademark law, customs and courts;
reviews and comparisons naming a cheaper ordinary brand as a 平替 or dupe; brand collaborations
and official live streams; ordinary words pypinyin reads like a mark, some next to 复刻 or 1:1,
common-word marks in their ordinary sense, English words that are a Latin name; homophones from
GB2312 level 1 ranked by pypinyin's phrase counts, level 2 and GBK, pinyin in sixteen styles and
initials in fourteen, separators by Unicode name in live-stream and group-buy voices,
confusables-table twins of nine scripts, whole-word alphabets and accented letters by Unicode name;
sealed, counts only), and once that had been read, a twenty-fifth (``held_out_25``: a
twenty-third hand that read neither, nor any part's templates or spellings code, the 51 least used
marks with held_out_24's counted twice, 20 or more phrasing shapes per family in voices the earlier
hands used little: Douyin and Kuaishou comment threads and replies, Bilibili danmaku, Tieba and
Hupu posts, Weibo super-topics, WeChat Moments one-liners and group-chat 接龙, Korean and Japanese
loanwords, traditional and mixed characters, Southeast Asian marketplace English (PM for price,
COD), most offers with no counterfeit word; warnings that quote the mark in English and Chinese
quotes, police, market-regulation, customs and court notices, trademark lawyers' answers; resale
with receipts and serial numbers; fans on a brand's history, job adverts and shop openings;
ordinary words pypinyin reads like a mark, some next to 复刻 or 1:1, common-word marks in their
ordinary sense, English words that are a Latin name; homophones from GB2312 level 1 ranked by
jieba's single-character counts, level 2 and GBK, pinyin in seventeen styles and initials in
fifteen, separators and brackets by Unicode name in comment and danmaku voices, confusables-table
twins of seven scripts, whole-word alphabets, small capitals and accented letters by Unicode name;
sealed, counts only), and once that had been read, a twenty-sixth (``held_out_26``: a
twenty-fourth hand that read neither, nor any part's templates or spellings code, the 51 least used
marks with held_out_25's counted twice, 20 or more phrasing shapes per family in voices the earlier
hands used little: Xiaohongshu notes that sell, stuffed Pinduoduo and Taobao titles, suppliers'
Telegram and WhatsApp broadcasts, written Cantonese, Taiwanese posts, Mercari and Yahoo Auctions
Japanese, Latin American Spanish and Portuguese, Russian marketplace posts and "dupes" with the
logo, most offers with no counterfeit word; warnings quoting the mark by regulators, customs,
courts, police, consumer associations, lawyers and scam alerts; resale with receipts in the same
languages; reviews, museums, auctions, collaborations and logo-free dupes; a new benign family,
nominative use (accessories, parts, repair and authentication for a mark); ordinary words pypinyin
reads like a mark, some next to 复刻 or 1:1, common-word marks in their ordinary sense, English
words that are or hold a Latin name; homophones by GB2312 level and GBK, pinyin in eighteen styles
and initials in sixteen, separators and brackets by Unicode name, confusables-table twins of seven
scripts and the dotless i, whole-word alphabets and accented letters by Unicode name; sealed, counts
only), and once that had been read, a twenty-seventh (``held_out_27``: a twenty-fifth hand that
read neither, nor any part's templates or spellings code, the 51 least used marks with
held_out_26's counted twice, 20 or more phrasing shapes per family in voices the earlier hands used
little: Vietnamese and Thai Shopee and Lazada sellers, Indonesian and Malay posts (KW, ori, COD),
Turkish and Arabic marketplaces, German, French and Italian classifieds, Indian first-copy
resellers, Nigerian and Kenyan WhatsApp sellers, Korean grades, Discord and Reddit rep talk (W2C,
QC, batch, agent), terse Vinted and Depop listings, voice notes, all-caps and emoji posts, and the
overseas Chinese sellers of those markets, most offers with no counterfeit word; warnings quoting
the mark in six quote styles, legal Q&A in every word order, scam alerts, customs and courts;
resale with receipts; buyers asking whether an item is real, museums, auctions, collaborations and
logo-free dupes; nominative use; ordinary words pypinyin reads like a mark, some next to 复刻 or
1:1, common-word marks in their ordinary sense, English words that are a Latin name; homophones by
GB2312 level and GBK, pinyin and initials in fourteen styles each, separators and brackets by
Unicode name, confusables-table twins of eight scripts, whole-word alphabets (regional indicators,
squared, circled, parenthesized, mathematical) and accented letters by Unicode name; sealed, counts
only), and once that had been read, a twenty-eighth (``held_out_28``: a twenty-sixth hand that read
neither, nor ran the guard on it, the 51 least used marks with held_out_27's counted twice, 20 or
more phrasing shapes per family in voices the earlier hands used little: written Northeastern,
Sichuanese, Shanghainese, Henan and Hokkien Chinese, market fairs, temple fairs and county-town
shops, 1688 source factories, OEM workers, cross-border sites, live-stream clips, community group
leaders, Taglish, Polish, Dutch, Spanish, Swedish, Greek and Romanian classifieds, Pakistani and
Bangladeshi sellers, UK, Australian, Canadian and US marketplaces; every offer with a reason to call
it counterfeit, most with no counterfeit word; plain sales of real goods with their proof as resale;
warnings quoting the offer they warn about, legal questions, compatible non-original parts, repairs
and authentication; ordinary words pypinyin reads like a mark, some next to 复刻 or 1:1, common-word
marks in their ordinary sense, English words that are a Latin name; homophones by GB2312 level and
GBK, pinyin in sixteen styles and initials in fifteen, separators and brackets by Unicode name,
confusables-table twins of seven scripts, styled alphabets, precomposed accents and combining marks
by Unicode name; sealed, counts only).
"""
from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from origin.brands.automaton import Brand

# mark, Latin name (or ""), common word, product cues
MARKS = [
    ("华为", "HUAWEI", False, ()), ("格力", "GREE", False, ()), ("海尔", "Haier", False, ()),
    ("大疆", "DJI", False, ()), ("德芙", "Dove", False, ()), ("茅台", "Moutai", False, ()),
    ("五粮液", "Wuliangye", False, ()), ("蒙牛", "Mengniu", False, ()), ("伊利", "Yili", False, ()),
    ("农夫山泉", "Nongfu", False, ()), ("娃哈哈", "Wahaha", False, ()), ("百雀羚", "Pechoin", False, ()),
    ("自然堂", "Chando", False, ()), ("完美日记", "Perfect Diary", False, ()),
    ("花西子", "Florasis", False, ()), ("三只松鼠", "", False, ()), ("良品铺子", "", False, ()),
    ("特步", "Xtep", False, ()), ("鸿星尔克", "ERKE", False, ()), ("回力", "Warrior", False, ()),
    ("波司登", "Bosideng", False, ()), ("雅戈尔", "Youngor", False, ()), ("海澜之家", "HLA", False, ()),
    ("周大福", "Chow Tai Fook", False, ()), ("老凤祥", "", False, ()), ("片仔癀", "", False, ()),
    ("同仁堂", "Tongrentang", False, ()), ("迪奥", "Dior", False, ()), ("爱马仕", "Hermes", False, ()),
    ("普拉达", "Prada", False, ()), ("卡地亚", "Cartier", False, ()), ("劳力士", "Rolex", False, ()),
    ("欧米茄", "Omega", False, ()), ("浪琴", "Longines", False, ()), ("兰蔻", "Lancome", False, ()),
    ("雅诗兰黛", "Estee Lauder", False, ()), ("资生堂", "Shiseido", False, ()),
    ("戴森", "Dyson", False, ()), ("索尼", "Sony", False, ()), ("佳能", "Canon", False, ()),
    ("飞利浦", "Philips", False, ()), ("星巴克", "Starbucks", False, ()),
    ("优衣库", "Uniqlo", False, ()), ("斐乐", "FILA", False, ()), ("匡威", "Converse", False, ()),
    ("万斯", "Vans", False, ()), ("新百伦", "New Balance", False, ()), ("亚瑟士", "ASICS", False, ()),
    ("始祖鸟", "Arcteryx", False, ()), ("乐高", "LEGO", False, ()), ("泡泡玛特", "Pop Mart", False, ()),
    ("蔻驰", "Coach", False, ()), ("巴宝莉", "Burberry", False, ()), ("范思哲", "Versace", False, ()),
    ("美的", "Midea", True, ("空调", "冰箱", "电饭煲", "洗衣机")),
    ("长城", "", True, ("汽车", "哈弗", "葡萄酒", "SUV")),
    ("大白兔", "", True, ("奶糖", "糖果")), ("白象", "", True, ("方便面", "泡面")),
    ("红牛", "Red Bull", True, ("饮料", "功能饮料")), ("熊猫", "", True, ("香烟", "电视")),
]
PRODUCTS = ["鞋子", "包", "手表", "口红", "外套", "耳机", "香水", "项链", "墨镜", "短袖", "帽子", "钱包"]


def part(key: str) -> str:
    """tune or held_out, fixed by a hash of the key (about a third held out)."""
    return "held_out" if zlib.crc32(key.encode()) % 3 == 0 else "tune"


def suite_brands() -> list[Brand]:
    return [Brand(5000 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(MARKS)]


@dataclass(frozen=True)
class Case:
    family: str
    part: str
    brand: Brand | None      # the brand a counterfeit case must be found as (None: benign)
    account: str
    account_name: str
    title: str
    description: str


# -- evasions built from outside data ----------------------------------------------------------
class Spellings:
    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin, phrases_dict

        self._pinyin = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self._tones = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self._tone3 = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore")
        by_sound: dict[str, list[str]] = defaultdict(list)
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                continue
            reading = self._pinyin(char)
            if reading:
                by_sound[reading[0]].append(char)
        self.by_sound = by_sound
        phrases: dict[str, list[str]] = defaultdict(list)
        for phrase, readings in phrases_dict.phrases_dict.items():
            if 2 <= len(phrase) <= 4:
                phrases["".join(self._strip(r[0]) for r in readings)].append(phrase)
        self.phrases = phrases
        look: dict[str, list[str]] = defaultdict(list)
        for char, entries in load("confusables.json").items():
            if len(char) == 1 and not char.isascii() and char.isalpha():
                for entry in entries:
                    if len(entry["c"]) == 1 and entry["c"].isascii() and entry["c"].isalpha():
                        look[entry["c"].lower()].append(char)
        self.look_alikes = look

    @staticmethod
    def _strip(syllable: str) -> str:
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFKD", syllable)
                       if not unicodedata.combining(c)).replace("ü", "v")

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        chars = list(mark)
        positions = list(range(len(chars)))
        rng.shuffle(positions)
        changed = 0
        for index in positions[: max(1, len(chars) // 2)]:
            reading = self._pinyin(chars[index])
            pool = [c for c in self.by_sound.get(reading[0] if reading else "", [])
                    if c != chars[index]]
            if pool:
                chars[index] = rng.choice(pool)
                changed += 1
        return "".join(chars) if changed else None

    def ordinary_sound_alike(self, mark: str) -> str | None:
        """A phrase from pypinyin's list that reads like the mark but is another word."""
        key = "".join(self._pinyin(mark))
        words = [w for w in self.phrases.get(key, []) if w != mark and len(w) == len(mark)]
        return words[0] if words else None

    def pinyin(self, mark: str, rng: random.Random) -> str:
        style = rng.randrange(5)
        if style == 0:
            return "".join(self._pinyin(mark))
        if style == 1:
            return " ".join(self._pinyin(mark))
        if style == 2:
            return " ".join(self._tones(mark))
        if style == 3:
            return "".join(self._tone3(mark))
        return "".join(s.capitalize() for s in self._pinyin(mark))

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self._pinyin(mark)]
        style = rng.randrange(4)
        if style == 0:
            return "".join(letters).upper()
        if style == 1:
            return "".join(letters).lower()
        if style == 2:
            return rng.choice([".", "-", " ", "/"]).join(letters).upper()
        return "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters))

    def confusable(self, latin: str, rng: random.Random) -> str | None:
        out, changed = [], 0
        for char in latin:
            pool = self.look_alikes.get(char.lower(), [])
            if pool and rng.random() < 0.6:
                candidates = [p for p in pool if p.isupper() == char.isupper()] or pool
                out.append(rng.choice(candidates))
                changed += 1
            else:
                out.append(char)
        return "".join(out) if changed else None


SEPARATORS = ["·", "/", ".", " ", "-", "_", "丶", "|", "~", "✨", "❤", "*", "+", "、", "｜", "💯"]
DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8"}


def evasion_spellings(brand: Brand, words: Spellings, rng: random.Random) -> dict[str, list[str]]:
    mark = brand.mark
    latin = brand.aliases[0] if brand.aliases else ""
    out: dict[str, list[str]] = defaultdict(list)
    out["no_evasion"] += [mark] + ([latin] if latin else [])
    out["separators"] += [rng.choice(SEPARATORS).join(mark) for _ in range(2)]
    if latin:
        out["separators"].append(rng.choice(SEPARATORS).join(latin.replace(" ", "").upper()))
    out["pinyin"] += [words.pinyin(mark, rng) for _ in range(3)]
    out["initials"] += [words.initials(mark, rng) for _ in range(2)]
    out["homophones"] += list(filter(None, (words.homophone(mark, rng) for _ in range(3))))
    if latin:
        out["confusables"] += list(filter(None, (words.confusable(latin, rng) for _ in range(2))))
        swapped = "".join(DIGITS.get(c.lower(), c) if rng.random() < 0.5 else c for c in latin)
        if swapped != latin:
            out["digit_swaps"].append(swapped)
    return out


# -- phrasing: two halves, one per part --------------------------------------------------------
OFFERS = [
    ("小众好物铺", "{w}{p} 顶级版本 细节对比原版", "工厂直发，需要的滴滴"),
    ("鞋包批发", "高品质{w}{p}，复刻原版", "私聊报价"),
    ("精品仓", "{w}新款{p}", "A货做工，和专柜一样，下单送礼品"),
    ("折扣小店", "{p} {w} 原单尾货", "数量不多 先到先得"),
    ("源头工厂", "一比一还原{w}{p}", "质量杠杠的 加v看实拍"),
    ("潮流买手", "{w} 超A {p}", "懂的来"),
    ("莆田老铺", "{w}{p}公司级", "支持退换"),
    ("优选好物", "{w}{p}高仿 ", "批发价出"),
    ("海外仓", "【精仿】{w}{p}", "秒发 包邮"),
    ("百货铺", "{w}的{p}，纯原版本", "看图下单"),
]
REVIEWS = [
    ("数码小哥", "{w}新品上手体验", "优缺点都说一说"),
    ("财经观察", "{w}发布三季度财报", "营收同比增长"),
    ("辟谣君", "如何分辨真假{w}", "教你几招，别再被高仿骗了"),
    ("生活家", "入手了{w}的{p}", "用了一个月，说说感受"),
    ("新闻快讯", "市场监管部门查处假冒{w}案件", "涉案商品已被扣押"),
    ("购物分享", "{w}专柜买的{p}", "售货员很耐心"),
]
RESALE = [
    ("个人闲置", "闲置{w}{p} 九成新", "自用，有发票，可验货"),
    ("学生党", "二手{w}{p}转让", "买来没怎么用，专柜小票还在，包邮"),
    ("搬家清仓", "转卖{w}{p}", "个人自用，支持专柜验货"),
    ("衣柜整理", "出闲置：{w}{p}", "九五新，带购物小票和发票"),
    ("宝妈闲置", "{w}{p} 二手 低价出", "正品，可验货，小刀勿扰"),
    ("闲鱼卖家", "自用{w}{p}转手", "专柜购入，发票齐全，同城可面交"),
]
AUTHORISED = [
    ("{w}官方旗舰店", "{w}新品{p}上市", "谨防高仿假货，认准官方渠道"),
    ("{w}官方旗舰店", "{w}正品保障", "市面上的一比一复刻都是假的，请勿购买"),
    ("{w}授权专卖", "{w}{p}到货", "正品行货，假一赔十，下单包邮"),
]
SOUNDS_LIKE = [
    ("纪录片频道", "《{s}》第三集", "对经典的复刻，重现当年风貌"),
    ("读书会", "读{s}有感", "这本书是一比一还原的历史"),
    ("手工坊", "用纸板1:1复刻{s}", "耗时三天"),
]
# Added 2026-12-03 (issue 13, second round) for the two families that missed: initials in other
# offer phrasing, and everyday words that sound like a mark next to counterfeit words used in
# their literal sense. Split like the others (even: tune, odd: held out) and drawn with their own
# random generator, so every earlier case stays as it was.
INITIALS_OFFERS = [
    ("潮牌代购", "{w}家的{p} 原厂面料 1:1", "需要的私"),
    ("微商小铺", "{w} {p} 高仿版 到货", "图片实拍"),
    ("档口直发", "{w}{p} 莆田纯原", "尺码齐全"),
    ("好物分享", "{w}同款{p} 超A品质", "支持验货"),
    ("外贸尾单", "{w} 原单{p} 清仓", "断码不补"),
    ("精品馆", "顶级复刻 {w} {p}", "做工细节看图"),
]
SOUNDS_LIKE_MORE = [
    ("历史课堂", "{s}的由来", "用模型一比一还原古人的生活"),
    ("手办分享", "{s}主题场景 1:1复刻", "自己做的，不卖"),
    ("影视解说", "电影《{s}》解说", "导演复刻了原著里的每个细节"),
    ("诗词鉴赏", "说说“{s}”这个词", "老师带我们复刻古籍的排版"),
    ("装修日记", "客厅想要{s}的感觉", "照着图片1比1还原"),
    ("美食探店", "老街的{s}小馆", "复刻小时候的味道"),
]
COMMON_SENSE = {
    "美的": [("散文集", "美的东西总让人心动", "记录身边美的瞬间，复刻童年的感觉")],
    "长城": [("旅行日记", "长城一日游攻略", "八达岭长城人太多，1:1还原当年的城墙")],
    "大白兔": [("萌宠日常", "我家的大白兔又胖了", "兔兔吃菜的样子")],
    "白象": [("动物世界", "泰国的白象", "白象在当地很受尊敬，复刻版纪录片")],
    "红牛": [("农家院", "今年养了两头红牛", "红牛长得真壮")],
    "熊猫": [("成都游记", "去基地看熊猫", "熊猫宝宝太可爱了，1:1熊猫玩偶")],
}


# Added 2026-12-03 (issue 13, third round), after the held-out part had been read: a second
# held-out part, ``held_out_2``, written before the rules changed again and never tuned on. New
# phrasing for every family (all 60 brands), and ordinary words that sound like a mark from
# outside lists the first two parts did not use: OpenCC's phrase table and pypinyin's phrases
# beyond the first (万死 for 万斯 was the first; 宛似 is another).
OFFERS_2 = [
    ("品牌折扣仓", "{p}｜{w} 跟单货 质量保证", "喜欢的宝子私我"),
    ("外贸原单店", "{w} {p} 1比1做工", "拍下48小时内发货"),
    ("工厂货源", "新到一批{w}{p}，仿品里的天花板", "细节对比图在评论区"),
    ("潮品小站", "{w}{p} 精仿版本 走量价", "老客户优先"),
    ("直播间福利", "今晚上架{w}的{p}，A货不退不换", "三号链接"),
    ("微商代理", "招代理 {w}{p} 纯原货源", "一件代发"),
]
REVIEWS_2 = [
    ("测评博主", "{w}{p}深度评测", "和上一代相比提升明显"),
    ("消费提醒", "买{w}认准正规渠道", "别信所谓的一比一高仿，质量差还不能退"),
    ("法治在线", "法院判决一起假冒{w}商标案", "被告人销售仿冒{p}被判刑"),
    ("开箱日记", "终于买到{w}{p}了", "官网下单，三天到货"),
]
RESALE_2 = [
    ("毕业甩卖", "毕业出{w}{p}", "只用过两次，原盒原票都在"),
    ("换季清理", "{w}{p}闲置出", "尺码不合适，吊牌还在，保真"),
    ("个人转让", "{w}{p}低价转", "专柜购入有小票，可以线下验货"),
]
AUTHORISED_2 = [
    ("{w}官方旗舰店", "{w}{p}限时优惠", "官方正品，谨防假冒，认准旗舰店"),
    ("{w}授权专卖", "{w}新款{p}到店", "假一赔十，拒绝高仿，欢迎比价"),
]
SOUNDS_LIKE_2 = [
    ("古风社", "{s}：一个词的故事", "按古籍一比一复刻的插画"),
    ("摄影日记", "镜头里的{s}", "后期复刻了胶片的色调"),
    ("语文课堂", "“{s}”怎么造句", "老师说要1:1还原课本原文"),
    ("模型爱好者", "{s}场景模型", "按照1比1比例还原"),
]


def other_sound_alikes(mark: str, words: "Spellings") -> list[str]:
    """Words of the mark's length and toneless reading from OpenCC's phrase table and
    pypinyin's phrase list, except pypinyin's first (``ordinary_sound_alike``, used before)."""
    import os

    import opencc

    key = "".join(words._pinyin(mark))
    first = words.ordinary_sound_alike(mark)
    found = [w for w in words.phrases.get(key, []) if len(w) == len(mark)]
    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STPhrases.txt")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word = line.split("\t", 1)[0]
            if len(word) == len(mark) and "".join(words._pinyin(word)) == key:
                found.append(word)
    return sorted(set(found) - {mark, first})


def second_held_out(words: "Spellings", seed: int = 23) -> list[Case]:
    """The ``held_out_2`` part: every brand, the phrasing above, its own random generator."""
    rng = random.Random(seed)
    out: list[Case] = []
    for brand in suite_brands():
        for family, spellings in evasion_spellings(brand, words, rng).items():
            for written in spellings:
                name, title, text = rng.choice(OFFERS_2)
                product = rng.choice(brand.context_words or tuple(PRODUCTS))
                out.append(Case(family, "held_out_2", brand, "seller", name,
                                title.format(w=written, p=product),
                                text.format(w=written, p=product)))
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for family, templates in (("reviews_news", REVIEWS_2), ("resale", RESALE_2)):
            for name, title, text in rng.sample(templates, 2):
                out.append(Case(family, "held_out_2", None, "viewer", name,
                                title.format(w=brand.mark, p=product),
                                text.format(w=brand.mark, p=product)))
        for name, title, text in AUTHORISED_2:
            out.append(Case("authorised_own_posts", "held_out_2", None, f"{brand.mark}授权店",
                            name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        for alike in other_sound_alikes(brand.mark, words):
            for name, title, text in rng.sample(SOUNDS_LIKE_2, 2):
                out.append(Case("ordinary_sound_alikes", "held_out_2", None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return out


# Added 2026-12-03 (issue 13, fourth round), tune part only (held_out_2 had been read): consumer
# warnings that name counterfeit words, a seller who borrows warning words but sells, and
# sound-alikes that are a syllable plus a grammatical particle (衣里 for 伊利, 非了 for 斐乐).
WARNINGS = [
    ("打假博主", "{w}假货曝光", "这些所谓的原单、高仿千万别买"),
    ("消费者说", "警惕假冒{w}{p}", "网上的1:1复刻多半是假货，认准官方渠道"),
    ("购物指南", "怎么买到正品{w}{p}", "官网购买最放心，别信代购的超A货"),
    ("维权日记", "举报了一家卖高仿{w}的店", "谨防上当"),
]
WARNING_OFFERS = [
    ("鞋仓直发", "{w}{p} 纯原版本", "认准本店，别家都是假货，价格私聊"),
    ("源头好货", "谨防假冒！{w}{p}一比一", "拍下秒发 包邮"),
]
PARTICLE_SOUNDS = [
    ("日常碎碎念", "{s}一整天", "翻出了小时候1:1的模型"),
    ("追剧笔记", "这集看得我{s}", "导演复刻了原著的名场面"),
]


def tuning_round_four(words: "Spellings", seed: int = 31) -> list[Case]:
    """The fourth round's tune cases, with their own random generator."""
    rng = random.Random(seed)
    out: list[Case] = []
    particles = {"le": "了", "li": "里", "de": "的", "zhe": "着", "guo": "过", "ma": "吗",
                 "ne": "呢", "ba": "吧"}
    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for name, title, text in rng.sample(WARNINGS, 2):
            out.append(Case("reviews_news", "tune", None, "viewer", name,
                            title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        name, title, text = rng.choice(WARNING_OFFERS)
        out.append(Case("no_evasion", "tune", brand, "seller", name,
                        title.format(w=brand.mark, p=product), text.format(w=brand.mark, p=product)))
        reading = words._pinyin(brand.mark)
        if len(brand.mark) == 2 and len(reading) == 2 and reading[1] in particles:
            pool = [c for c in words.by_sound.get(reading[0], []) if c not in brand.mark]
            for name, title, text in PARTICLE_SOUNDS:
                alike = rng.choice(pool) + particles[reading[1]]
                out.append(Case("ordinary_sound_alikes", "tune", None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return out


def cases(seed: int = 11) -> list[Case]:
    rng = random.Random(seed)
    words = Spellings()
    out: list[Case] = []
    for brand in suite_brands():
        brand_part = part(brand.mark)

        def phrasing(templates: list[tuple[str, str, str]]) -> tuple[str, str, str]:
            # tune brands are written with the even templates, held-out ones with the odd
            own = templates[0 if brand_part == "tune" else 1::2] or templates
            return rng.choice(own)

        for family, spellings in evasion_spellings(brand, words, rng).items():
            for written in spellings:
                name, title, text = phrasing(OFFERS)
                product = rng.choice(PRODUCTS)
                if brand.common_word:
                    product = rng.choice(brand.context_words)
                out.append(Case(family, brand_part, brand, "seller", name,
                                title.format(w=written, p=product),
                                text.format(w=written, p=product)))
        product = rng.choice(brand.context_words or tuple(PRODUCTS))
        for family, templates in (("reviews_news", REVIEWS), ("resale", RESALE)):
            for name, title, text in rng.sample(templates[0 if brand_part == "tune" else 1::2], 2):
                out.append(Case(family, brand_part, None, "viewer", name,
                                title.format(w=brand.mark, p=product),
                                text.format(w=brand.mark, p=product)))
        for name, title, text in AUTHORISED:
            out.append(Case("authorised_own_posts", brand_part, None, f"{brand.mark}授权店",
                            name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                            text.format(w=brand.mark, p=product)))
        alike = words.ordinary_sound_alike(brand.mark)
        if alike:
            for name, title, text in SOUNDS_LIKE:
                out.append(Case("ordinary_sound_alikes", brand_part, None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
        for name, title, text in COMMON_SENSE.get(brand.mark, ()):
            out.append(Case("common_word_ordinary_sense", brand_part, None, "viewer", name,
                            title, text))
    more = random.Random(seed * 7919 + 1)
    for brand in suite_brands():
        brand_part = part(brand.mark)
        own = slice(0 if brand_part == "tune" else 1, None, 2)
        for _ in range(2):
            name, title, text = more.choice(INITIALS_OFFERS[own])
            product = more.choice(brand.context_words or tuple(PRODUCTS))
            written = words.initials(brand.mark, more)
            out.append(Case("initials", brand_part, brand, "seller", name,
                            title.format(w=written, p=product), text.format(w=written, p=product)))
        alike = words.ordinary_sound_alike(brand.mark)
        if alike:
            for name, title, text in more.sample(SOUNDS_LIKE_MORE[own], 2):
                out.append(Case("ordinary_sound_alikes", brand_part, None, "viewer", name,
                                title.format(s=alike), text.format(s=alike)))
    return (out + second_held_out(words) + tuning_round_four(words) + third_held_out()
            + tuning_round_five() + tuning_round_five_more() + fourth_held_out()
            + tuning_round_six() + fifth_held_out() + tuning_round_seven() + sixth_held_out()
            + seventh_held_out() + tuning_round_ten() + eighth_held_out() + ninth_held_out()
            + tenth_held_out() + eleventh_held_out() + twelfth_held_out()
            + thirteenth_held_out() + fourteenth_held_out() + fifteenth_held_out()
            + sixteenth_held_out() + seventeenth_held_out() + eighteenth_held_out()
            + nineteenth_held_out() + twentieth_held_out() + twenty_first_held_out()
            + twenty_second_held_out() + twenty_third_held_out() + twenty_fourth_held_out()
            + twenty_fifth_held_out() + twenty_sixth_held_out() + twenty_seventh_held_out()
            + twenty_eighth_held_out())


# -- held_out_3 (issue 13, fifth round): written before any of that round's tuning -----------------
# A third held-out part, because held_out_2 was read in the fourth round. Written from the issue's
# text and from how sellers, resellers, shops and viewers write on short-video and second-hand
# platforms, not from the guard's rules or the templates above. Its brands are the held-out split of
# MARKS plus twelve marks the guard has never been tuned on (six of them common words); its spellings
# come from its own generators below (pypinyin readings, GB2312 level-1 characters, Unicode's
# confusables table); its phrasing is new. Report it; do not read its failing cases or tune on it.
NEW_MARKS = [  # mark, Latin name (or ""), common word, product cues (held_out_3 only)
    ("安慕希", "", False, ()), ("七匹狼", "Septwolves", False, ()), ("欧莱雅", "LOREAL", False, ()),
    ("施华洛世奇", "Swarovski", False, ()), ("宝格丽", "BVLGARI", False, ()),
    ("雅马哈", "Yamaha", False, ()),
    ("联想", "Lenovo", True, ("笔记本", "电脑", "平板", "拯救者")),
    ("中华", "", True, ("牙膏", "香烟")), ("凤凰", "", True, ("自行车", "单车")),
    ("永久", "", True, ("自行车", "单车")), ("大宝", "", True, ("SOD蜜", "面霜", "护手霜")),
    ("白猫", "", True, ("洗洁精", "洗衣粉")),
]
# what each mark's counterfeits are sold as (the common-word marks use their product cues)
GOODS_3 = {
    "华为": ("手机", "平板", "手表", "耳机"), "格力": ("空调", "电风扇"), "德芙": ("巧克力",),
    "农夫山泉": ("矿泉水",), "自然堂": ("面霜", "精华水"), "完美日记": ("眼影", "口红"),
    "老凤祥": ("金手镯", "项链", "戒指"), "迪奥": ("口红", "香水", "马鞍包"),
    "劳力士": ("手表", "水鬼", "日志"), "飞利浦": ("剃须刀", "电动牙刷"),
    "星巴克": ("保温杯", "猫爪杯"), "优衣库": ("羽绒服", "T恤"), "万斯": ("板鞋", "帆布鞋"),
    "泡泡玛特": ("盲盒", "手办"), "蔻驰": ("托特包", "钱包"), "安慕希": ("酸奶",),
    "七匹狼": ("夹克", "皮带"), "欧莱雅": ("面霜", "洗发水"), "施华洛世奇": ("项链", "手链"),
    "宝格丽": ("戒指", "香水"), "雅马哈": ("电子琴", "吉他"),
}


def held_out_3_brands() -> list[Brand]:
    """The new marks (ids 5100…): loaded next to suite_brands() when held_out_3 is scored."""
    return [Brand(5100 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(NEW_MARKS)]


class Spellings3:
    """held_out_3's own evasion writers: how sellers disguise a mark, one family each."""

    SEPARATORS = ["•", "^", "=", "🔥", "⭐", "💎", "👜", "｡", "—", "♡", "☆", " ", "丨", "✔", "🌟",
                  "。", "'", "…", "#", "😍"]
    DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}
    STYLES = ("MATHEMATICAL BOLD", "MATHEMATICAL SANS-SERIF BOLD", "MATHEMATICAL MONOSPACE",
              "MATHEMATICAL DOUBLE-STRUCK", "FULLWIDTH LATIN")

    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin

        self.plain = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self.marked = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self.numbered = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore")
        # homophones from the 3 755 level-1 GB2312 characters: what sellers actually type
        self.same_sound: dict[str, list[str]] = defaultdict(list)
        for high in range(0xB0, 0xD8):
            for low in range(0xA1, 0xFF):
                try:
                    char = bytes([high, low]).decode("gb2312")
                except UnicodeDecodeError:
                    continue
                reading = self.plain(char)
                if reading:
                    self.same_sound[reading[0]].append(char)
        self.script: dict[str, list[str]] = defaultdict(list)   # Cyrillic/Greek/Armenian
        self.styled: dict[tuple[str, str], str] = {}             # (style, letter) -> letter
        for letter, entries in load("confusables.json").items():
            if len(letter) != 1 or not (letter.isascii() and letter.isalpha()):
                continue
            for entry in entries:
                char, name = entry["c"], entry["n"]
                if len(char) != 1 or "NOTATION" in name:
                    continue
                if name.split()[0] in ("CYRILLIC", "GREEK", "ARMENIAN"):
                    self.script[letter].append(char)
                for style in self.STYLES:
                    if name.startswith(style + (" CAPITAL" if letter.isupper() else " SMALL")):
                        self.styled.setdefault((style, letter), char)

    def separated(self, word: str, rng: random.Random) -> str:
        chars = list(word.replace(" ", ""))
        if rng.random() < 0.3:   # a different separator in every gap
            return chars[0] + "".join(rng.choice(self.SEPARATORS) + c for c in chars[1:])
        return rng.choice(self.SEPARATORS).join(chars)

    def pinyin(self, mark: str, rng: random.Random) -> str:
        style = rng.randrange(8)
        if style == 0:
            return "".join(self.plain(mark))
        if style == 1:
            return " ".join(self.plain(mark))
        if style == 2:
            return " ".join(self.marked(mark))
        if style == 3:
            return "".join(self.marked(mark))
        if style == 4:
            return "".join(self.numbered(mark))
        if style == 5:
            return " ".join(self.numbered(mark))
        if style == 6:
            return "".join(s.capitalize() for s in self.plain(mark))
        return " ".join(self.plain(mark)).upper()

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self.plain(mark)]
        style = rng.randrange(6)
        if style == 0:
            return "".join(letters).upper()
        if style == 1:
            return "".join(letters)
        if style == 2:   # mixed case, at random
            return "".join(c.upper() if rng.random() < 0.5 else c for c in letters)
        if style == 3:
            return rng.choice([".", "-", " ", "/", "·", "_", "*"]).join(letters).upper()
        if style == 4:
            return rng.choice([".", "-", " ", "/"]).join(letters)
        return "".join(letters).capitalize()

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        chars = list(mark)
        every = rng.random() < 0.4
        positions = list(range(len(chars))) if every else [rng.randrange(len(chars))]
        for index in positions:
            reading = self.plain(chars[index])
            pool = [c for c in self.same_sound.get(reading[0] if reading else "", [])
                    if c != chars[index]]
            if pool:
                chars[index] = rng.choice(pool)
        written = "".join(chars)
        return written if written != mark else None

    def confusable(self, latin: str, rng: random.Random) -> str | None:
        mode = rng.randrange(3)
        if mode == 0:   # one typeface of look-alike letters for the whole name
            style = rng.choice(self.STYLES)
            written = "".join(self.styled.get((style, c), c) for c in latin)
        else:           # letters of other scripts: every one that has one (0.7), or just one
            swappable = [i for i, c in enumerate(latin) if self.script.get(c)]
            if not swappable:
                return None
            chosen = ({i for i in swappable if rng.random() < 0.7} if mode == 1 else set())
            chosen = chosen or {rng.choice(swappable)}
            written = "".join(rng.choice(self.script[c]) if i in chosen else c
                              for i, c in enumerate(latin))
        return written if written != latin else None

    def digit_swap(self, latin: str, rng: random.Random) -> str | None:
        swappable = [i for i, c in enumerate(latin) if c.lower() in self.DIGITS]
        if not swappable:
            return None
        chosen = {i for i in swappable if rng.random() < 0.4} or {rng.choice(swappable)}
        return "".join(self.DIGITS[c.lower()] if i in chosen else c for i, c in enumerate(latin))


# Counterfeit offers: seller account name, title, description; {w} the mark as written, {p} goods.
OFFERS_3 = [
    ("潮流工厂店", "{w}{p} 顶级复刻 细节对比正品", "支持实物对比 不满意包退 私信发实拍视频"),
    ("阿杰海外", "{w} 原厂代工{p} 同一条流水线出来的", "渠道货 价格美丽 需要的滴滴我"),
    ("源头厂家小林", "源头工厂直供 {w}{p}", "纯原版本 专柜品质 拍下48小时内发货"),
    ("好物种草机", "{w} {p} 1:1做工 懂的来", "高品质仿品 和专柜一模一样 走量价"),
    ("精品货源总仓", "{w}{p}超A货 一手货源", "招代理 一件代发 微信同号"),
    ("欧美奢品汇", "【{w}】{p} 顶级版本", "高仿原版开模 五金logo清晰 拍下备注款式"),
    ("穿搭日记sale", "今日上新 {w}同款{p}", "仿大牌 做工对标正品 三件包邮"),
    ("老周说货", "{w}{p} 复刻款 三年质保", "v我看实拍 顺丰到付"),
    ("跨境尾货清仓", "{w} 尾单{p} 清仓甩卖", "外贸原单 跟正品没区别 数量有限先到先得"),
    ("批发小王", "{w}高仿{p}批发 一件也是批发价", "评论区扣1 我私你"),
    ("小众宝藏铺", "出街不怕被认出 {w}{p}", "精仿版 和正品放一起分不出来 加v看更多"),
    ("直播间福利", "{w}{p} 福利款", "正品同厂 A货里的天花板 直播间专属价"),
    ("莆田老乡", "{w} {p} 莆田货 过验版", "识货的来 私聊报价"),
    ("省钱小能手", "{p}平替 {w}一比一", "只要正品价格的零头 下单就送运费险"),
]
# Resale with proof of purchase, written by individuals.
RESALE_3 = [
    ("闲置小仓库", "出闲置 {w}{p} 专柜购入 九成新", "附专柜小票和发票 可验货 不议价"),
    ("搬家清仓中", "搬家转卖自用{w}{p}", "去年的生日礼物 用过几次 保真 可走平台验货"),
    ("二手好物分享", "二手{w}{p} 有购买凭证", "官网订单截图可看 同城可面交"),
    ("学生党回血", "回血出{w}{p}", "全新未拆封 年会抽奖中的 带原包装和保卡 小票齐全"),
    ("闲鱼常驻选手", "{w}{p} 自用闲置转", "专柜买的 发票在 支持第三方鉴定 鉴定费我出"),
    ("宝妈闲置", "孩子用不上了 {w}{p} 低价转", "京东自营买的 有订单记录 成色看图"),
    ("断舍离进行时", "断舍离 {w}{p} 便宜出", "正品 购买记录可查 不退不换 介意勿拍"),
    ("换季清衣柜", "{w}{p} 只用过一次", "商场专柜买的 吊牌小票都在 诚心要的来"),
]
# Consumer warnings: viewers and reviewers telling others how not to be cheated.
WARNINGS_3 = [
    ("避坑指南", "买{w}{p}一定要去官方渠道", "别贪便宜在直播间买所谓的一比一高仿 我已经踩过坑了"),
    ("打假小分队", "揭秘{w}{p}假货产业链", "莆田工厂一比一复刻 连防伪码都能做 大家擦亮眼睛"),
    ("生活小妙招", "三招教你分辨{w}{p}真假", "看做工 看包装 查防伪 A货再像也有破绽"),
    ("被坑的小刘", "网上买的{w}{p}竟然是A货", "拿去专柜一验才知道是高仿 已经投诉了 大家小心"),
    ("消费提醒", "提醒：低价{w}{p}多为仿冒品", "市场监管部门提示 原价几千的东西卖几十块 十有八九是假货"),
    ("鉴定师阿敏", "{w}{p}真假对比 高仿也能一眼看出", "左边正品右边复刻 细节差别都标出来了"),
]
# Reviews and news that name the mark plainly.
REVIEWS_3 = [
    ("数码测评君", "{w}新款{p}开箱测评", "用了两周的真实感受 优点缺点都说清楚"),
    ("财经早知道", "{w}起诉多家售假商家 索赔百万", "法院一审判决 被告立即停止销售仿冒{w}商品"),
    ("本地新闻", "海关查获一批假冒{w}{p}", "涉案货值超过两百万 已移交公安机关"),
    ("买前必看", "{w}{p}值不值得买？", "和同价位的几款横向对比了一下 说说我的看法"),
    ("品牌故事", "{w}是怎么火起来的", "从一个小品牌做到家喻户晓 聊聊它的营销"),
    ("开箱日记", "终于入手{w}{p}啦", "官方旗舰店下单的 包装很精致 第二天就到了"),
]
# The authorised shop's own posts: its own mark, often warning about fakes.
AUTHORISED_3 = [
    ("{w}官方授权专卖店", "本店{w}{p}均为正品", "支持专柜验货 谨防高仿 认准官方授权"),
    ("{w}授权经销商", "新款{w}{p}到店", "市面上所谓一比一复刻的都是假货 请到正规门店购买 包邮"),
    ("{w}品牌授权店", "{w}{p}618活动开始啦", "全场正品 假一赔十 拍下立减"),
    ("{w}官方授权专卖店", "教大家识别假冒{w}", "最近很多顾客买到A货来店里问 正品有防伪码可查"),
    ("{w}授权经销商", "{w}{p}现货 欢迎咨询", "本店不卖高仿 不卖原单 只卖正品 发票齐全"),
]
# Ordinary words that read like a mark (toneless pinyin), in ordinary sentences next to 复刻 / 1:1.
SOUND_ALIKES_3 = [
    ("化为", "美术馆一比一复刻名画", "让千年前的山水化为眼前实景"),
    ("划为", "老师把这三章划为重点", "复刻往年真题 一比一还原考场节奏"),
    ("话未", "他话未说完就笑场了", "复刻经典喜剧片段 原班人马再演一次"),
    ("隔离", "隔离第七天 在酒店复刻妈妈的红烧肉", "电饭锅也能做 1:1还原家里的味道"),
    ("隔离", "平价隔离霜能不能一比一复刻大牌妆效", "实测三款 结果有点意外"),
    ("的复", "对经典的复刻", "老上海弄堂一比一还原 拍照太出片了"),
    ("得付", "租房得付押一付三吗", "1:1复刻的合同模板分享给大家"),
    ("自然糖", "一比一复刻网红蛋糕", "不加白砂糖 只用水果里的自然糖分"),
    ("老风箱", "复刻老风箱", "一比一还原农村土灶 小时候的味道回来了"),
    ("低凹", "暴雨后低凹路段积水严重", "一比一复刻的城市排水模型演示给你看"),
    ("钓鱼", "一比一复刻老式钓鱼竿", "竹子做的 爷爷当年就用这个"),
    ("老历史", "一比一复刻老历史", "明清街巷微缩模型 每块砖都是手工烧的"),
    ("劳力是", "种地最贵的不是化肥 劳力是大头", "复刻爷爷那一代的农具 体验一天就累瘫"),
    ("菲利普", "菲利普亲王纪念展", "1:1复刻的礼服和勋章都在展厅里"),
    ("万死", "复刻经典台词 臣万死不辞", "古装剧名场面 一比一还原"),
    ("口吃", "口吃的小男孩复刻了演讲名场面", "一比一还原国王的演讲 太感人了"),
    ("包隔离", "政府包隔离的那些天", "我在房间里一比一复刻了老家的凉皮"),
    ("莲香", "十里荷塘莲香扑鼻", "一比一复刻苏州园林 周末带娃去逛"),
    ("连响", "除夕鞭炮连响", "复刻儿时的年味 1:1还原老家的院子"),
    ("种花", "阳台种花一年的变化", "一比一复刻日式庭院 预算不到五百"),
    ("用久", "铁锅用久了会生锈吗", "复刻外婆的铁锅保养法 一比一照做"),
    ("打包", "吃不完打包带走", "回家一比一复刻饭店的糖醋排骨"),
    ("大包", "大包小包回老家过年", "复刻儿时年夜饭 1:1还原奶奶的手艺"),
    ("白毛", "白毛浮绿水 红掌拨清波", "1:1复刻课本里的那只鹅 孩子看呆了"),
    ("白茅", "山坡上的白茅开花了", "复刻古人的草屋 一比一搭了一个"),
]
# Common-word marks in their ordinary sense, some next to the mark's own product cue.
COMMON_SENSE_3 = {
    "联想": [("看到这台旧电脑让我联想到小时候", "一比一复刻的九十年代书房"),
             ("由一个词联想到一首歌", "复刻经典老歌 1:1还原原唱编曲"),
             ("这个设计很容易让人产生联想", "复刻展海报一比一还原")],
    "中华": [("中华传统美食 一比一复刻宫廷点心", "跟着古籍做 步骤超详细"),
             ("中华田园犬的一天", "复刻狗狗的日常 1:1还原它的表情包"),
             ("中华上下五千年", "复刻课本插图 一比一还原历史场景")],
    "凤凰": [("骑自行车游凤凰古城", "一比一复刻沈从文笔下的边城"),
             ("敦煌壁画里的凤凰", "复刻千年色彩 1:1临摹"),
             ("凤凰花开的季节", "复刻毕业照 一比一还原十年前的合影")],
    "永久": [("这辆自行车我要永久珍藏", "爷爷留下的老车 复刻当年的车筐"),
             ("永久免费的修图教程", "一比一复刻电影色调"),
             ("友谊是永久的", "复刻我们的第一张合照 1:1还原")],
    "大宝": [("大宝二宝的儿童面霜分享", "冬天一比一复刻医院护士教的涂法"),
             ("我家大宝今天上小学了", "复刻他三岁时的照片 1:1还原"),
             ("大宝学会了自己骑单车", "复刻爸爸小时候的同款照片")],
    "白猫": [("白猫打翻了洗衣粉", "一比一复刻它的犯罪现场哈哈"),
             ("收养了一只小白猫", "复刻网红猫窝 1:1还原"),
             ("白猫黑猫 抓到老鼠就是好猫", "复刻经典老照片")],
}


def third_held_out(seed: int = 47) -> list[Case]:
    """The ``held_out_3`` part: held-out brands of MARKS and NEW_MARKS, own phrasing and spellings."""
    rng = random.Random(seed)
    writer = Spellings3()
    brands = [b for b in suite_brands() if part(b.mark) == "held_out"] + held_out_3_brands()
    out: list[Case] = []

    def add(family: str, brand: Brand | None, account: str, name: str, title: str,
            text: str, **values: str) -> None:
        out.append(Case(family, "held_out_3", brand, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    for brand in brands:
        mark = brand.mark
        latin = brand.aliases[0] if brand.aliases else ""
        goods = brand.context_words or GOODS_3[mark]
        written: dict[str, list[str]] = defaultdict(list)
        written["no_evasion"] = [mark, mark] + ([latin, latin] if latin else [mark, mark])
        written["separators"] = [writer.separated(mark, rng) for _ in range(3)] + [
            writer.separated(latin.upper() if rng.random() < 0.5 else latin, rng)
            if latin else writer.separated(mark, rng)]
        written["pinyin"] = [writer.pinyin(mark, rng) for _ in range(4)]
        if 2 <= len(mark) <= 4:
            written["initials"] = [writer.initials(mark, rng) for _ in range(4)]
        written["homophones"] = [w for w in (writer.homophone(mark, rng) for _ in range(4)) if w]
        if latin:
            written["confusables"] = [w for w in (writer.confusable(latin, rng) for _ in range(4))
                                      if w]
            written["digit_swaps"] = [w for w in (writer.digit_swap(latin, rng) for _ in range(4))
                                      if w]
        for family, spellings in written.items():
            for spelling in spellings:
                name, title, text = rng.choice(OFFERS_3)
                add(family, brand, "seller", name, title, text, w=spelling, p=rng.choice(goods))
        for family, templates, count in (("resale", RESALE_3, 4), ("consumer_warnings",
                                          WARNINGS_3, 3), ("reviews_news", REVIEWS_3, 3)):
            for name, title, text in rng.sample(templates, count):
                shown = latin if latin and rng.random() < 0.3 else mark
                add(family, None, "viewer", name, title, text, w=shown, p=rng.choice(goods))
        for name, title, text in rng.sample(AUTHORISED_3, 4):
            add("authorised_own_posts", None, f"{mark}授权店", name, title, text,
                w=mark, p=rng.choice(goods))
        for title, text in COMMON_SENSE_3.get(mark, ()):
            add("common_word_ordinary_sense", None, "viewer", "随手记录", title, text)
    for alike, title, text in SOUND_ALIKES_3:
        add("ordinary_sound_alikes", None, "viewer", "生活碎片", title, text)
    return out


# -- fifth round's tuning (issue 13): new tune templates for the classes held_out_3's per-family
# counts showed failing (consumer warnings, reviews with a buyer's words, ordinary sound-alikes and
# common-word marks next to 复刻/1:1, initials, homophones, confusables). Tune brands only; written
# without reading held_out_3's cases.
WARNINGS_5 = [
    ("反诈宣传员", "{w}{p}假货泛滥 怎么买才放心", "直播间九块九的一比一复刻全是假的 官方旗舰店才有保障"),
    ("避雷小分队", "避雷！这家店的{w}是高仿", "收到货发现做工粗糙 客服还说是原单 大家别上当"),
    ("法律小课堂", "卖高仿{w}{p}犯法吗", "销售假冒注册商标的商品罪 最高可判十年"),
    ("鉴定小站", "{w}{p}鉴定：这件是莆田货", "粉丝寄来鉴定 结论是仿品 标签字体不对"),
    ("品牌方声明", "关于网传低价{w}{p}的声明", "近期有不法商家冒用我司名义销售假货 请通过正规途径购买"),
    ("踩坑实录", "花三百买了个假{w}{p}", "朋友圈代购说是专柜正品 结果是A货 钱要不回来了"),
    ("理性消费", "为什么不建议买复刻{w}", "质量没保障 售后没有 还可能违法 真喜欢就攒钱买正品"),
]
REVIEWS_5 = [
    ("好物测评", "{w}{p}用了一个月", "趁双十一优惠入手的 说说真实体验"),
    ("开箱达人", "{w}{p}开箱", "官方旗舰店下单 包邮 第二天就到了"),
    ("新闻速递", "{w}发布新一代{p}", "据悉售价与上一代持平 下月开售"),
    ("行业观察", "{w}去年营收创新高", "财报显示{p}销量增长三成"),
    ("对比控", "{w}和同价位竞品对比", "价格差不多 做工谁更好 看完再下单"),
]
INITIALS_OFFERS_5 = [
    ("鞋王阿飞", "{w} {p} 高仿 细节拉满", "需要的私"),
    ("工厂一手", "原厂{w}{p} 1:1", "全国包邮"),
    ("小姐姐的店", "{w}家的{p} 复刻版", "喜欢的宝子看过来"),
    ("潮货仓库", "【{w}】{p}纯原", "对比专柜 放心入"),
    ("同城好货", "{w}同款{p} A货", "到手价 私聊"),
    ("出口转内销", "{w} {p}尾单货", "外贸工厂 数量不多"),
]
OFFERS_5 = [
    ("高端定制", "{w}{p} 顶级复刻 原版一致", "不是正品 介意勿拍 包邮"),
    ("潮人衣橱", "{w} {p} 超A 做工细", "喜欢的话加v"),
    ("货真价实小店", "{w}{p}高仿版", "和专柜一样 三天发货"),
    ("工厂直营", "{w} 一比一{p}", "代工厂流出 价格美丽"),
]
SOUND_ALIKES_5 = [   # (toneless reading of a tune mark, text)
    ("小孩儿们一比一复刻了爸妈的婚纱照", "太有爱了"),
    ("大江大河 1:1复刻的水利模型", "科技馆新展厅"),
    ("年会中大奖 复刻去年的节目", "一比一还原"),
    ("打酱油的小朋友", "复刻经典广告 1:1还原"),
    ("东北大酱的做法", "一比一复刻姥姥的味道"),
    ("靠毅力一比一复刻了整座城堡", "积木玩家的三个月"),
    ("一粒米上的复刻", "微雕艺术 1:1还原清明上河图"),
    ("婚礼回礼一比一复刻网红伴手礼", "成本不到十块"),
    ("风筝飞了", "复刻童年 1:1还原小时候的放风筝"),
    ("费了好大劲", "才一比一复刻出来的蛋糕"),
    ("这手艺没得说", "一比一复刻宫廷菜"),
    ("一头猛牛冲过来", "复刻斗牛名场面 1:1还原"),
    ("哇哈哈哈", "一比一复刻小品名场面"),
]
COMMON_SENSE_5 = {
    "美的": [("美的不像话的晚霞", "一比一复刻到画布上"), ("空调房里复刻夏日冰饮", "颜色美的像画")],
    "长城": [("长城脚下的民宿", "一比一复刻明代城墙"), ("开汽车自驾去长城", "复刻爸妈当年的合影 1:1还原")],
    "大白兔": [("画了一只大白兔", "1:1复刻童年绘本")],
    "白象": [("泰国寺庙里的白象", "一比一复刻壁画")],
    "红牛": [("斗牛场上的红牛", "一比一复刻西班牙海报")],
    "熊猫": [("熊猫宝宝吃竹子", "一比一复刻熊猫基地"), ("电视里看到的熊猫", "1:1复刻成玩偶")],
}


def tuning_round_five(seed: int = 59) -> list[Case]:
    """The fifth round's tune cases (tune brands, the held_out_3 spelling writers, new phrasing)."""
    rng = random.Random(seed)
    writer = Spellings3()
    out: list[Case] = []

    def add(family: str, brand: Brand | None, account: str, name: str, title: str,
            text: str, **values: str) -> None:
        out.append(Case(family, "tune", brand, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        mark = brand.mark
        latin = brand.aliases[0] if brand.aliases else ""
        goods = brand.context_words or tuple(PRODUCTS)
        for family, templates in (("consumer_warnings", WARNINGS_5), ("reviews_news", REVIEWS_5)):
            for name, title, text in rng.sample(templates, 2):
                add(family, None, "viewer", name, title, text, w=mark, p=rng.choice(goods))
        if 2 <= len(mark) <= 4:
            for _ in range(2):
                name, title, text = rng.choice(INITIALS_OFFERS_5)
                add("initials", brand, "seller", name, title, text,
                    w=writer.initials(mark, rng), p=rng.choice(goods))
        for spelled in filter(None, (writer.homophone(mark, rng) for _ in range(2))):
            name, title, text = rng.choice(OFFERS_5)
            add("homophones", brand, "seller", name, title, text, w=spelled, p=rng.choice(goods))
        if latin:
            for spelled in filter(None, (writer.confusable(latin, rng) for _ in range(2))):
                name, title, text = rng.choice(OFFERS_5)
                add("confusables", brand, "seller", name, title, text, w=spelled,
                    p=rng.choice(goods))
        for title, text in COMMON_SENSE_5.get(mark, ()):
            add("common_word_ordinary_sense", None, "viewer", "日常分享", title, text)
    for title, text in SOUND_ALIKES_5:
        add("ordinary_sound_alikes", None, "viewer", "日常分享", title, text)
    return out


# Second pass of the fifth round (tune only): offers that use look-alike words and selling talk
# but no explicit counterfeit word, common-word marks with words between them and their goods, and
# warnings that quote prices or only give authenticity advice.
LOOKALIKE_OFFERS_5 = [
    ("品质女装", "{w}同款{p} 今日上新", "对标专柜 三件包邮"),
    ("男士好物", "{w} 大牌平替{p}", "原厂代工 需要的私聊"),
    ("源头好货", "{w}代工厂{p}", "同一批料子 下单立减"),
]
COMMON_OFFERS_5 = [
    ("家电直销", "{w} 原厂{p} 一比一", "包邮到家"),
    ("好物推荐", "{w}牌老款{p} 高仿", "私聊价格"),
]
PRICE_WARNINGS_5 = [
    ("理性种草", "专柜三千的{w}{p} 网上三百块钱 可能是真的吗", "别贪便宜 买到的都是高仿"),
    ("正品控", "{w}{p}还是去官方渠道买吧", "那些一比一的东西质量根本没保障"),
    ("过来人", "劝大家别在朋友圈买{w}", "我买过一次 A货 几十元的东西当几千卖"),
]


def tuning_round_five_more(seed: int = 61) -> list[Case]:
    """The fifth round's second tune pass: tune brands only, its own random generator."""
    rng = random.Random(seed)
    writer = Spellings3()
    out: list[Case] = []
    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        goods = brand.context_words or tuple(PRODUCTS)
        product = rng.choice(goods)
        if 2 <= len(brand.mark) <= 4:
            name, title, text = rng.choice(LOOKALIKE_OFFERS_5)
            written = writer.initials(brand.mark, rng)
            out.append(Case("initials", "tune", brand, "seller", name,
                            title.format(w=written, p=product), text.format(w=written, p=product)))
        if brand.common_word:
            for name, title, text in COMMON_OFFERS_5:
                out.append(Case("no_evasion", "tune", brand, "seller", name,
                                title.format(w=brand.mark, p=product),
                                text.format(w=brand.mark, p=product)))
        name, title, text = rng.choice(PRICE_WARNINGS_5)
        out.append(Case("consumer_warnings", "tune", None, "viewer", name,
                        title.format(w=brand.mark, p=product), text.format(w=brand.mark, p=product)))
    return out


# -- held_out_4 (issue 13, sixth round): written before any of that round's tuning -----------------
# A fourth held-out part, since held_out_3's author also wrote the fifth round's tune templates.
# Written by another hand and another method, without reading held_out_3's phrasing: listings as
# sellers post them on Taobao, Xianyu and Douyin, consumer-association and buyer warnings, product
# reviews and news, resale posts, authorised shops' posts, and everyday sentences in which an
# ordinary word sounds like a mark or a common-word mark means its ordinary thing. Spellings come
# from their own generators: homophones are characters ranked by how many of pypinyin's phrases
# use them (not GB2312's levels), look-alike letters from a hand map of Cyrillic/Greek letters as
# keyboards type them (not Unicode's table), digit swaps from l33t spelling, initials and pinyin in
# styles of their own. Brands: the held-out split of MARKS, NEW_MARKS, and twelve marks never
# loaded before (NEW_MARKS_4). Report it by counts only; do not read its cases or tune on it.
NEW_MARKS_4 = [  # mark, Latin name (or ""), common word, product cues (held_out_4 only)
    ("蜜雪冰城", "MIXUE", False, ()), ("舒肤佳", "Safeguard", False, ()),
    ("九阳", "Joyoung", False, ()), ("苏泊尔", "SUPOR", False, ()),
    ("太平鸟", "PEACEBIRD", False, ()), ("老干妈", "", False, ()),
    ("海天", "", True, ("酱油", "蚝油", "调味品")), ("小天鹅", "LittleSwan", True, ("洗衣机", "烘干机")),
    ("红豆", "Hodo", True, ("衬衫", "内衣", "西服")), ("长虹", "Changhong", True, ("电视", "空调")),
    ("好孩子", "goodbaby", True, ("婴儿车", "童车", "安全座椅")),
    ("蓝月亮", "", True, ("洗衣液", "洗手液")),
]
GOODS_4 = {
    "华为": ("手机", "笔记本", "充电器", "手环"), "格力": ("空调", "电暖器"), "德芙": ("巧克力", "礼盒"),
    "农夫山泉": ("矿泉水", "饮用水"), "自然堂": ("面膜", "水乳套装"), "完美日记": ("眼影盘", "粉底液"),
    "老凤祥": ("金镯子", "吊坠"), "迪奥": ("口红", "香水", "墨镜"), "劳力士": ("手表", "绿水鬼"),
    "飞利浦": ("剃须刀", "电动牙刷"), "星巴克": ("随行杯", "咖啡豆"), "优衣库": ("摇粒绒", "T恤"),
    "万斯": ("帆布鞋", "卫衣"), "泡泡玛特": ("盲盒", "手办"), "蔻驰": ("单肩包", "钱包"),
    "安慕希": ("酸奶",), "七匹狼": ("夹克", "皮带"), "欧莱雅": ("精华", "面霜"),
    "施华洛世奇": ("手链", "项链"), "宝格丽": ("戒指", "手镯"), "雅马哈": ("电钢琴", "吉他"),
    "蜜雪冰城": ("果酱", "奶茶原料"), "舒肤佳": ("香皂", "沐浴露"), "九阳": ("豆浆机", "破壁机"),
    "苏泊尔": ("电饭煲", "炒锅"), "太平鸟": ("羽绒服", "卫衣"), "老干妈": ("辣椒酱", "风味豆豉"),
}


def held_out_4_brands() -> list[Brand]:
    """The sixth round's new marks (ids 5200…): loaded next to the others when scoring."""
    return [Brand(5200 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(NEW_MARKS_4)]


# offers as posted: (account name, title, description); {w} the mark as written, {g} the goods
OFFERS_4 = [
    ("潮牌工厂店", "{w}{g} 纯原版本 细节对比专柜", "莆田源头工厂 1:1开模 原厂材料 支持验货 不满意包退 私聊看实拍"),
    ("小美好物", "{w}新款{g}🔥顶级复刻", "和专柜一模一样 朋友都看不出来 懂的来 下单备注款式 48小时发货"),
    ("闲置小铺", "出{w}{g} 原单尾货", "工厂流出的原单 无吊牌 价格美丽 188包邮 不议价"),
    ("", "{w} {g} 高仿 A货", "做工精细 logo五金都到位 需要的加v看图"),
    ("工厂直销", "【{w}】{g} 一比一", "品质对标正品 拿货价199 两件包邮 评论区扣1"),
    ("时尚买手", "{w}同款{g} 公司级", "公司级做工 过得了鉴定 私我拿实拍视频"),
    ("好物分享官", "平价{w}{g}来了 精仿版", "原价好几千 这里两三百 质量杠杠的 点左下角小黄车"),
    ("", "{g} 仿品 介意勿拍", "{w}高品质复刻 非专柜 介意勿拍 包装齐全 送礼有面子"),
    ("海外仓直发", "{w}{g} 原厂代工 尾单", "原厂代工厂出的尾单 跟正品同一条流水线 数量有限 拍下即发"),
    ("", "看看这个{g}和正品的对比", "我家的{w}纯原 对比正品几乎没区别 支持任何平台鉴定 加微信xx8866"),
    ("直播间福利", "今晚9.9秒杀", "直播间9块9秒杀 高仿{w}{g} 手慢无 关注主播不迷路"),
    ("", "大牌{g} 懂得来", "{w} 复刻款 顶级品质 私聊"),
    ("鞋包批发", "{w}{g} 货到付款", "正品级{w} 莆田货 货到付款 支持退换"),
    ("", "{w}{g}超A货 微商同款", "一手货源 招代理 超A货 一件代发"),
]
# consumer warnings: associations, regulators, cheated buyers, anti-counterfeit bloggers
WARNINGS_4 = [
    ("市消费者协会", "消费提示：网购{w}{g}谨防假货",
     "近期有消费者反映在直播间买到的{w}{g}是假冒产品，价格远低于市场价。消协提醒：请通过正规渠道购买，保留购物凭证，发现假货及时投诉。"),
    ("打假博主老张", "揭秘所谓的{w}一比一高仿",
     "所谓一比一高仿都是忽悠人的，{g}做工差一大截。想买{w}还是去官方店，别贪便宜。"),
    ("", "被坑了！买到假{w}{g}",
     "在某平台买的{w}{g}，到手发现是假货，商家还不给退。大家别在来路不明的小店买，血的教训。"),
    ("法治在线", "销售假冒{w}{g}被判刑",
     "警方捣毁一个生产假冒{w}{g}的窝点，涉案金额超百万。律师提醒：销售假冒注册商标的商品属于违法行为。"),
    ("", "教你辨别真假{w}{g}",
     "看防伪码、看做工、看包装，三招辨别真假{w}。专柜上千的东西几十块钱卖，肯定是假的。"),
    ("12315提醒", "购物节消费提醒",
     "买{w}{g}认准官方旗舰店和授权门店，低价高仿、原单尾货的说法多是假货套路。"),
    ("", "千万别买所谓的{w}原单",
     "什么原单、尾单、工厂流出，全是骗人的话术。我朋友花了八百买了个{w}{g}，鉴定是假的。"),
    ("", "{w}{g}防骗指南",
     "有人私信说有{w}内部渠道货低至三折，别信！都是高仿。要买就去官网或者线下专柜。"),
    ("市场监管局", "查获一批假冒{w}{g}",
     "执法人员在某仓库查获假冒{w}{g}两千余件，已立案调查。消费者如发现售假线索可拨打12315举报。"),
]
REVIEWS_4 = [
    ("数码测评君", "{w}{g}上手一个月真实体验", "优点是做工扎实，缺点是价格偏贵。总体推荐，预算够可以冲。"),
    ("财经早知道", "{w}发布三季度财报", "{w}三季度营收同比增长12%，其中{g}业务表现亮眼。"),
    ("", "终于入手了{w}{g}！", "在官方旗舰店买的，包装很精致，颜色比图片好看，给个好评。"),
    ("", "{w}{g}和同价位的对比 哪个更值", "从用料、设计和售后三个方面对比了一下，{w}胜在品控。"),
    ("开箱日记", "开箱｜{w}{g}新款", "专柜买的，附上小票给大家看价格，真的又涨价了。"),
    ("新闻速递", "{w}新店在商场开业", "{w}全国第100家门店今日开业，现场排起长队。"),
    ("", "{w}{g}值不值得买？", "用了半年说说感受，耐用性不错，售后也及时。"),
    ("潮流资讯", "{w}官方复刻九十年代经典{g}", "{w}宣布复刻九十年代的经典款{g}，下月在官网和门店发售。"),
    ("", "给爸妈买的{w}{g}", "爸妈很喜欢，{w}的{g}质量一直靠谱，下次还买。"),
]
RESALE_4 = [
    ("闲置出清", "自用{w}{g} 九成新", "去年专柜买的，有小票和发票，用得少，搬家闲置出。同城可面交验货。"),
    ("", "转卖{w}{g} 全新未拆", "朋友送的用不上，转卖回血。支持任何平台验货。"),
    ("学生党回血", "二手{w}{g} 低价出", "成色如图，有使用痕迹，正品保证可验，价格可小刀。"),
    ("", "{w}{g} 送人未用 便宜出", "礼物重复了，专柜小票在，盒子配件齐全，闲鱼验货担保交易。"),
    ("", "个人闲置 {w}{g}", "自用一年，买了新的所以出，官网购买记录可查。"),
    ("", "低价转{w}{g} 买错了", "只用过一次，不合适转给有缘人，有鉴定证书。"),
]
AUTHORISED_4 = [
    ("{w}授权专卖店", "{w}{g}新品到店",
     "本店为{w}官方授权门店，全国联保。近期发现有人冒用我们的名义卖高仿，请认准本店，谨防一比一复刻的假货。"),
    ("{w}官方旗舰店", "双十一 {w}{g} 限时直降", "官方正品 假一赔十 下单即送赠品 包邮"),
    ("{w}授权店", "如何辨别{w}{g}真假", "市面上的原单、尾单、纯原都是假货，正品只在授权店有售，扫码验真。"),
    ("{w}直营店", "{w}{g}复刻版正式发售", "经典复刻版限量发售，官方渠道购买，拍下48小时发货。"),
    ("{w}官方", "{w}会员日", "会员专享折扣，私聊客服领券，{g}全场包邮。"),
]
# everyday sentences: an ordinary word that sounds like a mark (or holds one's sound across two
# words), next to 复刻 / 1:1 / 一比一 / 高仿 used in their ordinary sense
SOUND_ALIKES_4 = [
    ("毅力打卡", "坚持跑步一百天靠的是毅力，今天复刻了第一天的路线"),
    ("一粒米的故事", "一粒米也不能浪费，奶奶的手艺我一比一复刻下来了"),
    ("孩儿们放学了", "孩儿们最爱的红烧肉，今天1:1复刻外婆的做法"),
    ("化为乌有", "三个月的心血化为乌有，只好从头复刻一遍模型"),
    ("大江大河", "站在江边看大江东去，拍了一组复刻老照片的构图"),
    ("穿搭复刻", "她穿的服装一比一复刻了剧里的造型，太好看了"),
    ("孩子的奥数", "孩子的奥数题1:1复刻了去年的考卷，难度不小"),
    ("零糖果茶", "不加糖，靠水果的自然糖，在家复刻奶茶店的果茶"),
    ("口齿伶俐", "小朋友口齿伶俐，一比一复刻了老师的绕口令"),
    ("工资一万四", "月薪一万四在上海够不够？复刻一下我一个月的开销"),
    ("怜香惜玉", "怜香惜玉这个词怎么用，语文老师1:1复刻了课本的例句"),
    ("阳台种花", "阳台种花第三年，一比一复刻了网红花园的布局"),
    ("大包小包", "大包小包回老家，复刻小时候过年的味道"),
    ("古诗里的画面", "白毛浮绿水，红掌拨清波，孩子1:1复刻了古诗里的画面"),
    ("封侯拜相", "历史剧里封侯拜相的场面，剧组一比一复刻了宫殿"),
    ("家里的凶猫", "家里的凶猫又打翻了杯子，我复刻了它的表情包"),
    ("美得不像话", "这组照片美得不像话，一比一复刻了电影海报"),
    ("网红店为什么能长红", "一家店想长红靠的是口味，这碗面我1:1复刻了"),
    ("久仰大名", "久仰大名，今天终于复刻了您的招牌菜"),
    ("去叔父家", "过年去叔父家吃饭，婶婶复刻了爷爷的拿手菜"),
    ("你老干嘛呢", "你老干嘛呢？在家复刻火锅底料呢"),
    ("大家能看出来吗", "大家能看出来吗，我一比一复刻了妈妈年轻时的发型"),
    ("衬衫的蓝扣子", "衬衫的蓝扣子掉了，照着原来的1:1复刻了一颗"),
    ("网红伴手礼", "旅游带回来的网红伴手礼，回家一比一复刻了一盒"),
    ("打卡网红店", "打卡了三家网红店，高仿的招牌菜都不如自己复刻的"),
    ("种草清单", "最近被种草的小物件，有几个是复刻老物件的设计"),
]
# common-word marks meaning their ordinary thing
COMMON_SENSE_4 = {
    "美的": [("美的瞬间", "记录生活中美的瞬间，一比一复刻老照片"), ("什么是美的", "美术课上讨论什么是美的，老师复刻了名画")],
    "长城": [("爬长城", "第一次爬长城，好汉坡真累，拍了张复刻爸妈当年的合影"), ("长城脚下的村子", "长城脚下的民宿，院子1:1复刻了老北京四合院")],
    "大白兔": [("我家大白兔", "养了一只大白兔，每天吃胡萝卜"), ("大白兔跑了", "邻居家的大白兔跑到我家菜地了")],
    "白象": [("泰国看白象", "在清迈看到了白象，当地人说白象是吉祥的象征")],
    "红牛": [("斗牛表演", "斗牛场上一头红牛冲了出来，全场惊呼")],
    "熊猫": [("成都看熊猫", "在基地看熊猫吃竹子，一比一复刻了熊猫的憨态做了个蛋糕"), ("熊猫宝宝", "熊猫宝宝满月了，饲养员发了视频")],
    "联想": [("联想记忆法", "背单词用联想记忆法，效率高很多"), ("由此联想", "看到这幅画让我联想到了童年，复刻了一张同款照片")],
    "中华": [("中华美食", "中华美食博大精深，今天复刻一道宫廷菜"), ("中华文化", "中华文化课上学了剪纸，孩子一比一复刻了窗花")],
    "凤凰": [("凤凰古城", "凤凰古城的夜景太美了，沱江边复刻了一张老明信片的角度"), ("凤凰涅槃", "凤凰涅槃，浴火重生，这段舞蹈复刻了经典")],
    "永久": [("永久保存", "这些照片我要永久保存，1:1复刻了相册"), ("永久免费", "这个软件永久免费，不用充会员"),
           ("永久的纪念", "一比一复刻了结婚照，作为永久的纪念")],
    "大宝": [("大宝二宝", "大宝今天上学了，二宝在家哭"), ("我家大宝", "我家大宝会自己做饭了，复刻了我做的番茄炒蛋"),
           ("二胎日常", "大宝的旧衣服给二宝穿，尺码刚好，闲置的玩具也包邮寄给了表妹")],
    "白猫": [("捡到一只白猫", "楼下捡到一只小白猫，已经带去打疫苗了"), ("白猫黑猫", "不管白猫黑猫，抓到老鼠就是好猫"),
           ("白猫领养", "三个月大的白猫找领养，已驱虫，仅限同城")],
    "海天": [("海天一色", "站在海边，海天一色，太治愈了"), ("海天相接", "飞机上看海天相接的地方，复刻了一张壁纸")],
    "小天鹅": [("芭蕾小天鹅", "女儿跳了四小天鹅，一比一复刻了舞台服装"), ("湖里的小天鹅", "公园湖里来了几只小天鹅，好多人拍照")],
    "红豆": [("红豆沙", "冬天来一碗红豆沙，复刻妈妈的做法"), ("红豆生南国", "红豆生南国，春来发几枝，今天背这首诗")],
    "长虹": [("雨后长虹", "雨后天边挂着一道长虹，太美了"), ("气贯长虹", "这场比赛打得气贯长虹，1:1复刻了上届的战术")],
    "好孩子": [("做个好孩子", "老师说要做个好孩子，不挑食不撒谎"), ("好孩子奖状", "儿子拿了好孩子奖状，高兴得复刻了一张挂床头")],
    "蓝月亮": [("今晚的蓝月亮", "今晚有蓝月亮天象，一个月第二次满月"), ("蓝月亮酒吧", "海边小酒吧叫蓝月亮，1:1复刻了电影里的场景")],
}

# look-alike letters as keyboards type them: Cyrillic and Greek (a hand map, not Unicode's table)
CYRILLIC_GREEK_4 = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ",
    "j": "ј", "h": "һ", "v": "ν", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "I": "І", "S": "Ѕ", "N": "Ν", "Z": "Ζ",
    "J": "Ј", "Y": "Υ",
}
LEET_4 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "g": "9", "z": "2"}
SEPARATORS_4 = ["•", "／", "。", "—", "🌟", "💥", "👟", "＊", "♡", "❀", "→", "  ", "、", "˙", "＿"]


class Spellings4:
    """held_out_4's spellings: homophones ranked by pypinyin phrase use, hand look-alike map."""

    def __init__(self) -> None:
        import unicodedata
        from pypinyin.phrases_dict import phrases_dict
        from pypinyin.pinyin_dict import pinyin_dict

        def toneless(syllable: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFKD", syllable)
                           if not unicodedata.combining(c)).replace("ü", "v")

        use: dict[str, int] = defaultdict(int)
        for phrase in phrases_dict:
            for char in set(phrase):
                use[char] += 1
        by_sound: dict[str, list[str]] = defaultdict(list)
        for code, readings in pinyin_dict.items():
            char = chr(code)
            if use.get(char, 0) < 20:     # characters people write, by phrase use
                continue
            for reading in {toneless(r) for r in readings.split(",")}:
                by_sound[reading].append(char)
        self.by_sound = {s: sorted(chars, key=lambda c: -use[c]) for s, chars in by_sound.items()}

    @staticmethod
    def readings(mark: str, style=None) -> list[str]:
        from pypinyin import Style, lazy_pinyin
        return lazy_pinyin(mark, style=Style.NORMAL if style is None else style, v_to_u=False)

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        sounds = self.readings(mark)
        chars = list(mark)
        # sellers swap one character most often, sometimes all of them
        where = range(len(chars)) if rng.random() < 0.3 else [rng.randrange(len(chars))]
        for index in where:
            pool = [c for c in self.by_sound.get(sounds[index], [])[:12] if c != chars[index]]
            if pool:
                chars[index] = rng.choice(pool)
        written = "".join(chars)
        return written if written != mark else None

    def pinyin(self, mark: str, rng: random.Random) -> str:
        from pypinyin import Style
        plain = self.readings(mark)
        style = rng.randrange(8)
        if style == 0:
            return "".join(plain)
        if style == 1:
            return "".join(s.capitalize() for s in plain)
        if style == 2:
            return " ".join(plain)
        if style == 3:
            return " ".join(self.readings(mark, Style.TONE))
        if style == 4:
            return "".join(self.readings(mark, Style.TONE3))
        if style == 5:
            return " ".join(plain).upper()
        if style == 6:
            return "-".join(plain)
        return "#" + "".join(plain)

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self.readings(mark)]
        style = rng.randrange(7)
        if style == 0:
            return "".join(letters)
        if style == 1:
            return "".join(letters).upper()
        if style == 2:
            return ".".join(letters).upper() + "."
        if style == 3:
            return " ".join(letters)
        if style == 4:
            return letters[0].upper() + "".join(letters[1:])
        if style == 5:
            return "#" + "".join(letters)
        return "/".join(letters).upper()

    @staticmethod
    def separated(word: str, rng: random.Random) -> str:
        if rng.random() < 0.5:
            return rng.choice(SEPARATORS_4).join(word)
        return "".join(c + rng.choice(SEPARATORS_4) for c in word[:-1]) + word[-1]

    @staticmethod
    def look_alike(latin: str, rng: random.Random) -> str | None:
        spots = [i for i, c in enumerate(latin) if c in CYRILLIC_GREEK_4]
        if not spots:
            return None
        chosen = spots if rng.random() < 0.4 else rng.sample(spots, min(len(spots), rng.choice((1, 2))))
        return "".join(CYRILLIC_GREEK_4[c] if i in chosen else c for i, c in enumerate(latin))

    @staticmethod
    def leet(latin: str, rng: random.Random) -> str | None:
        spots = [i for i, c in enumerate(latin) if c.lower() in LEET_4]
        if not spots:
            return None
        chosen = rng.sample(spots, min(len(spots), rng.choice((1, 1, 2))))
        return "".join(LEET_4[c.lower()] if i in chosen else c for i, c in enumerate(latin))


def fourth_held_out(seed: int = 71) -> list[Case]:
    """held_out_4: the held-out MARKS, NEW_MARKS and NEW_MARKS_4, every family (counts only)."""
    rng = random.Random(seed)
    writer = Spellings4()
    out: list[Case] = []

    def add(family: str, brand: Brand | None, account: str, name: str, title: str,
            text: str, **values: str) -> None:
        out.append(Case(family, "held_out_4", brand, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    brands = ([b for b in suite_brands() if part(b.mark) == "held_out"] + held_out_3_brands()
              + held_out_4_brands())
    for brand in brands:
        mark = brand.mark
        latin = brand.aliases[0] if brand.aliases else ""
        goods = brand.context_words or GOODS_4[mark]
        written: dict[str, list[str]] = defaultdict(list)
        written["no_evasion"] = [mark, mark, latin or mark]
        written["separators"] = [writer.separated(mark, rng) for _ in range(3)]
        if latin:
            written["separators"].append(writer.separated(latin.upper(), rng))
        if 2 <= len(mark) <= 4:
            written["initials"] = [writer.initials(mark, rng) for _ in range(3)]
        written["pinyin"] = [writer.pinyin(mark, rng) for _ in range(3)]
        written["homophones"] = [w for w in (writer.homophone(mark, rng) for _ in range(3)) if w]
        if latin:
            for style in (str.upper, str.lower, str.title):
                for family, spell in (("confusables", writer.look_alike),
                                      ("digit_swaps", writer.leet)):
                    spelt = spell(style(latin), rng)
                    if spelt:
                        written[family].append(spelt)
        for family, spellings in written.items():
            for spelt in spellings:
                name, title, text = rng.choice(OFFERS_4)
                add(family, brand, "seller", name, title, text, w=spelt, g=rng.choice(goods))
        for family, templates, count in (("consumer_warnings", WARNINGS_4, 3),
                                         ("reviews_news", REVIEWS_4, 3),
                                         ("resale", RESALE_4, 3)):
            for name, title, text in rng.sample(templates, count):
                add(family, None, "viewer", name, title, text, w=mark, g=rng.choice(goods))
        for index, (name, title, text) in enumerate(AUTHORISED_4):
            account = f"{mark}授权店" if index % 2 == 0 else f"{mark}官方"
            add("authorised_own_posts", None, account, name, title, text, w=mark,
                g=rng.choice(goods))
    for title, text in (text for texts in COMMON_SENSE_4.values() for text in texts):
        add("common_word_ordinary_sense", None, "viewer", "", title, text)
    for title, text in SOUND_ALIKES_4:
        add("ordinary_sound_alikes", None, "viewer", "", title, text)
        add("ordinary_sound_alikes", None, "viewer", "生活记录", title, text.replace("复刻", "还原"))
    return out


# -- sixth round's tune pass (tune brands only) ---------------------------------------------------
# For the classes held_out_4's counts named (homophones with one character swapped for a common
# one, reviews and news, warnings, ordinary sound-alikes, authorised shops' posts); new phrasing,
# held_out_4's cases not read.
OFFERS_6 = [
    ("潮流鞋服", "{w}{p} 渠道货 同厂出", "和专柜同一批次 高版本 可对比 拍下备注"),
    ("", "{w}{p}新款到货 顶级版本", "细节满分 复刻到位 喜欢的宝子私"),
    ("源头厂家", "{p}批发", "精仿{w} 一件也是批发价 支持混批"),
    ("", "福利价 {w}{p}", "原单品质 三折 限时 库存不多"),
    ("微商爆款", "{w}{p} 一比一还原", "朋友圈爆款 高仿必备 私信下单"),
]
REVIEWS_6 = [
    ("测评小站", "{w}{p}用了三个月 说说优缺点", "性价比一般，但质量没问题，专柜价1299。"),
    ("科技日报", "{w}发布新一代{p}", "发布会上{w}公布了新款{p}的售价，起售价3999元。"),
    ("", "{w}经典款{p}复刻回归", "{w}官方宣布经典款{p}复刻回归，粉丝直呼爷青回。"),
    ("", "{w}{p}同款穿搭", "博主同款，链接在官方店铺，不是广告。"),
    ("", "{w}{p}平替推荐", "预算不够可以看看这几个国产平替，不是仿品，价格一百多。"),
]
WARNINGS_6 = [
    ("消保委", "{w}{p}消费警示", "有商家以原厂尾单的名义低价销售{w}{p}，实为假冒商品，请消费者提高警惕。"),
    ("", "别再买假{w}了", "直播间九块九的{w}{p}能是真的吗？都是高仿，买了就是交智商税。"),
    ("反诈宣传", "低价{w}{p}骗局", "骗子以低价{w}{p}为诱饵，要求私下转账，收钱后拉黑，请走平台交易。"),
]
AUTHORISED_6 = [
    ("{w}授权体验店", "{w}{p}到店试用", "欢迎到店体验，本店所售均为正品，拒绝高仿，凭发票三包。"),
    ("{w}官方", "{w}{p}售后说明", "非官方渠道购买的复刻品、一比一假货不在保修范围，请认准官方店铺。"),
]
SOUND_ALIKES_6 = [
    ("大将军", "电视剧里的大将军，剧组一比一复刻了铠甲"),
    ("差了一厘米", "差了一厘米没跳过去，明天复刻一下昨天的训练"),
    ("哇哈哈笑死", "哇哈哈哈笑死我了，1:1复刻了猫咪的表情"),
    ("他的爱马是白色的", "他的爱马是白色的，画师一比一复刻了那匹马"),
    ("要反思这件事", "我们要反思这件事，复刻不等于抄袭"),
    ("快乐高兴每一天", "快乐高兴每一天，今天复刻了妈妈的拿手菜"),
    ("传统美德", "尊老爱幼是传统美德，孩子1:1复刻了课本里的插画"),
    ("长成大姑娘", "女儿长成大姑娘了，一比一复刻了她小时候的照片"),
    ("三只松鼠在树上", "公园里三只松鼠在树上抢松果，复刻了童话书的画面"),
    ("给自己加能量", "早餐给自己加能量，1:1复刻了早餐店的煎饼"),
    ("网红伴手礼清单", "出差带回来的伴手礼，网红款的我照着一比一还原了"),
    ("网红打卡", "网红打卡墙其实是复刻了老上海的街景"),
]


def tuning_round_six(seed: int = 83) -> list[Case]:
    """The sixth round's tune cases (tune brands, held_out_4's spelling writers, new phrasing)."""
    rng = random.Random(seed)
    writer = Spellings4()
    out: list[Case] = []

    def add(family: str, brand: Brand | None, account: str, name: str, title: str,
            text: str, **values: str) -> None:
        out.append(Case(family, "tune", brand, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        mark = brand.mark
        goods = brand.context_words or tuple(PRODUCTS)
        for spelled in filter(None, (writer.homophone(mark, rng) for _ in range(3))):
            name, title, text = rng.choice(OFFERS_6)
            add("homophones", brand, "seller", name, title, text, w=spelled, p=rng.choice(goods))
        for family, templates in (("reviews_news", REVIEWS_6), ("consumer_warnings", WARNINGS_6)):
            for name, title, text in rng.sample(templates, 2):
                add(family, None, "viewer", name, title, text, w=mark, p=rng.choice(goods))
        for index, (name, title, text) in enumerate(AUTHORISED_6):
            add("authorised_own_posts", None, f"{mark}授权店" if index == 0 else f"{mark}官方",
                name, title, text, w=mark, p=rng.choice(goods))
    for title, text in SOUND_ALIKES_6:
        add("ordinary_sound_alikes", None, "viewer", "日常分享", title, text)
    return out


# -- held_out_5 (issue 13, seventh round): written before any of that round's tuning -------------
# A fifth held-out part, since held_out_4 was read after round six. Written by a third hand and
# method, from the issue's text and from how listings, warnings, reviews, resale and shop posts
# read on Xianyu, Taobao and Douyin, without reading held_out_3/4 or the tune templates. Its
# homophones come from a hand table of the characters a Chinese IME offers first for a syllable
# (kept only where pypinyin's usual reading of the character alone is that syllable: no rare
# readings), its look-alike letters from the "fancy text" styles sellers paste (Cyrillic twins,
# full-width, circled, mathematical bold / double-struck, small capitals), its separators and
# initials/pinyin styles from sets of its own; ordinary sound-alikes and common-word texts are
# hand-written everyday sentences. Brands: the held-out split of MARKS, NEW_MARKS, NEW_MARKS_4
# and twelve marks never loaded before (NEW_MARKS_5). Report by counts only; never read its
# cases or tune on it.
NEW_MARKS_5 = [  # mark, Latin name (or ""), common word, product cues (held_out_5 only)
    ("王老吉", "", False, ()), ("元气森林", "", False, ()), ("江小白", "", False, ()),
    ("珀莱雅", "PROYA", False, ()), ("万宝龙", "Montblanc", False, ()),
    ("纪梵希", "Givenchy", False, ()),
    ("统一", "", True, ("方便面", "冰红茶", "老坛酸菜")), ("雪花", "", True, ("啤酒", "纯生")),
    ("金丝猴", "", True, ("奶糖", "糖果")), ("黄鹤楼", "", True, ("香烟", "烟")),
    ("六神", "", True, ("花露水", "沐浴露")), ("旺旺", "", True, ("雪饼", "仙贝", "QQ糖")),
]
GOODS_5 = {
    "王老吉": ("凉茶",), "元气森林": ("气泡水", "燃茶"), "江小白": ("白酒",),
    "珀莱雅": ("精华", "面霜"), "万宝龙": ("钢笔", "皮带", "钱夹"), "纪梵希": ("散粉", "口红"),
}


def held_out_5_brands() -> list[Brand]:
    """The seventh round's new marks (ids 5300…): loaded next to the others when scoring."""
    return [Brand(5300 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(NEW_MARKS_5)]


# the characters an IME lists first for each syllable (hand-written; filtered by usual reading)
IME_FIRST = {
    "an": "安按岸暗案", "ao": "奥傲澳袄熬", "ba": "巴八吧爸拔霸", "bai": "白百柏摆拜败",
    "bao": "宝保包报抱饱", "bing": "冰兵饼病并", "chang": "常场厂唱昌尝", "cheng": "城成程诚橙",
    "chi": "吃池驰迟持尺", "da": "大达打答搭", "de": "德得", "di": "迪第帝低弟递",
    "dou": "豆斗逗抖兜", "e": "鹅饿额俄娥", "er": "尔儿二耳而", "fan": "范饭凡帆翻繁",
    "fei": "飞非菲费肥妃", "feng": "凤风峰丰锋蜂", "fu": "福服芙夫富府付", "gan": "干甘感赶敢肝",
    "ge": "格个歌哥阁隔", "ha": "哈", "hai": "海孩害嗨", "hao": "好号豪浩耗",
    "he": "鹤和合河何荷", "hong": "红洪宏虹鸿轰", "hou": "猴后厚候侯", "hua": "华花话化画滑",
    "huang": "黄皇煌谎晃", "ji": "吉记纪集机鸡急", "jia": "家加佳价嘉甲", "jiang": "江将讲奖姜酱",
    "jin": "金进今近锦劲", "jiu": "九久酒就旧救", "ke": "克可科客课刻", "kou": "口扣寇抠",
    "ku": "库酷苦哭裤", "lai": "莱来赖", "lan": "兰蓝篮栏懒烂", "lang": "狼浪朗郎廊",
    "lao": "老劳捞牢姥", "li": "力丽里利立理礼李", "lian": "联连莲脸练恋", "liang": "良亮凉粮两",
    "lin": "林临琳邻淋", "liu": "六流留刘柳", "long": "龙隆笼珑聋", "lou": "楼搂漏陋",
    "luo": "洛罗落络骆", "ma": "马妈吗玛码麻", "mao": "猫毛茅帽冒贸", "mei": "美梅每妹媚",
    "mi": "米蜜密迷秘咪", "mu": "慕木目母幕牧", "niao": "鸟袅", "nong": "农浓弄侬",
    "ou": "欧偶鸥藕呕", "pao": "泡跑炮袍抛", "pi": "匹皮批披屁劈", "ping": "平瓶苹评萍凭",
    "po": "珀破坡婆泼魄", "pu": "浦普铺朴谱扑", "qi": "七奇琪其气齐起", "quan": "泉全权拳券",
    "ran": "然染燃冉", "ri": "日", "sen": "森", "shan": "山杉闪善珊衫", "shen": "神身深申伸沈",
    "shi": "士世石诗时是事实视", "shu": "舒书树叔数熟", "si": "斯思丝司四死", "su": "苏素速酥俗塑",
    "tai": "台太泰态抬", "tang": "堂糖唐汤躺塘", "te": "特", "tian": "天田甜添填",
    "tong": "统同通桶童铜", "wan": "万完玩晚湾碗", "wang": "旺王网望往汪", "wei": "为威维微伟卫味",
    "xi": "希西喜息溪洗熙", "xiang": "祥香想象相翔享", "xiao": "小笑晓校效肖", "xing": "星兴形型醒幸",
    "xue": "雪学血靴薛", "ya": "雅亚牙呀鸭压", "yang": "阳羊洋扬样杨养", "yi": "衣一伊依艺意易亿",
    "yong": "永用勇泳涌", "you": "优有友油游又右", "yuan": "元园原圆源远愿", "yue": "月越悦约岳阅",
    "zhong": "中钟众忠终", "zi": "子自紫资字姿",
}
CYRILLIC_TWINS = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
                  "s": "ѕ", "j": "ј", "h": "һ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н",
                  "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У"}
SEPARATORS_H5 = ["°", "🔥", "💋", "、", "⭐", "♪", "…", "☆", "=", "▪", "◆", "🎀", "🌸", "🖤", "\\",
                "\u200b", " . ", "~", "♥", "·"]
LEET_H5 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "g": "9", "b": "8",
          "z": "2"}


class Spellings5:
    """held_out_5's spellings: IME-first homophones, fancy-text look-alikes, styles of its own."""

    def __init__(self) -> None:
        from pypinyin import lazy_pinyin

        self._read = lazy_pinyin
        # keep a character only if its usual reading alone is the syllable it is listed under
        self.table = {syllable: [c for c in chars if lazy_pinyin(c)[0] == syllable]
                      for syllable, chars in IME_FIRST.items()}

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        """One character swapped (two in about a third of the marks of 2+ characters)."""
        sounds = self._read(mark)
        if len(sounds) != len(mark):
            return None
        spots = list(range(len(mark)))
        rng.shuffle(spots)
        swaps = 2 if len(mark) >= 2 and rng.random() < 0.33 else 1
        chars = list(mark)
        done = 0
        for spot in spots:
            choices = [c for c in self.table.get(sounds[spot], ()) if c != mark[spot]]
            if choices:
                chars[spot] = rng.choice(choices)
                done += 1
            if done == swaps:
                break
        return "".join(chars) if done else None

    def pinyin(self, mark: str, rng: random.Random) -> str:
        from pypinyin import Style, lazy_pinyin

        style = rng.randrange(7)
        if style == 0:
            return "".join(lazy_pinyin(mark))
        if style == 1:
            return "".join(s.capitalize() for s in lazy_pinyin(mark))
        if style == 2:
            return " ".join(lazy_pinyin(mark))
        if style == 3:
            return " ".join(s.capitalize() for s in lazy_pinyin(mark, style=Style.TONE))
        if style == 4:
            return "".join(lazy_pinyin(mark, style=Style.TONE3))
        if style == 5:
            return "-".join(lazy_pinyin(mark)).upper()
        return "".join(lazy_pinyin(mark, style=Style.TONE))

    def initials(self, mark: str, rng: random.Random) -> str:
        from pypinyin import Style, lazy_pinyin

        letters = [s[0] for s in lazy_pinyin(mark, style=Style.FIRST_LETTER)]
        style = rng.randrange(6)
        if style == 0:
            return "".join(letters)
        if style == 1:
            return "".join(letters).upper()
        if style == 2:
            return "-".join(letters).upper()
        if style == 3:
            return " ".join(letters)
        if style == 4:
            return letters[0].upper() + "".join(letters[1:])
        return "".join(l.upper() + "." for l in letters)

    @staticmethod
    def separated(word: str, rng: random.Random) -> str:
        chars = [c for c in word if c != " "]
        if rng.random() < 0.3:
            out = chars[0]
            for char in chars[1:]:
                out += rng.choice(SEPARATORS_H5) + char
            return out
        return rng.choice(SEPARATORS_H5).join(chars)

    @staticmethod
    def look_alike(latin: str, rng: random.Random) -> str | None:
        import unicodedata

        style = rng.randrange(5)
        word = latin if rng.random() < 0.5 else latin.upper()
        if style == 0:   # Cyrillic twins swapped in, every one or one
            spots = [i for i, c in enumerate(word) if c in CYRILLIC_TWINS]
            if not spots:
                return None
            pick = spots if rng.random() < 0.5 else [rng.choice(spots)]
            return "".join(CYRILLIC_TWINS[c] if i in pick else c for i, c in enumerate(word))
        if style == 1:   # full-width
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
        names = {2: "CIRCLED LATIN {case} LETTER {c}", 3: "MATHEMATICAL BOLD {case} {c}",
                 4: "LATIN LETTER SMALL CAPITAL {c}"}
        if style == 3 and rng.random() < 0.5:
            names[3] = "MATHEMATICAL DOUBLE-STRUCK {case} {c}"
        out = ""
        for c in word if style != 4 else word.lower():
            if not c.isalpha():
                out += c
                continue
            try:
                out += unicodedata.lookup(names[style].format(
                    case="CAPITAL" if c.isupper() else "SMALL", c=c.upper()))
            except KeyError:
                out += c
        return out if out != word else None

    @staticmethod
    def leet(latin: str, rng: random.Random) -> str | None:
        spots = [i for i, c in enumerate(latin) if c.lower() in LEET_H5]
        if not spots:
            return None
        pick = set(rng.sample(spots, rng.randint(1, min(2, len(spots))))) if rng.random() < 0.7 \
            else set(spots)
        return "".join(LEET_H5[c.lower()] if i in pick else c for i, c in enumerate(latin))


SELLERS_H5 = ["鞋柜小王", "阿杰潮牌仓", "莆田老林鞋业", "小鱼的好物铺", "海外仓直发", "美妆折扣屋",
             "表哥手表行", "潮流前线", "工厂店阿梅", "小红的好物分享", "档口一手货源", "佳佳严选"]
OFFERS_H5 = [  # name, title, description: {w} the spelling, {g} the goods
    ("{s}", "{w}{g} 一比一复刻 原厂面料", "顶级版本 细节对比专柜 支持验货 拍下48小时发货"),
    ("{s}", "莆田纯原{w}{g}", "档口直发，和正品一模一样，不满意包退，价格私聊"),
    ("{s}", "【超A货】{w}{g} 清仓", "原单尾货，数量有限，直播间秒杀价99元包邮"),
    ("{s}", "{w}同款{g}，高仿精品", "做工好到你不敢信，懂货的来，加V看实拍"),
    ("{s}", "大牌{w}{g}复刻版", "1:1开模，细节到位，送人也看不出来，下单送礼盒"),
    ("{s}", "{w} {g} 厂家直销", "非正品介意勿拍，A货品质，批发零售都可以，量大从优"),
    ("{s}", "出{w}{g}，高仿，九成新", "自己买的精仿，用了两次，便宜出，不议价"),
    ("{s}", "{w}{g}代工厂流出", "原厂代工的仿品，没有吊牌，价格只要专柜一折，现货秒发"),
    ("{s}", "今日上新：{w}{g}", "顶级复刻，公司级，微信私聊下单"),
    ("{s}", "{w}{g}仿品特价", "仿的，但质量不差，学生党福利，满两件包邮"),
    ("{s}", "高品质{w}{g}", "跟正品一比一，区别只有价格，需要的宝子评论区扣1"),
    ("{s}", "{w}{g} 版本对比", "我们家是最高版本，复刻天花板，可以视频验货，包邮"),
    ("{s}", "直播间福利", "{w}{g}高仿款今天只要59，拍下备注颜色"),
    ("{s}", "{g}到货", "{w}原单，一比一，懂的私"),
    ("{s}", "闲鱼捡漏", "{w}{g}A货，做工精细，顺丰包邮"),
]
WARNINGS_H5 = [  # name, title, description: {m} the mark as written, {g} the goods
    ("上海消保委", "315提醒：网购{m}{g}谨防假货", "近期接到多起投诉，低价{m}{g}多为高仿，请通过官方渠道购买"),
    ("被坑的小周", "避雷！买到假{m}{g}了", "在直播间买的，说是一比一复刻，到手做工粗糙，已经举报了，大家别贪便宜"),
    ("打假博主老张", "如何辨别{m}{g}真假", "教大家三招：看防伪码、看走线、看包装，一比一的仿品细节还是会露馅"),
    ("市场监管发布", "警惕！冒充{m}官方的网店", "有商家盗用{m}图片销售假冒产品，消费者发现可拨打12315投诉"),
    ("消费者小李", "{m}{g}三百块？别信", "专柜三千多的东西网上三百块，不是高仿就是翻新，别交智商税"),
    ("法律小课堂", "卖{m}高仿犯法吗", "销售假冒注册商标的商品，数额较大的要追究刑事责任，明知是仿品也不能卖"),
    ("维权记", "举报假货：{m}{g}", "商家承诺正品，鉴定结果是假的，平台已经支持退一赔三"),
    ("理性消费", "关于{m}的“原单”“尾货”", "所谓原单尾货基本都是假的，正品没有这种渠道，买{g}请去专柜"),
    ("妈妈群分享", "提醒大家：{m}{g}有假", "小区团购的{m}{g}是假的，包装和真的差不多，买之前一定要查验"),
    ("数码老王", "别再买所谓的{m}“1:1”了", "这些1:1的{g}不仅是假的，还可能有安全隐患，劣质品起火的新闻不少"),
    ("消费日报", "{m}{g}假货泛滥，怎么防", "认准授权店和官方旗舰店，收到货扫码验真，发现假货保留证据"),
    ("小红避雷", "姐妹们，这家{m}是假的", "某宝那家卖{m}{g}的，评论都是刷的，我买的是仿品，已投诉"),
]
REVIEWS_H5 = [
    ("海关发布", "海关查获假冒{m}{g}两千余件", "近日，某海关在出口货物中查获侵犯{m}商标权的{g}，案件已移交处理"),
    ("法治在线", "警方捣毁制售假冒{m}{g}窝点", "现场查获高仿{m}{g}和商标标识一批，涉案金额超过百万元"),
    ("数码测评君", "{m}{g}开箱测评", "官方旗舰店买的，做工扎实，比上一代好用，缺点是价格偏高"),
    ("开箱狂人", "花了两千买的{m}{g}，值吗", "专柜购入，用了一个月说说真实感受，优点缺点都讲"),
    ("时尚周刊", "{m}经典款官方复刻回归", "{m}宣布将复刻九十年代的经典{g}，下月起在官方门店发售"),
    ("穿搭日记", "{m}{g}平替推荐", "不是仿品也不是高仿，是几个价格更亲民、设计不同的国货牌子"),
    ("财经日报", "{m}去年营收增长", "{m}发布年报，并表示将继续打击假冒侵权，已起诉多家售假商家"),
    ("真假对比实验室", "{m}{g}真假对比", "左边正品右边高仿，拆开看内部做工，一眼就能看出差别"),
    ("本地新闻网", "市场监管局开展打假行动", "在批发市场查扣假冒{m}{g}三百余件，涉事商户被立案调查"),
    ("测评小姐姐", "{m}新款{g}上手一周", "说说优缺点，我是在{m}官网下单的，不是广告"),
    ("法院公告", "{m}商标侵权案宣判", "被告销售假冒{m}{g}，法院判决赔偿经济损失五十万元"),
    ("生活博主", "我的{m}{g}用了三年", "当年专柜买的，现在还很好用，分享一下保养方法"),
]
RESALE_H5 = [
    ("小美的闲置", "闲置{m}{g} 九成新", "专柜购入，有小票和发票，自用爱惜，可以验货"),
    ("二手转让", "转卖{m}{g}", "朋友送的，全新未拆封，原价两千，现价一千二，支持平台验货"),
    ("搬家清仓", "自用{m}{g}低价出", "搬家带不走，正品保证，有购买记录，同城可面交"),
    ("学生党回血", "出个{m}{g}", "去年双十一旗舰店买的，用了几次，配件齐全，附订单截图"),
    ("闲鱼卖家阿琳", "{m}{g} 二手", "官网购买，发票在，支持任何方式鉴定"),
    ("宝妈闲置", "{m}{g} 99新", "买重了一个，专柜小票齐全，可走验货宝，不刀"),
]
AUTHORISED_H5 = [  # account-name, title, description; posted by the authorised or owner account
    ("{m}官方旗舰店", "{m}新款{g}上市", "官方正品，全国联保，警惕低价高仿，认准官方旗舰店"),
    ("{m}授权专卖店", "本店{m}{g}均为正品", "拒绝高仿，假一赔十，每件可扫码验真，下单包邮"),
    ("{m}官方旗舰店", "经典复刻系列发售", "{m}官方复刻九十年代经典{g}，限量发售，今晚八点直播间开抢"),
    ("{m}授权专卖店", "提醒：谨防假冒", "近期有人冒用{m}名义销售一比一仿品，本店是官方授权店，授权书可查"),
    ("{m}官方", "{m}{g}防伪查询方法", "每件{m}{g}都有防伪码，买到仿品请联系我们，我们会协助维权"),
    ("{m}官方旗舰店", "双十一预售", "{m}{g}预售开启，付定金立减，不是仿品不是A货，官方发货"),
]
# everyday sentences in which an ordinary word (or two words) sounds like a mark
SOUND_ALIKE_H5 = [
    "这场大雪很快就化为了水", "他们把这片区域划为了禁区", "在酒店隔离了十四天", "出门前涂了一层隔离霜",
    "孩子凭毅力跑完了全程", "每天一粒维生素C", "伊犁的薰衣草开了", "再走一里路就到了",
    "孩儿他爸今天下厨", "我的父亲年轻时是木匠", "她的服装设计很特别", "这次也算因祸得福",
    "久仰大名，今天终于见到您", "罪该万死的反派终于领了便当", "包了饺子给邻居回礼", "他从小就有点口吃",
    "老中医教我们每天叩齿", "老李是我们村最好的木匠", "大家能不能小声一点", "门口的路面低凹积水",
    "飞了三个小时才到", "这些钱都白费了", "大江东去浪淘尽", "三国里的一员大将",
    "草原上跑过七匹狼", "天下太平鸟语花香", "我的老干妈今年八十了", "三只松鼠在树上抢松果",
    "只要住得舒服家就是港湾", "村口那头猛牛又跑出来了", "弟弟哇哈哈地笑个不停", "昨天本市新增一例",
]
SOUND_ALIKE_FRAMES_H5 = [
    ("日常vlog", "{f}，这期视频一比一还原了当时的场景"),
    ("今日分享", "复刻外婆的拿手菜，{f}"),
    ("随手记", "1:1比例的模型终于拼好了，{f}"),
    ("周末碎碎念", "{f}。仿古建筑复刻得很用心"),
    ("生活记录", "今天复刻了网红蛋糕，{f}"),
    ("科普时间", "高仿真恐龙模型展开幕，{f}"),
]
# common-word marks in their ordinary sense (none of their product cues)
COMMON_SENSE_H5 = {
    "美的": ("最美的风景在路上", "你是我见过最美的人"), "长城": ("周末去爬长城", "不到长城非好汉"),
    "大白兔": ("院子里养了一只大白兔", "小朋友画了一只大白兔"), "白象": ("动物园里有一头白象", "传说中的白象很少见"),
    "红牛": ("村里那头红牛生了小牛", "山坡上吃草的红牛"), "熊猫": ("在成都看大熊猫", "熊猫宝宝在吃竹子"),
    "联想": ("这首歌让我联想到小时候", "看到海就联想到那个夏天"), "中华": ("中华文化博大精深", "振兴中华从我做起"),
    "凤凰": ("凤凰古城的夜景", "山沟里飞出了金凤凰"), "永久": ("这张照片我会永久保存", "景区对老人永久免票"),
    "大宝": ("我家大宝今年上一年级", "大宝带着二宝去公园"), "白猫": ("楼下的白猫生了小猫", "不管黑猫白猫"),
    "海天": ("海天一色的美景", "站在船头看海天相接"), "小天鹅": ("芭蕾舞剧里的小天鹅", "湖面上游着几只小天鹅"),
    "红豆": ("熬了一锅红豆粥", "红豆生南国"), "长虹": ("雨后天边挂着一道长虹", "气贯长虹的书法"),
    "好孩子": ("他是个懂事的好孩子", "做个诚实的好孩子"), "蓝月亮": ("今晚能看到蓝月亮", "一首叫蓝月亮的老歌"),
    "统一": ("全班统一穿校服", "大家统一了意见"), "雪花": ("窗外飘起了雪花", "剪纸剪出六角雪花"),
    "金丝猴": ("在神农架看到了金丝猴", "金丝猴是国家一级保护动物"), "黄鹤楼": ("登上黄鹤楼看长江", "故人西辞黄鹤楼"),
    "六神": ("吓得六神无主", "六神无主地站在门口"), "旺旺": ("小狗旺旺地叫", "祝大家新年旺旺"),
}
COMMON_FRAMES_H5 = [
    ("旅行日记", "{f}，今天的vlog一比一复刻了那天的路线"),
    ("随手拍", "{f}。拍了好多照片"),
    ("手工日常", "{f}，画了一幅一比一的素描"),
    ("周末", "周末随手拍：{f}"),
]


def fifth_held_out(seed: int = 97) -> list[Case]:
    """held_out_5: held-out MARKS, NEW_MARKS, NEW_MARKS_4 and NEW_MARKS_5, every family."""
    rng = random.Random(seed)
    writer = Spellings5()
    out: list[Case] = []

    def add(family: str, brand: Brand | None, account: str, name: str, title: str,
            text: str, **values: str) -> None:
        out.append(Case(family, "held_out_5", brand, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    brands = ([b for b in suite_brands() if part(b.mark) == "held_out"] + held_out_3_brands()
              + held_out_4_brands() + held_out_5_brands())
    for brand in brands:
        mark = brand.mark
        latin = brand.aliases[0] if brand.aliases else ""
        goods = brand.context_words or GOODS_4.get(mark) or GOODS_5[mark]
        written: dict[str, list[str]] = defaultdict(list)
        written["no_evasion"] = [mark, mark, latin or mark]
        written["separators"] = [writer.separated(mark, rng) for _ in range(3)]
        if latin:
            written["separators"].append(writer.separated(rng.choice((latin, latin.upper())), rng))
        if 2 <= len(mark) <= 4:
            written["initials"] = [writer.initials(mark, rng) for _ in range(3)]
        written["pinyin"] = [writer.pinyin(mark, rng) for _ in range(3)]
        written["homophones"] = [w for w in (writer.homophone(mark, rng) for _ in range(3)) if w]
        if latin:
            written["confusables"] = [w for w in (writer.look_alike(latin, rng) for _ in range(2))
                                      if w]
            written["digit_swaps"] = [w for w in (writer.leet(latin, rng) for _ in range(2)) if w]
        for family, spellings in written.items():
            for spelled in spellings:
                name, title, text = rng.choice(OFFERS_H5)
                add(family, brand, "seller", name, title, text, w=spelled, g=rng.choice(goods),
                    s=rng.choice(SELLERS_H5))
        for family, templates in (("consumer_warnings", WARNINGS_H5), ("reviews_news", REVIEWS_H5),
                                  ("resale", RESALE_H5)):
            for name, title, text in rng.sample(templates, 3):
                add(family, None, "viewer", name, title, text, m=mark, g=rng.choice(goods))
        for index, (name, title, text) in enumerate(rng.sample(AUTHORISED_H5, 3)):
            account = brand.owner if name.endswith("官方}") or name == "{m}官方" else f"{mark}授权店"
            add("authorised_own_posts", None, account, name, title, text, m=mark,
                g=rng.choice(goods))
    for fragment in SOUND_ALIKE_H5:
        for title, text in rng.sample(SOUND_ALIKE_FRAMES_H5, 5):
            add("ordinary_sound_alikes", None, "viewer", "路人甲的日常", title, text, f=fragment)
    for phrases in COMMON_SENSE_H5.values():
        for fragment in phrases:
            for title, text in COMMON_FRAMES_H5:
                add("common_word_ordinary_sense", None, "viewer", "小陈的生活", title, text,
                    f=fragment)
    return out


# -- tuning round seven (issue 13): tune brands only, written after held_out_5 was committed -------
# New phrasing for the classes the brief names (talk about fakes with no offer, an authorised
# account's own posts, everyday words sounding like a mark, negation, a brand's own re-issue), never
# held_out_5's templates or words.
ABOUT_FAKES_7 = [  # name, title, description: {m} the mark, {g} the goods
    ("晚间新闻", "{m}打假现场", "执法人员在仓库里发现大量假冒{m}{g}，包装上印着高仿的商标"),
    ("海关在线", "口岸截获侵权{m}{g}", "经权利人确认，这批{g}均为假冒{m}注册商标的商品，海关依法扣留"),
    ("鉴定师阿宽", "{m}{g}怎么分真假", "很多人问我一比一的{m}和正品差在哪，今天用放大镜看给大家"),
    ("网友爆料", "举报假货｜这家店卖假{m}", "收到的{m}{g}是高仿货，商家还不承认，已经提交平台"),
    ("法制频道", "男子网上售卖假{m}{g}被判刑", "其明知是假冒{m}的仿品仍大量销售，获刑三年"),
    ("品牌观察", "{m}起诉售假商家胜诉", "涉案商家销售复刻{m}{g}，被判赔偿"),
    ("好物测评", "{m}{g}正品和A货对比", "买了一个正品一个A货，拆开对比做工，A货的走线明显粗糙"),
    ("开箱记录", "拆开我的{m}{g}", "专柜买的正品，顺便说一下怎么看是不是仿的"),
    ("打假日记", "打假第38天：{m}{g}", "这期去了三个批发市场，一比一的{m}随处可见，提醒大家别买"),
    ("城市晚报", "{m}仿冒品流入夜市", "记者暗访发现，夜市摊位上的{m}{g}售价仅为正品一成，均为仿冒产品"),
    ("知识博主", "为什么{m}高仿屡禁不止", "一双复刻{m}{g}成本几十块，利润高，所以售假的人多，买家要擅于辨别"),
    ("穿搭小课堂", "{m}{g}平替合集", "都不是仿品，是价格友好的原创牌子，拒绝高仿从我做起"),
    ("潮流资讯", "{m}官宣复刻经典配色", "{m}宣布复刻二〇〇五年的经典{g}配色，将在官方渠道限量发售"),
    ("消费者之声", "买{m}{g}被骗了怎么办", "如果买到假货，先保存聊天记录，再找平台客服申请退货退款"),
]
AUTHORISED_7 = [  # account name, title, description
    ("{m}官方店", "{m}{g}正品保障", "我们是{m}官方授权，不卖高仿不卖A货，每件都有防伪标"),
    ("{m}旗舰店", "经典回归：{m}复刻款", "官方复刻的老款{g}今天上架，包邮到家"),
    ("{m}授权经销商", "教你辨别{m}真假", "市面上的一比一仿品很多，认准防伪码，本店支持专柜验货"),
    ("{m}官方", "{m}声明", "近期发现有网店假冒{m}销售仿冒{g}，我司已起诉，请消费者通过官方渠道购买"),
    ("{m}直营店", "新品到店", "{m}新款{g}到店，直播间下单享包邮，假一罚十"),
    ("{m}官方旗舰", "{m}周年庆", "周年庆全场{g}八折，拒绝仿品，只做正品"),
]
SOUND_ALIKE_7 = [
    "我只是来打酱油的", "妈妈做了一锅大酱汤", "这件事我一力承担", "按规定依例办理", "回历新年快到了",
    "多吃点饭加能量", "家里的猫又肥了", "每个人都该做个反思者", "博物馆里有一块始祖鸟化石",
    "亚瑟是圆桌骑士的首领", "三只松鼠从窗前跑过",
]
SOUND_ALIKE_FRAMES_7 = [
    ("手作", "{f}，顺便一比一复刻了老家的灶台"),
    ("家常菜", "照着视频复刻了一道菜，{f}"),
    ("模型日记", "{f}。这个1:1的沙盘做了一个月"),
    ("博物馆", "{f}，展厅里的高仿真复原场景很震撼"),
    ("碎碎念", "{f}，今天还原了小时候的游戏"),
]


def tuning_round_seven(seed: int = 101) -> list[Case]:
    """Tune part, seventh round: talk about fakes, authorised posts, sound-alikes (tune brands)."""
    rng = random.Random(seed)
    out: list[Case] = []

    def add(family: str, account: str, name: str, title: str, text: str, **values: str) -> None:
        out.append(Case(family, "tune", None, account, name.format(**values),
                        title.format(**values), text.format(**values)))

    for brand in suite_brands():
        if part(brand.mark) != "tune":
            continue
        mark = brand.mark
        goods = brand.context_words or tuple(PRODUCTS)
        for name, title, text in rng.sample(ABOUT_FAKES_7, 4):
            family = "consumer_warnings" if "假" in name + title else "reviews_news"
            add(family, "viewer", name, title, text, m=mark, g=rng.choice(goods))
        for name, title, text in rng.sample(AUTHORISED_7, 3):
            account = brand.owner if name == "{m}官方" else f"{mark}授权店"
            add("authorised_own_posts", account, name, title, text, m=mark, g=rng.choice(goods))
    for fragment in SOUND_ALIKE_7:
        for title, text in SOUND_ALIKE_FRAMES_7:
            add("ordinary_sound_alikes", "viewer", "路人乙", title, text, f=fragment)
    return out


# -- tune part, tenth round (issue 13): the classes held_out_7's misses and flags named ------------
# Written for the tenth round's rules, in phrasing of its own (not held_out_7's templates), for the
# tune brands only: English listings, warnings and resale; prices written as numbers and Taobao
# purchase terms; warnings that quote a seller; everyday sentences in which a counterfeit word
# replicates something written after it; homophones with one character swapped for another of the
# same usual reading or for one that has the mark's reading only as a rare one (pypinyin
# heteronyms: what the sixth-round writer and held_out_4's did).
OFFERS_10 = [
    ("Outlet Deals", "{w} {p} super copy", "top grade replica {w} {p}, pm me for price, free shipping"),
    ("", "{w} {p} AAA quality", "{w} {p} aaa copy, wholesale welcome, in stock now"),
    ("Mia closet", "new batch {w} {p} 1:1", "1:1 {w} {p} just landed, order via link in bio"),
    ("直播福利", "{w}{p} 今日19.9", "仿{w}{p} 限时抢 不退不换"),
    ("", "{w}{p} 高版本 ¥88", "和专柜的{w}一样 高仿 看中直接拍 介意慎拍"),
    ("小众工厂", "{w}{p} 复刻款", "{w}复刻 细节满分 私我看图"),
]
WARNINGS_10 = [
    ("Scam Watch", "beware of fake {m} {g}", "fake {m} {g} sold on social media, don't buy from "
     "random sellers"),
    ("", "how to spot a fake {m} {g}", "compare the logo and the stitching before you buy, fakes "
     "are everywhere"),
    ("", "{m}{g}防骗", "有个商家私信我说有{m}内部渠道货 一比一 千万别信"),
    ("避坑日记", "买{m}{g}被骗了", "对方号称包邮正品 收到是高仿 大家别上当"),
    ("", "{m}{g}真假", "那些写着“一比一”“私聊有惊喜”的{m}都是假的 别买"),
]
RESALE_10 = [
    ("", "selling my {m} {g}, barely used", "bought from the {m} store, have the receipt, pickup only"),
    ("Closet cleanout", "pre-owned {m} {g}", "second hand, original receipt, like new"),
]
SOUND_ALIKE_10 = ["山顶上有三只松鼠", "化石馆的始祖鸟标本", "小朋友哇哈哈地笑", "这周大福利来了",
                  "湖边看人扔回力镖", "雨天的大江大河"]
SOUND_ALIKE_FRAMES_10 = [
    ("场景复刻", "{f} 照着电影一比一复刻了这个画面"),
    ("手作日记", "{f}，一比一复刻的小院模型做了三周"),
    ("", "{f} 复刻了一个电影里的妆容"),
]


def _readings_10() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Common characters (GB2312 level 1) by usual toneless reading, and by rare readings only."""
    from pypinyin import Style, pinyin

    usual: dict[str, list[str]] = defaultdict(list)
    rare: dict[str, list[str]] = defaultdict(list)
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                char = bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            readings = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
            usual[readings[0]].append(char)
            for reading in dict.fromkeys(readings[1:]):
                if reading != readings[0]:
                    rare[reading].append(char)
    return usual, rare


def tuning_round_ten(seed: int = 131) -> list[Case]:
    """Tune part, tenth round (tune brands): English and number-priced listings with homophones
    of usual and of rare readings, English and quoting warnings, English resale, everyday
    sentences whose counterfeit word replicates something else."""
    from pypinyin import lazy_pinyin

    rng = random.Random(seed)
    usual, rare = _readings_10()
    out: list[Case] = []
    brands = [b for b in suite_brands() if part(b.mark) == "tune"]
    for brand in brands:
        mark = brand.mark
        goods = brand.context_words or tuple(PRODUCTS)
        for pool in (usual, rare):
            spots = [(i, [c for c in pool.get(reading, ()) if c not in mark])
                     for i, reading in enumerate(lazy_pinyin(mark))]
            spots = [(i, chars) for i, chars in spots if chars]
            if brand.common_word or not spots:
                continue
            at, chars = rng.choice(spots)
            written = mark[:at] + rng.choice(chars) + mark[at + 1:]
            name, title, text = rng.choice(OFFERS_10)
            product = rng.choice(goods)
            out.append(Case("homophones", "tune", brand, f"shop{rng.randrange(10_000)}", name,
                            title.format(w=written, p=product), text.format(w=written, p=product)))
        for family, templates in (("consumer_warnings", WARNINGS_10), ("resale", RESALE_10)):
            name, title, text = rng.choice(templates)
            product = rng.choice(goods)
            out.append(Case(family, "tune", None, f"user{rng.randrange(10_000)}", name,
                            title.format(m=mark, g=product), text.format(m=mark, g=product)))
    for fragment in SOUND_ALIKE_10:
        for title, text in SOUND_ALIKE_FRAMES_10:
            out.append(Case("ordinary_sound_alikes", "tune", None, "viewer", "路人丙", title,
                            text.format(f=fragment)))
    return out


# -- held_out_6 (issue 13, eighth round): written before any of that round's rule changes ----------
# A sixth held-out part, because held_out_5 was read in the eighth round. Written by a fourth hand
# from the issue's families and from how sellers, resellers, viewers, regulators and shops post,
# without reading the guard's rules or the other parts' templates. Brands: the 15 held-out brands
# of MARKS, held_out_4's and held_out_5's marks, and twelve marks never loaded before (six of them
# common words with product cues). Its spellings come from its own writers below: homophones are
# the characters of the same usual reading (tone kept where one exists) that jieba's word counts
# make most common, as an IME would offer them; look-alike letters are fancy-text styles read out
# of Unicode's character names (script, fraktur, monospace, sans-serif, parenthesised, squared,
# modifier letters, Cyrillic/Greek twins from the confusables table); separators, initials,
# pinyin and digit swaps in styles of its own. Report it by counts; never read its cases or tune
# on it.
NEW_MARKS_6 = [  # mark, Latin name (or ""), common word, product cues
    ("格兰仕", "Galanz", False, ()), ("比亚迪", "BYD", False, ()), ("洽洽", "ChaCha", False, ()),
    ("立白", "Liby", False, ()), ("蕉下", "Beneunder", False, ()),
    ("云南白药", "Yunnan Baiyao", False, ()),
    ("骆驼", "", True, ("冲锋衣", "登山鞋")), ("小熊", "", True, ("酸奶机", "电炖锅", "煮蛋器")),
    ("老板", "", True, ("油烟机", "燃气灶")), ("海鸥", "", True, ("手表", "相机")),
    ("飞鸽", "", True, ("自行车", "单车")), ("燕京", "", True, ("啤酒", "纯生")),
]
GOODS_H6 = {
    "格兰仕": ("微波炉", "空气炸锅"), "比亚迪": ("车模", "充电器"), "洽洽": ("瓜子", "坚果"),
    "立白": ("洗衣液", "洗洁精"), "蕉下": ("防晒衣", "遮阳伞"), "云南白药": ("牙膏", "创可贴"),
}
ANY_GOODS_H6 = ("运动鞋", "外套", "包包", "手表", "香水", "面霜", "T恤", "帽子", "钱包", "围巾",
               "耳机", "卫衣")


def held_out_6_brands() -> list[Brand]:
    """The eighth round's new marks (ids 5400…): loaded next to the others when scoring."""
    return [Brand(5400 + i, mark, f"{mark}官方", (latin,) if latin else (), (),
                  frozenset({f"{mark}授权店"}), common, cues)
            for i, (mark, latin, common, cues) in enumerate(NEW_MARKS_6)]


def _fancy_styles() -> list[dict[str, str]]:
    """Letter maps of fancy-text styles, read from Unicode's character names (a style keeps the
    letters Unicode has; a hole such as script capital B falls back to its letterlike name)."""
    import unicodedata

    def style(*prefixes: str) -> dict[str, str]:
        table = {}
        for letter in "abcdefghijklmnopqrstuvwxyz":
            for case, ch in (("CAPITAL", letter.upper()), ("SMALL", letter)):
                for prefix in prefixes:
                    try:
                        table[ch] = unicodedata.lookup(f"{prefix} {case} {letter.upper()}")
                        break
                    except KeyError:
                        continue
        return table

    styles = [style("MATHEMATICAL SCRIPT", "SCRIPT"), style("MATHEMATICAL BOLD FRAKTUR"),
              style("MATHEMATICAL MONOSPACE"), style("MATHEMATICAL SANS-SERIF BOLD ITALIC"),
              style("MATHEMATICAL ITALIC"), style("MATHEMATICAL SANS-SERIF"),
              style("FULLWIDTH LATIN"), style("CIRCLED LATIN")]
    parenthesised = {}
    squared = {}
    small_caps = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        try:
            parenthesised[letter] = unicodedata.lookup(f"PARENTHESIZED LATIN SMALL LETTER {letter.upper()}")
        except KeyError:
            pass
        try:
            squared[letter.upper()] = unicodedata.lookup(f"SQUARED LATIN CAPITAL LETTER {letter.upper()}")
        except KeyError:
            pass
        try:
            small_caps[letter] = unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {letter.upper()}")
        except KeyError:
            pass
    styles += [parenthesised, squared, small_caps]
    modifier = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for name in (f"MODIFIER LETTER CAPITAL {letter.upper()}", f"MODIFIER LETTER SMALL {letter.upper()}"):
            try:
                modifier[letter] = unicodedata.lookup(name)
                break
            except KeyError:
                continue
    styles.append(modifier)
    return [s for s in styles if s]


class Spellings6:
    """held_out_6's own spelling writers."""

    def __init__(self) -> None:
        import jieba
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin

        self._plain = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self._tone = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self._tone3 = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore")
        weight: dict[str, int] = defaultdict(int)
        with jieba.get_dict_file() as handle:
            for line in handle:
                parts = line.decode("utf-8").split()
                if len(parts) >= 2 and parts[1].isdigit():
                    for char in set(parts[0]):
                        if "\u4e00" <= char <= "\u9fff":
                            weight[char] += int(parts[1])
        by_reading: dict[str, list[str]] = defaultdict(list)
        for char in sorted(weight, key=weight.get, reverse=True)[:6000]:
            reading = self._tone3(char)
            if reading:
                by_reading[reading[0]].append(char)
        self.by_reading = by_reading       # toned reading -> characters, most common first
        self.fancy = _fancy_styles()
        twins: dict[str, list[str]] = defaultdict(list)
        for char, entries in load("confusables.json").items():
            if len(char) != 1 or char.isascii():
                continue
            import unicodedata
            name = unicodedata.name(char, "")
            if not (name.startswith("CYRILLIC") or name.startswith("GREEK")):
                continue
            for entry in entries:
                if len(entry["c"]) == 1 and entry["c"].isascii() and entry["c"].isalpha():
                    twins[entry["c"]].append(char)
        self.twins = twins

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        chars = list(mark)
        order = list(range(len(chars)))
        rng.shuffle(order)
        swaps = 2 if len(chars) >= 3 and rng.random() < 0.34 else 1
        changed = 0
        for index in order:
            if changed == swaps:
                break
            reading = self._tone3(chars[index])
            if not reading:
                continue
            toned = reading[0]
            toneless = toned.rstrip("012345")
            pool = [c for c in self.by_reading.get(toned, []) if c != chars[index]][:6]
            if not pool:   # no common character of the same tone: any tone, as an IME's next page
                pool = [c for r in ("1", "2", "3", "4", "")
                        for c in self.by_reading.get(toneless + r, [])[:2] if c != chars[index]]
            if pool:
                chars[index] = rng.choice(pool)
                changed += 1
        return "".join(chars) if changed else None

    def pinyin(self, mark: str, rng: random.Random) -> str:
        syllables = self._plain(mark)
        style = rng.randrange(8)
        if style == 0:
            return "'".join(syllables)                                  # nai'ke
        if style == 1:
            return "".join(syllables).upper()                           # NAIKE
        if style == 2:
            return "-".join(s.capitalize() for s in syllables)          # Nai-Ke
        if style == 3:
            return " ".join(self._tone(mark))                           # nài kè
        if style == 4:
            return " ".join(self._tone3(mark))                          # nai4 ke4
        if style == 5:
            return ".".join(syllables)                                  # nai.ke
        if style == 6:
            return "".join(s.capitalize() for s in syllables)           # NaiKe
        return "".join(syllables)                                       # naike

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self._plain(mark) if s]
        style = rng.randrange(7)
        if style == 0:
            return "".join(letters).upper()                             # NK
        if style == 1:
            return "".join(letters)                                     # nk
        if style == 2:
            return "-".join(letters).upper()                            # N-K
        if style == 3:
            return " ".join(letters).upper()                            # N K
        if style == 4:
            return "(" + "".join(letters).upper() + ")"                 # (NK)
        if style == 5:
            return letters[0].upper() + "".join(letters[1:])            # Nk
        return "“" + "".join(letters).lower() + "”"                     # “nk”

    def separated(self, text: str, rng: random.Random) -> str:
        marks = ["⭐", "◆", "→", "🌸", "▲", "＊", "♣", "🍀", "💎", "=", "#", "…", "\u3000", "^",
                 "♥", "〰", "✔", "•", "🎈", "⚡"]
        if rng.random() < 0.3:
            return "".join(c + rng.choice(marks) for c in text[:-1]) + text[-1]
        gap = rng.choice(marks)
        return gap.join(text)

    def confusable(self, text: str, rng: random.Random) -> str:
        if rng.random() < 0.7:
            table = rng.choice(self.fancy)
            out = "".join(table.get(c, table.get(c.lower(), table.get(c.upper(), c))) for c in text)
            if out != text:
                return out
        letters = list(text)
        spots = [i for i, c in enumerate(letters) if self.twins.get(c)]
        rng.shuffle(spots)
        for i in spots[: max(1, len(spots) // 2)]:
            letters[i] = rng.choice(self.twins[letters[i]])
        return "".join(letters)

    @staticmethod
    def digits(text: str, rng: random.Random) -> str:
        swaps = {"o": "0", "O": "0", "i": "1", "I": "1", "l": "1", "L": "1", "e": "3", "E": "3",
                 "a": "4", "A": "4", "s": "5", "S": "5", "b": "6", "B": "8", "g": "9", "G": "6",
                 "z": "2", "Z": "2", "t": "7", "T": "7"}
        spots = [i for i, c in enumerate(text) if c in swaps]
        if not spots:
            return text
        chosen = set(rng.sample(spots, min(len(spots), rng.choice((1, 1, 2)))))
        return "".join(swaps[c] if i in chosen else c for i, c in enumerate(text))


OFFERS_H6 = [  # account name, title, description ({w} the written mark, {p} the goods)
    ("潮鞋小铺", "{w}{p} 细节对比原版无差", "工厂货源 高仿品质 拍下48小时内发 不支持退换"),
    ("阿杰代购工作室", "【顶级复刻】{w} {p}", "原厂皮料 做工一比一 私聊看实物 小刀勿扰"),
    ("莆田老陈", "{w}{p}莆田货 品质可以", "配件齐全 货到付款 V信 ax2231"),
    ("小美好物分享", "姐妹们这款{w}{p}真的绝了", "跟专柜一模一样的仿款 价格只要零头 需要的滴滴我"),
    ("潮牌折扣仓", "{w} 原单{p} 清仓", "外贸原单 尾货处理 数量不多 99元两件"),
    ("今晚八点开播", "直播间专享 {w}{p}", "高版本 不是正品 介意别拍 直播间下单立减二十"),
    ("精仿名品汇", "{w}{p}精仿版 顶级做工", "和正品放一起分不出来 全国包邮"),
    ("源头工厂直营", "{w}{p} 1:1 工厂直出", "同一条流水线 无标贴牌 零售批发 量大从优"),
    ("优选百货铺", "{w}{p} 顶级版本 现货", "仿原版 细节到位 下单备注颜色 当天发货"),
    ("gogo球鞋", "{w} {p} 纯原版本", "市面最高版本 对比图在主页 私信报价"),
    ("表哥名表行", "{w}{p} 一比一做工", "走时精准 送礼有面 顺丰到付"),
    ("宝妈好物小店", "{w}{p} A货 超划算", "质量跟真的一样 不是正品哈 懂的来 微信同号"),
    ("香香美妆铺", "{w}{p} 仿品 效果差不多", "跟正装一样的包装 价格一折 量大可议 评论区扣1"),
    ("男装搭配馆", "{w}{p} 高仿款", "版型面料和正品无差 专柜几千 这里一百多 拍下即发"),
    ("搬砖小哥", "{w}{p} 原厂代工 品质保证", "同厂出货 没有吊牌 价格美丽 要的私"),
]
REVIEWS_H6 = [
    ("财经早知道", "{w}发布年度财报 营收增长", "公司表示将继续加大研发投入 并持续打击假冒产品"),
    ("小王测评", "{w}{p}上手一周真实体验", "专柜购买 说说优缺点 不吹不黑 喜欢的可以参考"),
    ("法治在线", "警方捣毁制售假冒{w}{p}窝点", "现场查获仿冒商品三千余件 案件正在进一步侦办中"),
    ("开箱达人阿飞", "开箱 {w}新款{p}", "官方旗舰店买的 包装很用心 做工细节给大家看看"),
    ("消费观察", "{w}起诉电商平台商家侵权 法院判赔", "法院认定被告销售的商品侵犯了{w}的注册商标专用权"),
    ("穿搭日记本", "今天穿的是{w}的{p}", "前年在商场专柜买的 穿了两年还挺耐用"),
    ("数码小站", "{w}{p}和同价位产品横评", "实测数据放在视频里了 购买渠道是官网"),
    ("海关发布", "海关查获一批侵犯{w}商标权的{p}", "货物申报为普通商品 经权利人确认为侵权产品 已依法扣留"),
    ("品牌故事会", "{w}的品牌历史你知道多少", "从一家小作坊到家喻户晓 它走了三十年"),
    ("新闻晚报", "{w}新工厂今日投产", "项目总投资二十亿元 预计带动就业两千人"),
    ("生活好物清单", "用了三年的{w}{p} 说说感受", "在官方店买的 质量没得说 就是价格有点高"),
    ("行业观察", "{w}回应网传高仿产品问题", "公司称网传商品并非其生产 已向平台投诉并报警"),
]
WARNINGS_H6 = [
    ("消费者协会", "提醒 网购{w}{p}谨防假货", "低于市场价太多的商品多半是仿冒品 请通过正规渠道购买"),
    ("被坑的小李", "在某平台买的{w}{p}是假的", "卖家说是一比一 收到货做工粗糙 已经申请退款 大家别上当"),
    ("律师说法", "卖高仿{w}{p}要承担什么责任", "销售假冒注册商标的商品 情节严重的可能构成犯罪"),
    ("鉴定师老周", "教你分辨{w}{p}真假", "看走线 看标签 看防伪码 三个细节识别仿品"),
    ("理性消费", "几十块的{w}{p}你也敢买", "正品专柜价上千 几十块的只能是A货 别贪便宜"),
    ("打假博主", "实测直播间的{w}{p}", "送检结果出来了 是假货 主播还说是原单 已向平台投诉"),
    ("市场监管局", "关于{w}仿冒商品的消费提示", "近期接到多起投诉 有商家以原厂尾单名义销售假冒{w}{p}"),
    ("宝妈日常", "差点买到假{w}{p}", "朋友圈代购说是正品 价格便宜一半 问了官方客服才知道是高仿"),
    ("避坑指南", "{w}{p}的这些店千万别买", "所谓的莆田纯原就是假货 买正品去官方旗舰店"),
    ("学法小课堂", "买到假冒{w}{p}能退一赔三吗", "经营者明知是假货还销售 消费者可以主张惩罚性赔偿"),
    ("315晚会回顾", "{w}{p}造假产业链曝光", "记者暗访发现 有工厂公开接单生产仿冒{w}产品"),
]
RESALE_H6 = [
    ("闲鱼用户小陈", "自用{w}{p} 九成新", "去年专柜买的 小票还在 用过两次 不合适出了"),
    ("搬家清闲置", "转让{w}{p} 有购买凭证", "官网订单截图可查 可以走平台验货 不退不换"),
    ("毕业清仓的学姐", "二手{w}{p} 便宜出", "保真 有发票 同城可面交"),
    ("宝宝用品转让", "出闲置{w}{p}", "别人送的没拆封 有专柜小票 原价出一半"),
    ("二手奢品寄卖", "寄卖 {w}{p}", "经过专业鉴定 附鉴定证书 支持复检"),
    ("断舍离进行中", "{w}{p}低价转", "自己用的 买多了 吊牌都在 闲置转卖"),
]
AUTHORISED_H6 = [  # posted by the owner's or an authorised account ({w} its own mark)
    ("{w}官方旗舰店", "{w}新品{p}上市", "本店为品牌授权店 拒绝高仿 假一赔十 正品保障"),
    ("{w}授权专卖", "认准{w}正品 谨防假冒", "近期发现有人冒用我们的店名卖仿品 请认准官方账号"),
    ("{w}官方", "{w}经典{p}复刻回归", "应大家呼声 我们复刻了二十年前的经典款 限量发售"),
    ("{w}官方旗舰店", "{w}{p}直播秒杀", "官方正品 全国联保 下单即送礼品 包邮"),
    ("{w}品牌店", "如何查询{w}{p}防伪码", "每件商品都有唯一防伪码 扫码即可验证真伪 仿冒的查不到"),
    ("{w}官方", "{w}打假公告", "对于销售假冒{w}商品的店铺 我们已提起诉讼"),
]
SOUND_ALIKE_H6 = [  # everyday sentences holding a loaded mark's sound or its own characters
    "李白的诗我从小背到大", "恰恰相反，他一点都不累", "脚下的路还很长，慢慢走",
    "所有的努力都化为了泡影", "小区隔离了三天终于解封", "孩儿们都放学回家了",
    "一粒米也不能浪费", "这次摔跤真是因祸得福", "一头猛牛冲进了菜地", "收到邻居的回礼很感动",
    "这个问题专家能解释清楚吗", "他的工资涨到了一万四", "费了好大劲才把柜子搬上楼",
    "衬衫上的蓝扣子掉了一颗", "现在请劳力实在太贵了", "金庸小说里的九阳神功",
    "王老急得团团转", "这沙发坐着舒服价格也不贵", "那会儿公司包隔离的费用",
    "三国里的大将关羽", "水果里的自然糖分更健康", "周大夫的医术很高明", "亚瑟是圆桌骑士的首领",
    "他是个音乐高手", "做一个善于反思者", "这个手机壳很耐磕", "就按他说的做吧",
    "古池塘边的柳树发芽了", "苏格兰是英国的一部分", "小狗天天狂喂也不胖", "吓得我六神无主",
    "康复师傅每天上门做理疗",
]
SOUND_ALIKE_FRAMES_H6 = [  # title, description ({s} the sentence)
    ("{s}", "周末在家一比一还原了妈妈的拿手菜"),
    ("{s}", "照着老照片1:1复刻了爷爷的木工台"),
    ("{s}", "想把这段记忆原样复刻进日记里"),
    ("{s}", "这个高仿真沙盘做了整整三个月"),
    ("{s}。今天一比一复刻了网红蛋糕", "成功率很高 配方放评论区"),
]
COMMON_SENSE_H6 = [
    "美的东西总让人心情好", "她穿这件裙子美的很", "爬长城看日出", "不到长城非好汉",
    "家里养了一只大白兔", "动物园里的白象", "斗牛场上冲出一头红牛", "成都看熊猫",
    "熊猫宝宝在啃竹子", "看到这张照片让我联想到童年", "中华文化源远流长", "凤凰古城的夜景",
    "这个公园永久免费开放", "我家大宝会自己穿衣服了", "楼下的白猫生了小猫", "站在船头看海天相接",
    "芭蕾舞剧里的小天鹅", "湖面上游过一只小天鹅", "红豆生南国，春来发几枝", "煮了一锅红豆粥",
    "气贯长虹的书法作品", "你是个好孩子", "今晚能看到蓝月亮", "全班统一穿校服",
    "大家要统一思想", "窗外飘着雪花", "雪花落在手心就化了", "神农架的金丝猴",
    "登上黄鹤楼看长江", "故人西辞黄鹤楼", "小狗旺旺叫个不停", "沙漠里的骆驼",
    "第一次骑骆驼好紧张", "孩子抱着小熊睡着了", "小熊维尼是我的童年", "老板今天请大家吃饭",
    "我们老板人很好", "在海边喂海鸥", "海鸥在头顶盘旋", "古人用飞鸽传书",
    "广场上的飞鸽一下子飞起来", "燕京八景你去过几个", "北京古称燕京", "美的让人移不开眼",
    "长城脚下的小村庄", "凤凰涅槃浴火重生", "一家人永久在一起", "早上起来下雪花了",
]
COMMON_FRAMES_H6 = [
    ("{s}", "这张照片我想一比一复刻成油画"),
    ("{s}", "用黏土1:1还原了这个场景"),
    ("{s}", "去年拍过一张 今年原地复刻"),
    ("{s}", "跟孩子一起做了个高仿真模型"),
]


def sixth_held_out(seed: int = 113) -> list[Case]:
    """held_out_6: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_5's sizes)."""
    rng = random.Random(seed)
    words = Spellings6()
    brands = ([b for b in suite_brands() if part(b.mark) == "held_out"] + held_out_4_brands()
              + held_out_5_brands() + held_out_6_brands())
    out: list[Case] = []

    def goods(brand: Brand) -> str:
        return rng.choice(brand.context_words or GOODS_H6.get(brand.mark) or ANY_GOODS_H6)

    def offer(family: str, brand: Brand, written: str) -> None:
        name, title, text = rng.choice(OFFERS_H6)
        product = goods(brand)
        out.append(Case(family, "held_out_6", brand, f"seller{rng.randrange(10_000)}", name,
                        title.format(w=written, p=product), text.format(w=written, p=product)))

    def benign(family: str, brand: Brand, templates: list, account: str = "") -> None:
        name, title, text = rng.choice(templates)
        product = goods(brand)
        out.append(Case(family, "held_out_6", None, account or f"viewer{rng.randrange(10_000)}",
                        name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                        text.format(w=brand.mark, p=product)))

    for brand in brands:
        latin = brand.aliases[0] if brand.aliases else ""
        for _ in range(3):
            plain = latin if latin and rng.random() < 0.25 else brand.mark
            offer("no_evasion", brand, plain)
            spaced = latin if latin and rng.random() < 0.25 else brand.mark
            offer("separators", brand, words.separated(spaced, rng))
            offer("initials", brand, words.initials(brand.mark, rng))
            offer("pinyin", brand, words.pinyin(brand.mark, rng))
            written = None
            while written is None:
                written = words.homophone(brand.mark, rng)
            offer("homophones", brand, written)
            benign("resale", brand, RESALE_H6)
            benign("consumer_warnings", brand, WARNINGS_H6)
            benign("reviews_news", brand, REVIEWS_H6)
            benign("authorised_own_posts", brand, AUTHORISED_H6,
                   rng.choice((brand.owner, *sorted(brand.authorized))))
    latin_brands = [b for b in brands if b.aliases]
    for family in ("confusables", "digit_swaps"):
        for index in range(64):
            brand = latin_brands[index % len(latin_brands)]
            text = brand.aliases[0]
            written = (words.confusable(text, rng) if family == "confusables"
                       else words.digits(text, rng))
            offer(family, brand, written)
    for sentence in SOUND_ALIKE_H6:
        for title, text in SOUND_ALIKE_FRAMES_H6:
            out.append(Case("ordinary_sound_alikes", "held_out_6", None,
                            f"viewer{rng.randrange(10_000)}", "随手记录",
                            title.format(s=sentence), text.format(s=sentence)))
    for sentence in COMMON_SENSE_H6:
        for title, text in COMMON_FRAMES_H6:
            out.append(Case("common_word_ordinary_sense", "held_out_6", None,
                            f"viewer{rng.randrange(10_000)}", "日常分享",
                            title.format(s=sentence), text.format(s=sentence)))
    return out


# -- held_out_7 (issue 13, ninth round): written before any of that round's rule changes -----------
# A seventh held-out part, because every earlier part had been read by the start of the ninth round.
# Written by a fifth hand that did not read the guard (src/origin/brands/, rules.toml, its tables)
# nor the other parts' templates: only this file's structure (Case, the marks lists, family names).
# Brands: 51 marks from the lists above, weighted to the ones the held-out parts used least (22 of
# MARKS' tune split, 11 of held_out_3's marks, 6 each of held_out_4's, 5's and 6's; 19 of them
# common words). Its own phrasing (Douyin/Xianyu/WeChat-shop and English seller, reseller, viewer,
# regulator and shop posts) and its own spelling writers: homophones are GB2312 level-1 characters
# whose usual reading (pypinyin) is the same toned syllable; initials and pinyin in styles of its
# own; look-alikes are fancy-text blocks by code point (bold, italic, double-struck, circled,
# full-width, negative squared, small capitals, accents) or Cyrillic/Greek twins from the Unicode
# confusables table; digit swaps o/i/l/e/a/s/t/b/g/z. Held out 6's sizes. Counts only; never read
# its cases or tune on it.
MARKS_H7 = [  # marks of the lists above used here
    "海尔", "大疆", "五粮液", "蒙牛", "三只松鼠", "鸿星尔克", "波司登", "周大福", "片仔癀", "爱马仕",
    "卡地亚", "欧米茄", "兰蔻", "戴森", "佳能", "新百伦", "亚瑟士", "乐高", "美的", "长城", "熊猫",
    "红牛",
    "安慕希", "七匹狼", "欧莱雅", "宝格丽", "雅马哈", "联想", "中华", "凤凰", "永久", "大宝", "白猫",
    "蜜雪冰城", "舒肤佳", "老干妈", "长虹", "蓝月亮", "小天鹅",
    "珀莱雅", "万宝龙", "元气森林", "雪花", "金丝猴", "六神",
    "比亚迪", "云南白药", "格兰仕", "骆驼", "海鸥", "燕京",
]
# what each (not common-word) mark's fakes are sold as; common-word marks use their product cues
GOODS_H7 = {
    "海尔": ("冰箱", "洗衣机"), "大疆": ("无人机", "云台", "运动相机"), "五粮液": ("白酒", "礼盒装"),
    "蒙牛": ("纯牛奶", "奶粉"), "三只松鼠": ("坚果礼包", "每日坚果"), "鸿星尔克": ("跑鞋", "运动裤"),
    "波司登": ("羽绒服", "长款羽绒服"), "周大福": ("金手链", "黄金吊坠", "钻戒"),
    "片仔癀": ("锭剂", "珍珠霜"), "爱马仕": ("铂金包", "丝巾", "皮带"), "卡地亚": ("手镯", "戒指", "腕表"),
    "欧米茄": ("海马腕表", "机械表"), "兰蔻": ("小黑瓶", "粉水", "口红"), "戴森": ("吹风机", "吸尘器"),
    "佳能": ("单反相机", "镜头"), "新百伦": ("运动鞋", "复古跑鞋"), "亚瑟士": ("跑鞋", "网球鞋"),
    "乐高": ("积木", "拼装玩具"), "安慕希": ("酸奶", "礼盒"), "七匹狼": ("夹克", "男士皮带"),
    "欧莱雅": ("面霜", "精华液"), "宝格丽": ("项链", "蛇头包"), "雅马哈": ("电吉他", "电子琴"),
    "蜜雪冰城": ("奶茶杯", "雪王玩偶"), "舒肤佳": ("香皂", "洗手液"), "老干妈": ("辣椒酱", "油辣椒"),
    "珀莱雅": ("双抗精华", "面膜"), "万宝龙": ("钢笔", "钱包"), "元气森林": ("气泡水", "乳茶"),
    "比亚迪": ("车载充电器", "车模"), "云南白药": ("牙膏", "气雾剂"), "格兰仕": ("微波炉", "烤箱"),
}

# counterfeit offers: (account name, title, description); {w} the mark as written, {p} the goods
OFFERS_H7 = [
    ("阿杰潮品", "{w}{p}到货 超A品质", "超A货 和正品放一起分不出来 老师傅手工做的 要的扣1 私信发图"),
    ("", "{p}补货啦 {w}复刻版", "{w}复刻 包装配件全套 专柜价的零头 看中直接拍"),
    ("微商总代", "招代理 一件代发 {w}{p}", "{w}高仿{p} 一手货源 不用囤货 朋友圈素材每天更新 加v详聊"),
    ("Lucky Store", "{w} {p} mirror quality 1:1",
     "AAA replica {w} {p}, same as retail, ships worldwide, DM for price"),
    ("", "best {w} {p} rep haul",
     "my {w} replica {p} came from the factory today, 1:1 copy for $35, seller link in bio"),
    ("直播间小助理", "{w}{p} 今晚直播间49.9", "仿{w}{p} 品质保证 限量100单 非专柜货 介意别拍"),
    ("尾货清仓", "{w}原单{p} 清仓甩卖", "代工厂流出的原单 没吊牌 跟正品同一批料 拍下48小时内发货"),
    ("", "{p} A货 {w}款", "{w} A货 精仿 细节图私聊 支持视频看货 不退不换"),
    ("福建源头工厂", "{w}{p} 莆田一手", "莆田工厂直营 {w}{p} 顶级版本 对版配色 数量不多 下单送小礼品"),
    ("", "{w}{p} 仿款 性价比之王", "跟专柜一模一样的{w}仿款 才一百多 送人完全看不出来 小黄车有链接"),
    ("小鹿优选", "{w}{p} 高仿 能过验", "高仿{w} 能过鉴定 原厂料子 私我要实拍视频"),
    ("", "{w} {p} fake but looks legit",
     "selling fake {w} {p}, top quality copy, whatsapp me, cash on delivery"),
    ("小众好物", "{w}{p} 一样的logo 平价版", "带{w}标的仿品 一比一开模 质感绝了 仅此一批"),
    ("鞋圈老王", "{w}{p} 顶级复刻 带原盒", "复刻{w}{p} 原盒原标 比正品便宜十倍 私聊拿货"),
    ("", "{w}{p} 批发 高仿货源", "高仿{w}{p} 批发零售 十件起批 全国包邮 支持一件代发"),
]
# a viewer's or a journalist's review, unboxing, news or comparison of genuine goods
REVIEWS_H7 = [
    ("数码小白测评", "{w}{p}用了半年 说说真实感受", "自费买的 不是广告 优点是做工扎实 缺点是价格偏高 你们觉得值吗"),
    ("财经快讯", "{w}发布三季度财报 营收同比增长", "{w}今天公布第三季度业绩 多个品类销量上升 公司称将继续加大研发投入"),
    ("", "开箱｜终于买到{w}{p}了", "官方旗舰店下的单 发票齐全 开箱看看做工 包装很用心"),
    ("Tech with Mia", "{w} {p} review after 3 months",
     "honest review of the {w} {p}, bought it myself at the official store, pros and cons inside"),
    ("本地新闻", "{w}新门店今天开业 排队的人真多", "{w}在万达广场的新店今天开业 现场有优惠活动 记者去探了店"),
    ("", "{w}和同价位的对比 谁更值得买", "把{w}{p}和另外两个牌子放在一起比 都是正品 结论在视频最后"),
    ("穿搭日记", "今日分享 {w}{p}", "这个{w}{p}是去年在专柜买的 很耐用 日常用很方便"),
    ("行业观察", "{w}的品牌故事", "从一个小作坊到今天 {w}走了几十年 这期聊聊它是怎么做起来的"),
    ("", "{w}官方降价了 现在入手合适吗", "{w}官网{p}降了两百 618还有券 想买的可以看看"),
    ("Daily Vlog", "unboxing my new {w} {p}", "finally got the {w} {p} from the flagship store, "
     "receipt in the box, so happy"),
    ("测评君", "{w}{p}耐用性测试", "把{w}{p}连续用了一个月 看看会不会出问题 全程无剪辑"),
    ("", "{w}售后体验分享", "{w}{p}坏了拿去官方售后 三天就修好了 服务态度不错"),
]
# consumer warnings, fraud reports and regulators' notices about fakes
WARNINGS_H7 = [
    ("消费维权", "提醒：网上低价{w}{p}多为假货", "最近很多人买到假{w} 价格低得离谱的基本都是高仿 一定认准官方渠道"),
    ("", "教你三招分辨{w}{p}真假", "看包装印刷 看logo 看防伪码 假货做得再像也有破绽 收藏起来"),
    ("市场监管发布", "查获一批假冒{w}{p}", "执法人员在一处仓库查获假冒{w}{p}三百余件 案件正在进一步调查中"),
    ("", "被坑了 买到假{w}", "在某平台买的{w}{p}是假的 商家还不给退 大家千万别贪便宜"),
    ("Consumer Alert", "how to spot a fake {w} {p}",
     "fake {w} {p} are everywhere online, check the packaging and the security code before you pay"),
    ("鉴定师阿明", "{w}{p}真假对比 左边是仿品", "今天收到一个仿{w} 和正品放一起对比 差别主要在字体和做工"),
    ("", "别再买所谓1:1的{w}了", "所谓一比一复刻的{w}{p} 用料差还可能有害 花冤枉钱不说还违法"),
    ("法律小课堂", "卖高仿{w}犯法吗", "销售假冒注册商标的商品 金额较大的要负刑事责任 律师来解读"),
    ("", "转发：{w}声明谨防假冒", "近期发现有人冒用{w}名义低价销售{p} 请通过官方渠道购买 转给身边的人"),
    ("打假博主", "实测直播间9.9的{w}{p}", "买回来一看就是假货 logo都印歪了 大家别上当"),
    ("", "{w}防伪查询教程", "扫包装上的二维码就能查真伪 查不到的就是假{w} 转给家里老人"),
]
# second-hand resale of genuine goods with proof of purchase, no counterfeit words
RESALE_H7 = [
    ("闲置转让", "自用{w}{p}转让 九成新", "去年专柜买的 有小票和发票 用过几次 搬家转卖 同城可面交"),
    ("", "二手{w}{p} 低价出", "闲置的{w}{p} 盒子说明书都在 可以走平台验货 不议价"),
    ("宝妈闲置", "出个{w}{p} 几乎全新", "朋友送的{w}{p} 用不上 专柜小票还在 价格好商量"),
    ("", "{w}{p}转卖 带发票", "买重了 {w}{p}全新没拆封 发票齐全 原价转"),
    ("二手好物铺", "{w}{p} 95新 支持验货", "自用闲置 有购买记录可查 支持第三方验货 包邮"),
    ("Second-hand Sam", "selling my used {w} {p}", "bought at the {w} store last year, receipt "
     "included, lightly used, local pickup"),
]
# the same two families for goods that are used up (drinks, food, cosmetics, cleaning): sold on
# unopened, reviewed by taste and effect
CONSUMABLES_H7 = frozenset({
    "白酒", "礼盒装", "纯牛奶", "奶粉", "坚果礼包", "每日坚果", "锭剂", "珍珠霜", "小黑瓶", "粉水", "口红",
    "酸奶", "礼盒", "面霜", "精华液", "香皂", "洗手液", "辣椒酱", "油辣椒", "双抗精华", "面膜", "气泡水",
    "乳茶", "牙膏", "气雾剂", "饮料", "功能饮料", "香烟", "葡萄酒", "SOD蜜", "护手霜", "洗洁精", "洗衣粉",
    "洗衣液", "啤酒", "纯生", "奶糖", "糖果", "花露水", "沐浴露",
})
RESALE_SEALED_H7 = [
    ("囤货太多", "{w}{p} 全新未拆 转几件", "活动时囤多了 {w}{p}全新没拆封 超市小票在 日期新鲜 同城自提"),
    ("", "{w}{p}礼盒转让", "过年收到的{w}{p} 家里用不上 全新未开封 发票在 原价八折出"),
    ("闲置转让", "{w}{p} 买多了转让", "公司发的福利 {w}{p} 没拆封 保质期到明年 有购买凭证 不议价"),
    ("Declutter Deals", "unopened {w} {p} for sale", "got too many {w} {p} in a promo, unopened, "
     "receipt included, local pickup"),
]
REVIEWS_SEALED_H7 = [
    ("好物测评", "{w}{p}真实测评 回购吗", "自费买的 不是广告 全部用完了再来说感受 优点缺点都讲"),
    ("", "盲测五款{p} {w}排第几", "买来五个牌子的{p} 一起对比 {w}的表现有点意外"),
    ("财经快讯", "{w}发布三季度财报 营收同比增长", "{w}今天公布第三季度业绩 多个品类销量上升 公司称将继续加大研发投入"),
    ("Daily Vlog", "trying {w} {p} for the first time", "bought the {w} {p} at the supermarket, "
     "honest first impressions"),
    ("", "{w}{p}配料表解读", "把{w}{p}的配料表一项项看一遍 哪些成分要注意 看完再决定买不买"),
    ("本地新闻", "{w}新工厂在本地投产", "{w}在我市的新生产基地今天正式投产 预计年产值过亿"),
]
# an authorised account's own posts ({w} the account's own mark)
AUTHORISED_H7 = [
    ("{w}官方旗舰店", "{w}新品{p}上市", "{w}官方新品 全国专柜同步发售 认准官方旗舰店 正品保障"),
    ("{w}授权专卖店", "谨防假冒｜{w}{p}真伪辨别", "近期市面上出现仿冒{w}的{p} 本店为{w}品牌授权 假一赔十 授权书见图"),
    ("{w}官方", "{w}周年庆 全场满减", "感谢大家一直支持{w} 周年庆期间{p}满300减50 直播间同步"),
    ("{w}授权店", "今天到店的新款{p}", "{w}授权店实拍 今天新到的{p} 欢迎到店试用 支持官方验真"),
    ("{w} Official", "{w} {p} new season", "the new {w} {p} line is here, only at authorised {w} "
     "stores, beware of replicas"),
    ("{w}官方客服", "关于{w}仿冒产品的声明", "{w}从未授权任何渠道销售所谓原单 尾货 1:1产品 发现请举报"),
]
# everyday sentences holding a loaded mark's sound, or its characters in another sense
SOUND_ALIKE_H7 = [
    "大江东去浪淘尽", "今天真是因祸得福", "新疆伊犁的薰衣草开了", "收到邻居送来的回礼",
    "衬衫上缝了一排蓝扣子", "亚瑟是圆桌骑士的首领", "早上起来叩齿三十六下", "博物馆里的始祖鸟化石",
    "院子里来了三只松鼠", "老农夫山泉边挑水", "小娃哈哈大笑", "这周大福利",
    "九阳神功练到第九层", "观鸟记录 一群太平鸟", "草原上的七匹狼", "过年去老干妈家拜年",
    "回归自然堂堂正正做人", "一切都化为乌有", "周末来一场元气森林浴", "隔离酒店的第七天",
    "孩儿们开饭啦", "牧场里的萌牛", "过个年又吃肥了", "老师一视同仁堂上点名",
    "他从小爱马是出了名的", "集市上淘到一盏波斯灯", "果树打了代森锰锌", "快乐高于一切",
    "他走着奇特步伐", "今天是绝佳能见度", "周末去听名师大讲堂", "用才华为自己代言",
]
# frames using 复刻 / 1:1 / 高仿真 / 原版 in their ordinary sense
SOUND_ALIKE_FRAMES_H7 = [
    ("经典场景复刻🎬", "{s} 按原片一比一复刻了这个镜头 #翻拍 #vlog"),
    ("1:1还原课本插图", "{s} 美术课作业 1:1还原课本里的插图 老师给了满分"),
    ("{s}", "今天复刻了外婆的老味道 红烧肉配米饭 #家常菜"),
    ("手工｜高仿真微缩场景", "{s} 做了三个月的高仿真微缩场景 比例1:12"),
    ("原版 vs 翻唱", "{s} 这首歌的原版和翻唱你们更喜欢哪个 #音乐"),
]
# common-word marks in their ordinary sense
COMMON_SENSE_H7 = [
    "周末去爬长城 人山人海", "动物园的熊猫在啃竹子", "奶奶煮了一锅红豆粥", "窗外下起了雪花",
    "雨后天边挂着一道长虹", "今晚的蓝月亮好特别", "海边的海鸥抢游客的薯条", "广场上的飞鸽成群",
    "沙漠里的骆驼队慢慢走", "露营时远远看见一只小熊", "老板今天请全店喝奶茶", "湖面上游来一只小天鹅",
    "他从小就是个听话的好孩子", "站在黄鹤楼上看长江", "峨眉山的金丝猴抢游客的包", "家里的白猫又胖了",
    "楼下的小狗旺旺叫个不停", "吓得我六神无主", "看到这张图你会联想到什么", "中华文化博大精深",
    "凤凰古城的夜景", "这个相册我要永久保存", "我家大宝今年上小学了", "海天一色的日落",
    "泰国人把白象当作吉祥的象征", "牧场里一头红牛在吃草", "宠物店的大白兔好可爱", "美的东西总是短暂的",
    "全班统一穿校服", "燕京八景之一的卢沟晓月", "终于读完了骆驼祥子", "长城脚下的小村庄",
    "我是熊猫血 今天去献血了", "麻雀变凤凰的故事", "海鸥在码头上盘旋", "女儿最爱的小熊玩偶",
    "老板娘做的牛肉面一绝", "雪花飘飘北风萧萧", "红豆生南国 春来发几枝", "中华田园犬也很可爱",
    "用联想记忆法背单词", "秦岭金丝猴保护区", "今晚能看到超级蓝月亮", "永久冻土层正在融化",
    "做个诚实的好孩子", "飞鸽传书的年代", "新年旺旺 家家兴旺", "海天相接的地方",
]
COMMON_FRAMES_H7 = [
    ("{s}", "随手拍 记录生活 #日常"),
    ("今日vlog", "{s} 分享给大家 喜欢的点个赞"),
    ("{s}｜周末碎片", "周末出门走走 {s} 心情很好"),
    ("朋友圈文案", "{s} 配了几张图 你们觉得怎么样"),
]


class Spellings7:
    """held_out_7's own spelling writers: how a seller disguises a mark, one family each."""

    SEPARATORS = ("•", "/", " ", "-", ".", "·", "⚡", "🔥", "♡", "｜", "～", "∙", " / ", "_", "☆", "🌟")
    DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}

    def __init__(self) -> None:
        from confusable_homoglyphs import confusables
        from pypinyin import Style, pinyin

        self._style = Style
        # GB2312 level 1: the 3 755 common characters an IME offers first, by usual toned reading
        self.by_reading: dict[str, list[str]] = defaultdict(list)
        for high in range(0xB0, 0xD8):
            for low in range(0xA1, 0xFF):
                try:
                    ch = bytes((high, low)).decode("gb2312")
                except UnicodeDecodeError:
                    continue
                reading = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
                if reading != ch:
                    self.by_reading[reading].append(ch)
        # Cyrillic and Greek letters (not notation symbols) Unicode's confusables table gives for
        # each Latin letter
        LETTERS = ("CYRILLIC CAPITAL LETTER", "CYRILLIC SMALL LETTER", "GREEK CAPITAL LETTER",
                   "GREEK SMALL LETTER")
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            found = confusables.is_confusable(letter, greedy=True,
                                              preferred_aliases=["cyrillic", "greek"]) or []
            twins = [g["c"] for entry in found for g in entry["homoglyphs"]
                     if len(g["c"]) == 1 and g["n"].startswith(LETTERS)]
            if twins:
                self.twins[letter] = twins

    def readings(self, mark: str, style) -> list[str]:
        from pypinyin import lazy_pinyin
        return lazy_pinyin(mark, style=style, neutral_tone_with_five=True)

    def separated(self, text: str, rng: random.Random) -> str:
        sep = rng.choice(self.SEPARATORS)
        letters = [c for c in text if not c.isspace()]
        return sep.join(letters)

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self.readings(mark, self._style.NORMAL)]
        style = rng.randrange(7)
        if style == 0:
            return "".join(letters)
        if style == 1:
            return "".join(letters).upper()
        if style == 2:
            return ".".join(letters).upper() + "."
        if style == 3:
            return " ".join(letters).upper()
        if style == 4:
            return "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters))
        if style == 5:
            return "".join(letters).upper() + "家"
        return "#" + "".join(letters)

    def pinyin(self, mark: str, rng: random.Random) -> str:
        style = rng.randrange(7)
        if style == 0:
            return "".join(self.readings(mark, self._style.NORMAL))
        if style == 1:
            return " ".join(self.readings(mark, self._style.NORMAL))
        if style == 2:
            return "".join(s.capitalize() for s in self.readings(mark, self._style.NORMAL))
        if style == 3:
            return " ".join(self.readings(mark, self._style.TONE))
        if style == 4:
            return "".join(self.readings(mark, self._style.TONE))
        if style == 5:
            return "".join(self.readings(mark, self._style.TONE3))
        return " ".join(self.readings(mark, self._style.NORMAL)).upper()

    def homophone(self, mark: str, rng: random.Random) -> str | None:
        """One character (two in a third of the 3-4 character marks) swapped for another common
        character of the same toned reading, or of the same syllable in any tone when no character
        of the mark has a same-tone twin (白猫); None when there is none at all."""
        readings = self.readings(mark, self._style.TONE3)
        for same_tone in (True, False):
            def alike(r: str, reading: str) -> bool:
                return r == reading if same_tone else r[:-1] == reading[:-1]

            options = [[c for r, chars in self.by_reading.items() if alike(r, reading)
                        for c in chars if c != mark[i]]
                       for i, reading in enumerate(readings)]
            places = [i for i, found in enumerate(options) if found]
            if places:
                break
        else:
            return None
        count = 2 if len(mark) >= 3 and len(places) >= 2 and rng.random() < 1 / 3 else 1
        chars = list(mark)
        for i in rng.sample(places, count):
            chars[i] = rng.choice(options[i])
        return "".join(chars)

    def confusable(self, text: str, rng: random.Random) -> str:
        """A fancy-text style over the whole name, or one or two letters swapped for a Cyrillic or
        Greek twin."""
        style = rng.randrange(9)
        if style == 0:   # mathematical bold
            return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else
                           chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else c for c in text)
        if style == 1:   # mathematical double-struck (capitals with letterlike holes kept plain)
            holes = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}
            return "".join(holes.get(c) or (chr(0x1D538 + ord(c) - 65) if "A" <= c <= "Z" else
                           chr(0x1D552 + ord(c) - 97) if "a" <= c <= "z" else c) for c in text)
        if style == 2:   # circled
            return "".join(chr(0x24B6 + ord(c) - 65) if "A" <= c <= "Z" else
                           chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c for c in text)
        if style == 3:   # full-width
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
                           for c in text)
        if style == 4:   # negative squared capitals (no compatibility mapping)
            return "".join(chr(0x1F170 + ord(c.upper()) - 65) if c.isascii() and c.isalpha() else c
                           for c in text)
        if style == 5:   # small capitals, as fancy-text sites print them
            small = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
            return "".join(small.get(c.lower(), c) for c in text)
        if style == 6:   # accents on every vowel
            accents = {"a": "á", "e": "ë", "i": "ï", "o": "ö", "u": "ü", "A": "Á", "E": "Ë",
                       "I": "Ï", "O": "Ö", "U": "Ü"}
            return "".join(accents.get(c, c) for c in text)
        places = [i for i, c in enumerate(text) if c in self.twins]
        chars = list(text)
        for i in rng.sample(places, min(len(places), 1 if style == 7 else 2)):
            chars[i] = rng.choice(self.twins[chars[i]])
        return "".join(chars)

    def digits(self, text: str, rng: random.Random) -> str:
        """One or two letters written as the digits they look like."""
        places = [i for i, c in enumerate(text) if c.lower() in self.DIGITS]
        chars = list(text)
        for i in rng.sample(places, min(len(places), rng.choice((1, 1, 2)))):
            chars[i] = self.DIGITS[chars[i].lower()]
        return "".join(chars)


def seventh_held_out(seed: int = 127) -> list[Case]:
    """held_out_7: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_6's sizes)."""
    rng = random.Random(seed)
    words = Spellings7()
    every = {b.mark: b for b in (suite_brands() + held_out_3_brands() + held_out_4_brands()
                                 + held_out_5_brands() + held_out_6_brands())}
    brands = [every[mark] for mark in MARKS_H7]
    out: list[Case] = []

    def goods(brand: Brand) -> str:
        return rng.choice(brand.context_words or GOODS_H7[brand.mark])

    def offer(family: str, brand: Brand, written: str) -> None:
        name, title, text = rng.choice(OFFERS_H7)
        product = goods(brand)
        out.append(Case(family, "held_out_7", brand, f"shop{rng.randrange(100_000)}", name,
                        title.format(w=written, p=product), text.format(w=written, p=product)))

    def benign(family: str, brand: Brand, templates: list, account: str = "",
               sealed: list | None = None) -> None:
        product = goods(brand)
        used_up = sealed and product in CONSUMABLES_H7
        name, title, text = rng.choice(sealed if used_up else templates)
        out.append(Case(family, "held_out_7", None, account or f"user{rng.randrange(100_000)}",
                        name.format(w=brand.mark), title.format(w=brand.mark, p=product),
                        text.format(w=brand.mark, p=product)))

    for brand in brands:
        latin = brand.aliases[0] if brand.aliases else ""
        for _ in range(3):
            offer("no_evasion", brand, latin if latin and rng.random() < 0.3 else brand.mark)
            offer("separators", brand,
                  words.separated(latin if latin and rng.random() < 0.3 else brand.mark, rng))
            offer("initials", brand, words.initials(brand.mark, rng))
            offer("pinyin", brand, words.pinyin(brand.mark, rng))
            written = words.homophone(brand.mark, rng)
            while written is None or written in every:   # another loaded mark is no evasion
                written = words.homophone(brand.mark, rng)
            offer("homophones", brand, written)
            benign("resale", brand, RESALE_H7, sealed=RESALE_SEALED_H7)
            benign("consumer_warnings", brand, WARNINGS_H7)
            benign("reviews_news", brand, REVIEWS_H7, sealed=REVIEWS_SEALED_H7)
            account = rng.choice((brand.owner, *sorted(brand.authorized)))
            benign("authorised_own_posts", brand,   # a shop signs as a shop, the owner as 官方
                   [t for t in AUTHORISED_H7 if ("授权" in t[0]) == (account != brand.owner)],
                   account)
    latin_brands = [b for b in brands if b.aliases]
    for family in ("confusables", "digit_swaps"):
        for index in range(64):
            brand = latin_brands[index % len(latin_brands)]
            text = brand.aliases[0]
            offer(family, brand, words.confusable(text, rng) if family == "confusables"
                  else words.digits(text, rng))
    for sentence in SOUND_ALIKE_H7:
        for title, text in SOUND_ALIKE_FRAMES_H7:
            out.append(Case("ordinary_sound_alikes", "held_out_7", None,
                            f"user{rng.randrange(100_000)}", "生活碎片",
                            title.format(s=sentence), text.format(s=sentence)))
    for sentence in COMMON_SENSE_H7:
        for title, text in COMMON_FRAMES_H7:
            out.append(Case("common_word_ordinary_sense", "held_out_7", None,
                            f"user{rng.randrange(100_000)}", "记录生活",
                            title.format(s=sentence), text.format(s=sentence)))
    return out


# -- held_out_8 (issue 13, tenth round): written before any of that round's rule changes -----------
# An eighth held-out part, because every earlier part (tune, held_out .. held_out_7) had been read
# by the start of the tenth round. Written by a sixth hand that read neither the guard (src/origin/
# brands/, rules.toml, its tables) nor the other parts' templates: only this file's structure (Case,
# the marks lists, family names, how a part is assembled) and bench_brands.py's scoring and SEALED.
# Brands: the 51 marks with the fewest held-out offers so far (held_out .. held_out_7), ties broken
# by the fewest held-out benign mentions then list order: 37 of MARKS (all of its tune split, 23 of
# them in no held-out part after held_out_2), 9 of held_out_6's and 5 of held_out_5's marks; 34 not
# in held_out_7; 13 common words, 33 with a Latin name. No new brand: the loaded set is unchanged.
# Its own phrasing (Douyin/Kuaishou titles with hashtags, live-stream captions, Xianyu and
# WeChat-shop posts, English marketplace and social posts; food, liquor, medicine, beauty,
# household, devices and what is worn each get wording that fits them) and its own spelling writers
# (Spellings8): homophones from pypinyin's toned reading of each character in three tiers, GB2312
# level 1, GB2312 level 2 and GBK-only simplified characters, so less common characters of the same
# reading are in; separators between every character, mixed and spaced, zero-width and ideographic
# spaces included; initials and pinyin in styles of its own (tone marks, tone digits, camel case);
# confusables from Unicode's confusables table (Cyrillic/Greek/Armenian/Latin twins), mathematical
# and enclosed fancy-text styles looked up by Unicode name, small capitals and combining overlays;
# digit swaps of one or two letters. Held out 7's sizes. Counts only; never read its cases or tune
# on it.
MARKS_H8 = [
    "良品铺子", "白象", "大白兔", "海澜之家", "普拉达", "特步", "小熊", "老板", "飞鸽", "茅台", "伊利",
    "百雀羚", "花西子", "回力", "雅戈尔", "浪琴", "雅诗兰黛", "资生堂", "索尼", "斐乐", "匡威", "巴宝莉",
    "范思哲", "娃哈哈", "同仁堂", "始祖鸟", "洽洽", "立白", "蕉下", "片仔癀", "三只松鼠", "熊猫", "长城",
    "王老吉", "江小白", "燕京", "骆驼", "海鸥", "统一", "黄鹤楼", "旺旺", "戴森", "佳能", "海尔", "大疆",
    "五粮液", "蒙牛", "鸿星尔克", "波司登", "爱马仕", "卡地亚",
]
# what each mark's fakes are sold as, in Chinese and in English; common-word marks use their product
# cues for the Chinese goods
GOODS_H8 = {
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒"), ("snack gift box", "pork jerky")),
    "白象": ((), ("instant noodles",)), "大白兔": ((), ("milk candy",)),
    "海澜之家": (("男士衬衫", "羽绒服", "西裤"), ("men's shirt", "down jacket")),
    "普拉达": (("尼龙双肩包", "腋下包", "墨镜"), ("nylon backpack", "shoulder bag", "sunglasses")),
    "特步": (("跑鞋", "运动套装"), ("running shoes", "tracksuit")),
    "小熊": ((), ("yogurt maker", "egg cooker")), "老板": ((), ("range hood", "gas stove")),
    "飞鸽": ((), ("bicycle",)),
    "茅台": (("飞天53度", "酱香白酒"), ("baijiu", "Feitian 53%")),
    "伊利": (("纯牛奶", "金典牛奶", "奶粉"), ("milk", "milk powder")),
    "百雀羚": (("水乳套装", "面霜"), ("toner and lotion set", "face cream")),
    "花西子": (("蜜粉", "眉笔", "口红"), ("setting powder", "lipstick")),
    "回力": (("帆布鞋", "小白鞋"), ("canvas sneakers",)),
    "雅戈尔": (("衬衫", "西服"), ("dress shirt", "suit")),
    "浪琴": (("名匠手表", "女士腕表"), ("watch", "ladies' watch")),
    "雅诗兰黛": (("小棕瓶精华", "眼霜", "粉底液"), ("serum", "eye cream", "foundation")),
    "资生堂": (("红腰子精华", "防晒霜"), ("serum", "sunscreen")),
    "索尼": (("降噪耳机", "微单相机", "游戏手柄"), ("noise cancelling headphones", "camera")),
    "斐乐": (("老爹鞋", "运动卫衣"), ("chunky sneakers", "hoodie")),
    "匡威": (("高帮帆布鞋", "帆布鞋"), ("high tops", "canvas shoes")),
    "巴宝莉": (("风衣", "格纹围巾"), ("trench coat", "check scarf")),
    "范思哲": (("男士香水", "皮带"), ("cologne", "belt")),
    "娃哈哈": (("AD钙奶", "八宝粥"), ("yogurt drink",)),
    "同仁堂": (("安宫牛黄丸", "阿胶"), ("herbal pills",)),
    "始祖鸟": (("冲锋衣", "软壳外套"), ("shell jacket", "softshell")),
    "洽洽": (("瓜子", "每日坚果"), ("sunflower seeds", "mixed nuts")),
    "立白": (("洗衣液", "洗洁精"), ("laundry detergent",)),
    "蕉下": (("防晒衣", "防晒帽", "遮阳伞"), ("UV jacket", "sun umbrella")),
    "片仔癀": (("锭剂", "珍珠霜"), ("pills", "pearl cream")),
    "三只松鼠": (("坚果礼盒", "夏威夷果"), ("nut gift box",)),
    "熊猫": ((), ("TV",)), "长城": ((), ("wine", "SUV")),
    "王老吉": (("凉茶", "罐装凉茶"), ("herbal tea",)),
    "江小白": (("白酒", "果立方"), ("baijiu",)),
    "燕京": ((), ("beer",)), "骆驼": ((), ("hiking boots", "shell jacket")),
    "海鸥": ((), ("watch", "camera")), "统一": ((), ("instant noodles", "iced tea")),
    "黄鹤楼": ((), ("cigarettes",)), "旺旺": ((), ("rice crackers",)),
    "戴森": (("吹风机", "卷发棒", "吸尘器"), ("hair dryer", "vacuum")),
    "佳能": (("微单相机", "镜头"), ("camera", "lens")),
    "海尔": (("冰箱", "热水器"), ("fridge", "water heater")),
    "大疆": (("无人机", "手持云台"), ("drone", "gimbal")),
    "五粮液": (("白酒", "52度礼盒"), ("baijiu",)),
    "蒙牛": (("特仑苏", "纯牛奶"), ("milk",)),
    "鸿星尔克": (("运动鞋", "运动外套"), ("sneakers", "track jacket")),
    "波司登": (("羽绒服", "长款羽绒服"), ("down jacket", "parka")),
    "爱马仕": (("丝巾", "包包", "腰带"), ("silk scarf", "handbag", "belt")),
    "卡地亚": (("手镯", "蓝气球手表"), ("bracelet", "watch")),
}
# goods that are eaten, drunk or smoked, or used up on the skin or in the wash: the wording of
# offers, resale and reviews follows the kind (no "counter" for milk, no "outfit" for a fridge)
KINDS_H8 = {
    "f": frozenset({"零食大礼包", "猪肉脯", "坚果礼盒", "方便面", "泡面", "奶糖", "糖果", "纯牛奶", "金典牛奶",
                    "奶粉", "AD钙奶", "八宝粥", "瓜子", "每日坚果", "夏威夷果", "凉茶", "罐装凉茶", "冰红茶",
                    "老坛酸菜", "雪饼", "仙贝", "QQ糖", "特仑苏", "snack gift box", "pork jerky",
                    "instant noodles", "milk candy", "milk", "milk powder", "yogurt drink",
                    "sunflower seeds", "mixed nuts", "nut gift box", "herbal tea", "iced tea",
                    "rice crackers"}),
    "l": frozenset({"飞天53度", "酱香白酒", "白酒", "52度礼盒", "果立方", "葡萄酒", "啤酒", "纯生", "香烟", "烟",
                    "baijiu", "Feitian 53%", "wine", "beer", "cigarettes"}),
    "m": frozenset({"安宫牛黄丸", "阿胶", "锭剂", "herbal pills", "pills"}),
    "b": frozenset({"水乳套装", "面霜", "蜜粉", "眉笔", "口红", "小棕瓶精华", "眼霜", "粉底液", "红腰子精华",
                    "防晒霜", "男士香水", "珍珠霜", "toner and lotion set", "face cream",
                    "setting powder", "lipstick", "serum", "eye cream", "foundation", "sunscreen",
                    "cologne", "pearl cream"}),
    "h": frozenset({"洗衣液", "洗洁精", "laundry detergent"}),
    "d": frozenset({"降噪耳机", "微单相机", "游戏手柄", "吹风机", "卷发棒", "吸尘器", "镜头", "冰箱", "热水器",
                    "无人机", "手持云台", "酸奶机", "电炖锅", "煮蛋器", "油烟机", "燃气灶", "自行车", "单车",
                    "汽车", "哈弗", "SUV", "电视", "相机", "noise cancelling headphones", "camera",
                    "hair dryer", "vacuum", "lens", "fridge", "water heater", "drone", "gimbal",
                    "yogurt maker", "egg cooker", "range hood", "gas stove", "bicycle", "TV"}),
}


def _kind_h8(goods: str) -> str:
    """f food and soft drinks, l liquor and tobacco, m medicine, b beauty, h household wash,
    d devices, appliances and vehicles, w what is worn or carried (a template fits the kinds it
    lists, or every kind: "*")."""
    for kind, members in KINDS_H8.items():
        if goods in members:
            return kind
    return "w"


# counterfeit offers: (kinds, account name, title, description); kinds the goods they fit (see
# _kind_h8), {w} the mark as written, {p} the goods
OFFERS_ZH_H8 = [
    ("w", "莆田源头阿峰", "#莆田 #纯原 {w}{p} 新批次到货", "和专柜对比零差距 不是正品 懂的直接拍 私信看实拍"),
    ("w", "白马档口直供", "{w}{p} 顶级复刻 出货实拍", "1:1开模 细节对版 正品几千我们几百 支持代理一件代发"),
    ("bw", "轻奢好物分享", "大牌{p} {w} 高仿 做工绝了", "非专柜货 A货里的天花板 介意勿拍"),
    ("*", "直播间福利官", "【直播专享】{w}同款{p} 一比一 只要59",
     "家人们 跟正品一模一样看不出来 今晚8点直播间限量 拍下备注主播名字"),
    ("w", "外贸原单仓", "{w}{p} 原单尾货 剪标", "工厂流出 非正品渠道 同厂做工 无小票 价格美丽"),
    ("w", "潮鞋批发小陈", "{w} {p} 超A 公司级 现货", "高版本 跟正品区别只有价格 需要的加v 微信在主页"),
    ("*", "微商团队招代理", "一件代发 {w}全系{p}", "精仿顶级版本 原版包装 朋友圈每天更新 欢迎咨询"),
    ("bwd", "仿品小铺", "{w}{p} 仿款 便宜出", "正品太贵买不起的姐妹看过来 仿的 但是做工真的好 细节图在评论区"),
    ("bwdh", "工厂直营店", "{p}｜{w}代工厂同款 1比1",
     "代工厂出来的 和正品同一条流水线 没有正品标 价格只要十分之一"),
    ("*", "小周的潮流小店", "#{w} #高仿{p} 到货", "复刻版 细节到位 看图说话 评论区扣1 私你价格"),
    ("bw", "海外代购Lily", "{w}{p} 高版本 非专柜", "原厂料 高端版本 介意仿的别问 支持退换"),
    ("*", "同城批发部", "批发价 {w}{p} A货 量大从优", "一比一还原 档口直发 全国包邮 招收代理"),
    ("*", "秒杀姐姐", "9.9秒杀 {w}{p} 复刻版", "正品几百这里九块九 复刻的别问真假 直播间秒完即止"),
    ("bwd", "精品仓库", "{w}{p} 顶级仿 原装包装盒", "盒子防伪标全套 跟专柜买的一样 外行看不出 自用送人都行"),
    ("l", "酒水批发老李", "{w}{p} 高仿 厂里内部货", "包装一比一 喝不出区别 正品价的零头 量大可谈"),
    ("f", "零食批发铺", "{w}{p} 仿制版 超低价", "外包装跟正品一样 味道差不多 不是原厂的 介意勿拍 批发走量"),
    ("*", "每日上新", "今日上新 {p} 顶级版本", "牌子是{w} 不是正品 复刻的 跟正品放一起分不出 需要的私聊"),
    ("bwd", "小雨的宝藏店铺", "姐妹们这个{p}绝了", "{w}的仿款 专柜价的零头 质量超好 链接在橱窗"),
    ("*", "潮品折扣", "{w}{p} 仿 便宜", "细节看图 包邮 拍下48小时发"),
    ("bwdh", "快手好货王哥", "老铁们 {w}{p} 高仿的 三折", "跟正品一个样 假的也好用 双击666 小黄车上架了"),
]
OFFERS_EN_H8 = [
    ("bw", "luxe_reps_store", "{w} {p} 1:1 mirror quality",
     "Top replica, same materials as retail. Not authentic, don't ask. DM for price and real "
     "photos."),
    ("*", "factory.direct.deals", "{w} {p} AAA grade, factory price",
     "Super copy, nobody can tell the difference. Worldwide shipping. WhatsApp in bio."),
    ("w", "sneakerhead_plug", "UA {w} {p} best batch",
     "Unauthorized authentic from the same factory, no tags, not from {w} stores. Retail is 10x."),
    ("bwd", "dupes_and_reps", "{w} {p} rep, looks 100% legit",
     "Replica, not original. Comment 'want' and I'll DM you."),
    ("*", "live.deal.room", "Live now: {w} {p} replicas",
     "Fake but identical to the real thing, a tenth of the price. Limited stock tonight."),
]
# resale: (kinds, account name, title, description); {m} the mark as written by its owner
RESALE_ZH_H8 = [
    ("wd", "小鹿的闲置铺", "出闲置｜{m}{p} 九成新", "自用一年，成色很好，专柜购入有小票，支持验货，不议价"),
    ("d", "二手回收阿明", "二手{m}{p} 转让", "个人闲置，功能正常，发票保修卡都在，同城可面交"),
    ("wd", "搬家清仓中", "搬家低价转{m}{p}", "买了没用几次，带不走了，原价五折出，带包装盒和购物凭证"),
    ("w", "试了不合适", "{m}{p} 不太适合我 转", "官网买的，吊牌还在，只试过一次，可以平台验货后再收款"),
    ("wd", "闲鱼老用户", "{m}{p} 闲置出 保真", "得物鉴定过，鉴定证书一起给，介意二手的勿扰"),
    ("wd", "毕业季甩卖", "毕业出{m}{p}", "自用，有使用痕迹，价格可小刀，学校门口自取"),
    ("bwd", "礼物多了一份", "朋友送的{m}{p} 全新未拆 转卖", "收到两个一样的，转一个，专柜小票在，可以先验再付"),
    ("w", "中古寄卖店", "寄卖｜中古{m}{p}", "经鉴定师鉴定为正品，附鉴定报告，成色A级，可来店自提"),
    ("wd", "宝妈闲置", "孩子用不上了 转{m}{p}", "商场专柜买的，八成新，可以视频验货，包邮"),
    ("bwd", "自用转让", "{m}{p} 自用转", "入手半年，发票在，走闲鱼验货担保交易"),
    ("fbhlm", "囤货太多了", "囤多了 转几件{m}{p}", "超市活动囤的，保质期到明年，有购物小票，同城自提"),
    ("fbhlm", "公司福利吃不完", "公司发的{m}{p} 低价转", "全新未拆，过节福利发多了，原价一半出"),
    ("b", "不适合我的护肤品", "{m}{p} 只用过两次 转", "专柜买的，肤质不合适，有小票，介意用过的别拍"),
    ("l", "婚宴剩的酒水", "婚宴剩下的{m}{p} 转让", "酒店统一采购，有发票，原箱未开，验货后付款"),
]
RESALE_EN_H8 = [
    ("wd", "secondhand_sam", "Selling my {m} {p}, barely used",
     "Bought at the {m} store last year, receipt included. Happy to meet so you can check it."),
    ("wd", "marketplace_finds", "Pre-owned {m} {p} with original box",
     "Authenticated, comes with invoice. Price firm, no trades."),
    ("fbhlm", "pantry_clear_out", "Unopened {m} {p} for sale",
     "Bought too many in a supermarket deal, receipt available, pick up only."),
]
# warnings against fakes, often quoting what the sellers said: (kinds, account name, title, text)
WARNINGS_ZH_H8 = [
    ("*", "打假小分队", "避雷！在某平台买的{m}{p}是假货",
     "卖家口口声声说是“原单尾货”“和专柜一模一样”，收到货做工粗糙，找{m}官方客服验了是假的。大家买{p}认准官方旗舰店！"),
    ("bwd", "消费者之声", "扒一扒直播间的“1:1”{m}{p}",
     "主播说“跟正品一比一，专柜验不出”，其实全是高仿。教你三招分辨真假{m}{p}"),
    ("*", "市场监管在线", "警方捣毁一制售假冒{m}{p}窝点",
     "现场查获假冒{m}注册商标的{p}三千余件，涉案金额超百万元。提醒广大消费者通过正规渠道购买。"),
    ("*", "法治视界", "卖“高仿{m}”被判刑！",
     "被告人在网上以“复刻”“A货”为名销售假冒{m}{p}，法院以销售假冒注册商标的商品罪判处有期徒刑。"),
    ("w", "鉴定师小林", "真假{m}{p}对比 看完不再踩坑", "左边正品右边仿品。卖家说“原厂同料”，一看走线和logo就露馅。评论区可以发图帮你看"),
    ("*", "宝妈育儿经", "姐妹们千万别在朋友圈买{m}{p}",
     "微商说是“海外代购 内部渠道”，价格便宜一半，结果到手是假的。{m}只在官方渠道买，别贪便宜"),
    ("*", "315在行动", "曝光：假{m}{p}流入电商平台", "记者暗访发现，部分商家以“工厂货”“尾单”名义销售仿冒{m}的{p}。"),
    ("d", "数码博主阿凯", "{m}{p}假货越来越难认了",
     "现在所谓的“超A”“公司级”外观几乎看不出来，教大家三个查真伪的方法：查序列号、看防伪码、官网验证"),
    ("fl", "食品安全提醒", "小心买到假{m}{p}！", "价格低得离谱的{m}{p}多半是假货，别信“厂里内部货”，购买请认准正规超市和官方店"),
    ("*", "律师说法", "买到假{m}能退一赔三吗？",
     "网购{p}，商家写着“保证正品”，鉴定却是仿冒{m}，根据消费者权益保护法可以要求退一赔三"),
]
WARNINGS_EN_H8 = [
    ("*", "consumer_watch", "PSA: that 'factory direct' {m} {p} is fake",
     "Sellers in live streams swear it's '1:1 mirror quality'. It isn't. Buy {m} only from the "
     "official store or authorised retailers."),
    ("*", "scam_alert_daily", "How I got scammed buying a {m} {p} online",
     "The listing said 'AAA replica, same factory as retail'. What arrived was a cheap copy. If "
     "the price is a tenth of retail it is not a real {m}."),
]
# reviews, unboxings and news: (kinds, account name, title, text)
REVIEWS_ZH_H8 = [
    ("bwdh", "测评君老周", "{m}{p} 深度体验一个月", "优点：做工扎实。缺点：价格偏高。总体值得买，附上对比图"),
    ("*", "开箱日记", "开箱！终于入手了{m}{p}", "官方旗舰店下单，两天到货，包装很用心，效果看视频"),
    ("*", "财经快讯", "{m}发布三季度财报 营收同比增长", "{m}今日公告，受{p}等产品销量带动，营收实现增长。"),
    ("*", "本地生活圈", "{m}新店开业 排队两小时", "商场一楼的{m}门店今天开业，现场人很多，{p}有新品首发"),
    ("w", "穿搭博主Momo", "一周穿搭｜{m}{p}怎么搭", "这件{m}{p}是去年买的，今天分享三种搭配"),
    ("*", "行业观察", "国货崛起：{m}的品牌故事", "从一个小作坊到家喻户晓，{m}走了几十年。今天聊聊{p}背后的故事"),
    ("bwdh", "学生党测评", "{m}{p}和同价位产品对比", "同样的预算买{m}还是买别的？实测数据告诉你"),
    ("*", "新闻早知道", "{m}宣布部分{p}降价", "{m}今天宣布，部分{p}下调售价，线上线下同步"),
    ("bwdh", "vlog小日子", "第一次用{m}{p}的真实感受", "不是广告！自费购买，说说用了一个月的感受"),
    ("f", "吃货小分队", "{m}{p} 试吃测评", "超市买的，味道还不错，甜度适中，给大家打个分"),
    ("b", "成分党小花", "{m}{p} 空瓶记", "用完一整瓶了，说说我的真实感受，油皮可以冲"),
    ("flm", "年货清单", "今年年货买了{m}{p}", "给家里老人买的，包装很喜庆，超市有活动"),
]
REVIEWS_EN_H8 = [
    ("d", "gadget_weekly", "{m} {p} review: worth the price?",
     "Two weeks with the {m} {p}. Solid build, a few quirks. Full verdict in the video."),
    ("fl", "taste_test_tv", "Trying {m} {p} for the first time",
     "Picked this up at the Asian supermarket. Honest reaction inside."),
    ("*", "brand_news_daily", "{m} opens flagship store in Shanghai",
     "The new {m} store has the full {p} range and a repair counter."),
]
# an owner's or authorised shop's own posts: (signed by, account name, title, text); owner signs
# 官方, a shop 授权; some warn against fakes with the sellers' words, one is the brand's own re-issue
AUTHORISED_H8 = [
    ("owner", "{m}官方旗舰店", "{m}新品{p}今日首发", "官方直营，正品保障，下单即送礼品，点击购物车链接购买"),
    ("owner", "{m}官方账号", "警惕假冒！{m}防伪查询指南",
     "近期有不法商家销售仿冒{m}{p}，打着“原单”“1:1”的旗号。请认准官方渠道，扫描防伪码验证真伪。"),
    ("owner", "{m}官方旗舰店", "经典复刻回归｜{m}{p}致敬初代",
     "时隔十年，{m}复刻初代经典设计，限量发售，仅在官方渠道购买"),
    ("owner", "{m}官方", "直播预告｜{m}官方直播间今晚8点", "官方直播，{p}正品保证，不定时福利秒杀"),
    ("shop", "{m}授权专卖店", "本店为{m}官方授权经销商", "{p}全系现货，支持官网查询授权编号，谨防高仿，认准授权店"),
    ("shop", "{m}授权店·城东店", "{m}{p}到店啦 欢迎来体验", "门店地址见主页，专柜同价，开具发票，全国联保"),
    ("shop", "{m}官方授权店", "双十一活动｜{m}{p}限时满减", "官方授权，假一罚十，拍下后48小时内发货"),
    ("shop", "{m}授权经销商", "有人问我们和网上几十块的{m}{p}有什么区别",
     "网上那些叫“同款”“复刻”的都是仿冒品，我们是官方授权，每件可查"),
]
# everyday sentences holding a loaded mark's sound, its initials or its own characters across words
SOUND_ALIKE_H8 = [
    "大江大河一路向东，这部纪录片1:1还原了三峡截流的场面",
    "过年回老家，奶奶说平安就是得福，我复刻了一桌小时候的年夜饭",
    "一粒米一滴汗，食堂光盘行动从我做起",
    "所有的委屈最后都化为动力，今天是自律打卡第100天",
    "这片湿地被划为自然保护区，候鸟越来越多了",
    "居家隔离第七天，在家1:1还原了网红蛋糕",
    "恰恰相反，越是简单的菜越考验刀工",
    "李白的诗我最喜欢这首，今天带孩子背静夜思",
    "坐在芭蕉下面听雨，南方的夏天就是这样",
    "本周大福利来了！小区团购的青菜一块钱一斤",
    "快乐高于一切，周末带娃去郊外放风筝",
    "她爱马是出了名的，每个周末都泡在马场",
    "亚瑟是圆桌骑士的首领，今天给孩子讲这个传说",
    "他独特步伐的舞蹈视频火了，好多人跟着模仿",
    "回力镖扔出去又飞回来了，物理老师现场演示",
    "博物馆新到了一块始祖鸟化石，旁边还有一比一的复原模型",
    "早上在公园看到三只松鼠抢一颗松果，太可爱了",
    "纪录片里草原上的七匹狼围住了一头野牛",
    "金庸小说里九阳神功和九阴真经哪个更厉害",
    "冬天小区树上来了一群太平鸟，把山楂都吃光了",
    "周末去看我老干妈，她给我包了一大袋饺子",
    "宝宝一看到泡泡就哇哈哈地笑个不停",
    "孩儿他爸今天下厨，复刻了我妈的拿手红烧肉",
    "出劳力是年轻人该做的，帮邻居搬了一下午家",
    "运动完加能量棒，这个小习惯坚持了一年",
    "做一个反思者，每天睡前写三行日记",
    "这头萌牛在草地上打滚，网友说像极了周一的我",
    "寒假完美日记：早睡早起背单词，模仿学霸的作息",
    "衬衫上的蓝扣子掉了一颗，顺手缝了回去",
    "费了好大劲才把柜子装好，说明书太难懂了",
    "路面低凹处积了好多水，骑车一定要小心",
    "老师将小白兔放回了笼子里，孩子们都舍不得",
    "靠毅力坚持跑步一百天，瘦了十斤",
    "逛古玩市场淘到一盏波斯灯，老板说是仿品，但挺好看",
    "水果里的自然糖分比甜点健康多了",
    "加我QQ发你旅游照片，微信满了",
    "婚礼请了个DJ打碟，全场嗨翻",
    "这台老摩托排量125cc，修好了还能跑",
    "Travel diary: the Yili grasslands in Xinjiang are unreal in June",
    "Learning to dance the cha cha for my sister's wedding",
]
SOUND_ALIKE_FRAMES_H8 = [("{s}", "#日常 #记录生活"), ("随手记一笔", "{s}"), ("{s}", ""),
                         ("今日vlog", "{s} 喜欢的话点个关注吧")]
# common-word marks in their ordinary sense (some next to their own product cues or 复刻/1:1), and
# Latin names that are everyday English words
COMMON_SENSE_H8 = [
    "美的东西总是短暂的，所以要好好珍惜",
    "不到长城非好汉，今天终于爬上了八达岭",
    "长城脚下的葡萄园今年丰收了，葡萄特别甜",
    "1:1复刻了一段长城的微缩模型，用了三千块积木",
    "女儿养了一只大白兔，每天喂胡萝卜",
    "泰国人把白象当作吉祥的象征",
    "成都基地的熊猫宝宝今天满月了",
    "电视里在播熊猫纪录片，孩子看得目不转睛",
    "看到这张老照片让我联想到小时候的夏天",
    "用联想记忆法背单词，一晚上记住了五十个",
    "中华文化博大精深，这期讲汉字的演变",
    "凤凰古城的夜景太美了，沱江边上全是灯",
    "骑自行车游凤凰古城，累但值得",
    "这批文物将被永久保存在省博物馆",
    "我家大宝今天上小学了，二宝哭着要跟去",
    "大宝偷偷拿我的面霜涂了一脸，哭笑不得",
    "楼下的流浪白猫生了三只小猫，邻居们轮流喂",
    "海天一色，三亚的日落绝了",
    "女儿第一次登台跳小天鹅，紧张又可爱",
    "红豆生南国，春来发几枝，今天给大家讲王维",
    "燕京八景之一卢沟晓月，今天终于去打卡了",
    "雨后一道长虹挂在山间，赶紧拍下来当壁纸",
    "你是个好孩子，妈妈为你骄傲",
    "今晚会出现蓝月亮，天文爱好者别错过",
    "全班统一穿白衬衫参加合唱比赛",
    "秦始皇统一六国之后做的第一件事是什么",
    "第一片雪花落下来了，北京初雪快乐",
    "窗外雪花飘飘，屋里火锅配啤酒",
    "神农架拍到野生金丝猴群，太珍贵了",
    "景区提醒：请勿给金丝猴投喂糖果",
    "故人西辞黄鹤楼，烟花三月下扬州",
    "考试前一晚六神无主，根本睡不着",
    "祝大家新年生意旺旺，红红火火",
    "沙漠里的骆驼可以很多天不喝水",
    "穿着登山鞋去鸣沙山骑骆驼看日出",
    "女儿最喜欢的小熊玩偶洗坏了，心疼",
    "老板今天请全组喝奶茶，开心",
    "房东老板说油烟机坏了他明天来修",
    "用相机拍到一群海鸥抢游客手里的面包",
    "古代用飞鸽传书，现在一条微信就到了",
    "My coach said I need to work on my backhand before the tournament",
    "Omega-3 fish oil: do you really need it? A dietitian explains",
    "Tips for shy people: how to converse with strangers at parties",
    "A white dove landed on our balcony this morning",
    "Warrior II pose for beginners, hold it for thirty seconds",
    "Is the new episode canon or not? Fans can't agree",
    "Hermes, messenger of the gods: Greek myths for kids",
    "We rented two camper vans for a road trip around Iceland",
]
COMMON_FRAMES_H8 = {
    "zh": [("{s}", "#生活碎片"), ("分享一下", "{s}"), ("{s}", "你们那边怎么样？评论区聊聊"),
           ("日常随拍", "{s} #随手拍")],
    "en": [("{s}", "#dailylife"), ("quick note", "{s}"), ("{s}", "thoughts? let me know below"),
           ("today", "{s} #vlog")],
}
VIEWERS_H8 = ["生活碎片", "阿珍的日常", "小城故事", "旅行的意义", "周末去哪儿", "一只快乐的打工人",
              "daily.notes", "山野来信", "奶爸日记", "Lena在路上"]


class Spellings8:
    """held_out_8's own spelling writers: how a seller disguises a mark, one family each."""

    SEPARATORS = ["•", "‧", "∙", "/", "\\", "｜", "¦", "-", "–", "~", "～", "^", "#", "&", "+", "×",
                  "°", "♥", "★", "✿", "💎", "👉", "🍑", "✅", "\u200b", "\u3000", " ", "  ", "_",
                  "，", "=", "|"]
    DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}
    FANCY = ["MATHEMATICAL BOLD", "MATHEMATICAL ITALIC", "MATHEMATICAL BOLD ITALIC",
             "MATHEMATICAL SCRIPT", "MATHEMATICAL BOLD SCRIPT", "MATHEMATICAL FRAKTUR",
             "MATHEMATICAL DOUBLE-STRUCK", "MATHEMATICAL SANS-SERIF BOLD",
             "MATHEMATICAL SANS-SERIF ITALIC", "MATHEMATICAL MONOSPACE", "FULLWIDTH LATIN",
             "CIRCLED LATIN", "NEGATIVE CIRCLED LATIN", "SQUARED LATIN", "NEGATIVE SQUARED LATIN",
             "PARENTHESIZED LATIN"]
    # letters of the math styles that Unicode keeps in Letterlike Symbols, under other names
    LETTERLIKE = {"MATHEMATICAL SCRIPT": "SCRIPT", "MATHEMATICAL FRAKTUR": "BLACK-LETTER",
                  "MATHEMATICAL DOUBLE-STRUCK": "DOUBLE-STRUCK"}

    def __init__(self) -> None:
        import unicodedata

        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin

        self._lazy, self._style = lazy_pinyin, Style
        to_simplified = OpenCC("t2s").convert
        # (toned reading, tier) -> simplified characters whose usual reading it is; tier 0 GB2312
        # level 1, 1 GB2312 level 2, 2 GBK only
        pools: dict[tuple[str, int], list[str]] = defaultdict(list)
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                encoded = char.encode("gb2312")
                tier = 0 if encoded[0] < 0xD8 else 1
            except UnicodeEncodeError:
                try:
                    char.encode("gbk")
                except UnicodeEncodeError:
                    continue
                tier = 2
            if to_simplified(char) != char:
                continue
            reading = lazy_pinyin(char, style=Style.TONE3, errors="ignore")
            if reading:
                pools[(reading[0], tier)].append(char)
        self.pools = pools
        to_traditional = OpenCC("s2t").convert
        self.variants = lambda char: {to_simplified(char), to_traditional(char)}
        twins: dict[str, list[str]] = defaultdict(list)
        scripts = ("CYRILLIC", "GREEK", "ARMENIAN", "LATIN", "CHEROKEE")
        for char, entries in load("confusables.json").items():
            if len(char) != 1 or char.isascii() or not char.isalpha():
                continue
            if not unicodedata.name(char, "").startswith(scripts):
                continue
            for entry in entries:
                if len(entry["c"]) == 1 and entry["c"].isascii() and entry["c"].isalpha():
                    twins[entry["c"]].append(char)
        self.twins = {k: sorted(set(v)) for k, v in twins.items()}

    def readings(self, mark: str) -> list[str]:
        """Each character's toned reading in the mark (a neutral tone: the character's own)."""
        out = []
        for char, reading in zip(mark, self._lazy(mark, style=self._style.TONE3)):
            if not reading[-1].isdigit():
                reading = self._lazy(char, style=self._style.TONE3)[0]
            out.append(reading)
        return out

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One or two characters swapped for others of the same toned reading, a common, a less
        common or a rare one; never the same character in the other script, never a loaded mark."""
        readings = self.readings(mark)
        for _ in range(200):
            count = 1 if len(mark) == 2 and rng.random() < 0.8 else rng.choice((1, 2))
            chars = list(mark)
            for index in rng.sample(range(len(mark)), min(count, len(mark))):
                tier = rng.choices((0, 1, 2), weights=(45, 35, 20))[0]
                for tried in (tier, 1, 0, 2):
                    pool = [c for c in self.pools.get((readings[index], tried), [])
                            if c not in self.variants(mark[index]) and c != mark[index]]
                    if pool:
                        chars[index] = rng.choice(pool)
                        break
            written = "".join(chars)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"{mark}: no homophone")

    def separated(self, text: str, rng: random.Random) -> str:
        """A separator between every character: one kind, a kind per gap, or spaced around."""
        if text.isascii():
            text = text.replace(" ", "")
            text = text.upper() if rng.random() < 0.5 else text
        style = rng.random()
        if style < 0.65:
            return rng.choice(self.SEPARATORS).join(text)
        if style < 0.85:
            return "".join(c + rng.choice(self.SEPARATORS) for c in text[:-1]) + text[-1]
        return f" {rng.choice(['/', '·', '|', '-', '✨'])} ".join(text)

    def pinyin(self, mark: str, rng: random.Random) -> str:
        plain = self._lazy(mark, style=self._style.NORMAL)
        marked = self._lazy(mark, style=self._style.TONE)
        digits = self._lazy(mark, style=self._style.TONE3)
        style = rng.randrange(9)
        return [
            "".join(plain), " ".join(plain), "".join(s.capitalize() for s in plain),
            "".join(plain).upper(), " ".join(marked), "".join(marked), "".join(digits),
            " ".join(digits), "".join(plain).capitalize(),
        ][style]

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self._lazy(mark, style=self._style.NORMAL)]
        style = rng.randrange(7)
        if style == 0:
            return "".join(letters)
        if style == 1:
            return "".join(letters).upper()
        if style == 2:
            return ".".join(letters).upper() + rng.choice((".", ""))
        if style == 3:
            return " ".join(letters).upper()
        if style == 4:
            return "".join(letters).capitalize()
        if style == 5:
            return "-".join(letters)
        return " ".join(letters)

    def _fancy_letter(self, style: str, letter: str) -> str:
        import unicodedata

        case = "CAPITAL" if letter.isupper() else "SMALL"
        names = [f"{style} {case} {letter.upper()}", f"{style} {case} LETTER {letter.upper()}"]
        if style in self.LETTERLIKE:
            names.append(f"{self.LETTERLIKE[style]} {case} {letter.upper()}")
        if style == "MATHEMATICAL ITALIC" and letter == "h":
            names.append("PLANCK CONSTANT")
        for name in names:
            try:
                return unicodedata.lookup(name)
            except KeyError:
                continue
        return letter

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Look-alike letters of other scripts, a fancy-text style, small capitals or overlays."""
        kind = rng.choices(("twins", "fancy", "small", "overlay"), weights=(35, 45, 10, 10))[0]
        for _ in range(50):
            if kind == "twins":
                out = "".join(rng.choice(self.twins[c]) if c in self.twins and rng.random() < 0.5
                              else c for c in latin)
            elif kind == "fancy":
                style = rng.choice(self.FANCY)
                text = latin.upper() if style in ("NEGATIVE CIRCLED LATIN", "SQUARED LATIN",
                                                  "NEGATIVE SQUARED LATIN") else latin
                text = text.lower() if style == "PARENTHESIZED LATIN" else text
                out = "".join(self._fancy_letter(style, c) if c.isalpha() else c for c in text)
            elif kind == "small":
                import unicodedata

                def small(c: str) -> str:
                    try:
                        return unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {c.upper()}")
                    except KeyError:
                        return c.lower()
                out = latin[0] + "".join(small(c) if c.isalpha() else c for c in latin[1:])
            else:
                mark = rng.choice(("\u0336", "\u0332", "\u0338"))
                out = "".join(c + mark if c.isalpha() else c for c in latin)
            if out != latin and not out.isascii():
                return out
        raise ValueError(f"{latin}: no look-alike")

    def digits(self, latin: str, rng: random.Random) -> str:
        """One or two letters swapped for the digits they look like; the rest left as letters."""
        places = [i for i, c in enumerate(latin) if c.lower() in self.DIGITS]
        letters = sum(c.isalpha() for c in latin)
        count = min(rng.choice((1, 1, 1, 2, 2)), len(places), max(1, letters - 2))
        chars = list(latin)
        for index in rng.sample(places, count):
            chars[index] = self.DIGITS[chars[index].lower()]
        return "".join(chars)


def eighth_held_out(seed: int = 131) -> list[Case]:
    """held_out_8: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_7's sizes)."""
    from benchmarks.bench_brands import REAL

    rng = random.Random(seed)
    words = Spellings8()
    every = {b.mark: b for b in (suite_brands() + held_out_3_brands() + held_out_4_brands()
                                 + held_out_5_brands() + held_out_6_brands())}
    taken = set(every) | {m for m, *_ in REAL} | {k for _, _, ks, *_ in REAL for k in ks}
    brands = [every[mark] for mark in MARKS_H8]
    out: list[Case] = []

    def goods(brand: Brand, english: bool = False) -> str:
        chinese, latin = GOODS_H8[brand.mark]
        return rng.choice(latin if english else (chinese or brand.context_words))

    def pick(templates: list, kind: str) -> tuple:
        return rng.choice([t for t in templates if t[0] == "*" or kind in t[0]])

    def offer(family: str, brand: Brand, written: str) -> None:
        # a mark written in letters may sit in an English post; one in characters never does
        english = not any("\u4e00" <= c <= "\u9fff" for c in written) and rng.random() < 0.35
        product = goods(brand, english)
        _, name, title, text = pick(OFFERS_EN_H8 if english else OFFERS_ZH_H8, _kind_h8(product))
        if re.match(r"[A-Za-z]", product) and re.search(r"[A-Za-z0-9]$", written):
            title, text = (t.replace("{w}{p}", "{w} {p}") for t in (title, text))  # chang cheng SUV
        out.append(Case(family, "held_out_8", brand, f"seller{rng.randrange(100_000)}", name,
                        title.format(w=written, p=product), text.format(w=written, p=product)))

    def benign(family: str, brand: Brand, chinese: list, english: list) -> None:
        in_english = bool(brand.aliases) and rng.random() < 0.25
        product = goods(brand, in_english)
        written = brand.aliases[0] if in_english else brand.mark
        _, name, title, text = pick(english if in_english else chinese, _kind_h8(product))
        out.append(Case(family, "held_out_8", None, f"user{rng.randrange(100_000)}", name,
                        title.format(m=written, p=product), text.format(m=written, p=product)))

    for brand in brands:
        latin = brand.aliases[0] if brand.aliases else ""
        for _ in range(3):
            offer("no_evasion", brand, latin if latin and rng.random() < 0.3 else brand.mark)
            offer("separators", brand,
                  words.separated(latin if latin and rng.random() < 0.3 else brand.mark, rng))
            offer("initials", brand, words.initials(brand.mark, rng))
            offer("pinyin", brand, words.pinyin(brand.mark, rng))
            offer("homophones", brand, words.homophone(brand.mark, rng, taken))
            benign("resale", brand, RESALE_ZH_H8, RESALE_EN_H8)
            benign("consumer_warnings", brand, WARNINGS_ZH_H8, WARNINGS_EN_H8)
            benign("reviews_news", brand, REVIEWS_ZH_H8, REVIEWS_EN_H8)
            account = rng.choice((brand.owner, *sorted(brand.authorized)))
            signer = "owner" if account == brand.owner else "shop"
            _, name, title, text = rng.choice([t for t in AUTHORISED_H8 if t[0] == signer])
            product = goods(brand)
            out.append(Case("authorised_own_posts", "held_out_8", None, account,
                            name.format(m=brand.mark), title.format(m=brand.mark, p=product),
                            text.format(m=brand.mark, p=product)))
    latin_brands = [b for b in brands if b.aliases]
    for family in ("confusables", "digit_swaps"):
        order = latin_brands[:]
        rng.shuffle(order)
        for index in range(64):
            brand = order[index % len(order)]
            text = brand.aliases[0]
            offer(family, brand, words.confusable(text, rng) if family == "confusables"
                  else words.digits(text, rng))
    for sentence in SOUND_ALIKE_H8:
        for title, text in SOUND_ALIKE_FRAMES_H8:
            out.append(Case("ordinary_sound_alikes", "held_out_8", None,
                            f"user{rng.randrange(100_000)}", rng.choice(VIEWERS_H8),
                            title.format(s=sentence), text.format(s=sentence)))
    for sentence in COMMON_SENSE_H8:
        for title, text in COMMON_FRAMES_H8["en" if sentence.isascii() else "zh"]:
            out.append(Case("common_word_ordinary_sense", "held_out_8", None,
                            f"user{rng.randrange(100_000)}", rng.choice(VIEWERS_H8),
                            title.format(s=sentence), text.format(s=sentence)))
    return out


# -- held_out_9 (issue 13, stop 25): written before any of that stop's rule changes ----------------
# A ninth held-out part, because every part above has been read. Written by a seventh hand that read
# neither the guard (src/origin/brands/, rules.toml, its tables) nor the templates above: only this
# file's structure (Case, the marks lists, the family names, how a part is assembled) and
# bench_brands.py's scoring. Phrasing comes from how sellers, live-stream rooms, resellers, viewers,
# regulators, lawyers and brand shops write on Chinese and English short-video and second-hand
# platforms; spellings come from its own writers (Spellings9) over outside data (pypinyin readings,
# GB2312/GBK code ranges, OpenCC's traditional-to-simplified table, Unicode's confusables table and
# character names).

# The 51 loaded marks with the fewest held-out offers before this part (tune excluded), held_out_8's
# counted twice because this stop's round reads it; ties by mark. 13 common words, 36 Latin names,
# 18 not in held_out_8.
MARKS_H9 = [
    "乐高", "亚瑟士", "兰蔻", "周大福", "新百伦", "欧米茄", "红牛", "美的", "云南白药", "格兰仕", "比亚迪",
    "纪梵希", "大白兔", "白象", "良品铺子", "元气森林", "六神", "小熊", "海天", "老板", "金丝猴", "雪花",
    "飞鸽", "花西子", "普拉达", "海澜之家", "特步", "伊利", "匡威", "同仁堂", "回力", "始祖鸟", "娃哈哈",
    "巴宝莉", "斐乐", "浪琴", "百雀羚", "索尼", "范思哲", "茅台", "资生堂", "雅戈尔", "雅诗兰黛", "三只松鼠",
    "熊猫", "片仔癀", "长城", "洽洽", "立白", "蕉下", "万宝龙",
]
# each mark's goods: ((Chinese, kind), ...), ((English, kind), ...); a common-word mark's Chinese
# goods hold one of its product cues, so an offer names the mark beside what the mark is known for.
# kinds (a template lists those it fits): s shoes, c clothes, a bags, belts, wallets and scarves,
# t watches, j jewellery, b beauty and personal care, h household wash, f food, drink, liquor and
# tobacco, d devices and appliances, y toys, v bicycles and car parts, m medicine.
GOODS_H9: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "乐高": ((("拼装积木", "y"), ("机械组积木", "y"), ("人仔", "y")),
           (("building set", "y"), ("minifigures", "y"))),
    "亚瑟士": ((("缓震跑鞋", "s"), ("排球鞋", "s")), (("running shoes", "s"), ("trainers", "s"))),
    "兰蔻": ((("菁纯面霜", "b"), ("持妆粉底液", "b"), ("香水", "b")),
           (("face cream", "b"), ("foundation", "b"))),
    "周大福": ((("足金手镯", "j"), ("转运珠手链", "j"), ("钻石吊坠", "j")),
            (("gold bangle", "j"), ("pendant", "j"))),
    "新百伦": ((("990复古跑鞋", "s"), ("运动鞋", "s")), (("990 sneakers", "s"), ("trainers", "s"))),
    "欧米茄": ((("超霸月球表", "t"), ("海马腕表", "t")),
            (("Speedmaster watch", "t"), ("Seamaster watch", "t"))),
    "红牛": ((("功能饮料", "f"), ("饮料", "f")), (("energy drink", "f"),)),
    "美的": ((("空调", "d"), ("电饭煲", "d"), ("洗衣机", "d")),
           (("air conditioner", "d"), ("rice cooker", "d"))),
    "云南白药": ((("气雾剂", "m"), ("创可贴", "m"), ("牙膏", "b")), (("spray", "m"), ("toothpaste", "b"))),
    "格兰仕": ((("微波炉", "d"), ("空气炸锅", "d")), (("microwave", "d"), ("air fryer", "d"))),
    "比亚迪": ((("刹车片", "v"), ("原装脚垫", "v"), ("车标", "v")),
            (("brake pads", "v"), ("floor mats", "v"))),
    "纪梵希": ((("四宫格散粉", "b"), ("小羊皮口红", "b")), (("loose powder", "b"), ("lipstick", "b"))),
    "大白兔": ((("奶糖", "f"), ("糖果", "f")), (("milk candy", "f"),)),
    "白象": ((("方便面", "f"), ("泡面", "f")), (("instant noodles", "f"),)),
    "良品铺子": ((("猪肉脯", "f"), ("零食礼包", "f"), ("每日坚果", "f")), ()),
    "元气森林": ((("气泡水", "f"), ("外星人电解质水", "f")), ()),
    "六神": ((("花露水", "b"), ("沐浴露", "b")), ()),
    "小熊": ((("酸奶机", "d"), ("电炖锅", "d")), ()),
    "海天": ((("酱油", "f"), ("蚝油", "f")), ()),
    "老板": ((("油烟机", "d"), ("燃气灶", "d")), ()),
    "金丝猴": ((("奶糖", "f"), ("糖果", "f")), ()),
    "雪花": ((("啤酒", "f"), ("纯生", "f")), ()),
    "飞鸽": ((("自行车", "v"), ("单车", "v")), ()),
    "花西子": ((("空气蜜粉", "b"), ("雕花口红", "b")), (("setting powder", "b"), ("lipstick", "b"))),
    "普拉达": ((("三角标托特包", "a"), ("乐福鞋", "s"), ("尼龙腰包", "a")),
            (("tote bag", "a"), ("loafers", "s"))),
    "海澜之家": ((("POLO衫", "c"), ("夹克", "c")), (("polo shirt", "c"), ("jacket", "c"))),
    "特步": ((("竞速跑鞋", "s"), ("运动鞋", "s")), (("racing shoes", "s"), ("sneakers", "s"))),
    "伊利": ((("纯牛奶", "f"), ("舒化奶", "f"), ("奶粉", "f")), (("milk", "f"), ("milk powder", "f"))),
    "匡威": ((("1970s帆布鞋", "s"), ("高帮帆布鞋", "s")), (("Chuck 70s", "s"), ("high tops", "s"))),
    "同仁堂": ((("六味地黄丸", "m"), ("乌鸡白凤丸", "m")), (("herbal pills", "m"),)),
    "回力": ((("网球鞋", "s"), ("帆布鞋", "s")), (("tennis shoes", "s"), ("canvas shoes", "s"))),
    "始祖鸟": ((("硬壳冲锋衣", "c"), ("抓绒外套", "c")), (("hardshell jacket", "c"), ("fleece", "c"))),
    "娃哈哈": ((("AD钙奶", "f"), ("纯净水", "f")), (("yogurt drink", "f"),)),
    "巴宝莉": ((("格纹风衣", "c"), ("羊绒围巾", "a")), (("trench coat", "c"), ("cashmere scarf", "a"))),
    "斐乐": ((("猫爪老爹鞋", "s"), ("运动卫衣", "c")), (("dad sneakers", "s"), ("hoodie", "c"))),
    "浪琴": ((("名匠腕表", "t"), ("康卡斯手表", "t")), (("watch", "t"), ("dress watch", "t"))),
    "百雀羚": ((("面霜", "b"), ("水乳套装", "b")), (("face cream", "b"), ("skincare set", "b"))),
    "索尼": ((("降噪耳机", "d"), ("微单相机", "d"), ("游戏手柄", "d")),
           (("headphones", "d"), ("camera", "d"))),
    "范思哲": ((("美杜莎皮带", "a"), ("男士香水", "b")), (("belt", "a"), ("cologne", "b"))),
    "茅台": ((("飞天53度", "f"), ("酱香酒", "f")), (("baijiu", "f"),)),
    "资生堂": ((("红腰子精华", "b"), ("蓝胖子防晒", "b")), (("serum", "b"), ("sunscreen", "b"))),
    "雅戈尔": ((("免烫衬衫", "c"), ("羊毛西装", "c")), (("dress shirt", "c"), ("wool suit", "c"))),
    "雅诗兰黛": ((("小棕瓶精华", "b"), ("沁水粉底液", "b")), (("serum", "b"), ("foundation", "b"))),
    "三只松鼠": ((("坚果礼盒", "f"), ("碧根果", "f")), ()),
    "熊猫": ((("香烟", "f"), ("电视", "d")), ()),
    "片仔癀": ((("锭剂", "m"), ("珍珠膏", "b")), ()),
    "长城": ((("葡萄酒", "f"), ("哈弗刹车片", "v")), ()),
    "洽洽": ((("瓜子", "f"), ("小黄袋坚果", "f")), (("sunflower seeds", "f"),)),
    "立白": ((("洗衣液", "h"), ("洗洁精", "h")), (("laundry liquid", "h"),)),
    "蕉下": ((("防晒衣", "c"), ("防晒帽", "c")), (("UV jacket", "c"), ("sun hat", "c"))),
    "万宝龙": ((("男士皮带", "a"), ("商务皮夹", "a")), (("belt", "a"), ("wallet", "a"))),
}

# initials another loaded mark shares: the offer's goods must say which mark is meant (XM is also
# 小米's, and 小米 sells televisions; 老板 and 立白 share LB, but not their goods)
SHARED_INITIALS_H9 = {"熊猫": (("香烟", "f"),)}

# Templates: (kinds they fit, "*" every kind; account name; title; description).
# Counterfeit offers: {w} the mark as the seller wrote it, {p} the goods. Each says in its own words
# that the goods are not genuine (replica grades, factory talk, "not authentic", fake receipts).
OFFERS_ZH_H9 = [
    ("s", "鞋仓阿斌", "{w}{p} 纯原版 过得了得物", "莆田老师傅手工做的 鞋标走线和正品零差别 尺码全 私我看细节视频"),
    ("sactjbdy", "好物分享官", "{w}{p}｜专柜同款 高仿版", "价格只要专柜三分之一 拿到手绝对满意 需要的宝子滴滴我"),
    ("sac", "", "工厂尾单 {w}{p} 不是正品", "没有吊牌 简装发货 跟正品一个代工厂 不是正品介意勿拍"),
    ("*", "直播间小助理", "今晚8点直播间 {w}{p} 一比一 秒杀", "直播专拍链接 1:1复刻 数量有限 拍下备注主播名字"),
    ("atj", "代购Lily(非专柜)", "{w}{p} 超A货 现货秒发", "超A品质 LOGO清晰 钢印刻字都有 专柜小票可以配 另加20"),
    ("*", "微商总代", "招代理｜高仿{w}{p} 一件代发", "厂家直招代理 利润空间大 零囤货 朋友圈素材图免费提供 都是仿的放心卖"),
    ("t", "表哥腕表", "{w}{p} 精仿 V3版本", "大厂出品 精钢表壳 夜光到位 机芯是国产的 不是原装 介意慎拍"),
    ("a", "包包搬运工", "{w}{p} 顶级版本 原版开模", "材料跟原版一致 只是没有品牌授权 五金全钢 走线整齐 价格美丽"),
    ("b", "美妆工厂店", "{w}{p} 仿版 代工厂同料", "和专柜的味道质地一模一样 瓶子原版开模 不是正品但效果一样"),
    ("f", "烟酒批发老刘", "高仿{w}{p} 整箱批发", "口感跟正品差不多 盒子防伪码都做好了 请客送礼有面子 量大价优"),
    ("f", "零食折扣仓", "山寨{w}{p} 包装和正品一样", "包装一比一 尝不出区别 成本价出 批发走量 可以贴自己的价签"),
    ("d", "数码严选", "{w}{p} 高仿 外观1:1", "外观做工和原装一模一样 功能能用 当正品送人没问题 不保修"),
    ("d", "家电清仓处理", "贴牌{w}{p} 仿款特价", "外壳logo一模一样 里面不是原厂的 比正品便宜一半 只限自提"),
    ("m", "养生小铺", "{w}{p} 仿制 效果一样", "和药店卖的一个样 盒子批号都有 便宜好几百 不是正品渠道 需要的私聊"),
    ("sactjbd", "", "【高仿】{w} {p} 新款到货", "品质杠杠的 看图说话 支持验做工 不支持专柜验"),
    ("s", "潮流仓库", "{w}{p} 复刻 莆田货", "莆田鞋厂做的 版型对标正品 脚感一致 拍两双包邮"),
    ("*", "小七的店", "{w}同款{p} A货", "A货 买不起正品的可以看看 质量不输 拍前问库存"),
    ("sactjb", "源头货盘", "{w}{p} 原单 过不了专柜", "原单货说白了就是仿的 不能拿去专柜验 介意别拍"),
    ("sc", "直播回放", "【直播切片】主播试穿{w}{p} 高仿福利款", "福利款是高仿哈 不是正品 家人们想要的扣1 主播给你们留"),
    ("*", "直播回放", "【切片】主播上手{w}{p} 仿品专场", "今晚全场仿品 价格打下来 不是正品哦 拍之前看清楚"),
    ("*", "", "{w}{p}！！仿得最像的一家", "对比了七八家 这家的仿品细节最到位 链接在主页"),
    ("sacjbfhy", "义乌小商品", "{w}{p} 假货 论斤卖", "就是假货 不装了 论斤批发 地摊夜市拿货的来"),
    ("ast", "一手货源", "{w}{p} 顶配高仿 带全套包装", "顶配版 全套包装说明书防尘袋都有 跟正品摆一起看不出来"),
    ("fb", "", "{w}{p} 仿冒款 低价清", "仿冒的 效果差不多 保质期新鲜 一箱起批 不退不换"),
]
OFFERS_EN_H9 = [
    ("*", "repfinds_daily", "{w} {p} 1:1 replica, best batch",
     "Top batch {w} {p}, mirror quality, ships in 3 days. DM for QC pics."),
    ("*", "", "{w} {p} - AAA copy, cheap",
     "AAA grade copy of the {w} {p}. Not original. Worldwide shipping."),
    ("sac", "sneakerplug", "{w} {p} UA quality",
     "Unauthorized authentic {w} {p}, factory overrun, no receipt, not from a {w} store."),
    ("*", "wholesale_hub", "Wholesale {w} {p} knockoffs",
     "Factory price knockoff {w} {p}, MOQ 10 pcs, logo printed, retail-style packaging."),
    ("*", "", "fake {w} {p} nobody can tell apart",
     "Honestly the best fake {w} {p} I've sold. Looks identical to retail. Link in bio."),
    ("atj", "luxe_reps", "{w} {p} rep, super clone",
     "Super clone {w} {p}, 1:1 with retail, hardware engraved. Message to order."),
    ("b", "beauty_deals", "replica {w} {p}, same look",
     "Replica {w} {p} in the original-style box. Not authentic, priced to match."),
    ("f", "", "{w} {p} with copied labels, bulk",
     "Fake {w} {p}, labels and boxes match the real thing. Bulk orders only."),
    ("d", "gadget_outlet", "{w} {p} clone, a third of the price",
     "{w} {p} clone with the logo, looks like the original. Not genuine, no warranty."),
    ("*", "live_deals", "LIVE now: replica {w} {p} from $19",
     "Tonight's live: replica {w} {p}, first 50 orders ship free. Comment 'want'."),
    ("*", "", "{w} {p} counterfeit, factory direct",
     "Counterfeit {w} {p} straight from the factory, fake receipt available on request."),
]

# Resale, as posted by people and shops selling what they own: no counterfeit words, often proof.
RESALE_ZH_H9 = [
    ("sactjbdy", "闲置小铺", "出闲置｜{m}{p} 自用 九成新", "去年专柜买的 用了几次 有购物小票 可验货 同城面交优先"),
    ("sc", "", "二手 {m}{p} 转卖", "尺码不合适 只试穿过一次 吊牌还在 发票齐全 不刀"),
    ("sactjdyv", "搬家清仓中", "搬家清空 {m}{p} 低价转", "自己用的 有正常使用痕迹 介意勿扰 自提"),
    ("tjd", "断舍离中", "{m}{p} 全新未拆 转让", "朋友送的 用不上 原价转 附专柜小票和保修卡"),
    ("tj", "老王二手表行", "寄卖 {m}{p} 二手", "顾客寄卖的二手{m}{p} 已过第三方鉴定 附证书 可到店看货"),
    ("f", "", "囤多了 {m}{p} 转一些", "超市打折囤的 保质期到明年 原价转 不包邮"),
    ("f", "", "单位发的{m}{p} 家里用不上 闲置出", "过节单位发的福利 没拆封 有需要的同事可以找我"),
    ("m", "", "家里多的 {m}{p} 转", "药店买重了 未开封 有购药小票 批号生产日期可以拍给你看"),
    ("d", "", "{m}{p} 二手 自用一年", "功能完好 国行 有发票 换了新的所以出 送原装配件"),
    ("sactjbdy", "", "出个{m}{p}", "买来就放着 99新 走闲鱼 支持验货 包邮"),
    ("b", "", "{m}{p} 只用了两次 转", "专柜柜姐推荐的 不适合我的肤质 有小票 介意勿拍"),
    ("h", "", "{m}{p} 多买了几瓶 转", "超市活动买多了 全新没开 自提送两个衣架"),
    ("*", "校园二手群", "毕业清仓 {m}{p}", "毕业了带不走 宿舍楼下自取 官方店买的 订单截图可看"),
]
RESALE_EN_H9 = [
    ("sactjdyv", "", "Selling my {m} {p}, used, good condition",
     "Bought at the {m} store last year, receipt included. Pickup or shipping at buyer's cost."),
    ("sactj", "closet_cleanout", "Pre-owned {m} {p}",
     "Worn a handful of times. Original box and proof of purchase. Happy to meet for inspection."),
    ("sactjdyv", "", "Secondhand {m} {p} for sale",
     "Moving abroad, letting this go at half retail. Invoice included."),
    ("d", "", "Used {m} {p}, works perfectly",
     "Upgraded, so selling my {m} {p}. Original charger and warranty card."),
    ("f", "", "Extra {m} {p}, unopened",
     "Bought too many in the supermarket sale, sealed, best before next year."),
    ("sactjbdy", "", "{m} {p}, gently used, original packaging",
     "A gift I never really used. Receipt from the official store, open to offers."),
    ("bhf", "", "Unopened {m} {p}, bought two by mistake",
     "Sealed, from the official store, receipt photo on request. Local pickup."),
    ("m", "", "Spare {m} {p}, sealed",
     "Pharmacy receipt included, expiry date in the photos. Pickup only."),
]

# Warnings about fakes: viewers, regulators, lawyers, news; they quote what counterfeit sellers say.
WARNINGS_ZH_H9 = [
    ("*", "消费维权小课堂", "别再被骗了！所谓'{m}{p}一比一'全是假货", "很多直播间喊着'工厂尾单''原单' 其实都是仿品 买{m}请认准官方渠道"),
    ("*", "市场监管在线", "查获假冒{m}{p}一千余件", "执法人员在一处仓库查获假冒{m}商标的{p} 涉案金额超百万 已移送公安机关"),
    ("*", "维权律师说", "买到高仿{m}{p}怎么办？", "商家宣传'正品'却卖A货属于欺诈 可以主张退一赔三 记得保留聊天记录"),
    ("sac", "鉴定师阿凯", "教你三步辨别假{m}{p}", "看走线 看五金 看标签 那些号称'莆田纯原'的{m}{p}细节都经不起看"),
    ("sactjb", "", "避雷！这家店的{m}{p}是假的", "买回来跟专柜的对比 logo字体都不对 店家还说是'原厂货' 大家别买"),
    ("f", "", "提醒家里长辈：假{m}{p}专坑老人", "小区门口有人卖'厂家直销'的{m}{p} 便宜一半 其实是山寨货 出了问题都没处说理"),
    ("*", "新闻早知道", "警方捣毁制售假冒{m}{p}窝点", "现场查扣假冒{m}{p}及包装材料一批 犯罪嫌疑人已被刑事拘留"),
    ("*", "", "'{m}{p} 1:1复刻 过验'这种广告千万别信", "复刻就是假货 所谓过验都是话术 想买{m}就去官方店"),
    ("*", "打假博主大刘", "实测：网上9.9的{m}{p}到底是不是真的", "下单了三家 全是仿冒品 包装像但做工差很多 {m}官方已经发过声明"),
    ("b", "皮肤科医生小林", "假冒{m}{p}烂脸案例", "高仿{m}{p}成分不明 门诊里用了过敏的患者不少 别贪便宜"),
    ("m", "", "警惕假{m}{p}", "有人在朋友圈卖'内部渠道'的{m}{p} 其实是仿制品 药品一定去正规药店买"),
    ("d", "", "二手平台上的假{m}{p}套路", "有卖家把高仿{m}{p}当二手正品卖 收到货一定先去官方售后验机"),
    ("*", "", "被朋友圈微商坑了：A货{m}{p}", "说好的正品 拿到是A货 退款也不给 发出来给大家提个醒"),
    ("*", "", "海关截获一批侵权{m}{p}", "这批货申报为普通商品 查验发现是假冒{m}注册商标的{p} 已依法扣留"),
]
WARNINGS_EN_H9 = [
    ("*",
     "consumer_watch",
     "PSA: those '1:1 {m} {p}' ads are fakes",
     "If a seller says 'mirror quality' or 'factory leftover', it's a counterfeit. "
     "Buy {m} from authorised stores only."),
    ("*",
     "",
     "Customs seize 2,000 fake {m} {p}",
     "Border officers seized counterfeit {m} {p} hidden in a container; the importer faces charges."),
    ("sac", "legitcheck_tips", "How to spot a fake {m} {p}",
     "Stitching, font, serial tag: replica sellers get at least one wrong. Side-by-side inside."),
    ("*", "", "I got scammed buying a replica {m} {p}",
     "The seller swore it was authentic. It wasn't. Reported them; don't make my mistake."),
    ("*", "", "Warning: fake {m} {p} on marketplace apps",
     "Prices too good to be true usually mean knockoffs. Check the seller is authorised by {m}."),
]

# Reviews, unboxings of genuine goods, company and store news.
REVIEWS_ZH_H9 = [
    ("*", "开箱狂魔", "{m}{p}开箱｜官方旗舰店入手", "第一次买{m} 包装很用心 用了一周说说真实感受"),
    ("*", "", "{m}{p}值不值得买？深度测评", "优点缺点都说清楚 不恰饭 纯自费"),
    ("*", "财经快讯", "{m}发布年度财报 营收同比增长", "公司表示将继续加大研发投入 {p}新品下月上市"),
    ("sactj", "", "{m}{p}用了一个月的感受", "做工扎实 细节到位 就是价格偏高 建议等活动"),
    ("*", "", "同价位横评：{m}{p}和另外两款", "三款放一起对比 {m}的做工最好 但价格也最高"),
    ("b", "美妆博主小鹿", "{m}{p}空瓶记", "用完了一整瓶 皮肤状态确实稳定 会回购"),
    ("f", "", "超市新上的{m}{p} 试了一下", "味道还行 价格偏贵 大家可以买来尝尝"),
    ("*", "", "{m}新品发布会回顾", "今年的{p}设计变化不大 主要是细节升级"),
    ("*", "", "{m}{p}细节实拍 看看做工", "近距离看了用料和细节 做工比想象中扎实"),
    ("sactjb", "", "专柜买的{m}{p} 开箱", "在商场专柜买的 柜员很耐心 附上小票"),
    ("sactjbdy", "本地新闻", "{m}新店在万象城开业", "首日排队的人不少 店内有新款{p}"),
    ("*", "", "探访{m}工厂：一件{p}是怎么做出来的", "跟着镜头走进生产线 质检环节很严格"),
    ("m", "", "{m}{p}怎么用？药师讲解", "按说明书用 别和其他药混着用 孕妇慎用"),
]
REVIEWS_EN_H9 = [
    ("*", "", "{m} {p} review after 3 months",
     "Bought from the official store. Pros, cons and whether it is worth the price."),
    ("*", "techandstyle", "Unboxing the new {m} {p}",
     "Straight from the {m} flagship store. First impressions and a quick comparison."),
    ("*", "", "{m} reports a record quarter",
     "The company said {p} sales drove growth; new models arrive next month."),
    ("*", "", "Is the {m} {p} worth it? Honest review",
     "Paid for it myself, not sponsored. What I like and what I don't."),
    ("*", "", "{m} opens a flagship store downtown",
     "Long queues on opening day; the new {p} line is on display."),
]

# The brand's own posts (its owner account or its authorised shop): launches, live rooms, and its
# own warnings against fakes of its mark.
AUTHORISED_H9 = [
    ("owner", "{m}官方", "{m}{p}新品上市", "全新{m}{p} 今日起官方旗舰店及全国门店同步发售"),
    ("owner", "{m}官方", "关于假冒{m}产品的声明", "近期有不法商家销售假冒{m}{p} 打着'1:1''原单'旗号 请认准官方渠道 我司将依法追究"),
    ("owner", "{m}官方", "{m}直播间今晚见", "今晚七点 {m}官方直播间 {p}限时优惠 正品保障"),
    ("owner", "{m}品牌", "{m}{p}的故事", "从一件{p}开始 我们做了很多年 感谢每一位老朋友"),
    ("owner", "{m}官方", "如何辨别{m}正品{p}", "扫描防伪码 核对序列号 高仿{m}{p}无法通过官方验证"),
    ("owner", "{m}官方客服", "{m}会员日 {p}积分翻倍", "官方渠道购买{p} 会员积分翻倍 全国门店通用"),
    ("shop", "{m}授权专卖店", "店里到新款{m}{p}啦", "{m}官方授权 正品保证 可开发票 欢迎到店选购"),
    ("shop", "{m}授权店", "{m}{p}周年庆 满减", "授权店活动 全场{p}满1000减100 假一赔十"),
    ("shop", "{m}授权经销商", "提醒：网上低价{m}{p}多为仿品", "本店是{m}授权经销商 可查授权书 不要贪便宜买A货"),
    ("shop", "{m}授权店", "今天直播间上新{m}{p}", "全部是{m}官方授权正品 支持官方渠道验真"),
    ("shop", "{m}授权店小美", "{m}{p}到货实拍", "授权店直发 附品牌授权书照片 正品可查"),
]

# Everyday sentences that sound like a loaded mark (a word of the same reading, a reading across
# word boundaries, a mark's characters in another sense, initials that are everyday tokens), some
# beside 复刻/1:1/还原 in their ordinary sense. Each checked with pypinyin when written.
SOUND_ALIKE_H9 = [
    "孩儿他爸今天下厨，复刻了奶奶的红烧肉",
    "小区隔离结束，第一顿饭必须是火锅",
    "航拍纪录片《大江》第二集：三峡的清晨",
    "跑步第一百天，靠的不是天赋是毅力",
    "伊犁的薰衣草开了，1:1还原了明信片里的样子",
    "小时候口吃，后来靠每天朗读练好了",
    "勤俭节约是传统美德，从不浪费一粒米做起",
    "吃不完的菜记得打包，别浪费",
    "久仰大名，今天终于在签售会见到本人",
    "妈妈终于同意我养猫了！",
    "三十岁开始学画，第三个月临摹了一张莫奈",
    "下雨天台阶滑，大家走路留神",
    "往往最简单的家常菜最难做好吃",
    "恰恰舞第一课：基本步和转身",
    "下礼拜一开学，作业还没写完",
    "爬山的时候一定看好脚下，别光顾着拍照",
    "爷爷和老伴结婚五十年，今天补拍了婚纱照",
    "新配的眼镜度数好像有点高",
    "三月的冰雪化为春水，河开了",
    "今天迟到了半小时，特不好意思",
    "婚礼回礼选了手工喜糖，大家觉得怎么样",
    "风筝线断了，风筝飞了，孩子哭了一下午",
    "副歌那段音乐高潮太燃了，单曲循环一整天",
    "托大家的福，小店开张一周年，复刻了开业那天的招牌菜",
    "安检的时候把包里的东西全倒出来查了一遍",
    "周末去杭州画西子湖的荷花",
    "亚瑟是谁？讲讲圆桌骑士的传说",
    "水果里的自然糖和添加糖有什么区别",
    "周大夫说我这是季节性过敏，开了点药",
    "齐桓公姜小白：春秋第一位霸主",
    "冬天院子里来了一群太平鸟，把山楂吃光了",
    "我的完美日记：早起、跑步、读书的一天",
    "过年去给老干妈拜年，她包了个大红包",
    "公园里三只松鼠抢一颗松果，太可爱了",
    "去茅台镇看赤水河，河水真的是红色的",
    "期末的hw终于写完了，gl hf各位",
    "把笔记导出成md文件，再转成pdf发给同学",
    "周末去livehouse听DJ打碟",
    "拖延症晚期，感觉自己罪该万死",
    "多吃点肉给自己加能量，下午还要搬家",
]
SOUND_ALIKE_FRAMES_H9 = [("{s}", ""), ("{s}", "#今日碎碎念"), ("日常vlog", "{s}"),
                         ("{s}", "大家有类似的经历吗？评论区见")]

# Common-word marks (and Latin names that are English words) in their ordinary sense, some beside
# the mark's own product cues or 复刻/还原 used of something else.
COMMON_SENSE_H9 = [
    "美的东西总能让人心情变好", "这是我住过最美的海景房", "第一次爬长城，好汉坡真的累",
    "长城脚下的小村子，秋天太美了", "博物馆里1:1还原了长城烽火台", "开车去长城，SUV停在山脚停车场",
    "院子里养了一只大白兔，天天吃胡萝卜", "泰国人把白象看作吉祥的象征", "斗牛场上那头红牛冲了过来",
    "成都看熊猫，花花今天又在吃竹子", "电视里在直播熊猫宝宝过生日", "看到这张照片，我联想到了小时候的夏天",
    "中华美食博大精深，光面条就有几百种", "凤凰古城的夜景比白天还好看", "这张合照我要永久保存",
    "我家大宝今天上幼儿园，二宝在家哭了一早上", "楼下那只白猫又来蹭饭了", "站在船头看海天一色",
    "芭蕾舞剧里的四小天鹅，跳得真整齐", "湖边新孵出了三只小天鹅", "红豆生南国，春来发几枝",
    "煮一锅红豆薏米粥祛湿", "雨后天边挂着一道长虹", "你是个好孩子，妈妈为你骄傲",
    "今晚是蓝月亮，一个月里的第二次满月", "全班统一穿校服拍毕业照", "今年的第一片雪花落在窗台上",
    "下雪天窝在家里喝啤酒看雪花", "教小朋友用剪纸剪雪花", "秦岭拍到了野生金丝猴",
    "登黄鹤楼看长江大桥", "故人西辞黄鹤楼，烟花三月下扬州", "考试前一晚紧张得六神无主",
    "我家狗叫旺旺，今年三岁了", "沙漠里骑骆驼看日落", "穿着冲锋衣在戈壁上牵骆驼走了一天",
    "女儿每天抱着小熊玩偶睡觉", "老板今天请全组喝奶茶", "老板，来碗牛肉面加个蛋",
    "老板说厨房的油烟机该清洗了", "青岛栈桥喂海鸥", "骑自行车穿过广场，一群飞鸽被惊起",
    "古人用飞鸽传书，今天我们发微信", "燕京八景之一：卢沟晓月", "中华田园犬其实特别聪明",
    "这家店的老板娘做的包子特别好吃", "熊猫基地排队两小时只为看一眼", "山顶的雪花和云海连成一片",
    "My coach made us run five extra laps today", "Took the coach from London to Oxford",
    "A white dove landed on our balcony this morning",
    "Omega-3 supplements: what the research says",
    "It is hard to converse in a language you only started last month",
    "Is this ship canon or fanon?",
    "Two delivery vans blocked our street all morning",
    "The terracotta warriors are bigger than I expected",
    "Our salsa class moves on to the cha-cha next week", "Autumn in the Yili valley is unreal",
    "Finally found a new balance between work and climbing", "Hermes was the messenger of the gods",
    "How to safeguard your passwords with a manager",
    "The little swan chicks followed their mum across the pond",
    "HLA typing before a transplant, explained", "Alpha to omega: a beginner's guide to sourdough",
]
COMMON_FRAMES_H9 = {"zh": [("{s}", ""), ("{s}", "#记录美好"), ("随手拍", "{s}")],
                    "en": [("{s}", ""), ("{s}", "#weekend"), ("little things", "{s}")]}
VIEWERS_H9 = ["一颗小橘子", "阿木的日常", "周末爬山队", "北漂小刘", "慢慢生活家", "爱拍照的老陈", "豆豆妈",
              "夜跑的猫", "travel_with_jin", "just_a_student"]


class Spellings9:
    """held_out_9's spelling writers, each over outside data, none over the guard's tables."""

    FANCY = ("BOLD", "ITALIC", "BOLD ITALIC", "SCRIPT", "BOLD SCRIPT", "FRAKTUR", "DOUBLE-STRUCK",
             "BOLD FRAKTUR", "SANS-SERIF", "SANS-SERIF BOLD", "SANS-SERIF ITALIC",
             "SANS-SERIF BOLD ITALIC", "MONOSPACE")
    # letters the math block leaves to Letterlike Symbols, found there by name
    HOLES = {"SCRIPT": "SCRIPT", "FRAKTUR": "BLACK-LETTER", "DOUBLE-STRUCK": "DOUBLE-STRUCK"}
    TWIN_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC")
    OVERLAYS = ("\u0336", "\u0335", "\u0334", "\u0332", "\u0333", "\u0338", "\u0337")
    ACCENTS = ("\u0301", "\u0300", "\u0308", "\u0302", "\u030a", "\u0303", "\u030c")
    SEPARATORS = ("·", "•", ".", "-", "_", "/", "|", "丨", " ", "\u3000", "\u200b", "*", "~", "、",
                  "🌟", "💎", "🔥", "✧", "♥", "⭐", "➕", "💰", "｜", "／", "＿", "∙", "°", "^", "=")
    DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}

    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin

        self._read = lambda text, style: lazy_pinyin(text, style=style, errors="ignore")
        self._style = Style
        simplify = OpenCC("t2s").convert
        # same toned reading, by level: GB2312 level 1 (common), level 2 (less common), GBK only
        self.pools: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                raw = char.encode("gbk")
            except UnicodeEncodeError:
                continue
            if simplify(char) != char:   # a traditional form is a variant, not a sound-alike
                continue
            try:
                char.encode("gb2312")
                level = 0 if raw[0] < 0xD8 else 1
            except UnicodeEncodeError:
                level = 2
            reading = self._read(char, Style.TONE3)
            if reading and reading[0] != char:
                self.pools[reading[0]][level].append(char)
                self.pools[reading[0].rstrip("12345")][level].append(char)   # any tone
        twins: dict[str, list[str]] = defaultdict(list)
        for char, entries in load("confusables.json").items():
            if len(char) == 1 and char.isascii() and char.isalpha():
                for entry in entries:
                    if len(entry["c"]) == 1 and entry["n"].startswith(self.TWIN_SCRIPTS):
                        twins[char].append(entry["c"])
        self.twins = {k: sorted(set(v)) for k, v in twins.items()}
        # words (every entry of jieba's dictionary and of pypinyin's phrase list): a homophone that
        # is one (老版 "old version", 雄猫 "tomcat") does not read as the mark, so it is not offered
        import os

        import jieba
        from pypinyin import phrases_dict

        with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
            self.everyday = {line.split()[0] for line in f} | set(phrases_dict.phrases_dict)

    def separated(self, text: str, rng: random.Random) -> str:
        """A separator between every character (every letter of each word of a Latin name)."""
        one = rng.choice(self.SEPARATORS)
        mixed = rng.random() < 0.3
        spaced = one not in (" ", "\u3000", "\u200b") and rng.random() < 0.2

        def sep() -> str:
            s = rng.choice(self.SEPARATORS) if mixed else one
            return f" {s} " if spaced else s
        return " ".join("".join(c + sep() for c in word[:-1]) + word[-1] for word in text.split())

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [r[0] for r in self._read(mark, self._style.NORMAL)]
        style = rng.randrange(6)
        if style == 0:
            return "".join(letters).upper()
        if style == 1:
            return "".join(letters)
        if style == 2:   # mixed case
            return "".join(c.upper() if rng.random() < 0.5 else c for c in letters)
        if style == 3:
            return rng.choice((".", "·", "-", " ", "/")).join(c.upper() for c in letters)
        if style == 4:
            return "".join(c.upper() + "." for c in letters)
        return "".join(letters).upper() + rng.choice(("家", "牌", "家的", "这个牌子的"))

    def pinyin(self, mark: str, rng: random.Random) -> str:
        plain = self._read(mark, self._style.NORMAL)
        marks = self._read(mark, self._style.TONE)
        numbers = self._read(mark, self._style.TONE3)
        style = rng.randrange(8)
        if style == 0:
            return "".join(plain)
        if style == 1:
            return " ".join(plain)
        if style == 2:
            return "".join(p.capitalize() for p in plain)
        if style == 3:
            return " ".join(plain).upper()
        if style == 4:
            return " ".join(marks)
        if style == 5:
            return "".join(marks)
        if style == 6:
            return "".join(numbers)
        return " ".join(numbers)

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """Other characters of the same toned reading for one, some or all of the mark's; a mark
        whose every such spelling is a word (熊猫: only 雄猫) gets the same syllables in any tone."""
        toned = self._read(mark, self._style.TONE3)
        for readings in (toned, [r.rstrip("12345") for r in toned]):
            for _ in range(200):
                count = rng.choice((1, 1, len(mark), rng.randint(1, len(mark))))
                where = sorted(rng.sample(range(len(mark)), count))
                out = list(mark)
                for i in where:
                    pools = self.pools.get(readings[i], [[], [], []])
                    ranked = [k for k in (0, 1, 2) if [c for c in pools[k] if c != mark[i]]]
                    if not ranked:
                        continue
                    level = rng.choices(ranked, [(5, 3, 2)[k] for k in ranked])[0]
                    out[i] = rng.choice([c for c in pools[level] if c != mark[i]])
                written = "".join(out)
                if (written != mark and written not in self.everyday
                        and not any(t in written for t in taken if len(t) > 1)):
                    return written
        raise ValueError(f"no homophone for {mark}")

    def _styled(self, letter: str, style: str) -> str:
        size = "CAPITAL" if letter.isupper() else "SMALL"
        names = {
            "FULLWIDTH": [f"FULLWIDTH LATIN {size} LETTER {letter.upper()}"],
            "CIRCLED": [f"CIRCLED LATIN {size} LETTER {letter.upper()}"],
            "NEGATIVE CIRCLED": [f"NEGATIVE CIRCLED LATIN CAPITAL LETTER {letter.upper()}"],
            "SQUARED": [f"SQUARED LATIN CAPITAL LETTER {letter.upper()}"],
            "NEGATIVE SQUARED": [f"NEGATIVE SQUARED LATIN CAPITAL LETTER {letter.upper()}"],
            "PARENTHESIZED": [f"PARENTHESIZED LATIN SMALL LETTER {letter.upper()}"],
            "SMALL CAPITAL": [f"LATIN LETTER SMALL CAPITAL {letter.upper()}"],
        }.get(style)
        if names is None:
            names = [f"MATHEMATICAL {style} {size} {letter.upper()}"]
            for part_, other in self.HOLES.items():
                if part_ in style.split():
                    names.append(f"{other} {size} {letter.upper()}")
            if style == "ITALIC" and letter == "h":
                names.append("PLANCK CONSTANT")
        import unicodedata

        for name in names:
            try:
                return unicodedata.lookup(name)
            except KeyError:
                continue
        return letter

    def confusable(self, text: str, rng: random.Random) -> str:
        """Look-alike letters: script twins from the confusables table, a fancy-text style looked up
        by Unicode name, overlay marks or accents; at least one letter changed."""
        import unicodedata

        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        for _ in range(100):
            mode = rng.choices(("twins", "style", "style+twin", "overlay", "accent"),
                               (35, 40, 10, 8, 7))[0]
            out = list(text)
            if mode in ("twins", "style+twin"):
                able = [i for i in letters if self.twins.get(text[i])]
                if not able:
                    continue
                count = 1 if mode == "style+twin" else rng.randint(1, max(1, len(able) // 2))
                for i in rng.sample(able, min(count, len(able))):
                    out[i] = rng.choice(self.twins[text[i]])
            if mode in ("style", "style+twin"):
                style = rng.choice(self.FANCY + ("FULLWIDTH", "CIRCLED", "NEGATIVE CIRCLED",
                                                 "SQUARED", "NEGATIVE SQUARED", "PARENTHESIZED",
                                                 "SMALL CAPITAL"))
                base = text
                if style in ("NEGATIVE CIRCLED", "SQUARED", "NEGATIVE SQUARED"):
                    base = text.upper()
                elif style in ("PARENTHESIZED", "SMALL CAPITAL"):
                    base = text.lower()
                out = [o if o != t else (self._styled(b, style) if b.isascii() and b.isalpha()
                                         else b) for o, t, b in zip(out, text, base)]
            if mode == "overlay":
                mark = rng.choice(self.OVERLAYS)
                out = [c + mark if c.isalpha() else c for c in text]
            if mode == "accent":
                i = rng.choice(letters)
                out[i] = unicodedata.normalize("NFC", text[i] + rng.choice(self.ACCENTS))
            written = "".join(out)
            if written != text:
                return written
        raise ValueError(f"no confusable for {text}")

    def digits(self, text: str, rng: random.Random) -> str:
        """One or two letters written as digits (one for names of up to five letters)."""
        able = [i for i, c in enumerate(text) if c.lower() in self.DIGITS]
        letters = sum(c.isalpha() for c in text)
        count = min(rng.choice((1, 1, 2)), max(1, letters // 3))
        out = list(text)
        for i in rng.sample(able, min(count, len(able))):
            out[i] = self.DIGITS[text[i].lower()]
        return "".join(out)


def ninth_held_out(seed: int = 137) -> list[Case]:
    """held_out_9: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_8's sizes)."""
    from benchmarks.bench_brands import REAL

    rng = random.Random(seed)
    words = Spellings9()
    every = {b.mark: b for b in (suite_brands() + held_out_3_brands() + held_out_4_brands()
                                 + held_out_5_brands() + held_out_6_brands())}
    taken = set(every) | {m for m, *_ in REAL} | {k for _, _, ks, *_ in REAL for k in ks}
    brands = [every[mark] for mark in MARKS_H9]
    out: list[Case] = []

    def goods(brand: Brand, english: bool) -> tuple[str, str]:
        chinese, latin = GOODS_H9[brand.mark]
        return rng.choice(latin if english else chinese)

    def pick(templates: list, kind: str) -> tuple:
        return rng.choice([t for t in templates if t[0] == "*" or kind in t[0]])

    def offer(family: str, brand: Brand, written: str) -> None:
        # a mark written in letters may sit in an English post (if the goods have an English name)
        english = (not any("\u4e00" <= c <= "\u9fff" for c in written)
                   and bool(GOODS_H9[brand.mark][1]) and rng.random() < 0.35)
        product, kind = goods(brand, english)
        if family == "initials" and brand.mark in SHARED_INITIALS_H9:
            product, kind = rng.choice(SHARED_INITIALS_H9[brand.mark])
        _, name, title, text = pick(OFFERS_EN_H9 if english else OFFERS_ZH_H9, kind)
        out.append(Case(family, "held_out_9", brand, f"seller{rng.randrange(100_000)}", name,
                        title.format(w=written, p=product), text.format(w=written, p=product)))

    def benign(family: str, brand: Brand, chinese: list, english: list) -> None:
        in_english = bool(brand.aliases) and bool(GOODS_H9[brand.mark][1]) and rng.random() < 0.25
        product, kind = goods(brand, in_english)
        written = brand.aliases[0] if in_english else brand.mark
        _, name, title, text = pick(english if in_english else chinese, kind)
        out.append(Case(family, "held_out_9", None, f"user{rng.randrange(100_000)}", name,
                        title.format(m=written, p=product), text.format(m=written, p=product)))

    for brand in brands:
        latin = brand.aliases[0] if brand.aliases else ""
        for _ in range(3):
            offer("no_evasion", brand, latin if latin and rng.random() < 0.3 else brand.mark)
            offer("separators", brand,
                  words.separated(latin if latin and rng.random() < 0.3 else brand.mark, rng))
            offer("initials", brand, words.initials(brand.mark, rng))
            offer("pinyin", brand, words.pinyin(brand.mark, rng))
            offer("homophones", brand, words.homophone(brand.mark, rng, taken))
            benign("resale", brand, RESALE_ZH_H9, RESALE_EN_H9)
            benign("consumer_warnings", brand, WARNINGS_ZH_H9, WARNINGS_EN_H9)
            benign("reviews_news", brand, REVIEWS_ZH_H9, REVIEWS_EN_H9)
            account = rng.choice((brand.owner, *sorted(brand.authorized)))
            signer = "owner" if account == brand.owner else "shop"
            _, name, title, text = rng.choice([t for t in AUTHORISED_H9 if t[0] == signer])
            product, _ = goods(brand, False)
            out.append(Case("authorised_own_posts", "held_out_9", None, account,
                            name.format(m=brand.mark), title.format(m=brand.mark, p=product),
                            text.format(m=brand.mark, p=product)))
    latin_brands = [b for b in brands if b.aliases]
    for family in ("confusables", "digit_swaps"):
        order = latin_brands[:]
        rng.shuffle(order)
        for index in range(64):
            brand = order[index % len(order)]
            text = brand.aliases[0]
            offer(family, brand, words.confusable(text, rng) if family == "confusables"
                  else words.digits(text, rng))
    for sentence in SOUND_ALIKE_H9:
        for title, text in SOUND_ALIKE_FRAMES_H9:
            out.append(Case("ordinary_sound_alikes", "held_out_9", None,
                            f"user{rng.randrange(100_000)}", rng.choice(VIEWERS_H9),
                            title.format(s=sentence), text.format(s=sentence)))
    for sentence in COMMON_SENSE_H9:
        for title, text in COMMON_FRAMES_H9["en" if sentence.isascii() else "zh"]:
            out.append(Case("common_word_ordinary_sense", "held_out_9", None,
                            f"user{rng.randrange(100_000)}", rng.choice(VIEWERS_H9),
                            title.format(s=sentence), text.format(s=sentence)))
    return out


# -- held_out_10 (issue 13, stop 25): written before the twelfth round's rule changes ------------
# A tenth held-out part, because every part above has been read. Written by an eighth hand that read
# neither the guard (src/origin/brands/, rules.toml, its tables) nor the templates above (held_out_9's
# included): only this file's structure (Case, the marks lists, the family names, how a part is
# assembled) and bench_brands.py's scoring and SEALED. Phrasing is this hand's own, from how Chinese
# and English sellers, live rooms, unboxers, resellers, reviewers, news posts, regulators and brand
# shops write; spellings come from Spellings10 over outside data (pypinyin readings, GB2312/GBK
# code ranges, Unicode's confusables table and character names).

# The 51 loaded marks with the fewest held-out offers before this part (tune excluded, held_out_9's
# counted twice because it was read last); ties by mark. 22 common words, 25 Latin names.
MARKS_H10 = [
    "旺旺", "江小白", "海鸥", "燕京", "王老吉", "统一", "骆驼", "黄鹤楼", "戴森", "佳能", "大疆", "蒙牛",
    "五粮液", "卡地亚", "波司登", "海尔", "爱马仕", "鸿星尔克", "大白兔", "白象", "良品铺子", "珀莱雅",
    "小熊", "施华洛世奇", "老干妈", "老板", "蓝月亮", "飞鸽", "九阳", "太平鸟", "好孩子", "红豆", "苏泊尔",
    "中华", "凤凰", "大宝", "安慕希", "永久", "白猫", "花西子", "娃哈哈", "巴宝莉", "红牛", "三只松鼠",
    "伊利", "斐乐", "熊猫", "片仔癀", "索尼", "范思哲", "长城",
]
# each mark's goods, Chinese and English (English only where the mark has a Latin name); a
# common-word mark's Chinese goods are what the mark is known for, so an offer is about the brand.
GOODS_H10: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "旺旺": (("雪饼", "仙贝", "QQ糖", "小馒头"), ()),
    "江小白": (("白酒", "小瓶高粱酒", "果立方"), ()),
    "海鸥": (("机械手表", "陀飞轮手表", "双反相机"), ()),
    "燕京": (("啤酒", "纯生啤酒", "U8啤酒"), ()),
    "王老吉": (("凉茶", "罐装凉茶", "凉茶礼盒"), ()),
    "统一": (("老坛酸菜面", "冰红茶", "方便面"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "徒步鞋"), ()),
    "黄鹤楼": (("香烟", "硬盒烟", "细支烟"), ()),
    "戴森": (("吹风机", "吸尘器", "卷发棒"), ("hair dryer", "vacuum", "airwrap")),
    "佳能": (("单反相机", "微单", "镜头"), ("camera", "lens", "mirrorless body")),
    "大疆": (("无人机", "云台", "运动相机"), ("drone", "gimbal", "action cam")),
    "蒙牛": (("纯牛奶", "酸奶", "特仑苏"), ("milk", "yogurt")),
    "五粮液": (("白酒", "52度浓香型白酒", "酒礼盒"), ("baijiu", "liquor gift box")),
    "卡地亚": (("手镯", "戒指", "蓝气球手表"), ("bracelet", "love ring", "watch")),
    "波司登": (("羽绒服", "长款羽绒服", "鹅绒服"), ("down jacket", "puffer coat")),
    "海尔": (("冰箱", "洗衣机", "热水器"), ("fridge", "washing machine")),
    "爱马仕": (("铂金包", "丝巾", "皮带"), ("birkin bag", "silk scarf", "belt")),
    "鸿星尔克": (("跑鞋", "运动鞋", "运动套装"), ("running shoes", "sneakers")),
    "大白兔": (("奶糖", "奶糖礼盒", "糖果"), ()),
    "白象": (("方便面", "泡面", "汤好喝面"), ()),
    "良品铺子": (("坚果礼盒", "肉脯", "零食大礼包"), ()),
    "珀莱雅": (("精华", "双抗精华", "面霜"), ("serum", "face cream")),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "施华洛世奇": (("项链", "水晶耳环", "手链"), ("necklace", "crystal earrings", "bracelet")),
    "老干妈": (("辣椒酱", "风味豆豉", "油辣椒"), ()),
    "老板": (("油烟机", "燃气灶", "烟灶套装"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "深层洁净洗衣液"), ()),
    "飞鸽": (("自行车", "单车", "通勤自行车"), ()),
    "九阳": (("豆浆机", "破壁机", "电饭煲"), ("soymilk maker", "blender")),
    "太平鸟": (("女装连衣裙", "卫衣", "风衣"), ("hoodie", "trench coat")),
    "好孩子": (("婴儿车", "安全座椅", "童车"), ("stroller", "car seat")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("shirt", "thermal underwear")),
    "苏泊尔": (("电饭煲", "炒锅", "压力锅"), ("rice cooker", "wok")),
    "中华": (("香烟", "牙膏", "软盒香烟"), ()),
    "凤凰": (("自行车", "单车", "山地车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "安慕希": (("酸奶", "常温酸奶", "酸奶整箱"), ()),
    "永久": (("自行车", "单车", "二八大杠自行车"), ()),
    "白猫": (("洗洁精", "洗衣粉", "洗洁精家庭装"), ()),
    "花西子": (("散粉", "眉笔", "口红"), ("setting powder", "lipstick")),
    "娃哈哈": (("AD钙奶", "八宝粥", "纯净水"), ("AD calcium milk",)),
    "巴宝莉": (("风衣", "格纹围巾", "托特包"), ("trench coat", "check scarf", "tote bag")),
    "红牛": (("功能饮料", "饮料", "牛磺酸饮料"), ("energy drink",)),
    "三只松鼠": (("坚果", "每日坚果", "夏威夷果"), ()),
    "伊利": (("纯牛奶", "金典牛奶", "酸奶"), ("milk",)),
    "斐乐": (("老爹鞋", "运动外套", "网球裙"), ("chunky sneakers", "track jacket")),
    "熊猫": (("香烟", "硬盒香烟", "礼盒烟"), ()),
    "片仔癀": (("锭剂", "珍珠霜", "护肤套装"), ()),
    "索尼": (("降噪耳机", "微单相机", "游戏机"), ("headphones", "camera", "console")),
    "范思哲": (("香水", "美杜莎T恤", "皮带"), ("perfume", "medusa tee", "belt")),
    "长城": (("葡萄酒", "哈弗SUV", "干红"), ()),
}

# counterfeit offers: (account name, title, description); {w} the mark as written, {p} the goods
OFFERS_ZH_H10 = [
    ("鞋包工厂阿豪", "{w}{p} 顶级复刻 细节对比图在评论区", "原厂模具，外行看不出来，价格只有专柜零头，私信拿货"),
    ("小鹿家好物", "直播间福利：{w}{p} 1:1做工", "和正品放一起根本分不清，拍下备注主播名再减二十"),
    ("潮仓老K", "{w}{p}高仿到货了", "A货里最好的版本，支持退换，不满意包退"),
    ("义乌批发小陈", "{w}{p} 精仿 一件代发", "跟专柜同款同料，批发价走量，代理拿货更便宜"),
    ("莆田源头厂", "莆田纯原 {w}{p}", "纯原版本，过验货没问题，工厂直出不走中间商"),
    ("娟娟的小店", "{w}{p}超A货 今天最后一批", "非专柜，品质对标正品，介意勿拍"),
    ("潮流先锋小号", "{w}{p}原单尾货 质量吊打专柜", "原单版本，可以对比正品，懂的来"),
    ("阿珍优选", "开箱：这批{w}{p}复刻版也太像了吧", "朋友厂里拿的仿品，需要的姐妹看主页联系方式"),
    ("直播切片号", "主播口播：{w}{p}仿款 99两件", "不是正品哈，但是做工和真的一样，放心冲"),
    ("微商团队Linda", "{w}{p}高仿货源 招代理", "一手货源，一比一还原，零库存一件代发，朋友圈素材齐全"),
    ("二手铺小黑", "出{w}{p} 高仿的 便宜出", "买来是A货，用过两次，和正品几乎没区别"),
    ("好物分享君", "{w}{p}平替？不，是1比1复刻", "同厂同料，只是没有吊牌，价格三分之一"),
    ("仓库清货哥", "{w}{p} 假一赔十？我们直接说是仿的", "高仿{p}，顶级品质，支持验货（非官方验货）"),
    ("晚八点直播", "今晚八点 {w}{p}复刻专场", "所有{p}都是高仿，懂行的家人们直接拍，手慢无"),
]
OFFERS_EN_H10 = [
    ("reps_plug_mike", "{w} {p} 1:1 replica in stock", "Top batch, mirror quality, ships in 3 days. DM for the price list."),
    ("luxe_finds_daily", "Unboxing my {w} {p} rep", "Super copy from my trusted seller, you can't tell it from retail. Link in bio."),
    ("cheap_designer_hub", "AAA {w} {p} for $39", "Not original but same materials as the real one. Wholesale welcome."),
    ("factory_direct_88", "{w} {p} fake but perfect", "Replica grade AAA+, bulk orders ship worldwide, whatsapp us"),
    ("haul_queen_tess", "My {w} {p} knockoff haul", "Copies from the factory, I'm reselling the extras, comment 'want'"),
    ("live_deals_tonight", "LIVE: {w} {p} replicas 70% off", "Counterfeit grade A, looks legit, limited stock tonight only"),
    ("rep_resale_corner", "Selling my {w} {p} (replica)", "Bought it as a 1:1 copy, worn twice, still looks like the real thing"),
    ("mirror_grade_store", "{w} {p} mirror copy restock", "Identical to authentic, comes with fake receipt and box"),
]

# benign: {m} the mark (or its Latin name), {p} the goods
RESALE_ZH_H10 = [
    ("闲置小铺", "自用闲置 {m}{p} 九成新", "专柜购入，小票和发票都在，可以走平台验货，出了不退"),
    ("搬家清仓中", "搬家转卖{m}{p}", "去年双十一旗舰店买的，订单截图可查，用得很爱惜"),
    ("学生党回血", "转让全新{m}{p}", "朋友送的，尺码不合适，吊牌没剪，有购买记录，同城可面交"),
    ("二手好物阿文", "二手{m}{p} 支持验货", "正品保证，专柜小票齐全，不议价，包邮"),
    ("宝妈闲置", "{m}{p}闲置出 用过三次", "孩子用不上了，官方店下单记录在，介意二手勿扰"),
    ("回收铺老王", "收到一批二手{m}{p}", "都是个人闲置，已经过第三方鉴定，附鉴定证书"),
]
RESALE_EN_H10 = [
    ("declutter_sam", "Selling my {m} {p}", "Bought at the flagship store last year, receipt included, gently used."),
    ("preloved_lina", "Preloved {m} {p}, authenticated", "Verified by a third-party authentication service, certificate included."),
    ("moving_sale_joe", "Moving sale: {m} {p}", "Original owner, purchase email and box included, local pickup only."),
]
WARNINGS_ZH_H10 = [
    ("消费提醒站", "别再上当了！{m}{p}假货鉴别指南", "某直播间喊着“{m}{p}一比一复刻”，其实就是假货，买正品认准官方店"),
    ("律师小周说法", "卖高仿{m}{p}会被判刑吗", "销售假冒注册商标的商品，数额较大的可能构成犯罪，大家别贪便宜"),
    ("市场监管局发布", "关于假冒{m}{p}的消费警示", "近期有网店以“原单”“尾货”名义销售假冒{m}{p}，请消费者通过正规渠道购买"),
    ("踩坑实录", "花三百买到假的{m}{p}", "卖家说是“专柜正品”，收到一看做工差太多，已经投诉，大家避雷"),
    ("真假对比号", "真假{m}{p}对比：这几个细节一眼看出", "左边正品右边仿品，看走线、logo和包装，千万别被“高仿”两个字骗了"),
    ("老妈的养生号", "提醒长辈：低价{m}{p}多半是假的", "群里有人转“厂家直销{m}{p}”，价格低得离谱，一定要去正规店买"),
]
WARNINGS_EN_H10 = [
    ("consumer_watch", "PSA: fake {m} {p} everywhere", "Sellers advertising a '1:1 {m} {p}' are selling counterfeits. Buy from authorised stores."),
    ("legit_check_lab", "How to spot a fake {m} {p}", "The replica sellers say 'mirror quality', but the stitching and serial give it away."),
    ("scam_alert_news", "Police seize counterfeit {m} {p}", "Thousands of fake {m} {p} were seized; officials warn buyers about 'factory outlet' listings."),
]
REVIEWS_ZH_H10 = [
    ("测评君阿楠", "{m}{p}用了一个月的真实感受", "优点和缺点都说清楚，不是广告，自费购买"),
    ("开箱日记", "开箱{m}新款{p}", "旗舰店买的，包装很用心，下期出详细评测"),
    ("财经快讯", "{m}发布年度财报", "公司表示{p}业务增长明显，线上渠道占比继续提高"),
    ("科技与生活", "{m}{p}值不值得买？", "和同价位几款对比了一下，说说我的选择"),
    ("探店小分队", "逛{m}线下门店", "新款{p}上架了，店员说本周有会员活动"),
    ("行业观察", "{m}起诉多家售假网店获赔", "法院认定被告销售假冒{m}{p}构成侵权，判赔经济损失"),
]
REVIEWS_EN_H10 = [
    ("honest_reviews_kai", "{m} {p} review after 3 months", "Paid for it myself. Here's what I like and what annoys me."),
    ("unbox_with_me", "Unboxing the new {m} {p}", "Ordered from the official store, full review next week."),
    ("biz_brief", "{m} reports strong quarter", "Sales of its {p} grew, the company said, helped by online channels."),
]
# an authorised account's own posts: (signer, account name, title, description)
AUTHORISED_H10 = [
    ("owner", "{m}官方", "{m}新品{p}今日上市", "官方旗舰店首发，前一百名下单赠礼"),
    ("owner", "{m}官方", "谨防假冒！{m}官方声明", "近期发现有人销售假冒{m}{p}，自称“1:1复刻”，请认准官方渠道"),
    ("owner", "{m}官方", "{m}{p}真假鉴别教程", "教大家从包装、防伪码识别正品，不要买所谓的高仿"),
    ("owner", "{m}官方", "直播预告：{m}{p}专场", "今晚八点官方直播间，正品保障，七天无理由"),
    ("shop", "{m}授权店", "本店{m}{p}到新货", "品牌授权经销，每件都有防伪码，可以官网查询"),
    ("shop", "{m}授权店", "{m}{p}门店活动", "授权门店周年庆，会员积分双倍，欢迎到店试用"),
    ("shop", "{m}授权店", "提醒：本店不卖任何仿品", "有顾客问有没有高仿{m}{p}，没有，我们只卖正品"),
]

# everyday sentences with a word that sounds like a loaded mark; some beside 复刻/1:1/还原 in
# their ordinary sense (checked: each word reads like a loaded mark in pypinyin)
SOUND_ALIKE_H10 = [
    "这周居家隔离，在家复刻了奶奶的红烧肉",
    "孩儿今天第一次自己走路",
    "冰雪化为春水，山里的溪流又响起来了",
    "跑完全马靠的不是体力是毅力",
    "一粒米都不能浪费，老师这么教的",
    "去亲戚家拜年带的回礼",
    "尊老爱幼是中华美德",
    "站在大江边上看日落，1:1还原课本插图",
    "久仰大名，今天终于见面了",
    "爷爷和老伴每天傍晚一起散步",
    "组里投票，大家都同意周五去团建",
    "吃不完的菜记得打包",
    "楼下那只小狗一身白毛，特别可爱",
    "最近眼睛干涩，医生说少看手机",
    "小狗听到门铃汪汪直叫",
    "夏天就要喝一杯百香果柠檬茶",
    "过马路要留神，别看手机",
    "复刻了李白诗里的月下独酌",
    "这首歌的节奏恰恰好，适合跳舞",
    "山脚下的小镇，复刻了八十年代的老街",
]
SOUND_ALIKE_FRAMES_H10 = [
    ("{s}", "随手记录 #日常"),
    ("vlog｜{s}", "记录普通的一天"),
    ("{s}～", "你们那边也是这样吗？"),
    ("今日份碎碎念", "{s}。"),
    ("{s}", ""),
    ("周末日常", "{s}，晚安"),
    ("{s}！", "#生活 #记录"),
    ("和大家分享一件小事", "{s}，就这样"),
]
# common-word marks in their ordinary sense
COMMON_SENSE_H10 = [
    "登上长城的那一刻真的很震撼", "熊猫宝宝在基地抱着竹子睡着了", "海鸥从码头上飞过来抢薯条",
    "沙漠里的骆驼队慢慢走远了", "在黄鹤楼上看长江日落", "今晚的蓝月亮特别圆",
    "孩子抱着小熊玩偶睡着了", "保护区里两只白象在河边洗澡", "红豆汤熬了两个小时，软糯香甜",
    "凤凰古城的夜景太美了", "老板今天请全组吃火锅", "祝你们永久幸福", "家里那只白猫又跳上餐桌了",
    "大家意见统一了，周末去爬山", "我家大宝今天上一年级了", "广场上的飞鸽一下子全飞起来了",
    "A dove landed on our balcony this morning", "My coach made us run ten laps today",
    "Practising Pachelbel's Canon on grandma's piano", "Omega-3 rich salmon bowl for dinner",
    "Two delivery vans blocked our street all morning", "Let's converse only in Chinese for a day",
    "Weekend warrior hike up the mountain", "Finding a new balance between work and family",
]
COMMON_FRAMES_H10 = {
    "zh": [("{s}", "#日常"), ("vlog：{s}", "周末记录"), ("{s}", "拍得不好看，凑合看"), ("今天的快乐", "{s}"),
           ("{s}！", ""), ("旅行日记", "{s}，下次还来"), ("{s}", "配乐是随便选的"), ("分享一下", "{s}。")],
    "en": [("{s}", "#dailylife"), ("vlog: {s}", "just a normal weekend"), ("{s}", ""),
           ("Today's little joy", "{s}"), ("{s}!", "#life #vlog"), ("Weekend diary", "{s}. More soon."),
           ("{s}", "shot on my phone"), ("Quick update", "{s}.")],
}
SEPARATORS_H10 = ["·", "•", "-", "_", "/", "\\", " ", "丨", "|", "～", "🔥", "⭐", "¦", "∙", "＊", "\u200b",
                  "。", "♡"]
DIGITS_H10 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# fancy-text styles, found by Unicode character name (Mathematical Alphanumeric Symbols and others)
STYLE_NAMES_H10 = ["MATHEMATICAL BOLD", "MATHEMATICAL ITALIC", "MATHEMATICAL BOLD ITALIC",
                   "MATHEMATICAL SCRIPT", "MATHEMATICAL BOLD SCRIPT", "MATHEMATICAL FRAKTUR",
                   "MATHEMATICAL DOUBLE-STRUCK", "MATHEMATICAL SANS-SERIF",
                   "MATHEMATICAL SANS-SERIF BOLD", "MATHEMATICAL SANS-SERIF ITALIC",
                   "MATHEMATICAL MONOSPACE", "FULLWIDTH LATIN", "CIRCLED LATIN", "NEGATIVE SQUARED LATIN",
                   "PARENTHESIZED LATIN"]


class Spellings10:
    """held_out_10's spelling writers, over outside data only (never the guard's tables)."""

    def __init__(self) -> None:
        import unicodedata

        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin

        self._plain = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self._marked = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self._numbered = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore")
        # same-reading characters by tier: GB2312 level 1, GB2312 level 2, GBK only
        self.by_sound: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        self.by_tone: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                raw = char.encode("gbk")
            except UnicodeEncodeError:
                continue
            try:
                char.encode("gb2312")
                tier = 0 if raw[0] < 0xD8 else 1      # GB2312 level 1 ends at row 55 (0xD7)
            except UnicodeEncodeError:
                tier = 2
            reading, toned = self._plain(char), self._numbered(char)
            if reading:
                self.by_sound[reading[0]][tier].append(char)
                self.by_tone[toned[0]][tier].append(char)
        # Latin letter -> single-character look-alikes from Unicode's confusables table, letters of
        # other scripts only (Cyrillic, Greek, Armenian, Cherokee, ...), not styled Latin
        table = load("confusables.json")
        self.twins: dict[str, list[str]] = defaultdict(list)
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            for entry in table.get(letter, []):
                char, name = entry["c"], entry["n"]
                if (len(char) == 1 and char != letter and "LETTER" in name
                        and "LATIN" not in name and "MATHEMATICAL" not in name):
                    self.twins[letter].append(char)
        self.styles: list[dict[str, str]] = []
        for style in STYLE_NAMES_H10:
            mapping = {}
            for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                for case, names in (
                        (letter, (f"{style} CAPITAL {letter}", f"{style} CAPITAL LETTER {letter}",
                                  f"{style.split()[-1]} CAPITAL {letter}")),
                        (letter.lower(), (f"{style} SMALL {letter}", f"{style} SMALL LETTER {letter}",
                                          f"{style.split()[-1]} SMALL {letter}"))):
                    for name in names:
                        try:
                            mapping[case] = unicodedata.lookup(name)
                            break
                        except KeyError:
                            continue
            if len(mapping) >= 26:
                self.styles.append(mapping)

    def separated(self, text: str, rng: random.Random) -> str:
        chars = list(text.replace(" ", "")) if rng.random() < 0.5 else list(text)
        chars = [c for c in chars if c != " "] or chars
        if rng.random() < 0.6:
            sep = rng.choice(SEPARATORS_H10)
            return sep.join(chars)
        return "".join(c + (rng.choice(SEPARATORS_H10) if i < len(chars) - 1 else "")
                       for i, c in enumerate(chars))

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = "".join(s[0] for s in self._plain(mark))
        form = rng.randrange(5)
        if form == 0:
            return letters.upper()
        if form == 1:
            return letters
        if form == 2:
            return "".join(c.upper() if rng.random() < 0.5 else c for c in letters)
        return rng.choice([".", " ", "/", "-"]).join(letters.upper() if form == 3 else letters)

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The mark's pinyin, joined or spaced, toneless, tone-marked or tone-numbered; never one
        that holds the mark's own Latin name (伊利's Yili, 鸿星尔克's ERKE): that is no evasion."""
        name = latin.lower().replace(" ", "")
        while True:
            syllables = rng.choice([self._plain, self._plain, self._marked, self._numbered])(mark)
            joiner = rng.choice(["", "", " "])
            case = rng.randrange(4)
            if case == 1:
                syllables = [s.capitalize() for s in syllables]
            elif case == 2:
                syllables = [s.upper() for s in syllables]
            text = joiner.join(syllables)
            text = text.capitalize() if case == 3 else text
            if not name or name not in text.lower().replace(" ", ""):
                return text

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """Other characters of the same toned reading (a neutral tone takes any tone), from one
        tier (GB2312 level 1, level 2, GBK only); a mark of three or more characters keeps one."""
        readings, toned = self._plain(mark), self._numbered(mark)
        for _ in range(200):
            tier = rng.choices((0, 1, 2), weights=(4, 3, 3))[0]
            count = rng.randint(1, len(mark) if len(mark) <= 2 else len(mark) - 1)
            where = set(rng.sample(range(len(mark)), count))
            out = []
            for index, (char, reading, tone) in enumerate(zip(mark, readings, toned)):
                source = self.by_tone[tone] if tone[-1].isdigit() else self.by_sound[reading]
                pool = [c for c in source[tier] if c != char]
                out.append(rng.choice(pool) if index in where and pool else char)
            word = "".join(out)
            if word != mark and word not in taken and self._plain(word) == readings:
                return word
        raise ValueError(f"no homophone of {mark}")

    def confusable(self, text: str, rng: random.Random) -> str:
        if rng.random() < 0.5:      # one fancy-text style over the whole name
            style = rng.choice(self.styles)     # a capitals-only style writes small letters big
            return "".join(style.get(c) or style.get(c.upper(), c) for c in text)
        swappable = [i for i, c in enumerate(text) if self.twins.get(c)]
        where = set(rng.sample(swappable, rng.randint(1, len(swappable))))
        return "".join(rng.choice(self.twins[c]) if i in where else c for i, c in enumerate(text))

    def digits(self, text: str, rng: random.Random) -> str:
        swappable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H10]
        where = set(rng.sample(swappable, rng.randint(1, len(swappable))))
        return "".join(DIGITS_H10[c.lower()] if i in where else c for i, c in enumerate(text))


def tenth_held_out(seed: int = 149) -> list[Case]:
    """held_out_10: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_9's sizes)."""
    from benchmarks.bench_brands import REAL

    rng = random.Random(seed)
    words = Spellings10()
    every = {b.mark: b for b in (suite_brands() + held_out_3_brands() + held_out_4_brands()
                                 + held_out_5_brands() + held_out_6_brands())}
    taken = set(every) | {m for m, *_ in REAL} | {k for _, _, ks, *_ in REAL for k in ks}
    brands = [every[mark] for mark in MARKS_H10]
    # initials another loaded mark shares would name that mark as well: such brands give their
    # initials offers to the next brand in the list; marks over four characters have none either
    initials_of: dict[str, list[str]] = defaultdict(list)
    for mark in taken:
        if all("\u4e00" <= c <= "\u9fff" for c in mark):
            initials_of["".join(s[0] for s in words._plain(mark))].append(mark)
    own_initials = [b for b in brands if len(b.mark) <= 4
                    and len(initials_of["".join(s[0] for s in words._plain(b.mark))]) == 1]
    out: list[Case] = []

    def offer(family: str, brand: Brand, written: str) -> None:
        chinese, english = GOODS_H10[brand.mark]
        in_english = (english and not any("\u4e00" <= c <= "\u9fff" for c in written)
                      and rng.random() < 0.4)
        product = rng.choice(english if in_english else chinese)
        name, title, text = rng.choice(OFFERS_EN_H10 if in_english else OFFERS_ZH_H10)
        out.append(Case(family, "held_out_10", brand, f"seller{rng.randrange(100_000)}", name,
                        title.format(w=written, p=product), text.format(w=written, p=product)))

    def benign(family: str, brand: Brand, chinese: list, english: list) -> None:
        zh_goods, en_goods = GOODS_H10[brand.mark]
        in_english = bool(brand.aliases) and bool(en_goods) and rng.random() < 0.3
        product = rng.choice(en_goods if in_english else zh_goods)
        written = brand.aliases[0] if in_english else brand.mark
        name, title, text = rng.choice(english if in_english else chinese)
        out.append(Case(family, "held_out_10", None, f"user{rng.randrange(100_000)}", name,
                        title.format(m=written, p=product), text.format(m=written, p=product)))

    for index, brand in enumerate(brands):
        latin = brand.aliases[0] if brand.aliases else ""
        initials_brand = own_initials[index % len(own_initials)]
        for _ in range(3):
            offer("no_evasion", brand, latin if latin and rng.random() < 0.3 else brand.mark)
            offer("separators", brand,
                  words.separated(latin if latin and rng.random() < 0.3 else brand.mark, rng))
            offer("initials", initials_brand, words.initials(initials_brand.mark, rng))
            offer("pinyin", brand, words.pinyin(brand.mark, rng, latin))
            offer("homophones", brand, words.homophone(brand.mark, rng, taken))
            benign("resale", brand, RESALE_ZH_H10, RESALE_EN_H10)
            benign("consumer_warnings", brand, WARNINGS_ZH_H10, WARNINGS_EN_H10)
            benign("reviews_news", brand, REVIEWS_ZH_H10, REVIEWS_EN_H10)
            account = rng.choice((brand.owner, *sorted(brand.authorized)))
            signer = "owner" if account == brand.owner else "shop"
            _, name, title, text = rng.choice([t for t in AUTHORISED_H10 if t[0] == signer])
            product = rng.choice(GOODS_H10[brand.mark][0])
            out.append(Case("authorised_own_posts", "held_out_10", None, account,
                            name.format(m=brand.mark), title.format(m=brand.mark, p=product),
                            text.format(m=brand.mark, p=product)))
    latin_brands = [b for b in brands if b.aliases]
    for family in ("confusables", "digit_swaps"):
        order = [b for b in latin_brands if family == "confusables"
                 or any(c.lower() in DIGITS_H10 for c in b.aliases[0])]
        rng.shuffle(order)
        for index in range(64):
            brand = order[index % len(order)]
            text = brand.aliases[0]
            offer(family, brand, words.confusable(text, rng) if family == "confusables"
                  else words.digits(text, rng))
    for sentence in SOUND_ALIKE_H10:
        for title, text in SOUND_ALIKE_FRAMES_H10:
            out.append(Case("ordinary_sound_alikes", "held_out_10", None,
                            f"user{rng.randrange(100_000)}", f"路人{rng.randrange(1000)}号",
                            title.format(s=sentence), text.format(s=sentence)))
    for sentence in COMMON_SENSE_H10:
        for title, text in COMMON_FRAMES_H10["en" if sentence.isascii() else "zh"]:
            out.append(Case("common_word_ordinary_sense", "held_out_10", None,
                            f"user{rng.randrange(100_000)}", f"viewer_{rng.randrange(1000)}",
                            title.format(s=sentence), text.format(s=sentence)))
    return out


# -- held_out_11 (issue 13, stop 26): written before the thirteenth round's rule changes ---------
# An eleventh held-out part, because every part above has been read. Written by a ninth hand that
# read neither the guard (src/origin/brands/, its rules and tables, tests/brands/) nor any part's
# phrasing templates above: only this file's structure (the docstring, Case, suite_brands() and the
# held_out_N_brands() lists, MARKS_H10 and GOODS_H10 as lists, how tenth_held_out assembles a part)
# and bench_brands.py's scoring, PARTS and SEALED. Its phrasing is this hand's own, from how Chinese
# and English sellers, live rooms, WeChat and Xianyu resellers, unboxers, reviewers, news posts,
# regulators and brand shops write; its spellings come from Spellings11 over outside data only
# (pypinyin readings toned and toneless, GB2312's two levels and GBK for same-reading characters,
# OpenCC to leave traditional forms out, Unicode's confusables table and character names).

# The 51 loaded marks with the fewest held-out offers before this part (tune excluded, held_out_10's
# counted twice because it was read last); ties by mark. 18 common words, 32 Latin names.
MARKS_H11 = [
    "普拉达", "海澜之家", "特步", "乐高", "亚瑟士", "兰蔻", "匡威", "同仁堂", "周大福", "回力", "始祖鸟",
    "新百伦", "欧米茄", "浪琴", "百雀羚", "美的", "茅台", "资生堂", "雅戈尔", "雅诗兰黛", "格兰仕", "蕉下",
    "云南白药", "比亚迪", "洽洽", "立白", "纪梵希", "元气森林", "六神", "海天", "金丝猴", "雪花", "燕京",
    "老板", "大白兔", "白象", "良品铺子", "小熊", "飞鸽", "骆驼", "黄鹤楼", "万宝龙", "小天鹅", "熊猫",
    "舒肤佳", "蜜雪冰城", "长虹", "旺旺", "江小白", "海鸥", "王老吉",
]
# what each mark sells, in Chinese and (where the mark has a Latin name) English; a common-word
# mark's goods are what it is known for, so that an offer is about the brand
GOODS_H11: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "普拉达": (("尼龙双肩包", "三角标腋下包", "乐福鞋", "墨镜"), ("nylon backpack", "re-edition bag", "loafers")),
    "海澜之家": (("男士衬衫", "POLO衫", "西裤", "轻薄羽绒服"), ("men's shirt", "polo shirt")),
    "特步": (("跑鞋", "竞速跑鞋", "运动套装", "板鞋"), ("running shoes", "sneakers")),
    "乐高": (("积木", "机械组跑车", "城堡积木", "人仔"), ("building set", "technic car", "minifigures")),
    "亚瑟士": (("跑鞋", "GEL-KAYANO跑鞋", "排球鞋", "复古运动鞋"), ("running shoes", "gel sneakers")),
    "兰蔻": (("小黑瓶精华", "粉水", "菁纯面霜", "口红"), ("serum", "face cream", "lipstick")),
    "匡威": (("帆布鞋", "高帮帆布鞋", "低帮板鞋"), ("canvas sneakers", "high tops")),
    "同仁堂": (("安宫牛黄丸", "阿胶", "六味地黄丸", "枸杞礼盒"), ("herbal pills", "ejiao gift box")),
    "周大福": (("金手镯", "黄金项链", "转运珠", "足金吊坠"), ("gold bangle", "gold necklace", "gold pendant")),
    "回力": (("帆布鞋", "小白鞋", "雨靴"), ("canvas shoes", "sneakers")),
    "始祖鸟": (("冲锋衣", "硬壳外套", "抓绒衣", "徒步鞋"), ("hardshell jacket", "fleece", "hiking shoes")),
    "新百伦": (("运动鞋", "990跑鞋", "老爹鞋", "复古跑鞋"), ("sneakers", "running shoes", "dad shoes")),
    "欧米茄": (("海马300手表", "超霸月球表", "机械表", "星座女表"), ("seamaster watch", "speedmaster", "watch")),
    "浪琴": (("名匠手表", "康卡斯手表", "机械表", "女表"), ("watch", "dress watch")),
    "百雀羚": (("面霜", "水乳套装", "精华液", "护手霜"), ("face cream", "skincare set")),
    "美的": (("空调", "冰箱", "电饭煲", "洗衣机", "电风扇"), ("air conditioner", "rice cooker", "fridge")),
    "茅台": (("飞天53度", "酱香白酒", "生肖酒"), ("baijiu", "Feitian liquor")),
    "资生堂": (("红腰子精华", "防晒霜", "洗面奶"), ("serum", "sunscreen", "cleanser")),
    "雅戈尔": (("衬衫", "西服套装", "羊毛大衣"), ("dress shirt", "wool coat")),
    "雅诗兰黛": (("小棕瓶精华", "DW粉底液", "眼霜"), ("night serum", "foundation", "eye cream")),
    "格兰仕": (("微波炉", "空气炸锅", "电烤箱"), ("microwave", "air fryer")),
    "蕉下": (("防晒衣", "遮阳伞", "防晒帽", "冰袖"), ("sun umbrella", "UPF jacket", "sun hat")),
    "云南白药": (("牙膏", "气雾剂", "创可贴", "膏药"), ("toothpaste", "pain relief spray")),
    "比亚迪": (("车模", "汽车脚垫", "充电桩"), ("car model", "floor mats", "EV charger")),
    "洽洽": (("瓜子", "每日坚果", "山核桃瓜子"), ("sunflower seeds", "mixed nuts")),
    "立白": (("洗衣液", "洗洁精", "洗衣粉"), ("laundry detergent", "dish soap")),
    "纪梵希": (("四宫格散粉", "小羊皮口红", "香水"), ("loose powder", "lipstick", "perfume")),
    "元气森林": (("气泡水", "无糖气泡水", "乳茶"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "海天": (("酱油", "蚝油", "黄豆酱", "味极鲜酱油"), ()),
    "金丝猴": (("奶糖", "糖果", "奶糖礼包"), ()),
    "雪花": (("啤酒", "勇闯天涯啤酒", "纯生啤酒"), ()),
    "燕京": (("啤酒", "U8啤酒", "纯生啤酒"), ()),
    "老板": (("油烟机", "燃气灶", "蒸烤一体机"), ()),
    "大白兔": (("奶糖", "奶糖礼盒", "糖果"), ()),
    "白象": (("方便面", "泡面", "骨汤面"), ()),
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器", "加湿器"), ()),
    "飞鸽": (("自行车", "单车", "复古自行车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "户外徒步鞋"), ()),
    "黄鹤楼": (("香烟", "细支烟", "硬盒香烟"), ()),
    "万宝龙": (("钢笔", "皮带", "钱夹", "大班钢笔"), ("fountain pen", "belt", "wallet")),
    "小天鹅": (("洗衣机", "烘干机", "洗烘套装"), ("washing machine", "dryer")),
    "熊猫": (("香烟", "电视机", "礼盒香烟"), ()),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap", "body wash")),
    "蜜雪冰城": (("果酱", "奶茶原料", "柠檬水原料"), ("syrup", "bubble tea supplies")),
    "长虹": (("电视", "液晶电视", "空调"), ("TV", "air conditioner")),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "小馒头"), ()),
    "江小白": (("白酒", "高粱酒", "果立方"), ()),
    "海鸥": (("手表", "机械表", "双反相机"), ()),
    "王老吉": (("凉茶", "罐装凉茶", "凉茶整箱"), ()),
}

# counterfeit offers as posted: (account name, title, description); {w} the mark as written,
# {p} the goods, {n} a price
OFFERS_ZH_H11 = [
    ("潮鞋小仓库", "{w}{p} 顶级版本 细节对比原版", "工厂直出，原厂材料，跟专柜的放一起分不出来，到手{n}包邮，规格私信～"),
    ("阿凯代购", "{w} {p} 一比一复刻 走量价{n}", "莆田一手货源 做工放心 支持视频看货 加V看实拍图"),
    ("美妆清仓小铺", "{w}{p}高仿 专柜同款 只要{n}", "懂的姐妹直接拍，不懂的别问😂 品质对标专柜，只是没有防伪码"),
    ("直播间小七", "家人们！{w}{p}今天只要{n}！", "原单尾货，跟正品一个厂出来的，没防伪卡介意慎拍，三二一上链接！"),
    ("微商阿梅", "朋友圈爆款｜{w}{p}", "A货超A品质，正品几千我们几百，拿货价{n}，招代理一件代发，私我"),
    ("闲鱼小铺-阿东", "出{w}{p} 非正品 高版本", "纯原版本 细节到位 非专柜正品 介意勿扰 {n}不议价"),
    ("外贸原单仓", "{w}{p}外贸原单 溢出货", "工厂流出的货，无小票无防伪，价格美丽{n}，要的抓紧"),
    ("鞋柜老周", "{w} {p} 纯原 鉴定能过", "这批是公司级，鉴定不敢打包票，但用起来没人看得出来，{n}包顺丰"),
    ("百货批发站", "仿{w}{p} 批发价{n}", "仿品，包装跟真的一样，开小店的老板可以拿去卖，十件起批"),
    ("小苏好物", "{w}{p}｜1:1还原 大牌平价", "和正品同一个代工厂，logo做得一模一样，{n}闭眼入"),
    ("折扣店（看简介）", "{w}{p} 专柜价三折", "高品质复刻，不是正品，懂的来，谢绝比价和鉴定党"),
    ("深夜直播间", "{w}{p}秒杀 {n}", "主播自用同款！源头工厂做的，和正品没差，库存不多了 点小黄车"),
    ("宝妈副业", "接单｜{w}{p}", "莞产高仿，品质有保障，{n}包邮到家，加我微信看更多款"),
    ("鞋贩子阿勇", "{w}{p} 莆田版本 {n}", "#莆田 #性价比 懂货的来，非诚勿扰"),
    ("九块九包邮", "{w}{p} 仿款", "{n}，假一不赔，爱买不买"),
    ("海外仓直发", "【现货】{w}{p} 顶配复刻", "原版开模，细节都有，专柜一比一，{n}还送礼盒\n下单备注款式"),
    ("小雅的衣橱", "这个价买{w}{p}还要啥自行车", "跟正品对比图放第二张了，基本看不出来，高仿里的天花板，{n}"),
    ("工厂店老板娘", "{w}{p}工厂货 无logo卡 {n}", "给大牌代工的厂子，同材料同工艺，就是不能挂正品的牌子，懂得都懂"),
]
OFFERS_EN_H11 = [
    ("repfinds_daily", "{w} {p} 1:1 rep, best batch",
     "Mirror quality, same materials as retail. ${n} shipped, DM for QC pics 📦"),
    ("lux_dupes_shop", "{w} {p} dupe that looks exactly like the real one",
     "AAA replica, nobody can tell. Only ${n}! Link in bio, WhatsApp for orders"),
    ("factory_direct_88", "UA {w} {p} from the factory",
     "Unauthorized authentic, factory overrun, no box no tags. ${n}, wholesale welcome"),
    ("sneakerplug.cn", "{w} {p} replica | top version",
     "Top version, passes legit check most of the time 😉 ${n} + shipping. Sizes in DM"),
    ("Live with Kelly", "Going live! {w} {p} only ${n} tonight",
     "Same factory as the brand, just no logo card. First 50 orders get a free gift! Tap the cart"),
    ("wholesale_hub", "Copy {w} {p} wholesale",
     "High quality copies, MOQ 10 pcs, ${n} each, ship worldwide. Not original."),
    ("mirror_grade_bags", "{w} {p} super copy",
     "Super copy grade, 1:1 with the original. DM me, ${n} with dust bag"),
    ("cheap_brand_outlet", "{w} {p} 90% off!! (not original)",
     "Not the original but the best fake you can get. ${n}, fast shipping"),
]
# genuine goods sold on: (account name, title, description); {m} the mark, {p} the goods,
# {n} a price
RESALE_ZH_H11 = [
    ("闲置转转", "自用{m}{p} 九成新 出", "专柜购入，小票和发票都在（图三），成色看图，可走平台验货，不退不换"),
    ("搬家清仓", "{m}{p}闲置转让", "去年双十一在旗舰店买的，订单截图可看，用过几次，{n}出，同城自提优先"),
    ("学生党小林", "出个{m}{p}", "生日收到的礼物，不太适合我，包装都在，附购买记录，接受验货，价格可小刀"),
    ("二手好物分享", "{m}{p} 二手 支持鉴定", "正品保证，支持第三方鉴定，鉴定费我出，鉴定不是正品全额退"),
    ("断舍离中", "断舍离｜{m}{p}", "柜姐推荐买的，真的用不上，现价{n}，包装盒说明书齐全"),
    ("宝妈闲置", "闲置{m}{p}转", "亲戚送的，全新未拆封，有购物小票，保真，比官网便宜不少"),
    ("闲鱼卖家阿峰", "{m}{p} 自用出", "本人只卖自用正品，有京东自营订单截图，不议价，走闲鱼担保交易"),
    ("换季清衣柜", "{m}{p} 专卖店购入", "发票日期看图，只用过一次，不合适才出，{n}包邮"),
]
RESALE_EN_H11 = [
    ("closet_cleanout", "Selling my {m} {p}, barely used",
     "Bought at the {m} store in 2024, receipt in the photos. Happy to meet so you can check "
     "it. ${n}"),
    ("moving_sale_jen", "{m} {p}, pre-owned and authentic",
     "Original box and proof of purchase included. ${n} because of a small scuff, see pic 4."),
    ("secondhand_finds", "Used {m} {p} for sale",
     "A gift I never used, tags still on. Fine with authentication through the app before paying."),
    ("mark_resells", "{m} {p} (genuine, with receipt)",
     "Upgrading, so letting this one go. Original packaging, the serial matches the receipt."),
]
# genuine goods that are eaten, drunk, smoked or used up are sold on sealed
RESALE_SEALED_ZH_H11 = [
    ("福利转让", "单位发的{m}{p} 原封未拆", "过节发的福利，家里人不需要，生产日期看图，包装完好没拆过，{n}出，同城自提"),
    ("囤货清理", "出{m}{p}，买多了", "超市搞活动囤多了，保质期还有大半年，小票在，{n}打包带走"),
    ("搬家不想带", "{m}{p}低价转", "全新没开过，旗舰店订单截图可看，搬家带不走，便宜出"),
    ("年货转让", "过年收的{m}{p}转让", "亲戚送的礼盒，原封未动，保真，比超市便宜，{n}"),
]
RESALE_SEALED_EN_H11 = [
    ("pantry_clearout", "Unopened {m} {p} for sale",
     "Bought too many in a store promo, still sealed, receipt included. ${n} for the lot."),
    ("gift_regift", "{m} {p} gift box, never opened",
     "Got it as a holiday gift and we don't use it. Sealed, expiry date in the photos."),
]
SEALED_GOODS_H11 = frozenset({
    "茅台", "同仁堂", "百雀羚", "资生堂", "云南白药", "洽洽", "立白", "元气森林", "六神", "海天", "金丝猴",
    "雪花", "燕京", "大白兔", "白象", "良品铺子", "黄鹤楼", "舒肤佳", "蜜雪冰城", "旺旺", "江小白", "王老吉",
})
# consumer-rights warnings about fakes of the mark: (account name, title, description)
WARNINGS_ZH_H11 = [
    ("消费维权小课堂", "买{m}{p}一定要看这几点！", "最近很多粉丝说买到了假{m}，教大家三招辨真假：查防伪码、看做工、认准官方渠道。遇到高仿别犹豫，直接投诉"),
    ("打假博主老王", "实测：网上两百块的{m}{p}全是假的", "我下单了五家，收到全是仿品，做工粗糙。{m}从不在路边直播间低价甩货，大家别上当"),
    ("被坑的小张", "在朋友圈买{m}{p}被骗了", "对方说是原单，收到一看就是假货，还拉黑不退款。大家千万别找微商买，我已经打了12315"),
    ("市场监管在线", "提醒：警惕假冒{m}{p}", "近期接到多起举报，有商家通过短视频平台销售假冒{m}商品。请通过正规渠道购买，发现假冒可拨打12315举报"),
    ("鉴定师小雅", "{m}{p}真假对比，看完不踩雷", "左边正品右边高仿，区别在logo间距、包装字体和防伪标。收藏起来，买二手的时候用得上"),
    ("维权日记", "买到假{m}{p}怎么办", "第一步保存聊天记录和付款凭证，第二步申请平台介入，第三步找消协。别信“工厂货”“尾单”这种说法"),
    ("理性消费指南", "为什么劝你别买便宜的{m}{p}", "正品的价格摆在那里，便宜得离谱的基本都是仿冒货。贪小便宜吃大亏"),
    ("315观察", "315曝光的假{m}{p}，你家有没有", "造假窝点就在城中村，包装做得以假乱真。买的时候认准旗舰店和授权门店"),
]
WARNINGS_EN_H11 = [
    ("consumer_watch", "PSA: fake {m} {p} are everywhere right now",
     "If a listing says mirror quality or 1:1, it is counterfeit. Buy {m} from the official "
     "store or authorized retailers only."),
    ("legitcheck_lab", "How to spot a fake {m} {p}",
     "Compare the logo, the label font and the serial. The replicas sold on social media get "
     "the logo spacing wrong."),
    ("scam_alert_mom", "I got scammed buying {m} {p} online",
     "The seller swore it was authentic; it arrived as an obvious knockoff. Reported them and "
     "filed a chargeback."),
    ("Dr. Ana explains", "Counterfeit {m} {p} can hurt you",
     "Fakes skip safety testing. If the price is too good to be true, it is. Report them to "
     "the platform."),
]
# reviews, unboxings and news: (account name, title, description)
REVIEWS_ZH_H11 = [
    ("数码测评君", "{m}{p}真实体验，说说优缺点", "优点是品质稳定，缺点是价格不算便宜，整体值得买。非广告，自费购入"),
    ("本地新闻速递", "警方捣毁制售假冒{m}{p}窝点", "昨日，区公安分局联合市场监管部门查获假冒{m}{p}三千余件，涉案金额超百万元，两名嫌疑人已被刑拘"),
    ("开箱小队", "开箱｜刚到的{m}{p}", "官方旗舰店下的单，包装很用心，还送了小样，第一印象不错，后面出详细测评"),
    ("财经快讯", "{m}三季度业绩发布", "{m}营收同比增长，{p}品类表现亮眼，公司表示将继续加大研发投入"),
    ("海关发布", "海关查获侵权{m}{p}一批", "海关在出口货物中查获标有{m}商标的{p}共1200件，经权利人确认均为侵权商品，已依法扣留"),
    ("小红的种草日记", "{m}{p}值不值得买？横评三款", "同价位对比了三款，{m}这款细节最好，但性价比一般，看个人需求"),
    ("法治频道", "网上售假{m}{p} 男子获刑三年", "法院审理查明，被告人通过网络销售假冒{m}注册商标的{p}，判处有期徒刑三年，并处罚金"),
    ("品牌故事会", "{m}的{p}为什么这么火", "从品牌历史讲起，聊聊{m}这几年的变化和年轻人的口味"),
]
REVIEWS_EN_H11 = [
    ("techreviewhub", "{m} {p}: my honest review",
     "Good quality, a bit pricey. Bought it myself, not sponsored."),
    ("citynews24", "Police seize 5,000 counterfeit {m} {p} in warehouse raid",
     "Officers said the fakes were sold through livestreams and messaging apps. {m} confirmed "
     "none were genuine."),
    ("unboxing_with_sam", "Unboxing the new {m} {p}",
     "Ordered from the official store; here is everything in the box."),
    ("market_brief", "{m} reports strong sales of its {p}",
     "The company said demand came mostly from younger buyers."),
]
# the owner's or an authorised shop's own posts: (signer, account name, title, description)
AUTHORISED_H11 = [
    ("owner", "{m}官方", "{m}新品｜{p}正式发售", "官方旗舰店同步上线，认准官方渠道，谨防假冒。下单享正品保障"),
    ("owner", "{m}官方账号", "今晚8点 {m}官方直播间 {p}专场", "品牌直供，正品保障，直播间专属福利，关注不迷路"),
    ("owner", "{m}", "关于仿冒产品的声明", "近期发现有人冒用{m}名义销售仿冒{p}，{m}从未授权任何个人微商代理，请认准官方账号和授权门店"),
    ("owner", "{m}官方", "{m}{p} 新配色上新", "#{m} #新品 官网和官方旗舰店有售"),
    ("shop", "{m}授权店", "{m}授权专卖｜{p}到货", "本店为{m}官方授权经销商，授权书见店铺首页，全国联保，支持专柜验货"),
    ("shop", "{m}授权店·城南店", "{m}{p} 店庆八折", "正品授权，可开发票，线下门店地址见主页"),
    ("shop", "{m}授权店直播", "{m}{p}直播间秒杀", "授权店直播，假一赔十，下单送运费险，三二一上链接！"),
    ("shop", "{m}授权体验店", "{m}{p}新款实拍", "店里到了一批新款，欢迎到店试用，授权证书挂在收银台后面"),
]
# everyday sentences holding an ordinary word that reads like a loaded mark (眼睛/眼镜 燕京,
# 美德/没的 美的, 留神 六神, 李白 立白, 恰恰 洽洽, 脚下 蕉下, 回礼/会理 回力, 往往/汪汪 旺旺, 长红 长虹,
# 飞哥 飞鸽, 落拓 骆驼, 还田 海天, 血花/学化 雪花, 老伴 老板, 白相/柏乡 白象) or a mark's own
# characters in their ordinary sense (同仁, 良品, 冰城, 元气, 资生)
SOUND_ALIKE_H11 = [
    "最近熬夜太多，眼睛干得不行，滴了眼药水才好点", "她的眼睛像会说话一样，镜头一怼上去就出片",
    "近视又加深了，周末去配了副新眼镜", "尊老爱幼是中华民族的传统美德", "奶奶总说诚实是最大的美德",
    "这家小馆子的服务没的说，下次还来", "他这个人办事靠谱，人品没的说", "下雨天路滑，骑车的朋友都留神一点",
    "过马路多留神，别低头看手机", "今天给孩子讲了李白的《静夜思》，她居然会背了",
    "李白一生到底写了多少首关于月亮的诗？", "你以为他不在乎，恰恰相反，他比谁都在意",
    "周末去学了一节恰恰舞，脚都跳酸了", "爬山的时候注意脚下，石阶上全是青苔", "站在山顶往脚下看，云海翻滚",
    "搬新家邻居送了水果，明天准备点回礼", "婚礼回礼选什么好？求推荐", "会理的石榴今年大丰收，果农笑开了花",
    "楼下的小狗见人就汪汪叫，太可爱了", "人往往在失去之后才懂得珍惜", "事情往往不像表面那么简单",
    "这首老歌能长红二十年不是没有道理", "公司里大家都叫他飞哥，人特别仗义", "飞哥今天带我们去吃了一家宝藏烧烤店",
    "他一身落拓的样子，倒也活得自在", "秋收以后秸秆还田，明年地更肥", "比赛太激烈，膝盖都磕出了血花",
    "我大学是学化学的，现在在做咖啡", "爷爷和老伴结婚五十年了，今天是金婚纪念日",
    "人到晚年，最要紧的是有个老伴陪着说说话", "上海话里“白相”就是玩的意思，侬晓得伐",
    "柏乡的牡丹今年开得特别好", "各位同仁，今年辛苦了，年会见！", "车间的良品率终于提到了百分之九十八",
    "冰城哈尔滨的冬天，零下三十度也挡不住游客的热情", "早上喝杯热豆浆，元气满满开启新的一天",
    "天地万物资生于此，老师讲《易经》讲得太好了", "网红店能长红的没几家，这家算一个",
    "小区门口新开了一家面馆，汤头往往要熬一整夜", "隔壁小孩叫小雄，今天考了一百分",
]
SOUND_ALIKE_FRAMES_H11 = [("{s}", ""), ("{s}", "#随手拍"), ("记录一下", "{s}"), ("{s}", "#日常 #分享")]
# a common-word mark (or a Latin name that is an English word) in its ordinary sense
COMMON_SENSE_H11 = [
    "山里的清晨是一天里最美的时候", "你是我见过最美的新娘", "手机找不到了，吓得我六神无主",
    "海天一色，站在甲板上拍了好多照片", "神农架的金丝猴在树上荡来荡去", "动物园新来了两只金丝猴宝宝",
    "窗外飘起了今年第一场雪花", "孩子用剪纸剪了好多雪花贴在窗户上", "卢沟晓月是燕京八景之一",
    "老北京人有时候也把北京叫燕京", "老板今天请全组喝奶茶", "小店老板人很好，多送了一碗汤",
    "女儿养了一只大白兔，天天喂它胡萝卜", "在泰国，白象被看作吉祥的象征", "女儿抱着小熊玩偶睡着了",
    "纪录片里母熊带着两只小熊找蜂蜜", "广场上的飞鸽一下子全飞起来了", "古人飞鸽传书，现在一条微信就到了",
    "在敦煌鸣沙山骑了骆驼，屁股疼了两天", "沙漠里的骆驼好几天不喝水也没事", "登上黄鹤楼，俯瞰长江大桥",
    "故人西辞黄鹤楼，烟花三月下扬州", "女儿第一次登台跳《四小天鹅》", "湖面上天鹅妈妈带着小天鹅游来游去",
    "在成都大熊猫基地看到了花花", "熊猫宝宝抱着竹子啃，太治愈了", "雨后天边挂起一道长虹",
    "祝大家新的一年生意旺旺，财源滚滚", "我家狗狗叫旺旺，今天三岁了", "海边的海鸥抢游客手里的面包",
    "冬天昆明翠湖边全是海鸥", "渡轮后面跟着一群海鸥", "老板说下个月涨工资，我信了",
    "今天的雪花大得像鹅毛", "美的东西总是让人心情变好", "骑骆驼穿越沙漠是我今年最难忘的经历",
    "It is hard to converse in a bar this loud", "Weekend warrior: 20 km trail run done",
    "Road warrior life, third airport this week", "Why my doctor told me to take omega-3",
    "Patience is the alpha and omega of baking bread", "Tips to safeguard your baby's sleep",
    "How to safeguard your passwords in five minutes",
    "Trying to find a new balance between work and family",
    "First cha-cha lesson tonight, wish me luck", "Hiking around Mont Blanc, day three",
    "Saw a little swan on the lake this morning", "Kids learn to converse by listening first",
]
COMMON_FRAMES_H11 = {
    "zh": [("{s}", ""), ("{s}", "#日常分享"), ("今日份碎碎念", "{s}"), ("{s}", "#生活vlog #记录")],
    "en": [("{s}", ""), ("{s}", "#dailylife"), ("quick one", "{s}"), ("{s}", "#vlog #life")],
}
VIEWERS_H11 = ["小满同学", "橘子汽水", "周末不加班", "阿青的镜头", "老陈看世界", "一颗柠檬", "豆包妈妈",
               "山野日记", "kiki_daily", "traveling_tom"]

# separators as sellers type them: ASCII and full-width punctuation, spaces, zero-width and
# word-joiner characters, line breaks, emoji and dingbats
SEPARATORS_H11 = [".", "·", "/", " ", "  ", "\u200b", "\u200c", "\u200d", "\u2060", "\n", "、", "，",
                  "。", "／", "＿", "－", "・", "｜", "|", "-", "_", "*", "~", "❤️", "🔥", "✨", "⭐",
                  "👉", "💥", "♡", "☆", "★", "°", "^", "+", "🐾", "🎁"]
DIGITS_H11 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2", "q": "9"}
# fancy-text styles by Unicode name ({c}: CAPITAL or SMALL, {l}: the letter); letterlike
# fallbacks for the holes the mathematical alphabets leave
STYLES_H11 = ["MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL ITALIC {c} {l}",
              "MATHEMATICAL SCRIPT {c} {l}", "MATHEMATICAL BOLD SCRIPT {c} {l}",
              "MATHEMATICAL FRAKTUR {c} {l}",
              "MATHEMATICAL DOUBLE-STRUCK {c} {l}", "MATHEMATICAL SANS-SERIF {c} {l}",
              "MATHEMATICAL SANS-SERIF BOLD {c} {l}", "MATHEMATICAL SANS-SERIF ITALIC {c} {l}",
              "MATHEMATICAL MONOSPACE {c} {l}", "FULLWIDTH LATIN {c} LETTER {l}",
              "CIRCLED LATIN {c} LETTER {l}", "PARENTHESIZED LATIN SMALL LETTER {l}",
              "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}", "SQUARED LATIN CAPITAL LETTER {l}",
              "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}", "LATIN LETTER SMALL CAPITAL {l}"]
ACCENTS_H11 = ["ACUTE", "GRAVE", "DIAERESIS", "CIRCUMFLEX", "TILDE", "MACRON", "RING ABOVE",
               "CARON", "DOT ABOVE", "BREVE"]
# the confusables table's entries that are Latin letters in a style (written by STYLES_H11)
LATIN_STYLES_H11 = ("LATIN", "MATHEMATICAL", "FULLWIDTH", "CIRCLED", "PARENTHESIZED", "NEGATIVE",
                    "SQUARED", "DIGIT", "SCRIPT", "BLACK-LETTER", "DOUBLE-STRUCK")
OVERLAYS_H11 = ["COMBINING LONG STROKE OVERLAY", "COMBINING SHORT STROKE OVERLAY",
                "COMBINING LOW LINE", "COMBINING SHORT SOLIDUS OVERLAY", "COMBINING OVERLINE"]


def _letters_h11(text: str) -> str:
    """The ASCII letters of text, accents dropped, lower case: what a spelling reads as in Latin."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text).lower() if "a" <= c <= "z")


class Spellings11:
    """held_out_11's spelling writers, each over outside data only: pypinyin's readings (toned,
    toneless and tone-numbered), same-reading characters from GB2312's two levels and GBK
    (OpenCC's traditional forms left out), Unicode's confusables table and character names."""

    def __init__(self) -> None:
        import unicodedata

        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin

        self.plain = lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
        self.marked = lambda text: lazy_pinyin(text, style=Style.TONE, errors="ignore")
        self.numbered = lambda text: lazy_pinyin(text, style=Style.TONE3, errors="ignore",
                                                 neutral_tone_with_five=True)
        to_simple = OpenCC("t2s").convert
        # where each character is encoded -> its toned (and toneless) reading -> the characters
        self.toned: dict[str, dict[str, list[str]]] = {k: defaultdict(list)
                                                       for k in ("level1", "level2", "gbk")}
        self.toneless: dict[str, dict[str, list[str]]] = {k: defaultdict(list)
                                                          for k in ("level1", "level2", "gbk")}
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                lead = char.encode("gb2312")[0]
                where = "level1" if lead < 0xD8 else "level2"
            except UnicodeEncodeError:
                try:
                    char.encode("gbk")
                except UnicodeEncodeError:
                    continue
                where = "gbk"
            if to_simple(char) != char:
                continue
            reading = self.numbered(char)
            if reading:
                self.toned[where][reading[0]].append(char)
                self.toneless[where][reading[0].rstrip("12345")].append(char)
        self.to_simple = to_simple
        # look-alike letters of other scripts from the confusables table
        table = load("confusables.json")
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            found = [entry["c"] for entry in table.get(letter, [])
                     if len(entry["c"]) == 1 and not entry["n"].startswith(LATIN_STYLES_H11)
                     and unicodedata.category(entry["c"]).startswith("L")]
            if found:
                self.twins[letter] = found
        self.lookup = unicodedata.lookup

    def separated(self, text: str, rng: random.Random) -> str:
        """Separators between letters (or characters): one kind in every gap, one gap only, or a
        mix; a Latin name's own spaces stay."""
        def one_word(word: str) -> str:
            gaps = len(word) - 1
            if gaps < 1:
                return word
            how = rng.random()
            if how < 0.6:
                mark = rng.choice(SEPARATORS_H11)
                chosen = [mark] * gaps
            elif how < 0.8:
                chosen = [""] * gaps
                chosen[rng.randrange(gaps)] = rng.choice(SEPARATORS_H11)
            else:
                chosen = [rng.choice(SEPARATORS_H11) for _ in range(gaps)]
            return "".join(c + s for c, s in zip(word, chosen)) + word[-1]

        return " ".join(one_word(word) for word in text.split(" "))

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = [s[0] for s in self.plain(mark)]
        how = rng.random()
        if how < 0.4:
            return "".join(letters).upper()
        if how < 0.65:
            return "".join(letters)
        if how < 0.8:
            return ".".join(letters).upper() + "."
        if how < 0.9:
            return " ".join(letters).upper()
        return letters[0].upper() + "".join(letters[1:])

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The mark's reading in Latin letters: toneless (joined, capitalised, spaced), with tone
        marks or tone numbers, or half Chinese half pinyin. A form that spells the Latin name
        is not written (that would be the name itself)."""
        plain, marked, numbered = self.plain(mark), self.marked(mark), self.numbered(mark)
        forms = [
            "".join(plain), "".join(plain).upper(), "".join(s.capitalize() for s in plain),
            " ".join(plain), "".join(marked), " ".join(s.capitalize() for s in marked),
            "".join(numbered), " ".join(numbered),
        ]
        allowed = [f for f in forms if not latin or _letters_h11(f) != _letters_h11(latin)]
        if allowed and rng.random() < 0.75:
            return rng.choice(allowed)
        for _ in range(20):   # half and half: some characters kept, the others read
            keep = [rng.random() < 0.5 for _ in mark]
            if all(keep) or not any(keep):
                continue
            reading = marked if rng.random() < 0.3 else plain
            return "".join(c if k else r for c, k, r in zip(mark, keep, reading))
        return "".join(plain[:1]) + mark[1:]

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One to three of the mark's characters swapped for another character of the same
        reading: mostly the same tone, from GB2312's first level, then its second, then GBK."""
        readings = self.numbered(mark)
        for _ in range(200):
            count = 1 if len(mark) == 2 and rng.random() < 0.7 else rng.choice((1, 1, 2, 2, 3))
            count = min(count, len(mark))
            where = rng.sample(range(len(mark)), count)
            chars = list(mark)
            for index in where:
                draw = rng.random()
                level = "level1" if draw < 0.6 else "level2" if draw < 0.85 else "gbk"
                pools = self.toned if rng.random() < 0.75 else self.toneless
                key = readings[index] if pools is self.toned else readings[index].rstrip("12345")
                choices = [c for c in pools[level].get(key, ())
                           if c != mark[index] and self.to_simple(c) != mark[index]]
                if choices:
                    chars[index] = rng.choice(choices)
            written = "".join(chars)
            if written != mark and not any(t in written for t in taken if len(t) > 1):
                return written
        raise ValueError(f"no homophone for {mark}")

    def confusable(self, text: str, rng: random.Random) -> str:
        """Look-alikes: letters of other scripts from the confusables table, a fancy-text style
        by Unicode name, accented letters, or a combining overlay on every letter."""
        how = rng.random()
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        if how < 0.4:
            usable = [i for i in letters if text[i] in self.twins]
            chars = list(text)
            for index in rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 3)))):
                chars[index] = rng.choice(self.twins[text[index]])
            if chars != list(text):
                return "".join(chars)
        if how < 0.75:
            style = rng.choice(STYLES_H11)
            out = []
            for c in text:
                if not (c.isascii() and c.isalpha()):
                    out.append(c)
                    continue
                name = style.format(c="CAPITAL" if c.isupper() else "SMALL", l=c.upper())
                # the mathematical alphabets' holes are letterlike symbols (ℬ ℭ ℎ) of the style
                names = [name, name.replace("MATHEMATICAL ", "").replace("FRAKTUR", "BLACK-LETTER")]
                if name == "MATHEMATICAL ITALIC SMALL H":
                    names.append("PLANCK CONSTANT")
                for each in names:
                    try:
                        out.append(self.lookup(each))
                        break
                    except KeyError:
                        continue
                else:
                    out.append(c)
            if any(not c.isascii() for c in out):
                return "".join(out)
        if how < 0.9:
            chars = list(text)
            for index in rng.sample(letters, min(len(letters), rng.choice((1, 2, 3)))):
                c = text[index]
                case = "CAPITAL" if c.isupper() else "SMALL"
                for accent in rng.sample(ACCENTS_H11, len(ACCENTS_H11)):
                    try:
                        chars[index] = self.lookup(f"LATIN {case} LETTER {c.upper()} WITH {accent}")
                        break
                    except KeyError:
                        continue
            if chars != list(text):
                return "".join(chars)
        overlay = self.lookup(rng.choice(OVERLAYS_H11))
        return "".join(c + overlay if c.isalpha() else c for c in text)

    def digits(self, text: str, rng: random.Random) -> str:
        """Letters written as the digits they look like: one, a few, or every one that has one."""
        usable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H11]
        count = len(usable) if rng.random() < 0.2 else min(len(usable), rng.choice((1, 1, 2, 3)))
        chars = list(text)
        for index in rng.sample(usable, count):
            chars[index] = ("6" if text[index].lower() == "g" and rng.random() < 0.3
                            else DIGITS_H11[text[index].lower()])
        return "".join(chars)


def _price_h11(rng: random.Random, english: bool) -> str:
    amount = rng.choice((39, 59, 88, 99, 128, 168, 199, 238, 268, 299, 358, 399, 458, 599, 899))
    return str(amount) if english else rng.choice((f"{amount}", f"¥{amount}", f"{amount}元"))


@dataclass(frozen=True)
class Phrasing:
    """One held-out part's own texts, each family's templates as (Chinese, English) lists: what
    the shared assembly below writes its posts with."""
    part: str
    goods: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
    price: Callable[[random.Random, bool], str]
    offers: tuple[list, list]
    resale: tuple[list, list]
    resale_sealed: tuple[list, list]
    sealed: frozenset[str]          # marks whose goods are resold sealed (food, drink, toiletries)
    warnings: tuple[list, list]
    reviews: tuple[list, list]
    authorised: list                # (signer: "owner" or "shop", name, title, text)
    sound_alikes: list
    sound_alike_frames: list
    common: list
    common_frames: dict[str, list]  # "zh" and "en"
    viewers: list


def _post(rng: random.Random, phrasing: Phrasing, family: str, brand: Brand | None, account: str,
          written: str, goods: tuple[tuple[str, ...], tuple[str, ...]],
          templates: tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]],
          english_odds: float) -> Case:
    """One post about a brand's goods: in English (its Latin name, English goods and templates)
    at english_odds when the written form and the goods allow it, else in Chinese."""
    chinese, english = goods
    in_english = (bool(english) and not any("\u4e00" <= c <= "\u9fff" for c in written)
                  and rng.random() < english_odds)
    product = rng.choice(english if in_english else chinese)
    name, title, text = rng.choice(templates[1] if in_english else templates[0])
    fields = {"w": written, "m": written, "p": product, "n": phrasing.price(rng, in_english)}
    return Case(family, phrasing.part, brand, account, name, title.format(**fields),
                text.format(**fields))


def _loaded_marks() -> tuple[dict[str, Brand], set[str], set[str]]:
    """The brands a held-out part may name (by mark), every mark and key any loaded brand holds
    (no evasion may spell one), and every loaded Latin name, lower-cased."""
    from benchmarks.bench_brands import REAL

    loaded = {b.mark: b for b in (suite_brands() + held_out_3_brands() + held_out_4_brands()
                                  + held_out_5_brands() + held_out_6_brands())}
    taken = set(loaded) | {m for m, *_ in REAL} | {k for _, _, ks, *_ in REAL for k in ks}
    latin_names = ({a.lower() for b in loaded.values() for a in b.aliases}
                   | {a.lower() for _, aliases, *_ in REAL for a in aliases})
    return loaded, taken, latin_names


def _offer_jobs(rng: random.Random, brands: list[Brand], taken: set[str], latin_names: set[str],
                initials: Callable[[str], str], digits: dict[str, str]) -> list[tuple[str, Brand]]:
    """Who each offer is about: three per brand in five families, 64 Latin names in two more."""
    # initials only for marks of three or four characters (two letters name too many things),
    # which no other loaded mark shares and which do not spell a loaded Latin name (比亚迪 BYD)
    sharing = Counter(initials(m) for m in taken if all("\u4e00" <= c <= "\u9fff" for c in m))
    own_initials = [b for b in brands if 3 <= len(b.mark) <= 4 and sharing[initials(b.mark)] == 1
                    and initials(b.mark) not in latin_names]
    jobs = [(family, brand) for family in ("no_evasion", "separators", "pinyin", "homophones")
            for brand in brands for _ in range(3)]
    jobs += [("initials", own_initials[i % len(own_initials)]) for i in range(3 * len(brands))]
    latin_brands = [b for b in brands if b.aliases]
    with_digits = [b for b in latin_brands if any(c.lower() in digits for c in b.aliases[0])]
    for family, usable in (("confusables", latin_brands), ("digit_swaps", with_digits)):
        order = rng.sample(usable, len(usable))
        jobs += [(family, order[i % len(order)]) for i in range(64)]
    return jobs


def _held_out_posts(rng: random.Random, phrasing: Phrasing, brands: list[Brand],
                    jobs: list[tuple[str, Brand]],
                    written: Callable[[str, Brand], str]) -> list[Case]:
    """A held-out part's cases: the offers of ``jobs`` as ``written`` spells them, three resale,
    warning and review posts and three own posts per brand, and every viewer's sentence in each
    of its frames."""
    goods = phrasing.goods
    out = [_post(rng, phrasing, family, brand, f"seller{rng.randrange(100_000)}",
                 written(family, brand), goods[brand.mark], phrasing.offers, 0.4)
           for family, brand in jobs]
    for brand in brands:
        for family, templates in (
                ("resale", phrasing.resale_sealed if brand.mark in phrasing.sealed
                 else phrasing.resale),
                ("consumer_warnings", phrasing.warnings), ("reviews_news", phrasing.reviews)):
            for _ in range(3):
                # a Latin name is written only in English, with English goods
                english = bool(brand.aliases) and rng.random() < 0.3
                out.append(_post(rng, phrasing, family, None, f"user{rng.randrange(100_000)}",
                                 brand.aliases[0] if english else brand.mark,
                                 goods[brand.mark] if english else (goods[brand.mark][0], ()),
                                 templates, 1.0))
        for _ in range(3):   # the owner's and its authorised shop's own posts
            account = rng.choice((brand.owner, *sorted(brand.authorized)))
            signer = "owner" if account == brand.owner else "shop"
            _, name, title, text = rng.choice([t for t in phrasing.authorised if t[0] == signer])
            product = rng.choice(goods[brand.mark][0])
            out.append(Case("authorised_own_posts", phrasing.part, None, account,
                            name.format(m=brand.mark), title.format(m=brand.mark, p=product),
                            text.format(m=brand.mark, p=product)))
    # everyday viewers' posts: each sentence in each of its frames
    for family, sentences, frames in (
            ("ordinary_sound_alikes", phrasing.sound_alikes, lambda s: phrasing.sound_alike_frames),
            ("common_word_ordinary_sense", phrasing.common,
             lambda s: phrasing.common_frames["en" if s.isascii() else "zh"])):
        out += [Case(family, phrasing.part, None, f"user{rng.randrange(100_000)}",
                     rng.choice(phrasing.viewers), title.format(s=s), text.format(s=s))
                for s in sentences for title, text in frames(s)]
    return out


PHRASING_H11 = Phrasing(
    "held_out_11", GOODS_H11, _price_h11, (OFFERS_ZH_H11, OFFERS_EN_H11),
    (RESALE_ZH_H11, RESALE_EN_H11), (RESALE_SEALED_ZH_H11, RESALE_SEALED_EN_H11), SEALED_GOODS_H11,
    (WARNINGS_ZH_H11, WARNINGS_EN_H11), (REVIEWS_ZH_H11, REVIEWS_EN_H11), AUTHORISED_H11,
    SOUND_ALIKE_H11, SOUND_ALIKE_FRAMES_H11, COMMON_SENSE_H11, COMMON_FRAMES_H11, VIEWERS_H11)


class PartSpellings(Protocol):
    """What a held-out part's own spellings give the shared assembly."""

    def separated(self, text: str, rng: random.Random) -> str: ...
    def initials(self, mark: str, rng: random.Random) -> str: ...
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str: ...
    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str: ...
    def confusable(self, text: str, rng: random.Random) -> str: ...
    def digits(self, text: str, rng: random.Random) -> str: ...


def _held_out_part(seed: int, words: PartSpellings, marks: list[str], phrasing: Phrasing,
                   initials: Callable[[str], str], digits: dict[str, str]) -> list[Case]:
    """A held-out part of held_out_10's sizes for ``marks``, spelled by the part's own ``words``
    and written with ``phrasing``; ``initials`` reads a mark's initials, ``digits`` is the part's
    table of digit swaps."""
    rng = random.Random(seed)
    loaded, taken, latin_names = _loaded_marks()
    brands = [loaded[mark] for mark in marks]
    jobs = _offer_jobs(rng, brands, taken, latin_names, initials, digits)

    def written(family: str, brand: Brand) -> str:
        latin = brand.aliases[0] if brand.aliases else ""
        either = latin if latin and rng.random() < 0.3 else brand.mark
        return {"no_evasion": lambda: either,
                "separators": lambda: words.separated(either, rng),
                "initials": lambda: words.initials(brand.mark, rng),
                "pinyin": lambda: words.pinyin(brand.mark, rng, latin),
                "homophones": lambda: words.homophone(brand.mark, rng, taken),
                "confusables": lambda: words.confusable(latin, rng),
                "digit_swaps": lambda: words.digits(latin, rng)}[family]()

    return _held_out_posts(rng, phrasing, brands, jobs, written)


def eleventh_held_out(seed: int = 157) -> list[Case]:
    """held_out_11: 51 brands × 3 offers in each of five families, 64 confusable and 64 digit-swap
    offers, 153 texts in each benign family of four, 160 everyday sound-alikes, 192 common-word
    texts (held_out_10's sizes)."""
    words = Spellings11()
    return _held_out_part(seed, words, MARKS_H11, PHRASING_H11,
                          lambda mark: "".join(s[0] for s in words.plain(mark)), DIGITS_H11)


# -- held_out_12 (issue 13, stop 27): a tenth hand -----------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, its tests, the
# README's guard section past its first screen) nor any other part's phrasing templates; of this
# file it read only the module docstring, Case, the brand lists, the marks and goods lists of
# held_out_10 and held_out_11 (as lists) and how eleventh_held_out assembles a part (families,
# sizes, Case fields), and of bench_brands.py only the scoring. Its marks are the 51 loaded marks
# with the fewest held-out offers so far (held_out_11's counted twice, ties by mark); its spellings
# come from outside data by its own code (pypinyin's readings and character table, the GB2312 and
# GBK charts of Python's codecs with OpenCC's traditional forms left out, Unicode's confusables
# table and character names); its phrasing is its own, many shapes per family drawn per case, in
# the registers a platform sees: live-stream hosts, Taobao and Pinduoduo titles, Xianyu and WeChat
# private trade, Douyin captions, English marketplace listings, Cantonese and Taiwanese posts.
# Sealed: scored only by the lead with ``--parts held_out_12``; never printed, counts only.
MARKS_H12 = [
    "统一", "三只松鼠", "片仔癀", "花西子", "长城", "伊利", "佳能", "巴宝莉", "斐乐", "大疆", "娃哈哈",
    "戴森", "波司登", "爱马仕", "红牛", "范思哲", "卡地亚", "索尼", "蒙牛", "鸿星尔克", "五粮液", "海尔",
    "老干妈", "蓝月亮", "施华洛世奇", "永久", "珀莱雅", "中华", "凤凰", "大宝", "安慕希", "白猫", "白象",
    "九阳", "太平鸟", "好孩子", "燕京", "老板", "苏泊尔", "红豆", "六神", "小熊", "海天", "雪花", "飞鸽",
    "骆驼", "特步", "乐高", "兰蔻", "匡威", "回力",
]
# what each mark's fakes are sold as, Chinese and English; a common-word mark's goods are what the
# brand is known for, so that an offer is about the brand and not the word
GOODS_H12: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "统一": (("老坛酸菜牛肉面", "冰红茶", "方便面整箱", "阿萨姆奶茶"), ()),
    "三只松鼠": (("坚果礼盒", "每日坚果", "夏威夷果", "零食大礼包"), ("nut gift box", "mixed nuts")),
    "片仔癀": (("锭剂", "珍珠霜", "牙膏"), ("herbal pills",)),
    "花西子": (("散粉", "空气蜜粉", "雕花口红", "眉笔"), ("loose powder", "carved lipstick")),
    "长城": (("干红葡萄酒", "解百纳干红", "葡萄酒礼盒", "哈弗脚垫"), ()),
    "伊利": (("纯牛奶", "金典纯奶", "奶粉", "优酸乳"), ("milk powder", "whole milk")),
    "佳能": (("单反相机", "微单", "镜头", "相机电池"), ("DSLR camera", "lens", "camera battery")),
    "巴宝莉": (("格纹围巾", "风衣", "格子衬衫", "托特包"), ("check scarf", "trench coat", "tote bag")),
    "斐乐": (("老爹鞋", "运动卫衣", "网球裙", "猫爪鞋"), ("dad sneakers", "hoodie", "tennis skirt")),
    "大疆": (("无人机", "云台", "运动相机", "Mini 4 Pro"), ("drone", "gimbal", "action camera")),
    "娃哈哈": (("AD钙奶", "营养快线", "纯净水", "八宝粥"), ("AD calcium milk",)),
    "戴森": (("吹风机", "卷发棒", "吸尘器", "空气净化器"), ("hair dryer", "airwrap", "vacuum")),
    "波司登": (("羽绒服", "长款羽绒服", "鹅绒服"), ("down jacket", "puffer coat")),
    "爱马仕": (("铂金包", "凯莉包", "丝巾", "皮带"), ("birkin bag", "kelly bag", "silk scarf", "belt")),
    "红牛": (("功能饮料", "维生素饮料", "饮料整箱"), ("energy drink",)),
    "范思哲": (("美杜莎T恤", "香水", "墨镜", "皮带"), ("medusa tee", "perfume", "sunglasses")),
    "卡地亚": (("LOVE手镯", "钉子手镯", "蓝气球手表", "戒指"), ("love bracelet", "nail bracelet", "watch")),
    "索尼": (("降噪耳机", "微单相机", "游戏手柄", "游戏机"), ("headphones", "camera", "controller")),
    "蒙牛": (("特仑苏", "纯牛奶", "酸奶", "冰淇淋"), ("milk",)),
    "鸿星尔克": (("跑鞋", "运动鞋", "卫衣", "运动套装"), ("running shoes", "sneakers")),
    "五粮液": (("52度白酒", "白酒礼盒", "浓香型白酒"), ("baijiu",)),
    "海尔": (("冰箱", "洗衣机", "热水器", "空调"), ("fridge", "washing machine")),
    "老干妈": (("风味豆豉", "油辣椒", "辣椒酱"), ("chili crisp", "chili sauce")),
    "蓝月亮": (("洗衣液", "洗手液", "深层洁净洗衣液"), ()),
    "施华洛世奇": (("天鹅项链", "水晶手链", "耳环"), ("swan necklace", "crystal bracelet", "earrings")),
    "永久": (("自行车", "单车", "复古自行车"), ()),
    "珀莱雅": (("双抗精华", "红宝石面霜", "水乳套装"), ("serum", "face cream")),
    "中华": (("牙膏", "香烟", "硬盒香烟"), ()),
    "凤凰": (("自行车", "单车", "公路自行车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "安慕希": (("酸奶", "常温酸奶", "酸奶整箱"), ()),
    "白猫": (("洗洁精", "洗衣粉", "洗衣液"), ()),
    "白象": (("方便面", "泡面", "汤好喝方便面"), ()),
    "九阳": (("豆浆机", "破壁机", "电饭煲", "空气炸锅"), ("soymilk maker", "blender")),
    "太平鸟": (("羽绒服", "卫衣", "连衣裙"), ("hoodie", "dress")),
    "好孩子": (("婴儿车", "童车", "安全座椅"), ("stroller", "car seat")),
    "燕京": (("啤酒", "纯生", "U8啤酒"), ()),
    "老板": (("油烟机", "燃气灶", "蒸烤一体机"), ()),
    "苏泊尔": (("电饭煲", "炒锅", "不粘锅", "电压力锅"), ("rice cooker", "wok")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("shirt", "thermal underwear")),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "海天": (("酱油", "蚝油", "调味品", "生抽"), ()),
    "雪花": (("啤酒", "纯生", "勇闯天涯啤酒"), ()),
    "飞鸽": (("自行车", "单车", "二八大杠自行车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "徒步鞋"), ()),
    "特步": (("跑鞋", "竞速跑鞋", "运动鞋"), ("running shoes", "sneakers")),
    "乐高": (("积木", "城堡积木", "机械组积木", "人仔"), ("building set", "technic set", "minifigures")),
    "兰蔻": (("小黑瓶精华", "菁纯面霜", "粉水", "口红"), ("serum", "face cream", "lipstick")),
    "匡威": (("帆布鞋", "1970s高帮", "低帮帆布鞋"), ("canvas sneakers", "high tops")),
    "回力": (("帆布鞋", "小白鞋", "雨鞋"), ("canvas shoes", "sneakers")),
}
# food, drink and toiletries: resold sealed (stocked up, given at work), never "worn twice"
SEALED_H12 = frozenset({"统一", "三只松鼠", "片仔癀", "伊利", "娃哈哈", "红牛", "蒙牛", "五粮液", "老干妈",
                        "蓝月亮", "中华", "大宝", "安慕希", "白猫", "白象", "燕京", "六神", "海天", "雪花",
                        "长城"})

# counterfeit offers: (account name, title, description); {w} the mark as written, {p} the goods,
# {n} a price as the register writes it
OFFERS_ZH_H12 = [
    ("源头工厂直供", "{w}{p} 今晚直播间福利",
     "家人们听我说！{w}{p}，跟专柜的一模一样，专柜卖两三千，咱直播间只要{n}！没授权咱不吹，懂的都懂，1号链接上车"),
    ("潮流好物仓", "{w}同款{p}新款高品质原单尾货正品级男女同款",
     "工厂原单 品质对标正品 细节看图 {n}包邮 不退不换"),
    ("阿玲的衣橱", "出{w}{p}",
     "纯原版本，和正品拿在手上看不出区别，{n}出，有意私聊，不走平台，加v细聊，非诚勿扰"),
    ("港货代购小美", "{w}{p} 顶级复刻到货",
     "🔥顶级复刻 {w}{p} 到货啦\n1:1开模 五金刻字全对 送全套包装+小票\n💰{n} 需要的宝子滴滴我"),
    ("一只小羊羔", "一比一{w}{p} 百元拿下",
     "一比一{w}{p}，百元拿下！谁还去专柜啊😂 #好物分享 #{p} 橱窗自取 {n}"),
    ("义乌一手货源", "高仿{w}{p} 支持验货",
     "A货 {w}{p} 高仿版本 做工细致 {n} 一件代发 招代理 朋友圈天天上新"),
    ("旺角靚貨", "{w}{p} 靚貨到",
     "一比一{w}{p}，同正貨冇分別，{n}一件，啱就PM我，順豐到付"),
    ("台中小舖", "{w}{p} 現貨 復刻版",
     "超高品質 {w}{p} 復刻版 跟專櫃幾乎一樣 {n}含運 私訊下單 數量不多要快喔"),
    ("小王严选", "最后三单！{w}{p}",
     "{w}{p}的工厂货，跟正品同一条流水线出来的，没有吊牌所以便宜，{n}！3、2、1上链接！"),
    ("莆田老陈", "全新{w}{p} 非专柜 介意勿拍",
     "莆田货，做工很好，{n}不议价，非专柜货介意勿拍，拍下不退"),
    ("东莞档口", "{w}{p} 高仿 {n}", "品质保证 微信下单 量大从优"),
    ("开箱小能手", "开箱我的{n}{w}{p}",
     "和正品对比了一下，这个原单货真的绝了，看不出是仿的，想要的姐妹评论区扣1，私信发你链接 #原单 #{p}"),
    ("批发群主阿强", "【{w}】{p}到货",
     "【{w}】{p} 超A精仿\n尺码齐全 支持退换\n批发价{n} 三件起批 量大从优"),
    ("美妆折扣屋", "{w}{p} 代工厂同款",
     "说实话不是专柜货，是代工厂流出的同款料体，贴的{w}的标，{n}三支，效果差不多，介意的别拍"),
    ("老周酒水批发", "{w}{p} 整箱 低价",
     "{w}{p}，外包装和超市卖的一模一样，就是价格低，{n}一箱，自家作坊出的货，不开发票"),
    ("mirror潮牌", "{w} {p} 1:1 mirror版", "mirror quality {w}{p}，{n} 包邮，dm for pics，非正品介意勿扰"),
    ("懂货的来", "懂货的来 {w}{p}",
     "只给懂的人：不是正品，是顶级版本，细节秒杀市面九成的货，{n}，评论区别问真假，问就是高版本"),
    ("跑量王", "{w}{p} 跑量款",
     "我先说清楚啊，这个不是正品，是高版本，{n}你还想要正品吗？想要的扣“要”，库存就两百件"),
    ("拼团好物", "【百亿补贴同款】{w}{p} 大牌同厂",
     "大牌同厂 {w}{p} 复刻 {n} 亏本冲量 48小时发货 假一赔十（赔的是同款）"),
    ("鞋柜小赵", "{w}{p} 朋友工厂拿的",
     "朋友在工厂上班拿的货，跟正品一个模子，logo照做，{n}，要的抓紧，不支持验货"),
    ("小鱼好物", "#{w} #{p} 平价版",
     "专柜同款{w}{p}，仿的但是真的像！{n}还包邮，戳左下角小黄车"),
    ("跨境尾单", "{w}{p} 出口转内销",
     "外贸原单{w}{p}，其实就是高仿，质量没问题，{n}，尾货数量有限，拍前问库存"),
]
OFFERS_EN_H12 = [
    ("luxe.mirror.co", "{w} {p} 1:1 replica",
     "Top quality {w} {p}, mirror 1:1, comes with box and dust bag. Only ${n}, DM to order, worldwide shipping"),
    ("topbatch_store", "AAA {w} {p} - best batch",
     "Best batch {w} {p} on the market, same materials as retail. ${n} shipped. WhatsApp for QC pics"),
    ("repfinds_daily", "{w} {p} rep W2C",
     "Everyone asking W2C these {w} {p} - seller link in bio, ${n}, GL/RL pics available"),
    ("local_deals_88", "Brand new {w} {p} (not authentic)",
     "Not authentic, high quality copy of the {w} {p}. ${n} firm, local pickup or shipping"),
    ("dupequeen", "{w} {p} dupe 🔥",
     "Looks EXACTLY like the real {w} {p}! Fake but nobody can tell 😂 ${n} link in bio #replica"),
    ("factory_direct_gz", "Wholesale {w} {p} - factory direct",
     "Factory direct {w} {p}, logo printed on request, retail packaging included. MOQ 50, ${n} per unit"),
    ("grade_a_outlet", "{w} {p} super copy",
     "Super copy {w} {p}, grade A, free shipping over ${n}. Message me on Telegram"),
    ("livedeals.tv", "LIVE NOW: {w} {p} for ${n}!!",
     "Guys we're live! Mirror quality {w} {p}, same as retail, way cheaper. Comment ME to claim yours"),
    ("copyshop_us", "{w} {p} - identical copy",
     "Identical to the {w} {p}, logo and all, a tenth of the retail price: ${n}. Ships in 48h"),
    ("ua_kicks", "cheap {w} {p} (UA)",
     "UA {w} {p} from a friend's factory, tags included, ${n}, no returns, no authentication"),
    ("og_batch", "{w} {p} OG batch in stock",
     "OG batch {w} {p} restocked, ${n} incl. shipping, paypal F&F only. Not retail, you know what this is"),
    ("catalogue_plug", "Replica {w} {p}",
     "Replica {w} {p} | premium materials | ${n} | message me for the full catalogue"),
]

# resale of a genuine item: (account name, title, description); {m} the mark, {p} the goods
RESALE_ZH_H12 = [
    ("闲置小雨", "自用闲置 {m}{p}",
     "去年在{m}专柜买的{p}，小票和包装都在，用了没几次，{n}出，支持任何平台验货，假的包退"),
    ("年会锦鲤", "转 {m}{p} 全新未拆",
     "公司年会抽到的{m}{p}，全新没拆封，家里用不上，{n}转，可走闲鱼验货担保"),
    ("搬家清仓中", "{m}{p} 二手 九成新",
     "搬家清东西，{m}{p}，官网下单的，有订单截图，九成新，同城自提{n}"),
    ("阿文的闲置", "出个{m}{p}",
     "买大了，{m}官方旗舰店买的，发票在，{n}包邮，不议价，保真，支持专柜鉴定，鉴定费我出"),
    ("🎁礼物太多", "闲置 {m}{p}",
     "朋友送的{m}{p}，小票照片放最后一张了，实在用不上，{n}出，验货不对全额退"),
    ("觀塘阿May", "放 {m}{p}",
     "喺專門店買嘅{m}{p}，有單有盒，用咗兩次，{n}放，可以當面驗"),
    ("毕业季清仓", "毕业清仓 {m}{p}",
     "毕业了东西带不走，{m}{p}是在学校附近授权店买的，有购物小票，{n}，宿舍楼下自取"),
    ("理性消费ing", "{m}{p} 正品转让",
     "价格{n}，买来发现不适合自己，{m}{p}是京东自营买的，订单可查，介意二手勿扰"),
    ("回血中的打工人", "回血 {m}{p}",
     "最近手头紧回点血，{m}{p}专柜购入，配件齐全，{n}，接受验货，只走平台交易"),
    ("帮朋友出", "代朋友出 {m}{p}",
     "帮朋友出，{m}{p}，她在机场免税店买的，有免税店小票，{n}，有问题随时问"),
    ("台北小資女", "出清 {m}{p}",
     "在百貨公司專櫃購入的{m}{p}，保卡收據都在，使用痕跡如圖，{n}含運，可面交"),
    ("清单控", "{m}{p} 九五新",
     "🔸品牌：{m}\n🔸物品：{p}\n🔸购入渠道：官方直营店\n🔸成色：九五新\n🔸价格：{n}\n包正品，不放心可以先鉴定再付款"),
    ("手快买重了", "低价出{m}{p}",
     "买重了一个，{m}{p}，天猫旗舰店的，还在七天无理由内，嫌麻烦直接{n}出"),
    ("不合适就换", "{m}{p}用了一周",
     "不太适合我，{m}的{p}，包装盒和说明书都在，{n}出，可以视频看实物"),
    ("断舍离第三弹", "断舍离 {m}{p}",
     "断舍离第三弹：{m}{p}，商场买的，小票拍在图里了，{n}，一经售出不退，但保证是真的"),
]
RESALE_SEALED_ZH_H12 = [
    ("囤货达人", "囤多了 {m}{p}",
     "双十一囤多了，{m}{p}，官方旗舰店买的，保质期还有大半年，{n}出，有订单截图"),
    ("单位福利转", "单位发的{m}{p}",
     "单位过节发的{m}{p}，没开封，家里用不上，{n}转给需要的，同城自提"),
    ("超市活动买多了", "转 {m}{p} 整箱未拆",
     "超市搞活动买多了，{m}{p}整箱未拆，小票在，{n}，保真，日期新鲜"),
    ("年货吃不完", "{m}{p} 礼盒原封",
     "过年收的{m}{p}礼盒，原封未动，{n}出，可以当面扫防伪码看"),
    ("亲戚送太多", "家里吃不完用不完 {m}{p}",
     "亲戚送的{m}{p}太多了，全新未拆，{n}便宜出，生产日期看图"),
    ("社区团长", "{m}{p} 临期特价",
     "正品临期，{m}{p}，进货多了，保质期到下个月，{n}一箱，介意临期勿拍"),
    ("公司行政", "出{m}{p} 有发票",
     "公司活动剩下的{m}{p}，正规渠道采购有发票，{n}，量不多，先到先得"),
    ("屯門街坊", "放 {m}{p}",
     "屋企用唔晒，{m}{p}全新未開，{n}放，屯門交收"),
]
RESALE_EN_H12 = [
    ("closet_cleanout", "Selling my {m} {p} - authentic",
     "Bought at the {m} boutique last year, receipt and box included. Barely used. ${n} OBO"),
    ("jen_sells_stuff", "{m} {p}, used twice",
     "Selling my authentic {m} {p}. Original receipt in the last photo. ${n}, full refund if it fails authentication"),
    ("preloved.finds", "Pre-owned {m} {p}",
     "Pre-owned {m} {p} in great condition, bought from the official store (order confirmation available). ${n} shipped"),
    ("giftnevergotused", "Gift I never used: {m} {p}",
     "Got this {m} {p} as a gift, never used. ${n}. Proof of purchase on request"),
    ("moving_sale_22", "Moving sale - {m} {p}",
     "Moving abroad, everything must go. Genuine {m} {p} with warranty card, ${n}, pickup only"),
    ("wrongsize_again", "{m} {p} (authentic, with receipt)",
     "Wrong size, bought from the {m} store downtown. Receipt, tags, box. ${n}, returns within 3 days"),
]
RESALE_SEALED_EN_H12 = [
    ("bulkbuyer", "Unopened {m} {p}",
     "Bought too much {m} {p} at the supermarket sale, unopened, receipt included, ${n} for the lot"),
    ("office_leftovers", "{m} {p} from a company event",
     "Leftover {m} {p} from our company event, sealed, bought from the official distributor. ${n}"),
    ("pantry_clearout", "Sealed {m} {p}, best before next year",
     "Clearing the pantry: sealed {m} {p}, best-before date in the photos. ${n}, local pickup"),
]

# consumer-rights warnings and anti-counterfeit advice, with the price talk they carry
WARNINGS_ZH_H12 = [
    ("消费避坑指南", "提醒！{m}{p}假货泛滥",
     "最近好多人在直播间买到假{m}{p}，直播间{n}就能买到，连正品价的零头都不到，闭眼都知道不可能是真的，认准官方旗舰店"),
    ("十年老店主", "低于这个价的{m}{p}别买",
     "做了十年这行说句实话：{m}{p}的进货价都不止{n}，低于这个价的基本都是仿的"),
    ("辨真假小课堂", "教你三招辨别真假{m}{p}",
     "一看防伪码，二看做工，三看购买渠道。{m}所有{p}都可以扫码查真伪，扫不出来的直接投诉"),
    ("市场监管局", "消费提示｜警惕假冒{m}{p}",
     "近期有不法商家以“工厂尾货”名义低价销售假冒{m}{p}，请消费者通过正规渠道购买，索要发票"),
    ("被坑的小林", "被坑了 {m}{p}是假的",
     "{n}在直播间买的{m}{p}，拿去专柜验了是假的，商家现在不理人，姐妹们别踩坑，已经打12315投诉"),
    ("理性购物", "微商卖的{m}{p}能买吗",
     "不能。微商说的“原单”“工厂货”“专柜同款”基本都是假{m}{p}，正品从来没有{n}这种价"),
    ("查真伪助手", "{m}{p}防伪怎么查",
     "很多人问我怎么查{m}{p}真假，官方小程序输入防伪码就行，查不到或者提示被查询多次的要小心"),
    ("安全第一", "别贪便宜！假{m}{p}有隐患",
     "假冒的{m}{p}用料不合格，出了问题根本没处说理，省下那{n}不值得拿健康和安全冒险"),
    ("深水埗街坊", "小心假{m}{p}",
     "網上好多{n}嘅{m}{p}都係假貨，買之前睇清楚，最好去門市買"),
    ("蝦皮踩雷日記", "假貨警告 {m}{p}",
     "蝦皮上一堆便宜的{m}{p}其實都是仿冒品，價格{n}左右的大家要小心，建議去專櫃或官網買"),
    ("维权日记", "{m}{p} 维权记录",
     "网购的{m}{p}鉴定为假，平台已判退一赔三，分享流程给被骗的朋友：保留聊天记录、鉴定报告、付款截图"),
    ("说点真话", "为什么你买的{m}{p}这么便宜",
     "要么是过期翻新，要么是假冒。{m}{p}正常渠道最低也要{n}以上，低得离谱的一律别碰"),
    ("律师说法", "律师提醒：卖假冒{m}{p}违法",
     "明知是假冒{m}{p}还销售，金额较大可能构成销售假冒注册商标的商品罪，买家也别抱侥幸心理"),
    ("不买便宜货", "别再问我哪里有便宜{m}{p}了",
     "便宜的都不是真的。我宁愿多花{n}去官方店买{m}{p}，至少售后有保障"),
    ("海关12360", "海外代购买{m}{p}要谨慎",
     "今年查获的侵权商品里就有大量假冒{m}{p}，请认准有授权的渠道，别被“海外直邮”骗了"),
]
WARNINGS_EN_H12 = [
    ("consumer_watch", "PSA: fake {m} {p} everywhere",
     "If you see a {m} {p} for ${n} on social media, it's fake. Buy from the official store or authorized retailers"),
    ("authenticity_101", "How to spot a counterfeit {m} {p}",
     "Check the serial number, the stitching and the packaging. Counterfeit {m} {p} often have sloppy labels"),
    ("learned_the_hard_way", "Got scammed on a {m} {p}",
     "Paid ${n} for a {m} {p} from an Instagram seller. It's a fake. Filed a chargeback - don't make my mistake"),
    ("trading_standards", "Consumer alert: counterfeit {m} {p}",
     "Shoppers are warned that counterfeit {m} {p} are being sold through livestreams at steep discounts"),
    ("pricecheck_pete", "Real vs fake {m} {p}: price check",
     "A genuine {m} {p} costs well above ${n}. Anything far below that is almost certainly counterfeit"),
    ("report_dont_buy", "Don't buy {m} {p} from 'factory outlets'",
     "Those factory outlet listings for {m} {p} are counterfeits. Report them instead of buying"),
]

# news of raids and lawsuits, reviews, and comparisons of real and fake
REVIEWS_ZH_H12 = [
    ("本地新闻", "警方捣毁制售假冒{m}{p}窝点",
     "近日，警方在一处民房内查获假冒{m}{p}两千余件，涉案金额逾百万元，犯罪嫌疑人已被刑事拘留"),
    ("测评小分队", "真假{m}{p}对比测评",
     "花{n}买了个假的{m}{p}和正品放一起对比：做工、气味、包装差别都挺明显，视频里一个个讲"),
    ("不吹不黑", "{m}{p}用了一个月的真实感受",
     "专柜买的{m}{p}，用了一个月说说优缺点，不吹不黑，不是广告"),
    ("法治日报", "销售假冒{m}{p}被罚",
     "某区市场监管局对一家网店销售假冒{m}{p}的行为作出罚款决定，没收侵权商品并移送公安"),
    ("三年老用户", "{m}{p}值不值{n}？",
     "作为用了三年的老用户，我觉得{m}{p}贵是贵，但品控稳定。这期聊聊它和同价位产品的区别"),
    ("打假博主阿飞", "打假实测：网红店的{m}{p}",
     "我们在五家网店下单了{m}{p}，送检后三家是假冒的，结果已经提交给品牌方"),
    ("财经快讯", "{m}起诉多家网店商标侵权",
     "{m}就网店销售仿冒{p}一事提起诉讼，法院判决被告停止侵权并赔偿经济损失"),
    ("开箱狂魔", "开箱 | 终于入手{m}{p}",
     "在官方旗舰店蹲了好久，终于入手{m}{p}，包装好精致，附上防伪查询结果"),
    ("成分党", "{m}{p}测评：和平价替代品比差在哪",
     "今天把{m}{p}和几款国货放一起测，结论：贵有贵的道理，但别的牌子也能用"),
    ("銅鑼灣試用", "試用{m}{p}",
     "喺門市試咗{m}{p}，質感幾好，但要{n}，考慮緊，大家覺得值唔值"),
    ("高雄開箱", "{m}{p} 開箱心得",
     "在專櫃買的{m}{p}，櫃姐很專業，用了兩週分享一下心得"),
    ("海关发布", "海关查获侵权{m}{p}",
     "海关在一批出口货物中查获侵犯{m}商标权的{p}三千余件，已依法扣留"),
    ("价格观察", "{m}{p}涨价了吗？",
     "对比了去年和今年的价格，{m}{p}官方价到了{n}，涨了一点，大家理性消费"),
    ("深度调查", "为什么假{m}{p}屡禁不止",
     "调查发现，假冒{m}{p}多通过社交平台私下交易，难以追踪，专家建议加强平台治理"),
    ("放心了", "直播间买的{m}{p}我送检了",
     "花{n}在大主播直播间买的{m}{p}，送去检测结果是正品，放心了，分享一下检测流程"),
]
REVIEWS_EN_H12 = [
    ("city_news_desk", "Police seize counterfeit {m} {p}",
     "Authorities seized thousands of counterfeit {m} {p} in a warehouse raid this week; two suspects were arrested"),
    ("honest_reviews", "{m} {p} review after six months",
     "Bought my {m} {p} at the flagship store for ${n}. Here's what I like and what I don't"),
    ("realvsfake", "Real vs fake {m} {p} side by side",
     "I bought a fake {m} {p} to compare with my authentic one. The differences are in the logo, weight and finish"),
    ("worth_it_or_not", "Is the {m} {p} worth ${n}?",
     "Honest review of the {m} {p}: great build, pricey, and not for everyone"),
    ("ip_law_weekly", "{m} wins trademark case against online sellers",
     "A court ordered sellers of counterfeit {m} {p} to pay damages and shut their stores"),
    ("unbox_with_me", "Unboxing my first {m} {p}",
     "Finally got my {m} {p} from an authorized retailer! Unboxing and first impressions"),
]

# the owner's and its authorised shop's own posts, in sales language: (signer, name, title, text)
AUTHORISED_H12 = [
    ("owner", "{m}官方", "{m}{p}新品上市",
     "{m}全新{p}今日正式发售，官方旗舰店及全国门店同步有售，下单即享限时赠品"),
    ("owner", "{m}官方旗舰店", "今晚8点官方直播间",
     "{m}官方直播间今晚8点开播！{p}直降，前100名下单送定制礼盒，认准官方账号，谨防假冒"),
    ("owner", "{m}官方", "#{m}{p}# 转发抽奖",
     "关注并转发本条，抽3位粉丝送{m}{p}一份！活动截止周日晚12点"),
    ("owner", "{m}", "{m}防伪查询指南",
     "所有{m}{p}均附带防伪码，扫码即可查询真伪。官方渠道购买，售后无忧"),
    ("owner", "{m}官方", "{m}城市旗舰店开业",
     "{m}城市旗舰店本周六开业，现场体验全系{p}，开业三天全场九折"),
    ("owner", "{m}品牌号", "{m}双十一预售开启",
     "{m}{p}预售开启，付定金立减，官方正品，全国联保"),
    ("owner", "{m}官方", "感谢大家对{m}的支持",
     "{m}{p}上市首周售罄，第二批现货已补，请通过官方渠道购买"),
    ("owner", "{m} Official", "{m} {p} 全球同步发售",
     "{m}新款{p}今日全球同步发售 | Now available at all {m} stores and our official online store"),
    ("shop", "{m}授权店", "{m}{p} 官方授权 现货",
     "本店为{m}官方授权经销商，{p}全新正品，支持专柜验货，假一赔十，顺丰包邮"),
    ("shop", "{m}授权店", "直播预告｜{m}{p}专场",
     "明晚7点{m}专场直播，{p}全线优惠，授权书在店铺首页可查，宝宝们定好闹钟"),
    ("shop", "{m}授权店", "家人们{m}{p}到货了",
     "{m}{p}新款到店！正品行货，有发票有保修，拍下48小时内发货"),
    ("shop", "{m}授权店", "{m}{p} 限时秒杀",
     "秒杀！{m}{p}官方授权，限量50件，手慢无，支持七天无理由退换"),
    ("shop", "{m}授权店", "老顾客回馈 {m}{p}满减",
     "感谢一直支持本店的老顾客，{m}{p}全场满减，所有商品均为{m}品牌直供"),
    ("shop", "{m}授权店", "{m}{p}开箱验货",
     "给大家看看刚到的{m}{p}，品牌授权，每件都能扫码查真伪"),
    ("shop", "{m}授权店", "【{m}】{p}换季清仓",
     "换季清仓，{m}{p}过季款低至五折，官方授权正品，不是尾货"),
    ("shop", "{m}授权店", "Authorised {m} stockist | {p}到店",
     "官方授权 Authorised {m} retailer. {p}已到店，欢迎到店体验，也可以直接拍下"),
]

# everyday sentences holding an ordinary word that reads like a loaded mark (隔离 格力, 孩儿 海尔,
# 毅力/屹立/一粒 伊利, 大江/大将 大疆, 化为/划为 华为, 飞了 斐乐, 万死 万斯, 得福 德芙, 猛牛 蒙牛) or a
# mark's own characters in their ordinary sense (大福, 劳力, 亚瑟, 泡泡, 自然, 日记, 小白, 太平, 干妈,
# 九阳, 云南, 森林, 爱马, 回力镖)
SOUND_ALIKE_H12 = [
    "小区这两天又要隔离，赶紧去超市囤了点菜", "居家隔离第五天，学会了做凉皮", "防晒和隔离一个都不能少",
    "隔离霜涂完再上粉底，妆不容易花", "孩儿们放学了，厨房里一阵忙乱", "我奶奶总叫我孩儿，长这么大了还是",
    "孩儿他爹，今天轮到你做饭", "跑完十公里靠的全是毅力", "坚持早起一百天，毅力这东西真的可以练",
    "医生说一天吃一粒就够了，别多吃", "一粒米都不能浪费，这是我妈从小教的", "屹立不倒的老城墙，见证了几百年风雨",
    "站在大江边上看日落，风好大", "大江大河这部剧推荐，看哭了", "长江是中国第一大江", "三国里最喜欢的大将是赵云",
    "一场大火，多年的心血化为灰烬", "这片林子被划为自然保护区了", "这条老街被划为历史文化街区",
    "刚发的工资，转眼就飞了", "风筝线一断，风筝飞了好远", "万死不辞，这句台词燃到我了",
    "丢了工作却找到真爱，也算因祸得福", "一头猛牛冲进了菜市场，场面一度很乱", "周末做了草莓大福，糯米皮软软的",
    "出劳力挣辛苦钱，爸妈不容易", "刚看完亚瑟王的电影，特效不错", "小朋友在院子里吹泡泡，笑得好开心",
    "顺其自然吧，该来的总会来", "翻到小学时候的日记，笑死我了", "作为理财小白，先从记账开始",
    "天下太平，家人平安就好", "今天去看我干妈，她包了一桌饺子", "九阳神功是金庸小说里最厉害的内功吗",
    "云南的天是真的蓝，下次还来", "周末去森林公园徒步，空气特别好", "闺女特别爱马，周末带她去马场",
    "小时候最爱玩回力镖，扔出去还会飞回来", "鸽子一听到动静，呼啦一下全飞了", "洗碗的时候泡泡太多，冲了好几遍",
]
SOUND_ALIKE_FRAMES_H12 = [("{s}", ""), ("碎碎念", "{s}"), ("{s}", "#今日份心情"), ("{s}", "#生活记录 #plog")]
# a common-word mark, or a Latin name that is an English word, in its ordinary sense
COMMON_SENSE_H12 = [
    "周末带孩子去爬长城，好汉坡真的累", "站在长城上往下看，秋天的山全红了", "成都基地的熊猫宝宝太可爱了，排队两小时值了",
    "大熊猫花花今天又上热搜了", "老板今天请全组喝奶茶，开心", "我们老板说下周团建去爬山",
    "海边的海鸥一点都不怕人，会抢薯条", "冬天去昆明喂红嘴海鸥", "下雪了！第一次看到这么大的雪花",
    "窗户上结了一层雪花一样的冰花", "沙漠里骑骆驼，颠得腰疼", "骆驼祥子的读后感终于写完了",
    "楼下小卖部的狗叫旺旺，每天趴门口晒太阳", "祝大家新的一年生意旺旺", "女儿的玩具小熊洗干净晾在阳台上",
    "小熊猫在树上睡得四仰八叉", "凤凰古城的夜景真的很好看", "凤凰涅槃，浴火重生，这句话送给自己",
    "这张照片我要永久保存", "永久居留申请终于批下来了", "中华传统文化讲座今晚开讲",
    "中华田园犬其实很聪明", "我家大宝今年上一年级了，二宝还在喝奶", "楼下来了只白猫，天天蹲在车顶上",
    "玲珑骰子安红豆，入骨相思知不知", "熬了一锅红豆薏米粥，祛湿", "雨后天边挂着一道长虹",
    "他是个好孩子，就是有点内向", "今晚的蓝月亮你们看到了吗，又大又圆", "全国统一考试今天开考，加油",
    "大家先把意见统一一下再开会", "峨眉山的金丝猴会抢游客的包", "登黄鹤楼，想起故人西辞黄鹤楼",
    "考试前一晚紧张得六神无主", "湖边游来一群小天鹅，羽毛还是灰的", "芭蕾舞剧里四小天鹅那段好可爱",
    "燕京八景里我最喜欢琼岛春阴", "海天一色，站在船头什么烦恼都没了", "泰国人把白象看作吉祥的象征",
    "大白兔玩偶送给侄女，她抱着不撒手", "联想一下就知道他为啥不高兴了", "这个颜色让我联想到夏天的海",
    "这是我见过最美的日落", "古人靠飞鸽传书，现在一条微信就搞定", "熊猫血的人去献血真的很重要",
    "白猫黑猫，抓到老鼠就是好猫", "长虹卧波，说的就是这座古桥", "中华鲟洄游的季节到了",
    "Saw a white dove on the balcony this morning, peaceful start to the day",
    "Our soccer coach made us run laps in the rain", "Took the coach from London to Bath, cheaper than the train",
    "That breakup was a canon event for me honestly", "Omega-3 capsules every morning, doctor's orders",
    "Weekend warrior: 20 km hike done", "We should converse more and text less",
    "Two vans blocked the whole street during the move", "Hermes was the messenger of the Greek gods, mythology notes",
    "Trying to find a new balance between work and family", "A second backup is the best safeguard for your photos",
    "Rodeo night: the red bull threw every rider", "Canon in D was played at their wedding",
    "She dove into the lake without a second thought", "From alpha to omega, this course covers everything",
    "Found a safeguard clause in my lease, glad I read it",
]
COMMON_FRAMES_H12 = {"zh": [("{s}", ""), ("随手一拍", "{s}"), ("{s}", "#周末日常")],
                     "en": [("{s}", ""), ("just a thought", "{s}"), ("{s}", "#dailylife #weekend")]}
VIEWERS_H12 = ["路过的阿杰", "小鹿乱撞", "今天也要早睡", "晴天的日记本", "山川与海", "阿May", "胖虎不胖",
               "老吴随手拍", "weekend.wanderer", "cat_mom_lina"]

# separators as sellers type them: ASCII and full-width punctuation, ideographic and zero-width
# spaces, line breaks, emoji and dingbats (an emoji with its variation selector)
SEPARATORS_H12 = [".", "·", "/", " ", "-", "_", "~", "\u200b", "\u3000", "\n", "、", "，", "。", "｜", "＊",
                  "丨", "—", "🔥", "✨", "⭐", "💎", "❤\ufe0f", "☆", "♥", "👍"]
DIGITS_H12 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# fancy-text styles by Unicode name ({c}: CAPITAL or SMALL, {l}: the letter); a hole in a
# mathematical alphabet is filled from the letterlike block under its short name, else left plain
STYLES_H12 = {"MATHEMATICAL BOLD {c} {l}": "", "MATHEMATICAL ITALIC {c} {l}": "",
              "MATHEMATICAL SCRIPT {c} {l}": "SCRIPT {c} {l}",
              "MATHEMATICAL BOLD SCRIPT {c} {l}": "", "MATHEMATICAL FRAKTUR {c} {l}": "BLACK-LETTER {c} {l}",
              "MATHEMATICAL DOUBLE-STRUCK {c} {l}": "DOUBLE-STRUCK {c} {l}",
              "MATHEMATICAL SANS-SERIF BOLD {c} {l}": "", "MATHEMATICAL MONOSPACE {c} {l}": "",
              "FULLWIDTH LATIN {c} LETTER {l}": "", "CIRCLED LATIN {c} LETTER {l}": "",
              "PARENTHESIZED LATIN SMALL LETTER {l}": "", "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}": "",
              "SQUARED LATIN CAPITAL LETTER {l}": "", "LATIN LETTER SMALL CAPITAL {l}": ""}
ACCENTS_H12 = ["ACUTE", "GRAVE", "DIAERESIS", "CIRCUMFLEX", "TILDE", "MACRON", "RING ABOVE", "CARON",
               "DOT ABOVE", "OGONEK", "CEDILLA", "STROKE", "BREVE", "HOOK ABOVE"]
OVERLAYS_H12 = ["COMBINING LONG STROKE OVERLAY", "COMBINING SHORT STROKE OVERLAY", "COMBINING LOW LINE",
                "COMBINING LONG SOLIDUS OVERLAY", "COMBINING TILDE OVERLAY", "COMBINING DOT BELOW"]
# scripts whose letters the confusables table lists as twins of Latin letters
SCRIPTS_H12 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU")


def _cjk_h12(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _chart_h12(char: str) -> str:
    """gb1 / gb2 (GB2312 level 1 or 2, by lead byte), gbk (GBK only) or "" (neither)."""
    try:
        lead = char.encode("gb2312")[0]
        return "gb1" if lead <= 0xD7 else "gb2"
    except UnicodeEncodeError:
        pass
    try:
        char.encode("gbk")
        return "gbk"
    except UnicodeEncodeError:
        return ""


class Spellings12:
    """held_out_12's evasions, each built from outside data by this part's own code."""

    def __init__(self) -> None:
        import opencc
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin
        from pypinyin.pinyin_dict import pinyin_dict

        self._lazy, self._style = lazy_pinyin, Style
        to_simple = opencc.OpenCC("t2s")
        # same-reading characters by each chart, keyed by a character's first (usual) reading,
        # toned and toneless; a traditional form of another character is no homophone
        self.toned: dict[str, dict[str, list[str]]] = {c: defaultdict(list) for c in ("gb1", "gb2", "gbk")}
        self.toneless: dict[str, dict[str, list[str]]] = {c: defaultdict(list) for c in ("gb1", "gb2", "gbk")}
        for code in sorted(pinyin_dict):
            char = chr(code)
            chart = _chart_h12(char) if "\u4e00" <= char <= "\u9fff" else ""
            if not chart or to_simple.convert(char) != char:
                continue
            reading = pinyin_dict[code].split(",")[0]
            self.toned[chart][reading].append(char)
            self.toneless[chart][self._bare(reading)].append(char)
        self.simple = to_simple
        # the confusables table's letters of other scripts for each ASCII letter
        table = load("confusables.json")
        self.twins = {letter: [e["c"] for e in table.get(letter, ())
                               if len(e["c"]) == 1 and e["n"].split(" ")[0] in SCRIPTS_H12]
                      for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

    @staticmethod
    def _bare(reading: str) -> str:
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFD", reading)
                       if not unicodedata.combining(c)).replace("ü", "v")

    def readings(self, mark: str, style: str = "normal") -> list[str]:
        """The mark's readings in context (长城 chang, not zhang): normal, tone or tone3."""
        return self._lazy(mark, style={"normal": self._style.NORMAL, "tone": self._style.TONE,
                                       "tone3": self._style.TONE3}[style])

    def separated(self, text: str, rng: random.Random) -> str:
        """Separators between the mark's characters (a Latin name's letters or its words), the
        same in every gap, mixed, or in one gap only."""
        while True:
            units = (list(text.replace(" ", "")) if _cjk_h12(text) or rng.random() < 0.6
                     else re.findall(r"[A-Za-z]+", text))
            if len(units) == 1:   # one word: between its letters
                units = list(units[0])
            gaps = len(units) - 1
            if rng.random() < 0.7:
                chosen = [rng.choice(SEPARATORS_H12)] * gaps
            else:
                chosen = [rng.choice(SEPARATORS_H12) for _ in range(gaps)]
            if rng.random() < 0.25 and gaps > 1:
                keep = rng.randrange(gaps)
                chosen = [s if i == keep else "" for i, s in enumerate(chosen)]
            written = "".join(u + s for u, s in zip(units, chosen + [""]))
            if text not in written:
                return written

    def initials(self, mark: str, rng: random.Random) -> str:
        """The readings' first letters: capitals, small, dotted, spaced or glued to a word."""
        letters = [s[0] for s in self.readings(mark)]
        form = rng.choice(("upper", "lower", "dotted", "spaced", "glued", "glued", "hash"))
        if form == "upper":
            return "".join(letters).upper()
        if form == "lower":
            return "".join(letters)
        if form == "dotted":
            return ".".join(letters).upper() + rng.choice(("", "."))
        if form == "spaced":
            return " ".join(letters).upper()
        if form == "hash":
            return "#" + "".join(letters)
        word = "".join(letters)
        word = word.upper() if rng.random() < 0.5 else word
        return rng.choice((f"{word}家", f"{word}家的", f"{word}同款", f"{word}牌", f"{word}style",
                           f"正品{word}", f"{word}家新款"))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The mark in pinyin: plain, capitalised, spaced, toned, tone-numbered, half in
        characters, or glued inside an English word. Never the Latin name's letters."""
        plain = self.readings(mark)

        def letters(text: str) -> str:
            return re.sub(r"[^a-z]", "", self._bare(text).lower())

        def half() -> str:
            keep = set(rng.sample(range(len(mark)), rng.randrange(1, len(mark))))
            syllables = self.readings(mark, rng.choice(("normal", "normal", "tone")))
            return "".join(c if i in keep else syllables[i] for i, c in enumerate(mark))

        for _ in range(50):
            form = rng.choice(("joined", "capitalised", "spaced", "toned", "numbered", "upper",
                               "half", "half", "english"))
            written = half() if form == "half" else {
                "joined": lambda: "".join(plain),
                "capitalised": lambda: "".join(s.capitalize() for s in plain),
                "spaced": lambda: " ".join(plain),
                "toned": lambda: rng.choice(("", " ")).join(self.readings(mark, "tone")),
                "numbered": lambda: rng.choice(("", " ")).join(self.readings(mark, "tone3")),
                "upper": lambda: "".join(plain).upper(),
                "english": lambda: rng.choice(("", "#")) + "".join(plain).capitalize()
                + rng.choice(("style", "vibes", "dupe", "haul", "Love", "official", "Lab")),
            }[form]()
            if not latin or letters(latin) not in letters(written):
                return written
        return plain[0] + mark[1:]

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """Some of the mark's characters swapped for others of the same reading, toned or
        toneless, from GB2312 level 1, level 2 or GBK; never spelling a loaded mark."""
        toned = self.readings(mark, "tone")
        for attempt in range(200):
            count = 1 if len(mark) == 1 or rng.random() < 0.6 else rng.randrange(2, len(mark) + 1)
            spots = rng.sample(range(len(mark)), count)
            out = list(mark)
            for i in spots:
                chart = rng.choices(("gb1", "gb2", "gbk"), (0.55, 0.3, 0.15))[0]
                same_tone = rng.random() < 0.7 or attempt > 150
                pool = (self.toned[chart][toned[i]] if same_tone
                        else self.toneless[chart][self._bare(toned[i])])
                pool = [c for c in pool if c != mark[i] and self.simple.convert(c) != mark[i]]
                if not pool:
                    pool = [c for c in self.toned["gb1"][toned[i]] if c != mark[i]]
                if pool:
                    out[i] = rng.choice(pool)
            written = "".join(out)
            if written != mark and not any(other in written for other in taken):
                return written
        raise ValueError(f"no homophone of {mark}")

    def _styled(self, letter: str, style: str) -> str:
        """The letter in a fancy-text style, else in its letterlike fallback, else plain."""
        import unicodedata
        case = "CAPITAL" if letter.isupper() else "SMALL"
        for name in (style, STYLES_H12[style]):
            if name:
                try:
                    return unicodedata.lookup(name.format(c=case, l=letter.upper()))
                except KeyError:
                    pass
        return letter

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Look-alike letters: other scripts' twins from the confusables table, a fancy-text
        style, accented letters or combining overlays, all by Unicode name."""
        import unicodedata
        spots = [i for i, c in enumerate(latin) if c.isalpha()]
        for _ in range(50):
            form = rng.choices(("twins", "style", "accents", "overlay"), (0.4, 0.3, 0.18, 0.12))[0]
            out = list(latin)
            if form == "twins":
                usable = [i for i in spots if self.twins[latin[i]]]
                for i in rng.sample(usable, min(len(usable), rng.randrange(1, 4))):
                    out[i] = rng.choice(self.twins[latin[i]])
            elif form == "style":
                style = rng.choice(sorted(STYLES_H12))
                out = [self._styled(c, style) if c.isalpha() else c for c in latin]
            elif form == "accents":
                for i in rng.sample(spots, min(len(spots), rng.randrange(1, 3))):
                    case = "CAPITAL" if latin[i].isupper() else "SMALL"
                    for accent in rng.sample(ACCENTS_H12, len(ACCENTS_H12)):
                        try:
                            out[i] = unicodedata.lookup(f"LATIN {case} LETTER {latin[i].upper()} WITH {accent}")
                            break
                        except KeyError:
                            continue
            else:
                overlay = unicodedata.lookup(rng.choice(OVERLAYS_H12))
                chosen = spots if rng.random() < 0.5 else rng.sample(spots, rng.randrange(1, len(spots)))
                out = [c + overlay if i in chosen else c for i, c in enumerate(latin)]
            written = "".join(out)
            if written != latin and latin.lower() not in written.lower():
                return written
        raise ValueError(f"no look-alike of {latin}")

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """Letters swapped for the digits they resemble, one or more."""
        spots = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H12]
        chosen = rng.sample(spots, rng.randrange(1, len(spots) + 1))
        return "".join(DIGITS_H12[c.lower()] if i in chosen else c for i, c in enumerate(latin))


def _price_h12(rng: random.Random, english: bool) -> str:
    amount = rng.choice((29, 49, 68, 79, 99, 129, 158, 188, 199, 259, 288, 329, 399, 499, 688, 980))
    if english:
        return str(amount)
    return rng.choice((f"{amount}", f"¥{amount}", f"{amount}元", f"{amount}r", f"{amount}米", f"{amount}块"))


PHRASING_H12 = Phrasing(
    "held_out_12", GOODS_H12, _price_h12, (OFFERS_ZH_H12, OFFERS_EN_H12),
    (RESALE_ZH_H12, RESALE_EN_H12), (RESALE_SEALED_ZH_H12, RESALE_SEALED_EN_H12), SEALED_H12,
    (WARNINGS_ZH_H12, WARNINGS_EN_H12), (REVIEWS_ZH_H12, REVIEWS_EN_H12), AUTHORISED_H12,
    SOUND_ALIKE_H12, SOUND_ALIKE_FRAMES_H12, COMMON_SENSE_H12, COMMON_FRAMES_H12, VIEWERS_H12)


def twelfth_held_out(seed: int = 173) -> list[Case]:
    """held_out_12: held_out_11's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings12()
    return _held_out_part(seed, words, MARKS_H12, PHRASING_H12,
                          lambda mark: "".join(s[0] for s in words.readings(mark)), DIGITS_H12)


# -- held_out_13 (issue 13, stop 28): an eleventh hand --------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, its tests, the
# README's guard section past its first screen) nor any other part's phrasing templates; of this
# file it read only the module docstring, Case, the brand lists, the marks and goods lists of
# held_out_10 .. held_out_12 (as lists) and how twelfth_held_out assembles a part (the shared
# Phrasing and _held_out_part: families, sizes, Case fields), and of bench_brands.py only the
# scoring, PARTS and SEALED. Its marks are the 51 loaded marks with the fewest held-out offers so far
# (held_out_12's counted twice, ties by mark: 20 common words, 29 Latin names); its spellings come
# from outside data by its own code (Spellings13: pypinyin's usual readings, the GB2312 level-1 and
# level-2 and GBK-only charts of Python's codecs with OpenCC's traditional forms left out, the Unicode
# confusables table shipped by confusable_homoglyphs and Unicode character names); its phrasing is
# its own, 15 or more shapes per family drawn per case, in the registers a platform sees: live-stream
# hosts, Taobao and Pinduoduo titles, Xianyu and WeChat private trade, Douyin and Xiaohongshu
# captions, English marketplace and social listings, Cantonese and Taiwanese posts, regulators,
# court and police news. Sealed: scored only by the lead with ``--parts held_out_13``; never
# printed, counts only; never run through the guard by its writer.
MARKS_H13 = [
    "浪琴", "美的", "茅台", "蕉下", "比亚迪", "洽洽", "立白", "大白兔", "良品铺子", "旺旺", "普拉达",
    "海澜之家", "海鸥", "亚瑟士", "同仁堂", "周大福", "始祖鸟", "新百伦", "欧米茄", "百雀羚", "资生堂",
    "雅戈尔", "雅诗兰黛", "格兰仕", "元气森林", "金丝猴", "黄鹤楼", "云南白药", "纪梵希", "江小白", "熊猫",
    "王老吉", "统一", "雅马哈", "七匹狼", "宝格丽", "欧莱雅", "老凤祥", "联想", "白象", "燕京", "老板",
    "长城", "六神", "小熊", "海天", "长虹", "雪花", "飞鸽", "骆驼", "万宝龙",
]
# what each mark's fakes are sold as, Chinese and (where the mark has a Latin name) English; a
# common-word mark's Chinese goods are what the brand is known for, so an offer names the brand
GOODS_H13: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "浪琴": (("名匠系列机械表", "康卡斯潜水表", "嘉岚石英表", "情侣对表"),
             ("Master Collection watch", "HydroConquest diver", "dress watch")),
    "美的": (("变频空调", "对开门冰箱", "电饭煲", "滚筒洗衣机"), ("air conditioner", "rice cooker")),
    "茅台": (("飞天53度", "生肖酒", "王子酒", "迎宾酒"), ("Feitian baijiu", "53% baijiu")),
    "蕉下": (("防晒衣", "遮阳伞", "冰袖", "防晒口罩"), ("sun protection jacket", "UV umbrella")),
    "比亚迪": (("车载充电器", "汉车模", "原厂脚垫", "钥匙扣"), ("car charger", "floor mats")),
    "洽洽": (("香瓜子", "小黄袋每日坚果", "焦糖瓜子"), ("sunflower seeds", "daily nuts")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "dish soap")),
    "大白兔": (("奶糖", "奶糖礼盒", "糖果"), ()),
    "良品铺子": (("猪肉脯", "坚果礼盒", "零食大礼包"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "零食大礼包"), ()),
    "普拉达": (("尼龙双肩包", "三角标斜挎包", "乐福鞋", "渔夫帽"),
               ("nylon backpack", "re-edition bag", "loafers")),
    "海澜之家": (("商务衬衫", "羽绒服", "休闲裤", "男士夹克"), ("dress shirt", "down jacket")),
    "海鸥": (("机械手表", "陀飞轮手表", "双反相机"), ()),
    "亚瑟士": (("Kayano跑鞋", "Gel跑鞋", "NIMBUS缓震跑鞋"), ("Gel-Kayano runners", "running shoes")),
    "同仁堂": (("安宫牛黄丸", "阿胶", "枸杞", "乌鸡白凤丸"), ("herbal pills", "ejiao")),
    "周大福": (("足金手镯", "黄金吊坠", "钻石戒指", "传承金手链"), ("gold bangle", "diamond ring")),
    "始祖鸟": (("冲锋衣", "硬壳夹克", "抓绒衣", "Beta夹克"), ("Beta jacket", "hardshell", "fleece")),
    "新百伦": (("990v6", "574复古鞋", "2002R", "老爹鞋"), ("990 sneakers", "574 sneakers")),
    "欧米茄": (("海马300", "超霸月球表", "星座腕表"), ("Seamaster", "Speedmaster", "watch")),
    "百雀羚": (("水乳套装", "面霜", "精华水"), ("skincare set", "face cream")),
    "资生堂": (("红腰子精华", "防晒霜", "洗面奶"), ("Ultimune serum", "sunscreen")),
    "雅戈尔": (("免烫衬衫", "羊毛西装", "商务夹克"), ("non-iron shirt", "wool suit")),
    "雅诗兰黛": (("小棕瓶精华", "DW粉底液", "眼霜", "口红"), ("Advanced Night Repair", "foundation")),
    "格兰仕": (("微波炉", "空气炸锅", "光波炉"), ("microwave", "air fryer")),
    "元气森林": (("气泡水", "燃茶", "外星人电解质水"), ()),
    "金丝猴": (("奶糖", "牛奶糖", "糖果"), ()),
    "黄鹤楼": (("香烟", "硬盒烟", "1916烟"), ()),
    "云南白药": (("牙膏", "气雾剂", "创可贴", "胶囊"), ("toothpaste", "spray")),
    "纪梵希": (("四宫格散粉", "小羊皮口红", "香水"), ("loose powder", "lipstick", "perfume")),
    "江小白": (("表达瓶白酒", "果味酒", "高粱酒"), ()),
    "熊猫": (("香烟", "软盒香烟", "电视"), ()),
    "王老吉": (("红罐凉茶", "凉茶", "凉茶整箱"), ()),
    "统一": (("老坛酸菜牛肉面", "冰红茶", "方便面"), ()),
    "雅马哈": (("电钢琴", "民谣吉他", "踏板摩托", "音箱"), ("digital piano", "guitar", "speaker")),
    "七匹狼": (("男士夹克", "皮带", "钱包", "茄克"), ("leather belt", "jacket", "wallet")),
    "宝格丽": (("蛇头项链", "B.zero1戒指", "香水", "蛇形手表"), ("Serpenti necklace", "ring")),
    "欧莱雅": (("紫熨斗眼霜", "复颜精华", "染发膏"), ("eye cream", "serum", "hair dye")),
    "老凤祥": (("足金项链", "金手镯", "黄金转运珠"), ()),
    "联想": (("拯救者笔记本", "小新笔记本", "平板电脑", "电脑"), ("Legion laptop", "tablet")),
    "白象": (("方便面", "汤好喝泡面", "泡面整箱"), ()),
    "燕京": (("啤酒", "U8啤酒", "纯生"), ()),
    "老板": (("油烟机", "燃气灶", "蒸烤一体机"), ()),
    "长城": (("干红葡萄酒", "哈弗原厂配件", "葡萄酒"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器", "养生壶"), ()),
    "海天": (("生抽", "酱油", "蚝油", "黄豆酱"), ()),
    "长虹": (("液晶电视", "电视", "空调"), ("LED TV", "air conditioner")),
    "雪花": (("啤酒", "勇闯天涯啤酒", "纯生"), ()),
    "飞鸽": (("自行车", "二八自行车", "单车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "徒步鞋"), ()),
    "万宝龙": (("大班钢笔", "签字笔", "皮带", "钱夹"), ("Meisterstück pen", "belt", "wallet")),
}
# eaten, drunk, smoked or used up: resold sealed and unopened, never "worn twice"
SEALED_GOODS_H13 = frozenset({"茅台", "洽洽", "立白", "大白兔", "良品铺子", "旺旺", "同仁堂", "百雀羚",
                              "资生堂", "雅诗兰黛", "元气森林", "金丝猴", "黄鹤楼", "云南白药", "纪梵希",
                              "江小白", "熊猫", "王老吉", "统一", "欧莱雅", "白象", "燕京", "长城", "六神",
                              "海天", "雪花"})

# separators as sellers type them between characters or letters: ASCII and full-width punctuation,
# ideographic, zero-width and no-break spaces, word joiners, line breaks, emoji and dingbats
SEPARATORS_H13 = [".", "·", "•", "/", "\\", "|", "-", "_", "~", "*", "+", " ", "  ", "\u3000", "\u00a0",
                  "\u200b", "\u200c", "\u2060", "\ufeff", "\n", "、", "，", "。", "／", "｜", "－", "＿",
                  "～", "＊", "丨", "❤️", "🔥", "⭐", "✨", "💰", "👉", "🌟", "♥", "☆", "◇", "✅", "🈶"]
DIGITS_H13 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# fancy-text alphabets by Unicode name ({c}: CAPITAL or SMALL, {l}: the letter)
STYLES_H13 = ["MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL ITALIC {c} {l}", "MATHEMATICAL SCRIPT {c} {l}",
              "MATHEMATICAL BOLD FRAKTUR {c} {l}", "MATHEMATICAL DOUBLE-STRUCK {c} {l}",
              "MATHEMATICAL SANS-SERIF BOLD {c} {l}", "MATHEMATICAL MONOSPACE {c} {l}",
              "FULLWIDTH LATIN {c} LETTER {l}", "CIRCLED LATIN {c} LETTER {l}",
              "PARENTHESIZED LATIN SMALL LETTER {l}", "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}",
              "SQUARED LATIN CAPITAL LETTER {l}", "LATIN LETTER SMALL CAPITAL {l}"]
ACCENTS_H13 = ["COMBINING ACUTE ACCENT", "COMBINING GRAVE ACCENT", "COMBINING DIAERESIS",
               "COMBINING CIRCUMFLEX ACCENT", "COMBINING TILDE", "COMBINING DOT ABOVE",
               "COMBINING CARON", "COMBINING LONG STROKE OVERLAY", "COMBINING LOW LINE"]
# scripts the confusables table pairs with Latin letters, as keyboards and fancy-text sites give them
SCRIPTS_H13 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU", "OLD ITALIC")


def _is_cjk_h13(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class Spellings13:
    """held_out_13's own spelling writers over outside data: pypinyin's usual reading of each
    character, same-reading characters tiered by GB2312 level 1, level 2 and GBK-only (OpenCC's
    traditional forms left out), the confusables table's twins from other scripts, fancy-text
    alphabets and combining marks looked up by Unicode name."""

    def __init__(self) -> None:
        import json
        import os
        import unicodedata

        import confusable_homoglyphs
        import opencc
        from pypinyin import Style, lazy_pinyin

        self._lazy, self._style = lazy_pinyin, Style
        to_simple = opencc.OpenCC("t2s").convert
        # same toned reading -> characters, in three tiers (GB2312 level 1, level 2, GBK-only)
        self.by_reading: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        charts = ((0, range(0xB0, 0xD8), "gb2312"), (1, range(0xD8, 0xF8), "gb2312"),
                  (2, range(0x81, 0xFF), "gbk"))
        seen: set[str] = set()
        for tier, leads, codec in charts:
            for lead in leads:
                for trail in range(0x40 if codec == "gbk" else 0xA1, 0xFF):
                    try:
                        char = bytes((lead, trail)).decode(codec)
                    except UnicodeDecodeError:
                        continue
                    if char in seen or not _is_cjk_h13(char) or to_simple(char) != char:
                        continue
                    seen.add(char)
                    reading = lazy_pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0]
                    if reading != char:
                        self.by_reading[reading][tier].append(char)
        confusables = json.load(open(os.path.join(os.path.dirname(confusable_homoglyphs.__file__),
                                                  "confusables.json"), encoding="utf-8"))
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            self.twins[letter] = sorted(
                entry["c"] for entry in confusables.get(letter, ())
                if len(entry["c"]) == 1 and entry["n"].startswith(SCRIPTS_H13))
        self.styled: list[dict[str, str]] = []
        for style in STYLES_H13:
            table = {}
            for letter in "abcdefghijklmnopqrstuvwxyz":
                for case, char in (("SMALL", letter), ("CAPITAL", letter.upper())):
                    try:
                        table[char] = unicodedata.lookup(style.format(c=case, l=letter.upper()))
                    except KeyError:
                        pass
            if len(table) >= 20:
                self.styled.append(table)
        self.accents = [unicodedata.lookup(name) for name in ACCENTS_H13]

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        """pypinyin's reading of each character: plain, toned (marks) or numbered (tone digits)."""
        chosen = {"plain": self._style.NORMAL, "toned": self._style.TONE,
                  "numbered": self._style.TONE3}[style]
        return self._lazy(mark, style=chosen, neutral_tone_with_five=True)

    def initials_of(self, mark: str) -> str:
        """The first letters of the mark's readings, lower case (what _offer_jobs compares)."""
        return "".join(r[0] for r in self.readings(mark))

    def separated(self, text: str, rng: random.Random) -> str:
        """Separators between the units of ``text`` (characters, or letters of a Latin name):
        one kind throughout, a mix, a single break, or spaced around a dot or a slash."""
        units = list(text.replace(" ", "")) if not any(map(_is_cjk_h13, text)) else list(text)
        way = rng.randrange(5)
        if way == 0:
            return rng.choice(SEPARATORS_H13).join(units)
        if way == 1:
            return "".join(u + rng.choice(SEPARATORS_H13) for u in units[:-1]) + units[-1]
        if way == 2:
            cut = rng.randrange(1, len(units))
            return "".join(units[:cut]) + rng.choice(SEPARATORS_H13) + "".join(units[cut:])
        if way == 3:
            return f" {rng.choice('./|·-')} ".join(units)
        return "".join(u + ("\u200b" if rng.random() < 0.5 else "\u2060") for u in units[:-1]) \
            + units[-1]

    def initials(self, mark: str, rng: random.Random) -> str:
        """The readings' first letters as sellers write them: capitals, lower case, dotted,
        spaced, full-width, or glued to a Chinese or English word."""
        letters = self.initials_of(mark).upper()
        form = rng.randrange(9)
        if form == 0:
            return letters
        if form == 1:
            return letters.lower()
        if form == 2:
            return ".".join(letters)
        if form == 3:
            return " ".join(letters)
        if form == 4:
            return "".join(chr(ord(c) + 0xFEE0) for c in letters)
        if form == 5:
            return letters + rng.choice(("家", "牌", "家的", "同款"))
        if form == 6:
            return rng.choice(("正品", "大牌", "小", "新款")) + letters.lower()
        if form == 7:
            return letters + rng.choice(("style", "-style", "brand", "original"))
        return "#" + letters.lower()

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The mark's reading written out: joined, capitalised, spaced, toned, tone-numbered,
        half in pinyin and half in characters, or glued into an English word; never the same as
        the mark's Latin name (Tongrentang is a registered name, not an evasion)."""
        plain = self.readings(mark)
        forms = [
            lambda: "".join(plain),
            lambda: "".join(p.capitalize() for p in plain),
            lambda: " ".join(plain),
            lambda: "".join(plain).upper(),
            lambda: "".join(self.readings(mark, "toned")),
            lambda: " ".join(self.readings(mark, "toned")),
            lambda: "".join(self.readings(mark, "numbered")),
            lambda: "".join(c if i % 2 else p for i, (c, p) in enumerate(zip(mark, plain))),
            lambda: "".join(p if i % 2 else c for i, (c, p) in enumerate(zip(mark, plain))),
            lambda: "".join(plain) + rng.choice(("style", "shop", "-inspired", "vibes", "同款")),
            lambda: rng.choice(("my", "best", "cheap", "new")) + "".join(plain).capitalize(),
        ]
        if len(mark) > 2:
            forms.append(lambda: "".join(plain[:2]) + mark[2:])
            forms.append(lambda: mark[:1] + "".join(plain[1:]))
        taken = "".join(latin.lower().split())
        for _ in range(20):
            written = rng.choice(forms)()
            if not taken or taken not in "".join(written.lower().split()):
                return written
        return "".join(self.readings(mark, "numbered"))

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One or more of the mark's characters swapped for another of the same usual reading:
        tone kept or not, from GB2312 level 1 mostly, now and then level 2 or GBK-only."""
        numbered = self.readings(mark, "numbered")
        for _ in range(60):
            chars = list(mark)
            swaps = rng.sample(range(len(mark)), rng.choice((1, 1, 1, 2)) if len(mark) > 1 else 1)
            for i in swaps:
                reading = numbered[i]
                if rng.random() < 0.25:   # same syllable, any tone
                    bare = reading.rstrip("012345")
                    reading = rng.choice([r for r in self.by_reading if r.rstrip("012345") == bare])
                tier = rng.choices((0, 1, 2), (0.7, 0.2, 0.1))[0]
                pool = [c for c in self.by_reading[reading][tier] if c != mark[i]]
                if pool:
                    chars[i] = rng.choice(pool)
            written = "".join(chars)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"no homophone for {mark}")

    def confusable(self, latin: str, rng: random.Random) -> str:
        """A Latin name with one to three letters swapped for their twins in another script, or
        written whole in a fancy-text alphabet, or with a combining mark on some letters."""
        way = rng.randrange(4)
        if way <= 1:
            letters = list(latin)
            usable = [i for i, c in enumerate(letters) if self.twins.get(c)]
            for i in rng.sample(usable, min(len(usable), rng.choice((1, 2, 3)))):
                letters[i] = rng.choice(self.twins[letters[i]])
            if usable:
                return "".join(letters)
        if way == 2:
            table = rng.choice(self.styled)
            return "".join(table.get(c, c) for c in latin)
        accent = rng.choice(self.accents)
        # a mark on the last letter alone would leave the name whole before it
        spots = [i for i, c in enumerate(latin[:-1]) if c.isalpha()]
        marked = set(rng.sample(spots, min(len(spots), rng.choice((1, 2, len(spots))))))
        return "".join(c + accent if i in marked else c for i, c in enumerate(latin))

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """One or two letters written as the digits they look like (o→0, e→3, s→5)."""
        spots = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H13]
        letters = list(latin)
        for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2)))):
            letters[i] = DIGITS_H13[letters[i].lower()]
        return "".join(letters)


def _price_h13(rng: random.Random, english: bool) -> str:
    amount = rng.choice((19.9, 36, 45, 69, 89, 99, 118, 139, 169, 199, 239, 279, 350, 420, 580, 760, 1280))
    shown = f"{amount:g}"
    if english:
        return rng.choice((f"${shown}", f"{shown} USD", f"US${shown}", f"${shown} shipped"))
    return rng.choice((shown, f"¥{shown}", f"{shown}元", f"{shown}r", f"{shown}💰", f"{shown}块"))


# counterfeit offers: (account name, title, description); {w} the mark as the seller wrote it,
# {p} the goods, {n} a price. Each says in the trade's own words that the goods are not genuine.
OFFERS_ZH_H13 = [
    ("阿豪潮品仓", "家人们{w}{p}上链接了！", "直播间专属福利 {w}{p}顶级复刻版 跟专柜对比看不出区别 {n}拍一发二 三二一上车"),
    ("小陈一手货源", "{w}{p} 纯原版本 一手货源", "不是正品 介意勿拍 细节做工对标原版 {n}包邮 支持退换"),
    ("闲置转转", "出{w}{p}", "高仿的 之前买多了 成色全新 {n}出 懂的来 不议价"),
    ("优品百货旗舰店", "2026新款{w}同款{p}男女通用高品质原单1:1包邮", "【工厂直销】{w}{p} 超A货 原厂皮料 配全套包装盒 防伪码齐全 {n}"),
    ("小鹿买手", "#{w} #好物分享 #平替", "这只{w}{p}是高仿的 但是质感绝了 姐妹们冲 {n}主页私"),
    ("港货代购Wing", "{w}{p} A貨 現貨", "呢批{w}{p}係高仿嚟嘅 做工同正品一樣 {n}一件 要嘅pm"),
    ("台灣小舖", "{w}{p} 副廠精品", "這款{w}{p}是副廠的喔 跟正品幾乎一樣 價格只要零頭 {n} 私訊下單"),
    ("老周微商", "{w}{p}新到货", "一比一精仿{w}{p} 正品三千多 我这{n}就能拿下 需要的加V看实拍"),
    ("直播间助理", "今晚8点 {w}{p}大放送", "宝宝们扣1 {w}{p}跟专柜同一个代工厂出来的 没有吊牌没有票 {n}秒杀 手慢无"),
    ("源头工厂直发", "【厂家】{w}{p} 批发 一件代发", "仿{w}{p}工厂货 logo印得清清楚楚 可混批 {n}起 量大从优"),
    ("淘淘好货", "{w}{p} 原单尾货 正品级", "外贸原单{w}{p} 非专柜正品 做工一致 假一赔三是不可能的哈 {n}"),
    ("懂哥潮牌", "{w}{p} 顶配版", "{w}{p}顶配版本 过验没问题 朋友圈都是这个 {n} 不退不换"),
    ("好物小姐姐", "平价{w}{p}来啦", "大牌{w}{p}复刻款 一模一样的logo 用起来和正品没差 {n}两件包邮"),
    ("海外仓清货", "{w}{p}清仓 高仿", "清仓处理一批高仿{w}{p} 全新带盒 {n}一个 先到先得 私聊"),
    ("二手小铺", "{w}{p}", "仿的{w}{p} 1:1还原 用过两次 {n}出 闲鱼交易 不包真"),
    ("抖音小店-潮流馆", "限时！{w}{p}", "大牌同厂{w}{p} 不是正品但品质杠杠的 {n}直降 赶紧抢"),
    ("微信同号xx66", "{w}{p}货源", "专做{w}系列高仿{p}十年 各种版本都有 可做旧 {n}起 诚招代理"),
    ("奢品小站", "{w}{p} 精仿 专柜品质", "{w}{p}精仿版 logo清晰 编码对得上 {n} 顺丰到付"),
    ("老王百货", "{w}{p} 懂的来", "{w}{p} 非官方渠道 仿的 用起来差不多 {n} 同城自提"),
    ("直播切片号", "主播又上{w}{p}了", "家人们这个{w}{p}是超A版本 跟正品放一起你分不出来 {n} 库存不多了 赶紧去拍"),
    ("拼单小能手", "{w}{p} 拼团价", "仿品{w}{p} 不支持专柜验货 介意别拍 {n}三人成团"),
    ("深圳华强北小刘", "{w}{p} 高仿版", "{w}{p} 华强北高仿 外观一比一 跟正品摆一起看不出来 {n} 不退不换"),
]
OFFERS_EN_H13 = [
    ("RepKingStore", "{w} {p} 1:1 replica", "Top tier {w} {p} replica, mirror quality, comes with box and cards. {n}, DM to order"),
    ("luxe_finds_88", "{w} {p} - AAA quality", "Not authentic, AAA grade {w} {p}. Looks identical to retail. Only {n}"),
    ("sneakerplug", "{w} {p} UA batch", "Unauthorized authentic {w} {p} from the factory batch, passes most checks. {n} + shipping"),
    ("bestdeals.shop", "{w} {p} super clone", "Super clone {w} {p}, same materials as the real one, 1:1 logo. {n}. WhatsApp for pics"),
    ("dupe.queen", "the {w} {p} dupe everyone asks about", "Fake {w} {p} but nobody can tell 😂 identical logo and packaging, {n} link in bio"),
    ("mirror_watch_co", "{w} {p} mirror grade", "Mirror grade {w} {p}, identical look, not genuine. {n}, tracked shipping"),
    ("cheapluxury", "{w} {p} rep - 90% off retail", "Replica {w} {p}, retail price without the retail price. {n} today only"),
    ("factory_direct_wholesale", "Wholesale {w} {p} copies", "We manufacture {w} {p} copies, OEM quality, MOQ 10 pcs, {n} each. Contact for catalogue"),
    ("hypebeast_reps", "{w} {p} ✅ in hand", "In hand now: replica {w} {p}, best batch on the market. {n} shipped. No returns"),
    ("tinas_closet", "Selling {w} {p} (rep)", "Selling my {w} {p}, it's a rep but really good quality. {n} or best offer, cash only"),
    ("stream_deals", "LIVE now: {w} {p} for {n}", "Going live! Copy {w} {p} with full logo, same factory look. Type 1 in chat to grab one"),
    ("ali_trader", "{w} {p} high copy", "High copy {w} {p}, grade A+, comes with fake receipt and box. {n}"),
    ("sam.resells", "{w} {p} – not real, priced to go", "Knockoff {w} {p}, looks legit from a metre away. {n}, meet up downtown"),
    ("gadget_outlet", "{w} {p} clone", "Clone {w} {p}, same look and logo as the original. {n}, no returns"),
    ("budgetbrands", "#{w} #{w}replica #rep", "Rep {w} {p} restocked! 1:1 stitching, {n}, link in bio, ships in 3 days"),
    ("kimsdeals", "{w} {p} fake, best version 😉", "Honestly the best fake {w} {p} I've sold. {n}, message me before it's gone"),
]
# genuine goods sold on by their owners: (account name, title, description); {m} the mark, {p} the
# goods, {n} a price; proof of purchase, refund promises and authenticity talk, no counterfeit offer
RESALE_ZH_H13 = [
    ("搬家清闲置", "转{m}{p}", "搬家带不走 {m}{p}专柜买的 小票和保修卡都在 {n}出 同城可自提验货"),
    ("小林的衣橱", "自用{m}{p}出", "去年在{m}官方旗舰店买的{p} 订单截图可看 用过三次 {n} 不议价"),
    ("闲鱼用户_阿珍", "{m}{p} 95新", "{m}{p} 95新 有发票 支持任何平台鉴定 不是正品全额退款 {n}包邮"),
    ("不买就是省", "{m}{p}低价转", "男朋友送的{m}{p} 不是我的风格 全新吊牌还在 附购物小票照片 {n}"),
    ("回血中", "{m}{p} 带票出", "专柜购入{m}{p} 发票抬头是我本人 可以视频验货 假一赔十 {n}"),
    ("二手好物分享", "{m}{p} 闲置", "{m}{p} 用了半年 功能都正常 有磨损 介意慎拍 原价好几千 现在{n}"),
    ("深圳小马", "出个{m}{p}", "{m}{p}去年双十一京东自营买的 订单号可查 不想要了 {n} 可走闲鱼验货宝"),
    ("宝妈闲置", "{m}{p}转让", "孩子大了用不上了 {m}{p} 当时商场专柜买的 保修还有半年 {n}自提"),
    ("港女二手", "放{m}{p}", "放返件{m}{p} 正貨 香港專門店買 有單 用過幾次 {n} 觀塘交收"),
    ("台北二手社團", "售 {m}{p}", "自用{m}{p} 百貨公司專櫃購入 附購證 可面交驗貨 {n}"),
    ("退坑了", "{m}{p} 全套", "{m}{p}全套 盒子 说明书 票据都在 正品保证 可以拿去专柜验 {n}"),
    ("毕业清仓", "{m}{p}", "毕业了清东西 {m}{p}是实习第一份工资买的 有点舍不得 {n} 包邮 不退不换"),
    ("收藏出让", "{m}{p} 收藏级", "收藏的{m}{p} 几乎没用 附证书和购买记录 只接受当面交易 {n}"),
    ("上班族小王", "{m}{p} 转", "公司年会抽到的{m}{p} 全新未用 官方渠道 有证明 {n}出"),
    ("杭州同城闲置", "{m}{p}低价出", "换新了 旧的{m}{p}出掉 成色看图 正品 有问题随时退 {n}"),
]
RESALE_EN_H13 = [
    ("declutter_dana", "{m} {p} – pre-owned", "Bought at the {m} boutique in 2024, receipt included. Used a handful of times. {n}, happy to meet at a store for authentication"),
    ("mark_sells_stuff", "Selling my {m} {p}", "Genuine {m} {p}, original box and papers. Moving abroad so it has to go. {n} OBO"),
    ("closet_cleanout", "{m} {p} (authentic)", "100% authentic {m} {p}, bought from the official store, proof of purchase in photos. Full refund if it fails authentication. {n}"),
    ("jen.resale", "{m} {p}, barely used", "Gift I never used. Genuine {m} {p} with tags and gift receipt. {n}, ships next day"),
    ("pre_loved_luxe", "Pre-loved {m} {p}", "Authenticated by Entrupy, certificate included. {m} {p} in great condition. {n}"),
    ("upgrade_sale", "{m} {p} for sale, upgraded", "Upgraded to the newer model so selling my {m} {p}. Works perfectly, invoice available. {n}"),
    ("uni_student_sale", "{m} {p} – need the cash", "Real {m} {p}, bought at the mall last year, still under warranty. {n}, pick up on campus"),
    ("ebay_sarah", "{m} {p} genuine w/ receipt", "Genuine {m} {p}. Receipt, box, everything. Returns accepted within 14 days. {n}"),
    ("vintage_finds", "Vintage {m} {p}", "Vintage {m} {p} from my grandfather, serviced last year at an authorised centre, papers in photos. {n}"),
    ("marketplace_mike", "{m} {p} – local pickup", "Original {m} {p}, works fine, some wear. {n} cash, you can inspect before buying"),
    ("resell_rachel", "{m} {p} NWT", "New with tags {m} {p}, bought on sale and missed the return window. Order confirmation shown. {n}"),
    ("poshmark_closet", "{m} {p}", "Authentic {m} {p}. Comes with dust bag and store receipt. Posh authenticates before it ships to you. {n}"),
    ("the_second_round", "{m} {p} used twice", "Used twice, genuine {m} {p} from the flagship store. Selling because it's not my style. {n}"),
    ("movingsale2026", "Moving sale: {m} {p}", "Everything must go. {m} {p}, bought new, manual and warranty card included. {n}"),
    ("trusted_seller_ella", "{m} {p} authentic guaranteed", "Authenticity guaranteed or your money back. {m} {p}, bought in person at the counter. {n}"),
]
RESALE_SEALED_ZH_H13 = [
    ("囤货过多", "{m}{p} 全新未拆", "囤多了吃不完 {m}{p}超市买的 日期新鲜 有购物小票 {n}转"),
    ("公司福利转", "单位发的{m}{p}", "单位过节发的{m}{p} 家里人不用 未拆封 保质期到明年 {n}"),
    ("过年礼品回收", "{m}{p} 礼盒转让", "亲戚送的{m}{p} 原封未动 正品 可以扫码查真伪 {n}同城自取"),
    ("小区团购群", "{m}{p} 多买了两箱", "团购多订了两箱{m}{p} 原价转给邻居 生产日期上个月的 {n}一箱"),
    ("宝妈闲置", "{m}{p} 出", "买了{m}{p}活动装 还剩好几件没开 保质期都还很长 {n} 自提"),
    ("港女二手", "{m}{p} 未開封", "{m}{p}未開封 超市買多咗 有單 {n} 交收"),
    ("搬家清理", "{m}{p}", "搬家清冰箱和柜子 {m}{p}没开过 正规渠道买的 {n} 打包带走"),
    ("抽奖中了", "{m}{p} 全新", "年会抽奖中的{m}{p} 自己用不上 全新未开 发票在 {n}"),
    ("节后余货", "{m}{p}转", "过节送礼剩下的{m}{p} 在官方旗舰店买的 订单可看 {n} 不讲价"),
    ("二手好物分享", "{m}{p} 临期便宜出", "{m}{p} 还有三个月到期 正品 介意的别拍 {n}"),
    ("老张烟酒回收", "回收转让 {m}{p}", "客户送的{m}{p} 原箱未开 可以拿去专卖店验 {n}"),
    ("不买就是省", "{m}{p} 送朋友剩的", "给朋友买多了 {m}{p}原价出 保真 有京东订单 {n}"),
    ("台北二手社團", "{m}{p} 全新", "全新{m}{p} 好市多買太多 附發票 {n} 面交"),
    ("学生党转", "{m}{p}", "宿舍囤的{m}{p} 毕业了带不走 没拆封 {n}"),
    ("杭州同城闲置", "{m}{p} 整箱", "{m}{p} 整箱没动 正品 日期看图 {n} 只限自提"),
]
RESALE_SEALED_EN_H13 = [
    ("pantry_clearout", "{m} {p} – unopened", "Bought too much at Costco. Unopened {m} {p}, best before next year, receipt in photos. {n}"),
    ("gift_regift", "{m} {p} gift set, sealed", "Received as a gift, still sealed. Genuine {m} {p}. {n}, local pickup"),
    ("office_swap", "{m} {p} from the office party", "Won this {m} {p} at the office raffle. Never opened. {n}"),
    ("bulk_buyer_tom", "{m} {p} x2, unopened", "Ordered two by mistake from the official store. Sealed {m} {p}, order confirmation shown. {n}"),
    ("moving_out_sale", "{m} {p} sealed", "Moving out, can't take it. Sealed {m} {p}, bought at the supermarket. {n}"),
    ("expat_leftovers", "{m} {p} – going back home", "Leaving China, selling my unopened {m} {p}. Bought at the duty free, receipt attached. {n}"),
    ("auntie_sells", "{m} {p} never opened", "Never opened {m} {p}, purchase date on the receipt. {n}, pick up only"),
    ("reseller_ken", "{m} {p} (genuine, sealed)", "Genuine {m} {p}, factory seal intact, anti-counterfeit code scannable. {n}"),
    ("student_sells", "{m} {p} – stocked up too much", "Stocked up during the sale. Unopened {m} {p}. {n}"),
    ("gift_leftovers", "{m} {p} gift leftover", "Leftover from a holiday gift, genuine and unopened {m} {p}. {n} or swap"),
    ("kitchen_declutter", "{m} {p} unopened", "Decluttering the kitchen. {m} {p}, sealed, well within date. {n}"),
    ("sample_sale", "{m} {p} new", "Brand new {m} {p} from a store promotion, unopened with the receipt. {n}"),
    ("marketplace_mike", "{m} {p}, sealed box", "Sealed box {m} {p}, bought for a party we cancelled. {n}"),
    ("jen.resale", "{m} {p} unopened", "Unopened {m} {p}, bought from the official flagship store last month. {n}"),
    ("neighbourhood_swap", "{m} {p} for a neighbour", "Extra {m} {p} from a group buy, sealed. {n}"),
]
# consumer-rights warnings and anti-counterfeit advice, with the price talk they carry:
# (account name, title, description); {m} the mark, {p} the goods, {n} a price
WARNINGS_ZH_H13 = [
    ("消费维权小助手", "提醒：{m}{p}别贪便宜", "正品{m}{p}专柜价好几千 有人直播间卖{n} 这种价格肯定不是真的 大家别上当"),
    ("市场监管发布", "关于假冒{m}{p}的消费提示", "近期接到多起投诉 有网店以{n}低价销售假冒{m}{p} 请消费者通过官方渠道购买 保留购物凭证"),
    ("打假博主老K", "教你分辨{m}{p}真假", "我买了一个所谓原单{m}{p} {n} 对比正品 做工 字体 包装全不一样 姐妹们别买高仿"),
    ("被坑的小李", "在闲鱼买到假{m}{p}了", "卖家说保真 付了{n} 拿到手拿去专柜一验是假的 卖家已拉黑 大家擦亮眼睛"),
    ("12315小课堂", "买{m}{p}遇到假货怎么办", "收到假冒{m}{p}可以向平台投诉 依法可以要求退一赔三 不要私下转账给卖家"),
    ("律师说法", "卖高仿{m}{p}违法吗", "明知是假冒{m}{p}还销售 金额较大的构成销售假冒注册商标的商品罪 买家也别图便宜"),
    ("宝妈避坑日记", "{m}{p}的坑我替你们踩了", "直播间喊着{n}秒杀的{m}{p} 到手一股怪味 和商场买的完全两样 大家认准官方店"),
    ("鉴定师阿峰", "{m}{p}防伪怎么查", "正品{m}{p}都有防伪码 扫码进官网查询 那些说一比一复刻还{n}包邮的 一律是假货"),
    ("港人消費關注", "小心假{m}{p}", "最近好多人喺網上買到假{m}{p} 價錢得正貨一成 大家買之前問清楚有冇單"),
    ("台灣消保官", "網購{m}{p}注意", "網路上{n}的{m}{p}多半是仿冒品 請認明官方授權通路 以免權益受損"),
    ("反诈宣传", "低价{m}{p}可能是骗局", "有人在群里发{m}{p}一折的链接 让你加微信私下转账 收到的不是假货就是空包 千万别信"),
    ("老张说二手", "{m}{p}翻新货和假货别买", "二手平台上{n}的{m}{p} 很多是翻新或者高仿 买之前一定查防伪码"),
    ("避雷小分队", "假{m}{p}避雷", "网上{n}买的{m}{p} 没几天就出问题了 拿去专柜说是假的 来路不明的东西别买"),
    ("真假课堂", "{m}{p}真假辨别", "市面上很多假{m}{p} 包装 防伪标 细节都能看出来 {n}一瓶的基本不可能是真的"),
    ("老司机说", "{m}{p}别买仿冒件", "网上{n}的所谓原厂{m}{p} 其实是仿冒件 质量没保障 出了问题没人管"),
    ("消费者报道", "暗访：{m}{p}假货产业链", "记者暗访发现 有工厂仿冒{m}{p} 成本不到十元 在网上卖{n} 监管部门已介入"),
]
WARNINGS_EN_H13 = [
    ("consumer_watch", "PSA: fake {m} {p} everywhere", "If someone sells a {m} {p} for {n}, it is not real. Buy from authorised retailers and keep the receipt"),
    ("authenticity_check", "How to spot a fake {m} {p}", "Compare the logo font, the stitching and the serial number. Fakes sold as '1:1' for {n} fail on all three"),
    ("scam_alert_daily", "Scam alert: {m} {p} 'warehouse sale'", "Ads offering {m} {p} at 90% off for {n} lead to fake stores. Report them, don't pay"),
    ("got_scammed_once", "I bought a fake {m} {p} so you don't have to", "Paid {n} for a 'genuine' {m} {p}. It arrived smelling of glue and the logo was off. Lesson learnt"),
    ("trading_standards", "Counterfeit {m} {p} warning", "We have seized counterfeit {m} {p} sold online for {n}. Counterfeits can be unsafe; report sellers to us"),
    ("lawyer_explains", "Is buying a replica {m} {p} illegal?", "Selling counterfeit {m} {p} is trademark infringement. Buying one funds the people who make them. Don't"),
    ("detail_nerd", "Fake {m} {p}: the tells", "Replica {m} {p} sold for {n} have the wrong font and cheap materials. Check before you buy used"),
    ("safety_first", "Counterfeit {m} {p} can be dangerous", "Fake {m} {p} bought for {n} online failed safety tests. Only buy from official stores"),
    ("buyer_beware", "{m} {p} too cheap to be true", "Seen {m} {p} for {n} on social media? Almost certainly a knockoff. Ask for proof of purchase"),
    ("hk_consumer_council", "Beware of fake {m} {p}", "Complaints about fake {m} {p} bought online are rising. Prices of {n} are a warning sign"),
    ("resale_tips", "Buying a used {m} {p}? Read this", "Ask for the receipt, meet in person, get it authenticated. Replica sellers hide behind 'no returns'"),
    ("sneaker_legit_check", "Legit check: {m} {p}", "Lots of rep {m} {p} going round for {n}. The box label and print quality give them away"),
    ("the_frugal_one", "Why I'd never buy a dupe {m} {p}", "A fake {m} {p} for {n} is still money wasted. Save up or buy secondhand with proof"),
    ("police_notice", "Counterfeit goods warning", "Officers warn that fake {m} {p} are being sold at night markets for {n}. Report sellers on the hotline"),
    ("whatsapp_scam_watch", "Fake {m} {p} sellers on WhatsApp", "They send photos of genuine {m} {p}, ask {n} by bank transfer, then ship a fake or nothing"),
]
# news of raids and lawsuits, reviews, unboxings, and comparisons of real and fake:
# (account name, title, description); {m} the mark, {p} the goods, {n} a price
REVIEWS_ZH_H13 = [
    ("本地新闻速递", "警方捣毁一假冒{m}{p}窝点", "昨日 警方查获假冒{m}{p}三千余件 涉案金额逾百万元 三名嫌疑人已被刑拘"),
    ("法治日报", "销售假冒{m}{p} 被判三年", "被告人通过网店销售假冒{m}{p} 法院以销售假冒注册商标的商品罪判处有期徒刑三年"),
    ("开箱君", "{m}{p}开箱", "官方旗舰店买的{m}{p}到了 包装很用心 做工细节给大家看看 {n}的价格值不值"),
    ("测评实验室", "{m}{p}真假对比实测", "一个专柜正品{m}{p} 一个网上{n}的高仿 从材质到做工逐项对比 差距一目了然"),
    ("种草日记", "新入手的{m}{p}", "新入手的{m}{p} 专柜看了好几次才下单 实物比图片好看太多"),
    ("数码评测", "{m}{p}一个月使用体验", "用了一个月{m}{p} 说说优缺点 优点是做工扎实 缺点是价格{n}有点贵"),
    ("财经早知道", "{m}发布三季度财报", "{m}三季度营收同比增长 {p}线上销量创新高 公司称将加大打假投入"),
    ("老用户说说", "{m}{p}用了十年", "家里一直用{m}{p} 还是熟悉的那个牌子 {n} 性价比还行"),
    ("海关发布", "海关查获侵权{m}{p}", "近日 海关在出口货物中查获侵犯{m}商标权的{p}两千余件 已依法扣留"),
    ("港聞即時", "海關檢獲冒牌{m}{p}", "海關昨日喺貨櫃場檢獲一批懷疑冒牌{m}{p} 市值約二十萬元 案件交由調查科跟進"),
    ("台灣新聞網", "{m}{p}仿冒品流入夜市", "警方查獲仿冒{m}{p}上百件 業者坦承以每件{n}販售 全案依違反商標法送辦"),
    ("宝妈好物", "给娃买的{m}{p}", "在{m}官方店买的{p} 质量很好 客服也耐心 推荐给各位宝妈"),
    ("说说真假", "我为什么不买高仿{m}{p}", "以前贪便宜买过高仿{m}{p} 两个月就坏了 后来攒钱买了正品 用到现在还好好的"),
    ("品牌观察", "{m}起诉多家售假网店", "{m}近日起诉多家销售假冒{p}的网店 索赔金额合计数百万元 法院已立案"),
    ("生活vlog", "周末逛{m}专卖店", "周末去{m}专卖店逛了逛 新款{p}颜值很高 店员说正品都有防伪码可以查"),
]
REVIEWS_EN_H13 = [
    ("local_news_now", "Police raid warehouse of fake {m} {p}", "Officers seized more than 3,000 counterfeit {m} {p} on Tuesday. Two people were arrested"),
    ("court_reporter", "Seller jailed over counterfeit {m} {p}", "A man who sold fake {m} {p} online was sentenced to 18 months, the court heard"),
    ("unbox_with_me", "Unboxing my {m} {p}", "Finally got the {m} {p} from the official store. Packaging, first impressions and whether it's worth {n}"),
    ("real_vs_fake_lab", "Real vs fake {m} {p}", "I bought a genuine {m} {p} and a {n} replica to compare them side by side. The fake fails on every detail"),
    ("gear_reviewer", "{m} {p} review after 3 months", "Three months with the {m} {p}: what I love, what I don't, and whether it's worth {n}"),
    ("market_daily", "{m} posts record quarter", "{m} said sales of its {p} rose sharply, and announced more spending on anti-counterfeiting"),
    ("customs_news", "Customs seize counterfeit {m} {p}", "Customs officers seized 1,200 counterfeit {m} {p} at the port; the goods will be destroyed"),
    ("style_diary", "New in: my {m} {p}", "Got my new {m} {p} today, bought at the flagship store after comparing it in person twice"),
    ("first_try", "First try: {m} {p}", "Trying {m} {p} for the first time, bought at the store for {n}. Verdict inside"),
    ("brand_watch", "{m} sues counterfeiters", "{m} has filed suits against several online shops selling fake {p}, seeking damages"),
    ("honest_review", "Why I stopped buying fake {m} {p}", "I used to buy reps. The real {m} {p} is worth it, the fakes were money down the drain"),
    ("shop_tour", "Inside the new {m} store", "Toured the new {m} store downtown: the {p} line-up, staff tips on checking authenticity"),
    ("collector_talk", "My {m} {p} collection", "Ten years of collecting {m} {p}, all bought from authorised dealers, here's the story"),
    ("consumer_tv", "We tested {m} {p} from five shops", "Two of the five {m} {p} we bought online were fake. Here's how we found out"),
    ("weekend_vlog", "Weekend haul: {m} {p}", "Picked up a {m} {p} at the outlet, genuine with receipt, paid {n}"),
]
# the owner's and its authorised shop's own posts in sales language: (signer, name, title, text);
# {m} the account's own mark, {p} its goods
AUTHORISED_H13 = [
    ("owner", "{m}官方", "{m}官方直播间今晚8点开播", "{m}{p}新品首发 官方正品 全国联保 直播间下单享专属赠品 三二一上链接"),
    ("owner", "{m}官方", "{m}{p}周年庆", "感谢大家一直以来的支持 {m}{p}周年庆限时优惠 认准官方店铺 谨防假冒"),
    ("owner", "{m}官方", "关于网络售假的声明", "近期发现有网店冒用{m}名义销售高仿{p} {m}从未授权任何低价渠道 请通过官方店铺购买"),
    ("owner", "{m}官方", "{m}{p}新品上市", "全新{m}{p}今日上市 官方旗舰店和线下门店同步发售 扫码验真 正品保障"),
    ("owner", "{m}官方", "{m}防伪查询指南", "每一件{m}{p}都有唯一防伪码 扫描即可查询真伪 拒绝所谓一比一复刻"),
    ("owner", "{m}官方", "{m}经典款复刻回归", "{m}经典{p}官方复刻回归 限量发售 官方旗舰店独家 先到先得"),
    ("owner", "{m}官方", "#{m} #{p} 新品", "家人们 {m}{p}新品来了 官方直营 七天无理由退换 点击小黄车下单"),
    ("owner", "{m}官方", "双十一{m}{p}预售开启", "{m}{p}双十一预售 定金翻倍 官方正品 顺丰包邮"),
    ("shop", "{m}授权店", "{m}授权店 {p}到货", "本店为{m}官方授权经销商 {p}全新到货 提供正规发票 假一赔十"),
    ("shop", "{m}授权店", "{m}{p}店庆大促", "{m}授权专卖店店庆 {p}全场九折 正品行货 支持官网验真"),
    ("shop", "{m}授权店", "直播预告 {m}{p}", "今晚直播间{m}{p}福利价 授权门店直发 正品保证 扣1预约"),
    ("shop", "{m}授权店", "别再买高仿{m}{p}了", "经常有顾客拿着网上买的高仿{m}{p}来问 本店授权书可查 正品有保障 价格透明"),
    ("shop", "{m}授权店", "{m}{p}以旧换新", "{m}授权店以旧换新活动 旧{p}抵现 新品官方保修 到店体验"),
    ("shop", "{m}授权店", "{m}{p}现货", "{m}{p}现货 授权门店 可到店自提 也可同城配送 附正规发票"),
    ("shop", "{m}授权店", "新品 | {m}{p}", "{m}{p}新款已上架 授权经销 专柜同款同价 会员积分翻倍"),
    ("shop", "{m}授权店", "{m}{p}开学季特惠", "学生凭学生证购买{m}{p}享额外优惠 授权店正品 全国联保"),
]
# everyday sentences holding an ordinary word that reads like a loaded mark (美德/没得 美的, 恰恰 洽洽,
# 李白 立白, 脚下 蕉下, 汪汪/往往 旺旺, 同意/同一 统一, 周大夫 周大福, 姜小白 江小白, 眼睛/眼镜 燕京,
# 留神 六神, 学话 雪花, 久仰 九阳, 打包 大宝, 白毛 白猫, 口齿 蔻驰, 大奖 大疆, 隔离 格力, 孩儿 海尔,
# 毅力/一粒 伊利, 化为 华为, 回礼 回力, 得福 德芙, 飞了 斐乐, 飞哥 飞鸽, 老伴 老板, 反思着 范思哲) or a
# mark's characters in their ordinary sense (始祖鸟 the fossil, 七匹狼 seven wolves, 小天鹅), some beside
# 复刻 / 1:1 / 还原 / 高仿真 used of something else. Each checked with pypinyin when written.
SOUND_ALIKE_H13 = [
    "诚实守信是中华民族的传统美德", "这家店的老板说今天没得卖了，明天再来", "他俩的性格恰恰相反",
    "周末去学了恰恰舞，腿都跳软了", "孩子今天背会了李白的静夜思", "登山的时候要看好脚下的路",
    "楼下的小狗一见我就汪汪叫", "周末往往睡到中午才起", "楼下诊所的周大夫医术很好，排队的人特别多",
    "历史课讲到齐桓公姜小白的故事", "熬夜看手机，眼睛干得不行", "新配的眼镜度数好像高了",
    "过马路要留神，别看手机", "一岁半的宝宝正在学话，天天叫妈妈", "这个方案我同意，明天开会再细说",
    "久仰大名，今天终于见到本人了", "吃不完的菜打包带走，别浪费", "奶奶头上的白毛又多了几根",
    "主持人口齿清楚，听着特别舒服", "年会抽中了大奖，开心一整天", "出门前记得涂隔离霜",
    "孩儿他爸今天下班早", "减肥最需要的是毅力", "每天一粒维生素，坚持了一年", "所有的努力都化为了泡影",
    "去朋友家做客，带点回礼是礼貌", "春节贴个福字，图个得福的好意头", "风筝线一断，风筝就飞了",
    "我们俩是同一天生日，真巧", "我们车队的飞哥今天又跑了第一", "他和老伴每天早上一起去公园打太极",
    "毕业这么多年，我一直反思着当初的选择", "博物馆里的始祖鸟化石是1:1还原的模型",
    "纪录片拍到草原上七匹狼在追一头鹿", "公园湖里来了几只小天鹅", "李白故居里1:1复刻了他当年的书房",
    "高仿真的恐龙模型吓得孩儿直哭", "那家店的麻辣烫没得说，汤底是老板自己熬的",
    "学校的运动会上他恰恰跑了第三名", "这套积木1:1还原了外婆家，我和老伴都看呆了",
]
SOUND_ALIKE_FRAMES_H13 = [("{s}", ""), ("随手记", "{s}"), ("{s}", "#日常碎片"), ("{s}", "#生活vlog #记录")]
# a common-word mark, or a Latin name that is an English word, in its ordinary sense; some beside
# the mark's own product cues or 复刻/1:1 used of something else
COMMON_SENSE_H13 = [
    "这里的风景真是美的让人说不出话", "她穿上这条裙子真美的", "海边的海鸥一点都不怕人，会抢你手里的面包",
    "拿着相机拍了一下午的海鸥", "秦岭的金丝猴是国家一级保护动物", "去武汉一定要登一次黄鹤楼",
    "黄鹤楼上看长江，风特别大", "成都大熊猫基地早上去人最少", "电视里在播熊猫宝宝的纪录片",
    "国家统一是全体人民的心愿", "这次考试全年级统一阅卷", "看到这张照片我就联想到小时候",
    "做题的时候要学会联想", "小区里来了只白象造型的雕塑", "燕京是北京的古称",
    "我们老板今天请大家吃饭", "老板，来碗牛肉面多加香菜", "第一次爬长城，腿都软了",
    "长城脚下的农家乐很实惠", "他吓得六神无主", "小熊玩偶是女儿最喜欢的睡觉伙伴",
    "动物园里的小熊在树上睡觉", "站在山顶看海天一色", "雨后天边挂着一道长虹",
    "今年第一场雪花飘下来了", "窗户上结满了雪花", "广场上的飞鸽一点也不怕人",
    "沙漠里骑骆驼，屁股都颠疼了", "大白兔在草地上吃草", "过年家里贴的窗花是熊猫图案",
    "这个周末海天公园有灯会", "小熊猫比大熊猫更活泼",
    "把老房子1:1复刻成模型送给了爷爷", "金丝猴的毛在阳光下是金色的", "黄鹤楼的夜景灯光秀很漂亮",
    "白象是泰国的吉祥象征", "我家狗狗叫旺旺，今年五岁了", "店门口贴着生意旺旺的对联",
    "联想记忆法帮我背下了单词", "骆驼能好几天不喝水", "飞鸽传书是古代的通信方式",
    "那只小熊抱着蜂蜜罐的绘本孩子看了十遍", "海鸥在轮船后面追着飞", "这块地统一规划建成公园",
    "老板娘做的酸菜鱼一绝", "他把长城砖1:1复刻在了院子里", "雪花落在睫毛上很快就化了",
    "熊猫眼是熬夜熬出来的", "考完试整个人六神无主",
    "中秋节大白兔灯笼挂满了整条街", "冬天海鸥从西伯利亚飞来昆明过冬", "这只骆驼背上驮着两大包货物",
    "长虹卧波说的就是这座石拱桥", "海天相接的地方有一艘白色的船",
    "The omega symbol marks the end of the alphabet", "Our coach made us run extra laps today",
    "A white dove landed on the balcony this morning", "She is a real warrior, back at work a week after surgery",
    "We walked up to the Great Wall at sunrise", "The canon of Greek tragedy is shorter than you think",
    "It took us two days to reach the foot of Mont Blanc", "Finding a new balance between work and family",
    "A red bull charged across the field at the rodeo", "They converse in French at home",
    "The safeguard clause protects both parties", "A little swan followed its mother across the lake",
    "Panda cubs at the Chengdu base were eating bamboo", "Unity is strength, said the coach",
    "The warrior pose is my favourite in yoga class",
]
COMMON_FRAMES_H13 = {"zh": [("{s}", ""), ("今日份分享", "{s}"), ("{s}", "#周末去哪儿")],
                     "en": [("{s}", ""), ("{s}", "#weekend #life")]}
VIEWERS_H13 = ["小满的日常", "橙子不酸", "阿峰在路上", "北方的狼", "周周的周末", "一只咸鱼", "木子李",
               "晚风与你", "Kiki的碎碎念", "二胖同学", "山那边的海", "老刘钓鱼", "喵小姐", "jason_walks"]


PHRASING_H13 = Phrasing(
    "held_out_13", GOODS_H13, _price_h13, (OFFERS_ZH_H13, OFFERS_EN_H13),
    (RESALE_ZH_H13, RESALE_EN_H13), (RESALE_SEALED_ZH_H13, RESALE_SEALED_EN_H13), SEALED_GOODS_H13,
    (WARNINGS_ZH_H13, WARNINGS_EN_H13), (REVIEWS_ZH_H13, REVIEWS_EN_H13), AUTHORISED_H13,
    SOUND_ALIKE_H13, SOUND_ALIKE_FRAMES_H13, COMMON_SENSE_H13, COMMON_FRAMES_H13, VIEWERS_H13)


def thirteenth_held_out(seed: int = 191) -> list[Case]:
    """held_out_13: held_out_12's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings13()
    return _held_out_part(seed, words, MARKS_H13, PHRASING_H13, words.initials_of, DIGITS_H13)


# -- held_out_14 (issue 13, stop 29): a twelfth hand ----------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, its tests, the
# README's guard section past its first screen) nor any other part's phrasing templates; of this
# file it read only the module docstring, Case, the brand lists, MARKS_H13 and GOODS_H13 (as lists)
# and how thirteenth_held_out assembles a part (the shared Phrasing and _held_out_part: families,
# sizes, Case fields), and of bench_brands.py only the scoring, PARTS and SEALED. Its marks are the
# 51 loaded marks with the fewest held-out offers so far (held_out_13's counted twice, ties by mark:
# 16 common words, 36 Latin names); its spellings come from outside data by its own code
# (Spellings14: pypinyin's usual readings, the GB2312 level-1 and level-2 and GBK-only charts of
# Python's codecs with OpenCC's traditional forms left out, the Unicode confusables table shipped by
# confusable_homoglyphs, Unicode character names for combining marks); its phrasing is its own,
# 14 or more shapes per family and language drawn per case: live-stream calls, keyword-stuffed
# Taobao and Pinduoduo titles, Xianyu and WeChat private trade, Douyin and Xiaohongshu captions,
# English marketplace, social and rep-forum listings, Cantonese and Taiwanese posts; benign texts as
# regulators, customs, courts, police, consumer associations, lawyers, authenticators and cheated
# buyers write them, reported speech without quotation marks and questions included. Sealed: scored
# only by the lead with ``--parts held_out_14``; never printed, counts only; never run through the
# guard by its writer.
MARKS_H14 = [
    "特步", "兰蔻", "匡威", "回力", "乐高", "伊利", "佳能", "斐乐", "大疆", "戴森", "永久", "索尼", "红牛",
    "蒙牛", "海尔", "三只松鼠", "中华", "凤凰", "大宝", "片仔癀", "白猫", "施华洛世奇", "老干妈", "蓝月亮",
    "花西子", "九阳", "巴宝莉", "波司登", "爱马仕", "范思哲", "五粮液", "娃哈哈", "旺旺", "海鸥", "红豆",
    "统一", "鸿星尔克", "卡地亚", "安慕希", "珀莱雅", "蜜雪冰城", "小天鹅", "美的", "舒肤佳", "茅台", "浪琴",
    "熊猫", "白象", "蕉下", "好孩子", "比亚迪",
]
# what each mark's fakes are sold as, Chinese and (for a mark with a Latin name) English
GOODS_H14: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "特步": (("跑鞋", "160X竞速跑鞋", "运动套装", "板鞋"), ("running shoes", "racing shoes")),
    "兰蔻": (("小黑瓶精华", "菁纯面霜", "粉水", "持妆粉底液"), ("Genifique serum", "foundation", "toner")),
    "匡威": (("1970s帆布鞋", "高帮帆布鞋", "低帮帆布鞋"), ("Chuck 70 high tops", "canvas sneakers")),
    "回力": (("小白鞋", "帆布鞋", "篮球鞋"), ("canvas shoes", "white sneakers")),
    "乐高": (("机械组跑车", "千年隼", "积木套装", "城市系列积木"),
             ("Technic supercar", "Millennium Falcon set", "brick set")),
    "伊利": (("纯牛奶整箱", "金典有机奶", "奶粉"), ("milk powder", "UHT milk")),
    "佳能": (("5D4单反", "R6微单", "EF镜头", "相机电池"), ("EOS R6 camera", "EF lens", "camera battery")),
    "斐乐": (("老爹鞋", "卫衣", "网球裙", "猫爪鞋"), ("disruptor sneakers", "hoodie")),
    "大疆": (("Mini 4 Pro无人机", "Pocket 3云台相机", "运动相机", "无人机电池"),
             ("Mini 4 Pro drone", "Osmo Pocket", "drone battery")),
    "戴森": (("吹风机", "卷发棒", "无绳吸尘器", "Airwrap"),
             ("Supersonic hair dryer", "Airwrap", "cordless vacuum")),
    "永久": (("自行车", "二八大杠", "山地车"), ()),
    "索尼": (("降噪耳机", "A7M4微单", "PS5手柄", "随身听"),
             ("WH-1000XM5 headphones", "A7 IV camera", "PS5 controller")),
    "红牛": (("功能饮料", "能量饮料整箱", "罐装饮料"), ("energy drink", "energy drink 24-pack")),
    "蒙牛": (("特仑苏", "纯牛奶", "酸奶", "冰淇淋"), ("UHT milk", "yogurt")),
    "海尔": (("冰箱", "洗衣机", "热水器", "空调"), ("fridge", "washing machine")),
    "三只松鼠": (("坚果礼盒", "每日坚果", "夏威夷果", "零食大礼包"), ()),
    "中华": (("香烟", "硬盒香烟", "牙膏", "条烟"), ()),
    "凤凰": (("自行车", "公路车", "折叠车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "片仔癀": (("锭剂", "珍珠霜", "牙膏", "片剂"), ()),
    "白猫": (("洗洁精", "洗衣粉", "洗衣液"), ()),
    "施华洛世奇": (("天鹅项链", "水晶手链", "耳钉", "水晶摆件"),
                   ("swan necklace", "crystal bracelet", "earrings")),
    "老干妈": (("风味豆豉", "油辣椒", "辣椒酱"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "机洗洗衣液"), ()),
    "花西子": (("空气散粉", "雕花口红", "眉笔", "同心锁口红"), ("loose powder", "carved lipstick")),
    "九阳": (("豆浆机", "破壁机", "电饭煲", "空气炸锅"), ("soymilk maker", "blender")),
    "巴宝莉": (("风衣", "格纹围巾", "格子衬衫", "托特包"), ("trench coat", "check scarf")),
    "波司登": (("羽绒服", "长款羽绒服", "鹅绒服"), ("down jacket", "puffer coat")),
    "爱马仕": (("铂金包", "凯莉包", "丝巾", "皮带"), ("Birkin bag", "Kelly bag", "silk scarf", "belt")),
    "范思哲": (("美杜莎T恤", "香水", "墨镜", "皮带"), ("Medusa tee", "sunglasses", "cologne")),
    "五粮液": (("52度普五", "白酒礼盒", "浓香白酒"), ("baijiu", "52% baijiu gift box")),
    "娃哈哈": (("AD钙奶", "营养快线", "纯净水"), ("AD calcium milk", "bottled water")),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "小馒头"), ()),
    "海鸥": (("手表", "相机", "机械表"), ()),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("thermal underwear", "shirt")),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "鸿星尔克": (("运动鞋", "跑鞋", "运动外套", "奇弹跑鞋"), ("running shoes", "sneakers")),
    "卡地亚": (("LOVE手镯", "钉子手镯", "蓝气球手表", "三环戒指"),
               ("Love bracelet", "Juste un Clou bracelet", "Ballon Bleu watch")),
    "安慕希": (("酸奶", "常温酸奶整箱", "希腊酸奶"), ()),
    "珀莱雅": (("双抗精华", "红宝石面霜", "早C晚A套装"), ("serum", "face cream")),
    "蜜雪冰城": (("奶茶原料", "柠檬水杯", "冰淇淋粉", "雪王公仔"), ("bubble tea supplies", "plush toy")),
    "小天鹅": (("洗衣机", "烘干机", "滚筒洗衣机"), ("washing machine", "dryer")),
    "美的": (("空调", "冰箱", "电饭煲", "电风扇"), ("air conditioner", "rice cooker")),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bars", "body wash")),
    "茅台": (("飞天53度", "酱香白酒", "生肖酒", "迎宾酒"), ("Feitian baijiu", "sauce-aroma baijiu")),
    "浪琴": (("名匠机械表", "康卡斯潜水表", "心月石英表", "腕表"), ("Master Collection", "Conquest watch")),
    "熊猫": (("香烟", "条烟", "软盒香烟"), ()),
    "白象": (("方便面", "汤面整箱", "泡面整箱"), ()),
    "蕉下": (("防晒衣", "遮阳伞", "防晒帽", "冰袖"), ("sun hoodie", "UV umbrella")),
    "好孩子": (("婴儿车", "安全座椅", "童车"), ("stroller", "car seat")),
    "比亚迪": (("车载充电器", "原厂脚垫", "车模", "钥匙套"), ("car charger", "floor mats")),
}
# eaten, drunk, smoked or used up: resold sealed and unopened
SEALED_GOODS_H14 = frozenset({"兰蔻", "伊利", "红牛", "蒙牛", "三只松鼠", "中华", "大宝", "片仔癀", "白猫",
                              "老干妈", "蓝月亮", "花西子", "五粮液", "娃哈哈", "旺旺", "统一", "安慕希",
                              "珀莱雅", "蜜雪冰城", "舒肤佳", "茅台", "熊猫", "白象"})

# how sellers break a word up: ASCII and full-width punctuation, spaces of several widths,
# invisible joiners, line breaks, emoji and the dingbats of Chinese captions
SEPARATORS_H14 = [".", "·", "/", " ", "-", "_", "*", "~", "|", "^", ",", "\u200b", "\u200c",
                  "\u200d", "\u2060", "\u3000", "\u00a0", "\n", "\r\n", "、", "．", "／", "｜", "～", "，", "•", "丨",
                  "〃", "😍", "🔥", "💯", "👍", "✨", "❤️", "⭐️", "🌈", "🉐", "〰", "♡", "☆", "✔", "👇"]
DIGITS_H14 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}
# scripts whose letters the confusables table gives as twins of Latin ones
SCRIPTS_H14 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC",
               "LATIN LETTER SMALL CAPITAL")
# fancy-text alphabets as the confusables table names them (style, CAPITAL/SMALL, the letter)
FANCY_H14 = re.compile(
    r"^(MATHEMATICAL [A-Z -]+?|FULLWIDTH LATIN) (CAPITAL|SMALL)(?: LETTER)? ([A-Z])$")
ACCENTS_H14 = ("COMBINING ACUTE ACCENT", "COMBINING GRAVE ACCENT", "COMBINING DIAERESIS",
               "COMBINING TILDE", "COMBINING MACRON", "COMBINING DOT BELOW", "COMBINING RING ABOVE",
               "COMBINING CEDILLA", "COMBINING SHORT STROKE OVERLAY", "COMBINING DOUBLE LOW LINE")


def _cjk_h14(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


class Spellings14:
    """held_out_14's spelling writers over outside data: pypinyin's usual reading of each character
    and phrase, same-reading characters tiered by GB2312 level 1, level 2 and GBK-only (OpenCC's
    traditional forms left out), the confusables table's twins from other scripts and its fancy-text
    alphabets, combining marks by Unicode name."""

    def __init__(self) -> None:
        import json
        import unicodedata
        from pathlib import Path

        import confusable_homoglyphs
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin

        self._lazy, self._style = lazy_pinyin, Style
        simple = OpenCC("t2s")
        # reading -> characters, per tier, keyed both toned (tone numbers) and toneless
        self.tiers: dict[str, dict[str, list[str]]] = {t: defaultdict(list)
                                                       for t in ("level1", "level2", "gbk")}
        seen: set[str] = set()

        def add(tier: str, char: str) -> None:
            if char in seen or simple.convert(char) != char:
                return
            seen.add(char)
            toned = lazy_pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0]
            if re.fullmatch(r"[a-z]+[1-5]", toned):
                self.tiers[tier][toned].append(char)
                self.tiers[tier][toned[:-1]].append(char)

        for high in range(0xB0, 0xF8):
            for low in range(0xA1, 0xFF):
                try:
                    char = bytes((high, low)).decode("gb2312")
                except UnicodeDecodeError:
                    continue
                add("level1" if high < 0xD8 else "level2", char)
        for point in range(0x4E00, 0x9FA6):
            char = chr(point)
            try:
                char.encode("gbk")
            except UnicodeEncodeError:
                continue
            add("gbk", char)
        table = json.loads((Path(confusable_homoglyphs.__file__).parent
                            / "confusables.json").read_text(encoding="utf-8"))
        self.twins: dict[str, list[str]] = defaultdict(list)
        self.fancy: dict[str, dict[str, str]] = defaultdict(dict)
        styles: set[str] = set()
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            for entry in table.get(letter, ()):
                char, name = entry["c"], entry["n"]
                if len(char) != 1 or char.isascii():
                    continue
                if name.startswith(SCRIPTS_H14):
                    self.twins[letter].append(char)
                found = FANCY_H14.match(name)
                if found:
                    styles.add(found.group(1))
        # every letter of each alphabet by its Unicode name (the table files some under others)
        for style in sorted(styles):
            for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
                case = "CAPITAL" if letter.isupper() else "SMALL"
                middle = " LETTER" if style.startswith("FULLWIDTH") else ""
                try:
                    self.fancy[style][letter] = unicodedata.lookup(
                        f"{style} {case}{middle} {letter.upper()}")
                except KeyError:    # the holes, e.g. italic h (PLANCK CONSTANT elsewhere)
                    continue
        self.accents = [unicodedata.lookup(name) for name in ACCENTS_H14]

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        """The usual reading of each character of ``mark``: plain, toned marks or tone numbers."""
        kind = {"plain": self._style.NORMAL, "tone": self._style.TONE,
                "number": self._style.TONE3}[style]
        return self._lazy(mark, style=kind, neutral_tone_with_five=True)

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self.readings(mark))

    def separated(self, text: str, rng: random.Random) -> str:
        """Separators between every unit, or a few, or two taking turns; a Latin name also split
        once or with its case mixed."""
        units = list(text.replace(" ", "")) if not _cjk_h14(text) else list(text)
        gaps = range(1, len(units))
        style = rng.choice(("every", "every", "some", "turns", "once"))
        if style == "every":
            chosen, seps = set(gaps), [rng.choice(SEPARATORS_H14)]
        elif style == "some":
            chosen = set(rng.sample(gaps, rng.randint(1, len(gaps))))
            seps = [rng.choice(SEPARATORS_H14)]
        elif style == "turns":
            chosen, seps = set(gaps), rng.sample(SEPARATORS_H14, 2)
        else:
            chosen, seps = {rng.choice(gaps)}, [rng.choice(SEPARATORS_H14)]
        out, turn = [units[0]], 0
        for i in gaps:
            if i in chosen:
                out.append(seps[turn % len(seps)])
                turn += 1
            out.append(units[i])
        written = "".join(out)
        if not _cjk_h14(text):
            written = rng.choice((written, written.upper(), written.lower()))
        if text.lower() in written.lower():   # a space between the words of a two-word name
            return self.separated(text, rng)
        return written

    def initials(self, mark: str, rng: random.Random) -> str:
        """The initials of the usual reading: capitals, small, dotted, spaced, full-width, with a
        hashtag, or glued to a Chinese or English word as sellers do."""
        low = self.initials_of(mark)
        up = low.upper()
        return rng.choice((
            up, up, low, ".".join(up), "·".join(up), " ".join(up),
            "".join(chr(ord(c) + 0xFEE0) for c in up),   # full-width
            f"#{low}", f"{up}家", f"{up}牌", f"{up}同款", f"{low}款", f"{up}的", f"大牌{up}",
            f"{up}style", f"{low}shoes", f"{up}x", f"[{up}]", f"「{up}」", f"{up}💯"))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The usual reading written joined, spaced, capitalised, toned, tone-numbered, half in
        characters or glued to an English word; never the mark or its Latin name."""
        plain, tone, number = (self.readings(mark, s) for s in ("plain", "tone", "number"))
        joined = "".join(plain)
        half = []
        for _ in range(4):
            keep = rng.sample(range(len(mark)), rng.randint(1, len(mark) - 1))
            half.append("".join(mark[i] if i in keep else plain[i] for i in range(len(mark))))
        forms = [joined, joined.capitalize(), "".join(p.capitalize() for p in plain),
                 joined.upper(), " ".join(plain), "-".join(plain),
                 " ".join(p.capitalize() for p in plain),
                 "".join(tone), " ".join(tone), "".join(number), " ".join(number), *half,
                 f"{joined}{rng.choice(('style', 'shop', 'fans', 'vibes', 'dupe', 'goods'))}",
                 f"{rng.choice(('my', 'the', 'best', 'new'))}{joined}", f"#{joined}"]
        usable = [f for f in forms if mark not in f and f.replace(" ", "") != mark
                  and (not latin or latin.lower() not in f.lower())]
        return rng.choice(usable)

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One character (at 0.7) or more swapped for another of the same reading (same tone at
        0.6), from GB2312 level 1 at 0.6, level 2 at 0.3, GBK-only at 0.1; one character always
        kept, as a seller keeps the mark readable; never a loaded mark."""
        plain, number = self.readings(mark), self.readings(mark, "number")
        for attempt in range(200):
            chars = list(mark)
            count = 1 if rng.random() < 0.7 else rng.randint(1, len(mark) - 1)
            for i in rng.sample(range(len(mark)), count):
                tier = rng.choices(("level1", "level2", "gbk"), (6, 3, 1))[0]
                if attempt > 100:    # rare readings: any tier, any tone
                    pool = [c for t in self.tiers.values() for c in t.get(plain[i], ())]
                else:
                    key = number[i] if rng.random() < 0.6 else plain[i]
                    pool = self.tiers[tier].get(key, [])
                pool = [c for c in pool if c != mark[i]]
                if pool:
                    chars[i] = rng.choice(pool)
            written = "".join(chars)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"{mark}: no same-reading spelling")

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Letters swapped for their twins of another script, the whole name in one fancy-text
        alphabet, or accents and overlays on some letters; at least one letter changed."""
        spots = [i for i, c in enumerate(latin) if c.isalpha()]
        twinned = [i for i in spots if self.twins.get(latin[i])]
        while True:
            style = rng.choice(("twins", "twins", "fancy", "accents", "mixed"))
            chars = list(latin)
            if style == "fancy":
                alphabet = rng.choice([a for a in self.fancy.values()
                                       if all(c in a for c in latin if c.isalpha())])
                chars = [alphabet.get(c, c) for c in latin]
            if style in ("twins", "mixed") and twinned:
                for i in rng.sample(twinned, rng.randint(1, len(twinned))):
                    chars[i] = rng.choice(self.twins[latin[i]])
            if style in ("accents", "mixed") or (style == "twins" and not twinned):
                for i in rng.sample(spots, rng.randint(1, max(1, len(spots) // 2))):
                    chars[i] += rng.choice(self.accents)
            written = "".join(chars)
            # an accent on the last letter alone leaves the name readable as it is
            if latin.lower() not in written.lower():
                return written

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """Letters swapped for the digits that look like them, one or several, case kept or
        changed."""
        spots = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H14]
        chars = list(rng.choice((latin, latin.upper(), latin.lower())))
        for i in rng.sample(spots, rng.randint(1, len(spots))):
            chars[i] = DIGITS_H14[chars[i].lower()]
        return "".join(chars)


def _price_h14(rng: random.Random, english: bool) -> str:
    if english:
        amount = rng.choice((15, 19, 25, 35, 49, 60, 75, 89, 99, 120, 150, 180, 250))
        return rng.choice((f"${amount}", f"${amount}", f"{amount} USD", f"£{amount}",
                           f"US${amount}"))
    amount = rng.choice((29, 45, 68, 88, 99, 118, 139, 168, 199, 259, 299, 368, 420, 588, 888,
                         1280))
    return rng.choice((f"{amount}", f"¥{amount}", f"{amount}元", f"{amount}r", f"{amount}块",
                       f"{amount}米", f"￥{amount}"))


# Counterfeit offers (account name, title, description): {w} the mark as written, {p} the goods,
# {n} a price. Live-stream calls, stuffed titles, private trade, captions, rep-forum listings.
OFFERS_ZH_H14 = [
    ("潮鞋工厂直营", "{w}{p} 纯原版本 原厂材料 支持验货", "莆田一手货源，跟专柜的放一起看不出区别，{n}包邮，要的私信"),
    ("小美直播间", "今晚直播间{w}{p}高仿福利", "家人们上链接了！一比一复刻{w}{p}，专柜几千，咱直播间只要{n}，扣1给你留一单"),
    ("阿K高货", "", "{w}{p}顶级复刻，细节做到位，懂的来，vx在主页"),
    ("档口老周", "【现货】{w} {p} 公司级 原装盒子 {n}", "跟正品一条线下来的仿货，没有鉴定证书，介意勿拍"),
    ("闲置好物铺", "{w}{p} A货 九成像", "不是正品哈，买过的都说好，{n}出，可小刀"),
    ("港货批发-阿华", "{w}{p}超A 原单货", "仿得最好的一批，外贸原单，没有发票，批发价{n}，量大从优"),
    ("万能的小王", "{w}{p}", "精仿{w}{p}到了，盒子吊牌齐全，原价的零头，{n}到手"),
    ("品牌折扣仓", "🔥{w}同款{p}🔥高仿 专柜品质", "正品要好几千？这款高仿版本只要{n}！七天包换"),
    ("直播间小助理", "3号链接 {w}{p} 一比一", "主播手上这个就是，和正品放一起你分不出来，{n}秒杀，手慢无"),
    ("微商Lily", "{w}{p}｜高版本｜可对比专柜", "朋友圈都是实拍，不是正品但质量杠杠的，{n}，加微信看更多款"),
    ("表哥好物", "{w}{p} 顶级复刻 做工对版", "最新版本，细节对版，{n}，可视频看货"),
    ("货源一手", "工厂直发{w}{p}仿品", "仿品，品质保证，支持一件代发，{n}，代理价另谈"),
    ("阿强潮物", "{w}{p} 高仿货 靓到爆", "呢批{w}{p}做得好正，同真嘅差唔多，{n}一件，有兴趣PM"),
    ("台北小舖", "{w}{p} 副廠 高仿 現貨", "跟正品幾乎一樣，價格只要{n}，私訊下單，超商取貨"),
    ("淘好货", "{w}{p}新款高仿正品级男女同款爆款包邮", "高仿正品级，不是专柜货，介意慎拍，{n}包邮"),
    ("拼团鸭", "【拼团{n}】{w}{p}一比一原版复刻", "3人成团，高仿{w}{p}，质量不满意包退"),
    ("种草姬", "谁懂啊！{n}拿下{w}{p}复刻版", "#复刻 #{w} 这个复刻版{p}真的和专柜一模一样，链接私我"),
    ("抖店优品", "{w}{p} 高仿 #好物推荐", "评论区扣“要”，私信发你购买方式，{n}"),
    ("仿品出清", "出各种{w}仿品", "现出一批{w}{p}仿品，成色新，{n}一个，打包更便宜"),
    ("夜市阿伟", "{w}{p} 就是仿的 别问", "直说了，这是高仿{w}{p}，要正品别找我，{n}你还想要啥"),
    ("代理招募", "招代理：{w}{p}高仿一手货源", "零库存一件代发，利润高，拿货价{n}，私聊发图册"),
    ("小鱼闲置", "", "有要{w}{p}的吗 仿的 但是做工很好 {n}出 同城可面交"),
    ("精品工作室", "{w}{p}原厂原单 高端复刻 顶级工艺", "细节图见详情，区别于市面通货版本，{n}"),
    ("奢品工作室", "{w}{p} 1:1", "和正品同样的材料同样的工艺，1:1 复刻，{n}，顺丰到付"),
    ("阿峰直播", "别眨眼！{w}{p}仿款{n}！", "兄弟们，这个仿款{w}{p}，你拿出去谁看得出来？{n}，三二一上车"),
    ("老铁优选", "{w}{p}", "高仿的，我不骗人，{n}一件，要的扣666"),
    ("批发城档口", "{w}{p}尾货 仿牌", "仿牌货，档口价{n}，一手货源，欢迎同行拿货"),
    ("代购Mandy", "{w}{p}专柜同款复刻版", "跟专柜买的对比过，几乎无差，复刻版只要{n}，下单备注颜色"),
    ("私人订制", "{w}{p}高仿 私聊", "朋友圈不方便发，高仿{w}{p}要的私聊，价格{n}起"),
    ("清仓王", "{w}{p}高仿清仓 最后20件", "高仿{w}{p}库存清仓，原价{n}，今天五折，卖完不补"),
]
OFFERS_EN_H14 = [
    ("LuxeReps", "{w} {p} 1:1 replica - best batch", "Mirror quality {w} {p}, identical to retail. {n} shipped, DM to order."),
    ("sneakerplug_88", "{w} {p} UA reps", "Unauthorized authentic {w} {p}, same factory. {n} + free shipping. WhatsApp in bio."),
    ("dealsdaily", "Replica {w} {p} for only {n}", "Looks exactly like the real {w}. Nobody will know it's a fake. Limited stock!"),
    ("", "{w} {p} AAA quality copy", "AAA grade copy of the {w} {p}. {n} each, bulk discount for resellers."),
    ("handbagqueen", "{w} {p} super fake 🔥", "Top tier super fake {w} {p}, comes with the box. {n}. Link in comments 👇"),
    ("wholesale_direct", "Factory direct {w} {p} replicas", "We ship worldwide. Replica {w} {p} at {n}, MOQ 10 pcs."),
    ("Jen LIVE", "going live with fake {w} {p}", "these are 1:1 copies of the {w} {p}, not authentic but you can't tell, {n} tonight only, comment WANT"),
    ("rep_finder", "Best {w} {p} rep on the market", "QC pics available. GL or RL? Easy GL. {n}, PayPal F&F only."),
    ("mall_stall_kl", "{w} {p} first copy", "First copy {w} {p}, premium quality, {n}. Cash on delivery available."),
    ("", "cheap {w} {p} knockoff", "knockoff {w} {p} but honestly 9/10 quality for {n}. message me"),
    ("AuthenticLook Store", "{w} {p} mirror copy with card", "Mirror copy with a fake serial card and receipt. {n}. Tracking provided."),
    ("thefinds.ig", "{w} {p} replica restock", "Restocked the {w} {p} replicas you asked for! {n}, DM REP to order 🛍️"),
    ("bargainbin77", "{w} {p} - replica, not genuine", "Sold as replica only, not genuine {w}. {n} or best offer."),
    ("", "{w} {p} copy", "Good quality copy of the {w} {p}, never used. {n}, pick up or post."),
    ("reseller_hk", "{w} {p} 1比1 replica", "Hong Kong factory replica of the {w} {p}, {n}. Ships from HK in 3 days."),
    ("Max live deals", "{w} {p} fakes - link 4", "Link 4, the {w} {p} fakes, guys these are the good fakes, {n}, grab it before it's gone!"),
]

# Resale by individuals, with receipts, warranty cards, authentication and refund promises.
RESALE_ZH_H14 = [
    ("搬家清仓", "自用{m}{p}转让 附购物小票", "专柜买的{m}{p}，用了几次，小票和保卡都在（见图），支持任何平台鉴定，假的包退"),
    ("小雨的闲置", "{m}{p} 九五新 有发票", "去年双十一官方旗舰店下单，发票在订单里可以截图，{n}出，不议价"),
    ("宝妈转闲置", "{m}{p}闲置出", "孩子大了用不上，官网买的，有订单截图，{n}自提优先"),
    ("阿乐的衣橱", "出 {m}{p}", "只试过一次，吊牌还在，附专柜购物小票，支持得物鉴定，不是正品十倍赔"),
    ("毕业甩卖", "毕业出{m}{p}", "正品，京东自营买的，可以看订单，{n}，学校面交"),
    ("", "{m}{p}转手 原价{n}", "收到礼物重复了，全新，带购物小票和包装，保真，可走验货宝"),
    ("出闲置的老张", "{m}{p}自用闲置", "国行正品，保修卡和发票齐全，还在保，{n}，同城可验货"),
    ("香港阿May", "自用{m}{p}放售", "喺专门店买嘅，有单据，用咗几次，{n}，可以验货"),
    ("台北小資女", "二手{m}{p}", "百貨公司專櫃購入，附購買證明，狀況良好，{n}面交"),
    ("换季清理", "{m}{p} 八成新", "有使用痕迹介意勿拍，保真，官方店购入，支持专柜验真，假一赔三"),
    ("数码发烧友", "{m}{p} 国行 在保", "发票在，保修期还有半年，换新了所以出，{n}"),
    ("楼下邻居", "群里问的{m}{p}", "我自己在官方店买多了，按原价{n}转，有付款记录"),
    ("婚礼余品", "{m}{p}婚礼用剩", "专卖店开的发票，全新没用，{n}，可开箱验"),
    ("鉴定后出", "已鉴定 {m}{p}", "第三方鉴定证书随物附上，正品，{n}，售出不退但假货包退"),
    ("极简生活中", "断舍离：{m}{p}", "买了没怎么用，专柜小票找到了一起给你，{n}，顺丰到付"),
]
RESALE_EN_H14 = [
    ("moving_sale", "{m} {p} - used, with receipt", "Bought at the {m} store last year, receipt and warranty card included. {n}, happy to meet at the store to verify."),
    ("", "Genuine {m} {p} for sale", "Authentic, purchased from the official website (order confirmation attached). Selling for {n} because I upgraded."),
    ("closet_cleanout", "{m} {p} worn twice", "100% authentic, original box and receipt. Open to third-party authentication. {n}."),
    ("gadget_swap", "{m} {p} under warranty", "Still under manufacturer warranty, invoice in hand. {n} obo."),
    ("poshseller", "{m} {p} - authenticated", "Authenticated by the platform, tags attached. Full refund if it fails authentication."),
    ("garage_sale_sat", "{m} {p}, gift I never used", "Received as a gift, never used, gift receipt included. {n}."),
    ("", "selling my {m} {p}", "Selling my {m} {p}, bought new from an authorised dealer in 2023, papers included. {n}, no trades."),
]
RESALE_SEALED_ZH_H14 = [
    ("囤货太多", "{m}{p}全新未拆封", "超市活动囤多了，保质期到明年，小票拍给你看，{n}打包出"),
    ("年货转让", "单位发的{m}{p} 未开封", "过年单位发的，家里用不上，原封未动，{n}自提"),
    ("回收店老李", "{m}{p}整箱 有购买记录", "旗舰店购买记录可查，箱子没拆，{n}"),
    ("小姐姐的闲置", "{m}{p} 全新", "专柜柜姐给的，全新没用过，保真，有购物袋和小票，{n}"),
    ("", "转 {m}{p} 日期新鲜", "买错了款，原箱未拆，生产日期今年的，{n}包邮，正品放心"),
    ("礼品回收", "送礼剩下的{m}{p}", "朋友送的，商超购买，封口完好，可以扫防伪码，{n}"),
    ("团长", "多拼的{m}{p}转出", "官方渠道团购多拼了两件，{n}一件，未拆封，需要的带走"),
    ("澳门返", "澳门免税店{m}{p}", "免税店买的，有小票，未拆封，{n}"),
    ("宿舍清库存", "{m}{p}没拆过", "开学带多了，超市小票还在，{n}，楼下自取"),
]
RESALE_SEALED_EN_H14 = [
    ("pantry_clear", "{m} {p}, sealed", "Sealed, bought from the supermarket, receipt in photo. Best before next year. {n}."),
    ("", "unopened {m} {p} gift set", "Got two at Christmas, this one is still unopened with the shop receipt. {n}, pick up only."),
    ("duty_free_finds", "{m} {p} from duty free", "Bought at airport duty free, sealed, receipt included. {n}."),
    ("bulk_buyer", "{m} {p} case, unopened", "Ordered too many from the official store, case unopened, order history available. {n}."),
    ("", "extra {m} {p}", "Bought a multipack and don't need the rest. All sealed, receipt attached. {n} for the lot."),
]

# Consumer warnings: regulators, customs, courts, police, associations, lawyers, authenticators,
# cheated buyers; reported speech without quotation marks and questions among them.
WARNINGS_ZH_H14 = [
    ("消费维权小课堂", "买{m}{p}避坑指南", "那些说一比一复刻还{n}包邮的{m}{p}，统统是假货，别贪便宜"),
    ("市场监管局", "关于假冒{m}{p}的消费提示", "近期我局查获一批假冒{m}{p}，提醒广大消费者通过正规渠道购买，发现售假请拨打12315举报"),
    ("", "买高仿{m}{p}犯法吗？", "问一下，自己买一个高仿的{m}{p}自用，算违法吗？卖家说很多人买没事，心里还是没底"),
    ("被坑的小刘", "花{n}买到假{m}{p}，气死", "直播间买的，说是正品，到手一看做工粗糙，拿去专柜一验是假的，商家已经拉黑我了，大家别在那家买"),
    ("打假博主老K", "教你三招辨别真假{m}{p}", "凡是跟你说原单、尾货、工厂直供的{m}{p}，十个有九个是仿的，正品价格不可能这么低"),
    ("海关发布", "海关查获侵权{m}{p}", "某海关在出口货物中查获侵犯{m}商标专用权的{p}共计2300件，货值约46万元，已依法扣留"),
    ("法院公众号", "销售假冒{m}{p}，获刑三年", "被告人王某通过网店销售假冒{m}{p}1200余件，销售金额38万余元，法院以销售假冒注册商标的商品罪判处其有期徒刑三年"),
    ("消费者协会", "消协提醒：警惕低价{m}{p}", "有消费者反映在社交平台以{n}购买所谓内部渠道{m}{p}，收货后发现系假冒产品。价格明显低于市场价的，多为仿冒"),
    ("宝妈碎碎念", "", "姐妹们千万别在朋友圈买{m}{p}，我闺蜜买的说是专柜货，到手就觉得不对，一查是假的"),
    ("", "直播间卖的{m}{p}是真的吗", "看到有主播卖{m}{p}才{n}，说是品牌清仓，这价格靠谱吗？有懂的吗"),
    ("鉴定师阿杰", "最近收到很多假{m}{p}送鉴", "这一批仿品做得很像，但是字体和细节还是有差别，买二手的一定要找靠谱的鉴定"),
    ("律师说法", "卖高仿{m}{p}要承担什么责任？", "很多人觉得卖点高仿{m}{p}没什么，其实情节严重的可能构成销售假冒注册商标的商品罪，买家还可以主张退一赔三"),
    ("吃过亏的人", "说什么一比一复刻的都是骗子", "那些跟你说{m}{p}一比一复刻专柜品质的，收了钱发给你的就是地摊货，我交了{n}学费"),
    ("阿May提提你", "小心假{m}{p}", "网上好多平到离谱嘅{m}{p}，讲到同正货一样，其实全部都系假嘢，唔好贪平"),
    ("消保官說", "網購{m}{p}注意", "近期接獲多起民眾網購{m}{p}收到仿冒品的申訴，請消費者認明官方授權通路"),
    ("新闻早知道", "警方捣毁制售假冒{m}{p}窝点", "警方现场查获假冒{m}{p}成品5000余件、商标标识2万余枚，涉案金额超千万元，抓获犯罪嫌疑人12名"),
    ("", "收到的{m}{p}疑似假货怎么办", "在某平台花{n}买的{m}{p}，包装印刷模糊，防伪码查不到，已申请退款，商家不同意，求支招"),
    ("打假人", "为什么{m}{p}的高仿这么多", "因为利润太高了。那些号称原厂尾单、一比一、公司级的{m}{p}，本质都是假货，买的人也在助长侵权"),
    ("理性消费", "", "提醒一句：{n}的{m}{p}不可能是真的，别信什么内部渠道，认准官方旗舰店"),
    ("平台治理公告", "关于打击假冒{m}{p}的公告", "平台近期下架涉嫌售假的{m}{p}商品链接312条，处置违规账号45个，欢迎用户举报"),
    ("家长群转发", "转：辨别假冒{m}{p}", "群里转的，说外包装颜色偏深、没有防伪标的就是假的{m}{p}，大家买的时候看一下"),
    ("市场监管所", "查处一起销售假冒{m}{p}案", "执法人员在某商铺发现涉嫌假冒的{m}{p}86件，标价{n}，当事人无法提供进货凭证，已立案调查"),
    ("评论区路人", "", "楼上说的那种一比一{m}{p}千万别买，我上次买的用了一周就坏了，售后都找不到"),
    ("", "朋友送的{m}{p}，怎么看是不是高仿", "朋友从国外带的{m}{p}，我怀疑是高仿，有没有办法辨认？不好意思直接问她"),
    ("维权日记", "假{m}{p}退一赔三成功了", "上个月买到假{m}{p}，找12315投诉，商家最后退一赔三，证据一定要留好：聊天记录、鉴定报告、付款截图"),
    ("检察院发布", "制售假冒{m}{p}案提起公诉", "犯罪嫌疑人租用民房生产假冒{m}{p}，经鉴定共计1.3万件，非法经营额逾200万元，检察机关已依法提起公诉"),
]
WARNINGS_EN_H14 = [
    ("ConsumerWatch", "How to spot a fake {m} {p}", "Sellers who say their {m} {p} is 1:1 or mirror quality are selling counterfeits, full stop. Don't pay {n} for a fake."),
    ("", "Is buying a replica {m} {p} illegal?", "Asking for a friend: is it illegal to buy a replica {m} {p} for personal use? I see them all over social media."),
    ("scam_alert", "Got scammed on a {m} {p}", "Paid {n} for what was listed as a genuine {m} {p}. Arrived today and it's obviously fake. Seller blocked me. Reported."),
    ("Border news", "Officers seize counterfeit {m} {p}", "Officers seized 1,450 counterfeit {m} {p} that would have been worth $2.3 million had they been genuine."),
    ("Trading Standards", "Warning: fake {m} {p} sold online", "We have received reports of counterfeit {m} {p} sold through social media. If the price looks too good to be true, it probably is."),
    ("lurker_no_more", "", "anyone selling UA or rep {m} {p} is selling counterfeits, they just use nicer words for it"),
    ("", "PSA: those {m} {p} ads are scams", "Those ads with {m} {p} at 90% off are scams, the site ships knockoffs or nothing at all."),
    ("Court reporter", "Man sentenced for selling counterfeit {m} {p}", "A 34-year-old was sentenced to 18 months after selling more than 900 counterfeit {m} {p} online, the court heard."),
    ("Authentication Tips", "Fake vs real {m} {p}", "The fake {m} {p} we got in this week had the wrong font and cheap hardware. Always buy from authorised retailers."),
    ("mom_of_3", "Bought a fake {m} {p} by mistake", "Thought I got a bargain at {n}, turned out to be a knockoff. The marketplace refunded me after I sent photos."),
    ("", "why are fake {m} {p} everywhere?", "Every second listing for {m} {p} on that site is a replica. Is nobody enforcing anything?"),
    ("Police news", "Counterfeit {m} goods seized in raid", "Police seized around 3,000 fake {m} {p} and arrested two people at a warehouse on Tuesday."),
    ("", "can I get in trouble for a fake {m} {p}?", "Bought a fake {m} {p} abroad without knowing. Will customs take it when I fly home?"),
]

# Reviews and news that name the mark plainly, some comparing the real thing with fakes.
REVIEWS_ZH_H14 = [
    ("数码测评君", "{m}{p}上手一个月真实体验", "说说优缺点：做工没得挑，价格偏高，适合预算充足的人。想省钱别买假的，官方翻新也是一个选择"),
    ("开箱达人", "开箱：{m}{p}", "官方旗舰店下单，包装完整，附件齐全，做工扎实，{n}这个价位值不值大家自己判断"),
    ("真假对比实验室", "正品{m}{p}VS高仿，差在哪？", "买了一个正品和一个高仿对比，高仿的材质明显偏硬，logo印刷也不清楚，建议别买仿的"),
    ("财经快讯", "{m}发布三季度财报", "{m}三季度营收同比增长12%，{p}销量创新高，公司表示将加大打假投入"),
    ("时尚周刊", "{m}新一季{p}发布", "{m}今日发布新一季{p}，延续品牌经典设计，本周末全国门店同步上市"),
    ("本地新闻", "{m}门店开业", "{m}在本市新开的门店今天开业，不少市民排队购买{p}"),
    ("买家秀", "", "在{m}专柜买的{p}，柜姐很耐心，用了半个月感觉还不错，就是有点贵"),
    ("测评博主", "{m}{p}值得买吗？", "客观说，{m}{p}在同价位里算第一梯队，但不是每个人都需要，按需购买"),
    ("法治日报", "{m}商标侵权案一审宣判", "法院认定被告在网店使用与{m}近似的标识销售{p}构成商标侵权，判赔经济损失50万元"),
    ("", "{m}{p}和国产平替对比", "{m}的{p}用料确实好，不过这个国产牌子的也不差，价格只有三分之一，看个人需求"),
    ("vlog日常", "把家里的{m}{p}拿出来保养", "用了三年的{m}{p}，今天清洁保养一下，顺便说说使用经验"),
    ("行业观察", "{m}为什么能火这么多年", "从{p}说起，{m}的渠道管控和打假力度在行业里都算严的"),
    ("粤语开箱", "开箱{m}{p}", "喺官网订嘅{m}{p}今日到咗，包装好靓，做工一流"),
    ("台灣評測", "{m}{p}使用心得", "用了{m}{p}兩個月，整體滿意，缺點是價格偏高"),
    ("调查记者", "暗访：{m}{p}高仿产业链", "记者暗访发现，部分商家以原单名义售卖高仿{m}{p}，正品与仿品价格相差十倍，业内人士提醒消费者认准官方渠道"),
    ("买了后悔系列", "", "{m}{p}正品用着确实舒服，之前贪便宜买过假的，差距很明显，一分钱一分货"),
    ("双十一攻略", "{m}{p}今年最低价是多少", "整理了一下，官方旗舰店{p}叠券后到手价比去年低一点，想买的可以蹲一蹲"),
]
REVIEWS_EN_H14 = [
    ("TechReviewer", "{m} {p} review after 3 months", "The {m} {p} is well built and worth it if you use it daily. Skip the knockoffs, the build quality is nowhere close."),
    ("", "Unboxing the new {m} {p}", "Ordered from the official store, arrived in two days. First impressions: solid, premium, pricey at {n}."),
    ("Business Daily", "{m} reports record sales of {p}", "{m} said sales of its {p} rose 15 percent this year and that it would step up action against counterfeiters."),
    ("realvsfake", "Real vs fake {m} {p}: side by side", "I bought a fake on purpose to compare with my genuine {m} {p}. The stitching and the weight give it away immediately."),
    ("style_blog", "Is the {m} {p} worth the hype?", "Honestly yes, if it fits your budget. I've had mine for two years and it still looks new."),
    ("Local News", "{m} opens flagship store downtown", "Hundreds lined up on Saturday as {m} opened its new flagship store, with its {p} among the best sellers."),
    ("gear_nerd", "{m} {p} long-term update", "One year in with the {m} {p}: no issues, still going strong, would buy again."),
    ("", "{m} {p} vs the cheaper alternatives", "The {m} {p} costs more but lasts longer. The cheaper brands are fine, just don't buy counterfeits."),
    ("Market report", "{m} raises prices of {p}", "{m} raised the price of its {p} by about 5 percent in most markets this month, citing material costs."),
]

# The owner's and its authorised shops' own posts: (signer, account name, title, text).
AUTHORISED_H14 = [
    ("owner", "{m}官方", "{m}{p}新品上市", "全新{p}今日首发，官方旗舰店及授权门店同步发售，认准官方渠道"),
    ("owner", "{m}官方", "{m}声明：谨防假冒{p}", "近期发现有不法商家销售仿冒{m}{p}，{m}仅通过官方旗舰店及授权门店销售，请认准防伪标识"),
    ("owner", "{m}", "双十一{m}{p}限时直降", "{p}限时直降，前1000名下单送赠品，官方正品，假一赔十"),
    ("owner", "{m}官方账号", "今晚8点直播预告", "今晚8点{m}官方直播间，{p}全场福利价，品牌直供，正品保障，主播带你逛工厂"),
    ("owner", "{m}品牌", "{m}{p}以旧换新", "旧{p}抵扣现金，官方以旧换新活动进行中，详情见小程序"),
    ("owner", "{m}", "#晒出你的{m}{p}#", "晒出你的{m}{p}，赢取限量礼盒！活动详情见置顶"),
    ("owner", "{m}官方客服", "如何验证{m}{p}真伪", "扫描包装上的防伪码，或到官方小程序输入序列号，即可查询真伪，仿冒品无法通过验证"),
    ("owner", "{m}官方", "{m}{p}｜全球同步发售 Global launch", "{m}{p} now available worldwide. 官方渠道购买享正品保障"),
    ("owner", "{m}官方", "{m}打假年报", "过去一年，{m}协助各地执法部门查处假冒{p}案件百余起，感谢消费者的每一次举报"),
    ("shop", "{m}授权店", "{m}{p}到货", "{m}官方授权，{p}现货，门店可自提，支持专柜验货"),
    ("shop", "{m}授权专卖", "【官方授权】{m}{p}正品 包邮 7天无理由", "品牌授权书见详情页，全国联保，正品保证，拍下48小时内发货"),
    ("shop", "{m}授权店", "直播间宝宝们看过来", "{m}{p}，今天直播间价格比平时低，授权店正品，家人们冲"),
    ("shop", "{m}授权店-小林", "老顾客回馈", "感谢大家一直支持，本店所有{m}{p}均为品牌直供，凭小票可享终身保养"),
    ("shop", "{m}授权店", "{m}{p}新款到店", "新款{p}已到店，欢迎到门店试用，授权证书挂在收银台"),
    ("shop", "{m}授權經銷", "{m}{p}週年慶", "週年慶期間{p}全面優惠，正品公司貨，提供保固"),
    ("shop", "{m}授权店", "真假{m}{p}怎么分？", "经常有顾客拿网上买的{p}来问，这里说明一下：本店只卖正品，外面所谓一比一的都是仿冒，购买请认准授权"),
    ("shop", "{m}授权店", "老款清仓特价", "{m}{p}老款清仓，正品特价，数量有限，售完即止"),
    ("shop", "{m}授权店", "🔥{m}{p}爆款返场🔥", "上次直播秒空的{p}返场了！授权正品，下单送小样，链接在橱窗"),
    ("shop", "{m}授权门店", "{m}{p}到店自提", "线上下单，门店自提，当场验货，开具正规发票"),
    ("shop", "{m}授权店", "{m}{p}会员日", "会员日全场{p}九折，积分翻倍，本店为{m}官方授权经销商，假一罚十"),
    ("owner", "{m}官方", "{m}{p}官方售后说明", "仅官方及授权渠道购买的{p}享受官方保修，非授权渠道商品无法提供售后，请谨慎选择"),
]

# Ordinary words that read like a mark (pypinyin's and jieba's word lists, toneless), in everyday
# sentences, some next to 复刻 / 一比一 / 高仿 in their ordinary sense.
SOUND_ALIKE_H14 = [
    "这次比赛孩子拿了大奖，奖品是一个保温杯",
    "东北大酱配黄瓜，复刻了姥姥的味道",
    "站在江边看大江东去，拍了一张全景",
    "他是球队的大将，这场一个人拿了30分",
    "减肥靠的是毅力，我坚持三个月瘦了十斤",
    "伊犁的薰衣草开了，新疆之行第三天",
    "医生说一天一粒，饭后吃，别忘了",
    "奶奶常说孩儿们回家吃饭，今年终于团圆了",
    "我完全同意你的观点，这件事就这么定了",
    "我俩在同一个班，今天一比一还原了毕业照",
    "周末往往是最累的，因为要带娃",
    "小狗一见我回家就汪汪叫",
    "诚实是一种美德，从小就要教",
    "久仰大名，今天终于见到本人了",
    "走亲戚带的回礼是一箱橙子",
    "春天到了，去地里种花种菜",
    "外卖吃不完就打包带回家",
    "超市买了一大包薯片，追剧必备",
    "戴白帽的厨师做的面最好吃",
    "我家狗狗是白毛的，掉毛掉得厉害",
    "南昌古称洪都，今天去滕王阁打卡",
    "小心脚下，台阶很滑",
    "这只小狐狸眼神狡黠，太可爱了",
    "今天买了百香果，泡水喝超级香",
    "上海话里白相就是玩的意思",
    "楼下流浪猫里有一只大雄猫，特别凶",
    "你老干嘛呢，一天到晚不回消息",
    "这鸟飞了就不回来了，笼子没关好",
    "猫抬头看着窗外的鸟，一动不动",
    "蓝扣子的衬衫配白裤子，清爽",
    "回家能睡个好觉比什么都强",
    "生活的况味，只有自己知道",
    "新闻里说路人勇救落水儿童，太勇敢了",
    "他猛扭方向盘才躲过去，吓出一身汗",
    "这个锁你自己装的吗，看着挺结实",
    "屹立在山顶的灯塔，一比一做了个模型",
    "穆斯林朋友说今天是回历新年",
    "这一例手术很成功，医生松了口气",
    "在家能做的简单甜品，复刻网红店的布丁",
    "会理石榴熟了，又甜又多汁",
]
SOUND_ALIKE_FRAMES_H14 = [("{s}", ""), ("", "{s}"), ("记录一下", "{s} #生活"), ("{s}", "#vlog日常 #随手拍")]

# The common-word marks in their ordinary sense, some beside the mark's own product words.
COMMON_SENSE_H14 = [
    "友谊永久，毕业十年了我们还常聚", "这款染发剂是永久的吗？染了一个月还没掉",
    "小时候爸爸骑自行车送我上学，那段记忆永久珍藏", "网盘会员是永久有效的吗，今天打折",
    "牧场里有一头红牛，是这里的镇场之宝", "老家的黄牛红牛都有，今年养了八头",
    "这幅油画叫红牛，画的是田里的耕牛", "A red bull wandered onto the road this morning, traffic stopped for ten minutes",
    "中华文化博大精深，今天带孩子去博物馆", "中华民族的传统节日，端午节快乐",
    "中华田园犬真的很聪明，我家这只会看门", "复刻了一道中华老字号的点心，自己在家做的",
    "凤凰古城的夜景太美了", "凤凰卫视今晚有一部纪录片",
    "传说中的凤凰涅槃重生", "骑自行车游凤凰古镇，一路都是吊脚楼",
    "大宝今天第一天上幼儿园，二宝在家哭了一天", "我家大宝考了双百，奖励他一顿火锅",
    "大宝二宝一起过生日，复刻了去年的蛋糕", "二胎妈妈的日常：大宝写作业，二宝捣乱",
    "楼下那只白猫又来蹭饭了", "白猫黑猫，抓到老鼠就是好猫",
    "我家白猫洗完澡像换了一只猫", "领养了一只白猫，眼睛一蓝一黄",
    "今晚能看到蓝月亮吗？天文爱好者集合", "昨晚的蓝月亮又大又亮，拍了一百张",
    "蓝月亮这首老歌真好听", "一个月里第二次满月就叫蓝月亮，长知识了",
    "我家狗叫旺旺，今天三岁了", "祝大家新年旺旺旺，财源滚滚",
    "旺旺，过来吃饭！", "我家小狗旺旺最爱吃雪饼渣，每次都蹲在旁边等",
    "海边的海鸥会抢游客手里的薯条", "冬天去滇池喂海鸥，红嘴鸥特别多",
    "海鸥飞过灯塔，终于拍到了", "契诃夫的话剧海鸥今晚首演",
    "红豆生南国，春来发几枝", "熬了一锅红豆薏米粥，祛湿",
    "红豆沙冰淇淋，夏天必备", "奶茶加红豆加珍珠，快乐加倍",
    "秦始皇统一六国，书同文车同轨", "公司要求统一着装，下周一开始",
    "校服统一订购，家长群里在接龙", "全班统一口径：作业还没布置",
    "女儿第一次跳四小天鹅，紧张又可爱", "公园湖里来了几只小天鹅",
    "芭蕾课上，小天鹅们排成一排", "Our daughter was one of the little swans in the school ballet tonight",
    "今天的晚霞美的不像话", "这张照片拍得美美的，滤镜是什么",
    "夕阳下的海边美的让人想哭", "你穿这件美的冒泡",
    "成都看熊猫，花花太可爱了", "熊猫基地早上去人少，记得早起",
    "大熊猫宝宝第一次吃竹子", "熊猫眼是熬夜熬出来的",
    "泰国的白象被视为吉祥之物", "这个项目成了白象工程，花了钱没人用",
    "动物园新来了一头白象", "海明威的白象似的群山，读了三遍",
    "妈妈说我是好孩子，今天自己整理了书包", "好孩子都是夸出来的",
    "幼儿园老师夸他是好孩子，发了小红花", "Good baby tonight, slept eight hours straight",
]
COMMON_FRAMES_H14 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#分享生活")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#life #family")]}
VIEWERS_H14 = ["晚风与海", "阿飞不飞", "二宝妈妈", "小城大事", "爱吃饭的猫", "周末骑行队", "老王看世界",
               "一只柚子", "Sunny日记", "山野闲人", "打工人小张", "今天也要开心"]
PHRASING_H14 = Phrasing(
    "held_out_14", GOODS_H14, _price_h14, (OFFERS_ZH_H14, OFFERS_EN_H14),
    (RESALE_ZH_H14, RESALE_EN_H14), (RESALE_SEALED_ZH_H14, RESALE_SEALED_EN_H14), SEALED_GOODS_H14,
    (WARNINGS_ZH_H14, WARNINGS_EN_H14), (REVIEWS_ZH_H14, REVIEWS_EN_H14), AUTHORISED_H14,
    SOUND_ALIKE_H14, SOUND_ALIKE_FRAMES_H14, COMMON_SENSE_H14, COMMON_FRAMES_H14, VIEWERS_H14)


def fourteenth_held_out(seed: int = 211) -> list[Case]:
    """held_out_14: held_out_13's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings14()
    return _held_out_part(seed, words, MARKS_H14, PHRASING_H14, words.initials_of, DIGITS_H14)


# -- held_out_15 (issue 13, stop 30): a thirteenth hand --------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, its tests, the
# README's guard section past its first screen) nor any other part's phrasing templates; of this
# file it read only the module docstring, Case, the brand lists, MARKS_H10 .. MARKS_H14 and
# GOODS_H14 (as lists) and how fourteenth_held_out assembles a part (the shared Phrasing and
# _held_out_part: families, sizes, Case fields), and of bench_brands.py only the scoring, PARTS and
# SEALED (a stray search showed it one warning title that held_out_12 and held_out_14 share with
# a title it had written; it changed its own). Its marks are the 51 loaded marks with the fewest held-out offers so far (held_out_14's
# counted twice, ties by mark: 21 common words, 27 Latin names, 42 not in held_out_14); its
# spellings come from outside data by its own code (Spellings15: pypinyin's readings toned,
# tone-numbered and toneless, same-reading characters from GB2312 level 1, level 2 and GBK-only
# charts of Python's codecs with OpenCC's traditional forms left out, the Unicode confusables table
# shipped by confusable_homoglyphs, fancy alphabets, enclosed letters and combining marks looked up
# by Unicode name); its phrasing is its own, 20 or more shapes per family drawn per case: live-stream
# calls and bargaining, keyword-stuffed Taobao and Pinduoduo titles, Xianyu and WeChat private trade,
# group-buy and daigou posts, Douyin and Xiaohongshu captions, comment replies, English marketplace,
# rep-forum and overseas sellers' listings, Cantonese and Taiwanese posts; benign texts as resellers
# with receipts and refund promises, authentication services, regulators, customs, courts, police,
# lawyers, brand-protection teams and cheated buyers write them, reported speech without quotation
# marks and questions included. Sealed: scored only by the lead with ``--parts held_out_15``; never
# printed, counts only; never run through the guard by its writer.
MARKS_H15 = [
    "洽洽", "立白", "大白兔", "良品铺子", "燕京", "老板", "元气森林", "金丝猴", "长城", "黄鹤楼", "六神",
    "小熊", "海天", "雪花", "飞鸽", "骆驼", "江小白", "海澜之家", "王老吉", "雅诗兰黛", "亚瑟士", "同仁堂",
    "始祖鸟", "新百伦", "普拉达", "格兰仕", "欧米茄", "百雀羚", "周大福", "资生堂", "雅戈尔", "云南白药",
    "纪梵希", "苏泊尔", "太平鸟", "老凤祥", "联想", "雅马哈", "七匹狼", "宝格丽", "旺旺", "欧莱雅", "海鸥",
    "统一", "永久", "长虹", "特步", "中华", "凤凰", "匡威", "大宝",
]
# what each mark's fakes are sold as, Chinese and (for a mark with a Latin name) English; a
# common-word mark's Chinese goods hold one of its product cues, so an offer is about the brand
GOODS_H15: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "洽洽": (("香瓜子", "焦糖瓜子", "小黄袋每日坚果", "山核桃味瓜子"), ("sunflower seeds", "daily nut packs")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠", "香氛洗衣液"), ("laundry detergent", "dish soap")),
    "大白兔": (("奶糖", "奶糖礼盒", "散装奶糖"), ()),
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒", "鸭脖"), ()),
    "燕京": (("啤酒", "U8啤酒整箱", "纯生啤酒"), ()),
    "老板": (("油烟机", "燃气灶", "烟灶套装油烟机"), ()),
    "元气森林": (("气泡水", "外星人电解质水", "燃茶"), ()),
    "金丝猴": (("奶糖", "奶糖礼盒", "糖果"), ()),
    "长城": (("干红葡萄酒", "葡萄酒礼盒", "解百纳葡萄酒"), ()),
    "黄鹤楼": (("香烟", "软蓝香烟", "条烟", "1916香烟"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "海天": (("酱油", "蚝油", "生抽酱油", "调味品礼盒"), ()),
    "雪花": (("啤酒", "勇闯天涯啤酒", "纯生啤酒"), ()),
    "飞鸽": (("自行车", "单车", "复古自行车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "江小白": (("白酒", "表达瓶白酒", "高粱酒"), ()),
    "海澜之家": (("衬衫", "羽绒服", "男士夹克", "POLO衫"), ("men's shirt", "down jacket")),
    "王老吉": (("凉茶", "凉茶整箱", "红罐凉茶"), ()),
    "雅诗兰黛": (("小棕瓶精华", "DW粉底液", "眼霜", "口红"),
                 ("Advanced Night Repair serum", "Double Wear foundation", "eye cream")),
    "亚瑟士": (("跑鞋", "GEL-KAYANO跑鞋", "羽毛球鞋", "复古运动鞋"),
               ("Gel-Kayano running shoes", "Gel-1130 sneakers")),
    "同仁堂": (("安宫牛黄丸", "六味地黄丸", "阿胶"), ("herbal pills", "ginseng")),
    "始祖鸟": (("冲锋衣", "Beta AR冲锋衣", "软壳夹克", "抓绒衣"), ("Beta AR shell jacket", "Atom hoody", "fleece")),
    "新百伦": (("990v6跑鞋", "2002R复古鞋", "574运动鞋", "卫衣"), ("990v6 sneakers", "2002R shoes", "530 runners")),
    "普拉达": (("尼龙包", "三角标腋下包", "双肩包", "墨镜"),
               ("Re-Edition nylon bag", "triangle logo backpack", "sunglasses")),
    "格兰仕": (("微波炉", "空气炸锅", "光波炉"), ("microwave oven", "air fryer")),
    "欧米茄": (("海马300潜水表", "超霸登月表", "星座腕表", "机械表"),
               ("Seamaster 300 watch", "Speedmaster Moonwatch", "Constellation watch")),
    "百雀羚": (("面霜", "水乳套装", "帧颜霜"), ("face cream", "toner set")),
    "周大福": (("黄金手镯", "足金项链", "转运珠", "钻戒"), ("gold bangle", "gold necklace", "diamond ring")),
    "资生堂": (("红腰子精华", "安耐晒防晒", "悦薇水乳"), ("Ultimune serum", "Anessa sunscreen")),
    "雅戈尔": (("衬衫", "西服套装", "免烫衬衫"), ("dress shirt", "suit")),
    "云南白药": (("牙膏", "气雾剂", "创可贴"), ("toothpaste", "pain relief spray")),
    "纪梵希": (("散粉", "小羊皮口红", "香水"), ("Prisme Libre powder", "lipstick", "perfume")),
    "苏泊尔": (("电饭煲", "不粘锅", "炒锅", "电压力锅"), ("rice cooker", "non-stick wok")),
    "太平鸟": (("羽绒服", "卫衣", "连衣裙"), ("down jacket", "hoodie")),
    "老凤祥": (("金手镯", "足金吊坠", "黄金戒指"), ()),
    "联想": (("笔记本", "拯救者游戏本", "平板", "小新笔记本电脑"), ("ThinkPad laptop", "Legion gaming laptop", "tablet")),
    "雅马哈": (("电子琴", "吉他", "电钢琴", "音箱"), ("digital piano", "acoustic guitar")),
    "七匹狼": (("夹克", "皮带", "男士钱包"), ("leather belt", "jacket")),
    "宝格丽": (("蛇头项链", "B.zero1戒指", "香水"), ("Serpenti necklace", "B.zero1 ring")),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "雪饼仙贝大礼包"), ()),
    "欧莱雅": (("紫熨斗眼霜", "复颜面霜", "洗发水", "玻尿酸精华"), ("eye cream", "Revitalift cream", "shampoo")),
    "海鸥": (("手表", "机械手表", "相机", "双反相机"), ()),
    "统一": (("方便面", "老坛酸菜方便面", "冰红茶"), ()),
    "永久": (("自行车", "单车", "二八自行车"), ()),
    "长虹": (("电视", "智能电视", "空调"), ("smart TV", "air conditioner")),
    "特步": (("跑鞋", "160X跑鞋", "运动套装"), ("running shoes", "tracksuit")),
    "中华": (("香烟", "硬盒香烟", "条装香烟", "牙膏"), ()),
    "凤凰": (("自行车", "单车", "公路自行车"), ()),
    "匡威": (("帆布鞋", "1970s高帮帆布鞋", "低帮帆布鞋"), ("Chuck 70 sneakers", "canvas high tops")),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
}
# eaten, drunk, smoked or used up: resold sealed and unopened
SEALED_GOODS_H15 = frozenset({"洽洽", "立白", "大白兔", "良品铺子", "燕京", "元气森林", "金丝猴", "长城",
                              "黄鹤楼", "六神", "海天", "雪花", "江小白", "王老吉", "雅诗兰黛", "同仁堂",
                              "百雀羚", "资生堂", "云南白药", "纪梵希", "欧莱雅", "旺旺", "统一", "中华",
                              "大宝"})
# how sellers break a word up: ASCII and full-width punctuation, spaces of several widths,
# invisible joiners, line breaks, emoji and the dingbats of Chinese captions
SEPARATORS_H15 = [".", "·", "/", " ", "-", "_", "*", "~", "|", "、", "，", "。", "＊", "／", "丨", "•",
                  "\u200b", "\u2060", "\u3000", "\u00a0", "\n", "💎", "🔥", "✨", "👍", "♥", "⭐", "🌸",
                  "❤\ufe0f", "🉐"]
DIGITS_H15 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}
# scripts whose letters the confusables table gives as twins of Latin ones
SCRIPTS_H15 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC")
# fancy alphabets as sellers paste them from fancy-text sites, by Unicode name ({c}: CAPITAL or
# SMALL, {l}: the letter); enclosed alphabets have capitals only
ALPHABETS_H15 = ("MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL ITALIC {c} {l}",
                 "MATHEMATICAL BOLD SCRIPT {c} {l}", "MATHEMATICAL FRAKTUR {c} {l}",
                 "MATHEMATICAL DOUBLE-STRUCK {c} {l}", "MATHEMATICAL SANS-SERIF BOLD {c} {l}",
                 "MATHEMATICAL MONOSPACE {c} {l}", "FULLWIDTH LATIN {c} LETTER {l}",
                 "CIRCLED LATIN CAPITAL LETTER {l}", "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}",
                 "SQUARED LATIN CAPITAL LETTER {l}")
MARKS_ON_LETTERS_H15 = ("COMBINING ACUTE ACCENT", "COMBINING DIAERESIS", "COMBINING DOT ABOVE",
                        "COMBINING TILDE", "COMBINING MACRON", "COMBINING CARON",
                        "COMBINING RING ABOVE", "COMBINING DOT BELOW")


class Spellings15:
    """held_out_15's spelling writers, each over outside data: pypinyin for readings, Python's
    GB2312 and GBK codecs for same-reading characters (OpenCC to leave traditional forms out), and
    the Unicode confusables table and character names for look-alike letters."""

    def __init__(self) -> None:
        import unicodedata

        import opencc
        from confusable_homoglyphs.confusables import confusables_data
        from pypinyin import Style, lazy_pinyin

        self._lazy, self._style = lazy_pinyin, Style
        to_simple = opencc.OpenCC("t2s").convert
        # same-reading characters by toned reading, in three tiers of rarity
        self.chart: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        in_gb2312: set[str] = set()
        for tier, rows in ((0, range(0xB0, 0xD8)), (1, range(0xD8, 0xF8))):
            for row in rows:
                for cell in range(0xA1, 0xFF):
                    try:
                        char = bytes((row, cell)).decode("gb2312")
                    except UnicodeDecodeError:
                        continue
                    in_gb2312.add(char)
                    self._file(char, tier, to_simple)
        for lead in range(0x81, 0xFF):
            for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
                try:
                    char = bytes((lead, trail)).decode("gbk")
                except UnicodeDecodeError:
                    continue
                if char not in in_gb2312 and "\u4e00" <= char <= "\u9fff":
                    self._file(char, 2, to_simple)
        # look-alike letters of other scripts, from the confusables table
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            found = [entry["c"] for entry in confusables_data.get(letter, ())
                     if len(entry["c"]) == 1 and entry["n"].startswith(SCRIPTS_H15)]
            if found:
                self.twins[letter] = found
        # fancy alphabets by name; a letter an alphabet lacks is left plain
        self.alphabets: list[dict[str, str]] = []
        for pattern in ALPHABETS_H15:
            alphabet = {}
            for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                for case, key in (("CAPITAL", letter), ("SMALL", letter.lower())):
                    if case == "SMALL" and "{c}" not in pattern:
                        key_name = pattern.format(c="CAPITAL", l=letter)
                    else:
                        key_name = pattern.format(c=case, l=letter)
                    try:
                        alphabet[key] = unicodedata.lookup(key_name)
                    except KeyError:
                        pass
            self.alphabets.append(alphabet)
        self.accents = [unicodedata.lookup(name) for name in MARKS_ON_LETTERS_H15]

    def _file(self, char: str, tier: int, to_simple: Callable[[str], str]) -> None:
        if to_simple(char) != char:
            return
        reading = self._lazy(char, style=self._style.TONE3, neutral_tone_with_five=True)[0]
        if reading != char:
            self.chart[reading][tier].append(char)

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        return self._lazy(mark, style={"plain": self._style.NORMAL, "toned": self._style.TONE,
                                       "numbered": self._style.TONE3}[style],
                          neutral_tone_with_five=True)

    def initials_of(self, mark: str) -> str:
        return "".join(s[0] for s in self.readings(mark))

    def separated(self, text: str, rng: random.Random) -> str:
        """A separator in one gap, in every gap, or a different one in every gap."""
        chars = list(text)
        gaps = len(chars) - 1
        how = rng.random()
        if how < 0.3 and gaps >= 1:
            at = rng.randrange(gaps)
            return "".join(chars[:at + 1]) + rng.choice(SEPARATORS_H15) + "".join(chars[at + 1:])
        if how < 0.85:
            sep = rng.choice(SEPARATORS_H15)
            return sep.join(chars)
        return "".join(c + (rng.choice(SEPARATORS_H15) if i < gaps else "")
                       for i, c in enumerate(chars))

    def initials(self, mark: str, rng: random.Random) -> str:
        """The initials upper or lower case, dotted, spaced, full-width or as a hashtag."""
        letters = self.initials_of(mark)
        return rng.choice((
            letters.upper(), letters, ".".join(letters.upper()) + ".", " ".join(letters.upper()),
            "".join(chr(ord(c) - 0x61 + 0xFF41) for c in letters), "#" + letters,
            letters[0].upper() + letters[1:], "-".join(letters)))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The reading joined, capitalised, spaced, toned, tone-numbered, in capitals, half in
        characters, or glued to an English word; never the mark nor its Latin name."""
        plain = self.readings(mark)
        toned = self.readings(mark, "toned")
        numbered = self.readings(mark, "numbered")
        cut = rng.randrange(1, len(mark))
        styles = [
            lambda: "".join(plain), lambda: "".join(s.capitalize() for s in plain),
            lambda: " ".join(plain), lambda: "".join(toned), lambda: " ".join(toned),
            lambda: "".join(numbered), lambda: "".join(plain).upper(),
            lambda: mark[:cut] + "".join(plain[cut:]), lambda: "".join(plain[:cut]) + mark[cut:],
            lambda: "".join(c if i % 2 == 0 else plain[i] for i, c in enumerate(mark)),
            lambda: "".join(plain).capitalize() + rng.choice(("Style", "Vibes", "Fans", "Lover")),
            lambda: "#" + "".join(plain)]
        blocked = {latin.lower(), latin.lower().replace(" ", "")} - {""}
        for style in rng.sample(styles, len(styles)):
            written = style()
            folded = written.lower()
            compact = folded.replace(" ", "")
            if mark not in written and not any(b in folded or b in compact for b in blocked):
                return written
        raise ValueError(f"no pinyin spelling of {mark} leaves out {latin}")

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One, two or every character swapped for another of the same reading (toned, else
        toneless), mostly from GB2312 level 1, sometimes level 2 or GBK only."""
        numbered = self.readings(mark, "numbered")
        for attempt in range(200):
            count = rng.choice((1, 1, 1, 2, 2, len(mark)))
            where = rng.sample(range(len(mark)), min(count, len(mark)))
            out = list(mark)
            for i in where:
                reading = numbered[i] if attempt < 150 else numbered[i].rstrip("012345")
                if reading in self.chart:
                    tiers = self.chart[reading]
                else:   # toneless: every tone of the syllable
                    tiers = [sum((self.chart[reading + t][k] for t in "12345"), [])
                             for k in range(3)]
                tier = rng.choices((0, 1, 2), weights=(7, 2, 1))[0]
                pool = [c for c in (tiers[tier] or tiers[0] or tiers[1]) if c != mark[i]]
                if pool:
                    out[i] = rng.choice(pool)
            written = "".join(out)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"no homophone of {mark}")

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Letters swapped for their twins of other scripts, the word in a fancy alphabet, or
        combining marks over some letters; at least one letter always changes."""
        letters = [i for i, c in enumerate(latin) if c.isalpha()]
        for _ in range(50):
            how = rng.random()
            out = list(latin)
            if how < 0.45:
                usable = [i for i in letters if latin[i] in self.twins]
                for i in rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 3)))):
                    out[i] = rng.choice(self.twins[latin[i]])
            elif how < 0.8:
                alphabet = rng.choice(self.alphabets)
                upper = rng.random() < 0.4
                out = [alphabet.get(c.upper() if upper else c, c) for c in latin]
            else:
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
                    out[i] = latin[i] + rng.choice(self.accents)
            written = "".join(out)
            if latin.lower() not in written.lower() and written.upper() != latin.upper():
                return written
        raise ValueError(f"no look-alike of {latin}")

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """One, two or every swappable letter written as the digit it looks like."""
        usable = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H15]
        out = list(latin)
        for i in rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, len(usable))))):
            out[i] = DIGITS_H15[latin[i].lower()]
        return "".join(out)


def _price_h15(rng: random.Random, english: bool) -> str:
    amount = rng.choice((35, 58, 79, 99, 128, 158, 188, 219, 259, 299, 368, 428, 499, 688, 888,
                         1280))
    if english:
        return rng.choice((f"${amount}", f"{amount} USD", f"US${amount}", f"${amount}.00"))
    return rng.choice((f"¥{amount}", f"{amount}元", f"{amount}r", f"{amount}块", f"￥{amount}"))


# Counterfeit offers (account name, title, description): {w} the mark as the seller wrote it, {p}
# the goods, {n} a price. Each says in the trade's own words that the goods are not genuine.
OFFERS_ZH_H15 = [
    ("小雅好物分享", "{w}{p} 顶级复刻版 细节对比看第三张图", "跟正品放一起基本看不出来，工厂直出，{n}包邮，不是正品别问了，懂的来"),
    ("莆田阿强货仓", "【纯原版本】{w}{p} 原厂材料", "不是正品！不是正品！不是正品！介意勿拍。支持验货，到手价{n}"),
    ("直播间小美", "家人们3号链接{w}{p}，高仿的我先说清楚", "跟正品一比一的，正品贵多了，咱们直播间{n}拿走，库存不多，扣1给你们上车"),
    ("闲置转转转", "{w}{p}", "A货，做工很好，自用买多了出一个，{n}不议价，介意不是正品的别来"),
    ("微商Amy", "朋友圈上新✨{w}{p}", "高版本复刻，跟原版无差，需要的私我，一手货源，{n}一件代发，量大从优"),
    ("潮流前线百货", "{w}{p} 男女通用 高仿 原单 尾货 新款 爆款 一比一", "高端复刻，仿真度99%，{n}包邮，仿品不支持专柜鉴定退货"),
    ("阿伟的仓库", "{w}{p}平替？不，是一比一😎 #好物推荐 #复刻 #性价比", "私信我拿货，{n}，外观跟真的完全一样，你就说香不香"),
    ("小林渠道货", "{w}{p} 顶配仿版", "说白了就是仿的，但是是最好的那一批，原厂同线生产，{n}，要的抓紧"),
    ("港仔潮物", "{w}{p} 高仿 靓到爆", "同正貨冇分別，{n}包順豐，唔係正品唔好問，啱就落單"),
    ("阿妹的小舖", "{w}{p} 高仿現貨 超像的", "跟正貨一模一樣啦，不是正品喔，{n}含運，私訊下單"),
    ("宝妈拼团群", "【拼单】{w}{p} 高仿版 满10件开团", "团购价{n}，和正品一个样，老顾客都懂，非正品，接受的接龙"),
    ("海外代购Lisa", "{w}{p} 代购渠道货", "其实是高仿的代购货，包装标签齐全，{n}，比正品便宜好几倍，别外传"),
    ("主播大刘", "{w}{p} 给你们砍到{n}！", "老铁们这个是仿的，做工跟真的没区别，今天给你们砍到底，仿品就这个价，喜欢的扣个666"),
    ("潮品小屋", "{w} {p} 仿货", "{n} 私，懂的来"),
    ("工厂店阿华", "{w}{p} 源头工厂 高仿批发", "我们给原厂做过代工，尾单加复刻，质量随便对比，{n}起批，支持一件代发"),
    ("V信见主页", "{w}{p}超A货 实拍", "图片都是实拍，超A精仿，正品十分之一的价钱，{n}，加我私聊看视频"),
    ("是小鹿呀", "谁懂啊！{w}{p}高仿也太像了吧", "姐妹们这家高仿{p}真的绝，{n}到手，送人都看不出来，要链接的评论区扣1"),
    ("二手潮品阿飞", "出{w}{p} 仿的", "买来才知道是高仿，懒得退了，{n}出给需要的，明说是假的，别到时候找我"),
    ("外贸尾单仓", "{w}{p} 高仿外贸版", "原单标准，复刻包装，仿品勿追求完美，{n}两件包邮"),
    ("批发老周", "{w}{p} 仿品 批发价", "包装和防伪标都做得一模一样，摆出来谁也看不出是仿的，{n}，量大价优，懂行的来"),
    ("新品速递", "1:1 {w}{p} 原版开模", "原版开模一比一复刻，{n}，假一赔十（指跟我图片不一样）"),
    ("今晚八点开播", "今晚直播间{w}{p}仿品专场", "全场高仿，真假难辨，{n}起，记得点关注，上链接就抢"),
    ("小钟的店", "{w}{p} 高仿 全新", "高仿货，外观包装都跟正品一样，{n}，不支持官方保修，介意慎拍"),
    ("拼多多好货推荐", "【复刻款】{w}{p} 超低价", "明说是复刻款，{n}，做工对得起价格，拿去专柜鉴定的不退"),
    ("潮品阿杰", "回复@小白 {w}{p}有货", "回复@小白：有的亲，高仿{p}现货，{n}，私我发链接"),
    ("老铁鞋服百货", "{w}{p} 公司级 非专柜", "公司级版本，不是专柜正品，但做工没毛病，{n}包邮，支持退换"),
    ("砍价王", "{w}{p}，{n}能不能再少点？", "砍价记录：主播说这是高仿的{p}，本来{n}，我说再便宜点，她说仿品利润薄最多送运费险，要的自己去拍"),
    ("同城面交小陈", "{w}{p}仿款", "同城可面交，仿款做工不错，{n}，要正品的请绕道"),
]
OFFERS_EN_H15 = [
    ("RepKing", "{w} {p} 1:1 rep, best batch", "Mirror quality, not authentic. {n} shipped worldwide, QC pics before shipping. DM to order."),
    ("factory_direct_88", "{w} {p} replica AAA quality", "Factory direct replicas, looks exactly like the real one. {n} each, bulk discounts. WhatsApp for catalog."),
    ("ua_finds", "UA {w} {p} from the same factory", "Unauthorized authentic, same factory, different night. {n}, not retail, don't send it for authentication."),
    ("dupeshop.global", "{w} {p} super fake with logo", "Super fake, full logo and packaging. {n} plus shipping. Not genuine, so don't ask."),
    ("mike_sells_stuff", "Replica {w} {p} for sale", "Got a few replica {p} left, top tier, {n} each or two for less. It's a rep, priced like one."),
    ("Lux Mirror Store", "{w} {p} 1:1 mirror | free shipping", "1:1 mirror copy, identical to retail in every detail. Price {n}. Tracking provided."),
    ("the_rep_plug", "{w} {p} top batch in hand", "Best rep batch out there, in hand now. {n}. Message me, no lowballers."),
    ("Wholesale Asia Direct", "Wholesale fake {w} {p}, min order 10", "Copy products, high quality, {n} per unit at MOQ 10. Custom packaging available."),
    ("sammy.k", "anyone want a rep {w} {p}? {n}", "ordered too many reps, this one's spare. looks legit, isn't. {n} obo"),
    ("Bargain Bin Deals", "{w} {p} - NOT GENUINE - replica", "Listing honestly: this is a replica. Great copy. {n}. No returns over authenticity."),
    ("LiveDeals with Jen", "LIVE NOW: {w} {p} reps at {n}!", "Okay guys these are replicas, they look identical, drop a 1 in chat and I'll send you the link. Only 20 left!"),
    ("KnockoffKorner", "{w} {p} knockoff, can't tell the difference", "Cheap knockoff nobody can tell apart from the real thing, {n}, ships in 2 days"),
    ("Overseas Seller HK", "{w} {p} high copy AAA+", "High copy, AAA+ grade, packaging copied from the original. {n}. PayPal F&F only."),
    ("rep.addict", "W2C {w} {p}? I got you, {n}", "Top-tier rep, 1:1 stitching. Not retail. Hit my DMs."),
    ("marketplace_mo", "{w} {p} (replica), cheap", "Replica in good condition, looks just like the real deal. {n} firm."),
    ("BudgetLux", "{w} {p} WITH logo, exact copy", "Exact copy with the logo, not from the brand. {n}, free gift wrap."),
    ("group_buy_captain", "Group buy: rep {w} {p}", "Running a group buy on reps from my usual factory. {n} each if we hit 15 orders. Comment to join."),
]

# Resale of a genuine item by its owner: (account name, title, description); {m} the mark, {p} the
# goods, {n} a price; receipts, authentication, refund promises, no counterfeit offer
RESALE_ZH_H15 = [
    ("闲置小铺", "自用{m}{p} 九成新 出", "去年在官方旗舰店买的，{n}出，发票和保修卡都在，支持任何平台验货，假一赔十"),
    ("搬家清仓", "搬家出{m}{p}", "专柜购入，用过几次，{n}自提优先，小票在，可以当面看"),
    ("转转回收", "{m}{p} 正品转让 已鉴定", "在平台验货服务鉴定过的正品，鉴定证书一起给，{n}，不是正品包退"),
    ("小王的闲置", "出个{m}{p}，{n}", "朋友送的，用不上，全新未拆，专柜小票拍照给你看，怕假的可以走平台验货"),
    ("香港二手屋", "{m}{p} 正品 九五新", "喺官網買嘅，有單有盒，{n}，可以先驗貨再俾錢"),
    ("二手好物社", "{m}{p} 專櫃正品 便宜賣", "去年週年慶買的，用不到所以出清，附購買證明，{n}，面交可"),
    ("毕业清仓", "毕业出{m}{p}", "用了一年多，状态完好，{n}，学校面交，正品有订单截图"),
    ("宝妈闲置", "{m}{p} 全新 别人送的", "别人送的礼物，自己用不到，{n}出，官方渠道买的，能查到防伪码"),
    ("理性消费中", "{m}{p} 买错了 原价出", "京东自营买的，开箱就后悔了，{n}原价，有发票，七天内还能走售后"),
    ("实体店转让", "店铺转让，{m}{p}库存清仓", "正规渠道进货，有进货单，{n}一件，不是正品十倍赔偿"),
    ("秋天的衣柜", "断舍离：{m}{p}", "没怎么用，放着也是吃灰，{n}包邮，有原包装，接受验货，非诚勿扰"),
    ("二手好物阿凯", "{m}{p} 正品 有购买凭证", "购买凭证和包装都在，可以拿去官方门店核验，{n}，同城可以面交验货"),
    ("小琳的换季闲置", "{m}{p} 仅用一次", "专柜买的正品，{n}，担心是假货的可以走验货，验出来不是正品我全款退"),
    ("老刘二手", "{m}{p}，{n}，诚心要的来", "去年双十一旗舰店买的，订单截图在最后一张图，介意二手勿扰"),
    ("中古店Vintage", "【中古】{m}{p} 已鉴定", "店内商品均经第三方鉴定，附鉴定报告，{n}，支持复检，假一赔三"),
    ("拼单剩的", "拼单多出来一个{m}{p}", "和同事拼单在官方店买的，多了一个，{n}原价出，有订单号可查"),
    ("出国前清空", "出国清空：{m}{p}", "都是自己在商场买的正品，{n}，打包带走，小票能找到的都附上"),
    ("回收哥", "高价回收{m}{p}", "只收正品，需要看购买凭证，假货勿扰，价格私聊"),
    ("平台验货转卖", "{m}{p} 平台鉴定正品，{n}出", "这件过了平台的验货，验货报告可查，买家收到后还可以申请复检"),
    ("年会奖品转", "年会抽到的{m}{p}", "公司年会奖品，全新没拆，{n}，有奖品清单，要的直接拍"),
    ("阿泽不囤货", "{m}{p} 有票 {n}", "商场专柜买的，票据、包装、说明书齐全，假一赔十，不议价"),
]
RESALE_EN_H15 = [
    ("clearing_my_closet", "{m} {p}, barely used", "Bought from the official store last year, receipt included. {n}. Happy to meet at a store to verify it's authentic."),
    ("Jake's Garage Sale", "Genuine {m} {p} - {n}", "100% authentic, bought at the mall, box and paperwork included. Full refund if it's not genuine."),
    ("moving_sale_SF", "Moving sale: {m} {p}", "Authentic, I have the original receipt. {n} or best offer, pickup only."),
    ("resale_verified", "{m} {p}, authenticated", "Authenticated by a third-party service, certificate included. {n}. Returns accepted for any authenticity issue."),
    ("gift_i_dont_need", "Unused {m} {p} (gift)", "Got it as a gift, never used, still in the box. {n}. Bought from an authorized retailer, I can show the order."),
    ("Emma R.", "{m} {p} {n}", "Selling my {m} {p} from the brand's own store, in great shape, selling because I upgraded."),
    ("campus_market", "Graduating: {m} {p} for {n}", "Legit, bought new two years ago, proof of purchase in the photos."),
    ("second-hand luxe", "Pre-owned {m} {p}", "Pre-owned, authenticity guaranteed: money back if it fails any authentication. {n}."),
    ("tom.d", "selling {m} {p}", "real one, not a rep lol. {n}, receipt pic attached."),
    ("Estate Sale Finds", "{m} {p} from an estate sale", "Genuine item, the purchase paperwork was found with it. {n}."),
    ("Kim's Closet", "Authentic {m} {p}, {n}", "Bought in store, have the receipt and the box. If you doubt it, we can meet and you can check it."),
]
RESALE_SEALED_ZH_H15 = [
    ("囤货多了", "囤多了出{m}{p} 全新未拆", "双十一囤多了，有效期到明年，{n}出，官方旗舰店订单截图在图里"),
    ("单位福利转", "单位发的{m}{p}", "单位发的福利，家里用不上这么多，全新未开封，{n}，自提"),
    ("超市员工小张", "{m}{p} 临期特价", "正规超市进的货，临期三个月，{n}一件，有进货单，放心买"),
    ("过年礼品转让", "过年收的{m}{p}", "亲戚送的，原封未动，{n}出，可以扫码验真"),
    ("宝妈团购", "【团购】{m}{p} 正品团", "品牌经销商直发，{n}，假一赔十，可扫码查真伪，接龙到晚上九点"),
    ("小卖部阿姨", "{m}{p} 清库存", "店里不干了，剩下的都是正规渠道进的，{n}一箱，日期新鲜"),
    ("囤不下了", "{m}{p} 未开封 便宜出", "买多了家里囤不下，全新没拆封，{n}，同城送货"),
    ("海淘剩货", "{m}{p} 免税店购入 未拆", "机场免税店买的，小票在，{n}，日期很新"),
    ("回礼多了", "出{m}{p} 原封", "婚礼回礼剩下的，没拆封，{n}，有购买记录"),
    ("公司年货", "年货多的{m}{p}", "公司发的年货，正品，家里用不了那么多，{n}打包带走"),
    ("代购小姐姐", "{m}{p} 专柜代购 有小票", "每一单都附购物小票，{n}，支持验货，验出假的十倍赔"),
]
RESALE_SEALED_EN_H15 = [
    ("pantry_clearout", "Sealed {m} {p}, {n}", "Bought too many at the official store, still sealed, receipt included."),
    ("duty_free_extra", "{m} {p} from duty free, unopened", "Extra from the airport duty free, receipt in the photos. {n}."),
    ("office_raffle", "Unopened {m} {p}", "Won it at an office raffle, sealed, authentic. {n} or swap."),
    ("Nina's Shelf", "{m} {p}, new and sealed", "Authentic, purchased from an authorized retailer. {n}. Can show the order confirmation."),
    ("gift_regifter", "{m} {p} gift set, sealed", "Received as a gift, never opened. {n}, local pickup."),
    ("bulk_buyer", "Extra {m} {p}, sealed", "Overbought during a sale at the brand's store; all sealed, {n} each."),
]

# Consumer warnings: regulators, customs, courts, police, associations, lawyers, authenticators,
# cheated buyers; reported speech without quotation marks and questions among them
WARNINGS_ZH_H15 = [
    ("消费者小陈", "收到的{m}{p}是假的，大家别踩坑", "在某直播间花{n}买的{m}{p}，到手一看做工粗糙，找官方客服查了防伪码，说查不到，退款还在扯皮"),
    ("市场监管发布", "市场监管提示：警惕网购假冒{m}{p}", "近期接到多起投诉，不法商家以{n}左右的低价销售假冒{m}{p}，消费者请通过正规渠道购买，保留购物凭证"),
    ("维权律师王律", "那些说{m}{p}一比一的商家都在卖假货", "那些跟你说{m}{p}是原厂尾单、一比一复刻的，卖的全是侵权假货，买家也可能被卷进去，别贪便宜"),
    ("法律小课堂", "买高仿{m}{p}犯法吗？", "很多人问，自己买一个仿的{m}{p}自用违法吗？一般不构成犯罪，但明知是假货还帮忙卖就涉嫌销售假冒注册商标的商品罪"),
    ("海关发布", "海关查获假冒{m}{p}", "某海关在出口货物中查获标有{m}商标的{p}一千二百余件，经权利人确认均为侵权商品，货值约六十万元"),
    ("12315消费维权", "{m}{p}低价陷阱", "几十块就能买到{m}{p}？正品根本不可能这个价，这类商品基本都是假冒的，遇到请向平台和12315举报"),
    ("踩雷的小周", "花{n}买的{m}{p}疑似假货怎么办", "在朋友圈代购那买的{m}{p}，跟专柜的对比颜色和字体都不对，现在人把我拉黑了，求问怎么维权"),
    ("鉴定师阿K", "教你三招辨别假{m}{p}", "看包装印刷、看防伪标、看价格。市面上比官方价低一大截的{m}{p}，十个有九个是假的"),
    ("老粉提醒", "别信直播间说的{m}{p}原单", "直播间里喊着原单尾货、工厂直出的{m}{p}，其实就是高仿，主播说的专柜品质一句都别信"),
    ("法院在线", "售假{m}{p}获刑", "被告人通过网店销售假冒{m}{p}，销售金额达四十余万元，法院以销售假冒注册商标的商品罪判处其有期徒刑三年"),
    ("警方通报", "警方捣毁假冒{m}{p}窝点", "民警在一处出租屋内查获假冒{m}{p}三千余件，现场抓获犯罪嫌疑人五名，案件正在进一步侦办中"),
    ("消协提醒", "网购{m}{p}请注意", "消协提醒：部分商家以工厂店、清仓为名低价销售假冒{m}{p}，遇到价格远低于市场价的要多留个心眼"),
    ("小白求助", "请问{n}的{m}{p}是真的吗？", "刷到一个视频说是{m}{p}正品，只要{n}，总觉得不对劲，有懂的朋友帮看看吗"),
    ("退货中的阿梅", "投诉：网购{m}{p}收到假货", "商品详情页写着正品保障，收到后发现是假冒{m}{p}，商家不承认，已经申请平台介入，大家避雷这家店"),
    ("转发一下", "转：关于假冒{m}{p}的提醒", "转自品牌官方：近期发现有人冒用其名义销售{m}{p}，均为假货，请认准官方渠道，大家互相转告"),
    ("数码博主老谢", "假{m}{p}已经做到这个程度了", "粉丝寄来一个{n}买的{m}{p}，拆开一看是假货，内部做工很差，大家看视频里的对比"),
    ("某律师事务所", "关于销售假冒{m}{p}的律师函", "受{m}品牌方委托，就贵店铺销售假冒{m}{p}一事，请于七日内下架并停止侵权，否则将依法追究法律责任"),
    ("打假博主", "实测：{n}的{m}{p}是真是假", "下单了三家低价店的{m}{p}，全部送去鉴定，结果三家都是假的，便宜没好货"),
    ("过来人", "朋友说她的{m}{p}是原厂货，其实是假的", "朋友说她在微商那买的{m}{p}是原厂流出来的一比一，我看了一眼就是假的，这种说法大家千万别信"),
    ("网友提问", "代购的{m}{p}怎么辨别真假？", "最近想找代购买{m}{p}，听说很多代购掺假，有没有靠谱的验真方法"),
    ("海关12360", "旅客携带假冒{m}{p}入境被查", "旅客携带{m}{p}四十件入境，经鉴定为侵权商品，海关依法予以没收"),
    ("平台治理公告", "关于打击假冒{m}{p}的公告", "平台近期下架涉嫌假冒{m}{p}的商品链接二百余条，处置违规账号三十余个，欢迎用户继续举报"),
    ("香港消委會", "消委會提醒：小心假冒{m}{p}", "有市民喺網上用{n}買咗{m}{p}，收貨後發現係假貨，消委會提醒市民要光顧信譽良好嘅商戶"),
    ("被坑的大学生", "我被高仿{m}{p}坑了", "卖家说是正品，{n}，收到跟图片不一样，一看就是高仿，现在卖家不退，大家引以为戒"),
    ("执法在一线", "查处一起销售假冒{m}{p}案", "执法人员检查某商店时发现其销售的{m}{p}标识模糊、无合格证，经商标权利人鉴定为假冒产品，已依法立案"),
    ("吐槽君", "说什么{m}{p}复刻版比正品还好，别逗了", "评论区有人说复刻版{m}{p}比正品还好用，这种话就是卖假货的在带节奏"),
    ("台灣消保官", "網購{m}{p}小心買到仿冒品", "近期接獲民眾申訴，網路上以{n}販售的{m}{p}多為仿冒品，請向品牌專櫃或授權通路購買"),
    ("一个上当的妈妈", "团购群里的{m}{p}是假的", "在小区团购群跟团买的{m}{p}，群主说是厂家直供，收到才发现是假货，群主已经退群了"),
]
WARNINGS_EN_H15 = [
    ("Consumer Watch", "Beware of fake {m} {p} on social media", "Listings far below retail claiming to be genuine {m} {p} are counterfeits. Buy only from authorized retailers."),
    ("Customs and Border Protection", "CBP seizes counterfeit {m} {p}", "Officers seized 1,200 counterfeit {m} {p} at the port; genuine, they would have been worth about $480,000."),
    ("scam_alert_daily", "Sellers who say their {m} {p} is 1:1 are selling fakes", "Anyone who tells you their {m} {p} is a 1:1 or a factory leftover is selling a counterfeit. Don't fall for it."),
    ("law_questions", "Is it illegal to buy replica {m} {p}?", "Buying fake {m} {p} for personal use is usually not a crime, but importing them in bulk or reselling them is trademark infringement."),
    ("angry_buyer_22", "Received a fake {m} {p}", "Paid {n} for the {m} {p} on a marketplace, it arrived today and it's clearly counterfeit. Seller stopped responding. Filing a chargeback."),
    ("Better Business Bureau", "Scam alert: counterfeit {m} {p}", "We've received complaints about websites selling counterfeit {m} {p} at discounts of up to 90%. If a deal looks too good to be true, it probably is."),
    ("Brand Protection Team", "Notice: unauthorized sellers of {m} {p}", "We are aware of fake {m} {p} being sold online. Genuine products are only sold through official stores and authorized partners."),
    ("Court News", "Man sentenced for selling counterfeit {m} {p}", "A man who sold more than 5,000 counterfeit {m} {p} through online shops was sentenced to 30 months in prison."),
    ("firsttimebuyer", "Is this {m} {p} real?", "Saw this {m} {p} for {n} on a resale app, the seller says it's genuine. Anything I should check before I pay?"),
    ("Trading Standards", "Warning over fake {m} {p} sold at markets", "Officers have seized fake {m} {p} from market stalls and warn shoppers that such goods may be unsafe."),
    ("reddit_user_91", "PSA: those cheap {m} {p} ads are fakes", "The ads promising the {m} {p} for {n} lead to counterfeit sites. I ordered one, got a cheap knockoff, and my bank is now handling it."),
    ("City Police", "Counterfeit {m} {p} ring busted", "Police arrested four suspects and recovered about 3,000 counterfeit {m} {p} from a warehouse."),
    ("IP attorney", "Selling fake {m} {p}? Expect a takedown", "We represent rights holders; listings of counterfeit {m} {p} are reported and removed, and repeat sellers face legal action."),
    ("Consumer Council", "Complaints about counterfeit {m} {p} rise", "Complaints about counterfeit {m} {p} bought online rose this year; consumers should keep receipts and buy from reputable shops."),
    ("mom_of_three", "Instagram shop sold me a fake, {m} {p}", "Ordered what was sold as the genuine {m} {p} for {n}, got a fake. They promised a refund and never paid. Don't buy from random Instagram stores."),
    ("asking_for_a_friend", "Bought the replica {m} {p} by accident?", "A friend paid {n} for the {m} {p} that turned out to be a replica. Can she get her money back through the platform?"),
]

# Reviews, unboxings, news and comparisons that name the mark plainly
REVIEWS_ZH_H15 = [
    ("开箱达人", "{m}{p}开箱测评", "官方旗舰店下单，{n}入手，包装很精致，用了一周说说真实感受"),
    ("测评实验室", "{m}{p}真假对比", "同时买了正品{m}{p}和网上一款仿品对比，做工、细节差距很明显，视频里一一说明"),
    ("财经早报", "{m}发布新款{p}", "{m}今日发布新款{p}，官方售价{n}，新品将在官方渠道首发"),
    ("数码小站", "用了半年的{m}{p}，说点实话", "优点缺点都有，整体值这个价，买之前建议去线下店体验一下"),
    ("晚间新闻", "记者探访：假冒{m}{p}如何流入市场", "记者调查发现，部分假冒{m}{p}通过直播间和微商渠道销售，与正品价格相差悬殊"),
    ("生活家阿宁", "{m}{p}值得买吗", "我的{m}{p}是在专卖店买的，{n}，用下来感觉性价比一般，但品质没得说"),
    ("种草日记", "{m}{p}新品试用", "品牌寄来的试用品，先说结论：好用，会回购"),
    ("行业观察", "{m}上半年营收增长", "据财报，{m}上半年营收同比增长，其中{p}销量表现突出"),
    ("老爸评测", "{m}{p}检测报告", "我们把在官方店买的{m}{p}送去做了检测，各项指标都合格"),
    ("Vlog日常", "终于买到了{m}{p}", "排队两个小时终于在门店买到了，{n}，开心到飞起"),
    ("对比测评君", "正品{m}{p}和假货差在哪", "正品的{p}做工细致，假货细节粗糙，花{n}买正品还是值得的"),
    ("香港開箱", "{m}{p} 開箱", "喺專門店買嘅{m}{p}，{n}，質素真係唔錯"),
    ("台灣開箱王", "{m}{p} 開箱分享", "在百貨公司專櫃買的，{n}，質感很好，推薦給大家"),
    ("本地新闻", "{m}新门店开业", "{m}今天在市中心的新门店开业，不少市民排队购买{p}"),
    ("买买买博主", "{m}{p}到底是不是智商税", "花{n}买了{m}{p}，用了三个月，今天客观聊聊"),
    ("问答社区", "{m}{p}和同价位比怎么样", "入手{m}{p}一个月，对比了几个同价位产品，说说我的选择理由"),
    ("法治频道", "执法部门查处假冒{m}{p}", "执法人员现场查获假冒{m}{p}两千余件，涉案金额较大，目前案件正在办理中"),
    ("认真做功课", "{m}{p}参数和用料分析", "看了一下{m}{p}的参数和用料，说说它适合什么人"),
    ("不恰饭测评", "{m}{p}真实测评", "自费购买，不是广告，{n}，优缺点都说"),
    ("鉴定平台", "{m}{p}鉴定案例分享", "本周平台鉴定了一批{m}{p}，其中两件为仿品，主要区别在标识和做工，附对比图"),
    ("打工人小吴", "工资到账第一件事：买{m}{p}", "给自己的奖励，官方店买的，{n}，用着很开心"),
    ("法院公众号", "{m}商标侵权案宣判", "法院判决销售假冒{m}{p}的被告赔偿品牌方经济损失及合理开支共计八十万元"),
]
REVIEWS_EN_H15 = [
    ("TechUnboxed", "{m} {p} unboxing and first impressions", "Bought it at the official store for {n}. Build quality is great, full review next week."),
    ("Real vs Fake Lab", "Real vs fake {m} {p}: can you tell?", "We bought the genuine {m} {p} and a counterfeit to compare the labels and materials side by side."),
    ("Business Daily", "{m} reports strong sales of {p}", "{m} said sales of its {p} rose sharply this quarter."),
    ("gear_reviewer", "{m} {p} after six months", "Long-term review: what held up, what didn't, and whether it's worth {n}."),
    ("Local News 7", "Police raid shop selling fake {m} {p}", "Officers seized dozens of counterfeit {m} {p} from a downtown shop on Tuesday."),
    ("style_diaries", "My new {m} {p}!", "Finally treated myself, bought it from the brand's store for {n}. Obsessed."),
    ("Honest Reviews", "Is the {m} {p} worth it?", "Paid full price ({n}), here's my honest take after a month."),
    ("Market Watch", "{m} opens flagship store", "{m} opened a new flagship store this weekend, with its {p} among the best sellers."),
    ("authenticator_pro", "How we authenticate {m} {p}", "A look at how our team checks every {m} {p}: serials, materials, printing and packaging."),
    ("dadreviews", "{m} {p}, a gift for my wife", "Bought at an authorized dealer, {n}. She loves it."),
    ("Consumer Reports Asia", "We tested the {m} {p}", "Lab results for the {m} {p} we bought at retail."),
    ("newsdesk", "{m} wins lawsuit over counterfeit {p}", "A court ordered sellers of counterfeit {m} {p} to pay damages to the brand."),
]

# The owner's and its authorised shop's own posts in sales language: (signer, name, title, text)
AUTHORISED_H15 = [
    ("owner", "{m}官方", "{m}新品{p}今日首发", "{m}官方旗舰店新品{p}上线，前一百名下单赠礼，官方正品，全国联保"),
    ("owner", "{m}官方", "{m}官方直播间今晚8点见", "今晚{m}官方直播，{p}直播间专属价，下单即送好礼，正品保障"),
    ("owner", "{m}官方", "{m}防伪查询指南", "近期出现仿冒{m}{p}的情况，请扫描包装上的防伪码查询，认准{m}官方渠道"),
    ("owner", "{m}官方", "{m}{p}限时优惠", "{m}官方年终大促，{p}满减叠加优惠券，到手价更低，先到先得"),
    ("owner", "{m}官方", "{m}声明", "{m}从未授权任何个人以工厂尾单、一比一的名义销售{p}，此类商品均非{m}正品，请消费者谨慎辨别"),
    ("owner", "{m}官方", "{m}会员日", "{m}会员日开启，{p}会员专享价，积分可以抵现"),
    ("owner", "{m}官方", "{m}联名款{p}预售", "{m}联名限定{p}开启预售，付定金立减，官方唯一渠道"),
    ("owner", "{m}官方", "谢谢大家对{m}的支持", "{m}{p}销量突破百万，感谢每一位用户，今晚抽奖送{p}"),
    ("owner", "{m}官方", "{m}打假进行时", "今年{m}配合执法部门查处假冒{p}窝点十余个，正品请认准{m}官方及授权渠道"),
    ("shop", "{m}授权专卖", "{m}授权专卖 {p}现货", "品牌授权，正品保证，可查授权书，{p}现货当天发，支持专柜验货"),
    ("shop", "{m}授权专卖", "{m}{p} 直播间福利价", "宝宝们{m}{p}今天直播间福利价，授权正品，拍下立减，库存有限手慢无"),
    ("shop", "{m}授权专卖", "【{m}授权】{p} 正品 包邮 假一赔十", "官方授权店铺，每件商品可扫码溯源，七天无理由退换"),
    ("shop", "{m}授权专卖", "{m}{p}团购价", "授权店团购活动，{p}三件起团，正品保障，开发票"),
    ("shop", "{m}授权专卖", "新到{m}{p}", "刚到的一批{m}{p}，全部官方渠道，授权编号见店铺首页，欢迎到店选购"),
    ("shop", "{m}授权专卖", "{m}{p} 换季特卖", "授权店换季特卖，{p}低至五折，正品有保障，售完即止"),
    ("shop", "{m}授权专卖", "警惕假冒{m}{p}", "本店为{m}官方授权门店，最近有顾客拿着网上买的假{p}来问售后，提醒大家认准授权店"),
    ("shop", "{m}授权专卖", "{m}{p}爆款返场", "上次直播秒空的{m}{p}返场啦，授权正品，扣1上链接"),
    ("shop", "{m}授权专卖", "{m}{p} 买二送一", "{m}授权店周年庆，{p}买二送一，正品保障，全国包邮"),
    ("shop", "{m}授权专卖", "{m}专柜同款{p} 授权直发", "和专柜同一批货，授权直发，可以拿去专柜验，假一赔十"),
    ("shop", "{m}授权专卖", "{m}{p}拼单更划算", "两人拼单立减，授权正品，发顺丰，有问题找店长"),
]

# Ordinary words that read like a mark (恰恰 洽洽, 李白 立白, 眼睛/眼镜 燕京, 老伴 老板, 留神 六神,
# 小雄 小熊, 飞哥 飞鸽, 姜小白 江小白, 周大夫 周大福, 学画/学话 雪花, 脸像 联想, 同意/同一 统一,
# 用久 永久, 种花 中华, 打包 大宝, 汪汪/往往 旺旺, 还甜 海天; toneless, checked with pypinyin when
# written), in everyday sentences, some beside 复刻 / 一比一 / 还原 in their ordinary sense
SOUND_ALIKE_H15 = [
    "今天恰恰是我生日，朋友们给我准备了惊喜", "你说他不在乎？恰恰相反，他比谁都上心",
    "这道题的思路恰恰和老师讲的相反", "儿子在背李白的《静夜思》，背得摇头晃脑",
    "李白要是活在今天，估计也是个旅行博主", "李白故里一日游，江油的风景真不错",
    "最近眼睛干涩得厉害，医生让少看手机", "新配了一副眼镜，度数又涨了一百度",
    "戴眼镜的朋友拍照记得调一下角度防反光", "眼睛是心灵的窗户，今天带孩子去查了视力",
    "我和老伴周末去公园散步，顺便拍了几张照片", "老伴做的红烧肉，还是几十年前的味道",
    "出门前老伴叮嘱我路上留神", "下雨天路滑，大家走路留神", "过马路留神点，别光顾着看手机",
    "小雄今天数学考了一百分，奖励他一顿火锅", "小雄和小美是同一个幼儿园的",
    "飞哥带我们去吃了一家宝藏烧烤", "齐桓公姜小白，春秋五霸之首，今天讲讲他的故事",
    "周大夫给我开了三副中药，说喝完再复诊", "周大夫医术好，每次挂号都要排很久",
    "这个西瓜还甜吗？看着挺新鲜的", "女儿周末去少年宫学画，画了一只猫",
    "宝宝一岁半了，正是学话的时候", "学画第三周，临摹了一幅名画，老师说复刻得还挺像",
    "她的脸像妈妈，眼睛像爸爸", "我同意你的看法，周末就去爬山", "我们住在同一个小区，却从来没见过",
    "同一个世界，同一个梦想", "手机用久了就卡，该清理一下内存了", "奶奶在阳台种花，月季开得正好",
    "吃不完的菜打包带走，光盘行动从我做起", "打包好行李，明天出发去大理",
    "小狗听到门铃就汪汪叫个不停", "事情往往没有想象的那么简单",
    "楼下的小狗一见我就汪汪汪，太热情了", "按奶奶的方子复刻了一道老菜，老伴说味道一比一还原",
    "把李白的诗一比一还原成了手账插画", "恰恰舞是拉丁舞的一种，今天第一次上课",
    "好东西往往要等，慢慢来",
]
SOUND_ALIKE_FRAMES_H15 = [("{s}", ""), ("", "{s}"), ("今天的碎碎念", "{s}"), ("{s}", "#日常 #生活碎片")]

# The common-word marks in their ordinary sense, and Latin names that are English words, some
# beside the mark's own product words or 复刻 / 一比一 used of something else
COMMON_SENSE_H15 = [
    "周末去爬长城，好汉坡真的累", "长城脚下的日出，值得早起", "用积木一比一复刻了八达岭长城，拼了三个月",
    "北京古称燕京，这座城的故事讲不完", "燕京八景之一的卢沟晓月，今天终于打卡了",
    "老板今天请全组喝奶茶，开心", "打工人的日常：老板说这个需求很简单",
    "我们老板人很好，过年给每人发了红包", "老板，来碗牛肉面，多放香菜",
    "楼下水果店老板说这批芒果特别甜", "秦岭里拍到了金丝猴，一家三口在树上晒太阳",
    "动物园的金丝猴宝宝太可爱了", "金丝猴是国家一级保护动物，看到了一定别投喂",
    "登上黄鹤楼，终于理解了故人西辞黄鹤楼", "武汉三日游，黄鹤楼夜景绝了",
    "第一次在黄鹤楼下吃热干面", "用纸板一比一复刻了黄鹤楼，孩子的手工课作业",
    "听到孩子走丢的消息，她一下子六神无主", "女儿抱着她的小熊玩偶才肯睡觉",
    "露营的时候远远看见一只小熊，吓得我们赶紧回车上", "海天一色，站在礁石上什么烦恼都没了",
    "今年的第一场雪花飘下来了", "雪花落在睫毛上，拍了一张慢动作",
    "雪花纷飞的夜里，和老同学在路边摊喝啤酒", "广场上的飞鸽一点都不怕人",
    "沙漠里骑骆驼，屁股颠得生疼", "骆驼的睫毛真的好长", "穿着新买的登山鞋去沙漠看骆驼",
    "看到这张老照片，不禁联想到小时候的夏天", "这个设计让人联想到海浪",
    "祝大家新年旺旺旺，财源滚滚", "海鸥在船尾跟了一路，喂薯条都抢疯了",
    "青岛的海鸥冬天会飞来，栈桥上全是人", "全家统一了意见：暑假去新疆",
    "班服颜色统一成蓝色，拍毕业照", "永久的回忆，写在二十岁的夏天", "纹身是永久的，想清楚再纹",
    "最后十分钟气贯长虹，连进两球", "雨后天边挂着一道长虹", "中华美食博大精深，今天学做佛跳墙",
    "中华田园犬才是最忠诚的", "书法课写了四个字：振兴中华", "凤凰古城的夜景，沱江边的灯笼很美",
    "传说中的凤凰浴火重生", "大宝今天上幼儿园了，二宝在家哭了一早上", "我家大宝最近迷上了画画",
    "草地上一只大白兔蹦来蹦去，是邻居家养的", "女儿养了一只大白兔，取名叫棉花",
    "冬天的第一片雪花，像极了童话", "小熊饼干是我小时候最爱的零食",
    "路过老板娘的花店，买了一束向日葵", "飞鸽传书的年代，一封信要走好几个月",
    "Omega-3 supplements are good for your heart, my doctor says.",
    "Alpha and omega, the beginning and the end.",
    "I love to converse with strangers on long train rides.",
    "Finding a new balance between work and family after the baby.",
    "Yoga is helping me find a new balance this year.",
    "We took a cha-cha class last night and I kept stepping on his feet.",
    "The omega symbol showed up on my calculator and I have no idea why.",
    "Learning the chacha at my salsa school, week three.",
    "The kids conversed in three languages at dinner.",
    "Omega Centauri is the biggest globular cluster you can see without a telescope.",
    "Our teacher asked us to converse in English for the whole lesson.",
    "A new balance of power, the professor called it, and the class went quiet.",
]
COMMON_FRAMES_H15 = {"zh": [("{s}", ""), ("", "{s}"), ("随手拍", "{s} #记录生活")],
                     "en": [("{s}", ""), ("", "{s}"), ("weekend notes", "{s} #life")]}
VIEWERS_H15 = ["橘子味的风", "阿亮的日常", "三号线上的人", "不吃香菜", "老周爱钓鱼", "小葵花妈妈",
               "山那边的海", "今天不加班", "Momo的手账", "晚睡星人"]

PHRASING_H15 = Phrasing(
    "held_out_15", GOODS_H15, _price_h15, (OFFERS_ZH_H15, OFFERS_EN_H15),
    (RESALE_ZH_H15, RESALE_EN_H15), (RESALE_SEALED_ZH_H15, RESALE_SEALED_EN_H15), SEALED_GOODS_H15,
    (WARNINGS_ZH_H15, WARNINGS_EN_H15), (REVIEWS_ZH_H15, REVIEWS_EN_H15), AUTHORISED_H15,
    SOUND_ALIKE_H15, SOUND_ALIKE_FRAMES_H15, COMMON_SENSE_H15, COMMON_FRAMES_H15, VIEWERS_H15)


def fifteenth_held_out(seed: int = 223) -> list[Case]:
    """held_out_15: held_out_14's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings15()
    return _held_out_part(seed, words, MARKS_H15, PHRASING_H15, words.initials_of, DIGITS_H15)


# -- held_out_16 (issue 13, stop 31): a fourteenth hand --------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, its tests, the
# README's guard section past its first screen) nor any other part's phrasing templates; of this
# file it read only the module docstring, Case, the brand lists, MARKS_H10 .. MARKS_H15 and
# GOODS_H15 (as lists), Spellings15's method names, and how fifteenth_held_out assembles a part
# (the shared Phrasing and _held_out_part: families, sizes, Case fields), and of bench_brands.py
# only the scoring, PARTS and SEALED (after writing its sentences it read docs/brands.md's account
# of how held_out_14 was made, and a search showed it two of held_out_14's sound-alike sentences,
# one the same as its own: it then replaced every sentence and the sound-alike words it shared
# with those, and every sentence or longer title that stood to the letter in an earlier part). Its
# marks are the 51 loaded marks with the fewest held-out offers so far (held_out_15's counted
# twice, ties by mark: 16 common words, 34 Latin names, 41 not in held_out_15); its spellings come from outside data by its own code (Spellings16:
# pypinyin's readings toned, tone-numbered and toneless, a neutral-tone character read by its
# toned readings, same-reading characters from GB2312 level 1, level 2 and GBK-only charts of
# Python's codecs with OpenCC's traditional forms left out, twins of the Unicode confusables table
# shipped by confusable_homoglyphs, fancy and enclosed alphabets and combining marks looked up by
# Unicode name); its phrasing is its own, 20 or more shapes per family and language drawn per case:
# live-stream calls and bargaining, stuffed Taobao and Pinduoduo titles, Xianyu and WeChat private
# trade, group buys, daigou, comment replies and reposts, Douyin and Xiaohongshu captions, English
# marketplace and overseas sellers' listings, Cantonese and Taiwanese posts; benign texts as
# resellers with receipts and refund promises, authentication services, regulators, customs,
# courts, police, lawyers, brand-protection teams, reporters and cheated buyers write them,
# reported speech without quotation marks and questions included. Sealed: scored only by the lead
# with ``--parts held_out_16``; never printed, counts only; never run through the guard by its
# writer.
MARKS_H16 = [
    "美的", "兰蔻", "回力", "浪琴", "茅台", "蕉下", "乐高", "伊利", "佳能", "戴森", "斐乐", "熊猫", "白猫",
    "白象", "索尼", "大疆", "比亚迪", "红牛", "蒙牛", "施华洛世奇", "海尔", "片仔癀", "三只松鼠", "九阳",
    "红豆", "老干妈", "蓝月亮", "燕京", "老板", "长城", "六神", "安慕希", "小熊", "海天", "花西子", "雪花",
    "飞鸽", "骆驼", "洽洽", "自然堂", "万宝龙", "万斯", "娃哈哈", "完美日记", "巴宝莉", "德芙", "泡泡玛特",
    "波司登", "爱马仕", "范思哲", "蔻驰",
]
# what each mark's fakes are sold as, Chinese and (for a mark with a Latin name) English; a
# common-word mark's Chinese goods each hold one of its product cues
GOODS_H16: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "美的": (("变频空调", "对开门冰箱", "IH电饭煲", "滚筒洗衣机"), ("inverter air conditioner", "rice cooker")),
    "兰蔻": (("小黑瓶精华", "菁纯面霜", "粉水", "持妆粉底液"),
             ("Advanced Genifique serum", "Tonique Confort toner", "Teint Idole foundation")),
    "回力": (("小白鞋", "帆布鞋", "高帮篮球鞋"), ("canvas sneakers", "white shoes")),
    "浪琴": (("名匠机械表", "康卡斯潜水表", "心月女表"), ("Master Collection watch", "Conquest watch")),
    "茅台": (("飞天53度", "生肖酒", "酱香型白酒"), ("Feitian baijiu", "53% baijiu")),
    "蕉下": (("防晒伞", "防晒冰袖", "防晒衣", "遮阳帽"), ("sun umbrella", "UV arm sleeves", "sun hat")),
    "乐高": (("积木", "千年隼积木", "机械组跑车", "城市系列拼装"),
             ("building bricks", "Technic car set", "Millennium Falcon set")),
    "伊利": (("纯牛奶整箱", "金典有机奶", "奶粉"), ("milk powder", "whole milk")),
    "佳能": (("单反相机", "微单R6", "镜头", "打印机"), ("DSLR camera", "EOS R6 body", "lens")),
    "戴森": (("吹风机", "卷发棒", "吸尘器", "空气净化器"), ("Supersonic hair dryer", "Airwrap", "cordless vacuum")),
    "斐乐": (("老爹鞋", "运动卫衣", "猫爪鞋", "网球裙"), ("dad sneakers", "track jacket")),
    "熊猫": (("香烟", "细支香烟", "彩电电视"), ()),
    "白猫": (("洗洁精", "洗衣粉", "柠檬洗洁精"), ()),
    "白象": (("方便面", "汤好喝泡面", "大辣娇泡面"), ()),
    "红牛": (("功能饮料", "维生素饮料整箱", "罐装饮料"), ("energy drink",)),
    "索尼": (("降噪耳机", "微单相机", "PS5游戏机", "电视"), ("noise cancelling headphones", "PS5 console")),
    "大疆": (("无人机", "云台稳定器", "运动相机", "御3无人机"), ("drone", "gimbal", "action camera")),
    "比亚迪": (("汽车脚垫", "车载充电器", "原厂配件"), ("car floor mats", "car charger")),
    "蒙牛": (("特仑苏纯牛奶", "酸奶", "奶粉"), ("milk", "yogurt")),
    "施华洛世奇": (("天鹅项链", "水晶手链", "耳钉"), ("swan necklace", "crystal bracelet", "earrings")),
    "海尔": (("冰箱", "热水器", "洗衣机"), ("fridge", "water heater")),
    "片仔癀": (("锭剂", "珍珠膏", "化妆品套装"), ()),
    "三只松鼠": (("坚果大礼包", "夏威夷果", "碧根果", "每日坚果"), ()),
    "九阳": (("豆浆机", "破壁机", "电饭煲"), ("soymilk maker", "blender")),
    "红豆": (("衬衫", "男士内衣", "西服套装"), ("men's shirt", "suit")),
    "老干妈": (("风味豆豉", "油辣椒", "辣椒酱整箱"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "深层洁净洗衣液"), ()),
    "燕京": (("啤酒", "纯生啤酒", "啤酒整箱"), ()),
    "老板": (("油烟机", "燃气灶", "侧吸油烟机"), ()),
    "长城": (("干红葡萄酒", "哈弗原厂配件", "汽车脚垫"), ()),
    "六神": (("花露水", "沐浴露", "清凉花露水"), ()),
    "安慕希": (("酸奶", "希腊风味酸奶整箱", "常温酸奶礼盒"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "海天": (("酱油", "蚝油", "调味品套装"), ()),
    "雪花": (("啤酒", "纯生啤酒", "勇闯天涯啤酒"), ()),
    "花西子": (("雕花口红", "空气蜜粉", "同心锁口红", "眉笔"), ("carved lipstick", "loose powder")),
    "飞鸽": (("自行车", "单车", "老式二八自行车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "户外冲锋衣"), ()),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds",)),
    "自然堂": (("冰肌水", "面膜", "喜马拉雅面霜"), ("toner", "face masks")),
    "万宝龙": (("钢笔", "大班钢笔", "钱包", "皮带"), ("Meisterstück fountain pen", "wallet", "belt")),
    "万斯": (("板鞋", "棋盘格帆布鞋", "Old Skool板鞋"), ("Old Skool sneakers", "checkerboard slip-ons")),
    "娃哈哈": (("AD钙奶", "营养快线", "纯净水"), ("AD calcium milk drink",)),
    "完美日记": (("眼影盘", "小细跟口红", "散粉"), ("eyeshadow palette", "lipstick")),
    "巴宝莉": (("风衣", "格纹围巾", "格子衬衫", "香水"), ("trench coat", "check scarf", "perfume")),
    "德芙": (("巧克力", "丝滑牛奶巧克力", "巧克力礼盒"), ("chocolate", "chocolate gift box")),
    "泡泡玛特": (("盲盒", "Molly手办", "LABUBU盲盒", "SKULLPANDA手办"), ("blind boxes", "LABUBU figure")),
    "波司登": (("羽绒服", "鹅绒服", "长款羽绒服"), ("down jacket", "puffer coat")),
    "爱马仕": (("铂金包", "凯莉包", "丝巾", "皮带"), ("Birkin bag", "Kelly bag", "silk scarf")),
    "范思哲": (("美杜莎T恤", "香水", "皮带"), ("Medusa T-shirt", "perfume", "belt")),
    "蔻驰": (("托特包", "马车包", "斜挎包", "钱包"), ("tote bag", "crossbody bag", "wallet")),
}
# eaten, drunk, smoked, poured or used up: resold sealed and unopened
SEALED_GOODS_H16 = frozenset({"兰蔻", "茅台", "伊利", "熊猫", "白猫", "白象", "红牛", "蒙牛", "片仔癀",
                              "三只松鼠", "老干妈", "蓝月亮", "燕京", "六神", "海天", "安慕希", "雪花", "洽洽",
                              "自然堂", "娃哈哈", "完美日记", "德芙"})
# where sellers cut a word: ASCII and full-width punctuation, spaces of several widths, invisible
# characters, line breaks, emoji and the dingbats of Chinese captions
SEPARATORS_H16 = [".", "·", "/", " ", "-", "_", "*", "~", "|", "+", "'", "、", "。", "，", "～", "｜",
                  "＿", "丶", "◇", "\u200b", "\u200c", "\u2060", "\ufeff", "\u3000", "\u2009", "\n",
                  "🔥", "✨", "💰", "🎁", "❗", "👉", "🈶", "💯", "🌟", "♦"]
BRACKETS_H16 = [("【", "】"), ("「", "」"), ("(", ")"), ("[", "]"), ("《", "》"), ("〔", "〕")]
DIGITS_H16 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8",
              "g": "9", "z": "2"}
# scripts whose letters the confusables table gives as twins of Latin ones
SCRIPTS_H16 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "LATIN LETTER SMALL CAPITAL",
               "OLD ITALIC", "TIFINAGH")
# alphabets of fancy-text sites, by Unicode name ({c}: CAPITAL or SMALL, {l}: the letter)
ALPHABETS_H16 = ("MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL SANS-SERIF {c} {l}",
                 "MATHEMATICAL SANS-SERIF ITALIC {c} {l}", "MATHEMATICAL SANS-SERIF BOLD ITALIC {c} {l}",
                 "MATHEMATICAL SCRIPT {c} {l}", "MATHEMATICAL FRAKTUR {c} {l}",
                 "MATHEMATICAL BOLD FRAKTUR {c} {l}", "MATHEMATICAL DOUBLE-STRUCK {c} {l}",
                 "MATHEMATICAL MONOSPACE {c} {l}", "FULLWIDTH LATIN {c} LETTER {l}",
                 "CIRCLED LATIN {c} LETTER {l}", "PARENTHESIZED LATIN SMALL LETTER {l}",
                 "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}", "REGIONAL INDICATOR SYMBOL LETTER {l}")
COMBINING_H16 = ("COMBINING ACUTE ACCENT", "COMBINING GRAVE ACCENT", "COMBINING CIRCUMFLEX ACCENT",
                 "COMBINING DIAERESIS", "COMBINING TILDE", "COMBINING BREVE", "COMBINING DOT BELOW",
                 "COMBINING CEDILLA", "COMBINING LOW LINE", "COMBINING SHORT STROKE OVERLAY")


class Spellings16:
    """held_out_16's evasions, each written from outside data by this part's own code."""

    def __init__(self) -> None:
        import json
        import unicodedata
        from pathlib import Path

        import confusable_homoglyphs
        import opencc
        from pypinyin.pinyin_dict import pinyin_dict

        self._names = unicodedata
        # same-reading characters by chart tier (1: GB2312 level 1, 2: level 2, 3: GBK only),
        # keyed by the toned and by the toneless reading; traditional forms left out
        to_simple = opencc.OpenCC("t2s").convert
        self.toned: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.toneless: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for point in range(0x4E00, 0x9FA6):
            char = chr(point)
            if point not in pinyin_dict or to_simple(char) != char:
                continue
            tier = self._tier(char)
            if tier:
                toned = pinyin_dict[point].split(",")[0]
                self.toned[toned][tier].append(char)
                self.toneless[self._plain(toned)][tier].append(char)
        # Latin letters' twins of other scripts, from the confusables table
        table = json.loads((Path(confusable_homoglyphs.__file__).parent
                            / "confusables.json").read_text(encoding="utf-8"))
        self.twins: dict[str, list[str]] = {
            letter: [t["c"] for t in table.get(letter, ())
                     if len(t["c"]) == 1 and t["n"].startswith(SCRIPTS_H16)]
            for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

    @staticmethod
    def _tier(char: str) -> int:
        try:
            lead = char.encode("gb2312")[0]
            return 1 if lead < 0xD8 else 2
        except UnicodeEncodeError:
            try:
                char.encode("gbk")
                return 3
            except UnicodeEncodeError:
                return 0

    def _plain(self, toned: str) -> str:
        stripped = "".join(c for c in self._names.normalize("NFD", toned)
                           if not self._names.combining(c))
        return stripped.replace("ü", "v")

    def readings(self, mark: str, style: str = "plain", rng: random.Random | None = None) -> list[str]:
        """A mark's readings (plain, toned or numbered); with ``rng`` a neutral-tone character is
        read by one of its toned readings, as a brand name is said (美的: mei di)."""
        from pypinyin import Style, lazy_pinyin, pinyin

        numbered = lazy_pinyin(mark, style=Style.TONE3)
        toned = lazy_pinyin(mark, style=Style.TONE)
        if rng is not None:
            for i, (char, reading) in enumerate(zip(mark, numbered)):
                if not reading[-1].isdigit():
                    others = [r for r in pinyin(char, heteronym=True, style=Style.TONE)[0]
                              if self._plain(r) != r]
                    if others:
                        toned[i] = rng.choice(others)
                        numbered[i] = lazy_pinyin(toned[i], style=Style.TONE3)[0]
        if style == "toned":
            return toned
        if style == "numbered":
            return numbered
        return [self._plain(r) for r in toned]

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self.readings(mark))

    @staticmethod
    def _breaks(written: str, plain: str) -> bool:
        squeezed = written.lower()
        return plain.lower() not in squeezed

    def separated(self, text: str, rng: random.Random) -> str:
        units = [c for c in text if c != " "]
        while True:
            how = rng.random()
            if how < 0.12:       # each character in brackets: 【美】【的】
                left, right = rng.choice(BRACKETS_H16)
                written = "".join(f"{left}{c}{right}" for c in units)
            else:
                gaps = list(range(1, len(units)))
                if how < 0.55:   # every gap, one separator
                    cut, mixed = gaps, False
                elif how < 0.8:  # one or two gaps
                    cut, mixed = rng.sample(gaps, min(len(gaps), rng.choice((1, 1, 2)))), False
                else:            # every gap, a different separator in each
                    cut, mixed = gaps, True
                sep = rng.choice(SEPARATORS_H16)
                written = units[0]
                for i, unit in enumerate(units[1:], 1):
                    if i in cut:
                        written += rng.choice(SEPARATORS_H16) if mixed else sep
                    elif text.find(" ") >= 0 and len("".join(units[:i])) == text.find(" "):
                        written += " "
                    written += unit
            if self._breaks(written, text) and self._breaks(written.replace(" ", ""), text.replace(" ", "")):
                return written

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        forms = [
            lambda: letters, lambda: letters.upper(), lambda: ".".join(letters.upper()) + ".",
            lambda: " ".join(letters.upper()), lambda: "-".join(letters),
            lambda: "".join(chr(ord(c) - 0x61 + 0xFF21) for c in letters),   # full-width
            lambda: "#" + letters, lambda: "#" + letters.upper(),
            lambda: letters.upper() + rng.choice(("家", "家的", "同款", "款", "牌")),
            lambda: letters + rng.choice(("jia", "家", "style", "-brand", "同款")),
            lambda: "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters)),
            lambda: "*".join(letters.upper()),
        ]
        return rng.choice(forms)()

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        def clean(written: str) -> bool:
            squeezed = written.lower().replace(" ", "").replace("-", "")
            return mark not in written and (not latin or latin.lower().replace(" ", "") not in squeezed)

        for _ in range(200):
            plain = self.readings(mark, "plain", rng)
            toned = self.readings(mark, "toned", rng)
            numbered = self.readings(mark, "numbered", rng)
            half = [rng.random() < 0.5 for _ in mark]
            if all(half) or not any(half):
                half[rng.randrange(len(mark))] = not half[0] if len(mark) > 1 else True
            form = rng.randrange(11)
            written = [
                lambda: "".join(plain), lambda: "".join(p.capitalize() for p in plain),
                lambda: "".join(plain).upper(), lambda: " ".join(plain),
                lambda: "".join(toned), lambda: " ".join(toned),
                lambda: "".join(numbered), lambda: "-".join(plain),
                lambda: "".join(p if h else c for c, p, h in zip(mark, plain, half)),
                lambda: "".join(plain).capitalize() + rng.choice(("-style", "brand", "Style", "-like")),
                lambda: rng.choice(("the ", "正品", "")) + "".join(p.capitalize() for p in plain)
                + rng.choice(("家", "jia", "同款")),
            ][form]()
            if clean(written):
                return written
        raise ValueError(f"no pinyin spelling of {mark} leaves its Latin name {latin!r} unwritten")

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        toned = self.readings(mark, "toned")
        for _ in range(500):
            chars = list(mark)
            swaps = rng.sample(range(len(mark)), rng.choice((1, 1, 2)) if len(mark) > 1 else 1)
            for i in swaps:
                tables = [self.toned[toned[i]], self.toneless[self._plain(toned[i])]]
                if rng.random() < 0.4:
                    tables.reverse()
                # sellers reach for common characters first, rarer ones now and then: the drawn
                # chart tier, then the other reading, then the next tier
                tier = rng.choices((1, 2, 3), weights=(12, 3, 1))[0]
                for chart in (tier, *(t for t in (1, 2, 3) if t != tier)):
                    choices = [c for table in tables for c in table.get(chart, ()) if c != mark[i]]
                    choices = [c for c in tables[0].get(chart, ()) if c != mark[i]] or choices
                    if choices:
                        chars[i] = rng.choice(choices)
                        break
            written = "".join(chars)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"no homophone of {mark}")

    def _lookup(self, name: str) -> str | None:
        try:
            return self._names.lookup(name)
        except KeyError:
            return None

    def confusable(self, latin: str, rng: random.Random) -> str:
        while True:
            how = rng.random()
            if how < 0.45:       # twins of other scripts for some or all letters
                odds = rng.choice((0.35, 0.6, 1.0))
                written = "".join(rng.choice(self.twins[c]) if self.twins.get(c) and rng.random() < odds
                                  else c for c in latin)
            elif how < 0.8:      # the whole name in one fancy alphabet
                alphabet = rng.choice(ALPHABETS_H16)
                upper = rng.random() < 0.4 or "SMALL" not in alphabet.replace("{c}", "SMALL")
                word = latin.upper() if upper and "{c}" not in alphabet else (latin.upper() if upper else latin)
                written = "".join((self._lookup(alphabet.format(c="CAPITAL" if c.isupper() else "SMALL",
                                                                l=c.upper())) or c) if c.isalpha() else c
                                  for c in word)
                if alphabet.startswith("REGIONAL"):   # keep flags from pairing up
                    written = "\u200b".join(written)
            else:                # accents or strokes over some letters
                mark = self._names.lookup(rng.choice(COMBINING_H16))
                written = "".join(c + mark if c.isalpha() and rng.random() < 0.5 else c for c in latin)
            if latin.lower() not in written.lower() and written != latin:
                return written

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        while True:
            odds = rng.choice((0.4, 0.7, 1.0))
            written = "".join(DIGITS_H16[c.lower()] if c.lower() in DIGITS_H16 and rng.random() < odds
                              else c for c in latin)
            if written.lower() != latin.lower():
                return written


def _price_h16(rng: random.Random, english: bool) -> str:
    amount = rng.choice((29, 45, 66, 89, 109, 139, 169, 198, 230, 279, 320, 388, 450, 520, 760, 999,
                         1380))
    if english:
        return rng.choice((f"${amount}", f"US ${amount}", f"{amount} dollars", f"${amount} shipped",
                           f"£{amount}", f"{amount}$"))
    return rng.choice((f"¥{amount}", f"{amount}元", f"{amount}米", f"{amount}💰", f"{amount}块",
                       f"{amount}r", f"￥{amount}.00"))


# Counterfeit offers (account name, title, description): {w} the mark as the seller wrote it, {p}
# the goods, {n} a price. Each offers goods it says, in the trade's own words, are not genuine.
OFFERS_ZH_H16 = [
    ("晓晓好物直播间", "{w}{p} 3号链接", "家人们看过来！{w}{p}工厂同版，一比一开模，专柜扫码是扫不出来的哈，介意的别拍，今天直播间{n}秒完就下"),
    ("阿坤潮品", "【顶级版本】{w}{p} 原厂皮料 细节对比专柜", "不是正品，是目前市面最高版本，懂货的直接私，{n}包顺丰"),
    ("莆田小陈", "{w}{p}", "纯原复刻，细节可对比，支持得物同款包装（不过验），{n}出"),
    ("闲置小铺77", "全新{w}{p}（高仿）", "朋友厂里拿的高仿{w}{p}，跟正品放一起分不出来，{n}不刀，懂的来"),
    ("微商Lily", "今日上新💥{w}{p}", "A货天花板！{w}{p}超A版本到了，配全套盒子小票，宝子们{n}就能背上身，加v看实拍"),
    ("直播间小宇哥", "{w}{p}最后20单", "兄弟们别问是不是真的，真的能卖这个价吗？{w}{p}原单尾货，做工一样的，{n}拍一发二"),
    ("拼团群主阿芳", "【拼单】{w}{p} 三人成团", "群里老规矩，{w}{p}仿版，跟专柜一模一样，3人拼团每人{n}，截单时间今晚十点"),
    ("香港代购Vicky", "{w}{p} 港版", "姐妹们说实话这批不是专柜货，是高仿代购货，外观跟正品无差，{n}包邮到家，不接受以假货为由退款"),
    ("台湾小舖", "{w}{p} 副厂 現貨", "副廠貨，做工跟正廠差不多，{n}含運，不議價，要的私訊"),
    ("广州站西档口", "{w}{p} 档口批发 一件代发", "{w}{p}精仿，批发价{n}，量大从优，一件代发，包装齐全"),
    ("小鹿潮鞋铺", "{w}{p} 公司级版本 细节到位", "公司级版本（非正品），原盒原标，鞋面细节对比图在主页，{n}，过验是不可能的哈"),
    ("抖音好物推荐官", "{w}{p}平替？不，是复刻！", "专柜卖几千的{w}{p}，我们这里复刻版{n}，外行根本看不出来 #好物分享 #高性价比"),
    ("二手转转小王", "{w}{p} 仿的 九成新", "之前买的{w}{p}，仿的哈提前说明，用了两次，{n}出，不退不换"),
    ("胖哥直播", "{w}{p}秒杀价 库存不多", "来来来，{w}{p}高仿，做到这个程度的不多，一样的料，不一样的价，{n}，扣1给你上车"),
    ("海外仓直发", "{w}{p} 1:1 附防伪卡", "1:1做工，附带防伪卡和鉴定证书（仿），{n}，国内现货三天到"),
    ("粤语潮牌屋", "{w}{p} 靓货", "呢批{w}{p}系A货嚟嘅，做得好靓，同正版一模一样，{n}包邮，要嘅PM"),
    ("精品仿货阿明", "{w}{p}", "做了十年仿货，{w}{p}这一版是我卖过最像的，{n}，拍前问库存"),
    ("小店福利姬", "{w}{p}原单 出口转内销", "外贸原单，吊牌剪标处理，懂的都懂，{w}{p}{n}，非专柜渠道"),
    ("淘宝掌柜阿星", "{w}{p}同款 超a 大牌 高品质 原版 顶级 新款 正品级", "正品级做工，非专柜正品，{n}，支持七天无理由（不支持以假货为由）"),
    ("朋友圈卖货小美", "姐妹们速来！", "{w}{p}！！工厂货，跟专柜比就差一个发票，{n}到手，手慢无"),
    ("鑫鑫精品", "{w}{p} 高版本 免费对比", "可以拿真货来对比，免费；高版本{w}{p}，{n}，不是真的不要问"),
    ("砍价直播小七", "{w}{p}还能便宜吗？", "刚才那位姐问{w}{p}能不能再少，行，仿货嘛给你{n}，三号链接自己拍"),
    ("评论区回复", "回复@花花：有的", "{w}{p}有货的宝，是高仿的哈，私我{n}给你"),
    ("转发抽奖号", "转发：{w}{p}清仓", "转发朋友的：{w}{p}复刻清仓{n}一件，专柜同模具，不退不换"),
    ("鞋贩子阿龙", "纯原{w}{p} 现货", "纯原版本，跟正品同一批料子（不是正品），{n}，三天发货，看好再拍"),
    ("代购小姐姐", "{w}{p}代购", "这次去的不是专柜，是工厂，{w}{p}一比一，{n}，介意勿扰"),
]
OFFERS_EN_H16 = [
    ("Kayla | fashion finds", "{w} {p} ✨ rep haul restock", "Restocked the {w} {p} reps everyone asked for! Unbranded box, {n}, comment LINK and I'll send it"),
    ("Seller in Bangkok", "{w} {p} copy grade A", "Grade A copy {w} {p}, same like original, {n}, send to worldwide by EMS"),
    ("Fast Flip Deals", "{w} {p} - not real, priced accordingly", "Not real, priced accordingly: {w} {p} for {n}. Looks legit from a metre away"),
    ("RepKing Store", "{w} {p} | 1:1 | mirror grade | QC avail", "Top-tier replica {w} {p}, identical to retail, {n}, DM for QC pics"),
    ("luxe_finds_daily", "{w} {p} AAA+", "AAA+ copy of the {w} {p}. Not authentic, but nobody can tell. {n}, worldwide shipping"),
    ("Batch Plug", "{w} {p} — top batch, QC pics", "Best batch on the market for the {w} {p}. Rep, not retail. {n}. WhatsApp for the album"),
    ("UA Factory", "{w} {p} - factory version", "Unauthorized factory run of the {w} {p}, same materials, no receipt. {n}, ships in 5 days"),
    ("Sasha's closet", "{w} {p} replica - brand new", "Brand new replica {w} {p}, looks exactly like the real one. {n} firm, no trades"),
    ("discount_designer_hk", "Hong Kong {w} {p} knockoff", "High-grade knockoff {w} {p} from a Guangzhou workshop. {n}, tracking included"),
    ("Mike_reps", "WTS {w} {p}", "WTS {w} {p} reps, 1:1 stitching, {n} + shipping. Not genuine, don't ask for receipts"),
    ("street vendor online", "copy {w} {p} good quality", "Good copy of {w} {p}, {n}, buy two get one free. Message me before it's gone"),
    ("Global Bargain Hub", "Fake {w} {p} - same as store", "Yes it is fake, yes it looks the same as in store. {w} {p} for {n}"),
    ("Live with Jenna", "LIVE NOW: {w} {p} super copies", "Going live with {w} {p} super copies tonight, first ten buyers get {n}, type MINE in chat"),
    ("eshop_4_u", "mirror-grade {w} {p}", "Mirror-grade {w} {p}, serial numbers printed but not registered. {n}"),
    ("Trusted Seller 99%", "{w} {p} [not authentic, see desc]", "Listing as not authentic to be honest: {w} {p}, top replica, {n}, PayPal F&F only"),
    ("Weekend market stall", "{w} {p} lookalike with logo", "Full logo {w} {p}, made to look exactly like the original, {n} each"),
    ("Plug_from_Putian", "{w} {p} from Putian", "Putian-made {w} {p}, 1:1 with retail, {n}, QC photos before shipping"),
    ("bag_lady_deals", "{w} {p} - high end rep", "High end rep {w} {p}, comes with dust bag and fake receipt. {n}"),
    ("gadget_clone_store", "{w} {p} clone w/ full branding", "Clone {w} {p}, full branding, works like the real one (mostly). {n}, no warranty"),
    ("Comment reply", "@jay yes still have", "@jay yes, still have the {w} {p} reps, {n}, check your DMs"),
    ("Overseas Deals UK", "{w} {p} inspired 1:1 w/ logos", "Replica {w} {p} with all the logos, UK stock, {n}, next day delivery"),
    ("Reseller_Jin", "{w} {p} budget version", "Budget version of the {w} {p} (replica), same look for {n} instead of retail"),
    ("Group buy organiser", "GB: {w} {p} reps", "Group buy open for {w} {p} reps, {n} per unit if we hit 20 orders, closes Sunday"),
    ("Daigou Annie", "{w} {p} daigou (factory)", "Factory daigou, not counter stock: {w} {p} 1:1, {n}, no returns because it's a copy"),
]
# Resale of genuine goods (name, title, description): {m} the mark, {p} the goods, {n} a price
RESALE_ZH_H16 = [
    ("闲鱼用户小周", "自用{m}{p} 转让", "去年在官方旗舰店买的{m}{p}，有购买记录和发票可以截图，九成新，{n}出，可走平台验货，假一赔三"),
    ("搬家清仓中", "搬家出{m}{p}", "搬家带不走，{m}{p}专柜购入，小票还在，照片里有，{n}，同城自提优先"),
    ("爱折腾的阿杰", "{m}{p} 99新", "{m}{p}用了不到一个月，盒子说明书齐全，支持鉴定，鉴定不是正品我来回运费全包"),
    ("二手寄卖店", "寄卖｜{m}{p}", "本店寄卖商品均经第三方鉴定，{m}{p}附鉴定证书，{n}，七天内不满意可退"),
    ("转转验机", "{m}{p} 已验", "转转官方验货通过，{m}{p}成色如图，{n}，验货报告见最后一张图"),
    ("小白的闲置", "{m}{p} 送礼没用上", "别人送的{m}{p}，有礼品卡和购物小票，吊牌都没拆，原价的六折{n}"),
    ("奢品回收店", "{m}{p} 回收 鉴定后入库", "我们是做二手奢品回收的，{m}{p}经过两道鉴定才会上架，{n}，终身保真，假一赔十"),
    ("上海阿May", "出个{m}{p}", "专柜买的，换季了不穿了（用），{m}{p}{n}，介意二手勿拍，可以当面验"),
    ("宝妈闲置", "{m}{p} 便宜出", "孩子大了用不上，{m}{p}保修卡都在，官网可以查序列号，{n}自提"),
    ("数码回收阿亮", "{m}{p} 国行 在保", "国行{m}{p}，保修还有半年，序列号官网可查，{n}，不是翻新机"),
    ("台北二手", "{m}{p} 二手 正品", "在百貨專櫃買的{m}{p}，附購買證明，{n}，可面交驗貨"),
    ("香港阿Ken", "放{m}{p}", "喺專門店買嘅{m}{p}，有單有盒，{n}，可以約地鐵站交收"),
    ("毕业清仓学姐", "毕业季清仓：{m}{p}", "大四毕业要走啦，{m}{p}是在学校旁边的专卖店买的，有收据，{n}，学弟学妹优先"),
    ("极简生活", "断舍离 {m}{p}", "断舍离系列，{m}{p}买回来很少用，附官方小程序订单截图，{n}，包邮"),
    ("验货宝认证卖家", "{m}{p} 支持先验后发", "支持平台先验后发，{m}{p}，鉴定为正品才发货，不是正品平台直接退款给你"),
    ("评论区卖家回复", "回复@小雨：是正品", "是正品的亲，{m}{p}当时在官方店下单的，订单号可以私发给你核对"),
    ("小区二手群", "群里转个{m}{p}", "邻居们，{m}{p}闲置，商场专柜买的，小票在，{n}，楼下自取"),
    ("换新出旧", "{m}{p} 换新了出旧的", "以旧换新没换成，旧的{m}{p}出了，外观有使用痕迹，功能正常，{n}"),
    ("某鉴定平台", "{m}{p} 鉴定通过 寄售", "寄售商品，{m}{p}已由平台鉴定师鉴定为正品，附鉴定编号，{n}"),
    ("小刘二手", "{m}{p}，非诚勿扰", "正品{m}{p}，怕买到假货的可以先去专柜验，验完再付款，{n}"),
]
RESALE_EN_H16 = [
    ("Buy-back dealer", "We buy and sell {m} {p}", "We buy back genuine {m} {p} and resell after inspection; every piece comes with our authenticity report. This one {n}"),
    ("Facebook group post", "{m} {p} for sale, proof of purchase", "Selling my {m} {p}, bought in store last spring, proof of purchase and box included. {n}, collection only"),
    ("Vinted seller", "{m} {p} - worn twice", "Worn twice, {m} {p}, original tags and receipt. {n}. Item verification available at checkout"),
    ("Reply to comment", "@ana yes it's authentic", "@ana yes it's authentic, I can send the order confirmation from the {m} website. {p}, {n}"),
    ("Pawn shop listing", "{m} {p} - tested & verified", "{m} {p} tested and verified by our in-house authenticator. {n}, 30-day guarantee"),
    ("Downsizing", "{m} {p}, like new", "Downsizing my collection: {m} {p}, like new, with the brand's warranty card. {n}"),
    ("Refurb store", "Official refurbished {m} {p}", "Manufacturer-refurbished {m} {p} with a one-year warranty, {n}. Not a copy, not grey import"),
    ("Quick sale", "{m} {p} - need gone this week", "Need this gone by Friday: genuine {m} {p}, bought at the airport duty free, receipt attached. {n}"),
    ("Marketplace seller", "{m} {p} - used, with receipt", "Selling my {m} {p}, bought at the flagship store, receipt in photos. {n}, happy to meet at an authenticator"),
    ("closet clear-out", "Pre-loved {m} {p}", "Pre-loved {m} {p} in great condition, original box and proof of purchase. {n} or best offer"),
    ("Certified Pre-Owned", "{m} {p} - authenticated", "Authenticated by a third-party service, certificate included. {m} {p}, {n}, 14-day returns"),
    ("moving sale", "{m} {p} moving sale", "Moving abroad, {m} {p} has to go. Bought new from the official store, {n}"),
    ("student resale", "{m} {p}, barely used", "Barely used {m} {p}, registered serial, warranty card included. {n}, pickup on campus"),
    ("consignment boutique", "{m} {p} on consignment", "Consigned {m} {p}, inspected in store for authenticity, {n}. Full refund if it ever fails authentication"),
    ("Gift I never used", "{m} {p} gift - unused", "Got this {m} {p} as a gift, never used, gift receipt available. {n}"),
    ("eBay authenticity guarantee", "{m} {p} (Authenticity Guarantee)", "This {m} {p} ships through the authenticity guarantee program, so it is checked before it reaches you. {n}"),
    ("upgrade sale", "Upgraded, selling old {m} {p}", "Upgraded to the new model, selling my old {m} {p}. Original purchase invoice attached. {n}"),
    ("Local pickup only", "{m} {p} - genuine", "Genuine {m} {p}, you are welcome to check it at the brand store before paying. {n} cash"),
    ("Reply to buyer", "Re: is it real?", "Yes it is real. Bought the {m} {p} at the department store, the invoice number is in the second photo"),
    ("estate sale", "{m} {p} from estate sale", "From my late aunt's collection, {m} {p} with the original papers. {n}"),
]
RESALE_SEALED_ZH_H16 = [
    ("囤货过多", "{m}{p} 未拆封", "年货囤多了，{m}{p}全新未拆封，保质期到明年，超市购物小票在，{n}"),
    ("公司福利转让", "单位发的{m}{p}", "单位过节发的{m}{p}，家里吃不完/用不完，原封未动，{n}，同城可送"),
    ("闲置小铺", "{m}{p} 全新", "官方旗舰店买多了，{m}{p}全新没开过，有订单截图，{n}，包邮"),
    ("宝妈转让", "{m}{p} 转", "孩子不爱，{m}{p}没拆，生产日期看图，{n}自提"),
    ("同事拼单多了", "拼单多了一份{m}{p}", "跟同事拼单多出来一份{m}{p}，正品超市买的，原价转，{n}"),
    ("搬家清仓", "清仓：{m}{p}", "搬家带不走，{m}{p}未开封，在大型商超买的，{n}，不议价"),
    ("临期折扣群", "{m}{p} 临期特价", "正规渠道进货的{m}{p}，离过期还有两个月，所以便宜，{n}，介意临期勿拍"),
    ("年会奖品转让", "年会抽到的{m}{p}", "年会抽奖抽到的{m}{p}，全新未拆，{n}出，可验货"),
    ("婚礼剩余", "婚礼剩下的{m}{p}", "婚礼用剩的{m}{p}，整箱未拆，酒店采购单还在，{n}"),
    ("送礼多了", "{m}{p} 礼盒装", "过年亲戚送的{m}{p}礼盒，家里不用，未拆封，{n}，同城面交"),
    ("回收行", "回收{m}{p} 全新未拆", "本店回收转卖全新{m}{p}，每件都查过批次码，{n}，保真"),
    ("宿舍转让", "{m}{p} 便宜出", "室友买错了，{m}{p}全新没开，是在京东自营买的，{n}"),
    ("台灣團購多的", "{m}{p} 全新", "團購多買的{m}{p}，全新未拆，附發票，{n}面交"),
    ("闲置回血", "{m}{p}回血", "{m}{p}未拆封，专柜买的赠品也一起送，{n}，可小刀"),
]
RESALE_SEALED_EN_H16 = [
    ("Hamper leftovers", "{m} {p} from a Christmas hamper", "Unopened {m} {p} from a Christmas hamper, sealed, {n}"),
    ("Bulk buy split", "Splitting a bulk buy: {m} {p}", "Bought {m} {p} in bulk from the wholesaler, splitting the box, sealed units at {n} each"),
    ("Duty free extra", "Duty free {m} {p}, sealed", "Brought back an extra {m} {p} from duty free, still in shrink wrap, receipt attached. {n}"),
    ("Raffle prize", "Won {m} {p} in a raffle", "Won this {m} {p} in a school raffle, never opened, {n} or swap"),
    ("Overstock clear-out", "{m} {p} - sealed", "Bought too many, {m} {p} still sealed, supermarket receipt included. {n}"),
    ("Office party leftovers", "Sealed {m} {p}", "Leftover from our office party, {m} {p} unopened, best before next year. {n}"),
    ("Gift box resale", "{m} {p} gift box, unopened", "Received the {m} {p} gift box twice, selling one unopened. {n}"),
    ("Moving sale", "{m} {p} (new, sealed)", "Moving next week: sealed {m} {p} from the official store, {n}, pickup only"),
    ("Short-dated deals", "{m} {p} short dated", "Genuine {m} {p} from a wholesaler, short dated so discounted, {n}"),
    ("Duplicate order", "{m} {p} - duplicate order", "Accidentally ordered twice from the brand's online store, {m} {p} sealed, {n}"),
    ("Wedding leftovers", "{m} {p} leftover from wedding", "Leftover {m} {p} from our wedding, never opened, invoice available. {n}"),
    ("Student resale", "{m} {p} unopened", "Unopened {m} {p}, bought at the campus store, {n}"),
]
# Consumer warnings, regulators' notices, complaints and questions: {m} the mark, {p} the goods
WARNINGS_ZH_H16 = [
    ("评论区网友", "回复@小北：别买", "那家说{m}{p}是专柜同款原单的我买过，就是假的，洗一次就掉色，别信他们说的内部渠道"),
    ("被骗的大学生", "分期买的{m}{p}是假货怎么办", "在校园群里分期买了{m}{p}，说是代购正品，结果专柜说是假货，钱还没还完，能报警吗？"),
    ("海关12360", "旅客携带假冒{m}{p}被查", "一旅客入境时携带假冒{m}{p}20件，被海关依法扣留，海关提醒个人携带物品应以自用合理数量为限"),
    ("检察院发布", "假冒{m}{p}案被提起公诉", "犯罪嫌疑人租用民房生产假冒{m}{p}，再通过直播和社交平台以{n}左右的价格销售，检察院已提起公诉"),
    ("网友提问", "{m}{p}的高仿和正品区别大吗？", "朋友送了个{m}{p}，我怀疑是高仿，想问问高仿和正品到底差在哪，怎么去验？"),
    ("打假志愿者", "揭秘假{m}{p}的销售话术", "卖假{m}{p}的最爱说：原单、尾单、工厂货、专柜扫不出来、懂的来。听到这些基本就是假的"),
    ("消费维权小助手", "{m}{p}别再买便宜货了", "那些说{m}{p}一比一、跟专柜一样的卖家全是卖假货的，正品不可能{n}，大家擦亮眼睛"),
    ("市场监管局", "关于{m}{p}假冒商品的消费提示", "近期我局接到多起关于假冒{m}{p}的投诉，提醒消费者通过官方渠道购买，索要发票，发现假冒请拨打12315"),
    ("被骗的小林", "买到假的{m}{p}了，气死", "在某直播间{n}买的{m}{p}，收到一看就是假的，做工粗糙，客服说是正品，现在已经投诉到平台"),
    ("问答网友", "买高仿{m}{p}违法吗？", "想问一下，自己买高仿{m}{p}穿/用犯法吗？卖的人是不是会被抓？"),
    ("律师说法", "卖假{m}{p}要承担什么责任", "销售假冒{m}{p}，金额较大的可能构成销售假冒注册商标的商品罪，消费者可主张退一赔三"),
    ("打假博主老郑", "教你三招辨别{m}{p}真假", "看包装印刷、查防伪码、对比官方图片。凡是标价{n}还说是正品{m}{p}的，十有八九是假货"),
    ("海关发布", "口岸截获一批侵权{m}{p}", "近日海关在出口货物中查获侵犯{m}商标专用权的{p}一批，共计2000余件，已依法扣留"),
    ("品牌维权团队", "关于假冒{m}{p}的声明", "近期发现多个网店冒用{m}名义销售假冒{p}，本公司从未授权上述店铺，请消费者认准官方渠道"),
    ("法院公众号", "案例｜售假{m}{p}被判刑", "被告人从广州购进假冒{m}{p}800件，以每件{n}的价格在网上销售，法院以销售假冒注册商标的商品罪判处有期徒刑一年"),
    ("警方通报", "警方端掉一个假冒{m}{p}加工点", "警方在城郊一仓库查获假冒{m}{p}3000余件，抓获嫌疑人5名，案件正在进一步侦办中"),
    ("网友提醒", "评论区那些说有{m}{p}原单的，别信", "评论区总有人说有{m}{p}原单、尾货、内部渠道，全是假的，我朋友就被骗了{n}"),
    ("维权群转发", "转：{m}{p}假货曝光", "转发提醒：某宝上好多{m}{p}标着正品，实际是假货，买之前一定看店铺有没有授权"),
    ("12315投诉平台", "投诉：收到假冒{m}{p}", "本人于上月购买{m}{p}，经品牌方鉴定为假冒，商家拒绝退款，请求依法处理"),
    ("小红书测评姐", "姐妹们避雷假{m}{p}", "避雷！这种包装的{m}{p}是假的，字体歪、颜色不对，专柜说根本没有这个批次"),
    ("消协", "双十一购买{m}{p}消费提示", "消协提醒：购买{m}{p}请选择品牌官方店或授权店，警惕远低于市场价的“正品”"),
    ("闲鱼鉴定师", "鉴定了一个假{m}{p}", "今天帮粉丝鉴定了一个{m}{p}，假的，卖家说是专柜货，{n}买的，大家二手买一定要先验"),
    ("知乎提问", "{m}{p}价格差这么多是不是假货？", "同样的{m}{p}，官方卖原价，拼团只要{n}，便宜这么多是不是假的？求懂的人说说"),
    ("香港消委会", "消委會提醒：小心假{m}{p}", "有市民投訴喺網上買到假冒{m}{p}，消委會提醒市民留意賣家資料及價格是否合理"),
    ("台灣消保官", "小心網購假冒{m}{p}", "消保官提醒，網路上標榜原廠的{m}{p}若價格異常低廉，可能為仿冒品，購買前請確認賣家授權"),
    ("直播间观众", "主播说是正品结果是假的", "看直播买的{m}{p}，主播一直喊正品保证，结果拿去专柜验是假的，差评已写"),
    ("律师函", "关于停止销售假冒{m}{p}的律师函", "本律师受{m}品牌权利人委托，要求贵店立即停止销售假冒{p}并下架相关链接，否则将依法追究责任"),
    ("财经记者", "假冒{m}{p}流入电商平台调查", "记者调查发现，一些宣称“一比一”的{m}{p}在多个平台销售，售价{n}左右，远低于正品"),
    ("电商平台公告", "平台治理公告：{m}{p}", "平台近期清退一批销售假冒{m}{p}的店铺，共下架商品链接1200余条，欢迎用户继续举报"),
    ("吃过亏的人", "代购买的{m}{p}是假的", "找朋友圈代购买的{m}{p}，说是香港专柜的，拿去鉴定是假的，代购已经把我拉黑了"),
    ("小课堂", "为什么不要买高仿{m}{p}", "买高仿{m}{p}不仅质量没保障，还等于给制假售假的人送钱，也侵犯了品牌的商标权"),
    ("群聊截图", "群里有人卖假{m}{p}", "提醒一下，群里那个说{m}{p}{n}包邮的，就是卖假货的，已经有人被骗"),
]
WARNINGS_EN_H16 = [
    ("Comment thread", "Re: cheap {m} {p}", "People in these comments saying they got a {m} {p} for {n} that's as good as the real one are buying fakes"),
    ("Cease and desist", "Legal notice re {m} {p}", "On behalf of the {m} trademark owner we demand that you stop offering counterfeit {p} and remove all listings within seven days"),
    ("Travel advice", "Fake {m} {p} at tourist markets", "Tourist markets are full of fake {m} {p}. Bringing large quantities through customs can get them seized"),
    ("Question", "Can I return a fake {m} {p}?", "The {m} {p} I bought online for {n} is obviously counterfeit. Can I still get a refund if I already left a review?"),
    ("Local paper", "Market traders fined over fake {m} {p}", "Three traders were fined after officers found counterfeit {m} {p} on their stalls, priced at around {n}"),
    ("Authenticator", "We see a lot of fake {m} {p}", "About a third of the {m} {p} sent to us this month were counterfeit. If a seller won't give a receipt, walk away"),
    ("Consumer Watch", "Heads up: counterfeit {m} {p} going around", "Sellers who say their {m} {p} is 1:1 or mirror quality are selling counterfeits. Retail is never {n}"),
    ("Trading Standards", "Warning issued over counterfeit {m} {p}", "Trading Standards have seized counterfeit {m} {p} at a local market and urge shoppers to buy from authorised retailers"),
    ("Scammed buyer", "Got a fake {m} {p}", "Paid {n} for a {m} {p} from a social media seller, it arrived and it's clearly fake. The seller blocked me"),
    ("Reddit question", "Legal to own a replica {m} {p}?", "Genuinely asking: is it illegal to buy a replica {m} {p} for myself, or only to sell them?"),
    ("Customs news", "Customs seize fake {m} {p}", "Border officers seized 4,000 counterfeit {m} {p} worth an estimated retail value of millions, officials said"),
    ("Brand protection team", "Notice on counterfeit {m} {p}", "We are aware of websites selling counterfeit {m} {p}. These sites are not affiliated with us; please buy only from our official stores"),
    ("Court report", "Man jailed for selling fake {m} {p}", "The court heard he sold more than 600 fake {m} {p} online at around {n} each before police raided his garage"),
    ("Police update", "Raid on counterfeit {m} {p} warehouse", "Officers found thousands of fake {m} {p} and packaging in a warehouse raid on Tuesday; two people were arrested"),
    ("Authentication tips", "Spotting a counterfeit {m} {p}: my checklist", "Check the stitching, the serial and the font. If the listing says replica, AAA or 1:1, the {m} {p} is fake"),
    ("Consumer lawyer", "Bought a fake {m} {p}? Your rights", "If you were sold a counterfeit {m} {p} as genuine, you are entitled to a full refund from the seller or platform"),
    ("Forum PSA", "PSA: those {m} {p} deals on social media", "Those {m} {p} deals for {n} you keep seeing in ads are fakes. Report the ads, don't buy"),
    ("News desk", "Counterfeit {m} {p} flood online marketplaces", "An investigation found dozens of listings for counterfeit {m} {p}, many claiming to be factory seconds"),
    ("Reply in thread", "@sam that's not real", "@sam that {m} {p} isn't real, the logo is off and the price is way too low. Get your money back"),
    ("Parent warning", "Fake {m} {p} bought for my kid", "Bought a {m} {p} for my son's birthday from a pop-up shop, turned out to be counterfeit. Please be careful"),
    ("Regulator notice", "Notice: counterfeit {m} {p}", "The regulator has issued a notice on counterfeit {m} {p} sold through live-stream shops; consumers should keep receipts and report sellers"),
    ("Question from buyer", "Is this {m} {p} genuine?", "Saw a {m} {p} for {n} at a market stall, seller swore it was genuine. Is that even possible at that price?"),
    ("Marketplace policy", "Why we removed {m} {p} listings", "We removed listings describing {m} {p} as replicas or mirror copies, which break our counterfeit policy"),
    ("Buyer's complaint", "Complaint: fake {m} {p} received", "I ordered an authentic {m} {p} and received a counterfeit. The platform refused a refund, so I have filed a complaint"),
]
# Reviews, news and comparisons: {m} the mark, {p} the goods
REVIEWS_ZH_H16 = [
    ("记者探访", "探访{m}{p}工厂", "记者走进{m}的{p}生产线，看一件产品从原料到出厂要经过多少道质检"),
    ("闲鱼买家分享", "闲鱼买的{m}{p}验了是真的", "在闲鱼买了二手{m}{p}，走了平台验货，验出来是正品，卖家人也很好，记录一下"),
    ("数码老炮", "{m}{p}深度测评", "用了三个月{m}{p}，说说优缺点：做工扎实，细节到位，就是价格偏高，{n}入手不算便宜"),
    ("真假对比实验室", "{m}{p}正品和假货放一起比一比", "左边是专柜买的正品{m}{p}，右边是网上买的仿品，仔细看走线和logo就能看出差别"),
    ("新闻早知道", "{m}发布新款{p}", "{m}今日发布新一代{p}，官方售价{n}起，将于下周在各大门店和官方渠道开售"),
    ("小红书博主", "{m}{p}开箱", "终于等到了！在{m}官方旗舰店买的{p}，开箱给大家看看，包装很用心 #开箱 #好物分享"),
    ("财经快讯", "{m}三季度业绩", "{m}发布三季度财报，{p}品类销售额同比增长两位数，线上渠道贡献明显"),
    ("鉴定师日常", "今天鉴定的{m}{p}是真的", "粉丝送来的{m}{p}，从做工、编码到包装都没问题，是正品，恭喜"),
    ("测评up主", "{m}{p}值不值得买", "很多人问{m}{p}值不值，我的答案是看需求，日常用很够，预算有限可以等活动"),
    ("地方新闻", "{m}在本市开设新门店", "{m}位于市中心的新门店今天开业，{p}等热门产品现场有体验区，吸引不少市民"),
    ("行业观察", "{m}{p}的打假之路", "近年来{m}持续投入打假，联合平台下架假冒{p}链接数万条，正品渠道份额提升"),
    ("普通买家", "{m}{p}用后感", "买了{m}{p}一个月，整体满意，唯一缺点是有点贵，在官方店买的售后很方便"),
    ("港澳生活号", "{m}{p}香港同內地價錢比較", "今次比較咗{m}{p}喺香港同內地嘅售價，香港平少少，但要計埋交通"),
    ("视频评论区", "回复@阿花：正品", "我这个{m}{p}是正品，专柜买的，跟你说的那种一比一的差远了，做工完全不一样"),
    ("科技日报", "{m}{p}获得设计大奖", "{m}的{p}近日获得国际设计奖项，评委称其在细节和用户体验上表现突出"),
    ("开箱小哥", "专柜VS网购：{m}{p}", "同时买了专柜和网上便宜的{m}{p}，对比发现网购那个是假货，已经退了，大家买正品还是认准官方"),
    ("法治频道", "打假现场：{m}{p}", "执法人员在市场上检查{m}{p}，发现部分商户销售的商品无法提供进货凭证，已责令下架"),
    ("生活记录", "给爸妈买的{m}{p}", "给爸妈买了{m}{p}，官方店下单，第二天就到了，老人家用着挺顺手"),
    ("时尚周刊", "{m}新季{p}上市", "{m}新一季{p}本周上市，设计延续经典元素，门店售价{n}起"),
    ("对比评测", "{m}{p}和同价位对比", "把{m}{p}和同价位的几款放一起对比，{m}在做工上略胜，性价比见仁见智"),
    ("二手鉴定平台", "{m}{p}鉴定报告", "用户送检的{m}{p}经鉴定为正品，以下是各部位细节图，供大家学习参考"),
    ("直播回放", "专柜柜姐讲{m}{p}怎么辨真假", "今天请了专柜柜姐来直播间讲{m}{p}的真假辨别，重点看防伪标签和做工"),
    ("问答社区", "{m}{p}到底好不好用？", "用过{m}{p}的来说说，到底值不值这个价？我在官方店看到{n}"),
    ("本地电视台", "消费者买到假{m}{p}获赔", "市民王女士在网店买到假冒{m}{p}，经市场监管部门调解，商家退一赔三"),
]
REVIEWS_EN_H16 = [
    ("Podcast notes", "Episode: the {m} {p} story", "This week we talk about how the {m} {p} became a bestseller, and why fakes of it are everywhere"),
    ("Retail news", "{m} raises prices of {p}", "{m} will raise prices of its {p} by about five percent next month, citing material costs"),
    ("Student review", "{m} {p} after a semester", "Used my {m} {p} every day for a semester; it held up fine, bought it on the student discount"),
    ("Reddit review", "My honest {m} {p} review", "Bought at the brand store, honest review of the {m} {p}: great, but wait for a sale if you can"),
    ("TV segment", "Spotting fake {m} {p} with an expert", "An expert showed viewers how a genuine {m} {p} differs from the fakes seized by police last month"),
    ("Gift guide", "Gift guide: {m} {p}", "The {m} {p} made our gift guide this year, available at the official store from {n}"),
    ("Tech Review Weekly", "{m} {p} review", "After three months with the {m} {p}: solid build, great performance, a bit pricey at {n}"),
    ("Real vs Fake Lab", "Genuine or counterfeit? {m} {p} side by side", "We bought a genuine {m} {p} and a counterfeit one to compare; the fake's stitching and logo give it away"),
    ("Business Daily", "{m} sales rise", "{m} reported higher quarterly sales, with its {p} line leading growth in online channels"),
    ("Unboxing Channel", "Unboxing the {m} {p}", "Unboxing the {m} {p} I ordered from the official store. Packaging is beautiful"),
    ("Fashion Desk", "{m} launches new {p}", "{m} launched a new {p} this week, priced from {n} at its boutiques and website"),
    ("Consumer Reports style", "Is the {m} {p} worth it?", "We tested the {m} {p} against rivals; it came out on top for build quality"),
    ("Local News", "{m} opens flagship store", "{m} opened a flagship store downtown on Saturday, with its {p} on display"),
    ("Authentication blog", "This {m} {p} passed authentication", "A reader sent us their {m} {p} for authentication; everything checks out, it is genuine"),
    ("Industry analyst", "How {m} fights fakes", "{m} says it removed tens of thousands of listings for counterfeit {p} last year with platform partners"),
    ("Verified buyer", "Love my {m} {p}", "Bought the {m} {p} from an authorised retailer, great quality and the warranty registration was easy"),
    ("Comment reply", "@lee mine is genuine", "@lee mine is a genuine {m} {p} from the brand store, the fake ones you linked look nothing like it"),
    ("Long-term test", "{m} {p}: one year later", "A year with the {m} {p}: still works like new, worth the {n} I paid"),
    ("Court reporter", "Judge sides with {m}", "A judge ruled in favour of {m} in a trademark case over counterfeit {p} sold online"),
    ("Comparison video", "Cheap vs genuine {m} {p}", "I bought a cheap {m} {p} online and a genuine one at the store. The cheap one was fake, returned it"),
]
# The owner's and its authorised shop's own posts: (signer, account name, title, text), {m} the
# mark, {p} the goods
AUTHORISED_H16 = [
    ("owner", "{m}官方", "{m}{p}新品首发", "{m}全新{p}今日首发，官方旗舰店限时优惠，前1000名下单赠定制礼品"),
    ("owner", "{m}官方", "双十二{m}{p}直降", "{m}{p}双十二直降，官方正品，全国联保，点击购物车立即抢购"),
    ("owner", "{m}官方", "直播预告｜{m}{p}", "今晚8点{m}官方直播间，{p}专场，福利价只在直播间，记得预约"),
    ("owner", "{m}官方", "关于打击假冒{m}{p}的声明", "{m}始终坚持打击假冒，购买{p}请认准官方及授权渠道，仿冒、高仿、一比一均为侵权商品"),
    ("owner", "{m}官方", "{m}{p}｜以旧换新", "{m}{p}以旧换新活动开启，旧机最高抵扣500元，官方门店及旗舰店均可参与"),
    ("owner", "{m}官方", "{m}{p}防伪查询指南", "每一件{m}{p}都有唯一防伪码，扫码即可查询真伪，请勿相信所谓原单、尾货"),
    ("owner", "{m}官方", "#{m}{p}# 新色上市", "{m}{p}新色上市 #新品 #官方正品 评论区抽三位送同款"),
    ("owner", "{m}官方", "{m}会员日", "{m}会员日，{p}会员专享价，积分可抵现，仅限官方小程序及门店"),
    ("owner", "{m}官方", "{m}{p}售后服务升级", "即日起{m}{p}享延长保修，凭官方购买凭证到门店即可办理"),
    ("owner", "{m}官方", "{m}联名款{p}预售", "{m}联名款{p}开启预售，定金50元抵100元，官方渠道限量发售"),
    ("owner", "{m}官方", "{m} x 城市快闪", "{m}{p}城市快闪店本周末开幕，现场体验新品，打卡送周边"),
    ("shop", "{m}授权店", "【授权店】{m}{p}现货", "{m}官方授权门店，{p}现货秒发，假一赔十，支持专柜验货，附授权书照片"),
    ("shop", "{m}授权店", "{m}{p}清仓特价", "本店为{m}授权经销商，{p}换季清仓，正品保障，发票齐全，拍下48小时内发货"),
    ("shop", "{m}授权店", "家人们{m}{p}上链接", "授权店直播间，{m}{p}今天福利价，1号链接，正品有防伪码，拍完即止"),
    ("shop", "{m}授权店", "{m}{p}团购价", "公司团购、节日礼品采购{m}{p}可开专票，授权店正品直供，量大可谈"),
    ("shop", "{m}授权店", "{m}{p}到店体验", "{m}授权体验店{p}新品已到店，欢迎来试，扫码加入会员享首单优惠"),
    ("shop", "{m}授权店", "{m}{p}满减活动", "满1000减100，{m}{p}全系参加，授权店与官方同价同服务"),
    ("shop", "{m}授权店", "关于本店{m}{p}真伪", "经常有顾客问本店{m}{p}是不是真的：本店是品牌授权店，授权编号可在{m}官网查询"),
    ("shop", "{m}授权店", "{m}{p} 限时包邮", "授权店{m}{p}限时全国包邮，7天无理由退换，赠运费险"),
    ("shop", "{m}授权店", "{m}授权店｜{p} in stock", "Authorised retailer 官方授权：{m}{p}现货 in stock，全国联保 full warranty，本周包邮"),
    ("shop", "{m}授权店", "{m}{p}直播砍价", "直播间砍价开始！{m}{p}授权正品，今晚砍到底，下单送礼品袋"),
    ("owner", "{m}官方", "New in｜{m}{p}", "New in: {m}{p}，官方旗舰店与门店同步开售 #newin #官方"),
]
# everyday sentences holding a loaded mark's sound or its own characters in another sense
SOUND_ALIKE_H16 = [
    "为了孩子，她说自己万死不辞", "我在协会里当了两年志愿者", "小时候在公园玩过回力镖，扔出去真的会飞回来",
    "小狗的毛太长了，周末带去剪", "跑完步喝杯牛奶加能量", "站在江边看大江东去，心情一下开阔了",
    "医生说每天吃一粒就行，饭后吃", "出差顺路去看了伊利诺伊州的玉米地", "他是我们队里的一员大将",
    "地里的韭秧长得真好，过两周能割了", "恰恰相反，他一点都不着急", "周末去学了恰恰舞，腿都酸了",
    "塞翁失马焉知非福，因祸得福也说不定", "这道数学题不会，求大佬教下", "手机泡水了，彻底废了",
    "一个反思者的读书笔记", "科幻小说里写到戴森球，围着恒星收集能量", "九阳神功是金庸小说里的武功",
    "我老干妈今年七十大寿，全家去给她祝寿", "伊利湖边的日落特别好看", "天文爱好者还记得海尔波普彗星吗",
    "突然下雨，我们在芭蕉下躲了十分钟", "希望每天的快乐高过烦恼", "地铁口有个流浪琴师在弹吉他",
    "今天空气好，最佳能见度有二十公里", "同事从草原带了一包内蒙牛肉干回来", "公园的松树上蹦出来三只松鼠，一点都不怕人",
    "爸爸扮鬼脸，逗得小娃哈哈大笑", "每滴水都来之不易，洗完菜的水拿来浇花", "春天到了，冰雪化为春水",
    "居家隔离的那两周学会了做面包", "小区门口修车的康师傅手艺特别好", "我同事李宁下周结婚，请了全组",
    "纪录片里草原上有七匹狼在追一头鹿", "登上黄鹤楼看长江，才懂了那句诗", "湖面上游着一只小天鹅",
    "表妹的小名叫海儿，今年上初中了", "长虹卧波，那座老石桥在夕阳里特别好看", "大宝二宝一起过生日，家里吵翻天",
    "码头上的海鸥一点都不怕人，抢薯条",
]
SOUND_ALIKE_FRAMES_H16 = [("{s}", ""), ("", "{s}"), ("今天的小事", "{s}"), ("{s}", "#日常 #碎碎念")]
# a common-word mark in its ordinary sense, Chinese and English
COMMON_SENSE_H16 = [
    "动物园里的大熊猫在吃竹子，游客排了好长的队", "成都基地的熊猫宝宝满月了", "隔壁阿姨养的白猫生了四只小猫",
    "小区里有只白猫天天在车顶上晒太阳", "泰国的白象节游客很多", "这碗红豆汤熬了两个小时，绵密香甜",
    "冬至那天外婆煮了一锅红豆糯米饭", "今晚的蓝月亮，天文台说是难得一见", "我爷爷年轻时在燕京读书",
    "新来的老板人挺好，周五请大家吃饭", "奶茶店老板说今天的芒果特别甜", "周末去爬了一段野长城，风景绝了",
    "长城脚下的农家院住了一晚", "这几天六神无主，做什么都提不起劲", "儿子的小熊书包拉链坏了",
    "森林里一只小熊在找蜂蜜", "海天一色，这趟海边旅行值了", "下雪啦，雪花落在手套上好久才化",
    "天上飘着雪花，孩子们在堆雪人", "广场上一群飞鸽绕着钟楼飞", "沙漠里的骆驼走得很慢很稳",
    "在敦煌骑了骆驼，腿酸了一天", "这张照片拍得真美的，光线刚刚好", "七十年代的熊猫外交故事",
    "白象和灰象有什么区别？", "外婆家门口那棵红豆杉长得很高", "小区里的流浪白猫做了绝育",
    "放学路上看到一只小熊在树上睡觉", "燕京八景之一的琼岛春阴", "晚饭煮了小米粥，配咸菜",
    "超市的苹果今天打折，买了一袋", "公司统一发了新的工作服，颜色还挺好看", "博物馆里的中华古典家具展值得一看",
    "祝你们永久幸福，白头偕老", "看到这张图我就联想到了小时候", "凤凰古城的夜景很美",
    "你是个好孩子，奶奶最疼你", "神农架的金丝猴在树上荡秋千",
    "A pair of doves is nesting in the gutter again", "Our football coach made us run laps in the rain",
    "We took the overnight coach from Edinburgh to London", "Two vans blocked the road outside the school",
    "The canon of classic novels every student should read", "She trained like a warrior for the marathon",
    "Hermes was the messenger of the gods in Greek myth", "The removal company sent two vans and four movers",
    "My life coach says I should journal every night", "Grandpa kept white doves on the roof",
]
COMMON_FRAMES_H16 = {"zh": [("{s}", ""), ("", "{s}"), ("随手记", "{s}"), ("{s}", "#生活 #记录")],
                     "en": [("{s}", ""), ("", "{s}"), ("today", "{s}"), ("{s}", "#dailylife")]}
VIEWERS_H16 = ["晚风吹过山岗", "小雨点点", "阿明爱骑车", "楼下的猫", "Lucy的日记本", "早睡早起的老陈",
               "一只小番茄", "南方的雪", "周末的海", "阿婆的菜园"]

PHRASING_H16 = Phrasing(
    "held_out_16", GOODS_H16, _price_h16, (OFFERS_ZH_H16, OFFERS_EN_H16),
    (RESALE_ZH_H16, RESALE_EN_H16), (RESALE_SEALED_ZH_H16, RESALE_SEALED_EN_H16), SEALED_GOODS_H16,
    (WARNINGS_ZH_H16, WARNINGS_EN_H16), (REVIEWS_ZH_H16, REVIEWS_EN_H16), AUTHORISED_H16,
    SOUND_ALIKE_H16, SOUND_ALIKE_FRAMES_H16, COMMON_SENSE_H16, COMMON_FRAMES_H16, VIEWERS_H16)


def sixteenth_held_out(seed: int = 239) -> list[Case]:
    """held_out_16: held_out_15's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings16()
    return _held_out_part(seed, words, MARKS_H16, PHRASING_H16, words.initials_of, DIGITS_H16)


# -- held_out_17 (issue 13): a fifteenth hand's part, written at stop 32 --------------------------
# Written by brandsheld17, who never opened the guard (src/origin/brands/, tests/brands/,
# scripts/train_brand_context.py, docs/brands.md, the README's guard section) and read of this file
# only the module docstring, Case, suite_brands() and the held_out_N_brands() lists, MARKS_H16 and
# GOODS_H16 as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs,
# _held_out_posts, _held_out_part) and of bench_brands.py the scoring, PARTS and SEALED; no other
# part's templates or spellings code. Its marks are the 51 loaded marks with the fewest held-out
# offers so far (held_out_16's counted twice, ties by mark: 12 common words, 36 Latin names, none
# in held_out_16). Its spellings are its own code over outside data (Spellings17): pypinyin's
# readings toned, tone-numbered and toneless, same-reading characters from the GB2312 level 1 and
# level 2 and the GBK-only charts of Python's codecs (OpenCC's traditional forms left out), same
# toneless reading in another tone, twins of other scripts from the Unicode confusables table
# shipped by confusable_homoglyphs, styled, enclosed and fullwidth alphabets, precomposed accented
# letters and combining marks looked up by Unicode name. Its phrasing is its own, 20 or more shapes
# per family and language. Sealed: scored only by the lead with ``--parts held_out_17``; never
# printed, counts only; never run through the guard by its writer.
MARKS_H17 = [
    "立白", "大白兔", "良品铺子", "旺旺", "海鸥", "统一", "元气森林", "永久", "金丝猴", "黄鹤楼", "江小白",
    "王老吉", "中华", "凤凰", "大宝", "特步", "匡威", "亚瑟士", "同仁堂", "新百伦", "格兰仕", "普拉达",
    "欧米茄", "海澜之家", "资生堂", "雅诗兰黛", "周大福", "始祖鸟", "百雀羚", "雅戈尔", "云南白药", "联想",
    "飞利浦", "五粮液", "优衣库", "农夫山泉", "劳力士", "华为", "星巴克", "格力", "纪梵希", "老凤祥", "迪奥",
    "鸿星尔克", "卡地亚", "珀莱雅", "蜜雪冰城", "小天鹅", "舒肤佳", "太平鸟", "苏泊尔",
]
# what fakes of each mark are sold as, Chinese and (with a Latin name) English; each Chinese item
# of a common-word mark holds one of its product cues
GOODS_H17: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "dish soap")),
    "大白兔": (("奶糖", "奶糖礼包", "原味奶糖"), ()),
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "雪饼大礼包"), ()),
    "海鸥": (("机械手表", "陀飞轮手表", "双反相机"), ()),
    "统一": (("老坛酸菜方便面", "冰红茶", "方便面整箱"), ()),
    "元气森林": (("气泡水", "燃茶", "外星人电解质水"), ()),
    "永久": (("自行车", "老式自行车", "折叠单车"), ()),
    "金丝猴": (("奶糖", "糖果礼包", "巧克力奶糖"), ()),
    "黄鹤楼": (("香烟", "细支香烟", "软蓝香烟"), ()),
    "江小白": (("白酒", "表达瓶白酒", "果味白酒"), ()),
    "王老吉": (("凉茶", "罐装凉茶", "凉茶整箱"), ()),
    "中华": (("香烟", "细支香烟", "牙膏"), ()),
    "凤凰": (("自行车", "山地自行车", "通勤单车"), ()),
    "大宝": (("SOD蜜", "护手霜", "面霜"), ()),
    "特步": (("跑鞋", "运动鞋", "运动套装"), ("running shoes", "track suit")),
    "匡威": (("帆布鞋", "1970s高帮", "低帮帆布鞋"), ("Chuck 70 high tops", "canvas sneakers")),
    "亚瑟士": (("跑鞋", "Gel-Kayano跑鞋", "排球鞋"), ("Gel-Kayano running shoes", "Gel-Lyte sneakers")),
    "同仁堂": (("安宫牛黄丸", "阿胶", "枸杞"), ("angong niuhuang pills",)),
    "新百伦": (("574复古鞋", "990跑鞋", "2002R"), ("990v6 sneakers", "574 trainers")),
    "格兰仕": (("微波炉", "空气炸锅", "烤箱"), ("microwave oven", "air fryer")),
    "普拉达": (("尼龙双肩包", "三角标手袋", "腋下包"), ("Re-Nylon backpack", "triangle logo bag")),
    "欧米茄": (("海马300", "超霸月球表", "星座女表"), ("Seamaster", "Speedmaster Moonwatch")),
    "海澜之家": (("男士衬衫", "夹克", "羽绒服"), ("men's shirt", "casual jacket")),
    "资生堂": (("红腰子精华", "防晒霜", "洗面奶"), ("Ultimune serum", "sunscreen")),
    "雅诗兰黛": (("小棕瓶", "DW粉底液", "眼霜"), ("Advanced Night Repair", "Double Wear foundation")),
    "周大福": (("足金手镯", "黄金项链", "转运珠"), ("gold bangle", "gold necklace")),
    "始祖鸟": (("冲锋衣", "Beta AR硬壳", "Atom棉服"), ("Beta AR shell jacket", "Atom hoody")),
    "百雀羚": (("水乳套装", "帧颜霜", "精华水"), ("skincare set",)),
    "雅戈尔": (("衬衫", "西装", "免烫衬衫"), ("dress shirt", "business suit")),
    "云南白药": (("牙膏", "气雾剂", "创可贴"), ("toothpaste", "spray")),
    "联想": (("笔记本电脑", "拯救者游戏本", "平板"), ("Legion laptop", "ThinkPad laptop")),
    "飞利浦": (("电动牙刷", "剃须刀", "空气炸锅"), ("electric toothbrush", "shaver")),
    "五粮液": (("52度浓香白酒", "普五", "白酒礼盒"), ("baijiu", "52% liquor")),
    "优衣库": (("摇粒绒外套", "U系列T恤", "轻薄羽绒服"), ("fleece jacket", "Airism tees")),
    "农夫山泉": (("矿泉水", "东方树叶", "饮用天然水整箱"), ("mineral water",)),
    "劳力士": (("水鬼", "迪通拿", "日志型腕表", "绿金水鬼"), ("Submariner", "Daytona", "Datejust")),
    "华为": (("Mate60手机", "FreeBuds耳机", "Watch手表", "充电器"), ("Mate 60 phone", "FreeBuds earbuds")),
    "星巴克": (("猫爪杯", "随行杯", "咖啡豆"), ("tumbler", "cat paw cup")),
    "格力": (("空调", "电风扇", "挂机空调"), ("air conditioner",)),
    "纪梵希": (("小羊皮口红", "四宫格散粉", "香水"), ("Prisme Libre powder", "lipstick")),
    "老凤祥": (("金手镯", "古法金吊坠", "足金戒指"), ()),
    "迪奥": (("烈艳蓝金口红", "马鞍包", "旷野香水", "托特包"), ("Saddle bag", "Book Tote", "Sauvage perfume")),
    "鸿星尔克": (("运动鞋", "奇弹跑鞋", "卫衣"), ("running shoes",)),
    "卡地亚": (("LOVE手镯", "钉子手镯", "蓝气球腕表"), ("Love bracelet", "Juste un Clou bracelet")),
    "珀莱雅": (("双抗精华", "红宝石面霜", "早C晚A套装"), ("serum",)),
    "蜜雪冰城": (("奶茶粉", "果酱", "雪王公仔"), ("bubble tea powder",)),
    "小天鹅": (("滚筒洗衣机", "烘干机", "洗烘套装洗衣机"), ("washing machine",)),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bars", "body wash")),
    "太平鸟": (("羽绒服", "连衣裙", "卫衣"), ("hoodie", "puffer jacket")),
    "苏泊尔": (("电饭煲", "不粘锅", "电压力锅"), ("rice cooker", "non-stick pan")),
}
# used up or eaten: resold sealed and unopened
SEALED_GOODS_H17 = frozenset({"立白", "大白兔", "良品铺子", "旺旺", "统一", "元气森林", "金丝猴",
                              "黄鹤楼", "江小白", "王老吉", "中华", "大宝", "同仁堂", "资生堂", "雅诗兰黛",
                              "百雀羚", "云南白药", "五粮液", "农夫山泉", "纪梵希", "珀莱雅", "蜜雪冰城",
                              "舒肤佳"})
# how sellers break a word up: ASCII and full-width punctuation, ideographic and no-break spaces,
# invisible joiners, emoji and the small dingbats of Chinese captions
SEPARATORS_H17 = [".", "·", "•", "/", "-", "_", "|", "丨", "~", "～", " ", "\u3000", "\u00a0", "、", "＊",
                  "^", "\u200b", "\u2060", "❤", "🔥", "✨", "💕", "⭐", "☆", "♡", "🍀", "+"]
ENCLOSURES_H17 = [("【", "】"), ("「", "」"), ("(", ")"), ("『", "』"), ("<", ">"), ("《", "》")]
DIGITS_H17 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# scripts whose twins in the confusables table a seller's keyboard or a fancy-text site gives
TWIN_SCRIPTS_H17 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "FULLWIDTH LATIN",
                    "LATIN LETTER SMALL CAPITAL")
STYLES_H17 = ("MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL ITALIC {c} {l}", "MATHEMATICAL BOLD ITALIC {c} {l}",
              "MATHEMATICAL SANS-SERIF {c} {l}", "MATHEMATICAL SANS-SERIF BOLD {c} {l}",
              "MATHEMATICAL MONOSPACE {c} {l}", "MATHEMATICAL DOUBLE-STRUCK {c} {l}",
              "MATHEMATICAL BOLD SCRIPT {c} {l}", "MATHEMATICAL BOLD FRAKTUR {c} {l}",
              "CIRCLED LATIN {c} LETTER {l}", "PARENTHESIZED LATIN SMALL LETTER {l}",
              "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}", "SQUARED LATIN CAPITAL LETTER {l}",
              "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}", "FULLWIDTH LATIN {c} LETTER {l}")
ACCENTED_H17 = ("ACUTE", "GRAVE", "DIAERESIS", "CIRCUMFLEX", "TILDE", "MACRON", "DOT ABOVE", "CARON",
                "STROKE", "DOT BELOW", "OGONEK", "CEDILLA")
COMBINING_H17 = ("COMBINING ACUTE ACCENT", "COMBINING DOT BELOW", "COMBINING TILDE", "COMBINING MACRON",
                 "COMBINING DIAERESIS", "COMBINING RING ABOVE", "COMBINING LOW LINE",
                 "COMBINING SHORT STROKE OVERLAY", "COMBINING CEDILLA", "COMBINING BREVE")


class Spellings17:
    """held_out_17's evasions, each built by this part's own code from outside data."""

    def __init__(self) -> None:
        import json
        from importlib import resources

        from opencc import OpenCC
        from pypinyin import Style, pinyin

        self._pinyin, self._style = pinyin, Style
        traditional = OpenCC("t2s")
        # every simplified character of the GB2312 and GBK charts by its one usual toned reading,
        # with its chart: 1 GB2312 level 1, 2 level 2, 3 GBK only
        self.by_reading: dict[str, list[tuple[int, str]]] = defaultdict(list)
        seen: set[str] = set()
        for codec, leads, trails in (("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)),
                                     ("gbk", range(0x81, 0xFF), range(0x40, 0xFF))):
            for lead in leads:
                for trail in trails:
                    try:
                        char = bytes((lead, trail)).decode(codec)
                    except UnicodeDecodeError:
                        continue
                    if char in seen or not "\u4e00" <= char <= "\u9fff":
                        continue
                    seen.add(char)
                    if traditional.convert(char) != char:
                        continue
                    chart = 3 if codec == "gbk" else (1 if lead < 0xD8 else 2)
                    self.by_reading[pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)
                                    [0][0]].append((chart, char))
        table = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json")
                           .read_text(encoding="utf-8"))
        self.twins = {letter: [t["c"] for t in table.get(letter, ())
                               if t["n"].startswith(TWIN_SCRIPTS_H17) and len(t["c"]) == 1]
                      for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        """The mark's syllables as pypinyin reads the whole word: plain, toned or numbered."""
        chosen = {"plain": self._style.NORMAL, "toned": self._style.TONE,
                  "numbered": self._style.TONE3}[style]
        return [r[0] for r in self._pinyin(mark, style=chosen, neutral_tone_with_five=True)]

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self.readings(mark))

    def separated(self, text: str, rng: random.Random) -> str:
        """Cut between letters or characters: everywhere, at one place, or each part enclosed."""
        for _ in range(100):
            written = self._cut(text, rng)
            if text.lower() not in written.lower():
                return written
        raise ValueError(f"no separated spelling of {text}")

    @staticmethod
    def _cut(text: str, rng: random.Random) -> str:
        pieces = [c for c in text if c != " "] if rng.random() < 0.5 else list(text)
        how = rng.random()
        if how < 0.15 and len(pieces) <= 4:
            left, right = rng.choice(ENCLOSURES_H17)
            return "".join(f"{left}{p}{right}" for p in pieces)
        sep = rng.choice(SEPARATORS_H17)
        if how < 0.45 and len(pieces) > 2:
            cut = rng.randrange(1, len(pieces))
            return "".join(pieces[:cut]) + sep + "".join(pieces[cut:])
        if how < 0.55:
            return (" " + sep + " ").join(pieces) if sep.strip() else sep.join(pieces)
        return sep.join(pieces)

    def initials(self, mark: str, rng: random.Random) -> str:
        """The syllables' first letters: upper or lower, dotted, spaced, fullwidth, tagged or glued."""
        letters = self.initials_of(mark)
        letters = letters.upper() if rng.random() < 0.7 else letters
        how = rng.randrange(7)
        if how == 0:
            return ".".join(letters) + "."
        if how == 1:
            return " ".join(letters)
        if how == 2:
            return "".join(chr(ord(c) + 0xFEE0) for c in letters)
        if how == 3:
            return "#" + letters
        if how == 4:
            return letters + rng.choice(("家", "牌", "同款", "款", "的"))
        if how == 5:
            return "-".join(letters)
        return letters

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """Pinyin joined, capitalised, spaced, toned, numbered, hyphenated or half in characters."""
        for _ in range(100):   # a Latin name that is the mark's own pinyin is not an evasion
            written = self._romanised(mark, rng)
            if not latin or latin.lower() not in written.lower():
                return written
        raise ValueError(f"no pinyin of {mark} apart from {latin}")

    def _romanised(self, mark: str, rng: random.Random) -> str:
        plain, toned, numbered = (self.readings(mark, s) for s in ("plain", "toned", "numbered"))
        how = rng.randrange(9)
        if how == 0:
            return "".join(plain)
        if how == 1:
            return "".join(s.capitalize() for s in plain)
        if how == 2:
            return " ".join(plain)
        if how == 3:
            return " ".join(toned) if rng.random() < 0.5 else "".join(toned)
        if how == 4:
            return "".join(numbered)
        if how == 5:
            return "-".join(plain).upper()
        if how == 6 and len(mark) > 1:   # one syllable left in its character
            keep = rng.randrange(len(mark))
            return "".join(mark[i] if i == keep else plain[i] for i in range(len(mark)))
        if how == 7:
            return "".join(plain).upper()
        return "".join(plain[0].capitalize() if i == 0 else s for i, s in enumerate(plain))

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One or more characters swapped for others of the same reading, mostly the same tone
        and mostly from GB2312 level 1 (what an IME offers first), sometimes another tone."""
        numbered = self.readings(mark, "numbered")
        for _ in range(200):
            out = list(mark)
            count = rng.choice((1, 1, 1, 2, 2, len(mark)) if len(mark) > 2 else (1, 1, 1, len(mark)))
            for i in rng.sample(range(len(mark)), min(count, len(mark))):
                reading = numbered[i]
                pool = [c for c in self.by_reading.get(reading, ()) if c[1] != mark[i]]
                if not pool or rng.random() < 0.15:   # same syllable in another tone
                    bare = reading.rstrip("012345")
                    pool = [c for tone in "12345" if bare + tone != reading
                            for c in self.by_reading.get(bare + tone, ()) if c[1] != mark[i]]
                if not pool:
                    continue
                chart = rng.choices((1, 2, 3), weights=(16, 3, 1))[0]
                pick = [c for t, c in pool if t == chart] or [c for _, c in pool]
                out[i] = rng.choice(pick)
            written = "".join(out)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"no homophone of {mark}")

    def _named(self, name: str) -> str | None:
        import unicodedata
        try:
            return unicodedata.lookup(name)
        except KeyError:
            return None

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Letters swapped for twins of other scripts, the whole name in a styled or enclosed
        alphabet, accented letters, or combining marks: at least one letter always changes."""
        letters = [i for i, c in enumerate(latin) if c.isascii() and c.isalpha()]
        for _ in range(100):
            out = list(latin)
            how = rng.randrange(4)
            if how == 0:    # twins from the confusables table
                usable = [i for i in letters if self.twins.get(latin[i])]
                for i in rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 3)))):
                    out[i] = rng.choice(self.twins[latin[i]])
            elif how == 1:  # one styled alphabet for every letter
                style = rng.choice(STYLES_H17)
                for i in letters:
                    case = "CAPITAL" if latin[i].isupper() else "SMALL"
                    found = self._named(style.format(c=case, l=latin[i].upper()))
                    out[i] = found or out[i]
            elif how == 2:  # precomposed accented letters
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
                    case = "CAPITAL" if latin[i].isupper() else "SMALL"
                    names = [f"LATIN {case} LETTER {latin[i].upper()} WITH {a}" for a in ACCENTED_H17]
                    found = [c for c in map(self._named, names) if c]
                    out[i] = rng.choice(found) if found else out[i]
            else:           # combining marks after letters
                mark = self._named(rng.choice(COMBINING_H17)) or ""
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2, len(letters))))):
                    out[i] = latin[i] + mark
            written = "".join(out)
            if latin.lower() not in written.lower():   # a mark after the last letter hides nothing
                return written
        raise ValueError(f"no look-alike of {latin}")

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """One, two or three of the swappable letters written as digits, now and then all."""
        usable = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H17]
        out = list(latin)
        for i in rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 2, 3, len(usable))))):
            out[i] = DIGITS_H17[latin[i].lower()]
        return "".join(out)


def _price_h17(rng: random.Random, english: bool) -> str:
    amount = rng.choice((39, 59, 88, 99, 128, 168, 199, 238, 299, 359, 399, 520, 680, 888, 1280))
    if english:
        return rng.choice((f"${amount // 7}", f"${amount // 7}.99", f"£{amount // 9}",
                           f"{amount // 7} bucks", f"US${amount // 7}"))
    return rng.choice((f"{amount}元", f"¥{amount}", f"{amount}r", f"{amount}块", f"￥{amount}.00",
                       f"{amount}米"))


# offers as posted (account name, title, description): {w} the mark as written, {p} the goods, {n}
# a price; every one carries a cue a moderator takes for a fake (高仿, 复刻, A货, 1:1, 纯原, rep...)
OFFERS_ZH_H17 = [
    ("小杨鞋仓直播间", "家人们{w}{p}上链接了", "主播手里这款{w}{p}，莆田纯原版本，跟专柜放一起对比不出来，今天只要{n}，拍一发二"),
    ("阿伟潮品", "{w} {p} 顶级复刻", "原厂开模 1:1复刻{w}{p} 细节全对 包邮 要的加V：aw_chaopin"),
    ("闲鱼·小林", "出{w}{p}，高仿的，介意勿拍", "自己买的{w}{p}高仿版，用过一次，{n}出，不退不换，懂的来"),
    ("拼单群主Lily", "【拼单】{w}{p}尾单货 满10件开团", "{w}{p}仿版尾单，不是专柜货，没吊牌没小票，{n}一件，拼满十件发货，私聊进群"),
    ("代购小美", "{w}{p} A货 支持看实拍", "先说清楚这是A货，不是正品代购，但品质比市面上的强太多，{n}包邮，看中私聊"),
    ("品质男装女装店", "{w}{p}新款高品质同款男女通用超A货", "超A{w}{p} 做工保证 工厂直发 {n} 拍下48小时内发"),
    ("拼多多好物推荐", "{w}同款{p}一比一高仿原版", "一比一还原{w}{p}，logo五金做工全部对版，{n}到手"),
    ("潮流仓库", "{w}{p}｜看评论区", "#{w} #{p} #高仿 #复刻 想要的评论区扣1，我挨个私信"),
    ("老铁鞋业", "老铁们{w}{p}又到货了", "这批{w}{p}是纯原，不是正品啊老铁们我说清楚，正品的价咱不比，咱这{n}，双击拍下"),
    ("Vivi的衣橱", "{w}{p}平价版分享", "谁说买不起{w}！这家{p}是高版本仿品，肉眼看不出来，想要链接的姐妹私我"),
    ("阿凯的朋友圈", "{w}{p}到货", "{w}{p}精仿原单，专柜同料，{n}，不议价，微信同号，要的私聊"),
    ("港货阿May", "{w}{p} 正貨價錢十份一", "呢批{w}{p}係高仿貨，識貨嘅你睇得出分別，{n}一件，有興趣PM我"),
    ("台灣小舖", "{w}{p} 仿品 超像", "{w}{p}仿品，跟公司貨幾乎一樣，{n}，私訊下單，賣場有更多款"),
    ("直播间小敏", "{w}{p}还能再便宜吗", "主播：这个{w}{p}是高仿我不骗你们，正品什么价你们都知道，我{n}给你，还砍？再减二十，三二一上链接"),
    ("鞋圈老周", "回复@小丸子：有的", "回复@小丸子：{w}{p}复刻版还有货，{n}，你加我V发你实拍"),
    ("潮鞋转发号", "转发//@潮鞋老周", "//@潮鞋老周: {w}{p}莆田顶级版本补货，{n}，懂的私"),
    ("Coco海外购", "{w}{p} 非专柜 高仿版", "不是正品代购哈提前说明，是高版本{w}{p}，{n}，接受的直接下单"),
    ("鞋贩子阿斌", "{w}{p} 过验版", "{w}{p}顶级过验版，鉴定平台都能过，{n}，量少先到先得，vx私聊"),
    ("好物分享", "{w}{p} 高仿", "{n} 私"),
    ("源头工厂批发", "{w}{p}工厂批发 可贴标", "源头工厂 可贴{w}的标 {p}批发 一件代发 {n}起 量大价优"),
    ("团购群王阿姨", "团购：{w}{p}仿款", "群里团一波{w}{p}，是仿款不是正品哦，{n}一份，接龙：1. 2. 3."),
    ("私聊就行", "{w}{p}纯原 私聊", "看到就是有货，{w}{p}纯原出品，跟正品的对比图私聊发，走担保交易，{n}"),
    ("清仓王", "{w}{p} 仿的 便宜出", "实话实说是仿的{w}{p}，图便宜的来，{n}两件包邮"),
    ("快手@大胖的店", "{w}{p}复刻款 今晚开抢", "{w}{p}复刻款今晚八点开抢，跟正品一模一样，{n}，关注主播不迷路"),
]
OFFERS_EN_H17 = [
    ("kicks_plug_88", "{w} {p} 1:1 replica", "Top tier 1:1 {w} {p}, comes with box. {n} shipped. DM for pics"),
    ("Jay on Marketplace", "{w} {p} (rep)", "Rep {w} {p}, looks identical to retail. {n} cash, pickup only"),
    ("luxe.mirror.store", "Mirror quality {w} {p}", "Mirror grade {w} {p}, factory direct, not authentic obviously. {n} + shipping. WhatsApp in bio"),
    ("drip.dealer", "{w} {p} AAA", "AAA grade {w} {p}, same material as the real one. {n}. Slide into my DMs"),
    ("bargain_bin_4u", "{w} Style {p} Replica Copy Not Genuine", "Replica {w} {p}. Not genuine, priced accordingly at {n}. Fast dispatch"),
    ("sneakerhead_outlet", "UA {w} {p} super clone", "Super clone {w} {p}, passes most legit checks. {n}. Ask for QC pics"),
    ("weekend stall", "Fake {w} {p} cheap", "fake {w} {p} but honestly u cant tell. {n} each, 2 for less. msg me"),
    ("shopwithtay", "{w} {p} dupe with logo", "Exact {w} {p} copy, logo and all, {n}. Link in bio, comment WANT"),
    ("u/quietflipper", "[WTS] {w} {p} rep batch", "Selling a rep {w} {p}, best batch out there, {n} shipped"),
    ("thriftnsteal", "{w} {p} - replica - read desc", "This is a replica {w} {p}, not the real thing, priced to match: {n}"),
    ("repzone channel", "New drop: {w} {p}", "Fresh {w} {p} reps just landed. 1:1, {n}. DM the bot to order"),
    ("Ken (Carousell)", "{w} {p} high copy", "High copy {w} {p}, grade A, {n}. Meet up at the MRT or mail"),
    ("LIVE with Nora", "{w} {p} exact copy", "Copy of the {w} {p}, identical to the original down to the stitching, {n}, type SOLD to claim"),
    ("bestdeals2024", "Luxury {w} {p} Replica AAA+ Mens Womens New", "{w} replica {p} top quality {n} free shipping"),
    ("factory_direct_pm", "{w} {p} from the factory", "Unbranded overruns from the same factory, {w} logo added for you. {n}. PM me"),
    ("closet.reps", "{w} {p} (not authentic)", "Not authentic, {w} {p} high end copy. {n}. Shipping worldwide, DM"),
    ("Sam on Gumtree", "{w} {p} knockoff", "Knockoff {w} {p}, looks the business. {n} ono, text me"),
    ("ricky_resells", "@jess yes still available", "@jess yes the {w} {p} reps are still available, {n}, DM me your size"),
    ("poshpicks", "{w} {p} replica, no receipt", "Replica {w} {p}, never used. {n}. Obviously no receipt or authenticity card"),
    ("story_sales", "{w} {p} restock", "{w} {p} 1:1 restock, {n}, tap the link or DM, limited"),
    ("vinted_lou", "{w} {p} fake", "It's a fake {w} {p} but a good one. {n}"),
    ("gb_admin", "GB: {w} {p} reps", "Group buy on {w} {p} reps, {n} a piece, minimum 10 orders, comment to join"),
]
# genuine second-hand, with receipts, authentication and refund promises: {m} the mark or its
# Latin name, {p} goods, {n} a price
RESALE_ZH_H17 = [
    ("二手小王", "自用{m}{p}转让", "专柜购入的{m}{p}，小票和包装都在，用了两次，{n}出，支持平台验货，假一赔三"),
    ("二奢寄卖店", "{m}{p} 九五新 已鉴定", "店里回收的{m}{p}，第三方机构鉴定为正品，附鉴定证书，{n}，七天无理由"),
    ("搬家清闲置", "搬家出{m}{p}", "去年在{m}官方旗舰店买的{p}，订单截图可看，{n}自提或顺丰到付"),
    ("尺码不合适", "{m}{p} 平台验过 原价转", "鉴定平台买的{m}{p}，带鉴别证书和防伪扣，尺码不合适，{n}转，可以走验货担保"),
    ("阿宏回收", "高价回收{m}{p}", "长期回收正品{m}{p}，需有发票或购买记录，上门鉴定，当场结款"),
    ("朋友圈小转", "{m}{p}低价转", "生日收到的{m}{p}，礼盒没拆，专柜可查编码，{n}转给需要的朋友"),
    ("港澳代购小敏", "{m}{p} 专柜代购", "香港专柜现货{m}{p}，附购物小票，保证正品，假一罚十，{n}"),
    ("中古小铺", "中古{m}{p}", "日本回流的中古{m}{p}，有使用痕迹，已过专业鉴定，{n}，不满意可退"),
    ("随便卖卖", "{m}{p}出，可以验", "买的正品{m}{p}出一下，可以拿去专柜或者鉴定机构看，是假的全额退款，{n}"),
    ("鉴定师阿杰", "帮粉丝看的{m}{p}：正品", "粉丝寄来的{m}{p}，走线、五金、编码逐项核对，结论正品，这位朋友可以放心转卖了"),
    ("二手拍賣小舖", "{m}{p} 二手 公司貨", "{m}{p}公司貨，附保卡與購買證明，九成新，{n}面交"),
    ("阿Ken放貨", "放{m}{p}", "正貨{m}{p}，有單有盒，用過幾次，{n}，可以約埋去專門店驗貨"),
    ("换季清衣柜", "{m}{p}低价出", "商场专柜买的{m}{p}，吊牌还在，只试过，{n}，包正品，可以先验再付款"),
    ("二手直播间", "二手{m}{p}都是验过的", "我们直播间的二手{m}{p}每件都过了鉴定，有证书，收到有疑问七天内退"),
    ("小鱼的闲置", "回复@小鱼：是正品", "回复@小鱼：这个{m}{p}是我在官方旗舰店买的，订单号可以发你，不放心可以走验货担保"),
    ("典当行", "绝当{m}{p}", "本行绝当品{m}{p}，入库时已鉴定为正品，{n}，支持复检"),
    ("公司团购多了", "团多了的{m}{p}转", "公司团购多买了一份{m}{p}，官方渠道，发票可开，{n}转"),
    ("收藏家老周", "出一件{m}{p}", "保卡齐全的{m}{p}，去年在专卖店做过保养，{n}，懂行的来"),
    ("宝妈闲置", "{m}{p} 只用过一次", "老公在{m}门店买的{p}，我不喜欢，{n}出，票据在，同城可以当面看"),
    ("毕业清仓", "毕业出{m}{p}", "毕业了带不走，正品{m}{p}，自营平台买的，{n}出"),
    ("验货宝卖家", "{m}{p} 官方验货 包邮", "这件{m}{p}已通过平台官方鉴定，正品保障，鉴定有误全额退款，{n}"),
]
RESALE_EN_H17 = [
    ("closet_of_claire", "Authentic {m} {p}", "Authentic {m} {p}, bought at the boutique, receipt included. {n}. Authenticated before it ships"),
    ("preloved_picks", "{m} {p} pre-owned genuine", "Genuine {m} {p} with proof of purchase, covered by the authenticity guarantee. {n}"),
    ("consign.co", "{m} {p}, authenticated", "Consigned {m} {p}, checked by our authenticators. Returns accepted within 14 days"),
    ("Priya on Marketplace", "{m} {p} - legit", "Selling my {m} {p}, bought from the official store, happy to meet at the store to verify. {n}"),
    ("grailed_mo", "{m} {p} worn twice", "100% authentic {m} {p}, have the receipt and original packaging. Open to legit checks. {n}"),
    ("estate finds", "{m} {p} from an estate", "Genuine {m} {p} from an estate, papers included, independently appraised. {n}"),
    ("vinted_hanna", "{m} {p} good condition", "Real {m} {p}, bought new last year, selling as I no longer use it. {n}"),
    ("city buyback", "We buy {m} {p}", "We buy authentic {m} {p}. Bring your receipt or certificate, we test every item before paying"),
    ("Wei (Carousell)", "Authentic {m} {p} w receipt", "{m} {p} from the Orchard Road store, receipt attached. {n}, can meet at the boutique"),
    ("hal_sells", "@mike it's legit", "@mike yes it's a legit {m} {p}, I'll send the receipt and serial before you pay"),
    ("pre-owned dealer", "{m} {p} full set", "Pre-owned {m} {p}, box and papers, serviced at an authorised centre. {n}"),
    ("moving sale", "{m} {p} moving sale", "Moving abroad, selling my genuine {m} {p}. {n}, full refund if it fails authentication"),
    ("depop_dee", "{m} {p} (authentic)", "Authentic {m} {p}, passed the platform's verification. {n}"),
    ("mercari_jun", "{m} {p} genuine", "Bought at the {m} outlet, genuine, tags on. {n}"),
]
RESALE_SEALED_ZH_H17 = [
    ("闲置转让", "{m}{p}全新未拆", "超市活动囤多了的{m}{p}，全新没拆封，保质期到明年，{n}打包带走"),
    ("福利吃不完", "{m}{p}原价转", "公司发的福利{m}{p}，吃不完，生产日期新鲜，{n}转，同城自取"),
    ("年货转让", "年货{m}{p}转出", "亲戚送的{m}{p}，整箱没开，封条完好，{n}，可看生产批号"),
    ("临期好物", "{m}{p}临期便宜出", "临期的{m}{p}，还有两个月到期，正规超市买的有小票，{n}"),
    ("宝妈小店", "{m}{p} 拆了一个没用", "{m}{p}在官方旗舰店买的，拆了一个试用，其余没动，订单截图可看，{n}"),
    ("礼品回收站", "回收{m}{p}", "长期回收{m}{p}等礼品，要求未开封、在保质期内，能提供购买凭证的优先"),
    ("港代阿玲", "{m}{p} 港版 未開封", "香港超市買的{m}{p}，未開封，有收據，{n}"),
    ("中秋福利", "中秋福利{m}{p}转", "单位发的{m}{p}礼盒，没开过，{n}转，要的私"),
    ("阿橙的回复", "回复@阿橙：官方店买的", "回复@阿橙：{m}{p}是官方店买的，外包装和防伪码都在，你收到可以扫码查"),
    ("搬家整箱出", "{m}{p} 整箱出", "搬家带不走的{m}{p}，整箱未拆，保质期还有一年，{n}，可以先视频看货"),
    ("台北二手", "{m}{p} 全新 有發票", "{m}{p}全新未拆，有發票，{n}，面交優先"),
    ("婚宴剩的", "{m}{p} 原箱", "婚宴剩下的{m}{p}，原箱没开，扫码可以验真，{n}"),
]
RESALE_SEALED_EN_H17 = [
    ("pantry clearout", "{m} {p} unopened", "Unopened {m} {p}, best before next year, bought at the supermarket. {n}"),
    ("spare_from_gift", "Spare {m} {p}", "Spare {m} {p} from a gift set, still sealed, receipt available. {n}"),
    ("sealedstuff", "{m} {p} sealed", "Sealed {m} {p}, bought from the official store, batch code visible. {n}"),
    ("nib_nat", "{m} {p} new in box", "New in box {m} {p}, never opened. Changed my routine. {n}"),
    ("ana_replies", "@ana it's sealed", "@ana yes the {m} {p} is sealed and in date, you can scan the code when it arrives"),
    ("duty free extra", "{m} {p} from duty free", "Bought {m} {p} at airport duty free, receipt in hand, still wrapped. {n}"),
    ("bundle_bee", "{m} {p} bundle", "Bundle of sealed {m} {p}, expiry 2027. {n} for all"),
    ("office swap", "{m} {p} swap", "Got an extra {m} {p} at the office party, unopened, swapping or {n}"),
]
# warnings as regulators, customs, courts, police, brand teams, lawyers and cheated buyers write
# them, reported speech and questions included
WARNINGS_ZH_H17 = [
    ("市场监管局", "关于假冒{m}{p}的消费提示", "近期我局查获一批假冒{m}{p}，现场扣押三百余件，售价仅{n}，提醒消费者通过正规渠道购买，发现售假请拨打12315"),
    ("海关发布", "海关查获侵权{m}{p}", "某海关在出口货物中查获侵犯{m}商标专用权的{p}一千二百件，已依法扣留"),
    ("法院公众号", "销售假冒{m}{p}被判刑", "被告人在网店以{n}的价格销售假冒{m}{p}，法院以销售假冒注册商标的商品罪判处其有期徒刑一年六个月"),
    ("警方通报", "警方捣毁制售假{m}{p}窝点", "公安机关捣毁一处生产假冒{m}{p}的作坊，现场查获成品和包装材料若干，三名嫌疑人被刑事拘留"),
    ("被坑的小李", "买到假{m}{p}了，大家别踩坑", "直播间说是正品的{m}{p}，{n}买的，拿到专柜一验是假的，商家现在不回消息，大家长点心"),
    ("品牌打假部", "{m}官方打假声明", "{m}从未授权任何个人在直播间或私聊渠道销售{p}，所谓内部渠道、工厂尾单均为假冒，请认准官方旗舰店"),
    ("律师说法", "卖仿冒{m}{p}要担什么责任", "有网友问，明知是仿冒的{m}{p}还卖会怎样。律师表示，销售金额较大的可能构成犯罪，卖家切勿心存侥幸"),
    ("消费者协会", "{m}{p}维权案例", "消费者反映其网购的{m}{p}疑似假货，经品牌方鉴定确为假冒，消协调解后商家退一赔三"),
    ("求助帖", "这个{m}{p}是真的吗", "朋友送了一个{m}{p}，说是代购的，{n}，我看做工有点粗糙，有懂的帮忙看看是不是假的吗"),
    ("闺蜜群转发", "转：假{m}{p}怎么辨别", "转自闺蜜群：她说最近市面上有很多假{m}{p}，看防伪码和包装字体就能分出来，大家买之前先查一下"),
    ("新闻快讯", "多地查处假冒{m}{p}", "据报道，多地市场监管部门近期联合执法，查处假冒{m}{p}案件十余起，涉案货值超过百万元"),
    ("检察院发布", "检察机关对售假{m}{p}案提起公诉", "犯罪嫌疑人通过社交平台以每件{n}销售假冒{m}{p}，累计销售额四十余万元，检察院已提起公诉"),
    ("消保提醒", "{m}{p}仿冒品多 消費者注意", "消保官提醒，網路上以超低價販售的{m}{p}多為仿冒品，購買前請確認是否為公司貨"),
    ("香港新聞", "海關檢獲冒牌{m}{p}", "香港海關在行動中檢獲一批懷疑冒牌{m}{p}，市值約三十萬港元，一名男子被捕"),
    ("心累的女儿", "我妈也被骗了", "我妈在短视频平台买了{m}{p}，人家说是厂家直销，结果是假的，现在都不敢让她网购了"),
    ("打假博主", "实测：{n}的{m}{p}能是真的吗", "粉丝问{n}的{m}{p}靠不靠谱，我买来和专柜正品对比，结果是仿品，做工和用料差得很远"),
    ("平台治理公告", "关于严打{m}假货的公告", "平台近期下架涉嫌假冒{m}的{p}商品链接两千余条，封禁店铺五十家，欢迎用户继续举报"),
    ("律师事务所", "{m}代理律师声明", "受{m}委托，本所郑重声明：任何未经授权使用{m}商标销售{p}的行为，本所将依法追究其法律责任"),
    ("楼下邻居", "听说那家店卖假{m}", "同事跟我说楼下那家店卖的{m}{p}都是仿的，价格只有专柜的一半，我还没去过，有人知道吗"),
    ("财经暗访", "暗访假{m}{p}产业链", "记者暗访发现，一些小作坊生产假冒{m}{p}，成本不到十元，贴牌后以{n}的价格在网上销售"),
    ("大头的朋友", "回复@大头：那是假的", "回复@大头：你发的那个{n}的{m}{p}肯定是假的，正品没有这个价，别买"),
    ("工商所", "扣押一批假冒{m}{p}", "执法人员在一家批发店查出假冒{m}{p}两百余件，每件进价仅{n}，已立案调查"),
]
WARNINGS_EN_H17 = [
    ("Trading Standards", "Warning over fake {m} {p}", "Officers seized 400 counterfeit {m} {p} from a market stall and warn shoppers that prices like {n} are too good to be true"),
    ("Border newsroom", "Officers seize counterfeit {m} {p}", "Officers seized a shipment of counterfeit {m} {p} that would have been worth millions if genuine"),
    ("Consumer alert", "Fake {m} {p} sold on social media", "Buyers report receiving fake {m} {p} after paying {n} to sellers on Instagram. Only buy from authorised retailers"),
    ("burned_buyer", "Got scammed buying {m} {p}", "Paid {n} for what the seller swore was a real {m} {p}. It arrived fake and he blocked me. Learn from my mistake"),
    ("Court reporter", "Man jailed for selling counterfeit {m} {p}", "A man was jailed for 18 months after the court heard he sold counterfeit {m} {p} online for {n} each"),
    ("Brand protection", "{m} statement on counterfeits", "{m} does not sell {p} through private messages or live streams. Listings offering them at {n} are not genuine"),
    ("IP law firm", "Notice on {m} trademark infringement", "On behalf of our client {m}, we have filed complaints against sellers of infringing {p} and will pursue damages"),
    ("worried_sis", "Is this {m} {p} real?", "My friend got this {m} {p} for {n} from a guy on Facebook. The logo looks a bit off. Is it fake?"),
    ("Night desk", "Inside the fake {m} {p} trade", "Our reporter found counterfeit {m} {p} openly sold at night markets, with vendors admitting they were copies"),
    ("Police update", "Warehouse of fake {m} goods raided", "Police recovered thousands of counterfeit {m} {p} in a warehouse raid, and two suspects were charged"),
    ("PSA poster", "PSA: fake {m} {p} on marketplace", "PSA my sister bought a {m} {p} on Marketplace that turned out fake, the seller said it came from an outlet. Check serials"),
    ("Shopper guide", "How to tell a fake {m} {p}", "Counterfeit {m} {p} often have uneven stitching, wrong fonts and no serial. If the price is {n}, walk away"),
    ("Border Force", "Travellers warned over fakes", "Travellers bringing counterfeit {m} {p} home can have them seized at the border, officers said"),
    ("tom_mate", "@tom dont buy it", "@tom that {m} {p} for {n} is definitely not real, the genuine one costs ten times that"),
    ("IP office", "Seizures of counterfeit {m} {p} rise", "The intellectual property office reports that seizures of {m} {p} rose by 30% this year, most sold via social media"),
]
REVIEWS_ZH_H17 = [
    ("测评小Q", "{m}{p}真假对比测评", "左边专柜正品{m}{p}，右边是网上{n}的仿品，做工、用料、气味一对比差距一目了然，大家还是认准正品"),
    ("开箱日记", "{m}{p}开箱", "官方旗舰店买的{m}{p}到了，包装很用心，用了一周说说感受：整体满意，就是价格有点贵"),
    ("新闻早报", "{m}发布新款{p}", "{m}今天发布了新一代{p}，售价{n}起，将在各门店和官方渠道同步开售"),
    ("财经观察", "{m}上半年营收增长", "{m}发布半年报，{p}等主力产品销量增长明显，公司表示将加大打假投入"),
    ("买家秀", "{m}{p}用后感", "入手{m}{p}一个月了，说下优缺点，优点是质量稳定，缺点是选择少"),
    ("省钱研究所", "{m}{p}和平价款对比", "同样是{p}，{m}贵在哪里？我把它和一款没牌子的平价款放在一起比了一下，材质上确实有差距"),
    ("鉴定科普", "教你辨别{m}{p}真假", "很多人问怎么分辨{m}{p}真假，主要看三点：防伪码、包装印刷和细节做工，买到假的记得维权"),
    ("港女日常", "{m}{p}用咗一個月", "{m}{p}用咗一個月，真係幾好用，不過價錢貴咗啲，見仁見智"),
    ("開箱小編", "{m}{p}開箱心得", "終於入手{m}{p}，專櫃買的，質感真的沒話說，分享給大家參考"),
    ("记者探店", "探访{m}线下门店", "记者走访{m}门店发现，{p}仍是销量最高的单品，店员提醒顾客认准官方渠道"),
    ("热议话题", "{m}{p}值不值得买", "{n}的{m}{p}到底值不值？评论区吵翻了，有人说品牌溢价，有人说一分钱一分货"),
    ("直播复盘", "昨晚直播间{m}{p}卖爆了", "昨晚和{m}官方合作的直播，{p}上架五分钟售罄，品牌方说会尽快补货"),
    ("行业分析", "{m}的出海之路", "{m}的{p}在东南亚市场表现亮眼，海外营收占比持续提升"),
    ("阿布的朋友", "回复@阿布：差别挺大", "回复@阿布：我两个都用过，正品{m}{p}和假的差别挺大，假的那个用两天就坏了"),
    ("售后体验", "{m}{p}售后体验", "{m}{p}出了点问题，拿去官方售后，态度很好，免费换了新的，点赞"),
    ("数码博主", "{m}{p}深度评测", "这次评测{m}{p}，从做工、性能到耐用度全方位测试，结论放在视频最后"),
    ("时尚编辑部", "本季{m}{p}趋势", "{m}本季的{p}以简约为主，秀场款将于下月进入门店"),
    ("消费调查", "买到假{m}的人有多少", "调查显示，近三成受访者曾在社交平台买到假冒{m}{p}，多数因价格过低上当"),
    ("反面教材", "花{n}买了个假{m}{p}测评", "为了测评我特意买了个假的{m}{p}，跟正品比完只能说千万别买，质量差太多"),
    ("老用户", "用了十年的{m}{p}", "家里的{m}{p}用了快十年了，一直没坏，这次换新还是选它"),
    ("品牌榜单", "{m}获评年度品牌", "在今年的品牌评选中，{m}凭借{p}获得年度消费者喜爱品牌"),
]
REVIEWS_EN_H17 = [
    ("side_by_side", "Real vs fake {m} {p}", "I bought a fake {m} {p} for {n} to compare with my real one. The stitching and weight give it away"),
    ("slow reviews", "{m} {p} review after a month", "After a month with the {m} {p}: comfortable, well made, a little pricey"),
    ("Retail wire", "{m} unveils new {p}", "{m} unveiled its new {p} today, priced from {n}, in stores next week"),
    ("Markets desk", "{m} reports strong quarter", "{m} reported strong sales of its {p} and said it would keep fighting counterfeiters"),
    ("u/pennywise", "Is the {m} {p} worth it?", "Is the {m} {p} worth {n}? Mine has held up well for two years, but opinions vary"),
    ("unbox_with_em", "Unboxing my {m} {p}", "Finally got my {m} {p} from the flagship store. First impressions in the video"),
    ("forum regular", "Comparing {m} {p} to a cheaper brand", "I compared the {m} {p} with a no-name alternative; the {m} one is better finished"),
    ("kate_friend", "@kate mine was real", "@kate mine came from the official store and it's real, the fake ones have a blurry logo"),
    ("Style column", "{m} {p} this season", "{m}'s {p} this season lean minimal, arriving in boutiques next month"),
    ("Test bench", "{m} {p} tested", "We tested the {m} {p} for two weeks. Verdict at the end"),
    ("verified buyer", "5 stars for {m} {p}", "Bought the {m} {p} from an authorised dealer. Great quality, fast delivery"),
    ("Survey desk", "How common are fake {m} {p}?", "A survey found one in four shoppers had been sold a fake {m} {p} online"),
    ("brand podcast", "Why {m} still matters", "Today we talk about how {m} built its {p} line and what fakes cost the brand"),
    ("long-time fan", "My {m} {p} collection", "Ten years of collecting {m} {p}; every piece bought at retail or with papers"),
]
# the owner's and its authorised shop's own posts: (signer, account name, title, text)
AUTHORISED_H17 = [
    ("owner", "{m}官方", "{m}{p}新品首发", "{m}全新{p}今日首发，官方旗舰店和全国门店同步有售，认准官方渠道"),
    ("owner", "{m}官方账号", "直播预告｜{m}{p}专场", "今晚八点{m}官方直播间，{p}限时福利，下单即送赠品，官方正品保障"),
    ("owner", "{m}", "{m}打假提醒", "近期发现有人冒用{m}名义销售{p}，请通过官方渠道购买，遇到假冒可以私信我们举报"),
    ("owner", "{m}品牌号", "{m}{p}预售开启", "{m}{p}预售开启，付定金立减，官方正品，支持七天无理由退换"),
    ("owner", "{m} Official", "{m} {p} now available", "The new {m} {p} is now available in our official stores and online flagship"),
    ("owner", "{m}官方", "{m}{p}使用小贴士", "买了{m}{p}的朋友看过来，正确的使用和保养方法都在这条视频里"),
    ("owner", "{m}官方", "{m}{p}防伪查询方法", "每件{m}{p}都有唯一防伪码，扫码即可查询真伪，官方客服随时为您服务"),
    ("owner", "{m}客服", "{m}{p}以旧换新", "即日起，旧{p}可在{m}门店折价换新，详情咨询官方客服"),
    ("owner", "{m}官方", "{m}联名{p}抽签", "{m}联名{p}数量有限，今晚十点官方小程序抽签，中签后付款"),
    ("owner", "{m}官方", "{m}{p}｜工厂探访", "带大家走进{m}的工厂，看看一件{p}是怎么做出来的"),
    ("owner", "{m}官方", "{m}{p}售后升级", "{m}{p}保修期延长至两年，官方渠道购买均可享受"),
    ("owner", "{m}官方", "{m}{p}节日礼盒", "{m}{p}节日限定礼盒上线，官方旗舰店独家发售"),
    ("shop", "{m}授权店", "{m}{p}到店了", "本店为{m}官方授权店，{p}新款到店，授权书在店内公示，欢迎到店试用"),
    ("shop", "{m}授权专卖", "{m}{p}直播间福利", "{m}授权直播间，{p}今日下单赠运费险，正品保证，可开发票"),
    ("shop", "{m}授权经销商", "{m}{p}团购价", "企业团购{m}{p}，授权经销商直供，量大从优，提供正规发票"),
    ("shop", "{m}授权店", "家人们{m}{p}上新啦", "{m}{p}新款上架，我们是品牌授权的，每一件都能在官网查到，放心冲"),
    ("shop", "{m}授权店", "{m}{p}换季折扣", "换季活动，授权店的{m}{p}正品打折，数量有限，先到先得"),
    ("shop", "{m} Authorised Retailer", "{m} {p} in store", "As an authorised {m} retailer we now stock the {p}. Warranty honoured worldwide"),
    ("shop", "{m}授权店", "回复：是正品吗？", "回复大家的问题：本店是{m}授权门店，所有{p}都从品牌方直接进货，支持专柜验货"),
    ("shop", "{m}授权店", "{m}{p}会员日", "会员日{m}{p}满减，授权门店与官方同价同质，欢迎来店"),
    ("shop", "{m}授權經銷", "{m}{p}新貨到", "{m}授權經銷，{p}新貨已到，歡迎到門市選購，保固與原廠相同"),
    ("shop", "{m}授权店", "{m}{p}拼单优惠", "授权店拼单活动：{m}{p}两人成团立减，正品行货，可查授权"),
]
# everyday sentences that sound like a loaded mark, or hold its characters across two words
SOUND_ALIKE_H17 = [
    "奶奶在阳台上种花种菜，一待就是一上午", "久仰大名，今天终于见到本人了", "吃不完的菜记得打包带走",
    "背着大包小包挤上了回老家的火车", "纪录片拍的是大江大河，看得人心潮澎湃", "三国里我最喜欢的大将是赵云",
    "今晚煮了一锅蛤蜊汤，鲜得掉眉毛", "我同意你的看法，这事不能急", "我们俩是同一个班的，毕业十年了",
    "下暴雨了，低凹路段积水很深，注意绕行", "他一向落拓不羁，不在乎别人的眼光", "婚礼的回礼选了手工喜糖",
    "孩儿他爹，饭做好了快来吃", "这家面馆的味道没得说", "勤俭节约是一种美德", "减肥这件事全靠毅力",
    "今天教孩子背李白的静夜思", "周大夫看病特别耐心，排队的人很多", "冰雪化为春水，山里的花都开了",
    "楼下的小狗一见人就汪汪叫", "孩子看动画片笑得哇哈哈的", "万死不辞这个成语出自哪里",
    "周末去外滩白相相，吹吹江风", "爸爸最会哄逗小宝宝了", "秋收以后秸秆还田，地更肥了",
    "他像头猛牛一样冲过了终点线", "泡完脚整个人舒服加倍", "亚瑟是圆桌骑士的国王",
    "劳力是最不该被看轻的东西", "齐桓公名叫姜小白，是春秋五霸之首", "因祸得福，错过的航班反而躲过了大雨",
    "最近吃胖了，脸都肥了一圈", "人格力量比什么都重要", "这次月考他得了高分，全家都很开心",
    "两个人的友情慢慢升华为亲情", "她靠自己独立白手起家，开了三家店", "表哥在伊利诺伊州读研究生",
    "从内蒙古带了几包内蒙牛肉干回来", "街头的流浪琴师弹得真好，围了一圈人", "祝大家新的一年工作快乐高效",
]
SOUND_ALIKE_FRAMES_H17 = [("{s}", ""), ("", "{s}"), ("今天的流水账", "{s}"), ("{s}", "#日常 #随手记")]
# common-word marks (and a mark that is an ordinary word) in their ordinary sense; English words
# that are a Latin name or look like one, in theirs
COMMON_SENSE_H17 = [
    "带孩子去动物园看了大白兔，还喂了胡萝卜", "外婆家养了一只大白兔，耳朵特别长",
    "店里生意旺旺的，老板乐得合不拢嘴", "隔壁的狗一听到门铃就旺旺地叫",
    "海边的海鸥一点都不怕人，还抢薯条吃", "坐轮渡的时候一群海鸥跟着船飞",
    "全班统一穿校服参加升旗仪式", "两岸统一是很多人的心愿", "这次考试全市统一阅卷",
    "他拿到了永久居留权，终于可以安心工作了", "这张照片要永久保存", "我们的友谊永久不变",
    "纪录片里的川金丝猴在雪地里找吃的", "金丝猴是国家一级保护动物",
    "登上黄鹤楼，想起故人西辞黄鹤楼那句诗", "武汉的黄鹤楼晚上亮灯特别好看",
    "中华民族有五千年的文明史", "奶奶养了一只中华田园犬，特别护家", "中华文化博大精深",
    "凤凰古城的夜景真的美", "传说凤凰浴火重生", "家里大宝上小学了，二宝还在吃奶",
    "我们家大宝今天第一次自己系鞋带", "听到这首歌让我联想到了高中时候", "这道题可以用联想记忆法来背",
    "芭蕾舞剧里的四小天鹅跳得真整齐", "湖面上一只小天鹅跟在妈妈后面游",
    "博物馆里的始祖鸟化石是镇馆之宝", "始祖鸟被认为是鸟类的祖先之一",
    "公园里那只凤凰雕塑修好了", "动物园新来了一对金丝猴宝宝", "雨后的黄鹤楼公园人不多",
    "这两个方案的思路其实是统一的", "海鸥飞过的时候，孩子们都在欢呼", "这首诗让我联想到了家乡的秋天",
    "纪念碑上刻着永久的怀念", "兔年的吉祥物是一只胖乎乎的大白兔", "大宝和二宝为了一块饼干吵起来了", "这套邮票是中华人民共和国成立纪念", "小区门口的海鸥雕塑成了打卡点",
    "统一思想才能把事情办好", "爷爷说凤凰是百鸟之王",
    "Omega-3 fish oil is good for your heart",
    "We need to converse more as a family", "Trying to find a new balance between work and life",
    "Parents should safeguard their kids' data online", "Jacques Cartier sailed up the St. Lawrence in 1535",
    "The HLA test came back as a match for the transplant",
    "The company will publish its new balance sheet next week",
    "The little swan dance is the hardest part of Swan Lake",
]
COMMON_FRAMES_H17 = {"zh": [("{s}", ""), ("", "{s}"), ("随手记一下", "{s}"), ("{s}", "#生活 #日常分享")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#life #notes")]}
VIEWERS_H17 = ["小橙子的周末", "阿远在路上", "二胡老周", "一颗卤蛋", "早起困难户", "北京的冬天", "Momo在吃饭",
               "晒太阳的猫", "豆豆和妈妈", "老李家的事", "夜跑的阿凡", "青柠不酸"]
PHRASING_H17 = Phrasing(
    "held_out_17", GOODS_H17, _price_h17, (OFFERS_ZH_H17, OFFERS_EN_H17),
    (RESALE_ZH_H17, RESALE_EN_H17), (RESALE_SEALED_ZH_H17, RESALE_SEALED_EN_H17), SEALED_GOODS_H17,
    (WARNINGS_ZH_H17, WARNINGS_EN_H17), (REVIEWS_ZH_H17, REVIEWS_EN_H17), AUTHORISED_H17,
    SOUND_ALIKE_H17, SOUND_ALIKE_FRAMES_H17, COMMON_SENSE_H17, COMMON_FRAMES_H17, VIEWERS_H17)


def seventeenth_held_out(seed: int = 251) -> list[Case]:
    """held_out_17: held_out_16's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four), its own marks,
    spellings and phrasing, every sentence its own."""
    words = Spellings17()
    return _held_out_part(seed, words, MARKS_H17, PHRASING_H17, words.initials_of, DIGITS_H17)


# -- held_out_18 (issue 13, stop 33): a sixteenth hand ---------------------------------------------
# Written by a hand that never opened the guard (src/origin/brands/, its tables, model and tests,
# scripts/train_brand_context.py, docs/brands.md, the README's guard section past its first screen)
# nor any other part's phrasing templates or spellings code; of this file it read only the module
# docstring, Case, suite_brands, the brand and marks lists, held_out_17's marks and goods as lists,
# the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# _held_out_part) and how seventeenth_held_out calls it; of bench_brands.py only the scoring. Its
# marks are the 51 loaded marks with the fewest held-out offers so far (every held-out part's
# offers, held_out_17's counted twice, ties by mark: 22 common words, 31 Latin names). Its
# spellings are its own code over outside data (Spellings18): pypinyin's readings in context,
# toned, tone-numbered and toneless; same-reading characters of the GB2312 level 1 and level 2 and
# GBK-only charts of Python's codecs (OpenCC's traditional forms left out), in the same tone first;
# twins of other scripts from the Unicode confusables table shipped by confusable_homoglyphs;
# styled, enclosed and fullwidth alphabets, small capitals, precomposed accents and combining
# marks looked up by Unicode name. Its phrasing is its own, 20 or more shapes per family and
# language register by register. Sealed: scored only by the lead with ``--parts held_out_18``;
# never printed, counts only; never run through the guard by its writer.
MARKS_H18 = [
    "熊猫", "白猫", "白象", "燕京", "美的", "老板", "蕉下", "兰蔻", "回力", "浪琴", "茅台", "乐高", "佳能",
    "长城", "伊利", "六神", "小熊", "戴森", "斐乐", "海天", "索尼", "雪花", "飞鸽", "骆驼", "大疆", "比亚迪",
    "洽洽", "红牛", "蒙牛", "施华洛世奇", "海尔", "好孩子", "九阳", "长虹", "红豆", "宝格丽", "雅马哈",
    "七匹狼", "欧莱雅", "旺旺", "海鸥", "片仔癀", "统一", "三只松鼠", "永久", "蓝月亮", "万斯", "德芙",
    "立白", "老干妈", "蔻驰",
]
# what fakes of each mark are sold as, Chinese and (with a Latin name) English; each Chinese item
# of a common-word mark holds one of its product cues
GOODS_H18: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "熊猫": (("香烟", "细支香烟", "香烟整条"), ()),
    "白猫": (("洗洁精", "柠檬洗洁精", "洗衣粉"), ()),
    "白象": (("方便面", "汤好喝方便面", "泡面整箱"), ()),
    "燕京": (("啤酒", "U8啤酒", "纯生整箱"), ()),
    "美的": (("变频空调", "对开门冰箱", "电饭煲", "滚筒洗衣机"), ("inverter air conditioner", "rice cooker")),
    "老板": (("油烟机", "侧吸油烟机", "燃气灶"), ()),
    "蕉下": (("防晒伞", "冰袖", "防晒衣", "遮阳帽"), ("UV umbrella", "sun sleeves", "sun hat")),
    "兰蔻": (("小黑瓶精华", "菁纯面霜", "持妆粉底液"), ("Genifique serum", "Absolue cream")),
    "回力": (("帆布鞋", "高帮帆布鞋", "小白鞋"), ("canvas shoes", "high-top sneakers")),
    "浪琴": (("名匠机械表", "康卡斯潜水表", "心月女表"), ("Master Collection watch", "Conquest diver")),
    "茅台": (("飞天53度", "生肖酒", "酱香白酒"), ("Feitian 53% baijiu", "zodiac baijiu")),
    "乐高": (("积木", "机械组跑车", "城堡积木"), ("Technic supercar set", "building bricks")),
    "佳能": (("相机电池", "单反镜头", "微单相机"), ("camera battery", "EF lens", "mirrorless camera")),
    "长城": (("哈弗坦克脚垫", "汽车钥匙壳", "干红葡萄酒"), ()),
    "伊利": (("金领冠奶粉", "常温酸奶", "纯牛奶整箱"), ("infant formula", "yogurt")),
    "六神": (("花露水", "驱蚊花露水", "沐浴露"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "戴森": (("吹风机", "卷发棒", "吸尘器"), ("Supersonic hair dryer", "Airwrap styler", "cordless vacuum")),
    "斐乐": (("老爹鞋", "运动卫衣", "网球裙"), ("Disruptor sneakers", "tennis skirt")),
    "海天": (("生抽酱油", "蚝油", "调味品礼盒"), ()),
    "索尼": (("降噪耳机", "游戏手柄", "微单相机"), ("noise-cancelling headphones", "game controller")),
    "雪花": (("勇闯天涯啤酒", "纯生啤酒", "啤酒整箱"), ()),
    "飞鸽": (("老式自行车", "二八自行车", "通勤单车"), ()),
    "骆驼": (("冲锋衣", "三合一冲锋衣", "登山鞋"), ()),
    "大疆": (("无人机", "口袋云台相机", "运动相机"), ("mini drone", "pocket gimbal camera")),
    "比亚迪": (("车钥匙", "原厂脚垫", "车载充电器"), ("car key fob", "floor mats")),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "daily nuts")),
    "红牛": (("功能饮料", "罐装饮料", "饮料整箱"), ("energy drink cans",)),
    "蒙牛": (("特仑苏纯牛奶", "纯甄酸奶", "奶粉"), ("milk cartons", "yogurt drink")),
    "施华洛世奇": (("天鹅项链", "水晶耳钉", "手链"), ("swan necklace", "crystal earrings")),
    "海尔": (("冰箱", "热水器", "洗衣机"), ("refrigerator", "water heater")),
    "好孩子": (("婴儿车", "童车", "安全座椅"), ("baby stroller", "car seat")),
    "九阳": (("豆浆机", "破壁机", "空气炸锅"), ("soymilk maker", "blender")),
    "长虹": (("智能电视", "4K电视", "挂机空调"), ("smart TV",)),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("dress shirt", "thermal underwear")),
    "宝格丽": (("灵蛇手镯", "四叶草项链", "香水"), ("Serpenti bracelet", "perfume")),
    "雅马哈": (("电钢琴", "民谣吉他", "踏板摩托"), ("digital piano", "acoustic guitar")),
    "七匹狼": (("男士夹克", "皮带", "休闲裤"), ("men's jacket", "leather belt")),
    "欧莱雅": (("紫熨斗眼霜", "复颜面霜", "洗发水"), ("eye cream", "hair serum")),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "雪饼大礼包"), ()),
    "海鸥": (("机械手表", "陀飞轮手表", "双反相机"), ()),
    "片仔癀": (("锭剂", "珍珠霜", "牙膏"), ()),
    "统一": (("老坛酸菜面", "冰红茶", "方便面整箱"), ()),
    "三只松鼠": (("坚果礼盒", "夏威夷果", "零食大礼包"), ()),
    "永久": (("自行车", "复古单车", "折叠自行车"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "洗衣液家庭装"), ()),
    "万斯": (("板鞋", "棋盘格帆布鞋", "高帮板鞋"), ("Old Skool sneakers", "checkerboard slip-ons")),
    "德芙": (("巧克力", "丝滑牛奶巧克力", "巧克力礼盒"), ("chocolate bars", "chocolate gift box")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "laundry pods")),
    "老干妈": (("风味豆豉", "油辣椒", "辣椒酱"), ()),
    "蔻驰": (("托特包", "马车包", "斜挎包", "钱包"), ("tote bag", "Tabby shoulder bag", "wallet")),
}
# used up or eaten: resold sealed and unopened
SEALED_GOODS_H18 = frozenset({"熊猫", "白猫", "白象", "燕京", "兰蔻", "茅台", "伊利", "六神", "海天", "雪花",
                              "洽洽", "红牛", "蒙牛", "欧莱雅", "旺旺", "片仔癀", "统一", "三只松鼠",
                              "蓝月亮", "德芙", "立白", "老干妈"})
# what sellers put between the letters of a word: punctuation ASCII and full-width, spaces of
# several widths, invisible format characters, and the emoji and dingbats of captions
BREAKS_H18 = [".", "·", "-", "_", "/", " ", "*", "、", "|", "丨", "~", "，", "。", "．", "＿", "—",
              "\u3000", "\u200b", "\u200d", "\u2063", "♥", "🔥", "⭐", "💰", "✔", "❣", "👍", "🌟", "#"]
WRAPS_H18 = [("【", "】"), ("[", "]"), ("（", "）"), ("〖", "〗"), ("「", "」"), ("“", "”")]
DIGITS_H18 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# scripts whose look-alike letters the confusables table lists; alphabets by Unicode name
TWINS_H18 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "FULLWIDTH", "LATIN LETTER SMALL")
ALPHABETS_H18 = ("MATHEMATICAL SCRIPT {c} {l}", "MATHEMATICAL FRAKTUR {c} {l}", "MATHEMATICAL BOLD {c} {l}",
                 "MATHEMATICAL SANS-SERIF ITALIC {c} {l}", "MATHEMATICAL MONOSPACE {c} {l}",
                 "MATHEMATICAL DOUBLE-STRUCK {c} {l}", "MATHEMATICAL BOLD FRAKTUR {c} {l}",
                 "MATHEMATICAL SANS-SERIF BOLD ITALIC {c} {l}", "FULLWIDTH LATIN {c} LETTER {l}",
                 "CIRCLED LATIN {c} LETTER {l}", "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}",
                 "SQUARED LATIN CAPITAL LETTER {l}", "PARENTHESIZED LATIN SMALL LETTER {l}",
                 "LATIN LETTER SMALL CAPITAL {l}")
ACCENTS_H18 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "DOT ABOVE",
               "CARON", "OGONEK", "DOT BELOW", "HOOK ABOVE", "STROKE", "CEDILLA")
MARKS_ABOVE_H18 = ("COMBINING ACUTE ACCENT", "COMBINING GRAVE ACCENT", "COMBINING DIAERESIS",
                   "COMBINING TILDE", "COMBINING DOT BELOW", "COMBINING MACRON BELOW",
                   "COMBINING LONG STROKE OVERLAY", "COMBINING RING ABOVE", "COMBINING CARON",
                   "COMBINING LOW LINE", "COMBINING ENCLOSING CIRCLE")


class Spellings18:
    """held_out_18's evasions, each built by this part's own code from outside data."""

    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin, pinyin

        self._read = lambda text, style: lazy_pinyin(text, style=style, errors="ignore")
        self._styles = {"plain": Style.NORMAL, "toned": Style.TONE, "numbered": Style.TONE3}
        simplified = OpenCC("t2s")
        # toneless reading -> chart -> [(character, tone)]; a character's first reading only
        self._charts: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                row = char.encode("gb2312")[0]
                chart = "level_1" if row < 0xD8 else "level_2"
            except UnicodeEncodeError:
                try:
                    char.encode("gbk")
                except UnicodeEncodeError:
                    continue
                chart = "gbk"
            if simplified.convert(char) != char:
                continue            # a traditional form: not what a simplified keyboard offers
            numbered = pinyin(char, style=Style.TONE3, heteronym=False, errors="ignore")
            if not numbered or not numbered[0]:
                continue
            reading = numbered[0][0]
            tone = reading[-1] if reading[-1].isdigit() else "5"
            self._charts[reading.rstrip("012345")][chart].append((char, tone))
        # Latin letter -> look-alikes of other scripts, from the confusables table
        table = load("confusables.json")
        self._twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            self._twins[letter] = [entry["c"] for entry in table.get(letter, ())
                                   if len(entry["c"]) == 1 and entry["n"].startswith(TWINS_H18)]

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        """The mark's readings in context (pypinyin's phrase table settles heteronyms)."""
        return self._read(mark, self._styles[style])

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self.readings(mark))

    def separated(self, text: str, rng: random.Random) -> str:
        """The mark or Latin name broken by what sellers type between its letters."""
        while True:
            out = self._broken(text, rng)
            if text.lower() not in out.lower():
                return out

    @staticmethod
    def _broken(text: str, rng: random.Random) -> str:
        chars = list(text.replace(" ", "")) if rng.random() < 0.5 else list(text)
        gaps = len(chars) - 1
        how = rng.random()
        if how < 0.35:              # one mark between every pair
            mark = rng.choice(BREAKS_H18)
            return mark.join(chars)
        if how < 0.6:               # a different mark in each gap
            return "".join(c + (rng.choice(BREAKS_H18) if i < gaps else "") for i, c in enumerate(chars))
        if how < 0.8:               # one gap broken, the rest left joined
            cut = rng.randrange(1, gaps + 1)
            return "".join(chars[:cut]) + rng.choice(BREAKS_H18) + "".join(chars[cut:])
        if how < 0.9:               # the first character bracketed off
            left, right = rng.choice(WRAPS_H18)
            return f"{left}{chars[0]}{right}{''.join(chars[1:])}"
        return " ".join(chars) if rng.random() < 0.5 else "  ".join(chars)

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        shape = rng.randrange(8)
        if shape == 0:
            return letters.upper()
        if shape == 1:
            return letters.lower()
        if shape == 2:
            return ".".join(letters.upper()) + rng.choice((".", ""))
        if shape == 3:
            return " ".join(letters.upper())
        if shape == 4:
            return "".join(chr(ord(c) - ord("a") + 0xFF21) for c in letters.lower())   # full-width
        if shape == 5:
            return "#" + letters.lower()
        if shape == 6:
            return "-".join(letters.upper())
        return letters[0].upper() + letters[1:].lower()

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        while True:
            out = self._romanised(mark, rng)
            if mark not in out and (not latin or latin.lower() not in out.lower()):
                return out

    def _romanised(self, mark: str, rng: random.Random) -> str:
        plain, toned, numbered = (self.readings(mark, s) for s in ("plain", "toned", "numbered"))
        shape = rng.randrange(11)
        if shape == 0:
            return "".join(plain)
        if shape == 1:
            return " ".join(plain)
        if shape == 2:
            return "".join(p.capitalize() for p in plain)
        if shape == 3:
            return "".join(plain).upper()
        if shape == 4:
            return "".join(toned)
        if shape == 5:
            return " ".join(toned)
        if shape == 6:
            return "".join(numbered)
        if shape == 7:
            return "-".join(plain)
        if shape == 8:
            return "#" + "".join(plain)
        if shape == 9:
            return " ".join(p.capitalize() for p in plain)
        # half in characters: one syllable written out, the rest kept
        keep = rng.randrange(len(mark))
        return "".join(mark[i] if i == keep else plain[i] for i in range(len(mark))) if len(mark) > 1 \
            else plain[0]

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        numbered = self.readings(mark, "numbered")
        for _ in range(200):
            chars = list(mark)
            many = rng.random() < 0.4
            places = [i for i in range(len(mark)) if many or rng.random() < 0.5] or [rng.randrange(len(mark))]
            for i in places:
                other = self._same_sound(mark[i], numbered[i] if i < len(numbered) else "", rng)
                if other:
                    chars[i] = other
            out = "".join(chars)
            if out != mark and out not in taken:
                return out
        raise ValueError(f"no homophone for {mark}")

    def _same_sound(self, char: str, reading: str, rng: random.Random) -> str | None:
        """A character read like ``char``: GB2312 level 1 most often, then level 2, then GBK;
        the same tone when there is one, otherwise another."""
        toneless = reading.rstrip("012345")
        tone = reading[-1] if reading[-1:].isdigit() else "5"
        charts = self._charts.get(toneless, {})
        order = rng.choices(("level_1", "level_2", "gbk"), weights=(6, 3, 1))[0]
        for chart in (order, "level_1", "level_2", "gbk"):
            pool = [c for c, t in charts.get(chart, ()) if c != char]
            same = [c for c, t in charts.get(chart, ()) if c != char and t == tone]
            if same and rng.random() < 0.75:
                return rng.choice(same)
            if pool:
                return rng.choice(pool)
        return None

    @staticmethod
    def _named(name: str) -> str | None:
        import unicodedata
        try:
            return unicodedata.lookup(name)
        except KeyError:
            return None

    def confusable(self, latin: str, rng: random.Random) -> str:
        for _ in range(100):
            out = self._disguised(latin, rng)
            if latin.lower() not in out.lower() and out != latin:
                return out
        raise ValueError(f"no look-alike for {latin}")

    def _disguised(self, latin: str, rng: random.Random) -> str:
        letters = [i for i, c in enumerate(latin) if c.isascii() and c.isalpha()]
        how = rng.randrange(5)
        chars = list(latin)
        if how == 0:                # twins of other scripts for some letters
            for i in rng.sample(letters, rng.randint(1, len(letters))):
                if self._twins.get(chars[i]):
                    chars[i] = rng.choice(self._twins[chars[i]])
            return "".join(chars)
        if how == 1:                # the whole word in one styled alphabet
            style = rng.choice(ALPHABETS_H18)
            for i in letters:
                case = "CAPITAL" if chars[i].isupper() else "SMALL"
                chars[i] = self._named(style.format(c=case, l=chars[i].upper())) or chars[i]
            return "".join(chars)
        if how == 2:                # accented letters
            for i in rng.sample(letters, rng.randint(1, max(1, len(letters) // 2))):
                case = "CAPITAL" if chars[i].isupper() else "SMALL"
                accent = rng.choice(ACCENTS_H18)
                chars[i] = self._named(f"LATIN {case} LETTER {chars[i].upper()} WITH {accent}") or chars[i]
            return "".join(chars)
        if how == 3:                # combining marks after letters inside the word
            inner = letters[:-1] or letters
            for i in rng.sample(inner, rng.randint(1, len(inner))):
                chars[i] += self._named(rng.choice(MARKS_ABOVE_H18)) or ""
            return "".join(chars)
        # one twin and one styled letter, as fancy-text sites mix them
        i = rng.choice(letters)
        if self._twins.get(chars[i]):
            chars[i] = rng.choice(self._twins[chars[i]])
        j = rng.choice(letters)
        case = "CAPITAL" if chars[j].isupper() else "SMALL"
        chars[j] = self._named(f"MATHEMATICAL BOLD ITALIC {case} {chars[j].upper()}") or chars[j]
        return "".join(chars)

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        swappable = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H18]
        chars = list(latin if rng.random() < 0.6 else rng.choice((latin.upper(), latin.lower())))
        for i in rng.sample(swappable, rng.randint(1, len(swappable))):
            chars[i] = DIGITS_H18[chars[i].lower()]
        return "".join(chars)


def _price_h18(rng: random.Random, english: bool) -> str:
    amount = rng.choice((35, 49, 66, 79, 98, 138, 158, 188, 228, 288, 338, 450, 599, 760, 1180))
    if english:
        return rng.choice((f"${amount // 6}", f"{amount // 6} USD", f"£{amount // 8}", f"€{amount // 7}",
                           f"US${amount // 6}"))
    return rng.choice((f"{amount}", f"{amount}元", f"¥{amount}", f"{amount}块", f"￥{amount}"))


# offers as posted (account name, title, description): {w} the mark as written, {p} the goods, {n}
# a price. The cue a moderator reads as a fake is named per line: 高仿, 复刻, A货, 1:1, 原单/尾单
# with "not genuine", 莆田, 纯原, 精仿, 对版, 仿品, 非正品, 同厂, 顶级版本, 超A; rep, replica, mirror,
# UA, super copy, "not authentic", "inspired", AAA, dupe "same factory"
OFFERS_ZH_H18 = [
    # live-stream calls and bargaining
    ("阿坤直播间", "家人们{w}{p}来了", "高仿{w}{p}，跟专柜一比一，今天直播间{n}，扣1上车，没货不补"),
    ("小琪好物直播", "{w}{p}复刻版", "宝子们看镜头，这款{w}{p}是复刻的，做工对版，链接拍{n}，三件再减十块"),
    ("爆款阿飞", "还价的来", "{w}{p} 莆田纯原，开口价{n}，直播间砍一刀再少二十，要的打‘要’"),
    ("深夜清仓主播", "最后二十单", "{w}{p}超A货，原价贵好几倍的东西{n}拿走，不是正品别问，质量你放心"),
    # Taobao / Pinduoduo stuffed titles
    ("潮品折扣店", "{w}同款{p}高仿1:1原版开模男女通用2024新款爆款包邮", "高仿版本，{n}，七天无理由不支持"),
    ("拼多多优选小铺", "精仿{w}{p}顶级版本 专柜品质 送礼盒 送手提袋", "非正品，介意勿拍，{n}到手"),
    ("一号仓库", "【A货】{w}{p} 细节对版 包装一模一样", "到手价{n}，同厂同料，专柜货的八九成样子"),
    # Xianyu / WeChat private trade
    ("闲鱼用户8841", "{w}{p}仿的，便宜出", "之前囤的高仿{w}{p}，放着也是放着，{n}出，不议价，假的介意别拍"),
    ("微商小蔓", "新货到", "{w}{p}1:1复刻，朋友圈下单加V私聊，{n}一件，三件包邮顺丰"),
    ("海外仓直发", "{w}{p}原单", "原单尾货，不是专柜正品，懂的来，{n}，私聊发实拍"),
    ("老陈工厂店", "工厂直出{w}{p}", "我们自己厂做的{w}{p}，跟正品一个模具，没有授权，批发一件{n}，十件起拿更便宜"),
    # Douyin / Kuaishou / Xiaohongshu captions
    ("穿搭小吴", "平替天花板", "这双{w}{p}是莆田货，{n}买的，看不出来是仿的吧 #平价好物 #莆田 #高仿"),
    ("Lily的衣柜", "{w}{p}分享", "姐妹们问链接的，这个是高仿{w}，{n}，主页有v #好物分享 #小众"),
    ("快手老铁王哥", "哥们{w}{p}整起来", "假的{w}{p}咱也不装，一比一做的，{n}一个，评论区扣地址"),
    # group buy and daigou
    ("宝妈团购群", "拼单{w}{p}", "团购高仿{w}{p}，满十人开团，一人{n}，群里接龙"),
    ("韩国小代", "代购{w}{p}", "不是正品渠道哈，高版本复刻{w}{p}，{n}，跟正品放一起分不出来"),
    # Cantonese / Taiwanese usage
    ("旺角阿强", "{w}{p}A货平放", "靓嘢！{w}{p}A货，一模一样，{n}有交易，PM我"),
    ("台北小店Amy", "{w}{p}副厂", "{w}{p}副厂仿品，质感很好唷，{n}含运，私訊下單"),
    # comment replies and reposts
    ("路人甲", "回复@小鹿：有的", "回复@小鹿：你要的{w}{p}高仿我这有，{n}，私我"),
    ("转发达人", "转发", "//@潮流搬运工: {w}{p}精仿到了，{n}一件，要的私聊 转发扩散"),
    # short ambiguous titles with a cue
    ("清仓王", "{w}{p} 复刻", "{n}"),
    ("好货多多", "高仿{w}", "{p}，{n}，私"),
    # mixed Chinese-English
    ("潮牌代工厂", "{w} {p} rep版 top quality", "纯原版本 same factory，{n}，DM或加V"),
    # more registers: wholesale sources, bargaining in replies, Xiaohongshu asks answered
    ("一手货源阿辉", "{w}{p}货源", "一手货源，高仿{w}{p}，支持一件代发，拿货价{n}，代理群扫码进"),
    ("砍价小能手", "能再少点吗", "你这个{w}{p}高仿{n}能再少二十吗 | 卖家回复：最低了亲，仿的也是好料子"),
    ("种草机小美", "求的同款来了", "评论区一直问的{w}{p}，我找到了复刻版，{n}，几乎一模一样，戳我主页"),
    ("朋友圈小代", "今日上新", "{w}{p}高版本，不是专柜货，支持验货不退换，{n}，需要的私信"),
    ("拼单小铺", "{w}{p}仿款百亿补贴价", "仿款，非官方正品，拼单价{n}，两人成团"),
    ("抖音小店老K", "{w}{p}精仿 下单送运费险", "精仿款，正品价的零头，{n}，点小黄车"),
]
OFFERS_EN_H18 = [
    # eBay / Facebook Marketplace / Instagram DMs / Reddit-style posts
    ("kicksplug_88", "{w} {p} 1:1 rep", "Top tier rep {w} {p}, mirror quality, {n}. DM for real pics"),
    ("luxe.finds.hk", "{w} {p} - replica", "Replica {w} {p}, same materials as retail, {n}, ships from HK"),
    ("marketplace_seller", "{w} {p} (not authentic)",
     "Not authentic, priced accordingly. {n}, pickup or ship"),
    ("dupe.queen", "{w} inspired {p}", "{w} {p} dupe, looks identical, {n}. Comment 'info' and I'll DM you"),
    ("factory.direct.store", "{w} {p} UA batch",
     "UA {w} {p} straight from the factory, {n} each, bulk discounts"),
    ("repsbylee", "new drop", "{w} {p} super copy just landed, {n}, WhatsApp for the catalogue"),
    ("bargain.bin.22", "{w} {p} AAA", "AAA quality {w} {p}, nobody can tell, {n} OBO"),
    ("sneaker_plug_uk", "{w} {p} GOD batch", "Best batch on the market, fake but 1:1, {n}, PayPal F&F only"),
    ("ig_shop_mia", "restock!!", "{w} {p} mirror copies back in stock, {n} shipped, DM to order"),
    ("wholesale_kevin", "{w} {p} wholesale", "Replica {w} {p} by the carton, {n} a piece, MOQ 20"),
    ("thrifty_tom", "{w} {p} fake", "Selling my fake {w} {p}, wore it twice, {n}, no lowballers"),
    ("reseller.jen", "{w} {p} (rep)", "Rep, not retail. Quality is insane for {n}. Message me"),
    ("hypefinds", "{w} {p} 1:1 copy", "Same factory as the real ones they say, {n}, tracking provided"),
    ("cheapdeals4u", "{w} {p}", "High end replica, {n}, limited stock, DM"),
    ("group.buy.lead", "GB: {w} {p} reps",
     "Group buy for {w} {p} reps closes Friday, {n} each, comment to join"),
    ("comment_reply", "@sarah yes", "@sarah yes the {w} {p} is a rep, {n}, check your DMs"),
    ("depop.vintage.rae", "{w} {p} (inspired)", "Inspired by {w}, not the real thing, looks 1:1 though. {n}"),
    ("carousell_hk_jay", "{w} {p} high copy", "High copy {w} {p}, grade AAA, {n}, meet at MTR or mail"),
    ("whatsapp.catalog", "{w} {p} catalogue", "Full catalogue of {w} {p} replicas on WhatsApp, {n} and up"),
    ("ebay_seller_0931", "{w} style {p} replica", "Replica {w}-style {p}, unbranded box, {n} free postage"),
    ("dm_for_prices", "{w} {p} 🔥", "rep {w} {p} in stock, {n}, dm me, serious buyers only"),
    ("tiktok.shop.nina", "{w} {p} dupe!!",
     "the {w} {p} dupe everyone's asking about, factory copy, {n}, link in bio"),
]


# second-hand resale of genuine goods (account name, title, description): {m} the mark, {p} the
# goods, {n} a price; authentication services, receipts, refund promises
RESALE_ZH_H18 = [
    ("闲鱼用户2093", "自用{m}{p}转", "专柜买的{m}{p}，小票和保修卡都在，九成新，{n}，支持平台验货"),
    ("二手好物回收", "{m}{p} 95新", "正品{m}{p}，可走闲鱼鉴定，鉴定不是正品全额退，{n}"),
    ("搬家清闲置", "搬家出{m}{p}", "用了半年的{m}{p}，功能都好，{n}自提，不包邮"),
    ("宝妈换钱", "{m}{p}低价出", "孩子大了用不上了，{m}{p}官网买的有订单截图，{n}"),
    ("奢品寄卖行", "寄卖｜{m}{p}", "经鉴定师查验为正品，附鉴定证书，{n}，店内可试"),
    ("大学生毕业清仓", "毕业甩卖{m}{p}", "正品，京东自营下单的，发票可看，{n}，同校可面交"),
    ("二奢小店", "{m}{p}中古", "中古正品，支持任意第三方鉴定，假一赔三，{n}"),
    ("Vicky的闲置", "求带走", "{m}{p}，去年生日朋友送的，全套包装，没怎么用，{n}"),
    ("闲置交换", "{m}{p}换物", "自用{m}{p}，想换个别的，也可以{n}直接出，保真"),
    ("回收老张", "收{m}{p}", "高价回收{m}{p}，只收正品，上门鉴定，当场结账"),
    ("职场小姐姐", "{m}{p}出", "入职时候买的，商场专柜有记录，七成新，{n}不刀"),
    ("港澳代购小朱", "港版{m}{p}", "香港专柜购入，带原始单据，可去专柜验，{n}，顺丰到付"),
    ("台湾二手社", "{m}{p}二手", "正品{m}{p}，附購買證明，{n}，可面交驗貨"),
    ("爱分享的阿May", "回血", "{m}{p}，官方旗舰店买的，七天内可以退，不想退了就转了，{n}"),
    ("同城转让", "{m}{p}同城", "可以到店里一起找售后验，确认没问题再付{n}"),
    ("评论区回复", "回复@蓝莓：", "回复@蓝莓：是正品哈，{m}{p}有防伪码可以扫，{n}出给你"),
    ("直播间二手专场", "二手{m}{p}", "今天二手专场，这件{m}{p}是回收来的正品，鉴定报告在详情页，{n}"),
    ("数码回收站", "{m}{p}验机", "正品{m}{p}，序列号可查，官网保修到明年，{n}"),
    ("断舍离日记", "断舍离第37件", "{m}{p}，国内专柜价买的，现在{n}出，有瑕疵已拍"),
    ("旧物新主", "{m}{p} 便宜给懂的人", "正品保真，能接受二手的来，{n}，走平台担保交易"),
]
RESALE_EN_H18 = [
    ("closet_cleanout", "{m} {p} - pre-owned",
     "Authentic {m} {p}, receipt included, {n}. Happy to use eBay's authenticity guarantee"),
    ("moving_sale_jo", "{m} {p}", "Moving sale: genuine {m} {p}, used a few times, {n}, local pickup"),
    ("preloved.lux", "{m} {p} authenticated", "Authenticated by a third party, certificate in photos, {n}"),
    ("dad_selling_stuff", "{m} {p} works great",
     "Bought new from the official store two years ago, {n}, cash only"),
    ("grad_sale", "{m} {p} barely used",
     "Genuine, with box and proof of purchase, {n}. Full refund if it fails authentication"),
    ("reseller.mike", "{m} {p} - legit", "100% legit, bought retail, serial checks out, {n} shipped"),
    ("fb_marketplace_ana", "{m} {p}", "Gift I never used, still has tags, {n}, meet at the mall"),
    ("consignment.corner", "{m} {p} (consigned)",
     "Consigned item, inspected in store, {n}, returns within 14 days"),
    ("trade_only", "{m} {p} for trade", "Real {m} {p}, looking to swap, or {n}"),
    ("reply_thread", "@kay it's real",
     "@kay it's real, I have the receipt from the store, {n} if you want it"),
    ("estate_sale_finds", "{m} {p}", "From an estate sale, authenticity verified by a jeweller, {n}"),
    ("student_sell", "{m} {p} cheap", "Genuine, upgrading so selling, {n}, can meet on campus"),
    ("poshmark_closet", "{m} {p} NWT", "New with tags, bought at the outlet, receipt in photos, {n}"),
    ("carousell_sg_li", "{m} {p} authentic",
     "Authentic, bought from the boutique, can meet at the store to verify, {n}"),
    ("ask_me_anything", "{m} {p} - questions welcome",
     "Genuine {m} {p}, happy to send more photos or use an authentication app, {n}"),
    ("reddit_swap", "[WTS] {m} {p}", "Retail {m} {p}, proof of purchase and timestamps in the album, {n}"),
]
# the same for goods used up or eaten: sold sealed, with dates
RESALE_SEALED_ZH_H18 = [
    ("囤货党", "{m}{p}全新", "超市活动囤多了，全新未拆封，保质期到明年，{n}"),
    ("公司福利转", "单位发的{m}{p}", "过节单位发的{m}{p}，没拆，喝不完/用不完，{n}自提"),
    ("闲鱼用户6617", "{m}{p}转卖", "旗舰店买的正品{m}{p}，买多了，订单可截图，{n}"),
    ("年货清理", "{m}{p}出", "亲戚送的{m}{p}，家里没人用，包装完好，{n}"),
    ("烟酒回收行", "收售{m}{p}", "正品{m}{p}，可扫码验真，假一赔十，{n}，同城可上门"),
    ("宝妈二手群", "{m}{p}转", "买错了规格，{m}{p}未开封，日期新鲜，{n}包邮"),
    ("社区团购剩余", "多出来的{m}{p}", "团购多订了几份{m}{p}，原价转，{n}，楼下自取"),
    ("小区跳蚤市场", "{m}{p}便宜出", "过年剩下的{m}{p}，没开过，生产日期看图，{n}"),
    ("评论区回复", "回复@小满：", "回复@小满：是超市买的正品{m}{p}，小票还在，{n}给你"),
    ("出差带回来的", "{m}{p}转让", "机场免税店买的{m}{p}，有小票，塑封未拆，{n}"),
    ("搬家清冰箱", "清库存", "{m}{p}两份，全新，保质期还有八个月，{n}一起带走"),
    ("微信转让", "{m}{p}", "正品{m}{p}，京东买的有记录，用不上，{n}"),
]
RESALE_SEALED_EN_H18 = [
    ("pantry_clearout", "{m} {p} sealed",
     "Sealed {m} {p}, bought too many on sale, best before next year, {n}"),
    ("gift_regift", "{m} {p} unopened", "Unopened {m} {p} from a gift basket, receipt available, {n}"),
    ("duty_free_haul", "{m} {p} new", "Bought at duty free, shrink wrap intact, {n}"),
    ("office_surplus", "{m} {p} x2", "Company gift, never opened, genuine from the official store, {n}"),
    ("moving_out_sale", "{m} {p}", "Brand new sealed {m} {p}, moving out, {n}"),
    ("reply_thread2", "@jon sealed", "@jon yes still sealed, bought at the supermarket, {n}"),
    ("bulk_buy_leftover", "{m} {p} leftover", "Leftover from a bulk buy at the warehouse club, sealed, {n}"),
    ("gift_set_unwanted", "{m} {p} gift set",
     "Unwanted gift set, unopened, bought at a department store, {n}"),
    ("expat_leaving", "{m} {p}, leaving the country",
     "Sealed, from the supermarket, best before printed on the pack, {n}"),
    ("reply_thread5", "@amy still have it", "@amy still have the sealed {m} {p}, receipt's in the bag, {n}"),
]
# consumer warnings and official notices, in reported speech and questions; prices are what the
# fakes sold for, quantities what was seized
WARNINGS_ZH_H18 = [
    ("市场监管局发布", "关于假冒{m}{p}的消费提示", "近期有商家以{n}低价销售假冒{m}{p}，消费者请通过官方渠道购买"),
    ("海关发布", "查获侵权{m}{p}", "某海关近日查获侵犯{m}商标权的{p}共3600件，已依法扣留"),
    ("法院公众号", "售假案宣判", "被告人以每件{n}的价格销售假冒{m}{p}，累计销售额四十余万元，以销售假冒注册商标的商品罪判处有期徒刑二年"),
    ("公安反诈", "警惕低价{m}{p}", "有人在短视频平台以{n}兜售所谓{m}{p}，收款后即拉黑，请勿私下转账"),
    ("消协提醒", "网购{m}{p}要当心", "消协接到投诉，有消费者反映花{n}买的{m}{p}到手发现是仿冒品，商家拒绝退款"),
    ("被骗的小林", "大家别踩坑", "我朋友说她在直播间{n}买的{m}{p}是假的 专柜一看就认出来了 你们买之前多问问"),
    ("困惑的买家", "这个是真的吗", "在闲鱼{n}买的{m}{p}，卖家说是正品，但包装有点糊，有懂的帮看下吗"),
    ("疑问", "求助", "刚收到的{m}{p}怎么跟之前买的不太一样 包装上logo位置偏了 是不是买到假的了"),
    ("品牌维权部", "{m}打假声明", "近期发现多家店铺销售假冒{m}{p}，本公司已取证并委托律师处理，请认准官方授权渠道"),
    ("律师事务所", "律师函公告", "受{m}委托，现对销售仿冒{m}{p}的商家发出警告，请于七日内下架"),
    ("新闻快讯", "仿冒{m}{p}窝点被端", "警方在一处厂房内查获假冒{m}{p}1.2万件及大量包装材料，涉案金额超两百万元"),
    ("315曝光", "{m}{p}造假调查", "记者暗访发现，一些作坊把劣质{p}贴上{m}商标，以{n}批发给小商贩"),
    ("妈妈群转发", "转：注意", "转自家长群：听说最近有人上门推销的{m}{p}是假货，价格只要{n}，大家别贪便宜"),
    ("鉴定师小K", "教你辨别真假{m}{p}", "最近很多粉丝问{n}的{m}{p}能不能买，这个价格基本不可能是正品，看这三个细节"),
    ("港人消费", "留意假{m}{p}", "海关話有人網上以{n}賣假{m}{p}，大家小心，唔好貪平"),
    ("台灣消保官", "網購{m}{p}注意", "消保官提醒，網路上以{n}販售的{m}{p}疑似仿冒品，購買前請確認賣家資格"),
    ("平台公告", "治理公告", "平台本月下架涉嫌假冒{m}{p}的商品链接312条，处罚店铺27家"),
    ("评论区", "回复@阿杰：", "回复@阿杰：别买了 我同事花{n}买的{m}{p}就是仿的 退都退不了"),
    ("检察院", "起诉书摘要", "经查，犯罪嫌疑人通过网店销售假冒{m}{p}8000余件，销售金额一百三十余万元"),
    ("市民热线", "有人问", "市民来电反映楼下小店卖的{m}{p}很便宜才{n}，想问问是不是正品，工作人员已转交执法"),
    ("老爸的朋友圈", "提醒一下", "老同学说菜市场门口那个摊子的{m}{p}是假的 喝了/用了不对劲 大家注意"),
    ("质检通报", "抽检结果", "本次抽检的标称{m}{p}中有4批次经商标权利人确认为假冒产品"),
    ("邻居阿姨", "说个事", "听菜场的人讲 那家店的{m}{p}都是仿的 才卖{n} 咱们还是去超市买吧"),
    ("买家小何", "收到了但心里没底", "网上下单的{m}{p}到了 防伪码扫出来说已被查询过三次 这正常吗"),
    ("工商所公示", "行政处罚决定书", "当事人购进假冒{m}{p}420件，以每件{n}对外销售，没收违法商品并处罚款"),
    ("记者调查", "假{m}{p}流向农村市场", "记者在多个乡镇集市发现标称{m}的{p}，售价仅{n}，经品牌方鉴定均为假冒"),
]
WARNINGS_EN_H18 = [
    ("consumer_watch", "Watch out for fake {m} {p}",
     "Several readers told us they paid {n} for {m} {p} online and got counterfeits"),
    ("customs_news", "Customs seize counterfeit {m} {p}",
     "Officers seized 2,400 counterfeit {m} {p} worth an estimated $180,000 at the port"),
    ("court_reporter", "Seller sentenced",
     "The court heard he sold fake {m} {p} for {n} each through social media"),
    ("confused_buyer", "is this legit?",
     "Got this {m} {p} for {n} off marketplace, the packaging and print look off, can anyone tell if it's real"),
    ("scam_alert_group", "PSA",
     "My cousin says the {m} {p} ads on there are all fakes and the seller vanished after she paid {n}"),
    ("brand_protection", "Notice on counterfeit {m} {p}",
     "{m} is aware of unauthorised sellers offering counterfeit {p} and is pursuing legal action"),
    ("law_firm_notice", "Counterfeit {m} {p}: our client's position",
     "On behalf of {m}, we have sent takedown notices to listings selling imitation {p}"),
    ("reddit_poster", "Anyone else get a fake?",
     "Ordered {m} {p} from an ad for {n}, pretty sure it's counterfeit, how do I get a refund"),
    ("news_wire", "Police raid counterfeit workshop",
     "Police recovered thousands of fake {m} {p} and labels at a warehouse"),
    ("buyer_guide", "How to spot fake {m} {p}",
     "If someone offers {m} {p} for {n}, ask why it's so cheap. Here's what to check"),
    ("reply_thread3", "@mo don't",
     "@mo don't buy it, my friend said hers was fake and the seller blocked her"),
    ("trading_standards", "Trading Standards warning",
     "Trading Standards have seized counterfeit {m} {p} sold at markets for around {n}"),
    ("puzzled_parent", "real or not",
     "Grandma got the kids {m} {p} at the night market for {n}, the box spelling looks weird, real or not"),
    ("customs_report", "Annual seizure figures",
     "Counterfeit {m} {p} were among the top seized goods this year, 18,000 units at the border"),
    ("prosecutor_office", "Charges filed",
     "Prosecutors say the pair imported 5,000 counterfeit {m} {p} and sold them online for {n} each"),
    ("brand_team_post", "Authorised retailers only",
     "The {m} team reminds customers that {p} sold outside authorised retailers may be counterfeit"),
    ("neighbour_group", "heads up",
     "Someone on the street group said the guy selling {m} {p} from his car is selling knock-offs, just so you know"),
    ("authenticator_blog", "We checked 50 {m} {p}",
     "Of 50 {m} {p} sent to us this month, 12 were counterfeit; most were bought for under {n}"),
    ("reply_thread6", "@dee same",
     "@dee same thing happened to me, paid {n} for {m} {p} and it was a fake, reported the listing"),
    ("regulator_update", "Online marketplace sweep",
     "Regulators removed 900 listings for counterfeit {m} {p} priced around {n}"),
]
# reviews and news that compare real and fake, or mention the brand in passing
REVIEWS_ZH_H18 = [
    ("数码测评老周", "真假{m}{p}对比", "一个专柜买的一个网上{n}买的仿品，拆开看做工差距很明显"),
    ("小红书测评", "{m}{p}使用一个月", "官方旗舰店买的{m}{p}，用了一个月说说优缺点 #真实测评"),
    ("开箱君", "{m}{p}开箱", "今天开箱{m}{p}，官方渠道买的，包装和做工都挺扎实"),
    ("财经头条", "{m}发布季度财报", "{m}本季度营收同比增长，其中{p}品类表现突出"),
    ("行业观察", "{m}{p}为何总被仿", "分析人士认为，{m}{p}利润高、辨识度强，是造假者的主要目标"),
    ("B站UP主", "花{n}买的{m}{p}值不值", "实测自己买的{m}{p}，正品，结论在视频最后"),
    ("鉴定小课堂", "{m}{p}正品细节", "正品{m}{p}的缝线和字体是这样的，仿品通常在这几个地方露馅"),
    ("吐槽大会", "被{m}{p}坑了", "说实话正品{m}{p}也没那么好用，{n}的价格有点虚高"),
    ("老用户", "{m}{p}回购第三次", "一直用{m}{p}，超市买的，没踩过雷，推荐"),
    ("新闻联播摘要", "{m}入选品牌榜", "{m}入选年度最具价值品牌，{p}出口量连续三年增长"),
    ("真假对比实验室", "A货和正品差在哪", "拿正品{m}{p}和网上的A货放一起，重量差了二十克，五金颜色也不一样"),
    ("港仔开箱", "{m}{p}開箱", "專門店買嘅{m}{p}，用咗一個禮拜，質素唔錯"),
    ("台湾部落客", "{m}{p}心得", "在百貨公司專櫃入手{m}{p}，分享一下使用心得"),
    ("评论区", "回复@橙子：", "回复@橙子：我的也是正品{m}{p}，官网能查到序列号"),
    ("转发说说", "转发", "//@科技日报: {m}新一代{p}正式发布，售价{n}起"),
    ("消费日报", "{m}{p}价格调整", "记者走访发现，{m}{p}近期在多地商场小幅涨价，起售价{n}"),
    ("买家秀", "{m}{p}买家秀", "618在{m}官方店买的{p}，到手{n}，很满意"),
    ("学生党测评", "平价和大牌对比", "拿{m}{p}和几款国产平价的对比了一周，各有优缺点"),
    ("打假博主", "我买了一个假{m}{p}", "为了做视频特意在小摊上买了个假{m}{p}，和正品对比给大家看"),
    ("汽车/家电频道", "{m}{p}拆解", "拆解正品{m}{p}，看看用料到底怎么样"),
    ("家电老王", "{m}{p}用了三年", "当年商场买的{m}{p}，三年没出毛病，说说缺点"),
    ("知乎回答", "怎么看{m}{p}的定价", "作为用过正品{m}{p}的人，我觉得{n}这个价位还算合理"),
    ("时尚编辑部", "本季{m}{p}看点", "{m}本季推出的{p}延续了经典设计，我们在门店试用了一下"),
    ("回复楼主", "回复@楼主：", "回复@楼主：正品{m}{p}和你图里那个仿的差别在包装印刷，一眼就能看出来"),
]
REVIEWS_EN_H18 = [
    ("techreviewer", "{m} {p} review", "After a month with the {m} {p}, here's what I like and what I don't"),
    ("real_vs_fake", "Real vs fake {m} {p}",
     "I bought a counterfeit {m} {p} for {n} to compare it with my retail one"),
    ("business_daily", "{m} reports strong quarter", "{m} said sales of {p} rose sharply this quarter"),
    ("unboxing_dan", "Unboxing the {m} {p}",
     "Bought it at the official store for {n}, first impressions inside"),
    ("style_blog", "Is the {m} {p} worth it?", "Honest thoughts on the {m} {p} after a year of daily use"),
    ("comment_reply4", "@lee mine's real",
     "@lee mine's real, bought at the flagship, serial matched on their site"),
    ("news_brief", "{m} opens new store", "{m} opened its largest store yet, with {p} front and centre"),
    ("auth_channel", "How authenticators check {m} {p}",
     "We walk through how experts tell a genuine {m} {p} from a copy"),
    ("budget_reviews", "{m} {p} vs cheaper options", "Comparing the {m} {p} with three cheaper alternatives"),
    ("repost_news", "RT", "RT @retailnews: {m} {p} prices up in several markets, now from {n}"),
    ("consumer_mag", "Best {p} of the year",
     "The {m} {p} came second in our lab tests, behind a cheaper rival"),
    ("youtube_tester", "Fake vs real {m} {p} teardown",
     "We opened up a counterfeit {m} {p} and a genuine one, the difference inside is huge"),
    ("long_term_user", "{m} {p}, three years later",
     "Still using the {m} {p} I bought at the flagship store in 2023"),
    ("market_report", "{m} market share", "Analysts expect {m} to gain share in {p} next year"),
    ("travel_shopper", "Bought {m} {p} abroad",
     "Picked up {m} {p} at the airport store, about {n}, cheaper than at home"),
    ("forum_reply", "Re: is {m} worth it",
     "Re: is {m} worth it - I've had the {p} for a year, genuine from the official site, no regrets"),
    ("podcast_notes", "Episode notes",
     "This week we talk counterfeits: why {m} {p} get copied so often and how brands fight back"),
    ("student_review", "{m} {p} on a budget",
     "Saved up for the {m} {p}, bought it on sale for {n}, here's my honest take"),
    ("quote_tweet", "QT", "QT @dealsbot: {m} {p} down to {n} at the official store this weekend"),
    ("lab_review", "{m} {p} measured",
     "We measured the {m} {p} against its spec sheet; here are the numbers"),
]
# the owner's and its authorised shop's own posts ("owner" or "shop", account name, title, text)
AUTHORISED_H18 = [
    ("owner", "{m}官方", "{m}新品{p}上市", "{m}全新{p}今日开售，官方旗舰店和线下门店同步发售"),
    ("owner", "{m}官方", "直播预告", "今晚八点{m}官方直播间，{p}限时福利，正品保障"),
    ("owner", "{m}官方", "防伪查询指南", "购买{m}{p}后可扫描包装上的防伪码验证真伪，认准官方渠道"),
    ("owner", "{m}官方", "{m}品牌故事", "从第一件{p}开始，{m}一直坚持用心做好产品"),
    ("owner", "{m}官方", "双十一{m}狂欢", "{m}{p}双十一到手价公布，官方店下单享延保"),
    ("owner", "{m}官方", "谨防假冒", "近期有不法商家冒用{m}名义销售{p}，{m}官方提醒消费者通过授权渠道购买"),
    ("owner", "{m}官方", "会员日", "{m}会员日，{p}买一送一，仅限官方商城"),
    ("owner", "{m}官方", "#{m}#{p}上新", "这一季的{m}{p}，你最喜欢哪个颜色？评论区告诉我们"),
    ("owner", "{m}官方", "{m}门店地址", "{m}{p}可在以下授权门店体验购买，附全国门店列表"),
    ("owner", "{m}官方", "售后公告", "{m}{p}保修政策更新，官方渠道购买的产品可享一年质保"),
    ("shop", "{m}授权专卖店", "{m}{p}到店了", "本店为{m}官方授权店，{p}新款到店，欢迎进店试穿试用"),
    ("shop", "{m}授权专卖店", "直播间上新", "家人们，{m}正品{p}今天直播间专属价，授权书在主页置顶"),
    ("shop", "{m}授权专卖店", "正品保障", "{m}授权经销，{p}全部厂家直供，支持专柜验货，假一赔十"),
    ("shop", "{m}授权专卖店", "店庆活动", "店庆三周年，{m}{p}全场九折，授权店购买可享全国联保"),
    ("shop", "{m}授权专卖店", "{m}{p}拼团", "{m}{p}三人成团，团购价更优惠，正品授权"),
    ("shop", "{m}授权专卖店", "新到一批", "{m}新到{p}，有需要的老顾客可以来店里看看"),
    ("shop", "{m}授权专卖店", "{m}{p}现货", "{m}{p}现货充足，官方授权，发顺丰"),
    ("shop", "{m}授权专卖店", "顾客反馈", "感谢顾客对{m}{p}的好评，本店所售均为{m}正品"),
    ("shop", "{m}授权专卖店", "开业啦", "{m}授权专卖店新店开业，{p}开业特惠"),
    ("shop", "{m}授权专卖店", "如何辨别", "很多顾客问怎么买到正品{m}{p}，认准授权牌匾和官方防伪码"),
]
# everyday sentences holding a loaded mark's sound (or its characters across other words)
SOUND_ALIKE_H18 = [
    "跑步最重要的是毅力，不是装备",            # 伊利 yili
    "下礼拜一起去爬山吗",                      # 立白 libai
    "今天读了李白的《将进酒》",                # 立白 libai
    "你说的恰恰相反，我觉得他是对的",          # 洽洽 qiaqia
    "诚实是一种美德",                          # 美的 meide
    "过马路的时候留神点车",                    # 六神 liushen
    "下雨路滑，小心脚下",                      # 蕉下 jiaoxia
    "新配的眼镜度数有点高",                    # 燕京 yanjing
    "熬夜太多眼睛好干",                        # 燕京 yanjing
    "这位老将军年轻时是员大将",                # 大疆 dajiang
    "站在江边看大江东去",                      # 大疆 dajiang
    "久仰大名，今天终于见到您了",              # 九阳 jiuyang
    "我同意你的方案，明天就开始",              # 统一 tongyi
    "孩儿他爸，快来吃饭了",                    # 海尔 haier
    "收到邻居的回礼，一盒自家做的点心",        # 回力 huili
    "他小时候有点口吃，现在说话很流利",        # 蔻驰 kouchi
    "我老伴儿今天包了三鲜饺子",                # 老板 laoban
    "健身房里那个大哥胸毛好浓",                # 熊猫 xiongmao
    "白毛浮绿水，红掌拨清波",                  # 白猫 baimao
    "楼下的小狗一见人就汪汪叫",                # 旺旺 wangwang
    "隔壁家的小姑娘是个萌妞",                  # 蒙牛 mengniu
    "过年在家吃肥了五斤",                      # 斐乐 feile
    "这首歌宛似一场春雨",                      # 万斯 wansi
    "他一身落拓，背着吉他走天涯",              # 骆驼 luotuo
    "上海人说出去白相就是出去玩",              # 白象 baixiang
    "秸秆还田以后地更肥了",                    # 海天 haitian
    "伤口渗出一点血花，赶紧贴上创可贴",        # 雪花 xuehua
    "给葡萄打代森锰锌防霜霉病",                # 戴森 daisen
    "这次是长程航班，记得带颈枕",              # 长城 changcheng
    "奶奶哄逗着小孙子玩",                      # 红豆 hongdou
    "飞哥今天请大家喝奶茶",                    # 飞鸽 feige
    "毕业晚会上大家欢乐高歌到半夜",            # 乐高 across 欢乐 / 高歌
    "地理课讲到了美国的伊利诺伊州",            # 伊利 inside a place name
    "小时候最爱看九阳神功那一段",              # 九阳 inside a novel's kung fu
    "去茅台镇旅游，赤水河边风景很好",          # 茅台 as the town
    "这台机器在半负荷时达到最佳能耗比",          # 佳能 across 最佳 / 能耗
    "院子里的树上住着三只松鼠",                # 三只松鼠 as a count
    "纪录片里草原上跑过七匹狼",                # 七匹狼 as a count
    "周末去看望我的老干妈，她做的红烧肉最好吃",  # 老干妈 as a godmother
    "小雄今天数学考了满分，奖励他一个冰淇淋",  # 小熊 xiaoxiong
]
SOUND_ALIKE_FRAMES_H18 = [("{s}", ""), ("", "{s}"), ("今日随笔", "{s}"), ("{s}", "#碎碎念 #今天")]
# common-word marks (and English words read as a Latin name or as initials) in their ordinary sense
COMMON_SENSE_H18 = [
    "成都基地的大熊猫宝宝满月了", "带孩子去动物园看熊猫吃竹子", "楼下那只白猫又来蹭饭了",
    "我家白猫今天掉毛特别厉害", "泰国的白象被视为吉祥的象征", "燕京是北京的古称之一",
    "这条裙子好美的，在哪拍的", "夕阳下的湖面真美的", "老板今天给我们每人发了个红包",
    "打工人的心愿：老板不要再开会了", "周末去爬长城，人山人海", "长城脚下的农家院很安静",
    "考试前紧张得六神无主", "女儿最喜欢抱着小熊睡觉", "海天一色，这片海太干净了",
    "北方下了今年第一场雪花", "窗外飘着大片的雪花", "广场上的飞鸽一点都不怕人",
    "沙漠里的骆驼走得很慢很稳", "第一次在敦煌骑骆驼", "红豆生南国，春来发几枝",
    "熬了一锅红豆粥", "你是个好孩子，妈妈为你骄傲", "雨后天边挂着一道长虹",
    "小狗旺旺叫着跑过来", "海边的海鸥会抢游客的薯条", "全市统一调整了公交票价",
    "这次考试全年级统一阅卷", "愿我们的友谊永久不变", "这张照片我会永久保存",
    "今晚的蓝月亮特别圆", "这头红牛在草原上吃草", "今年春节要给老板拜年吗",
    "幼儿园老师夸他是好孩子", "大熊猫是国宝", "六神无主地在车站等了一个小时",
    "My grandmother keeps a white dove in the garden", "The doves at the square were fed by kids",
    "Our soccer coach makes us run laps every practice", "We took the overnight coach to Edinburgh",
    "She is a true warrior, she finished the marathon injured", "The weekend warrior workout plan",
    "Pachelbel's Canon in D was played at the wedding", "That film is part of the Star Wars canon",
    "The moving company sent two vans instead of one", "Food vans lined up outside the stadium",
    "The red bull charged at the rodeo clown", "A dove landed on the balcony this morning",
    "My BGL was a bit high after breakfast, doctor says it's fine",
    "LGM stands for Last Glacial Maximum in this paper",
    "The OLY team announced its roster today", "Kids at the playground had a chacha dance class",
    "Hiked the Great Wall at Mutianyu today, my legs are done", "Panda bears sleep most of the day",
    "The nurse said he was such a good baby during the checkup", "The coach of the team resigned",
    "My cat loves chasing the white doves", "Our neighbour's red bull terrier barks at every bicycle",
    "I love the smell of red beans cooking", "The seagulls stole my fries at the beach",
    "The boss bought pizza for the whole office", "Camels can go a week without water",
    "Blue moon tonight, the second full moon this month", "Snowflakes are never identical",
]
COMMON_FRAMES_H18 = {"zh": [("{s}", ""), ("", "{s}"), ("分享日常", "{s} #生活")],
                     "en": [("{s}", ""), ("", "{s}"), ("today", "{s} #life")]}
VIEWERS_H18 = ["风吹麦浪", "小核桃", "阿勇的相册", "下班就回家", "苏苏在杭州", "老赵钓鱼记",
               "Tina的小日子", "米粒妈妈", "夜猫子阿伟", "西瓜不甜", "骑车去海边", "周末的老吴"]
PHRASING_H18 = Phrasing(
    "held_out_18", GOODS_H18, _price_h18, (OFFERS_ZH_H18, OFFERS_EN_H18),
    (RESALE_ZH_H18, RESALE_EN_H18), (RESALE_SEALED_ZH_H18, RESALE_SEALED_EN_H18), SEALED_GOODS_H18,
    (WARNINGS_ZH_H18, WARNINGS_EN_H18), (REVIEWS_ZH_H18, REVIEWS_EN_H18), AUTHORISED_H18,
    SOUND_ALIKE_H18, SOUND_ALIKE_FRAMES_H18, COMMON_SENSE_H18, COMMON_FRAMES_H18, VIEWERS_H18)


def eighteenth_held_out(seed: int = 263) -> list[Case]:
    """held_out_18: held_out_17's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four), its own marks,
    spellings and phrasing, every sentence its own."""
    words = Spellings18()
    return _held_out_part(seed, words, MARKS_H18, PHRASING_H18, words.initials_of, DIGITS_H18)


# -- held_out_19 (issue 13, stop 34): a seventeenth hand ---------------------------------------------
# Written by brandsheld19, a hand that never opened the guard (src/origin/brands/, its tables, model
# and tests, scripts/train_brand_context.py, docs/brands.md, the README's guard section past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read
# only the module docstring, Case, suite_brands, the marks lists, held_out_18's marks and goods as
# lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# _held_out_part) and how eighteenth_held_out calls it; of bench_brands.py only the scoring; of
# the tests only the shared structure test and held_out_18's test. Its marks are the 51 loaded
# marks with the fewest held-out offers so far (every held-out part's offers, held_out_18's
# counted twice, ties by mark: 16 common words, 30 Latin names). Its spellings are its own code
# over outside data (Spellings19): pypinyin's readings toned, tone-numbered and toneless, in
# syllables capitalised, hyphenated, apostrophed or half left in characters; same-reading
# characters of Python's GB2312 and GBK codecs, the GB2312 level 1 chart and the same tone first;
# letters the Unicode confusables table (confusable_homoglyphs) lists as a Latin letter's twins,
# and styled, full-width, circled and small-capital letters and combining marks looked up by
# Unicode name; separators as sellers type them (dots, middle dots, slashes, full-width and
# invisible spaces, emoji, brackets round each character). Its phrasing is its own, 20 or more
# shapes per family. Sealed: scored only by the lead with ``--parts held_out_19``; never printed,
# counts only; never run through the guard by its writer.
MARKS_H19 = [
    "大白兔", "良品铺子", "中华", "凤凰", "大宝", "元气森林", "金丝猴", "黄鹤楼", "江小白", "王老吉", "特步",
    "匡威", "联想", "资生堂", "亚瑟士", "华为", "同仁堂", "新百伦", "格兰仕", "格力", "老凤祥", "迪奥",
    "始祖鸟", "普拉达", "欧米茄", "海澜之家", "熊猫", "白猫", "白象", "雅诗兰黛", "周大福", "燕京", "百雀羚",
    "老板", "雅戈尔", "云南白药", "五粮液", "优衣库", "农夫山泉", "劳力士", "安慕希", "飞利浦", "星巴克",
    "珀莱雅", "纪梵希", "长城", "鸿星尔克", "六神", "卡地亚", "小熊", "海天",
]
# what each mark's goods are called, Chinese and (with a Latin name) English; a common-word mark's
# Chinese goods each hold one of its product cues
GOODS_H19: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "大白兔": (("奶糖", "奶糖礼袋", "糖果罐"), ()),
    "良品铺子": (("猪肉脯", "零食礼包", "坚果每日装"), ()),
    "中华": (("香烟", "软包香烟", "牙膏"), ()),
    "凤凰": (("自行车", "公路单车", "复古自行车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "元气森林": (("气泡水", "乳茶", "无糖气泡水整箱"), ()),
    "金丝猴": (("奶糖", "糖果", "奶糖散装"), ()),
    "黄鹤楼": (("香烟", "细支烟", "香烟礼盒"), ()),
    "江小白": (("高粱酒", "小瓶白酒", "果味酒"), ()),
    "王老吉": (("凉茶", "凉茶罐装", "凉茶整箱"), ()),
    "特步": (("跑鞋", "运动裤", "卫衣"), ("running shoes", "track pants")),
    "匡威": (("帆布鞋", "高帮帆布鞋", "1970s低帮"), ("Chuck 70 high tops", "canvas sneakers")),
    "联想": (("笔记本", "游戏本拯救者", "平板", "电脑主机"), ("ThinkPad laptop", "gaming laptop")),
    "资生堂": (("红腰子精华", "洗面奶", "防晒霜"), ("Ultimune serum", "sunscreen")),
    "亚瑟士": (("跑鞋", "缓震跑鞋", "训练鞋"), ("Gel-Kayano running shoes", "Gel-Nimbus trainers")),
    "华为": (("手机", "折叠屏手机", "智能手表", "无线耳机"), ("Mate phone", "smartwatch", "earbuds")),
    "同仁堂": (("安宫牛黄丸", "阿胶", "枸杞茶"), ("herbal pills", "goji tea")),
    "新百伦": (("运动鞋", "复古跑鞋", "老爹鞋"), ("990 sneakers", "retro runners")),
    "格兰仕": (("微波炉", "烤箱", "空气炸锅"), ("microwave oven", "air fryer")),
    "格力": (("空调", "挂机空调", "电风扇"), ("air conditioner", "electric fan")),
    "老凤祥": (("金手镯", "足金项链", "黄金吊坠"), ()),
    "迪奥": (("口红", "马鞍包", "香水"), ("lipstick", "saddle bag", "perfume")),
    "始祖鸟": (("冲锋衣", "硬壳夹克", "抓绒衣"), ("hardshell jacket", "fleece")),
    "普拉达": (("尼龙双肩包", "腋下包", "手提包"), ("nylon backpack", "shoulder bag")),
    "欧米茄": (("海马腕表", "超霸手表", "机械表"), ("Seamaster watch", "Speedmaster")),
    "海澜之家": (("男士衬衫", "羽绒服", "休闲裤"), ("men's shirt", "down jacket")),
    "熊猫": (("香烟", "香烟整条", "细支香烟"), ()),
    "白猫": (("洗洁精", "洗衣粉", "柠檬洗洁精"), ()),
    "白象": (("方便面", "泡面整箱", "方便面汤面"), ()),
    "雅诗兰黛": (("小棕瓶精华", "粉底液", "眼霜"), ("Advanced Night Repair serum", "foundation")),
    "周大福": (("黄金手链", "钻戒", "金条"), ("gold bracelet", "diamond ring")),
    "燕京": (("啤酒", "纯生啤酒", "啤酒整箱"), ()),
    "百雀羚": (("水乳套装", "面霜", "精华水"), ("skincare set", "face cream")),
    "老板": (("油烟机", "燃气灶", "侧吸油烟机"), ()),
    "雅戈尔": (("衬衫", "西装", "羊毛大衣"), ("dress shirt", "suit")),
    "云南白药": (("牙膏", "气雾剂", "创可贴"), ("toothpaste", "spray")),
    "五粮液": (("白酒", "52度浓香白酒", "白酒礼盒"), ("baijiu", "baijiu gift box")),
    "优衣库": (("羽绒服", "摇粒绒外套", "T恤"), ("puffer jacket", "fleece jacket", "T-shirt")),
    "农夫山泉": (("矿泉水", "茶饮料", "矿泉水整箱"), ("bottled water", "tea drink")),
    "劳力士": (("潜航者腕表", "日志型手表", "机械表"), ("Submariner", "Datejust watch")),
    "安慕希": (("酸奶", "常温酸奶整箱", "希腊酸奶"), ()),
    "飞利浦": (("电动牙刷", "剃须刀", "空气炸锅"), ("electric toothbrush", "shaver")),
    "星巴克": (("随行杯", "保温杯", "马克杯"), ("tumbler", "travel mug")),
    "珀莱雅": (("双抗精华", "红宝石面霜", "早C晚A套装"), ("serum", "face cream")),
    "纪梵希": (("散粉", "小羊皮口红", "香水"), ("loose powder", "lipstick")),
    "长城": (("哈弗脚垫", "汽车钥匙套", "葡萄酒"), ()),
    "鸿星尔克": (("运动鞋", "跑鞋", "运动套装"), ("sneakers", "tracksuit")),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "卡地亚": (("钉子手镯", "三色金戒指", "蓝气球腕表"), ("Love bracelet", "Ballon Bleu watch")),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "海天": (("酱油", "蚝油", "调味品礼盒"), ()),
}
# used up or eaten or smoked: resold sealed and unopened
SEALED_GOODS_H19 = frozenset({"大白兔", "良品铺子", "中华", "大宝", "元气森林", "金丝猴", "黄鹤楼", "江小白",
                              "王老吉", "资生堂", "同仁堂", "熊猫", "白猫", "白象", "雅诗兰黛", "燕京",
                              "百雀羚", "云南白药", "五粮液", "农夫山泉", "安慕希", "珀莱雅", "纪梵希",
                              "六神", "海天"})
DIGITS_H19 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "6",
              "z": "2"}
# what sellers type between characters: ASCII and full-width punctuation, spaces of other widths,
# invisible joiners, and the emoji of captions; and brackets they put round each character
GAPS_H19 = (" ", ".", "·", "•", "-", "/", "_", "|", "*", "、", "，", "｜", "～", "\u3000", "\u00a0",
            "\u200b", "\u2060", "🔥", "✨", "💎", "❤️", "👉", "🌸", "⚡")
ROUND_H19 = (("(", ")"), ("【", "】"), ("「", "」"), ("『", "』"), ("〔", "〕"))
# letter styles by Unicode name ({L}: the capital, {l}: the small letter)
STYLES_H19 = ("MATHEMATICAL BOLD CAPITAL {L}", "MATHEMATICAL ITALIC SMALL {l}",
              "MATHEMATICAL BOLD SCRIPT CAPITAL {L}", "MATHEMATICAL SANS-SERIF BOLD SMALL {l}",
              "MATHEMATICAL MONOSPACE CAPITAL {L}", "MATHEMATICAL DOUBLE-STRUCK CAPITAL {L}",
              "MATHEMATICAL FRAKTUR SMALL {l}", "FULLWIDTH LATIN CAPITAL LETTER {L}",
              "FULLWIDTH LATIN SMALL LETTER {l}", "CIRCLED LATIN CAPITAL LETTER {L}",
              "CIRCLED LATIN SMALL LETTER {l}", "LATIN LETTER SMALL CAPITAL {L}",
              "NEGATIVE SQUARED LATIN CAPITAL LETTER {L}", "PARENTHESIZED LATIN SMALL LETTER {l}")
OVERLAYS_H19 = ("COMBINING ACUTE ACCENT", "COMBINING DOT ABOVE", "COMBINING DIAERESIS",
                "COMBINING SHORT STROKE OVERLAY", "COMBINING CEDILLA", "COMBINING TILDE",
                "COMBINING RING BELOW", "COMBINING CARON")


class Spellings19:
    """held_out_19's evasions, each from outside data: pypinyin for readings, the GB2312 and GBK
    codecs for same-reading characters, the Unicode confusables table and character names for
    look-alike letters."""

    def __init__(self) -> None:
        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, pinyin

        self._simple = OpenCC("t2s").convert   # to tell a mark's own character in traditional script
        self._style = {"plain": Style.NORMAL, "toned": Style.TONE, "numbered": Style.TONE3}
        # every CJK character of the GB2312 charts (level 1, then level 2) and of GBK beyond them,
        # filed under its first toned reading; level 1 first, as an IME offers it
        self.sounds: dict[str, list[str]] = defaultdict(list)
        self.level: dict[str, int] = {}
        for level, rows, cells, codec in ((1, range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"),
                                          (2, range(0xD8, 0xF8), range(0xA1, 0xFF), "gb2312"),
                                          (3, range(0x81, 0xFF), range(0x40, 0xFF), "gbk")):
            for row in rows:
                for cell in cells:
                    try:
                        char = bytes((row, cell)).decode(codec)
                    except UnicodeDecodeError:
                        continue
                    if "\u4e00" <= char <= "\u9fa5" and char not in self.level:
                        self.level[char] = level
                        self.sounds[pinyin(char, style=Style.TONE3)[0][0]].append(char)
        # look-alikes of each ASCII letter the confusables table lists, kept if Unicode names them
        # as a letter of another script or style (not a symbol or a digit)
        table = load("confusables.json")
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            self.twins[letter] = sorted({t["c"] for t in table.get(letter, ())
                                         if len(t["c"]) == 1 and not t["c"].isascii()
                                         and "LETTER" in t["n"]})

    def readings(self, mark: str, style: str = "plain") -> list[str]:
        from pypinyin import lazy_pinyin

        return lazy_pinyin(mark, style=self._style[style])

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self.readings(mark)).upper()

    @staticmethod
    def _fits(written: str, mark: str, latin: str = "") -> bool:
        return mark not in written and (not latin or latin.lower() not in written.lower())

    def separated(self, text: str, rng: random.Random) -> str:
        """Breaks between characters, as a seller types them so a search misses the word."""
        while True:
            way = rng.randrange(4)
            if way == 0:        # one gap between every character
                gap = rng.choice(GAPS_H19)
                written = gap.join(c for c in text if c != " ")
            elif way == 1:      # a gap at one or two places
                cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.choice((1, 2)))))
                pieces = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)])]
                written = rng.choice(GAPS_H19).join(pieces)
            elif way == 2:      # each character bracketed
                left, right = rng.choice(ROUND_H19)
                written = "".join(f"{left}{c}{right}" for c in text if c != " ")
            else:               # a different gap each time
                written = text[0] + "".join(rng.choice(GAPS_H19) + c for c in text[1:] if c != " ")
            if self._fits(written, text, text if text.isascii() else ""):
                return written

    def initials(self, mark: str, rng: random.Random) -> str:
        """The readings' first letters, written as sellers and buyers do."""
        letters = self.initials_of(mark)
        return rng.choice((
            letters, letters.lower(), ".".join(letters) + ".", " ".join(letters),
            "".join(chr(ord(c) + 0xFEE0) for c in letters), "#" + letters.lower(),
            "-".join(letters.lower()), f"“{letters}”", letters[0] + letters[1:].lower(),
            "/".join(letters)))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """The mark's readings in Latin letters, never its Latin name nor the mark itself."""
        plain, toned = self.readings(mark), self.readings(mark, "toned")
        numbered = self.readings(mark, "numbered")
        ways = [lambda: "".join(plain), lambda: " ".join(plain), lambda: "".join(toned),
                lambda: " ".join(toned), lambda: "".join(numbered), lambda: "-".join(plain),
                lambda: "".join(p.capitalize() for p in plain), lambda: "'".join(plain),
                lambda: "".join(plain).upper(),
                lambda: "".join(numbered[:1] + list(mark[1:])),     # 华wei: half in characters
                lambda: "".join(list(mark[:1]) + plain[1:]),
                lambda: " ".join(p.upper() for p in toned)]
        for _ in range(100):
            written = rng.choice(ways)()
            if self._fits(written, mark, latin):
                return written
        return " ".join(numbered)

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """Characters of the same reading, same tone first, GB2312 level 1 before level 2 and GBK;
        one or more of the mark's characters changed, never into a loaded mark or key."""
        from pypinyin import Style, lazy_pinyin

        numbered = lazy_pinyin(mark, style=Style.TONE3)
        plain = lazy_pinyin(mark)
        for attempt in range(200):
            chars = list(mark)
            # one character changed, sometimes two: the mark must stay readable to its buyers
            changes = rng.sample(range(len(mark)), rng.choices((1, 2), weights=(7, 3))[0])
            for i in changes:
                same = [c for c in self.sounds.get(numbered[i], ()) if self._other(c, mark[i])]
                if not same or attempt > 100 or rng.random() < 0.2:   # another tone
                    same = [c for key in (plain[i], *(plain[i] + t for t in "12345"))
                            for c in self.sounds.get(key, ()) if self._other(c, mark[i])]
                if not same:
                    continue
                tier = rng.choices((1, 2, 3), weights=(8, 2, 1))[0]
                pool = [c for c in same if self.level[c] <= tier] or same
                chars[i] = rng.choice(pool)
            written = "".join(chars)
            if written != mark and written not in taken:
                return written
        raise ValueError(f"no homophone of {mark}")

    def _other(self, char: str, own: str) -> bool:
        """Another character, not the mark's own one in traditional script (白貓 is 白猫)."""
        return char != own and self._simple(char) != own

    def _styled(self, letter: str, rng: random.Random) -> str:
        for _ in range(20):
            name = rng.choice(STYLES_H19).format(L=letter.upper(), l=letter.lower())
            try:
                return unicodedata.lookup(name)
            except KeyError:
                continue
        return letter

    def confusable(self, latin: str, rng: random.Random) -> str:
        """Some letters of the Latin name changed for twins of other scripts (the confusables
        table), the same letter styled (Unicode names), or an accent laid over it."""
        while True:
            way = rng.randrange(3)
            chars = list(latin)
            spots = [i for i, c in enumerate(latin) if c.isalpha()]
            if way == 1:        # the whole word in one style
                style = rng.choice(STYLES_H19)
                try:
                    written = "".join(unicodedata.lookup(style.format(L=c.upper(), l=c.lower()))
                                      if c.isalpha() else c for c in latin)
                except KeyError:
                    continue
            else:
                for i in rng.sample(spots, rng.randint(1, max(1, len(spots) // 2))):
                    if way == 0 and self.twins.get(chars[i]):
                        chars[i] = rng.choice(self.twins[chars[i]])
                    elif way == 0:
                        chars[i] = self._styled(chars[i], rng)
                    else:
                        chars[i] += unicodedata.lookup(rng.choice(OVERLAYS_H19))
                written = "".join(chars)
            if self._fits(written, latin, latin) and not written.isascii():
                return written

    @staticmethod
    def digits(latin: str, rng: random.Random) -> str:
        """One or more letters swapped for the digits they look like."""
        spots = [i for i, c in enumerate(latin) if c.lower() in DIGITS_H19]
        chars = list(latin)
        for i in rng.sample(spots, rng.randint(1, min(3, len(spots)))):
            chars[i] = DIGITS_H19[chars[i].lower()]
        return "".join(chars)


def _price_h19(rng: random.Random, english: bool) -> str:
    """A price as the platform's sellers write it."""
    amount = rng.choice((39, 58, 69, 88, 99, 128, 139, 168, 199, 238, 260, 299, 350, 399, 480, 599,
                         680, 880, 1280))
    if english:
        dollars = max(9, amount // 7)
        return rng.choice((f"${dollars}", f"US${dollars}", f"£{dollars - 2}", f"{dollars} bucks",
                           f"${dollars}.99", f"{dollars} USD"))
    return rng.choice((f"¥{amount}", f"¥{amount}", f"{amount}元", f"{amount}元", f"{amount}块",
                       f"{amount}r", f"{amount}米", f"HK${amount}", f"NT${amount * 4}"))


# counterfeit offers: each holds a cue a moderator reads as a fake on sale (高仿, 复刻, 1:1, A货,
# 原单, 莆田, 纯原, 仿, rep, replica, mirror, UA, "not real but"), with and without a price and
# a hand-off (加V, 私聊, DM, 滴滴, 扣1)
OFFERS_ZH_H19 = [
    ("小鹿直播间", "家人们{w}{p}上车啦", "来来来，今天这批{w}{p}是顶级复刻，跟专柜一比一，看不出来的！{n}，扣1给你们上链接"),
    ("阿杰潮鞋仓", "{w}{p} 纯原版本 莆田直发", "纯原版本，细节拉满，{n}，要的私聊发实拍"),
    ("闲置小铺", "出{w}{p}", "高仿的啊先说清楚，做工还行，{n}出，不退不换，有意滴滴"),
    ("优品汇", "【现货】{w}{p} 1:1原单 精仿 超A 工厂直供 包邮", "原单尾货，一比一，不是正品介意勿拍，{n}"),
    ("美妆搬运工", "{w}{p}平替？不，是同厂A货", "姐妹们这批{w}{p}是A货，专柜同款包装，一模一样，加V看细节，{n}"),
    ("广州十三行档口", "{w}新款{p}到货", "档口新到{w}{p}，高仿货，质量杠杠的，批发价{n}，量大从优，微信同号"),
    ("主播晴晴", "最后十单！{w}{p}", "宝宝们这个{w}{p}仿得跟真的一样，拿出去没人认得出，{n}，手慢无"),
    ("老陈", "{w}{p}要不要", "兄弟，我这有{w}{p}，高仿的，跟正品对比过几乎没区别，{n}给你，要的话私我"),
    ("拼团小助手", "拼单｜{w}{p} 3人成团", "复刻版{w}{p}三人成团每人{n}，满员就发，群里接龙"),
    ("港仔代购", "{w}{p} 唔係正貨", "呢批{w}{p}係高仿，同正貨對比過差唔多，{n}，有興趣PM"),
    ("台灣小舖", "{w}{p} 超高還原 非正品", "這批{w}{p}是仿的喔，還原度超高，{n}，要的私訊"),
    ("鞋圈老王", "回复@球鞋小白：", "有的兄弟，{w}{p}纯原货，过验不敢保证但用起来看不出来，{n}，V我"),
    ("转发者", "转发：{w}{p}高仿货源", "//@货源一手：{w}{p}高仿一手货源，支持一件代发，{n}"),
    ("懂的都懂", "{w}{p} 懂的来", "不是正品，懂的来，{w}{p}{n}，主页有联系方式"),
    ("工厂店", "{w}{p} 同一流水线 尾单", "跟正品一个代工厂出来的同款，没有官方授权，{n}一件，不议价"),
    ("海外代购Lily", "代购{w}{p}（非正）", "先说好这个{w}{p}是高仿不是正品，想要正品的别来，{n}包邮"),
    ("抖店甩卖", "{w}{p}#高仿 #复刻 #好物分享", "{w}{p}复刻款来了，{n}，评论区扣想要"),
    ("砍价王", "主播{w}{p}能便宜点不", "主播：{w}{p}仿的已经很便宜了，{n}不能再少了，最多送你个袋子"),
    ("小红薯穿搭", "{w}{p}搬砖｜高仿版本", "这款{w}{p}高仿版本，质感不输正品，{n}，需要的姐妹私"),
    ("潮牌仓库", "{w}{p} 1比1 顶级版 支持对比", "顶级版{w}{p}，可以拿去跟专柜对比，{n}，加V详聊"),
    ("二手好物", "{w}{p}仿品出", "朋友送的仿品{w}{p}，没怎么用，{n}带走"),
    ("批发", "{w}{p}批发", "{w}{p}假货批发，一箱起拿，{n}一件，要的来"),
    ("酒水行家", "{w}{p}内部渠道", "{w}{p}非正品但跟正品一样，小作坊出的，{n}，懂行的来"),
    ("快手老铁", "老铁们{w}{p}", "老铁们这个{w}{p}是仿款，但是质量没毛病，{n}，双击666走起"),
    ("小号", "{w}{p}", "A货 {n} 私"),
]
OFFERS_EN_H19 = [
    ("repfinds_daily", "{w} {p} 1:1 rep", "Top batch {w} {p}, mirror quality, {n}. DM for pics"),
    ("Kev's Closet", "{w} {p} (not authentic)", "Selling a {w} {p}, it's a replica, can't tell the difference. {n} firm, cash only"),
    ("luxe.deals", "{w} {p} UA quality", "UA {w} {p}, comes with box and tags, {n} shipped. Message me on WhatsApp"),
    ("Marketplace seller", "{w} {p}", "Not real but looks legit, {n} pick up only"),
    ("dhgate_haul", "{w} {p} dupe from the factory", "Factory replica {w} {p}, same as retail, {n}. Link in bio"),
    ("sneakerplug", "{w} {p} reps in stock", "Reps of the {w} {p} in all sizes, {n}, DM me"),
    ("ig_shop", "{w} {p} AAA copy", "AAA copy {w} {p}, best version out, {n}. Slide into my DMs"),
    ("Tina", "re: where to get {w}?", "@Jen I've got fake {w} {p} for {n}, dm me"),
    ("wholesale_plug", "{w} {p} replica wholesale", "Replica {w} {p} wholesale, min 10 pieces, {n} each"),
    ("Mark T.", "{w} {p} knockoff", "Knockoff {w} {p}, good condition, {n} or best offer"),
    ("closet_clearout", "{w} {p} rep - read description", "It is a rep, not genuine. {n}. Serious buyers only, DM"),
    ("deal_hunter", "{w} {p} counterfeit lot", "Lot of counterfeit {w} {p}, perfect for resale, {n} for all"),
    ("Lena", "{w} {p} mirror copy", "1:1 mirror copy {w} {p}. {n}. Ships from Guangzhou, DM to order"),
    ("vintage_finds", "{w} {p}", "Super fake {w} {p}, grade AAA+, {n}"),
]
# second-hand resale of the real thing: receipts, authentication, refunds, prices and hand-offs
RESALE_ZH_H19 = [
    ("闲鱼用户_橙子", "自用闲置{w}{p}", "专柜购入的{w}{p}，穿过两三次，有小票和购物袋，{n}，支持平台验货，假一赔十"),
    ("二手奢品回收", "{w}{p} 99新 已鉴定", "已过第三方鉴定，附鉴定证书，{n}，鉴定不符全额退款"),
    ("搬家清仓", "搬家出{w}{p}", "搬家带不走，{w}{p}官网买的，用了一年，功能正常，{n}自提"),
    ("小王", "{w}{p}转让", "生日礼物，尺码不合适，全新吊牌都在，官方旗舰店订单可查，{n}"),
    ("寄卖行", "【寄卖】{w}{p}", "客人寄卖的{w}{p}，本店已验真，支持到店看货，{n}，可走闲鱼验货宝"),
    ("宝妈闲置", "{w}{p}出了", "孩子长大用不上了，{w}{p}九成新，正品，{n}，同城优先"),
    ("换季断舍离", "断舍离｜{w}{p}", "去年双十一官方店买的{w}{p}，有订单截图，{n}包邮，不退不换请想好"),
    ("港島二手", "放{w}{p}", "自用{w}{p}，喺專門店買嘅，有單，{n}，旺角交收"),
    ("台北二手社團", "售{w}{p}", "自己在百貨公司專櫃買的{w}{p}，附購買證明，{n}，可面交驗貨"),
    ("学长毕业甩卖", "毕业清仓{w}{p}", "毕业了便宜出，{w}{p}京东自营买的，发票在，{n}，宿舍楼下自取"),
    ("验货宝卖家", "{w}{p} 支持验货宝", "走闲鱼验货宝，平台鉴定为真才发货，{n}"),
    ("回收店阿强", "高价回收{w}{p}", "长期回收正品{w}{p}，假货勿扰，上门估价，成色好价格高"),
    ("小李", "{w}{p}二手", "成色如图，有使用痕迹，正品保证，可以拿去任意专柜验，{n}"),
    ("换物群", "以物换物：{w}{p}", "用我的{w}{p}换一个同价位的耳机，正品，有盒子发票，私聊"),
    ("典当行", "{w}{p}绝当品出售", "绝当品{w}{p}，入库时已鉴定，{n}，可开票"),
    ("评论区", "回复@想买的人", "是正品哈，官网订单可以给你看，{w}{p}{n}，不放心可以走验货"),
    ("奢侈品寄售", "{w}{p} 中古", "中古{w}{p}，经鉴定师鉴定为真品，配件齐全，{n}，七天无理由"),
]
# sealed goods (food, drink, smokes, toiletries) resold unopened
RESALE_SEALED_ZH_H19 = [
    ("年货多了", "出几盒{w}{p}", "过年单位发的{w}{p}，吃不完，未拆封，保质期到明年，{n}"),
    ("囤货党", "囤多了转{w}{p}", "超市活动囤多了，{w}{p}全新没拆，日期新鲜，{n}同城自提"),
    ("婚礼剩下", "婚礼剩的{w}{p}", "婚宴剩下的{w}{p}，整箱未开，从经销商进的有单据，{n}"),
    ("护肤闲置", "{w}{p}全新未拆", "专柜买的{w}{p}，塑封都在，肤质不合适出了，{n}，可查批号"),
    ("公司福利", "福利品转卖{w}{p}", "公司发的{w}{p}，原封没动，有提货单，{n}"),
    ("礼品回收", "收各类礼品", "回收正品{w}{p}，原装原封的才要，当面验货，价格好商量"),
    ("代购小美", "代购{w}{p} 正品", "香港机场免税店买的{w}{p}，有小票，{n}，不是正品包退"),
]
RESALE_EN_H19 = [
    ("poshmark_closet", "{w} {p} - authentic, used", "Bought at the {w} store in 2022, receipt included. {n}. Checked by a third-party authenticator"),
    ("eBay seller 99% positive", "Genuine {w} {p} pre-owned", "100% genuine {w} {p}, light wear, {n}. Returns accepted if not as described"),
    ("Sam", "{w} {p} for sale", "Selling my {w} {p}, bought from the official store, have the order email. {n} OBO"),
    ("consign_co", "{w} {p} | consigned", "Consigned {w} {p}, verified authentic by our team. {n}. Authenticity guaranteed or full refund"),
    ("moving_sale", "Moving sale: {w} {p}", "Moving abroad, {w} {p} works perfectly, {n}, pick up this weekend"),
    ("grailed_user", "{w} {p} legit", "Legit {w} {p}, happy to do a legit check before you pay. {n}"),
    ("Anna", "Barely used {w} {p}", "Used it twice, original packaging and receipt. {n}, DM if interested"),
]
RESALE_SEALED_EN_H19 = [
    ("pantry_clearout", "Unopened {w} {p}", "Sealed {w} {p} from a duty-free shop, receipt in hand, {n}"),
    ("gift_regifter", "Sealed {w} {p}", "Got it as a gift, never opened, expiry 2028. {n}, collection only"),
    ("extra_stock", "{w} {p} x3 unopened", "Bought too many from the official store, still sealed. {n} each"),
]
# warnings: regulators, customs, police, courts, prosecutors, brand teams, lawyers, reporters and
# cheated buyers, about fakes others sell (prices and quantities included, reported speech)
WARNINGS_ZH_H19 = [
    ("市场监管发布", "警惕假冒{w}{p}", "市场监管局近日查处一起销售假冒{w}{p}案，现场查获2300余件，涉案金额80余万元，提醒消费者通过正规渠道购买"),
    ("海关发布", "海关查获侵权{w}{p}", "海关在出口货物中查获侵犯{w}商标权的{p}共计1.2万件，申报价格每件仅{n}，已依法扣留"),
    ("警方通报", "公安破获制售假{w}{p}团伙", "警方捣毁一个制售假冒{w}{p}的窝点，抓获犯罪嫌疑人6名，现场扣押成品和包装材料一批"),
    ("法院公众号", "售假{w}{p}被判刑", "被告人在网店以{n}的价格销售假冒{w}{p}，法院以销售假冒注册商标的商品罪判处其有期徒刑一年六个月"),
    ("检察院", "检察官提醒：别贪便宜买假{w}", "检察官说，近期办理的案件中，有人在直播间以{n}低价卖假冒{w}{p}，消费者买到后维权困难"),
    ("品牌保护部", "关于假冒{w}{p}的声明", "我司从未授权任何个人在直播间或微信销售{w}{p}，凡标价{n}等明显低于市场价的均为假冒，欢迎举报"),
    ("律师说法", "买到假{w}{p}怎么办", "律师提醒，如果在网上买到假冒{w}{p}，可以保留聊天记录和付款凭证，要求商家退一赔三"),
    ("踩坑的我", "别在直播间买{w}{p}了", "我妈在某直播间花{n}买了个{w}{p}，到手一看就是假的，客服直接拉黑，大家千万别上当"),
    ("消费者小刘", "避雷", "朋友跟我说她在朋友圈代购那里买的{w}{p}是高仿，拿去专柜一查根本没有这个批号"),
    ("新闻早知道", "多地查处假冒{w}{p}", "记者从市场监管部门获悉，今年以来共查处假冒{w}{p}案件37起，罚没款45万余元"),
    ("315晚会", "曝光：假{w}{p}流入农村市场", "调查发现，一些小卖部售卖包装酷似{w}的{p}，进价不到{n}，消费者很难分辨"),
    ("维权群", "被骗经历", "上周在闲鱼买了个{w}{p}，卖家说是正品，收到后鉴定是假的，现在卖家不回消息，平台介入中"),
    ("反诈中心", "提醒：低价{w}{p}多为假货", "反诈中心提示，社交平台上自称内部渠道、标价{n}的{w}{p}，多是假货或诈骗"),
    ("港媒", "海關檢獲冒牌{w}{p}", "海關在一宗案件中檢獲約800件懷疑冒牌{w}{p}，估計市值{n}，一名男子被捕"),
    ("台灣新聞", "警查獲仿冒{w}{p}", "警方查獲仿冒{w}{p}近千件，業者坦承從網路低價進貨，將依違反商標法送辦"),
    ("妈妈群转发", "转给家里老人看", "转：最近有人上门推销{w}{p}，说是厂家直销{n}，其实是假货，家里有老人的注意一下"),
    ("质检所", "抽检通报", "本次抽检中，标称{w}的{p}3批次不合格，经品牌方确认均为假冒产品"),
    ("知产律所", "{w}商标维权案胜诉", "我所代理{w}起诉某电商卖家销售侵权{p}一案胜诉，法院判赔经济损失及合理开支30万元"),
    ("网友求助", "这是不是假的{w}", "在某拼团群里看到{w}{p}卖{n}，便宜得离谱，群主说是正品，我觉得不对劲，大家帮忙看看"),
    ("电商平台公告", "治理公告", "平台本月下架涉嫌售假{w}{p}的商品链接1,560条，处罚店铺42家，欢迎用户继续举报"),
    ("博主科普", "{w}{p}真假怎么辨", "最近好多人私信说买到假{w}{p}，价格在{n}左右的基本都是假的，正品看防伪码和官方渠道"),
    ("工商所", "查扣假冒{w}{p}", "执法人员在批发市场检查时发现一商户销售假冒{w}{p}，现场查扣120件，已立案调查"),
]
WARNINGS_EN_H19 = [
    ("CBP Newsroom", "Counterfeit {w} {p} seized", "Officers seized 3,400 counterfeit {w} {p} at the port; had they been genuine, the goods would be worth {n} each"),
    ("Trading Standards", "Fake {w} {p} warning", "Trading Standards warn shoppers about fake {w} {p} sold on social media for {n}; they may be unsafe"),
    ("Local News", "Man sentenced over fake {w} goods", "A man who sold counterfeit {w} {p} from his garage was sentenced to 18 months, the court heard"),
    ("Brand protection team", "Statement on counterfeit {w} {p}", "{w} does not sell through Instagram DMs; any {p} offered for {n} outside our stores is likely counterfeit. Please report it"),
    ("scammed_buyer", "PSA: got scammed", "My sister paid {n} for a {w} {p} off Facebook Marketplace and it turned out to be fake, seller blocked her"),
    ("IP lawyer", "What to do if you bought a fake {w}", "If you bought a counterfeit {w} {p}, keep your receipts and messages and file a claim with the platform"),
    ("Consumer Watch", "How to spot fake {w} {p}", "Counterfeit {w} {p} are flooding marketplaces at {n}. Check the serial, the stitching and buy only from authorised stores"),
    ("Reddit user", "Beware of this seller", "Someone in my group chat said the {w} {p} she got from that seller was a replica, so be careful"),
    ("Police Dept", "Raid finds fake {w} items", "Police recovered about 500 fake {w} {p} during a raid on a warehouse, two people were arrested"),
    ("Customs HK", "Suspected fake {w} {p} detained", "Customs detained some 900 suspected counterfeit {w} {p} with an estimated value of {n}"),
    ("Journalist", "Inside the fake {w} trade", "Reporters found stalls selling fake {w} {p} for {n}, a fraction of the real price"),
    ("Mum of three", "Warning to other parents", "Bought what was sold as a {w} {p} for my son, it fell apart in a week, turned out to be a knockoff. Check before you buy"),
]
# reviews, tests and news that compare the real thing and the fake, or ask if one is real
REVIEWS_ZH_H19 = [
    ("测评君", "{w}{p}真假对比", "买了一个正品{w}{p}和一个{n}的高仿放在一起对比，走线、logo、重量都有差别，大家看视频"),
    ("刚收到货", "这个{w}{p}是正品吗", "刚收到朋友送的{w}{p}，吊牌的字体有点怪，有没有懂行的帮忙看看是不是真的"),
    ("数码博主", "{w}{p}深度体验", "用了一个月{w}{p}，品质和做工都不错，{n}这个价位推荐"),
    ("小红书测评", "专柜vs代购{w}{p}", "同时买了专柜和代购的{w}{p}，拿去鉴定都是正品，代购便宜了{n}"),
    ("财经新闻", "{w}发布年报", "{w}公布年度业绩，{p}销量同比增长18%，打假投入也有所增加"),
    ("鉴定师小周", "教你鉴别{w}{p}", "鉴定了上百件{w}{p}，假货最常见的问题在包装印刷和防伪标，真品细节如下"),
    ("问答", "闲鱼上{n}的{w}{p}靠谱吗", "想在闲鱼买个二手{w}{p}，卖家说支持验货，这个价格会不会是假的？有买过的说说"),
    ("吃货日记", "{w}{p}开箱", "超市买的{w}{p}，还是小时候的味道，价格{n}，比以前贵了点"),
    ("科技日报", "{w}推出新款{p}", "{w}昨日发布新款{p}，起售价{n}，首批货已在官方渠道上架"),
    ("纪录片推荐", "老字号{w}的故事", "看了关于{w}的纪录片，讲了{p}怎么做出来的，也讲了这些年被仿冒的烦恼"),
    ("用户评价", "追评", "第二次回购{w}{p}，官方旗舰店买的，和上次一样好用，物流也快"),
    ("网友", "回复@小白：", "你那个{w}{p}是真的，我对比过我专柜买的，防伪码能查到，放心用"),
    ("球鞋鉴定", "{w}{p} 真假细节图", "左边正品右边假货，看鞋标字体和中底，{n}买的假的做工明显粗糙"),
    ("行业观察", "{w}直播间销量破亿", "{w}品牌官方直播间昨晚卖出{p}超10万件，主播多次提醒认准官方账号"),
    ("港人開箱", "{w}{p}開箱", "喺官網買嘅{w}{p}，包裝好靚，價錢{n}，用咗一星期覺得幾好"),
    ("台灣評測", "{w}{p}值得買嗎", "{w}{p}實際用了兩週，優點缺點都說，價格{n}，想買的可以參考"),
    ("转发评论", "转发微博", "//@测评君：这期讲{w}{p}怎么分真假，说得很清楚，建议收藏"),
    ("闺蜜问我", "我买的是假{w}吗", "同事说我在拼多多{n}买的{w}{p}是假的，我也不确定，怎么查真伪啊"),
    ("报社", "{w}诉仿冒者案宣判", "{w}诉某公司商标侵权及不正当竞争纠纷一案宣判，法院认定被告生产的{p}构成侵权"),
    ("老用户", "用了十年的{w}", "从上学用到现在的{w}{p}，一直在超市和官方店买，没买到过假的"),
    ("vlog", "{w}工厂参观", "今天参观了{w}的工厂，看到{p}的生产线，讲解员还教了怎么辨别假货"),
    ("股吧", "{w}股价", "{w}最新财报出来了，{p}业务增长不错，但打假和渠道管理还要加强"),
]
REVIEWS_EN_H19 = [
    ("TechReviewer", "{w} {p} review", "I've used the {w} {p} for a month; at {n} it's solid, battery life is great"),
    ("legitcheck", "Real vs fake {w} {p}", "Side by side: a retail {w} {p} and a {n} fake. Look at the logo spacing and the weight"),
    ("curious_buyer", "Is my {w} {p} real?", "Got this {w} {p} as a gift, the tag looks a bit off. Can anyone tell if it's genuine?"),
    ("BusinessDaily", "{w} sales up", "{w} reported strong demand for its {p} this quarter and more spending on anti-counterfeiting"),
    ("haul_vlogger", "{w} {p} unboxing", "Unboxing the {w} {p} I ordered from the official site, {n}, packaging is lovely"),
    ("r/FashionReps lurker", "Why I stopped buying reps", "Compared my old rep to a real {w} {p}, the real one is so much better made. Saved up and bought retail"),
    ("AskReddit", "Is {n} too cheap for a {w} {p}?", "Saw a {w} {p} listed for {n} on Marketplace, seller says it's real. Too good to be true?"),
    ("Collector", "My {w} collection", "Ten years of collecting {w} {p}, all bought retail or from trusted resellers with papers"),
    ("Verge-style", "{w} launches new {p}", "{w} announced a new {p} today, starting at {n}, available in stores next week"),
    ("Authenticator", "How we authenticate {w} {p}", "We check the serial, the hardware and the materials. Most fakes of {w} {p} fail on the font"),
    ("Reply guy", "re: {w} {p}", "@mike yours is real, mine looks the same and I bought it at the {w} store"),
    ("Podcast notes", "Episode 42: {w}", "We talk about how {w} built its {p} line and how it fights counterfeits"),
]
# the owner's and its authorised shop's own posts: new goods, prices, live sales and service
AUTHORISED_H19 = [
    ("owner", "{m}官方", "{m}新品{p}正式发布", "{m}全新{p}今日上市，官方旗舰店和线下门店同步发售，认准官方渠道"),
    ("owner", "{m}官方", "{m}官方直播间今晚8点", "今晚8点{m}官方直播间，{p}限时优惠，下单即送正品保障卡"),
    ("owner", "{m}官方", "{m}防伪查询指南", "每一件{m}{p}都附防伪码，扫码即可验证真伪，只在官方及授权渠道销售"),
    ("owner", "{m}官方", "#{m}# 周年庆", "感谢大家一路陪伴，{m}周年庆{p}全场八折，官方商城下单包邮"),
    ("owner", "{m}官方", "{m}×设计师联名{p}", "{m}联名款{p}限量发售，每人限购两件，仅限官方App抢购"),
    ("owner", "{m}官方", "致{m}的老朋友们", "{m}这些年的{p}，每一件都来自我们自己的工厂，谢谢你们的信任"),
    ("owner", "{m}官方", "{m}售后服务升级", "即日起{m}{p}保修延长至两年，全国门店均可办理，凭官方订单或小票"),
    ("owner", "{m}官方", "{m}门店招聘", "{m}新店开业，招聘店员若干，熟悉{p}者优先"),
    ("owner", "{m}官方", "{m}抽奖", "转发本条并关注{m}，抽10位送{p}一份，下周一公布"),
    ("owner", "{m}官方", "{m} official store is live", "{m} {p} now on sale at our official store, shipping worldwide"),
    ("owner", "{m}官方", "{m}公益行动", "{m}向山区学校捐赠{p}一批，感谢每一位购买正品的顾客"),
    ("shop", "{m}授权专卖店", "{m}授权店上新", "本店为{m}官方授权专卖店，{p}新款到店，可查授权书，欢迎进店试穿试用"),
    ("shop", "{m}授权专卖店", "{m}{p}直播福利", "{m}授权店直播中，{p}今天下单立减50，正品保证，支持专柜验货"),
    ("shop", "{m}授权专卖店", "{m}门店活动", "{m}授权门店周末活动，{p}满千减百，会员积分翻倍"),
    ("shop", "{m}授权专卖店", "{m}{p}到货通知", "之前预订{m}{p}的顾客，货已到店，请带上订单号来取"),
    ("shop", "{m}授权专卖店", "认准{m}授权标识", "本店有{m}正式授权，每件{p}都可以在官网查询，谨防假冒"),
    ("shop", "{m}授权专卖店", "{m}团购价", "{m}授权店团购，{p}五件起团购价，公司福利采购可开专票"),
    ("shop", "{m}授权专卖店", "{m}{p}以旧换新", "{m}授权店以旧换新活动，旧{p}折价抵扣，新品享全国联保"),
    ("shop", "{m}授权专卖店", "今天店里很忙", "周末{m}店里人好多，{p}卖断码了，下周一补货，可以先在群里登记"),
    ("shop", "{m}授权专卖店", "{m}授权店｜上班日常", "早上好，{m}授权店今天也营业啦，新到的{p}欢迎来看"),
    ("shop", "{m}授权专卖店", "{m} authorised retailer", "We're an authorised {m} retailer: {p} in stock, official warranty included"),
    ("shop", "{m}授权专卖店", "{m}{p}开箱", "店长亲自开箱{m}新款{p}，正品授权店发货，想要的下单备注规格"),
]
# ordinary words that sound like one of the marks (pypinyin reads them alike, tones aside), in
# everyday sentences that offer nothing
SOUND_ALIKE_H19 = [
    "小区隔离结束了，终于可以下楼遛弯",                # 格力 ge li
    "隔离酒店的饭菜其实还行，就是不能出门",
    "晚上夜市吃了一盘辣炒蛤蜊，鲜得很",
    "吃不完的菜打包带回家，明天当午饭",                # 大宝 da bao
    "快递员让我自己下楼拿，东西打包得很结实",
    "春节回家大包小包拎了一路",
    "阳台种花三年了，今年月季开得最好",                # 中华 zhong hua
    "周末跟奶奶去乡下种花种菜",
    "他从来不对孩子说重话，孩子也很懂事",
    "早上榨了一杯百香果汁，酸得我直眯眼",              # 白象 bai xiang
    "楼下水果店的百香果今天特价",
    "健身房有个大哥胸毛比头发还多",                    # 熊猫 xiong mao
    "他胸毛太多，夏天都不好意思穿背心",
    "鹅鹅鹅，曲项向天歌，白毛浮绿水",                  # 白猫 bai mao
    "外婆家的白毛小狗见人就摇尾巴",
    "过马路留神看车，别低头玩手机",                    # 六神 liu shen
    "下雨天路滑，大家出门留神",
    "她把一首情歌唱成了广场舞曲，全场笑疯",            # 长城 chang cheng
    "这趟长程航班坐了十三个小时，腿都肿了",
    "眼镜又找不到了，原来在头顶上",                    # 燕京 yan jing
    "爷爷戴上老花眼镜开始看报纸",
    "我爸跟他老伴今天去公园跳舞了",                    # 老板 lao ban
    "这本书老版的封面比新版好看",
    "雪化为水，春天就要来了",                          # 华为 hua wei
    "一场大火让多年的心血化为灰烬",
    "下过雨后低凹的地方全是积水",                      # 迪奥 di ao
    "小区门口那段路低凹，一下大雨就淹",
    "楼下新开的甜品店叫小雄，店主很热情",            # 小熊 xiao xiong
    "小雄今天第一次自己骑车上学",
    "秋收后秸秆还田，地更肥了",                        # 海天 hai tian
    "村里今年推广秸秆还田，不让烧了",
    "奶奶说社区诊所的周大夫看病很仔细",                # 周大福 zhou da fu
    "在外地读书久了，难免有点恋乡",                    # 联想 lian xiang
    "今天的大报头版登了我们学校的新闻",                # 大宝 da bao
    "过年在家待了十天，返程那天特别舍不得，留神别落东西",
    "冬天出门记得戴上眼镜布，起雾了好擦",
    "小时候家里有只白毛兔子，后来送给了亲戚",
    "天气预报说明天降温，种花的记得把花盆搬进来",
    "你去隔离点送物资的时候注意安全",
    "点的外卖太多，剩下的全打包了",
]
# a common-word mark in its ordinary sense, and English words that read as a Latin name or as a
# mark's initials (ZDF, TRT, PLY, GLS, DBT); none offers anything
COMMON_SENSE_H19 = [
    "女儿养了一只大白兔，每天追着喂胡萝卜",
    "动物园新来的大白兔毛茸茸的，小朋友都围着看",
    "中华民族传统节日里，我最喜欢中秋",
    "纪录片讲中华文明五千年，拍得很用心",
    "古镇叫凤凰，沈从文写过的那个，沱江边的吊脚楼很美",
    "传说里凤凰浴火重生，今天语文课讲的",
    "家里大宝上小学了，二宝还在喝奶",
    "大宝今天考了一百分，奖励一顿火锅",
    "秦岭拍到了野生金丝猴，一家子在树上晒太阳",
    "金丝猴是国家一级保护动物，别去投喂",
    "登上黄鹤楼，终于懂了故人西辞的意思",
    "武汉三天两夜，黄鹤楼和东湖都去了",
    "这首歌让我联想到高中的夏天",
    "看到这张照片你会联想到什么",
    "成都基地的熊猫宝宝今天第一次出来见人",
    "熊猫吃竹子的样子太治愈了",
    "小区里那只白猫又来我家门口蹭饭",
    "捡到一只白猫，蓝眼睛，谁家丢的",
    "泰国街头有白象雕像，导游说是吉祥的象征",
    "白象在佛教故事里很常见",
    "燕京大学是北大的前身之一",
    "古人称北京为燕京，诗词里经常出现",
    "我们老板今天请全组喝奶茶",
    "楼下早餐店老板人超好，多给了一个鸡蛋",
    "爬长城那天风特别大，好汉坡差点没上去",
    "长城脚下的村子秋天很漂亮",
    "考试前一晚紧张得六神无主",
    "听到消息他整个人六神无主的",
    "床头那只小熊玩偶陪我十年了",
    "幼儿园今天学了一首小熊跳舞的儿歌",
    "傍晚的海边海天一色，拍照不用滤镜",
    "站在甲板上看海天相接，心都开阔了",
    "外婆做的大白兔形状的馒头太可爱了",
    "课本里讲中华鲟是长江里的珍稀鱼类",
    "凤凰花开的时候，就是毕业季了",
    "邻居家的大宝和我儿子是同学",
    "长城站是我国在南极建的第一个科考站",
    "熊猫血的人献血特别宝贵，医院在呼吁",
    "老板，来一碗牛肉面多放香菜",
    "小熊猫和大熊猫不是一种动物哦",
    "白猫黑猫，抓到老鼠就是好猫",
    "海天之间一只海鸥飞过",
    "今天带孩子去公园看了联想画展，题目叫城市印象",
    "燕京八景里我最喜欢卢沟晓月",
    "We need to converse more as a team instead of sending emails",
    "Omega-3 fish oil is on sale at the pharmacy this week",
    "Trying to find a new balance between work and family this year",
    "Jacques Cartier sailed up the St. Lawrence in 1535, today's history lesson",
    "Alpha and omega, the first and the last, from the choir tonight",
    "Mrs Philips next door brought us a pie, so sweet of her",
    "My therapist suggested a DBT skills group, starting next week",
    "Watching a ZDF documentary about the Rhine tonight",
    "The doctor said TRT might help my dad, still reading about it",
    "Exported my model as a PLY file and the colours are gone",
    "Dad test-drove a GLS at the dealership, way too big for our garage",
    "The LLS charity walk raised a lot for leukemia research this year",
    "The SZN finale was wild, no spoilers please",
    "Rebooting the HLA typing run at the lab again",
    "Found an old FLP project from 2015, my beats were terrible",
    "We spent a week in Hunan, the old town of Fenghuang was magical",
    "Our panda cam at the zoo is the best thing on the internet",
    "Great Wall hike this morning, legs are jelly",
    "Little white rabbit keeps chewing the cables, send help",
    "The boss bought pizza for everyone after the deadline",
]
# how a viewer posts one everyday sentence
SOUND_ALIKE_FRAMES_H19 = [
    ("{s}", ""), ("今日份碎碎念", "{s}"), ("{s} #日常 #生活碎片", "{s}"),
    ("回复@邻居：", "哈哈，{s}"),
]
COMMON_FRAMES_H19 = {
    "zh": [("{s}", "{s}"), ("随手记", "{s}～"), ("#vlog日常#", "{s} 大家周末愉快")],
    "en": [("{s}", ""), ("just saying", "{s}!"), ("{s} #dailylife", "{s}")],
}
VIEWERS_H19 = ["橘子汽水", "山那边的云", "阿May", "lazy_cat", "北方的狼", "豆豆妈", "Kenji", "一只小透明",
               "周末不加班", "tommy_w", "小鱼干", "雨后彩虹", "Ah Fai", "JessieL", "星河入梦", "老张"]
PHRASING_H19 = Phrasing(
    "held_out_19", GOODS_H19, _price_h19, (OFFERS_ZH_H19, OFFERS_EN_H19),
    (RESALE_ZH_H19, RESALE_EN_H19), (RESALE_SEALED_ZH_H19, RESALE_SEALED_EN_H19), SEALED_GOODS_H19,
    (WARNINGS_ZH_H19, WARNINGS_EN_H19), (REVIEWS_ZH_H19, REVIEWS_EN_H19), AUTHORISED_H19,
    SOUND_ALIKE_H19, SOUND_ALIKE_FRAMES_H19, COMMON_SENSE_H19, COMMON_FRAMES_H19, VIEWERS_H19)


def nineteenth_held_out(seed: int = 277) -> list[Case]:
    """held_out_19: held_out_18's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four), its own marks,
    spellings and phrasing, every sentence its own."""
    words = Spellings19()
    return _held_out_part(seed, words, MARKS_H19, PHRASING_H19, words.initials_of, DIGITS_H19)


# -- held_out_20 (issue 13, stop 35): an eighteenth hand ---------------------------------------------
# Written at stop 35 by an eighteenth hand that read neither the guard (src/origin/brands/, its tables,
# its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its first
# screen) nor any other part's phrasing templates or spellings code; of this file it read only the
# module docstring, Case, suite_brands, the marks lists, held_out_19's marks and goods as lists, the
# shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts, _held_out_part) and
# how nineteenth_held_out calls it; of bench_brands.py only the scoring, PARTS and SEALED; of the
# tests only the shared structure test and held_out_19's test. Its marks are the 51 loaded marks
# with the fewest held-out offers so far (every held-out part's offers, held_out_19's counted twice,
# ties by mark; the 51st has 152, the 52nd 153, so no tie is cut: 18 common words, 38 Latin names).
# Its spellings are its own code over outside data (Spellings20): pypinyin's phrase-aware readings
# joined, spaced, capitalised, upper-case, toned, tone-numbered, hyphenated, hashtagged and half
# left in characters; same-reading characters of Python's GB2312 codec (level 1, then level 2) and
# GBK-only characters, same tone first, OpenCC's traditional forms of the mark's own characters left
# out; initials read by pypinyin, written lower, upper, mixed, dotted, spaced, hyphenated,
# full-width, hashtagged, bracketed and as "X家"; letters the Unicode confusables table
# (confusable_homoglyphs' data) lists as a Latin letter's non-ASCII twins, whole words in an
# alphabet looked up by Unicode name (double-struck, monospace, circled, squared, parenthesized,
# regional-indicator, small capitals, full-width, sans-serif bold) and combining marks by name;
# separators looked up by Unicode name (dots, bullets, slashes, bars, waves, stars, hearts, fire,
# sparkles, invisible and ideographic spaces) and brackets round each character. Its phrasing is its
# own, 20 or more shapes per family: live-stream calls, stall and factory stock, group buys, WeChat
# and DM trade, English rep listings; benign texts as second-hand sellers, consigners, pawnshops,
# recyclers, regulators, customs, police, courts, prosecutors, lawyers, consumer councils, brand
# teams, reporters, reviewers and puzzled buyers write them; ordinary words pypinyin reads like a
# mark (some next to 复刻 or 1:1 in their ordinary use), common-word marks in their ordinary sense
# (some next to their own product words), English words that are a Latin name (canon, warrior,
# safeguard, red bull, Hermes). Sealed: scored only by the lead with ``--parts held_out_20``; never
# printed, counts only; never run through the guard by its writer.
MARKS_H20 = [
    "雪花", "飞鸽", "骆驼", "美的", "蕉下", "兰蔻", "回力", "茅台", "佳能", "旺旺", "浪琴", "海鸥", "统一",
    "乐高", "伊利", "戴森", "斐乐", "索尼", "大疆", "比亚迪", "永久", "洽洽", "红牛", "蒙牛", "施华洛世奇",
    "海尔", "立白", "舒肤佳", "蜜雪冰城", "九阳", "小天鹅", "花西子", "长虹", "太平鸟", "红豆", "苏泊尔",
    "范思哲", "巴宝莉", "自然堂", "万宝龙", "娃哈哈", "完美日记", "泡泡玛特", "波司登", "爱马仕", "中华",
    "凤凰", "大宝", "熊猫", "白猫", "白象",
]
# what each mark's goods are called, Chinese and (with a Latin name) English; a common-word mark's
# Chinese goods each hold one of its product cues
GOODS_H20: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "雪花": (("啤酒", "纯生啤酒", "啤酒整箱"), ()),
    "飞鸽": (("自行车", "山地自行车", "单车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "美的": (("空调", "变频空调", "冰箱", "电饭煲", "洗衣机"), ("air conditioner", "rice cooker")),
    "蕉下": (("防晒衣", "遮阳伞", "防晒口罩"), ("sun umbrella", "UV jacket")),
    "兰蔻": (("小黑瓶精华", "粉水", "眼霜"), ("serum", "toner", "eye cream")),
    "回力": (("帆布鞋", "小白鞋", "篮球鞋"), ("canvas shoes", "high-top sneakers")),
    "茅台": (("飞天白酒", "53度酱香白酒", "白酒礼盒"), ("baijiu", "sauce-aroma baijiu")),
    "佳能": (("单反相机", "微单相机", "镜头"), ("DSLR camera", "mirrorless camera", "lens")),
    "旺旺": (("雪饼", "仙贝", "QQ糖", "雪饼礼包"), ()),
    "浪琴": (("名匠腕表", "机械表", "石英表"), ("automatic watch", "dress watch")),
    "海鸥": (("手表", "机械手表", "相机", "双反相机"), ()),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "乐高": (("积木", "拼装积木", "机械组积木"), ("building bricks", "brick set")),
    "伊利": (("纯牛奶", "酸奶", "牛奶整箱"), ("milk", "yogurt")),
    "戴森": (("吹风机", "吸尘器", "卷发棒"), ("hair dryer", "cordless vacuum")),
    "斐乐": (("运动鞋", "老爹鞋", "运动外套"), ("sneakers", "track jacket")),
    "索尼": (("降噪耳机", "微单相机", "游戏机"), ("noise-cancelling headphones", "game console")),
    "大疆": (("无人机", "航拍无人机", "手持云台"), ("drone", "gimbal")),
    "比亚迪": (("车模", "车载充电器", "汽车脚垫"), ("model car", "car charger")),
    "永久": (("自行车", "复古自行车", "单车"), ()),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "mixed nuts")),
    "红牛": (("功能饮料", "饮料整箱", "功能饮料罐装"), ("energy drink", "energy drink 24-pack")),
    "蒙牛": (("纯牛奶", "酸奶", "牛奶礼盒"), ("milk", "yogurt drink")),
    "施华洛世奇": (("项链", "水晶手链", "耳钉"), ("crystal necklace", "bracelet")),
    "海尔": (("冰箱", "洗衣机", "热水器"), ("fridge", "washing machine")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "dish soap")),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bar", "body wash")),
    "蜜雪冰城": (("奶茶原料", "果酱", "柠檬水杯"), ("bubble tea kit", "fruit jam")),
    "九阳": (("豆浆机", "破壁机", "电饭煲"), ("soymilk maker", "blender")),
    "小天鹅": (("洗衣机", "滚筒洗衣机", "烘干机"), ("washing machine", "dryer")),
    "花西子": (("散粉", "口红", "眉笔"), ("setting powder", "lipstick")),
    "长虹": (("电视", "液晶电视", "空调"), ("TV", "smart TV")),
    "太平鸟": (("羽绒服", "卫衣", "连衣裙"), ("down jacket", "hoodie")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("shirt", "thermal underwear")),
    "苏泊尔": (("电饭煲", "炒锅", "电水壶"), ("rice cooker", "wok")),
    "范思哲": (("香水", "丝巾", "太阳镜"), ("perfume", "silk scarf")),
    "巴宝莉": (("风衣", "格纹围巾", "香水"), ("trench coat", "check scarf")),
    "自然堂": (("面膜", "水乳套装", "面霜"), ("face mask", "skincare set")),
    "万宝龙": (("钢笔", "皮带", "钱夹"), ("fountain pen", "leather belt")),
    "娃哈哈": (("AD钙奶", "纯净水", "营养快线"), ("calcium milk drink", "bottled water")),
    "完美日记": (("眼影盘", "口红", "粉底液"), ("eyeshadow palette", "lipstick")),
    "泡泡玛特": (("盲盒", "手办", "盲盒整盒"), ("blind box", "art toy")),
    "波司登": (("羽绒服", "长款羽绒服", "羽绒马甲"), ("down coat", "puffer vest")),
    "爱马仕": (("丝巾", "皮带", "手提包"), ("silk scarf", "leather belt", "handbag")),
    "中华": (("牙膏", "香烟", "软包香烟"), ()),
    "凤凰": (("自行车", "单车", "老式自行车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "熊猫": (("香烟", "电视", "香烟整条"), ()),
    "白猫": (("洗洁精", "洗衣粉", "洗洁精整箱"), ()),
    "白象": (("方便面", "泡面", "方便面整箱"), ()),
}
# eaten, drunk, smoked or used up: resold unopened
SEALED_GOODS_H20 = frozenset({"雪花", "茅台", "旺旺", "统一", "伊利", "洽洽", "红牛", "蒙牛", "立白",
                              "舒肤佳", "蜜雪冰城", "自然堂", "娃哈哈", "花西子", "完美日记", "兰蔻",
                              "中华", "大宝", "熊猫", "白猫", "白象"})
DIGITS_H20 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# separators between a mark's characters, by Unicode name
GAP_NAMES_H20 = ("MIDDLE DOT", "KATAKANA MIDDLE DOT", "BULLET", "HYPHEN-MINUS", "SOLIDUS",
                 "FULLWIDTH SOLIDUS", "VERTICAL LINE", "FULLWIDTH VERTICAL LINE", "LOW LINE",
                 "FULL STOP", "FULLWIDTH FULL STOP", "IDEOGRAPHIC COMMA", "SPACE", "IDEOGRAPHIC SPACE",
                 "NO-BREAK SPACE", "ZERO WIDTH SPACE", "ZERO WIDTH NON-JOINER", "WORD JOINER",
                 "ASTERISK", "TILDE", "WAVE DASH", "BLACK STAR", "WHITE STAR", "HEAVY BLACK HEART",
                 "FIRE", "SPARKLES", "CHERRY BLOSSOM", "HUNDRED POINTS SYMBOL", "EM DASH",
                 "BULLET OPERATOR")
BRACKETS_H20 = (("【", "】"), ("「", "」"), ("(", ")"), ("〈", "〉"), ("[", "]"), ("『", "』"))
# whole-word alphabets by Unicode name ({L} capital letter, {l} small letter)
ALPHABETS_H20 = ("MATHEMATICAL DOUBLE-STRUCK CAPITAL {L}", "MATHEMATICAL MONOSPACE SMALL {l}",
                 "CIRCLED LATIN CAPITAL LETTER {L}", "CIRCLED LATIN SMALL LETTER {l}",
                 "SQUARED LATIN CAPITAL LETTER {L}", "NEGATIVE SQUARED LATIN CAPITAL LETTER {L}",
                 "PARENTHESIZED LATIN SMALL LETTER {l}", "REGIONAL INDICATOR SYMBOL LETTER {L}",
                 "LATIN LETTER SMALL CAPITAL {L}", "FULLWIDTH LATIN CAPITAL LETTER {L}",
                 "FULLWIDTH LATIN SMALL LETTER {l}", "MATHEMATICAL SANS-SERIF BOLD SMALL {l}",
                 "MATHEMATICAL BOLD FRAKTUR CAPITAL {L}")
COMBINING_H20 = ("COMBINING CEDILLA", "COMBINING DOT BELOW", "COMBINING MACRON BELOW", "COMBINING TILDE",
                 "COMBINING RING ABOVE", "COMBINING CARON", "COMBINING OGONEK")


def _hanzi_h20(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fa5"


class Spellings20:
    """held_out_20's own spellings: readings from pypinyin, same-reading characters from Python's
    GB2312 and GBK codecs (OpenCC tells a mark's own traditional forms), look-alike letters from the
    confusables table, alphabets, combining marks and separators by Unicode name."""

    def __init__(self) -> None:
        import json
        from pathlib import Path

        import confusable_homoglyphs
        import opencc
        from pypinyin import Style, lazy_pinyin, pinyin

        self._lazy, self._pinyin, self._style = lazy_pinyin, pinyin, Style
        self._t2s = opencc.OpenCC("t2s")
        self._gaps = [unicodedata.lookup(n) for n in GAP_NAMES_H20]
        # same reading, toned (tone 5 the neutral tone): level 1, level 2 and GBK-only characters
        self._toned: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        self._toneless: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], []])
        seen: set[str] = set()
        for level, rows, cells, codec in ((0, range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"),
                                          (1, range(0xD8, 0xF8), range(0xA1, 0xFF), "gb2312"),
                                          (2, range(0x81, 0xFF), range(0x40, 0xFF), "gbk")):
            for row in rows:
                for cell in cells:
                    try:
                        char = bytes((row, cell)).decode(codec)
                    except UnicodeDecodeError:
                        continue
                    if char in seen or not _hanzi_h20(char):
                        continue
                    seen.add(char)
                    reading = self.reading(char)
                    if reading:
                        self._toned[reading][level].append(char)
                        self._toneless[reading.rstrip("12345")][level].append(char)
        data = Path(confusable_homoglyphs.__file__).with_name("confusables.json")
        table = json.loads(data.read_text(encoding="utf-8"))
        self._twins = {letter: [t["c"] for t in table.get(letter, ())
                                if len(t["c"]) == 1 and not t["c"].isascii()
                                and t["c"].lower() != letter.lower()]
                       for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

    def reading(self, char: str) -> str:
        """A character's usual toned reading, tone number last (5 neutral)."""
        got = self._pinyin(char, style=self._style.TONE3, neutral_tone_with_five=True,
                           errors="ignore")
        return got[0][0] if got and got[0] else ""

    def readings(self, mark: str) -> list[str]:
        """The mark's toned readings in context (pypinyin's phrase list)."""
        return [r[0] for r in self._pinyin(mark, style=self._style.TONE3, neutral_tone_with_five=True)]

    def initials_of(self, mark: str) -> str:
        return "".join(self._lazy(mark, style=self._style.FIRST_LETTER)).lower()

    # -- separators ------------------------------------------------------------------------------
    def separated(self, text: str, rng: random.Random) -> str:
        for _ in range(40):
            written = self._separated(text, rng)
            if text.lower() not in written.lower():
                return written
        return "·".join(c for c in text if c != " ")

    def _separated(self, text: str, rng: random.Random) -> str:
        chars = [c for c in text if c != " "]
        shape = rng.randrange(5)
        if shape == 0:                      # one separator between every character
            gap = rng.choice(self._gaps)
            return gap.join(chars)
        if shape == 1:                      # a different one in each gap
            out = chars[0]
            for c in chars[1:]:
                out += rng.choice(self._gaps) + c
            return out
        if shape == 2:                      # brackets round each character
            left, right = rng.choice(BRACKETS_H20)
            return "".join(f"{left}{c}{right}" for c in chars)
        if shape == 3:                      # the same gap doubled, as fast typing leaves it
            gap = rng.choice(self._gaps)
            return (gap * 2).join(chars)
        # split once, in the middle (two pieces)
        cut = max(1, len(chars) // 2)
        return "".join(chars[:cut]) + rng.choice(self._gaps) + "".join(chars[cut:])

    # -- initials --------------------------------------------------------------------------------
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        shape = rng.randrange(11)
        if shape == 0:
            return letters
        if shape == 1:
            return letters.upper()
        if shape == 2:
            return ".".join(letters.upper()) + "."
        if shape == 3:
            return " ".join(letters.upper())
        if shape == 4:
            return "-".join(letters)
        if shape == 5:
            return "".join(unicodedata.lookup(f"FULLWIDTH LATIN CAPITAL LETTER {c.upper()}")
                           for c in letters)
        if shape == 6:
            return "#" + letters.upper()
        if shape == 7:
            return "".join(c.upper() if i % 2 else c for i, c in enumerate(letters))
        if shape == 8:
            left, right = rng.choice(BRACKETS_H20)
            return f"{left}{letters.upper()}{right}"
        if shape == 9:
            return letters.upper() + "家"
        return "·".join(letters)

    # -- pinyin ----------------------------------------------------------------------------------
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        plain = self._lazy(mark)
        toned = [r[0] for r in self._pinyin(mark, style=self._style.TONE)]
        numbered = [r[0] for r in self._pinyin(mark, style=self._style.TONE3)]
        for _ in range(60):
            shape = rng.randrange(10)
            if shape == 0:
                written = "".join(plain)
            elif shape == 1:
                written = " ".join(plain)
            elif shape == 2:
                written = "".join(s.capitalize() for s in plain)
            elif shape == 3:
                written = "".join(plain).upper()
            elif shape == 4:
                written = "".join(toned)
            elif shape == 5:
                written = "".join(numbered)
            elif shape == 6:
                written = "-".join(plain)
            elif shape == 7:
                written = "#" + "".join(plain)
            elif shape == 8:                # the first half in characters, the rest in pinyin
                cut = max(1, len(mark) // 2)
                written = mark[:cut] + "".join(plain[cut:])
            else:                           # the first half in pinyin, the rest in characters
                cut = max(1, len(mark) // 2)
                written = "".join(plain[:cut]) + mark[cut:]
            if mark not in written and (not latin or latin.lower() not in written.lower()):
                return written
        return " ".join(toned)

    # -- homophones ------------------------------------------------------------------------------
    def _same_reading(self, char: str, reading: str, rng: random.Random) -> str | None:
        """Another character read like ``char``: GB2312 level 1 before level 2 before GBK, the
        same tone before another tone within each, the commoner tiers far likelier."""
        own = {char, self._t2s.convert(char)}
        toned = self._toned.get(reading, [[], [], []])
        toneless = self._toneless.get(reading.rstrip("12345"), [[], [], []])
        tiers = [[c for c in pool if c not in own and self._t2s.convert(c) != char]
                 for level in range(3) for pool in (toned[level], toneless[level])]
        weights = [w if tier else 0 for w, tier in zip((16, 6, 4, 2, 1, 0.5), tiers)]
        if not any(weights):
            return None
        return rng.choice(rng.choices(tiers, weights)[0])

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        readings = self.readings(mark)
        for _ in range(80):
            count = 1 if len(mark) == 1 or rng.random() < 0.7 else 2
            places = rng.sample(range(len(mark)), min(count, len(mark)))
            chars = list(mark)
            for i in places:
                other = self._same_reading(mark[i], readings[i], rng)
                if other:
                    chars[i] = other
            written = "".join(chars)
            if written != mark and written not in taken and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- confusables -----------------------------------------------------------------------------
    def _alphabet(self, text: str, style: str) -> str:
        out = []
        for c in text:
            if c.isascii() and c.isalpha():
                try:
                    out.append(unicodedata.lookup(style.format(L=c.upper(), l=c.lower())))
                    continue
                except KeyError:
                    pass
            out.append(c)
        return "".join(out)

    def confusable(self, text: str, rng: random.Random) -> str:
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        for _ in range(60):
            shape = rng.randrange(10)
            if shape < 5:                   # twins of the confusables table, one letter or more
                chars = list(text)
                for i in rng.sample(letters, rng.randint(1, len(letters))):
                    if self._twins[chars[i]]:
                        chars[i] = rng.choice(self._twins[chars[i]])
                written = "".join(chars)
            elif shape < 8:                 # the whole word in one alphabet
                written = self._alphabet(text, rng.choice(ALPHABETS_H20))
            else:                           # combining marks on some letters
                mark = unicodedata.lookup(rng.choice(COMBINING_H20))
                chosen = set(rng.sample(letters, rng.randint(1, max(1, len(letters) // 2))))
                written = "".join(c + mark if i in chosen else c for i, c in enumerate(text))
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no confusable for {text}")

    # -- digit swaps -----------------------------------------------------------------------------
    def digits(self, text: str, rng: random.Random) -> str:
        swappable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H20]
        chars = list(rng.choice((text, text.lower(), text.upper())))
        for i in rng.sample(swappable, rng.randint(1, len(swappable))):
            chars[i] = DIGITS_H20[text[i].lower()]
        return "".join(chars)


def _price_h20(rng: random.Random, english: bool) -> str:
    """A price as this part's sellers write it."""
    amount = rng.choice((45, 66, 79, 98, 118, 150, 188, 220, 268, 328, 388, 450, 520, 666, 799, 999,
                         1599))
    if english:
        dollars = max(8, amount // 7)
        return rng.choice((f"${dollars}", f"${dollars} shipped", f"US${dollars}", f"€{dollars}",
                           f"{dollars} dollars", f"${dollars} OBO"))
    return rng.choice((f"¥{amount}", f"{amount}元", f"{amount}块", f"{amount}r", f"到手{amount}",
                       f"{amount}包邮", f"仅需{amount}", f"{amount}米"))


# counterfeit offers as posted: (account name, title, description); {w} the mark as written, {p} the
# goods, {n} a price; each holds what a moderator reads as a fake on sale
OFFERS_ZH_H20 = [
    ("潮鞋工厂店", "{w}{p} 1:1复刻 细节对比原版", "工厂直出，和专柜对比无差，{n}，懂的来"),
    ("莆田老陈鞋业", "莆田纯原{w}{p}", "原厂材料，过验货没问题，私聊报价"),
    ("直播间小美", "家人们{w}{p}今天只要{n}！高仿做到这个程度真的绝了", "拍下备注直播间，库存不多手慢无"),
    ("高端定制坊", "【顶级A货】{w}{p}", "一比一开模，细节全对，支持视频看细节，{n}"),
    ("外贸尾单仓", "{w}原单{p} 尾货清仓", "原单渠道货，和正品同厂出，{n}一件，不退不换"),
    ("微商阿杰", "{w}{p}跟单货到了", "跟单品质，懂行的直接V我，朋友圈每天更新"),
    ("代工厂直营", "同厂{p}，可印{w}标", "需要{w}标的备注，{n}，批发另谈，无标版本更便宜"),
    ("精仿工作室", "{w}{p}精仿版 市面最高版本", "做工吊打市面通货，{n}出，私我看实拍"),
    ("Tina海外购", "仿{w}{p} 不是正品介意勿拍", "高版本仿品，{n}，质量自信"),
    ("省钱小分队", "{w}{p} 超A 专柜几千这里只要{n}", "不是正品哈，品质和正品差不多，扣1发链接"),
    ("潮玩仓库", "{w}{p}高仿 能过鉴定吗？过不了哈", "识货的来，{n}，一件代发"),
    ("十三行档口", "{w}{p} 档口现货 复刻版", "拿货价{n}，十件起批，加微信看图"),
    ("拼团团长", "{w}{p}高仿团购第三期开团", "满五人成团，每人{n}，做工保证"),
    ("东莞外贸厂", "出口{w}{p}一比一", "非正品，外贸订单多出来的，{n}，量大可谈"),
    ("夜市摊主小王", "{w}{p}复刻款到货", "线下摊位同款，线上{n}，A货里的战斗机"),
    ("老铁666", "老铁们看过来{w}{p}，仿的，但是真香", "{n}两件，直接拍，不懂的别问"),
    ("港货小铺", "{w}{p} 不是水货，是高仿，品质一流", "{n}，顺丰到付，质量问题包换"),
    ("纯原大厂", "{w}{p}纯原版本 真标真码", "工厂直发，和正品一条线出来的，{n}"),
    ("Vivi私人衣橱", "{w}{p}，镜面级做工，一眼假算我输", "{n}，私信暗号“镜面”"),
    ("义乌一手货源", "{w}同款{p}批发 高仿", "义乌现货，{n}起，量大从优"),
    ("阿飞好物", "评论区扣“要”，{w}{p}高仿版{n}", "懂的都懂，细节图在主页"),
    ("海淘达人", "{w}{p} 原厂出货无包装 非专柜", "和正品一模一样，只是没吊牌，{n}，爱要不要"),
    ("厂家清库存", "滴滴我，{w}{p}仿版清库存", "公司货，不是正品，价格美丽{n}"),
    ("小林精品", "{w}{p}A货 支持对比", "正品价格的零头，{n}，收到不满意可退"),
]
OFFERS_EN_H20 = [
    ("rep_plug_88", "{w} {p} 1:1 rep, best batch", "Mirror quality, QC pics before shipping. {n}, DM me"),
    ("kicksdealer", "{w} {p} UA replica", "Unauthorized authentic, same factory. {n}. WhatsApp for pics"),
    ("cheapfinds4u", "Not real but {w} {p} looks just as good", "Nobody can tell the difference. {n}"),
    ("mirror_boutique", "{w} {p} mirror copy", "Top grade AAA, {n}. Ships from Guangzhou"),
    ("dupe_queen", "{w} {p} super fake, 1:1 with retail", "{n}, comes with box and dust bag, DM to order"),
    ("factory.direct.sale", "Factory {w} {p} replica wholesale", "MOQ 10 pcs, {n} each, logo included"),
    ("rep_haul_hub", "{w} {p} rep, link in bio", "Best rep on the market for {n}, batch is clean"),
    ("streetwear_resale_x", "{w} {p} AAA grade copy", "Copy but you can't tell, {n} firm"),
    ("luxe_for_less", "{w} {p} 1:1 high quality replica", "Original packaging, {n}, message me on Telegram"),
    ("sneakerhead_joe", "{w} {p} fake but top tier", "Same materials as retail, {n}, no returns"),
    ("budget_brandz", "{w} {p} replica, cheap price", "{n} each, buy 2 get 1 free, ship worldwide"),
    ("asia_outlet_store", "Original-order {w} {p}, not authentic", "Factory overrun, {n}, PM for catalog"),
]
# legitimate second-hand resale with proof of purchase
RESALE_ZH_H20 = [
    ("闲鱼用户小夏", "自用{m}{p}转卖", "去年专柜买的，发票和小票都在，用过几次，{n}出，可验货"),
    ("搬家清闲置", "搬家出{m}{p}", "正品保证，附购买记录截图，九成新，{n}自提优先"),
    ("二手交易员Leo", "{m}{p} 二手 送鉴定证书", "已过第三方鉴定，证书编号可查，{n}"),
    ("宝妈闲置", "闲置{m}{p}，买来没怎么用", "官方旗舰店下单，订单截图有，{n}包邮"),
    ("二手寄售店主理人", "二手{m}{p}，店内实拍", "店里每件都经鉴定师验过，假一赔三，{n}"),
    ("毕业清仓", "毕业季出{m}{p}", "正品，有购买凭证，成色如图，{n}不议价"),
    ("寄卖行", "{m}{p}寄卖，专柜小票齐全", "寄卖商品均提供来源证明，{n}，支持当面验"),
    ("回收小哥", "回收后转卖的{m}{p}", "只收正品，收的时候都验过，{n}"),
    ("换季整理", "{m}{p}转让，买了发现用不上", "专柜买的，小票拍给你看，{n}"),
    ("二手店铺", "{m}{p} 二手 有凭证", "发票和包装都在，可查购买记录，{n}"),
    ("Cindy的闲置", "出个{m}{p}，用过两次", "国内专柜购入，附电子发票，{n}，介意二手勿扰"),
    ("典当行寄售", "绝当品{m}{p}", "本行经专业鉴定，出具鉴定报告，{n}"),
    ("留学生回国清仓", "回国清闲置：{m}{p}", "海外官网购入，有订单邮件，{n}，同城面交"),
    ("一手转二手", "送人没送出去的{m}{p}", "全新未拆，购物小票在，原价买的，现{n}出"),
]
RESALE_SEALED_ZH_H20 = [
    ("囤货党", "{m}{p}囤多了，低价转", "超市买的，保质期到明年，未开封，{n}，小票在"),
    ("公司福利转让", "单位发的{m}{p}，家里用不上，转", "全新未拆封，生产日期见图，{n}自提"),
    ("年货多了", "过年亲戚送的{m}{p}出了", "原封未动，附礼品卡，{n}"),
    ("小区团购剩余", "团购多订了几份{m}{p}", "正规渠道，有进货单，{n}一份，同城送"),
    ("临期折扣店", "临期{m}{p} 正品特价", "临期不是过期！正规渠道进的货，有检验报告，{n}"),
    ("代购剩货", "帮朋友带的{m}{p}多了一份", "免税店购物小票在，未拆封，原价{n}转"),
    ("婚礼剩余物资", "婚宴剩下的{m}{p}", "酒店采购的，票据齐全，未开封，{n}"),
    ("会员店搬运工", "会员店买的{m}{p}大包装，原封转", "包装未拆，有会员店小票，{n}"),
    ("搬家急出", "搬家带不走，{m}{p}便宜出", "商场买的，未开封，保质期内，{n}"),
    ("抽奖中的", "抽奖中的{m}{p}，自己用不上", "中奖截图和快递单都有，全新，{n}"),
]
RESALE_EN_H20 = [
    ("closet_cleanout", "Selling my {m} {p}, lightly used", "Bought at the {m} store last year, receipt included. {n}"),
    ("moving_sale_sf", "Pre-owned {m} {p}", "Authentic, comes with original receipt and box. {n}, local pickup"),
    ("secondhand_sam", "Used {m} {p} with proof of purchase", "Authenticated by a third-party service, certificate included. {n}"),
    ("grad_student_sale", "{m} {p}, used twice", "Purchased from the official website, order confirmation available. {n}"),
    ("consign_corner", "Consignment: {m} {p}", "Every consigned item is checked by our authenticators. {n}"),
    ("declutter_diaries", "Letting go of my {m} {p}", "Genuine, I have the invoice, small scratch shown in photos. {n}"),
    ("pawn_and_gold", "{m} {p} from our pawn counter", "Verified genuine, with paperwork. {n}, no trades"),
]
RESALE_SEALED_EN_H20 = [
    ("pantry_swap", "Unopened {m} {p}, bought too many", "Sealed, best-before next year, store receipt attached. {n}"),
    ("office_gift_extra", "Extra {m} {p} from a work gift box", "Never opened, pickup only. {n}"),
    ("bulk_buy_leftovers", "{m} {p}, sealed, from a warehouse club run", "Have the receipt, still sealed. {n} each"),
    ("duty_free_extra", "Duty-free {m} {p}, unopened", "Got one too many at the airport, receipt in hand. {n}"),
    ("prize_winner_22", "Won a {m} {p} in a raffle", "Brand new and sealed, I don't use it. {n}"),
]
# consumer warnings and enforcement news about fakes
WARNINGS_ZH_H20 = [
    ("消费者权益观察", "提醒：网上低价{m}{p}多为假货", "近期接到多起投诉，买到的{m}{p}做工粗糙、无防伪码，请认准官方渠道"),
    ("市场监管发布", "市场监管部门查处一批假冒{m}{p}", "执法人员现场查获假冒{m}标识的{p}若干，案件正在进一步调查"),
    ("被坑的小李", "买到假{m}{p}了，大家避雷", "某直播间一百多买的，回来一对比，logo歪的，客服已读不回"),
    ("12315在线", "如何辨别真假{m}{p}？", "看防伪标签、查序列号、对比做工，发现假货可拨打12315投诉"),
    ("海关发布", "海关查获侵犯{m}商标权的{p}", "货物申报为普通日用品，查验时发现涉嫌侵权的{p}一批，已依法扣留"),
    ("律师说法", "售假{m}{p}要承担什么责任？", "销售明知是假冒注册商标的商品，数额较大的可能构成犯罪，别心存侥幸"),
    ("法院公众号", "一男子销售假冒{m}{p}获刑", "法院审理查明，被告人通过网店销售假冒{m}{p}，判处有期徒刑并处罚金"),
    ("警方通报", "警方捣毁一个制售假冒{m}{p}窝点", "现场查扣假冒{p}及包装材料一批，犯罪嫌疑人已被刑事拘留"),
    ("避坑指南", "别再买所谓的“{m}尾单{p}”了", "所谓尾单、原单大多是仿冒品的话术，真正的正品不会这样流出"),
    ("宝妈互助群", "姐妹们注意，群里有人卖假{m}{p}", "价格便宜一大半，一看就有问题，已经截图举报了"),
    ("检测机构", "实验室对比：假{m}{p}与正品差在哪", "我们送检了网购的几款{p}，假货在材质和安全指标上都不合格"),
    ("315观察", "315曝光：假冒{m}{p}产业链", "从原材料到包装一条龙造假，购买时务必认准正规渠道"),
    ("小张的吐槽", "为什么我买的{m}{p}和朋友的不一样？", "后来才知道是假的，商家说是“高仿”，下单时我压根没看到这两个字"),
    ("打假联盟", "关于假冒{m}{p}的风险提示", "近期发现多个账号以低价销售仿冒{p}，请勿购买，发现可向平台举报"),
    ("检察日报转", "检察机关对一起假冒{m}{p}案提起公诉", "涉案金额超过百万元，检察官提醒网购时保留证据"),
    ("老年人防骗", "爸妈们注意：电视购物里的{m}{p}可能是假的", "价格低得离谱，又说是“内部渠道”，十有八九是仿冒的"),
    ("消保委", "消保委：网购{m}{p}维权指南", "发现买到假货，保留聊天记录和付款凭证，可要求退一赔三"),
    ("新手求助", "求助：这个{m}{p}是不是假的？", "包装和我在商场看到的不一样，卖家说是正品，大家帮我看看"),
    ("平台公告", "治理公告：清理一批售假{m}{p}的商品链接", "本月共下架涉嫌假冒{m}的{p}链接若干，相关账号已处罚"),
    ("防伪科普", "{m}{p}防伪查询方法", "扫描包装上的防伪码，或在官网输入编号验证，查询异常请警惕"),
    ("记者调查", "暗访：莆田的假{m}{p}是怎么卖出去的", "记者发现，部分商家用“复刻”“纯原”等词规避审核"),
    ("上当的大学生", "血泪教训：1:1的{m}{p}千万别买", "收到货一股胶水味，找卖家退款直接拉黑，大家引以为戒"),
]
WARNINGS_EN_H20 = [
    ("consumer_watch", "Warning: fake {m} {p} sold on livestreams", "Several buyers report {m} {p} without serial numbers. Buy only from official stores."),
    ("customs_news", "Customs seize counterfeit {m} {p}", "Officers found a shipment of fake {p} bearing the {m} logo, declared as general goods."),
    ("scammed_buyer", "Got scammed with a fake {m} {p}", "Paid way too little and got a fake. The stitching is off and the logo is crooked."),
    ("how_to_spot", "How to spot a fake {m} {p}", "Check the serial number, the packaging print and the weight. Replicas often get these wrong."),
    ("legal_explainer", "Is it illegal to sell fake {m} {p}?", "Selling counterfeit trademarked goods can bring civil damages and criminal charges."),
    ("police_update", "Police raid workshop making fake {m} {p}", "Thousands of counterfeit items and labels were seized; two suspects were arrested."),
    ("court_reporter", "Seller sentenced for counterfeit {m} {p}", "The court found the online shop sold fake {p} with forged {m} labels."),
    ("brand_protection_team", "Heads up: {m} {p} 'replicas' in group chats", "We have seen accounts offering so-called 1:1 copies. Report them, do not buy."),
    ("reddit_refugee", "Is this {m} {p} real? Seller says authentic", "Price seems too good. The box font looks different from the one in store."),
    ("fraud_alert_daily", "Scam alert: {m} {p} 'factory outlet' sites", "Fake outlet websites take payment and ship knockoffs or nothing at all."),
]
# reviews and news about the genuine goods
REVIEWS_ZH_H20 = [
    ("数码测评君", "{m}{p}深度测评：值不值得买", "用了一个月，说说优缺点，续航和做工都在线，价格偏贵"),
    ("测评博主安安", "{m}{p}实测一周", "每天都在用，说说真实体验，优点缺点都有"),
    ("财经早报", "{m}发布季度财报，{p}销量增长", "公司表示线下渠道恢复明显，海外市场表现亮眼"),
    ("开箱日记", "开箱：官方旗舰店买的{m}{p}", "包装很用心，附赠品，物流两天到"),
    ("横评频道", "{m}{p}横评：三款热门款对比", "从做工、价格、售后三方面打分，结论见视频最后"),
    ("好物分享", "今日好物｜{m}{p}", "用了一段时间，整体满意，细节在视频里"),
    ("品牌新闻速递", "{m}新款{p}今日开售", "官方称新品采用升级工艺，首发当天多地门店排队"),
    ("小红的购物车", "{m}{p}用完了，回购第三次", "真的好用，这次趁活动囤了两个"),
    ("行业周刊", "国货崛起：{m}{p}的十年", "从代工到自主品牌，看一家企业怎样做大做强"),
    ("阿梅的日常", "入手{m}{p}，说说真实感受", "家里人都挺喜欢，就是有点贵"),
    ("测评实验室", "{m}{p}耐用性测试，结果出乎意料", "连续使用两百小时，各项性能基本没有衰减"),
    ("体育频道", "{m}宣布赞助本届城市马拉松", "现场设有{m}{p}展台，吸引不少跑者驻足"),
    ("设计师老周", "聊聊{m}{p}的设计语言", "线条简洁，配色克制，是我这两年最喜欢的一款"),
    ("生活好物", "{m}{p}使用半年后的真实感受", "优点是省心，缺点是售后网点少"),
    ("科技日报", "{m}公布新专利，{p}或将迎来升级", "据悉该技术可降低能耗，预计明年量产"),
    ("旅行vlog", "在{m}门店买了{p}，店员很专业", "试了好几款，最后挑了这个，退税手续也方便"),
    ("学生党", "学生党能不能入{m}{p}？", "攒了三个月生活费买的，目前不后悔"),
    ("直播回放", "主播实测{m}{p}，正品渠道价格对比", "旗舰店、商场专柜和免税店价格差多少，一次说清"),
    ("收藏家阿强", "我收藏的{m}{p}全家福", "从第一代到最新款，每一个都有故事"),
    ("晚间新闻", "{m}工厂探访：一件{p}是怎样生产出来的", "记者走进生产线，全程自动化，每件产品都要经过质检"),
    ("居家日常", "给家里买的{m}{p}到了", "东西不错，物流也快，放心用"),
    ("经济观察", "{m}调整{p}价格，部分型号下调一成", "业内人士认为此举是为了应对市场竞争"),
]
REVIEWS_EN_H20 = [
    ("techreviewer_mo", "{m} {p} review after one month", "Solid build, a bit pricey. Here is what I think."),
    ("beauty_by_jen", "Trying the new {m} {p}", "Used it for a full week, no complaints. Worth it if it's on sale."),
    ("market_wire", "{m} reports higher {p} sales", "The company said demand grew in Southeast Asia and Europe this quarter."),
    ("unboxing_channel", "Unboxing my {m} {p} from the official store", "Fast shipping, nice packaging, full review next week."),
    ("style_notes", "How I use my {m} {p} every day", "Three routines for work and weekends, with the pros and cons."),
    ("gadget_digest", "{m} {p} vs rivals: which to buy", "We compared price, noise and efficiency across three models."),
    ("travel_with_kim", "Picked up a {m} {p} at the flagship store", "Staff were helpful and the tax refund took five minutes."),
    ("business_daily", "{m} opens new factory to meet {p} demand", "The plant will employ about two thousand workers."),
    ("honest_reviews_only", "Is the {m} {p} worth the hype?", "Pros, cons and who should skip it."),
    ("design_talks", "Why the {m} {p} design works", "Clean shapes and a restrained palette make it easy to live with."),
]
# the owner's and an authorised shop's own posts: (signer, account name, title, text); {m} its mark
AUTHORISED_H20 = [
    ("owner", "{m}官方", "{m}{p}新品上市", "全新{p}今日起在官方旗舰店和全国门店同步发售"),
    ("owner", "{m}官方账号", "关于市面上假冒{m}{p}的声明", "本公司从未授权任何个人以“工厂尾单”名义销售{p}，请认准官方渠道"),
    ("owner", "{m}", "{m}{p}正品查询通道上线", "输入防伪码即可验证真伪，谨防高仿、复刻等仿冒产品"),
    ("owner", "{m}品牌号", "{m}周年庆，{p}会员专享价", "活动期间官方渠道下单赠送定制礼品"),
    ("owner", "{m}官方", "{m}打假公告（第三期）", "本期共投诉下架仿冒{p}链接若干，感谢消费者举报"),
    ("owner", "{m}客服中心", "{m}{p}售后政策调整说明", "即日起{p}保修期延长至两年，详情咨询在线客服"),
    ("owner", "{m}官方", "{m}{p}的诞生｜品牌故事", "从设计到量产，我们花了三年时间"),
    ("owner", "{m}官方", "{m}直播间今晚八点见", "{p}新品首发，官方直播间下单享正品保障"),
    ("owner", "{m}官方", "警惕冒用{m}名义的“内部员工价”", "{m}从未通过私人微信销售{p}，所谓员工内购均为骗局"),
    ("owner", "{m}", "{m}{p}门店体验活动报名", "到店即可试用{p}，数量有限"),
    ("owner", "{m}官方号", "{m}荣获年度消费者信赖品牌", "感谢大家对{m}{p}的支持"),
    ("shop", "{m}授权专卖店", "{m}{p}到店啦", "本店为{m}官方授权门店，所售{p}均为正品，可查授权书"),
    ("shop", "{m}授权店", "本店{m}{p}支持专柜验货", "拒绝高仿A货，假一赔三，店铺授权证书已公示"),
    ("shop", "{m}授权经销商", "{m}{p}限时折扣", "正品行货，全国联保，开具正规发票"),
    ("shop", "{m}授权店", "提醒：低价{m}{p}多为仿品", "本店作为授权经销商提醒大家，低于市场价太多的多半是复刻货"),
    ("shop", "{m}授权店·城东店", "{m}{p}新款到货", "欢迎到店试用，店内购买可享会员积分"),
    ("shop", "{m}授权体验店", "{m}{p}以旧换新活动", "旧品抵现，门店可现场评估"),
    ("shop", "{m}授权店", "{m}{p}怎么选？店长来推荐", "根据预算和用途给大家推荐三款"),
    ("shop", "{m}官方授权店", "为什么要在授权店买{m}{p}", "授权店有正规进货渠道、发票和售后，和1:1的仿品完全不是一回事"),
    ("shop", "{m}授权店", "{m}{p}开箱验货直播", "当着镜头拆封，防伪码现场查询"),
    ("shop", "{m}授权店", "{m}{p}补货通知", "之前断货的款已到，预约的顾客请尽快到店"),
    ("shop", "{m}授权零售商", "{m}{p}节日礼盒预售", "礼盒含定制卡片，支持门店自提"),
]
# everyday sentences whose words pypinyin reads like one of this part's marks, writing no mark
SOUND_ALIKE_H20 = [
    "诚实守信是一种美德，复刻不了也买不来",
    "周末带孩子去学画，老师让照着名画一比一临摹",
    "天气回暖，屋顶的积雪化了一大片",
    "飞哥今天复刻了外婆的红烧肉，味道一模一样",
    "他年轻时落拓不羁，现在安心种地",
    "下雨天路滑，大家注意脚下安全",
    "婚礼的回礼选了手工喜糖，1:1还原了请柬上的图案",
    "跑完步给自己加能量，来一根香蕉",
    "楼下小狗一见人就汪汪叫",
    "我同意你的看法，这个复刻版的老游戏确实很良心",
    "坚持早起需要毅力，更需要一个好闹钟",
    "一粒米都不能浪费",
    "费了好大劲才把爷爷的老收音机修好",
    "戏里他是一员大将，剧组一比一还原了他的盔甲",
    "大江大河，奔流到海",
    "做鱼的时候用酒去腥，效果很好",
    "事实恰恰相反，便宜的不一定不好",
    "隔壁家的小萌妞今天三岁啦",
    "孩儿他爸，今晚回来吃饭吗",
    "李白的字帖我临了一个月，连高仿都算不上",
    "久仰大名，今天终于见到本人了",
    "今天换了个蓝口罩，跟衣服颜色很配",
    "做一个反思者，而不是抱怨者",
    "周末什么都不想干，就想自然躺平",
    "哇哈哈哈，这只猫的表情包笑死我了",
    "在单位挨骂是常有的事，别往心里去",
    "阳台上种花种菜，一年四季都有收成",
    "吃不完的菜记得打包带走",
    "白毛浮绿水，红掌拨清波",
    "百香果切开兑蜂蜜水，一比一调最好喝",
    "饭店的菜量很大，我们打包了两盒",
    "奶奶在院子里种花，月季开得正好",
    "他说话直来直去，挨骂是难免的",
    "小时候学画的那家画室还在，门口一比一复刻了老招牌",
    "婆家准备的回礼很丰盛",
    "这个说法我不同意，复刻老建筑不等于造假古董",
    "他靠毅力跑完了全程马拉松",
    "雨后山路湿滑，一定看好脚下",
    "那个萌妞在台上唱了一首老歌",
    "百香果酱是我自己熬的",
]
SOUND_ALIKE_FRAMES_H20 = [("{s}", ""), ("", "{s}"), ("今天的小确幸", "{s}"), ("{s}", "#日常 #随手拍")]
# common-word marks (and Latin names that are English words) in their ordinary sense
COMMON_SENSE_H20 = [
    "窗外飘起了雪花，今年的第一场雪",
    "孩子们剪了好多雪花贴在窗户上",
    "一边喝啤酒一边看雪花落在湖面上",
    "雪花般的柳絮飘满了街",
    "飞鸽传书的年代，一封信要走一个月",
    "信鸽比赛里，飞鸽要飞上千公里回家",
    "沙漠里的骆驼能好几天不喝水",
    "骑着骆驼穿过鸣沙山，落日美得不真实",
    "骆驼祥子是老舍写的",
    "她心灵美的样子比外表更动人",
    "这里的晚霞美的让人说不出话",
    "春节贴春联，祝大家新年旺旺、生意兴隆",
    "小区里那条狗叫旺旺，见谁都摇尾巴",
    "海边的海鸥抢走了我手里的薯条",
    "坐渡轮的时候，一群海鸥一直跟着船飞",
    "用相机拍下了海鸥掠过海面的瞬间",
    "海鸥在码头上空盘旋",
    "两家公司终于统一了意见",
    "学校要求统一穿校服",
    "大家先统一一下时间，周六上午九点集合",
    "统一思想，才能把事情办好",
    "这份文件请永久保存",
    "友谊不一定永久，但回忆会一直在",
    "小天鹅舞曲是我最喜欢的芭蕾片段",
    "公园湖里新来了一只小天鹅，灰灰的毛还没褪",
    "雨后天边挂起一道长虹",
    "长虹卧波，说的就是这座石拱桥",
    "红豆生南国，春来发几枝",
    "冬天熬一锅红豆粥，暖暖的",
    "红豆沙包子是我家早餐的固定搭配",
    "中华民族有五千年的历史",
    "中华田园犬其实很聪明",
    "他身上有很多中华传统美德",
    "凤凰古城的夜景真的很美",
    "周末骑自行车去凤凰山看日出",
    "传说中凤凰浴火重生",
    "我家大宝今天上小学了，二宝还在幼儿园",
    "大宝二宝为了一个玩具吵起来了",
    "成都基地的熊猫宝宝今天满月",
    "在电视上看了一部关于大熊猫的纪录片",
    "熊猫血的人献血要提前登记",
    "楼下那只白猫每天都来蹭饭",
    "白猫黑猫，抓到老鼠就是好猫",
    "泰国人把白象当作吉祥的象征",
    "动物园里那头白象其实是浅灰色的",
    "草原上有一群黄牛和几头红牛在吃草",
    "给女儿买了一本关于骆驼和沙漠的绘本",
    "第一次看到这么大的雪花，南方孩子激动坏了",
    "Pachelbel's Canon in D was played at my sister's wedding",
    "The church choir sang a canon in three parts",
    "This story is not canon, the author confirmed it in an interview",
    "A warrior pose is the first thing my yoga teacher taught us",
    "My grandmother was a true warrior through her cancer treatment",
    "The kids dressed up as warrior princesses for Halloween",
    "Always safeguard your passwords with two-factor authentication",
    "The new law will safeguard children's personal data",
    "In the bullring a red bull charged at the matador",
    "We saw a red bull grazing near the barn",
    "Hermes was the messenger of the Olympian gods",
    "The statue of Hermes in the museum is a Roman copy of an older bronze original",
    "I never managed to keep a perfect diary, I always skip a few days",
    "Every warrior needs rest, take the weekend off",
    "Fan fiction that ignores canon can still be great",
    "Wear a helmet: it is the simplest safeguard on a bike",
]
COMMON_FRAMES_H20 = {"zh": [("{s}", ""), ("", "{s}"), ("记录一下", "{s} #生活")],
                     "en": [("{s}", ""), ("", "{s}"), ("just thinking", "{s}")]}
VIEWERS_H20 = ["晚饭吃什么", "阿珂的小日子", "西瓜太郎", "楼顶看云", "Amy_Z", "一只胖橘", "老刘钓鱼",
               "慢半拍", "Rainy_Day", "小镇青年", "Yuki酱", "山里的风", "七七爸爸", "阿斌跑步"]
PHRASING_H20 = Phrasing(
    "held_out_20", GOODS_H20, _price_h20, (OFFERS_ZH_H20, OFFERS_EN_H20),
    (RESALE_ZH_H20, RESALE_EN_H20), (RESALE_SEALED_ZH_H20, RESALE_SEALED_EN_H20), SEALED_GOODS_H20,
    (WARNINGS_ZH_H20, WARNINGS_EN_H20), (REVIEWS_ZH_H20, REVIEWS_EN_H20), AUTHORISED_H20,
    SOUND_ALIKE_H20, SOUND_ALIKE_FRAMES_H20, COMMON_SENSE_H20, COMMON_FRAMES_H20, VIEWERS_H20)


def twentieth_held_out(seed: int = 291) -> list[Case]:
    """held_out_20: held_out_19's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four), its own marks,
    spellings and phrasing, every sentence its own."""
    words = Spellings20()
    return _held_out_part(seed, words, MARKS_H20, PHRASING_H20, words.initials_of, DIGITS_H20)


# -- held_out_21 (issue 13, stop 36): a nineteenth hand ----------------------------------------------
# Written at stop 36 by a nineteenth hand that read neither the guard (src/origin/brands/, its tables,
# its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its first
# screen) nor any other part's phrasing templates or spellings code; of this file it read only the
# module docstring, Case, suite_brands, the marks lists, held_out_20's marks and goods as lists, the
# shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts, _held_out_part) and
# how twentieth_held_out calls it; of bench_brands.py only the scoring, PARTS and SEALED; of the
# tests only the shared structure test and held_out_20's test. Its marks are the 51 loaded marks
# with the fewest held-out offers so far (every held-out part's offers, held_out_20's counted twice,
# ties by mark: the 51st, 农夫山泉, and the 52nd, 周大福, both have 163, so the tie is cut by mark
# order; 18 common words, 29 Latin names). Its spellings are its own code over outside data
# (Spellings21): homophones swap one, two or every character for one whose usual reading
# (pypinyin, character alone) is the same toned syllable (three in four) or the same syllable in
# another tone, drawn from Python's GB2312 codec level 1 (most), level 2 or GBK-only characters,
# never the mark's own character in OpenCC's traditional or simplified form, never spelling any
# loaded mark; pinyin from pypinyin's phrase-aware readings, joined, upper, camel, spaced, toned,
# tone-numbered, apostrophed, hyphenated, hashtagged, grouped in two words or half left in
# characters, never the Latin name; initials read by pypinyin, lower, upper, capitalised, mixed,
# dotted, spaced, slashed, starred, underscored, full-width, Weibo-hashtagged and with 牌 or 同款
# after them; separators between every character (one kind, a different one per gap, or spaced
# out) or at one gap, by Unicode name (punctuation, invisible and wide spaces, arrows, seller
# emoji); look-alikes are the non-ASCII twins the Unicode confusables table (confusable_homoglyphs'
# data) lists for one to three letters, whole words in a mathematical, full-width, circled,
# parenthesized or negative-squared alphabet by Unicode name, accented letters by name, or a
# combining overlay; digit swaps of one, two or every swappable letter. Its phrasing is its own,
# 20 or more shapes per family: factory, stall, wholesale, live-stream, WeChat-moment, group-buy,
# campus and English rep/DM offers, many with no counterfeit word at all; benign texts in voices
# and situations the earlier parts' lists do not name: graduating students, people moving abroad,
# parents whose children outgrew things, newly-weds with duplicate gifts, raffle winners, office
# clear-outs and banquet leftovers reselling with receipts; parents' group chats, community grid
# workers, pharmacists, bar owners, wedding planners, tour guides, parcel-station keepers,
# residents' committees, anti-fraud volunteers, mall security, cosmetics labs, forum moderators,
# doctors, shop clerks, student unions, delivery riders, property managers, supermarket buyers,
# retired teachers, tobacconists and fitness coaches warning; long-term users, equity analysts,
# trade fairs, brand histories, mothers comparing, repair technicians, sommeliers, student surveys,
# local, sports, campus-recruitment, charity and recall news, unboxers, museums and teachers
# reviewing; the owners' and authorised shops' launches, after-sales terms, verification guides,
# re-issues, price notices, trade-ins and opening hours; ordinary words pypinyin reads like a mark
# (眼睛, 老伴, 留神, 口齿, 隔离, 同意, 用久 ...), some next to 复刻 or 1:1 in their ordinary use;
# common-word marks in their ordinary sense (燕京 the old name of Beijing, 六神无主, 海天一色,
# 金丝猴 the monkey ...), some next to their own product words; English words that are a Latin
# name (coach, dove, omega, vans, converse). Sealed: scored only by the lead with
# ``--parts held_out_21``; never printed, counts only; never run through the guard by its writer.
MARKS_H21 = [
    "燕京", "老板", "长城", "六神", "大白兔", "小熊", "海天", "良品铺子", "元气森林", "金丝猴", "黄鹤楼",
    "江小白", "特步", "王老吉", "匡威", "万斯", "联想", "蔻驰", "德芙", "格力", "迪奥", "华为", "老凤祥",
    "雪花", "飞鸽", "骆驼", "安慕希", "旺旺", "海鸥", "统一", "资生堂", "亚瑟士", "新百伦", "格兰仕",
    "好孩子", "始祖鸟", "普拉达", "欧米茄", "永久", "海澜之家", "云南白药", "五粮液", "优衣库", "劳力士",
    "同仁堂", "百雀羚", "茅台", "雅戈尔", "雅诗兰黛", "飞利浦", "农夫山泉",
]
# what each mark's goods are called, Chinese and (with a Latin name) English; a common-word mark's
# Chinese goods each hold one of its product cues
GOODS_H21: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "燕京": (("啤酒", "纯生啤酒", "啤酒礼盒"), ()),
    "老板": (("油烟机", "燃气灶", "油烟机燃气灶套装"), ()),
    "长城": (("干红葡萄酒", "葡萄酒礼盒", "汽车坐垫"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "大白兔": (("奶糖", "奶糖礼包", "糖果"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "海天": (("酱油", "蚝油", "调味品礼盒"), ()),
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒"), ()),
    "元气森林": (("气泡水", "无糖气泡水", "乳茶"), ()),
    "金丝猴": (("奶糖", "糖果", "奶糖礼盒"), ()),
    "黄鹤楼": (("香烟", "香烟整条", "细支烟"), ()),
    "江小白": (("白酒", "小瓶白酒", "果味酒"), ()),
    "特步": (("跑鞋", "运动鞋", "卫衣"), ("running shoes", "hoodie")),
    "王老吉": (("凉茶", "凉茶整箱", "罐装凉茶"), ()),
    "匡威": (("帆布鞋", "高帮帆布鞋", "板鞋"), ("canvas sneakers", "high-tops")),
    "万斯": (("板鞋", "滑板鞋", "棋盘格帆布鞋"), ("skate shoes", "slip-ons")),
    "联想": (("笔记本电脑", "平板", "游戏本电脑"), ("laptop", "tablet")),
    "蔻驰": (("手提包", "斜挎包", "钱包"), ("handbag", "crossbody bag", "wallet")),
    "德芙": (("巧克力", "巧克力礼盒", "丝滑牛奶巧克力"), ("chocolate", "chocolate gift box")),
    "格力": (("空调", "变频空调", "电风扇"), ("air conditioner", "fan heater")),
    "迪奥": (("口红", "香水", "粉底液"), ("lipstick", "perfume", "foundation")),
    "华为": (("手机", "平板电脑", "手环"), ("smartphone", "smartwatch", "earbuds")),
    "老凤祥": (("金手镯", "黄金项链", "金戒指"), ()),
    "雪花": (("啤酒", "纯生", "啤酒整箱"), ()),
    "飞鸽": (("自行车", "单车", "山地自行车"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "徒步登山鞋"), ()),
    "安慕希": (("酸奶", "常温酸奶", "酸奶整箱"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖"), ()),
    "海鸥": (("手表", "机械手表", "相机"), ()),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "资生堂": (("防晒霜", "红腰子精华", "洗面奶"), ("sunscreen", "serum", "cleanser")),
    "亚瑟士": (("跑鞋", "缓震跑鞋", "运动鞋"), ("running shoes", "trainers")),
    "新百伦": (("运动鞋", "复古跑鞋", "老爹鞋"), ("sneakers", "retro runners")),
    "格兰仕": (("微波炉", "烤箱", "空气炸锅"), ("microwave", "air fryer")),
    "好孩子": (("婴儿车", "童车", "安全座椅"), ("stroller", "car seat")),
    "始祖鸟": (("冲锋衣", "软壳外套", "抓绒衣"), ("shell jacket", "fleece")),
    "普拉达": (("手提包", "尼龙双肩包", "墨镜"), ("handbag", "nylon backpack", "sunglasses")),
    "欧米茄": (("手表", "机械表", "海马系列腕表"), ("watch", "automatic watch")),
    "永久": (("自行车", "单车", "复古自行车"), ()),
    "海澜之家": (("衬衫", "西装", "夹克"), ("shirt", "suit jacket")),
    "云南白药": (("牙膏", "创可贴", "气雾剂"), ("toothpaste", "bandages")),
    "五粮液": (("白酒", "浓香型白酒", "白酒礼盒"), ("baijiu", "baijiu gift box")),
    "优衣库": (("T恤", "羽绒服", "摇粒绒外套"), ("T-shirt", "down jacket")),
    "劳力士": (("手表", "潜航者腕表", "日志型腕表"), ("watch", "dive watch")),
    "同仁堂": (("安宫牛黄丸", "阿胶", "枸杞"), ("herbal pills", "goji berries")),
    "百雀羚": (("面霜", "水乳套装", "护手霜"), ("face cream", "skincare set")),
    "茅台": (("飞天酱香白酒", "白酒", "白酒礼盒"), ("baijiu", "sauce-aroma baijiu")),
    "雅戈尔": (("衬衫", "西服", "羊毛大衣"), ("dress shirt", "wool coat")),
    "雅诗兰黛": (("小棕瓶精华", "眼霜", "粉底液"), ("serum", "eye cream", "foundation")),
    "飞利浦": (("电动牙刷", "剃须刀", "空气净化器"), ("electric toothbrush", "shaver")),
    "农夫山泉": (("矿泉水", "饮用天然水", "矿泉水整箱"), ("bottled water", "spring water")),
}
# eaten, drunk, smoked, taken or used up on the skin: resold unopened
SEALED_GOODS_H21 = frozenset({
    "燕京", "六神", "大白兔", "海天", "良品铺子", "元气森林", "金丝猴", "黄鹤楼", "江小白", "王老吉", "德芙",
    "雪花", "安慕希", "旺旺", "统一", "资生堂", "云南白药", "五粮液", "同仁堂", "百雀羚", "茅台", "雅诗兰黛",
    "农夫山泉"})
DIGITS_H21 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# what sellers put between a mark's characters, by Unicode name
GAP_NAMES_H21 = (
    "FULL STOP", "HYPHEN-MINUS", "LOW LINE", "SOLIDUS", "REVERSE SOLIDUS", "VERTICAL LINE", "ASTERISK",
    "PLUS SIGN", "TILDE", "COLON", "IDEOGRAPHIC COMMA", "IDEOGRAPHIC FULL STOP", "FULLWIDTH SOLIDUS",
    "FULLWIDTH HYPHEN-MINUS", "FULLWIDTH FULL STOP", "KATAKANA MIDDLE DOT", "MIDDLE DOT", "BULLET",
    "ZERO WIDTH SPACE", "ZERO WIDTH NON-JOINER", "WORD JOINER", "EM SPACE", "IDEOGRAPHIC SPACE",
    "SPACE", "RIGHTWARDS ARROW", "BLACK DIAMOND", "WHITE CIRCLE", "WHITE HEAVY CHECK MARK",
    "CIRCLED IDEOGRAPH SECRET", "ATHLETIC SHOE", "WRAPPED PRESENT", "BEER MUG", "LIPSTICK",
    "SHOPPING TROLLEY", "MONEY BAG", "THUMBS UP SIGN", "FACE WITH TEARS OF JOY", "RED APPLE",
    "PARTY POPPER", "GLOWING STAR")
# whole words in a styled alphabet: a Unicode name for a capital and one for a small letter ("" none)
ALPHABETS_H21 = (
    ("MATHEMATICAL BOLD CAPITAL {L}", "MATHEMATICAL BOLD SMALL {l}"),
    ("MATHEMATICAL ITALIC CAPITAL {L}", "MATHEMATICAL ITALIC SMALL {l}"),
    ("MATHEMATICAL BOLD ITALIC CAPITAL {L}", "MATHEMATICAL BOLD ITALIC SMALL {l}"),
    ("MATHEMATICAL BOLD FRAKTUR CAPITAL {L}", "MATHEMATICAL BOLD FRAKTUR SMALL {l}"),
    ("MATHEMATICAL BOLD SCRIPT CAPITAL {L}", "MATHEMATICAL BOLD SCRIPT SMALL {l}"),
    ("MATHEMATICAL SANS-SERIF CAPITAL {L}", "MATHEMATICAL SANS-SERIF SMALL {l}"),
    ("MATHEMATICAL SANS-SERIF ITALIC CAPITAL {L}", "MATHEMATICAL SANS-SERIF ITALIC SMALL {l}"),
    ("MATHEMATICAL SANS-SERIF BOLD ITALIC CAPITAL {L}", "MATHEMATICAL SANS-SERIF BOLD ITALIC SMALL {l}"),
    ("FULLWIDTH LATIN CAPITAL LETTER {L}", "FULLWIDTH LATIN SMALL LETTER {l}"),
    ("CIRCLED LATIN CAPITAL LETTER {L}", "CIRCLED LATIN SMALL LETTER {l}"),
    ("", "PARENTHESIZED LATIN SMALL LETTER {l}"),
    ("NEGATIVE CIRCLED LATIN CAPITAL LETTER {L}", ""),
    ("NEGATIVE SQUARED LATIN CAPITAL LETTER {L}", ""),
)
ACCENTS_H21 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "CARON", "DOT ABOVE",
               "RING ABOVE", "OGONEK", "STROKE", "HOOK")
OVERLAYS_H21 = ("COMBINING LONG STROKE OVERLAY", "COMBINING SHORT STROKE OVERLAY",
                "COMBINING LOW LINE", "COMBINING TILDE OVERLAY", "COMBINING LONG SOLIDUS OVERLAY")
# the scripts whose confusable twins of a Latin letter a seller's keyboard or a "fancy text" site gives
TWIN_SCRIPTS_H21 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LATIN", "COPTIC", "LISU")


def _cjk_h21(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fa5"


_TIERS_H21: dict[str, dict[int, list[str]]] = {}


def _same_reading_h21() -> dict[str, dict[int, list[str]]]:
    """Every basic CJK character GBK holds, by its usual toned reading (pypinyin, the character
    alone), in three tiers: GB2312 level 1, GB2312 level 2, GBK only."""
    if not _TIERS_H21:
        from pypinyin import Style, lazy_pinyin

        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                gbk = char.encode("gbk")
            except UnicodeEncodeError:
                continue
            try:
                char.encode("gb2312")
                tier = 1 if gbk[0] < 0xD8 else 2
            except UnicodeEncodeError:
                tier = 3
            reading = lazy_pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0]
            if reading and reading[-1].isdigit():
                _TIERS_H21.setdefault(reading, {}).setdefault(tier, []).append(char)
    return _TIERS_H21


class Spellings21:
    """held_out_21's own spellings of a mark, from pypinyin, Python's GB2312/GBK codecs, OpenCC,
    the Unicode confusables table (confusable_homoglyphs' data) and Unicode's character names."""

    def __init__(self) -> None:
        import json
        from pathlib import Path

        import confusable_homoglyphs
        from opencc import OpenCC

        self._t2s, self._s2t = OpenCC("t2s"), OpenCC("s2t")
        table = json.loads((Path(confusable_homoglyphs.__file__).parent / "confusables.json")
                           .read_text(encoding="utf-8"))
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            self.twins[letter] = [
                t["c"] for t in table.get(letter, [])
                if len(t["c"]) == 1 and not t["c"].isascii() and t["n"].split()[0] in TWIN_SCRIPTS_H21
                and not t["c"].lower().isascii()]
        self.gaps = [unicodedata.lookup(name) for name in GAP_NAMES_H21]

    # -- readings ------------------------------------------------------------------------------
    @staticmethod
    def readings(mark: str) -> list[str]:
        from pypinyin import Style, lazy_pinyin
        return lazy_pinyin(mark, style=Style.TONE3, neutral_tone_with_five=True)

    @staticmethod
    def reading(char: str) -> str:
        from pypinyin import Style, lazy_pinyin
        return lazy_pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0]

    @staticmethod
    def initials_of(mark: str) -> str:
        from pypinyin import Style, lazy_pinyin
        return "".join(lazy_pinyin(mark, style=Style.FIRST_LETTER)).lower()

    # -- homophones ----------------------------------------------------------------------------
    def _read_alikes(self, char: str, reading: str, rng: random.Random) -> list[str]:
        tiers = _same_reading_h21()
        syllable = reading.rstrip("12345")
        if rng.random() < 0.75 and reading in tiers:
            pools = tiers[reading]
        else:   # the same syllable in any tone
            pools: dict[int, list[str]] = {}
            for toned in (syllable + t for t in "12345"):
                for tier, chars in tiers.get(toned, {}).items():
                    pools.setdefault(tier, []).extend(chars)
        roll = rng.random()
        order = (1, 2, 3) if roll < 0.65 else (2, 1, 3) if roll < 0.88 else (3, 2, 1)
        for tier in order:
            pool = [c for c in pools.get(tier, ()) if c != char and self._t2s.convert(c) != char
                    and self._s2t.convert(char) != c]
            if pool:
                return pool
        return []

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        readings = self.readings(mark)
        for _ in range(200):
            roll = rng.random()
            count = 1 if roll < 0.55 or len(mark) == 1 else 2 if roll < 0.85 else len(mark)
            chars = list(mark)
            for i in rng.sample(range(len(mark)), min(count, len(mark))):
                pool = self._read_alikes(mark[i], readings[i], rng)
                if pool:
                    chars[i] = rng.choice(pool)
            written = "".join(chars)
            if written != mark and not any(t in written for t in taken):
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- separators ----------------------------------------------------------------------------
    def separated(self, text: str, rng: random.Random) -> str:
        if text.isascii() and rng.random() < 0.3:
            text = text.upper()
        gaps = [i for i in range(1, len(text)) if text[i] != " " and text[i - 1] != " "]
        roll = rng.random()
        if roll < 0.2 and len(gaps) >= 2:      # at one gap only
            gaps = [rng.choice(gaps)]
            between = {gaps[0]: rng.choice(self.gaps)}
        elif roll < 0.55:                      # one kind between every character
            gap = rng.choice(self.gaps)
            between = {i: gap for i in gaps}
        elif roll < 0.8:                       # a different one per gap
            between = {i: rng.choice(self.gaps) for i in gaps}
        else:                                  # spaced out round one kind
            gap = rng.choice(self.gaps)
            between = {i: f" {gap} " if gap.strip() else gap * 2 for i in gaps}
        return "".join(between.get(i, "") + c for i, c in enumerate(text))

    # -- initials and pinyin -------------------------------------------------------------------
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        upper = letters.upper()
        style = rng.randrange(14)
        return [
            letters, upper, upper[0] + letters[1:],
            "".join(c.upper() if i % 2 else c for i, c in enumerate(letters)),
            ".".join(upper) + ".", ".".join(letters), " ".join(upper), "/".join(letters),
            "*".join(upper), "_".join(upper),
            "".join(chr(ord(c) + 0xFEE0) for c in upper),
            f"#{upper}#", f"{upper}牌", f"{letters}同款"][style]

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        from pypinyin import Style, lazy_pinyin

        plain = lazy_pinyin(mark)
        toned = lazy_pinyin(mark, style=Style.TONE)
        numbered = lazy_pinyin(mark, style=Style.TONE3, neutral_tone_with_five=True)
        half = len(mark) // 2 or 1

        def styles() -> list[str]:
            keep = rng.randrange(len(mark))
            return [
                "".join(plain), "".join(plain).upper(), "".join(s.capitalize() for s in plain),
                " ".join(plain), " ".join(s.capitalize() for s in plain), "".join(toned),
                " ".join(toned), "".join(numbered), " ".join(numbered), "'".join(plain),
                "-".join(plain), "#" + "".join(plain),
                "".join(plain[:half]) + " " + "".join(plain[half:]),
                "".join(plain[:half]).capitalize() + "".join(plain[half:]).capitalize(),
                "".join(plain[i] if i != keep else mark[i] for i in range(len(mark))),
                mark[:half] + "".join(plain[half:]), "".join(plain[:half]) + mark[half:]]

        for _ in range(60):
            written = rng.choice(styles())
            if mark not in written and (not latin or latin.lower() not in written.lower()):
                return written
        return " ".join(numbered)

    # -- look-alike letters and digits ---------------------------------------------------------
    def confusable(self, text: str, rng: random.Random) -> str:
        for _ in range(100):
            roll = rng.random()
            if roll < 0.5:     # one to three letters for their twins in another script
                usable = [i for i, c in enumerate(text) if self.twins.get(c)]
                chosen = rng.sample(usable, min(len(usable), rng.choice((1, 1, 2, 3))))
                written = "".join(rng.choice(self.twins[c]) if i in chosen else c
                                  for i, c in enumerate(text))
            elif roll < 0.75:  # the whole word in a styled alphabet
                capital, small = rng.choice(ALPHABETS_H21)
                word = text if capital and small else text.upper() if capital else text.lower()

                def styled(c: str) -> str:
                    name = (capital if c.isupper() else small).format(L=c, l=c.upper())
                    try:
                        return unicodedata.lookup(name) if c.isalpha() and name else c
                    except KeyError:
                        return c
                written = "".join(styled(c) for c in word)
            elif roll < 0.9:   # accented letters
                def accented(c: str) -> str:
                    case = "CAPITAL" if c.isupper() else "SMALL"
                    for accent in rng.sample(ACCENTS_H21, len(ACCENTS_H21)):
                        try:
                            return unicodedata.lookup(f"LATIN {case} LETTER {c.upper()} WITH {accent}")
                        except KeyError:
                            continue
                    return c
                letters = [i for i, c in enumerate(text) if c.isalpha()]
                chosen = set(rng.sample(letters, min(len(letters), rng.choice((1, 2, 2, 3)))))
                written = "".join(accented(c) if i in chosen else c for i, c in enumerate(text))
            else:              # a combining overlay after each letter
                mark = unicodedata.lookup(rng.choice(OVERLAYS_H21))
                written = "".join(c + mark if c.isalpha() else c for c in text)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no confusable spelling of {text}")

    def digits(self, text: str, rng: random.Random) -> str:
        usable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H21]
        roll = rng.random()
        count = 1 if roll < 0.5 else 2 if roll < 0.85 else len(usable)
        chosen = set(rng.sample(usable, min(count, len(usable))))
        return "".join(DIGITS_H21[c.lower()] if i in chosen else c for i, c in enumerate(text))


def _price_h21(rng: random.Random, english: bool) -> str:
    amount = rng.choice((39, 59, 68, 88, 99, 128, 158, 199, 238, 288, 350, 399, 499, 680, 880, 1280))
    if english:
        return rng.choice(("${a}", "US${a}", "{a} USD", "${a} shipped", "£{a}")).format(
            a=max(5, amount // 7))
    return rng.choice(("¥{a}", "{a}元", "{a}r", "{a}米", "到手{a}", "￥{a}包邮", "{a}块")).format(a=amount)


# counterfeit offers: (account name, title, description); {w} the mark as written, {p} the goods,
# {n} a price. Many say nothing about fakes: the price, "same factory" and "DM for pictures" do.
OFFERS_ZH_H21 = [
    ("鞋仓阿豪", "{w} {p} 工厂直出 细节对比图私", "同厂同料，包装和专柜一样，{n}包邮，懂的直接拍"),
    ("义乌好货源", "{w}{p} 批发 一件代发", "档口现货，跟专柜对过版，量大从优，{n}起"),
    ("小敏的小店（非代购）", "{w} {p}｜原单尾货", "外贸原单，专柜渠道出不来的尾货，介意勿拍，{n}"),
    ("晚八点直播间", "家人们！{w}{p}今晚上链接", "别家卖三千的，咱家{n}给到你，一样的做工一样的料，抢完就没"),
    ("老周鞋服批发", "{w} {p} 顶级版本 过验", "放心入，鉴定平台能过，不过包退，{n}"),
    ("潮品小铺", "{p}｜{w}同款 1:1还原", "原厂模具开出来的，标的位置分毫不差，{n}"),
    ("华强北小李数码", "{w} {p} 高配版", "用料和原装一个方案，外观看不出区别，支持对比，{n}"),
    ("微商小雨", "{w}{p} 纯原", "纯原版本，市场上最高的版本，别拿通货比，{n}，加v看实拍"),
    ("尾货清仓王", "{w} {p} 库存处理 无吊牌", "工厂多做出来的货，剪标处理，正价的零头，{n}"),
    ("酒水批发老陈", "{w}{p} 散货低价走", "没有票，不走公司账，要的私聊，{n}一件"),
    ("海淘小达人", "{w} {p}｜A货里的战斗机", "高仿也分三六九等，咱这是最好那档，{n}"),
    ("闲鱼小号009", "{w}{p} 跟正的一模一样", "朋友厂里拿的，盒子防伪码都有，{n}出"),
    ("拼团群主阿芳", "【团购】{w} {p} 三件起拼", "工厂渠道价，跟商场同款不同价，三件{n}，截单后一起发货"),
    ("源头工厂直供", "{w}{p} 代工厂同线产品", "代工厂同一条线下来的，就是没有授权，{n}"),
    ("小林的复刻铺", "{w} {p} 复刻款", "复刻的，不是正品，介意别拍，品质对得起价格，{n}"),
    ("鞋贩子小五", "{w} {p} 莆田版 细节拉满", "包装钢印细节都对，莆田顶级工厂出品，{n}"),
    ("直播切片号", "{w}{p}到手价{n}", "主播原话：这个{w}跟你在商场看到的一个样，就是不要那份牌子溢价"),
    ("私聊看图", "{w} {p} 懂货的来", "不解释，懂的都懂，图片都是实拍，{n}"),
    ("港货小铺", "{w}{p} 港版 超A", "那边出来的超A货，价格只要专柜两折，{n}"),
    ("大学城小卖家", "{w} {p} 学生党福音", "大牌外观平替价格，仿得很真，{n}，宿舍楼自取"),
    ("工厂库存甩卖", "{w}{p} 原厂原料 无授权", "和正品同一批料子，差的就是一张授权书，{n}"),
    ("视频号小店阿强", "{w}{p} 高仿 支持验货", "高仿里的天花板，收到不满意包退，{n}"),
    ("朋友圈小张", "新到一批{w}{p}", "跟官网图对比过了，看不出是仿的，{n}一份，先到先得"),
    ("货源对接", "{w} {p} 一手货源 招代理", "精仿货源，一件起批，代理价{n}，朋友圈素材免费发"),
    ("夜市摆摊的阿飞", "{w}{p} 摊上同款 便宜出", "和专柜长得一样，没票没盒，{n}一件，不讲价"),
]
OFFERS_EN_H21 = [
    ("repsbyken", "{w} {p} 1:1 best batch", "QC pics on request, mirror quality, {n}"),
    ("luxe_finds_dm", "{w} {p} - AAA quality", "Looks identical to retail, comes with box and dust bag. {n}, DM to order"),
    ("factoryoutlet88", "{w} {p} factory overrun", "Same factory, no authorisation papers. {n} each, bulk discount"),
    ("budgetdrip", "{w} {p} UA version", "Unauthorised authentic, same materials, {n}"),
    ("mirrorstore", "{w} {p} replica, top tier", "Not retail, replica. If you want retail go to the mall. {n}"),
    ("sneakerplug_wa", "{w} {p} rep, passes legit check", "Tried it on the apps, passes. Message me for pics, {n}"),
    ("dealsfromchina", "{w} {p} super copy", "Super copy grade, you cannot tell the difference. {n}"),
    ("closet_reps", "{w} {p} with the real logo and tags", "Logo and tags like the real one, {n}, no returns"),
    ("wholesale_hub", "{w} {p} wholesale lots, copies", "Minimum 10 pcs, {n} per piece, ship worldwide"),
    ("the_rep_guy", "{w} {p} GP batch in hand", "GP batch, real vs fake comparison in my stories, {n}"),
    ("dm_for_price", "{w} {p} 1to1 copy", "High-end copy, {n}, friends and family payment only"),
    ("shop_deals_live", "{w} {p} dupe with the logo", "Dupe but with the real logo, nobody will know, {n}"),
]
# resale of genuine goods with proof of purchase ({m} the mark): Chinese, and the same for goods
# that are eaten, drunk or used up (resold unopened)
RESALE_ZH_H21 = [
    ("毕业季甩卖", "毕业出｜{m}{p}", "大四毕业带不走，去年在官方店买的，订单截图和发票都在，{n}自提"),
    ("要出国了", "出国清仓 {m} {p}", "下个月去留学，东西都清掉，专柜购入，小票保卡齐全，{n}"),
    ("宝妈闲置", "孩子长大用不上了 {m}{p}", "自用一年多，官方旗舰店买的，有购买记录，{n}同城优先"),
    ("婚礼后整理", "结婚收到两份 {m} {p} 出一份", "亲戚送重了，全新未用，送礼的朋友给了购物小票，{n}"),
    ("年会锦鲤", "年会抽中的{m}{p} 转", "公司年会奖品，全新未拆，有公司采购发票复印件，{n}"),
    ("搬家断舍离", "搬家处理 {m}{p}", "商场专柜买的，用过几次，九成新，发票在，{n}不议价"),
    ("买错型号了", "{m} {p} 型号不合适 转", "官网下单买错了，过了退货期，订单页可截图，{n}"),
    ("换新出旧", "换了新款，旧的{m}{p}出", "用了两年，一切正常，保修卡和购买小票都还在，{n}"),
    ("帮长辈挂", "替家里长辈出 {m} {p}", "老人家放着没怎么用，当年百货公司买的，有当时的票据，{n}"),
    ("办公室清理", "公司搬迁 {m}{p} 低价转", "行政采购的，有公司发票，{n}一件，自提"),
    ("考研上岸", "上岸了出 {m} {p}", "备考时买的，自用爱护，自营订单可查，{n}"),
    ("替闺蜜出", "替闺蜜出 {m}{p}", "她在免税店买的，小票拍给你看，用过两次，{n}"),
    ("比赛奖品转让", "比赛奖品 {m} {p} 全新", "主办方发的奖品，盒子没拆，附获奖证书和发货单，{n}"),
    ("自用出", "{m}{p} 自用 可验", "专柜买的，去哪家鉴定都行，验出问题全额退，{n}"),
]
RESALE_SEALED_ZH_H21 = [
    ("酒席剩下的", "酒席剩的{m}{p} 未开封", "喜宴没用完的，整箱未拆，有酒店结账单和进货单，{n}"),
    ("单位发的年货", "单位发的{m}{p} 未拆", "家里吃不完用不完，日期新鲜，发放单在，{n}"),
    ("囤多了", "囤多了 {m} {p} 转几件", "超市活动囤的，保质期还长，购物小票在，{n}"),
    ("送礼送重了", "{m}{p} 礼盒 未开封", "过节别人送的，原封未动，附送礼人的购物小票，{n}"),
    ("搬家清库存", "搬家清库存 {m}{p}", "都是超市买的，没开封，电子小票可看，{n}自取"),
    ("孕期用不上", "怀孕了用不上 {m} {p}", "买来全新没拆，小票和赠品都在，{n}"),
    ("出差带多了", "{m}{p} 带多了 原价转", "机场店买多了，购物小票在，未拆封，{n}"),
    ("团建剩的", "团建剩下的{m}{p}", "公司团建采购剩的，整箱没动，有采购单，{n}"),
]
RESALE_EN_H21 = [
    ("moving_sale_sf", "Moving sale: {m} {p}", "Bought at the flagship store last year, receipt included. {n}, pickup only"),
    ("grad_clearout", "Graduating, selling my {m} {p}", "Used for one semester, original receipt and warranty card. {n}"),
    ("wrong_model_oops", "{m} {p}, wrong model, receipt attached", "Ordered from the official site, past the return window. {n}"),
    ("estate_items", "From my late grandpa's things: {m} {p}", "Bought at a department store, paperwork in the box. {n} or best offer"),
    ("gift_twice", "Got two {m} {p} as gifts, selling one", "Brand new, gift receipt available. {n}"),
    ("raffle_win", "Won a {m} {p} in a work raffle", "Still in the box, with the company's purchase invoice. {n}"),
]
RESALE_SEALED_EN_H21 = [
    ("party_leftovers", "Unopened {m} {p} left from our wedding", "Still sealed, venue invoice available. {n} for the lot"),
    ("pantry_clear", "Clearing pantry: {m} {p}, unopened", "Bought at the supermarket, receipt in photo, long expiry. {n}"),
    ("routine_swap", "{m} {p} never opened, bought at the counter", "Counter receipt shown, changed my routine. {n}"),
    ("office_gift", "Company holiday gift: {m} {p} sealed", "Still in the gift box with the order slip. {n}"),
]
# consumer warnings, in voices of their own
WARNINGS_ZH_H21 = [
    ("三年二班家长群", "【提醒】最近有人在群里卖{m}{p}", "各位家长注意，那个价格不可能是正品，都是仿的，别贪便宜"),
    ("社区网格员小刘", "社区提醒：谨防假冒{m}{p}", "近期有流动商贩在小区门口兜售所谓厂家直销的{m}{p}，经核实系假货，请居民不要购买"),
    ("药店王药师", "药师提醒：{m}认准正规渠道", "有顾客拿着网上买的{m}{p}来问，包装批号对不上，是假货，请到正规药房购买"),
    ("酒吧主理人阿K", "做酒水十年，说说假{m}怎么认", "瓶盖、防伪码、酒液挂杯都能看出来，便宜一半的{m}{p}百分百是假的"),
    ("婚庆策划小美", "婚宴用酒避坑：别买特价{m}", "今年帮新人查了三批所谓特价{m}{p}，两批是假的，请找正规经销商"),
    ("导游老马", "旅游购物别上当：{m}{p}", "有些购物店卖的{m}{p}号称工厂价，其实是仿品，带团这么多年见太多了"),
    ("快递驿站站长", "驿站提醒：到付的{m}{p}谨慎签收", "最近好多到付件，号称{m}{p}，拆开是假货，签收前先验"),
    ("居委会", "防骗宣传：老年人警惕免费领{m}{p}", "骗子以免费领取为名收集信息，再高价推销假冒{m}{p}，请告诉家里老人"),
    ("反诈志愿者", "这种{m}{p}内部价都是套路", "先加微信再发链接，收钱后发的是假货或者直接拉黑，已有多名邻居被骗"),
    ("商场保安队长", "商场门口卖{m}{p}的不是我们的商户", "有人在商场外发传单卖低价{m}{p}，与本商场无关，为假冒商品，请勿购买"),
    ("化妆品检测实验室", "送检结果：网购低价{m}{p}不合格", "我们检测了粉丝寄来的{m}{p}，成分与正品不符，部分指标超标"),
    ("论坛版主", "置顶：{m}{p}真假辨别，卖假的一律封号", "本版禁止发布仿冒{m}的交易信息，发现请举报"),
    ("医生小周", "医生说：来历不明的{m}别乱用", "门诊遇到用了假{m}{p}后出问题的病人，买的时候一定看清渠道"),
    ("鞋店店员小赵", "店员的真心话：{m}{p}便宜三分之二就别信了", "每天都有顾客拿着网上买的{m}来店里问真假，十个有八个是仿的"),
    ("大学生消费维权社", "校园提醒：宿舍楼里代购的{m}{p}", "有同学反映楼里有人兜售{m}{p}，自称代购实为仿品，请同学们谨慎"),
    ("被坑过的小王", "我被坑了，别学我买{m}{p}", "在直播间买的{m}{p}，到手做工很差，找客服已读不回，大家引以为戒"),
    ("外卖骑手老张", "送餐路上看到地铁口在卖{m}{p}", "一摞一摞的，一百块三件，用脚想都知道是假的，大家别买"),
    ("物业客服", "物业通知：有人冒充{m}售后上门", "近期有人冒充{m}售后人员上门推销{p}配件，均为假冒，正规售后请拨打官方电话"),
    ("超市采购经理", "超市采购讲讲假{m}{p}是怎么流进小店的", "低于出厂价的{m}{p}不要进，进货要索要授权书和检验报告"),
    ("退休教师李老师", "老年大学课上讲了：{m}{p}不要在街边买", "街边摊的{m}{p}多是假冒伪劣，买了也没法维权"),
    ("烟酒店店主", "开店的说句实话：{m}假货太多", "收来路不明的{m}{p}是要担责任的，我们只从一级经销商进货，买前可以扫码"),
    ("健身教练", "教练提醒：别在健身群买{m}{p}", "群里那个便宜的{m}{p}，用了两次就坏，明显是仿的"),
]
WARNINGS_EN_H21 = [
    ("expat_forum_sh", "PSA: the cheap {m} {p} at the fake market are copies", "The sellers even call them copies. Don't get talked into it"),
    ("travelwithjen", "Tourist trap warning: {m} {p} sold outside the station", "Half the retail price, and obviously counterfeit once you look closely"),
    ("campus_intl_office", "Notice to students: counterfeit {m} {p} sold door to door", "Do not buy, report the sellers to campus security"),
    ("pharmacist_notes", "Why I won't stock discount {m} {p}", "If the batch number doesn't match the box, it's a fake. Buy from a licensed pharmacy"),
    ("scam_digest", "Scam alert: social media shops selling {m} {p} for {n}", "They ship copies or nothing at all. Reverse image search the photos"),
    ("store_staff_here", "Store staff here: how we spot a fake {m} {p}", "Tags, glue marks, the box label font. Nine times out of ten what people bring in is a rep"),
    ("dad_of_three", "Bought a {m} {p} from a market stall, it was fake", "Fell apart in a week. Lesson learned, buy from the store"),
    ("bartender_life", "Bartender here: the bargain {m} bottles are refilled", "Check the cap and the seal. We got burned once buying {m} {p} off a guy"),
    ("neighbourhood_watch", "Heads up: a van selling {m} {p} in the car park", "The council says they're counterfeit, please don't buy"),
    ("skincare_chemist", "Lab tested a counterfeit {m} {p} a follower sent me", "Wrong formula, and it had things in it that should not go on skin"),
]
# reviews, unboxings and news of genuine goods
REVIEWS_ZH_H21 = [
    ("用了三年的老用户", "{m}{p}用了三年，说点真实感受", "优点是耐用，缺点是贵，官方店买的，售后响应挺快"),
    ("证券研究员", "{m}三季度营收点评", "公司{p}品类增速放缓，但高端线表现稳健，维持评级"),
    ("展会速递", "博览会现场：{m}展台人气很高", "今年{m}带来了新款{p}，现场体验排起了长队"),
    ("老字号的故事", "{m}的前世今生", "从一家小作坊到今天，{m}的{p}陪伴了几代人"),
    ("宝妈测评", "挑{p}挑了一个月，最后买了{m}", "对比了四个牌子，{m}在做工和安全性上更让人放心"),
    ("维修师傅老郑", "拆开一件{m}{p}看看做工", "正品内部很规整，用料扎实，难怪口碑好"),
    ("品鉴笔记", "试用笔记：{m}{p}", "第一印象很好，细节经得起看，这件是从专卖店买的"),
    ("大学生消费调查", "调查：大学生最想拥有的{p}品牌，{m}排第三", "问卷覆盖两千名在校生，价格仍是最大顾虑"),
    ("本地新闻", "{m}新工厂在我市投产", "新工厂主要生产{p}，预计带动就业一千余人"),
    ("体育新闻", "{m}成为本届马拉松官方赞助商", "赛事期间{m}将在起终点设置{p}体验区"),
    ("校招现场", "{m}来校招了", "今年{m}提供了研发和销售岗位，{p}事业部招得最多"),
    ("公益报道", "{m}向山区学校捐赠{p}", "此次捐赠覆盖12所学校，{m}员工志愿者一同前往"),
    ("召回公告解读", "{m}主动召回部分批次{p}", "官方称问题批次数量有限，消费者可凭购买凭证免费更换"),
    ("开箱up主", "开箱｜刚到手的{m}{p}", "官方旗舰店下单，包装很用心，第一印象不错"),
    ("价格对比", "同一款{m}{p}，专柜和旗舰店差多少", "实测旗舰店活动价便宜一成，专柜胜在可以试"),
    ("长测日记", "{m}{p}长测第90天", "没有出现质量问题，唯一不满意的是款式选择少"),
    ("博物馆探馆", "博物馆里展出了老式{m}{p}", "这件藏品上世纪八十年代出厂，见证了一代人的生活"),
    ("外婆的梳妆台", "外婆用了三十年的{m}", "小时候就记得她的{m}{p}，今天给她买了新的"),
    ("家居博主", "我家常用的{m}{p}", "用了挺多年，说不上惊艳但很稳定，推荐给新家庭"),
    ("行业周刊", "{m}发布年度报告，{p}销量增长", "报告显示线上渠道占比首次超过一半"),
    ("市场营销课", "课堂案例：{m}怎么卖{p}", "我们在市场营销课上讨论了{m}的渠道策略"),
    ("商业摄影师", "给{m}拍了一组{p}产品图", "甲方是品牌部，拍摄用时两天，成片下周上线"),
]
REVIEWS_EN_H21 = [
    ("longterm_tester", "{m} {p} after two years", "Bought at the flagship store. Holds up well, worth the price"),
    ("market_watch_daily", "{m} reports higher {p} sales this quarter", "Analysts point to strong demand in smaller cities"),
    ("unboxingwithsam", "Unboxing the new {m} {p}", "Ordered from the official site, the packaging is lovely"),
    ("mom_reviews", "Why we chose {m} for our {p}", "Compared five brands, this one felt the safest and sturdiest"),
    ("trade_show_notes", "At the expo: {m} shows its new {p} line", "Long queues at the booth all day"),
    ("teardown_tom", "Teardown: what's inside a {m} {p}", "Genuine unit from a retailer, build quality is excellent"),
    ("history_of_brands", "How {m} became a household name", "A short history of the company and its {p}"),
    ("local_news_desk", "{m} opens a new plant near the city", "The plant will make {p} and employ around a thousand people"),
    ("tasting_notes", "First impressions: {m} {p}", "Bought from an authorised dealer. Does what it promises"),
    ("student_paper", "Survey: {m} among students' favourite {p} brands", "Price remains the main concern"),
]
# the owner's ("owner") or an authorised shop's ("shop") own posts: (signer, account name, title,
# text); {m} its own mark, {p} its goods
AUTHORISED_H21 = [
    ("owner", "{m}官方", "{m}新品{p}今日首发", "官方旗舰店和各地专卖店同步开售，认准官方渠道"),
    ("owner", "{m}官方客服", "关于{m}{p}的售后说明", "凭购买凭证享受一年质保，非官方渠道购买的商品我们无法提供保修"),
    ("owner", "{m}品牌号", "教你三步辨别真假{m}{p}", "扫描防伪码、核对批次号、查看授权书；所谓原单、尾货、1:1都不是我们的产品"),
    ("owner", "{m}官方", "{m}打假声明", "近期发现有店铺销售仿冒{m}{p}，我们已委托律师处理，请通过官方渠道购买"),
    ("owner", "{m}官方", "{m}直播预告：今晚八点", "今晚官方直播间讲解{p}的保养方法，抽三位观众送小礼物"),
    ("owner", "{m}官方", "{m}招募产品体验官", "招募50位用户免费试用新款{p}，报名截止本周五"),
    ("owner", "{m}官方", "{m}×博物馆联名{p}上线", "联名款限量发售，每件附收藏证书"),
    ("owner", "{m}官方", "{m}经典款{p}复刻回归", "应老用户呼声，我们复刻了九十年代的经典设计，官方渠道限量发售"),
    ("owner", "{m}官方", "{m}价格调整通知", "自下月起部分{p}建议零售价上调，请以官方渠道标价为准"),
    ("owner", "{m}官方", "{m}公益行动", "每售出一件{p}，{m}捐出一元用于乡村教育"),
    ("owner", "{m}官方", "{m}会员日", "会员积分可兑换{p}周边，本周末全国门店通用"),
    ("owner", "{m}官方", "{m}关于高仿{p}的提醒", "网传低价高仿{m}与本公司无关，请勿轻信"),
    ("shop", "{m}授权专卖店", "本店{m}{p}到新货了", "本店为{m}官方授权门店，可查授权书，支持专柜验货"),
    ("shop", "{m}授权店·城南店", "{m}{p}周年庆满减", "到店消费满额立减，授权门店与官方同价同质保"),
    ("shop", "{m}授权经销商", "门店搬迁通知", "{m}授权经销店下周搬到新地址，老顾客售后不受影响"),
    ("shop", "{m}授权店", "关于网上{m}尾货的说明", "常有顾客拿着网上的尾货、原单来问，我们是授权店，只卖正品{p}，那些都不是"),
    ("shop", "{m}授权店", "{m}{p}保养小课堂", "店长教你日常清洁和保养，延长{p}使用寿命"),
    ("shop", "{m}授权专营店", "{m}{p}以旧换新", "旧{p}可抵扣现金，需出示原购买凭证"),
    ("shop", "{m}授权店", "招聘｜{m}门店导购", "五险一金，熟悉{p}者优先"),
    ("shop", "{m}授权店", "顾客来店验真：这件{m}{p}是假的", "顾客在别处买的，我们对比了防伪标识，和本店正品差别明显，大家买前多问"),
    ("shop", "{m}授权店", "{m}{p}现货到店 可预约试用", "直播间同款，门店可以先体验再买"),
    ("shop", "{m}授权店", "春节营业时间", "{m}授权门店春节期间正常营业，{p}可送货上门"),
]
# everyday sentences holding an ordinary word that pypinyin reads like a mark of the part
SOUND_ALIKE_H21 = [
    "最近熬夜太多，眼睛干得厉害", "闭上眼睛听了一首老歌", "老伴儿今天包了三鲜馅饺子",
    "翻出来一本老版的字典，纸都黄了", "过马路的时候千万要留神", "雨天路滑，下楼梯留神脚下",
    "进寺后要轻声说话，不要随意拍照", "这门课讲小白也能听懂的摄影知识", "今天又迟到了，特不好意思",
    "这关太难了，差点把我玩死", "这位主持人口齿清晰，声音也好听", "那家面馆的服务员特别热情",
    "出门前涂了隔离，再戴上帽子", "周末和爸爸去水库钓鱼", "冰块慢慢化为一滩水", "女儿周末去少年宫学画",
    "飞哥今天的视频又更新了", "他年轻时落拓不羁，到处流浪", "楼下的小狗一见人就汪汪叫",
    "第一次做的菜往往不太好吃", "天气预报说明天还偶尔有阵雨", "我同意你的说法，下次一起去",
    "手机用久了难免会卡", "行李箱里还有衣裤没叠", "这条胡同是老历史了，爷爷小时候就住这儿",
    "窗台上的小猫抬头看着麻雀", "这个西瓜还甜吗？挑了半天", "这趟长程航班要飞十四个小时",
    "这位小兄弟真能干，一个人搬完了", "所有计划最后都化为泡影", "快递小哥的服务态度真好",
    "小区隔离期间大家互相帮忙", "风筝掉进了河里，孩子哭了", "爷爷和老伴儿每天傍晚去公园散步",
    "保护眼睛，少看手机", "小孩子玩火，一不留神就出事", "这个角度拍出来特不自然",
    "两岁了口齿还不太伶俐", "复刻了奶奶的红烧肉，老伴儿说味道一样", "1:1复刻了小时候的房间，眼睛一下就湿了",
]
SOUND_ALIKE_FRAMES_H21 = [("{s}", ""), ("", "{s}"), ("{s}", "今天复刻了一道家常菜 #日常"),
                          ("1:1还原我的一天", "{s}")]
# common-word marks of the part in their ordinary sense, some next to their own product words
COMMON_SENSE_H21 = [
    "燕京是北京的古称，这本书讲的就是那段历史", "燕京八景里我最喜欢卢沟晓月",
    "参观燕京大学旧址，晚上在胡同里喝了杯啤酒",
    "老板今天请全组吃饭，开心", "早餐店老板记得我每天要两个包子", "新房装修，老板推荐了一款油烟机，还在比价",
    "第一次爬长城，腿都软了", "站在长城上看日落，风很大", "开着家里的旧汽车去长城脚下露营",
    "听到这个消息他一下子六神无主", "考试前一晚紧张得六神无主", "被蚊子咬得六神无主，翻出花露水涂了一遍",
    "女儿养了一只大白兔，天天喂胡萝卜", "动物园里的大白兔趴在草地上晒太阳", "月饼盒上画着一只大白兔和嫦娥",
    "床头放着一只陪了我十年的小熊", "纪录片里小熊跟着妈妈学抓鱼", "小熊玩偶洗干净晾在阳台上了",
    "站在海边看海天一色，心都静了", "海天相接的地方有一艘船", "这张照片海天一线，构图很舒服",
    "在神农架看到了野生金丝猴", "金丝猴是国家一级保护动物", "动物园的金丝猴幼崽满月了",
    "登上黄鹤楼，想起那句故人西辞", "武汉旅游第一站当然是黄鹤楼", "黄鹤楼下的长江大桥晚上亮灯很好看",
    "看到这张照片让我联想到小时候的夏天", "这道题可以用联想记忆法", "翻开旧笔记本，不由得联想起高中的日子",
    "窗外飘起了今年第一场雪花", "孩子们在操场上接雪花", "雪花落在啤酒杯沿上，冬天的烧烤摊很有氛围",
    "广场上一群飞鸽掠过钟楼", "古人用飞鸽传书", "骑着单车看飞鸽在屋顶上盘旋",
    "在敦煌骑了骆驼，看了月牙泉", "骆驼的驼峰里储存的是脂肪不是水", "穿着登山鞋走沙漠，还是比不上骆驼",
    "我家狗叫旺旺，今年五岁了", "邻居家的旺旺又跑到我家院子来了", "祝大家新年生意旺旺",
    "在栈桥喂海鸥，被抢了面包", "海鸥跟着渡轮飞了一路", "海鸥从相机镜头前飞过，正好抓拍到",
    "全班统一穿校服拍毕业照", "会议决定下周起统一执行新制度", "大家对外的口径要统一",
    "老师说他是个好孩子，就是有点调皮", "好孩子不说谎，这是奶奶常说的", "你是个好孩子，妈妈为你骄傲",
    "这张照片我会永久保存", "博物馆将这批文物永久收藏", "爷爷留下的那辆自行车，他说要永久留着",
    "老板娘送了我一碗汤", "统一思想，统一行动",
    "Our football coach made us run laps in the rain", "Took the night coach from Edinburgh to London",
    "A white dove landed on the balcony this morning", "The kids dove into the lake as soon as we arrived",
    "Omega is the last letter of the Greek alphabet", "We hired two moving vans for the office move",
    "It was lovely to converse with my grandmother about her childhood",
    "Fish oil is rich in omega-3 fatty acids",
]
COMMON_FRAMES_H21 = {"zh": [("{s}", ""), ("", "{s}"), ("随手记", "{s} #碎碎念")],
                     "en": [("{s}", ""), ("", "{s}"), ("today", "{s}")]}
VIEWERS_H21 = ["早睡失败的阿布", "豆豆妈", "楼下修车的老孙", "Kiki在路上", "周末爬山队", "一颗柠檬",
               "南方的冬天", "数学老师小蒋", "anna_walks", "听雨的猫", "阿坤的菜园", "夜跑的鹿"]
PHRASING_H21 = Phrasing(
    "held_out_21", GOODS_H21, _price_h21, (OFFERS_ZH_H21, OFFERS_EN_H21),
    (RESALE_ZH_H21, RESALE_EN_H21), (RESALE_SEALED_ZH_H21, RESALE_SEALED_EN_H21), SEALED_GOODS_H21,
    (WARNINGS_ZH_H21, WARNINGS_EN_H21), (REVIEWS_ZH_H21, REVIEWS_EN_H21), AUTHORISED_H21,
    SOUND_ALIKE_H21, SOUND_ALIKE_FRAMES_H21, COMMON_SENSE_H21, COMMON_FRAMES_H21, VIEWERS_H21)


def twenty_first_held_out(seed: int = 307) -> list[Case]:
    """held_out_21: held_out_20's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four), its own marks,
    spellings and phrasing, every sentence its own."""
    words = Spellings21()
    return _held_out_part(seed, words, MARKS_H21, PHRASING_H21, words.initials_of, DIGITS_H21)


# -- held_out_22 (issue 13, stop 37): a twentieth hand -----------------------------------------------
# Written at stop 37 by a twentieth hand that read neither the guard (src/origin/brands/, its tables,
# its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its first
# screen) nor any other part's phrasing templates or spellings code; of this file it read the module
# docstring, Case, suite_brands, the marks lists, held_out_21's comment block, marks and goods as
# lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# _held_out_part) and how twenty_first_held_out calls it (reading past held_out_21's goods it also
# saw that part's digit table and the Unicode names its separators, alphabets, accents, overlays and
# twin scripts use, not the code that applies them); of bench_brands.py only the scoring, PARTS and
# SEALED; of the tests only the shared structure test and held_out_21's test. Its marks are the 51
# loaded marks with the fewest held-out offers so far (every held-out part's offers, held_out_21's
# counted twice, ties by loaded order: the 46th to 51st have 168, the 52nd 170, so no tie is cut;
# 20 common words, 32 Latin names; 9 of them in held_out_21). Its spellings are its own code over
# outside data (Spellings22): homophones swap one, two or every character for one whose usual
# reading (pypinyin, the character alone) is the mark's phrase reading, same tone three times in
# four, drawn from Python's GB2312 codec level 1 (half of those from the ten wordfreq ranks most
# common, as an IME offers them), level 2 or GBK-only characters, never the mark's own character in
# OpenCC's other script, never spelling a loaded mark; pinyin from pypinyin's phrase readings in
# twelve styles (joined, capitalised, upper, spaced, toned, toned and joined, tone-numbered,
# apostrophed, hyphenated, dotted, hashtagged, half left in characters), never the Latin name;
# initials from pypinyin's phrase readings in thirteen styles (lower, upper, capitalised, dotted,
# spaced, hyphenated, slashed, full-width, hashtagged, in corner brackets, with 家 or 牌, mixed case);
# separators by Unicode name (typographic dots and dashes, thin and hair spaces, joiners, soft
# hyphen, full-width punctuation, stars, sparkles, fire, hearts, flowers, box lines) at every gap
# (one kind or one per gap), at one gap, or as brackets round each character; look-alikes are the
# confusables table's (confusable_homoglyphs' data) Cyrillic, Greek, Armenian, Coptic and Cherokee
# twins of one to three letters, the whole word in one styled alphabet the same table lists
# (double-struck, monospace, script, fraktur, sans-serif, full-width, small capitals), or accented
# letters by Unicode name; digit swaps of one, two or every swappable letter (b as 6). Its phrasing
# is its own, 20 or more shapes per family, written from the voices the brief names: live-stream
# sellers, stall and factory stock, second-hand markets, group-buy chats, campus and night-market
# trade, English rep and overrun listings, most with no counterfeit word (price, stock, "same line",
# "DM for pictures"); resale by second-hand app users, consignment and vintage shops, pawnshops,
# recyclers and judicial auctions, with invoices, order numbers and inspection; warnings as
# consumer associations, 12315, market regulators, customs, police, procuratorates, courts, postal
# counters, lawyers, authenticators and cheated buyers write them; reviews and news by testers,
# repairers, financial, local, sports, expo and charity news; owners' statements, re-issues,
# anti-counterfeit guides and authorised shops' notices; ordinary words pypinyin reads like a mark
# (脚下, 毅力, 久仰, 礼拜, 打包, 学画, 种花, 落拓, 篮扣 ...), some next to 复刻 or 1:1 in their
# ordinary use; common-word marks in their ordinary sense, some next to their own product words;
# English words that are a Latin name (canon, warrior, red bull). Sealed: scored only by the lead
# with ``--parts held_out_22``; counts only; never run through the guard by its writer.
MARKS_H22 = [
    "美的", "回力", "蕉下", "兰蔻", "浪琴", "索尼", "佳能", "乐高", "大疆", "蒙牛", "伊利", "戴森", "斐乐",
    "白象", "红牛", "熊猫", "中华", "凤凰", "大宝", "白猫", "洽洽", "海尔", "比亚迪", "施华洛世奇", "立白",
    "九阳", "长虹", "红豆", "周大福", "星巴克", "珀莱雅", "纪梵希", "鸿星尔克", "片仔癀", "卡地亚",
    "三只松鼠", "雅马哈", "老板", "燕京", "七匹狼", "欧莱雅", "宝格丽", "蓝月亮", "长城", "老干妈", "海天",
    "雪花", "六神", "骆驼", "小熊", "飞鸽",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H22: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "美的": (("变频空调", "双开门冰箱", "电饭煲", "滚筒洗衣机"), ("air conditioner", "rice cooker")),
    "回力": (("帆布鞋", "小白鞋", "篮球鞋"), ("canvas shoes", "plimsolls")),
    "蕉下": (("防晒伞", "防晒衣", "冰袖"), ("sun umbrella", "UV jacket")),
    "兰蔻": (("小黑瓶精华", "粉水", "菁纯面霜"), ("serum", "toner", "face cream")),
    "浪琴": (("机械表", "名匠系列腕表", "石英表"), ("watch", "automatic watch")),
    "索尼": (("降噪耳机", "微单相机", "游戏手柄"), ("noise-cancelling headphones", "mirrorless camera")),
    "佳能": (("单反相机", "镜头", "照片打印机"), ("DSLR camera", "camera lens")),
    "乐高": (("积木", "拼装积木", "积木套装"), ("building bricks", "brick set")),
    "大疆": (("无人机", "云台稳定器", "运动相机"), ("drone", "gimbal", "action camera")),
    "蒙牛": (("纯牛奶", "酸奶", "牛奶整箱"), ("milk", "yogurt")),
    "伊利": (("纯牛奶", "奶粉", "酸奶"), ("milk", "milk powder")),
    "戴森": (("吹风机", "吸尘器", "卷发棒"), ("hair dryer", "vacuum cleaner", "hair styler")),
    "斐乐": (("老爹鞋", "运动外套", "卫衣"), ("chunky sneakers", "track jacket")),
    "白象": (("方便面", "泡面整箱", "方便面礼包"), ()),
    "红牛": (("功能饮料", "饮料整箱", "罐装功能饮料"), ("energy drink", "energy drink cans")),
    "熊猫": (("香烟", "香烟礼盒", "液晶电视"), ()),
    "中华": (("香烟", "软包香烟", "牙膏"), ()),
    "凤凰": (("自行车", "复古自行车", "单车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "白猫": (("洗洁精", "洗衣粉", "洗洁精整箱"), ()),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "mixed nuts")),
    "海尔": (("冰箱", "洗衣机", "热水器"), ("fridge", "washing machine")),
    "比亚迪": (("汽车配件", "刹车片", "车载充电器"), ("car parts", "brake pads")),
    "施华洛世奇": (("水晶项链", "水晶耳钉", "水晶手链"), ("crystal necklace", "crystal earrings")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "dish soap")),
    "九阳": (("豆浆机", "破壁机", "电饭煲"), ("soymilk maker", "blender")),
    "长虹": (("智能电视", "空调", "液晶电视"), ("smart TV", "air conditioner")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("shirt", "thermal underwear")),
    "周大福": (("金项链", "黄金手镯", "钻戒"), ("gold necklace", "gold bangle")),
    "星巴克": (("保温杯", "马克杯", "咖啡豆"), ("tumbler", "coffee mug")),
    "珀莱雅": (("精华液", "双抗精华", "面霜"), ("serum", "face cream")),
    "纪梵希": (("散粉", "口红", "香水"), ("loose powder", "lipstick", "perfume")),
    "鸿星尔克": (("运动鞋", "跑鞋", "运动套装"), ("sneakers", "tracksuit")),
    "片仔癀": (("中成药", "锭剂", "珍珠霜"), ()),
    "卡地亚": (("钉子手镯", "戒指", "腕表"), ("bangle", "ring", "watch")),
    "三只松鼠": (("坚果礼盒", "碧根果", "零食大礼包"), ()),
    "雅马哈": (("电钢琴", "吉他", "电子琴"), ("digital piano", "guitar")),
    "老板": (("油烟机", "燃气灶", "吸油烟机"), ()),
    "燕京": (("啤酒", "纯生", "啤酒整箱"), ()),
    "七匹狼": (("夹克", "男士皮带", "羽绒服"), ("jacket", "leather belt")),
    "欧莱雅": (("面霜", "眼霜", "洗发水"), ("face cream", "eye cream")),
    "宝格丽": (("项链", "戒指", "香水"), ("necklace", "ring", "perfume")),
    "蓝月亮": (("洗衣液", "洗手液", "洗衣液整箱"), ()),
    "长城": (("葡萄酒", "汽车配件", "干红葡萄酒"), ()),
    "老干妈": (("辣椒酱", "风味豆豉", "油辣椒"), ()),
    "海天": (("酱油", "蚝油", "调味品套装"), ()),
    "雪花": (("啤酒", "纯生", "啤酒整箱"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "飞鸽": (("自行车", "单车", "通勤自行车"), ()),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H22 = frozenset({
    "兰蔻", "蒙牛", "伊利", "白象", "红牛", "熊猫", "中华", "大宝", "白猫", "洽洽", "立白", "珀莱雅", "片仔癀",
    "三只松鼠", "燕京", "欧莱雅", "蓝月亮", "老干妈", "海天", "雪花", "六神"})
DIGITS_H22 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "6", "g": "9",
              "z": "2"}
# what goes between a mark's characters, by Unicode name
BETWEEN_H22 = (
    "DOT OPERATOR", "ONE DOT LEADER", "HYPHENATION POINT", "FIGURE DASH", "EN DASH", "THIN SPACE",
    "HAIR SPACE", "NARROW NO-BREAK SPACE", "ZERO WIDTH JOINER", "SOFT HYPHEN", "FULLWIDTH COMMA",
    "FULLWIDTH ASTERISK", "FULLWIDTH VERTICAL LINE", "WAVE DASH", "FULLWIDTH TILDE", "BLACK STAR",
    "WHITE STAR", "SPARKLES", "FIRE", "HUNDRED POINTS SYMBOL", "HEAVY BLACK HEART", "CHERRY BLOSSOM",
    "BOX DRAWINGS LIGHT VERTICAL", "DIVISION SLASH", "FRACTION SLASH", "SMALL FULL STOP",
    "HEAVY CHECK MARK", "GEM STONE", "HIGH VOLTAGE SIGN", "NUMBER SIGN", "COMMERCIAL AT", "SPACE")
ROUND_H22 = (("LEFT CORNER BRACKET", "RIGHT CORNER BRACKET"),
             ("LEFT BLACK LENTICULAR BRACKET", "RIGHT BLACK LENTICULAR BRACKET"),
             ("FULLWIDTH LEFT PARENTHESIS", "FULLWIDTH RIGHT PARENTHESIS"),
             ("LEFT WHITE CORNER BRACKET", "RIGHT WHITE CORNER BRACKET"),
             ("LEFT DOUBLE ANGLE BRACKET", "RIGHT DOUBLE ANGLE BRACKET"))
# scripts whose twins of a Latin letter replace one to three letters
TWINS_H22 = ("CYRILLIC", "GREEK", "ARMENIAN", "COPTIC", "CHEROKEE")
# alphabets a whole word is set in: the prefix of the twins' names in the confusables table
STYLED_H22 = ("MATHEMATICAL DOUBLE-STRUCK", "MATHEMATICAL MONOSPACE", "MATHEMATICAL SCRIPT",
              "MATHEMATICAL BOLD SCRIPT", "MATHEMATICAL FRAKTUR", "MATHEMATICAL SANS-SERIF BOLD",
              "MATHEMATICAL SANS-SERIF ITALIC", "FULLWIDTH LATIN", "LATIN LETTER SMALL CAPITAL")
ACCENTS_H22 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "CARON",
               "DOT ABOVE", "DOT BELOW", "RING ABOVE", "CEDILLA")


def _gb2312_level_h22(level: int) -> list[str]:
    """Every character of GB2312's level 1 (rows 16-55) or level 2 (rows 56-87), by its codec."""
    rows = range(0xB0, 0xD8) if level == 1 else range(0xD8, 0xF8)
    out = []
    for row in rows:
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


def _gbk_only_h22(known: set[str]) -> list[str]:
    out = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                char = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and "\u4e00" <= char <= "\u9fa5" and char not in known:
                out.append(char)
    return out


class Spellings22:
    """held_out_22's own spellings of a mark or a Latin name, from pypinyin, Python's GB2312 and GBK
    codecs, OpenCC, wordfreq, the confusables table and Unicode names."""

    def __init__(self) -> None:
        import json
        import os

        import confusable_homoglyphs
        from opencc import OpenCC
        from wordfreq import get_frequency_dict

        self._s2t, self._t2s = OpenCC("s2t"), OpenCC("t2s")
        level1, level2 = _gb2312_level_h22(1), _gb2312_level_h22(2)
        tiers = {1: level1, 2: level2, 3: _gbk_only_h22(set(level1) | set(level2))}
        # reading (toned, tone-numbered) -> tier -> characters, the usual reading of each alone
        self._by_reading: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for tier, chars in tiers.items():
            for char in chars:
                # a traditional form is not what a simplified-Chinese seller types
                if self._t2s.convert(char) != char:
                    continue
                self._by_reading[self.reading(char)][tier].append(char)
        # the ten most common level-1 characters of each reading, as an IME lists them first
        frequency = get_frequency_dict("zh")
        self._common: dict[str, list[str]] = {
            reading: sorted(tiers_[1], key=lambda c: -frequency.get(c, 0.0))[:10]
            for reading, tiers_ in self._by_reading.items() if tiers_.get(1)}
        table = json.load(open(os.path.join(os.path.dirname(confusable_homoglyphs.__file__),
                                            "confusables.json"), encoding="utf-8"))
        # Latin letter -> its single-character twins in another script, and per styled alphabet
        self._twins: dict[str, list[str]] = {}
        self._styled: dict[str, dict[str, str]] = defaultdict(dict)
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            twins = table.get(letter, [])
            self._twins[letter] = [t["c"] for t in twins if len(t["c"]) == 1
                                   and t["n"].split()[0] in TWINS_H22 and "LETTER" in t["n"]]
            for t in twins:
                for style in STYLED_H22:
                    # the style's own letter of the same case (not a Greek letter of the style)
                    if style == "LATIN LETTER SMALL CAPITAL":
                        own = letter.islower() and t["n"] == f"{style} {letter.upper()}"
                    elif style == "FULLWIDTH LATIN":
                        case = "CAPITAL" if letter.isupper() else "SMALL"
                        own = t["n"] == f"{style} {case} LETTER {letter.upper()}"
                    else:
                        case = "CAPITAL" if letter.isupper() else "SMALL"
                        own = t["n"] == f"{style} {case} {letter.upper()}"
                    if own and len(t["c"]) == 1:
                        self._styled[style][letter] = t["c"]

    # -- readings ------------------------------------------------------------------------------
    @staticmethod
    def reading(char: str) -> str:
        """A character's usual reading alone, tone-numbered (``ni3``; neutral tone without digit)."""
        from pypinyin import Style, pinyin

        return pinyin(char, style=Style.TONE3, heteronym=False, neutral_tone_with_five=True)[0][0]

    @staticmethod
    def readings(mark: str) -> list[str]:
        """The mark's phrase-aware readings, tone-numbered, one per character."""
        from pypinyin import Style, pinyin

        return [r[0] for r in pinyin(mark, style=Style.TONE3, heteronym=False,
                                     neutral_tone_with_five=True)]

    @staticmethod
    def syllables(mark: str, style: str = "plain") -> list[str]:
        from pypinyin import Style, pinyin

        chosen = {"plain": Style.NORMAL, "toned": Style.TONE, "numbered": Style.TONE3}[style]
        return [r[0] for r in pinyin(mark, style=chosen, heteronym=False)]

    def initials_of(self, mark: str) -> str:
        return "".join(s[0] for s in self.syllables(mark)).lower()

    # -- the six families ----------------------------------------------------------------------
    def separated(self, text: str, rng: random.Random) -> str:
        chars = list(text)
        gaps = len(chars) - 1
        style = rng.choice(("every", "every", "per_gap", "one_gap", "round"))
        if style == "round":
            left, right = (unicodedata.lookup(n) for n in rng.choice(ROUND_H22))
            return "".join(f"{left}{c}{right}" if c != " " else c for c in chars)
        if style == "every":
            mark = unicodedata.lookup(rng.choice(BETWEEN_H22))
            between = [mark] * gaps
        elif style == "per_gap":
            between = [unicodedata.lookup(rng.choice(BETWEEN_H22)) for _ in range(gaps)]
        else:   # one gap, inside a word
            between = [""] * gaps
            inside = [i for i in range(gaps) if chars[i] != " " and chars[i + 1] != " "]
            between[rng.choice(inside)] = unicodedata.lookup(rng.choice(BETWEEN_H22))
        out = chars[0]
        for gap, char in zip(between, chars[1:]):
            out += gap + char
        return out

    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        style = rng.randrange(13)
        if style == 0:
            return letters
        if style == 1:
            return letters.upper()
        if style == 2:
            return letters.capitalize()
        if style == 3:
            return ".".join(letters.upper()) + rng.choice((".", ""))
        if style == 4:
            return " ".join(letters)
        if style == 5:
            return "-".join(letters.upper())
        if style == 6:
            return "/".join(letters)
        if style == 7:
            return "".join(chr(ord(c) + 0xFEE0) for c in letters.upper())
        if style == 8:
            return "#" + letters
        if style == 9:
            return "「" + letters.upper() + "」"
        if style == 10:
            return letters.upper() + rng.choice(("家", "牌"))
        if style == 11:
            return "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters))
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(letters))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        for _ in range(30):
            written = self._pinyin_once(mark, rng)
            if mark not in written and (not latin or latin.lower() not in written.lower()):
                return written
        return "".join(self.syllables(mark, "numbered"))

    def _pinyin_once(self, mark: str, rng: random.Random) -> str:
        plain = self.syllables(mark)
        style = rng.randrange(12)
        if style == 0:
            return "".join(plain)
        if style == 1:
            return "".join(s.capitalize() for s in plain)
        if style == 2:
            return "".join(plain).upper()
        if style == 3:
            return " ".join(plain)
        if style == 4:
            return " ".join(self.syllables(mark, "toned"))
        if style == 5:
            return "".join(self.syllables(mark, "toned"))
        if style == 6:
            return "".join(self.syllables(mark, "numbered"))
        if style == 7:
            return "'".join(plain)
        if style == 8:
            return "-".join(s.capitalize() for s in plain)
        if style == 9:
            return ".".join(plain)
        if style == 10:
            return "#" + "".join(plain)
        # half left in characters: some (never all, never none) characters spelled out
        keep = rng.sample(range(len(mark)), rng.randint(1, len(mark) - 1))
        return "".join(c if i in keep else plain[i] for i, c in enumerate(mark))

    def _same_sound(self, char: str, reading: str, rng: random.Random) -> str | None:
        toneless = reading.rstrip("12345")
        if rng.random() < 0.75:
            wanted = [reading]
        else:
            wanted = [r for r in self._by_reading if r.rstrip("12345") == toneless and r != reading]
        own = {char, self._s2t.convert(char), self._t2s.convert(char)}
        tier = rng.choices((0, 1, 2, 3), (3, 3, 2, 1))[0]
        pool = []
        for r in wanted:
            pool += (self._common.get(r, []) if tier == 0 else self._by_reading[r].get(tier, []))
        pool = [c for c in pool if c not in own]
        if not pool:   # that tier has none of this reading: any tier, any tone
            pool = [c for r, tiers in self._by_reading.items() if r.rstrip("12345") == toneless
                    for chars in tiers.values() for c in chars if c not in own]
        return rng.choice(pool) if pool else None

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        readings = self.readings(mark)
        for _ in range(50):
            count = rng.choice((1, 1, 2, len(mark)))
            places = rng.sample(range(len(mark)), min(count, len(mark)))
            chars = list(mark)
            for i in places:
                chars[i] = self._same_sound(mark[i], readings[i], rng) or mark[i]
            written = "".join(chars)
            if written != mark and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone of {mark} that spells no loaded mark")

    def confusable(self, text: str, rng: random.Random) -> str:
        style = rng.choice(("twins", "twins", "styled", "accents"))
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        if style == "styled":
            alphabet = self._styled[rng.choice(STYLED_H22)]
            written = "".join(alphabet.get(c, c) for c in text)
            if written.lower() != text.lower() and not written.isascii():
                return written
        if style == "accents":
            out = list(text)
            for i in rng.sample(letters, min(len(letters), rng.randint(1, 2))):
                case = "CAPITAL" if text[i].isupper() else "SMALL"
                for accent in rng.sample(ACCENTS_H22, len(ACCENTS_H22)):
                    try:
                        accented = unicodedata.lookup(
                            f"LATIN {case} LETTER {text[i].upper()} WITH {accent}")
                    except KeyError:
                        continue
                    if len(accented) == 1:   # one character, not a named sequence
                        out[i] = accented
                        break
            written = "".join(out)
            if not written.isascii():
                return written
        usable = [i for i in letters if self._twins[text[i]]]
        out = list(text)
        for i in rng.sample(usable, min(len(usable), rng.randint(1, 3))):
            out[i] = rng.choice(self._twins[text[i]])
        return "".join(out)

    def digits(self, text: str, rng: random.Random) -> str:
        usable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H22]
        count = rng.choice((1, 1, 2, len(usable)))
        out = list(text)
        for i in rng.sample(usable, min(count, len(usable))):
            out[i] = DIGITS_H22[text[i].lower()]
        return "".join(out)


def _price_h22(rng: random.Random, english: bool) -> str:
    amount = rng.choice((39, 59, 88, 99, 128, 168, 199, 258, 299, 399, 520, 680, 888, 1280))
    if english:
        return rng.choice((f"${amount}", f"{amount} USD", f"£{amount}", f"${amount} shipped"))
    return rng.choice((f"{amount}元", f"¥{amount}", f"{amount}r", f"{amount}米", f"到手{amount}",
                       f"{amount}包邮"))


# counterfeit offers: (account name, title, description); {w} the mark as written, {p} the goods,
# {n} a price. Most say nothing about fakes: a price, stock, the same line, pictures in private.
OFFERS_ZH_H22 = [
    ("直播间小七", "家人们{w}{p}上车了", "今晚最后一波，{n}，三二一上链接，拍完不补"),
    ("阿强档口", "{w}{p} 一手货源", "档口现货，{n}一件，量大另谈，支持一件代发"),
    ("团长小梅", "【接龙】{w}{p}", "接龙到今晚十点，{n}一份，满二十份成团，群里直接付款"),
    ("闲置小铺8812", "{w}{p} 全新没拆", "{n}出，和专柜的放一起看不出区别，懂的来，不退不换"),
    ("源头工厂直供", "{w}同一条线的{p}", "跟大牌同一条流水线下来的，没有吊牌，{n}，质量自己对比"),
    ("私聊看图", "{w}{p}到货", "实拍图太多发不完，私聊看图，{n}"),
    ("海外代购Lisa", "{w}{p}现货秒发", "香港带回，{n}，没有小票，介意勿拍"),
    ("微商阿芳", "朋友圈上新：{w}{p}", "做工对版，细节到位，{n}，加微信看实物视频"),
    ("外贸尾单清仓", "{w}{p}外贸尾单", "工厂多出来的单子，{n}一件，数量有限，清完就没"),
    ("校园跑腿小王", "宿舍楼下自提 {w}{p}", "学生价{n}，室友都在用，晚上九点以后自提"),
    ("老铁百货", "老铁们，{w}{p}{n}拿走", "双击点关注，下单备注型号，明天一起发货"),
    ("批发部老周", "{w}{p} 批发价", "拿货{n}起，十件起批，混批可以，物流自提"),
    ("朋友圈好物", "{w}{p}", "懂货的来，跟正品放一起分不出来，{n}"),
    ("优选小店", "{w} {p} 限时秒杀", "原价好几千，今天{n}，库存只有五十件"),
    ("拼单群阿敏", "拼{w}{p}的扣1", "三人成团{n}，还差两个人，拼上就发"),
    ("直播切片号", "主播手上这款{w}{p}", "评论区扣‘要’，{n}，无包装简装发货"),
    ("档口直播", "{w}{p}新款到", "版型跟官网一样，{n}一件，拿样先付款"),
    ("阿亮的店", "{w}{p}高品质", "不是正品别问，{n}的东西你懂的"),
    ("货源交流群", "{w}{p}顶级版本", "市面最高版本，一比一开模，{n}，图片私聊"),
    ("跨境小铺", "{w}{p}（无盒）", "没有盒子没有票，东西一样，{n}，拍下四十八小时发"),
    ("小区团购群", "今天团{w}{p}", "{n}一份，明天下午到自提点，数量有限先到先得"),
    ("懂的来", "{w}{p}", "公司货，{n}，和柜台一个厂出来的，要的私"),
    ("夜市摊主", "{w}{p}地摊价", "出摊价{n}，来晚了就没了，微信转账也行"),
    ("工厂店小陈", "{w}{p} 原单", "原单货，剪标处理，{n}，随便对比"),
    ("仓库直发", "清库存 {w}{p}", "仓库要退租了，{n}一件清，不挑不拣，先拍先得"),
    ("代发一件", "{w}{p} 厂家直发", "没有中间商，{n}，图片视频都能发，可以上门看货"),
]
OFFERS_EN_H22 = [
    ("rep_plug_88", "{w} {p} 1:1", "Best batch on the market, {n}, DM for QC pics"),
    ("factory_direct_co", "{w} {p} from the same factory", "Same factory as retail, no box, {n}. Message me"),
    ("liveshop_amy", "{w} {p} live drop", "Only tonight {n}, comment 'mine' to claim"),
    ("dealsbyjay", "{w} {p} new in stock", "Brand new, {n}, no receipt, no returns"),
    ("wholesale_lucky", "{w} {p} wholesale", "MOQ 10 pcs, {n} each, mixed sizes ok, dropshipping too"),
    ("kikis_closet", "{w} {p}!!", "Looks exactly like the real one lol, {n}, pickup downtown"),
    ("mirror_quality", "{w} {p} mirror quality", "Can't tell the difference, {n}, WhatsApp for photos"),
    ("campus_deals", "{w} {p} dorm pickup", "{n}, cheaper than the store, slide into my DMs"),
    ("outlet_surplus", "{w} {p} overrun stock", "Factory overrun, tags cut, {n} each, limited"),
    ("grail_finds", "{w} {p} top tier", "{n} plus postage, pics on request, friends and family payment only"),
    ("group_buy_leo", "{w} {p} group buy", "Need 5 more to hit {n}, reply with your size"),
    ("bargain_bin", "{w} {p} no box", "{n}, same materials, ask for a video"),
]
# resale of genuine goods with proof of purchase: (account name, title, description); {m} the mark
RESALE_ZH_H22 = [
    ("转转用户小北", "自用{m}{p}转让", "去年在专柜买的，发票和购物小票都在，可以走平台验货，{n}"),
    ("闲置回血", "{m}{p} 闲置出", "生日收到的礼物，用了两次，包装盒、保修卡、小票齐全，{n}"),
    ("换季清闲置", "{m}{p}", "家里放不下了，官方旗舰店订单截图可看，{n}，同城自提"),
    ("二胎妈妈", "{m}{p}二手", "买重了一件，吊牌还在，附电子发票，支持鉴定后再收货，{n}"),
    ("换新出旧", "出{m}{p}", "换了新款，旧的九成新，原装配件都在，有购买记录，{n}"),
    ("寄卖行小张", "寄卖：{m}{p}", "客户寄卖，已由店里鉴定师查验，附鉴定证书，{n}"),
    ("回收店老李", "回收后转出 {m}{p}", "本店回收的正品，专柜验过，保卡齐，{n}，可到店看货"),
    ("信用极好的卖家", "{m}{p}自用", "自用九成新，支持平台验货，验完再确认收货，{n}"),
    ("学姐闲置", "{m}{p}低价出", "官网买的，有订单号和发票，宿舍空间小不想要了，{n}"),
    ("典当行", "绝当品：{m}{p}", "本行绝当物品，入库时已检测，附检测报告与原始票据，{n}"),
    ("中古小店", "中古 {m}{p}", "海外回流中古，带原盒和购买凭证，{n}，瑕疵见图"),
    ("司法拍卖", "{m}{p}一件（二手）", "依法拍卖被执行人名下物品，鉴定机构已出具真品意见，起拍价{n}"),
    ("收纳控", "{m}{p}只用过一次", "专柜小票拍照给你看，{n}，买来发现不适合自己"),
    ("二手交易群", "群里出个{m}{p}", "本人自用，电商自营店购买，订单可查，{n}"),
]
RESALE_SEALED_ZH_H22 = [
    ("囤货太多", "{m}{p}未开封转", "超市搞活动囤多了，保质期到明年，未开封，购物小票在，{n}"),
    ("单位福利转", "单位发的{m}{p}", "中秋福利发的，家里用不完，原封未动，{n}，同城自取"),
    ("宝宝用不上", "{m}{p}全新", "亲戚送的，生产日期新鲜，封口完好，{n}"),
    ("年货多了", "{m}{p}整箱转", "过年走亲戚收到的，没开箱，附超市小票，{n}"),
    ("免税店带回", "{m}{p}未拆封", "机场免税店买的，带免税店小票，封膜完好，{n}"),
    ("断舍离中", "{m}{p}便宜出", "没拆封，生产日期见图，会员购买记录可查，{n}"),
    ("直播间买多了", "{m}{p}买多了转", "官方直播间下单的，订单截图可看，未开封，{n}"),
    ("邻里互助群", "原价转{m}{p}", "网上超市下单买错了规格，没拆，电子发票可以转给你，{n}"),
]
RESALE_EN_H22 = [
    ("marketplace_mo", "Selling my {m} {p}", "Bought at the official store last year, receipt and warranty card included, {n}"),
    ("closet_cleanout", "{m} {p}, lightly used", "Used twice, original box and proof of purchase, {n}, local pickup"),
    ("upgrade_sale", "Used {m} {p}", "Upgraded to the new model. Original invoice, serial matches, {n}"),
    ("consign_corner", "Consigned: {m} {p}", "Authenticated by our in-house team, certificate included, {n}"),
    ("pawn_and_gold", "Pre-owned {m} {p}", "Forfeited pawn item, checked on intake, paperwork available, {n}"),
    ("estate_sale_ann", "{m} {p} from an estate sale", "Comes with the original store receipt, {n}"),
]
RESALE_SEALED_EN_H22 = [
    ("pantry_clearout", "Unopened {m} {p}", "Bought too many at the supermarket, sealed, receipt attached, {n}"),
    ("duty_free_finds", "{m} {p} sealed", "Bought at the airport duty free, receipt in the bag, {n}"),
    ("office_extras", "Spare {m} {p}", "Still sealed, best before next year, store receipt, {n}"),
    ("moving_sale_kim", "{m} {p}, never opened", "Moving out Friday, sealed with receipt, {n}"),
]
# warnings about fakes as consumer bodies, regulators, customs, police, courts and victims write them
WARNINGS_ZH_H22 = [
    ("市消费者协会", "消费提示：警惕低价{m}{p}", "近期接到多起投诉，消费者在直播间购买的{m}{p}经鉴定为假冒产品，请通过官方渠道购买"),
    ("被骗的小林", "血泪教训，{m}{p}买到假的了", "贪便宜在朋友圈买了{m}{p}，拿去专柜一看是假的，卖家已经把我拉黑了，大家别再上当"),
    ("海关发布", "海关查获侵权{m}{p}", "近日海关在出口货物中查获标有{m}商标的{p}一批，经权利人确认为侵权商品"),
    ("区人民法院", "判决公告：销售假冒{m}{p}案", "被告人明知是假冒{m}注册商标的{p}仍予以销售，构成销售假冒注册商标的商品罪"),
    ("市场监管局", "查处一起销售假冒{m}{p}案件", "执法人员现场查扣涉嫌假冒{m}的{p}若干，案件正在进一步调查"),
    ("反诈宣传员", "“低价{m}{p}”是骗局", "对方先发图再要定金，收钱后发来的是仿冒品甚至空包裹，请勿私下转账"),
    ("宝妈群转发", "群里别再接龙那个{m}{p}了", "我买的那批生产日期是假的，厂家客服说没有这个批次，大家注意"),
    ("维权博主阿胜", "教你三招识别假{m}{p}", "看防伪码、看做工、看购买渠道，价格低到离谱的{m}{p}基本都是假货"),
    ("12315投诉公示", "商家销售假冒{m}{p}被投诉", "消费者反映所购{m}{p}与正品不符，经核实商家无法提供进货凭证，已责令整改"),
    ("公安分局", "警方捣毁制售假冒{m}{p}窝点", "现场查获假冒{m}{p}成品及包装材料，抓获犯罪嫌疑人五名"),
    ("被坑的大学生", "在二手群买{m}{p}被骗了", "对方说是自用闲置，到手发现是仿的，钱已经要不回来"),
    ("消费者权益保护委员会", "比较试验：假冒{m}{p}存在安全隐患", "送检的网购样品中有多件为假冒{m}产品，质量指标不合格"),
    ("区检察院", "对销售假冒{m}{p}案提起公诉", "犯罪嫌疑人通过网络销售假冒{m}{p}，涉案金额二十余万元"),
    ("社区公告栏", "提醒：上门推销的{m}{p}不要买", "有人冒充厂家员工上门推销{m}{p}，价格很低，经核实为假冒产品"),
    ("鉴定师老郑", "最近假{m}{p}又升级了", "这批假货连包装都仿得很像，买之前请找专业机构鉴定"),
    ("维权群群主", "{m}{p}集体维权进展", "我们几十个人都在同一家店买到假的{m}{p}，已经集体向平台投诉"),
    ("打假志愿者", "直播间的{m}{p}，别信“厂家直供”", "所谓厂家直供、同厂同料都是话术，{m}从不通过这种渠道出货"),
    ("网友晚晚", "妈妈在短视频里买了{m}{p}", "老人家被‘清仓价’吸引，收到一看是假冒的，平台已经退款"),
    ("邮政营业厅", "寄递提示：禁止收寄假冒{m}{p}", "依据相关规定，假冒注册商标的{p}属于禁寄物品，一经发现将移交有关部门"),
    ("律师说法", "卖假{m}{p}要承担什么责任", "销售明知是假冒注册商标的商品，数额较大的，可能构成犯罪"),
    ("质检院", "抽检发现假冒{m}{p}", "本次抽检中有三批次标称{m}的{p}经权利人确认为假冒"),
]
WARNINGS_EN_H22 = [
    ("consumer_council", "Warning: fake {m} {p} in live streams", "We have received complaints about counterfeit {m} {p}. Buy only from authorised sellers."),
    ("scammed_sarah", "Got scammed buying {m} {p}", "The seller swore it was genuine {m}. It was not. Blocked me after payment."),
    ("customs_news", "Customs seize counterfeit {m} {p}", "Officers intercepted a shipment of fake {m} {p} declared as general merchandise."),
    ("court_report", "Seller jailed over counterfeit {m} {p}", "The court found the defendant knowingly sold counterfeit {m} {p}."),
    ("authenticator_tips", "How to spot a fake {m} {p}", "Check the stitching, the serial number and where you buy it. If the price is too good, it is fake."),
    ("police_update", "Police raid warehouse of fake {m} {p}", "Thousands of counterfeit {m} {p} were seized on Tuesday."),
    ("forum_psa", "PSA: {m} {p} 'same factory' listings", "There is no 'same factory'. Those listings are counterfeits."),
    ("mom_of_three", "Beware of cheap {m} {p} in group chats", "My neighbour's group buy turned out to be fake {m}."),
    ("lawyer_explains", "Is selling fake {m} {p} a crime?", "Yes. Selling counterfeit goods can bring fines and prison."),
    ("trading_standards", "Trading standards: fake {m} {p}", "Counterfeit {m} {p} have been found at local markets."),
]
# reviews, unboxings and news of genuine goods
REVIEWS_ZH_H22 = [
    ("数码测评君", "{m}{p}上手一个月", "说说优缺点：做工扎实，细节一般，价格偏贵，总体推荐"),
    ("财经早报", "{m}发布三季度财报", "报告显示{m}{p}销量同比增长，线上渠道占比继续提升"),
    ("开箱日记", "开箱：{m}{p}", "官方旗舰店下单，第二天就到了，包装很用心"),
    ("老用户说话", "用了好几年的{m}{p}", "当年在商场买的，到现在还没出过问题，质量确实没话说"),
    ("本地新闻", "{m}新工厂在我市投产", "项目投产后主要生产{p}，预计带动就业两千人"),
    ("对比党", "{m}{p}和同价位对比", "同价位里{m}的做工最好，但设计稍显保守"),
    ("体育新闻", "{m}成为马拉松赛事合作伙伴", "赛事期间{m}将为选手和志愿者提供{p}等物资"),
    ("逛展笔记", "品牌展上看到了{m}的老{p}", "展品按年代排列，能看到这个品牌几十年的设计变化"),
    ("测评实验室", "十款{p}横评，{m}表现如何", "实测数据显示{m}在耐用性上排名第二"),
    ("购物分享", "{m}{p}值不值得买", "专柜试过之后决定入手，售后态度很好"),
    ("行业观察", "{m}的{p}为什么卖得好", "渠道、口碑、产品力，三个因素缺一不可"),
    ("新闻快讯", "{m}宣布{p}调价", "官方表示此次调价覆盖全国门店"),
    ("时尚编辑", "本季{m}{p}新品解读", "颜色更大胆，设计延续经典"),
    ("校报记者", "校园里最常见的{p}品牌调查", "受访同学中有三成使用{m}"),
    ("维修师傅老吴", "修了这么多年，说说{m}{p}", "{m}的{p}返修率不高，配件也好找"),
    ("生活家测评", "{m}{p}真实体验", "优点缺点都说清楚，不恰饭，自费购买"),
    ("晚间新闻", "{m}亮相进口博览会", "展台展出了{m}最新的{p}，吸引大量观众"),
    ("公益报道", "{m}向灾区捐赠{p}", "捐赠物资已于昨日运抵安置点"),
    ("品牌故事", "{m}品牌的老故事", "从一间小作坊起步，{m}如今已经家喻户晓"),
    ("直播回放", "逛{m}官方直播间买了{p}", "价格和专柜一样，但赠品多"),
    ("消费观察", "年轻人为什么又开始买{m}", "调查显示{m}{p}在二十五岁以下人群中复购率最高"),
]
REVIEWS_EN_H22 = [
    ("gadget_reviewer", "{m} {p} review after one month", "Solid build, fair price, a few quirks."),
    ("market_watch", "{m} reports a strong quarter", "Sales of {m} {p} grew year on year."),
    ("unbox_with_me", "Unboxing the {m} {p}", "Ordered from the official store, arrived the next day."),
    ("longtime_user", "My {m} {p}, five years on", "Still going strong, no regrets."),
    ("local_news_desk", "{m} opens a new plant", "The plant will make {p} for export."),
    ("style_editor", "{m} {p}: this season's picks", "Bolder colours, a classic cut."),
    ("compare_channel", "{m} against the rest: a {p} shootout", "{m} came second overall in our tests."),
    ("repair_guy", "What I see repairing {m} {p}", "Few come back, and parts are easy to find."),
    ("expo_report", "{m} at the trade expo", "The stand showed the newest {p}."),
    ("charity_news", "{m} donates {p} to flood relief", "The supplies arrived yesterday."),
]
# the owner's and its authorised shops' own posts: (signer, account name, title, text)
AUTHORISED_H22 = [
    ("owner", "{m}官方", "{m}{p}新品发布", "即日起{m}官方旗舰店及授权门店同步发售"),
    ("owner", "{m}官方", "关于假冒{m}{p}的严正声明", "近期发现有不法商家以“同厂”“尾单”名义销售假冒{m}{p}，本公司已依法维权"),
    ("owner", "{m}品牌中心", "{m}{p}防伪查询指南", "扫描包装上的防伪码即可查询真伪，{m}官方不通过私人微信销售"),
    ("owner", "{m}官方客服", "{m}{p}售后政策更新", "凭购买凭证可享受一年质保，请认准官方渠道"),
    ("owner", "{m}官方", "{m}经典{p}复刻回归", "{m}时隔二十年复刻经典款{p}，限量发售"),
    ("owner", "{m}官方", "{m}{p}以旧换新活动", "旧品可抵扣，活动仅限官方门店"),
    ("owner", "{m}集团", "{m}声明：某直播间与本公司无关", "该直播间销售的{p}并非{m}授权产品"),
    ("owner", "{m}官方", "{m}1:1还原老包装{p}纪念版", "为纪念品牌成立周年，{m}按原样1:1还原了老包装"),
    ("owner", "{m}法务部", "{m}打假成果通报", "今年上半年协助执法部门查处假冒{m}{p}案件十余起"),
    ("owner", "{m}官方", "{m}招募授权经销商", "有意经营{m}{p}的商户可通过官网提交申请"),
    ("owner", "{m}官方", "{m}{p}价格说明", "{m}官方从未授权任何渠道以低于成本的价格销售"),
    ("shop", "{m}授权专卖店", "本店{m}{p}到货", "{m}官方授权，假一赔十，支持专柜验货"),
    ("shop", "{m}授权店·万达店", "{m}{p}周末营业时间", "本周末营业至晚十点，欢迎到店试用{m}新款"),
    ("shop", "{m}授权经销商", "如何辨别真假{m}{p}", "本店所有{m}商品均有授权书，外面所谓高仿、A货请勿购买"),
    ("shop", "{m}授权店", "{m}{p}会员日", "会员日{m}全场九折，凭会员卡积分兑换礼品"),
    ("shop", "{m}授权店", "{m}{p}直播预告", "今晚八点本店直播间讲解{m}新品，下单享官方质保"),
    ("shop", "{m}授权体验店", "{m}{p}免费清洁保养", "凭购买凭证可到店免费保养"),
    ("shop", "{m}授权店", "提醒：本店没有开微信小号卖{m}{p}", "凡是私聊报低价的都不是本店，谨防假冒"),
    ("shop", "{m}授权店", "{m}{p}补货通知", "热门款已补货，到店或线上下单均可"),
    ("shop", "{m}授权店", "顾客拿来的假{m}{p}对比", "左边是本店正品，右边是顾客在网上买的仿品，差别在细节"),
    ("shop", "{m}授权店", "{m}{p}开学季活动", "学生凭证件到店购买{m}享优惠"),
    ("shop", "{m}授权店", "{m}{p}发票说明", "本店售出的{m}商品均可开具正规发票，可在官网查询授权编号"),
]
# everyday sentences in which an ordinary word (or two) reads like a mark; some use 复刻 or 1:1
SOUND_ALIKE_H22 = [
    "这道题我是真没得办法了，明天去问老师",
    "结婚的回礼准备的是喜糖和手工皂",
    "下雨天路滑，大家注意脚下",
    "昨晚球赛他一个暴力篮扣，全场都站起来了",
    "下午犯困，喝杯咖啡给自己加能量",
    "照着外婆的老方子1:1复刻了桂花糕，顺便买了糕点模具",
    "站在江边看大江东去，心里一下就开阔了",
    "跑完全程靠的不是体力，是毅力",
    "药要一粒一粒地吃，别一次吞下去",
    "线一断，风筝一下就飞了",
    "为了抢这张票我可费了不少劲",
    "古人讲封侯拜相，现在的孩子只想当博主",
    "他说自己不懂，恰恰说明他想得很明白",
    "奶奶总说孩儿们长大了都要往外飞",
    "下个礼拜我们全家去海边",
    "语文课上背了李白的静夜思",
    "久仰大名，今天终于见到本人了",
    "这首老歌被他唱红了",
    "咖啡师每天早上在店里烘豆，整条街都是香味",
    "社区医院的周大夫看病特别仔细",
    "我们老班今天在班会上讲了半小时",
    "配了一副新眼镜，看黑板终于清楚了",
    "这是一条长程航线，要飞十几个小时",
    "周末带孩子去少年宫学画",
    "太阳一出来，屋顶的雪化了",
    "隔壁六婶包的饺子最好吃",
    "他年轻时落拓不羁，到处流浪",
    "我表弟小雄今年考上了大学",
    "飞哥带我们去爬山，一路上讲笑话",
    "退休以后爸爸天天在阳台种花",
    "妈妈每天早上喝一勺蜂皇浆",
    "吃不完的菜记得打包带走",
    "白毛浮绿水，红掌拨清波",
    "健身教练说胸毛不影响练胸",
    "照着老照片1:1复刻了爷爷的书房，连那副旧眼镜都摆上了",
    "这家面馆复刻了八十年代的装修，回礼送的是搪瓷缸",
    "我们复刻了当年毕业照的姿势，老班看了直笑",
    "体育课上大家都在复刻那个经典篮扣",
    "这幅画是对名作的1:1临摹，画的是大江落日",
    "打包盒按原样复刻了老字号的牛皮纸包装",
]
SOUND_ALIKE_FRAMES_H22 = [("{s}", ""), ("", "{s}"), ("{s}", "#小城日常 #随手记"), ("碎片时间", "{s}")]
# common-word marks in their ordinary sense, some next to their own product words
COMMON_SENSE_H22 = [
    "西湖的春天是最美的", "这是我见过最美的星空", "外婆年轻时是村里最美的姑娘",
    "泰国的寺庙里供着一尊白象雕像", "动物园新来了一头罕见的白象", "白象在英语里指昂贵又没用的东西",
    "村里那头红牛下了一头小牛犊", "画家笔下的红牛很有力量", "斗牛节上一头红牛冲进了场地",
    "周末带孩子去动物园看熊猫", "熬夜熬成了熊猫眼", "看电视时正好在播熊猫宝宝啃竹子",
    "中华文化源远流长", "中华田园犬其实很聪明", "端午节是中华民族的传统节日",
    "凤凰古城的夜景很美", "她在作文里写浴火重生的凤凰", "骑自行车去凤凰山看日出",
    "我家大宝今年上小学，二宝刚会走路", "大宝和二宝又在抢玩具", "大宝给妹妹抹护手霜，抹了她一脸",
    "楼下那只白猫又来讨吃的了", "不管黑猫白猫，抓住老鼠就是好猫", "白猫趴在洗衣粉箱子上晒太阳",
    "雨后天边挂着一道长虹", "大桥如长虹卧波", "这篇文章写得气贯长虹",
    "红豆生南国，春来发几枝", "冬天煮一锅红豆粥", "早餐吃了两个红豆沙包子",
    "老板，来碗牛肉面", "我们老板今天请全组吃饭", "老板说油烟机坏了，今天先别炒菜",
    "燕京大学的旧址就在今天的北大", "燕京八景之一是卢沟晓月", "爷爷讲起当年在燕京求学的日子",
    "今晚天上出现了蓝月亮，是一个月里的第二次满月", "童话书里画着一轮蓝月亮", "诗里写的蓝月亮其实是一种天文现象",
    "不到长城非好汉", "周末去八达岭爬长城", "在长城脚下的农家乐喝了自酿葡萄酒",
    "站在船头，海天相接处一片金黄", "远处海天之间飞过一群白鹭", "这幅画的海天交界处用了淡蓝色",
    "窗外飘起了雪花", "孩子伸手去接雪花", "冬夜在院子里喝啤酒，雪花落进了杯子",
    "听到消息她一下子六神无主", "被蚊子咬了一夜，第二天六神无主地去上班，忘了带花露水",
    "沙漠里的骆驼可以很多天不喝水", "骆驼祥子是老舍的小说", "骑着骆驼走过鸣沙山",
    "女儿抱着小熊玩偶睡觉", "绘本里的小熊在森林里找妈妈", "早餐做了小熊形状的煎蛋",
    "广场上的飞鸽成群结队", "古人用飞鸽传书", "骑着单车看飞鸽掠过屋顶",
    "Pachelbel's Canon in D is played at half the weddings I go to",
    "Hold warrior two for five breaths, then switch sides",
    "A red bull stood in the middle of the pasture",
    "The canon of Tang poetry is taught in every school",
    "The old warrior statue in the park got a fresh coat of paint",
]
COMMON_FRAMES_H22 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#身边小事")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#everyday")]}
VIEWERS_H22 = ["晚霞收集者", "阿福的小本子", "楼下的梧桐", "周一不想上班", "Nina在散步", "老高骑车记",
               "一只小刺猬", "豆浆油条", "南方的雨", "Tom_zhang", "半糖去冰", "小镇做题家"]
PHRASING_H22 = Phrasing(
    "held_out_22", GOODS_H22, _price_h22, (OFFERS_ZH_H22, OFFERS_EN_H22),
    (RESALE_ZH_H22, RESALE_EN_H22), (RESALE_SEALED_ZH_H22, RESALE_SEALED_EN_H22), SEALED_GOODS_H22,
    (WARNINGS_ZH_H22, WARNINGS_EN_H22), (REVIEWS_ZH_H22, REVIEWS_EN_H22), AUTHORISED_H22,
    SOUND_ALIKE_H22, SOUND_ALIKE_FRAMES_H22, COMMON_SENSE_H22, COMMON_FRAMES_H22, VIEWERS_H22)


def twenty_second_held_out(seed: int = 317) -> list[Case]:
    """held_out_22: held_out_21's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings22()
    return _held_out_part(seed, words, MARKS_H22, PHRASING_H22, words.initials_of, DIGITS_H22)


# -- held_out_23 (issue 13, stop 38): a twenty-first hand --------------------------------------------
# Written at stop 38 by a twenty-first hand that read neither the guard (src/origin/brands/, its
# tables, its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read the
# module docstring, Case, suite_brands, the marks lists, held_out_22's comment block, marks and goods
# as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# PartSpellings, _held_out_part) and how twenty_second_held_out calls it (the listing of this file's
# names also showed the names, not the contents, of held_out_22's digit table and Unicode-name
# tuples); of bench_brands.py only the scoring, PARTS and SEALED; of the tests only the shared
# structure test and held_out_22's test. Its marks are the 51 loaded marks with the fewest held-out
# offers so far (every held-out part's offers, held_out_22's counted twice, ties by loaded order: the
# 48th to 54th have 180 each, so 骆驼, 小熊 and 飞鸽 fall out by loaded order; 22 common words, 26
# Latin names; 13 of them in held_out_22). Its spellings are its own code over outside data
# (Spellings23): homophones swap one, two or every character for one whose own reading (pypinyin,
# the character alone) is the mark's phrase reading, the same tone seven times in ten, drawn from
# Python's GB2312 codec level 1 (ranked by jieba's dictionary frequency of the character, as an IME
# offers them), level 2 or GBK-only characters, never the mark's own character nor its OpenCC
# other-script form, never spelling a loaded mark; pinyin from pypinyin's phrase readings in fifteen
# styles (joined, capitalised, camel, upper, spaced, spaced capitals, toned, toned and joined,
# tone-numbered, numbered and spaced, apostrophed, hyphenated, dotted, hashtagged, half left in
# characters), never containing the Latin name; initials from the same readings in fifteen styles
# (lower, upper, first capital, alternating, dotted, spaced, hyphenated, slashed, underscored,
# middle-dotted, full-width, hashtagged, in lenticular brackets, with 家 or 牌 after); separators
# looked up by Unicode name (dots, bullets, dashes, wave dash, zero-width and ideographic spaces,
# word joiner, full-width solidus and low line, stars, sparkles, fire, hearts, blossoms, gems, ribbons)
# at every gap with one kind, at every gap each its own kind, at one gap, or as brackets round each
# character (lenticular, tortoise-shell, white corner, full-width parentheses); look-alikes are the
# confusables table's (confusable_homoglyphs' data) Cyrillic, Greek, Armenian, Cherokee, Lisu and
# Coptic twins of one to three letters, the whole word in one alphabet looked up by Unicode name
# (mathematical styles, full-width, circled, parenthesized, squared, negative circled and squared),
# or one or two letters with an accent by Unicode name; digit swaps of one, two or every swappable
# letter (z as 2, g as 9). Its phrasing is its own, 20 or more shapes per family, from the voices
# the brief names: WeChat Moments micro-merchants (微商), keyword-stuffed listing titles,
# Xiaohongshu-style "sharing" posts that sell, live-stream calls, group-buy chats, second-hand
# markets, Depop/eBay/Vinted-style English listings, bilingual posts, Cantonese and Taiwanese posts
# in traditional characters, most offers with no counterfeit word (price, stock, "same factory",
# "DM for pictures"); resale by people clearing out, moving, gifting on, with receipts, order
# screenshots and app inspection; warnings as victims, consumer associations, market regulators,
# customs, courts and platform moderators write them, and buyers quoting a seller to ask whether an
# offer is genuine; reviews and news by testers, repairers, reporters and fans; owners' statements
# and authorised shops' notices; ordinary words pypinyin reads like a mark (同意, 汪汪, 隔离, 留神,
# 眼睛, 老伴, 口齿, 钓鱼 ...), some next to 复刻 or 1:1 in their ordinary use; common-word marks in
# their ordinary sense; English words that are a Latin name (coach, dove, vans, converse, hermes,
# safeguard). Sealed: scored only by the lead with ``--parts held_out_23``; counts only; never run
# through the guard by its writer.
MARKS_H23 = [
    "统一", "旺旺", "海鸥", "永久", "良品铺子", "大白兔", "特步", "茅台", "匡威", "元气森林", "金丝猴",
    "黄鹤楼", "王老吉", "江小白", "花西子", "蔻驰", "联想", "蜜雪冰城", "舒肤佳", "格力", "迪奥", "万斯",
    "苏泊尔", "太平鸟", "小天鹅", "华为", "德芙", "自然堂", "波司登", "范思哲", "娃哈哈", "完美日记",
    "巴宝莉", "万宝龙", "老凤祥", "爱马仕", "泡泡玛特", "白象", "熊猫", "安慕希", "中华", "凤凰", "大宝",
    "白猫", "老板", "燕京", "长城", "美的", "海天", "雪花", "六神",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H23: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "统一": (("老坛酸菜面", "冰红茶", "红烧牛肉方便面"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖礼包"), ()),
    "海鸥": (("机械手表", "双反相机", "陀飞轮手表"), ()),
    "永久": (("自行车", "复古单车", "折叠自行车"), ()),
    "良品铺子": (("肉脯", "零食礼盒", "猪肉脯"), ()),
    "大白兔": (("奶糖", "奶糖礼罐", "奶糖散装"), ()),
    "特步": (("跑鞋", "板鞋", "运动裤"), ("running shoes", "track pants")),
    "茅台": (("飞天酱香酒", "酱香型白酒", "生肖酒"), ("baijiu", "sauce-aroma liquor")),
    "匡威": (("高帮帆布鞋", "低帮帆布鞋", "1970s帆布鞋"), ("high tops", "canvas sneakers")),
    "元气森林": (("气泡水", "乳茶", "无糖气泡水整箱"), ()),
    "金丝猴": (("奶糖", "糖果礼包", "奶糖散称"), ()),
    "黄鹤楼": (("香烟", "软包香烟", "香烟礼盒"), ()),
    "王老吉": (("凉茶", "凉茶整箱", "罐装凉茶"), ()),
    "江小白": (("高粱酒", "果味酒", "小瓶白酒"), ()),
    "花西子": (("散粉", "雕花口红", "眉笔"), ("setting powder", "carved lipstick")),
    "蔻驰": (("托特包", "斜挎包", "马车包"), ("tote bag", "crossbody bag")),
    "联想": (("笔记本电脑", "拯救者游戏本", "平板电脑"), ("gaming laptop", "laptop", "tablet")),
    "蜜雪冰城": (("柠檬水冲饮", "雪王玩偶", "奶茶杯"), ("lemonade mix", "snow king plush")),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bars", "body wash")),
    "格力": (("变频空调", "电风扇", "空气净化器"), ("air conditioner", "electric fan")),
    "迪奥": (("烈艳蓝金口红", "真我香水", "马鞍包"), ("lipstick", "saddle bag", "perfume")),
    "万斯": (("棋盘格滑板鞋", "帆布鞋", "板鞋"), ("checkerboard slip-ons", "skate shoes")),
    "苏泊尔": (("不粘锅", "电压力锅", "炒锅"), ("non-stick pan", "pressure cooker")),
    "太平鸟": (("连衣裙", "风衣", "针织开衫"), ("dress", "trench coat")),
    "小天鹅": (("滚筒洗衣机", "烘干机", "洗烘套装洗衣机"), ("washing machine", "tumble dryer")),
    "华为": (("折叠屏手机", "平板", "智能手表"), ("smartphone", "earbuds", "smartwatch")),
    "德芙": (("巧克力", "巧克力礼盒", "丝滑牛奶巧克力"), ("chocolate bars", "chocolate gift box")),
    "自然堂": (("面霜", "冰肌水", "精华"), ("face cream", "toner")),
    "波司登": (("羽绒服", "长款羽绒服", "鹅绒服"), ("down jacket", "puffer coat")),
    "范思哲": (("香水", "美杜莎T恤", "丝巾"), ("perfume", "medusa tee")),
    "娃哈哈": (("AD钙奶", "八宝粥", "纯净水"), ("yogurt drink", "purified water")),
    "完美日记": (("眼影盘", "口红", "散粉"), ("eyeshadow palette", "lipstick")),
    "巴宝莉": (("格纹围巾", "风衣", "格纹衬衫"), ("check scarf", "trench coat")),
    "万宝龙": (("钢笔", "签字笔", "商务皮夹"), ("fountain pen", "wallet")),
    "老凤祥": (("金镯子", "足金吊坠", "黄金戒指"), ()),
    "爱马仕": (("铂金包", "凯莉包", "丝巾"), ("birkin", "kelly bag", "silk scarf")),
    "泡泡玛特": (("盲盒", "手办", "隐藏款盲盒"), ("blind box", "figure")),
    "白象": (("方便面", "泡面整箱", "汤好喝方便面"), ()),
    "熊猫": (("香烟", "香烟整条", "硬盒香烟"), ()),
    "安慕希": (("酸奶", "常温酸奶整箱", "酸奶礼盒"), ()),
    "中华": (("香烟", "软盒香烟", "牙膏"), ()),
    "凤凰": (("自行车", "公路自行车", "二八单车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "白猫": (("洗洁精", "洗衣粉", "柠檬洗洁精"), ()),
    "老板": (("油烟机", "燃气灶", "侧吸油烟机"), ()),
    "燕京": (("啤酒", "纯生", "啤酒整箱"), ()),
    "长城": (("葡萄酒", "哈弗SUV脚垫", "干红葡萄酒"), ()),
    "美的": (("空调", "冰箱", "电饭煲", "洗衣机"), ("air conditioner", "rice cooker")),
    "海天": (("酱油", "蚝油", "调味品礼盒"), ()),
    "雪花": (("啤酒", "纯生", "啤酒整箱"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H23 = frozenset({
    "统一", "旺旺", "良品铺子", "大白兔", "茅台", "元气森林", "金丝猴", "黄鹤楼", "王老吉", "江小白",
    "舒肤佳", "德芙", "自然堂", "娃哈哈", "白象", "熊猫", "安慕希", "中华", "大宝", "白猫", "燕京", "海天",
    "雪花", "六神", "花西子", "完美日记"})
DIGITS_H23 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
SEPARATOR_NAMES_H23 = (
    "MIDDLE DOT", "BULLET", "HYPHENATION POINT", "KATAKANA MIDDLE DOT", "ONE DOT LEADER", "EN DASH",
    "EM DASH", "WAVE DASH", "ZERO WIDTH SPACE", "ZERO WIDTH NON-JOINER", "WORD JOINER",
    "IDEOGRAPHIC SPACE", "FULLWIDTH SOLIDUS", "FULLWIDTH LOW LINE", "BROKEN BAR", "RING OPERATOR",
    "BLACK STAR", "WHITE STAR", "SPARKLES", "FIRE", "HEAVY BLACK HEART", "CHERRY BLOSSOM",
    "GEM STONE", "RIBBON", "HIGH VOLTAGE SIGN", "WHITE SMALL SQUARE", "FULLWIDTH ASTERISK",
    "IDEOGRAPHIC COMMA", "FULLWIDTH TILDE")
BRACKET_NAMES_H23 = (("LEFT BLACK LENTICULAR BRACKET", "RIGHT BLACK LENTICULAR BRACKET"),
                     ("LEFT TORTOISE SHELL BRACKET", "RIGHT TORTOISE SHELL BRACKET"),
                     ("LEFT WHITE CORNER BRACKET", "RIGHT WHITE CORNER BRACKET"),
                     ("FULLWIDTH LEFT PARENTHESIS", "FULLWIDTH RIGHT PARENTHESIS"))
TWIN_SCRIPTS_H23 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC")
ALPHABETS_H23 = ("MATHEMATICAL BOLD {c} {l}", "MATHEMATICAL ITALIC {c} {l}",
                 "MATHEMATICAL BOLD SCRIPT {c} {l}", "MATHEMATICAL FRAKTUR {c} {l}",
                 "MATHEMATICAL DOUBLE-STRUCK {c} {l}", "MATHEMATICAL SANS-SERIF BOLD {c} {l}",
                 "MATHEMATICAL SANS-SERIF ITALIC {c} {l}", "MATHEMATICAL MONOSPACE {c} {l}",
                 "FULLWIDTH LATIN {c} LETTER {l}", "CIRCLED LATIN {c} LETTER {l}",
                 "PARENTHESIZED LATIN SMALL LETTER {l}", "SQUARED LATIN CAPITAL LETTER {l}",
                 "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}",
                 "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}")
ACCENTS_H23 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "CARON",
               "DOT ABOVE", "OGONEK", "RING ABOVE", "CEDILLA", "HOOK ABOVE", "STROKE")


def _gb2312_h23(rows: range) -> list[str]:
    """The characters of GB2312's rows ``rows`` (level 1: 0xB0-0xD7, level 2: 0xD8-0xF7)."""
    out = []
    for row in rows:
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return [c for c in out if "\u4e00" <= c <= "\u9fa5"]


def _gbk_only_h23(known: set[str]) -> list[str]:
    """The CJK characters GBK holds and GB2312 does not."""
    out = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                char = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= char <= "\u9fa5" and char not in known:
                out.append(char)
    return out


class Spellings23:
    """held_out_23's own spellings of a mark or a Latin name, from pypinyin, Python's GB2312 and GBK
    codecs, jieba's dictionary (how common a character is), OpenCC, the confusables table of
    confusable_homoglyphs and Unicode's character names."""

    def __init__(self) -> None:
        import json
        from pathlib import Path

        import confusable_homoglyphs
        import jieba
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin, pinyin

        self._lazy, self._pinyin, self._style = lazy_pinyin, pinyin, Style
        self._t2s, self._s2t = OpenCC("t2s"), OpenCC("s2t")
        level_1 = _gb2312_h23(range(0xB0, 0xD8))
        level_2 = _gb2312_h23(range(0xD8, 0xF8))
        gbk = _gbk_only_h23(set(level_1) | set(level_2))
        # how often each character appears in jieba's dictionary words, weighted by the word's count
        often: Counter[str] = Counter()
        with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as lines:
            for line in lines:
                word, count, *_ = line.split()
                for char in word:
                    often[char] += int(count)
        level_1.sort(key=lambda c: -often[c])
        # toned reading -> (level 1 most common first, level 2, GBK only)
        self._tiers: dict[str, tuple[list[str], list[str], list[str]]] = defaultdict(
            lambda: ([], [], []))
        for tier, chars in enumerate((level_1, level_2, gbk)):
            for char in chars:
                reading = self.reading(char)
                if reading and reading[-1].isdigit():
                    self._tiers[reading][tier].append(char)
        table = json.loads((Path(confusable_homoglyphs.__file__).parent
                            / "confusables.json").read_text(encoding="utf-8"))
        self._twins = {letter: [h["c"] for h in table.get(letter, [])
                                if len(h["c"]) == 1 and h["n"].split()[0] in TWIN_SCRIPTS_H23]
                       for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}

    # -- readings
    def reading(self, char: str) -> str:
        """A character's own reading, tone-numbered (neutral tone 5)."""
        got = self._pinyin(char, style=self._style.TONE3, neutral_tone_with_five=True)[0][0]
        return "" if got == char else got

    def readings(self, mark: str) -> list[str]:
        """The mark's phrase reading, one tone-numbered syllable per character."""
        return [s[0] for s in self._pinyin(mark, style=self._style.TONE3,
                                             neutral_tone_with_five=True)]

    def initials_of(self, mark: str) -> str:
        return "".join(s[0] for s in self._lazy(mark))

    # -- homophones
    def _same_sound(self, char: str, reading: str, rng: random.Random) -> str:
        base = reading.rstrip("12345")
        own = {char, self._t2s.convert(char), self._s2t.convert(char)}
        same = [self._tiers.get(reading, ([], [], []))]
        other = [self._tiers.get(base + t, ([], [], [])) for t in "12345" if base + t != reading]
        pools = (same, other) if rng.random() < 0.7 else (other, same)
        for group in pools:
            tiers = [[c for tier in group for c in tier[i] if c not in own] for i in range(3)]
            tiers[0] = [c for tier in group for c in tier[0][:12] if c not in own] or tiers[0]
            weights = [0.55, 0.25, 0.2]
            usable = [(t, w) for t, w in zip(tiers, weights) if t]
            if usable:
                chosen = rng.choices([t for t, _ in usable], [w for _, w in usable])[0]
                return rng.choice(chosen)
        return char

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        readings = self.readings(mark)
        for _ in range(60):
            roll = rng.random()
            count = 1 if roll < 0.45 else 2 if roll < 0.75 else len(mark)
            spots = set(rng.sample(range(len(mark)), min(count, len(mark))))
            written = "".join(self._same_sound(c, readings[i], rng) if i in spots else c
                              for i, c in enumerate(mark))
            if written != mark and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- pinyin
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        plain = self._lazy(mark)
        toned = [s[0] for s in self._pinyin(mark, style=self._style.TONE)]
        numbered = self.readings(mark)
        half = len(mark) // 2 or 1
        styles: list[Callable[[], str]] = [
            lambda: "".join(plain), lambda: "".join(plain).capitalize(),
            lambda: "".join(s.capitalize() for s in plain), lambda: "".join(plain).upper(),
            lambda: " ".join(plain), lambda: " ".join(s.capitalize() for s in plain),
            lambda: " ".join(toned), lambda: "".join(toned), lambda: "".join(numbered),
            lambda: " ".join(numbered), lambda: "'".join(plain), lambda: "-".join(plain),
            lambda: ".".join(plain), lambda: "#" + "".join(plain),
            lambda: ("".join(plain[:half]) + mark[half:]) if rng.random() < 0.5
            else (mark[:half] + "".join(plain[half:]))]
        for _ in range(40):
            written = rng.choice(styles)()
            if mark not in written and (not latin or latin.lower() not in written.lower()):
                return written
        return " ".join(numbered)

    # -- initials
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        styles: list[Callable[[str], str]] = [
            str.lower, str.upper, str.capitalize,
            lambda s: "".join(c.upper() if i % 2 else c for i, c in enumerate(s)),
            lambda s: ".".join(s.upper()) + ".", lambda s: " ".join(s.upper()),
            lambda s: "-".join(s), lambda s: "/".join(s.upper()), lambda s: "_".join(s),
            lambda s: "·".join(s.upper()),
            lambda s: "".join(chr(ord(c) + 0xFEE0) for c in s.upper()),
            lambda s: "#" + s, lambda s: "【" + s.upper() + "】", lambda s: s.upper() + "家",
            lambda s: s + "牌"]
        return rng.choice(styles)(letters)

    # -- separators
    def separated(self, text: str, rng: random.Random) -> str:
        chars = list(text)
        roll = rng.random()
        if roll < 0.15:
            left, right = (unicodedata.lookup(n) for n in rng.choice(BRACKET_NAMES_H23))
            return "".join(c if c == " " else left + c + right for c in chars)
        if roll < 0.3 and len(chars) > 2:
            gap = rng.randrange(1, len(chars))
            sep = unicodedata.lookup(rng.choice(SEPARATOR_NAMES_H23))
            return "".join(chars[:gap]) + sep + "".join(chars[gap:])
        if roll < 0.55:
            return chars[0] + "".join(unicodedata.lookup(rng.choice(SEPARATOR_NAMES_H23)) + c
                                      for c in chars[1:])
        sep = unicodedata.lookup(rng.choice(SEPARATOR_NAMES_H23))
        return sep.join(chars)

    # -- look-alikes
    def _styled(self, text: str, rng: random.Random) -> str:
        style = rng.choice(ALPHABETS_H23)
        out = []
        for c in text:
            if not c.isalpha():
                out.append(c)
                continue
            case = "CAPITAL" if c.isupper() or "CAPITAL LETTER" in style else "SMALL"
            try:
                out.append(unicodedata.lookup(style.format(c=case, l=c.upper())))
            except KeyError:
                out.append(c)
        return "".join(out)

    def _accented(self, text: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(text) if c.isalpha()]
        out = list(text)
        for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2)))):
            c = text[i]
            case = "CAPITAL" if c.isupper() else "SMALL"
            for accent in rng.sample(ACCENTS_H23, len(ACCENTS_H23)):
                try:
                    out[i] = unicodedata.lookup(f"LATIN {case} LETTER {c.upper()} WITH {accent}")
                    break
                except KeyError:
                    continue
        return "".join(out)

    def _twinned(self, text: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(text) if self._twins.get(c)]
        out = list(text)
        for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2, 3)))):
            out[i] = rng.choice(self._twins[text[i]])
        return "".join(out)

    def confusable(self, text: str, rng: random.Random) -> str:
        for _ in range(40):
            roll = rng.random()
            way = self._twinned if roll < 0.5 else self._styled if roll < 0.8 else self._accented
            written = way(text, rng)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no look-alike for {text}")

    # -- digits
    def digits(self, text: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(text) if c.lower() in DIGITS_H23]
        roll = rng.random()
        count = 1 if roll < 0.5 else 2 if roll < 0.8 else len(spots)
        out = list(text)
        for i in rng.sample(spots, min(count, len(spots))):
            out[i] = DIGITS_H23[text[i].lower()]
        return "".join(out)


def _price_h23(rng: random.Random, english: bool) -> str:
    if english:
        n = rng.choice((19, 25, 35, 45, 60, 79, 120, 150, 220))
        return rng.choice((f"${n}", f"£{n}", f"€{n}", f"{n} USD", f"${n} shipped"))
    n = rng.choice((39, 58, 69, 88, 99, 128, 168, 199, 268, 299, 399, 588, 880, 1280))
    return rng.choice((f"{n}元", f"¥{n}", f"{n}r", f"{n}米", f"到手{n}", f"{n}块", f"💰{n}"))


# offers: account name, title, description ({w} the written mark, {p} the goods, {n} the price)
OFFERS_ZH_H23 = [
    ("微商Amy的朋友圈", "今日上新❗{w}{p}", "同厂同料，细节图私我，{n}，老客户优先，转发集赞送运费险"),
    ("宝妈副业小铺", "{w}{p}到货啦～", "姐妹们冲！一手货源，{n}包邮，零售批发都可以，代理拿货更便宜"),
    ("鹏哥一手货源", "{w} {p} 工厂直出 支持验货", "和专柜一个流水线下来的，价格只有零头，{n}，有需要滴滴"),
    ("潮品集合社", "【现货速发】{w}{p} 男女同款 新款 热卖 爆款 百搭 包邮 顺丰",
     "{n}，下单备注尺码，48小时内发货"),
    ("一只爱分享的小鹿", "挖到宝了！{w}{p}才{n}😭", "不是广告！自用分享～和朋友的正品放一起根本看不出来，链接在评论区置顶，想要的姐妹扣1"),
    ("薯条姐的好物笔记", "平替天花板｜{w}{p}", "真的绝了，手感做工都在线，{n}入的，想要同款的私信我拿链接哦"),
    ("直播间小助理", "家人们{w}{p}上链接了！", "三二一上车！今晚只要{n}，库存不多，拍完就下架，主播自用款"),
    ("义乌档口阿强", "{w}{p} 档口现货 可一件代发", "{n}一件，十件起批价另谈，视频看货加V"),
    ("拼团群主小蔡", "接龙🔥{w}{p}", "满20人开团，团价{n}，和商场同款，接龙格式：名字+数量"),
    ("闲鱼用户_8f2k", "出{w}{p} 全新", "朋友厂里拿的，跟专柜一模一样，{n}不刀，同城可面交"),
    ("香港代購Kelly", "{w}{p} 工廠貨 平過專櫃好多", "{n}，同一間廠出嘅，睇圖inbox我，順豐到付"),
    ("台北小舖Vivi", "{w}{p} 特價出清 現貨", "{n}，跟百貨公司同款，品質很穩，私訊看實拍，超商取貨付款"),
    ("海外仓清货", "{w}{p} 外贸订单剩余", "工厂多做的一批，没有吊牌，{n}一件，清完为止"),
    ("深夜好物推荐官", "{w} {p} 专柜同款 高品质", "品质对标专柜，懂的来，{n}，图片是实拍，dd看更多细节"),
    ("Lily海淘小屋", "{w}{p} 同源同质", "原材料一样的，只是没有品牌溢价，{n}，需要的宝子评论区扣“要”"),
    ("阿凯球鞋仓", "{w}{p} 顶级版本 细节拉满", "{n}，鞋盒配件齐全，过验不是问题，支持七天无理由"),
    ("校园跑腿小王", "寝室直送｜{w}{p}", "学生价{n}，跟外面店里卖一千多的一个样，私聊我约时间"),
    ("清仓甩卖王", "亏本清仓 {w} {p} 最后几件", "厂家抵债货，{n}一件，先到先得，手慢无"),
    ("美妆分装小铺", "{w}{p} 大牌平价入手", "专柜几百，这里{n}，包装一比一还原，量大从优，私信报价"),
    ("工厂店小陈", "{w}{p} 原厂尾货", "同一条生产线下来的，只是没走品牌渠道，{n}，要图片加我"),
    ("快手老铁严选", "老铁们看过来 {w}{p}", "{n}两件，质量杠杠的，点头像进群领券"),
    ("小镇青年的杂货铺", "{w}{p}｜支持视频验货", "{n}，不满意包退，放心拍，多买多送"),
    ("朋友圈搬运工", "👇{w}{p}👇", "【款式】多色可选【价格】{n}【发货】现货秒发【售后】质量问题包换"),
    ("Mia's closet", "{w}{p} 私聊问价", "大牌代工厂出品，不方便挂价格，感兴趣的宝宝私我发图，走鱼或者V都行"),
    ("批发部王姐", "{w}{p} 整箱批发", "{n}一箱，小超市小卖部都在我这拿货，量大送货上门"),
    ("Annie双语好物", "{w}{p} same factory, half price", "同厂同款 same quality，{n}，DM for pics 私聊看图"),
]
OFFERS_EN_H23 = [
    ("vintagefinds_ldn", "{w} {p} - brand new, no tags", "Same factory as retail, {n}. DM for more pics, ships next day."),
    ("depop_closet_jess", "{w} {p} 🖤 y2k", "Bought a bunch from the factory, {n} each, bundle discount! Message before buying x"),
    ("bargainhub_shop", "{w} {p} NEW {n} Free Shipping Fast Ship Best Price Gift Idea",
     "Condition: new without box. Ask me for extra photos."),
    ("sneakerplug88", "{w} {p} top batch", "{n}, all sizes in stock, WhatsApp for QC pics. Worldwide shipping."),
    ("closetcleanout_ky", "{w} {p} - same as store", "Identical to the ones in store, {n} obo. Pickup or ship."),
    ("overstock_deals", "{w} {p} factory overrun", "Extra stock from the factory run, {n}. Limited quantity, first come first served."),
    ("Mandy ✨ reseller", "{w} {p} 🔥 restocked", "{n}! Link in bio, use code SAVE10 at checkout"),
    ("thrift_with_tom", "{w} {p} OEM", "OEM from the same supplier, {n}. No returns, check pics."),
    ("kicksdaily", "{w} {p} 1:1 quality", "{n} shipped, comes with box and dust bag. Text for sizes."),
    ("bulk_wholesale_co", "{w} {p} wholesale lot", "{n} per piece, MOQ 10, mix sizes OK. Email for price list."),
    ("stylebyrae", "{w} {p} dupe", "Honestly can't tell the difference, {n}. Comment 'want' and I'll send the link"),
    ("mkt_seller_2291", "{w} {p} brand new sealed", "Sealed, {n}. Ships from warehouse, tracking provided."),
    ("luxe_for_less", "{w} {p} mirror quality", "{n}, stitching and hardware perfect. DM for pics, PayPal F&F only."),
    ("hk_bilingual_shop", "{w} {p} 工廠直出 factory direct", "{n}, same material, inbox for real photos 實拍"),
    ("gadget_outlet_uk", "{w} {p} unboxed, unused", "Same production line, {n}. Collection or courier."),
    ("teen_side_hustle", "{w} {p} cheap!!", "{n} each, got them from a guy who works at the factory lol, dm"),
]


RESALE_ZH_H23 = [
    ("搬家清空中", "搬家出闲置｜{m}{p}", "用了半年，功能都正常，发票和包装盒都在，{n}自提，不包邮"),
    ("毕业季甩卖", "宿舍清仓 {m}{p} 二手", "专柜买的，附购买小票照片，{n}出，同校可送到楼下"),
    ("闲鱼用户_小团子", "自用{m}{p}转卖", "买了没怎么用，有官方APP订单截图，支持平台验货后发货，{n}"),
    ("出国前断舍离", "{m}{p} 九成新转让", "出国带不走，保修卡还在有效期，{n}，可以先去专柜验"),
    ("二手数码回收站", "回收/寄卖：{m}{p}", "本店二手寄卖，每件都有来源凭证和检测报告，{n}，支持第三方鉴定"),
    ("礼物转送", "收到的礼物 {m}{p} 全新未拆", "朋友送的礼物重复了，有购物小票，{n}出，不议价"),
    ("宝妈换钱买奶粉", "{m}{p} 闲置出", "孩子大了用不上，原价好几百，{n}，有发票，介意二手勿拍"),
    ("寄卖行小周", "寄卖｜{m}{p} 附专柜发票", "客人寄卖，专柜小票发票齐全，已过鉴定，{n}"),
    ("中古店日记", "中古 {m}{p}", "中古店收来的，有使用痕迹，附鉴定证书，{n}，售出不退"),
    ("上班族整理衣柜", "衣柜清理 {m}{p}", "买小了，只穿过一次，吊牌没剪，有官方旗舰店订单号，{n}"),
    ("换新机出旧机", "{m}{p} 自用二手", "换新了所以出掉旧的，保修还剩三个月，{n}，当面验货交易"),
    ("台中二手小窩", "二手 {m}{p} 自用出清", "專櫃購入有收據，使用痕跡如圖，{n}，面交或店到店"),
    ("香港二手區", "{m}{p} 放售 九成新", "自用，有單有盒，{n}，港鐵站交收"),
    ("验货后再发", "{m}{p} 二手转让 可走验货", "可以走平台的验货服务，验完再发给你，{n}，放心"),
    ("离婚分家产", "{m}{p} 便宜出", "不想看到了，附当时的购买发票，{n}，同城自取"),
    ("抽奖中的", "年会抽中的{m}{p}", "公司年会奖品，全新，盒子都没拆，{n}，有公司采购单可以看"),
]
RESALE_SEALED_ZH_H23 = [
    ("囤货党清库存", "囤多了 {m}{p} 转", "超市买多了，保质期到明年，有购物小票，{n}，未开封"),
    ("婚礼剩的", "婚宴剩下的{m}{p}", "酒店退回来的没开封，附购买发票，{n}出，同城自提"),
    ("节礼吃不完", "过节收的{m}{p} 转让", "单位发的福利，原封未动，{n}，介意勿扰"),
    ("团购买多了", "团购多买了 {m}{p} 闲置", "全新未拆封，有团购订单截图，生产日期是上个月，{n}"),
    ("戒烟戒酒中", "{m}{p} 原封转", "家里人戒了，原箱没动过，有当时的购物小票，{n}，只同城"),
    ("超市会员", "{m}{p} 积分换的 出", "会员积分兑换的，没开过，小票在，{n}"),
]
RESALE_EN_H23 = [
    ("moving_sale_sf", "Moving sale: {m} {p}", "Used for a year, works great. Receipt and original box included. {n}, pickup only."),
    ("ebay_seller_kt", "Pre-owned {m} {p}", "Bought at the flagship store, receipt in photos. Light wear. {n} or best offer."),
    ("vinted_anna", "{m} {p} - barely used", "Purchased from the official site, order confirmation available. {n}."),
    ("declutter_dad", "{m} {p}, second hand", "Authenticated by a third-party service, certificate included. {n}."),
    ("consign_corner", "Consignment: {m} {p}", "Consigned by a client, proof of purchase on file, {n}. Authenticity guaranteed."),
    ("gift_regift", "Unwanted gift - {m} {p}", "Never used, gift receipt included, {n}. Happy to meet at the store so you can check it."),
    ("student_leaving", "{m} {p} - leaving the country", "Comes with the warranty card and invoice. {n}, quick sale."),
    ("poshmark_jen", "{m} {p} preloved", "Original receipt and packaging, some signs of use. {n}."),
]
RESALE_SEALED_EN_H23 = [
    ("pantry_clearout", "Unopened {m} {p}", "Bought too many, still sealed, best-by next year, receipt shown. {n}."),
    ("party_leftovers", "Leftover {m} {p} from our party", "Sealed, never opened, store receipt included. {n} pickup."),
    ("bulkbuy_extra", "Extra {m} {p}, sealed", "Bought a multipack, have spares. Unopened, with receipt. {n}."),
]
WARNINGS_ZH_H23 = [
    ("消费者协会", "消费提示：警惕低价{m}{p}", "近期接到多起投诉，有人在社交平台以“同厂同料”为名低价销售{m}{p}，消费者收货后发现为假冒商品。请通过正规渠道购买，保留付款凭证。"),
    ("市场监管局", "查处一批假冒{m}{p}", "执法人员在某仓库查获假冒{m}{p}两千余件，涉案商品已全部扣押，案件正在进一步调查中。"),
    ("海关发布", "口岸截获侵权{m}{p}", "海关在出口货物中查获标有{m}商标的{p}，经权利人确认为侵权商品，已依法扣留。"),
    ("法院公众号", "销售假冒{m}{p} 获刑", "被告人通过网络销售假冒{m}{p}，销售金额十余万元，法院以销售假冒注册商标的商品罪判处有期徒刑。"),
    ("被坑的小白", "避雷！朋友圈买的{m}{p}是假的", "卖家说是“工厂尾货”，收到发现做工粗糙，找专柜鉴定是假的，现在人已经把我拉黑了，大家别再上当。"),
    ("维权日记", "买到假{m}{p}怎么办", "在直播间买的{m}{p}，拿去专柜被说不是正品。已经向平台投诉，也打了12315，记录一下维权过程。"),
    ("社区网格员", "提醒居民：{m}{p}上门推销别信", "有人挨家挨户推销所谓“内部价”{m}{p}，经核实是假货，请大家相互转告。"),
    ("平台治理公告", "违规商品下架通知", "经核查，你发布的“{m}{p} 同厂同款”涉嫌售假，已下架处理。如有异议请提供品牌授权或进货凭证。"),
    ("鉴定师阿文", "{m}{p}真假怎么看", "最近很多人私信问我那种“原厂货”{m}{p}，一律回复：价格只有专柜零头的，基本都是仿品，别抱侥幸。"),
    ("想问问大家", "这个{m}{p}是正品吗？", "有个卖家说他的{m}{p}是“同厂同料”，只要{n}，还说可以验货，这种靠谱吗？有懂的姐妹帮看看"),
    ("群里有人发", "求助：微商卖的{m}{p}能买吗", "群里有人发“{m}{p}一手货源”，说是原单，我有点心动又怕被骗，有人买过吗"),
    ("闲鱼小法官", "{m}{p}被卖家骗了", "卖家发的图是正品图，寄来的是假货，说好的支持验货结果不退款，已经申请小法官介入。"),
    ("版主通告", "本版禁止发布仿冒{m}商品", "近期有人在本版发布所谓“平替”{m}{p}广告，均已删除，再犯封号。"),
    ("台灣消保官", "網購{m}{p}小心仿冒", "近日接獲民眾申訴，網購的{m}{p}疑似仿冒品，提醒消費者認明官方通路，保留交易紀錄。"),
    ("香港消委會", "留意網上平價{m}{p}", "有市民投訴網購{m}{p}貨不對辦，懷疑係假貨，本會提醒市民小心選擇賣家。"),
    ("律师说法", "卖“高仿”{m}{p}要担什么责任", "很多人以为标注“高仿”就没事，实际上销售仿冒{m}商标的{p}同样构成侵权，情节严重的可能涉嫌犯罪。"),
    ("派出所", "警方破获假冒{m}{p}案", "民警循线追踪，捣毁一个制售假冒{m}{p}的窝点，现场查获成品和包装材料一批。"),
    ("快递驿站小哥", "帮大家看了一眼", "最近驿站好多寄{m}{p}的散件包裹，没有防伪标，大家买之前问清楚来源。"),
    ("品牌打假志愿者", "识别假{m}{p}的三个细节", "看防伪码、看包装印刷、看购买渠道，朋友圈“一手货源”的{m}{p}基本都是仿的。"),
    ("妈妈群转发", "紧急提醒：假{m}{p}", "有孩子吃了地摊买的{m}{p}不舒服，大家给孩子买东西一定去正规超市。"),
    ("记者调查", "暗访：仿冒{m}{p}流向小城市", "记者走访发现，部分批发市场公开售卖仿冒{m}{p}，售价仅为正品的三成。"),
    ("检察院", "检察机关提起公诉：售假{m}{p}", "犯罪嫌疑人通过多个社交账号销售假冒{m}{p}，检察机关依法提起公诉。"),
]
WARNINGS_EN_H23 = [
    ("consumer_watch", "Warning: fake {m} {p} sold online", "We've had dozens of reports of counterfeit {m} {p} sold on social media as 'factory overstock'. Buy only from authorised sellers."),
    ("scammed_sarah", "Got scammed buying {m} {p}", "Seller swore it was 'same factory, no logo tax'. It arrived and it's obviously counterfeit. Reported to the platform."),
    ("mod_team", "Removed: listing of {m} {p}", "A listing described as '{m} {p}, mirror quality' was removed for breaching our counterfeit goods policy."),
    ("customs_news", "Border officers seize counterfeit {m} {p}", "Officers seized a shipment of counterfeit {m} {p} worth an estimated retail value of $200,000."),
    ("trading_standards", "Fake {m} {p} seized at market", "Trading standards officers seized counterfeit {m} {p} from stalls at a weekend market."),
    ("is_it_legit", "Is this {m} {p} real?", "Seller says it's '{m} {p}, OEM from the same factory' for {n}. Is that even possible? Feels too good to be true."),
    ("court_reporter", "Man jailed for selling fake {m} {p}", "The court heard he sold hundreds of counterfeit {m} {p} through social media accounts."),
    ("authentication_tips", "How to spot a fake {m} {p}", "Check stitching, serial numbers and where you buy. 'Rep' sellers on social apps are the top source of fakes."),
    ("buyer_beware_hk", "小心假{m} {p} / beware of fakes", "Bought from an online shop, arrived with misspelt packaging. 大家小心。"),
]
REVIEWS_ZH_H23 = [
    ("数码测评君", "{m}{p}深度测评", "用了一个月，续航和做工都不错，缺点是价格偏高，适合预算充足的人。"),
    ("小红薯种草机", "{m}{p}真实使用感受", "自费购入，专柜买的，说说优缺点：颜值很高，但是有点重，日常够用。"),
    ("财经快讯", "{m}发布季度财报", "{m}本季度营收同比增长，其中{p}业务表现突出。"),
    ("本地新闻", "{m}新门店今日开业", "位于商场一层的{m}门店今天开业，主推{p}，现场排起长队。"),
    ("售后师傅老刘", "做了十几年售后，聊聊{m}{p}", "{m}的{p}口碑一直不错，常见问题就那几个，按说明书用就行。"),
    ("粉丝后援会", "应援！{m}新品{p}", "我们家代言的{m}新品{p}今天上线，大家理性消费，支持正版。"),
    ("博物馆志", "{m}的百年故事", "一件老{p}背后，是{m}几代人的坚持，展览本周末结束。"),
    ("开箱小能手", "开箱：{m}{p}", "官方旗舰店下单，包装很用心，附发票和保修卡，第一印象不错。"),
    ("港澳生活", "{m}{p} 用後感", "喺專門店買嘅，用咗兩個禮拜，整體幾滿意，就係價錢貴咗啲。"),
    ("台灣開箱", "{m}{p}開箱分享", "在百貨專櫃買的，店員很細心介紹，質感真的很好。"),
    ("体育新闻", "{m}赞助本届马拉松", "{m}成为本届城市马拉松官方合作伙伴，选手将获得{p}。"),
    ("行业观察", "国货{m}的出海之路", "从{p}起家，{m}如今在海外市场也有一定知名度。"),
    ("设计师笔记", "聊聊{m}{p}的设计语言", "线条简洁，配色克制，这一代{p}在细节上比上一代进步很多。"),
    ("学生党记账", "攒了三个月买{m}{p}", "终于在官网下单了，开心，记录一下，理性消费从我做起。"),
    ("对比实验室", "{m}{p}对比同价位", "同价位横向对比，{m}在做工和售后上占优。"),
    ("公益报道", "{m}向山区学校捐赠{p}", "{m}今日向多所山区学校捐赠一批{p}，并设立助学基金。"),
    ("展会直击", "展会上看到了{m}新款{p}", "今年展台很大，新款{p}现场可以试用，体验不错。"),
    ("老用户回忆", "用了十年的{m}{p}", "十年前结婚时买的，到现在还在用，质量真没得说。"),
    ("直播回放整理", "官方直播间{m}{p}价格汇总", "整理一下今晚官方直播间的价格，和旗舰店一致，没有额外优惠。"),
    ("测评翻车", "{m}{p}也有缺点", "不是吹，也不是黑，售后响应慢是真的，希望改进。"),
]
REVIEWS_EN_H23 = [
    ("tech_reviews_daily", "{m} {p} review: worth it?", "After three weeks of use, build quality is excellent, battery is decent. Pricey though."),
    ("honest_hauls", "My {m} {p} after one year", "Bought at the store, still holding up. Minor wear, no complaints."),
    ("biz_wire", "{m} reports strong quarter", "{m} said sales of its {p} rose in the last quarter."),
    ("local_paper", "New {m} store opens downtown", "Shoppers queued outside as the {m} store opened, with the new {p} on display."),
    ("unboxing_uk", "Unboxing the {m} {p}", "Ordered from the official site, came with receipt and warranty. First impressions below."),
    ("museum_blog", "A century of {m}", "The exhibition traces how {m} turned a small workshop into a household name."),
    ("fan_account", "{m} x our idol 💙", "The new {m} {p} campaign dropped today, buy from official stores only!"),
    ("compare_lab", "{m} {p} vs the competition", "Side by side, {m} wins on fit and finish but loses on price."),
    ("repair_cafe", "Fixing an old {m} {p}", "Brought in a ten-year-old {m} {p}, only needed a new part. Built to last."),
    ("vlog_weekly", "Why I finally bought the {m} {p}", "Saved up for months and ordered it from the flagship store. Here's my honest take."),
]
AUTHORISED_H23 = [  # (signer, account name, title, text) posted by the owner or its authorised shop
    ("owner", "{m}官方", "{m}声明", "近期发现有人冒用{m}名义在朋友圈销售{p}，{m}从未授权任何微商渠道，请认准官方旗舰店。"),
    ("owner", "{m}官方", "新品上市｜{m}{p}", "{m}全新{p}今日起在官方旗舰店和授权门店同步发售。"),
    ("owner", "{m}官方", "{m}防伪查询指南", "每件{m}{p}都有唯一防伪码，扫码即可查询，谨防“同厂同料”的说法。"),
    ("owner", "{m}品牌号", "{m}打假进展", "{m}本月配合执法部门查处售假窝点三处，涉及{p}上千件。"),
    ("owner", "{m}官方", "{m}与你一起过冬", "{m}{p}温暖上新，官方渠道购买享全国联保。"),
    ("owner", "{m}官方", "关于网传{m}“内部渠道”的说明", "{m}没有任何“内部价”“员工价”渠道，所谓工厂尾货均非{m}正品。"),
    ("owner", "{m} Official", "{m} {p} now available", "The new {m} {p} is available at official stores and our online flagship."),
    ("owner", "{m}官方", "{m}售后服务升级", "即日起{m}{p}保修期延长，凭发票或电子订单即可享受。"),
    ("owner", "{m}官方", "{m}直播预告", "今晚八点{m}官方直播间，{p}新品首发，只在官方账号开播。"),
    ("owner", "{m}官方", "{m}公益行动", "{m}向受灾地区捐赠{p}，感谢每一位用户的支持。"),
    ("owner", "{m}官方", "{m}提醒：警惕仿冒账号", "有账号冒充{m}客服发布{p}低价信息，请以本账号为准。"),
    ("shop", "{m}授权专卖店", "{m}{p}到店啦", "本店为{m}授权门店，{p}新款已到，可出示授权书，欢迎到店试用。"),
    ("shop", "{m}授权专卖店", "本店{m}{p}保真", "本店所有{m}{p}均从品牌方直接进货，提供正规发票，假一赔十。"),
    ("shop", "{m}授权专卖店", "店长提醒：别买假{m}", "最近好多顾客拿着网上买的{m}{p}来问真假，大多数都是仿的，买之前先来店里问问。"),
    ("shop", "{m}授权店·万达店", "{m}会员日", "{m}会员日全场{p}九折，凭会员卡积分翻倍。"),
    ("shop", "{m}授权专卖店", "{m}{p}以旧换新", "旧{p}可抵扣，换购{m}新款，活动仅限本店。"),
    ("shop", "{m}授權專門店", "{m}{p}新貨到", "本店係{m}授權專門店，{p}新款到貨，歡迎到店睇睇。"),
    ("shop", "{m}授權經銷", "{m}{p}到貨通知", "本店為{m}授權經銷商，{p}現貨供應，提供原廠保固。"),
    ("shop", "{m}授权专卖店", "{m}{p}验真服务", "在本店或其他渠道购买的{m}{p}都可以免费帮看真假，欢迎来店。"),
    ("shop", "{m} authorised retailer", "{m} {p} in store now", "We are an authorised {m} retailer. The new {p} is in store, invoice provided with every purchase."),
    ("shop", "{m}授权专卖店", "{m}{p}开学季", "学生凭学生证购买{m}{p}享优惠，本店授权编号可在{m}官网查询。"),
    ("shop", "{m}授权专卖店", "{m}{p}补货", "断货的{p}补回来了，{m}授权门店全国同价，不打折不串货。"),
]
# everyday sentences that pypinyin reads with a mark's sound in them, and that write no mark
SOUND_ALIKE_H23 = [
    "我同意你的看法，下次再约", "同一个地方拍了十年的日落", "楼下的小狗一见我就汪汪叫",
    "隔离那几天学会了做面包", "过马路的时候要留神左右来车", "晚上看书太久眼睛有点酸",
    "我老伴儿做的红烧肉最好吃", "主持人口齿清楚，听着很舒服", "周末和爸爸去水库钓鱼",
    "拎着大包小包挤地铁回家", "你还天天熬夜，身体吃得消吗", "今天上课学化学实验",
    "家里那只雄猫又溜出去了", "别对孩子说重话，好好讲", "这趟长程航班坐得腰疼",
    "没得办法，只能明天再去", "阳台上晒着白毛巾", "百香果配蜂蜜泡水很好喝",
    "手机用久了难免会卡", "海边散步，我还偶尔捡到贝壳", "池塘边满是莲香，蜻蜓飞来飞去",
    "挨骂是常有的事，别往心里去", "小侄子笑得哇哈哈的停不下来", "水果里的自然糖分也要注意",
    "冰雪化为春水，河面开化了", "他的父亲是位老木匠", "周末玩四个小时游戏就够了",
    "小猫抬起爪子拍了拍我", "猫咪被我狂喂了一个月，胖了一圈", "按1:1比例复刻了老家河边的钓鱼台",
    "奶奶说我1:1复刻的收音机和她老伴那台一模一样", "复刻了外婆的拿手菜，我同意这就是家的味道",
    "复刻童年的味道：他的父亲当年也这样做", "游戏里1:1复刻了那座桥，连桥下钓鱼的人都有", "下雨天要留神路滑",
    "做实验前要隔离好样品", "老伴和我每天早上去公园", "眼睛近视了得配副眼镜",
    "钓鱼讲究耐心", "买了两箱百香果分给邻居",
]
SOUND_ALIKE_FRAMES_H23 = [("{s}", ""), ("", "{s}"), ("{s}", "#碎碎念 #今天"), ("今日随笔", "{s}")]
# common-word marks in their ordinary sense (and English words that are a Latin name of the part)
COMMON_SENSE_H23 = [
    "会议最后大家统一了意见", "全班统一穿校服拍毕业照", "新年祝大家财运旺旺", "邻居家的狗名字叫旺旺",
    "海鸥追着渡轮飞了一路", "在青岛喂海鸥，差点被抢了面包", "这张照片我要永久保存",
    "博物馆的永久展厅今天免费", "草地上蹲着一只大白兔，耳朵竖得老高", "女儿养了只大白兔，每天喂胡萝卜",
    "秦岭深处拍到了野生金丝猴", "动物园新来了两只金丝猴宝宝", "登上黄鹤楼，江景一览无余",
    "小学课本里学过《黄鹤楼送孟浩然之广陵》", "看到这张老照片让我联想到小时候", "这首歌让人联想到夏天的海",
    "芭蕾舞剧里的小天鹅舞太美了", "湖面上游来一只小天鹅", "泰国的白象被视为吉祥的象征",
    "纪录片里拍到了罕见的白象", "成都基地的熊猫在啃竹子", "第一次见到熊猫幼崽，太可爱了",
    "中华文化源远流长", "海外游子心系中华", "凤凰古城的夜景很美", "传说凤凰浴火重生",
    "我家大宝今年上小学了", "大宝二宝一起去公园玩", "楼下那只白猫天天晒太阳", "捡到一只白猫，已经送去绝育了",
    "老板娘又给我多加了个蛋", "我们老板今天请全组喝奶茶", "燕京是北京的旧称", "读了本讲燕京旧事的书",
    "周末去爬了长城，腿都软了", "长城脚下的村子秋天很美", "山顶的风景真的很美的",
    "这是一个很美的故事", "站在山顶看海天一色", "海天相接的地方有一艘船", "窗外飘起了雪花",
    "小朋友伸手去接雪花", "听到这个消息我六神无主", "考试前一晚六神无主，翻来覆去睡不着",
    "黄鹤楼的夜景灯光秀很好看", "大宝最近迷上了画画", "老板说这周不用加班", "雪花落在睫毛上",
    "熊猫基地早上人最少", "中华美食博大精深",
    "The coach told us to run two more laps",
    "We took the night coach from Edinburgh to London",
    "A white dove landed on the balcony this morning",
    "She dove into the lake without a second thought",
    "Two vans blocked the street during the move",
    "We rented vans for the school trip",
    "It's hard to converse over loud music",
    "They would converse in French at dinner",
    "New rules safeguard children's data online",
    "Backups safeguard your photos if the laptop dies",
    "Hermes was the messenger of the Greek gods",
    "The museum has a statue of Hermes with winged sandals",
    "Our coach booked the team a dinner after the match",
    "The dove is an old symbol of peace",
]
COMMON_FRAMES_H23 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#生活小记")],
                     "en": [("{s}", ""), ("", "{s}"), ("just a thought", "{s}")]}
VIEWERS_H23 = ["阿岚的碎碎念", "早八人小周", "南方的树", "豆豆和花卷", "Coco在旅行", "骑车上班的老吴",
               "一颗番茄", "爱做饭的阿珍", "周末去露营", "星星糖", "北京胡同里的猫", "Leo的日常"]
PHRASING_H23 = Phrasing(
    "held_out_23", GOODS_H23, _price_h23, (OFFERS_ZH_H23, OFFERS_EN_H23),
    (RESALE_ZH_H23, RESALE_EN_H23), (RESALE_SEALED_ZH_H23, RESALE_SEALED_EN_H23), SEALED_GOODS_H23,
    (WARNINGS_ZH_H23, WARNINGS_EN_H23), (REVIEWS_ZH_H23, REVIEWS_EN_H23), AUTHORISED_H23,
    SOUND_ALIKE_H23, SOUND_ALIKE_FRAMES_H23, COMMON_SENSE_H23, COMMON_FRAMES_H23, VIEWERS_H23)


def twenty_third_held_out(seed: int = 331) -> list[Case]:
    """held_out_23: held_out_22's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings23()
    return _held_out_part(seed, words, MARKS_H23, PHRASING_H23, words.initials_of, DIGITS_H23)


# -- held_out_24 (issue 13, stop 39): a twenty-second hand -------------------------------------------
# Written at stop 39 by a twenty-second hand that read neither the guard (src/origin/brands/, its
# tables, its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read the
# module docstring, Case, suite_brands, the marks lists, held_out_23's comment block, marks and goods
# as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# PartSpellings, _held_out_part), the list of parts in cases() and how twenty_third_held_out calls
# the assembly (the listing of this file's names also showed the names, not the contents, of the
# other parts' tables); of bench_brands.py only the scoring, PARTS and SEALED; of the tests only the
# shared structure test and held_out_23's test. Its marks are the 51 loaded marks with the fewest
# held-out offers so far (every held-out part's offers counted from cases(), held_out_23's twice,
# ties by loaded order: the 49th to 55th have 188 each, so 中华, 凤凰, 大宝 and 白猫 fall out by
# loaded order; 13 common words, 40 Latin names; 6 of them in held_out_23). Its spellings are its
# own code over outside data (Spellings24): homophones swap one, two or every character for one
# whose own reading (pypinyin, the character alone) is the mark's phrase reading, the same tone
# about two times in three, drawn from the GB2312 codec's level 1 ranked by how many of pypinyin's
# phrases hold the character (what an IME offers first), GB2312 level 2 or GBK-only characters,
# never the mark's own character nor one OpenCC converts to or from it, never a traditional-only
# form, never spelling a loaded mark; pinyin from pypinyin's phrase readings in sixteen styles
# (joined, capitalised, camel, upper, spaced, spaced capitals, toned, toned and joined,
# tone-numbered, numbered and spaced, apostrophed, hyphenated, underscored, slashed, hashtagged, half
# left in characters), never holding the Latin name; initials in fourteen styles (lower, upper,
# dotted, spaced, hyphenated, slashed, full-width, hashtagged, in brackets, with 家, 牌 or 同款 after,
# emoji between, capital and lower mixed); separators looked up by Unicode name in the voices of
# live streams and group buys (link, shopping bags, gift, party popper, money bag, check marks,
# exclamation marks, pointing fingers, leaders, ideographic and narrow spaces, zero-width
# non-joiner, full-width comma and tilde, hyphenation point, ring operator) at every gap with one
# kind, each gap its own kind, at one gap, or doubled at every gap; look-alikes are the confusables
# table's (confusable_homoglyphs' data) Cyrillic, Greek, Armenian, Cherokee, Lisu, Coptic,
# Canadian-syllabics, Vai and Osage twins of one to three letters, the whole word in one alphabet
# looked up by Unicode name (mathematical sans-serif, monospace, double-struck, fraktur, bold
# script, full-width, circled, squared, parenthesized, small capitals), or one or two letters with
# an accent by Unicode name; digit swaps of one, two or every swappable letter (z as 2, g as 6).
# Its phrasing is its own, 20 or more shapes per family, from voices no hand used much yet:
# live-stream commerce transcripts (上链接, 扣1, stock counted down), Taobao/JD customer-service turns,
# Pinduoduo group-buy calls, Xianyu haggling, overseas daigou with customs and shipping talk,
# TikTok Shop / Instagram captions with hashtags, internet slang (yyds, 绝绝子, 平替, dupe) and
# emoji, most offers with no counterfeit word (price, stock, "same factory", "DM for pictures");
# resale with receipts, order screenshots, Xianyu's inspection service and authentication
# certificates; warnings as victims and consumer associations write them, quoting the offer they
# warn about, lawyers explaining trademark law, customs seizure and court-judgment news; reviews,
# unboxings and comparisons that name a cheaper ordinary brand as a 平替 or "dupe" (no counterfeit);
# brand collaboration announcements and official stores' live streams; ordinary words pypinyin
# reads like a mark (脚下, 大将, 一粒, 毅力, 飞了, 恰恰, 飞哥, 孩儿, 李白, 礼拜, 久仰, 回礼, 往往, 同一, 用久,
# 老李是, 有衣裤, 猛牛, 落拓, 长红 ...), some next to 复刻 or 1:1 in their ordinary use; common-word marks
# in their ordinary sense, some next to their own product words; English words that are a Latin
# name (warrior, canon, omega, new balance, red bull). Sealed: scored only by the lead with
# ``--parts held_out_24``; counts only; never run through the guard by its writer.
MARKS_H24 = [
    "回力", "蕉下", "兰蔻", "浪琴", "索尼", "佳能", "乐高", "大疆", "蒙牛", "伊利", "戴森", "斐乐",
    "红牛", "洽洽", "骆驼", "小熊", "飞鸽", "海尔", "比亚迪", "施华洛世奇", "立白", "九阳", "长虹",
    "红豆", "海澜之家", "普拉达", "资生堂", "新百伦", "好孩子", "格兰仕", "五粮液", "百雀羚", "雅戈尔",
    "劳力士", "飞利浦", "亚瑟士", "始祖鸟", "统一", "旺旺", "云南白药", "海鸥", "农夫山泉", "同仁堂",
    "欧米茄", "优衣库", "雅诗兰黛", "永久", "片仔癀", "三只松鼠", "白象", "熊猫",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H24: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "回力": (("帆布鞋", "高帮球鞋", "经典款白鞋"), ("canvas shoes", "high-top sneakers")),
    "蕉下": (("防晒衣", "遮阳伞", "冰袖"), ("sun hoodie", "parasol", "sun sleeves")),
    "兰蔻": (("小黑瓶精华", "粉水", "菁纯面霜"), ("serum", "toner", "face cream")),
    "浪琴": (("名匠系列腕表", "康卡斯腕表", "女士石英表"), ("automatic watch", "quartz watch")),
    "索尼": (("降噪耳机", "微单相机", "游戏机手柄"), ("noise-cancelling headphones", "mirrorless camera")),
    "佳能": (("单反相机", "微单", "长焦镜头"), ("DSLR camera", "zoom lens")),
    "乐高": (("积木", "机械组积木", "城市系列拼装"), ("building bricks", "technic set")),
    "大疆": (("航拍无人机", "手持云台", "运动相机"), ("camera drone", "gimbal", "action cam")),
    "蒙牛": (("纯牛奶整箱", "特仑苏", "酸奶礼盒"), ("whole milk", "yogurt cups")),
    "伊利": (("纯牛奶", "金典有机奶", "安幕舒化奶"), ("UHT milk", "lactose-free milk")),
    "戴森": (("吹风机", "卷发棒", "无线吸尘器"), ("hair dryer", "cordless vacuum", "hair styler")),
    "斐乐": (("老爹鞋", "运动卫衣", "网球裙"), ("chunky sneakers", "tennis skirt")),
    "红牛": (("功能饮料", "牛磺酸饮料整箱", "罐装功能饮料"), ("energy drink", "energy drink cans")),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "mixed nuts")),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "飞鸽": (("自行车", "复古自行车", "通勤单车"), ()),
    "海尔": (("对开门冰箱", "滚筒洗衣机", "热水器"), ("fridge", "washing machine")),
    "比亚迪": (("车载充电器", "汽车脚垫", "车模"), ("car charger", "scale model car")),
    "施华洛世奇": (("天鹅项链", "水晶手链", "耳钉"), ("crystal necklace", "bracelet", "earrings")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry detergent", "dish soap")),
    "九阳": (("豆浆机", "破壁机", "空气炸锅"), ("soymilk maker", "blender", "air fryer")),
    "长虹": (("液晶电视", "变频空调", "电视机"), ("LCD TV", "inverter air conditioner")),
    "红豆": (("衬衫", "保暖内衣", "西服套装"), ("shirt", "thermal underwear", "suit")),
    "海澜之家": (("商务衬衫", "休闲裤", "羽绒马甲"), ("dress shirt", "chinos")),
    "普拉达": (("尼龙双肩包", "三角标腋下包", "墨镜"), ("nylon backpack", "shoulder bag", "sunglasses")),
    "资生堂": (("红腰子精华", "防晒乳", "洗面奶"), ("serum", "sunscreen", "cleanser")),
    "新百伦": (("复古跑鞋", "灰色休闲鞋", "运动短裤"), ("retro runners", "grey sneakers")),
    "好孩子": (("婴儿车", "安全座椅", "折叠婴儿车"), ("stroller", "car seat")),
    "格兰仕": (("微波炉", "空气炸锅", "电烤箱"), ("microwave", "air fryer")),
    "五粮液": (("浓香型白酒", "普五", "白酒礼盒"), ("baijiu", "liquor gift box")),
    "百雀羚": (("面霜", "水乳套装", "精华水"), ("face cream", "skincare set")),
    "雅戈尔": (("西装", "纯棉衬衫", "羊毛大衣"), ("suit", "wool coat")),
    "劳力士": (("潜航者腕表", "日志型腕表", "机械表"), ("submariner", "datejust", "watch")),
    "飞利浦": (("电动牙刷", "剃须刀", "空气炸锅"), ("electric toothbrush", "shaver")),
    "亚瑟士": (("跑鞋", "缓震跑步鞋", "排球鞋"), ("running shoes", "trainers")),
    "始祖鸟": (("硬壳冲锋衣", "抓绒外套", "双肩包"), ("hardshell jacket", "fleece", "backpack")),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖"), ()),
    "云南白药": (("牙膏", "气雾剂", "创可贴"), ("toothpaste", "bandages")),
    "海鸥": (("手表", "胶片相机", "陀飞轮手表"), ()),
    "农夫山泉": (("矿泉水", "东方树叶茶饮", "天然水整箱"), ("spring water", "bottled tea")),
    "同仁堂": (("阿胶", "枸杞", "安宫丸礼盒"), ("goji berries", "herbal tonic")),
    "欧米茄": (("海马腕表", "超霸月球表", "星座腕表"), ("seamaster", "speedmaster", "watch")),
    "优衣库": (("摇粒绒外套", "轻羽绒", "联名T恤"), ("fleece jacket", "graphic tee", "light down")),
    "雅诗兰黛": (("小棕瓶", "粉底液", "眼霜"), ("night serum", "foundation", "eye cream")),
    "永久": (("自行车", "二八单车", "复古单车"), ()),
    "片仔癀": (("锭剂", "珍珠膏", "牙膏"), ()),
    "三只松鼠": (("坚果礼盒", "每日坚果", "夏威夷果"), ()),
    "白象": (("方便面", "泡面整箱", "汤面方便面"), ()),
    "熊猫": (("香烟", "电视", "香烟礼盒"), ()),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H24 = frozenset({
    "兰蔻", "蒙牛", "伊利", "红牛", "洽洽", "立白", "资生堂", "五粮液", "百雀羚", "统一", "旺旺",
    "云南白药", "农夫山泉", "同仁堂", "雅诗兰黛", "片仔癀", "三只松鼠", "白象"})
DIGITS_H24 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "6",
              "z": "2"}
SEPARATOR_NAMES_H24 = (
    "LINK SYMBOL", "SHOPPING BAGS", "WRAPPED PRESENT", "PARTY POPPER", "MONEY BAG",
    "WHITE HEAVY CHECK MARK", "HEAVY EXCLAMATION MARK SYMBOL", "WHITE RIGHT POINTING BACKHAND INDEX",
    "ONE DOT LEADER", "TWO DOT LEADER", "IDEOGRAPHIC SPACE", "NARROW NO-BREAK SPACE",
    "ZERO WIDTH NON-JOINER", "FULLWIDTH COMMA", "FULLWIDTH TILDE", "HYPHENATION POINT",
    "RING OPERATOR", "BLACK SMALL SQUARE", "FULLWIDTH HYPHEN-MINUS", "EN SPACE", "APOSTROPHE",
    "FULLWIDTH FULL STOP")
TWIN_SCRIPTS_H24 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC",
                    "CANADIAN SYLLABICS", "VAI", "OSAGE")
ALPHABETS_H24 = ("MATHEMATICAL SANS-SERIF {c} {l}", "MATHEMATICAL SANS-SERIF BOLD {c} {l}",
                 "MATHEMATICAL MONOSPACE {c} {l}", "MATHEMATICAL DOUBLE-STRUCK {c} {l}",
                 "MATHEMATICAL FRAKTUR {c} {l}", "MATHEMATICAL BOLD SCRIPT {c} {l}",
                 "FULLWIDTH LATIN {c} LETTER {l}", "CIRCLED LATIN {c} LETTER {l}",
                 "SQUARED LATIN CAPITAL LETTER {L}", "PARENTHESIZED LATIN SMALL LETTER {l}",
                 "LATIN LETTER SMALL CAPITAL {L}")
ACCENTS_H24 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "CARON",
               "DOT ABOVE", "OGONEK", "RING ABOVE", "CEDILLA", "STROKE")


def _gb2312_chars_h24(rows: range) -> list[str]:
    """The hanzi of GB2312 rows ``rows`` (16-55: level 1, 56-87: level 2), by the codec."""
    out = []
    for row in rows:
        for cell in range(1, 95):
            try:
                char = bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= char <= "\u9fa5":
                out.append(char)
    return out


class Spellings24:
    """held_out_24's own evasion writers, one method a family, over outside data."""

    def __init__(self) -> None:
        import opencc
        from pypinyin.phrases_dict import phrases_dict

        self._t2s = opencc.OpenCC("t2s")
        self._s2t = opencc.OpenCC("s2t")
        level1 = _gb2312_chars_h24(range(16, 56))
        level2 = _gb2312_chars_h24(range(56, 88))
        known = set(level1) | set(level2)
        gbk = []
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            if char in known:
                continue
            try:
                char.encode("gbk")
            except UnicodeEncodeError:
                continue
            gbk.append(char)
        uses: Counter[str] = Counter()
        for phrase in phrases_dict:
            uses.update(set(phrase))
        self._uses = uses
        # tier -> reading with tone -> characters, level 1 most used first
        self._tiers: dict[str, dict[str, list[str]]] = {}
        for tier, chars in (("level1", level1), ("level2", level2), ("gbk", gbk)):
            table: dict[str, list[str]] = defaultdict(list)
            for char in chars:
                if self._t2s.convert(char) != char:      # a traditional-only form
                    continue
                table[self.reading(char)].append(char)
            for reading in table:
                table[reading].sort(key=lambda c: -uses[c])
            self._tiers[tier] = table
        self._twins = self._load_twins()

    @staticmethod
    def reading(char: str) -> str:
        """A character's own usual reading, tone-numbered (pypinyin, the character alone)."""
        from pypinyin import Style, pinyin

        return pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0][0]

    @staticmethod
    def readings(mark: str) -> list[str]:
        """The mark's phrase reading, one tone-numbered syllable a character."""
        from pypinyin import Style, pinyin

        return [r[0] for r in pinyin(mark, style=Style.TONE3, neutral_tone_with_five=True)]

    @staticmethod
    def initials_of(mark: str) -> str:
        from pypinyin import Style, pinyin

        return "".join(r[0][0] for r in pinyin(mark, style=Style.FIRST_LETTER)).lower()

    # -- homophones ---------------------------------------------------------------------------
    def _same_reading(self, char: str, reading: str, rng: random.Random) -> str:
        toneless = reading.rstrip("12345")
        own = {char, self._t2s.convert(char), self._s2t.convert(char)}
        same_tone = rng.random() < 0.65
        pools = []
        for tier, weight in (("level1", 6), ("level2", 2), ("gbk", 2)):
            table = self._tiers[tier]
            if same_tone:
                chars = [c for c in table.get(reading, []) if c not in own]
            else:
                chars = [c for r, cs in table.items() if r.rstrip("12345") == toneless
                         for c in cs if c not in own]
                chars.sort(key=lambda c: -self._uses[c])
            if chars:
                pools.append((tier, weight, chars))
        if not pools:
            return char
        tier, _, chars = rng.choices(pools, weights=[w for _, w, _ in pools])[0]
        if tier == "level1":            # the IME's first offers most often
            return chars[min(int(rng.expovariate(0.6)), len(chars) - 1)]
        return rng.choice(chars)

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        readings = self.readings(mark)
        for _ in range(200):
            roll = rng.random()
            count = 1 if roll < 0.5 else 2 if roll < 0.8 else len(mark)
            places = set(rng.sample(range(len(mark)), min(count, len(mark))))
            written = "".join(self._same_reading(c, readings[i], rng) if i in places else c
                              for i, c in enumerate(mark))
            if written != mark and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- separators ---------------------------------------------------------------------------
    def separated(self, text: str, rng: random.Random) -> str:
        kinds = [unicodedata.lookup(name) for name in SEPARATOR_NAMES_H24]
        for _ in range(100):
            gaps = len(text) - 1
            style = rng.randrange(4)
            if style == 0:                      # one kind at every gap
                kind = rng.choice(kinds)
                between = [kind] * gaps
            elif style == 1:                    # each gap its own kind
                between = [rng.choice(kinds) for _ in range(gaps)]
            elif style == 2:                    # one gap only
                at, kind = rng.randrange(gaps), rng.choice(kinds)
                between = [kind if i == at else "" for i in range(gaps)]
            else:                               # doubled at every gap
                kind = rng.choice(kinds)
                between = [kind * 2] * gaps
            written = text[0] + "".join(s + c for s, c in zip(between, text[1:]))
            if text.lower() not in written.lower() and written != text:
                return written
        raise ValueError(f"no separated form of {text}")

    # -- initials -----------------------------------------------------------------------------
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        up = letters.upper()
        emoji = rng.choice(("🔥", "💥", "👉", "✅"))
        styles = [
            lambda: letters, lambda: up, lambda: ".".join(up) + ".", lambda: " ".join(up),
            lambda: "-".join(up), lambda: "/".join(letters),
            lambda: "".join(chr(ord(c) + 0xFEE0) for c in up), lambda: "#" + up,
            lambda: "【" + up + "】", lambda: up + "家", lambda: letters + "牌",
            lambda: up + "同款", lambda: emoji.join(up),
            lambda: "".join(c if i % 2 else c.upper() for i, c in enumerate(letters))]
        return rng.choice(styles)()

    # -- pinyin -------------------------------------------------------------------------------
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        from pypinyin import Style, pinyin

        plain = [r[0] for r in pinyin(mark, style=Style.NORMAL)]
        toned = [r[0] for r in pinyin(mark, style=Style.TONE)]
        numbered = self.readings(mark)
        styles = [
            lambda: "".join(plain), lambda: "".join(plain).capitalize(),
            lambda: "".join(s.capitalize() for s in plain), lambda: "".join(plain).upper(),
            lambda: " ".join(plain), lambda: " ".join(s.capitalize() for s in plain),
            lambda: " ".join(toned), lambda: "".join(toned), lambda: "".join(numbered),
            lambda: " ".join(numbered), lambda: "'".join(plain), lambda: "-".join(plain),
            lambda: "_".join(plain), lambda: "/".join(plain), lambda: "#" + "".join(plain),
            lambda: self._half(mark, plain, rng)]
        for _ in range(100):
            written = rng.choice(styles)()
            if mark not in written and not (latin and latin.lower() in written.lower()):
                return written
        raise ValueError(f"no pinyin for {mark}")

    @staticmethod
    def _half(mark: str, plain: list[str], rng: random.Random) -> str:
        """Some characters left as they are, the others in pinyin (never all of either)."""
        keep = set(rng.sample(range(len(mark)), rng.randrange(1, len(mark))))
        return "".join(c if i in keep else plain[i] for i, c in enumerate(mark))

    # -- look-alikes --------------------------------------------------------------------------
    @staticmethod
    def _load_twins() -> dict[str, list[str]]:
        import json
        from pathlib import Path as _Path

        import confusable_homoglyphs

        table = json.loads((_Path(confusable_homoglyphs.__file__).parent
                            / "confusables.json").read_text(encoding="utf-8"))
        twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            found = [e["c"] for e in table.get(letter, ())
                     if len(e["c"]) == 1 and not e["c"].isascii()
                     and e["n"].startswith(TWIN_SCRIPTS_H24)]
            if found:
                twins[letter] = found
        return twins

    def _alphabet(self, text: str, rng: random.Random) -> str:
        style = rng.choice(ALPHABETS_H24)
        out = []
        for c in text:
            if not (c.isascii() and c.isalpha()):
                out.append(c)
                continue
            name = style.format(c="CAPITAL" if c.isupper() else "SMALL", l=c.upper(), L=c.upper())
            if "SQUARED" in style or "SMALL CAPITAL" in style:
                name = style.format(L=c.upper())
            try:
                out.append(unicodedata.lookup(name))
            except KeyError:
                out.append(c)
        return "".join(out)

    def _accented(self, text: str, rng: random.Random) -> str:
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        out = list(text)
        for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
            c = text[i]
            case = "CAPITAL" if c.isupper() else "SMALL"
            for accent in rng.sample(ACCENTS_H24, len(ACCENTS_H24)):
                try:
                    out[i] = unicodedata.lookup(f"LATIN {case} LETTER {c.upper()} WITH {accent}")
                    break
                except KeyError:
                    continue
        return "".join(out)

    def _twinned(self, text: str, rng: random.Random) -> str:
        places = [i for i, c in enumerate(text) if c in self._twins]
        out = list(text)
        for i in rng.sample(places, min(len(places), rng.randint(1, 3))):
            out[i] = rng.choice(self._twins[text[i]])
        return "".join(out)

    def confusable(self, text: str, rng: random.Random) -> str:
        for _ in range(100):
            way = rng.random()
            written = (self._twinned(text, rng) if way < 0.5 else
                       self._alphabet(text, rng) if way < 0.8 else self._accented(text, rng))
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no look-alike for {text}")

    # -- digits -------------------------------------------------------------------------------
    def digits(self, text: str, rng: random.Random) -> str:
        places = [i for i, c in enumerate(text) if c.lower() in DIGITS_H24]
        roll = rng.random()
        count = 1 if roll < 0.45 else 2 if roll < 0.8 else len(places)
        chosen = set(rng.sample(places, min(count, len(places))))
        return "".join(DIGITS_H24[c.lower()] if i in chosen else c for i, c in enumerate(text))


def _price_h24(rng: random.Random, english: bool) -> str:
    amount = rng.choice((19.9, 29.9, 39, 49, 69, 89, 99, 129, 159, 199, 259, 299, 369, 499, 699, 999))
    shown = f"{amount:g}"
    if english:
        return rng.choice((f"${shown}", f"{shown} USD", f"${shown} + free ship"))
    return rng.choice((shown, f"¥{shown}", f"{shown}r", f"{shown}米", f"{shown}块", f"{shown}💰"))


# Offers: (account name, title, description); {w} the mark as written, {p} the goods, {n} a price.
# Live-stream transcripts, customer-service turns, group-buy calls, haggling, daigou, slang and
# emoji; most say nothing about fakes.
OFFERS_ZH_H24 = [
    ("小鹿直播间", "家人们{w}{p}上链接了", "三、二、一，上链接！{w}{p}直播间到手{n}，库存只剩最后两百单，"
     "拍下不退不换，手慢无"),
    ("阿珍好物间", "想要{w}{p}的扣1", "想要{w}{p}的公屏扣1，扣的人多我就去找运营改价，今天{n}两件再减二十"),
    ("源头工厂小周", "{w}{p} 同厂同料", "{w}{p}和柜子里的同一条流水线下来的，就是没吊牌没小票，{n}一件，量大私聊"),
    ("客服小二-乐乐", "亲，{w}{p}在的哦", "亲亲在的哦～{w}{p}现货的呢，{n}包邮，今天拍明天发，"
     "不支持专柜验货哦亲，介意的话慎拍呢"),
    ("拼团小能手", "{w}{p}三人团{n}", "【拼团】{w}{p}三人成团{n}，还差两位，姐妹们拉一下，24小时不成团自动退款"),
    ("闲置小铺子", "{w}{p} 可小刀", "{w}{p} {n}，诚心要的可以小刀，别上来就问最低，走闲鱼不走平台的私我"),
    ("大阪代购Mia", "日本直邮{w}{p}", "人在大阪，{w}{p}今天补到货了，{n}含税到手，走EMS十天左右，"
     "被海关抽到税我来补，要的评论区接龙"),
    ("种草姬小美", "{w}{p}yyds", "绝绝子！{w}{p}这个价yyds，{n}闭眼冲，和柜台摆着的看不出区别，姐妹们滴滴我"),
    ("批发档口阿成", "{w}{p} 批发价", "{w}{p}十件起批{n}一件，一件代发也可以，实拍图视频都有，看图加V"),
    ("宝妈团购群", "今日接龙：{w}{p}", "🔥今日接龙🔥 {w}{p} {n}\n1. 三栋刘姐 两件\n2. 七栋小何\n3.\n明晚截团，周五到小区门口自提"),
    ("夜猫子捡漏", "{w}{p} 清仓", "凌晨清仓！！{w}{p}只要{n}，公司倒闭店主跑路那种价，拍完即止⚡"),
    ("直播切片号", "{w}{p}秒杀", "主播：这个{w}{p}外面卖多少你们自己去搜，我今天不说原价，倒计时十秒，{n}，"
     "三百单，开！"),
    ("淘宝店小叮当", "【现货速发】{w}{p}", "{w}{p}现货，{n}，下单备注尺码颜色，发顺丰要补差价，七天无理由不包括拆封"),
    ("小东家好物", "{w}{p} 比某东便宜", "某东上同款{w}{p}卖多少大家都知道，我这{n}，货一样的，就是没发票，要的私"),
    ("小红薯分享号", "谁懂啊{w}{p}这个价", "谁懂啊😭{w}{p}才{n}，做工细节完全OK，链接放不了，评论区扣“要”我发你"),
    ("潮鞋仓库", "{w}{p} 公司级", "{w}{p}公司级版本，{n}，细节对比图私信发，不懂的别来压价"),
    ("朋友圈小铺", "{w}{p}到货💕", "💕到货💕 {w}{p} {n} 数量不多，先付先得，实物图私我，不议价哦"),
    ("跨境小哥", "{w}{p} 海外仓发", "{w}{p}，海外仓直发国内，{n}，物流单号可查，清关我们搞定，不用你操心"),
    ("厂家直销老刘", "{w}{p} 出厂价", "{w}{p}厂家出厂价{n}，没中间商赚差价，跟商场里一个厂子出来的，只是走的渠道不同"),
    ("直播助理小甜", "{w}{p} 福袋", "关注主播点亮灯牌，抢{w}{p}福袋！没抢到的别急，小黄车三号链接{n}，今晚最低"),
    ("闲鱼卖家大熊", "{w}{p} 全新", "全新{w}{p}，{n}不刀，朋友内部渠道拿的，不问来源，不接受验货，爽快的来"),
    ("二手群群主", "有要{w}{p}的吗", "群里有要{w}{p}的吗？我这有一批，{n}一件，五件以上再优惠，要的群里@我"),
    ("emoji小店", "✨{w}✨{p}✨", "🛒{w}{p}\n💰{n}\n📦顺丰包邮\n📸实拍找我\n⏰今晚截单"),
    ("外贸原单仓", "{w}{p} 外贸尾货", "{w}{p}，外贸订单多出来的一批，{n}，数量有限，跟国内专柜的货一样"),
    ("平替搬运工", "{w}{p} 平价入", "专柜{w}{p}太贵？我这{n}，同款同色，上身效果一模一样，dd我看实拍"),
    ("直播回放小号", "{w}{p} 返场", "昨晚直播间抢空的{w}{p}返场啦！{n}，这次只有一百件，拍下48小时内发货"),
    ("团长阿May", "拼多多{w}{p}团", "帮我砍一刀！{w}{p}拼单价{n}，还差一个人，点链接就行，谢谢宝宝们"),
]
OFFERS_EN_H24 = [
    ("drip.finds", "{w} {p} restock 🔥", "{w} {p} back in stock, {n}, ships in 48h. DM for pics, "
     "no lowballers #finds #tiktokmademebuyit"),
    ("shop.with.kai", "{w} {p} - same factory", "Same factory as the retail {w} {p}, no tags, {n}. "
     "Message me for real photos, worldwide shipping"),
    ("ttshop_deals", "{w} {p} flash deal", "LIVE NOW: {w} {p} only {n}, 200 units, once they're gone "
     "they're gone ⏰ link in bio"),
    ("insta.steals", "{w} {p} ✨", "Obsessed with this {w} {p} 😍 {n} + free ship, comment 'LINK' and "
     "I'll DM you #affordable #ootd"),
    ("curated_by_jen", "{w} {p} | bundle price", "{w} {p} {n} each, 2 for less. Factory direct, "
     "tracking provided, ask for more pictures"),
    ("the1to1plug", "{w} {p} in hand", "{w} {p} in hand and ready, {n}. Pay via the usual, "
     "ship same day, no returns"),
    ("daigou.amy", "{w} {p} from Tokyo", "Buying {w} {p} in Tokyo this week, {n} incl. tax, "
     "customs handled on my side, comment to reserve"),
    ("wholesale.hub", "{w} {p} bulk", "{w} {p} wholesale from 10 pcs, {n} a piece, dropshipping ok, "
     "catalogue on request"),
    ("gen.z.haul", "{w} {p} haul", "this {w} {p} for {n}??? no way. ig sends the link if u comment 🔗 "
     "#haul #budgetfinds"),
    ("mkt.reseller", "{w} {p} - best price", "{w} {p}, best price online {n}. Same materials as the "
     "store one, just no box. Serious buyers text me"),
    ("livestream.lucy", "{w} {p} going live", "Going live at 8: {w} {p} drops at {n}, first 100 "
     "orders get a gift. Type 1 in chat to join the list"),
    ("plug.finder", "{w} {p} W2C", "W2C {w} {p}? I got you. {n}, QC pics before shipping, DM"),
    ("campus.drop", "{w} {p} dorm sale", "Selling {w} {p} at {n}, got a batch from a supplier, "
     "meet at the library or I ship"),
    ("glow.deals", "{w} {p} under retail", "{w} {p} way under retail: {n}. Same batch, same look, "
     "nobody can tell 😉 DM"),
]
# Resale with proof of purchase, by individuals: Xianyu haggling, inspection, receipts, order pages.
RESALE_ZH_H24 = [
    ("闲鱼用户_阿坤", "自用{w}{p}出", "{w}{p}，去年在官方旗舰店买的，订单截图和发票都在，支持闲鱼验货宝，"
     "{n}，小刀可以，大刀勿扰"),
    ("搬家清东西", "搬家出{w}{p}", "要搬去外地了带不走，{w}{p}专柜买的，小票包装盒都留着，{n}同城自提优先"),
    ("二手小透明", "{w}{p} 九成新", "{w}{p}九成新，专卖店购入，有购物小票和保修卡，{n}，可走平台验货再付款"),
    ("退坑的阿橙", "退坑出{w}{p}", "退坑了，{w}{p}官网下单的，订单号可以给你去官网查，{n}，不议价了谢谢"),
    ("学生党小林", "毕业清{w}{p}", "毕业季清闲置，{w}{p}用了一个学期，商场专柜买的有发票，{n}，学校门口面交"),
    ("鉴定后再卖", "{w}{p} 附鉴定证书", "{w}{p}，已送第三方鉴定机构出了证书，编号可查，{n}，"
     "不放心的可以再找人鉴"),
    ("宝妈闲置", "{w}{p} 闲置转", "孩子大了用不上，{w}{p}当时在商场专柜买的，票据齐全，{n}包邮"),
    ("闲鱼砍价日常", "{w}{p} 别砍了", "{w}{p}，{n}已经是最低了，专柜购入小票在图里，"
     "问“能不能再少点”的我就不回了哈"),
    ("换季清衣柜", "{w}{p} 仅试穿", "{w}{p}只试穿过一次，吊牌还在，官方旗舰店的订单截图在图三，{n}"),
    ("得物转卖", "{w}{p} 得物验过", "得物上买的{w}{p}，鉴定证书和防伪扣都在，{n}出，可以再走一次验货"),
    ("礼物转手", "朋友送的{w}{p}", "朋友送的{w}{p}，尺码不合适，她给了我购物小票，{n}转，想要的私聊"),
    ("数码闲置王", "{w}{p} 在保", "{w}{p}还在官方保修期内，发票在，序列号可以去官网查，{n}，同城当面验"),
    ("换新出旧", "换新了出{w}{p}", "买了新款，旧的{w}{p}出掉，京东自营买的有电子发票，{n}，功能全好"),
    ("出国前清仓", "出国清{w}{p}", "下个月出国，{w}{p}商场专柜买的，票据全，{n}，不包邮，走验货宝可以"),
]
RESALE_SEALED_ZH_H24 = [
    ("囤货过头了", "囤多了{w}{p}转", "双十一囤多了，{w}{p}全新未拆，超市小票在，保质期到明年，{n}"),
    ("公司福利吃不完", "福利{w}{p}转", "公司发的{w}{p}，全新没开封，吃不完，{n}便宜转，同城自取"),
    ("年货多了", "年货{w}{p}转让", "过年亲戚送的{w}{p}太多了，原封未动，{n}一箱，附上亲戚给的超市购物单"),
    ("代买多了一份", "多了一份{w}{p}", "帮同事在官方店拼单多买了一份{w}{p}，未拆封，订单截图可看，{n}原价转"),
    ("宿舍清货", "{w}{p} 未开封", "宿舍囤的{w}{p}，毕业带不走，未开封，生产日期看图，{n}打包带走"),
    ("抽奖中的", "抽奖中了{w}{p}", "公司年会抽中的{w}{p}，全新塑封，用不上，{n}转，有活动照片作证"),
    ("直播间买多了", "{w}{p} 买多了", "上次官方直播间手快买多了{w}{p}，订单截图在图二，全新没拆，{n}出"),
    ("母婴闲置", "{w}{p} 原封", "{w}{p}原封未拆，在超市买的小票还在，家里不用了，{n}，小区楼下自提"),
    ("搬家前清空", "{w}{p} 整箱", "搬家前清一下，{w}{p}整箱没开，购物凭证都有，{n}，自提不送"),
    ("临期福利转", "临期{w}{p}", "{w}{p}，保质期还有两个月，未开封，超市发票在，{n}，介意临期的勿拍"),
]
RESALE_EN_H24 = [
    ("declutter.diaries", "{w} {p} w/ receipt", "Selling my {w} {p}, bought at the flagship store, "
     "receipt and box included, {n}. Happy to meet so you can check it"),
    ("moving_sale_ben", "{w} {p} moving sale", "Moving abroad, {w} {p} has to go. Original receipt "
     "and warranty card, {n}, local pickup"),
    ("closet.cleanout", "{w} {p} worn twice", "{w} {p} worn twice, order confirmation from the "
     "official site in the pics, {n} or best offer"),
    ("gift.i.never.used", "{w} {p} unused gift", "Got this {w} {p} as a gift, gift receipt included, "
     "never used. {n}, can ship tracked"),
    ("upgrade.sale", "{w} {p} still under warranty", "Upgraded so my {w} {p} is up for grabs. "
     "Still under warranty, invoice in hand, {n}"),
    ("grad.sale", "{w} {p} graduation sale", "Graduating and clearing out. {w} {p} from the "
     "department store, receipt in photo 3, {n}"),
]
RESALE_SEALED_EN_H24 = [
    ("pantry.overflow", "{w} {p} unopened", "Bought too much {w} {p} in the sale, unopened, "
     "store receipt attached, {n} for the lot"),
    ("office.perks", "{w} {p} sealed", "Work gave us {w} {p}, still sealed, not my thing. {n}, "
     "pick up near the station"),
    ("raffle.win", "{w} {p} from a raffle", "Won {w} {p} in a raffle, factory sealed, {n}. "
     "Happy to show the prize letter"),
    ("stock.up.oops", "{w} {p} extra", "Ordered {w} {p} from the official store twice by mistake, "
     "unopened, order screenshot available, {n}"),
    ("move.out.sale", "{w} {p} sealed box", "Moving out, {w} {p} sealed, receipt in pics, {n}"),
]
# Warnings: victims, consumer associations, people quoting the offer they warn about, lawyers on
# trademark law, customs and courts.
WARNINGS_ZH_H24 = [
    ("被坑过的小王", "直播间买{w}{p}被坑了", "上周在一个直播间买的{w}{p}，主播说“同厂同料{n}”，"
     "到手一看做工差太多，找客服直接拉黑，大家别再上当了"),
    ("消费者协会", "关于网购{w}{p}的消费提示", "近期我会接到多起消费者投诉，称在直播间低价购买的"
     "{w}{p}与正品不符。提醒消费者：通过品牌官方渠道购买，保留订单和聊天记录，发现问题及时拨打12315"),
    ("律师老陈说法", "卖假{w}{p}会判吗", "经常有人问：卖{w}{p}的仿品，只要不说是正品就没事吗？"
     "不是。销售假冒注册商标的商品，销售金额较大的可能构成刑事犯罪，买的人也很难维权"),
    ("反诈小课堂", "警惕{w}{p}“内部渠道”", "有人私信你说“{w}{p}内部渠道{n}，不走平台”？"
     "这是典型套路：先收定金，再以“清关费”“保证金”继续要钱，最后拉黑"),
    ("差点被骗的阿宁", "这个{w}{p}的私信是真的吗", "刚收到一条私信：“{w}{p}工厂尾单，{n}包邮，"
     "加V看实拍”。这种是不是都是假的？有懂的朋友说说"),
    ("市场监管", "{w}{p}购买提醒", "市场监管部门提醒：近期发现有商家以“工厂直供”“专柜同款”为名"
     "低价销售所谓{w}{p}，消费者请认准授权渠道，遇到侵权假冒线索可向当地市场监管部门举报"),
    ("维权日记", "{w}{p}维权第十天", "在拼团买的{w}{p}，团长说是正品，到手后去专柜问了说不是，"
     "现在平台介入中，提醒大家团购前先问清楚渠道，保留好证据"),
    ("海关发布", "海关查获侵权{w}{p}", "海关近日在出境货物中查获标有{w}商标的{p}一批，"
     "经权利人确认为侵权商品，已依法扣留。提醒跨境卖家不要心存侥幸"),
    ("法院新闻", "售假{w}{p}获刑", "某区法院审结一起销售假冒注册商标的商品案：被告人通过社交平台"
     "销售假冒{w}{p}，被判处有期徒刑并处罚金。法官提醒，明知是假冒商品仍然销售同样违法"),
    ("科普博主阿凯", "{w}{p}怎么辨真假", "买{w}{p}前记住三点：看售价是否离谱，看卖家有没有授权，"
     "看包装防伪码能不能在官网查到。“同厂”“尾单”“原单”这些词听听就好"),
    ("评论区小助手", "转：{w}{p}避坑", "转一个粉丝的经历：有人在评论区说“{w}{p}{n}要的私”，"
     "她私了，付了钱对方就消失了。评论区这种，一律别信"),
    ("消保委", "代购{w}{p}风险提示", "海外代购{w}{p}存在货源不明、售后无保障、个人物品超额需缴税"
     "等风险，部分所谓代购实为国内发货，请消费者谨慎选择"),
    ("受害者联盟", "{w}{p}被骗合集", "整理了群里大家被骗买{w}{p}的聊天截图，话术都差不多："
     "“专柜同款”“不退不换”“今天最后一批”，看到这些就跑"),
    ("知产律师Lily", "商标侵权科普：{w}", "卖家把{w}写成拼音、谐音或者加符号，只要足以让人误认为"
     "是该品牌商品，仍然可能构成商标侵权，换个写法不等于合法"),
    ("12315热线", "{w}{p}投诉处理", "消费者反映网购{w}{p}疑似假冒，经核查商家无法提供进货凭证，"
     "已责令下架并移交执法部门。提醒大家保存好购买凭证"),
    ("吃一堑长一智", "别信直播间的{w}{p}", "直播间主播一直喊“家人们{w}{p}{n}上链接”，说是清库存，"
     "我买了，结果是假的。现在想想那个价格本来就不可能"),
    ("闲鱼防骗指南", "闲鱼买{w}{p}注意", "在闲鱼买{w}{p}，要求卖家走验货宝，不走平台交易的一律不买，"
     "“先付款后发货，可以小刀”的多半有问题"),
    ("社区网格员", "提醒居民：{w}{p}团购", "最近小区群里有人组织团购{w}{p}，价格低得离谱，"
     "来源说不清。请大家提高警惕，买东西认准正规渠道"),
    ("打假人老赵", "又一家卖假{w}{p}的", "今天又去一家号称“厂家直销”的店，卖的{w}{p}包装一看就不对，"
     "已经向执法部门举报。大家买之前多看一眼"),
    ("网购维权群", "{w}{p}退款成功", "分享一下：买到假冒{w}{p}，我拿着鉴定结果找平台，"
     "最后退一赔三。关键是聊天记录里卖家说过“保正品”"),
    ("跨境物流小哥", "代购{w}{p}清关说明", "常有人问代购的{w}{p}为啥被海关扣了：个人物品超过限值要缴税，"
     "涉嫌侵权的会被扣留，千万别帮人带货"),
    ("大学生防骗", "校园里的{w}{p}别买", "校园群里有人卖“{w}{p}，{n}，宿舍楼下自取”，"
     "学生会提醒：来源不明的商品不要买，被骗了很难追回"),
]
WARNINGS_EN_H24 = [
    ("scam.alert.daily", "Beware {w} {p} 'same factory' ads", "If an ad says '{w} {p}, same factory, "
     "{n}, DM me', it's not the real thing. Buy from the official store"),
    ("consumer.watch", "{w} {p} complaints rising", "We have received complaints about {w} {p} sold "
     "in live streams far below retail. Keep your order records and report problems"),
    ("ip.lawyer.notes", "Is selling a {w} dupe legal?", "Short answer: if it carries the {w} mark or "
     "something confusingly similar, it can be trademark infringement, whatever the listing calls it"),
    ("got.scammed.sara", "My {w} {p} was fake", "Paid {n} for a {w} {p} from an Instagram seller. "
     "It arrived looking nothing like the photos and they blocked me. Don't be me"),
    ("customs.news", "Customs seize counterfeit {w} {p}", "Border officers seized a shipment of {p} "
     "bearing the {w} mark; the rights holder confirmed they were counterfeit"),
    ("court.reporter", "Seller of fake {w} {p} sentenced", "A court sentenced an online seller who "
     "sold counterfeit {w} {p} through social media, ordering a fine and confiscation"),
    ("reddit.repost", "PSA: {w} {p} DMs", "Got a DM: '{w} {p} in hand, {n}, no returns'. "
     "Reported it. These accounts pop up every week, please don't pay them"),
    ("buyer.beware", "How to spot a fake {w} {p}", "Price too good, seller won't use the platform's "
     "checkout, 'no box because factory direct'. Three red flags for any {w} {p}"),
    ("tiktok.shop.help", "Reporting fake {w} listings", "If you bought a {w} {p} that turned out "
     "counterfeit, open a case with the order number and photos; the platform refunds confirmed cases"),
    ("brand.protection.101", "Why cheap {w} {p} is risky", "Counterfeit {p} sold as {w} skip safety "
     "testing. Buy from the brand or its authorised retailers"),
]
# Reviews, unboxings and news: testers, comparison posts that name a cheaper ordinary brand as a
# 平替 or "dupe" (not a copy), reporters, repairers, fans.
REVIEWS_ZH_H24 = [
    ("开箱狂魔", "{w}{p}开箱", "专柜买的{w}{p}开箱来啦，包装、说明书、保修卡一样不少，用了一周说说感受：优点缺点都有"),
    ("测评君老K", "{w}{p}深度测评", "这期测{w}{p}，从做工、用料、售后三方面打分。结论：贵有贵的道理，但不是人人都需要"),
    ("平替研究所", "{w}{p}和它的平替比一比", "很多人问{w}{p}有没有平替，我找了一款国产小众品牌的同类产品对比，"
     "价格只要三分之一，各有千秋，平替不是仿品，是另一个牌子"),
    ("学生党省钱", "{w}{p}买不起？看平替", "{w}{p}确实好用但贵，这期推荐几个自有品牌的平价选择，"
     "都是正经牌子，不是仿冒，按需选择就好"),
    ("财经早报", "{w}发布季度业绩", "{w}发布最新季度财报，{p}等品类销售增长，公司表示将继续加大线上渠道投入和打假力度"),
    ("维修师傅老黄", "修了一台{w}{p}", "今天修了一台{w}{p}，问题出在老化的零件上，换了原厂配件就好了，"
     "提醒大家保修期内先找官方售后"),
    ("数码小站", "{w}{p}一个月体验", "{w}{p}用了一个月，续航和做工都在预期内，价格是唯一劝退点，等大促再入更划算"),
    ("粉丝应援站", "{w}新品{p}上手", "期待了好久的{w}新品{p}终于到手！官方店首发抢的，颜值在线，附上实拍"),
    ("新闻速递", "{w}起诉侵权商家胜诉", "{w}诉多家网店销售侵权{p}一案宣判，法院支持了品牌方的大部分诉求，"
     "判令停止侵权并赔偿损失"),
    ("真实体验分享", "{w}{p}值不值", "说实话，{w}{p}我是看了很多推荐才买的，官方旗舰店下单，用下来还不错，但没有吹得那么神"),
    ("横评达人", "五款{p}横评，{w}第几", "这次横评五款{p}，包括{w}和几个国产新牌子，按价格和表现排了个序，结果有点意外"),
    ("行业观察", "{w}的渠道变化", "近两年{w}把更多精力放在直播和自营渠道，{p}线上占比提升，"
     "也在清理未授权的分销商"),
    ("拆解实验室", "拆解{w}{p}", "拆开{w}{p}看看内部做工：结构设计扎实，用料对得起价格。拆解有风险，大家别学"),
    ("海关新闻", "查获假冒{w}{p}", "海关近日查获一批假冒{w}商标的{p}，货值数十万元，已移交相关部门处理"),
    ("dupe测评", "{w}{p}的dupe真的能打吗", "网上说的{w}{p}“dupe”，其实是另一个平价品牌自己的产品，"
     "有自己的名字和包装，这期实测它们和原版的差距"),
    ("老用户回访", "用了三年的{w}{p}", "三年前在商场买的{w}{p}，现在还在用，说说耐用性和售后体验"),
    ("vlog日常", "陪我去专柜看{w}{p}", "周末去商场专柜看了{w}{p}，柜姐讲解很耐心，试了两款，最后还是没舍得买哈哈"),
    ("质检报告解读", "{w}{p}抽检结果", "市场监管部门公布的抽检结果里，{w}的{p}各项指标合格，顺便讲讲怎么看检测报告"),
    ("种草不拔草", "{w}{p}理性种草", "不是广告！自费买的{w}{p}，优点是做工和设计，缺点是价格，预算够再考虑"),
    ("科技媒体", "{w}发布新一代{p}", "{w}今日发布新一代{p}，售价与上代持平，官方渠道今晚开启预订"),
    ("法律评论", "{w}商标案判决解读", "近日{w}商标侵权案判决书公开，法院认定被告使用近似标识销售{p}构成侵权，"
     "这个判决对谐音、拼音写法有参考意义"),
    ("对比博主", "{w}{p}和平价款差在哪", "把{w}{p}和一款超市自有品牌的同类产品放在一起用了两周，"
     "差别主要在细节，平价那款也是正规品牌，不是山寨"),
]
REVIEWS_EN_H24 = [
    ("unbox.with.tom", "{w} {p} unboxing", "Unboxing the {w} {p} I bought from the official store: "
     "packaging, first impressions and what surprised me"),
    ("budget.beauty", "{w} {p} vs a cheaper dupe", "Comparing the {w} {p} with a drugstore brand "
     "people call its dupe. The dupe is its own brand, not a copy, and here is how they differ"),
    ("tech.weekly", "{w} {p} review", "Two weeks with the {w} {p}: build, battery and whether it is "
     "worth the price"),
    ("market.news", "{w} reports strong quarter", "{w} said sales of {p} grew this quarter and "
     "announced more action against counterfeit listings"),
    ("repair.bench", "Fixing a {w} {p}", "A worn part on this {w} {p} took ten minutes to replace "
     "with an original spare"),
    ("legal.brief", "{w} wins trademark case", "A court ruled for {w} against sellers of look-alike "
     "{p}, finding the similar marks likely to confuse buyers"),
    ("style.diary", "Is the {w} {p} worth it?", "Honest review of my {w} {p} after six months of "
     "daily use, bought at the department store"),
    ("dupe.or.not", "{w} {p}: three cheaper alternatives", "Three brands that make {p} like the {w} "
     "one for less. None of them copy the logo; they are simply cheaper makers"),
    ("customs.report", "Counterfeit {w} {p} seized at port", "Officials said the seized {w} {p} "
     "stock was meant for online resale"),
    ("gear.lab", "{w} {p} long-term test", "One year in, the {w} {p} still holds up. What wore out, "
     "what didn't"),
]
# The owner's and its authorised shops' own posts: official live streams, launches, collaborations,
# anti-counterfeit notices, customer service. (signer, account name, title, text)
AUTHORISED_H24 = [
    ("owner", "{m}官方", "{m}官方直播间今晚8点", "{m}官方直播间今晚8点开播，新款{p}首发，下单即送定制礼盒，认准官方账号"),
    ("owner", "{m}官方", "{m}联名系列发布", "{m}与国家博物馆联名系列{p}正式发布，限量发售，仅在官方渠道购买"),
    ("owner", "{m}官方", "{m}打假声明", "近期发现有账号冒用{m}名义低价销售{p}，本公司从未授权其销售，"
     "请通过官方旗舰店和授权门店购买"),
    ("owner", "{m}官方", "{m}防伪查询指南", "购买{m}{p}后，可扫描包装上的防伪码在官网查询真伪，"
     "如有疑问请联系官方客服"),
    ("owner", "{m}官方", "{m}新品预告", "{m}全新{p}即将上市，官方旗舰店开启预约，预约用户享首发礼遇"),
    ("owner", "{m}官方", "{m}售后服务升级", "即日起{m}{p}延长保修一年，凭官方渠道购买凭证到任一售后网点办理"),
    ("owner", "{m}官方", "{m}× 艺术家联名", "{m}携手青年艺术家推出联名款{p}，将于本周五在官方渠道发售"),
    ("owner", "{m}官方", "{m}公益行动", "{m}发起旧{p}回收计划，回收所得将用于公益，详情见官方主页"),
    ("owner", "{m}官方", "关于{m}直播带货的说明", "{m}只在官方账号和授权门店账号直播销售{p}，"
     "其他账号打着我们旗号的直播与品牌无关"),
    ("owner", "{m}官方", "{m}客服小课堂", "{m}客服来答：{p}怎么挑尺码/型号？戳主页领取选购指南"),
    ("owner", "{m}官方", "{m}年度盛典", "感谢一年来的支持！{m}年度盛典期间{p}全系列官方渠道有礼，"
     "谨防假冒链接"),
    ("shop", "{m}授权专卖店", "{m}{p}到店了", "{m}授权专卖店新款{p}到店，门店可试，支持官方防伪查询，地址见主页"),
    ("shop", "{m}授权专卖店", "{m}门店直播中", "{m}授权门店直播中，{p}门店同价，发票正规，扣“想看”给你看细节"),
    ("shop", "{m}授权专卖店", "{m}授权书公示", "本店为{m}授权经销商，授权书已在主页公示，所售{p}均可官网查询"),
    ("shop", "{m}授权专卖店", "{m}周年店庆", "{m}授权店三周年店庆，{p}会员专享礼，到店出示会员码即可"),
    ("shop", "{m}授权专卖店", "{m}{p}以旧换新", "{m}授权店以旧换新活动开始，旧{p}可抵扣，到店评估"),
    ("shop", "{m}授权专卖店", "警惕冒充{m}门店的账号", "最近有账号盗用我们门店的照片卖{p}，"
     "本店只有这一个账号，{m}正品请认准授权编号"),
    ("shop", "{m}授权专卖店", "{m}{p}补货通知", "之前断码的{m}{p}补货了，门店和线上同步，开具正规发票"),
    ("shop", "{m}授权专卖店", "{m}联名款门店首发", "{m}联名款{p}本周六门店首发，限量发售，现场排号"),
    ("shop", "{m}授权专卖店", "{m}售后咨询", "在本店买的{m}{p}有任何问题都可以拿发票来店，我们协助联系官方售后"),
    ("shop", "{m}授权专卖店", "{m}新品试用会", "{m}{p}新品试用会本周日下午两点，名额有限，评论区报名"),
    ("shop", "{m}授权专卖店", "{m}开箱验货直播", "{m}授权店现场开箱新到的{p}，带大家看官方防伪标和合格证"),
]
# Everyday sentences in which an ordinary word (or two words) reads like a mark; some next to 复刻 or
# 1:1 in their ordinary use.
SOUND_ALIKE_H24 = [
    "收到邻居送的一盘饺子，明天得记得回礼",
    "过年走亲戚，带的东西人家都回礼了，太客气",
    "爬山的时候注意脚下，下过雨石头很滑",
    "脚下这条小路我走了十几年",
    "他是我们篮球队的一员大将，今天却崴了脚",
    "站在桥上看大江东去，风特别大",
    "医生让我每天吃一粒维生素",
    "减肥这件事全靠毅力，我坚持了三个月",
    "风太大了，刚买的草帽直接飞了",
    "煮熟的鸭子都能飞了，这运气也是没谁了",
    "恰恰相反，他上台一点都不紧张",
    "周末去社区活动中心学跳恰恰，腿都酸了",
    "飞哥今天请全组吃烧烤，感谢飞哥",
    "孩儿们，开饭了，洗手去",
    "今天给孩子讲李白的故事，她记住了床前明月光",
    "下礼拜一起去郊区摘草莓吧",
    "久仰大名，今天终于在书店签售会见到本人了",
    "事情往往不像看起来那么简单",
    "年轻的时候往往不懂得珍惜",
    "我们俩居然住在同一栋楼，缘分啊",
    "手机用久了就会卡，清一下缓存好多了",
    "老李是我们楼里最会做饭的人",
    "要下雨了，阳台上还有衣裤没收",
    "斗牛表演里那头猛牛一下就冲了出来",
    "他一副落拓不羁的样子，背着吉他走了",
    "把孩儿哄睡了才有空看两页书",
    "她一首歌唱红了整个夏天",
    "体检一共做了一百项检查，结果都挺好",
    "小雄今天数学考了满分，奶奶高兴坏了",
    "会议所拟的方案下周公布，大家再提提意见",
    "跑完五公里一定要加能量，不然会头晕",
    "称五两也够了，两个人吃不了那么多",
    "周末在家复刻了奶奶的红烧肉，味道有七分像，回礼给邻居一碗",
    "跟着视频复刻了一道网红甜品，步骤不难，往往败在火候",
    "模型社的同学1:1还原了学校老图书馆，大将风范",
    "上半场比分1:1，下半场我们的大将才上场",
    "复刻了一下小时候的暑假：西瓜、风扇、孩儿时的动画片",
    "按1:1比例画了家里的户型图，脚下每块地砖都量了",
    "用久了的老自行车舍不得扔，擦一擦还能骑",
    "毅力这种东西，往往是被逼出来的",
]
# Common-word marks in their ordinary sense (some next to their own goods words), and English
# words that are a Latin name.
COMMON_SENSE_H24 = [
    "沙漠里的骆驼可以好几天不喝水",
    "带孩子去动物园看骆驼，它一直在嚼东西",
    "穿着登山鞋在敦煌骑了一回骆驼，屁股疼了两天",
    "骆驼祥子是我初中时读的第一本长篇",
    "床头那只小熊玩偶陪了我十年",
    "森林里的小熊出来找蜂蜜，绘本讲得很可爱",
    "早上用煮蛋器煮了两个蛋，女儿抱着小熊坐在旁边等",
    "广场上的飞鸽一听到哨声就全飞起来了",
    "老一辈说的飞鸽传书，现在就是发个微信",
    "骑着单车穿过广场，飞鸽成群落在脚边",
    "雨后天边挂着一道长虹，拍下来发给妈妈",
    "那座古桥像长虹卧波，电视里介绍过好几次",
    "家里的电视正在放一座长虹似的大桥的纪录片",
    "熬了一锅红豆粥，放点冰糖特别好喝",
    "红豆生南国，春来发几枝",
    "给衬衫配了一枚红豆大小的纽扣，挺别致",
    "老师说他是个好孩子，就是上课爱说话",
    "做个好孩子不一定要事事听话",
    "推着婴儿车逛公园，遇到邻居夸我家是个好孩子",
    "这次活动大家统一穿白色上衣",
    "公司统一发了方便面当夜宵，加班的人都有",
    "祖国统一是很多老人一辈子的心愿",
    "楼下的小狗一见我就旺旺叫",
    "祝新的一年生意旺旺、身体健康",
    "过年买了一袋仙贝，图个旺旺的好彩头",
    "海边的海鸥一点都不怕人，会抢手里的面包",
    "用胶片相机拍了一下午的海鸥，回家冲洗出来很有感觉",
    "戴着手表去码头喂海鸥，风特别大",
    "这份合同是永久有效的吗？",
    "那辆老自行车是爷爷留下的，打算永久保存",
    "友谊不一定永久，珍惜当下",
    "动物纪录片里的白象在河边洗澡",
    "泡面吃完了，看了一集讲白象的纪录片",
    "在泰国的寺庙里看到了白象的雕像",
    "成都的熊猫基地一大早就要排队",
    "电视里在播熊猫宝宝过生日，吃得满脸都是",
    "熊猫吃竹子的样子太治愈了",
    "牧场里有一头红牛，脾气特别好",
    "红牛在草地上慢慢走，旁边是一片油菜花",
    "喝完饮料坐在田埂上看那头红牛吃草",
    "给小侄子买了个骆驼毛绒玩具",
    "动物园新来的小熊睡了一整天",
    "从乡下寄来的红豆，煮出来特别沙",
    "去西北旅行最难忘的是骆驼队在日落时走过沙丘",
    "两个班的校服要统一颜色",
    "心里的那道长虹，是雨后的希望",
    "海鸥跟着渡轮飞了一路",
    "这张照片我要永久收藏",
    "白象在古代被看作吉祥的象征",
    "熊猫馆今天人太多，没看到",
    "小熊饼干是我小时候最爱的零食",
    "The warrior pose is my favourite part of yoga class",
    "My son dressed up as a warrior for the school play",
    "The canon of classical music is bigger than people think",
    "That scene is not canon in the books, fans keep arguing about it",
    "Omega-3 from fish oil is good for the heart",
    "In physics class we learned the omega symbol for angular velocity",
    "After the move I am trying to find a new balance between work and family",
    "Yoga helps me find a new balance every morning",
    "The red bull in the field kept staring at our car",
    "Alpha to omega, we read the whole series this summer",
    "She played the warrior queen in the drama club",
    "Pachelbel's Canon was played at my cousin's wedding",
    "A red bull calf was born on the farm last night",
]
SOUND_ALIKE_FRAMES_H24 = [("{s}", ""), ("", "{s}"), ("{s}", "#日常分享 #今天也要开心"), ("碎碎念", "{s}")]
COMMON_FRAMES_H24 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#随手记录")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#dailylife")]}
VIEWERS_H24 = ["晚风不晚", "阿豪的碎碎念", "住在三楼的猫", "Coco爱拍照", "周末钓鱼佬", "一只小土豆",
               "西西里的柠檬", "早八人", "Leo的日记", "奶茶续命中", "背包客小吴", "今天也在摸鱼"]
PHRASING_H24 = Phrasing(
    "held_out_24", GOODS_H24, _price_h24, (OFFERS_ZH_H24, OFFERS_EN_H24),
    (RESALE_ZH_H24, RESALE_EN_H24), (RESALE_SEALED_ZH_H24, RESALE_SEALED_EN_H24), SEALED_GOODS_H24,
    (WARNINGS_ZH_H24, WARNINGS_EN_H24), (REVIEWS_ZH_H24, REVIEWS_EN_H24), AUTHORISED_H24,
    SOUND_ALIKE_H24, SOUND_ALIKE_FRAMES_H24, COMMON_SENSE_H24, COMMON_FRAMES_H24, VIEWERS_H24)


def twenty_fourth_held_out(seed: int = 347) -> list[Case]:
    """held_out_24: held_out_23's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings24()
    return _held_out_part(seed, words, MARKS_H24, PHRASING_H24, words.initials_of, DIGITS_H24)


# -- held_out_25 (issue 13, stop 40): a twenty-third hand --------------------------------------------
# Written at stop 40 by a twenty-third hand that read neither the guard (src/origin/brands/, its
# tables, its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read the
# module docstring, Case, suite_brands, the marks lists, held_out_24's comment block, marks and goods
# as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# PartSpellings, _held_out_part), the list of parts in cases() and how twenty_fourth_held_out calls
# the assembly (a listing of this file's top-level names also showed the names, not the contents,
# of the other parts' tables, and the few lines of Spellings24 that hold a table's name); of
# bench_brands.py only the scoring, PARTS and SEALED; of the tests only the shared structure test
# and held_out_24's test. Its marks are the 51 loaded marks with the fewest held-out offers so far
# (every held-out part's offers counted from cases(), held_out_24's twice, ties by loaded order:
# the 47th to 53rd have 194 each, so 太平鸟 and 小天鹅 fall out by loaded order; 19 common words,
# 27 Latin names; 4 of them in held_out_24). Its spellings are its own code over outside data
# (Spellings25): homophones swap one, two or every character for one whose own reading (pypinyin,
# the character alone) is the character's reading in the mark's phrase, drawn by tier from the GBK
# codec's characters: GB2312 level 1 in the same tone ranked by the character's own count as a word
# in jieba's dictionary (what an IME offers first), level 1 in any tone, GB2312 level 2, GBK only;
# never the mark's own character nor one OpenCC converts to or from it, never a traditional-only
# form, never spelling a loaded mark; pinyin from pypinyin's phrase readings in seventeen styles
# (joined, capitalised, camel, upper, spaced, spaced upper, toned, toned and joined, tone-numbered,
# numbered and spaced, apostrophed, hyphenated, dotted, hashtagged, one character left in hanzi,
# in 【】, with 家 after), never holding the Latin name; initials in fifteen styles (lower, upper,
# mixed case, dotted, middle-dotted, spaced, hyphenated, slashed, full-width lower and upper, in
# 「」 or (), hashtagged, with 家 or 牌子 after); separators looked up by Unicode name in the voices
# of comment threads and danmaku (katakana middle dot, wave dash, full-width tilde, stars, hearts,
# eyes, thumbs up, tears of joy, double exclamation, full-width solidus and vertical line, box
# drawing, ideographic, em and zero-width spaces, word joiner) at every gap with one kind, each gap
# its own kind, at one gap, doubled at every gap, or each character in a bracket pair looked up by
# name (corner, white corner, lenticular, tortoise shell, full-width parentheses); look-alikes are
# the confusables table's (confusable_homoglyphs' data) Cyrillic, Greek, Armenian, Cherokee, Lisu,
# Coptic and NKo twins of one to three letters, the whole word in one alphabet looked up by Unicode
# name (mathematical bold italic, script, bold fraktur, sans-serif italic, double-struck, monospace,
# full-width, circled, negative squared, parenthesized, regional indicators), small capitals, or one
# or two letters with an accent by Unicode name; digit swaps of one, two or every swappable letter.
# Its phrasing is its own, 20 or more shapes per family, in voices no hand used much yet: Douyin /
# Kuaishou comment threads and replies (回复 @...), Bilibili danmaku-style fragments, Tieba and Hupu
# posts (楼主, 求链接, 蹲, JR), Weibo super-topic posts, WeChat Moments one-liners of resellers,
# group-chat 接龙, Korean and Japanese loanwords (欧尼, 卡哇伊, 安利, 入荷), posts in traditional or
# mixed characters, Shopee / Lazada / Carousell / Facebook Marketplace English from Southeast Asia
# (Singlish, "PM for price", "COD"); offers that mostly never say fake (price, stock, sizes, "same
# factory", "DM for pictures", "ask before buying"); warnings that quote the mark (English single
# and double quotes, 「」『』“”‘’), police and market-regulation notices naming seized goods, customs
# and court news, trademark lawyers' Q&A; resale with receipts, serial numbers, order numbers and
# authentication; fans on a brand's history, reviews, job adverts and shop-opening news; ordinary
# words pypinyin reads like a mark (种花, 打包, 老伴, 眼镜, 长程, 美德, 还田, 学画, 留神, 口齿, 低凹, 隔离,
# 蛤蜊, 化为, 宛似, 落拓, 恋乡, 白毛, 小雄, 得福, 特不, 老干嘛, 重话), some next to 复刻 or 1:1 in their
# ordinary use; common-word marks in their ordinary sense, some next to their own product words;
# English words that are a Latin name (dove, coach, converse, vans, safeguard). Sealed: scored only
# by the lead with ``--parts held_out_25``; counts only; never run through the guard by its writer.
MARKS_H25 = [
    "中华", "凤凰", "大宝", "白猫", "老板", "燕京", "长城", "美的", "海天", "雪花", "六神", "良品铺子",
    "特步", "大白兔", "茅台", "匡威", "元气森林", "金丝猴", "黄鹤楼", "王老吉", "江小白", "蔻驰", "迪奥",
    "格力", "联想", "华为", "德芙", "万斯", "老干妈", "蓝月亮", "周大福", "星巴克", "珀莱雅", "纪梵希",
    "鸿星尔克", "卡地亚", "老凤祥", "雅马哈", "骆驼", "小熊", "飞鸽", "七匹狼", "欧莱雅", "宝格丽",
    "蜜雪冰城", "舒肤佳", "花西子", "波司登", "兰蔻", "安慕希", "苏泊尔",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H25: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "中华": (("香烟", "软包香烟", "牙膏"), ()),
    "凤凰": (("自行车", "复古自行车", "山地单车"), ()),
    "大宝": (("SOD蜜", "保湿面霜", "护手霜"), ()),
    "白猫": (("洗洁精", "柠檬洗洁精", "洗衣粉"), ()),
    "老板": (("油烟机", "侧吸油烟机", "燃气灶"), ()),
    "燕京": (("啤酒", "纯生", "罐装啤酒"), ()),
    "长城": (("葡萄酒", "干红葡萄酒", "SUV车模"), ()),
    "美的": (("空调", "变频空调", "电饭煲", "冰箱"), ("air conditioner", "rice cooker")),
    "海天": (("酱油", "生抽酱油", "蚝油"), ()),
    "雪花": (("啤酒", "纯生", "勇闯天涯啤酒"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "良品铺子": (("猪肉脯", "坚果礼盒", "鸭脖"), ()),
    "特步": (("跑鞋", "运动裤", "板鞋"), ("running shoes", "track pants")),
    "大白兔": (("奶糖", "奶糖礼盒", "糖果"), ()),
    "茅台": (("飞天53度", "酱香白酒", "白酒礼盒"), ("baijiu", "liquor gift set")),
    "匡威": (("帆布鞋", "高帮帆布鞋", "低帮帆布鞋"), ("canvas sneakers", "high tops")),
    "元气森林": (("气泡水", "乳茶", "无糖气泡水"), ()),
    "金丝猴": (("奶糖", "糖果", "奶糖礼包"), ()),
    "黄鹤楼": (("香烟", "烟", "香烟礼盒"), ()),
    "王老吉": (("凉茶", "凉茶整箱", "罐装凉茶"), ()),
    "江小白": (("白酒", "果味酒", "小瓶白酒"), ()),
    "蔻驰": (("托特包", "马鞍包", "钱包"), ("tote bag", "saddle bag", "wallet")),
    "迪奥": (("马鞍包", "老花托特包", "墨镜"), ("saddle bag", "book tote", "sunglasses")),
    "格力": (("空调", "挂机空调", "电风扇"), ("air conditioner", "standing fan")),
    "联想": (("笔记本", "拯救者游戏本", "平板电脑"), ("laptop", "gaming laptop", "tablet")),
    "华为": (("手机", "智能手表", "平板"), ("phone", "smartwatch", "earbuds")),
    "德芙": (("巧克力", "巧克力礼盒", "丝滑牛奶巧克力"), ("chocolate", "chocolate gift box")),
    "万斯": (("板鞋", "滑板鞋", "棋盘格帆布鞋"), ("skate shoes", "slip-ons")),
    "老干妈": (("辣椒酱", "风味豆豉", "油辣椒"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "深层洁净洗衣液"), ()),
    "周大福": (("金手镯", "黄金项链", "钻戒"), ("gold bangle", "gold necklace", "diamond ring")),
    "星巴克": (("随行杯", "猫爪杯", "保温杯"), ("tumbler", "mug")),
    "珀莱雅": (("精华", "双抗精华", "面霜"), ("serum", "face cream")),
    "纪梵希": (("散粉", "口红", "香水"), ("loose powder", "lipstick", "perfume")),
    "鸿星尔克": (("运动鞋", "跑鞋", "运动外套"), ("sneakers", "running shoes")),
    "卡地亚": (("手镯", "腕表", "钉子手镯"), ("bracelet", "watch", "love bracelet")),
    "老凤祥": (("金手镯", "黄金吊坠", "金戒指"), ()),
    "雅马哈": (("电子琴", "摩托车", "吉他"), ("keyboard", "scooter", "acoustic guitar")),
    "骆驼": (("冲锋衣", "登山鞋", "防水冲锋衣"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "飞鸽": (("自行车", "单车", "复古自行车"), ()),
    "七匹狼": (("夹克", "男士皮带", "休闲裤"), ("jacket", "leather belt")),
    "欧莱雅": (("面霜", "眼霜", "洗发水"), ("face cream", "eye cream", "shampoo")),
    "宝格丽": (("项链", "蛇形手镯", "戒指"), ("necklace", "bracelet", "ring")),
    "蜜雪冰城": (("雪王玩偶", "雪王钥匙扣", "雪王水杯"), ("plush toy", "keychain", "tumbler")),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bar", "body wash", "hand wash")),
    "花西子": (("散粉", "口红", "眉笔"), ("loose powder", "lipstick", "brow pencil")),
    "波司登": (("羽绒服", "长款羽绒服", "轻薄羽绒服"), ("down jacket", "puffer coat")),
    "兰蔻": (("小黑瓶精华", "粉水", "菁纯面霜"), ("serum", "toner", "face cream")),
    "安慕希": (("酸奶", "酸奶整箱", "常温酸奶"), ()),
    "苏泊尔": (("电饭煲", "炒锅", "不粘锅"), ("rice cooker", "wok", "non-stick pan")),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H25 = frozenset({
    "中华", "大宝", "白猫", "燕京", "海天", "雪花", "六神", "良品铺子", "大白兔", "茅台", "元气森林",
    "金丝猴", "黄鹤楼", "王老吉", "江小白", "德芙", "老干妈", "蓝月亮", "珀莱雅", "纪梵希", "欧莱雅",
    "舒肤佳", "花西子", "兰蔻", "安慕希"})
DIGITS_H25 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
# comment-thread and danmaku separators, by Unicode name
SEPARATOR_NAMES_H25 = (
    "KATAKANA MIDDLE DOT", "WAVE DASH", "FULLWIDTH TILDE", "BLACK STAR", "WHITE STAR",
    "HEAVY BLACK HEART", "EYES", "THUMBS UP SIGN", "FACE WITH TEARS OF JOY",
    "DOUBLE EXCLAMATION MARK", "FULLWIDTH SOLIDUS", "FULLWIDTH VERTICAL LINE",
    "BOX DRAWINGS LIGHT HORIZONTAL", "IDEOGRAPHIC SPACE", "EM SPACE", "ZERO WIDTH SPACE",
    "WORD JOINER")
BRACKET_NAMES_H25 = ("CORNER BRACKET", "WHITE CORNER BRACKET", "BLACK LENTICULAR BRACKET",
                     "TORTOISE SHELL BRACKET", "WHITE LENTICULAR BRACKET")
TWIN_SCRIPTS_H25 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "NKO")
ALPHABETS_H25 = ("MATHEMATICAL BOLD ITALIC {c} {l}", "MATHEMATICAL SCRIPT {c} {l}",
                 "MATHEMATICAL BOLD FRAKTUR {c} {l}", "MATHEMATICAL SANS-SERIF ITALIC {c} {l}",
                 "MATHEMATICAL DOUBLE-STRUCK {c} {l}", "MATHEMATICAL MONOSPACE {c} {l}",
                 "FULLWIDTH LATIN {c} LETTER {l}", "CIRCLED LATIN {c} LETTER {l}",
                 "NEGATIVE SQUARED LATIN CAPITAL LETTER {l}", "PARENTHESIZED LATIN SMALL LETTER {l}",
                 "REGIONAL INDICATOR SYMBOL LETTER {l}")
ACCENTS_H25 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "CARON", "DOT ABOVE",
               "OGONEK", "CEDILLA", "STROKE", "HOOK ABOVE", "DOT BELOW")


class Spellings25:
    """held_out_25's own evasion writers, one method a family, over outside data."""

    def __init__(self) -> None:
        import os

        import jieba
        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin, pinyin

        self._lazy, self._pinyin, self._style = lazy_pinyin, pinyin, Style
        self._t2s, self._s2t = OpenCC("t2s"), OpenCC("s2t")
        # how often jieba's dictionary counts each character as a word of its own
        counts: dict[str, int] = {}
        with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
            for line in f:
                word, count, *_ = line.split()
                if len(word) == 1:
                    counts[word] = int(count)
        # every simplified character the GBK codec writes, by tier (1, 2: GB2312 levels; 3: GBK
        # only) and by its own reading, tone-numbered
        ranked: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._tier: dict[str, int] = {}
        self._reading: dict[str, str] = {}
        for lead in range(0x81, 0xFF):
            for trail in range(0x40, 0xFF):
                try:
                    char = bytes((lead, trail)).decode("gbk")
                except UnicodeDecodeError:
                    continue
                if not "\u4e00" <= char <= "\u9fa5" or self._t2s.convert(char) != char:
                    continue
                try:
                    tier = 1 if char.encode("gb2312")[0] <= 0xD7 else 2
                except UnicodeEncodeError:
                    tier = 3
                self._tier[char] = tier
                ranked[self.reading(char)].append((tier, -counts.get(char, 0), char))
        # each reading's characters, GB2312 level 1 first, most counted first within a tier
        self._by_reading = {r: [c for *_, c in sorted(chars)] for r, chars in ranked.items()}
        # the confusables table's twins of each ASCII letter in the scripts above
        self._twins: dict[str, list[str]] = defaultdict(list)
        for char, entries in load("confusables.json").items():
            if len(char) == 1 and char.isascii() and char.isalpha():
                self._twins[char] += [e["c"] for e in entries
                                      if len(e["c"]) == 1 and e["n"].startswith(TWIN_SCRIPTS_H25)]
        self._separators = [unicodedata.lookup(name) for name in SEPARATOR_NAMES_H25]
        self._brackets = [(unicodedata.lookup("LEFT " + name), unicodedata.lookup("RIGHT " + name))
                          for name in BRACKET_NAMES_H25]
        self._brackets.append((unicodedata.lookup("FULLWIDTH LEFT PARENTHESIS"),
                               unicodedata.lookup("FULLWIDTH RIGHT PARENTHESIS")))

    def reading(self, char: str) -> str:
        """A character's own usual reading, tone-numbered (5 for the neutral tone)."""
        if char not in self._reading:
            self._reading[char] = self._pinyin(char, style=self._style.TONE3,
                                               neutral_tone_with_five=True)[0][0]
        return self._reading[char]

    def readings(self, mark: str) -> list[str]:
        """The mark's phrase reading, one tone-numbered syllable a character."""
        return [r[0] for r in self._pinyin(mark, style=self._style.TONE3,
                                           neutral_tone_with_five=True)]

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self._pinyin(mark, style=self._style.FIRST_LETTER)).lower()

    # -- homophones
    def _read_alike(self, char: str, syllable: str, rng: random.Random) -> str | None:
        """A character whose own reading is ``syllable``'s (same tone first), by tier."""
        toneless = syllable.rstrip("12345")
        own = {char, self._t2s.convert(char), self._s2t.convert(char)}
        same = [c for c in self._by_reading.get(syllable, ()) if c not in own]
        other = [c for tone in "12345" if toneless + tone != syllable
                 for c in self._by_reading.get(toneless + tone, ()) if c not in own]
        first_same = [c for c in same if self._tier[c] == 1]
        first_other = [c for c in other if self._tier[c] == 1]
        second = [c for c in same + other if self._tier[c] == 2]
        gbk_only = [c for c in same + other if self._tier[c] == 3]
        roll = rng.random()
        chosen = (first_same[:6] if roll < 0.45 else first_same if roll < 0.65
                  else first_other if roll < 0.8 else second if roll < 0.92 else gbk_only)
        for pool in (chosen, first_same, first_other, second, gbk_only):
            if pool:
                return rng.choice(pool)
        return None

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        syllables = self.readings(mark)
        for _ in range(200):
            count = rng.choice((1, 1, 2, len(mark)))
            chars = list(mark)
            for i in rng.sample(range(len(mark)), min(count, len(mark))):
                chars[i] = self._read_alike(mark[i], syllables[i], rng) or mark[i]
            written = "".join(chars)
            if written != mark and not [t for t in taken if t in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- pinyin
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        plain = self._lazy(mark)
        toned = [r[0] for r in self._pinyin(mark, style=self._style.TONE)]
        numbered = self.readings(mark)

        def half() -> str:
            keep = rng.randrange(len(mark))
            return "".join(c if i == keep else plain[i] for i, c in enumerate(mark))

        styles = [lambda: "".join(plain), lambda: "".join(plain).capitalize(),
                  lambda: "".join(s.capitalize() for s in plain), lambda: "".join(plain).upper(),
                  lambda: " ".join(plain), lambda: " ".join(s.upper() for s in plain),
                  lambda: " ".join(toned), lambda: "".join(toned), lambda: "".join(numbered),
                  lambda: " ".join(numbered), lambda: "'".join(plain), lambda: "-".join(plain),
                  lambda: ".".join(plain), lambda: "#" + "".join(plain), half,
                  lambda: "【" + " ".join(plain) + "】", lambda: "".join(plain) + "家"]
        for _ in range(100):
            written = rng.choice(styles)()
            if mark not in written and (not latin or latin.lower() not in written.lower()):
                return written
        raise ValueError(f"no pinyin for {mark}")

    # -- initials
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        full = "".join(chr(ord(c) - 0x61 + 0xFF41) for c in letters)
        styles = [lambda: letters, lambda: letters.upper(),
                  lambda: "".join(c.upper() if i % 2 == 0 else c for i, c in enumerate(letters)),
                  lambda: ".".join(letters.upper()) + ".", lambda: "·".join(letters.upper()),
                  lambda: " ".join(letters), lambda: "-".join(letters.upper()),
                  lambda: "/".join(letters), lambda: full,
                  lambda: "".join(chr(ord(c) - 0x41 + 0xFF21) for c in letters.upper()),
                  lambda: "「" + letters.upper() + "」", lambda: "(" + letters + ")",
                  lambda: "#" + letters, lambda: letters.upper() + "家",
                  lambda: letters + "牌子"]
        return rng.choice(styles)()

    # -- separators
    def separated(self, text: str, rng: random.Random) -> str:
        gaps = [i for i in range(1, len(text)) if not text[i - 1].isspace() and not text[i].isspace()]
        mode = rng.randrange(5)
        if mode == 3:
            left, right = rng.choice(self._brackets)
            return "".join(c if c.isspace() else left + c + right for c in text)
        if mode == 2:
            gaps = [rng.choice(gaps)]
        one = rng.choice(self._separators)
        put = {i: (rng.choice(self._separators) if mode == 1 else one) * (2 if mode == 4 else 1)
               for i in gaps}
        return "".join(put.get(i, "") + c for i, c in enumerate(text))

    # -- look-alike letters
    def _styled(self, letter: str, style: str) -> str:
        case = "CAPITAL" if letter.isupper() else "SMALL"
        for name in (style.format(c=case, l=letter.upper()),
                     style.format(c="CAPITAL", l=letter.upper())):
            try:
                return unicodedata.lookup(name)
            except KeyError:
                continue
        return letter

    def confusable(self, text: str, rng: random.Random) -> str:
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        for _ in range(100):
            mode = rng.randrange(5)
            chars = list(text)
            if mode in (0, 4):
                usable = [i for i in letters if self._twins.get(text[i])]
                for i in rng.sample(usable, min(len(usable), rng.choice((1, 2, 3)))):
                    chars[i] = rng.choice(self._twins[text[i]])
            if mode == 1:
                style = rng.choice(ALPHABETS_H25)
                chars = [self._styled(c, style) if c.isascii() and c.isalpha() else c for c in chars]
            if mode == 2:
                chars = [self._styled(c.lower(), "LATIN LETTER SMALL CAPITAL {l}")
                         if c.isascii() and c.isalpha() else c for c in chars]
            if mode in (3, 4):
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
                    case = "CAPITAL" if text[i].isupper() else "SMALL"
                    for accent in rng.sample(ACCENTS_H25, len(ACCENTS_H25)):
                        try:
                            chars[i] = unicodedata.lookup(
                                f"LATIN {case} LETTER {text[i].upper()} WITH {accent}")
                            break
                        except KeyError:
                            continue
            written = "".join(chars)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no look-alike for {text}")

    # -- digit swaps
    def digits(self, text: str, rng: random.Random) -> str:
        places = [i for i, c in enumerate(text) if c.lower() in DIGITS_H25]
        count = rng.choice((1, 2, len(places)))
        chosen = set(rng.sample(places, min(count, len(places))))
        return "".join(DIGITS_H25[c.lower()] if i in chosen else c for i, c in enumerate(text))


def _price_h25(rng: random.Random, english: bool) -> str:
    amount = rng.choice((29, 45, 69, 85, 99, 119, 139, 180, 229, 260, 320, 388, 450, 520, 680, 990))
    if english:
        return rng.choice((f"${amount}", f"S${amount}", f"RM{amount}", f"RM {amount}",
                           f"₱{amount * 10}", f"{amount} SGD"))
    return rng.choice((f"{amount}", f"¥{amount}", f"{amount}元", f"{amount}r", f"{amount}米",
                       f"{amount}包邮"))


# Offers as posted: (account name, title, description); {w} the mark as written, {p} the goods,
# {n} a price. Comment threads, danmaku, forums, super-topics, Moments, group chats, loanwords,
# traditional characters; Southeast Asian marketplace English. Most never say fake.
OFFERS_ZH_H25 = [
    ("抖音评论区·阿杰", "回复 @小鹿：{w}{p}还有货", "楼上问的那款{w}{p}现货有，{n}，私信发实拍，看好再拍"),
    ("快手好物分享", "{w}{p}到了一批", "老铁们{w}{p}新到一批，{n}一件，码数齐全，评论区扣尺码我挨个回"),
    ("B站搬运工", "【弹幕】{w}{p}哪里买", "弹幕里问{w}{p}的，同厂出的，{n}，动态置顶有联系方式"),
    ("贴吧吧友", "【出】{w}{p} 蹲一个有缘人", "楼主手里一批{w}{p}，{n}包邮，和专柜同一条产线，要的楼中楼留言"),
    ("虎扑JR", "[装备区]{w}{p}要的来", "{w}{p}，{n}，做工对比过没区别，懂的JR直接私我"),
    ("超话小鱼", "#{w}超话# 上新", "超话姐妹们，{w}{p}上新啦，{n}，细节图在评论，先问后拍"),
    ("阿芳的朋友圈", "{w}{p}", "到货📦 {w}{p} {n} 要的扣"),
    ("Lily的小店", "今日上新 {w}", "{w}{p}，图片实拍，{n}，数量不多，先到先得"),
    ("韩系小铺", "欧尼们！{w}{p}到了", "{w}{p}超卡哇伊的，ins风必备，{n}，同款同料，私信看图"),
    ("日系杂货铺", "{w}{p} 入荷", "今日入荷：{w}{p}，{n}，数量限定，需要的留言"),
    ("繁簡小舖", "{w}{p}現貨", "{w}{p}現貨供應，{n}，可面交可寄送，私訊看實拍圖"),
    ("蹲蹲党", "求链接的看这里", "好多人在评论区求{w}{p}链接，{n}，主页橱窗第三个，手慢无"),
    ("同城二手批发", "{w}{p}批量出", "手上还有二十来件{w}{p}，全新带吊牌，{n}一件，量大另议"),
    ("源头工厂直发", "{w}{p} 源头", "{w}{p}源头直发，和大牌同一个工厂，{n}，支持验货"),
    ("弹幕君", "前方高能：{w}{p}", "{w}{p}只要{n}！！弹幕扣“要”的私聊"),
    ("评论区阿强", "回复 @不吃香菜：有的", "{w}{p}有现货，{n}，尺码表发你了，看一下"),
    ("贴吧老哥", "[交易] {w}{p} 诚出", "如题，{w}{p}，{n}不议价，和原版看不出差别，走闲鱼"),
    ("代购小王", "{w}{p}🔥", "{w}{p}🔥{n}🔥细节看图🔥拍前咨询"),
    ("快手大刘", "家人们{w}{p}返场", "{w}{p}返场了家人们，{n}，上次没抢到的这次别错过"),
    ("超话打卡", "{w}{p}平价入手渠道", "分享一个{w}{p}的渠道，{n}，私信我发你，不接受砍价"),
    ("虎扑装备党", "{w}{p} 出几件", "{w}{p}，顶级版本，{n}，支持各种鉴定软件对比"),
    ("抖音同城", "{w}{p}到店了", "{w}{p}实体店有货，{n}，到店试穿，也可以发快递"),
    ("微信群接龙", "{w}{p}接龙", "{w}{p} {n} 接龙开始：1. 张姐 2. ……要的往下接"),
    ("B站评论", "UP同款{w}{p}", "视频里那个{w}{p}，同款{n}，简介有链接"),
    ("小红薯姐妹", "{w}{p}私我", "{w}{p}姐妹们私我，{n}，图是自己拍的，不包邮"),
    ("繁體代購", "{w}{p}預購開團", "{w}{p}開團啦，{n}，跟專櫃同款同料，預購十天到，私訊下單"),
]
OFFERS_EN_H25 = [
    ("Ah Boy Deals", "{w} {p} ready stock", "{w} {p} ready stock lah, {n} only. PM for price of bulk. COD Jurong East"),
    ("Shopee Seller SG", "{w} {p} [Local Seller]", "{w} {p}, same factory as the mall ones. {n}, fast ship, ask before buying"),
    ("Lazada Deals MY", "{w} {p} murah", "{w} {p} {n}, stock limited, DM for pictures, COD KL area"),
    ("FB Marketplace", "{w} {p} - brand new", "Brand new {w} {p}, {n}. Serious buyer only, PM me. Meetup or COD"),
    ("Manila Resell", "{w} {p} onhand", "Onhand {w} {p}, {n}. Can ship today. Message for real pics"),
    ("PM4Price", "{w} {p}", "{w} {p}. PM for price. Can COD. Sizes available"),
    ("Kedai Online", "{w} {p} restock!!", "Restock {w} {p}! {n} each, buy 2 free postage. DM to order"),
    ("Jane's Closet", "{w} {p} mirror quality", "{w} {p}, mirror quality, {n}. Cannot tell apart one. PM"),
    ("SG Bargain Hunter", "{w} {p} cheap cheap", "{w} {p} at {n}, confirm cheaper than outlet. DM for more photos, COD can"),
    ("Carousell seller", "{w} {p} unboxed", "{w} {p}, {n}, factory direct, no box. Chat to deal"),
    ("TH Shop", "{w} {p} 1:1", "{w} {p} 1:1 grade, {n}, ship from Bangkok. Message me"),
    ("Pasar Penang", "{w} {p} wholesale", "Selling {w} {p} wholesale, {n} per piece, min 5 pcs. WhatsApp me"),
    ("Comment reply", "replying to @kaycee: yes still have", "{w} {p} still have, {n}, DM me your size ya"),
    ("Weekend market KL", "{w} {p} clearance", "Clearing {w} {p}, {n}, all new with tag. First come first serve, COD Cheras"),
]
# Resale with proof of purchase, by individuals.
RESALE_ZH_H25 = [
    ("闲置小周", "自用{w}{p}转", "{w}{p}专柜购入，小票和保卡都在，序列号可查，{n}转，不退不换"),
    ("贴吧出闲置", "【出】自己的{w}{p}", "楼主自用的{w}{p}，发票拍在二楼了，用了半年，{n}，同城面交"),
    ("搬家清仓", "搬家出{w}{p}", "搬家带不走，{w}{p}官网买的，订单截图有，{n}出"),
    ("虎扑二手区", "[二手] {w}{p} 九成新", "{w}{p}，专卖店小票和编码贴纸都在，九成新，{n}，可以去专柜验"),
    ("毕业季", "毕业出{w}{p}", "毕业了出点东西，{w}{p}是生日礼物，购买记录可以看，{n}"),
    ("繁體轉讓", "轉讓{w}{p}", "{w}{p}門市購入，有收據和保卡，{n}，誠可小議"),
    ("超话二手", "#{w}超话# 出二手", "出一件{w}{p}，官方旗舰店订单号可查，附鉴定证书，{n}"),
    ("阿May闲置", "{w}{p}闲置", "{w}{p}用过两次，吊牌小票都在，{n}包邮，介意勿拍"),
    ("B站UP出物", "测评完的{w}{p}出掉", "测评用过的{w}{p}，正规渠道买的，发票一起寄，{n}"),
    ("快手王姐", "换新了，旧{w}{p}便宜出", "家里{w}{p}换新了，旧的还能用，购物凭证和说明书都在，{n}"),
    ("虎扑鉴定过", "{w}{p} 已过鉴定", "{w}{p}，专柜购入，第三方鉴定通过，序列号和证书一致，{n}"),
    ("断舍离", "断舍离", "{w}{p}，附购买发票，{n}，有需要的朋友找我"),
    ("出国清仓", "出国前清{w}{p}", "下个月出国，{w}{p}去年双十一旗舰店买的，订单页可以截图，{n}"),
]
RESALE_SEALED_ZH_H25 = [
    ("闲置小周", "囤多了的{w}{p}", "{w}{p}囤多了，全新未拆封，超市小票在，保质期到明年，{n}出"),
    ("年货转让", "单位发的{w}{p}", "单位发的{w}{p}，没开封，有发票，{n}转给需要的"),
    ("贴吧出囤货", "【出】{w}{p}未拆", "楼主囤的{w}{p}，未拆封，购买记录可截图，{n}"),
    ("繁簡轉讓", "轉{w}{p}全新", "{w}{p}全新未開，超市購入有收據，{n}"),
    ("超话换物", "#{w}超话# 出未拆", "出几件{w}{p}，旗舰店买的，订单号可查，封口完整，{n}"),
    ("快手宝妈", "{w}{p}买多了", "{w}{p}活动买多了，全新没拆，附小票，{n}，同城自提"),
    ("吃播剩的", "没用完的{w}{p}", "拍视频没用完的{w}{p}，未开封，京东订单在，{n}"),
    ("搬家清仓", "搬家清{w}{p}", "{w}{p}没拆的两件，生产日期清楚，小票在，{n}一起出"),
]
RESALE_EN_H25 = [
    ("Moving out SG", "Selling my {w} {p}", "Selling my own {w} {p}, bought from the official store, receipt and warranty card included. {n}, meetup at Tampines"),
    ("Preloved by Mei", "Preloved {w} {p}", "Preloved {w} {p}, used 3 months, comes with original receipt and serial number. {n}"),
    ("FB Marketplace", "{w} {p} - used, with box", "Used {w} {p}, box and invoice from the mall store. {n}, COD OK"),
    ("Carousell user", "{w} {p} w receipt", "{w} {p}, got it as a gift, have receipt. {n} nego"),
    ("Relocating MY", "{w} {p} - relocating sale", "Relocating overseas, letting go my {w} {p}. Bought at the boutique, card and receipt with it. {n}"),
]
RESALE_SEALED_EN_H25 = [
    ("Pantry clear-out", "{w} {p}, unopened", "Unopened {w} {p}, bought too many at the supermarket, receipt available, best before next year. {n}"),
    ("Moving sale KL", "{w} {p} sealed", "Sealed {w} {p}, from the official store, order number can show. {n}, self collect"),
    ("Mummy's closet", "{w} {p} extra", "Extra {w} {p}, sealed with receipt. {n}"),
    ("Office raffle", "Won {w} {p} at the D&D", "Won this {w} {p} at our company dinner, still sealed, have the event slip. {n}"),
]
# Consumer warnings: the mark in quotes, police and regulators' notices, customs and courts,
# lawyers' answers, comment-thread warnings.
WARNINGS_ZH_H25 = [
    ("评论区过来人", "回复 @小鹿：别买", "这种“{w}{p}”{n}的，十有八九是假的，我上次就被坑了"),
    ("市场监管局", "关于查获假冒「{w}」{p}的通报", "近日，执法人员在某仓库查获假冒「{w}」注册商标的{p}一批，已依法立案调查"),
    ("派出所警情通报", "警情通报：销售假冒『{w}』{p}案", "民警捣毁一售假窝点，现场查获假冒『{w}』{p}若干，犯罪嫌疑人已被依法刑事拘留"),
    ("律师说商标", "问：网上买到假‘{w}’{p}怎么办？", "答：保留聊天记录和付款凭证，可以要求退一赔三；卖家销售假冒“{w}”商标商品涉嫌侵权"),
    ("贴吧避雷帖", "【避雷】说是同厂的“{w}”{p}", "楼主买了个“同厂”{w}{p}，{n}，到手做工一塌糊涂，大家别信同厂的说法"),
    ("虎扑科普", "[科普] 怎么分辨假「{w}」{p}", "最近好多JR问{w}{p}真假，正品看防伪码和做工，那种{n}还说同厂的别碰"),
    ("超话提醒", "#{w}超话# 姐妹们注意", "有人在评论区卖“{w}”{p}，说原单尾货，其实是仿的，大家别上当"),
    ("消费者协会", "消费提示：谨防购买假冒「{w}」{p}", "消协提醒：购买{w}{p}请认准官方渠道，对价格明显低于市场价的商品保持警惕"),
    ("B站打假UP", "实测网上{n}的‘{w}’{p}", "我在网上买了号称{w}的{p}，拆开对比正品，差距太大，大家不要贪便宜"),
    ("繁體提醒", "小心買到假的『{w}』{p}", "朋友在網上買的{w}{p}是假的，賣家已經消失，大家購買前要小心"),
    ("抖音评论阿亮", "回复 @小雨：这是假的", "姐你这个“{w}”{p}是高仿，看那个标就不对，赶紧申请退款"),
    ("海关发布", "海关查获侵权「{w}」{p}", "海关在进出境货物中查获侵犯“{w}”商标专用权的{p}，已予扣留"),
    ("法院公众号", "判了！销售假“{w}”{p}获刑", "被告人销售假冒『{w}』注册商标的{p}，法院以销售假冒注册商标的商品罪判处有期徒刑"),
    ("吐槽一下", "被坑了", "买的“{w}”{p}用了一次就坏了，后来才知道是假的，大家长点心"),
    ("虎扑防骗", "[防骗] 那些私聊卖“{w}”的", "私聊卖“{w}”{p}的基本都是套路，先付款后不发货或者发假货"),
    ("日韩代购避雷", "代购的『{w}』{p}是假的", "找代购买的{w}{p}，说是免税店的，结果查不到编码，避雷这个代购"),
    ("12315投诉", "投诉：收到假冒「{w}」{p}", "网购的{w}{p}经专柜确认非正品，已向平台和12315投诉"),
    ("市场监管执法", "执法人员查扣假冒“{w}”{p}", "执法人员在某商铺查扣假冒“{w}”{p}，货值约{n}，已移交公安机关"),
    ("贴吧求助", "求助：这个‘{w}’{p}是真的吗", "闲鱼上看到一个{w}{p}只要{n}，卖家说专柜货，楼主觉得不对劲，大佬们帮看看"),
    ("商标律师答疑", "商标律师：卖“{w}”仿品算不算侵权", "销售明知是假冒“{w}”注册商标的{p}，无论是否标注“高仿”，都构成侵权"),
    ("弹幕提醒", "弹幕别信", "弹幕里那些说{n}买“{w}”{p}的都是托，真的不可能这个价"),
    ("反诈提醒", "反诈提醒", "近期有人冒充官方卖“{w}”{p}，价格低得离谱，请大家通过官方渠道购买"),
]
WARNINGS_EN_H25 = [
    ("SG Consumer Watch", "Beware of fake '{w}' {p}", "Got a few reports of fake '{w}' {p} sold on Marketplace for {n}. Check the serial with the official store before paying"),
    ("Customs Notice", "Counterfeit \"{w}\" {p} seized", "Officers seized counterfeit \"{w}\" {p} at the checkpoint; importing them is an offence"),
    ("Police advisory", "Scam alert: \"{w}\" {p} for {n}", "Sellers offering \"{w}\" {p} way below retail and asking for bank transfer first. Do not pay"),
    ("Ask a lawyer", "Is it legal to sell '{w}' replicas?", "No. Selling goods bearing a counterfeit '{w}' mark infringes the trademark, even if you call it a replica"),
    ("PSA thread", "PSA: those '{w}' {p} ads are fake", "If the '{w}' {p} is {n} and they only take COD, it's not real, don't ask me how I know"),
    ("Shopper's Guide", "How to spot a fake \"{w}\" {p}", "Look at stitching, labels and the receipt. The real \"{w}\" {p} never sells for {n}"),
    ("Marketplace Mod", "Removed: fake '{w}' listings", "We removed several listings of fake '{w}' {p}. Report anything that looks off"),
    ("Kak Ros", "Don't buy from this seller", "Bought \"{w}\" {p} from a page, it's fake lah. Seller blocked me after"),
]
# Reviews and news: unboxings, fans on a brand's history, company news, job adverts and shop
# openings.
REVIEWS_ZH_H25 = [
    ("B站UP开箱", "{w}{p}开箱测评", "今天开箱{w}{p}，{n}入手，做工扎实，优缺点都说一下"),
    ("品牌史爱好者", "聊聊{w}这个牌子的历史", "{w}是怎么一步步做起来的？从第一家店到现在，这期讲讲{w}的故事"),
    ("虎扑评测", "[评测] 用了三个月的{w}{p}", "{w}{p}实际用了三个月，说说感受：整体不错，价格{n}略贵"),
    ("财经快讯", "{w}发布年报", "{w}今日发布年度报告，营收同比增长，{p}品类表现亮眼"),
    ("本地新闻", "{w}新门店开业", "{w}全市首家旗舰店今天开业，现场排队的人不少，{p}有开业活动"),
    ("招聘信息", "{w}专卖店招聘店员", "{w}专卖店招聘导购两名，熟悉{p}者优先，底薪加提成"),
    ("超话粉丝", "#{w}超话# 新品讨论", "{w}这次的{p}大家觉得怎么样？我觉得设计比去年好"),
    ("贴吧讨论", "{w}的{p}值不值{n}", "楼主纠结要不要买{w}{p}，用过的吧友说说体验"),
    ("繁體開箱", "{w}{p}開箱心得", "終於入手{w}{p}，{n}，質感很好，推薦給大家"),
    ("日韩风测评", "{w}{p}欧尼们的真实反馈", "收集了身边欧尼们用{w}{p}的感受，优点缺点都有，安利之前先看看"),
    ("快手老李测评", "{w}{p}对比测评", "把{w}{p}和同价位的几款放一起对比，各有长处"),
    ("行业观察", "{w}换了新代言人", "{w}官宣新代言人，{p}系列同步上新，评论区一片好评"),
    ("弹幕合集", "弹幕都在夸{w}{p}", "这期视频讲{w}{p}的设计，弹幕里老粉都说情怀满满"),
    ("品牌百科", "{w}商标的来历", "很多人不知道{w}这个名字的由来，其实和创始人的经历有关"),
    ("商场公众号", "{w}入驻本商场", "好消息！{w}正式入驻本商场一楼，{p}新品同步到店"),
    ("虎扑晒图", "[晒] 我的{w}{p}", "攒了两个月工资买的{w}{p}，专柜买的，晒一下"),
    ("店长日常", "{w}门店招兼职", "{w}门店招周末兼职，有{p}销售经验优先，可以私信"),
    ("评论区路人", "回复 @阿飞：还行", "{w}{p}我用了一年，{n}买的，到现在没毛病"),
    ("新闻快讯", "{w}捐赠物资驰援灾区", "{w}向灾区捐赠一批{p}，已运抵当地"),
    ("科普博主", "{w}{p}是怎么生产的", "参观了{w}的工厂，从原料到{p}成品要经过几十道工序"),
    ("韩系博主", "{w}{p}在首尔也火了", "这次去首尔发现{w}{p}在当地也很受欢迎，欧巴们也在用"),
    ("老粉回忆录", "小时候家里就有{w}", "翻到一张老照片，那时候家里就用{w}的{p}，一晃二十年了"),
    ("繁體新聞", "{w}在台北開設首間門市", "{w}今日在台北信義區開設首間門市，{p}全系列展出"),
]
REVIEWS_EN_H25 = [
    ("Tech Tita", "{w} {p} review after 3 months", "Been using the {w} {p} for three months, here's my honest take. Worth {n}? Mostly yes"),
    ("Business Times SG", "{w} opens flagship store in Orchard", "{w} opened a new flagship on Orchard Road today, with the {p} range on display"),
    ("Hiring post", "{w} boutique hiring sales associates", "{w} boutique at Pavilion KL is hiring; experience with {p} a plus. Send CV"),
    ("History nerd", "The story behind {w}", "A short thread on how {w} started and why its {p} became so popular"),
    ("Unboxing Bro", "Unboxing my {w} {p}", "Finally got the {w} {p} from the official store, {n}. Quick unboxing and first impressions"),
    ("Market News", "{w} reports strong quarter", "{w} said sales of {p} grew this quarter in Southeast Asia"),
    ("Fan forum", "Favourite {w} {p} of all time?", "Long-time {w} fan here, which {p} do you all think is the classic one?"),
    ("Lifestyle Mag", "{w} {p}: is it worth it?", "We tested the {w} {p} against two rivals; here is what we found"),
    ("Kopi Talk", "My dad's favourite {w} {p}", "My dad has been buying {w} {p} since the 90s, loyal customer lah"),
]
# The owner's and its authorised shop's own posts: (signer, account name, title, text).
AUTHORISED_H25 = [
    ("owner", "{m}官方", "{m}官方声明", "近期发现有人冒用{m}名义销售“同厂”{p}，{m}从未授权任何个人代理，请认准官方渠道"),
    ("owner", "{m}官方", "{m}{p}新品发布", "{m}全新{p}今日发布，官方旗舰店同步开售"),
    ("owner", "{m}官方", "{m}招聘｜门店店长", "{m}面向全国招聘门店店长，负责{p}等品类的销售管理"),
    ("owner", "{m}官方", "{m}品牌日", "{m}品牌日来了，{p}会员专享福利，详情见官方小程序"),
    ("owner", "{m}官方", "关于假冒{m}商品的提醒", "市面上出现假冒{m}{p}，官方提醒：低价“原单”“尾货”均非正品"),
    ("owner", "{m}官方", "{m}超话打卡活动", "#{m}超话# 晒出你的{m}{p}，抽十位送新品"),
    ("owner", "{m}官方", "{m}新店开业", "{m}城市旗舰店开业，{p}全系列到店，欢迎体验"),
    ("owner", "{m} Official", "{m}艺术家联名", "{m}联名系列{p}限量发售，仅在官方渠道购买"),
    ("owner", "{m}官方", "{m}防伪查询说明", "每件{m}{p}都有唯一防伪码，扫码即可查询真伪"),
    ("owner", "{m}官方", "评论区回复", "回复 @小林：亲，{m}{p}请在官方旗舰店或授权门店购买，其他渠道无法保证"),
    ("owner", "{m}官方", "{m}公益行动", "{m}联合公益组织，将部分{p}销售收入用于乡村教育"),
    ("shop", "{m}授权店", "{m}授权店上新", "本店为{m}官方授权店，{p}新款到店，欢迎进店看看"),
    ("shop", "{m}授权店", "{m}专卖店招聘", "{m}专卖店诚聘导购，熟悉{p}优先，五险一金"),
    ("shop", "{m}授权店", "开业大吉｜{m}专卖店", "{m}专卖店今日开业，{p}到店即享开业礼"),
    ("shop", "{m}授权店", "正品保障", "本店{m}{p}均由品牌直供，支持官方验真，假一赔十"),
    ("shop", "{m}授权店", "朋友圈上新", "{m}{p}到店，店里实拍，欢迎来店里看看"),
    ("shop", "{m}授权店", "直播预告", "今晚八点{m}授权店直播间，{p}福利价，正品授权可查"),
    ("shop", "{m}授权店", "提醒顾客", "近期有顾客拿网上买的“{m}”{p}来店里售后，经检查为仿品，购买请认准授权门店"),
    ("shop", "{m}授权店", "會員日", "{m}授權店會員日，{p}全場九折，歡迎光臨"),
    ("shop", "{m}授权店", "{m}授权店周年庆", "{m}授权店三周年，{p}满额有礼，感谢老顾客支持"),
    ("shop", "{m}授权店", "{m} store now on LazMall", "Official {m} authorised store now on LazMall, genuine {p} with warranty"),
    ("shop", "{m}授权店", "售后说明", "在本店购买的{m}{p}享受全国联保，凭小票到任意门店维修"),
]
# Everyday sentences in which an ordinary word reads (pypinyin, toneless) like a mark; some next
# to 复刻 or 1:1 in their ordinary use.
SOUND_ALIKE_H25 = [
    "阳台上种花种了三年，今年终于开了",
    "奶奶说种花要先松土，不能急",
    "吃不完的菜打包带走，别浪费",
    "周末在家复刻了奶奶的红烧肉，吃不完的打包给邻居了",
    "出门旅游背了个大包，结果一半东西没用上",
    "爷爷和老伴每天傍晚去公园散步",
    "老伴非要1:1复刻我们结婚那天的照片，笑死",
    "新配的眼镜度数好像不太对，看东西发晕",
    "照着图纸1:1复刻了一个木头模型，眼睛都看花了",
    "长时间看手机，眼睛干得不行",
    "这趟长程航班十二个小时，腰都坐断了",
    "诚实守信是一种美德",
    "尊老爱幼是传统美德，公交上给老人让个座",
    "秸秆还田以后，今年的地明显肥了",
    "孩子暑假报了学画的班，每天画两小时",
    "按1:1比例临摹了一张名画，学画三年总算有点样子",
    "过马路多留神，别低头看手机",
    "山路滑，下坡的时候留神一点",
    "主持人口齿清楚，听着舒服",
    "小时候有点口吃，后来练朗诵慢慢好了",
    "院子地势低凹，一下雨就积水",
    "发烧了就在家隔离两天，别出去了",
    "复刻了一遍网上很火的蛤蜊蒸蛋，还挺成功",
    "赶海挖了一桶蛤蜊，晚上加餐",
    "冰块遇热化为水，小朋友看得很认真",
    "湖面平静，宛似一面镜子",
    "他一身落拓，背着吉他走南闯北",
    "离家十年，恋乡的情绪越来越重",
    "邻居家那只狗一身白毛，特别干净",
    "白毛浮绿水，红掌拨清波",
    "我表弟叫小雄，今年刚上初中",
    "过年贴个福字，图个吉利，多得福气",
    "这家店的菜特不实在，量太少了",
    "你老干嘛呢，一天到晚不见人",
    "别跟孩子说重话，好好讲道理",
    "你一天到晚老干嘛去了，电话也不接",
    "居家隔离的那几天学会了做饭",
    "计划一夜之间化为泡影，只能重新来过",
    "写字要留神笔顺，老师说了好多遍",
    "出差前把行李打包好了，明早六点出发",
]
# Common-word marks in their ordinary sense, some next to their own product words; English words
# that are a Latin name of the part.
COMMON_SENSE_H25 = [
    "中华文化博大精深，孩子最近在背唐诗",
    "中华民族的传统节日里，我最喜欢中秋",
    "凤凰古城的夜景真的好看，沿江走一圈",
    "传说中的凤凰浴火重生，听着就很燃",
    "骑着自行车去凤凰古城周边转了一圈",
    "我家大宝今年上小学了，二宝还在上幼儿园",
    "冬天给大宝擦了点护手霜，小手都冻裂了",
    "楼下那只白猫又来蹭饭了",
    "白猫把阳台上的洗衣粉打翻了，弄得到处都是",
    "不管黑猫白猫，抓到老鼠就是好猫",
    "我们老板今天请大家喝奶茶",
    "饭店老板人很好，多送了一盘菜",
    "老板让我下午去修一下厨房的油烟机",
    "燕京八景里我最喜欢卢沟晓月",
    "这本书写的是旧时燕京城里的胡同生活",
    "五一去爬了长城，人山人海",
    "不到长城非好汉，今天终于爬上去了",
    "开汽车去长城脚下大概一个半小时",
    "今天的晚霞好美的呀",
    "这里的风景好美的，下次还来",
    "站在船头，海天一色，特别震撼",
    "海天相接的地方有一艘小船",
    "今年第一场雪，雪花落在手心就化了",
    "下雪天配炸鸡啤酒，看着窗外的雪花发呆",
    "考试前一晚紧张得六神无主",
    "蚊子咬得我六神无主，赶紧找花露水",
    "动物园里有只大白兔，小朋友围着喂胡萝卜",
    "女儿养了一只大白兔，取名叫棉花",
    "在神农架看到了野生金丝猴，太激动了",
    "金丝猴是国家一级保护动物",
    "登上黄鹤楼看江景，想起那句“故人西辞黄鹤楼”",
    "去武汉必去黄鹤楼打卡",
    "看到这张照片就联想到小时候的家",
    "这个味道让我联想起外婆做的饭",
    "天天盯着电脑，看到表格就联想到加班",
    "昨晚的蓝月亮你们看到了吗，天文爱好者都在拍",
    "一个月里的第二次满月叫蓝月亮",
    "在沙漠里骑骆驼，颠得腰疼",
    "骆驼被称为沙漠之舟",
    "穿着冲锋衣在沙漠里骑骆驼，风沙好大",
    "孩子抱着小熊玩偶才睡得着",
    "动物园的小熊在晒太阳，太可爱了",
    "古人用飞鸽传书，现在发个消息就行",
    "广场上的飞鸽一下子全飞起来了",
    "骑着单车绕广场一圈，看飞鸽落在钟楼上",
    "老板，来碗牛肉面，多放香菜",
    "雪花一片片落在车窗上",
    "这座城市古称燕京，历史很久",
    "A white dove landed on our balcony this morning",
    "The dove is a symbol of peace in many cultures",
    "Our football coach made us run laps in the rain",
    "Took the overnight coach from KL to the border, so tired",
    "My swim coach says my breathing is getting better",
    "It is nice to converse with the old neighbours after dinner",
    "Converse with your kids, not at them",
    "Two delivery vans blocked the whole lane this morning",
    "The removal vans came late, we waited the whole afternoon",
    "Back up your photos to safeguard your memories",
    "Schools should safeguard children's privacy online",
    "Food vans at the night market sell the best satay",
    "A pair of doves nest under our roof every year",
    "The coach driver played old songs all the way to Malacca",
    "We need rules that safeguard small shops from rent hikes",
    "Hard to converse when the music is so loud",
]
SOUND_ALIKE_FRAMES_H25 = [("{s}", ""), ("", "{s}"), ("{s}", "#日常 #碎碎念"), ("评论区的朋友们", "{s}")]
COMMON_FRAMES_H25 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#生活碎片")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#justsharing")]}
VIEWERS_H25 = ["楼下的阿婆", "吃瓜群众小李", "弹幕路过", "北漂十年", "小葡萄妈妈", "Kenneth在新加坡",
               "周末爬山的阿伟", "阿蓉的朋友圈", "一只橘子", "夜跑的老刘", "Mandy下班了", "水果摊小陈"]
PHRASING_H25 = Phrasing(
    "held_out_25", GOODS_H25, _price_h25, (OFFERS_ZH_H25, OFFERS_EN_H25),
    (RESALE_ZH_H25, RESALE_EN_H25), (RESALE_SEALED_ZH_H25, RESALE_SEALED_EN_H25), SEALED_GOODS_H25,
    (WARNINGS_ZH_H25, WARNINGS_EN_H25), (REVIEWS_ZH_H25, REVIEWS_EN_H25), AUTHORISED_H25,
    SOUND_ALIKE_H25, SOUND_ALIKE_FRAMES_H25, COMMON_SENSE_H25, COMMON_FRAMES_H25, VIEWERS_H25)


def twenty_fifth_held_out(seed: int = 363) -> list[Case]:
    """held_out_25: held_out_24's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts), its own marks, spellings and phrasing."""
    words = Spellings25()
    return _held_out_part(seed, words, MARKS_H25, PHRASING_H25, words.initials_of, DIGITS_H25)


# -- held_out_26 (issue 13, stop 41): a twenty-fourth hand -------------------------------------------
# Written at stop 41 by a twenty-fourth hand that read neither the guard (src/origin/brands/, its
# tables, its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read the
# module docstring, Case, suite_brands, the marks lists, held_out_25's comment block, marks and goods
# as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# PartSpellings, _held_out_part), the list of parts in cases() and how twenty_fifth_held_out calls
# the assembly (a listing of this file's top-level names also showed the names, not the contents,
# of the other parts' tables; reading those places it also saw the last lines of SOUND_ALIKE_H25 and
# the first lines of Spellings and of tuning_round_four's loop, and used none of them); of
# bench_brands.py only the scoring, PARTS and SEALED; of the tests only the shared structure test,
# the parametrised test of held_out_20 … held_out_24 and held_out_25's test (folded into it). Its
# marks are the 51 loaded marks with the fewest held-out offers so far (every held-out part's offers
# counted from cases(), held_out_25's twice, ties by loaded order; the same count without
# held_out_25 and with held_out_24 twice gives MARKS_H25 exactly; the 51st, 飞鸽, has 204 and the
# 52nd, 五粮液, 205, so no tie is cut; 23 common words, 32 Latin names; 13 of them in held_out_25).
# Its spellings are its own code over outside data (Spellings26): homophones swap one, two or every
# character for one whose own reading (pypinyin, the character alone, toneless) is the character's
# reading in the mark's phrase, drawn by tier from the GBK codec's lead and trail bytes: GB2312
# level 1 in the same tone most often, level 1 in any tone, level 2, GBK only; never the mark's own
# character nor one OpenCC converts to or from it, never a traditional-only form, never holding a
# loaded mark; pinyin from pypinyin's phrase readings in eighteen styles (joined, capitalised,
# upper, spaced, spaced capitals, camel, toned spaced and joined, tone-numbered joined and spaced,
# apostrophed, hyphenated, underscored, hashtagged, one character left in hanzi, with 家, in 「」,
# middle-dotted capitals), never holding the Latin name; initials in sixteen styles (lower, upper,
# capitalised, dotted, spaced, hyphenated, slashed, full-width, hashtagged, with 家, 牌 or 同款, in
# (), 【】 or 《》, middle-dotted); separators looked up by Unicode name in the voices of notes,
# stuffed titles and broadcast lists (sparkles, growing heart, cherry blossom, hibiscus, ribbon,
# bullet, hyphenation point, one dot leader, division and fraction slash, non-breaking hyphen, figure
# dash, narrow no-break, thin and hair spaces, zero-width non-joiner, soft hyphen, heart and diamond
# suits, shopping bags, package, fire, pushpin, small orange diamond, heavy check mark, four leaf
# clover) at every gap with one kind, each gap its own kind, doubled, at one gap, or each character
# in a bracket pair looked up by name (white square, double angle, full-width square, angle, white
# tortoise shell, small parentheses); look-alikes are the confusables table's (confusable_homoglyphs'
# data) Cyrillic, Greek, Armenian, Cherokee, Lisu, Osage and Tifinagh twins and the dotless i, for
# one to three letters, the whole word in an alphabet looked up by Unicode name (mathematical
# italic, bold script, fraktur, sans-serif bold and bold italic, bold, double-struck, full-width,
# squared and negative circled capitals), or one or two letters with an accent by Unicode name; digit
# swaps of one, two or every swappable letter. Its phrasing is its own, 20 or more shapes per family,
# in voices no hand used much yet: Xiaohongshu notes that sell (姐妹们, 种草, 宝藏, 避雷), Pinduoduo
# and Taobao titles stuffed with keywords, suppliers' Telegram and WhatsApp broadcast lists, written
# Cantonese of Hong Kong resellers (嘅, 咗, 有貨), Taiwanese posts (der, ㄉ, 公司貨, 7-11 賣貨便),
# Mercari and Yahoo Auctions Japanese, Latin American Spanish and Brazilian Portuguese (primera
# calidad, primeira linha, AAA, igualzinho), Russian marketplace posts (реплика, люкс копия), "dupe"
# culture done wrong (a dupe with the logo, "1:1 dupe"); most offers never say fake (price, stock,
# sizes, "same factory", "DM for pictures"); warnings that quote the mark in six quote styles and
# «», market regulators, customs, courts, police, consumer associations, lawyers and scam alerts;
# resale with receipts, invoices, order numbers and authentication, in the same languages; reviews,
# museum and auction posts, collaborations, results, comparisons with dupes that carry no logo; and a
# new benign family, ``nominative_use`` (bench_brands.py takes benign families from the cases):
# accessories, parts and services for a mark (cases, compatible parts, 适用于, repair,
# authentication, cleaning, gift wrapping, recipes), 3 posts per brand; ordinary words pypinyin
# reads like a mark (回礼, 飞了, 毅力, 一粒, 同意, 汪汪, 孩儿, 打酱油, 恰恰, 用久, 礼拜, 李白, 百香果,
# 久仰, 哇哈哈, 飞哥, 眼睛, 学话, 小凶, 留神, 老伴, 打包, 种花, 白毛, 加能量), some next to 复刻 or
# 1:1 in their ordinary use; common-word marks in their ordinary sense, some next to their own
# product words; English words that are or hold a Latin name (warrior, canon, Hermes, red bull,
# basics, filament, Libya). Sealed: scored only by the lead with ``--parts held_out_26``; counts
# only; never run through the guard by its writer.
MARKS_H26 = [
    "回力", "蕉下", "蒙牛", "浪琴", "索尼", "斐乐", "乐高", "伊利", "戴森", "佳能", "统一", "旺旺", "海鸥",
    "海尔", "大疆", "红牛", "洽洽", "永久", "比亚迪", "立白", "施华洛世奇", "白象", "熊猫", "长虹", "九阳",
    "红豆", "太平鸟", "小天鹅", "巴宝莉", "范思哲", "万宝龙", "娃哈哈", "自然堂", "完美日记", "爱马仕",
    "泡泡玛特", "中华", "凤凰", "大宝", "白猫", "老板", "燕京", "长城", "亚瑟士", "海天", "雪花", "六神",
    "云南白药", "骆驼", "小熊", "飞鸽",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H26: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "回力": (("帆布鞋", "小白鞋", "篮球鞋"), ("canvas shoes", "white sneakers")),
    "蕉下": (("防晒衣", "遮阳伞", "防晒口罩"), ("sun umbrella", "UV jacket", "sun mask")),
    "蒙牛": (("纯牛奶", "高钙牛奶", "酸奶整箱"), ("whole milk", "milk case")),
    "浪琴": (("机械表", "名匠系列腕表", "石英表"), ("automatic watch", "dress watch")),
    "索尼": (("降噪耳机", "微单相机", "游戏机"), ("noise-cancelling headphones", "mirrorless camera")),
    "斐乐": (("老爹鞋", "运动外套", "卫衣"), ("chunky sneakers", "track jacket", "hoodie")),
    "乐高": (("积木", "积木城堡", "机械组积木"), ("brick set", "building bricks", "castle set")),
    "伊利": (("纯牛奶", "全脂奶粉", "低脂牛奶"), ("whole milk", "yogurt drink")),
    "戴森": (("吹风机", "吸尘器", "卷发棒"), ("hair dryer", "cordless vacuum", "hair styler")),
    "佳能": (("单反相机", "微单", "镜头"), ("DSLR camera", "lens", "compact camera")),
    "统一": (("方便面", "老坛酸菜牛肉面", "冰红茶"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖"), ()),
    "海鸥": (("手表", "陀飞轮手表", "双反相机"), ()),
    "海尔": (("冰箱", "洗衣机", "热水器"), ("fridge", "washing machine", "water heater")),
    "大疆": (("无人机", "云台", "运动相机"), ("drone", "gimbal", "action camera")),
    "红牛": (("功能饮料", "饮料整箱", "罐装饮料"), ("energy drink", "energy drink case")),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "mixed nuts")),
    "永久": (("自行车", "复古自行车", "折叠单车"), ()),
    "比亚迪": (("汽车脚垫", "车载充电器", "原厂轮毂"), ("car mats", "car charger", "alloy wheels")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry liquid", "dish soap")),
    "施华洛世奇": (("水晶项链", "天鹅项链", "水晶耳钉"), ("crystal necklace", "swan pendant", "earrings")),
    "白象": (("方便面", "汤好喝方便面", "泡面整箱"), ()),
    "熊猫": (("香烟", "香烟礼盒", "软包香烟"), ()),
    "长虹": (("电视", "液晶电视", "空调"), ("TV", "smart TV", "air conditioner")),
    "九阳": (("豆浆机", "破壁机", "空气炸锅"), ("soymilk maker", "blender", "air fryer")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("dress shirt", "thermal underwear", "suit")),
    "太平鸟": (("连衣裙", "羊毛大衣", "卫衣"), ("dress", "wool coat", "sweatshirt")),
    "小天鹅": (("洗衣机", "滚筒洗衣机", "烘干机"), ("washing machine", "dryer")),
    "巴宝莉": (("风衣", "格纹围巾", "格纹衬衫"), ("trench coat", "check scarf", "check shirt")),
    "范思哲": (("美杜莎T恤", "丝巾", "香水"), ("T-shirt", "silk scarf", "perfume")),
    "万宝龙": (("钢笔", "签字笔", "皮带"), ("fountain pen", "rollerball pen", "leather belt")),
    "娃哈哈": (("AD钙奶", "营养快线", "纯净水"), ("yogurt drink", "bottled water")),
    "自然堂": (("面霜", "精华水", "面膜"), ("face cream", "essence", "sheet mask")),
    "完美日记": (("眼影盘", "口红", "散粉"), ("eyeshadow palette", "lipstick", "setting powder")),
    "爱马仕": (("铂金包", "丝巾", "皮带"), ("tote bag", "silk scarf", "belt")),
    "泡泡玛特": (("盲盒", "手办", "毛绒挂件"), ("blind box", "figure", "plush charm")),
    "中华": (("香烟", "硬盒香烟", "牙膏"), ()),
    "凤凰": (("自行车", "26寸自行车", "单车"), ()),
    "大宝": (("SOD蜜", "面霜", "护手霜"), ()),
    "白猫": (("洗洁精", "洗衣粉", "柠檬洗洁精"), ()),
    "老板": (("油烟机", "燃气灶", "顶吸油烟机"), ()),
    "燕京": (("啤酒", "纯生", "罐装啤酒"), ()),
    "长城": (("葡萄酒", "干红葡萄酒", "SUV脚垫"), ()),
    "亚瑟士": (("跑鞋", "缓震跑鞋", "排球鞋"), ("running shoes", "trainers")),
    "海天": (("酱油", "蚝油", "调味品礼盒"), ()),
    "雪花": (("啤酒", "纯生", "勇闯天涯啤酒"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "云南白药": (("牙膏", "气雾剂", "创可贴"), ("toothpaste", "spray", "plasters")),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "飞鸽": (("自行车", "复古自行车", "单车"), ()),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H26 = frozenset({
    "蒙牛", "伊利", "统一", "旺旺", "红牛", "洽洽", "立白", "白象", "熊猫", "娃哈哈", "自然堂", "完美日记",
    "中华", "大宝", "白猫", "燕京", "海天", "雪花", "六神", "云南白药"})
# what an accessory, a part or a service is made for: machines and devices, things worn, or
# things used up (nominative use)
DEVICES_H26 = frozenset({
    "浪琴", "索尼", "乐高", "戴森", "佳能", "海鸥", "海尔", "大疆", "永久", "比亚迪", "长虹", "九阳",
    "小天鹅", "万宝龙", "泡泡玛特", "凤凰", "老板", "小熊", "飞鸽"})
CONSUMED_H26 = frozenset({"长城"})   # wine, not resold sealed only because of its car mats

DIGITS_H26 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "6", "g": "9",
              "z": "2", "q": "9"}
# separators of notes, stuffed titles and broadcast lists, by Unicode name
SEPARATOR_NAMES_H26 = (
    "SPARKLES", "GROWING HEART", "CHERRY BLOSSOM", "HIBISCUS", "RIBBON", "BULLET",
    "HYPHENATION POINT", "ONE DOT LEADER", "DIVISION SLASH", "FRACTION SLASH", "NON-BREAKING HYPHEN",
    "FIGURE DASH", "NARROW NO-BREAK SPACE", "THIN SPACE", "HAIR SPACE", "ZERO WIDTH NON-JOINER",
    "SOFT HYPHEN", "WHITE HEART SUIT", "BLACK DIAMOND SUIT", "SHOPPING BAGS", "PACKAGE", "FIRE",
    "PUSHPIN", "SMALL ORANGE DIAMOND", "HEAVY CHECK MARK", "FOUR LEAF CLOVER")
# (left name, right name): each character in its own pair
BRACKET_NAMES_H26 = (
    ("LEFT WHITE SQUARE BRACKET", "RIGHT WHITE SQUARE BRACKET"),
    ("LEFT DOUBLE ANGLE BRACKET", "RIGHT DOUBLE ANGLE BRACKET"),
    ("FULLWIDTH LEFT SQUARE BRACKET", "FULLWIDTH RIGHT SQUARE BRACKET"),
    ("LEFT ANGLE BRACKET", "RIGHT ANGLE BRACKET"),
    ("LEFT WHITE TORTOISE SHELL BRACKET", "RIGHT WHITE TORTOISE SHELL BRACKET"),
    ("SMALL LEFT PARENTHESIS", "SMALL RIGHT PARENTHESIS"))
TWIN_SCRIPTS_H26 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "OSAGE", "TIFINAGH",
                    "LATIN SMALL LETTER DOTLESS")
ALPHABETS_H26 = ("MATHEMATICAL ITALIC {c} {l}", "MATHEMATICAL BOLD SCRIPT {c} {l}",
                 "MATHEMATICAL FRAKTUR {c} {l}", "MATHEMATICAL SANS-SERIF BOLD {c} {l}",
                 "MATHEMATICAL SANS-SERIF BOLD ITALIC {c} {l}", "MATHEMATICAL BOLD {c} {l}",
                 "SQUARED LATIN CAPITAL LETTER {l}", "NEGATIVE CIRCLED LATIN CAPITAL LETTER {l}",
                 "FULLWIDTH LATIN {c} LETTER {l}", "MATHEMATICAL DOUBLE-STRUCK {c} {l}")
ACCENTS_H26 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "RING ABOVE",
               "CARON", "DOT BELOW", "HOOK ABOVE", "LINE BELOW")


def _named_h26(name: str) -> str:
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return ""


def _gbk_chars_h26(first: range, second: range) -> list[str]:
    """Characters of the GBK codec at lead bytes ``first`` and trail bytes ``second``."""
    out = []
    for hi in first:
        for lo in second:
            try:
                char = bytes((hi, lo)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and "\u4e00" <= char <= "\u9fa5":
                out.append(char)
    return out


class Spellings26:
    """held_out_26's own evasion writers, one method a family, over outside data."""

    def __init__(self) -> None:
        import opencc
        from confusable_homoglyphs.utils import load
        from pypinyin import Style, lazy_pinyin, pinyin

        self._style = Style
        self._lazy = lazy_pinyin
        self._pinyin = pinyin
        self._t2s = opencc.OpenCC("t2s")
        self._s2t = opencc.OpenCC("s2t")
        # tiers: GB2312 level 1 (lead bytes B0-D7), level 2 (D8-F7), then GBK's own additions
        level1 = _gbk_chars_h26(range(0xB0, 0xD8), range(0xA1, 0xFF))
        level2 = _gbk_chars_h26(range(0xD8, 0xF8), range(0xA1, 0xFF))
        gb2312 = set(level1) | set(level2)
        gbk = [c for c in _gbk_chars_h26(range(0x81, 0xFF), range(0x40, 0xFF)) if c not in gb2312]
        self._tiers: list[dict[str, list[str]]] = []
        for chars in (level1, level2, gbk):
            by_reading: dict[str, list[str]] = defaultdict(list)
            for char in chars:
                if self._t2s.convert(char) != char:      # a traditional-only form
                    continue
                by_reading[self.reading(char)].append(char)
            self._tiers.append(by_reading)
        # look-alike letters: the confusables table's twins of a Latin letter in other scripts
        table = load("confusables.json")
        self._twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            twins = [t["c"] for t in table.get(letter, ())
                     if len(t["c"]) == 1 and any(t["n"].startswith(s) for s in TWIN_SCRIPTS_H26)]
            if twins:
                self._twins[letter] = twins
        self._separators = [c for c in map(_named_h26, SEPARATOR_NAMES_H26) if c]
        self._brackets = [(_named_h26(a), _named_h26(b)) for a, b in BRACKET_NAMES_H26
                          if _named_h26(a) and _named_h26(b)]

    # -- readings ---------------------------------------------------------------------------
    def reading(self, char: str) -> str:
        """A character's own reading, tone as a digit (5 for the neutral tone)."""
        got = self._lazy(char, style=self._style.TONE3, neutral_tone_with_five=True,
                         errors="ignore")
        return got[0] if got else ""

    def readings(self, mark: str) -> list[str]:
        """The mark's reading as a phrase (pypinyin's phrase table first), one a character."""
        return self._lazy(mark, style=self._style.TONE3, neutral_tone_with_five=True)

    def initials_of(self, mark: str) -> str:
        return "".join(r[0] for r in self._lazy(mark, style=self._style.NORMAL))

    # -- the families ---------------------------------------------------------------------------
    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        """One, two or every character swapped for one read alike (toneless, the character on its
        own), same tone in GB2312 level 1 most often, then any tone, level 2 and GBK only."""
        readings = self.readings(mark)
        for _ in range(200):
            count = rng.choice((1, 1, 2, len(mark))) if len(mark) > 1 else 1
            where = rng.sample(range(len(mark)), min(count, len(mark)))
            chars = list(mark)
            for i in where:
                chars[i] = self._alike(mark[i], readings[i], rng)
            written = "".join(chars)
            if written != mark and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    def _alike(self, char: str, reading: str, rng: random.Random) -> str:
        toneless = reading.rstrip("12345")
        tier = rng.choices((0, 0, 1, 2, 3), k=1)[0]
        for index in range(tier, tier + 4):
            index %= 4
            if index == 0:      # GB2312 level 1, the same tone
                pool = self._tiers[0].get(reading, [])
            else:               # level 1 any tone, level 2, GBK only
                source = self._tiers[index - 1]
                pool = [c for r, cs in source.items() if r.rstrip("12345") == toneless for c in cs]
            pool = [c for c in pool if c != char and self._t2s.convert(c) != char
                    and self._s2t.convert(char) != c]
            if pool:
                return rng.choice(sorted(pool))
        return char

    def separated(self, text: str, rng: random.Random) -> str:
        """Separators by Unicode name: one kind at every gap, a kind per gap, doubled, at one gap,
        or each character in its own bracket pair."""
        chars = list(text.replace(" ", "")) if not text.isascii() else list(text)
        style = rng.randrange(5)
        if style == 4 and len(chars) <= 6:
            left, right = rng.choice(self._brackets)
            return "".join(f"{left}{c}{right}" for c in chars)
        gaps = len(chars) - 1
        if style == 0:
            sep = rng.choice(self._separators)
            fill = [sep] * gaps
        elif style == 1:
            fill = [rng.choice(self._separators) for _ in range(gaps)]
        elif style == 2:
            sep = rng.choice(self._separators)
            fill = [sep * 2] * gaps
        else:
            fill = [""] * gaps
            # one gap, not next to a space already there
            open_gaps = [i for i in range(gaps) if chars[i] != " " and chars[i + 1] != " "] or [0]
            fill[rng.choice(open_gaps)] = rng.choice(self._separators)
        return chars[0] + "".join(f + c for f, c in zip(fill, chars[1:]))

    def initials(self, mark: str, rng: random.Random) -> str:
        """The mark's initials in one of sixteen styles, none adding a letter."""
        plain = self.initials_of(mark)
        up = plain.upper()
        full = "".join(chr(ord(c) + 0xFEE0) for c in rng.choice((plain, up)))
        return rng.choice((
            plain, up, plain.capitalize(), ".".join(up) + ".", " ".join(up), "-".join(plain),
            "/".join(up), full, f"#{plain}", f"{up}家", f"{plain}牌", f"({up})", f"【{up}】",
            f"{up}同款", "·".join(plain), f"《{up}》"))

    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        """pypinyin's phrase reading in one of eighteen styles, never holding the Latin name."""
        plain = self._lazy(mark, style=self._style.NORMAL)
        toned = self._lazy(mark, style=self._style.TONE)
        numbered = self._lazy(mark, style=self._style.TONE3, neutral_tone_with_five=True)
        keep = rng.randrange(len(mark))
        half = "".join(mark[i] if i == keep else plain[i] for i in range(len(mark)))
        styles = [
            "".join(plain), "".join(plain).capitalize(), "".join(plain).upper(),
            " ".join(plain), " ".join(p.capitalize() for p in plain),
            "".join(p.capitalize() for p in plain), " ".join(toned), "".join(toned),
            "".join(numbered), " ".join(numbered), "'".join(plain), "-".join(plain),
            "_".join(plain), "#" + "".join(plain), half, f"{''.join(plain)}家",
            f"「{' '.join(plain)}」", "·".join(p.upper() for p in plain)]
        for _ in range(100):
            written = rng.choice(styles)
            if (not latin or latin.lower().replace(" ", "") not in written.lower()) \
                    and mark not in written:
                return written
        return " ".join(toned)

    def confusable(self, text: str, rng: random.Random) -> str:
        """Twins of one to three letters from the confusables table, the word in an alphabet by
        Unicode name, or one or two letters with an accent by Unicode name."""
        for _ in range(100):
            style = rng.randrange(4)
            chars = list(text)
            letters = [i for i, c in enumerate(chars) if c.isalpha()]
            if style in (0, 1):
                usable = [i for i in letters if chars[i] in self._twins]
                for i in rng.sample(usable, min(len(usable), rng.randint(1, 3))):
                    chars[i] = rng.choice(self._twins[chars[i]])
            elif style == 2:
                alphabet = rng.choice(ALPHABETS_H26)
                for i in letters:
                    c = chars[i]
                    case = "CAPITAL" if c.isupper() else "SMALL"
                    if "CAPITAL LETTER {l}" in alphabet:
                        case = "CAPITAL"
                    got = _named_h26(alphabet.format(c=case, l=c.upper()))
                    chars[i] = got or c
            else:
                for i in rng.sample(letters, min(len(letters), rng.randint(1, 2))):
                    c = chars[i]
                    case = "CAPITAL" if c.isupper() else "SMALL"
                    got = _named_h26(f"LATIN {case} LETTER {c.upper()} WITH {rng.choice(ACCENTS_H26)}")
                    chars[i] = got or c
            written = "".join(chars)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        raise ValueError(f"no look-alike for {text}")

    def digits(self, text: str, rng: random.Random) -> str:
        """One, two or every swappable letter written as the digit it looks like."""
        swappable = [i for i, c in enumerate(text) if c.lower() in DIGITS_H26]
        count = rng.choice((1, 2, len(swappable)))
        chars = list(text)
        for i in rng.sample(swappable, min(count, len(swappable))):
            chars[i] = DIGITS_H26[chars[i].lower()]
        return "".join(chars)

def _price_h26(rng: random.Random, english: bool) -> str:
    amount = rng.choice((39, 59, 88, 99, 128, 168, 199, 238, 268, 299, 358, 399, 460, 520, 599, 688))
    if english:
        return rng.choice((f"${amount // 6}", f"US${amount // 6}", f"{amount // 6} USD",
                           f"R$ {amount // 2}", f"{amount * 12} ₽", f"¥{amount * 20}円"))
    return rng.choice((f"¥{amount}", f"{amount}元", f"{amount}r", f"到手{amount}", f"{amount}米",
                       f"HK${amount}", f"NT${amount * 4}"))


# offers: (account name, title, description); {w} the written mark, {p} the goods, {n} a price
OFFERS_ZH_H26 = [
    # Xiaohongshu notes that sell
    ("momo的衣帽间", "姐妹们！这家{w}{p}我直接种草了🌱", "细节真的绝，五金/走线都对得上，{n}不到，想要的评论区扣“求”我私你"),
    ("小鹿爱分享", "挖到宝藏店铺了｜{w}{p}", "同一个工厂出来的货，和专柜摆一起分不出来，链接不能放，戳我主页看置顶"),
    ("阿柚穿搭日记", "学生党也能拥有的{w}{p}💕", "{n}入的，包装盒防尘袋小票全套，姐妹们冲之前先私信问尺码"),
    ("Cici的避雷与种草", "不避雷！这次的{w}{p}是真的好", "之前踩过坑，这家是老客推荐的，做工和原版一模一样，{n}包邮，滴滴我拿链接"),
    # Pinduoduo / Taobao stuffed listing titles
    ("潮流尖货工厂店", "{w}{p}2026新款男女同款官网同步ins风百搭爆款顺丰包邮", "到手价{n}，支持验货，不满意七天退换，拍下备注尺码"),
    ("品质好物直营", "【现货速发】{w}{p}原单尾货专柜品质情侣款送礼盒手提袋", "{n}，数量有限卖完即止，看图下单"),
    ("义乌源头好货", "{w} {p} 正品同源 出口订单 余单清仓 批发价", "一件代发，十件起批另议，{n}一件，支持一件代发"),
    # supplier broadcast lists on Telegram / WhatsApp
    ("莆田一手货源频道", "📢今日上新｜{w}{p}", "【货号更新】{w}{p} 全码 纯原版本 {n}（代理价私聊）\n✅可代发 ✅可拿货 ✅可定制\n📦今天下午集中发顺丰"),
    ("广州白云货源群", "🔔广播：{w}{p}到货", "老客户群发：{w}{p}第三批到了，{n}，需要的回复型号+数量，今晚截单"),
    ("档口阿强", "{w}{p} 档口实拍", "同厂同料，{n}拿货价，不退不换，要图私我，朋友圈每天更新"),
    # written Cantonese, HK resellers
    ("旺角二手女王", "{w}{p}有貨啦！", "啱啱返咗貨，{w}{p}得幾件，{n}，睇得啱就PM，唔好講價"),
    ("HK小舖", "新到{w}{p}，做工靚到癲", "同專櫃嘅一模一樣，{n}，觀塘交收或順豐到付，想要嘅快啲"),
    ("荃灣代購阿May", "{w}{p} 仲有少量", "上次嗰批已經賣晒，今次補咗貨，{n}，要嘅留言或者inbox我"),
    # Taiwanese posts
    ("台中小資女", "{w}{p} 現貨ㄉ～", "質感超好der，跟公司貨拿在手上幾乎一樣，{n}，7-11賣貨便可寄"),
    ("高雄選物所", "【限量】{w}{p} 到貨", "面交台北車站，{n}，數量不多喔，聊聊詢問尺寸～"),
    # plain offers: price, stock, sizes, same factory, DM for pictures
    ("鞋包仓库直发", "{w}{p}", "{n} 尺码齐 同工厂出货 要实拍私信"),
    ("周周的小店", "{w}{p}补货了", "上次断货的那款回来了，{n}，S到XL都有，私信发细节图"),
    ("Leo潮物", "收到货的都说好｜{w}{p}", "和某宝官方店一个价位的十分之一，{n}，走量不赚钱"),
    ("老周外贸店", "{w}{p} 外贸剩货", "国外订单多出来的一批，{n}，没有吊牌，介意勿拍"),
    # dupes done wrong: the logo is on
    ("平替研究所", "{w}{p}超级dupe！带logo版", "1:1 dupe，logo刺绣位置都一样，{n}，不是平替是复刻"),
    ("省钱小能手", "谁说{w}{p}买不起？", "这家高仿做了十年，{n}，连防伪码都有，私我"),
    ("阿凯球鞋", "{w}{p} 顶级版本", "工厂直出，细节对比图在主页，{n}，今晚下单明早发"),
    ("小红的闲置屋", "🔥{w}{p}手慢无🔥", "拿货{n}，比专柜便宜太多，懂的来，不懂的别问"),
]
OFFERS_EN_H26 = [
    ("hk.reseller.vip", "{w} {p} restock ✨", "Same factory as the boutique pieces. {n}, all sizes, DM for pictures"),
    ("dupequeen", "{w} {p} — the 1:1 dupe with the logo", "{n} and you get the box + dust bag. Comment 'LINK' and I'll DM you"),
    ("wholesale.broadcast", "📢 New arrivals: {w} {p}", "Bulk price on request, single piece {n}. Reply with size + quantity, shipping tomorrow"),
    ("tokyo_mercari_shop", "{w} {p} 新品未使用", "ほぼ新品です。{n}。即購入OK、箱なしのため格安で出品します"),
    ("yahoo_auc_osaka", "【早い者勝ち】{w} {p}", "工場直送の{p}です。{n}スタート、ノークレームノーリターンでお願いします"),
    ("tienda.importados.mx", "{w} {p} primera calidad", "Igualito al original, {n}, envío a todo México, pregunta por tallas por DM"),
    ("loja.da.bia", "{w} {p} primeira linha 🔥", "Igualzinho ao da loja, {n}, chama no direct que mando mais fotos"),
    ("outlet.bogota", "{w} {p} AAA", "Calidad AAA, {n}, entrega contra pago en Bogotá, escríbeme por WhatsApp"),
    ("brand.lux.market", "{w} {p} — реплика люкс", "Люкс копия, {n}, отправка СДЭК по всей России, пишите в личку"),
    ("ozon.seller.22", "{w} {p} в наличии", "Фабрика та же, {n}, размеры все, фото по запросу"),
    ("stockroom.sg", "{w} {p} ready stock", "{n} nett, meet up Tampines or mail. Same factory, pm for real shots"),
    ("kicks.plug", "{w} {p} top batch", "{n} shipped, QC pics before dispatch, hit my DMs"),
    ("la.esquina.shop", "{w} {p} nuevo con etiqueta", "{n}, tenemos todos los tamaños, consulta por DM antes de comprar"),
]
# resale with proof of purchase: {m} the mark (or its Latin name in English), {p} the goods
RESALE_ZH_H26 = [
    ("搬家清仓的Vivi", "搬家出｜{m}{p}", "专柜买的，小票和购物袋都在，用过两次，搬家带不走，同城自取优先"),
    ("研二学姐的闲置", "毕业季出闲置：{m}{p}", "去年在官方旗舰店下单，订单截图可看，九成新，支持平台验货"),
    ("Ada的断舍离", "断舍离第三弹 {m}{p}", "姐妹们这件是商场专柜入的，发票和保修卡齐全，尺码不合适才出"),
    ("旺角街坊阿珍", "放{m}{p}，有單", "舊年喺專門店買嘅，有單有盒，用咗幾次，九成新，價錢可以傾"),
    ("台北小資女Una", "二手{m}{p}，附購證", "百貨公司專櫃購入，附發票跟保卡，只戴過一次，面交優先"),
    ("换季整理中", "{m}{p} 转给有缘人", "官网买的，订单号可以私发给你核对，走闲鱼验货担保，不退不换"),
    ("二手数码老周", "自用{m}{p}出", "京东自营购入，发票+保修卡+包装盒全，在保，可以去售后查序列号"),
    ("升职后换新的Kiki", "{m}{p}，升级换代了出旧的", "专卖店买的，鉴定证书和购物小票都在，有使用痕迹，介意勿扰"),
    ("奶爸的闲置", "孩子大了出{m}{p}", "当年商场买的，发票找到了一起给，九成新，只限同城自提"),
    ("出国前清仓", "出国前清：{m}{p}", "官方旗舰店订单截图见图三，能接受的直接拍，周末前发走"),
    ("寄卖店小林", "寄卖｜{m}{p}", "顾客寄卖，已经过我们店三方鉴定，附原购小票复印件，实物在店可看"),
    ("婚礼用剩的", "婚礼用剩下的{m}{p}", "当时专柜买了两套，多的这套全新未拆，小票在，原价转"),
    ("深水埗街坊", "{m}{p}，有盒有單，放", "專門店買嘅，用咗半年，保養卡仲喺度，油麻地地鐵站交收"),
    ("台北上班族Ken", "自售 {m}{p} 附發票", "去年百貨專櫃買的，發票、保卡、盒子都在，換新了所以出"),
    ("典当行小刘", "绝当品｜{m}{p}", "绝当品公开出售，入当时已经过鉴定，附当票复印件和鉴定单"),
]
RESALE_EN_H26 = [
    ("moving.sale.sg", "Moving out sale: {m} {p}", "Bought at the official store, receipt and box included, used a few times. Self collect at Bishan"),
    ("closet.cleanout", "Pre-loved {m} {p}", "Purchased from the brand's boutique in 2025, invoice attached, authenticated by a third party"),
    ("mercari.tokyo.used", "{m} {p} 中古", "正規店で購入、レシートあり。数回使用のため中古扱いでお願いします"),
    ("usado.do.joao", "{m} {p} usado, com nota fiscal", "Comprado na loja oficial, nota fiscal e caixa, pouco uso, entrego em São Paulo"),
    ("vendo.usado.cdmx", "Vendo {m} {p} original con ticket", "Comprado en tienda oficial, tengo ticket y caja, uso ligero"),
    ("avito.moscow", "{m} {p} б/у, с чеком", "Покупала в официальном магазине, чек и коробка есть, состояние отличное"),
    ("graduation.sale", "{m} {p} with receipt", "Got it from the official store last spring, order number on request, pick up on campus"),
    ("estate.sale.hk", "{m} {p} — estate clear-out", "From the official shop, original receipt kept in the box, sold as is"),
]
RESALE_SEALED_ZH_H26 = [
    ("年货多了的阿姨", "年货买多了，{m}{p}转", "超市买的，没拆封，购物小票在，保质期到明年，同城自提"),
    ("公司福利吃不完", "公司发的{m}{p}出", "公司福利发的，整箱没开，保质期看图，楼下自取"),
    ("宝妈囤货过多", "囤多了{m}{p}", "旗舰店买的，全新未拆封，订单截图可看，便宜出不议价"),
    ("茶餐廳老闆娘", "多咗{m}{p}，平放", "超市買多咗，全新未開，有單，屋企附近交收"),
    ("台南小吃攤阿姨", "多買的{m}{p}", "量販店買的，全新沒拆，有發票，保存期限還很久，面交"),
    ("活动奖品转让", "抽奖中的{m}{p}", "活动奖品，全新密封，附中奖通知截图，原价七折"),
]
RESALE_SEALED_EN_H26 = [
    ("pantry.clearout", "Unopened {m} {p}", "Bought too many at the supermarket, sealed, receipt in the bag, best before next year"),
    ("sobrou.da.festa", "{m} {p} lacrado", "Sobrou da festa, tudo lacrado, com nota, retirar no bairro"),
    ("office.leftovers", "{m} {p}, sealed, from an office event", "Leftover from our team event, unopened, receipt available"),
    ("lazada.overorder", "Over-ordered {m} {p}", "From the official mall store, still sealed, order screenshot available"),
]
# consumer warnings and notices that quote the mark
WARNINGS_ZH_H26 = [
    ("避雷姐妹团", "避雷！所谓“{w}”{p}根本不是正品", "姐妹们，那个笔记里推的“{w}”{p}我买了，对比专柜完全两回事，已经投诉了"),
    ("消费维权小喇叭", "提醒：标着「{w}」的低价{p}多为假货", "近期多位消费者反映，网上标着「{w}」的{p}价格只有专柜一成，收货后发现是仿冒品"),
    ("市场监管局发布", "查获一批假冒『{w}』{p}", "执法人员在一仓库内查获假冒『{w}』注册商标的{p}一批，案件正在进一步办理中"),
    ("海关发布", "海关查扣侵犯“{w}”商标权{p}", "海关在出口货物中查获标有“{w}”标识的{p}，经权利人确认为侵权货物，已依法扣留"),
    ("法院新闻", "售卖假冒“{w}”{p}，被判赔偿", "被告在网店销售假冒“{w}”{p}，法院判决其停止侵权并赔偿权利人经济损失"),
    ("受骗的小王", "被“{w}”{p}坑了，大家别买", "群里说是‘{w}’原单，{p}到手一股胶味，卖家已经拉黑我"),
    ("旺角街坊", "小心「{w}」平貨", "啲人喺網上賣「{w}」{p}，平到離譜，我買咗一件，一睇就知係假嘢"),
    ("台灣消保小組", "注意！網路上『{w}』{p}很多是假的", "這陣子很多人私訊問『{w}』{p}，價格只有公司貨三折的通常是仿的，請小心"),
    ("律师说法", "卖“{w}”{p}的高仿，算不算侵权？", "网友问：朋友圈卖‘{w}’{p}高仿，说只是“同款”，会不会违法？答：销售假冒注册商标的商品，可能构成侵权甚至犯罪"),
    ("12315提示", "关于“{w}”{p}的消费提示", "接到投诉，有商家以“{w}”名义销售{p}，实为三无产品，请通过官方渠道购买"),
    ("鉴定师阿峰", "这几个细节教你认出假“{w}”{p}", "最近鉴定了十几件‘{w}’{p}，全是假货，看标签、看走线、看防伪码"),
    ("直播间监督员", "直播间里的“{w}”{p}要当心", "不少直播间喊着“{w}”{p}清仓，其实是贴牌货，下单前查一下授权"),
    ("小区业主群转发", "转发：有人上门推销「{w}」{p}", "物业提醒：有陌生人挨家挨户推销「{w}」{p}，称是厂家直销，请勿相信"),
    ("派出所警情通报", "警方捣毁制售假冒『{w}』{p}窝点", "民警在城郊一厂房内查获假冒『{w}』{p}半成品及包装，三名嫌疑人被依法刑事拘留"),
    ("买到假货的Lily", "‘{w}’{p}假货避雷帖", "截图里那家说是‘{w}’{p}工厂直发，其实是假的，平台已经判我退款了"),
    ("质检报告解读", "抽检：“{w}”{p}仿冒品不合格", "在抽检中发现，冒用“{w}”商标的{p}多项指标不合格，请消费者注意"),
    ("海关关员说", "旅客携带假“{w}”{p}被查", "入境旅客行李中查出四十件‘{w}’{p}，经鉴定为假冒商品，依法予以没收"),
    ("消协", "“{w}”{p}投诉激增，消协提醒", "今年以来关于“{w}”{p}的投诉增加，多为网购到仿冒品，请保留证据维权"),
    ("反诈宣传", "“{w}”{p}一折？是骗局", "所谓‘{w}’内部员工价{p}，付款后对方失联，切勿私下转账"),
    ("小红书避雷合集", "避雷合集｜“{w}”{p}篇", "姐妹们一定要在官方店买“{w}”{p}，我收到的那件连logo都是歪的"),
]
WARNINGS_EN_H26 = [
    ("consumer.watch", "Beware of fake \"{w}\" {p}", "Sellers on chat apps are pushing \"{w}\" {p} at a tenth of the price. They are counterfeits."),
    ("customs.news", "Customs seize counterfeit '{w}' {p}", "Officers seized 1,200 '{w}' {p} that the rights holder confirmed as counterfeit."),
    ("court.reporter", "Seller fined over fake “{w}” {p}", "The court ordered the seller of counterfeit “{w}” {p} to pay damages to the trademark owner."),
    ("scam.alert.sg", "PSA: ‘{w}’ {p} scam", "If a ‘{w}’ {p} is being sold for almost nothing over WhatsApp, it's fake or it won't arrive."),
    ("alerta.consumidor", "Cuidado con los \"{w}\" {p} falsos", "Circulan \"{w}\" {p} falsificados en redes, compra solo en tiendas oficiales."),
    ("golpe.alerta.br", "Atenção: '{w}' {p} falsificado", "Muita gente caiu no golpe do '{w}' {p} 'primeira linha'. Não é original."),
    ("mercari.help.jp", "「{w}」{p}の偽物にご注意", "「{w}」の{p}の偽物が出品されています。公式店での購入をおすすめします"),
    ("rospotrebnadzor.info", "Осторожно: поддельные «{w}» {p}", "Продавцы предлагают '{w}' {p} по низкой цене — это подделки."),
    ("police.hk.news", "Police raid a warehouse of fake \"{w}\" {p}", "Officers seized about 800 \"{w}\" {p} and arrested two men for selling goods with a forged trademark."),
    ("ip.lawyer.answers", "Q: Is selling a '1:1 {w}' {p} legal?", "A reader asks whether a \"{w}\" {p} sold as a 'dupe' with the logo is allowed. No: using the registered mark on look-alike goods infringes it."),
    ("tw.consumer.news", "Warning over ‘{w}’ {p} sold as \"company stock\"", "Sellers claim their ‘{w}’ {p} are 公司貨 at half price; the importer says none of them are."),
    ("marketplace.safety", "We removed listings of fake '{w}' {p}", "Our team removed 1,400 listings that sold counterfeit '{w}' {p}. Report suspicious sellers in the app."),
]
# reviews, news, museums, auctions, comparisons without the logo
REVIEWS_ZH_H26 = [
    ("数码测评君", "{m}{p}用了三个月的真实感受", "优点是做工扎实，缺点是价格偏高，适合预算充足的朋友"),
    ("种草姬米粒", "{m}{p}值不值得买？", "姐妹们我是专柜买的，用了半年，说说优缺点，不是广告"),
    ("平替研究所", "{m}{p}太贵？这三款无logo平替可以看看", "只是对比款式和功能，这几款都是其他品牌自己的设计，没有任何{m}标识"),
    ("博物馆之友", "展览｜{m}{p}的百年设计史", "本次展览展出了{m}历年来的经典{p}，由品牌档案馆提供"),
    ("拍卖行资讯", "春拍预告：{m}古董{p}", "本场拍卖将呈现一件上世纪的{m}{p}，附原始证书，估价待询"),
    ("财经早报", "{m}发布年度财报", "{m}今年{p}销量同比增长，管理层称将继续加大研发投入"),
    ("品牌观察", "{m}与独立设计师推出联名{p}", "这次联名由{m}官方宣布，将在旗舰店和官网同步发售"),
    ("香港生活台", "試咗{m}{p}，講下感受", "喺專門店買嘅，用咗一個月，整體幾滿意，價錢就貴少少"),
    ("台灣開箱王", "開箱｜{m}{p}公司貨", "百貨專櫃買的，跟大家分享一下細節跟使用心得"),
    ("新闻联播摘要", "{m}新工厂投产", "{m}位于中部的新工厂正式投产，主要生产{p}"),
    ("消费报告", "十款{p}横评，{m}表现如何", "我们买了市面上十款{p}做了对比，{m}在耐用性上排名第二"),
    ("设计史课代表", "为什么{m}的{p}成了经典", "从材料到造型，聊聊{m}{p}背后的设计故事"),
    ("二手行情观察", "{m}{p}保值率分析", "统计了近一年二手平台的成交价，{m}{p}的保值率在同类里偏高"),
    ("复古收藏家", "我收藏的老款{m}{p}", "这件是九十年代的{m}{p}，家里长辈传下来的，分享给同好"),
    ("学术讲座", "商标法讲座：以{m}为例", "讲座以{m}{p}的维权案例，讲解驰名商标的保护范围"),
    ("探店博主", "{m}新店开业探店", "{m}在商场一楼开了新店，{p}款式比以前多，店员说周末有活动"),
    ("日常vlog", "周末给爸妈买了{m}{p}", "去专卖店挑的，爸妈很喜欢，记录一下"),
    ("评论区课代表", "总结一下大家对{m}{p}的评价", "翻了两百条评论，好评集中在质量，差评集中在售后"),
    ("dupe不带标", "{m}{p}的平价替代，不带任何标志", "款式接近，但这是另一个品牌自己的产品，没有{m}的logo，也不冒充"),
    ("行业周刊", "{m}公布新一代{p}", "{m}在发布会上公布了新一代{p}，官方渠道下月开售"),
]
REVIEWS_EN_H26 = [
    ("gadget.review.daily", "{m} {p}: three months later", "Solid build, pricey, worth it if you use it every day."),
    ("museum.of.design", "Exhibition: a century of {m} {p}", "Our new exhibition shows {m}'s {p} from the brand's own archive."),
    ("auction.house.news", "Vintage {m} {p} goes under the hammer", "A 1970s {m} {p} with its original papers is estimated at $3,000."),
    ("dupe.not.copy", "Affordable alternatives to {m} {p} (no logos)", "These are other brands' own designs; we only compare them with {m} on price and fit."),
    ("business.wire.asia", "{m} reports higher sales of {p}", "{m} said demand for its {p} grew in Southeast Asia this year."),
    ("collab.news", "{m} announces a collaboration", "{m} announced a limited {p} collaboration, sold only through its official stores."),
    ("reseña.honesta", "Reseña: {m} {p}", "Lo compré en la tienda oficial hace dos meses y esta es mi opinión honesta."),
    ("review.br", "Vale a pena o {m} {p}?", "Comprei na loja oficial, uso há três meses, segue minha opinião."),
    ("jp.review.blog", "{m}の{p}を正直レビュー", "正規店で購入して一か月使ってみた感想です。"),
    ("obzor.ru", "Обзор: {m} {p}", "Купил в официальном магазине, делюсь впечатлениями после месяца."),
]
# the owner's ("owner") or its authorised shop's ("shop") own posts: (signer, name, title, text)
AUTHORISED_H26 = [
    ("owner", "{m}官方", "{m}新品{p}今日发布", "{m}全新{p}今天起在官方旗舰店和线下门店同步发售"),
    ("owner", "{m}官方", "{m}×独立设计师联名{p}", "我们很高兴宣布与独立设计师的联名{p}，仅在{m}官方渠道发售"),
    ("owner", "{m}官方", "关于仿冒{m}{p}的声明", "近期发现有人冒用{m}名义销售{p}，请认准官方渠道，我们已委托律师维权"),
    ("owner", "{m}官方", "{m}品牌日福利", "{m}品牌日，{p}会员专享礼遇，详情见官方小程序"),
    ("owner", "{m}官方", "{m}博物馆开放预约", "{m}品牌博物馆本周末开放预约，展出历代{p}"),
    ("owner", "{m}官方", "{m}以旧换新活动", "旧{p}可到{m}门店折价换新，活动到月底"),
    ("owner", "{m}官方", "{m}官方直播预告", "今晚八点，{m}官方直播间讲解{p}的新工艺"),
    ("owner", "{m}官方", "{m}招聘｜门店导购", "{m}华南区门店招聘导购，熟悉{p}者优先"),
    ("owner", "{m}官方", "{m}售后服务升级", "即日起{m}{p}保修期延长一年，凭发票到任意门店办理"),
    ("owner", "{m}官方", "{m}公益行动", "{m}向山区学校捐赠{p}，感谢每一位用户的支持"),
    ("owner", "{m}官方", "{m} 2026 秋冬系列", "{m}秋冬系列{p}亮相，官方旗舰店预约试穿"),
    ("shop", "{m}授权店", "本店{m}{p}到货", "{m}授权专卖店，{p}新款到店，欢迎到店试用，支持官方验证"),
    ("shop", "{m}授权店", "{m}{p}店庆活动", "{m}授权店三周年，{p}满额赠礼，可查授权书"),
    ("shop", "{m}授权店", "{m}{p}门店实拍", "门店实拍{m}{p}，授权编号贴在店门口，欢迎核验"),
    ("shop", "{m}授权店", "{m}{p}以旧换新", "{m}授权店开展{p}以旧换新，旧机评估后直接抵扣"),
    ("shop", "{m}授权店", "新店开业｜{m}授权店", "{m}授权店在商场二楼开业，{p}全系列有售"),
    ("shop", "{m}授权店", "{m}{p}保养课堂", "本周六{m}授权店开设{p}保养小课堂，名额有限"),
    ("shop", "{m}授权店", "{m}{p}预售开启", "{m}{p}新款预售，授权店下单享官方联保"),
    ("shop", "{m}授权店", "{m}門市新貨到", "{m}授權門市，{p}新貨到咗，歡迎嚟試"),
    ("shop", "{m}授权店", "{m}{p} 公司貨到店", "{m}台灣授權經銷，{p}公司貨到店，附保固卡"),
    ("shop", "{m}授权店", "{m} {p} now in store", "Authorised {m} retailer: new {p} in store this week, warranty included"),
    ("shop", "{m}授权店", "{m}{p}会员日", "{m}授权店会员日，{p}积分双倍，到店出示会员码"),
]
# nominative use: accessories, parts and services "for" a mark, by what the mark's goods are
NOMINATIVE_ZH_H26 = {
    "device": [
        ("配件小铺", "适用于{m}{p}的保护套", "非{m}官方产品，兼容{m}{p}，下单前请核对型号"),
        ("维修师傅老陈", "专修{m}{p}", "十年维修经验，{m}{p}换配件、清灰、调试，非官方售后，价格透明"),
        ("兼容配件厂", "兼容{m}{p}的替换滤网/配件", "第三方配件，适配{m}{p}，不带任何品牌标识"),
        ("二手回收站", "回收{m}{p}", "高价回收各类{m}{p}，上门评估，现场付款"),
        ("数码收纳控", "{m}{p}收纳包推荐", "给{m}{p}买的收纳包，第三方品牌，尺寸刚好"),
        ("改装工作室", "{m}{p}改装案例", "给客户的{m}{p}换了第三方配件，效果如图"),
    ],
    "wear": [
        ("鉴定工作室", "{m}{p}鉴定服务", "专业鉴定{m}{p}真伪，出具鉴定报告，我们不卖货"),
        ("皮具护理店", "{m}{p}清洗护理", "承接{m}{p}清洗、补色、修复，护理前后对比见图"),
        ("收纳博主", "{m}{p}专用防尘袋？其实这款通用", "第三方防尘袋，{m}{p}放进去刚好，没有任何标志"),
        ("改衣铺阿姨", "{m}{p}改尺寸", "帮客人把{m}{p}改短了，原版不动，只改长度"),
        ("翻新工作室", "{m}{p}清洁翻新", "{m}{p}清洁、翻新、小修补，非品牌官方服务，价格按件报"),
        ("二手寄卖行", "{m}{p}寄卖须知", "寄卖{m}{p}需先过鉴定，请带上购买凭证"),
    ],
    "consumable": [
        ("礼品包装店", "{m}{p}礼盒包装", "帮客人把买来的{m}{p}重新包装成礼盒，包装是我们店自己的"),
        ("收纳好物", "{m}{p}收纳架", "刚好放得下{m}{p}的收纳架，第三方产品"),
        ("打包师傅", "寄{m}{p}怎么打包不漏不碎", "快递站每天寄{m}{p}，分享一下我们的打包方法，气泡膜加纸箱"),
        ("快递驿站", "{m}{p}代收说明", "代收的{m}{p}请本人带取件码来取"),
        ("超市店员", "{m}{p}陈列小技巧", "我们超市{m}{p}这样摆，顾客更容易找到"),
        ("测评小组", "{m}{p}成分表解读", "把{m}{p}的成分表逐条讲一下，不推荐也不拉踩"),
    ],
}
NOMINATIVE_EN_H26 = {
    "device": [
        ("case.maker", "Case for {m} {p}", "Third-party case compatible with {m} {p}. Not made or endorsed by {m}."),
        ("fixit.shop", "We repair {m} {p}", "Independent repair for {m} {p}: parts, cleaning, diagnostics. Not an official service centre."),
        ("parts.depot", "Replacement parts compatible with {m} {p}", "Aftermarket parts that fit {m} {p}; no brand logos on them."),
        ("para.tu.equipo", "Funda compatible con {m} {p}", "Accesorio genérico, compatible con {m} {p}, no es producto oficial."),
    ],
    "wear": [
        ("legit.check.pro", "Authentication for {m} {p}", "We authenticate {m} {p} and issue a report. We don't sell anything."),
        ("leather.spa", "{m} {p} cleaning and repair", "Independent care service for {m} {p}. Before and after photos in the post."),
        ("conserto.bolsas", "Restauração de {m} {p}", "Fazemos restauração de {m} {p}, serviço independente, não somos a marca."),
        ("care.and.repair", "{m} {p} deep clean", "Cleaning and small repairs for {m} {p}, not affiliated with the brand."),
    ],
    "consumable": [
        ("gift.wrap.studio", "Gift wrapping for {m} {p}", "Bring your own {m} {p}, we wrap it in our own paper."),
        ("parcel.tips", "How we pack {m} {p} for shipping", "Bubble wrap, a sealed bag and a sturdy box: how our shop sends {m} {p} without leaks."),
        ("shelf.ideas", "Organiser that fits {m} {p}", "Third-party organiser sized for {m} {p}, no brand affiliation."),
        ("ingredient.check", "What's in {m} {p}?", "Reading the label of {m} {p} line by line, not sponsored."),
    ],
}
# everyday sentences that pypinyin reads like a mark of this part, writing none
SOUND_ALIKE_H26 = [
    "收到邻居的喜糖，记得准备一份回礼",
    "婚宴结束后每桌都有回礼小袋",
    "一阵风刮过来，孩子的风筝飞了",
    "鸽子扑棱一下就飞了",
    "坚持跑步三年，靠的全是毅力",
    "医生说每天吃一粒维生素就够了",
    "这件事我同意，大家按时到场",
    "全班同意把班会改到周五",
    "楼下的小狗一见人就汪汪叫",
    "孩儿们放学回来饿坏了",
    "他只是去楼下打酱油，一小时还没回来",
    "事实恰恰相反，他早就到了",
    "这把菜刀用久了要磨一磨",
    "下个礼拜我们去爬山",
    "语文课背了李白的静夜思",
    "早餐喝了一杯百香果柠檬水",
    "久仰大名，今天终于见到您",
    "小朋友们哇哈哈地笑成一团",
    "飞哥今晚请大家吃宵夜",
    "看书太久眼睛有点酸",
    "老师让我们下课后去眼睛保健操",
    "妹妹刚满一岁正在学话",
    "这只小猫看着小凶小凶的",
    "走夜路要留神脚下的台阶",
    "下雨天留神路滑",
    "奶奶说老伴儿出门遛弯去了",
    "外卖吃不完就打包带走",
    "周末在阳台种花种菜",
    "他年纪轻轻就长了白毛",
    "运动前喝点糖水加能量",
    "这道红烧肉1:1复刻了外婆的做法，孩儿们抢着吃",
    "礼拜天我们用纸板1:1复刻了家门口的小卖部",
    "美术课上同学们复刻了李白的诗意画",
    "店里复刻了一杯百香果绿茶，味道很像",
    "按1:1比例做的木船模型，孩儿们看呆了",
    "他只是打酱油的角色，却抢了主角的戏",
    "礼拜天的早市人特别多",
    "毅力比天赋更重要",
    "久仰这家面馆，今天排了四十分钟",
    "同意的请举手，不同意的说说理由",
]
# sentences using a common-word mark of this part in its ordinary sense (or an English word that
# is, or holds, a Latin name of this part)
COMMON_SENSE_H26 = [
    "两岸同胞都是中华儿女",
    "中华文明有五千年的历史",
    "老师讲了凤凰涅槃的传说",
    "凤凰古城的夜景很美",
    "这家的宝宝叫大宝，弟弟叫二宝",
    "大宝今天第一次上幼儿园",
    "邻居家的白猫又跑到我们阳台晒太阳",
    "小区里有一只流浪白猫特别亲人",
    "老板说这周五全员加班",
    "早餐店老板送了我一个茶叶蛋",
    "北京古称燕京",
    "燕京八景里我最喜欢卢沟晓月",
    "暑假带孩子去爬了长城",
    "不到长城非好汉",
    "这幅画画的是一望无际的海天一色",
    "海天相接的地方有一艘小船",
    "窗外飘起了雪花",
    "小朋友用剪纸剪了好多雪花贴在窗户上",
    "六神无主的他坐在门口发呆",
    "听到消息后她吓得六神无主",
    "沙漠里的骆驼能好几天不喝水",
    "动物园新来了一头双峰骆驼",
    "小熊维尼是我小时候最喜欢的动画",
    "女儿抱着小熊玩偶睡着了",
    "公园里的飞鸽一看到人就围过来",
    "广场上的飞鸽落了一地",
    "全国统一高考下周开始",
    "大家意见统一后再动手",
    "小狗旺旺叫了两声就跑开了",
    "祝新的一年生意旺旺",
    "海边的海鸥会抢游客手里的薯条",
    "一群海鸥跟着渡轮飞了很远",
    "斗牛场上冲出一头红牛",
    "这段友谊会永久保存在我心里",
    "这张照片我会永久珍藏",
    "泰国的白象被视为吉祥的象征",
    "动物园里的熊猫在啃竹子",
    "大熊猫是国宝",
    "雨后天边出现一道长虹",
    "大桥像一道长虹横跨江面",
    "王维写过红豆生南国",
    "妈妈煮了一锅红豆粥",
    "芭蕾舞剧里四只小天鹅一起跳舞",
    "湖面上游来一只小天鹅",
    # beside their own product words, in the ordinary sense
    "骑了二十年的老单车，车座上还有一只凤凰贴纸",
    "海鸥从相机镜头前一掠而过",
    "单车停在广场边，飞鸽就落在车把上",
    "吃完方便面，大家的意见终于统一了",
    "小熊玩偶坐在电炖锅旁边看妈妈煲汤",
    "喝着啤酒看窗外的雪花",
    "穿着冲锋衣在沙漠里牵着骆驼走",
    "老板把油烟机擦得锃亮",
    "香烟盒上画着一只熊猫的简笔画",
    "The warrior pose is the hardest part of my yoga class",
    "She trained like a warrior for the marathon",
    "In the fan wiki this episode is not considered canon",
    "The film ignores the canon of the original novels",
    "Hermes was the messenger of the gods",
    "We read the myth of Hermes and the tortoise shell lyre",
    "A red bull charged across the field at the rodeo",
    "Back to basics: rice, eggs and tofu for dinner",
    "The printer's filament snapped halfway through the print",
    "Tonight's dance class covers the basics of the cha cha",
    "Ancient Libya is the setting of this documentary",
]
SOUND_ALIKE_FRAMES_H26 = [("{s}", ""), ("", "{s}"), ("今日份碎碎念", "{s}"), ("{s}", "#随手记 #生活")]
COMMON_FRAMES_H26 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#日常分享")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#daily")]}
VIEWERS_H26 = ["在东京读书的小雨", "湾仔打工仔", "高雄的阿伯", "圣保罗的Lucas", "莫斯科留学生阿廖沙",
               "三个孩子的妈", "退休教师王阿姨", "开网约车的老赵", "种草小能手", "夜班护士小周",
               "宝妈群群主", "菜市场的刘姐"]


PHRASING_H26 = Phrasing(
    "held_out_26", GOODS_H26, _price_h26, (OFFERS_ZH_H26, OFFERS_EN_H26),
    (RESALE_ZH_H26, RESALE_EN_H26), (RESALE_SEALED_ZH_H26, RESALE_SEALED_EN_H26), SEALED_GOODS_H26,
    (WARNINGS_ZH_H26, WARNINGS_EN_H26), (REVIEWS_ZH_H26, REVIEWS_EN_H26), AUTHORISED_H26,
    SOUND_ALIKE_H26, SOUND_ALIKE_FRAMES_H26, COMMON_SENSE_H26, COMMON_FRAMES_H26, VIEWERS_H26)


def _nominative_h26(rng: random.Random) -> list[Case]:
    """Three nominative-use posts per brand: accessories, parts and services for the mark's goods
    (a Latin name written in an English, Spanish or Portuguese post, else the mark in Chinese)."""
    loaded = _loaded_marks()[0]
    out = []
    for mark in MARKS_H26:
        brand = loaded[mark]
        kind = ("device" if mark in DEVICES_H26 else
                "consumable" if mark in SEALED_GOODS_H26 | CONSUMED_H26 else "wear")
        chinese, english = GOODS_H26[mark]
        for _ in range(3):
            in_english = bool(english) and rng.random() < 0.3
            name, title, text = rng.choice(
                NOMINATIVE_EN_H26[kind] if in_english else NOMINATIVE_ZH_H26[kind])
            fields = {"m": brand.aliases[0] if in_english else mark,
                      "p": rng.choice(english if in_english else chinese)}
            out.append(Case("nominative_use", "held_out_26", None, f"user{rng.randrange(100_000)}",
                            name, title.format(**fields), text.format(**fields)))
    return out


def twenty_sixth_held_out(seed: int = 379) -> list[Case]:
    """held_out_26: held_out_25's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts) and 153 nominative-use posts, its own marks, spellings and
    phrasing."""
    words = Spellings26()
    return (_held_out_part(seed, words, MARKS_H26, PHRASING_H26, words.initials_of, DIGITS_H26)
            + _nominative_h26(random.Random(seed * 7919 + 26)))


# -- held_out_27 (issue 13, stop 42): a twenty-fifth hand --------------------------------------------
# Written at stop 42 by a twenty-fifth hand that read neither the guard (src/origin/brands/, its
# tables, its model and tests, scripts/train_brand_context.py, docs/brands.md, the README past its
# first screen) nor any other part's phrasing templates or spellings code; of this file it read the
# module docstring, Case, suite_brands, the marks lists, held_out_26's comment block, marks and
# goods as lists, the shared assembly (Phrasing, _post, _loaded_marks, _offer_jobs, _held_out_posts,
# PartSpellings, _held_out_part), the list of parts in cases(), and how twenty_sixth_held_out calls
# the assembly and builds its nominative posts (_nominative_h26's loop, not its templates; a listing
# of this file's top-level names also showed the other parts' table names, not their contents); of
# bench_brands.py only the scoring, PARTS and SEALED; of the tests only the shared structure test
# and the parametrised test of held_out_20 … held_out_26. Its marks are the 51 loaded marks with the
# fewest held-out offers so far (every held-out part's offers counted from cases(), held_out_26's
# twice, ties by loaded order; the same count without held_out_26 and with held_out_25 twice gives
# MARKS_H26 exactly; the 50th and 51st, 中华 and 凤凰, have 212 as do the 52nd and 53rd, 大宝 and 白猫, cut
# by loaded order; 15 common words, 30 Latin names; 8 of them in held_out_26). Its spellings are its
# own code over outside data (Spellings27): homophones swap one, two or every character for one
# whose own pypinyin reading (toneless) is the character's reading in the mark's phrase, drawn from
# the GBK codec's chart in tiers (GB2312 level 1 same tone, level 1 any tone, level 2, GBK only),
# never the mark's own character nor one OpenCC converts to or from it, never a traditional-only
# form, never holding a loaded mark; pinyin in fourteen styles (joined, capitalised, upper, spaced,
# toned, tone-numbered, hyphenated, dotted, slashed, one character left in hanzi, with 牌, in 〖〗, as
# a hashtag, syllables in alternating case), never holding the Latin name; initials in fourteen styles;
# separators looked up by Unicode name in the voices of this part (Thai fongman and angkhankhu,
# Devanagari danda, Arabic comma, money bag, package, fire, hundred points, sparkles, red heart,
# raised hands, bullet operator, wave dash, word joiner, zero width space, ideographic space,
# fullwidth full stop and hyphen-minus) at every gap with one kind, each gap its own kind, doubled,
# at one gap only, or each character in a bracket pair looked up by name; look-alikes are the
# confusables table's (confusable_homoglyphs' data) twins of other scripts for one to three letters,
# the whole word as regional indicator symbols, squared, negative squared, circled or parenthesized
# letters or a mathematical alphabet by Unicode name, or one or two letters with an accent by
# Unicode name; digit swaps of one, two or every swappable letter. Its phrasing is its own, 20 or
# more shapes per family, in voices no hand used much yet: Vietnamese and Thai sellers on Shopee and
# Lazada (hàng auth, like auth, งานก๊อป, เกรดมิลเลอร์), Indonesian and Malay (KW super, ori, COD, RM
# and Rp prices), Turkish and Arabic marketplaces (A kalite, ماستر كوبي), German, French and Italian
# classifieds, Indian resellers (first copy, 7A, ₹), Nigerian and Kenyan WhatsApp sellers, Korean
# (미러급, S급), Discord and Reddit rep communities (W2C, QC pics, batch, agent), terse Vinted and Depop
# listings, voice notes written out, all-caps and emoji posts, and in Chinese the Malaysian,
# Singaporean and overseas Chinese sellers and buyers of those markets; most offers never say fake
# (price, stock, sizes, "same factory", "DM for pictures"). Benign: legal Q&A and lawyers' posts
# with questions in every word order, buyers asking whether an item is real, rep-community scam
# warnings, dupes without logos that name the mark only to compare, museum and auction posts,
# collaborations announced by the mark, warnings quoting the mark in six quote styles, customs and
# court press releases, resale with receipts, and nominative use (accessories, parts, repairs and
# authentication for a mark); ordinary words pypinyin reads like a mark (同意, 汪汪, 用久, 胸毛, 种花, 隔离, 钓鱼,
# 老李是, 口齿, 行吧可以, 百香果, 没得, 美德, 老干嘛), some next to 复刻 or 1:1 in their ordinary use; common-word marks
# in their ordinary sense, some beside their own product words; English words that are a Latin name
# (dove, coach, omega, vans, converse, new balance). Sealed: scored only by the lead with ``--parts
# held_out_27``; counts only; never run through the guard by its writer.
MARKS_H27 = [
    "美的", "特步", "兰蔻", "匡威", "茅台", "良品铺子", "大白兔", "元气森林", "金丝猴", "黄鹤楼", "蔻驰",
    "王老吉", "江小白", "迪奥", "联想", "华为", "格力", "五粮液", "百雀羚", "海澜之家", "劳力士", "资生堂",
    "新百伦", "好孩子", "格兰仕", "德芙", "农夫山泉", "雅戈尔", "片仔癀", "普拉达", "欧米茄", "雅诗兰黛",
    "飞利浦", "万斯", "始祖鸟", "三只松鼠", "同仁堂", "优衣库", "老干妈", "蓝月亮", "统一", "旺旺", "海鸥",
    "永久", "老凤祥", "安慕希", "星巴克", "白象", "熊猫", "中华", "凤凰",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H27: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "美的": (("变频空调", "双开门冰箱", "智能电饭煲"), ("air conditioner", "rice cooker", "fridge")),
    "特步": (("跑鞋", "竞速跑鞋", "运动卫衣"), ("running shoes", "racing shoes", "track top")),
    "兰蔻": (("小黑瓶精华", "粉水", "口红"), ("serum", "toner", "lipstick")),
    "匡威": (("高帮帆布鞋", "低帮帆布鞋", "厚底帆布鞋"), ("high tops", "low tops", "platform sneakers")),
    "茅台": (("飞天53度", "酱香白酒", "白酒礼盒"), ("baijiu", "liquor gift box")),
    "良品铺子": (("零食大礼包", "猪肉脯", "坚果礼盒"), ()),
    "大白兔": (("奶糖", "奶糖礼罐", "糖果大礼包"), ()),
    "元气森林": (("气泡水", "乳茶", "无糖气泡水整箱"), ()),
    "金丝猴": (("奶糖", "糖果礼包", "散装奶糖"), ()),
    "黄鹤楼": (("香烟", "细支香烟", "香烟礼盒"), ()),
    "蔻驰": (("托特包", "马鞍包", "长款钱包"), ("tote bag", "saddle bag", "long wallet")),
    "王老吉": (("凉茶", "凉茶整箱", "罐装凉茶"), ()),
    "江小白": (("高粱酒", "果立方", "小瓶白酒"), ()),
    "迪奥": (("马鞍包", "托特包", "丝巾"), ("saddle bag", "book tote", "silk scarf")),
    "联想": (("笔记本电脑", "游戏笔记本", "平板"), ("laptop", "gaming laptop", "tablet")),
    "华为": (("手机", "平板", "智能手表"), ("phone", "tablet", "smartwatch")),
    "格力": (("空调", "柜式空调", "电风扇"), ("air conditioner", "floor AC unit", "fan")),
    "五粮液": (("浓香白酒", "白酒礼盒", "52度白酒"), ("baijiu", "liquor gift set")),
    "百雀羚": (("面霜", "水乳套装", "精华"), ("face cream", "skincare set", "serum")),
    "海澜之家": (("男士衬衫", "羽绒服", "休闲裤"), ("men's shirt", "down jacket", "chinos")),
    "劳力士": (("潜航者腕表", "日志型腕表", "机械表"), ("diver watch", "datejust watch", "automatic watch")),
    "资生堂": (("红腰子精华", "防晒霜", "洗面奶"), ("serum", "sunscreen", "cleanser")),
    "新百伦": (("复古跑鞋", "慢跑鞋", "运动鞋"), ("retro runners", "trainers", "sneakers")),
    "好孩子": (("婴儿车", "儿童安全座椅", "童车"), ("stroller", "car seat", "kids' bike")),
    "格兰仕": (("微波炉", "烤箱", "光波炉"), ("microwave", "oven", "convection oven")),
    "德芙": (("巧克力", "巧克力礼盒", "丝滑牛奶巧克力"), ("chocolate bar", "chocolate gift box")),
    "农夫山泉": (("矿泉水", "饮用天然水整箱", "茶饮料"), ("spring water", "water case")),
    "雅戈尔": (("免烫衬衫", "西服套装", "羊毛西裤"), ("dress shirt", "suit", "wool trousers")),
    "片仔癀": (("锭剂", "珍珠霜", "牙膏"), ()),
    "普拉达": (("尼龙双肩包", "三角标腋下包", "乐福鞋"), ("nylon backpack", "shoulder bag", "loafers")),
    "欧米茄": (("超霸腕表", "海马腕表", "星座腕表"), ("speedmaster watch", "seamaster watch")),
    "雅诗兰黛": (("小棕瓶精华", "粉底液", "眼霜"), ("serum", "foundation", "eye cream")),
    "飞利浦": (("电动牙刷", "剃须刀", "护眼台灯"), ("electric toothbrush", "shaver", "desk lamp")),
    "万斯": (("滑板鞋", "棋盘格帆布鞋", "板鞋"), ("skate shoes", "checkerboard slip-ons")),
    "始祖鸟": (("冲锋衣", "软壳夹克", "抓绒衣"), ("hardshell jacket", "softshell", "fleece")),
    "三只松鼠": (("每日坚果", "夏威夷果", "坚果礼盒"), ()),
    "同仁堂": (("安宫牛黄丸", "阿胶", "枸杞"), ("herbal pills", "goji berries")),
    "优衣库": (("摇粒绒外套", "轻型羽绒服", "联名T恤"), ("fleece jacket", "light down jacket", "graphic tee")),
    "老干妈": (("风味豆豉", "油辣椒", "辣椒酱"), ()),
    "蓝月亮": (("洗衣液", "洗手液", "洗衣液补充装"), ()),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖"), ()),
    "海鸥": (("手表", "双反相机", "陀飞轮手表"), ()),
    "永久": (("自行车", "复古单车", "折叠自行车"), ()),
    "老凤祥": (("金手镯", "足金吊坠", "黄金戒指"), ()),
    "安慕希": (("酸奶", "常温酸奶整箱", "酸奶礼盒"), ()),
    "星巴克": (("咖啡豆", "挂耳咖啡", "速溶咖啡"), ("coffee beans", "drip coffee bags")),
    "白象": (("方便面", "泡面整箱", "骨汤方便面"), ()),
    "熊猫": (("香烟", "软盒香烟", "香烟礼盒"), ()),
    "中华": (("香烟", "硬盒香烟", "牙膏"), ()),
    "凤凰": (("自行车", "老式单车", "26寸自行车"), ()),
}
# eaten, drunk, smoked or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H27 = frozenset({
    "兰蔻", "茅台", "良品铺子", "大白兔", "元气森林", "金丝猴", "黄鹤楼", "王老吉", "江小白", "五粮液",
    "百雀羚", "资生堂", "德芙", "农夫山泉", "片仔癀", "雅诗兰黛", "三只松鼠", "同仁堂", "老干妈", "蓝月亮",
    "统一", "旺旺", "安慕希", "星巴克", "白象", "熊猫", "中华"})
# what an accessory, a part or a service is made for: machines and devices, things worn, or
# things used up (nominative use)
DEVICES_H27 = frozenset({
    "美的", "联想", "华为", "格力", "劳力士", "好孩子", "格兰仕", "欧米茄", "飞利浦", "海鸥", "永久", "凤凰"})

DIGITS_H27 = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9",
              "z": "2"}
SEPARATOR_NAMES_H27 = (
    "THAI CHARACTER FONGMAN", "THAI CHARACTER ANGKHANKHU", "DEVANAGARI DANDA", "ARABIC COMMA",
    "MONEY BAG", "PACKAGE", "FIRE", "HUNDRED POINTS SYMBOL", "SPARKLES", "HEAVY BLACK HEART",
    "PERSON RAISING BOTH HANDS IN CELEBRATION", "BULLET OPERATOR", "WAVE DASH", "WORD JOINER",
    "ZERO WIDTH SPACE", "IDEOGRAPHIC SPACE", "FULLWIDTH FULL STOP", "FULLWIDTH HYPHEN-MINUS",
    "KATAKANA MIDDLE DOT", "BLACK DIAMOND")
BRACKET_NAMES_H27 = ("LEFT WHITE LENTICULAR BRACKET", "LEFT DOUBLE ANGLE BRACKET",
                     "LEFT WHITE SQUARE BRACKET", "FULLWIDTH LEFT PARENTHESIS", "LEFT ANGLE BRACKET",
                     "LEFT TORTOISE SHELL BRACKET")
TWIN_SCRIPTS_H27 = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LISU", "COPTIC", "VAI",
                    "CANADIAN SYLLABICS")
WHOLE_WORD_H27 = ("REGIONAL INDICATOR SYMBOL LETTER {L}", "SQUARED LATIN CAPITAL LETTER {L}",
                  "NEGATIVE SQUARED LATIN CAPITAL LETTER {L}", "CIRCLED LATIN SMALL LETTER {l}",
                  "PARENTHESIZED LATIN SMALL LETTER {l}", "MATHEMATICAL SANS-SERIF ITALIC SMALL {l}",
                  "MATHEMATICAL MONOSPACE SMALL {l}", "MATHEMATICAL BOLD FRAKTUR SMALL {l}",
                  "MATHEMATICAL DOUBLE-STRUCK CAPITAL {L}", "NEGATIVE CIRCLED CAPITAL LETTER {L}")
ACCENTS_H27 = ("ACUTE", "GRAVE", "CIRCUMFLEX", "DIAERESIS", "TILDE", "MACRON", "BREVE", "CARON",
               "OGONEK", "DOT BELOW", "HOOK ABOVE", "STROKE")


def _by_name_h27(name: str) -> str:
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return ""


class Spellings27:
    """held_out_27's spellings, each from outside data: pypinyin's readings over the GBK chart,
    OpenCC's conversions, confusable_homoglyphs' table and Unicode's character names."""

    _chart: dict[str, list[list[str]]] | None = None   # toneless reading -> chars by tier

    def __init__(self) -> None:
        from confusable_homoglyphs import confusables
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin, pinyin

        self._lazy, self._pinyin, self._style = lazy_pinyin, pinyin, Style
        self._t2s, self._s2t = OpenCC("t2s"), OpenCC("s2t")
        self.separators = [c for c in map(_by_name_h27, SEPARATOR_NAMES_H27) if c]
        self.brackets = []
        for name in BRACKET_NAMES_H27:
            left = _by_name_h27(name)
            right = _by_name_h27(name.replace("LEFT", "RIGHT", 1))
            if left and right:
                self.brackets.append((left, right))
        self.twins: dict[str, list[str]] = {}
        for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            found = confusables.is_confusable(letter, greedy=True, preferred_aliases=[]) or []
            glyphs = [g["c"] for hit in found for g in hit["homoglyphs"]
                      if len(g["c"]) == 1 and any(g["n"].startswith(s) for s in TWIN_SCRIPTS_H27)]
            if glyphs:
                self.twins[letter] = sorted(set(glyphs))
        if Spellings27._chart is None:
            Spellings27._chart = self._build_chart()

    def _build_chart(self) -> dict[str, list[list[str]]]:
        chart: dict[str, list[list[str]]] = defaultdict(lambda: [[], [], [], []])
        for lead in range(0x81, 0xFF):
            for trail in range(0x40, 0xFF):
                if trail == 0x7F:
                    continue
                try:
                    char = bytes((lead, trail)).decode("gbk")
                except UnicodeDecodeError:
                    continue
                if len(char) != 1 or not "\u4e00" <= char <= "\u9fa5":
                    continue
                if self._t2s.convert(char) != char:      # traditional-only form
                    continue
                tier = (0 if 0xB0 <= lead <= 0xD7 and trail >= 0xA1 else
                        1 if 0xD8 <= lead <= 0xF7 and trail >= 0xA1 else 2)
                chart[self.reading(char).rstrip("12345")][tier + (tier > 0)].append(char)
        return dict(chart)

    def reading(self, char: str) -> str:
        return self._lazy(char, style=self._style.TONE3, neutral_tone_with_five=True)[0]

    def readings(self, mark: str) -> list[str]:
        return [r[0] for r in self._pinyin(mark, style=self._style.TONE3,
                                           neutral_tone_with_five=True)]

    def _plain(self, mark: str) -> list[str]:
        return [r.rstrip("12345") for r in self.readings(mark)]

    def initials_of(self, mark: str) -> str:
        return "".join(s[0] for s in self._plain(mark))

    # -- homophones
    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        toned = self.readings(mark)
        for _ in range(200):
            count = rng.choice((1, 1, 2, len(mark)))
            where = set(rng.sample(range(len(mark)), min(count, len(mark))))
            out = []
            for i, char in enumerate(mark):
                if i not in where:
                    out.append(char)
                    continue
                tiers = self._chart.get(toned[i].rstrip("12345"), [[], [], [], []])
                same_tone = [c for c in tiers[0] if self.reading(c) == toned[i]]
                order = [same_tone, same_tone, tiers[0], tiers[2], tiers[3]]
                pool = [c for c in rng.choice(order) if self._fits(c, char)]
                pool = pool or [c for tier in tiers for c in tier if self._fits(c, char)]
                out.append(rng.choice(pool) if pool else char)
            written = "".join(out)
            if written != mark and not [m for m in taken if m in written]:
                return written
        raise ValueError(f"no homophone for {mark}")

    def _fits(self, candidate: str, char: str) -> bool:
        return (candidate != char and self._t2s.convert(candidate) != char
                and self._s2t.convert(char) != candidate and self._t2s.convert(candidate) == candidate)

    # -- separators
    def separated(self, text: str, rng: random.Random) -> str:
        units = list(text)
        gaps = [i for i in range(1, len(units)) if not units[i].isspace() and not units[i - 1].isspace()]
        if not gaps:
            gaps = list(range(1, len(units)))
        style = rng.randrange(5)
        if style == 4 and self.brackets and all("\u4e00" <= u <= "\u9fff" for u in units):
            left, right = rng.choice(self.brackets)
            return "".join(f"{left}{u}{right}" for u in units)
        if style == 3:        # one gap only
            at = rng.choice(gaps)
            sep = rng.choice(self.separators)
            return "".join(units[:at]) + sep + "".join(units[at:])
        one = rng.choice(self.separators)
        out = units[0]
        for i in range(1, len(units)):
            if i in gaps:
                sep = (one if style == 0 else rng.choice(self.separators) if style == 1
                       else one * 2)
                out += sep
            out += units[i]
        return out

    # -- initials
    def initials(self, mark: str, rng: random.Random) -> str:
        letters = self.initials_of(mark)
        up = letters.upper()
        styles = (letters, up, letters.capitalize(), ".".join(up) + ".", " ".join(up),
                  "-".join(letters), f"#{up}", f"{up}牌", f"{letters}家的",
                  "".join(chr(ord(c) + 0xFEE0) for c in up), f"〖{up}〗", f"💯{up}💯",
                  "/".join(up), f"({' '.join(letters)})")
        return rng.choice(styles)

    # -- pinyin
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        plain = self._plain(mark)
        toned = [r[0] for r in self._pinyin(mark)]
        numbered = self.readings(mark)
        for _ in range(50):
            style = rng.randrange(14)
            if style == 9 and len(mark) > 1:
                keep = rng.randrange(len(mark))
                written = "".join(mark[i] if i == keep else plain[i] for i in range(len(mark)))
            else:
                written = [
                    lambda: "".join(plain), lambda: "".join(plain).capitalize(),
                    lambda: "".join(plain).upper(), lambda: " ".join(plain),
                    lambda: " ".join(toned), lambda: "".join(numbered),
                    lambda: "-".join(plain), lambda: ".".join(p.capitalize() for p in plain),
                    lambda: "/".join(plain), lambda: " ".join(plain),
                    lambda: "".join(plain) + "牌", lambda: f"〖{''.join(plain)}〗",
                    lambda: "#" + "".join(p.capitalize() for p in plain),
                    lambda: "".join(p.upper() if i % 2 else p for i, p in enumerate(plain)),
                ][style]()
            if (mark not in written and any(c.isascii() and c.isalpha() for c in written)
                    and (not latin or latin.lower() not in written.lower())):
                return written
        return "".join(numbered)

    # -- look-alikes
    def confusable(self, text: str, rng: random.Random) -> str:
        for _ in range(50):
            style = rng.randrange(3)
            if style == 0:
                spots = [i for i, c in enumerate(text) if c in self.twins]
                out = list(text)
                for i in rng.sample(spots, min(len(spots), rng.choice((1, 2, 3)))):
                    out[i] = rng.choice(self.twins[text[i]])
                written = "".join(out)
            elif style == 1:
                form = rng.choice(WHOLE_WORD_H27)
                written = "".join(
                    (_by_name_h27(form.format(L=c.upper(), l=c.lower())) or c) if c.isalpha() else c
                    for c in text)
            else:
                spots = [i for i, c in enumerate(text) if c.isalpha()]
                out = list(text)
                for i in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
                    case = "CAPITAL" if text[i].isupper() else "SMALL"
                    accented = _by_name_h27(
                        f"LATIN {case} LETTER {text[i].upper()} WITH {rng.choice(ACCENTS_H27)}")
                    out[i] = accented or out[i]
                written = "".join(out)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        return "".join(self.twins.get(c, [c])[0] for c in text)

    # -- digit swaps
    def digits(self, text: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(text) if c.lower() in DIGITS_H27]
        count = rng.choice((1, 1, 2, len(spots)))
        out = list(text)
        for i in rng.sample(spots, min(count, len(spots))):
            out[i] = DIGITS_H27[text[i].lower()]
        return "".join(out)


def _price_h27(rng: random.Random, english: bool) -> str:
    if english:
        return rng.choice((
            f"RM{rng.randrange(59, 890)}", f"Rp {rng.randrange(150, 2900)}rb",
            f"₹{rng.randrange(899, 8999):,}", f"₺{rng.randrange(450, 6500)}",
            f"€{rng.randrange(25, 480)}", f"₦{rng.randrange(15, 180)},000",
            f"KSh {rng.randrange(1500, 25000):,}", f"₩{rng.randrange(39, 690)},000",
            f"${rng.randrange(19, 420)}", f"฿{rng.randrange(390, 9900):,}",
            f"{rng.randrange(250, 4900)}k VND", f"{rng.randrange(60, 900)} AED"))
    return rng.choice((f"¥{rng.randrange(39, 3999)}", f"{rng.randrange(39, 3999)}元",
                       f"马币{rng.randrange(59, 890)}", f"RM{rng.randrange(59, 890)}",
                       f"新币{rng.randrange(19, 420)}", f"{rng.randrange(2, 30)}00泰铢",
                       f"到手{rng.randrange(39, 3999)}"))


# offers: (account name, title, description); {w} the written mark, {p} the goods, {n} a price
OFFERS_ZH_H27 = [
    ("大马现货小铺", "{w}{p} 吉隆坡现货", "{p}到货了，{n}，西马包邮，COD可以，私讯看实拍"),
    ("狮城二手仓", "【新加坡现货】{w} {p}", "尺码齐全，{n}，裕廊东面交或者邮寄，要图PM"),
    ("曼谷代购阿May", "{w}{p}｜泰国仓直发", "同工厂出来的，{n}，今天下单明天发，7天可换码"),
    ("胡志明华人店", "{w} {p} 越南仓", "越南仓库现货，{n}，细节图找客服拿，量大有优惠"),
    ("雅加达阿强", "{w}{p} 印尼现货 🇮🇩", "印尼全岛可发，{n}，支持货到付款，先看视频再决定"),
    ("迪拜华商小李", "{w}{p}批发 中东仓", "十件起批，{n}一件，迪拜龙城自提，欢迎同行"),
    ("首尔东大门档口", "{w}{p} S级 东大门", "东大门同款，{n}，韩国直邮，颜色问我"),
    ("孟买的阿Ray", "{w} {p} 一手货源", "工厂一手，{n}，印度各邦都能寄，下单留WhatsApp"),
    ("拉各斯华人仓", "{w}{p} 尼日利亚现货", "拉各斯自提，{n}，阿布贾三天到，量大私聊"),
    ("内罗毕中国城", "{w} {p} 肯尼亚仓", "{n}，M-Pesa收款，本周到新货，先到先得"),
    ("伊斯坦布尔小陈", "{w}{p} 土耳其现货", "大巴扎附近拿货，{n}，欧洲可转运"),
    ("柏林二手小铺", "德国现货 {w} {p}", "柏林自取或DHL，{n}，和专柜放一起看不出区别"),
    ("语音转文字", "{w}{p}", "喂 亲 那个{w}的{p}还有的 {n} 你要哪个码 发给我 我给你看视频哈"),
    ("W2C群主", "{w}{p} QC图已出", "这批{p}的QC图发群里了，{n}，要链接的私我，代理下单也行"),
    ("批次控小王", "{w}{p} 最新批次", "最新批次做工对比了三家，这家最稳，{n}，支持上身再付尾款"),
    ("全大写店主", "🔥🔥{w}{p}🔥🔥", "最后几件！！{n}！！手慢无！！私我！！💰💰"),
    ("表情包卖家", "💥{w}💥{p}💥", "👟👜⌚ {n} 📦包邮 📲私我要图 ✅支持验货"),
    ("闲置小铺", "{w}{p} 吊牌已剪", "吊牌剪了，没有小票，{n}，不议价不退换"),
    ("马来西亚妈妈团", "团购 {w}{p}", "凑满十单开团，{n}一件，怡保新山槟城都能送，COD"),
    ("泰国夜市阿平", "{w}{p} 曼谷夜市同款", "{n}，跟商场里的一模一样，没有盒子，要盒子加钱"),
    ("东南亚跨境铺", "{w} {p} 高仿 顶级版本", "顶级版本，{n}，和正品对比图私聊拿"),
    ("代购小林", "{w}{p} 原厂复刻", "原厂复刻，{n}，走空运，一周到手"),
    ("韩国代购Min", "{w}{p} 미러급", "韩国那边叫미러급，就是最好的那档，{n}，首尔直发"),
    ("越南仓老黄", "{w}{p} 1:1 越南货", "越南工厂出的1:1，{n}，大家放心拍"),
    ("印度批发Sunny", "{w} {p} 7A货", "7A版本，{n}，孟买德里班加罗尔可发"),
]
OFFERS_EN_H27 = [
    ("shopee_hanoi_store", "{w} {p} hàng auth", "Hàng auth 100%, {n}, ship COD toàn quốc, inbox xem ảnh thật"),
    ("lazada_bkk_shop", "{w} {p} พร้อมส่ง", "พร้อมส่ง {n} เกรดมิลเลอร์ ทักแชทดูรูปจริง"),
    ("tokojakarta88", "{w} {p} ORI stok ready", "Stok ready gan, {n}, bisa COD Jabodetabek, DM buat foto asli"),
    ("kl_sneaker_plug", "{w} {p} ready stock KL", "Ready stock, {n}, COD Klang Valley, PM for real pics"),
    ("istanbul_butik", "{w} {p} A kalite", "A kalite, {n}, kapıda ödeme var, beden sorun"),
    ("dubai_outlet_store", "{w} {p} ماستر كوبي", "ماستر كوبي {n} توصيل لكل الإمارات واتساب للصور"),
    ("kleinanzeigen_berlin", "{w} {p} neu", "Neu, {n}, Versand oder Abholung in Kreuzberg, mehr Bilder per PN"),
    ("leboncoin_lyon", "{w} {p} comme neuf", "{n}, remise en main propre à Lyon, photos en MP"),
    ("subito_milano", "{w} {p} nuovo", "{n}, spedizione in tutta Italia, foto in privato"),
    ("delhi_first_copy", "{w} {p} first copy", "First copy, {n}, COD all India, WhatsApp for video"),
    ("mumbai_7a_store", "{w} {p} 7A quality", "7A quality {n}, same as showroom, DM for pics"),
    ("lagos_plug_ng", "{w} {p} available", "Available now, {n}, Lagos delivery same day, send DM"),
    ("nairobi_kicks_ke", "{w} {p} in stock", "In stock, {n}, delivery CBD and Westlands, Mpesa accepted"),
    ("seoul_select_kr", "{w} {p} S급", "S급 {n}, 국내배송, 실사는 DM"),
    ("w2c_finds", "W2C {w} {p}", "QC pics in the album, {n} via agent, link in bio"),
    ("batch_hunter", "{w} {p} best batch", "Same factory batch, {n}, sizes 36-46, ask for QC"),
    ("vinted_tagscut", "{w} {p}", "tags cut, no receipt, {n}, no returns"),
    ("depop_y2k_finds", "{w} {p} 🖤", "worn twice, no receipt, {n}, bundle for discount"),
    ("ALLCAPSDEALS", "{w} {p} LAST ONES!!!", "ONLY {n}!!! DM NOW!!! 🔥🔥🔥"),
    ("voice_note_seller", "{w} {p}", "hello my dear, the {w} {p} is there, {n}, tell me your size I send video"),
]
# resale with proof of purchase: (account name, title, description); {m} the mark, {p} the goods
RESALE_ZH_H27 = [
    ("大马闲置", "转让{m}{p} 附吉隆坡专柜小票", "柏威年专柜买的，小票和保卡都在，{n}转"),
    ("狮城搬家清货", "搬家出{m}{p}", "乌节路专门店买的，发票拍给你看，{n}，面交"),
    ("曼谷留学生", "回国前出{m}{p}", "暹罗百丽宫专柜购入，收据原件跟货走，{n}"),
    ("首尔打工人", "出{m}{p} 有明洞专卖店收据", "明洞店买的，收据和购物袋都在，{n}"),
    ("迪拜华人二手", "转{m}{p} 迪拜商场发票", "迪拜商场专柜票据齐全，可以去专柜验，{n}"),
    ("自用转让", "{m}{p} 官网订单可查", "官网下的单，订单截图给你，{n}包邮"),
    ("鉴定后再出", "{m}{p} 已过第三方鉴定", "鉴定证书随货，{n}，支持再验"),
    ("闲置小周", "九成新{m}{p}", "去年双十一官方旗舰店买的，订单号可查，{n}"),
    ("出国清仓", "出国清仓{m}{p}", "专柜购买，保修卡在，{n}，不议价"),
    ("柏林留学生", "出{m}{p}（德国专柜购）", "德国专柜买的，Rechnung在，{n}"),
    ("二手循环", "{m}{p} 转手", "原盒原票，{n}，可走平台验货"),
    ("新加坡妈妈", "宝宝用不上了 {m}{p}", "官方店买的，购买记录可查，{n}"),
]
RESALE_EN_H27 = [
    ("kl_preloved", "Preloved {m} {p} with receipt", "Bought at the Pavilion KL boutique, receipt and warranty card, {n}"),
    ("sg_declutter", "Selling my {m} {p}", "From the Orchard store, invoice included, {n}, meetup at Tampines"),
    ("bangkok_closet", "{m} {p} มือสอง", "ซื้อจากช็อปพร้อมใบเสร็จ {n}"),
    ("vinted_receipt_in", "{m} {p}", "original receipt included, {n}, open to offers"),
    ("depop_resale", "{m} {p} w/ proof of purchase", "order confirmation email included, {n}"),
    ("kleinanzeigen_org", "{m} {p} mit Rechnung", "Original mit Rechnung vom Fachhändler, {n}"),
    ("leboncoin_facture", "{m} {p} avec facture", "Acheté en boutique, facture fournie, {n}"),
    ("subito_scontrino", "{m} {p} con scontrino", "Comprato in negozio, scontrino e garanzia, {n}"),
    ("mumbai_preowned", "Pre-owned {m} {p}", "bill from the authorised store, {n}, can verify"),
    ("tokopedia_second", "{m} {p} second", "Beli di official store, nota ada, {n}"),
]
RESALE_SEALED_ZH_H27 = [
    ("吃不完的小刘", "{m}{p} 全新未拆", "超市买多了，封口完好，附小票，{n}"),
    ("年货清仓", "转{m}{p} 未开封", "公司发的年货，没拆过，保质期还长，{n}"),
    ("大马华人", "{m}{p} 未拆封转让", "从中国带过来的，封条完好，{n}，吉隆坡自取"),
    ("囤货太多", "{m}{p} 原封未动", "官方旗舰店下单，订单可查，{n}"),
    ("新加坡宝妈", "{m}{p} 全新带小票", "超市小票在，没拆封，{n}"),
    ("礼品回收", "出{m}{p} 礼品未拆", "别人送的，外包装完好，{n}"),
    ("搬家出清", "{m}{p} 还没开", "生产日期拍给你看，{n}，同城自提"),
    ("代购剩余", "{m}{p} 多出来几件", "免税店带回来的，小票和封条都在，{n}"),
    ("学生党转", "{m}{p} 全新", "开学前买多了，未拆封，{n}"),
]
RESALE_SEALED_EN_H27 = [
    ("kl_pantry", "{m} {p} sealed", "Unopened, receipt from the supermarket, {n}"),
    ("sg_extra_stock", "Sealed {m} {p}", "Bought too many, still sealed, invoice available, {n}"),
    ("vinted_unopened", "{m} {p} unopened", "never opened, receipt included, {n}"),
    ("lagos_extras", "{m} {p} still sealed", "bought at the mall, receipt here, {n}"),
    ("jakarta_sisa", "{m} {p} segel", "Masih segel, ada struk, {n}"),
]
# warnings: (account name, title, description); {w} the mark as written, quoted six ways
WARNINGS_ZH_H27 = [
    ("马来西亚消费人协会", "提醒：网上“{w}”低价{p}多为假货", "近期收到多宗投诉，低价“{w}”{p}货到付款后发现是假货，请到官方渠道购买。"),
    ("新加坡华人互助群", "别在群里买「{w}」{p}", "群里有人说同工厂「{w}」{p}，收了钱就拉黑，已经三个人被骗。"),
    ("曼谷华人圈", "泰国夜市『{w}』{p}别买", "夜市里的『{w}』{p}全是仿的，入境还可能被查。"),
    ("律师李明", "卖‘{w}’1:1 {p}违法吗？", "问：卖‘{w}’1:1的{p}算不算违法？答：算，销售假冒注册商标的商品，情节严重的要追究刑事责任。"),
    ("律师说法", "1:1的'{w}'{p}能卖吗", "不能。'{w}'是注册商标，标着它的仿品无论说不说1:1，卖都是侵权。"),
    ("海关发布", "海关查获假冒\"{w}\"{p}", "近日海关在一批出口货物中查获标有\"{w}\"商标的{p}，涉嫌侵权，已依法扣留。"),
    ("法院公众号", "售假“{w}”{p}，店主被判刑", "被告人在网店销售假冒“{w}”{p}，法院以销售假冒注册商标的商品罪判处有期徒刑。"),
    ("反诈中心", "警惕「{w}」{p}刷单骗局", "以“低价买{p}”为由的群聊，声称「{w}」正品一折，都是诈骗。"),
    ("代购圈避坑", "代购『{w}』{p}翻车记录", "找的代购说是专柜『{w}』，收到一验是假的，大家找代购一定要看小票。"),
    ("印尼华人社团", "印尼网店‘{w}’{p}多为仿品", "KW货就是仿品，‘{w}’官方没有授权任何“KW”店铺。"),
    ("消费提醒", "买了假'{w}'{p}怎么办", "保留聊天记录和付款凭证，向平台投诉，必要时报警，不要再跟卖家私下交易。"),
    ("律师王芳", "\"{w}\"{p}：能不能转卖仿品？", "转卖自己买到的假\"{w}\"{p}同样可能构成侵权，别抱侥幸。"),
    ("留学生互助", "德国二手平台上的“{w}”{p}要小心", "有人在二手平台出“{w}”{p}，说没有发票，价格只有专柜三成，基本是假的。"),
    ("鉴定师阿杰", "「{w}」{p}假货常见的几个破绽", "走线、五金、字体间距，这三处最容易露馅，拿不准就送去鉴定。"),
    ("韩国华人论坛", "韩国『{w}』S级{p}是什么", "所谓S级、미러급，都是仿品分档，和『{w}』没有关系，买了就是假货。"),
    ("市场监管", "关于假冒‘{w}’{p}的消费警示", "近期有不法商家以“工厂尾单”名义销售假冒‘{w}’{p}，请消费者认准官方渠道。"),
    ("群里的老会计", "又有人卖'{w}'{p}同厂货", "所谓同厂货就是假货的另一个说法，别信。"),
    ("迪拜华人商会", "中东市场\"{w}\"{p}假货提醒", "迪拜海关近期查扣大量假冒\"{w}\"{p}，商户切勿进货。"),
    ("反诈宣传员", "“{w}”{p}免费送？骗局", "短视频里说关注就送“{w}”{p}，要你先付邮费，其实什么也不会寄。"),
    ("消费者小张", "被「{w}」{p}假货坑了", "在网上买的「{w}」{p}，专柜说不是他们的货，退款还在扯皮。"),
    ("非洲华人网", "尼日利亚买『{w}』{p}要当心", "拉各斯市场上打着『{w}』的{p}，大部分是仿的。"),
    ("法律问答", "问：知道是假的‘{w}’{p}，自己穿犯法吗？", "自己购买使用一般不追究，但不能拿去卖，卖就是销售侵权商品。"),
]
WARNINGS_EN_H27 = [
    ("rep_scam_alert", "SCAM ALERT: \"{w}\" {p} seller on Discord", "He takes payment for \"{w}\" {p} then blocks you. Do not send money."),
    ("lawyer_ng", "Is selling a 1:1 '{w}' {p} legal?", "No. Selling a 1:1 '{w}' {p} infringes the trademark, whatever the listing calls it."),
    ("ip_lawyer_in", "Can I resell a first copy “{w}” {p}?", "No: reselling a first copy “{w}” {p} is selling counterfeit goods under Indian law."),
    ("customs_news", "Customs seize fake ‘{w}’ {p}", "Officers seized a container of counterfeit ‘{w}’ {p} at the port this week."),
    ("consumer_ke", "Beware of fake 「{w}」 {p} on WhatsApp", "Sellers posting 「{w}」 {p} at a tenth of the price are selling fakes."),
    ("buyer_warning", "Got scammed on 『{w}』 {p}", "Paid via agent for 『{w}』 {p}, received a different item, seller gone."),
    ("legal_qa_de", "Legal to buy a fake \"{w}\" {p} in Germany?", "Buying for yourself is rarely prosecuted, but customs can seize and destroy it."),
    ("court_news", "Court fines shop for fake '{w}' {p}", "The court ordered the seller of counterfeit '{w}' {p} to pay damages."),
    ("mod_team_reddit", "Mod note on “{w}” {p} sellers", "Anyone DMing you with cheap “{w}” {p} is a scammer. Report and block."),
    ("shopee_safety", "How to spot a fake ‘{w}’ {p}", "Check the seller rating and ask for the receipt. Too cheap means fake."),
]
# reviews and news: (account name, title, description); {m} the mark, {p} the goods
REVIEWS_ZH_H27 = [
    ("新加坡测评君", "{m}{p}用了三个月的真实感受", "做工扎实，售后也方便，就是价格在新加坡贵了一点。"),
    ("求鉴定", "求问这个{m}{p}是真的吗", "二手平台上买的，卖家说有小票，图在评论区，大家帮看看是不是正品。"),
    ("大马买家", "在吉隆坡买的{m}{p}，是正品吗？", "商场专柜买的，为什么和网上的包装不一样？有懂的说说吗。"),
    ("博物馆之友", "博物馆展出{m}历年{p}", "这次展览把{m}几十年来的{p}都摆出来了，值得一看。"),
    ("拍卖行资讯", "{m}古董{p}拍出高价", "本周拍卖会上一件早年的{m}{p}以远超估价成交。"),
    ("联名快讯", "{m}官宣新联名{p}", "{m}今天宣布和艺术家联名，推出限量{p}，下月发售。"),
    ("平替测评", "不带标的平替，和{m}{p}比怎么样", "这款平替没有任何标志，只是拿来和{m}{p}比较一下版型和用料。"),
    ("财经快讯", "{m}发布季度业绩", "{m}本季度{p}销量增长，海外市场贡献明显。"),
    ("留学生日常", "在首尔专卖店买了{m}{p}", "退税之后比国内便宜一些，店员很耐心。"),
    ("鉴定科普", "如何判断{m}{p}真假", "看防伪码、看做工、看购买渠道，拿不准就去官方门店。"),
    ("律师问答", "海外买的{m}{p}带回国要交税吗", "超过免税额度需要申报，正品也一样。"),
    ("开箱达人", "{m}{p}开箱", "官方旗舰店买的，包装很用心，开箱视频在这。"),
    ("老用户", "{m}{p}用了五年还好好的", "当年专柜买的，质量确实没话说。"),
    ("行业观察", "{m}在东南亚开设新门店", "{m}在曼谷和吉隆坡各开了一家旗舰店，主打{p}。"),
    ("海关新闻", "海关发布上半年知识产权保护数据", "其中涉及{m}{p}的侵权案件有所下降。"),
    ("问答社区", "{m}{p}在哪里买最稳？", "官方旗舰店、专柜、授权经销商，这三种最稳。"),
    ("对比博主", "{m}{p}和同价位产品横评", "把{m}{p}和三款同价位产品放一起对比，各有优缺点。"),
    ("历史控", "{m}这个牌子的历史", "从创立到现在，{m}的{p}经历了好几次设计变化。"),
    ("二手平台小编", "二手{m}{p}怎么验", "平台支持寄验，验完再发货，买家更放心。"),
    ("博主小A", "被问爆的{m}{p}到底值不值", "我的看法是看需求，正品贵有贵的道理。"),
    ("律师张律", "问：代购{m}{p}被海关查了怎么办？", "正品补税即可放行，如果是假货会被没收。"),
]
REVIEWS_EN_H27 = [
    ("is_it_legit", "Is this {m} {p} real?", "Bought secondhand, seller had a receipt. Pics below, legit check please."),
    ("museum_post", "{m} {p} at the design museum", "The exhibition shows {m} {p} from the archive."),
    ("auction_news", "Vintage {m} {p} sells at auction", "A vintage {m} {p} went for three times its estimate."),
    ("collab_news", "{m} announces a collab", "{m} announced a limited {p} with a local artist."),
    ("dupe_review", "Unbranded dupe vs {m} {p}", "This dupe has no logo at all; comparing it with the {m} {p} on fit and fabric."),
    ("review_kl", "{m} {p} review after 6 months", "Solid build, the service centre in KL was helpful."),
    ("legal_question", "Can I bring a {m} {p} from Dubai?", "Genuine goods with a receipt are fine within the duty-free limit."),
    ("unboxing_sg", "Unboxing my {m} {p}", "Bought at the official store, here is the unboxing."),
    ("history_thread", "A short history of {m}", "How {m} {p} changed over the decades."),
    ("news_ke", "{m} opens its first store in Nairobi", "The store will sell {p} and offer repairs."),
]
# the owner's and its authorised shop's own posts: (signer, account name, title, text)
AUTHORISED_H27 = [
    ("owner", "{m}官方", "{m}{p}新品发布", "{m}全新{p}今日上市，官方旗舰店和门店同步发售。"),
    ("owner", "{m}官方", "{m}东南亚旗舰店开业", "{m}吉隆坡旗舰店今天开业，{p}全系列到店。"),
    ("owner", "{m}官方", "{m}联名限定", "{m}携手艺术家推出限定{p}，数量有限。"),
    ("owner", "{m}官方", "{m}防伪查询说明", "每件{m}{p}都有防伪码，可在官网查询真伪。"),
    ("owner", "{m}官方", "{m}关于假冒产品的声明", "{m}从未授权任何渠道销售所谓同厂{p}，请认准官方渠道。"),
    ("owner", "{m}官方", "{m}会员日", "会员日{m}{p}限时礼遇，门店和线上同享。"),
    ("owner", "{m}官方", "{m}品牌故事", "从第一件{p}到今天，{m}一直坚持好品质。"),
    ("owner", "{m}官方", "{m}售后服务升级", "{m}{p}售后网点新增二十家，覆盖更多城市。"),
    ("owner", "{m}官方", "{m}直播预告", "今晚八点{m}官方直播间，{p}新品首发。"),
    ("owner", "{m}官方", "{m}公益行动", "{m}每卖出一件{p}，就为山区学校捐出一元。"),
    ("owner", "{m}官方", "{m}招募体验官", "{m}招募{p}体验官，评论区留言报名。"),
    ("owner", "{m}官方", "{m}年度报告", "感谢大家一年来对{m}{p}的支持。"),
    ("shop", "{m}授权店", "{m}授权店到新货", "{m}{p}新款到店，授权书挂在店里，欢迎来看。"),
    ("shop", "{m}授权店", "{m}授权店周年庆", "周年庆期间{m}{p}购物满额送礼。"),
    ("shop", "{m}授权店", "{m}正品保障", "本店为{m}官方授权店，{p}均可开发票，支持验货。"),
    ("shop", "{m}授权店", "{m}{p}到货通知", "之前预订{m}{p}的顾客，货已到店，请凭单取货。"),
    ("shop", "{m}授权店", "{m}门店活动", "本周末{m}{p}试用活动，欢迎到店体验。"),
    ("shop", "{m}授权店", "{m}保养小课堂", "{m}{p}的日常保养方法，店员给大家讲一讲。"),
    ("shop", "{m}授权店", "{m}授权店搬迁", "{m}授权店搬到商场二楼，{p}全系列照常销售。"),
    ("shop", "{m}授权店", "{m}以旧换新", "带旧{p}到店，换购{m}新品可抵扣。"),
    ("shop", "{m}授权店", "{m}新品试穿试用", "{m}{p}新品已上架，欢迎预约。"),
    ("shop", "{m}授权店", "{m}店庆直播", "今晚{m}授权店直播，{p}现场讲解。"),
]
# nominative use: accessories, parts and services for a mark's goods, by kind
NOMINATIVE_ZH_H27 = {
    "device": [
        ("配件小铺", "适用于{m}{p}的替换配件", "非原厂配件，适配{m}{p}，不含任何品牌标志。"),
        ("维修师傅老周", "专修{m}{p}", "{m}{p}不开机、异响、进水都能修，非官方维修点，价格透明。"),
        ("收纳控", "{m}{p}收纳盒推荐", "给家里的{m}{p}配了个收纳盒，尺寸刚好。"),
        ("保护套工坊", "{m}{p}保护套", "第三方保护套，专为{m}{p}尺寸设计。"),
        ("清洗服务", "{m}{p}深度清洁", "上门清洗{m}{p}，我们是独立服务商，不是品牌官方。"),
        ("充电器小店", "兼容{m}{p}的充电线", "兼容{m}{p}，第三方产品，非原装。"),
        ("说明书搬运", "{m}{p}使用说明整理", "把{m}{p}的说明书整理成了图文版。"),
    ],
    "wear": [
        ("洗护工作室", "{m}{p}清洗护理", "专业清洗{m}{p}，我们是独立洗护店，不代表品牌。"),
        ("鉴定服务", "{m}{p}鉴定", "提供{m}{p}真伪鉴定，出具鉴定报告。"),
        ("防尘袋小铺", "{m}{p}适用的防尘袋", "无标防尘袋，尺寸适配{m}{p}。"),
        ("修鞋修包老杨", "{m}{p}修复", "{m}{p}开胶、掉色、五金坏了都能修。"),
        ("收纳博主", "怎么收纳{m}{p}", "分享我给{m}{p}做的收纳方法。"),
        ("搭配博主", "{m}{p}怎么搭", "用平价单品搭{m}{p}的几个思路。"),
        ("鞋带配件店", "{m}{p}替换鞋带/肩带", "第三方替换件，适配{m}{p}，无品牌标。"),
    ],
    "consumable": [
        ("美食博主", "用{m}{p}做一道菜", "家里有{m}{p}的可以试试这个做法。"),
        ("礼品包装店", "{m}{p}礼品包装", "帮你把买好的{m}{p}包成礼盒，只做包装。"),
        ("收纳小能手", "{m}{p}的收纳罐", "买了几个罐子专门放{m}{p}。"),
        ("空瓶记", "{m}{p}空瓶记", "{m}{p}用完了，说说使用感受。"),
        ("调酒师小吴", "{m}{p}的几种喝法", "{m}{p}可以加冰，也可以做成特调。"),
        ("收藏爱好者", "{m}{p}包装收藏", "收藏了不同年份的{m}{p}包装盒。"),
        ("测评小号", "{m}{p}保质期怎么看", "教大家看{m}{p}包装上的生产日期。"),
    ],
}
NOMINATIVE_EN_H27 = {
    "device": [
        ("parts_shop_kl", "Replacement parts for {m} {p}", "Third-party parts that fit the {m} {p}, no logos."),
        ("repair_ng", "We repair {m} {p}", "Independent repair for {m} {p}, not an official service centre."),
        ("case_maker", "Case for {m} {p}", "Made to fit the {m} {p}. Not affiliated."),
        ("charger_store", "Charger compatible with {m} {p}", "Compatible with {m} {p}, non-original."),
    ],
    "wear": [
        ("authcheck_service", "{m} {p} authentication", "We authenticate {m} {p} and issue a report."),
        ("clean_studio", "{m} {p} cleaning", "Independent cleaning and restoration for {m} {p}."),
        ("dustbag_store", "Dust bag for {m} {p}", "Plain dust bag sized for the {m} {p}, no logo."),
        ("styling_blog", "How to style {m} {p}", "Three outfits built around {m} {p}."),
    ],
    "consumable": [
        ("recipe_blog", "Recipe with {m} {p}", "A quick recipe using {m} {p}."),
        ("gift_wrap_sg", "Gift wrapping for {m} {p}", "We wrap your {m} {p} as a gift; packaging only."),
        ("storage_tips", "How to store {m} {p}", "Keep {m} {p} cool and dry."),
        ("empties_review", "{m} {p} empties", "Finished my {m} {p}, thoughts below."),
    ],
}
# everyday sentences pypinyin reads like one of the part's marks, writing none
SOUND_ALIKE_H27 = [
    "这个方案我同意，明天就开始做", "楼下的小狗一见我就汪汪叫", "这把伞用久了伞骨有点松",
    "我爸夏天光着膀子，胸毛都晒黑了", "周末回老家帮奶奶种花", "出门前记得涂隔离霜",
    "爷爷一早就去水库钓鱼了", "老李是我们村最会修拖拉机的人", "这孩子口齿清楚，朗诵特别好",
    "行吧可以，那就周五见", "早餐喝了一杯百香果柠檬水", "这家面馆的味道没得说",
    "你一天到晚老干嘛呢，消息也不回", "照着视频复刻了外婆的糖水，全家都同意再做一锅",
    "用纸板1:1还原了爷爷水库边钓鱼的小屋", "照着教程复刻了一杯百香果气泡饮",
    "按1:1比例画了一张奶奶种花的园子图", "家里的猫太能吃了，又胖了两斤", "这件事特不靠谱，别信他",
    "他每天早上去广场狂喂鸽子", "这块空地被划为绿化带了", "小名叫得福，是爷爷起的",
    "这关太难了，玩死了也过不去", "村口那根老风向标又歪了", "一次体检做了一百项检查",
    "夜里风晃得窗户直响", "我还偶尔去那家面馆吃饭", "我们俩是同一天生日", "路人勇救落水儿童的视频上了新闻",
    "周末往往比工作日人更多", "诚实是一种美德，外婆常这么说", "池塘边莲香阵阵", "我们费力铺了一下午地板",
    "今天盘完一库，明天又一库房要盘点", "小朋友说想伸手揽月亮", "复刻了小时候钓鱼用的那根竹竿",
    "老李是做木工的，1:1复刻了一把老椅子", "他俩在会上同意了新方案", "我家狗一到饭点就汪汪汪",
    "这口锅用久了反而更顺手",
]
SOUND_ALIKE_FRAMES_H27 = [("{s}", ""), ("", "{s}"), ("{s}", "#今日份 #碎碎念"), ("随便说说", "{s}")]
# the part's common-word marks in their ordinary sense (some beside their own product words), and
# English words that are one of its Latin names
COMMON_SENSE_H27 = [
    "这里的晚霞好美的呀", "她说那条裙子美的很，可惜没有我的码", "山里的空气好，景色也美的不像话",
    "小区草坪上跑过一只大白兔", "给孩子讲了大白兔的故事，奖励了一颗糖果", "女儿的生肖玩偶是一只大白兔",
    "秦岭的金丝猴在树上晒太阳", "纪录片里金丝猴一家在雪地里抱团取暖", "动物园新来了两只金丝猴",
    "登上黄鹤楼，长江尽收眼底", "黄鹤楼上人挤人，禁止吸烟的牌子到处都是", "背了一遍《黄鹤楼送孟浩然之广陵》",
    "看到这张老照片，我联想到了小时候", "笔记本上写满了我对这首诗的联想", "这道题要用联想记忆法",
    "奶奶夸他是好孩子，主动帮妈妈推婴儿车", "老师说今天大家都是好孩子", "好孩子不挑食，青菜也要吃",
    "今晚能看到罕见的蓝月亮", "用洗手液洗完手，出门看蓝月亮", "一首叫蓝月亮的老歌，爸爸天天哼",
    "全班统一吃方便面当夜宵", "公司要求统一穿工装", "我们统一一下意见再交",
    "我家狗叫旺旺，今年五岁了", "祝大家新年生意旺旺", "旺旺一看到我拿雪饼就摇尾巴",
    "海边的海鸥太多了，我用相机拍了一整卷", "海鸥抢走了游客手里的面包", "冬天滇池的海鸥又回来了",
    "这辆自行车我要永久保存，是爸爸留下的", "这张照片我会永久珍藏", "永久免费的承诺听听就好",
    "泰国的白象被视为吉祥的象征", "动物园里有一头罕见的白象", "白象这个词在英语里指昂贵又无用的东西",
    "电视里在播熊猫宝宝吃竹子", "成都的熊猫基地一早就排长队", "他熬夜熬成了熊猫眼",
    "中华民族有五千年的历史", "中华文化博大精深", "这本中华诗词选集是外公送的",
    "骑自行车去凤凰古城，路上风景很好", "山鸡变凤凰的故事", "传说凤凰浴火重生",
    "泰国朋友说白象是国宝，边说边泡了一碗泡面", "看了一眼手表，海鸥已经飞走了", "金丝猴宝宝抱着妈妈不撒手",
    "中华小当家是我童年最爱的动画", "这次的永久居留申请终于批了", "统一思想才能把事做好",
    "夜里醒来看见窗外一朵大白兔一样的云",
    "A white dove landed on our balcony this morning", "Our football coach made us run laps in the rain",
    "The night coach to the capital leaves at ten", "Fish oil is full of omega-3",
    "Alpha and omega, the first and the last", "Two moving vans blocked the street all morning",
    "The ice cream vans are back in the park", "It was nice to converse with my neighbour in Malay",
    "The new balance of power in the region worries analysts",
    "After the holidays I need a new balance between work and rest",
    "Doves mate for life, my grandmother told me", "The school coach is taking the choir to Penang",
]
COMMON_FRAMES_H27 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#随手拍")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#everyday")]}
VIEWERS_H27 = ["吉隆坡的阿芬", "槟城老陈", "在曼谷教中文的小林", "胡志明的华人阿姨", "雅加达的Kevin",
               "新加坡打工人", "迪拜开餐馆的老马", "拉各斯的王工", "首尔留学生小金", "柏林画画的阿诺",
               "伊斯坦布尔的小唐", "孟买做外贸的阿Ken"]


PHRASING_H27 = Phrasing(
    "held_out_27", GOODS_H27, _price_h27, (OFFERS_ZH_H27, OFFERS_EN_H27),
    (RESALE_ZH_H27, RESALE_EN_H27), (RESALE_SEALED_ZH_H27, RESALE_SEALED_EN_H27), SEALED_GOODS_H27,
    (WARNINGS_ZH_H27, WARNINGS_EN_H27), (REVIEWS_ZH_H27, REVIEWS_EN_H27), AUTHORISED_H27,
    SOUND_ALIKE_H27, SOUND_ALIKE_FRAMES_H27, COMMON_SENSE_H27, COMMON_FRAMES_H27, VIEWERS_H27)


def _nominative_h27(rng: random.Random) -> list[Case]:
    """Three nominative-use posts per brand: accessories, parts and services for the mark's goods
    (a Latin name in an English post, else the mark in Chinese)."""
    loaded = _loaded_marks()[0]
    out = []
    for mark in MARKS_H27:
        brand = loaded[mark]
        kind = ("device" if mark in DEVICES_H27 else
                "consumable" if mark in SEALED_GOODS_H27 else "wear")
        chinese, english = GOODS_H27[mark]
        for _ in range(3):
            in_english = bool(english) and rng.random() < 0.3
            name, title, text = rng.choice(
                NOMINATIVE_EN_H27[kind] if in_english else NOMINATIVE_ZH_H27[kind])
            fields = {"m": brand.aliases[0] if in_english else mark,
                      "p": rng.choice(english if in_english else chinese)}
            out.append(Case("nominative_use", "held_out_27", None, f"user{rng.randrange(100_000)}",
                            name, title.format(**fields), text.format(**fields)))
    return out


def twenty_seventh_held_out(seed: int = 395) -> list[Case]:
    """held_out_27: held_out_26's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts, 153 nominative-use posts), its own marks, spellings and
    phrasing."""
    words = Spellings27()
    return (_held_out_part(seed, words, MARKS_H27, PHRASING_H27, words.initials_of, DIGITS_H27)
            + _nominative_h27(random.Random(seed * 7919 + 27)))


# -- held_out_28 (issue 13, stop 43): a twenty-sixth hand ------------------------------------------
# Written at stop 43 by a twenty-sixth hand that read neither the guard (src/origin/brands/, its
# tables, model and tests, scripts/train_brand_context.py) nor ran it on this part; of
# docs/brands.md it read held_out_25's paragraph and the lines a search for held-out parts showed (a
# few of stop 42's round among them), of the README its first screen (the issue-13 row names
# held_out_27's read figures and the warnings taken down); of this file it read the module
# docstring, Case, suite_brands, the marks lists, cases(), the shared assembly (Phrasing, _post,
# _loaded_marks, _offer_jobs, _held_out_posts, PartSpellings, _held_out_part) and held_out_27's
# block whole (its templates included: none is copied here, tests/test_brand_suite_held_out_20_on.py
# checks that no template string of this part is one of an earlier part's); of bench_brands.py the
# scoring, PARTS and SEALED; of the tests the two structure tests. Its marks are the 51 loaded marks
# with the fewest held-out offers so far (every held-out part's offers counted from cases(),
# held_out_27's twice, ties by loaded order; the same count without held_out_27 and with held_out_26
# twice gives MARKS_H27 exactly; the 51st, 小天鹅, has 223 and the 52nd, 巴宝莉, 224, so no tie is cut; 19
# common words, 36 Latin names; 4 of them in held_out_27). Its spellings are its own code over
# outside data (Spellings28): homophones put, in the first, the last, one, two or every place, a
# character whose own pypinyin reading (toneless) is the mark character's reading in the mark's
# phrase, drawn from the GB2312 chart's level 1 in the same tone, level 1 in any tone, level 2 or
# GBK only (Python's codecs), never the mark's own character, nor one OpenCC converts to or from it,
# nor a traditional-only form, never holding a loaded mark; pinyin in sixteen styles, initials in
# fifteen, separators and brackets looked up by Unicode name in this part's voices (market-stall and
# delivery pictographs, check marks, arrows, invisible joiners and fillers), look-alikes from the
# confusables table (confusable_homoglyphs' data) of the scripts categories.alias names, whole words
# in styled alphabets by Unicode name, precomposed accents and combining marks by Unicode name;
# digit swaps of the first, the last, two or every swappable letter. Its phrasing is its own, 20 or
# more shapes per family, in voices no hand used much: written Northeastern, Sichuanese,
# Shanghainese, Henan and Hokkien Chinese, county-town and market-fair stalls, temple fairs, 1688
# source factories, cross-border independent sites, OEM factory workers, live-stream clips, WeChat
# Channels, community group leaders, private-domain assistants; Taglish (Shopee PH, Facebook pages:
# class A, OEM, onhand), Polish (OLX, Allegro), Dutch (Marktplaats), Spanish from Spain (Wallapop),
# Swedish (Blocket), Greek, Romanian, Pakistani and Bangladeshi sellers (Daraz: AAA, export
# surplus), UK, Australian, Canadian and US classifieds (Gumtree, Kijiji, Facebook Marketplace, swap
# meets), stuffed marketplace titles. Every offer holds a reason a person would call it a
# counterfeit (a grade, a factory, a logo put on, a price stated as a fraction of the counter's, no
# receipt and no check allowed), and 38 of 42 shapes say none of fake, 复刻, 1:1, replica …; a plain
# sale of a real product with its proof (receipt, order, warranty, an authentication certificate) is
# resale, benign, and written like an offer (stock, a way to buy, its price as a share of what was
# paid, so that no drawn price reads as a fake's). Benign texts aim at the hard cases: warnings and
# notices that quote the offer they warn about with its counterfeit words and price, legal questions
# (can I sell, resell, open a shop), buyers asking whether a thing is real, the owner's own
# anti-counterfeit notices quoting the sellers' words, compatible and non-original parts (兼容…，非原装),
# repairs and authentication, reviews and unboxings in the same dialects and languages; ordinary
# words pypinyin reads like a mark (脚下, 飞了, 毅力, 屹立, 大家能, 孩儿, 大奖, 打包, 白毛, 恰恰, 李白, 眼睛, 学画, 留神, 久仰, 同一,
# 望望, 回礼, 猛牛), some next to 复刻 or 1:1; common-word marks in their ordinary sense, some beside their
# own product words; English words that are a Latin name (warrior, canon, red bull, safeguard,
# chachacha). Sealed: scored only by the lead with ``--parts held_out_28``; counts only; never run
# through the guard by its writer.
MARKS_H28 = [
    "回力", "蕉下", "蒙牛", "浪琴", "索尼", "斐乐", "乐高", "伊利", "戴森", "佳能", "海尔", "大疆", "红牛",
    "大宝", "白猫", "洽洽", "比亚迪", "立白", "老板", "燕京", "施华洛世奇", "长城", "海天", "雪花", "六神",
    "骆驼", "小熊", "飞鸽", "长虹", "九阳", "红豆", "纪梵希", "鸿星尔克", "周大福", "卡地亚", "珀莱雅",
    "雅马哈", "舒肤佳", "苏泊尔", "花西子", "波司登", "七匹狼", "欧莱雅", "宝格丽", "蜜雪冰城", "统一",
    "旺旺", "海鸥", "永久", "太平鸟", "小天鹅",
]
# what each mark's goods are called, in Chinese and (with a Latin name) in English; a common-word
# mark's Chinese goods each hold one of its product cues
GOODS_H28: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "回力": (("帆布鞋", "小白鞋", "篮球鞋"), ("canvas sneakers", "white plimsolls", "basketball shoes")),
    "蕉下": (("防晒衣", "遮阳伞", "防晒帽"), ("UV jacket", "sun umbrella", "sun hat")),
    "蒙牛": (("纯牛奶", "酸奶", "奶粉"), ("UHT milk", "yoghurt", "milk powder")),
    "浪琴": (("名匠腕表", "女士石英表", "机械腕表"), ("dress watch", "automatic watch")),
    "索尼": (("降噪耳机", "微单相机", "游戏机"), ("noise-cancelling headphones", "mirrorless camera",
                                             "games console")),
    "斐乐": (("老爹鞋", "运动外套", "网球裙"), ("chunky trainers", "track jacket", "tennis skirt")),
    "乐高": (("积木套装", "拼装积木", "人仔"), ("brick set", "minifigures")),
    "伊利": (("纯牛奶", "酸奶", "奶粉"), ("UHT milk", "yoghurt", "infant formula")),
    "戴森": (("吹风机", "无线吸尘器", "卷发棒"), ("hair dryer", "cordless vacuum", "hair styler")),
    "佳能": (("单反相机", "镜头", "喷墨打印机"), ("DSLR body", "zoom lens", "inkjet printer")),
    "海尔": (("冰箱", "滚筒洗衣机", "热水器"), ("fridge freezer", "washer", "water heater")),
    "大疆": (("无人机", "手持云台", "运动相机"), ("drone", "handheld gimbal", "action cam")),
    "红牛": (("功能饮料", "饮料整箱", "罐装功能饮料"), ("energy drink", "energy drink tray")),
    "大宝": (("SOD蜜", "护手霜", "保湿面霜"), ()),
    "白猫": (("洗洁精", "洗衣粉", "柠檬洗洁精"), ()),
    "洽洽": (("瓜子", "每日坚果", "焦糖瓜子"), ("sunflower seeds", "mixed nuts")),
    "比亚迪": (("车标", "刹车片", "车模"), ("car badge", "brake pads", "scale model car")),
    "立白": (("洗衣液", "洗洁精", "洗衣凝珠"), ("laundry liquid", "washing-up liquid", "laundry pods")),
    "老板": (("油烟机", "燃气灶", "侧吸油烟机"), ()),
    "燕京": (("啤酒", "纯生啤酒", "啤酒整箱"), ()),
    "施华洛世奇": (("水晶项链", "天鹅吊坠", "水晶耳钉"), ("crystal necklace", "swan pendant", "stud earrings")),
    "长城": (("干红葡萄酒", "葡萄酒礼盒", "汽车脚垫"), ()),
    "海天": (("酱油", "蚝油", "调味品礼包"), ()),
    "雪花": (("啤酒", "纯生", "罐装啤酒"), ()),
    "六神": (("花露水", "沐浴露", "驱蚊花露水"), ()),
    "骆驼": (("冲锋衣", "登山鞋", "三合一冲锋衣"), ()),
    "小熊": (("酸奶机", "电炖锅", "煮蛋器"), ()),
    "飞鸽": (("自行车", "单车", "复古自行车"), ()),
    "长虹": (("电视", "液晶电视", "空调"), ("smart TV", "air con unit")),
    "九阳": (("豆浆机", "破壁机", "空气炸锅"), ("soy milk maker", "blender", "air fryer")),
    "红豆": (("衬衫", "保暖内衣", "西服"), ("shirt", "thermal underwear", "suit")),
    "纪梵希": (("四宫格散粉", "口红", "香水"), ("loose powder", "lipstick", "perfume")),
    "鸿星尔克": (("跑鞋", "运动套装", "板鞋"), ("running shoes", "tracksuit", "skate shoes")),
    "周大福": (("足金手链", "黄金吊坠", "钻石戒指"), ("gold bracelet", "gold pendant", "diamond ring")),
    "卡地亚": (("手镯", "钻戒", "腕表"), ("bangle", "diamond ring", "wristwatch")),
    "珀莱雅": (("双抗精华", "面霜", "眼霜"), ("serum", "face cream", "eye cream")),
    "雅马哈": (("电钢琴", "民谣吉他", "电子琴"), ("digital piano", "acoustic guitar", "keyboard")),
    "舒肤佳": (("香皂", "沐浴露", "洗手液"), ("soap bar", "body wash", "hand wash")),
    "苏泊尔": (("电饭煲", "不粘锅", "高压锅"), ("rice cooker", "non-stick pan", "pressure cooker")),
    "花西子": (("散粉", "雕花口红", "眉笔"), ("setting powder", "carved lipstick", "brow pencil")),
    "波司登": (("羽绒服", "长款羽绒服", "鹅绒服"), ("down jacket", "long puffer", "parka")),
    "七匹狼": (("夹克", "皮带", "男士T恤"), ("jacket", "leather belt", "men's tee")),
    "欧莱雅": (("面霜", "洗发水", "眼霜"), ("moisturiser", "shampoo", "eye cream")),
    "宝格丽": (("蛇形手镯", "项链", "香水"), ("serpent bracelet", "necklace", "perfume")),
    "蜜雪冰城": (("珍珠奶茶粉", "草莓果酱", "冰淇淋粉"), ("milk tea powder", "strawberry jam")),
    "统一": (("方便面", "冰红茶", "老坛酸菜面"), ()),
    "旺旺": (("雪饼", "仙贝", "QQ糖"), ()),
    "海鸥": (("手表", "相机", "机械手表"), ()),
    "永久": (("自行车", "单车", "城市单车"), ()),
    "太平鸟": (("连衣裙", "卫衣", "风衣"), ("dress", "hoodie", "trench coat")),
    "小天鹅": (("洗衣机", "烘干机", "滚筒洗衣机"), ("washing machine", "tumble dryer")),
}
# eaten, drunk or used up on the skin or in the wash: resold unopened
SEALED_GOODS_H28 = frozenset({
    "蒙牛", "伊利", "红牛", "大宝", "白猫", "洽洽", "立白", "燕京", "海天", "雪花", "六神", "纪梵希",
    "珀莱雅", "舒肤佳", "花西子", "欧莱雅", "蜜雪冰城", "统一", "旺旺"})
# machines, vehicles, instruments and watches (an accessory or part is made for one); the rest are
# worn or built with (nominative use)
DEVICES_H28 = frozenset({
    "浪琴", "索尼", "乐高", "戴森", "佳能", "海尔", "大疆", "比亚迪", "老板", "小熊", "飞鸽", "长虹", "九阳",
    "雅马哈", "苏泊尔", "海鸥", "永久", "小天鹅"})

DIGITS_H28 = {"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "l": "1", "o": "0", "s": "5",
              "t": "7", "z": "2"}
SEPARATOR_NAMES_H28 = (
    "SHOPPING TROLLEY", "DELIVERY TRUCK", "HEAVY CHECK MARK", "LINK SYMBOL", "PUSHPIN",
    "HANDSHAKE", "OK HAND SIGN", "GLOWING STAR", "COLLISION SYMBOL", "RIGHTWARDS ARROW",
    "SMALL ORANGE DIAMOND", "WHITE SMALL SQUARE", "HYPHENATION POINT", "DIVISION SLASH",
    "FULLWIDTH SOLIDUS", "FULLWIDTH TILDE", "ZERO WIDTH NON-JOINER", "NARROW NO-BREAK SPACE",
    "BRAILLE PATTERN BLANK", "INVISIBLE SEPARATOR", "HALFWIDTH KATAKANA MIDDLE DOT",
    "TWO DOT LEADER")
BRACKET_NAMES_H28 = ("LEFT BLACK LENTICULAR BRACKET", "LEFT CORNER BRACKET",
                     "LEFT WHITE CORNER BRACKET", "MEDIUM LEFT PARENTHESIS ORNAMENT",
                     "SMALL LEFT PARENTHESIS", "LEFT WHITE CURLY BRACKET",
                     "LEFT SQUARE BRACKET WITH QUILL")
TWIN_SCRIPTS_H28 = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LATIN", "COPTIC",
                              "LISU"})
STYLED_H28 = (("FULLWIDTH LATIN CAPITAL LETTER {L}", "FULLWIDTH LATIN SMALL LETTER {l}"),
              ("MATHEMATICAL BOLD CAPITAL {L}", "MATHEMATICAL BOLD SMALL {l}"),
              ("MATHEMATICAL SANS-SERIF BOLD CAPITAL {L}",
               "MATHEMATICAL SANS-SERIF BOLD SMALL {l}"),
              ("MATHEMATICAL FRAKTUR CAPITAL {L}", "MATHEMATICAL FRAKTUR SMALL {l}"),
              ("MATHEMATICAL BOLD SCRIPT CAPITAL {L}", "MATHEMATICAL BOLD SCRIPT SMALL {l}"),
              ("CIRCLED LATIN CAPITAL LETTER {L}", "CIRCLED LATIN SMALL LETTER {l}"),
              ("MATHEMATICAL SANS-SERIF ITALIC CAPITAL {L}",
               "MATHEMATICAL SANS-SERIF ITALIC SMALL {l}"),
              ("LATIN LETTER SMALL CAPITAL {L}", "LATIN LETTER SMALL CAPITAL {L}"))
PRECOMPOSED_H28 = ("HOOK", "DOT ABOVE", "RING ABOVE", "CEDILLA", "DOUBLE ACUTE", "LINE BELOW",
                   "MIDDLE TILDE", "BAR", "CURL", "DIAERESIS", "CIRCUMFLEX", "INVERTED BREVE")
COMBINING_H28 = ("COMBINING DOT BELOW", "COMBINING LOW LINE", "COMBINING TILDE",
                 "COMBINING SHORT SOLIDUS OVERLAY", "COMBINING RING ABOVE", "COMBINING CEDILLA",
                 "COMBINING DOUBLE ACUTE ACCENT", "COMBINING CARON", "COMBINING MACRON BELOW")


def _named_h28(name: str) -> str:
    """The character Unicode calls ``name``, or "" where there is none."""
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return ""


def _cjk_h28(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fa5"


class Spellings28:
    """held_out_28's spellings, each from outside data: pypinyin's readings over the GB2312 and GBK
    charts of Python's codecs, OpenCC's conversions, confusable_homoglyphs' table and script
    aliases, and Unicode's character names."""

    _by_reading: dict[str, tuple[list[str], list[str], list[str]]] | None = None

    def __init__(self) -> None:
        from confusable_homoglyphs import categories
        from confusable_homoglyphs.utils import load
        from opencc import OpenCC
        from pypinyin import Style, lazy_pinyin, pinyin

        self._lazy, self._phrase, self._style = lazy_pinyin, pinyin, Style
        self._t2s, self._s2t = OpenCC("t2s"), OpenCC("s2t")
        self.separators = [c for c in map(_named_h28, SEPARATOR_NAMES_H28) if c]
        self.brackets = [(left, right) for left, right in (
            (_named_h28(n), _named_h28(n.replace("LEFT", "RIGHT", 1))) for n in BRACKET_NAMES_H28)
            if left and right]
        twins: dict[str, set[str]] = defaultdict(set)
        for key, entries in load("confusables.json").items():
            for entry in entries:
                pair = (key, entry["c"])
                for letter, glyph in (pair, pair[::-1]):
                    if (len(letter) == 1 and letter.isascii() and letter.isalpha()
                            and len(glyph) == 1 and not glyph.isascii()
                            and categories.alias(glyph) in TWIN_SCRIPTS_H28
                            and unicodedata.name(glyph, "")):
                        twins[letter].add(glyph)
        self.twins = {letter: sorted(glyphs) for letter, glyphs in twins.items()}
        if Spellings28._by_reading is None:
            Spellings28._by_reading = self._chart()

    def _chart(self) -> dict[str, tuple[list[str], list[str], list[str]]]:
        """Every simplified character of U+4E00-U+9FA5 by its toneless reading, in GB2312 level 1,
        level 2 and GBK-only lists."""
        chart: dict[str, tuple[list[str], list[str], list[str]]] = defaultdict(lambda: ([], [], []))
        for code in range(0x4E00, 0x9FA6):
            char = chr(code)
            try:
                lead = char.encode("gb2312")[0]
                tier = 0 if lead < 0xD8 else 1
            except UnicodeEncodeError:
                try:
                    char.encode("gbk")
                except UnicodeEncodeError:
                    continue
                tier = 2
            if self._t2s.convert(char) != char:
                continue
            chart[self.reading(char).rstrip("12345")][tier].append(char)
        return dict(chart)

    def reading(self, char: str) -> str:
        return self._lazy(char, style=self._style.TONE3, neutral_tone_with_five=True)[0]

    def readings(self, mark: str) -> list[str]:
        """The mark's syllables as pypinyin reads the phrase, tone-numbered."""
        return [r[0] for r in self._phrase(mark, style=self._style.TONE3,
                                           neutral_tone_with_five=True)]

    def _toneless(self, mark: str) -> list[str]:
        return [r.rstrip("12345") for r in self.readings(mark)]

    def initials_of(self, mark: str) -> str:
        return "".join(s[0] for s in self._toneless(mark))

    # -- homophones
    def _allowed(self, candidate: str, char: str) -> bool:
        """Not the character itself nor its traditional form (the chart holds no traditional-only
        form, so no candidate converts to the character either)."""
        return candidate != char and self._s2t.convert(char) != candidate

    def homophone(self, mark: str, rng: random.Random, taken: set[str]) -> str:
        toned = self.readings(mark)
        last = len(mark) - 1
        for _ in range(300):
            where = rng.choice(({0}, {last}, {rng.randrange(len(mark))},
                                set(rng.sample(range(len(mark)), min(2, len(mark)))),
                                set(range(len(mark)))))
            chars = list(mark)
            for i in where:
                level1, level2, gbk = self._by_reading.get(toned[i].rstrip("12345"), ([], [], []))
                same_tone = [c for c in level1 if self.reading(c) == toned[i]]
                tiers = [same_tone, level1, level2, gbk]
                start = rng.choices(range(4), weights=(5, 2, 2, 1))[0]
                for tier in tiers[start:] + tiers[:start]:
                    pool = [c for c in tier if self._allowed(c, mark[i])]
                    if pool:
                        chars[i] = rng.choice(pool)
                        break
            written = "".join(chars)
            if written != mark and not any(m in written for m in taken):
                return written
        raise ValueError(f"no homophone for {mark}")

    # -- separators
    def separated(self, text: str, rng: random.Random) -> str:
        """A separator put between letters or characters: one kind at every gap, a kind per gap,
        at one gap only, a pair at every gap, or (characters only) each in a bracket pair."""
        gaps = [i for i in range(1, len(text))
                if not text[i].isspace() and not text[i - 1].isspace()]
        style = rng.randrange(5)
        if style == 4 and self.brackets and all(_cjk_h28(c) for c in text):
            left, right = rng.choice(self.brackets)
            return "".join(left + c + right for c in text)
        if style == 2:
            gaps = [rng.choice(gaps)]
        one = rng.choice(self.separators)
        pair = one + rng.choice(self.separators)
        out = []
        for i, char in enumerate(text):
            if i in gaps:
                out.append(one if style in (0, 2, 4) else pair if style == 3
                           else rng.choice(self.separators))
            out.append(char)
        return "".join(out)

    # -- initials
    def initials(self, mark: str, rng: random.Random) -> str:
        low = self.initials_of(mark)
        up = low.upper()
        circled = "".join(_named_h28(f"CIRCLED LATIN CAPITAL LETTER {c}") or c for c in up)
        return rng.choice((
            low, up, "".join(c.upper() if i % 2 else c for i, c in enumerate(low)), "·".join(up),
            " ".join(low), "-".join(up), f"#{low}", "".join(chr(ord(c) + 0xFEE0) for c in low),
            circled, f"{up}家", f"{low}牌", f"「{up}」", "/".join(up), f"{'.'.join(up)}.",
            f"【{low}】"))

    # -- pinyin
    def pinyin(self, mark: str, rng: random.Random, latin: str = "") -> str:
        plain = self._toneless(mark)
        marked = [r[0] for r in self._phrase(mark)]
        numbered = self.readings(mark)
        shapes: list[Callable[[], str]] = [
            lambda: "".join(plain), lambda: "".join(plain).title(), lambda: "".join(plain).upper(),
            lambda: " ".join(plain), lambda: " ".join(plain).upper(), lambda: "".join(marked),
            lambda: " ".join(marked), lambda: "".join(numbered), lambda: " ".join(numbered),
            lambda: "-".join(p.title() for p in plain), lambda: "'".join(plain),
            lambda: "_".join(plain), lambda: mark[0] + "".join(plain[1:]),
            lambda: "".join(plain[:-1]) + mark[-1], lambda: f"#{''.join(p.title() for p in plain)}",
            lambda: f"{''.join(plain)}家的"]
        for _ in range(60):
            written = rng.choice(shapes)()
            if (mark not in written and any(c.isascii() and c.isalpha() for c in written)
                    and not (latin and latin.lower() in written.lower())):
                return written
        return " ".join(numbered)

    # -- look-alikes
    def confusable(self, text: str, rng: random.Random) -> str:
        letters = [i for i, c in enumerate(text) if c.isascii() and c.isalpha()]
        for _ in range(60):
            style = rng.randrange(4)
            chars = list(text)
            if style == 0:      # the confusables table's twins of other scripts
                spots = [i for i in letters if text[i] in self.twins]
                for i in rng.sample(spots, min(len(spots), rng.choice((1, 2, 3, len(spots))))):
                    chars[i] = rng.choice(self.twins[text[i]])
            elif style == 1:    # the whole word in a styled alphabet
                upper, lower = rng.choice(STYLED_H28)
                for i in letters:
                    form = upper if text[i].isupper() else lower
                    styled = _named_h28(form.format(L=text[i].upper(), l=text[i].lower()))
                    chars[i] = styled or text[i]
            elif style == 2:    # a letter or two with a precomposed accent
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
                    case = "CAPITAL" if text[i].isupper() else "SMALL"
                    chars[i] = _named_h28(f"LATIN {case} LETTER {text[i].upper()} WITH "
                                          f"{rng.choice(PRECOMPOSED_H28)}") or text[i]
            else:               # a combining mark after a letter or two
                for i in rng.sample(letters, min(len(letters), rng.choice((1, 2)))):
                    chars[i] = text[i] + _named_h28(rng.choice(COMBINING_H28))
            written = "".join(chars)
            if not written.isascii() and text.lower() not in written.lower():
                return written
        return "".join(self.twins[c][0] if c in self.twins else c for c in text)

    # -- digit swaps
    def digits(self, text: str, rng: random.Random) -> str:
        spots = [i for i, c in enumerate(text) if c.lower() in DIGITS_H28]
        where = rng.choice(([spots[0]], [spots[-1]], rng.sample(spots, min(2, len(spots))), spots))
        if len(where) > 1 and len(where) == sum(c.isalpha() for c in text):
            where = where[:-1]
        return "".join(DIGITS_H28[c.lower()] if i in where else c for i, c in enumerate(text))


def _price_h28(rng: random.Random, english: bool) -> str:
    if english:
        return rng.choice((
            f"₱{rng.randrange(350, 6500):,}", f"{rng.randrange(39, 690)} zł",
            f"€{rng.randrange(15, 390)}", f"£{rng.randrange(12, 320)}", f"A${rng.randrange(20, 450)}",
            f"C${rng.randrange(20, 420)}", f"Rs {rng.randrange(1500, 45000):,}",
            f"৳{rng.randrange(900, 25000):,}", f"{rng.randrange(150, 3500)} kr",
            f"${rng.randrange(15, 380)}", f"{rng.randrange(60, 1500)} lei"))
    return rng.choice((f"¥{rng.randrange(29, 2999)}", f"{rng.randrange(29, 2999)}元",
                       f"{rng.randrange(29, 999)}块", f"{rng.randrange(29, 999)}米",
                       f"到手价{rng.randrange(29, 2999)}", f"{rng.randrange(29, 999)}包邮"))


# offers: (account name, title, description); {w} the written mark, {p} the goods, {n} a price.
# Each holds a reason to call it a counterfeit without (mostly) saying so.
OFFERS_ZH_H28 = [
    ("铁岭老铁严选", "{w}{p} 老铁们看过来", "嘎嘎板正，{n}，跟专柜的一个模子出来的，就是没票没盒，整不整？"),
    ("春熙路的幺妹", "{w}{p} 巴适得板", "{n}安逸惨了，厂头流出来的，莫得小票莫得防伪码，要得就私我"),
    ("弄堂口小店", "{w}{p} 老灵额", "侬看看，{n}，店里卖老贵额，阿拉这里一样额东西，价钿一半，勿开发票"),
    ("银基批发二楼", "{w}{p} 中不中", "中！{n}一件，看着跟专柜一样，就是查不了防伪码，量大还能少"),
    ("赶大集的刘姐", "{w}{p} 集上现货", "逢五逢十赶集摆摊，{n}，标是俺们自己绣上去的，看着一模一样"),
    ("义乌源头工厂", "{w}{p} 源头工厂 一件代发", "{n}起，支持一件代发，吊牌包装齐全，品牌方没授权，过不了官方验货介意勿拍"),
    ("独立站出单王", "{w}{p} 跨境爆款", "{n}，工厂贴标直发海外，不走品牌授权，独立站和速卖通都能铺"),
    ("代工厂的二姐", "{w}{p} 员工内部价", "给牌子做代工多出来的一批，{n}，品牌方不知道，没过他们质检，别外传"),
    ("切片号小杨", "{w}{p} 直播间同款", "主播说的专柜品质，{n}，链接在橱窗，不支持去专柜验"),
    ("视频号带货阿姨", "{w}{p} 姐妹们冲", "{n}到手，和商场卖的放一起分不出来，价钱只有三分之一，就是官方不给售后"),
    ("鞋圈老炮", "{w}{p} 过不了得物那种", "实话实说过不了鉴定，上脚一个样，{n}，懂的来"),
    ("夜里摆摊的小吴", "{w}{p} 地摊价", "{n}，官方价的零头，该有的标签都有，别问哪来的"),
    ("社区团长小芳", "{w}{p} 团长福利", "团长自己的渠道，{n}，不是品牌货源，保真不了但是好用"),
    ("庙会摊主老郭", "{w}{p} 庙会特价", "{n}一件，三件更便宜，商标是后印上去的，图个便宜"),
    ("外贸原单老周", "{w}{p} 外贸原单", "出口转内销的原单货，{n}，没有授权书也没有小票，专柜不认"),
    ("厦门阿伯", "{w}{p} 真俗", "真俗哦，{n}，工厂尾货，无吊牌无单据，爱就来"),
    ("县城精品店", "{w}{p} 县城独家", "我们县城独一家，{n}，品牌从没授权过我们，但货看着一样"),
    ("小黄车好物", "{w}{p} 小黄车福利", "{n}拍下，价格只有官方的十分之一，收到别拿去专柜比"),
    ("私域小助理", "{w}{p} 加V看货", "{n}，平台不让上架这个牌子，加V发实拍，走转账不走平台"),
    ("白云皮具城阿坤", "{w}{p} 档口现货", "档口现货，{n}，刻字五金都做了，就是没有身份卡和小票"),
    ("东莞代工厂", "{w}{p} 代工厂私货", "给品牌代工的厂子自己多做的，{n}，没经品牌同意，包装另配"),
    ("宿舍楼下的学长", "{w}{p} 便宜出", "{n}，没票没盒，官方价十分之一，别问真不真"),
    ("莆田鞋厂直营", "{w}{p} 高仿 纯原版本", "纯原版本，{n}，和正品对比图私聊拿"),
    ("潮牌复刻屋", "{w}{p} 复刻 顶级做工", "{n}，复刻里最好的一档，送全套包装"),
    ("一比一工作室", "{w}{p} 1:1还原", "{n}，1:1还原专柜细节，不退不换"),
]
OFFERS_EN_H28 = [
    ("onhand_ph_finds", "{w} {p} class A onhand", "Class A po, {n}, COD Metro Manila, PM for actual pics"),
    ("pasabuy_ph_oem", "{w} {p} OEM stocks", "OEM from the factory po, {n}, walang box, meet up QC or Makati"),
    ("olx_warszawa_nowe", "{w} {p} nowe, tanio", "Nowe, {n}, jakość jak oryginał, bez paragonu i metki ze sklepu, wysyłka InPost"),
    ("marktplaats_utrecht", "{w} {p} nieuw", "Nieuw, {n}, zelfde fabriek maar niet via het merk, geen bon, ophalen in Utrecht"),
    ("wallapop_madrid_aaa", "{w} {p} a estrenar", "{n}, calidad AAA, sin ticket ni caja, envío por Wallapop"),
    ("blocket_goteborg", "{w} {p} ny", "{n}, från fabrik i Kina, inte från märkets butik, inget kvitto, kan skickas"),
    ("daraz_lahore_deals", "{w} {p} AAA master quality", "{n}, AAA master quality with logo, cash on delivery all Pakistan"),
    ("dhaka_surplus_hub", "{w} {p} export surplus", "Export surplus with logo, {n}, not from the brand outlet, home delivery Dhaka"),
    ("fb_mp_houston", "{w} {p} brand new", "Brand new, {n}, from my supplier overseas, not sold in stores, no receipt, cash or Zelle"),
    ("gumtree_leeds_bnwt", "{w} {p} BNWT", "BNWT, {n}, unauthorised stock, won't pass a legit check so priced to go, collection only"),
    ("gumtree_parramatta", "{w} {p} heaps cheap", "Heaps cheap at {n}, factory seconds with the logo sewn on here, pick up Parramatta"),
    ("kijiji_scarborough", "{w} {p} UA", "UA (unauthorized authentic), {n}, same factory, no brand QC, pickup only"),
    ("mkt_stuffed_title", "{w} {p} Original Style Premium Quality Men Women Gift", "Original style with logo, {n}, ships from overseas warehouse, no brand warranty"),
    ("swapmeet_booth14", "{w} {p} swap meet prices", "Booth 14 this Sunday, {n}, the ones the mall sells for ten times more, no tags"),
    ("olx_cluj_premium", "{w} {p} nou, calitate premium", "{n}, calitate premium, fără factură, adus din Turcia, livrare prin curier"),
    ("athens_kalo_deal", "{w} {p} καινούργιο", "{n}, ποιότητα Α, χωρίς απόδειξη, όχι από κατάστημα της μάρκας, αποστολή ACS"),
    ("rep_top_grade", "{w} {p} replica top grade", "{n}, replica top grade, tracking provided"),
]
# resale and plain sales of real goods with their proof: (account name, title, description)
RESALE_ZH_H28 = [
    ("沈阳大姐闲置", "{m}{p} 自个儿用不上", "商场专柜买的，小票还在，按小票价六折出，沈阳同城自提"),
    ("成都闲置妹儿", "出{m}{p} 发票保卡齐", "太古里专卖店买的，发票保卡都在，原价七折，可以一起去专柜验"),
    ("上海阿姨转让", "{m}{p} 九成新", "恒隆门店买额，发票原件给侬，打个对折，弄堂口面交"),
    ("搬家清仓老王", "{m}{p} 搬家转", "京东自营买的，订单截图可查，半价，周末自提"),
    ("得物买多了", "{m}{p} 带得物鉴别证书", "得物买的，鉴别证书和防伪扣都在，比入手价少两成，现货"),
    ("二奢店小周", "二手{m}{p} 店内在售", "本店二手货每件附购买凭证和第三方鉴定，标价是新品的五到七折，支持到店验"),
    ("抽奖手气王", "年会抽到{m}{p}，转了", "公司年会奖品，采购发票复印件一起给，全新，按发票价八折"),
    ("要毕业的学姐", "毕业前出{m}{p}", "大一在官网买的，邮件订单还在，四折带走，宿舍楼下面交"),
    ("以新替旧", "{m}{p} 家里换了新款，旧的出", "官方售后修过一次，维修单和保修卡都在，原价三折"),
    ("走验货宝", "{m}{p} 支持验货宝", "走平台验货，验不过全额退，专柜小票在，九成新按六折"),
    ("海淘多买", "{m}{p} 海淘多买了一件", "品牌官网海淘，清关单和订单邮件都有，按到手成本出，现货秒发"),
    ("出租屋清空", "{m}{p} 便宜转，有序列号", "专卖店买的，序列号可以去官网查，半价出"),
    ("县城专卖店买的", "{m}{p} 现货 按原价出", "县里专卖店买的，送人没送出去，票和包装都在"),
]
RESALE_SEALED_ZH_H28 = [
    ("单位福利多了", "{m}{p} 全新没开", "单位发的福利，外箱封条完好，生产日期近，按超市价七折"),
    ("超市囤多了", "{m}{p} 未开封", "超市大促囤多了，小票拍给你，按小票价出，同城送"),
    ("亲戚寄来的", "{m}{p} 整箱没拆", "亲戚在大超市买的，购物小票一起，比超市便宜一成"),
    ("孕期囤货", "{m}{p} 全新没拆", "宝宝出生前囤的，旗舰店订单可查，八折出"),
    ("海南免税带回", "{m}{p} 免税店购", "海南免税店买的，提货单和小票都在，封膜完好，按免税价出"),
    ("官方直播间抢多", "{m}{p} 官方直播间买的", "官方直播间抢多了，订单号给你查，原价转"),
    ("小卖部关门", "{m}{p} 店里剩的货", "小卖部不开了，剩的都是从经销商进的，进货单在，按进价出"),
    ("宿舍清仓", "{m}{p} 没拆过", "学校超市买的，小票在，半价"),
    ("搬家不带了", "{m}{p} 原封", "京东下单，订单截图加封口完好，按订单价九折"),
]
RESALE_EN_H28 = [
    ("ph_preloved_legit", "Preloved {m} {p} legit", "Bought at the SM Megamall store, with receipt, half the price, meetup Ortigas"),
    ("olx_krakow_oryginal", "{m} {p} oryginał z paragonem", "Kupione w salonie, paragon i gwarancja, połowa ceny"),
    ("marktplaats_met_bon", "{m} {p} met bon", "Gekocht in de winkel, bon en garantie aanwezig, voor de helft van de prijs"),
    ("wallapop_con_ticket", "{m} {p} con ticket", "Comprado en El Corte Inglés, con ticket, a mitad de precio"),
    ("ebay_uk_receipted", "Genuine {m} {p} with receipt", "Bought from John Lewis, receipt and box, 60% of what I paid, collection or post"),
    ("fb_mp_moving_sale", "{m} {p} - moving sale", "Bought at the brand store last year, have the receipt, half what I paid, porch pickup"),
    ("daraz_outlet_bill", "{m} {p} from the brand outlet", "Bought at the outlet in Dolmen Mall, bill attached, 30% off the bill"),
    ("kijiji_warranty", "{m} {p} still under warranty", "Registered on the brand's site, warranty transfers, offers near 70% of retail"),
]
RESALE_SEALED_EN_H28 = [
    ("pantry_clearout_ph", "{m} {p} sealed po", "Sealed, bought at the grocery, receipt included, same as the shelf price"),
    ("uk_hamper_extra", "{m} {p} unopened from a hamper", "Christmas hamper extra, unopened, gift receipt, half the shop price"),
    ("nl_verzegeld", "{m} {p} verzegeld", "Nog verzegeld, bon erbij, 50% van de winkelprijs"),
    ("au_double_up", "Spare {m} {p}, still unopened", "Got two at the supermarket, receipt here, what I paid"),
    ("pl_zafoliowane", "{m} {p} zafoliowane", "Nieotwierane, paragon z drogerii, cena jak w sklepie"),
]
# warnings: (account name, title, description); {w} the mark as written, quoted six ways; many
# quote the offer they warn about, its counterfeit words and price
WARNINGS_ZH_H28 = [
    ("12315小助手", "有人在群里卖“{w}”{p}“1:1原单”，别上当", "群里广告写着“{w}{p} 1:1 原单 {n}”，这类低价货基本是假冒，买了维权难。"),
    ("东北反诈老王", "老铁注意：「{w}」{p}“专柜品质”都是忽悠", "所谓「{w}」专柜品质、工厂尾单，说白了就是仿品，老铁别贪便宜。"),
    ("消费维权律师", "问：在闲鱼卖高仿『{w}』{p}犯法吗？", "答：犯法。明知是假冒『{w}』的{p}还去卖，可能构成销售假冒注册商标的商品罪。"),
    ("普法课代表", "能不能卖‘{w}’的A货{p}？", "不能。‘{w}’是注册商标，A货再像也是侵权，卖了要担责。"),
    ("知识产权法官", "'{w}'{p}复刻款能卖吗？法官这样说", "复刻只是好听的说法，标着'{w}'的复刻{p}就是假冒商品。"),
    ("区市场监管所", "关于近期\"{w}\"{p}假冒商品的提示", "有商家以\"原厂尾货\"\"员工内购\"名义低价售卖\"{w}\"{p}，经鉴定均为假冒。"),
    ("海关缉私播报", "海关查获侵犯“{w}”商标权的{p}", "海关查扣一批标有“{w}”商标的{p}，经权利人确认为侵权货物。"),
    ("法院微信号", "卖假冒「{w}」{p}，两人获刑", "二人在直播间以“专柜品质”为名卖假冒「{w}」{p}，被判处有期徒刑。"),
    ("被坑的宝妈", "买到假的『{w}』{p}了，大家避雷", "主播说“{w}原厂货，{n}”，收到后官方客服说防伪码查无此码。"),
    ("鉴定师小陈", "‘{w}’{p}真假对比", "左边正品右边假货，字体、做工、包装都有差别，拿不准就找官方。"),
    ("反诈民警", "'{w}'{p}“刷单返现”是骗局", "对方说先买'{w}'{p}再返钱，其实是诈骗，已有多人上当。"),
    ("省消协", "消协提醒：\"{w}\"{p}认准官方渠道", "近期投诉集中在社交平台低价\"{w}\"{p}，请保留证据及时投诉。"),
    ("打假up主老K", "实测三家“{w}”{p}“厂货”：全是假的", "买了三家号称“{w}厂货”的{p}，送检后没有一件是正品。"),
    ("律师答网友", "问：我只是转卖别人的「{w}」{p}A货，也违法吗？", "也违法，转卖同样是销售侵权商品，数额大的要追究刑事责任。"),
    ("品牌保护志愿者", "看到“{w}”{p}“1比1”广告怎么办", "截图、记下店铺名，向平台和品牌方举报，别去下单。"),
    ("网格员小丁", "提醒居民：楼下地摊『{w}』{p}是假货", "有居民反映地摊上卖『{w}』{p}，价格只有商场零头，已通知市场监管。"),
    ("消费周刊记者", "调查：‘{w}’{p}“工厂尾单”从哪来", "记者暗访发现，所谓‘{w}’工厂尾单多是小作坊仿制。"),
    ("群主公告", "本群禁止发'{w}'{p}高仿广告", "再看到有人发'{w}'高仿{p}的链接，直接移出群聊。"),
    ("铁岭二舅吐槽", "在集上买的\"{w}\"{p}，回家一看是假的", "摊主说\"{w}正品，{n}\"，回家对着官网一比，标都是歪的。"),
    ("律师王一", "“{w}”{p}代购说是“尾单”，能买吗？", "尾单说法多是幌子，买来自用一般不追责，但别转卖。"),
    ("平台治理公告", "平台下架一批假冒「{w}」{p}", "经权利人投诉，平台下架假冒「{w}」{p}链接，并对店铺处罚。"),
    ("打假老兵", "『{w}』{p}：价格就是最好的鉴定", "正价要好几倍的『{w}』{p}，有人卖{n}，你说能是真的吗？"),
]
WARNINGS_EN_H28 = [
    ("ph_consumer_watch", "PSA: \"{w}\" {p} sold as class A are fakes", "Pages selling \"{w}\" {p} as \"class A\" or \"OEM\" are selling counterfeits. Buy from the official store."),
    ("uk_trading_standards", "Trading Standards warning on fake '{w}' {p}", "Officers seized counterfeit '{w}' {p} at a car boot sale; the sellers called them 'factory seconds'."),
    ("ip_lawyer_pl", "Can I sell ‘{w}’ {p} labelled “AAA quality”?", "No. Putting ‘{w}’ on goods its owner did not make is infringement, whatever grade you call it."),
    ("legal_qa_au", "Is it illegal to resell a fake “{w}” {p} I was given?", "Selling it is. Keeping it for yourself is generally not an offence."),
    ("scam_alert_ca", "Scam: 「{w}」 {p} \"UA\" sellers on Kijiji", "\"UA\" is just another word for fake; 「{w}」 has no unauthorized authentic stock."),
    ("buyer_rotterdam", "Got a fake 『{w}』 {p} from Marktplaats", "Seller said 『{w}』 {p}, new, {n}, same factory. It fell apart in a week."),
    ("customs_pk_news", "Customs seize counterfeit ‘{w}’ {p} in Karachi", "A consignment of counterfeit ‘{w}’ {p} marked 'master quality' was seized at the port."),
    ("mod_fb_group", "Mod post: no '{w}' {p} 'AAA' listings here", "Posts selling '{w}' {p} described as AAA, 1:1 or replica will be removed."),
    ("court_report_es", "Court fines Wallapop seller over fake \"{w}\" {p}", "The seller listed \"{w}\" {p} as 'calidad AAA'; the court found trademark infringement."),
    ("consumer_tips_us", "How to tell a real “{w}” {p} from a fake", "Buy from authorised retailers; a price far below retail is the first sign."),
]
# reviews, news and questions: (account name, title, description); {m} the mark, {p} the goods
REVIEWS_ZH_H28 = [
    ("测评阿东", "{m}{p}买了半年说说感受", "优点是品质稳定，缺点是价格偏高，售后响应挺快。"),
    ("开箱小分队", "{m}{p}到了，开箱", "京东自营下单，第二天就到了，开箱看看做工。"),
    ("新手提问", "自己用过的{m}{p}能在闲鱼卖吗？", "正品，有小票，想转手，需要注意什么？会不会被当成卖假货？"),
    ("法律咨询", "问：把别人送我的{m}{p}转卖，合法吗？", "东西是正品，就是没有小票，这样卖算不算侵权？"),
    ("宝妈日记", "家里换了{m}{p}", "对比了好几家，最后选了{m}，用着挺顺手。"),
    ("东北老铁测评", "{m}{p}嘎嘎好使", "整了仨月了，质量没毛病，就是贵点。"),
    ("四川耍友", "{m}{p}巴不巴适", "安逸，实话实说比我之前那个好用。"),
    ("较真测评", "{m}{p}值不值这个价", "和同价位几款放一起比，{m}{p}品质稳定，就是贵一点。"),
    ("参数党", "{m}{p}和国产平价款对比", "平价款没有任何标，只是拿来和{m}{p}比一下参数。"),
    ("小白求助", "专柜买的{m}{p}和网上的包装不一样，正常吗？", "商场专柜买的，和网上图片包装不同，是换包装了吗？"),
    ("开店咨询", "想开店卖{m}{p}，需要授权吗？", "想开个小店卖正品，进货渠道怎么找？要不要品牌授权？"),
    ("财报速读", "{m}发布新一季{p}", "{m}今年主推{p}，线上线下同步上新。"),
    ("设计博物馆", "{m}历年{p}设计回顾", "展览按年份陈列{m}的{p}，能看到设计的变化。"),
    ("跨境电商问答", "能在亚马逊卖{m}{p}吗？", "从正规经销商进的正品，转卖到海外平台要注意什么？"),
    ("十年老用户", "家里一直用{m}{p}，十几年了", "从我妈那辈开始就用，品质一直稳定。"),
    ("攒钱的大学生", "攒钱买了{m}{p}", "官网下单，开箱那一刻太开心了。"),
    ("行业新闻", "{m}在县城开了专卖店", "{m}下沉到县城，新店主推{p}。"),
    ("验货小课堂", "买二手{m}{p}怎么避坑", "认准购买凭证，能走平台验货就走验货。"),
    ("过日子的阿珍", "{m}{p}的正确打开方式", "先看说明书再用，能少走不少弯路。"),
    ("提问箱", "{m}{p}在免税店买划算吗？", "听说免税店便宜一些，有没有买过的说说。"),
    ("看直播下单的", "{m}官方直播间买的{p}到了", "看官方直播间下的单，今天到了，和直播里一样。"),
]
REVIEWS_EN_H28 = [
    ("unboxing_ph", "Finally unboxing the {m} {p}", "Got it from the official store on Lazada, legit seller."),
    ("question_resell", "Can I resell my {m} {p} on Marketplace?", "It's genuine and I have the receipt. Anything I should know?"),
    ("legal_question_uk", "Is it legal to sell a second-hand {m} {p}?", "Bought from the shop, used twice. Can I list it on eBay?"),
    ("review_pl", "{m} {p} after a year", "Still works like day one, worth the money."),
    ("comparison_blog", "{m} {p} vs a no-name alternative", "The no-name one has no logo; I compare them on price and build."),
    ("history_nerd", "The story behind {m} {p}", "How {m} built its {p} line."),
    ("is_this_real_au", "Op shop find: is this {m} {p} real?", "Bought it at an op shop for cheap. Pics attached, can anyone tell?"),
    ("news_ca", "{m} opens a flagship in Toronto", "The store carries the full range of {p}."),
    ("review_es", "Mi {m} {p}: opinión sincera", "Lo compré en la tienda oficial; muy contento."),
    ("starting_shop_q", "Do I need permission to sell {m} {p} in my shop?", "I'd buy genuine stock from a wholesaler. Do I need the brand's authorisation?"),
]
# the owner's and its authorised shop's own posts: (signer, account name, title, text)
AUTHORISED_H28 = [
    ("owner", "{m}官方", "{m}{p}新品今日起售", "{m}新款{p}今天起在官方旗舰店和全国门店发售。"),
    ("owner", "{m}官方", "{m}关于冒用名义销售的声明", "近期有人冒用{m}名义卖“员工内购”“工厂尾单”{p}，{m}从未授权此类渠道。"),
    ("owner", "{m}官方", "{m}正品查验方法", "收到{m}{p}后，扫描包装上的二维码即可查验真伪。"),
    ("owner", "{m}官方", "{m}县城专卖店招商", "{m}面向县城招募授权经销商，主营{p}。"),
    ("owner", "{m}官方", "{m}旧品折价换新", "旧{p}可折价换购{m}新品，详情见门店。"),
    ("owner", "{m}官方", "{m}官方直播今晚开播", "{m}{p}新品今晚直播首发，只在官方账号。"),
    ("owner", "{m}官方", "{m}关于第三方配件的说明", "第三方配件与{m}{p}无关，{m}只对原装配件保修。"),
    ("owner", "{m}官方", "{m}年度公益", "{m}今年向乡村学校捐赠{p}。"),
    ("owner", "{m}官方", "{m}产品召回通知", "{m}对部分批次{p}主动召回，可到门店免费更换。"),
    ("owner", "{m}官方", "{m}联名款预告", "{m}联名{p}下周发售，请认准官方渠道。"),
    ("owner", "{m}官方", "{m}售后网点查询", "{m}{p}维修请到官方售后网点，非官方维修不保修。"),
    ("shop", "{m}授权店", "{m}授权店新品到店", "{m}{p}新款到店，授权证书在收银台，欢迎查看。"),
    ("shop", "{m}授权店", "{m}授权店店庆", "店庆三天，{m}{p}满额赠礼。"),
    ("shop", "{m}授权店", "{m}授权店提醒", "本店只卖{m}正品{p}，外面说的“同厂货”与本店无关。"),
    ("shop", "{m}授权店", "{m}授权店开业", "{m}授权店在万达二楼开业，{p}全系列在售。"),
    ("shop", "{m}授权店", "{m}授权店预售", "{m}{p}预售开启，到店登记即可。"),
    ("shop", "{m}授权店", "{m}授权店会员日", "会员到店买{m}{p}积分翻倍。"),
    ("shop", "{m}授权店", "{m}授权店今晚直播", "今晚店里直播讲{m}{p}怎么挑。"),
    ("shop", "{m}授权店", "{m}授权店售后说明", "在本店买的{m}{p}凭小票全国联保。"),
    ("shop", "{m}授权店", "{m}授权店搬新址", "{m}授权店搬到步行街东口，{p}照常销售。"),
    ("shop", "{m}授权店", "{m}授权店换季清仓", "{m}过季{p}清仓，都是正品，可开发票。"),
    ("shop", "{m}授权店", "{m}授权店防伪讲解", "教大家在店里扫码查验{m}{p}真伪。"),
]
# nominative use: accessories, parts and services for a mark's goods, by kind
NOMINATIVE_ZH_H28 = {
    "device": [
        ("数码配件铺", "兼容{m}{p}的替换配件", "兼容{m}{p}，第三方配件，非原装，无品牌标识。"),
        ("独立维修铺", "{m}{p}维修", "非官方维修点，{m}{p}常见故障都能修，换的是第三方配件。"),
        ("耗材小店", "{m}{p}适用的替换件", "适用于{m}{p}，国产替换件，非原厂，价格便宜一半。"),
        ("收纳架工作室", "{m}{p}专用收纳架", "按{m}{p}尺寸做的收纳架，自有品牌，和官方无关。"),
        ("防尘罩小哥", "{m}{p}防尘罩", "给{m}{p}定做的防尘罩，第三方出品。"),
        ("旧货回收站", "上门收旧{m}{p}", "回收旧{m}{p}，上门评估，当场结算。"),
        ("教程博主", "{m}{p}新手教程", "手把手教你用{m}{p}，从开箱到设置。"),
    ],
    "wear": [
        ("旧物改造", "{m}{p}改尺寸改款", "把{m}{p}改大改小、换样式，独立工作室，不是品牌售后。"),
        ("护理工坊", "{m}{p}翻新护理", "{m}{p}清洁、补色、修五金，独立工坊。"),
        ("鉴定中心", "{m}{p}真伪鉴定", "鉴定{m}{p}，出具纸质报告，按件收费。"),
        ("配件小店", "适配{m}{p}的替换扣件", "适配{m}{p}的替换扣件和带子，非原厂，无标。"),
        ("穿搭博主", "{m}{p}一周搭配", "同一件{m}{p}，搭出五种风格。"),
        ("收纳达人", "{m}{p}怎么收纳不变形", "分享我收纳{m}{p}的小方法。"),
        ("清洗门店", "{m}{p}清洗保养", "帮大家清洗{m}{p}，我们是独立门店，不代表品牌。"),
    ],
    "consumable": [
        ("过日子的小技巧", "{m}{p}的三种用法", "家里常备{m}{p}，今天分享三种用法。"),
        ("空瓶小铺", "装{m}{p}的旅行空瓶空罐", "只卖空瓶空罐，适合分装自己的{m}{p}出门用，无品牌。"),
        ("试用笔记", "{m}{p}新包装试用", "{m}{p}换了新包装，说说和老款的区别。"),
        ("整理师阿敏", "放{m}{p}的收纳盒", "给{m}{p}买的收纳盒，放柜子里刚好。"),
        ("宝妈说", "{m}{p}开封后能放多久", "{m}{p}开封后最好尽快用完，放阴凉处。"),
        ("包装设计迷", "{m}{p}包装变迁", "从老包装到新包装，{m}{p}的设计越来越简洁。"),
        ("礼盒定制", "{m}{p}礼盒包装服务", "你买好{m}{p}，我们帮你装成礼盒，只收包装费。"),
    ],
}
NOMINATIVE_EN_H28 = {
    "device": [
        ("parts_depot_ph", "Accessories compatible with {m} {p}", "Compatible with {m} {p}, third-party, non-original, no logo."),
        ("fix_it_leeds", "{m} {p} repairs", "Independent repair shop, not affiliated with {m}."),
        ("aftermarket_pl", "Spare parts that fit {m} {p}", "Aftermarket parts for the {m} {p}; not made by {m}."),
        ("howto_channel", "{m} {p} setup guide", "Step-by-step setup for a new {m} {p}."),
    ],
    "wear": [
        ("auth_lab_au", "{m} {p} authentication service", "We check {m} {p} and issue a written report."),
        ("resize_nl", "Resizing and alterations for {m} {p}", "Independent workshop; we resize and alter {m} {p}."),
        ("cleaning_ca", "Deep clean for your {m} {p}", "Independent cleaning for {m} {p}, not an official service."),
        ("styling_es", "How I style my {m} {p}", "Five looks with one {m} {p}."),
    ],
    "consumable": [
        ("everyday_uses_ph", "Ways I use {m} {p}", "Three everyday uses for {m} {p} at home."),
        ("empty_bottles", "Travel bottles for {m} {p}", "Empty travel bottles and tins only, sized for your own {m} {p}."),
        ("first_try_uk", "{m} {p}: first impressions", "Tried {m} {p} for the first time, honest thoughts."),
        ("storage_au", "How long does {m} {p} keep?", "Once opened, keep {m} {p} cool and use it soon."),
    ],
}
# everyday sentences pypinyin reads like one of the part's marks, writing none
SOUND_ALIKE_H28 = [
    "下雨天路滑，走路要看脚下", "脚下这条石板路是太爷爷那辈铺的", "风筝线一松手就飞了",
    "熬了一宿的方案被否了，一晚上白费了", "他学书法十年不间断，特别有毅力", "村口那棵老槐树屹立了一百多年",
    "这个药一次吃一粒就够了", "大家能不能小点声，孩子刚睡着", "这事儿只要大家能理解就行",
    "小孩儿都爱吃冰棍", "院子里几个小孩儿追着鸡跑", "年会抽中了大奖，全家高兴了一晚上",
    "沿着大江一直往东走就到了", "吃不完的菜打包带走", "奶奶头上又添了几根白毛",
    "结果恰恰相反，他比谁都认真", "周末去学交谊舞，恰恰和伦巴都学了", "李白的诗我小时候背了好多",
    "熬夜看书最伤眼睛", "爸爸换了一副新眼镜", "女儿报了个学画的班，周六上课",
    "过马路要留神，别低头刷手机", "久仰大名，今天终于见到了", "我们俩同一天入职",
    "站在阳台上往远处望望", "过年回家给长辈的回礼准备好了", "牛棚里那头猛牛谁也拉不住",
    "帽子差点被大风吹飞了", "他在作文比赛里拿了大奖", "山顶往下看，整座城都在脚下",
    "眼睛干就少看会儿手机", "久仰这家老面馆，今天终于吃上了", "同一首歌他听了一整天",
    "打包了两份饺子给加班的同事", "用积木1:1复刻了村口那棵屹立百年的老槐树",
    "照着老照片复刻了外公戴过的眼镜框", "按1:1比例画了爷爷那辆老车的图纸，留神别画错",
    "照着奶奶的方子复刻了腊肉，打包带回学校", "1:1复刻了小时候学画用的那块画板",
    "复刻了一遍李白走过的蜀道",
]
SOUND_ALIKE_FRAMES_H28 = [("{s}", ""), ("", "{s}"), ("{s}", "随手记一笔 #生活"), ("碎碎念", "{s}")]
# the part's common-word marks in their ordinary sense (some beside their own product words), and
# English words that are one of its Latin names
COMMON_SENSE_H28 = [
    "田埂上一头红牛在吃草", "画里那头红牛是用朱砂画的", "田埂上一头红牛在吃草，放牛娃手边放着一瓶饮料",
    "大宝今天自己学会涂面霜了", "大宝抢了妹妹的护手霜，两个人吵了一下午", "我家大宝上一年级了",
    "楼下那只白猫天天趴在车顶晒太阳", "白猫跳上洗衣粉的箱子睡着了", "邻居家的白猫生了四只小猫",
    "我们老板今天请全组吃火锅", "老板家里的油烟机坏了，叫我帮忙找师傅", "面馆老板说汤是熬了一夜的",
    "爷爷说燕京是北京的老叫法", "燕京大学的老校友聚会，喝了不少啤酒", "这本书讲的是燕京旧事",
    "第一次爬长城，下来腿都在抖", "长城脚下停满了旅游大巴和SUV", "在长城上拍了好多照片",
    "站在海边只见海天一色", "海天之间飞过一群鸟", "这幅画的海天交界处画得真好",
    "半夜窗外飘起了雪花", "雪花落在啤酒杯沿上，一会儿就化了", "小侄子伸手去接雪花，接一片化一片",
    "他急得六神无主，连花露水都打翻了", "听到消息她六神无主", "考试前一晚我六神无主",
    "沙漠里一队骆驼慢慢走过", "骆驼队后面跟着几个穿冲锋衣的游客", "动物园的骆驼在嚼干草",
    "女儿抱着小熊玩偶在沙发上睡着了", "小熊玩偶旁边放着新买的煮蛋器", "森林里一只小熊在掏蜂蜜",
    "古时候用飞鸽传书", "他骑着自行车，抬头看天上的飞鸽", "广场上的飞鸽一哄而散",
    "雨停了，天边挂着一道长虹", "一道长虹横在电视塔上空", "那座桥像长虹卧波",
    "语文课上老师讲红豆为什么叫相思子", "红豆粥熬好了，快来喝", "她穿着白衬衫，念了一句红豆生南国",
    "大家统一一下意见", "统一口径之后，大家去吃了方便面", "运动会那天全班统一穿白T",
    "我家狗叫旺旺", "旺旺叼着一袋雪饼跑回来了", "祝大家生意旺旺",
    "海鸥从头顶飞过，我赶紧拿相机", "码头上的海鸥一点也不怕人", "冬天昆明的海鸥又回来了",
    "毕业合照我要永久保存在网盘里", "永久居留证办下来那天，我骑单车去庆祝", "这份友谊永久不变",
    "湖里游着一只小天鹅", "小天鹅在湖里游，岸边有人在晾刚从洗衣机里拿出的床单", "女儿跳了一段小天鹅舞",
    "The terracotta warriors are in Xi'an", "My grandmother is a real warrior",
    "The string quartet played the Canon in D as she walked in",
    "These poems belong to the canon of Tang verse",
    "A red bull stood alone in the paddy field", "We learned the chachacha at the dance class",
    "The new rules safeguard the village's water supply",
]
COMMON_FRAMES_H28 = {"zh": [("{s}", ""), ("", "{s}"), ("{s}", "#今日份日常")],
                     "en": [("{s}", ""), ("", "{s}"), ("{s}", "#dailylife")]}
VIEWERS_H28 = ["铁岭的二舅", "成都的幺妹", "上海弄堂的阿婆", "郑州的老张", "义乌做外贸的小楼",
               "马尼拉的阿Joy", "华沙留学的小周", "鹿特丹的阿Ben", "马德里开餐馆的老林", "拉合尔的王工",
               "多伦多的陈姐", "悉尼打工的阿杰"]


PHRASING_H28 = Phrasing(
    "held_out_28", GOODS_H28, _price_h28, (OFFERS_ZH_H28, OFFERS_EN_H28),
    (RESALE_ZH_H28, RESALE_EN_H28), (RESALE_SEALED_ZH_H28, RESALE_SEALED_EN_H28), SEALED_GOODS_H28,
    (WARNINGS_ZH_H28, WARNINGS_EN_H28), (REVIEWS_ZH_H28, REVIEWS_EN_H28), AUTHORISED_H28,
    SOUND_ALIKE_H28, SOUND_ALIKE_FRAMES_H28, COMMON_SENSE_H28, COMMON_FRAMES_H28, VIEWERS_H28)


def _nominative_h28(rng: random.Random) -> list[Case]:
    """Three nominative-use posts per brand: parts, compatible goods, repairs, authentication and
    care for the mark's goods, in English (its Latin name) about one time in three where it has
    one, else in Chinese."""
    loaded = _loaded_marks()[0]
    out = []
    for mark in MARKS_H28:
        brand = loaded[mark]
        kind = ("device" if mark in DEVICES_H28 else
                "consumable" if mark in SEALED_GOODS_H28 else "wear")
        chinese, english = GOODS_H28[mark]
        for _ in range(3):
            in_english = bool(english) and rng.random() < 0.33
            templates = NOMINATIVE_EN_H28[kind] if in_english else NOMINATIVE_ZH_H28[kind]
            name, title, text = rng.choice(templates)
            fields = {"m": brand.aliases[0] if in_english else mark,
                      "p": rng.choice(english if in_english else chinese)}
            out.append(Case("nominative_use", "held_out_28", None, f"user{rng.randrange(100_000)}",
                            name, title.format(**fields), text.format(**fields)))
    return out


def twenty_eighth_held_out(seed: int = 411) -> list[Case]:
    """held_out_28: held_out_27's families and sizes (51 brands × 3 offers in five families, 64
    confusable and 64 digit-swap offers, 153 texts in each benign family of four, 160 everyday
    sound-alikes, 192 common-word texts, 153 nominative-use posts), its own marks, spellings and
    phrasing."""
    words = Spellings28()
    return (_held_out_part(seed, words, MARKS_H28, PHRASING_H28, words.initials_of, DIGITS_H28)
            + _nominative_h28(random.Random(seed * 7919 + 28)))
