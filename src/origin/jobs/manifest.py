"""Batch manifests: the platform's list of uploads, scanned row by row and resumable (and, the
same way, a list of originals to register with their own owners and dates).

A manifest is a CSV or JSON-lines file (read through ``origin.rows``) with one upload a row:
``path`` (relative paths are relative to the manifest's folder), ``upload_id`` (the platform's
id: required, since it is what makes an upload accountable and a rerun exact), ``uploader`` and
``uploaded_at`` (optional), ``music_from_library`` (optional true/false: the platform says the
sound was picked from its own music library, which a ``--platform-library`` licence covers).
Other columns are ignored, with a warning naming each once (``rows.checked_fields``); one that
reads as a missing field (``uploded_at``, ``Upload ID``) refuses its row. Every row is validated by type before
any scanning; a bad row becomes an item that is reported with its line and field and costs
nothing else. The scan itself is ``origin.jobs.scan.scan``: each upload is stored whole, in one
transaction, as it finishes, and with ``resume`` a rerun prints the uploads already scanned
against the same index state from the database instead of scanning them again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from origin import rows
from origin.errors import printable
from origin.jobs.executor import Executor
from origin.jobs.register import AddResult, OriginalItem, add_originals
from origin.jobs.scan import Act, UploadItem, scan
from origin.match.decide import DEFAULT_MIN_SCORE
from origin.records import UPLOAD_ID_LENGTH, ScanResult
from origin.rows import FieldError, RowError, latest_moment, title

if TYPE_CHECKING:
    from origin.workspace import Workspace

FIELDS = ("path", "upload_id", "uploader", "uploaded_at", "music_from_library")
ORIGINAL_FIELDS = ("path", "owner", "published_at", "title")
MAX_PATH = 4096
SHOWN_PATH = 120                     # characters of a path shown in an error


@dataclass(frozen=True)
class ManifestRow:
    """One row of a manifest as an upload to scan; ``item.error`` set when the row is refused,
    ``field`` naming the field to blame (``path`` for a file that cannot be scanned)."""

    line: int
    item: UploadItem
    field: str | None = None


class RowOutcome:
    """What became of one manifest row, for both kinds of manifest: its ``line``, and if
    refused the one-line ``error`` naming the line and the field (or the file) and the
    ``field`` to blame (attributes of the dataclasses below)."""

    @property
    def refused(self) -> bool:
        return self.error is not None

    def _row_json(self, record: dict) -> dict:
        data = {"line": self.line, **record, "error": self.error}
        if self.field:
            data["field"] = self.field
        return data


@dataclass
class ManifestResult(RowOutcome):
    """One uploads-manifest row's outcome: the scan's result."""

    line: int
    result: ScanResult
    error: str | None = None
    field: str | None = None

    def to_json(self) -> dict:
        return self._row_json({**self.result.to_json(), "resumed": self.result.resumed})


def read_manifest(path: Path | str, fmt: str = "auto",
                  now: datetime | None = None) -> list[ManifestRow]:
    """Every row of the manifest, validated; a file that cannot be opened raises ``InputError``.

    A repeated ``upload_id`` is refused at its later lines (the upload is scanned once)."""
    path = Path(path)
    folder = rows.files_folder(path)
    latest = latest_moment(now)
    found: list[ManifestRow] = []
    first_line: dict[str, int] = {}
    for line, data in rows.checked_fields(path, rows.read_rows(path, fmt), frozenset(FIELDS)):
        if isinstance(data, RowError):
            found.append(ManifestRow(line, UploadItem("", error=str(data)), data.field))
            continue
        shown = data.get("path") if isinstance(data.get("path"), str) else ""
        upload_id = None
        try:
            upload_id = _upload_id(data)
            item = UploadItem(_path(data, folder), upload_id, _account(data, "uploader"),
                              rows.moment(data, "uploaded_at", latest=latest),
                              music_from_library=rows.flag(data, "music_from_library"))
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


def _file_error(row: "ManifestRow | OriginalRow", error: str) -> str:
    """``line N: FILE: reason``, the file's name cut short: a 4 000-character path would
    otherwise make a line nobody reads. The jobs name a file as the row gave it (workers' errors
    about the resolved path are renamed by ``inputs.as_given``), so only that prefix is cut."""
    name = printable(row.item.path)
    reason = error.removeprefix(f"{name}: ")
    name = name if len(name) <= SHOWN_PATH else name[:SHOWN_PATH - 3] + "..."
    return f"line {row.line}: {name}: {reason[:300]}"


def _path(data: dict, folder: Path) -> str:
    value = rows.text(data, "path", required=True, max_chars=MAX_PATH)
    return value if Path(value).is_absolute() else str(folder / value)


def _upload_id(data: dict) -> str:
    value = rows.text(data, "upload_id", required=True, max_chars=UPLOAD_ID_LENGTH)
    if not value.isprintable():
        raise FieldError("upload_id", f"'{printable(value)}' holds control characters")
    return value


def _account(data: dict, key: str) -> str | None:
    """An account name (an uploader, an owner): the CLI's ``--owner`` and ``--uploader`` take
    the same (``rows.checked_name``), so a command line cannot store what a row may not."""
    return rows.checked_name(data.get(key), key)


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


# --- originals ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class OriginalRow:
    """One row of an originals manifest; ``item.error`` set when refused, ``field`` to blame."""

    line: int
    item: OriginalItem
    field: str | None = None


@dataclass
class AddedRow(RowOutcome):
    """One originals-manifest row's outcome: the registration's result."""

    line: int
    result: AddResult
    error: str | None = None
    field: str | None = None

    def to_json(self) -> dict:
        return self._row_json(self.result.to_json())


def read_originals_manifest(path: Path | str, fmt: str = "auto",
                            now: datetime | None = None) -> list[OriginalRow]:
    """Every row of an originals manifest (path; owner, published_at, title optional),
    validated; a file that cannot be opened raises ``InputError``."""
    path = Path(path)
    folder = rows.files_folder(path)
    latest = latest_moment(now)
    found: list[OriginalRow] = []
    for line, data in rows.checked_fields(path, rows.read_rows(path, fmt),
                                          frozenset(ORIGINAL_FIELDS)):
        if isinstance(data, RowError):
            found.append(OriginalRow(line, OriginalItem("", error=str(data)), data.field))
            continue
        shown = data.get("path") if isinstance(data.get("path"), str) else ""
        try:
            item = OriginalItem(_path(data, folder), _account(data, "owner"),
                                rows.moment(data, "published_at", latest=latest),
                                title(data.get("title"), "title"))
        except FieldError as error:
            found.append(OriginalRow(line, OriginalItem(printable(shown[:MAX_PATH]),
                                                         error=str(error.at(line))), error.field))
            continue
        found.append(OriginalRow(line, item))
    return found


def add_manifest(workspace: "Workspace", manifest: Path | str | list[OriginalRow],
                 fmt: str = "auto", workers: int = 1,
                 executor: Executor | None = None) -> Iterator[AddedRow]:
    """Register every row of an originals manifest, in order; refused rows cost nothing.

    A rerun is a resume by nature: bytes already registered come back ``exists``."""
    manifest_rows = (manifest if isinstance(manifest, list)
                     else read_originals_manifest(manifest, fmt))
    results = add_originals(workspace, [row.item for row in manifest_rows], workers=workers,
                            executor=executor)
    for row, result in zip(manifest_rows, results):
        if row.item.error is not None:
            yield AddedRow(row.line, result, row.item.error, row.field)
        elif result.error is not None:
            yield AddedRow(row.line, result, _file_error(row, result.error), "path")
        else:
            yield AddedRow(row.line, result)
