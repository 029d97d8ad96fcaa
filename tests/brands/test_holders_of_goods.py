"""Goods made to carry a mark's goods (stop 48: held out 33's read reviewed 4 of its nominative
uses, an empty storage box sold "to carry your own X", 盒上没有任何品牌). 装 opening a clause right
before the mark (装X的收纳盒), or 用来装 / 专门装, names the mark as what the goods hold, as 兼容 and
适用 name what they fit (stop 43), and the box's own brand denied (没有任何品牌) discloses that the
goods are not the brand's. 原装, 包装 and 组装 end another word before the mark; counterfeit words
beside a holder still count."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers

NO_OFFER = [
    ("收纳小铺", "装德芙巧克力的便携铁盒",
     "只卖空铁盒，出门带自己的德芙巧克力放进去，35元，盒上没有任何品牌"),
    ("收纳小铺", "泡面密封罐",
     "密封罐一个28块，用来装康师傅泡面不怕受潮，罐身没有任何品牌"),
]


@pytest.mark.parametrize("account_name, title, description", NO_OFFER)
def test_a_box_for_the_marks_goods_is_no_offer(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description, least", [
    # 原装 (original) is no holder: the brand's own goods claimed, unbranded at that price
    ("原装德芙巧克力 整箱", "原装德芙巧克力，35元包邮，没有任何品牌标识的散装", "review"),
    # a holder, and counterfeit words beside it
    ("装德芙巧克力的铁盒", "装德芙巧克力的铁盒，一比一复刻德芙logo，35元，私聊", "review"),
    # 组装 (assembled) is no holder
    ("组装苹果手机", "组装苹果手机，和原装一样，¥399 包邮", "review"),
])
def test_offers_beside_a_holder_word_still_act(guard, title, description, least):
    assert_offers(guard, title, description, least)
