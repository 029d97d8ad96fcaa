"""Generated video and the re-upload transforms, with exact ground truth.

The demo, the tests and the benchmark need footage that nobody owns and that can be made on any
machine in seconds, plus copies of it edited the way re-uploaders edit (crop, flip, 9:16 canvas,
speed change, picture-in-picture, ...), each with the truth of which part copies which.

Generated video is a camera panning and zooming over a large procedurally painted "world"
(multi-scale smoothed noise, gradients, shapes, text) with moving sprites and a scene cut every
few seconds, so frame hashes drift slowly within a shot and jump at cuts, as on real footage.
Different seeds give unrelated videos. Everything is written as H.264 MP4 through PyAV.
"""
from __future__ import annotations

import ctypes
import functools
import math
import os
import platform
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Protocol, Sequence

import av
import cv2
import numpy as np

from origin.synthetic_font import draw_text

Frame = np.ndarray                      # H x W x 3 uint8, BGR
FrameOp = Callable[[Frame, float], Frame]  # (frame, upload time in s) -> edited frame

DEFAULT_SIZE = (320, 180)
DEFAULT_FPS = 25.0

FAMILIES: tuple[str, ...] = (
    "reencode", "downscale", "crop", "pad", "letterbox_9x16", "canvas_9x16_blur", "hflip",
    "color", "grayscale", "noise", "blur", "text_overlay", "logo_overlay", "pip", "fps_change",
    "speed", "rotate", "embed", "combo",
)
# Re-upload styles short-video apps see every day, and harder versions of earlier families
# (issue 15). Each records where the copy sits in its params: ``copy_rect`` (x0, y0, x1, y1 as
# fractions of the upload frame) and ``visible`` (the part of the original shown, same form).
HARD_FAMILIES: tuple[str, ...] = (
    "split_screen", "stacked_9x16", "framed_9x16", "filmed_screen", "moving_sticker", "zoom",
    "speed_up", "slow_down", "low_res", "corner_box", "crop_off_centre", "canvas_9x16_plus",
    "splice",
)
ALL_FAMILIES: tuple[str, ...] = FAMILIES + HARD_FAMILIES
# Families with a harder variant (``apply_transform(..., harder=True)``): the real suite's first
# copies of them were found at the tuning stage while held-out copies were missed, so the tuning
# part needs copies at the hard end of what apps and phones do (issue 15).
HARDER_FAMILIES: tuple[str, ...] = ("filmed_screen", "rotate", "split_screen", "crop_off_centre")

_CAP_HEIGHT = 22      # px of a capital at scale 1, as cv2's Hershey fonts (whose shapes vary by release)
_WORDS = ("WOW", "MUST SEE", "FULL VIDEO", "LINK IN BIO", "FOLLOW", "LOL", "EPIC", "NEW",
          "TOP 10", "PART 2", "VIRAL", "SUBSCRIBE", "OMG", "DAILY CLIPS", "BEST OF", "HD")


class CopiedSegment(NamedTuple):
    """Ground truth: upload_start..upload_end (s) of the upload shows original_start..original_end."""

    upload_start: float
    upload_end: float
    original_start: float
    original_end: float


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    fps: float
    frames: int

    @property
    def duration(self) -> float:
        return self.frames / self.fps if self.fps > 0 else 0.0


@dataclass
class TransformedVideo:
    """A file made from an original, with the parameters drawn and the copied segments."""

    path: Path
    family: str
    params: dict
    segments: list[CopiedSegment]
    duration: float
    fps: float
    size: tuple[int, int]
    source: Path | None = None


# --------------------------------------------------------------------------------------------
# Reading and writing
# --------------------------------------------------------------------------------------------

def probe(path: Path | str) -> VideoInfo:
    """Size, frame rate and frame count, counting packets when the container does not say."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = float(stream.average_rate or stream.guessed_rate or 0) or DEFAULT_FPS
        frames = int(stream.frames or 0)
        if frames <= 0:
            frames = sum(1 for packet in container.demux(stream) if packet.size)
        return VideoInfo(stream.codec_context.width, stream.codec_context.height, fps, frames)


def iter_frames(path: Path | str) -> Iterator[tuple[float, Frame]]:
    """(time from the first frame, BGR frame) for every decoded frame."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = float(stream.average_rate or stream.guessed_rate or 0) or DEFAULT_FPS
        first: float | None = None
        for index, frame in enumerate(container.decode(stream)):
            time = frame.time if frame.time is not None else index / fps
            if first is None:
                first = time
            yield time - first, frame.to_ndarray(format="bgr24")


def read_frame_at(path: Path | str, seconds: float) -> Frame:
    """The frame shown at ``seconds`` (the last one starting at or before it)."""
    shown: Frame | None = None
    for time, frame in iter_frames(path):
        if time > seconds + 1e-6 and shown is not None:
            break
        shown = frame
    if shown is None:
        raise ValueError(f"{path}: no frames")
    return shown


_M_PERTURB = -6                  # glibc's mallopt parameter (malloc.h)
_zeroing = threading.Lock()
_zeroing_depth = 0


@contextmanager
def _zeroed_allocations() -> Iterator[None]:
    """Memory malloc hands out meanwhile is zero-filled, as a fresh process's pages are
    (glibc's ``M_PERTURB`` with byte 0xff: 0x00 on allocation, 0xff on free); elsewhere
    nothing. Afterwards the byte of ``MALLOC_PERTURB_`` (unset: 0) is back. Nested or
    concurrent uses share one setting, made by the first and undone by the last."""
    global _zeroing_depth
    libc = _libc()
    if libc is None:
        yield
        return
    with _zeroing:
        if _zeroing_depth == 0:
            libc.mallopt(_M_PERTURB, 0xFF)
        _zeroing_depth += 1
    try:
        yield
    finally:
        with _zeroing:
            _zeroing_depth -= 1
            if _zeroing_depth == 0:
                libc.mallopt(_M_PERTURB, _env_perturb())


def _env_perturb() -> int:
    try:
        return int(os.environ.get("MALLOC_PERTURB_", "0")) & 0xFF
    except ValueError:
        return 0


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    """glibc, whose ``mallopt`` sets the perturbation byte; None elsewhere (musl, macOS)."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


class VideoWriter:
    """H.264 MP4 through PyAV's bundled libx264; one encoder thread unless asked (2-core box).

    Encoding runs with the memory it allocates zero-filled (``_zeroed_allocations``): with its
    macroblock tree and B-frames, the bundled libx264 reads memory it never wrote, so the same
    frames came out encoded differently after other work in the process (a freshly started
    process gets zeroed pages, and the same bytes every time). A test's media then depended on
    what ran before: a split-screen upload's last second aligned 1.08 s off in two full-suite
    runs of ~15, never alone (stop 27, docs/development.md). Now the bytes are a fresh
    process's whatever the process did before (``tests/test_synthetic.py``)."""

    def __init__(self, path: Path | str, size: tuple[int, int], fps: float, crf: int = 20,
                 preset: str = "veryfast", threads: int = 1):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.size = (_even(size[0]), _even(size[1]))
        self.rate = Fraction(fps).limit_denominator(1001)
        self._container = av.open(str(self.path), mode="w")
        self._stream = self._container.add_stream("libx264", rate=self.rate)
        self._stream.width, self._stream.height = self.size
        self._stream.pix_fmt = "yuv420p"
        self._stream.options = {"crf": str(crf), "preset": preset}
        self._stream.codec_context.thread_count = threads
        self._count = 0

    def write(self, image: Frame) -> None:
        if (image.shape[1], image.shape[0]) != self.size:
            image = cv2.resize(image, self.size, interpolation=cv2.INTER_AREA)
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(image), format="bgr24")
        frame.pts = self._count
        frame.time_base = 1 / self.rate
        self._count += 1
        with _zeroed_allocations():
            packets = self._stream.encode(frame)
        for packet in packets:
            self._container.mux(packet)

    def close(self) -> None:
        with _zeroed_allocations():
            packets = self._stream.encode()
        for packet in packets:
            self._container.mux(packet)
        self._container.close()

    def __enter__(self) -> "VideoWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FrameSource(Protocol):
    def frame_at(self, seconds: float) -> Frame: ...


class _StreamingReader:
    """Frames of a file at non-decreasing times, decoding forward only (no seeking, no RAM pile)."""

    def __init__(self, path: Path | str):
        self._frames = iter_frames(path)
        self._current: tuple[float, Frame] | None = next(self._frames, None)
        if self._current is None:
            raise ValueError(f"{path}: no frames")
        self._next = next(self._frames, None)

    def frame_at(self, seconds: float) -> Frame:
        while self._next is not None and self._next[0] <= seconds + 1e-6:
            self._current, self._next = self._next, next(self._frames, None)
        return self._current[1]


