"""The records the matching core hands to everything downstream (enforcement, reports, JSON).

Kept in one small module so domain packages can import them without pulling in FAISS or video
decoding.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Segment:
    """A copied stretch: ``upload_start..upload_end`` copies ``original_start..original_end`` (s)."""

    upload_start: float
    upload_end: float
    original_start: float
    original_end: float

    @property
    def upload_seconds(self) -> float:
        return self.upload_end - self.upload_start

    @property
    def original_seconds(self) -> float:
        return self.original_end - self.original_start


@dataclass(frozen=True)
class Match:
    """One upload copying one original: which parts, and how sure (``score`` in 0..1)."""

    original: str                      # original id
    original_path: str
    owner: str | None
    published_at: datetime
    score: float
    coverage_upload: float             # share of the upload's duration that copies this original
    coverage_original: float           # share of the original's duration that was copied
    segments: tuple[Segment, ...]

    @property
    def matched_seconds(self) -> float:
        return sum(segment.upload_seconds for segment in self.segments)

    def to_json(self) -> dict:
        data = asdict(self)
        data["published_at"] = self.published_at.isoformat()
        data["segments"] = [asdict(segment) for segment in self.segments]
        for key in ("score", "coverage_upload", "coverage_original"):
            data[key] = round(data[key], 4)
        for segment in data["segments"]:
            for key, value in segment.items():
                segment[key] = round(value, 2)
        return data


@dataclass
class ScanResult:
    """What scanning one upload produced; ``error`` is set instead of raising, so batches go on."""

    upload: str                        # the path as given
    upload_id: str | None = None       # "u-" + content hash, None when the file was unreadable
    duration: float | None = None
    matches: list[Match] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict:
        return {
            "upload": self.upload,
            "upload_id": self.upload_id,
            "duration": None if self.duration is None else round(self.duration, 3),
            "matches": [match.to_json() for match in self.matches],
            "error": self.error,
        }
