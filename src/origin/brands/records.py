"""Reading upload metadata and brand lists from JSON lines or CSV, one clear error per bad row.

Files are read as bytes and decoded per row, so one row of invalid UTF-8 is reported by its line
and the rest of the file is still read.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from origin.errors import InputError

TEXT_FIELDS = ("account_name", "title", "description")
LIST_SEPARATORS = "|;"


@dataclass(frozen=True)
class ScanRecord:
    """One upload's metadata as the guard reads it."""

    id: str
    account: str
    account_name: str = ""
    title: str = ""
    description: str = ""

    @property
    def texts(self) -> tuple[str, str, str]:
        return (self.account_name, self.title, self.description)


@dataclass(frozen=True)
class BrandSpec:
    """A brand as a rights holder submits it (``brands add`` or one row of ``brands import``)."""

    mark: str
    owner: str
    aliases: tuple[str, ...] = ()
    knockoffs: tuple[str, ...] = ()
    authorized: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()
    common_word: bool = False


def _is_jsonl(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return True
    if path.suffix.lower() == ".csv":
        return False
    return head.lstrip().startswith(b"{")


def read_rows(path: Path | str) -> Iterator[tuple[str, dict | InputError]]:
    """(where, row) for every row of a JSON-lines or CSV file; a bad row yields an InputError."""
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InputError(str(path), f"cannot open: {error.strerror}") from None
    with handle:
        head = handle.read(4096)
        handle.seek(0)
        if _is_jsonl(path, head):
            yield from _jsonl_rows(path, handle)
        else:
            yield from _csv_rows(path, handle)


def _jsonl_rows(path: Path, handle) -> Iterator[tuple[str, dict | InputError]]:
    for number, line in enumerate(handle, start=1):
        where = f"{path.name} line {number}"
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield where, InputError(where, f"invalid UTF-8 at byte {error.start}")
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as error:
            yield where, InputError(where, f"malformed JSON: {error.msg} at character {error.pos}")
            continue
        if not isinstance(row, dict):
            yield where, InputError(where, f"expected a JSON object, got {type(row).__name__}")
            continue
        yield where, row


def _csv_rows(path: Path, handle) -> Iterator[tuple[str, dict | InputError]]:
    csv.field_size_limit(sys.maxsize)       # enormous fields are refused per record, later
    text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    while True:
        where = f"{path.name} line {reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield where, InputError(where, f"malformed CSV: {error}")
            continue
        if None in row:
            yield where, InputError(where, f"more values than the {len(reader.fieldnames)} columns")
            continue
        bad = [key for key, value in row.items() if value is not None and _has_surrogates(value)]
        if bad:
            yield where, InputError(where, f"invalid UTF-8 in {', '.join(bad)}")
            continue
        yield where, {key: value for key, value in row.items() if value is not None}


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text(row: dict, key: str, where: str, required: bool = False) -> str:
    value = row.get(key)
    if value is None or value == "":
        if required:
            raise InputError(where, f"missing field {key!r}")
        return ""
    if isinstance(value, (dict, list, bool)):
        raise InputError(where, f"field {key!r} must be text, got {type(value).__name__}")
    return str(value)


def to_scan_record(where: str, row: dict) -> ScanRecord:
    """Validate one row; the error names the record id when the row has one."""
    record_id = row.get("id")
    if record_id not in (None, ""):
        where = f"record {record_id} ({where})"
    texts = {key: _text(row, key, where) for key in TEXT_FIELDS}
    record = ScanRecord(id=_text(row, "id", where, required=True),
                        account=_text(row, "account", where, required=True), **texts)
    if not any(texts.values()):
        raise InputError(where, "no text to scan: account_name, title and description are all empty")
    return record


def _list(value) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        for separator in LIST_SEPARATORS:
            if separator in value:
                return tuple(part.strip() for part in value.split(separator) if part.strip())
        return (value.strip(),)
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise ValueError(f"expected a list or a '|'-separated string, got {type(value).__name__}")


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "y")


def to_brand_spec(where: str, row: dict) -> BrandSpec:
    """One row of ``brands import``: mark and owner required, lists as JSON arrays or a|b|c."""
    try:
        return BrandSpec(
            mark=_text(row, "mark", where, required=True).strip(),
            owner=_text(row, "owner", where, required=True).strip(),
            aliases=_list(row.get("aliases", row.get("alias"))),
            knockoffs=_list(row.get("knockoffs", row.get("knockoff"))),
            authorized=_list(row.get("authorized", row.get("authorized_accounts"))),
            context_words=_list(row.get("context_words")),
            common_word=_flag(row.get("common_word")),
        )
    except ValueError as error:
        raise InputError(where, str(error)) from None
