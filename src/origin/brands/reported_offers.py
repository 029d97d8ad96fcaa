"""(stop 50, brandsfix50) Offers the poster reports, and goods with a paper trail.

Held out 35 took down a platform's violation case quoting a streamer (主播在直播中称“X，N块钱，跟专柜
一个样”，经品牌方确认不是正品，直播间封禁七天), an English alert quoting traders ("Traders offered X
at N 'with logo added in shop'"), and demoted a prosecutor's suit quoting a shop's words (网店以“N
包邮，专柜同款”为描述销售X，检察院提起…诉讼), a merchants' pledge not to sell fakes (承诺不卖…不是正品
的X) and pawn-shop goods appraised before (收当时做过鉴定，当票和鉴定单都在). Their shapes, read here:

- a quotation someone else said or wrote (``quoted_listings``): quotation marks right after a
  ``speech`` word (称“…”, 说：“…”), after a ``quoted_sources`` word and a colon (广告：“…”), or
  framed as the claim goods were sold under (以“…”为描述): like a judged listing (listings.py) an
  ``attribution`` span, when every price, selling and contact word of the record lies in such
  quotations and a verdict stands outside them (a [judged_listings] verdict word, a
  ``reported_verdicts`` one such as 封禁 or 诉讼, or any ``verdict`` signal);
- someone else's trade told in the past tense (``past_trade``: "Traders offered", "they sold"):
  an ``attribution`` word standing for its sentence, at any place in it (a present "Shop selling
  …" opening a sentence is the poster's own, guard._third_parties);
- a sale refused (``refused_sales``: 不卖, 拒售): the counterfeit words after it in its clause, up
  to a turn (不卖假货都是原单), are goods the poster will not sell;
- an inspection done (``inspections_done``: 做过鉴定, 经过验货): 过 after a doing verb is the
  aspect marker, not the seller's "passes inspection" (能过鉴定);
- a resale's papers denied (``papers_denied``: 报关单没有): no proof, a seller's admission;
- goods named as what a fitting part fits (``fitted_goods``): a sound-alike inside the clause
  after a mark the record names as what its goods fit (兼容X滚筒洗衣机: 洗衣 sounds like another
  mark) is the fitted mark's goods, not a disguised mark.
"""
from __future__ import annotations

import re

from origin.brands.automaton import OFFER_KINDS
from origin.brands.config import Rules
from origin.brands.context import FIELDS, Signal, _inside
from origin.brands.listings import _clause_end, _unit_alone, _verdict_spans