class LoopingFootage:
    """A video file as endless footage for the parts of an upload that copy nothing (the other
    half of a split screen, the picture behind a picture-in-picture, what a clip is spliced
    into): ``frame_at(t)`` plays it from ``offset`` seconds and starts over at its end."""

    def __init__(self, path: Path | str, offset: float = 0.0):
        self.path = Path(path)
        self.duration = probe(self.path).duration
        if self.duration <= 0:
            raise ValueError(f"{self.path}: no frames")
        self.offset = float(offset)
        self._reader: _StreamingReader | None = None
        self._last = math.inf

    def frame_at(self, seconds: float) -> Frame:
        local = (self.offset + seconds) % self.duration
        if self._reader is None or local < self._last:      # looped or went back: start over
            self._reader = _StreamingReader(self.path)
        self._last = local
        return self._reader.frame_at(local)


# --------------------------------------------------------------------------------------------
# Procedural footage
# --------------------------------------------------------------------------------------------

@dataclass
class _Shot:
    start: float
    end: float
    world: np.ndarray
    camera_from: np.ndarray     # (centre x, centre y, zoom)
    camera_to: np.ndarray
    sprites: list[dict]
    fade_in: bool
    fade_out: bool


class SyntheticFootage:
    """Random-access procedural video: ``frame_at(t)`` renders the shot that covers ``t``."""

    WORLD_SCALE = 2.6            # the painted world is this many frames wide and high
    FADE_SECONDS = 0.4

    def __init__(self, seed: int, size: tuple[int, int] = DEFAULT_SIZE,
                 shot_seconds: tuple[float, float] = (2.0, 5.0)):
        self.seed = int(seed)
        self.size = (_even(size[0]), _even(size[1]))
        self._cut_rng = np.random.default_rng([self.seed, 0])
        self._shot_seconds = shot_seconds
        self._cuts = [0.0]
        self._cache: dict[int, _Shot] = {}

    def _shot_index(self, seconds: float) -> int:
        while self._cuts[-1] <= seconds:
            self._cuts.append(self._cuts[-1] + float(self._cut_rng.uniform(*self._shot_seconds)))
        return max(0, int(np.searchsorted(self._cuts, seconds, side="right")) - 1)

    def _shot(self, index: int) -> _Shot:
        if index not in self._cache:
            if len(self._cache) >= 3:
                self._cache.pop(next(iter(self._cache)))
            self._cache[index] = self._make_shot(index)
        return self._cache[index]

    def _make_shot(self, index: int) -> _Shot:
        rng = np.random.default_rng([self.seed, 1, index])
        width, height = self.size
        world = _paint_world(rng, int(width * self.WORLD_SCALE), int(height * self.WORLD_SCALE))
        start = self._camera(rng, world.shape)
        end = self._camera_move(rng, start, world.shape)
        sprites = [_random_sprite(rng, self.size) for _ in range(int(rng.integers(0, 4)))]
        return _Shot(self._cuts[index], self._cuts[index + 1], world, start, end,
                     sprites, fade_in=bool(rng.random() < 0.15), fade_out=bool(rng.random() < 0.15))

    def _camera(self, rng: np.random.Generator, world_shape: tuple[int, ...]) -> np.ndarray:
        zoom = float(rng.uniform(0.7, 1.6))          # output pixels per world pixel
        return self._clamped(rng.uniform([0, 0], world_shape[1::-1]), zoom, world_shape)

    def _camera_move(self, rng: np.random.Generator, start: np.ndarray,
                     world_shape: tuple[int, ...]) -> np.ndarray:
        """Where the camera ends the shot: a slow pan (<= ~60 % of a frame) and a gentle zoom."""
        zoom = float(np.clip(start[2] * rng.uniform(0.85, 1.18), 0.7, 1.6))
        shift = rng.uniform(-0.6, 0.6, 2) * self.size[0] / zoom
        return self._clamped(start[:2] + shift, zoom, world_shape)

    def _clamped(self, centre: np.ndarray, zoom: float, world_shape: tuple[int, ...]) -> np.ndarray:
        half_w, half_h = self.size[0] / zoom / 2, self.size[1] / zoom / 2
        x = float(np.clip(centre[0], half_w, world_shape[1] - half_w))
        y = float(np.clip(centre[1], half_h, world_shape[0] - half_h))
        return np.array([x, y, zoom])

    def frame_at(self, seconds: float) -> Frame:
        shot = self._shot(self._shot_index(seconds))
        span = max(shot.end - shot.start, 1e-6)
        progress = (seconds - shot.start) / span
        eased = 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))
        x, y, zoom = shot.camera_from + (shot.camera_to - shot.camera_from) * eased
        width, height = self.size
        matrix = np.array([[zoom, 0, width / 2 - zoom * x], [0, zoom, height / 2 - zoom * y]])
        frame = cv2.warpAffine(shot.world, matrix, self.size, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REFLECT)
        for sprite in shot.sprites:
            _draw_sprite(frame, sprite, seconds - shot.start)
        fade = 1.0
        if shot.fade_in:
            fade = min(fade, (seconds - shot.start) / self.FADE_SECONDS)
        if shot.fade_out:
            fade = min(fade, (shot.end - seconds) / self.FADE_SECONDS)
        if fade < 1.0:
            frame = (frame.astype(np.float32) * max(fade, 0.0)).astype(np.uint8)
        return frame


