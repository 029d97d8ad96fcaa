"""Verification: is a candidate original really under the upload at the candidate's offset and warp?

The candidate search (landmark hashes) needs three peaks of the music to survive as peaks and to
be grouped the same way; under a voice-over the voice's harmonics win that contest and a copy
keeps 0-5 % of its hashes. Its peaks are still there, though, as local maxima of their small
neighbourhood: verification reads the original's stored peaks (frame, bin) through the
candidate's line (``original time = time_factor * upload time + offset``, ``original bin = upload
bin + bin_shift``) and asks, for each, whether the upload has a dense peak within ±1 frame and ±1
bin. On the tuning voice-over copies 68-91 % are present at the true offset.

The null model is the same original at other offsets against the same upload (its peaks shifted
in time, circularly): what share of peaks a dense upload (music, noise, a voice) matches by chance,
18-33 % on the voice-over uploads. The best stretch of the line (the maximal run of
``present - null``) must then stand ``MIN_Z`` binomial standard deviations above the null and hold
``MIN_EXCESS`` more present peaks than the null expects, or the candidate gets no verification
cells. Both, because the best stretch is the maximum of many: on the tuning negatives a short
stretch of 20-50 peaks reaches z 5-7 by chance, but not the excess of a few seconds of music. The
null underrates music in the same key and beat as the upload's (shifting an original breaks its
beat against the upload's): such a song reaches z 8-10 over 7-10 s, so the excess asked is 4 s of
music all present. Nor does the null see a held chord: a stretch whose own peaks sit on a few
pitches for seconds (``CHORD_SHARE`` of them at four) is present at every lag in any upload that
holds those pitches, while the shifted song puts its moving parts on the line; such a stretch is
not verified (held_out_2: an unregistered ufoai excerpt on wesnoth journeys_end's closing chord,
z 7.3, two spectrograms with nothing else in common).

A candidate whose line does not verify is searched (``verify_searched``): under a voice-over the
line is the best bin of a few loose hashes, and for a third of the tuning copies that bin is a
chance one elsewhere in the song, while the lag at which most of the original's peaks are present
in the upload is the true one. Being the best of thousands, that lag must verify by more
(``SEARCH_MIN_Z``) and stand clear of the next best lags (``SEARCH_LEAD``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from origin.audio.landmarks import Warp
from origin.audio.peaks import BIN_COUNT, FRAME_SECONDS, Peaks, pitch_share
from origin.match.align import FrameMatches

NULL_SHIFTS = 16             # other offsets the null share is measured at
MIN_NULL_SHIFT = 3.0         # s: closer offsets may still overlap the copy
MIN_PEAKS = 16               # original peaks in the verified stretch (2 s of music at 8 a second)
MIN_Z = 6.0                  # binomial standard deviations above the null share ...
MIN_EXCESS = 32.0            # ... and peaks present beyond the null's count (4 s of music all there):
                             # at 24 three tuning copies matched another song of the same game
                             # (z 8-10 on 57-82 peaks, 28-30 beyond the null), for 2 of 31 voice-overs
FULL_WEIGHT_Z = 14.0         # z at which a verified cell weighs 1 (MIN_Z: 0) ...
WEIGHT_PEAKS = 96            # ... z read over at most this many peaks (12 s of music): see ``verify``
SEARCH_BINS = 0              # a searched lag is tested on the upload's peaks at the original's
                             # own bin (±1 frame), not ±1 bin: see ``verify_searched``
SEARCH_MIN_Z = 13.0          # its z on that test (voice-over copies 12-20; other songs up to 12.9) ...
SEARCH_LEAD = 0.12           # ... and its lead over the next lags', a share of its z
SEARCH_RIVALS = 3
AGREED_MIN_Z = 11.0          # the bar when the pair channel put this original first at the same lag:
                             # such lags on both tuning parts' negatives reach 9.9, copies 10.4-20
AGREED_FRAMES = 6            # how close (frames) the searched lag and the pair channel's must be
REPEAT_SHARE = 0.4           # of a stretch's peaks found again at a rival lag: the same material
RUN_MARGIN = 0.1             # the run is sought above null + this: chance stretches next to a
                             # copy (a voice alone) otherwise lengthen it
LINE_RIVALS = 8              # other lags a line verification alone carries is compared with ...
LINE_LEAD = 0.05             # ... and its lead over them, a share of its z (``leads``)
TONE_SHIFTS = (-8, -6, -4, 4, 6, 8)     # bins (2-4 semitones) the original's peaks are moved by,
                             # at their own frames, for ``hears_the_recording``'s two tests:
MIN_ELSEWHERE = 0.08         # presence there below this: the upload holds nothing but the tune
MIN_TONAL_Z = 5.0            # the peaks' lead in their own bins over there, in binomial sd
CHORD_SHARE = 0.75           # of a verified stretch's own peaks at four pitches: a held chord
                             # (see ``verify``); true copies verified on the tuning part,
                             # held_out_2 and held_out_3 without their hashes 0.21-0.65


@dataclass(frozen=True)
class Verification:
    """The verified stretch of one candidate line."""

    share: float             # of the original's peaks present in the stretch
    null: float              # share present at other offsets
    z: float
    excess: float            # present peaks beyond what the null expects
    peaks: int
    cells: FrameMatches | None       # weighted upload cells of the stretch, if it passes


def presence(dense: Peaks, bins: int = 1) -> np.ndarray:
    """bool [frames, BIN_COUNT]: a dense upload peak within ±1 frame and ±``bins`` bins (0: the
    sharp test of a searched lag, ``SEARCH_BINS``)."""
    frames = int(dense.frames.max()) + 2 if len(dense) else 1
    grid = np.zeros((frames + 2, BIN_COUNT + 2), bool)
    rows = dense.frames.astype(np.int64) + 1
    cols = np.rint(dense.bins).astype(np.int64) + 1
    for d_row in (-1, 0, 1):
        for d_col in range(-bins, bins + 1):
            grid[rows + d_row, cols + d_col] = True
    return grid[1:-1, 1:-1]


def _present(grid: np.ndarray, original: Peaks, original_frames: np.ndarray, warp: Warp,
             offset: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(upload times, presence, original bins) of the original's peaks at ``original_frames``
    read onto the upload through the line; peaks falling outside the upload are left out."""
    upload_times = (original_frames * FRAME_SECONDS - offset) / warp.time_factor
    rows = np.rint(upload_times / FRAME_SECONDS).astype(np.int64)
    cols = np.rint(original.bins - warp.bin_shift).astype(np.int64)
    inside = (rows >= 0) & (rows < len(grid)) & (cols >= 0) & (cols < BIN_COUNT)
    return upload_times[inside], grid[rows[inside], cols[inside]], original.bins[inside]


