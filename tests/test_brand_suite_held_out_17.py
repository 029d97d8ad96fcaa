"""held_out_17's own structure: read by the lead at stop 32's first and final code, so scored by
default now (its cases never printed), its marks loaded and none of held_out_16's, goods that
fit their marks, and 20 or more phrasing shapes per family (its spellings are checked in the
shared test). The guard is never run."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import DEFAULT_PARTS, PARTS, SEALED  # noqa: E402
from benchmarks.brand_suite import (AUTHORISED_H17, GOODS_H17, MARKS_H16,  # noqa: E402
                                    MARKS_H17, OFFERS_EN_H17, OFFERS_ZH_H17, RESALE_EN_H17,
                                    RESALE_SEALED_EN_H17, RESALE_SEALED_ZH_H17, RESALE_ZH_H17,
                                    REVIEWS_EN_H17,
                                    REVIEWS_ZH_H17, SEALED_GOODS_H17, SOUND_ALIKE_H17,
                                    WARNINGS_EN_H17, WARNINGS_ZH_H17, _loaded_marks)


def test_scored_by_default_once_read() -> None:
    assert "held_out_17" in PARTS and "held_out_17" not in SEALED and "held_out_17" in DEFAULT_PARTS


def test_marks_are_loaded_and_new_to_the_last_part() -> None:
    # chosen as the 51 least used by the earlier held-out parts (held_out_16's counted twice);
    # counting that again builds every part, too slow for the suite
    loaded = _loaded_marks()[0]
    assert len(set(MARKS_H17)) == 51 and set(MARKS_H17) <= set(loaded)
    assert not set(MARKS_H17) & set(MARKS_H16)


def test_goods_fit_their_marks() -> None:
    loaded = _loaded_marks()[0]
    assert set(GOODS_H17) == set(MARKS_H17) and SEALED_GOODS_H17 <= set(MARKS_H17)
    for mark, (chinese, english) in GOODS_H17.items():
        brand = loaded[mark]
        assert chinese and bool(english) == bool(brand.aliases), mark
        assert all(mark not in item for item in chinese), mark
        if brand.common_word:
            assert all(any(cue in item for cue in brand.context_words) for item in chinese), mark


def test_twenty_shapes_per_family() -> None:
    for chinese, english in ((OFFERS_ZH_H17, OFFERS_EN_H17), (WARNINGS_ZH_H17, WARNINGS_EN_H17),
                             (REVIEWS_ZH_H17, REVIEWS_EN_H17),
                             (RESALE_ZH_H17 + RESALE_SEALED_ZH_H17,
                              RESALE_EN_H17 + RESALE_SEALED_EN_H17)):
        assert len({t[1:] for t in chinese}) >= 20 and len({t[1:] for t in chinese + english}) >= 34
    assert len({t[2:] for t in AUTHORISED_H17}) >= 20 and len(set(SOUND_ALIKE_H17)) == 40
