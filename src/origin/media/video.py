"""Stage 1, decode: a video file becomes small grayscale frames sampled at a fixed rate.

PyAV (FFmpeg) rather than OpenCV: on 720p H.264 it decodes ~1.9x faster per core, and with
``skip_frame="NONREF"`` it skips the B-frames nobody references, another ~1.6x, while the frames it
keeps carry exact presentation times (see ``benchmarks/bench_decode.py``). On frames of
``FAST_DEBLOCK_FROM`` lines and more, skipping the deblocking filter saves another 15-35 %: its
block edges are a small share of a hash cell there (most frames hash identically, the rest differ
by 2-4 bits of 64). On small frames a block is close to a cell, so they keep the filter. Frames
are scaled by swscale straight from the Y plane to the working size, so nothing full-size is ever
converted, turned upright by the stream's display rotation (``quarter_turns``), and
``FrameStream`` hands them on a window at a time.

Given ``min_fps`` (uploads), all B-frames are skipped too, another ~1.5x, when a probe of the first
second shows that the I- and P-frames alone come at least that often and decode to exactly the
pictures a full decode gives (no P-frame leans on a B-frame; x264's defaults qualify). Streams of
B-frames only, or too few others, keep the plain fast mode.

A codec whose every frame stands alone (FFmpeg's intra-only codecs: MJPEG, ProRes, DNxHD,
HuffYUV, JPEG 2000, raw video; masters and camera files more than uploads) is demuxed, not
decoded: each packet's time is read from its timestamp and only the packets the sample keeps are
decoded, the same pictures at the same times as decoding all (such a codec has no reordering:
one packet, one frame, the packet's timestamp). A 30 fps clip sampled 4 times a second decodes
about one frame in seven.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Iterator

import av
import numpy as np
from av.video.reformatter import VideoReformatter

from origin.errors import InputError
from origin.media.held import HeldHeader

WORKING_LONG_SIDE = 256      # px; enough to find borders and windows, 8x the 32 px hash input
MAX_PIXELS = 8192 * 8192     # refuse absurd frame sizes before decoding a single frame
MIN_DURATION = 1.0           # s; shorter clips carry too little to match or act on
CUT_SHORT = 1.0              # s of pictures a file says it holds past where decoding broke off
MAX_FPS = 1000.0
FAST_DEBLOCK_FROM = 480      # lines (short side) from which decoding skips the deblocking filter
PROBE_SECONDS = 1.0          # of stream decoded without B-frames to decide whether they can be
                             # skipped, and with them as far as a comparison needs: up to ...
COMPARED_AFTER_B = 2         # ... this many frames without B-frames past the first B-frame


@dataclass(frozen=True)
class DecodedVideo:
    """Frames sampled from one video: ``frames[i]`` (uint8 gray, H x W) was shown at ``times[i]``."""

    path: str
    duration: float
    width: int
    height: int
    times: np.ndarray        # float64 [n], seconds from the start
    frames: np.ndarray       # uint8 [n, h, w] at working size

    @property
    def frame_count(self) -> int:
        return len(self.times)

    def windows(self, size: int) -> Iterator[tuple[int, np.ndarray]]:
        for start in range(0, self.frame_count, size):
            yield start, self.frames[start:start + size]


class FrameStream(HeldHeader):
    """The same frames as ``decode`` gives, ``size`` at a time, so a film never sits in memory.

    The header is checked on construction (missing, empty, unreadable, no video stream, absurd
    size raise ``InputError`` at once); ``times`` and ``duration`` are known once ``windows`` has
    run to the end, which also raises for a stream with no frames or a clip that is too short.
    """

    def __init__(self, path: str | Path, sample_fps: float, fast: bool = True,
                 min_duration: float = MIN_DURATION, min_fps: float | None = None,
                 keyframe_fps: float | None = None, keyframe_long_side: int = 480,
                 short_keyframe_fps: float | None = None, short_until: float = 0.0,
                 container: "av.container.InputContainer | None" = None):
        self.path, self.sample_fps, self.fast, self.min_duration = str(path), sample_fps, fast, min_duration
        # Keyframes: a sparse sample at a larger size for local features (video/keypoints.py),
        # scaled from frames the stream decodes anyway, so they cost a resize, not a decode.
        # A clip that ends within ``short_until`` seconds keeps them at ``short_keyframe_fps``
        # (a multiple of ``keyframe_fps``); a longer one is thinned to ``keyframe_fps`` as soon
        # as it passes that length, keeping the very keyframes a sparse stream would have.
        self.keyframe_fps, self.keyframe_long_side = keyframe_fps, keyframe_long_side
        self.short_keyframe_fps = short_keyframe_fps if keyframe_fps else None
        self.short_until = short_until
        self.keyframes: list[tuple[float, np.ndarray]] = []
        # ``container``: ``open_container(path)`` already opened by the caller (to see its
        # tracks), taken over here: one open less
        container = container if container is not None else _open(self.path)
        try:
            self.width, self.height = _checked_size(self.path, container)
        except InputError:
            container.close()
            raise
        # kept for the first ``windows`` (``HeldHeader``): each open runs FFmpeg's stream
        # probe, which decodes the first frames (5-14 ms for H.264 in MP4 at 480-1080 lines)
        self._hold(container)
        self._started: tuple[Iterator, list] | None = None   # the held container's decode, begun
        self.skip_frame = "NONREF"
        self.intra_only = bool(container.streams.video[0].codec_context.codec.intra_only)
        if fast and min_fps and not self.intra_only and self._b_frames_skippable(min_fps):
            self.skip_frame = "BIDIR"
        self.times = np.zeros(0)
        self.duration = 0.0
        self.decoded_frames = 0      # pictures the last ``windows`` pass decoded (intra-only:
                                     # those it sampled)
        self.quarter_turns = 0       # known once ``windows`` has begun (``quarter_turns``)
        # (seconds decoded, seconds the file says it holds) when decoding stopped at damaged or
        # missing data more than ``CUT_SHORT`` before the end: what was decoded is used, and the
        # job says how little that was (stop 43: a file damaged a third of the way in was
        # registered as a 1.6 s original of its 6 s without a word)
        self.cut_short: tuple[float, float] | None = None

    def _b_frames_skippable(self, min_fps: float) -> bool:
        """Whether skipping every B-frame still leaves ``min_fps`` frames a second, unchanged
        (``skippable``). The first second decoded without B-frames is the held container's own
        decode, begun: when they can be skipped, ``windows`` goes on from there instead of
        decoding that second a third time (one open and ~5 ms an upload less); when not, the
        container is let go and ``windows`` decodes afresh. It is decoded first, so that the
        full decode it is compared with stops as soon as the comparison is made (``_probe``)."""
        options = self._decoder_options()
        container = self._header
        try:
            stream = container.streams.video[0]
            stream.codec_context.skip_frame = "BIDIR"
            stream.codec_context.options = options
            decoder = container.decode(stream)
            sparse, decoded = _probe_frames(decoder)
            full = _probe(self.path, "NONREF", options, sparse) if sparse else {}
        except (av.FFmpegError, ValueError):          # a damaged start: decode it the safe way
            self.close()
            return False
        if not skippable(full, sparse, min_fps):
            self.close()
            return False
        self._started = (decoder, decoded)
        return True

    def close(self) -> None:
        self._started = None
        super().close()

    def windows(self, size: int) -> Iterator[tuple[int, np.ndarray]]:
        times: list[float] = []
        window: list[np.ndarray] = []
        started, self._started = self._started, None      # set only while the header is held
        container = self._take(lambda: _open(self.path))
        with container:
            stream = container.streams.video[0]
            codec = stream.codec_context
            if started is not None:                       # the probe set the codec up already
                frames = _timed(chain(started[1], started[0]), self, stream.time_base)
            elif self.fast and self.intra_only:           # decoded only if sampled (module doc)
                frames = _undecoded(container, stream)
            else:
                if self.fast:
                    codec.skip_frame = self.skip_frame
                    codec.options = self._decoder_options()
                frames = _timed(container.decode(stream), self, stream.time_base)
            fallback_fps = _usable_rate(stream.average_rate) or _usable_rate(stream.guessed_rate) or 25.0
            out_w, out_h = working_size(self.width, self.height)
            key_w, key_h = working_size(self.width, self.height,
                                        min(self.keyframe_long_side, max(self.width, self.height)))
            reformatter = VideoReformatter()      # one scaler for the stream: ~2 ms saved a frame
            key_reformatter = VideoReformatter()
            next_sample = last_time = 0.0
            turns = None                  # quarter turns that stand the pictures upright
            next_key = None if not self.keyframe_fps else 0.0
            key_fps = self.short_keyframe_fps or self.keyframe_fps
            self.keyframes = []
            seen = self.decoded_frames = 0
            try:
                for pts, base, frame in frames:
                    time = _time(pts, base, seen, fallback_fps)
                    seen += 1
                    if time is None or time < last_time - 1.0:    # broken or rewinding timestamps
                        time = last_time + 1.0 / fallback_fps
                    last_time = max(last_time, time)
                    if time + 1e-6 < next_sample:
                        continue
                    if isinstance(frame, av.Packet):
                        frame = next(iter(codec.decode(frame)), None)
                        self.decoded_frames += 1
                        if frame is None:                 # a packet with no picture in it
                            continue
                    if turns is None:
                        turns = self.quarter_turns = quarter_turns(frame)
                    window.append(_upright(reformatter.reformat(frame, width=out_w, height=out_h,
                                                                format="gray").to_ndarray(), turns))
                    times.append(time)
                    next_sample = (math.floor(time * self.sample_fps + 1e-6) + 1) / self.sample_fps
                    if key_fps != self.keyframe_fps and time - times[0] > self.short_until:
                        key_fps = self.keyframe_fps          # not a short clip: sparse keyframes
                        self.keyframes = _on_grid(self.keyframes, key_fps)
                        if self.keyframes:
                            next_key = (math.floor(self.keyframes[-1][0] * key_fps + 1e-6) + 1) / key_fps
                    if next_key is not None and time + 1e-6 >= next_key:
                        self.keyframes.append((time, _upright(key_reformatter.reformat(
                            frame, width=key_w, height=key_h, format="gray").to_ndarray(), turns)))
                        next_key = (math.floor(time * key_fps + 1e-6) + 1) / key_fps
                    if len(window) == size:
                        yield len(times) - size, np.stack(window)
                        window = []
            except av.FFmpegError:
                stopped = True           # truncated or corrupt: keep what decoded cleanly
            else:
                stopped = False
            declared = _declared_seconds(container, stream) if stopped else None
        if not times:
            raise InputError(self.path, "no decodable video frames")
        if window:
            yield len(times) - len(window), np.stack(window)
        self.duration = last_time - times[0] + 1.0 / fallback_fps
        if declared is not None and declared - self.duration > CUT_SHORT:
            self.cut_short = (self.duration, declared)
        if self.duration < self.min_duration:
            raise InputError(self.path, f"too short ({self.duration:.2f} s; at least "
                                        f"{self.min_duration:g} s needed)")
        self.times = np.asarray(times, dtype=np.float64) - times[0]
        self.keyframes = [(time - times[0], picture) for time, picture in self.keyframes]

    def _decoder_options(self) -> dict[str, str]:
        return {"skip_loop_filter": "all"} if min(self.width, self.height) >= FAST_DEBLOCK_FROM else {}


def _declared_seconds(container, stream) -> float | None:
    """How long the file says its pictures last (the stream's duration, else the container's),
    or None when it does not say."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return container.duration / av.time_base if container.duration else None


