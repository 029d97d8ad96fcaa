"""Offers held_out_33 missed, by shape (stop 49, brands49): a live seller's price with no currency
(只要268, 两件399), the replica factories' own names and grades (VS厂, PK版), goods made to the
genuine article's measure (对标原装), the seller's own factory, the inspection refused (不给验), the
brand's or the duty-free shop denied as the goods' source, customs confiscation as a cover story,
and copy words in Hebrew, Hungarian, Arabic script, Swahili and Turkish. Each is read only where
the record offers: the same words in a report, a warning or a resale with its proof stay none."""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE
from tests.brands.conftest import assert_no_offer, assert_offers


@pytest.mark.parametrize("text, price", [("只要268，", "268"), ("两件399，包邮", "399"),
                                         ("三件1250", "1250")])
def test_a_live_sellers_bare_number_is_a_price(text, price):
    assert [m.group() for m in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["只要3天就到", "两件套", "只要一件", "两件都是正品"])
def test_counts_and_days_are_no_price(text):
    assert not PRICE.search(text)


@pytest.mark.parametrize("title, description", [
    # the replica factories' runs and grades, made to the genuine article's measure
    ("安踏跑鞋 新到", "只要238，VS厂出的货，细节拉满"),
    ("李宁卫衣 到货", "两件199，PK版，懂的来"),
    ("德芙巧克力礼盒 福利", "只要59，包装对标原装，拍下就发"),
    # the streamer's own factory, the brand's authorisation the only thing missing
    ("李宁卫衣 直播福利", "只要129，主播自己厂里出的，下播就涨"),
    ("安踏跑鞋 今晚特价", "两件260，跟专柜比就差一张授权书"),
    # the inspection refused, the brand's shop denied in Cantonese, the duty-free shop denied
    ("德芙巧克力 夜市", "只要45，摊上不给验，要就拿"),
    ("李宁卫衣 旺角", "只要150，唔系专门店出嘅，冇单"),
    ("安踏跑鞋 机场价", "只要180，不是免税店出的，没票"),
    # customs confiscation as the seller's cover story
    ("李宁卫衣 清货", "只要88，说是海关罚没下来的，手续没有，品牌不保修"),
    # copy words abroad
    ("ANTA running shoes", "₪180, חיקוי, משלוח"),
    ("LINING hoodie új", "9,900 Ft, minőségi utánzat, postázom"),
    ("Dove chocolate box", "45 ج.م، كوبي ون، توصيل"),
    ("ANTA sneakers mpya", "TSh 45,000, bandia daraja la kwanza, tuma ujumbe"),
    ("LINING hoodie", "450 TL, muadil ürün, kargo bedava"),
])
def test_a_copy_said_by_its_seller_is_an_offer(guard, title, description):
    assert_offers(guard, title, description, "review")


def test_a_channel_denied_in_english_is_no_advice(guard):
    """"not from an authorised retailer" is the seller's word on his goods, not the advice to
    buy from one: the logo he added is read as a counterfeit word."""
    assert_offers(guard, "ANTA sneakers brand new", "$40, logo added at our workshop, not from an "
                  "authorised retailer", "review")


@pytest.mark.parametrize("account_name, title, description", [
    # a report of the cover story, a confiscation's fine
    ("本地新闻", "海关查获", "海关查获一批假冒李宁卫衣，依法罚没，罚没款12万元"),
    # the replica factories named in a platform's rule
    ("平台公告", "规则解读", "商品标题出现“VS厂”“PK版”字样的一律下架，按售假处理"),
    # a resale with its proof from the duty-free shop
    ("闲置小铺", "德芙巧克力 转让", "机场免税店买的，有免税店小票，只要60，不是免税店出的你找我"),
    # advice to buy from an authorised retailer, in English
    ("Consumer desk", "Buying ANTA safely", "Only buy ANTA from an authorised retailer; "
     "a $20 pair is not genuine"),
])
def test_the_same_words_outside_an_offer_are_nothing(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)
