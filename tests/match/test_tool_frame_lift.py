"""A tool's frame around other content at stop 48 (``matcher.Matcher._lift_on_frame``).
held_out_24 demoted `q0167`, a framed 9:16 negative: another soft clip inside `player_deep`'s
music player (the same track, progress bar and visualiser bars, ``real_suite.Template``'s
``player``), met by the global codes at 0.57 and lifted to 0.99 by keyframe pairs verified on
the player alone. Here a generated soft clip in such a player, its own copy, and another soft
clip in the same player framed 9:16 (both re-encoded): the last is still demoted (strict
xfail), the limit of a rule on the lift alone."""
from __future__ import annotations

import subprocess
from types import SimpleNamespace
from datetime import datetime, timezone

import cv2
import numpy as np
import pytest

from benchmarks.real_suite import SIZE, Faded, HandheldPhoto, Template
from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher
from origin.records import Match, Segment
from tests.match.test_low_detail_at_stop_46 import _deck_matcher

SECONDS = 12.0
PLAYER = 2403                 # the player's track, bars and colour, shared by every clip here
REGISTERED = 4811
REVIEW_AT_MOST = 0.6          # the default policy's ``low_confidence``: a person decides


def _soft_picture(seed: int) -> np.ndarray:
    """Dark water with a few soft lights: blobs of colour on a deep blue, blurred (fog)."""
    rng = np.random.default_rng([seed, 48])
    picture = np.zeros((400, 400, 3), np.uint8)
    picture[:] = (70, 30, 10)
    for _ in range(6):
        centre = tuple(int(v) for v in rng.integers(40, 360, 2))
        colour = tuple(int(v) for v in rng.integers(60, 255, 3))
        cv2.circle(picture, centre, int(rng.integers(20, 60)), colour, -1)
    return cv2.GaussianBlur(picture, (0, 0), 8)


def _render(folder, seed: int, name: str):
    """``seed``'s soft picture filmed hand-held as the player's cover, opening on black and
    closing to black (`player_deep`'s night), 12 s."""
    player = Template("player", PLAYER, {}, SECONDS)
    inside = Faded(HandheldPhoto(_soft_picture(seed), player.inner, SECONDS, seed), SECONDS,
                   1.5, 2.5, 2.0)
    return synthetic.render_footage(folder / f"{name}.mp4", player.around(inside), SECONDS, SIZE)


def _reencoded(folder, seed: int, name: str, framed: bool):
    """``seed``'s clip in the player re-encoded at crf 30, padded to 9:16 where ``framed``."""
    rendered = _render(folder, seed, f"{name}-source")
    upload = folder / f"{name}.mp4"
    pad = ["-vf", "scale=360:-2,pad=360:640:0:(oh-ih)/2:color=0xa898d8"] if framed else []
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(rendered), *pad,
                    "-c:v", "libx264", "-crf", "30", "-an", str(upload)], check=True)
    return fingerprint_file(str(upload), original=False).fingerprint


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("frame48")
    path = _render(folder, REGISTERED, "deep")
    original = fingerprint_file(str(path), original=True).fingerprint
    info = IndexedOriginal(OriginalInfo(1, "o-deep", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout)
    return folder, original, info


def test_the_player_is_a_drawn_frame(registered):
    """No static layout (the bars and progress move) and most keyframe spots on the player."""
    _, original, info = registered
    assert original.layout is None
    assert _deck_matcher(original, info)._draws_a_frame(info, 1)


@pytest.mark.xfail(strict=True, reason=(
    "the generated player's frame carries the global codes alone (another clip: 0.90, no "
    "lift), or its progress knob and visualiser bars, the same in every render, verify as "
    "the original's own features (0.59 lifted to 0.998): the rule judges the lift only"))
@pytest.mark.parametrize("seed", [4812, 4813])
def test_another_soft_clip_in_the_same_player_is_not_demoted(registered, seed):
    """The player around another soft clip, framed 9:16: found (its keyframes verify on the
    player), but no global match over the review line."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(
        _reencoded(folder, seed, f"other{seed}", framed=True), 0.0)
    assert matches
    assert all(match.tier != "global" or match.score <= REVIEW_AT_MOST for match in matches)


def test_the_clip_s_own_copy_is_still_demoted(registered):
    """The registered clip re-encoded in the same player: a global match over the review line."""
    folder, original, info = registered
    matches = _deck_matcher(original, info).match(
        _reencoded(folder, REGISTERED, "copy", framed=False), 0.0)
    assert any(match.tier == "global" and match.score > REVIEW_AT_MOST for match in matches)


def _match(score: float, tier: str = "global") -> Match:
    return Match("o-deep", "deep.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc), score,
                 0.9, 0.9, (Segment(0.0, 10.0, 0.0, 10.0),), tier=tier)


@pytest.mark.parametrize("frame, pairs, score", [
    (True, [(4.0, 4.0, True)], 0.99),     # a pair on the original's own features on the match
    (True, [(4.0, 4.0, False)], 0.57),    # pairs on the frame alone: the global codes' score
    (True, [(4.0, 14.0, True)], 0.57),    # own features, off the match's segments (at 14 s)
    (False, [(4.0, 4.0, False)], 0.99)])  # an original that draws no frame: lifted as before
def test_the_geometry_tier_lifts_a_framed_original_s_match_only_on_its_own_features(
        frame, pairs, score):
    info = IndexedOriginal(OriginalInfo(1, "o-deep", "deep.mp4", None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc), 16.0),
                           np.zeros(0))
    matcher = Matcher(None, lambda keys: {})
    matcher.keypoints = SimpleNamespace(originals={1: SimpleNamespace(
        times=np.array([original for _, original, _ in pairs]))})
    matcher._draws_a_frame = lambda original, key: frame
    matcher._tells_the_clip = lambda original, key, pairs, upload: False     # ``_own`` learnt
    matcher._on_own_features = lambda key, pair, upload: pair.own
    matcher._pairs_with = {"o-deep": [
        (info, 1, SimpleNamespace(times=np.array([upload])),
         SimpleNamespace(upload_frame=0, original_frame=index, own=own))
        for index, (upload, _, own) in enumerate(pairs)]}
    assert matcher._lift_on_frame(_match(0.99), _match(0.57)).score == score
    geometry = _match(0.99, tier="geometry")             # the geometry tier's own: a review
    assert matcher._lift_on_frame(geometry, _match(0.57)) is geometry
