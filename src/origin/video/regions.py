"""Where the copied picture sits inside a frame: strip padding, find picture-in-picture windows.

Re-uploads rarely show the original full-frame. The commonest short-video form places a landscape
video on a 9:16 canvas whose background is a blurred, enlarged copy of itself; others add solid
bars (letterbox, pillarbox, padding) or shrink the copy into a window over unrelated footage.
Global frame hashes fail on all of these unless the hash is taken over the right rectangle.

Re-uploaders also burn captions, logos, banners and timestamps into the picture. They stay put
while the picture under them moves, so a run of frames gives them away too, and
``without_overlays`` paints them over from their surroundings for an extra upload view.

All searches look at a run of frames together, because what gives a layout away is what stays
put over time: bars and blurred backgrounds have no sharp detail anywhere, and a window's edges
stay at the same rows and columns while the picture inside moves.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from origin.numeric import percentiles

MIN_SIDE = 0.25          # a window narrower than this share of the frame is not worth hashing
STEADY_FRAMES = 15       # frames spread over a window whose median edge says "stays put"
OVERLAY_STILL = 4.0           # gray levels of temporal std below which a pixel stays put
OVERLAY_EDGE = 40.0           # gray levels of local contrast that make a still pixel an overlay
OVERLAY_SHARE = (0.003, 0.4)  # of the picture: less is noise, more is a still scene
PADDING_RATIO = 0.05          # solid bars: next to no detail beside the picture
BLURRED_PADDING_RATIO = 0.30  # a blurred copy as background: far less detail than the picture
SPLIT_EDGE = 8               # gray levels of a steady step between neighbouring pixels
SPLIT_SPAN = 0.35            # of the frame's height (width): a split line's steady edge runs along
                             # this much of it unbroken (a scene's edges are scattered)
SPLIT_SIDE = 0.35            # of the frame across the seam, for each panel: a thinner strip is a
                             # title bar, a caption or a fitted picture's own edge, and hashed alone a
                             # strip of plain footage meets too many pictures (a catalogue pan, 0.914)
SPLIT_CONTRAST = 3.0         # and this many times the median column's (row's) longest run
WINDOW_EDGE = 2               # px inside a window's side still on its edge (``inside_padding``)
SCREEN_AREA = (0.2, 0.85)     # of the frame: a filmed screen's outline encloses this much (more
                              # is the frame's own border around detail everywhere)
SCREEN_LONG_SIDE = 128        # px: frames are searched for a screen's outline this small
SCREEN_SHARES = (0.91, 0.82)  # the outline scaled about its centre: the bezel inside it cut off,
                              # and that picture's centred 80 % (an original's second view)
SCREEN_VIEW_SIDE = 64         # px: a screen's picture warped to this square before hashing
SCREEN_PROBE_EVERY = 4        # frames: a window is searched in full only if one of these has one
BEZEL_LONG_SIDE = 240         # px: frames are searched for a monitor's dark bezel this small (at 128
                              # px a bezel 6 % of the screen wide is a pixel or two)
BEZEL_DARK = (40, 55, 70)     # gray levels under which a pixel may be the bezel, tried in turn
BEZEL_AREA = (0.12, 0.85)     # of the frame: the screen inside a bezel covers this much
BEZEL_SOLID = 0.85            # of its four-sided outline's area the screen's own region fills
MOIRE_SIGMA = 1.0             # px: a flattened screen softened before it is described again


@dataclass(frozen=True)
class Box:
    """A rectangle in working-frame pixels, ``[top, bottom) x [left, right)``."""

    top: int
    bottom: int
    left: int
    right: int

    def crop(self, frame: np.ndarray) -> np.ndarray:
        return frame[self.top:self.bottom, self.left:self.right]

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left

    def scaled(self, share: float) -> "Box":
        """The centred box covering ``share`` of this one's width and height."""
        dh = round(self.height * (1 - share) / 2)
        dw = round(self.width * (1 - share) / 2)
        return Box(self.top + dh, self.bottom - dh, self.left + dw, self.right - dw)


def full_box(frames: np.ndarray) -> Box:
    return Box(0, frames.shape[1], 0, frames.shape[2])


