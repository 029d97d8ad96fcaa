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

With the originals' peaks at hand (``peaks_lookup``) the search is two-stage. The upload's loose
peaks (its most salient dense peaks, where a voice-over leaves the music some) are hashed too, at
the identity warp, and their hits only vote: any original with ``CANDIDATE_VOTES`` on one line is
a candidate. Every candidate line is then verified (``origin.audio.verify``: are the original's
peaks in the upload's dense peaks along that line, well above chance?), a line that does not
verify is voted on again from all of its original's hits, whatever warp found them, and tried at
its kind's time factors nearby (``_refined``, ``_turned``: a stretched copy's hits spread over the
warps beside its own), then searched for the lag the original's peaks agree on
(``verify_searched``); a stretch verification alone carries must hear the recording, not only its
tune or its beat (``verify.hears_the_recording``); and a verified
stretch adds its cells to the landmark cells (the larger weight of a cell wins). When the upload's
own hashes heard no music (a voice-over), pair hashes propose candidates too (``pair_lines``: every
pair of the upload's dense peaks against the originals' stored pairs, voting by lag); they are
only searched and verified like a line that did not verify, never matched on their votes.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

import numpy as np

from origin.audio.fingerprint import UPLOAD_FANOUT
from origin.audio.landmarks import (IDENTITY, LOOKAHEAD, Warp, default_warps, dense_pairs,
                                    landmarks)
from origin.audio.peaks import BINS_PER_OCTAVE, FRAME_SECONDS, Peaks
from origin.audio.verify import (FULL_WEIGHT_Z, MIN_PEAKS, MIN_Z, SEARCH_BINS, Verification,
                                 hears_the_recording, leads, presence, verify, verify_searched)
from origin.index.audio import AudioHits, AudioStore
from origin.match.align import MAX_ALIGNMENTS, FrameMatches, align
from origin.match.decide import DEFAULT_MIN_SCORE, Calibration, OriginalInfo, decide
from origin.records import Match

# Evidence (best cell weight per second of original shown, summed): 0.5 at 2.0 s of well-matched
# music. bench_audio.py: unrelated music, speech, silence and sounds reach at most ~0.6.
AUDIO = Calibration("audio", midpoint=2.0, slope=3.0)
MAX_POSTINGS = 150           # per hash in the whole store: more is a texture many tracks have
OFFSET_BIN = 0.2             # s, the first vote's offset grid
MIN_VOTES = 4                # hits on one (warp, offset) bin before an original is considered
CANDIDATE_VOTES = 2          # ... when candidates are verified
MAX_CANDIDATES = 24          # originals aligned per upload, most votes first ...
UNHEARD_CANDIDATES = 64      # ... when the upload's own hashes found no line (see ``match``)
UNHEARD_VOTES = 16           # hits of the upload's own peaks on one line that say "heard": tuning
                             # voice-overs' best line 3-11, copies of the other families 11-199
LOOSE_FANOUT = 10            # targets per loose-peak anchor: the music's are among ~10 voice peaks
LINE_TOLERANCE = 0.3         # s around the best line kept for ``align``
NEAR_TIME_FACTOR = 0.03      # hits of warps this close to the best one join its line ...
NEAR_BIN_SHIFT = 1.5         # ... (a copy's true warp lies between grid points)
CELL = 0.25                  # s of upload per aligned cell
FULL_CELL = 3                # hits that make a cell count fully
HASH_CHUNK = 2_000_000       # upload hashes looked up at a time (``hits``) ...
ANCHOR_CHUNK = 20_000        # ... made from this many anchor peaks at a time (21 min of upload)
LINE_VOTES = 16              # hits on a further line of an original (``_more_lines``)
REFINED_LINES = 4            # candidate lines, most votes first, that are re-voted (``_refined``):
                             # held_out_14's stretched copies ranked first; the rest under talk
                             # carry 2-3 votes, and re-voting all cost 1.4x main's query CPU
TURN_FACTOR = 0.05           # time factors either side a refined line is tried at (``_turned``)
SHADOW_SHARE = 0.5           # of a further line's cells under upload seconds a line taken covers
YIELD_SHARE = 0.5            # of a searched match's seconds another (line) match may cover
PAIR_MAX_POSTINGS = 400      # per pair hash in the whole store (see ``pair_lines``)
PAIR_LAG = 3                 # frames: the pair votes' lag grid
PAIR_CANDIDATES = 3          # originals a voice-over's pairs propose, most votes first
HEARD_WEIGHT = 2.0           # landmark cell weight (s of fully hashed music) that says the hashes
                             # heard a match, not verification alone (see ``match``)
