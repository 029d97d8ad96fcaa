"""A price someone paid, and more reports judged (stop 48, issue 13: held out 33's read took down 9
of its consumer warnings and flagged 20). A parent asking whether to return what a child bought
(花368元一双买的 … 卖家说是原单，能退吗？), a consumer association's finding on what a buyer paid
(以260元包邮买到 … 送检后确认不是正品), an inspection report (卖家称“…”，鉴定为非正品), a group's ban
on a chain sale (有人在群里接龙卖X“…拿货价1999”，再发一律移出群) and a prosecution (宣称…，售价…，
被起诉): the price is what was paid or what the reported seller asked, the counterfeit words the
seller's, judged. A seller's "you can buy it for" (花199就能买到), his own notes (卖家说明), his own
chain sale and a price of his own beside the same words still offer."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import BRANDS, assert_no_offer, assert_offers, record

NO_OFFER = [
    # a parent's question: what the child paid, what the seller said, whether to return it
    ("宝妈交流群", "请教：儿子网上买的安踏篮球鞋说是“原单”，该不该退？",
     "儿子在某平台花368元一双买的安踏篮球鞋，卖家说是原单，跟专柜一样，鞋盒里没有吊牌，可以退吗？"),
    ("宝妈交流群", "请教：女儿买的李宁卫衣说是“原单”，能退吗？",
     "女儿花拿货价158买的李宁卫衣，卖家说是原单，和正品一样，洗了一次就掉色，能不能退？"),
    # a consumer association: what a buyer paid, then the inspection's finding
    ("区消协", "消协提醒：夜市摊位卖的李宁运动服多为冒牌",
     "一位市民在夜市摊位以批发价260元包邮买到李宁运动服，送检后确认不是正品，提醒大家索要发票。"),
    # an inspection report: the seller's claim quoted, then the finding
    ("鉴定中心", "鉴定结论：送检耐克跑鞋为非正品",
     "委托人送检的耐克跑鞋，卖家称“原单货和专柜一样”，经比对鞋标、走线和编码，鉴定为非正品。"),
    # a group's ban on a chain sale, the chain's price quoted
    ("业主群群主", "群公告：不许接龙卖大疆无人机“内部员工货”",
     "昨天有人在群里接龙卖大疆无人机“内部员工货，拿货价1999”，核实后不是官方渠道，再发一律移出群。"),
    # a prosecution: what the sellers claimed and asked, then the finding
    ("检察院发布", "网店卖德芙巧克力“原单尾货”，两人被起诉",
     "两人在网店宣称德芙巧克力是“原单尾货，工厂直出”，售价39元包邮，经鉴定均为假冒。"),
]


@pytest.mark.parametrize("account_name, title, description", NO_OFFER)
def test_a_price_paid_or_a_claim_reported_and_judged_is_no_offer(guard, account_name, title,
                                                                  description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("title, description, least", [
    # an offer's "you can buy it for": a modal before the verb
    ("安踏篮球鞋 原单", "花199就能买到原单安踏篮球鞋，跟专柜一样，不是正品，介意勿拍", "review"),
    # a seller's own notes (卖家说明 is no report of a seller)
    ("耐克跑鞋 原单", "卖家说明：原单耐克跑鞋，和专柜一样，¥199，不是正品介意勿拍", "review"),
    # a seller's own chain sale: his price in a clause of its own
    ("李宁卫衣 原单", "今晚接龙卖李宁原单卫衣，拿货价159，不是正品介意勿拍", "review"),
    # a buyer's question quoted, then the seller's own price
    ("李宁卫衣 原单", "顾客问“能退吗”，原单李宁卫衣 ¥159 包邮，和正品一样，不是正品不退", "review"),
    # what the seller paid, then his own price
    ("耐克跑鞋 原单", "花120元拿货买的原单耐克，卖家说是和专柜一样，现在¥199出，不是正品勿拍", "review"),
])
def test_own_offers_beside_a_price_paid_or_a_verdict_still_act(guard, title, description, least):
    assert_offers(guard, title, description, least)


def test_a_unit_inside_a_mark_is_no_price_outside_the_report():
    """元 in a mark written out (元祖) is no price: a court case whose other offer words lie
    inside the defendant's claim, or in the account's name, is no offer."""
    guard = BrandGuard([*BRANDS, Brand(90, "元祖", "yuanzu_official")], model=None)
    result = guard.scan(record(
        "卖元祖月饼“原单”，被判赔偿",
        "被告在网店以“原单，和专柜一样”为卖点销售元祖月饼，法院判决其赔偿权利人损失。",
        account_name="普法微信号"))
    assert result.decision == "none", (result.rule, [(h.brand.mark, h.decision, h.rule)
                                                     for h in result.hits])
