"""Decode cost per core: OpenCV grab/read vs PyAV, with and without skipping non-reference frames.

    python benchmarks/bench_decode.py [VIDEO]     # default: a generated 720p H.264 clip

Prints CPU seconds per second of video (lower is better) and x real time per core, the figure
that chose PyAV with ``skip_frame="NONREF"`` (and no deblocking on large frames) for
``origin.decode``.
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
from origin.decode import decode  # noqa: E402
from origin.fingerprint import UPLOAD_SAMPLE_FPS, fingerprint_upload  # noqa: E402


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


def main() -> None:
    cv2.setNumThreads(1)
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        path = str(Path(tempfile.mkdtemp()) / "720p.mp4")
        footage = synthetic.SyntheticFootage(7, (1280, 720))
        synthetic.render_footage(path, footage, seconds=20, size=(1280, 720), fps=30)
    seconds = decode(path, 1.0).duration
    runs = {
        "opencv grab (decode only)": lambda: opencv_grab(path),
        "opencv read (decode + BGR)": lambda: opencv_read(path),
        "pyav decode all frames": lambda: pyav(path, "DEFAULT"),
        "pyav skip non-reference": lambda: pyav(path, "NONREF"),
        "pyav skip non-ref. and deblocking": lambda: pyav(path, "NONREF", deblock=False),
        "origin decode (4 fps, 256 px)": lambda: decode(path, UPLOAD_SAMPLE_FPS),
        "origin decode + upload views": lambda: fingerprint_upload(decode(path, UPLOAD_SAMPLE_FPS)),
    }
    print(f"{path}: {seconds:.1f} s of video")
    for name, run in runs.items():
        used = cpu(run)
        print(f"  {name:32s} {used / seconds:6.3f} CPU s per s   {seconds / used:6.1f}x real time")


if __name__ == "__main__":
    main()
