"""The demo job: register generated originals, scan re-uploads of them and unrelated videos.

Runs on any machine in about a minute with nothing but the package: the footage is generated
(``origin.synthetic``), so what it prints is the real pipeline at work, not canned output.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from origin import synthetic
from origin.errors import InputError
from origin.jobs.scan import Act
from origin.records import ScanResult
from origin.workspace import Workspace

ORIGINAL_SEEDS = {"creator-a": 101, "creator-b": 202, "creator-c": 303}
UNRELATED_SEEDS = (404, 505)
UPLOAD_FAMILIES = ("canvas_9x16_blur", "hflip", "crop", "pip", "speed", "embed", "combo")
UPLOADER = "reuploader-x"
UPLOADED_AT = datetime(2026, 3, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class DemoUpload:
    """A demo upload and what it really is, so the printout can be checked at a glance."""

    path: Path
    truth: str          # e.g. "copy of creator-a (hflip)" or "unrelated"
    owner: str | None = None     # whose original it copies; None for unrelated videos


@dataclass
class Summary:
    """What the demo found, against what the uploads really are: the line it ends with."""

    copies: int = 0
    copies_found: int = 0
    unrelated: int = 0
    unrelated_matched: int = 0
    tickets: set[str] = field(default_factory=set)

    def add(self, upload: DemoUpload, result: ScanResult) -> None:
        if upload.owner is None:
            self.unrelated += 1
            self.unrelated_matched += bool(result.matches)
        else:
            self.copies += 1
            self.copies_found += any(match.owner == upload.owner for match in result.matches)
        self.tickets.update(action["ticket"] for action in result.actions if action.get("ticket"))

    def line(self) -> str:
        return (f"summary: {len(ORIGINAL_SEEDS)} originals registered; {self.copies_found} of "
                f"{self.copies} copies found, {self.unrelated_matched} of {self.unrelated} "
                f"unrelated uploads matched; {len(self.tickets)} tickets")


def prepare(media: Path, seconds: float = 12.0) -> tuple[dict[str, Path], list[DemoUpload]]:
    """Generate (once) the originals and the uploads in ``media``."""
    media.mkdir(parents=True, exist_ok=True)
    originals = {}
    for owner, seed in ORIGINAL_SEEDS.items():
        originals[owner] = media / f"original-{owner}.mp4"
        if not originals[owner].exists():
            synthetic.generate_video(originals[owner], seed=seed, seconds=seconds)
    uploads = []
    owners = list(originals)
    for number, family in enumerate(UPLOAD_FAMILIES):
        owner = owners[number % len(owners)]
        path = media / f"upload-{number:02d}-{family}.mp4"
        if not path.exists():
            synthetic.apply_transform(originals[owner], path, family, seed=number)
        uploads.append(DemoUpload(path, f"copy of {owner} ({family})", owner))
    for seed in UNRELATED_SEEDS:
        path = media / f"upload-unrelated-{seed}.mp4"
        if not path.exists():
            unrelated = media / f"unrelated-{seed}.mp4"
            synthetic.generate_video(unrelated, seed=seed, seconds=seconds)
            synthetic.apply_transform(unrelated, path, "combo", seed=seed)
            unrelated.unlink()
        uploads.append(DemoUpload(path, "unrelated"))
    return originals, uploads


def _not_the_demos(workspace: Workspace) -> int:
    """How many registered originals the demo's creators do not own: ``origin -w PROD demo``
    put three generated originals and seven tickets into a platform's own workspace (a rerun
    of the demo in its own workspace is fine: every original there is its own)."""
    from sqlalchemy import func, select

    from origin.catalogue import Original

    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(Original).where(
            Original.owner.not_in(tuple(ORIGINAL_SEEDS))))


def run(workspace: Workspace, act: Act | None = None) -> Iterator[tuple[DemoUpload, ScanResult]]:
    """Register the demo originals in ``workspace`` and yield each upload with its scan result
    (``act``: what enforcement does with each, as in the scan job)."""
    foreign = _not_the_demos(workspace)
    if foreign:
        raise InputError(str(workspace.path), f"holds {foreign} original(s) not the demo's: the "
                         f"demo registers generated originals and opens tickets against "
                         f"'{UPLOADER}' among them; run it in a workspace of its own "
                         f"(origin -w DIR demo)")
    originals, uploads = prepare(workspace.path / "demo-media")
    published = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    for day, (owner, path) in enumerate(originals.items()):
        for result in workspace.add_originals([path], owner=owner, title=f"{owner} original",
                                              published_at=published + timedelta(days=day)):
            if result.error:
                raise RuntimeError(result.error)
    truths = {str(upload.path): upload for upload in uploads}
    for result in workspace.scan([upload.path for upload in uploads], uploader=UPLOADER,
                                 uploaded_at=UPLOADED_AT, act=act):
        yield truths[result.upload], result
