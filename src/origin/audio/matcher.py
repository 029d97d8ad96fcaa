"""An upload's sound against the audio store: landmark hits become ``FrameMatches`` for the shared
``align`` and ``decide`` stages, scored with the audio channel's own calibration.

1. The upload's peaks are hashed once per warp (``landmarks.default_warps``: tempo, pitch, speed).
2. Every hash is looked up; a hit says "upload second t, read through warp w, sounds like second r
   of original o". A true copy piles its hits on one line ``r = w.time_factor * t + offset`` of one
   warp; chance hits scatter over warps and offsets. Originals whose best (warp, offset) bin holds
   fewer than ``MIN_VOTES`` hits are dropped before anything else is done with them.
3. The survivors' hits near their best line, from warps next to the best, are gathered into upload cells of ``CELL`` seconds;
   a cell weighs ``min(1, hits / FULL_CELL)``, so a second of music that only one stray hash agrees
   with counts little. The cells go through ``align`` (segments, speed) and ``decide``.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from origin.audio.fingerprint import UPLOAD_FANOUT
from origin.audio.landmarks import Warp, default_warps, landmarks
from origin.audio.peaks import FRAME_SECONDS, Peaks
from origin.index.audio import AudioStore
from origin.match.align import FrameMatches, align
from origin.match.decide import DEFAULT_MIN_SCORE, Calibration, OriginalInfo, decide
from origin.records import Match

# Evidence (best cell weight per second of original shown, summed): 0.5 at 2.0 s of well-matched
# music. bench_audio.py: unrelated music, speech, silence and sounds reach at most ~0.6.
AUDIO = Calibration("audio", midpoint=2.0, slope=3.0)
MAX_POSTINGS = 4000          # per hash and shard: more is a texture every track has
OFFSET_BIN = 0.2             # s, the first vote's offset grid
MIN_VOTES = 4                # hits on one (warp, offset) bin before an original is considered
MAX_CANDIDATES = 24          # originals aligned per upload, most votes first
LINE_TOLERANCE = 0.3         # s around the best line kept for ``align``
NEAR_TIME_FACTOR = 0.03      # hits of warps this close to the best one join its line ...
NEAR_BIN_SHIFT = 1.5         # ... (a copy's true warp lies between grid points)
CELL = 0.25                  # s of upload per aligned cell
FULL_CELL = 3                # hits that make a cell count fully


class AudioMatcher:
    """Finds the audio originals an upload's sound copies; ``lookup(keys)`` describes them."""

    def __init__(self, store: AudioStore, lookup: Callable[[Sequence[int]], dict[int, OriginalInfo]],
                 warps: Sequence[Warp] | None = None):
        self.store = store
        self.lookup = lookup
        self.warps = tuple(warps) if warps is not None else default_warps()
        self.time_factors = np.array([warp.time_factor for warp in self.warps])
        self.bin_shifts = np.array([warp.bin_shift for warp in self.warps])

    def hits(self, upload: Peaks) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(original key, warp number, upload time, original time) of every landmark hit."""
        hashes, times, warp_numbers = [], [], []
        for number, warp in enumerate(self.warps):
            marks = landmarks(upload, UPLOAD_FANOUT, warp)
            hashes.append(marks.hashes)
            times.append(marks.anchor_frames * FRAME_SECONDS)
            warp_numbers.append(np.full(len(marks.hashes), number, np.int32))
        hashes, times, warp_numbers = (np.concatenate(hashes), np.concatenate(times),
                                       np.concatenate(warp_numbers))
        distinct, inverse = np.unique(hashes, return_inverse=True)
        found = self.store.search(distinct, MAX_POSTINGS)
        # Pair each posting with every upload row that has its hash.
        rows_by_hash = np.argsort(inverse, kind="stable")
        first_row = np.searchsorted(inverse[rows_by_hash], np.arange(len(distinct)))
        rows_per_hash = np.bincount(inverse, minlength=len(distinct))
        counts = rows_per_hash[found.query]
        posting = np.repeat(np.arange(len(found.query)), counts)
        within = np.arange(len(posting)) - np.repeat(np.cumsum(counts) - counts, counts)
        rows = rows_by_hash[first_row[found.query[posting]] + within]
        return (found.originals[posting], warp_numbers[rows], times[rows],
                found.frames[posting] * FRAME_SECONDS)

    def match(self, upload: Peaks, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        keys, warps, upload_times, original_times = self.hits(upload)
        if not len(keys):
            return []
        lines = _best_lines(keys, warps, upload_times, original_times, self.time_factors)
        if not lines:
            return []
        originals = self.lookup([key for key, *_ in lines])
        matches = []
        for key, warp, offset in lines:
            info = originals.get(key)
            if info is None:
                continue
            near_warps = np.flatnonzero(
                (np.abs(self.time_factors - self.time_factors[warp]) <= NEAR_TIME_FACTOR)
                & (np.abs(self.bin_shifts - self.bin_shifts[warp]) <= NEAR_BIN_SHIFT))
            mine = (keys == key) & np.isin(warps, near_warps)
            cells = _cells(upload_times[mine], original_times[mine], self.time_factors[warp], offset)
            if cells is None:
                continue
            alignments = align(cells, upload.duration, info.duration, CELL)
            match = decide(info, alignments, upload.duration, min_score, AUDIO)
            if match is not None:
                matches.append(match)
        return sorted(matches, key=lambda match: -match.score)


def _best_lines(keys: np.ndarray, warps: np.ndarray, upload_times: np.ndarray,
                original_times: np.ndarray, time_factors: np.ndarray) -> list[tuple[int, int, float]]:
    """(original, warp number, offset) of the strongest (warp, offset) bin of each original with at
    least ``MIN_VOTES`` hits there, most votes first, at most ``MAX_CANDIDATES``."""
    offsets = original_times - time_factors[warps] * upload_times
    best_votes: dict[int, tuple[int, int, float]] = {}
    for shift in (0.0, 0.5):                        # two staggered grids: no peak split in two
        bins = np.floor(offsets / OFFSET_BIN + shift).astype(np.int64)
        bins -= bins.min()
        group = (keys * len(time_factors) + warps) * (bins.max() + 1) + bins
        groups, first, votes = np.unique(group, return_index=True, return_counts=True)
        strong = votes >= MIN_VOTES
        for row, count in zip(first[strong], votes[strong]):
            key = int(keys[row])
            if count > best_votes.get(key, (0,))[0]:
                same = (group == group[row])
                best_votes[key] = (int(count), int(warps[row]), float(np.median(offsets[same])))
    ranked = sorted(best_votes.items(), key=lambda item: -item[1][0])[:MAX_CANDIDATES]
    return [(key, warp, offset) for key, (_votes, warp, offset) in ranked]


def _cells(upload_times: np.ndarray, original_times: np.ndarray, factor: float,
           offset: float) -> FrameMatches | None:
    """Hits within ``LINE_TOLERANCE`` of the line, one weighted row per ``CELL`` of upload."""
    near = np.abs(original_times - (factor * upload_times + offset)) <= LINE_TOLERANCE
    pairs = np.unique(np.stack([upload_times[near], original_times[near]], axis=1), axis=0)
    if len(pairs) < MIN_VOTES:
        return None
    cell = np.floor(pairs[:, 0] / CELL).astype(np.int64)
    numbers, inverse, hits = np.unique(cell, return_inverse=True, return_counts=True)
    upload_centre = np.bincount(inverse, weights=pairs[:, 0]) / hits
    original_centre = np.bincount(inverse, weights=pairs[:, 1]) / hits
    return FrameMatches(upload_centre, original_centre, np.minimum(1.0, hits / FULL_CELL))
