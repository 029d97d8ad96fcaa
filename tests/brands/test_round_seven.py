"""Issue 13, seventh round: talk about fakes is no offer, negation and a brand's own re-issue, an
authorised account's own characters, and no takedown without a sale signal and a tied word."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([Brand(1, "蜜雪冰城", "mixue_official", ("MIXUE",), (), frozenset({"mixue_shop"})),
                       Brand(2, "薛兵", "xb_official"), Brand(3, "乐高", "lego_official", ("LEGO",)),
                       Brand(4, "娃哈哈", "whh_official"), Brand(5, "始祖鸟", "arc_official"),
                       Brand(6, "耐克", "nike_official", ("NIKE",)), Brand(7, "犁豌", "x_official")])


def test_no_takedown_without_a_sale_signal_and_a_counterfeit_word_on_the_hit(guard):
    assert guard.scan(record("高仿耐克 包邮")).decision == "takedown"
    alone = guard.scan(record("高仿耐克"))                   # nothing sold: a look, no measure
    assert (alone.decision, alone.rule) == ("review", "counterfeit_words_without_an_offer")
    far = guard.scan(record("耐克运动鞋 包邮" + "。" * 30 + "高仿"))   # the fake word is not on it
    assert far.decision == "demote" and far.rule == "takedown_needs_sale_and_tied_word"


@pytest.mark.parametrize("title, description, rule", [
    # a counterfeit word in another clause of a text that sells nothing and names no goods
    ("博物馆里有一块始祖鸟化石，顺便一比一复刻了老家的灶台", "", "counterfeit_words_without_an_offer"),
    # a sound-alike in someone's sentence
    ("哇哈哈哈笑死我了，1:1复刻了猫咪的表情", "", "sound_alike_without_an_offer"),
    # a mark's characters as the ends of two common words (快乐|高兴)
    ("快乐高兴每一天", "今天复刻了妈妈的拿手菜 包邮", "mark_across_words"),
])
def test_everyday_sentences_are_no_offer(guard, title, description, rule):
    result = guard.scan(record(title, description))
    assert result.hits and result.decision == "none"
    assert result.hits[0].rule == rule


def test_a_sound_across_a_sentence_stop_is_no_word(guard):
    # 礼，网 sounds like 犁豌 only with the comma read through
    assert not guard.scan(record("出差带回来的伴手礼，网红款的我照着一比一还原了")).hits


def test_a_negated_counterfeit_word_counts_for_nothing(guard):
    result = guard.scan(record("耐克鞋 不是仿品 拒绝高仿", "正品 包邮"))
    assert result.hits and not any(s.kind == "counterfeit" for s in result.hits[0].signals)
    assert result.decision != "takedown"
    # the next counterfeit word still counts
    assert guard.scan(record("耐克鞋 不是普通高仿 是顶级复刻", "包邮")).decision == "takedown"


def test_a_brands_own_reissue_is_no_counterfeit(guard):
    result = guard.scan(record("耐克官方复刻经典款", "下月起在门店发售"))
    assert result.hits and result.decision == "none"


@pytest.mark.parametrize("account, decision, rule", [
    ("mixue_shop", "none", "authorised_account_own_characters"),
    ("mixue_official", "none", "authorised_account_own_characters"),
    ("someone", "takedown", "counterfeit_signals"),
])
def test_an_authorised_accounts_own_characters_are_not_another_marks_sound(guard, account,
                                                                          decision, rule):
    # 雪冰 of 蜜雪冰城 sounds like the mark 薛兵: the shop's own characters, not a disguise
    result = guard.scan(record("雪冰果酱 一比一复刻老配方", "包邮", account=account))
    assert [(h.brand.mark, h.decision, h.rule) for h in result.hits] == [("薛兵", decision, rule)]
