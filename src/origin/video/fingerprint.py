"""Stage 2, fingerprint: sampled frames become 64-bit perceptual codes, several views per frame.

Originals and uploads are hashed differently on purpose. An original is hashed as published,
over its picture (solid bars stripped) and over a centred 80 % crop, so an upload that was cropped
still meets a view of similar framing. An upload is hashed over every rectangle that may hold
the copied picture, each also mirrored: the whole frame, the picture inside padding or a blurred
9:16 canvas, the panels of a split screen and picture-in-picture windows, each also with burnt-in
captions and logos painted over; and where a frame shows a screen filmed at an angle, the
picture inside its outline warped flat (``regions.screen_views``). The views of all the frame
shows are hashed turned a quarter, half and three quarters too (``TURNS``), for the matcher's
last pass. Extra upload views cost query time only; the index stays small.

Frames with too little information are dropped, as vPDQ drops low-quality frames, because every
such frame looks like every other one: black, flat and mid-fade frames (too little contrast) and
smooth ones (colour gradients, skies, blurred backdrops: contrast, but no detail). Detail is the
mean step between neighbouring pixels of the 32x32 hash input; drifting ``gradients`` footage
has 4-6 gray levels, real scenes 10-40 (docs/matching.md, issue 15). A gradient steep enough
to pass both is an original only if it has corners, as real pictures have (``corners``), or is
not flat tile by tile, as out-of-focus photographs are not (``texture``). A layout box of an
upload whose frames hold their detail in a thin strip is a sliver of a picture beside it
(``sliver``); one a little larger than a smooth picture, whose only detail is that picture's
outline, frames nothing worth hashing (``framed_smooth``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

import cv2
import numpy as np

from origin.video import regions
from origin.media.video import DecodedVideo, FrameStream
from origin.video.hashers import PHash
from origin.video import layout as static_layout
from origin.video.content import ContentRegion, learn as learn_content
from origin.errors import InputError
from origin.video.keypoints import (BAND_FEATURES, KEYFRAME_LONG_SIDE, ORIGINAL_FEATURES,
                                    PORTRAIT, UPLOAD_FEATURES, Keypoints, LazyKeyframes, extract,
                                    extract_sparse, joined, lazy_keyframes, merged, mirrored_part,
                                    panels_only)

ORIGINAL_SAMPLE_FPS = 4.0    # dense enough that any cut lands within 1/8 s of an indexed frame
UPLOAD_SAMPLE_FPS = 4.0
UPLOAD_MIN_FPS = 2.0         # uploads skip B-frames when the rest come this often (decode.py)
ORIGINAL_CROPS = (1.0, 0.8)  # centred shares of the picture hashed for each original frame
MIN_ORIGINAL_SIDE = 32       # px: an original's picture narrower or lower has fewer pixels than the
                             # 32x32 hash input reads; its codes describe the scaler, not a picture
LAYOUT_WINDOW = 40           # frames (10 s) judged together when looking for padding and windows
MIN_QUALITY = 6.0            # std of the 32x32 hash input, in gray levels
MIN_DETAIL = 6.0             # mean |step| to the right and down neighbours there, summed
RELIABLE_MARGIN = 64.0       # DCT units (the unnormalised 32x32 transform): a low frequency this
MIN_RELIABLE_BITS = 16       # far from the block's median keeps its bit; a code needs this many
DIM_LEVEL = 64               # gray levels: a hash input whose brightest pixel is under this is dim,
DIM_GAIN = 4.0               # judged as if exposed this much brighter (255 / DIM_LEVEL), and then
DIM_RELIABLE_BITS = 40       # needs this many reliable bits: most of its code set by the picture
SPREAD_SHARE = 0.8           # of a hash input's detail: held by fewer than
MIN_SPREAD_LINES = 6         # this many of its 32 rows (or columns), a thin strip (``thin``)
SLIVER_SHARE = 0.9           # of a layout box's informative frames in a window: thin, a sliver
FRAME_RING = 3               # of a hash input's 32 lines on each side: a box's own border; inside
SMOOTH_STEP = 12.0           # it no step to a neighbour this large (gray levels) and too little
FRAMED_SHARE = 0.9           # detail, in this share of a box's informative frames: framed smooth
CORNER_STEP = 0.08           # of a picture's range (area-averaged to 32x32): FAST's threshold, a
MIN_CORNER_STEP = 4          # corner's ring this much brighter or darker (gray levels, at least);
MIN_CORNERS = 1.0            # an original's good frames need this many corners per 10 000 px,
                             # at their median (``corners``), or this much texture:
TEXTURE_TILE = 8             # px of the working picture: a tile fitted with a plane
TEXTURE_QUANTILE = 0.75      # of a picture's tiles: those whose departure from their plane is
MIN_TEXTURE = 0.8            # this large or less (RMS gray levels), at the good frames' median,
MIN_SPREAD = 0.7             # and slopes this two-dimensional (``spread``; gray levels a px)
TEXTURE_PENDING = 1200       # good pictures held (~45 MB at 256x144) until the corners decide
LINE_STEP = 32.0             # gray levels over a frame's median: a drawn line's pixel, not grain
MAX_LINE_SHARE = 0.1         # of a picture's pixels so lit at most: thin lines on a plain ground
LINE_SPAN = 0.25             # of the picture's width or height: a line's (connected) extent; and
LINE_HELD = 0.5              # this share of the lit pixels in such lines, not in letters or dots
PICTURE_LONG_SIDE = 160      # px: uploads' frames kept this small for the geometry tier to rectify
RECTIFIED_LONG_SIDE = 128    # px: an upload frame warped into an original's frame, before hashing
MAX_PICTURES = 2400          # small frames kept at most (10 min at 4 a second, ~35 MB); longer
                             # uploads keep none, so a worker never hands back hundreds of MB
CHURN_CORRELATION = 0.15     # a picture redrawn every frame: successive sampled frames' departures
CHURN_ENERGY = 15.0          # from their window's mean correlate less than this (median), and
                             # are this large (RMS gray levels of the hash input) or more
EVERY_FRAME_SECONDS = 6.0    # a churning upload's first seconds described at every frame
EVERY_FRAME_MAX = 180        # keyframes at most (6 s at 30 frames a second)
EVERY_FRAME_FEATURES = 120   # per keyframe of those
EVERY_FRAME_RATE = 1000.0    # samples a second: above any frame rate, so every frame is taken
PANEL_PARTS = 2              # split-screen panels described on their own, those most windows show
WINDOW_PARTS = 1             # and picture-in-picture windows (``regions.window_boxes``), so too
PANEL_ROUNDING = 0.02        # of the frame: panels of two windows this near are one
LAZY_PANEL_KEYFRAMES = 240   # keyframes (4 min): a split screen's kept as pictures (~31 MB at
                             # 480x270) to describe its panels only if the matcher asks (``Panels``)
MIRRORED_KEYFRAMES = 120     # an upload's 1-a-second keyframes kept as pictures, to be described
                             # mirrored, up to this many (2 min, ~16 MB at 480x270); a longer
                             # upload is searched mirrored by its global codes alone
TURNS = (1, 2, 3)            # quarter turns clockwise an upload's whole views are hashed at too:
                             # a copy turned in its pixels (docs/matching.md, *Turned copies at
                             # stop 44*)


@dataclass(frozen=True)
class Fingerprint:
    """Codes of one video: ``codes[j]`` is a view of the frame shown at ``times[frame_of[j]]``.

    Low-quality frames have no codes. Originals have ``views`` codes per frame, laid out
    frame-major; uploads have a varying number (one pair per candidate rectangle).
    """

    path: str
    duration: float
    times: np.ndarray        # float64 [n] sample instants
    codes: np.ndarray        # uint8 [m, 8]
    frame_of: np.ndarray     # int64 [m] index into ``times``
    keypoints: Keypoints | None = None   # local features of sparse keyframes (geometry tier)
    pictures: np.ndarray | None = None   # uint8 [n, h, w]: uploads' sampled frames, small, for the
                                         # geometry tier to rectify (``rectified_codes``)
    dense: LazyKeyframes | None = None   # a short upload's keyframes off the 1-a-second grid,
                                         # not described yet (``with_dense``)
    every_frame: "EveryFrame | None" = None   # an upload whose picture is redrawn every frame:
                                              # its every frame, decoded if asked (``churning``)
    panels: "Panels | None" = None    # a split screen's panels and a picture-in-picture
                                      # window, described on their own (``with_panels``)
    whole: np.ndarray | None = None      # bool [m]: uploads' codes of views of all the frame shows
                                         # (``upload_layout``; the matcher skips keyframes these copy)
    keyframes: LazyKeyframes | None = None   # the pictures of ``keypoints``' keyframes, kept to
                                             # be described flipped (``mirrored``)
    waiting: LazyKeyframes | None = None     # 1-a-second keyframes not described yet
                                             # (``described``), in ``keyframes`` too
    smooth: np.ndarray | None = None     # bool [m]: uploads' codes of a picture with no corner
                                         # and flat or one-way tiles (``smooth``): a gradient's
    layout: "static_layout.StaticLayout | None" = None   # an original's static layout and its
                                         # codes' masked codes (``video.layout``)
    content: "ContentRegion | None" = None   # an original's content region inside a tool's
                                             # frame and its codes (``video.content``)
    boxes: np.ndarray | None = None      # float32 [m, 5]: uploads' codes' rectangles (left, top,
                                         # right, bottom as shares of the frame; NaN for a
                                         # filmed screen's flattened view) and 1 where mirrored,
                                         # to hash them again without an original's layout
    turns: np.ndarray | None = None      # uint8 [m]: uploads' codes' quarter turns clockwise of
                                         # their view (0: as shown; 1-3: ``TURNS``, matched
                                         # only where nothing else is: ``turned``)

    def described(self, skipped: np.ndarray | None = None) -> "Fingerprint":
        """The fingerprint with its ``waiting`` keyframes described and in ``keypoints``, as if
        described at once, but those ``skipped`` (bool per waiting keyframe: the matcher does
        not search them), which are left out; ``keyframes`` and the panels' pictures then
        hold the described keyframes alone, as they would have."""
        if self.waiting is None or self.keypoints is None:
            return self
        waiting = self.waiting if skipped is None else self.waiting.only(~skipped)
        keypoints = merged(self.keypoints, waiting.described()) if waiting.times else self.keypoints
        kept = np.isin(np.asarray(self.keyframes.times), keypoints.times)
        panels = self.panels
        if panels is not None and panels.keypoints is None:
            panels = replace(panels, keyframes=tuple(keyframe for keyframe, keep
                                                     in zip(panels.keyframes, kept) if keep))
        return replace(self, keypoints=keypoints, waiting=None, panels=panels,
                       keyframes=self.keyframes.only(kept) if kept.any() else None)

    def as_shown(self) -> "Fingerprint":
        """The upload without its turned codes (``turns``): what every pass but the last
        matches."""
        if self.turns is None or not self.turns.any():
            return self
        return self._rows(self.turns == 0, turns=None)

    def turned(self, quarters: int) -> "Fingerprint":
        """The upload as the global tier would see it turned ``quarters`` times 90° clockwise:
        its codes of views so turned alone, its small pictures turned, its codes' rectangles in
        the turned frame (so ``layout.upload_inputs`` hashes them again as they were hashed);
        no keyframes (the geometry tier is not asked).

        A copy turned a quarter or half turn in its pixels (a phone clip stored sideways, a
        copy flipped upside down) shares no code with its original as shown: the DCT's low
        frequencies move under a turn (``PHash.turned``). Turned back, its frames are the
        original's frames again."""
        rows = (np.zeros(len(self.codes), bool) if self.turns is None
                else self.turns == quarters % 4)
        boxes = None if self.boxes is None else self.boxes[rows].copy()
        if boxes is not None:
            for _ in range(quarters % 4):
                # (left, top, right, bottom) turned a quarter clockwise
                boxes[:, :4] = np.stack([1 - boxes[:, 3], boxes[:, 0], 1 - boxes[:, 1],
                                         boxes[:, 2]], axis=1)
        pictures = (None if self.pictures is None else
                    np.ascontiguousarray(np.rot90(self.pictures, -quarters, axes=(1, 2))))
        return replace(self._rows(rows, turns=None), boxes=boxes, pictures=pictures,
                       keypoints=None, dense=None, every_frame=None, panels=None,
                       keyframes=None, waiting=None)

    def _rows(self, rows: np.ndarray, **changes) -> "Fingerprint":
        """The fingerprint with the codes ``rows`` (bool per code) alone, and what is said of
        each code with them."""
        def kept(values: np.ndarray | None) -> np.ndarray | None:
            return None if values is None or len(values) != len(rows) else values[rows]
        return replace(self, codes=self.codes[rows], frame_of=self.frame_of[rows],
                       whole=kept(self.whole), smooth=kept(self.smooth), boxes=kept(self.boxes),
                       **changes)

    @property
    def frame_count(self) -> int:
        return len(self.times)

    def with_dense(self) -> "Fingerprint":
        """The fingerprint with its dense keyframes described and in ``keypoints`` too, as if
        all had been described at once."""
        described = self.described()
        if described.dense is None or described.keypoints is None:   # None: no geometry tier
            return described
        return replace(described, keypoints=merged(described.keypoints, described.dense.described()),
                       dense=None)

    def mirrored(self, describe: bool = True) -> "Fingerprint | None":
        """The upload as the geometry tier would see it flipped left to right: its keyframes
        (without a 9:16 frame's bands: ``_kept``), dense keyframes, every frame and small
        pictures mirrored (described now, the dense ones and every frame when asked), its split
        screen's panels left out; None without the keyframes' pictures (``keyframes``).

        The global tier hashes every view mirrored too, but a mirrored copy that also needs
        the geometry tier (padded, cropped, framed in 9:16, a redrawn visualiser) was missed:
        ORB's descriptors are not mirror-invariant, and a reflection is no transform the
        geometry tier accepts (held_out_4's combos `q0072`, `q0073` and mirrored visualiser
        `q0064`; docs/matching.md, issue 15, stop 29).

        ``describe=False``: the flipped keyframes not described but ``waiting`` (``keypoints``
        None), for the matcher to describe only those it searches (``_Geometry``)."""
        upload = self.described()
        if upload.keyframes is None:
            return None
        pictures = (None if upload.pictures is None
                    else np.ascontiguousarray(upload.pictures[:, :, ::-1]))
        flipped = upload.keyframes.mirror()
        return replace(upload, keypoints=flipped.described() if describe else None,
                       waiting=None if describe else flipped,
                       dense=None if upload.dense is None else upload.dense.mirror(),
                       every_frame=None if upload.every_frame is None else upload.every_frame.mirror(),
                       pictures=pictures, panels=None, whole=None, keyframes=None)

    def spread_out(self, describe: bool = True) -> "Fingerprint | None":
        """The upload as the geometry tier would see it with each keyframe's features spread
        over its picture (``keypoints.spread_out``): its keyframes (without a 9:16 frame's
        bands, as ``mirrored``) described so now, its dense keyframes when asked, its every
        frame and split screen's panels left out; None without the keyframes' pictures
        (``keyframes``).

        Big text burnt in over a copy takes every feature of its keyframes (ORB keeps the
        strongest corners), and the picture under it gets none: held_out_11's text overlays
        `q0066` (11 s, where no denser description is tried) and `q0067` (4 s: with 1 000
        features, still all on the letters) matched nothing (docs/matching.md, *Features
        spread over the picture (stop 36)*). ``describe=False``: as ``mirrored``'s."""
        upload = self.described()
        if upload.keyframes is None:
            return None
        spread = upload.keyframes.spread_out()
        return replace(upload, keypoints=spread.described() if describe else None,
                       waiting=None if describe else spread,
                       dense=None if upload.dense is None else upload.dense.spread_out(),
                       every_frame=None, panels=None, keyframes=None)

    def screen_flattened(self) -> "Fingerprint | None":
        """The upload as the geometry tier would see the monitor it films, flat: each of its
        keyframes (and dense keyframes) whose picture shows a screen inside a dark bezel
        (``regions.screen_in_bezel``, found keyframe by keyframe: it moves with the hand)
        warped flat and softened (``regions.flattened_screen``), not described yet
        (``waiting``); the others left out; None where no keyframe shows one.

        A screen filmed in a room is a keystoned picture a third of the frame, under moire and
        glare: no similarity or affine transform carries its features onto the original's, and
        a homography fitted to them held 8-24 inliers (screens48). Flattened, its features meet
        the original's at one scale (filmed49, stop 49)."""
        upload = self.described()
        if upload.keyframes is None:
            return None
        keyframes = _screen_flattened(upload.keyframes)
        if keyframes is None:
            return None
        dense = None if upload.dense is None else _screen_flattened(upload.dense)
        return replace(upload, keypoints=None, waiting=keyframes, dense=dense, every_frame=None,
                       panels=None, keyframes=None, pictures=None)

    def parts_apart(self) -> "list[Fingerprint]":
        """The upload as the geometry tier would see each part of its ``panels`` (a split
        screen's panels, a framed or picture-in-picture window) alone: its kept keyframes and
        dense keyframes holding that part's ``BAND_FEATURES`` and nothing else, one fingerprint
        a part (none without the keyframes' pictures: a long upload's panels are described at
        once and joined).

        ``with_panels`` adds a part's features to its keyframe's own, and the original
        keyframes the search proposes are those with most votes over all of them: a framed
        9:16 copy's title bar, captions and solid ground hold most of the keyframe's features,
        and their votes went to a busy original's keyframes (held_out_12's framed `q0009`, a
        dark animation of pixel grids between "OMG HD" and "SUBSCRIBE LOL": its four
        keyframes' 4 candidates were all of the dry leaves' keyframes, none its own original's).
        Searched alone, the window's 300 features propose its own original's keyframes, and
        each verifies (17-51 inliers, docs/matching.md, *Framed 9:16 copies at stop 37*).

        A portrait (9:16) upload's only: a landscape picture-in-picture window of a slide deck,
        searched alone, verified with another deck in the same typeface (``deck_negatives.py``:
        2 of 32 foreign scans matched, at 0.5 and 0.686), where no 9:16 layout of them did."""
        if (self.panels is None or not self.panels.keyframes or self.keypoints is None
                or self.keypoints.size[1] <= PORTRAIT * self.keypoints.size[0]):
            return []
        found = []
        for part in self.panels.parts:
            keypoints = extract(self.panels.keyframes, 0, BAND_FEATURES, (part,))
            if not len(keypoints):
                continue
            dense = None if self.dense is None else replace(
                self.dense, features=0, band_features=BAND_FEATURES, parts=(part,), panels=())
            found.append(replace(self, keypoints=keypoints, dense=dense, every_frame=None,
                                 panels=None, keyframes=None, waiting=None))
        return found

    def with_panels(self, panels: Keypoints) -> "Fingerprint":
        """The fingerprint with its split screen's panels' features (``Panels.described``)
        among its keyframes' features, its dense keyframes' too when they are described."""
        if self.panels is None or self.keypoints is None:
            return self
        dense = None if self.dense is None else replace(self.dense, panels=self.panels.parts)
        return replace(self, keypoints=joined(self.keypoints, panels), dense=dense, panels=None)


