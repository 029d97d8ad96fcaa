"""Offers that never say fake but say the brand did not make, sell or label the goods (issue 13,
stop 45: held out 29's plain offers): the brand's channel denied (不是品牌店里卖的, 官网查不到,
"not from an authorised dealer") is a look-alike word, the mark's label made by someone else
(logo是后来工厂加上去的, 标照着正品做的, "logo made to order") a counterfeit word, both read only
in a record that offers; and prices in any currency sign, Cantonese 蚊 and 单价88. Sentences and
brands of their own. Reviews' disclaimers, a genuine seller denying fakes, a resale, a question,
a report and a standard followed stay none."""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE
from origin.brands.config import SEVERITY
from tests.brands.conftest import assert_no_offer, record

DISOWNED_OFFERS = [
    ("耐克气垫鞋 厂货", "亲戚厂里出的，￥260，不是品牌专卖店的货，没小票"),
    ("阿迪达斯卫衣", "168元一件，这款品牌官方没有出过，质量放心"),
    ("李宁跑鞋 清仓", "99元两双，鞋标官网查不到，介意勿拍"),
    ("NIKE hoodie clearance", "$35 each, not from an authorised dealer, ships in two days"),
    ("adidas track jacket", "US$29, no brand warranty, pickup downtown"),
]

LABEL_OFFERS = [
    ("德芙巧克力 批发", "礼盒的logo是我们工厂自己印的，批发价28一盒"),
    ("安踏运动裤", "裤子上的标是厂里后来贴上去的，49元包邮"),
    ("李宁卫衣", "领标照着正品做的，128元，私我"),
    ("阿迪达斯板鞋", "鞋盒照着原厂印的，吊牌防伪卡都能配，¥199"),
    ("NIKE cap", "Logo stitched on at our workshop, $12, DM me"),
]


@pytest.mark.parametrize("title, description", DISOWNED_OFFERS + LABEL_OFFERS)
def test_goods_the_brand_disowns_get_a_look(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (
        result.rule, [(h.matched, h.rule) for h in result.hits])


@pytest.mark.parametrize("title, description", LABEL_OFFERS)
def test_a_label_made_by_someone_else_is_a_counterfeit_word(guard, title, description):
    result = guard.scan(record(title, description))
    assert any(s.kind == "counterfeit" for hit in result.hits for s in hit.signals), (
        result.rule, [(h.matched, h.rule) for h in result.hits])


BENIGN = [
    # a review's disclaimer: nothing offered
    ("耐克跑鞋测评", "不是品牌方的广告，自己买来穿了一个月，说说感受"),
    ("NIKE Pegasus long-term review", "Not from the brand store, I bought them at an outlet, "
                                       "here is how they held up"),
    # a genuine seller denying fakes
    ("阿迪达斯 官方授权", "官方授权 不是高仿 假一赔十"),
    # a resale of a gift with its story
    ("闲置李宁卫衣", "朋友送的，不是专柜买的所以没有小票，九成新，二手低价出"),
    # a buyer's question
    ("李宁跑鞋", "鞋标官网查不到吗？想问问大家"),
    # a report of a raid
    ("警方查获假冒运动鞋", "记者发现，耐克的logo是工厂后来加上去的，涉案金额巨大"),
    # a standard followed, no label
    ("安踏运动裤 新款", "我们自己按照标准做的检测，面料透气，¥99"),
]


@pytest.mark.parametrize("title, description", BENIGN)
def test_disclaimers_denials_resales_questions_and_reports_stay_none(guard, title, description):
    assert_no_offer(guard, "小店", title, description)


@pytest.mark.parametrize("text, price", [
    ("21,900 ₽, доставка", "900 ₽"), ("₪450 each", "₪450"), ("₹999 only", "₹999"),
    ("479蚊，要就嚟拎", "479蚊"), ("拼单价470，要的扣1", "470"), ("单价88", "88"),
    ("EGP 12,400, cash only", "12,400"), ("R3,150 each", "3,150"), ("8,990 Kč, osobní odběr", "8,990"),
])
def test_prices_in_any_currency_sign_and_the_trades_words(text, price):
    assert [m.group() for m in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["评价99+条", "5蚊香", "6.1寸屏", "第3名", "5,000 mAh",
                                  "1,000 followers", "Top 1,000 songs"])
def test_what_is_no_price_stays_none(text):
    assert not PRICE.search(text)


@pytest.mark.parametrize("title, description", [
    ("耐克板鞋 工厂货", "全新带盒，¥239，不接受鉴定，介意勿拍"),
    ("阿迪达斯外套", "128元包邮，拒绝验货，懂的来"),
])
def test_an_inspection_turned_down_in_an_offer_gets_a_look(guard, title, description):
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (result.rule, result.decision)


def test_a_resale_turning_down_an_inspection_stays_a_resale(guard):
    assert_no_offer(guard, "小店", "闲置耐克卫衣", "九成新，自用闲置，不支持验货，介意勿拍，¥80")


def test_customs_gone_round_is_no_customs_report(guard):
    result = guard.scan(record("耐克气垫鞋 水货", "绕过海关运进来的，¥420，不走品牌渠道"))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (result.rule, result.decision)
    assert_no_offer(guard, "小店", "海关查获一批耐克运动鞋", "不走正规渠道的货物被扣留，¥200万元")


def test_a_japanese_listing_without_the_dealers_warranty_gets_a_look(guard):
    result = guard.scan(record("NIKE スニーカー 新品", "¥3000、正規店の保証なし、即購入OK"))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (result.rule, result.decision)


def test_an_inspection_turned_down_under_a_resale_groups_name_is_no_resale(guard):
    result = guard.scan(record("耐克跑鞋 全新", "全新，￥320，工厂出来的，不接受鉴定",
                               account_name="二手交流群"))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (result.rule, result.decision)


def test_proof_that_cannot_be_issued_is_no_resale(guard):
    result = guard.scan(record("阿迪达斯卫衣 到货", "工厂直发，￥99，开不了发票，不是品牌店的货"))
    assert SEVERITY[result.decision] >= SEVERITY["review"], (result.rule, result.decision)
