"""Stage 2b, fingerprint for the geometry tier: binary local features of sparse keyframes.

A global frame hash follows the whole picture, so it loses a copy that was zoomed 35 %, turned
5°, filmed off a screen or squeezed into half of a split screen. Local features survive those:
ORB keypoints (FAST corners, 256-bit rotated BRIEF descriptors, an image pyramid for scale) on
about one keyframe a second, matched against the originals' keyframes and verified by a
geometric transform (``origin.match.verify``). They cost far more bytes than a 64-bit code, so
only a sparse sample of frames gets them, scaled from frames the decoder produces anyway.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

import cv2
import numpy as np

KEYFRAME_FPS = 1.0               # keyframes a second, originals and uploads alike
SHORT_UPLOAD = 7.5               # s: an upload this short gets keyframes at SHORT_KEYFRAME_FPS
SHORT_KEYFRAME_FPS = 4.0         # (every sampled frame): few keyframes, each one counts (README)
KEYFRAME_LONG_SIDE = 480         # px of the keyframe's long side
ORIGINAL_FEATURES = 200          # strongest keypoints kept per original keyframe
UPLOAD_FEATURES = 500            # per upload keyframe: the copy may fill a quarter of it
DENSE_FEATURES = 1000            # per dense keyframe of a short upload, described so again where
                                 # nothing matched: overlaid text's strong corners take the first
                                 # 500 (docs/matching.md, *Short pieces (stop 30)*)
MIN_FEATURES = 24                # a keyframe with fewer (flat, dark, blurred) is left out
DESCRIPTOR_BYTES = 32            # ORB: 256 bits
HEADER_BYTES = 16                # a stored blob's header: keyframes, features, width, height
BAND_FEATURES = 300              # per band of an upload keyframe (``bands``)
PORTRAIT = 1.2                   # height / width from which a keyframe is a portrait (9:16) frame
PORTRAIT_BANDS = ((0.0, 0.0, 1.0, 0.5), (0.0, 0.25, 1.0, 0.75), (0.0, 0.5, 1.0, 1.0))
SAME_PART = 0.05                 # of the frame: a split screen's panel this near a band is that band
STILL_SHARE = 0.9                # of a keyframe's features within STILL_PIXELS of one of another
STILL_PIXELS = 2.0               # keyframe's: both show one still picture (``pictures``)
SPREAD_CELLS = 4                 # a keyframe described spread out (``spread_out``): its features
SPREAD_POOL = 4                  # the strongest in each of SPREAD_CELLS x SPREAD_CELLS cells, of
                                 # this many times the features found first


@dataclass(frozen=True)
class Keypoints:
    """Local features of one video's keyframes: feature ``i`` lies at ``points[i]`` (pixels of
    a keyframe ``size`` wide and high) in the keyframe shown at ``times[frame_of[i]]``."""

    times: np.ndarray            # float64 [k] keyframe instants (s)
    frame_of: np.ndarray         # int32 [n]
    points: np.ndarray           # float32 [n, 2]
    descriptors: np.ndarray      # uint8 [n, 32]
    size: tuple[int, int]        # (width, height) of the keyframes

    @classmethod
    def empty(cls, size: tuple[int, int] = (0, 0)) -> "Keypoints":
        return cls(np.zeros(0), np.zeros(0, np.int32), np.zeros((0, 2), np.float32),
                   np.zeros((0, DESCRIPTOR_BYTES), np.uint8), size)

    def __len__(self) -> int:
        return len(self.descriptors)

    def only(self, frames: np.ndarray) -> "Keypoints":
        """The features of keyframes ``frames`` (rising keyframe numbers) alone, renumbered
        0, 1, ... in that order."""
        number = np.full(len(self.times), -1, np.int32)
        number[frames] = np.arange(len(frames), dtype=np.int32)
        rows = number[self.frame_of] >= 0
        return Keypoints(self.times[frames], number[self.frame_of[rows]], self.points[rows],
                         self.descriptors[rows], self.size)

    def to_bytes(self) -> bytes:
        """One blob for storage: header (counts, size: ``HEADER_BYTES``), then each array in
        turn."""
        header = np.array([len(self.times), len(self), *self.size], np.int32)
        return b"".join((header.tobytes(), self.times.astype(np.float32).tobytes(),
                         self.frame_of.astype(np.int32).tobytes(),
                         self.points.astype(np.float16).tobytes(),
                         self.descriptors.astype(np.uint8).tobytes()))

    @staticmethod
    def count_in(header: bytes) -> int:
        """The features a stored blob holds, from its first ``HEADER_BYTES`` alone: what
        ``index status`` reads instead of every descriptor."""
        return int(np.frombuffer(header, np.int32, 1, 4)[0])

    @classmethod
    def from_bytes(cls, blob: bytes) -> "Keypoints":
        frames, count, width, height = np.frombuffer(blob, np.int32, 4)
        at = 16
        times = np.frombuffer(blob, np.float32, frames, at).astype(np.float64)
        at += 4 * frames
        frame_of = np.frombuffer(blob, np.int32, count, at)
        at += 4 * count
        points = np.frombuffer(blob, np.float16, 2 * count, at).reshape(-1, 2).astype(np.float32)
        at += 4 * count
        descriptors = np.frombuffer(blob, np.uint8, DESCRIPTOR_BYTES * count, at)
        return cls(times, frame_of, points, descriptors.reshape(-1, DESCRIPTOR_BYTES),
                   (int(width), int(height)))


def _orb(features: int):
    """Small FAST threshold and patch, because keyframes are small and copies smaller still; the
    strongest ``features`` corners per picture by Harris score."""
    return cv2.ORB_create(nfeatures=features, scaleFactor=1.2, nlevels=8, edgeThreshold=19,
                          patchSize=19, fastThreshold=12)


def bands(size: tuple[int, int], panels: Sequence[tuple[float, float, float, float]] = ()
          ) -> tuple[tuple[float, float, float, float], ...]:
    """The parts of an upload keyframe of ``size`` described again on their own (left, top,
    right, bottom, shares of the frame): ``PORTRAIT_BANDS`` for a 9:16 frame, and the
    ``panels`` of a split screen (``regions.panel_boxes``, as shares) that no band already
    covers (within ``SAME_PART`` of each side).

    A split screen's other panel takes a keyframe's strongest corners as often as not: the
    real suite's held_out_3 put a toy robot beside a soft, blurred cockatoo (`q0000`) and a
    Mahjongg board beside a still logo (`q0001`), and 465-500 of each keyframe's 500 features
    fell on the other panel, so the copy's keyframes met the right original keyframe once in
    14 and 0 in 4 (docs/matching.md, issue 15, stop 28)."""
    width, height = size
    found = PORTRAIT_BANDS if height > PORTRAIT * width else ()
    for panel in panels:
        if not any(max(abs(a - b) for a, b in zip(panel, part)) <= SAME_PART for part in found):
            found += (tuple(panel),)
    return found


def extract(keyframes: Iterable[tuple[float, np.ndarray]], features: int,
            band_features: int = 0, parts: Sequence[tuple[float, float, float, float]] | None = None,
            panels: Sequence[tuple[float, float, float, float]] = (),
            spread: bool = False) -> Keypoints:
    """ORB features of each keyframe (time, gray picture); keyframes with too few are dropped.

    With ``band_features`` (uploads), each of the keyframe's ``bands`` is also scaled up to
    ``KEYFRAME_LONG_SIDE`` and described with that many features more, mapped back to the
    keyframe's pixels. A copy stacked in half a 9:16 frame or framed between a title and a
    caption is ~250 px wide there, half its size in the original's keyframes, and the text and
    other footage around it take most of the keyframe's strongest corners; its band, described
    at about the original's scale, gives the copy features of its own; so does each of a
    split screen's ``panels`` (``bands``). ``parts`` (shares of the frame, as ``bands`` gives
    them) are described so instead of the bands and panels. ``spread``: each keyframe's own
    ``features`` spread over its picture (``spread_out``), the bands' as they are.
    """
    keyframes = list(keyframes)
    describe = _describer(features, band_features, parts, panels, spread)
    described = [(time, found) for time, picture in keyframes
                 for found in [describe(picture)] if found is not None]
    return _assembled(described, _size(keyframes))


def extract_sparse(keyframes: Sequence[tuple[float, np.ndarray]], features: int,
                   band_features: int = 0, fps: float = KEYFRAME_FPS, wait: bool = False
                   ) -> tuple[Keypoints, "LazyKeyframes | None", "LazyKeyframes | None"]:
    """What ``extract`` gives, split in three: the keyframes a ``fps`` grid keeps (the first in
    each 1/``fps`` s that has enough features) described now, the rest kept as pictures
    (``LazyKeyframes``, None if none) to be described only if they are needed; ``wait``: the
    grid's keyframes alone in their 1/``fps`` s kept as pictures too (the third), not described.

    A short upload's dense keyframes (``SHORT_UPLOAD``) help only where its 1-a-second ones
    make no match (``origin.match.matcher``), and describing them is most of what they cost.
    A keyframe alone in its bin is the grid's whatever its features, so it can wait: the
    matcher describes only those it searches (``Fingerprint.described``).
    ``merged(merged(sparse, waiting.described()), lazy.described())`` is exactly
    ``extract(keyframes, ...)``."""
    describe = _describer(features, band_features)
    described, pending, waiting = [], [], []
    bins = np.floor(np.array([time for time, _ in keyframes], np.float64) * fps + 1e-6)
    alone = np.ones(len(bins), bool)
    alone[1:] &= bins[1:] != bins[:-1]
    alone[:-1] &= bins[:-1] != bins[1:]
    done_bin = None
    for (time, picture), grid_bin, single in zip(keyframes, bins, alone):
        if grid_bin == done_bin:
            pending.append((time, picture))
            continue
        if wait and single:
            waiting.append((time, picture))
            continue
        found = describe(picture)
        if found is not None:                # the grid's keyframe of this bin: later ones wait
            described.append((time, found))
            done_bin = grid_bin
    return (_assembled(described, _size(keyframes)),
            lazy_keyframes(pending, features, band_features),
            lazy_keyframes(waiting, features, band_features))


def lazy_keyframes(keyframes: Sequence[tuple[float, np.ndarray]], features: int,
                   band_features: int = 0) -> "LazyKeyframes | None":
    """(time, picture) keyframes kept as pictures, to be described with ``features`` (and
    ``band_features`` per band) when asked; None if there are none."""
    return (LazyKeyframes(tuple(time for time, _ in keyframes),
                          tuple(picture for _, picture in keyframes), features, band_features)
            if keyframes else None)


@dataclass(frozen=True)
class LazyKeyframes:
    """Keyframes kept as gray pictures, to be described (``extract``) when asked for;
    ``mirrored``: described as if flipped left to right (``mirror``)."""

    times: tuple[float, ...]
    pictures: tuple[np.ndarray, ...]
    features: int
    band_features: int
    panels: tuple[tuple[float, float, float, float], ...] = ()
    mirrored: bool = False
    spread: bool = False
    parts: tuple[tuple[float, float, float, float], ...] | None = None   # described instead of
                                                                          # the bands and panels

    def described(self) -> Keypoints:
        pictures = (tuple(np.ascontiguousarray(picture[:, ::-1]) for picture in self.pictures)
                    if self.mirrored else self.pictures)
        return extract(list(zip(self.times, pictures)), self.features, self.band_features,
                       parts=self.parts, panels=self.panels, spread=self.spread)

    def only(self, keep: np.ndarray) -> "LazyKeyframes":
        """The keyframes where ``keep`` (bool per keyframe) holds."""
        return replace(self, times=tuple(time for time, kept in zip(self.times, keep) if kept),
                       pictures=tuple(picture for picture, kept in zip(self.pictures, keep) if kept))

    def with_features(self, features: int) -> "LazyKeyframes":
        """These keyframes, to be described with ``features`` each."""
        return replace(self, features=features)

    def spread_out(self) -> "LazyKeyframes":
        """These keyframes, each to be described with its features spread over its picture
        (``spread_out``)."""
        return replace(self, spread=True)

    def mirror(self) -> "LazyKeyframes":
        """These keyframes flipped left to right, their panels with them.

        ORB's descriptors are not mirror-invariant (the BRIEF pattern is no mirror image of
        itself) and the geometry tier refuses reflections, so a flipped copy's keyframes meet
        its original's only when described flipped back (``Fingerprint.mirrored``)."""
        return replace(self, mirrored=not self.mirrored,
                       panels=tuple(mirrored_part(panel) for panel in self.panels))


