"""Stage 3b, index for the geometry tier: the originals' keyframe descriptors and their search.

Every descriptor of every registered original's keyframes sits in one FAISS binary index
(256-bit codes), with the original key and keyframe of each row beside it. A search answers, for
each upload keyframe, the original keyframes that share the most close descriptors, with the
matched point pairs that ``origin.match.verify`` then checks for one geometric transform.

Small indexes are searched exactly. From ``EXACT_BELOW`` descriptors on, an inverted file
(``IndexBinaryIVF``: k-means cells of descriptors, a few nearest cells probed per query) does the
work: on the real suite's 64 k descriptors, 256 cells probed 16 at a time find 99 % of the exact
nearest neighbours within ``DESCRIPTOR_RADIUS`` at 1/12 of the cost. A bigger index is searched
wider, as the far neighbours of a filmed copy ask: more cells probed once they are finer
(``probed_cells``: 64 of the 4 096 cells of 1 000 catalogue originals' 1.4 M descriptors, for
the descriptors with no row within ``WIDEN_BEYOND`` bits in their 16 nearest: ``_nearest``) and
more neighbours kept, which unrelated descriptors would otherwise fill (``neighbours``).

The cells are trained on a sample of the originals' descriptors chosen and ordered by their
content (FAISS's k-means is seeded: the same descriptors give the same cells, in whatever order
the originals were registered), at least ``MIN_POINTS_PER_CELL`` a cell as FAISS
asks, and stored in the workspace (``load_or_train``): the trained cells (``cells-*``, no rows)
and the inverted file of every row (``keypoints-DIGEST``, DIGEST over every descriptor in row
order), which later scan jobs load (0.1-0.2 s at 1.44 M descriptors). The first scan of an index
trains them (1.2 s on the real suite's 64 k descriptors, 34-66 s at 1.44 M). Until stop 25 every
change of the originals named another file and the next scan trained again; now an
``originals add`` stores the inverted file of every row (``refresh``), filled from the stored
cells: the last stored file extended by the new original's rows where it was filled from the
same cells (``_filled``; filling every row again took 4 s at 1.44 M), until the index has grown
past ``CELLS_SERVE_UP_TO`` times the rows they were trained on, and the next scan then trains
them again: cells learnt from most of the rows they hold split them about as evenly.
``origin index retrain`` learns them from every row (``retrain``), so that two workspaces that
reached the same originals by different histories hold the same cells (stop 30).
Registering does not train them: that would cost a fresh workspace's first ``originals add`` a
third more CPU (seven real clips, 38 k descriptors: 1.64 -> 2.26 s) to save its first scan job
1.2 s (docs/matching.md, issue 15, stop 25).

FAISS runs one thread here (``THREADS``): a scan already spreads files over processes
(``--workers``), and FAISS's OpenMP threads busy-wait for each other on a busy machine. With
two threads on 2 shared cores, training the cells on the real suite plus 1 000 catalogue
originals took 67 s CPU instead of 34 s, and the tier's search 13.7 s instead of 8.5 s (README).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import numpy as np

from origin.errors import OriginError
from origin.video.keypoints import DESCRIPTOR_BYTES, Keypoints

if TYPE_CHECKING:
    import faiss

DESCRIPTOR_RADIUS = 56        # bits of 256: ORB pairs of one scene point sit well below
NEIGHBOURS = 6                # nearest descriptors looked at per upload descriptor, and ...
DESCRIPTORS_PER_NEIGHBOUR = 65_536   # ... one more per this many indexed (``neighbours``) ...
MOST_NEIGHBOURS = 48          # ... up to this
CANDIDATES = 4                # original keyframes verified per upload keyframe
MIN_SHARED = 10               # descriptor pairs an original keyframe needs to be verified
VOTE_SCALE = 6.0              # bits: an original keyframe's vote from an upload descriptor
                              # weighs exp(-its bits beyond the descriptor's nearest / this)
EXACT_BELOW = 20_000          # descriptors: below, exact search
DESCRIPTORS_PER_CELL = 256    # inverted-file cells: descriptors / this, 64..4096
PROBED_CELLS = 16             # inverted-file cells probed per descriptor, at least (8 cost 1 of
                              # 97 tuning copies with the catalogue, README issue 15); and ...
CELLS_PER_PROBE = 64          # ... one per this many cells (``probed_cells``), for the
                              # queries whose nearest among PROBED_CELLS is further than ...
WIDEN_BEYOND = 24             # ... this many bits (``_nearest``)
TIE_MARGIN = 8                # neighbours asked beyond those kept, to see ties at the cut
TRAINING_SAMPLE = 100_000     # descriptors the cells are learnt from, at most ...
MIN_POINTS_PER_CELL = 40      # ... unless the cells need more (FAISS warns below 39 a cell)
STORED_PREFIX = "keypoints-"  # stored inverted files: keypoints-DIGEST.faissb
CELLS_PREFIX = "cells-"       # stored trained cells: cells-SETTINGS-CONTENT-ROWS.faissb, learnt
                              # from ROWS rows, CONTENT theirs (``content_of``; before stop 30
                              # cells-SETTINGS-ROWS.faissb)
LEARNT_PREFIX = "learnt-"     # beside each: learnt-SETTINGS-CONTENT-ROWS.json, when they were
                              # learnt and from which rows (``RowCounts``; stop 31)
ABANDONED_AFTER = 3600.0      # seconds: a temporary file older than this, its job was killed
CELLS_SERVE_UP_TO = 1.25      # stored cells are filled with up to this many times ROWS, and
                              # trained again beyond (a quarter more descriptors a cell at most)
THREADS = 1                   # FAISS threads while training and searching
HAMMING_CELLS = 1 << 22       # distances in one table of ``paired_each`` at most (16 MB)
TEMPLATE_PIXELS = 2.0         # px: a feature found again this near, in another keyframe, ...
TEMPLATE_BITS = 40            # ... within this many bits, is the same drawn point there
TEMPLATE_APART = 2.0          # s: keyframes compared with one at least this far from it
TEMPLATE_REFERENCES = 12      # keyframes, spread over the original, each feature compared with
TEMPLATE_MIN_REFERENCES = 4   # fewer of them this far from a keyframe: none of its features is
TEMPLATE_SHARE = 0.6          # of those: a feature found again in this many stays put (template)
TURNING_REACH = 40.0          # px: a feature found again this near, beyond TEMPLATE_PIXELS, in
                              # TEMPLATE_SHARE of the references moves in place, and ...
TWIN_BITS = 16                # ... one with a twin within this many bits in its own keyframe, ...
TWIN_APART = 6.0              # ... this far from it at least, is a repeated drawn shape
TURNING_CELL = 24.0           # px: a cell of the keyframes where ...
TURNING_SHARE = 0.5           # ... this share of such moving features repeat is a turning part,
TURNING_TEMPLATE = 0.1        # where this share of the original's features stays put at least,
CARRIED_PIXELS = 5.0          # px: and fewer than CARRIED_SHARE of them return within this (each
CARRIED_SHARE = 0.5           # axis) of the shift most of their keyframe's returns share
PLACED_APART = 0.5            # s: a feature found again at its spot (TEMPLATE_PIXELS,
                              # TEMPLATE_BITS) in any other keyframe this far from its own ...
PLACED_CELL = 30.0            # px: ... makes this many of the features of its cell of the
PLACED_SHARE = 0.5            # keyframes, at least, such: the tool draws there at a fixed place
                              # (``placed_parts``), beside a picture that drifts: where ...
PLACED_REST = 0.1             # ... this share of the features lie elsewhere, at least, ...
DRIFT_SHARE = 0.75            # ... this share of those are found again near their place, ...
DRIFT_REACH = 20.0            # ... within this many px (beyond TEMPLATE_PIXELS), or nothing is


def _faiss():
    """FAISS, imported on first use: registering originals whose index is searched exactly
    needs none of it (``refresh_keypoint_index``), and importing it costs ~0.05 s of CPU."""
    import faiss

    return faiss


def _hamming(ours: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    """int32 [len(ours), len(theirs)]: the Hamming distance of every descriptor of ``ours`` to
    every one of ``theirs`` (FAISS's popcount over 64-bit words: ~5x OpenCV's
    ``batchDistance``, stop 41)."""
    faiss = _faiss()
    ours, theirs = np.ascontiguousarray(ours), np.ascontiguousarray(theirs)
    apart = np.empty((len(ours), len(theirs)), np.int32)
    if len(ours) and len(theirs):
        faiss.hammings(faiss.swig_ptr(ours), faiss.swig_ptr(theirs), len(ours), len(theirs),
                       DESCRIPTOR_BYTES, faiss.swig_ptr(apart))
    return apart


@contextmanager
def _faiss_threads(count: int) -> Iterator[None]:
    """FAISS's OpenMP thread count set to ``count`` for a while, then restored."""
    previous = _faiss().omp_get_max_threads()
    _faiss().omp_set_num_threads(count)
    try:
        yield
    finally:
        _faiss().omp_set_num_threads(previous)


