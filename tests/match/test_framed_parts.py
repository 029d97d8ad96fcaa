"""Framed 9:16 copies (issue 15, stop 37): a soft picture on a solid 9:16 card between a title
bar and a caption, beside a busy original registered too, is found by its window's features
searched alone (``Fingerprint.parts_apart``): the title's and the caption's corners, joined to
the keyframes' own, send their votes to the busy original's keyframes (held_out_12's framed
`q0009`); an unrelated soft picture framed the same way is not matched; a landscape upload's
parts are not searched alone, and a match whose segments play the original backwards is not
taken from them (slide decks in one typeface, ``deck_negatives.py``)."""
from __future__ import annotations

from datetime import datetime, timezone

import cv2
import numpy as np
import pytest

from origin import synthetic
from origin.index.frames import FrameHits
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.match.matcher import Matcher, _in_order
from origin.records import Match, Segment
from tests.match.conftest import originals_matcher

FPS = 20.0
SIZE = (480, 270)
PIECE = (3.0, 9.0)             # of the original that each framed copy shows


class _Soft:
    """Generated footage out of focus: its corners are few and faint."""

    def __init__(self, seed: int):
        self.footage = synthetic.SyntheticFootage(seed, SIZE)

    def frame_at(self, seconds: float) -> np.ndarray:
        return cv2.GaussianBlur(self.footage.frame_at(seconds), (0, 0), 2.5)


class _Slides:
    """A slide deck of words in the captions' typeface, white on grey, changing every 2 s:
    glyph corners everywhere, the kind of descriptor a title and a caption have too."""

    WORDS = ("TOP 10", "EPIC", "SUBSCRIBE", "LOL", "FOLLOW", "BEST OF", "HD", "NEW",
             "LINK IN BIO", "VIRAL", "WOW", "MUST SEE", "PART 2", "FULL VIDEO", "DAILY CLIPS")

    def frame_at(self, seconds: float) -> np.ndarray:
        rng = np.random.default_rng(int(seconds // 2))
        frame = np.full((SIZE[1], SIZE[0], 3), 90, np.uint8)
        for line in range(6):
            words = " ".join(rng.choice(self.WORDS, 2))
            synthetic.draw_text(frame, words, (int(rng.integers(4, 120)), 40 + 42 * line),
                                int(rng.integers(16, 26)), (255, 255, 255), thickness=2)
        return frame


def _render(footage, path, seconds: float = 12.0) -> None:
    with synthetic.VideoWriter(path, SIZE, FPS) as writer:
        for number in range(int(seconds * FPS)):
            writer.write(footage.frame_at(number / FPS))


def _framed(source, path, title: str, caption: list[str]) -> None:
    """``PIECE`` of ``source`` on a solid 9:16 card, a title bar above, a caption below."""
    footage = synthetic.LoopingFootage(source, PIECE[0])
    frame_op = synthetic._op_framed_9x16((40, 120, 40), (140, 170, 200), title, caption,
                                         (255, 255, 255), 0.96, 0.03)
    with synthetic.VideoWriter(path, (270, 480), FPS) as writer:
        for number in range(int((PIECE[1] - PIECE[0]) * FPS)):
            writer.write(frame_op(footage.frame_at(number / FPS), number / FPS))


@pytest.fixture(scope="module")
def framed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("framed")
    paths = {name: folder / f"{name}.mp4" for name in ("soft", "busy", "other")}
    _render(_Soft(21), paths["soft"])
    _render(_Slides(), paths["busy"])
    _render(_Soft(22), paths["other"])
    _framed(paths["soft"], folder / "copy.mp4", "TOP 10 EPIC", ["SUBSCRIBE", "LOL"])
    _framed(paths["other"], folder / "unrelated.mp4", "TOP 10 EPIC", ["SUBSCRIBE", "LOL"])
    return paths, folder / "copy.mp4", folder / "unrelated.mp4"


def _matcher(paths) -> Matcher:
    return originals_matcher({f"o-{name}": paths[name] for name in ("soft", "busy")})


def _upload(path):
    return fingerprint_file(str(path), original=False).fingerprint


def test_a_framed_soft_copy_is_found_at_its_offset(framed):
    paths, copy, _ = framed
    matcher = _matcher(paths)
    upload = _upload(copy)
    assert len(upload.parts_apart()) == len(upload.panels.parts)
    matches = matcher.match_hits(upload, FrameHits.empty(len(upload.codes)))
    assert [match.original for match in matches if match.score >= DEFAULT_MIN_SCORE] == ["o-soft"]
    for segment in matches[0].segments:            # upload time t shows PIECE[0] + t
        assert abs(segment.original_start - (PIECE[0] + segment.upload_start)) <= 1.0


def test_an_unrelated_framed_soft_picture_is_not_matched(framed):
    paths, _, unrelated = framed
    upload = _upload(unrelated)
    assert _matcher(paths).match_hits(upload, FrameHits.empty(len(upload.codes)),
                                      min_score=0.0) == []


def test_a_landscape_uploads_parts_are_not_searched_alone(framed, tmp_path):
    paths, _, _ = framed
    landscape = tmp_path / "landscape.mp4"           # the soft original in a window over slides
    footage, slides = synthetic.LoopingFootage(paths["soft"], PIECE[0]), _Slides()
    with synthetic.VideoWriter(landscape, SIZE, FPS) as writer:
        for number in range(int((PIECE[1] - PIECE[0]) * FPS)):
            frame = slides.frame_at(number / FPS)
            frame[58:212, 98:372] = 200
            frame[60:210, 100:370] = cv2.resize(footage.frame_at(number / FPS), (270, 150),
                                                interpolation=cv2.INTER_AREA)
            writer.write(frame)
    upload = _upload(landscape)
    assert upload.panels is not None and upload.parts_apart() == []


def _match(*segments: tuple[float, float, float, float]) -> Match:
    return Match("o", "o.mp4", None, datetime(2020, 1, 1, tzinfo=timezone.utc), 0.7, 0.5, 0.5,
                 tuple(Segment(*segment) for segment in segments), tier="geometry")


def test_segments_must_play_the_original_forwards():
    assert _in_order(_match((0.0, 3.3, 5.0, 8.1)))
    assert _in_order(_match((13.7, 15.2, 13.7, 15.3), (4.2, 5.9, 3.1, 4.9)))    # any order given
    assert not _in_order(_match((4.5, 7.5, 3.5, 6.5), (7.6, 11.5, 0.0, 3.6)))   # a deck's
