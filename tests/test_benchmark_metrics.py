"""The benchmark's scores on cases small enough to compute by hand."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.metrics import (Prediction, QueryTruth, evaluate, interval_iou, seconds_off,  # noqa: E402
                                micro_average_precision, ranked_curve, recall_at_precision,
                                segment_iou)


def test_micro_ap_counts_unpredicted_true_pairs_as_missed() -> None:
    # ranks: T (P=1, R=1/3), F, T (P=2/3, R=2/3); the third true pair is never predicted
    scored = [(0.9, True), (0.8, False), (0.7, True)]
    assert micro_average_precision(scored, total_true=3) == pytest.approx(1 / 3 + 1 / 3 * 2 / 3)


def test_micro_ap_perfect_ranking_is_one() -> None:
    assert micro_average_precision([(0.9, True), (0.8, True), (0.1, False)], 2) == pytest.approx(1.0)


def test_tied_scores_enter_together() -> None:
    assert ranked_curve([(0.5, True), (0.5, False)], 1) == [(0.5, 1.0, 0.5)]
    assert micro_average_precision([(0.5, False), (0.5, True)], 1) == pytest.approx(0.5)


def test_recall_at_precision() -> None:
    scored = [(0.9, True), (0.8, True), (0.7, False), (0.6, True)]
    assert recall_at_precision(scored, 4, 0.99) == (0.5, 0.8)
    assert recall_at_precision(scored, 4, 0.75) == (0.75, 0.6)
    assert recall_at_precision([(0.9, False)], 1, 0.99) == (0.0, None)


def test_interval_iou() -> None:
    assert interval_iou([(0, 10)], [(5, 15)]) == pytest.approx(5 / 15)
    assert interval_iou([(0, 4), (3, 6)], [(0, 6)]) == pytest.approx(1.0)   # overlaps merged
    assert interval_iou([(0, 1)], [(2, 3)]) == 0.0
    assert segment_iou([(0, 10, 20, 30)], [(0, 10, 25, 35)]) == pytest.approx((1 + 5 / 15) / 2)


def test_evaluate_end_to_end() -> None:
    truths = [
        QueryTruth("q1", "crop", {"A": ((0, 10, 0, 10),)}, tags=("synthetic",)),
        QueryTruth("q2", "hflip", {"B": ((2, 6, 10, 14),)}, ignore=frozenset({"B2"}), tags=("real",)),
        QueryTruth("n1", "crop"),                                  # a negative: copies nothing
    ]
    predictions = [
        Prediction("q1", "A", 0.9, True, ((0, 10, 0, 10),)),
        Prediction("q1", "A", 0.2, False),                       # duplicate pair: best one kept
        Prediction("q1", "B", 0.6, True),                        # wrong original
        Prediction("q2", "B", 0.5, False),                       # found only below the default
        Prediction("q2", "B2", 0.95, True),                      # same scene as B: ignored
        Prediction("n1", "A", 0.7, True),                        # false match on a negative
        Prediction("n1", "B", 0.1, False),
        Prediction("zz", "A", 1.0, True),                        # unknown query: ignored
    ]
    scores = evaluate("toy", truths, predictions)
    # ranking: q1-A T (R .5, P 1), n1-A F, q1-B F, q2-B T (R 1, P 2/4), n1-B F
    assert scores.true_pairs == 2
    assert scores.micro_ap == pytest.approx(0.5 * 1 + 0.5 * 0.5)
    assert scores.recall_at_p99 == pytest.approx(0.5) and scores.threshold_at_p99 == 0.9
    assert scores.recall_by_family == {"crop": 1.0, "hflip": 0.0}
    assert scores.recall_by_tag == {"real": 0.0, "synthetic": 1.0}
    assert scores.recall_at_default == pytest.approx(0.5)
    assert scores.precision_at_default == pytest.approx(1 / 3)
    assert (scores.negatives, scores.false_matches_on_negatives, scores.negatives_with_a_match) == (1, 1, 1)
    assert scores.wrong_original_matches == 1
    assert scores.mean_segment_iou == pytest.approx(1.0) and scores.segment_pairs == 1


def test_a_copy_laid_on_another_stretch_of_the_original_is_found_at_another_moment() -> None:
    """held_out_14's zoom of a hand-held film of a mural: found at 1.000, its upload 6.2-9.7 s laid
    on 0.05-4.3 s of the original where the truth lays it on 6.8-10.3 s (docs/matching.md, stop 39)."""
    truth = ((0.0, 10.8, 0.57, 11.37),)
    assert seconds_off([(6.24, 9.69, 0.05, 4.26)], truth) == pytest.approx(7.965 + 0.57 - 2.155)
    assert seconds_off([(0.3, 6.7, 0.8, 7.3)], truth) == pytest.approx(0.02)    # on its line
    assert seconds_off([(0.0, 4.0, 0.0, 2.0)], ((0.0, 4.0, 0.0, 8.0),)) == pytest.approx(3.0)  # 2x
    assert seconds_off([(12.0, 14.0, 0.0, 2.0)], truth) is None     # outside the copy: IoU's
    truths = [QueryTruth("z", "zoom", {"A": truth}), QueryTruth("c", "crop", {"A": truth})]
    scores = evaluate("toy", truths, [Prediction("z", "A", 1.0, True, ((6.24, 9.69, 0.05, 4.26),)),
                                      Prediction("c", "A", 1.0, True, ((0.3, 6.7, 0.8, 7.3),))])
    assert scores.recall_at_default == 1.0
    assert scores.off_moment == [("z", "A", 6.38)] and scores.recall_at_moment == 0.5


def test_vpdq_peer_counts_query_frames_within_31_bits() -> None:
    import numpy as np

    from benchmarks.peers.vpdq_peer import hamming, query_match_percent

    zero = np.zeros((1, 32), np.uint8)
    near = zero.copy()
    near[0, :3] = 0xFF
    near[0, 3] = 0x7F                     # 31 bits set: still a match
    far = zero.copy()
    far[0, :4] = 0xFF                     # 32 bits: not a match
    assert hamming(zero, np.vstack([near, far])).tolist() == [[31, 32]]
    query = np.vstack([near, far])
    assert query_match_percent(query, zero) == 50.0
    assert query_match_percent(query[:0], zero) == 0.0


def test_real_code_source_hashes_camera_paths_over_photos(tmp_path) -> None:
    """Distractor codes come from real pictures as origin would hash them: a path's codes are
    close from frame to frame, flat pictures give none, and the cut is the window it claims."""
    import cv2
    import numpy as np

    from benchmarks.real_codes import FRAMES, RealCodeSource, _low_frequencies, _sample
    from origin.video.hashers import PHash, hamming

    rng = np.random.default_rng(0)
    textured = cv2.GaussianBlur(rng.integers(0, 256, (400, 640), dtype=np.uint8), (0, 0), 6)
    cv2.imwrite(str(tmp_path / "textured.png"), cv2.normalize(textured, None, 0, 255, cv2.NORM_MINMAX))
    cv2.imwrite(str(tmp_path / "flat.png"), np.full((400, 640), 90, np.uint8))
    textured_only = RealCodeSource([tmp_path / "textured.png"], seed=3)
    codes, times = textured_only.codes(0)
    assert codes.shape == (2 * FRAMES, 8) and codes.dtype == np.uint8
    assert np.all(np.diff(times[::2]) > 0)
    steps = hamming(codes[0:-2:2], codes[2::2])          # whole-picture view, frame to frame
    assert np.median(steps) <= 8
    again, _ = RealCodeSource([tmp_path / "textured.png"], seed=3).codes(0)
    assert np.array_equal(codes, again)
    assert len(RealCodeSource([tmp_path / "flat.png"]).codes(0)[0]) == 0

    # One remap of all windows cuts what warpAffine cuts with the window's own map: (x, y) in the
    # middle, the window's width across 32, turned as cv2.getRotationMatrix2D turns.
    picture = textured_only.pictures[0]
    for angle in (0.0, 5.0):
        turn = cv2.getRotationMatrix2D((100.0, 60.0), angle, 1.0)
        matrix = np.diag([32 / 64.0, 32 * 16 / 9 / 64.0]) @ turn
        matrix[:, 2] = 16 - matrix[:, :2] @ [100.0, 60.0]
        expected = cv2.warpAffine(picture, matrix, (32, 32), flags=cv2.INTER_LINEAR,
                                  borderMode=cv2.BORDER_REFLECT)
        (cut,) = _sample(picture, np.array([100.0]), np.array([60.0]), np.array([64.0]), angle, 32)
        assert np.abs(cut - expected).max() < 0.5 and np.abs(cut - expected).mean() < 0.05
    # and the two matrix products give PHash's own low-frequency block
    assert np.allclose(_low_frequencies(picture[None, :32, :32]), PHash.low_frequencies(picture[None, :32, :32]),
                       rtol=1e-4, atol=1e-2)


def test_code_cache_gives_the_source_codes_and_grows_in_place(tmp_path) -> None:
    """Codes generated once are read back as the source gives them; a larger count extends the
    same files, and another source's cache is refused rather than mixed in."""
    import cv2
    import numpy as np
    import pytest

    from benchmarks.real_codes import CodeCache, RealCodeSource

    rng = np.random.default_rng(1)
    textured = cv2.GaussianBlur(rng.integers(0, 256, (300, 500), dtype=np.uint8), (0, 0), 5)
    cv2.imwrite(str(tmp_path / "a.png"), cv2.normalize(textured, None, 0, 255, cv2.NORM_MINMAX))
    source = RealCodeSource([tmp_path / "a.png"], seed=4)
    small = CodeCache.build(source, 100, tmp_path / "cache", log=lambda _: None, chunk=3)
    assert small.total >= 100
    codes, times = small.codes(1)
    expected_codes, expected_times = source.codes(1)
    assert np.array_equal(codes, expected_codes) and np.array_equal(times, expected_times)
    grown = CodeCache.build(source, small.total + 1, tmp_path / "cache", log=lambda _: None, chunk=3)
    assert grown.originals > small.originals and np.array_equal(grown.codes(1)[0], codes)
    assert np.array_equal(grown.codes(small.originals)[0], source.codes(small.originals)[0])
    with pytest.raises(ValueError, match="another seed"):
        CodeCache.build(RealCodeSource([tmp_path / "a.png"], seed=5), 10, tmp_path / "cache")


