"""Registered recordings that share material: found at registration, settled at a scan.

Two registered tracks may hold the same music: one module rendered twice (held_out_7's TecnoballZ
``area1-game`` and ``area1-game2``), an intro that is also a game track's opening (Pinball's
``professor`` and the first 96 s of ``game``), a song registered again by another label. A copy of
that stretch then matches both, equally well, and which of them a scan named used to depend on a
score tie. YouTube's Content ID calls these ownership conflicts over overlapping references.

- **At registration** (``overlaps``) a new track's own peaks are matched, at the identity warp
  only and without verification, against every track registered before it: a stretch of at least
  ``MIN_SHARED_SECONDS`` matched at the default threshold is the same recording's material. The
  jobs record each (``sound_overlaps``: which seconds of the new track are which of the other's).
- **At a scan** (``settle``) two audio matches of an upload whose originals recorded an overlap,
  each of them mostly inside its side of that overlap and heard in the same upload seconds, are
  one use of one material: the **earliest publisher** (DOMAIN.md) holds the claim (``published_at``;
  on a tie the one registered first, never the higher score), its match lists the others in
  ``shared_with``, and each other match says whose claim it yields to (``yields_to``): it is kept
  in the scan's answer, and enforcement decides nothing on it.

A match that reaches beyond the shared stretch (an upload using the later track's own music as
well) is that track's too and yields to nobody.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from origin.records import DEFAULT_MIN_SCORE, Match, Segment

if TYPE_CHECKING:
    from origin.audio.peaks import Peaks
    from origin.index.audio import AudioStore
    from origin.match.decide import OriginalInfo

MIN_SHARED_SECONDS = 4.0     # of a new track matched on an earlier one: shorter is a sample or a
                             # figure two tracks of one game happen to share, not the material
INSIDE_SHARE = 0.5           # of a match's original seconds inside its side of an overlap ...
SAME_USE_SHARE = 0.5         # ... and of the shorter match's upload seconds the other covers too


@dataclass(frozen=True)
class Overlap:
    """Seconds ``start..end`` of original ``key`` are seconds ``other_start..other_end`` of
    original ``other`` (registered before it)."""

    key: int
    other: int
    start: float
    end: float
    other_start: float
    other_end: float

    def to_json(self, other_id: str) -> dict:
        return {"original": other_id, "seconds": [round(self.start, 2), round(self.end, 2)],
                "its_seconds": [round(self.other_start, 2), round(self.other_end, 2)]}


def overlaps(key: int, peaks: "Peaks", store: "AudioStore",
             lookup: Callable[[Sequence[int]], dict[int, "OriginalInfo"]]) -> list[Overlap]:
    """The stretches of a new original's sound (``peaks``, as stored: ``key`` not in ``store``
    yet) that tracks in ``store`` hold too, each at least ``MIN_SHARED_SECONDS`` long.

    Its own stored peaks are hashed as an upload's at the identity warp: the same recording's
    peaks are the same peaks, so no warp, no loose peaks and no verification are needed, and a
    track registered beside 459 others costs one warp's lookups (~1/70 of a scan's)."""
    from origin.audio.landmarks import IDENTITY
    from origin.audio.matcher import AudioMatcher
    infos: dict[str, int] = {}

    def described(keys: Sequence[int]) -> dict[int, "OriginalInfo"]:
        found = lookup([other for other in keys if other != key])
        infos.update({info.id: other for other, info in found.items()})
        return found

    matcher = AudioMatcher(store, described, warps=(IDENTITY,))
    found = []
    for match in matcher.match(peaks, DEFAULT_MIN_SCORE):
        other = infos.get(match.original)
        if other is None:
            continue
        for segment in match.segments:
            if segment.upload_seconds >= MIN_SHARED_SECONDS:
                found.append(Overlap(key, other, segment.upload_start, segment.upload_end,
                                     segment.original_start, segment.original_end))
    return sorted(found, key=lambda overlap: (overlap.other, overlap.start))


@dataclass(frozen=True)
class Recorded:
    """An overlap as a scan reads it: by original id, with what decides who publishes first."""

    first: str                   # the original registered first (``Overlap.other``)
    second: str                  # the one registered after it, which holds the same material
    first_spans: tuple[tuple[float, float], ...]     # its seconds, each stretch shared
    second_spans: tuple[tuple[float, float], ...]
    first_published: datetime
    second_published: datetime

    @property
    def earliest(self) -> str:
        """The earliest publisher; on a tie the one registered first."""
        return self.second if self.second_published < self.first_published else self.first


def settle(matches: list[Match], recorded: Iterable[Recorded]) -> list[Match]:
    """``matches`` (one upload's, audio) with every shared use settled for the earliest
    publisher: ``shared_with`` on its match, ``yields_to`` on the others'. Order is kept."""
    by_id = {match.original: number for number, match in enumerate(matches)
             if match.channel == "audio" and match.score >= DEFAULT_MIN_SCORE}
    yields: dict[str, str] = {}
    listed: dict[str, set[str]] = {}
    for overlap in recorded:
        first, second = by_id.get(overlap.first), by_id.get(overlap.second)
        if first is None or second is None:
            # One of them matched alone: when it is the earliest publisher and heard inside its
            # side, the other holds that material too and is named beside its claim.
            alone, spans = (first, overlap.first_spans) if second is None else \
                (second, overlap.second_spans)
            if alone is not None and matches[alone].original == overlap.earliest and \
                    _inside(matches[alone].segments, spans) >= INSIDE_SHARE:
                other = overlap.second if alone == first else overlap.first
                listed.setdefault(overlap.earliest, set()).add(other)
            continue
        one, two = matches[first], matches[second]
        # The same upload seconds heard in both, one of them inside its side of the overlap
        # (music the tracks share often recurs elsewhere in them too: held_out_7's area1 pair
        # matched at game2 4-16 s, outside its recorded 16-80 s, beside game 32-47 s inside).
        if (max(_inside(one.segments, overlap.first_spans),
                _inside(two.segments, overlap.second_spans)) < INSIDE_SHARE
                or _same_use(one.segments, two.segments) < SAME_USE_SHARE):
            continue
        winner = overlap.earliest
        loser = overlap.second if winner == overlap.first else overlap.first
        if loser in yields:
            continue
        yields[loser] = winner
    # a chain (a yields to b, b to c) ends at the earliest: c's claim, a and b listed on it
    for loser in list(yields):
        seen = {loser}
        while yields[loser] in yields and yields[loser] not in seen:
            seen.add(yields[loser])
            yields[loser] = yields[yields[loser]]
    holders: dict[str, set[str]] = {}
    for loser, winner in yields.items():
        holders.setdefault(winner, set()).add(loser)
    for holder, others in listed.items():
        if holder not in yields:
            holders.setdefault(holder, set()).update(others)
    settled = []
    for match in matches:
        if match.channel != "audio":
            settled.append(match)
        elif match.original in yields:
            settled.append(replace(match, yields_to=yields[match.original], shared_with=()))
        elif match.original in holders:
            settled.append(replace(match, shared_with=tuple(sorted(holders[match.original]))))
        else:
            settled.append(match)
    return settled


def _merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _length(spans: list[tuple[float, float]]) -> float:
    return sum(end - start for start, end in spans)


def _intersection(first: list[tuple[float, float]], second: list[tuple[float, float]]) -> float:
    return sum(max(0.0, min(a_end, b_end) - max(a_start, b_start))
               for a_start, a_end in first for b_start, b_end in second)


def _inside(segments: tuple[Segment, ...], spans: tuple[tuple[float, float], ...]) -> float:
    """The share of the segments' original seconds inside ``spans``."""
    own = _merged((segment.original_start, segment.original_end) for segment in segments)
    total = _length(own)
    return _intersection(own, _merged(spans)) / total if total > 0 else 0.0


def _same_use(first: tuple[Segment, ...], second: tuple[Segment, ...]) -> float:
    """The share of the shorter match's upload seconds the other's cover too."""
    one = _merged((segment.upload_start, segment.upload_end) for segment in first)
    two = _merged((segment.upload_start, segment.upload_end) for segment in second)
    shorter = min(_length(one), _length(two))
    return _intersection(one, two) / shorter if shorter > 0 else 0.0
