"""Slide decks in one typeface: a foreign deck's slides verify with a registered deck's on the
shared title words and bullet grid, each pair of slides on a line of its own, while a copy goes
from slide to slide along one line (``matcher._one_picture_evidence``; docs/matching.md,
*Decks in one typeface*)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import Matcher
from origin.video.keypoints import STILL_PIXELS, Keypoints, _still_share, pictures

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.real_suite import SIZE, Slides  # noqa: E402
from tests.match.conftest import originals_matcher  # noqa: E402

DECK_SECONDS = 16.0  # four slides of four seconds
SECONDS = 12.0       # of each upload
FRAMED = "scale=360:-2,pad=360:640:0:185:black"       # a 9:16 canvas, the deck in its middle


def _layout(source: Path, path: Path, chain: str) -> Path:
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(source), "-vf", chain,
                    "-c:v", "libx264",
                    "-crf", "23", "-pix_fmt", "yuv420p", "-an", "-t", str(SECONDS), str(path)],
                   check=True)
    return path


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    """Registered decks (seeds 51, 91 and 151) and 12 s uploads in a 9:16 canvas (deck 301,
    foreign, and deck 51's own copy) and whole-frame (decks 302 and 301, foreign)."""
    folder = tmp_path_factory.mktemp("decks")
    made = {seed: synthetic.render_footage(folder / f"deck{seed}.mp4", Slides(seed),
                                           DECK_SECONDS, SIZE)
            for seed in (51, 91, 151, 301, 302)}
    uploads = {
        "302 whole": _layout(made[302], folder / "302.whole.mp4", "scale=480:270"),
        "301 whole": _layout(made[301], folder / "301.whole.mp4", "scale=480:270"),
        "301 framed": _layout(made[301], folder / "301.framed.mp4", FRAMED),
        "51 framed": _layout(made[51], folder / "51.framed.mp4", FRAMED),
    }
    return made, uploads


def _matcher(*paths: Path) -> Matcher:
    """Both tiers' geometry over ``paths`` registered as originals 1, 2, ..."""
    return originals_matcher({path.stem: path for path in paths})


def _geometry(matcher: Matcher, upload: Path) -> list:
    return matcher.geometry_matches(fingerprint_file(str(upload), original=False).fingerprint)


@pytest.mark.parametrize("registered, upload", [(51, "302 whole"), (151, "301 framed")])
def test_a_foreign_deck_in_the_same_typeface_makes_no_geometry_match(decks, registered, upload):
    """Each slide of the foreign deck verifies with some slide of the registered one on the
    title word and the bullet grid, at offsets that have nothing to do with each other (the
    two matched at 0.85 and 0.76 before: every keyframe of a held slide counted again)."""
    made, uploads = decks
    found = _geometry(_matcher(made[registered]), uploads[upload])
    assert not [match for match in found if match.score >= DEFAULT_MIN_SCORE]


@pytest.mark.parametrize("upload", ["301 whole", "301 framed"])
def test_a_foreign_deck_makes_no_match_through_the_rectified_frames(decks, upload):
    """Deck 301's first slide verifies with deck 91's second and fourth slides on the shared
    title word; warped onto either by that transform, its frames meet every slide of deck 91
    (one template's codes are near-equal). Beside deck 151 in the keypoint index, the two
    layouts matched deck 91 at 0.593 and 0.601 through the rectified frames alone (and the
    framed one deck 151 at 0.593): a double-speed line carried the held foreign slide from one
    of deck 91's slides to the other, so the likeness counted in full. The upload showed one
    picture all along."""
    made, uploads = decks
    found = _geometry(_matcher(made[91], made[151]), uploads[upload])
    assert not [match for match in found if match.score >= DEFAULT_MIN_SCORE]


def test_a_decks_copy_in_the_same_canvas_is_still_found_at_its_offset(decks):
    """The copy's keyframes verify slide by slide along one line: each slide of it where the
    line puts it."""
    made, uploads = decks
    [match] = _geometry(_matcher(made[51]), uploads["51 framed"])
    assert match.score >= DEFAULT_MIN_SCORE
    for segment in match.segments:                 # the copy shows the deck from its start
        assert abs(segment.original_start - segment.upload_start) <= 0.5
    assert sum(segment.upload_seconds for segment in match.segments) >= 8.0


def test_a_held_slide_is_one_picture_and_the_next_slide_another():
    """Keyframes whose features stay in place are one picture; moved features begin the next."""
    rng = np.random.default_rng(3)
    slide = rng.uniform(0, 400, (120, 2)).astype(np.float32)
    other = rng.uniform(0, 400, (120, 2)).astype(np.float32)
    frames = [slide, slide + 0.5, slide + 1.0, other, other, slide + 6.0]
    keypoints = Keypoints(np.arange(len(frames), dtype=np.float64),
                          np.repeat(np.arange(len(frames), dtype=np.int32), 120),
                          np.concatenate(frames), np.zeros((120 * len(frames), 32), np.uint8),
                          (480, 270))
    assert pictures(keypoints).tolist() == [0, 0, 0, 1, 1, 2]


def test_the_still_share_gives_what_the_table_of_every_pair_gave():
    """``_still_share`` compares each point with the points in a narrow column about it only;
    it gives what the table of every pair gave, at the boundary of ``STILL_PIXELS`` too."""
    rng = np.random.default_rng(5)
    for trial in range(300):
        against = rng.uniform(0, 100, (int(rng.integers(0, 120)), 2)).astype(np.float32)
        points = rng.uniform(0, 100, (int(rng.integers(0, 120)), 2)).astype(np.float32)
        if len(against):
            moved = against[rng.integers(0, len(against), 60)]
            points = np.concatenate([points, moved + rng.choice(
                [-2.01, -2.0, -1.5, 0.0, 1.99, 2.0, 2.01], moved.shape).astype(np.float32)])
        if trial % 2:
            against, points = np.round(against * 2) / 2, np.round(points * 2) / 2
        table = (np.abs(points[:, None, :] - against[None, :, :]).max(axis=2).min(axis=1)
                 <= STILL_PIXELS).mean() if len(points) and len(against) else 0.0
        assert _still_share(points, against) == float(table)
