"""A learnt reading of a hit's context: logistic regression over the rules' own evidence and the
characters around the hit, deciding the grey zone the hand-written rules keep missing.

Thirteen rounds of context rules each fitted the parts they read and gained 0-0.02 on the next
hand's text: each hand writes its offers and warnings with templates of its own, and a rule
learns one template. A linear model over the same evidence (which lists fired, how far off, the
evasion, the rules' own decision and rule) and hashed character 1-3-grams of the text around the
hit weighs every hand's phrasing at once; ``docs/brands.md`` has its leave-one-hand-out estimate.

The rules stay in charge of what must never be learnt (issue 13): an authorised account's own
posts, an impersonating account name or a mark in one, an owner-listed knock-off. The model
raises a sound-alike that is an ordinary word, or a common-word mark without its cue, to a look
at most and only with a counterfeit word and an offer beside it; a resale post with no
counterfeit word to a look at most; nothing to a measure without a counterfeit or look-alike word
and an offer; a takedown needs a high probability, a counterfeit word tied to the hit, a sale
signal and no review word beside it (开箱, 测评), or the rules' own takedown (``ceiling``).
The model lowers a flag of the rules only when it is nearly sure the text offers no
fakes (``veto``): a false takedown costs more than a miss. The weights are built by
``scripts/train_brand_context.py`` from the named suite parts and shipped as ``context_model.npz``.
"""
from __future__ import annotations

import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path

import numpy as np

from origin.brands.config import SEVERITY, Rules
from origin.brands.context import (DECIDING_OFFER_KINDS, DISGUISED_IN_AN_OFFER,
                                    SALE_KINDS, SELLERS_MEASURES, SOUND_VIAS,
                                    Evidence, Signal, Verdict, cap, counterfeit_phrases,
                                    others_counterfeit_words_only, tied)

MODEL_FILE = Path(__file__).with_name("context_model.npz")
BITS = 18                       # 262 144 hashed features: an open vocabulary of n-grams
MASK = (1 << BITS) - 1
WINDOW = 20                     # characters either side of the hit read as n-grams
MARK = "\x01"                   # the hit itself: n-grams learn the context, never the brand
# decisions the rules make on who posted, or on quoted words alone, never weighed by the model
HARD_RULES = frozenset({"authorised_account", "authorised_account_own_characters",
                        "authorised_account_own_post", "account_impersonation",
                        # a mark in the account's name is a look at who posts, not at an offer
                        "brand_in_account_name",
                        # an owner-listed knock-off is passing-off on its own
                        "knockoff_name",
                        # (stop 43) a mark named as what the goods fit, nothing counterfeit
                        # said of them: nominative use, whatever the words around read like
                        "compatible_goods",
                        # a plain offer under the floor the owner declared: the model reads
                        # the words, which read as any shop's; the floor is the evidence
                        "priced_under_the_marks_floor",
                        # counterfeit words in quotation marks alone: a look, never a measure
                        "quoted_counterfeit_words",
                        # counterfeit words others say or a verdict judges: the poster's own
                        # words decide (context._others_words)
                        "attributed_counterfeit_words", "assessed_counterfeit_words",
                        # a buyer's own purchase, what he received and paid, or what the
                        # poster asks about, in a record that offers nothing
                        "bought_counterfeit_words", "asked_counterfeit_words",
                        # fakes named as such (假货, fake) beside a plain mark, nothing sold
                        "fakes_named_not_sold",
                        # a text that reports a victim warns: a look at most (context.victims)
                        "victims_of_fakes", "victims_reported",
                        # a warning-shaped text with no way to buy: a look at most (stop 38)
                        "warning_without_a_way_to_buy",
                        # one that names no counterfeit word of its own: nothing (stop 39)
                        "warning_quotes_others"})
# context words that make a text offer something, for the ceilings: the rules' offer words, and
# named goods and resale too (an offer of second-hand goods is still an offer)
OFFERING_KINDS = DECIDING_OFFER_KINDS | {"goods", "resale"}


def _bucket(gap: int) -> str:
    """Distance in units, coarsely: touching, a word off, a clause off, further."""
    for limit, name in ((0, "0"), (2, "2"), (6, "6"), (12, "12"), (30, "30")):
        if gap <= limit:
            return name
    return "far"


