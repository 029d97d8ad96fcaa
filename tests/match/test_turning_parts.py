"""Turning parts at stop 46 (``index.keypoints.turning_parts``, ``verify._on_content``).
held_out_21's cassette-deck visualiser draws the same deck (shell, screws, window) around
whatever label picture and music it is given, and two reels turning behind the window at the
same turn at the same instant in every video: stop 45's template learnt the deck but not the
reels (they do not stay put), and the geometry tier verified the registered deck in 22
negatives at 0.93-1.0 with every inlier on the reels. Drawn parts that move in place and repeat
are learnt as turning parts of the template. Here a generated deck whose label changes (a
slideshow): the reels are learnt as turning, the label is not template at all; the deck round
other labels on other music is not matched by the geometry tier (it is without the turning
parts); copies of the registered one (on a canvas, zoomed) are found by it at their offset."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

import origin.index.keypoints as keypoint_index
from origin.index.keypoints import template_features, turning_parts
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher
from tests.match.test_static_layout import _write
from tests.match.test_template_features import (CENTRE, LABEL, _cover, _on_canvas, _zoomed,
                                                turntable)
from tests.match.test_thin_strips import RATE

WIDTH, HEIGHT = 480, 270
ORIGINAL_SECONDS, UPLOAD_SECONDS = 14.0, 10.0
COPIED_FROM = 2.0                  # s of the original the copies start at
LABEL_BOX = (96, 26, 384, 92)      # px: x0, y0, x1, y1 of the label
REELS, REEL = ((186, 146), (294, 146)), 26   # px: the reels' centres and radius
TURNS_A_SECOND = 0.55
LABEL_SECONDS = 2.0                # a picture of the label's slideshow


def _reel() -> np.ndarray:
    """The reel (gray, with a transparent hole and ground as 0 in a mask): a disc, a hub of
    six teeth and a mark that shows the turn."""
    side = 2 * REEL + 1
    reel = np.zeros((side, side), np.uint8)
    cv2.circle(reel, (REEL, REEL), REEL - 1, 230, -1, cv2.LINE_AA)
    cv2.circle(reel, (REEL, REEL), REEL // 3, 0, -1, cv2.LINE_AA)
    for tooth in range(6):
        angle = tooth * np.pi / 3
        tip = (round(REEL + 0.42 * REEL * np.cos(angle)), round(REEL + 0.42 * REEL * np.sin(angle)))
        cv2.line(reel, (REEL, REEL), tip, 230, 3, cv2.LINE_AA)
    cv2.circle(reel, (round(1.55 * REEL), REEL), 3, 60, -1)
    return reel


def cassette(label_seed: int, music_seed: int, seconds: float = ORIGINAL_SECONDS) -> np.ndarray:
    """A cassette-deck visualiser (gray, ``WIDTH`` x ``HEIGHT``, ``RATE`` frames a second): the
    same drawn deck whatever it is given, its label a slideshow of pictures ``label_seed`` (a
    new one every ``LABEL_SECONDS``), its reels turning from the video's start, a level meter
    following the music ``music_seed``."""
    rng = np.random.default_rng(music_seed)
    deck = np.full((HEIGHT, WIDTH), 48, np.uint8)
    cv2.rectangle(deck, (68, 14), (412, 200), 26, -1)
    cv2.rectangle(deck, (68, 14), (412, 200), 80, 2, cv2.LINE_AA)
    for screw in ((78, 24), (402, 24), (78, 190), (402, 190)):
        cv2.circle(deck, screw, 4, 120, -1, cv2.LINE_AA)
    cv2.rectangle(deck, (144, 112), (336, 180), 40, -1)            # the window
    cv2.circle(deck, REELS[0], REEL + 14, 70, -1, cv2.LINE_AA)     # tape wound on the left
    cv2.circle(deck, REELS[1], REEL + 3, 70, -1, cv2.LINE_AA)
    reel = _reel()
    box_w, box_h = LABEL_BOX[2] - LABEL_BOX[0], LABEL_BOX[3] - LABEL_BOX[1]
    labels = [cv2.resize(_cover(1000 * label_seed + number), (box_w, box_h))
              for number in range(int(seconds / LABEL_SECONDS) + 1)]
    made = []
    for number in range(int(seconds * RATE)):
        time = number / RATE
        frame = deck.copy()
        frame[LABEL_BOX[1]:LABEL_BOX[3], LABEL_BOX[0]:LABEL_BOX[2]] = labels[int(time / LABEL_SECONDS)]
        turned = cv2.warpAffine(reel, cv2.getRotationMatrix2D((REEL, REEL), 360.0 * TURNS_A_SECOND * time, 1.0),
                                reel.shape[::-1], flags=cv2.INTER_LINEAR)
        for x, y in REELS:
            spot = frame[y - REEL:y + REEL + 1, x - REEL:x + REEL + 1]
            spot[turned > 0] = turned[turned > 0]
        level = rng.uniform(0.2, 1.0)
        cv2.rectangle(frame, (90, 220), (90 + int(300 * level), 230), 200, -1)
        made.append(frame)
    return np.stack(made)


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cassette")
    path = _write(folder / "cassette.mp4", cassette(1, 1))
    return folder, path, one_original_matcher(path, "o-cassette")


def test_the_reels_are_learnt_as_turning_and_the_label_is_not(registered):
    """The reels' features come back near their place, turned, and repeat: turning parts;
    the changing label's are neither still nor turning; the shell stays put."""
    _, path, _ = registered
    keypoints = fingerprint_file(path, original=True).fingerprint.keypoints
    still = template_features(keypoints)
    turning = turning_parts(keypoints, still)
    points = keypoints.points / (keypoints.size[0] / WIDTH)
    on_reels = np.min([np.hypot(*(points - np.array(centre)).T) for centre in REELS], axis=0) < REEL
    on_label = np.all((points > np.array(LABEL_BOX[:2]) + 3) & (points < np.array(LABEL_BOX[2:]) - 3),
                      axis=1)
    assert on_reels.sum() > 100 and on_label.sum() > 100
    assert turning[on_reels & ~still].mean() > 0.8
    assert (turning | still)[on_label].mean() < 0.1
    assert not (turning & still).any()


