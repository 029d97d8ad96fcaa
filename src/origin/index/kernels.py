"""The compiled loops of the index (numba): seed lookup in the tables and exact search of rows.

Kept apart from the table layout (``multihash.py``) and segments (``segment.py``) so that
importing those costs no numba (about 0.3 s of CPU): a process that only registers originals
never loads it, a search loads it on first use, and ``cache=True`` keeps the machine code
between runs.

Loading numba's registries (the first call, even from the cache) imports its array maths, which
checks for a BLAS by importing SciPy's linear algebra: ~0.2 s of CPU (NumPy's f2py and SciPy's
array API layer come with it) that every scan paid, for kernels that call no BLAS. That check
is made to find none (``_without_blas``): numba then leaves ``np.dot`` and the like out of
compiled code, which nothing here uses.
"""
from __future__ import annotations

import sys

import numba
import numpy as np
from numba import types
from numba.extending import intrinsic

from origin.index.multihash import TABLES, WORD_BITS

_BLAS_CHECK = "scipy.linalg.cython_blas"     # what numba.np.arraymath imports to look for a BLAS


def _without_blas() -> None:
    """Import numba's array maths with SciPy's BLAS module unimportable (a ``None`` entry in
    ``sys.modules`` makes the import fail), unless SciPy's linear algebra is loaded already."""
    if _BLAS_CHECK in sys.modules or "numba.np.arraymath" in sys.modules:
        return
    sys.modules[_BLAS_CHECK] = None
    try:
        import numba.np.arraymath  # noqa: F401
    finally:
        del sys.modules[_BLAS_CHECK]


_without_blas()


@intrinsic
def _popcount(typing_context, word):
    """One hardware ``popcnt`` (LLVM ``ctpop``); numba would otherwise emit a 12-step bit trick."""
    def codegen(context, builder, signature, args):
        return builder.ctpop(args[0])
    return types.uint64(types.uint64), codegen


@numba.njit(cache=True, nogil=True)
def _word(code, table):
    return (code >> np.uint64(WORD_BITS * table)) & np.uint64(0xFFFF)


@numba.njit(cache=True, nogil=True, inline="always")
def _keep_nearest(distances, found, qi, count, distance, row):
    """Insert ``row`` at ``distance`` into query ``qi``'s ``count`` nearest so far (at most k,
    nearest first, ties by lower row); the new count. Both searches keep their lists this way."""
    k = distances.shape[1]
    if count < k:
        slot = count
        count += 1
    elif distance < distances[qi, k - 1]:
        slot = k - 1
    else:
        return count
    while slot > 0 and (distances[qi, slot - 1] > distance or (
            distances[qi, slot - 1] == distance and found[qi, slot - 1] > row)):
        distances[qi, slot] = distances[qi, slot - 1]
        found[qi, slot] = found[qi, slot - 1]
        slot -= 1
    distances[qi, slot] = distance
    found[qi, slot] = row
    return count


@numba.njit(cache=True, nogil=True)
def seeds(queries, codes, offsets, rows_low, rows_high, filters, probes, key_flips, filter_flips,
           radius, distances, found):
    """Fill ``distances``/``found`` [query, k] with the nearest seeds (rows), nearest first."""
    for qi in range(queries.shape[0]):
        query = queries[qi]
        count = 0
        for t in range(TABLES):
            word = _word(query, t)
            next_word = np.uint16(_word(query, (t + 1) % TABLES))
            for probe in probes:
                bucket = word ^ probe
                for j in range(offsets[t, bucket], offsets[t, bucket + 1]):
                    if _popcount(np.uint64(filters[t, j] ^ next_word)) > filter_flips:
                        continue
                    row = np.int64(rows_low[t, j]) | (np.int64(rows_high[t, j]) << 16)
                    difference = query ^ codes[row]
                    distance = _popcount(difference)
                    if distance > radius:
                        continue
                    seen = False                  # an earlier table already yielded this row
                    for u in range(t):
                        if (_popcount(_word(difference, u)) <= key_flips and
                                _popcount(_word(difference, (u + 1) % TABLES)) <= filter_flips):
                            seen = True
                            break
                    if seen:
                        continue
                    count = _keep_nearest(distances, found, qi, count, distance, row)


@numba.njit(cache=True, nogil=True)
def nearest(queries, codes, starts, ends, radius, distances, found):
    """Exact search of the rows ``starts[i]:ends[i]`` (ascending, disjoint): fill
    ``distances``/``found`` [query, k] with the nearest within ``radius``, ties by lower row."""
    for qi in range(queries.shape[0]):
        query = queries[qi]
        count = 0
        for r in range(starts.shape[0]):
            for row in range(starts[r], ends[r]):
                distance = _popcount(query ^ codes[row])
                if distance > radius:
                    continue
                count = _keep_nearest(distances, found, qi, count, distance, row)
