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
from origin.video.layout import StaticLayout, learn
from tests.match.test_framed_and_clock_layouts import _copy
from tests.match.test_overlay_windows import CAM, GAME_SPREAD, _drifting, overlay
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


def _scores(print_, duration: float, upload) -> list[tuple[float, str]]:
    """(score, tier) of every match of ``upload`` at the default threshold."""
    return [(match.score, match.tier) for match in _matcher(print_, duration).match(upload)
            if match.score >= DEFAULT_MIN_SCORE]


def _windows(main: np.ndarray) -> np.ndarray:
    """Hash inputs ([40, 32, 32]) of a template of two windows: ``main`` ([40, 24, 24]) at the
    top left, a second window of noise at the right, a drawn bar below."""
    rng = np.random.default_rng(5)
    inputs = np.full((40, 32, 32), 40, np.uint8)
    inputs[:, 28:, :24] = 90
    inputs[:, :24, :24] = main
    inputs[:, :20, 25:] = rng.integers(0, 255, (40, 20, 7))
    return inputs


@pytest.fixture(scope="module")
def stream():
    original = overlay(1)
    return original, fingerprint_original(_decoded("stream", original))


def test_the_overlay_s_main_window_is_paired_as_a_window(stream):
    _original, print_ = stream
    assert print_.layout is not None and print_.layout.windowed


def test_a_main_window_filling_in_a_column_at_a_time_is_a_clock():
    """A history filling in at the tool's pace in the main window (``_changes_once``) is no
    content: every cell static, as a static layout's clock; moving content keeps its window."""
    rng = np.random.default_rng(6)
    moving = _windows(rng.integers(0, 255, (40, 24, 24)))
    static = learn([moving])
    assert static is not None and not static.all() and (~static[0][:24, :24]).all()
    filling = np.full((40, 24, 24), 30, np.uint8)
    for column in range(24):
        filling[column + 8:, :, column] = 200          # a column more every frame
    assert learn([_windows(filling)]).all()


def test_a_copy_with_its_webcam_covered_is_found_by_its_game(stream, monkeypatch):
    original, print_ = stream
    copy = fingerprint_upload(_decoded("covered", _stickered(_copy(original))))
    [(score, tier)] = _scores(print_, len(original) / RATE, copy)
    assert score > 0.9 and tier == "global"
    # a case the pairing decides: with the index's pairing (stop 46) the overlay's codes it
    # found lie at other moments
    monkeypatch.setattr(StaticLayout, "windowed", property(lambda self: False))
    assert _scores(print_, len(original) / RATE, copy) == []


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
