"""First-publisher priority and ownership conflicts.

The earliest published work is the original: an upload that predates the indexed item it
matches flips the roles, and the case goes to review. Two owners claiming the same stretch of an
upload are an ownership conflict: review, never an automatic takedown.
"""
from __future__ import annotations

from datetime import datetime

from origin.enforcement.clock import utc
from origin.records import Match, Segment

FIRST_PUBLISHER_FLIP = "first_publisher_flip"
OWNERSHIP_CONFLICT = "ownership_conflict"


def roles_flipped(uploaded_at: datetime | None, published_at: datetime) -> bool:
    """The upload was published before the 'original': the upload is the earlier work."""
    return uploaded_at is not None and utc(uploaded_at) < utc(published_at)


def ownership_conflicts(matches: list[Match], min_overlap: float) -> dict[str, list[str]]:
    """For each original, the originals of other owners that claim the same part of the upload.

    Overlap is measured on the upload's timeline, as a share of the shorter claim, so an upload
    that strings together clips of two owners is two copies, not a conflict.
    """
    conflicts: dict[str, list[str]] = {}
    for index, first in enumerate(matches):
        for second in matches[index + 1:]:
            if first.owner == second.owner:
                continue
            shorter = min(_covered(first.segments), _covered(second.segments))
            if shorter > 0 and _overlap(first.segments, second.segments) / shorter >= min_overlap:
                conflicts.setdefault(first.original, []).append(second.original)
                conflicts.setdefault(second.original, []).append(first.original)
    return conflicts


def _intervals(segments: tuple[Segment, ...]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted((s.upload_start, s.upload_end) for s in segments):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covered(segments: tuple[Segment, ...]) -> float:
    return sum(end - start for start, end in _intervals(segments))


def _overlap(first: tuple[Segment, ...], second: tuple[Segment, ...]) -> float:
    total = 0.0
    for a_start, a_end in _intervals(first):
        for b_start, b_end in _intervals(second):
            total += max(0.0, min(a_end, b_end) - max(a_start, b_start))
    return total
