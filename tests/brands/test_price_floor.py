"""A mark's declared price floor (stop 41, issue 13): the rights holder registers the lowest
price its genuine goods sell at (``brands add --price-floor``, the import's ``price_floor``
column, stored by migration 0103); a plain offer of the mark whose every price is under it, with
a way to buy and no resale, warning, review or report word, gets a look
(``priced_under_the_marks_floor``), never a measure. Prices in other currencies are converted
with the rules' dated table; a price in a currency it lacks keeps the record from being read as
under any floor. Sentences of their own over brands of their own."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from origin.brands.config import SEVERITY, load_rules
from origin.brands.guard import BrandGuard
from origin.brands.prices import amounts, under_floor
from origin.cli import main
from tests.brands.conftest import BRANDS, record

RATES = load_rules().yuan_per
FLOORS = {"耐克": 300, "阿迪达斯": 200}


@pytest.fixture(scope="module")
def floored() -> BrandGuard:
    """The test brands, 耐克 and 阿迪达斯 declaring floors, the rules alone."""
    return BrandGuard([replace(b, price_floor=FLOORS.get(b.mark)) for b in BRANDS], model=None)


@pytest.fixture(scope="module")
def floored_learnt() -> BrandGuard:
    """The same with the shipped learnt model: it never lowers the floor's look."""
    return BrandGuard([replace(b, price_floor=FLOORS.get(b.mark)) for b in BRANDS])


def _hits(guard, title, description, account_name="小店"):
    result = guard.scan(record(title, description, account_name=account_name))
    return result, [(h.brand.mark, h.decision, h.rule) for h in result.hits]


@pytest.mark.parametrize("text, yuan", [
    ("¥88包邮", [88]), ("88元，私信", [88]), ("168块钱", [168]), ("198r", [198]),
    ("99包邮", [99]), ("159不刀", [159]), ("到手88", [88]), ("288出", [288]),
    ("$35, DM me", [35 * RATES["USD"]]), ("US$19.9", [19.9 * RATES["USD"]]),
    ("60 USD", [60 * RATES["USD"]]), ("€35", [35 * RATES["EUR"]]),
    ("RM 180 COD", [180 * RATES["MYR"]]), ("HK$120", [120 * RATES["HKD"]]),
    ("NT$990", [990 * RATES["TWD"]]), ("₩35,000", [35_000 * RATES["KRW"]]),
    ("3500円", [3500 * RATES["JPY"]]), ("1.2万元", [12_000]), ("2k元", [2_000]),
    ("¥88元", [88]), ("原价1999，现价199元", [1999, 199]),
])
def test_prices_are_read_in_yuan(text, yuan):
    assert amounts(text, RATES) == pytest.approx(yuan)


@pytest.mark.parametrize("text", ["5块蛋糕", "10米长", "iPhone 15", "今天跑了21公里", "3.0版"])
def test_sizes_versions_and_counts_are_no_price(text):
    assert amounts(text, RATES) == []


def test_a_currency_the_table_lacks_is_read_but_not_converted():
    assert amounts("CHF 80", RATES) == [None]
    assert not under_floor(amounts("¥88 or CHF 80", RATES), 300)
    assert under_floor(amounts("¥88 or $12", RATES), 300)
    assert not under_floor([], 300) and not under_floor([88], None)


@pytest.mark.parametrize("title, description", [
    ("耐克运动鞋现货", "耐克运动鞋 88元包邮，私信下单"),
    ("NIKE sneakers in stock", "NIKE sneakers $12, DM me to order"),
    ("阿迪达斯外套接龙", "阿迪达斯外套 99包邮 接龙开始，要的往下接"),
])
def test_a_plain_offer_under_the_floor_gets_a_look(floored, floored_learnt, title, description):
    for guard in (floored, floored_learnt):
        result, hits = _hits(guard, title, description)
        assert result.decision == "review" and result.rule == "priced_under_the_marks_floor", hits