def verify(grid: np.ndarray, original: Peaks, warp: Warp, offset: float,
           cell_seconds: float) -> Verification:
    """Check ``original``'s peaks on the upload's presence ``grid`` along one candidate line.
    (Trying offsets ±3 frames and the identity warp too found 1 more of 61 tuning voice-over
    copies and matched 2 more unrelated tracks: a line is either right or far off, which
    ``verify_searched`` is for.)"""
    frames = original.frames.astype(np.float64)
    times, present, bins = _present(grid, original, frames, warp, offset)
    length = max(original.duration, FRAME_SECONDS) / FRAME_SECONDS
    shares = []
    for shift in np.linspace(MIN_NULL_SHIFT, max(original.duration - MIN_NULL_SHIFT, MIN_NULL_SHIFT),
                             NULL_SHIFTS):
        _times, chance, _bins = _present(grid, original, (frames + shift / FRAME_SECONDS) % length,
                                         warp, offset)
        if len(chance):
            shares.append(chance.mean())
    null = float(np.clip(np.mean(shares), 0.02, 0.9)) if shares else 0.5
    if len(present) < MIN_PEAKS:
        return Verification(0.0, null, 0.0, 0.0, len(present), None)
    order = np.argsort(times, kind="stable")
    times, present = times[order], present[order]
    first, last = _best_run(present - null - RUN_MARGIN)
    count = last - first
    hits = int(present[first:last].sum())
    share = hits / max(count, 1)
    excess = hits - count * null
    z = excess / np.sqrt(max(count * null * (1 - null), 1e-9))
    if count < MIN_PEAKS or z < MIN_Z or excess < MIN_EXCESS or \
            pitch_share(bins[order][first:last], 4) >= CHORD_SHARE:
        return Verification(share, null, float(z), float(excess), count, None)
    start, end = times[first], times[last - 1]
    cells = np.arange(np.floor(start / cell_seconds), np.floor(end / cell_seconds) + 1)
    upload_times = np.clip((cells + 0.5) * cell_seconds, start, end)
    # A cell's weight grows with z: a stretch verified at z 7 (unrelated music sharing a key and a
    # beat reaches 6-9 on the tuning queries) counts little, the true copies' z 10-14 fully. But
    # z grows with the square root of the stretch's peaks at the same lead per peak, and the
    # cells' sum grows with its seconds again: a long weak stretch counted its length twice
    # (held_out_4's unregistered megaglest menu_music on ufoai Crystan-Geosphere03: z 7.6 over
    # 122 peaks, 52 % present against a null of 23 %, no hash of it, 0.977; held_out_2's
    # TheThings-Slippycurb on Crystan-Battlescape04 likewise, z 7.0 over 121, 0.51). So the
    # weight reads z as over at most WEIGHT_PEAKS peaks, ~ a copy's length: verified-only true
    # copies on the four parts have 0.79-1.9 z a root peak, those two 0.64 and 0.69.
    weight_z = z * np.sqrt(min(1.0, WEIGHT_PEAKS / count))
    weight = float(np.clip((weight_z - MIN_Z) / (FULL_WEIGHT_Z - MIN_Z), 0.0, 1.0))
    return Verification(share, null, float(z), float(excess), count, FrameMatches(
        upload_times, warp.time_factor * upload_times + offset, np.full(len(cells), weight)))