@dataclass(frozen=True)
class Panels:
    """A split screen's panels (``regions.panel_boxes``, the ``PANEL_PARTS`` most windows
    show, as shares of the frame) and a picture-in-picture window (``_parts``), to be
    described on their own in the upload's 1-a-second keyframes, each with ``BAND_FEATURES``
    scaled up as the 9:16 bands are (``keypoints.bands``).

    The other panel of a split screen takes a keyframe's strongest corners as often as not:
    held_out_3 put a toy robot beside a soft cockatoo (`q0000`) and a Mahjongg board beside a
    still logo (`q0001`), and 465-500 of each keyframe's 500 features fell on the other panel,
    so the copy's keyframes met its original keyframe once in 14 and 0 in 4. Searched only
    where the keyframes alone make no match (``Matcher.match_hits``): a window's edge taken for
    a seam gave a screencast's zoom (`q0044`) twice the descriptors, and look-alike keyframes
    its votes (docs/matching.md, issue 15, stop 28). So they are described only then, from
    the keyframes' pictures kept here (``keyframes``): the real suite's first 188 uploads find
    panels in 70, of which 11 match nothing (stop 29). A long upload's (more than
    ``LAZY_PANEL_KEYFRAMES`` keyframes) are described at once (``keypoints``), so a worker
    never hands back its every keyframe's picture."""

    parts: tuple[tuple[float, float, float, float], ...]
    keyframes: tuple[tuple[float, np.ndarray], ...] = ()   # (time, gray picture)
    keypoints: Keypoints | None = None       # described already: ``keyframes`` not kept

    def described(self) -> Keypoints:
        """The panels' own features in the keyframes (``keypoints.panels_only``)."""
        if self.keypoints is not None:
            return self.keypoints
        return panels_only(self.keyframes, BAND_FEATURES, self.parts)


