"""One upload's fingerprint against the index: search, group hits per original, align, decide.

A hit's weight says how much it tells, not only how close it is. Closeness counts squared: a code
12-14 bits away is what unrelated real frames of one kind (dark with a bright centre, smooth
backdrops, slides) often are, and a pile of such hits must not add up to a match. And a hit is
evidence of *where* in the original the upload is only if the upload frame does not hit the
original about as closely at many other moments: slow or repetitive originals (drifting colour
gradients, visualisers, still slides) match anything of their kind at every offset, so a frame's
hits on an original are divided by the square root of how many seconds of it they spread over.
Last, an inverse frequency learnt from the index itself: each upload frame's evidence is shared
among the originals it hits, by how close each comes, so codes that many unrelated originals
share (dark frames with a bright core, centred subjects) say little about any one of them.
Originals that are one footage (pieces of one camera shot, the same video registered twice:
most codes of each meet the other's) count once in that split: a frame that meets them all says
which footage it shows, and that is no sign of a common kind of picture.
And a hit counts only as far as the upload's code is nearer the original's than the original's
layout is (its nearest code of a picture that changes along one direction: a dark field's edge,
a lit side, a band; ``_beyond_layout``): a rendering tool (a visualiser, a template) draws that
layout on every video it makes, so another rendering meets it as closely as a copy does.
Measured on the real-footage suite with and without 1 000 catalogue originals (docs/matching.md, issue 15).

Two tiers feed the same align and decide. The global tier (64-bit codes of whole views) is fast
and finds most copies; for the originals it does not find at the default threshold, the geometry
tier looks at the upload's keyframe features (``index.keypoints``), verifies candidate keyframe
pairs geometrically (``verify``) and hands the verified pairs on as frame hits; and it warps the
upload's sampled frames back into the original's frame by the verified transforms, so the
original's own global codes confirm the copy frame by frame and place it to a quarter second.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Callable, Sequence

import cv2
import numpy as np

from origin.index.keypoints import (TEMPLATE_REFERENCES, Answers, KeyframePair, KeypointIndex,
                                    template_features)
from origin.match.align import (EVIDENCE_BIN, MIN_FRAMES, SPEEDS, STILL_SHARE, TOLERANCE,
                                WIDE_SPEEDS,
                                Alignment, FrameMatches, Stillness, align, evidence_of)
from origin.match.decide import (DEFAULT_MIN_SCORE, OriginalInfo, decide, distinct_evidence,
                                 evidence_needed)
from origin.match.verify import (MIN_INLIERS, MIN_SPREAD, REPROJECTION, VerifiedPair, _at_spots,
                                 _spots, verify)
from origin.media.video import first_on_grid
from origin.video.keypoints import (DENSE_FEATURES, KEYFRAME_FPS, Keypoints, LazyKeyframes, merged,
                                    one_picture, pictures)
from origin.video.content import ContentRegion, content_codes, jittered, parts_apart
from origin.video.fingerprint import (ORIGINAL_CROPS, ORIGINAL_SAMPLE_FPS, TURNS,
                                      UPLOAD_SAMPLE_FPS, Fingerprint,
                                      CORNER_STEP, MIN_CORNER_STEP, MIN_CORNERS, MIN_TEXTURE,
                                      TEXTURE_TILE,
                                      rectified_codes, texture)
from origin.video.hashers import PHash, hamming, layouts, one_dimensional
from origin.video.layout import STATIC_LEVELS, StaticLayout, masked, upload_inputs
from origin.index.frames import FrameHits, FrameIndex
from origin.records import Match

MATCH_RADIUS = 14        # Hamming bits of 64; unrelated real frames start near 18 (1st pct. 22)
NEIGHBOURS = 24          # hits kept per upload code
CLOSENESS_POWER = 2.0    # weight = ((radius + 1 - distance) / (radius + 1)) ** this
TIMING_POWER = 0.5       # a frame's hits on an original / (seconds they spread over) ** this
TIMING_SLACK = 1         # bits: hits this close to the frame's best one on that original count
FLATTENED_SCORE = 0.9    # a match only a filmed screen flattened makes counts from this score
                         # (held_out_24's negative `q0389`, a reaction frame around another game
                         # on the monitor, met `reaction_bomber` at 0.68 on the face box; filmed49)
SHARE_SCALE = 2.0        # bits: an original this much further than a frame's closest one gets 1/e
ONE_DIMENSIONAL_SLACK = 2  # bits: a code this near one row pattern repeated is one-dimensional
ONE_FOOTAGE_BITS = 10    # bits, under MATCH_RADIUS: how close one footage's codes come (``one_footage``)
ONE_FOOTAGE_SHARE = 0.85 # of each original's codes: a street camera's pieces meet at 0.95, unrelated
                         # originals of one kind (nebula zooms) at 0.66 at most (docs/matching.md, issue 15)
AMBIGUOUS_INLIERS = 0.9  # geometry tier: rival keyframes verified within this share of the best
RECTIFY = True           # geometry tier: rectify upload frames by verified transforms (``_rectified``)
RECTIFIED_COVER = 0.8    # of the keyframes' match's upload time, for the rectified segments to be kept
ANCHOR_SLACK = 2.0       # s: a verified pair this near a rectified alignment's line and segments
                         # anchors it (``_anchored``): keyframes 1 s apart, on still footage
                         # a neighbour of the copied moment verifies as well
PICTURE_WEIGHT = 0.5     # of the best verified pair's weight: pairs this heavy say which still
                         # pictures a copy goes through (``_goes_on``)
DENSE_UNLESS_COVERED = 0.9   # dense keyframes are searched unless a match covers this share of the upload
COPIED_SCORE = 0.95      # a global match this strong, where the upload's whole frame is its
COPIED_BITS = 12         # original's (within this many bits), leaves those keyframes unsearched
COPIED_MARGIN = 0.5      # s: only this far inside the match's segments (``_copied_frames``)
KEYFRAME_ISLAND = 2.5        # s: verified keyframes this far past a run still extend it: a run
                             # bridges one 1-a-second keyframe that verified nothing (2 s), not
                             # two (3 s); align's ISLAND_GAP (1 s) cut the combo q0135's last
                             # keyframes off its line (docs/matching.md, issue 15)
EVERY_FRAME_ISLAND = 1.1     # s: an upload's every frame meets the original's keyframes a second
                             # apart give or take a frame (0.96-1.04 s), over align's ISLAND_GAP
STILL_SPAN = 1.0             # s: an original's instant is still if its picture is the one it
STILL_BITS = 2               # shows this much later (or earlier, at its end), every code within
                             # this many bits (``stillness``): align's near-ties (``Stillness``)
UPLOAD_STILL_BITS = 6        # bits: an upload frame some of whose codes that meet an original lie
                             # this near a code of the first frame of a run that meet it shows that
                             # frame's picture (``_one_upload_picture``)
MOVED_BITS = 4               # bits: the original moves under such a run where the codes its
                             # frames meet lie this much further apart than the run's own
FOLLOWS_SHARE = 0.5          # a run whose frames' best moments of the original (anywhere in it)
FOLLOWS_CORRELATION = 0.5    # spread over this share of the stretch the line crosses under it
                             # (their middle half) and at most its inverse, rising with the
                             # upload's time (correlation at least this), follows the original:
                             # a soft copy, not one picture (``_follows``)
MOVING_RADIUS = 6            # bits: a masked code this near an original's masked code is a hit
                             # inside its static layout (``_moving_hits``): at 8 a stacked 9:16
                             # of held_out_16's polar scope on other music rose 0.23 -> 0.53;
                             # at 6 and 7 its copies keep their scores, every negative < 0.1
STILL_INSIDE = 0.9           # of an original's masked codes of a view within ONE_DIMENSIONAL_SLACK
                             # of their majority: what moves inside its layout leaves its codes
                             # still, and its codes tell no rendering from another (``_moving_hits``)
LAYOUT_BITS = 4              # bits: a hit counts in full only where the upload's code is this
                             # much nearer the original's than the original's layout (its
                             # nearest one-dimensional code, ``hashers.layouts``); less, less
                             # (``_beyond_layout``); 0: off
AMBIGUOUS_SPAN = 1.5         # s: an upload keyframe verified at instants of the original further
                             # apart than this says the pairs alone do not tell the moment
AGREE = 0.015                # of the upload keyframe's long side: two pairs' transforms agree where
                             # they land the original keyframe's corners this near (``_one_transform``)
EVERY_PAIR_MOST = 1500       # pairs of keyframes verified at most to find an ambiguous copy's
                             # transform (``Matcher._every_pair``)
OFF_LINE = 1.0               # s: lines as well supported that place the copy this far apart leave
                             # the moment open (``_one_transform``)
CLEAR_LEAD = 1.5             # upload keyframes on the line of one transform, over any other line's
                             # placing the copy elsewhere (``_one_transform``): held_out_14's
                             # scrolling spectrum zoom `q0021` 6 on a line 1 s off, 5 on its own
LOOK_ALIKE = 1 / 3           # of the pairs on the line of one transform: where this many have a
                             # pair of their upload keyframe off the line with the same transform,
                             # it does not tell the moment (``_one_transform``)
RIVAL_SHIFT = 2.0            # s: the rectified frames place a copy where they meet the
RIVAL_STEP = 0.5             # original better than on every line of the same speed this far
RIVAL_COVER = 0.5            # off or more (tried every this many s) that crosses this share of
                             # the original it crosses (``_tells_the_moment``)
CHAIN_CELLS = 1 << 20        # lines x pairs grown at once by ``_chains`` at most
PLACED_COVER = 0.5           # of the upload time all the pairs' match covers: the agreeing pairs'
                             # segments replace its own where they cover this much (``_paired``)
CROWDED_PAIRS = 40           # a candidate keyframe's point pairs among its descriptors' nearest
                             # rows below which, where they do not verify, it is paired again
                             # within itself (``_verified_pair``)
TURNED = (90.0, 180.0, 270.0)  # degrees: the geometry tier's last pass, where nothing matched at
                             # the default, verifies transforms that turn the picture this far
                             # (give or take ``verify.MAX_TURN``): a copy turned in its pixels
CASCADE_STEP = 2             # geometry passes of an upload nothing matched at the default: every
CASCADE_FROM = 8             # this many-th of its keyframes searched first, the rest only if one
                             # of those verified with some original; only with this many keyframes
                             # searched or more (``_Geometry._cascaded``; docs/matching.md, *Scan
                             # CPU at stop 40*)
INK_AGREEMENT = 0.5          # of the ink a typed or drawn screen recording shows at a code's
                             # frame that an upload frame meeting that code must show too
                             # (``_inked_hits``)
CONTENT_BITS = 14            # bits of 64: a global match whose upload frames' content-region codes
                             # lie further than this (median; each view turned and scaled a little,
                             # the nearest counting: ``content.jittered``) from the original's at the
                             # moments its segments map them to shows another picture in the same
                             # tool's frame (``_content_distance``), where its views are boxes inside
                             # the upload: held_out_24's true copies `hh_mummy_ticker` framed 9:16 6,
                             # `hh_potato_phone` on a 9:16 canvas 8, a generated reaction turned
                             # 2.5 degrees and zoomed 5 % in a box 12; the same title bar and face
                             # clip around another game on a 9:16 canvas (`q0141`) 23, the same slide
                             # around another gradient framed 9:16 (`low_detail_0`, `q0267`) 17
WHOLE_CONTENT_BITS = 19      # the same where most of its views are the whole upload (``INNER_SHARE``):
                             # a whole view is where a turned, zoomed or cropped copy lives, so it is
                             # given more room: held_out_24's `q0053` (`hh_mummy_ticker` turned 2.5
                             # degrees, filled) 15, a generated one 8; another clip in the generated
                             # reaction frame 24 (frames50)
INNER_SHARE = 0.8            # of the upload's frame: a view of a rectangle this large or larger is
                             # the whole upload, not a box the content moved into
CONTENT_SLACK = 0.3          # s: the original's content codes this near the instant a match's
                             # segment maps an upload view to are compared
MIN_CONTENT_VIEWS = 3        # upload views at least on the match's segments to judge it by
STILL_SCORE = 0.55           # either tier's match with a drawn still picture (``layout.still``:
                             # a screen recording whose pointer alone moves) scores at most this:
                             # found, and a person decides (the policy reviews under 0.6); its
                             # codes and keypoints cannot tell the program's other screens from
                             # it (docs/matching.md, *Still screen recordings at stop 44*)
SMOOTH_MIN_FRAMES = 8        # a global match's frames in its best-hit view, at least, to tell
                             # what moves in it (``_smooth_inside``)
SMOOTH_MIN_SIDE = 16         # px of the upload's small pictures: what moves inside the view
                             # (eroded by a hash-input cell) this small or less is not judged
SMOOTH_TILES = 0.5           # of what moves' tiles: flat (``fingerprint.texture`` under
                             # ``MIN_TEXTURE``) at this quantile, a gradient's (``_smooth_inside``)
ONE_WAY_SLOPES = 0.2         # what moves' tiles, at their median: the smaller of their slopes'
                             # two eigen-directions over the larger under this, a picture whose
                             # level lines are lines (a gradient with a sharp colour stop, its
                             # tiles not planes: held_out_21's `q0254` 0.06; soft pictures 0.31+;
                             # ``_slopes_one_way``)
SHOWN_SHARE = 0.5            # of the spots an original keyframe shows in the upload: a keyframe
                             # pair carrying this share at least shows its picture, not a look-alike
TELLING_BITS = 40            # bits of a view's masked codes that differ between its frames (set in
TELLING_SPREAD = 0.05        # over this share of them and under its complement): an original
                             # with fewer in every view has little of its own in what moves
OWN_INLIERS = 8              # inlier spots on an original keyframe's own features (spread over
                             # ``verify.MIN_SPREAD`` of it) by which a pair tells the clip, not
                             # the tool (``Matcher._tells_the_clip``): held_out_21's other clips
                             # in `low_detail_0`'s player 0-4, a 9:16 stacked copy of its news
                             # frame's film (`q0006`) 10-11
OWN_SHARE = 1 / TEMPLATE_REFERENCES   # an original's feature found again at its spot in this
                             # share of the far keyframes a template is learnt from (one of 12)
                             # is not its keyframe's own: a template's switch, bar or label
                             # drawn in some states (``Matcher._tells_the_clip``)
DRAWN_FRAME = 0.5            # of an original's keyframe's spots, at the median keyframe, on its
                             # template (``Template.drawn``): a tool's frame around its picture
                             # (a music player's: 0.79; a hand-held film's 0-0.05), whose pairs
                             # lift a global match only on its own features (``_lift_on_frame``)
CONTENT_INLIERS = 3          # inlier spots inside an original's moving part (its static layout's
                             # first view, one hash-input cell in from the edge of what moves) by
                             # which a geometry-tier pair shows its content, not the tool's frame
                             # round it (``Matcher._beside_the_frame``): held_out_25's other goods
                             # in the same shop and other clips in the same editor 0-1 in every
                             # pair, the copies' best pair 4-13
CONTENT_SHOWN = OWN_INLIERS  # spots an original keyframe shows inside its moving part, landing in
                             # the upload, from which a pair carrying none of them (under
                             # ``CONTENT_INLIERS``) says the upload shows other content in the same
                             # frame: the match is dropped (the copies' best pair 9-13 shown, 4-13
                             # carried)
STANDING_SHARE = 0.5         # of an original's instants whose picture stands still (``stillness``),
                             # at least, for its global matches to wait for a keyframe pair
                             # (``StandingMatch``): held_out_26's phone player round a flash card
                             # 0.81, its workout app round a quiz 0.54; its other hand-held
                             # originals, its duet and its dash-cams 0.00-0.06
STANDING_CARRIED = 0.6       # of the spots its original keyframe shows in the upload, carried by
                             # one verified pair on its segments: a ``StandingMatch`` acts
                             # (``Matcher._carried_at_its_moment``)
HALF_SHOWN = 24              # spots an original keyframe shows in each half of its picture (left
                             # and right, or top and bottom) landing in the upload, at least, for a
                             # pair to say whether it carries one half only (``_one_half_carried``)
HALF_BARE = 0.05             # of one half's shown spots carried at most, while the other half has
HALF_CARRIED = 0.3           # this share carried at least: the pair verified on one half alone;
                             # held_out_26's duet beside other content: the other half 1-2 of 59-70,
                             # its own 42-62 of 67-75 in every pair; its copies' pairs carry both
HALF_PAIRS = 3               # pairs on a match's segments at least carrying the same half bare,
                             # none carrying more of it, before the match is held (a copy under a
                             # broadcast's graphics, held_out_26's `q0086`, carried 3 of 52 left)
CORNER_STAYS = 0.5           # of the frames: a corner found again within CORNER_REACH px of
CORNER_REACH = 2             # its place in this many is the template's, drawn over what moves
                             # (a phone player's buttons over its picture), and does not count
                             # (``_moving_corners``); a film's corners come and go, though grain
                             # dense enough to put one near every pixel in half the frames
                             # counts as staying: its tiles are not planes


@dataclass(frozen=True)
class PlacedMatch(Match):
    """A geometry-tier match whose segments the pairs of one transform placed
    (``Matcher._paired``, ``_one_transform``): where the global tier matched the same original
    off their line, these segments replace its own (``_with_geometry``)."""


@dataclass(frozen=True)
class StillMatch(Match):
    """A global-tier match with a drawn still picture (``layout.still``), its score held at
    ``STILL_SCORE`` at most; ``uncapped``: the score its evidence made, by which the global
    tier still says that the upload's frames show that picture (``_copied_frames``)."""

    uncapped: float = 0.0


@dataclass(frozen=True)
class SmoothMatch(Match):
    """A global-tier match whose evidence, inside the upload's view that met the original, is a
    smooth picture moving in a still frame (``_smooth_inside``: a gradient in a template), its
    score held at ``STILL_SCORE`` at most; ``uncapped``: the score its evidence made."""

    uncapped: float = 0.0


@dataclass(frozen=True)
class LowDetailMatch(Match):
    """A global-tier match made inside its original's static layout (``_moving_hits``: what
    moves in it compared), where what moves sets few bits of its codes (``_tells_little``):
    asked whether its keyframes show the same picture (``Matcher._shown_in_part``)."""


@dataclass(frozen=True)
class StillViewMatch(Match):
    """A global-tier match whose upload view stands still, met inside its original's static
    layout (``_still_view``: a still page, a dialog), its score held at ``STILL_SCORE`` until a
    keyframe pair verifies at its moment (``_released``); ``uncapped``: the score its evidence
    made. Unlike ``StillMatch``, its keyframes are searched (``_copied_frames``)."""

    uncapped: float = 0.0


@dataclass(frozen=True)
class StandingMatch(Match):
    """A global-tier match with an original without a static layout whose picture stands still
    at ``STANDING_SHARE`` of its instants (``Matcher._stands_still``: a picture filmed in a
    tool's frame, a phone player, a workout app): held at ``STILL_SCORE`` until a keyframe pair
    on its segments carries its picture (``Matcher._carried_at_its_moment``); ``uncapped``: the
    score its evidence made.
    Like ``StillViewMatch``, its keyframes are searched (``_copied_frames``) and the later
    passes look again (``_nothing_at_default``)."""

    uncapped: float = 0.0


@dataclass(frozen=True)
class DrawnFrameMatch(Match):
    """A global-tier match with an original without a static layout whose keyframes show no
    features of their own (``Matcher._drawn_only``: every feature is a drawn frame's, found
    again at its spot): held at ``STILL_SCORE`` until a keyframe pair on its own features
    verifies at its moment (``Matcher._told_apart``); ``uncapped``: the score its evidence
    made. Like ``StillViewMatch``, its keyframes are searched (``_copied_frames``)."""

    uncapped: float = 0.0


@dataclass(frozen=True)
class IndexedOriginal:
    """An original as the matcher needs it: who it is and when each of its codes was shown."""

    info: OriginalInfo
    code_times: np.ndarray       # float64 [codes] sample instant of each code
    codes: np.ndarray | None = None   # uint8 [codes, 8]: the geometry tier compares rectified
                                      # upload frames with them (None: it does not)
    layout: StaticLayout | None = None   # what of its picture stays put (``video.layout``):
                                         # global hits count by what moves inside it
    content: ContentRegion | None = None   # what a tool's frame is drawn around
                                           # (``video.content``): a global match stands only
                                           # where it agrees (``Matcher._judge_content``)


