"""Whose voice a price or a trade word is in: an institution's enforcement notice, a brand's
denial, hearsay told to the poster, a buyer's question about what someone paid, a guide telling
buyers when to walk away and a reporter's account name fakes and prices that are not the
poster's offer. A seller who asks, quotes or writes a condition still offers (issue 13, held out
17's benign flags, stop 33).
"""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

NOT_OFFERS = [
    # a platform's enforcement notice: its crackdown and the suspected fakes it delisted
    ("电商平台", "关于严打阿迪达斯假货的通报",
     "本月下架涉嫌假冒阿迪达斯的运动外套商品链接八百条，关闭违规店铺十二家，欢迎大家监督"),
    ("电商平台", "严打假冒耐克假货专项公告", "近期清理涉嫌售假的耐克球鞋商品链接三百余条，封禁店铺二十家"),
    # a brand denying it ever authorised the channels others sell through
    ("李宁法务", "李宁关于假冒产品的说明",
     "李宁从未授权任何微商或私聊渠道销售运动鞋，所谓工厂尾单都是假冒，认准官方旗舰店"),
    # hearsay told to the poster, ending in a question without a question mark
    ("小区群", "听说夜市有卖假耐克",
     "表哥跟我说夜市那边摊位卖的耐克球鞋全是仿的，价格才专柜三分之一，真的假的"),
    # the same, the goods named with a Latin model name holding a space
    ("小区群", "听说夜市有卖假耐克",
     "表哥跟我说夜市那边卖的耐克Air Max都是仿的，价格才专柜三分之一，有人去过吗"),
    # a buyer's question with the price someone paid
    ("aunt_june", "Is this adidas hoodie genuine?",
     "My nephew got this adidas hoodie for $35 at a car boot sale. The stitching looks odd. "
     "Could it be a fake?"),
    # a guide telling buyers when to walk away
    ("Buyer tips", "How to tell a fake NIKE hoodie",
     "Knockoff NIKE hoodies usually have crooked logos and thin fabric. If someone asks $20 "
     "for one, walk away"),
    # a reporter's account of a trade
    ("City desk", "Inside the fake adidas tracksuit trade",
     "Our reporter found counterfeit adidas tracksuits sold from vans, with vendors admitting "
     "they were copies"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERS)
def test_others_fakes_and_prices_are_not_the_posters_offer(guard, account_name, title,
                                                            description):
    assert_no_offer(guard, account_name, title, description)


OFFERS = [
    # a request to be told is the seller's contact, not reported speech
    ("耐克球鞋 高仿 一比一", "高仿耐克要的跟我说", "demote"),
    ("耐克球鞋", "高仿耐克一比一 要的跟我说一声 ¥199", "takedown"),
    # a question and a condition from a seller
    ("耐克外套 一比一", "要的私聊？ 高仿耐克 ¥99", "takedown"),
    ("NIKE hoodie 1:1", "If you want the 1:1 NIKE hoodie DM me, $40", "takedown"),
    # a price outside the buyer's sentence makes his question an offer again
    ("adidas hoodie", "I got these adidas hoodies for $10 each. Want a replica? $35", "demote"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_a_sellers_request_question_or_condition_still_offers(guard, title, description, least):
    assert_offers(guard, title, description, least)
