"""The brand-guard rules: words, weights and thresholds, read from a TOML file a reviewer can edit.

The shipped ``rules.toml`` is the default; an override file only needs the keys it changes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from origin.config_files import overlay, read_toml
from origin.errors import InputError, from_environment

DEFAULT_RULES = Path(__file__).with_name("rules.toml")
RULES_VARIABLE = "ORIGIN_BRAND_RULES"   # a rules file overlaid where the command names none
DECISIONS = ("none", "review", "demote", "takedown")
SEVERITY = {name: rank for rank, name in enumerate(DECISIONS)}
# emoji, kinds (checked below) and currency codes: keys the user names
OPEN_TABLES = frozenset({"emoji_words", "words", "weights", "prices.yuan_per"})
CONTEXT_KINDS = ("counterfeit", "weak_counterfeit", "commerce", "impersonation", "benign",
                 "resale", "absolute", "warning", "authentic", "sale", "price", "goods",
                 "negation", "reissue", "genuine", "guarantee", "attribution", "verdict",
                 "purchase", "refusal")


@dataclass(frozen=True)
class Rules:
    """Everything the guard reads from configuration, validated once at load."""

    window: int
    thresholds: dict[str, int]               # decision -> minimum score
    max_field_chars: int
    weights: dict[str, int]                  # context kind (and "knockoff") -> weight
    evasion_weights: dict[str, int]
    needs_signals: frozenset[str]
    min_initials_chars: int
    ordinary_word_min_frequency: int          # jieba corpus count that makes a word common
    ordinary_part_min_frequency: int          # ... and words beginning or ending with it
    fuzzy_pinyin: tuple[tuple[str, str], ...]
    particles: frozenset[str]                 # 了 里 ...: a sound-alike ending in one is a phrase
    hit_evidence_window: int                  # a counterfeit word this close is on the hit itself
    cue_gap: int                              # a common-word mark's product cue this close counts
    emoji_words: dict[str, str]
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = str(DEFAULT_RULES)
    tied_window: int = 12                     # a counterfeit word this close is tied to the hit
    glued_word_min_zipf: float = 2.5          # an English word glued to a Latin hit is a word edge
    initials_english_min_zipf: float = 4.5    # an English word this common is no mark's initials
    # a Chinese character this common alone (wordfreq's Zipf scale) is everyday text's; a
    # sound-alike made of rarer ones was picked for its sound
    everyday_character_min_zipf: float = 2.5
    negation_gap: int = 2                     # 不是 … 仿品: characters between negation and word
    crossing_word_min_frequency: int = 10     # a word crossing a sound-alike's edge is this common
    fakes_as_topic: frozenset[str] = frozenset()   # counterfeit words no seller calls his goods
    # characters that are a counterfeit word wherever no dictionary word takes them (仿款, 仿原版;
    # not 模仿, 仿佛, 仿真)
    counterfeit_morphemes: frozenset[str] = frozenset()
    # (stop 46) words jieba lacks that take such a character into a word of their own (戏仿)
    morpheme_words: tuple[str, ...] = ()
    # (stop 47) a sale refused (不出售, not for sale), unless a place word says where the goods
    # are not sold (专柜不出售): its selling word sells nothing
    sale_refusals: tuple[str, ...] = ()
    sale_refusal_places: tuple[str, ...] = ()
    sale_refusal_reach: int = 12
    negation_prefixes: frozenset[str] = frozenset()   # 非 in 非正品: a negation written on the word
    # speech words (说, 号称, 所谓): selling words in their run of text are a warning's quote
    speech: frozenset[str] = frozenset()
    # 了, 的 after a counterfeit word and before more words: its object is written after it
    object_markers: frozenset[str] = frozenset()
    object_verbs: tuple[str, ...] = ()          # 还原 after 1:1: its object follows it too
    # warning verbs written apart (被微商坑了, 提个醒, 上了当): (first, last) characters and how
    # many characters of one clause may stand between them
    separable_warnings: tuple[tuple[str, str], ...] = ()
    separable_gap: int = 0
    # (stop 43) words opening what a warning tells the reader to beware of (beware of, 谨防)
    warned_against: tuple[str, ...] = ()
    # (stop 43) words naming a mark as what the goods fit (兼容, 适用于, compatible with)
    compatible_with: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()      # (stop 48) the same, opening a clause (装X的收纳盒)
    # reported speech written apart (那些跟你说): (who says, 说), read as an ``attribution`` word
    separable_attributions: tuple[tuple[str, str], ...] = ()
    # counterfeit words a money-back promise names as its condition (假货包退, money back if fake)
    guaranteed_fakes: frozenset[str] = frozenset()
    # first-person words: an English clause holding one is the poster's own, not part of a
    # reported or assessed sentence (``attribution``, ``verdict`` words) beside it
    first_person: frozenset[str] = frozenset()
    # others named as the subject of an English sentence (anyone, sellers, shops): with a relative
    # pronoun or a selling verb after them they are who sells, not the poster
    third_parties: frozenset[str] = frozenset()
    # verbs of others' trade in Chinese (卖): with a ``fakes_as_topic`` word and 的 after them
    # (卖假货的) they name the people who sell fakes, never the poster
    trade_verbs: tuple[str, ...] = ()
    # fakes as a class, not goods on offer: a counterfeit word right after a passive marker (总被仿:
    # others copy the brand) or right before a habitual word (仿品通常…: what fakes usually are)
    passive_markers: frozenset[str] = frozenset()
    habitual: tuple[str, ...] = ()
    # English quantifiers (most, many) that make the counterfeit word after them a class
    class_quantifiers: frozenset[str] = frozenset()
    # inspections (鉴定, 验): a negated genuine word right after one (鉴定不是正品) is what the
    # inspection may find, the condition of a promise, not the seller's admission
    inspections: tuple[str, ...] = ()
    # ``guarantee`` words that open a condition (如果, 万一): the others are remedies (退款, 包赔),
    # which promise something when written after a negated genuine word of their sentence
    guarantee_conditions: frozenset[str] = frozenset()
    # a mark's label put on goods (可印X标, 贴X标): an affixing verb right before the hit and a
    # label word right after it offer the mark itself, which is counterfeiting (stop 36)
    label_verbs: frozenset[str] = frozenset()
    label_words: tuple[str, ...] = ()
    # (stop 45) the brand disowns the goods (不是品牌店里卖的, 官网查不到): a denial before or after a
    # referent to the brand's channel, in an offer, is a look-alike word
    brand_referents: tuple[str, ...] = ()
    brand_denials: tuple[str, ...] = ()
    denial_reach: int = 4
    # (stop 45) the mark's label made by someone else (logo是后来工厂加上去的, 标照着正品做的)
    made_labels: tuple[str, ...] = ()
    made_wrappings: tuple[str, ...] = ()
    label_makers: tuple[str, ...] = ()
    making_verbs: frozenset[str] = frozenset()
    following: tuple[str, ...] = ()
    supplied_labels: tuple[str, ...] = ()
    # (stop 46) a label or wrapping put on afterwards (包装是后配的), the genuine article copied
    # (照着专柜款做的), a price a fraction of the genuine one's (正价的三分之一), an inspection gone
    # round (不走转转验货)
    made_afterwards: tuple[str, ...] = ()
    copied_referents: tuple[str, ...] = ()
    copying_verbs: tuple[str, ...] = ()
    retail_referents: tuple[str, ...] = ()
    inspection_places: tuple[str, ...] = ()
    # (stop 48) a copy said in plain words ([plain_copies]): a label or code printed by the seller
    # (码是打印的), goods of a small or unnamed factory (隔壁小厂出的), an inspection failed (验不过的),
    # a warning word a boast negates (鉴别不了)
    printed_labels: tuple[str, ...] = ()
    printing: tuple[str, ...] = ()
    other_makers: tuple[str, ...] = ()
    made_by: tuple[str, ...] = ()
    fails_after: tuple[str, ...] = ()
    fails_before: tuple[str, ...] = ()
    warning_undone_after: tuple[str, ...] = ()
    # who orders and pays (stop 36): the first person as the subject of these order verbs (我下单了,
    # 下单时我…) is a buyer's purchase, not an offer
    order_verbs: tuple[str, ...] = ()
    # the genuine article as the measure of sameness (和正品一模一样): a counterfeit word
    comparison_markers: frozenset[str] = frozenset()
    sameness: tuple[str, ...] = ()
    # a loss someone suffered (已有多名邻居被骗, I got scammed): a victim's, which no seller's offer
    # reports; a loss feared or promised away (怕被骗, 不会被坑) is none (stop 37)
    losses: tuple[str, ...] = ()
    # the genuine article named by where it is sold or as "the real one" (专柜, 商场, 正的): as a
    # comparison's measure of sameness, what `genuine` words are (stop 37)
    genuine_referents: tuple[str, ...] = ()
    # the same source as the genuine article (和柜台一个厂出来的): sameness words read with every
    # referent, and the only ones read with `source_referents` (大牌) (stop 38)
    same_source: tuple[str, ...] = ()
    source_referents: tuple[str, ...] = ()
    loss_conditions: tuple[str, ...] = ()
    # contact received, not offered (stop 39): a contact word whose subject is counted other
    # people (很多人私信问我) or contact as a thing received (收到很多私信) is no way to buy
    contact_words: frozenset[str] = frozenset()
    contact_quantifiers: tuple[str, ...] = ()
    contact_people: tuple[str, ...] = ()
    contact_adverbs: str = ""
    contact_received: tuple[str, ...] = ()
    # a verdict on a class of goods (stop 39): a hedge and a copula before a counterfeit word
    # naming fakes (基本都是仿品, 多半是高仿)
    class_hedges: tuple[str, ...] = ()
    class_verdict_words: tuple[str, ...] = ()
    class_kinds: tuple[str, ...] = ()       # (stop 43) a kind of goods before 就是 (KW货就是仿品)
    class_owners: tuple[str, ...] = ()
    # (stop 41) yuan per unit of each currency a price may be written in, and the date of those
    # rates: what a mark's declared price floor is compared with (``prices.amounts``)
    yuan_per: dict[str, float] = field(default_factory=dict)
    rates_date: str = ""
    # words of a poster selling off what he bought himself: no floor is read in their record
    own_item: tuple[str, ...] = ()
    # (stop 47, [judged_listings]) someone else's listing reported to be judged: the words that
    # open it (写着, 原帖, "listed as"), go on with it (，称…) and judge it
    listing_cues: tuple[str, ...] = ()
    listing_goes_on: tuple[str, ...] = ()
    listing_verdicts: tuple[str, ...] = ()
    # (stop 48) verdicts a seller passes on his own goods (不是正品): alone, in a record with no
    # price, selling or contact word, they judge no one else's listing
    listing_own_verdicts: tuple[str, ...] = ()
    # (stop 48) a price someone paid (花1570元买的, 以拿货价484买到): its opener, its verb, and the
    # words that make the verb an offer's "you can buy" when written straight before it (就能买到)
    listing_paid_openers: tuple[str, ...] = ()
    listing_paid_verbs: tuple[str, ...] = ()
    listing_paid_modals: tuple[str, ...] = ()
    # (stop 49, [others_offers]) goods before "for" that fit a mark (replacement laces for X),
    # words disclosing fitting goods are not the brand's (副厂), services done on a mark's goods
    # (维修) and how far after the hit, and words before a contact word that report it made (已联系)
    fitted_parts: tuple[str, ...] = ()
    fitted_disclosures: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()
    repair_reach: int = 8
    contact_done: tuple[str, ...] = ()
    sanctions_suffered: tuple[str, ...] = ()
    # (stop 50, [reported_offers]) quotations someone else said or wrote: a word naming what is
    # quoted before a colon (广告：“…”), a frame around the quotation (以“…”为), verdicts besides
    # [judged_listings]'s (封禁, 诉讼); English verbs telling another's trade in the past (offered);
    # words refusing a sale (不卖); verbs that make 过 an aspect marker (做过鉴定)
    quoted_sources: tuple[str, ...] = ()
    quote_frames: tuple[str, ...] = ()
    quote_frame_ends: tuple[str, ...] = ()
    reported_verdicts: tuple[str, ...] = ()
    past_trade_verbs: tuple[str, ...] = ()
    refused_sales: tuple[str, ...] = ()
    sale_turns: tuple[str, ...] = ()
    done_before: tuple[str, ...] = ()
    # (stop 50) a resale's papers (当票, 报关单), merged into [words] resale, and the denials that
    # stand before or after them (报关单没有): no proof
    papers: tuple[str, ...] = ()
    paper_denials: tuple[str, ...] = ()

    def decision_for(self, score: int) -> str:
        """The most severe decision whose threshold the score reaches."""
        for name in ("takedown", "demote", "review"):
            if score >= self.thresholds[name]:
                return name
        return "none"


def load_rules(override: Path | str | None = None) -> Rules:
    """The shipped rules, overlaid with ``override`` (or env ``ORIGIN_BRAND_RULES``) if given;
    a file named by the environment is named with the variable in an error."""
    if override or not os.environ.get(RULES_VARIABLE):
        return _load_rules(override)
    try:
        return _load_rules(os.environ[RULES_VARIABLE])
    except InputError as error:
        raise from_environment(error, RULES_VARIABLE) from None


def _load_rules(override: Path | str | None) -> Rules:
    data = read_toml(DEFAULT_RULES)
    source = str(override or DEFAULT_RULES)
    try:
        if override:
            data = overlay(data, read_toml(Path(override)), open_tables=OPEN_TABLES)
        for table, known in (("words", CONTEXT_KINDS), ("weights", (*CONTEXT_KINDS, "knockoff"))):
            if unknown := set(data[table]) - set(known):
                raise ValueError(f"{table}: unknown kinds {', '.join(sorted(unknown))} "
                                 f"(known: {', '.join(known)})")
        scoring, matching = data["scoring"], data["matching"]
        plain = data.get("plain_copies", {})     # (stop 48) a copy said in plain words
        others = data.get("others_offers", {})   # (stop 49) goods named without being offered
        reported = data.get("reported_offers", {})   # (stop 50) offers reported, papers kept
        # (stop 50) a copy said in more voices: its words join [words] and [plain_copies]' lists
        voices = data.get("copies_in_many_voices", {})
        plain = {key: (*plain.get(key, ()), *voices.get(key, ())) for key in {*plain, *voices}
                 if key not in CONTEXT_KINDS}
        words = {kind: tuple(str(word) for word in (*data["words"].get(kind, ()),
                                                    *voices.get(kind, ())))
                 for kind in CONTEXT_KINDS}
        # (stop 50) a resale's papers (当票, 报关单) are proof of purchase, as 小票 is
        words["resale"] += tuple(str(word) for word in reported.get("papers", ()))
        return _in_range(Rules(
            window=int(scoring["window"]),
            thresholds={name: int(scoring[name]) for name in ("review", "demote", "takedown")},
            max_field_chars=int(scoring["max_field_chars"]),
            weights={kind: int(value) for kind, value in data["weights"].items()},
            evasion_weights={kind: int(value) for kind, value in data["evasion_weights"].items()},
            needs_signals=frozenset(matching["needs_signals"]),
            min_initials_chars=int(matching["min_initials_chars"]),
            ordinary_word_min_frequency=int(matching["ordinary_word_min_frequency"]),
            ordinary_part_min_frequency=int(matching["ordinary_part_min_frequency"]),
            fuzzy_pinyin=tuple((str(a), str(b)) for a, b in matching["fuzzy_pinyin"]),
            particles=frozenset(str(p) for p in matching["particles"]),
            hit_evidence_window=int(matching["hit_evidence_window"]),
            cue_gap=int(matching.get("cue_gap", 2)),
            tied_window=int(matching.get("tied_window", 12)),
            glued_word_min_zipf=float(matching.get("glued_word_min_zipf", 2.5)),
            initials_english_min_zipf=float(matching.get("initials_english_min_zipf", 4.5)),
            everyday_character_min_zipf=float(matching.get("everyday_character_min_zipf", 2.5)),
            negation_gap=int(matching.get("negation_gap", 2)),
            crossing_word_min_frequency=int(matching.get("crossing_word_min_frequency", 10)),
            fakes_as_topic=frozenset(str(w) for w in matching.get("fakes_as_topic", ())),
            counterfeit_morphemes=frozenset(
                str(c) for c in matching.get("counterfeit_morphemes", ())),
            morpheme_words=tuple(str(w) for w in matching.get("morpheme_words", ())),
            sale_refusals=tuple(str(w) for w in matching.get("sale_refusals", ())),
            sale_refusal_places=tuple(str(w) for w in matching.get("sale_refusal_places", ())),
            sale_refusal_reach=int(matching.get("sale_refusal_reach", 12)),
            negation_prefixes=frozenset(str(c) for c in matching.get("negation_prefixes", ())),
            speech=frozenset(str(w) for w in matching.get("speech", ())),
            object_markers=frozenset(str(c) for c in matching.get("object_markers", ())),
            object_verbs=tuple(str(w) for w in matching.get("object_verbs", ())),
            separable_warnings=tuple((str(a), str(b))
                                     for a, b in matching.get("separable_warnings", ())),
            separable_gap=int(matching.get("separable_gap", 0)),
            warned_against=tuple(str(w).lower() for w in matching.get("warned_against", ())),
            compatible_with=tuple(str(w).lower() for w in (
                *matching.get("compatible_with", ()), *others.get("compatible_with", ()))),
            holders=tuple(str(w) for w in matching.get("holders", ())),
            separable_attributions=tuple(
                (str(a), str(b)) for a, b in matching.get("separable_attributions", ())),
            guaranteed_fakes=frozenset(str(w) for w in matching.get("guaranteed_fakes", ())),
            first_person=frozenset(str(w).lower() for w in matching.get("first_person", ())),
            third_parties=frozenset(str(w).lower() for w in matching.get("third_parties", ())),
            trade_verbs=tuple(str(w) for w in matching.get("trade_verbs", ())),
            passive_markers=frozenset(str(c) for c in matching.get("passive_markers", ())),
            habitual=tuple(str(w) for w in matching.get("habitual", ())),
            class_quantifiers=frozenset(
                str(w).lower() for w in matching.get("class_quantifiers", ())),
            inspections=tuple(str(w) for w in matching.get("inspections", ())),
            guarantee_conditions=frozenset(
                str(w) for w in matching.get("guarantee_conditions", ())),
            label_verbs=frozenset(str(c) for c in matching.get("label_verbs", ())),
            label_words=tuple(str(w).lower() for w in matching.get("label_words", ())),
            brand_referents=_merged(matching, plain, "brand_referents"),
            brand_denials=_merged(matching, plain, "brand_denials"),
            denial_reach=int(matching.get("denial_reach", 4)),
            made_labels=tuple(str(w).lower() for w in matching.get("made_labels", ())),
            made_wrappings=tuple(str(w) for w in matching.get("made_wrappings", ())),
            label_makers=tuple(str(w) for w in matching.get("label_makers", ())),
            making_verbs=frozenset(str(c) for c in (*matching.get("making_verbs", ()),
                                                    *data.get("sewn_labels", {}).get(
                                                        "making_verbs", ()))),
            following=tuple(str(w) for w in matching.get("following", ())),
            supplied_labels=tuple(str(w) for w in matching.get("supplied_labels", ())),
            made_afterwards=tuple(str(w) for w in (*matching.get("made_afterwards", ()),
                                                   *data.get("sewn_labels", {}).get(
                                                       "made_afterwards", ()),
                                                   *plain.get("made_afterwards", ()))),
            copied_referents=tuple(str(w) for w in matching.get("copied_referents", ())),
            copying_verbs=tuple(str(w) for w in matching.get("copying_verbs", ())),
            retail_referents=_merged(matching, plain, "retail_referents"),
            printed_labels=tuple(str(w).lower() for w in plain.get("printed_labels", ())),
            printing=tuple(str(w) for w in plain.get("printing", ())),
            other_makers=tuple(str(w) for w in plain.get("other_makers", ())),
            made_by=tuple(str(w) for w in plain.get("made_by", ())),
            fails_after=tuple(str(w) for w in plain.get("fails_after", ())),
            fails_before=tuple(str(w) for w in plain.get("fails_before", ())),
            warning_undone_after=tuple(str(w) for w in plain.get("warning_undone_after", ())),
            inspection_places=tuple(str(w) for w in matching.get("inspection_places", ())),
            order_verbs=tuple(str(w) for w in matching.get("order_verbs", ())),
            comparison_markers=frozenset(
                str(c) for c in matching.get("comparison_markers", ())),
            sameness=tuple(sorted(_merged(matching, plain, "sameness"), key=len, reverse=True)),
            losses=tuple(str(w).lower() for w in matching.get("losses", ())),
            genuine_referents=_merged(matching, plain, "genuine_referents"),
            same_source=tuple(sorted((str(w) for w in matching.get("same_source", ())), key=len,
                                     reverse=True)),
            source_referents=tuple(str(w) for w in matching.get("source_referents", ())),
            loss_conditions=tuple(str(w).lower() for w in matching.get("loss_conditions", ())),
            contact_words=frozenset(str(w).lower() for w in matching.get("contact_words", ())),
            contact_quantifiers=tuple(str(w) for w in matching.get("contact_quantifiers", ())),
            contact_people=tuple(str(w) for w in matching.get("contact_people", ())),
            contact_adverbs=str(matching.get("contact_adverbs", "")),
            contact_received=tuple(str(w) for w in matching.get("contact_received", ())),
            class_hedges=tuple(str(w) for w in matching.get("class_hedges", ())),
            class_verdict_words=tuple(
                str(w).lower() for w in matching.get("class_verdict_words", ())),
            class_owners=tuple(str(w) for w in matching.get("class_owners", ())),
            class_kinds=tuple(str(w) for w in matching.get("class_kinds", ())),
            emoji_words={str(k): str(v) for k, v in data.get("emoji_words", {}).items()},
            yuan_per={str(code).upper(): float(rate) for code, rate
                      in data.get("prices", {}).get("yuan_per", {}).items()},
            rates_date=str(data.get("prices", {}).get("rates_date", "")),
            own_item=tuple(str(w).lower() for w in data.get("prices", {}).get("own_item", ())),
            words=words,
            source=source,
            **_judged_listings(data.get("judged_listings", {})),
            fitted_parts=tuple(str(w).lower() for w in others.get("fitted_parts", ())),
            fitted_disclosures=tuple(str(w).lower() for w in others.get("fitted_disclosures", ())),
            repairs=tuple(str(w).lower() for w in others.get("repairs", ())),
            repair_reach=int(others.get("repair_reach", 8)),
            contact_done=tuple(str(w) for w in others.get("contact_done", ())),
            sanctions_suffered=tuple(str(w) for w in others.get("sanctions_suffered", ())),
            **{key: tuple(str(w).lower() for w in reported.get(key, ()))
               for key in ("quoted_sources", "quote_frames", "quote_frame_ends",
                           "reported_verdicts", "past_trade_verbs", "refused_sales",
                           "sale_turns", "done_before", "papers", "paper_denials")},
        ))
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        # the reason as a sentence: it was the exception's repr, ValueError("scoring.window ...")
        reason = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise InputError(source, f"brand rules are incomplete or malformed: {reason}") from None


def _merged(matching: dict, plain: dict, key: str) -> tuple[str, ...]:
    """(stop 48) A [matching] list with the words [plain_copies] adds to it."""
    return tuple(str(w) for w in (*matching.get(key, ()), *plain.get(key, ())))


def _judged_listings(table: dict) -> dict[str, tuple[str, ...]]:
    """(stop 47) The [judged_listings] words, lower-cased (English cues are read so)."""
    return {f"listing_{key}": tuple(str(word).lower() for word in table.get(key, ()))
            for key in ("cues", "goes_on", "verdicts", "own_verdicts", "paid_openers",
                        "paid_verbs", "paid_modals")}


def _in_range(rules: Rules) -> Rules:
    """Values no reviewer can mean are refused: a takedown threshold of -1 made every mention a
    takedown, a negative window silently read no context."""
    review, demote, takedown = (rules.thresholds[name] for name in ("review", "demote", "takedown"))
    if not 1 <= review <= demote <= takedown:
        raise ValueError(f"scoring: need 1 <= review <= demote <= takedown, not {review}, "
                         f"{demote}, {takedown}")
    for name in ("window", "max_field_chars", "min_initials_chars"):
        if getattr(rules, name) < 1:
            raise ValueError(f"{name} must be at least 1, not {getattr(rules, name)}")
    for name in ("hit_evidence_window", "cue_gap", "tied_window", "negation_gap", "denial_reach",
                 "ordinary_word_min_frequency", "ordinary_part_min_frequency",
                 "crossing_word_min_frequency", "separable_gap", "glued_word_min_zipf",
                 "repair_reach",
                 "initials_english_min_zipf", "everyday_character_min_zipf"):
        if getattr(rules, name) < 0:
            raise ValueError(f"{name} must not be negative, not {getattr(rules, name)}")
    for code, rate in rules.yuan_per.items():
        if not rate > 0:
            raise ValueError(f"prices.yuan_per.{code} must be above 0, not {rate}")
    return rules
