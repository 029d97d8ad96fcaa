"""Songs registered in a fresh sound index, and the matcher over them with their peaks: what the
sound channel's tests on generated music each built again (music under talk, stretched copies, a
tune hummed)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from origin.audio.fingerprint import ORIGINAL_PEAKS_PER_SECOND, stored_landmarks
from origin.audio.matcher import AudioMatcher
from origin.audio.peaks import peaks_of
from origin.index.audio import AudioStore
from origin.match.decide import OriginalInfo

PUBLISHED = datetime(2026, 1, 1, tzinfo=timezone.utc)


def matcher_of(folder: Path, songs: dict[int, np.ndarray], suffix: str = ".wav") -> AudioMatcher:
    """``songs`` (key → samples) registered in ``folder`` as ``song-KEY``; the matcher reads
    their stored hashes from disk, as a scan does, and their peaks for verification."""
    store = AudioStore(folder)
    infos, kept = {}, {}
    for key, samples in songs.items():
        kept[key] = peaks_of([samples], ORIGINAL_PEAKS_PER_SECOND)
        store.add(key, stored_landmarks(kept[key]))
        infos[key] = OriginalInfo(key, f"song-{key}", f"song-{key}{suffix}", None, PUBLISHED,
                                  kept[key].duration)
    store.save()
    return AudioMatcher(AudioStore(store.folder), lambda keys: {k: infos[k] for k in keys if k in infos},
                        peaks_lookup=lambda keys: {k: kept[k] for k in keys if k in kept})
