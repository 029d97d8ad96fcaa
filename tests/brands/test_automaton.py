"""The automaton's matches are positioned in characters, whatever the UTF-8 widths before them."""
from __future__ import annotations

import random

from origin.brands.automaton import _Automaton, _characters_to, _encode


def test_matches_are_placed_in_characters_of_every_width():
    keys = ["耐克", "ab", "𝒜克", "é"]
    automaton = _Automaton()
    for key in keys:
        automaton.add(key, key)
    automaton.build()
    rng = random.Random(3)
    alphabet = "ab耐克𝒜éx "
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = sorted((f.start, f.end, f.entries) for f in automaton.find(text))
        expected = sorted((at, at + len(key), (key,)) for key in keys
                          for at in range(len(text)) if text.startswith(key, at))
        assert found == expected, text


def test_characters_to_counts_the_characters_ended_by_each_byte():
    text = "a耐𝒜é"
    counts = _characters_to(_encode(text))
    assert len(counts) == len(text.encode("utf-8"))
    # the last byte of each character: 1, 2, 3, 4 characters
    assert [counts[i] for i in (0, 3, 7, 9)] == [1, 2, 3, 4]


def test_characters_to_counts_short_and_long_texts_alike():
    """Short texts are counted by a running sum, long ones by NumPy: one count either way."""
    import origin.brands.automaton as automaton

    for text in ("a耐𝒜é" * 100, "x", "耐克" * 400, "ab\u2028" + "𝒜" * 600):
        encoded = _encode(text)
        expected = [count for count, char in enumerate(text, 1)
                    for _ in char.encode("utf-8")]          # a character's every byte: its count
        for short in (0, 1 << 20):         # NumPy for every text, then the running sum
            automaton._SHORT = short
            try:
                assert _characters_to(encoded) == expected
            finally:
                automaton._SHORT = 2048
