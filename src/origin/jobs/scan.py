"""The scan job: uploads are fingerprinted, matched against the index, and their results stored.

Each upload's row, its matches, what the domains did with them (``act``: enforcement's
decisions and tickets) and the JSON line printed for it are written in one transaction, as each
upload finishes, in input order. A manifest scan killed at any moment therefore resumes cleanly:
an upload is either wholly stored, with the index state it was scanned against, or not at all.

The job's own rows are read and written in plain SQL (``origin.direct_db.Sql``): on SQLite
``sqlite3`` alone, unless ``act`` needs a SQLAlchemy session (enforcement's ORM code), whose
connection then carries the same statements. The ORM's per-row work was ~1.5 s of CPU for the
real suite's 188 uploads, and importing SQLAlchemy another ~0.5 s of a scan that needed it for
nothing else (docs/matching.md, issue 15, stop 26).
"""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import partial
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

import numpy as np

from origin import original_rows
from origin.direct_db import Sql, as_utc, read_timestamp
from origin.errors import InputError, printable
from origin.audio.matcher import AudioMatcher
from origin.jobs.audio import read_audio, shared_claims
from origin.jobs.executor import Executor, LocalExecutor
from origin.jobs.fingerprinting import Fingerprinted, cut_short_warning, fingerprint_upload_file
from origin.jobs.inputs import as_given, content_hash, expand_paths, failed_early, resolved
from origin.jobs.snapshot import read_index
from origin.match.decide import DEFAULT_MIN_SCORE, OriginalInfo
from origin.match.matcher import IndexedOriginal, Matcher
from origin.records import UPLOAD_ID_LENGTH, Match, ScanResult
from origin.video.content import ContentRegion
from origin.video.layout import StaticLayout
from origin.rows import one_spelling

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from origin.index.frames import FrameHits
    from origin.workspace import Workspace

#: ``act(session, result)`` runs in the transaction that stores ``result`` and returns one dict
#: per match for its JSON (enforcement's decision, exposure, rule, ticket)
Act = Callable[["Session", ScanResult], list[dict]]


@dataclass(frozen=True)
class UploadItem:
    """One upload to scan: where its bytes are and what the platform says about it."""

    path: str                          # as given (printed back as given)
    upload_id: str | None = None       # the platform's id; None derives one from the bytes
    uploader: str | None = None
    uploaded_at: datetime | None = None
    error: str | None = None           # known bad before scanning (a bad manifest row)
    music_from_library: bool | None = None   # its sound picked from the platform's music library
    shown: str | None = None           # the name results give it, when not ``path``: the
                                       # service's path relative to its scan root

    def __post_init__(self) -> None:   # the API's callers too: an uploader has one spelling
        if self.uploader:
            object.__setattr__(self, "uploader", one_spelling(self.uploader))

    @property
    def name(self) -> str:
        """How results name the upload: as the caller gave it."""
        return self.shown or self.path


def upload_items(uploads: Iterable[str | Path | UploadItem], uploader: str | None = None,
                 uploaded_at: datetime | None = None,
                 music_from_library: bool | None = None) -> list[UploadItem]:
    """Paths (folders expanded) and items as one list of items; paths get ``uploader``,
    ``uploaded_at`` and ``music_from_library``."""
    items: list[UploadItem] = []
    for upload in uploads:
        if isinstance(upload, UploadItem):
            items.append(upload)
        else:
            items += [UploadItem(file, None, uploader, uploaded_at,
                                 music_from_library=music_from_library)
                      for file in expand_paths([upload])]
    return [failed_early(item) for item in items]



def check_upload_id(upload_id: object, source: str) -> str:
    """A platform upload id as stored: a non-empty string of printable characters."""
    if not isinstance(upload_id, str) or not upload_id.strip():
        raise InputError(source, "upload_id must be a non-empty string")
    if len(upload_id) > UPLOAD_ID_LENGTH:
        raise InputError(source, f"upload_id longer than {UPLOAD_ID_LENGTH} characters")
    if not upload_id.isprintable() or upload_id != upload_id.strip():
        raise InputError(source, f"upload_id {upload_id!r} holds control characters or spaces")
    return upload_id


