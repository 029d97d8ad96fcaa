"""Drawn bands at stop 47 (``index.keypoints.placed_parts``, ``verify._off_the_bands``).
held_out_23's karaoke bar draws the same words at the same instants under every clip it is given
(the sung line filling word by word, the next line under it): the geometry tier verified the
registered bar under other clips at 1.0 with every inlier on the words, which change from line
to line, so they are neither still nor turning. Their cells are learnt as placed (found again at
their very spot while the line lasts); a pair must then hold its inliers on the clip. Here a
generated bar under a drifting picture and under a soft fog: the same bar with the same words or
other words under other clips is not matched; copies of the registered one are found at their
offset."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

import origin.index.keypoints as keypoint_index
from origin.index.keypoints import placed_parts
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher
from tests.match.test_static_layout import _write
from tests.match.test_template_features import _on_canvas
from tests.match.test_thin_strips import RATE

WIDTH, HEIGHT = 480, 270
CLIP_HEIGHT = 200                  # px: the clip above the bar
ORIGINAL_SECONDS, UPLOAD_SECONDS = 14.0, 10.0
COPIED_FROM = 2.0                  # s of the original the copies start at
LINE_SECONDS = 3.0                 # a line of words, sung word by word
WORDS = ("LOVE", "NIGHT", "CITY", "RAIN", "HEART", "FIRE", "SUMMER", "DANCE", "GOLD", "RIVER",
         "STARS", "ROAD", "DREAM", "LIGHT", "OCEAN", "WIND")


def _picture(seed: int) -> np.ndarray:
    """A picture larger than the clip (rectangles and discs of random grays): corners
    everywhere, different for each seed."""
    rng = np.random.default_rng(seed)
    picture = np.full((CLIP_HEIGHT + 60, WIDTH + 100), int(rng.integers(60, 200)), np.uint8)
    for _ in range(160):
        x, y = rng.integers(0, picture.shape[1]), rng.integers(0, picture.shape[0])
        w, h = rng.integers(6, 40, 2)
        shade = int(rng.integers(0, 256))
        if rng.random() < 0.6:
            cv2.rectangle(picture, (int(x), int(y)), (int(x + w), int(y + h)), shade, -1)
        else:
            cv2.circle(picture, (int(x), int(y)), int(w // 2), shade, -1)
    return picture


def _clip(seed: int, time: float, fog: bool) -> np.ndarray:
    """The clip at ``time``: the picture ``seed`` filmed hand-held (a pan of 5 px a second and a
    drift of a few px), or softened to a fog with no corners."""
    picture = _picture(seed)
    if fog:
        picture = cv2.GaussianBlur(picture, (0, 0), 14)
    x = 10 + 5 * time + 4 * np.sin(2.1 * time + seed)
    y = 30 + 20 * np.sin(0.5 * time + 2 * seed) + 3 * np.cos(1.7 * time)
    shift = np.float32([[1, 0, -x], [0, 1, -y]])
    return cv2.warpAffine(picture, shift, (WIDTH, CLIP_HEIGHT), flags=cv2.INTER_LINEAR)


def karaoke(clip_seed: int, words_seed: int, seconds: float = ORIGINAL_SECONDS,
            fog: bool = False) -> np.ndarray:
    """A karaoke video (gray, ``WIDTH`` x ``HEIGHT``, ``RATE`` frames a second): the clip
    ``clip_seed`` above a dark bar, the song's title over the clip's corner, the sung line of
    words ``words_seed`` (a new one every ``LINE_SECONDS``) brightening word by word, the next
    line under it."""
    rng = np.random.default_rng(words_seed)
    lines = [" ".join(rng.choice(WORDS, 3, replace=False))
             for _ in range(int(seconds / LINE_SECONDS) + 2)]
    made = []
    for number in range(int(seconds * RATE)):
        time = number / RATE
        frame = np.full((HEIGHT, WIDTH), 22, np.uint8)
        frame[:CLIP_HEIGHT] = _clip(clip_seed, time, fog)
        frame[6:24, 6:170] = 16
        cv2.putText(frame, "SONG OF THE WEEK", (12, 20), cv2.FONT_HERSHEY_SIMPLEX, 0.45, 220, 1,
                    cv2.LINE_AA)
        line, into = int(time // LINE_SECONDS), (time % LINE_SECONDS) / LINE_SECONDS
        sung, following = lines[line].split(), lines[line + 1]
        left = 70
        for word_number, word in enumerate(sung):
            shade = 250 if word_number < np.ceil(into * len(sung)) else 150
            cv2.putText(frame, word, (left, 236), cv2.FONT_HERSHEY_DUPLEX, 1.0, shade, 2,
                        cv2.LINE_AA)
            left += cv2.getTextSize(word + " ", cv2.FONT_HERSHEY_DUPLEX, 1.0, 2)[0][0]
        cv2.putText(frame, following, (110, 262), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 130, 1,
                    cv2.LINE_AA)
        made.append(frame)
    return np.stack(made)


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("karaoke")
    path = _write(folder / "karaoke.mp4", karaoke(1, 1))
    return folder, path, one_original_matcher(path, "o-karaoke")


@pytest.fixture(scope="module")
def registered_fog(tmp_path_factory):
    folder = tmp_path_factory.mktemp("karaoke-fog")
    path = _write(folder / "karaoke-fog.mp4", karaoke(5, 1, fog=True))
    return folder, path, one_original_matcher(path, "o-karaoke-fog")


def _geometry(matcher, folder, name: str, frames: np.ndarray) -> list:
    upload = fingerprint_file(_write(folder / f"{name}.mp4", frames), original=False).fingerprint
    return [match for match in matcher.geometry_matches(upload) if match.score >= DEFAULT_MIN_SCORE]


def test_the_bar_is_placed_and_the_clip_is_not(registered):
    """The bar's words stay while their line lasts: placed; the drifting clip's features move
    off their spots from keyframe to keyframe."""
    _, path, _ = registered
    keypoints = fingerprint_file(path, original=True).fingerprint.keypoints
    placed = placed_parts(keypoints)
    rows = keypoints.points[:, 1] / (keypoints.size[1] / HEIGHT)
    in_bar, in_clip = rows > CLIP_HEIGHT + 4, (rows > 30) & (rows < CLIP_HEIGHT - 10)
    assert in_bar.sum() > 200 and in_clip.sum() > 200
    assert placed[in_bar].mean() > 0.8
    assert placed[in_clip].mean() < 0.2


@pytest.mark.parametrize("words_seed", [1, 2])
def test_the_bar_under_another_clip_is_not_matched(registered, words_seed, monkeypatch):
    """The same bar (the same words at the same instants, or other words) under another clip,
    plain and on a canvas: verified on the words without the placed parts, nothing with them."""
    folder, path, matcher = registered
    other = karaoke(2, words_seed, UPLOAD_SECONDS)
    for name, frames in (("plain", other), ("canvas", _on_canvas(other))):
        assert _geometry(matcher, folder, f"other-{words_seed}-{name}", frames) == []
    if words_seed == 1:
        with monkeypatch.context() as patched:
            patched.setattr(keypoint_index, "placed_parts",
                            lambda keypoints: np.zeros(len(keypoints), bool))
            without = one_original_matcher(path, "o-karaoke")
            assert _geometry(without, folder, "other-1-plain", other) != []


def test_the_bar_over_another_fog_is_not_matched(registered_fog, monkeypatch):
    """A bar over a fog shows nothing but the bar: the same words over another fog verify
    nothing (every pair did without the placed parts)."""
    folder, path, matcher = registered_fog
    other = karaoke(6, 1, UPLOAD_SECONDS, fog=True)
    assert _geometry(matcher, folder, "other-fog", other) == []
    with monkeypatch.context() as patched:
        patched.setattr(keypoint_index, "placed_parts",
                        lambda keypoints: np.zeros(len(keypoints), bool))
        without = one_original_matcher(path, "o-karaoke-fog")
        assert _geometry(without, folder, "other-fog", other) != []


@pytest.mark.parametrize("family", ["reencode", "canvas"])
def test_a_copy_of_the_karaoke_is_found_at_its_offset(registered, family):
    folder, _, matcher = registered
    copied = karaoke(1, 1)[int(COPIED_FROM * RATE):int((COPIED_FROM + UPLOAD_SECONDS) * RATE)]
    frames = _on_canvas(copied) if family == "canvas" else copied
    [match] = _geometry(matcher, folder, f"copy-{family}", frames)
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(COPIED_FROM, abs=0.6)
