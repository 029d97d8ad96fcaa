"""held_out_13: scored by default now that it has been read (stop 28; counts only), and every
spelling writer's output free of the plain mark (the shared structure is checked in
test_brand_suite_held_out_parts.py). The guard is never run here: the lead read the part with
``bench_brands.py --parts held_out_13``."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (MARKS_H13, Spellings13, _loaded_marks,  # noqa: E402
                                    thirteenth_held_out)


def test_scored_by_default_once_read() -> None:
    assert "held_out_13" in PARTS and "held_out_13" not in SEALED
    assert "held_out_13" in DEFAULT_PARTS


def test_spellings_never_write_the_plain_mark() -> None:
    words, rng = Spellings13(), random.Random(5)
    loaded, taken, _ = _loaded_marks()
    for mark in MARKS_H13:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        for _ in range(20):
            assert mark not in words.separated(mark, rng)
            assert mark not in words.pinyin(mark, rng, latin)
            swapped = words.homophone(mark, rng, taken)
            assert len(swapped) == len(mark) and swapped not in taken
            if latin:
                assert latin not in words.confusable(latin, rng)
                assert latin.lower() not in words.separated(latin, rng).lower()
                if any(c.lower() in "oilesatbgz" for c in latin):
                    assert latin.lower() not in words.digits(latin, rng).lower()


def test_own_sizes() -> None:
    assert len(thirteenth_held_out()) == 5 * 153 + 2 * 64 + 4 * 153 + 160 + 192
