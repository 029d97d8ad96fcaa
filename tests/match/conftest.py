"""What the matching tests share: a matcher over one original registered from a file."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from origin.index.frames import FrameIndex
from origin.index.keypoints import KeypointIndex
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher


def one_original_matcher(path: Path | str, name: str, frames: FrameIndex | None = None) -> Matcher:
    """A matcher over the one original at ``path`` (key 1, ``name``), fingerprinted as
    ``originals add`` does: its keypoints in the geometry tier's index, and its codes in
    ``frames`` (the global tier) where given; without ``frames`` only the geometry tier runs."""
    original = fingerprint_file(str(path), original=True).fingerprint
    info = IndexedOriginal(OriginalInfo(1, name, str(path), None,
                                        datetime(2020, 1, 1, tzinfo=timezone.utc),
                                        original.duration), original.times[original.frame_of],
                           original.codes)
    if frames is not None:
        frames.add(1, original.codes)
    return Matcher(frames, lambda keys: {key: info for key in keys if key == 1},
                   KeypointIndex.build([(1, original.keypoints)]))
