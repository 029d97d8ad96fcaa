"""Decode cost per core: OpenCV grab/read vs PyAV, with and without skipping frames.

    python benchmarks/bench_decode.py [VIDEO]     # default: a generated 720p H.264 clip

Prints CPU seconds per second of video (lower is better) and x real time per core, the figure
that chose PyAV with ``skip_frame="NONREF"`` (and no deblocking on large frames) for
``origin.media.video``, and ``"BIDIR"`` for uploads whose I- and P-frames suffice.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import av
import cv2

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from origin import synthetic  # noqa: E402
from origin.media.video import FrameStream, decode  # noqa: E402
from origin.video.fingerprint import (ORIGINAL_SAMPLE_FPS, UPLOAD_MIN_FPS, UPLOAD_SAMPLE_FPS,  # noqa: E402
                                fingerprint_upload)


def cpu(run) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def opencv_grab(path: str) -> None:
    capture = cv2.VideoCapture(path)
    while capture.grab():
        pass


def opencv_read(path: str) -> None:
    capture = cv2.VideoCapture(path)
    while capture.read()[0]:
        pass


def pyav(path: str, skip: str, deblock: bool = True) -> None:
    with av.open(path) as container:
        stream = container.streams.video[0]
        stream.codec_context.skip_frame = skip
        if not deblock:
            stream.codec_context.options = {"skip_loop_filter": "all"}
        for _ in container.decode(stream):
            pass


def upload_stream(path: str) -> FrameStream:
    """As ``scan`` decodes (B-frames skipped when the probe allows)."""
    return FrameStream(path, UPLOAD_SAMPLE_FPS, min_fps=UPLOAD_MIN_FPS)


def main() -> None:
    cv2.setNumThreads(1)
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        scratch = tempfile.TemporaryDirectory()        # removed at exit
        path = str(Path(scratch.name) / "720p.mp4")
        footage = synthetic.SyntheticFootage(7, (1280, 720))
        synthetic.render_footage(path, footage, seconds=20, size=(1280, 720), fps=30)
    seconds = decode(path, 1.0).duration
    runs = {
        "opencv grab (decode only)": lambda: opencv_grab(path),
        "opencv read (decode + BGR)": lambda: opencv_read(path),
        "pyav decode all frames": lambda: pyav(path, "DEFAULT"),
        "pyav skip non-reference": lambda: pyav(path, "NONREF"),
        "pyav skip non-ref. and deblocking": lambda: pyav(path, "NONREF", deblock=False),
        "pyav skip B-frames and deblocking": lambda: pyav(path, "BIDIR", deblock=False),
        "origin decode as original": lambda: decode(path, ORIGINAL_SAMPLE_FPS),
        "origin decode as upload": lambda: list(upload_stream(path).windows(40)),
        "origin upload: decode + views": lambda: fingerprint_upload(upload_stream(path)),
    }
    print(f"{path}: {seconds:.1f} s of video")
    for name, run in runs.items():
        used = cpu(run)
        print(f"  {name:34s} {used / seconds:6.3f} CPU s per s   {seconds / used:6.1f}x real time")


if __name__ == "__main__":
    main()
