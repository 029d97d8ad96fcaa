"""Does a suite's every score stay the same when its originals are registered in another order?

    python benchmarks/check_registration_order.py [--suite benchmarks/data/real_suite_h4]

Two workspaces (in a temporary folder) register the suite's originals, one in the manifest's
order and one in reverse order; every query is scanned in both at ``min_score=0`` and every
(query, original) score compared. Identical catalogues must give identical scores: at stop 28
held_out_4's `q0126` scored 0.601 in one order and 0.09 in another (docs/matching.md,
*Registration order and shared templates*). Prints each query whose scores differ and exits 1 if
any does. Reading a sealed part's queries here is reading the part: run it on spent parts.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from origin.workspace import Workspace  # noqa: E402


def scores(folder: Path, originals: list[Path], queries: list[Path]) -> dict[str, dict[str, float]]:
    """Per query file name, its score per original file name, in a new workspace in ``folder``
    with ``originals`` registered in the order given."""
    workspace = Workspace(folder)
    names = {}
    for added in workspace.add_originals([str(path) for path in originals]):
        if added.id:
            names[added.id] = Path(added.path).name
        else:
            print(f"{added.path}: not registered: {added.error}", file=sys.stderr)
    return {Path(scanned.upload).name: {names.get(match.original, match.original): match.score
                                        for match in scanned.matches}
            for scanned in workspace.scan([str(path) for path in queries], min_score=0.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=ROOT / "benchmarks" / "data" / "real_suite_h4",
                        help="a suite folder with manifest.json (default: held_out_4's)")
    args = parser.parse_args()
    manifest = json.loads((args.suite / "manifest.json").read_text())
    originals = [args.suite / entry["path"] for entry in manifest["originals"]]
    queries = [args.suite / entry["path"] for entry in manifest["queries"]]
    with tempfile.TemporaryDirectory(prefix="origin-order-") as temporary:
        forward = scores(Path(temporary) / "forward", originals, queries)
        backward = scores(Path(temporary) / "backward", originals[::-1], queries)
    differing = sorted(query for query in forward if forward[query] != backward.get(query))
    for query in differing:
        print(f"{query}: manifest order {forward[query]}, reverse order {backward.get(query)}")
    print(f"{len(forward) - len(differing)} of {len(forward)} queries score the same in both orders")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
