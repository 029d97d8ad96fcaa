"""The matcher's weights before alignment: the cut to originals whose hits could score, timing,
and the inverse-frequency share (originals of one footage counted once)."""
from datetime import datetime, timezone

import numpy as np

from origin.index.segment import Segment
from origin.index.shards import Shard
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo, evidence_needed
from origin.match.matcher import (SHARE_SCALE, IndexedOriginal, Matcher, _could_score, _shares,
                                  _timing_weights, one_footage)
from origin.video.fingerprint import Fingerprint


def test_an_original_hit_at_too_few_upload_frames_or_too_weakly_is_skipped():
    # original 1: four frames, strong; 2: two frames (cannot align); 3: three frames but weak,
    # each frame hit twice (the second hit of a frame must not count again)
    keys = np.array([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3])
    frames = np.array([0, 1, 2, 3, 0, 0, 1, 5, 5, 6, 6, 7, 7])
    weights = np.array([.9, .9, .9, .9, 1, 1, 1, .3, .3, .3, .3, .3, .3])
    assert _could_score(keys, frames, weights, evidence_needed(0.0)).tolist() == [1, 3]
    assert _could_score(keys, frames, weights, evidence_needed(0.5)).tolist() == [1]


def test_a_frame_that_meets_an_original_everywhere_weighs_less_than_one_that_meets_one_moment():
    # frame 0 hits 0.2 s and 0.4 s (one second); frame 1 hits four seconds as closely (smooth or
    # repetitive footage), and a fifth one 3 bits further that does not count
    frames = np.array([0, 0, 1, 1, 1, 1, 1])
    distances = np.array([4, 5, 9, 9, 10, 9, 12])
    times = np.array([0.2, 0.4, 1.0, 2.5, 3.5, 7.0, 9.0])
    weights = _timing_weights(frames, distances, times)
    assert weights.tolist() == [1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.5]


def test_a_frame_many_originals_meet_as_closely_is_shared_among_them():
    # frame 0 meets original 1 at 3 bits and nothing else: all its evidence goes to 1; frame 1
    # meets originals 2, 3, 4 at 9 bits (one kind of picture): a third each; frame 2 meets
    # original 5 at 4 bits and original 6 at 12 (8 bits further): 6 gets next to nothing
    frames = np.array([0, 0, 1, 1, 1, 2, 2])
    keys = np.array([1, 1, 2, 3, 4, 5, 6])
    distances = np.array([3, 6, 9, 9, 9, 4, 12])
    shares = _shares(frames, keys, distances)
    assert shares[:2].tolist() == [1.0, 1.0]
    assert np.allclose(shares[2:5], 1 / 3)
    assert shares[5] > 0.98 and np.isclose(shares[6], np.exp(-8 / SHARE_SCALE) * shares[5])


def _flipped(codes: np.ndarray, bits: int, rng: np.random.Generator) -> np.ndarray:
    """``codes`` with ``bits`` random bits of each flipped."""
    flat = np.unpackbits(codes, axis=1)
    for row in flat:
        row[rng.choice(64, bits, replace=False)] ^= 1
    return np.packbits(flat, axis=1)


def _shot_matcher(originals: dict[int, np.ndarray]) -> Matcher:
    """A matcher over ``originals`` (key -> one code a frame, 4 frames a second, 10 s)."""
    published = datetime(2020, 1, 1, tzinfo=timezone.utc)
    infos = {key: IndexedOriginal(OriginalInfo(key, f"o{key}", f"o{key}.mp4", None, published, 10.0),
                                  np.arange(len(codes)) / 4.0, codes)
             for key, codes in originals.items()}
    shard = Shard(0, 1, Segment.build_many(originals.items()))
    return Matcher(shard, lambda keys: {key: infos[key] for key in keys if key in infos})


def _copy_of(codes: np.ndarray, bits: int, rng: np.random.Generator) -> Fingerprint:
    """A 4 s upload showing ``codes``' seconds 2-6, each code ``bits`` off (a filmed screen)."""
    shown = _flipped(codes[8:24], bits, rng)
    return Fingerprint("u.mp4", 4.0, np.arange(16) / 4.0, shown, np.arange(16))


def test_pieces_of_one_shot_do_not_split_a_copy_of_one_of_them():
    # originals 1 and 2 are one footage (every moment of 2 within 2 bits of 1's: a static
    # camera's pieces, or a video registered twice); a copy of 1 filmed off a screen, 7 bits
    # from it, meets both as closely: the frame says which footage, not which kind of picture
    rng = np.random.default_rng(3)
    shot = rng.integers(0, 256, (40, 8), np.uint8)
    matcher = _shot_matcher({1: shot, 2: _flipped(shot, 2, rng),
                             3: rng.integers(0, 256, (40, 8), np.uint8)})
    assert one_footage(matcher.lookup([1])[1].codes, matcher.lookup([2])[2].codes)
    found = {match.original: match.score for match in matcher.match(_copy_of(shot, 7, rng))}
    assert found.get("o1", 0) >= DEFAULT_MIN_SCORE and "o3" not in found


def test_originals_sharing_a_few_pictures_still_split_the_frames_that_meet_both():
    # originals 1 and 2 share 8 of their 40 moments (a dark sky with a bright core, say) and
    # nothing else: an upload of those moments meets both as closely and is split between them,
    # so 1 scores less than with 2 not registered
    rng = np.random.default_rng(4)
    first, second = (rng.integers(0, 256, (40, 8), np.uint8) for _ in range(2))
    second[8:24:2] = _flipped(first[8:24:2], 1, rng)
    matcher = _shot_matcher({1: first, 2: second})
    assert not one_footage(first, second)
    upload = Fingerprint("u.mp4", 2.0, np.arange(8) / 4.0, _flipped(first[8:24:2], 5, rng),
                         np.arange(8))
    frames, keys = np.repeat(np.arange(8), 2), np.tile([1, 2], 8)
    assert matcher._footage(keys, frames, np.ones(16), 0.0) is None
    assert np.allclose(_shares(frames, keys, np.full(16, 5)), 0.5)
    both = {match.original: match.score for match in matcher.match(upload, 0.0)}
    alone = {match.original: match.score for match in _shot_matcher({1: first}).match(upload, 0.0)}
    assert both["o1"] < 0.8 * alone["o1"]


def test_an_original_is_still_where_its_picture_is_the_one_it_shows_a_second_later():
    """``stillness``: per instant with codes (two views an instant), whether every code is
    within STILL_BITS of one of the codes a second later (earlier, at the end)."""
    from origin.match.matcher import stillness

    rng = np.random.default_rng(5)
    instants = np.arange(0.0, 8.0, 0.25)
    board = rng.integers(0, 256, (2, 8), dtype=np.uint8)
    codes = []
    for instant in instants:
        if 2.0 <= instant < 6.0:                 # a still board, a bit of noise on each code
            view = board.copy()
            view[:, int(instant * 4) % 8] ^= np.uint8(1)
        else:                                    # moving footage: a new picture each instant
            view = rng.integers(0, 256, (2, 8), dtype=np.uint8)
        codes.append(view)
    found = stillness(np.repeat(instants, 2), np.concatenate(codes))
    assert np.array_equal(found.times, instants)
    assert np.array_equal(found.still, (instants >= 2.0) & (instants < 5.0)), found.still
    assert found.share(2.0, 4.75) == 1.0 and found.share(0.0, 1.75) == 0.0
