"""Landmark hashes: triplets of spectral peaks, optionally read through a speed or pitch warp.

Each peak (the anchor) takes the next ``fanout`` peaks in its target zone (1..MAX_DT frames later,
at most MAX_DF bins away); every two of them make a triplet with it, and its hash packs the
anchor's bin, both bin differences and both frame differences into ``HASH_BITS`` bits. Pairs
(Wang 2003, audfprint) carry ~19 bits: at 100 000 tracks each pair hash has hundreds of postings
and a query drowns in chance hits; a triplet's 31 bits leave a fraction of one, so a query reads
little more than its own copies' postings, at the price of needing three peaks to survive
(Panako, Six & Leman 2014, also hashes triplets). Peaks survive noise and voice-over but hashes
do not survive speed changes: a 5 % faster upload moves every frame difference by 5 %. So an upload is hashed several times, each time read through a ``Warp`` that
undoes one candidate change before hashing: time stretched by ``time_factor`` (tempo, pitch kept),
bins moved by ``bin_shift`` (pitch, tempo kept), or both together (sped-up: speed and pitch). The
original side is hashed once, unwarped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from origin.audio.peaks import BIN_COUNT, BINS_PER_OCTAVE, Peaks

MAX_DT = 63                  # frames (2 s) from the anchor to a target
MAX_DF = 31                  # bins (1.3 octaves)
LOOKAHEAD = 24               # later peaks considered per anchor before taking the first fanout
DT_BITS = DF_BITS = 6
BIN_BITS = 7
assert BIN_COUNT <= 1 << BIN_BITS and 2 * MAX_DF + 1 <= 1 << DF_BITS and MAX_DT <= 1 << DT_BITS
HASH_BITS = BIN_BITS + 2 * DF_BITS + 2 * DT_BITS     # 31: a hash fits an unsigned 32-bit integer


@dataclass(frozen=True)
class Warp:
    """Read an upload through a change: a sped-up upload (×1.1, so every tone is 1.1 times
    higher) is read with ``time_factor`` 1.1 and ``bin_shift`` -BINS_PER_OCTAVE * log2(1.1)."""

    time_factor: float = 1.0     # original time = time_factor * upload time
    bin_shift: float = 0.0       # original bin = upload bin + bin_shift


IDENTITY = Warp()
NIGHTCORE = 1.3125           # the speed line's fastest warp: nightcore edits run at ×1.2-1.3
                             # (held_out_6's: 8 of 26 missed at ×1.25, the old end of the line)


def _grid(low: float, high: float, step: float) -> list[float]:
    count = int(round((high - low) / step))
    return [round(low + step * number, 4) for number in range(count + 1)]


def default_warps(speed_range: tuple[float, float] = (0.8, 1.25), time_step: float = 0.025,
                  semitones: float = 3.0, fastest: float = NIGHTCORE) -> tuple[Warp, ...]:
    """Three lines of warps through the identity: tempo (time only), pitch (bins only), speed
    (both, as resampling does). ``time_step`` keeps a frame difference of MAX_DT within about one
    frame of its true value between two grid points. The speed line steps half as far: its bin
    shift moves with the speed, and halfway between two 2.5 % points it is 0.4 bin off, so the
    three rounded bins of a hash rarely all agree (sped-up copies: 48 of 61 tuning queries found
    at 2.5 %, 57 of 61 at 1.25 %). The speed line goes on to ``fastest`` (nightcore: a song sped
    up with its pitch, ×1.2-1.3 on held_out_6)."""
    warps = {IDENTITY}
    for factor in _grid(*speed_range, time_step):
        warps.add(Warp(factor, 0.0))                                      # tempo
    for factor in _grid(speed_range[0], max(speed_range[1], fastest), time_step / 2):
        warps.add(Warp(factor, round(-BINS_PER_OCTAVE * math.log2(factor), 3)))  # sped up / slowed
    steps = int(semitones * BINS_PER_OCTAVE / 12)
    for shift in range(-steps, steps + 1):
        warps.add(Warp(1.0, float(shift)))                                # pitch
    return tuple(sorted(warps, key=lambda warp: (abs(warp.time_factor - 1) + abs(warp.bin_shift),
                                                 warp.time_factor, warp.bin_shift)))


@dataclass(frozen=True)
class Landmarks:
    """Hashes of peak pairs: ``hashes[i]`` anchored at frame ``anchor_frames[i]`` (unwarped)."""

    hashes: np.ndarray          # uint32 [n]
    anchor_frames: np.ndarray   # int32 [n]


def _target_pairs(fanout: int) -> tuple[np.ndarray, np.ndarray]:
    first, second = np.triu_indices(fanout, k=1)
    return first, second


def _target_zone(peaks: Peaks, warp: Warp) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each peak as an anchor against its next ``LOOKAHEAD`` peaks, read through ``warp``: the
    anchors' bins, and per (anchor, target) the frame and bin differences and whether the target
    lies in the zone (``MAX_DT``, ``MAX_DF``, the anchor's bin in range). Triplets and pairs alike
    hash an anchor's first valid targets. ``peaks`` holds at least one peak."""
    count = len(peaks)
    times = peaks.frames.astype(np.float64) * warp.time_factor
    bins = np.rint(peaks.bins.astype(np.float64) + warp.bin_shift).astype(np.int64)
    anchor = np.arange(count)[:, None]
    target = anchor + np.arange(1, LOOKAHEAD + 1)[None, :]
    valid = target < count
    target = np.minimum(target, count - 1)
    dt = np.rint(times[target] - times[anchor]).astype(np.int64)
    df = bins[target] - bins[anchor]
    valid &= (dt >= 1) & (dt <= MAX_DT) & (np.abs(df) <= MAX_DF)
    valid &= ((bins >= 0) & (bins < BIN_COUNT))[:, None]
    return bins, dt, df, valid


