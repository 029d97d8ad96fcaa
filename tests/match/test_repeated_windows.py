"""A template's main window paired at its own moments (stop 47, ``StaticLayout.windowed``).

Stop 46 kept only the largest moving rectangle of a template of several windows (a streamer's
overlay: the game, a webcam box and a chat that repeat in every piece) as what moves. Its global
hits were still the index's: each upload code's nearest whole codes, mostly the overlay's, so at
any moment of the original, and the window's code at that moment rarely met the copy's. True
copies of held_out_22's overlays moved from the global tier to geometry reviews. Here a copy
whose overlay a sticker hides (its whole codes far from the original's) is found by its game
window at the global tier, the same overlay and webcam around another game still is not, and a
template whose second window shows the clip too (nothing repeated) keeps its copies."""
from __future__ import annotations

import numpy as np
import pytest

from origin.match.decide import DEFAULT_MIN_SCORE
from origin.video.fingerprint import fingerprint_original, fingerprint_upload
from origin.video.layout import StaticLayout
from tests.match.test_framed_and_clock_layouts import _copy
from tests.match.test_overlay_windows import CAM, GAME, GAME_SPREAD, _drifting, overlay
from tests.match.test_static_layout import SECONDS, _matcher
from tests.match.test_thin_strips import RATE, _decoded


def _stickered(frames: np.ndarray) -> np.ndarray:
    """``frames`` with a flat sticker over the webcam's box (a re-uploader hiding the face)."""
    covered = frames.copy()
    covered[(slice(None), *CAM)] = 200
    return covered


def _two_views(game_seed: int, seconds: float = SECONDS) -> np.ndarray:
    """The overlay with its second window showing the game too (another part of its scene, as a
    map beside a game): nothing in it repeats from piece to piece."""
    frames = overlay(game_seed, seconds)
    second = _drifting(game_seed + 100, (CAM[0].stop - CAM[0].start, CAM[1].stop - CAM[1].start),
                       seconds, 10, GAME_SPREAD)
    for number, picture in enumerate(second):
        frames[number][CAM] = picture
    return frames


def _scores(print_, duration: float, upload, windowed: bool = True) -> list[tuple[float, str]]:
    """(score, tier) of every match of ``upload`` at the default threshold; ``windowed`` False:
    the index's pairing, as at stop 46."""
    real = StaticLayout.windowed
    if not windowed:
        StaticLayout.windowed = property(lambda self: False)
    try:
        return [(match.score, match.tier) for match in _matcher(print_, duration).match(upload)
                if match.score >= DEFAULT_MIN_SCORE]
    finally:
        StaticLayout.windowed = real


@pytest.fixture(scope="module")
def stream():
    original = overlay(1)
    return original, fingerprint_original(_decoded("stream", original))


def test_the_overlay_s_main_window_is_one_rectangle(stream):
    _original, print_ = stream
    assert print_.layout is not None and print_.layout.windowed
    moving = ~print_.layout.static[0]
    rows, columns = np.flatnonzero(moving.any(axis=1)), np.flatnonzero(moving.any(axis=0))
    assert columns[-1] < 24 and rows[-1] < 25       # the game's window alone
    assert GAME[1].stop < CAM[1].start


def test_a_copy_with_its_webcam_covered_is_found_by_its_game(stream):
    original, print_ = stream
    copy = fingerprint_upload(_decoded("covered", _stickered(_copy(original))))
    [(score, tier)] = _scores(print_, len(original) / RATE, copy)
    assert score > 0.9 and tier == "global"
    # a case the pairing decides: the index's codes of the overlay lie at other moments
    assert _scores(print_, len(original) / RATE, copy, windowed=False) == []


def test_the_same_overlay_and_webcam_around_another_game_makes_no_match(stream):
    original, print_ = stream
    for frames in (overlay(2), _stickered(overlay(2)), _copy(overlay(3))):
        assert _scores(print_, len(original) / RATE,
                       fingerprint_upload(_decoded("other", frames))) == []


def test_a_template_of_two_windows_showing_the_clip_keeps_its_copies():
    original = _two_views(1)
    print_ = fingerprint_original(_decoded("two", original))
    for frames in (_copy(original), _stickered(_copy(original))):
        [(score, tier)] = _scores(print_, len(original) / RATE,
                                  fingerprint_upload(_decoded("copy", frames)))
        assert score > 0.9 and tier == "global"
    assert _scores(print_, len(original) / RATE,
                   fingerprint_upload(_decoded("other", _two_views(2)))) == []
