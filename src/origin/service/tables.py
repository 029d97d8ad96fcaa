"""The service's tables: API keys (only a hash of each key is stored) and background scans."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from origin.db import Base


class ApiKey(Base):
    """A key's identity and role; the key itself is shown once and never stored."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))            # the actor in audit entries
    role: Mapped[str] = mapped_column(String(16))             # rights_holder/reviewer/scanner
    claimant: Mapped[str | None] = mapped_column(String(200), nullable=True)
    secret_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # refused from this time on (``keys add --expires``); NULL: until revoked
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ScanJob(Base):
    """A scan requested over HTTP: its inputs, progress and results (``scan --json`` records)."""

    __tablename__ = "service_scans"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), index=True)
    state: Mapped[str] = mapped_column(String(16))            # running/done/failed
    request: Mapped[str] = mapped_column(Text)                # JSON: the uploads to scan
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)
    results: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, in input order
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
