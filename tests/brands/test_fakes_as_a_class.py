"""Whose voice the trade word is in, held out 18's kinds (stop 34): an analyst asking why a brand
is copied, an authenticator's lesson on where fakes give themselves away, a reply comparing the
genuine article with the fake in the addressee's picture, hearsay about that shop's goods, a
buyer who ordered from an ad, a neighbour's warning about the guy selling from his car, and a
reseller's own item (an upgrade, a consignment, a price's digits, a handle's English word) are
no offer. A seller who writes the same words still offers (issue 13, precision).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NOT_OFFERS = [
    # the brand as what others copy: a passive marker before the counterfeit word
    ("财经频道", "李宁运动鞋为什么老被仿",
     "业内人士分析，李宁运动鞋销量大、款式好认，一直是造假团伙盯上的对象"),
    ("数码博主", "大疆云台为啥频频被高仿", "大疆云台利润高，造假的人自然多，这期聊聊原因"),
    # what fakes usually are: a habitual word after the counterfeit word
    ("鉴定小课堂", "阿迪达斯外套正品细节",
     "正品阿迪达斯外套的走线是这样的，仿品一般在领标这里露馅"),
    # the fake in the addressee's picture, set against the genuine article
    ("楼中楼", "回复@楼主：", "回复@楼主：正品耐克球鞋跟你图里那双仿的区别在鞋标，仔细看就知道"),
    # hearsay about that shop's goods and what it charges
    ("业主群", "说个事", "听楼下大爷讲 那家店的康师傅方便面都是仿的 才卖25块 还是去超市买吧"),
    # a buyer who ordered from an ad, with what he paid
    ("forum_user", "Did anyone else get a fake?",
     "Ordered adidas trainers from a social media ad for €19, fairly sure they're counterfeit, "
     "how do I get my money back"),
    # a neighbour's warning about the guy selling from his van
    ("street_watch", "heads up",
     "A neighbour mentioned the guy selling NIKE hoodies out of his van is selling knock-offs, "
     "just so everyone knows"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERS)
def test_fakes_named_as_a_class_or_as_others_goods_are_no_offer(guard, account_name, title,
                                                                 description):
    assert_no_offer(guard, account_name, title, description)


OFFERS = [
    # a seller who boasts his line is the most copied still writes his own counterfeit word
    ("高仿耐克球鞋 被仿最多的爆款", "高仿耐克 ¥199 包邮 私聊", "takedown"),
    # a seller quoting what fakes usually cost, then his own price
    ("高仿耐克卫衣", "高仿一般要三百 我这只要99 包邮", "takedown"),
    # a seller disparaging that shop, then offering his own
    ("耐克球鞋 原单", "那家店的耐克都是仿的，我家是原单 ¥99 包邮", "review"),
    # "the guy selling" is the poster himself
    ("NIKE dunks 1:1", "I'm the guy selling 1:1 NIKE dunks, DM me, $40", "takedown"),
    # a trader who ordered replicas and sells them on
    ("adidas trainers 1:1",
     "Ordered 50 pairs of 1:1 adidas trainers for $14 each, selling at $40, DM me", "takedown"),
    # a comparison a seller writes: his copy measured against the genuine article
    ("耐克外套 实测对比正品", "实测对比正品，1:1做工，要的私", "demote"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_a_seller_writing_the_same_words_still_offers(guard, title, description, least):
    assert_offers(guard, title, description, least)


@pytest.fixture(scope="module")
def resale_guard() -> BrandGuard:
    """The test brands and two whose spellings a resale text may hold: GREE (US$99, re…) and
    数饵流, whose initials with a letter repeated read ``sell``."""
    return BrandGuard(BRANDS + [Brand(40, "格力", "gree_official", ("GREE",)),
                                Brand(41, "数饵流", "shuerliu_official")], model=None)


RESALE = [
    # a consignment's price: its digits are no letters (99, re… read as GREE)
    ("consignment.corner", "Dove gift set (consigned)",
     "Consigned item, checked in store, US$99, refunds within a week"),
    # a student's handle holds an English word, no mark's initials, and he sells after upgrading
    ("campus_sell", "ANTA basketball shoes", "Genuine, upgrading so selling, US$60, meet on campus"),
]


@pytest.mark.parametrize("account_name, title, description", RESALE)
def test_a_resellers_own_item_is_no_offer(resale_guard, account_name, title, description):
    assert_no_offer(resale_guard, account_name, title, description)


def test_digits_outside_a_price_are_still_read_as_letters(resale_guard):
    result = resale_guard.scan(record("GR33空调 高仿", "高仿GR33空调 ¥999 包邮"))
    assert any(hit.brand.mark == "格力" and "digit_swap" in hit.evasions
               and SEVERITY[hit.decision] >= SEVERITY["demote"] for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]


@pytest.mark.parametrize("title, description", [
    ("NIKE hoodie - factory version",
     "Unauthorized factory run of the NIKE hoodie, same materials, no receipt. $66, ships in 5 days"),
    ("耐克卫衣 工厂版", "同厂同料耐克卫衣，无小票，价格美丽268元，要的私聊"),
])
def test_proof_of_purchase_denied_is_no_resale(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["demote"], (result.rule, result.decision)