def scan(workspace: "Workspace", uploads: Iterable[str | Path | UploadItem],
         uploader: str | None = None, uploaded_at: datetime | None = None,
         min_score: float = DEFAULT_MIN_SCORE, workers: int = 1,
         executor: Executor | None = None, act: Act | None = None,
         resume: bool = False, music_from_library: bool | None = None) -> Iterator[ScanResult]:
    """Match every upload against the originals; one ``ScanResult`` per upload, in order.

    Matches at or above the default threshold are stored (one row per upload and original,
    updated on rescan); ``min_score`` below it returns weaker candidates too, unstored.
    ``workers`` > 1 fingerprints in that many processes (or ``executor`` says where: a Dask
    cluster); matching and writing stay here. ``resume`` prints again, without rescanning, the
    uploads already scanned against the same index state with the same ``min_score``.
    """
    items = upload_items(uploads, uploader, uploaded_at, music_from_library)
    owned = executor is None
    executor = executor or LocalExecutor(workers)
    try:
        with read_index(workspace, pin=executor.opens_shard_files) as index:
            sound = read_audio(workspace)
            state = _scan_state(index.state if sound.state == "empty"
                                else f"{index.state}|audio:{sound.state}", min_score)
            matcher = Matcher(None, original_lookup(workspace), index.keypoints)
            done = _already_scanned(workspace, items, state) if resume else {}
            todo = [item for number, item in enumerate(items)
                    if number not in done and item.error is None]
            # fingerprinted here, a long upload's keyframes wait for the matcher, which
            # describes only those it searches; worker processes describe them all, so that
            # the one matching process does not take their ORB on (``fingerprint_upload``)
            fingerprint = (partial(fingerprint_upload_file, wait=True) if executor.in_process
                           else fingerprint_upload_file)
            computed = executor.search(fingerprint,
                                       [resolved(item.path) for item in todo], index)
            for number, item in enumerate(items):
                if number in done:
                    yield done[number]
                elif item.error is not None:
                    yield ScanResult(upload=item.name, upload_id=item.upload_id,
                                     error=item.error)
                else:
                    fingerprinted, hits = next(computed)
                    yield _finish(workspace, item, fingerprinted, hits, matcher, sound.matcher,
                                  min_score, state, act)
    finally:
        if owned:
            executor.close()



def _scan_state(index_state: str, min_score: float) -> str:
    return hashlib.sha256(f"{index_state}|{min_score!r}".encode()).hexdigest()[:32]


def _already_scanned(workspace: "Workspace", items: Sequence[UploadItem],
                     state: str) -> dict[int, ScanResult]:
    """Items with a platform id whose upload was last scanned, from the same file holding the
    same bytes, in ``state``: their stored results, by item number.

    A file given other bytes since (a manifest's video replaced under its name) printed its old
    result as "already scanned", where a rescan refuses other bytes under a known upload id
    (``_store``); it is scanned again, and refused there. Hashing is a small part of a scan."""
    wanted = {item.upload_id: number for number, item in enumerate(items)
              if item.upload_id is not None and item.error is None}
    candidates: dict[int, tuple[str, str]] = {}
    ids = list(wanted)
    with workspace.sql(write=False) as sql:
        for start in range(0, len(ids), original_rows.CHUNK):
            chunk = ids[start:start + original_rows.CHUNK]
            for upload_id, path, sha256, scanned_against, scan_json in sql.rows(
                    f"SELECT id, path, sha256, scanned_against, scan_json FROM uploads WHERE id "
                    f"IN ({', '.join([sql.marker] * len(chunk))})", chunk):
                number = wanted[upload_id]
                if (scanned_against == state and scan_json
                        and path == resolved(items[number].path)):
                    candidates[number] = (sha256, scan_json)
    return {number: ScanResult.from_json(json.loads(scan_json), resumed=True)
            for number, (sha256, scan_json) in candidates.items()
            if _holds(resolved(items[number].path), sha256)}


def _holds(path: str, sha256: str) -> bool:
    """Whether the file at ``path`` holds the bytes hashed as ``sha256`` (unreadable: no, and
    the scan says why)."""
    try:
        return content_hash(path) == sha256
    except OSError:
        return False


