"""Typed and drawn screen recordings at stop 45 (``layout.nearly_still``, ``layout.Ink``).
held_out_21 registered a globe program's recordings where a user types a search or draws a
route, and its other screens (other views, another route, the search's result, a dialog) met
them: more cells move than in a still picture, so they were not held, and the layout learnt of
a route drawn across the map masks in the map under the route. Here a generated program window
(a menu, a toolbar, a panel with a search field and a list, a map of a globe) is registered with
a route drawn on it and with a search typed into it; the same window with another route, a
dialog, another view, another panel or a pointer alone makes no match, another search typed at
the same pace at most a review, and copies of both recordings are found."""
from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from origin.match import matcher
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import STILL_SCORE
from origin.video.fingerprint import fingerprint_original, fingerprint_upload
from origin.video.layout import (NO_MOMENT, VERSION, Ink, StaticLayout, nearly_still)
from tests.match.test_static_layout import _matcher, _write
from tests.match.test_thin_strips import RATE, _decoded

SECONDS = 12.0
FONT = cv2.FONT_HERSHEY_SIMPLEX
MAP = (slice(24, 130), slice(76, 252))      # rows, columns of the map view
REVIEW_BELOW = 0.6                          # the default policy reviews scores under this
PANELS = {"places": ["Paris", "Lyon", "Nantes", "Lille", "Brest", "Nice", "Metz"],
          "results": ["Rue de Lyon", "Lyon 3e", "Gare Lyon", "Lyon-Bron", "Lyonnais"],
          "measure": ["Distance", "12.4 km", "Bearing", "231 deg"]}


def globe_window(view: int = 1, panel: str = "places", dialog: bool = False) -> np.ndarray:
    """A globe program's window (144x256, gray): a menu line, a toolbar, a left panel with an
    empty search field over a list (``panel``), a status line, and a map view of a textured
    globe over dark space (``view``: which side of it); ``dialog``: a settings box over the map."""
    window = np.full((144, 256), 215, np.uint8)
    cv2.putText(window, "File  Edit  View  Tools  Help", (3, 7), FONT, 0.25, 20, 1, cv2.LINE_AA)
    window[10:22] = 190
    for k in range(14):
        cv2.rectangle(window, (4 + 16 * k, 11), (16 + 16 * k, 20), 90 + (k * 37) % 120, -1)
        cv2.rectangle(window, (7 + 16 * k, 13), (13 + 16 * k, 18), 30 + (k * 53) % 200, -1)
    window[26:38, 4:72] = 255
    cv2.rectangle(window, (4, 26), (71, 37), 120, 1)
    for k, item in enumerate(PANELS[panel]):
        cv2.putText(window, item, (8, 50 + 11 * k), FONT, 0.28, 40, 1, cv2.LINE_AA)
        cv2.rectangle(window, (4, 42 + 11 * k), (72, 52 + 11 * k), 180, 1)
    space = window[MAP]
    space[:] = 15
    stars = np.random.default_rng(7)
    space[stars.integers(0, space.shape[0], 40), stars.integers(0, space.shape[1], 40)] = 200
    centre, radius = (88, 53), 50
    cv2.circle(space, centre, radius, 70, -1, cv2.LINE_AA)
    land, globe, disc = np.random.default_rng([view, 3]), np.zeros_like(space), np.zeros_like(space)
    for _ in range(9):
        middle = (int(centre[0] + land.integers(-45, 45)), int(centre[1] + land.integers(-45, 45)))
        cv2.ellipse(globe, middle, (int(land.integers(6, 20)), int(land.integers(4, 14))),
                    float(land.uniform(0, 180)), 0, 360, 1, -1)
    cv2.circle(disc, centre, radius, 1, -1)
    ground = np.clip(150 + np.random.default_rng([view, 4]).normal(0, 12, space.shape), 0, 255)
    space[(globe > 0) & (disc > 0)] = ground[(globe > 0) & (disc > 0)]
    if dialog:
        cv2.rectangle(window, (100, 40), (220, 115), 225, -1)
        cv2.rectangle(window, (100, 40), (220, 115), 60, 1)
        window[40:50, 100:221] = 110
        cv2.putText(window, "Settings", (104, 48), FONT, 0.28, 250, 1, cv2.LINE_AA)
        for k, label in enumerate(["Units", "Projection", "Cache", "Proxy"]):
            cv2.putText(window, label, (108, 62 + 12 * k), FONT, 0.27, 30, 1, cv2.LINE_AA)
            cv2.rectangle(window, (170, 55 + 12 * k), (214, 64 + 12 * k), 250, -1)
    window[136:] = 200
    cv2.putText(window, "Lat 48.85 Lon 2.35  Alt 1200 km", (4, 142), FONT, 0.25, 30, 1,
                cv2.LINE_AA)
    return window


