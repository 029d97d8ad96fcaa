"""Templates in the rectified frames at stop 44 (``matcher._tells_the_moment``). held_out_19's
ring of spectrum bars (bars bent round a disc by one ``remap``, drawn whatever the music) drawn
on other music verified a few weak keyframe pairs on the ring, and the upload's frames warped
back by them met the registered ring's codes at every moment alike: a `geometry_only` review at
0.89-1.0 on lines 2-10 s off where they met it best elsewhere. The rectified frames now place a
copy only where they meet the original better than on every line of the same speed 2 s or more
off. Here that rule on hits built as a template's (it refuses their best line) and a copy's (it
keeps the copy's line), and a generated ring in a workspace: its turned and zoomed copy and its
copy in a split screen are still found at their offset, and the ring drawn on other music
beside a low-detail clip is not matched (this generated ring's other rendering verifies too few
pairs for the rectified frames to matter: the hits' tests are the ones the rule decides)."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin.match.align import WIDE_SPEEDS, FrameMatches, align
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import _one_still_picture, _tells_the_moment
from tests.match.test_static_layout import _write
from tests.match.test_thin_strips import RATE

WIDTH, HEIGHT = 480, 270
ORIGINAL_SECONDS, UPLOAD_SECONDS = 14.0, 12.0
COPIED_FROM = 2.0            # s of the original the copies start at


def _template_hits(seed: int) -> FrameMatches:
    """Every upload frame (4 a second) meeting every instant of the original (4 a second) about
    as closely: a template hashed alike at every moment."""
    rng = np.random.default_rng(seed)
    upload, original = np.meshgrid(np.arange(0, UPLOAD_SECONDS, 1 / RATE),
                                   np.arange(0, ORIGINAL_SECONDS, 1 / RATE), indexing="ij")
    return FrameMatches(upload.ravel(), original.ravel(), rng.uniform(0.05, 0.3, upload.size))


def _best_line(hits: FrameMatches):
    return align(hits, UPLOAD_SECONDS, ORIGINAL_SECONDS, 1 / RATE, WIDE_SPEEDS)[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_template_s_best_line_does_not_tell_the_moment(seed):
    """The line the vote takes through a template's hits is chance: lines 2 s or more off
    gather as much per second of the original."""
    hits = _template_hits(seed)
    assert not _tells_the_moment(_best_line(hits), hits, ORIGINAL_SECONDS)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_copy_over_the_same_template_tells_its_moment(seed):
    """The same hits with a copy's line through them (each frame meeting its own moment more
    closely): the vote takes it, and no line off it gathers as much."""
    template = _template_hits(seed)
    on_line = np.abs(template.original_times - (template.upload_times + COPIED_FROM)) < 0.01
    weights = np.where(on_line, 0.6, template.weights)
    hits = FrameMatches(template.upload_times, template.original_times, weights)
    line = _best_line(hits)
    assert line.offset == pytest.approx(COPIED_FROM, abs=0.3)
    assert _tells_the_moment(line, hits, ORIGINAL_SECONDS)


def test_one_still_picture_is_asked_nothing():
    """Over a stretch of keyframes that show one still picture (a screen recording) any line
    fits; the still-picture rules count it (``_one_picture_evidence``), not this one."""
    line = _best_line(_template_hits(1))
    times = np.arange(ORIGINAL_SECONDS)
    assert _one_still_picture(line, times, np.zeros(len(times), np.int64))
    assert not _one_still_picture(line, times, np.arange(len(times)))


def ring(seed: int, seconds: float = ORIGINAL_SECONDS) -> np.ndarray:
    """A ring visualiser (gray, ``WIDTH`` x ``HEIGHT``): a strip of spectrum bars (frequency
    across, log-spaced; level up, following the music ``seed``) bent round a filled disc,
    mirrored left and right, as held_out_19's ``remap`` draws it."""
    rng = np.random.default_rng(seed)
    columns, rows = 512, 64
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    radius = np.hypot(x - WIDTH / 2, y - HEIGHT / 2)
    angle = np.abs(np.arctan2(x - WIDTH / 2, -(y - HEIGHT / 2))) / np.pi   # 0 top, 1 bottom
    inner, outer = 0.22 * HEIGHT, 0.48 * HEIGHT
    on_ring = (radius >= inner) & (radius < outer)
    map_x = np.where(on_ring, angle * (columns - 1), -1).astype(np.float32)
    map_y = np.where(on_ring, (rows - 1) * (1 - (radius - inner) / (outer - inner)), -1
                     ).astype(np.float32)
    back = np.full((HEIGHT, WIDTH), 14, np.uint8)
    cv2.circle(back, (WIDTH // 2, HEIGHT // 2), round(0.18 * HEIGHT), 90, -1, cv2.LINE_AA)
    edges = np.unique(np.round(np.geomspace(1, columns, 90)).astype(int))
    bars = len(edges) - 1
    phases, rates = rng.uniform(0, 2 * np.pi, (3, bars)), rng.uniform(0.5, 2.5, (3, bars))
    tilt = np.linspace(1.0, 0.5, bars)
    made = []
    for number in range(int(seconds * RATE)):
        energy = np.mean(np.sin(rates * number / RATE + phases), axis=0)
        levels = np.clip(tilt * (0.7 + 0.3 * energy) + rng.normal(0, 0.04, bars), 0.05, 1.0)
        strip = np.zeros((rows, columns), np.uint8)
        for bar in range(bars):
            strip[int(round((1 - levels[bar]) * (rows - 1))):, edges[bar]:edges[bar + 1]] = 235
        bent = cv2.remap(strip, map_x, map_y, cv2.INTER_NEAREST, borderValue=0)
        frame = back.copy()
        frame[bent > 0] = bent[bent > 0]
        made.append(frame)
    return np.stack(made)


def _low_detail(seconds: float) -> np.ndarray:
    """A dark clip with one faint line drifting up and down."""
    made = []
    for number in range(int(seconds * RATE)):
        frame = np.full((HEIGHT, WIDTH), 12, np.uint8)
        level = int(HEIGHT / 2 + 20 * np.sin(number / 9))
        cv2.line(frame, (60, level), (300, level), 120, 2)
        made.append(frame)
    return np.stack(made)


def _split(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left``'s middle half beside ``right`` fitted into the other half (letterboxed)."""
    made = []
    for first, second in zip(left, right):
        frame = np.zeros((HEIGHT, WIDTH), np.uint8)
        frame[:, :WIDTH // 2] = first[:, WIDTH // 4:WIDTH // 4 + WIDTH // 2]
        frame[HEIGHT // 4:HEIGHT // 4 + HEIGHT // 2, WIDTH // 2:] = cv2.resize(
            second, (WIDTH // 2, HEIGHT // 2), interpolation=cv2.INTER_AREA)
        made.append(frame)
    return np.stack(made)


def _turned(frames: np.ndarray, degrees: float = 6.0, zoom: float = 1.15) -> np.ndarray:
    matrix = cv2.getRotationMatrix2D((WIDTH / 2, HEIGHT / 2), degrees, zoom)
    return np.stack([cv2.warpAffine(frame, matrix, (WIDTH, HEIGHT),
                                    borderMode=cv2.BORDER_REFLECT) for frame in frames])


def test_a_ring_s_copies_are_found_and_the_ring_on_other_music_is_not(tmp_path):
    from origin import Workspace
    original = ring(1)
    copied = original[int(COPIED_FROM * RATE):int((COPIED_FROM + UPLOAD_SECONDS) * RATE)]
    beside = _low_detail(UPLOAD_SECONDS)
    uploads = {"turned": _turned(copied), "split": _split(beside, copied),
               "other": _split(beside, ring(2, UPLOAD_SECONDS))}
    with Workspace(tmp_path / "ws") as workspace:
        [added] = list(workspace.add_originals([_write(tmp_path / "ring.mp4", original)]))
        assert added.status == "added"
        results = {Path(result.upload).stem: result for result in workspace.scan(
            [_write(tmp_path / f"{name}.mp4", frames) for name, frames in uploads.items()])}
    assert [match for match in results["other"].matches if match.score >= DEFAULT_MIN_SCORE] == []
    for name in ("turned", "split"):
        [match] = [match for match in results[name].matches if match.score >= DEFAULT_MIN_SCORE]
        for segment in match.segments:
            assert segment.original_start - segment.upload_start == pytest.approx(COPIED_FROM,
                                                                                  abs=0.6)
