"""Content regions at stop 49 and 50 (``video.content``, ``matcher.Matcher._judge_content``).

held_out_24 demoted `q0141`: a reaction video's frame (the same title bar, the same reactor's
face drifting in a bordered box over the clip's corner, ``real_suite.Template``'s ``reaction``)
around another game, mostly white, met `reaction_bomber`'s whole-picture codes at 1.0. The face
box is the registered footage itself, so neither the codes nor the keyframes' own features tell
the two apart. Here a generated busy picture filmed hand-held in such a frame is registered;
another picture, mostly white, in the same frame with the same face box is held at a review,
and the registered clip's own copies are still demoted: re-encoded, and turned 2.5 degrees and
zoomed 5 % (held_out_24's `q0053` lost its demote at stop 49), whole or in a box inside the
upload (frames50: each view is compared turned and scaled a little)."""
from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks.real_suite import SIZE, HandheldPhoto, Template
from origin import synthetic
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import STILL_SCORE, IndexedOriginal
from origin.video.content import (GRID, JITTER_SCALES, JITTER_TURNS, ContentRegion, content_codes,
                                  jittered, learn, parts_apart)
from tests.match.test_low_detail_at_stop_46 import _deck_matcher

SECONDS = 12.0
REACTION = 4901               # the frame's title, bubbles and the face's drift: every clip here
REVIEW_AT_MOST = 0.6          # the default policy's ``low_confidence``: a person decides


def _picture(seed: int, ground: tuple[int, int, int], shapes: int, blur: float,
             darkest: int = 0) -> np.ndarray:
    """``shapes`` discs and boxes coloured ``darkest`` to white on a plain ``ground``, softened
    by ``blur`` px."""
    rng = np.random.default_rng([seed, 49])
    picture = np.zeros((400, 600, 3), np.uint8)
    picture[:] = ground
    for _ in range(shapes):
        colour = tuple(int(v) for v in rng.integers(darkest, 255, 3))
        x, y = int(rng.integers(20, 580)), int(rng.integers(20, 380))
        if rng.random() < 0.5:
            cv2.circle(picture, (x, y), int(rng.integers(10, 50)), colour, -1)
        else:
            cv2.rectangle(picture, (x, y), (x + int(rng.integers(20, 90)),
                                            y + int(rng.integers(20, 90))), colour, -1)
    return cv2.GaussianBlur(picture, (0, 0), blur) if blur else picture


FACE = _picture(4902, (40, 90, 60), 25, 0)             # the reactor's camera, in every clip
GAME = _picture(4903, (200, 230, 220), 40, 2, 120)     # the registered game: light, pale shapes
WHITE = _picture(4904, (238, 238, 238), 1, 0)          # another game, mostly white


def _render(folder: Path, picture: np.ndarray, seed: int, name: str) -> Path:
    """``picture`` filmed hand-held inside the reaction frame, with the same face box, 12 s."""
    reaction = Template("reaction", REACTION, {"cam": FACE}, SECONDS)
    inside = HandheldPhoto(picture, reaction.inner, SECONDS, seed)
    return synthetic.render_footage(folder / f"{name}.mp4", reaction.around(inside), SECONDS, SIZE)


TURNED = "rotate=2.5*PI/180,scale=iw*1.05:ih*1.05,crop=iw/1.05:ih/1.05"   # 2.5 degrees, 5 % in
BOXED = "scale=448:252,pad=640:360:96:54:color=0x101010"    # 70 % wide inside a dark border


def _upload(folder: Path, picture: np.ndarray, seed: int, name: str, boxed: bool = False,
            turned: bool = False):
    """The clip re-encoded at crf 30, turned 2.5 degrees and zoomed 5 % where ``turned``, in a
    box inside a dark border where ``boxed``."""
    rendered = _render(folder, picture, seed, f"{name}-source")
    upload = folder / f"{name}.mp4"
    filters = ",".join([TURNED] * turned + [BOXED] * boxed) or "null"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(rendered), "-vf", filters,
                    "-c:v", "libx264", "-crf", "30", "-an", str(upload)], check=True)
    return fingerprint_file(str(upload), original=False).fingerprint


