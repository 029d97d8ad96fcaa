"""Account-graph tables: accounts, hashed identity markers, typed links, flags, joint decisions.

Kept free of behaviour so ``origin.models`` (and Alembic) can load them cheaply.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import Mapped, mapped_column

from origin.db import Base


class Account(Base):
    """A platform account: a channel (视频号), a personal account or an official account."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))         # channel/personal/official
    legal_entity: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="active")   # active/flagged/refused
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccountIdentity(Base):
    """A truncated, unsalted SHA-256 of an identity marker (phone, ID, device, payment, IP).

    Only the hash is kept: two accounts share a marker when the hashes match, and the raw phone
    number or ID number never lands in the database.
    """

    __tablename__ = "account_identities"
    __table_args__ = (UniqueConstraint("account", "type", "value_hash"),
                      Index("ix_account_identities_value", "value_hash", "type"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    value_hash: Mapped[str] = mapped_column(String(32))


class AccountLink(Base):
    """A typed, weighted link; certification runs certifier (a) to channel (b), others mutual."""

    __tablename__ = "account_links"
    __table_args__ = (
        UniqueConstraint("a", "b", "type"),
        Index("ix_account_links_b", "b"),
        # Defence in depth for the binding rule checked in code: one certifier, one channel.
        Index("ux_account_links_one_certification", "a", unique=True,
              sqlite_where=text("type = 'certification'"),
              postgresql_where=text("type = 'certification'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    b: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(16))
    strength: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))                 # import/cli/identity
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccountFlag(Base):
    """A ban-evasion finding: the account (maybe refused: no FK) and the banned one it matches."""

    __tablename__ = "account_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account: Mapped[str] = mapped_column(String(200), index=True)
    action: Mapped[str] = mapped_column(String(16))                 # flag/refuse
    banned_account: Mapped[str] = mapped_column(String(200))
    identity_type: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class JointDecision(Base):
    """What joint review decided for one linked account on one confirmed ticket, and why."""

    __tablename__ = "joint_decisions"
    __table_args__ = (UniqueConstraint("ticket_id", "account"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"),
                                           index=True)
    origin_account: Mapped[str] = mapped_column(String(200), index=True)   # the ticket's accused
    account: Mapped[str] = mapped_column(String(200), index=True)
    decision: Mapped[str] = mapped_column(String(16))               # action/watch
    score: Mapped[float] = mapped_column(Float)
    threshold: Mapped[float] = mapped_column(Float)
    depth: Mapped[int] = mapped_column(Integer)
    path_strength: Mapped[float] = mapped_column(Float)
    path: Mapped[str] = mapped_column(Text)                         # JSON list of hops
    evidence: Mapped[str] = mapped_column(Text)                     # JSON list of items
    penalty_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("penalty_entries.id", ondelete="SET NULL"), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reversed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reversed_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
