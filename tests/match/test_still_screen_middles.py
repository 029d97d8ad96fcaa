"""Still screen recordings' middles at stop 48 (``verify._carries_the_still_picture``).
held_out_23 registered recordings of a spreadsheet program whose pointer alone moves: the
template learnt from one still screenshot holds the sheet's cells with the program's window, and
the geometry tier refused every pair of its cropped, rotated and tilted copies. Here a generated
spreadsheet window (a menu, a toolbar, a formula bar, column and row headers, cells of numbers,
sheet tabs) is registered with phrases typed into its bar and a pointer gliding over it: a copy
cropped off centre and a copy turned a few degrees are found at their offset, their fitted pairs
carry the picture's middle; the same window around another sheet's numbers (the program's other
file) carries none and is not matched, cropped or not."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin.index.keypoints import KeypointIndex
from origin.jobs.fingerprinting import fingerprint_file
from origin.match import verify
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import Match
from tests.match.test_static_layout import _matcher, _write
from tests.match.test_thin_strips import RATE

SECONDS = 12.0
WIDTH, HEIGHT = 480, 270
FONT = cv2.FONT_HERSHEY_SIMPLEX
COLUMNS, ROWS = 6, 11                 # cells shown
CELL_WIDTH, CELL_HEIGHT = 76, 17
SHEET_TOP, SHEET_LEFT = 62, 24        # px of the window: the first cell's top left corner
PHRASES = ("RENT 45", "STOCK", "TAX 18", "LOAN 300", "FEES", "BANK 120", "POST 2013", "GIFTS")
PACE = 0.15                           # s a letter typed; each phrase then held a second


def sheet_window(sheet: int) -> np.ndarray:
    """A spreadsheet program's window (gray, ``HEIGHT`` x ``WIDTH``): its menu, toolbar,
    formula bar, headers and tabs the same for every file; the cells' fills, words and numbers,
    the tab's name drawn from ``sheet``."""
    window = np.full((HEIGHT, WIDTH), 236, np.uint8)
    cv2.putText(window, "File  Edit  View  Insert  Format  Tools  Data  Help", (4, 10), FONT,
                0.33, 25, 1, cv2.LINE_AA)
    window[14:36] = 205
    for k in range(10):                                   # the toolbar's icons
        cv2.rectangle(window, (5 + 22 * k, 18), (20 + 22 * k, 32), 120 + (k * 41) % 80, -1)
        cv2.rectangle(window, (9 + 22 * k, 22), (16 + 22 * k, 28), 90 + (k * 67) % 90, -1)
    cells = np.random.default_rng([sheet, 5])
    window[40:54, 60:WIDTH - 4] = 255                     # the formula bar
    cv2.rectangle(window, (60, 40), (WIDTH - 5, 53), 130, 1)
    cv2.putText(window, "fx", (40, 51), FONT, 0.35, 30, 1, cv2.LINE_AA)
    window[SHEET_TOP - 8:SHEET_TOP, SHEET_LEFT:] = 215    # the column headers
    window[SHEET_TOP:, :SHEET_LEFT] = 215                 # the row headers
    for column in range(COLUMNS):
        x = SHEET_LEFT + column * CELL_WIDTH
        cv2.putText(window, "ABCDEF"[column], (x + 35, SHEET_TOP - 1), FONT, 0.25, 40, 1,
                    cv2.LINE_AA)
    words = ("Rent", "Stock", "Sales", "Fees", "Tax", "Loan", "Wages", "Post", "Bank", "Gifts")
    for row in range(ROWS):
        y = SHEET_TOP + row * CELL_HEIGHT
        cv2.putText(window, str(row + 1), (4, y + 11), FONT, 0.28, 40, 1, cv2.LINE_AA)
        cv2.line(window, (SHEET_LEFT, y), (WIDTH, y), 200, 1)
        for column in range(COLUMNS):
            x = SHEET_LEFT + column * CELL_WIDTH
            if cells.random() < 0.5:                      # a cell's fill (formatting)
                window[y + 1:y + CELL_HEIGHT, x + 1:x + CELL_WIDTH] = int(cells.integers(120, 235))
            if cells.random() < 0.25:
                continue                                  # an empty cell
            text = (str(words[int(cells.integers(len(words)))]) if column == 0
                    else f"{cells.integers(10, 99999) / 100:.2f}")
            cv2.putText(window, text, (x + 4, y + 13), FONT, 0.42, 0, 1, cv2.LINE_AA)
    for column in range(COLUMNS + 1):
        x = SHEET_LEFT + column * CELL_WIDTH
        cv2.line(window, (x, SHEET_TOP), (x, SHEET_TOP + ROWS * CELL_HEIGHT), 200, 1)
    window[HEIGHT - 12:] = 210                            # the sheet tabs
    cv2.putText(window, f"Sheet{sheet}   Sheet{sheet + 1}", (6, HEIGHT - 3), FONT, 0.3, 30, 1,
                cv2.LINE_AA)
    return window