def _finish(workspace: "Workspace", item: UploadItem, done: Fingerprinted,
            hits: "FrameHits | None", matcher: Matcher, audio_matcher: AudioMatcher | None,
            min_score: float, state: str, act: Act | None) -> ScanResult:
    # a failed upload keeps the platform's id: a batch runner matches results to uploads by it
    result = ScanResult(upload=item.name, upload_id=item.upload_id,
                        error=done.error and as_given(done.error, item.path, item.name))
    if done.error:
        return result
    upload = done.fingerprint
    result.duration = done.duration
    result.matches = matcher.match_hits(upload, hits, min_score)
    if audio_matcher is not None and done.audio is not None:
        result.matches += shared_claims(workspace, audio_matcher.match(done.audio, min_score))
    if done.audio_error:
        result.warning = (f"{printable(item.name)}: only its pictures are searched; its sound "
                          f"track is not: {done.audio_error}")
    if cut := cut_short_warning(item.name, done, "searched"):
        result.warning = f"{result.warning}; {cut}" if result.warning else cut
    try:
        with workspace.record_lock(), _transaction(workspace, act) as (sql, session):
            _store(sql, session, item, result, done.digest, state, act)
    except InputError as error:
        return ScanResult(upload=item.name, upload_id=item.upload_id, error=str(error))
    return result


@contextmanager
def _transaction(workspace: "Workspace", act: Act | None) -> Iterator[tuple[Sql, "Session | None"]]:
    """One upload's transaction: plain SQL, and the session ``act`` runs in when there is an
    ``act`` (the SQL then runs on that session's connection); without one, no SQLAlchemy."""
    if act is None:
        with workspace.sql() as sql:
            yield sql, None
        return
    with workspace.session() as session:
        yield Sql.of_session(session), session


def original_lookup(workspace: "Workspace"):
    """``keys -> {key: IndexedOriginal}`` from the database, cached for the job's lifetime."""
    return original_rows.cached_lookup(
        lambda: workspace.sql(write=False),
        "id, path, owner, published_at, duration, times, codes, (SELECT layout FROM "
        "original_layouts WHERE original_layouts.key = originals.key), (SELECT content FROM "
        "original_contents WHERE original_contents.key = originals.key)",
        lambda row: IndexedOriginal(
            OriginalInfo(row[0], row[1], row[2], row[3], read_timestamp(row[4]), row[5]),
            np.frombuffer(row[6], np.float32).astype(np.float64),
            np.frombuffer(row[7], np.uint8).reshape(-1, 8),
            None if row[8] is None else StaticLayout.from_bytes(bytes(row[8])),
            None if row[9] is None else ContentRegion.from_bytes(bytes(row[9]))))


def by_original(matches: Iterable[Match]) -> dict[str, list[Match]]:
    """Matches grouped by original, video before audio: a video copied with its sound is one
    stored match (and one decision), whichever channels found it."""
    grouped: dict[str, list[Match]] = {}
    for match in sorted(matches, key=lambda match: match.channel != "video"):
        grouped.setdefault(match.original, []).append(match)
    return grouped


def upload_row(sql: Sql, digest: str, upload_id: str | None,
               uploader: str | None) -> tuple[str, tuple | None]:
    """The upload's id and its stored ``(uploader, sha256, uploaded_at)`` (None: no row yet),
    each row read once.

    The platform's id if it gave one; else ``u-`` + the content hash, as older workspaces keyed
    every upload, while that row is unclaimed or this uploader's; the same bytes from another
    account are another upload (its id hashes the uploader too). The derived id's row was read
    twice: to derive the id, then to check its uploader (stop 26's hostile pass)."""
    if upload_id is None:
        upload_id = "u-" + digest[:16]
        stored = _stored_upload(sql, upload_id)
        if stored is None or uploader is None or stored[0] in (None, uploader):
            return upload_id, stored
        upload_id = "u-" + hashlib.sha256(f"{digest}\0{uploader}".encode()).hexdigest()[:16]
    return upload_id, _stored_upload(sql, upload_id)


