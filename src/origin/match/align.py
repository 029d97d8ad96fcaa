"""Stage 4, align: frame hits against one original become copied segments, or nothing.

Hough voting over (speed, offset): every hit (upload time t, original time r) votes, for each
candidate playback speed s, for the offset r - s*t. A copy, sped up or slowed down (re-uploads
run from half to double speed) or with frames dropped, piles its votes into one bin; coincidental
hits scatter. The winning line is refined by
least squares on its inliers, split where the upload stops matching for longer than ``MAX_GAP``,
and its upload frames are removed before looking for the next line (a re-upload may copy several
parts of one original).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from origin.records import Segment



def speed_grid(low: float, high: float, step: float) -> np.ndarray:
    """Playback speeds from ``low`` to ``high``, each ``step`` (relative) above the last, and 1.

    Relative steps keep the offset error of the nearest speed proportional to the stretch of
    the original a copy shows, whatever the speed; 1 is always on the grid (most copies)."""
    count = int(np.ceil(np.log(high / low) / np.log1p(step)))
    grid = low * np.exp(np.linspace(0.0, np.log(high / low), count + 1))
    return np.unique(np.round(np.r_[grid, 1.0], 4))


SPEEDS = np.round(np.arange(0.75, 1.2501, 0.05), 2)     # the default: near real time
WIDE_SPEEDS = speed_grid(0.5, 2.0, 0.04)                 # video re-uploads: half to double speed
OFFSET_BIN = 0.5        # s
TOLERANCE = 0.45        # s between an inlier and the fitted line
MAX_GAP = 4.0           # s of upload without a hit before a segment ends
MIN_FRAMES = 3          # distinct upload frames that a segment needs
ISLAND_GAP = 1.0        # s: fewer than MIN_FRAMES inliers this far past a segment's end are strays
MAX_ALIGNMENTS = 4
EVIDENCE_BIN = 1.0      # s of original (of upload, when slowed) that counts once as evidence
BLANK_STEP = 0.28       # s: the most that pauses (``MAX_GAP``, island gaps) count between two
                        # upload frames that show anything (``clock``): one 4-a-second sampling
                        # step and a 25 fps source's jitter on that grid
NEAR_TIE = 0.8          # of the heaviest bin's weight: a bin at speed 1 this heavy over as many
                        # frames wins where the original is still there (``Stillness``)
STILL_SHARE = 0.8       # of the original's instants over a stretch that show its picture of
                        # STILL_SPAN later (``Stillness``): the stretch is still


@dataclass(frozen=True)
class FrameMatches:
    """Hits of one upload against one original, one row per (upload frame, original frame)."""

    upload_times: np.ndarray     # float64 [h]
    original_times: np.ndarray   # float64 [h]
    weights: np.ndarray          # float64 [h] in (0, 1], closer codes weigh more
    original_units: np.ndarray | None = None   # int64 [h]: the original keyframe each hit pairs
                                               # with (geometry tier), which counts once as evidence


@dataclass(frozen=True)
class Stillness:
    """Where an original stands still: per instant with codes (``times``, rising), whether
    its picture is the one it shows a second later (``matcher.stillness``); ``step``: the
    original's sampling interval."""

    times: np.ndarray            # float64 [n]
    still: np.ndarray            # bool [n]
    step: float = 0.25

    def share(self, start: float, end: float) -> float:
        """The share of the sampled instants from ``start`` to ``end`` that are still (0 if
        none): an instant without codes (refused by the quality gates) is not known to be
        still. Counted over the coded instants alone, a deck whose every other slide has no
        codes read still from end to end (`deck_negatives.py`'s `deck271`)."""
        inside = (self.times >= start) & (self.times <= end)
        sampled = max(int(inside.sum()), int(np.floor((end - start) / self.step + 1e-9)) + 1)
        return float(self.still[inside].sum()) / sampled


@dataclass(frozen=True)
class Alignment:
    """One line ``original_time = speed * upload_time + offset`` and the segments along it."""

    speed: float
    offset: float
    segments: tuple[Segment, ...]
    evidence: float              # best inlier weight per EVIDENCE_BIN of original time, summed
    inlier_times: np.ndarray     # upload times of those frames
    inlier_weights: np.ndarray


