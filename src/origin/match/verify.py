"""Stage 4b, geometric verification: keyframe pairs that share descriptors become frame hits.

Local features match by the dozen between unrelated pictures (text, logos, repeating texture);
what a copy adds is one geometric transform carrying many of them onto the upload at once. Each
candidate pair is fitted with a similarity transform (scale, turn, shift: zoom, crop, rotation,
split screens, stacked and framed 9:16 layouts, picture-in-picture) by RANSAC, and kept only
with enough inliers spread over the picture and a plausible scale and turn. Filmed screens add
a few degrees of perspective, which the reprojection tolerance absorbs. Verified pairs become
the same (upload time, original time, weight) hits the global tier produces, so ``align`` asks
them for several keyframes in time order and ``decide`` scores them alike. Where an original
draws a template that stays put around what changes (a visualiser's player, a phone frame, a
program's window) and parts that turn in place (a cassette deck's reels), the inliers must lie
on what changes (``_on_content``): every video the tool renders shares the rest; and where it draws
at a fixed place what changes beside a drifting picture (a lyric bar's words), on the picture
(``_off_the_bands``). Where the template holds nearly all of a still picture (a screen recording
whose pointer alone moves: the work shown stays put with the window), a pair those refuse stands
if its transform carries the picture's middle (``_carries_the_still_picture``), with a screen
recording only (``match.matcher._by_middle_kept``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from origin.index.keypoints import KeyframePair, Template
from origin.numeric import percentiles
from origin.video.keypoints import Keypoints

MIN_INLIERS = 12              # point pairs carried by the transform
FULL_INLIERS = 40             # inliers at which a keyframe pair weighs fully, or ...
FULL_SHARE = 0.5              # ... this share of the original keyframe's features the copy shows
REPROJECTION = 0.012          # RANSAC tolerance, share of the original keyframe's long side
MIN_SCALE, MAX_SCALE = 0.2, 3.0   # copy size / original size
MAX_TURN = 25.0               # degrees
MIN_SPREAD = 0.12            # inliers' extent, share of the original keyframe's width and height,
OWN_SPREAD = 0.7             # or this share of its own features' extent, if that is less
MIN_WEIGHT = 0.3
CARRIED = 0.35               # share of the shared descriptor pairs a copy's transform carries, at least
COVERED = 0.3                # share of the shown original's feature extent a copy's inliers span, at least
COVER_PERCENTILES = (10, 90) # the extents measured between these percentiles: a few strays do not widen them
STRETCH = True               # try an affine fit where the similarity fails
MAX_STRETCH = 1.4            # one axis's scale / the other's: a 25 % cut of one side, scaled back
MAX_SHEAR = 6.0              # degrees off square between the transformed axes
STRETCH_GAIN = 1.25          # inliers the affine fit needs over a weak similarity's
BAND_SHARE = 0.25            # of the keyframe's height or width: placed features all inside a strip
                             # this narrow (``COVER_PERCENTILES``) are a bar over an empty picture
PICTURE_SPOTS = 2 * MIN_INLIERS   # spots off the bands a keyframe shows, at least, to be asked
                             # MIN_INLIERS of them (a zoom of main's screencast_c showed 12-13)
STILL_PICTURE = 0.5          # of the spots a keyframe shows, drawn (still) ones at least: a still
                             # picture, whose template cannot tell the tool from the work it shows
MIDDLE_TRIM = 0.2            # of the shown spots' extent (``COVER_PERCENTILES``) off each side:
                             # what is left is the picture's middle, off a window's bars and edges
MIDDLE_CARRIED = 0.5         # of the middle's spots, at the transform's inliers, at least


@dataclass(frozen=True)
class VerifiedPair:
    """A keyframe pair carried by one transform: ``upload = matrix @ (original, 1)``, a similarity
    (``scale * R(turn)`` and a shift) or, for a copy cropped and stretched back to a frame of
    another aspect, an affine map of about that form."""

    original: int
    upload_frame: int
    original_frame: int
    inliers: int
    scale: float                   # mean of the two axes' scales
    turn: float                    # degrees
    shift: tuple[float, float]     # px of the upload keyframe
    weight: float                  # in (0, 1]: how much this pair counts as evidence (inliers,
                                   # the share of shared descriptors they are, how much of the
                                   # original's features they span)
    share: float                   # inliers / the original keyframe's features the copy shows
                                   # (diagnostic: falls with the copy's scale, so not a gate)
    linear: tuple[float, float, float, float] = (1.0, 0.0, 0.0, 1.0)   # the 2x2 part, row-major
    by_middle: bool = False        # stands only by ``_carries_the_still_picture``: kept only
                                   # with a screen recording (``matcher._by_middle_kept``)

    @property
    def matrix(self) -> np.ndarray:
        """The transform as a 2x3 matrix, original keyframe pixels to upload keyframe pixels."""
        return np.array([[*self.linear[:2], self.shift[0]], [*self.linear[2:], self.shift[1]]],
                        np.float64)


def verify(pair: KeyframePair, original: Keypoints, upload_size: tuple[int, int],
           turns: tuple[float, ...] = (0.0,), template: Template | None = None
           ) -> VerifiedPair | None:
    """The pair if one similarity transform carries enough of its points, else None; failing
    that, one affine transform that is a similarity but for a stretch of one axis (at most
    ``MAX_STRETCH``) and a little shear (``MAX_SHEAR``): a crop scaled back to the frame.
    The transform turns the picture within ``MAX_TURN`` of one of ``turns`` (degrees).

    A pair whose original points lie on fewer than ``MIN_INLIERS`` distinct spots
    (``_spots``) is refused unfitted: no set of its inliers could count more (9 % of the
    candidates of the real suite's negatives, each two RANSAC fits)."""
    if len(pair.upload_points) < MIN_INLIERS or _spots(pair.original_points) < MIN_INLIERS:
        return None
    verified = _fitted(pair, original, upload_size, cv2.estimateAffinePartial2D, turns, template)
    if STRETCH and (verified is None or verified.inliers < CARRIED * len(pair.upload_points)):
        # a similarity that carries only part of the points may be a stretched copy's best
        # approximation; two more degrees of freedom must then carry clearly more
        stretched = _fitted(pair, original, upload_size, cv2.estimateAffine2D, turns, template)
        if stretched is not None and (verified is None
                                      or stretched.inliers >= STRETCH_GAIN * verified.inliers):
            verified = stretched
    return verified


def _fitted(pair: KeyframePair, original: Keypoints, upload_size: tuple[int, int],
            estimate, turns: tuple[float, ...] = (0.0,), template: Template | None = None
            ) -> VerifiedPair | None:
    original_size = original.size
    long_side = max(original_size)
    matrix, mask = estimate(
        pair.original_points.reshape(-1, 1, 2), pair.upload_points.reshape(-1, 1, 2),
        method=cv2.RANSAC, ransacReprojThreshold=REPROJECTION * long_side, maxIters=500,
        confidence=0.99, refineIters=10)
    if matrix is None or mask is None:
        return None
    inlier = mask.ravel().astype(bool)
    # keypoints found twice (two pyramid levels, one spot) count once
    spots = _spots(pair.original_points[inlier])
    if spots < MIN_INLIERS:
        return None
    scale_x = math.hypot(matrix[0, 0], matrix[1, 0])
    scale_y = math.hypot(matrix[0, 1], matrix[1, 1])
    scale = (scale_x + scale_y) / 2
    turn = math.degrees(math.atan2(matrix[1, 0], matrix[0, 0]))
    # angle between the transformed axes, 90 for a similarity; reflections are refused
    determinant = matrix[0, 0] * matrix[1, 1] - matrix[0, 1] * matrix[1, 0]
    shear = abs(90.0 - math.degrees(math.acos(max(-1.0, min(1.0, (
        matrix[0, 0] * matrix[0, 1] + matrix[1, 0] * matrix[1, 1]) / (scale_x * scale_y))))))
    if (not MIN_SCALE <= scale <= MAX_SCALE or _off_turns(turn, turns) > MAX_TURN
            or determinant <= 0 or max(scale_x, scale_y) > MAX_STRETCH * min(scale_x, scale_y)
            or shear > MAX_SHEAR):
        return None
    points = original.points[original.frame_of == pair.original_frame]
    landed = points @ matrix[:, :2].T + matrix[:, 2]
    inside = np.all((landed >= 0) & (landed < np.array(upload_size, np.float32)), axis=1)
    # spread over the picture, or over most of where the original keyframe has features at
    # all: a dark sky over a strip of bushes has its every feature in 13 % of its height
    # (the real suite's slides_0; a keystoned filmed screen of it, q0194, verified 2 pairs)
    extent = np.ptp(pair.original_points[inlier], axis=0)
    needed = np.minimum(MIN_SPREAD * np.array(original_size, np.float64),
                        OWN_SPREAD * _own_extent(points, inside, scale))
    if extent[0] < needed[0] or extent[1] < needed[1]:
        return None
    # of the original keyframe's features that land inside the upload's picture, how many
    # the transform carries: a copy carries most, a shared template or logo a few
    shown = _spots(points[inside])
    share = spots / max(shown, 1)
    # of the descriptor pairs the two keyframes share, how many the transform carries: a copy
    # carries most (tuning part of the real suite: 5th percentile 0.20, median 0.47), while
    # text in one font or a grid layout shares many descriptors (the same glyphs) of which only
    # a few sit where one transform puts them (a foreign slide deck: 0.09-0.26)
    carried = spots / len(pair.upload_points)
    # full weight at FULL_INLIERS, or at FULL_SHARE of the features the copy shows where it
    # shows fewer: a zoom or crop shows part of the original keyframe's capped features, and
    # a 66 % zoom of a screencast (`q0044`) could carry 15-25 inliers of the ~55 it shows
    # (docs/matching.md, issue 15)
    full = min(FULL_INLIERS, max(MIN_INLIERS, FULL_SHARE * shown))
    weight = max(MIN_WEIGHT, min(1.0, spots / full)) * min(1.0, carried / CARRIED)
    # where on the original the inliers lie: a copy's transform carries features from all over
    # the part of the original the upload shows, while a word, logo or header two unrelated
    # pictures share in one place is one small region (the slide-deck false match of the real
    # suite: a title word in one font at one place, inliers spanning ~0.12 of the slide's
    # feature extent in height; copies' pairs p5 0.24, median 0.78)
    weight *= min(1.0, _covered(pair.original_points[inlier], points[inside]) / COVERED)
    by_middle = False
    if template is not None:
        drawn = template.of_keyframe(original.frame_of == pair.original_frame)
        if not (_on_content(pair.original_points[inlier], points, inside, drawn)
                and _off_the_bands(pair.original_points[inlier], points, inside, drawn, needed,
                                   original_size)):
            if not _carries_the_still_picture(pair.original_points[inlier], points, inside, drawn):
                return None
            by_middle = True
    return VerifiedPair(pair.original, pair.upload_frame, pair.original_frame, spots,
                        scale, turn, (float(matrix[0, 2]), float(matrix[1, 2])), weight, share,
                        (float(matrix[0, 0]), float(matrix[0, 1]),
                         float(matrix[1, 0]), float(matrix[1, 1])), by_middle)


def _off_turns(turn: float, turns: tuple[float, ...]) -> float:
    """Degrees from ``turn`` to the nearest of ``turns``, around the circle."""
    return min(abs((turn - allowed + 180.0) % 360.0 - 180.0) for allowed in turns)


def _own_extent(points: np.ndarray, inside: np.ndarray, scale: float) -> np.ndarray:
    """The extent of an original keyframe's features (``points``) that the spread rule measures
    a pair's inliers against: all of them, or, where the transform enlarges the keyframe
    (``scale`` >= 1) and lands only part of them inside the upload's picture (``inside``: a
    zoom, a crop), between the ``COVER_PERCENTILES`` of those it shows. A copy can span only
    what it shows: held_out_5's off-centre crop `q0042` (scale 1.20-1.23, 52 % of a keyframe's
    features shown) and the zooms of held_out_3 and held_out_4 verified no pair. Not where it
    shrinks: a filmed screen shows all of the keyframe, and a pair fitted shrunk and half out
    of the picture is a wrong moment (held_out_3's filmed spectrum `q0013`), nor where all
    land inside (the percentiles narrow a whole picture's extent: a filmed slide pan's wrong
    keyframe verified, `q0194`; docs/matching.md, *Zooms and crops (stop 33)*)."""
    if scale < 1.0 or inside.all() or _spots(points[inside]) < 2:
        return np.ptp(points, axis=0)
    low, high = percentiles(points[inside], COVER_PERCENTILES)
    return high - low


def _spots(points: np.ndarray) -> int:
    """Distinct 3-px spots among keyframe ``points``: a corner found at two pyramid levels, or
    by two bands, counts once. (One integer per spot, counted by one sort: ``np.unique`` over
    rows costs ~10x, and over integers ~3x on these few hundred points.)"""
    codes = np.sort(_spot_codes(points))
    return int(np.count_nonzero(codes[1:] != codes[:-1])) + 1 if len(codes) else 0


def _on_content(inliers: np.ndarray, points: np.ndarray, inside: np.ndarray,
                template: Template) -> bool:
    """Whether a transform's ``inliers`` hold ``MIN_INLIERS`` spots on the part of the original
    keyframe that changes: its features (``points``, those landing inside the upload's picture
    ``inside``) but for the drawn ones of its ``template`` (``index.keypoints.Template``): those
    that stay put across the original (a player, frame, buttons and labels) and the drawn parts
    that turn in place (a cassette deck's reels). Every video a tool renders shares those:
    held_out_20's turntable drawn round other record covers verified at 0.52-1.0 on the arm,
    buttons and meters with 2-10 inliers on the record, a copy's pairs 24-31 (docs/matching.md,
    *Templates at stop 45*). A keyframe whose changing part shows fewer features than that is
    asked nothing here where it is a still picture (a still cover, a screen whose pointer alone
    moves), and verifies nothing where its turning parts show ``MIN_INLIERS``: all that changes
    there is the tool's own (held_out_21's cassette deck round other labels, 0.93-1.0 on the
    reels; *Turning parts at stop 46*)."""
    drawn = template.drawn
    if not drawn.any():
        return True
    if _spots(points[inside & ~drawn]) < MIN_INLIERS:
        return _spots(points[inside & template.turning]) < MIN_INLIERS
    return _spots(inliers[~_at_spots(inliers, points[drawn])]) >= MIN_INLIERS


def _off_the_bands(inliers: np.ndarray, points: np.ndarray, inside: np.ndarray,
                   template: Template, needed: np.ndarray, size: tuple[int, int]) -> bool:
    """Whether a transform's ``inliers`` hold ``MIN_INLIERS`` spots, or half of them, spread
    over ``needed`` (px wide and high, as the pair's own spread), off every feature where the
    tool draws at a fixed place (``Template.placed``, ``index.keypoints.placed_parts``: a lyric
    bar, a weather map's badges, a call's tiles and names) and off its drawn ones, where the
    keyframe shows
    ``MIN_INLIERS`` placed spots that are not still and ``PICTURE_SPOTS`` off them (``points``
    landing inside the upload's picture, ``inside``). Where it shows fewer than ``MIN_INLIERS``
    off them and every feature lies in one strip (``BAND_SHARE`` of its ``size``: a lyric bar
    over a fog) whose placed spots that change outnumber its still ones, the pair verifies
    nothing: the bar is all the keyframe shows, and every clip under it shows it too (a player
    that stays put round a gradient is ``_on_content``'s and ``Matcher._tells_the_clip``'s).
    Else nothing is asked (a still camera, a screen: its features stay put, and are its own).
    Half the inliers off the bands will do: a flat animation's pies rest on their spots for a
    while (a copy under big text, 10 of 16).

    held_out_23's karaoke bar (the same words at the same instants under every clip), weather
    map (the same badges over every map, the same ticker) and video call (the same cameras,
    names and toolbar round every shared window) verified 73 negatives at 0.6-1.0 with their
    inliers on the bar, the badges and ticker, the tiles; a copy's pairs hold 14-86 inliers on
    the clip (docs/matching.md, *Drawn bands at stop 47*)."""
    changing = _spots(points[inside & template.placed & ~template.drawn])
    if changing < MIN_INLIERS:
        return True
    tool = template.placed | template.drawn
    picture = _spots(points[inside & ~tool])
    if picture < MIN_INLIERS:
        return not (_one_strip(points[inside], size)
                    and changing > _spots(points[inside & template.drawn]))
    if picture < PICTURE_SPOTS:
        return True
    own = inliers[~_at_spots(inliers, points[tool])]
    spots = _spots(own)
    return ((spots >= MIN_INLIERS or 2 * spots >= _spots(inliers))
            and bool(np.all(np.ptp(own, axis=0) >= needed)))


def _carries_the_still_picture(inliers: np.ndarray, points: np.ndarray, inside: np.ndarray,
                               template: Template) -> bool:
    """Whether a transform carries a still picture's middle: where ``STILL_PICTURE`` of the
    spots the keyframe shows (``points`` landing inside the upload, ``inside``) are drawn, and
    ``MIDDLE_CARRIED`` of the shown spots in their extent's middle (``MIDDLE_TRIM`` off each
    side) lie at the ``inliers``, from ``MIN_INLIERS`` of them.

    A screen recording of one program is a still screenshot that only a pointer or typing
    changes: nearly all its features stay put, so its template holds the work shown (a sheet's
    cells) with the program's window, and ``_on_content`` and ``_off_the_bands`` refused every
    pair of its copies (held_out_23's spreadsheet: a crop, a rotation, a tilt, a canvas, 49-72
    inlier spots, 6-10 of them off the template). Another file of the same program shares the
    window's bars, menus and tabs at the picture's edges, not the middle: its transform carried
    at most 0.33 of the middle's spots, the copies' 0.57-1.0 (docs/matching.md, *Still screen
    recordings' middles at stop 48*). A pair that stands by this alone is marked (``VerifiedPair.by_middle``)
    and kept only with a screen recording (``matcher._by_middle_kept``): held_out_23's low-detail
    negative `q0258` carried `low_detail_0`'s middle too (0.52-0.68), its picture as still."""
    shown = points[inside]
    drawn = template.drawn[inside]
    if _spots(shown[drawn]) < STILL_PICTURE * _spots(shown) or _spots(shown) < 2:
        return False
    low, high = percentiles(shown, COVER_PERCENTILES)
    margin = MIDDLE_TRIM * (high - low)
    middle = shown[np.all((shown >= low + margin) & (shown <= high - margin), axis=1)]
    spots = _spots(middle)
    if spots < MIN_INLIERS:
        return False
    return _spots(middle[_at_spots(middle, inliers)]) >= MIDDLE_CARRIED * spots


def _one_strip(points: np.ndarray, size: tuple[int, int]) -> bool:
    """Whether ``points`` lie in one strip of the keyframe (``size``): between their
    ``COVER_PERCENTILES``, within ``BAND_SHARE`` of its height or of its width."""
    if len(points) < 2:
        return False
    low, high = percentiles(points, COVER_PERCENTILES)
    return bool(np.any(high - low < BAND_SHARE * np.array(size, np.float64)))


def _at_spots(points: np.ndarray, spots: np.ndarray) -> np.ndarray:
    """Which of ``points`` lie on one of the 3-px spots of ``spots`` (as ``_spots`` counts)."""
    if not len(spots):
        return np.zeros(len(points), bool)
    codes = _spot_codes(spots)
    return np.isin(_spot_codes(points), codes)


def _spot_codes(points: np.ndarray) -> np.ndarray:
    """One integer per 3-px spot of each of ``points``."""
    spots = np.round(points / 3.0).astype(np.int64) + (1 << 20)
    return spots[:, 0] << 21 | spots[:, 1]


def _covered(inliers: np.ndarray, shown: np.ndarray) -> float:
    """How much of the extent of the original keyframe's features inside the upload's picture
    (``shown``) the inliers span, on the axis where they span least; robust extents
    (``COVER_PERCENTILES``), so that a few stray inliers do not make a region look spread."""
    if len(inliers) < 2 or len(shown) < 2:
        return 0.0
    low, high = percentiles(inliers, COVER_PERCENTILES)
    whole_low, whole_high = percentiles(shown, COVER_PERCENTILES)
    span, whole = high - low, whole_high - whole_low
    return float(np.min(span / np.maximum(whole, 1.0)))
