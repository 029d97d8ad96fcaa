"""Spectral peaks of a sound track on a log-frequency axis, found block by block.

A peak is a point of the spectrogram louder than everything within ``PEAK_FRAMES`` frames and
``PEAK_BINS`` bins around it, and ``MIN_CONTRAST_DB`` above the local average: it survives noise,
voice-over, lossy coding and volume changes because it sits where the music is loudest
(Wang 2003). The frequency axis is logarithmic (``BINS_PER_OCTAVE``), so a pitch shift moves every
peak by the same number of bins and a frequency difference between two peaks stays the same
(Panako's observation); time is in STFT frames of ``HOP`` samples.

The densest ``per_second`` peaks of every second are kept: originals keep fewer (a smaller index),
uploads more. Uploads also keep *dense* peaks (louder than their 8 neighbours only, ``DENSE_*``):
under voice-over the voice's harmonics win the wide local-maximum test and the per-second budget,
but the music's peaks are still local maxima of their small neighbourhood (68 % of an original's
peaks are among an upload's dense peaks under voice-over, 16 % among its peaks), which is where
``origin.audio.verify`` looks for them.
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
DENSE_CONTRAST_DB = 3.0      # a dense peak: the loudest of its +-1 frame, +-1 bin, 3 dB above the mean
DENSE_PER_SECOND = 128      # looked through by verification
LOOSE_PER_SECOND = 48        # the most salient dense peaks, hashed by the candidate search
HALO = 2 * SECOND_FRAMES     # frames of context on each side of a block: wider than any filter


@dataclass(frozen=True)
class Peaks:
    """Peaks in time order: ``frames[i]`` (STFT frame), ``bins[i]`` (fractional log bin)."""

    frames: np.ndarray       # int32 [n]
    bins: np.ndarray         # float32 [n]
    duration: float          # s of sound they were found in
    dense: "Peaks | None" = None     # an upload's dense peaks (integer bins), None for originals
    loose: "Peaks | None" = None     # the most salient of them (LOOSE_PER_SECOND), for hashing

    @property
    def times(self) -> np.ndarray:
        return self.frames * FRAME_SECONDS

    def __len__(self) -> int:
        return len(self.frames)


def pitch_share(bins: np.ndarray, pitches: int) -> float:
    """The share of peaks (their fractional log ``bins``) at their ``pitches`` most frequent
    pitches (rounded bins): near 1 for a steady tone (two) or a held chord (four), well below for
    music that moves."""
    if not len(bins):
        return 0.0
    counts = np.sort(np.unique(np.round(bins), return_counts=True)[1])
    return float(counts[-pitches:].sum() / len(bins))


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


def power_spectrum(frames: np.ndarray) -> np.ndarray:
    """|rFFT|^2 [rows, FFT_SIZE // 2 + 1] of float32 ``frames``, in single precision. OpenCV's DFT
    (already loaded by video): as fast as SciPy's float32 FFT without SciPy's ~0.3 s import, and
    NumPy 2's float32 FFT is 2-5x slower on these rows. Equal to SciPy's to float32 rounding
    (the same peaks: tests/audio/test_peaks.py)."""
    import cv2

    spectrum = cv2.dft(np.ascontiguousarray(frames, dtype=np.float32),
                       flags=cv2.DFT_ROWS | cv2.DFT_COMPLEX_OUTPUT)[:, :FFT_SIZE // 2 + 1]
    return spectrum[..., 0] ** 2 + spectrum[..., 1] ** 2


def log_spectrogram(samples: np.ndarray) -> np.ndarray:
    """dB power [frames, BIN_COUNT] of ``samples`` (whole frames only, HOP apart)."""
    count = 1 + (len(samples) - FFT_SIZE) // HOP if len(samples) >= FFT_SIZE else 0
    if count <= 0:
        return np.zeros((0, BIN_COUNT), np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(samples, FFT_SIZE)[::HOP][:count]
    power = power_spectrum(frames * WINDOW) @ FILTERBANK / (FFT_SIZE * FFT_SIZE / 4)
    return 10.0 * np.log10(power + 1e-12)


def _windows(spectrogram: np.ndarray, size: int, axis: int) -> tuple[np.ndarray, int]:
    """``spectrogram`` padded by repeating its edge rows or columns (SciPy's mode "nearest") for
    a centred window of odd ``size`` along ``axis``, and the length along that axis."""
    half = size // 2
    pad = [(0, 0), (0, 0)]
    pad[axis] = (half, half)
    return np.pad(spectrogram, pad, mode="edge"), spectrogram.shape[axis]


def maximum_filter(spectrogram: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The maximum over a centred ``size`` window, edges repeated: ``scipy.ndimage.maximum_filter``
    with mode "nearest", exactly (a maximum is separable and rounds nothing)."""
    out = spectrogram
    for axis, width in enumerate(size):
        padded, length = _windows(out, width, axis)
        out = padded.take(range(0, length), axis=axis)
        for shift in range(1, width):
            np.maximum(out, padded.take(range(shift, shift + length), axis=axis), out=out)
    return out


def uniform_filter(spectrogram: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The mean over a centred ``size`` window, edges repeated: ``scipy.ndimage.uniform_filter``
    with mode "nearest" (one axis after the other, sums in double, float32 between the passes),
    equal to it on spectrograms to float32 rounding."""
    out = spectrogram
    for axis, width in enumerate(size):
        padded, length = _windows(out, width, axis)
        before = [(0, 0), (0, 0)]
        before[axis] = (1, 0)
        sums = np.pad(np.cumsum(padded, axis=axis, dtype=np.float64), before)
        window = sums.take(range(width, width + length), axis=axis) - sums.take(range(length), axis=axis)
        out = (window / width).astype(np.float32)
    return out


def _strongest(candidate: np.ndarray, salience: np.ndarray, first: int, last: int,
               per_second: int, offset: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows, cols) of the ``per_second`` most salient candidates of each SECOND_FRAMES window."""
    candidate[:first] = candidate[last:] = False
    candidate[:, 0] = candidate[:, -1] = False
    rows, cols = np.nonzero(candidate)
    if not len(rows):
        return rows, cols
    window = (rows + offset) // SECOND_FRAMES
    order = np.lexsort((-salience[rows, cols], window))
    rank = np.arange(len(order)) - np.searchsorted(window[order], window[order])
    keep = np.sort(order[rank < per_second])
    return rows[keep], cols[keep]


def find_peaks(spectrogram: np.ndarray, first: int, last: int, per_second: int, offset: int,
               dense: bool = False) -> tuple[np.ndarray, ...]:
    """Peaks of ``spectrogram`` rows ``first..last`` (the rest is context), frames shifted by
    ``offset``; the ``per_second`` most salient of each SECOND_FRAMES window are kept. Then the
    dense and the loose peaks' frames and bins (empty unless ``dense``)."""
    local_max = maximum_filter(spectrogram, (2 * PEAK_FRAMES + 1, 2 * PEAK_BINS + 1))
    background = uniform_filter(spectrogram, (SECOND_FRAMES + 1, BINS_PER_OCTAVE * 2 + 1))
    salience = spectrogram - background
    audible = spectrogram > SILENCE_DB
    extra = [np.zeros(0, np.int32), np.zeros(0, np.float32)] * 2
    if dense:
        small_max = maximum_filter(spectrogram, (3, 3))
        candidate = (spectrogram == small_max) & (salience >= DENSE_CONTRAST_DB) & audible
        for number, budget in enumerate((DENSE_PER_SECOND, LOOSE_PER_SECOND)):
            rows, cols = _strongest(candidate.copy(), salience, first, last, budget, offset)
            extra[2 * number:2 * number + 2] = (rows + offset).astype(np.int32), cols.astype(np.float32)
    rows, cols = _strongest((spectrogram == local_max) & (salience >= MIN_CONTRAST_DB) & audible,
                            salience, first, last, per_second, offset)
    if not len(rows):
        return (np.zeros(0, np.int32), np.zeros(0, np.float32), *extra)
    left, centre, right = (spectrogram[rows, cols - 1], spectrogram[rows, cols],
                           spectrogram[rows, cols + 1])
    curvature = left - 2 * centre + right
    shift = np.where(curvature < 0, 0.5 * (left - right) / np.minimum(curvature, -1e-6), 0.0)
    bins = cols + np.clip(shift, -0.5, 0.5)
    return ((rows + offset).astype(np.int32), bins.astype(np.float32), *extra)


def peaks_of(blocks: Iterable[np.ndarray], per_second: int, dense: bool = False) -> Peaks:
    """Peaks of a stream of sample blocks; only a block of spectrogram (plus halo) is in memory.
    ``dense`` keeps an upload's dense and loose peaks too."""
    tail = np.zeros(0, np.float32)            # samples not yet turned into whole frames
    pending = np.zeros((0, BIN_COUNT), np.float32)
    pending_start = 0                         # frame number of pending[0]
    done_until = 0                            # frames before this already searched
    total_samples = 0
    found_frames: list[np.ndarray] = []
    found_bins: list[np.ndarray] = []
    extra: list[tuple[np.ndarray, ...]] = []

    def search(final: bool) -> None:
        nonlocal pending, pending_start, done_until
        end = pending_start + len(pending)
        while (end - done_until >= BLOCK_FRAMES + HALO) or (final and done_until < end):
            stop = min(done_until + BLOCK_FRAMES, end)
            lo = max(pending_start, done_until - HALO)
            hi = min(end, stop + HALO)
            frames, bins, *more = find_peaks(
                pending[lo - pending_start:hi - pending_start], done_until - lo, stop - lo,
                per_second, lo, dense)
            found_frames.append(frames)
            found_bins.append(bins)
            extra.append(tuple(more))
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
    duration = total_samples / SAMPLE_RATE
    if not dense:
        return Peaks(frames, bins, duration)
    joined = [np.concatenate([part[number] for part in extra]) if extra else
              np.zeros(0, np.int32 if number % 2 == 0 else np.float32) for number in range(4)]
    return Peaks(frames, bins, duration, Peaks(joined[0], joined[1], duration),
                 Peaks(joined[2], joined[3], duration))
