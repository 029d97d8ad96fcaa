"""Gradients on the upload side: registered gradients (no gate) against gradient uploads.

    python benchmarks/gradient_uploads.py --out DIR [--originals 8] [--uploads 12]

An index may hold a gradient: one registered before the original-side gate (stop 34), or a
circular or spiral gradient of 5-8 colours, whose colours meet in corners at its centre and pass
that gate (docs/matching.md, *Soft pictures keep their texture*). Renders ``--originals``
circular and spiral FFmpeg ``gradients`` of 5-8 colours and and 4 slow linear and radial ones of 3-4 colours (as held_out_9's registered gradient), and
registers them in a fresh workspace with the gradient gate off (``fingerprint.kept`` always true,
as before stop 34); then scans each original's options rendered again (FFmpeg draws other
colours on every run, seed or not: the same shapes, another gradient) and ``--uploads`` other
gradient renderings (every type, 5-8 colours, other seeds), each in four layouts (whole frame, a picture-in-picture window over
real footage, framed 9:16, an off-centre crop), none of them a copy: every match is false. Each
registered gradient re-encoded (CRF 28) is scanned too and reported apart: a copy of a gradient,
which the issue would rather not match either. Made files are kept in ``DIR`` and reused.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from origin.video import fingerprint  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

BACKGROUND = ROOT / "benchmarks" / "data" / "footage" / "vtest.avi"
SECONDS = 10.0
SIZE = (640, 360)
LAYOUTS = {   # FFmpeg filters of each layout; the pip's input 0 is the background footage
    "whole": "scale={w}:{h}",
    "pip": "[0:v]scale={w}:{h},setsar=1[b];[1:v]scale=232:-2[s];[b][s]overlay=36:46:shortest=1",
    "framed": "scale=360:-2,pad=360:640:0:218:black",
    "crop": "crop=iw*0.8:ih*0.8:iw*0.05:ih*0.1,scale={w}:{h}",
}


def _render(source: str, path: Path, crf: int = 23) -> Path:
    if not path.exists():
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
                        "-t", f"{SECONDS}", "-r", "25", "-c:v", "libx264", "-preset", "veryfast",
                        "-crf", str(crf), "-pix_fmt", "yuv420p", "-threads", "1", str(path)],
                       check=True)
    return path


def _layout(source: Path, layout: str, path: Path) -> Path:
    if path.exists():
        return path
    chain = LAYOUTS[layout].format(w=SIZE[0], h=SIZE[1])
    inputs = (["-nostdin", "-i", str(BACKGROUND), "-i", str(source), "-filter_complex", chain]
              if layout == "pip" else ["-nostdin", "-i", str(source), "-vf", chain])
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", *inputs, "-c:v", "libx264", "-crf", "23",
                    "-pix_fmt", "yuv420p", "-an", "-t", f"{SECONDS}", "-threads", "1", str(path)],
                   check=True)
    return path


def originals(count: int) -> list[tuple[str, str]]:
    """Circular (type 2) and spiral (type 3) gradients of 5-8 colours, steep (close end points)
    or slow, at 640x360: the kinds that pass the original-side gate."""
    rng = np.random.default_rng(3600)
    made = []
    for number in range(count):
        kind, colours = 2 + number % 2, 5 + (number // 2) % 4
        x0, y0 = int(rng.integers(200, 440)), int(rng.integers(120, 240))
        x1, y1 = x0 + int(rng.integers(-120, 120)), y0 + int(rng.integers(-90, 90))
        speed = float(rng.choice([0.01, 0.03, 0.05, 0.1]))
        made.append((f"orig{number}_t{kind}_c{colours}",
                     f"gradients=s=640x360:nb_colors={colours}:type={kind}:x0={x0}:y0={y0}:"
                     f"x1={x1}:y1={y1}:speed={speed}:seed={9000 + number}"))
    return made


def linear_originals() -> list[tuple[str, str]]:
    """Linear and radial gradients of 3-4 colours, slow, as held_out_9's registered
    ``low_detail_0`` and stop 33's renderings: refused by today's gate, registered before it."""
    return [(f"orig_lin{seed}_t{kind}_c{colours}",
             f"gradients=s=640x360:seed={seed}:speed=0.05:nb_colors={colours}:type={kind}")
            for seed, kind, colours in ((9101, 0, 3), (9102, 0, 4), (9103, 1, 3), (9104, 1, 4))]


def uploads(count: int) -> list[tuple[str, str]]:
    """Other gradients of every type (linear, radial, circular, spiral), 5-8 colours."""
    rng = np.random.default_rng(3601)
    made = []
    for number in range(count):
        kind, colours = number % 4, 5 + (number // 4) % 4
        speed = float(rng.choice([0.01, 0.03, 0.05, 0.1]))
        ends = ""
        if number % 3:                      # two of three steep: close end points
            x0, y0 = int(rng.integers(200, 440)), int(rng.integers(120, 240))
            ends = (f"x0={x0}:y0={y0}:x1={x0 + int(rng.integers(-120, 120))}:"
                    f"y1={y0 + int(rng.integers(-90, 90))}:")
        made.append((f"up{number}_t{kind}_c{colours}",
                     f"gradients=s=640x360:nb_colors={colours}:type={kind}:{ends}"
                     f"speed={speed}:seed={9500 + number}"))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the media and workspace")
    parser.add_argument("--originals", type=int, default=8)
    parser.add_argument("--uploads", type=int, default=12)
    parser.add_argument("--json", type=Path, help="write every upload's matches here")
    args = parser.parse_args()
    sources, made = args.out / "originals", args.out / "uploads"
    sources.mkdir(parents=True, exist_ok=True)
    made.mkdir(exist_ok=True)
    kinds = originals(args.originals) + linear_originals()
    registered = [_render(source, sources / f"{name}.mp4") for name, source in kinds]
    truth: dict[str, str | None] = {}
    for name, source in kinds:   # the same options rendered again: FFmpeg draws other colours
        rendered = _render(source, made / f"again_{name}.mp4")
        for layout in LAYOUTS:
            truth[str(_layout(rendered, layout, made / f"again_{name}.{layout}.mp4"))] = None
    for name, source in uploads(args.uploads):
        rendered = _render(source, made / f"{name}.mp4")
        for layout in LAYOUTS:
            truth[str(_layout(rendered, layout, made / f"{name}.{layout}.mp4"))] = None
    for path in registered:
        copy = made / f"{path.stem}.copy.mp4"
        if not copy.exists():
            subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(path),
                            "-c:v", "libx264", "-crf", "28", "-pix_fmt", "yuv420p", "-threads", "1",
                            str(copy)], check=True)
        truth[str(copy)] = path.stem
    folder = args.out / "workspace"
    fresh = not folder.exists()
    with Workspace(folder) as workspace:
        if fresh:   # as before any gate: every gradient with good frames registers
            with mock.patch.object(fingerprint, "kept", lambda *_: True):
                list(workspace.add_originals(registered))
        results = list(workspace.scan(list(truth)))
        held = {Path(row["path"]).stem for row in workspace.originals()}
    false, copies, rows = [], [], []
    for result in results:
        want = truth[result.upload]
        found = [(Path(match.original_path).stem, round(match.score, 3), match.tier)
                 for match in result.matches]
        rows.append({"upload": Path(result.upload).name, "copy_of": want, "matches": found})
        print(f"{Path(result.upload).name:<28} {want or '-':<20} {json.dumps(found)}")
        if want is None:
            false += [(Path(result.upload).name, *match) for match in found]
        else:
            copies += [(Path(result.upload).name, *match) for match in found if match[0] == want]
    negatives = sum(want is None for want in truth.values())
    print(f"\nfalse matches: {len(false)} on {len({row[0] for row in false})} of {negatives} "
          f"gradient uploads (none a copy)")
    for row in false:
        print("  ", *row)
    print(f"registered (the gate off; the others fail contrast or detail): {len(held)} of "
          f"{len(registered)}:", *sorted(held))
    print(f"re-encoded copies of registered gradients matched: {len(copies)} of {len(held)}",
          *[f"{row[0]} {row[2]}" for row in copies])
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
