"""held_out_16: read by the lead at stop 31's first and final code, so scored by default now (its
cases never printed), its goods fitting its marks, and every spelling writer's output free of the plain mark
and Latin name (the shared structure is checked in test_brand_suite_held_out_parts.py). The guard
is never run here."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H16, GOODS_H16, MARKS_H16, SEALED_GOODS_H16,  # noqa: E402
                                    Spellings16, _loaded_marks)


def test_scored_by_default_once_read() -> None:
    assert "held_out_16" in PARTS and "held_out_16" not in SEALED
    assert "held_out_16" in DEFAULT_PARTS


def test_goods_fit_their_marks() -> None:
    loaded = _loaded_marks()[0]
    assert set(GOODS_H16) == set(MARKS_H16) and SEALED_GOODS_H16 <= set(MARKS_H16)
    for mark, (chinese, english) in GOODS_H16.items():
        brand = loaded[mark]
        assert bool(english) == bool(brand.aliases)
        assert not brand.common_word or all(any(cue in goods for cue in brand.context_words)
                                            for goods in chinese)


def test_spellings_never_write_the_plain_mark() -> None:
    words, rng = Spellings16(), random.Random(5)
    loaded, taken, _ = _loaded_marks()
    for mark in MARKS_H16:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        squeezed = latin.lower().replace(" ", "")
        for _ in range(20):
            assert mark not in words.separated(mark, rng)
            written = words.pinyin(mark, rng, latin)
            assert mark not in written
            assert not latin or squeezed not in written.lower().replace(" ", "").replace("-", "")
            swapped = words.homophone(mark, rng, taken)
            assert len(swapped) == len(mark) and swapped not in taken
            if latin:
                assert latin.lower() not in words.confusable(latin, rng).lower()
                assert latin.lower() not in words.separated(latin, rng).lower()
                if any(c.lower() in DIGITS_H16 for c in latin):
                    assert latin.lower() not in words.digits(latin, rng).lower()
