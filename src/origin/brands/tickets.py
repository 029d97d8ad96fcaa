"""Brand decisions into the enforcement tickets: open one per (upload, brand owner), or join it.

Enforcement's tickets hang on a catalogued upload (``tickets.upload_id`` references
``uploads.id``), so only records whose id is a catalogued upload get a ticket; the others keep
``ticket: null`` and their stored hits. A rescan joins the open ticket instead of opening a second.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.brands.config import SEVERITY
from origin.brands.guard import RecordResult
from origin.catalogue import Upload
from origin.enforcement import tickets
from origin.enforcement.config import Policy
from origin.enforcement.models import Ticket

ACTOR = "brand-guard"
EXPOSURE = {"takedown": 0.0, "demote": 0.5}     # enforcement's defaults for these measures


def open_or_join(session: Session, policy: Policy, result: RecordResult, now: datetime) -> str | None:
    """The ticket for the record's most severe actionable hit, or None (nothing to act on)."""
    hits = result.actionable
    if not hits or session.get(Upload, result.id) is None:
        return None
    hit = max(hits, key=lambda h: SEVERITY[h.decision])
    kind = "counterfeit" if hit.rule == "counterfeit_signals" else "trademark"
    joined = session.scalar(select(Ticket).where(
        Ticket.upload_id == result.id, Ticket.claimant == hit.brand.owner,
        Ticket.kind.in_(("counterfeit", "trademark")), Ticket.state.not_in(tickets.TERMINAL)))
    if joined is not None:
        return joined.id
    ticket = tickets.open_ticket(
        session, policy, kind=kind, source="scan", upload_id=result.id, original_id=None,
        claimant=hit.brand.owner, accused=result.account, measure=hit.decision,
        exposure=EXPOSURE[hit.decision], strike=None, rule=f"brands:{hit.rule}",
        received_at=now, actor=ACTOR,
        review_reason=f"{hit.brand.mark} as {hit.matched!r} in {hit.field} ({hit.rule})")
    return ticket.id
