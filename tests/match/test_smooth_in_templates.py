"""Smooth pictures in templates at stop 45 (``matcher._smooth_inside``, ``_held_smooth``).
held_out_20 demoted `q0246`, another colour gradient in the registered gradient's slide
template framed 9:16, at 0.87 (global tier), and held_out_21 two more gradients in a phone
template at 0.74 and 0.80: a template sets most of a whole view's code, a gradient inside it
few bits of its own. Here a gradient in a phone player is registered twice (once without a
layout, as held_out_20's slide, once with the framed layout held_out_21's phone template had);
the same template around other gradients is at most a review, other gradients framed 9:16
make no match, a copy of the registered gradient is still found (a review), and a copy of a
soft picture in the same player is found and acted on as before."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from origin.enforcement.config import load_policy
from origin.enforcement.policies import MatchFacts, evaluate
from origin.match import matcher as matcher_module
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import (ONE_WAY_SLOPES, STILL_SCORE, SmoothMatch, _moving_corners,
                                  _slopes_one_way, _smooth_inside)
from origin.video.fingerprint import (MIN_CORNERS, MIN_TEXTURE, corners, fingerprint_original,
                                      fingerprint_upload, texture)
from tests.match.test_framed_and_clock_layouts import PICTURE, phone_player
from tests.match.test_static_layout import SECONDS, _matcher
from tests.match.test_thin_strips import RATE, _decoded

OTHERS = (3, 4, 5, 6, 7)      # other gradients' seeds


def gradient(seed: int, height: int = 108, width: int = 170, seconds: float = SECONDS,
             dark_stop: bool = False) -> np.ndarray:
    """A colour gradient as FFmpeg's ``gradients`` draws one, in gray: a ramp through three
    levels (``seed``) along a direction that turns slowly, at the seed's pace; ``dark_stop``:
    a ramp through its first and last levels crossed midway by a narrow dark band (held_out_21's
    `q0254`: green to pink through a dark red stop)."""
    rng = np.random.default_rng(seed)
    levels = rng.uniform(40, 220, 3)
    start, pace = rng.uniform(0, np.pi), rng.uniform(0.05, 0.12) * rng.choice([-1, 1])
    rows, columns = np.mgrid[0:height, 0:width].astype(np.float32)
    rows, columns = rows / height - 0.5, columns / width - 0.5
    made = []
    for number in range(int(seconds * RATE)):
        angle = start + 2 * np.pi * pace * number / RATE
        along = np.clip(columns * np.cos(angle) + rows * np.sin(angle) + 0.5, 0, 1)
        if dark_stop:           # a ramp from the first level to the last, a dark band midway
            band = 170 * np.exp(-(along - 0.5) ** 2 / 0.0032)
            made.append(np.clip(np.interp(along, [0, 1], levels[::2]) - band, 0, 255)
                        .astype(np.uint8))
        else:
            made.append(np.interp(along, [0, 0.5, 1], levels).astype(np.uint8))
    return np.stack(made)


def in_player(pictures: np.ndarray) -> np.ndarray:
    """``pictures`` in the phone player's template (``phone_player``'s, its picture replaced),
    with two buttons drawn over the picture's right side, as real players draw them."""
    frames = phone_player(1, len(pictures) / RATE)
    frames[:, PICTURE[0], PICTURE[1]] = pictures
    for frame in frames:
        for top in (40, 70):
            cv2.circle(frame, (150, top), 7, 235, 1)
    return frames


def framed_9x16(frames: np.ndarray) -> np.ndarray:
    """``frames`` framed in 9:16 (144x256) on a plain ground, a bar above, a caption below."""
    out = np.full((len(frames), 256, 144), 150, np.uint8)
    out[:, 20:34, 8:136] = 60
    out[:, 80:161] = np.stack([cv2.resize(frame, (144, 81), interpolation=cv2.INTER_AREA)
                               for frame in frames])
    for frame in out:
        cv2.putText(frame, "MUST SEE", (8, 190), cv2.FONT_HERSHEY_SIMPLEX, 0.4, 20, 1,
                    cv2.LINE_AA)
    return out


def _brighter(frames: np.ndarray) -> np.ndarray:
    """Re-encoded: a little brighter."""
    return np.clip(frames.astype(np.int16) + 10, 0, 255).astype(np.uint8)


@pytest.fixture(scope="module", params=[1, 2], ids=["no_layout", "framed_layout"])
def registered(request):
    """The player around gradient 1 (no layout: what moves too faint, as held_out_20's slide)
    or gradient 2 (the framed layout, as held_out_21's phone template)."""
    original = in_player(gradient(request.param))
    print_ = fingerprint_original(_decoded("gradient", original))
    assert len(print_.codes)              # the template's corners register it
    assert (print_.layout is not None) == (request.param == 2)
    return original, _matcher(print_, len(original) / RATE)


def _best(matcher, frames: np.ndarray, name: str = "upload"):
    matches = matcher.match(fingerprint_upload(_decoded(name, frames)), 0.0)
    return max(matches, key=lambda match: match.score, default=None)


def _verdict(match) -> str:
    return evaluate(load_policy(), MatchFacts(
        original=match.original, owner="studio", uploader="someone", declared=False,
        score=match.score, matched_seconds=match.matched_seconds,
        coverage_upload=match.coverage_upload, coverage_original=match.coverage_original,
        tier=match.tier, original_seconds=match.original_seconds)).decision


