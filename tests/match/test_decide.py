import math
from datetime import datetime, timezone

import numpy as np
import pytest

from origin.match.align import FrameMatches, align
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo, decide, evidence_needed, score

ORIGINAL = OriginalInfo(1, "o-1", "original.mp4", "creator", datetime(2026, 1, 1, tzinfo=timezone.utc),
                        20.0)


def test_a_still_stretch_hit_again_and_again_is_no_match():
    # One second of a slow original (16.2-17.0 s) lines up with six moments of a 20 s upload: each
    # is a plausible alignment on its own, together they show one second of the original.
    t = np.concatenate([start + np.arange(0.0, 1.0, 0.25) for start in (0, 3, 6, 9, 12, 15)])
    r = 16.2 + np.tile(np.arange(0.0, 1.0, 0.25) * 0.8, 6)
    found = align(FrameMatches(t, r, np.full(len(t), 0.9)), 20.0, 20.0, 0.25)
    assert len(found) >= 2
    assert decide(ORIGINAL, found, 20.0) is None


def test_a_sparse_but_long_copy_is_a_match():
    # A heavily edited copy: one upload frame in three still hits, weakly, along 16 s.
    t = np.arange(2.0, 18.0, 0.75)
    found = align(FrameMatches(t, t + 0.1, np.full(len(t), 0.35)), 20.0, 20.0, 0.25)
    match = decide(ORIGINAL, found, 20.0)
    assert match is not None and match.score >= DEFAULT_MIN_SCORE
    assert abs(match.segments[0].original_start - 2.0) < 0.5


def test_evidence_needed_inverts_the_score():
    for min_score in (0.05, 0.5, 0.93):
        assert score(evidence_needed(min_score)) == pytest.approx(min_score)
    assert evidence_needed(0.0) == -math.inf
