"""Joint action (关联帐号联动打击): confirming a counterfeit/trademark ticket reviews linked accounts.

Each linked account is judged on its own evidence: at or above the threshold it gets a strike
tied to the ticket (through the enforcement ledger), below it goes under watch. Every decision
keeps the path and the evidence that led to it. When the ticket is overturned or withdrawn the
decisions hung on it are reversed — ``reverse_ticket`` is the hook, and it is registered as an
enforcement ticket listener so any code path that overturns a ticket triggers it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.accounts.config import AccountsConfig
from origin.accounts.evidence import Evidence, EvidenceItem, gather
from origin.accounts.graph import Hop, walk
from origin.accounts.tables import JointDecision
from origin.enforcement import audit, penalties, tickets
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import PenaltyEntry, Ticket

ACTION, WATCH = "action", "watch"
REVERSING_STATES = (tickets.RESTORED, tickets.REJECTED, tickets.WITHDRAWN)


@dataclass(frozen=True)
class JointOutcome:
    """One linked account's decision, as stored and as ``explain`` shows it."""

    ticket: str
    origin_account: str
    account: str
    decision: str
    score: float
    threshold: float
    depth: int
    path_strength: float
    path: tuple[dict, ...]
    evidence: tuple[dict, ...]
    penalty_entry: int | None
    decided_by: str
    decided_at: datetime
    reversed_at: datetime | None = None
    reversed_reason: str | None = None
    new: bool = True

    @classmethod
    def of(cls, row: JointDecision, new: bool = False) -> "JointOutcome":
        return cls(row.ticket_id, row.origin_account, row.account, row.decision, row.score,
                   row.threshold, row.depth, row.path_strength, tuple(json.loads(row.path)),
                   tuple(json.loads(row.evidence)), row.penalty_entry_id, row.decided_by,
                   utc(row.decided_at), utc(row.reversed_at), row.reversed_reason, new)

    def to_json(self) -> dict:
        return {"ticket": self.ticket, "origin_account": self.origin_account,
                "account": self.account, "decision": self.decision, "score": self.score,
                "threshold": self.threshold, "depth": self.depth,
                "path_strength": self.path_strength, "path": list(self.path),
                "evidence": list(self.evidence), "penalty_entry": self.penalty_entry,
                "decided_by": self.decided_by, "decided_at": self.decided_at.isoformat(),
                "reversed_at": self.reversed_at and self.reversed_at.isoformat(),
                "reversed_reason": self.reversed_reason}


@dataclass(frozen=True)
class JointReview:
    """What ``tickets confirm`` did: the steps taken and the joint decisions (or why none)."""

    ticket: str
    kind: str
    accused: str | None
    state: str
    steps: tuple[str, ...]
    decisions: tuple[JointOutcome, ...]
    note: str | None = None

    def to_json(self) -> dict:
        return {"ticket": self.ticket, "kind": self.kind, "accused": self.accused,
                "state": self.state, "steps": list(self.steps), "note": self.note,
                "decisions": [decision.to_json() for decision in self.decisions]}


def confirm(session: Session, policy: Policy, config: AccountsConfig, ticket_id: str, *,
            actor: str, why: str, at: datetime, strike: str | None = None) -> JointReview:
    """Confirm a ticket (validate, apply its measure, forward it) and run joint review on it."""
    at = utc(at)
    ticket = tickets.get(session, ticket_id)
    steps: list[str] = []
    if ticket.state in (tickets.RECEIVED, tickets.VALIDATED):
        for state in tickets.AUTOMATIC_STEPS:
            if state in tickets.TRANSITIONS[ticket.state]:
                tickets.advance(session, policy, ticket, state, actor=actor, why=why, at=at,
                                strike=(strike or ticket.strike or config.confirm_strike)
                                if state == tickets.MEASURE_APPLIED else None)
                steps.append(state)
    if ticket.outcome != "upheld":
        raise tickets.TicketError(
            f"ticket {ticket.id} is {ticket.state} ({ticket.outcome or 'disputed'}): only a "
            f"ticket whose measure stands can be confirmed")
    if ticket.kind not in config.ticket_kinds:
        return JointReview(ticket.id, ticket.kind, ticket.accused, ticket.state, tuple(steps), (),
                           f"joint review runs for {', '.join(config.ticket_kinds)} tickets, "
                           f"not {ticket.kind}")
    if not ticket.accused:
        return JointReview(ticket.id, ticket.kind, None, ticket.state, tuple(steps), (),
                           "the ticket names no accused account")
    decisions = joint_review(session, policy, config, ticket, actor=actor, at=at)
    return JointReview(ticket.id, ticket.kind, ticket.accused, ticket.state, tuple(steps),
                       tuple(decisions), None if decisions else
                       f"no account linked to {ticket.accused} within {config.max_depth} links")


