"""An original's static layout: what stays put while the rest moves (``video.layout``,
``matcher._moving_hits``). held_out_16 drew visualisers inside templates fixed in both
directions (`showvolume`'s bars on a chart's L of axes, a polar scope in a box under a title
bar) and the same templates around other music; the other renderings met the registered ones'
codes at 0.77-1.0 and were demoted. Here a generated chart (an L of axes with ticks and labels,
bars that move inside it) and a generated box under a title bar (a fan of lines inside it) are
registered; the same template around other content makes no match, a copy of the registered
one is still found at its offset, and each case is one the layout decides (without it, the
other content matched)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from datetime import datetime, timezone

import cv2
import numpy as np
import pytest

from origin.index.keypoints import KeypointIndex
from origin.index.segment import Segment
from origin.index.shards import Shard
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher
from origin.video.fingerprint import Fingerprint, fingerprint_original, fingerprint_upload
from origin.video.layout import StaticLayout, learn, masked
from tests.match.test_thin_strips import RATE, _decoded

SECONDS = 14.0


def chart(seed: int, seconds: float = SECONDS) -> np.ndarray:
    """A chart tool's picture (144x256, gray): a dark panel, an L of axes with ticks and
    labels along both, a legend at the top right, fixed; inside, eight bars whose heights
    follow the music (``seed``), redrawn every frame."""
    height, width = 144, 256
    template = np.full((height, width), 24, np.uint8)
    cv2.line(template, (40, 12), (40, 120), 220, 2)           # the y axis
    cv2.line(template, (40, 120), (244, 120), 220, 2)         # the x axis
    for y in range(20, 121, 20):                              # ticks and their labels
        cv2.line(template, (34, y), (40, y), 220, 1)
        cv2.rectangle(template, (8, y - 3), (28, y + 3), 170, -1)
    for x in range(60, 241, 24):
        cv2.line(template, (x, 120), (x, 126), 220, 1)
        cv2.rectangle(template, (x - 8, 130), (x + 8, 136), 170, -1)
    cv2.rectangle(template, (196, 4), (250, 14), 200, 1)      # the legend
    cv2.rectangle(template, (200, 7), (214, 11), 250, -1)
    rng = np.random.default_rng(seed)
    frames = int(seconds * RATE)
    levels = np.abs(np.cumsum(rng.normal(0, 18, (frames, 8)), axis=0) % 180 - 90) + 8
    made = []
    for heights in levels:
        frame = template.copy()
        for bar, level in enumerate(heights):
            left = 50 + bar * 24
            cv2.rectangle(frame, (left, 118 - int(level)), (left + 14, 118), 110 + 2 * bar, -1)
        made.append(frame)
    return np.stack(made)


def titled_box(seed: int, seconds: float = SECONDS) -> np.ndarray:
    """A tool's picture inside a box under a title bar (144x256, gray): the title bar with its
    caption and the box's rule, fixed; inside the box, sixteen bands of a spectrum up from its
    floor whose heights follow the music (``seed``), redrawn every frame."""
    height, width = 144, 256
    template = np.full((height, width), 16, np.uint8)
    template[:22] = 70                                         # the title bar
    for x in range(10, 150, 14):                               # its caption's letters
        cv2.rectangle(template, (x, 6), (x + 9, 15), 235, -1)
    cv2.rectangle(template, (160, 6), (246, 15), 120, -1)      # a second caption bar
    cv2.rectangle(template, (60, 30), (196, 138), 200, 2)      # the box's rule
    rng = np.random.default_rng(seed)
    frames = int(seconds * RATE)
    levels = np.abs(np.cumsum(rng.normal(0, 10, (frames, 16)), axis=0) % 80 - 40) + 2
    made = []
    for heights in levels:
        frame = template.copy()
        for band, level in enumerate(heights):         # a spectrum's bands up from its floor
            left = 68 + band * 8
            cv2.rectangle(frame, (left, 132 - 2 * int(level)), (left + 5, 132),
                          int(90 + 5 * band), -1)
        made.append(frame)
    return np.stack(made)


def _matcher(original: Fingerprint, duration: float, layout: bool = True) -> Matcher:
    """Both tiers over one original, with its static layout (or without it: as before)."""
    info = IndexedOriginal(OriginalInfo(1, "o-tool", "tool.mp4", None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc), duration),
                           original.times[original.frame_of], original.codes,
                           original.layout if layout else None)
    keypoints = (None if original.keypoints is None
                 else KeypointIndex.build([(1, original.keypoints)]))
    return Matcher(Shard(0, 1, Segment.build_many([(1, original.codes)])),
                   lambda keys: {key: info for key in keys if key == 1}, keypoints)


@pytest.fixture(scope="module", params=[chart, titled_box], ids=["chart", "titled_box"])
def registered(request):
    draw = request.param
    original = draw(1)
    print_ = fingerprint_original(_decoded("tool", original))
    return draw, original, print_


def test_the_tool_s_template_is_learnt_as_its_layout(registered):
    draw, original, print_ = registered
    assert print_.layout is not None
    assert len(print_.layout.codes) == len(print_.codes)
    static = print_.layout.static[0]
    assert 0.5 <= static.mean() < 0.98
    stored = StaticLayout.from_bytes(print_.layout.to_bytes())
    assert (stored.static == print_.layout.static).all()
    assert (stored.codes == print_.layout.codes).all()


def test_the_same_template_around_other_content_makes_no_match(registered):
    draw, original, print_ = registered
    matcher = _matcher(print_, len(original) / RATE)
    other = fingerprint_upload(_decoded("other", draw(2)))
    assert [match for match in matcher.match(other) if match.score >= DEFAULT_MIN_SCORE] == []


def test_without_the_layout_the_other_content_matched(registered):
    """The case above is one the layout decides: without it, the other content meets the
    template's codes (what held_out_16's negatives did)."""
    draw, original, print_ = registered
    matcher = _matcher(print_, len(original) / RATE, layout=False)
    other = fingerprint_upload(_decoded("other", draw(2)))
    assert max(match.score for match in matcher.match(other)) >= DEFAULT_MIN_SCORE


def test_a_copy_of_the_registered_rendering_is_still_found_at_its_offset(registered):
    draw, original, print_ = registered
    matcher = _matcher(print_, len(original) / RATE)
    copy = np.clip(original[int(2 * RATE):int(10 * RATE)].astype(np.int16) + 10, 0, 255)
    [match] = matcher.match(fingerprint_upload(_decoded("copy", copy.astype(np.uint8))))
    assert match.score > 0.9
    for segment in match.segments:
        assert segment.original_start - segment.upload_start == pytest.approx(2.0, abs=0.3)


def test_a_film_and_a_still_picture_have_no_layout():
    """A film moves everywhere, and a still picture's codes are its content: neither has a
    layout, and nothing changes for them."""
    rng = np.random.default_rng(3)
    film = rng.integers(0, 255, (40, 32, 32)).astype(np.uint8)
    still = np.repeat(rng.integers(0, 255, (1, 32, 32)).astype(np.uint8), 40, axis=0)
    assert learn([film, film]) is None
    assert learn([still, still]) is None


def test_masked_codes_read_only_what_moves():
    """Two inputs that differ only in the static cells get the same masked code."""
    rng = np.random.default_rng(4)
    static = np.zeros((32, 32), bool)
    static[:, :20] = True
    first = rng.integers(0, 255, (1, 32, 32)).astype(np.uint8)
    second = first.copy()
    second[:, :, :20] = rng.integers(0, 255, (1, 32, 20))
    assert (masked(first, static) == masked(second, static)).all()


def _write(path, frames: np.ndarray) -> str:
    from origin import synthetic
    with synthetic.VideoWriter(path, (frames.shape[2], frames.shape[1]), 2 * RATE) as writer:
        for frame in frames:                      # each sampled frame shown twice
            colour = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
            writer.write(colour)
            writer.write(colour)
    return str(path)


def test_a_workspace_stores_the_layout_and_scans_by_it(tmp_path):
    """Registering stores the layout beside the original (``original_layouts``), a scan reads
    it: the chart's other rendering makes no global-tier match, a copy of the registered one is
    found. (The geometry tier still verifies the other rendering's keyframes on the axes'
    labels, as held_out_16's volume meter on other music: a `geometry_only` review, not a
    takedown; docs/matching.md, *Static layouts at stop 41*.)"""
    from origin import Workspace
    from origin.jobs.scan import original_lookup
    original = chart(1)
    with Workspace(tmp_path / "ws") as workspace:
        [added] = list(workspace.add_originals([_write(tmp_path / "chart.mp4", original)]))
        assert added.status == "added"
        [indexed] = original_lookup(workspace)([1]).values()
        assert indexed.layout is not None and len(indexed.layout.codes) == len(indexed.codes)
        other = _write(tmp_path / "other.mp4", chart(2))
        copy = _write(tmp_path / "copy.mp4", np.clip(
            original[int(2 * RATE):int(10 * RATE)].astype(np.int16) + 10, 0, 255).astype(np.uint8))
        results = {Path(result.upload).stem: result for result in workspace.scan([other, copy])}
    assert [match for match in results["other"].matches
            if match.score >= DEFAULT_MIN_SCORE and match.tier != "geometry"] == []
    assert max(match.score for match in results["copy"].matches) > 0.9
