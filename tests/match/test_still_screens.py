"""Still screen recordings at stop 44 (``layout.still``, ``matcher.STILL_SCORE``). held_out_19
demoted two innocent uploads at 1.0: another screenshot of the same drawing program (the same
toolbars, palette and canvas frame, another drawing in the canvas), only the pointer moving, met
the codes of a registered recording of that program as closely as a copy does. Here a generated
program window with a pointer gliding over it is registered; the same window round another
drawing is reviewed at most (without the still layout it scored as a copy), and a copy of the
recording is still found, by its codes, at the review's score."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match import matcher
from origin.match.matcher import STILL_SCORE, StillMatch
from origin.video.fingerprint import fingerprint_original, fingerprint_upload
from origin.video.layout import VERSION, StaticLayout, learn, still
from tests.match.test_static_layout import _matcher, _write
from tests.match.test_thin_strips import RATE, _decoded

SECONDS = 12.0
CANVAS = (slice(22, 116), slice(44, 212))      # rows, columns of the program's canvas
REVIEW_BELOW = 0.6                              # the default policy reviews scores under this
INK = 180                       # the drawing's gray on a canvas of 250: strokes a pixel wide
                                # are faint in a 32x32 hash input's cells (8x4.5 px here)


def program_window(drawing: int, pointer: int, seconds: float = SECONDS) -> np.ndarray:
    """A drawing program's window (144x256, gray): a title bar, two columns of tool buttons,
    a palette along the bottom and a status line, all drawn; in the canvas, a drawing of thin
    circles and strokes (``drawing``); over it, a pointer gliding between points (``pointer``)
    and resting at each, the only thing that moves."""
    window = np.full((144, 256), 200, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    window[:12] = 70                                            # the title bar
    cv2.putText(window, "Paint", (110, 9), font, 0.3, 240, 1, cv2.LINE_AA)
    for k in range(3):
        cv2.circle(window, (8 + 10 * k, 6), 3, 150 + 30 * k, -1)
    for row in range(6):                                        # the tools, left and right
        for left in (4, 22, 216, 234):
            top = 18 + 16 * row
            cv2.rectangle(window, (left, top), (left + 15, top + 13), 120, -1)
            cv2.rectangle(window, (left + 3, top + 3), (left + 12, top + 10),
                          40 + 35 * ((row + left) % 5), -1)
    for k in range(16):                                         # the palette
        cv2.rectangle(window, (44 + 10 * k, 120), (52 + 10 * k, 130), 20 + 14 * k, -1)
    cv2.putText(window, "Click and drag to draw.", (46, 140), font, 0.28, 30, 1, cv2.LINE_AA)
    window[CANVAS] = 250
    rng = np.random.default_rng(drawing)
    canvas = window[CANVAS]
    for _ in range(5):
        centre = (int(rng.integers(12, 156)), int(rng.integers(10, 84)))
        cv2.circle(canvas, centre, int(rng.integers(4, 12)), INK, 1, cv2.LINE_AA)
    for _ in range(2):
        ends = rng.integers([4, 4, 4, 4], [164, 90, 164, 90])
        cv2.line(canvas, (int(ends[0]), int(ends[1])), (int(ends[2]), int(ends[3])), INK, 1,
                 cv2.LINE_AA)
    path = np.random.default_rng([pointer, 44])
    stops = np.column_stack([path.uniform(50, 200, 24), path.uniform(26, 110, 24)])
    made = []
    for number in range(int(seconds * RATE)):
        leg, into = divmod(number / RATE, 1.0)          # half a second gliding, half resting
        here, there = stops[int(leg) % len(stops)], stops[(int(leg) + 1) % len(stops)]
        x, y = here + (there - here) * min(1.0, into / 0.5)
        arrow = np.int32([[x, y], [x, y + 6], [x + 2, y + 5], [x + 4, y + 7], [x + 5, y + 6],
                          [x + 3, y + 4], [x + 5, y + 4]])
        frame = window.copy()
        cv2.fillPoly(frame, [arrow], 255, cv2.LINE_AA)
        cv2.polylines(frame, [arrow], True, 0, 1, cv2.LINE_AA)
        made.append(frame)
    return np.stack(made)


@pytest.fixture(scope="module")
def recording():
    original = program_window(1, 1)
    return original, fingerprint_original(_decoded("recording", original))


def _copy(original: np.ndarray) -> np.ndarray:
    """2-10 s of ``original``, a little brighter (re-encoded)."""
    return np.clip(original[int(2 * RATE):int(10 * RATE)].astype(np.int16) + 10, 0, 255
                   ).astype(np.uint8)


def test_a_recording_whose_pointer_alone_moves_is_learnt_as_a_still_picture(recording):
    """No layout of what moves (too little moves), but a still picture the program draws."""
    original, print_ = recording
    inputs = [np.stack([cv2.resize(frame, (32, 32), interpolation=cv2.INTER_AREA)
                        for frame in original])]
    assert learn(inputs) is None
    assert print_.layout is not None and print_.layout.still
    assert not print_.layout.clock and len(print_.layout.codes) == 0


def test_a_camera_s_still_shot_and_a_moving_picture_are_no_still_picture():
    """A still shot filmed flickers in most cells (footage, not a drawn picture); a picture
    whose cells move is a film or a layout's business."""
    rng = np.random.default_rng(5)
    scene = rng.integers(30, 220, (1, 32, 32)).astype(np.float32)
    filmed = np.clip(scene + rng.normal(0, 3, (40, 32, 32)), 0, 255).astype(np.uint8)
    film = rng.integers(0, 255, (40, 32, 32)).astype(np.uint8)
    assert still([filmed, filmed]) is None
    assert still([film, film]) is None
    drawn = np.repeat(scene.astype(np.uint8), 40, axis=0)
    assert still([drawn, drawn]) is not None


