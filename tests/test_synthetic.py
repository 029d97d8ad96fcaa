"""Generated media decodes as claimed, and the ground truth of each transform points at the right frames."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from origin import synthetic
from origin.synthetic import CopiedSegment, apply_transform, generate_video, probe, read_frame_at


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_video(tmp_path_factory.mktemp("synthetic") / "original.mp4", seed=3, seconds=8)


def _difference(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(np.abs(a.astype(np.float32) - b.astype(np.float32))))


def _original_time(segment: CopiedSegment, upload_time: float) -> float:
    rate = (segment.original_end - segment.original_start) / (segment.upload_end - segment.upload_start)
    return segment.original_start + (upload_time - segment.upload_start) * rate


def _assert_shows(upload: Path, original: Path, upload_time: float, original_time: float) -> None:
    """The upload's frame is the original's at the claimed time (within a frame), not half a second off."""
    shown = read_frame_at(upload, upload_time)
    frame = 1 / synthetic.DEFAULT_FPS
    claimed = min(_difference(shown, read_frame_at(original, max(0.0, original_time + step * frame)))
                  for step in (-1, 0, 1))
    for offset in (-0.5, 0.5):
        other = _difference(shown, read_frame_at(original, max(0.0, original_time + offset)))
        assert claimed < other, (upload_time, original_time, offset, claimed, other)
    assert claimed < 12


def test_generated_video_has_requested_size_rate_and_duration(original: Path) -> None:
    info = probe(original)
    assert (info.width, info.height) == synthetic.DEFAULT_SIZE
    assert info.fps == pytest.approx(synthetic.DEFAULT_FPS)
    assert info.duration == pytest.approx(8.0, abs=0.05)
    with open(original, "rb") as handle:
        assert b"ftyp" in handle.read(16)          # an MP4 container


def test_same_seed_same_video_other_seed_unrelated(tmp_path: Path, original: Path) -> None:
    again = generate_video(tmp_path / "again.mp4", seed=3, seconds=2)
    other = generate_video(tmp_path / "other.mp4", seed=4, seconds=2)
    first = read_frame_at(original, 1.0)
    assert _difference(first, read_frame_at(again, 1.0)) < 2
    assert _difference(first, read_frame_at(other, 1.0)) > 20


def test_frames_drift_within_a_shot(original: Path) -> None:
    """The camera moves: consecutive frames are close, frames a second apart are not equal."""
    a, b = read_frame_at(original, 0.2), read_frame_at(original, 0.24)
    assert 0 < _difference(a, b) < _difference(a, read_frame_at(original, 1.2))


def test_speed_ground_truth(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "speed.mp4", "speed", seed=11)
    speed = result.params["speed"]
    (segment,) = result.segments
    assert segment.upload_end == pytest.approx(8.0 / speed, abs=0.01)
    assert probe(result.path).duration == pytest.approx(8.0 / speed, abs=0.1)
    for upload_time in (1.3, segment.upload_end * 0.7):
        _assert_shows(result.path, original, upload_time, _original_time(segment, upload_time))


def test_subclip_at_arbitrary_times(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "sub.mp4", "reencode", seed=5, subclip=(2.37, 6.11))
    (segment,) = result.segments
    assert segment == CopiedSegment(0.0, pytest.approx(3.74), 2.37, 6.11)
    assert probe(result.path).duration == pytest.approx(3.74, abs=0.05)
    _assert_shows(result.path, original, 1.0, 3.37)


def test_embed_ground_truth(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "embed.mp4", "embed", seed=7, subclip=(1.5, 5.5))
    (segment,) = result.segments
    assert segment.upload_start > 0.9 and segment.upload_end - segment.upload_start == pytest.approx(4.0)
    assert result.duration > segment.upload_end
    _assert_shows(result.path, original, segment.upload_start + 2.0, 3.5)
    filler = read_frame_at(result.path, segment.upload_start / 2)
    assert min(_difference(filler, read_frame_at(original, t)) for t in (0.5, 2.0, 4.0)) > 20


def test_fps_change_keeps_the_timeline(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "fps.mp4", "fps_change", seed=2, subclip=(1.0, 6.0))
    info = probe(result.path)
    assert info.fps == pytest.approx(result.fps) and info.fps != pytest.approx(synthetic.DEFAULT_FPS)
    assert info.duration == pytest.approx(5.0, abs=1.5 / info.fps)
    _assert_shows(result.path, original, 2.0, 3.0)


@pytest.mark.parametrize("family", [f for f in synthetic.FAMILIES if f not in ("speed", "embed", "fps_change")])
def test_every_family_makes_a_decodable_copy(tmp_path: Path, original: Path, family: str) -> None:
    result = apply_transform(original, tmp_path / f"{family}.mp4", family, seed=13, subclip=(0.5, 3.0))
    info = probe(result.path)
    assert info.frames > 0 and (info.width, info.height) == result.size
    assert info.duration == pytest.approx(result.duration, abs=0.1)
    (segment,) = result.segments
    assert segment.original_start == pytest.approx(0.5) and segment.original_end == pytest.approx(3.0)
    if family in ("canvas_9x16_blur", "letterbox_9x16"):
        assert info.height > info.width * 1.7
    if family == "hflip":
        shown = read_frame_at(result.path, 1.0)
        expected = read_frame_at(original, 1.5)[:, ::-1]
        assert _difference(shown, expected) < 8


def test_unknown_family_is_refused(tmp_path: Path, original: Path) -> None:
    with pytest.raises(ValueError, match="unknown transform"):
        apply_transform(original, tmp_path / "x.mp4", "teleport", seed=1)
