"""Reading upload metadata and brand lists from JSON lines or CSV, one clear error per bad row.

Files are read as bytes and decoded per row, so one row of invalid UTF-8 is reported by its line
and the rest of the file is still read. Nothing a line holds stops the reader: JSON numbers are
kept as they are spelled (a 5 000-digit integer is text, not an ``int`` Python refuses to print),
NaN/Infinity, nesting too deep for the parser, lone surrogates and NUL bytes are one-line errors
naming the line; a BOM and CRLF line ends are read as the text they frame.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import orjson

from origin.errors import InputError

TEXT_FIELDS = ("account_name", "title", "description")
LIST_SEPARATORS = "|;"
MAX_ID_CHARS = 200          # record ids and accounts are stored in String(200) columns
BOM = b"\xef\xbb\xbf"


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


# Numbers stay as spelled: ids like 12 read as "12", and no number is too long to hold.
_DECODER = json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=_refuse_constant)
_NUMBERS = (int, float)
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(value: object, limit: int = 40) -> str:
    """``value`` fit for a one-line message: control characters escaped, long text cut."""
    text = str(value)
    text = text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


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
    name = shown(path.name)
    for number, line in enumerate(handle, start=1):
        where = f"{name} line {number}"
        if number == 1 and line.startswith(BOM):
            line = line[len(BOM):]
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)       # the common case, 2x the standard library's speed
            if type(row) is dict and not any(type(v) in _NUMBERS for v in row.values()):
                yield where, row
                continue
        except orjson.JSONDecodeError:
            pass
        # Numbers (kept as spelled), and every refusal with its reason: the standard library.
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield where, InputError(where, f"invalid UTF-8 at byte {error.start}")
            continue
        try:
            row = _DECODER.decode(text)
        except json.JSONDecodeError as error:
            yield where, InputError(where, f"malformed JSON: {error.msg} at character {error.pos}")
            continue
        except ValueError as error:                  # NaN, Infinity
            yield where, InputError(where, f"malformed JSON: {error}")
            continue
        except RecursionError:
            yield where, InputError(where, "malformed JSON: nested too deeply to read")
            continue
        if not isinstance(row, dict):
            yield where, InputError(where, f"expected a JSON object, got {type(row).__name__}")
            continue
        yield where, row


def _csv_rows(path: Path, handle) -> Iterator[tuple[str, dict | InputError]]:
    csv.field_size_limit(sys.maxsize)       # enormous fields are refused per record, later
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.DictReader(text)
    name = shown(path.name)
    try:
        if reader.fieldnames is None:            # reads the header now, so lines count from 2
            return
    except csv.Error as error:
        yield f"{name} line 1", InputError(f"{name} line 1", f"malformed CSV header: {error}")
        return
    if any(_has_surrogates(column) for column in reader.fieldnames):
        yield f"{name} line 1", InputError(f"{name} line 1", "invalid UTF-8 in the header")
        return
    while True:
        where = f"{name} line {reader.line_num + 1}"
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
    """A text field (JSON numbers arrive as their spelling); lists, objects and booleans refused."""
    value = row.get(key)
    if value is None or value == "":
        if required:
            raise InputError(where, f"missing field {key!r}")
        return ""
    if not isinstance(value, str):
        raise InputError(where, f"field {key!r} must be text, got {_json_type(value)}")
    if _SURROGATE.search(value):
        raise InputError(where, f"field {key!r} holds a lone surrogate (not a character)")
    return value


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false"}.get(type(value),
                                                                       type(value).__name__)


def _identifier(row: dict, key: str, where: str) -> str:
    value = _text(row, key, where, required=True)
    if len(value) > MAX_ID_CHARS:
        raise InputError(where, f"field {key!r} is {len(value)} characters, limit {MAX_ID_CHARS}")
    if not value.isprintable():
        raise InputError(where, f"field {key!r} holds control characters")
    return value


def record_label(row: object) -> str:
    """The id a row's error result carries: its own when usable, else empty."""
    value = row.get("id") if isinstance(row, dict) else None
    return value if isinstance(value, str) and len(value) <= MAX_ID_CHARS \
        and value.isprintable() else ""


def to_scan_record(where: str, row: dict) -> ScanRecord:
    """Validate one row; the error names the record id when the row has one."""
    get = row.get
    values = (get("id"), get("account"), get("account_name", ""), get("title", ""),
              get("description", ""))
    if all(type(value) is str for value in values) and values[0] and values[1] \
            and len(values[0]) <= MAX_ID_CHARS and len(values[1]) <= MAX_ID_CHARS \
            and (values[0] + values[1]).isprintable() and (values[2] or values[3] or values[4]) \
            and not _SURROGATE.search("".join(values[2:])):
        return ScanRecord(*values)                      # a well-formed row: checked at once
    record_id = row.get("id")
    if isinstance(record_id, str) and record_id:
        where = f"record {shown(record_id)} ({where})"
    texts = {key: _text(row, key, where) for key in TEXT_FIELDS}
    record = ScanRecord(id=_identifier(row, "id", where),
                        account=_identifier(row, "account", where), **texts)
    if not any(texts.values()):
        raise InputError(where, "no text to scan: account_name, title and description are all empty")
    return record


def _list(key: str, value) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items: list = [value]
        for separator in LIST_SEPARATORS:
            if separator in value:
                items = value.split(separator)
                break
    elif isinstance(value, list):
        items = value
    else:
        raise ValueError(f"field {key!r} must be a list or a '|'-separated string, "
                         f"got {_json_type(value)}")
    out = []
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"field {key!r} must hold text, got {_json_type(item)}")
        if _has_surrogates(item) or not item.isprintable():
            raise ValueError(f"field {key!r} holds control characters or lone surrogates")
        if len(item) > MAX_ID_CHARS:
            raise ValueError(f"field {key!r} has an item of {len(item)} characters, "
                             f"limit {MAX_ID_CHARS}")
        if item.strip():
            out.append(item.strip())
    return tuple(out)


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "y")


def to_brand_spec(where: str, row: dict) -> BrandSpec:
    """One row of ``brands import``: mark and owner required, lists as JSON arrays or a|b|c."""
    try:
        return BrandSpec(
            mark=_identifier(row, "mark", where).strip(),
            owner=_identifier(row, "owner", where).strip(),
            aliases=_list("aliases", row.get("aliases", row.get("alias"))),
            knockoffs=_list("knockoffs", row.get("knockoffs", row.get("knockoff"))),
            authorized=_list("authorized", row.get("authorized", row.get("authorized_accounts"))),
            context_words=_list("context_words", row.get("context_words")),
            common_word=_flag(row.get("common_word")),
        )
    except ValueError as error:
        raise InputError(where, str(error)) from None
