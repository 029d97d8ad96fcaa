"""Brand-guard storage: the protected brands, and the scans that found something, per record and
per account.

Only records with hits or absolute advertising terms are stored (a clean record is the common
case and nothing reads it back). Rescanning a record replaces its previous result (like the
catalogue's uploads), so the hits of an account are its current evidence; the
associated-accounts work queries them through ``hits_for_account``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable

import orjson
from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from origin.brands.automaton import Brand
from origin.brands.config import DECISIONS, SEVERITY
from origin.brands.guard import RecordResult
from origin.brands.records import BrandSpec
from origin.brands.tables import BrandAuthorized, BrandHit, BrandMark, BrandScanResult, BrandTerm
from origin.errors import InputError

ALIAS, KNOCKOFF, CONTEXT = "alias", "knockoff", "context"
CHUNK = 900          # ids per IN (...) query: under every backend's parameter limit


def now() -> datetime:
    return datetime.now(timezone.utc)


def add_brand(session: Session, spec: BrandSpec) -> BrandMark:
    """Register a brand, or add the new aliases/knock-offs/accounts to an existing one."""
    if len(spec.mark) < 2 and not spec.aliases:
        raise InputError(spec.mark or "(empty mark)",
                         "a one-character mark would match everywhere; give at least two")
    brand = session.scalar(select(BrandMark).where(BrandMark.owner == spec.owner,
                                                   BrandMark.mark == spec.mark))
    if brand is None:
        brand = BrandMark(mark=spec.mark, owner=spec.owner, common_word=spec.common_word,
                          added_at=now())
        session.add(brand)
        session.flush()
    elif spec.common_word:
        brand.common_word = True
    terms = set(tuple(row) for row in session.execute(select(BrandTerm.kind, BrandTerm.text)
                                .where(BrandTerm.brand_id == brand.id)).all())
    for kind, texts in ((ALIAS, spec.aliases), (KNOCKOFF, spec.knockoffs),
                        (CONTEXT, spec.context_words)):
        for text in texts:
            if (kind, text) not in terms:
                terms.add((kind, text))
                session.add(BrandTerm(brand_id=brand.id, kind=kind, text=text))
    accounts = set(session.scalars(select(BrandAuthorized.account)
                                   .where(BrandAuthorized.brand_id == brand.id)))
    for account in spec.authorized:
        if account not in accounts:
            accounts.add(account)
            session.add(BrandAuthorized(brand_id=brand.id, account=account))
    session.flush()
    return brand


def load_brands(session: Session) -> list[Brand]:
    """Every registered brand, as the guard compiles it."""
    terms: dict[int, dict[str, list[str]]] = {}
    for brand_id, kind, text in session.execute(
            select(BrandTerm.brand_id, BrandTerm.kind, BrandTerm.text).order_by(BrandTerm.id)):
        terms.setdefault(brand_id, {}).setdefault(kind, []).append(text)
    authorized: dict[int, set[str]] = {}
    for brand_id, account in session.execute(select(BrandAuthorized.brand_id,
                                                    BrandAuthorized.account)):
        authorized.setdefault(brand_id, set()).add(account)
    brands = []
    for brand_id, mark, owner, common_word in session.execute(   # rows, not ORM objects: 3x faster
            select(BrandMark.id, BrandMark.mark, BrandMark.owner, BrandMark.common_word)
            .order_by(BrandMark.id)):
        own = terms.get(brand_id, {})
        brands.append(Brand(brand_id, mark, owner, tuple(own.get(ALIAS, ())),
                            tuple(own.get(KNOCKOFF, ())), frozenset(authorized.get(brand_id, ())),
                            bool(common_word), tuple(own.get(CONTEXT, ()))))
    return brands


def save_results(session: Session, results: Iterable[RecordResult]) -> int:
    """Store the results that found something (hits, absolute terms), replacing earlier scans.

    A clean record leaves no row: only an earlier result of the same record is deleted, so a
    record that was flagged and is clean now stops counting. Rows go in as one executemany per
    table; a rescan in the same batch keeps the last result.
    """
    latest = {result.id: result for result in results if result.error is None}
    if not latest:
        return 0
    stamp = now()
    day = stamp.date().isoformat()
    _delete_earlier(session, list(latest))
    found = [result for result in latest.values() if result.hits or result.absolute_terms]
    if not found:
        return len(latest)
    connection = session.connection()
    dialect = connection.dialect
    process = BrandHit.__table__.c.scanned_at.type.dialect_impl(dialect).bind_processor(dialect)
    when = process(stamp) if process else stamp          # as SQLAlchemy would store it
    results = [(result.id, result.account, result.decision, result.rule, result.ticket, when, day,
                _json([term.word for term in result.absolute_terms])) for result in found]
    hits = [(result.id, result.account, hit.brand.id, hit.via, hit.field, hit.start, hit.end,
             hit.matched, _json(hit.evasions), _json([s.to_json() for s in hit.signals]),
             hit.score, hit.decision, hit.rule, when, day)
            for result in found for hit in result.hits]
    # one DBAPI executemany per table: SQLAlchemy's per-row parameter handling costs 15x
    # sqlite3's own (as in ``_delete_earlier``)
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(_insert(BrandScanResult, RESULT_COLUMNS, dialect), results)
        if hits:
            cursor.executemany(_insert(BrandHit, HIT_COLUMNS, dialect), hits)
    finally:
        cursor.close()
    return len(latest)


RESULT_COLUMNS = ("record_id", "account", "decision", "rule", "ticket_id", "scanned_at",
                  "scanned_day", "absolute_terms")
HIT_COLUMNS = ("record_id", "account", "brand_id", "via", "field", "start", "end", "matched",
               "evasions", "signals", "score", "decision", "rule", "scanned_at", "scanned_day")


def _insert(table, columns: tuple[str, ...], dialect) -> str:
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote          # "end" is a reserved word
    return (f"INSERT INTO {table.__tablename__} ({', '.join(map(quote, columns))}) "
            f"VALUES ({', '.join([marker] * len(columns))})")


def _json(value) -> str:
    """Compact JSON text (orjson: 5x ``json.dumps``), as the stored columns read it back."""
    return orjson.dumps(value).decode()


def existing(session: Session, table: str, column: str, values: list[str]) -> list[str]:
    """Which of ``values`` are in ``table.column``: one DBAPI query per ``CHUNK`` values
    (SQLAlchemy's expanding IN costs more per value than the query itself)."""
    connection = session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    cursor = connection.connection.cursor()
    found = []
    try:
        for start in range(0, len(values), CHUNK):
            chunk = values[start:start + CHUNK]
            cursor.execute(f"SELECT {column} FROM {table} WHERE {column} IN "
                           f"({', '.join([marker] * len(chunk))})", chunk)
            found += [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()
    return found


def _delete_earlier(session: Session, record_ids: list[str]) -> None:
    """Drop earlier results of these records.

    Every scanned record needs the check (it may have been flagged before), but few have a
    stored result: one query per ``CHUNK`` ids finds those, and only they are deleted, one DBAPI
    executemany per table (below SQLAlchemy, whose per-row parameter handling costs 15x
    sqlite3's own executemany).
    """
    stored = existing(session, BrandScanResult.__tablename__, "record_id", record_ids)
    if not stored:
        return
    connection = session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    cursor = connection.connection.cursor()
    try:
        for table in (BrandHit.__tablename__, BrandScanResult.__tablename__):
            cursor.executemany(f"DELETE FROM {table} WHERE record_id = {marker}",
                               [(record_id,) for record_id in stored])
    finally:
        cursor.close()


@dataclass(frozen=True)
class AccountHit:
    """A stored brand hit, as evidence against the account that posted it."""

    record_id: str
    account: str
    brand: str
    owner: str
    via: str
    field: str
    matched: str
    evasions: tuple[str, ...]
    decision: str
    rule: str
    scanned_at: datetime


def hits_for_account(session: Session, account: str, min_decision: str = "review",
                     since: datetime | None = None) -> list[AccountHit]:
    """The brand-guard hits of ``account`` at or above ``min_decision`` (issue 5's evidence)."""
    wanted = [name for name in DECISIONS if SEVERITY[name] >= SEVERITY[min_decision]]
    query = (select(BrandHit, BrandMark.mark, BrandMark.owner)
             .join(BrandMark, BrandMark.id == BrandHit.brand_id)
             .where(BrandHit.account == account, BrandHit.decision.in_(wanted))
             .order_by(BrandHit.scanned_at, BrandHit.id))
    if since is not None:
        query = query.where(BrandHit.scanned_at >= since)
    return [AccountHit(hit.record_id, account, mark, owner, hit.via, hit.field, hit.matched,
                       tuple(json.loads(hit.evasions)), hit.decision, hit.rule, hit.scanned_at)
            for hit, mark, owner in session.execute(query)]


@dataclass(frozen=True)
class BrandDay:
    """One line of the daily report: how often a brand was protected that day."""

    brand_id: int
    brand: str
    owner: str
    hits: int
    review: int
    demote: int
    takedown: int
    accounts: int

    @property
    def protections(self) -> int:
        return self.review + self.demote + self.takedown


def daily_report(session: Session, day: date) -> list[BrandDay]:
    """Per brand, the hits of records scanned that day (UTC) by decision, busiest first."""
    counts = {name: func.sum((BrandHit.decision == name).cast(Integer))
              for name in ("review", "demote", "takedown")}
    query = (select(BrandMark.id, BrandMark.mark, BrandMark.owner, func.count(BrandHit.id),
                    counts["review"], counts["demote"], counts["takedown"],
                    func.count(BrandHit.account.distinct()))
             .join(BrandHit, BrandHit.brand_id == BrandMark.id)
             .where(BrandHit.scanned_day == day.isoformat())
             .group_by(BrandMark.id, BrandMark.mark, BrandMark.owner))
    rows = [BrandDay(*row[:4], *(int(v or 0) for v in row[4:7]), row[7])
            for row in session.execute(query)]
    return sorted(rows, key=lambda row: (-row.protections, -row.hits, row.brand))
