"""The geometry tier on the real-footage suite: per-family recall with the global codes alone and
with both tiers, false matches, and what the tier costs (bytes per minute of original, CPU per
minute of upload).

    python benchmarks/bench_geometry.py [--part tuning|held_out] [--suite benchmarks/data/real_suite]
                                        [--catalogue 1000] [--probes N] [--upload-features N]

The suite comes from ``benchmarks/real_suite.py``. Every file is decoded once (originals and
uploads as ``origin`` decodes them, keyframes included) and cached under
``benchmarks/data/geometry_cache/``, so the tier's settings can be compared in minutes. Matching
runs in memory exactly as a scan matches (``Matcher.match_hits``), at the default threshold.
Tune on the tuning part only; the held-out part is reported apart.

``--catalogue N`` registers N unrelated real originals (``benchmarks/catalogue.py``: pans, zooms,
slideshows and 9:16 framings of real photographs) beside the suite's, and counts the keypoint
index's false verifications: keyframe pairs that pass ``verify`` between an upload and an
original it does not copy, and the uploads with enough of them on one such original to be
aligned (``MIN_FRAMES`` keyframes), whatever the score then says.

The keypoint index's inverted file is trained (or loaded, as a scan loads it from its workspace)
before the uploads are timed, and reported apart; ``--probes`` and ``--upload-features`` try other
search settings than ``origin.index.keypoints.PROBED_CELLS`` and ``UPLOAD_FEATURES``.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT / "src", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from origin.index import keypoints as keypoint_index  # noqa: E402
from origin.index.keypoints import KeypointIndex  # noqa: E402
from origin.index.segment import Segment  # noqa: E402
from origin.index.shards import Shard  # noqa: E402
from origin.match import matcher as matching  # noqa: E402
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo  # noqa: E402
from origin.media.video import FrameStream  # noqa: E402
from origin.video import fingerprint, keypoints  # noqa: E402
from benchmarks.metrics import segment_iou  # noqa: E402

SUITE = ROOT / "benchmarks" / "data" / "real_suite"
CACHE = ROOT / "benchmarks" / "data" / "geometry_cache"


def decoded(suite: Path, relative: str, original: bool, prefix: str = ""):
    """(fingerprint without keypoints, keyframes) of one suite file, cached (uploads with the
    small frames the geometry tier rectifies and short uploads' dense keyframes, under a ``v7_``
    name)."""
    prefix = prefix if original else "v7_" + prefix
    cached = CACHE / (prefix + relative.replace("/", "_") + ".pkl")
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    options = dict(keyframe_fps=keypoints.KEYFRAME_FPS, keyframe_long_side=keypoints.KEYFRAME_LONG_SIDE)
    if original:
        stream = FrameStream(suite / relative, fingerprint.ORIGINAL_SAMPLE_FPS, **options)
        print_ = fingerprint.fingerprint_original(stream)
    else:
        stream = FrameStream(suite / relative, fingerprint.UPLOAD_SAMPLE_FPS,
                             min_fps=fingerprint.UPLOAD_MIN_FPS, **options,
                             short_keyframe_fps=keypoints.SHORT_KEYFRAME_FPS,
                             short_until=keypoints.SHORT_UPLOAD)
        print_ = fingerprint.fingerprint_upload(stream)
    result = (replace(print_, keypoints=None), stream.keyframes)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(result))
    return result


def suite_manifest(suite: Path, catalogue_size: int) -> dict:
    """The suite's manifest, with ``catalogue_size`` catalogue originals appended (built if missing)."""
    manifest = json.loads((suite / "manifest.json").read_text())
    if catalogue_size:
        from benchmarks import catalogue

        made = catalogue.build(catalogue_size)
        manifest["originals"] += [{"id": key, "path": path.name, "folder": path.parent}
                                  for key, path in made.items()]
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tuning", "held_out"), default="tuning")
    parser.add_argument("--suite", type=Path, default=SUITE)
    parser.add_argument("--catalogue", type=int, default=0, metavar="N",
                        help="also register N unrelated real originals (benchmarks/catalogue.py)")
    parser.add_argument("--probes", type=int, default=keypoint_index.PROBED_CELLS,
                        help="inverted-file cells probed per upload descriptor")
    parser.add_argument("--upload-features", type=int, default=keypoints.UPLOAD_FEATURES,
                        help="ORB features kept per upload keyframe")
    args = parser.parse_args()
    keypoint_index.PROBED_CELLS = args.probes
    manifest = suite_manifest(args.suite, args.catalogue)
    published = datetime(2020, 1, 1, tzinfo=timezone.utc)

    originals, infos, stored_bytes, original_seconds = {}, {}, 0, 0.0
    register_cpu = 0.0
    for key, entry in enumerate(manifest["originals"]):
        folder = entry.get("folder")
        print_, keyframes = decoded(folder or args.suite, entry["path"], True,
                                    "catalogue_" if folder else "")
        began = time.process_time()
        features = keypoints.extract(keyframes, keypoints.ORIGINAL_FEATURES)
        register_cpu += time.process_time() - began
        originals[key] = (entry["id"], print_, features)
        stored_bytes += len(features.to_bytes()) if len(features) else 0
        original_seconds += print_.duration
        infos[key] = matching.IndexedOriginal(
            OriginalInfo(key, entry["id"], entry["path"], None, published, print_.duration),
            print_.times[print_.frame_of], print_.codes)
    shard = Shard(0, 1, Segment.build_many([(key, print_.codes) for key, (_, print_, _) in originals.items()]))
    index = KeypointIndex.build((key, features) for key, (_, _, features) in originals.items())
    began = time.process_time()
    index.load_or_train(CACHE / f"keypoints-{len(originals)}")   # one per set of originals
    train_cpu = time.process_time() - began
    matcher = matching.Matcher(None, lambda keys: {key: infos[key] for key in keys if key in infos}, index)
    code_bytes = sum(len(print_.codes) * 12 for _, print_, _ in originals.values())   # code + time

    families = defaultdict(lambda: [0, 0, 0, 0])
    ious: dict[str, list[float]] = {"keyframes": [], "rectified": []}
    misses, weak = [], []
    false_global, false_both, negatives = [], [], 0
    false_pairs = verified_pairs = false_catalogue_pairs = 0
    false_aligned: list[tuple[str, str]] = []
    ids = {key: entry[0] for key, entry in originals.items()}
    tier_cpu = upload_seconds = 0.0
    for query in manifest["queries"]:
        if ("held_out" in query["tags"]) != (args.part == "held_out"):
            continue
        print_, keyframes = decoded(args.suite, query["path"], False)
        hits = shard.search(print_.codes, matching.NEIGHBOURS, matching.MATCH_RADIUS)
        began = time.process_time()
        # as a scan fingerprints it: the 1-a-second keyframes described, a short upload's dense
        # ones kept as pictures (``dense``) for the matcher to describe if it needs them
        sparse, dense, _ = keypoints.extract_sparse(keyframes, args.upload_features,
                                                 keypoints.BAND_FEATURES)
        upload = replace(print_, keypoints=sparse, dense=dense)
        both = matcher.match_hits(upload, hits)
        tier_cpu += time.process_time() - began
        matching.RECTIFY = False
        keyframes_only = matcher.match_hits(upload, hits)
        matching.RECTIFY = True
        upload_seconds += print_.duration
        alone = matcher._global_matches(print_, hits, DEFAULT_MIN_SCORE)
        truth, ignore = set(query["copies"]), set(query["ignore"])
        wrong_frames: dict[int, set[int]] = defaultdict(set)
        for pair in index.search(upload.with_dense().keypoints):
            checked = matching.verify(pair, index.originals[pair.original], upload.keypoints.size)
            if checked is None:
                continue
            verified_pairs += 1
            if ids[pair.original] not in truth | ignore:
                false_pairs += 1
                false_catalogue_pairs += ids[pair.original].startswith("cat")
                wrong_frames[pair.original].add(pair.upload_frame)
        false_aligned += [(query["id"], ids[key]) for key, frames in wrong_frames.items()
                          if len(frames) >= matching.MIN_FRAMES]
        found = lambda matches: any(match.original in truth for match in matches)
        wrong = lambda matches: [(query["id"], match.original, round(match.score, 3)) for match in matches
                                 if match.original not in truth | ignore]
        if truth:
            families[query["family"]][0] += 1
            families[query["family"]][1] += found(alone)
            families[query["family"]][2] += found(keyframes_only)
            families[query["family"]][3] += found(both)
            for name, matches in (("keyframes", keyframes_only), ("rectified", both)):
                for match in matches:
                    if match.original in truth:
                        ious[name].append(segment_iou(
                            [(s.upload_start, s.upload_end, s.original_start, s.original_end)
                             for s in match.segments], query["copies"][match.original]))
            if args.part == "tuning":
                for match in both:
                    if match.original in truth and (match.score < 0.8 or ious["rectified"][-1] < 0.7):
                        weak.append((query["id"], query["family"], round(match.score, 3),
                                     round(ious["rectified"][-1], 2), match.tier))
            if not found(both) and args.part == "tuning":
                best = max((m.score for m in matcher.match_hits(upload, hits, 0.0)
                            if m.original in truth), default=0.0)
                misses.append((query["id"], query["family"], round(query["duration"], 1),
                               round(best, 3)))
        else:
            negatives += 1
        false_global += wrong(alone)
        false_both += wrong(keyframes_only) + wrong(both)

    print(f"real suite, {args.part} part: {len(originals)} originals ({original_seconds:.0f} s), "
          f"{sum(v[0] for v in families.values())} copies, {negatives} negatives")
    print(f"{'family':<18} copies  global codes  both, keyframes only  both, rectified")
    for family, (count, alone, keyed, both) in sorted(families.items()):
        print(f"{family:<18} {count:>6}  {alone / count:>12.3f}  {keyed / count:>20.3f}  "
              f"{both / count:>15.3f}")
    total = [sum(v[i] for v in families.values()) for i in range(4)]
    print(f"{'all':<18} {total[0]:>6}  {total[1] / total[0]:>12.3f}  {total[2] / total[0]:>20.3f}  "
          f"{total[3] / total[0]:>15.3f}")
    print("mean segment IoU of found copies: " + ", ".join(
        f"{name} {sum(values) / max(len(values), 1):.3f} ({len(values)})" for name, values in ious.items()))
    if weak:
        print(f"found below score 0.8 or IoU 0.7 (tuning part; query, family, score, IoU, tier): {weak}")
    if misses:
        print(f"missed (tuning part; query, family, seconds, best true score): {misses}")
    print(f"false matches (upload, original, score) at the default threshold: global {false_global}, "
          f"both {false_both}")
    print(f"verified keyframe pairs: {verified_pairs}, {false_pairs} of them with an original the "
          f"upload does not copy ({false_catalogue_pairs} with catalogue originals); uploads with "
          f">= {matching.MIN_FRAMES} falsely verified keyframes on "
          f"one original: {len(false_aligned)} {false_aligned[:10]}")
    minutes = original_seconds / 60
    print(f"index: keyframe features {stored_bytes / minutes / 1024:.0f} KiB per minute of original "
          f"({index.descriptor_count} descriptors), global codes {code_bytes / minutes / 1024:.1f} KiB")
    print(f"CPU: keyframe features of originals {register_cpu / minutes:.2f} s per minute; matching "
          f"with both tiers (upload features, search, verification) {tier_cpu / upload_seconds * 60:.2f} s "
          f"per minute of upload; the inverted file ({'none, exact search' if not index.inverted else f'{index._inverted.nlist} cells, {args.probes} probed'}) "
          f"trained or loaded in {train_cpu:.1f} s")


if __name__ == "__main__":
    main()