def quarter_turns(frame: av.VideoFrame) -> int:
    """Counter-clockwise quarter turns that show ``frame`` as players do: phones store portrait
    video as landscape pictures plus a display rotation, and a re-upload's editor bakes that
    rotation into the pixels, so a copy matches only if both are read upright. 0 for no rotation
    or an angle that is no multiple of 90 degrees."""
    angle = getattr(frame, "rotation", 0)        # PyAV before 14 reads no display matrix
    turns = round(angle / 90)
    return turns % 4 if abs(angle - 90 * turns) < 1 else 0


def _upright(picture: np.ndarray, turns: int) -> np.ndarray:
    return np.ascontiguousarray(np.rot90(picture, turns)) if turns else picture


def first_on_grid(times, fps: float) -> np.ndarray:
    """bool per instant of ascending ``times``: the first in each 1/``fps`` of a second, which is
    what a stream sampling at ``fps`` keeps (it takes the first frame at or after each grid
    instant)."""
    bins = np.floor(np.asarray(times, np.float64) * fps + 1e-6).astype(np.int64)
    first = np.ones(len(bins), bool)
    first[1:] = bins[1:] != bins[:-1]
    return first


def _on_grid(keyframes: list[tuple[float, np.ndarray]], fps: float) -> list[tuple[float, np.ndarray]]:
    """The keyframes a stream sampling keyframes at ``fps`` keeps (``first_on_grid``)."""
    kept = first_on_grid([time for time, _ in keyframes], fps)
    return [keyframe for keyframe, keep in zip(keyframes, kept) if keep]


