"""(stop 47) Someone else's listing, reported to be judged.

A consumer warning, a platform's rule, an auction house's refusal, a court case or a word-of-the-day
gloss quotes a listing — the words after 写着, 标着, 称, 原帖, "listed as", "advertised as", often in
quotation marks, its price among them — and then passes a verdict on it (不是正品, 经鉴定为假冒,
一律退回, 将被下架, 法院认定, 意思是…, "are not originals", "break our rules"). Its counterfeit,
selling and price words are the listing's, not the poster's: the listing is an ``attribution``
span and the verdict a ``verdict`` span (context.py reads both as another's words judged), but
only when every price, selling and contact word of the title and description lies inside such a
listing. A seller's own price or contact (链接写着高仿，不是正品，¥99包邮; 顾客问“有高仿吗”，有，
1:1 ¥99) keeps the record his offer.

(stop 48) A price someone paid (孩子在网上花1570元一件买的, 有消费者以拿货价484买到) is a purchase
reported, not an offer: it counts as such a listing (``PRICE_PAID``), so a parent's question whether
to return what a child bought (卖家说是…，能退吗？) or a consumer council's finding on what a buyer
paid for (送检后确认不是正品) is read as the reports above are. Not "you can buy it for" (花99就能
买到: the verb after a modal is an offer's).
"""
from __future__ import annotations

import re

from origin.brands.automaton import OFFER_KINDS
from origin.brands.config import Rules
from origin.brands.context import FIELDS, LISTING_REPORTED, PRICE_PAID, Signal, _inside

LISTING_JUDGED = "listing_judged"
# a unit written with no number before it names no price (元 in 元气森林, a mark written out)
NUMERALS = frozenset("0123456789〇零一二三四五六七八九十百千万两几")
# quotation marks and their closers; a stretch between them is one phrase of the listing
QUOTE_CLOSERS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'"}
CHINESE_CLAUSE_ENDS = frozenset("，。！？；\n")
CHINESE_SENTENCE_ENDS = frozenset("。！？\n")
# (stop 48) not a full stop before a number (Gs. 288,000, Rs. 500: a currency's abbreviation)
LATIN_SENTENCE_END = re.compile(r"[.!?](?=\s|$)(?!\s+\d)|[。！？\n]")
PAID_REACH = 16        # characters from 花 or 以 to 买的 at most (花拿货价647买的)


def judged_listings(texts: tuple[str, ...], signals: list[Signal], rules: Rules) -> list[Signal]:
    """The reported listings (``attribution``) and the verdicts passed on them (``verdict``) of a
    record whose every offer word lies inside such a listing; none otherwise."""
    if not rules.listing_cues or not rules.listing_verdicts:
        return []
    listings: list[Signal] = []
    verdicts: list[Signal] = []
    base = 0
    for name, text in zip(FIELDS, texts):
        if name != "account_name" and text:
            folded = text.lower() if len(text.lower()) == len(text) else text
            judged = _verdict_spans(folded, rules.listing_verdicts)
            reported = _listing_spans(text, folded, rules, [low for low, _ in judged])
            listings += [Signal("attribution", LISTING_REPORTED, name, low, high, text[low:high],
                                base + low) for low, high in reported]
            paid = _paid_spans(text, rules)
            listings += [Signal("attribution", PRICE_PAID, name, low, high, text[low:high],
                                base + low) for low, high in paid]
            reported += paid
            verdicts += [Signal("verdict", LISTING_JUDGED, name, low, high, text[low:high],
                                base + low) for low, high in judged
                         if not any(a <= low < b for a, b in reported)]
        base += len(text) + 1
    if not listings or not verdicts:
        return []
    offers = [s for s in signals if s.kind in OFFER_KINDS and s.field != "account_name"
              and not _unit_alone(s, texts)]
    if not all(_inside(s, listings) for s in offers):
        return []
    if not offers and all(_own_verdict_only(v.matched.lower(), rules) for v in verdicts):
        return []       # (stop 48) 吊牌写着原单，不是正品: the seller's own disclosure
    return listings + verdicts


def _own_verdict_only(span: str, rules: Rules) -> bool:
    """Whether the only verdict words of a verdict's span are ones a seller says of his own goods."""
    found = [word for word in rules.listing_verdicts if word in span]
    return bool(found) and all(word in rules.listing_own_verdicts for word in found)