def joint_review(session: Session, policy: Policy, config: AccountsConfig, ticket: Ticket, *,
                 actor: str, at: datetime) -> list[JointOutcome]:
    """Decide every account linked to the ticket's accused; decided ones are kept, not redone."""
    done = {row.account: row for row in session.scalars(
        select(JointDecision).where(JointDecision.ticket_id == ticket.id))}
    outcomes = []
    for reached in walk(session, ticket.accused, config.walk_types, config.max_depth,
                        config.min_path_strength):
        if reached.account in done:
            outcomes.append(JointOutcome.of(done[reached.account]))
            continue
        evidence = unspent(session, gather(session, config, reached.account,
                                           exclude_ticket=ticket.id), ticket.id)
        outcomes.append(_decide(session, policy, config, ticket, reached.account, reached.depth,
                                reached.strength, reached.path, evidence, actor=actor, at=at))
    return outcomes


def unspent(session: Session, evidence: Evidence, ticket_id: str | None) -> Evidence:
    """``evidence`` with each item that already backs a joint strike in force against the
    account (on another ticket) weighed 0 and saying which: one counterfeit listing of a linked
    account struck it again on every ticket confirmed against the account it is linked to
    (four tickets, four strikes and an upload ban on one listing). New evidence counts; a
    reversed strike frees its items."""
    spent: dict[tuple[str, str], str] = {}
    for ticket, items in session.execute(select(JointDecision.ticket_id, JointDecision.evidence)
                                         .where(JointDecision.account == evidence.account,
                                                JointDecision.decision == ACTION,
                                                JointDecision.reversed_at.is_(None))
                                         .order_by(JointDecision.id)):
        if ticket != ticket_id:
            for item in json.loads(items):
                if item["weight"]:
                    spent.setdefault((item["kind"], item["ref"]), ticket)
    if not spent:
        return evidence
    return Evidence(evidence.account, tuple(
        EvidenceItem(item.kind, item.ref, f"{item.detail} (counted already: joint strike on "
                                          f"ticket {spent[item.kind, item.ref]})", 0.0)
        if (item.kind, item.ref) in spent else item for item in evidence.items))


def _decide(session: Session, policy: Policy, config: AccountsConfig, ticket: Ticket,
            account: str, depth: int, strength: float, path: tuple[Hop, ...],
            evidence: Evidence, *, actor: str, at: datetime) -> JointOutcome:
    route = " -> ".join([ticket.accused] + [f"[{hop.type}] {hop.target}" for hop in path])
    decision = ACTION if evidence.score >= config.threshold and evidence.items else WATCH
    entry = None
    if decision == ACTION:
        entry = penalties.record_violation(
            session, policy.penalties, account, config.severity, strike=True, at=at, actor=actor,
            ticket_id=ticket.id,
            reason=f"joint action with {ticket.kind} ticket {ticket.id} against "
                   f"{ticket.accused}: own evidence {evidence.score:g} >= {config.threshold:g}")
        session.flush()
    row = JointDecision(
        ticket_id=ticket.id, origin_account=ticket.accused, account=account, decision=decision,
        score=evidence.score, threshold=config.threshold, depth=depth,
        path_strength=round(strength, 6), path=json.dumps([hop.to_json() for hop in path]),
        evidence=json.dumps([item.to_json() for item in evidence.items], ensure_ascii=False),
        penalty_entry_id=entry and entry.id, decided_by=actor, decided_at=at)
    session.add(row)
    audit.record(session, at=at, actor=actor, entity="account", entity_id=account,
                 action="joint_" + decision, to_state=decision,
                 why=f"{ticket.kind} ticket {ticket.id} confirmed against {ticket.accused}; "
                     f"linked by {route}; own evidence {evidence.score:g} "
                     f"({'>=' if decision == ACTION else '<'} {config.threshold:g})",
                 data={"ticket": ticket.id, "path": [hop.to_json() for hop in path],
                       "score": evidence.score, "items": len(evidence.items),
                       "penalty_entry": entry and entry.id})
    session.flush()
    return JointOutcome.of(row, new=True)


