"""Batch scan manifests: the platform's list of uploads, scanned row by row and resumable.

A manifest is a CSV or JSON-lines file (read through ``origin.rows``) with one upload a row:
``path`` (relative paths are relative to the manifest's folder), ``upload_id`` (the platform's
id: required, since it is what makes an upload accountable and a rerun exact), ``uploader`` and
``uploaded_at`` (optional). Other columns are ignored. Every row is validated by type before
any scanning; a bad row becomes an item that is reported with its line and field and costs
nothing else. The scan itself is ``origin.jobs.scan.scan``: each upload is stored whole, in one
transaction, as it finishes, and with ``resume`` a rerun prints the uploads already scanned
against the same index state from the database instead of scanning them again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from origin import rows
from origin.catalogue import UPLOAD_ID_LENGTH
from origin.errors import printable
from origin.jobs.executor import Executor
from origin.jobs.inputs import resolved
from origin.jobs.scan import Act, UploadItem, scan
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.records import ScanResult
from origin.rows import FieldError, RowError

if TYPE_CHECKING:
    from origin.workspace import Workspace

FIELDS = ("path", "upload_id", "uploader", "uploaded_at")
MAX_PATH = 4096
MAX_UPLOADER = 200                   # ``Upload.uploader``'s column
CLOCK_SKEW = timedelta(days=1)       # an upload time this far ahead of our clock is refused
SHOWN_PATH = 120                     # characters of a path shown in an error


@dataclass(frozen=True)
class ManifestRow:
    """One row of a manifest as an upload to scan; ``item.error`` set when the row is refused,
    ``field`` naming the field to blame (``path`` for a file that cannot be scanned)."""

    line: int
    item: UploadItem
    field: str | None = None


@dataclass
class ManifestResult:
    """What became of one manifest row: its line, the scan, and if refused the one-line
    ``error`` naming the line and the field (or the file) and the ``field`` to blame."""

    line: int
    result: ScanResult
    error: str | None = None
    field: str | None = None

    @property
    def refused(self) -> bool:
        return self.error is not None

    def to_json(self) -> dict:
        data = {"line": self.line, **self.result.to_json(), "resumed": self.result.resumed}
        data["error"] = self.error
        if self.field:
            data["field"] = self.field
        return data


def read_manifest(path: Path | str, fmt: str = "auto",
                  now: datetime | None = None) -> list[ManifestRow]:
    """Every row of the manifest, validated; a file that cannot be opened raises ``InputError``.

    A repeated ``upload_id`` is refused at its later lines (the upload is scanned once)."""
    path = Path(path)
    latest = (now or datetime.now(timezone.utc)) + CLOCK_SKEW
    found: list[ManifestRow] = []
    first_line: dict[str, int] = {}
    for line, data in rows.read_rows(path, fmt):
        if isinstance(data, RowError):
            found.append(ManifestRow(line, UploadItem("", error=str(data)), data.field))
            continue
        shown = data.get("path") if isinstance(data.get("path"), str) else ""
        upload_id = None
        try:
            upload_id = _upload_id(data)
            item = UploadItem(_path(data, path.parent), upload_id,
                              _uploader(data), rows.moment(data, "uploaded_at", latest=latest))
            if upload_id in first_line:
                raise FieldError("upload_id", f"{upload_id!r} is also on line "
                                              f"{first_line[upload_id]} (scanned there)")
        except FieldError as error:
            found.append(ManifestRow(line, UploadItem(printable(shown[:MAX_PATH]), upload_id,
                                                      error=str(error.at(line))), error.field))
            continue
        first_line[upload_id] = line
        found.append(ManifestRow(line, item))
    return found


def _file_error(row: ManifestRow, error: str) -> str:
    """``line N: path 'FILE': reason``, the file's name cut short: a 4 000-character path
    would otherwise make a line nobody reads."""
    source = printable(resolved(row.item.path))
    reason = error.removeprefix(f"{source}: ") if error.startswith(f"{source}: ") else error
    name = printable(row.item.path)
    name = name if len(name) <= SHOWN_PATH else name[:SHOWN_PATH - 3] + "..."
    return f"line {row.line}: {name}: {reason[:300]}"


def _path(data: dict, folder: Path) -> str:
    value = rows.text(data, "path", required=True, max_chars=MAX_PATH)
    return value if Path(value).is_absolute() else str(folder / value)


def _upload_id(data: dict) -> str:
    value = rows.text(data, "upload_id", required=True, max_chars=UPLOAD_ID_LENGTH)
    if not value.isprintable():
        raise FieldError("upload_id", f"{printable(value)!r} holds control characters")
    return value


def _uploader(data: dict) -> str | None:
    value = rows.text(data, "uploader", max_chars=MAX_UPLOADER)
    if value is not None and not value.isprintable():
        raise FieldError("uploader", f"{printable(value)!r} holds control characters")
    return value


def scan_manifest(workspace: "Workspace", manifest: Path | str | list[ManifestRow],
                  fmt: str = "auto", min_score: float = DEFAULT_MIN_SCORE, workers: int = 1,
                  executor: Executor | None = None, act: Act | None = None,
                  resume: bool = True) -> Iterator[ManifestResult]:
    """Scan every row of a manifest (a file, or rows from ``read_manifest``), in order.

    Refused rows come back with their error and cost nothing; every other upload is scanned
    (``workers`` processes or ``executor``'s cluster) and stored as it finishes. With
    ``resume`` (the default) uploads already scanned, from the same file, against the same
    index state and ``min_score``, are not scanned again: their stored results come back
    (``result.resumed``), so a rerun after a crash finishes the rest with nothing done twice.
    """
    manifest_rows = manifest if isinstance(manifest, list) else read_manifest(manifest, fmt)
    results = scan(workspace, [row.item for row in manifest_rows], min_score=min_score,
                   workers=workers, executor=executor, act=act, resume=resume)
    for row, result in zip(manifest_rows, results):
        if result.upload_id is None and row.item.upload_id is not None:
            result.upload_id = row.item.upload_id
        if row.item.error is not None:
            yield ManifestResult(row.line, result, row.item.error, row.field)
        elif result.error is not None:
            # before fingerprinting the file is to blame; after it, only storing can refuse an
            # upload: its id was scanned before for another uploader (accounts never change)
            field = "path" if result.duration is None else "uploader"
            yield ManifestResult(row.line, result, _file_error(row, result.error), field)
        else:
            yield ManifestResult(row.line, result)
