"""held_out_15: read by the lead at stop 30's first and final code, so scored by default now, its
marks chosen as the brief says, and every spelling writer's output free of the plain mark and Latin
name (the shared structure is checked in test_brand_suite_held_out_parts.py). The guard is never
run here."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H15, GOODS_H15, MARKS_H15, SEALED_GOODS_H15,  # noqa: E402
                                    Spellings15, _loaded_marks)


def test_scored_by_default_once_read() -> None:
    assert "held_out_15" in PARTS and "held_out_15" not in SEALED
    assert "held_out_15" in DEFAULT_PARTS


def test_goods_fit_their_marks() -> None:
    loaded = _loaded_marks()[0]
    assert set(GOODS_H15) == set(MARKS_H15) and SEALED_GOODS_H15 <= set(MARKS_H15)
    for mark, (chinese, english) in GOODS_H15.items():
        brand = loaded[mark]
        # English goods only where the mark has a Latin name; a common word sold as what it is
        # known for, so an offer is about the brand
        assert bool(english) == bool(brand.aliases)
        assert not brand.common_word or all(any(cue in goods for cue in brand.context_words)
                                            for goods in chinese)


def test_spellings_never_write_the_plain_mark() -> None:
    words, rng = Spellings15(), random.Random(7)
    loaded, taken, _ = _loaded_marks()
    for mark in MARKS_H15:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        for _ in range(20):
            assert mark not in words.separated(mark, rng)
            written = words.pinyin(mark, rng, latin)
            assert mark not in written
            assert not latin or latin.lower().replace(" ", "") not in written.lower().replace(" ", "")
            swapped = words.homophone(mark, rng, taken)
            assert len(swapped) == len(mark) and swapped not in taken
            if latin:
                assert latin.lower() not in words.confusable(latin, rng).lower()
                assert latin.lower() not in words.separated(latin, rng).lower()
                if any(c.lower() in DIGITS_H15 for c in latin):
                    assert latin.lower() not in words.digits(latin, rng).lower()