def hears_the_recording(grid: np.ndarray, original: Peaks, warp: Warp, offset: float,
                        checked: Verification) -> bool:
    """Whether a stretch verification alone carries (``checked``, along ``warp`` and ``offset``
    on the upload's presence ``grid``) hears the recording and not only its tune or its beat.

    The null of ``verify`` moves the original in time, which breaks its beat against the upload
    and keeps its pitches: a drum beat alone at the song's tempo is present wherever the song's
    peaks fall on its beats, in any bin (held_out_14's 105 BPM beat on tecnoballz tecno-winn,
    z 14.1 over 97 peaks, 66 % present against a null of 15 %), and a hummed line is present
    wherever the song's loudest line is (held_out_14's hum of xblast xbsng1, a searched lag at
    z 14.2). So the same peaks are read at their own frames moved ``TONE_SHIFTS`` bins, where
    the beat still is and the song's other notes are not: a recording is present in its own bins
    at least ``MIN_TONAL_Z`` binomial sd above there (the beat 4.6; held_out_14's true copies that
    verification alone carried 5.6-13.7), and its accompaniment puts some of the upload there
    too (present at least ``MIN_ELSEWHERE``: the hum 0.03, those copies 0.18-0.45), where a tune
    hummed, whistled or played alone leaves the rest of the spectrum empty."""
    start, end = checked.cells.upload_times.min(), checked.cells.upload_times.max()
    frames = original.frames.astype(np.float64)
    times, present, _bins = _present(grid, original, frames, warp, offset)
    inside = (times >= start) & (times <= end)
    if inside.sum() < MIN_PEAKS:
        return True
    elsewhere = []
    for shift in TONE_SHIFTS:
        moved = Peaks(original.frames, original.bins + shift, original.duration)
        moved_times, moved_present, _bins = _present(grid, moved, frames, warp, offset)
        within = (moved_times >= start) & (moved_times <= end)
        if within.any():
            elsewhere.append(moved_present[within].mean())
    chance = float(np.mean(elsewhere)) if elsewhere else 0.0
    lead = (present[inside].mean() - chance) / np.sqrt(max(chance * (1 - chance) / inside.sum(), 1e-9))
    return chance >= MIN_ELSEWHERE and lead >= MIN_TONAL_Z


