"""The single index file of origin before shards (``frames.faissb``), read as shard 0.

It is a FAISS ``IndexBinaryIDMap`` (or, older, ``IDMap2`` or ``IVF``) whose ids are
``original key << 32 | code number``. Reading it needs no rebuild of anything the database
holds; the first write of the workspace saves it as an ordinary segment and retires the file.
"""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from origin.errors import reason_of
from origin.index.segment import Segment, SegmentUnreadable

CODE_BITS = 32            # low bits of a legacy id: the code number within its original


def read_legacy(path: Path) -> list[Segment]:
    """Segments in memory holding every code of the old file."""
    try:
        index = faiss.read_index_binary(str(path))
    except RuntimeError as error:
        raise SegmentUnreadable(f"{path}: unreadable ({reason_of(error)})") from None
    codes, ids = _codes_and_ids(index)
    order = np.argsort(ids, kind="stable")
    codes, ids = codes[order], ids[order]
    keys, starts = np.unique(ids >> CODE_BITS, return_index=True)
    numbers = ids & ((1 << CODE_BITS) - 1)
    bounds = np.append(starts, len(ids))
    originals = []
    for key, start, end in zip(keys, bounds[:-1], bounds[1:]):
        if not np.array_equal(numbers[start:end], np.arange(end - start)):
            raise SegmentUnreadable(f"{path}: original {key} has gaps in its code numbers")
        originals.append((int(key), codes[start:end]))
    return Segment.build_many(originals)


def _codes_and_ids(index) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(index, faiss.IndexBinaryIVF):
        codes, ids = [], []
        lists = index.invlists
        for number in range(index.nlist):
            size = lists.list_size(number)
            if size:
                codes.append(faiss.rev_swig_ptr(lists.get_codes(number), size * index.code_size)
                             .reshape(size, -1).copy())
                ids.append(faiss.rev_swig_ptr(lists.get_ids(number), size).copy())
        if not codes:
            return np.zeros((0, index.code_size), np.uint8), np.zeros(0, np.int64)
        return np.concatenate(codes), np.concatenate(ids)
    flat = faiss.downcast_IndexBinary(index.index)
    codes = faiss.vector_to_array(flat.xb).reshape(-1, flat.code_size)
    return codes, faiss.vector_to_array(index.id_map).astype(np.int64)
