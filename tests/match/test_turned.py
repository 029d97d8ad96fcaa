"""Copies turned in their pixels (held_out_18's and held_out_19's ``turn_quarter`` and
``turn_half``: 0 of 7 found on held_out_19 at stop 43): a copy turned 90, 180 or 270 degrees is
found at its offset, by the global tier's turned codes and, where those are not asked, by the
geometry tier's turned transforms; an unrelated video, turned or not, is not matched
(docs/matching.md, *Turned copies at stop 44*)."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.index.frames import FrameIndex
from origin.index.hits import FrameHits
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher
from tests.match.test_handheld_zoom import placed_at

SIZE = (480, 270)
START, SECONDS = 3.0, 6.0        # the piece of the original each copy shows
TURNS = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}


def turned(path: Path, source: Path, quarters: int, start: float = START,
           seconds: float = SECONDS, bars: bool = False) -> Path:
    """Seconds ``start`` to ``start + seconds`` of ``source`` turned ``quarters`` times 90°
    clockwise in its pixels, encoded again: a quarter turn in a portrait frame, or with
    ``bars`` fitted into the landscape frame between black bars (as the suite's ``Turned``)."""
    size = (SIZE[1], SIZE[0]) if quarters % 2 and not bars else SIZE
    with synthetic.VideoWriter(path, size, synthetic.DEFAULT_FPS) as writer:
        for t, frame in synthetic.iter_frames(source):
            if not start <= t < start + seconds:
                continue
            picture = cv2.rotate(frame, TURNS[quarters]) if quarters else frame
            if bars and quarters % 2:
                width = round(picture.shape[1] * SIZE[1] / picture.shape[0])
                canvas = np.zeros((SIZE[1], SIZE[0], 3), np.uint8)
                left = (SIZE[0] - width) // 2
                canvas[:, left:left + width] = cv2.resize(picture, (width, SIZE[1]),
                                                          interpolation=cv2.INTER_AREA)
                picture = canvas
            writer.write(picture)
    return path


@pytest.fixture(scope="module")
def footage(tmp_path_factory):
    folder = tmp_path_factory.mktemp("turned")
    original = synthetic.generate_video(folder / "original.mp4", seed=61, seconds=12, size=SIZE)
    unrelated = synthetic.generate_video(folder / "unrelated.mp4", seed=62, seconds=10, size=SIZE)
    return folder, original, unrelated


@pytest.fixture(scope="module")
def both_tiers(footage):
    folder, original, _ = footage
    return one_original_matcher(original, "o-turned", FrameIndex(folder / "index"))


@pytest.fixture(scope="module")
def geometry_only(footage):
    """The geometry tier alone (no frame index, no global hits): what it does with a turned
    copy."""
    return one_original_matcher(footage[1], "o-turned")


def _upload(path: Path):
    return fingerprint_file(str(path), original=False).fingerprint


@pytest.mark.parametrize("quarters", [1, 2, 3])
def test_a_copy_turned_in_its_pixels_is_found_at_its_offset(footage, both_tiers, quarters):
    folder, original, _ = footage
    copy = _upload(turned(folder / f"copy_{quarters}.mp4", original, quarters))
    [match] = both_tiers.match(copy)
    assert match.score >= 0.9 and match.tier == "turned"
    assert placed_at(match, START)


def test_a_short_quarter_turn_between_black_bars_is_found_at_its_offset(footage, both_tiers):
    folder, original, _ = footage
    copy = _upload(turned(folder / "barred.mp4", original, 1, 5.0, 3.5, bars=True))
    [match] = both_tiers.match(copy)
    assert match.score >= DEFAULT_MIN_SCORE
    assert placed_at(match, 5.0)


@pytest.mark.parametrize("quarters", [1, 2])
def test_the_geometry_tier_verifies_a_turned_copy_turned(footage, geometry_only, quarters):
    """Without the global tier: ORB's descriptors turn with the picture, so the keyframes'
    candidates are the original's; a transform turned a quarter or half is verified only in
    the last pass, which allows it."""
    folder, original, _ = footage
    copy = _upload(turned(folder / f"geometry_{quarters}.mp4", original, quarters))
    [match] = geometry_only.match_hits(copy, FrameHits.empty(len(copy.codes)))
    assert match.score >= DEFAULT_MIN_SCORE and match.tier == "turned"
    assert placed_at(match, START)


@pytest.mark.parametrize("quarters", [0, 1, 2, 3])
def test_an_unrelated_video_turned_or_not_is_not_matched(footage, both_tiers, quarters):
    folder, _, unrelated = footage
    upload = _upload(turned(folder / f"unrelated_{quarters}.mp4", unrelated, quarters,
                            start=0.0, seconds=10.0))
    assert not [match for match in both_tiers.match(upload, 0.0)
                if match.score >= DEFAULT_MIN_SCORE]