def skippable(full: dict[float, np.ndarray], sparse: dict[float, np.ndarray],
              min_fps: float) -> bool:
    """Whether the first second decoded without B-frames (``sparse``) still comes ``min_fps``
    frames a second (over its own frames' span) and shows exactly what the full decode
    (``full``, as far as ``_probe`` took it) shows at those times."""
    if not full or not sparse:
        return False                                    # nothing to go on
    compared = [time for time in sparse if time <= max(full)]
    if len(compared) == len(full):
        return False                                    # no B-frame to skip: nothing to gain
    span = max(max(sparse) - min(sparse), 1e-6)
    if (len(sparse) - 1) / span < min_fps:
        return False
    return all(time in full and np.array_equal(full[time], sparse[time]) for time in compared)


def _probe(path: str, skip_frame: str, options: dict[str, str],
           sparse: dict[float, np.ndarray] | None = None) -> dict[float, np.ndarray]:
    """Time -> first plane (every 4th pixel) of the frames decoded in the first
    ``PROBE_SECONDS``, or only as far as the comparison with ``sparse`` needs (``_probe_frames``)."""
    with av.open(path, metadata_errors="ignore") as container:
        stream = container.streams.video[0]
        stream.codec_context.skip_frame = skip_frame
        stream.codec_context.options = options
        return _probe_frames(container.decode(stream), sparse)[0]


