"""A file of upload metadata through the guard and into storage, batch by batch.

``scan_file`` yields one ``RecordResult`` per row, in file order, and never raises for a row:
a row it cannot read or scan comes back with ``error`` set. ``ResultWriter`` stores a batch of
results (hits and decisions, tickets for actionable catalogued uploads) in one transaction.
``origin brands scan`` is a thin layer over both.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from origin.brands.guard import BrandGuard, RecordResult
from origin.brands.records import record_label, to_scan_record
from origin.errors import InputError, printable
from origin.rows import Row, read_rows

def scan_rows(rows: Iterable[Row], guard: BrandGuard) -> Iterator[RecordResult]:
    """Each row validated and scanned; a bad row (or a guard failure on it) is an error result."""
    for line, row in rows:
        if isinstance(row, InputError):
            yield RecordResult("", None, error=str(row))
            continue
        try:
            record = to_scan_record(line, row)
        except InputError as error:
            yield RecordResult(record_label(row), None, error=str(error))
            continue
        try:
            yield guard.scan(record)
        except Exception as error:    # a guard bug on one record must not lose the file
            yield RecordResult(record.id, record.account, error=(
                f"line {line}: record {printable(record.id)} not scanned, "
                f"{type(error).__name__}: {printable(str(error)[:120])}"))


def scan_file(path: Path | str, guard: BrandGuard) -> Iterator[RecordResult]:
    """Every row of a JSON-lines or CSV file through the guard (an unopenable file raises)."""
    return scan_rows(read_rows(path), guard)


class ResultWriter:
    """Stores results a batch at a time: one lock, one transaction, bulk inserts per batch."""

    def __init__(self, workspace, policy):
        self.workspace = workspace
        self.policy = policy

    def write(self, batch: list[RecordResult]) -> None:
        from origin.brands.store import existing, save_results
        from origin.brands.tickets import open_or_join
        from origin.catalogue import Upload

        scanned = [result for result in batch if result.error is None]
        if not scanned:
            return
        actionable = [result for result in scanned if result.actionable]
        with self.workspace.exclusive(), self.workspace.session() as session:
            now = datetime.now(timezone.utc)
            # tickets hang on catalogued uploads: which are, in one query a batch
            catalogued = set(existing(session, Upload.__tablename__, "id",
                                      [result.id for result in actionable])) if actionable else ()
            for result in actionable:
                if result.id in catalogued:
                    result.ticket = open_or_join(session, self.policy, result, now)
            save_results(session, scanned)
