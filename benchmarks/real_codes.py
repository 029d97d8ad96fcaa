"""Millions of REAL frame codes without decoding video: camera paths over real photographs,
hashed directly with origin's own pHash views.

Uniform random 64-bit codes spread evenly over the code space; real frames do not (dark skies
with a bright core, centred subjects, vignettes, smooth backdrops pile up in a few regions), and
that is where false matches come from. Encoding and decoding 100 M frames of video is out of
reach here, so each distractor original is a 30 s camera path (4 frames/s, as origin samples
originals) over one photograph of scripts/fetch_photos.py: a pan, a zoom in or out, sometimes a
small rotation, drawn per original. Each frame is cut from a 160-px grey copy of the photo and
area-averaged to pHash's 32x32 input, exactly as ``origin.video.fingerprint`` does for a decoded
frame: the whole picture and its centred 80 % (``ORIGINAL_CROPS``), frames under its quality
gate dropped. What this skips is video coding noise, which makes codes of one path noisier, not
more alike.

Speed: all 240 windows of a path are cut by one ``cv2.remap`` and hashed by two plain matrix
products (~70 000 codes per CPU second, one BLAS thread; one ``warpAffine`` per window and
``PHash``'s einsum made ~13 900), and ``CodeCache`` keeps what was generated on disk.
"""
from __future__ import annotations

import os

if __name__ == "__main__":      # before NumPy loads: OpenBLAS's threads busy-wait on a shared machine
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # (3 ms of CPU for a 1-thread 0.2 ms product)

import argparse
import json
import math
import sys
import time
from pathlib import Path

import cv2
import numpy as np

from origin.video.fingerprint import ORIGINAL_CROPS, ORIGINAL_SAMPLE_FPS, informative
from origin.video.hashers import PHash

FRAMES = 120                     # 30 s at origin's 4 frames/s
WORKING_SIDE = 160               # long side of the grey copy the paths are cut from
ASPECT = 16 / 9


class RealCodeSource:
    """``codes(number)`` -> the codes of distractor original ``number`` (deterministic)."""

    def __init__(self, photos: list[Path], seed: int = 0):
        if not photos:
            raise ValueError("no photos: run scripts/fetch_photos.py")
        self.seed = seed
        self.pictures = [self._grey(path) for path in photos]
        self.names = [f"{Path(path).parent.name}/{Path(path).name}" for path in photos]

    @staticmethod
    def _grey(path: Path) -> np.ndarray:
        """A small grey copy, softened so that one bilinear sample per input pixel stands for the
        area average of a window 0.5-1 times its width (as INTER_AREA would give)."""
        image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if image is None:
            raise ValueError(f"{path}: not a readable picture")
        scale = WORKING_SIDE / max(image.shape)
        small = cv2.resize(image, (max(8, int(image.shape[1] * scale)), max(8, int(image.shape[0] * scale))),
                           interpolation=cv2.INTER_AREA)
        return cv2.GaussianBlur(small.astype(np.float32), (0, 0), 1.2)

    def recipe(self) -> dict:
        """What the codes depend on (a cache is reused only for the same)."""
        return {"seed": self.seed, "photos": self.names, "frames": FRAMES, "side": WORKING_SIDE,
                "crops": list(ORIGINAL_CROPS), "version": 2}

    def codes(self, number: int) -> tuple[np.ndarray, np.ndarray]:
        """(codes [n, 8] uint8, times [n] float32) of one distractor original, views interleaved
        per frame as origin stores them."""
        rng = np.random.default_rng([self.seed, number])
        picture = self.pictures[int(rng.integers(len(self.pictures)))]
        height, width = picture.shape
        largest = min(width, height * ASPECT)
        kind = int(rng.integers(3))
        scales = [(0.6, 0.6), (1.0, 0.6), (0.6, 1.0)][kind]
        scales = [s * float(rng.uniform(0.85, 1.0)) for s in scales]
        ends = []
        for scale in scales:
            window = largest * scale
            ends.append(np.array([rng.uniform(window / 2, width - window / 2),
                                  rng.uniform(window / ASPECT / 2, height - window / ASPECT / 2), window]))
        angle = float(rng.uniform(-6, 6)) if rng.random() < 0.3 else 0.0
        progress = 0.5 - 0.5 * np.cos(np.pi * np.arange(FRAMES) / (FRAMES - 1))
        path = ends[0] + (ends[1] - ends[0]) * progress[:, None]          # [frames, (x, y, window)]
        views = len(ORIGINAL_CROPS)
        x = np.tile(path[:, 0], views)
        y = np.tile(path[:, 1], views)
        window = np.concatenate([path[:, 2] * share for share in ORIGINAL_CROPS])
        size = PHash.input_size
        inputs = _sample(picture, x, y, window, angle, size).reshape(views, FRAMES, size, size)
        good = np.flatnonzero(informative(inputs[0]))        # origin's own gate
        if len(good) == 0:                       # a flat picture: nothing an original would index
            return np.empty((0, 8), np.uint8), np.empty(0, np.float32)
        codes = PHash.codes_from_low(_low_frequencies(inputs[:, good].reshape(-1, size, size)))
        per_view = codes.reshape(views, len(good), 8)
        interleaved = per_view.transpose(1, 0, 2).reshape(-1, 8)
        times = np.repeat(good / ORIGINAL_SAMPLE_FPS, views).astype(np.float32)
        return np.ascontiguousarray(interleaved), times


