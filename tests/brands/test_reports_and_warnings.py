"""Reports, reviews and warnings are not offers, held out 19's kinds (stop 35): an authenticator
setting the genuine article beside a fake he paid for, a forwarded warning about someone selling
door to door and what he claimed, a customs notice about suspected fakes and their value, an
authenticator's note on what most fakes get wrong, and a currency's code before a price read as
a mark's initials. A seller who writes the same words still offers (issue 13, precision).
"""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NOT_OFFERS = [
    # the genuine article beside a fake the authenticator paid for: fakes named as such (假货),
    # what he paid (三百块买的, 260米买的) no sale of his
    ("球鞋鉴定", "耐克球鞋 正品假货对照", "左边这双正品右边这双假货，注意鞋舌和走线，HK$300买的假的做工差很多"),
    ("鉴定小哥", "德芙巧克力 正品和假货", "上面正品下面假货，看包装印刷，260米买的假的颜色发灰"),
    # a forwarded warning: someone else sold door to door, what he claimed, and what it was
    ("小区群转发", "转给爸妈看看",
     "转：前两天有人挨家挨户推销康师傅方便面，称是工厂直发每箱35元，其实是假货，大家留意"),
    ("亲戚群", "转发", "有人在菜市场门口卖阿迪达斯运动鞋，说是厂家清仓¥129，其实是假货，家里有老人的注意"),
    # a customs notice: suspected fakes and their declared value
    ("Port Inspection", "Suspected fake adidas jackets held at port",
     "Inspectors held 300 suspected counterfeit adidas jackets with a declared value of US$40"),
    # an authenticator's note on fakes as a class, in English
    ("Authenticator", "How we check DJI gimbals",
     "We look at the serial and the screws. Many fakes of the DJI gimbal give themselves away "
     "at the port"),
    ("Authenticator", "Checking NIKE dunks",
     "Fakes usually get the NIKE stitching on the heel wrong, look there first"),
]


@pytest.mark.parametrize("account_name, title, description", NOT_OFFERS)
def test_reports_and_warnings_are_no_offer(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


OFFERS = [
    # 假货 beside a seller's own counterfeit word and sale
    ("耐克球鞋 一比一", "别家都是假货 我家一比一复刻 ¥199 包邮", "takedown"),
    # a price written before 买的 in a text that sells: what the seller paid is no buyer's
    ("高仿耐克球鞋", "原价800元买的正品太贵，高仿耐克只要99 包邮 私聊", "takedown"),
    # most replicas fail, the poster's own clause offers
    ("NIKE dunks 1:1", "Most replicas fail QC, ours are 1:1 NIKE dunks, $60, DM me", "takedown"),
    # someone else's price reported, then the seller's own
    ("NIKE卫衣 高仿", "有人卖三百多，说是原单，我家一样的高仿NIKE卫衣只要99 包邮", "demote"),
    # 假货 with a seller's price and contact (no seller calls his goods that, but this one does)
    ("耐克外套", "耐克外套 假货 介意勿拍 ¥88 私聊", "review"),
]


@pytest.mark.parametrize("title, description, least", OFFERS)
def test_a_seller_writing_the_same_words_still_offers(guard, title, description, least):
    assert_offers(guard, title, description, least)


@pytest.fixture(scope="module")
def currency_guard() -> BrandGuard:
    """The test brands and 回卡, whose initials are HK."""
    return BrandGuard(BRANDS + [Brand(40, "回卡", "huika_official")], model=None)


def test_a_currency_code_is_no_marks_initials(currency_guard):
    result = currency_guard.scan(record("李宁卫衣 支持验货", "平台鉴定为真才发货，HK$399",
                                        account_name="验货宝卖家"))
    assert not any(hit.brand.mark == "回卡" for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]


def test_initials_before_no_price_are_still_read(currency_guard):
    result = currency_guard.scan(record("HK高仿墨镜 一比一", "HK墨镜 高仿 一比一 ¥99 包邮"))
    assert any(hit.brand.mark == "回卡" and SEVERITY[hit.decision] >= SEVERITY["review"]
               for hit in result.hits), \
        [(h.matched, h.brand.mark, h.decision, h.rule) for h in result.hits]