@pytest.mark.parametrize("title, description", [
    # a price at or above the floor: a shop's
    ("耐克运动鞋现货", "耐克运动鞋 899元包邮，私信下单"),
    # one price of the record over the floor (what the buyer pays on a second pair)
    ("耐克运动鞋现货", "耐克运动鞋 88元一双，两双1200元包邮，私信下单"),
    # a resale at a student's price is still a resale
    ("出闲置 耐克运动鞋", "自用耐克运动鞋 88元包邮，私信"),
    # the poster's own purchase sold off as he moves
    ("搬家出耐克运动鞋", "搬家带不走，耐克运动鞋官网买的，订单截图有，88元出，私信"),
    # a warning quoting the price of fakes
    ("提醒：耐克运动鞋", "看到88元包邮的耐克运动鞋千万别买，私信卖的都不靠谱"),
    # a buyer's question
    ("耐克运动鞋88包邮是真的吗？", "有人私信我说88包邮，能买吗？"),
    # a review saying where it was bought
    ("耐克运动鞋开箱测评", "耐克运动鞋开箱，88元包邮入手，私信问链接的朋友"),
    # no way to buy: a price alone
    ("耐克运动鞋", "耐克运动鞋 88元"),
    # a currency the rules cannot convert
    ("NIKE sneakers in stock", "NIKE sneakers CHF 12, DM me to order"),
])
def test_no_look_without_a_plain_offer_under_the_floor(floored, title, description):
    result, hits = _hits(floored, title, description)
    assert not any(rule == "priced_under_the_marks_floor" for _, _, rule in hits), hits


def test_without_a_declared_floor_nothing_changes(guard, floored):
    """李宁 declares no floor: its plain offer reads as before, and 耐克's reads as without one."""
    _, hits = _hits(floored, "李宁运动鞋现货", "李宁运动鞋 88元包邮，私信下单")
    assert hits and all(d == "none" for _, d, _ in hits), hits
    _, before = _hits(guard, "耐克运动鞋现货", "耐克运动鞋 88元包邮，私信下单")
    assert before and all(d == "none" for _, d, _ in before), before


def test_the_floor_is_never_a_measure(floored, floored_learnt):
    """Under the floor with counterfeit words the rules decide as they always did; the floor
    alone never demotes nor takes down."""
    for guard in (floored, floored_learnt):
        result, hits = _hits(guard, "耐克运动鞋现货", "耐克运动鞋 88元包邮 正品 现货秒发 私信下单")
        assert SEVERITY[result.decision] <= SEVERITY["review"], hits
    _, hits = _hits(floored, "高仿耐克运动鞋", "高仿耐克运动鞋 88元包邮，私信下单")
    assert all(rule != "priced_under_the_marks_floor" for _, _, rule in hits), hits


def _cli(workspace, *args):
    return CliRunner().invoke(main, ["-w", str(workspace), *args], catch_exceptions=False)


def test_add_import_store_and_scan_with_a_floor(tmp_path):
    added = _cli(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
                 "--price-floor", "300", "--json")
    assert added.exit_code == 0 and json.loads(added.stdout)["price_floor"] == 300
    refused = _cli(tmp_path, "brands", "add", "--owner", "x", "--mark", "古驰",
                   "--price-floor", "0")
    assert refused.exit_code == 2 and "--price-floor" in refused.output
    rows = tmp_path / "brands.csv"
    rows.write_text("mark,owner,price_floor\n阿迪达斯,adidas_official,200\n"
                    "古驰,gucci,abc\n劳力士,rolex,99.5\n李宁,lining_official,\n", encoding="utf-8")
    imported = _cli(tmp_path, "brands", "import", str(rows))
    assert imported.exit_code == 1 and "imported 2 brands, 2 rows refused" in imported.stdout
    assert f"{rows} line 3: price_floor: must be a number, not 'abc'" in imported.stderr
    assert f"{rows} line 4: price_floor: must be a whole number of yuan, not 99.5" \
        in imported.stderr
    # declared again by its owner: the latest floor
    _cli(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
         "--price-floor", "50")
    uploads = tmp_path / "uploads.jsonl"
    uploads.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "a", "account": "u1", "title": "阿迪达斯外套现货",
         "description": "阿迪达斯外套 99元包邮，私信下单"},
        {"id": "b", "account": "u2", "title": "耐克运动鞋现货",
         "description": "耐克运动鞋 88元包邮，私信下单"},
        {"id": "c", "account": "u3", "title": "李宁运动鞋现货",
         "description": "李宁运动鞋 9元包邮，私信下单"},
    ]) + "\n", encoding="utf-8")
    scanned = _cli(tmp_path, "brands", "scan", str(uploads), "--json")
    decided = {row["id"]: (row["decision"], row["rule"])
               for row in map(json.loads, scanned.stdout.splitlines())}
    assert decided["a"] == ("review", "priced_under_the_marks_floor")
    assert decided["b"][1] != "priced_under_the_marks_floor"      # 88 is over the new 50
    assert decided["c"][1] != "priced_under_the_marks_floor"      # no floor declared
