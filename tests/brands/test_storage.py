"""What a scan stores: one result per flagged record, replaced by a rescan, dropped when the record
is clean now, whoever wrote the earlier result and whatever transaction failed in between."""
from __future__ import annotations

import pytest

from origin.brands.batch import ResultWriter
from origin.brands.scan_db import BrandDatabase
from origin.direct_db import Sql

from .conftest import BRANDS, record

OFFER, CLEAN = "高仿耐克 1:1 包邮", "今天天气不错"


def scanned(guard, **titles: str):
    return [guard.scan(record(title=title, id=record_id)) for record_id, title in titles.items()]


def workspace(folder) -> BrandDatabase:
    """A workspace holding the guard fixture's brands (hits refer to them)."""
    database = BrandDatabase(folder)
    with database.transaction() as sql:
        if not sql.rows("SELECT id FROM brand_marks"):
            sql.insert("brand_marks", ("id", "mark", "owner", "common_word", "added_at"),
                       [(brand.id, brand.mark, brand.owner, brand.common_word,
                         "2026-01-01 00:00:00.000000") for brand in BRANDS])
    return database


def stored(database: BrandDatabase) -> list[tuple]:
    with database.transaction(write=False) as sql:
        return sql.rows("SELECT r.record_id, count(h.id) FROM brand_scan_results r "
                        "LEFT JOIN brand_hits h ON h.record_id = r.record_id "
                        "GROUP BY r.record_id ORDER BY r.record_id")


def test_a_scan_keeps_what_is_stored_across_batches_and_other_writers(tmp_path, guard):
    """The writer remembers which records have a result; another writer's result is still seen
    (and replaced), so a record clean now leaves nothing and a flagged one is stored once."""
    database, other = workspace(tmp_path), workspace(tmp_path)
    writer = ResultWriter(database)
    try:
        writer.write(scanned(guard, r1=OFFER, r2=CLEAN))
        assert stored(database) == [("r1", 1)]
        ResultWriter(other).write(scanned(guard, r3=OFFER))        # another scan, meanwhile
        writer.write(scanned(guard, r1=CLEAN, r3=CLEAN, r4=OFFER))
        assert stored(database) == [("r4", 1)]
        ResultWriter(other).write(scanned(guard, r5=OFFER))
        writer.write(scanned(guard, r1=OFFER, r4=OFFER, r5=OFFER))
        assert stored(database) == [("r1", 1), ("r4", 1), ("r5", 1)]
    finally:
        database.close()
        other.close()


def test_a_failed_transaction_leaves_the_writer_knowing_what_is_stored(tmp_path, guard,
                                                                       monkeypatch):
    database = workspace(tmp_path)
    writer = ResultWriter(database)
    try:
        writer.write(scanned(guard, r1=OFFER))
        insert = Sql.insert

        def failing(self, *args):
            raise OSError("disk full")

        monkeypatch.setattr(Sql, "insert", failing)
        with pytest.raises(OSError):          # r1's delete and r2's insert are rolled back
            writer.write(scanned(guard, r1=CLEAN, r2=OFFER))
        monkeypatch.setattr(Sql, "insert", insert)
        assert stored(database) == [("r1", 1)]
        writer.write(scanned(guard, r1=OFFER, r2=CLEAN))        # r1 replaced, not inserted twice
        writer.write(scanned(guard, r2=OFFER))
        assert stored(database) == [("r1", 1), ("r2", 1)]
    finally:
        database.close()


def test_blocks_store_and_give_what_results_do(tmp_path, guard, monkeypatch):
    """A file scan's blocks (clean records kept as records, ``write_blocks``) give every row's
    result as ``scan_rows`` does, errors where their rows are, and store the same rows as
    ``write`` of those results: a record id twice in one batch (its last result kept), a row
    refused and a field over the limit included."""
    import json

    from origin.brands.batch import Block, scan_file_blocks, scan_rows

    long = "很" * (guard.rules.max_field_chars + 1)
    rows = [{"id": "r1", "account": "s", "title": OFFER}, {"id": "r2", "account": "s",
            "title": CLEAN}, {"id": "r3", "title": OFFER}, {"id": "r4", "account": "s",
            "title": long}, {"id": "r5", "account": "s", "title": OFFER},
            {"id": "r1", "account": "s", "title": CLEAN}, {"id": "r6", "account": "s",
            "description": OFFER}]
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    for cut in (None, 3, 6):                     # r1's two rows in one block, or in two
        blocks = list(scan_file_blocks(source, guard, **({"batch": cut} if cut else {})))
        results = [result for block in blocks for result in block.results()]
        expected = list(scan_rows(enumerate(rows, 1), guard))
        assert [result.to_json() for result in results] == \
            [result.to_json() for result in expected]
        assert [result.id for block in blocks for result in block.refused()] == ["r3", "r4"]
        by_blocks, by_results = (workspace(tmp_path / f"{name}{cut}") for name in "ab")
        try:
            ResultWriter(by_blocks).write_blocks(blocks)
            ResultWriter(by_results).write(results)
            assert stored(by_blocks) == stored(by_results) != []
        finally:
            by_blocks.close()
            by_results.close()
    # r1 twice without an error: its clean last row is what is stored (nothing)
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                              for row in rows[:2] + rows[4:]))
    (block,) = scan_file_blocks(source, guard)
    by_blocks, by_results = workspace(tmp_path / "c"), workspace(tmp_path / "d")
    try:
        ResultWriter(by_results).write(block.results())
        ResultWriter(by_blocks).write_blocks([block])
        assert stored(by_blocks) == stored(by_results) == [("r5", 1), ("r6", 1)]
    finally:
        by_blocks.close()
        by_results.close()
    # without a repeated id or an error, no result object is made for a clean record
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                              for row in rows[:2] + rows[4:5] + rows[6:]))
    (block,) = scan_file_blocks(source, guard)
    assert sorted(block.found) == [0, 2, 3]
    by_blocks, by_results = workspace(tmp_path / "e"), workspace(tmp_path / "f")
    try:
        ResultWriter(by_results).write(block.results())
        monkeypatch.setattr(Block, "results", lambda self: pytest.fail("results made"))
        ResultWriter(by_blocks).write_blocks([block])
        assert stored(by_blocks) == stored(by_results) == [("r1", 1), ("r5", 1), ("r6", 1)]
    finally:
        by_blocks.close()
        by_results.close()
