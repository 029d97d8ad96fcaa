"""Context decides: the same brand name is a review, news, a fruit, or a counterfeit offer.

A hit's decision comes from the words around it (``rules.toml``), how the mark was written, and
who posted it. Rules are checked in a fixed order and the first that applies names the decision,
so every decision carries the one rule a reviewer can look up.
"""
from __future__ import annotations

from dataclasses import dataclass

from origin.brands.automaton import OFFER_KINDS
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
    # a sound-alike of this brand posted by an account another brand authorises: "own" when it
    # is made of that brand's own characters (an authorised shop's own mark), "other" otherwise
    poster_owns: str | None = None
    stops: tuple[int, ...] = ()    # record positions of sentence stops (，。！？；：)
    names_other_brand: bool = False    # another brand is written out (mark, alias) in the record
    keeps_most: bool = False       # a sound-alike keeping most of its mark's characters (劳力是)
    # record positions of counterfeit words whose object is written after them (一比一复刻了这个镜头)
    objects_after: tuple[int, ...] = ()
    glued: bool = False            # a counterfeit word touching the hit (大江原单, 高仿大江)
    goods_after: bool = False      # a noun of jieba's dictionary right after the hit (哗渓子眉笔)
    # distance in words: units[p] counts the units before record position p, an English word
    # one unit as a Chinese character is (guard._word_units); None: one a character
    units: tuple[int, ...] | None = None
    # spelled as only someone hiding the mark from a filter spells it (guard._disguised: 浪@琴,
    # Lõngines, 索伲, suǒní), not as its owner or an honest writer does
    disguised: bool = False
    # (stop 41) the brand's owner declared a price floor and every price the record writes is
    # known and under it (``prices.under_floor``)
    under_floor: bool = False
    # (stop 41) initials written as the brand of the goods straight after them (lfx金手镯,
    # SfJ香皂, KDY钉子手镯: a noun of jieba's dictionary, or a goods word, a space apart at most)
    initials_on_goods: bool = False
    # (stop 43) the record names this brand as what its goods fit (兼容华为手表的充电线, compatible
    # with X), and the record positions of the poster's disclosures that they are not the brand's
    # own (非原装, not original): no admission of fakes for this brand
    compatible: bool = False
    disclosed: tuple[int, ...] = ()
    # (stop 49) the record names this brand's goods as what a service repairs (X维修, 都能修)
    serviced: bool = False

    def gap(self, start: int, end: int, other_start: int, other_end: int) -> int:
        """Units between this span and another (negative or 0 when they touch or overlap)."""
        if other_start >= end:
            low, high = end, other_start
        elif other_end <= start:
            low, high = other_end, start
        else:
            return -1
        if self.units is None:
            return high - low
        return self.units[high] - self.units[low]


@dataclass(frozen=True)
class Verdict:
    decision: str
    rule: str
    score: int
    near: tuple[Signal, ...]


def near(evidence: Evidence, signals: list[Signal], window: int) -> tuple[Signal, ...]:
    """Context words within ``window`` characters of the hit, each word counted once; a word
    inside the hit is part of the mark (元 in 元气森林 is no price)."""
    seen: dict[tuple[str, str], Signal] = {}
    end = evidence.position + evidence.length
    for signal in signals:
        if evidence.position <= signal.position and signal.position + len(signal.matched) <= end:
            continue
        if evidence.gap(evidence.position, end, signal.position,
                        signal.position + len(signal.matched)) <= window:
            seen.setdefault((signal.kind, signal.word), signal)
    return tuple(seen.values())


SOUND_VIAS = ("pinyin", "initials", "homophone")     # hits by sound, not by writing
# what makes a record offer goods when the rules decide: the automaton's offer words (a shop's
# talk, a sale, a price: OFFER_KINDS, for which sound hits are looked for) and weak counterfeit
# words. Two sets of one name until stop 31
DECIDING_OFFER_KINDS = frozenset(OFFER_KINDS) | {"weak_counterfeit"}


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


def _inside(signal: Signal, phrases: list[Signal]) -> bool:
    return any(p.position <= signal.position
               and signal.position + len(signal.matched) <= p.position + len(p.matched)
               for p in phrases)


def _apart(one: Signal, other: Signal) -> int:
    """Characters between two signals of one field (0 when they touch or overlap)."""
    return max(0, other.position - (one.position + len(one.matched)),
               one.position - (other.position + len(other.matched)))


