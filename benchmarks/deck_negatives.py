"""Hard negatives for the geometry tier: slide decks in one typeface with different words.

    python benchmarks/deck_negatives.py --out DIR [--registered 271,91,151,51] [--foreign ...]

Renders the real suite's generated lecture decks (``real_suite.Slides``: one font, a title from
eight words, bullet lines of capitals on one grid), registers some in a fresh workspace, and
scans every deck in four layouts (whole frame, a picture-in-picture window over real footage,
framed 9:16, an off-centre crop): the registered decks' own copies must be found, the foreign
decks (other seeds, the same typeface and template) must match nothing. Prints every upload's
matches with tier and decision, then the false matches and the copies missed. Made files are
kept in ``DIR`` and reused.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks.real_suite import SIZE, Slides  # noqa: E402
from origin import synthetic  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

BACKGROUND = ROOT / "benchmarks" / "data" / "footage" / "vtest.avi"
SECONDS = 16.0
LAYOUTS = {   # FFmpeg filters of each layout; the pip's input 0 is the background footage
    "whole": "scale={w}:{h}",
    "pip": "[0:v]scale={w}:{h},setsar=1[b];[1:v]scale=232:-2[s];[b][s]overlay=36:46:shortest=1",
    "framed": "scale=360:-2,pad=360:640:0:185:black",
    "crop": "crop=iw*0.8:ih*0.8:iw*0.05:ih*0.1,scale={w}:{h}",
}


def _deck(seed: int, path: Path) -> Path:
    if not path.exists():
        synthetic.render_footage(path, Slides(seed), SECONDS, SIZE)
    return path


def _layout(source: Path, layout: str, path: Path) -> Path:
    if path.exists():
        return path
    chain = LAYOUTS[layout].format(w=SIZE[0], h=SIZE[1])
    inputs = (["-i", str(BACKGROUND), "-i", str(source), "-filter_complex", chain]
              if layout == "pip" else ["-i", str(source), "-vf", chain])
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", *inputs, "-c:v", "libx264", "-crf", "23",
                    "-pix_fmt", "yuv420p", "-an", "-t", "12", str(path)], check=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the media and workspace")
    parser.add_argument("--registered", default="271,91,151,51", help="deck seeds registered")
    parser.add_argument("--foreign", default="292,293,21,22,23,300,301,302",
                        help="deck seeds never registered")
    args = parser.parse_args()
    registered = [int(seed) for seed in args.registered.split(",")]
    foreign = [int(seed) for seed in args.foreign.split(",")]
    decks, uploads = args.out / "decks", args.out / "uploads"
    decks.mkdir(parents=True, exist_ok=True)
    uploads.mkdir(exist_ok=True)
    truth: dict[str, str | None] = {}
    for seed in registered + foreign:
        source = _deck(seed, decks / f"deck{seed}.mp4")
        for layout in LAYOUTS:
            made = _layout(source, layout, uploads / f"deck{seed}.{layout}.mp4")
            truth[str(made)] = f"deck{seed}" if seed in registered else None
    workspace_folder = args.out / "workspace"
    fresh = not workspace_folder.exists()
    with Workspace(workspace_folder) as workspace:
        if fresh:
            list(workspace.add_originals([decks / f"deck{seed}.mp4" for seed in registered]))
        results = list(workspace.scan(list(truth)))
    false, missed = [], []
    for result in results:
        want = truth[result.upload]
        found = [(Path(match.original_path).stem, round(match.score, 3), match.tier)
                 for match in result.matches]
        print(f"{Path(result.upload).name:<24} {want or '-':<10} {json.dumps(found)}")
        false += [(Path(result.upload).name, *match) for match in found if match[0] != want]
        if want is not None and not any(match[0] == want for match in found):
            missed.append(Path(result.upload).name)
    print(f"\nfalse matches: {len(false)} of {sum(want is None for want in truth.values())} "
          f"foreign uploads' scans")
    for row in false:
        print("  ", *row)
    print(f"copies missed: {len(missed)} of {sum(want is not None for want in truth.values())}",
          *missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
