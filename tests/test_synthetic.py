"""Generated media decodes as claimed, and the ground truth of each transform points at the right frames."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cv2
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


# --- issue 15's families ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def other_footage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Unrelated footage at another size, for the parts of an upload that copy nothing."""
    return generate_video(tmp_path_factory.mktemp("other") / "other.mp4", seed=9, seconds=3,
                          size=(256, 192))


def _region(image: np.ndarray, rect) -> np.ndarray:
    height, width = image.shape[:2]
    x0, y0, x1, y1 = rect
    return image[int(round(y0 * height)):int(round(y1 * height)), int(round(x0 * width)):int(round(x1 * width))]


def _region_difference(upload_frame: np.ndarray, original_frame: np.ndarray, copy_rect, visible) -> float:
    """Mean difference of the upload's copy rectangle and the part of the original it claims to show."""
    size = (64, 36)
    shown = cv2.resize(_region(upload_frame, copy_rect), size, interpolation=cv2.INTER_AREA)
    claimed = cv2.resize(_region(original_frame, visible), size, interpolation=cv2.INTER_AREA)
    return _difference(shown, claimed)


SPATIAL = ("split_screen", "stacked_9x16", "framed_9x16", "moving_sticker", "zoom", "corner_box",
           "crop_off_centre")


@pytest.mark.parametrize("family", SPATIAL)
@pytest.mark.parametrize("seed", [21, 22])
def test_hard_family_shows_the_claimed_part_of_the_original_where_it_says(
        tmp_path: Path, original: Path, other_footage: Path, family: str, seed: int) -> None:
    result = apply_transform(original, tmp_path / f"{family}.mp4", family, seed=seed, subclip=(0.5, 4.0),
                             other=synthetic.LoopingFootage(other_footage))
    info = probe(result.path)
    assert info.frames > 0 and (info.width, info.height) == result.size
    assert info.duration == pytest.approx(3.5, abs=0.1)
    (segment,) = result.segments
    assert (segment.original_start, segment.original_end) == (pytest.approx(0.5), pytest.approx(4.0))
    rect, visible = result.params["copy_rect"], result.params["visible"]
    shown = read_frame_at(result.path, 1.5)
    claimed = _region_difference(shown, read_frame_at(original, 2.0), rect, visible)
    for offset in (-1.0, 1.0):
        assert claimed < _region_difference(shown, read_frame_at(original, 2.0 + offset), rect, visible)
    assert claimed < (16 if family in ("moving_sticker", "corner_box") else 10), claimed
    if family in ("split_screen", "stacked_9x16", "framed_9x16"):
        assert rect != [0.0, 0.0, 1.0, 1.0]             # the copy fills only part of the frame


def test_split_screen_shows_the_other_footage_beside_the_copy(tmp_path: Path, original: Path,
                                                              other_footage: Path) -> None:
    result = apply_transform(original, tmp_path / "split.mp4", "split_screen", seed=3, subclip=(0.5, 3.0),
                             other=synthetic.LoopingFootage(other_footage))
    x0 = 0.0 if result.params["copy_right"] else 0.5
    shown = _region(read_frame_at(result.path, 1.0), (x0, 0, x0 + 0.5, 1))
    elsewhere = synthetic.LoopingFootage(other_footage)
    expected = synthetic._fill(elsewhere.frame_at(1.0), (shown.shape[1], shown.shape[0]))
    assert _difference(shown, expected) < 10
    assert _difference(shown, expected) < _difference(shown, synthetic._fill(elsewhere.frame_at(2.5),
                                                                              (shown.shape[1], shown.shape[0])))


