"""A still picture in a tool's frame at stop 50 (``matcher.StandingMatch``). held_out_26's
`fitness_quiz` is a workout app (a heart box, the exercise and its countdown, a calorie ring, a
panel of intervals) over a quiz window filmed hand-held, `hh_flashcard_phone` a flash card in a
phone player: no static layout, their pictures stand still (0.54 and 0.81 of their instants),
so their codes are one picture's, and the same tool round another window met them as closely
as a copy (0.90-1.0, demoted). Their global matches wait for a keyframe pair that carries the
picture (``STANDING_CARRIED`` of what the original keyframe shows): which originals stand still,
and the four outcomes on pairs placed on the match or off it."""
from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace

import numpy as np
import pytest

from origin.match.decide import OriginalInfo
from origin.match.matcher import (STANDING_CARRIED, STILL_SCORE, IndexedOriginal, Matcher,
                                  StandingMatch)
from origin.records import Segment
from origin.video.layout import StaticLayout

WHEN = datetime(2020, 1, 1, tzinfo=timezone.utc)


def _original(codes: np.ndarray, layout: StaticLayout | None = None) -> IndexedOriginal:
    """An original sampled 4 times a second with one code an instant."""
    times = np.arange(len(codes)) / 4.0
    return IndexedOriginal(OriginalInfo(1, "o-app", "app.mp4", None, WHEN, float(times[-1])),
                           times, codes, layout)


def _matcher(keyframes: bool = True) -> Matcher:
    matcher = Matcher(None, lambda keys: {})
    matcher.keypoints = SimpleNamespace(originals={1: object()} if keyframes else {})
    return matcher


def test_which_originals_stand_still():
    """One picture's codes throughout stand still; codes drawn afresh every instant do not;
    an original with a static layout, or without keyframes to verify, is never asked."""
    rng = np.random.default_rng(50)
    still = np.repeat(rng.integers(0, 256, (1, 8), dtype=np.uint8), 48, axis=0)
    moving = rng.integers(0, 256, (48, 8), dtype=np.uint8)
    assert _matcher()._stands_still(_original(still), 1)
    assert not _matcher()._stands_still(_original(moving), 1)
    layout = StaticLayout(np.ones((1, 32, 32), bool), np.zeros((0, 8), np.uint8))
    assert not _matcher()._stands_still(_original(still, layout), 1)
    assert not _matcher(keyframes=False)._stands_still(_original(still), 1)


def _held(score: float, uncapped: float) -> StandingMatch:
    return StandingMatch("o-app", "app.mp4", None, WHEN, score, 0.9, 0.9,
                         (Segment(0.0, 10.0, 0.0, 10.0),), tier="global", uncapped=uncapped)


@pytest.mark.parametrize("score, uncapped, paired, found", [
    # a pair at its moment carrying the picture: the global match acts at its evidence's score
    (STILL_SCORE, 1.0, [(4.0, 4.0, STANDING_CARRIED + 0.2)], (1.0, "global")),
    # pairs carrying the tool's frame only: held
    (STILL_SCORE, 1.0, [(4.0, 4.0, STANDING_CARRIED - 0.2)] * 5, (STILL_SCORE, "global")),
    # a pair carrying the picture far off the match's moments: held
    (STILL_SCORE, 1.0, [(4.0, 30.0, 0.9)], (STILL_SCORE, "global")),
    # lifted by the geometry tier's pairs on the frame: the geometry tier's review, not a copy
    (1.0, 0.53, [(4.0, 4.0, STANDING_CARRIED - 0.1)], (1.0, "geometry"))])
def test_a_standing_match_acts_only_where_a_pair_carries_the_picture(score, uncapped, paired,
                                                                      found):
    matcher = _matcher()
    matcher._paired_at = {"o-app": paired}
    match = matcher._carried_at_its_moment(_held(score, uncapped))
    assert (match.score, match.tier) == found