def _probe_frames(decoder: Iterator[av.VideoFrame], sparse: dict[float, np.ndarray] | None = None
                  ) -> tuple[dict[float, np.ndarray], list[av.VideoFrame]]:
    """Time -> first plane (every 4th pixel) of the frames ``decoder`` gives in the first
    ``PROBE_SECONDS``, and every frame it was asked for (the one past that second too).

    Given ``sparse``, the same start decoded without B-frames, it stops at the
    ``COMPARED_AFTER_B``-th of ``sparse``'s frames after the first frame ``sparse`` lacks (a
    B-frame): the P-frames that would show a P-frame leaning on a B-frame are decoded by then.
    The full decode's open and first second were 1.25 s of the probe's 2.2 s on the real
    suite's 188 uploads, 0.94 s so; on the 1 024 uploads of the real suite and its held-out
    parts every decision is the same (docs/matching.md, *Scan cost at stop 32*)."""
    pictures: dict[float, np.ndarray] = {}
    decoded: list[av.VideoFrame] = []
    b_frame_seen, compared_after = False, 0
    for index, frame in enumerate(decoder):
        decoded.append(frame)
        time = _frame_time(frame, index, 25.0)
        if time is None or pictures and time - min(pictures) > PROBE_SECONDS:
            break
        plane = frame.planes[0]                         # luma for YUV, compared as decoded
        pictures[time] = np.frombuffer(plane, np.uint8).reshape(plane.height, -1)[::4, ::4]
        if sparse is not None:
            if time not in sparse:
                b_frame_seen = True
            elif b_frame_seen:
                compared_after += 1
                if compared_after == COMPARED_AFTER_B:
                    break
    return pictures, decoded


def working_size(width: int, height: int, long_side: int = WORKING_LONG_SIDE) -> tuple[int, int]:
    scale = long_side / max(width, height)
    return max(8, round(width * scale / 2) * 2), max(8, round(height * scale / 2) * 2)


def decode(path: str | Path, sample_fps: float, fast: bool = True,
           min_duration: float = MIN_DURATION) -> DecodedVideo:
    """Sample ``sample_fps`` frames per second of ``path``, all in memory; raise ``InputError``
    on bad input. Fingerprinting streams instead (``FrameStream``)."""
    stream = FrameStream(path, sample_fps, fast, min_duration)
    windows = [frames for _, frames in stream.windows(256)]
    width, height = (stream.height, stream.width) if stream.quarter_turns % 2 else (stream.width, stream.height)
    return DecodedVideo(stream.path, stream.duration, width, height, stream.times,
                        np.concatenate(windows))


def open_container(source: str | Path) -> "av.container.InputContainer":
    """``source`` opened by FFmpeg, or the ``InputError`` a ``FrameStream`` of it raises (no
    such file, empty, not readable as media, a still image)."""
    return _open(str(source))


