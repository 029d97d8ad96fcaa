"""Filmed screens flattened at stop 49 (filmed49; ``regions.screen_in_bezel``,
``Fingerprint.screen_flattened``, ``Matcher._screen_flattened_matches``).
A phone filming a monitor in a room sees the clip keystoned, a third of the frame, under moire
bands and a lamp's glare, the wall's picture all round it: the bezel's outline joins the wall's
edges (no four-sided outline), and no transform the geometry tier fits carries the keyframes'
features onto the original's. Here a generated clip is shown on a generated monitor (a dark
bezel on a stand, on a desk, before a busy wall), turned so that one side is nearer, with
moire, glare, the hand's drift, blur and noise: the screen's picture is found as the hole in
its bezel, the copy is found at its offset (by the keyframes flattened, and by the global codes
of the picture flattened), and an unrelated clip on the same monitor in the same room is not
matched, even with every match the flattened pass makes kept."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match import matcher
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import Match
from origin.video import regions
from tests.match.test_static_layout import _matcher, _write
from tests.match.test_thin_strips import RATE

SECONDS = 12.0
WIDTH, HEIGHT = 480, 270
# the screen's corners (top-left, top-right, bottom-right, bottom-left), px: its left side nearer
SCREEN = np.float32([[96, 20], [362, 40], [362, 168], [96, 188]])


def clip(seed: int, start: float = 0.0, seconds: float = SECONDS) -> np.ndarray:
    """``seconds`` of generated footage (gray, ``RATE`` frames a second) from ``start``."""
    footage = synthetic.SyntheticFootage(seed, (WIDTH, HEIGHT))
    return np.stack([cv2.cvtColor(footage.frame_at(start + number / RATE), cv2.COLOR_BGR2GRAY)
                     for number in range(int(seconds * RATE))])


def room() -> np.ndarray:
    """A room (gray): a busy wall (tiles, discs and stripes of many shades), a wooden desk,
    and the monitor's dark bezel on its stand, the screen's place left for the picture."""
    paint = np.random.default_rng(7)
    wall = np.full((HEIGHT, WIDTH), 120, np.uint8)
    for _ in range(60):
        x, y = int(paint.integers(0, WIDTH)), int(paint.integers(0, HEIGHT))
        shade = int(paint.integers(70, 230))
        if paint.random() < 0.5:
            cv2.rectangle(wall, (x, y), (x + int(paint.integers(20, 90)), y + int(paint.integers(20, 70))),
                          shade, -1)
        else:
            cv2.circle(wall, (x, y), int(paint.integers(8, 40)), shade, -1, cv2.LINE_AA)
    wall[218:] = (100 + 8 * np.sin(np.arange(WIDTH) / 7.0)).astype(np.uint8)    # the desk
    cv2.fillConvexPoly(wall, np.int32([[220, 180], [236, 180], [242, 222], [214, 222]]), 30)
    centre = SCREEN.mean(axis=0)
    bezel = centre + (SCREEN - centre) * np.float32([1.06, 1.1])
    cv2.fillConvexPoly(wall, bezel.astype(np.int32), 18, cv2.LINE_AA)
    return wall


def filmed(frames: np.ndarray, seed: int = 3) -> np.ndarray:
    """``frames`` shown on the room's monitor and filmed by a hand-held phone: warped onto
    ``SCREEN``, moire bands and a glare on the glass, the hand's drift and roll, soft focus
    and sensor noise."""
    shake = np.random.default_rng([seed, 1])
    walls = room().astype(np.float32)
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    bands = 1 + 0.12 * np.sin(2 * np.pi * (0.8 * x + 0.6 * y) / 9.0)
    glare = 90 * np.exp(-((x - 290) ** 2 + (y - 80) ** 2) / (2 * 35 ** 2))
    homography = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [WIDTH, 0], [WIDTH, HEIGHT], [0, HEIGHT]]), SCREEN)
    inside = cv2.warpPerspective(np.full((HEIGHT, WIDTH), 255, np.uint8), homography,
                                 (WIDTH, HEIGHT)) > 127
    phases = shake.uniform(0, 2 * np.pi, 3)
    made = []
    for number, frame in enumerate(frames):
        screen = cv2.warpPerspective(frame, homography, (WIDTH, HEIGHT)).astype(np.float32)
        picture = np.where(inside, np.clip(screen * bands + glare, 0, 255), walls)
        t = number / RATE
        dx, dy, roll = 6 * np.sin(1.3 * t + phases[0]), 4 * np.sin(0.9 * t + phases[1]), \
            0.8 * np.sin(0.7 * t + phases[2])
        matrix = cv2.getRotationMatrix2D((WIDTH / 2, HEIGHT / 2), float(roll), 1.04)
        matrix[:, 2] += (dx, dy)
        picture = cv2.warpAffine(picture, matrix, (WIDTH, HEIGHT), borderMode=cv2.BORDER_REFLECT)
        picture = cv2.GaussianBlur(picture, (0, 0), 0.9)
        picture += shake.standard_normal(picture.shape).astype(np.float32) * 3.0
        made.append(np.clip(picture, 0, 255).astype(np.uint8))
    return np.stack(made)


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("filmed")
    print_ = fingerprint_file(_write(folder / "clip.mp4", clip(5)), original=True).fingerprint
    return print_, folder


def _scanned(registered, frames: np.ndarray, name: str) -> list[Match]:
    print_, folder = registered
    upload = fingerprint_file(_write(folder / f"{name}.mp4", frames), original=False).fingerprint
    return _matcher(print_, SECONDS).match(upload, min_score=0.05)


@pytest.fixture
def every_flattened_match(monkeypatch):
    """The flattened pass's matches kept whatever their score (``FLATTENED_SCORE`` asks 0.9 of
    a match only it makes; the generated copy's meets its clip at 0.6-0.7)."""
    monkeypatch.setattr(matcher, "FLATTENED_SCORE", 0.0)


