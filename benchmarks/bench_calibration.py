"""Where the default threshold sits: scores of coincidences versus scores of hard copies.

    python benchmarks/bench_calibration.py [--originals 40] [--negatives 200] [--positives 40]

Registers generated originals (and the real sample footage, if fetched by
scripts/fetch_footage.py), then scans unrelated uploads (generated, every transform family, plus
unregistered real clips) and copies made with the hardest families. Prints, for each side, the
best score per upload and the alignment evidence it stands for, so ``origin.match.decide``'s midpoint
can be set with a stated margin over the strongest coincidence. Media is cached in
benchmarks/data/calibration/ (git-ignored).
"""
from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from origin import synthetic  # noqa: E402
from origin.match.decide import DEFAULT_MIN_SCORE, SCORE_MIDPOINT, SCORE_SLOPE  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

FOOTAGE = ROOT / "benchmarks" / "data" / "footage"
MEDIA = ROOT / "benchmarks" / "data" / "calibration"
REGISTERED_FOOTAGE = ("Megamind.avi", "box.mp4", "tree.avi")
HARD_FAMILIES = ("rotate", "text_overlay", "combo", "crop", "pad", "canvas_9x16_blur", "pip",
                 "logo_overlay")


def evidence_of(score: float) -> float:
    """The alignment evidence a score stands for (inverse of ``origin.match.decide.score``)."""
    score = min(max(score, 1e-9), 1 - 1e-9)
    return SCORE_MIDPOINT + math.log(score / (1 - score)) / SCORE_SLOPE


def build(originals: int, negatives: int, positives: int, seed: int):
    MEDIA.mkdir(parents=True, exist_ok=True)
    registered = []
    for number in range(originals):
        path = MEDIA / f"original{number:03d}.mp4"
        if not path.exists():
            synthetic.generate_video(path, seed=seed * 10_000 + number, seconds=20)
        registered.append(path)
    registered += [FOOTAGE / name for name in REGISTERED_FOOTAGE if (FOOTAGE / name).exists()]

    families = [family for family in synthetic.FAMILIES if family != "embed"]
    unrelated = []
    for number in range(negatives):
        path = MEDIA / f"negative{number:03d}.mp4"
        if not path.exists():
            source = MEDIA / f"unrelated{number:03d}.mp4"
            synthetic.generate_video(source, seed=seed * 10_000 + 5_000 + number, seconds=12)
            synthetic.apply_transform(source, path, families[number % len(families)], seed=number)
            source.unlink()
        unrelated.append(path)
    unrelated += sorted(p for p in FOOTAGE.glob("*") if p.name not in REGISTERED_FOOTAGE)

    copies = []
    for number in range(positives):
        family = HARD_FAMILIES[number % len(HARD_FAMILIES)]
        source = registered[number % originals]
        path = MEDIA / f"copy{number:03d}-{family}.mp4"
        if not path.exists():
            synthetic.apply_transform(source, path, family, seed=seed * 100 + number)
        copies.append((path, source))
    return registered, unrelated, copies


def describe(label: str, scores: np.ndarray) -> None:
    evidence = np.array([evidence_of(s) for s in scores])
    print(f"{label:34s} n={len(scores):4d}  score min {scores.min():.3f}  p5 {np.quantile(scores, .05):.3f}"
          f"  p50 {np.median(scores):.3f}  p95 {np.quantile(scores, .95):.3f}  max {scores.max():.3f}"
          f"  | evidence min {evidence.min():.2f} max {evidence.max():.2f}"
          f"  | at or above default: {int((scores >= DEFAULT_MIN_SCORE).sum())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=40)
    parser.add_argument("--negatives", type=int, default=200)
    parser.add_argument("--positives", type=int, default=40)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    registered, unrelated, copies = build(args.originals, args.negatives, args.positives, args.seed)
    scratch = tempfile.TemporaryDirectory(prefix="origin-calibration-")     # removed at exit
    workspace = Workspace(scratch.name)
    list(workspace.add_originals(registered))
    by_path = {original["path"]: original["id"] for original in workspace.originals()}

    null = np.array([max([m.score for m in result.matches], default=0.0)
                     for result in workspace.scan(unrelated, min_score=0.0)])
    true_scores, missed = [], []
    for (path, source), result in zip(copies, workspace.scan([p for p, _ in copies], min_score=0.0)):
        score = max([m.score for m in result.matches if m.original == by_path[str(source)]],
                    default=0.0)
        true_scores.append(score)
        if score < DEFAULT_MIN_SCORE:
            missed.append(f"{path.name} {score:.3f}")
    true_scores = np.array(true_scores)

    print(f"{len(registered)} originals ({len(registered) - args.originals} real), "
          f"{len(null)} unrelated uploads, {len(copies)} hard copies "
          f"({', '.join(HARD_FAMILIES)}); score midpoint {SCORE_MIDPOINT}, slope {SCORE_SLOPE}, "
          f"default threshold {DEFAULT_MIN_SCORE}")
    describe("unrelated: best score per upload", null)
    describe("copies: score of the true original", true_scores)
    strongest = evidence_of(null.max())
    print(f"strongest coincidence: evidence {strongest:.2f}; midpoint / strongest = "
          f"{SCORE_MIDPOINT / strongest:.2f}")
    if missed:
        print("copies below the default:", ", ".join(missed))


if __name__ == "__main__":
    main()
