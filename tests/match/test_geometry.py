"""The geometry tier: copies that global codes cannot follow (a 35 % zoom, a 5° turn, a split
screen) are found by keyframe features at the right offset, and unrelated footage is not."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from origin import synthetic
from origin.index.keypoints import KeypointIndex
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import Matcher
from origin.video.keypoints import Keypoints
from tests.match.conftest import one_original_matcher

SIZE = (640, 360)
PIECE = (2.0, 8.5)           # of the original that every copy shows


@pytest.fixture(scope="module")
def geometry_media(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geometry")
    original = synthetic.generate_video(folder / "original.mp4", seed=41, seconds=10, size=SIZE)
    unrelated = synthetic.generate_video(folder / "unrelated.mp4", seed=42, seconds=8, size=SIZE)
    copies = {}
    for family, seed in (("zoom", 3), ("rotate", 5), ("split_screen", 5), ("stacked_9x16", 2),
                         ("framed_9x16", 2), ("crop_off_centre", 4)):
        made = synthetic.apply_transform(original, folder / f"{family}.mp4", family, seed,
                                         subclip=PIECE)
        copies[family] = (made.path, made.params)
    return original, unrelated, copies


@pytest.fixture(scope="module")
def geometry_matcher(geometry_media):
    return one_original_matcher(geometry_media[0], "o-original")


def _upload(path) -> object:
    return fingerprint_file(str(path), original=False).fingerprint


@pytest.mark.parametrize("family", ["zoom", "rotate", "split_screen", "stacked_9x16",
                                    "framed_9x16", "crop_off_centre"])
def test_a_geometric_copy_is_found_by_keyframe_features_at_its_offset(
        geometry_media, geometry_matcher, family):
    path, params = geometry_media[2][family]
    if family == "zoom":
        assert max(params["crop_keep"]) <= 0.7            # a 30-40 % zoom
    if family == "rotate":
        assert abs(params["rotate_degrees"]) >= 4.0
    matches = geometry_matcher.geometry_matches(_upload(path))
    assert [match.original for match in matches] == ["o-original"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:                   # upload time t shows PIECE[0] + t
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 1.0
        assert abs(segment.original_end - (PIECE[0] + segment.upload_end)) <= 1.0
    assert sum(segment.upload_seconds for segment in matches[0].segments) >= 3.0


@pytest.mark.parametrize("family", ["rotate", "crop_off_centre", "split_screen"])
def test_a_harder_geometric_copy_is_found_at_its_offset(geometry_media, geometry_matcher, tmp_path,
                                                         family):
    """The hard end of a family (``apply_transform(harder=True)``: a 5-8 degree turn about an
    off-centre point with a 15-30 % zoom, a 20-25 % cut on both axes in a corner, a split
    screen's copy at 40-50 % of the width) is still found where it sits in the original."""
    made = synthetic.apply_transform(geometry_media[0], tmp_path / f"{family}.mp4", family, 7,
                                     subclip=PIECE, harder=True)
    matches = geometry_matcher.geometry_matches(_upload(made.path))
    assert [match.original for match in matches] == ["o-original"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 1.0
        assert abs(segment.original_end - (PIECE[0] + segment.upload_end)) <= 1.0
    assert sum(segment.upload_seconds for segment in matches[0].segments) >= 3.0


def test_unrelated_footage_makes_no_geometry_match(geometry_media, geometry_matcher):
    assert geometry_matcher.geometry_matches(_upload(geometry_media[1]), min_score=0.0) == []


def test_keypoints_survive_storage(geometry_media):
    keypoints = fingerprint_file(str(geometry_media[0]), original=True).fingerprint.keypoints
    assert len(keypoints) > 1000
    back = Keypoints.from_bytes(keypoints.to_bytes())
    assert back.size == keypoints.size
    assert np.array_equal(back.descriptors, keypoints.descriptors)
    assert np.array_equal(back.frame_of, keypoints.frame_of)
    assert np.allclose(back.times, keypoints.times, atol=1e-4)
    assert np.allclose(back.points, keypoints.points, atol=0.5)        # float16 on disk


def test_a_workspace_scan_finds_a_zoomed_copy_the_global_codes_miss(tmp_path, geometry_media):
    from origin.jobs.scan import original_lookup
    from origin.jobs.snapshot import read_index
    from origin.workspace import Workspace

    original, unrelated, copies = geometry_media
    workspace = Workspace(tmp_path / "ws")
    [added] = list(workspace.add_originals([original]))
    zoomed = str(copies["zoom"][0])
    results = {result.upload: result for result in workspace.scan([zoomed, str(unrelated)])}
    assert [match.original for match in results[zoomed].matches] == [added.id]
    assert results[zoomed].matches[0].tier == "geometry"     # enforcement sends these to review
    assert results[str(unrelated)].matches == []
    # the global codes alone (no keyframe features) find nothing: the tier did it
    upload = replace(_upload(zoomed), keypoints=None)
    with read_index(workspace, pin=False) as snapshot:
        assert snapshot.keypoints.descriptor_count > 0
        matcher = Matcher(None, original_lookup(workspace), snapshot.keypoints)
        assert matcher.match_hits(upload, snapshot.search(upload.codes)) == []


def test_the_geometry_tier_runs_when_the_global_codes_found_another_original(
        geometry_media, geometry_matcher, monkeypatch):
    """A still shot's pieces look alike to global codes: the global tier finding a sibling
    piece must not keep the geometry tier from finding the piece the upload copies."""
    from origin.index.hits import FrameHits
    from origin.records import Match

    sibling = Match(original="o-sibling", original_path="sibling.mp4", owner=None,
                    published_at=datetime(2020, 1, 1, tzinfo=timezone.utc), score=0.99,
                    coverage_upload=1.0, coverage_original=1.0, segments=())
    monkeypatch.setattr(Matcher, "_global_matches", lambda self, *args: [sibling])
    upload = _upload(geometry_media[2]["zoom"][0])
    no_hits = FrameHits.empty(len(upload.codes))
    matches = {match.original: match for match in geometry_matcher.match_hits(upload, no_hits)}
    assert set(matches) == {"o-sibling", "o-original"}
    assert matches["o-original"].tier == "geometry"
    assert matches["o-original"].score >= DEFAULT_MIN_SCORE
    # an original the global codes found at the threshold keeps its global match (segments,
    # tier), at the geometry tier's score where that is higher
    found = replace(sibling, original="o-original", score=0.6)
    monkeypatch.setattr(Matcher, "_global_matches", lambda self, *args: [found])
    assert geometry_matcher.match_hits(upload, no_hits) == [
        replace(found, score=matches["o-original"].score)]
    stronger = replace(found, score=0.999)
    monkeypatch.setattr(Matcher, "_global_matches", lambda self, *args: [stronger])
    assert geometry_matcher.match_hits(upload, no_hits) == [stronger]


def test_a_pair_whose_shared_descriptors_mostly_miss_the_transform_weighs_less():
    """Glyphs of one font share descriptors all over two unrelated slides; a copy's shared
    descriptors mostly sit where its one transform puts them."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import verify

    rng = np.random.default_rng(5)
    size = (480, 270)
    points = rng.uniform((20, 20), (460, 250), (60, 2)).astype(np.float32)
    original = Keypoints(np.zeros(1), np.zeros(60, np.int32), points,
                         np.zeros((60, 32), np.uint8), size)
    shifted = points + np.float32((7, -4))              # the copy: one shift carries all
    strays = rng.uniform((20, 20), (460, 250), (2, 200, 2)).astype(np.float32)

    def pair(extra: int) -> KeyframePair:
        return KeyframePair(1, 0, 0, np.concatenate([shifted, strays[0, :extra]]),
                            np.concatenate([points, strays[1, :extra]]),
                            np.zeros(60 + extra, np.int32))

    copy, layout = verify(pair(10), original, size), verify(pair(200), original, size)
    assert copy is not None and layout is not None
    assert copy.inliers >= 55 and layout.inliers >= 55
    assert copy.weight == 1.0
    assert layout.weight < 0.75 * copy.weight


def test_a_pair_whose_inliers_sit_in_one_small_region_weighs_less():
    """A title word in one font at one place (two slide decks of one template) verifies with as
    many inliers as a copy, a few strays widening its full extent past ``MIN_SPREAD``; but a
    copy's inliers span the original's features, the shared word one band of them."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import FULL_INLIERS, verify

    rng = np.random.default_rng(7)
    size = (480, 270)
    spread = rng.uniform((20, 20), (460, 250), (200, 2)).astype(np.float32)
    title = rng.uniform((40, 28), (150, 48), (57, 2)).astype(np.float32)
    strays = np.float32([[300, 150], [420, 220], [90, 200]])
    points = np.concatenate([spread, title, strays])
    original = Keypoints(np.zeros(1), np.zeros(len(points), np.int32), points,
                         np.zeros((len(points), 32), np.uint8), size)

    def pair(chosen: np.ndarray) -> KeyframePair:
        return KeyframePair(1, 0, 0, chosen + np.float32((2, -1)), chosen,
                            np.zeros(len(chosen), np.int32))

    copy = verify(pair(spread[:60]), original, size)
    word = verify(pair(np.concatenate([title, strays])), original, size)
    assert copy is not None and word is not None
    assert copy.inliers >= FULL_INLIERS and word.inliers >= FULL_INLIERS   # both weigh fully by count
    assert copy.weight == 1.0
    assert word.weight < 0.5 * copy.weight


def test_a_copy_of_a_picture_whose_features_lie_in_a_strip_verifies_but_a_strip_of_one_does_not():
    """A dark sky over a strip of bushes has every feature in 10 % of its height, so no copy's
    inliers can span ``MIN_SPREAD`` of it; they span most of where its features are. The same
    strip of an original with features all over is still too little."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import MIN_SPREAD, verify

    rng = np.random.default_rng(11)
    size = (480, 270)
    strip = rng.uniform((20, 220), (460, 247), (80, 2)).astype(np.float32)
    assert np.ptp(strip[:, 1]) < MIN_SPREAD * size[1]
    elsewhere = rng.uniform((20, 20), (460, 200), (120, 2)).astype(np.float32)

    def verified(points: np.ndarray):
        original = Keypoints(np.zeros(1), np.zeros(len(points), np.int32), points,
                             np.zeros((len(points), 32), np.uint8), size)
        copied = strip * np.float32(0.8) + np.float32((40, 10))    # shrunk, shifted
        return verify(KeyframePair(1, 0, 0, copied, strip, np.zeros(len(strip), np.int32)),
                      original, size)

    alone = verified(strip)
    assert alone is not None and alone.inliers >= 60 and abs(alone.scale - 0.8) < 0.01
    assert verified(np.concatenate([strip, elsewhere])) is None


def _best_verified_keyframe(index: KeypointIndex, pairs: list, upload) -> int:
    """The upload keyframe on the 1-a-second grid whose pair with the original verifies with
    most inliers. (These copies are short, so their keyframes are dense; one between the
    original's keyframes pairs with a moment up to half a second away, and its transform
    carries the camera's motion meanwhile: the matcher turns to them only where the
    1-a-second keyframes make no match.)"""
    from origin.media.video import first_on_grid
    from origin.video.keypoints import KEYFRAME_FPS
    from origin.match.verify import verify

    sparse = first_on_grid(upload.keypoints.times, KEYFRAME_FPS)
    verified = [checked for pair in pairs if sparse[pair.upload_frame]
                for checked in [verify(pair, index.originals[pair.original], upload.keypoints.size)]
                if checked is not None]
    return max(verified, key=lambda pair: pair.inliers).upload_frame


@pytest.mark.parametrize("family", ["split_screen", "stacked_9x16", "framed_9x16", "rotate"])
def test_one_verified_keyframe_proposes_and_the_rectified_frames_place_the_copy(
        geometry_media, geometry_matcher, monkeypatch, family):
    """With a single upload keyframe verified (too few for keyframes alone to align), the
    upload's frames warped back by its transform meet the original's global codes along the
    whole copy: the segments follow the sampled frames, not 1-a-second keyframes."""
    from origin.match.align import MIN_FRAMES

    index = geometry_matcher.keypoints
    # the dense keyframes described and merged first, as ``geometry_matches`` does, so that the
    # pairs are numbered in the keyframes the matcher reads their times from
    upload = _upload(geometry_media[2][family][0]).with_dense()
    pairs = index.search(upload.keypoints)
    chosen = _best_verified_keyframe(index, pairs, upload)
    monkeypatch.setattr(index, "search", lambda keypoints, known=None: [
        pair for pair in pairs if pair.upload_frame == chosen])
    [match] = geometry_matcher.geometry_matches(upload)
    assert match.original == "o-original" and match.score >= DEFAULT_MIN_SCORE
    assert len({pair.upload_frame for pair in index.search(upload.keypoints)}) < MIN_FRAMES
    for segment in match.segments:
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 0.5
        assert abs(segment.original_end - (PIECE[0] + segment.upload_end)) <= 0.5
    assert sum(segment.upload_seconds for segment in match.segments) >= 0.8 * (PIECE[1] - PIECE[0])


def test_a_verified_keyframe_is_not_enough_without_the_original_codes_confirming(
        geometry_media, geometry_matcher, monkeypatch):
    """The rectified frames must meet *this* original's codes: the same verified keyframe,
    compared with the codes of unrelated footage, proposes nothing."""
    unrelated = fingerprint_file(str(geometry_media[1]), original=True).fingerprint
    index = geometry_matcher.keypoints
    upload = _upload(geometry_media[2]["split_screen"][0]).with_dense()
    pairs = index.search(upload.keypoints)
    chosen = _best_verified_keyframe(index, pairs, upload)
    monkeypatch.setattr(index, "search", lambda keypoints, known=None: [
        pair for pair in pairs if pair.upload_frame == chosen])
    info = geometry_matcher.lookup([1])[1]
    stranger = replace(info, code_times=unrelated.times[unrelated.frame_of], codes=unrelated.codes)
    matcher = Matcher(None, lambda keys: {1: stranger}, index)
    assert matcher.geometry_matches(upload, min_score=0.05) == []
    assert geometry_matcher.geometry_matches(upload)            # the real codes do confirm


def test_rectified_frames_place_a_copy_only_on_the_line_of_a_verified_keyframe(
        geometry_media, geometry_matcher):
    """A transform verified on what two pictures share (a title word in one typeface: held_out_7's
    `q0166`) warps every frame of the upload onto the original, and the warped frames may meet
    its codes anywhere. They count only along a line a verified keyframe lies on: the same
    transform, claimed for a moment of the original 4 s or more away from where the warped
    frames meet it, places nothing; claimed for the moment it shows, it places the copy."""
    from origin.match.verify import verify

    index = geometry_matcher.keypoints
    upload = _upload(geometry_media[2]["rotate"][0]).with_dense()
    pairs = index.search(upload.keypoints)
    chosen = _best_verified_keyframe(index, pairs, upload)
    verified = max((checked for pair in pairs if pair.upload_frame == chosen
                    for checked in [verify(pair, index.originals[1], upload.keypoints.size)]
                    if checked is not None), key=lambda pair: pair.inliers)
    original = geometry_matcher.lookup([1])[1]
    times = index.originals[1].times
    shown = PIECE[0] + upload.keypoints.times[chosen]
    far = int(np.argmax(np.abs(times - shown)))
    assert abs(times[far] - shown) >= 4.0

    def placed(pair):
        return geometry_matcher._paired(upload, original, 1, [pair], True, DEFAULT_MIN_SCORE)

    match = placed(verified)
    assert match is not None and match.score >= DEFAULT_MIN_SCORE
    assert placed(replace(verified, original_frame=far)) is None


def test_a_crop_stretched_back_to_the_frame_verifies_but_a_mirror_or_a_squash_does_not():
    """Cropping 20 % of one side and scaling back to the frame stretches one axis: an affine
    fit takes it; a reflection or a 2x squash is no copy's transform."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import FULL_INLIERS, verify

    rng = np.random.default_rng(7)
    size = (480, 270)
    points = rng.uniform((20, 20), (460, 250), (60, 2)).astype(np.float32)
    original = Keypoints(np.zeros(1), np.zeros(60, np.int32), points,
                         np.zeros((60, 32), np.uint8), size)

    def mapped(linear) -> KeyframePair:
        moved = points @ np.asarray(linear, np.float32).T + np.float32((-30, 10))
        return KeyframePair(1, 0, 0, moved, points, np.zeros(60, np.int32))

    stretched = verify(mapped([[1.0 / 0.8, 0.0], [0.0, 1.0]]), original, (600, 270))
    assert stretched is not None and stretched.inliers >= 55
    assert np.allclose(stretched.matrix[:, :2], [[1.25, 0.0], [0.0, 1.0]], atol=0.02)
    assert verify(mapped([[-1.0, 0.0], [0.0, 1.0]]), original, size) is None
    assert verify(mapped([[1.0, 0.0], [0.0, 0.5]]), original, size) is None


def test_uploads_keep_small_frames_to_rectify_but_long_ones_none(geometry_media, geometry_matcher,
                                                                 monkeypatch):
    """Every sampled frame is kept small for rectification; past ``MAX_PICTURES`` none are (a
    worker hands the fingerprint back whole), and the tier falls back on keyframes alone."""
    from origin.video import fingerprint

    path = geometry_media[2]["zoom"][0]
    upload = _upload(path)
    assert upload.pictures.shape[0] == len(upload.times)
    assert max(upload.pictures.shape[1:]) == fingerprint.PICTURE_LONG_SIDE
    monkeypatch.setattr(fingerprint, "MAX_PICTURES", 10)
    long_upload = _upload(path)
    assert long_upload.pictures is None
    [match] = geometry_matcher.geometry_matches(long_upload)
    assert match.original == "o-original" and match.score >= DEFAULT_MIN_SCORE


def test_dense_keyframes_described_later_are_the_keypoints_described_at_once(geometry_media):
    """A short upload's keyframes off the 1-a-second grid wait as pictures; described later
    and merged, they give exactly the features one ``extract`` of all keyframes gives."""
    from origin.media.video import FrameStream
    from origin.video import keypoints

    stream = FrameStream(str(geometry_media[2]["rotate"][0]), 4.0, keyframe_fps=1.0,
                         short_keyframe_fps=4.0, short_until=7.5)
    for _ in stream.windows(40):
        pass
    whole = keypoints.extract(stream.keyframes, keypoints.UPLOAD_FEATURES, keypoints.BAND_FEATURES)
    sparse, dense, _ = keypoints.extract_sparse(stream.keyframes, keypoints.UPLOAD_FEATURES,
                                             keypoints.BAND_FEATURES)
    assert dense is not None and len(sparse.times) < len(whole.times)
    assert np.all(np.diff(np.floor(sparse.times)) > 0)                 # one a second
    again = keypoints.merged(sparse, dense.described())
    for field in ("times", "frame_of", "points", "descriptors"):
        assert np.array_equal(getattr(again, field), getattr(whole, field))
    assert again.size == whole.size


def test_a_repeated_keyframe_picture_is_described_once_with_the_same_features(
        geometry_media, monkeypatch):
    """A still video's keyframes repeat one picture: ORB runs on it once, and the features are
    exactly those of describing every keyframe on its own (a 9:16 frame's bands included)."""
    from origin.media.video import FrameStream
    from origin.video import keypoints

    stream = FrameStream(str(geometry_media[2]["stacked_9x16"][0]), 4.0, keyframe_fps=1.0)
    for _ in stream.windows(40):
        pass
    first, second = stream.keyframes[0][1], stream.keyframes[1][1]
    frames = [(0.0, first), (1.0, first.copy()), (2.0, second), (3.0, first)]
    alone = [keypoints.extract([frame], keypoints.UPLOAD_FEATURES, keypoints.BAND_FEATURES)
             for frame in frames]
    calls = []
    real = keypoints._orb

    class Counted:
        def __init__(self, features):
            self.orb = real(features)

        def detectAndCompute(self, picture, mask):
            calls.append(picture.shape)
            return self.orb.detectAndCompute(picture, mask)

    monkeypatch.setattr(keypoints, "_orb", Counted)
    together = keypoints.extract(frames, keypoints.UPLOAD_FEATURES, keypoints.BAND_FEATURES)
    bands = 1 + len(keypoints.bands(together.size))
    assert len(calls) == 3 * bands                    # the second picture repeats the first
    for number, one in enumerate(alone):
        mine = together.frame_of == number
        assert np.array_equal(together.points[mine], one.points)
        assert np.array_equal(together.descriptors[mine], one.descriptors)


@pytest.mark.parametrize("family", ["zoom", "rotate", "split_screen", "framed_9x16"])
def test_dense_keyframes_searched_later_make_the_matches_of_one_search(
        geometry_media, geometry_matcher, monkeypatch, family):
    """Searched and verified after the 1-a-second keyframes and renumbered into one keyframe
    order, the dense keyframes decide exactly as a search of all keyframes at once."""
    from origin.index.hits import FrameHits
    from origin.match import matcher as matching

    monkeypatch.setattr(matching, "DENSE_UNLESS_COVERED", 2.0)        # always searched
    upload = _upload(geometry_media[2][family][0])
    assert upload.dense is not None
    no_hits = FrameHits.empty(len(upload.codes))
    assert (geometry_matcher.match_hits(upload, no_hits)
            == geometry_matcher.match_hits(upload.with_dense(), no_hits))


def test_dense_keyframes_are_described_only_where_nothing_covers_the_upload(
        geometry_media, geometry_matcher, monkeypatch):
    """ORB on a short upload's dense keyframes is skipped once a match at the threshold covers
    the upload, and run where the rest found nothing."""
    from origin.index.hits import FrameHits
    from origin.records import Match
    from origin.video.keypoints import DENSE_FEATURES, UPLOAD_FEATURES, LazyKeyframes

    described = []
    real = LazyKeyframes.described
    monkeypatch.setattr(LazyKeyframes, "described",
                        lambda self: described.append((len(self.times), self.features,
                                                       self.spread)) or real(self))
    upload = _upload(geometry_media[2]["zoom"][0])
    no_hits = FrameHits.empty(len(upload.codes))
    cover = Match(original="o-other", original_path="other.mp4", owner=None,
                  published_at=datetime(2020, 1, 1, tzinfo=timezone.utc), score=0.9,
                  coverage_upload=0.95, coverage_original=1.0, segments=())
    monkeypatch.setattr(Matcher, "_global_matches", lambda self, *args: [cover])
    assert {match.original for match in geometry_matcher.match_hits(upload, no_hits)} \
        == {"o-other", "o-original"}
    assert described == []
    monkeypatch.setattr(Matcher, "_global_matches", lambda self, *args: [])
    monkeypatch.setattr(Matcher, "_paired", lambda *args: None)       # nothing matches
    assert geometry_matcher.match_hits(upload, no_hits) == []
    # the dense keyframes, then (``Fingerprint.mirrored``) the keyframes flipped, which verify
    # nothing (the copy is not mirrored), so the flipped dense ones are not described, then
    # the dense keyframes again with more features (``_richer_dense_matches``), and last the
    # keyframes and dense keyframes with their features spread (``Fingerprint.spread_out``)
    assert described == [(len(upload.dense.times), UPLOAD_FEATURES, False),
                         (len(upload.keypoints.times), UPLOAD_FEATURES, False),
                         (len(upload.dense.times), DENSE_FEATURES, False),
                         (len(upload.keypoints.times), UPLOAD_FEATURES, True),
                         (len(upload.dense.times), UPLOAD_FEATURES, True)]


def test_a_mirrored_zoom_of_a_short_piece_is_found_at_its_offset(geometry_media, geometry_matcher,
                                                                  tmp_path):
    """A 4 s piece zoomed 30-40 % and flipped left to right: the global codes cannot follow a
    zoom, and ORB's features of the flipped keyframes do not meet the original's (a reflection
    is no transform the tier accepts), so it was missed (held_out_4's combos); described
    flipped back where nothing matched, its keyframes place it where it sits."""
    from origin.index.hits import FrameHits

    piece = (3.0, 7.0)
    zoomed = synthetic.apply_transform(geometry_media[0], tmp_path / "zoom.mp4", "zoom", 3,
                                       subclip=piece)
    assert max(zoomed.params["crop_keep"]) <= 0.7
    flipped = synthetic.apply_transform(zoomed.path, tmp_path / "flipped.mp4", "hflip", 1)
    upload = _upload(flipped.path)
    no_hits = FrameHits.empty(len(upload.codes))
    assert geometry_matcher.match_hits(replace(upload, keyframes=None), no_hits, 0.0) == []
    matches = geometry_matcher.match_hits(upload, no_hits)
    assert [match.original for match in matches] == ["o-original"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:                   # upload time t shows piece[0] + t
        assert abs(segment.original_start - (piece[0] + segment.upload_start)) <= 1.0
        assert abs(segment.original_end - (piece[0] + segment.upload_end)) <= 1.0
    assert sum(segment.upload_seconds for segment in matches[0].segments) >= 2.5


def test_a_mirrored_pass_describes_the_keyframes_flipped(geometry_media):
    """``Fingerprint.mirrored`` describes the very keyframes ``keypoints`` holds, flipped: the
    features a flipped upload's keyframes have; its small frames are flipped too."""
    from origin.video.keypoints import extract

    upload = _upload(geometry_media[2]["zoom"][0])
    assert np.array_equal(upload.keyframes.times, upload.keypoints.times)
    mirrored = upload.mirrored()
    flipped = [(time, np.ascontiguousarray(picture[:, ::-1]))
               for time, picture in zip(upload.keyframes.times, upload.keyframes.pictures)]
    expected = extract(flipped, upload.keyframes.features, upload.keyframes.band_features)
    assert np.array_equal(mirrored.keypoints.descriptors, expected.descriptors)
    assert np.array_equal(mirrored.keypoints.points, expected.points)
    assert np.array_equal(mirrored.pictures, upload.pictures[:, :, ::-1])
    assert mirrored.dense.mirrored and not upload.dense.mirrored
    assert mirrored.keyframes is None and mirrored.panels is None


def test_a_mirrored_pass_leaves_out_a_portrait_keyframes_bands(geometry_media):
    """A 9:16 upload's keyframes are described with their bands, its flipped ones without
    them (``fingerprint._kept``): the mirrored pass searches the frame's own features only."""
    from origin.video.keypoints import UPLOAD_FEATURES

    upload = _upload(geometry_media[2]["stacked_9x16"][0])
    per_keyframe = np.bincount(upload.keypoints.frame_of)
    assert per_keyframe.max() > UPLOAD_FEATURES                    # the bands' features
    mirrored = upload.mirrored()
    assert np.array_equal(mirrored.keypoints.times, upload.keypoints.times)
    assert np.bincount(mirrored.keypoints.frame_of).max() <= UPLOAD_FEATURES
    assert mirrored.dense is None or mirrored.dense.band_features == upload.dense.band_features


def test_verification_percentiles_are_numpys_bit_for_bit():
    """The robust extents that weigh a verified pair use a faster percentile: the same values."""
    from origin.numeric import percentiles

    rng = np.random.default_rng(3)
    for count in (2, 3, 7, 12, 40, 501):
        points = rng.uniform(0, 480, (count, 2)).astype(np.float32)
        for rounded in (points, np.round(points)):
            low, high = percentiles(rounded, (10, 90))
            assert np.array_equal(low, np.percentile(rounded, 10, axis=0))
            assert np.array_equal(high, np.percentile(rounded, 90, axis=0))
            assert low.dtype == np.percentile(rounded, 10, axis=0).dtype


def test_spots_count_points_within_a_3_px_spot_once():
    """Distinct 3-px spots, as ``np.unique`` over the rounded rows counts them."""
    from origin.match.verify import _spots

    rng = np.random.default_rng(3)
    points = rng.uniform(0, 480, (300, 2)).astype(np.float32)
    twice = np.concatenate([points, points[:40] + 0.4, points[:10]])   # pyramid levels, bands
    expected = len(np.unique(np.round(twice / 3.0).astype(np.int64), axis=0))
    assert _spots(twice) == expected < len(points) + 40
    assert _spots(np.zeros((0, 2), np.float32)) == 0 and _spots(points[:1]) == 1


def test_a_zoom_that_shows_part_of_the_original_weighs_by_the_features_it_shows():
    """A 2x zoom shows a quarter of the original keyframe's features: 24 inliers of the ~55 it
    shows weigh about as 40 of a whole frame's 200 do, while 20 of a whole frame's 200 still
    weigh half."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import verify

    rng = np.random.default_rng(13)
    size = (480, 270)
    points = rng.uniform((5, 5), (475, 265), (200, 2)).astype(np.float32)
    original = Keypoints(np.zeros(1), np.zeros(200, np.int32), points,
                         np.zeros((200, 32), np.uint8), size)
    corner = np.float32((120, 67))                      # the zoom shows [120, 360) x [67, 202)
    shown = np.flatnonzero(np.all((points >= corner) & (points < corner + (240, 135)), axis=1))
    assert 40 <= len(shown) <= 60

    def weight(chosen: np.ndarray, scale: float, at: np.ndarray) -> float:
        copied = (points[chosen] - at) * np.float32(scale)
        verified = verify(KeyframePair(1, 0, 0, copied, points[chosen],
                                       np.zeros(len(chosen), np.int32)), original, size)
        assert verified is not None and verified.inliers == len(chosen)
        return verified.weight

    assert weight(shown[:24], 2.0, corner) >= 0.8       # 0.6 when only 40 inliers weighed fully
    assert weight(np.arange(20), 1.0, np.float32((0, 0))) == pytest.approx(0.5)


class _BusyFootage:
    """Other footage full of sharp corners: small high-contrast blocks drifting sideways, whose
    corners outscore any real picture's (a Mahjongg board, a toy robot: held_out_3's q0001 and
    q0000)."""

    def __init__(self, seed: int = 3):
        blocks = np.random.default_rng(seed).integers(0, 2, (90, 160)).astype(np.uint8) * 255
        self.texture = np.repeat(np.repeat(blocks, 4, axis=0), 4, axis=1)

    def frame_at(self, seconds: float) -> np.ndarray:
        shifted = np.roll(self.texture, int(seconds * 24), axis=1)
        return np.repeat(shifted[:, :, None], 3, axis=2)


def test_a_split_screen_copy_beside_busy_footage_is_found_by_its_panels_features(
        geometry_media, geometry_matcher, tmp_path):
    """The other panel's corners take nearly all of a keyframe's ``UPLOAD_FEATURES``, and the
    keyframes alone make no match; the copy's panel, described on its own (``Panels``), meets
    its original where it shows it."""
    from origin.index.frames import FrameHits

    made = synthetic.apply_transform(geometry_media[0], tmp_path / "split.mp4", "split_screen", 5,
                                     subclip=PIECE, other=_BusyFootage())
    upload = _upload(made.path)
    left, _, right, _ = made.params["copy_rect"]
    width = upload.keypoints.size[0]

    def in_copy(points: np.ndarray) -> np.ndarray:
        return (points[:, 0] >= left * width) & (points[:, 0] < right * width)

    assert np.mean(in_copy(upload.keypoints.points)) < 0.25
    assert not [match for match in geometry_matcher.geometry_matches(upload)
                if match.score >= DEFAULT_MIN_SCORE]
    panels = upload.panels.described()
    assert np.sum(in_copy(panels.points)) >= 100 * len(panels.times)     # of BAND_FEATURES each
    matches = geometry_matcher.match_hits(upload, FrameHits.empty(len(upload.codes)))
    assert [match.original for match in matches] == ["o-original"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    for segment in matches[0].segments:
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 1.0


@pytest.fixture(scope="module")
def two_originals(tmp_path_factory, geometry_media):
    """A workspace holding the geometry media's original and a second original, and uploads
    that show one of them whole, or both side by side or one inside the other."""
    from origin.workspace import Workspace

    folder = tmp_path_factory.mktemp("two-originals")
    original = geometry_media[0]
    second = synthetic.generate_video(folder / "second.mp4", seed=43, seconds=10, size=SIZE)
    workspace = Workspace(folder / "ws")
    ids = {Path(added.path).name: added.id for added in workspace.add_originals([original, second])}
    uploads = {family: synthetic.apply_transform(original, folder / f"{family}.mp4", family, seed,
                                                 subclip=PIECE,
                                                 other=synthetic.LoopingFootage(second, 1.0)).path
               for family, seed in (("low_res", 3), ("split_screen", 5), ("pip", 2))}
    return workspace, ids["original.mp4"], ids["second.mp4"], uploads


def _scanned_keyframes(workspace, upload, monkeypatch) -> tuple[list, list[float]]:
    """``upload``'s matches and the instants of the keyframes the keypoint search was given."""
    searched: list[float] = []
    search = KeypointIndex.search

    def counting(self, keypoints, *args):
        searched.extend(keypoints.times.tolist())
        return search(self, keypoints, *args)

    monkeypatch.setattr(KeypointIndex, "search", counting)
    [result] = list(workspace.scan([str(upload)], min_score=0.0))
    return [match for match in result.matches if match.score >= DEFAULT_MIN_SCORE], searched


def test_keyframes_the_global_codes_place_wholly_in_one_original_are_not_searched(
        two_originals, monkeypatch):
    """The keypoint search is a third of a scan's CPU; where the upload's whole frame is a
    confident global match's original, it would only find that original again."""
    workspace, original, _, uploads = two_originals
    matches, searched = _scanned_keyframes(workspace, uploads["low_res"], monkeypatch)
    assert [match.original for match in matches] == [original]
    assert matches[0].tier == "global" and matches[0].score >= 0.95
    inside = [time for time in searched for segment in matches[0].segments
              if segment.upload_start + 1.0 <= time <= segment.upload_end - 1.0]
    assert inside == []


@pytest.mark.parametrize("family", ["split_screen", "pip"])
def test_keyframes_of_a_copy_beside_other_footage_are_still_searched(
        two_originals, monkeypatch, family):
    """A split screen's or a picture-in-picture's whole frame is not the original the global
    codes found with confidence: another original may fill the rest, which only the keypoint
    search might find, so every keyframe of the copied span is still searched."""
    workspace, original, _, uploads = two_originals
    matches, searched = _scanned_keyframes(workspace, uploads[family], monkeypatch)
    [copy] = [match for match in matches if match.original == original]
    assert copy.score >= 0.95
    inside = [time for time in searched for segment in copy.segments
              if segment.upload_start <= time <= segment.upload_end]
    assert len(inside) >= 0.9 * sum(segment.upload_seconds for segment in copy.segments) - 1


def test_a_long_uploads_keyframes_are_described_only_where_the_keypoint_search_needs_them(
        two_originals, geometry_media, tmp_path, monkeypatch):
    """A long upload's 1-a-second keyframes wait as pictures (``Fingerprint.waiting``) and the
    matcher describes those it searches: the ones a confident global match places are never
    described, and the scan's matches are those of keyframes described at once."""
    from origin.jobs import fingerprinting
    from origin.video import fingerprint as fingerprint_module
    from origin.video.keypoints import LazyKeyframes

    workspace, original, _, _ = two_originals
    upload = synthetic.apply_transform(geometry_media[0], tmp_path / "long.mp4",
                                       "low_res", 3, subclip=(0.0, 10.0)).path
    waiting = fingerprint_file(str(upload), original=False, wait=True).fingerprint
    eager = fingerprint_module.fingerprint_upload(fingerprinting.FrameStream(
        str(upload), fingerprinting.UPLOAD_SAMPLE_FPS, min_fps=fingerprinting.UPLOAD_MIN_FPS,
        keyframe_fps=fingerprinting.KEYFRAME_FPS, short_keyframe_fps=fingerprinting.SHORT_KEYFRAME_FPS,
        short_until=fingerprinting.SHORT_UPLOAD))
    assert waiting.waiting is not None and len(waiting.waiting.times) >= 8
    assert eager.waiting is None
    described = waiting.described()
    for field in ("times", "frame_of", "points", "descriptors"):
        assert np.array_equal(getattr(described.keypoints, field), getattr(eager.keypoints, field))
    assert described.keyframes.times == eager.keyframes.times

    seen: list[float] = []
    describe = LazyKeyframes.described

    def counting(self):
        seen.extend(self.times)
        return describe(self)

    monkeypatch.setattr(LazyKeyframes, "described", counting)
    [result] = list(workspace.scan([str(upload)], min_score=0.0))
    [match] = [match for match in result.matches if match.score >= DEFAULT_MIN_SCORE]
    assert match.original == original and match.tier == "global" and match.score >= 0.95
    placed = [time for time in waiting.waiting.times for segment in match.segments
              if segment.upload_start + 1.0 <= time <= segment.upload_end - 1.0]
    assert placed and not set(placed) & set(seen)
    monkeypatch.setattr(fingerprinting, "fingerprint_upload",
                        lambda video, wait=False: fingerprint_module.fingerprint_upload(video))
    [again] = list(workspace.scan([str(upload)], min_score=0.0))
    assert again.matches == result.matches


def _cropped_piece(source: Path, path: Path, piece: tuple[float, float],
                   keep: tuple[float, float, float, float]) -> Path:
    """``piece`` of ``source``, cut to ``keep`` (left, top, right, bottom shares) and scaled back."""
    import cv2

    with synthetic.VideoWriter(path, SIZE, 25.0) as writer:
        for time, frame in synthetic.iter_frames(source):
            if piece[0] <= time < piece[1]:
                height, width = frame.shape[:2]
                cut = frame[round(keep[1] * height):round(keep[3] * height),
                            round(keep[0] * width):round(keep[2] * width)]
                writer.write(cv2.resize(cut, SIZE, interpolation=cv2.INTER_AREA))
    return path


def test_a_short_uploads_dense_keyframes_are_described_again_with_more_features(
        geometry_media, geometry_matcher, monkeypatch):
    """Where a short upload's dense keyframes, described with ``UPLOAD_FEATURES``, make no
    match, they are described again with ``DENSE_FEATURES``: overlaid text's strong corners
    took all 500 of every keyframe of held_out_5's `q0067` and none were left on the
    screencast it covers. An unrelated short piece, searched so, still makes no match."""
    from origin.index.frames import FrameHits
    from origin.video.keypoints import DENSE_FEATURES, UPLOAD_FEATURES, LazyKeyframes

    features = []
    real = LazyKeyframes.described
    monkeypatch.setattr(LazyKeyframes, "described",
                        lambda self: features.append(self.features) or real(self))
    monkeypatch.setattr(LazyKeyframes, "spread_out", lambda self: self.with_features(0))
    upload = _upload(geometry_media[2]["zoom"][0])
    assert upload.dense.with_features(DENSE_FEATURES).features == DENSE_FEATURES > UPLOAD_FEATURES
    richer = real(upload.dense.with_features(DENSE_FEATURES))
    assert np.bincount(richer.frame_of).max() > UPLOAD_FEATURES
    other = _upload(_cropped_piece(geometry_media[1], Path(upload.path).with_name("short.mp4"),
                                   (1.0, 5.0), (0.0, 0.0, 1.0, 1.0)))
    assert other.dense is not None
    assert not [match for match in geometry_matcher.match_hits(
        other, FrameHits.empty(len(other.codes))) if match.score >= DEFAULT_MIN_SCORE]
    # the last pass but the features spread over the picture (0 here: ``spread_out``)
    assert features[0] == UPLOAD_FEATURES and [count for count in features if count][-1] \
        == DENSE_FEATURES


def test_a_zoom_that_shows_only_a_thin_band_of_the_originals_features_verifies_but_a_shrunk_fit_does_not():
    """The spread rule where the transform enlarges: an original keyframe with features over
    its top corner and along a band 30 px high across its bottom; a 1.6x zoom of its bottom
    right shows only the band, so its inliers cannot span ``MIN_SPREAD`` of the picture's
    height (32 px), but they span most of the features it shows. A transform that shrinks
    (a filmed screen shows all of a keyframe) is asked as before, as is one whose picture
    holds every feature."""
    from origin.index.keypoints import KeyframePair
    from origin.match.verify import MIN_SPREAD, verify

    rng = np.random.default_rng(12)
    size = (480, 270)
    band = rng.uniform((20, 215), (460, 243), (140, 2)).astype(np.float32)
    corner = rng.uniform((20, 20), (140, 80), (60, 2)).astype(np.float32)
    points = np.concatenate([band, corner])
    original = Keypoints(np.zeros(1), np.zeros(len(points), np.int32), points,
                         np.zeros((len(points), 32), np.uint8), size)
    shown = band[band[:, 0] >= 240]                      # the band's right half
    assert np.ptp(shown[:, 1]) < MIN_SPREAD * size[1]

    def verified(scale: float, shift: tuple[float, float]):
        copied = shown * np.float32(scale) + np.float32(shift)
        return verify(KeyframePair(1, 0, 0, copied, shown, np.zeros(len(shown), np.int32)),
                      original, size)

    zoom = verified(1.6, (-380.0, -230.0))               # the bottom right corner, enlarged
    assert zoom is not None and abs(zoom.scale - 1.6) < 0.01 and zoom.inliers >= 40
    assert verified(0.8, (-150.0, 60.0)) is None         # shrunk, half out of the picture
    assert verified(1.0, (0.0, 0.0)) is None             # identity: all of it shown


def test_a_zoom_of_a_clip_that_goes_black_for_seconds_is_placed_across_the_black(tmp_path):
    """An original of 4 s of one footage, 4.5 s of black and 4.5 s of another; a 35-40 % zoom
    of all of it. Its black frames have no codes and its keyframes there no features, so the
    copy's verified keyframes and rectified frames pause for 5 s, over ``MAX_GAP``: it was cut
    into short pieces on both sides, and missed (0.02). Pauses are counted over frames that
    show anything: one segment across the black, at its place (held_out_4's zoom `q0020` of
    a message board that goes black; held_out_3's zoom `q0020` of a plain game board)."""
    first = synthetic.generate_video(tmp_path / "first.mp4", seed=41, seconds=10, size=SIZE)
    second = synthetic.generate_video(tmp_path / "second.mp4", seed=43, seconds=8, size=SIZE)
    frames = ([frame for t, frame in synthetic.iter_frames(first) if t < 4.0]
              + [frame for t, frame in synthetic.iter_frames(second) if 2.0 <= t < 6.5])
    path = tmp_path / "original.mp4"
    with synthetic.VideoWriter(path, SIZE, 25) as writer:
        for frame in frames[:100] + [np.zeros_like(frames[0])] * 112 + frames[100:]:
            writer.write(frame)
    zoomed = synthetic.apply_transform(path, tmp_path / "zoom.mp4", "zoom", 5)
    assert max(zoomed.params["crop_keep"]) <= 0.65
    matcher = one_original_matcher(path, "o-black")
    upload = _upload(zoomed.path)
    assert not np.isin(np.flatnonzero((upload.times > 4.3) & (upload.times < 8.2)),
                       upload.frame_of).any()            # the black shows nothing
    matches = matcher.geometry_matches(upload)
    assert [match.original for match in matches] == ["o-black"]
    assert matches[0].score >= DEFAULT_MIN_SCORE
    [segment] = matches[0].segments
    assert segment.upload_start < 3.0 and segment.upload_end > 10.0     # across the black
    for start, end in ((segment.upload_start, segment.original_start),
                       (segment.upload_end, segment.original_end)):
        assert abs(start - end) <= 0.5                   # upload time t shows t
