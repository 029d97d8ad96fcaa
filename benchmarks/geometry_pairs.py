"""What tells a copy's verified keyframe pairs from false ones, per pair (issue 15, precision of
the geometry tier).

    python benchmarks/geometry_pairs.py [--part tuning|held_out] [--catalogue N] [--queries q0186,q0187]

Replays the keypoint index of ``bench_geometry.py`` (same decode cache) and, for every keyframe
pair that passes ``verify``, prints the distribution of what might separate true pairs from false
ones: the share of the original keyframe's features the transform carries (``share``), and for
pairs whose transform is near the identity (scale within 10 %, turn within 2°, shift within 5 %:
the copy fills the frame where the original had it) the smallest Hamming distance between the
upload's global codes and the original's within half a second of the two keyframes. A transform
that shows the whole original in place leaves nothing for the global codes to miss but what
covers it, so there the global codes can confirm or refute what the features claim.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks.bench_geometry import SUITE, decoded  # noqa: E402
from origin.index.keypoints import KeypointIndex  # noqa: E402
from origin.match.verify import verify  # noqa: E402
from origin.video import keypoints  # noqa: E402
from origin.video.hashers import hamming  # noqa: E402

NEAR_SCALE, NEAR_TURN, NEAR_SHIFT, NEAR_SECONDS = 0.1, 2.0, 0.05, 0.5


def _upload_share(checked, upload, original_size) -> float:
    """Inliers / the upload keyframe's feature spots inside the original's footprint there (the
    original's picture carried onto the upload by the transform): a copy's picture brings its
    features along, a foreign picture in the same template brings its own that nothing carries."""
    angle = np.radians(checked.turn)
    linear = checked.scale * np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    back = np.linalg.inv(linear)
    points = upload.points[upload.frame_of == checked.upload_frame].astype(np.float64)
    inside = (points - np.array(checked.shift)) @ back.T
    width, height = original_size
    within = np.all((inside >= 0) & (inside < [width, height]), axis=1)
    spots = np.unique(np.round(points[within] / 3.0), axis=0)
    return checked.inliers / max(len(spots), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tuning", "held_out"), default="tuning")
    parser.add_argument("--suite", type=Path, default=SUITE)
    parser.add_argument("--catalogue", type=int, default=0, metavar="N")
    parser.add_argument("--queries", default="", help="only these query ids (comma-separated), any part")
    args = parser.parse_args()
    manifest = json.loads((args.suite / "manifest.json").read_text())
    if args.catalogue:
        from benchmarks import catalogue

        made = catalogue.build(args.catalogue)
        manifest["originals"] += [{"id": key, "path": path.name, "folder": path.parent}
                                  for key, path in made.items()]
    features, ids, prints = {}, {}, {}
    for key, entry in enumerate(manifest["originals"]):
        folder = entry.get("folder")
        print_, keyframes = decoded(folder or args.suite, entry["path"], True, "catalogue_" if folder else "")
        features[key] = keypoints.extract(keyframes, keypoints.ORIGINAL_FEATURES)
        ids[key], prints[key] = entry["id"], print_
    index = KeypointIndex.build(features.items())
    wanted = {q for q in args.queries.split(",") if q}
    rows = []
    for query in manifest["queries"]:
        if wanted and query["id"] not in wanted:
            continue
        if not wanted and ("held_out" in query["tags"]) != (args.part == "held_out"):
            continue
        print_, keyframes = decoded(args.suite, query["path"], False)
        upload = keypoints.extract(keyframes, keypoints.UPLOAD_FEATURES)
        truth = set(query["copies"]) | set(query["ignore"])
        width, height = upload.size
        upload_times = print_.times[print_.frame_of]
        for pair in index.search(upload):
            checked = verify(pair, index.originals[pair.original], upload.size)
            if checked is None:
                continue
            near = (abs(checked.scale - 1) < NEAR_SCALE and abs(checked.turn) < NEAR_TURN
                    and abs(checked.shift[0]) < NEAR_SHIFT * width and abs(checked.shift[1]) < NEAR_SHIFT * height)
            distance = None
            if near:
                original = prints[pair.original]
                upload_time = upload.times[pair.upload_frame]
                original_time = index.originals[pair.original].times[pair.original_frame]
                mine = print_.codes[np.abs(upload_times - upload_time) <= NEAR_SECONDS]
                theirs = original.codes[np.abs(original.times[original.frame_of] - original_time) <= NEAR_SECONDS]
                if len(mine) and len(theirs):
                    distance = int(hamming(mine[:, None, :], theirs[None, :, :]).min())
            rows.append({"query": query["id"], "family": query["family"], "original": ids[pair.original],
                         "true": ids[pair.original] in truth, "inliers": checked.inliers,
                         "share": checked.share, "distance": distance,
                         "upload_share": _upload_share(checked, upload, index.originals[pair.original].size)})
    for label, true in (("true", True), ("false", False)):
        mine = [row for row in rows if row["true"] == true]
        if not mine:
            print(f"{label} pairs: none")
            continue
        share = np.array([row["share"] for row in mine])
        upload_share = np.array([row["upload_share"] for row in mine])
        distances = np.array([row["distance"] for row in mine if row["distance"] is not None])
        print(f"{label} pairs: {len(mine)} (share p5 {np.percentile(share, 5):.2f}, median "
              f"{np.median(share):.2f}; upload share p1 {np.percentile(upload_share, 1):.2f}, p5 "
              f"{np.percentile(upload_share, 5):.2f}, median {np.median(upload_share):.2f}, max "
              f"{upload_share.max():.2f}); near-identity with global codes: {len(distances)}"
              + (f", closest global codes p50 {np.percentile(distances, 50):.0f} / p95 "
                 f"{np.percentile(distances, 95):.0f} / p99 {np.percentile(distances, 99):.0f} / "
                 f"min {distances.min()} / max {distances.max()} bits" if len(distances) else ""))
    false = sorted({(row["query"], row["original"]) for row in rows if not row["true"]})
    print(f"false pairs by (upload, original): {false[:20]}")


if __name__ == "__main__":
    main()
