"""The credit ledger per account: deductions, strikes that expire, upload bans, permanent bans.

The ledger only grows (a reversal marks an entry); an account's standing is replayed from it, so
reversing one strike (a restored counter-notice, an overturned joint action) correctly undoes
every ban and deduction that followed from it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.enforcement import audit
from origin.enforcement.clock import utc
from origin.enforcement.config import SEVERITIES, PenaltyPolicy
from origin.enforcement.models import PenaltyEntry


@dataclass(frozen=True)
class LedgerLine:
    id: int
    severity: str
    points: int
    strike: bool
    ticket_id: str | None
    reason: str
    at: datetime
    reversed_at: datetime | None
    reversed_reason: str | None

    def to_json(self) -> dict:
        return {"id": self.id, "severity": self.severity, "points": self.points,
                "strike": self.strike, "ticket": self.ticket_id, "reason": self.reason,
                "at": self.at.isoformat(),
                "reversed_at": self.reversed_at and self.reversed_at.isoformat(),
                "reversed_reason": self.reversed_reason}


@dataclass(frozen=True)
class Standing:
    """An account's credit and restrictions at one moment."""

    account: str
    at: datetime
    credit: int
    active_strikes: int
    upload_banned_until: datetime | None
    permanently_banned: bool
    ledger: tuple[LedgerLine, ...]

    @property
    def can_upload(self) -> bool:
        return not self.permanently_banned and self.upload_banned_until is None

    @property
    def restriction(self) -> str:
        """What the account may do now, in words: ``permanently banned``, ``upload ban until
        ...`` or ``may upload``."""
        if self.permanently_banned:
            return "permanently banned"
        if self.upload_banned_until is not None:
            return f"upload ban until {self.upload_banned_until:%Y-%m-%d %H:%M}Z"
        return "may upload"

    def to_json(self) -> dict:
        return {"account": self.account, "at": self.at.isoformat(), "credit": self.credit,
                "active_strikes": self.active_strikes,
                "upload_banned_until": self.upload_banned_until
                and self.upload_banned_until.isoformat(),
                "permanently_banned": self.permanently_banned, "can_upload": self.can_upload,
                "ledger": [line.to_json() for line in self.ledger]}


def record_violation(session: Session, policy: PenaltyPolicy, account: str, severity: str, *,
                     strike: bool, reason: str, at: datetime, actor: str,
                     ticket_id: str | None = None) -> PenaltyEntry:
    """Deduct the severity's points (and count a strike); ``ticket_id`` ties it for reversal."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
    entry = PenaltyEntry(account=account, severity=severity, points=policy.points[severity],
                         strike=strike, ticket_id=ticket_id, reason=reason, at=utc(at))
    session.add(entry)
    audit.record(session, at=at, actor=actor, entity="account", entity_id=account,
                 action="strike" if strike else "deduction", why=reason,
                 data={"severity": severity, "points": entry.points, "ticket": ticket_id})
    return entry


def reverse_for_ticket(session: Session, ticket_id: str, *, reason: str, at: datetime,
                       actor: str) -> list[PenaltyEntry]:
    """Reverse every live entry that hung on ``ticket_id`` (its strike, joint actions too)."""
    entries = list(session.scalars(select(PenaltyEntry).where(
        PenaltyEntry.ticket_id == ticket_id, PenaltyEntry.reversed_at.is_(None))))
    for entry in entries:
        entry.reversed_at = utc(at)
        entry.reversed_reason = reason
        audit.record(session, at=at, actor=actor, entity="account", entity_id=entry.account,
                     action="reversal", why=reason,
                     data={"entry": entry.id, "points": entry.points, "ticket": ticket_id})
    return entries


def standing(session: Session, policy: PenaltyPolicy, account: str, at: datetime) -> Standing:
    entries = session.scalars(select(PenaltyEntry).where(PenaltyEntry.account == account)
                              .order_by(PenaltyEntry.at, PenaltyEntry.id))
    lines = tuple(LedgerLine(e.id, e.severity, e.points, e.strike, e.ticket_id, e.reason,
                             utc(e.at), utc(e.reversed_at), e.reversed_reason) for e in entries)
    return replay(account, lines, policy, utc(at))


def replay(account: str, ledger: tuple[LedgerLine, ...], policy: PenaltyPolicy,
           at: datetime) -> Standing:
    """Credit and bans at ``at`` from the live (unreversed, already happened) entries."""
    live = [line for line in ledger
            if line.at <= at and (line.reversed_at is None or line.reversed_at > at)]
    expiry = timedelta(days=policy.strike_expiry_days)
    credit, last_violation, banned_until, permanent = policy.initial_credit, None, None, False
    for line in live:
        credit = _recovered(credit, last_violation, line.at, policy)
        credit = max(0, credit - line.points)
        last_violation = line.at
        if line.strike:
            active = sum(1 for other in live
                         if other.strike and line.at - expiry < other.at <= line.at)
            for strikes, days in policy.upload_bans:
                if active >= strikes:
                    until = line.at + timedelta(days=days)
                    banned_until = until if banned_until is None else max(banned_until, until)
        if credit == 0:
            permanent = True
            break
    if not permanent:
        credit = _recovered(credit, last_violation, at, policy)
    return Standing(
        account=account, at=at, credit=credit,
        active_strikes=sum(1 for line in live if line.strike and line.at > at - expiry),
        upload_banned_until=banned_until if banned_until and banned_until > at else None,
        permanently_banned=permanent, ledger=ledger)


def _recovered(credit: int, since: datetime | None, until: datetime,
               policy: PenaltyPolicy) -> int:
    """Credit regained for compliant time since the last violation, capped at the initial."""
    if since is None or policy.recovery_every_days <= 0:
        return credit
    periods = (until - since).days // policy.recovery_every_days
    return min(policy.initial_credit, credit + periods * policy.recovery_points)
