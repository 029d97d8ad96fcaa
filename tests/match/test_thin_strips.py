"""A layout box whose frames hold their detail in a thin strip gives no code
(``fingerprint.sliver``): the box below a 9:16 stack's seam, the upper picture's last rows over
the lower one's flat dark ground, met a registered dark slide deck (held_out_5's `q0007`, a
demote on behalf of the wrong rights holder); a copy of that deck, and a stacked copy, are
still found."""
from __future__ import annotations

from datetime import datetime, timezone

import cv2
import numpy as np
import pytest

from benchmarks.real_suite import Slides
from origin import synthetic
from origin.index.keypoints import KeypointIndex
from origin.index.segment import Segment
from origin.index.shards import Shard
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher
from origin.media.video import DecodedVideo
from origin.video.fingerprint import (Fingerprint, fingerprint_original, fingerprint_upload,
                                      upload_layout)

RATE = 4.0               # sampled frames a second, as origin samples
DECK_SEED = 50           # a dark deck whose title at the top left the mirrored strip meets


def _decoded(name: str, frames: np.ndarray) -> DecodedVideo:
    times = np.arange(len(frames)) / RATE
    return DecodedVideo(name, len(frames) / RATE, frames.shape[2], frames.shape[1], times, frames)


def _deck(seconds: float = 16.0) -> np.ndarray:
    """The dark slide deck (a title and a few sparse lines of letters), gray at working size."""
    deck = Slides(DECK_SEED)
    return np.stack([cv2.resize(cv2.cvtColor(deck.frame_at(t), cv2.COLOR_BGR2GRAY), (256, 144),
                                interpolation=cv2.INTER_AREA)
                     for t in np.arange(0, seconds, 1 / RATE)])


def thin_strip(size: tuple[int, int] = (144, 142), rows: int = 9) -> np.ndarray:
    """The box below a 9:16 stack's seam: the upper picture's last ``rows`` (a toolbar, bright
    at the right, small marks) over flat dark ground, as `q0007`'s lower box showed."""
    width, height = size
    frame = np.full((height, width), 17, np.uint8)
    frame[:rows // 2] = 20
    frame[rows // 2:rows] = 83
    bright = int(width * 0.72)
    frame[:rows, bright:] = 235
    frame[1:rows - 1:2, 4:bright - 2:2] = 255
    frame[2:rows - 2, bright + 4:width - 4:3] = 0
    return frame


def _matcher(original: Fingerprint, duration: float) -> Matcher:
    """Both tiers over one original (the geometry tier if it has keypoints)."""
    info = IndexedOriginal(OriginalInfo(1, "o-deck", "deck.mp4", None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc), duration),
                           original.times[original.frame_of], original.codes)
    keypoints = (None if original.keypoints is None
                 else KeypointIndex.build([(1, original.keypoints)]))
    return Matcher(Shard(0, 1, Segment.build_many([(1, original.codes)])),
                   lambda keys: {key: info for key in keys if key == 1}, keypoints)


@pytest.fixture(scope="module")
def deck_matcher() -> Matcher:
    deck = _deck()
    return _matcher(fingerprint_original(_decoded("deck", deck)), len(deck) / RATE)


def _stacked_over_strip(seconds: float = 10.0) -> np.ndarray:
    """A 9:16 upload: unrelated footage in the upper half, and below the seam a dark half whose
    first rows are a thin bright strip (``thin_strip``), gray at working size (144x256)."""
    footage = synthetic.SyntheticFootage(7, (256, 144))
    frames = []
    for t in np.arange(0, seconds, 1 / RATE):
        canvas = np.full((256, 144), 30, np.uint8)
        canvas[47:128] = cv2.cvtColor(cv2.resize(footage.frame_at(t), (144, 81),
                                                 interpolation=cv2.INTER_AREA), cv2.COLOR_BGR2GRAY)
        canvas[128:] = thin_strip((144, 128))
        frames.append(canvas)
    return np.stack(frames)


def test_the_box_of_a_thin_strip_below_a_9x16_seam_does_not_match_a_dark_sparse_deck(
        deck_matcher):
    frames = _stacked_over_strip()
    boxes = [box for box, whole in upload_layout(frames[:40])[0] if not whole]
    assert any(box.top == 128 and box.bottom == 256 for box in boxes)   # the box is looked at
    assert deck_matcher.match(fingerprint_upload(_decoded("stack", frames))) == []   # 0.999 before


def test_a_copy_of_the_dark_sparse_deck_is_still_found_at_its_offset(deck_matcher):
    copy = _deck()[24:56]                  # seconds 6-14 of the deck, as an upload
    [match] = deck_matcher.match(fingerprint_upload(_decoded("copy", copy)))
    assert match.score >= DEFAULT_MIN_SCORE
    for segment in match.segments:
        assert abs(segment.original_start - (6.0 + segment.upload_start)) <= 0.5


def test_a_stacked_copy_is_still_found_at_its_offset(tmp_path):
    found_at_its_offset(tmp_path, "stacked_9x16", original_seed=41, copy_seed=2)


def found_at_its_offset(tmp_path, family: str, original_seed: int, copy_seed: int) -> None:
    """A copy of seconds 2.0-8.5 of generated footage, made with ``family``, matches it with the
    upload's time t aligned to the original's 2.0 + t."""
    original = synthetic.generate_video(tmp_path / "original.mp4", seed=original_seed, seconds=10,
                                        size=(640, 360))
    copy = synthetic.apply_transform(original, tmp_path / f"{family}.mp4", family, copy_seed,
                                     subclip=(2.0, 8.5))
    registered = fingerprint_file(str(original), original=True).fingerprint
    matcher = _matcher(registered, registered.duration)
    [match] = matcher.match(fingerprint_file(str(copy.path), original=False).fingerprint)
    assert match.score >= DEFAULT_MIN_SCORE
    for segment in match.segments:
        assert abs(segment.original_start - (2.0 + segment.upload_start)) <= 1.0
