"""Whose offer a counterfeit word belongs to: a third party who sells (the subject of a relative
clause, a shop in the news, those who sell 假货), a fan who bought and sent the item, a buy-back
dealer who refuses fakes, a genuine seller who refunds on a failed inspection, a notice from the
rights side and an authentication service's report are no offers of the poster's; a poster who
offers fakes beside any of them still is (issue 13, held out 15's benign flags, stop 31)."""
from __future__ import annotations

import pytest

from origin.brands.config import SEVERITY
from tests.brands.conftest import record

OTHERS_SELL = [
    # a relative clause names the seller
    ("Shops that call their NIKE hoodie a mirror copy are selling fakes",
     "Anyone who tells you a NIKE hoodie at $20 is 1:1 is selling a knockoff. Walk away."),
    # a reduced relative in the news: the shop sells, the police report it
    ("Customs officers raid warehouse selling fake Adidas jackets",
     "Officers found hundreds of counterfeit Adidas jackets in the warehouse on Monday."),
    # the passive: sold by someone unnamed
    ("Notice to our customers about Adidas",
     "Fake Adidas jackets are being sold on social media at low prices."),
    # 卖假货的: the people who sell fakes
    ("都说耐克卫衣复刻版能以假乱真", "这种说法就是卖假货的自己编的"),
]


@pytest.mark.parametrize("title, description", OTHERS_SELL)
def test_others_who_sell_are_not_the_poster(guard, title, description):
    result = guard.scan(record(title, description, account_name="consumer_watch"))
    assert SEVERITY[result.decision] < SEVERITY["review"], result.rule


def test_a_question_put_to_sellers_is_no_offer(guard):
    result = guard.scan(record(
        "Selling replica NIKE hoodies? We will find you",
        "We act for rights holders: listings of counterfeit NIKE goods are reported and taken "
        "down, and repeat sellers face legal action."))
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("title, description", [
    # the poster's own shop opens the sentence, and offers
    ("Shop selling 1:1 NIKE hoodies", "Replica NIKE hoodie $25, DM me"),
    # others sell fakes, mine are 1:1 too: still an offer
    ("Sellers who say their NIKE is real are lying", "Mine are 1:1 replicas, honest. $35, DM me"),
    # 卖高仿的 is a seller's own trade word (no seller calls his goods 假货)
    ("耐克卫衣 一比一", "专业卖高仿的 ¥99 包邮 私聊"),
])
def test_a_seller_among_others_is_still_an_offer(guard, title, description):
    assert SEVERITY[guard.scan(record(title, description)).decision] >= SEVERITY["demote"]


def test_a_fans_purchase_sent_to_the_poster_is_no_offer(guard):
    result = guard.scan(record(
        "假耐克卫衣已经这么像了",
        "网友寄来一件88块买的耐克卫衣，拆开一看是假货，走线歪得厉害，视频里对比给大家看"))
    assert result.decision == "none", result.rule


@pytest.mark.parametrize("description", [
    "高价收耐克卫衣，只要正品，要有购物小票，仿品免谈，价格私聊",
    "回收阿迪达斯外套 专柜正品 高仿勿扰 微信联系",
])
def test_a_buy_back_dealer_who_refuses_fakes_is_no_offer(guard, description):
    assert SEVERITY[guard.scan(record("高价回收", description)).decision] < SEVERITY["review"]


def test_a_buy_back_dealer_who_also_sells_fakes_is_still_taken_down(guard):
    result = guard.scan(record("回收耐克卫衣 假货勿扰", "另出耐克卫衣高仿一比一 ¥99 包邮 私聊"))
    assert result.decision == "takedown"


def test_a_refund_on_failed_inspection_is_no_admission(guard):
    result = guard.scan(record(
        "阿迪达斯外套 九成新", "商场买的正品，299元，担心是假货的可以拿去验，验出不是正品全额退"))
    assert result.decision == "none", result.rule


def test_a_promise_beside_a_replica_is_still_an_offer(guard):
    result = guard.scan(record("阿迪达斯外套 复刻", "一比一复刻 ¥99 包邮 私聊 验出不是正品全额退"))
    assert result.decision == "takedown"


def test_an_authentication_service_report_is_no_offer(guard):
    result = guard.scan(record(
        "阿迪达斯外套鉴定案例", "上周中心鉴定了一批阿迪达斯外套，其中三件为仿品，附细节对比",
        account_name="验真平台"))
    assert result.decision == "none", result.rule


def test_the_shipped_model_keeps_the_roles(learnt_guard):
    for title, description in OTHERS_SELL[:2]:
        assert SEVERITY[learnt_guard.scan(record(title, description)).decision] \
            < SEVERITY["demote"]
    assert learnt_guard.scan(record("Shop selling 1:1 NIKE hoodies",
                                    "Replica NIKE hoodie $25, DM me")).decision == "takedown"