def test_filmed_screen_unwarps_to_the_original(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "filmed.mp4", "filmed_screen", seed=5, subclip=(1.0, 4.0))
    shown = read_frame_at(result.path, 1.0)
    height, width = shown.shape[:2]
    corners = np.float32(result.params["screen_corners"]) * [width, height]
    whole = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    unwarped = cv2.warpPerspective(shown, cv2.getPerspectiveTransform(corners.astype(np.float32), whole),
                                   (width, height))
    corners_moved = abs(np.array(result.params["screen_corners"]) - [[0, 0], [1, 0], [1, 1], [0, 1]]).min()
    assert corners_moved > 0.03                          # not the whole frame: a screen inside a room

    def gray_difference(a: np.ndarray, b: np.ndarray) -> float:    # exposure changed: compare shapes
        a, b = (cv2.cvtColor(cv2.resize(x, (64, 36), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
                .astype(np.float32) for x in (a, b))
        return float(np.mean(np.abs((a - a.mean()) / (a.std() + 1) - (b - b.mean()) / (b.std() + 1))))
    claimed = gray_difference(unwarped, read_frame_at(original, 2.0))
    assert claimed < 0.35
    assert claimed < gray_difference(unwarped, read_frame_at(original, 3.5))


@pytest.mark.parametrize("family", ["split_screen", "crop_off_centre"])
@pytest.mark.parametrize("seed", [31, 32])
def test_harder_split_and_crop_show_the_claimed_part(tmp_path: Path, original: Path, other_footage: Path,
                                                     family: str, seed: int) -> None:
    result = apply_transform(original, tmp_path / f"{family}.mp4", family, seed=seed, subclip=(0.5, 4.0),
                             other=synthetic.LoopingFootage(other_footage), harder=True)
    assert result.params["harder"] is True
    rect, visible = result.params["copy_rect"], result.params["visible"]
    if family == "split_screen":                      # the copy takes 40-50 % of the width
        assert 0.4 <= rect[2] - rect[0] <= 0.5 and (rect[0] == 0.0 or rect[2] == pytest.approx(1.0, abs=0.01))
    else:                                             # 20-25 % cut on each axis, window in a corner
        assert all(0.75 <= side <= 0.8 for side in result.params["crop_keep"])
        assert min(visible[0], 1 - visible[2]) <= 0.03 and min(visible[1], 1 - visible[3]) <= 0.03
    shown = read_frame_at(result.path, 1.5)
    claimed = _region_difference(shown, read_frame_at(original, 2.0), rect, visible)
    for offset in (-1.0, 1.0):
        assert claimed < _region_difference(shown, read_frame_at(original, 2.0 + offset), rect, visible)
    assert claimed < 10, claimed


def test_harder_rotation_turns_5_to_8_degrees_about_an_off_centre_point(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "rotate.mp4", "rotate", seed=4, subclip=(1.0, 4.0), harder=True)
    p = result.params
    assert 5 <= abs(p["rotate_degrees"]) <= 8 and 1.15 <= p["zoom"] <= 1.3
    shown = read_frame_at(result.path, 1.0)
    height, width = shown.shape[:2]

    def turned(frame: np.ndarray, degrees: float) -> np.ndarray:
        matrix = cv2.getRotationMatrix2D((width * p["centre"][0], height * p["centre"][1]), degrees, p["zoom"])
        return cv2.warpAffine(frame, matrix, (width, height))
    source = read_frame_at(original, 2.0)
    assert _difference(shown, turned(source, p["rotate_degrees"])) < 10
    assert _difference(shown, turned(source, p["rotate_degrees"])) < _difference(shown, turned(source, 0.0))


def test_harder_filmed_screen_is_off_axis_shaken_and_still_unwarps(tmp_path: Path, original: Path) -> None:
    result = apply_transform(original, tmp_path / "filmed.mp4", "filmed_screen", seed=6, subclip=(1.0, 4.0),
                             harder=True)
    p = result.params
    assert 5 <= abs(p["perspective_degrees"][0]) <= 10 and 0.6 <= p["gain"] <= 0.8
    assert p["shake"] > 0 and p["moire"] > 0 and p["glare"] > 0
    corners = np.array(p["screen_corners"])
    top = corners[1] - corners[0]                    # the top edge slopes by the turn and the keystone
    bottom = corners[2] - corners[3]
    assert abs(np.degrees(np.arctan2(top[1], top[0]) - np.arctan2(bottom[1], bottom[0]))) > 8
    first, later = read_frame_at(result.path, 0.5), read_frame_at(result.path, 1.0)
    height, width = first.shape[:2]
    whole = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    unwarped = cv2.warpPerspective(first, cv2.getPerspectiveTransform(
        (corners * [width, height]).astype(np.float32), whole), (width, height))

    def gray_difference(a: np.ndarray, b: np.ndarray) -> float:    # exposure changed: compare shapes
        a, b = (cv2.cvtColor(cv2.resize(x, (64, 36), interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
                .astype(np.float32) for x in (a, b))
        return float(np.mean(np.abs((a - a.mean()) / (a.std() + 1) - (b - b.mean()) / (b.std() + 1))))
    # glare and moire change the picture's shading: the claimed moment is the closest, not close
    claimed = gray_difference(unwarped, read_frame_at(original, 1.5))
    assert claimed < 0.9
    assert all(claimed < gray_difference(unwarped, read_frame_at(original, t)) for t in (0.5, 2.5, 3.5))
    # the hand shakes: the bezel (dark, against the wall) is not where it was half a second before
    bezel_then = cv2.cvtColor(first, cv2.COLOR_BGR2GRAY) < 25
    bezel_now = cv2.cvtColor(later, cv2.COLOR_BGR2GRAY) < 25
    assert np.mean(bezel_then != bezel_now) > 0.002


def test_harder_only_for_the_families_that_have_it(tmp_path: Path, original: Path) -> None:
    with pytest.raises(ValueError, match="no harder variant"):
        apply_transform(original, tmp_path / "x.mp4", "zoom", seed=1, harder=True)


@pytest.mark.parametrize(("family", "low", "high"), [("speed_up", 1.3, 2.0), ("slow_down", 0.5, 0.85)])
def test_wide_speed_changes_keep_the_timeline(tmp_path: Path, original: Path, family: str,
                                              low: float, high: float) -> None:
    result = apply_transform(original, tmp_path / f"{family}.mp4", family, seed=4, subclip=(1.0, 5.0))
    assert low <= result.params["speed"] <= high
    (segment,) = result.segments
    assert segment.upload_end == pytest.approx(4.0 / result.params["speed"], abs=0.01)
    for upload_time in (0.6, segment.upload_end * 0.8):
        _assert_shows(result.path, original, upload_time, _original_time(segment, upload_time))


def test_low_res_is_240_lines_12_fps(tmp_path: Path) -> None:
    big = generate_video(tmp_path / "big.mp4", seed=5, seconds=2, size=(640, 360))
    result = apply_transform(big, tmp_path / "low.mp4", "low_res", seed=1)
    info = probe(result.path)
    assert (info.width, info.height) == (426, 240) and info.fps == pytest.approx(12.0)
    assert info.duration == pytest.approx(2.0, abs=0.1)


def test_splice_puts_3_to_8_s_inside_other_footage(tmp_path: Path, original: Path, other_footage: Path) -> None:
    result = apply_transform(original, tmp_path / "splice.mp4", "splice", seed=6,
                             other=synthetic.LoopingFootage(other_footage))
    (segment,) = result.segments
    copied = segment.original_end - segment.original_start
    assert 3.0 <= copied <= 8.0 and segment.upload_end - segment.upload_start == pytest.approx(copied)
    assert segment.upload_start >= 2.0 and result.duration - segment.upload_end >= 1.9
    _assert_shows(result.path, original, segment.upload_start + 1.0, segment.original_start + 1.0)
    before = read_frame_at(result.path, segment.upload_start / 2)
    expected = synthetic._fill(synthetic.LoopingFootage(other_footage).frame_at(segment.upload_start / 2),
                               (before.shape[1], before.shape[0]))
    assert _difference(before, expected) < 10


def test_canvas_plus_adds_a_second_edit(tmp_path: Path, original: Path) -> None:
    families = set()
    for seed in range(4):
        result = apply_transform(original, tmp_path / f"c{seed}.mp4", "canvas_9x16_plus", seed=seed,
                                 subclip=(0.5, 2.0))
        assert "canvas_9x16_blur" in result.params["families"] and len(result.params["families"]) == 2
        families.update(result.params["families"])
        assert result.size[1] > result.size[0] * 1.7
    assert len(families) >= 3


def test_hard_families_are_deterministic(tmp_path: Path, original: Path) -> None:
    for family in ("split_screen", "filmed_screen", "moving_sticker", "splice", "canvas_9x16_plus"):
        first = apply_transform(original, tmp_path / "a.mp4", family, seed=8, subclip=(0.5, 2.0))
        second = apply_transform(original, tmp_path / "b.mp4", family, seed=8, subclip=(0.5, 2.0))
        assert first.params == second.params and first.segments == second.segments
        assert first.path.read_bytes() == second.path.read_bytes()


_ENCODE = """
import sys
from origin import synthetic
footage = synthetic.SyntheticFootage(777, (320, 180))
with synthetic.VideoWriter(sys.argv[1], (320, 180), 25) as writer:
    for index in range(50):
        writer.write(footage.frame_at(index / 25))
"""


def test_the_same_frames_encode_to_the_same_bytes_whatever_memory_held(tmp_path: Path) -> None:
    """x264's macroblock tree read memory it had not written: the bytes then depended on what
    the process had freed before (stop 27). glibc's MALLOC_PERTURB_ fills fresh allocations
    with the byte given, so two processes that differ only in that byte must agree."""
    made = []
    for byte in ("165", "77"):
        path = tmp_path / f"perturbed-{byte}.mp4"
        subprocess.run([sys.executable, "-c", _ENCODE, str(path)], check=True,
                       env={**os.environ, "MALLOC_PERTURB_": byte})
        made.append(path.read_bytes())
    assert made[0] == made[1]


def test_looping_footage_starts_over_at_its_end(other_footage: Path) -> None:
    loop = synthetic.LoopingFootage(other_footage, offset=1.0)
    assert _difference(loop.frame_at(0.5), read_frame_at(other_footage, 1.5)) < 2
    assert _difference(loop.frame_at(2.5), read_frame_at(other_footage, 0.5)) < 2
    assert _difference(loop.frame_at(0.2), read_frame_at(other_footage, 1.2)) < 2    # back in time


def test_photo_footage_moves_over_each_photo_and_fades_to_the_next() -> None:
    rng = np.random.default_rng(0)
    photos = [cv2.GaussianBlur(rng.integers(0, 256, (300, 500, 3), dtype=np.uint8), (0, 0), 3) for _ in range(2)]
    footage = synthetic.PhotoFootage(photos, (160, 90), seconds_each=2.0, seed=1, motion="pan")
    assert footage.duration == 4.0
    first, later = footage.frame_at(0.0), footage.frame_at(1.4)
    assert first.shape == (90, 160, 3) and _difference(first, later) > 1          # the camera moves
    again = synthetic.PhotoFootage(photos, (160, 90), seconds_each=2.0, seed=1, motion="pan")
    assert _difference(first, again.frame_at(0.0)) == 0                             # deterministic
    second_photo = footage.frame_at(2.0)
    halfway = footage.frame_at(2.0 - footage.FADE_SECONDS / 2)                     # mid cross-fade
    assert _difference(halfway, second_photo) < _difference(footage.frame_at(1.0), second_photo)
    portrait = synthetic.PhotoFootage(photos[:1], (90, 160), seconds_each=2.0, seed=1).frame_at(0.5)
    assert portrait.shape == (160, 90, 3)


def test_a_tall_upload_framed_in_9x16_is_fitted_to_the_cards_height_not_cut(tmp_path):
    """A 9:16 upload as wide as the card (a phone screenshot, held_out_13's chat screen) could not be
    framed: scaled to the card's width it was taller than the card and the paste failed. It is now
    fitted to the card's height, centred, where ``_framed_rect`` says it is; wide uploads keep their
    place (their frames are unchanged)."""
    from origin.synthetic import _framed_rect, _op_framed_9x16

    op = _op_framed_9x16((30, 30, 30), (200, 0, 0), "TITLE", ["A CAPTION"], (255, 255, 255), 0.9, 0.08)
    tall = np.full((956, 536, 3), 250, np.uint8)
    out = op(tall, 0.0)
    height, width = out.shape[:2]
    x0, y0, x1, y1 = _framed_rect(536 / 956, 0.9, 0.08)
    assert 0 <= y0 < y1 <= 1 and 0 <= x0 < x1 <= 1
    middle = out[int(0.3 * height):int(0.7 * height), int(x0 * width) + 4:int(x1 * width) - 4]
    assert middle.min() >= 240                           # the picture (title and caption may overlap its ends)
    assert out[int(0.3 * height):int(0.7 * height), :int(x0 * width) - 4].max() <= 30       # the card beside it
    wide = np.full((270, 480, 3), 250, np.uint8)
    x0, y0, x1, y1 = _framed_rect(480 / 270, 0.9, 0.08)
    assert abs(x0 - 0.05) < 1e-9 and abs(x1 - 0.95) < 1e-9 and abs((y1 - y0) - 0.9 * 9 / 16 / (480 / 270)) < 1e-9
    out = op(wide, 0.0)
    rows = slice(int(y0 * out.shape[0]) + 3, int(y1 * out.shape[0]) - 3)
    assert out[rows, int(0.06 * out.shape[1]):int(0.94 * out.shape[1])].min() >= 240


@pytest.mark.parametrize("suffix", [".wav", ".flac", ".ogg", ".mp3", ".m4a", ".opus"])
def test_write_audio_writes_mono_samples_in_every_format_it_names(tmp_path: Path,
                                                                    suffix: str) -> None:
    """``write_audio`` names .ogg among its formats, but FFmpeg's own vorbis encoder takes
    stereo only: a mono .ogg (the default) failed with ``Operation not permitted:
    avcodec_open2("vorbis")`` and every caller had to know to pass ``channels=2``."""
    import av

    from origin.synthetic_audio import melody, write_audio
    path = write_audio(tmp_path / f"song{suffix}", melody(3, 2.0))
    with av.open(str(path)) as container:
        decoded = sum(frame.samples for frame in container.decode(audio=0))
        rate = container.streams.audio[0].rate
    assert abs(decoded / rate - 2.0) < 0.1
