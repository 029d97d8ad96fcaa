"""Offers that never say fake, read by the shape of what they say (issue 13, stop 46): the mark's
label put on afterwards or drawn from the customer's picture, a maker's own label (贴牌), the
genuine article copied (照着专柜款做), a price a fraction of the genuine one's, an inspection gone
round (不走转转验货), the brand kept out of it (品牌那边不知道), sameness in northern speech and
beside the brand's shops, a price written before 到手, and the copy trade's words abroad. Sentences
and brands of this file's own. A recipe, a discount, a resale, after-sales parts, a report and a
review with the same words stay none."""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE
from origin.brands.config import SEVERITY
from tests.brands.conftest import assert_no_offer, record

COUNTERFEIT_SHAPES = [
    # the label put on afterwards, or drawn from what the customer sent
    ("安踏卫衣 工作室出", "领口的标是后头绣上的，128元一件"),
    ("李宁T恤 定制", "胸口商标按客户发来的图印，单价45"),
    # a maker's own label on the goods, and their packaging fitted afterwards
    ("德芙巧克力 批发", "68元一盒，代工厂贴牌，礼盒包装是后配的"),
    # the genuine article copied
    ("阿迪达斯板鞋 新到", "鞋型照着专柜款开模，298元包邮"),
    ("耐克卫衣", "买了一件正品回来拆开照着做的，159到手"),
    # sameness in northern speech, and with the brand's own shop
    ("李宁跑鞋", "129元，拿在手里跟专柜差不离，没票"),
    ("安踏外套", "跟专卖店的一个样，199元"),
    # the counter's goods as the measure, a price in the next clause
    ("李宁运动裤", "99元，和专柜卖的摆一起分不出来，价格才三分之一"),
    # the copy trade's own words abroad
    ("Nike Air sneakers birebir", "₺1450, birebir kalite, kargo ücretsiz"),
    ("adidas Samba like auth", "450.000₫, hàng like auth, freeship"),
    ("Nike hoodie", "₩39,000, 정품과 구별 불가, 택배만"),
]


@pytest.mark.parametrize("title, description", COUNTERFEIT_SHAPES)
def test_plain_counterfeit_shapes_are_counterfeit_words(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["demote"], (
        result.rule, [(h.matched, h.rule, [s.word for s in h.signals]) for h in result.hits])
    assert any(s.kind == "counterfeit" for hit in result.hits for s in hit.signals)


LOOK_ALIKE_SHAPES = [
    # a price a fraction of the genuine one's
    ("耐克气垫鞋", "正价的四分之一都不要，159元"),
    ("adidas track pants", "$25, about a fifth of the retail price"),
    ("安踏羽绒服 地摊", "官方价的零头，259元"),
    # the inspection gone round, the brand kept out of it, never authorised
    ("李宁篮球鞋 新品", "全新未拆，399元，不走得物验货"),
    ("安踏运动包", "79元，这批货品牌那边不知情"),
    ("德芙巧克力礼盒", "牌子没授权，55元一盒"),
    # like the original, and the brand's channel denied, abroad
    ("Nike Dunk wie Original", "89 €, wie Original, nicht vom Markenhändler"),
    ("Nike Dunk", "4900 ₽, как оригинал"),
]


@pytest.mark.parametrize("title, description", LOOK_ALIKE_SHAPES)
def test_plain_look_alike_shapes_get_a_look(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (
        result.rule, [(h.matched, h.rule, [s.word for s in h.signals]) for h in result.hits])


BENIGN = [
    # a recipe copying the official one, with a price for the course
    ("德芙巧克力蛋糕教程", "照着官网的配方做的，材料成本大概45元"),
    # a genuine outlet's discount
    ("耐克折扣店", "专柜三折清仓，正品，门店自提"),
    # a resale of one's own, the receipt lost
    ("闲置李宁跑鞋", "自用闲置，穿过两次，专柜价的三分之一出，就差个小票"),
    # after-sales parts for the real thing
    ("大疆无人机 配件", "售后配件包装齐全，桨叶一对35元，官方渠道"),
    # a raid report: labels put on afterwards, nothing offered
    ("市场监管通报", "查获一批耐克运动鞋，鞋标是后来贴上去的，品牌方不知情"),
    # a review comparing with the brand's shop
    ("安踏跑鞋测评", "穿了一个月，说说和专卖店试穿的感受"),
    # a warning about prices a fraction of retail
    ("提醒", "看到阿迪达斯卖专柜价的五分之一，千万别买，都是假货"),
]


@pytest.mark.parametrize("title, description", BENIGN)
def test_the_same_words_offering_nothing_fake_say_none(guard, title, description):
    assert_no_offer(guard, "小店", title, description)


@pytest.mark.parametrize("text, price", [("1944到手，包顺丰", "1944"), ("到手88", "88")])
def test_a_number_before_daoshou_is_a_price(text, price):
    assert [m.group() for m in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["3天到手", "下单后48小时内到手"])
def test_days_to_arrive_are_no_price(text):
    assert not list(PRICE.finditer(text))
