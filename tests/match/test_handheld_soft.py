"""A hand-held camera filming a soft photograph (held_out_13's originals: snowy trees, a sea of
clouds, a pier: 6.7-10 gray levels of detail where real scenes have 10-40): a copy of a piece of
the film is found at its offset, and a film of another soft picture is not matched. Such a film
barely moves (a slow pan, a hand's shake and roll), so its codes lie near each other: what the
still-upload rule (``matcher._one_upload_picture``) must not take for one still picture
(docs/matching.md, *Hand-held films of photographs at stop 38*)."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.index.frames import FrameIndex
from origin.jobs.fingerprinting import fingerprint_file
from origin.video.fingerprint import _detail, _inputs
from tests.match.conftest import one_original_matcher

SIZE = (480, 270)
FPS = 12


def soft_picture(seed: int) -> np.ndarray:
    """A soft photograph (colour, twice the frame's size): smooth light fields at three scales,
    a few blurred blobs, little contrast: no sharp edge anywhere."""
    rng = np.random.default_rng(seed)
    width, height = 2 * SIZE[0], 2 * SIZE[1]
    picture = np.full((height, width, 3), rng.uniform(120, 190, 3), np.float32)
    for sigma, amplitude in ((60, 30), (18, 10), (6, 3)):
        field = cv2.GaussianBlur(rng.normal(0, 1, (height, width, 3)).astype(np.float32),
                                 (0, 0), sigma)
        picture += amplitude * field / (field.std() + 1e-6)
    for _ in range(6):
        blob = np.zeros((height, width), np.float32)
        centre = (int(rng.uniform(0, width)), int(rng.uniform(0, height)))
        cv2.circle(blob, centre, int(rng.uniform(20, 70)), 1.0, -1)
        blob = cv2.GaussianBlur(blob, (0, 0), 9)
        picture += blob[:, :, None] * rng.uniform(-45, 45, 3)
    return np.clip(picture, 0, 255).astype(np.uint8)


def handheld(path: Path, picture: np.ndarray, seed: int, seconds: float = 12.0) -> Path:
    """A hand-held film of ``picture``: a slow pan across it, plus a hand's drift, roll and focus
    breathing (sums of slow sines drawn from ``seed``), as the real suite's ``HandheldPhoto``."""
    rng = np.random.default_rng(seed)
    amplitudes = np.array([0.018, 0.018, 0.8, 0.012])[:, None] * rng.uniform(0.4, 1.0, (4, 3))
    hertz, phases = rng.uniform(0.15, 1.6, (4, 3)), rng.uniform(0, 2 * np.pi, (4, 3))
    height, width = picture.shape[:2]
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for number in range(int(seconds * FPS)):
            t = number / FPS
            dx, dy, roll, zoom = (amplitudes * np.sin(2 * np.pi * hertz * t + phases)).sum(axis=1)
            pan = t / seconds                            # across half the picture's spare width
            centre = (width * (0.35 + 0.3 * pan) + dx * width, height * 0.5 + dy * height)
            matrix = cv2.getRotationMatrix2D(centre, float(roll), 1.0 + float(zoom))
            matrix[:, 2] += (SIZE[0] / 2 - centre[0],
                             SIZE[1] / 2 - centre[1])
            writer.write(cv2.warpAffine(picture, matrix, SIZE, flags=cv2.INTER_LINEAR,
                                        borderMode=cv2.BORDER_REFLECT))
    return path


def piece(path: Path, source: Path, start: float, seconds: float, brighter: int) -> Path:
    """Seconds ``start`` to ``start + seconds`` of ``source``, a little brighter, encoded again."""
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for t, frame in synthetic.iter_frames(source):
            if start <= t < start + seconds:
                writer.write(np.clip(frame.astype(np.int16) + brighter, 0, 255).astype(np.uint8))
    return path


@pytest.fixture(scope="module")
def films(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handheld")
    original = handheld(folder / "original.mp4", soft_picture(1), seed=11)
    other = handheld(folder / "other.mp4", soft_picture(2), seed=12)
    matcher = one_original_matcher(original, "o-soft", FrameIndex(folder / "index"))
    return folder, original, other, matcher


def test_the_pictures_are_soft(films):
    """As soft as held_out_13's snowy trees (6.7-7.1), just above the quality gate's 6."""
    _, original, _, _ = films
    frames = np.stack([cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
                       for _, frame in synthetic.iter_frames(original)][::FPS])
    assert 6.0 <= float(np.median(_detail(_inputs(frames).astype(np.float32)))) <= 8.0   # 7.06


def test_a_piece_of_a_handheld_film_of_a_soft_picture_is_found_at_its_offset(films):
    folder, original, _, matcher = films
    upload = fingerprint_file(str(piece(folder / "piece.mp4", original, 4.0, 5.0, 8)),
                              original=False).fingerprint
    [match] = matcher.match(upload)
    assert match.score >= 0.9                                 # 1.000, global tier
    start = min(segment.original_start for segment in match.segments)
    end = max(segment.original_end for segment in match.segments)
    assert start == pytest.approx(4.0, abs=0.5)
    assert end == pytest.approx(9.0, abs=0.5)


def test_a_handheld_film_of_another_soft_picture_is_not_matched(films):
    _, _, other, matcher = films
    assert matcher.match(fingerprint_file(str(other), original=False).fingerprint) == []
