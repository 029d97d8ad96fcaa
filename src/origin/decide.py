"""Stage 5, decide: alignments with an original become a scored ``Match``, or no match.

The score is a logistic function of the alignment evidence (summed closeness of the inlier upload
frames, each in (0, 1]): coincidental alignments between unrelated videos gather about 1, a
ten-second copy under heavy edits well over 5, so the midpoint sits at 3 (for instance six frames
at half closeness) and the default threshold at a score of 0.5. ``benchmarks/bench_matching.py``
reports how precision and recall move with it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from origin.align import Alignment
from origin.records import Match

SCORE_MIDPOINT = 3.0
SCORE_SLOPE = 1.5
DEFAULT_MIN_SCORE = 0.5       # what ``scan`` reports as a match unless told otherwise


@dataclass(frozen=True)
class OriginalInfo:
    """What a match reports about the original it found."""

    key: int
    id: str
    path: str
    owner: str | None
    published_at: datetime
    duration: float


def score(evidence: float) -> float:
    return 1.0 / (1.0 + math.exp(-SCORE_SLOPE * (evidence - SCORE_MIDPOINT)))


def decide(original: OriginalInfo, alignments: list[Alignment], upload_duration: float,
           min_score: float = DEFAULT_MIN_SCORE) -> Match | None:
    """The match of one upload with one original, if its score reaches ``min_score``."""
    if not alignments:
        return None
    evidence = sum(alignment.evidence for alignment in alignments)
    confidence = score(evidence)
    if confidence < min_score:
        return None
    segments = sorted((segment for alignment in alignments for segment in alignment.segments),
                      key=lambda segment: segment.upload_start)
    upload_seconds = _union_length([(s.upload_start, s.upload_end) for s in segments])
    original_seconds = _union_length([(s.original_start, s.original_end) for s in segments])
    return Match(
        original=original.id, original_path=original.path, owner=original.owner,
        published_at=original.published_at, score=confidence,
        coverage_upload=min(1.0, upload_seconds / max(upload_duration, 1e-9)),
        coverage_original=min(1.0, original_seconds / max(original.duration, 1e-9)),
        segments=tuple(segments))


def _union_length(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, -math.inf
    for start, stop in sorted(intervals):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total