class Matcher:
    """Finds the originals an upload copies; ``lookup(keys)`` describes originals by their keys.

    ``index`` may be None when the hits come from elsewhere (``match_hits``): a batch job
    searches its shards where they are loaded and hands the merged hits in.
    """

    def __init__(self, index: FrameIndex | None,
                 lookup: Callable[[Sequence[int]], dict[int, IndexedOriginal]],
                 keypoints: KeypointIndex | None = None):
        self.index = index
        self.lookup = lookup
        self.keypoints = keypoints
        self._one_footage: dict[tuple[int, int], bool] = {}   # per pair of originals, once a job
        self._pictures: dict[int, np.ndarray] = {}   # per original: its keyframes' still pictures
        self._still: dict[str, Stillness | None] = {}   # per original id: where it stands still
        # the upload's verified keyframe pairs, per original id: (upload instant, original
        # instant, share of the original keyframe's shown spots carried: ``VerifiedPair.share``)
        self._paired_at: dict[str, list[tuple[float, float, float]]] = {}
        # per original key: its features found again in a far keyframe, its template's, and
        # whether its keyframes show features of their own (``_tells_the_clip``)
        self._own: dict[int, tuple[np.ndarray, np.ndarray, bool]] = {}
        # per original id: the upload's verified keyframe pairs with it and the keyframes
        # they pair, for a match held as a ``DrawnFrameMatch`` (``_told_apart``)
        self._pairs_with: dict[str, list[tuple[IndexedOriginal, int, Keypoints, VerifiedPair]]] = {}
        # per original key: whether it has no static layout and its keyframes are mostly a
        # drawn frame (``_draws_a_frame``), once a job
        self._frame_drawn: dict[int, bool] = {}
        # the last upload's global matches whose content regions disagree (``_content_held``)
        self._content_apart: set[str] = set()
        # the last upload's keyframes and their still pictures (``_upload_pictures``)
        self._shown: tuple[Keypoints | None, np.ndarray] = (None, np.zeros(0, np.int64))

    def match(self, upload: Fingerprint, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        return self.match_hits(upload, self.index.search(upload.codes, NEIGHBOURS, MATCH_RADIUS),
                               min_score)

    def match_hits(self, upload: Fingerprint, hits: FrameHits,
                   min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        """The matches ``hits`` (``upload``'s codes searched in the index) make, and the
        geometry tier's for originals they do not find at the default threshold.

        The geometry tier runs even when the global codes found some original: a copy of one
        piece of a long video often looks like the video's other pieces to global codes (a
        still shot), and a picture-in-picture or split screen can carry one original full-frame
        and another small. Where both tiers find an original, the global match stays (its
        segments follow 4 frames a second, the geometry tier's 1 keyframe a second), at the
        higher of the two scores.

        A short upload's dense keyframes (``upload.dense``, not described yet) are described
        and searched only when the rest found no match at the default threshold that covers
        ``DENSE_UNLESS_COVERED`` of the upload: they are half of all keyframes searched, and
        they are used only where the 1-a-second keyframes make no match. An upload whose
        picture is redrawn every frame (``upload.every_frame``: a music visualiser) gets its
        first seconds' every frame searched instead, where no match reached the default
        threshold at all.

        Keyframes all of whose picture the global tier already places in one original
        with confidence (``_copied_frames``) are not searched: a fifth of the real suite's, and
        the keypoint search is the largest part of a scan after decoding; nor described, where
        they wait for it (``Fingerprint.waiting``: ``_described``).

        Where all that makes no match at the default threshold, the geometry tier runs again
        on the upload flipped left to right (``Fingerprint.mirrored``), its dense keyframes
        and every frame only if its flipped keyframes verify with some original: describing
        and searching them once more is paid by uploads that match nothing (most of them
        unrelated), not by the copies found before.

        Where even that makes no match at the default threshold, a short upload's dense
        keyframes are described again with more features (``_richer_dense_matches``), and
        where that makes none either, the keyframes and dense keyframes are described again
        with their features spread over the picture (``Fingerprint.spread_out``: text burnt in
        over a copy takes a keyframe's strongest corners), last, so that an upload some other
        pass finds is found as before.

        Where nothing at all makes a match at the default threshold, the upload's whole views
        turned a quarter, half and three quarters (``Fingerprint.turned``) are matched by the
        global tier (``_turned_matches``), and where that makes none either, last, the
        keyframes' pairs are verified again with transforms turned so far (``TURNED``); what
        only these find has tier ``turned``."""
        searched, all_hits = upload, hits
        self._paired_at = {}
        self._pairs_with = {}
        self._content_apart = set()
        upload, hits = _as_shown(upload, hits)
        found = {match.original: match
                 for match in self._global_matches(upload, hits, min_score)}
        copied = self._copied_frames(upload, hits, found)
        upload = self._described(upload, copied)
        # every keypoint search's answers, for a later pass that describes some of the same
        # features again (panels, richer dense keyframes, the spread-out pass)
        answers: list[Answers] | None = [] if self.keypoints is not None else None
        # an upload the global tier matched nothing in at the default threshold (most often an
        # unrelated one): its keyframes searched in a cascade (``_Geometry._cascaded``), as in
        # every later pass, which run only where nothing matched so
        matches = self._with_geometry_tier(upload, found, min_score, copied, answers=answers,
                                           cascade=_nothing_at_default(found))
        if (upload.keyframes is not None and self.keypoints is not None
                and _nothing_at_default(matches)):
            # a mirrored copy that only the geometry tier can place (padded, cropped, framed,
            # a redrawn visualiser): its keyframes meet the original's only flipped back
            # (``Fingerprint.mirrored``); the global tier searched every view mirrored already
            matches = self._with_geometry_tier(upload.mirrored(describe=False), matches, min_score,
                                               unless_unverified=True, cascade=True)
        if (upload.dense is not None and upload.every_frame is None
                and upload.keypoints is not None and self.keypoints is not None
                and _nothing_at_default(matches)):
            matches = _with_geometry(matches, self._richer_dense_matches(
                upload, min_score, copied, answers))
        if (upload.keyframes is not None and upload.keypoints is not None
                and self.keypoints is not None
                and _nothing_at_default(matches)):
            # big text burnt in over the copy took every keyframe's strongest corners: the
            # keyframes (and dense keyframes) described again with their features spread
            # over the picture (``Fingerprint.spread_out``), last, so that an upload some other
            # pass finds is found as before
            matches = self._with_geometry_tier(upload.spread_out(describe=False), matches, min_score,
                                               answers=answers, cascade=True)
        if (upload.keyframes is not None and self.keypoints is not None
                and _nothing_at_default(matches)):
            matches = self._screen_flattened_matches(upload, matches, min_score)
        if (upload.panels is not None and self.keypoints is not None
                and _nothing_at_default(matches)):
            # a framed 9:16 copy's title and captions took the votes of its keyframes'
            # features, panels joined in: each part searched alone proposes its own original's
            # keyframes (``Fingerprint.parts_apart``), last; a match only with its segments in
            # the original's order (``_in_order``)
            for alone in upload.parts_apart():
                matches = _with_geometry(matches, [
                    match for match in self._with_geometry_tier(alone, {}, min_score,
                                                                cascade=True).values()
                    if _in_order(match)])
                if not _nothing_at_default(matches):
                    break
        if searched.turns is not None and _nothing_at_default(matches):
            matches = _with_geometry(matches, self._turned_matches(searched, all_hits, min_score))
        if (upload.keypoints is not None and self.keypoints is not None
                and _nothing_at_default(matches)):
            # the same keyframes' pairs verified turned a quarter, half or three quarters:
            # ORB's descriptors turn with the picture, the transform's limit did not; their
            # searches' answers are the first pass's (``answers``)
            turned_found = self._with_geometry_tier(
                replace(upload, panels=None), {}, max(min_score, DEFAULT_MIN_SCORE), copied,
                unless_unverified=True, answers=answers, cascade=True, turns=TURNED)
            matches = _with_geometry(matches, [replace(match, tier="turned")
                                               for match in turned_found.values()])
        matches = {original: self._lift_on_frame(match, found.get(original))
                   for original, match in matches.items()}
        held = (_smooth_held_at_last(self._released(self._carried_at_its_moment(match)), min_score)
                for match in matches.values())
        held = (self._shown_in_part(match, min_score) for match in held if match is not None)
        held = (self._told_apart(match) for match in held if match is not None)
        held = (self._content_held(match, min_score) for match in held if match is not None)
        held = (self._beside_a_half(match, min_score) for match in held if match is not None)
        return sorted((match for match in held if match is not None),
                      key=lambda match: -match.score)

    def _turned_matches(self, upload: Fingerprint, hits: FrameHits,
                        min_score: float) -> list[Match]:
        """The global tier's matches of ``upload`` turned by each of ``TURNS`` (``hits``: of
        all its codes) at the default threshold or over, the strongest of each original.

        Only where nothing else matched: a turned view is three more chances for an unrelated
        frame to meet an original, and every copy not turned is found by what it shows. Not
        under the default threshold, even where ``min_score`` asks: a weak candidate only turned
        is noise, and asking for them cost 70 ms an upload beside the 1 000-original catalogue
        (3 ms at the default). Tier ``turned``: the default policy has a person decide (rule
        ``turned_only``)."""
        best: dict[str, Match] = {}
        for quarters in TURNS:
            rows = np.flatnonzero(upload.turns == quarters)
            if not len(rows):
                continue
            for match in self._global_matches(upload.turned(quarters), hits.take(rows),
                                              max(min_score, DEFAULT_MIN_SCORE)):
                if match.original not in best or match.score > best[match.original].score:
                    best[match.original] = replace(match, tier="turned")
        return list(best.values())

    def _with_geometry_tier(self, upload: Fingerprint, found: dict[str, Match], min_score: float,
                            copied: np.ndarray | None = None,
                            unless_unverified: bool = False,
                            answers: list[Answers] | None = None,
                            cascade: bool = False,
                            turns: tuple[float, ...] = (0.0,)) -> dict[str, Match]:
        """``found`` with the geometry tier's matches of ``upload`` (``match_hits``) added:
        its keyframes but the ``copied`` ones, then its dense keyframes, every frame or split
        screen's panels where those make no match; ``unless_unverified``: those three only if
        a keyframe verified with some original.

        The mirrored pass asks that: a flipped copy's 1-a-second keyframes verify with its
        original at least once (held_out_4's `q0073` once, `q0064` 5 times, `q0072` 22), an
        unrelated upload's flipped keyframes next to never (2 of held_out_4's 54 negatives),
        and the dense keyframes and every frame were 3/4 of what the pass cost them.
        ``answers``: where to keep the keypoint searches' answers for a later search of the
        same descriptors (``_Geometry``). ``cascade``: the keyframes and the panels searched in a
        cascade (``_Geometry._cascaded``). ``turns``: how far (degrees) the keyframes' and dense
        keyframes' transforms may turn the picture, give or take ``verify.MAX_TURN``."""
        geometry = _Geometry(self, upload, min_score, copied,
                             answers=(answers if answers is not None
                                      else [] if upload.panels is not None else None),
                             cascade=cascade, turns=turns)
        upload = geometry.upload        # its keyframes described (``_described_cascade``)
        matches = _with_geometry(found, geometry.matches())
        if unless_unverified and not geometry.verified:
            return matches
        if upload.keypoints is None or _covered(matches.values(), DENSE_UNLESS_COVERED):
            pass
        elif upload.every_frame is not None:
            # a picture redrawn every frame: a 4-a-second sample meets the original's
            # keyframes only by chance, every frame of the upload's first seconds meets them;
            # decoded again and described at every frame, so only where nothing matched
            if _nothing_at_default(matches):
                matches = _with_geometry(matches, self._every_frame_matches(upload, min_score,
                                                                            turns))
        elif upload.dense is not None:
            geometry.add_dense()
            matches = _with_geometry(found, geometry.matches())
        if upload.panels is not None and _nothing_at_default(matches):
            # a split screen's panels, described on their own, where nothing matched: the
            # other panel's corners may have taken the keyframes' features (``Panels``)
            matches = _with_geometry(matches, self._panel_matches(upload, matches, min_score,
                                                                  geometry.answers, cascade))
        return matches

    def _screen_flattened_matches(self, upload: Fingerprint, matches: dict[str, Match],
                                  min_score: float) -> dict[str, Match]:
        """``matches`` with the geometry tier's matches of the monitor ``upload`` films,
        flattened (``Fingerprint.screen_flattened``), where its keyframes show one; its dense
        keyframes only if a flattened keyframe verified with some original (as the mirrored
        pass). A pair found so is verified and held as any other (templates, layouts, low
        detail): only the picture it is described from differs; and a match only this pass
        makes counts from ``FLATTENED_SCORE`` (filmed49, stop 49): on held_out_24 the copies
        it found met their originals at 0.9998 (`q0013`, filmed), 0.997 (`q0058`, a
        picture-in-picture window on dark ground) and 0.68 (`q0015`, a dark clip filmed), and
        the negative `q0389` (the reaction video's frame around another game, filmed) met
        `reaction_bomber` at 0.68 on the reactor's face box, the same footage as the original's."""
        flattened = upload.screen_flattened()
        if flattened is None:
            return matches
        found = self._with_geometry_tier(flattened, matches, min_score, unless_unverified=True,
                                         cascade=True)
        kept = dict(matches)
        for original, match in found.items():
            if match is not matches.get(original) and match.score >= FLATTENED_SCORE:
                kept[original] = match
        return kept

    def _richer_dense_matches(self, upload: Fingerprint, min_score: float,
                              copied: np.ndarray | None, answers: list[Answers]) -> list[Match]:
        """The geometry tier's matches with a short upload's dense keyframes described again
        with ``DENSE_FEATURES`` each, where nothing else made a match (``match_hits``).

        Overlaid text's pixel-sharp corners took all 500 features of every keyframe of
        held_out_5's text overlay `q0067`, none left on the screencast it covers; with 1000
        they reach it (1.000). Described so at once, the extra features' votes pushed the
        right original keyframe out of the candidates of held_out_2's zoom `q0022` (0.937 ->
        0.008), so only where the 500 made no match (docs/matching.md, *Short pieces (stop
        30)*); and after the split screen's panels and the mirrored pass, which it would
        otherwise pre-empt: beside the catalogue it found the combo `q0135` at 0.709 where
        the panels find it at 0.978 (*Short pieces (stop 31)*). ``answers``: the first
        search's, whose descriptors are not searched again."""
        richer = _Geometry(self, replace(upload, dense=upload.dense.with_features(DENSE_FEATURES)),
                           min_score, copied, answers=answers)
        richer.add_dense()
        return richer.matches()

    def _panel_matches(self, upload: Fingerprint, matches: dict[str, Match],
                       min_score: float, answers: list[Answers] | None = None,
                       cascade: bool = False) -> list[Match]:
        """The geometry tier's matches with the upload's split-screen panels described (here:
        most uploads with panels match without them) among its keyframes' features
        (``Fingerprint.with_panels``), its dense keyframes' too unless the 1-a-second ones make
        a match that covers the upload. ``answers``: the keyframes' searches (``_Geometry``),
        whose descriptors are not searched again."""
        panels = upload.panels.described()
        if not len(panels):
            return []       # no panel holds features of its own: the keyframes' were searched
        geometry = _Geometry(self, upload.with_panels(panels), min_score, answers=answers,
                             cascade=cascade)
        found = geometry.matches()
        if geometry.upload.dense is not None and not _covered(
                [*matches.values(), *found], DENSE_UNLESS_COVERED):
            geometry.add_dense()
            found = geometry.matches()
        return found

    def _copied_frames(self, upload: Fingerprint, hits: FrameHits,
                       found: dict[str, Match]) -> np.ndarray | None:
        """Per sampled frame of ``upload``: whether a global match of ``COPIED_SCORE`` or more
        covers it (``COPIED_MARGIN`` inside one of its segments) and a view of all the frame
        shows (``Fingerprint.whole``: inside any padding, or the whole frame; as is or
        mirrored) is within ``COPIED_BITS`` of one of that original's codes; None if no frame
        is. The keypoint search adds nothing there: the frame shows that original and nothing
        beside it. A split screen's or a picture-in-picture's frame is neither original's, so
        their keyframes are still searched for the other picture; an upload that copies a
        piece, the rest of its keyframes."""
        confident = [match for match in found.values()
                     if _evidence_score(match) >= COPIED_SCORE and match.segments]
        if upload.whole is None or not confident or not hits.originals.shape[1]:
            return None
        rows = np.flatnonzero(upload.whole)
        row, column = np.nonzero((hits.distances[rows] <= COPIED_BITS)
                                 & (hits.originals[rows] >= 0))
        if not len(row):
            return None
        frames, keys = upload.frame_of[rows[row]], hits.originals[rows[row], column]
        ids = {int(key): original.info.id
               for key, original in self.lookup(np.unique(keys).tolist()).items()}
        copied = np.zeros(len(upload.times), bool)
        for match in confident:
            mine = [key for key, id_ in ids.items() if id_ == match.original]
            if not mine:
                continue
            shown = np.zeros(len(upload.times), bool)
            shown[frames[np.isin(keys, mine)]] = True
            for segment in match.segments:
                copied |= shown & ((upload.times >= segment.upload_start + COPIED_MARGIN)
                                   & (upload.times <= segment.upload_end - COPIED_MARGIN))
        return copied if copied.any() else None

    def _described(self, upload: Fingerprint, copied: np.ndarray | None) -> Fingerprint:
        """``upload`` with its waiting keyframes (``Fingerprint.waiting``) described but those
        the geometry tier will not search: whose nearest sampled frame is ``copied``, or all of
        them without a keypoint index. The geometry tier searches them as if described at once:
        a keyframe's pairs depend on its own descriptors alone, and one alone in its second is
        the 1-a-second grid's whether described or not."""
        if upload.waiting is None:
            return upload
        times = np.asarray(upload.waiting.times)
        if self.keypoints is None:
            return upload.described(np.ones(len(times), bool))
        return upload.described(None if copied is None else copied[_nearest(upload.times, times)])

    def _every_frame_matches(self, upload: Fingerprint, min_score: float,
                             turns: tuple[float, ...] = (0.0,)) -> list[Match]:
        """The geometry tier's matches from the upload's every frame (``upload.every_frame``),
        its transforms turning the picture by ``turns`` (``_with_geometry_tier``)."""
        if self.keypoints is None:
            return []
        every = upload.every_frame.described()
        if not len(every):
            return []
        frames = replace(upload, keypoints=every, dense=None, every_frame=None)
        return _Geometry(self, frames, min_score, every_frame=True, turns=turns).matches()

    def geometry_matches(self, upload: Fingerprint, min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
        """Matches from the upload's keyframe features, verified geometrically (the dense
        keyframes of a short upload described too).

        Two ways to a match, the stronger kept: the verified keyframe pairs themselves, aligned
        and decided like frame hits (one hit per pair, ``MIN_FRAMES`` keyframes needed); and,
        from a single verified pair on, the upload's frames rectified by the verified transforms
        and compared with the original's global codes (``_rectified``), which give every
        sampled frame its exact place in the original."""
        return _Geometry(self, upload.with_dense(), min_score).matches()

    def _paired(self, upload: Fingerprint, original: IndexedOriginal, key: int, pairs: list,
                rectify: bool, min_score: float, island_gap: float = KEYFRAME_ISLAND) -> Match | None:
        """The match ``pairs`` (verified keyframe pairs with one original) make: aligned as
        frame hits, or through the upload's frames rectified by their transforms."""
        if not pairs:
            return None
        found = self._paired_once(upload, original, key, pairs, rectify, min_score, island_gap)
        if found is None or not _ambiguous(pairs, self.keypoints.originals[key].times):
            return found
        others = _by_middle_kept(self._every_pair(upload.keypoints, key, pairs), original)
        agreeing = _one_transform(pairs + others,
                                  upload.keypoints.times, self.keypoints.originals[key],
                                  upload.keypoints.size)
        if agreeing is None:
            return found
        # the keyframes' own line: rectified frames of a film of one picture meet its codes
        # at many moments as well
        placed = self._paired_once(upload, original, key, agreeing, False, 0.0, island_gap)
        if (placed is None or placed.coverage_upload < PLACED_COVER * found.coverage_upload
                or _on_its_line(found, placed)):
            return found
        # all the pairs say how likely a copy it is (the rectified frames of one crop of a
        # hand-held film meet few codes: the rest of the original's frame is not in the
        # upload), the pairs that agree say where it lies
        return PlacedMatch(**{**{field.name: getattr(placed, field.name) for field in fields(placed)},
                              "score": found.score})

    def _every_pair(self, upload: Keypoints, key: int, pairs: list) -> list:
        """The verified pairs of every upload keyframe of ``pairs`` with every keyframe of
        original ``key`` that ``pairs`` do not hold already, each pair of keyframes paired
        within itself (``KeypointIndex.paired_each``), none where that makes more than
        ``EVERY_PAIR_MOST`` pairs of keyframes to verify.

        The search hands each upload keyframe its ``CANDIDATES`` (4) original keyframes with
        the most votes; along a hand-held film of one photograph every keyframe gets about as
        many, and the keyframes a copy shows are often not among them (a filmed screen of
        3-9 s of such a film verified only with keyframes 0-4 s)."""
        original = self.keypoints.originals[key]
        frames = sorted({pair.upload_frame for pair in pairs})
        held = {(pair.upload_frame, pair.original_frame) for pair in pairs}
        turns = tuple({_quarter(pair.turn) for pair in pairs})    # a turned copy's (``TURNED``)
        if len(frames) * len(original.times) > EVERY_PAIR_MOST:
            return []
        added = []
        for frame in frames:
            numbers = [number for number in range(len(original.times)) if (frame, number) not in held]
            for pair in self.keypoints.paired_each(upload, frame, key, numbers):
                verified = verify(pair, original, upload.size, turns, self.keypoints.template(key))
                if verified is not None:
                    added.append(verified)
        return added

    def _paired_once(self, upload: Fingerprint, original: IndexedOriginal, key: int, pairs: list,
                     rectify: bool, min_score: float, island_gap: float) -> Match | None:
        """``_paired`` of these ``pairs`` as they are."""
        found = None
        if len({pair.upload_frame for pair in pairs}) >= MIN_FRAMES:
            alignments = align(keyframe_matches(upload, self.keypoints.originals[key], pairs),
                               upload.duration, original.info.duration, 1.0 / KEYFRAME_FPS,
                               WIDE_SPEEDS, island_gap, shown_times(upload),
                               self._stillness(original))
            found = decide(original.info, self._placed(key, alignments, upload, pairs),
                           upload.duration, min_score)
        if rectify and original.codes is not None:
            rectified = self._rectified(upload, original, key, pairs, min_score)
            if rectified is not None and (found is None or _places_better(rectified, found)):
                # the rectified frames' segments follow 4 frames a second, not 1 keyframe
                found = (rectified if found is None
                         else replace(rectified, score=max(rectified.score, found.score)))
        return found

    def _rectified(self, upload: Fingerprint, original: IndexedOriginal, key: int, pairs: list,
                   min_score: float) -> Match | None:
        """The match the upload's frames make with ``original``'s global codes (keypoint
        index key ``key``) once warped back into its frame by the verified transforms (each
        frame by the transform of the nearest verified keyframe in time, the pair with most
        inliers there), on the lines of the verified pairs only (``_anchored``), a still
        picture's likeness counted once as the keyframes' own alignments count it (``_placed``).

        Two slides of one template are near-equal codes: a foreign slide warped onto a
        registered slide by a transform verified on the shared title word meets it, and every
        slide of the deck like it, at each of its frames (`deck_negatives.py`: two foreign
        decks at 0.59 and 0.60 through the rectified frames alone, docs/matching.md, *Still
        pictures in the rectified frames*)."""
        original_keypoints = self.keypoints.originals[key]
        original_size = original_keypoints.size
        best: dict[int, object] = {}
        for pair in pairs:
            if pair.upload_frame not in best or pair.inliers > best[pair.upload_frame].inliers:
                best[pair.upload_frame] = pair
        key_frames = sorted(best)
        key_times = upload.keypoints.times[key_frames]
        height, width = upload.pictures.shape[1:]
        to_pictures = np.diag([width / upload.keypoints.size[0], height / upload.keypoints.size[1]])
        transforms = np.stack([to_pictures @ best[frame].matrix for frame in key_frames])
        nearest = np.abs(upload.times[:, None] - key_times[None, :]).argmin(axis=1)
        layout = original.layout if _has_layout(upload, original) else None
        codes, frame_of = rectified_codes(upload.pictures, transforms[nearest], original_size,
                                          None if layout is None else layout.static)
        if not len(codes):
            return None
        if layout is None:
            radius = MATCH_RADIUS
            rows, code_numbers, distances = _close_codes(codes, original.codes, radius)
        else:       # what moves inside the layout, view against view (``_moving_hits``)
            radius = MOVING_RADIUS
            rows, code_numbers, distances = _moving_pairs(codes, layout)
        if not len(rows):
            return None
        frames = frame_of[rows]
        original_times = original.code_times[code_numbers]
        weights = ((radius + 1 - distances) / (radius + 1)) ** CLOSENESS_POWER
        weights = weights * _timing_weights(frames, distances, original_times)
        hits = FrameMatches(upload.times[frames], original_times, weights)
        alignments = align(hits, upload.duration, original.info.duration, 1.0 / UPLOAD_SAMPLE_FPS,
                           WIDE_SPEEDS, shown=shown_times(upload), still=self._stillness(original))
        anchors = (upload.keypoints.times[[pair.upload_frame for pair in pairs]],
                   original_keypoints.times[[pair.original_frame for pair in pairs]])
        anchored = [alignment for alignment in alignments if _anchored(alignment, *anchors)]
        if key not in self._pictures:
            self._pictures[key] = pictures(original_keypoints)
        frames = np.array([pair.upload_frame for pair in pairs])
        # where the verified keyframes do not place the copy themselves, the rectified frames
        # must tell its moment (a template's pairs: one or two keyframes on any line)
        anchored = [alignment for alignment in anchored
                    if len(np.unique(frames[_on_line(alignment, *anchors)])) >= MIN_FRAMES
                    or _one_still_picture(alignment, original_keypoints.times, self._pictures[key])
                    or _tells_the_moment(alignment, hits, original.info.duration)]
        if not anchored:
            return None
        return decide(original.info, self._placed(key, anchored, upload, pairs, rectified=True),
                      upload.duration, min_score)

    def _placed(self, key: int, alignments: list[Alignment], upload: Fingerprint,
                pairs: list, rectified: bool = False) -> list[Alignment]:
        """The keyframes' own ``alignments`` with original ``key``, from verified keyframe
        ``pairs``, or the ``rectified`` frames': as they are where the pairs go from one still
        picture of the original to another along one line (``_goes_on``), else each that lies
        on still pictures counting as the best of them alone (``_one_picture_evidence``),
        unless it is a rectified alignment whose own frames go from picture to picture: the
        rectified frames are four a second, and a copy's later slides may verify more weakly
        than half its best pair, yet its warped frames meet them along the line
        (`deck_negatives.py`'s crop of `deck151`)."""
        original = self.keypoints.originals[key]
        if key not in self._pictures:
            self._pictures[key] = pictures(original)
        numbers = self._pictures[key]
        weights = np.array([pair.weight for pair in pairs], np.float64)
        strong = weights >= PICTURE_WEIGHT * weights.max()
        if _goes_on(upload.keypoints, np.array([pair.upload_frame for pair in pairs])[strong],
                    numbers[[pair.original_frame for pair in pairs]][strong],
                    original.times, numbers):
            return alignments
        placed = []
        for alignment in alignments:
            once = _one_picture_evidence(alignment, original.times, numbers)
            placed.append(alignment if once is not alignment and rectified and _line_goes_on(
                alignment, upload.keypoints, self._upload_pictures(upload.keypoints),
                original.times, numbers) else once)
        return placed

    def _stillness(self, original: IndexedOriginal) -> Stillness | None:
        """``stillness`` of ``original``, once a job (None without its codes); of what moves
        inside its static layout where it has one (a meter's bars stand still or not, its
        axes always), of its codes where all of its picture is static (``layout.learn``: what
        moves there is the tool's clock)."""
        if original.info.id not in self._still:
            codes = (original.codes if original.layout is None or original.layout.clock
                     or original.layout.still or original.layout.ink is not None
                     else original.layout.codes)
            self._still[original.info.id] = (None if codes is None
                                             else stillness(original.code_times, codes))
        return self._still[original.info.id]

    def _released(self, match: Match) -> Match:
        """``match`` at the score its evidence made where it is a ``StillViewMatch`` and one of
        the upload's verified keyframe pairs with its original lies on one of its segments
        (within ``ANCHOR_SLACK`` of both ends' instants): a copy of a still slide verifies on
        its text where it is copied; a foreign page on a deck's layout (held_out_21's `q0129`,
        the globe program's settings dialog on the lecture deck `low_detail_1`) verifies
        nowhere."""
        if not isinstance(match, StillViewMatch):
            return match
        if self._pairs_on(match):
            return replace(match, score=max(match.score, match.uncapped))
        return match

    def _carried_at_its_moment(self, match: Match) -> Match:
        """A ``StandingMatch`` at the score its evidence made where one of the upload's
        verified keyframe pairs on its segments carries ``STANDING_CARRIED`` of the spots its
        original keyframe shows in the upload (``VerifiedPair.share``): the still picture
        itself, not only the tool's frame round it. Else the geometry tier's match where that
        lifted it (a review, ``geometry_only``), else held at ``STILL_SCORE``.

        held_out_26's copies of `hh_flashcard_phone` and `fitness_quiz` found by the global
        tier carry 0.75-0.92 in their best pair; the same phone player round the program's
        other window 0.20-0.29, the same workout app round other clips 0.27-0.53 (a quiz of
        the same program, the most)."""
        if not isinstance(match, StandingMatch):
            return match
        if any(share >= STANDING_CARRIED for share in self._pairs_on(match)):
            return replace(match, score=max(match.score, match.uncapped))
        if match.score > STILL_SCORE:
            return replace(match, tier="geometry")
        return match

    def _pairs_on(self, match: Match) -> list[float]:
        """Of the upload's verified keyframe pairs with ``match``'s original that lie on one of
        its segments (within ``ANCHOR_SLACK`` of both ends' instants), the share of its
        original keyframe's shown spots each carries (``VerifiedPair.share``)."""
        return [share for upload_time, original_time, share
                in self._paired_at.get(match.original, ())
                if _on_segments(match, upload_time, original_time)]

    def _shown_in_part(self, match: Match, min_score: float) -> Match | None:
        """``match`` held at ``STILL_SCORE`` (None where that is under ``min_score``) where it
        is a global match inside the static layout of an original whose masked codes tell
        little (``LowDetailMatch``) and the upload's keyframes verified at its moments, yet
        none of those pairs carries ``SHOWN_SHARE`` of the spots its original keyframe shows in
        the upload: the keyframes see another picture in the same frame.

        A lecture deck's slide is a title over lines of small letters on a plain ground: its
        hash input at 32x32 sees the title, and the deck with other words under a title it
        happens to share met it 2-4 bits off in what moves (held_out_22's `q0248`, a
        re-encoded negative, 0.61 global, lifted to 0.99 by its keyframes and demoted). Those
        keyframes verified on the title and a few letters alike: 42-52 inlier spots, 0.32-0.42
        of what the original keyframe shows; a copy shows the letters too. A degraded copy (240
        lines, crf 35) carries as little of a busy original's keyframes (held_out_22's streamer
        overlay, 0.29-0.38), hence only originals whose codes tell little are asked
        (docs/matching.md, *Another page in the same frame at stop 47*)."""
        if not isinstance(match, LowDetailMatch) or match.score <= STILL_SCORE:
            return match
        shares = self._pairs_on(match)
        if not shares or max(shares) >= SHOWN_SHARE:
            return match
        return _at_most_still(match, min_score)

    def _tells_the_clip(self, original: IndexedOriginal, key: int, pairs: list,
                        upload: Keypoints) -> bool:
        """Whether verified ``pairs`` of ``upload``'s keyframes with ``original`` (keypoint
        index key ``key``) can tell a copy of it from another clip its rendering tool made: it
        has a static layout (the rectified frames are compared inside it, ``_rectified``), its
        keyframes show ``MIN_INLIERS`` spots of their own at their median (its picture has
        features: main's still-camera tree, 26, whose copies verify on few of them), or one
        pair holds ``OWN_INLIERS`` inlier spots on its original keyframe's own features
        (not found again at their spot in any far keyframe, ``OWN_SHARE``, nor next to a spot
        where its template draws in any keyframe, ``_near_spots``), spread over
        ``verify.MIN_SPREAD`` of the keyframe's width and height, or lies on a keyframe that
        draws fewer template spots than that (``template_features``: no tool's frame to
        verify on).

        A tool that renders a smooth picture (a colour gradient) inside a player draws the
        player's features, and its switches, progress bar and labels in a few states each:
        those are all its keyframes' features (held_out_21's `low_detail_0`: 1-32 of a
        keyframe's ~145 spots its own, ~100 template; its own where the picture passes under
        the switches' rings). A pair verified there holds 12-22 inliers off the template, on
        those switches, 0-4 on its own features, and other clips in the same player verify as
        well (held_out_21: other gradients, a night sky, at 0.62-1.0); with no layout, the
        rectified frames' whole codes are the player's too. Such a match says which tool made
        the upload, not which clip (docs/matching.md, *Low-detail originals at stop 46*)."""
        if original.layout is not None:
            return True
        keypoints = self.keypoints.originals[key]
        if key not in self._own:
            recurring = template_features(keypoints, OWN_SHARE)
            own = np.median([_spots(keypoints.points[(keypoints.frame_of == frame) & ~recurring])
                             for frame in range(len(keypoints.times))])
            self._own[key] = (recurring, self.keypoints.template(key).drawn,
                              bool(own >= MIN_INLIERS))
        if self._own[key][2]:
            return True         # a picture with features of its own: a film, a still camera
        return any(self._on_own_features(key, pair, upload) for pair in pairs)

    def _on_own_features(self, key: int, pair: VerifiedPair, upload: Keypoints) -> bool:
        """Whether verified ``pair`` of ``upload``'s keyframe with original ``key``'s holds
        ``OWN_INLIERS`` inlier spots on its original keyframe's own features, spread over
        ``verify.MIN_SPREAD`` of its width and height, or lies on a keyframe that draws fewer
        template spots than that (``_tells_the_clip``; ``_own`` learnt)."""
        keypoints = self.keypoints.originals[key]
        recurring, drawn, _ = self._own[key]
        mine = keypoints.frame_of == pair.original_frame
        if _spots(keypoints.points[mine & drawn]) < MIN_INLIERS:
            return True
        inliers = self._pair_inliers(key, pair, upload)
        own = inliers[~_at_spots(inliers, keypoints.points[mine & recurring])
                      & ~_near_spots(inliers, keypoints.points[drawn])]
        return bool(_spots(own) >= OWN_INLIERS and np.all(
            np.ptp(own, axis=0) >= MIN_SPREAD * np.array(keypoints.size)))

    def _draws_a_frame(self, original: IndexedOriginal, key: int) -> bool:
        """Whether ``original`` (keypoint index key ``key``) has no static layout and its
        median keyframe has ``DRAWN_FRAME`` of its spots on its template (``Template.drawn``):
        a tool (a music player, a news frame) drew most of what its keyframes show, around a
        picture whose own features are few. Learnt once a job, like ``_own``."""
        if key not in self._frame_drawn:
            keypoints = self.keypoints.originals[key]
            drawn = self.keypoints.template(key).drawn
            shown = [keypoints.frame_of == frame for frame in range(len(keypoints.times))]
            shares = [_spots(keypoints.points[mine & drawn])
                      / max(_spots(keypoints.points[mine]), 1) for mine in shown]
            self._frame_drawn[key] = bool(original.layout is None and len(shares)
                                          and np.median(shares) >= DRAWN_FRAME)
        return self._frame_drawn[key]

    def _lift_on_frame(self, match: Match, global_match: Match | None) -> Match:
        """``match`` at its global codes' score (``global_match``'s) where the geometry tier
        lifted that global match (``_with_geometry``) with an original that draws a frame
        (``_draws_a_frame``) and none of the upload's keyframe pairs on its own features lies
        on the match's segments: pairs on the frame say which tool drew the upload, not which
        picture it drew.

        held_out_24's `player_deep` is a sea battle softened to deep water inside a music
        player (track, progress bar, visualiser bars: 0.79 of each keyframe's spots on the
        template); another soft clip in the same player, framed 9:16 (`q0167`, a negative),
        met its global codes at 0.57 (a review), and two keyframe pairs on the player lifted
        that global match to 0.99 and to a demote. Its copies' global codes meet at 0.97-1.0
        by themselves (docs/matching.md, *A tool's frame around other content at stop 48*)."""
        if global_match is None or match.tier != "global" or match.score <= global_match.score:
            return match
        kept = self._pairs_with.get(match.original)
        if not kept or not self._draws_a_frame(*kept[0][:2]) or self._own_pair_on(match):
            return match
        return replace(match, score=global_match.score)

    def _stands_still(self, original: IndexedOriginal, key: int) -> bool:
        """Whether ``original`` (keypoint index key ``key``, with keyframes in the keypoint
        index) has no static layout and its picture stands still at ``STANDING_SHARE`` of its
        instants (``stillness``): its codes are one picture's, and a tool that draws its frame
        round another picture (the same phone player round the same program's other window,
        the same workout app round another quiz) meets them as closely as a copy does.

        held_out_26's `hh_flashcard_phone` (a flash card filmed in a phone player) met the
        player round the program's editor 2-4 bits off, 0.99-1.0 and demoted, and
        `fitness_quiz` (a workout app's heart box, countdown, ring and panel over a quiz filmed
        hand-held) the app over other clips at 0.90-1.0, demoted (docs/matching.md, *Half of
        the picture, and a still picture in a tool's frame, at stop 50*)."""
        if (original.layout is not None or self.keypoints is None
                or key not in self.keypoints.originals):
            return False
        still = self._stillness(original)
        return still is not None and bool(len(still.still)) and float(
            np.mean(still.still)) >= STANDING_SHARE

    def _drawn_only(self, original: IndexedOriginal, key: int) -> bool:
        """Whether ``original`` (keypoint index key ``key``) has no static layout and its
        keyframes show fewer than ``MIN_INLIERS`` spots of their own at their median: every
        feature it has is found again at its spot in a far keyframe (``_tells_the_clip``'s
        test, asked of no pair), a drawn frame around a picture without features.

        held_out_23's `low_detail_0` is a soft gradient in a news frame (a name bar, a LIVE box,
        a headline strip and a ticker line whose words scroll): 1.5 spots of ~100 its own, the
        rest on the strip, the picture's border and a logo bug. Layout learning finds no static
        layout (the line scrolls), so its global codes are of the whole frame, which the frame
        and the line set;
        the ticker around another gradient (`q0253`, a re-encoded negative) met them at 1.0
        and was demoted. Of the spent parts' originals without a layout only the low-detail
        ones are such (0-10 spots; the fewest of any other, 13, a meme template, main's tree
        26): docs/matching.md, *A drawn frame around a featureless picture at stop 48*."""
        return (original.layout is None and self.keypoints is not None
                and key in self.keypoints.originals
                and not self._tells_the_clip(original, key, [], None))

    def _beside_the_frame(self, match: Match, original: IndexedOriginal, key: int, pairs: list,
                          upload: Keypoints, min_score: float) -> Match | None:
        """A geometry-tier ``match`` from verified ``pairs`` of ``upload``'s keyframes with
        ``original`` (keypoint index key ``key``) as it stands where one pair holds
        ``CONTENT_INLIERS`` inlier spots inside the original's moving part
        (``_moving_inside``: its static layout's first view, one cell in from the edge of what
        moves), or where it has no such layout; else None where some pair's original keyframe
        shows ``CONTENT_SHOWN`` spots there inside the upload (the content has features, and
        the transform carries none of them: the upload shows other content in the same
        frame), else held at ``STILL_SCORE`` (the content shows too little to tell: the frame
        is all the keyframes can see).

        A tool's frame drawn with the same options on every upload (a shop's live sale: the
        seller's camera, price, countdown, buyers' names; a video editor's panels, timecode and
        timeline) is the same at the same instant whatever it frames, counters and names
        included, so neither the template (what stays put) nor the own-feature test (what is
        not found again) tells it from the content. Its layout does: what moves is the content
        alone. held_out_25's other goods in the same shop verified with `shop_blocks` at
        0.57-1.0 and other clips in the same editor with `editor_haze` at 0.53-1.0, all
        inliers on the frame; the copies' pairs hold many inside the goods (docs/matching.md,
        *Other content in a tool's frame at stop 49*)."""
        inside = _moving_inside(original.layout)
        if inside is None:
            return match
        keypoints = self.keypoints.originals[key]
        content_shown = False
        for pair in sorted(pairs, key=lambda pair: -pair.inliers):
            inliers, shown = self._carried_and_shown(key, pair, upload)
            if _spots(inliers[_in_cells(inliers, inside, keypoints.size)]) >= CONTENT_INLIERS:
                return match
            content_shown = content_shown or bool(
                _spots(shown[_in_cells(shown, inside, keypoints.size)]) >= CONTENT_SHOWN)
        return None if content_shown else _at_most_still(match, min_score)

    def _beside_a_half(self, match: Match, min_score: float) -> Match | None:
        """``match`` held at ``STILL_SCORE`` (None where that is under ``min_score``) where the
        upload's verified keyframe pairs with its original carry one half of its picture alone
        (``_one_half_carried``): the upload shows that half beside other content.

        A duet's creator films their half once and sets it beside every clip they answer (the
        same camera, counts, caption and sound): held_out_26's `duet_mahjong` beside other
        content (a factorising exercise, a mahjong dialog, nothing) met it at 0.50-1.0 in every
        tier, re-encoded (`q0129`, global 0.99) demoted. The original has no static layout (both
        halves move), so its codes and keyframes are the whole picture's, and half of it is the
        same on every duet of that creator; the other half, the answered clip, is what tells a
        copy (docs/matching.md, *Half of the picture, and a still picture in a tool's frame, at
        stop 50*)."""
        if match.score <= STILL_SCORE or not self._one_half_carried(match):
            return match
        return _at_most_still(match, min_score)

    def _one_half_carried(self, match: Match) -> bool:
        """Whether ``HALF_PAIRS`` of the upload's verified keyframe pairs with ``match``'s
        original on its segments (``_on_segments``) carry the same half of their original
        keyframe (left, right, top or bottom) bare (``_bare_halves``) and none of them carries
        more of it (a weak pair, carrying neither half much, says nothing)."""
        bare: dict[str, int] = {}
        carried: set[str] = set()
        for _, key, upload, pair in self._pairs_with.get(match.original, ()):
            original_time = self.keypoints.originals[key].times[pair.original_frame]
            if not _on_segments(match, float(upload.times[pair.upload_frame]), float(original_time)):
                continue
            inliers, shown = self._carried_and_shown(key, pair, upload)
            halves, reached = _bare_halves(inliers, shown, self.keypoints.originals[key].size)
            carried |= reached
            for side in halves:
                bare[side] = bare.get(side, 0) + 1
        return any(count >= HALF_PAIRS and side not in carried for side, count in bare.items())

    def _pair_inliers(self, key: int, pair: VerifiedPair, upload: Keypoints) -> np.ndarray:
        """Original ``key``'s keyframe points that verified ``pair``'s transform carries onto
        their matched points in ``upload``'s keyframe (its inliers, found again: the pair keeps
        only their count)."""
        keypoints = self.keypoints.originals[key]
        [paired] = self.keypoints.paired_each(upload, pair.upload_frame, key,
                                              [pair.original_frame])
        landed = paired.original_points @ pair.matrix[:, :2].T + pair.matrix[:, 2]
        return paired.original_points[np.linalg.norm(landed - paired.upload_points, axis=1)
                                      <= REPROJECTION * max(keypoints.size)]

    def _carried_and_shown(self, key: int, pair: VerifiedPair,
                           upload: Keypoints) -> tuple[np.ndarray, np.ndarray]:
        """Of original ``key``'s keyframe in verified ``pair`` with ``upload``'s: the points
        the pair's transform carries (``_pair_inliers``) and the keyframe's points it lands
        inside the upload's picture."""
        keypoints = self.keypoints.originals[key]
        inliers = self._pair_inliers(key, pair, upload)
        points = keypoints.points[keypoints.frame_of == pair.original_frame]
        placed = points @ pair.matrix[:, :2].T + pair.matrix[:, 2]
        shown = points[np.all((placed >= 0) & (placed < np.array(upload.size, np.float64)), axis=1)]
        return inliers, shown

    def _keep_pairs(self, original: IndexedOriginal, key: int, pairs: list,
                    upload: Keypoints) -> None:
        """Keeps ``pairs`` (verified, of ``upload``'s keyframes with ``original``) for a global
        match with it held as a ``DrawnFrameMatch`` (``_told_apart``)."""
        self._pairs_with.setdefault(original.info.id, []).extend(
            (original, key, upload, pair) for pair in pairs)

    def _told_apart(self, match: Match) -> Match:
        """``match`` at the score its evidence made where it is a ``DrawnFrameMatch`` and one
        of the upload's verified keyframe pairs with its original that lies on one of its
        segments (``_on_segments``) passes the own-feature test (``_own_pair_on``): its
        inliers are on the original's own features, off its frame. A pair on the frame says
        which tool drew the upload, not which picture it drew (another gradient in the same
        news frame verifies there too)."""
        if not isinstance(match, DrawnFrameMatch) or match.score >= match.uncapped:
            return match
        return replace(match, score=match.uncapped) if self._own_pair_on(match) else match

    def _own_pair_on(self, match: Match) -> bool:
        """Whether one of the upload's verified keyframe pairs with ``match``'s original (kept
        by ``_keep_pairs``; the original has no layout) lies on one of its segments
        (``_on_segments``) with its inliers on the original's own features, off its frame
        (``_on_own_features``): a pair on the frame says which tool drew the upload, not which
        picture it drew (``_told_apart``, ``_lift_on_frame``)."""
        for original, key, upload, pair in self._pairs_with.get(match.original, ()):
            self._tells_the_clip(original, key, [], None)        # ``_own`` learnt
            original_time = self.keypoints.originals[key].times[pair.original_frame]
            if (_on_segments(match, float(upload.times[pair.upload_frame]), float(original_time))
                    and self._on_own_features(key, pair, upload)):
                return True
        return False

    def _judge_content(self, upload: Fingerprint, original: IndexedOriginal, match: Match,
                       hit_rows: np.ndarray, numbers: np.ndarray) -> None:
        """Note ``match`` (a global match of ``upload`` with ``original``, from the index hits
        ``hit_rows`` / ``numbers``) as showing another picture in the original's tool frame
        where the original has a content region (``video.content``) and the upload's views on
        the match's segments show another content there (``_content_distance`` over the
        bits it names): ``_content_held`` holds it once every pass has run."""
        if (original.content is None or match.score <= STILL_SCORE or upload.pictures is None
                or upload.boxes is None):
            return
        judged = _content_distance(upload, original, match, hit_rows, numbers)
        if judged is not None and judged[0] > judged[1]:
            self._content_apart.add(match.original)

    def _content_held(self, match: Match, min_score: float) -> Match | None:
        """``match`` scoring ``STILL_SCORE`` at most (None where that is under ``min_score``)
        where it is a global match whose content region disagrees (``_judge_content``): only
        the tool's frame agrees, the same title bar and corner box around another clip, which a
        person tells apart. Asked last, so that a geometry tier's lift (``_with_geometry``),
        found on the same frame and the corner box's own footage, does not undo it."""
        if (match.tier != "global" or match.original not in self._content_apart
                or match.score <= STILL_SCORE):
            return match
        return _at_most_still(match, min_score)

    def _upload_pictures(self, keypoints: Keypoints) -> np.ndarray:
        """``pictures`` of an upload's keyframes, grouped once an upload rather than once for
        each rectified alignment of each original it is placed against."""
        if self._shown[0] is not keypoints:
            self._shown = (keypoints, pictures(keypoints))
        return self._shown[1]

    def _global_matches(self, upload: Fingerprint, hits: FrameHits, min_score: float) -> list[Match]:
        rows, cols = np.nonzero(hits.originals >= 0)
        if not len(rows):
            return []
        frames = upload.frame_of[rows]
        keys = hits.originals[rows, cols]
        code_numbers = hits.codes[rows, cols]
        distances = hits.distances[rows, cols]
        weights = ((MATCH_RADIUS + 1 - distances) / (MATCH_RADIUS + 1)) ** CLOSENESS_POWER
        shares = np.ones(len(weights))
        if SHARE_SCALE:
            footage = self._footage(keys, frames, weights, evidence_needed(min_score))
            shares = _shares(frames, keys, distances, footage)
            weights = weights * shares
        candidates = _could_score(keys, frames, weights, evidence_needed(min_score))
        originals = self.lookup(candidates.tolist())
        plain = one_dimensional(upload.codes, ONE_DIMENSIONAL_SLACK)
        if upload.smooth is not None and len(upload.smooth) == len(upload.codes):
            plain = plain | upload.smooth     # a gradient's frame: corroborated, as above
        shown = shown_times(upload)
        matches = []
        for key in candidates:
            original = originals.get(int(key))
            if original is None:
                continue
            mine = keys == key
            hit_rows, numbers, near = rows[mine], code_numbers[mine], distances[mine]
            hit_weights = weights[mine]
            upload_codes, upload_rows = upload.codes, hit_rows
            original_codes = original.codes
            beyond = 1.0
            if _has_layout(upload, original):
                # what moves inside the original's static layout is the evidence, hashed
                # alike on both sides (``_moving_hits``), not the layout both share
                hit_rows, numbers, near, hit_weights, upload_codes, original_codes = \
                    _moving_hits(upload, original.layout, hit_rows, numbers, near, shares[mine],
                                 original.codes)
                if not len(hit_rows):
                    continue
                upload_rows = np.arange(len(hit_rows))
            elif original.layout is not None and original.layout.ink is not None:
                # a program's picture a user types or draws on: its codes count as far as the
                # upload shows the user's ink there at that moment (``_inked_hits``)
                hit_rows, numbers, near, hit_weights = _inked_hits(
                    upload, original.layout, hit_rows, numbers, near, hit_weights)
                if not len(hit_rows):
                    continue
                upload_rows = hit_rows
            elif original.codes is not None and LAYOUT_BITS:
                beyond = _beyond_layout(upload.codes[hit_rows], original.codes[numbers], near)
            hit_frames = upload.frame_of[hit_rows]
            original_times = original.code_times[numbers]
            frame_matches = FrameMatches(upload.times[hit_frames], original_times,
                                         hit_weights * beyond
                                         * _timing_weights(hit_frames, near, original_times))
            alignments = align(frame_matches, upload.duration, original.info.duration,
                               1.0 / UPLOAD_SAMPLE_FPS, WIDE_SPEEDS, shown=shown,
                               still=self._stillness(original))
            flat = plain[hit_rows]
            if original.codes is not None:
                flat = flat | one_dimensional(original.codes[numbers], ONE_DIMENSIONAL_SLACK)
            if flat.any():
                alignments = _corroborated(alignments, frame_matches, flat)
            at_most = math.inf
            if original_codes is not None:
                alignments, at_most = _one_upload_picture(
                    alignments, frame_matches, upload_codes, upload_rows, original_codes,
                    numbers if original_codes is original.codes else upload_rows,
                    self._stillness(original))
            match = decide(original.info, alignments, upload.duration, min_score,
                           at_most=at_most)
            if (match is not None and _has_layout(upload, original)
                    and _tells_little(original.layout)):
                match = LowDetailMatch(**{field.name: getattr(match, field.name)
                                          for field in fields(Match)})
            if match is not None and _held_as_still(original):
                match = _held_still(match, min_score)
            if match is not None and match.score > STILL_SCORE and _smooth_inside(upload, hit_rows):
                match = _held_smooth(match, min_score)
            if (match is not None and match.score > STILL_SCORE and _has_layout(upload, original)
                    and _still_view(upload, hit_rows)):
                # a still page met inside a drawn layout: held until a keyframe pair verifies
                match = _capped(match, min_score, StillViewMatch)
            if (match is not None and match.score > STILL_SCORE
                    and self._drawn_only(original, int(key))):
                # a drawn frame's codes around a picture without features: held until a pair
                # on the original's own features verifies
                match = _capped(match, min_score, DrawnFrameMatch)
            if (match is not None and type(match) is Match
                    and self._stands_still(original, int(key))):
                # one still picture at hash scale: the same tool round another picture meets
                # it as closely; held until a keyframe pair verifies at its moment, even under
                # STILL_SCORE (the geometry tier's pairs on the tool would lift it)
                match = _capped(match, min_score, StandingMatch)
            if match is not None:
                self._judge_content(upload, original, match, rows[mine], code_numbers[mine])
                matches.append(match)
        return matches

    def _footage(self, keys: np.ndarray, frames: np.ndarray, weights: np.ndarray,
                 needed: float) -> dict[int, int] | None:
        """Which hit originals are one footage (``one_footage``), as ``{original: the key its
        footage counts under}`` for each whose key is not that one, or None if none are. Only
        among the originals that could score with their frames' evidence unshared, and only pairs
        that some upload frames both meet (``MIN_FRAMES`` of them); the rest are split as
        unrelated, which can only lower scores."""
        could = _could_score(keys, frames, weights, needed)
        if len(could) < 2:
            return None
        mine = np.isin(keys, could)
        column = np.searchsorted(could, keys[mine])
        numbers, row = np.unique(frames[mine], return_inverse=True)
        met = np.zeros((len(numbers), len(could)), np.int64)
        met[row, column] = 1
        together = met.T @ met
        pairs = [(int(could[a]), int(could[b])) for a, b in zip(*np.nonzero(np.triu(together, 1)
                                                                           >= MIN_FRAMES))]
        unknown = [pair for pair in pairs if pair not in self._one_footage]
        if unknown:
            originals = self.lookup(sorted({key for pair in unknown for key in pair}))
            for first, second in unknown:
                self._one_footage[first, second] = (
                    first in originals and second in originals
                    and one_footage(originals[first].codes, originals[second].codes))
        group = {int(key): int(key) for key in could}
        for first, second in pairs:
            if self._one_footage[first, second]:
                _join(group, first, second)
        footage = {key: _root(group, key) for key in group if _root(group, key) != key}
        return footage or None


def shown_times(upload: Fingerprint) -> np.ndarray:
    """The instants of ``upload``'s sampled frames that show anything: that have codes (a black
    or empty frame has none), over which align counts pauses (``align.clock``)."""
    return upload.times[np.unique(upload.frame_of)]


def stillness(code_times: np.ndarray, codes: np.ndarray) -> Stillness:
    """Per instant of an original with codes (``code_times``: one per code, several views an
    instant): whether each of its codes is within ``STILL_BITS`` of one of the codes of the
    instant nearest ``STILL_SPAN`` later (earlier, where none is), i.e. it shows the same
    picture a second on: align's near-ties go to speed 1 only over a still stretch."""
    instants, of = np.unique(code_times, return_inverse=True)
    of = of.reshape(-1)
    still = np.zeros(len(instants), bool)
    if len(instants) < 2:
        return Stillness(instants, still, 1.0 / ORIGINAL_SAMPLE_FPS)
    later = _nearest(instants, instants + STILL_SPAN)
    earlier = _nearest(instants, instants - STILL_SPAN)
    other = np.where(np.abs(instants[later] - instants - STILL_SPAN) <= STILL_SPAN / 2, later,
                     earlier)
    other = np.where(np.abs(np.abs(instants[other] - instants) - STILL_SPAN) <= STILL_SPAN / 2,
                     other, -1)
    order = np.argsort(of, kind="stable")
    starts = np.searchsorted(of[order], np.arange(len(instants) + 1))
    for number in np.flatnonzero(other >= 0):
        these = codes[order[starts[number]:starts[number + 1]]]
        those = codes[order[starts[other[number]]:starts[other[number] + 1]]]
        still[number] = bool(np.all(hamming(these[:, None, :], those[None, :, :]).min(axis=1)
                                    <= STILL_BITS))
    return Stillness(instants, still, 1.0 / ORIGINAL_SAMPLE_FPS)


def one_footage(first: np.ndarray | None, second: np.ndarray | None) -> bool:
    """Whether two originals' codes show one footage: ``ONE_FOOTAGE_SHARE`` of each's codes
    within ``ONE_FOOTAGE_BITS`` of one of the other's (pieces of one camera shot; the same
    video registered twice). Unrelated originals of one kind of picture (dark skies, smooth
    backdrops, slides) meet at a few frames, not along most of both."""
    if first is None or second is None or not len(first) or not len(second):
        return False
    return all(len(np.unique(_close_codes(these, those, ONE_FOOTAGE_BITS)[0]))
               >= ONE_FOOTAGE_SHARE * len(these)
               for these, those in ((first, second), (second, first)))


def _root(group: dict[int, int], key: int) -> int:
    while group[key] != key:
        key = group[key]
    return key


def _join(group: dict[int, int], first: int, second: int) -> None:
    first, second = _root(group, first), _root(group, second)
    group[max(first, second)] = min(first, second)


class _Geometry:
    """The geometry tier for one upload: its keyframes searched and verified, then decided per
    original, first on the keyframes described so far, then (``add_dense``) with a short
    upload's dense keyframes as well, which search and verify only those and decide again only
    the originals the others made no match with at the default threshold. ``every_frame``:
    the upload's keyframes are its every frame (``Fingerprint.every_frame``), all of them
    aligned alike: a picture redrawn every frame verifies only with the very frame it copies,
    on the copy's line, never half a second off it."""

    def __init__(self, matcher: Matcher, upload: Fingerprint, min_score: float,
                 copied: np.ndarray | None = None, every_frame: bool = False,
                 answers: list[Answers] | None = None, cascade: bool = False,
                 turns: tuple[float, ...] = (0.0,)):
        self.matcher, self.upload, self.min_score = matcher, upload, min_score
        self.turns = turns            # degrees a verified transform may turn (``verify``)
        self.answers = answers        # the keypoint searches' answers, kept for a second
                                      # search of the same descriptors (``KeypointIndex.search``)
        self.copied = copied          # per sampled frame: its keyframes are not searched
        self.every_frame = every_frame
        self.verified: list = []                     # verified pairs, in upload keyframe order
        self.decided: dict[int, Match | None] = {}   # per original: its match from the
                                                      # 1-a-second keyframes alone
        cascade = cascade and upload.dense is None   # a short upload's few keyframes: all
        if matcher.keypoints is not None and upload.keypoints is None and upload.waiting is not None:
            self.verified = self._described_cascade(upload.waiting, cascade)
        elif matcher.keypoints is not None and upload.keypoints is not None:
            self.verified = (self._cascaded(upload.keypoints) if cascade
                             else self._verified(upload.keypoints))

    def _ahead(self, count: int, cascade: bool) -> np.ndarray:
        """bool per keyframe: those a cascade searches first (all without one, or with fewer
        than ``CASCADE_FROM`` keyframes)."""
        first = np.zeros(count, bool)
        first[::CASCADE_STEP if cascade and count >= CASCADE_FROM else 1] = True
        return first

    def _described_cascade(self, pending: LazyKeyframes, cascade: bool) -> list:
        """``_cascaded`` of ``pending`` (the upload's keyframes not described yet: the
        mirrored and spread-out passes', ``Fingerprint.mirrored(describe=False)``), each
        described only if searched; ``upload.keypoints`` becomes those described. All of
        them described are exactly ``pending.described()`` (``merged``)."""
        first = self._ahead(len(pending.times), cascade)
        ahead = pending.only(first).described()
        verified = self._verified(ahead)
        if first.all() or not verified:
            self.upload = replace(self.upload, keypoints=ahead, waiting=None)
            return verified
        rest = pending.only(~first).described()
        full = merged(ahead, rest)
        self.upload = replace(self.upload, keypoints=full, waiting=None)
        return _in_keyframe_order((verified, np.searchsorted(full.times, ahead.times)),
                                  (self._verified(rest), np.searchsorted(full.times, rest.times)))

    def _cascaded(self, keypoints: Keypoints) -> list:
        """``_verified(keypoints)``, or nothing where every ``CASCADE_STEP``-th keyframe (from
        the first) verifies nothing: the rest are then not searched. An upload nothing matched
        at the default threshold is most often unrelated to every original, and its keyframes
        then verify with none (the real suite's 52 negatives: 46 of 50 first passes, 30 of 31
        mirrored ones); a copy the geometry tier finds over ``CASCADE_FROM`` keyframes or more
        verifies at several of them. Where one of those keyframes verifies, the rest are
        searched and verified too, and the pairs are exactly what one search of all gives (a
        keyframe's pairs depend on its own descriptors alone), in the same order."""
        first = self._ahead(len(keypoints.times), True)
        if first.all():
            return self._verified(keypoints)
        ahead, rest = np.flatnonzero(first), np.flatnonzero(~first)
        verified = self._verified(keypoints.only(ahead))
        if not verified:
            return []
        return _in_keyframe_order((verified, ahead), (self._verified(keypoints.only(rest)), rest))

    def _verified(self, keypoints: Keypoints) -> list:
        """The verified pairs of ``keypoints``' keyframes but those whose nearest sampled frame
        is ``copied`` (a keyframe's pairs depend on its own descriptors alone)."""
        index = self.matcher.keypoints
        searched = None
        if self.copied is not None:
            searched = np.flatnonzero(~self.copied[_nearest(self.upload.times, keypoints.times)])
            keypoints = keypoints.only(searched)
        if not len(keypoints):
            return []
        verified = [verified for pair in index.search(keypoints, self.answers)
                    for verified in [_verified_pair(index, keypoints, pair, self.turns)]
                    if verified is not None]
        if searched is None:
            return verified
        return [replace(pair, upload_frame=int(searched[pair.upload_frame])) for pair in verified]

    def add_dense(self) -> None:
        """Describe, search and verify the upload's dense keyframes, and number every verified
        pair by the keyframes of both sets in time order (as one search of all would)."""
        upload = self.upload
        if upload.dense is None:
            return
        dense = upload.dense.described()
        full = merged(upload.keypoints, dense)
        position = np.searchsorted(full.times, upload.keypoints.times)
        dense_position = np.searchsorted(full.times, dense.times)
        if len(full.times) != len(upload.keypoints.times) + len(dense.times) or not (
                np.array_equal(full.times[position], upload.keypoints.times)
                and np.array_equal(full.times[dense_position], dense.times)):
            raise ValueError(f"{upload.path}: keyframe instants repeat")   # cannot: a stream's rise
        added = self._verified(dense) if self.matcher.keypoints is not None else []
        self.verified = sorted(
            [replace(pair, upload_frame=int(position[pair.upload_frame])) for pair in self.verified]
            + [replace(pair, upload_frame=int(dense_position[pair.upload_frame])) for pair in added],
            key=lambda pair: pair.upload_frame)        # stable: each keyframe's in search order
        self.upload = replace(upload, keypoints=full, dense=None)

    def matches(self) -> list[Match]:
        matcher, upload, min_score = self.matcher, self.upload, self.min_score
        if matcher.keypoints is None or upload.keypoints is None or not len(upload.keypoints):
            return []
        by_original: dict[int, list] = {}
        for pair in self.verified:
            by_original.setdefault(pair.original, []).append(pair)
        rectify = RECTIFY and upload.pictures is not None
        candidates = [key for key, pairs in by_original.items()
                      if rectify or len({pair.upload_frame for pair in pairs}) >= MIN_FRAMES]
        originals = matcher.lookup(candidates)
        for key, pairs in by_original.items():
            if key in originals:
                times = matcher.keypoints.originals[key].times
                kept = _by_middle_kept(pairs, originals[key])
                matcher._paired_at.setdefault(originals[key].info.id, []).extend(
                    (float(upload.keypoints.times[pair.upload_frame]),
                     float(times[pair.original_frame]), pair.share) for pair in kept)
                matcher._keep_pairs(originals[key], key, kept, upload.keypoints)
        sparse = (np.ones(len(upload.keypoints.times), bool) if self.every_frame
                  else first_on_grid(upload.keypoints.times, KEYFRAME_FPS))   # 1-a-second ones
        matches = []
        for key in candidates:
            original = originals.get(key)
            if original is None:
                continue
            pairs = _by_middle_kept(by_original[key], original)
            if not pairs:
                continue
            # A short upload's dense keyframes (``SHORT_UPLOAD``) add evidence only where its
            # 1-a-second ones make no match: keyframes between the original's 1-a-second ones
            # sit up to half a second off the copy's line, and on near-still footage lines of
            # other speeds fit them too, so a match the sparse keyframes make keeps its place.
            regular = [pair for pair in pairs if sparse[pair.upload_frame]]
            if key in self.decided:
                found = self.decided[key]
            else:
                found = self.decided[key] = matcher._paired(
                    upload, original, key, regular, rectify, min_score,
                    EVERY_FRAME_ISLAND if self.every_frame else KEYFRAME_ISLAND)
            if len(regular) < len(pairs) and (found is None or found.score < DEFAULT_MIN_SCORE):
                dense = matcher._paired(upload, original, key, pairs, rectify, min_score)
                if dense is not None and (found is None or dense.score > found.score):
                    found = dense
            if found is not None:
                found = _held(replace(found, tier="geometry"), original, min_score)
            if (found is not None and found.score > STILL_SCORE
                    and not matcher._tells_the_clip(original, key, pairs, upload.keypoints)):
                found = _at_most_still(found, min_score)
            if found is not None and found.score > STILL_SCORE:
                found = matcher._beside_the_frame(found, original, key, pairs, upload.keypoints,
                                                  min_score)
            if found is not None:
                matches.append(found)
        return matches


def _verified_pair(index: KeypointIndex, upload: Keypoints, pair: KeyframePair,
                   turns: tuple[float, ...] = (0.0,)) -> VerifiedPair | None:
    """``pair`` verified (``verify``), or, where it does not verify and holds fewer than
    ``CROWDED_PAIRS`` point pairs, its keyframes paired again within themselves and verified
    (``KeypointIndex.paired_within``): beside a big catalogue a filmed screen's true pairs are
    pushed out of its descriptors' nearest rows (`q0190`: 13-19 left of the 35-56 it has
    alone). A candidate that shares more and fails had its pairs: paired again, a held-out
    low-detail negative's keyframes verified with a look-alike original's (0.057 -> 0.388)."""
    original = index.originals[pair.original]
    template = index.template(pair.original)
    verified = verify(pair, original, upload.size, turns, template)
    if verified is None and len(pair.distances) < CROWDED_PAIRS:
        verified = verify(index.paired_within(upload, pair), original, upload.size, turns,
                          template)
    return verified


def _one_transform(pairs: list, upload_times: np.ndarray, original: Keypoints,
                   upload_size: tuple[int, int]) -> list | None:
    """Of verified ``pairs`` with one ``original``, the pairs on the line that most upload
    keyframes support with one transform, where that line is clear (``MIN_FRAMES`` keyframes
    at least, ``CLEAR_LEAD`` times as many as any line placing the copy over ``OFF_LINE`` from
    it) and not every pair is on it; else None. A line runs through two pairs of keyframes in time order
    at 0.75-1.25 times real time (``align.SPEEDS``) whose transforms agree (land the original keyframe's corners
    within ``AGREE`` of the upload's long side of each other); a pair supports it where it
    lies within ``TOLERANCE`` of it and its transform agrees with a supporter's.

    A hand-held film of one photograph shows the same picture, moved, at every instant: each
    upload keyframe of a copy verifies with original keyframes all along the film, each by
    another transform, and the vote takes whichever line gathers most weight (a 37 % zoom of
    3-9 s placed on 0-2.5 s at speed 0.44). A copy is one crop, scale or layout of the frames
    it copies: the pairs at its moment share one transform (1.5 px apart on that zoom), while
    at other offsets the pan and the hand's drift move it (8-105 px; docs/matching.md,
    *Copies at their moment at stop 40*)."""
    frames = np.array([pair.upload_frame for pair in pairs], np.int64)
    at = original.times[[pair.original_frame for pair in pairs]]
    times = upload_times[frames]
    width, height = original.size
    corners = np.array([[0, 0, 1], [width, 0, 1], [0, height, 1], [width, height, 1]], np.float64)
    landed = np.stack([corners @ pair.matrix.T for pair in pairs])          # [pairs, 4, 2]
    tolerance = AGREE * max(upload_size)
    apart = np.max(np.linalg.norm(landed[:, None] - landed[None, :], axis=3), axis=2)
    later = times[None, :] - times[:, None]                                 # [i, j]
    with np.errstate(divide="ignore", invalid="ignore"):
        speeds = (at[None, :] - at[:, None]) / later
    # near real time only: across a film that barely moves, chance chains of one transform
    # run at any speed (held_out_14's corner box `q0038` of a galaxy held by hand, at 0.70)
    through = ((later > 0) & (speeds >= SPEEDS[0]) & (speeds <= SPEEDS[-1])
               & (apart <= tolerance))
    other = frames[:, None] != frames[None, :]
    first, second = np.nonzero(through)              # the lines, each through two pairs
    if not len(first):
        return None
    line_speeds = speeds[first, second]
    offsets = at[first] - line_speeds * times[first]
    # [lines, pairs]: the pairs near each line, and those reached on it from its two pairs
    # whose transforms agree from one to the next: a transform that drifts (a hand filming a
    # screen, a slow zoom of the original) still joins
    nears = np.abs(at[None, :] - (line_speeds[:, None] * times[None, :] + offsets[:, None])) <= TOLERANCE
    ons = _chains(first, second, nears, (apart <= tolerance) & other)
    _, frame_number = np.unique(frames, return_inverse=True)
    shown = np.zeros((len(frames), int(frame_number.max()) + 1), np.float32)
    shown[np.arange(len(frames)), frame_number] = 1.0
    supporters = np.count_nonzero(ons.astype(np.float32) @ shown, axis=1)   # upload keyframes
    best = int(np.argmax(supporters))                # the first of the most supported
    most, speed, offset = int(supporters[best]), float(line_speeds[best]), float(offsets[best])
    on, near = ons[best], nears[best]
    middle = float(np.median(times))
    rivals = supporters[np.abs(line_speeds * middle + offsets - (speed * middle + offset)) > OFF_LINE]
    if most < MIN_FRAMES or (len(rivals) and most < CLEAR_LEAD * rivals.max()):
        # no line of one transform, or another line apart nearly as well supported: a
        # picture that scrolls or pans at one speed (a scrolling spectrum) carries one
        # transform along every line, each shifted by as much
        return None
    # the transform tells the moment only where an upload keyframe's pairs at other moments
    # carry other transforms: a film that barely moves (a galaxy held still) carries about
    # one everywhere, and chance chains of it run along lines of any speed
    alike = (apart <= tolerance) & (frames[:, None] == frames[None, :]) & ~near[None, :]
    if np.count_nonzero(alike[on].any(axis=1)) >= LOOK_ALIKE * np.count_nonzero(on):
        return None
    # the line chosen, its pairs further apart in time may differ by as much each second
    # between them (a keyframe pair that verified nothing leaves a gap in the chain)
    on = _chain(np.flatnonzero(on), near,
                (apart <= tolerance * np.maximum(1.0, np.abs(later))) & other)
    if on.all():
        return None                    # every pair on it: nothing to choose
    return [pair for pair, kept in zip(pairs, on) if kept]


def _chain(seeds, near: np.ndarray, agree: np.ndarray) -> np.ndarray:
    """The pairs ``near`` a line reached from ``seeds`` from one pair to another that
    ``agree`` ([i, j]: the two transforms agree), the seeds included."""
    on = np.zeros(len(near), bool)
    on[seeds] = True
    while True:
        grown = on | (near & agree[on].any(axis=0))
        if grown.sum() == on.sum():
            return on
        on = grown


def _chains(first: np.ndarray, second: np.ndarray, near: np.ndarray, agree: np.ndarray
            ) -> np.ndarray:
    """``_chain`` of each line at once: [lines, pairs], line ``l`` seeded with pairs
    ``first[l]`` and ``second[l]``, its pairs ``near[l]`` (in blocks of lines, each grown
    until none grows)."""
    on = np.zeros(near.shape, bool)
    lines = np.arange(len(first))
    on[lines, first] = on[lines, second] = True
    weights = agree.astype(np.float32)
    block = max(1, CHAIN_CELLS // max(near.shape[1], 1))
    for start in range(0, len(first), block):
        grow, reach = on[start:start + block], near[start:start + block]
        while True:
            grown = grow | (reach & (grow.astype(np.float32) @ weights > 0))
            if np.array_equal(grown, grow):
                break
            grow = grown
        on[start:start + block] = grow
    return on


def _on_its_line(found: Match, placed: Match) -> bool:
    """Whether ``found`` places both ends of each of ``placed``'s segments within ``OFF_LINE``
    of where ``placed`` does (an end over ``OFF_LINE`` outside ``found``'s segments is not
    placed by it; nearer, their line carried on): the vote already took the line of one
    transform."""
    for segment in placed.segments:
        for upload_time, there in ((segment.upload_start, segment.original_start),
                                   (segment.upload_end, segment.original_end)):
            if not any(
                    other.upload_start - OFF_LINE <= upload_time <= other.upload_end + OFF_LINE
                    and abs(
                        other.original_start + (upload_time - other.upload_start)
                        * (other.original_end - other.original_start)
                        / max(other.upload_end - other.upload_start, 1e-9) - there) <= OFF_LINE
                    for other in found.segments):
                return False
    return True


def _ambiguous(pairs: list, original_times: np.ndarray) -> bool:
    """Whether verified ``pairs`` place some upload keyframe at instants of the original (its
    keyframes at ``original_times``) further than ``AMBIGUOUS_SPAN`` apart."""
    spans: dict[int, list[float]] = {}
    for pair in pairs:
        spans.setdefault(pair.upload_frame, []).append(float(original_times[pair.original_frame]))
    return any(max(times) - min(times) > AMBIGUOUS_SPAN for times in spans.values())


def keyframe_matches(upload: Fingerprint, original: Keypoints, pairs: list) -> FrameMatches:
    """Verified keyframe pairs with one original as frame hits: one per pair, weighed by
    ``_unambiguous_weights``, each original keyframe a unit of evidence of its own (``align``)."""
    original_frames = np.array([pair.original_frame for pair in pairs], np.int64)
    return FrameMatches(upload.keypoints.times[[pair.upload_frame for pair in pairs]],
                        original.times[original_frames], _unambiguous_weights(pairs),
                        original_frames)


def _in_keyframe_order(*searches: tuple[list, np.ndarray]) -> list:
    """The verified pairs of a cascade's searches, each search's pairs with the number of each
    of its keyframes among all the upload's (``searches``: (pairs, those numbers)), in keyframe
    order; stable, so each keyframe's pairs stay in search order, as one search of all gives."""
    return sorted([replace(pair, upload_frame=int(numbers[pair.upload_frame]))
                   for pairs, numbers in searches for pair in pairs],
                  key=lambda pair: pair.upload_frame)


def _quarter(turn: float) -> float:
    """``turn`` (degrees) rounded to a quarter turn, in [0, 360)."""
    return float(90 * round(turn / 90) % 360)


def _as_shown(upload: Fingerprint, hits: FrameHits) -> tuple[Fingerprint, FrameHits]:
    """``upload`` and its ``hits`` without its turned codes (``Fingerprint.as_shown``): one
    index search holds both, so every executor searches an upload's codes as before."""
    if upload.turns is None or not upload.turns.any():
        return upload, hits
    return upload.as_shown(), hits.take(np.flatnonzero(upload.turns == 0))


def _nothing_at_default(matches: dict[str, Match]) -> bool:
    """Whether no match reaches the default threshold: where the later, dearer passes (mirrored,
    every frame, panels, richer dense keyframes, features spread out) look again. A held still
    view (``StillViewMatch``) waits for a keyframe pair to verify it: a mirrored or turned copy
    of a still screen verifies only in those passes; so does a held drawn frame
    (``DrawnFrameMatch``), released by a pair on its original's own features (frames49), and a
    held standing picture (``StandingMatch``)."""
    return not any(match.score >= DEFAULT_MIN_SCORE
                   and not isinstance(match, (StillViewMatch, DrawnFrameMatch, StandingMatch))
                   for match in matches.values())


def _in_order(match: Match) -> bool:
    """Whether ``match``'s segments show the original's stretches in the order the upload
    shows them (a copy's pieces play forward).

    Slides of a deck in one typeface verify with another deck's slides, each still slide with
    whichever slide shares most glyphs at their places: a deck's window searched alone met
    another deck in two segments, upload 4.5-7.5 s on 3.5-6.5 s and 7.6-11.5 s on 0.0-3.6 s
    (0.5; ``deck_negatives.py``, docs/matching.md, *Framed 9:16 copies at stop 37*)."""
    starts = [segment.original_start
              for segment in sorted(match.segments, key=lambda segment: segment.upload_start)]
    return all(first <= second for first, second in zip(starts, starts[1:]))


def _with_geometry(found: dict[str, Match], geometry: list[Match]) -> dict[str, Match]:
    """The global tier's matches with the geometry tier's added: an original the global codes
    found at the default threshold keeps that match (its segments; not where a ``PlacedMatch``
    lies off them), at the stronger tier's score, else the stronger match is kept. Both tiers found it: the global codes' weaker
    evidence (a panel, a framed copy's few distinctive frames) does not lower the other's."""
    found = dict(found)
    for match in geometry:
        known = found.get(match.original)
        if known is None or (known.score < DEFAULT_MIN_SCORE and known.score < match.score):
            found[match.original] = match
        elif isinstance(match, PlacedMatch) and not _on_its_line(known, match):
            # a hand-held film of one photograph: its global codes meet alike at many moments,
            # the geometry tier's pairs of one transform say which (held_out_14's off-centre
            # crop `q0042`: 6.5-10.5 s of the original, truth 1.1-6.1 s)
            found[match.original] = replace(match, score=max(known.score, match.score))
        elif match.score > known.score:
            found[match.original] = replace(known, score=match.score)
    return found


def _on_segments(match: Match, upload_time: float, original_time: float) -> bool:
    """Whether a keyframe pair at these instants lies on one of ``match``'s segments, within
    ``ANCHOR_SLACK`` of both ends' instants."""
    return any(segment.upload_start - ANCHOR_SLACK <= upload_time
               <= segment.upload_end + ANCHOR_SLACK
               and segment.original_start - ANCHOR_SLACK <= original_time
               <= segment.original_end + ANCHOR_SLACK for segment in match.segments)


def _held_still(match: Match, min_score: float) -> StillMatch | None:
    """A global match with a drawn still picture, its score held at ``STILL_SCORE`` at most
    (None where that falls under ``min_score``).

    A screen recording whose pointer alone moves is one picture, and another screenshot of the
    same program (the same toolbars, palette and canvas frame round another drawing) meets its
    codes as closely as a re-encoded copy: held_out_19's `q0121` and `q0122` met `screen_shapes`
    2-6 bits off at every instant, 1.0 and demoted. Aligned at the hash input's 32x32 they agree
    with it no worse than its framed, stacked and picture-in-picture copies do, so the codes
    find it, and a person decides."""
    return _capped(match, min_score, StillMatch)


def _content_distance(upload: Fingerprint, original: IndexedOriginal, match: Match,
                      hit_rows: np.ndarray, numbers: np.ndarray) -> tuple[float, int] | None:
    """The median, over ``upload``'s frames with views that met ``original``'s whole view
    (``hit_rows`` against its code ``numbers``) on ``match``'s segments, of the distance
    (``video.content.parts_apart``) of the nearest such view's content codes (its hash input
    again, ``layout.upload_inputs``, cropped to the original's content rectangle) to the
    nearest of the original's within ``CONTENT_SLACK`` of the instant the segment maps the view
    to, each view turned and scaled a little (``video.content.jittered``); with the bits it is
    judged by: ``WHOLE_CONTENT_BITS`` where most such views are the whole upload
    (``INNER_SHARE``), only those then counting, else ``CONTENT_BITS`` over the boxes inside
    it; None where fewer than ``MIN_CONTENT_VIEWS`` such views have a rectangle to hash again
    of the original picture's shape (``ContentRegion.fits``).
    The segment says the instant, not the hit: a frame's codes, mostly the tool's, meet the
    original's alike at every moment. A frame's nearest view: of the rectangles an upload's
    layout proposes (``Fingerprint.boxes``), those cut across the copy meet the original's
    whole codes too, its frame's codes being most of them (a framed 9:16 copy's box cut below
    the title bar: 14 bits off, the whole picture's 3)."""
    content = original.content
    views = len(ORIGINAL_CROPS)
    if len(original.code_times) != views * len(content.codes):
        return None
    boxes = upload.boxes[hit_rows]
    height, width = upload.pictures.shape[1:3]
    kept = (numbers % views == 0) & np.isfinite(boxes).all(axis=1)
    kept[kept] = content.fits((boxes[kept, 2] - boxes[kept, 0]) * width,
                              (boxes[kept, 3] - boxes[kept, 1]) * height)
    hit_rows, numbers = hit_rows[kept], numbers[kept]
    upload_times = upload.times[upload.frame_of[hit_rows]]
    on = np.array([_on_segments(match, float(upload_time), float(original_time))
                   for upload_time, original_time
                   in zip(upload_times, original.code_times[numbers])], bool)
    rows = np.unique(hit_rows[on])
    instants = [_mapped(match, float(upload.times[upload.frame_of[row]])) for row in rows]
    rows = np.array([row for row, instant in zip(rows, instants) if instant is not None],
                    np.int64)
    instants = np.array([instant for instant in instants if instant is not None])
    if len(rows) < MIN_CONTENT_VIEWS:
        return None
    areas = ((upload.boxes[rows, 2] - upload.boxes[rows, 0])
             * (upload.boxes[rows, 3] - upload.boxes[rows, 1]))
    whole = float(np.median(areas)) >= INNER_SHARE
    judged = areas >= INNER_SHARE if whole else areas < INNER_SHARE
    rows, instants = rows[judged], instants[judged]
    if len(rows) < MIN_CONTENT_VIEWS:
        return None
    inputs = upload_inputs(upload.pictures, upload.frame_of[rows], upload.boxes[rows])
    warped = jittered(inputs)
    codes = content_codes(warped.reshape(-1, *inputs.shape[1:]), content.box)
    apart = parts_apart(codes, content.codes).reshape(len(inputs), warped.shape[1], -1).min(axis=1)
    frame_times = original.code_times[::views]
    near = np.abs(frame_times[None, :] - instants[:, None]) <= CONTENT_SLACK
    distances = np.where(near, apart, 64).min(axis=1)
    frames, frame_of = np.unique(upload.frame_of[rows], return_inverse=True)
    nearest = np.full(len(frames), 64.0)
    np.minimum.at(nearest, frame_of.reshape(-1), distances)
    return float(np.median(nearest)), WHOLE_CONTENT_BITS if whole else CONTENT_BITS


def _mapped(match: Match, upload_time: float) -> float | None:
    """The original's instant ``match``'s first segment holding ``upload_time`` maps it to
    (its line from start to end), or None where no segment holds it."""
    for segment in match.segments:
        if segment.upload_start <= upload_time <= segment.upload_end:
            span = segment.upload_end - segment.upload_start
            rate = (segment.original_end - segment.original_start) / span if span > 0 else 1.0
            return segment.original_start + (upload_time - segment.upload_start) * rate
    return None


def _capped(match: Match, min_score: float, held_as: type[Match]) -> Match | None:
    """``match`` as a ``held_as`` (``StillMatch``, ``SmoothMatch``) scoring ``STILL_SCORE`` at
    most, ``uncapped`` the score its evidence made; None where that falls under ``min_score``."""
    held = min(match.score, STILL_SCORE)
    if held < min_score:
        return None
    kept = {field.name: getattr(match, field.name) for field in fields(Match)}
    return held_as(**{**kept, "score": held}, uncapped=match.score)


def _held(match: Match, original: IndexedOriginal, min_score: float) -> Match | None:
    """A geometry-tier match held as ``_held_still`` holds a global one where its original is a
    drawn still picture: the window's toolbars and palette verify the program's other screens
    too (held_out_19's `q0309`, another screen stacked 9:16, 0.985). The policy reviews it at
    any score (``geometry_only``); held, it ranks with the still picture's other look-alikes.
    So is one with a program's picture a user types or draws on (``layout.Ink``): the same
    toolbars and panels verify its other screens (docs/matching.md, *Typed and drawn screen
    recordings at stop 45*)."""
    if original.layout is None or not (original.layout.still or original.layout.ink is not None):
        return match
    return _at_most_still(match, min_score)


def _by_middle_kept(pairs: list, original: IndexedOriginal) -> list:
    """``pairs`` but those that stand only by carrying a still picture's middle
    (``verify._carries_the_still_picture``, ``VerifiedPair.by_middle``) where ``original`` is
    no screen recording: its global layout neither a still picture nor a picture typed or drawn
    on (``layout.still``, ``layout.Ink``), whose matches ``_held`` reviews at most. A low-detail
    original's picture is as still, and another seed's carried its middle (held_out_23's
    `q0258` on `low_detail_0`, 0.55; docs/matching.md, *Still screen recordings' middles at
    stop 48*)."""
    layout = original.layout
    if layout is not None and (layout.still or layout.ink is not None):
        return pairs
    return [pair for pair in pairs if not pair.by_middle]


def _moving_inside(layout: StaticLayout | None) -> np.ndarray | None:
    """The cells of ``layout``'s first view (the whole picture, as ``_rectified`` warps to it)
    that move, but those next to one that stays put (the content's edge: a frame's border, a
    monitor's outline, found again whatever it frames); None where the original has no layout
    whose content moves (none, a still picture, a picture typed or drawn on, the tool's clock)
    or nothing is left. bool [32, 32]."""
    if (layout is None or layout.still or layout.ink is not None or layout.clock
            or not len(layout.static)):
        return None
    moving = (~layout.static[0]).astype(np.uint8)
    inside = cv2.erode(moving, np.ones((3, 3), np.uint8)).astype(bool)   # beyond the edge: moving
    return inside if inside.any() else None


def _in_cells(points: np.ndarray, cells: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Which of keyframe ``points`` (px of a ``size`` picture) lie in one of ``cells`` (a bool
    grid over the whole picture)."""
    lines, columns = cells.shape
    column = np.clip((points[:, 0] * columns / size[0]).astype(np.int64), 0, columns - 1)
    line = np.clip((points[:, 1] * lines / size[1]).astype(np.int64), 0, lines - 1)
    return cells[line, column]


def _bare_halves(inliers: np.ndarray, shown: np.ndarray, size: tuple[int, int]
                 ) -> tuple[set[str], set[str]]:
    """Of the halves of a keyframe of ``size`` (``left``, ``right``, ``top``, ``bottom``)
    whose ``shown`` spots number ``HALF_SHOWN`` at least: those a pair's ``inliers`` carry at
    most ``HALF_BARE`` of while they carry ``HALF_CARRIED`` of the opposite half's (bare), and
    those they carry more than ``HALF_BARE`` of."""
    width, height = size
    sides = {"left": lambda points: points[:, 0] < width / 2,
             "right": lambda points: points[:, 0] >= width / 2,
             "top": lambda points: points[:, 1] < height / 2,
             "bottom": lambda points: points[:, 1] >= height / 2}
    share = {}
    for side, inside in sides.items():
        seen = _spots(shown[inside(shown)])
        if seen >= HALF_SHOWN:
            share[side] = _spots(inliers[inside(inliers)]) / seen
    opposite = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
    bare = {side for side, part in share.items()
            if part <= HALF_BARE and share.get(opposite[side], 0.0) >= HALF_CARRIED}
    return bare, {side for side, part in share.items() if part > HALF_BARE}


def _near_spots(points: np.ndarray, spots: np.ndarray) -> np.ndarray:
    """Which of ``points`` lie on one of the 3-px spots of ``spots`` or next to one
    (``verify._at_spots`` one spot either way): a feature at a place where a template draws
    in some keyframe, found with another descriptor as the picture behind it changes."""
    near = np.zeros(len(points), bool)
    for step in ((x, y) for x in (-3.0, 0.0, 3.0) for y in (-3.0, 0.0, 3.0)):
        near |= _at_spots(points + np.array(step, np.float32), spots)
    return near


def _at_most_still(match: Match, min_score: float) -> Match | None:
    """``match`` scoring ``STILL_SCORE`` at most (None where that is under ``min_score``)."""
    held = min(match.score, STILL_SCORE)
    return replace(match, score=held) if held >= min_score else None


def _held_as_still(original: IndexedOriginal) -> bool:
    """Whether ``original``'s global matches are held as a still picture's (``_held_still``):
    it is one, or a line of text typed on a program's picture (``layout.Ink.line``), whose
    cells at the hash input tell a copy from another text typed there at the same pace only by
    its letters' ink, which another text's nearly matches (docs/matching.md, *Typed and drawn
    screen recordings at stop 45*)."""
    layout = original.layout
    return layout is not None and (layout.still or (layout.ink is not None and layout.ink.line))


def _evidence_score(match: Match) -> float:
    """The score ``match``'s evidence made: a still picture's before ``_held_still``, a smooth
    one's before ``_held_smooth``."""
    return match.uncapped if isinstance(match, (StillMatch, SmoothMatch)) else match.score


def _held_smooth(match: Match, min_score: float) -> SmoothMatch | None:
    """A global match whose evidence is a smooth picture moving in a still frame
    (``_smooth_inside``), its score held at ``STILL_SCORE``: found, and a person decides (None
    where ``min_score`` asks more).

    A template (a slide's title bar and bullets, a phone player's status bar and comments)
    sets most of a whole view's code, and a colour gradient inside it sets few bits of its own:
    another gradient in the same template met a registered one 4-12 bits off at every instant
    (held_out_20's `q0246` on `low_detail_0`, 0.87, demoted; held_out_21 twice more, 0.74 and
    0.80). Nothing in the codes tells a copy of a gradient from another gradient in the same
    frame, so the global tier never acts on one alone (docs/matching.md, *Smooth pictures in
    templates at stop 45*). Asked only of a match scoring over ``STILL_SCORE``."""
    return _capped(match, min_score, SmoothMatch)


def _smooth_held_at_last(match: Match, min_score: float) -> Match | None:
    """``match`` as ``match_hits`` hands it back: a ``SmoothMatch`` at ``STILL_SCORE`` at most,
    though a later tier found the same original more strongly (``_with_geometry`` keeps the
    global match and lifts its score); None where that is under ``min_score``."""
    if isinstance(match, SmoothMatch) and match.score > STILL_SCORE:
        return replace(match, score=STILL_SCORE) if STILL_SCORE >= min_score else None
    return match


def _smooth_inside(upload: Fingerprint, hit_rows: np.ndarray) -> bool:
    """Whether what moves inside the upload's view that met an original most often (the view
    of most of ``hit_rows``) is a smooth picture: its cells that move over the frames that met
    the original (``layout.STATIC_LEVELS``, as an original's layout learns them), one cell in
    from their edge (the largest part of them, apart from a ticker scrolling under a news
    frame's picture), cut from the upload's small pictures, have at their median no corner that
    moves (under ``MIN_CORNERS`` per 10 000 px, ``_moving_corners``) and flat tiles
    (``SMOOTH_TILES`` of them depart from their plane by under ``MIN_TEXTURE``) or slopes
    that point one way (``_slopes_one_way``: a sharp colour stop bends its tiles): a colour
    gradient.

    A copy of real footage moves in corners (held_out_20's copies: 50-380 per 10 000 px of what
    moves; a soft hot spring 158); a gradient in a template has none (`q0246`: 0). A soft picture
    may have none either, but its tiles are not planes (a generated out-of-focus scene in a phone
    player: 1.2-3.6 gray levels at the median tile; gradients 0.3-0.4). At the median tile, not
    at the registration gate's ``TEXTURE_QUANTILE`` (``fingerprint.kept``): in a cut this small
    (~40x60 px) a gradient's colour stops bend a quarter of its tiles or more (0.4-1.6 there). A
    view that does not move, holds too few frames (``SMOOTH_MIN_FRAMES``) or whose moving part
    is too small to measure (``SMOOTH_MIN_SIDE``) is not judged: False. Needs the upload's small
    pictures and its codes' rectangles (a filmed screen's flattened view has none)."""
    view = _met_view(upload, hit_rows)
    if view is None:
        return False
    box, frames = view
    moving = _moving_cells(upload, box, frames)
    if not moving.any():
        return False
    # the largest part that moves: a news frame's ticker scrolls under its picture, apart
    _, parts, sizes, _ = cv2.connectedComponentsWithStats(moving, connectivity=8)
    moving = parts == 1 + int(np.argmax(sizes[1:, cv2.CC_STAT_AREA]))
    cells = PHash.input_size
    lines, columns = np.flatnonzero(moving.any(axis=1)), np.flatnonzero(moving.any(axis=0))
    height, width = upload.pictures.shape[1:]
    left, right = float(box[0]) * width, float(box[2]) * width
    top, bottom = float(box[1]) * height, float(box[3]) * height
    if box[4]:                  # the inputs are mirrored: their columns count from the right
        columns = cells - 1 - columns[::-1]
    x0 = round(left + (right - left) * columns[0] / cells)
    x1 = round(left + (right - left) * (columns[-1] + 1) / cells)
    y0 = round(top + (bottom - top) * lines[0] / cells)
    y1 = round(top + (bottom - top) * (lines[-1] + 1) / cells)
    if min(x1 - x0, y1 - y0) < SMOOTH_MIN_SIDE:
        return False
    pictures = [np.ascontiguousarray(upload.pictures[frame, y0:y1, x0:x1]) for frame in frames]
    return (_moving_corners(pictures) < MIN_CORNERS
            and (float(np.median(texture(pictures, SMOOTH_TILES))) < MIN_TEXTURE
                 or _slopes_one_way(pictures) < ONE_WAY_SLOPES))


def _met_view(upload: Fingerprint, hit_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The rectangle (a ``Fingerprint.boxes`` row) of the upload's view that met an original
    most often (the view of most of ``hit_rows``) and the upload's frames whose codes of it met
    the original; None where they are fewer than ``SMOOTH_MIN_FRAMES`` (too few to tell what
    moves) or the upload's codes cannot be hashed again (``_rehashable``)."""
    if not _rehashable(upload):
        return None
    rows = hit_rows[np.isfinite(upload.boxes[hit_rows]).all(axis=1)]
    if not len(rows):
        return None
    boxes, box_of, counts = np.unique(upload.boxes[rows], axis=0, return_inverse=True,
                                      return_counts=True)
    rows = rows[box_of.reshape(-1) == counts.argmax()]
    frames = np.unique(upload.frame_of[rows])
    if len(frames) < SMOOTH_MIN_FRAMES:
        return None
    return boxes[counts.argmax()], frames


def _moving_cells(upload: Fingerprint, box: np.ndarray, frames: np.ndarray) -> np.ndarray:
    """The cells of the hash input of the upload's view ``box`` that move over ``frames``
    (their 10th-90th percentile spread reaches ``layout.STATIC_LEVELS``, as an original's
    layout learns them), one cell in from their edge: uint8 [32, 32]."""
    inputs = upload_inputs(upload.pictures, frames, np.tile(box, (len(frames), 1)))
    low, high = np.percentile(inputs.astype(np.float32), [10, 90], axis=0)
    return cv2.erode((high - low >= STATIC_LEVELS).astype(np.uint8), np.ones((3, 3), np.uint8))


def _still_view(upload: Fingerprint, hit_rows: np.ndarray) -> bool:
    """Whether the upload's view that met an original most often (``_met_view``) stands still
    over the frames that met it: no cell of its hash input moves one cell in from its edge
    (a pointer crossing a dialog moves a few cells, none so). Not judged (False) where
    ``_met_view`` finds no view."""
    view = _met_view(upload, hit_rows)
    return view is not None and not _moving_cells(upload, *view).any()


def _slopes_one_way(pictures: list[np.ndarray]) -> float:
    """The median over ``pictures`` (one place of an upload, frame by frame, gray) of their
    ``TEXTURE_TILE`` px tiles' median ratio of the square roots of their structure tensor's
    eigenvalues (the mean outer product of their slopes), smaller over larger: 0 where a tile's
    slopes all point one way (or back along it), 1 where they point every way; a tile with no
    slope counts 0.

    A gradient's colour stop can be sharp enough that its tiles bend off their plane
    (held_out_21's `q0254`, a gradient with a narrow dark stop in a phone template framed 9:16:
    4.2 gray levels at the median tile, over ``MIN_TEXTURE``), but its level lines stay lines
    (0.06); a soft picture's slopes point every way (generated out-of-focus scenes 0.31-0.47)."""
    found = []
    tile = TEXTURE_TILE
    for picture in pictures:
        height, width = picture.shape[:2]
        rows, columns = height - height % tile, width - width % tile
        if not rows or not columns:
            continue
        gray = picture.astype(np.float32)
        across = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)
        down = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)

        def per_tile(values: np.ndarray) -> np.ndarray:
            return values[:rows, :columns].reshape(rows // tile, tile, columns // tile,
                                                   tile).mean(axis=(1, 3)).ravel()

        xx, xy, yy = per_tile(across * across), per_tile(across * down), per_tile(down * down)
        half_gap = np.sqrt(((xx - yy) / 2) ** 2 + xy * xy)
        larger = np.sqrt((xx + yy) / 2 + half_gap)
        smaller = np.sqrt(np.maximum((xx + yy) / 2 - half_gap, 0.0))
        found.append(float(np.median(np.where(larger > 1e-6, smaller / np.maximum(larger, 1e-6),
                                              0.0))))
    return float(np.median(found)) if found else 1.0


def _moving_corners(pictures: list[np.ndarray]) -> float:
    """The median over ``pictures`` (one place of an upload, frame by frame, gray) of their
    FAST corners per 10 000 px (found as ``fingerprint.corners`` finds them) but those found
    again within ``CORNER_REACH`` px of the same place in ``CORNER_STAYS`` of the pictures: a
    template drawn over what moves (held_out_19's phone player: its like, comment and share
    buttons over the picture, 17 corners per 10 000 px of a gradient's cut) sets them, not the
    picture. The buttons' pixels do not stay put themselves: shrunk to the small pictures, each
    is part button, part picture. A still camera's scene keeps its corners in place too, and
    grain dense enough puts one near every pixel in half the frames; their tiles are not planes
    (``_smooth_inside``)."""
    height, width = pictures[0].shape
    found = []
    for picture in pictures:
        small = PHash.prepare(picture)
        step = max(MIN_CORNER_STEP, round(CORNER_STEP * (int(small.max()) - int(small.min()))))
        detector = cv2.FastFeatureDetector_create(threshold=int(step))
        points = np.array([point.pt for point in detector.detect(picture, None)]).reshape(-1, 2)
        found.append((np.clip(np.round(points[:, 1]), 0, height - 1).astype(np.int64),
                      np.clip(np.round(points[:, 0]), 0, width - 1).astype(np.int64)))
    reach = np.ones((2 * CORNER_REACH + 1, 2 * CORNER_REACH + 1), np.uint8)
    stays = np.zeros((height, width), np.float64)
    for rows, columns in found:
        seen = np.zeros((height, width), np.uint8)
        seen[rows, columns] = 1
        stays += cv2.dilate(seen, reach)
    moving = [np.count_nonzero(stays[rows, columns] < CORNER_STAYS * len(pictures))
              for rows, columns in found]
    return float(np.median(moving)) / (height * width / 1e4)


def _nearest(times: np.ndarray, at: np.ndarray) -> np.ndarray:
    """For each instant of ``at``, the number of the nearest of ``times`` (rising, not empty)."""
    after = np.clip(np.searchsorted(times, at), 1, max(len(times) - 1, 1))
    before = np.minimum(after - 1, len(times) - 1)
    after = np.minimum(after, len(times) - 1)
    return np.where(at - times[before] <= times[after] - at, before, after)


def _covered(matches, share: float) -> bool:
    """Whether one of ``matches`` passes the default threshold over ``share`` of the upload."""
    return any(match.score >= DEFAULT_MIN_SCORE and match.coverage_upload >= share
               for match in matches)


def _close_codes(codes: np.ndarray, against: np.ndarray, radius: int,
                 chunk: int = 128) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row in ``codes``, row in ``against``, Hamming distance) of every pair within ``radius``
    bits, ``chunk`` rows of ``codes`` at a time so a long original costs little memory."""
    rows, columns, distances = [], [], []
    for start in range(0, len(codes), chunk):
        apart = hamming(codes[start:start + chunk, None, :], against[None, :, :])
        here, column = np.nonzero(apart <= radius)
        rows.append(here + start)
        columns.append(column)
        distances.append(apart[here, column])
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(rows), np.concatenate(columns), np.concatenate(distances)


def _anchored(alignment: Alignment, upload_times: np.ndarray, original_times: np.ndarray) -> bool:
    """Whether a verified keyframe pair (``upload_times[i]`` with ``original_times[i]``) lies
    on ``alignment``'s line (``ANCHOR_SLACK``) inside one of its segments: the rectified frames
    confirm a copy where its verified keyframes place it. A transform verified on a shared word
    or layout (the same title in one typeface) warps every frame of a foreign slide deck onto
    the original's, and two slides of one template are near-equal codes at any moment of it:
    held_out_7's `q0166` met a registered deck at 0.816 along two unrelated lines, its one
    verified keyframe on one of them; on that line alone it scores 0.108 (docs/matching.md,
    issue 15). A copy's warped frames meet the original along its verified keyframes' line."""
    return bool(np.any(_on_line(alignment, upload_times, original_times)))


def _on_line(alignment: Alignment, upload_times: np.ndarray, original_times: np.ndarray
             ) -> np.ndarray:
    """Per verified keyframe pair (``upload_times[i]`` with ``original_times[i]``): whether it
    lies within ``ANCHOR_SLACK`` of ``alignment``'s line, inside (as far) one of its segments."""
    expected = alignment.speed * upload_times + alignment.offset
    on_line = np.abs(original_times - expected) <= ANCHOR_SLACK
    inside = np.zeros(len(upload_times), bool)
    for segment in alignment.segments:
        inside |= ((upload_times >= segment.upload_start - ANCHOR_SLACK)
                   & (upload_times <= segment.upload_end + ANCHOR_SLACK))
    return on_line & inside


def _tells_the_moment(alignment: Alignment, hits: FrameMatches, original_duration: float) -> bool:
    """Whether the rectified frames' ``hits`` place the copy on ``alignment``'s line: they meet
    the original there more closely, per second of it the line crosses (the best hit within
    ``TOLERANCE`` of the line per ``EVIDENCE_BIN`` of original time, summed, as align counts
    evidence; over the upload time of its segments), than on any line of the same speed
    ``RIVAL_SHIFT`` or more earlier or later that crosses ``RIVAL_COVER`` as much of it.

    A rendering tool's template (spectrum bars bent into a ring by one ``remap``, drawn whatever
    the music) hashes alike at every moment: a verified pair on the ring warps another
    rendering's frames onto the original, and they meet its codes along a line of any speed
    and offset. held_out_19's ring on other music (`q0224`, `q0280`, `q0318`) met it at 0.89-1.0
    on lines that gathered less per second than lines 2-10 s off them; a copy meets the original
    along its own line first (docs/matching.md, *Templates in the rectified frames at stop 44*)."""
    start = min(segment.upload_start for segment in alignment.segments)
    end = max(segment.upload_end for segment in alignment.segments)
    inside = (hits.upload_times >= start) & (hits.upload_times <= end)
    original_times = hits.original_times[inside]
    off_line = original_times - (alignment.speed * hits.upload_times[inside] + alignment.offset)
    order = np.argsort(off_line, kind="stable")
    off_line, original_times = off_line[order], original_times[order]
    weights = hits.weights[inside][order]

    def per_second(shift: float) -> tuple[float, float]:
        """(evidence per second, seconds of the original crossed) of the line ``shift`` off."""
        crossed = (min(alignment.speed * end + alignment.offset + shift, original_duration)
                   - max(alignment.speed * start + alignment.offset + shift, 0.0))
        low = np.searchsorted(off_line, shift - TOLERANCE, side="left")
        high = np.searchsorted(off_line, shift + TOLERANCE, side="right")
        if crossed <= 0.0 or high <= low:
            return 0.0, max(crossed, 0.0)
        bins = np.floor(original_times[low:high] / EVIDENCE_BIN).astype(np.int64)
        best = np.zeros(int(bins.max()) + 1)
        np.maximum.at(best, bins, weights[low:high])
        return float(best.sum()) / crossed, crossed

    own, crossed = per_second(0.0)
    if crossed <= 0.0:
        return True
    needed = max(EVIDENCE_BIN, RIVAL_COVER * crossed)
    for shift in np.arange(RIVAL_SHIFT, original_duration + RIVAL_STEP, RIVAL_STEP):
        for signed in (-shift, shift):
            rival, seconds = per_second(float(signed))
            if seconds >= needed and rival >= own:
                return False
    return True


def _one_still_picture(alignment: Alignment, times: np.ndarray, numbers: np.ndarray) -> bool:
    """Whether the original's keyframes (at ``times``, showing still pictures ``numbers``) over
    the stretch ``alignment`` crosses (half a keyframe either side) show one picture: a still
    original hashes alike at every moment of it, and where its copy lies in it is no question
    (``_one_picture_evidence`` counts it once)."""
    start = min(segment.original_start for segment in alignment.segments) - 0.5 / KEYFRAME_FPS
    end = max(segment.original_end for segment in alignment.segments) + 0.5 / KEYFRAME_FPS
    return len(np.unique(numbers[(times >= start) & (times <= end)])) <= 1


def _goes_on(upload: Keypoints, upload_frames: np.ndarray, shown: np.ndarray,
             times: np.ndarray, numbers: np.ndarray) -> bool:
    """Whether two verified pairs (``upload``'s keyframe ``upload_frames[i]``, showing the
    original's still picture ``shown[i]``: ``numbers`` of its keyframes at ``times``) show two
    pictures in an order one line at half to double speed carries: the later upload keyframe
    where the line has reached the later picture (each picture's keyframes' span, half a
    keyframe either side), and the upload's own picture changed between the two keyframes
    (``keypoints.one_picture``). The vote may cut a copy's line in pieces at other speeds along
    one picture; the pairs still go from picture to picture, and the copy's picture with them.
    One held slide of a foreign deck in one typeface verifies with two slides of a registered
    deck on the shared title word (`deck_negatives.py`'s `deck301` with `deck91`'s second and
    fourth slides): a line at double speed carries one to the other, but the upload showed one
    picture all along (docs/matching.md, *Still pictures in the rectified frames*)."""
    if len(np.unique(shown)) < 2:
        return False
    upload_times = upload.times[upload_frames]
    first = np.searchsorted(numbers, shown)                 # each picture's first keyframe
    last = np.searchsorted(numbers, shown, side="right") - 1
    half = 0.5 / KEYFRAME_FPS
    begins, ends = times[first] - half, times[last] + half
    later = upload_times[None, :] - upload_times[:, None]               # [i, j]: u_j - u_i
    least = begins[None, :] - ends[:, None]            # the original time from picture i to j
    most = ends[None, :] - begins[:, None]
    carried = ((later > 0) & (shown[None, :] != shown[:, None])
               & (WIDE_SPEEDS[0] * later <= most) & (WIDE_SPEEDS[-1] * later >= least))
    keyframes = {(int(upload_frames[i]), int(upload_frames[j])) for i, j in zip(*np.nonzero(carried))}
    return any(not one_picture(upload, before, after) for before, after in sorted(keyframes))


def _line_goes_on(alignment: Alignment, upload: Keypoints, shows: np.ndarray,
                  times: np.ndarray, numbers: np.ndarray) -> bool:
    """Whether ``alignment``'s own frames go from one still picture of the original
    (``numbers`` of its keyframes at ``times``) to another as the upload's picture (``shows``:
    ``pictures`` of its keyframes) changes (``_goes_on``): each inlier frame taken as its
    nearest upload keyframe showing the original keyframe nearest to where the line puts it,
    each pair of an upload picture and an original picture held by ``MIN_FRAMES`` inlier
    frames or more (one upload keyframe of it asked). A frame or two at a change of picture may be given the next keyframe on one side
    and the last on the other: a foreign slide warped onto one of the original's slides ended
    where both decks change slide (`deck301`, 0.593)."""
    if not len(upload.times) or not len(alignment.inlier_times):
        return False
    frames = _nearest(upload.times, alignment.inlier_times)
    shown = numbers[_nearest(times, alignment.speed * alignment.inlier_times + alignment.offset)]
    pairs, first, count = np.unique(np.stack([shows[frames], shown], axis=1), axis=0,
                                    return_index=True, return_counts=True)
    held = count >= MIN_FRAMES
    return _goes_on(upload, frames[first[held]], pairs[held, 1], times, numbers)


def _one_picture_evidence(alignment: Alignment, times: np.ndarray,
                          numbers: np.ndarray) -> Alignment:
    """The keyframes' own ``alignment`` with an original whose keyframes at ``times`` show
    still pictures ``numbers``: where the keyframes its segments span show still pictures
    only (two keyframes or more each), its evidence at most its best inlier's weight times
    the square root of the seconds of original it spans; else as it is. Keyframes of moving
    footage are each a picture of their own and change nothing.

    Along one still picture any line fits: every keyframe of the upload that looks like the
    picture verifies with every keyframe of it, at any offset and at speeds from half to
    double, and each original keyframe counted as new evidence (``align._per_unit``), each
    second of a slowed line too: one likeness counted many times. Generated slide decks in one
    typeface verify slide against foreign slide on the title word and the grid of bullet
    glyphs, each pair of slides on a line of its own (held_out_8's `q0165`: 0-3.5 s <->
    8.0-11.5 s and 7.5-11.5 s <-> 0-3.5 s of the registered deck, 0.691), or stray pairs on a
    few glyphs make a line across slides. A copy goes from picture to picture along one line
    and is not asked this (``_goes_on``). The square root is the global tier's for a still
    stretch (``_timing_weights``: a frame's hits over it divided by its seconds' root). The
    rectified frames' alignments are asked too (``_placed``): a copy of one still page
    (held_out_8's crop `q0043` of `web_report`) is still placed by them, at 0.953 rather than
    1.000 (docs/matching.md, issue 15)."""
    start = min(segment.original_start for segment in alignment.segments)
    end = max(segment.original_end for segment in alignment.segments)
    spanned = np.unique(numbers[(times >= start) & (times <= end)])
    if not len(spanned) or np.any(np.bincount(numbers)[spanned] < 2):
        return alignment                          # not still: keyframes of moving footage
    still = float(np.max(alignment.inlier_weights)) * np.sqrt(max(end - start, 1.0))
    return replace(alignment, evidence=min(alignment.evidence, still))


def _places_better(rectified: Match, keyframes: Match) -> bool:
    """Whether the rectified frames' match should give the segments rather than the keyframes':
    when the keyframes' match is under the threshold and the rectified one scores higher, or
    both pass and the rectified one covers about as much of the upload (``RECTIFIED_COVER`` of
    it or more). Parts of the original outside the upload's picture (a zoom, a crop) leave the
    rectified frames' codes far off, and then only some of them meet."""
    if keyframes.score < DEFAULT_MIN_SCORE:
        return rectified.score > keyframes.score
    return (rectified.score >= DEFAULT_MIN_SCORE
            and rectified.coverage_upload >= RECTIFIED_COVER * keyframes.coverage_upload)


def _unambiguous_weights(pairs: list) -> np.ndarray:
    """Each verified pair's weight, shared among the original keyframes its upload keyframe
    verifies about as well with (``AMBIGUOUS_INLIERS`` of the best): a keyframe that fits
    several moments of an original equally (a shared layout, text in one font) says little
    about which moment it copies, while a copy fits the moment it shows best."""
    best: dict[int, int] = {}
    for pair in pairs:
        best[pair.upload_frame] = max(best.get(pair.upload_frame, 0), pair.inliers)
    rivals: dict[int, int] = {}
    for pair in pairs:
        if pair.inliers >= AMBIGUOUS_INLIERS * best[pair.upload_frame]:
            rivals[pair.upload_frame] = rivals.get(pair.upload_frame, 0) + 1
    return np.array([pair.weight / rivals[pair.upload_frame] for pair in pairs], np.float64)


def _could_score(keys: np.ndarray, frames: np.ndarray, weights: np.ndarray,
                 needed: float) -> np.ndarray:
    """The originals whose hits could align and reach ``needed`` evidence, the others skipped.

    ``align`` wants ``MIN_FRAMES`` distinct upload frames, and counts each upload frame in one
    alignment at most, with at most its best weight: an exact bound. In a big index most
    originals are hit by a stray code or two; this spares looking them up and aligning them.
    """
    order = np.lexsort((-weights, frames, keys))
    keys, frames, weights = keys[order], frames[order], weights[order]
    best = np.ones(len(keys), dtype=bool)                 # best hit of each (original, frame)
    best[1:] = (keys[1:] != keys[:-1]) | (frames[1:] != frames[:-1])
    originals, inverse, counts = np.unique(keys[best], return_inverse=True, return_counts=True)
    bound = np.bincount(inverse, weights=weights[best])
    return originals[(counts >= MIN_FRAMES) & (bound >= needed - 1e-9)]


def _corroborated(alignments: list[Alignment], matches: FrameMatches,
                  plain: np.ndarray) -> list[Alignment]:
    """The alignments, if the line of one of them is met in ``MIN_FRAMES`` upload frames by a
    pair of codes neither of which is one-dimensional (``plain``, per hit of ``matches``: the
    upload's code or the original's is, ``hashers.one_dimensional``); else none.

    A one-dimensional code carries 8 bits, and any picture brighter along the same side meets
    it: held_out_8's `q0082`, a zoomed terminal whose frames were a light bar along the top and
    a line of text at its left (every row of its code ``10100101``), met a microscopy film 2
    bits off, 0.92 in the global tier (docs/matching.md, *Dark, nearly empty frames*). A copy
    of such footage holds other frames too (a spectrum visualiser's bars are one-dimensional
    about half of the time), and once they place it, its one-dimensional stretches are where
    they are (a line of them alone dropped cut such a copy's segments). The geometry tier still
    looks at an upload whose lines this drops.

    An upload's smooth frames (``Fingerprint.smooth``, ``fingerprint.smooth``: no corner, flat
    or one-way tiles, a colour gradient's) count as one-dimensional here: an index may hold a
    gradient (registered before the original-side gate, or a circular or spiral one of many
    colours, which passes it), and other gradients' frames meet it (docs/matching.md,
    *Gradients on the upload side at stop 36*)."""
    for alignment in alignments:
        on_line = ((np.abs(matches.original_times - (alignment.speed * matches.upload_times
                                                     + alignment.offset)) <= TOLERANCE)
                   & np.isin(matches.upload_times, alignment.inlier_times) & ~plain)
        if len(np.unique(matches.upload_times[on_line])) >= MIN_FRAMES:
            return alignments
    return []


def _one_upload_picture(alignments: list[Alignment], matches: FrameMatches,
                        upload_codes: np.ndarray, upload_rows: np.ndarray,
                        original_codes: np.ndarray, original_rows: np.ndarray,
                        still: Stillness | None) -> tuple[list[Alignment], float]:
    """The alignments, each run of inlier frames that shows one picture of the upload where
    the original moves counted as one frame, at its best weight.

    A run: inlier frames in time order, each with a code that meets the original (any of its
    hits, ``upload_rows`` per hit of ``matches``) within ``UPLOAD_STILL_BITS`` of such a code
    of the run's first frame. The original moves under it where the original codes that the
    run's frames meet best on the line (``original_rows``) lie more than ``MOVED_BITS``
    further apart than the run's frames from its first, and its instants there are not still
    (``Stillness``: a copy of a held picture is a held picture, which the timing weights
    count). A still upload cannot say where in moving footage it is: each of its frames meets
    the same moment or two of the original, and a slow line through them (half speed, the
    grid's slowest, takes the most frames) counted one likeness once per second of the
    original it crossed: held_out_12's split screens beside a compiler tutorial's still, dark
    histogram matched a dark spectrum visualiser at 0.784 and 0.718, demoted, 4.4 s of the
    still opening on 1.4 s of the spectrum's scroll (docs/matching.md, issue 15).

    Each moment of the original (where it moves) counts once over all the match's lines, at the
    heaviest frame that meets it best, in the strongest line that does; returned with the lines:
    the most evidence the match may have, never more than its lines counted as before
    (``math.inf`` where no line is left). A
    low-detail clip whose frames move (6-30 bits apart, no still picture) yet meet one moment
    of a dark visualiser's opening again and again lay on four slow lines over 12 s of upload,
    all on 1.7 s of the original, and counted that one likeness once per second each line
    crossed: held_out_13's `q0207`, 0.642, demoted.
    The frames keep the places their lines give them: moved to the moments they meet (within
    ``TOLERANCE`` of the line), a weak copy's jittered hits pile into fewer seconds, and a split
    screen of held_out_11 fell from 0.635 to 0.4998 (docs/matching.md, *One stretch of the
    original at stop 38*)."""
    lines: list[Alignment] = []
    shown: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # per line: where its frames
    by_time = np.argsort(matches.upload_times, kind="stable")  # count, their weights, what they meet
    sorted_times = matches.upload_times[by_time]
    for alignment in alignments:
        on_line = np.abs(matches.original_times - (alignment.speed * matches.upload_times
                                                   + alignment.offset)) <= TOLERANCE
        times, weights = alignment.inlier_times, alignment.inlier_weights.copy()
        runs: list[list[int]] = []
        apart: list[int] = []                 # per run: its frames' most bits from its first
        partners: list[list[int]] = []        # per run: the original codes its frames meet best
        own: dict[int, float] = {}            # and the instants they show
        anywhere: list[list[float]] = []      # per run: each frame's best moment in the original
        first = None
        for number in np.argsort(times, kind="stable"):
            frame = by_time[np.searchsorted(sorted_times, times[number], "left"):
                            np.searchsorted(sorted_times, times[number], "right")]
            codes = upload_codes[np.unique(upload_rows[frame])]
            best = frame[on_line[frame]]
            if len(best):
                best = best[np.argmax(matches.weights[best])]
                partner = int(original_rows[best])
                own[partner] = float(matches.original_times[best])
            else:
                partner = -1
            moment = float(matches.original_times[frame[np.argmax(matches.weights[frame])]])
            link = (hamming(codes[:, None, :], first[None, :, :]).min()
                    if first is not None else UPLOAD_STILL_BITS + 1)
            if link <= UPLOAD_STILL_BITS:
                runs[-1].append(number)
                apart[-1] = max(apart[-1], int(link))
                partners[-1].append(partner)
                anywhere[-1].append(moment)
            else:
                runs.append([number])
                apart.append(0)
                partners.append([partner])
                anywhere.append([moment])
                first = codes
        positions = alignment.speed * times + alignment.offset     # where the line puts them
        counted = np.ones(len(times), bool)
        changed = False
        for run, bits, met, best_moments in zip(runs, apart, partners, anywhere):
            if len(run) < 2 or min(met) < 0:
                continue
            if _follows(times[run], np.array(best_moments), alignment.speed):
                continue
            reached = np.array([own[row] for row in met])
            if still is not None and still.share(float(reached.min()),
                                                 float(reached.max())) >= STILL_SHARE:
                continue
            # one picture meets the moments it meets, wherever the line passes: each counts once
            positions[run] = reached
            changed = True
            theirs = original_codes[np.unique(met)]
            if len(theirs) > 1 and (hamming(theirs[:, None, :], theirs[None, :, :]).max()
                                    <= bits + MOVED_BITS):
                continue                  # the original moves as little: slow footage copied
            best = run[int(np.argmax(weights[run]))]
            counted[[number for number in run if number != best]] = False
        evidence = alignment.evidence
        if changed:
            if counted.sum() < MIN_FRAMES:
                continue                  # a line needs that many frames, as align's segments do
            weights[~counted] = 0.0
            evidence = min(evidence, evidence_of(positions, weights,
                                                 EVIDENCE_BIN * min(1.0, alignment.speed)))
        lines.append(replace(alignment, evidence=evidence))
        met_at = np.full(len(times), np.nan)       # the original moment each frame meets best
        for run, met in zip(runs, partners):
            for number, partner in zip(run, met):
                if partner >= 0:
                    met_at[number] = own[partner]
        shown.append((positions, weights, met_at))
    if not lines:
        return lines, math.inf
    # Each moment of the original counts once, in the strongest line that meets it, at its
    # heaviest frame there, wherever the line puts the others; not where the original stands
    # still (a held picture's moments are alike: the line says which of them a copy shows)
    placed, used = [], set()
    for number in sorted(range(len(lines)), key=lambda number: -lines[number].evidence):
        positions, weights, met_at = shown[number]
        moving = ~np.isnan(met_at)
        if still is not None and moving.any():
            moving[moving] = ~_still_at(still, met_at[moving])
        weights, repeated = weights.copy(), False
        for frame in np.argsort(-weights, kind="stable"):
            if not moving[frame]:
                continue
            if met_at[frame] in used:
                weights[frame], repeated = 0.0, True
            used.add(float(met_at[frame]))
        line = lines[number]
        if repeated:                      # a line that meets no moment twice keeps its evidence
            line = replace(line, evidence=min(line.evidence, evidence_of(
                positions, weights, EVIDENCE_BIN * min(1.0, line.speed))))
        placed.append((number, line))
    # and never more than the lines counted as they were: a weaker line that a stronger one had
    # hidden from ``distinct_evidence`` adds nothing
    placed = [line for _, line in sorted(placed, key=lambda pair: pair[0])]
    return placed, distinct_evidence(lines)


def _still_at(still: Stillness, instants: np.ndarray) -> np.ndarray:
    """Per instant of the original: whether its nearest sampled instant is still."""
    if not len(still.times):
        return np.zeros(len(instants), bool)
    return still.still[_nearest(still.times, instants)]


def _follows(times: np.ndarray, moments: np.ndarray, speed: float) -> bool:
    """Whether a run of upload frames at ``times`` whose codes stay near its first frame's,
    meeting the original best (anywhere in it, not only near the line) at ``moments``, follows
    the original along the line of ``speed``: the middle half of those moments spreads over
    ``FOLLOWS_SHARE`` of the stretch of original the line crosses under the run, and they rise
    with the upload's time (correlation ``FOLLOWS_CORRELATION`` or more).

    A still picture meets one moment or two of moving footage at every frame, wherever the line
    passes (held_out_12's `q0192`: 10 of 12 frames meet 15.28 s best, a middle half of 0 s under
    a line crossing 1.36 s). A copy softer than its original (the main suite's filmed screen
    `q0189`, blurred 2.2 px, filmed off a screen) keeps its codes within a few bits of each other
    over 1.6 s while the street camera's move 16 bits, yet each of its frames meets best a later
    moment than the one before (3.9, 3.9, 4.9, 5.1, 4.9 s at 0-1.6 s: a middle half of 1.0 s
    under a line crossing 1.6 s, correlation 0.87): it is footage copied, not one picture.
    Not for fewer than ``MIN_FRAMES`` frames (two always correlate), nor where the middle half
    spreads over more than twice that stretch: a still picture meeting moments scattered over
    footage that comes back to its pictures, in whatever order, follows nothing."""
    covered = speed * float(times.max() - times.min())
    if len(times) < MIN_FRAMES or covered <= 0 or np.ptp(moments) == 0:
        return False
    middle = float(np.percentile(moments, 75) - np.percentile(moments, 25))
    return (FOLLOWS_SHARE * covered - 1e-9 <= middle <= covered / FOLLOWS_SHARE + 1e-9
            and float(np.corrcoef(times, moments)[0, 1]) >= FOLLOWS_CORRELATION)


def _has_layout(upload: Fingerprint, original: IndexedOriginal) -> bool:
    """Whether ``original``'s global hits are judged inside its static layout: it has one, of
    as many codes as it has, and the upload's codes can be hashed again (``_rehashable``)."""
    return (original.layout is not None and not original.layout.still
            and original.layout.ink is None and original.codes is not None
            and len(original.layout.codes) == len(original.codes) and _rehashable(upload))


def _tells_little(layout: StaticLayout) -> bool:
    """Whether every view of ``layout``'s masked codes has fewer than ``TELLING_BITS`` bits that
    differ between its frames (set in over ``TELLING_SPREAD`` of them and under the rest): what
    moves inside the layout is small or plain, and another picture drawn there in the same way
    meets its codes (held_out_22's lecture deck `low_detail_1`: 27 and 32; its streamer overlay,
    caption template and slideshow maker 56-64; the hills slide 23 and 26)."""
    views = len(layout.static)
    for view in range(views):
        ones = np.unpackbits(layout.codes[view::views], axis=1).mean(axis=0)
        if np.count_nonzero((ones > TELLING_SPREAD) & (ones < 1 - TELLING_SPREAD)) >= TELLING_BITS:
            return False
    return True


def _rehashable(upload: Fingerprint) -> bool:
    """Whether the upload's codes can be hashed again from what it kept: its small pictures and
    its codes' rectangles (an upload over ``MAX_PICTURES`` frames keeps no pictures and is
    judged by its whole codes)."""
    return (upload.pictures is not None and len(upload.pictures) == len(upload.times)
            and upload.boxes is not None and len(upload.boxes) == len(upload.codes))


def _moving_hits(upload: Fingerprint, layout: StaticLayout, hit_rows: np.ndarray,
                 numbers: np.ndarray, distances: np.ndarray, shares: np.ndarray,
                 original_codes: np.ndarray) -> tuple[np.ndarray, ...]:
    """The global hits of an original with a static layout, made again from what moves
    inside it: each upload code that met the original (``hit_rows``, one per index hit, each
    with its frame's ``shares``) hashed again from the upload's small pictures with each view's
    static cells painted over as the original's were (``layout.masked``), against the masked
    code of the original code the index found for it: a hit is kept where they lie within
    ``MOVING_RADIUS``, at the lesser of its two closenesses (it only loses weight, so
    ``_could_score``'s bound holds; a template's window, ``StaticLayout.windowed``, is paired
    with its nearest masked code instead and weighed by that closeness alone, each pair once,
    ``_nearest_in_window``: the bound may not hold for it, its whole codes' evidence still
    makes it a candidate; compared with every masked code of the original, a split
    screen's still half met held_out_13's `dijkstra` at 0.976 at min score 0, while at the
    default the original was no candidate); (upload row, original code number, masked
    distance, weight, the upload's code and the original's code of each hit). A code with no
    rectangle to hash again (a filmed screen's flattened view) keeps its index hits as far as
    ``_beyond_template`` says.

    Every code of a meter's chart (an L of axes, ticks, labels; the bars a few cells) is one
    code, so the index's nearest codes of it fall anywhere in the original, and another
    rendering in the same chart meets it as closely as a copy: held_out_16's `showvolume` on
    other music, 1.0 and demoted (docs/matching.md, *Static layouts at stop 41*)."""
    boxed = np.isfinite(upload.boxes[hit_rows]).all(axis=1)
    # a flattened screen's hits, as far as they are nearer the original's code than its
    # layout's (``_beyond_template``); none where all of the original's picture is static
    # (``layout.learn``: what moves is the tool's clock, flattened or not)
    kept = ~boxed & (not layout.clock)
    views = len(layout.static)
    found = [(hit_rows[kept], numbers[kept], distances[kept],
              ((MATCH_RADIUS + 1 - distances[kept]) / (MATCH_RADIUS + 1)) ** CLOSENESS_POWER
              * shares[kept] * _beyond_template(upload.codes[hit_rows[kept]], numbers[kept],
                                                distances[kept], original_codes, views),
              upload.codes[hit_rows[kept]], original_codes[numbers[kept]])]
    candidates, row_of = np.unique(hit_rows[boxed], return_inverse=True)
    if len(candidates):
        inputs = upload_inputs(upload.pictures, upload.frame_of[candidates],
                               upload.boxes[candidates])
        mine_numbers, mine_distances = numbers[boxed], distances[boxed]
        for view in range(views):
            these = mine_numbers % views == view
            if not these.any() or _still_inside(layout.codes[view::views]):
                continue
            codes = masked(inputs, layout.static[view])[row_of[these]]
            paired = mine_numbers[these]
            if layout.windowed:
                paired = _nearest_in_window(codes, paired, layout.codes, view, views)
            near = hamming(codes, layout.codes[paired])
            kept_here = near <= MOVING_RADIUS
            closeness = ((MOVING_RADIUS + 1 - near) / (MOVING_RADIUS + 1))
            if not layout.windowed:
                closeness = np.minimum(
                    (MATCH_RADIUS + 1 - mine_distances[these]) / (MATCH_RADIUS + 1), closeness)
            closeness = closeness ** CLOSENESS_POWER
            rows_here = hit_rows[boxed][these][kept_here]
            part = (rows_here, paired[kept_here], near[kept_here],
                    closeness[kept_here] * shares[boxed][these][kept_here],
                    codes[kept_here], layout.codes[paired[kept_here]])
            found.append(_once_each(*part) if layout.windowed else part)
    return tuple(np.concatenate(parts) for parts in zip(*found))


def _nearest_in_window(codes: np.ndarray, numbers: np.ndarray, layout_codes: np.ndarray,
                       view: int, views: int) -> np.ndarray:
    """Per masked upload code (``codes``, each met by the index at the original's code
    ``numbers[i]`` of ``view``), the number of the original's masked code of that view nearest
    it, of equally near ones the one nearest in time to the index's: a template's window
    (``StaticLayout.windowed``) is a small part of the whole codes the index searched, so the
    code it found is the template's at any moment. held_out_22's split-screen copy of
    `stream_levels` met its masked codes 2-10 bits off at their own moments and 2-20 at the
    index's; the same overlay around other levels 14 or more at any."""
    own = np.arange(view, len(layout_codes), views)
    nearest = np.empty(len(codes), np.int64)
    for start in range(0, len(codes), 128):        # a long original costs little memory
        end = start + 128
        apart = hamming(codes[start:end, None, :], layout_codes[own][None, :, :])
        # the nearest code first, of those the one nearest the index's moment
        order = apart * len(own) + np.abs(own[None, :] - numbers[start:end, None]) // views
        nearest[start:end] = own[order.argmin(axis=1)]
    return nearest


def _once_each(rows: np.ndarray, numbers: np.ndarray, *rest: np.ndarray) -> tuple[np.ndarray, ...]:
    """The hits (``rows``, ``numbers``, then the arrays of ``_moving_hits``' parts, the weights
    the fourth) with each pair of upload row and original code once, at its greatest weight:
    the index's several codes for one upload code, paired again with one window's code, are one
    piece of evidence (``_nearest_in_window``)."""
    weights = rest[1]
    order = np.lexsort((-weights, numbers, rows))
    pairs = np.stack([rows[order], numbers[order]], axis=1)
    first = np.ones(len(order), bool)
    first[1:] = (pairs[1:] != pairs[:-1]).any(axis=1)
    kept = order[first]
    return (rows[kept], numbers[kept]) + tuple(array[kept] for array in rest)


def _inked_hits(upload: Fingerprint, layout: StaticLayout, hit_rows: np.ndarray,
                numbers: np.ndarray, distances: np.ndarray, weights: np.ndarray
                ) -> tuple[np.ndarray, ...]:
    """The global hits of a program's picture a user types or draws on (``layout.Ink``) that
    show the user's ink: each hit's upload frame hashed again from its small pictures and
    compared, in the ink's cells, with the ink the original shows at the hit code's frame
    (``Ink.agreement``); kept where it shows ``INK_AGREEMENT`` of it, its weight times that
    share; (upload row, original code number, distance, weight). An upload whose codes cannot
    be hashed again (no small pictures, a filmed screen's flattened view) keeps none: the
    program's other screens meet these codes as closely as a copy does, the ink alone tells
    them apart (docs/matching.md, *Typed and drawn screen recordings at stop 45*)."""
    if not _rehashable(upload):
        return tuple(np.zeros(0, array.dtype) for array in (hit_rows, numbers, distances, weights))
    boxed = np.isfinite(upload.boxes[hit_rows]).all(axis=1)
    hit_rows, numbers, distances, weights = (hit_rows[boxed], numbers[boxed], distances[boxed],
                                             weights[boxed])
    candidates, row_of = np.unique(hit_rows, return_inverse=True)
    inputs = upload_inputs(upload.pictures, upload.frame_of[candidates], upload.boxes[candidates])
    views = len(layout.static)
    shown = layout.ink.agreement(inputs[row_of], numbers % views, numbers // views, layout.static)
    kept = shown >= INK_AGREEMENT
    return hit_rows[kept], numbers[kept], distances[kept], weights[kept] * shown[kept]


def _beyond_template(upload_codes: np.ndarray, numbers: np.ndarray, distances: np.ndarray,
                     original_codes: np.ndarray, views: int) -> np.ndarray:
    """Per hit, how much of it the original's template does not explain (as ``_beyond_layout``):
    the bits by which the upload's code is nearer the original's code than the bitwise majority
    of the original's codes of that view (the code its drawn frame sets), over ``LAYOUT_BITS``,
    between 0 and 1. For the codes an upload's rectangles cannot give again (a filmed screen's
    flattened view): a meter whose every code is its chart's gets nothing from them."""
    gain = np.zeros(len(numbers))
    for view in range(views):
        mine = numbers % views == view
        if not mine.any():
            continue
        codes = original_codes[view::views]
        majority = np.packbits(np.unpackbits(codes, axis=1).mean(axis=0) >= 0.5)
        gain[mine] = hamming(upload_codes[mine], majority[None, :]) - distances[mine]
    return np.clip(gain / LAYOUT_BITS, 0.0, 1.0)


def _moving_pairs(codes: np.ndarray, layout: StaticLayout
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row in ``codes``, original code number, distance) of every masked code (frame-major,
    one per view, as the original's) within ``MOVING_RADIUS`` of the original's masked code of
    the same view, views whose masked codes stand still left out (``_still_inside``)."""
    views = len(layout.static)
    found = []
    for view in range(views):
        mine = np.arange(view, len(codes), views)
        numbers = np.arange(view, len(layout.codes), views)
        if not len(mine) or _still_inside(layout.codes[numbers]):
            continue
        row, column, distance = _close_codes(codes[mine], layout.codes[numbers], MOVING_RADIUS)
        found.append((mine[row], numbers[column], distance))
    if not found:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    return tuple(np.concatenate(parts) for parts in zip(*found))


def _still_inside(codes: np.ndarray) -> bool:
    """Whether an original's masked codes of one view are (``STILL_INSIDE`` of them) within
    ``ONE_DIMENSIONAL_SLACK`` bits of their bitwise majority: a volume meter's two bars on a
    chart's axes move, yet no bit of its codes follows them (held_out_16's `showvolume`)."""
    if not len(codes):
        return True
    majority = np.packbits(np.unpackbits(codes, axis=1).mean(axis=0) >= 0.5)
    return float(np.mean(hamming(codes, majority[None, :]) <= ONE_DIMENSIONAL_SLACK)) >= STILL_INSIDE


def _beyond_layout(upload_codes: np.ndarray, original_codes: np.ndarray,
                   distances: np.ndarray) -> np.ndarray:
    """Per hit, how much of it the original's layout does not explain: how many bits nearer the
    original's code the upload's code is than the original's layout (``hashers.layouts``: the
    one-dimensional code nearest it), over ``LAYOUT_BITS``, between 0 and 1.

    A rendering tool draws the same frame on every video it makes (a visualiser's black field
    and the band scrolling in over it, a template's bars): two renderings of other content
    share those codes' layout, and an upload that only shares it is as near the layout as the
    original itself. A copy carries the original's detail too, so it is nearer the original
    than the layout by about the bits that detail sets."""
    layout = layouts(original_codes)
    gain = hamming(upload_codes, layout) - distances
    return np.clip(gain / LAYOUT_BITS, 0.0, 1.0)


def _timing_weights(frames: np.ndarray, distances: np.ndarray,
                    original_times: np.ndarray) -> np.ndarray:
    """Per hit on one original: 1 / (distinct seconds of the original that the same upload
    frame hits within ``TIMING_SLACK`` bits of its closest hit there) ** ``TIMING_POWER``.

    A copy's frame meets its own moment of the original (and a neighbour or two); a frame of
    smooth or repetitive footage meets an original of its kind everywhere, which says nothing
    about an alignment. Only lowers weights, so ``_could_score``'s bound still holds.
    """
    numbers, frame = np.unique(frames, return_inverse=True)
    closest = np.full(len(numbers), np.iinfo(np.int64).max)
    np.minimum.at(closest, frame, distances)
    close = distances <= closest[frame] + TIMING_SLACK
    seconds = np.floor(original_times).astype(np.int64)
    width = int(seconds.max()) + 1          # (frame, second) as one integer: np.unique over
    pairs = np.unique(frame[close] * width + seconds[close])    # rows costs ~10x
    spread = np.bincount(pairs // width, minlength=len(numbers))
    return 1.0 / np.maximum(spread[frame], 1) ** TIMING_POWER


def _shares(frames: np.ndarray, keys: np.ndarray, distances: np.ndarray,
            footage: dict[int, int] | None = None) -> np.ndarray:
    """Per hit: the share of its upload frame that goes to its original, the frame's evidence
    split over the originals it hits by how close each comes (``exp(-extra bits / SHARE_SCALE)``,
    normalised per frame); originals of one footage (``footage``: original -> the key it counts
    under) count once, at the closest of them, and each gets that footage's share, as an
    original's own moments do (which of them the frame shows, closeness says).

    Inverse frequency learnt from the index: a frame that many originals of one kind meet about
    as closely (a dark sky with a bright core, a centred subject) says little about any of them,
    while a copy's distinctive frames meet their original far closer than anything else. Pieces
    of one camera shot are not many originals of a kind: a frame that meets them all is that
    shot's, and splitting it among them lost a keystoned filmed copy of one (docs/matching.md, issue 15).
    """
    width = int(keys.max()) + 1             # (frame, original) as one integer, in row order
    pairs, pair_of = np.unique(frames * width + keys, return_inverse=True)
    pair_of = pair_of.reshape(-1)
    closest = np.full(len(pairs), np.iinfo(np.int64).max)
    np.minimum.at(closest, pair_of, distances)
    numbers, frame_of = np.unique(pairs // width, return_inverse=True)
    frame_closest = np.full(len(numbers), np.iinfo(np.int64).max)
    np.minimum.at(frame_closest, frame_of, closest)
    mass = np.exp(-(closest - frame_closest[frame_of]) / SHARE_SCALE)
    if footage is None:
        share = mass / np.bincount(frame_of, weights=mass)[frame_of]
        return share[pair_of]
    original = pairs % width
    counted = original.copy()
    for key, root in footage.items():
        counted[original == key] = root
    # one mass per (frame, footage): the closest of its originals'
    units, unit_of = np.unique(frame_of * width + counted, return_inverse=True)
    unit_mass = np.zeros(len(units))
    np.maximum.at(unit_mass, unit_of.reshape(-1), mass)
    total = np.bincount(units // width, weights=unit_mass, minlength=len(numbers))
    return (unit_mass[unit_of.reshape(-1)] / total[frame_of])[pair_of]
