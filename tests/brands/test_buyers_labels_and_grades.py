"""Who orders, what is offered, and the trade's own words (stop 36, held out 20's kinds): a buyer
who tells how he ordered, and a sentence whose subject is the act of selling, offer nothing; a
mark's label printed on a factory's goods, goods said to be the same as the genuine article, the
replica trade's mirror grade and an English "not real" said of the goods are counterfeit words. A seller or an agent who writes the same words
still offers, and the everyday uses of those words (a polish, a material, a refund's condition)
stay none (issue 13).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NOT_OFFERS = [
    # a buyer's story: what the shop called the goods is reported, his own order no offer
    ("买家吐槽", "为什么我买的德芙巧克力颜色发白？",
     "后来才知道是仿的，店家说是“尾单”，我当时下单根本没注意这两个字"),
    ("买家吐槽", "我买的耐克卫衣和专柜的不一样",
     "客服说是“原单”，拍下时我压根没看到，下单的时候我以为是正品"),
    # the trade as a sentence's subject: what selling fakes leads to
    ("Law for sellers", "Is it a crime to sell fake NIKE hoodies?",
     "Selling counterfeit branded goods could mean heavy damages and a criminal record."),
    ("Trade law notes", "Can I resell fake adidas trainers online?",
     "Reselling knock-offs may get your shop closed and you sued."),
    # the everyday words beside the new readings
    ("小店", "德芙巧克力礼盒 镜面级抛光铁盒", "正品 包邮 ¥99"),
    ("shop", "NIKE hoodie, upper not real leather", "$40, ships today"),
    ("shop", "Not really a fan of the new NIKE hoodie", "the old one fits better"),
    ("shop", "NIKE hoodie", "Full refund if not real, $40"),
    ("晚间新闻", "耐克打假现场", "执法人员在仓库里发现大量假冒耐克鞋子，包装上印着高仿的商标"),
    # a buyer's complaint and a question measure against the genuine article too
    ("买家吐槽", "我买的耐克卫衣和正品不一样", "颜色发黄，领口开线"),
    ("提问", "这件耐克卫衣和正品一样吗？", "朋友送的"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERS)
def test_a_buyers_order_and_the_trade_as_a_subject_are_no_offer(guard, account_name, title,
                                                                 description):
    assert_no_offer(guard, account_name, title, description)


OFFERS = [
    # an agent ordering for the buyer, a shop's voice
    ("我帮你下单高仿耐克", "私聊", "takedown"),
    ("高仿耐克卫衣", "我家下单秒发 高仿耐克卫衣 ¥99", "takedown"),
    # a seller's gerund ends its clause at the comma
    ("Selling NIKE 1:1 hoodies, can ship today", "$40 DM me", "takedown"),
    # a mark's label printed on a factory's goods
    ("同厂运动鞋，可印耐克标", "需要耐克标的备注，388元，批发另谈，无标版本更便宜", "takedown"),
    ("同厂卫衣 可贴上adidas logo", "要标的备注 ¥69 包邮", "takedown"),
    # the same as the genuine article
    ("耐克卫衣 跟原装没区别", "私聊 ¥99", "takedown"),
    ("德芙巧克力 原厂出货", "和正品的一模一样，只是没有外盒，要的私聊", "takedown"),
    # the replica trade's mirror grade
    ("耐克卫衣，镜面级做工，一眼假算我输", "私信暗号“镜面”", "takedown"),
    ("德芙巧克力 镜面版", "细节对比图私我 包邮", "demote"),
    # "not real" said of the goods
    ("Not real but NIKE hoodie looks just as good", "Nobody can tell. US$55", "takedown"),
    ("adidas trainers - not real, priced to match", "adidas trainers for $30, DM me", "takedown"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_labels_grades_and_not_real_offer_fakes(guard, title, description, least):
    assert_offers(guard, title, description, least)


@pytest.fixture(scope="module")
def label_guard() -> BrandGuard:
    """The test brands and a common-word mark whose one product cue the offers do not name."""
    return BrandGuard(BRANDS + [Brand(40, "长城", "greatwall_official", (), (), frozenset(),
                                      True, ("汽车",))], model=None)


def test_a_common_words_label_on_goods_is_the_mark(label_guard):
    result = label_guard.scan(record("同厂脚垫，可印长城标", "需要长城标的备注，120元，批发另谈"))
    assert any(hit.brand.mark == "长城" and SEVERITY[hit.decision] >= SEVERITY["review"]
               for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]


def test_a_common_word_without_a_label_stays_the_word(label_guard):
    result = label_guard.scan(record("长城脚下的小店", "同厂同款，120元，批发另谈"))
    assert not any(hit.brand.mark == "长城" and hit.decision != "none" for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]


def test_a_common_word_said_to_be_the_same_as_the_genuine_is_the_mark(label_guard):
    result = label_guard.scan(record("长城脚垫 原厂出货 非专柜", "和正品一模一样，只是没吊牌，120元"))
    assert any(hit.brand.mark == "长城" and SEVERITY[hit.decision] >= SEVERITY["review"]
               for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]