def feature_names(evidence: Evidence, verdict: Verdict, signals: list[Signal],
                  text: str) -> set[str]:
    """What the model reads about one hit: the rules' evidence and decision, and the text around
    the hit (``text``: the record's fields joined by one character, as positions count them)."""
    via = evidence.via
    names = {"bias:", f"via:{via}", f"field:{evidence.field}", f"rule:{verdict.rule}",
             f"decision:{verdict.decision}", f"score:{min(verdict.score, 9)}",
             f"weak:{evidence.weak_sound}", f"owns:{evidence.poster_owns}"}
    names.update(f"evasion:{e}" for e in evidence.evasions)
    for flag in ("common_word_without_cue", "ambiguous", "product_cue", "on_hit", "offer_shape",
                 "names_other_brand", "keeps_most", "glued", "goods_after"):
        if getattr(evidence, flag):
            names.add(f"flag:{flag}")
            names.add(f"flag:{flag}|{via}")
    end = evidence.position + evidence.length
    for signal in verdict.near:
        gap = evidence.gap(evidence.position, end, signal.position,
                           signal.position + len(signal.matched))
        side = "after" if signal.position >= end else "before"
        names.add(f"kind:{signal.kind}")
        names.add(f"kind:{signal.kind}|{via}")
        names.add(f"kind:{signal.kind}|{_bucket(gap)}")
        names.add(f"kind:{signal.kind}|{side}|{_bucket(gap)}")
        names.add(f"word:{signal.kind}:{signal.word}")
    names.add(f"phrases:{min(counterfeit_phrases(verdict.near), 3)}")
    names.update(f"record:{signal.kind}" for signal in signals)
    before = text[max(0, evidence.position - WINDOW):evidence.position]
    after = text[end:end + WINDOW]
    window = unicodedata.normalize("NFKC", f"{before}{MARK}{after}").lower()
    for n in (1, 2, 3):
        names.update(f"g{n}:{window[i:i + n]}" for i in range(len(window) - n + 1))
    return names


COLUMNS_KEPT = 200_000           # feature names whose column is remembered (~30 MB at most)
_columns: dict[str, int] = {}


def hashed(names: set[str]) -> list[int]:
    """Feature names as column numbers (CRC-32: the same in every process, unlike ``hash``).

    A name's column is remembered: most of a hit's ~150 names (its rules' evidence, the
    n-grams of everyday words around it) recur across records, and a lookup costs a third of
    encoding and hashing the name again (a sixth of the model's time on a 100 000-record scan).
    """
    columns = _columns
    missing = [*filterfalse(columns.__contains__, names)]
    if missing:
        if len(columns) + len(missing) > COLUMNS_KEPT:
            columns.clear()
            missing = list(names)
        crc32 = zlib.crc32
        for name in missing:
            columns[name] = crc32(name.encode()) & MASK
    return sorted(set(map(columns.__getitem__, names)))


@dataclass(frozen=True)
class ContextModel:
    """Weights and the probability thresholds of each decision (chosen on training folds)."""

    weights: np.ndarray          # float32, 2 ** BITS
    review: float                # at least this: a hit the rules let go gets a look
    demote: float
    takedown: float
    veto: float = 0.0            # below this: a hit the rules flagged is let go

    def probability(self, columns: list[int]) -> float:
        z = float(self.weights[columns].sum())
        return 1.0 / (1.0 + np.exp(-z)) if z > -30 else 0.0

    def judge(self, evidence: Evidence, verdict: Verdict, signals: list[Signal], text: str,
              rules: Rules) -> Verdict:
        """The rules' verdict reconsidered by the model, inside the hard rules."""
        if rules_only(verdict, signals):
            return verdict
        if verdict.decision == "none" and ceiling(verdict, evidence, rules)[0] == "none":
            return verdict      # settle could only keep none: no need to read the text
        chance = self.probability(hashed(feature_names(evidence, verdict, signals, text)))
        return settle(verdict, evidence, chance, self, rules)


def rules_only(verdict: Verdict, signals: list[Signal]) -> bool:
    """Whether the rules' verdict stands as it is: a hard rule's, or none for a hit whose
    counterfeit words are all someone else's (reported, judged, bought or asked about) in a
    record where the poster offers nothing, whatever the text around them reads like ("mine is
    genuine, the fake ones you linked look nothing like it")."""
    return verdict.rule in HARD_RULES or verdict.decision == "none" \
        and others_counterfeit_words_only(verdict.near, signals)


