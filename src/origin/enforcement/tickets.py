"""Takedown tickets and the notice-and-takedown state machine they follow.

received → rejected | validated → measure_applied → forwarded_to_uploader (转通知) →
counter_notice_received → forwarded_to_claimant → restored | maintained; withdrawn from any open
state. Restoration waits for the jurisdiction's period after the counter-notice reached the
claimant (E-Commerce Law art. 43: 15 days; DMCA: 10–14 business days), counted on its calendar
to the end of the last day (``WorkingCalendar.period_end``).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable, Collection, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from origin.enforcement import audit, penalties
from origin.enforcement.clock import utc
from origin.enforcement.config import SEVERITIES, Policy
from origin.enforcement.models import AuditEntry, Ticket
from origin.errors import OriginError

RECEIVED = "received"
REJECTED = "rejected"
VALIDATED = "validated"
MEASURE_APPLIED = "measure_applied"
FORWARDED_TO_UPLOADER = "forwarded_to_uploader"
COUNTER_NOTICE_RECEIVED = "counter_notice_received"
FORWARDED_TO_CLAIMANT = "forwarded_to_claimant"
RESTORED = "restored"
MAINTAINED = "maintained"
WITHDRAWN = "withdrawn"

TRANSITIONS: dict[str, tuple[str, ...]] = {
    RECEIVED: (VALIDATED, REJECTED, WITHDRAWN),
    VALIDATED: (MEASURE_APPLIED, WITHDRAWN),
    MEASURE_APPLIED: (FORWARDED_TO_UPLOADER, WITHDRAWN),
    FORWARDED_TO_UPLOADER: (COUNTER_NOTICE_RECEIVED, WITHDRAWN),
    COUNTER_NOTICE_RECEIVED: (FORWARDED_TO_CLAIMANT, WITHDRAWN),
    FORWARDED_TO_CLAIMANT: (RESTORED, MAINTAINED, WITHDRAWN),
    REJECTED: (), RESTORED: (), MAINTAINED: (), WITHDRAWN: (),
}
STATES = tuple(TRANSITIONS)
TERMINAL = frozenset(state for state, targets in TRANSITIONS.items() if not targets)
# Waiting on the platform (the SLA backlog); the other open states wait on a party or a timer.
AWAITING_PLATFORM = (RECEIVED, VALIDATED, MEASURE_APPLIED, COUNTER_NOTICE_RECEIVED)
HANDLING = frozenset({REJECTED, MEASURE_APPLIED, WITHDRAWN})     # first one reached: handled
MEASURE_HOLDS = frozenset({MEASURE_APPLIED, FORWARDED_TO_UPLOADER, COUNTER_NOTICE_RECEIVED,
                           FORWARDED_TO_CLAIMANT, MAINTAINED})
OUTCOMES = {MEASURE_APPLIED: "upheld", FORWARDED_TO_UPLOADER: "upheld", MAINTAINED: "upheld",
            REJECTED: "overturned", RESTORED: "overturned", WITHDRAWN: "withdrawn"}
OVERTURNED = "overturned"
KINDS = ("copyright", "trademark", "counterfeit")
MEASURES = ("takedown", "block", "demote", "mute")   # mute: the upload stays up, silent
AUTOMATIC_STEPS = (VALIDATED, MEASURE_APPLIED, FORWARDED_TO_UPLOADER)
PLATFORM = "platform"     # a person at the platform, as a rights holder is told (not who)


class TicketError(OriginError):
    """A ticket that does not exist, or a step the law does not allow from its state."""


@dataclass(frozen=True)
class Transition:
    """What listeners are told about each state change (inside its transaction)."""

    ticket: Ticket
    from_state: str
    to_state: str
    actor: str
    why: str | None
    at: datetime


Listener = Callable[[Session, Transition], None]
_listeners: list[Listener] = []


def on_transition(listener: Listener) -> Listener:
    """Register a hook (e.g. joint action: reverse linked accounts when a ticket is overturned)."""
    _listeners.append(listener)
    return listener


def new_id() -> str:
    return "t-" + uuid.uuid4().hex[:12]


def open_ticket(session: Session, policy: Policy, *, kind: str, source: str, upload_id: str,
                original_id: str | None, claimant: str | None, accused: str | None,
                measure: str, exposure: float, strike: str | None, rule: str | None,
                received_at: datetime, actor: str, jurisdiction: str | None = None,
                complaint_id: str | None = None, review_reason: str | None = None,
                roles_flipped: bool = False, claimant_account: str | None = None) -> Ticket:
    """A new ticket in ``received``, due within the SLA in working days of its jurisdiction.
    ``claimant`` is a rights holder's label; ``claimant_account`` the uploader's account a
    flipped scan ticket files for (never the same column: a label could equal an account)."""
    if kind not in KINDS:
        raise TicketError(f"ticket kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if measure not in MEASURES:
        raise TicketError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    place = policy.jurisdiction(jurisdiction)
    received_at = utc(received_at)
    ticket = Ticket(
        id=new_id(), kind=kind, source=source, state=RECEIVED, outcome=None,
        upload_id=upload_id, original_id=original_id, complaint_id=complaint_id,
        claimant=claimant, claimant_account=claimant_account, accused=accused,
        roles_flipped=roles_flipped, review_reason=review_reason, rule=rule, measure=measure,
        exposure=exposure,
        strike=strike, jurisdiction=place.code, received_at=received_at,
        due_at=place.working_calendar.add(received_at, policy.sla), handled_at=None,
        restore_due_at=None, updated_at=received_at)
    session.add(ticket)
    audit.record(session, at=received_at, actor=actor, entity="ticket", entity_id=ticket.id,
                 action="open", to_state=RECEIVED, why=review_reason or rule,
                 data={"source": source, "kind": kind, "upload": upload_id,
                       "original": original_id, "complaint": complaint_id})
    return ticket


def get(session: Session, ticket_id: str) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise TicketError(f"no ticket {ticket_id!r}")
    return ticket


class StaleStep(TicketError):
    """A step chosen on a state the ticket has left (another person moved it meanwhile)."""


def advance(session: Session, policy: Policy, ticket: Ticket | str, to_state: str, *,
            actor: str, why: str | None, at: datetime, strike: str | None = None,
            seen: str | None = None) -> Ticket:
    """Move a ticket one legal step; anything else is refused naming the allowed steps, and so
    is a step dated before the ticket's last change: the history runs forwards, and a counter-
    notice forwarded "in the past" would start the claimant's waiting period early. ``seen``,
    the state the step was chosen on (a reviewer's page), refuses it once the ticket has left
    that state: withdrawn is a legal step from every open state, so a second reviewer's
    withdrawal of a ``received`` ticket went through after the first had validated it."""
    if isinstance(ticket, str):
        ticket = get(session, ticket)
    at = utc(at)
    from_state = ticket.state
    if seen is not None and seen != from_state:
        if seen not in TRANSITIONS:
            raise TicketError(f"unknown ticket state {seen!r} (states: {', '.join(STATES)})")
        moved = session.scalar(select(AuditEntry).where(       # the step into its state
            AuditEntry.entity == "ticket", AuditEntry.entity_id == ticket.id,
            AuditEntry.to_state == from_state).order_by(AuditEntry.id.desc()).limit(1))
        raise StaleStep(f"ticket {ticket.id} is {from_state}, not {seen}: {moved.actor} moved "
                        f"it at {utc(moved.at):%Y-%m-%d %H:%M}Z; look at it again before "
                        f"deciding")
    allowed = TRANSITIONS.get(from_state, ())
    if to_state == MEASURE_APPLIED and to_state in allowed and claims_nothing(ticket):
        raise TicketError(f"ticket {ticket.id}'s upload predates original {ticket.original_id}: "
                          f"its uploader is the first publisher and nobody claims the upload; "
                          f"withdraw the ticket (the upload stays up); an owner who published "
                          f"first elsewhere files a complaint with its evidence")
    if to_state not in allowed:
        if to_state not in TRANSITIONS:
            raise TicketError(f"unknown ticket state {to_state!r} (states: {', '.join(STATES)})")
        options = " or ".join(allowed) if allowed else "nowhere (it is closed)"
        raise TicketError(f"ticket {ticket.id} is {from_state}: it can go to {options}, "
                          f"not {to_state}")
    last = utc(ticket.updated_at)
    if at < last:
        raise TicketError(f"ticket {ticket.id} last changed at {last.isoformat()}: a step cannot "
                          f"be dated {at.isoformat()}, before it (is ORIGIN_NOW or the clock "
                          f"behind?)")
    if strike is not None:
        if strike not in SEVERITIES:
            raise TicketError(f"strike must be one of {', '.join(SEVERITIES)}, not {strike!r}")
        ticket.strike = strike
    if to_state == RESTORED and at < utc(ticket.restore_due_at):
        raise TicketError(
            f"ticket {ticket.id} cannot be restored before {utc(ticket.restore_due_at).isoformat()}"
            f": the claimant has {policy.jurisdiction(ticket.jurisdiction).restore_after} "
            f"({ticket.jurisdiction}) to answer the counter-notice")
    measure_held = from_state in MEASURE_HOLDS
    ticket.state = to_state
    ticket.updated_at = at
    ticket.outcome = OUTCOMES.get(to_state)     # None while undecided or disputed
    if to_state in HANDLING and ticket.handled_at is None:
        ticket.handled_at = at
    if to_state == FORWARDED_TO_CLAIMANT:
        place = policy.jurisdiction(ticket.jurisdiction)
        ticket.restore_due_at = place.working_calendar.period_end(at, place.restore_after)
    audit.record(session, at=at, actor=actor, entity="ticket", entity_id=ticket.id,
                 action="advance", from_state=from_state, to_state=to_state, why=why)
    if to_state == MEASURE_APPLIED and ticket.strike and ticket.accused:
        penalties.record_violation(
            session, policy.penalties, ticket.accused, ticket.strike, strike=True,
            reason=f"{ticket.measure} on ticket {ticket.id} ({ticket.rule or ticket.kind})",
            at=at, actor=actor, ticket_id=ticket.id)
    if measure_held and to_state in (RESTORED, WITHDRAWN):
        penalties.reverse_for_ticket(session, ticket.id, at=at, actor=actor,
                                     reason=f"ticket {ticket.id} {to_state}: {why or ''}".strip())
    transition = Transition(ticket, from_state, to_state, actor, why, at)
    for listener in _listeners:
        listener(session, transition)
    return ticket


def learn_uploader(session: Session, policy: Policy, ticket: Ticket, uploader: str | None, *,
                   at: datetime) -> None:
    """The upload's account, known only after its ticket was opened (a scan or complaint
    without it, then a scan that names it): the ticket accuses it, or, the roles flipped,
    files for it; a measure already holding with a strike strikes it now (it struck nobody)."""
    if uploader is None:
        return
    if ticket.roles_flipped:
        if ticket.source == "scan" and ticket.claimant_account is None:
            ticket.claimant_account = uploader
        return
    if ticket.accused is not None:
        return
    ticket.accused = uploader
    audit.record(session, at=at, actor=audit.SYSTEM, entity="ticket", entity_id=ticket.id,
                 action="accuse", why=f"the upload's account {uploader!r}, learned on a rescan")
    if ticket.state in MEASURE_HOLDS and ticket.strike:
        penalties.record_violation(
            session, policy.penalties, uploader, ticket.strike, strike=True,
            reason=f"{ticket.measure} on ticket {ticket.id} ({ticket.rule or ticket.kind})",
            at=at, actor=audit.SYSTEM, ticket_id=ticket.id)


def claims_nothing(ticket: Ticket) -> bool:
    """A scan ticket whose upload predates the original it matched: nobody filed it and its
    uploader published first (the earliest publisher wins), so no measure may land on it."""
    return ticket.roles_flipped and ticket.source == "scan"


def next_states(ticket: Ticket) -> tuple[str, ...]:
    """The legal steps from the ticket's state (``TRANSITIONS``), less a measure on an upload
    nobody claims (``claims_nothing``)."""
    steps = TRANSITIONS[ticket.state]
    if claims_nothing(ticket):
        steps = tuple(step for step in steps if step != MEASURE_APPLIED)
    return steps


def advance_through(session: Session, policy: Policy, ticket: Ticket, states: Iterable[str], *,
                    actor: str, why: str | None, at: datetime) -> Ticket:
    for state in states:
        advance(session, policy, ticket, state, actor=actor, why=why, at=at)
    return ticket


def current_exposure(ticket: Ticket) -> float:
    """The exposure the ticket imposes on its upload right now (1.0 = untouched)."""
    if ticket.state in MEASURE_HOLDS:
        return 0.0 if ticket.measure in ("takedown", "block") else ticket.exposure
    return 1.0


def sweep(session: Session, policy: Policy, at: datetime,
          actor: str = audit.SYSTEM) -> list[Ticket]:
    """Restore every disputed item whose claimant let the period pass without a lawsuit."""
    at = utc(at)
    due = list(session.scalars(select(Ticket).where(Ticket.state == FORWARDED_TO_CLAIMANT,
                                                    Ticket.restore_due_at <= at)
                               .order_by(Ticket.restore_due_at)))
    for ticket in due:
        place = policy.jurisdiction(ticket.jurisdiction)
        advance(session, policy, ticket, RESTORED, actor=actor, at=at,
                why=f"no lawsuit or complaint notice within {place.restore_after} ({place.code}) "
                    f"of forwarding the counter-notice")
    return due


@dataclass(frozen=True)
class TicketView:
    """A ticket for display and JSON, with its audit trail when asked for."""

    id: str
    kind: str
    source: str
    state: str
    outcome: str | None
    upload_id: str
    original_id: str | None
    complaint_id: str | None
    claimant: str | None
    claimant_account: str | None
    accused: str | None
    roles_flipped: bool
    review_reason: str | None
    rule: str | None
    measure: str
    exposure: float
    strike: str | None
    jurisdiction: str
    received_at: datetime
    due_at: datetime
    handled_at: datetime | None
    restore_due_at: datetime | None
    next_states: tuple[str, ...]
    history: tuple[audit.AuditView, ...] = ()

    @classmethod
    def of(cls, ticket: Ticket, history: Iterable[audit.AuditView] = ()) -> "TicketView":
        return cls(ticket.id, ticket.kind, ticket.source, ticket.state, ticket.outcome,
                   ticket.upload_id, ticket.original_id, ticket.complaint_id, ticket.claimant,
                   ticket.claimant_account, ticket.accused, ticket.roles_flipped,
                   ticket.review_reason, ticket.rule,
                   ticket.measure, current_exposure(ticket), ticket.strike, ticket.jurisdiction,
                   utc(ticket.received_at), utc(ticket.due_at), utc(ticket.handled_at),
                   utc(ticket.restore_due_at), next_states(ticket), tuple(history))

    def as_claimant_sees_it(self, own_names: Collection[str]) -> "TicketView":
        """The ticket as its rights holder may read it: every step (when, from, to) and
        whether origin, the rights holder (``own_names``: its claimant, its agent) or a person
        at the platform took it, but not who that person is, nor anyone's reasons, entry data
        or the review reason (internal notes; a conflict's names the rival claimant)."""
        def step(entry: audit.AuditView) -> audit.AuditView:
            actor = (entry.actor if entry.actor == audit.SYSTEM or entry.actor in own_names
                     else PLATFORM)
            return replace(entry, actor=actor, why=None, data=None)

        return replace(self, review_reason=None, history=tuple(map(step, self.history)))

    def to_json(self) -> dict:
        data = {key: getattr(self, key) for key in self.__dataclass_fields__ if key != "history"}
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        data["next_states"] = list(self.next_states)
        data["history"] = [entry.to_json() for entry in self.history]
        return data


def show(session: Session, ticket_id: str) -> TicketView:
    return TicketView.of(get(session, ticket_id), audit.history(session, "ticket", ticket_id))


def listing(session: Session, *, state: str | None = None, overdue_at: datetime | None = None,
            accused: str | None = None, claimant: str | None = None, limit: int = 100,
            offset: int = 0) -> list[TicketView]:
    """Tickets, oldest first; ``overdue_at`` keeps the unhandled ones past their SLA then."""
    query = _filtered(select(Ticket), state, overdue_at, accused, claimant)
    query = query.order_by(Ticket.received_at, Ticket.id).limit(limit).offset(offset)
    return [TicketView.of(ticket) for ticket in session.scalars(query)]


def count(session: Session, *, state: str | None = None, overdue_at: datetime | None = None,
          accused: str | None = None, claimant: str | None = None) -> int:
    """How many tickets ``listing`` pages through with the same filters."""
    return session.scalar(_filtered(select(func.count()).select_from(Ticket), state, overdue_at,
                                    accused, claimant))


def _filtered(query, state: str | None, overdue_at: datetime | None, accused: str | None,
              claimant: str | None):
    if state:
        if state not in TRANSITIONS:
            raise TicketError(f"unknown ticket state {state!r} (states: {', '.join(STATES)})")
        query = query.where(Ticket.state == state)
    if overdue_at is not None:
        query = query.where(Ticket.handled_at.is_(None), Ticket.due_at < utc(overdue_at))
    if accused is not None:      # '' is an account nobody is, not "everyone's tickets"
        query = query.where(Ticket.accused == accused)
    if claimant is not None:
        query = query.where(Ticket.claimant == claimant)
    return query
