"""What an index search hands to the matcher: the near neighbours of each query code.

Searches run per segment and per shard (possibly on other machines) and their hits are merged
here in one canonical order, so the union of shards answers exactly as one index would.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

MISSING = -1


@dataclass(frozen=True)
class FrameHits:
    """Near neighbours of query codes: row ``i`` holds the hits of query code ``i``, nearest
    first (ties: lower original key, then lower code number); ``originals`` is -1 past the hits."""

    distances: np.ndarray    # int32 [m, k]
    originals: np.ndarray    # int64 [m, k] original key, -1 where no hit
    codes: np.ndarray        # int64 [m, k] code number within that original

    @classmethod
    def empty(cls, queries: int, k: int = 0) -> "FrameHits":
        missing = np.full((queries, k), MISSING, np.int64)
        return cls(np.full((queries, k), np.iinfo(np.int32).max, np.int32), missing, missing.copy())

    @property
    def count(self) -> int:
        """Hits in all (a bound on the work that follows)."""
        return int((self.originals >= 0).sum())

    def take(self, rows: np.ndarray) -> "FrameHits":
        """The hits of query rows ``rows`` (repeated queries are searched once, then expanded)."""
        return FrameHits(self.distances[rows], self.originals[rows], self.codes[rows])


def merge_hits(parts: Sequence[FrameHits], k: int) -> FrameHits:
    """The ``k`` best hits per query over several searches of disjoint code sets, canonically
    ordered: the result does not depend on how the codes were split into segments or shards."""
    if not parts:
        raise ValueError("merge_hits needs at least one search result")
    distances = np.concatenate([part.distances for part in parts], axis=1).astype(np.int64)
    originals = np.concatenate([part.originals for part in parts], axis=1)
    codes = np.concatenate([part.codes for part in parts], axis=1)
    distances[originals < 0] = np.iinfo(np.int32).max          # misses sort last
    order = np.lexsort((codes, originals, distances), axis=1)[:, :k]
    taken = [np.take_along_axis(array, order, axis=1) for array in (distances, originals, codes)]
    return FrameHits(taken[0].astype(np.int32), taken[1], taken[2])
