"""The originals table in plain SQL: what registering, scanning and the index's upkeep read
and write.

``origin.catalogue`` declares the table for the ORM, which tickets and the service use; the
register job (``origin.jobs.register``), the scan job (``origin.jobs.scan``, ``snapshot``,
``audio``) and reconciling the index with the database (``origin.jobs.maintain``) touch a
handful of its columns, through ``origin.direct_db.Sql``, so that on SQLite ``originals add``
and a scan without enforcement never import SQLAlchemy (~0.5 s of CPU, a sixth of registering
four short clips). The rows are the ones the ORM writes and reads.
"""
from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from datetime import datetime
from typing import Callable, ContextManager, Iterable, Iterator, TypeVar

from origin.direct_db import Sql, read_timestamp

PENDING = "pending"    # fingerprinted and stored, maybe not yet in the index
INDEXED = "indexed"    # present in the index file
CHUNK = 900            # keys per IN (...) list: under every backend's parameter limit
T = TypeVar("T")


@dataclass(frozen=True)
class OriginalRow:
    """A new row of ``originals`` (the database gives its ``key``)."""

    id: str
    sha256: str
    path: str
    title: str | None
    owner: str | None
    published_at: datetime
    duration: float
    frame_count: int
    times: bytes
    codes: bytes
    view_count: int
    state: str
    added_at: datetime
    audio_peaks: bytes | None
    audio_duration: float | None
    audio_state: str | None


COLUMNS = tuple(field.name for field in fields(OriginalRow))
TIMES = ("published_at", "added_at")


def insert(sql: Sql, row: OriginalRow, keypoints: bytes | None = None,
           layout: bytes | None = None, content: bytes | None = None) -> int:
    """Store ``row`` (and its keyframes' local features, its static layout and its content
    region) and return the key it was given."""
    values = tuple(sql.timestamp(value) if name in TIMES else value
                   for name, value in zip(COLUMNS, astuple(row)))
    sql.insert("originals", COLUMNS, [values])
    key = key_of(sql, row.id)
    if keypoints is not None:
        sql.insert("original_keypoints", ("key", "keypoints"), [(key, keypoints)])
    if layout is not None:
        sql.insert("original_layouts", ("key", "layout"), [(key, layout)])
    if content is not None:
        sql.insert("original_contents", ("key", "content"), [(key, content)])
    return key


def id_of(sql: Sql, digest: str) -> str | None:
    """The id of the original with these bytes (content hash), if registered."""
    found = sql.rows(f"SELECT id FROM originals WHERE sha256 = {sql.marker}", (digest,))
    return found[0][0] if found else None


def key_of(sql: Sql, original_id: str) -> int:
    return sql.rows(f"SELECT key FROM originals WHERE id = {sql.marker}", (original_id,))[0][0]


def claim_of(sql: Sql, original_id: str) -> tuple[str | None, datetime]:
    """Who holds the original, and since when it counts as published (UTC when unzoned)."""
    owner, published_at = sql.rows(f"SELECT owner, published_at FROM originals WHERE id = "
                                   f"{sql.marker}", (original_id,))[0]
    return owner, read_timestamp(published_at)


def path_of(sql: Sql, original_id: str) -> str:
    return sql.rows(f"SELECT path FROM originals WHERE id = {sql.marker}", (original_id,))[0][0]


def set_path(sql: Sql, original_id: str, path: str) -> None:
    sql.execute(f"UPDATE originals SET path = {sql.marker} WHERE id = {sql.marker}",
                (path, original_id))


def set_claim(sql: Sql, original_id: str, owner: str, published_at: datetime,
              title: str | None) -> None:
    """Hand the original over to ``owner`` (and ``title``, when given)."""
    changes = {"owner": owner, "published_at": sql.timestamp(published_at)}
    if title is not None:
        changes["title"] = title
    sql.execute(f"UPDATE originals SET {', '.join(f'{name} = {sql.marker}' for name in changes)} "
                f"WHERE id = {sql.marker}", (*changes.values(), original_id))


def frame_states(sql: Sql) -> dict[int, str]:
    """key -> state of every original with frame codes (sound-only ones have none)."""
    return dict(sql.rows("SELECT key, state FROM originals WHERE frame_count > 0"))


def keypoints(sql: Sql) -> list[tuple[int, bytes]]:
    """(key, keyframe features) of every original that has them, in key order: the keypoint
    index's rows (``KeypointIndex.build``), the same for every reader."""
    return sql.rows("SELECT key, keypoints FROM original_keypoints ORDER BY key")