def mirrored_part(part: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A part of a frame (left, top, right, bottom, shares) where it lies in the frame flipped
    left to right."""
    left, top, right, bottom = part
    return (1.0 - right, top, 1.0 - left, bottom)


def panels_only(keyframes: Sequence[tuple[float, np.ndarray]], band_features: int,
                panels: Sequence[tuple[float, float, float, float]]) -> Keypoints:
    """The features of a split screen's ``panels`` alone (those ``bands`` adds to the portrait
    bands), each described with ``band_features`` as ``extract`` describes it, in
    ``keyframes`` (an ``extract_sparse``'s described ones): ``joined`` with those keyframes'
    own features, what ``extract(..., panels=panels)`` gives them (but for a keyframe whose
    panels alone hold fewer than ``MIN_FEATURES``: left out here)."""
    size = _size(keyframes)
    parts = bands(size, panels)[len(bands(size)):]
    if not parts:
        return Keypoints.empty(size)
    return extract(keyframes, 0, band_features, parts)


def pictures(keypoints: Keypoints) -> np.ndarray:
    """Per keyframe, the number of the still picture it shows (0, 1, ... in time order): a
    keyframe with ``STILL_SHARE`` of its features within ``STILL_PIXELS`` of the features of
    the first keyframe of the current run shows that run's picture, else it begins the next.
    Held slides are one picture for seconds (a generated deck: 0.96-1.00 of the features of
    one slide's keyframes a second apart, 0.24-0.48 across a change of slide); a pan, a zoom
    or a scene in motion moves its features off their places. Against the run's first
    keyframe, so a slow drift ends a run once it has moved the features that far."""
    numbers = np.zeros(len(keypoints.times), np.int64)
    first = 0
    for frame in range(1, len(keypoints.times)):
        if one_picture(keypoints, first, frame):
            numbers[frame] = numbers[frame - 1]
        else:
            numbers[frame] = numbers[frame - 1] + 1
            first = frame
    return numbers


def one_picture(keypoints: Keypoints, first: int, second: int) -> bool:
    """Whether keyframe ``second`` shows keyframe ``first``'s still picture: ``STILL_SHARE``
    of its features within ``STILL_PIXELS`` of one of ``first``'s (``pictures``)."""
    return _still_share(keypoints.points[keypoints.frame_of == second],
                        keypoints.points[keypoints.frame_of == first]) >= STILL_SHARE


def _still_share(points: np.ndarray, against: np.ndarray) -> float:
    """The share of ``points`` within ``STILL_PIXELS`` of one of ``against`` (both coordinates).

    Only the points of ``against`` in a narrow column about each point's are compared (sorted
    by x, found by ``searchsorted``), not a table of every pair: upload keyframes hold up to
    ~1 400 features (a 9:16 frame's bands), and the table of two of them took ~25 ms; the
    matcher asks this of upload keyframes where a copy may go from picture to picture
    (``match.matcher._goes_on``). The same answer as the table's, pair for pair."""
    if not len(points) or not len(against):
        return 0.0
    order = np.argsort(against[:, 0], kind="stable")
    columns = against[order]
    reach = STILL_PIXELS + 0.01                   # wider than any rounding of the differences
    low = np.searchsorted(columns[:, 0], points[:, 0] - reach, side="left")
    count = np.searchsorted(columns[:, 0], points[:, 0] + reach, side="right") - low
    owner = np.repeat(np.arange(len(points)), count)
    candidate = low[owner] + (np.arange(len(owner)) - np.repeat(np.cumsum(count) - count, count))
    apart = np.abs(points[owner] - columns[candidate]).max(axis=1)
    near = np.zeros(len(points), bool)
    near[owner[apart <= STILL_PIXELS]] = True
    return float(np.mean(near))


def joined(first: Keypoints, second: Keypoints) -> Keypoints:
    """Each keyframe of ``first`` with the features ``second`` has at the same instant after
    its own (``second``'s keyframes are some of ``first``'s)."""
    if not len(second):
        return first
    frame = np.searchsorted(first.times, second.times)
    if np.any(frame >= len(first.times)) or not np.array_equal(first.times[frame], second.times):
        raise ValueError("joined keyframes must be the first's")     # cannot: one keyframe list
    frame_of = np.concatenate([first.frame_of, frame[second.frame_of]]).astype(np.int32)
    rows = np.argsort(frame_of, kind="stable")
    return Keypoints(first.times, frame_of[rows],
                     np.concatenate([first.points, second.points])[rows],
                     np.concatenate([first.descriptors, second.descriptors])[rows], first.size)


def merged(first: Keypoints, second: Keypoints) -> Keypoints:
    """The keyframes of both in time order, as if described together by one ``extract``."""
    if not len(second):
        return first
    if not len(first):
        return second
    times = np.concatenate([first.times, second.times])
    order = np.argsort(times, kind="stable")
    number = np.empty(len(order), np.int64)
    number[order] = np.arange(len(order))            # old keyframe (first's, then second's) -> new
    frame_of = np.concatenate([number[first.frame_of], number[len(first.times) + second.frame_of]])
    rows = np.argsort(frame_of, kind="stable")
    return Keypoints(times[order], frame_of[rows].astype(np.int32),
                     np.concatenate([first.points, second.points])[rows],
                     np.concatenate([first.descriptors, second.descriptors])[rows],
                     first.size if first.size != (0, 0) else second.size)


def spread_out(orb, picture: np.ndarray, features: int) -> tuple[tuple, np.ndarray | None]:
    """ORB keypoints and descriptors of ``picture``: of ``SPREAD_POOL`` x ``features`` found
    (``orb`` finds that many), the strongest ``features`` / ``SPREAD_CELLS``² in each cell of
    a ``SPREAD_CELLS`` x ``SPREAD_CELLS`` grid, so that no part of the picture takes them all.

    ORB keeps a picture's strongest corners by Harris score, and big text burnt in over a
    picture has the sharpest corners in the frame: held_out_11's text overlays of a flat
    animation (`q0066`, "FOLLOW LOL" across its middle) and of Jupiter (`q0067`, three lines
    on its black) had every one of their keyframes' 500 features on the letters, 1 000 too
    for Jupiter, and matched nothing; spread over the cells, the shapes' and the planet's
    corners are described too (docs/matching.md, *Features spread over the picture (stop 36)*).
    """
    found = orb.detect(picture, None)
    if not found:
        return (), None
    height, width = picture.shape[:2]
    points = cv2.KeyPoint_convert(found)
    cells = (np.minimum((points[:, 1] * SPREAD_CELLS / height).astype(np.int64), SPREAD_CELLS - 1)
             * SPREAD_CELLS
             + np.minimum((points[:, 0] * SPREAD_CELLS / width).astype(np.int64), SPREAD_CELLS - 1))
    response = np.array([point.response for point in found], np.float64)
    order = np.lexsort((-response, cells))               # by cell, the strongest first
    rank = np.arange(len(order)) - np.searchsorted(cells[order], cells[order])
    kept = order[rank < max(1, features // (SPREAD_CELLS * SPREAD_CELLS))]
    return orb.compute(picture, [found[number] for number in np.sort(kept)])


def _describer(features: int, band_features: int,
               parts: Sequence[tuple[float, float, float, float]] | None = None,
               panels: Sequence[tuple[float, float, float, float]] = (), spread: bool = False):
    """``picture -> (points, descriptors)`` of one keyframe (see ``extract``), None with fewer
    than ``MIN_FEATURES``; ``parts``: described apart instead of ``bands`` (and ``panels``);
    ``spread``: the keyframe's own features spread over its picture (``spread_out``)."""
    orb = (_orb(SPREAD_POOL * features if spread else features) if features else None)
    band_orb = _orb(band_features) if band_features else None

    def describe(picture: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        size = (picture.shape[1], picture.shape[0])
        picture = np.ascontiguousarray(picture)
        found, described = ((spread_out(orb, picture, features) if spread
                             else orb.detectAndCompute(picture, None))
                            if orb is not None else ((), None))   # no features: the parts alone
        # KeyPoint_convert: the same float32 points without a Python tuple per keypoint
        here = [cv2.KeyPoint_convert(found)] if found else []
        described = [described] if described is not None else []
        for left, top, right, bottom in ((bands(size, panels) if parts is None else parts)
                                         if band_orb is not None else ()):
            x0, y0 = round(left * size[0]), round(top * size[1])
            part = picture[y0:round(bottom * size[1]), x0:round(right * size[0])]
            scale = KEYFRAME_LONG_SIDE / max(part.shape)
            grown = cv2.resize(part, (round(part.shape[1] * scale), round(part.shape[0] * scale)),
                               interpolation=cv2.INTER_LINEAR)
            band_found, band_described = band_orb.detectAndCompute(grown, None)
            if band_described is None:
                continue
            here.append(cv2.KeyPoint_convert(band_found) / scale
                        + np.array([x0, y0], np.float32))
            described.append(band_described)
        if sum(len(block) for block in described) < MIN_FEATURES:
            return None
        return np.concatenate(here), np.concatenate(described)

    # A still or slow video hands the same picture keyframe after keyframe (on the real suite
    # 23 % of upload descriptors repeat one of their upload's): ORB's answer is a function of
    # the pixels, so a picture equal to the one before gets that one's answer again.
    last: list = [None, None]                 # the picture described last, and its answer

    def remembered(picture: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        if last[0] is None or not np.array_equal(last[0], picture):
            last[0], last[1] = picture, describe(picture)
        return last[1]

    return remembered


def _size(keyframes: Sequence[tuple[float, np.ndarray]]) -> tuple[int, int]:
    """(width, height) of the keyframes' pictures (all one size), (0, 0) without any."""
    return (keyframes[-1][1].shape[1], keyframes[-1][1].shape[0]) if keyframes else (0, 0)


def _assembled(described: list[tuple[float, tuple[np.ndarray, np.ndarray]]],
               size: tuple[int, int]) -> Keypoints:
    if not described:
        return Keypoints.empty(size)
    return Keypoints(np.asarray([time for time, _ in described], np.float64),
                     np.concatenate([np.full(len(found[1]), number, np.int32)
                                     for number, (_, found) in enumerate(described)]),
                     np.concatenate([found[0] for _, found in described]),
                     np.concatenate([found[1] for _, found in described]), size)
