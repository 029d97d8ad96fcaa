"""A catalogue of unrelated real originals to register beside a suite (issue 15).

    python benchmarks/catalogue.py [--count 1000] [--out benchmarks/data/catalogue]

A platform's catalogue is millions of originals, and real frames cluster (dark skies with a
bright core, centred subjects, vignettes, smooth backdrops), so a suite's dozen originals say
little about false matches. These originals are made from the real photographs of
scripts/fetch_photos.py (telescope images, landscapes, cities, artwork) as the everyday formats
that show photographs: a Ken Burns pan, a slow zoom in or out, a three-photo slideshow, and a 9:16
framing of a pan; 8 s each, 12 frames/s, 320x180 (9:16: 180x320). No photo of the real suite's
slideshows is used (that would be a true match). Deterministic by number; files already made are
reused.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT, ROOT / "scripts"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from origin.synthetic import PhotoFootage, render_footage  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "data" / "catalogue"
PHOTOS = ROOT / "benchmarks" / "data" / "photos"
SECONDS, FPS = 8.0, 12.0
STYLES = ("pan", "zoom_in", "zoom_out", "slideshow", "portrait_pan")


def _picture(path: Path, cache: dict[Path, np.ndarray]) -> np.ndarray:
    if path not in cache:
        image = cv2.imread(str(path))
        if image is None:
            raise ValueError(f"{path}: not a readable picture")
        if len(cache) > 64:
            cache.pop(next(iter(cache)))
        cache[path] = image
    return cache[path]


def build(count: int = 1000, out: Path = DEFAULT_OUT, log=print) -> dict[str, Path]:
    """Make (or reuse) ``count`` catalogue originals; returns {id: path}."""
    from fetch_photos import fetch

    from benchmarks.real_suite import unrelated_photos

    photos = unrelated_photos(fetch(PHOTOS))
    if not photos:
        raise RuntimeError(f"no pictures in {PHOTOS}: run scripts/fetch_photos.py")
    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    cache: dict[Path, np.ndarray] = {}
    began = time.perf_counter()
    for number in range(count):
        style = STYLES[number % len(STYLES)]
        path = out / f"cat{number:05d}-{style}.mp4"
        made[f"cat{number:05d}"] = path
        if path.exists():
            continue
        rng = np.random.default_rng([number, 15])
        chosen = [photos[int(i)] for i in rng.choice(len(photos), 3 if style == "slideshow" else 1, replace=False)]
        size = (180, 320) if style == "portrait_pan" else (320, 180)
        motion = {"pan": "pan", "portrait_pan": "pan", "zoom_in": "zoom_in", "zoom_out": "zoom_out"}.get(style, "mixed")
        footage = PhotoFootage([_picture(p, cache) for p in chosen], size, SECONDS / len(chosen),
                               seed=number, motion=motion)
        partial = path.with_suffix(".part.mp4")
        render_footage(partial, footage, SECONDS, size, fps=FPS, crf=23)
        partial.replace(path)
        if (number + 1) % 100 == 0:
            log(f"catalogue: {number + 1}/{count} originals ({time.perf_counter() - began:.0f} s)")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    made = build(args.count, args.out)
    print(f"{len(made)} catalogue originals in {args.out}")


if __name__ == "__main__":
    main()
