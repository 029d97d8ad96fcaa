"""held_out_12: scored by default now that it has been read (stop 27), and each spelling writer's
output names its brand in the evasion it claims (its sizes and brands are checked with the other
parts' in test_brand_suite_held_out_parts.py). The guard is never run here: the part was read
once, by the lead, with ``bench_brands.py --parts held_out_12``."""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H12, MARKS_H12, SEPARATORS_H12,  # noqa: E402
                                    Spellings12, _loaded_marks)

LOADED = _loaded_marks()[0]

@pytest.fixture(scope="module")
def words() -> Spellings12:
    return Spellings12()


def test_scored_by_default_once_read() -> None:
    assert "held_out_12" in PARTS and "held_out_12" not in SEALED


def _fold(text: str, twins: dict[str, list[str]]) -> str:
    """A look-alike spelling back to plain letters: twins, styles, accents and overlays."""
    back = {c: letter for letter, found in twins.items() for c in found}
    out = []
    for c in text:
        if c in back:
            out.append(back[c])
        elif unicodedata.combining(c):
            continue
        else:
            base = unicodedata.name(c, "").split(" WITH ")[0].split(" ")[-1]
            out.append(base if len(base) == 1 else c)
    return "".join(out).lower()


def _letters(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", bare.lower())


def test_each_spelling_names_its_brand(words: Spellings12) -> None:
    from pypinyin.pinyin_dict import pinyin_dict

    rng = random.Random(5)
    taken = set(LOADED)
    for mark in MARKS_H12:
        brand = LOADED[mark]
        latin = brand.aliases[0] if brand.aliases else ""
        reading = words.readings(mark)
        in_mark = dict(zip(mark, reading))

        def usual(char: str) -> str:   # a swapped-in character's first reading, toneless
            return words._bare(pinyin_dict[ord(char)].split(",")[0])
        for _ in range(20):
            for text in (mark, latin) if latin else (mark,):
                written = words.separated(text, rng)
                kept = "".join(c for c in written if c not in "".join(SEPARATORS_H12) + " \ufe0f")
                assert written != text and kept == text.replace(" ", "")
            written = words.pinyin(mark, rng, latin)
            assert any(c.isascii() and c.isalpha() for c in written)
            spoken = "".join(in_mark.get(c, c) for c in written)
            assert _letters(spoken).startswith("".join(reading)) or _letters(spoken) == "".join(reading)
            if latin:
                assert _letters(latin) not in _letters(written)
            written = words.homophone(mark, rng, taken)
            assert written != mark and len(written) == len(mark)
            assert [in_mark[c] if c in mark else usual(c) for c in written] == reading
            assert not any(other in written for other in taken)
            if latin:
                written = words.confusable(latin, rng)
                assert written != latin and latin.lower() not in written.lower()
                assert _fold(written, words.twins) == latin.lower()
                written = words.digits(latin, rng)
                assert written != latin and any(c.isdigit() for c in written)
                assert all(w == c or w == DIGITS_H12.get(c.lower()) for w, c in zip(written, latin))
        initials = _letters(words.initials(mark, rng))
        assert "".join(s[0] for s in reading) in initials
