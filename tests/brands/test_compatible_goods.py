"""Goods said to fit a mark's goods are a nominative use (stop 43, issue 13: held out 27's
"兼容X的充电线 — 第三方产品，非原装" was demoted). A compatibility word right before the mark (兼容,
适用于, 适配, "compatible with", "works with") names it as what the goods fit, and the poster's
disclosure that they are not the brand's own (非原装, 非原厂, not original, not genuine) is no
admission of fakes for it. Any other counterfeit word still counts, and the same disclosure
without a compatibility word is still a seller admitting his goods are not genuine."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

COMPATIBLE = [
    ("数码配件店", "兼容大疆云台的快拆板", "第三方配件，非原装，¥39包邮"),
    ("配件铺", "适用于耐克运动鞋的替换鞋带", "非原厂配件，不带品牌标志，10元三副"),
    ("phone_bits", "Replacement strap compatible with Apple Watch",
     "Third-party, not original Apple. $12, free shipping"),
    ("charger_shop", "Fast charger that works with DJI drones",
     "Not genuine DJI, a third-party part, $19 shipped"),
]


@pytest.mark.parametrize("account_name, title, description", COMPATIBLE)
def test_goods_said_to_fit_a_mark_and_not_its_own_are_no_offer(guard, learnt_guard,
                                                                account_name, title, description):
    assert_no_offer(guard, account_name, title, description)
    assert_no_offer(learnt_guard, account_name, title, description)


@pytest.mark.parametrize("title, description", [
    # a counterfeit word of another kind beside the compatibility word
    ("兼容耐克 高仿运动鞋", "¥199 包邮 私我"),
    ("Compatible with NIKE fans: 1:1 replica sneakers", "$45, DM me"),
    # the disclosure with no compatibility word: the seller's goods are not genuine
    ("耐克运动鞋 非原装", "¥199 包邮 私我"),
    ("NIKE sneakers, not original", "$45, DM me"),
])
def test_other_counterfeit_words_and_plain_admissions_are_still_caught(guard, title,
                                                                       description):
    assert_offers(guard, title, description, "takedown")