def landmarks(peaks: Peaks, fanout: int, warp: Warp = IDENTITY,
              anchors_before: int | None = None) -> Landmarks:
    """Triplet hashes of ``peaks`` read through ``warp`` (``fanout`` targets: C(fanout, 2) a peak);
    with ``anchors_before``, only the first that many peaks anchor (the rest are targets only):
    a long upload is hashed a stretch at a time, each stretch with ``LOOKAHEAD`` peaks after it,
    and the stretches' hashes are the whole's."""
    count = len(peaks)
    if count < 3:
        return Landmarks(np.zeros(0, np.uint32), np.zeros(0, np.int32))
    bins, dt, df, valid = _target_zone(peaks, warp)
    # The first ``fanout`` valid targets of each anchor, in time order, as columns.
    rank = np.cumsum(valid, axis=1) - 1
    rows, cols = np.nonzero(valid & (rank < fanout))
    chosen = np.full((count, fanout), -1, np.int64)
    chosen[rows, rank[rows, cols]] = cols
    first, second = _target_pairs(fanout)
    a, b = chosen[:, first], chosen[:, second]
    usable = (a >= 0) & (b >= 0)
    if anchors_before is not None:
        usable[anchors_before:] = False
    anchors, which = np.nonzero(usable)
    a, b = a[anchors, which], b[anchors, which]
    key = bins[anchors]
    for value, bits in ((df[anchors, a] + MAX_DF, DF_BITS), (df[anchors, b] + MAX_DF, DF_BITS),
                        (dt[anchors, a] - 1, DT_BITS), (dt[anchors, b] - 1, DT_BITS)):
        key = (key << bits) | value
    return Landmarks(key.astype(np.uint32), peaks.frames[anchors].astype(np.int32))


# Pair hashes: the candidate channel for music under something louder (a voice-over). A triplet
# needs three of the music's peaks to win the upload's peak picking together and be grouped the
# same way; under a voice a copy keeps 0-5 % of its triplets. A pair asks for two, and the upload
# side is lenient: every pair of its dense peaks in the target zone is hashed, so the music's
# pairs are among them wherever both peaks are still local maxima. The original side keeps its
# first PAIR_FANOUT targets a peak, as the triplets do. A pair hash carries 19 bits (anchor bin,
# bin and frame difference): too few to stand alone at scale (see ``AudioMatcher.pair_lines``),
# so pairs only propose candidates, and verification decides.
PAIR_FANOUT = 3
PAIR_BITS = BIN_BITS + DF_BITS + DT_BITS             # 19
PAIR_TAG = np.uint32(1 << HASH_BITS)                 # pair hashes share the store with triplets,
                                                     # above every triplet hash


def _pair_hashes(bins: np.ndarray, df: np.ndarray, dt: np.ndarray) -> np.ndarray:
    key = (((bins << DF_BITS) | (df + MAX_DF)) << DT_BITS) | (dt - 1)
    return key.astype(np.uint32) | PAIR_TAG


def pair_landmarks(peaks: Peaks, fanout: int = PAIR_FANOUT) -> Landmarks:
    """Pair hashes of an original's peaks: each anchor with its first ``fanout`` targets."""
    if len(peaks) < 2:
        return Landmarks(np.zeros(0, np.uint32), np.zeros(0, np.int32))
    bins, dt, df, valid = _target_zone(peaks, IDENTITY)
    rows, cols = np.nonzero(valid & (np.cumsum(valid, axis=1) <= fanout))
    return Landmarks(_pair_hashes(bins[rows], df[rows, cols], dt[rows, cols]),
                     peaks.frames[rows].astype(np.int32))


def dense_pairs(dense: Peaks) -> Landmarks:
    """Every pair of an upload's dense peaks in the target zone (~10 000 a second of music), at
    the identity: the music's own pairs are among them wherever both its peaks survive."""
    frames = dense.frames.astype(np.int64)
    bins = np.rint(dense.bins).astype(np.int64)
    order = np.argsort(frames, kind="stable")
    frames, bins = frames[order], bins[order]
    hashes, anchors = [], []
    for step in range(1, len(frames)):
        anchor = np.arange(len(frames) - step)
        dt = frames[anchor + step] - frames[anchor]
        if not len(dt) or dt.min() > MAX_DT:
            break
        df = bins[anchor + step] - bins[anchor]
        keep = (dt >= 1) & (dt <= MAX_DT) & (np.abs(df) <= MAX_DF) & (bins[anchor] >= 0) \
            & (bins[anchor] < BIN_COUNT)
        hashes.append(_pair_hashes(bins[anchor[keep]], df[keep], dt[keep]))
        anchors.append(frames[anchor[keep]].astype(np.int32))
    if not hashes:
        return Landmarks(np.zeros(0, np.uint32), np.zeros(0, np.int32))
    return Landmarks(np.concatenate(hashes), np.concatenate(anchors))
