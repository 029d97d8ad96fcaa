"""An original's content region: the part of its picture a tool's frame is drawn around.

A reaction video, a news frame, a slide template draws the same bars (a title, a list, a
ticker) and often the same corner box (the same reactor's face clip) on every video it makes.
Where that frame sets most of an original's whole-picture codes, another video made with the
same tool around other content meets them as closely as a copy does: held_out_24's `q0141`
(the reaction's title bar and face clip around another game, mostly white) met
`reaction_bomber` at 1.0, `q0267` (the slide template around another gradient) met
`low_detail_0` at 0.97, both demoted (docs/matching.md, *Content regions tried at stop 49*,
*Content regions at stop 50*).

So each original learns, when it is registered, the rectangle of its whole view's 32x32 hash
input that moves while a drawn frame around it stays put (``learn``), and keeps one code per
good frame of that rectangle alone, cropped and scaled to the hash input (``content_codes``).
The matcher hashes the upload's hit views the same way and asks whether the two agree
(``match.matcher``), each upload view turned and scaled a little (``jittered``): a corner box
inside the rectangle stays in it, a small share of its cells, while the rest of the rectangle
tells the clip. An original whose picture moves to its edges
(a film, a hand-held camera) has no frame and no content region.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from origin.video.hashers import PHash, hamming
from origin.video.layout import DRAWN_LEVELS, MIN_FRAMES, STATIC_LEVELS, _spread

LINE_MOVING = 0.25       # of a row's (a column's) cells moving at least: the row is the content's,
                         # a bar's few moving cells (a ticker's dot, a clock) are not
MIN_CONTENT = 0.25       # of the whole view's cells: the content rectangle at least
MIN_FRAME = 0.05         # of the whole view's cells outside the rectangle at least: a tool's frame
FRAME_DRAWN = 0.9        # of those outside cells drawn (``layout.DRAWN_LEVELS``): a frame a
                         # program draws, not a scene's still background
CONTENT_MOVING = 0.5     # of the rectangle's cells moving at least: its content changes
GRID = 2                 # the rectangle is coded in GRID x GRID parts, each alone (``content_codes``):
                         # a corner box the tool draws (the same face clip), a logo burnt in over
                         # a copy, each takes one part, and the median part's distance is the
                         # content's (``parts_apart``)
ASPECT_SLACK = 0.15      # an upload view whose rectangle's width to height is this far (a share)
                         # from the original picture's is not a copy of all of it: its content
                         # is not compared (``ContentRegion.fits``)
JITTER_TURNS = (-3.0, -1.5, 0.0, 1.5, 3.0)      # degrees, and
JITTER_SCALES = (0.92, 0.96, 1.0, 1.04, 1.08)   # sizes: an upload view's content is compared
                         # turned and scaled each way, the nearest counting (``jittered``, frames50)
FRAME_DETAIL = 8.0       # grey levels: the surround's mean picture spreads (std) at least this much:
                         # a drawn frame has bars, text and lines; a dark scene's still edge does not
                         # (held_out_24's hand-held lava at night: 0.6; the tools' frames 17-57)
VERSION = 1


@dataclass(frozen=True)
class ContentRegion:
    """``box``: the content rectangle in cells of the whole view's hash input (top, bottom,
    left, right; bottom and right exclusive); ``codes[f]``: the codes of that rectangle's
    ``GRID`` x ``GRID`` parts in the original's good frame ``f`` (one row per good frame, in
    the codes' frame order); ``aspect``: the original picture's width to height."""

    box: tuple[int, int, int, int]
    codes: np.ndarray     # uint8 [frames, GRID * GRID, 8]
    aspect: float

    def fits(self, widths: np.ndarray, heights: np.ndarray) -> np.ndarray:
        """Per upload view rectangle (``widths`` x ``heights`` pixels), whether its shape is
        the original picture's (``ASPECT_SLACK``): a 9:16 canvas's whole frame met a 16:9
        original's whole codes where its layout found no box round the copy, and its crop
        there is not the content's."""
        shapes = widths / np.maximum(heights, 1e-9)
        return np.abs(shapes / self.aspect - 1.0) <= ASPECT_SLACK

    def to_bytes(self) -> bytes:
        head = np.array([VERSION, *self.box, len(self.codes)], np.uint32).tobytes()
        return head + np.array([self.aspect], np.float32).tobytes() + \
            np.ascontiguousarray(self.codes, np.uint8).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "ContentRegion | None":
        """The region stored by ``to_bytes``; None for a version this code does not read."""
        version, top, bottom, left, right, count = np.frombuffer(data[:24], np.uint32)
        if version != VERSION:
            return None
        size = GRID * GRID * 8 * int(count)
        [aspect] = np.frombuffer(data[24:28], np.float32)
        codes = np.frombuffer(data[28:28 + size], np.uint8).reshape(int(count), GRID * GRID, 8)
        return cls((int(top), int(bottom), int(left), int(right)), codes, float(aspect))


