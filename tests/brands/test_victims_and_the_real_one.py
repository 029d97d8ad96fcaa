"""Victims, a mark's own characters and the real article by where it is sold (stop 37, held out
21's kinds): a text that reports people cheated warns, whatever selling words tell how they were
sold to; a price word inside a mark written out (元 in a mark) is the mark's wherever it stands;
goods said to be the same as "the real one" or as what the counter sells are not it. A seller who
writes the same words still offers, a loss feared or promised away reports no victim, and a
shop matching the official price compares prices, not goods (issue 13).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NOT_OFFERS = [
    # a scam told from its victims' side: the scammer's selling words, then the loss
    ("防骗小课堂", "耐克运动鞋低价团购要当心",
     "先拉你进群再发链接，付了钱寄来的是假货，群也解散了，小区里好几个阿姨都被骗了"),
    ("社区网格员", "德芙巧克力“内部价”是个圈套",
     "对方加微信后发付款码，收款后发假货，楼里已经有三户人家上当"),
    ("Scam watch", "Cheap adidas sneakers on chat apps",
     "They add you, send a payment link, then ship a fake. Two of my neighbours got scammed."),
    # a shopkeeper warning, the mark written twice, once with 元 inside it
    ("便利店老板", "说句实话：元气森林假货太多", "来路不明的元气森林我们不收，只从经销商进货"),
]


@pytest.fixture(scope="module")
def yuan_guard() -> BrandGuard:
    """The test brands and a mark holding a price word (元)."""
    return BrandGuard(BRANDS + [Brand(50, "元气森林", "genki_official")], model=None)


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERS)
def test_a_reported_victim_and_a_marks_own_characters_are_no_offer(yuan_guard, account_name,
                                                                   title, description):
    assert_no_offer(yuan_guard, account_name, title, description)


def test_a_victim_beside_other_counterfeit_words_gets_a_look_at_most(guard):
    # a counterfeit word no warning needs (高仿) beside a reported victim: no measure
    result = guard.scan(record("高仿耐克运动鞋", "我妈上当了，加微信的那种 ¥199包邮"))
    assert result.decision == "review" and result.rule == "victims_reported"


OFFERS = [
    # a loss feared or promised away is a seller's reassurance, not a victim
    ("高仿耐克运动鞋", "怕被骗的可以先验货，1:1复刻 ¥199包邮，加微", "takedown"),
    ("高仿耐克运动鞋", "在我家不会被坑，1:1复刻 ¥199包邮", "takedown"),
    ("高仿耐克运动鞋", "你被骗过吗？来我家，1:1复刻 ¥199包邮", "takedown"),
    # the same as the real one, the counter, what the mall sells
    ("德芙巧克力 跟正的一模一样", "朋友厂里拿的，到手680出", "review"),
    ("耐克运动鞋", "同厂同料，包装和专柜一样，￥199包邮，懂的直接拍", "takedown"),
    ("耐克斜挎包 到手价499", "这个耐克跟你在商场看到的一个样，就是不要牌子溢价", "takedown"),
    ("NIKE hoodie with the real tags", "Logo and tags like the real one, $40, no returns",
     "takedown"),
    # hearsay of the same factory: his own price stands (no counterfeit word read inside it)
    ("NIKE hoodie 1:1 copy", "Same factory as the real ones they say, $40, tracking provided",
     "takedown"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_a_sellers_same_words_still_offer(guard, title, description, least):
    assert_offers(guard, title, description, least)


NOT_COMPARED = [
    # a shop matching the official price, a complaint, a question: no sameness of goods
    ("耐克运动鞋 正品", "价格和官网一样，￥199包邮"),
    ("耐克运动鞋 正品", "跟商场一样的价格，￥199包邮"),
    ("耐克运动鞋", "和专柜不一样，退了"),
    ("耐克运动鞋", "和专柜一样吗？"),
    ("NIKE hoodie", "Is it like the real one? A friend gave it to me"),
    # 真正的 is no "real one": 正的 right after the marker only
    ("耐克运动鞋", "和真正的一样舒服 ¥199"),
]


@pytest.mark.parametrize("title, description", NOT_COMPARED)
def test_prices_complaints_and_questions_compare_no_goods(guard, title, description):
    result = guard.scan(record(title, description))
    assert not any(s.kind == "counterfeit" for hit in result.hits for s in hit.signals), \
        [(s.kind, s.matched) for hit in result.hits for s in hit.signals]
    assert SEVERITY[result.decision] < SEVERITY["demote"]
