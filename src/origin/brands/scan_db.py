"""What ``brands scan`` reads and writes, in plain SQL: the brands, and the results that found
something.

A scan of 100 000 records has ~2 s of CPU at 50 000 records/s; importing SQLAlchemy (and the ORM
models, the enforcement policy and its holiday calendars) cost ~0.9 s of that before the first
record. So on a SQLite workspace that is new or at every migration head the scan uses ``sqlite3``
alone (``Workspace.sql``); SQLAlchemy is loaded only to upgrade an older database, for another
database (PostgreSQL), or when a batch opens enforcement tickets (``origin.brands.tickets``, ORM
code, for actionable records that are catalogued uploads: rare). The rows are the ones the ORM
reads back (``origin.brands.store``: reports, an account's hits).
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from origin.brands.automaton import Brand
from origin.brands.guard import RecordResult
from origin.direct_db import Sql
from origin.errors import InputError

ALIAS, KNOCKOFF, CONTEXT = "alias", "knockoff", "context"
CHUNK = 900          # ids per IN (...) query: under every backend's parameter limit
RESULTS, HITS = "brand_scan_results", "brand_hits"
RESULT_COLUMNS = ("record_id", "account", "decision", "rule", "ticket_id", "scanned_at",
                  "scanned_day", "absolute_terms")
HIT_COLUMNS = ("record_id", "account", "brand_id", "via", "field", "start", "end", "matched",
               "evasions", "signals", "score", "decision", "rule", "scanned_at", "scanned_day")


class BrandDatabase:
    """The workspace's database for a scan: ``Workspace.sql`` (``sqlite3`` alone on a current
    SQLite database, else a session's connection) and, for ORM code, its sessions."""

    def __init__(self, workspace: Path | str, db_url: str | None = None,
                 lock_timeout: float = 600.0):
        from origin.workspace import Workspace

        self.path = Path(workspace)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(str(error.filename or self.path),
                             f"workspace unusable: {error.strerror or error}") from None
        self.workspace = Workspace(self.path, db_url, lock_timeout)   # creates or upgrades it

    def transaction(self, write: bool = True):
        """Plain SQL in one transaction, committed when the block ends normally."""
        return self.workspace.sql(write)

    @contextmanager
    def session(self) -> Iterator[tuple[object, Sql]]:
        """A SQLAlchemy session (for ORM code: tickets) and plain SQL in its transaction."""
        with self.workspace.session() as session:
            yield session, Sql.of_session(session)

    def exclusive(self):
        """The workspace's writer lock (``Workspace.exclusive``)."""
        return self.workspace.exclusive()

    def close(self) -> None:
        self.workspace.close()


# -- brands ------------------------------------------------------------------------------------
BrandRows = tuple[list[tuple], list[tuple], list[tuple]]


def read_brand_rows(sql: Sql) -> BrandRows:
    """Every brand as stored: (id, mark, owner, common_word), (brand_id, kind, text),
    (brand_id, account) rows, in a fixed order (the guard cache keys on them)."""
    return (sql.rows("SELECT id, mark, owner, common_word FROM brand_marks ORDER BY id"),
            sql.rows("SELECT brand_id, kind, text FROM brand_terms ORDER BY id"),
            sql.rows("SELECT brand_id, account FROM brand_authorized ORDER BY brand_id, account"))


def brands_from_rows(rows: BrandRows) -> list[Brand]:
    """The brands as the guard compiles them."""
    marks, term_rows, authorized_rows = rows
    terms: dict[int, dict[str, list[str]]] = {}
    for brand_id, kind, text in term_rows:
        terms.setdefault(brand_id, {}).setdefault(kind, []).append(text)
    authorized: dict[int, set[str]] = {}
    for brand_id, account in authorized_rows:
        authorized.setdefault(brand_id, set()).add(account)
    brands = []
    for brand_id, mark, owner, common_word in marks:
        own = terms.get(brand_id, {})
        brands.append(Brand(brand_id, mark, owner, tuple(own.get(ALIAS, ())),
                            tuple(own.get(KNOCKOFF, ())), frozenset(authorized.get(brand_id, ())),
                            bool(common_word), tuple(own.get(CONTEXT, ()))))
    return brands


# -- results -----------------------------------------------------------------------------------
def existing(sql: Sql, table: str, column: str, values: list[str]) -> list[str]:
    """Which of ``values`` are in ``table.column``: one query per ``CHUNK`` values."""
    found = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start:start + CHUNK]
        found += [row[0] for row in sql.rows(
            f"SELECT {column} FROM {table} WHERE {column} IN "
            f"({', '.join([sql.marker] * len(chunk))})", chunk)]
    return found


def save_results(sql: Sql, results: Iterable[RecordResult]) -> int:
    """Store the results that found something (hits, absolute terms), replacing earlier scans.

    A clean record leaves no row: only an earlier result of the same record is deleted, so a
    record that was flagged and is clean now stops counting. Rows go in as one executemany per
    table; a rescan in the same batch keeps the last result.
    """
    latest = {result.id: result for result in results if result.error is None}
    if not latest:
        return 0
    stamp = datetime.now(timezone.utc)
    day = stamp.date().isoformat()
    _delete_earlier(sql, list(latest))
    found = [result for result in latest.values() if result.hits or result.absolute_terms]
    if not found:
        return len(latest)
    when = sql.timestamp(stamp)
    sql.insert(RESULTS, RESULT_COLUMNS, [
        (result.id, result.account, result.decision, result.rule, result.ticket, when, day,
         _json([term.word for term in result.absolute_terms])) for result in found])
    hits = [(result.id, result.account, hit.brand.id, hit.via, hit.field, hit.start, hit.end,
             hit.matched, _json(hit.evasions), _json([s.to_json() for s in hit.signals]),
             hit.score, hit.decision, hit.rule, when, day)
            for result in found for hit in result.hits]
    if hits:
        sql.insert(HITS, HIT_COLUMNS, hits)
    return len(latest)


def _json(value) -> str:
    """Compact JSON text (orjson: 5x ``json.dumps``), as the stored columns read it back."""
    return orjson.dumps(value).decode()


def _delete_earlier(sql: Sql, record_ids: list[str]) -> None:
    """Drop earlier results of these records.

    Every scanned record needs the check (it may have been flagged before), but few have a
    stored result: one query per ``CHUNK`` ids finds those, and only they are deleted.
    """
    stored = existing(sql, RESULTS, "record_id", record_ids)
    for table in (HITS, RESULTS):
        if stored:
            sql.many(f"DELETE FROM {table} WHERE record_id = {sql.marker}",
                     [(record_id,) for record_id in stored])
