"""Original declarations (原创声明): the owner declares, a reviewer approves or rejects, and an
approved declaration can be revoked for abuse. Approved declarations get the stronger policy."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.catalogue import Original
from origin.enforcement import audit, penalties
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import Declaration
from origin.errors import OriginError, printable
from origin.rows import one_spelling

PENDING, APPROVED, REJECTED, REVOKED = "pending", "approved", "rejected", "revoked"
LIVE = (PENDING, APPROVED)


class DeclarationError(OriginError):
    """A declaration that cannot be made or decided as asked."""


@dataclass(frozen=True)
class DeclarationView:
    id: str
    original_id: str
    declarant: str
    state: str
    declared_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    reason: str | None

    @classmethod
    def of(cls, row: Declaration) -> "DeclarationView":
        return cls(row.id, row.original_id, row.declarant, row.state, utc(row.declared_at),
                   utc(row.decided_at), row.decided_by, row.reason)

    def to_json(self) -> dict:
        return {"id": self.id, "original": self.original_id, "declarant": self.declarant,
                "state": self.state, "declared_at": self.declared_at.isoformat(),
                "decided_at": self.decided_at and self.decided_at.isoformat(),
                "decided_by": self.decided_by, "reason": self.reason}


def declare(session: Session, original_id: str, declarant: str, *, at: datetime) -> Declaration:
    """Only the registered owner declares, and one live declaration per original. An original
    registered to no owner has nobody to declare it: anyone could (stop 30's new-user pass),
    and a stranger's pending declaration then kept its owner from declaring it."""
    original = session.scalar(select(Original).where(Original.id == original_id))
    if original is None:
        raise DeclarationError(f"no original {original_id!r}")
    if original.owner is None:
        raise DeclarationError(f"'{printable(declarant)}' cannot declare {original_id}: it is "
                               f"registered to no owner, and only its owner declares it (an "
                               f"owner claims it with originals add --owner and an earlier "
                               f"--published-at)")
    if not _same_name(original.owner, declarant):
        raise DeclarationError(f"{declarant!r} cannot declare {original_id}: "
                               f"it is registered to {original.owner!r}")
    declarant = original.owner         # as the owner is stored: a revoke's penalty finds it
    live = _live(session, original_id)
    if live is not None:
        article = "an" if live.state[0] in "aeiou" else "a"      # "a approved" (stop 29)
        raise DeclarationError(f"{original_id} already has {article} {live.state} declaration "
                               f"{live.id}")
    row = Declaration(id="d-" + uuid.uuid4().hex[:12], original_id=original_id,
                      declarant=declarant, state=PENDING, declared_at=utc(at))
    session.add(row)
    audit.record(session, at=at, actor=declarant, entity="declaration", entity_id=row.id,
                 action="declare", to_state=PENDING, data={"original": original_id})
    return row


def review(session: Session, reference: str, *, approve: bool, reviewer: str, why: str | None,
           at: datetime) -> Declaration:
    """Decide a pending declaration (by declaration id or original id). Its declarant may not
    decide it: an approved declaration turns every full copy into a takedown with a strike,
    and ``originals review D --approve --by DECLARANT`` approved one (stop 29's new-user pass)."""
    row = _find(session, reference)
    if row.state != PENDING:
        raise DeclarationError(f"declaration {row.id} is {row.state}; only pending ones are "
                               f"reviewed")
    if _same_name(reviewer, row.declarant):
        raise DeclarationError(f"'{printable(reviewer)}' declared {row.id} and may not review "
                               f"it: another reviewer decides")
    return _decide(session, row, APPROVED if approve else REJECTED, reviewer, why, at)


def revoke(session: Session, policy: Policy, reference: str, *, reviewer: str, why: str,
           at: datetime) -> Declaration:
    """Revoke an approved declaration for abuse; the declarant's credit pays for it."""
    row = _find(session, reference)
    if row.state != APPROVED:
        raise DeclarationError(f"declaration {row.id} is {row.state}; only approved ones are "
                               f"revoked")
    _decide(session, row, REVOKED, reviewer, why, at)
    severity = policy.penalties.declaration_abuse
    if severity:
        penalties.record_violation(session, policy.penalties, row.declarant, severity,
                                   strike=False, at=at, actor=reviewer,
                                   reason=f"declaration {row.id} revoked for abuse: {why}")
    return row


def _same_name(one: str, other: str) -> bool:
    """Whether two names are one account's, however their accented letters were composed: a
    name typed where é is e plus a combining accent (macOS input, NFD) is the name stored
    with é (NFC). The owner could not declare his own original ('josé' cannot declare ...: it
    is registered to 'josé'), and a declarant could review his own declaration (stop 31)."""
    return one_spelling(one) == one_spelling(other)


def declared_originals(session: Session, original_ids: list[str]) -> set[str]:
    """Which of these originals carry an approved declaration."""
    if not original_ids:
        return set()
    return set(session.scalars(select(Declaration.original_id).where(
        Declaration.original_id.in_(original_ids), Declaration.state == APPROVED)))


def listing(session: Session, state: str | None = None) -> list[DeclarationView]:
    query = select(Declaration).order_by(Declaration.declared_at)
    if state:
        query = query.where(Declaration.state == state)
    return [DeclarationView.of(row) for row in session.scalars(query)]


def _decide(session: Session, row: Declaration, state: str, reviewer: str, why: str | None,
            at: datetime) -> Declaration:
    audit.record(session, at=at, actor=reviewer, entity="declaration", entity_id=row.id,
                 action="review", from_state=row.state, to_state=state, why=why)
    row.state, row.decided_at, row.decided_by, row.reason = state, utc(at), reviewer, why
    return row


def _live(session: Session, original_id: str) -> Declaration | None:
    return session.scalar(select(Declaration).where(Declaration.original_id == original_id,
                                                    Declaration.state.in_(LIVE)))


def _find(session: Session, reference: str) -> Declaration:
    """A declaration id, or an original id meaning its live (else latest) declaration."""
    row = session.get(Declaration, reference)
    if row is None:
        row = _live(session, reference) or session.scalar(
            select(Declaration).where(Declaration.original_id == reference)
            .order_by(Declaration.declared_at.desc()).limit(1))
    if row is None:
        raise DeclarationError(f"no declaration {reference!r}")
    return row
