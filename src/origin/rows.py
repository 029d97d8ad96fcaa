"""Intake files row by row: JSON lines or CSV become ``(line, dict)``, or a one-line ``RowError``.

Every intake (complaints, accounts, brand lists and upload metadata, scan manifests) reads
through here, so hostile input is handled once and the same way: a row that cannot be read is
reported by its line and the rest of the file is still read. What this module guarantees of
every dict it hands on:

- it came from one line (JSON) or one record (CSV) of valid UTF-8; a byte-order mark, CRLF
  endings and U+2028/U+2029 inside strings are fine (lines split on ``\\n`` only);
- no string in it (key or value, at any depth) holds a NUL character or a lone surrogate;
- it nests at most ``MAX_DEPTH`` levels, holds no integer beyond ``MAX_INT_DIGITS`` digits and
  no NaN or infinite number;
- no object in it (JSON) gives a key twice: parsers keep the last value silently, so
  ``{"account": "shop", "account": "other"}`` is refused, naming the key;
- no row over ``MAX_ROW_BYTES`` was ever held in memory whole.

Line numbers count physical lines from 1, so a CSV header is line 1 and a record that spans
several lines is reported at its first. The typed field readers at the end (``text``,
``texts``, ``moment``, ``number``, ``flag``) turn a value of the wrong type or range into a
``FieldError`` naming the field; intakes use them to validate each row before writing it.
"""
from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import math
import os
import re
import stat
import unicodedata
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, BinaryIO, Iterator

import orjson

from origin.errors import InputError, OriginError, printable

MAX_ROW_BYTES = 64 << 20       # a 20 MB attachment in base64 is ~27 MB; anything past this is refused
MAX_DEPTH = 16                 # objects/lists inside the row object
MAX_INT_DIGITS = 64            # ids as numbers fit; Python refuses to parse past 4 300 digits anyway
MAX_TEXT = 20_000              # characters in a plain text field unless the field says otherwise
MAX_NAME = 200                 # a name (an account, an owner, who acts): the database's name columns
EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)   # before any platform; keeps date math in range
CLOCK_SKEW = timedelta(days=1)       # an upload time this far ahead of our clock is refused
MAX_TITLE = 1000               # characters of an original's title
MAX_WHY = 4000                 # characters of a reason the audit keeps (a step's, a withdrawal's)
FORMATS = ("auto", "jsonl", "csv")
_READ = 1 << 20                # bytes per read while skipping the rest of an oversize line


class RowError(InputError):
    """A row that cannot be used: the line it starts on, the field when one is to blame."""

    def __init__(self, line: int, reason: str, field: str | None = None):
        self.line, self.field = line, field
        super().__init__(f"line {line}" if field is None else f"line {line}: {field}", reason)


class FieldError(OriginError):
    """A field of the wrong type or out of range; ``at(line)`` makes it the row's error."""

    def __init__(self, field: str | None, reason: str):
        self.field, self.reason = field, printable(reason)
        super().__init__(f"{field}: {self.reason}" if field else self.reason)

    def at(self, line: int) -> RowError:
        return RowError(line, self.reason, self.field)


Row = tuple[int, "dict | RowError"]


@dataclass(frozen=True)
class Limits:
    """What a row may hold; an intake with bigger rows (attachments) raises ``row_bytes``."""

    row_bytes: int = MAX_ROW_BYTES
    depth: int = MAX_DEPTH
    int_digits: int = MAX_INT_DIGITS


def read_rows(path: Path | str, fmt: str = "auto", limits: Limits = Limits()) -> Iterator[Row]:
    """``(line, row)`` for every row of a JSON-lines or CSV file; a bad row comes as its
    ``RowError``. A file that cannot be opened raises ``InputError`` before the first row.

    ``fmt`` ``auto``: ``.csv`` is CSV, ``.jsonl``/``.ndjson``/``.json`` JSON lines, any other
    name JSON lines when its first character is ``{`` and CSV otherwise.
    """
    path = Path(path)
    with open_intake(path) as handle:
        yield from read_open_rows(handle, path, fmt, limits)


