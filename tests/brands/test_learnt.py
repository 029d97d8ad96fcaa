"""The learnt context model: what it may change, what the hard rules keep, and its shipped file."""
from __future__ import annotations

import numpy as np
import pytest

from origin.brands import learnt
from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY, load_rules
from origin.brands.context import Evidence, Signal, Verdict
from origin.brands.guard import BrandGuard
from origin.brands.learnt import (BITS, ContextModel, MODEL_FILE, feature_names, hashed,
                                  load_model, save_model, settle, shipped_model)
from tests.brands.conftest import BRANDS, decision_of, record

RULES = load_rules()
LADDER = ContextModel(np.zeros(1), 0.5, 0.8, 0.95, veto=0.3)


def _signal(kind: str, word: str, position: int) -> Signal:
    return Signal(kind, word, "title", position, position + len(word), word, position)


def _evidence(**changes) -> Evidence:
    values = dict(field="title", via="mark", evasions=frozenset(), position=0, length=2,
                  common_word_without_cue=False, authorised=False)
    values.update(changes)
    return Evidence(**values)


def _always(bias: float) -> ContextModel:
    """A model that gives every hit the same probability (its weight on the bias feature)."""
    weights = np.zeros(1 << BITS, dtype=np.float32)
    weights[hashed({"bias:"})] = bias
    return ContextModel(weights, 0.5, 0.8, 0.95, veto=0.05)


def test_resale_without_counterfeit_words_is_never_measured():
    near = (_signal("resale", "九成新", 4), _signal("price", "¥300", 9))
    verdict = Verdict("none", "resale_context", 0, near)
    assert settle(verdict, _evidence(), 1.0, LADDER, RULES).decision == "review"
    assert settle(verdict, _evidence(), 0.4, LADDER, RULES) is verdict


def test_ordinary_word_sound_alike_needs_the_rules_for_a_measure():
    near = (_signal("counterfeit", "高仿", 3), _signal("commerce", "包邮", 6))
    verdict = Verdict("none", "sound_alike_is_ordinary_word", 4, near)
    weak = _evidence(via="homophone", weak_sound="sound_alike_is_ordinary_word")
    assert settle(verdict, weak, 1.0, LADDER, RULES).decision == "review"
    unsold = Verdict("none", "sound_alike_is_ordinary_word", 3, near[:1])
    assert settle(unsold, weak, 1.0, LADDER, RULES) is unsold
    assert settle(verdict, _evidence(), 1.0, LADDER, RULES).decision == "takedown"


def test_the_model_raises_inside_the_hard_rules_and_lowers_only_when_nearly_sure():
    unsold = Verdict("review", "counterfeit_signals", 3,
                     (_signal("counterfeit", "高仿", 3), _signal("goods", "鞋子", 6)))
    assert settle(unsold, _evidence(), 0.99, LADDER, RULES).decision == "demote"   # no sale
    offers_nothing = Verdict("review", "counterfeit_signals", 3, unsold.near[:1])
    assert settle(offers_nothing, _evidence(), 0.99, LADDER, RULES) is offers_nothing
    ruled = Verdict("takedown", "counterfeit_signals", 4,
                    (_signal("counterfeit", "高仿", 3), _signal("commerce", "包邮", 6)))
    assert settle(ruled, _evidence(), 0.6, LADDER, RULES) is ruled     # never lowered above veto
    flagged = Verdict("review", "obfuscated_mark", 1, ())
    assert settle(flagged, _evidence(), 0.31, LADDER, RULES) is flagged
    lowered = settle(ruled, _evidence(), 0.2, LADDER, RULES)
    assert (lowered.decision, lowered.rule) == ("none", "learnt_context_lowered")


def test_authorised_shop_is_never_taken_down_whatever_the_model_says():
    eager = BrandGuard(BRANDS, model=_always(30.0))
    offer = record("耐克 高仿 原单", "包邮 加微信", account="seller9")
    assert eager.scan(offer).decision == "takedown"
    for account in ("nike_official", "nike_store_sh"):
        result = eager.scan(record("耐克 高仿 原单", "包邮 加微信", account=account))
        assert result.decision == "none" and result.hits
        assert {hit.rule for hit in result.hits} == {"authorised_account"}


def test_a_model_can_lower_what_the_rules_flagged():
    doubtful = BrandGuard(BRANDS, model=_always(-30.0))
    result = doubtful.scan(record("耐克AJ1 莆田纯原", "支持验货 加微信"))
    assert result.hits and result.decision == "none"
    assert {hit.rule for hit in result.hits} == {"learnt_context_lowered"}
    rules_alone = BrandGuard(BRANDS, model=None)
    assert rules_alone.scan(record("耐克AJ1 莆田纯原", "支持验货 加微信")).decision == "takedown"