def _inside_warnings(signals: list[Signal], rules: Rules | None = None) -> list[Signal]:
    """The signals that mean what they say: commerce words inside a warning, authenticity or
    review phrase (下单 in 官网下单, 批发 in 批发市场) are not sales talk; counterfeit and
    official words inside a brand's re-issue phrase (官方复刻) are not an offer of fakes; a
    counterfeit word right after a negation (不是仿品, 拒绝高仿) says the opposite; and one a
    money-back promise names as its condition (假货包退, 如果是假货, refund if not authentic) is
    the promise of a seller of the real thing (``guaranteed_fakes``); one written straight before
    a refusal (假货勿扰, 高仿不收) is goods the poster will not take."""
    # a question is a span the bought words' reading asks for (_bought_words), no context word
    signals = [s for s in signals if s.kind != "question"]
    quotes = [s for s in signals if s.kind == "quote"]
    if quotes:
        signals = [s for s in signals if s.kind != "quote"]
        # a warning quoting a seller (有人私信说有内部渠道货，别信) reports his selling words
        if not any(s.kind == "warning" for s in signals):
            quotes = []
    phrases = [s for s in signals if s.kind in WARNING_KINDS or s.kind == "benign"]
    reissues = [s for s in signals if s.kind == "reissue"]
    negations = [s for s in signals if s.kind == "negation"]
    refusals = [s for s in signals if s.kind == "refusal"]
    guarantees = [s for s in signals if s.kind == "guarantee"] if rules is not None \
        and rules.guaranteed_fakes else []
    if not (phrases or reissues or negations or refusals or guarantees):
        return signals
    gap = rules.negation_gap if rules is not None else 2
    kept = []
    for s in signals:
        if s.kind == "commerce" and _inside(s, phrases):
            continue
        if s.kind in ("commerce", "sale") and _inside(s, quotes):
            continue
        if s.kind in ("counterfeit", "impersonation") and _inside(s, reissues):
            continue
        if s.kind == "counterfeit" and any(
                n.field == s.field and 0 <= s.position - (n.position + len(n.matched)) <= gap
                for n in negations):
            continue
        if s.kind == "counterfeit" and any(
                r.field == s.field and r.position == s.position + len(s.matched)
                for r in refusals):
            continue       # 假货勿扰, 高仿不收: goods the poster refuses (a buy-back dealer's)
        if guarantees and s.kind == "counterfeit" and s.word in rules.guaranteed_fakes and any(
                g.field == s.field and _apart(s, g) <= gap for g in guarantees):
            continue       # 售出不退但假货包退, money back if fake: a genuine seller's promise
        kept.append(s)
    return kept


# a sound-alike posted by an account that owns or sells another brand, and the rule that lets it go
OWN_POSTS = {"own": "authorised_account_own_characters",
             "own_brand_post": "authorised_account_own_post"}
SALE_KINDS = frozenset({"commerce", "sale", "price"})


def tied(evidence: Evidence, around: tuple[Signal, ...], window: int,
          same_clause: bool = False) -> bool:
    """A counterfeit word tied to the hit: within ``window`` characters of it in its field, or
    in the description of a hit in the title (a listing's title names what its text describes);
    ``same_clause``: only in its field, with no sentence stop (，。！？) between, and not a
    counterfeit word after the hit whose own object follows it (一比一复刻了这个镜头)."""
    end = evidence.position + evidence.length
    for s in around:
        if s.kind != "counterfeit":
            continue
        if same_clause and s.position >= end and s.position in evidence.objects_after:
            continue
        if s.field == evidence.field and evidence.gap(
                evidence.position, end, s.position, s.position + len(s.matched)) <= window:
            # the stretch between them: a separator inside the mark (白 . 猫) is no stop
            low, high = (end, s.position) if s.position >= end else \
                (s.position + len(s.matched), evidence.position)
            if not same_clause or not any(low <= stop < high for stop in evidence.stops):
                return True
        if evidence.field == "title" and s.field == "description" and not same_clause:
            return True
    return False


# quotation marks (not a speech word's run): what they hold is someone else's words
QUOTE_MARKS = frozenset("“「『\"'‘")
# sentences that report others' words or deeds (attribution) or pass a verdict on fakes: the
# guard widens these words to their sentence (guard._said_sentences)
SAID_KINDS = ("attribution", "verdict")
# a buyer's own purchase (收到的…疑似假货, 花¥118买的, "bought a fake … by mistake"): widened the same
BOUGHT_KINDS = ("purchase",)
# a question the poster asks (朋友送了个X，我怀疑是高仿，怎么去验？): in a record holding a purchase
# word that offers nothing and names no price, its counterfeit words are what he asks about, as a
# buyer's are what he got
ASKED_KINDS = ("question",)
# (stop 44) a question whether to buy (代购说是"尾单"，能买吗？: guard.BUYING_QUESTION), a
# ``purchase`` signal of this word: a buyer's question, read as the questions above are, in a record
# that offers nothing and names no price outside it; it needs no purchase word beside it
BUYING_ASKED = "buying_question"
# (stop 49) such a question about someone else's offer, every offer word of the record reported
# or asked about (others_offers.offers_asked_about): an ``attribution`` span of this word
OFFER_ASKED = "offer_asked_about"
# what such a sentence tells of the purchase: what the buyer received and what he paid
BOUGHT_WORDS = frozenset({"counterfeit", "price"})
# the words of such a sentence that are not the poster's: what an offer of fakes is made of
REPORTED_KINDS = DECIDING_OFFER_KINDS | {"counterfeit"}
# the poster's own offer: contact and selling words outside those sentences (a price alone is not
# one: a warning quotes prices)
OWN_OFFER_KINDS = frozenset({"commerce", "sale"})