def _verdict_spans(folded: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each verdict word's stretch: from the start of its clause to the end of its sentence
    (经鉴定为假冒，此类物品一律退回; "a 'bamba' is a knock-off: a … bamba is not made by the brand")."""
    spans = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            low = at
            while low > 0 and not _clause_start(folded, low):
                low -= 1
            stop = LATIN_SENTENCE_END.search(folded, at + len(word))
            spans.append((low, stop.start() if stop else len(folded)))
            at = folded.find(word, at + len(word))
    return sorted(set(spans))


def _clause_start(text: str, at: int) -> bool:
    """Whether a clause starts at ``at``: after a Chinese clause stop, or a Latin one and a space."""
    before = text[at - 1]
    return before in CHINESE_CLAUSE_ENDS or before.isspace() and at >= 2 \
        and text[at - 2] in ",;:.!?" and not (text[at - 2] == "." and text[at].isdigit())


def _listing_spans(text: str, folded: str, rules: Rules,
                   verdicts: list[int]) -> list[tuple[int, int]]:
    """Each cue's listing: the rest of its clause, quoted stretches whole (写着“超A版本 2991块”的
    链接; for an English cue its sentence, up to a verdict in it), and the clauses after it that
    go on with the seller's words (，称“…”; ，报价…)."""
    spans = []
    for cue in rules.listing_cues:
        at = folded.find(cue)
        while at >= 0:
            end = at + len(cue)
            latin = cue.isascii()
            end = _clause_end(text, end, latin, verdicts)
            while not latin and end < len(text) and text[end] in "，,":
                start = end + 1
                if not any(text.startswith(word, start) for word in rules.listing_goes_on):
                    break
                end = _clause_end(text, start, False, verdicts)
            if end > at + len(cue):
                spans.append((at, end))
            at = folded.find(cue, at + len(cue))
    return spans


def _clause_end(text: str, at: int, latin: bool, verdicts: list[int]) -> int:
    """Where the clause from ``at`` ends (its English sentence, for a Latin cue), quoted
    stretches whole (their commas are the quoted seller's), or where a verdict begins."""
    while at < len(text) and at not in verdicts:
        char = text[at]
        if char in QUOTE_CLOSERS and not (latin and char in "'\""):   # don't, 12" screen
            close = text.find(QUOTE_CLOSERS[char], at + 1)
            if close > at and not any(c in CHINESE_SENTENCE_ENDS for c in text[at:close]):
                at = close + 1
                continue
        if char in CHINESE_SENTENCE_ENDS or (char in CHINESE_CLAUSE_ENDS and not latin) \
                or latin and char in ".!?" and (at + 1 == len(text) or text[at + 1].isspace()
                                                 and not text[at + 1:at + 3].strip().isdigit()):
            break
        at += 1
    return at


def _paid_spans(text: str, rules: Rules) -> list[tuple[int, int]]:
    """(stop 48) Each price someone paid: from a ``paid_openers`` word (花, 以) to a ``paid_verbs``
    one (买的, 买到) in its clause, a digit between (花拿货价647买的, 以1847元包邮买到); not where a
    ``paid_modals`` word stands straight before the verb (花99就能买到, 以拿货价可买到: an offer)."""
    if not rules.listing_paid_openers or not any(v in text for v in rules.listing_paid_verbs):
        return []       # most texts buy nothing: no scan from each 以 (可以, 以上)
    spans = []
    for opener in rules.listing_paid_openers:
        at = text.find(opener)
        while at >= 0:
            end = at + len(opener)
            while end < min(len(text), at + PAID_REACH + 1) \
                    and text[end] not in CHINESE_CLAUSE_ENDS:
                verb = next((v for v in rules.listing_paid_verbs if text.startswith(v, end)), None)
                if verb is not None:
                    between = text[at + len(opener):end]
                    if any(c.isdigit() for c in between) and not any(
                            between.endswith(m) for m in rules.listing_paid_modals):
                        spans.append((at, end + len(verb)))
                    break
                end += 1
            at = text.find(opener, at + len(opener))
    return spans


def _unit_alone(signal: Signal, texts: tuple[str, ...]) -> bool:
    """A price word of one character with no numeral before it (元 in 元气森林): no price."""
    if signal.kind != "price" or len(signal.matched) != 1:
        return False
    text = texts[FIELDS.index(signal.field)]
    return signal.start == 0 or text[signal.start - 1] not in NUMERALS