def test_features_read_the_context_not_the_mark():
    def read(mark: str) -> set[str]:
        text = f"{mark}跑鞋 ¥89 手慢无"
        near = (_signal("price", "¥89", text.index("¥")),)
        return feature_names(_evidence(length=len(mark)), Verdict("none", "mention", 0, near),
                             list(near), text)

    assert read("耐克") == read("阿迪达斯")
    assert read("耐克") != feature_names(_evidence(), Verdict("none", "mention", 0, ()), [],
                                       "耐克跑鞋 全新 手慢无")


def test_shipped_model_loads_and_is_deterministic(tmp_path):
    model = shipped_model()
    assert model is not None and 0 <= model.veto < 1 and model.review <= model.demote <= model.takedown
    again = load_model(MODEL_FILE)
    assert np.array_equal(model.weights, again.weights)
    columns = hashed({"bias:", "kind:price", "g2:包邮"})
    assert model.probability(columns) == again.probability(columns)
    save_model(tmp_path / "copy.npz", again)
    assert (tmp_path / "copy.npz").read_bytes() == MODEL_FILE.read_bytes()


def test_the_rebuild_check_sees_one_weight_changed():
    """``train_brand_context.py --check`` compares a rebuilt model with the shipped file by
    ``rebuilds``: the same model is the same bytes, one weight or threshold off is not."""
    from scripts.train_brand_context import rebuilds

    model = shipped_model()
    assert rebuilds(model, MODEL_FILE)
    weights = model.weights.copy()
    weights[int(np.flatnonzero(weights)[0])] += 1e-3
    assert not rebuilds(ContextModel(weights, model.review, model.demote, model.takedown,
                                     model.veto), MODEL_FILE)
    assert not rebuilds(ContextModel(model.weights, model.review, model.demote, model.takedown,
                                     model.veto + 0.01), MODEL_FILE)


def test_training_is_deterministic():
    from scripts.train_brand_context import Example, fit

    rng = np.random.default_rng(3)
    verdict = Verdict("none", "mention", 0, ())
    examples = [Example(i, int(i % 3 == 0), sorted(set(rng.integers(0, 1 << BITS, 6).tolist())),
                        verdict, _evidence(), False) for i in range(60)]
    first, second = fit(examples), fit(examples)
    assert np.array_equal(first, second) and np.count_nonzero(first)


@pytest.mark.parametrize("title, description", [
    ("耐克AJ 专柜价三折", "¥299 包邮 直接拍"),
    ("耐克卫衣 现货", "¥89 拍下秒发"),
])
def test_shipped_guard_flags_an_offer_whose_only_cue_is_its_price(learnt_guard, title,
                                                                  description):
    offer = record(title, description, account_name="潮鞋仓库")
    result = learnt_guard.scan(offer)
    assert SEVERITY[result.decision] >= SEVERITY["review"]
    assert result.rule == "learnt_context_raised"
    assert BrandGuard(BRANDS, model=None).scan(offer).decision == "none"    # the rules alone


@pytest.mark.parametrize("title, description", [
    ("我买的耐克开箱", "专柜899买的 很舒服"),
    ("耐克新款测评", "官方价899 值不值"),
])
def test_shipped_guard_leaves_a_review_that_quotes_a_price(learnt_guard, title, description):
    assert learnt_guard.scan(record(title, description, account_name="跑步日记")).decision == "none"


def test_shipped_guard_does_not_demote_resale_with_a_refund_promise(learnt_guard):
    text = ("自用耐克跑鞋转让 穿过三次 九成新", "专柜购入有小票 鉴定不是正品全额退款 同城可面交")
    result = learnt_guard.scan(record(*text, account="person7", account_name="小林的闲置"))
    assert SEVERITY[result.decision] <= SEVERITY["review"]


@pytest.mark.parametrize("title, description, ceiling, decision", [
    # an everyday word or a common-word mark without its cue: a look with a counterfeit word and
    # an offer, nothing without them, however sure the model
    ("大江 高仿 一比一", "包邮", "everyday_word", "review"),
    ("苹果 高仿", "包邮", "everyday_word", "review"),
    ("苹果 新鲜 ¥5 一斤", "包邮", "everyday_word", "none"),
    # resale, or a sale with no counterfeit word: a look
    ("自用耐克跑鞋转让 九成新", "¥300", "resale", "review"),
    ("耐克卫衣 现货", "¥89 拍下秒发", "no_counterfeit_word", "review"),
    # a look-alike word (同款) and no counterfeit word: a demotion at most
    ("耐克同款跑鞋", "¥89 包邮", "look_alike_word_only", "demote"),
    # counterfeit words in a text that offers nothing: a look
    ("耐克 高仿", "", "offers_nothing", "review"),
    # an offer dressed as a review (开箱): a takedown is the rules' alone
    ("耐克开箱 高仿", "包邮", "review_words", "demote"),
    # no sale signal: no takedown
    ("耐克 高仿 跑鞋", "", "takedown_needs_sale_and_tied_word", "demote"),
    # all of it: the ceiling is a takedown
    ("耐克 高仿 原单", "包邮 加微信", "", "takedown"),
])
def test_each_ceiling_holds_a_model_that_is_always_sure(title, description, ceiling, decision):
    seen = []
    ruled = learnt.ceiling

    def noting(verdict, evidence, rules):
        # read by judge (a none held at none is settled there) and by settle: once each
        top = ruled(verdict, evidence, rules)
        if top[1] not in seen:
            seen.append(top[1])
        return top

    sure = _always(30.0)
    eager = BrandGuard(BRANDS, model=sure)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("origin.brands.learnt.ceiling", noting)
        result = eager.scan(record(title, description))
    assert (seen, result.decision) == ([ceiling], decision)


