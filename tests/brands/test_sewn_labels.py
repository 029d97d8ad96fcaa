"""A label sewn on afterwards (stop 47): 标是后来缝上的, 标是我们这边后缝上去的 say the mark was
put on by someone other than its owner, as 标是后来印上去的 does (stop 45's label made elsewhere),
and were read as no offer. Sewing said of anything but a label is nothing."""
from __future__ import annotations

import pytest

from tests.brands.conftest import assert_no_offer, assert_offers


@pytest.mark.parametrize("title, description", [
    ("李宁卫衣 早市清仓", "清仓59一件，推车卖的，标是后来缝上的，扯一下就掉"),
    ("安踏运动裤 便宜出", "拼单价88，档口拿的货，标是我们这边后缝上去的"),
])
def test_a_label_sewn_on_afterwards_offers_fakes(guard, title, description):
    assert_offers(guard, title, description, "demote")


def test_sewing_without_a_label_is_nothing(guard):
    assert_no_offer(guard, "手工日记", "李宁卫衣改小了", "袖口是后来缝上的，我自己改的李宁卫衣，穿着更合身")
