"""A small brand set shared by the brand-guard tests (the guard's tables build once per run)."""
from __future__ import annotations

import pytest

from origin.brands.automaton import Brand
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
]


@pytest.fixture(scope="session")
def guard() -> BrandGuard:
    return BrandGuard(BRANDS)


def record(title: str = "", description: str = "", account: str = "seller1",
           account_name: str = "小店", id: str = "r1") -> ScanRecord:
    return ScanRecord(id=id, account=account, account_name=account_name, title=title,
                      description=description)


@pytest.fixture(autouse=True)
def _every_backend(database):
    """Runs on PostgreSQL too when ORIGIN_TEST_POSTGRES is set (see tests/conftest.py)."""
    yield database