QUOTE_REPORTED = "quote_reported"
FITTED_GOODS = "goods_a_part_fits"
QUOTE_JUDGED = "quote_judged"
QUOTE_OPENERS = "“「『‘\"'"
OPENING_QUOTE = re.compile("[" + re.escape(QUOTE_OPENERS) + "]")
COLONS = "：:"
WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])[A-Za-z'’]+$")
# what ends a clause for a refused sale's or a fitted mark's reach: Chinese and Latin stops, a space
CLAUSE_BREAK = re.compile(r"[，。！？；：,.;:!?\s]")


def quoted_listings(texts: tuple[str, ...], signals: list[Signal], rules: Rules) -> list[Signal]:
    """The quotations someone else said or wrote (``attribution``, ``QUOTE_REPORTED``: from the
    word that introduces one to its clause's end, quotations whole) and the verdicts outside them
    (``verdict``, ``QUOTE_JUDGED``), in a record whose every offer word lies in such a quotation
    and that passes a verdict outside them; none otherwise (a seller's own price outside: 网友都说
    “跟专柜一样”，¥99 私我)."""
    offers = [s for s in signals if s.kind in OFFER_KINDS and s.field != "account_name"
              and not _unit_alone(s, texts)]
    if not offers or not rules.quoted_sources and not rules.speech:
        return []
    listings: list[Signal] = []
    base = 0
    for name, text in zip(FIELDS, texts):
        if name != "account_name" and text:
            listings += [Signal("attribution", QUOTE_REPORTED, name, low, high, text[low:high],
                                base + low) for low, high in _quotations(text, rules)]
        base += len(text) + 1
    if not listings or not all(_inside(s, listings) for s in offers):
        return []
    verdicts = _verdicts(texts, listings, rules)
    if not verdicts and not any(s.kind == "verdict" and not _inside(s, listings)
                                for s in signals):
        return []
    return listings + verdicts


def _quotations(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Each introduced quotation's span: the introducing word to its clause's end."""
    spans = []
    for match in OPENING_QUOTE.finditer(text, 1):
        at = match.start()
        before = text[:at]
        low = None
        framed = before.endswith(rules.quote_frames) and _framed(text, at, rules)
        if framed:
            low = at - next(len(w) for w in rules.quote_frames if before.endswith(w))
        else:
            bare = before.rstrip(COLONS)
            colon = len(bare) < len(before)
            word = max((w for w in rules.speech if bare.endswith(w)), key=len, default=None)
            if word is None and colon:
                word = max((w for w in rules.quoted_sources if bare.endswith(w)), key=len,
                           default=None)
            if word is not None:
                low = len(bare) - len(word)
        if low is not None:
            spans.append((low, _clause_end(text, at, False, [])))
    return spans


def _framed(text: str, at: int, rules: Rules) -> bool:
    """Whether the quotation opening at ``at`` closes right before a frame's end (以“…”为)."""
    closer = {"“": "”", "「": "」", "『": "』", "‘": "’"}.get(text[at], text[at])
    close = text.find(closer, at + 1)
    return close > at and text.startswith(rules.quote_frame_ends, close + 1)


def _verdicts(texts: tuple[str, ...], listings: list[Signal], rules: Rules) -> list[Signal]:
    """The verdict words' spans (a [judged_listings] verdict or a ``reported_verdicts`` word, from
    its clause's start to its sentence's end) that lie outside the quotations."""
    words = (*rules.listing_verdicts, *rules.reported_verdicts)
    found, base = [], 0
    for name, text in zip(FIELDS, texts):
        if name != "account_name" and text:
            folded = text.lower() if len(text.lower()) == len(text) else text
            for low, high in _verdict_spans(folded, words):
                if not any(s.field == name and s.start <= low < s.end for s in listings):
                    found.append(Signal("verdict", QUOTE_JUDGED, name, low, high, text[low:high],
                                        base + low))
        base += len(text) + 1
    return found


def past_trade(name: str, text: str, rules: Rules, first_person: re.Pattern | None) -> list[Signal]:
    """Someone else's trade told in the past tense ("Traders offered X at …", "they sold"): an
    ``attribution`` word over the noun and verb, not after a first-person word (our shop sold)."""
    if not rules.past_trade_verbs or not rules.third_parties:
        return []
    lowered = text.lower()
    if not any(verb in lowered for verb in rules.past_trade_verbs):
        return []
    nouns = "|".join(map(re.escape, sorted(rules.third_parties, key=len, reverse=True)))
    verbs = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in rules.past_trade_verbs)
    pattern = re.compile(rf"(?i)\b(?:{nouns})\s+(?:{verbs})\b")
    found = []
    for match in pattern.finditer(text):
        before = WORD_BEFORE.search(text[:match.start()].rstrip())
        if before and first_person is not None and first_person.fullmatch(before.group()):
            continue
        found.append(Signal("attribution", "past_trade", name, match.start(), match.end(),
                            match.group(), match.start()))
    return found


def refused_sales(text: str, signals: list[Signal], rules: Rules) -> list[Signal]:
    """The signals less the counterfeit and look-alike words a refused sale holds in its clause
    (承诺不进不卖标有X却不是正品的货: goods the poster will not sell), up to a ``sale_turns`` word
    (不卖假货都是原单) or the clause's end (不卖假货，只卖原单: 原单 is still his); none where a place
    stands before the refusal (专柜不卖的1:1款: what the counters lack)."""
    if not rules.refused_sales or not any(word in text for word in rules.refused_sales):
        return signals
    spans = []
    for word in rules.refused_sales:
        at = text.find(word)
        while at >= 0:
            low = at + len(word)
            at = text.find(word, low)
            before = CLAUSE_BREAK.split(text[max(0, low - len(word) - rules.sale_refusal_reach):
                                             low - len(word)])[-1].lower()
            if any(place in before for place in rules.sale_refusal_places):
                continue           # 专柜不卖的款: what the counters lack, a seller's pitch
            stop = CLAUSE_BREAK.search(text, low)
            high = stop.start() if stop else len(text)
            turns = [found for turn in rules.sale_turns if 0 <= (found := text.find(turn, low, high))]
            spans.append((low, min(turns, default=high)))
    return [s for s in signals if not (s.kind in ("counterfeit", "weak_counterfeit") and any(
        low <= s.start and s.end <= high for low, high in spans))]


def inspections_done(text: str, signals: list[Signal], rules: Rules) -> list[Signal]:
    """The signals less look-alike words opening with 过 (过鉴定, 过验) right after a doing verb
    (``done_before``: 做过鉴定, 经过验货): an inspection the goods had, not one a seller promises
    they pass."""
    if not rules.done_before:
        return signals
    return [s for s in signals if not (
        s.kind == "weak_counterfeit" and s.matched.startswith("过")
        and text[:s.start].endswith(rules.done_before))]


def papers_denied(text: str, signals: list[Signal], rules: Rules) -> list[Signal]:
    """The signals less a resale's papers (``papers``) a denial stands right before or after
    (报关单没有, 没有当票, 报关单不给看): a seller's admission that his goods have none, no proof."""
    if not rules.papers or not rules.paper_denials:
        return signals
    return [s for s in signals if not (
        s.kind == "resale" and s.word in rules.papers
        and (text[:s.start].rstrip().endswith(rules.paper_denials)
             or text[s.end:].lstrip().startswith(rules.paper_denials)))]


def fitted_goods(text: str, start: int, fitted_spans: list[tuple[int, int]]) -> bool:
    """Whether a sound-alike at ``start`` lies in the clause right after a mark the record names
    as what its goods fit (兼容X滚筒洗衣机: the fitted mark's goods, ``fitted_spans`` its hits)."""
    for low, high in fitted_spans:
        if high <= start:
            stop = CLAUSE_BREAK.search(text, high)
            if start < (stop.start() if stop else len(text)):
                return True
    return False