def _pointer(frame: np.ndarray, x: float, y: float) -> None:
    arrow = np.int32([[x, y], [x, y + 6], [x + 2, y + 5], [x + 4, y + 7], [x + 5, y + 6],
                      [x + 3, y + 4], [x + 5, y + 4]])
    cv2.fillPoly(frame, [arrow], 255, cv2.LINE_AA)
    cv2.polylines(frame, [arrow], True, 0, 1, cv2.LINE_AA)


def typed(text: str, **window) -> np.ndarray:
    """``globe_window`` with ``text`` typed into the search field, a letter every 0.4 s from
    1 s, a blinking caret after it, the pointer resting by the field."""
    base = globe_window(**window)
    made = []
    for number in range(int(SECONDS * RATE)):
        instant = number / RATE
        frame = base.copy()
        shown = text[:max(0, int((instant - 1.0) / 0.4))]
        cv2.putText(frame, shown, (7, 35), FONT, 0.32, 0, 1, cv2.LINE_AA)
        if number % 4 < 2:
            caret = 8 + cv2.getTextSize(shown, FONT, 0.32, 1)[0][0]
            cv2.line(frame, (caret, 28), (caret, 35), 0, 1)
        _pointer(frame, 60 + 3 * np.sin(instant), 40 + 2 * np.cos(instant))
        made.append(frame)
    return np.stack(made)


def drawn(route: int, **window) -> np.ndarray:
    """``globe_window`` with a route of five legs drawn across the map from 1 s to 3 s before
    the end, the pointer at its tip."""
    base = globe_window(**window)
    stops = np.random.default_rng([route, 9])
    points = np.column_stack([stops.uniform(84, 244, 6), stops.uniform(30, 124, 6)])
    legs = len(points) - 1
    made = []
    for number in range(int(SECONDS * RATE)):
        done = min(legs, max(0.0, (number / RATE - 1.0) / (SECONDS - 3.0) * legs))
        whole = int(done)
        line = list(points[:whole + 1])
        if whole < legs:
            line.append(points[whole] + (points[whole + 1] - points[whole]) * (done - whole))
        frame = base.copy()
        if len(line) > 1:
            cv2.polylines(frame, [np.int32(line)], False, 250, 2, cv2.LINE_AA)
        _pointer(frame, *line[-1])
        made.append(frame)
    return np.stack(made)


def pointer_only(**window) -> np.ndarray:
    """``globe_window`` with a pointer gliding over the map and resting, the only thing moving."""
    base = globe_window(**window)
    path = np.random.default_rng([window.get("view", 1), 11])
    stops = np.column_stack([path.uniform(80, 240, 24), path.uniform(26, 126, 24)])
    made = []
    for number in range(int(SECONDS * RATE)):
        leg, into = divmod(number / RATE, 1.0)
        here, there = stops[int(leg) % len(stops)], stops[(int(leg) + 1) % len(stops)]
        frame = base.copy()
        _pointer(frame, *(here + (there - here) * min(1.0, into / 0.5)))
        made.append(frame)
    return np.stack(made)


def _copy(original: np.ndarray) -> np.ndarray:
    """2-10 s of ``original``, a little brighter (re-encoded)."""
    return np.clip(original[int(2 * RATE):int(10 * RATE)].astype(np.int16) + 10, 0, 255
                   ).astype(np.uint8)


OTHER_SCREENS = {"another route": lambda: drawn(2), "a dialog": lambda: pointer_only(dialog=True),
                 "another view": lambda: pointer_only(view=2),
                 "another panel": lambda: pointer_only(panel="measure"),
                 "the search's result": lambda: pointer_only(panel="results"),
                 "a pointer alone": pointer_only, "a search typed": lambda: typed("GARE DU NORD")}


@pytest.fixture(scope="module")
def route():
    original = drawn(1)
    return original, fingerprint_original(_decoded("route", original))


@pytest.fixture(scope="module")
def search():
    original = typed("MONT ST MICHEL")
    return original, fingerprint_original(_decoded("search", original))


def test_a_route_drawn_and_a_search_typed_are_learnt_as_ink_on_the_program(route, search):
    """Both keep their ink (no masked codes); the route is a figure, the search a line of
    text; the route's ink comes over the recording, at its tip's pace."""
    for _, print_ in (route, search):
        layout = print_.layout
        assert layout is not None and layout.ink is not None and not layout.still
        assert len(layout.codes) == 0 and not layout.clock
    assert not route[1].layout.ink.line and search[1].layout.ink.line
    moments = route[1].layout.ink.moment[0]
    assert len(np.unique(moments[moments != NO_MOMENT])) >= 10


def test_a_pointer_alone_stays_a_still_picture_and_a_cut_is_no_ink():
    """A recording whose pointer alone moves has too few cells moving (a still picture,
    stop 44); a picture half of which changes at one instant is a cut, not a user's ink."""
    assert fingerprint_original(_decoded("pointer", pointer_only())).layout.still
    cut = np.repeat(globe_window()[None], 48, axis=0)
    cut[24:, :40, 76:140] = 60
    inputs = np.stack([cv2.resize(frame, (32, 32), interpolation=cv2.INTER_AREA) for frame in cut])
    assert nearly_still([inputs]) is None