def reverse_ticket(session: Session, ticket_id: str, *, reason: str, at: datetime,
                   actor: str) -> list[JointOutcome]:
    """Reverse every live joint decision hung on ``ticket_id``: strikes lifted, watches ended."""
    at = utc(at)
    rows = list(session.scalars(select(JointDecision).where(
        JointDecision.ticket_id == ticket_id, JointDecision.reversed_at.is_(None))
        .order_by(JointDecision.id)))
    for row in rows:
        if row.penalty_entry_id is not None:
            entry = session.get(PenaltyEntry, row.penalty_entry_id)
            if entry is not None and entry.reversed_at is None:
                entry.reversed_at, entry.reversed_reason = at, reason
                audit.record(session, at=at, actor=actor, entity="account",
                             entity_id=entry.account, action="reversal", why=reason,
                             data={"entry": entry.id, "points": entry.points,
                                   "ticket": ticket_id})
        row.reversed_at, row.reversed_reason = at, reason
        audit.record(session, at=at, actor=actor, entity="account", entity_id=row.account,
                     action="joint_reversal", from_state=row.decision, to_state="reversed",
                     why=reason, data={"ticket": ticket_id, "penalty_entry": row.penalty_entry_id})
    session.flush()
    return [JointOutcome.of(row) for row in rows]


def _on_transition(session: Session, transition: tickets.Transition) -> None:
    if transition.to_state in REVERSING_STATES:
        reverse_ticket(session, transition.ticket.id, at=transition.at, actor=transition.actor,
                       reason=f"ticket {transition.ticket.id} {transition.to_state}: "
                              f"{transition.why or ''}".strip())


_registered: list[bool] = []


def register() -> None:
    """Hook reversal into every ticket transition (idempotent)."""
    if not _registered:
        tickets.on_transition(_on_transition)
        _registered.append(True)


def decisions_for(session: Session, account: str) -> list[JointOutcome]:
    """Joint decisions about ``account`` and the ones its own tickets caused, oldest first."""
    rows = session.scalars(select(JointDecision).where(
        (JointDecision.account == account) | (JointDecision.origin_account == account))
        .order_by(JointDecision.decided_at, JointDecision.id))
    return [JointOutcome.of(row) for row in rows]


__all__ = ["confirm", "joint_review", "reverse_ticket", "register", "decisions_for",
           "JointOutcome", "JointReview", "EvidenceItem"]


@dataclass(frozen=True)
class Preview:
    """What joint review would decide for one linked account, without writing anything."""

    account: str
    depth: int
    strength: float
    path: tuple[Hop, ...]
    evidence: Evidence
    decision: str


def preview(session: Session, config: AccountsConfig, account: str,
            exclude_ticket: str | None = None) -> list[Preview]:
    """The read side of joint review (walk + own evidence): for ``show`` and the benchmark."""
    found = []
    for reached in walk(session, account, config.walk_types, config.max_depth,
                        config.min_path_strength):
        evidence = unspent(session, gather(session, config, reached.account,
                                           exclude_ticket=exclude_ticket), exclude_ticket)
        decision = ACTION if evidence.score >= config.threshold and evidence.items else WATCH
        found.append(Preview(reached.account, reached.depth, reached.strength, reached.path,
                             evidence, decision))
    return found
