"""The register job: videos and songs become originals, their rows in the database, their frame
codes in the index and their sound's landmarks in the audio store.

A video with a sound track registers both channels in one row; a sound file (ogg, mp3, m4a, flac,
wav, opus) its sound only. Crash safety: a row is written (state ``pending``, with its codes and
peaks) before they enter the index and the audio store; both are saved by atomic rename every
``SAVE_EVERY`` originals and then the rows become ``indexed``. ``Workspace.reconcile`` repairs
whatever a killed run leaves between those steps, in both.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np

from origin import original_rows
from origin.direct_db import as_utc
from origin.errors import InputError, printable
from origin.audio import shared
from origin.audio.fingerprint import peaks_to_bytes, stored_landmarks
from origin.index.audio import AudioStore
from origin.index import keypoints as keypoint_index
from origin.index.frames import FrameIndex
from origin.jobs.audio import audio_lookup, sound_problem
from origin.jobs.executor import Executor, LocalExecutor
from origin.jobs.fingerprinting import Fingerprinted, cut_short_warning, fingerprint_original_file
from origin.jobs.inputs import as_given, content_hash, expand_paths, failed_early, resolved
from origin.original_rows import PENDING, OriginalRow
from origin.rows import one_spelling
from origin.video.fingerprint import ORIGINAL_CROPS
from origin.video.keypoints import Keypoints

if TYPE_CHECKING:
    from origin.workspace import Workspace

SAVE_EVERY = 25          # originals between index writes during a long add


@dataclass
class AddResult:
    """The outcome of registering one file: ``status`` is added, exists or failed.

    ``warning``: the bytes were already registered under another owner (who keeps them, or
    loses them to an earlier publisher: ``_claimed``), or one channel of a file with both was
    not registered (a video whose sound track is a steady tone, silence or unreadable: a scan
    will not find a copy of its sound, and the user must be told)."""

    path: str
    status: str
    id: str | None = None
    error: str | None = None
    channels: list[str] | None = None     # what was registered: "video", "audio" or both
    warning: str | None = None
    # stretches of its sound that originals registered before it hold too (``audio.shared``):
    # {"original", "seconds" (its own), "its_seconds" (the other's)}; said when there are any
    shared: list[dict] | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        if self.shared is None:
            del data["shared"]
        return data


@dataclass(frozen=True)
class OriginalItem:
    """One video to register with its own metadata (a row of an originals manifest)."""

    path: str
    owner: str | None = None
    published_at: datetime | None = None
    title: str | None = None
    error: str | None = None           # known bad before fingerprinting (a bad manifest row)

    def __post_init__(self) -> None:   # the API's callers too: an owner has one spelling
        if self.owner:
            object.__setattr__(self, "owner", one_spelling(self.owner))


def add_originals(workspace: "Workspace", paths: Iterable[str | Path | OriginalItem],
                  owner: str | None = None, published_at: datetime | None = None,
                  title: str | None = None, workers: int = 1,
                  executor: Executor | None = None) -> Iterator[AddResult]:
    """Register videos as originals; the same bytes twice register once. Yields per file.

    Paths (folders expanded) get ``owner``, ``published_at`` and ``title``; an
    ``OriginalItem`` brings its own (and one with ``error`` fails without being read).
    ``workers`` > 1 fingerprints in that many processes (or ``executor`` says where: a Dask
    cluster); rows and index entries are still written here, one file at a time, in order.
    Paths are stored resolved, so evidence can be read from anywhere.
    """
    items: list[OriginalItem] = []
    for path in paths:
        if isinstance(path, OriginalItem):
            items.append(path)
        else:
            items += [OriginalItem(file, owner, published_at, title) for file in
                      expand_paths([path])]
    items = [failed_early(item) for item in items]
    owned = executor is None
    executor = executor or LocalExecutor(workers)
    try:
        with workspace.exclusive():
            index = workspace.reconcile()
            sound = AudioStore(workspace.audio_folder, collect=True)
            stores = (index, sound)
            unsaved: list[int] = []
            described = False                 # whether a video original was added
            jobs = ((path, _unknown_digest(workspace, path)) for path in
                    (resolved(item.path) for item in items if item.error is None))
            computed = executor.map(fingerprint_original_file, jobs)
            for item in items:
                if item.error is not None:
                    yield AddResult(item.path, "failed", error=item.error)
                    continue
                result, key = _register(workspace, stores, item.path, next(computed), item.owner,
                                        item.published_at, item.title)
                if key is not None:
                    unsaved.append(key)
                    described = described or "video" in result.channels
                if len(unsaved) >= SAVE_EVERY:
                    _commit_index(workspace, stores, unsaved)
                yield result
            _commit_index(workspace, stores, unsaved)
            if described:
                refresh_keypoint_index(workspace)
    finally:
        if owned:
            executor.close()


def refresh_keypoint_index(workspace: "Workspace") -> None:
    """The keypoint index's inverted file for every original now registered, stored in the
    workspace where a scan has trained its cells and they still fit (``KeypointIndex.refresh``),
    so that the next scans load it instead of training again. A fresh index is left to its
    first scan (docs/matching.md, issue 15, stop 25), and then FAISS is not even imported; so is an index
    searched exactly (``EXACT_BELOW``). Called under the writer lock."""
    folder = workspace.keypoints_folder
    if not keypoint_index.has_stored_cells(folder):
        return
    with workspace.sql(write=False) as sql:
        rows = [(key, Keypoints.from_bytes(blob)) for key, blob in original_rows.keypoints(sql)]
    if sum(len(keypoints) for _, keypoints in rows) >= keypoint_index.EXACT_BELOW:
        keypoint_index.KeypointIndex.build(rows).refresh(folder)


def _known(workspace: "Workspace", digest: str) -> str | None:
    with workspace.sql(write=False) as sql:
        return original_rows.id_of(sql, digest)


def _unknown_digest(workspace: "Workspace", file: str) -> tuple[str | None, bool]:
    """(content hash, whether it still needs fingerprinting): registered bytes are not decoded."""
    try:
        digest = content_hash(file)
    except OSError:
        return None, True                     # the worker reports the error
    return digest, _known(workspace, digest) is None


def _register(workspace: "Workspace", stores: tuple[FrameIndex, AudioStore], file: str,
              done: Fingerprinted, owner, published_at, title) -> tuple[AddResult, int | None]:
    """The file's outcome, and the key of the row it added (None: nothing added)."""
    if done.error:
        return AddResult(file, "failed", error=as_given(done.error, file)), None
    known = _known(workspace, done.digest)   # also catches the same bytes twice in one batch
    if known:
        notes = [_claimed(workspace, file, known, owner, published_at, title),
                 _relocated(workspace, file, known)]
        return AddResult(file, "exists", id=known,
                         warning="; ".join(note for note in notes if note) or None), None
    print_, peaks = done.fingerprint, done.audio
    unusable = None if peaks is None else sound_problem(peaks)
    if unusable:
        peaks = None                          # silence, a click, a beep: nothing to protect
    pictures = done.picture_error or "no frame with enough detail"   # why none, where none
    if not len(print_.codes) and peaks is None:
        reason = (pictures if len(print_.times) or done.picture_error or done.audio is None
                  else unusable)
        return AddResult(file, "failed", error=str(InputError(file, reason))), None
    digest = done.digest
    channels = (["video"] if len(print_.codes) else []) + (["audio"] if peaks is not None else [])
    if not len(print_.codes) and (len(print_.times) or done.picture_error):
        warning = f"{printable(file)}: only its sound is registered; its pictures are not: " \
                  f"{pictures}"
    elif peaks is None and (unusable or done.audio_error):
        warning = f"{printable(file)}: only its pictures are registered; its sound track is " \
                  f"not: {unusable or done.audio_error}"
    else:
        warning = None
    if len(print_.codes) and (cut := cut_short_warning(file, done, "registered")):
        warning = f"{warning}; {cut}" if warning else cut
    frames = len(np.unique(print_.frame_of)) if len(print_.codes) else 0
    row = OriginalRow(
        id="o-" + digest[:16], sha256=digest, path=resolved(file), title=title, owner=owner,
        published_at=as_utc(published_at),
        duration=float(print_.duration if frames else peaks.duration), frame_count=frames,
        times=print_.times[print_.frame_of].astype(np.float32).tobytes() if frames else b"",
        codes=print_.codes.tobytes() if frames else b"", view_count=len(ORIGINAL_CROPS),
        state=PENDING, added_at=datetime.now(timezone.utc),
        audio_peaks=peaks_to_bytes(peaks) if peaks is not None else None,
        audio_duration=float(peaks.duration) if peaks is not None else None,
        audio_state=PENDING if peaks is not None else None)
    keypoints = print_.keypoints
    index, sound = stores
    # what of its sound earlier originals (this batch's too) hold: recorded with the row
    overlaps = shared.overlaps(0, peaks, sound.searchable(), audio_lookup(workspace)) \
        if peaks is not None and sound.keys() else []
    with workspace.sql() as sql:              # the row (with its codes and peaks) lands first
        key = original_rows.insert(sql, row, keypoints.to_bytes() if frames and keypoints
                                   is not None and len(keypoints) else None,
                                   print_.layout.to_bytes() if frames and print_.layout
                                   is not None else None,
                                   print_.content.to_bytes() if frames and print_.content
                                   is not None else None)
        overlaps = [replace(overlap, key=key) for overlap in overlaps]
        original_rows.insert_overlaps(sql, overlaps)
    if frames:
        index.add(key, print_.codes)
    if peaks is not None:
        sound.add(key, stored_landmarks(peaks))
    said = _shared_with(workspace, overlaps)
    if said:
        note = f"{printable(file)}: its sound shares material with earlier originals (" + "; ".join(
            f"{item['seconds'][0]:.1f}-{item['seconds'][1]:.1f} s = {item['original']} "
            f"{item['its_seconds'][0]:.1f}-{item['its_seconds'][1]:.1f} s" for item in said) + \
            "): a copy of that stretch is claimed for its earliest publisher"
        warning = f"{warning}; {note}" if warning else note
    return AddResult(file, "added", id=row.id, channels=channels, warning=warning,
                     shared=said or None), key


