"""Odd-shaped originals inside layouts (issue 15, stop 36): a 5:1 strip shrunk into a
picture-in-picture window over busy footage is found by the window's own features
(``fingerprint._parts``), where the keyframes' strongest corners all lie on the footage around
it (held_out_11's `q0057`, an LED matrix's strip over a screencast); stacked in a 9:16 frame it
is found at its offset; an unrelated strip in the same window is not matched."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.index.frames import FrameHits
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher

STRIP = (640, 128)           # a 5:1 original
FPS = 20.0
PIECE = (2.0, 8.0)           # of the original that every copy shows
WINDOW = (80, 132, 560, 228)    # the window in a 640x360 frame: 3/4 of the strip's size,
                                # inside the frame on every side


class _BusyFootage:
    """Small high-contrast blocks drifting down and sideways: their corners outscore any
    picture's, and none of their edges stays put."""

    def __init__(self, seed: int = 3):
        blocks = np.random.default_rng(seed).integers(0, 2, (30, 54)).astype(np.uint8) * 255
        self.texture = np.repeat(np.repeat(blocks, 12, axis=0), 12, axis=1)

    def frame_at(self, seconds: float) -> np.ndarray:
        shifted = np.roll(self.texture, (int(seconds * 17), int(seconds * 24)), axis=(0, 1))
        return np.repeat(shifted[:, :, None], 3, axis=2)


def _strip(path, seed: int):
    return synthetic.generate_video(path, seed=seed, seconds=10, size=STRIP, fps=FPS)


def _composed(source, path, size, place, background) -> None:
    """``PIECE`` of ``source`` scaled into ``place`` (left, top, right, bottom px) of frames of
    ``size`` over ``background`` (``frame_at``), with a steady 2 px border round it."""
    footage = synthetic.LoopingFootage(source, PIECE[0])
    left, top, right, bottom = place
    with synthetic.VideoWriter(path, size, FPS) as writer:
        for number in range(int((PIECE[1] - PIECE[0]) * FPS)):
            seconds = number / FPS
            frame = cv2.resize(background.frame_at(seconds), size, interpolation=cv2.INTER_AREA)
            frame[top - 2:bottom + 2, left - 2:right + 2] = 200
            frame[top:bottom, left:right] = cv2.resize(footage.frame_at(seconds),
                                                       (right - left, bottom - top),
                                                       interpolation=cv2.INTER_AREA)
            writer.write(frame)


@pytest.fixture(scope="module")
def strips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd-shapes")
    original, unrelated = _strip(folder / "strip.mp4", 61), _strip(folder / "other.mp4", 62)
    uploads = {}
    for name, source in (("pip", original), ("unrelated_pip", unrelated)):
        uploads[name] = folder / f"{name}.mp4"
        _composed(source, uploads[name], (640, 360), WINDOW, _BusyFootage())
    uploads["stacked"] = folder / "stacked.mp4"        # 9:16: the strip over other footage
    below = synthetic.SyntheticFootage(7, (360, 320))
    _composed(original, uploads["stacked"], (360, 640), (0, 120, 360, 192), below)
    return original, uploads


@pytest.fixture(scope="module")
def strip_matcher(strips):
    return one_original_matcher(strips[0], "o-strip")


def _upload(path):
    return fingerprint_file(str(path), original=False).fingerprint


def _at_offset(matches) -> None:
    assert [match.original for match in matches] == ["o-strip"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:            # upload time t shows PIECE[0] + t
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 1.0
        assert abs(segment.original_end - (PIECE[0] + segment.upload_end)) <= 1.0
    assert sum(segment.upload_seconds for segment in matches[0].segments) >= 3.0


def test_a_strip_in_a_window_over_busy_footage_is_found_by_the_windows_own_features(
        strips, strip_matcher):
    upload = _upload(strips[1]["pip"])
    width, height = upload.keypoints.size
    left, top, right, bottom = (WINDOW[0] / 640, WINDOW[1] / 360, WINDOW[2] / 640,
                                WINDOW[3] / 360)
    points = upload.keypoints.points
    in_window = ((points[:, 0] >= left * width) & (points[:, 0] < right * width)
                 & (points[:, 1] >= top * height) & (points[:, 1] < bottom * height))
    assert np.mean(in_window) < 0.1                # the footage took the keyframes' corners
    assert not [match for match in strip_matcher.geometry_matches(upload)
                if match.score >= DEFAULT_MIN_SCORE]
    window = [part for part in upload.panels.parts                 # found, to PANEL_ROUNDING
              if max(abs(a - b) for a, b in zip(part, (left, top, right, bottom))) <= 0.03]
    assert window, upload.panels.parts
    _at_offset(strip_matcher.match_hits(upload, FrameHits.empty(len(upload.codes))))


def test_a_strip_stacked_in_a_portrait_frame_is_found_at_its_offset(strips, strip_matcher):
    upload = _upload(strips[1]["stacked"])
    _at_offset(strip_matcher.match_hits(upload, FrameHits.empty(len(upload.codes))))


def test_an_unrelated_strip_in_the_window_is_not_matched(strips, strip_matcher):
    upload = _upload(strips[1]["unrelated_pip"])
    assert upload.panels is not None                # its window was described too
    assert strip_matcher.match_hits(upload, FrameHits.empty(len(upload.codes)),
                                    min_score=0.0) == []
