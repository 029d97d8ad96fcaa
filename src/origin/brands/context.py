"""Context decides: the same brand name is a review, news, a fruit, or a counterfeit offer.

A hit's decision comes from the words around it (``rules.toml``), how the mark was written, and
who posted it. Rules are checked in a fixed order and the first that applies names the decision,
so every decision carries the one rule a reviewer can look up.
"""
from __future__ import annotations

from dataclasses import dataclass

from origin.brands.config import SEVERITY, Rules

FIELDS = ("account_name", "title", "description")
WARNING_KINDS = ("warning", "authentic")


@dataclass(frozen=True)
class Signal:
    """A context word found in a record: where, and as written there."""

    kind: str
    word: str
    field: str
    start: int
    end: int
    matched: str
    position: int          # start in the record read as one text (fields joined in FIELDS order)

    def to_json(self) -> dict:
        return {"kind": self.kind, "word": self.word, "field": self.field, "start": self.start,
                "end": self.end, "matched": self.matched}


@dataclass(frozen=True)
class Evidence:
    """What is known about one brand hit when deciding it."""

    field: str
    via: str                       # mark | alias | knockoff | pinyin | initials | homophone
    evasions: frozenset[str]
    position: int
    length: int
    common_word_without_cue: bool
    authorised: bool
    # a sound-alike that proves little on its own: an ordinary word (大江 for 大疆) or two-letter
    # initials; names the rule that lets it go
    weak_sound: str | None = None
    ambiguous: bool = False        # initials that several brands share (the brand is a guess)
    product_cue: bool = False      # one of the brand's own product words is in the record
    on_hit: bool = False           # a counterfeit word right next to the hit, or an odd spelling
    offer_shape: bool = False      # goods written straight before or after the hit (大酱鞋子)


@dataclass(frozen=True)
class Verdict:
    decision: str
    rule: str
    score: int
    near: tuple[Signal, ...]


def near(evidence: Evidence, signals: list[Signal], window: int) -> tuple[Signal, ...]:
    """Context words within ``window`` characters of the hit, each word counted once."""
    seen: dict[tuple[str, str], Signal] = {}
    end = evidence.position + evidence.length
    for signal in signals:
        gap = max(signal.position - end, evidence.position - (signal.position + len(signal.matched)))
        if gap <= window:
            seen.setdefault((signal.kind, signal.word), signal)
    return tuple(seen.values())


OFFER_KINDS = frozenset({"commerce", "weak_counterfeit", "sale", "price"})


def counterfeit_phrases(around: tuple[Signal, ...]) -> int:
    """Counterfeit words counted as phrases: 一比一复刻 and 1:1复刻 (a model, a recipe) are one
    phrase written with two listed words, not two signals."""
    spans = sorted((s.position, s.position + len(s.matched)) for s in around
                   if s.kind == "counterfeit")
    phrases, end = 0, None
    for start, finish in spans:
        if end is None or start - end > 1:
            phrases += 1
        end = finish if end is None else max(end, finish)
    return phrases


def cap(decision: str, ceiling: str) -> str:
    return decision if SEVERITY[decision] <= SEVERITY[ceiling] else ceiling


def _inside_warnings(signals: list[Signal]) -> list[Signal]:
    """Commerce words that are part of a warning or authenticity phrase (下单 in 官网下单) are
    not sales talk: the signals without them."""
    phrases = [s for s in signals if s.kind in WARNING_KINDS]
    if not phrases:
        return signals
    return [s for s in signals if s.kind != "commerce" or not any(
        p.position <= s.position and s.position + len(s.matched) <= p.position + len(p.matched)
        for p in phrases)]