def settle(verdict: Verdict, evidence: Evidence, chance: float, model: ContextModel,
           rules: Rules) -> Verdict:
    """The decision for a hit the model gives ``chance`` of being a counterfeit offer: below
    ``veto`` the rules' flag is lowered to none; otherwise the model may only raise the rules'
    decision, and only inside the hard rules."""
    if chance < model.veto:
        # a mark disguised in an offer keeps its look: the model reads the words around the
        # hit, and an evader's offer reads as any shop's; (stop 46) so does one beside
        # look-alike words only and selling or price words (红‥牛 … 官方价十分之一: the look-alike
        # word gave the verdict its rule, not the disguise); not a sound-alike, which any
        # syllables may make (是另 sounds like a mark 失伶)
        kinds = {s.kind for s in verdict.near}
        disguised = verdict.rule == DISGUISED_IN_AN_OFFER or (
            evidence.disguised and evidence.via not in SOUND_VIAS and "weak_counterfeit" in kinds
            and "counterfeit" not in kinds and bool(kinds & SALE_KINDS))
        # (stop 47) and so does a flag beside a price said to be a fraction of the genuine
        # one's and a price written as a number (557块 … 官方价十分之一): the seller's own
        # measure of his goods, which the model never saw as a word; not for a homophone, and
        # never a look the rules did not give (a warning quoting 连正品价的零头都不到 stays none);
        # (stop 48) so does one beside the seller's other measures of his goods against the
        # genuine (验不过的, 码是打印的, 照着专柜款做的): context.SELLERS_MEASURES
        measured = verdict.decision != "none" and evidence.via != "homophone" \
            and "price" in kinds and any(s.word in SELLERS_MEASURES for s in verdict.near)
        decision = "review" if disguised or measured else "none"
    else:
        if chance < model.review:
            decision = "none"
        elif chance < model.demote:
            decision = "review"
        elif chance < model.takedown:
            decision = "demote"
        else:
            decision = "takedown"
        decision = max(verdict.decision, cap(decision, ceiling(verdict, evidence, rules)[0]),
                       key=SEVERITY.__getitem__)
    if decision == verdict.decision:
        return verdict
    rule = "learnt_context_" + ("raised" if SEVERITY[decision] > SEVERITY[verdict.decision]
                                else "lowered")
    return Verdict(decision, rule, verdict.score, verdict.near)


def ceiling(verdict: Verdict, evidence: Evidence, rules: Rules) -> tuple[str, str]:
    """The most the model may raise a hit to, and the ceiling that holds it there ("" when
    none does): the rules' hard limits on what a probability alone may decide."""
    kinds = {s.kind for s in verdict.near}
    offering = bool(kinds & OFFERING_KINDS or evidence.offer_shape or evidence.product_cue)
    if evidence.weak_sound or evidence.common_word_without_cue:
        # an everyday word (大江, 苹果 without 手机) needs stronger evidence: a counterfeit
        # word and an offer get it a look, never a measure
        top = "review" if "counterfeit" in kinds and offering else "none"
        return top, "everyday_word"
    if "counterfeit" not in kinds:
        # resale, or no look-alike word either: a human looks, no measure
        if "resale" in kinds:
            return "review", "resale"
        if "weak_counterfeit" not in kinds:
            return "review", "no_counterfeit_word"
        top, why = "demote", "look_alike_word_only"
    elif not offering:
        return "review", "offers_nothing"       # counterfeit words in a text that offers nothing
    else:
        top, why = "takedown", ""
    if top == "takedown" and "benign" in kinds:
        # a review or unboxing word beside the hit (开箱 … 高仿 … 包邮): an offer dressed as a
        # review may be demoted, but a takedown of a text that reads as a review is the rules' alone
        return "demote", "review_words"
    if top == "takedown" and not (kinds & SALE_KINDS
                                  and tied(evidence, verdict.near, rules.tied_window)):
        return "demote", "takedown_needs_sale_and_tied_word"
    return top, why


@lru_cache(maxsize=1)
def shipped_model() -> ContextModel | None:
    """The model shipped with the package (None when the file is absent: the rules alone)."""
    if not MODEL_FILE.exists():
        return None
    return load_model(MODEL_FILE)


def load_model(path: Path) -> ContextModel:
    with np.load(path) as data:
        weights = np.zeros(1 << BITS, dtype=np.float32)
        weights[data["columns"]] = data["values"]
        review, demote, takedown, veto = (float(t) for t in data["thresholds"])
    return ContextModel(weights, review, demote, takedown, veto)


def save_model(path: Path, model: ContextModel) -> None:
    """Only the weights that are not zero (features the training text held), byte-stable."""
    columns = np.flatnonzero(model.weights).astype(np.uint32)
    with open(path, "wb") as handle:
        np.savez_compressed(handle, columns=columns, values=model.weights[columns],
                            thresholds=np.array([model.review, model.demote, model.takedown,
                                                 model.veto], dtype=np.float64))
