"""A copy said in more voices (stop 50, [copies_in_many_voices]): a live room's or a factory's
bare price (直播间366, 出厂412), a knock-off named in Cantonese, Turkish, Greek, Polish, Italian,
Vietnamese, Russian, Japanese or Persian, the brand's shop denied in those languages and in
Hokkien, a label made separately or put on, a price in tenths of the mall's. Each is read only
where the record offers; beside a resale, a year or a flip phone it is nothing."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers


@pytest.mark.parametrize("title, description, least", [
    # a live room's and a factory's bare price make the record an offer, so the brand's record
    # looked up and not found is read
    ("李宁卫衣 直播福利", "直播间366，说是员工内部价，官网查不到编号", "review"),
    ("耐克跑鞋 工厂货", "出厂412一件，说是对岸回流的，品牌不保修", "review"),
    # Cantonese: a knock-off, the same as the genuine goods side by side
    ("耐克跑鞋 清货", "出厂412一件，老翻嚟嘅，同正嘢摆埋一齐睇唔出", "takedown"),
    # Hokkien: not from the counter; the serial looked up on the site and not found
    ("安踏跑鞋 夜市价", "直播间188，伓是专柜来的，序号官网查无", "review"),
    # a label ordered or printed separately, sewn on by the seller, the brand unaware
    ("安踏跑鞋 档口", "188元到付，鞋标是另外订的，品牌从来没授权过", "takedown"),
    ("德芙巧克力礼盒", "66元包邮，品牌方不晓得，盒子是另外印的", "takedown"),
    ("李宁卫衣", "99一件包邮，领标是我们自己车上去的，跟品牌门店摆的一样", "takedown"),
    ("李宁卫衣", "99元，吊牌是另外車上去的", "takedown"),
    # a price in tenths of the mall's
    ("安踏跑鞋 边贸价", "188元到付，价钱只有商场两成", "review"),
    # a knock-off and the brand's shop denied abroad
    ("ANTA running shoes", "9,000 RWF, çakma ama sağlam, markanın mağazasından değil", "takedown"),
    ("ANTA running shoes", "2,841 MT, μαϊμού, όχι από το κατάστημα της μάρκας", "takedown"),
    ("ANTA running shoes", "300 zł, podróbka, nie z salonu marki", "takedown"),
    ("Dove chocolate box", "15 €, taroccato, non viene dal negozio del marchio", "takedown"),
    ("LINING hoodie", "350,000₫, hàng nhái, không phải hàng của hãng", "takedown"),
    ("LINING hoodie", "3 000 ₽, палёные, не из фирменного магазина", "takedown"),
    ("ANTA sneakers", "¥4,800、パチモンやで", "takedown"),
    ("ANTA sneakers", "3,000 ₨, کاپی درجه یک، از نمایندگی نیست", "takedown"),
    ("ANTA sneakers", "300 €, etiqueta posta aqui, não é da loja da marca", "takedown"),
    ("ANTA sneakers", "₦9,000, ba daga shagon kamfanin ba", "review"),
    ("ANTA sneakers", "Rp300,000, mirip banget sama yang di mal, bukan dari toko resmi", "review"),
])
def test_a_copy_said_in_another_voice_is_an_offer(guard, title, description, least):
    assert_offers(guard, title, description, least)


@pytest.mark.parametrize("account_name, title, description", [
    # a year after 出厂, a live room's link number: no price
    ("闲置小铺", "安踏跑鞋 闲置", "自用闲置，出厂2019，专柜买的有小票"),
    ("球鞋日记", "李宁直播", "今晚李宁直播间3号链接上新，大家去看看"),
    # an old flip phone (老翻盖) beside a mark, sold as one's own
    ("闲置小铺", "诺基亚老翻盖手机", "自用的老翻盖，耐克鞋盒装着寄，200元"),
    # a live room's price inside a warning and a buyer's question about someone else's offer
    ("消费提醒", "消费提醒", "有主播在直播间299卖耐克鞋，说是员工内部价，官网查不到编号，大家别买"),
    ("粉丝来信", "求助", "粉丝问：直播间199的李宁卫衣，说是出厂价，标是另外订的，能买吗？"),
    # a knock-off named in a police report
    ("本地新闻", "新闻", "警方查获一批老翻货，涉案耐克运动鞋三千双，标是另外印的"),
    # a gift box ordered separately and a screen film put on: extras a genuine seller offers
    ("德芙专卖", "德芙巧克力 礼盒装", "德芙巧克力66元包邮，礼盒需要另外订，外壳另外贴膜"),
    # a legal report and an alert that quote what others offered, priced in the new currencies
    ("检察院通报", "检察院对网店卖安踏跑鞋提起公益诉讼",
     "网店以“直播间98，专柜同款，不开票”为描述销售安踏跑鞋，检察院提起民事公益诉讼。"),
    ("Market watch", "Alert: ANTA sneakers at Gikomba are not genuine",
     "Traders offered ANTA sneakers at 25,000 RWF 'logo added in the stall'; buy from the brand's "
     "own shops."),
    # a costing that says what a third of the mall's price buys, no goods offered
    ("消费观察", "安踏跑鞋 成本", "记者算了一笔账：一双安踏跑鞋的成本只有商场售价两成左右"),
])
def test_the_same_words_outside_an_offer_are_nothing(guard, account_name, title, description):
    assert_no_offer(guard, account_name, title, description)


def test_a_live_rooms_bare_price_is_read_as_a_price(guard):
    """直播间N and 出厂N are prices; 直播间3号 and 出厂2019 are not."""
    from origin.brands.automaton import PRICE
    assert [m.group() for m in PRICE.finditer("直播间366，出厂412一件")] == ["366", "412"]
    assert not PRICE.search("直播间3号链接，出厂2019，出厂30天")


def test_a_flip_phone_is_no_knock_off(guard):
    """老翻 counts only as the trade's noun (老翻货, 老翻嚟): 老翻盖 is an old flip phone."""
    assert not any(s.kind == "counterfeit" for s in guard._read(
        ("小店", "耐克鞋 老翻盖手机", "老翻盖手机配耐克鞋盒，200元")).signals)
    assert any(s.kind == "counterfeit" for s in guard._read(
        ("小店", "耐克鞋 清货", "老翻货，配耐克鞋盒，200元")).signals)
