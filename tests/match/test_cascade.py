"""The geometry tier's cascade for uploads nothing matched at the default threshold: every
``CASCADE_STEP``-th keyframe searched first, the rest only where one of those verified
(docs/matching.md, *Scan CPU at stop 40*). Where they verify, the pairs are exactly one search
of every keyframe's; where they do not, the rest is neither searched nor (in the mirrored and
spread-out passes) described."""
from __future__ import annotations

import numpy as np
import pytest

from origin import synthetic
from origin.index.hits import FrameHits
from origin.jobs.fingerprinting import fingerprint_file
from origin.match import matcher as matching
from origin.match.decide import DEFAULT_MIN_SCORE
from tests.match.conftest import one_original_matcher

SIZE = (640, 360)
PIECE = (1.0, 12.0)          # of the original that the copies show: 11 keyframes


@pytest.fixture(scope="module")
def cascade_media(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cascade")
    original = synthetic.generate_video(folder / "original.mp4", seed=61, seconds=13, size=SIZE)
    unrelated = synthetic.generate_video(folder / "unrelated.mp4", seed=62, seconds=11, size=SIZE)
    zoom = synthetic.apply_transform(original, folder / "zoom.mp4", "zoom", 3, subclip=PIECE)
    flipped = synthetic.apply_transform(zoom.path, folder / "flipped.mp4", "hflip", 1)
    return original, unrelated, zoom.path, flipped.path


@pytest.fixture(scope="module")
def cascade_matcher(cascade_media):
    return one_original_matcher(cascade_media[0], "o-original")


def _upload(path):
    return fingerprint_file(str(path), original=False).fingerprint


def _searched(matcher, monkeypatch) -> list[int]:
    """Keyframes handed to each keypoint search, in order (filled as the matcher searches)."""
    counts: list[int] = []
    search = matcher.keypoints.search

    def counting(keypoints, known=None):
        counts.append(len(keypoints.times))
        return search(keypoints, known)

    monkeypatch.setattr(matcher.keypoints, "search", counting)
    return counts


def test_a_copy_verifies_the_same_pairs_in_a_cascade_as_in_one_search(cascade_media,
                                                                      cascade_matcher):
    upload = _upload(cascade_media[2]).described()
    assert upload.dense is None and len(upload.keypoints.times) >= matching.CASCADE_FROM
    whole = matching._Geometry(cascade_matcher, upload, DEFAULT_MIN_SCORE)
    cascade = matching._Geometry(cascade_matcher, upload, DEFAULT_MIN_SCORE, cascade=True)
    assert whole.verified                      # the zoom verifies at several keyframes ...
    assert {pair.upload_frame % matching.CASCADE_STEP for pair in whole.verified} == set(
        range(matching.CASCADE_STEP))          # ... among the first searched and the rest
    assert cascade.verified == whole.verified
    assert [(match.original, match.score) for match in cascade.matches()] == [
        (match.original, match.score) for match in whole.matches()]


def test_a_mirrored_copy_is_described_and_verified_alike_in_a_cascade(cascade_media,
                                                                      cascade_matcher):
    upload = _upload(cascade_media[3]).described()
    whole = matching._Geometry(cascade_matcher, upload.mirrored(), DEFAULT_MIN_SCORE)
    lazy = upload.mirrored(describe=False)
    assert lazy.keypoints is None and lazy.waiting is not None
    cascade = matching._Geometry(cascade_matcher, lazy, DEFAULT_MIN_SCORE, cascade=True)
    assert whole.verified and cascade.verified == whole.verified
    for field in ("times", "frame_of", "points", "descriptors"):
        assert np.array_equal(getattr(cascade.upload.keypoints, field),
                              getattr(whole.upload.keypoints, field))
    assert cascade.matches()[0].score >= DEFAULT_MIN_SCORE


def test_an_unrelated_upload_searches_only_every_other_keyframe(cascade_media, cascade_matcher,
                                                                monkeypatch):
    upload = _upload(cascade_media[1]).described()
    count = len(upload.keypoints.times)
    assert count >= matching.CASCADE_FROM
    searched = _searched(cascade_matcher, monkeypatch)
    assert matching._Geometry(cascade_matcher, upload, DEFAULT_MIN_SCORE).verified == []
    assert searched == [count]
    searched.clear()
    assert matching._Geometry(cascade_matcher, upload, DEFAULT_MIN_SCORE,
                              cascade=True).verified == []
    assert searched == [len(range(0, count, matching.CASCADE_STEP))]
    searched.clear()
    # mirrored, described lazily: only the keyframes searched are described
    described = []
    lazy = upload.mirrored(describe=False)
    original_described = type(lazy.waiting).described

    def counting(self):
        described.append(len(self.times))
        return original_described(self)

    monkeypatch.setattr(type(lazy.waiting), "described", counting)
    geometry = matching._Geometry(cascade_matcher, lazy, DEFAULT_MIN_SCORE, cascade=True)
    assert geometry.verified == [] and geometry.matches() == []
    assert described == [len(range(0, len(lazy.waiting.times), matching.CASCADE_STEP))]


def test_the_matcher_finds_the_copies_and_not_the_unrelated_upload(cascade_media,
                                                                   cascade_matcher):
    for path, expected in ((cascade_media[2], ["o-original"]), (cascade_media[3], ["o-original"]),
                           (cascade_media[1], [])):
        upload = _upload(path)
        # no global-tier hits: the upload goes down the geometry tier's passes alone
        matches = cascade_matcher.match_hits(upload, FrameHits.empty(len(upload.codes)))
        assert [match.original for match in matches
                if match.score >= DEFAULT_MIN_SCORE] == expected, path