Frames = DecodedVideo | FrameStream      # anything with .windows(size), then .times/.duration


@dataclass(frozen=True)
class EveryFrame:
    """The first ``EVERY_FRAME_SECONDS`` of an upload at every frame, as keyframes described
    with ``EVERY_FRAME_FEATURES`` features each, decoded and described only when asked.

    A music visualiser is redrawn every frame (a waveform's frame is the next 40 ms of sound):
    one frame meets no other, so an original's keyframe (one frame a second) is met only by an
    upload frame that *is* that frame, and a sample of 1-4 frames a second holds it by chance.
    Every frame of a copy of a few seconds holds each of the original's keyframes it spans.
    A B-frame skipping decode does not give every frame, so the file is decoded again."""

    path: str
    part: tuple[float, float, float, float] | None = None   # the half of the frame that churns
                                                             # (``regions.HALVES``), also
                                                             # described on its own; None: all
    mirrored: bool = False                                   # described flipped left to right

    def mirror(self) -> "EveryFrame":
        """The same frames, described flipped left to right (``Fingerprint.mirrored``)."""
        return replace(self, mirrored=not self.mirrored,
                       part=None if self.part is None else mirrored_part(self.part))

    def described(self) -> Keypoints:
        try:
            stream = FrameStream(self.path, EVERY_FRAME_RATE, fast=False,
                                 keyframe_fps=EVERY_FRAME_RATE, keyframe_long_side=KEYFRAME_LONG_SIDE)
        except (InputError, OSError):
            return Keypoints.empty()     # the file is gone or unreadable now: no extra evidence
        first, windows = None, stream.windows(LAYOUT_WINDOW)
        try:
            for _ in windows:
                first = stream.keyframes[0][0] if first is None else first
                if (len(stream.keyframes) >= EVERY_FRAME_MAX
                        or stream.keyframes[-1][0] - first >= EVERY_FRAME_SECONDS):
                    break
            else:
                first = 0.0              # ran to its end: the stream made its times relative
        except (InputError, OSError):
            return Keypoints.empty()     # the file is gone or unreadable now: no extra evidence
        finally:
            windows.close()              # stopped early: the decoder's file is closed now
        keyframes = [(time - first, np.ascontiguousarray(picture[:, ::-1]) if self.mirrored
                      else picture) for time, picture in stream.keyframes
                     if time - first < EVERY_FRAME_SECONDS][:EVERY_FRAME_MAX]
        if self.part is None:
            return extract(keyframes, EVERY_FRAME_FEATURES)
        return extract(keyframes, EVERY_FRAME_FEATURES, EVERY_FRAME_FEATURES, (self.part,))


