"""Index upkeep jobs: reconciling the index with the database (every writer does it first), what
``origin index status`` reports and what ``index reshard`` and ``index retrain`` do."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np

from origin import original_rows
from origin.errors import OriginError
from origin.index.audio import AudioStore
from origin.index.frames import FrameIndex, ShardStatus
from origin.index import keypoints as keypoint_index
from origin.jobs.audio import reconcile_audio
from origin.video.hashers import PHash
from origin.video.keypoints import HEADER_BYTES, Keypoints

if TYPE_CHECKING:
    from origin.workspace import Workspace


@dataclass
class StoreStatus:
    """One of the stores beside the frame index (the keypoint index, the audio store)."""

    originals: int
    database_originals: int
    rows: int                          # keypoints: descriptors; audio: postings
    bytes: int                         # its folder's files on disk
    state: str                         # one sentence: how scans search it, what comes next
    cells: dict | None = None          # keypoints: the cells that serve, where some do

    def to_json(self) -> dict:
        return {name: value for name, value in asdict(self).items()
                if value is not None or name != "cells"}


@dataclass
class IndexStatus:
    """The index as a whole and shard by shard, against the database it is derived from, and
    the keypoint and audio stores."""

    generation: int
    shards: list[ShardStatus]
    database_originals: int
    state: str = "ok"                  # ok, or what is wrong and how it gets repaired
    problems: list[str] = field(default_factory=list)
    keypoints: StoreStatus | None = None
    audio: StoreStatus | None = None

    @property
    def codes(self) -> int:
        return sum(shard.codes for shard in self.shards)

    @property
    def bytes(self) -> int:
        return sum(shard.bytes for shard in self.shards)

    def to_json(self) -> dict:
        return {"state": self.state, "problems": self.problems, "generation": self.generation,
                "shard_count": len(self.shards),
                "originals": sum(shard.originals for shard in self.shards),
                "database_originals": self.database_originals, "codes": self.codes,
                "bytes": self.bytes,
                "bytes_per_code": self.bytes / self.codes if self.codes else None,
                "shards": [shard.to_json() for shard in self.shards],
                "keypoints": self.keypoints and self.keypoints.to_json(),
                "audio": self.audio and self.audio.to_json()}


def reconcile(workspace: "Workspace") -> FrameIndex:
    """Make the index hold exactly the originals the database holds; call under the lock.

    Repairs what a killed ``add_originals`` or reshard can leave behind, in every shard:
    codes written to the index whose rows were not yet marked indexed, rows whose codes
    never reached the index, or a missing or unreadable shard (rebuilt from the codes the
    database keeps). The audio store is reconciled the same way (``origin.jobs.audio``).
    """
    in_the_way = _files_in_the_way(workspace)           # a writer would fail half-way
    if in_the_way:
        raise OriginError(in_the_way[0])
    workspace.bind_database()
    index = workspace.open_index()
    index.drop_unreadable()
    present = index.keys()
    with workspace.sql(write=False) as sql:
        rows = original_rows.frame_states(sql)
    stray = present - set(rows)
    missing = [key for key in rows if key not in present]
    if stray:
        index.remove(stray)
    with workspace.sql(write=False) as sql:
        for key, codes in original_rows.read(sql, "codes", missing):
            index.add(key, np.frombuffer(codes, np.uint8).reshape(-1, PHash.bits // 8))
    index.save()
    # Leftovers of killed writers go after the save: collecting reads the snapshot, and an
    # unreadable one (index.json garbled) is only replaced by the save; collecting first made
    # every add and reshard fail on the very damage "index status" says they repair.
    index.collect_garbage()
    with workspace.sql() as sql:
        original_rows.mark_frames_indexed(sql)
    reconcile_audio(workspace)
    return index


def _files_in_the_way(workspace: "Workspace") -> list[str]:
    """A file where the workspace keeps one of its index folders, each said in one line."""
    lines = [f"{folder}: not a folder: the workspace keeps its {folder.name} there (move the "
             f"file away, and the next originals add or index reshard rebuilds it)"
             for folder in (workspace.index_folder, workspace.audio_folder)
             if _not_a_folder(folder)]
    if _not_a_folder(workspace.keypoints_folder):       # learnt by scans, not rebuilt by adds
        lines.append(keypoint_index.in_the_way(workspace.keypoints_folder))
    return lines


def _not_a_folder(folder: Path) -> bool:
    return folder.exists() and not folder.is_dir()


def status(workspace: "Workspace") -> IndexStatus:
    """Read-only: safe while other processes scan or add."""
    from sqlalchemy import func, select

    from origin.catalogue import Original

    index = workspace.open_index()
    with workspace.session() as session:
        database = session.scalar(select(func.count()).select_from(Original)
                                  .where(Original.frame_count > 0))     # sound-only: no codes
    report = IndexStatus(index.generation, index.status(), database)
    report.problems = [shard.state for shard in report.shards if shard.state.startswith("unreadable")]
    with workspace.sql(write=False) as sql:
        sounds = len(original_rows.with_sound(sql))
    try:
        sound = AudioStore(workspace.audio_folder, collect=False)
        if sound.outdated:          # scans still search it (from the rows), more slowly
            report.problems.append(f"{sound.failure} (scans read its originals from the database)")
            report.audio = StoreStatus(0, sounds, 0, _folder_bytes(workspace.audio_folder),
                                       "outdated: scans read its originals from the database")
        else:
            report.audio = StoreStatus(len(sound.keys()), sounds, sound.postings,
                                       _folder_bytes(workspace.audio_folder),
                                       _audio_sentence(len(sound.keys()), sounds))
    except OriginError as error:
        report.problems.append(str(error).split("; the next")[0])
        report.audio = StoreStatus(0, sounds, 0, _folder_bytes(workspace.audio_folder),
                                   "unreadable")
    report.keypoints = _keypoint_status(workspace)
    in_the_way = _files_in_the_way(workspace)       # scans fail on the keypoints one (stop 30)
    report.problems += in_the_way
    for store, folder in ((report.audio, workspace.audio_folder),
                          (report.keypoints, workspace.keypoints_folder)):
        if _not_a_folder(folder):
            store.state = "not a folder"
    indexed = sum(shard.originals for shard in report.shards)
    if indexed != database and not report.problems:
        report.problems.append(f"the index holds {indexed} originals, the database {database}")
    if in_the_way:                  # nothing rebuilds a folder while a file stands there
        report.state = "needs repair (move the file named below away first)"
    elif report.problems:
        report.state = "needs repair (the next originals add or index reshard rebuilds it from " \
                       "the database)"
    return report


def _keypoint_status(workspace: "Workspace") -> StoreStatus:
    """The keypoint index: its rows, counted from the database without a descriptor
    (``keypoint_counts``), and how the cells stored in the workspace stand to them
    (``keypoint_index.cells_state``)."""
    rows = keypoint_counts(workspace)
    cells = keypoint_index.cells_state(workspace.keypoints_folder, rows)
    status = StoreStatus(rows.originals, rows.originals, rows.descriptors,
                         _folder_bytes(workspace.keypoints_folder),
                         _cells_sentence(cells, rows.descriptors))
    if cells.cells is not None and cells.state != "damaged":
        status.cells = {"rows": cells.cells.rows,
                        "learnt_at": _utc(cells.cells.learnt_at).isoformat(),
                        "grown": round(rows.descriptors / cells.cells.rows, 3),
                        "from_every_row": cells.state == "from every row",
                        "filled": cells.filled}
    return status


def keypoint_counts(workspace: "Workspace") -> keypoint_index.RowCounts:
    """The keypoint index's originals and descriptors, from each row's header in the database
    (``Keypoints.count_in``): building the index to count it loaded every descriptor (stop 30;
    1.4 M beside the catalogue) for a status line."""
    with workspace.sql(write=False) as sql:
        headers = original_rows.keypoint_headers(sql, HEADER_BYTES)
    return keypoint_index.RowCounts(
        len(headers), sum(Keypoints.count_in(header) for _, header in headers),
        keypoint_index.keys_digest(key for key, _ in headers))


def _audio_sentence(stored: int, registered: int) -> str:
    """``index status``'s one line on the audio store's state."""
    if stored == registered:
        return "ok" if stored else "empty"
    return (f"holds {stored:,} of the {registered:,} originals with sound: scans read the rest "
            f"from the database; the next originals add or index reshard stores them")


def _cells_sentence(cells: keypoint_index.CellsState, rows: int) -> str:
    """``index status``'s one line on the keypoint index's cells."""
    if not rows:
        return "empty"
    if cells.state == "exact":
        return f"searched exactly (below {keypoint_index.EXACT_BELOW:,} descriptors): no cells"
    if cells.state == "untrained":
        return "no cells yet: the next scan learns them from every row"
    if cells.state == "outgrown":
        return (f"cells outgrown (more than {keypoint_index.CELLS_SERVE_UP_TO}x the rows they "
                f"were learnt from): the next scan learns them again from every row")
    learnt = cells.cells
    if cells.state == "damaged":
        return (f"cells unreadable ({learnt.path.name}: damaged): the next scan that fills them "
                f"learns them again from every row")
    when = _utc(learnt.learnt_at).strftime("%Y-%m-%d %H:%M UTC")
    filled = "" if cells.filled else "; the next scan fills them"
    if cells.state == "from every row":
        return f"cells learnt from every row ({learnt.rows:,}) at {when}{filled}"
    return (f"cells learnt at {when} from {learnt.rows:,} rows, {rows / learnt.rows:.2f}x "
            f"since (learnt again past {keypoint_index.CELLS_SERVE_UP_TO}x; index retrain "
            f"learns them from every row now){filled}")


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


def _folder_bytes(folder: Path) -> int:
    """Bytes of the files in ``folder`` (none if it is missing or not a folder)."""
    if not folder.is_dir():
        return 0
    total = 0
    for path in folder.iterdir():
        try:
            total += path.stat().st_size if path.is_file() else 0
        except FileNotFoundError:            # removed by a writer meanwhile
            pass
    return total


def retrain(workspace: "Workspace") -> IndexStatus:
    """Learn the keypoint index's cells again from every row (``KeypointIndex.retrain``),
    under the writer lock so that no ``originals add`` changes the rows meanwhile; refused
    first where the index belongs to another database (it learnt that one's rows)."""
    from origin.jobs.snapshot import read_rows

    with workspace.exclusive():
        workspace.check_database()
        if _not_a_folder(workspace.keypoints_folder):  # an index searched exactly said "done"
            raise OriginError(keypoint_index.in_the_way(workspace.keypoints_folder))
        read_rows(workspace).retrain(workspace.keypoints_folder)
    return status(workspace)


def reshard(workspace: "Workspace", shards: int,
            progress: Callable[[int], None] | None = None) -> IndexStatus:
    """Repair the index from the database, then split it into ``shards`` shards."""
    with workspace.exclusive():
        index = reconcile(workspace)
        index.reshard(shards, progress)
    return status(workspace)
