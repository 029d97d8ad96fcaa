"""Warnings that report a seller's words, name what the genuine article costs, or answer a
buying question "no" are not offers (issue 13, held out 12's two warning shapes)."""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from tests.brands.conftest import assert_no_offer, assert_offers, record


def test_counterfeit_words_in_quotation_marks_get_a_look_not_a_measure(guard):
    """The writer reports what others call the goods: a look at most, and no takedown."""
    result = guard.scan(record("朋友圈里的阿迪达斯外套", "这件是「原单」，标价¥159"))
    assert result.decision == "review"
    assert result.rule == "quoted_counterfeit_words"
    # the same words unquoted are the poster's own offer
    assert guard.scan(record("朋友圈里的阿迪达斯外套", "这件是原单，标价¥159")).decision \
        in ("demote", "takedown")


@pytest.mark.parametrize("description", ["对方说是「原单」，标价¥159", "对方说是原单，标价¥159"])
def test_what_the_other_party_said_is_reported_quoted_or_not(guard, description):
    """对方说 reports the other party's words as 卖家说 does (stop 30; it was a takedown unquoted,
    卖家说 a demote): no offer of the poster's, and with his own contact words a demote."""
    result = guard.scan(record("朋友圈里的阿迪达斯外套", description))
    assert (result.decision, result.rule) == ("none", "attributed_counterfeit_words")
    assert guard.scan(record("朋友圈里的阿迪达斯外套", description + "，私聊")).decision == "demote"


def test_a_quoted_word_does_not_hide_the_posters_own_counterfeit_words(guard):
    result = guard.scan(record("阿迪达斯外套 高仿 现货", "所谓“原单”也有 包邮 ¥159"))
    assert result.decision == "takedown"


def test_a_price_of_the_genuine_article_is_no_sale_price(guard):
    """正品…¥N says what the real thing costs; a takedown needs a sale signal of the poster's."""
    warned = guard.scan(record("阿迪达斯高仿泛滥", "高仿阿迪达斯外套，正品起码要¥899"))
    assert SEVERITY[warned.decision] < SEVERITY["takedown"]
    sold = guard.scan(record("阿迪达斯高仿泛滥", "高仿阿迪达斯外套，现在只要¥899"))
    assert sold.decision == "takedown"
    english = guard.scan(record("adidas jackets", "fake adidas jacket: an authentic one sells for $120"))
    assert SEVERITY[english.decision] < SEVERITY["takedown"]
    assert guard.scan(record("adidas jackets", "fake adidas jacket: this one sells for $120")) \
        .decision == "takedown"


def test_a_buying_question_answered_no_is_a_warning(guard):
    result = guard.scan(record("直播间三十块的阿迪达斯卫衣可以买吗", "不可以！全是原单货，¥30哪来的正品"))
    assert (result.decision, result.rule) == ("none", "warning_against_fakes")
    # a seller's "不能错过" answers nothing
    assert guard.scan(record("阿迪达斯卫衣可以买吗", "不能错过！原单货 ¥30 包邮")).decision == "takedown"
    # the answer "yes" is no warning
    assert guard.scan(record("阿迪达斯卫衣可以买吗", "可以！原单货，¥30")).decision != "none"


@pytest.mark.parametrize("title, description", [
    ("Can I buy a $30 adidas jacket from a live stream?",
     "No. Those factory jackets are replicas, no genuine one sells for $30"),
    ("Should I buy the $30 adidas jacket?", "Nope! It's a fake, AAA replica at best"),
    ("Is it safe to buy adidas replicas for $30?", "Don’t. They're fakes."),
])
def test_an_english_buying_question_answered_no_is_a_warning(guard, title, description):
    # the English twin of 能买吗 / 不能: each was taken down before
    result = guard.scan(record(title, description))
    assert (result.decision, result.rule) == ("none", "warning_against_fakes")


def test_an_english_no_that_answers_nothing_is_no_warning(guard):
    for answer in ("No problem! replica AAA $30 DM me", "Yes! replica AAA $30 DM me"):
        assert guard.scan(record("Can I buy 2 adidas jackets?", answer)).decision == "takedown"
    # a "No." with no buying question before it is a listing's number
    assert guard.scan(record("adidas jacket replica AAA $30", "No. 1 seller, DM me")) \
        .decision == "takedown"


def test_real_versus_fake_is_a_comparison(guard):
    """The English of 真假对比: telling the two apart, not selling either."""
    result = guard.scan(record("Real vs fake adidas jacket", "the fake has a crooked logo"))
    assert (result.decision, result.rule) == ("none", "benign_context")


# (stop 44) a buyer's question whether to buy, in a record that sells nothing and names no price:
# its counterfeit words are what he asks about; a purchasing agent's word (代购说) reported, and
# a counterfeit word named as a claim (尾单这个说法) the sellers' word, not the poster's (held out
# 28's "X代购说是“尾单”，能买吗？ / 尾单说法多是幌子 …" was demoted)
@pytest.mark.parametrize("title, description", [
    ("代购说这批耐克卫衣是尾单，能买吗？", "尾单这个说法多半是幌子，自己穿一般没事，但别转卖。"),
    ("一比一的阿迪达斯卫衣值得买吗？", "看个人，反正自己穿没人管。"),
    ("群里有人推荐原单李宁卫衣，可以买吗？", "“原单”的叫法只是噱头，想清楚再说。"),
])
def test_a_buyers_question_whether_to_buy_offers_nothing(guard, title, description):
    assert_no_offer(guard, "路人", title, description)


@pytest.mark.parametrize("title, description, least", [
    # a seller's rhetorical question with his price or his contact
    ("一比一耐克卫衣值得买吗？", "当然值得！¥99包邮 私我", "takedown"),
    ("高仿耐克卫衣能买吗？能！", "做工和正品一样 ¥99", "takedown"),
    # a seller passing on his agent's word beside his price: the word reported, the offer his
    ("耐克卫衣 代购说是原单", "¥159 私聊", "demote"),
])
def test_a_sellers_question_or_agents_word_keeps_its_catch(guard, title, description, least):
    assert_offers(guard, title, description, least)
