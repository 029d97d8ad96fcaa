"""Which originals the gradient gate refuses: FFmpeg gradients and real soft pictures (issue 15).

    python benchmarks/soft_gate.py render --out DIR [--set tune|held|fresh]   # gradients
    python benchmarks/soft_gate.py render --set soft --out DIR --photos JPG... [--blurs 4 6 9]
    python benchmarks/soft_gate.py measure FILE... [--json OUT]

``render`` makes FFmpeg ``gradients`` renderings: ``tune`` (the kinds stop 34 measured: seeds
at three speeds and colour counts, a radial, a circular and a spiral one, colours and end points
drawn from a seed; and steep ones of every type, 5-8 colours), ``held`` (other seeds, sizes,
speeds, 2-8 colours and every type at CRF 18, 23 and 28) and ``fresh`` (every type at CRF 23
and 28, 640-1280 px wide); FFmpeg draws the colours anew on every run, seed or not. ``soft``
films photographs out of focus as the suites and the catalogue film them. ``measure`` judges
each file as ``fingerprint_original`` does, window by window: the frames that pass contrast,
detail and reliable bits (or are thin lines), their picture's box, and per such frame its
corners, texture and spread (``fingerprint.corners``, ``texture``, ``spread``); it prints per
file the medians, stop 34's verdict (corners alone, one per 10 000 px) and today's
(``fingerprint.kept``). A file with no good frame is refused by the other gates whatever these
say (docs/matching.md, *Soft pictures keep their texture*).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from origin.media.video import FrameStream  # noqa: E402
from origin.video import fingerprint  # noqa: E402

SECONDS = 12.0
STOP_34_CORNERS = 1.0    # stop 34's gate: corners alone, this many per 10 000 px at the median


def tune_sources() -> list[tuple[str, str]]:
    """Stop 34's 27 + 12 gradient kinds, and 12 steep ones of every type, at 640x360."""
    made = []
    for seed in range(1, 9):
        for speed, colours in ((0.05, 3), (0.02, 2), (0.1, 4)):
            made.append((f"tune_s{seed}_{speed}_{colours}",
                         f"gradients=s=640x360:seed={seed}:speed={speed}:nb_colors={colours}"))
    for kind, name in ((1, "radial"), (2, "circular"), (3, "spiral")):
        made.append((f"tune_{name}", f"gradients=s=640x360:seed=9:speed=0.03:nb_colors=3:type={kind}"))
    rng = np.random.default_rng(34)
    for number in range(12):
        colours = int(rng.integers(2, 5))
        picked = ":".join(f"c{i}=0x{int(rng.integers(0, 1 << 24)):06x}" for i in range(colours))
        x0, x1 = (int(v) for v in rng.integers(0, 640, 2))
        y0, y1 = (int(v) for v in rng.integers(0, 360, 2))
        made.append((f"tune_drawn{number}", f"gradients=s=640x360:{picked}:nb_colors={colours}:"
                                           f"x0={x0}:y0={y0}:x1={x1}:y1={y1}:speed=0.03:seed={100 + number}"))
    for number in range(12):          # steep ones, which pass the detail gate: many colours, near ends
        kind, colours = number % 4, 5 + number % 4
        x0, y0 = (int(v) for v in rng.integers(100, 300, 2))
        x1, y1 = x0 + int(rng.integers(-120, 120)), y0 + int(rng.integers(-90, 90))
        made.append((f"tune_steep{number}_t{kind}", f"gradients=s=640x360:nb_colors={colours}:type={kind}:"
                                                    f"x0={x0}:y0={y0}:x1={x1}:y1={y1}:speed=0.05:seed={200 + number}"))
    return made