def test_the_same_window_round_another_drawing_is_reviewed_at_most(recording):
    original, print_ = recording
    other = fingerprint_upload(_decoded("other", program_window(2, 2)))
    found = _matcher(print_, len(original) / RATE).match(other)
    assert all(match.score < REVIEW_BELOW for match in found)
    # a case the still picture decides: without it, the other drawing scored as a copy
    assert max(match.score for match in _matcher(print_, len(original) / RATE, layout=False)
               .match(other)) > 0.9


def test_a_copy_of_the_recording_is_found_by_its_codes_at_the_review_s_score(recording):
    original, print_ = recording
    [match] = _matcher(print_, len(original) / RATE).match(
        fingerprint_upload(_decoded("copy", _copy(original))))
    assert isinstance(match, StillMatch) and match.tier == "global"
    assert match.score == STILL_SCORE and match.uncapped > 0.9
    assert DEFAULT_MIN_SCORE <= match.score < REVIEW_BELOW
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.3)


def test_a_stored_still_layout_reads_back_and_a_first_version_layout_still_reads():
    static = np.zeros((2, 32, 32), bool)
    static[:, :4] = True
    codes = np.arange(16, dtype=np.uint8).reshape(2, 8)
    for layout in (StaticLayout(static, codes), StaticLayout(static, codes[:0], still=True)):
        again = StaticLayout.from_bytes(layout.to_bytes())
        assert again.still == layout.still and (again.static == static).all()
        assert (again.codes == layout.codes).all()
    first = (np.array([1, 2, 2], np.uint32).tobytes()
             + np.packbits(static.reshape(2, -1), axis=1).tobytes() + codes.tobytes())
    read = StaticLayout.from_bytes(first)
    assert VERSION != 1 and not read.still and (read.codes == codes).all()


def _scanned(folder: Path) -> dict:
    """The recording registered in a workspace in ``folder``; the other drawing and a copy
    scanned there: their results by name."""
    from origin import Workspace
    original = program_window(1, 1)
    with Workspace(folder / "ws") as workspace:
        [added] = list(workspace.add_originals([_write(folder / "recording.mp4", original)]))
        assert added.status == "added"
        other = _write(folder / "other.mp4", program_window(2, 2))
        copy = _write(folder / "copy.mp4", _copy(original))
        return {Path(result.upload).stem: result for result in workspace.scan([other, copy])}


def test_a_workspace_reviews_the_other_drawing_and_finds_the_copy(tmp_path, monkeypatch):
    """Registered in a workspace (the still layout stored and read back), neither tier scores
    the other drawing over ``STILL_SCORE``: the global tier's match is held there, and so is
    the geometry tier's, which verifies the window's keyframes (without its hold, it lifted the
    global match to its own score, a demote). The copy is found."""
    results = _scanned(tmp_path / "held")
    assert all(match.score <= STILL_SCORE for match in results["other"].matches
               if match.channel == "video")
    assert max(match.score for match in results["copy"].matches) >= DEFAULT_MIN_SCORE
    monkeypatch.setattr(matcher, "_held", lambda match, original, min_score: match)
    assert max(match.score for match in _scanned(tmp_path / "unheld")["other"].matches) > 0.9
