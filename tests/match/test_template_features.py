"""Templates at stop 45 (``index.keypoints.template_features``, ``verify._on_content``).
held_out_20's turntable visualiser draws the same player (platter, tonearm, title bars, a button,
level meters) around whatever record cover and music it is given: the geometry tier verified
the registered turntable in 30 negatives (other covers, other music) at 0.52-1.0, every inlier
on the player. An original's features that stay put across its keyframes are learnt as a
template, and a verified pair needs ``MIN_INLIERS`` spots on the rest. Here a generated
turntable: the player's features are learnt as the template, the cover's not; the player round
another cover on other music is not matched by the geometry tier; copies of the registered one
(scaled onto a canvas, zoomed) are still found by it at their offset. (The geometry tier alone:
this plain generated player also meets the registered one's global codes, which the layouts of
``video/layout.py`` answer for the real suite's turntable.)"""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin.index.keypoints import template_features
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher
from tests.match.test_static_layout import _write
from tests.match.test_thin_strips import RATE

WIDTH, HEIGHT = 480, 270
ORIGINAL_SECONDS, UPLOAD_SECONDS = 14.0, 10.0
COPIED_FROM = 2.0              # s of the original the copies start at
CENTRE, DISC, LABEL = (150, 135), 115, 62   # px: the platter's centre and radii
TURN_SECONDS = 6.0             # a turn of the record


