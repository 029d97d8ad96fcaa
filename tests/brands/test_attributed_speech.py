"""Whose words the counterfeit words are: a text that reports what others say or do, passes a
verdict on fakes, asks whether buying them is legal or reports a lawsuit offers nothing, and no
takedown rests on such words; a seller who blames others' fakes and offers his own is still an
offer (issue 13, held out 13's fifteen false takedowns, stop 29)."""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from origin.brands.guard import _latin_sentence, _whole_words
from tests.brands.conftest import record

WARNINGS = [
    # reported speech without quotation marks, and a verdict on it (held out 13's eleven)
    ("耐克Air Force防伪怎么查",
     "正品耐克Air Force都有防伪码 扫码进官网查询 那些说一比一复刻还¥99包邮的 一律是假货",
     "attributed_counterfeit_words"),
    ("阿迪达斯外套防伪怎么查",
     "正品阿迪达斯原厂外套都有防伪码 那些说一比一复刻还89元包邮的 一律是假货",
     "attributed_counterfeit_words"),
    # third parties' trade told in the third person, every clause of the sentence theirs
    ("Fake NIKE sneakers sellers on WhatsApp",
     "They send photos of genuine NIKE sneakers, ask $99 by bank transfer, then ship a fake or "
     "nothing", "attributed_counterfeit_words"),
    # a legality question and its answer
    ("Is buying a replica NIKE hoodie illegal?",
     "Selling counterfeit NIKE hoodie is trademark infringement. Buying one funds the people who "
     "make them. Don't", "assessed_counterfeit_words"),
    # a lawyer's answer whose verdict is a verb (held out 25's takedowns, stop 40)
    ("Is it legal to sell 'NIKE' replicas?",
     "No. Selling goods bearing a counterfeit 'NIKE' mark infringes the trademark, even if you "
     "call it a replica", "assessed_counterfeit_words"),
    ("Is selling NIKE replicas a crime?",
     "Yes. Selling counterfeit NIKE sneakers is a crime in most countries and against the law "
     "everywhere", "assessed_counterfeit_words"),
    # a verdict
    ("Why I'd never buy a dupe NIKE hoodie",
     "A fake NIKE hoodie for US$99 is still money wasted. Save up or buy secondhand with proof",
     "assessed_counterfeit_words"),
    # news: a brand's lawsuit against shops that sell fakes
    ("NIKE sues counterfeiters",
     "NIKE has filed suits against several online shops selling fake Air Max sneakers, seeking "
     "damages", "attributed_counterfeit_words"),
]


@pytest.mark.parametrize("title, description, rule", WARNINGS)
def test_counterfeit_words_of_others_or_judged_are_no_offer(guard, title, description, rule):
    result = guard.scan(record(title, description, account_name="鉴定师阿峰"))
    assert (result.decision, result.rule) == ("none", rule)


def test_an_account_name_is_no_offer_of_the_text(guard):
    """whatsapp in the name of an account that watches scams: who posts, not what is offered."""
    result = guard.scan(record(*WARNINGS[2][:2], account_name="whatsapp_scam_watch"))
    assert (result.decision, result.rule) == ("none", "attributed_counterfeit_words")


@pytest.mark.parametrize("title, description, rule", WARNINGS)
def test_the_shipped_model_does_not_raise_them(learnt_guard, title, description, rule):
    # the rule is one of the model's hard rules: a probability never turns a warning into a flag
    assert learnt_guard.scan(record(title, description)).decision == "none"


@pytest.mark.parametrize("title, description", [
    ("NIKE sneakers", "others sell fakes, mine are real, $99, DM me"),
    ("耐克鞋", "别人家卖的都是高仿，我家是正品，¥99，私聊"),
    # a reseller passing on his supplier's word: the word is reported, the offer his own
    ("耐克鞋", "卖家说是原单 ¥159 私聊"),
])
def test_a_seller_blaming_others_fakes_is_still_an_offer_never_a_takedown(guard, title,
                                                                          description):
    result = guard.scan(record(title, description))
    assert (result.decision, result.rule) == ("demote", "attributed_counterfeit_words")


@pytest.mark.parametrize("title, description", [
    ("耐克鞋 一比一复刻", "别家都是假货，我家一比一复刻 ¥99 私聊"),
    ("耐克鞋 高仿", "那些说高仿的都是骗子 我家一比一 ¥99 包邮"),
    ("NIKE replica AAA", "They say it's fake, it's AAA replica, $99, DM me"),
    ("NIKE sneakers", "Fake sellers are everywhere. Mine is a 1:1 replica, $99, DM me"),
])
def test_the_posters_own_counterfeit_words_are_still_taken_down(guard, title, description):
    assert guard.scan(record(title, description)).decision == "takedown"


def test_without_an_offer_of_his_own_the_posters_counterfeit_words_get_a_look_at_most(guard):
    result = guard.scan(record("高仿耐克鞋", "那些说一比一复刻还¥99包邮的 一律是假货"))
    assert result.rule == "attributed_counterfeit_words"
    assert SEVERITY[result.decision] == SEVERITY["review"]


def test_an_english_sentence_is_reported_up_to_the_posters_own_clauses():
    first_person = _whole_words(frozenset({"i", "me", "my", "mine", "us"}))
    text = "others sell fakes, mine are real, $99, DM me"
    low, high = _latin_sentence(text, 0, 6, first_person)
    assert text[low:high] == "others sell fakes"
    text = "They send photos, ask US$99 by bank transfer, then ship a fake. DM us"
    low, high = _latin_sentence(text, 0, 9, first_person)
    # US in US$99 is no "us"; the next sentence is not this one
    assert text[low:high] == "They send photos, ask US$99 by bank transfer, then ship a fake"