def _open(source: str) -> "av.container.InputContainer":
    file = Path(source)
    if not file.exists():
        raise InputError(source, "no such file")
    if not file.is_file():
        raise InputError(source, "not a regular file")
    if file.stat().st_size == 0:
        raise InputError(source, "empty file")
    try:
        container = av.open(source, metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as error:
        declared = _y4m_size(file)           # FFmpeg refuses a huge y4m with a stray errno
        if declared and declared[0] * declared[1] > MAX_PIXELS:
            raise InputError(source, _too_large(*declared)) from None
        # jobs hand FFmpeg-unreadable files here whatever their suffix: a text file named .mp3
        # read "not a readable video"
        raise InputError(source, f"not a readable video or sound file ({_reason(error)})") from None
    name = container.format.name
    if name == "image2" or name.endswith("_pipe"):     # FFmpeg's still-image demuxers
        picture = name.removesuffix("_pipe") if name != "image2" or not container.streams.video \
            else container.streams.video[0].codec_context.name
        container.close()
        raise InputError(source, f"not a video ({picture.upper()} image)")
    return container


def _y4m_size(file: Path) -> tuple[int, int] | None:
    """The frame size a YUV4MPEG2 header declares, read without FFmpeg."""
    with open(file, "rb") as handle:
        header = handle.read(256).split(b"\n", 1)[0].split()
    if not header or header[0] != b"YUV4MPEG2":
        return None
    fields = {item[:1]: item[1:] for item in header[1:]}
    try:
        return int(fields[b"W"]), int(fields[b"H"])
    except (KeyError, ValueError):
        return None


def _too_large(width: int, height: int) -> str:
    return f"frame size {width}x{height} exceeds the {MAX_PIXELS:,} pixel limit (8192x8192)"


def _checked_size(source: str, container) -> tuple[int, int]:
    if not container.streams.video:
        raise InputError(source, "no video stream")
    codec = container.streams.video[0].codec_context
    width, height = codec.width, codec.height
    if width <= 0 or height <= 0:
        raise InputError(source, f"invalid frame size {width}x{height}")
    if width * height > MAX_PIXELS:
        raise InputError(source, _too_large(width, height))
    return width, height


def _timed(frames: Iterator[av.VideoFrame], stream: FrameStream,
           base=None) -> Iterator[tuple[int | None, object, av.VideoFrame]]:
    """``(pts, time base, frame)`` of each decoded frame, counted in ``stream.decoded_frames``.

    ``base``: the stream's time base, which PyAV gives each frame decoded from it (a frame's
    ``time_base`` is its packet's, the stream's); read once, since PyAV builds a new
    ``Fraction`` at every reading of a frame's (~0.01 ms; 2 100 frames of seven real clips).
    A stream without one leaves each frame's own."""
    for frame in frames:
        stream.decoded_frames += 1
        yield frame.pts, base if base is not None else frame.time_base, frame


def _undecoded(container: "av.container.InputContainer",
               stream) -> Iterator[tuple[int | None, object, av.Packet]]:
    """``(pts, time base, packet)`` of each packet of an intra-only stream, not decoded: in
    such a stream a packet is a frame, in presentation order, shown at the packet's time."""
    base = stream.time_base                          # read once, as ``_timed`` does
    for packet in container.demux(stream):
        if packet.size:                              # the demuxer's closing empty packet: none
            yield packet.pts, base if base is not None else packet.time_base, packet


def _frame_time(frame: av.VideoFrame, index: int, fallback_fps: float) -> float | None:
    return _time(frame.pts, frame.time_base, index, fallback_fps)


def _time(pts: int | None, base, index: int, fallback_fps: float) -> float | None:
    if pts is not None and base is not None:
        # integer products and one true division: the same correctly rounded float as
        # float(pts * base), without building a Fraction a frame (~0.03 ms each)
        return pts * base.numerator / base.denominator
    return index / fallback_fps


def _usable_rate(rate) -> float | None:
    try:
        value = float(rate)
    except (TypeError, ZeroDivisionError):
        return None
    return value if 0.1 < value <= MAX_FPS else None


def _reason(error: Exception) -> str:
    text = getattr(error, "strerror", None) or str(error)
    return text.split(":")[-1].strip() or type(error).__name__
