"""Offers the poster reports, and goods with a paper trail (stop 50, issue 13: held out 35 took
down a platform's violation case and an English alert quoting sellers, and demoted a suit, a
merchants' pledge and pawn-shop goods). A quotation someone else said, judged; another's trade in
the past tense; a sale refused; an inspection done; a resale's papers; the goods a fitting part
fits are no offer of the poster's. The same words in a seller's own offer still are."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NOT_OFFERED = [
    # a platform's case: the streamer's words quoted after 称, the brand's finding and a ban after
    ("直播平台公示", "主播说“耐克气垫鞋跟专柜一样”被封禁",
     "主播在直播间里称“耐克气垫鞋，399块钱，跟专柜一样，没小票”，经品牌方确认不是正品，直播间封禁三天。"),
    # an English notice: dealers' past offer, the notice's finding in its title
    ("market_watch", "Notice: NIKE trainers at Gikomba are not genuine",
     "Dealers offered NIKE trainers at KSh 2,500 'logo added in the back room'; buy only from "
     "authorised dealers."),
    # a suit over a shop's words, framed as what it sold under (以“…”为卖点)
    ("人民检察院", "检察院就网店卖阿迪达斯运动服提起诉讼",
     "网店以“259包邮，专柜同款，不开发票”为卖点销售阿迪达斯运动服，检察院提起诉讼。"),
    # a merchants' pledge not to sell fakes
    ("商会公告", "自律公约：本街商户不卖冒牌运动鞋",
     "本街商户一致承诺不卖印着李宁标却不是正品的鞋子，违者通报。"),
    # a pawnshop's forfeit, appraised when pawned, its papers kept
    ("典当行门店", "耐克限量球鞋 绝当出售", "本行绝当品，入库时经过鉴定，当票和鉴定单齐全，按评估价出"),
    # export goods returned, with the customs declaration
    ("外贸退运正品", "德芙巧克力礼盒 出口退运", "出口退回的正品，有报关单和经销商证明，未拆封，五折出"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERED)
def test_reported_offers_and_papered_resales_are_no_offer(guard, learnt_guard, account_name,
                                                          title, description):
    assert_no_offer(guard, account_name, title, description)
    assert_no_offer(learnt_guard, account_name, title, description)


@pytest.mark.parametrize("title, description, least", [
    # the quotation's praise, the seller's own price and call outside it
    ("耐克气垫鞋 和专柜没区别", "买过的都称“和专柜没区别”，不是正品，399块，私我", "demote"),
    # the poster's own stall in the past tense
    ("NIKE trainers 1:1 copies", "Our stall sold NIKE 1:1 copies at $40 all week, DM me", "demote"),
    # a refusal turned round in its clause, and the counters' lack as a pitch
    ("耐克跑鞋", "不卖假货都是耐克原单，199包邮", "demote"),
    ("耐克跑鞋", "专柜不卖的耐克1:1款，199包邮", "demote"),
    # the seller's "passes inspection", and papers he says the goods lack
    ("耐克球鞋 能过鉴定", "¥299 包邮 私聊", "review"),
    ("耐克跑鞋 外贸尾货 清仓", "说是出口退回来的，报关单没有，标是后来补的，299包邮", "demote"),
])
def test_the_same_words_in_a_sellers_own_offer_still_count(guard, title, description, least):
    assert_offers(guard, title, description, least)


def test_a_sound_alike_in_the_goods_a_part_fits_is_no_mark():
    # 威丹 sounds like 微单 (a camera kind): after "兼容佳能" it names the fitted mark's goods
    guard = BrandGuard(BRANDS + [Brand(31, "佳能", "canon_official", ("Canon",)),
                                 Brand(32, "威丹", "weidan_official")], model=None)
    fitting = guard.scan(record("兼容佳能微单的第三方电池",
                                "兼容佳能微单，不带佳能标识，非原装，60元，现货"))
    assert fitting.decision == "none", [(h.matched, h.decision, h.rule) for h in fitting.hits]
    # the same sound offered as goods of its own, no fitted mark before it
    offered = guard.scan(record("微单 高仿 现货", "一比一微单，60元，私聊"))
    assert any(h.brand.mark == "威丹" and h.decision != "none" for h in offered.hits)
