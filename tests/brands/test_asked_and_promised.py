"""Who asks, who promises, whose goods: a genuine seller names what an inspection may find as
the condition of his refund; a buyer asks about what he received; a commenter sets his own
genuine item against the replica someone else linked; a court report, an authenticator's
statistics and buying tips name others' fakes. None of them offers fakes; a seller who asks,
refuses a refund or sells beside them still does (issue 13, held out 16's benign flags, stop 32).
"""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from tests.brands.conftest import record

PROMISES = [
    # what an inspection may find, right after the inspection
    ("阿迪达斯外套 九成新", "商场买的，支持第三方检测，检测不是正品来回运费我出"),
    # a refund later in the sentence, commas between: an authentication platform's promise
    ("耐克卫衣 平台先验后发", "平台验过再发出，耐克卫衣，不是正品的话由平台全额退款给买家"),
]


@pytest.mark.parametrize("title, description", PROMISES)
def test_an_inspections_finding_is_the_condition_of_a_promise(guard, title, description):
    result = guard.scan(record(title, description, account_name="平台认证卖家"))
    assert result.decision == "none", result.rule


def test_a_refused_refund_is_an_admission(guard):
    # 不退款 promises nothing: the seller says his goods are not genuine
    result = guard.scan(record("耐克卫衣 一件代发", "不是正品 不退款 ¥99 包邮 私聊"))
    assert result.decision == "takedown", result.rule


def test_a_buyer_asks_about_what_he_received(guard):
    result = guard.scan(record(
        "同事送的阿迪达斯外套是高仿吗？",
        "同事送的，我怀疑是高仿，想知道高仿和正品差在哪里，该怎么看？"))
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("title, description", [
    # a seller's question: no purchase word, the reader is asked whether he wants them
    ("阿迪达斯外套 高仿 有要的吗？", "一比一 做工好 要的吗？"),
    # a price makes the question an offer even beside a purchase word
    ("收到的阿迪达斯外套不满意？", "换我家的高仿一比一，¥99"),
])
def test_a_sellers_question_is_still_an_offer(guard, title, description):
    assert SEVERITY[guard.scan(record(title, description)).decision] >= SEVERITY["demote"]


def test_the_goods_the_addressee_linked_are_not_the_posters(guard):
    result = guard.scan(record("回复@小林：我的是正品",
                               "我这双耐克鞋子是正品，商场买的，跟你发的那种一比一的没法比",
                               account_name="评论区"))
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("title, description", [
    # a court report: what someone was convicted of, and what he sold
    ("Woman convicted of selling fake NIKE hoodies",
     "The court heard she sold 300 fake NIKE hoodies online at $40 each"),
    # buying tips: what a listing says
    ("What to check on a NIKE hoodie",
     "If the listing says mirror copy or 1:1, the NIKE hoodie is a fake"),
    # an authenticator's statistics: what was sent to him, what he sees
    ("We saw many fake Adidas jackets this year",
     "Half of the Adidas jackets sent to us were fake."),
])
def test_reports_and_tips_name_others_fakes(guard, title, description):
    result = guard.scan(record(title, description, account_name="brand_watch"))
    assert result.decision == "none", result.rule


def test_a_seller_beside_others_is_still_an_offer(guard):
    # "they sold" is someone else's; the poster's own "1:1 NIKE hoodie $25, DM me" is not
    result = guard.scan(record("NIKE hoodie 1:1", "They sold out fast. 1:1 NIKE hoodie $25, DM me"))
    assert result.decision == "takedown", result.rule


def test_the_model_raises_no_hit_on_others_counterfeit_words(learnt_guard):
    # the rules let the English reply go (nothing offered); the learnt reading of its text
    # must not raise what rests on the addressee's fakes
    result = learnt_guard.scan(record(
        "@sam mine is real",
        "@sam mine is a genuine NIKE hoodie from the mall, the replica you posted has crooked "
        "stitching", account_name="评论区"))
    assert result.decision == "none", result.rule
