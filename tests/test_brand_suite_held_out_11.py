"""held_out_11's spellings: each spelling writer's output names its brand in the evasion it claims
(its sizes and brands are checked with the other parts' in test_brand_suite_held_out_parts.py).
The guard is never run here (the part was sealed until its one read by the lead at stop 26,
``bench_brands.py --parts held_out_11``; it is open now)."""
from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H11, MARKS_H11, SEPARATORS_H11,  # noqa: E402
                                    Spellings11, _letters_h11, _loaded_marks)

LOADED = _loaded_marks()[0]


@pytest.fixture(scope="module")
def words() -> Spellings11:
    return Spellings11()


def test_scored_by_default_once_read() -> None:
    assert "held_out_11" in PARTS and "held_out_11" not in SEALED


def _fold_look_alike(text: str, twins: dict[str, list[str]]) -> str:
    back = {c: letter for letter, found in twins.items() for c in found}
    out = []
    for c in text:
        if c in back:
            out.append(back[c])
        elif unicodedata.combining(c):
            continue
        elif _letters_h11(c):
            out.append(_letters_h11(c))
        elif c == "\u210e":   # PLANCK CONSTANT: the mathematical italic small h
            out.append("h")
        else:
            last = unicodedata.name(c, "").split(" ")[-1]
            out.append(last if len(last) == 1 else c)
    return "".join(out).lower()


def test_each_spelling_names_its_brand(words: Spellings11) -> None:
    rng = random.Random(5)
    taken = set(LOADED)
    for mark in MARKS_H11:
        brand = LOADED[mark]
        latin = brand.aliases[0] if brand.aliases else ""
        reading = "".join(words.plain(mark))
        in_mark = dict(zip(mark, words.plain(mark)))   # 长 reads chang in 长虹, zhang alone

        def read(text: str) -> str:
            return "".join(in_mark.get(c) or words.plain(c)[0] if "\u4e00" <= c <= "\u9fff" else c
                           for c in text)
        for _ in range(20):
            for text in (mark, latin) if latin else (mark,):
                written = words.separated(text, rng)
                assert written != text
                kept = "".join(c for c in written if c not in "".join(SEPARATORS_H11) + " \ufe0f")
                assert kept == text.replace(" ", "")
            written = words.pinyin(mark, rng, latin)
            assert any(c.isascii() and c.isalpha() for c in written)
            assert _letters_h11(read(written)) == reading
            if latin and not any("\u4e00" <= c <= "\u9fff" for c in written):
                assert _letters_h11(written) != _letters_h11(latin)
            written = words.homophone(mark, rng, taken)
            assert written != mark and len(written) == len(mark)
            assert read(written) == reading
            assert not any(other in written for other in taken)
            if latin:
                written = words.confusable(latin, rng)
                assert written != latin
                assert _fold_look_alike(written, words.twins) == latin.lower()
                written = words.digits(latin, rng)
                assert written != latin and any(c.isdigit() for c in written)
                assert all(w == c or w == DIGITS_H11.get(c.lower()) or (c.lower(), w) == ("g", "6")
                           for w, c in zip(written, latin))
        assert _letters_h11(words.initials(mark, rng)) == "".join(s[0] for s in words.plain(mark))