def frame_detail(frames: np.ndarray) -> np.ndarray:
    """Mean absolute Laplacian per pixel over the frames: high where there is sharp detail."""
    total = np.zeros(frames.shape[1:], dtype=np.float32)
    for frame in frames:
        total += np.abs(cv2.Laplacian(frame, cv2.CV_32F, ksize=1))
    return total / max(len(frames), 1)


def _band(profile: np.ndarray, share: float) -> tuple[int, int]:
    """The longest run of ``profile`` above ``share`` of its robust peak, as [start, end) (the
    first of equal runs; the whole profile if none). Found with array operations and
    ``numeric.percentiles``: a scan runs it ~18 times a window, and NumPy's percentile and a
    loop over the profile took ~100 µs a call (~0.5 s of CPU over the real suite's 188 uploads)."""
    [peak] = percentiles(profile, (90,))
    if peak <= 0:
        return 0, len(profile)
    steps = np.diff(np.concatenate(([False], profile >= share * peak, [False])).view(np.int8))
    starts, ends = np.flatnonzero(steps == 1), np.flatnonzero(steps == -1)
    if not len(starts):
        return 0, len(profile)
    longest = int(np.argmax(ends - starts))
    return int(starts[longest]), int(ends[longest])


def content_box(frames: np.ndarray, ratio: float, detail: np.ndarray | None = None) -> Box:
    """The picture inside solid bars, padding or a blurred-background canvas (else the frame).

    Rows and columns are kept where the time-averaged detail (``detail``: the frames'
    ``frame_detail``, if the caller has it) reaches ``ratio`` of the picture's; the margins
    must be on both sides and about even to count as padding, so a merely dark or soft edge of
    a normal frame is kept.
    """
    return _picture_in(frame_detail(frames) if detail is None else detail, ratio)


def _picture_in(detail: np.ndarray, ratio: float) -> Box:
    """``content_box`` from the frames' time-averaged detail."""
    height, width = detail.shape
    rows = cv2.blur(detail.mean(axis=1)[:, None], (1, 3)).ravel()
    cols = cv2.blur(detail.mean(axis=0)[None, :], (3, 1)).ravel()
    top, bottom = _band(rows, ratio)
    left, right = _band(cols, ratio)
    box = Box(top, bottom, left, right)
    if box.height < MIN_SIDE * height or box.width < MIN_SIDE * width:
        return Box(0, height, 0, width)
    if not _is_padding(top, height - bottom, height):
        box = Box(0, height, box.left, box.right)
    if not _is_padding(left, width - right, width):
        box = Box(box.top, box.bottom, 0, width)
    return box


def inside_padding(box: Box, detail: np.ndarray) -> Box:
    """``box`` without the solid bars inside it (``content_box`` of its part of ``detail``, the
    frames' ``frame_detail``), else ``box``.

    An original is indexed with its bars stripped (``fingerprint``): a letterboxed film, or a
    music visualiser drawn on black, is its picture's band. Framed into a window of a 9:16
    template the copy keeps those bars, and the window's code then compares a different
    framing with the original's (the real suite's scope visualiser framed in 9:16, ``q0018``:
    8-16 bits from its original's codes, 2-10 with the bars stripped)."""
    margin = WINDOW_EDGE       # the window's own edge is detail along every row and column
    if min(box.height, box.width) <= 4 * margin:
        return box
    inner = _picture_in(detail[box.top + margin:box.bottom - margin,
                               box.left + margin:box.right - margin], PADDING_RATIO)
    top, bottom, left, right = box.top, box.bottom, box.left, box.right
    if inner.height < box.height - 2 * margin:
        top, bottom = box.top + margin + inner.top, box.top + margin + inner.bottom
    if inner.width < box.width - 2 * margin:
        left, right = box.left + margin + inner.left, box.left + margin + inner.right
    return Box(top, bottom, left, right)


def _is_padding(before: int, after: int, size: int) -> bool:
    """Padding is added on both sides, about evenly, and is more than a sliver."""
    return min(before, after) >= 0.03 * size and abs(before - after) <= 0.25 * max(before, after)


