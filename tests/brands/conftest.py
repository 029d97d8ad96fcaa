"""A small brand set shared by the brand-guard tests (the guard's tables build once per run)."""
from __future__ import annotations

import pytest

from origin.brands import learnt
from origin.brands.automaton import Brand
from origin.brands.config import SEVERITY
from origin.brands.guard import BrandGuard
from origin.brands.records import ScanRecord

BRANDS = [
    Brand(1, "耐克", "nike_official", ("NIKE", "just do it"), ("耐可",),
          frozenset({"nike_store_sh"})),
    Brand(2, "苹果", "apple_official", ("Apple", "iPhone"), (), frozenset(), True,
          ("手机", "耳机", "平板")),
    Brand(3, "康师傅", "ksf_official", (), ("康帅傅",)),
    Brand(4, "阿迪达斯", "adidas_official", ("adidas",)),
    Brand(5, "旺旺", "want_official"),
    Brand(6, "大疆", "dji_official", ("DJI",), (), frozenset(), False, ("无人机", "云台")),
    Brand(7, "德芙", "dove_official", ("Dove",)),
    Brand(8, "安踏", "anta_official", ("ANTA",), (), frozenset({"anta_store_bj"})),
    Brand(9, "安达", "anda_official"),              # sounds like 安踏 (an ta / an da)
    Brand(10, "奥迪", "audi_official", ("Audi",)),  # initials "ad", like 安达
    Brand(11, "李宁", "lining_official", ("LINING",)),
]


@pytest.fixture(scope="session")
def guard() -> BrandGuard:
    """The rules alone: the round tests pin the rules' own decisions and rule names."""
    return BrandGuard(BRANDS, model=None)


@pytest.fixture(scope="session")
def learnt_guard() -> BrandGuard:
    """The guard as shipped: the rules and the learnt context model on top (test_learnt.py)."""
    return BrandGuard(BRANDS, model=learnt.shipped_model())


@pytest.fixture(scope="session", autouse=True)
def _rules_alone():
    """Every guard these tests build decides by the rules alone, as ``guard`` does: they pin the
    rules' own decisions and rule names. test_learnt.py tests the shipped context model on top
    of them (``learnt_guard``, and guards given a model)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("origin.brands.guard.shipped_model", lambda: None)
        yield


def record(title: str = "", description: str = "", account: str = "seller1",
           account_name: str = "小店", id: str = "r1") -> ScanRecord:
    return ScanRecord(id=id, account=account, account_name=account_name, title=title,
                      description=description)


def assert_no_offer(guard: BrandGuard, account_name: str, title: str, description: str) -> None:
    """The record is no offer at all (a report, a warning, a buyer's story): the guard decides
    ``none``; the message lists each hit with its brand, decision and rule."""
    result = guard.scan(record(title, description, account_name=account_name))
    assert result.decision == "none", (result.rule, [(h.matched, h.brand.mark, h.decision, h.rule)
                                                     for h in result.hits])


def assert_offers(guard: BrandGuard, title: str, description: str, least: str) -> None:
    """A seller's record with the same words still offers: decided ``least`` or more."""
    result = guard.scan(record(title, description))
    assert SEVERITY[result.decision] >= SEVERITY[least], (result.rule, result.decision)


def decision_of(guard: BrandGuard, title: str, description: str, mark: str) -> str:
    """The mark's most severe decision in the record, one-record and batch paths alike."""
    one = guard.scan(record(title, description))
    (batch,) = guard.scan_many([record(title, description)])
    decisions = [max((hit.decision for hit in result.hits if hit.brand.mark == mark),
                     key=SEVERITY.__getitem__, default="none") for result in (one, batch)]
    assert decisions[0] == decisions[1]
    return decisions[0]


@pytest.fixture(autouse=True)
def _every_backend(database):
    """Runs on PostgreSQL too when ORIGIN_TEST_POSTGRES is set (see tests/conftest.py)."""
    yield database
