"""What the matching tests share: a matcher over originals registered from files."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from origin.index.frames import FrameIndex
from origin.index.keypoints import KeypointIndex
from origin.jobs.fingerprinting import fingerprint_file
from origin.match.decide import OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher


def originals_matcher(originals: dict[str, Path | str],
                      frames: FrameIndex | None = None) -> Matcher:
    """A matcher over the originals at ``originals``' paths (keys 1, 2, ... in their order, each
    under its name), fingerprinted as ``originals add`` does: their keypoints in the geometry
    tier's index, and their codes in ``frames`` (the global tier) where given; without
    ``frames`` only the geometry tier runs."""
    infos, keypoints = {}, []
    for key, (name, path) in enumerate(originals.items(), start=1):
        original = fingerprint_file(str(path), original=True).fingerprint
        infos[key] = IndexedOriginal(OriginalInfo(key, name, str(path), None,
                                                  datetime(2020, 1, 1, tzinfo=timezone.utc),
                                                  original.duration),
                                     original.times[original.frame_of], original.codes)
        if frames is not None:
            frames.add(key, original.codes)
        keypoints.append((key, original.keypoints))
    return Matcher(frames, lambda keys: {key: infos[key] for key in keys if key in infos},
                   KeypointIndex.build(keypoints))


def one_original_matcher(path: Path | str, name: str, frames: FrameIndex | None = None) -> Matcher:
    """``originals_matcher`` over the one original at ``path`` (key 1, ``name``)."""
    return originals_matcher({name: path}, frames)