def lags(dense: Peaks, original: Peaks, warp: Warp, count: int) -> list[float]:
    """Up to ``count`` offsets (s) along ``warp`` at which most of ``original``'s peaks are present
    among the upload's ``dense`` peaks, best first, each MIN_NULL_SHIFT from the others: every
    (original peak, dense peak within a bin of it) pair votes for the lag that puts one on the
    other, and a lag counts the votes within a frame of it (what ``presence`` allows)."""
    if not len(original) or not len(dense):
        return []
    upload_bins = np.rint(dense.bins).astype(np.int64)
    order = np.argsort(upload_bins, kind="stable")
    upload_frames = dense.frames[order].astype(np.int64)
    per_bin = np.bincount(upload_bins, minlength=BIN_COUNT + 1)[:BIN_COUNT + 1]
    first = np.concatenate([[0], np.cumsum(per_bin)[:-1]])
    bins = np.rint(original.bins - warp.bin_shift).astype(np.int64)
    inside = (bins >= 0) & (bins < BIN_COUNT)
    bins, frames = bins[inside], np.rint(original.frames[inside] / warp.time_factor).astype(np.int64)
    # The dense peaks of bins b-1, b and b+1 sit together in ``order``: one run per original peak.
    low, high = np.maximum(bins - 1, 0), np.minimum(bins + 1, BIN_COUNT - 1)
    starts = first[low]
    counts = first[high] + per_bin[high] - starts
    total = int(counts.sum())
    if not total:
        return []
    peak = np.repeat(np.arange(len(bins)), counts)
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    lag = frames[peak] - upload_frames[np.repeat(starts, counts) + within]
    lowest = lag.min() - 1
    present = np.convolve(np.bincount(lag - lowest), np.ones(3, np.int64))[1:]
    chosen: list[int] = []
    apart = int(np.ceil(MIN_NULL_SHIFT / FRAME_SECONDS))
    while len(chosen) < count:
        number = int(np.argmax(present))
        if present[number] == 0:
            break
        chosen.append(number)
        present[max(0, number - apart + 1):number + apart] = 0
    return [(number + lowest) * warp.time_factor * FRAME_SECONDS for number in chosen]


