"""Brand-guard tables (kept free of the matching code: ``origin.models`` imports this module)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from origin.db import Base


class BrandMark(Base):
    """A protected mark of one rights holder."""

    __tablename__ = "brand_marks"
    __table_args__ = (UniqueConstraint("owner", "mark"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mark: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200), index=True)
    common_word: Mapped[bool] = mapped_column(Boolean, default=False)
    # (stop 41, migration 0103) yuan: the lowest price the owner declares its goods sell at
    price_floor: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class BrandTerm(Base):
    """An alias, an owner-listed knock-off name, or a product cue of a brand."""

    __tablename__ = "brand_terms"
    __table_args__ = (UniqueConstraint("brand_id", "kind", "text"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brand_marks.id", ondelete="CASCADE"),
                                          index=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(200))


class BrandAuthorized(Base):
    """An account the owner authorised to use the mark (never flagged for it)."""

    __tablename__ = "brand_authorized"

    brand_id: Mapped[int] = mapped_column(ForeignKey("brand_marks.id", ondelete="CASCADE"),
                                          primary_key=True)
    account: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class BrandScanResult(Base):
    """The latest brand-guard result of one record."""

    __tablename__ = "brand_scan_results"

    record_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    account: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    absolute_terms: Mapped[str] = mapped_column(Text)          # JSON list
    ticket_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    scanned_day: Mapped[str] = mapped_column(String(10), index=True)   # UTC YYYY-MM-DD


class BrandHit(Base):
    """One brand found in one record: the evidence a reviewer (or joint action) reads."""

    __tablename__ = "brand_hits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(
        ForeignKey("brand_scan_results.record_id", ondelete="CASCADE"), index=True)
    account: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    brand_id: Mapped[int] = mapped_column(ForeignKey("brand_marks.id", ondelete="CASCADE"),
                                          index=True)
    via: Mapped[str] = mapped_column(String(16))
    field: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    matched: Mapped[str] = mapped_column(Text)
    evasions: Mapped[str] = mapped_column(Text)                # JSON list
    signals: Mapped[str] = mapped_column(Text)                 # JSON list
    score: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    scanned_day: Mapped[str] = mapped_column(String(10), index=True)
