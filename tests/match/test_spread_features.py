"""Keyframes described again with their features spread over the picture, where nothing else
matched: big text burnt in over a flat animation takes every one of a keyframe's strongest
corners (held_out_11's `q0066` and `q0067`; docs/matching.md, *Features spread over the picture
(stop 36)*)."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.index.frames import FrameIndex
from origin.index.hits import FrameHits
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.synthetic_font import draw_text
from origin.video import keypoints
from tests.match.conftest import one_original_matcher

SIZE = (480, 270)
FPS = 25


def flat_animation(path: Path, seed: int, seconds: float = 10.0) -> Path:
    """Two plain discs with a wedge cut out of each (pies), turning and drifting on a plain
    ground: few corners (the wedges' three each), long smooth edges, as flat animated art has."""
    rng = np.random.default_rng(seed)
    ground = tuple(int(value) for value in rng.integers(160, 256, 3))
    shapes = [dict(colour=tuple(int(value) for value in rng.integers(0, 120, 3)),
                   radius=float(rng.uniform(0.15, 0.25)) * SIZE[1],
                   centre=rng.uniform([0.25 * SIZE[0], 0.3 * SIZE[1]],
                                      [0.75 * SIZE[0], 0.7 * SIZE[1]]),
                   velocity=rng.uniform(-6, 6, 2), start=float(rng.uniform(0, 360)),
                   spin=float(rng.uniform(20, 45)) * float(rng.choice([-1, 1])),
                   wedge=float(rng.uniform(40, 120))) for _ in range(2)]
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for number in range(int(seconds * FPS)):
            seconds_in = number / FPS
            frame = np.empty((SIZE[1], SIZE[0], 3), np.uint8)
            frame[:] = ground
            for shape in shapes:
                centre = shape["centre"] + shape["velocity"] * seconds_in
                cv2.ellipse(frame, (round(centre[0] * 16), round(centre[1] * 16)),
                            (round(shape["radius"] * 16),) * 2,
                            shape["start"] + shape["spin"] * seconds_in, shape["wedge"], 360,
                            shape["colour"], -1, cv2.LINE_AA, shift=4)
            writer.write(frame)
    return path


def with_big_text(source: Path, path: Path) -> Path:
    """``source`` with two lines of big outlined capitals burnt in across its middle."""
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for _, frame in synthetic.iter_frames(source):
            frame = frame.copy()
            for number, line in enumerate(("FOLLOW ME", "LOL WOW")):
                where = (40, 130 + 60 * number)
                draw_text(frame, line, where, 44, (0, 0, 0), thickness=9)
                draw_text(frame, line, where, 44, (200, 180, 255), thickness=5)
            writer.write(frame)
    return path


@pytest.fixture(scope="module")
def flat_media(tmp_path_factory):
    folder = tmp_path_factory.mktemp("flat")
    original = flat_animation(folder / "original.mp4", 3)
    unrelated = flat_animation(folder / "unrelated.mp4", 103)
    return (original, with_big_text(original, folder / "copy.mp4"),
            with_big_text(unrelated, folder / "unrelated_text.mp4"))


@pytest.fixture(scope="module")
def flat_matcher(flat_media, tmp_path_factory):
    return one_original_matcher(flat_media[0], "o-flat", FrameIndex(tmp_path_factory.mktemp("index")))


def _upload(path: Path):
    return fingerprint_file(str(path), original=False).fingerprint


def test_spread_features_take_the_strongest_of_each_cell():
    picture = np.full((270, 480), 200, np.uint8)
    for number in range(40):                       # a block of sharp corners at the top left
        cv2.rectangle(picture, (5 + 11 * (number % 8), 5 + 11 * (number // 8)),
                      (10 + 11 * (number % 8), 10 + 11 * (number // 8)), 0, -1)
    cv2.circle(picture, (360, 200), 40, 60, -1)    # one soft shape far from it
    cv2.rectangle(picture, (300, 60), (340, 100), 90, -1)
    orb = keypoints._orb(keypoints.SPREAD_POOL * 64)
    found, described = keypoints.spread_out(orb, picture, 64)
    points = cv2.KeyPoint_convert(found)
    assert len(points) == len(described)
    cells = (np.minimum(points[:, 1] * 4 // 270, 3) * 4 + np.minimum(points[:, 0] * 4 // 480, 3))
    assert np.bincount(cells.astype(int), minlength=16).max() <= 64 // 16
    assert (points[:, 0] > 240).sum() >= 4          # the shapes on the right get features
    plain_found, _ = keypoints._orb(64).detectAndCompute(picture, None)
    assert (cv2.KeyPoint_convert(plain_found)[:, 0] > 240).sum() < (points[:, 0] > 240).sum()


def test_a_flat_animation_under_big_text_is_found_at_its_offset_by_spread_features(
        flat_media, flat_matcher):
    """The global codes are left out (``FrameHits.empty``: held_out_11's `q0066` met its
    original at 0.146 there); the keyframes' 500 strongest corners fall on the letters, and
    only the keyframes described again spread over the picture meet the original's."""
    upload = _upload(flat_media[1])
    matches = flat_matcher.match_hits(upload, FrameHits.empty(len(upload.codes)))
    assert [match.original for match in matches] == ["o-flat"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:                     # upload time t shows t
        assert abs(segment.original_start - segment.upload_start) <= 1.0
        assert abs(segment.original_end - segment.upload_end) <= 1.0
    assert sum(segment.upload_seconds for segment in matches[0].segments) >= 5.0
    described = upload.described()
    assert flat_matcher.geometry_matches(described) == []   # the plain description: nothing


def test_an_unrelated_flat_animation_under_the_same_text_is_not_matched(flat_media, flat_matcher):
    upload = _upload(flat_media[2])
    assert flat_matcher.match(upload, 0.0) == []


def test_the_spread_pass_asks_the_index_for_no_descriptor_an_earlier_pass_asked(
        flat_media, flat_matcher, monkeypatch):
    """The spread-out description keeps some of the plain one's features (a cell's strongest
    corner is often among the picture's 500 strongest, and ORB describes it alike): their
    nearest rows are copied from the earlier searches' answers (``Answers``), not searched
    again, and the match is the one found before."""
    from origin.index import keypoints as index_keypoints
    from origin.video.fingerprint import Fingerprint

    asked: dict[str, list] = {"before": [], "spread": []}
    stage = ["before"]
    nearest, spread_out = index_keypoints._nearest, Fingerprint.spread_out

    def recording(searcher, queries, k, order):
        asked[stage[0]].extend(index_keypoints._as_keys(queries).tolist())
        return nearest(searcher, queries, k, order)

    def spreading(self, **options):
        stage[0] = "spread"
        return spread_out(self, **options)

    monkeypatch.setattr(index_keypoints, "_nearest", recording)
    monkeypatch.setattr(Fingerprint, "spread_out", spreading)
    upload = _upload(flat_media[1])
    matches = flat_matcher.match_hits(upload, FrameHits.empty(len(upload.codes)))
    assert [match.original for match in matches] == ["o-flat"]
    plain = set(index_keypoints._as_keys(upload.described().keypoints.descriptors).tolist())
    spread = set(index_keypoints._as_keys(spread_out(upload).keypoints.descriptors).tolist())
    assert plain & spread                     # some features are described by both
    assert asked["spread"] and not set(asked["spread"]) & set(asked["before"])
