"""Another page in the same frame at stop 47 (``matcher.Matcher._shown_in_part``,
``LowDetailMatch``). held_out_22 demoted `q0248`, a re-encoded negative: the registered lecture
deck `low_detail_1` with other words under titles it happens to share. The deck's static layout
leaves what moves (its text) to the global codes, whose 32x32 hash input sees the title alone
(2-4 bits off), and its keyframes verified on the title and a few letters alike (0.32-0.42 of
what the original keyframe shows). Here a generated deck, the same deck with other letters under
the same titles (its global codes meet it too weakly here to be held: the hold is checked on its
evidence directly), and the deck's own copy."""
from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timezone

import numpy as np
import pytest

from benchmarks.real_suite import SIZE, Slides
from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.match.matcher import (STILL_SCORE, IndexedOriginal, LowDetailMatch, Matcher,
                                  _tells_little)
from origin.records import Match, Segment
from tests.match.test_low_detail_at_stop_46 import _deck_matcher
from tests.match.test_static_layout import _write, chart

SEED = 3                      # the registered deck (``test_low_detail_at_stop_46``'s)
SECONDS = 16.0


def _other_words(seed: int) -> Slides:
    """The registered deck (background, ink, layout, titles) with other letters in each line
    (as many): another lecture made in the same template, alike to a 32x32 hash input."""
    deck = Slides(SEED)
    rng = np.random.default_rng([seed, 47])
    letters = list("ABCDEFGHIKLMNOPRSTUVW")
    deck.slides = [(title, [" ".join(rng.choice(letters, len(line.split()))) for line in lines])
                   for title, lines in deck.slides]
    return deck


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("deck47")
    path = synthetic.render_footage(folder / "deck.mp4", Slides(SEED), SECONDS, SIZE)
    original = fingerprint_file(str(path), original=True).fingerprint
    assert original.layout is not None and not original.layout.still
    info = IndexedOriginal(OriginalInfo(1, "o-deck", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout)
    return folder, original, info


def _upload(folder, name: str, footage) -> object:
    return fingerprint_file(str(synthetic.render_footage(folder / f"{name}.mp4", footage,
                                                         SECONDS, SIZE)), original=False).fingerprint


@pytest.mark.parametrize("seed", [1, 2])
def test_the_deck_with_other_words_is_not_acted_on(deck, seed):
    """The same titles over other letters: found at most for a person (the geometry tier's
    review, or a global match held at ``STILL_SCORE``)."""
    folder, original, info = deck
    upload = _upload(folder, f"other{seed}", _other_words(seed))
    for match in _deck_matcher(original, info).match(upload, 0.0):
        assert match.tier == "geometry" or match.score <= STILL_SCORE


def test_a_deck_s_codes_tell_little_and_a_chart_s_do_not(deck):
    """What moves in the deck's layout (its text) sets few bits of its masked codes; a meter's
    bars in a chart set most."""
    folder, original, _ = deck
    meter = fingerprint_file(_write(folder / "chart.mp4", chart(1)), original=True).fingerprint
    assert _tells_little(original.layout)
    assert meter.layout is not None and not _tells_little(meter.layout)


def _layout_match(score: float) -> LowDetailMatch:
    return LowDetailMatch("o-deck", "deck.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc),
                       score, 0.7, 0.5, (Segment(4.0, 12.0, 8.0, 16.0),))


@pytest.mark.parametrize("pairs, held", [
    ([(5.0, 9.0, 0.38), (9.0, 13.0, 0.42)], True),       # `q0248`: the title and a few letters
    ([(5.0, 9.0, 0.38), (9.0, 13.0, 0.81)], False),      # one keyframe shows the slide: a copy
    ([(1.0, 1.0, 0.10)], False),                         # a pair off the match's segments
    ([], False)])                                        # no keyframe verified: the codes decide
def test_a_layout_match_is_held_where_its_keyframes_show_its_pictures_in_part(pairs, held):
    matcher = Matcher(None, lambda keys: {})
    matcher._paired_at = {"o-deck": pairs}
    found = matcher._shown_in_part(_layout_match(0.986), DEFAULT_MIN_SCORE)
    assert found.score == (STILL_SCORE if held else 0.986)
    outside = Match(**{field.name: getattr(_layout_match(0.986), field.name)
                       for field in fields(Match)})
    assert matcher._shown_in_part(outside, DEFAULT_MIN_SCORE).score == 0.986   # not asked


def test_the_deck_s_own_copy_keeps_its_score(deck):
    """A copy shows the letters too: its keyframes carry most of what the original's show."""
    folder, original, info = deck
    [match] = [match for match in _deck_matcher(original, info).match(
        _upload(folder, "copy", Slides(SEED)), 0.0) if match.score >= DEFAULT_MIN_SCORE]
    assert match.score > 0.9 and match.tier == "global"
