"""Templates framing several moving windows at stop 46 (``video.layout._windows_layout``).
held_out_22 demoted innocent uploads at the global tier: a game streamer's overlay (the game at
the top left, a webcam box and a chat scrolling at the right, a bar with a logo and a name below)
around other levels of the game met the registered overlay's codes at 0.64-1.0. The webcam and
chat move (the same in every piece), so too few cells were drawn for a layout. Here a generated
overlay around one game is registered: the same overlay, with the same webcam and chat, around
another game makes no match; a re-encoded copy is still found by its main window."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin.match.decide import DEFAULT_MIN_SCORE
from origin.video.fingerprint import fingerprint_original, fingerprint_upload
from origin.video.layout import MIN_MAIN_WINDOW, MIN_STATIC, learn
from tests.match.test_framed_and_clock_layouts import _copy
from tests.match.test_static_layout import SECONDS, _matcher
from tests.match.test_thin_strips import RATE, _decoded

GAME = (slice(2, 106), slice(2, 186))       # rows, columns of the game's window
CAM = (slice(4, 50), slice(192, 252))       # the webcam's box
GAME_SPREAD = 16                            # the game: soft and faint beside the overlay
CAM_SEED = 40                               # the same webcam (and chat) on every piece


def _drifting(seed: int, size: tuple[int, int], seconds: float, blur: float, spread: float
              ) -> list[np.ndarray]:
    """A textured picture (``seed``, ``blur``, its levels' standard deviation ``spread``) filmed
    by a drifting camera: one gray frame per sample."""
    rng = np.random.default_rng(seed)
    height, width = size
    scene = cv2.GaussianBlur(rng.normal(120, 60, (height + 100, width + 100)), (0, 0), blur)
    scene = np.clip((scene - scene.mean()) * spread / scene.std() + 100, 0, 255).astype(np.uint8)
    made = []
    for number in range(int(seconds * RATE)):
        t = number / RATE
        dx, dy = 50 + 45 * np.sin(0.9 * t + seed), 50 + 45 * np.cos(0.7 * t + seed)
        made.append(scene[int(dy):int(dy) + height, int(dx):int(dx) + width])
    return made


def overlay(game_seed: int, seconds: float = SECONDS) -> np.ndarray:
    """A streamer's overlay (144x256, gray): a game (``game_seed``) at the top left, a webcam box
    and a chat scrolling a line a second at the right, a bar below with a logo, a name and a
    follower goal, drawn; the webcam and chat the same whatever the game."""
    template = np.full((144, 256), 30, np.uint8)
    template[:, 188:] = 22
    template[110:144, :188] = 40                                  # the bar below the game
    cv2.circle(template, (16, 126), 12, 200, -1)                  # the logo
    cv2.putText(template, "NIGHT PLAY", (34, 124), cv2.FONT_HERSHEY_SIMPLEX, 0.35, 240, 1, cv2.LINE_AA)
    template[132:138, 34:180] = 70                                # the follower goal
    template[132:138, 34:110] = 180
    template[52:58, 190:254] = 150                                # the chat's header
    rng = np.random.default_rng(CAM_SEED)
    chat = [(int(rng.integers(20, 56)), int(rng.integers(90, 230))) for _ in range(80)]
    game = _drifting(game_seed, (GAME[0].stop - GAME[0].start, GAME[1].stop - GAME[1].start), seconds, 10,
                     GAME_SPREAD)
    cam = _drifting(CAM_SEED, (CAM[0].stop - CAM[0].start, CAM[1].stop - CAM[1].start), seconds, 4, 55)
    made = []
    for number in range(int(seconds * RATE)):
        frame = template.copy()
        frame[GAME], frame[CAM] = game[number], cam[number]
        shown = int(number / RATE) + 8                            # the newest line at the bottom
        for row, (length, level) in enumerate(chat[shown - 8:shown][::-1]):
            frame[136 - 10 * row:140 - 10 * row, 192:192 + length] = level
        made.append(frame)
    return np.stack(made)


@pytest.fixture(scope="module")
def stream():
    original = overlay(1)
    return original, fingerprint_original(_decoded("stream", original))


def test_an_overlay_of_several_windows_keeps_its_main_window(stream):
    """Too few cells drawn for a layout (``MIN_STATIC``), several windows moving: what moves
    is the game's window alone, the webcam and chat painted over with the template."""
    _original, print_ = stream
    assert print_.layout is not None and not print_.layout.still and print_.layout.ink is None
    moving = ~print_.layout.static[0]
    assert MIN_MAIN_WINDOW <= moving.mean() < 1 - MIN_STATIC + MIN_MAIN_WINDOW
    rows, columns = np.flatnonzero(moving.any(axis=1)), np.flatnonzero(moving.any(axis=0))
    assert moving[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1].all()
    assert columns[-1] < 24 and rows[-1] < 25       # not the webcam (x 192-252), not the bar


def test_the_overlay_around_another_game_makes_no_match(stream):
    original, print_ = stream
    other = fingerprint_upload(_decoded("other", overlay(2)))
    assert [match for match in _matcher(print_, len(original) / RATE).match(other)
            if match.score >= DEFAULT_MIN_SCORE] == []
    # a case the layout decides: without it, the webcam and chat met the registered ones' codes
    assert max(match.score for match in _matcher(print_, len(original) / RATE, layout=False)
               .match(other)) >= DEFAULT_MIN_SCORE


def test_a_copy_of_the_overlay_is_found_at_its_offset(stream):
    original, print_ = stream
    [match] = _matcher(print_, len(original) / RATE).match(
        fingerprint_upload(_decoded("copy", _copy(original))))
    assert match.score > 0.9 and match.tier == "global"
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.3)


def test_a_film_and_one_framed_picture_are_not_read_as_windows():
    """A film moves everywhere; a picture in a drawn frame with nothing else moving is no
    overlay of several windows (``_framed`` decides it)."""
    rng = np.random.default_rng(3)
    film = rng.integers(0, 255, (40, 32, 32)).astype(np.uint8)
    assert learn([film, film]) is None
    framed = np.full((40, 32, 32), 30, np.uint8)
    framed[:, :20, :20] = rng.integers(0, 255, (40, 20, 20))
    framed[:, 26:, :] = 200
    static = learn([framed, framed])
    assert static is None or not (~static[0][:, 20:]).any()
