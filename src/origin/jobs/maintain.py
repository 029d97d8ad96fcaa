"""Index upkeep jobs: what ``origin index status`` reports and what ``index reshard`` does."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from sqlalchemy import func, select

from origin.catalogue import Original
from origin.errors import OriginError
from origin.index.audio import AudioStore
from origin.index.frames import ShardStatus

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


def status(workspace: "Workspace") -> IndexStatus:
    """Read-only: safe while other processes scan or add."""
    index = workspace.open_index()
    with workspace.session() as session:
        database = session.scalar(select(func.count()).select_from(Original)
                                  .where(Original.frame_count > 0))     # sound-only: no codes
    report = IndexStatus(index.generation, index.status(), database)
    report.problems = [shard.state for shard in report.shards if shard.state.startswith("unreadable")]
    try:
        AudioStore(workspace.audio_folder, collect=False)
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
        index = workspace.reconcile()
        index.reshard(shards, progress)
    return status(workspace)
