"""Stage 5, decide: alignments with an original become a scored ``Match``, or no match.

The score is a logistic function of the alignment evidence (per second of the original shown, the
weight of its best inlier frame, in (0, 1]: closeness squared, divided by how ambiguous the frame
is in time; see ``matcher`` and ``align``). A clean full copy gathers about its length in seconds.
On the tuning part of the real-footage suite (``benchmarks/bench_matching.py --suite real``, issue
15) the strongest coincidence, low-detail footage and visualisers of one kind included, gathers
0.57 evidence (0.51 with 1 000 catalogue originals beside it); the midpoint (score 0.5, the
default threshold) sits 1.75 times above it, and the slope puts that coincidence at score 0.1. ``benchmarks/bench_calibration.py`` checks it on
generated hard negatives and copies.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from origin.match.align import Alignment
from origin.records import DEFAULT_MIN_SCORE, Match

SCORE_MIDPOINT = 1.0
SCORE_SLOPE = 5.0
MAX_REPEATED_SHARE = 0.5      # of an alignment's original time already shown by a stronger one


@dataclass(frozen=True)
class Calibration:
    """How one channel's evidence becomes a score: logistic, 0.5 at ``midpoint``."""

    channel: str
    midpoint: float
    slope: float


VIDEO = Calibration("video", SCORE_MIDPOINT, SCORE_SLOPE)


@dataclass(frozen=True)
class OriginalInfo:
    """What a match reports about the original it found."""

    key: int
    id: str
    path: str
    owner: str | None
    published_at: datetime
    duration: float


def score(evidence: float, calibration: Calibration = VIDEO) -> float:
    return 1.0 / (1.0 + math.exp(-calibration.slope * (evidence - calibration.midpoint)))


def evidence_needed(min_score: float, calibration: Calibration = VIDEO) -> float:
    """The least evidence that scores ``min_score`` (``score`` inverted); lets the matcher skip
    originals whose hits could not add up to it."""
    if min_score <= 0:
        return -math.inf
    if min_score >= 1:
        return math.inf
    return calibration.midpoint + math.log(min_score / (1 - min_score)) / calibration.slope


def decide(original: OriginalInfo, alignments: list[Alignment], upload_duration: float,
           min_score: float = DEFAULT_MIN_SCORE, calibration: Calibration = VIDEO,
           at_most: float = math.inf) -> Match | None:
    """The match of one upload with one original, if its score reaches ``min_score``;
    ``at_most``: the most evidence the match may have, whatever its alignments' sum (the
    global tier's: each stretch of the original its frames meet counted once over all lines,
    ``matcher._one_upload_picture``)."""
    if not alignments:
        return None
    evidence = min(distinct_evidence(alignments), at_most)
    confidence = score(evidence, calibration)
    if confidence < min_score:
        return None
    segments = sorted(_shown_once(alignments), key=lambda segment: segment.upload_start)
    upload_seconds = _union_length([(s.upload_start, s.upload_end) for s in segments])
    original_seconds = _union_length([(s.original_start, s.original_end) for s in segments])
    return Match(
        original=original.id, original_path=original.path, owner=original.owner,
        published_at=original.published_at, score=confidence,
        coverage_upload=min(1.0, upload_seconds / max(upload_duration, 1e-9)),
        coverage_original=min(1.0, original_seconds / max(original.duration, 1e-9)),
        segments=tuple(segments), channel=calibration.channel)


def distinct_evidence(alignments: list[Alignment]) -> float:
    """Summed evidence of the alignments that show parts of the original not already shown.

    A copy shows each stretch of the original once (a loop adds nothing new); a slow or plain
    stretch of an unrelated original, by contrast, lines up with many moments of an upload at
    several offsets. Counting such repeats would let one coincidence add up to a match.
    """
    total, shown = 0.0, []
    for alignment in sorted(alignments, key=lambda alignment: -alignment.evidence):
        spans = [(s.original_start, s.original_end) for s in alignment.segments]
        length = _union_length(spans)
        new = _union_length(shown + spans) - _union_length(shown)
        if length > 0 and new / length > 1 - MAX_REPEATED_SHARE:
            total += alignment.evidence
            shown += spans
    return total


def _shown_once(alignments: list[Alignment]) -> list:
    """The alignments' segments, strongest alignment first, without those whose upload time a
    stronger alignment's segments mostly cover already.

    One moment of an upload shows one moment of the original: a weaker line through the same
    stretch of upload is a shadow of the copy (footage that looks alike a few seconds apart),
    and reporting it would claim a second, wrong place in the original. A copy that shows a
    part of the original twice (a loop) does so at other moments of the upload, and keeps both.
    """
    kept, spans = [], []
    for alignment in sorted(alignments, key=lambda alignment: -alignment.evidence):
        for segment in alignment.segments:
            span = (segment.upload_start, segment.upload_end)
            new = _union_length(spans + [span]) - _union_length(spans)
            if new > (1 - MAX_REPEATED_SHARE) * (span[1] - span[0]):
                kept.append(segment)
        spans += [(segment.upload_start, segment.upload_end) for segment in alignment.segments]
    return kept


def _union_length(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, -math.inf
    for start, stop in sorted(intervals):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total
