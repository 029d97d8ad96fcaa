"""Dark, nearly empty frames never match (``fingerprint.reliable_bits``, ``hashers.one_dimensional``
and the matcher's ``_corroborated``): held_out_8's `q0082`, a zoom of an unregistered terminal
(a dark grey ground, a light bar along the top, then a line of text under it), met a dark film
of a few bright blobs at 0.998 in the global tier. The bar alone sets 8 of its code's bits and
rounding the rest; with the text, every row of the code is one pattern, and an original whose
blobs sit along its top edge says the same. A darkened copy of textured footage, and a dark film
of blobs itself, are still found at their offsets."""
from __future__ import annotations

import cv2
import numpy as np

from origin import synthetic
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.video.fingerprint import (_inputs, fingerprint_original, fingerprint_upload,
                                      informative, reliable_bits)
from origin.video.hashers import PHash, one_dimensional
from tests.match.test_thin_strips import RATE, _decoded, _matcher

BLOBS_SEED = 41          # blobs along the top edge whose codes the terminal's meet (0.998 before)


def terminal(seconds: float = 12.0, seed: int = 0) -> np.ndarray:
    """A terminal zoomed in (144x256, gray): a dark grey ground and a light bar along the top,
    a line of text typed under it from the fourth second, and the encoder's noise."""
    rng = np.random.default_rng(seed)
    frames = []
    for number in range(int(seconds * RATE)):
        frame = np.full((144, 256), 43, np.int16)
        frame[:5] = 240
        if number >= 4 * RATE:
            typed = min(20, number - int(4 * RATE) + 1)
            frame[5:9, 2:2 + 6 * typed:2] = 200
        frames.append(np.clip(frame + rng.integers(-2, 3, frame.shape), 0, 255).astype(np.uint8))
    return np.stack(frames)


def blobs(seed: int, seconds: float = 16.0, count: int = 5, top: float = 24.0) -> np.ndarray:
    """A dark film of ``count`` soft bright blobs drifting slowly (144x256, gray), their
    centres ``top`` px or less from the top edge."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[:144, :256].astype(np.float32)
    centres = rng.uniform((2, 10), (top, 246), (count, 2))
    drift = rng.normal(0, 0.5, (count, 2))
    sizes, light = rng.uniform(3, 8, count), rng.uniform(60, 200, count)
    frames = []
    for number in range(int(seconds * RATE)):
        frame = np.full((144, 256), 21.0, np.float32)
        for (row, column), (down, across), size, level in zip(centres, drift, sizes, light):
            moved = (y - row - down * number / RATE) ** 2 + (x - column - across * number / RATE) ** 2
            frame += level * np.exp(-moved / (2 * size * size))
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


def test_a_light_bar_alone_carries_too_few_bits():
    bar, typed = _inputs(terminal()[[0, 40]])
    assert reliable_bits(bar[None].astype(np.float32))[0] == 8           # one row of the block
    assert not informative(bar[None])[0]                                  # passed before
    assert informative(typed[None])[0]
    assert informative(_inputs(blobs(7, count=12, top=130.0))).mean() > 0.9        # a dark film keeps its


def test_a_code_of_one_row_pattern_is_one_dimensional():
    typed = PHash.codes(_inputs(terminal()[[30]]))
    assert one_dimensional(typed, 2)[0]
    footage = synthetic.SyntheticFootage(3, (256, 144))
    pictures = np.stack([cv2.cvtColor(footage.frame_at(t), cv2.COLOR_BGR2GRAY) for t in (1, 4, 7)])
    assert not one_dimensional(PHash.codes(_inputs(pictures)), 2).any()


def test_a_near_empty_terminal_does_not_match_a_dark_film_of_blobs():
    film = blobs(BLOBS_SEED)
    matcher = _matcher(fingerprint_original(_decoded("blobs", film)), len(film) / RATE)
    assert matcher.match(fingerprint_upload(_decoded("terminal", terminal()))) == []  # 0.998 before


def _found_at(original: np.ndarray, copy: np.ndarray, start: float) -> None:
    matcher = _matcher(fingerprint_original(_decoded("original", original)), len(original) / RATE)
    [match] = matcher.match(fingerprint_upload(_decoded("copy", copy)))
    assert match.score >= DEFAULT_MIN_SCORE
    for segment in match.segments:
        assert abs(segment.original_start - (start + segment.upload_start)) <= 0.5


def test_a_darkened_copy_of_textured_footage_is_found_at_its_offset():
    footage = synthetic.SyntheticFootage(5, (256, 144))
    original = np.stack([cv2.cvtColor(footage.frame_at(t), cv2.COLOR_BGR2GRAY)
                         for t in np.arange(0, 12, 1 / RATE)])
    rng = np.random.default_rng(1)
    copy = original[12:40].astype(np.float32) * 0.5 + 4 + rng.normal(0, 1.5, original[12:40].shape)
    _found_at(original, np.clip(copy, 0, 255).astype(np.uint8), 3.0)


def test_a_copy_of_a_dark_film_of_a_dozen_blobs_is_found_at_its_offset():
    film = blobs(7, count=12, top=130.0)
    _found_at(film, film[16:48], 4.0)