def held_sources() -> list[tuple[str, str]]:
    """Other seeds, sizes, speeds, colour counts and kinds: judged once, after the gate was set."""
    made = []
    rng = np.random.default_rng(3535)
    sizes = ("480x270", "1280x720", "360x640", "320x180")
    for number in range(32):
        kind = number % 4
        size = sizes[(number // 4) % len(sizes)]
        colours = 2 + number % 7
        speed = float(rng.choice([0.005, 0.01, 0.03, 0.08, 0.2, 0.5]))
        made.append((f"held_{number}_t{kind}", f"gradients=s={size}:seed={5000 + number}:speed={speed}:"
                                               f"nb_colors={colours}:type={kind}"))
    for number in range(8):             # dark and pale pairs, as the suites' skies
        base = int(rng.integers(0, 40)) if number % 2 else int(rng.integers(150, 220))
        low = f"0x{base:02x}{base + 4:02x}{base + 10:02x}"
        high = f"0x{base + 20:02x}{base + 28:02x}{base + 36:02x}"
        made.append((f"held_pair{number}", f"gradients=s=480x270:c0={low}:c1={high}:nb_colors=2:"
                                           f"speed=0.02:type={number % 4}:seed={6000 + number}"))
    return made


def render_soft(out: Path, photos: list[Path], blurs: tuple[float, ...] = (4.0, 6.0, 9.0),
                gain: float = 1.0) -> list[Path]:
    """Real soft pictures: each photograph blurred by each sigma (photo pixels) and filmed as
    the suites film one (``HandheldPhoto``, 480x270, 12 s) and as the catalogue shows one (a pan
    at 320x180, 12 frames a second, CRF 23), as held_out_10's out-of-focus leaf was made;
    ``gain`` under 1: a dark scene (the photograph at that share of its light)."""
    import cv2

    from benchmarks.real_suite import SIZE, HandheldPhoto
    from origin.synthetic import PhotoFootage, render_footage

    out.mkdir(parents=True, exist_ok=True)
    made = []
    for number, path in enumerate(photos):
        photo = cv2.imread(str(path))
        if photo is None:
            raise SystemExit(f"{path}: not a readable picture")
        if gain != 1.0:
            photo = np.clip(photo.astype(np.float32) * gain, 0, 255).astype(np.uint8)
        tag = "" if gain == 1.0 else f"_g{gain:g}"
        for blur in blurs:
            soft = cv2.GaussianBlur(photo, (0, 0), blur)
            held = out / f"soft_{path.stem}{tag}_b{blur:g}_handheld.mp4"
            if not held.exists():
                render_footage(held, HandheldPhoto(soft, SIZE, SECONDS, number), SECONDS, SIZE)
            panned = out / f"soft_{path.stem}{tag}_b{blur:g}_pan.mp4"
            if not panned.exists():
                render_footage(panned, PhotoFootage([soft], (320, 180), 8.0, seed=number, motion="pan"),
                               8.0, (320, 180), fps=12.0, crf=23)
            made += [held, panned]
    return made


def fresh_sources() -> list[tuple[str, str]]:
    """A second held-out set, made after ``held`` showed heavy codecs and large pictures: every
    kind at 1280x720 and 640x360, crf 23 and 28 (``render``)."""
    made = []
    rng = np.random.default_rng(3636)
    for number in range(12):
        kind, size = number % 4, ("1280x720", "640x360", "854x480")[number % 3]
        colours, speed = 2 + number % 4, float(rng.choice([0.01, 0.03, 0.08]))
        made.append((f"fresh_{number}_t{kind}", f"gradients=s={size}:seed={7000 + number}:speed={speed}:"
                                                f"nb_colors={colours}:type={kind}"))
    return made


def render(out: Path, which: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    sources = {"tune": tune_sources, "held": held_sources, "fresh": fresh_sources}[which]()
    made = []
    for number, (name, source) in enumerate(sources):
        path = out / f"{name}.mp4"
        crf = {"tune": 18, "held": (18, 23, 28)[number % 3], "fresh": (23, 28)[number % 2]}[which]
        if not path.exists():
            subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
                            "-t", f"{SECONDS}", "-r", "25", "-c:v", "libx264", "-preset", "veryfast",
                            "-crf", str(crf), "-pix_fmt", "yuv420p", "-threads", "1", str(path)], check=True)
        made.append(path)
    return made


def measure(path: Path) -> dict:
    """Per file: its good frames' corners and texture, each file judged as ``fingerprint_original``."""
    video = FrameStream(str(path), fingerprint.ORIGINAL_SAMPLE_FPS)
    found, textured, spreads = [], [], []
    for _, frames in video.windows(fingerprint.LAYOUT_WINDOW):
        _, good, picture = fingerprint._original_views(frames)
        pictures = [picture.crop(frames[number]) for number in good]
        found.append(fingerprint.corners(pictures))
        textured.append(fingerprint.texture(pictures))
        spreads.append(fingerprint.spread(pictures))
    found = np.concatenate(found) if found else np.zeros(0)
    textured = np.concatenate(textured) if textured else np.zeros(0)
    corners = float(np.median(found)) if len(found) else None
    texture = float(np.median(textured)) if len(textured) else None
    spreads = np.concatenate(spreads) if spreads else np.zeros(0)
    spread = float(np.median(spreads)) if len(spreads) else None
    return {"file": str(path), "good": int(len(found)), "corners": corners, "texture": texture,
            "spread": spread, "kept_before": corners is not None and corners >= STOP_34_CORNERS,
            "kept": corners is not None and fingerprint.kept(corners, texture, spread)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    made = sub.add_parser("render")
    made.add_argument("--out", type=Path, required=True)
    made.add_argument("--set", choices=("tune", "held", "fresh", "soft"), default="tune")
    made.add_argument("--photos", type=Path, nargs="*", default=[], help="--set soft: the photographs")
    made.add_argument("--blurs", type=float, nargs="+", default=[4.0, 6.0, 9.0],
                      help="--set soft: the photographs' blurs (sigma, photo pixels)")
    made.add_argument("--gain", type=float, default=1.0, help="--set soft: light kept (a dark scene under 1)")
    judged = sub.add_parser("measure")
    judged.add_argument("files", nargs="+", type=Path)
    judged.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.command == "render":
        made = (render_soft(args.out, args.photos, tuple(args.blurs), gain=args.gain) if args.set == "soft"
                else render(args.out, args.set))
        print(f"{len(made)} renderings in {args.out}")
        return
    rows = []
    for path in args.files:
        row = measure(path)
        rows.append(row)
        print(f"{path.name:40s} good {row['good']:4d}  corners {row['corners'] if row['corners'] is None else round(row['corners'], 2)!s:>6}"
              f"  texture {row['texture'] if row['texture'] is None else round(row['texture'], 3)!s:>7}"
              f"  spread {row['spread'] if row['spread'] is None else round(row['spread'], 3)!s:>6}"
              f"  before {'kept' if row['kept_before'] else 'refused':7s}  after {'kept' if row['kept'] else 'refused'}",
              flush=True)
    if args.json:
        args.json.write_text("\n".join(json.dumps(row) for row in rows) + "\n")


if __name__ == "__main__":
    main()
