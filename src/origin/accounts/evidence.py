"""An account's OWN evidence: brand-guard hits, matched uploads, tickets/complaints, penalties.

Joint action weighs only this: a link decides who gets looked at, never who gets punished.
Ledger lines that came from joint action are left out (they are link-derived), and so are
penalties already counted through their ticket.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from origin.accounts.config import AccountsConfig
from origin.accounts.tables import JointDecision
from origin.catalogue import MatchRecord, Upload
from origin.enforcement import tickets
from origin.enforcement.models import DecisionRecord, PenaltyEntry, Ticket


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence and what it weighs under the current config."""

    kind: str            # brand_hit/matched_upload/ticket/penalty
    ref: str
    detail: str
    weight: float

    def to_json(self) -> dict:
        return {"kind": self.kind, "ref": self.ref, "detail": self.detail,
                "weight": self.weight}


@dataclass(frozen=True)
class Evidence:
    account: str
    items: tuple[EvidenceItem, ...]

    @property
    def score(self) -> float:
        return round(sum(item.weight for item in self.items), 6)

    def to_json(self) -> dict:
        return {"account": self.account, "score": self.score,
                "items": [item.to_json() for item in self.items]}


def gather(session: Session, config: AccountsConfig, account: str,
           exclude_ticket: str | None = None) -> Evidence:
    """Everything held against ``account`` itself, each item weighted."""
    from origin.brands.store import hits_for_account   # the guard's machinery loads on demand

    items: list[EvidenceItem] = []
    for hit in hits_for_account(session, account, "review"):
        items.append(EvidenceItem(
            "brand_hit", hit.record_id,
            f"{hit.brand} ({hit.owner}) as {hit.matched!r} in {hit.field}: {hit.decision} "
            f"by {hit.rule}" + (f", evasions {', '.join(hit.evasions)}" if hit.evasions else ""),
            config.brand_hit.get(hit.decision, 0.0)))
    uploads: dict[str, tuple[float, str]] = {}
    for upload_id, original_id, score, decision in session.execute(
            select(Upload.id, MatchRecord.original_id, MatchRecord.score, DecisionRecord.decision)
            .join(MatchRecord, MatchRecord.upload_id == Upload.id)
            .outerjoin(DecisionRecord, and_(DecisionRecord.upload_id == MatchRecord.upload_id,
                                            DecisionRecord.original_id == MatchRecord.original_id))
            .where(Upload.uploader == account).order_by(Upload.id, MatchRecord.id)):
        weight = config.matched_upload.get(decision or "other", config.matched_upload["other"])
        if upload_id not in uploads or weight > uploads[upload_id][0]:
            uploads[upload_id] = (weight, f"matches {original_id} (score {score:.2f}, "
                                          f"decision {decision or 'undecided'})")
    items += [EvidenceItem("matched_upload", upload_id, detail, weight)
              for upload_id, (weight, detail) in uploads.items()]
    counted: set[str] = set()
    for ticket in session.scalars(select(Ticket).where(Ticket.accused == account)
                                  .order_by(Ticket.received_at, Ticket.id)):
        if ticket.id == exclude_ticket:
            continue
        if ticket.outcome == "upheld":
            weight = config.ticket.get("upheld", 0.0)
        elif ticket.outcome is None and ticket.state not in tickets.TERMINAL:
            weight = config.ticket.get("open", 0.0)
        else:
            weight = 0.0
        counted.add(ticket.id)
        via = f" from complaint {ticket.complaint_id}" if ticket.complaint_id else ""
        claimed_by = ticket.claimant or ticket.claimant_account
        items.append(EvidenceItem("ticket", ticket.id,
                                  f"{ticket.kind} ticket{via} claimed by {claimed_by}: "
                                  f"{ticket.state} ({ticket.outcome or 'undecided'})", weight))
    joint = set(session.scalars(select(JointDecision.penalty_entry_id).where(
        JointDecision.account == account, JointDecision.penalty_entry_id.is_not(None))))
    for entry in session.scalars(select(PenaltyEntry).where(
            PenaltyEntry.account == account, PenaltyEntry.reversed_at.is_(None))
            .order_by(PenaltyEntry.at, PenaltyEntry.id)):
        if entry.id in joint or (entry.ticket_id is not None and (
                entry.ticket_id in counted or entry.ticket_id == exclude_ticket)):
            continue
        items.append(EvidenceItem("penalty", str(entry.id),
                                  f"-{entry.points} {entry.severity}: {entry.reason}",
                                  config.penalty))
    return Evidence(account, tuple(items))
