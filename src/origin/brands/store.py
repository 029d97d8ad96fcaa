"""Brand-guard storage: the protected brands, and the scans that found something, per record and
per account.

Only records with hits or absolute advertising terms are stored (a clean record is the common
case and nothing reads it back; ``origin.brands.scan_db`` writes them in plain SQL). Rescanning a
record replaces its previous result (like the catalogue's uploads), so the hits of an account
are its current evidence; the associated-accounts work queries them through
``hits_for_account``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from origin.brands.automaton import Brand
from origin.brands.config import DECISIONS, SEVERITY
from origin.brands.records import BrandSpec, check_spec
from origin.brands.scan_db import ALIAS, CONTEXT, KNOCKOFF, Sql, brands_from_rows, read_brand_rows
from origin.brands.tables import BrandAuthorized, BrandHit, BrandMark, BrandTerm

def now() -> datetime:
    return datetime.now(timezone.utc)


def add_brand(session: Session, spec: BrandSpec) -> BrandMark:
    """Register a brand, or add the new aliases/knock-offs/accounts to an existing one."""
    check_spec(spec)
    brand = session.scalar(select(BrandMark).where(BrandMark.owner == spec.owner,
                                                   BrandMark.mark == spec.mark))
    if brand is None:
        brand = BrandMark(mark=spec.mark, owner=spec.owner, common_word=spec.common_word,
                          price_floor=spec.price_floor, added_at=now())
        session.add(brand)
        session.flush()
    else:
        if spec.common_word:
            brand.common_word = True
        if spec.price_floor is not None:      # declared again: the owner's latest floor
            brand.price_floor = spec.price_floor
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
    """Every registered brand, as the guard compiles it (rows, not ORM objects: 3x faster)."""
    return brands_from_rows(read_brand_rows(Sql.of_session(session)))


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
