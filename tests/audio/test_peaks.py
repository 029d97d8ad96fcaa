"""Spectral peaks: where music is, none in silence, the same whether streamed or not."""
from __future__ import annotations

import numpy as np

from origin import synthetic_audio
from origin.audio.peaks import BIN_COUNT, BINS_PER_OCTAVE, LOWEST_HZ, SECOND_FRAMES, peaks_of
from origin.media.audio import SAMPLE_RATE

TUNE = synthetic_audio.melody(5, 30.0, rate=SAMPLE_RATE)


def blocks(samples: np.ndarray, seconds: float):
    size = int(seconds * SAMPLE_RATE)
    return (samples[start:start + size] for start in range(0, len(samples), size))


def test_streamed_peaks_equal_the_peaks_of_the_whole_signal():
    whole = peaks_of([TUNE], per_second=12)
    streamed = peaks_of(blocks(TUNE, 0.7), per_second=12)
    assert len(whole) > 10 * 25
    assert np.array_equal(whole.frames, streamed.frames)
    assert np.allclose(whole.bins, streamed.bins)
    assert whole.duration == streamed.duration == 30.0


def test_density_is_capped_per_second_and_peaks_lie_on_the_notes():
    peaks = peaks_of([TUNE], per_second=6)
    per_window = np.bincount(peaks.frames // SECOND_FRAMES)
    assert per_window.max() <= 6 and per_window.mean() > 4
    assert np.all((peaks.bins > 0) & (peaks.bins < BIN_COUNT - 1))
    t = np.arange(SAMPLE_RATE // 2) / SAMPLE_RATE
    notes = [220.0, 277.2, 329.6, 440.0, 554.4, 659.3, 880.0, 1318.5]
    tones = np.concatenate([np.sin(2 * np.pi * hz * t) * np.hanning(len(t)) for hz in notes])
    found = LOWEST_HZ * 2 ** (peaks_of([tones.astype(np.float32)], per_second=6).bins / BINS_PER_OCTAVE)
    assert len(found) >= len(notes)
    assert all(np.min(np.abs(12 * np.log2(hz / np.array(notes)))) < 0.25 for hz in found)


def test_silence_and_near_silence_have_no_peaks():
    assert len(peaks_of([np.zeros(10 * SAMPLE_RATE, np.float32)], per_second=20)) == 0
    hiss = synthetic_audio.noise(1, 10.0, SAMPLE_RATE) * 1e-4
    assert len(peaks_of([hiss], per_second=20)) == 0


def test_a_quieter_copy_has_the_same_peaks():
    loud = peaks_of([TUNE], per_second=8)
    quiet = peaks_of([TUNE * 10 ** (-15 / 20)], per_second=8)
    same = {(f, round(float(b))) for f, b in zip(loud.frames, loud.bins)}
    kept = sum((f, round(float(b))) in same for f, b in zip(quiet.frames, quiet.bins))
    assert kept >= 0.9 * len(loud) and abs(len(quiet) - len(loud)) <= 0.05 * len(loud)