@pytest.mark.parametrize("name", sorted(OTHER_SCREENS))
def test_the_program_s_other_screens_make_no_match_with_the_route(route, name):
    original, print_ = route
    other = fingerprint_upload(_decoded(name, OTHER_SCREENS[name]()))
    assert _matcher(print_, SECONDS).match(other) == []


def test_without_the_ink_the_other_screens_met_the_route_as_copies(route):
    """The case the ink decides: by the route's whole codes, the same window with a pointer
    alone and with another route scored as copies."""
    original, print_ = route
    for other in (pointer_only(), drawn(2)):
        found = _matcher(print_, SECONDS, layout=False).match(
            fingerprint_upload(_decoded("other", other)))
        assert max(match.score for match in found) > 0.9


def test_a_copy_of_the_route_is_found_as_a_copy(route):
    original, print_ = route
    [match] = _matcher(print_, SECONDS).match(fingerprint_upload(_decoded("copy", _copy(original))))
    assert match.tier == "global" and match.score > 0.9
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.3)


def test_the_search_s_copy_is_found_and_another_search_reviewed_at_most(search):
    """A copy of the typed search is found (it read as a clock before, no global evidence),
    held at a review's score: another search typed at the same pace in the same field shows
    as much ink at each moment, and makes a review at most; the program's screens with no
    typing make no match."""
    original, print_ = search
    matching = _matcher(print_, SECONDS)
    [match] = matching.match(fingerprint_upload(_decoded("copy", _copy(original))))
    assert match.tier == "global" and match.score == STILL_SCORE
    assert match.uncapped > 0.9
    assert DEFAULT_MIN_SCORE <= match.score < REVIEW_BELOW
    another = matching.match(fingerprint_upload(_decoded("other", typed("GARE DU NORD"))))
    assert all(found.score <= STILL_SCORE for found in another)
    for name in ("a dialog", "another view", "the search's result", "a pointer alone"):
        assert matching.match(fingerprint_upload(_decoded(name, OTHER_SCREENS[name]()))) == []


def test_a_stored_ink_layout_reads_back_and_a_second_version_layout_still_reads():
    static = np.ones((2, 32, 32), bool)
    static[:, 5, 3:9] = False
    moment = np.full((2, 32, 32), NO_MOMENT, np.uint16)
    moment[:, 5, 3:9] = np.arange(6) * 3
    before = np.full((2, 32, 32), 200, np.uint8)
    ink = Ink(before, np.where(moment != NO_MOMENT, 40, before).astype(np.uint8), moment)
    layout = StaticLayout(static, np.zeros((0, 8), np.uint8), ink=ink)
    again = StaticLayout.from_bytes(layout.to_bytes())
    assert VERSION == 3 and again.ink is not None and not again.still
    for name in ("before", "after", "moment"):
        assert (getattr(again.ink, name) == getattr(ink, name)).all()
    assert (again.static == static).all() and again.ink.line
    second = (np.array([2, 2, 0, 1], np.uint32).tobytes()
              + np.packbits(static.reshape(2, -1), axis=1).tobytes())
    read = StaticLayout.from_bytes(second)
    assert read.still and read.ink is None and (read.static == static).all()


def _scanned(folder: Path) -> dict:
    """The route's recording registered in a workspace in ``folder``; another route, a dialog
    over the map and a copy scanned there: their results by name."""
    from origin import Workspace
    original = drawn(1)
    with Workspace(folder / "ws") as workspace:
        [added] = list(workspace.add_originals([_write(folder / "route.mp4", original)]))
        assert added.status == "added"
        uploads = [_write(folder / "other.mp4", drawn(2)),
                   _write(folder / "dialog.mp4", pointer_only(dialog=True)),
                   _write(folder / "copy.mp4", _copy(original))]
        return {Path(result.upload).stem: result for result in workspace.scan(uploads)}


def test_a_workspace_finds_the_route_s_copy_and_reviews_other_screens_at_most(tmp_path,
                                                                              monkeypatch):
    """Registered in a workspace (the ink stored and read back), the other screens score at
    most ``STILL_SCORE`` in either tier (the geometry tier verifies the window's keyframes
    and is held as a still picture's), the copy is found as a copy."""
    results = _scanned(tmp_path / "ink")
    for name in ("other", "dialog"):
        assert all(match.score <= STILL_SCORE for match in results[name].matches)
    assert max(match.score for match in results["copy"].matches) > 0.9
    monkeypatch.setattr(matcher, "_inked_hits", lambda upload, layout, *hits: hits)
    monkeypatch.setattr(matcher, "_held", lambda match, original, min_score: match)
    unheld = _scanned(tmp_path / "unheld")
    assert max(match.score for name in ("other", "dialog")
               for match in unheld[name].matches) > 0.9