def typed(seconds: float) -> str:
    """The formula bar's text at ``seconds``: each of ``PHRASES`` typed a letter every
    ``PACE``, held a second, then cleared for the next."""
    clock = 0.0
    for phrase in PHRASES:
        typing = len(phrase) * PACE
        if seconds < clock + typing:
            return phrase[:int((seconds - clock) / PACE)]
        if seconds < clock + typing + 1.0:
            return phrase
        clock += typing + 1.0
    return ""


def recorded(sheet: int) -> np.ndarray:
    """``sheet_window`` recorded for ``SECONDS``: short phrases typed into its formula bar
    (``typed``), while a pointer glides between points over the sheet and rests (as
    held_out_23's recordings: all else stays put)."""
    base = sheet_window(sheet)
    stops = np.random.default_rng([sheet, 11])
    points = np.column_stack([stops.uniform(40, WIDTH - 40, 24),
                              stops.uniform(70, HEIGHT - 30, 24)])
    made = []
    for number in range(int(SECONDS * RATE)):
        leg, into = divmod(number / RATE, 1.5)
        here, there = points[int(leg)], points[int(leg) + 1]
        x, y = here + (there - here) * min(1.0, into / 0.75)
        frame = base.copy()
        cv2.putText(frame, typed(number / RATE), (64, 50), FONT, 0.3, 30, 1, cv2.LINE_AA)
        arrow = np.int32([[x, y], [x, y + 12], [x + 3, y + 9], [x + 6, y + 14], [x + 8, y + 13],
                          [x + 5, y + 8], [x + 9, y + 8]])
        cv2.fillPoly(frame, [arrow], 255, cv2.LINE_AA)
        cv2.polylines(frame, [arrow], True, 0, 1, cv2.LINE_AA)
        made.append(frame)
    return np.stack(made)


def cropped(frames: np.ndarray) -> np.ndarray:
    """2-10 s of ``frames``, 82 % of each side kept off centre (right and down), scaled back."""
    x, y = round(0.15 * WIDTH), round(0.14 * HEIGHT)
    kept = frames[int(2 * RATE):int(10 * RATE),
                  y:y + round(0.82 * HEIGHT), x:x + round(0.82 * WIDTH)]
    return np.stack([cv2.resize(frame, (WIDTH, HEIGHT), interpolation=cv2.INTER_AREA)
                     for frame in kept])


def turned(frames: np.ndarray, degrees: float = 4.0) -> np.ndarray:
    """2-10 s of ``frames`` turned ``degrees`` about the middle, zoomed to fill the frame."""
    matrix = cv2.getRotationMatrix2D((WIDTH / 2, HEIGHT / 2), degrees, 1.1)
    return np.stack([cv2.warpAffine(frame, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR,
                                    borderMode=cv2.BORDER_REFLECT)
                     for frame in frames[int(2 * RATE):int(10 * RATE)]])


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheet")
    original = recorded(1)
    print_ = fingerprint_file(_write(folder / "sheet.mp4", original), original=True).fingerprint
    return original, print_, folder


def _scanned(registered, frames: np.ndarray, name: str) -> list[Match]:
    """The matches (both tiers, the recording's layout, from 0.05) of ``frames`` written to a
    file and scanned."""
    _, print_, folder = registered
    upload = fingerprint_file(_write(folder / f"{name}.mp4", frames), original=False).fingerprint
    return _matcher(print_, SECONDS).match(upload, min_score=0.05)


