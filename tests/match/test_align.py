import numpy as np

from origin.match.align import FrameMatches, align
from origin.match.decide import SCORE_MIDPOINT


def _line(upload_times, speed, offset):
    return upload_times, speed * upload_times + offset


def test_finds_a_sped_up_copy_at_its_offset_among_noise():
    rng = np.random.default_rng(0)
    t = np.arange(2.0, 12.0, 0.25)
    t, r = _line(t, 1.2, 30.0)
    noise_t = rng.uniform(0, 20, 60)
    noise_r = rng.uniform(0, 60, 60)
    matches = FrameMatches(np.r_[t, noise_t], np.r_[r, noise_r], np.r_[np.full(len(t), 0.6),
                                                                    np.full(60, 0.5)])
    found = align(matches, upload_duration=20.0, original_duration=60.0, sample_interval=0.25)
    best = found[0]
    assert abs(best.speed - 1.2) < 0.02 and abs(best.offset - 30.0) < 0.2
    segment = best.segments[0]
    assert abs(segment.upload_start - 1.875) < 0.2 and abs(segment.upload_end - 11.875) < 0.2
    assert abs(segment.original_start - (1.2 * 1.875 + 30)) < 0.3


def test_scattered_coincidences_make_no_segment():
    rng = np.random.default_rng(1)
    t = np.sort(rng.uniform(0, 30, 25))
    r = rng.uniform(0, 300, 25)
    found = align(FrameMatches(t, r, np.full(25, 0.5)), 30.0, 300.0, 0.25)
    assert sum(a.evidence for a in found) < SCORE_MIDPOINT / 2


def test_two_copied_parts_are_two_segments():
    first_t, first_r = _line(np.arange(0.0, 5.0, 0.25), 1.0, 40.0)
    second_t, second_r = _line(np.arange(10.0, 15.0, 0.25), 1.0, -5.0)
    matches = FrameMatches(np.r_[first_t, second_t], np.r_[first_r, second_r],
                           np.full(len(first_t) + len(second_t), 0.8))
    found = align(matches, 15.0, 60.0, 0.25)
    starts = sorted(round(s.original_start) for a in found for s in a.segments)
    assert starts == [5, 40]
