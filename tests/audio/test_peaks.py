"""Spectral peaks: where music is, none in silence, the same whether streamed or not."""
from __future__ import annotations

from unittest import mock

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


def test_numpy_filters_and_fft_give_scipys_peaks():
    """The peaks were found with SciPy's FFT and ndimage filters; OpenCV's DFT and NumPy filters
    (no SciPy import) must give the same: the maximum exactly, the mean and the power to float32
    rounding, and so the same peaks, bins within 1e-3 of a bin. SciPy is installed anyway
    (imagehash needs it)."""
    from scipy import fft, ndimage

    from origin.audio import peaks as module

    spectrogram = module.log_spectrogram(TUNE + np.float32(0.01) * np.random.default_rng(3).normal(
        size=len(TUNE)).astype(np.float32))
    for size in ((11, 9), (3, 3)):
        assert np.array_equal(module.maximum_filter(spectrogram, size),
                              ndimage.maximum_filter(spectrogram, size=size, mode="nearest"))
    frames = np.lib.stride_tricks.sliding_window_view(TUNE, module.FFT_SIZE)[::module.HOP] * module.WINDOW
    reference = fft.rfft(frames, axis=1)
    assert np.allclose(module.power_spectrum(frames), reference.real ** 2 + reference.imag ** 2,
                       rtol=1e-4, atol=1e-3)
    assert np.allclose(module.uniform_filter(spectrogram, (33, 49)),
                       ndimage.uniform_filter(spectrogram, size=(33, 49), mode="nearest"), atol=1e-4)

    def scipy_maximum(a, size):
        return ndimage.maximum_filter(a, size=size, mode="nearest")

    def scipy_mean(a, size):
        return ndimage.uniform_filter(a, size=size, mode="nearest")

    def scipy_power(frames):
        spectrum = fft.rfft(frames, axis=1)
        return spectrum.real ** 2 + spectrum.imag ** 2

    noisy = TUNE + np.float32(0.05) * np.random.default_rng(4).normal(size=len(TUNE)).astype(np.float32)
    ours = peaks_of(blocks(noisy, 3.0), per_second=24, dense=True)
    with mock.patch.object(module, "maximum_filter", scipy_maximum), \
            mock.patch.object(module, "uniform_filter", scipy_mean), \
            mock.patch.object(module, "power_spectrum", scipy_power):
        theirs = peaks_of(blocks(noisy, 3.0), per_second=24, dense=True)
    assert len(ours) > 300
    for mine, reference in ((ours, theirs), (ours.dense, theirs.dense), (ours.loose, theirs.loose)):
        assert np.array_equal(mine.frames, reference.frames)
        assert np.allclose(mine.bins, reference.bins, atol=1e-3)