def decide(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    """The decision for one hit and the rule that made it, never a measure in a text that
    reports a victim or warns and offers no way to buy (``not_acted_on``)."""
    return not_acted_on(evidence, _decided(evidence, signals, rules), signals, rules)


def not_acted_on(evidence: Evidence, verdict: Verdict, signals: list[Signal],
                 rules: Rules) -> Verdict:
    """What no measure may follow, whatever else the text says (applied to the learnt model's
    verdict too): a text that reports a victim (``victims``), and a warning-shaped one
    (``warning_shaped``)."""
    return warned(victims(evidence, verdict, signals, rules), signals, rules)


# what a warning is made of: advice and an authority's words (warning), a verdict on fakes or on
# the trade, a victim's loss
WARNING_SHAPES = frozenset({"warning", "verdict", "loss"})


def warning_shaped(signals: list[Signal], rules: Rules) -> bool:
    """A warning's shape (stop 38): a warning, verdict or loss word, and no way to buy from the
    poster — no contact or selling word of his own (``OWN_OFFER_KINDS`` outside the sentences
    that report or judge others' trade, outside warning phrases: 官网下单). A price alone is no
    way to buy: a warning quotes the prices fakes go for. A seller who writes 谨防假冒 still gives
    his (拍下秒发 包邮). Fakes named as such are not enough: a live seller writes "Fake but
    identical to the real thing … Limited stock tonight" with no contact word."""
    if not any(s.kind in WARNING_SHAPES for s in signals):
        return False
    _, reported, bought = _not_the_posters(signals)
    return not any(s.kind in OWN_OFFER_KINDS and s not in reported and s not in bought
                   for s in _inside_warnings(signals, rules))


def warned(verdict: Verdict, signals: list[Signal], rules: Rules) -> Verdict:
    """A warning-shaped text (``warning_shaped``) gets a look at most: whatever counterfeit words
    and goods it names, nothing in it can be bought, and a measure on a warning about fakes
    silences the warning (a legal explainer's "Is selling fake X a crime? … can bring fines and
    prison", an authenticator's 这批假货连包装都仿得很像 with advice before buying). And nothing
    when the counterfeit and look-alike words near the hit are all someone else's (stop 39): a
    seller quoted, reported or judged (a removal notice's 你发布的“X 同厂同款”涉嫌售假，已下架处理),
    so the text names nothing of its own to look at; a hit with none (a disguised mark beside a
    price) keeps its look."""
    if verdict.decision == "none" or not warning_shaped(signals, rules):
        return verdict
    _, reported, bought = _not_the_posters(signals)
    named = [s for s in verdict.near if s.kind in ("counterfeit", "weak_counterfeit")]
    if named and all(s in reported or s in bought for s in named):
        return Verdict("none", "warning_quotes_others", verdict.score, verdict.near)
    if SEVERITY[verdict.decision] <= SEVERITY["review"]:
        return verdict
    return Verdict("review", "warning_without_a_way_to_buy", verdict.score, verdict.near)


def victims(evidence: Evidence, verdict: Verdict, signals: list[Signal], rules: Rules) -> Verdict:
    """A text that reports a loss someone suffered (a ``loss`` word: 已有多名邻居被骗, got
    scammed) is a warning: its selling words (先加微信再发链接，收钱后发的是假货) are how the
    victims were sold to, not the poster's offer, and no seller reports his buyers cheated. A
    review at most, and nothing beside a plain mark whose counterfeit words all name fakes as
    such (假货, fake: no seller calls his goods that). Applied to the learnt model's verdict
    too, which may not raise such a text either."""
    if verdict.decision == "none" or not any(s.kind == "loss" for s in signals):
        return verdict
    named = {s.word for s in verdict.near if s.kind == "counterfeit"}
    if named and named <= rules.fakes_as_topic and evidence.via in ("mark", "alias") \
            and not any(rules.evasion_weights.get(e, 0) for e in evidence.evasions):
        return Verdict("none", "victims_of_fakes", verdict.score, verdict.near)
    if SEVERITY[verdict.decision] <= SEVERITY["review"]:
        return verdict
    return Verdict("review", "victims_reported", verdict.score, verdict.near)


def _decided(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    """The decision for one hit and the rule that made it. Counterfeit words in quotation marks
    (微商说的“原单”“工厂货”) are words the writer reports, a seller's or a warning's: they
    may get a hit a look, never a measure on their own (the same record without them decides
    whether there is one)."""
    verdict = _judged(evidence, signals, rules)
    if verdict.decision == "none":
        return verdict
    said = _others_words(evidence, signals, rules, verdict)
    if said is not verdict or SEVERITY[verdict.decision] <= SEVERITY["review"]:
        return said
    quotes = [s for s in signals if s.kind == "quote" and s.word[:1] in QUOTE_MARKS]
    quoted = [s for s in signals if s.kind == "counterfeit" and _inside(s, quotes)]
    if not quoted:
        return verdict
    rest = [s for s in signals if s not in quoted]
    # (stop 45) and without what the text attributes to others (a buyer's 求助：X“原单货”靠谱吗
    # over 看到有人卖X…说跟专柜一模一样)
    without = _others_words(evidence, rest, rules, _judged(evidence, rest, rules))
    if SEVERITY[without.decision] >= SEVERITY["review"]:
        return without
    return Verdict("review", "quoted_counterfeit_words", verdict.score, verdict.near)


def _others_words(evidence: Evidence, signals: list[Signal], rules: Rules,
                  verdict: Verdict) -> Verdict:
    """A flag never rests on counterfeit words the text attributes to others (那些说一比一复刻还
    ¥99包邮的, "They send photos …, then ship a fake") or passes a verdict on (一律是假货, "is
    trademark infringement", "money wasted"): judged without them and the selling and price words
    of their sentences, the poster's own words decide. When they decide less: a demote at most
    if the poster offers something of his own (selling or contact words outside those sentences:
    "others sell fakes, mine are real, DM me" is still an offer, never a takedown); if he does
    not, nothing without a counterfeit word of his own, and his own words' decision, a review at
    most, with one."""
    spans, reported, bought = _not_the_posters(signals)
    if not any(s.kind == "counterfeit" for s in reported + bought):
        if not reported + bought:
            return verdict
        # someone else's selling words (有人上门推销X，说是厂家直销¥88) or the price a buyer paid
        # (680块买的) with no counterfeit word among them, beside fakes the poster names as such
        # (其实是假货, 左边正品右边假货): no sale of his, a text about fakes. Anywhere else they
        # still count: a seller's price after "I got you" or "they say" is his own
        own = _judged(evidence, [s for s in signals if s not in reported and s not in bought],
                      rules)
        # (stop 49) or a buyer asking whether to buy someone else's offer, which is all the
        # record's offer words: what the seller said of it is no sale of the poster's
        asked = any(s.word == OFFER_ASKED for s in spans)
        return own if own.rule == "fakes_named_not_sold" or asked else verdict
    own = _judged(evidence, [s for s in signals if s not in reported and s not in bought], rules)
    if SEVERITY[own.decision] >= SEVERITY[verdict.decision]:
        return verdict
    attributed = [s for s in spans if s.kind == "attribution"]
    purchases = [s for s in signals if s.kind in BOUGHT_KINDS]
    rule = "attributed_counterfeit_words" if any(
        s.kind == "counterfeit" and _inside(s, attributed) for s in reported) \
        else "assessed_counterfeit_words" if any(s.kind == "counterfeit" for s in reported) \
        else "bought_counterfeit_words" if any(
            s.kind == "counterfeit" and _inside(s, purchases) for s in bought) \
        else "asked_counterfeit_words"
    # what the text says, not who says it: an account's name (whatsapp_scam_watch) is no offer
    if {s.kind for s in own.near if s.field != "account_name"} & OWN_OFFER_KINDS:
        return Verdict(cap(verdict.decision, "demote"), rule, verdict.score, verdict.near)
    if not any(s.kind == "counterfeit" for s in own.near):
        # nothing offered and no counterfeit word of the poster's: look-alike words beside a
        # warning describe the real article (正品比亚迪原厂脚垫都有防伪码)
        return Verdict("none", rule, own.score, own.near)
    return Verdict(cap(own.decision, "review"), rule, own.score, own.near)


def _not_the_posters(signals: list[Signal]) -> tuple[list[Signal], list[Signal], list[Signal]]:
    """The sentences that report or judge (``SAID_KINDS`` spans), the offer words inside them,
    and the words of a buyer's purchase or question (``_bought_words``). In a text that warns
    (a ``WARNING_SHAPES`` word), what it holds in quotation marks is a seller quoted too (stop
    39: a removal notice's "A listing described as 'X, mirror quality' was removed", an
    authenticator's 那种“原厂货”X): his words, not the poster's."""
    spans = [s for s in signals if s.kind in SAID_KINDS]
    if any(s.kind in WARNING_SHAPES for s in signals):
        spans += [s for s in signals if s.kind == "quote" and s.word[:1] in QUOTE_MARKS]
    reported = [s for s in signals if s.kind in REPORTED_KINDS and _inside(s, spans)]
    return spans, reported, _bought_words(signals, reported)


def others_counterfeit_words_only(near_hit: tuple[Signal, ...], signals: list[Signal]) -> bool:
    """Whether the counterfeit words near a hit are all someone else's (reported, judged, bought
    or asked about) and the poster offers nothing of his own: what ``_others_words`` lets go, so
    no learnt reading of the text may raise it either ("mine is genuine, the fake ones you
    linked look nothing like it")."""
    if not any(s.kind == "counterfeit" for s in near_hit):
        return False
    _, reported, bought = _not_the_posters(signals)
    theirs = reported + bought
    own = [s for s in near_hit if s not in theirs]
    return not any(s.kind == "counterfeit" for s in own) and not (
        {s.kind for s in own if s.field != "account_name"} & OWN_OFFER_KINDS)


def _bought_words(signals: list[Signal], reported: list[Signal]) -> list[Signal]:
    """The counterfeit words and prices of a buyer's own purchase (收到的X疑似假货怎么办 / 在某平台
    花¥118买的, "Bought a fake X by mistake / … at $15, turned out to be a knockoff"): what he
    received and paid, in a record that offers nothing — no selling or contact word anywhere
    (a "buyer" who sells, "bought 1:1 replicas from the factory, DM me", still offers); and the
    counterfeit words of the questions he asks in such a record with no price either (X的高仿和
    正品区别大吗？): what he asks about."""
    purchases = [s for s in signals if s.kind in BOUGHT_KINDS and s.word != BUYING_ASKED]
    asked = [s for s in signals if s.kind in ASKED_KINDS or s.word == BUYING_ASKED]
    if not (purchases or any(s.word == BUYING_ASKED for s in asked)) \
            or any(s.kind in OWN_OFFER_KINDS for s in signals):
        return []
    if not any(s.kind == "price" and not _inside(s, purchases) for s in signals):
        # the poster's questions about what he received or suspects (朋友送了个X，我怀疑是高仿，
        # 高仿和正品差在哪？) or whether to buy; a seller's question (有要的吗？) comes with no
        # purchase word, a price makes it an offer (要高仿的吗？¥99; 高仿X能买吗？能！¥99) unless it
        # is what the buyer paid, inside his purchase's sentence ("My friend got this X for £98 …
        # Is it fake?")
        purchases += asked
    return [s for s in signals if s.kind in BOUGHT_WORDS and s not in reported
            and _inside(s, purchases)]


def _judged(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    verdict = _decide(evidence, signals, rules)
    if verdict.rule == DISGUISED_IN_AN_OFFER and evidence.poster_owns is None:
        # an offer is what the weak sounds below wait for: the disguise in one stands
        return _offer_needed(evidence, verdict, rules)
    if verdict.decision != "none" and evidence.poster_owns in OWN_POSTS:
        # 蜜雪冰城's shop writing 雪冰 (sounds like a mark 薛兵): its own characters; 旺旺's shop
        # writing 旺旺仙贝 (仙贝 sounds like a mark 先背): a post about its own brand, written out
        return Verdict("none", OWN_POSTS[evidence.poster_owns], verdict.score, verdict.near)
    if evidence.weak_sound == "two_syllables_only" and verdict.decision != "none":
        # any two syllables may sound like a two-character mark (划位 for 华为): with none of the
        # mark's characters and no counterfeit word next to it, a human looks when the record
        # sells something (goods right after it, selling talk), no measure; otherwise nothing
        offering = evidence.offer_shape or {s.kind for s in verdict.near} & DECIDING_OFFER_KINDS
        return Verdict("review" if offering else "none", evidence.weak_sound, verdict.score,
                       verdict.near)
    if evidence.weak_sound == "homophone_needs_an_offer" and verdict.decision != "none" and not (
            # selling one's own (自用送人都行, 九成新) is an offer too, as _offer_needed reads it;
            # (stop 50) not offer words someone else's listing holds (摊主说“…包邮”)
            evidence.offer_shape
            or {s.kind for s in verdict.near if s not in _not_the_posters(signals)[1]}
            & (DECIDING_OFFER_KINDS | {"resale"})):
        return Verdict("none", evidence.weak_sound, verdict.score, verdict.near)
    return _offer_needed(evidence, verdict, rules)


def _offer_needed(evidence: Evidence, verdict: Verdict, rules: Rules) -> Verdict:
    """No takedown without a sale signal AND a counterfeit word tied to the hit, and nothing at
    all for a sound-alike, or a mark with a counterfeit word elsewhere, in a text that offers
    nothing: news, warnings and everyday sentences use the same words."""
    if verdict.decision == "none" or verdict.rule == "account_impersonation":
        return verdict
    kinds = {s.kind for s in verdict.near}
    # selling one's own item (九成新, 闲置, 转卖) is an offer too: 出GREE空调，高仿，九成新
    offering = bool(kinds & DECIDING_OFFER_KINDS or "goods" in kinds or "resale" in kinds
                    or evidence.offer_shape or evidence.product_cue or "impersonation" in kinds)
    if evidence.via == "homophone" and not offering:
        # 哇哈哈 … 1:1复刻了猫咪的表情, 他的爱马是 … 复刻: a sound-alike in a text that sells
        # nothing and names no goods is someone's sentence, not a disguised mark; one keeping
        # most of the mark's characters with a counterfeit word right on it in its clause
        # (格兰是微波炉 一比一做工, 劳力是原单) gets a look, as a mark does; and so does one
        # written as the brand of the goods after it, a counterfeit word in that clause (醢尔冰箱
        # 仿款): goods are any noun of the dictionary, not only the listed ones
        if (evidence.keeps_most or evidence.goods_after) and evidence.weak_sound is None \
                and tied(evidence, verdict.near, rules.hit_evidence_window, same_clause=True):
            return Verdict("review", "sound_alike_without_an_offer", verdict.score,
                           verdict.near)
        return Verdict("none", "sound_alike_without_an_offer", verdict.score, verdict.near)
    named = {s.word for s in verdict.near if s.kind == "counterfeit"}
    if named and named <= rules.fakes_as_topic and not kinds & SALE_KINDS \
            and "impersonation" not in kinds and evidence.via in ("mark", "alias") \
            and not any(rules.evasion_weights.get(e, 0) for e in evidence.evasions):
        # 左边正品右边假货 (an authenticator's comparison), 其实是假货: a plain mark beside fakes
        # named as such (假货, fake: no seller calls his own goods that) and no sale, contact or
        # price word of the poster's is a text about fakes, whatever goods it names
        return Verdict("none", "fakes_named_not_sold", verdict.score, verdict.near)
    if "counterfeit" in kinds and not offering and evidence.via in ("mark", "alias"):
        # 博物馆里有一块始祖鸟化石，顺便一比一复刻了灶台: a counterfeit word in another clause of
        # a text that names no goods and sells nothing; one right on the mark (高仿耐克) gets a look
        if not tied(evidence, verdict.near, rules.hit_evidence_window, same_clause=True):
            return Verdict("none", "counterfeit_words_without_an_offer", verdict.score,
                           verdict.near)
        if SEVERITY[verdict.decision] > SEVERITY["review"]:
            return Verdict("review", "counterfeit_words_without_an_offer", verdict.score,
                           verdict.near)
        return verdict
    if evidence.poster_owns == "other":
        return Verdict(cap(verdict.decision, "review"), "authorised_account_sound_alike",
                       verdict.score, verdict.near)
    if verdict.decision != "takedown":
        return verdict
    sale = bool(kinds & SALE_KINDS)
    if sale and tied(evidence, verdict.near, rules.tied_window):
        return verdict
    return Verdict("demote", "takedown_needs_sale_and_tied_word", verdict.score, verdict.near)


DISGUISED_IN_AN_OFFER = "disguised_mark_in_an_offer"


# (stop 47) someone else's listing reported to be judged (listings.py): an ``attribution`` span,
# present only where it holds every price, selling and contact word of the record
LISTING_REPORTED = "listing_reported"
# (stop 48) and a price someone paid (花1570元买的), reported and judged the same way
PRICE_PAID = "price_paid"


def disguised_in_an_offer(evidence: Evidence, kinds: set[str], signals: list[Signal]) -> bool:
    """A disguised spelling of the mark (``Evidence.disguised``) with selling or price words near
    it, in a record that neither warns without selling (a warning quotes the evader's spelling,
    and may quote his price) nor reports a victim."""
    if not evidence.disguised or not kinds & SALE_KINDS:
        return False
    if any(signal.word in (LISTING_REPORTED, PRICE_PAID) for signal in signals):
        return False        # (stop 47) its prices are all a listing the record judges
    if kinds & set(WARNING_KINDS) and not kinds & {"commerce", "sale"}:
        return False
    return not any(signal.kind == "loss" for signal in signals)


# (stop 45) the inspection turned down in an offer (不接受鉴定, 拒绝验货): a look-alike word, and
# no resale of the real thing where only the account's name says resale (refused_unless_resold)
INSPECTION_REFUSED = "inspection_refused"
# (stop 46) a price said to be a fraction of the genuine one's (官方价十分之一): a look-alike word
RETAIL_FRACTION = "fraction_of_retail"
# (stop 45, 46; here since stop 48) the mark's label made by someone else (码是打印的) and the
# genuine article copied (照着专柜款做的): counterfeit words read from a clause's shape
LABEL_MADE = "label_made_elsewhere"
COPIED = "copied_from_the_genuine"
# (stop 48) what a seller says to measure his own goods against the genuine ones, read from the
# text's shape and never seen by the learnt model as a word: a price a fraction of the genuine
# one's, the inspection refused or failed, the label made elsewhere, the genuine article copied
SELLERS_MEASURES = frozenset({RETAIL_FRACTION, INSPECTION_REFUSED, LABEL_MADE, COPIED})


def refused_unless_resold(around: list[Signal]) -> bool:
    """The inspection turned down where only the account's name speaks of a resale (二手群新人
    selling 全新 … 不接受鉴定): what is offered is said to be no resale's, and the goods refuse
    the test a reseller of the real thing invites. A description calling its goods second-hand
    (自用闲置，不支持验货) stays a resale."""
    return any(s.word == INSPECTION_REFUSED for s in around) and all(
        s.field == "account_name" for s in around if s.kind == "resale")


# (stop 43) a mark named as what the goods fit, nothing counterfeit said of them
# (Evidence.compatible)
COMPATIBLE_GOODS = "compatible_goods"
# (stop 49) a mark named as the goods a service repairs (Evidence.serviced)
SERVICED_GOODS = "serviced_goods"
PRICED_UNDER_FLOOR = "priced_under_the_marks_floor"
# (stop 41) words anywhere in the record that keep a price floor from being read: the poster
# resells his own item (a student's price is still a resale), warns, reviews or reports, says
# what he paid or lost, quotes or judges someone else, refuses, or asks
NOT_UNDER_FLOOR = frozenset({"resale", "warning", "authentic", "benign", "loss", "purchase",
                             "verdict", "attribution", "refusal", "question", "quote"})


def priced_under_floor(evidence: Evidence, kinds: set[str], signals: list[Signal]) -> bool:
    """A mark whose owner declared a price floor, every price of the record known and under it
    (``Evidence.under_floor``), in a record with a way to buy (a ``commerce`` or ``sale`` word)
    and none of ``NOT_UNDER_FLOOR``'s words; a counterfeit or look-alike word beside the hit
    decides by the rules that read them. Evidence for a look only: the floor alone never
    measures anything."""
    if not evidence.under_floor or kinds & {"counterfeit", "weak_counterfeit"}:
        return False
    record = {signal.kind for signal in signals}
    return bool(record & {"commerce", "sale"}) and not record & NOT_UNDER_FLOOR


def _decide(evidence: Evidence, signals: list[Signal], rules: Rules) -> Verdict:
    if evidence.disclosed:
        signals = [s for s in signals if s.position not in evidence.disclosed]
    around = near(evidence, _inside_warnings(signals, rules), rules.window)
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
    if evidence.compatible and not kinds & {"counterfeit", "weak_counterfeit"}:
        # (stop 43) 兼容华为手表的充电线，第三方产品，非原装: the mark names what the goods fit and
        # the poster says they are not the brand's own; nominative use, whatever sells them
        return verdict("none", COMPATIBLE_GOODS)
    if evidence.serviced and "counterfeit" not in kinds:
        # (stop 49) 大疆云台维修 … 不是大疆官方网点，换的是原厂配件: a service done on the mark's
        # goods; its look-alike words are the shop's parts and standing, not goods bearing the mark
        return verdict("none", SERVICED_GOODS)
    if "benign" in kinds:
        if not kinds & {"commerce", "sale"} or not kinds & {"counterfeit", "weak_counterfeit"}:
            # a review that says where it was bought (官方旗舰店下单 包邮) sells nothing fake; a
            # sale word (有需要, 联系, 直接拍) sells as a commerce word does, so counterfeit words
            # beside one in a review-worded post (开箱 … 复刻版 … 联系方式) get a look
            if kinds & {"commerce", "sale"} and disguised_in_an_offer(evidence, kinds, signals):
                # (stop 40) a mark hidden from a filter beside the poster's own selling words,
                # whatever else the post says (a shopper abroad's 被海关抽到税我来补 … 含税到手
                # under 呕米茄): nobody selling the real thing hides its name; a look, no measure
                return verdict("review", "disguised_mark_beside_benign_words")
            return verdict("none", "benign_context")
        return verdict(cap(scored, "review"), "benign_context_with_sales_talk")
    impersonating = evidence.field == "account_name" and any(
        s.kind == "impersonation" and s.field == "account_name" for s in around)
    if evidence.weak_sound == "sound_alike_needs_evidence_on_hit":
        # 飞了 sounds like 斐乐, 打浆 like 大疆: a phrase or rare word with none of the mark's
        # characters and no counterfeit word or odd spelling on it is not the brand
        return verdict("none", evidence.weak_sound)
    if evidence.weak_sound in ("sound_alike_is_ordinary_word", "mark_across_words"):
        # an everyday word that happens to sound like a mark (大江, 谨防): only the brand's own
        # product next to counterfeit talk makes it the brand
        if "counterfeit" not in kinds or not evidence.product_cue:
            # a price is no sale signal in a warning, which may quote one (价格低得离谱的…多半是假货)
            selling = bool(kinds & {"commerce", "sale"}) or "price" in kinds \
                and "warning" not in kinds
            if evidence.on_hit and evidence.offer_shape or evidence.glued and selling:
                # 划为墨镜 仿品, 大酱鞋子 高仿: an ordinary word written as the brand of the goods
                # it stands against, a counterfeit word on it; or glued to a counterfeit word in a
                # record that sells (大江原单云台 … 拍下, 高仿大江无人机 … 包邮): still only a look
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
        # another brand's initials in a warning that names its brand plainly (买QQ糖请去专柜 in a
        # warning about 旺旺) are a word of the warning: the warning rule below decides them
        warned = "warning" in kinds and evidence.names_other_brand \
            and not kinds & {"commerce", "sale"}
        if not backing and counterfeit_words < 2 and not warned:
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
        # another brand's sound-alike in a warning that names its brand plainly (低价华为手机多为
        # 高仿: 多为) is a word of the warning, not a second brand disguised
        incidental = evidence.via in SOUND_VIAS and evidence.names_other_brand
        # or authenticity advice about 假货 alone: no seller calls his goods that
        named = {s.word for s in around if s.kind == "counterfeit"}
        topic = bool(named) and named <= rules.fakes_as_topic
        if ("warning" in kinds or topic) and (plain or incidental):
            return verdict("none", "warning_against_fakes")
        if SEVERITY[scored] > SEVERITY["review"]:
            return verdict("review", "warning_context")
    if "resale" in kinds and "counterfeit" not in kinds and evidence.via != "knockoff" \
            and not refused_unless_resold(around):
        # a second-hand sale of the real thing; a visibly odd spelling or an official-sounding
        # account name still deserves a look, never a measure
        odd_spelling = any(rules.evasion_weights.get(e, 0) for e in evidence.evasions
                           if e not in ("homophone", "pinyin", "initials")) \
            or evidence.disguised and not kinds & set(WARNING_KINDS)
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
        # 长城 in a travel diary next to "复刻 … 1:1还原": counterfeit words alone are not enough;
        # selling talk is, a sale word (直接拍, 有需要) as a commerce word
        backing = kinds & {"weak_counterfeit", "commerce", "sale", "impersonation"}
        # or the brand's product named in the record and a counterfeit word on the mark itself
        # (单车到货 / 永久原单): 长城 in a travel diary has neither
        # or the mark romanised (xiongmao TV replicas, lao ban gas stove 1:1): a name spelled in
        # pinyin is no everyday word of the text it stands in, so a counterfeit word on it
        # in its clause is enough for a look
        # or the word hidden from a filter: an evasion only an evader uses (苹\u200b果: a
        # zero-width character, a look-alike letter, an overlay) is not how the fruit is written
        hidden = any(rules.evasion_weights.get(e, 0) >= 2 for e in evidence.evasions)
        named = evidence.product_cue or evidence.via == "pinyin" or hidden
        if "counterfeit" not in kinds and disguised_in_an_offer(evidence, kinds, signals):
            # the everyday word hidden from a filter where goods are sold (骆│驼冲锋衣 批发价,
            # 摆鶜洗洁精 59r, XUEHUA纯生 39r): nobody writes a camel or a snowflake so; a look
            return verdict("review", DISGUISED_IN_AN_OFFER)
        if "counterfeit" not in kinds or not (backing or named and tied(
                evidence, around, rules.hit_evidence_window, same_clause=True)):
            return verdict("none", "common_word_without_context")
        return verdict(cap(scored, "review"), "common_word_needs_context")
    if evidence.field == "account_name" and SEVERITY[scored] < SEVERITY["review"]:
        return verdict("review", "brand_in_account_name")
    if disguised_in_an_offer(evidence, kinds, signals) and not kinds & {
            "counterfeit", "weak_counterfeit"} and evidence.via != "knockoff":
        # a mark hidden from a filter in a record that sells (今天团浪@琴石英表 888r一份, 索伲微单
        # 学生价39米, HuiLi小白鞋 39r): the seller hides what he sells; nobody selling the real
        # thing needs to. A human looks; a measure needs the evidence it always needs
        return verdict(cap(scored, "demote") if scored != "none" else "review",
                       DISGUISED_IN_AN_OFFER)
    if scored == "none" and evidence.initials_on_goods and "price" in kinds:
        # (stop 41) a mark's initials written as the brand of goods, priced and offered (#lfx金手镯
        # 680r 要的扣, ＳＰＥ电饭煲 139元 … 拍前咨询): its owner writes the name, a filter's
        # evader its letters; a look, never a measure
        return verdict("review", "initials_on_priced_goods")
    if scored == "none":
        if priced_under_floor(evidence, kinds, signals):
            return verdict("review", PRICED_UNDER_FLOOR)
        return verdict("none", "mention")
    if "counterfeit" in kinds:
        return verdict(scored, "counterfeit_signals")
    if evidence.via == "knockoff":
        return verdict(scored, "knockoff_name")
    if "weak_counterfeit" in kinds:
        return verdict(scored, "look_alike_signals")
    if evasion_score and "commerce" not in kinds:
        return verdict(cap(scored, "review"), "obfuscated_mark")   # odd spelling alone: a human looks
    if not evasion_score and evidence.via in ("mark", "alias"):
        # a mark written plainly with selling words and nothing that says fake (搬家低价转索尼
        # 游戏手柄 … 原价五折出): a shop or a person selling the real thing, which any mark's
        # name next to 包邮 or 清仓 also is; an infringement needs evidence of its own, which
        # a price under the floor its owner declared is (stop 41): a look, never a measure
        if priced_under_floor(evidence, kinds, signals):
            return verdict("review", PRICED_UNDER_FLOOR)
        return verdict("none", "sales_talk_without_counterfeit_signal")
    return verdict(scored, "sales_talk")