def learn(inputs: np.ndarray, aspect: float) -> ContentRegion | None:
    """The content region of an original from its good frames' whole-view hash inputs
    (``inputs``: uint8 [frames, 32, 32]) of its picture (``aspect``: width to height), or None:
    too few frames, or no rectangle of rows and columns that move (``LINE_MOVING``) filling
    ``MIN_CONTENT`` of the view, mostly moving (``CONTENT_MOVING``), with ``MIN_FRAME`` of the
    view outside it, that outside drawn (``FRAME_DRAWN``) and with detail of its own
    (``FRAME_DETAIL``)."""
    if len(inputs) < MIN_FRAMES:
        return None
    spread = _spread(inputs)
    moving, drawn = spread >= STATIC_LEVELS, spread < DRAWN_LEVELS
    rows = np.flatnonzero(moving.mean(axis=1) >= LINE_MOVING)
    columns = np.flatnonzero(moving.mean(axis=0) >= LINE_MOVING)
    if not len(rows) or not len(columns):
        return None
    box = (int(rows[0]), int(rows[-1]) + 1, int(columns[0]), int(columns[-1]) + 1)
    inside = np.zeros_like(moving)
    inside[box[0]:box[1], box[2]:box[3]] = True
    if (float(inside.mean()) < MIN_CONTENT or float((~inside).mean()) < MIN_FRAME
            or float(drawn[~inside].mean()) < FRAME_DRAWN
            or float(moving[inside].mean()) < CONTENT_MOVING
            or float(np.asarray(inputs, np.float32).mean(axis=0)[~inside].std()) < FRAME_DETAIL):
        return None
    return ContentRegion(box, content_codes(inputs, box), aspect)


def content_codes(inputs: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """Codes ([n, GRID * GRID, 8]) of the ``GRID`` x ``GRID`` parts of the ``box`` cells of
    whole-view hash ``inputs`` ([n, 32, 32]), each part alone scaled back to the hash input:
    the same for an original's frames and an upload's views (``layout.upload_inputs``), so
    their codes compare."""
    top, bottom, left, right = box
    size = PHash.input_size
    rows = np.linspace(top, bottom, GRID + 1).round().astype(int)
    columns = np.linspace(left, right, GRID + 1).round().astype(int)
    pixels = np.asarray(inputs, np.float32)
    parts = [cv2.resize(picture[rows[row]:rows[row + 1], columns[column]:columns[column + 1]],
                        (size, size), interpolation=cv2.INTER_LINEAR)
             for picture in pixels for row in range(GRID) for column in range(GRID)]
    if not parts:
        return np.zeros((0, GRID * GRID, PHash.bits // 8), np.uint8)
    return PHash.codes(np.stack(parts)).reshape(len(pixels), GRID * GRID, PHash.bits // 8)


def parts_apart(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The content distance of every pair of ``first`` ([a, GRID * GRID, 8]) and ``second``
    ([b, GRID * GRID, 8]) content codes ([a, b]): the median of their parts' Hamming distances,
    so that one part another picture covers (a corner box, a logo) neither makes nor breaks
    it."""
    return np.median(hamming(first[:, None, :, :], second[None, :, :, :]), axis=2)



def jittered(inputs: np.ndarray) -> np.ndarray:
    """[n, len(JITTER_TURNS) * len(JITTER_SCALES), 32, 32]: each hash input of ``inputs``
    ([n, 32, 32]) turned and scaled about its centre by the small amounts a copy's whole codes
    tolerate (frames50): a crop's parts scaled to 32x32 magnify a 2.5 degree turn and the zoom
    that fills its corners (held_out_24's `q0053`, a true copy, read 23 bits off unjittered)."""
    size = inputs.shape[-1]
    centre = ((size - 1) / 2, (size - 1) / 2)
    matrices = [cv2.getRotationMatrix2D(centre, turn, scale)
                for turn in JITTER_TURNS for scale in JITTER_SCALES]
    out = np.zeros((len(inputs), len(matrices), size, size), np.float32)
    for number, picture in enumerate(np.asarray(inputs, np.float32)):
        for view, matrix in enumerate(matrices):
            out[number, view] = cv2.warpAffine(picture, matrix, (size, size),
                                               flags=cv2.INTER_LINEAR,
                                               borderMode=cv2.BORDER_REPLICATE)
    return out
