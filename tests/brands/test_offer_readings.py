"""Issue 13, fifteenth round: pinyin, initials and homophones are looked for in a record that
offers goods (commerce, sale or price words), not only in one that calls them fakes: a seller
need not say 高仿 (工厂货，跟正品同一条流水线出来的 … 上链接). The readings that widen the net most
(rare readings) still need counterfeit, look-alike or impersonation words."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
from origin.brands.guard import BrandGuard
from tests.brands.conftest import decision_of, record


@pytest.fixture(scope="module")
def guard() -> BrandGuard:
    return BrandGuard([Brand(1, "稻香村", "dxc_official"), Brand(2, "茅台", "moutai_official"),
                       Brand(3, "花西子", "hxz_official", ("Florasis",))])


@pytest.mark.parametrize("title, description, mark, via", [
    ("daoxiangcun月饼礼盒 今晚直播间福利", "跟超市卖的一个样，只要¥39，3、2、1上链接", "稻香村", "pinyin"),
    ("Dao Xiang Cun月饼礼盒", "外包装和超市一样，价格低，一盒29元，私聊", "稻香村", "pinyin"),
    ("DXC月饼礼盒 工厂直发", "外包装和超市一样，价格低，一盒29元", "稻香村", "initials"),
    ("稻湘村月饼 包邮到家", "工厂货，没有吊牌所以便宜，49块", "稻香村", "homophone"),
    ("hxz loose powder in stock", "restocked, $29 incl. shipping", "花西子", "initials"),
])
def test_an_offer_without_counterfeit_words_is_read_for_sound_alikes(guard, title, description,
                                                                     mark, via):
    hits = [hit for hit in guard.scan(record(title, description)).hits if hit.brand.mark == mark]
    assert hits and hits[0].via == via
    assert decision_of(guard, title, description, mark) != "none"


@pytest.mark.parametrize("title, description", [
    ("daoxiangcun今天好热闹", "和朋友逛了一下午"),            # no offer: no pinyin read
    ("稻湘村的月饼真好吃", "小时候的味道"),
    ("DXC月饼", "味道一般"),
])
def test_without_an_offer_no_sound_alike_is_read(guard, title, description):
    assert not guard.scan(record(title, description)).hits


def test_rare_readings_still_need_counterfeit_words(guard):
    # 耗 reads mào only by a rare reading: that widens the net too far for an offer alone
    assert decision_of(guard, "耗台酒 整箱 包邮", "", "茅台") == "none"
    assert decision_of(guard, "耗台酒 高仿 整箱 包邮", "", "茅台") != "none"
