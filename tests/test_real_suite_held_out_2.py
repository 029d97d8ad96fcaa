"""The real suite's sealed held_out_2 part: its plan (counts per family, tags, determinism by seed)
and that its footage is apart from every other part's. No matcher is run here, and no footage is
needed: the plan is decided before any file is made (the part is read once per stop, by the lead,
with ``bench_matching.py --suite real_h2``)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "scripts"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import fetch_footage  # noqa: E402

from benchmarks import real_suite  # noqa: E402
from benchmarks.real_suite import H2_FAMILY_COPIES, H2_PIECES, HELD_OUT_2, HELD_OUT_2_PART, sealed_plan  # noqa: E402
from origin.synthetic import probe  # noqa: E402


def test_every_family_of_the_main_suite_with_three_or_four_copies():
    plan = sealed_plan(HELD_OUT_2_PART)
    copies = Counter(q.family for q in plan if not q.negative)
    assert set(copies) == set(real_suite.FAMILY_COPIES)
    assert copies == H2_FAMILY_COPIES and all(3 <= n <= 4 for n in copies.values())
    per_original = Counter(q.source for q in plan if not q.negative)
    real = {p.name for p in H2_PIECES if p.kind != "low_detail"}
    assert set(per_original) == real and min(per_original.values()) >= 6


def test_every_query_is_tagged_held_out_2_and_nothing_else_of_a_split():
    plan = sealed_plan(HELD_OUT_2_PART)
    assert [q.id for q in plan] == [f"q{n:04d}" for n in range(len(plan))]
    for query in plan:
        assert HELD_OUT_2 in query.tags
        assert "tuning" not in query.tags and real_suite.HELD_OUT not in query.tags
    negatives = [q for q in plan if q.negative]
    assert len(negatives) >= 40
    assert {"real", "low_detail", "dark"} <= {t for q in negatives for t in q.tags}


def test_the_plan_is_deterministic_by_seed():
    assert sealed_plan(HELD_OUT_2_PART, 26) == sealed_plan(HELD_OUT_2_PART, 26)
    other = sealed_plan(HELD_OUT_2_PART, 27)
    assert [q.subclip for q in other] != [q.subclip for q in sealed_plan(HELD_OUT_2_PART, 26)]
    assert {q.seed for q in other}.isdisjoint({q.seed for q in sealed_plan(HELD_OUT_2_PART, 26)})


def test_footage_seeds_and_folders_are_apart_from_the_main_suite():
    main_packages = {s.package for s in fetch_footage.SAMPLES}
    assert main_packages.isdisjoint(s.package for s in fetch_footage.HELD_OUT_2_SAMPLES)
    assert fetch_footage.HELD_OUT_2_DEST != fetch_footage.DEFAULT_DEST
    assert real_suite.H2_SEED != real_suite.DEFAULT_SEED and real_suite.H2_OUT != real_suite.DEFAULT_OUT
    main_low_detail = {source for _name, source in real_suite._low_detail_negatives(np.random.default_rng(0))
                       if isinstance(source, str)} | set(real_suite.LOW_DETAIL_ORIGINALS)
    h2_low_detail = {source for _name, source in real_suite.H2_LOW_DETAIL_NEGATIVES}
    h2_low_detail |= {p.source for p in H2_PIECES if p.kind == "low_detail"}
    assert main_low_detail.isdisjoint(h2_low_detail)
    fetched = {s.name for s in fetch_footage.HELD_OUT_2_SAMPLES}
    assert {p.source.split("|")[0] for p in H2_PIECES if p.kind != "low_detail"} <= fetched
    assert set(real_suite.H2_OTHER_FOOTAGE) <= fetched


def test_numbered_pictures_become_one_video(tmp_path):
    for number in range(6):
        picture = np.full((48, 64), 40 * number, np.uint8)
        cv2.imwrite(str(tmp_path / f"image.{number + 1:04d}.pgm"), picture)
    target = tmp_path / "sequence.mp4"
    fetch_footage._encode(tmp_path / "image.%04d.pgm", 25.0, target)
    info = probe(target)
    assert (info.width, info.height, info.frames) == (64, 48, 6) and info.fps == 25.0


def test_a_video_of_odd_size_is_re_encoded_without_its_last_column_and_row(tmp_path):
    source = tmp_path / "odd.avi"              # MJPEG holds an odd size; 4:2:0 H.264 cannot
    writer = cv2.VideoWriter(str(source), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (65, 49))
    for number in range(5):
        writer.write(np.full((49, 65, 3), 40 * number, np.uint8))
    writer.release()
    target = tmp_path / "even.mp4"
    fetch_footage._encode(source, 10.0, target, pictures=False)
    info = probe(target)
    assert (info.width, info.height, info.frames) == (64, 48, 5)
