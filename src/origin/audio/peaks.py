"""Spectral peaks of a sound track on a log-frequency axis, found block by block.

A peak is a point of the spectrogram louder than everything within ``PEAK_FRAMES`` frames and
``PEAK_BINS`` bins around it, and ``MIN_CONTRAST_DB`` above the local average: it survives noise,
voice-over, lossy coding and volume changes because it sits where the music is loudest
(Wang 2003). The frequency axis is logarithmic (``BINS_PER_OCTAVE``), so a pitch shift moves every
peak by the same number of bins and a frequency difference between two peaks stays the same
(Panako's observation); time is in STFT frames of ``HOP`` samples.

The densest ``per_second`` peaks of every second are kept: originals keep fewer (a smaller index),
uploads more (so that the index's peaks are among them even under voice-over).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from origin.media.audio import SAMPLE_RATE

FFT_SIZE = 1024              # 128 ms at 8 kHz
HOP = 256                    # 32 ms
FRAME_SECONDS = HOP / SAMPLE_RATE
LOWEST_HZ = 110.0            # A2
BINS_PER_OCTAVE = 24
OCTAVES = 5                  # 110 Hz .. 3.5 kHz: a phone speaker keeps it, 8 kHz sampling holds it
BIN_COUNT = BINS_PER_OCTAVE * OCTAVES
PEAK_FRAMES = 5              # a peak is the loudest point within +-5 frames (160 ms) ...
PEAK_BINS = 4                # ... and +-4 bins (2 semitones)
MIN_CONTRAST_DB = 6.0        # above the mean of its +-0.5 s, +-1 octave neighbourhood
SILENCE_DB = -75.0           # power below this (full scale = 0 dB) is silence, never a peak
BLOCK_FRAMES = 32 * 40       # spectrogram frames per block (~41 s), a whole number of "seconds"
SECOND_FRAMES = 32           # the density window (1.024 s)
HALO = 2 * SECOND_FRAMES     # frames of context on each side of a block: wider than any filter


@dataclass(frozen=True)
class Peaks:
    """Peaks in time order: ``frames[i]`` (STFT frame), ``bins[i]`` (fractional log bin)."""

    frames: np.ndarray       # int32 [n]
    bins: np.ndarray         # float32 [n]
    duration: float          # s of sound they were found in

    @property
    def times(self) -> np.ndarray:
        return self.frames * FRAME_SECONDS

    def __len__(self) -> int:
        return len(self.frames)


def _log_filterbank() -> np.ndarray:
    """[FFT bins, log bins] triangular weights: each log bin averages the FFT bins around it."""
    fft_hz = np.arange(FFT_SIZE // 2 + 1) * SAMPLE_RATE / FFT_SIZE
    centres = LOWEST_HZ * 2.0 ** (np.arange(BIN_COUNT) / BINS_PER_OCTAVE)
    spacing = SAMPLE_RATE / FFT_SIZE
    half_widths = np.maximum(centres * (2 ** (1 / BINS_PER_OCTAVE) - 1), spacing)
    weights = np.maximum(0.0, 1.0 - np.abs(fft_hz[:, None] - centres[None, :]) / half_widths)
    return (weights / weights.sum(axis=0, keepdims=True)).astype(np.float32)


FILTERBANK = _log_filterbank()
WINDOW = np.hanning(FFT_SIZE).astype(np.float32)


def log_spectrogram(samples: np.ndarray) -> np.ndarray:
    """dB power [frames, BIN_COUNT] of ``samples`` (whole frames only, HOP apart). SciPy's FFT
    works in single precision on float32 input (NumPy's computes in double): 3x faster, and the
    peaks need no more than float32 holds."""
    from scipy import fft          # imported with the first sound, like ndimage below

    count = 1 + (len(samples) - FFT_SIZE) // HOP if len(samples) >= FFT_SIZE else 0
    if count <= 0:
        return np.zeros((0, BIN_COUNT), np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(samples, FFT_SIZE)[::HOP][:count]
    spectrum = fft.rfft(frames * WINDOW, axis=1)
    power = (spectrum.real ** 2 + spectrum.imag ** 2) @ FILTERBANK / (FFT_SIZE * FFT_SIZE / 4)
    return 10.0 * np.log10(power + 1e-12)


def find_peaks(spectrogram: np.ndarray, first: int, last: int, per_second: int,
               offset: int) -> tuple[np.ndarray, np.ndarray]:
    """Peaks of ``spectrogram`` rows ``first..last`` (the rest is context), frames shifted by
    ``offset``; the ``per_second`` most salient of each SECOND_FRAMES window are kept."""
    from scipy import ndimage      # ~0.3 s to import: paid by the first sound, not every command

    local_max = ndimage.maximum_filter(spectrogram, size=(2 * PEAK_FRAMES + 1, 2 * PEAK_BINS + 1),
                                       mode="nearest")
    background = ndimage.uniform_filter(spectrogram, size=(SECOND_FRAMES + 1, BINS_PER_OCTAVE * 2 + 1),
                                        mode="nearest")
    salience = spectrogram - background
    candidate = ((spectrogram == local_max) & (salience >= MIN_CONTRAST_DB)
                 & (spectrogram > SILENCE_DB))
    candidate[:first] = candidate[last:] = False
    candidate[:, 0] = candidate[:, -1] = False
    rows, cols = np.nonzero(candidate)
    if not len(rows):
        return np.zeros(0, np.int32), np.zeros(0, np.float32)
    frames = rows + offset
    window = frames // SECOND_FRAMES
    order = np.lexsort((-salience[rows, cols], window))
    rank = np.arange(len(order)) - np.searchsorted(window[order], window[order])
    keep = np.sort(order[rank < per_second])
    rows, cols = rows[keep], cols[keep]
    left, centre, right = (spectrogram[rows, cols - 1], spectrogram[rows, cols],
                           spectrogram[rows, cols + 1])
    curvature = left - 2 * centre + right
    shift = np.where(curvature < 0, 0.5 * (left - right) / np.minimum(curvature, -1e-6), 0.0)
    bins = cols + np.clip(shift, -0.5, 0.5)
    return (rows + offset).astype(np.int32), bins.astype(np.float32)


def peaks_of(blocks: Iterable[np.ndarray], per_second: int) -> Peaks:
    """Peaks of a stream of sample blocks; only a block of spectrogram (plus halo) is in memory."""
    tail = np.zeros(0, np.float32)            # samples not yet turned into whole frames
    pending = np.zeros((0, BIN_COUNT), np.float32)
    pending_start = 0                         # frame number of pending[0]
    done_until = 0                            # frames before this already searched
    total_samples = 0
    found_frames: list[np.ndarray] = []
    found_bins: list[np.ndarray] = []

    def search(final: bool) -> None:
        nonlocal pending, pending_start, done_until
        end = pending_start + len(pending)
        while (end - done_until >= BLOCK_FRAMES + HALO) or (final and done_until < end):
            stop = min(done_until + BLOCK_FRAMES, end)
            lo = max(pending_start, done_until - HALO)
            hi = min(end, stop + HALO)
            frames, bins = find_peaks(pending[lo - pending_start:hi - pending_start],
                                      done_until - lo, stop - lo, per_second, lo)
            found_frames.append(frames)
            found_bins.append(bins)
            done_until = stop
        drop = max(0, done_until - HALO - pending_start)
        pending, pending_start = pending[drop:], pending_start + drop

    for block in blocks:
        total_samples += len(block)
        samples = np.concatenate([tail, block.astype(np.float32, copy=False)])
        count = 1 + (len(samples) - FFT_SIZE) // HOP if len(samples) >= FFT_SIZE else 0
        if count > 0:
            pending = np.concatenate([pending, log_spectrogram(samples[:(count - 1) * HOP + FFT_SIZE])])
            samples = samples[count * HOP:]
        tail = samples
        search(final=False)
    search(final=True)
    frames = np.concatenate(found_frames) if found_frames else np.zeros(0, np.int32)
    bins = np.concatenate(found_bins) if found_bins else np.zeros(0, np.float32)
    return Peaks(frames, bins, total_samples / SAMPLE_RATE)
