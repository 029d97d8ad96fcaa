"""Multi-index hashing (Norouzi, Punjani & Fleet, CVPR 2012) for near neighbours of 64-bit codes.

The index stage's approximate search. Each code is split into four 16-bit words and filed under
each word in a table (codes stored in table order, so a bucket is one contiguous run). A query
probes, in every table, the buckets within ``flips`` bits of its own word: by pigeonhole every
code within ``4 * (flips + 1) - 1`` bits of the query is found (11 bits for ``flips`` 2), and
beyond that a code is found when one of its words is still that close (97 % at 12 bits, 81 % at
14, for uniformly spread flips). FAISS has this idea as ``IndexBinaryMultiHash``, but its search
(hash maps of vectors, a set per query) answers 12-40 queries/s at 10 M codes where this kernel
answers thousands: ``benchmarks/bench_index.py`` measures both. The kernel is compiled by numba.
"""
from __future__ import annotations

from itertools import combinations

import numba
import numpy as np
from numba import types
from numba.extending import intrinsic

WORD_BITS = 16
WORD_MASK = np.uint64((1 << WORD_BITS) - 1)


@intrinsic
def _popcount(typing_context, word):
    """One hardware ``popcnt`` (LLVM ``ctpop``); numba would otherwise emit a 12-step bit trick."""
    def codegen(context, builder, signature, args):
        return builder.ctpop(args[0])
    return types.uint64(types.uint64), codegen


@numba.njit(cache=True, nogil=True)
def _search(queries, offsets, codes, rows, probes, flips, radius, distances, found):
    """Fill ``distances``/``found`` [query, k] with the nearest codes within ``radius``, sorted."""
    tables = offsets.shape[0]
    k = distances.shape[1]
    for qi in range(queries.shape[0]):
        query = queries[qi]
        count = 0
        for t in range(tables):
            word = (query >> np.uint64(WORD_BITS * t)) & WORD_MASK
            for probe in probes:
                bucket = word ^ probe
                for j in range(offsets[t, bucket], offsets[t, bucket + 1]):
                    difference = query ^ codes[t, j]
                    distance = _popcount(difference)
                    if distance > radius:
                        continue
                    seen = False                  # an earlier table already probed this code
                    for u in range(t):
                        if _popcount((difference >> np.uint64(WORD_BITS * u)) & WORD_MASK) <= flips:
                            seen = True
                            break
                    if seen:
                        continue
                    if count < k:
                        slot = count
                        count += 1
                    elif distance < distances[qi, k - 1]:
                        slot = k - 1
                    else:
                        continue
                    while slot > 0 and distances[qi, slot - 1] > distance:
                        distances[qi, slot] = distances[qi, slot - 1]
                        found[qi, slot] = found[qi, slot - 1]
                        slot -= 1
                    distances[qi, slot] = distance
                    found[qi, slot] = rows[t, j]


class MultiIndexHash:
    """Near-neighbour search over a fixed set of 64-bit codes (rebuilt when the set changes)."""

    bits = 64
    tables = bits // WORD_BITS
    flips = 2            # bits probed around each word: 137 buckets per table

    def __init__(self, codes: np.ndarray):
        """``codes``: uint8 [n, 8]; results name rows of this array."""
        words = np.ascontiguousarray(codes, dtype=np.uint8).view("<u8").ravel()
        self.size = len(words)
        self.offsets = np.zeros((self.tables, (1 << WORD_BITS) + 1), np.int64)
        self.codes = np.empty((self.tables, self.size), np.uint64)
        self.rows = np.empty((self.tables, self.size), np.int32)
        for t in range(self.tables):
            keys = ((words >> np.uint64(WORD_BITS * t)) & WORD_MASK).astype(np.uint16)
            order = np.argsort(keys, kind="stable")          # radix sort for 16-bit keys
            np.cumsum(np.bincount(keys, minlength=1 << WORD_BITS), out=self.offsets[t, 1:])
            self.codes[t] = words[order]
            self.rows[t] = order
        self.probes = np.array([sum(1 << bit for bit in flipped)
                                for count in range(self.flips + 1)
                                for flipped in combinations(range(WORD_BITS), count)], np.uint64)

    def search(self, queries: np.ndarray, k: int, radius: int) -> tuple[np.ndarray, np.ndarray]:
        """(distances int32, rows int64) [m, k], nearest first; row -1 where fewer were found."""
        words = np.ascontiguousarray(queries, dtype=np.uint8).view("<u8").ravel()
        distances = np.full((len(words), k), self.bits + 1, np.int32)
        found = np.full((len(words), k), -1, np.int64)
        _search(words, self.offsets, self.codes, self.rows, self.probes, self.flips, radius,
                distances, found)
        return distances, found
