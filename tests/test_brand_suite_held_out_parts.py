"""The structure every newer held-out part shares: held_out_10's sizes per family, one part name,
offers that name a loaded brand of the part (the plain mark or Latin name in no_evasion offers
only, and no spelling of the newest parts writes either), own posts that name their brand, and
cases fixed by the seed. The guard is never run."""
from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_brands import COUNTERFEIT_FAMILIES  # noqa: E402
from benchmarks.brand_suite import (DIGITS_H17, DIGITS_H18, DIGITS_H19, DIGITS_H20,  # noqa: E402
                                    DIGITS_H21, DIGITS_H22, DIGITS_H23, DIGITS_H24, DIGITS_H25,
                                    DIGITS_H26, DIGITS_H27, DIGITS_H28, DIGITS_H29,
                                    DIGITS_H30, DIGITS_H31, DIGITS_H32, DIGITS_H33, DIGITS_H34,
                                    DIGITS_H35, DIGITS_H36,
                                    Spellings17,
                                    Spellings18, Spellings19, Spellings20, Spellings21,
                                    Spellings22, Spellings23, Spellings24, Spellings25,
                                    Spellings26, Spellings27, Spellings28, Spellings29,
                                    Spellings30, Spellings31, Spellings32, Spellings33,
                                    Spellings34, Spellings35, Spellings36)
from benchmarks.brand_suite import (MARKS_H11, MARKS_H12, MARKS_H13, MARKS_H14,  # noqa: E402
                                    MARKS_H15, MARKS_H16, MARKS_H17, MARKS_H18, MARKS_H19,
                                    MARKS_H20, MARKS_H21, MARKS_H22, MARKS_H23, MARKS_H24,
                                    MARKS_H25, MARKS_H26, MARKS_H27, MARKS_H28, MARKS_H29,
                                    MARKS_H30, MARKS_H31, MARKS_H32, MARKS_H33, MARKS_H34,
                                    MARKS_H35, MARKS_H36,
                                    _loaded_marks,
                                    eighteenth_held_out, eleventh_held_out, fifteenth_held_out,
                                    fourteenth_held_out, nineteenth_held_out,
                                    seventeenth_held_out, sixteenth_held_out, thirteenth_held_out,
                                    thirtieth_held_out, thirty_first_held_out,
                                    thirty_second_held_out, thirty_third_held_out,
                                    thirty_fourth_held_out, thirty_fifth_held_out,
                                    thirty_sixth_held_out,
                                    twelfth_held_out, twentieth_held_out, twenty_first_held_out,
                                    twenty_fifth_held_out, twenty_fourth_held_out,
                                    twenty_eighth_held_out, twenty_second_held_out,
                                    twenty_seventh_held_out, twenty_sixth_held_out,
                                    twenty_ninth_held_out, twenty_third_held_out)

LOADED = _loaded_marks()[0]
BUILT = {"held_out_11": (eleventh_held_out, 157, MARKS_H11),
         "held_out_12": (twelfth_held_out, 173, MARKS_H12),
         "held_out_13": (thirteenth_held_out, 191, MARKS_H13),
         "held_out_14": (fourteenth_held_out, 211, MARKS_H14),
         "held_out_15": (fifteenth_held_out, 223, MARKS_H15),
         "held_out_16": (sixteenth_held_out, 239, MARKS_H16),
         "held_out_17": (seventeenth_held_out, 251, MARKS_H17),
         "held_out_18": (eighteenth_held_out, 263, MARKS_H18),
         "held_out_19": (nineteenth_held_out, 277, MARKS_H19),
         "held_out_20": (twentieth_held_out, 291, MARKS_H20),
         "held_out_21": (twenty_first_held_out, 307, MARKS_H21),
         "held_out_22": (twenty_second_held_out, 317, MARKS_H22),
         "held_out_23": (twenty_third_held_out, 331, MARKS_H23),
         "held_out_24": (twenty_fourth_held_out, 347, MARKS_H24),
         "held_out_25": (twenty_fifth_held_out, 363, MARKS_H25),
         "held_out_26": (twenty_sixth_held_out, 379, MARKS_H26),
         "held_out_27": (twenty_seventh_held_out, 395, MARKS_H27),
         "held_out_28": (twenty_eighth_held_out, 411, MARKS_H28),
         "held_out_29": (twenty_ninth_held_out, 427, MARKS_H29),
         "held_out_30": (thirtieth_held_out, 431, MARKS_H30),
         "held_out_31": (thirty_first_held_out, 433, MARKS_H31),
         "held_out_32": (thirty_second_held_out, 439, MARKS_H32),
         "held_out_33": (thirty_third_held_out, 443, MARKS_H33),
         "held_out_34": (thirty_fourth_held_out, 449, MARKS_H34),
         "held_out_35": (thirty_fifth_held_out, 457, MARKS_H35),
         "held_out_36": (thirty_sixth_held_out, 461, MARKS_H36)}