def align(matches: FrameMatches, upload_duration: float, original_duration: float,
          sample_interval: float, speeds: np.ndarray = SPEEDS,
          island_gap: float = ISLAND_GAP, shown: np.ndarray | None = None,
          still: Stillness | None = None, most: int = MAX_ALIGNMENTS) -> list[Alignment]:
    """All alignments of an upload with an original, strongest first, at playback speeds
    within ``speeds`` (the grid voted over; a fitted speed may exceed it by a step);
    ``island_gap``: see ``_without_stray_ends``; ``shown``: the upload's instants that show
    anything (frames with codes, rising), over which pauses are counted (``clock``; None: over
    all time); ``still``: where the original stands still, for the vote's near-ties (``_vote``);
    ``most``: alignments at most (the audio matcher asks one more per further line it heard)."""
    t, r, w = matches.upload_times, matches.original_times, matches.weights
    units = matches.original_units
    alive = np.ones(len(t), dtype=bool)
    found: list[Alignment] = []
    while alive.sum() >= MIN_FRAMES and len(found) < most:
        line = _vote(t[alive], r[alive], w[alive], speeds, still)
        if line is None:
            break
        speed, offset = _refine(t[alive], r[alive], *line, speeds)
        residual = np.abs(r - (speed * t + offset))
        inlier = alive & (residual <= TOLERANCE)
        alignment = _segments(t[inlier], w[inlier], speed, offset, upload_duration,
                              original_duration, sample_interval,
                              None if units is None else units[inlier], island_gap, shown)
        alive &= ~inlier
        if alignment is None:
            continue
        # An upload frame shows one moment of the original: its other hits only cast shadow
        # alignments at nearby offsets (slow scenes look alike for seconds).
        alive &= ~np.isin(t, alignment.inlier_times)
        found.append(alignment)
    return found


def clock(times: np.ndarray, shown: np.ndarray | None) -> np.ndarray:
    """``times`` (upload seconds) on a clock that advances at most ``BLANK_STEP`` from one
    instant of ``shown`` (the upload's frames that show anything, rising) to the next, and as
    time does before the first and after the last: a stretch of black or empty frames (no
    codes), or of no new frame at all, is no pause in what the upload shows.

    A 64 % zoom of a board game showed a plain grid for 3 s (no codes; its keyframes there
    verify nothing), and its one line was cut in two at ``MAX_GAP``; a zoom of a message
    board showed black for 4.4 s (docs/matching.md, *Zooms and crops at stop 35*)."""
    if shown is None or len(shown) < 2:
        return times
    ticks = shown[0] + np.concatenate([[0.0], np.cumsum(np.minimum(np.diff(shown), BLANK_STEP))])
    counted = np.interp(times, shown, ticks)
    return np.where(times < shown[0], times - shown[0] + ticks[0],
                    np.where(times > shown[-1], times - shown[-1] + ticks[-1], counted))


