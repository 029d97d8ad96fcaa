"""Moving together at stop 47 (``index.keypoints.turning_parts``, ``_carried``). held_out_18's
news frame round a hand-held film of mountains: the film's textured picture comes back near its
place in every reference keyframe (the camera drifts and pans) and repeats (snow, rocks, roofs
alike), so stop 46's turning parts took 15 % of the original for the tool's drawn reels, and a
crop of it (`q0041`) verified nothing. A camera carries the picture as one: one shift carries
most of a keyframe's returns, while a reel's spokes on either side of its hub move opposite ways.
Here a generated news frame (a header, a caption, a ticker scrolling over a strip inside the
frame) round a hand-held film of a picture of repeated shapes: nothing of it is turning (most of
it was without the rule), and its copy is found by the geometry tier at its offset; the
cassette deck's reels (``test_turning_parts``) are still turning, and not carried. (A crop of
this tiled picture verifies too few pairs with or without the rule to test `q0041`'s shape
end to end; the real one is measured on held_out_18.)"""
from __future__ import annotations

import cv2
import numpy as np
import pytest

import origin.index.keypoints as keypoint_index
from origin.index.keypoints import _carried, _returns, template_features, turning_parts
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher
from tests.match.test_static_layout import _write
from tests.match.test_thin_strips import RATE
from tests.match.test_turning_parts import REEL, REELS, cassette

WIDTH, HEIGHT = 480, 270
ORIGINAL_SECONDS, UPLOAD_SECONDS = 14.0, 8.0
COPIED_FROM = 3.0                   # s of the original the copy starts at
PICTURE_BOX = (16, 32, 464, 200)    # px: x0, y0, x1, y1 of the filmed picture in the frame
TICKER_ROWS = (214, 236)            # px: the ticker's strip, above the frame's bottom edge
WORDS = "NEWS TODAY MARKET REPORT WEATHER RIVER CITY FIELD EVENING SPECIAL GARDEN STUDIO "


def _tiled_picture(seed: int) -> np.ndarray:
    """A picture (gray, larger than the frame's picture) of one drawn tile repeated, a small
    block on an even ground (a village's windows alike: every corner has twins), and on every
    other row of tiles a shape of its own (a door, a tree: what places a copy)."""
    rng = np.random.default_rng(seed)
    tile = np.full((80, 80), 90, np.uint8)
    x, y = (int(v) for v in rng.integers(8, 56, 2))
    cv2.rectangle(tile, (x, y), (x + 12, y + 9), 140, -1)
    picture = np.tile(tile, (4, 7))
    for top in range(0, 320, 80):
        for left in range(0, 560, 80):
            corners = rng.integers(0, 24, (3, 2)) + np.array([left + 44, top + 44]) - (x > 40) * 36
            cv2.fillPoly(picture, [corners.astype(np.int32)], int(rng.integers(150, 200)))
    return picture


