"""The catalogue: what is registered (originals) and what was scanned (uploads, matches).

Frame codes are kept in the database as well as in the FAISS index: the database is the truth,
the index is derived from it, so a killed job or a lost index file is repaired by re-adding the
codes the database holds (see ``Workspace.reconcile``).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from origin.db import Base
from origin.original_rows import INDEXED, PENDING  # noqa: F401  (the rows' states)
from origin.records import UPLOAD_ID_LENGTH


class Original(Base):
    """A first-published work whose frame codes are in the index."""

    __tablename__ = "originals"

    key: Mapped[int] = mapped_column(Integer, primary_key=True)        # FAISS id prefix
    id: Mapped[str] = mapped_column(String(32), unique=True)           # "o-" + content hash
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    owner: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    duration: Mapped[float] = mapped_column(Float)
    frame_count: Mapped[int] = mapped_column(Integer)
    times: Mapped[bytes] = mapped_column(LargeBinary)     # float32 sample instants (s)
    codes: Mapped[bytes] = mapped_column(LargeBinary)     # uint8 [frames, views, bytes]
    view_count: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default=PENDING, index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The sound track's spectral peaks (``origin.audio.fingerprint.peaks_to_bytes``), the truth the
    # audio store is rebuilt from; NULL for an original without usable sound. An audio-only
    # original has ``frame_count`` 0 and empty ``codes``.
    audio_peaks: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    audio_duration: Mapped[float | None] = mapped_column(Float, nullable=True)
    audio_state: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)

    @property
    def channels(self) -> tuple[str, ...]:
        return (("video",) if self.frame_count else ()) + (("audio",) if self.audio_peaks else ())


class OriginalKeypoints(Base):
    """The local features of an original's keyframes (``origin.video.keypoints``), for the
    geometry tier; written with the original's row."""

    __tablename__ = "original_keypoints"

    key: Mapped[int] = mapped_column(ForeignKey("originals.key", ondelete="CASCADE"),
                                     primary_key=True)
    keypoints: Mapped[bytes] = mapped_column(LargeBinary)


class OriginalLayout(Base):
    """An original's static layout (``origin.video.layout``): the cells of its picture that
    stay put while the rest moves, and its codes' masked codes; written with the original's row,
    only for an original that has one."""

    __tablename__ = "original_layouts"

    key: Mapped[int] = mapped_column(ForeignKey("originals.key", ondelete="CASCADE"),
                                     primary_key=True)
    layout: Mapped[bytes] = mapped_column(LargeBinary)


class OriginalContent(Base):
    """An original's content region (``origin.video.content``): the rectangle of its picture
    that moves inside a tool's drawn frame, and one code per good frame of it alone; written
    with the original's row, only for an original that has one."""

    __tablename__ = "original_contents"

    key: Mapped[int] = mapped_column(ForeignKey("originals.key", ondelete="CASCADE"),
                                     primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Upload(Base):
    """One upload on the platform, keyed by the platform's upload id.

    The same bytes uploaded by two accounts are two uploads, each accountable; the content hash
    is a property. Uploads scanned without a platform id get ``u-`` ids derived from their bytes
    (and uploader), as older workspaces stored them. Rescanning an upload updates its row.
    """

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(UPLOAD_ID_LENGTH), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    path: Mapped[str] = mapped_column(Text)                             # resolved, absolute
    uploader: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    uploaded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # the platform says the sound was picked from its own music library (NULL: not said), which a
    # ``--platform-library`` music licence covers; nothing in the bytes tells it
    music_from_library: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    duration: Mapped[float | None] = mapped_column(Float, nullable=True)
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # the index state (and threshold) of the last completed scan, and the JSON line it printed:
    # a resumed manifest scan skips the upload and prints that line again
    scanned_against: Mapped[str | None] = mapped_column(String(64), nullable=True)
    scan_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class MatchRecord(Base):
    """The latest match of an upload against an original (one row per pair)."""

    __tablename__ = "matches"
    __table_args__ = (UniqueConstraint("upload_id", "original_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upload_id: Mapped[str] = mapped_column(ForeignKey("uploads.id", ondelete="CASCADE"), index=True)
    original_id: Mapped[str] = mapped_column(ForeignKey("originals.id", ondelete="CASCADE"),
                                             index=True)
    score: Mapped[float] = mapped_column(Float)
    coverage_upload: Mapped[float] = mapped_column(Float)
    coverage_original: Mapped[float] = mapped_column(Float)
    matched_seconds: Mapped[float] = mapped_column(Float)
    segments: Mapped[str] = mapped_column(Text)            # JSON list of segment dicts
    # which channels matched: "video", "audio" or "video+audio" (one row, one decision); each
    # segment dict names its channel
    channel: Mapped[str] = mapped_column(String(16), default="video", server_default="video")
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
