"""One upload's fingerprint against the index: search, group hits per original, align, decide."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from origin.align import FrameMatches, align
from origin.decide import DEFAULT_MIN_SCORE, OriginalInfo, decide
from origin.fingerprint import UPLOAD_SAMPLE_FPS, Fingerprint
from origin.index import FrameIndex
from origin.records import Match

MATCH_RADIUS = 14        # Hamming bits of 64; unrelated real frames start near 18 (1st pct. 22)
NEIGHBOURS = 24          # hits kept per upload code


@dataclass(frozen=True)
class IndexedOriginal:
    """An original as the matcher needs it: who it is and when each of its codes was shown."""

    info: OriginalInfo
    code_times: np.ndarray       # float64 [codes] sample instant of each code


class Matcher:
    """Finds the originals an upload copies; ``lookup(key)`` describes an original by its key."""

    def __init__(self, index: FrameIndex, lookup: Callable[[int], IndexedOriginal | None]):
        self.index = index
        self.lookup = lookup

    def match(self, upload: Fingerprint, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        hits = self.index.search(upload.codes, NEIGHBOURS, MATCH_RADIUS)
        rows, cols = np.nonzero(hits.originals >= 0)
        if not len(rows):
            return []
        upload_times = upload.times[upload.frame_of[rows]]
        keys = hits.originals[rows, cols]
        code_numbers = hits.codes[rows, cols]
        weights = (MATCH_RADIUS + 1 - hits.distances[rows, cols]) / (MATCH_RADIUS + 1)
        matches = []
        for key in np.unique(keys):
            original = self.lookup(int(key))
            if original is None:
                continue
            mine = keys == key
            frame_matches = FrameMatches(upload_times[mine],
                                         original.code_times[code_numbers[mine]],
                                         weights[mine].astype(np.float64))
            alignments = align(frame_matches, upload.duration, original.info.duration,
                               1.0 / UPLOAD_SAMPLE_FPS)
            match = decide(original.info, alignments, upload.duration, min_score)
            if match is not None:
                matches.append(match)
        return sorted(matches, key=lambda match: -match.score)