def test_a_mark_in_the_account_name_is_the_rules_alone():
    # who posts is no offer the model reads: neither a sure nor a doubtful model moves it
    for bias in (30.0, -30.0):
        result = BrandGuard(BRANDS, model=_always(bias)).scan(
            record("跑步", account_name="耐克球迷"))
        assert (result.decision, result.rule) == ("review", "brand_in_account_name")


# The round tests pin the rules alone (model=None). Six of their sentences were decided otherwise
# by stop 27's model; the retrained one still lowers three looks of the rules, rightly: a buyer's
# warning and authenticity advice offer nothing, and an obfuscated mark in a resale post loses a
# look the issue allows either way. The other three it now leaves at the rules' look (stop 27's
# model vetoed the 1:1 with no offer, demoted the offer dressed as a review and took 开箱 高仿 包邮
# down: the review-word ceiling keeps any model from that takedown, tested above).
@pytest.mark.parametrize("brands, title, description, mark, rules, shipped", [
    # (stop 43: 多为高仿 is a class hedge, no sound-alike of 多谓 is read in it; written as a brand)
    ([Brand(5, "多谓", "dw_official")], "谨防假货", "这种多为牌手机是高仿，请通过官方渠道购买", "多谓",
     "review", "none"),
    ([Brand(2, "七匹狼", "qpl_official")], "七匹狼夹克高仿，怎么防",
     "认准授权店和官方旗舰店，收到货扫码验真", "七匹狼", "review", "none"),
    (BRANDS, "闲置耐\u200b克", "自用", "耐克", "review", "none"),
    # stop 32's model (trained with prices read after their number and more offer words, so
    # on other hits) vetoes it again, as stop 27's did: a 1:1 with no offer at all
    ([Brand(2, "七匹狼", "septwolves_official")], "", "一比一复刻了七匹狼", "七匹狼", "review",
     "none"),
    ([Brand(32, "华为", "huawei_official", ("HUAWEI",))], "华为手机开箱 高仿", "包邮", "华为",
     "review", "review"),
    (BRANDS, "入手体验：李宁高仿跑鞋跟正品几乎一样", "有需要的朋友直接拍", "李宁", "review",
     "review"),
])
def test_the_round_tests_sentences_with_the_shipped_model(brands, title, description, mark,
                                                          rules, shipped):
    decided = [decision_of(BrandGuard(brands, model=model), title, description, mark)
               for model in (None, shipped_model())]
    assert decided == [rules, shipped]


def test_a_none_the_model_could_only_keep_is_not_read(monkeypatch):
    # a sound-alike that is an everyday word, with no counterfeit word near (the offers'
    # homophones in everyday text: 美食 for a mark 玫尸): whatever the probability, settle keeps
    # none, so the model skips the text's features; the same verdict as settle gives
    verdict = Verdict("none", "sound_alike_is_ordinary_word", 1, (_signal("commerce", "包邮", 6),))
    weak = _evidence(via="homophone", weak_sound="sound_alike_is_ordinary_word")
    for chance in (0.0, 0.5, 1.0):
        assert settle(verdict, weak, chance, LADDER, RULES) is verdict
    monkeypatch.setattr(learnt, "feature_names", lambda *args: pytest.fail("text read"))
    for bias in (-30.0, 30.0):
        assert _always(bias).judge(weak, verdict, [], "包邮", RULES) is verdict
    # a none the model could raise is still read
    raisable = Verdict("none", "benign_context", 0, (_signal("counterfeit", "高仿", 3),
                                                     _signal("commerce", "包邮", 6)))
    with pytest.raises(pytest.fail.Exception):
        _always(30.0).judge(_evidence(), raisable, [], "耐克高仿包邮", RULES)


def test_remembered_columns_are_the_hashed_ones(monkeypatch):
    """``hashed`` remembers names' columns (up to ``COLUMNS_KEPT``, then starts again): its
    columns are CRC-32's of each name, whatever it held before."""
    import zlib

    monkeypatch.setattr(learnt, "COLUMNS_KEPT", 5)
    monkeypatch.setattr(learnt, "_columns", {})
    for names in ({"bias:", "g1:a"}, {"g1:a", "g2:ab", "g3:abc"}, {"bias:", "g1:b", "g2:bc"},
                  {f"g1:{c}" for c in "cdefgh"}, {"bias:"}, set()):
        assert hashed(names) == sorted({zlib.crc32(n.encode()) & learnt.MASK for n in names})
        assert len(learnt._columns) <= max(5, len(names))