def _cover(seed: int) -> np.ndarray:
    """A record cover: a square of overlapping rectangles and discs of random grays (corners
    and edges everywhere), different for each seed."""
    rng = np.random.default_rng(seed)
    side = 2 * LABEL + 2
    cover = np.full((side, side), int(rng.integers(60, 200)), np.uint8)
    for _ in range(40):
        x, y = rng.integers(0, side, 2)
        w, h = rng.integers(6, 40, 2)
        shade = int(rng.integers(0, 256))
        if rng.random() < 0.6:
            cv2.rectangle(cover, (int(x), int(y)), (int(x + w), int(y + h)), shade, -1)
        else:
            cv2.circle(cover, (int(x), int(y)), int(w // 2), shade, -1)
    return cover


def turntable(cover_seed: int, music_seed: int, seconds: float = ORIGINAL_SECONDS,
              phase: float = 0.0) -> np.ndarray:
    """A turntable visualiser (gray, ``WIDTH`` x ``HEIGHT``, ``RATE`` frames a second): the
    same drawn player whatever it is given, the cover ``cover_seed`` turning on the platter
    and two level meters following the music ``music_seed``."""
    rng = np.random.default_rng(music_seed)
    cover = _cover(cover_seed)
    player = np.full((HEIGHT, WIDTH), 34, np.uint8)
    cv2.circle(player, CENTRE, DISC, 14, -1, cv2.LINE_AA)
    for radius in range(LABEL + 8, DISC - 4, 7):               # grooves
        cv2.circle(player, CENTRE, radius, 26, 1, cv2.LINE_AA)
    cv2.rectangle(player, (300, 30), (440, 40), 235, -1)      # title and artist bars
    cv2.rectangle(player, (300, 50), (390, 56), 150, -1)
    cv2.rectangle(player, (300, 70), (318, 88), 170, -1)      # a button
    cv2.rectangle(player, (300, 100), (330, 112), 120, -1)
    side = cover.shape[0]
    y, x = np.mgrid[0:side, 0:side]
    on_label = np.hypot(x - side / 2, y - side / 2) <= LABEL
    made = []
    for number in range(int(seconds * RATE)):
        frame = player.copy()
        angle = 360.0 * (number / RATE / TURN_SECONDS + phase)
        turned = cv2.warpAffine(cover, cv2.getRotationMatrix2D((side / 2, side / 2), angle, 1.0),
                                (side, side), borderMode=cv2.BORDER_REFLECT)
        top, left = CENTRE[1] - side // 2, CENTRE[0] - side // 2
        frame[top:top + side, left:left + side][on_label] = turned[on_label]
        cv2.circle(frame, CENTRE, 4, 0, -1)                    # the spindle
        cv2.line(frame, (280, 28), (205, 175), 200, 4, cv2.LINE_AA)   # tonearm
        cv2.circle(frame, (280, 28), 11, 180, -1, cv2.LINE_AA)
        for row, level in zip((215, 235), rng.uniform(0.2, 1.0, 2)):  # meters
            cv2.rectangle(frame, (300, row), (300 + int(140 * level), row + 8), 200, -1)
        made.append(frame)
    return np.stack(made)


def _on_canvas(frames: np.ndarray, scale: float = 0.8) -> np.ndarray:
    """``frames`` scaled by ``scale`` onto a dark canvas of the same size, off centre."""
    width, height = round(WIDTH * scale), round(HEIGHT * scale)
    made = np.full_like(frames, 8)
    for frame, out in zip(frames, made):
        out[20:20 + height, 60:60 + width] = cv2.resize(frame, (width, height),
                                                        interpolation=cv2.INTER_AREA)
    return made


def _zoomed(frames: np.ndarray, zoom: float = 1.2) -> np.ndarray:
    matrix = cv2.getRotationMatrix2D((WIDTH / 2, HEIGHT / 2), 0.0, zoom)
    return np.stack([cv2.warpAffine(frame, matrix, (WIDTH, HEIGHT)) for frame in frames])


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("turntable")
    path = _write(folder / "turntable.mp4", turntable(1, 1))
    return folder, path, one_original_matcher(path, "o-turntable")


def test_the_player_is_learnt_as_the_template_and_the_cover_is_not(registered):
    """The features on the drawn player stay put; those on the turning cover do not."""
    _, path, _ = registered
    keypoints = fingerprint_file(path, original=True).fingerprint.keypoints
    template = template_features(keypoints)
    scale = keypoints.size[0] / WIDTH
    distance = np.hypot(*(keypoints.points / scale - np.array(CENTRE)).T)
    on_cover = distance < LABEL - 6
    on_player = keypoints.points[:, 0] / scale > 290          # bars, button, meters' starts
    assert on_cover.sum() > 100 and on_player.sum() > 100
    assert template[on_cover].mean() < 0.1
    assert template[on_player].mean() > 0.5


def test_a_film_that_moves_everywhere_has_no_template(registered):
    """The cover alone, turning, filling the frame: nothing stays put."""
    folder, _, _ = registered
    cover = cv2.resize(_cover(3), (HEIGHT, HEIGHT))
    frames = np.stack([np.pad(cv2.warpAffine(cover, cv2.getRotationMatrix2D(
        (HEIGHT / 2, HEIGHT / 2), 360.0 * number / RATE / TURN_SECONDS, 1.3), (HEIGHT, HEIGHT),
        borderMode=cv2.BORDER_REFLECT), ((0, 0), (105, 105)), mode="reflect")
        for number in range(int(ORIGINAL_SECONDS * RATE))])
    keypoints = fingerprint_file(_write(folder / "turning.mp4", frames),
                                 original=True).fingerprint.keypoints
    assert template_features(keypoints).mean() < 0.05


@pytest.mark.parametrize("cover_seed, music_seed, phase", [(2, 2, 0.0), (3, 3, 0.3), (4, 1, 0.6)])
def test_the_player_round_another_cover_is_not_matched(registered, cover_seed, music_seed, phase):
    """The same player round another cover on other music (re-encoded, and scaled onto a
    canvas) shares every drawn point with the registered turntable, and nothing else."""
    folder, _, matcher = registered
    other = turntable(cover_seed, music_seed, UPLOAD_SECONDS, phase)
    for name, frames in (("plain", other), ("canvas", _on_canvas(other))):
        upload = fingerprint_file(_write(folder / f"other-{cover_seed}-{name}.mp4", frames),
                                  original=False).fingerprint
        found = matcher.geometry_matches(upload)
        assert [match for match in found if match.score >= DEFAULT_MIN_SCORE] == []


@pytest.mark.parametrize("family", ["canvas", "zoom"])
def test_a_copy_of_the_turntable_is_found_at_its_offset(registered, family):
    folder, _, matcher = registered
    copied = turntable(1, 1)[int(COPIED_FROM * RATE):int((COPIED_FROM + UPLOAD_SECONDS) * RATE)]
    frames = _on_canvas(copied) if family == "canvas" else _zoomed(copied)
    upload = fingerprint_file(_write(folder / f"copy-{family}.mp4", frames),
                              original=False).fingerprint
    found = matcher.geometry_matches(upload)
    [match] = [match for match in found if match.score >= DEFAULT_MIN_SCORE]
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(COPIED_FROM, abs=0.6)