def test_the_template_around_other_gradients_is_at_most_a_review(registered, monkeypatch):
    original, matcher = registered
    held = [_best(matcher, in_player(gradient(seed)), f"other{seed}") for seed in OTHERS]
    for match in held:
        assert match is None or match.score <= STILL_SCORE
        assert match is None or _verdict(match) in ("none", "track", "review")
    assert any(isinstance(match, SmoothMatch) for match in held)
    # a case the hold decides: judged as before, one of them at least was acted on
    monkeypatch.setattr(matcher_module, "_smooth_inside", lambda upload, rows: False)
    before = [_best(matcher, in_player(gradient(seed)), f"other{seed}") for seed in OTHERS]
    assert max(match.score for match in before if match is not None) > 0.6
    assert any(_verdict(match) == "demote" for match in before if match is not None)


def test_other_gradients_framed_9x16_make_no_match(registered):
    original, matcher = registered
    for seed in OTHERS:
        match = _best(matcher, framed_9x16(gradient(seed, 144, 256)), f"framed{seed}")
        assert match is None or match.score < DEFAULT_MIN_SCORE


def test_a_copy_of_the_registered_gradient_is_still_found_for_a_person(registered):
    original, matcher = registered
    match = _best(matcher, _brighter(original[int(2 * RATE):int(10 * RATE)]), "copy")
    assert isinstance(match, SmoothMatch) and match.tier == "global"
    assert match.score == STILL_SCORE and match.uncapped > 0.9
    assert _verdict(match) == "review"
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.3)


def test_a_copy_of_a_soft_picture_in_the_player_is_acted_on_as_before():
    """A soft picture (out of focus, few corners) moves in tiles that are not planes: not held."""
    original = phone_player(1)
    matcher = _matcher(fingerprint_original(_decoded("soft", original)), len(original) / RATE)
    for frames in (_brighter(original[int(2 * RATE):int(10 * RATE)]),
                   framed_9x16(original[int(2 * RATE):int(12 * RATE)])):
        match = _best(matcher, frames, "soft_copy")
        assert not isinstance(match, SmoothMatch)
        assert match.score > 0.9 and match.tier == "global" and _verdict(match) == "demote"


def test_what_moves_is_judged_inside_the_view_that_met_the_original():
    """The player's view of another gradient: smooth; of the soft picture: not; a view that
    does not move, or that too few frames met, is not judged."""
    gradient_view = fingerprint_upload(_decoded("gradient", in_player(gradient(3))))
    soft_view = fingerprint_upload(_decoded("soft", phone_player(2)))
    still_view = fingerprint_upload(_decoded("still", in_player(gradient(3)[:1].repeat(40, 0))))
    assert _smooth_inside(gradient_view, _whole(gradient_view))
    assert _smooth_inside(gradient_view, _whole(gradient_view, mirrored=True))
    assert not _smooth_inside(soft_view, _whole(soft_view))
    assert not _smooth_inside(still_view, _whole(still_view))
    assert not _smooth_inside(gradient_view, _whole(gradient_view)[:4])


def _whole(upload, mirrored: bool = False) -> np.ndarray:
    """The rows of ``upload``'s codes of its whole frame (as shown or mirrored)."""
    return np.flatnonzero((upload.boxes[:, :4] == (0, 0, 1, 1)).all(axis=1)
                          & (upload.boxes[:, 4] == float(mirrored)) & (upload.turns == 0))


def test_buttons_drawn_over_a_gradient_are_no_corners_of_it():
    """The template's buttons over the picture stay put: found in every frame, they are not
    what moves (held_out_19's phone player); a film's corners come and go."""
    cut = (slice(25, 90), slice(110, 170))          # round the buttons, inside the picture
    over_gradient = in_player(gradient(3))[:, cut[0], cut[1]]
    assert np.median(corners(list(over_gradient))) >= MIN_CORNERS
    assert _moving_corners(list(over_gradient)) < MIN_CORNERS
    film = np.stack([cv2.GaussianBlur(np.random.default_rng(seed).integers(0, 255, (65, 60))
                                      .astype(np.uint8), (0, 0), 2.0) for seed in range(12)])
    assert _moving_corners(list(film)) >= MIN_CORNERS


def test_a_held_match_is_no_match_where_more_is_asked(registered):
    """Held at ``STILL_SCORE``, a match is not handed back to a caller asking for more."""
    original, matcher = registered
    copy = fingerprint_upload(_decoded("copy", _brighter(original[int(2 * RATE):int(10 * RATE)])))
    assert [match.score for match in matcher.match(copy, 0.5)] == [STILL_SCORE]
    assert matcher.match(copy, 0.6) == []


def test_a_gradient_with_a_sharp_dark_stop_is_smooth_by_its_slopes():
    """A narrow dark colour stop bends the tiles of what moves off their plane (held_out_21's
    `q0254`), but its level lines stay lines: its slopes point one way, a soft picture's every
    way; the player's view of such a gradient is smooth."""
    cut = (slice(44, 84), slice(60, 110))     # round the picture's centre, where the band turns
    sharp = in_player(gradient(3, dark_stop=True))
    assert np.median(texture(list(sharp[:, cut[0], cut[1]]), 0.5)) >= MIN_TEXTURE
    assert _slopes_one_way(list(sharp[:, cut[0], cut[1]])) < ONE_WAY_SLOPES
    assert _slopes_one_way(list(phone_player(2)[:, cut[0], cut[1]])) >= ONE_WAY_SLOPES
    view = fingerprint_upload(_decoded("sharp", sharp))
    assert _smooth_inside(view, _whole(view))