def test_a_picture_turning_in_a_template_is_not_turning(registered):
    """A record cover turning on a drawn platter (stop 45's turntable) comes back near its
    place too, but its features have no twins: it stays what a copy shows."""
    folder, _, _ = registered
    keypoints = fingerprint_file(_write(folder / "turntable.mp4", turntable(1, 1)),
                                 original=True).fingerprint.keypoints
    still = template_features(keypoints)
    points = keypoints.points / (keypoints.size[0] / WIDTH)
    on_cover = np.hypot(*(points - np.array(CENTRE)).T) < LABEL - 6
    assert on_cover.sum() > 100
    assert turning_parts(keypoints, still)[on_cover].mean() < 0.1


@pytest.mark.parametrize("label_seed, music_seed", [(2, 2), (3, 3)])
def test_the_deck_round_other_labels_is_not_matched(registered, label_seed, music_seed,
                                                    monkeypatch):
    """The same deck round other labels on other music, its reels at the same turn at the same
    instant, plain and on a canvas: verified on the reels without the turning parts, nothing
    with them."""
    folder, path, matcher = registered
    other = cassette(label_seed, music_seed, UPLOAD_SECONDS)
    for name, frames in (("plain", other), ("canvas", _on_canvas(other))):
        upload = fingerprint_file(_write(folder / f"other-{label_seed}-{name}.mp4", frames),
                                  original=False).fingerprint
        assert [match for match in matcher.geometry_matches(upload)
                if match.score >= DEFAULT_MIN_SCORE] == []
        if name == "plain":
            with monkeypatch.context() as patched:
                patched.setattr(keypoint_index, "turning_parts",
                                lambda keypoints, still: np.zeros(len(keypoints), bool))
                without = one_original_matcher(path, "o-cassette")
                assert [match for match in without.geometry_matches(upload)
                        if match.score >= DEFAULT_MIN_SCORE] != []


@pytest.mark.parametrize("family", ["canvas", "zoom"])
def test_a_copy_of_the_deck_is_found_at_its_offset(registered, family):
    folder, _, matcher = registered
    copied = cassette(1, 1)[int(COPIED_FROM * RATE):int((COPIED_FROM + UPLOAD_SECONDS) * RATE)]
    frames = _on_canvas(copied) if family == "canvas" else _zoomed(copied)
    upload = fingerprint_file(_write(folder / f"copy-{family}.mp4", frames),
                              original=False).fingerprint
    [match] = [match for match in matcher.geometry_matches(upload)
               if match.score >= DEFAULT_MIN_SCORE]
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(COPIED_FROM, abs=0.6)
