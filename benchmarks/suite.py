"""Build the copy-detection query suite: originals, transformed copies, negatives, ground truth.

    python benchmarks/suite.py [--quick] [--seed 7] [--out benchmarks/data/suite] [--rebuild]

Originals are generated videos *and* pieces of real footage (Debian sample videos, fetched by
scripts/fetch_footage.py). Queries apply every transform family of ``origin.synthetic`` to
originals, half of them to sub-clips cut at arbitrary times; ``embed`` puts a piece inside
unrelated footage. Negatives are transformed videos that copy nothing registered (other seeds,
and real clips that are never registered). Everything is deterministic by seed and written with
a JSON manifest; a second run with the same settings reuses it.

Pieces cut from one real clip share a camera and a scene (vtest.avi is a fixed surveillance
camera), so a copy of one piece may honestly look like its sibling: those (query, sibling) pairs
are listed as ``ignore`` and count neither way.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from origin import synthetic  # noqa: E402
from origin.synthetic import FAMILIES, apply_transform, cut, generate_video, probe  # noqa: E402

from benchmarks.metrics import QueryTruth  # noqa: E402

SUITE_VERSION = 5
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "suite"
FOOTAGE = ROOT / "benchmarks" / "data" / "footage"
MAX_REAL_WIDTH = 480          # keeps transform/encode cost of the suite within minutes on 2 cores


@dataclass(frozen=True)
class RealPiece:
    """A stretch of a real sample video registered as one original."""

    name: str
    file: str
    start: float
    end: float
    group: str


# Registered real originals: several cut from the longer clips.
REAL_ORIGINALS = (
    RealPiece("megamind", "Megamind.avi", 0.0, 11.2, "megamind"),
    RealPiece("tree_a", "tree.avi", 0.0, 14.5, "tree"),
    RealPiece("tree_b", "tree.avi", 15.0, 29.5, "tree"),
    RealPiece("vtest_a", "vtest.avi", 0.0, 38.0, "vtest"),
    RealPiece("vtest_b", "vtest.avi", 41.0, 79.0, "vtest"),
    RealPiece("box", "box.mp4", 0.0, 15.1, "box"),
)
QUICK_REAL_ORIGINALS = ("megamind", "tree_a", "box")
# Real clips that are never registered: their copies are negatives (cup looks like box's setting).
REAL_NEGATIVES = ("cup.mp4", "cityCC0.mpg")


@dataclass(frozen=True)
class SuitePlan:
    synthetic_originals: int
    synthetic_seconds: tuple[float, float]
    queries_per_family: int
    synthetic_negatives: int
    speed_file_seconds: float
    subclip_seconds: tuple[float, float]

    @classmethod
    def for_mode(cls, quick: bool) -> "SuitePlan":
        if quick:
            return cls(3, (10.0, 14.0), 2, 3, 6.0, (4.0, 8.0))
        return cls(6, (18.0, 30.0), 6, 60, 30.0, (5.0, 12.0))


@dataclass
class OriginalEntry:
    id: str
    path: str                 # relative to the suite folder
    duration: float
    kind: str                 # synthetic | real
    group: str


@dataclass
class QueryEntry:
    id: str
    path: str
    family: str
    duration: float
    copies: dict[str, list[list[float]]] = field(default_factory=dict)
    ignore: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    params: dict = field(default_factory=dict)


@dataclass
class Suite:
    folder: Path
    seed: int
    quick: bool
    originals: list[OriginalEntry]
    queries: list[QueryEntry]
    speed_files: list[str]
    notes: list[str]
    build_seconds: float

    def path(self, relative: str) -> Path:
        return self.folder / relative

    def truths(self) -> list[QueryTruth]:
        return [QueryTruth(q.id, q.family,
                           {o: tuple(tuple(s) for s in spans) for o, spans in q.copies.items()},
                           frozenset(q.ignore), tuple(q.tags)) for q in self.queries]

    def durations(self) -> dict[str, float]:
        return {**{o.id: o.duration for o in self.originals}, **{q.id: q.duration for q in self.queries}}

    def to_json(self) -> dict:
        return {"version": SUITE_VERSION, "seed": self.seed, "quick": self.quick,
                "originals": [asdict(o) for o in self.originals],
                "queries": [asdict(q) for q in self.queries],
                "speed_files": self.speed_files, "notes": self.notes,
                "build_seconds": round(self.build_seconds, 1)}

    @classmethod
    def from_json(cls, folder: Path, data: dict) -> "Suite":
        return cls(folder, data["seed"], data["quick"],
                   [OriginalEntry(**o) for o in data["originals"]],
                   [QueryEntry(**q) for q in data["queries"]],
                   data["speed_files"], data.get("notes", []), data.get("build_seconds", 0.0))


def load_existing(manifest: Path, version: int, seed: int) -> Suite | None:
    """The suite described by ``manifest`` if it was built by this version with this seed and
    every file it names is still there; else None (build it again)."""
    if not manifest.exists():
        return None
    data = json.loads(manifest.read_text())
    if data.get("version") != version or data.get("seed") != seed:
        return None
    suite = Suite.from_json(manifest.parent, data)
    if not all(suite.path(e.path).exists() for e in [*suite.originals, *suite.queries]):
        return None
    return suite


def query_entry(query_id: str, relative: str, made, tags: list[str], copied: OriginalEntry | None,
                originals: list[OriginalEntry]) -> QueryEntry:
    """The manifest entry of a made upload: what it copies (None: a negative) with the segments,
    and the originals of the same group, which count neither way."""
    entry = QueryEntry(query_id, relative, made.family, made.duration, tags=tags,
                       params=json.loads(json.dumps(made.params, default=str)))
    if copied is not None:
        entry.copies = {copied.id: [_round(segment) for segment in made.segments]}
        entry.ignore = [o.id for o in originals if o.group == copied.group and o.id != copied.id]
    return entry


def _round(values) -> list[float]:
    return [round(float(v), 4) for v in values]


def _fetch_footage(notes: list[str]) -> bool:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from fetch_footage import fetch
        fetch(FOOTAGE)
        return True
    except Exception as error:   # no apt here: the suite still runs on generated video
        notes.append(f"real footage unavailable ({error}); suite is synthetic only")
        return False


def _real_size(width: int, height: int) -> tuple[int, int]:
    if width <= MAX_REAL_WIDTH:
        return width, height
    return MAX_REAL_WIDTH, int(round(height * MAX_REAL_WIDTH / width / 2)) * 2


def build(out: Path = DEFAULT_OUT, seed: int = 7, quick: bool = False, rebuild: bool = False,
          log=print) -> Suite:
    """Build (or reuse) the suite in ``out``/quick|full and return it."""
    folder = out / ("quick" if quick else "full")
    manifest = folder / "manifest.json"
    existing = None if rebuild else load_existing(manifest, SUITE_VERSION, seed)
    if existing is not None:
        log(f"suite: reusing {manifest} ({len(existing.originals)} originals, {len(existing.queries)} queries)")
        return existing

    began, began_cpu = time.perf_counter(), time.process_time()
    plan = SuitePlan.for_mode(quick)
    rng = np.random.default_rng(seed)
    notes: list[str] = []
    for sub in ("originals", "queries", "speed"):
        (folder / sub).mkdir(parents=True, exist_ok=True)

    originals: list[OriginalEntry] = []
    for index in range(plan.synthetic_originals):
        seconds = float(rng.uniform(*plan.synthetic_seconds))
        size = ((320, 180), (480, 270), (400, 224))[index % 3]
        fps = (25.0, 30.0, 24.0)[index % 3]
        relative = f"originals/syn{index:02d}.mp4"
        generate_video(folder / relative, seed=seed * 1000 + index, seconds=seconds, size=size, fps=fps)
        originals.append(OriginalEntry(f"syn{index:02d}", relative, probe(folder / relative).duration,
                                       "synthetic", f"syn{index:02d}"))
    log(f"suite: {plan.synthetic_originals} generated originals")

    have_real = _fetch_footage(notes)
    if have_real:
        for piece in REAL_ORIGINALS:
            if quick and piece.name not in QUICK_REAL_ORIGINALS:
                continue
            source = FOOTAGE / piece.file
            info = probe(source)
            relative = f"originals/{piece.name}.mp4"
            end = min(piece.end, info.duration, piece.start + (10.0 if quick else 1e9))
            cut(source, folder / relative, piece.start, end,
                size=_real_size(info.width, info.height))
            originals.append(OriginalEntry(piece.name, relative, probe(folder / relative).duration,
                                           "real", piece.group))
        log(f"suite: {sum(o.kind == 'real' for o in originals)} real originals")

    queries: list[QueryEntry] = []
    transform_seed = seed * 100_000

    def add_query(source: Path, family: str, copies_of: str | None, subclip, tags: list[str]) -> None:
        nonlocal transform_seed
        transform_seed += 1
        query_id = f"q{len(queries):04d}"
        relative = f"queries/{query_id}.mp4"
        made = apply_transform(source, folder / relative, family, transform_seed, subclip=subclip)
        copied = next(o for o in originals if o.id == copies_of) if copies_of is not None else None
        queries.append(query_entry(query_id, relative, made, tags, copied, originals))

    # Every family on several originals, alternating full copies and sub-clips at arbitrary times,
    # and alternating generated and real originals so both kinds see every family.
    synthetic_ids = [o for o in originals if o.kind == "synthetic"]
    real_ids = [o for o in originals if o.kind == "real"]
    for family_index, family in enumerate(FAMILIES):
        for k in range(plan.queries_per_family):
            pool = real_ids if (real_ids and k % 2 == 1) else synthetic_ids
            original = pool[(family_index + k // 2) % len(pool)]
            subclip = None
            tags = [original.kind]
            if (k // 2 + family_index) % 2 == 1 or family == "embed":
                length = float(rng.uniform(plan.subclip_seconds[0],
                                            min(plan.subclip_seconds[1], original.duration * 0.8)))
                start = float(rng.uniform(0.0, original.duration - length))
                subclip = (start, start + length)
                tags.append("subclip")
            else:
                tags.append("full")
            add_query(folder / original.path, family, original.id, subclip, tags)
        log(f"suite: {family:17s} {plan.queries_per_family} queries")

    # Negatives: transformed videos that copy nothing registered.
    negative_families = [f for f in FAMILIES if f not in ("embed",)]
    for index in range(plan.synthetic_negatives):
        relative = f"originals/unregistered{index:02d}.mp4"
        seconds = float(rng.uniform(6.0, 14.0))
        generate_video(folder / relative, seed=seed * 1000 + 500 + index, seconds=seconds,
                       size=((320, 180), (480, 270))[index % 2])
        family = negative_families[int(rng.integers(len(negative_families)))]
        add_query(folder / relative, family, None, None, ["negative", "synthetic"])
    if have_real:
        for index, name in enumerate(REAL_NEGATIVES):
            source = FOOTAGE / name
            info = probe(source)
            relative = f"originals/unregistered_{Path(name).stem}.mp4"
            cut(source, folder / relative, 0.0, info.duration, size=_real_size(info.width, info.height))
            for family in (("reencode", "canvas_9x16_blur") if quick else ("reencode", "canvas_9x16_blur", "crop", "hflip")):
                add_query(folder / relative, family, None, None, ["negative", "real"])
    log(f"suite: {sum(not q.copies for q in queries)} negatives")

    # 720p H.264 files for the fingerprinting-speed measure (generated; and real when we have it).
    speed_files = ["speed/synthetic_720p.mp4"]
    synthetic.render_footage(folder / speed_files[0], synthetic.SyntheticFootage(seed + 720, (1280, 720)),
                             plan.speed_file_seconds, (1280, 720), fps=25.0, crf=20)
    if have_real and not quick:
        speed_files.append("speed/vtest_720p.mp4")
        cut(FOOTAGE / "vtest.avi", folder / speed_files[1], 0.0, 30.0, size=(1280, 720), crf=20)

    suite = Suite(folder, seed, quick, originals, queries, speed_files, notes,
                  time.perf_counter() - began)
    manifest.write_text(json.dumps(suite.to_json(), indent=1))
    log(f"suite: {len(originals)} originals, {len(queries)} queries "
        f"({sum(not q.copies for q in queries)} negatives) in {suite.build_seconds:.0f} s "
        f"({time.process_time() - began_cpu:.0f} s CPU) -> {manifest}")
    return suite


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the copy-detection query suite.")
    parser.add_argument("--quick", action="store_true", help="small suite for a sanity run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--rebuild", action="store_true", help="ignore an existing manifest")
    args = parser.parse_args()
    build(args.out, args.seed, args.quick, args.rebuild)


if __name__ == "__main__":
    main()
