"""Someone else's sale reported, and what the poster found it to be (stop 45, issue 13: held out
30's read took down a buyer's question about what someone sells, a victim's report and a safety
tip, and demoted compatible goods). The sale is another's when its sentence says so (看到有人卖,
卖家声称, "if a seller offers"), with the price someone asks inside that report (有人卖X，1021元，说
跟专柜一样); the poster's finding on it (根本不是正品, 其实是仿品, "are not originals") is a verdict,
not his offer, in a record with no price of his own. Goods made FOR a brand's product that say they
are third-party and carry none of its marks (不带任何原厂标识) are a nominative use; a homophone
holding a mark the record also writes on its own (放格力… beside 给格力…配的) is that brand named.
A seller's own price, contact or 1:1 claim still offers."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import assert_no_offer, assert_offers, record

NO_OFFER = [
    # a buyer asking about what someone else sells, the price asked inside the report
    ("求助帖", "求助：安踏跑鞋“内部渠道货”靠谱吗",
     "刚看到有人卖安踏跑鞋“内部渠道货”，团购价299，说跟专柜一模一样，能买吗？"),
    # a victim's report: the seller's claim, and the poster's finding
    ("吃瓜群众", "大疆云台“专柜货”其实是仿品", "卖家声称大疆云台是专柜货，拿去售后一查，根本不是正品。"),
    # a safety tip about what a seller offers, its price inside the seller's sentence
    ("shopper_tips", "Heads-up: adidas boots sold as 'AAA grade' are not originals",
     "If a vendor offers adidas boots as 'AAA grade' for $60, they are not made by adidas. "
     "Shop at its own stores."),
    # goods for a brand's product: third-party, its marks denied
    ("配件小铺", "适配大疆无人机的桨叶保护罩", "适配大疆无人机，第三方品牌，非原装，无任何原厂logo，一口价49"),
]


@pytest.mark.parametrize("account_name, title, description", NO_OFFER)
def test_reported_sales_findings_and_compatible_goods_are_no_offer(guard, account_name, title,
                                                                   description):
    assert_no_offer(guard, account_name, title, description)


def test_a_counterfeit_word_quoted_in_a_buyers_question_gets_a_look_at_most(guard):
    """The title quotes what the reported seller calls his goods (“原单货”): a look, no measure."""
    result = guard.scan(record("求助：安踏跑鞋“原单货”靠谱吗",
                               "刚看到有人卖安踏跑鞋“原单货”，团购价299，说跟专柜一模一样，能买吗？"))
    assert result.decision == "review", (result.rule, result.decision)


@pytest.mark.parametrize("title, description, least", [
    # the poster's own offer after reporting others'
    ("耐克跑鞋", "看到有人卖高仿耐克跑鞋，我这里也有，一比一，¥199 加V", "demote"),
    ("耐克跑鞋 一比一", "卖家声称正品，其实是高仿，我家耐克一比一 ¥159 包邮 私我", "demote"),
    # a price of the poster's own outside the report: his finding is his pitch
    ("耐克跑鞋", "有人说是正品，其实是一比一高仿，¥99", "review"),
    # third-party and unmarked, but 1:1: still an offer
    ("适配大疆无人机的云台", "第三方品牌，非原装，不带任何原厂标识，但一比一做工，¥99 包邮 私我", "demote"),
    ("NIKE sneakers", "Someone offers NIKE 1:1 replicas cheaper? Mine are 1:1 too, $45, DM me",
     "demote"),
])
def test_own_offers_beside_a_reported_sale_still_act(guard, title, description, least):
    assert_offers(guard, title, description, least)


def test_a_homophone_holding_a_mark_written_on_its_own_too_is_that_brand():
    guard = BrandGuard([Brand(1, "格力", "gree_official"), Brand(2, "宝格丽", "bvlgari_official")],
                       model=None)
    named = guard.scan(record("包格力空调外机的防雨罩", "给格力空调外机配的防雨罩，尺寸正好，45块包邮"))
    assert {hit.brand.mark for hit in named.hits} == {"格力"}
    assert named.decision == "none", [(h.brand.mark, h.decision, h.rule) for h in named.hits]
    # with no plain 格力 of its own the homophone still reads as 宝格丽, and its offer acts
    offer = guard.scan(record("堡格力项链 一比一", "堡格力项链，一比一，199包邮，加微信"))
    assert any(hit.brand.mark == "宝格丽" and hit.decision == "takedown" for hit in offer.hits)
