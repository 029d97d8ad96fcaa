"""Half of the picture at stop 50 (``matcher.Matcher._beside_a_half``). held_out_26's
`duet_mahjong` is a duet: the same creator's camera in the left half of every duet they make,
the answered clip in the right half. The same duet beside other content met it at 0.50-1.0 in
every tier, one re-encoded (`q0129`) demoted: its keyframe pairs carried the creator's half
alone. Here a generated duet (a hand-held camera on the left, goods on the right) is
registered; the same camera beside other goods is held at review at most, the registered duet
re-encoded keeps its strong match; and the rule's outcomes on pairs placed on one half or on
both."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks.real_suite import SIZE, HandheldPhoto
from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import HALF_PAIRS, STILL_SCORE, IndexedOriginal, Matcher, _bare_halves
from origin.records import Match, Segment
from tests.match.test_low_detail_at_stop_46 import _deck_matcher
from tests.match.test_other_content_in_frame import _goods

SECONDS = 10.0
CREATOR = 5001          # the creator's own half, the same in every duet
REGISTERED = 5002       # the registered duet's answered clip


@dataclass
class _Duet:
    """The creator's camera in the left half, the answered clip in the right (the shape of
    ``real_suite.Template``'s ``duet``)."""

    creator: object
    answered: object

    def frame_at(self, seconds: float) -> np.ndarray:
        width, height = SIZE
        frame = np.zeros((height, width, 3), np.uint8)
        frame[:, :width // 2] = self.creator.frame_at(seconds)
        frame[:, width // 2:] = self.answered.frame_at(seconds)
        return frame


def _render(folder, answered: int, name: str):
    """The creator's duet with goods ``answered`` filmed hand-held, ``SECONDS`` long."""
    half = (SIZE[0] // 2, SIZE[1])
    creator = HandheldPhoto(_goods(CREATOR)[::-1].copy(), half, SECONDS, CREATOR)
    clip = HandheldPhoto(_goods(answered), half, SECONDS, answered)
    return synthetic.render_footage(folder / f"{name}.mp4", _Duet(creator, clip), SECONDS, SIZE)


def _reencoded(folder, answered: int, name: str):
    """``answered``'s duet re-encoded at crf 30, as an upload."""
    rendered = _render(folder, answered, f"{name}-source")
    upload = folder / f"{name}.mp4"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(rendered), "-c:v", "libx264",
                    "-crf", "30", "-an", str(upload)], check=True)
    return fingerprint_file(str(upload), original=False).fingerprint


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("duet50")
    path = _render(folder, REGISTERED, "duet")
    original = fingerprint_file(str(path), original=True).fingerprint
    info = IndexedOriginal(OriginalInfo(1, "o-duet", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout)
    return folder, original, info


@pytest.mark.parametrize("seed", [5003, 5004])
def test_the_creator_beside_other_content_is_not_acted_on(registered, seed):
    """The same creator's half beside other goods, re-encoded: no match over ``STILL_SCORE``."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(_reencoded(folder, seed, f"other{seed}"), 0.0)
    assert all(match.score <= STILL_SCORE for match in matches)


def test_the_registered_duet_reencoded_is_still_found(registered):
    """The registered duet re-encoded: both halves carried, found over 0.9 at its moment."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(_reencoded(folder, REGISTERED, "copy"), 0.0)
    assert any(match.score > 0.9 and match.segments for match in matches)


def _spread(box: tuple[float, float, float, float]) -> np.ndarray:
    """Keyframe points 6 px apart over ``box`` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    xs, ys = np.meshgrid(np.arange(x0, x1, 6.0), np.arange(y0, y1, 6.0))
    return np.stack([xs.ravel(), ys.ravel()], axis=1)


LEFT = (10.0, 10.0, 230.0, 260.0)
RIGHT = (250.0, 10.0, 470.0, 260.0)
WHOLE = (10.0, 10.0, 470.0, 260.0)


def test_the_halves_a_pair_leaves_bare():
    """Inliers on the left half alone leave the right bare; on both, no half is bare."""
    assert _bare_halves(_spread(LEFT), _spread(WHOLE), SIZE) == ({"right"}, {"left", "top", "bottom"})
    assert _bare_halves(_spread(WHOLE), _spread(WHOLE), SIZE)[0] == set()
    few = _spread(LEFT)[::40]           # a weak pair carries neither half much: bare nothing
    assert _bare_halves(few, _spread(WHOLE), SIZE)[0] == set()


@pytest.mark.parametrize("carried, pairs, score", [
    ([LEFT] * HALF_PAIRS, HALF_PAIRS, STILL_SCORE),          # every pair on the creator's half
    ([LEFT] * (HALF_PAIRS - 1), HALF_PAIRS - 1, 0.99),       # too few pairs to say
    ([LEFT] * HALF_PAIRS + [WHOLE], HALF_PAIRS + 1, 0.99)])  # one pair carries the clip too
def test_a_match_on_one_half_alone_is_held(carried, pairs, score):
    matcher = Matcher(None, lambda keys: {})
    keyframe = SimpleNamespace(size=SIZE, times=np.arange(10.0))
    matcher.keypoints = SimpleNamespace(originals={1: keyframe})
    upload = SimpleNamespace(times=np.arange(10.0))
    placed = [SimpleNamespace(upload_frame=number, original_frame=number, inliers=40)
              for number in range(pairs)]
    matcher._pairs_with = {"o-duet": [(None, 1, upload, pair) for pair in placed]}
    where = {id(pair): box for pair, box in zip(placed, carried)}
    matcher._carried_and_shown = lambda key, pair, upload: (_spread(where[id(pair)]),
                                                             _spread(WHOLE))
    match = Match("o-duet", "duet.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc), 0.99,
                  0.9, 0.9, (Segment(0.0, 10.0, 0.0, 10.0),), tier="global")
    assert matcher._beside_a_half(match, 0.0).score == score
