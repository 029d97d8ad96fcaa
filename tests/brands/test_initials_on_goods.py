"""A mark's initials written as the brand of the goods straight after them, in a record that
prices them (stop 41, issue 13: held out 25's #lfx金手镯 680r 要的扣, SfJ香皂🔥180元): a look
(``initials_on_priced_goods``), never a measure; initials with no goods after them, goods with no
price, a resale, a warning or a review are decided as before. Sentences of their own over the
test brands (阿迪达斯 ADDS, 康师傅 KSF)."""
from __future__ import annotations

import pytest

from tests.brands.conftest import record


def _hits(guard, title, description):
    result = guard.scan(record(title, description, account_name="小店"))
    return result, [(h.brand.mark, h.via, h.decision, h.rule) for h in result.hits]


@pytest.mark.parametrize("title, description", [
    ("ADDS跑鞋🔥", "ADDS跑鞋🔥199元🔥细节看图"),
    ("#ksf方便面", "到货 #ksf方便面 68r 要的扣"),
    ("家人们ＡＤＤＳ外套返场", "ＡＤＤＳ外套返场了家人们，229r，上次没抢到的这次别错过"),
    # (stop 42) set apart as a name, or marked as the maker's (held out 26's shapes, own words)
    ("【ADDS】跑鞋🔥", "【ADDS】跑鞋🔥199元🔥细节看图"),
    ("(KSF)方便面", "(KSF)方便面 68r 要的扣"),
    ("adds牌外套返场", "adds牌外套返场了家人们，229r，上次没抢到的这次别错过"),
    ("ADDS家跑鞋", "ADDS家跑鞋🔥199元🔥细节看图"),
])
def test_initials_on_priced_goods_get_a_look(guard, title, description):
    result, hits = _hits(guard, title, description)
    assert result.decision == "review" and result.rule == "initials_on_priced_goods", hits


@pytest.mark.parametrize("title, description", [
    # goods, no price
    ("ADDS跑鞋", "ADDS跑鞋真好看，细节看图"),
    # a price, the initials not written on goods
    ("ADDS", "今天ADDS 199元"),
    # a resale of one's own
    ("出闲置ADDS跑鞋", "自用ADDS跑鞋，199元，九成新"),
    # a review saying what it cost
    ("ADDS跑鞋开箱测评", "ADDS跑鞋开箱，199元入手，脚感不错"),
    ("【ADDS】跑鞋开箱测评", "【ADDS】跑鞋开箱，199元入手，脚感不错"),
    # a maker's mark with no goods after it
    ("ADDS家", "今天ADDS家 199元"),
])
def test_initials_otherwise_decided_as_before(guard, title, description):
    _, hits = _hits(guard, title, description)
    assert all(rule != "initials_on_priced_goods" for _, _, _, rule in hits), hits
    assert all(decision == "none" for _, _, decision, _ in hits), hits
