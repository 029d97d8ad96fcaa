"""Issue 13, stop 32: an offer the guard reads from its shape, with no listed word in it.

A price written as a number is an offer (``OFFER_KINDS``), but until stop 32 only the slow path
read it: a record with a price and no listed word never reached the slow path, so a mark's
pinyin or initials in it were never looked for (``langqin watch … $999``). Prices are also
written with the currency after the number (520$, 66 dollars, 230💰) and in sellers' slang for
yuan (198r, 450米, 109块 where the clause ends or the sale goes on)."""
from __future__ import annotations

import pytest

from origin.brands.automaton import PRICE, Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([Brand(1, "浪琴", "longines_official", ("Longines",)),
                       Brand(2, "花西子", "hxz_official", ("Florasis",)),
                       Brand(3, "稻香村", "dxc_official")])


@pytest.mark.parametrize("text, price", [
    ("first five buyers pay 260$ each", "260$"),
    ("only 75 dollars, shipped", "75 dollars"),
    ("一盒128💰", "128💰"),
    ("今天158r包顺丰", "158r"),
    ("整套380米，拍前问", "380米"),
    ("一件96块到手", "96块"),
])
def test_a_price_written_after_its_number(text, price):
    assert [match.group() for match in PRICE.finditer(text)] == [price]


@pytest.mark.parametrize("text", ["买了5块蛋糕", "1.5米的床", "Canon R5 body", "PS5 games",
                                  "3r的卷尺", "6.1寸屏幕"])
def test_sizes_and_model_names_are_no_price(text):
    assert not PRICE.search(text)


@pytest.mark.parametrize("title, description, mark", [
    ("langqin watch restock", "The langqin watches you asked for, unboxed, $650 each", "浪琴"),
    ("HXZ loose powder", "pressed powder, same as the counter's, 45 dollars", "花西子"),
    ("DaoXiangCun月饼礼盒", "老家寄来的一批，一盒68r", "稻香村"),
])
def test_a_price_alone_sends_an_offer_to_the_sound_alikes(guard, title, description, mark):
    for result in (guard.scan(record(title, description)),
                   guard.scan_many([record(title, description)])[0]):
        assert mark in {hit.brand.mark for hit in result.hits}, "never read on the slow path"


def test_a_record_without_a_price_or_word_is_not_read(guard):
    assert not guard.scan(record("langqin watch", "the langqin watches you asked about")).hits


@pytest.mark.parametrize("title, description, mark", [
    # English grades as plurals or with "grade", no price
    ("langqin master watch super copies", "the best langqin watches around, going fast",
     "浪琴"),
    ("HXZ setting powder, mirror-grade", "boxes and all, message me", "花西子"),
    # 高版本 as 顶级版本, a live sale's call
    ("DXC月饼 高版本", "和店里一个样，手慢无", "稻香村"),
    # a group buy's terms, the goods a lookalike
    ("hxz blush lookalike", "group buy open, closes when we reach 30 orders", "花西子"),
])
def test_offer_words_send_an_offer_to_the_sound_alikes(guard, title, description, mark):
    hits = [hit for hit in guard.scan(record(title, description)).hits if hit.brand.mark == mark]
    assert hits, "no offer read"
    assert decision_of(guard, title, description, mark) != "none"


def test_a_cantonese_verdict_is_someone_elses_goods(guard):
    """都係假貨 is 都是假货 in Cantonese (係 folds to 系): the fakes are judged, not offered, and a
    price they quote is no sale of the poster's."""
    result = guard.scan(record("小心假浪琴表", "街边好多¥329嘅浪琴手表都係假貨，要买就去專櫃"))
    assert result.decision == "none", result.rule
