"""The review queue: tickets waiting on the platform, most urgent first, with their age in
working days against the SLA and the score of the match behind them (what a reviewer triages by).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from origin.catalogue import MatchRecord
from origin.enforcement import tickets
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import Ticket


@dataclass(frozen=True)
class QueueItem:
    ticket: tickets.TicketView
    age_working_days: int
    sla_working_days: int
    score: float | None              # the match behind the ticket; None for a bare complaint
    overdue: bool                    # unhandled past its due time


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def waiting(session: Session, policy: Policy, at: datetime, *, state: str | None = None,
            kind: str | None = None, rule: str | None = None, overdue: bool = False,
            page: int = 1, per_page: int = 25) -> QueuePage:
    """One page of the tickets a person must act on (``tickets.AWAITING_PLATFORM``); a page
    past the last is the last (a bookmark kept while the queue shrank)."""
    at = utc(at)
    query = select(Ticket, MatchRecord.score).outerjoin(MatchRecord, and_(
        MatchRecord.upload_id == Ticket.upload_id, MatchRecord.original_id == Ticket.original_id))
    if state is not None and state not in tickets.AWAITING_PLATFORM:
        raise tickets.TicketError(f"{state!r} does not wait for a person (queue states: "
                                  f"{', '.join(tickets.AWAITING_PLATFORM)})")
    query = query.where(Ticket.state.in_([state] if state else tickets.AWAITING_PLATFORM))
    if kind:
        query = query.where(Ticket.kind == kind)
    if rule:
        query = query.where(Ticket.rule == rule)
    if overdue:
        query = query.where(Ticket.handled_at.is_(None), Ticket.due_at < at)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    page = max(1, min(page, -(-total // per_page)))     # past the last: the last, not "empty"
    rows = session.execute(query.order_by(Ticket.due_at, Ticket.id)
                           .limit(per_page).offset((page - 1) * per_page))
    items = []
    for ticket, score in rows:
        items.append(QueueItem(tickets.TicketView.of(ticket),
                               age_working_days(policy, ticket.jurisdiction, ticket.received_at,
                                                at),
                               policy.sla.amount, score,
                               ticket.handled_at is None and utc(ticket.due_at) < at))
    return QueuePage(items, total, page, per_page)


def age_working_days(policy: Policy, jurisdiction: str, received_at: datetime,
                     at: datetime) -> int:
    """Working days since a ticket arrived, on its jurisdiction's calendar (the SLA's unit)."""
    calendar = policy.jurisdiction(jurisdiction).working_calendar
    return calendar.working_days_between(utc(received_at), utc(at))


def rules(session: Session) -> list[str]:
    """The rules tickets in the queue were routed by (for a filter)."""
    return sorted(session.scalars(select(Ticket.rule).distinct().where(
        Ticket.state.in_(tickets.AWAITING_PLATFORM), Ticket.rule.is_not(None))))