def read_open_rows(handle: BinaryIO, path: Path, fmt: str = "auto",
                   limits: Limits = Limits()) -> Iterator[Row]:
    """``read_rows`` of ``path`` already opened by ``open_intake`` (and perhaps peeked at):
    a pipe cannot be opened twice, and a second open of ``/dev/stdin`` had lost what the
    first one read (a piped CSV's header: "no records")."""
    try:
        head = handle.peek(4096)[:4096]
    except OSError as error:                          # a directory on some systems
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if _format(path, head, fmt) == "csv":
        yield from _csv_rows(handle, limits)
    else:
        yield from _jsonl_rows(handle, limits)


def open_intake(path: Path) -> BinaryIO:
    """``path`` opened to read rows, or an ``InputError`` naming it: a device other than a
    terminal is refused (``/dev/zero`` never ends, and its endless oversize row was skipped
    forever); a pipe or a terminal is read, since it ends."""
    try:        # "-" is standard input, as for most tools ("-: cannot open: No such file")
        handle = open(os.dup(0), "rb") if str(path) == "-" else open(path, "rb")
    except OSError as error:
        raise InputError(str(path), f"cannot open: {error.strerror or error}") from None
    mode = os.fstat(handle.fileno()).st_mode
    if (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) and not handle.isatty():
        handle.close()
        raise InputError(str(path), "not a regular file (a device): rows are read from a file "
                                    "or a pipe")
    return handle


def files_folder(intake: Path) -> Path:
    """The folder an intake file's relative file names are read against (a manifest's paths,
    a complaint's evidence): its own; for one given as a stream (``/dev/stdin``, ``/dev/fd/N``)
    the file behind it when there is one, else the current folder. ``cat m.csv | origin scan
    --manifest /dev/stdin`` looked for its uploads in ``/dev`` ("/dev/a.mp4: no such file")."""
    if not str(intake.absolute()).startswith(("/dev/", "/proc/")):
        return intake.parent
    behind = Path(os.path.realpath(intake))
    return behind.parent if behind.is_file() else Path.cwd()