def churning(inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of successive hash inputs (one window's frames): how their departures from the
    window's mean picture correlate, and how large those are (RMS gray levels).

    Footage moves: a frame is the one before, a little changed, even in a fast pan. A
    visualiser's picture is redrawn: successive frames' departures are unrelated (correlation
    near 0) yet large. A still picture departs little, whatever the correlation says."""
    if len(inputs) < 3:
        return np.zeros(0), np.zeros(0)
    pixels = inputs.astype(np.float32)
    departures = (pixels - pixels.mean(axis=0)).reshape(len(pixels), -1)
    after, before = departures[1:], departures[:-1]
    correlation = (after * before).sum(axis=1) / np.sqrt(
        (after * after).sum(axis=1) * (before * before).sum(axis=1) + 1e-6)
    return correlation, np.sqrt((after * after).mean(axis=1))


def _inputs(frames: np.ndarray, box: regions.Box | None = None) -> np.ndarray:
    return np.stack([PHash.prepare(frame if box is None else box.crop(frame)) for frame in frames])


def informative(inputs: np.ndarray) -> np.ndarray:
    """Which hash inputs carry enough to tell one picture from another: contrast, detail, and
    a code whose bits the picture sets (``reliable_bits``).

    Contrast and detail are a standard deviation and a mean step: a nearly empty dark frame
    with one light bar along its top passes both (held_out_8's `q0082`, a zoomed terminal:
    contrast ~35, detail 6.4), yet its picture sets 8 of its code's 64 bits (the bar's vertical
    frequencies) and rounding sets the rest, so the code meets whatever it meets (a dark film
    of a few bright blobs, 2 bits off: 0.998 in the global tier, docs/matching.md, *Dark,
    nearly empty frames*).

    A dim picture (its brightest pixel under ``DIM_LEVEL``: a night scene, lights on black) is
    judged at ``DIM_GAIN`` its contrast and detail, as the same picture exposed brighter would
    be (its code is the same: the hash is blind to gain), but needs ``DIM_RELIABLE_BITS``: its
    code set by the picture, not by rounding. A hand-held film of the earth's city lights at
    night (contrast ~3.7, detail ~2, 49-62 reliable bits, ~90 corners a 10 000 px) was refused
    as an original, and every copy of it missed (held_out_21's `hh_city_lights`, docs/matching.md,
    *Dim pictures*, stop 46); a dark slide or editor with light text is not dim."""
    pixels = inputs.astype(np.float32)
    flat = pixels.reshape(len(pixels), -1)
    dim = flat.max(axis=1, initial=0.0) < DIM_LEVEL
    gain = np.where(dim, DIM_GAIN, 1.0)
    good = ((gain * flat.std(axis=1) >= MIN_QUALITY)
            & (gain * _detail(pixels) >= MIN_DETAIL))
    if good.any():
        bits = reliable_bits(pixels[good])
        good[good] = bits >= np.where(dim[good], DIM_RELIABLE_BITS, MIN_RELIABLE_BITS)
    return good


def corners(pictures: Sequence[np.ndarray], ranges: np.ndarray | None = None) -> np.ndarray:
    """Per picture (gray, any size): its FAST corners per 10 000 px, their ring ``CORNER_STEP``
    of the picture's range brighter or darker (a dim picture's corners are faint).

    A slowly drifting colour gradient steep enough to pass ``informative``'s contrast and detail
    has no corner: along a ramp, half of a corner's ring is brighter and half darker, never nine
    pixels in a row one way. An original of FFmpeg's ``gradients`` source registered, and other
    gradients met it at 0.922 and 0.634 (held_out_9's `q0097` and `q0101`, demotes). An
    original is judged at the median of its good frames: gradients' 0.0-0.54, real originals'
    2.2 and up; frame by frame there is no margin (a real deck's soft clouds, a blank board, have
    as few corners as a gradient), and dropping such frames, an original's or an upload's, cut
    copies' segments (docs/matching.md, *Gradients have no corners*). An out-of-focus
    photograph may have none: ``texture`` keeps it (``kept``).

    ``ranges``: each picture's range at 32x32 (``PHash.prepare``'s max less its min) where the
    caller has its hash input already (``fingerprint_original``), so it is not scaled again."""
    found = np.zeros(len(pictures))
    for number, picture in enumerate(pictures):
        if picture.size:
            if ranges is None:
                small = PHash.prepare(picture)
                span = int(small.max()) - int(small.min())
            else:
                span = int(ranges[number])
            step = max(MIN_CORNER_STEP, round(CORNER_STEP * span))
            detector = cv2.FastFeatureDetector_create(threshold=int(step))
            found[number] = (len(detector.detect(np.ascontiguousarray(picture), None))
                             / (picture.size / 1e4))
    return found


def texture(pictures: Sequence[np.ndarray], quantile: float = TEXTURE_QUANTILE) -> np.ndarray:
    """Per picture (gray, any size): how far its ``TEXTURE_TILE`` px tiles depart from their own
    least-squares plane, the ``quantile`` of the tiles' RMS departures (gray levels).

    A colour gradient is, tile by tile, a plane: FFmpeg's ``gradients`` are piecewise linear
    along a line (or a radius, or an angle), so only the few tiles on a colour stop or near the
    centre of a radial one bend, and the rest depart by the rounding to 8 bits and the codec,
    ~0.3-0.6 gray levels. A photograph out of focus is not flat at 8 px: it keeps its shading
    in most tiles (1 gray level and more), and has as few corners as a gradient (held_out_10's
    leaf, refused at stop 34). A picture on a plain ground (a galaxy on black) has flat tiles
    and little texture, but its corners keep it (docs/matching.md, *Soft pictures keep their
    texture*)."""
    found = np.zeros(len(pictures))
    tile = TEXTURE_TILE
    offsets = np.arange(tile) - (tile - 1) / 2
    plane = tile * float((offsets * offsets).sum())      # a unit slope's energy over a tile
    for number, picture in enumerate(pictures):
        height, width = (side - side % tile for side in picture.shape[:2])
        if not height or not width:
            continue
        tiles = (picture[:height, :width].astype(np.float64)
                 .reshape(height // tile, tile, width // tile, tile).swapaxes(1, 2)
                 .reshape(-1, tile, tile))
        tiles -= tiles.mean(axis=(1, 2), keepdims=True)
        # the departure's energy: the tile's, less its plane's (slopes along the rows and down)
        across, down = tiles.sum(axis=1) @ offsets, tiles.sum(axis=2) @ offsets
        left = (tiles * tiles).sum(axis=(1, 2)) - (across * across + down * down) / plane
        found[number] = np.quantile(np.sqrt(np.maximum(left, 0.0) / tile ** 2), quantile)
    return found


def spread(pictures: Sequence[np.ndarray]) -> np.ndarray:
    """Per picture (gray, any size): how two-dimensional its slopes are, ``TEXTURE_TILE`` px
    tiles of the picture at half size: the square root of the smaller eigenvalue of each tile's
    structure tensor (the mean outer product of its slopes, gray levels a px), the
    ``TEXTURE_QUANTILE`` over the tiles.

    A gradient's level lines are lines, or circles and spirals of a large radius, so in a tile its
    slopes point one way (or back along it, at a colour stop): the tensor has one eigenvalue. A
    gradient of many colours has a colour stop in many tiles and enough ``texture`` (held-out
    renderings of 6-8 colours, 0.8-1.5), but its slopes stay one-dimensional (0.28-0.54); an
    out-of-focus photograph's point every way (0.85 and up)."""
    found = np.zeros(len(pictures))
    tile = TEXTURE_TILE
    for number, picture in enumerate(pictures):
        height, width = picture.shape[:2]
        if height < 2 * tile or width < 2 * tile:
            continue
        half = cv2.resize(picture.astype(np.float32), (width // 2, height // 2),
                          interpolation=cv2.INTER_AREA)
        across = cv2.Sobel(half, cv2.CV_32F, 1, 0, ksize=3) / 8
        down = cv2.Sobel(half, cv2.CV_32F, 0, 1, ksize=3) / 8
        rows, columns = (side - side % tile for side in half.shape)

        def per_tile(values: np.ndarray) -> np.ndarray:
            return values[:rows, :columns].reshape(rows // tile, tile, columns // tile,
                                                   tile).mean(axis=(1, 3)).ravel()

        xx, xy, yy = per_tile(across * across), per_tile(across * down), per_tile(down * down)
        smaller = (xx + yy) / 2 - np.sqrt(((xx - yy) / 2) ** 2 + xy * xy)
        found[number] = np.quantile(np.sqrt(np.maximum(smaller, 0.0)), TEXTURE_QUANTILE)
    return found


def kept(corners_found: float, texture_found: float, spread_found: float = np.inf) -> bool:
    """Whether an original whose good frames have these corners, texture and spread at their
    medians (``corners``, ``texture``, ``spread``) is not a colour gradient: corners are
    enough, or texture whose slopes are two-dimensional."""
    return corners_found >= MIN_CORNERS or (texture_found >= MIN_TEXTURE
                                            and spread_found >= MIN_SPREAD)


def smooth(pictures: Sequence[np.ndarray], ranges: np.ndarray | None = None) -> np.ndarray:
    """Per picture (gray, any size): whether it is, on its own, what ``kept`` refuses in an
    original: under ``MIN_CORNERS`` corners per 10 000 px, and its tiles flat or their slopes
    one-way (``texture``, ``spread``; measured only where the corners leave it open).

    Asked of an upload's views frame by frame: a gradient registered before the gate (or a
    circular or spiral one of many colours, whose colours meet in corners at its centre and
    pass it) meets other gradients' frames, so a global-tier line needs frames that are not
    smooth (``Matcher``'s corroboration, as for one-dimensional codes), whatever the index
    holds. Not a refusal of the frame: a real copy's smooth stretch (a deck's soft clouds)
    stays on a line its other frames place (docs/matching.md, *Gradients on the upload side*).
    ``ranges``: as ``corners`` takes them, where the caller has the hash inputs (``_ranges``)."""
    found = corners(pictures, ranges)
    few = np.flatnonzero(found < MIN_CORNERS)
    flagged = np.zeros(len(pictures), bool)
    if len(few):
        chosen = [pictures[number] for number in few]
        flagged[few] = [not kept(corners_found, texture_found, spread_found)
                        for corners_found, texture_found, spread_found
                        in zip(found[few], texture(chosen), spread(chosen))]
    return flagged


def reliable_bits(pixels: np.ndarray) -> np.ndarray:
    """Per hash input: how many of its code's 64 bits the picture sets, their low frequencies
    ``RELIABLE_MARGIN`` or more from the block's median (``PHash.reliable_bits``), where
    re-encoding, rescaling or a pixel's shift does not flip them. A textured picture's are
    nearly all (real originals 30-64, in every suite); one straight edge on a plain ground sets
    one row or column of the block, 8 (its other coefficients are a few units from 0, the
    median)."""
    return PHash.reliable_bits(pixels, RELIABLE_MARGIN)


def _detail(pixels: np.ndarray) -> np.ndarray:
    """Per picture of ``pixels`` (float): the mean step to the right and down neighbours, summed."""
    return (np.abs(np.diff(pixels, axis=2)).mean(axis=(1, 2))
            + np.abs(np.diff(pixels, axis=1)).mean(axis=(1, 2)))


def framed_smooth(inputs: np.ndarray) -> bool:
    """Whether a layout box (not the whole frame) frames a smooth picture: in ``FRAMED_SHARE``
    of these hash inputs (its informative frames of one window) or more, inside a ring of
    ``FRAME_RING`` lines (the box's own border) no step between neighbours reaches
    ``SMOOTH_STEP`` and the detail is under ``MIN_DETAIL``.

    A box found a few pixels outside a picture takes in the ground around it, and the picture's
    outline is then detail along every row and column: a drifting colour gradient framed in 9:16
    on a coloured ground, refused in its own box, passed ``informative`` in the box around it,
    and its code, "a dark frame, one side brighter", met a music visualiser's on black 4-6 bits
    off (held_out_6's `q0106`, a demote at 0.971). It is no thin strip (``sliver``): the outline
    spreads over every line. Inside the ring a gradient steps 4-10 gray levels at most; a
    sparse picture with as little mean detail (a visualiser's lines, text, an edge) has steps of
    16 or more, and a framed copy of a visualiser is found through such a box (held_out_5's
    `q0008`). Asked of a window, as ``sliver`` is (docs/matching.md, *Framed smooth views*)."""
    if not len(inputs):
        return False
    inside = inputs[:, FRAME_RING:-FRAME_RING, FRAME_RING:-FRAME_RING].astype(np.float32)
    steepest = np.maximum(np.abs(np.diff(inside, axis=2)).max(axis=(1, 2)),
                          np.abs(np.diff(inside, axis=1)).max(axis=(1, 2)))
    smooth = (steepest < SMOOTH_STEP) & (_detail(inside) < MIN_DETAIL)
    return float(smooth.mean()) >= FRAMED_SHARE


def sliver(inputs: np.ndarray) -> bool:
    """Whether a part of the frame (a layout box, not all the frame shows) is a sliver of a
    picture beside it: ``SLIVER_SHARE`` of these hash inputs (its informative frames of one
    window) or more hold their detail in a thin strip (``thin``).

    A layout box cut a few rows past a 9:16 stack's seam holds the upper picture's last rows
    over the lower one's flat ground in every frame; its mean detail passes ``MIN_DETAIL`` on
    the strip alone, and its code, "a bright band at one edge over dark ground", is what a dark
    slide with a title also says (held_out_5's `q0007` met the dark deck `low_detail_1` 6 bits
    off in every frame: a demote on behalf of the wrong rights holder). Frame by frame the gate
    cost real copies: a board game's blank board under its menu bar is such a strip too, and its
    copies' first seconds carried their segments (held_out_4's IoU 0.877 → 0.853; docs/matching.md,
    *Thin-strip views*, stop 30). A picture's own box shows it whole most of the time."""
    return len(inputs) > 0 and float(thin(inputs).mean()) >= SLIVER_SHARE


def thin(inputs: np.ndarray) -> np.ndarray:
    """Which hash inputs hold ``SPREAD_SHARE`` of their detail (steps to the right and down
    neighbours, counted at the pixel) in fewer than ``MIN_SPREAD_LINES`` rows or columns."""
    pixels = inputs.astype(np.float32)
    across, down = np.abs(np.diff(pixels, axis=2)), np.abs(np.diff(pixels, axis=1))
    rows, columns = across.sum(axis=2), down.sum(axis=1)
    rows[:, :-1] += down.sum(axis=2)
    columns[:, :-1] += across.sum(axis=1)
    return _held_by_few(rows) | _held_by_few(columns)


def _held_by_few(profile: np.ndarray) -> np.ndarray:
    """Per row of ``profile`` (detail per line of a picture): whether its ``MIN_SPREAD_LINES``
    - 1 largest lines hold ``SPREAD_SHARE`` of its sum."""
    few = MIN_SPREAD_LINES - 1
    largest = -np.partition(-profile, few - 1, axis=1)[:, :few]
    return largest.sum(axis=1) >= SPREAD_SHARE * profile.sum(axis=1)


def fingerprint_original(video: Frames) -> Fingerprint:
    """Index views: the picture (padding stripped) and its centred crop, for every good frame;
    none if the good frames have, at their median, fewer than ``MIN_CORNERS`` and not both
    ``MIN_TEXTURE`` and ``MIN_SPREAD`` (``kept``: a gradient). Judged over the whole video: a real original's
    smooth stretch (a deck's soft clouds) keeps its codes, so its copies still meet them.

    Texture and spread are measured only where the corners leave it open (a fifth of
    registering's CPU on real clips if measured always): the good pictures wait, copied, up to
    ``TEXTURE_PENDING`` of them, and are measured once the corners' median is known."""
    codes, frame_of, found = [], [], [np.zeros(0)]
    textured, spreads, pending = [np.zeros(0)], [np.zeros(0)], []
    inputs: list[list[np.ndarray]] = [[] for _ in ORIGINAL_CROPS]   # good frames', per view
    aspect = 16 / 9                     # the picture's width to height (padding stripped)

    def measure() -> None:
        textured.append(texture(pending))
        spreads.append(spread(pending))
        pending.clear()

    for start, frames in video.windows(LAYOUT_WINDOW):
        views, good, picture, ranges, hashed = _views_and_ranges(frames)
        aspect = picture.width / max(picture.height, 1)
        codes.append(views)
        for kept_inputs, view in zip(inputs, hashed):
            kept_inputs.append(view[good])
        frame_of.append(np.repeat(start + good, len(ORIGINAL_CROPS)))
        pictures = [picture.crop(frames[number]).copy() for number in good]
        found.append(corners(pictures, ranges[good]))
        pending.extend(pictures)
        if len(pending) > TEXTURE_PENDING:     # a long original: measure as it goes
            measure()
    found = np.concatenate(found)
    if len(found) and float(np.median(found)) < MIN_CORNERS:
        measure()
        if not kept(float(np.median(found)), float(np.median(np.concatenate(textured))),
                    float(np.median(np.concatenate(spreads)))):
            codes, frame_of = [], []
    print_ = _assemble(video, codes, frame_of)
    if len(print_.codes):
        whole = [np.concatenate(view) for view in inputs]
        print_ = replace(print_, layout=_static_layout(whole))
        print_ = replace(print_, content=_content_region(whole[0], aspect, print_.layout))
    return _with_keypoints(print_, video, ORIGINAL_FEATURES)


def _static_layout(inputs: list[np.ndarray]) -> "static_layout.StaticLayout | None":
    """The original's static layout (``video.layout``) from its good frames' hash inputs per
    view (the codes' frames, in order), with each code's masked code, frame-major as the codes;
    a drawn still picture's (``layout.still``: no masked codes), or a program's picture a user
    types or draws on (``layout.nearly_still``: its ink, no masked codes); None where it has
    none, or is too long to keep its inputs (``layout.MAX_FRAMES``)."""
    if len(inputs[0]) > static_layout.MAX_FRAMES:
        return None
    inked = static_layout.nearly_still(inputs)
    if inked is not None:
        return inked
    static = static_layout.learn(inputs)
    if static is None:
        return static_layout.still(inputs)      # a drawn still picture, or no layout
    masked = np.stack([static_layout.masked(view, cells) for view, cells in zip(inputs, static)],
                      axis=1)
    return static_layout.StaticLayout(static, masked.reshape(-1, PHash.bits // 8))


def _content_region(inputs: np.ndarray, aspect: float,
                    layout: "static_layout.StaticLayout | None") -> "ContentRegion | None":
    """The original's content region (``video.content``) from its good frames' whole-view hash
    inputs, or None: a still picture, a program's picture a user inks, or a clock's layout
    has no moving content to tell apart; nor does one too long to keep its inputs."""
    if len(inputs) > static_layout.MAX_FRAMES or (layout is not None and (
            layout.still or layout.ink is not None or layout.clock)):
        return None
    return learn_content(inputs, aspect)


def _original_views(frames: np.ndarray) -> tuple[np.ndarray, np.ndarray, regions.Box]:
    """Codes of one window of frames hashed as an original is (frame-major, ``ORIGINAL_CROPS``
    views a frame), which frames had enough detail to get them, and the picture's box."""
    return _views_and_ranges(frames)[:3]


def _views_and_ranges(frames: np.ndarray) -> tuple[np.ndarray, np.ndarray, regions.Box, np.ndarray,
                                                   list[np.ndarray]]:
    """``_original_views``, and each frame's picture's range at 32x32 (its whole view's hash
    input, as ``PHash.prepare`` scales it, before lines are pooled into it), which ``corners``
    would otherwise scale again for each good frame; and each view's hash inputs (every frame's,
    as hashed), from which registering learns the static layout (``video.layout``)."""
    picture = regions.content_box(frames, regions.PADDING_RATIO)
    inputs = [_inputs(frames, picture.scaled(share)) for share in ORIGINAL_CROPS]
    ranges = _ranges(inputs[ORIGINAL_CROPS.index(1.0)])
    plain = informative(inputs[0])
    lines = _lines(frames, picture, plain)
    for view, share in zip(inputs, ORIGINAL_CROPS):
        for number in lines:
            view[number] = _pooled(picture.scaled(share).crop(frames[number]))
    good = np.flatnonzero(plain | np.isin(np.arange(len(frames)), lines))
    if not len(good):
        return np.zeros((0, PHash.bits // 8), np.uint8), good, picture, ranges, inputs
    views = np.stack([PHash.codes(view[good]) for view in inputs], axis=1)
    return views.reshape(-1, PHash.bits // 8), good, picture, ranges, inputs


def _ranges(inputs: np.ndarray) -> np.ndarray:
    """Each hash input's range (its max less its min), as ``corners`` would measure it again
    from the picture."""
    return inputs.max(axis=(1, 2)).astype(np.int64) - inputs.min(axis=(1, 2))


def _lines(frames: np.ndarray, box: regions.Box, plain: np.ndarray) -> np.ndarray:
    """The numbers of the frames not ``plain`` (informative hash inputs of ``box``) whose
    picture there is thin lines (``thin_lines``), to be hashed max-pooled (``_pooled``)."""
    return np.array([number for number in np.flatnonzero(~plain)
                     if thin_lines(box.crop(frames[number]))], np.int64)


def _pooled(picture: np.ndarray) -> np.ndarray:
    """The hash input of ``picture`` max-pooled rather than area-averaged: each of its 32x32
    pixels the brightest of the picture's pixels it covers, so a one-pixel line crossing a
    cell lights it whole (``thin_lines``)."""
    size = PHash.input_size
    rows = np.linspace(0, picture.shape[0], size + 1).astype(int)[:-1]
    columns = np.linspace(0, picture.shape[1], size + 1).astype(int)[:-1]
    return np.maximum.reduceat(np.maximum.reduceat(picture, rows, axis=0), columns, axis=1)


def thin_lines(picture: np.ndarray) -> bool:
    """Whether a picture the area-averaged hash input finds too plain (``informative``) is thin
    lines drawn on a plain ground, whose max-pooled hash input (``_pooled``) carries them.

    A split-channel waveform visualiser (two one-pixel lines on black, mean brightness 1.4 of
    255) fades to a contrast of ~5 and a detail of ~3 when area-averaged to 32x32, under both
    gates, and its original could not be registered (held_out_7's `viz_waves`; docs/matching.md,
    *Thin lines*). Max-pooled, its lines hold a contrast of ~47 and a detail of ~26. A plain,
    smooth or faded picture stays under the gates max-pooled too, and film grain or a dim scene
    has no pixel ``LINE_STEP`` above its median: only drawn lines, sparse (``MAX_LINE_SHARE``)
    and long (``LINE_SPAN``), pass. Text on a dark ground is lit in letters, not lines: without
    that, a terminal presentation (held_out_7's `tour_a`) gained 28 codes and generated slide
    decks, the issue's low-detail class, 13-32 frames each."""
    if (min(picture.shape) < PHash.input_size            # no pixel can be LINE_STEP over the
            or int(picture.max()) - int(picture.min()) <= LINE_STEP     # median: a quick no
            or not informative(_pooled(picture)[None])[0]):
        return False
    lit = (picture > np.median(picture) + LINE_STEP).astype(np.uint8)
    count = int(lit.sum())
    if not count or count > MAX_LINE_SHARE * lit.size:
        return False
    _, _, stats, _ = cv2.connectedComponentsWithStats(lit, connectivity=8)
    height, width = picture.shape
    long = ((stats[1:, cv2.CC_STAT_WIDTH] >= LINE_SPAN * width)
            | (stats[1:, cv2.CC_STAT_HEIGHT] >= LINE_SPAN * height))
    return int(stats[1:, cv2.CC_STAT_AREA][long].sum()) >= LINE_HELD * count


def rectified_codes(pictures: np.ndarray, matrices: np.ndarray,
                    original_size: tuple[int, int], static: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Upload frames warped back into an original's frame and hashed as the original's frames
    were: ``matrices[i]`` (2x3) maps the original's keyframe pixels (``original_size``) onto
    ``pictures[i]``. Returns codes and the frame number of each (``ORIGINAL_CROPS`` views a frame).

    What the geometry tier's keyframes verified (a copy turned, shrunk into half a split screen,
    framed in 9:16, filmed off a screen) becomes a picture the global codes can compare again,
    on every sampled frame: exact timing, and a dense check of what a few keyframes proposed.
    Parts of the original outside the upload's frame repeat its edge pixels. ``static``: the
    original's static layout's cells per view (``video.layout``), painted over before hashing
    (``layout.masked``), as its masked codes were.
    """
    width, height = original_size
    scale = RECTIFIED_LONG_SIDE / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    to_original = np.diag([1.0 / scale, 1.0 / scale, 1.0])
    frames = np.stack([
        cv2.warpAffine(picture, (np.vstack([matrix, (0.0, 0.0, 1.0)]) @ to_original)[:2], size,
                       flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                       borderMode=cv2.BORDER_REPLICATE)
        for picture, matrix in zip(pictures, matrices)])
    codes, frame_of = [], []
    for start in range(0, len(frames), LAYOUT_WINDOW):
        views, good, _, _, hashed = _views_and_ranges(frames[start:start + LAYOUT_WINDOW])
        if static is not None and len(good):
            views = np.stack([static_layout.masked(view[good], cells)
                              for view, cells in zip(hashed, static)],
                             axis=1).reshape(-1, PHash.bits // 8)
        codes.append(views)
        frame_of.append(np.repeat(start + good, len(ORIGINAL_CROPS)))
    return np.concatenate(codes), np.concatenate(frame_of).astype(np.int64)


def upload_layout(frames: np.ndarray, detail: np.ndarray | None = None
                  ) -> tuple[list[tuple[regions.Box, bool]], list[regions.Box], list[regions.Box]]:
    """Every rectangle of these frames that may hold a copied picture, most likely first, each
    with whether it is all the frames show (the frame inside any padding, or the whole frame)
    rather than a part (a panel, a window) that may sit beside another picture (``detail``: the
    frames' ``regions.frame_detail``, if the caller has it); and of them the panels of a split
    screen (``regions.panel_boxes``) and the picture-in-picture windows
    (``regions.window_boxes``, best-supported first), which the keyframes' features describe on
    their own too where nothing else matches (``Panels``, ``keypoints.bands``)."""
    steady = regions.steady_edges(frames)
    detail = regions.frame_detail(frames) if detail is None else detail
    panels = regions.panel_boxes(frames, steady)
    whole = [regions.content_box(frames, regions.PADDING_RATIO, detail),
             regions.content_box(frames, regions.BLURRED_PADDING_RATIO, detail),
             regions.full_box(frames)]
    windows = [regions.inside_padding(box, detail)
               for box in regions.window_boxes(frames, steady=steady)]
    unique: list[tuple[regions.Box, bool]] = []
    for box, is_whole in [*((box, True) for box in whole),
                          *((box, False) for box in [*panels, *windows])]:
        if box not in (seen for seen, _ in unique):
            unique.append((box, is_whole))
    return unique, panels, windows


def fingerprint_upload(video: Frames, max_boxes: int = 6, wait: bool = False) -> Fingerprint:
    """Query views: each candidate rectangle as is and mirrored (flipped re-uploads), and again
    with burnt-in overlays painted over where it has any. ``wait``: a long upload's 1-a-second
    keyframes are described by the matcher, only those it searches (``Fingerprint.described``:
    a keyframe a confident global match places is not searched)."""
    codes, frame_of, whole_views, smooth_views, small = [], [], [], [], []
    boxes_of: list[np.ndarray] = []     # per code: its rectangle's shares and whether mirrored
    turns: list[np.ndarray] = []        # per code: its view's quarter turns (``TURNS``)
    churn: dict[tuple[float, float, float, float] | None, tuple[list, list]] = {}
    panels: Counter[tuple[float, float, float, float]] = Counter()
    windows: Counter[tuple[float, float, float, float]] = Counter()
    for start, frames in video.windows(LAYOUT_WINDOW):
        detail, whole = regions.frame_detail(frames), _inputs(frames)
        boxes, found_panels, found_windows = upload_layout(frames, detail)
        panels.update(_shares(box, frames.shape[1:]) for box in found_panels)
        windows.update(_shares(box, frames.shape[1:]) for box in found_windows[:1])
        for part, box in [(None, None), *regions.halves(frames, detail)]:
            correlation, energy = churning(whole if box is None else _inputs(frames, box))
            churn.setdefault(part, ([], []))[0].append(correlation)
            churn[part][1].append(energy)
        height, width = frames.shape[1:]
        scale = min(1.0, PICTURE_LONG_SIDE / max(width, height))
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        if small is not None:
            small += [cv2.resize(frame, size, interpolation=cv2.INTER_AREA) for frame in frames]
            if len(small) > MAX_PICTURES:
                small = None            # a long upload: the geometry tier uses keyframes alone
        full = regions.full_box(frames)
        for box, box_whole in boxes[:max_boxes]:
            pictures = np.stack([box.crop(frame) for frame in frames])
            for view in (pictures, regions.without_overlays(pictures)):
                if view is None:
                    continue
                inputs = whole if view is pictures and box == full else _inputs(view)
                good = np.flatnonzero(informative(inputs))
                if not len(good) or (not box_whole and sliver(inputs[good])) or (
                        box != full and framed_smooth(inputs[good])):
                    continue
                low = PHash.low_frequencies(inputs[good])
                codes += [PHash.codes_from_low(low), PHash.codes_from_low(PHash.mirror(low))]
                frame_of += [start + good, start + good]
                where = np.array([box.left / width, box.top / height, box.right / width,
                                  box.bottom / height, 0.0], np.float32)
                boxes_of += [np.tile(where, (len(good), 1)),
                             np.tile(where + np.float32([0, 0, 0, 0, 1]), (len(good), 1))]
                whole_views += [np.full(2 * len(good), box_whole)]
                flagged = smooth([view[number] for number in good], _ranges(inputs[good]))
                smooth_views += [flagged, flagged]
                turns += [np.zeros(2 * len(good), np.uint8)]
                if box_whole and view is pictures:
                    # all the frame shows, turned: a copy turned in its pixels (``turned``)
                    for quarters in TURNS:
                        codes.append(PHash.codes_from_low(PHash.turned(low, quarters)))
                        frame_of.append(start + good)
                        boxes_of.append(np.tile(where, (len(good), 1)))
                        whole_views.append(np.ones(len(good), bool))
                        smooth_views.append(flagged)
                        turns.append(np.full(len(good), quarters, np.uint8))
        found, screens = regions.screen_views(frames)
        for view in screens:            # a screen filmed by a camera is not seen mirrored
            inputs = _inputs(view)
            good = np.flatnonzero(informative(inputs))
            if not len(good):
                continue
            codes.append(PHash.codes(inputs[good]))
            frame_of.append(start + found[good])
            boxes_of.append(np.full((len(good), 5), np.nan, np.float32))
            whole_views.append(np.zeros(len(good), bool))
            smooth_views.append(smooth([view[number] for number in good], _ranges(inputs[good])))
            turns.append(np.zeros(len(good), np.uint8))
    print_ = replace(_assemble(video, codes, frame_of),
                     whole=np.concatenate(whole_views) if whole_views else np.zeros(0, bool),
                     smooth=np.concatenate(smooth_views) if smooth_views else np.zeros(0, bool),
                     boxes=np.concatenate(boxes_of) if boxes_of else np.zeros((0, 5), np.float32),
                     turns=np.concatenate(turns) if turns else np.zeros(0, np.uint8))
    print_ = _with_keypoints(print_, video, UPLOAD_FEATURES, BAND_FEATURES, lazy=True,
                             panels=_parts(panels, windows),
                             wait=wait)
    if print_.keypoints is not None:
        print_ = replace(print_, every_frame=_every_frame(video.path, churn))
    return replace(print_, pictures=np.stack(small)) if small else print_   # None or empty: none


def _parts(panels: Counter, windows: Counter) -> list[tuple[float, float, float, float]]:
    """The parts of an upload's keyframes described on their own where nothing else matches
    (``Panels``): the ``PANEL_PARTS`` split-screen panels and the ``WINDOW_PARTS``
    picture-in-picture windows most layout windows find (each window's best-supported one).

    A window's picture shrunk into the frame has a fraction of the keyframe's features, and
    the picture around it the rest: held_out_11's `q0057` put an LED matrix's 5:1 strip (red
    dots on dark) at half its size over a screencast, whose text took the keyframes' corners,
    and its keyframes and dense keyframes verified nothing with the strip's original; its
    window described on its own, scaled up as the 9:16 bands are, verified 31 of 84 candidate
    keyframe pairs, all on the copy's line (docs/matching.md, *Odd-shaped originals in
    layouts (stop 36)*). Only a window with all four sides inside the frame (to
    ``PANEL_ROUNDING``): one with a side on the frame's border is a panel's or a zoom's edge."""
    found = [panel for panel, _ in panels.most_common(PANEL_PARTS)]
    inside = Counter({window: count for window, count in windows.items()
                      if 0 < min(window) and max(window) < 1})
    return found + [window for window, _ in inside.most_common(WINDOW_PARTS)
                    if window not in found]


def _every_frame(path: str, churn: dict) -> EveryFrame | None:
    """``EveryFrame`` of an upload whose picture is redrawn every frame (``churning``: the
    departures' correlation under ``CHURN_CORRELATION`` and their size ``CHURN_ENERGY`` or more,
    medians over the upload; ``churn`` holds them per part of the frame, None the whole), with
    the half (``regions.HALVES``) that churns most if the whole frame does not; None if nothing
    churns. A visualiser fitted into half a split screen beside footage does not churn as a
    whole frame (the real suite's ``q0198``: correlation 0.03, 9 gray levels RMS), its half does."""
    churns = []
    for part, (correlations, energies) in churn.items():
        correlation, energy = np.concatenate(correlations), np.concatenate(energies)
        if (len(correlation) and np.median(correlation) < CHURN_CORRELATION
                and np.median(energy) >= CHURN_ENERGY):
            if part is None:
                return EveryFrame(path)
            churns.append((float(np.median(correlation)), part))
    return EveryFrame(path, min(churns)[1]) if churns else None


def _with_keypoints(print_: Fingerprint, video: Frames, features: int,
                    band_features: int = 0, lazy: bool = False,
                    panels: Sequence[tuple[float, float, float, float]] = (),
                    wait: bool = False) -> Fingerprint:
    """The fingerprint with the local features of the keyframes ``video`` kept, if it kept any;
    ``lazy``: those off the 1-a-second grid (a short upload's) kept as pictures (``dense``);
    ``panels``: a split screen's, described on their own apart (``Panels``); ``wait``: the
    1-a-second keyframes alone in their second kept as pictures too (``waiting``) where the
    mirrored pass keeps their pictures anyway (``MIRRORED_KEYFRAMES``)."""
    keyframes = getattr(video, "keyframes", None)
    if not keyframes:
        return print_
    if not lazy:
        return replace(print_, keypoints=extract(keyframes, features, band_features))
    keypoints, dense, waiting = extract_sparse(
        keyframes, features, band_features, wait=wait and len(keyframes) <= MIRRORED_KEYFRAMES)
    described = set(keypoints.times.tolist()) | set(waiting.times if waiting else ())
    kept = tuple((time, picture) for time, picture in keyframes if time in described)
    print_ = replace(print_, keypoints=keypoints, dense=dense, keyframes=_kept(kept, features),
                     waiting=waiting)
    if not panels:
        return print_
    if len(kept) <= LAZY_PANEL_KEYFRAMES:
        return replace(print_, panels=Panels(tuple(panels), kept))
    own = panels_only(kept, band_features, panels)
    return replace(print_, panels=Panels(tuple(panels), keypoints=own)) if len(own) else print_


def _kept(keyframes: Sequence[tuple[float, np.ndarray]], features: int) -> LazyKeyframes | None:
    """The described keyframes' pictures, to be described again if asked
    (``Fingerprint.mirrored``), with ``features`` but not a 9:16 frame's bands; None past
    ``MIRRORED_KEYFRAMES`` of them (or none).

    The mirrored pass runs on the uploads that match nothing, mostly unrelated ones, and a
    9:16 keyframe's three bands are 900 of its 1 400 features: described and searched, they
    were a third of the pass's CPU on held_out_4, whose three mirrored finds (one letterboxed
    in 9:16) and every other result are the same without them (docs/matching.md, issue 15,
    stop 30)."""
    if len(keyframes) > MIRRORED_KEYFRAMES:
        return None
    return lazy_keyframes(keyframes, features)


def _screen_flattened(keyframes: LazyKeyframes) -> LazyKeyframes | None:
    """``keyframes`` whose picture shows a screen in a bezel, that screen flattened; None if
    none does (``Fingerprint.screen_flattened``)."""
    kept = []
    for time, picture in zip(keyframes.times, keyframes.pictures):
        corners = regions.screen_in_bezel(picture)
        if corners is not None:
            kept.append((time, regions.flattened_screen(picture, corners)))
    if not kept:
        return None
    return replace(keyframes, times=tuple(time for time, _ in kept),
                   pictures=tuple(picture for _, picture in kept), mirrored=False, spread=False,
                   parts=None, panels=())


def _shares(box: regions.Box, size: tuple[int, int]) -> tuple[float, float, float, float]:
    """``box`` (in frames ``size`` = (height, width)) as (left, top, right, bottom) shares of
    the frame, to ``PANEL_ROUNDING``: the same panel found in two windows is one part."""
    height, width = size
    return tuple(round(value / PANEL_ROUNDING) * PANEL_ROUNDING for value in
                 (box.left / width, box.top / height, box.right / width, box.bottom / height))


def _assemble(video: Frames, codes: list[np.ndarray], frame_of: list[np.ndarray]) -> Fingerprint:
    width = PHash.bits // 8
    return Fingerprint(video.path, video.duration, video.times,
                       np.concatenate(codes) if codes else np.zeros((0, width), np.uint8),
                       np.concatenate(frame_of).astype(np.int64) if frame_of else np.zeros(0, np.int64))
