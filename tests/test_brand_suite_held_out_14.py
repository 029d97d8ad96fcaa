"""held_out_14: read by the lead at stop 29's first and final code, so scored by default now, and
every spelling writer's output free of the plain mark and Latin name (the shared structure is
checked in test_brand_suite_held_out_parts.py). The guard is never run here."""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H14, MARKS_H14, Spellings14,  # noqa: E402
                                    _loaded_marks)


def test_scored_by_default_once_read() -> None:
    assert "held_out_14" in PARTS and "held_out_14" not in SEALED
    assert "held_out_14" in DEFAULT_PARTS


def test_spellings_never_write_the_plain_mark() -> None:
    words, rng = Spellings14(), random.Random(5)
    loaded, taken, _ = _loaded_marks()
    for mark in MARKS_H14:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        for _ in range(20):
            assert mark not in words.separated(mark, rng)
            written = words.pinyin(mark, rng, latin)
            assert mark not in written and (not latin or latin.lower() not in written.lower())
            swapped = words.homophone(mark, rng, taken)
            assert len(swapped) == len(mark) and swapped not in taken
            if latin:
                assert latin.lower() not in words.confusable(latin, rng).lower()
                assert latin.lower() not in words.separated(latin, rng).lower()
                if any(c.lower() in DIGITS_H14 for c in latin):
                    assert latin.lower() not in words.digits(latin, rng).lower()


def test_fancy_alphabets_read_from_unicode_names() -> None:
    # every letter the table files under another (capital I under l) is still in the alphabet
    bold = Spellings14().fancy["MATHEMATICAL BOLD"]
    assert len(bold) == 52 and bold["I"] == "\U0001d408"