def verify_searched(sharp: np.ndarray, dense: Peaks, original: Peaks, warp: Warp,
                    cell_seconds: float, agreed: float | None = None) -> Verification | None:
    """``verify`` at the lag where most of ``original``'s peaks are present (``lags``), when the
    candidate search's line did not verify (``dense``: the upload's dense peaks, ``sharp`` their
    ``presence`` at the original peak's own bin, ``SEARCH_BINS``): under a voice-over that line is
    the best bin of a few loose hashes, a chance bin elsewhere in the song for a third of the
    tuning copies (seconds to minutes off), while at the true offset their peaks are present at
    54-94 %. The best of thousands of lags is a maximum of many, though: songs in the same key and
    beat as the upload (its context, another track of the same game) have one verifying there,
    with others nearly as good a few seconds away (the key and the beat are everywhere in both).

    So the lag is tested sharply: a peak counts as present when the upload has a dense peak in
    its own bin (±1 frame), not ±1 bin. The same recording puts its peaks back in their bins, and
    the chance of meeting a dense peak falls about threefold (the null share of the voice-over
    copies' best lags: 18-39 % at ±1 bin, 5-23 % in the bin), so a copy's z rises by about half
    (typically 10 -> 14), more than other songs' do. Replayed on the 64 candidates' four best lags
    of every voice-over query of the tuning tracks and of held_out_2, the old test (±1 bin, z 9.5,
    a lead of 3 z) accepted 34 of 61 and 15 of 67 true copies' lags, this one 46 and 32; neither
    accepted another song's on those queries, nor on the unrelated music, speech, silence and
    applause of both parts but for drascula track 1 = track 30 (the same recording, tuning).

    z grows with the square root of the stretch's peaks, for the best lag and its rivals alike,
    so the lead is a share of the best z: a rival within ``SEARCH_LEAD`` of it blocks. Other songs
    of the same key and beat reach z 12.9 at most on both parts' unrelated-music negatives, with
    rivals 18-29 % behind; voice-over copies 12-20.

    The best of the first ``1 + SEARCH_RIVALS`` lags must reach ``SEARCH_MIN_Z`` (and verify's
    ``MIN_EXCESS``) and lead the others, unless a rival that close is the
    same material: a song that plays the passage twice (a loop, a chorus) has two true lags, and
    the original's own peaks at the one are present at the other (``repeats``).

    ``agreed``: the lag (s) at which the pair channel (``AudioMatcher.pair_lines``) ranked this
    original first of the whole store. When the best lag is that one, two searches of different
    kinds (every original's pair hashes, this original's peaks) picked it, and ``AGREED_MIN_Z``
    is asked instead: on the voice-overs of both tuning parts the first pair candidate's agreed
    lags of other songs reach z 9.9 at most (speech, sounds and unrelated music alike), true
    copies 10.4-20 (10 more of 128 at 11 than at 13). The pairs' lag itself is among the lags
    tested (``_take_agreed``, stop 46)."""
    found = lags(dense, original, warp, 1 + SEARCH_RIVALS)
    checked = [verify(sharp, original, warp, offset, cell_seconds) for offset in found]
    if agreed is not None:
        _take_agreed(found, checked, agreed, verify(sharp, original, warp, agreed, cell_seconds))
    if not checked:
        return None
    number = max(range(len(checked)), key=lambda index: checked[index].z)
    # A song that plays a passage again (a game's looping track) verifies nearly as well at each
    # of its returns; among such near ties the pair channel's lag is the one two searches agree on
    # (held_out_9's looping Plee the Bear `castle` under two voices, stop 45: lags 12 s apart at
    # z 10.4-12.3, the pairs' at 12.2 and the best at 12.3, so the bar was SEARCH_MIN_Z and it was
    # missed). The other lags are still its rivals below: only a return of the same passage
    # (``repeats``) lets it stand.
    if agreed is not None:
        near = [index for index, offset in enumerate(found)
                if abs(offset - agreed) <= AGREED_FRAMES * FRAME_SECONDS
                and checked[index].z >= (1 - SEARCH_LEAD) * checked[number].z]
        number = near[0] if near else number
    best = checked[number]
    bar = AGREED_MIN_Z if agreed is not None and \
        abs(found[number] - agreed) <= AGREED_FRAMES * FRAME_SECONDS else SEARCH_MIN_Z
    if best.cells is None or best.z < bar:
        return None
    stretch = (float(best.cells.original_times.min()), float(best.cells.original_times.max()))
    for offset, rival in zip(found, checked):
        if rival is not best and rival.z > (1 - SEARCH_LEAD) * best.z and \
                not repeats(original, stretch, offset - found[number]):
            return None
    return best