class CodeCache:
    """Distractor codes generated once and kept on disk: ``codes(number)`` as the source gives
    them, read back from three flat files (codes, times, codes per original). Generating 100 M
    codes costs ~11 CPU minutes (~147 000 codes per CPU second); every later run and every
    smaller count reuses the same files (original ``number`` is deterministic, so the first
    originals of a larger cache are those of a smaller one). Extended in place when a run asks
    for more; ``meta.json``, written after each chunk, says how many originals the files hold,
    so an interrupted build resumes there. ``processes`` > 1 generates chunks in that many
    processes and writes them in order, the same files: at ``nice -n 15`` on a machine at a load
    of 12-16 one process got 12-16 % of a core, ~80 minutes of wall time for 90 M codes."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        meta = json.loads((self.folder / "meta.json").read_text())
        self.originals, self.total = int(meta["originals"]), int(meta["codes"])
        self.recipe = meta["recipe"]
        counts = np.fromfile(self.folder / "counts.i32", np.int32, count=self.originals)
        self.offsets = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)])
        self._codes = np.memmap(self.folder / "codes.u8", np.uint8, "r", shape=(max(self.total, 1), 8)) \
            if self.total else np.empty((0, 8), np.uint8)
        self._times = np.memmap(self.folder / "times.f32", np.float32, "r", shape=(max(self.total, 1),)) \
            if self.total else np.empty(0, np.float32)

    def codes(self, number: int) -> tuple[np.ndarray, np.ndarray]:
        if number >= self.originals:
            raise IndexError(f"{self.folder}: holds {self.originals} originals, not {number + 1}")
        start, end = self.offsets[number], self.offsets[number + 1]
        return np.array(self._codes[start:end]), np.array(self._times[start:end])

    @classmethod
    def build(cls, source: "RealCodeSource", code_count: int, folder: Path, log=print,
              chunk: int = 2000, processes: int = 1) -> "CodeCache":
        """The cache in ``folder`` holding at least ``code_count`` codes of ``source``, made or
        extended as needed (the folder must be one source's: ``recipe`` is checked), its chunks
        of ``chunk`` originals generated by ``processes`` processes."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        recipe = source.recipe()
        meta_path = folder / "meta.json"
        originals = codes_done = 0
        if meta_path.exists():
            meta = json.loads(meta_path.read_text())
            if meta["recipe"] != recipe:
                raise ValueError(f"{folder}: a cache of other photos or another seed; remove it or pick another folder")
            originals, codes_done = int(meta["originals"]), int(meta["codes"])
        if codes_done >= code_count:
            return cls(folder)
        files = {name: folder / name for name in ("codes.u8", "times.f32", "counts.i32")}
        sizes = {"codes.u8": codes_done * 8, "times.f32": codes_done * 4, "counts.i32": originals * 4}
        for name, path in files.items():             # drop what an interrupted chunk left behind
            with open(path, "ab") as handle:
                handle.truncate(sizes[name])
        began, logged, resumed = time.process_time(), time.monotonic(), codes_done
        with open(files["codes.u8"], "ab") as codes_file, open(files["times.f32"], "ab") as times_file, \
                open(files["counts.i32"], "ab") as counts_file:
            while codes_done < code_count:
                # chunks enough for the codes still wanted at the mean so far (more if short)
                per_original = codes_done / originals if originals else FRAMES
                wanted = math.ceil((code_count - codes_done) / max(per_original, 1.0) / chunk)
                ranges = [(originals + step * chunk, originals + (step + 1) * chunk)
                          for step in range(max(wanted, 1))]
                for codes, times, counts in _chunks(source, ranges, processes):
                    codes.tofile(codes_file)
                    times.tofile(times_file)
                    counts.tofile(counts_file)
                    for handle in (codes_file, times_file, counts_file):
                        handle.flush()
                    originals += len(counts)
                    codes_done += int(counts.sum())
                    meta_path.write_text(json.dumps({"recipe": recipe, "originals": originals, "codes": codes_done}))
                    if time.monotonic() - logged > 60 or codes_done >= code_count:
                        used = time.process_time() - began       # this process's: the writer's
                        log(f"real codes: {codes_done:,} of {code_count:,} in {folder} "
                            f"({originals:,} originals" + (f", {(codes_done - resumed) / max(used, 1e-9):,.0f} "
                                                           "codes per CPU s)" if processes == 1 else ")"))
                        logged = time.monotonic()
                    if codes_done >= code_count:
                        break
        return cls(folder)


_SOURCE: "RealCodeSource | None" = None       # a chunk process's source (``_chunks``)


def _chunk(numbers: tuple[int, int], source: "RealCodeSource | None" = None
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(codes, times, codes per original) of originals ``numbers[0]`` to ``numbers[1]``."""
    source = source or _SOURCE
    made = [source.codes(number) for number in range(*numbers)]
    return (np.concatenate([codes for codes, _ in made]),
            np.concatenate([times for _, times in made]).astype(np.float32),
            np.asarray([len(codes) for codes, _ in made], np.int32))


def _keep_source(source: "RealCodeSource") -> None:
    global _SOURCE
    _SOURCE = source


def _chunks(source: "RealCodeSource", ranges: list[tuple[int, int]], processes: int):
    """``_chunk`` of each range, in order; made by ``processes`` spawned processes (the source's
    pictures sent once to each, not with every chunk), which stop when the caller stops reading.
    Spawned, not forked: a fork copies the locks of the caller's other threads (OpenCV's and
    FAISS's pools) in whatever state they are, and a test run under load hung in such a child."""
    if processes <= 1:
        for numbers in ranges:
            yield _chunk(numbers, source)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(processes, _keep_source, (source,)) as pool:
        yield from pool.imap(_chunk, ranges)


_STEPS = np.arange(PHash.input_size, dtype=np.float32) - PHash.input_size / 2
_DCT_T = np.ascontiguousarray(PHash._dct.T)                      # [32, 8]


def _sample(picture: np.ndarray, x: np.ndarray, y: np.ndarray, window: np.ndarray, angle: float,
            size: int) -> np.ndarray:
    """[n, size, size] hash inputs of n 16:9 windows (centre x, y, width ``window``, turned by
    ``angle`` degrees) squeezed square, as ``PHash.prepare`` squeezes a frame: one ``cv2.remap``
    over all n windows (one ``warpAffine`` each cost ~14 µs of call overhead per 32x32 input)."""
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    across, down = (window / size).astype(np.float32), (window / ASPECT / size).astype(np.float32)
    # source = centre + turn^-1 (across * column offset, down * row offset): a row part plus a
    # column part, so each map is one broadcast sum of two [n, 32] tables
    maps = np.empty((len(x), size, size, 2), np.float32)
    np.add((x.astype(np.float32)[:, None] - sin * down[:, None] * _STEPS)[:, :, None],
           (cos * across[:, None] * _STEPS)[:, None, :], out=maps[..., 0])
    np.add((y.astype(np.float32)[:, None] + cos * down[:, None] * _STEPS)[:, :, None],
           (sin * across[:, None] * _STEPS)[:, None, :], out=maps[..., 1])
    return cv2.remap(picture, maps.reshape(len(x) * size, size, 2), None, interpolation=cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REFLECT).reshape(len(x), size, size)


def _low_frequencies(images: np.ndarray) -> np.ndarray:
    """``PHash.low_frequencies`` as two plain matrix products (BLAS), ~10x its einsum on 32x32."""
    n, size = len(images), PHash.input_size
    rows = images.reshape(n * size, size) @ _DCT_T                # [n*32, 8]: Y[n, r, l]
    low = rows.reshape(n, size, -1).transpose(0, 2, 1).reshape(-1, size) @ _DCT_T  # [n*8, 8]: low[n, k, l] at [n, l, k]
    return low.reshape(n, PHash.hash_size, PHash.hash_size).transpose(0, 2, 1)


def ensure(code_count: int, folder: Path, suite: str = "real", log=print) -> CodeCache:
    """The cache in ``folder`` with at least ``code_count`` codes; any generating runs in a child
    process with one BLAS thread (this process's NumPy may already run several)."""
    try:
        cache = CodeCache(folder)
        if cache.total >= code_count:
            return cache
    except FileNotFoundError:
        pass
    import subprocess

    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--codes", str(code_count),
                    "--out", str(folder), "--suite", suite], check=True, env=env)
    return CodeCache(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate (or extend) a cache of real distractor frame codes.")
    parser.add_argument("--codes", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--processes", type=int, default=1, metavar="N",
                        help="generate in N processes (a shared machine's share of a core each)")
    parser.add_argument("--suite", choices=("real", "synthetic"), default="real",
                        help="real: leave out the photos the real suite's slideshows show (they would be true matches)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    for entry in (root / "src", root):
        if str(entry) not in sys.path:
            sys.path.insert(0, str(entry))
    from benchmarks import real_suite

    photos = sorted((root / "benchmarks" / "data" / "photos").glob("*/*.jpg"))
    source = RealCodeSource(real_suite.unrelated_photos(photos) if args.suite == "real" else photos)
    cache = CodeCache.build(source, args.codes, args.out, log=lambda message: print(message, flush=True),
                            processes=max(1, args.processes))
    print(f"{args.out}: {cache.total:,} codes of {cache.originals:,} originals")


if __name__ == "__main__":
    main()