def keypoint_headers(sql: Sql, header_bytes: int) -> list[tuple[int, bytes]]:
    """(key, the first ``header_bytes`` of its keyframe features) of every original that has
    them, in key order: their counts without their descriptors (``index status``)."""
    return [(key, bytes(header)) for key, header in sql.rows(
        f"SELECT key, substr(keypoints, 1, {int(header_bytes)}) FROM original_keypoints "
        f"ORDER BY key")]


def with_sound(sql: Sql) -> set[int]:
    """Keys of the originals whose sound is registered."""
    return {key for key, in sql.rows("SELECT key FROM originals WHERE audio_peaks IS NOT NULL")}


def read(sql: Sql, columns: str, keys: Iterable[int], where: str = "") -> Iterator[tuple]:
    """(key, *columns) of these originals (those also matching ``where``, when given),
    ``CHUNK`` keys a query."""
    keys = list(keys)
    also = f" AND {where}" if where else ""
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        yield from sql.rows(f"SELECT key, {columns} FROM originals WHERE key IN "
                            f"({', '.join([sql.marker] * len(chunk))}){also}", chunk)


def cached_lookup(transaction: Callable[[], ContextManager[Sql]], columns: str,
                  build: Callable[[tuple], T], where: str = "") -> Callable[[Iterable[int]],
                                                                            dict[int, T]]:
    """``keys -> {key: build((key, *columns))}`` of the originals (matching ``where``): each
    key's row read once, in ``read``'s batches, each batch in a ``transaction()``, and kept for
    the lookup's lifetime (a scan job's); keys with no such row are left out of the answer."""
    cache: dict[int, T] = {}

    def lookup(keys: Iterable[int]) -> dict[int, T]:
        keys = list(keys)
        missing = [key for key in keys if key not in cache]
        if missing:
            with transaction() as sql:
                for row in read(sql, columns, missing, where):
                    cache[row[0]] = build(row)
        return {key: cache[key] for key in keys if key in cache}

    return lookup


def mark_indexed(sql: Sql, keys: list[int]) -> None:
    """These rows' codes and sound are now in the index and the audio store."""
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        among = f"key IN ({', '.join([sql.marker] * len(chunk))})"
        sql.execute(f"UPDATE originals SET state = '{INDEXED}' WHERE {among}", chunk)
        sql.execute(f"UPDATE originals SET audio_state = '{INDEXED}' WHERE {among} "
                    f"AND audio_peaks IS NOT NULL", chunk)


def mark_frames_indexed(sql: Sql) -> None:
    """Every row's codes are in the index (reconciled)."""
    sql.execute(f"UPDATE originals SET state = '{INDEXED}' WHERE state != '{INDEXED}'")


def mark_sound_indexed(sql: Sql) -> None:
    """Every row's sound is in the audio store (reconciled)."""
    sql.execute(f"UPDATE originals SET audio_state = '{INDEXED}' WHERE audio_peaks IS NOT NULL "
                f"AND audio_state != '{INDEXED}'")


OVERLAP_COLUMNS = ("key", "other", "start_s", "end_s", "other_start_s", "other_end_s")


def insert_overlaps(sql: Sql, overlaps: list) -> None:
    """Record the stretches a new original's sound shares with earlier ones (``audio.shared``)."""
    if overlaps:
        sql.insert("sound_overlaps", OVERLAP_COLUMNS,
                   [(overlap.key, overlap.other, float(overlap.start), float(overlap.end),
                     float(overlap.other_start), float(overlap.other_end))
                    for overlap in overlaps])


def overlaps_among(sql: Sql, ids: list[str]) -> list[tuple]:
    """(first id, second id, first's start, end, second's start, end, first's and second's
    first-publish times) of every recorded overlap of one of these originals: ``first`` was
    registered before ``second``."""
    if not ids:
        return []
    among = ", ".join([sql.marker] * len(ids))
    return [(*row[:6], read_timestamp(row[6]), read_timestamp(row[7])) for row in sql.rows(
        f"SELECT a.id, b.id, s.other_start_s, s.other_end_s, s.start_s, s.end_s, "
        f"a.published_at, b.published_at FROM sound_overlaps s "
        f"JOIN originals a ON a.key = s.other JOIN originals b ON b.key = s.key "
        f"WHERE a.id IN ({among}) OR b.id IN ({among}) ORDER BY s.other, s.key, s.start_s",
        [*ids, *ids])]