def _format(path: Path, head: bytes, fmt: str) -> str:
    """The file's format; a UTF-16 or UTF-32 file (PowerShell's ``>``, Excel's "Unicode text")
    is refused whole: each of its lines was refused alone, the first as invalid UTF-8 and the
    others as "not valid JSON", or its rows read as garbled CSV. Known by its byte-order mark
    and the NUL of its first (ASCII) character: a UTF-8 file whose first line is a bad byte
    such as ``\xff\xfe\xfd`` costs that line only."""
    if (head[:2] == codecs.BOM_UTF16_LE and head[3:4] == b"\0") or head[:4] == codecs.BOM_UTF32_BE \
            or (head[:2] == codecs.BOM_UTF16_BE and head[2:3] == b"\0"):
        raise InputError(str(path), "UTF-16 or UTF-32 text: rows are read as UTF-8 (save the "
                                    "file as UTF-8)")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt != "auto":
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "jsonl" if head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{") else "csv"


# --- JSON lines ------------------------------------------------------------------------------

def _jsonl_rows(handle: IO[bytes], limits: Limits) -> Iterator[Row]:
    for number, raw in enumerate(_lines(handle, limits.row_bytes), start=1):
        if raw is None:
            yield number, RowError(number, f"longer than {limits.row_bytes} bytes")
            continue
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        yield number, parse_json_object(raw, number, limits)


def _lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Physical lines without their ending; ``None`` for one over ``limit`` bytes (skipped
    without being held in memory)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(_READ)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line.rstrip(b"\n").removesuffix(b"\r")


class _Refused(ValueError):
    """Raised from inside the JSON parser's hooks."""


def _flat_row(raw: bytes, limits: Limits) -> dict | None:
    """The row parsed by orjson (3x the standard library) when the result needs no further
    check, else None. orjson refuses invalid UTF-8, lone surrogates, NaN and infinities itself;
    what it would let through differently (NUL escapes, deep nesting, integers past 64 bits read
    as floats) is ruled out by accepting only rows of text, true/false, null and lists of text,
    with no ``\\u0000`` in the line. Most rows of every intake look like that."""
    if b"\\u0000" in raw or raw.count(b"[") + raw.count(b"{") > limits.depth:
        return None
    try:
        row = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if type(row) is not dict or not surely_once(raw, row):
        return None
    for value in row.values():
        if type(value) not in _FLAT and not (
                type(value) is list and all(type(item) is str for item in value)):
            return None
    return row


_FLAT = (str, bool, type(None))
# a key's closing quote and its colon: every key of a line has one, and only an escaped quote
# inside a string (``"a\": b"``) makes another
_KEY_END = re.compile(rb'"[ \t\r\n]*:')


def surely_once(raw: bytes, row: dict) -> bool:
    """Whether each key of the object ``raw`` (which ``orjson`` read as ``row``) is surely
    written once: a parser keeps a key's last value and says nothing (``{"account": "shop",
    "account": "other"}``). Every key is followed by a colon, so a line with as many colons as
    ``row`` has keys, or as many quote-colons, names none twice; a line that is not known so
    (colons in its text, nested objects, a key twice) is read again by ``parse_json_object``,
    which names a repeated key (most lines: one ``count``)."""
    keys = len(row)
    return raw.count(b":") == keys or len(_KEY_END.findall(raw)) == keys


class _Repeated(ValueError):
    """A key given twice in one object (raised from the JSON parser's pairs hook)."""


def _once(pairs: list[tuple[str, object]]) -> dict:
    """An object's pairs as a dict, refusing a key given twice."""
    row = dict(pairs)
    if len(row) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Repeated(key)
            seen.add(key)
    return row


def repeated_key(raw: bytes | str) -> str | None:
    """Why the JSON ``raw`` cannot be taken as it is when it names a key twice in one object
    (at any depth), else None (JSON that does not parse is its reader's to name): an API body
    parsed by its framework keeps a key's last value, as parsers do."""
    try:
        json.loads(raw, object_pairs_hook=_once)
    except _Repeated as error:
        key = str(error.args[0])
        shown = printable(key[:60]) + ("..." if len(key) > 60 else "")
        return f"the key '{shown}' is given twice: give it once (one of its values would be " \
               f"dropped unseen)"
    except (ValueError, RecursionError):
        return None
    return None


BOM_INSIDE = ("a byte-order mark (U+FEFF) begins this line, and only a file's first line may "
              "begin with one (files joined with cat?): remove it")


def parse_json_object(raw: bytes | str, line: int, limits: Limits = Limits()) -> dict | RowError:
    """One JSON object from one line, checked as the module docstring promises."""
    if isinstance(raw, bytes) and (row := _flat_row(raw, limits)) is not None:
        return row
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return RowError(line, f"invalid UTF-8 at byte {error.start + 1}"
                                  f"{legacy_hint(raw)}")

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > limits.int_digits:
            raise _Refused(f"an integer of {len(digits.lstrip('-'))} digits (at most "
                           f"{limits.int_digits})")
        return int(digits)

    def real(digits: str) -> float:
        value = float(digits)
        if not math.isfinite(value):
            raise _Refused(f"number {digits[:40]} is out of range")
        return value

    def constant(name: str):
        raise _Refused(f"{name} is not a number JSON allows")

    try:
        row = json.loads(raw, parse_int=integer, parse_float=real, parse_constant=constant,
                         object_pairs_hook=_once)
    except _Repeated:               # one value would be kept and the other silently dropped
        return RowError(line, repeated_key(raw))
    except json.JSONDecodeError as error:
        # json's own message for a raw control character ends in "at" ("Invalid control
        # character at"): the row's message said "at at character 44"
        reason = error.msg.removesuffix(" at")
        if reason.startswith("Unexpected UTF-8 BOM"):   # json's own advice: "decode using
            return RowError(line, f"not valid JSON: {BOM_INSIDE}")   # utf-8-sig", a library's
        return RowError(line, f"not valid JSON: {reason} at character {error.pos + 1}")
    except _Refused as error:
        return RowError(line, str(error))
    except RecursionError:
        return RowError(line, f"nested deeper than {limits.depth} levels")
    if not isinstance(row, dict):
        return RowError(line, f"expected a JSON object, got {kind(row)}")
    problem = _first_problem(row, limits.depth)
    return row if problem is None else RowError(line, problem[1], problem[0])


def _first_problem(row: dict, max_depth: int) -> tuple[str | None, str] | None:
    """(field, reason) of the first string or nesting the module refuses, else None. A string
    is named by its path (``evidence[0].file``), too deep a nesting by its top-level field."""
    queue: deque[tuple[str, str, object, int]] = deque(
        (key, key, value, 1) for key, value in row.items())     # breadth first: the shallowest
    for key in row:                                              # problem is the one named
        if text_problem(key):
            return None, f"a key {text_problem(key).replace('contains ', 'with ')}"
    while queue:
        top, path, value, depth = queue.popleft()
        if isinstance(value, str):
            reason = text_problem(value)
            if reason:
                return path, reason
        elif isinstance(value, (dict, list)):
            if depth >= max_depth:
                return top, f"nested deeper than {max_depth} levels"
            if isinstance(value, dict):
                for key, item in value.items():
                    if text_problem(key):
                        return path, f"a key {text_problem(key).replace('contains ', 'with ')}"
                    queue.append((top, f"{path}.{key}", item, depth + 1))
            else:
                queue.extend((top, f"{path}[{index}]", item, depth + 1)
                             for index, item in enumerate(value))
    return None


def text_problem(value: str) -> str | None:
    """Why a string cannot be stored as text (NUL, lone surrogate), or None."""
    if "\x00" in value:
        return "contains a NUL character"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains a lone surrogate (not valid Unicode)"
    return None


# Direction overrides and isolates (U+202A-202E, U+2066-2069) reorder what follows on screen: a
# reason in the append-only audit could read as another decision than it says ("Trojan Source").
# The marks RLM, LRM and ALM that right-to-left writing needs stay allowed.
_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    """A regex character class's body of code point ranges, as JSON Schema, Python and Rust read it."""
    code = lambda point: f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"
    return "".join(code(low) if low == high else f"{code(low)}-{code(high)}" for low, high in ranges)


# ``reason_problem``'s characters as one pattern, for the API's schema: a client (or schemathesis)
# reading the OpenAPI document sees which reasons are taken (control characters but \t \n \r,
# direction overrides; something visible: not only spaces and format characters, Unicode 15)
_REFUSED = _class(((0x00, 0x08), (0x0b, 0x0c), (0x0e, 0x1f), (0x7f, 0x9f), (0x202a, 0x202e),
                   (0x2066, 0x2069)))
_INVISIBLE = _class(((0x09, 0x0d), (0x1c, 0x20), (0x85, 0x85), (0xa0, 0xa0), (0xad, 0xad),
                     (0x600, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70f, 0x70f),
                     (0x890, 0x891), (0x8e2, 0x8e2), (0x1680, 0x1680), (0x180e, 0x180e),
                     (0x2000, 0x200f), (0x2028, 0x202f), (0x205f, 0x2064), (0x2066, 0x206f),
                     (0x3000, 0x3000), (0xfeff, 0xfeff), (0xfff9, 0xfffb), (0x110bd, 0x110bd),
                     (0x110cd, 0x110cd), (0x13430, 0x13438), (0x1bca0, 0x1bca3),
                     (0x1d173, 0x1d17a), (0xe0001, 0xe0001), (0xe0020, 0xe007f)))
REASON_PATTERN = f"^[^{_REFUSED}]*[^{_REFUSED}{_INVISIBLE}][^{_REFUSED}]*$"


def reason_problem(value: str) -> str | None:
    """Why a reason cannot go into the audit (API, console and command line alike), or None:
    NUL or lone surrogates, over ``MAX_WHY`` characters, control characters other than line
    breaks and tabs (an escape sequence rewrote the terminal that printed ``tickets show``),
    or direction overrides, or nothing visible at all (a zero-width space or a lone RLM)."""
    problem = text_problem(value)
    if problem:
        return problem
    if len(value) > MAX_WHY:
        return f"is {len(value)} characters, over {MAX_WHY}"
    control = next((at for at, c in enumerate(value)
                    if unicodedata.category(c) == "Cc" and c not in "\t\n\r"), None)
    if control is not None:          # named with its place: a 4000-character reason was a hunt
        return f"holds control characters (U+{ord(value[control]):04X} at character {control + 1})"
    if reordering := _REORDERING.search(value):
        return (f"holds direction overrides (U+202A-202E, U+2066-2069: "
                f"U+{ord(reordering.group()):04X} at character {reordering.start() + 1})")
    # a zero-width space passed the blank checks (str.strip, the API's \S): the audit held a
    # decision whose reason showed as nothing
    if value and all(c.isspace() or unicodedata.category(c) == "Cf" for c in value):
        return "holds only invisible characters (format marks, spaces)"
    return None


# Bytes 0xA1-0xFE twice: a GB2312 character (hanzi, full-width punctuation), the GBK most
# Chinese text in a legacy encoding is; a run of such pairs, anything else ASCII
_GB2312_TEXT = re.compile(rb"(?:[\x00-\x7f]|[\xa1-\xfe][\xa1-\xfe])*")
_HINT_CHARS = 40
_WORD_MARKS = "€‘’“”–—…·°£§\u00a0«»¡¿"     # Windows-1252 text's other non-ASCII characters


def legacy_hint(raw: bytes) -> str:
    """For bytes that are not UTF-8, a hint naming the legacy encoding they read as, with what
    they read as, so the user sees the text and the remedy (Excel and Windows tools save "CSV"
    in the system's code page: GBK in China, Windows-1252 in western Europe); each such row
    was refused as "invalid UTF-8" alone, with nothing to say why. '' when the bytes read as
    neither (a stray byte, a cut-off character): no guess is better than a wrong one."""
    reading = None
    if _GB2312_TEXT.fullmatch(raw):
        text = raw.decode("gbk", "replace")
        if any("\u4e00" <= char <= "\u9fff" for char in text):
            reading = "GBK (Chinese)", text
    if reading is None:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        # letters in words ('Café', 'Müller'), not a stray byte between quotes or a cut-off
        # UTF-8 sequence read as 'Ã('
        if text is not None and all(char.isalpha() and char != "ÿ" or char in _WORD_MARKS
                                    for char in text if not char.isascii()) \
                and re.search(r"[A-Za-z][^\x00-\x7f]|[^\x00-\x7f][a-z]", text):
            reading = "Windows-1252 / Latin-1", text
    if reading is None:
        return ""
    name, text = reading
    first = next(index for index, char in enumerate(text) if not char.isascii())
    start = max(text.rfind(stop, 0, first) for stop in ' "\t,:') + 1     # where its word begins
    shown = text[start:start + _HINT_CHARS].strip()
    return (f" (it reads as {name}: '{printable(shown)}'; intake files are read as UTF-8: save "
            f"the file as UTF-8)")


# --- CSV -------------------------------------------------------------------------------------

class _Oversize(Exception):
    """A physical CSV line over the limit: the record is refused, reading resumes after it."""


def _csv_rows(handle: IO[bytes], limits: Limits) -> Iterator[Row]:
    # Decoding keeps undecodable bytes as surrogates, so a bad byte costs its record, not the file.
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    consumed = 0
    replay: deque[str] = deque()     # lines read again: those a never-closed quote took in
    record: list[str] = []           # the physical lines of the record being read
    ended = False                    # the file ran out while a record was being read

    def lines() -> Iterator[str]:
        nonlocal consumed, ended
        while True:
            if replay:
                line = replay.popleft()
            else:
                line = text.readline(limits.row_bytes + 1)
                if not line:
                    ended = True
                    return
                if len(line) > limits.row_bytes and not line.endswith(("\n", "\r")):
                    while (rest := text.readline(_READ)) and not rest.endswith(("\n", "\r")):
                        pass
                    consumed += 1
                    raise _Oversize
            consumed += 1
            record.append(line)
            yield line

    if csv.field_size_limit() < limits.row_bytes:     # module-wide; only ever raised here
        csv.field_size_limit(limits.row_bytes)
    # A reader ends with its line source (after an oversize line, or when the file ends inside
    # quotes), so each such event starts a new one where the last left off.
    reader = csv.reader(lines())
    header: list[str] | None = None
    while True:
        start = consumed + 1
        record.clear()
        try:
            values = next(reader)
        except StopIteration:
            return
        except _Oversize:
            yield start, RowError(start, f"longer than {limits.row_bytes} bytes")
            if header is None:
                return
            reader = csv.reader(lines())
            continue
        except csv.Error as error:
            yield start, RowError(start, f"malformed CSV: {error}")
            if header is None:
                return
            continue
        if ended:
            # The reader asked for more lines than the file has: it ended inside quotes. The
            # quote opened on the record's first line is stray, and the lines after it are rows
            # of their own, read again.
            yield start, RowError(start, "a quote opened on this line is never closed")
            if header is None:
                return
            replay.extend(record[1:])
            consumed, ended = start, False
            reader = csv.reader(lines())
            continue
        if not values:
            continue                                  # a blank line
        if header is not None and len(record) > 1 and (width := _count_problem(values, header)):
            # A quote opened on the first line and closed lines later by another stray quote
            # made one record of the wrong width out of good rows (a rule-abiding CSV record
            # spanning lines has the header's width): refuse the first line and read the
            # others again as rows, as when the quote is never closed.
            yield start, RowError(start, f"a quote opened on this line is not closed on it: "
                                         f"the record runs to line {start + len(record) - 1} "
                                         f"and has {width}; the "
                                         f"lines after it are read as rows")
            replay.extendleft(reversed(record[1:]))
            consumed = start
            reader = csv.reader(lines())
            continue
        if header is None:
            header, problem = _header(values)
            if problem:
                yield start, RowError(start, problem)
                return
            continue
        yield start, _csv_record(values, header, start)


def _header(values: list[str]) -> tuple[list[str], str | None]:
    names = [value.strip() for value in values]
    for name in names:
        problem = text_problem(name)
        if problem or any("\udc80" <= ch <= "\udcff" for ch in name):
            undecodable = any("\udc80" <= ch <= "\udcff" for ch in name)   # not a NUL alone
            return names, (f"header: invalid UTF-8 or a NUL in column '{name}'" + (
                legacy_hint(name.encode("utf-8", "surrogateescape")) if undecodable else ""))
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            return names, f"header names column {name!r} twice"
        seen.add(name)
    if not seen - {""}:
        return names, "header names no column"
    if len(names) == 1 and (separator := next((char for char in ";\t|" if char in names[0]),
                                              None)):
        # Excel saves "CSV" with semicolons where the decimal mark is a comma (German, French):
        # each row was refused alone, "upload_id: is required", and the header never named
        return names, (f"the header is one column, '{printable(names[0][:80])}': its names are "
                       f"separated by {separator!r}, and rows are read with commas between "
                       f"values (save the file as CSV with commas)")
    return names, None


def _count_problem(values: list[str], header: list[str]) -> str | None:
    """"N values for the header's M columns" when a record's width is not the header's (blank
    values past the header's last column are no values), else None."""
    if len(values) > len(header) and any(value.strip() for value in values[len(header):]) \
            or len(values) < len(header):
        count = f"{len(values)} value" + ("" if len(values) == 1 else "s")
        return f"{count} for the header's {len(header)} columns"
    return None


def _csv_record(values: list[str], header: list[str], line: int) -> dict | RowError:
    problem = _count_problem(values, header)
    if problem:
        return RowError(line, problem)
    row: dict[str, str] = {}
    for position, (name, value) in enumerate(zip(header, values), start=1):
        if not name:
            if value.strip():
                return RowError(line, f"a value in column {position}, which the header "
                                      f"does not name")
            continue
        if any("\udc80" <= ch <= "\udcff" for ch in value):
            return RowError(line, "invalid UTF-8" + legacy_hint(
                value.encode("utf-8", "surrogateescape")), name)
        problem = text_problem(value)
        if problem:
            return RowError(line, problem, name)
        row[name] = value
    return row


# --- fields an intake does not read ------------------------------------------------------------

def misspelt(row: dict, known: frozenset[str], prefixes: tuple[str, ...] = ()) -> FieldError | None:
    """A field the intake does not read, with a value, that reads as one of ``known`` the row
    does not give (``published`` or ``Published At`` for ``published_at``, ``authorised`` for
    ``authorized``), as a ``FieldError`` naming it; None when there is none. Such a field was
    ignored, so the row was taken as if the known one were not given: an original registered as
    published now, an authorised shop taken down for its own goods, a licensed song muted. The
    row is refused instead, as any row with a field it cannot use."""
    for key in row:
        if key in known or not isinstance(key, str) or key.startswith(prefixes) \
                or is_blank(row[key]) or row[key] == []:
            continue
        meant = _meant(key, frozenset(name for name in known
                                      if is_blank(row.get(name)) or row.get(name) == []))
        if meant is not None:
            return FieldError(printable(key), f"unknown field: did you mean "
                                              f"'{meant}'? (refused: ignoring it would leave "
                                              f"{meant} not given)")
    return None


@functools.lru_cache(maxsize=1024)
def _meant(key: str, absent: frozenset[str]) -> str | None:
    import difflib            # not at import: brands scan's start-up counts

    normal = re.sub(r"[\s\-.]+", "_", key.strip().lower())
    if normal in absent:
        return normal
    close = difflib.get_close_matches(normal, sorted(absent), n=1, cutoff=0.8)
    return close[0] if close else None


class UnreadFields:
    """Tells once per file of each field it holds that the intake does not read (a platform's
    own columns, a field misspelt beyond ``misspelt``'s reach): ``check(line, row)`` returns the
    warning for a row that brings a new one, naming the file, the line and the fields; their
    values are ignored, as before, so a file with extra columns is read as it was. A row that
    ``misspelt`` refuses brings none."""

    def __init__(self, path: Path | str, known: frozenset[str], prefixes: tuple[str, ...] = ()):
        self.path, self.known, self.prefixes = str(path), known, prefixes
        self.told: set[str] = set()

    def check(self, line: int, row: dict) -> str | None:
        if row.keys() <= self.known:
            return None
        new = [key for key in row if key not in self.known and key not in self.told
               and not (isinstance(key, str) and key.startswith(self.prefixes))]
        if not new or misspelt(row, self.known, self.prefixes) is not None:
            # a row refused for a misspelt field reads none of its fields: "not read, so
            # ignored" beside "refused: ignoring it would leave ..." named one field at one
            # line both ways (stop 43); its fields are told at the first row that is read
            return None
        self.told.update(new)
        names = ", ".join(f"'{printable(str(key)[:60])}'" for key in new)
        return (f"{printable(self.path)} line {line}: {'field' if len(new) == 1 else 'fields'} "
                f"{names} {'is' if len(new) == 1 else 'are'} not read, so ignored (read: "
                f"{', '.join(sorted(self.known))})")


def checked_fields(path: Path | str, source: Iterator[Row], known: frozenset[str],
                   prefixes: tuple[str, ...] = (), warn=None) -> Iterator[Row]:
    """``source``'s rows with ``misspelt`` ones refused by their line and field, and a warning
    (``warn``, default: ``warning: ...`` on stderr) for each field no row had before that the
    intake does not read."""
    unread = UnreadFields(path, known, prefixes)
    for line, row in source:
        if isinstance(row, dict) and not row.keys() <= known:
            told = unread.check(line, row)
            if told is not None:
                (warn or _warn)(told)
            problem = misspelt(row, known, prefixes)
            if problem is not None:
                yield line, problem.at(line)
                continue
        yield line, row


def _warn(message: str) -> None:
    import sys
    sys.stderr.write(f"warning: {message}\n")
    sys.stderr.flush()


# --- typed fields ----------------------------------------------------------------------------

def kind(value) -> str:
    """A value's JSON type name, for messages: text, number, true/false, list, object, null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(row: dict, key: str, *, required: bool = False, max_chars: int = MAX_TEXT,
         field: str | None = None) -> str | None:
    """A text field, stripped; None when absent or blank (a ``FieldError`` if ``required``)."""
    field = field or key
    value = row.get(key)
    if is_blank(value):
        if required:
            raise FieldError(field, "is required")
        return None
    return checked_text(value, field, max_chars)


def checked_text(value, field: str, max_chars: int = MAX_TEXT) -> str:
    """``value`` if it is storable text within ``max_chars``, stripped; else a ``FieldError``."""
    if not isinstance(value, str):
        raise FieldError(field, f"must be text, got {kind(value)}")
    problem = text_problem(value)
    if problem:
        raise FieldError(field, problem)
    if len(value) > max_chars:
        raise FieldError(field, f"{len(value)} characters, over the {max_chars} limit")
    return value.strip()


def title(value, field: str) -> str | None:
    """An original's title: text up to ``MAX_TITLE`` characters; None when blank."""
    return None if is_blank(value) else checked_text(value, field, MAX_TITLE)


def latest_moment(now: datetime | None = None) -> datetime:
    """The latest upload or publication time taken: the clock plus a day of skew."""
    return (now or datetime.now(timezone.utc)) + CLOCK_SKEW


def one_spelling(name: str) -> str:
    """A person's or an account's name in one spelling however its accents were typed (NFC): an
    owner who typed 'josé' with e and a combining accent (macOS input, NFD) re-uploading his own
    original was demoted as a copier of the 'josé' stored with é as one character."""
    return unicodedata.normalize("NFC", name)


def checked_name(value, field: str) -> str | None:
    """A name as the database keeps it (an uploader, an owner, who takes a step): up to
    ``MAX_NAME`` printable characters, stripped, in ``one_spelling``; None when blank; else a
    ``FieldError``."""
    if is_blank(value):
        return None
    value = checked_text(value, field, MAX_NAME)
    if not value.isprintable():
        raise FieldError(field, f"'{printable(value)}' holds control characters")
    return one_spelling(value)


def texts(row: dict, key: str, *, separators: str = ";", max_chars: int = MAX_TEXT,
          max_items: int = 1000, field: str | None = None) -> tuple[str, ...]:
    """A list of texts given as a JSON list or one text split at ``separators``; blanks dropped."""
    field = field or key
    value = row.get(key)
    if is_blank(value):
        return ()
    if isinstance(value, str):
        value = checked_text(value, field, max_chars * max_items)
        for separator in separators[1:]:
            value = value.replace(separator, separators[0])
        value = value.split(separators[0]) if separators else [value]
    elif not isinstance(value, list):
        raise FieldError(field, f"must be text or a list of texts, got {kind(value)}")
    if len(value) > max_items:
        raise FieldError(field, f"{len(value)} items, over the {max_items} limit")
    items = []
    for index, item in enumerate(value):
        if isinstance(item, str) and not item.strip():
            continue
        items.append(checked_text(item, f"{field}[{index}]", max_chars))
    return tuple(items)


def parse_moment(value: str) -> datetime:
    """An ISO 8601 date-time or date in UTC (no zone = UTC); ``ValueError`` saying why not."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not an ISO 8601 date-time: '{printable(value[:60])}'") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError(f"'{printable(value[:60])}' is out of range in UTC") from None


def moment(row: dict, key: str, *, required: bool = False, earliest: datetime = EARLIEST,
           latest: datetime | None = None, field: str | None = None) -> datetime | None:
    """An ISO 8601 date-time field in UTC between ``earliest`` and ``latest`` (when given)."""
    field = field or key
    value = text(row, key, required=required, max_chars=100, field=field)
    if value is None:
        return None
    try:
        result = parse_moment(value)
    except ValueError as error:
        raise FieldError(field, str(error)) from None
    if result < earliest:
        raise FieldError(field, f"{result.isoformat()} is before {earliest.date().isoformat()}")
    if latest is not None and result > latest:
        raise FieldError(field, f"{result.isoformat()} is in the future")
    return result


def number(row: dict, key: str, *, low: float, high: float, field: str | None = None,
           low_open: bool = False) -> float | None:
    """A finite number in ``[low, high]`` (``(low, high]`` when ``low_open``), given as a JSON
    number or as text (CSV); None when absent."""
    field = field or key
    value = row.get(key)
    if is_blank(value):
        return None
    if isinstance(value, str):
        try:
            value = float(checked_text(value, field, 100))
        except ValueError:
            raise FieldError(field, f"must be a number, not '{printable(value[:40])}'") from None
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError(field, f"must be a number, got {kind(value)}")
    value = float(value)
    if not math.isfinite(value) or value < low or value > high or (low_open and value == low):
        bounds = f"{'(' if low_open else '['}{low:g}, {high:g}]"
        raise FieldError(field, f"must be within {bounds}, not {value:g}")
    return value


TRUE = ("true", "yes", "y", "1", "是")
FALSE = ("false", "no", "n", "0", "否")


def flag(row: dict, key: str, *, field: str | None = None) -> bool | None:
    """true/false, or a yes/no word (CSV); None when absent or blank."""
    field = field or key
    value = row.get(key)
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE + FALSE:
        return value.strip().lower() in TRUE
    shown = printable(repr(value)[:40]) if isinstance(value, str) else kind(value)
    raise FieldError(field, f"must be true or false, not {shown}")


# --- outcome of a run ------------------------------------------------------------------------

EXIT_OK, EXIT_SOME_REFUSED, EXIT_NOTHING_DONE = 0, 1, 2     # shared by every intake command


@dataclass
class Totals:
    """How many rows a run read and refused, and the exit status that follows: 0 every row
    done, 1 some refused, 2 nothing done (every row refused, or no row at all)."""

    rows: int = 0
    refused: int = 0

    def count(self, refused: bool) -> None:
        self.rows += 1
        self.refused += refused

    @property
    def exit_code(self) -> int:
        if self.rows == self.refused:
            return EXIT_NOTHING_DONE
        return EXIT_SOME_REFUSED if self.refused else EXIT_OK
