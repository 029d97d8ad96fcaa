"""A copy said in plain words (stop 48, [plain_copies]): the label or code printed by the seller,
goods of a small or unnamed factory, an inspection the goods fail, a price a tenth of the
duty-free shop's, sameness with the brand's shop in Cantonese, "copy" in other languages. Each is
read only where the record offers; said in a warning, a review or a resale with its proof it is
nothing."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers, record


@pytest.mark.parametrize("title, description", [
    # the label or code printed by the seller
    ("耐克气垫鞋 收摊价", "129元包邮，鞋舌的标是自己打印的，懂的私"),
    ("李宁卫衣 档口货", "89一件，序列号都是同一个号，微信下单"),
    ("德芙巧克力礼盒", "35元，外包装是照着印的，拍下秒发"),
    # goods of a small or a friend's factory
    ("阿迪达斯运动裤 清仓", "清仓45一条，其实是隔壁小厂出的，不退不换"),
    ("安踏跑鞋 便宜出", "88元一双，亲戚厂里做的，鞋盒另配"),
    # the inspection failed, the warning word a boast undoes
    ("耐克板鞋 便宜走", "99元包邮，得物验不过的，介意勿拍"),
    ("安踏跑鞋 鉴别不了的价", "159元包邮，过不了专柜鉴定，图便宜的来"),
    # a tenth of the duty-free shop's price; sameness with the brand's shop in Cantonese
    ("大疆无人机 免税价", "2999元，免税店的一折价，私聊"),
    ("李宁卫衣 女人街", "180蚊一件，同专门店嘅摆埋一齐睇唔出，冇单冇保，私我"),
    # copy in other languages, the brand's paperwork denied in English
    ("ANTA running shoes replika", "45 €, replika, šaljem poštom, DM me"),
    ("Dove chocolate box kopija", "kopija, 12 €, pišite, DM me"),
    ("ANTA sneakers job lot", "$35 each, factory stock, no brand paperwork, DM me"),
    ("ANTA sneakers qualité Dubaï", "45 KD, qualité Dubaï, pas de la boutique de la marque"),
    ("LINING hoodie nov", "77,000 din., kopija, slanje poštom"),
    ("ANTA sneakers neuves", "30 €, le logo est posé chez nous, livraison à domicile"),
    # a seller's own listing word and his own verdict, no price: his disclosure, not a report
    ("李宁卫衣", "吊牌上写着原单，其实不是正品，懂的来"),
])
def test_a_copy_said_in_plain_words_is_an_offer(guard, title, description):
    assert_offers(guard, title, description, "review")


@pytest.mark.parametrize("account_name, title, description", [
    # a code printed where a size is (尺码), a resale with its receipt
    ("闲置小铺", "安踏跑鞋 闲置", "自用闲置，尺码是打印在鞋舌上的，专柜买的有小票，150元"),
    # an inspection offered, "but" after it
    ("闲置小铺", "安踏鞋 转让", "支持验货不过运费买家出，专柜小票在，200元"),
    # a small factory in a history with nothing offered
    ("球鞋史", "聊聊李宁", "李宁早年很多鞋是小厂出的，现在都自己生产了"),
    # an outlet's sale from 90 % off: 一折起 is no fraction
    ("折扣季", "阿迪达斯 折扣季", "阿迪达斯专柜一折起清仓，运动裤89元，门店自提"),
    # a warning the seller's call reading leaves whole
    ("消费提醒", "提醒", "别图便宜买耐克高仿，认准官方旗舰店"),
    # a copy of the receipt beside a resale
    ("Marko", "Adidas jakna rabljena", "Prodajem svoju Adidas jaknu, kopija računa, second hand, 30 €"),
    # a court's verdict on a listing still judges it
    ("法院通报", "法院通报", "被告在网店标着“李宁原单卫衣”，经鉴定为假冒，法院判赔两万元"),
])
def test_the_same_words_outside_an_offer_are_nothing(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


@pytest.mark.parametrize("description", ["全新未穿，冇发票，260元", "全新未穿，不开发票，260元",
                                         "brand new, no invoice, 260 yuan"])
def test_an_invoice_denied_is_no_proof_of_resale(guard, description):
    reading = guard._read(("", "安踏跑鞋", description))
    assert not [s for s in reading.signals if s.kind == "resale"]
    assert [s for s in guard._read(("", "安踏跑鞋", "全新未穿，有发票，260元")).signals
            if s.kind == "resale"]


def test_the_rules_name_the_reading(guard):
    result = guard.scan(record("德芙巧克力礼盒", "35元，外包装是照着印的，拍下秒发"))
    assert any(s.kind == "counterfeit" and s.word == "label_made_elsewhere"
               for s in guard._read(("", "德芙巧克力礼盒", "35元，外包装是照着印的，拍下秒发")).signals)
    assert result.rule == "counterfeit_signals"


@pytest.mark.parametrize("title, description", [
    ("安踏跑鞋 清仓", "清仓99一双，去得物验不过的，自己穿谁看得出来"),
    ("李宁卫衣 夜市", "夜市价89，吊牌是打印的，自己穿没人看"),
])
def test_the_model_keeps_a_look_beside_the_sellers_own_measure(learnt_guard, title, description):
    """The learnt model never saw 验不过的 or 吊牌是打印的 as words: a flag the rules gave beside
    them and a price keeps a look, as one beside 官方价十分之一 does (stop 47)."""
    result = learnt_guard.scan(record(title, description))
    assert result.decision != "none", (result.rule, [(h.brand.mark, h.decision, h.rule)
                                                     for h in result.hits])


@pytest.mark.parametrize("account_name, title, description", [
    # how fakes are told: their codes are printed; a question whether a code is printed
    ("防骗课堂", "安踏跑鞋防伪码", "不少安踏跑鞋假货的吊牌是打印的，扫码是空的，卖家的价多是“到手199”"),
    ("防骗课堂", "怎么看李宁卫衣防伪码是不是打印的", "扫一下就知道，认准官方旗舰店"),
    # an agency's warning quoting a listing's price in a currency written with a full stop
    ("Consumer watch", "ANTA sneakers 'replika' are counterfeit",
     "The agency warns that ANTA sneakers advertised as replika at Rs. 9,000 are not originals."),
])
def test_fakes_described_and_quoted_are_nothing(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)
