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
frame one moving rectangle (``MIN_FRAMED``: a phone player round its picture): a film moves
everywhere, and a still picture's codes are its content, not a frame around it. Where most of
what moves changes once, a column at a time (a loudness history filling in at its fixed pace),
what moves is the tool's clock, the same in every rendering: every cell is static, and the
original's codes give no global evidence (docs/matching.md, *Framed pictures and clocks at stop
43*). Where nothing moves but a pointer (fewer than ``MIN_MOVING`` of the cells) over a picture
drawn by a program (``MIN_STATIC`` of the cells drawn), the original is a still picture
(``still``): a screen recording of one program's window, whose other screenshots share most of
its codes (docs/matching.md, *Still screen recordings at stop 44*): the matcher holds its
matches at a review's score. Else the matcher hashes the upload's frame the same way with the
original's static cells and counts a global-tier hit on such an original only as far as the two
masked codes agree (``match.matcher``).
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
FRAMED_FILL = 0.85       # of the moving cells' bounding rectangle that moves: one picture, not
                         # a camera's scattered movers (a street's cars and walkers)
FRAMED_OUTSIDE = 0.95    # of the cells outside that rectangle drawn: a template, not a scene
ONCE_SHARE = 0.5         # of the moving cells: where this many change once, a column at a time
SWEEP = 0.8              # (the column explains this share of when, ``_changes_once``), what
                         # moves is the tool's clock (a history filling in), not its content:
                         # the layout gives no global evidence (every cell static)
MIN_FRAMES = 8           # good frames at least to tell what stays put
MAX_FRAMES = 2400        # good frames' inputs kept at most to learn it (10 min at 4 a second)
VERSION = 2              # 1: no ``still`` flag (read as False)


@dataclass(frozen=True)
class StaticLayout:
    """``static[v]``: the cells of view ``v``'s hash input that stay put; ``codes[j]``: the
    masked code (``masked``) of the original's code ``j`` (frame-major, as the codes)."""

    static: np.ndarray     # bool [views, 32, 32]
    codes: np.ndarray      # uint8 [m, 8]
    still: bool = False    # a drawn still picture (``still``): no masked codes, its own codes
                           # are the evidence, and they cannot tell it from the program's other
                           # screens (``match.matcher``: at most a review)

    @property
    def clock(self) -> bool:
        """Whether every cell of every view stays put (``learn``: what moves is the tool's
        clock, the same in every rendering), so the original's codes give no global evidence."""
        return bool(self.static.all())

    def to_bytes(self) -> bytes:
        views = len(self.static)
        head = np.array([VERSION, views, len(self.codes), self.still], np.uint32).tobytes()
        return head + np.packbits(self.static.reshape(views, -1), axis=1).tobytes() + \
            np.ascontiguousarray(self.codes, np.uint8).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "StaticLayout | None":
        """The layout stored by ``to_bytes`` (or by version 1, which had no ``still`` flag);
        None for a version this code does not read."""
        version, views, count = np.frombuffer(data[:12], np.uint32)
        if version not in (1, VERSION):
            return None
        head = 12 if version == 1 else 16
        still = version != 1 and bool(np.frombuffer(data[12:16], np.uint32)[0])
        size = PHash.input_size * PHash.input_size
        cells = head + views * size // 8
        static = np.unpackbits(np.frombuffer(data[head:cells], np.uint8).reshape(views, -1),
                               axis=1)[:, :size].astype(bool)
        codes = np.frombuffer(data[cells:cells + 8 * count], np.uint8).reshape(count, 8)
        return cls(static.reshape(views, PHash.input_size, PHash.input_size), codes, still)


def learn(inputs: list[np.ndarray]) -> np.ndarray | None:
    """The static cells of each view (``inputs[v]``: uint8 [frames, 32, 32], the good frames'
    hash inputs of view ``v``), or None where the original has no layout in its first view
    (the whole picture): too few frames, too few cells drawn (``DRAWN_LEVELS``: ``MIN_STATIC``,
    or ``MIN_FRAMED`` round one moving rectangle, ``_framed``), too few that move, or what moves
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
        return None
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
    count = len(values)
    if count < 2 or not values.shape[1]:
        return False
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
    once = high - low < STATIC_LEVELS
    if float(np.mean(once)) < ONCE_SHARE:
        return False
    rows, columns = np.nonzero(moving)
    moments = split[once].astype(np.float64)
    return (_explained(moments, columns[once]) >= SWEEP
            and _explained(moments, rows[once]) < SWEEP / 2)


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