def test_code_cache_made_in_processes_is_the_same_files(tmp_path) -> None:
    """Chunks generated by several processes are written in order: the same three files as one
    process writes, also when extending a cache one process began."""
    import cv2
    import numpy as np

    from benchmarks.real_codes import CodeCache, RealCodeSource

    rng = np.random.default_rng(2)
    textured = cv2.GaussianBlur(rng.integers(0, 256, (300, 500), dtype=np.uint8), (0, 0), 5)
    cv2.imwrite(str(tmp_path / "a.png"), cv2.normalize(textured, None, 0, 255, cv2.NORM_MINMAX))
    source = RealCodeSource([tmp_path / "a.png"], seed=4)
    quiet = {"log": lambda _: None, "chunk": 2}
    one = CodeCache.build(source, 2000, tmp_path / "one", **quiet)
    CodeCache.build(source, 700, tmp_path / "three", **quiet)               # begun by one process
    three = CodeCache.build(source, 2000, tmp_path / "three", processes=3, **quiet)
    assert one.total >= 2000 and (three.originals, three.total) == (one.originals, one.total)
    for name in ("codes.u8", "times.f32", "counts.i32", "meta.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "three" / name).read_bytes()


def test_held_out_part_is_scored_on_its_own_and_false_matches_are_listed() -> None:
    from benchmarks.bench_matching import _false_matches, _split_scores

    truths = [QueryTruth("a", "zoom", {"o1": ((0, 4, 0, 4),)}, tags=("video", "tuning")),
              QueryTruth("b", "zoom", {"o2": ((0, 4, 0, 4),)}, tags=("video", "held_out")),
              QueryTruth("n1", "reencode", {}, tags=("negative", "tuning")),
              QueryTruth("n2", "reencode", {}, tags=("negative", "held_out"))]
    predictions = [Prediction("a", "o1", 0.9, True, ((0, 4, 0, 4),)),
                   Prediction("b", "o2", 0.2, False),
                   Prediction("n2", "o1", 0.7, True)]
    splits = _split_scores("x", truths, predictions)
    assert splits["tuning"]["recall_at_default"] == 1.0 and splits["tuning"]["false_matches_on_negatives"] == 0
    assert splits["held_out"]["recall_at_default"] == 0.0 and splits["held_out"]["false_matches_on_negatives"] == 1
    assert _false_matches(truths, predictions) == [
        {"query": "n2", "original": "o1", "score": 0.7, "family": "reencode", "tags": ["negative", "held_out"]}]


def test_distractor_false_match_rate_is_per_million_uploads_per_million_originals() -> None:
    from benchmarks.bench_matching import _distractor_rate
    from benchmarks.peers.common import SystemRun

    run = SystemRun("origin", [Prediction("q1", "d-0000000000002a", 0.8, True),
                               Prediction("q1", "d-0000000000002b", 0.9, True),
                               Prediction("q2", "d-0000000000002c", 0.3, False),
                               Prediction("q3", "o1", 0.9, True)], distractor_originals=4_000)
    rate = _distractor_rate(run, uploads=200)
    assert rate["uploads_matched_to_a_distractor"] == 1 and rate["examples"] == ["q1"]
    assert rate["per_million_uploads_per_million_originals"] == pytest.approx(1 / 200 * 1e6 / 0.004)
    assert rate["upper_95"] == pytest.approx(4.744 / 200 * 1e6 / 0.004, rel=1e-3)   # Poisson, 1 seen
    # the closest a suite upload came to a distractor: its best distractor pair; the 197 uploads
    # with none count as 0, so p99 (over 200) falls between q2's 0.3 and 0
    assert rate["best_distractor_score_max"] == 0.9
    assert 0 < rate["best_distractor_score_p99"] < 0.3
    assert _distractor_rate(SystemRun("vPDQ"), uploads=200) is None
    # negative windows count as uploads, and a matched window as a false match
    run.windows = {"windows": 800, "matched": [{"window": "a.mp4@5", "score": 0.6}]}
    rate = _distractor_rate(run, uploads=200)
    assert rate["uploads"] == 1000 and rate["uploads_matched_to_a_distractor"] == 2
    assert rate["upper_95"] == pytest.approx(6.296 / 1000 * 1e6 / 0.004, rel=1e-3)


def test_distractor_originals_counted_are_those_with_codes(tmp_path) -> None:
    """A flat photo's camera path has no code past the quality gate and registers nothing: the
    per-million-originals rate must not divide by it."""
    import numpy as np

    from benchmarks.origin_system import add_distractors, distractor_count
    from origin.workspace import Workspace

    class EveryThirdFlat:
        def codes(self, number: int):
            if number % 3 == 0:
                return np.empty((0, 8), np.uint8), np.empty(0, np.float32)
            rng = np.random.default_rng(number)
            return rng.integers(0, 256, (10, 8), dtype=np.uint8), np.arange(10, dtype=np.float32)

    workspace = Workspace(tmp_path / "ws")
    added = add_distractors(workspace, 60, source=EveryThirdFlat())
    assert added == 6 == distractor_count(workspace)        # originals 1, 2, 4, 5, 7, 8
    assert workspace.index_status().codes == 60


def test_negative_window_is_the_upload_cut_to_its_seconds() -> None:
    """A window keeps the frames inside it, their codes (several per frame for an upload) and
    times from its start; nothing outside leaks in."""
    import numpy as np

    from benchmarks.origin_system import _window
    from origin.video.fingerprint import Fingerprint

    times = np.arange(0, 10, 0.5)
    frame_of = np.repeat(np.arange(len(times)), 2)[1:]           # frame 0 has one code, the rest two
    codes = np.arange(len(frame_of), dtype=np.uint8)[:, None].repeat(8, axis=1)
    upload = Fingerprint("u.mp4", 10.0, times, codes, frame_of)
    window = _window(upload, 5.0, 2.5)
    assert window.duration == 2.5 and np.allclose(window.times, [0, 0.5, 1, 1.5, 2])
    assert np.array_equal(window.frame_of, np.repeat(np.arange(5), 2))
    assert np.array_equal(window.codes[:, 0], codes[np.isin(frame_of, np.arange(10, 15)), 0])
    assert window.keypoints is None and len(_window(upload, 20.0, 5.0).codes) == 0


def test_distractors_and_catalogue_leave_out_the_suites_slideshow_photos(tmp_path) -> None:
    from benchmarks.real_suite import SLIDESHOWS, slideshow_pictures, unrelated_photos

    photos = [tmp_path / kind / f"{kind}{n}.jpg" for kind, count in (("wallpaper", 30), ("scene", 20),
                                                                       ("astronomy", 25)) for n in range(count)]
    groups = slideshow_pictures(photos, seed=15)
    shown = [p for group in groups for p in group]
    assert len(groups) == SLIDESHOWS + 4 and all(len(group) == 4 for group in groups)
    assert len(set(shown)) == len(shown) and {p.parent.name for p in shown} <= {"wallpaper", "scene"}
    assert slideshow_pictures(list(reversed(photos)), seed=15) == groups      # order of listing is irrelevant
    left = unrelated_photos(photos, seed=15)
    assert not set(left) & set(shown) and len(left) == len(photos) - len(shown)


def test_a_kept_workspace_is_reused_only_for_the_same_original_bytes(tmp_path):
    """A rebuilt suite keeps its paths: the kept workspace's recipe must see the new bytes."""
    import json
    import os

    from benchmarks.origin_system import _kept_recipe

    original = tmp_path / "box.mp4"
    original.write_bytes(b"first build")
    kept = json.loads(json.dumps(_kept_recipe({"box": original}, 0, None)))   # as stored
    os.utime(original, (0, 0))                       # touched, same bytes: still reusable
    assert _kept_recipe({"box": original}, 0, None) == kept
    original.write_bytes(b"second build")
    assert _kept_recipe({"box": original}, 0, None) != kept


def test_tmk_holds_one_querys_features_at_a_time_and_stops_past_its_memory_cap(monkeypatch) -> None:
    """TMK+PDQF's run (stop 42; an all-systems run on held_out_17 was killed at 23.7 GB): the
    originals' features are kept, each query's are scored and dropped before the next query is
    fingerprinted; every (query, original) pair is still scored, an unreadable file is an error;
    past its resident-memory cap the run stops with a message saying so (no tmkpy needed here)."""
    import gc
    import weakref

    from benchmarks.peers import tmk_peer

    class Features:
        def __init__(self, name):
            self.name = name

    alive: list = []

    def fingerprint(path):
        gc.collect()
        alive.append(sum(1 for ref in refs if (held := ref()) is not None and held.name.startswith("q")))
        if path.name == "bad.mp4":
            raise ValueError("tmkpy could not hash bad.mp4")
        made = Features(path.stem)
        refs.append(weakref.ref(made))
        return made

    refs: list = []
    monkeypatch.setattr(tmk_peer, "fingerprint", fingerprint)
    monkeypatch.setattr(tmk_peer, "scores", lambda q, o: (0.9, 0.8) if q.name[1:] == o.name[1:] else (0.2, 0.9))
    originals = {f"o{k}": Path(f"o{k}.mp4") for k in range(3)}
    queries = {**{f"q{k}": Path(f"q{k}.mp4") for k in range(5)}, "bad": Path("bad.mp4")}
    run = tmk_peer.run(originals, queries, {}, rss_cap_mb=1e9)
    assert len(alive) == 9 and max(alive) == 0          # no earlier query's features alive at the next one
    assert len(run.predictions) == 5 * 3 and list(run.errors) == ["bad"]
    assert {(p.query, p.reference) for p in run.predictions if p.is_match} == {("q0", "o0"), ("q1", "o1"), ("q2", "o2")}
    with pytest.raises(tmk_peer.MemoryCapExceeded, match=r"passed the cap of 1 MB after 0 of 6 queries"):
        tmk_peer.run(originals, queries, {}, rss_cap_mb=1)
    assert tmk_peer.resident_mb() > 1


def test_a_nan_score_is_refused_by_the_curve_and_tmk_scores_nan_as_no_match(monkeypatch) -> None:
    """A NaN equals no threshold: ``ranked_curve`` used to append to its curve forever on one (the
    23.7 GB of TMK+PDQF's run on held_out_17); it refuses it now, and TMK's NaN levels are 0."""
    import sys
    import types

    from benchmarks.metrics import ranked_curve
    from benchmarks.peers import tmk_peer

    with pytest.raises(ValueError, match="NaN"):
        ranked_curve([(0.9, True), (float("nan"), False)], total_true=1)
    assert ranked_curve([(0.9, True), (0.0, False)], total_true=1) == [(0.9, 1.0, 1.0), (0.0, 1.0, 0.5)]
    fake = types.SimpleNamespace(TMKFeatureVectors_computeLevel1Score=lambda q, o: float("nan"),
                                 TMKFeatureVectors_computeLevel2Score=lambda q, o: 0.75)
    monkeypatch.setitem(sys.modules, "tmkpy", fake)
    assert tmk_peer.scores(object(), object()) == (0.0, 0.75)
