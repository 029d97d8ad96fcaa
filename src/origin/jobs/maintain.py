"""Index upkeep jobs: reconciling the index with the database (every writer does it first), what
``origin index status`` reports and what ``index reshard`` does."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import numpy as np

from origin import original_rows
from origin.errors import OriginError
from origin.index.audio import AudioStore
from origin.index.frames import FrameIndex, ShardStatus
from origin.jobs.audio import reconcile_audio
from origin.video.hashers import PHash

if TYPE_CHECKING:
    from origin.workspace import Workspace


@dataclass
class IndexStatus:
    """The index as a whole and shard by shard, against the database it is derived from."""

    generation: int
    shards: list[ShardStatus]
    database_originals: int
    state: str = "ok"                  # ok, or what is wrong and how it gets repaired
    problems: list[str] = field(default_factory=list)

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
                "shards": [shard.to_json() for shard in self.shards]}


def reconcile(workspace: "Workspace") -> FrameIndex:
    """Make the index hold exactly the originals the database holds; call under the lock.

    Repairs what a killed ``add_originals`` or reshard can leave behind, in every shard:
    codes written to the index whose rows were not yet marked indexed, rows whose codes
    never reached the index, or a missing or unreadable shard (rebuilt from the codes the
    database keeps). The audio store is reconciled the same way (``origin.jobs.audio``).
    """
    for folder in (workspace.index_folder, workspace.audio_folder, workspace.keypoints_folder):
        if folder.exists() and not folder.is_dir():      # a writer would fail half-way
            raise OriginError(f"{folder}: not a folder: the workspace keeps its "
                              f"{folder.name} there (move the file away, and the next "
                              f"originals add or index reshard rebuilds it)")
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
    try:
        sound = AudioStore(workspace.audio_folder, collect=False)
        if sound.outdated:          # scans still search it (from the rows), more slowly
            report.problems.append(f"{sound.failure} (scans read its originals from the database)")
    except OriginError as error:
        report.problems.append(str(error).split("; the next")[0])
    indexed = sum(shard.originals for shard in report.shards)
    if indexed != database and not report.problems:
        report.problems.append(f"the index holds {indexed} originals, the database {database}")
    if report.problems:
        report.state = "needs repair (the next originals add or index reshard rebuilds it from " \
                       "the database)"
    return report


def reshard(workspace: "Workspace", shards: int,
            progress: Callable[[int], None] | None = None) -> IndexStatus:
    """Repair the index from the database, then split it into ``shards`` shards."""
    with workspace.exclusive():
        index = reconcile(workspace)
        index.reshard(shards, progress)
    return status(workspace)
