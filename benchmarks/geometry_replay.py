"""Replay the geometry tier's decisions from cached keyframe pairs (issue 15, precision).

    python benchmarks/geometry_replay.py [--catalogue N] [--parts tuning,held_out]

Decodes as ``bench_geometry.py`` does (same cache), searches the keypoint index once per upload
and caches the candidate keyframe pairs (``geometry_cache/pairs-N.pkl``), then replays
``Matcher.match_hits`` on them, so rules of the geometry tier can be compared in seconds. Prints,
per part: true copies found at the default threshold, false matches, and per (upload, original)
with verified pairs the scores of each path.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from benchmarks.bench_geometry import CACHE, SUITE, decoded, suite_manifest  # noqa: E402
from origin.index.keypoints import KeypointIndex  # noqa: E402
from origin.index.segment import Segment  # noqa: E402
from origin.index.shards import Shard  # noqa: E402
from origin.match import matcher as matching  # noqa: E402
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo  # noqa: E402
from origin.video import keypoints  # noqa: E402


class CachedPairs:
    """A keypoint index whose search answers from a cache of an earlier search: of the current
    upload's 1-a-second keyframes, or of its dense ones when the matcher describes them."""

    def __init__(self, originals, pairs, uploads):
        self.originals = originals
        self.pairs = pairs
        self.uploads = uploads
        self.current = None

    def search(self, keypoints):
        sparse = keypoints is self.uploads[self.current].keypoints
        return self.pairs[self.current]["sparse" if sparse else "dense"]


def near_identity(pair, size, scale=0.1, turn=2.0, shift=0.05) -> bool:
    return (abs(pair.scale - 1) < scale and abs(pair.turn) < turn
            and abs(pair.shift[0]) < shift * size[0] and abs(pair.shift[1]) < shift * size[1])


def detail(matcher, cached, upload, hits, ids, query, truth) -> None:
    """Per original with verified pairs of the 1-a-second keyframes: the keyframes' score, the
    rectified frames' score, how many pairs are near-identity transforms."""
    from origin.match.align import MIN_FRAMES, WIDE_SPEEDS, align
    from origin.match.decide import decide

    by_original = {}
    for pair in cached.search(upload.keypoints):
        checked = matching.verify(pair, cached.originals[pair.original], upload.keypoints.size)
        if checked is not None:
            by_original.setdefault(checked.original, []).append(checked)
    originals = matcher.lookup(list(by_original))
    alone = {m.original: m.score for m in matcher._global_matches(upload, hits, 0.0)}
    for key, pairs in by_original.items():
        original = originals[key]
        keyed = 0.0
        if len({p.upload_frame for p in pairs}) >= MIN_FRAMES:
            frames = matching.keyframe_matches(upload, cached.originals[key], pairs)
            found = decide(original.info, align(frames, upload.duration, original.info.duration,
                                                1.0 / keypoints.KEYFRAME_FPS, WIDE_SPEEDS),
                           upload.duration, 0.0)
            keyed = found.score if found else 0.0
        rectified = matcher._rectified(upload, original, pairs, cached.originals[key], 0.0)
        near = sum(near_identity(p, upload.keypoints.size) for p in pairs)
        if keyed >= 0.1 or (rectified and rectified.score >= 0.1):
            print(f"  {query['id']} {query['family']:<16} {ids[key]:<14} {'TRUE ' if ids[key] in truth else 'false'} "
                  f"pairs {len(pairs):>3} near {near:>3} keyframes {keyed:.3f} "
                  f"rectified {rectified.score if rectified else 0.0:.3f} global {alone.get(ids[key], 0.0):.3f}")