def decide(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    """The decision for one hit and the rule that made it."""
    verdict = _decide(evidence, signals, rules)
    if evidence.weak_sound == "two_syllables_only" and verdict.decision != "none":
        # any two syllables may sound like a two-character mark (划位 for 华为): with none of the
        # mark's characters and no counterfeit word next to it, a human looks when the record
        # sells something (goods right after it, selling talk), no measure; otherwise nothing
        offering = evidence.offer_shape or {s.kind for s in verdict.near} & OFFER_KINDS
        return Verdict("review" if offering else "none", evidence.weak_sound, verdict.score,
                       verdict.near)
    if evidence.weak_sound == "homophone_needs_an_offer" and verdict.decision != "none" and not (
            evidence.offer_shape or {s.kind for s in verdict.near} & OFFER_KINDS):
        return Verdict("none", evidence.weak_sound, verdict.score, verdict.near)
    return verdict


def _decide(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    around = near(evidence, _inside_warnings(signals), rules.window)
    kinds = {signal.kind for signal in around}
    evasion_score = max((rules.evasion_weights.get(e, 0) for e in evidence.evasions), default=0)
    score = sum(rules.weights.get(signal.kind, 0) for signal in around) + evasion_score
    if evidence.via == "knockoff":
        score += rules.weights.get("knockoff", 0)
    scored = rules.decision_for(score)

    def verdict(decision: str, rule: str) -> Verdict:
        return Verdict(decision, rule, score, around)

    if evidence.authorised:
        return verdict("none", "authorised_account")
    if "benign" in kinds:
        if "commerce" not in kinds or not kinds & {"counterfeit", "weak_counterfeit"}:
            # a review that says where it was bought (官方旗舰店下单 包邮) sells nothing fake
            return verdict("none", "benign_context")
        return verdict(cap(scored, "review"), "benign_context_with_sales_talk")
    impersonating = evidence.field == "account_name" and any(
        s.kind == "impersonation" and s.field == "account_name" for s in around)
    if evidence.weak_sound == "sound_alike_needs_evidence_on_hit":
        # 飞了 sounds like 斐乐, 打浆 like 大疆: a phrase or rare word with none of the mark's
        # characters and no counterfeit word or odd spelling on it is not the brand
        return verdict("none", evidence.weak_sound)
    if evidence.weak_sound == "sound_alike_is_ordinary_word":
        # an everyday word that happens to sound like a mark (大江, 谨防): only the brand's own
        # product next to counterfeit talk makes it the brand
        if "counterfeit" not in kinds or not evidence.product_cue:
            if evidence.on_hit and evidence.offer_shape:
                # 划为墨镜 仿品, 大酱鞋子 高仿: an ordinary word written as the brand of the goods
                # it stands against, a counterfeit word on it; still only a human look
                return verdict(cap(scored, "review"), "ordinary_word_in_an_offer")
            return verdict("none", evidence.weak_sound)
    elif evidence.weak_sound == "short_initials_need_more":
        # two letters (nk) may abbreviate anything: without a counterfeit word they are no mark,
        # and one counterfeit word alone gets them a human look, never a measure
        backing = kinds & {"weak_counterfeit", "commerce", "impersonation"}
        counterfeit_words = counterfeit_phrases(around)
        if "counterfeit" not in kinds:
            if "weak_counterfeit" in kinds and kinds & {"commerce", "sale", "price"}:
                # 同款/代工 and selling talk: a look-alike offer under an abbreviation; a look
                return verdict(cap(scored, "review"), "short_initials_look_alike_offer")
            return verdict("none", evidence.weak_sound)
        if not backing and counterfeit_words < 2:
            return verdict(cap(scored, "review"), "short_initials_one_signal")
    # a warning may quote prices (专柜三千 网上三百块钱): prices alone keep a warning word's
    # warning, but not authenticity words' (认准本店 199元)
    quoting = "price" not in kinds or "warning" in kinds
    if kinds & set(WARNING_KINDS) and not impersonating and not kinds & {"commerce", "sale"} \
            and quoting:
        # a consumer warning names fakes without offering any (买格力认准正规渠道，别信所谓的一比一
        # 高仿): a plain mark next to a warning word is no offer; an evader's spelling, or
        # authenticity words alone (认准 is seller talk too), still get a human look
        plain = not evasion_score and evidence.via in ("mark", "alias")
        if "warning" in kinds and plain:
            return verdict("none", "warning_against_fakes")
        if SEVERITY[scored] > SEVERITY["review"]:
            return verdict("review", "warning_context")
    if "resale" in kinds and "counterfeit" not in kinds and evidence.via != "knockoff":
        # a second-hand sale of the real thing; a visibly odd spelling or an official-sounding
        # account name still deserves a look, never a measure
        odd_spelling = any(rules.evasion_weights.get(e, 0) for e in evidence.evasions
                           if e not in ("homophone", "pinyin", "initials"))
        if odd_spelling or impersonating:
            return verdict(cap(scored, "review"), "resale_needs_a_look")
        return verdict("none", "resale_context")
    if evidence.ambiguous:
        return verdict(cap(scored, "review"), "initials_of_several_brands")
    if impersonating:
        if evidence.common_word_without_cue:
            return verdict("review", "common_word_needs_context")
        return verdict("takedown", "account_impersonation")
    if evidence.common_word_without_cue:
        # 长城 in a travel diary next to "复刻 … 1:1还原": counterfeit words alone are not enough
        backing = kinds & {"weak_counterfeit", "commerce", "impersonation"}
        if "counterfeit" not in kinds or not backing:
            return verdict("none", "common_word_without_context")
        return verdict(cap(scored, "review"), "common_word_needs_context")
    if evidence.field == "account_name" and SEVERITY[scored] < SEVERITY["review"]:
        return verdict("review", "brand_in_account_name")
    if scored == "none":
        return verdict("none", "mention")
    if "counterfeit" in kinds:
        return verdict(scored, "counterfeit_signals")
    if evidence.via == "knockoff":
        return verdict(scored, "knockoff_name")
    if "weak_counterfeit" in kinds:
        return verdict(scored, "look_alike_signals")
    if evasion_score and "commerce" not in kinds:
        return verdict(cap(scored, "review"), "obfuscated_mark")   # odd spelling alone: a human looks
    return verdict(scored, "sales_talk")
