"""Someone else's listing reported to be judged (stop 47, issue 13: held out 32's read flagged 32 %
of its consumer warnings and took one down). An auction house refusing consigned fakes, a
platform's rule, a shop assistant answering a customer's link, a court case, an undercover report,
a gloss of the copy trade's words: each quotes a listing — after 写着, 原帖, 称, 档主说, "listed
as" — its price among its words, and passes a verdict on it (经鉴定为假冒, 一律下架, 不是正品,
法院认定, 报警, 意思是…, "are removed", "are not originals"). When every price, selling and contact
word of the record lies inside such a listing, its words are the listing's, judged. A seller's own
price or contact outside it keeps the record his offer, as does a buyer's question quoted before a
sale."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

NO_OFFER = [
    # an auction house refusing a consigned fake: the seller's post quoted, price and all
    ("二手表行", "本店不收耐克“高仿”“原单”寄拍",
     "上周有人寄拍耐克球鞋，原帖写着“原单货 488元包邮”，经鉴定为假冒，已全部退回。"),
    # a platform's rule quoting the words it removes
    ("平台小助手", "规则：安踏跑鞋写“原单”“一比一”会被下架",
     "发布安踏跑鞋并写有“原单”“一比一”等字样的商品，平台一律下架。"),
    # a shop assistant answering a customer's link: a quoted listing with a price, then the verdict
    ("李宁门店", "店员答：顾客问李宁卫衣“原单”是什么",
     "顾客拿着写着“李宁卫衣 原单 159元”的链接来问，我们告诉他：门店以外卖的“原单”都不是正品。"),
    # a court case: what the defendant posted and said, then the court's finding
    ("法律小课堂", "判例：朋友圈卖阿迪达斯“尾单”被判赔",
     "被告在朋友圈代购阿迪达斯运动鞋，称“原单尾货，不走专柜”，法院认定为销售假冒注册商标的商品。"),
    # an undercover report: the stall keeper's words and price, then the reporter's verdict
    ("本地新闻", "暗访：夜市怎么卖耐克球鞋",
     "摊主说耐克球鞋“和专柜一模一样，查不到货号所以便宜”，报价199元，记者随即报警。"),
    # a gloss of a foreign word of the copy trade
    ("语言角", "韩语小课：耐克球鞋“레플”是什么意思",
     "韩国帖子里写着耐克球鞋 레플，意思是照着正品仿的，不是正品，买二手时要看懂。"),
    # the same in English: a rule, a consumer agency's warning with the price quoted, a gloss
    ("mod_team", "Rule: adidas boots listed as 1:1 or mirror grade are removed",
     "Posts for adidas boots that say 1:1 or mirror grade break our rules and the poster is banned."),
    ("consumer_watch", "Agency: adidas trainers called 'AAA replica' are fakes",
     "The agency says adidas trainers advertised as AAA replica at $45 are not originals."),
    ("lingo_daily", "Word of the day: 'clone', as in adidas clone trainers",
     "In sneaker slang a 'clone' is a knock-off: adidas clone trainers are not made by the brand."),
    # a court case abroad: what the defendant listed, its price, and the court's finding
    ("legal_digest", "Court fines market trader over fake 'adidas' trainers",
     "The seller listed 'adidas' trainers as 'mirror AAA' at €39; the court found infringement."),
]


@pytest.mark.parametrize("account_name, title, description", NO_OFFER)
def test_a_listing_reported_and_judged_is_no_offer(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description, least", [
    # the seller's own price and contact outside the words he quotes
    ("耐克球鞋 原单", "链接写着原单，不是正品，介意勿拍，¥199 包邮 加V", "demote"),
    ("耐克球鞋 一比一", "别家原帖写着“一比一”都是假冒，我家才是真一比一，¥159 私聊", "review"),
    # a buyer's question quoted, then the sale
    ("安踏跑鞋 一比一", "顾客问“有没有一比一的安踏”，有的，高仿一比一，¥159 加V发图", "demote"),
    # a rule quoted, then an offer round it
    ("adidas 1:1", "Listings that say replica are removed here, so DM me: adidas 1:1 $45", "review"),
    ("adidas 1:1", "The seller listed these adidas as 1:1, court found nothing lol. Mine $45 DM me",
     "demote"),
])
def test_own_offers_beside_a_judged_listing_still_act(guard, title, description, least):
    assert_offers(guard, title, description, least)
