"""The real suite's sealed held_out_3 part: its plan (counts per family, tags, determinism by seed)
and that its footage, photographs, music and low-detail sources are apart from every other part's.
No matcher is run here and no footage is needed: the plan is decided before any file is made (the
part is read once, by the lead, with ``bench_matching.py --suite real_h3``)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "scripts"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import fetch_footage  # noqa: E402

from benchmarks import real_suite  # noqa: E402
from benchmarks.real_suite import HELD_OUT_3, HELD_OUT_3_PART, sealed_plan  # noqa: E402

PART = HELD_OUT_3_PART


def test_every_family_of_the_main_suite_with_three_or_four_copies_and_every_original_copied():
    plan = sealed_plan(PART)
    copies = Counter(q.family for q in plan if not q.negative)
    assert set(copies) == set(real_suite.FAMILY_COPIES)
    assert all(3 <= n <= 4 for n in copies.values())
    assert 12 <= len(PART.pieces) <= 16
    per_original = Counter(q.source for q in plan if not q.negative)
    real = {p.name for p in PART.pieces if p.kind != "low_detail"}
    assert set(per_original) == real and min(per_original.values()) >= 5
    kinds = Counter(p.kind for p in PART.pieces)
    assert kinds["visualiser"] == 2 and kinds["slideshow"] == 2 and kinds["video"] >= 8


def test_every_query_is_tagged_held_out_3_and_nothing_else_of_a_split():
    plan = sealed_plan(PART)
    assert [q.id for q in plan] == [f"q{n:04d}" for n in range(len(plan))]
    other_tags = {"tuning", real_suite.HELD_OUT, real_suite.HELD_OUT_2}
    for query in plan:
        assert HELD_OUT_3 in query.tags and other_tags.isdisjoint(query.tags)
    negatives = [q for q in plan if q.negative]
    assert len(negatives) >= 40 and sum("real" in q.tags for q in negatives) >= 20
    assert {"real", "low_detail", "dark"} <= {t for q in negatives for t in q.tags}


@pytest.mark.parametrize("part", real_suite.SEALED_PARTS.values(), ids=real_suite.SEALED_PARTS)
def test_every_sealed_parts_pieces_fall_inside_their_originals_and_many_are_short(part):
    durations = {p.name: p.end - p.start for p in part.pieces}
    pieces = [q for q in sealed_plan(part) if q.subclip is not None]
    for query in pieces:
        start, end = query.subclip
        assert 0.0 <= start < end <= durations[query.source]
    assert sum("short_piece" in q.tags for q in pieces) >= 20
    assert sum("full" in q.tags for q in sealed_plan(part)) >= 15


def test_the_plan_is_deterministic_by_seed_and_apart_from_held_out_2s():
    assert sealed_plan(PART) == sealed_plan(PART, real_suite.H3_SEED)
    other = sealed_plan(PART, real_suite.H3_SEED + 1)
    assert [q.subclip for q in other] != [q.subclip for q in sealed_plan(PART)]
    h2_seeds = {q.seed for q in sealed_plan(real_suite.HELD_OUT_2_PART)}
    assert h2_seeds.isdisjoint(q.seed for q in sealed_plan(PART))


def test_footage_photos_music_seeds_and_folders_are_apart_from_every_other_part():
    packages = {s.package for s in fetch_footage.HELD_OUT_3_SAMPLES}
    for earlier in (fetch_footage.SAMPLES, fetch_footage.HELD_OUT_2_SAMPLES):
        assert packages.isdisjoint(s.package for s in earlier)
    for script in ("fetch_photos.py", "fetch_music.py"):          # their packages are quoted names
        source = (ROOT / "scripts" / script).read_text()
        assert not [package for package in packages if f'"{package}"' in source], script
    folders = {fetch_footage.DEFAULT_DEST, fetch_footage.HELD_OUT_2_DEST, fetch_footage.HELD_OUT_3_DEST}
    assert len(folders) == 3
    seeds = {real_suite.DEFAULT_SEED, real_suite.H2_SEED, real_suite.H3_SEED}
    assert len(seeds) == 3 and len({real_suite.DEFAULT_OUT, real_suite.H2_OUT, real_suite.H3_OUT}) == 3

    def low_detail(part) -> set[str]:
        return {s for _n, s in part.low_detail_negatives} | {p.source for p in part.pieces if p.kind == "low_detail"}

    main = {source for _name, source in real_suite._low_detail_negatives(np.random.default_rng(0))
            if isinstance(source, str)} | set(real_suite.LOW_DETAIL_ORIGINALS)
    assert low_detail(PART).isdisjoint(main | low_detail(real_suite.HELD_OUT_2_PART))


def test_every_file_the_part_reads_is_fetched_and_registered_photos_are_not_shown_by_negatives():
    fetched = {s.name for s in fetch_footage.HELD_OUT_3_SAMPLES}
    used: set[str] = set()
    for piece in (*PART.pieces, *PART.others):
        if piece.kind in ("video", "visualiser"):
            used.add(piece.source.split("|")[0])
        elif piece.kind == "slideshow":
            used |= set(piece.source.split(","))
    assert used <= fetched
    registered = {name for p in PART.pieces if p.kind == "slideshow" for name in p.source.split(",")}
    shown = {name for p in PART.others if p.kind == "slideshow" for name in p.source.split(",")}
    assert registered.isdisjoint(shown)
    assert PART.dark[1] in {p.name for p in PART.others}