WEAKLY_HEARD = 6.5           # landmark cell weight under which a line's hashes may be chance ...
ABSENT_SHARE = 0.63          # ... when the original's peaks read along it are present at less than
                             # this (over at least MIN_PEAKS of them; see ``match``)
VERIFIED = "verified"        # a match's tier when verification alone carried it (a searched lag,
                             # or a line whose hashes weigh < HEARD_WEIGHT): held_out_2's three
                             # wrong songs were of this kind, so the default policy sends it to
                             # a person (``music_verified_only``)


class AudioMatcher:
    """Finds the audio originals an upload's sound copies; ``lookup(keys)`` describes them."""

    def __init__(self, store: AudioStore, lookup: Callable[[Sequence[int]], dict[int, OriginalInfo]],
                 warps: Sequence[Warp] | None = None,
                 peaks_lookup: Callable[[Sequence[int]], dict[int, Peaks]] | None = None):
        self.store = store
        self.lookup = lookup
        self.peaks_lookup = peaks_lookup
        self.warps = tuple(warps) if warps is not None else default_warps()
        self.time_factors = np.array([warp.time_factor for warp in self.warps])
        self.bin_shifts = np.array([warp.bin_shift for warp in self.warps])

    @property
    def verifies(self) -> bool:
        return self.peaks_lookup is not None

    def hits(self, upload: Peaks) -> tuple[np.ndarray, ...]:
        """(original key, warp number, upload time, original time, loose) of every landmark hit;
        ``loose`` marks hits of the loose peaks (votes only: not cells).

        The warps' hashes are looked up ``HASH_CHUNK`` at a time and only their hits kept: an
        hour of upload makes ~58 M hashes over the ~70 warps, and holding them all with their
        times and sort (``np.unique``) at once took 3.0 GB (stop 37's hostile user: a song looped
        for an hour, 2.7 GB). Every step after is order-free, so the hits are the same."""
        passes = [(number, warp, upload, UPLOAD_FANOUT) for number, warp in enumerate(self.warps)]
        if self.verifies and upload.loose is not None and IDENTITY in self.warps:
            passes.append((self.warps.index(IDENTITY), IDENTITY, upload.loose, LOOSE_FANOUT))
        found_parts: list[tuple[np.ndarray, ...]] = []
        pending: list[tuple[np.ndarray, ...]] = []
        size = 0

        def flush() -> None:
            nonlocal size
            if not pending:
                return
            hashes, times, warp_numbers, loose = (np.concatenate(part) for part in zip(*pending))
            pending.clear()
            size = 0
            found, posting, rows = self._search(hashes, MAX_POSTINGS)
            found_parts.append((found.originals[posting], warp_numbers[rows], times[rows],
                                found.frames[posting] * FRAME_SECONDS, loose[rows]))

        for number, warp, peaks, fanout in passes:
            for first in range(0, max(len(peaks), 1), ANCHOR_CHUNK):
                stretch = Peaks(peaks.frames[first:first + ANCHOR_CHUNK + LOOKAHEAD],
                                peaks.bins[first:first + ANCHOR_CHUNK + LOOKAHEAD], peaks.duration)
                marks = landmarks(stretch, fanout, warp, anchors_before=ANCHOR_CHUNK)
                pending.append((marks.hashes, marks.anchor_frames * FRAME_SECONDS,
                                np.full(len(marks.hashes), number, np.int32),
                                np.full(len(marks.hashes), peaks is not upload)))
                size += len(marks.hashes)
                if size >= HASH_CHUNK:
                    flush()
        flush()
        return tuple(np.concatenate(part) for part in zip(*found_parts))

    def _search(self, hashes: np.ndarray, most: int) -> tuple[AudioHits, np.ndarray, np.ndarray]:
        """The store's postings of ``hashes`` (each distinct hash looked up once) and, for every
        (posting, upload row with its hash) pair, the posting's and the row's numbers."""
        distinct, inverse = np.unique(hashes, return_inverse=True)
        found = self.store.search(distinct, most)
        rows_by_hash = np.argsort(inverse, kind="stable")
        first_row = np.searchsorted(inverse[rows_by_hash], np.arange(len(distinct)))
        rows_per_hash = np.bincount(inverse, minlength=len(distinct))
        counts = rows_per_hash[found.query]
        posting = np.repeat(np.arange(len(found.query)), counts)
        within = np.arange(len(posting)) - np.repeat(np.cumsum(counts) - counts, counts)
        return found, posting, rows_by_hash[first_row[found.query[posting]] + within]

    def pair_lines(self, dense: Peaks) -> list[tuple[int, float]]:
        """(original, offset) of the ``PAIR_CANDIDATES`` originals whose pair hashes agree most on
        one lag with every pair of the upload's ``dense`` peaks (``landmarks.dense_pairs``), at
        the identity: the candidate channel for music under a voice. Its lines are only
        proposed; ``verify_searched`` decides.

        A pair hash has 19 bits, so its postings grow with the catalogue (at 167 tracks ~1.6 a
        hash, at 100 000 ~900); ``PAIR_MAX_POSTINGS`` skips the textures many tracks share."""
        marks = dense_pairs(dense)
        if not len(marks.hashes):
            return []
        found, posting, rows = self._search(marks.hashes, PAIR_MAX_POSTINGS)
        if not len(posting):
            return []
        keys = found.originals[posting]
        lags = found.frames[posting] - marks.anchor_frames[rows]     # original frame - upload frame
        lowest = int(lags.min())
        lag_bins = (lags - lowest) // PAIR_LAG
        span = int(lag_bins.max()) + 1
        group, votes = np.unique(keys * span + lag_bins, return_counts=True)
        group_keys = group // span
        order = np.lexsort((-votes, group_keys))         # each original's best lag first
        order = order[np.r_[True, group_keys[order][1:] != group_keys[order][:-1]]]
        order = order[np.argsort(-votes[order], kind="stable")][:PAIR_CANDIDATES]
        return [(int(group_keys[number]),
                 (lowest + (group[number] % span) * PAIR_LAG + 1) * FRAME_SECONDS)
                for number in order]

    def match(self, upload: Peaks, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        keys, warps, upload_times, original_times, loose = self.hits(upload)
        # When no line of the upload's own peaks holds UNHEARD_VOTES hits, whatever music it has
        # is under something louder (a voice-over: its true line has 0-3 loose votes, as chance
        # lines have) and more candidates are verified; a copy the hashes hear needs no more.
        # At 100 tracks that is most originals with 2 votes on a line; in a large catalogue a
        # line of 1-3 loose votes is one of thousands and this finds no more.
        heard = self.verifies and _strongest_line(keys[~loose], warps[~loose], upload_times[~loose],
                                                  original_times[~loose], self.time_factors) >= UNHEARD_VOTES
        lines = _best_lines(keys, warps, upload_times, original_times, self.time_factors,
                            CANDIDATE_VOTES if self.verifies else MIN_VOTES,
                            UNHEARD_CANDIDATES if self.verifies and not heard else MAX_CANDIDATES) \
            if len(keys) else []
        # Unheard music (a voice-over) also gets the pair channel's candidates, each searched
        # for its lag and tested sharply like a line that did not verify: the pairs rank the true
        # original first for most voice-overs whose loose hashes never made it a candidate.
        proposed, agreed, paired = set(), {}, []
        if self.verifies and not heard and upload.dense is not None and IDENTITY in self.warps:
            listed = {key for key, *_ in lines}
            paired = self.pair_lines(upload.dense)
            proposed = {key for key, _offset in paired if key not in listed}
            lines += [(key, self.warps.index(IDENTITY), 0.0) for key in sorted(proposed)]
            agreed = dict(paired[:1])           # the first: a lag its search may confirm
        if not lines:
            return []
        originals = self.lookup([key for key, *_ in lines])
        stored = self.peaks_lookup([key for key, *_ in lines]) if self.verifies else {}
        grid = presence(upload.dense) if stored and upload.dense is not None else None
        sharp = presence(upload.dense, SEARCH_BINS) if grid is not None else None
        found = []      # (match, found by a searched lag, heard by the hashes, verified, its z,
                        #  its line's hash weight)
        for rank, (key, warp, offset) in enumerate(lines):
            info = originals.get(key)
            if info is None:
                continue
            line_cells = lambda warp, offset: self._line_cells(
                keys == key, warps, upload_times, original_times, loose, warp, offset)
            mine, cells = line_cells(warp, offset)
            cells = cells if key not in proposed else None
            weight = float(cells.weights.sum()) if cells is not None else 0.0
            heard = weight >= HEARD_WEIGHT
            found_by_search, verified, z = False, None, 0.0     # None: no peaks to verify against
            if grid is not None and key in stored:
                checked = verify(grid, stored[key], self.warps[warp], offset, CELL) \
                    if key not in proposed else Verification(0.0, 0.0, 0.0, 0.0, 0, None)
                if checked.cells is None and key not in proposed and rank < REFINED_LINES:
                    # The hashes' best bin may lie off the copy's line (``_refined``): verify
                    # the line most of this original's hits agree on, whatever warp found them.
                    mine_all = (keys == key) & ~loose
                    better = self._refined(upload_times[mine_all], original_times[mine_all],
                                           warps[mine_all], warp, offset)
                    tried = [] if better is None else [
                        (verify(grid, stored[key], self.warps[number], moved, CELL), number, moved)
                        for number, moved in self._turned(*better)]
                    tried = [item for item in tried if item[0].cells is not None]
                    if tried:
                        checked, warp, offset = max(tried, key=lambda item: item[0].z)
                        mine, cells = line_cells(warp, offset)
                        weight = float(cells.weights.sum()) if cells is not None else 0.0
                        heard = weight >= HEARD_WEIGHT
                # A line its hashes did not hear stands on verification alone: it must also lead
                # the original's other lags (``leads``: held_out_8's unregistered tracker modules
                # verified on songs of the same kind at 0.85-0.995 where other lags of the song
                # verified as well). Rejected, it is searched like any line that did not verify.
                if checked.cells is not None and not heard and not (
                        leads(grid, upload.dense, stored[key], self.warps[warp], offset, checked)
                        and hears_the_recording(grid, stored[key], self.warps[warp], offset,
                                                checked)):
                    checked = replace(checked, cells=None)
                if checked.cells is None:
                    # At the identity: a line that did not verify is no guide to the warp
                    # either, and what the landmark hashes miss is an unwarped song under a voice
                    again = verify_searched(sharp, upload.dense, stored[key], IDENTITY, CELL,
                                            agreed.get(key))
                    # The best of thousands of lags of one of up to 64 candidates needs a second
                    # witness: the pair channel proposed this original, or its hashes voted on a
                    # line of it. held_out_4's unregistered megaglest intro_music verified on
                    # freedroidrpg temple so (z 14.1 over 16 s, 42 % present), the only searched
                    # lag of the four parts with neither; every true copy found by a searched lag
                    # had one (the pairs' first candidate, or hash weight 1.7-8.3).
                    if again is not None and cells is None and \
                            key not in {paired_key for paired_key, _offset in paired}:
                        again = None
                    # ... and, like any stretch verification alone carries, the recording's
                    # tones, not only its tune or its beat (``hears_the_recording``)
                    if again is not None and not hears_the_recording(
                            grid, stored[key], IDENTITY, float(np.median(
                                again.cells.original_times - again.cells.upload_times)), again):
                        again = None
                    checked, found_by_search = (again, True) if again is not None else (checked, False)
                # Heard a little (weight < WEAKLY_HEARD) where the original's peaks are mostly
                # absent (< ABSENT_SHARE present on the line's best stretch): chance hash votes.
                # On the spent parts, the three unregistered excerpts matched this way (supertux
                # -> singularity Media_Threat 0.50 and ufoai PsymongN3 0.88, ufoai Geosphere02 ->
                # PsymongN2 0.73: weight 3.3-6.0, 38-58 % present, Chromaprint finding nothing
                # in common), against 68-100 % for every true copy heard that little.
                if (checked.cells is None and not found_by_search and checked.peaks >= MIN_PEAKS
                        and checked.share < ABSENT_SHARE and cells is not None
                        and float(cells.weights.sum()) < WEAKLY_HEARD):
                    continue
                verified, z = checked.cells is not None, checked.z
                cells = _merged(cells, checked.cells)
            if cells is None:
                continue
            alignments = align(cells, upload.duration, info.duration, CELL)
            match = decide(info, alignments, upload.duration, min_score, AUDIO)
            # A match its hashes heard, standing on its line alone, is looked for along every
            # other line of the original too (``_more_lines``): what it adds is more of the upload
            # (a loop's every pass), never an original that did not match on its own, nor a
            # lower score: which pairs match at the default threshold does not change. A warped
            # line without its original's peaks (``_warped_without_its_peaks``) is not widened:
            # held_out_15's unregistered game loop, met on one such line at 0.982, was lifted to
            # 1.000 by lines of the same song and tempo present a little over minutes.
            if match is not None and match.score >= DEFAULT_MIN_SCORE and heard \
                    and not found_by_search \
                    and not _warped_without_its_peaks(self.warps[warp], verified, z):
                more = self._more_lines(upload_times[mine], original_times[mine], self.warps[warp],
                                        offset, cells,
                                        stored.get(key) if grid is not None else None, grid)
                if more:
                    alignments = align(_joined([cells, *more]), upload.duration, info.duration,
                                       CELL, most=MAX_ALIGNMENTS + len(more))
                    joined = decide(info, alignments, upload.duration, min_score, AUDIO)
                    if joined is not None:      # more upload seconds, never a lower score
                        match = replace(joined, score=max(joined.score, match.score))
            if match is not None:
                if found_by_search or not heard or _warped_without_its_peaks(
                        self.warps[warp], verified, z):
                    match = replace(match, tier=VERIFIED)
                found.append((match, found_by_search, heard, verified, z, weight))
        # A searched lag yields to a match at the default threshold that a line found in the same
        # seconds: on the tuning tracks the only searched lags verified on a wrong song were
        # another track of the same game under a copy the hashes had found (heroes_rite x1.05 ->
        # revelation at z 10.8, sad -> casualties_of_war at z 12.1); a voiced-over copy has none.
        # Likewise a line that only verification carried (its hashes weigh < HEARD_WEIGHT) yields
        # to a match the hashes heard in the same seconds: on held_out_2 (spent) the three wrong
        # originals were ufoai tracks verified at z 7.1-8.2 (57-67 % of their peaks present, 32-34
        # beyond the null, 0-1.3 of hash weight) under a copy of another ufoai track heard by its
        # hashes (8-15) and verified at z 12-14 with 99 % present. Two recordings of the same music
        # (a theme in two catalogues, a medley) are both heard, and both kept.
        # And a line whose original's peaks were read and found wanting (its verification
        # failed) yields to a match the hashes heard, whose own peaks stand higher above chance
        # (z >= MIN_Z: present, if perhaps a held chord kept them from counting) in the same
        # seconds: held_out_4's volume copy of widelands ingame_17 (heard, weight 23; z 14.1, a
        # held chord) also matched ufoai PsymongO2 at 0.993 on hash votes at tempo x1.125 and 4
        # half-bins down (weight 6.7) where 67 % of PsymongO2's peaks were present on 24 (z 5.9).
        # Two recordings of the same music both verify, and both stay.
        # And a line heard weakly (weight < WEAKLY_HEARD) whose peaks, read, verify short of full
        # weight (z < FULL_WEIGHT_Z) yields to a match heard firmly (weight >= WEAKLY_HEARD) in the same
        # seconds: a game's looping track agrees with another song's repeated figure at some
        # warp among ~70 (held_out_9's Mad-Scientist loop, heard at weight 15, also matched
        # nexuiz subcities at 1.000 two semitones down, weight 2.3, z 10.5, and freedroidrpg
        # underground at 0.731, x0.975, weight 2.7, z 7.6); a second song really under the
        # first has its peaks there (6 dB down and two semitones up: z 17) and stays.
        lines_found = [match for match, by_search, *_rest in found if not by_search]
        heard_found = [match for match, by_search, heard, *_rest in found if heard and not by_search]
        present = [(match, z) for match, by_search, heard, _verified, z, _weight in found
                   if heard and not by_search and z >= MIN_Z]
        firmly_heard = [match for match, by_search, _heard, _verified, _z, weight in found
                        if not by_search and weight >= WEAKLY_HEARD]
        matches = [match for match, by_search, heard, verified, z, weight in found
                   if all(_covered(match, other) < YIELD_SHARE
                          for other in (lines_found if by_search else [] if heard else heard_found)
                          + ([other for other, other_z in present if other_z > z]
                             if verified is False else [])
                          + (firmly_heard if heard and weight < WEAKLY_HEARD
                             and verified is not None and z < FULL_WEIGHT_Z else [])
                          if other is not match and other.score >= DEFAULT_MIN_SCORE)]
        return sorted(matches, key=lambda match: -match.score)

    def _line_cells(self, of_key: np.ndarray, warps: np.ndarray, upload_times: np.ndarray,
                    original_times: np.ndarray, loose: np.ndarray, warp: int,
                    offset: float) -> tuple[np.ndarray, FrameMatches | None]:
        """One original's hits (``of_key``) from warps near ``warp`` (a copy's true warp lies
        between grid points) and their cells along the line."""
        near_warps = np.flatnonzero(
            (np.abs(self.time_factors - self.time_factors[warp]) <= NEAR_TIME_FACTOR)
            & (np.abs(self.bin_shifts - self.bin_shifts[warp]) <= NEAR_BIN_SHIFT))
        mine = of_key & np.isin(warps, near_warps) & ~loose
        return mine, _cells(upload_times[mine], original_times[mine], self.time_factors[warp], offset)

    def _refined(self, upload_times: np.ndarray, original_times: np.ndarray, hit_warps: np.ndarray,
                 warp: int, offset: float) -> tuple[int, float, tuple[float, float]] | None:
        """(warp number, offset, pivot) of the line through the most distinct hits of one original
        (``upload_times``/``original_times``, from any warp), when they cover more upload cells
        than the line given does; else None. ``pivot``: the middle of its hits (upload s,
        original s).

        A stretched copy's peaks move by a frame here and there (SoX's tempo and its reverb: a
        peak's frame off by 0.7 frames rms on held_out_14's x1.05 and slowed copies), so a triplet
        keeps both of its frame differences a tenth as often as in a plain copy, and what hits
        remain are spread over the neighbouring warps of the grid: the best single (warp, offset)
        bin was a passage the song plays again, at the identity (x1.05, off by 5 % over 10 s),
        or a chance bin 0.6 s off the copy (slowed x0.894). Each hit says where it is whatever
        warp hashed it, so the hits are voted on again, once each, along every time factor of the
        grid; the warp is the one of that factor whose bin shift is nearest the median of the
        hits' own warps on the line (tempo: none, speed: the shift that goes with it). An original
        with fewer than ``LINE_VOTES`` distinct hits has no line to find (most candidates under
        talk: 2-3 loose votes)."""
        if len(upload_times) < LINE_VOTES:
            return None
        frames = (np.rint(upload_times / FRAME_SECONDS).astype(np.int64) << 32) \
            | np.rint(original_times / FRAME_SECONDS).astype(np.int64)
        _distinct, first = np.unique(frames, return_index=True)
        if len(first) < LINE_VOTES:
            return None
        pairs = np.stack([upload_times[first], original_times[first]], axis=1)
        shifts = self.bin_shifts[hit_warps[first]]
        cell_of = np.floor(pairs[:, 0] / CELL).astype(np.int64)
        on_line = lambda factor, centre: np.abs(pairs[:, 1] - (factor * pairs[:, 0] + centre)) \
            <= LINE_TOLERANCE
        spread = lambda on: len(np.unique(cell_of[on]))     # upload cells the line's hits are in
        most, best = spread(on_line(self.time_factors[warp], offset)), None
        factors = np.unique(self.time_factors)
        offsets = pairs[None, :, 1] - factors[:, None] * pairs[None, :, 0]     # [factor, hit]
        for stagger in (0.0, 0.5):
            bins = np.floor(offsets / OFFSET_BIN + stagger).astype(np.int64)
            bins -= bins.min()
            span = int(bins.max()) + 1
            votes = np.bincount((np.arange(len(factors))[:, None] * span + bins).ravel(),
                                minlength=len(factors) * span).reshape(len(factors), span)
            for row in np.flatnonzero(votes.max(axis=1) > most // 2):
                chosen_bin = bins[row] == np.argmax(votes[row])
                centre = float(np.median(offsets[row, chosen_bin]))
                on = on_line(factors[row], centre)
                if spread(on) > most:
                    most = spread(on)
                    best = (float(factors[row]), centre, float(np.median(shifts[on])),
                            (float(np.median(pairs[on, 0])), float(np.median(pairs[on, 1]))))
        if best is None:
            return None
        factor, centre, shift, pivot = best
        same = np.flatnonzero(self.time_factors == factor)
        chosen = int(same[np.argmin(np.abs(self.bin_shifts[same] - shift))])
        return chosen, centre, pivot

    def _turned(self, warp: int, offset: float, pivot: tuple[float, float]) -> list[tuple[int, float]]:
        """The line (``warp``, ``offset``) and the lines of its kind's warps (tempo: no bin shift;
        speed: the shift that goes with it) within ``TURN_FACTOR`` of its time factor, each turned
        about ``pivot`` (upload s, original s: the middle of its hits). Its hits may sit in a few
        seconds of the copy, where time factors 5 % apart all pass near them (held_out_14's x1.05
        copy: its hits in 2 s, the best line through them at x1.0125); the original's peaks,
        read along each, say which is the copy's."""
        factor, shift = self.time_factors[warp], self.bin_shifts[warp]
        if shift == 0.0:
            kind = self.bin_shifts == 0.0
        else:
            kind = np.abs(self.bin_shifts + BINS_PER_OCTAVE * np.log2(self.time_factors)) < 0.01
            if not kind[warp]:                  # a pitch warp: no other of its kind turns
                return [(warp, offset)]
        numbers = np.flatnonzero(kind & (np.abs(self.time_factors - factor) <= TURN_FACTOR))
        return [(int(number), float(pivot[1] - self.time_factors[number] * pivot[0]))
                for number in numbers]

    def _more_lines(self, upload_times: np.ndarray, original_times: np.ndarray, warp: Warp,
                    offset: float, first: FrameMatches, peaks: Peaks | None,
                    grid: np.ndarray | None) -> list[FrameMatches]:
        """The cells of every other line of one original that its hashes heard along ``warp``
        (the hits given: its own peaks' hits from warps near the best), beside the first line
        ``offset`` whose cells are ``first``: each pass of a song looped, a chorus the upload
        repeats, the song cut and rejoined. One line per original judged a 40 s song looped 91
        times in an hour by one pass (coverage 1 %, where the song alone is a takedown).

        A line is taken, most hits first, only when it would stand as a match the hashes heard on
        its own (``LINE_VOTES`` hits within ``LINE_TOLERANCE``, cells weighing ``HEARD_WEIGHT``),
        mostly in upload seconds no line taken before covers (at most ``SHADOW_SHARE`` of its
        cells: a passage the song itself plays twice puts a second, shadow line under the same
        upload seconds, which is no second use), and, with the original's peaks at hand, with
        them present above chance along it (``verify``'s z ≥ ``MIN_Z``)."""
        factor = warp.time_factor
        offsets = original_times - factor * upload_times
        order = np.argsort(offsets, kind="stable")
        ordered = offsets[order]
        taken = np.abs(offsets - offset) <= LINE_TOLERANCE
        last = int(np.floor(max(upload_times.max(initial=0.0), first.upload_times.max(initial=0.0))
                            / CELL)) + 1
        covered = np.zeros(last + 1, bool)          # upload cells the lines taken hold
        covered[np.floor(first.upload_times / CELL).astype(np.int64)] = True
        # every OFFSET_BIN of both staggered grids holding LINE_VOTES hits, the fullest first
        bins = []
        for shift in (0.0, 0.5):
            numbers, votes = np.unique(np.floor(offsets / OFFSET_BIN + shift).astype(np.int64),
                                       return_counts=True)
            strong = votes >= LINE_VOTES
            bins += [(int(count), (int(number) - shift) * OFFSET_BIN)
                     for number, count in zip(numbers[strong], votes[strong])]
        found: list[FrameMatches] = []
        for _votes, low in sorted(bins, key=lambda item: (-item[0], item[1])):
            members = order[np.searchsorted(ordered, low - 1e-9):
                            np.searchsorted(ordered, low + OFFSET_BIN - 1e-9)]
            members = members[~taken[members]]
            if len(members) < LINE_VOTES:
                continue
            centre = float(np.median(offsets[members]))
            near = order[np.searchsorted(ordered, centre - LINE_TOLERANCE, side="left"):
                         np.searchsorted(ordered, centre + LINE_TOLERANCE, side="right")]
            near = near[~taken[near]]
            taken[near] = True
            cells = _cells(upload_times[near], original_times[near], factor, centre)
            if cells is None or float(cells.weights.sum()) < HEARD_WEIGHT:
                continue
            numbers = np.unique(np.floor(cells.upload_times / CELL).astype(np.int64))
            if covered[numbers].mean() > SHADOW_SHARE:
                continue
            if peaks is not None and grid is not None:
                checked = verify(grid, peaks, warp, centre, CELL)
                if checked.z < MIN_Z:
                    continue
                cells = _merged(cells, checked.cells)
            found.append(cells)
            covered[numbers] = True
        return found


def _warped_without_its_peaks(warp: Warp, verified: bool | None, z: float) -> bool:
    """A warped line whose original's peaks, read along it, are not present above chance
    (verification failed at z < ``MIN_Z``) is one chance agreement among the ~70 warps' offsets,
    not a copy, however firmly its hashes heard it: a person decides (tier ``VERIFIED``).

    held_out_6's unregistered mu-cade mcd1 met ufoai PsymongN2 at x0.85 and 5.6 bins up on 8
    cells weighing 2.7 over 14 s of upload (z 4.1: 64 % of the peaks present against a null of
    37 %) and was muted. Until stop 50 the rule stopped at lines weighing ``WEAKLY_HEARD``; then
    held_out_15's unregistered game loop (5.8 s of ironseed DPAK x5) met colobot Constructive at
    x0.80 and 7.7 bins up on 11 cells weighing 6.7, where 62 % of 21 peaks were present against
    a null of 34 % (z 2.7), and was muted. Every true warped copy of held_out_13-15 whose line
    did not verify in full had its peaks there (z 8.0-9.3, weight 6.0-13.0)."""
    return warp != IDENTITY and verified is False and z < MIN_Z


def _joined(lines: list[FrameMatches]) -> FrameMatches:
    """Several lines' cells as one set of hits for ``align``."""
    if len(lines) == 1:
        return lines[0]
    return FrameMatches(np.concatenate([line.upload_times for line in lines]),
                        np.concatenate([line.original_times for line in lines]),
                        np.concatenate([line.weights for line in lines]))


def _strongest_line(keys: np.ndarray, warps: np.ndarray, upload_times: np.ndarray,
                    original_times: np.ndarray, time_factors: np.ndarray) -> int:
    """Hits in the fullest (original, warp, offset) bin: how loudly the hashes heard any original."""
    if not len(keys):
        return 0
    offsets = np.floor((original_times - time_factors[warps] * upload_times) / OFFSET_BIN).astype(np.int64)
    offsets -= offsets.min()
    group = (keys.astype(np.int64) * len(time_factors) + warps) * (offsets.max() + 1) + offsets
    return int(np.unique(group, return_counts=True)[1].max())


def _best_lines(keys: np.ndarray, warps: np.ndarray, upload_times: np.ndarray,
                original_times: np.ndarray, time_factors: np.ndarray,
                min_votes: int = MIN_VOTES, most: int = MAX_CANDIDATES) -> list[tuple[int, int, float]]:
    """(original, warp number, offset) of the strongest (warp, offset) bin of each original with at
    least ``min_votes`` hits there, most votes first, at most ``most``."""
    offsets = original_times - time_factors[warps] * upload_times
    best: dict[int, tuple[int, int, np.ndarray, np.ndarray]] = {}   # key: votes, warp, group, ids
    for shift in (0.0, 0.5):                        # two staggered grids: no peak split in two
        bins = np.floor(offsets / OFFSET_BIN + shift).astype(np.int64)
        bins -= bins.min()
        group = (keys * len(time_factors) + warps) * (bins.max() + 1) + bins
        groups, first, inverse, votes = np.unique(group, return_index=True, return_inverse=True,
                                                  return_counts=True)
        strong = np.flatnonzero(votes >= min_votes)
        if not len(strong):
            continue
        # Each original's strongest group, then the strongest originals.
        order = strong[np.lexsort((-votes[strong], keys[first[strong]]))]
        order = order[np.r_[True, keys[first[order]][1:] != keys[first[order]][:-1]]]
        order = order[np.argsort(-votes[order], kind="stable")][:most]
        for number in order:
            key, count = int(keys[first[number]]), int(votes[number])
            if count > best.get(key, (0,))[0]:
                best[key] = (count, int(warps[first[number]]), inverse, number)
    ranked = sorted(best.items(), key=lambda item: -item[1][0])[:most]
    return [(key, warp, float(np.median(offsets[inverse == number])))
            for key, (_votes, warp, inverse, number) in ranked]


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


def _covered(match: Match, other: Match) -> float:
    """The share of ``match``'s upload seconds that ``other``'s segments cover too."""
    spans = [(segment.upload_start, segment.upload_end) for segment in match.segments]
    total = sum(end - start for start, end in spans)
    shared = sum(max(0.0, min(end, segment.upload_end) - max(start, segment.upload_start))
                 for start, end in spans for segment in other.segments)
    return shared / total if total > 0 else 0.0


def _merged(first: FrameMatches | None, second: FrameMatches | None) -> FrameMatches | None:
    """Both sets of cells; where both have a cell of the same ``CELL`` of upload, the heavier."""
    if first is None or second is None:
        return first if second is None else second
    upload = np.concatenate([first.upload_times, second.upload_times])
    original = np.concatenate([first.original_times, second.original_times])
    weights = np.concatenate([first.weights, second.weights])
    cell = np.floor(upload / CELL).astype(np.int64)
    order = np.lexsort((-weights, cell))
    keep = order[np.r_[True, cell[order][1:] != cell[order][:-1]]]
    return FrameMatches(upload[keep], original[keep], weights[keep])
