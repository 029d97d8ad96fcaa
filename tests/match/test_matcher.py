"""The matcher's pre-alignment cut: only originals whose hits could score are looked up."""
import numpy as np

from origin.match.decide import evidence_needed
from origin.match.matcher import SHARE_SCALE, _could_score, _shares, _timing_weights


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
