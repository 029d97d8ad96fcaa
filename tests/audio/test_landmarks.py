"""Landmark hashes read through warps undo speed and pitch changes of the peaks; pair hashes of an
original are among its upload's dense pairs."""
from __future__ import annotations

import numpy as np

from origin import synthetic_audio
from origin.audio.landmarks import (HASH_BITS, IDENTITY, PAIR_TAG, Warp, default_warps, dense_pairs,
                                   landmarks, pair_landmarks)
from origin.audio.peaks import BINS_PER_OCTAVE, Peaks, peaks_of
from origin.media.audio import SAMPLE_RATE

PEAKS = peaks_of([synthetic_audio.melody(8, 20.0, rate=SAMPLE_RATE)], per_second=8)


def shared(first, second) -> float:
    return len(np.intersect1d(first.hashes, second.hashes)) / len(np.unique(first.hashes))


def test_a_pitch_shift_of_the_peaks_is_undone_by_the_opposite_bin_shift():
    shifted = Peaks(PEAKS.frames, PEAKS.bins + 4, PEAKS.duration)
    original = landmarks(PEAKS, 3)
    assert shared(original, landmarks(shifted, 3)) < 0.1
    assert shared(original, landmarks(shifted, 3, Warp(1.0, -4.0))) > 0.95


def test_a_tempo_change_of_the_peaks_is_undone_by_the_time_factor():
    faster = Peaks(np.round(PEAKS.frames / 1.1).astype(np.int32), PEAKS.bins, PEAKS.duration / 1.1)
    original = landmarks(PEAKS, 3)
    assert shared(original, landmarks(faster, 3)) < 0.3
    assert shared(original, landmarks(faster, 3, Warp(1.1, 0.0))) > 0.6


def test_sped_up_audio_is_found_again_through_a_speed_warp():
    tune = synthetic_audio.melody(8, 20.0, rate=SAMPLE_RATE)
    sped = peaks_of([synthetic_audio.resample_speed(tune, 1.15)], per_second=16)
    original = landmarks(PEAKS, 3)
    warp = Warp(1.15, -BINS_PER_OCTAVE * np.log2(1.15))
    assert shared(original, landmarks(sped, 6)) < 0.05
    assert shared(original, landmarks(sped, 6, warp)) > 0.2


def test_default_warps_cover_tempo_pitch_and_speed_lines():
    warps = default_warps()
    assert warps[0] == IDENTITY
    assert Warp(1.1, 0.0) in warps and Warp(1.0, 4.0) in warps and Warp(1.0, -4.0) in warps
    assert any(abs(w.time_factor - 1.2) < 1e-9 and abs(w.bin_shift + BINS_PER_OCTAVE * np.log2(1.2)) < 1e-2
               for w in warps)
    assert any(abs(w.time_factor - 1.3) < 1e-9 and abs(w.bin_shift + BINS_PER_OCTAVE * np.log2(1.3)) < 1e-2
               for w in warps)                                   # nightcore's ×1.3
    assert max(w.time_factor for w in warps if w.bin_shift == 0) == 1.25   # tempo keeps its range


def test_a_speed_between_two_grid_points_keeps_half_its_hashes_through_the_nearest_warp():
    # Peaks at fractional bins, as music's are: a speed change moves every bin by a fraction of a
    # bin, and a hash needs three rounded bins to agree.
    rng = np.random.default_rng(3)
    frames = np.sort(rng.choice(np.arange(20 * 31), 160, replace=False)).astype(np.int32)
    bins = rng.uniform(8, 100, len(frames)).astype(np.float32)
    original = landmarks(Peaks(frames, bins, 20.0), 3)
    for speed in (1.0625, 1.1125, 1.1875):        # halfway between two 2.5 % steps
        sped = Peaks(np.round(frames / speed).astype(np.int32),
                     (bins + BINS_PER_OCTAVE * np.log2(speed)).astype(np.float32), 20.0 / speed)
        best = max(shared(original, landmarks(sped, 3, warp)) for warp in default_warps())
        assert best > 0.35, speed


def test_an_originals_pairs_are_among_the_dense_pairs_of_an_upload_holding_its_peaks_and_more():
    rng = np.random.default_rng(3)
    extra = Peaks(rng.integers(0, PEAKS.frames.max(), 4000).astype(np.int32),
                  rng.integers(0, 120, 4000).astype(np.float32), PEAKS.duration)   # a voice's peaks
    frames = np.concatenate([PEAKS.frames, extra.frames])
    order = np.argsort(frames, kind="stable")
    dense = Peaks(frames[order], np.concatenate([np.rint(PEAKS.bins), extra.bins])[order], PEAKS.duration)
    original, upload = pair_landmarks(PEAKS), dense_pairs(dense)
    assert len(original.hashes) > 2 * len(PEAKS)                     # ~3 targets a peak
    pairs = set(zip(upload.hashes.tolist(), upload.anchor_frames.tolist()))
    assert all(pair in pairs for pair in zip(original.hashes.tolist(), original.anchor_frames.tolist()))
    # In the same store as the triplets, never equal to one: pairs sit above every triplet hash.
    assert (original.hashes & PAIR_TAG).all() and (landmarks(PEAKS, 3).hashes < 1 << HASH_BITS).all()
