"""Stop 47 (issue 13, after held_out_31's read): prices written with a currency's word or code
(1564大洋, 48,910円, 1.450 TL, 350 kr, S/ 363, RM45) make a record an offer, so a mark spelled
in pinyin is looked for there; a Chinese mark is looked for in Wade-Giles, Gwoyeu Romatzyh and
Tongyong pinyin too; a sale refused (不出售, 非卖品, not for sale, no vendo) sells nothing, but
goods "not sold in stores" (专柜不出售) are still offered. Sentences and brands of this file's own."""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE, older_spellings, tongyong
from origin.brands.prices import amounts
from tests.brands.conftest import assert_no_offer, assert_offers, decision_of, record

PRICES = ["880大洋", "12,500円", "2.350 TL", "499 kr", "75 zł", "120 lei", "3,400 DA", "260 DH",
          "S/ 185", "RM88", "马币66", "KSh 2,300", "Rs. 4,999", "18000 IQD"]
NO_PRICES = ["50 tl of water", "3 kr", "2 DA", "FORM 45", "ARM45", "room 12", "charms 45"]


@pytest.mark.parametrize("written", PRICES)
def test_a_currency_word_or_code_is_a_price(written):
    assert PRICE.search(written), written


@pytest.mark.parametrize("written", NO_PRICES)
def test_a_unit_or_a_word_before_a_number_is_no_price(written):
    assert not PRICE.search(written), written


def test_foreign_prices_are_not_read_as_yuan_under_a_floor():
    rates = {"CNY": 1.0, "USD": 7.0}
    assert amounts("1564大洋，不退", rates) == [1564.0]
    assert amounts("499 kr, ingen kvitto", rates) == [None]     # which crown: nobody can say
    assert amounts("2.350 TL", rates) == [None]


def test_tongyong_spells_the_hanyu_syllable_as_taiwan_did():
    assert [tongyong(s) for s in ("xiong", "qi", "zhi", "si", "zhang", "feng", "liu", "ju", "lv")] \
        == ["siong", "ci", "jhih", "sih", "jhang", "fong", "liou", "jyu", "lyu"]


def test_older_spellings_of_a_mark():
    spelled = older_spellings(list("康师傅"))
    assert "kangshihfu" in spelled                  # Wade-Giles (k'ang shih fu) and Tongyong
    assert "kangshyfuh" in spelled                  # Gwoyeu Romatzyh: the tone in the letters
    assert all(len(s) >= 6 and s.isascii() for s in older_spellings(list("安达")))


OFFERS = [
    # the only offer word a price in a currency's word: the mark in Gwoyeu Romatzyh
    ("dahjiang mini drone, brand new", "4.500 TL, kutusu ve faturası yok", "大疆"),
    # Wade-Giles with the trade's slang for yuan
    ("tachiang无人机 一手货", "2680大洋，跟官方的没两样，没发票", "大疆"),
]


@pytest.mark.parametrize("title, description, mark", OFFERS)
def test_a_mark_in_another_romanisation_beside_a_foreign_price_is_looked_at(
        guard, title, description, mark):
    assert decision_of(guard, title, description, mark) != "none"


def test_a_foreign_price_is_what_has_a_mark_in_pinyin_looked_for(guard):
    # in English text a mark's plain pinyin is its name (a mention, not a flag); what changed is
    # that the record offers, so the Gwoyeu spelling is looked for at all
    def found(description):
        return [h.brand.mark for h in guard.scan(record("kangshyfuh noodles box", description)).hits
                if h.via == "pinyin"]
    assert found("1.200 kr, ingen kvitto, ingen retur") == ["康师傅"]
    assert found("so tasty, ingen kvitto") == []


REFUSED = [
    # a parody drawing and a collection shown, their only selling word refused
    ("naike球鞋小怪兽插画", "把naike球鞋画成了一只小怪兽，纯属个人创作，不出售"),
    ("我的ADIDAS老鞋墙", "十年收的adidas老鞋，全部非卖品，仅展示，勿扰"),
    ("Anta sneaker art", "painted my anta runners as a dragon, not for sale, just for fun"),
]


@pytest.mark.parametrize("title, description", REFUSED)
def test_a_sale_refused_keeps_a_drawing_or_a_collection_benign(guard, title, description):
    assert_no_offer(guard, "小画家", title, description)


def test_goods_not_sold_in_stores_are_still_offered(guard):
    assert_offers(guard, "耐克气垫跑鞋 专柜不出售的配色", "高仿1:1，专柜不出售的款，私聊下单", "demote")
    assert_offers(guard, "Nike runners", "replica colourway not for sale in stores, 1:1, DM me",
                  "review")


FRACTIONS = [
    ("德芙巧克力礼盒 便宜出", "368块，没小票，官方价的十分之一，别问来路"),
    ("adidas跑鞋 清仓出", "¥420，专柜价五分之一都不到，不退不换"),
]


@pytest.mark.parametrize("title, description", FRACTIONS)
def test_a_price_a_fraction_of_the_genuine_one_keeps_its_look_under_the_model(
        learnt_guard, title, description):
    # the learnt model reads these as any shop's talk; the seller's own measure of his price
    # against the genuine one's keeps a person's look
    assert_offers(learnt_guard, title, description, "review")
