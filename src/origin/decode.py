"""Stage 1, decode: a video file becomes small grayscale frames sampled at a fixed rate.

PyAV (FFmpeg) rather than OpenCV: on 720p H.264 it decodes ~1.9x faster per core, and with
``skip_frame="NONREF"`` it skips the B-frames nobody references, another ~1.6x, while the frames it
keeps carry exact presentation times (see ``benchmarks/bench_decode.py``). On frames of
``FAST_DEBLOCK_FROM`` lines and more, skipping the deblocking filter saves another 15-35 %: its
block edges are a small share of a hash cell there (most frames hash identically, the rest differ
by 2-4 bits of 64). On small frames a block is close to a cell, so they keep the filter. Frames are scaled by
swscale straight from the Y plane to the working size, so nothing full-size is ever converted.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from origin.errors import InputError

WORKING_LONG_SIDE = 256      # px; enough to find borders and windows, 8x the 32 px hash input
MAX_PIXELS = 8192 * 8192     # refuse absurd frame sizes before decoding a single frame
MIN_DURATION = 1.0           # s; shorter clips carry too little to match or act on
MAX_FPS = 1000.0
FAST_DEBLOCK_FROM = 480      # lines (short side) from which decoding skips the deblocking filter


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


def working_size(width: int, height: int, long_side: int = WORKING_LONG_SIDE) -> tuple[int, int]:
    scale = long_side / max(width, height)
    return max(8, round(width * scale / 2) * 2), max(8, round(height * scale / 2) * 2)


def decode(path: str | Path, sample_fps: float, fast: bool = True,
           min_duration: float = MIN_DURATION) -> DecodedVideo:
    """Sample ``sample_fps`` frames per second of ``path``; raise ``InputError`` on bad input."""
    source = str(path)
    file = Path(path)
    if not file.exists():
        raise InputError(source, "no such file")
    if not file.is_file():
        raise InputError(source, "not a regular file")
    if file.stat().st_size == 0:
        raise InputError(source, "empty file")
    try:
        container = av.open(source, metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as error:
        raise InputError(source, f"not a readable video ({_reason(error)})") from None
    with container:
        if not container.streams.video:
            raise InputError(source, "no video stream")
        stream = container.streams.video[0]
        codec = stream.codec_context
        width, height = codec.width, codec.height
        if width <= 0 or height <= 0:
            raise InputError(source, f"invalid frame size {width}x{height}")
        if width * height > MAX_PIXELS:
            raise InputError(source, f"frame size {width}x{height} exceeds the {MAX_PIXELS} pixel limit")
        if fast:
            codec.skip_frame = "NONREF"
            if min(width, height) >= FAST_DEBLOCK_FROM:
                codec.options = {"skip_loop_filter": "all"}
        fallback_fps = _usable_rate(stream.average_rate) or _usable_rate(stream.guessed_rate) or 25.0
        out_w, out_h = working_size(width, height)
        times: list[float] = []
        frames: list[np.ndarray] = []
        next_sample = 0.0
        last_time = 0.0
        decoded = 0
        try:
            for frame in container.decode(stream):
                time = _frame_time(frame, decoded, fallback_fps)
                decoded += 1
                if time is None or time < last_time - 1.0:    # broken or rewinding timestamps
                    time = last_time + 1.0 / fallback_fps
                last_time = max(last_time, time)
                if time + 1e-6 < next_sample:
                    continue
                gray = frame.reformat(width=out_w, height=out_h, format="gray")
                frames.append(gray.to_ndarray())
                times.append(time)
                next_sample = (math.floor(time * sample_fps + 1e-6) + 1) / sample_fps
        except av.FFmpegError:
            pass                     # truncated or corrupt tail: keep what decoded cleanly
        if not frames:
            raise InputError(source, "no decodable video frames")
        start = times[0]
        duration = last_time - start + 1.0 / fallback_fps
        if duration < min_duration:
            raise InputError(source, f"too short ({duration:.2f} s; at least {min_duration:g} s needed)")
        return DecodedVideo(source, duration, width, height,
                            np.asarray(times, dtype=np.float64) - start, np.stack(frames))


def _frame_time(frame: av.VideoFrame, index: int, fallback_fps: float) -> float | None:
    if frame.pts is not None and frame.time_base is not None:
        return float(frame.pts * frame.time_base)
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