def load(args):
    manifest = suite_manifest(args.suite, args.catalogue)
    published = datetime(2020, 1, 1, tzinfo=timezone.utc)
    features_cache = CACHE / f"features-{len(manifest['originals'])}.pkl"
    cached = pickle.loads(features_cache.read_bytes()) if features_cache.exists() else {}
    originals, infos, ids = {}, {}, {}
    for key, entry in enumerate(manifest["originals"]):
        folder = entry.get("folder")
        print_, keyframes = decoded(folder or args.suite, entry["path"], True,
                                    "catalogue_" if folder else "")
        if key not in cached:
            cached[key] = keypoints.extract(keyframes, keypoints.ORIGINAL_FEATURES)
        originals[key] = (print_, cached[key])
        ids[key] = entry["id"]
        infos[key] = matching.IndexedOriginal(
            OriginalInfo(key, entry["id"], entry["path"], None, published, print_.duration),
            print_.times[print_.frame_of], print_.codes)
    if not features_cache.exists():
        features_cache.write_bytes(pickle.dumps(cached))
    return manifest, originals, infos, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=SUITE)
    parser.add_argument("--catalogue", type=int, default=0, metavar="N")
    parser.add_argument("--parts", default="tuning,held_out")
    parser.add_argument("--detail", action="store_true",
                        help="per (upload, original) with verified pairs: near-identity share, both paths' scores")
    parser.add_argument("--scores", type=Path, help="write every (upload, original, score) here")
    parser.add_argument("--show", default="", help="query ids to print pairs of")
    args = parser.parse_args()
    manifest, originals, infos, ids = load(args)
    shard = Shard(0, 1, Segment.build_many([(key, p.codes) for key, (p, _) in originals.items()]))
    pairs_cache = CACHE / f"pairs-lazy-{len(originals)}.pkl"
    uploads = {}
    for query in manifest["queries"]:
        # as a scan fingerprints it: a short upload's dense keyframes described only if needed
        print_, keyframes = decoded(args.suite, query["path"], False)
        sparse, dense, _ = keypoints.extract_sparse(keyframes, keypoints.UPLOAD_FEATURES,
                                                 keypoints.BAND_FEATURES)
        uploads[query["id"]] = replace(print_, keypoints=sparse, dense=dense)
    if pairs_cache.exists():
        pairs = pickle.loads(pairs_cache.read_bytes())
    else:
        index = KeypointIndex.build((key, f) for key, (_, f) in originals.items())
        index.load_or_train(CACHE / f"keypoints-{len(originals)}")
        began = time.process_time()
        pairs = {q: {"sparse": index.search(u.keypoints),
                     "dense": index.search(u.dense.described()) if u.dense is not None else []}
                 for q, u in uploads.items()}
        print(f"searched in {time.process_time() - began:.0f} s CPU")
        pairs_cache.write_bytes(pickle.dumps(pairs))
    cached = CachedPairs({key: f for key, (_, f) in originals.items()}, pairs, uploads)
    matcher = matching.Matcher(None, lambda keys: {k: infos[k] for k in keys if k in infos}, cached)
    show = set(args.show.split(",")) - {""}
    scores = {}
    for part in args.parts.split(","):
        copies = found = by_geometry = 0
        false, weak = [], []
        for query in manifest["queries"]:
            if ("held_out" in query["tags"]) != (part == "held_out"):
                continue
            cached.current = query["id"]
            upload = uploads[query["id"]]
            hits = shard.search(upload.codes, matching.NEIGHBOURS, matching.MATCH_RADIUS)
            matches = matcher.match_hits(upload, hits, 0.0)
            scores.update({(query["id"], m.original): round(m.score, 4) for m in matches})
            truth, ignore = set(query["copies"]), set(query["ignore"])
            copies += len(truth)
            for match in matches:
                if match.original in truth and match.score >= DEFAULT_MIN_SCORE:
                    found += 1
                    by_geometry += match.tier == "geometry"
                elif match.original in truth:
                    weak.append((query["id"], query["family"], round(match.score, 3), match.tier))
                elif match.original not in ignore and match.score >= 0.1:
                    false.append((query["id"], match.original, round(match.score, 3), match.tier))
            missed = truth - {m.original for m in matches if m.score >= DEFAULT_MIN_SCORE}
            weak += [(query["id"], query["family"], 0.0, "none") for o in missed
                     if o not in {m.original for m in matches}]
            if args.detail:
                detail(matcher, cached, upload, hits, ids, query, truth | ignore)
            if query["id"] in show:
                for pair in pairs[query["id"]]["sparse"]:     # the 1-a-second keyframes
                    checked = matching.verify(pair, cached.originals[pair.original], upload.keypoints.size)
                    if checked is not None:
                        print(query["id"], ids[pair.original], checked.upload_frame, checked.original_frame,
                              checked.inliers, round(checked.scale, 3), round(checked.turn, 1),
                              tuple(round(s, 1) for s in checked.shift), round(checked.weight, 2))
        print(f"{part}: {found} of {copies} copies at the default threshold ({by_geometry} by the "
              f"geometry tier); "
              f"missed or weak {weak}")
        print(f"{part}: scores >= 0.1 with an original not copied: {false}")
    if args.scores:
        args.scores.write_text(json.dumps([[q, o, s] for (q, o), s in sorted(scores.items())]))


if __name__ == "__main__":
    main()