# parts with benign families of their own beyond held_out_10's, and their sizes
OWN_BENIGN = {"held_out_26": {"nominative_use": 153}, "held_out_27": {"nominative_use": 153},
              "held_out_28": {"nominative_use": 153}, "held_out_29": {"nominative_use": 153},
              "held_out_30": {"nominative_use": 153}, "held_out_31": {"nominative_use": 153},
              "held_out_32": {"nominative_use": 153}, "held_out_33": {"nominative_use": 153},
              "held_out_34": {"nominative_use": 153}, "held_out_35": {"nominative_use": 153},
              "held_out_36": {"nominative_use": 153}}


# parts whose spellings are checked on their own, every mark twenty times
SPELLED = {"held_out_17": (Spellings17, MARKS_H17, DIGITS_H17),
           "held_out_18": (Spellings18, MARKS_H18, DIGITS_H18),
           "held_out_19": (Spellings19, MARKS_H19, DIGITS_H19),
           "held_out_20": (Spellings20, MARKS_H20, DIGITS_H20),
           "held_out_21": (Spellings21, MARKS_H21, DIGITS_H21),
           "held_out_22": (Spellings22, MARKS_H22, DIGITS_H22),
           "held_out_23": (Spellings23, MARKS_H23, DIGITS_H23),
           "held_out_24": (Spellings24, MARKS_H24, DIGITS_H24),
           "held_out_25": (Spellings25, MARKS_H25, DIGITS_H25),
           "held_out_26": (Spellings26, MARKS_H26, DIGITS_H26),
           "held_out_27": (Spellings27, MARKS_H27, DIGITS_H27),
           "held_out_28": (Spellings28, MARKS_H28, DIGITS_H28),
           "held_out_29": (Spellings29, MARKS_H29, DIGITS_H29),
           "held_out_30": (Spellings30, MARKS_H30, DIGITS_H30),
           "held_out_31": (Spellings31, MARKS_H31, DIGITS_H31),
           "held_out_32": (Spellings32, MARKS_H32, DIGITS_H32),
           "held_out_33": (Spellings33, MARKS_H33, DIGITS_H33),
           "held_out_34": (Spellings34, MARKS_H34, DIGITS_H34),
           "held_out_35": (Spellings35, MARKS_H35, DIGITS_H35),
           "held_out_36": (Spellings36, MARKS_H36, DIGITS_H36)}


@pytest.fixture(scope="module", params=sorted(BUILT))
def built(request: pytest.FixtureRequest) -> tuple[str, list]:
    return request.param, BUILT[request.param][0]()


def test_sizes_are_held_out_10s(built: tuple[str, list]) -> None:
    name, part = built
    sizes = Counter(case.family for case in part)
    assert {f: sizes[f] for f in COUNTERFEIT_FAMILIES} == {
        "no_evasion": 153, "separators": 153, "initials": 153, "pinyin": 153, "homophones": 153,
        "confusables": 64, "digit_swaps": 64}
    assert {f: n for f, n in sizes.items() if f not in COUNTERFEIT_FAMILIES} == {
        "resale": 153, "consumer_warnings": 153, "reviews_news": 153, "authorised_own_posts": 153,
        "ordinary_sound_alikes": 160, "common_word_ordinary_sense": 192,
        **OWN_BENIGN.get(name, {})}
    assert {case.part for case in part} == {name}


def test_every_offer_names_a_loaded_brand_of_the_part(built: tuple[str, list]) -> None:
    name, part = built
    marks = BUILT[name][2]
    assert len(set(marks)) == 51
    for case in part:
        assert (case.brand is not None) == (case.family in COUNTERFEIT_FAMILIES)
        if case.brand is not None:
            assert LOADED[case.brand.mark] == case.brand and case.brand.mark in marks
            # the plain mark or Latin name is written in no_evasion offers only
            text = (case.title + case.description).lower()
            plain = case.brand.mark in text or any(a.lower() in text for a in case.brand.aliases)
            assert plain == (case.family == "no_evasion"), case
        if case.family == "authorised_own_posts":
            brand = next(LOADED[m] for m in marks
                         if case.account in (LOADED[m].owner, *LOADED[m].authorized))
            assert brand.mark in case.title + case.description


def test_deterministic_by_seed(built: tuple[str, list]) -> None:
    name, part = built
    build, seed, _ = BUILT[name]
    assert build(seed) == part
    assert build(seed + 1) != part


@pytest.mark.parametrize("name", sorted(SPELLED))
def test_spellings_never_write_the_plain_mark(name: str) -> None:
    spellings, marks, digits = SPELLED[name]
    loaded, taken, _ = _loaded_marks()
    words, rng = spellings(), random.Random(3)
    for mark in marks:
        latin = loaded[mark].aliases[0] if loaded[mark].aliases else ""
        for _ in range(20):
            assert words.homophone(mark, rng, taken) not in taken
            assert mark not in words.separated(mark, rng)
            written = words.pinyin(mark, rng, latin)
            assert mark not in written and (not latin or latin.lower() not in written.lower())
            if latin:
                assert latin.lower() not in words.confusable(latin, rng).lower()
                assert latin.lower() not in words.separated(latin, rng).lower()
                if any(c.lower() in digits for c in latin):
                    assert latin.lower() not in words.digits(latin, rng).lower()
