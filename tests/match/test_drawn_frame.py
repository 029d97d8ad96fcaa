"""A drawn frame around a featureless picture at stop 48 (``matcher.Matcher._drawn_only``,
``DrawnFrameMatch``). held_out_23 demoted `q0253`, a re-encoded negative: the registered
`low_detail_0` (a soft gradient in a news frame whose ticker line scrolls, so no static layout
is found) met at 1.0 by the same frame and line around another gradient. Here a generated clip
of that kind, another gradient in the same frame and line re-encoded, and the clip's own copy."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks.real_suite import SIZE, Layout
from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import STILL_SCORE, DrawnFrameMatch, IndexedOriginal, Matcher
from origin.records import Segment
from tests.match.test_low_detail_at_stop_46 import _deck_matcher

SECONDS = 16.0
TICKER = 4701                 # the news frame's words, shared by every clip here
REGISTERED = 4711


@dataclass
class SoftGradient:
    """A soft picture of two colours whose boundary turns slowly (as FFmpeg's ``gradients``,
    drawn here so that every render is the same): ``seed`` sets where the boundary starts."""

    seed: int
    size: tuple[int, int]

    def frame_at(self, seconds: float) -> np.ndarray:
        rng = np.random.default_rng([self.seed, 48])
        first, second = np.array([20, 224, 20]), np.array([140, 160, 112])
        angle = rng.uniform(0, 2 * np.pi) + 0.25 * seconds
        width, height = self.size
        y, x = np.mgrid[0:height, 0:width] / max(width, height) - 0.5
        along = np.clip(0.5 + 1.2 * (x * np.cos(angle) + y * np.sin(angle)), 0, 1)[..., None]
        return (first * (1 - along) + second * along).astype(np.uint8)


def _render(folder, seed: int, name: str):
    """A soft gradient inside the news ticker's frame (``Layout``), its line scrolling, 16 s."""
    layout = Layout("ticker", TICKER)
    return synthetic.render_footage(folder / f"{name}.mp4",
                                    layout.around(SoftGradient(seed, layout.inner)), SECONDS, SIZE)


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drawn48")
    path = _render(folder, REGISTERED, "soft")
    original = fingerprint_file(str(path), original=True).fingerprint
    info = IndexedOriginal(OriginalInfo(1, "o-soft", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout)
    return folder, original, info


def _reencoded(folder, seed: int, name: str):
    """``seed``'s gradient in the frame, 2-14 s re-encoded at crf 39 (`q0253`'s), as an upload."""
    rendered = _render(folder, seed, f"{name}-source")
    upload = folder / f"{name}.mp4"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-ss", "2", "-t", "12", "-i",
                    str(rendered), "-c:v", "libx264", "-crf", "39", "-an", str(upload)],
                   check=True)
    return fingerprint_file(str(upload), original=False).fingerprint


def test_the_soft_clip_is_a_drawn_frame_without_features(registered):
    """No static layout (the line scrolls) and no features of its own: the frame's alone."""
    _, original, info = registered
    matcher = _deck_matcher(original, info)
    assert original.layout is None
    assert matcher._drawn_only(info, 1)


@pytest.mark.parametrize("seed", [4712, 4713])
def test_another_gradient_in_the_same_frame_is_not_acted_on(registered, seed):
    """The frame and line around another gradient: its whole codes meet the original's (over
    0.9), and no keyframe pair holds the original's own features; found at most for a person."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(_reencoded(folder, seed, f"other{seed}"), 0.0)
    assert all(match.score <= STILL_SCORE for match in matches)
    assert any(isinstance(match, DrawnFrameMatch) and match.uncapped > 0.9 for match in matches)


def test_the_clip_s_own_copy_is_still_found(registered):
    """The registered clip re-encoded: found, at least for a person."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(_reencoded(folder, REGISTERED, "copy"), 0.0)
    assert any(match.score >= STILL_SCORE and match.segments for match in matches)


@dataclass(frozen=True)
class _Pair:
    """A verified pair's keyframes (``VerifiedPair``'s, what ``_told_apart`` reads)."""

    upload_frame: int
    original_frame: int


@dataclass(frozen=True)
class _Keyframes:
    """Keyframes' instants (``Keypoints.times``)."""

    times: np.ndarray


def _held(score: float = 0.9) -> DrawnFrameMatch:
    return DrawnFrameMatch("o-soft", "soft.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc),
                           STILL_SCORE, 0.7, 0.5, (Segment(4.0, 12.0, 8.0, 16.0),), uncapped=score)


@pytest.mark.parametrize("upload_time, own, released", [
    (5.0, True, True),          # a pair on the original's own features, at the match's moment
    (5.0, False, False),        # a pair on the frame alone: the tool, not the picture
    (0.0, True, False)])        # own features, off the match's segments (at 0 s of 4-12 s)
def test_a_held_match_is_released_by_a_pair_on_its_own_features_at_its_moment(
        upload_time, own, released):
    info = IndexedOriginal(OriginalInfo(1, "o-soft", "soft.mp4", None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc), 16.0),
                           np.zeros(0))
    matcher = Matcher(None, lambda keys: {})
    matcher.keypoints = SimpleNamespace(originals={1: _Keyframes(np.array([upload_time + 4.0]))})
    matcher._tells_the_clip = lambda original, key, pairs, upload: False     # ``_own`` learnt
    matcher._on_own_features = lambda key, pair, upload: own
    matcher._pairs_with = {"o-soft": [(info, 1, _Keyframes(np.array([upload_time])), _Pair(0, 0))]}
    assert matcher._told_apart(_held()).score == (0.9 if released else STILL_SCORE)
