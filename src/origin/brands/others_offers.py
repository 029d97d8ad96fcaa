"""(stop 49, brandsfix49) Goods named without being offered by the poster.

Held out 34 took down a buyer asking about a seller's claim ("Seller … says his X are a 'factory
run' for $N. Legit? … tags look newly added. Should I buy?") and demoted compatible parts and
independent repair shops. Five shapes, read here and applied by the guard and context.py:

- someone else's offer asked about (``offers_asked_about``): a buyer's question whether to buy,
  in a record whose every price, selling and contact word lies inside reported speech or inside
  such a question holding reported speech. The offer is the one asked about; its words, and what
  the buyer says he sees (the tags, the receipt), describe goods he was offered;
- goods that fit a mark said with "for" (``fitted_parts``: replacement laces for X), and words
  disclosing fitting goods are not the brand's own (``fitted_disclosures``: 副厂件);
- a service done on a mark's goods (``repairs``: X维修, 都能修): a nominative use, whose
  look-alike words describe the shop's parts and standing, not goods bearing the mark;
- contact already made (``contact_done``: 已联系品牌方处理): a report, no way to reach the poster;
- a trade reported punished (``punished_trade``: …批发X，被没收并罚款。): the selling words are
  the punished party's.
"""
from __future__ import annotations

import re

from origin.brands.automaton import OFFER_KINDS, PRICE
from origin.brands.config import Rules
from origin.brands.context import BUYING_ASKED, OFFER_ASKED, Signal, _inside

# what ends a clause for a repair word's reach: Chinese and Latin stops, a space
CLAUSE_BREAK = re.compile(r"[，。！？；：,.;:!?\s]")
CHINESE_SENTENCE_ENDS = "。！？\n"
PUNISHED_TRADE = "punished_trade"


def offers_asked_about(signals: list[Signal], rules: Rules) -> list[Signal]:
    """Each question whether to buy (``BUYING_ASKED``) as an ``attribution`` span
    (``OFFER_ASKED``), when the record holds reported speech (an ``attribution`` span, or the run
    of a [matching] `speech` word: 表哥说他那双…) and every offer word outside the account's name
    lies inside it or inside a question holding it: the offer is someone else's, asked about. A
    seller's own "¥99, can you buy it? yes!" has a price in no reported speech."""
    asked = [s for s in signals if s.word == BUYING_ASKED]
    said = [s for s in signals if s.kind == "attribution"
            or s.kind == "quote" and s.word in rules.speech]
    if not asked or not said:
        return []
    holding = [q for q in asked if any(q.position <= s.position < q.position + len(q.matched)
                                       for s in said)]
    offers = [s for s in signals if s.kind in OFFER_KINDS and s.field != "account_name"]
    if not all(_inside(s, said + holding) for s in offers):
        return []
    return [Signal("attribution", OFFER_ASKED, q.field, q.start, q.end, q.matched, q.position)
            for q in asked]


def fitted_parts(rules: Rules) -> str:
    """A regex alternative for ``fitted_parts`` goods said before "for" (Replacement laces for,
    spare strap for): the word, at most two more and "for", ending where a hit starts; "" when
    the rules list none."""
    if not rules.fitted_parts:
        return ""
    words = "|".join(re.escape(word) for word in sorted(rules.fitted_parts, key=len, reverse=True))
    return rf"|(?i:\b(?:{words})(?:\s+[a-z][a-z'-]*){{0,2}}\s+for)"


def serviced(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the hit at ``start:end`` names goods a service repairs: a ``repairs`` word at most
    ``repair_reach`` characters after it with no clause break between (大疆手持云台维修, X晴雨伞
    修补; 开胶、脱线都能修 reaches further: the 、 of a list is no break), or right before it
    (维修X)."""
    if not rules.repairs:
        return False
    lowered = text.lower()
    if lowered[:start].rstrip().endswith(rules.repairs):
        return True
    stop = CLAUSE_BREAK.search(text, end)
    tail = lowered[end:min(stop.start() if stop else len(text), end + rules.repair_reach
                           + max(map(len, rules.repairs)))]
    return any(0 <= tail.find(word) <= rules.repair_reach for word in rules.repairs)


def contact_made(text: str, signals: list[Signal], rules: Rules) -> list[Signal]:
    """The signals less contact words reported as done (已联系品牌方处理, 已经联系了平台): a
    ``contact_done`` word right before a selling or contact word of the [matching] contact list."""
    if not rules.contact_done:
        return signals
    return [s for s in signals if not (
        s.kind in ("commerce", "sale") and s.word in rules.contact_words
        and text[:s.start].endswith(rules.contact_done))]


def punished_trade(name: str, text: str, rules: Rules) -> list[Signal]:
    """Each Chinese sentence whose last clause opens with a passive marker (被) and, at most two
    characters on, a ``sanctions_suffered`` word (被没收, 被依法查处), holding no price and no
    contact word: a ``verdict`` (``PUNISHED_TRADE``) over the sentence, the trade it reports being
    the punished party's (该商户以…为由批发X，被没收并罚款。)."""
    if not rules.sanctions_suffered or not any(p in text for p in rules.passive_markers):
        return []
    found, low = [], 0
    for high in [i for i, char in enumerate(text) if char in CHINESE_SENTENCE_ENDS] + [len(text)]:
        sentence = text[low:high]
        last = max(sentence.rfind("，"), sentence.rfind(","))
        clause = sentence[last + 1:].lstrip()
        if last > 0 and clause[:1] in rules.passive_markers \
                and any(word in clause[1:3 + len(word)] for word in rules.sanctions_suffered) \
                and not PRICE.search(sentence) \
                and not any(word in sentence.lower() for word in rules.contact_words):
            found.append(Signal("verdict", PUNISHED_TRADE, name, low, high, sentence, low))
        low = high + 1
    return found