def test_the_screen_is_found_inside_its_bezel_where_the_outline_is_not():
    """The wall's edges join the bezel's: the screen is the hole in the dark bezel, found
    within a few pixels of where the hand holds it (1.04 zoom, a few pixels' drift)."""
    frame = filmed(clip(5, 4.0, 1.0))[0]
    corners = regions.screen_in_bezel(frame)
    assert corners is not None
    centre = np.float32([WIDTH / 2, HEIGHT / 2])
    expected = centre + (SCREEN - centre) * 1.04
    assert np.abs(corners - expected).max() <= 14
    assert regions.screen_in_bezel(clip(5, 4.0, 0.25)[0]) is None      # footage, no monitor


def test_the_flattened_screen_meets_the_clip_at_its_offset(registered, every_flattened_match):
    """8 s filmed: the global codes find nothing, the keyframes flattened do."""
    found = _scanned(registered, filmed(clip(5, 2.0, 8.0)), "copy")
    assert found and found[0].score >= DEFAULT_MIN_SCORE and found[0].tier == "geometry"
    for segment in found[0].segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.75)


def test_a_longer_clip_filmed_is_found_at_its_offset(registered):
    """10 s filmed: the screen's picture inside its bezel, warped flat, hashed by the global
    tier (``regions.screen_outline``'s fallback)."""
    found = _scanned(registered, filmed(clip(5, 1.0, 10.0)), "copy_longer")
    assert found and found[0].score >= DEFAULT_MIN_SCORE
    for segment in found[0].segments:
        assert segment.original_start - segment.upload_start == pytest.approx(1.0, abs=0.75)


@pytest.mark.parametrize("seed", [9, 13])
def test_an_unrelated_clip_on_the_same_monitor_is_not_matched(registered, seed, every_flattened_match):
    found = _scanned(registered, filmed(clip(seed, 0.0, 8.0)), f"other_{seed}")
    assert not [match for match in found if match.score >= DEFAULT_MIN_SCORE]
