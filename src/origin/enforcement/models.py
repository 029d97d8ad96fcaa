"""Enforcement tables: decisions on matches, tickets, complaints, declarations, penalties, audit.

Datetimes are stored in UTC. SQLite hands them back without a zone, so readers go through
``clock.utc`` before comparing.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from origin.db import Base


class DecisionRecord(Base):
    """What enforcement decided for one (upload, original) match; rescans update it in place."""

    __tablename__ = "match_decisions"

    upload_id: Mapped[str] = mapped_column(ForeignKey("uploads.id", ondelete="CASCADE"),
                                           primary_key=True)
    original_id: Mapped[str] = mapped_column(ForeignKey("originals.id", ondelete="CASCADE"),
                                             primary_key=True)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    exposure: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(120))
    ticket_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Complaint(Base):
    """A valid notice as received; ``id`` hashes its substance so a resubmission is recognised."""

    __tablename__ = "complaints"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    claimant: Mapped[str] = mapped_column(String(200), index=True)
    agent: Mapped[str | None] = mapped_column(String(200), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    work: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str] = mapped_column(String(8))
    notice: Mapped[str] = mapped_column(Text)          # JSON: the normalised notice + attachments
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Ticket(Base):
    """One infringing item under the notice-and-takedown process (one upload, one claim)."""

    __tablename__ = "tickets"
    __table_args__ = (Index("ix_tickets_upload_original", "upload_id", "original_id"),
                      Index("ix_tickets_state_due", "state", "due_at"),
                      Index("ix_tickets_claimant_outcome", "claimant", "source", "outcome"))

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))                 # copyright/trademark/counterfeit
    source: Mapped[str] = mapped_column(String(16))               # scan/complaint
    state: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    upload_id: Mapped[str] = mapped_column(ForeignKey("uploads.id", ondelete="CASCADE"))
    original_id: Mapped[str | None] = mapped_column(
        ForeignKey("originals.id", ondelete="SET NULL"), nullable=True)
    complaint_id: Mapped[str | None] = mapped_column(
        ForeignKey("complaints.id", ondelete="SET NULL"), nullable=True, index=True)
    claimant: Mapped[str | None] = mapped_column(String(200), nullable=True)   # a label only
    # the account a flipped scan ticket files for (its upload was published first): an account
    # id, kept out of ``claimant`` so that no rights holder's label can equal it
    claimant_account: Mapped[str | None] = mapped_column(String(200), nullable=True)
    accused: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    roles_flipped: Mapped[bool] = mapped_column(Boolean, default=False)
    review_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    rule: Mapped[str | None] = mapped_column(String(120), nullable=True)
    measure: Mapped[str] = mapped_column(String(16))              # takedown/block/demote/mute
    exposure: Mapped[float] = mapped_column(Float, default=0.0)   # while the measure holds
    strike: Mapped[str | None] = mapped_column(String(16), nullable=True)   # severity on measure
    jurisdiction: Mapped[str] = mapped_column(String(8))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))          # SLA
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    restore_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Lets one flush insert a complaint and its tickets in foreign-key order.
    complaint: Mapped[Complaint | None] = relationship(lazy="raise")


class Declaration(Base):
    """An original declaration (原创声明) and its review."""

    __tablename__ = "declarations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    original_id: Mapped[str] = mapped_column(ForeignKey("originals.id", ondelete="CASCADE"),
                                             index=True)
    declarant: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16), index=True)
    declared_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class PenaltyEntry(Base):
    """One line of an account's credit ledger; reversal marks it, never deletes it."""

    __tablename__ = "penalty_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(200), index=True)
    severity: Mapped[str] = mapped_column(String(16))             # minor/serious/severe
    points: Mapped[int] = mapped_column(Integer)                  # credit deducted
    strike: Mapped[bool] = mapped_column(Boolean)                 # counts toward upload bans
    ticket_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reversed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reversed_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class AuditEntry(Base):
    """Append-only (enforced by a database trigger): who changed what, when, from, to, why."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_state: Mapped[str | None] = mapped_column(String(32), nullable=True)
    why: Mapped[str | None] = mapped_column(Text, nullable=True)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)   # JSON


class MusicLicence(Base):
    """A music owner's licence: one account (``licensee``) or the platform's music library
    (``platform_library``) may use the owner's songs, until ``until`` (open-ended when NULL)."""

    __tablename__ = "music_licences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    licensee: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    platform_library: Mapped[bool] = mapped_column(Boolean, default=False)
    until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