@pytest.fixture(scope="module")
def registered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("content49")
    path = _render(folder, GAME, 4905, "reaction")
    original = fingerprint_file(str(path), original=True).fingerprint
    info = IndexedOriginal(OriginalInfo(1, "o-reaction", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout,
                           original.content)
    return folder, original, info


def _global_best(matches) -> float:
    return max((match.score for match in matches if match.tier == "global"), default=0.0)


def test_the_reaction_frame_surrounds_a_content_region(registered):
    """The title bar stays put above what moves: the region starts below it, one good frame's
    parts each."""
    _, original, info = registered
    assert original.content is not None
    top, bottom, left, right = original.content.box
    assert top > 0 and bottom - top >= 16 and right - left >= 16
    assert original.content.codes.shape == (len(np.unique(original.frame_of)), GRID * GRID, 8)
    assert info.content is original.content


def test_another_clip_in_the_same_frame_and_face_box_is_held_at_a_review(registered):
    """Mostly white inside the same frame with the same face, re-encoded: the whole codes
    demote it without the content region; with it, a review at most."""
    folder, original, info = registered
    upload = _upload(folder, WHITE, 4906, "white")
    without = IndexedOriginal(info.info, info.code_times, info.codes, info.layout)
    assert _global_best(_deck_matcher(original, without).match(upload, 0.0)) > REVIEW_AT_MOST
    matches = _deck_matcher(original, info).match(upload, 0.0)
    assert matches and all(match.tier != "global" or match.score <= STILL_SCORE
                           for match in matches)


@pytest.mark.parametrize("boxed", [False, True], ids=["whole", "in-a-box"])
@pytest.mark.parametrize("turned", [False, True], ids=["re-encoded", "turned-and-zoomed"])
def test_the_registered_clip_in_its_frame_is_still_demoted(registered, boxed, turned):
    """Its own copies keep a global match over a review, their content judged (a whole
    upload by ``WHOLE_CONTENT_BITS``, a box inside it by ``CONTENT_BITS``): turned 2.5 degrees
    and zoomed 5 % too, each view compared turned and scaled a little (stop 49's parts read
    held_out_24's turned true copy 23 bits off)."""
    folder, original, info = registered
    upload = _upload(folder, GAME, 4905, f"copy-{int(boxed)}{int(turned)}", boxed, turned)
    [match] = [match for match in _deck_matcher(original, info).match(upload, 0.0)
               if match.tier == "global"]
    assert match.score > REVIEW_AT_MOST


def test_a_turned_view_meets_its_upright_content():
    """``jittered``: one of an input's views turned back 2.5 degrees and zoomed 5 % lies nearer
    the upright content's codes than the input itself."""
    picture = cv2.GaussianBlur(_picture(4907, (90, 90, 90), 30, 1), (0, 0), 1)
    upright = cv2.resize(cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY), (32, 32),
                         interpolation=cv2.INTER_AREA)
    matrix = cv2.getRotationMatrix2D((15.5, 15.5), -2.5, 1.05)
    turned = cv2.warpAffine(upright, matrix, (32, 32), borderMode=cv2.BORDER_REPLICATE)
    box = (3, 32, 0, 32)
    want = content_codes(upright[None], box)
    views = jittered(turned[None])
    assert views.shape == (1, len(JITTER_TURNS) * len(JITTER_SCALES), 32, 32)
    as_is = parts_apart(content_codes(turned[None], box), want)[0, 0]
    nearest = parts_apart(content_codes(views[0], box), want)[:, 0].min()
    assert nearest < as_is


def test_only_views_of_the_picture_s_shape_are_judged(registered):
    """A 9:16 canvas's whole frame (no box found round the copy) is not the 16:9 picture, so
    its crop is not the content; the copy's own box on the canvas is."""
    _, original, _ = registered
    assert original.content.fits(np.array([90.0, 90.0]), np.array([160.0, 50.6])).tolist() == \
        [False, True]


def test_a_film_moving_to_its_edges_has_no_content_region():
    """No drawn frame round what moves: nothing to tell apart, no region."""
    rng = np.random.default_rng(49)
    frames = rng.integers(0, 255, (16, 32, 32)).astype(np.uint8)
    assert learn(frames, 16 / 9) is None


def test_a_still_dark_edge_is_no_tool_frame():
    """A dark scene filmed hand-held: its top rows stay dark and still (drawn, by their spread)
    while the rest moves, but a flat dark edge has no detail of its own (``FRAME_DETAIL``):
    no region. The same moving picture under a drawn title bar learns one."""
    rng = np.random.default_rng(50)
    frames = np.full((16, 32, 32), 30, np.uint8)
    frames[:, 8:] = rng.integers(20, 90, (16, 24, 32)).astype(np.uint8)
    assert learn(frames, 16 / 9) is None
    titled = frames.copy()
    titled[:, :8] = 20
    titled[:, 2:6, 2:20] = 230          # the title's text, the same every frame
    titled[:, :8, 26:31] = 180          # a button
    assert learn(titled, 16 / 9) is not None


def test_a_content_region_is_stored_and_read_back():
    """``to_bytes`` and ``from_bytes`` round trip; a version this code does not know reads as
    None (the original is matched as before)."""
    inputs = np.random.default_rng(7).integers(0, 255, (3, 32, 32)).astype(np.uint8)
    region = ContentRegion((4, 30, 2, 28), content_codes(inputs, (4, 30, 2, 28)), 16 / 9)
    again = ContentRegion.from_bytes(region.to_bytes())
    assert again.box == region.box and np.array_equal(again.codes, region.codes)
    assert again.aspect == pytest.approx(16 / 9)
    future = np.array([99], np.uint32).tobytes() + region.to_bytes()[4:]
    assert ContentRegion.from_bytes(future) is None