def _shared_with(workspace: "Workspace", overlaps: list[shared.Overlap]) -> list[dict]:
    """The recorded overlaps as ``AddResult.shared`` says them (by the other original's id)."""
    if not overlaps:
        return []
    with workspace.sql(write=False) as sql:
        ids = dict(original_rows.read(sql, "id", sorted({overlap.other for overlap in overlaps})))
    return [overlap.to_json(ids[overlap.other]) for overlap in overlaps if overlap.other in ids]


def _relocated(workspace: "Workspace", file: str, original_id: str) -> str | None:
    """Registered bytes found again at ``file`` while nothing is left at their stored path (the
    originals' folder was moved or renamed): the stored path becomes ``file``'s. Evidence
    reads the original's frames from that path, and ``exists`` left it pointing at nothing, so
    every ticket's evidence said "cannot read" for good. A stored path that still holds a file
    is kept (the same bytes in two places)."""
    with workspace.sql() as sql:
        stored = original_rows.path_of(sql, original_id)
        if Path(stored).is_file():
            return None
        original_rows.set_path(sql, original_id, resolved(file))
    return (f"{printable(file)}: {original_id} was registered from {printable(stored)}, where no "
            f"file is now; it is read from here from now on")


def _claimed(workspace: "Workspace", file: str, original_id: str, owner: str | None,
             published_at: datetime | None, title: str | None) -> str | None:
    """Registered bytes claimed again by another owner: the earliest publisher wins
    (DOMAIN.md). A claim with an earlier first-publish time takes the original over (owner,
    publish time, and title when given): a back-catalogue manifest may list the copy before the
    original, and who owns the work must not depend on row order. Any other claim leaves it
    as it is. Either way the one-line warning says whose the original is now and why; the
    same owner again (a rerun), or no owner named, claims nothing and gets none."""
    if owner is None:
        return None
    with workspace.sql() as sql:
        holder, held = original_rows.claim_of(sql, original_id)
        if holder == owner:
            return None
        holder = f"'{printable(holder)}'" if holder is not None else "no owner"
        claim = as_utc(published_at)
        where = f"{printable(file)}: these bytes are {original_id}, registered"
        if claim >= held:
            return (f"{where} to {holder} (first published {held.isoformat()}); kept as it is: "
                    f"the earliest publisher wins, and '{printable(owner)}' published it no "
                    f"earlier ({claim.isoformat()})")
        original_rows.set_claim(sql, original_id, owner, claim, title)
    return (f"{where} to {holder} (first published {held.isoformat()}); now registered to "
            f"'{printable(owner)}', who published it earlier ({claim.isoformat()}): the earliest "
            f"publisher wins")


def _commit_index(workspace: "Workspace", stores: tuple[FrameIndex, AudioStore],
                  keys: list[int]) -> None:
    if not keys:
        return
    index, sound = stores
    index.save()
    sound.save()
    with workspace.sql() as sql:
        original_rows.mark_indexed(sql, keys)
    keys.clear()
