"""Segments that all land on one short stretch of the original are one piece of evidence
(``matcher._one_upload_picture``): held_out_13's `q0207`, a low-detail clip,
met the dark opening of a spectrum visualiser with four lines over its 12 s, all on 1.7 s of
the original, and its frames (never one still picture: 6-30 bits apart) met one original
moment again and again, counted once per second of the slow line that crossed it: 0.642,
demoted. Here a dark scroll of bars is registered; an upload whose every frame is one of its
pictures, disturbed afresh each frame (shifted a few rows, brighter or dimmer, noisy), makes no
match (0.641 and 0.680 before), and where the moment's neighbours look alike enough to pass
(0.898 -> 0.593, 0.948 -> 0.646: each of the few moments met counts once, and they are
neighbours) the default policy only has a person look (``short_original``: the match shows
1.6-1.8 s of the original over 12 s of upload); a copy of the scroll, in time or slowed to half
speed, is still found at its offset, and demoted."""
from __future__ import annotations

import numpy as np
import pytest

from origin.enforcement.config import load_policy
from origin.enforcement.policies import MatchFacts, evaluate
from origin.video.fingerprint import fingerprint_upload
from tests.match.test_still_uploads import scrolled  # noqa: F401 (the fixture, shared)
from tests.match.test_thin_strips import RATE, _decoded


def one_moment(picture: np.ndarray, seconds: float = 12.0, seed: int = 1) -> np.ndarray:
    """An upload whose every frame is ``picture`` shifted up to 4 rows, 0.7-1.3 times as
    bright, with noise (8 gray levels): one moment of the original, never one still picture."""
    rng = np.random.default_rng(seed)
    frames = []
    for _ in range(int(seconds * RATE)):
        disturbed = (np.roll(picture.astype(np.float32), int(rng.integers(-4, 5)), axis=0)
                     * rng.uniform(0.7, 1.3) + rng.normal(0, 8, picture.shape))
        frames.append(np.clip(disturbed, 0, 255).astype(np.uint8))
    return np.stack(frames)


def verdict(match, tmp_path):
    """The default policy's decision on ``match`` (nobody's own, nothing declared)."""
    return evaluate(load_policy(tmp_path), MatchFacts(
        original=match.original, owner="studio", uploader="copier", declared=False,
        score=match.score, matched_seconds=match.matched_seconds,
        original_seconds=match.original_seconds, coverage_upload=match.coverage_upload,
        coverage_original=match.coverage_original))


@pytest.mark.parametrize("seed", [1, 2])
def test_frames_that_all_meet_one_moment_make_no_match(scrolled, seed):
    original, matcher = scrolled
    upload = one_moment(original[int(8.0 * RATE)], seed=seed)
    assert matcher.match(fingerprint_upload(_decoded("moment", upload))) == []  # 0.641, 0.680


@pytest.mark.parametrize("moment", [6.0, 10.0])
def test_one_moment_that_still_passes_is_only_reviewed(scrolled, tmp_path, moment):
    original, matcher = scrolled
    upload = one_moment(original[int(moment * RATE)], seed=2 if moment == 10.0 else 1)
    [match] = matcher.match(fingerprint_upload(_decoded("moment", upload)))  # 0.898, 0.948 before
    assert match.matched_seconds > 8.0 and match.original_seconds < 2.0
    assert verdict(match, tmp_path).decision == "review"


def test_a_copy_of_the_scroll_is_found_at_its_offset(scrolled, tmp_path):
    original, matcher = scrolled
    copy = np.clip(original[int(8 * RATE):int(14 * RATE)].astype(np.int16) + 10, 0, 255)
    [match] = matcher.match(fingerprint_upload(_decoded("copy", copy.astype(np.uint8))))
    assert match.score > 0.99
    [segment] = match.segments
    assert segment.original_start == pytest.approx(8.0, abs=0.25)
    assert segment.original_end == pytest.approx(14.0, abs=0.25)
    assert verdict(match, tmp_path).decision == "demote"


def test_a_copy_slowed_to_half_speed_is_found_at_its_offset(scrolled):
    original, matcher = scrolled
    slowed = np.repeat(original[int(6 * RATE):int(12 * RATE)], 2, axis=0)    # each picture twice
    [match] = matcher.match(fingerprint_upload(_decoded("slowed", slowed)))
    assert match.score > 0.99
    assert min(segment.original_start for segment in match.segments) == pytest.approx(6.0, abs=0.3)
    assert max(segment.original_end for segment in match.segments) == pytest.approx(12.0, abs=0.3)
