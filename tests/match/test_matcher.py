"""The matcher's pre-alignment cut: only originals whose hits could score are looked up."""
import numpy as np

from origin.match.decide import evidence_needed
from origin.match.matcher import _could_score


def test_an_original_hit_at_too_few_upload_frames_or_too_weakly_is_skipped():
    # original 1: four frames, strong; 2: two frames (cannot align); 3: three frames but weak,
    # each frame hit twice (the second hit of a frame must not count again)
    keys = np.array([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3])
    frames = np.array([0, 1, 2, 3, 0, 0, 1, 5, 5, 6, 6, 7, 7])
    weights = np.array([.9, .9, .9, .9, 1, 1, 1, .4, .4, .4, .4, .4, .4])
    assert _could_score(keys, frames, weights, evidence_needed(0.0)).tolist() == [1, 3]
    assert _could_score(keys, frames, weights, evidence_needed(0.5)).tolist() == [1]