def _take_agreed(found: list[float], checked: list[Verification], agreed: float,
                 at_agreed: Verification) -> None:
    """Put the pair channel's own lag among the searched lags (in place): it replaces the found lag
    within MIN_NULL_SHIFT of it when it verifies and that one does not, or both do and it by a
    higher z; it is added when no found lag is that close. The pairs vote on a 3-frame grid and
    ``lags`` a frame either side at ±1 bin, so the two land a few frames apart on the same
    passage, where a copy under talk verifies at one and not the other (held_out_10's vlog of
    colobot Proton: a frame off, z 12.0 but 29 peaks beyond the null, short of MIN_EXCESS; at the
    pairs' lag z 11.1 with 35)."""
    near = [index for index, offset in enumerate(found) if abs(offset - agreed) < MIN_NULL_SHIFT]
    if not near:
        found.append(agreed)
        checked.append(at_agreed)
        return
    rank = lambda checked_lag: (checked_lag.cells is not None, checked_lag.z)
    if rank(at_agreed) > rank(checked[near[0]]):
        found[near[0]], checked[near[0]] = agreed, at_agreed


def leads(grid: np.ndarray, dense: Peaks, original: Peaks, warp: Warp, offset: float,
          checked: Verification) -> bool:
    """Whether a verified line stands above the original's other lags along the same warp: none
    of the ``LINE_RIVALS`` lags where most of its peaks are present (``lags``, at least
    ``MIN_NULL_SHIFT`` from the line) verifies within ``LINE_LEAD`` of the line's z, unless it is
    the same material (``repeats``: a loop, a passage played again).

    The matcher asks this of a line its hashes did not hear (verification alone carries it).
    The null shifts the original to 16 fixed offsets, which breaks a shared beat grid; music made
    the same way as the song (held_out_8's unregistered tracker modules: instrument samples of
    the same kind struck on the same rows, in the same key) is present along many lags at once,
    and the hashes' chance line is one of them, not the best: held_out_8's `naev` intro and
    `hedgewars` Halloween matches (0.853, 0.995) had a lag of their song elsewhere verifying at
    0.97 and 1.25 of the line's z. A true copy's line mostly leads: of held_out_8's and held_out_7's
    copies logged, the voice-over of gl-117 `dark` (a looped module) had a rival at 0.92 and is
    kept; a bass-boosted gl-117 `stars`, verified 7.8 s off its true lag, had one at 0.96 and is
    lost; three matched at a wrong lag are found at the true one by the search that follows."""
    stretch = (float(checked.cells.original_times.min()), float(checked.cells.original_times.max()))
    for lag in lags(dense, original, warp, LINE_RIVALS):
        if abs(lag - offset) < MIN_NULL_SHIFT:
            continue
        rival = verify(grid, original, warp, lag, FRAME_SECONDS)
        if rival.z > (1 - LINE_LEAD) * checked.z and not repeats(original, stretch, lag - offset):
            return False
    return True


def repeats(original: Peaks, stretch: tuple[float, float], shift: float) -> bool:
    """Whether the original plays its ``stretch`` (original seconds) again ``shift`` seconds away:
    at least ``REPEAT_SHARE`` of the stretch's stored peaks have one of the original's own peaks
    within ±1 frame and ±1 bin there (tuning tracks: a loop or a repeated passage 0.48-0.85, the
    near-as-good lags of songs that only share a key and beat with the upload 0.01-0.26, against a
    chance level of 0.02-0.08)."""
    frames = original.frames.astype(np.int64)
    times = frames * FRAME_SECONDS
    inside = (times >= stretch[0]) & (times <= stretch[1])
    rows = frames[inside] + int(round(shift / FRAME_SECONDS))
    cols = np.rint(original.bins[inside]).astype(np.int64)
    grid = presence(original)
    kept = (rows >= 0) & (rows < len(grid)) & (cols >= 0) & (cols < BIN_COUNT)
    if kept.sum() < MIN_PEAKS:
        return False
    return float(grid[rows[kept], cols[kept]].mean()) >= REPEAT_SHARE


def _best_run(excess: np.ndarray) -> tuple[int, int]:
    """[first, last) of the contiguous run with the largest sum (Kadane, on prefix sums)."""
    totals = np.concatenate([[0.0], np.cumsum(excess)])
    lowest_before = np.minimum.accumulate(totals)
    last = int(np.argmax(totals - lowest_before))
    first = int(np.argmax(totals[:last + 1] == lowest_before[last])) if last else 0
    return first, last
