"""held_out_18's own structure: read by the lead at stop 33's first and final code, so scored by
default now (its cases never printed), its
marks loaded, goods that fit their marks, spellings that change what they claim to, and 20 or more phrasing shapes per family. The guard is never run."""
from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (AUTHORISED_H18, COMMON_SENSE_H18, DIGITS_H18,  # noqa: E402
                                    GOODS_H18, MARKS_H18, OFFERS_EN_H18, OFFERS_ZH_H18,
                                    RESALE_EN_H18, RESALE_SEALED_EN_H18, RESALE_SEALED_ZH_H18,
                                    RESALE_ZH_H18, REVIEWS_EN_H18, REVIEWS_ZH_H18,
                                    SEALED_GOODS_H18, SOUND_ALIKE_H18, WARNINGS_EN_H18,
                                    WARNINGS_ZH_H18, Spellings18, _loaded_marks)


def test_scored_by_default_once_read() -> None:
    assert "held_out_18" in PARTS and "held_out_18" not in SEALED and "held_out_18" in DEFAULT_PARTS


def test_marks_are_loaded() -> None:
    # chosen as the 51 least used by the earlier held-out parts (held_out_17's counted twice);
    # counting that again builds every part, too slow for the suite
    loaded = _loaded_marks()[0]
    assert len(set(MARKS_H18)) == 51 and set(MARKS_H18) <= set(loaded)


def test_goods_fit_their_marks() -> None:
    loaded = _loaded_marks()[0]
    assert set(GOODS_H18) == set(MARKS_H18) and SEALED_GOODS_H18 <= set(MARKS_H18)
    for mark, (chinese, english) in GOODS_H18.items():
        brand = loaded[mark]
        assert chinese and bool(english) == bool(brand.aliases), mark
        assert all(other not in item for other in loaded for item in chinese), mark
        if brand.common_word:
            assert all(any(cue in item for cue in brand.context_words) for item in chinese), mark


def test_offer_templates_name_no_loaded_brand() -> None:
    # an offer names its brand only through {w}: no other mark or Latin name in its words
    loaded = _loaded_marks()[0]
    latin = {a.lower() for b in loaded.values() for a in b.aliases}
    for template in OFFERS_ZH_H18 + OFFERS_EN_H18:
        for field in template:
            assert not [m for m in loaded if m in field], field
            assert not [a for a in latin if a in field.lower()], field


def test_homophones_and_digit_swaps_change_what_they_claim() -> None:
    # that no spelling writes the plain mark is checked for every part in the shared test
    loaded, taken, _ = _loaded_marks()
    words, rng = Spellings18(), random.Random(5)
    for mark in MARKS_H18:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        for _ in range(10):
            homophone = words.homophone(mark, rng, taken)
            assert len(homophone) == len(mark) and all("\u4e00" <= c <= "\u9fa5" for c in homophone)
            plain = words.readings(mark)
            assert all(a == b or words.readings(a) == [plain[i]]
                       for i, (a, b) in enumerate(zip(homophone, mark)))
            if latin and any(c.lower() in DIGITS_H18 for c in latin):
                assert any(c.isdigit() for c in words.digits(latin, rng))


def test_confusables_come_from_outside_letters() -> None:
    words, rng = Spellings18(), random.Random(7)
    for _ in range(200):
        written = words.confusable("Lancome", rng)
        # every changed character is a named non-ASCII letter or mark, never an ASCII stand-in
        assert all(c.isascii() and c.isalpha() or unicodedata.name(c, "") for c in written)
        assert any(not c.isascii() for c in written)


def test_twenty_shapes_per_family() -> None:
    for chinese, english in ((OFFERS_ZH_H18, OFFERS_EN_H18), (WARNINGS_ZH_H18, WARNINGS_EN_H18),
                             (REVIEWS_ZH_H18, REVIEWS_EN_H18),
                             (RESALE_ZH_H18 + RESALE_SEALED_ZH_H18,
                              RESALE_EN_H18 + RESALE_SEALED_EN_H18)):
        assert len({t[1:] for t in chinese}) >= 20 and len({t[1:] for t in chinese + english}) >= 30
    assert len({t[1:] for t in AUTHORISED_H18}) >= 20
    assert len(set(SOUND_ALIKE_H18)) == 40 and len(set(COMMON_SENSE_H18)) == 64
