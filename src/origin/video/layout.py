"""An original's static layout: the cells of its hash input that stay put while the rest moves.

A rendering tool or a template draws the same frame around whatever it shows: a chart's L of
axes with its ticks and labels around a volume meter's bars, a title bar and a box's rule around
a vectorscope, a mat and a caption strip around a picture. Where that frame is most of the
picture, the original's codes are the frame's codes (held_out_16's `showvolume` on a chart's
axes: all 64 bits of its whole-picture codes the same at every instant), and another rendering
by the same tool in the same frame meets them as closely as a copy does (docs/matching.md,
*Static layouts at stop 41*).

So each original learns, when it is registered, which cells of each view's 32x32 hash input
barely change over its good frames (``STATIC_LEVELS``), and keeps, beside each of its codes, the
code of the same input with those cells painted with the mean of the cells that move
(``masked``): a code of what moves inside the layout alone. An original has a layout only where
most cells stay put and some move (``MIN_STATIC``, ``MIN_MOVING``), or where fewer stay put but
frame one moving rectangle (``MIN_FRAMED``: a phone player round its picture), or where a
template frames several moving windows (a streamer's overlay: the game, a webcam box, a chat),
whose largest wholly moving rectangle alone is what moves (``_windows_layout``; docs/matching.md,
*Templates framing several moving windows at stop 46*): a film moves everywhere, and a still
picture's codes are its content, not a frame around it. Where most of
what moves changes once, a column at a time (a loudness history filling in at its fixed pace),
what moves is the tool's clock, the same in every rendering: every cell is static, and the
original's codes give no global evidence (docs/matching.md, *Framed pictures and clocks at stop
43*). Where nothing moves but a pointer (fewer than ``MIN_MOVING`` of the cells) over a picture
drawn by a program (``MIN_STATIC`` of the cells drawn), the original is a still picture
(``still``): a screen recording of one program's window, whose other screenshots share most of
its codes (docs/matching.md, *Still screen recordings at stop 44*): the matcher holds its
matches at a review's score. Where what moves is a user's ink on such a picture, text typed or
strokes drawn that stay (``nearly_still``), the original keeps that ink (``Ink``) and the
matcher counts a global hit only as far as the upload shows it at that moment (docs/matching.md,
*Typed and drawn screen recordings at stop 45*). Else the matcher hashes the upload's frame the
same way with the original's static cells and counts a global-tier hit on such an original only
as far as the two masked codes agree (``match.matcher``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from origin.video.hashers import PHash

STATIC_LEVELS = 6.0      # gray levels: a hash-input cell whose 10th-90th percentile spread over
                         # the original's good frames is under this stays put (is painted over)
DRAWN_LEVELS = 2.0       # and under this, it is drawn: a tool's frame, not a camera's still
                         # background, which flickers by more (the main suite's street camera
                         # and tree keep 0.27-0.52 of their cells under it, 0.59-0.90 under 6)
MIN_STATIC = 0.65        # of the whole view's cells: an original has a layout only where this
                         # many are drawn (held_out_16's polar scope 0.71, its meter 0.96; a
                         # dark sky round a planet 0.63)
MIN_MOVING = 0.02        # and at least this many move (a still picture's codes are its content)
MIN_MOVING_CONTRAST = 20.0   # gray levels: the moving cells' standard deviation (median over the
                         # frames) a masked code needs to be more than noise: held_out_7's plot
                         # drawn in thin lines (12) met its picture-in-picture copy 26 bits off
                         # at the copy's moment; held_out_16's meter 70, polar scope 92
MIN_FRAMED = 0.3         # of the whole view's cells: a template framing one moving rectangle
                         # (a phone player's status bar, comments column and caption round a
                         # picture: held_out_18's `hh_drop_phone` 0.42 drawn) has a layout with
                         # this many drawn, where the cells outside the rectangle are drawn
                         # (``FRAMED_OUTSIDE``) and most of it moves (``FRAMED_FILL``, ``_framed``)
MIN_GAIN = 0.3           # an upload's hash input fitted to an original's program picture with a
                         # smaller gain is not that picture (``Ink.agreement``)
FRAMED_FILL = 0.85       # of the moving cells' bounding rectangle that moves: one picture, not
                         # a camera's scattered movers (a street's cars and walkers)
FRAMED_OUTSIDE = 0.95    # of the cells outside that rectangle drawn: a template, not a scene
MIN_MAIN_WINDOW = 0.35   # of the whole view's cells: a template framing several moving windows
                         # (a streamer's overlay: the game, a webcam box, a chat) keeps only its
                         # largest wholly moving rectangle (``_main_window``) as what moves where
                         # that rectangle is this much of the view (held_out_22's `stream_levels`
                         # 0.56, drawn 0.19: neither ``MIN_STATIC`` nor ``MIN_FRAMED``)
MAIN_OUTSIDE_DRAWN = 0.3  # of the cells outside it drawn at least (the overlay's bar, logo, name)
ONCE_SHARE = 0.5         # of the moving cells: where this many change once, a column at a time
SWEEP = 0.8              # (the column explains this share of when, ``_changes_once``), what
                         # moves is the tool's clock (a history filling in), not its content:
                         # the layout gives no global evidence (every cell static)
MIN_FRAMES = 8           # good frames at least to tell what stays put
MAX_FRAMES = 2400        # good frames' inputs kept at most to learn it (10 min at 4 a second)
NEAR_MOVING = 0.15       # of the whole view's cells moving at most where a user's ink is what
                         # moves (``nearly_still``: a line of typed text, a route drawn across
                         # a map; held_out_20's `screen_report_drawn` 0.062, `screen_home_drawn`
                         # 0.073)
INK_SHARE = 0.5          # of the moving cells that change once and stay (``Ink``): text that grows,
                         # strokes that stay; a pointer's cells come and go
MIN_INK = 4              # such cells at least
INK_MOMENTS = 4          # frames at least at which they change: a user's ink comes letter by
                         # letter, stroke by stroke; a cut changes its cells at once (held_out_19's
                         # `low_detail_1`: half its picture at frame 16, the rest at 32)
TEXT_ROWS = 3            # rows of the hash input at most that a line of typed text's ink spans
                         # (``Ink.line``; a field's 10-14 px of letters in 8.4 px rows)
NO_MOMENT = 65535        # ``Ink.moment`` of a cell no ink reaches
VERSION = 3              # 1: no ``still`` flag (read as False); 2: no ``ink`` (read as None)


@dataclass(frozen=True)
class Ink:
    """What a user adds to a program's picture and leaves there (``nearly_still``: typed text,
    drawn strokes), per view's hash input: each cell's level before (the program's picture:
    every cell's median where no ink reaches it), its level after, and the good frame's number
    from which it shows that level (``NO_MOMENT``: no ink reaches it)."""

    before: np.ndarray     # uint8 [views, 32, 32]
    after: np.ndarray      # uint8 [views, 32, 32]
    moment: np.ndarray     # uint16 [views, 32, 32]

    def agreement(self, inputs: np.ndarray, views: np.ndarray, frames: np.ndarray,
                  static: np.ndarray) -> np.ndarray:
        """Per upload hash input (``inputs`` [n, 32, 32], each hit on view ``views[i]`` of the
        original's good frame ``frames[i]``), how much of the ink the original shows at that
        frame it shows too, 0-1: its input is fitted to the program's picture (gain and offset
        over the view's ``static`` cells no ink reaches), and what is left in the ink's cells
        is compared with the ink there: 1 less its squared error over the ink's (1: all of it,
        0: the program's picture alone or other ink, as far off). A frame of the original with
        fewer than ``MIN_INK`` cells inked yet gives 0: it shows the program alone, as its other
        screens do."""
        found = np.zeros(len(inputs))
        for number, (picture, view, frame) in enumerate(zip(inputs, views, frames)):
            inked = self.moment[view] != NO_MOMENT
            shown = inked & (self.moment[view] <= frame)
            if int(shown.sum()) < MIN_INK:
                continue
            program = static[view] & ~inked
            before = self.before[view].astype(np.float64)
            gain, offset = np.polyfit(before[program], picture[program].astype(np.float64), 1) \
                if program.sum() > 2 and np.ptp(before[program]) > 0 else (0.0, 0.0)
            if gain < MIN_GAIN:
                continue
            left = (picture[inked].astype(np.float64) - offset) / gain - before[inked]
            ink = np.where(shown, self.after[view].astype(np.float64) - before, 0.0)[inked]
            found[number] = max(0.0, 1.0 - float(((left - ink) ** 2).sum()) / float(ink @ ink))
        return found

    @property
    def line(self) -> bool:
        """Whether the ink of the first view (the whole picture) lies in ``TEXT_ROWS`` rows of
        its hash input or fewer: a line of typed text, not a figure drawn."""
        rows = np.flatnonzero((self.moment[0] != NO_MOMENT).any(axis=1))
        return len(rows) > 0 and int(rows[-1] - rows[0]) < TEXT_ROWS

    def to_bytes(self) -> bytes:
        return (np.ascontiguousarray(self.before, np.uint8).tobytes()
                + np.ascontiguousarray(self.after, np.uint8).tobytes()
                + np.ascontiguousarray(self.moment, np.uint16).tobytes())

    @classmethod
    def from_bytes(cls, data: bytes, views: int) -> "Ink":
        size = PHash.input_size
        shape, cells = (views, size, size), views * size * size
        return cls(np.frombuffer(data[:cells], np.uint8).reshape(shape),
                   np.frombuffer(data[cells:2 * cells], np.uint8).reshape(shape),
                   np.frombuffer(data[2 * cells:4 * cells], np.uint16).reshape(shape))


@dataclass(frozen=True)
class StaticLayout:
    """``static[v]``: the cells of view ``v``'s hash input that stay put; ``codes[j]``: the
    masked code (``masked``) of the original's code ``j`` (frame-major, as the codes)."""

    static: np.ndarray     # bool [views, 32, 32]
    codes: np.ndarray      # uint8 [m, 8]
    still: bool = False    # a drawn still picture (``still``): no masked codes, its own codes
                           # are the evidence, and they cannot tell it from the program's other
                           # screens (``match.matcher``: at most a review)
    ink: Ink | None = None   # a program's picture a user types or draws on (``nearly_still``):
                             # no masked codes, its codes count as far as the upload shows the ink

    @property
    def windowed(self) -> bool:
        """Whether what moves in every view is one rectangle inside the template (``learn``'s
        template of several windows, ``_windows_layout``, or a framed picture): its masked codes
        are that window's alone, so the matcher pairs each upload code with the nearest of them
        (``match.matcher._moving_hits``) rather than with the code the index found, which is
        mostly the template's, alike at every moment (held_out_22's `stream_levels`)."""
        return bool(len(self.codes)) and not self.clock and all(
            _rectangle(~view) for view in self.static if (~view).any())

    @property
    def clock(self) -> bool:
        """Whether every cell of every view stays put (``learn``: what moves is the tool's
        clock, the same in every rendering), so the original's codes give no global evidence."""
        return bool(self.static.all())

    def to_bytes(self) -> bytes:
        views = len(self.static)
        head = np.array([VERSION, views, len(self.codes), self.still, self.ink is not None],
                        np.uint32).tobytes()
        return head + np.packbits(self.static.reshape(views, -1), axis=1).tobytes() + \
            np.ascontiguousarray(self.codes, np.uint8).tobytes() + \
            (b"" if self.ink is None else self.ink.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> "StaticLayout | None":
        """The layout stored by ``to_bytes`` (or by version 1, which had no ``still`` flag, or
        2, which had no ``ink``); None for a version this code does not read."""
        version, views, count = np.frombuffer(data[:12], np.uint32)
        if version not in (1, 2, VERSION):
            return None
        head = {1: 12, 2: 16}.get(int(version), 20)
        flags = np.frombuffer(data[12:head], np.uint32)
        still = version != 1 and bool(flags[0])
        inked = version >= 3 and bool(flags[1])
        size = PHash.input_size * PHash.input_size
        cells = head + views * size // 8
        static = np.unpackbits(np.frombuffer(data[head:cells], np.uint8).reshape(views, -1),
                               axis=1)[:, :size].astype(bool)
        end = cells + 8 * count
        codes = np.frombuffer(data[cells:end], np.uint8).reshape(count, 8)
        ink = Ink.from_bytes(data[end:], int(views)) if inked else None
        return cls(static.reshape(views, PHash.input_size, PHash.input_size), codes, still, ink)


def learn(inputs: list[np.ndarray]) -> np.ndarray | None:
    """The static cells of each view (``inputs[v]``: uint8 [frames, 32, 32], the good frames'
    hash inputs of view ``v``), or None where the original has no layout in its first view
    (the whole picture): too few frames, too few cells drawn (``DRAWN_LEVELS``: ``MIN_STATIC``,
    or ``MIN_FRAMED`` round one moving rectangle, ``_framed``, and no template of several moving
    windows, ``_windows_layout``), too few that move, or what moves
    too faint to hash (``MIN_MOVING_CONTRAST``, not asked of a framed rectangle: its moving
    part is a whole picture, whose codes its copies meet as any picture's). Where most of what
    moves changes once (``_changes_once``: a loudness history filling in, a progress bar), every
    cell of every view is static: what moves is the tool's clock, the same in every rendering,
    and the codes tell no rendering from another (``masked`` then gives one code)."""
    if not len(inputs) or len(inputs[0]) < MIN_FRAMES:
        return None
    static, drawn_cells = [], None
    for number, view in enumerate(inputs):
        spread = _spread(view)
        static.append(spread < STATIC_LEVELS)
        if number == 0:
            drawn_cells = spread < DRAWN_LEVELS
    moving = ~static[0]
    drawn = float(drawn_cells.mean())
    if float(moving.mean()) < MIN_MOVING:
        return None
    framed = drawn < MIN_STATIC and drawn >= MIN_FRAMED and _framed(moving, drawn_cells)
    if drawn < MIN_STATIC and not framed:
        return _windows_layout(static, drawn_cells, inputs[0])
    if not framed and float(np.median(inputs[0][:, moving].astype(np.float32).std(axis=1))) \
            < MIN_MOVING_CONTRAST:
        return None
    if _changes_once(inputs[0], moving):
        return np.ones((len(inputs), *moving.shape), bool)
    return np.stack(static)


def still(inputs: list[np.ndarray]) -> "StaticLayout | None":
    """The layout of an original that is one drawn picture with a pointer over it, or None:
    fewer than ``MIN_MOVING`` of its first view's cells move, and ``MIN_STATIC`` or more are
    drawn (``DRAWN_LEVELS``), over ``MIN_FRAMES`` good frames at least (``inputs`` as ``learn``
    takes them); it keeps no masked codes.

    held_out_19's screen recordings of Tux Paint (0.011-0.017 of the cells move, 0.97-0.98
    drawn): another screenshot of the same window with a pointer over it met `screen_shapes`'
    codes 2-6 bits off at every instant and was demoted at 1.0; aligned at 32x32 it agrees with
    the original (correlation 0.95-0.96) as well as a framed or stacked true copy does
    (0.966-0.98). A camera's still shot flickers (the main suite's tree: 0.27-0.52 drawn) and
    is footage, not a picture a program draws."""
    if not len(inputs) or len(inputs[0]) < MIN_FRAMES:
        return None
    first = _spread(inputs[0])
    if float((first >= STATIC_LEVELS).mean()) >= MIN_MOVING or \
            float((first < DRAWN_LEVELS).mean()) < MIN_STATIC:
        return None
    static = np.stack([first < STATIC_LEVELS] + [_spread(view) < STATIC_LEVELS
                                                  for view in inputs[1:]])
    return StaticLayout(static, np.zeros((0, PHash.bits // 8), np.uint8), still=True)


def nearly_still(inputs: list[np.ndarray]) -> "StaticLayout | None":
    """The layout of a program's picture on which a user types or draws (``Ink``), or None:
    ``MIN_STATIC`` or more of its first view's cells drawn, ``MIN_MOVING`` to ``NEAR_MOVING``
    of them moving, and ``INK_SHARE`` of those (``MIN_INK`` at least) changing once and
    staying (``_steps``), over ``MIN_FRAMES`` good frames at least (``inputs`` as ``learn``
    takes them); it keeps no masked codes.

    Generated program windows (tests/match/test_nearly_still_screens.py): a route drawn across
    a map learnt a layout whose masked codes are the map under the route's cells (a thin line
    barely moves them), so the same window with another route, another panel or a pointer alone
    met them at 0.88-0.98; a search typed into a field filled in a column at a time and read as
    a clock (``_changes_once``), so its copies had no global evidence. What tells a copy from
    the program's other screens is the ink: where it is, from when."""
    if not len(inputs) or len(inputs[0]) < MIN_FRAMES:
        return None
    first = _spread(inputs[0])
    moving = float((first >= STATIC_LEVELS).mean())
    if float((first < DRAWN_LEVELS).mean()) < MIN_STATIC or not MIN_MOVING <= moving <= NEAR_MOVING:
        return None
    befores, afters, moments, statics = [], [], [], []
    for number, view in enumerate(inputs):
        spread = _spread(view)
        moves = spread >= STATIC_LEVELS
        before = np.median(view, axis=0)
        after = before.copy()
        moment = np.full(moves.shape, NO_MOMENT, np.int64)
        if len(view) >= 2 and moves.any():
            split, level_before, level_after, once = _steps(view[:, moves].astype(np.float64))
            ink = once & (np.abs(level_after - level_before) >= STATIC_LEVELS)
            if number == 0 and (int(ink.sum()) < MIN_INK or float(ink.mean()) < INK_SHARE
                                or len(np.unique(split[ink])) < INK_MOMENTS):
                return None
            cells = np.flatnonzero(moves.ravel())[ink]
            before.ravel()[cells] = level_before[ink]
            after.ravel()[cells] = level_after[ink]
            moment.ravel()[cells] = split[ink]
        elif number == 0:
            return None
        befores.append(before)
        afters.append(after)
        moments.append(moment)
        statics.append(~moves)
    ink = Ink(np.clip(np.rint(befores), 0, 255).astype(np.uint8),
              np.clip(np.rint(afters), 0, 255).astype(np.uint8),
              np.minimum(moments, NO_MOMENT).astype(np.uint16))
    return StaticLayout(np.stack(statics), np.zeros((0, PHash.bits // 8), np.uint8), ink=ink)


def _spread(view: np.ndarray) -> np.ndarray:
    """Per cell of ``view`` (uint8 [frames, 32, 32]), its 10th-90th percentile spread over the
    frames: how far it moves (``learn`` and ``still`` read cells by it)."""
    low, high = np.percentile(view.astype(np.float32), [10, 90], axis=0)
    return high - low


def _framed(moving: np.ndarray, drawn: np.ndarray) -> bool:
    """Whether the moving cells are one rectangle of picture inside a drawn template: they fill
    ``FRAMED_FILL`` of their bounding rectangle, and ``FRAMED_OUTSIDE`` of the cells outside it
    are drawn."""
    rows, columns = np.flatnonzero(moving.any(axis=1)), np.flatnonzero(moving.any(axis=0))
    box = np.zeros_like(moving)
    box[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1] = True
    return (float(moving[box].mean()) >= FRAMED_FILL and not box.all()
            and float(drawn[~box].mean()) >= FRAMED_OUTSIDE)


def _windows_layout(static: list[np.ndarray], drawn: np.ndarray, first: np.ndarray
                    ) -> np.ndarray | None:
    """The static cells of a template framing several moving windows (a streamer's overlay: the
    game, a webcam box and a chat beside it, a bar of logo and name below), or None; ``static``:
    each view's cells that stay put, as ``learn`` reads them. Of the first view's moving cells,
    the largest wholly moving rectangle (``_main_window``) is
    ``MIN_MAIN_WINDOW`` of the view, other cells move outside it (another window), and
    ``MAIN_OUTSIDE_DRAWN`` of the cells outside it are ``drawn``. Every cell but each view's own
    largest moving rectangle is static: the evidence is the main window alone, and the matcher
    pairs each upload code with the original's nearest masked code (``StaticLayout.windowed``),
    not the index's, which the template placed. Where what moves in the main window changes once
    (``_changes_once``, in the first view's inputs ``first``), a history filling in, every cell is
    static, as ``learn`` reads a clock. ``MIN_MOVING_CONTRAST`` is not asked: a faint game beside
    a drawn overlay is the case the layout is for (held_out_22's `stream_levels`: 24 gray levels;
    without a layout its whole codes are the overlay's).

    held_out_22: the same overlay with the same webcam (drifting the same way) and the same chat
    around other levels of the same ball game met `stream_levels`' whole-picture codes at
    0.64-1.0 and was demoted: the webcam box and chat, the same in every piece, move, so the
    overlay learnt no layout (0.19 of its cells drawn, 0.78 moving)."""
    moving = ~static[0]
    window = _main_window(moving)
    outside = ~window
    if (float(window.mean()) < MIN_MAIN_WINDOW or not outside.any()
            or not (moving & outside).any() or float(drawn[outside].mean()) < MAIN_OUTSIDE_DRAWN):
        return None
    if _changes_once(first, window):
        return np.ones((len(static), *moving.shape), bool)
    return np.stack([outside] + [~_main_window(~view) for view in static[1:]])


def _rectangle(cells: np.ndarray) -> bool:
    """Whether the true ``cells`` (bool [rows, columns], some true) are exactly one rectangle."""
    rows, columns = np.flatnonzero(cells.any(axis=1)), np.flatnonzero(cells.any(axis=0))
    return bool(cells[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1].all())


def _main_window(moving: np.ndarray) -> np.ndarray:
    """The largest rectangle of ``moving`` (bool [rows, columns]) whose every cell moves, as a
    mask (the largest rectangle under each row's histogram of moving cells above it)."""
    best, found = 0, (0, 0, 0, 0)
    heights = np.zeros(moving.shape[1], np.int64)
    for row in range(moving.shape[0]):
        heights = np.where(moving[row], heights + 1, 0)
        for left in range(moving.shape[1]):
            low = heights[left]
            for right in range(left, moving.shape[1]):
                low = min(low, heights[right])
                if low == 0:
                    break
                if low * (right - left + 1) > best:
                    best, found = low * (right - left + 1), (row - low + 1, row + 1, left, right + 1)
    window = np.zeros_like(moving, dtype=bool)
    top, bottom, left, right = found
    window[top:bottom, left:right] = True
    return window


def _changes_once(view: np.ndarray, moving: np.ndarray) -> bool:
    """Whether what moves in a view's inputs ([frames, 32, 32]) is a history filling in: of
    the ``moving`` cells, ``ONCE_SHARE`` change once (one step from one level to another explains
    each over the clip to within ``STATIC_LEVELS``, 10th-90th percentile of what is left), and
    their steps come a column at a time (``SWEEP``: the column explains that share of the spread
    of their moments, the row under half of it): a time axis drawn across the picture.

    held_out_18's `ebur128` meter (0.72 of its moving cells change once, the column explains
    0.99 of their moments, the row 0.10; its rendering of other music 0.69, 0.86, 0.21): its
    history fills in from the right at the same pace whatever the music, and its masked codes
    met the other rendering's at the same instant 0-6 bits apart. Screencasts whose text is
    typed in once fill by lines, not columns (held_out_13's `dijkstra` 0.60 once, row 1.00;
    held_out_12's `halide_transpose` 0.53, column 0.30; `chat_screen` 0.99, column 0.10): they
    keep their layouts. Pictures that move (a camera, a gradient) change once in 0-0.37."""
    values = view[:, moving].astype(np.float64)
    if len(values) < 2 or not values.shape[1]:
        return False
    split, _, _, once = _steps(values)
    if float(np.mean(once)) < ONCE_SHARE:
        return False
    rows, columns = np.nonzero(moving)
    moments = split[once].astype(np.float64)
    return (_explained(moments, columns[once]) >= SWEEP
            and _explained(moments, rows[once]) < SWEEP / 2)


def _steps(values: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per column of ``values`` ([frames >= 2, cells], float64): the best split into one level
    before and one after (the first frame after, its level before, its level after), and whether
    that one step explains the cell over the clip (``STATIC_LEVELS``, 10th-90th percentile of
    what is left): it changes once."""
    count = len(values)
    first = np.cumsum(values, axis=0)
    second = np.cumsum(values ** 2, axis=0)
    before = np.arange(1, count)[:, None]
    # squared error of every split into a level before and a level after, per cell
    error = (second[:-1] - first[:-1] ** 2 / before) + (
        (second[-1] - second[:-1]) - (first[-1] - first[:-1]) ** 2 / (count - before))
    split = error.argmin(axis=0) + 1
    early = np.arange(count)[:, None] < split[None, :]
    level_before = np.where(early, values, 0.0).sum(axis=0) / split
    level_after = np.where(early, 0.0, values).sum(axis=0) / (count - split)
    left = values - np.where(early, level_before, level_after)
    low, high = np.percentile(left, [10, 90], axis=0)
    return split, level_before, level_after, high - low < STATIC_LEVELS


def _explained(values: np.ndarray, groups: np.ndarray) -> float:
    """The share of the spread of ``values`` that their ``groups``' means explain (eta squared):
    1 where each group's values are one, 0 where every group has the spread of all."""
    total = float(((values - values.mean()) ** 2).sum())
    if total == 0:
        return 1.0
    _, group = np.unique(groups, return_inverse=True)
    means = np.bincount(group, weights=values) / np.bincount(group)
    return 1.0 - float(((values - means[group]) ** 2).sum()) / total


def masked(inputs: np.ndarray, static: np.ndarray) -> np.ndarray:
    """Codes of hash ``inputs`` ([n, 32, 32]) with the ``static`` cells ([32, 32]) painted with
    the mean of the rest, each input's own: what moves inside the layout, alone."""
    pixels = np.asarray(inputs, np.float32).copy()
    moving = ~static
    if not moving.any():        # all static (``learn``: a clock, not content): one code
        return PHash.codes(np.zeros_like(pixels))
    fill = pixels[:, moving].mean(axis=1)
    pixels[:, static] = fill[:, None]
    return PHash.codes(pixels)


def upload_inputs(pictures: np.ndarray, frames: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """The hash inputs ([n, 32, 32], uint8) of an upload's codes again, from its small pictures
    (``Fingerprint.pictures``): the code's frame (``frames``), inside its rectangle (``boxes``:
    ``Fingerprint.boxes`` rows), flipped where mirrored. Rows without a rectangle (a filmed
    screen's flattened view) are left black: callers skip them."""
    size = PHash.input_size
    out = np.zeros((len(frames), size, size), np.uint8)
    for number, (frame, box) in enumerate(zip(frames, boxes)):
        if not np.isfinite(box).all():
            continue
        picture = pictures[frame]
        height, width = picture.shape
        left, right = round(float(box[0]) * width), round(float(box[2]) * width)
        top, bottom = round(float(box[1]) * height), round(float(box[3]) * height)
        if right - left < 2 or bottom - top < 2:
            continue
        scaled = PHash.prepare(picture[top:bottom, left:right])
        out[number] = scaled[:, ::-1] if box[4] else scaled
    return out
