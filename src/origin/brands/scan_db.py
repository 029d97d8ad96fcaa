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

import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from origin.brands.automaton import Brand
from origin.brands.context import Signal
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
                 lock_timeout: float = 600.0, create: bool = True, read_only: bool = False):
        """``create=False``: refuse a folder that is not a workspace; ``read_only``: a scan
        that stores nothing opens a read-only folder's database read-only (``Workspace``)."""
        from origin.workspace import Workspace

        self.path = Path(workspace)
        try:
            self.workspace = Workspace(self.path, db_url, lock_timeout, create=create,
                                       read_only=read_only)
        except OSError as error:
            raise InputError(str(error.filename or self.path),
                             f"workspace unusable: {error.strerror or error}") from None

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
    """Every brand as stored: (id, mark, owner, common_word, price_floor), (brand_id, kind,
    text), (brand_id, account) rows, in a fixed order (the guard cache keys on them)."""
    return (sql.rows("SELECT id, mark, owner, common_word, price_floor FROM brand_marks "
                     "ORDER BY id"),
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
    for brand_id, mark, owner, common_word, price_floor in marks:
        own = terms.get(brand_id, {})
        brands.append(Brand(brand_id, mark, owner, tuple(own.get(ALIAS, ())),
                            tuple(own.get(KNOCKOFF, ())), frozenset(authorized.get(brand_id, ())),
                            bool(common_word), tuple(own.get(CONTEXT, ())),
                            None if price_floor is None else int(price_floor)))
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


def save_results(sql: Sql, results: Iterable[RecordResult],
                 stored: "StoredIds | None" = None) -> int:
    """Store the results that found something (hits, absolute terms), replacing earlier scans.

    A clean record leaves no row: only an earlier result of the same record is deleted, so a
    record that was flagged and is clean now stops counting. Rows go in as one executemany per
    table; a rescan in the same batch keeps the last result. ``stored`` (kept by the caller
    across its transactions) answers which records have an earlier result; without it the
    table is asked.
    """
    return save_latest(sql, latest_results(results), stored)


def latest_results(results: Iterable[RecordResult]) -> dict[str, RecordResult | None]:
    """Each scanned record's last result by id (errors skipped)."""
    return {result.id: result for result in results if result.error is None}


def save_latest(sql: Sql, latest: dict[str, RecordResult | None],
                stored: "StoredIds | None" = None) -> int:
    """``save_results`` of each record's id and its last result (None: a clean one, as a
    file scan passes the records that hit nothing)."""
    if not latest:
        return 0
    stamp = datetime.now(timezone.utc)
    day = stamp.date().isoformat()
    record_ids = list(latest)
    earlier = (stored.among(sql, record_ids) if stored is not None
               else existing(sql, RESULTS, "record_id", record_ids))
    for table in (HITS, RESULTS):
        if earlier:
            sql.many(f"DELETE FROM {table} WHERE record_id = {sql.marker}",
                     [(record_id,) for record_id in earlier])
    found = [result for result in latest.values()
             if result is not None and (result.hits or result.absolute_terms)]
    if stored is not None:
        stored.written(earlier, [result.id for result in found])
    if not found:
        return len(latest)
    when = sql.timestamp(stamp)
    sql.insert(RESULTS, RESULT_COLUMNS, [
        (result.id, result.account, result.decision, result.rule, result.ticket, when, day,
         _json([term.word for term in result.absolute_terms])) for result in found])
    # a hit's evasions and signals as JSON, once per distinct tuple: repeated texts share their
    # hits' tuples (the guard keeps readings per text), and () is one object (keyed by id: every
    # tuple is held by its hit until the rows are built)
    texts: dict[int, str] = {}

    def spelled(values: tuple, convert) -> str:
        text = texts.get(id(values))
        if text is None:
            text = texts[id(values)] = _json([convert(value) for value in values])
        return text

    hits = [(result.id, result.account, hit.brand.id, hit.via, hit.field, hit.start, hit.end,
             hit.matched, spelled(hit.evasions, str), spelled(hit.signals, Signal.to_json),
             hit.score, hit.decision, hit.rule, when, day)
            for result in found for hit in result.hits]
    if hits:
        sql.insert(HITS, HIT_COLUMNS, hits)
    return len(latest)


# SQLite's page cache for a scan's writes, in KiB: a 20 000-record transaction touches pages of
# two tables and nine indexes all over; with the default 2 MB cache, SQLite spilled dirty pages to
# the log mid-transaction and read evicted ones back (100 000 records, 5 428 earlier results
# replaced: 23 000 page writes and 20 800 reads -> 14 400 and 8 600, sys CPU 0.05-0.07 s ->
# 0.02-0.035 s storing alone)
SCAN_CACHE_KIB = 65536


def scan_cache(sql: Sql) -> None:
    """Give a SQLite connection the scan's page cache (``SCAN_CACHE_KIB``; other databases:
    nothing). The connection keeps it until it closes."""
    if isinstance(sql.connection, sqlite3.Connection):
        sql.connection.execute(f"PRAGMA cache_size=-{SCAN_CACHE_KIB}")


def _json(value) -> str:
    """Compact JSON text (orjson: 5x ``json.dumps``), as the stored columns read it back."""
    return orjson.dumps(value).decode()


class StoredIds:
    """Which records have a stored result, read once and kept across a scan's transactions.

    Every scanned record needs the question (a clean record may have been flagged before);
    asking the table costs ~0.35 µs an id, 0.35 s of a 1 000 000-record scan. Once the records
    asked about outnumber the table's largest rowid (a bound on its rows), reading every id
    costs less than the questions already asked, and a Python set answers the rest. The set
    follows this scan's own deletes and inserts once their transaction commits, and is dropped
    when another connection wrote the database meanwhile (SQLite's ``data_version``, read inside
    the write transaction: another scan, the ORM's ticket sessions, ``brands`` commands), so it
    always says what is stored. Another database (PostgreSQL, a session's connection) is asked
    every time.
    """

    def __init__(self) -> None:
        self.ids: set[str] | None = None
        self.version: int | None = None
        self.asked = 0
        self._pending: tuple[list[str], list[str]] | None = None

    def among(self, sql: Sql, record_ids: list[str]) -> list[str]:
        """Those of ``record_ids`` that have a stored result (inside a write transaction)."""
        self.asked += len(record_ids)
        connection = sql.connection
        if not isinstance(connection, sqlite3.Connection):
            return existing(sql, RESULTS, "record_id", record_ids)
        version = connection.execute("PRAGMA data_version").fetchone()[0]
        if self.ids is None or version != self.version:
            self.ids = None
            bound = connection.execute(f"SELECT max(rowid) FROM {RESULTS}").fetchone()[0] or 0
            if bound > self.asked:
                return existing(sql, RESULTS, "record_id", record_ids)
            self.ids = {row[0] for row in connection.execute(f"SELECT record_id FROM {RESULTS}")}
            self.version = version
        return list(filter(self.ids.__contains__, record_ids))

    def written(self, deleted: list[str], inserted: list[str]) -> None:
        """This transaction's changes, applied by ``committed`` (dropped if it never is)."""
        self._pending = (deleted, inserted)

    def committed(self) -> None:
        """The transaction that ``written`` describes committed."""
        if self._pending is not None and self.ids is not None:
            deleted, inserted = self._pending
            self.ids.difference_update(deleted)
            self.ids.update(inserted)
        self._pending = None