def _edge_peaks(profile: np.ndarray, count: int, min_gap: int) -> list[int]:
    """Positions of the strongest local maxima of ``profile``, at least ``min_gap`` apart."""
    order = np.argsort(profile)[::-1]
    peaks: list[int] = []
    floor = 3.0 * np.median(profile) + 1e-6
    for position in order:
        if profile[position] < floor or len(peaks) == count:
            break
        if all(abs(int(position) - p) >= min_gap for p in peaks):
            peaks.append(int(position))
    return peaks


def _absdiff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(a, b) - np.minimum(a, b)          # uint8 without wrap-around


def _temporal_median(stack: np.ndarray) -> np.ndarray:
    """Per pixel, the lower median over the frames of a uint8 ``stack`` (n <= 255 frames):
    ``np.partition(stack, (n - 1) // 2, axis=0)[(n - 1) // 2]``, bit for bit, found one bit at
    a time from the top (the least value that at least (n + 1) // 2 frames are at or below).
    Eight vectorised counts cost ~0.4 of a partition along the frame axis, which works pixel
    by pixel (a third of ``upload_boxes``' CPU on the real suite)."""
    if stack.dtype != np.uint8 or not 0 < len(stack) <= 255:
        middle = (len(stack) - 1) // 2
        return np.partition(stack, middle, axis=0)[middle]
    needed = np.uint8((len(stack) - 1) // 2 + 1)
    median = np.zeros(stack.shape[1:], np.uint8)
    for bit in range(7, -1, -1):
        below = np.add.reduce(stack <= median + np.uint8((1 << bit) - 1), axis=0, dtype=np.uint8)
        median += np.where(below >= needed, np.uint8(0), np.uint8(1 << bit))
    return median


def steady_edges(frames: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(vertical, horizontal) edges that stay put over the frames: the temporal median of the
    step between neighbouring pixels, over ``STEADY_FRAMES`` frames spread over the run (None
    for fewer than 3 frames). Moving content does not produce them; a layout's seams do."""
    if len(frames) < 3:
        return None
    frames = frames[np.linspace(0, len(frames) - 1, min(len(frames), STEADY_FRAMES)).round()
                    .astype(int)]
    return (_temporal_median(_absdiff(frames[:, :, 1:], frames[:, :, :-1])),
            _temporal_median(_absdiff(frames[:, 1:], frames[:, :-1])))


def window_boxes(frames: np.ndarray, limit: int = 4,
                 steady: tuple[np.ndarray, np.ndarray] | None = None) -> list[Box]:
    """Candidate picture-in-picture windows: rectangles whose edges stay put while content moves.

    A persistent edge is one present in most frames at the same place (``steady_edges``, or
    ``steady`` when the caller has them), which moving content does not produce; candidate sides
    are the strongest such rows and columns, paired into rectangles of plausible size,
    best-supported first.
    """
    steady = steady if steady is not None else steady_edges(frames)
    if steady is None:
        return []
    steady_x, steady_y = steady                  # vertical edges, horizontal edges
    height, width = frames.shape[1:]
    col_profile = steady_x.mean(axis=0)
    row_profile = steady_y.mean(axis=1)
    cols = _edge_peaks(col_profile, 4, max(3, width // 10))
    rows = _edge_peaks(row_profile, 4, max(3, height // 10))
    candidates: list[tuple[float, Box]] = []
    for i, left in enumerate(sorted(cols)):
        for right in sorted(cols)[i + 1:]:
            if right - left < MIN_SIDE * width or right - left > 0.92 * width:
                continue
            for j, top in enumerate(sorted(rows)):
                for bottom in sorted(rows)[j + 1:]:
                    if bottom - top < MIN_SIDE * height or bottom - top > 0.92 * height:
                        continue
                    box = Box(top + 1, bottom, left + 1, right)
                    support = (steady_x[top:bottom, left].mean() + steady_x[top:bottom, right].mean()
                               + steady_y[top, left:right].mean() + steady_y[bottom, left:right].mean())
                    candidates.append((float(support), box))
    candidates.sort(key=lambda item: -item[0])
    return [box for _, box in candidates[:limit]]


def panel_boxes(frames: np.ndarray, steady: tuple[np.ndarray, np.ndarray] | None = None) -> list[Box]:
    """The panels of a split screen, each without the bars a fitted picture leaves in it.

    A split screen (a duet, a reaction, a game beside or below the copy) cuts the frame along
    a line, and the line is a steady edge unbroken over a long run of it: over the copy's rows
    at least (``SPLIT_SPAN`` of the frame) where a fitted copy leaves bars, and standing out from
    the frame's other columns (rows), where a scene's steady edges are scattered; each panel is
    ``SPLIT_SIDE`` of the frame or more. The strongest such line across the frame and the
    strongest along it each give two panels. A panel has a side on the frame's border, which no
    window of ``window_boxes`` has, and hashed whole its bars would drown the copy's picture.
    """
    steady = steady if steady is not None else steady_edges(frames)
    if steady is None:
        return []
    height, width = frames.shape[1:]
    boxes = []
    for vertical, edges, size in ((True, steady[0], width), (False, steady[1].T, height)):
        low, high = int(SPLIT_SIDE * size), int((1 - SPLIT_SIDE) * size)
        if high <= low:
            continue
        spans = _longest_runs(edges >= SPLIT_EDGE) / len(edges)
        line = low + int(spans[low:high].argmax())
        if spans[line] < max(SPLIT_SPAN, SPLIT_CONTRAST * np.median(spans)):
            continue                 # no seam, or detail everywhere (texture, noise)
        line += 1                    # the step between columns ``line - 1`` and ``line``
        sides = ([Box(0, height, 0, line), Box(0, height, line, width)] if vertical
                 else [Box(0, line, 0, width), Box(line, height, 0, width)])
        boxes += [_inside_bars(frames, side) for side in sides]
    return boxes


HALVES = ((0.0, 0.0, 0.5, 1.0), (0.5, 0.0, 1.0, 1.0), (0.0, 0.0, 1.0, 0.5), (0.0, 0.5, 1.0, 1.0))
"""left, top, right, bottom shares of the frame: where a split screen puts each of its panels"""


def halves(frames: np.ndarray, detail: np.ndarray | None = None
           ) -> list[tuple[tuple[float, float, float, float], Box]]:
    """Each of ``HALVES`` (shares of the frame) with its box in these frames, without the bars a
    picture fitted into it leaves (``detail``: the frames' ``frame_detail``, if the caller has
    it). A split screen whose seam shows no steady edge (both panels dark along it, so
    ``panel_boxes`` finds none) still puts each panel in a half."""
    height, width = frames.shape[1:]
    found = []
    for half in HALVES:
        left, top, right, bottom = half
        box = Box(round(top * height), round(bottom * height), round(left * width),
                  round(right * width))
        found.append((half, _inside_bars(frames, box, detail)))
    return found


def _longest_runs(mask: np.ndarray) -> np.ndarray:
    """Per column of a boolean ``mask``, the longest run of consecutive True rows."""
    rows = np.arange(1, len(mask) + 1)[:, None]
    last_false = np.maximum.accumulate(np.where(mask, 0, rows), axis=0)
    return (rows - last_false).max(axis=0, initial=0)


def _inside_bars(frames: np.ndarray, panel: Box, detail: np.ndarray | None = None) -> Box:
    """The part of ``panel`` with detail: the bars a picture fitted into it leaves stripped.
    Unlike ``content_box``, bars on one side count: the seam found may be the picture's own
    edge, with the panel's other bar beyond it on the far side of the seam. ``detail``: the
    whole frames' ``frame_detail``, cropped to the panel rather than computed again."""
    detail = (frame_detail(np.stack([panel.crop(frame) for frame in frames])) if detail is None
              else panel.crop(detail))
    top, bottom = _band(cv2.blur(detail.mean(axis=1)[:, None], (1, 3)).ravel(), PADDING_RATIO)
    left, right = _band(cv2.blur(detail.mean(axis=0)[None, :], (3, 1)).ravel(), PADDING_RATIO)
    if bottom - top < MIN_SIDE * panel.height or right - left < MIN_SIDE * panel.width:
        return panel
    return Box(panel.top + top, panel.top + bottom, panel.left + left, panel.left + right)


def without_overlays(pictures: np.ndarray) -> np.ndarray | None:
    """The pictures with still, sharp overlays filled in from around them; None if there are none.

    An overlay pixel keeps its value over the run (temporal std below ``OVERLAY_STILL``) and sits
    on a sharp edge of the mean picture (text strokes and outlines, logo and banner edges); the
    mask is widened over the glyphs' insides. A still scene is left alone: when the rest of the
    picture hardly moves either, stillness says nothing. Filling uses normalised convolution, so
    the hash sees the surroundings' low frequencies instead of the overlay's.
    """
    if len(pictures) < 8:
        return None
    stack = pictures.astype(np.float32)
    still = stack.std(axis=0)
    contrast = cv2.morphologyEx(stack.mean(axis=0), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    steady = (still < OVERLAY_STILL).astype(np.uint8)
    sharp = steady & (contrast > OVERLAY_EDGE)
    # A banner or box is flat inside: its still pixels belong to it when they touch its edges.
    _, parts = cv2.connectedComponents(steady, connectivity=4)
    solid = np.isin(parts, np.unique(parts[sharp.astype(bool)])) & steady.astype(bool)
    mask = cv2.dilate((solid | sharp.astype(bool)).astype(np.uint8), np.ones((7, 7), np.uint8)).astype(bool)
    if not OVERLAY_SHARE[0] < mask.mean() < OVERLAY_SHARE[1]:
        return None
    if np.median(still[~mask]) < OVERLAY_STILL:
        return None
    keep = (~mask).astype(np.float32)
    sigma = max(pictures.shape[1:]) / 24
    weight = cv2.GaussianBlur(keep, (0, 0), sigma) + 1e-3
    filled = np.empty_like(pictures)
    for number, picture in enumerate(stack):
        fill = cv2.GaussianBlur(picture * keep, (0, 0), sigma) / weight
        filled[number] = np.clip(np.where(mask, fill, picture), 0, 255).astype(np.uint8)
    return filled


def _ordered(corners: np.ndarray) -> np.ndarray:
    """Four corners as top-left, top-right, bottom-right, bottom-left."""
    total, step = corners.sum(axis=1), corners[:, 1] - corners[:, 0]
    return np.float32([corners[total.argmin()], corners[step.argmin()],
                       corners[total.argmax()], corners[step.argmax()]])


def screen_outline(frame: np.ndarray) -> np.ndarray | None:
    """The corners of a screen (or print, or window) filmed at an angle: the largest closed
    four-sided convex outline of the frame's edges enclosing a share of it in ``SCREEN_AREA``, in
    frame pixels (top-left, top-right, bottom-right, bottom-left); None if there is none.

    A phone filming a monitor sees the picture as a keystoned quadrilateral: no rectangle of
    the frame holds it, and its corners drift with the hand. The bezel's outline survives blur,
    moiré and glare that destroy local features, so it is found frame by frame. Where no such
    outline is found, the screen inside a dark bezel (``screen_in_bezel``), scaled out by
    ``SCREEN_SHARES[0]`` to stand for the outline.
    """
    height, width = frame.shape
    scale = min(1.0, SCREEN_LONG_SIDE / max(height, width))
    small = cv2.resize(frame, (max(1, round(width * scale)), max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else frame
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 20, 60), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    least, most = (share * small.shape[0] * small.shape[1] for share in SCREEN_AREA)
    best, best_area = None, least
    for contour in contours:
        _, _, box_width, box_height = cv2.boundingRect(contour)
        if box_width * box_height < best_area:
            continue
        corners = cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)
        if len(corners) != 4 or not cv2.isContourConvex(corners):
            continue
        area = cv2.contourArea(corners)
        if best_area <= area <= most:
            best, best_area = corners, area
    if best is None:
        inside = screen_in_bezel(frame)     # filmed in a room: the wall's edges break the outline
        if inside is None:
            return None
        centre = inside.mean(axis=0)        # the outline as ``SCREEN_SHARES`` expect it
        return centre + (inside - centre) / SCREEN_SHARES[0]
    return _ordered(best.reshape(4, 2).astype(np.float32) / scale)


def screen_in_bezel(frame: np.ndarray) -> np.ndarray | None:
    """The corners of a monitor's picture inside its dark bezel (a hole of ``BEZEL_AREA`` in
    the frame's dark pixels, four-sided and convex), in frame pixels (top-left, top-right,
    bottom-right, bottom-left); None if there is none (or the picture is as dark as the bezel
    at its edges).

    A phone filming a monitor in a room (the real suite's ``filmed_screen`` since held_out_16)
    sees the wall's picture all round the screen: its edges join the bezel's, so the largest
    four-sided outline of the frame's edges (``screen_outline``) is none. The bezel itself is a
    dark ring, and the screen's picture the one large hole in it (filmed49, stop 49)."""
    height, width = frame.shape
    scale = min(1.0, BEZEL_LONG_SIDE / max(height, width))
    small = cv2.resize(frame, (max(1, round(width * scale)), max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else frame
    small = cv2.GaussianBlur(small, (5, 5), 0)
    least, most = (share * small.shape[0] * small.shape[1] for share in BEZEL_AREA)
    best, best_area = None, least
    for level in BEZEL_DARK:
        dark = cv2.morphologyEx((small < level).astype(np.uint8), cv2.MORPH_CLOSE,
                                np.ones((3, 3), np.uint8))
        contours, hierarchy = cv2.findContours(dark, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
        if hierarchy is None:
            continue
        for contour, (_, _, _, parent) in zip(contours, hierarchy[0]):
            if parent < 0:                  # an outer edge of the dark pixels, not a hole in them
                continue
            area = cv2.contourArea(contour)
            if not best_area < area < most:
                continue
            hull = cv2.convexHull(contour)
            corners = cv2.approxPolyDP(hull, 0.03 * cv2.arcLength(hull, True), True)
            if len(corners) == 4 and area >= BEZEL_SOLID * cv2.contourArea(corners):
                best, best_area = corners, area
    if best is None:
        return None
    return _ordered(best.reshape(4, 2).astype(np.float32) / scale)


def flattened_screen(picture: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """``picture``'s screen inside ``corners`` (``screen_in_bezel``) warped flat to the
    picture's own size (a landscape frame: the monitor's 16:9), softened by ``MOIRE_SIGMA``:
    the screen's pixel grid beating with the camera's (moire bands) makes corners ORB keeps,
    and they are nowhere in the original."""
    height, width = picture.shape[:2]
    target = np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])
    flat = cv2.warpPerspective(picture, cv2.getPerspectiveTransform(corners.astype(np.float32), target),
                               (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return cv2.GaussianBlur(flat, (0, 0), MOIRE_SIGMA)


def screen_views(frames: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The frames that show a screen's outline (``screen_outline``), and for each of
    ``SCREEN_SHARES`` their picture inside it warped flat (``SCREEN_VIEW_SIDE`` square).

    A window is searched frame by frame only if one of every ``SCREEN_PROBE_EVERY`` frames
    shows an outline, so footage without one costs a quarter of the search.
    """
    empty = np.zeros(0, np.int64), []
    probed = {number: screen_outline(frames[number])
              for number in range(0, len(frames), SCREEN_PROBE_EVERY)}
    if all(corners is None for corners in probed.values()):
        return empty
    found, outlines = [], []
    for number, frame in enumerate(frames):
        corners = probed[number] if number in probed else screen_outline(frame)
        if corners is not None:
            found.append(number)
            outlines.append(corners)
    if not found:
        return empty
    side = SCREEN_VIEW_SIDE - 1
    square = np.float32([[0, 0], [side, 0], [side, side], [0, side]])
    views = []
    for share in SCREEN_SHARES:
        pictures = []
        for number, corners in zip(found, outlines):
            centre = corners.mean(axis=0)
            matrix = cv2.getPerspectiveTransform(centre + (corners - centre) * share, square)
            pictures.append(cv2.warpPerspective(frames[number], matrix,
                                                (SCREEN_VIEW_SIDE, SCREEN_VIEW_SIDE),
                                                flags=cv2.INTER_LINEAR))
        views.append(np.stack(pictures))
    return np.array(found, np.int64), views