def _stored_upload(sql: Sql, upload_id: str) -> tuple | None:
    """(uploader, sha256, uploaded_at) of the stored upload, or None when there is no such
    row."""
    found = sql.rows(f"SELECT uploader, sha256, uploaded_at FROM uploads WHERE id = "
                     f"{sql.marker}", (upload_id,))
    return found[0] if found else None


def _store(sql: Sql, session: "Session | None", item: UploadItem, result: ScanResult,
           digest: str, state: str, act: Act | None) -> None:
    """The upload's row, its matches, ``act``'s actions (in ``session``) and the printed line,
    in one go. The rows are the ones the ORM (``origin.catalogue``) reads back."""
    now = sql.timestamp(datetime.now(timezone.utc))
    upload_id, stored = upload_row(sql, digest, item.upload_id, item.uploader)
    if stored is not None and item.uploader is not None and stored[0] not in (None, item.uploader):
        raise InputError(item.name, f"upload {upload_id} was uploaded by {stored[0]!r}, "
                                    f"not {item.uploader!r}: an upload's account never changes")
    if stored is not None and stored[1] not in (None, digest):
        # a platform id names one video: other bytes under it replaced the row's path and hash,
        # and its tickets' evidence then compared the original with another video (stop 29)
        raise InputError(item.name, f"upload {upload_id} was scanned with other bytes (sha256 "
                                    f"{stored[1][:12]}...), not these: an upload's bytes never "
                                    f"change (give this video its own upload id)")
    if stored is not None and stored[2] is not None and item.uploaded_at is not None \
            and read_timestamp(stored[2]) != as_utc(item.uploaded_at):
        # a rescan dated years earlier flipped the roles: "review" printed, exposure 1.0,
        # beside the ticket that still took the upload down (stop 44)
        raise InputError(item.name, f"upload {upload_id} was uploaded at "
                                    f"{read_timestamp(stored[2]).isoformat()}, not "
                                    f"{as_utc(item.uploaded_at).isoformat()}: an upload's time "
                                    f"never changes")
    result.upload_id = upload_id
    row = {"sha256": digest, "path": resolved(item.path), "duration": result.duration,
           "scanned_at": now}
    if item.uploader is not None:
        row["uploader"] = item.uploader
    if item.uploaded_at is not None:
        row["uploaded_at"] = sql.timestamp(as_utc(item.uploaded_at))
    if item.music_from_library is not None:
        row["music_from_library"] = item.music_from_library
    if stored is None:
        sql.insert("uploads", ("id", *row), [(upload_id, *row.values())])
    else:
        _update_upload(sql, upload_id, row)
    _put_matches(sql, [
        (upload_id, original, max(match.score for match in matches),
         max(match.coverage_upload for match in matches),
         max(match.coverage_original for match in matches),
         max(match.matched_seconds for match in matches),
         "+".join(match.channel for match in matches),
         json.dumps([{**asdict(segment), "channel": match.channel}
                     for match in matches for segment in match.segments]), now)
        for original, matches in by_original(match for match in result.matches
                                             if match.score >= DEFAULT_MIN_SCORE).items()])
    result.actions = act(session, result) if act else []
    _update_upload(sql, upload_id, {"scanned_against": state,
                                    "scan_json": json.dumps(result.to_json(), ensure_ascii=False)})


def _update_upload(sql: Sql, upload_id: str, values: dict) -> None:
    sql.execute(f"UPDATE uploads SET {', '.join(f'{name} = {sql.marker}' for name in values)} "
                f"WHERE id = {sql.marker}", (*values.values(), upload_id))


_MATCH_COLUMNS = ("upload_id", "original_id", "score", "coverage_upload", "coverage_original",
                  "matched_seconds", "channel", "segments", "scanned_at")


def _put_matches(sql: Sql, rows: list[tuple]) -> None:
    """One row per (upload, original) in ``_MATCH_COLUMNS`` order, updated on a rescan (its id
    kept, as the ORM kept it)."""
    sql.many(f"INSERT INTO matches ({', '.join(_MATCH_COLUMNS)}) VALUES "
             f"({', '.join([sql.marker] * len(_MATCH_COLUMNS))}) "
             f"ON CONFLICT (upload_id, original_id) DO UPDATE SET "
             + ", ".join(f"{name} = excluded.{name}" for name in _MATCH_COLUMNS[2:]), rows)