def news(seed: int, seconds: float = ORIGINAL_SECONDS) -> np.ndarray:
    """A news frame (gray, ``WIDTH`` x ``HEIGHT``, ``RATE`` frames a second): a header with the
    channel's name, a caption under the picture and a ticker scrolling leftwards at 60 px a
    second, round a hand-held film of ``_tiled_picture(seed)`` (a slow pan and a drift of a
    few pixels, as a hand holds a phone)."""
    picture = _tiled_picture(seed)
    x0, y0, x1, y1 = PICTURE_BOX
    frame_width, frame_height = x1 - x0, y1 - y0
    font = cv2.FONT_HERSHEY_SIMPLEX
    template = np.full((HEIGHT, WIDTH), 40, np.uint8)
    template[0:24] = 70
    cv2.putText(template, "CHANNEL SEVEN", (10, 17), font, 0.5, 235, 1, cv2.LINE_AA)
    cv2.rectangle(template, (410, 5), (466, 20), 200, -1)
    cv2.putText(template, "LIVE", (420, 17), font, 0.4, 20, 1, cv2.LINE_AA)
    cv2.putText(template, "VALLEY REPORT TODAY", (14, 211), font, 0.42, 230, 1, cv2.LINE_AA)
    cv2.putText(template, "12:45", (300, 211), font, 0.42, 230, 1, cv2.LINE_AA)
    for k, word in enumerate(("WEATHER", "MARKETS", "SPORT")):
        cv2.putText(template, word, (100 + 90 * k, 17), font, 0.4, 200, 1, cv2.LINE_AA)
    cv2.putText(template, "NORTH", (380, 211), font, 0.42, 230, 1, cv2.LINE_AA)
    for k in range(6):                                            # a strip of the channel's marks
        cv2.rectangle(template, (14 + 76 * k, 246), (66 + 76 * k, 262), 210, 1)
        cv2.putText(template, f"CH{k + 2}", (20 + 76 * k, 259), font, 0.35, 210, 1, cv2.LINE_AA)
    strip = np.full((TICKER_ROWS[1] - TICKER_ROWS[0], 2400), 25, np.uint8)
    cv2.putText(strip, WORDS * 3, (4, 16), font, 0.45, 230, 1, cv2.LINE_AA)
    rng = np.random.default_rng([seed, 2])
    phases = rng.uniform(0, 2 * np.pi, 4)
    made = []
    for number in range(int(seconds * RATE)):
        t = number / RATE
        dx = 30 + 1.0 * t + 5 * np.sin(1.3 * t + phases[0]) + 3 * np.sin(2.9 * t + phases[1])
        dy = 40 + 4 * np.sin(1.1 * t + phases[2]) + 3 * np.sin(2.3 * t + phases[3])
        left, top = round(dx), round(dy)
        frame = template.copy()
        frame[y0:y1, x0:x1] = picture[top:top + frame_height, left:left + frame_width]
        shift = int(t * 60) % 1200
        frame[TICKER_ROWS[0]:TICKER_ROWS[1], 8:472] = strip[:, shift:shift + 464]
        made.append(frame)
    return np.stack(made)


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    path = _write(folder / "news.mp4", news(1))
    return folder, path, fingerprint_file(path, original=True).fingerprint.keypoints


def _in_picture(keypoints) -> np.ndarray:
    points = keypoints.points / (keypoints.size[0] / WIDTH)
    x0, y0, x1, y1 = PICTURE_BOX
    return np.all((points > np.array([x0, y0]) + 3) & (points < np.array([x1, y1]) - 3), axis=1)


def test_a_filmed_picture_moves_together_and_is_not_turning(registered, monkeypatch):
    """The filmed picture's features come back near their place and have twins: without the
    carried rule most of them were turning; its returns move together, so none is now."""
    _, _, keypoints = registered
    still = template_features(keypoints)
    picture = _in_picture(keypoints) & ~still
    assert picture.sum() > 200 and still.mean() >= keypoint_index.TURNING_TEMPLATE
    assert turning_parts(keypoints, still)[picture].mean() < 0.1
    monkeypatch.setattr(keypoint_index, "CARRIED_SHARE", 1.01)    # no cell carried
    assert turning_parts(keypoints, still)[picture].mean() > 0.5


def test_a_copy_of_the_news_film_is_found_at_its_offset(registered):
    folder, path, _ = registered
    copied = news(1)[int(COPIED_FROM * RATE):int((COPIED_FROM + UPLOAD_SECONDS) * RATE)]
    upload = fingerprint_file(_write(folder / "copy.mp4", copied), original=False).fingerprint
    [match] = [match for match in one_original_matcher(path, "o-news").geometry_matches(upload)
               if match.score >= DEFAULT_MIN_SCORE]
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(COPIED_FROM, abs=0.6)


def test_the_reels_do_not_move_together(tmp_path):
    """The cassette deck's reels turn about two hubs: few of their returns share their
    keyframe's common shift, and they stay turning parts."""
    keypoints = fingerprint_file(_write(tmp_path / "cassette.mp4", cassette(1, 1)),
                                 original=True).fingerprint.keypoints
    still = template_features(keypoints)
    points = keypoints.points / (keypoints.size[0] / WIDTH)
    on_reels = (np.min([np.hypot(*(points - np.array(centre)).T) for centre in REELS], axis=0)
                < REEL) & ~still
    shifts, _ = _returns(keypoints, ~still, keypoint_index.TURNING_REACH,
                         keypoint_index.TEMPLATE_PIXELS)
    moving = on_reels & (np.sum(~np.isnan(shifts[:, :, 0]), axis=1) > 0)
    assert moving.sum() > 100
    assert _carried(keypoints, moving, shifts)[moving].mean() < keypoint_index.CARRIED_SHARE
    assert turning_parts(keypoints, still)[on_reels].mean() > 0.8