def _vote(t: np.ndarray, r: np.ndarray, w: np.ndarray, speeds: np.ndarray,
          still: Stillness | None = None) -> tuple[float, float] | None:
    """The (speed, offset) bin with the most weight, counting each upload frame once per bin.

    Every speed and both staggered grids (no peak split in two) are voted at once: the grids
    are rows of one table of bins, each frame's best hit per bin counts, the speed nearest 1
    wins ties, then the first grid and bin in that order, as voting one grid after the other
    did. With the hits ordered by
    frame, then original time, a frame's hits in one bin are neighbours in every row (a frame's
    offsets rise with original time at any speed), so each frame's best hit per bin is a
    minimum over a run: no sort of the whole table (a third of ``align``'s CPU)."""
    if not len(t):
        return None
    frame_ids = np.unique(t, return_inverse=True)[1].reshape(-1)
    rank = np.empty(len(t), np.int64)
    by_rank = np.argsort(-w, kind="stable")                # heaviest first, then in order
    rank[by_rank] = np.arange(len(t))
    hits = np.lexsort((r, frame_ids))                      # by frame, then original time
    offsets = r[hits][None, :] - speeds[:, None] * t[hits][None, :]      # [speeds, hits]
    bins = np.floor(offsets[:, None, :] / OFFSET_BIN
                    + np.array([0.0, 0.5])[None, :, None]).astype(np.int64)
    bins = bins.reshape(2 * len(speeds), len(t))                           # grid = 2 * speed + shift
    bins -= bins.min(axis=1, keepdims=True)
    span = int(bins.max()) + 1
    grid_bin = bins + np.arange(len(bins), dtype=np.int64)[:, None] * span
    frames = frame_ids[hits]
    run = np.ones(grid_bin.shape, dtype=bool)             # a (grid bin, frame)'s hits begin
    run[:, 1:] = (grid_bin[:, 1:] != grid_bin[:, :-1]) | (frames[1:] != frames[:-1])[None, :]
    starts = np.flatnonzero(run)
    best = np.minimum.reduceat(np.broadcast_to(rank[hits], grid_bin.shape).ravel(), starts)
    cells = grid_bin.ravel()[starts]
    # summed per bin in frame order, as the one-grid-at-a-time vote summed them
    totals = np.bincount(cells, weights=w[by_rank[best]], minlength=len(bins) * span)
    most = totals.max()
    if most <= 0:
        return None
    # Equal totals (the same frames' hits summed in the same order) go to the speed nearest 1,
    # then the first grid and bin: a short or slow copy puts its every frame in one offset bin
    # at several speeds, and the slowest won, so a 3 s clip scanned against itself aligned at
    # 0.82 (its original covered 80 %) where most copies run at 1 (stop 27)
    tied = np.flatnonzero(totals == most)
    top = int(tied[np.lexsort((tied, np.abs(np.log(speeds[tied // span // 2]))))[0]])
    if still is not None:
        top = _near_tie(top, totals, np.bincount(cells, minlength=len(totals)), cells,
                        by_rank[best], r, speeds, span, still)
    grid = top // span
    members = by_rank[best[cells == top]]                   # the winning bin's hits
    centre = np.median(r[members] - speeds[grid // 2] * t[members])
    return float(speeds[grid // 2]), float(centre)


def _near_tie(top: int, totals: np.ndarray, frames: np.ndarray, cells: np.ndarray,
              hits: np.ndarray, r: np.ndarray, speeds: np.ndarray, span: int,
              still: Stillness) -> int:
    """The winning bin ``top``, or a bin at speed 1 within ``NEAR_TIE`` of its weight over at
    least as many frames (``frames``: per bin) where the original stands still over the
    stretch both bins' hits (``hits``: each frame's best in its bin ``cells``) meet.

    A still stretch of a copy meets the original's still stretch at every moment, so lines of
    every speed cross that block through as many frames, and a few heavier hits decide:
    held_out_4's zoom `q0020` aligned at half speed on a still message board. Only on a still
    stretch: two lines of four frames a bin, neither the truth, are no evidence of a still
    picture, and favouring speed 1 there lost held_out_6's `q0045` (docs/matching.md, *Zooms
    and crops (stop 33)*); nor to a speed merely nearer 1 (a filmed screen's two wrong speeds,
    `q0194`)."""
    real_time = np.flatnonzero(speeds == 1.0)
    if not len(real_time) or speeds[top // span // 2] == 1.0:
        return top
    rows = 2 * int(real_time[0]) + np.arange(2)
    candidates = np.concatenate([row * span + np.arange(span) for row in rows])
    candidates = candidates[(totals[candidates] >= NEAR_TIE * totals[top])
                            & (frames[candidates] >= frames[top])]
    if not len(candidates):
        return top
    rival = int(candidates[np.lexsort((candidates, -totals[candidates]))[0]])
    stretch = r[hits[(cells == top) | (cells == rival)]]
    if still.share(float(stretch.min()), float(stretch.max())) < STILL_SHARE:
        return top
    return rival


def _refine(t: np.ndarray, r: np.ndarray, speed: float, offset: float,
            speeds: np.ndarray) -> tuple[float, float]:
    """Least-squares line through the hits near the voted one (speed kept in the voted range)."""
    near = np.abs(r - (speed * t + offset)) <= TOLERANCE
    if near.sum() < 3 or np.ptp(t[near]) < 1.0:
        return speed, offset
    fitted_speed, fitted_offset = np.polyfit(t[near], r[near], 1)
    if len(speeds) > 1 and not (speeds[0] ** 2 / speeds[1] <= fitted_speed
                                <= speeds[-1] ** 2 / speeds[-2]):
        return speed, offset
    return float(fitted_speed), float(fitted_offset)


def _segments(t: np.ndarray, w: np.ndarray, speed: float, offset: float, upload_duration: float,
              original_duration: float, sample_interval: float,
              units: np.ndarray | None = None, island_gap: float = ISLAND_GAP,
              shown: np.ndarray | None = None) -> Alignment | None:
    """Cut the inliers into segments at gaps (on the ``clock`` of ``shown``); keep those with
    enough distinct frames."""
    order = np.lexsort((-w, t))                 # by time, heaviest first: each time's best hit
    first = np.ones(len(order), dtype=bool)
    first[1:] = t[order][1:] != t[order][:-1]
    best = order[first]
    times, weights = t[best], w[best]
    keep = _without_stray_ends(clock(times, shown), island_gap)
    times, weights = times[keep], weights[keep]
    units = None if units is None else units[best][keep]
    if len(times) < MIN_FRAMES:
        return None
    breaks = np.flatnonzero(np.diff(clock(times, shown)) > MAX_GAP) + 1
    segments, kept_times, kept_weights, kept = [], [], [], np.zeros(len(times), dtype=bool)
    half = sample_interval / 2
    for run, run_weights, run_rows in zip(np.split(times, breaks), np.split(weights, breaks),
                                          np.split(np.arange(len(times)), breaks)):
        if len(run) < MIN_FRAMES:
            continue
        start = max(0.0, run[0] - half)
        end = min(upload_duration, run[-1] + half)
        original_start = float(np.clip(speed * start + offset, 0.0, original_duration))
        original_end = float(np.clip(speed * end + offset, 0.0, original_duration))
        if original_end - original_start < sample_interval:
            continue
        segments.append(Segment(float(start), float(end), original_start, original_end))
        kept_times.append(run)
        kept_weights.append(run_weights)
        kept[run_rows] = True
    if not segments:
        return None
    inlier_times, inlier_weights = np.concatenate(kept_times), np.concatenate(kept_weights)
    evidence = evidence_of(speed * inlier_times + offset, inlier_weights,
                         EVIDENCE_BIN * min(1.0, speed))
    if units is not None:
        evidence = max(evidence, _per_unit(units[kept], inlier_weights))
    return Alignment(speed, offset, tuple(segments), evidence, inlier_times, inlier_weights)


def _without_stray_ends(times: np.ndarray, gap: float = ISLAND_GAP) -> np.ndarray:
    """Which of these sorted inlier times to keep: not a few frames that trail a run after a
    pause longer than ``gap`` (a stray hit that happens to lie on the line, up to ``MAX_GAP``
    later, would stretch the segment by seconds; at double speed the line's band is twice as
    wide in upload time)."""
    keep = np.ones(len(times), dtype=bool)
    breaks = np.flatnonzero(np.diff(times) > MAX_GAP) + 1
    for run in np.split(np.arange(len(times)), breaks):
        islands = np.split(run, np.flatnonzero(np.diff(times[run]) > gap) + 1)
        if len(islands) < 2:
            continue
        sizes = [len(island) for island in islands]
        first = next((i for i, size in enumerate(sizes) if size >= MIN_FRAMES), None)
        if first is None:
            continue
        last = max(i for i, size in enumerate(sizes) if size >= MIN_FRAMES)
        for island in islands[:first] + islands[last + 1:]:
            keep[island] = False
    return keep


def evidence_of(original_times: np.ndarray, weights: np.ndarray, bin_seconds: float) -> float:
    """Best weight per second of the original, summed: what a copy shows, not how often.

    A still or slow stretch of an unrelated original hits many upload frames for a second or two;
    counting every frame let such a pile pass for a copy, while a heavily edited copy hits few
    frames but spread along its whole length. A slowed copy shows less of the original per
    second, so its bins are a second of the upload: a 3 s piece at half speed still counts 3.
    Bins start at the first inlier, so a one-second pile counts once wherever it falls.
    """
    bins = np.floor((original_times - original_times.min()) / bin_seconds + 1e-9).astype(np.int64)
    best = np.zeros(bins.max() + 1)
    np.maximum.at(best, bins, weights)
    return float(best.sum())


def _per_unit(units: np.ndarray, weights: np.ndarray) -> float:
    """Best weight per distinct original keyframe, summed (the geometry tier's inliers, one per
    upload keyframe): seconds of the fitted line cut a copy's keyframes arbitrarily, so two
    keyframes of the original a second apart can fall in one bin and count once (the zoom
    ``q0042`` of the real suite: three verified keyframes, evidence 0.95). A keyframe of the
    original that several upload keyframes verify with still counts once, at its best."""
    numbers, unit = np.unique(units, return_inverse=True)
    best = np.zeros(len(numbers))
    np.maximum.at(best, unit.reshape(-1), weights)
    return float(best.sum())