class PhotoFootage:
    """Ken Burns footage over photographs: each photo for ``seconds_each`` s while the camera
    pans across it or zooms in or out (``motion``: pan | zoom_in | zoom_out | mixed), cross-fading
    into the next. Real pictures with the camera moves slideshow apps make, at any output size
    (9:16 too), so a catalogue of real-looking originals costs no video decoding."""

    FADE_SECONDS = 0.5

    def __init__(self, photos: Sequence[Frame], size: tuple[int, int], seconds_each: float = 4.0,
                 seed: int = 0, motion: str = "mixed"):
        if not photos:
            raise ValueError("PhotoFootage needs at least one photo")
        self.photos = list(photos)
        self.size = (_even(size[0]), _even(size[1]))
        self.seconds_each = float(seconds_each)
        rng = np.random.default_rng(seed)
        self._moves = [self._move(rng, photo, motion) for photo in self.photos]

    @property
    def duration(self) -> float:
        return self.seconds_each * len(self.photos)

    def _move(self, rng: np.random.Generator, photo: Frame, motion: str) -> tuple[np.ndarray, np.ndarray]:
        """(x centre, y centre, window width) at the start and the end, in photo pixels."""
        height, width = photo.shape[:2]
        aspect = self.size[0] / self.size[1]
        largest = min(width, height * aspect)            # widest window of the output's shape
        kind = str(rng.choice(["pan", "zoom_in", "zoom_out"])) if motion == "mixed" else motion
        if kind == "pan":
            scales = (float(rng.uniform(0.6, 0.85)),) * 2
        else:
            scales = (1.0, float(rng.uniform(0.55, 0.75)))
            if kind == "zoom_out":
                scales = scales[::-1]
        ends = []
        for scale in scales:
            window_w = largest * scale
            half_w, half_h = window_w / 2, window_w / aspect / 2
            # (max: a window exactly as tall as the photo must not fail on rounding)
            ends.append(np.array([rng.uniform(half_w, max(half_w, width - half_w)),
                                  rng.uniform(half_h, max(half_h, height - half_h)), window_w]))
        return ends[0], ends[1]

    def _render(self, index: int, progress: float) -> Frame:
        start, end = self._moves[index]
        eased = 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))
        x, y, window_w = start + (end - start) * eased
        zoom = self.size[0] / window_w
        matrix = np.array([[zoom, 0, self.size[0] / 2 - zoom * x], [0, zoom, self.size[1] / 2 - zoom * y]])
        return cv2.warpAffine(self.photos[index], matrix, self.size, flags=cv2.INTER_AREA if zoom < 1
                              else cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)

    def frame_at(self, seconds: float) -> Frame:
        index = min(int(seconds // self.seconds_each), len(self.photos) - 1)
        into = seconds - index * self.seconds_each
        frame = self._render(index, into / self.seconds_each)
        left = self.seconds_each - into
        if left < self.FADE_SECONDS and index + 1 < len(self.photos):
            weight = 1 - left / self.FADE_SECONDS
            frame = cv2.addWeighted(frame, 1 - weight, self._render(index + 1, 0.0), weight, 0)
        return frame


def _paint_world(rng: np.random.Generator, width: int, height: int) -> Frame:
    """A large image with structure at every scale: noise octaves, a gradient, shapes, text."""
    palette = rng.uniform(0, 255, size=(3, 3)).astype(np.float32)     # three colours to mix
    canvas = np.zeros((height, width, 3), np.float32)
    for cells, weight in ((3, 0.45), (9, 0.27), (30, 0.16), (90, 0.12)):   # coarse to fine texture
        small = rng.random((cells, max(2, int(cells * width / height)), 3)).astype(np.float32)
        canvas += weight * cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    mix = np.clip(canvas, 0, 1)
    image = (mix[..., :1] * palette[0] + mix[..., 1:2] * palette[1]
             + (1 - mix[..., 2:3]) * palette[2]) / 1.6
    ramp = np.linspace(-1, 1, width, dtype=np.float32)[None, :, None]
    angle = rng.uniform(0, 2 * math.pi)
    ramp_y = np.linspace(-1, 1, height, dtype=np.float32)[:, None, None]
    image += 50 * (math.cos(angle) * ramp + math.sin(angle) * ramp_y)
    image = np.clip(image, 0, 255).astype(np.uint8)

    scale = min(width, height)
    for _ in range(int(rng.integers(25, 50))):
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        kind = rng.integers(0, 4)
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        size = int(scale * (rng.uniform(0.01, 0.05) if rng.random() < 0.5 else rng.uniform(0.05, 0.18)))
        thickness = -1 if rng.random() < 0.7 else int(rng.integers(2, 8))
        if kind == 0:
            cv2.circle(image, (x, y), size, colour, thickness, cv2.LINE_AA)
        elif kind == 1:
            cv2.rectangle(image, (x, y), (x + 2 * size, y + int(size * rng.uniform(0.5, 2))),
                          colour, thickness, cv2.LINE_AA)
        elif kind == 2:
            points = rng.integers(-size, size, size=(int(rng.integers(3, 7)), 2)) + [x, y]
            cv2.fillPoly(image, [points.astype(np.int32)], colour, cv2.LINE_AA)
        else:
            end = (x + int(rng.integers(-3, 4) * size), y + int(rng.integers(-3, 4) * size))
            cv2.line(image, (x, y), end, colour, int(rng.integers(2, 10)), cv2.LINE_AA)
    for _ in range(int(rng.integers(2, 6))):
        text = "".join(chr(int(c)) for c in rng.integers(65, 91, int(rng.integers(3, 9))))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        origin = (int(rng.integers(0, width // 2)), int(rng.integers(20, height)))
        draw_text(image, text, origin, round(_CAP_HEIGHT * scale / 250 * rng.uniform(0.4, 1.4)),
                  colour, thickness=int(rng.integers(2, 6)))
    return cv2.GaussianBlur(image, (0, 0), 0.8)


def _random_sprite(rng: np.random.Generator, size: tuple[int, int]) -> dict:
    width, height = size
    return {"from": rng.uniform([0, 0], [width, height]), "velocity": rng.uniform(-0.3, 0.3, 2) * width,
            "radius": int(rng.uniform(0.04, 0.12) * height) + 2,
            "colour": tuple(int(c) for c in rng.integers(0, 256, 3)), "round": bool(rng.random() < 0.5)}


def _draw_sprite(frame: Frame, sprite: dict, seconds: float) -> None:
    x, y = (sprite["from"] + sprite["velocity"] * seconds).astype(int)
    radius = sprite["radius"]
    if sprite["round"]:
        cv2.circle(frame, (int(x), int(y)), radius, sprite["colour"], -1, cv2.LINE_AA)
    else:
        cv2.rectangle(frame, (int(x) - radius, int(y) - radius), (int(x) + radius, int(y) + radius),
                      sprite["colour"], -1, cv2.LINE_AA)


def generate_video(path: Path | str, seed: int, seconds: float, size: tuple[int, int] = DEFAULT_SIZE,
                   fps: float = DEFAULT_FPS, crf: int = 18, threads: int = 1) -> Path:
    """Write ``seconds`` of procedural footage for ``seed`` as H.264 MP4; returns the path."""
    footage = SyntheticFootage(seed, size)
    frames = int(round(seconds * fps))
    with VideoWriter(path, footage.size, fps, crf=crf, threads=threads) as writer:
        for index in range(frames):
            writer.write(footage.frame_at(index / fps))
    return Path(path)


def generate_gradients(path: Path | str, seed: int, seconds: float = 8.0,
                       size: tuple[int, int] = DEFAULT_SIZE, fps: float = 12.0) -> Path:
    """Slowly turning three-colour linear gradients, like FFmpeg's ``gradients`` source at
    ``speed=0.05``: contrast everywhere, detail nowhere (as skies and smooth backdrops)."""
    rng = np.random.default_rng(seed)
    colours = rng.integers(0, 256, (3, 3)).astype(np.float32)
    angle, spin = rng.uniform(0, 2 * np.pi), rng.uniform(0.02, 0.05) * rng.choice([-1, 1])
    ys, xs = np.mgrid[0:size[1], 0:size[0]].astype(np.float32)
    xs, ys = xs / size[0] - 0.5, ys / size[1] - 0.5
    with VideoWriter(path, size, fps) as writer:
        for index in range(int(seconds * fps)):
            turn = angle + spin * index / fps
            along = np.clip((xs * np.cos(turn) + ys * np.sin(turn)) / 1.2 + 0.5, 0, 1) * 2
            low = np.minimum(along.astype(int), 1)
            share = (along - low)[..., None]
            writer.write((colours[low] * (1 - share) + colours[low + 1] * share).astype(np.uint8))
    return Path(path)


# --------------------------------------------------------------------------------------------
# Transforms
# --------------------------------------------------------------------------------------------

@dataclass
class _Plan:
    """How to make the upload: which frames, how edited, how encoded."""

    ops: list[FrameOp] = field(default_factory=list)
    params: dict = field(default_factory=dict)
    speed: float = 1.0
    fps: float | None = None
    crf: int = 23
    embed: bool = False
    filler_before: float = 0.0
    filler_after: float = 0.0
    piece_seconds: float | None = None     # copy only a piece this long (splice)


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)


def _op_downscale(factor: float) -> FrameOp:
    def op(frame: Frame, _t: float) -> Frame:
        return cv2.resize(frame, (_even(frame.shape[1] * factor), _even(frame.shape[0] * factor)),
                          interpolation=cv2.INTER_AREA)
    return op


def _near_an_edge(rng, margin: float) -> tuple[float, float]:
    """A crop window's offsets on both axes, each within ``margin`` of one edge or the other
    (both candidates drawn, then one chosen: the draws of the suites built so far)."""
    return tuple(float(rng.choice([rng.uniform(0, margin), rng.uniform(1 - margin, 1)]))
                 for _ in range(2))


def _crop(plan: _Plan, p: dict, whole, keep_w: float, keep_h: float, offset_x: float,
          offset_y: float) -> None:
    """Crop the copy to a window (stretched back to the frame) and say so in the parameters."""
    plan.ops.append(_op_crop(keep_w, keep_h, offset_x, offset_y))
    p.update(crop_keep=(round(keep_w, 3), round(keep_h, 3)), copy_rect=_round_rect(whole),
             visible=_round_rect(_crop_window(keep_w, keep_h, offset_x, offset_y)))


def _op_crop(keep_w: float, keep_h: float, offset_x: float, offset_y: float) -> FrameOp:
    """Keep a window of the frame and scale it back to the frame size, as editors do."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        crop_w, crop_h = int(width * keep_w), int(height * keep_h)
        x0, y0 = int((width - crop_w) * offset_x), int((height - crop_h) * offset_y)
        return cv2.resize(frame[y0:y0 + crop_h, x0:x0 + crop_w], (width, height),
                          interpolation=cv2.INTER_LINEAR)
    return op


def _op_pad(left: float, right: float, top: float, bottom: float, colour: tuple[int, int, int]) -> FrameOp:
    """Shrink the picture inside solid borders, keeping the frame size."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        inner_w = max(2, int(width * (1 - left - right)))
        inner_h = max(2, int(height * (1 - top - bottom)))
        out = np.empty_like(frame)
        out[:] = colour
        x0, y0 = int(width * left), int(height * top)
        out[y0:y0 + inner_h, x0:x0 + inner_w] = cv2.resize(frame, (inner_w, inner_h),
                                                           interpolation=cv2.INTER_AREA)
        return out
    return op


def _canvas_size(width: int, height: int) -> tuple[int, int]:
    """A 9:16 canvas as wide as the landscape source is high (1920x1080 -> 1080x1920, as apps do)."""
    return _even(height), _even(height * 16 / 9)


def _op_letterbox_9x16(content_scale: float) -> FrameOp:
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        canvas_w, canvas_h = _canvas_size(width, height)
        out = np.zeros((canvas_h, canvas_w, 3), np.uint8)
        _paste_centre(out, frame, content_scale)
        return out
    return op


def _op_canvas_9x16_blur(content_scale: float, darken: float, sigma: float) -> FrameOp:
    """Landscape video centred on a 9:16 canvas filled with a blurred, enlarged copy of itself."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        canvas_w, canvas_h = _canvas_size(width, height)
        # Blur at quarter resolution: same look, a fraction of the cost.
        small_h = max(8, canvas_h // 4)
        small_w = max(8, int(width * small_h / height))
        small = cv2.resize(frame, (small_w, small_h), interpolation=cv2.INTER_AREA)
        x0 = max(0, (small_w - canvas_w // 4) // 2)
        small = small[:, x0:x0 + max(2, canvas_w // 4)]
        small = cv2.GaussianBlur(small, (0, 0), sigma / 4)
        background = cv2.resize(small, (canvas_w, canvas_h), interpolation=cv2.INTER_LINEAR)
        out = cv2.convertScaleAbs(background, alpha=darken)
        _paste_centre(out, frame, content_scale)
        return out
    return op


def _paste_centre(canvas: Frame, frame: Frame, content_scale: float) -> None:
    canvas_h, canvas_w = canvas.shape[:2]
    height, width = frame.shape[:2]
    inner_w = _even(canvas_w * content_scale)
    inner_h = max(2, int(height * inner_w / width))
    resized = cv2.resize(frame, (inner_w, inner_h), interpolation=cv2.INTER_AREA)
    x0, y0 = (canvas_w - inner_w) // 2, (canvas_h - inner_h) // 2
    canvas[y0:y0 + inner_h, x0:x0 + inner_w] = resized


def _op_hflip() -> FrameOp:
    return lambda frame, _t: cv2.flip(frame, 1)


def _op_color(brightness: float, contrast: float, saturation: float, hue: float) -> FrameOp:
    def op(frame: Frame, _t: float) -> Frame:
        hsv = cv2.cvtColor(frame, cv2.COLOR_BGR2HSV).astype(np.float32)
        hsv[..., 0] = (hsv[..., 0] + hue / 2) % 180           # OpenCV hue is degrees / 2
        hsv[..., 1] = np.clip(hsv[..., 1] * saturation, 0, 255)
        out = cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2BGR).astype(np.float32)
        out = (out - 128) * contrast + 128 + brightness
        return np.clip(out, 0, 255).astype(np.uint8)
    return op


def _op_grayscale() -> FrameOp:
    return lambda frame, _t: cv2.cvtColor(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)


def _op_noise(sigma: float, seed: int) -> FrameOp:
    rng = np.random.default_rng(seed)

    def op(frame: Frame, _t: float) -> Frame:
        noise = rng.standard_normal(frame.shape, dtype=np.float32) * sigma
        return np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    return op


def _op_blur(sigma: float) -> FrameOp:
    return lambda frame, _t: cv2.GaussianBlur(frame, (0, 0), sigma)


def _op_text_overlay(lines: list[str], positions: list[tuple[float, float]], scale: float,
                     colour: tuple[int, int, int], banner: bool) -> FrameOp:
    """Big captions (and optionally a solid banner) like re-uploaders add to claim a clip."""
    def op(frame: Frame, t: float) -> Frame:
        out = frame.copy()
        height, width = out.shape[:2]
        if banner:
            cv2.rectangle(out, (0, int(height * 0.82)), (width, height), (20, 20, 20), -1)
        font_scale = scale * width / 320
        for text, (fx, fy) in zip(lines, positions):
            origin = (int(fx * width), int(fy * height))
            size = round(_CAP_HEIGHT * font_scale)
            draw_text(out, text, origin, size, (0, 0, 0), thickness=max(2, int(4 * font_scale)))
            draw_text(out, text, origin, size, colour, thickness=max(1, int(2 * font_scale)))
        draw_text(out, f"{int(t) // 60:02d}:{int(t) % 60:02d}", (int(width * 0.02), int(height * 0.1)),
                  round(_CAP_HEIGHT * 0.4 * width / 320), (255, 255, 255))
        return out
    return op


def _make_logo(rng: np.random.Generator, size: int) -> tuple[Frame, np.ndarray]:
    logo = np.zeros((size, size, 3), np.uint8)
    mask = np.zeros((size, size), np.uint8)
    colour = tuple(int(c) for c in rng.integers(40, 256, 3))
    if rng.random() < 0.5:
        cv2.circle(mask, (size // 2, size // 2), size // 2 - 1, 255, -1, cv2.LINE_AA)
    else:
        cv2.rectangle(mask, (0, size // 5), (size - 1, size - size // 5), 255, -1)
    logo[:] = colour
    letters = "".join(chr(int(c)) for c in rng.integers(65, 91, 2))
    draw_text(logo, letters, (size // 8, int(size * 0.68)), round(_CAP_HEIGHT * size / 45),
              (255, 255, 255), thickness=max(1, size // 20))
    return logo, mask


def _op_logo_overlay(logo: Frame, mask: np.ndarray, relative_size: float, corner: int,
                     opacity: float) -> FrameOp:
    def op(frame: Frame, _t: float) -> Frame:
        out = frame.copy()
        height, width = out.shape[:2]
        side = max(8, int(width * relative_size))
        scaled = cv2.resize(logo, (side, side), interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(mask, (side, side)).astype(np.float32)[..., None] / 255 * opacity
        margin = int(0.03 * width)
        x0 = margin if corner in (0, 2) else width - side - margin
        y0 = margin if corner in (0, 1) else height - side - margin
        x0, y0 = max(0, x0), max(0, y0)
        region = out[y0:y0 + side, x0:x0 + side].astype(np.float32)
        side_h, side_w = region.shape[:2]
        blended = region * (1 - alpha[:side_h, :side_w]) + scaled[:side_h, :side_w] * alpha[:side_h, :side_w]
        out[y0:y0 + side_h, x0:x0 + side_w] = blended.astype(np.uint8)
        return out
    return op


def _op_pip(background_seed: int, relative_width: float, fx: float, fy: float,
            other: FrameSource | None = None) -> FrameOp:
    """The copy in a window over unrelated footage (``other``, or procedural footage; the
    background moves with upload time)."""
    backgrounds: dict[tuple[int, int], SyntheticFootage] = {}

    def op(frame: Frame, t: float) -> Frame:
        height, width = frame.shape[:2]
        if other is not None:
            out = _fill(other.frame_at(t), (width, height))
        else:
            if (width, height) not in backgrounds:
                backgrounds[(width, height)] = SyntheticFootage(background_seed, (width, height))
            out = cv2.resize(backgrounds[(width, height)].frame_at(t), (width, height))
        inner_w = _even(width * relative_width)
        inner_h = _even(height * relative_width)
        x0, y0 = int((width - inner_w) * fx), int((height - inner_h) * fy)
        out[y0:y0 + inner_h, x0:x0 + inner_w] = cv2.resize(frame, (inner_w, inner_h),
                                                           interpolation=cv2.INTER_AREA)
        cv2.rectangle(out, (x0, y0), (x0 + inner_w - 1, y0 + inner_h - 1), (255, 255, 255), 1)
        return out
    return op


def _op_rotate(degrees: float, zoom: float, centre: tuple[float, float] = (0.5, 0.5)) -> FrameOp:
    """Turn by ``degrees`` and scale by ``zoom`` about ``centre`` (fractions of the frame)."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        matrix = cv2.getRotationMatrix2D((width * centre[0], height * centre[1]), degrees, zoom)
        return cv2.warpAffine(frame, matrix, (width, height), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT)
    return op


# --- issue 15's families -----------------------------------------------------------------------

Rect = tuple[float, float, float, float]      # x0, y0, x1, y1 as fractions of a frame


def _fill(image: Frame, size: tuple[int, int]) -> Frame:
    """Scale ``image`` to cover ``size`` (w, h) and keep the middle, as apps fill a panel."""
    width, height = size
    scale = max(width / image.shape[1], height / image.shape[0])
    scaled_w = max(width, int(round(image.shape[1] * scale)))
    scaled_h = max(height, int(round(image.shape[0] * scale)))
    resized = cv2.resize(image, (scaled_w, scaled_h),
                         interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    x0, y0 = (scaled_w - width) // 2, (scaled_h - height) // 2
    return resized[y0:y0 + height, x0:x0 + width]


def _fill_visible(aspect: float, panel_aspect: float) -> Rect:
    """The part of a picture of ``aspect`` (w/h) that ``_fill`` shows in a panel of ``panel_aspect``."""
    if aspect > panel_aspect:                      # wider than the panel: sides cut
        keep = panel_aspect / aspect
        return ((1 - keep) / 2, 0.0, (1 + keep) / 2, 1.0)
    keep = aspect / panel_aspect
    return (0.0, (1 - keep) / 2, 1.0, (1 + keep) / 2)


def _op_split_screen(other: FrameSource, copy_right: bool, fit: bool, share: float = 0.5) -> FrameOp:
    """The copy on one side of the frame (``share`` of its width, half by default), other
    footage (a reaction, a game) on the rest."""
    def op(frame: Frame, t: float) -> Frame:
        height, width = frame.shape[:2]
        panel = int(width * share)
        out = np.zeros_like(frame)
        copy_x, other_x = (width - panel, 0) if copy_right else (0, panel)
        out[:, other_x:other_x + (width - panel)] = _fill(other.frame_at(t), (width - panel, height))
        if fit:                                     # whole picture at the panel's width, bars above and below
            inner_h = _even(height * panel / width)
            y0 = (height - inner_h) // 2
            out[:, copy_x:copy_x + panel] = 0
            out[y0:y0 + inner_h, copy_x:copy_x + panel] = cv2.resize(frame, (panel, inner_h),
                                                                     interpolation=cv2.INTER_AREA)
        else:                                       # the middle of the picture fills the panel
            out[:, copy_x:copy_x + panel] = _fill(frame, (panel, height))
        return out
    return op


def _op_stacked_9x16(other: FrameSource, fit: bool) -> FrameOp:
    """A 9:16 frame: the copy in the top half, other footage (often a game) in the bottom half."""
    def op(frame: Frame, t: float) -> Frame:
        height, width = frame.shape[:2]
        canvas_w, canvas_h = _canvas_size(width, height)
        top_h = canvas_h // 2
        out = np.zeros((canvas_h, canvas_w, 3), np.uint8)
        if fit:
            inner_h = min(top_h, _even(height * canvas_w / width))
            y0 = (top_h - inner_h) // 2
            out[y0:y0 + inner_h] = cv2.resize(frame, (canvas_w, inner_h), interpolation=cv2.INTER_AREA)
        else:
            out[:top_h] = _fill(frame, (canvas_w, top_h))
        out[top_h:] = _fill(other.frame_at(t), (canvas_w, canvas_h - top_h))
        return out
    return op


def _op_framed_9x16(background: tuple[int, int, int], bar: tuple[int, int, int], title: str,
                    caption: list[str], text_colour: tuple[int, int, int], content_scale: float,
                    lift: float) -> FrameOp:
    """The copy on a solid 9:16 card, a title bar above it and a caption below it."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        canvas_w, canvas_h = _canvas_size(width, height)
        out = np.empty((canvas_h, canvas_w, 3), np.uint8)
        out[:] = background
        inner_w = _even(canvas_w * content_scale)
        inner_h = _even(height * inner_w / width)
        x0 = (canvas_w - inner_w) // 2
        y0 = int((canvas_h - inner_h) / 2 - lift * canvas_h)
        if y0 < 0 or y0 + inner_h > canvas_h:       # a tall upload the card's width cannot hold: fit its height
            inner_h = _even(canvas_h * content_scale)
            inner_w = _even(width * inner_h / height)
            x0, y0 = (canvas_w - inner_w) // 2, (canvas_h - inner_h) // 2
        out[y0:y0 + inner_h, x0:x0 + inner_w] = cv2.resize(frame, (inner_w, inner_h),
                                                           interpolation=cv2.INTER_AREA)
        bar_h = max(8, int(canvas_h * 0.07))
        bar_y = max(0, y0 - bar_h - int(canvas_h * 0.03))
        out[bar_y:bar_y + bar_h] = bar
        size = max(6, int(bar_h * 0.55))
        draw_text(out, title, (int(canvas_w * 0.06), bar_y + (bar_h + size) // 2), size, text_colour,
                  thickness=max(1, size // 8))
        line_h = max(6, int(canvas_h * 0.035))
        for number, line in enumerate(caption):
            baseline = y0 + inner_h + int(canvas_h * 0.03) + (number + 1) * int(line_h * 1.5)
            draw_text(out, line, (int(canvas_w * 0.06), baseline), line_h, text_colour,
                      thickness=max(1, line_h // 8))
        return out
    return op


def _framed_rect(aspect: float, content_scale: float, lift: float) -> Rect:
    """Where ``_op_framed_9x16`` puts a picture of ``aspect`` (w/h) on its 9:16 canvas."""
    inner_h = content_scale * 9 / 16 / aspect           # as a fraction of the canvas height
    top = 0.5 - inner_h / 2 - lift
    if top < 0 or top + inner_h > 1:                    # a tall picture: fitted to the card's height
        inner_w = content_scale * aspect * 16 / 9
        return ((1 - inner_w) / 2, (1 - content_scale) / 2, (1 + inner_w) / 2, (1 + content_scale) / 2)
    return ((1 - content_scale) / 2, top, (1 + content_scale) / 2, top + inner_h)


def _op_filmed_screen(corners: np.ndarray, bezel: float, wall: tuple[int, int, int], gain: float,
                      gamma: float, blur_sigma: float, noise_sigma: float, seed: int,
                      shake: float = 0.0, moire: float = 0.0, glare: float = 0.0) -> FrameOp:
    """The copy filmed off a screen by a phone: a slightly skewed quad (``corners``, fractions of
    the frame, clockwise from top left) in a dark bezel against a dim wall, soft focus, the
    camera's exposure and its sensor noise. Harder takes add a hand's ``shake`` (the quad
    wanders by up to that share of the frame, smoothly, a few times a second), ``moire`` (the
    screen's pixel grid beating with the sensor's: fine bands of that contrast over the screen)
    and ``glare`` (a lamp's reflection: a soft bright patch of that strength)."""
    rng = np.random.default_rng(seed)
    extra = np.random.default_rng([seed, 7])
    # shake: per corner axis, three sines of 0.7-3 Hz with random phases (a hand, not noise)
    waves = extra.uniform(0.7, 3.0, (3, 4, 2)), extra.uniform(0, 2 * math.pi, (3, 4, 2))
    band_period, band_angle = float(extra.uniform(10.0, 25.0)), float(extra.uniform(0, math.pi))
    glare_at, glare_radius = extra.uniform(0.25, 0.75, 2), float(extra.uniform(0.12, 0.25))
    cached: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
    lights: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def light(width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
        """(moire bands as a gain, glare spot in (0, 1]) over the frame."""
        if (width, height) not in lights:
            y, x = np.mgrid[0:height, 0:width].astype(np.float32)
            along = x * math.cos(band_angle) + y * math.sin(band_angle)
            bands = 1 + moire * np.sin(2 * math.pi * along / band_period
                                       + 2.0 * np.sin(2 * math.pi * y / height))
            radius = glare_radius * width
            spot = np.exp(-((x - glare_at[0] * width) ** 2 + (y - glare_at[1] * height) ** 2)
                          / (2 * radius ** 2))
            lights[(width, height)] = (bands[..., None].astype(np.float32), spot[..., None])
        return lights[(width, height)]

    def setting(width: int, height: int, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        key = (width, height, quad.tobytes())
        if key not in cached:
            if len(cached) > 4:
                cached.clear()
            target = (quad * [width, height]).astype(np.float32)
            whole = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
            homography = cv2.getPerspectiveTransform(whole, target)
            room = np.empty((height, width, 3), np.float32)
            room[:] = wall
            room *= np.linspace(1.15, 0.7, height, dtype=np.float32)[:, None, None]
            centre = target.mean(axis=0)
            frame_quad = centre + (target - centre) * (1 + bezel)
            room_u8 = np.clip(room, 0, 255).astype(np.uint8)
            cv2.fillConvexPoly(room_u8, frame_quad.astype(np.int32), (14, 14, 16), cv2.LINE_AA)
            cached[key] = (homography, room_u8)
        return cached[key]

    def op(frame: Frame, t: float) -> Frame:
        height, width = frame.shape[:2]
        quad = corners
        if shake:
            frequencies, phases = waves
            quad = corners + shake / 3 * np.sin(2 * math.pi * frequencies * t + phases).sum(axis=0)
        homography, room = setting(width, height, quad)
        warped = cv2.warpPerspective(frame, homography, (width, height), flags=cv2.INTER_LINEAR)
        mask = cv2.warpPerspective(np.full((height, width), 255, np.uint8), homography, (width, height))
        screen = mask[..., None] > 127
        if moire:
            warped = np.clip(warped * light(width, height)[0], 0, 255).astype(np.uint8)
        out = np.where(screen, warped, room)
        out = cv2.GaussianBlur(out, (0, 0), blur_sigma).astype(np.float32) / 255
        out = np.power(out, gamma) * (255 * gain)
        if glare:
            out += (255 * glare) * light(width, height)[1] * screen
        out += rng.standard_normal(out.shape, dtype=np.float32) * noise_sigma
        return np.clip(out, 0, 255).astype(np.uint8)
    return op


def _op_moving_sticker(shape: str, colour: tuple[int, int, int], relative_size: float,
                       start: tuple[float, float], end: tuple[float, float], period: float) -> FrameOp:
    """An opaque sticker (emoji-like shape) that crosses the picture every ``period`` seconds."""
    def op(frame: Frame, t: float) -> Frame:
        out = frame.copy()
        height, width = out.shape[:2]
        radius = max(3, int(relative_size * min(width, height) / 2))
        phase = (t / period) % 1.0
        x = int((start[0] + (end[0] - start[0]) * phase) * width)
        y = int((start[1] + (end[1] - start[1]) * phase) * height)
        if shape == "circle":
            cv2.circle(out, (x, y), radius, colour, -1, cv2.LINE_AA)
            for eye in (-1, 1):                       # a face, as emoji stickers have
                cv2.circle(out, (x + eye * radius // 3, y - radius // 4), max(1, radius // 8), (20, 20, 20), -1)
            cv2.ellipse(out, (x, y + radius // 6), (radius // 2, radius // 3), 0, 10, 170, (20, 20, 20),
                        max(1, radius // 12), cv2.LINE_AA)
        elif shape == "star":
            angles = np.arange(10) * math.pi / 5 - math.pi / 2
            radii = np.where(np.arange(10) % 2 == 0, radius, radius * 0.45)
            points = np.stack([x + radii * np.cos(angles), y + radii * np.sin(angles)], axis=1)
            cv2.fillPoly(out, [points.astype(np.int32)], colour, cv2.LINE_AA)
        else:                                        # a rounded label
            cv2.rectangle(out, (x - radius, y - radius // 2), (x + radius, y + radius // 2), colour, -1)
            for cx in (x - radius, x + radius):
                cv2.circle(out, (cx, y), radius // 2, colour, -1, cv2.LINE_AA)
            draw_text(out, "LOL", (x - radius * 2 // 3, y + radius // 4), max(4, radius // 2),
                      (255, 255, 255), thickness=max(1, radius // 10))
        return out
    return op


def _op_to_lines(lines: int) -> FrameOp:
    """Scale down to ``lines`` rows (aspect kept); smaller frames stay as they are."""
    def op(frame: Frame, _t: float) -> Frame:
        height, width = frame.shape[:2]
        if height <= lines:
            return frame
        return cv2.resize(frame, (_even(width * lines / height), _even(lines)), interpolation=cv2.INTER_AREA)
    return op


def _op_box(rect: Rect, colour: tuple[int, int, int]) -> FrameOp:
    """A solid box (a sticker, a blurred-out logo, a channel badge) over part of the picture."""
    def op(frame: Frame, _t: float) -> Frame:
        out = frame.copy()
        height, width = out.shape[:2]
        x0, y0, x1, y1 = rect
        out[int(y0 * height):int(y1 * height), int(x0 * width):int(x1 * width)] = colour
        return out
    return op


def _crop_window(keep_w: float, keep_h: float, offset_x: float, offset_y: float) -> Rect:
    """The part of the original ``_op_crop`` keeps."""
    x0, y0 = (1 - keep_w) * offset_x, (1 - keep_h) * offset_y
    return (x0, y0, x0 + keep_w, y0 + keep_h)


def _colour(rng: np.random.Generator, low: int = 0, high: int = 256) -> tuple[int, int, int]:
    return tuple(int(c) for c in rng.integers(low, high, 3))


def _round_rect(rect) -> list[float]:
    return [round(float(v), 4) for v in rect]


def _hard_family_plan(family: str, rng: np.random.Generator, plan: _Plan, seed: int,
                      aspect: float, other: FrameSource, harder: bool = False) -> None:
    """Add one of ``HARD_FAMILIES`` to ``plan``; ``aspect`` is the source's width / height;
    ``harder``: the hard end of the family (``HARDER_FAMILIES``, ``_harder_plan``)."""
    p = plan.params
    whole: Rect = (0.0, 0.0, 1.0, 1.0)
    if harder:
        _harder_plan(family, rng, plan, seed, aspect, other)
    elif family == "split_screen":
        copy_right, fit = bool(rng.random() < 0.5), bool(rng.random() < 0.5)
        plan.ops.append(_op_split_screen(other, copy_right, fit))
        left = 0.5 if copy_right else 0.0
        p.update(copy_right=copy_right, fit=fit)
        if fit:
            p.update(copy_rect=_round_rect((left, 0.25, left + 0.5, 0.75)), visible=_round_rect(whole))
        else:
            p.update(copy_rect=_round_rect((left, 0.0, left + 0.5, 1.0)),
                     visible=_round_rect(_fill_visible(aspect, aspect / 2)))
    elif family == "stacked_9x16":
        fit = bool(rng.random() < 0.5)
        plan.ops.append(_op_stacked_9x16(other, fit))
        half_aspect = 9 / 8                         # the top half of a 9:16 frame
        if fit:
            inner = min(0.5, 9 / 16 / aspect)       # picture height as a fraction of the canvas
            top = (0.5 - inner) / 2
            p.update(fit=True, copy_rect=_round_rect((0.0, top, 1.0, top + inner)), visible=_round_rect(whole))
        else:
            p.update(fit=False, copy_rect=_round_rect((0.0, 0.0, 1.0, 0.5)),
                     visible=_round_rect(_fill_visible(aspect, half_aspect)))
    elif family == "framed_9x16":
        scale, lift = float(rng.uniform(0.88, 1.0)), float(rng.uniform(0.0, 0.08))
        title = " ".join(str(w) for w in rng.choice(_WORDS, 2, replace=False))
        caption = [str(w) for w in rng.choice(_WORDS, int(rng.integers(1, 3)), replace=False)]
        background = _colour(rng)
        plan.ops.append(_op_framed_9x16(background, _colour(rng), title, caption,
                                        (255, 255, 255) if sum(background) < 380 else (10, 10, 10),
                                        scale, lift))
        p.update(title=title, caption=caption, copy_rect=_round_rect(_framed_rect(aspect, scale, lift)),
                 visible=_round_rect(whole))
    elif family == "filmed_screen":
        size = float(rng.uniform(0.72, 0.9))
        tilt = float(rng.uniform(-0.04, 0.04))       # keystone: one side taller (a few degrees)
        centre = np.array([0.5, 0.5]) + rng.uniform(-0.03, 0.03, 2)
        half = np.array([size / 2, size / 2])
        corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64) * half + centre
        corners[:, 1] += np.array([-1, 1, -1, 1]) * tilt          # left edge taller than the right
        angle = math.radians(float(rng.uniform(-2.0, 2.0)))        # and turned a little in the plane
        turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
        corners = (corners - centre) @ turn.T + centre + rng.uniform(-0.01, 0.01, (4, 2))
        values = dict(bezel=float(rng.uniform(0.03, 0.08)), gain=float(rng.uniform(0.7, 1.3)),
                      gamma=float(rng.uniform(0.8, 1.25)), blur_sigma=float(rng.uniform(0.8, 2.0)),
                      noise_sigma=float(rng.uniform(2.0, 6.0)))
        plan.ops.append(_op_filmed_screen(corners, wall=_colour(rng, 30, 110), seed=seed, **values))
        p.update({k: round(v, 3) for k, v in values.items()})
        p.update(screen_corners=[_round_rect(c) for c in corners],
                 copy_rect=_round_rect((*corners.min(axis=0), *corners.max(axis=0))),
                 visible=_round_rect(whole))
    elif family == "moving_sticker":
        shape = str(rng.choice(["circle", "star", "label"]))
        relative = float(rng.uniform(0.2, 0.25))
        horizontal = bool(rng.random() < 0.6)
        a, b = (float(v) for v in rng.uniform(0.15, 0.85, 2))
        start, end = ((-0.2, a), (1.2, b)) if horizontal else ((a, -0.25), (b, 1.25))
        if rng.random() < 0.5:
            start, end = end, start
        period = float(rng.uniform(3.0, 8.0))
        plan.ops.append(_op_moving_sticker(shape, _colour(rng, 60), relative, start, end, period))
        p.update(sticker=shape, sticker_size=round(relative, 3), sticker_period=round(period, 3),
                 copy_rect=_round_rect(whole), visible=_round_rect(whole))
    elif family in ("zoom", "crop_off_centre"):
        if family == "zoom":                           # a 30-40 % crop anywhere, same on both axes
            keep_w = keep_h = float(rng.uniform(0.6, 0.7))
            offset_x, offset_y = (float(v) for v in rng.random(2))
        else:                                          # 15-25 % cut, the window against an edge
            keep_w, keep_h = (float(v) for v in rng.uniform(0.75, 0.85, 2))
            offset_x, offset_y = _near_an_edge(rng, 0.15)
        _crop(plan, p, whole, keep_w, keep_h, offset_x, offset_y)
    elif family in ("speed_up", "slow_down"):
        plan.speed = float(rng.uniform(1.3, 2.0) if family == "speed_up" else rng.uniform(0.5, 0.85))
        p["speed"] = round(plan.speed, 4)
    elif family == "low_res":
        plan.ops.append(_op_to_lines(240))
        plan.fps, plan.crf = 12.0, 35
        p.update(lines=240, fps=12.0, crf=35)
    elif family == "corner_box":
        area = float(rng.uniform(0.08, 0.12))
        stretch = float(rng.uniform(0.7, 1.4))
        box_w, box_h = math.sqrt(area * stretch), math.sqrt(area / stretch)
        margin = float(rng.uniform(0.0, 0.03))
        corner = int(rng.integers(0, 4))
        x0 = margin if corner in (0, 2) else 1 - margin - box_w
        y0 = margin if corner in (0, 1) else 1 - margin - box_h
        rect = (x0, y0, x0 + box_w, y0 + box_h)
        colour = (0, 0, 0) if rng.random() < 0.3 else _colour(rng)
        plan.ops.append(_op_box(rect, colour))
        p.update(box=_round_rect(rect), copy_rect=_round_rect(whole), visible=_round_rect(whole))
    elif family == "splice":
        plan.embed = True
        plan.piece_seconds = float(rng.uniform(3.0, 8.0))
        plan.filler_before = float(rng.uniform(2.0, 12.0))
        plan.filler_after = float(rng.uniform(2.0, 12.0))
        p["filler_before_after"] = (round(plan.filler_before, 3), round(plan.filler_after, 3))
    else:
        raise ValueError(f"unknown transform family {family!r}; known: {', '.join(ALL_FAMILIES)}")


def _harder_plan(family: str, rng: np.random.Generator, plan: _Plan, seed: int, aspect: float,
                 other: FrameSource) -> None:
    """The hard end of one of ``HARDER_FAMILIES``: a phone filming a screen from 5-10 degrees
    off its axis, at 0.6-0.8 exposure, with moire, glare and a hand's shake; a turn of 5-8
    degrees about an off-centre point with a 15-30 % zoom (the corners cropped away); a split
    screen whose copy takes only 40-50 % of the width; a 20-25 % cut on each axis with the
    window in a corner (the picture stretched back to the frame)."""
    p = plan.params
    p["harder"] = True
    whole: Rect = (0.0, 0.0, 1.0, 1.0)
    if family == "filmed_screen":
        size = float(rng.uniform(0.68, 0.8))
        yaw, pitch = (math.radians(float(v)) for v in (rng.choice([-1, 1]) * rng.uniform(5, 10),
                                                       rng.choice([-1, 1]) * rng.uniform(2, 6)))
        centre = np.array([0.5, 0.5]) + rng.uniform(-0.04, 0.04, 2)
        corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64) * (size / 2)
        # keystone: the edge nearer the phone is longer, its sides slope by the angle
        corners[:, 1] *= 1 + np.sign(corners[:, 0]) * math.tan(yaw)
        corners[:, 0] *= 1 + np.sign(corners[:, 1]) * math.tan(pitch)
        angle = math.radians(float(rng.uniform(-4.0, 4.0)))
        turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
        corners = corners @ turn.T + centre + rng.uniform(-0.01, 0.01, (4, 2))
        values = dict(bezel=float(rng.uniform(0.03, 0.08)), gain=float(rng.uniform(0.6, 0.8)),
                      gamma=float(rng.uniform(0.8, 1.25)), blur_sigma=float(rng.uniform(1.0, 2.2)),
                      noise_sigma=float(rng.uniform(3.0, 7.0)), shake=float(rng.uniform(0.006, 0.015)),
                      moire=float(rng.uniform(0.06, 0.14)), glare=float(rng.uniform(0.2, 0.45)))
        plan.ops.append(_op_filmed_screen(corners, wall=_colour(rng, 30, 110), seed=seed, **values))
        p.update({k: round(v, 3) for k, v in values.items()})
        p.update(perspective_degrees=[round(math.degrees(yaw), 2), round(math.degrees(pitch), 2)],
                 screen_corners=[_round_rect(c) for c in corners],
                 copy_rect=_round_rect((*corners.min(axis=0), *corners.max(axis=0))),
                 visible=_round_rect(whole))
    elif family == "rotate":
        degrees = float(rng.choice([-1, 1]) * rng.uniform(5, 8))
        zoom = float(rng.uniform(1.15, 1.3))
        centre = tuple(float(v) for v in rng.uniform(0.4, 0.6, 2))
        plan.ops.append(_op_rotate(degrees, zoom, centre))
        p.update(rotate_degrees=round(degrees, 2), zoom=round(zoom, 3), centre=_round_rect(centre))
    elif family == "split_screen":
        copy_right, fit = bool(rng.random() < 0.5), bool(rng.random() < 0.5)
        share = float(rng.uniform(0.4, 0.5))
        plan.ops.append(_op_split_screen(other, copy_right, fit, share))
        left = 1 - share if copy_right else 0.0
        p.update(copy_right=copy_right, fit=fit, share=round(share, 3))
        if fit:
            p.update(copy_rect=_round_rect((left, 0.5 - share / 2, left + share, 0.5 + share / 2)),
                     visible=_round_rect(whole))
        else:
            p.update(copy_rect=_round_rect((left, 0.0, left + share, 1.0)),
                     visible=_round_rect(_fill_visible(aspect, aspect * share)))
    elif family == "crop_off_centre":
        keep_w, keep_h = (float(v) for v in rng.uniform(0.75, 0.8, 2))
        _crop(plan, p, whole, keep_w, keep_h, *_near_an_edge(rng, 0.1))
    else:
        raise ValueError(f"no harder variant of {family!r}; there is one of {', '.join(HARDER_FAMILIES)}")


# Second edits a 9:16 blurred canvas is combined with in ``canvas_9x16_plus``.
_CANVAS_PARTNERS = ("color", "text_overlay", "logo_overlay", "hflip", "crop", "rotate", "blur",
                    "noise", "speed", "reencode", "corner_box")


def _family_plan(family: str, rng: np.random.Generator, plan: _Plan, seed: int,
                 info: VideoInfo, other: FrameSource | None, harder: bool = False) -> None:
    """Add one family's edit, with parameters drawn from ``rng``, to ``plan``. ``other`` is
    unrelated footage for families that show some (None: procedural footage); ``harder``: the
    hard end of one of ``HARDER_FAMILIES``."""
    p = plan.params
    source_fps = info.fps
    if family in HARD_FAMILIES:
        background = other if other is not None else SyntheticFootage(seed * 7919 + 104729,
                                                                      (info.width, info.height))
        _hard_family_plan(family, rng, plan, seed, info.width / max(1, info.height), background,
                          harder)
    elif harder:                                   # rotate
        _harder_plan(family, rng, plan, seed, info.width / max(1, info.height), other)
    elif family == "reencode":
        plan.crf = int(rng.integers(32, 41))
        p["crf"] = plan.crf
    elif family == "downscale":
        factor = float(rng.uniform(0.35, 0.6))
        plan.ops.append(_op_downscale(factor))
        p["downscale"] = round(factor, 3)
    elif family == "crop":
        keep_w, keep_h = (float(v) for v in rng.uniform(0.75, 0.95, 2))
        offset_x, offset_y = (float(v) for v in rng.random(2))
        plan.ops.append(_op_crop(keep_w, keep_h, offset_x, offset_y))
        p["crop_keep"] = (round(keep_w, 3), round(keep_h, 3))
    elif family == "pad":
        sides = [float(v) for v in rng.uniform(0.04, 0.15, 4)]
        if rng.random() < 0.5:                      # often only top/bottom or left/right
            axis = int(rng.integers(0, 2))
            sides[2 * axis] = sides[2 * axis + 1] = 0.0
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        plan.ops.append(_op_pad(*sides, colour))
        p["pad"] = [round(s, 3) for s in sides]
    elif family == "letterbox_9x16":
        scale = float(rng.uniform(0.9, 1.0))
        plan.ops.append(_op_letterbox_9x16(scale))
        p["content_scale"] = round(scale, 3)
    elif family == "canvas_9x16_blur":
        scale = float(rng.uniform(0.9, 1.0))
        darken = float(rng.uniform(0.55, 0.95))
        sigma = float(rng.uniform(12, 30))
        plan.ops.append(_op_canvas_9x16_blur(scale, darken, sigma))
        p["content_scale"] = round(scale, 3)
    elif family == "hflip":
        plan.ops.append(_op_hflip())
        p["hflip"] = True
    elif family == "color":
        values = (float(rng.uniform(-40, 40)), float(rng.uniform(0.7, 1.3)),
                  float(rng.uniform(0.4, 1.6)), float(rng.choice([-1, 1]) * rng.uniform(8, 30)))
        plan.ops.append(_op_color(*values))
        p["brightness_contrast_saturation_hue"] = [round(v, 3) for v in values]
    elif family == "grayscale":
        plan.ops.append(_op_grayscale())
        p["grayscale"] = True
    elif family == "noise":
        sigma = float(rng.uniform(8, 20))
        plan.ops.append(_op_noise(sigma, seed))
        p["noise_sigma"] = round(sigma, 2)
    elif family == "blur":
        sigma = float(rng.uniform(1.5, 3.5))
        plan.ops.append(_op_blur(sigma))
        p["blur_sigma"] = round(sigma, 2)
    elif family == "text_overlay":
        count = int(rng.integers(1, 4))
        lines = [str(rng.choice(_WORDS)) for _ in range(count)]
        positions = [(float(rng.uniform(0.02, 0.4)), float(rng.uniform(0.2, 0.95))) for _ in lines]
        colour = tuple(int(c) for c in rng.integers(100, 256, 3))
        plan.ops.append(_op_text_overlay(lines, positions, float(rng.uniform(0.8, 1.4)), colour,
                                         banner=bool(rng.random() < 0.4)))
        p["text"] = lines
    elif family == "logo_overlay":
        logo, mask = _make_logo(rng, 96)
        size, corner, opacity = float(rng.uniform(0.12, 0.25)), int(rng.integers(0, 4)), float(rng.uniform(0.6, 1.0))
        plan.ops.append(_op_logo_overlay(logo, mask, size, corner, opacity))
        p["logo_size"] = round(size, 3)
    elif family == "pip":
        relative = float(rng.uniform(0.4, 0.6))
        plan.ops.append(_op_pip(seed * 7919 + 104729, relative, float(rng.random()), float(rng.random()),
                                other))
        p["pip_width"] = round(relative, 3)
    elif family == "fps_change":
        choices = [fps for fps in (12.0, 15.0, 20.0, 24.0, 30.0, 50.0) if abs(fps - source_fps) > 1]
        plan.fps = float(rng.choice(choices))
        p["fps"] = plan.fps
    elif family == "speed":
        speed = float(rng.uniform(0.75, 1.25))
        if abs(speed - 1) < 0.05:
            speed = 1 + math.copysign(0.05, speed - 1 or 1)
        plan.speed = speed
        p["speed"] = round(speed, 4)
    elif family == "rotate":
        degrees = float(rng.choice([-1, 1]) * rng.uniform(2, 7))
        zoom = float(rng.uniform(1.0, 1.12))
        plan.ops.append(_op_rotate(degrees, zoom))
        p["rotate_degrees"] = round(degrees, 2)
    elif family == "embed":
        plan.embed = True
        plan.filler_before = float(rng.uniform(1.0, 6.0))
        plan.filler_after = float(rng.uniform(1.0, 6.0))
        p["filler_before_after"] = (round(plan.filler_before, 3), round(plan.filler_after, 3))
    else:
        raise ValueError(f"unknown transform family {family!r}; known: {', '.join(ALL_FAMILIES)}")


# Families a combo draws from, in the order an editor applies them (geometry, colour, overlays,
# framing, timing, encoding). At most one framing family; colour and grayscale exclude each other.
_COMBO_ORDER = ("crop", "rotate", "hflip", "color", "grayscale", "blur", "noise", "text_overlay",
                "logo_overlay", "pad", "canvas_9x16_blur", "letterbox_9x16", "speed", "fps_change",
                "reencode")
_COMBO_EXCLUSIVE = ({"color", "grayscale"}, {"pad", "canvas_9x16_blur", "letterbox_9x16"},
                    {"blur", "noise"}, {"speed", "fps_change"})


def _combo_families(rng: np.random.Generator) -> list[str]:
    count = int(rng.integers(3, 5))
    chosen: list[str] = []
    for family in rng.permutation(_COMBO_ORDER):
        if len(chosen) == count:
            break
        if any(family in group and group & set(chosen) for group in _COMBO_EXCLUSIVE):
            continue
        chosen.append(str(family))
    return sorted(chosen, key=_COMBO_ORDER.index)


def apply_transform(source: Path | str, destination: Path | str, family: str, seed: int,
                    subclip: tuple[float, float] | None = None,
                    other: FrameSource | None = None, harder: bool = False) -> TransformedVideo:
    """Make an upload from ``source`` with one family of ``ALL_FAMILIES``; returns it with the
    ground truth.

    ``subclip=(start, end)`` copies only that piece of the original (any times, not just frame
    instants). ``other`` is unrelated footage (e.g. ``LoopingFootage`` of a real clip) for what
    the upload shows besides the copy: what ``embed`` and ``splice`` put the piece between, the
    background of ``pip``, the other half of ``split_screen`` and ``stacked_9x16``; procedural
    footage when None. ``embed`` without a subclip copies a random 30-60 % of the source;
    ``splice`` copies a random 3-8 s of the subclip (or source). ``harder`` makes the hard end
    of one of ``HARDER_FAMILIES`` (recorded as ``params["harder"]``).
    """
    if harder and family not in HARDER_FAMILIES:
        raise ValueError(f"no harder variant of {family!r}; there is one of {', '.join(HARDER_FAMILIES)}")
    source = Path(source)
    info = probe(source)
    rng = np.random.default_rng([int(seed), 2])
    plan = _Plan()
    if family == "combo":
        families = _combo_families(rng)
    elif family == "canvas_9x16_plus":
        families = sorted([str(rng.choice(_CANVAS_PARTNERS)), "canvas_9x16_blur"],
                          key=lambda name: _COMBO_ORDER.index(name) if name in _COMBO_ORDER else 0)
    else:
        families = [family]
    for name in families:
        _family_plan(name, rng, plan, int(seed), info, other, harder)
    if len(families) > 1:
        plan.params["families"] = families

    start, end = subclip if subclip is not None else (0.0, info.duration)
    if family == "embed" and subclip is None:
        length = info.duration * float(rng.uniform(0.3, 0.6))
        start = float(rng.uniform(0, info.duration - length))
        end = start + length
    start, end = max(0.0, float(start)), min(info.duration, float(end))
    if plan.piece_seconds is not None and end - start > plan.piece_seconds:
        start = float(rng.uniform(start, end - plan.piece_seconds))
        end = start + plan.piece_seconds
    if end - start < 0.2:
        raise ValueError(f"subclip {start:.3f}..{end:.3f} s is empty or outside {source}")
    plan.params["subclip"] = (round(start, 4), round(end, 4))

    fps_out = plan.fps or info.fps
    copy_seconds = (end - start) / plan.speed
    total = plan.filler_before + copy_seconds + plan.filler_after
    frames = max(1, int(round(total * fps_out)))
    reader = _StreamingReader(source)
    filler = other
    if plan.embed and filler is None:
        filler = SyntheticFootage(int(seed) * 104729 + 7, (info.width, info.height))

    def source_size_frame(t: float) -> Frame:
        if plan.filler_before <= t < plan.filler_before + copy_seconds:
            return reader.frame_at(start + (t - plan.filler_before) * plan.speed)
        image = filler.frame_at(t)
        if image.shape[:2] != (info.height, info.width):
            image = _fill(image, (info.width, info.height))
        return image

    def edited(t: float) -> Frame:
        image = source_size_frame(t)
        for op in plan.ops:
            image = op(image, t)
        return image

    first = edited(0.0)
    size = (first.shape[1], first.shape[0])
    with VideoWriter(destination, size, fps_out, crf=plan.crf) as writer:
        writer.write(first)
        for index in range(1, frames):
            writer.write(edited(index / fps_out))

    segment = CopiedSegment(round(plan.filler_before, 4), round(plan.filler_before + copy_seconds, 4),
                            round(start, 4), round(end, 4))
    return TransformedVideo(Path(destination), family, plan.params, [segment], frames / fps_out,
                            fps_out, (_even(size[0]), _even(size[1])), source)


def cut(source: Path | str, destination: Path | str, start: float, end: float,
        size: tuple[int, int] | None = None, crf: int = 18) -> Path:
    """Cut ``start..end`` of a video into a new file (optionally resized): real footage -> originals."""
    info = probe(source)
    reader = _StreamingReader(source)
    out_size = size or (info.width, info.height)
    frames = int(round((end - start) * info.fps))
    with VideoWriter(destination, out_size, info.fps, crf=crf) as writer:
        for index in range(frames):
            writer.write(reader.frame_at(start + index / info.fps))
    return Path(destination)


def render_footage(destination: Path | str, footage: FrameSource, seconds: float,
                   size: tuple[int, int], fps: float = DEFAULT_FPS, crf: int = 18,
                   threads: int = 1) -> Path:
    """Write any frame source (e.g. procedural footage at 720p) as H.264 MP4."""
    with VideoWriter(destination, size, fps, crf=crf, threads=threads) as writer:
        for index in range(int(round(seconds * fps))):
            writer.write(footage.frame_at(index / fps))
    return Path(destination)


def transform_all(source: Path | str, folder: Path | str, seed: int,
                  families: Sequence[str] = FAMILIES) -> list[TransformedVideo]:
    """Every family applied once to ``source`` (handy for demos and quick checks)."""
    folder = Path(folder)
    stem = Path(source).stem
    return [apply_transform(source, folder / f"{stem}.{family}.mp4", family, seed + index)
            for index, family in enumerate(families)]
