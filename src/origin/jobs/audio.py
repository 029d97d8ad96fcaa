"""The audio channel's side of the jobs: what a scan searches, and the store a writer keeps.

Like the frame index (``origin.jobs.snapshot``), the audio store is derived from the database:
each original with sound keeps its spectral peaks in its row (``audio_peaks``), the store their
landmark postings. A scan reads the store as last committed (its manifest switches generations by
one atomic rename) and searches, from memory, the originals whose rows are stored but whose
landmarks are not in it yet, so it never stores a "no match" for want of a registered song.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING


from origin import original_rows
from origin.audio.fingerprint import peaks_from_bytes, stored_landmarks
from origin.audio.peaks import Peaks, pitch_share
from origin.direct_db import read_timestamp
from origin.index.audio import AudioStore

if TYPE_CHECKING:
    from origin.audio.matcher import AudioMatcher
    from origin.records import Match
    from origin.workspace import Workspace

# The matcher (with the align and decide stages under it) is imported by the scan's functions
# here only: registering imports this module (``sound_problem``, ``reconcile_audio``) and never
# matches, and those modules were ~6 ms of ``originals add``'s start-up (stop 36).

MIN_ORIGINAL_PEAKS = 32      # fewer and a sound track has nothing to match (silence, a click)
TONE_SHARE = 0.75            # this share of peaks at one or two pitches (half-semitone bins) is a
                             # steady tone, not music: its landmarks all hash alike and would
                             # match any upload's same beep. 8 s excerpts of 40 real tracks: at
                             # most 0.52; generated melodies 0.2-0.3; sines and dual tones in
                             # wav, mp3, ogg, m4a 0.86-1.0 (codecs add a few stray peaks)


def tone_share(peaks: Peaks) -> float:
    """The share of ``peaks`` at their two most frequent pitches (rounded log bins)."""
    return pitch_share(peaks.bins, 2)


def sound_problem(peaks: Peaks) -> str | None:
    """Why an original's sound cannot be protected, or None: silence, a steady tone, too little
    sound. (A sine in a wav used to pass, its tied peaks counting as detail, and the same sine as
    mp3 or ogg to fail as "silence?".)"""
    if not len(peaks):
        return "no sound with enough detail (silence?)"
    share = tone_share(peaks)
    if share >= TONE_SHARE:
        return (f"a steady tone ({share:.0%} of its spectral peaks at one or two pitches), not "
                f"music: nothing worth protecting")
    if len(peaks) < MIN_ORIGINAL_PEAKS:
        return (f"too little sound to match ({len(peaks)} spectral peaks, "
                f"{MIN_ORIGINAL_PEAKS} needed: a few seconds of music)")
    return None


@dataclass
class AudioSnapshot:
    """What a scan's uploads' sound is matched against; ``state`` names it (for resumes)."""

    state: str
    matcher: AudioMatcher | None       # None: no original has sound


def audio_lookup(workspace: "Workspace"):
    """``keys -> {key: OriginalInfo}`` of originals with sound, cached for the job's lifetime."""
    from origin.match.decide import OriginalInfo
    return original_rows.cached_lookup(
        lambda: workspace.sql(write=False), "id, path, owner, published_at, audio_duration",
        lambda row: OriginalInfo(row[0], row[1], row[2], row[3], read_timestamp(row[4]), row[5]))


def audio_peaks_lookup(workspace: "Workspace"):
    """``keys -> {key: Peaks}`` of originals with sound, read from their rows for verification
    (8 peaks a second: ~230 kB an hour of music), cached for the job's lifetime."""
    return original_rows.cached_lookup(
        lambda: workspace.sql(write=False), "audio_peaks, audio_duration",
        lambda row: peaks_from_bytes(row[1], row[2]), "audio_peaks IS NOT NULL")


def read_audio(workspace: "Workspace") -> AudioSnapshot:
    """The committed audio store plus the registered originals with sound it lacks."""
    from origin.audio.matcher import AudioMatcher
    store = AudioStore(workspace.audio_folder, collect=False)
    present = store.keys()
    with workspace.sql(write=False) as sql:
        with_sound = sorted(original_rows.with_sound(sql))
        missing = [key for key in with_sound if key not in present]
        unsaved = {key: stored_landmarks(peaks_from_bytes(peaks, duration))
                   for key, peaks, duration in original_rows.read(
                       sql, "audio_peaks, audio_duration", missing)}
    store.add_unsaved(unsaved)
    state = hashlib.sha256(store.state.encode()).hexdigest()[:32]
    if not with_sound:
        return AudioSnapshot("empty", None)
    return AudioSnapshot(state, AudioMatcher(store, audio_lookup(workspace),
                                             peaks_lookup=audio_peaks_lookup(workspace)))


def reconcile_audio(workspace: "Workspace") -> AudioStore:
    """Make the audio store hold exactly the originals with sound the database holds (call under
    the workspace lock): stray postings removed, missing ones rebuilt from the stored peaks, an
    unreadable store started afresh and refilled."""
    store = AudioStore(workspace.audio_folder, collect=True)
    present = store.keys()
    with workspace.sql(write=False) as sql:
        rows = original_rows.with_sound(sql)
        stray = present - rows
        if stray:
            store.remove(stray)
        for key, peaks, duration in original_rows.read(sql, "audio_peaks, audio_duration",
                                                       sorted(rows - present)):
            store.add(key, stored_landmarks(peaks_from_bytes(peaks, duration)))
    if stray or rows - present or store.failure:
        store.save()
    with workspace.sql() as sql:
        original_rows.mark_sound_indexed(sql)
    return store


def shared_claims(workspace: "Workspace", matches: list["Match"]) -> list["Match"]:
    """An upload's audio matches with the overlaps recorded for their originals settled for
    the earliest publisher (``audio.shared.settle``): read only when a match reached the default
    threshold (one query of an indexed table)."""
    from origin.audio.shared import Recorded, settle
    from origin.records import DEFAULT_MIN_SCORE
    matched = sorted({match.original for match in matches if match.score >= DEFAULT_MIN_SCORE})
    if not matched:
        return matches
    with workspace.sql(write=False) as sql:
        rows = original_rows.overlaps_among(sql, matched)
    if not rows:
        return matches
    recorded: dict[tuple[str, str], list] = {}
    for first, second, first_start, first_end, second_start, second_end, first_at, second_at \
            in rows:
        entry = recorded.setdefault((first, second), [[], [], first_at, second_at])
        entry[0].append((first_start, first_end))
        entry[1].append((second_start, second_end))
    return settle(matches, [Recorded(first, second, tuple(first_spans), tuple(second_spans),
                                     first_at, second_at)
                            for (first, second), (first_spans, second_spans, first_at, second_at)
                            in recorded.items()])
