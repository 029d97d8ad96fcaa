"""The SLA and dynamic-clearing (动态清零) report: share handled within the SLA, the open
backlog by age (working days) and type, and the overdue tickets. The seed reports 89 % within 5 working
days; the aim is 100 % and an empty overdue list."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from origin.enforcement import tickets
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import Ticket

AGE_BUCKETS = ((1, "0-1"), (3, "2-3"), (5, "4-5"), (10, "6-10"), (None, ">10"))


@dataclass
class OverdueTicket:
    id: str
    kind: str
    source: str
    state: str
    received_at: datetime
    due_at: datetime
    age_working_days: int

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "source": self.source, "state": self.state,
                "received_at": self.received_at.isoformat(), "due_at": self.due_at.isoformat(),
                "age_working_days": self.age_working_days}


@dataclass
class SlaReport:
    at: datetime
    sla_working_days: int
    total: int = 0
    handled: int = 0
    handled_within_sla: int = 0
    open_overdue: int = 0
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    backlog_by_state: dict[str, int] = field(default_factory=dict)
    backlog_by_age: dict[str, int] = field(default_factory=dict)
    backlog_by_type: dict[str, int] = field(default_factory=dict)
    awaiting_claimant: int = 0       # counter-notice forwarded, timer running
    restore_due: int = 0             # timer ran out: ``tickets sweep`` restores them
    overdue: list[OverdueTicket] = field(default_factory=list)

    @property
    def within_sla_share(self) -> float | None:
        """Handled in time over everything whose deadline has been decided (handled or missed)."""
        decided = self.handled + self.open_overdue
        return None if decided == 0 else self.handled_within_sla / decided

    def to_json(self) -> dict:
        share = self.within_sla_share
        return {"at": self.at.isoformat(), "sla_working_days": self.sla_working_days,
                "total": self.total, "handled": self.handled,
                "handled_within_sla": self.handled_within_sla, "open_overdue": self.open_overdue,
                "within_sla_share": None if share is None else round(share, 4),
                "cleared": self.open_overdue == 0, "by_type": self.by_type,
                "backlog_by_state": self.backlog_by_state, "backlog_by_age": self.backlog_by_age,
                "backlog_by_type": self.backlog_by_type,
                "awaiting_claimant": self.awaiting_claimant, "restore_due": self.restore_due,
                "overdue": [ticket.to_json() for ticket in self.overdue]}


def build(session: Session, policy: Policy, at: datetime, overdue_limit: int = 20) -> SlaReport:
    at = utc(at)
    report = SlaReport(at=at, sla_working_days=policy.sla.amount)
    in_time = case((Ticket.handled_at <= Ticket.due_at, 1), else_=0)
    handled = case((Ticket.handled_at.is_not(None), 1), else_=0)
    late_open = case(((Ticket.handled_at.is_(None)) & (Ticket.due_at < at), 1), else_=0)
    rows = session.execute(select(Ticket.source, Ticket.kind, func.count(), func.sum(handled),
                                  func.sum(in_time), func.sum(late_open))
                           .group_by(Ticket.source, Ticket.kind)).all()
    for source, kind, total, done, on_time, late in rows:
        report.by_type[f"{source}/{kind}"] = {"total": total, "handled": done or 0,
                                              "within_sla": on_time or 0, "open_overdue": late or 0}
        report.total += total
        report.handled += done or 0
        report.handled_within_sla += on_time or 0
        report.open_overdue += late or 0

    report.backlog_by_age = {label: 0 for _, label in AGE_BUCKETS}
    backlog = session.execute(select(Ticket.state, Ticket.source, Ticket.kind, Ticket.jurisdiction,
                                     Ticket.received_at)
                              .where(Ticket.state.in_(tickets.AWAITING_PLATFORM)))
    for state, source, kind, jurisdiction, received_at in backlog:
        calendar = policy.jurisdiction(jurisdiction).working_calendar
        age = calendar.working_days_between(utc(received_at), at)
        report.backlog_by_age[next(label for limit, label in AGE_BUCKETS
                                   if limit is None or age <= limit)] += 1
        report.backlog_by_state[state] = report.backlog_by_state.get(state, 0) + 1
        key = f"{source}/{kind}"
        report.backlog_by_type[key] = report.backlog_by_type.get(key, 0) + 1

    waiting = select(func.count()).where(Ticket.state == tickets.FORWARDED_TO_CLAIMANT)
    report.awaiting_claimant = session.scalar(waiting)
    report.restore_due = session.scalar(waiting.where(Ticket.restore_due_at <= at))
    late = session.scalars(select(Ticket).where(Ticket.handled_at.is_(None), Ticket.due_at < at)
                           .order_by(Ticket.due_at).limit(overdue_limit))
    for ticket in late:
        calendar = policy.jurisdiction(ticket.jurisdiction).working_calendar
        report.overdue.append(OverdueTicket(
            ticket.id, ticket.kind, ticket.source, ticket.state, utc(ticket.received_at),
            utc(ticket.due_at), calendar.working_days_between(utc(ticket.received_at), at)))
    return report
