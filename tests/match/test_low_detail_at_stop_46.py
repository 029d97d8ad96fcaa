"""Low-detail originals at stop 46 (``matcher.Matcher._tells_the_clip``, ``_still_view``,
``StillViewMatch``). held_out_21 matched `low_detail_0`, a colour gradient in a phone player
whose rings light up in turn, by the geometry tier at 0.62-1.0 from other gradients and a night
sky in the same player: every feature of its keyframes is the player's, its switches' or its
progress bar's, so pairs verify on them. And it demoted `q0129`, the globe program's still
settings dialog met by the global tier inside the lecture deck `low_detail_1`'s static layout.
Here a player like it is drawn round two slow low-detail clips (gradients), other gradients and
films; and a deck with a static layout is met by still views."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import cv2
import numpy as np
import pytest

from benchmarks.real_suite import SIZE, Slides
from origin import synthetic
from origin.index.keypoints import KeypointIndex
from origin.index.segment import Segment
from origin.index.shards import Shard
from origin.jobs.fingerprinting import fingerprint_file
from origin.match import matcher as matcher_module
from origin.match.decide import OriginalInfo
from origin.match.matcher import (STILL_SCORE, IndexedOriginal, Matcher, StillViewMatch,
                                  _still_view)
from tests.match.conftest import one_original_matcher
from tests.match.test_nearly_still_screens import pointer_only
from tests.match.test_smooth_in_templates import _whole, gradient
from tests.match.test_static_layout import _write
from tests.match.test_thin_strips import RATE

PICTURE = (slice(18, 220), slice(0, 360))    # rows, columns of the player's picture
SECONDS = 12.0                               # of each original
UPLOAD_SECONDS = 8.0


def player(pictures: np.ndarray) -> np.ndarray:
    """``pictures`` (202x360, gray) in a phone player (480x270) drawn as held_out_21's: a clock,
    a column of avatars and names, a caption, a comment box; over the picture's right side three
    rings, one filled in turn every 2 s, and under it a progress bar that grows."""
    template = np.full((270, 480), 14, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(template, "9:36", (4, 13), font, 0.45, 235, 1, cv2.LINE_AA)
    for k, (name, line) in enumerate((("STUDIO", "studio today"), ("KITCHEN", "kitchen city"),
                                      ("SPECIAL", "special garden"), ("STUDIO", "studio report"))):
        top = 30 + 46 * k
        cv2.circle(template, (378, top + 6), 9, 80 + 40 * k, -1)
        cv2.putText(template, name, (392, top + 4), font, 0.4, 220, 1, cv2.LINE_AA)
        cv2.putText(template, line, (392, top + 18), font, 0.33, 150, 1, cv2.LINE_AA)
    cv2.putText(template, "TODAY", (16, 236), font, 0.4, 230, 1, cv2.LINE_AA)
    cv2.putText(template, "FIELD VALLEY", (8, 252), font, 0.38, 170, 1, cv2.LINE_AA)
    cv2.rectangle(template, (366, 236), (472, 258), 150, 1)
    cv2.putText(template, "ADD A COMMENT", (371, 251), font, 0.32, 160, 1, cv2.LINE_AA)
    made = []
    for number, picture in enumerate(pictures):
        frame = template.copy()
        frame[PICTURE] = picture
        lit = (number // int(2 * RATE)) % 3
        for k in range(3):
            cv2.circle(frame, (340, 70 + 40 * k), 12, 235, 2)
            if k == lit:
                cv2.circle(frame, (340, 70 + 40 * k), 7, 200, -1)
        frame[221:223, :int(360 * (number + 1) / len(pictures))] = 200
        made.append(frame)
    return np.stack(made)


def film(seed: int, seconds: float = SECONDS) -> np.ndarray:
    """A sharp textured scene (202x360) panned slowly: a film with corners of its own."""
    rng = np.random.default_rng(seed)
    scene = np.clip(cv2.GaussianBlur(rng.normal(120, 90, (400, 600)), (0, 0), 0.8), 0, 255
                    ).astype(np.uint8)
    made = []
    for number in range(int(seconds * RATE)):
        t = number / RATE
        x, y = int(100 + 80 * np.sin(0.3 * t + seed)), int(80 + 60 * np.cos(0.25 * t + seed))
        made.append(scene[y:y + 202, x:x + 360])
    return np.stack(made)


def _copy(frames: np.ndarray) -> np.ndarray:
    """2-10 s of ``frames``, a little brighter (re-encoded)."""
    return np.clip(frames[int(2 * RATE):int(10 * RATE)].astype(np.int16) + 8, 0, 255
                   ).astype(np.uint8)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("low_detail")


@pytest.fixture(scope="module", params=[1, 2], ids=["gradient1", "gradient2"])
def registered(request, folder):
    """The player round a slow gradient (two unrelated ones), registered for the geometry tier
    (no static layout: held_out_21's `low_detail_0` had none)."""
    frames = player(gradient(request.param, 202, 360, SECONDS))
    path = _write(folder / f"gradient{request.param}.mp4", frames)
    return frames, one_original_matcher(path, f"o-gradient{request.param}")


def _geometry(matcher: Matcher, folder: Path, name: str, frames: np.ndarray) -> list:
    upload = fingerprint_file(_write(folder / f"{name}.mp4", frames), original=False).fingerprint
    return matcher.geometry_matches(upload)


def _others() -> dict[str, np.ndarray]:
    return {"gradient3": player(gradient(3, 202, 360, UPLOAD_SECONDS)),
            "gradient4": player(gradient(4, 202, 360, UPLOAD_SECONDS)),
            "film3": player(film(3, UPLOAD_SECONDS))}


def test_other_clips_in_the_player_are_at_most_a_review(registered, folder, monkeypatch):
    """Other gradients and a film in the same player verify on its rings, bar and labels alone:
    held at ``STILL_SCORE``; judged without the rule, they verified as copies."""
    _, matcher = registered
    others = _others()
    for name, frames in others.items():
        for match in _geometry(matcher, folder, f"{name}-held", frames):
            assert match.score <= STILL_SCORE, name
    monkeypatch.setattr(Matcher, "_tells_the_clip", lambda *arguments: True)
    before = [match.score for name, frames in others.items()
              for match in _geometry(matcher, folder, f"{name}-before", frames)]
    assert max(before) > 0.6


def test_a_copy_of_the_registered_gradient_is_found_for_a_person(registered, folder):
    """The gradient's own copy verifies on the same player: found, held for a person."""
    frames, matcher = registered
    [match] = _geometry(matcher, folder, "copy", _copy(frames))
    assert match.score == STILL_SCORE


def test_a_copy_of_a_film_in_the_player_is_found_as_before(folder):
    """A film's corners are its keyframes' own: its copy keeps its score."""
    frames = player(film(1))
    matcher = one_original_matcher(_write(folder / "film1.mp4", frames), "o-film1")
    [match] = _geometry(matcher, folder, "film-copy", _copy(frames))
    assert match.score > 0.9


@pytest.fixture(scope="module")
def deck(folder):
    """A lecture deck with a static layout (its background and title place stay put), both
    tiers over it."""
    path = synthetic.render_footage(folder / "deck.mp4", Slides(3), 16.0, SIZE)
    original = fingerprint_file(str(path), original=True).fingerprint
    assert original.layout is not None and not original.layout.still
    info = IndexedOriginal(OriginalInfo(1, "o-deck", str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration),
                           original.times[original.frame_of], original.codes, original.layout)
    return original, info


def _deck_matcher(original, info, keypoints: bool = True) -> Matcher:
    return Matcher(Shard(0, 1, Segment.build_many([(1, original.codes)])),
                   lambda keys: {key: info for key in keys if key == 1},
                   KeypointIndex.build([(1, original.keypoints)]) if keypoints else None)


def test_a_still_slide_is_held_until_a_keyframe_pair_verifies_it(deck, folder):
    """The deck's first slide held 10 s (a still page met inside the layout): held at
    ``STILL_SCORE`` where no keyframe pair can verify (no keypoint index), released at its
    evidence's score where its text verifies at its moment."""
    original, info = deck
    held = fingerprint_file(str(synthetic.render_footage(
        folder / "held.mp4", Slides(3, seconds_each=20.0), 10.0, SIZE)), original=False
    ).fingerprint
    [unverified] = _deck_matcher(original, info, keypoints=False).match(held, 0.0)
    assert isinstance(unverified, StillViewMatch)
    assert unverified.score == STILL_SCORE and unverified.uncapped > 0.9
    [verified] = _deck_matcher(original, info).match(held, 0.0)
    assert verified.score == pytest.approx(unverified.uncapped)
    assert _still_view(held, _whole(held))


def test_a_dialog_whose_pointer_alone_moves_is_a_still_view(folder):
    """The globe program's settings dialog with a pointer gliding over it (`q0129`'s shape)
    stands still one cell in from what moves; a player round a moving gradient does not."""
    dialog = fingerprint_file(_write(folder / "dialog.mp4", np.stack(
        [cv2.resize(frame, SIZE) for frame in pointer_only(dialog=True)])),
        original=False).fingerprint
    moving = fingerprint_file(_write(folder / "moving.mp4", player(gradient(3, 202, 360, 8.0))),
                              original=False).fingerprint
    assert _still_view(dialog, _whole(dialog))
    assert not _still_view(moving, _whole(moving))
    assert not _still_view(dialog, _whole(dialog)[:4])      # too few frames: not judged
    assert matcher_module.SMOOTH_MIN_FRAMES > 4
