"""A buyer's complaint about the fake he received, a genuine seller's money-back promise, reported
speech with words between who says and 说, and English words read as a mark's initials are no
offers; sellers who write the same words and offer fakes still are (issue 13, held out 14's
benign flags, stop 30)."""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from origin.brands.guard import _in_a_sentence
from tests.brands.conftest import record

COMPLAINTS = [
    # what the buyer received and paid, with no word of selling
    ("Bought a fake NIKE hoodie by mistake",
     "Thought I got a bargain at $15, turned out to be a knockoff. The marketplace refunded me "
     "after I sent photos."),
    ("收到的耐克卫衣疑似假货怎么办",
     "在某平台花¥118买的耐克卫衣，包装印刷模糊，防伪码查不到，已申请退款，商家不同意，求支招"),
    ("朋友送的耐克卫衣", "朋友从国外带的耐克卫衣，我怀疑是高仿，有没有办法辨认？"),
]


@pytest.mark.parametrize("title, description", COMPLAINTS)
def test_a_buyers_complaint_is_no_offer(guard, title, description):
    result = guard.scan(record(title, description, account_name="mom_of_3"))
    assert result.decision == "none", result.rule


def test_the_shipped_model_does_not_raise_a_complaint(learnt_guard):
    assert learnt_guard.scan(record(*COMPLAINTS[0])).decision == "none"


@pytest.mark.parametrize("title, description", [
    # a "buyer" who sells: the purchase is his stock
    ("Bought 1:1 replica NIKE hoodies from the factory", "Replica NIKE hoodie $15, DM me"),
    ("收到的耐克卫衣 一比一复刻", "花¥50买的货源，¥99出，私聊"),
    # counterfeit words of his own outside the purchase sentence
    ("NIKE hoodie replica AAA $15", "Bought from the factory. Replica NIKE, $15, whatsapp"),
])
def test_a_buyer_who_sells_is_still_taken_down(guard, title, description):
    assert guard.scan(record(title, description)).decision == "takedown"


@pytest.mark.parametrize("description", [
    "第三方鉴定证书随物附上，正品，￥199，售出不退但假货包退",
    "附专柜购物小票，支持得物鉴定，不是正品十倍赔，¥199",
    "Authentic, with receipt. $199, full refund if not authentic",
    "Authentic, with receipt. $199, money back if fake",
])
def test_a_money_back_promise_is_no_admission(guard, description):
    result = guard.scan(record("已鉴定 耐克卫衣 二手", description))
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("title, description", [
    # a seller of fakes who promises refunds: his 复刻 and replica still count
    ("耐克卫衣 一比一复刻", "¥99 包邮 私聊 假一赔十 假货包退"),
    ("NIKE hoodie 1:1 replica", "$99, DM me, money back if fake"),
])
def test_a_promise_beside_counterfeit_words_of_his_own_is_still_an_offer(guard, title,
                                                                         description):
    assert guard.scan(record(title, description)).decision == "takedown"


def test_reported_speech_with_words_between_is_attributed(guard):
    result = guard.scan(record(
        "说什么一比一复刻的都是骗子",
        "那些跟你说耐克卫衣一比一复刻专柜品质的，收了钱发给你的就是地摊货，我交了￥45学费"))
    assert (result.decision, result.rule) == ("none", "attributed_counterfeit_words")
    # the other party's words (对方说), as a seller's (卖家说): reported, not the poster's offer
    said = guard.scan(record("朋友圈里的阿迪达斯外套", "对方说是原单，标价¥159"))
    assert SEVERITY[said.decision] < SEVERITY["demote"]


def test_a_seller_who_quotes_others_and_offers_his_own_fakes_is_still_taken_down(guard):
    result = guard.scan(record("耐克卫衣 高仿", "那些跟你说正品的都是骗子，我家一比一复刻 ¥99 私聊"))
    assert result.decision == "takedown"
    # 说明 is no speech: a seller's own notes
    notes = guard.scan(record("耐克卫衣", "商家说明：一比一复刻 ¥99 私聊"))
    assert notes.decision == "takedown"


@pytest.mark.parametrize("text, word", [
    ("Thought I got a bargain at $15, then", "at"),
    ("turned out to be a knockoff", "be"),
    ("Will customs take it when I fly home?", "fly"),
])
def test_an_english_word_is_no_marks_initials(text, word):
    start = text.index(f" {word} ") + 1
    assert _in_a_sentence(text, start, start + len(word))


def test_initials_without_a_vowel_still_need_words_either_side():
    text = "cheap nk $99"
    assert not _in_a_sentence(text, 6, 8)