def _best(registered, frames: np.ndarray, name: str) -> float:
    return max((match.score for match in _scanned(registered, frames, name)), default=0.0)


def test_the_recording_is_a_still_picture_whose_template_holds_the_sheet(registered):
    """The case: the pointer alone moves, so the template learnt holds most of the keyframes'
    features, the cells' numbers among them."""
    _, print_, _ = registered
    template = KeypointIndex.build([(1, print_.keypoints)]).template(1)
    assert template.drawn.mean() > 0.6
    in_cells = print_.keypoints.points[:, 1] > SHEET_TOP + 2 * CELL_HEIGHT
    assert template.drawn[in_cells].mean() > 0.5


@pytest.mark.parametrize("copy", [cropped, turned], ids=["cropped", "turned"])
def test_copies_cropped_or_turned_are_found_at_their_offset(registered, copy):
    original = registered[0]
    found = _scanned(registered, copy(original), copy.__name__)
    assert found and found[0].score >= DEFAULT_MIN_SCORE
    for segment in found[0].segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.75)


def _middles_carried(registered, frames: np.ndarray, name: str, monkeypatch) -> list[bool]:
    """For each pair of ``frames``' keyframes the geometry tier fits with the recording (those
    the template is asked about), whether its transform carries the picture's middle."""
    verdicts = []
    on_content = verify._on_content

    def asked(inliers, points, inside, template):
        verdicts.append(verify._carries_the_still_picture(inliers, points, inside, template))
        return on_content(inliers, points, inside, template)

    monkeypatch.setattr(verify, "_on_content", asked)
    _scanned(registered, frames, name)
    return verdicts


def test_a_copy_carries_the_middle_and_another_sheet_does_not(registered, monkeypatch):
    """The shape itself, pair by pair: most of the cropped copy's fitted pairs carry the
    recording's middle, none of the other sheet's (which share the window's bars and
    headers, not the cells)."""
    copy = _middles_carried(registered, cropped(registered[0]), "middle_copy", monkeypatch)
    assert copy and np.mean(copy) > 0.5
    other = _middles_carried(registered, recorded(2), "middle_other", monkeypatch)
    assert not any(other)


@pytest.mark.parametrize("sheet", [2, 3])
@pytest.mark.parametrize("shown", [lambda frames: frames, cropped], ids=["whole", "cropped"])
def test_the_same_window_around_another_sheet_is_not_matched(registered, sheet, shown):
    """The program's other file: the same menu, toolbar, headers and grid around other numbers
    shares the window's edges, not its middle."""
    assert _best(registered, shown(recorded(sheet)), f"other{sheet}") < DEFAULT_MIN_SCORE


def test_a_pair_by_the_middle_alone_is_kept_only_with_a_screen_recording():
    """A low-detail original's picture is as still as a screenshot (held_out_23's `q0258`, another
    seed, carried `low_detail_0`'s middle): the pairs standing by the middle alone are kept with
    an original whose layout is a still picture or a picture typed on, and dropped otherwise."""
    from datetime import datetime, timezone

    from origin.match.decide import OriginalInfo
    from origin.match.matcher import IndexedOriginal, _by_middle_kept
    from origin.match.verify import VerifiedPair
    from origin.video.layout import StaticLayout

    pairs = [VerifiedPair(1, frame, frame, 40, 1.0, 0.0, (0.0, 0.0), 1.0, 0.5, by_middle=middle)
             for frame, middle in enumerate([False, True, True])]
    info = OriginalInfo(1, "o", "o.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc), SECONDS)
    static = np.ones((1, 32, 32), bool)
    screen = IndexedOriginal(info, np.zeros(0), None,
                             StaticLayout(static, np.zeros((0, 8), np.uint8), still=True))
    moving = IndexedOriginal(info, np.zeros(0), None,
                             StaticLayout(static, np.zeros((0, 8), np.uint8)))
    assert _by_middle_kept(pairs, screen) == pairs
    for other in (moving, IndexedOriginal(info, np.zeros(0))):
        assert _by_middle_kept(pairs, other) == pairs[:1]