@dataclass(frozen=True)
class KeyframePair:
    """An upload keyframe and an original keyframe that share descriptors, with their points."""

    original: int                  # original key
    upload_frame: int              # keyframe number in the upload's ``Keypoints``
    original_frame: int            # keyframe number in the original's ``Keypoints``
    upload_points: np.ndarray      # float32 [p, 2]
    original_points: np.ndarray    # float32 [p, 2]
    distances: np.ndarray          # int32 [p] Hamming bits


class KeypointIndex:
    """The keyframe descriptors of some originals (in memory) and their search."""

    def __init__(self) -> None:
        self.store = _faiss().IndexBinaryFlat(DESCRIPTOR_BYTES * 8)
        self.originals: dict[int, Keypoints] = {}
        self._inverted: faiss.IndexBinaryIVF | None = None
        self._row_key: list[np.ndarray] = []
        self._row_index: list[np.ndarray] = []
        self._rows: tuple[np.ndarray, ...] | None = None
        self._digests: dict[str, int] | None = None
        self._templates: dict[int, Template] = {}

    def template(self, key: int) -> Template:
        """Which features of original ``key`` are drawn parts of a template, still
        (``template_features``) or turning (``turning_parts``), learnt once per index and
        original."""
        if key not in self._templates:
            keypoints = self.originals[key]
            still = template_features(keypoints)
            self._templates[key] = Template(still, turning_parts(keypoints, still),
                                            placed_parts(keypoints))
        return self._templates[key]

    def add(self, key: int, keypoints: Keypoints) -> None:
        if key in self.originals or not len(keypoints):
            return
        self.originals[key] = keypoints
        self.store.add(np.ascontiguousarray(keypoints.descriptors))
        self._row_key.append(np.full(len(keypoints), key, np.int64))
        self._row_index.append(np.arange(len(keypoints), dtype=np.int64))
        self._rows = None
        self._digests = None
        self._inverted = None

    @classmethod
    def build(cls, originals: Iterable[tuple[int, Keypoints]]) -> "KeypointIndex":
        index = cls()
        for key, keypoints in originals:
            index.add(key, keypoints)
        return index

    @property
    def descriptor_count(self) -> int:
        return int(self.store.ntotal)

    def _row_arrays(self) -> tuple[np.ndarray, ...]:
        """Per row: its original's key, its feature number there, that feature's keyframe, that
        keyframe's number among every original's keyframes (one integer per keyframe), its
        original's rank by content (``_content_ranks``: ``search`` numbers pairs with it, so
        equal votes go the same way whatever order the originals were registered in), and the
        row's own rank by content (that rank, then the feature number), which breaks ties
        between equally close neighbours (``_nearest``)."""
        if self._rows is None:
            if not self._row_key:
                self._rows = (np.zeros(0, np.int64),) * 6
            else:
                frames = [self.originals[key].frame_of.astype(np.int64) for key in self.originals]
                offsets = np.cumsum([0] + [len(self.originals[key].times) for key in self.originals])
                ranks = _content_ranks(self.originals)
                sizes = np.array([len(keypoints) for keypoints in self.originals.values()])
                by_rank = np.argsort(ranks)       # each original's first row in content order
                first_row = np.empty(len(sizes), np.int64)
                first_row[by_rank] = np.cumsum(sizes[by_rank]) - sizes[by_rank]
                index = np.concatenate(self._row_index)
                self._rows = (np.concatenate(self._row_key), index, np.concatenate(frames),
                              np.concatenate([frame + offset for frame, offset in zip(frames, offsets)]),
                              np.repeat(ranks, sizes), np.repeat(first_row, sizes) + index)
        return self._rows

    @property
    def neighbours(self) -> int:
        """Nearest descriptors kept per upload descriptor: ``NEIGHBOURS``, and one more per
        ``DESCRIPTORS_PER_NEIGHBOUR`` indexed, up to ``MOST_NEIGHBOURS`` (27 at 1.4 M).

        A filmed screen's descriptors sit 40-56 bits from their original's, where unrelated
        descriptors start to crowd in: how many come closer grows with the index. Beside 1 000
        catalogue originals (1.4 M descriptors) the 6 nearest of `q0190`'s descriptors were
        catalogue ones and not one of its keyframes reached ``MIN_SHARED`` with its original;
        the suite's 64 k keep 6."""
        return min(NEIGHBOURS + self.descriptor_count // DESCRIPTORS_PER_NEIGHBOUR,
                   MOST_NEIGHBOURS)

    @property
    def inverted(self) -> bool:
        """Whether searches go through the inverted file (``EXACT_BELOW``)."""
        return self.descriptor_count >= EXACT_BELOW

    def digest(self) -> str:
        """Names the inverted file these rows give: every descriptor in row order, and the
        settings that shape the cells."""
        return next(reversed(self._prefix_digests()), "")

    def _prefix_digests(self) -> dict[str, int]:
        """The name (``digest``) of the inverted file of each prefix of these rows, the first
        original's to all of them, with how many rows that prefix holds. Kept until a row is
        added: hashing 1.4 M descriptors takes ~0.03 s, and an add asked for it three times."""
        if self._digests is None:
            digest = hashlib.blake2b(_SETTINGS.encode(), digest_size=12)
            self._digests = {}
            rows = 0
            for keypoints in self.originals.values():
                digest.update(np.ascontiguousarray(keypoints.descriptors).data)
                rows += len(keypoints)
                self._digests[digest.copy().hexdigest()] = rows
        return self._digests

    def load_or_train(self, folder: Path) -> None:
        """Use the inverted file stored in ``folder`` for exactly these rows, or fill the stored
        cells with them (trained first, and stored, if none fit: ``_stored_cells``) and store
        that; files of other rows or cells (stale) are removed. Each is written under a
        temporary name and renamed, so a killed job leaves the old file or the new one whole;
        one that does not read (damaged, or removed by another job meanwhile), or was filled
        from other cells than those that serve (``retrain`` killed), is made again."""
        if not self.inverted or self._inverted is not None:
            return
        path = folder / f"{STORED_PREFIX}{self.digest()}.faissb"
        inverted = _read(path, self.descriptor_count)
        cells = self._stored_cells(folder)
        if inverted is not None and cells is not None and \
                not np.array_equal(_centroids(inverted), _centroids(cells)):
            inverted = None       # filled from other cells: a retrain killed before it stored it
        if inverted is None:
            if cells is None:
                inverted = self._trained_cells()
                self._store_cells(folder, inverted, replaces=True)
                self._fill(inverted)
            else:
                inverted = self._filled(cells, folder)
            _store(folder, path.name, inverted, STORED_PREFIX)
        inverted.nprobe = probed_cells(inverted.nlist)
        self._inverted = inverted

    def refresh(self, folder: Path) -> None:
        """Store the inverted file of these rows in ``folder`` where stored cells fit them
        (``_stored_cells``), filled with every row, so that scans load it; nothing when none
        fit (the next scan trains them: ``load_or_train``) or it is stored already."""
        if not self.inverted:
            return
        name = f"{STORED_PREFIX}{self.digest()}.faissb"
        if (folder / name).exists():
            return
        cells = self._stored_cells(folder)
        if cells is not None:
            _store(folder, name, self._filled(cells, folder), STORED_PREFIX)

    def _filled(self, cells: faiss.IndexBinaryIVF, folder: Path) -> faiss.IndexBinaryIVF:
        """``cells`` (stored, no rows) with every row: the stored inverted file of the longest
        prefix of these rows, filled from the same cells, with the rows after it added, or else
        ``cells`` filled with every row. The same file either way (rows go into their cells in
        row order), but an ``originals add`` beside 1 000 catalogue originals assigns its own
        few thousand descriptors instead of all 1.4 M again (4 s)."""
        prefixes = self._prefix_digests()
        centroids = _centroids(cells)
        for file in folder.glob(f"{STORED_PREFIX}*.faissb"):
            rows = prefixes.get(file.stem[len(STORED_PREFIX):])
            prefix = None if rows is None else _read(file, rows)
            if prefix is not None and np.array_equal(_centroids(prefix), centroids):
                with _faiss_threads(THREADS):
                    prefix.add(self._descriptors(after=rows))
                return prefix
        self._fill(cells)
        return cells

    def _stored_cells(self, folder: Path) -> faiss.IndexBinaryIVF | None:
        """Trained cells stored in ``folder`` that serve these rows: learnt with today's
        settings from at least 1 / ``CELLS_SERVE_UP_TO`` of as many rows, and no more; those
        learnt from exactly these rows first (``retrain``: a retrain killed before it removed
        the old cells leaves both), then those learnt from the most rows. A scan stores one
        file of cells, so there is seldom a choice."""
        for file in self._serving(folder):
            cells = _read(file.path, 0)
            if cells is not None:
                return cells
        return None

    def _serving(self, folder: Path) -> list[StoredCells]:
        """The stored cells that serve these rows, best first (``_stored_cells``); these rows'
        content is hashed only where there is a choice (every scan job asks)."""
        count = self.descriptor_count
        serving = [cells for cells in stored_cells(folder)
                   if cells.rows <= count <= cells.rows * CELLS_SERVE_UP_TO]
        if len(serving) < 2:
            return serving
        content = self.content()
        return sorted(serving, key=lambda cells: (cells.content != content, -cells.rows,
                                                  cells.path.name))

    def content(self) -> str:
        """These rows named by what they hold, in any order of registering (``content_of``)."""
        return content_of(self.originals)

    def counts(self) -> RowCounts:
        return RowCounts(len(self.originals), self.descriptor_count, keys_digest(self.originals))

    def _cells_name(self) -> str:
        return f"{CELLS_PREFIX}{_SETTINGS_TAG}-{self.content()}-{self.descriptor_count}.faissb"

    def _store_cells(self, folder: Path, cells: faiss.IndexBinaryIVF, replaces: bool) -> None:
        """``cells`` (just learnt from every row) stored, and beside them when and from which
        rows (``LEARNT_PREFIX``): ``index status`` reads that instead of the rows and the
        file's modification time. Written first, so that stored cells have it."""
        name = self._cells_name()
        learnt = {"learnt_at": time.time(), **asdict(self.counts())}
        _write_atomically(folder, _learnt_name(name), json.dumps(learnt).encode())
        _store(folder, name, cells, CELLS_PREFIX, replaces)
        _remove_abandoned(folder, LEARNT_PREFIX)

    def retrain(self, folder: Path) -> bool:
        """Learn the cells again from every row (a sample chosen by content, as a fresh
        workspace's first scan learns them) and store them in ``folder`` with the inverted file
        of every row; False where there is nothing to learn (searched exactly: ``inverted``).

        Cells a workspace learnt at its first scan serve until the index grows 1.25x past the
        rows they were learnt from, so two workspaces that reached one catalogue by different
        histories could score differently; after a retrain they hold the same cells. Crash-safe
        and resumable: the new cells are stored beside the old (scans keep loading the old
        inverted file, filled from the old cells), then the inverted file filled from them
        replaces the old one, then the old cells go. A rerun after a kill reuses cells already
        learnt from exactly these rows instead of learning them again; ``load_or_train`` fills
        them where a scan comes first."""
        if not self.inverted:
            return False
        name = self._cells_name()
        if _read(folder / name, 0) is None:
            self._store_cells(folder, self._trained_cells(), replaces=False)
        self._inverted = None
        self.load_or_train(folder)
        _remove_others(folder, CELLS_PREFIX, name)
        return True

    def _descriptors(self, after: int = 0) -> np.ndarray:
        """Every row's descriptor in row order, or those after the first ``after`` rows (which
        end where an original's end)."""
        parts, rows = [], 0
        for keypoints in self.originals.values():
            if rows >= after:
                parts.append(keypoints.descriptors)
            rows += len(keypoints)
        return np.concatenate(parts) if parts else np.zeros((0, DESCRIPTOR_BYTES), np.uint8)

    def _trained_cells(self) -> faiss.IndexBinaryIVF:
        """An inverted file with no rows, its cells learnt from a sample of the rows chosen by
        content (``_content_sample``)."""
        count = self.descriptor_count
        cells = int(np.clip(count // DESCRIPTORS_PER_CELL, 64, 4096))
        inverted = _faiss().IndexBinaryIVF(_faiss().IndexBinaryFlat(DESCRIPTOR_BYTES * 8),
                                        DESCRIPTOR_BYTES * 8, cells)
        with _faiss_threads(THREADS):
            inverted.train(_content_sample(self._descriptors(),
                                           max(TRAINING_SAMPLE, MIN_POINTS_PER_CELL * cells)))
        return inverted

    def _fill(self, inverted: faiss.IndexBinaryIVF) -> None:
        """Every row into its cell, in row order (a row's number is its FAISS id)."""
        with _faiss_threads(THREADS):
            inverted.add(self._descriptors())

    def _train(self) -> faiss.IndexBinaryIVF:
        """The inverted file of every row, its cells learnt from them."""
        inverted = self._trained_cells()
        self._fill(inverted)
        return inverted

    def _searcher(self) -> faiss.IndexBinary:
        """The exact store while small, else the inverted file (trained on first use unless
        ``load_or_train`` gave it)."""
        if not self.inverted:
            return self.store
        if self._inverted is None:
            self._inverted = self._train()
            self._inverted.nprobe = probed_cells(self._inverted.nlist)
        return self._inverted

    def search(self, upload: Keypoints, known: list[Answers] | None = None) -> list[KeyframePair]:
        """Per upload keyframe, the ``CANDIDATES`` original keyframes with the most votes of
        the ``MIN_SHARED`` or more that share its descriptors (each upload descriptor paired
        once per original keyframe, its closest there).

        A descriptor's vote weighs ``_VOTES`` of how many bits further that keyframe's feature
        is than the descriptor's nearest row anywhere: a plain count grew with the neighbours
        kept, and beside 1 000 catalogue originals (27 a descriptor, 6 on the suite alone) the
        far ones filled the ``CANDIDATES`` slots with keyframes that share many loose
        descriptors with every upload keyframe (text, a shared layout) ahead of the one the copy
        shows (zoom `q0044`, 0.634 alone, 0.081 beside the catalogue; README, issue 15).

        ``known``: the answers of earlier searches of the same upload's descriptors, copied
        where they hold a descriptor instead of searching it again; this search's are added to
        it (``Answers``)."""
        if not len(upload) or not self.descriptor_count:
            return []
        distinct, row_of = _distinct_rows(upload.descriptors)
        row_key, row_index, row_frame, row_keyframe, row_rank, row_order = self._row_arrays()
        distances, rows = self._answers(distinct, row_order, known)
        # one pair per (upload descriptor, original keyframe): its closest descriptor there,
        # the first by distance, ties by content (``_nearest``), found per distinct descriptor
        first = _first_of_each(row_keyframe[np.maximum(rows, 0)])
        first &= (rows >= 0) & (distances <= DESCRIPTOR_RADIUS)
        # per upload descriptor, in upload order (its neighbours in ``_nearest``'s order)
        first, distances, rows = first[row_of], distances[row_of], rows[row_of]
        query, column = np.nonzero(first)
        nearest = distances[query, 0]
        distances, rows = distances[query, column], rows[query, column]
        if not len(rows):
            return []
        keys, feature, original_frame = row_key[rows], row_index[rows], row_frame[rows]
        upload_frame = upload.frame_of[query].astype(np.int64)
        # pairs are (upload keyframe, original, original keyframe), numbered in that order (an
        # original by its rank by content among all the index's, so that equal votes fall the
        # same way whatever the order of registering)
        ranks = len(self.originals)
        keyframes = int(original_frame.max()) + 1
        pair_id = (upload_frame * ranks + row_rank[rows]) * keyframes + original_frame
        by_pair = np.argsort(pair_id, kind="stable")   # each pair's members, in upload order
        ordered = pair_id[by_pair]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1], True])
        unique, counts = ordered[starts[:-1]], np.diff(starts)
        votes = np.add.reduceat(_VOTES[(distances - nearest)[by_pair]], starts[:-1])
        # the pairs with enough members, in runs of one upload keyframe (pairs are in its order)
        enough = np.flatnonzero(counts >= MIN_SHARED)
        if not len(enough):
            return []
        enough_frame = unique[enough] // keyframes // ranks
        runs = np.flatnonzero(np.r_[True, enough_frame[1:] != enough_frame[:-1], True])
        pairs: list[KeyframePair] = []
        for begin, end in zip(runs[:-1], runs[1:]):
            frame, rows_here = enough_frame[begin], enough[begin:end]
            best = rows_here[np.argsort(-votes[rows_here], kind="stable")[:CANDIDATES]]
            for number in best:
                members = by_pair[starts[number]:starts[number + 1]]
                frame_key = int(keys[members[0]])
                original = self.originals[frame_key]
                pairs.append(KeyframePair(
                    frame_key, int(frame), int(unique[number] % keyframes),
                    upload.points[query[members]], original.points[feature[members]],
                    distances[members].astype(np.int32)))
        return pairs

    def paired_within(self, upload: Keypoints, pair: KeyframePair) -> KeyframePair:
        """``pair``'s keyframes paired again within themselves: each descriptor of the upload
        keyframe with its nearest descriptor of the original keyframe, where that one is within
        ``DESCRIPTOR_RADIUS`` and has it as its own nearest among the upload keyframe's
        (mutual nearest neighbours). Asked where ``pair``'s few points do not verify
        (``match.matcher._verified_pair``).

        ``search`` pairs descriptors among each one's nearest rows in the whole index. Beside
        1 000 catalogue originals a filmed screen's true pairs (30-50 bits) are mostly pushed
        out of those rows by nearer catalogue descriptors: `q0190`'s right keyframe was still
        the first candidate of 6 of its 23 keyframes, but with 13-19 of the 35-56 pairs it had
        alone, too few to verify (docs/matching.md, issue 15, stop 30). Mutual, not under a
        ratio of the second nearest: a visualiser's bars repeat, so a true pair's second
        nearest is about as near. Not for every candidate: there these pairs moved held-out
        copies' segments (stop 31)."""
        [within] = self.paired_each(upload, pair.upload_frame, pair.original, [pair.original_frame])
        return within

    def paired_each(self, upload: Keypoints, upload_frame: int, key: int, numbers: list[int]
                    ) -> list[KeyframePair]:
        """``paired_within`` of upload keyframe ``upload_frame`` with each keyframe ``numbers``
        of original ``key`` in turn, the same pairs, their Hamming distances found in one pass
        (``_hamming``) per up to ``HAMMING_CELLS`` of them: the placement of a copy of a
        hand-held film pairs each of its verified keyframes with every keyframe of the original
        (``match.matcher.Matcher._every_pair``; docs/matching.md, *Scan CPU at stop 41*)."""
        original = self.originals[key]
        mine = np.flatnonzero(upload.frame_of == upload_frame)
        numbers = np.asarray(numbers, np.int64)
        by_frame = np.argsort(original.frame_of, kind="stable")   # each keyframe's rows, rising
        framed = original.frame_of[by_frame]
        starts, ends = np.searchsorted(framed, numbers), np.searchsorted(framed, numbers, "right")
        ours = upload.descriptors[mine]
        rows = np.arange(len(mine))
        fit = max(1, HAMMING_CELLS // max(len(mine), 1))    # original rows in one table
        empty = np.zeros((0, 2), np.float32)
        pairs: list[KeyframePair] = []
        table, theirs, first = None, None, 0
        for number, start, end in zip(numbers, starts, ends):
            if not len(mine) or start == end:
                pairs.append(KeyframePair(key, upload_frame, int(number), empty, empty,
                                          np.zeros(0, np.int32)))
                continue
            if table is None or start < first or end > first + table.shape[1]:
                # the distances to this keyframe's rows and the next ones', up to ``fit`` rows
                last = max(end, int(ends[ends <= start + fit].max(initial=end)))
                first, theirs = int(start), by_frame[start:last]
                table = _hamming(ours, original.descriptors[theirs])
            apart = table[:, start - first:end - first]
            # the nearest each way, the first of equally near ones (as OpenCV's
            # ``batchDistance`` with K=1 gives them)
            nearest = apart.argmin(axis=1)
            distance = apart[rows, nearest]
            kept = (distance <= DESCRIPTOR_RADIUS) & (apart.argmin(axis=0)[nearest] == rows)
            own = theirs[start - first:end - first]
            pairs.append(KeyframePair(key, upload_frame, int(number), upload.points[mine[kept]],
                                      original.points[own[nearest[kept]]],
                                      distance[kept].astype(np.int32)))
        return pairs

    def _answers(self, distinct: np.ndarray, order: np.ndarray, known: list[Answers] | None
                 ) -> tuple[np.ndarray, np.ndarray]:
        """The ``neighbours`` nearest rows of each of the ``distinct`` descriptors (sorted as
        ``_distinct_rows`` gives them; ties by ``order``: ``_nearest``) and their distances,
        those ``known`` holds copied from it (a query's answer does not depend on the other
        queries); ``known`` gets them all."""
        k = min(self.neighbours, self.descriptor_count)
        searcher = self._searcher()
        if known is None:
            with _faiss_threads(THREADS):
                return _nearest(searcher, distinct, k, order)
        keys = _as_keys(distinct)
        todo = np.ones(len(keys), bool)
        distances = np.empty((len(keys), k), np.int32)
        rows = np.empty((len(keys), k), np.int64)
        for answers in known:
            if not len(answers.keys):
                continue
            at = np.minimum(np.searchsorted(answers.keys, keys), len(answers.keys) - 1)
            found = todo & (answers.keys[at] == keys)
            distances[found], rows[found] = answers.distances[at[found]], answers.rows[at[found]]
            todo &= ~found
        if todo.any():
            with _faiss_threads(THREADS):
                distances[todo], rows[todo] = _nearest(
                    searcher, np.ascontiguousarray(distinct[todo]), k, order)
        known.append(Answers(keys, distances, rows))
        return distances, rows


@dataclass(frozen=True)
class Answers:
    """One search's distinct descriptors and their nearest rows (``KeypointIndex.search``).

    A split screen's panels are searched with its keyframes' own features where those alone
    made no match (``Matcher._panel_matches``): that second search holds every descriptor of
    the first again, which it copies from here instead of asking FAISS (about half of its
    descriptors; docs/matching.md, issue 15, stop 29)."""

    keys: np.ndarray             # void [d]: each descriptor's 32 bytes, ascending
    distances: np.ndarray        # int32 [d, k]
    rows: np.ndarray             # int64 [d, k]


_SETTINGS = f"{DESCRIPTORS_PER_CELL} {TRAINING_SAMPLE} {MIN_POINTS_PER_CELL} by content"
_SETTINGS_TAG = hashlib.blake2b(_SETTINGS.encode(), digest_size=4).hexdigest()


@dataclass(frozen=True)
class RowCounts:
    """A workspace's keypoint rows as ``index status`` tells them: counts and the originals'
    keys, read from the database without a descriptor (``origin.jobs.maintain``). Rows are
    never removed or changed, so in one database the keys name the rows."""

    originals: int
    descriptors: int
    keys: str                   # ``keys_digest``


def keys_digest(keys: Iterable[int]) -> str:
    """Names a set of originals by their keys (any order)."""
    return hashlib.blake2b(np.sort(np.fromiter(keys, np.int64)).tobytes(),
                           digest_size=8).hexdigest()


@dataclass(frozen=True)
class StoredCells:
    """A file of trained cells in a workspace, as its name and the record beside it
    (``LEARNT_PREFIX``) describe it."""

    path: Path
    rows: int                   # descriptors they were learnt from
    content: str | None         # those rows' ``content_of``; None in a name from before stop 30
    learnt_at: float            # when they were learnt (the file's modification time for cells
                                # stored before stop 31, which have no record)
    keys: str | None            # the originals they were learnt from (``keys_digest``); None
                                # before stop 31

    def learnt_from(self, rows: RowCounts) -> bool:
        """Whether these cells were learnt from exactly ``rows`` (before stop 31: as many)."""
        return self.keys == rows.keys if self.keys is not None else self.rows == rows.descriptors


@dataclass(frozen=True)
class CellsState:
    """How a workspace's stored cells stand to its rows (``cells_state``)."""

    state: str          # exact (no cells: searched exactly), untrained (the next scan learns
                        # them), outgrown (the next scan learns them again), grown (serving,
                        # learnt from fewer or other rows), from every row (learnt from these),
                        # damaged (the file that would serve does not read: ``cells`` names it)
    cells: StoredCells | None    # the cells that serve these rows, where some do (damaged: the
                                 # file that would)
    filled: bool | None          # whether the inverted file of these rows is stored


def stored_cells(folder: Path) -> list[StoredCells]:
    """The cells stored in ``folder`` learnt with today's settings (others are never used)."""
    found = []
    for path in sorted(folder.glob(f"{CELLS_PREFIX}{_SETTINGS_TAG}-*.faissb")):
        parts = path.stem[len(CELLS_PREFIX) + len(_SETTINGS_TAG) + 1:].split("-")
        if not parts[-1].isdigit() or len(parts) > 2:
            continue
        learnt = _learnt(folder / _learnt_name(path.name))
        try:
            learnt_at = learnt.get("learnt_at") or path.stat().st_mtime
        except FileNotFoundError:           # removed by another job meanwhile
            continue
        found.append(StoredCells(path, int(parts[-1]), parts[0] if len(parts) == 2 else None,
                                 learnt_at, learnt.get("keys")))
    return found


def cells_state(folder: Path, rows: RowCounts) -> CellsState:
    """What ``folder`` holds for ``rows`` (``index status``): read only, from file names,
    records and headers; no row is read and nothing is trained. The cells a scan would use
    (``KeypointIndex._serving``, which tells rows apart by content)."""
    if rows.descriptors < EXACT_BELOW:
        return CellsState("exact", None, None)
    filled = any(_stored_rows(path) == rows.descriptors
                 for path in folder.glob(f"{STORED_PREFIX}*.faissb"))
    stored = stored_cells(folder)
    fitting = [cells for cells in stored
               if cells.rows <= rows.descriptors <= cells.rows * CELLS_SERVE_UP_TO]
    serving = [cells for cells in fitting if _stored_rows(cells.path) == 0]  # the file reads
    if not serving:
        if fitting:                          # a scan reads none of them (``_stored_cells``)
            return CellsState("damaged", fitting[0], filled)
        return CellsState("outgrown" if stored else "untrained", None, filled)
    cells = min(serving, key=lambda cells: (not cells.learnt_from(rows), -cells.rows,
                                            cells.path.name))
    return CellsState("from every row" if cells.learnt_from(rows) else "grown", cells, filled)


def _learnt_name(cells_name: str) -> str:
    """The name of the record beside a cells file (``LEARNT_PREFIX``)."""
    return f"{LEARNT_PREFIX}{cells_name[len(CELLS_PREFIX):-len('.faissb')]}.json"


def _learnt(path: Path) -> dict:
    """The record of when (``learnt_at``, seconds) and from which originals (``keys``) cells
    were learnt, what of it reads; empty where there is none (cells stored before stop 31)."""
    try:
        learnt = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(learnt, dict):
        return {}
    when, keys = learnt.get("learnt_at"), learnt.get("keys")
    return {**({"learnt_at": float(when)} if isinstance(when, (int, float)) and not
               isinstance(when, bool) and 0 < when < 1e11 else {}),
            **({"keys": keys} if isinstance(keys, str) else {})}


def _stored_rows(path: Path) -> int | None:
    """The rows a stored inverted file holds, from its header (FAISS's binary IVF: the tag
    ``IBwF``, dimension, code size, then the row count); None where it is not one."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return None
    if len(header) < 20 or header[:4] != b"IBwF":
        return None
    return int(np.frombuffer(header, np.int64, 1, 12)[0])


def has_stored_cells(folder: Path) -> bool:
    """Whether ``folder`` holds trained cells (of any size or settings)."""
    return folder.is_dir() and any(folder.glob(f"{CELLS_PREFIX}*.faissb"))


def _read(path: Path, rows: int) -> faiss.IndexBinaryIVF | None:
    """The inverted file stored at ``path`` if it reads and holds ``rows`` rows, else None."""
    if not path.exists():
        return None
    try:
        inverted = _faiss().read_index_binary(str(path))
    except RuntimeError:
        return None
    if not isinstance(inverted, _faiss().IndexBinaryIVF) or inverted.ntotal != rows:
        return None
    return inverted


def _centroids(inverted: faiss.IndexBinaryIVF) -> np.ndarray:
    """The cells' centroids: which cells an inverted file was filled from."""
    return _faiss().vector_to_array(_faiss().downcast_IndexBinary(inverted.quantizer).xb)


def _store(folder: Path, name: str, inverted: faiss.IndexBinaryIVF, prefix: str,
           replaces: bool = True) -> None:
    """``inverted`` written as ``folder/name`` by a rename (``_write_atomically``), then the
    other ``prefix`` files (stale) removed where it ``replaces`` them."""
    _write_atomically(folder, name, lambda temporary: _faiss().write_index_binary(
        inverted, str(temporary)))
    if replaces:
        _remove_others(folder, prefix, name)
    _remove_abandoned(folder, prefix)


def in_the_way(folder: Path) -> str:
    """The one line for a file where the workspace keeps its keypoint index: scans, ``index
    retrain`` and ``index status`` give the same advice (they gave two)."""
    return (f"{folder}: not a folder: the workspace keeps its keypoints there (move the file "
            f"away, and the next scan or index retrain makes it again)")


def _write_atomically(folder: Path, name: str, write: Callable[[Path], None] | bytes) -> None:
    """``folder/name`` written under a temporary name by ``write`` (or as these bytes) and
    renamed. A file or folder in the way, or a full or read-only disk, is one ``OriginError``
    naming the path (it was a traceback), the temporary file removed."""
    if folder.exists() and not folder.is_dir():
        raise OriginError(in_the_way(folder))
    temporary = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(write, bytes):
            temporary.write_bytes(write)
        else:
            write(temporary)
        os.replace(temporary, folder / name)
    except (OSError, RuntimeError) as error:   # FAISS raises RuntimeError for a failed write
        try:
            temporary.unlink(missing_ok=True)
        except OSError:        # a read-only mount refuses even that (EROFS): it said nothing
            pass               # of the write, in a traceback
        reason = error.strerror if isinstance(error, OSError) and error.strerror else \
            str(error).strip().splitlines()[-1]
        raise OriginError(f"{folder / name}: cannot store the keypoint index: {reason}") \
            from None


def _remove_others(folder: Path, prefix: str, name: str) -> None:
    """The ``prefix`` files in ``folder`` but ``name`` removed: stale once ``name`` serves
    (for cells, with their records: ``LEARNT_PREFIX``)."""
    for stale in folder.glob(f"{prefix}*.faissb"):
        if stale.name != name:
            stale.unlink(missing_ok=True)
    if prefix == CELLS_PREFIX:
        for stale in folder.glob(f"{LEARNT_PREFIX}*.json"):
            if stale.name != _learnt_name(name):
                stale.unlink(missing_ok=True)


def _remove_abandoned(folder: Path, prefix: str) -> None:
    """Temporary files of ``prefix`` older than ``ABANDONED_AFTER``: a job killed mid-write
    left them, and nothing removed them (an inverted file is ~40 bytes a descriptor, 60 MB
    beside the 1 000-original catalogue). Younger ones may be another job's write under way:
    scans store without the writer lock."""
    now = time.time()
    for temporary in folder.glob(f".{prefix}*.tmp"):
        try:
            if now - temporary.stat().st_mtime > ABANDONED_AFTER:
                temporary.unlink()
        except FileNotFoundError:        # renamed or removed by its own job meanwhile
            pass


def _nearest(searcher: faiss.IndexBinary, queries: np.ndarray, k: int,
             order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each query's ``k`` nearest rows and their distances, equally close rows taken in their
    ``order`` (each row's rank by content: ``_first_by_content``); where the inverted file
    probes more than ``PROBED_CELLS`` cells, in two passes: every query through its
    ``PROBED_CELLS`` nearest cells, and again through all its cells only if the nearest row
    found there is further than ``WIDEN_BEYOND`` bits.

    The wide search is for far neighbours (a filmed screen's descriptors sit 40-56 bits from
    their original's) in a big index's fine cells. Beside 1 000 catalogue originals its 64 of
    4 096 cells hold ~33 k descriptors a query, four times 16 cells' 8.4 k, and that scan was
    half of the scan's CPU; two thirds of an upload's descriptors have a row within 24 bits
    among their 16 nearest cells, the same scene point or its like. On the real suite with the
    catalogue the keypoint search's CPU fell by a third (docs/matching.md, issue 15's ninth pass); the
    suite alone (256 cells, 16 probes) is searched in one pass as before."""
    wide = getattr(searcher, "nprobe", 0)
    if wide <= PROBED_CELLS:
        return _first_by_content(searcher, queries, k, order, None)
    distances, rows = _first_by_content(searcher, queries, k, order, PROBED_CELLS)
    again = np.flatnonzero(distances[:, 0] > WIDEN_BEYOND)
    if len(again):
        distances[again], rows[again] = _first_by_content(
            searcher, np.ascontiguousarray(queries[again]), k, order, None)
    return distances, rows


def _first_by_content(searcher: faiss.IndexBinary, queries: np.ndarray, k: int,
                      order: np.ndarray, probed: int | None,
                      asked: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Each query's first ``k`` rows by distance, then by ``order`` (row -1 last, where fewer
    are found), through ``probed`` cells of an inverted file (None: its own ``nprobe``).

    FAISS keeps, of rows equally far, those it meets first: the first registered. So which
    original's descriptor took the last neighbour slot followed the order the originals were
    registered in, and a lecture deck's copy of another deck of its template (held_out_4's
    `q0126`) scored 0.601 in one order and 0.09 in another (docs/matching.md, stop 29). Each
    query is asked ``TIE_MARGIN`` more rows than it keeps, and asked again with four times as
    many while the ``k``-th is as far as the last one returned (more rows may lie at that
    distance than FAISS returned), so every row closer than the cut and every one at it is
    known before ``order`` chooses."""
    total = int(searcher.ntotal)
    asked = min(total, asked or k + TIE_MARGIN)
    if probed is None:
        distances, rows = searcher.search(queries, asked)
    else:
        distances, rows = searcher.search(queries, asked,
                                          params=_faiss().SearchParametersIVF(nprobe=probed))
    rank = np.where(rows >= 0, distances.astype(np.int64) * (total + 1)
                    + order[np.maximum(rows, 0)], np.iinfo(np.int64).max)
    first = np.argsort(rank, axis=1, kind="stable")[:, :k]
    cut_distances = np.take_along_axis(distances, first, axis=1)
    cut_rows = np.take_along_axis(rows, first, axis=1)
    if asked < total:
        more = np.flatnonzero((rows[:, -1] >= 0) & (distances[:, min(k, asked) - 1]
                                                     == distances[:, -1]))
        if len(more):
            cut_distances[more], cut_rows[more] = _first_by_content(
                searcher, np.ascontiguousarray(queries[more]), k, order, probed, asked * 4)
    return cut_distances, cut_rows


def _content_ranks(originals: dict[int, Keypoints]) -> np.ndarray:
    """Per original (in ``originals``' order), its rank by content: by a digest of its
    keyframes' descriptors and points, then by key (only originals described alike tie there:
    the same video registered twice). The order of registering gives keys and rows; this gives
    the same order to the same originals in any workspace."""
    keys = list(originals)
    digests = _original_digests(originals)
    by_content = sorted(range(len(digests)), key=lambda n: (digests[n], keys[n]))
    ranks = np.empty(len(digests), np.int64)
    ranks[by_content] = np.arange(len(digests))
    return ranks


def _original_digests(originals: dict[int, Keypoints]) -> list[bytes]:
    """Per original (in ``originals``' order), a digest of its keyframes' descriptors and
    points: what it is, whatever its key."""
    digests = []
    for keypoints in originals.values():
        digest = hashlib.blake2b(np.ascontiguousarray(keypoints.descriptors).data, digest_size=16)
        digest.update(np.ascontiguousarray(keypoints.points, np.float32).data)
        digests.append(digest.digest())
    return digests


def content_of(originals: dict[int, Keypoints]) -> str:
    """Names a set of originals by what they hold, in whatever order they were registered: the
    rows that cells learnt from every row were learnt from (stored in the cells' file name)."""
    digest = hashlib.blake2b(digest_size=8)
    for one in sorted(_original_digests(originals)):
        digest.update(one)
    return digest.hexdigest()


def _content_sample(descriptors: np.ndarray, size: int) -> np.ndarray:
    """``size`` of ``descriptors`` (all if fewer), chosen and ordered by their content alone.

    FAISS's k-means starts from rows it draws by a seeded generator, by position: an even
    sample in row order (the order of registering) gave the same originals other cells when
    registered in another order. Rows are chosen by a hash of their bytes (the ``size``
    lowest) and ordered by their bytes, so the same descriptors give the same cells."""
    words = np.ascontiguousarray(descriptors).view(np.uint64)
    mixed = np.zeros(len(words), np.uint64)
    for column in range(words.shape[1]):       # a multiply-xorshift mix of the four words
        mixed = (mixed ^ words[:, column]) * np.uint64(0x9E3779B97F4A7C15)
        mixed ^= mixed >> np.uint64(29)
    if size < len(mixed):
        chosen = np.argpartition(mixed, size - 1)[:size]
    else:
        chosen = np.arange(len(mixed))
    by_bytes = np.lexsort(words[chosen].T[::-1])
    return np.ascontiguousarray(descriptors[chosen[by_bytes]])


# a vote by extra bits, in 1/256ths: integer sums are exact in any order, so equal votes tie
# and the keyframe order breaks the tie, as it did for counts
_VOTES = np.rint(256 * np.exp(-np.arange(DESCRIPTOR_BYTES * 8 + 1) / VOTE_SCALE)).astype(np.int64)


def _first_of_each(values: np.ndarray) -> np.ndarray:
    """bool [n, k]: whether each entry is the first of its value in its row (k is small)."""
    order = np.argsort(values, axis=1, kind="stable")
    ordered = np.take_along_axis(values, order, axis=1)
    first = np.ones(values.shape, bool)
    np.put_along_axis(first, order[:, 1:], ordered[:, 1:] != ordered[:, :-1], axis=1)
    return first


def probed_cells(cells: int) -> int:
    """Inverted-file cells probed per descriptor: ``PROBED_CELLS``, or one in ``CELLS_PER_PROBE``
    of many cells. A far neighbour (a filmed screen's) lies in one of its query's nearest cells
    with a chance that falls as the cells get finer: the suite's 256 cells probed 16 at a time
    search a sixteenth of the index, the catalogue's 4 096 probed 16 a 256th (`q0196`, a filmed
    screen, 0.15 there, 0.93 at 64 probes; README, issue 15)."""
    return max(PROBED_CELLS, cells // CELLS_PER_PROBE)


def _as_keys(descriptors: np.ndarray) -> np.ndarray:
    """Each descriptor's bytes as one value (compared and sorted as ``np.unique`` sorts rows)."""
    rows = np.ascontiguousarray(descriptors, np.uint8)
    return rows.view(np.dtype((np.void, rows.shape[1]))).ravel()


def _distinct_rows(descriptors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct descriptors (contiguous, for FAISS) and, per input row, its row among them.

    A still or slow upload describes the same picture again keyframe after keyframe, and ORB
    gives it the same descriptors: on the real suite 23 % of the upload descriptors repeat one
    of their upload's. A query's neighbours do not depend on the other queries of the batch, so
    each distinct descriptor is searched once and its answer copied to its repeats."""
    rows = np.ascontiguousarray(descriptors, np.uint8)
    if len(rows) < 2:
        return rows, np.arange(len(rows))
    distinct, row_of = np.unique(_as_keys(rows), return_inverse=True)
    return (np.ascontiguousarray(distinct.view(np.uint8).reshape(len(distinct), rows.shape[1])),
            row_of.reshape(-1))


@dataclass(frozen=True)
class Template:
    """What the tool that rendered an original draws in every video it renders, a bool per
    feature each: ``still`` features stay put (a player, a frame, buttons, labels:
    ``template_features``), ``turning`` ones are drawn parts that move in place (a cassette
    deck's reels: ``turning_parts``). A copy shows the rest too (``origin.match.verify``).
    ``placed`` features lie where the tool draws at a fixed place what changes (a lyric bar's
    words, a weather map's badges, a call's tiles: ``placed_parts``), still or not."""

    still: np.ndarray
    turning: np.ndarray
    placed: np.ndarray

    @property
    def drawn(self) -> np.ndarray:
        """The features the tool draws, still or turning."""
        return self.still | self.turning

    def of_keyframe(self, rows: np.ndarray) -> "Template":
        """The template of the features ``rows`` (one keyframe's) alone."""
        return Template(self.still[rows], self.turning[rows], self.placed[rows])


def template_features(keypoints: Keypoints, share: float = TEMPLATE_SHARE) -> np.ndarray:
    """Which of an original's features stay put: found again, at the same spot
    (``TEMPLATE_PIXELS``) and with about the same descriptor (``TEMPLATE_BITS``), in
    ``share`` or more of up to ``TEMPLATE_REFERENCES`` keyframes spread over the
    original at least ``TEMPLATE_APART`` from its own (a ``share`` near 0: found again in one,
    as ``match.matcher.Matcher._tells_the_clip`` asks). A visualiser or a phone-player template
    draws the same player, frame and buttons around whatever picture and music it is given:
    every video the tool renders shares those points, while a copy shows the parts that change
    (``origin.match.verify``; docs/matching.md, *Templates at stop 45*). A bool per feature."""
    found, asked = _found_again(keypoints, np.ones(len(keypoints), bool), TEMPLATE_PIXELS)
    return (asked >= TEMPLATE_MIN_REFERENCES) & (found >= share * np.maximum(asked, 1))


def turning_parts(keypoints: Keypoints, still: np.ndarray) -> np.ndarray:
    """Which of an original's features are drawn parts that move in place, where it has a
    template (``TURNING_TEMPLATE`` of its features ``still``: ``template_features``): off it,
    found again near their place but not at it (within ``TURNING_REACH``, beyond
    ``TEMPLATE_PIXELS``, ``TEMPLATE_BITS``) in ``TEMPLATE_SHARE`` of the reference keyframes,
    in the cells (``TURNING_CELL``) where most such moving features are repeated shapes (a twin
    within ``TWIN_BITS`` elsewhere in their own keyframe) and fewer than ``CARRIED_SHARE`` of
    them move with the rest of their keyframe (``_carried``). A cassette deck's reels turn,
    their spokes coming back at turned places, and repeat (six spokes, two reels alike): every
    video the deck renders shows them, at the same turn at the same instant. A record cover
    turning on a platter comes back too, but a picture has few twins: it stays what a copy
    shows; so does a textured picture a hand-held camera drifts over, whose corners have twins
    but all return by the camera's one shift (held_out_18's mountains in a news frame). A
    visualiser without a template draws its repeats from the music (held_out_19's mirrored and
    radial spectra: 95-99 % of their features would count): those are what changes
    (docs/matching.md, *Turning parts at stop 46*, *Moving together at stop 47*). A bool per
    feature."""
    turning = np.zeros(len(keypoints), bool)
    if not len(keypoints) or still.mean() < TURNING_TEMPLATE:
        return turning
    shifts, asked = _returns(keypoints, ~still, TURNING_REACH, TEMPLATE_PIXELS)
    found = np.sum(~np.isnan(shifts[:, :, 0]), axis=1)
    moving = (~still & (asked >= TEMPLATE_MIN_REFERENCES)
              & (found >= TEMPLATE_SHARE * np.maximum(asked, 1)))
    if not moving.any():
        return turning
    repeated = _repeated(keypoints, moving)
    carried = _carried(keypoints, moving, shifts)
    cells = _cell_codes(np.floor(keypoints.points / TURNING_CELL).astype(np.int64))
    moving_cells, cell_of = np.unique(cells[moving], return_inverse=True)
    counts = np.bincount(cell_of)
    twins = np.bincount(cell_of, repeated[moving].astype(np.float64)) / counts
    together = np.bincount(cell_of, carried[moving].astype(np.float64)) / counts
    turns = (twins >= TURNING_SHARE) & (together < CARRIED_SHARE)
    return ~still & np.isin(cells, moving_cells[turns])


def _carried(keypoints: Keypoints, moving: np.ndarray, shifts: np.ndarray) -> np.ndarray:
    """Which ``moving`` features move with the rest of their keyframe: in half or more of the
    reference keyframes they return in, their shift (``shifts``: ``_returns``) lies within
    ``CARRIED_PIXELS`` (each axis) of the shift most returns of their keyframe share there. A
    picture the camera drifts or pans over, and letters that scroll, move as one: one shift
    carries them. Parts that turn in place do not: a reel's spokes on either side of its hub
    move opposite ways, and two reels about two hubs (held_out_18's hand-held mountains in
    a news frame, 72 % carried; held_out_21's cassette reels, 14 %: docs/matching.md, *Moving
    together at stop 47*)."""
    present = ~np.isnan(shifts[:, :, 0])
    with_it = np.zeros(present.shape, bool)
    for frame in np.unique(keypoints.frame_of[moving]):
        own = np.flatnonzero(moving & (keypoints.frame_of == frame))
        for reference in range(shifts.shape[1]):
            rows = own[present[own, reference]]
            if not len(rows):
                continue
            shift = shifts[rows, reference]
            near = np.all(np.abs(shift[:, None] - shift[None]) <= CARRIED_PIXELS, axis=2)
            with_it[rows, reference] = near[np.argmax(near.sum(axis=1))]
    return moving & (with_it.sum(axis=1) >= 0.5 * np.maximum(present.sum(axis=1), 1))


def placed_parts(keypoints: Keypoints) -> np.ndarray:
    """Which of an original's features lie where the tool that rendered it draws at a fixed
    place: in a cell (``PLACED_CELL``) of the keyframes where ``PLACED_SHARE`` of the
    original's features are found again at their very spot (``TEMPLATE_PIXELS``,
    ``TEMPLATE_BITS``) in another keyframe (``PLACED_APART`` away, one of up to
    ``TEMPLATE_REFERENCES`` spread over the original). A feature there is the tool's even where
    it changes, and is not found again itself: a karaoke bar's words stay two or three
    keyframes and give way to the next line at the same place, a weather map's badges keep their
    place while their numbers change, a call's tiles and names stay while the shared picture
    drifts in the speaker's tile. A film, a hand-held camera, a slideshow's pans move their
    features off their spots from keyframe to keyframe. A still picture's are all found again:
    ``origin.match.verify`` asks what changes of a keyframe only where some of it is not placed
    (docs/matching.md, *Drawn bands at stop 47*). Only beside a picture that drifts as a camera
    films it: where ``PLACED_REST`` of the features lie off the placed cells, ``DRIFT_SHARE``
    of those must be found again near their place (``DRIFT_REACH``). A still camera's street
    (walkers come and go), a screencast, a vectorscope's trace (main's `vtest_*`, `screencast_c`,
    `box`, `viz_scope`: 0.2-0.74) show their own features at fixed places; their copies verify
    on them. A bool per feature."""
    placed = np.zeros(len(keypoints), bool)
    if not len(keypoints):
        return placed
    found, _asked = _found_again(keypoints, ~placed, TEMPLATE_PIXELS, away=PLACED_APART)
    cells = _cell_codes(np.floor(keypoints.points / PLACED_CELL).astype(np.int64))
    _codes, cell_of = np.unique(cells, return_inverse=True)
    share = np.bincount(cell_of, (found >= 1).astype(np.float64)) / np.bincount(cell_of)
    placed = share[cell_of] >= PLACED_SHARE
    if (~placed).mean() >= PLACED_REST:
        near, _asked = _found_again(keypoints, ~placed, DRIFT_REACH, TEMPLATE_PIXELS,
                                    away=PLACED_APART)
        if (near[~placed] >= 1).mean() < DRIFT_SHARE:
            return np.zeros(len(keypoints), bool)
    return placed


def _found_again(keypoints: Keypoints, rows: np.ndarray, reach: float, beyond: float = -1.0,
                 away: float = TEMPLATE_APART) -> tuple[np.ndarray, np.ndarray]:
    """For each feature of ``rows`` (a bool per feature), in how many of up to
    ``TEMPLATE_REFERENCES`` keyframes spread over the original and ``away`` s or more
    from its own a feature lies within ``reach`` px of it (on each axis), but not within
    ``beyond``, with a descriptor within ``TEMPLATE_BITS``; and how many such keyframes it was
    compared with. Zero both for the rest, and where the original has too few keyframes."""
    shifts, asked = _returns(keypoints, rows, reach, beyond, away)
    return np.sum(~np.isnan(shifts[:, :, 0]), axis=1, dtype=np.int32), asked


def _returns(keypoints: Keypoints, rows: np.ndarray, reach: float, beyond: float = -1.0,
             away: float = TEMPLATE_APART) -> tuple[np.ndarray, np.ndarray]:
    """Where each feature of ``rows`` returns in each of up to ``TEMPLATE_REFERENCES``
    keyframes spread over the original and ``away`` s or more from its own (float32
    [n, references, 2]: the shift to the feature within ``reach`` px on each axis, not within
    ``beyond``, whose descriptor is nearest and within ``TEMPLATE_BITS``; NaN where none is),
    and how many such keyframes it was compared with (int32 [n]; zero for the rest, and where
    the original has too few keyframes)."""
    times = keypoints.times
    references = np.unique(np.round(np.linspace(0, len(times) - 1, TEMPLATE_REFERENCES)
                                    ).astype(np.int64))
    shifts = np.full((len(keypoints), len(references), 2), np.nan, np.float32)
    asked = np.zeros(len(keypoints), np.int32)
    if len(times) < TEMPLATE_MIN_REFERENCES + 1 or not len(keypoints):
        return shifts, asked
    feature_times = times[keypoints.frame_of]
    cell = np.floor(keypoints.points / reach).astype(np.int64)
    for number, reference in enumerate(references):
        far = rows & (np.abs(feature_times - times[reference]) >= away)
        asked += far
        theirs = np.flatnonzero(keypoints.frame_of == reference)
        if not len(theirs) or not far.any():
            continue
        ours = np.flatnonzero(far)
        our_cells = cell[ours]
        # the reference's features by grid cell; each of ours looks in its cell and the 8 around
        codes = _cell_codes(cell[theirs])
        order = np.argsort(codes, kind="stable")
        sorted_codes = codes[order]
        hits: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for step_x in (-1, 0, 1):
            for step_y in (-1, 0, 1):
                wanted = _cell_codes(our_cells + np.array([step_x, step_y]))
                low = np.searchsorted(sorted_codes, wanted)
                high = np.searchsorted(sorted_codes, wanted, "right")
                counts = high - low
                if not counts.any():
                    continue
                mine = np.repeat(np.arange(len(ours)), counts)
                other = theirs[order[np.repeat(low, counts) + _ranks(counts)]]
                shift = keypoints.points[other] - keypoints.points[ours[mine]]
                apart = np.abs(shift)
                near = np.all(apart <= reach, axis=1) & np.any(apart > beyond, axis=1)
                bits = _BITS[keypoints.descriptors[ours[mine]]
                             ^ keypoints.descriptors[other]].sum(axis=1, dtype=np.int32)
                kept = near & (bits <= TEMPLATE_BITS)
                hits.append((mine[kept], bits[kept], shift[kept]))
        if not hits:
            continue
        mine, bits, shift = (np.concatenate(parts) for parts in zip(*hits))
        nearest = np.lexsort((bits, mine))                  # each feature's nearest return first
        first = nearest[np.diff(mine[nearest], prepend=-1) != 0]
        shifts[ours[mine[first]], number] = shift[first]
    return shifts, asked


def _repeated(keypoints: Keypoints, rows: np.ndarray) -> np.ndarray:
    """Which features of ``rows`` have a twin in their own keyframe: a feature ``TWIN_APART``
    px or further from it with a descriptor within ``TWIN_BITS`` (a drawn shape drawn again)."""
    repeated = np.zeros(len(keypoints), bool)
    for frame in np.unique(keypoints.frame_of[rows]):
        own = np.flatnonzero(keypoints.frame_of == frame)
        ours = own[rows[own]]
        bits = _BITS[keypoints.descriptors[ours][:, None] ^ keypoints.descriptors[own][None]
                     ].sum(axis=2, dtype=np.int32)
        apart = np.hypot(*(keypoints.points[ours][:, None] - keypoints.points[own][None]
                           ).transpose(2, 0, 1))
        repeated[ours] = np.any((bits <= TWIN_BITS) & (apart >= TWIN_APART), axis=1)
    return repeated


_BITS = np.array([bin(byte).count("1") for byte in range(256)], np.uint8)   # set bits per byte


def _cell_codes(cells: np.ndarray) -> np.ndarray:
    """One integer per grid cell (x, y), for sorting and searching."""
    return (cells[:, 0] + (1 << 20)) << 21 | (cells[:, 1] + (1 << 20))


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, ..., count - 1 for each of ``counts`` in turn."""
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(int(counts.sum())) - starts
