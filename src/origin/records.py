"""The records the matching core hands to everything downstream (enforcement, reports, JSON).

Kept in one small module so domain packages can import them without pulling in FAISS or video
decoding.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime

# what ``scan`` reports as a match unless told otherwise (here, not in ``origin.match.decide``:
# the workspace needs it as a default, and importing the matching core cost ~30 ms of every
# command's start-up, ``brands scan``'s included)
DEFAULT_MIN_SCORE = 0.5
UPLOAD_ID_LENGTH = 64  # a platform's upload id (a UUID is 36 characters)


@dataclass(frozen=True)
class Segment:
    """A copied stretch: ``upload_start..upload_end`` copies ``original_start..original_end`` (s)."""

    upload_start: float
    upload_end: float
    original_start: float
    original_end: float

    @property
    def upload_seconds(self) -> float:
        return self.upload_end - self.upload_start

    @property
    def original_seconds(self) -> float:
        return self.original_end - self.original_start


@dataclass(frozen=True)
class Match:
    """One upload copying one original: which parts, and how sure (``score`` in 0..1)."""

    original: str                      # original id
    original_path: str
    owner: str | None
    published_at: datetime
    score: float
    coverage_upload: float             # share of the upload's duration that copies this original
    coverage_original: float           # share of the original's duration that was copied
    segments: tuple[Segment, ...]
    channel: str = "video"             # what matched: "video" (pictures) or "audio" (sound)
    tier: str = "global"               # pictures found by "global" frame codes or "geometry"
                                       # features, or only "turned" a quarter or half turn
                                       # (``match.matcher.TURNED``); sound "verified" when the
                                       # landmark hashes barely heard it
                                       # (``audio.matcher.VERIFIED``)
    shared_with: tuple[str, ...] = ()  # sound: registered originals holding the same material,
                                       # whose claim this one (the earliest publisher) holds
    yields_to: str | None = None       # sound: the earliest publisher of the material this match
                                       # heard, matched too, whose claim it is (``audio.shared``)

    @property
    def matched_seconds(self) -> float:
        return sum(segment.upload_seconds for segment in self.segments)

    @property
    def original_seconds(self) -> float:
        """Seconds of the original the segments show, each stretch once (segments of several
        lines that land on one stretch of the original show it once)."""
        total, end = 0.0, float("-inf")
        for start, stop in sorted((s.original_start, s.original_end) for s in self.segments):
            if stop > end:
                total += stop - max(start, end)
                end = stop
        return total

    def to_json(self) -> dict:
        # the fields read one level deep: ``asdict`` deep-copies every value, ~40 us a match
        # with its segments, and a scan with min score 0 beside a catalogue stores thousands
        data = {name: getattr(self, name) for name in _MATCH_FIELDS}
        if self.shared_with:             # said only when there is something to say: the
            data["shared_with"] = list(self.shared_with)    # format of every other match stays
        else:
            del data["shared_with"]
        if self.yields_to is None:
            del data["yields_to"]
        data["published_at"] = self.published_at.isoformat()
        data["segments"] = [{name: round(getattr(segment, name), 2) for name in _SEGMENT_FIELDS}
                            for segment in self.segments]
        for key in ("score", "coverage_upload", "coverage_original"):
            data[key] = round(data[key], 4)
        return data


_MATCH_FIELDS = tuple(item.name for item in fields(Match))
_SEGMENT_FIELDS = tuple(item.name for item in fields(Segment))


@dataclass
class ScanResult:
    """What scanning one upload produced; ``error`` is set instead of raising, so batches go on."""

    upload: str                        # the path as given
    upload_id: str | None = None       # the platform's upload id, or "u-..." derived from the bytes
    duration: float | None = None
    matches: list[Match] = field(default_factory=list)
    error: str | None = None
    # per match, what a domain did with it (enforcement: decision, exposure, rule, ticket)
    actions: list[dict] = field(default_factory=list)
    resumed: bool = False              # printed by an earlier run of the same job, not rescanned
    # a channel that was not searched: the upload's sound track could not be read, so a copy
    # of an original's sound goes unfound (``originals add`` warns of the same, stop 29)
    warning: str | None = None

    def to_json(self) -> dict:
        matches = [match.to_json() for match in self.matches]
        for match, action in zip(matches, self.actions):
            match.update(action)
        return {
            "upload": self.upload,
            "upload_id": self.upload_id,
            "duration": None if self.duration is None else round(self.duration, 3),
            "matches": matches,
            "error": self.error,
            "warning": self.warning,
        }

    @classmethod
    def from_json(cls, record: dict, resumed: bool = False) -> "ScanResult":
        """The inverse of ``to_json`` (values as rounded there): a stored result printed again."""
        matches, actions = [], []
        fields = set(Match.__dataclass_fields__)
        for data in record["matches"]:
            segments = tuple(Segment(**segment) for segment in data["segments"])
            matches.append(Match(**{**{key: data[key] for key in fields if key in data},
                                    "published_at": datetime.fromisoformat(data["published_at"]),
                                    "shared_with": tuple(data.get("shared_with", ())),
                                    "segments": segments}))
            actions.append({key: value for key, value in data.items() if key not in fields})
        return cls(record["upload"], record["upload_id"], record["duration"], matches,
                   record["error"], actions if any(actions) else [], resumed,
                   record.get("warning"))          # stored before stop 30: none
