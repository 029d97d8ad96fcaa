"""A hand-held film of a dim picture (held_out_21's `hh_city_lights`: the earth's city lights at
night, brightest pixel ~33 of 255): registered, and its copies found at their offsets.

Its 32x32 hash inputs have a contrast of ~3.7 and a detail of ~2 gray levels, under the gates
(6 each) that refuse plain and smooth pictures, so `originals add` refused it (no frame with
enough detail) and none of its 7 copies had a score; yet its code is set by the picture (49-62
reliable bits) and it has ~90 corners a 10 000 px. A dim picture is now judged at
``DIM_GAIN`` its contrast and detail and needs ``DIM_RELIABLE_BITS`` (docs/matching.md, *Dim
pictures at stop 46*). A film of other lights is not matched, and a dark frame of the encoder's
noise stays refused."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.video.fingerprint import (DIM_LEVEL, MIN_DETAIL, MIN_QUALITY, _detail, _inputs,
                                      informative)
from origin.workspace import Workspace
from tests.match.test_handheld_soft import FPS, SIZE, handheld

START, SECONDS = 3.0, 6.0    # the piece of the original the speed-up copies
SPEED = 1.8                  # held_out_21's q0027: 1.834


def city_lights(seed: int) -> np.ndarray:
    """Lights at night (twice the frame's size): a black ground and ~14 000 small lights of
    12-60 gray levels strewn along 16 winding coasts and rivers, as a night photograph of the
    earth (its frames' brightest 0.5 % at ~33 gray levels, as `hh_city_lights`')."""
    rng = np.random.default_rng(seed)
    width, height = 2 * SIZE[0], 2 * SIZE[1]
    picture = np.zeros((height, width), np.float32)
    for _ in range(16):
        point = rng.uniform((0, 0), (width, height))
        heading = rng.uniform(0, 2 * np.pi)
        for _ in range(300):
            heading += rng.normal(0, 0.35)
            point = point + 4.0 * np.array([np.cos(heading), np.sin(heading)])
            for _ in range(3):
                x, y = (point + rng.normal(0, 8, 2)).astype(int) % (width, height)
                picture[y, x] += rng.uniform(12, 60)
    picture = cv2.GaussianBlur(picture, (0, 0), 0.8) * 3.0
    tint = np.array([0.55, 0.9, 1.0], np.float32)                    # sodium lights: yellow
    return np.clip(picture[:, :, None] * tint, 0, 255).astype(np.uint8)


def overlaid(path: Path, source: Path, text: str) -> Path:
    """``source`` whole, with a caption in large white letters outlined in black across its
    middle, encoded again (held_out_21's text overlay `q0066`: "OMG")."""
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for _, frame in synthetic.iter_frames(source):
            out = frame.copy()
            origin = (int(0.3 * SIZE[0]), int(0.55 * SIZE[1]))
            cv2.putText(out, text, origin, cv2.FONT_HERSHEY_DUPLEX, 2.4, (0, 0, 0), 9)
            cv2.putText(out, text, origin, cv2.FONT_HERSHEY_DUPLEX, 2.4, (255, 255, 255), 4)
            writer.write(out)
    return path


def sped_up(path: Path, source: Path, start: float, seconds: float, speed: float) -> Path:
    """Seconds ``start`` to ``start + seconds`` of ``source`` played ``speed`` times faster
    (frames taken every ``speed`` frames), encoded again."""
    frames = [frame for t, frame in synthetic.iter_frames(source) if start <= t < start + seconds]
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for number in np.arange(0, len(frames), speed):
            writer.write(frames[int(number)])
    return path


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """The dim film registered as ``originals add`` does (an original without codes keeps no
    keypoints either), and its copies and a film of other lights scanned."""
    folder = tmp_path_factory.mktemp("dim_handheld")
    original = handheld(folder / "original.mp4", city_lights(1), seed=11, seconds=10.0)
    other = handheld(folder / "other.mp4", city_lights(2), seed=12, seconds=10.0)
    uploads = {"text": overlaid(folder / "text.mp4", original, "OMG"),
               "fast": sped_up(folder / "fast.mp4", original, START, SECONDS, SPEED),
               "other": other, "other_text": overlaid(folder / "other_text.mp4", other, "OMG")}
    with Workspace(folder / "ws") as workspace:
        added = list(workspace.add_originals([original]))
        scanned = {name: result for name, result in
                   zip(uploads, workspace.scan([str(path) for path in uploads.values()],
                                               min_score=0.0))}
    return {"original": original, "added": added, **scanned}


def test_a_dim_picture_fails_the_plain_gates_but_is_informative(night):
    frames = np.stack([cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
                       for _, frame in synthetic.iter_frames(night["original"])][::12])
    inputs = _inputs(frames)
    pixels = inputs.astype(np.float32)
    assert inputs.max() < DIM_LEVEL
    assert (pixels.reshape(len(pixels), -1).std(axis=1) < MIN_QUALITY).all()
    assert (_detail(pixels) < MIN_DETAIL).all()                 # refused before stop 46
    assert informative(inputs).mean() >= 0.8


def test_a_dark_frame_of_noise_stays_refused():
    rng = np.random.default_rng(3)
    noise = np.clip(rng.normal(8, 2.5, (6, 144, 256)), 0, 255).astype(np.uint8)
    grain = cv2.GaussianBlur(noise[0], (0, 0), 1.2)[None]       # a dark frame, softened grain
    assert not informative(_inputs(noise)).any()
    assert not informative(_inputs(grain)).any()


def test_the_dim_film_is_registered(night):
    [added] = night["added"]
    assert (added.status, added.error) == ("added", None)     # no frame with enough detail before
    assert "video" in added.channels


def on_line(match, offset: float, speed: float, seconds: float) -> bool:
    """Whether every segment of ``match`` lies on original time = ``offset`` + ``speed`` x
    upload time at both ends (within 0.6 s), and they cover half the upload's ``seconds``."""
    segments = match.segments
    return (len(segments) > 0
            and all(abs(segment.original_start - offset - speed * segment.upload_start) <= 0.6
                    and abs(segment.original_end - offset - speed * segment.upload_end) <= 0.6
                    for segment in segments)
            and sum(segment.upload_end - segment.upload_start for segment in segments)
            >= 0.5 * seconds)


def test_a_text_overlay_of_the_dim_film_is_found_at_its_offset(night):
    [match] = night["text"].matches
    assert match.score >= 0.9
    assert on_line(match, 0.0, 1.0, 10.0)


def test_a_speed_up_of_the_dim_film_is_found_at_its_offset(night):
    [match] = night["fast"].matches
    assert match.score >= 0.9
    assert on_line(match, START, SPEED, SECONDS / SPEED)


@pytest.mark.parametrize("name", ["other", "other_text"])
def test_a_film_of_other_lights_is_not_matched(night, name):
    assert [match.score for match in night[name].matches if match.score > 0.2] == []
