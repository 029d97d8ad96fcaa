"""A file of upload metadata through the guard and into storage, batch by batch.

``scan_file`` yields one ``RecordResult`` per row, in file order, and never raises for a row:
a row it cannot read or scan comes back with ``error`` set. ``ResultWriter`` stores a batch of
results (hits and decisions, tickets for actionable catalogued uploads) in one transaction.
``origin brands scan`` is a thin layer over both.
"""
from __future__ import annotations

import codecs
from datetime import datetime, timezone
from itertools import chain, compress, repeat
from operator import ne
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, NamedTuple, Sequence

import orjson

from origin.brands.guard import BrandGuard, RecordResult
from origin.brands.records import (FIELDS, ScanRecord, record_label, to_scan_record,
                                   well_formed_many)
from origin.errors import InputError, printable
from origin.rows import (Limits, Row, RowError, UnreadFields, _format, open_intake,
                         parse_json_object, read_open_rows, surely_once)

BATCH = 2000            # records folded and matched together (a few MB of arrays)
_BLOCK = 1 << 20        # bytes read at a time
_CHECKED = 500          # JSON lines whose rows are checked together (records.well_formed_many)


class Block(NamedTuple):
    """Rows scanned together: each row's record, or its error result (``items``, in file
    order), and the results of the records that hit something or may have (``found``, by
    position in ``items``, ``BrandGuard.scan_found``). Every other record's result is clean,
    ``RecordResult(id, account)``: ``brands scan`` prints and stores those (95 % of everyday
    traffic) from the records themselves; ``results`` makes them all."""

    items: list                     # ScanRecord | RecordResult (a row's error)
    found: dict[int, RecordResult]
    errors: tuple[int, ...]         # positions of the rows' error results among ``items``

    def results(self) -> list[RecordResult]:
        """Every row's result, in file order."""
        found = self.found
        return [found[at] if at in found else
                RecordResult(item.id, item.account) if type(item) is ScanRecord else item
                for at, item in enumerate(self.items)]

    def refused(self) -> list[RecordResult]:
        """The results that are errors (a row refused, a record not scanned), in file order."""
        found = self.found
        at = sorted(self.errors + tuple(at for at, result in found.items()
                                        if result.error is not None))
        return [found[position] if position in found else self.items[position]
                for position in at]


def scan_rows(rows: Iterable[Row], guard: BrandGuard, batch: int = BATCH) -> Iterator[RecordResult]:
    """Each row validated and scanned; a bad row (or a guard failure on it) is an error result.

    Rows are validated one by one and scanned ``batch`` at a time (``BrandGuard.scan_found``:
    the hot path over all of them at once); results come back in row order."""
    return chain.from_iterable(block.results()
                               for block in _scanned(_one_by_one(_checked(rows)), guard, batch))


def scan_file(path: Path | str, guard: BrandGuard, batch: int = BATCH) -> Iterator[RecordResult]:
    """Every row of a JSON-lines or CSV file through the guard (an unopenable file raises)."""
    return chain.from_iterable(scan_file_batches(path, guard, batch))


def scan_file_batches(path: Path | str, guard: BrandGuard,
                      batch: int = BATCH) -> Iterator[list[RecordResult]]:
    """``scan_file``'s results a batch at a time, in file order."""
    return (block.results() for block in scan_file_blocks(path, guard, batch))


def scan_file_blocks(path: Path | str, guard: BrandGuard, batch: int = BATCH,
                     warn: Callable[[str], None] | None = None) -> Iterator[Block]:
    """``scan_file``'s rows ``batch`` at a time as ``Block``s, in file order (``brands scan``
    reads these: no generator step and no result object per clean record). ``warn`` is told
    once of each field the rows hold that is not scanned (``rows.UnreadFields``)."""
    path = Path(path)
    unread = UnreadFields(path, FIELDS) if warn is not None else None
    handle = open_intake(path)
    try:
        head = handle.peek(4096)[:4096]
        jsonl = _format(path, head, "auto") == "jsonl"
    except OSError:
        jsonl = False                  # a directory on some systems: read_rows names the error
    if not jsonl:       # read from this handle: a pipe (/dev/stdin) cannot be opened again
        return _scanned(_one_by_one(_checked(_closing(handle, read_open_rows(handle, path)),
                                             unread, warn)), guard, batch)
    return _scanned(_jsonl_chunks(handle, unread=unread, warn=warn), guard, batch)


def _closing(handle: BinaryIO, rows: Iterable[Row]) -> Iterator[Row]:
    with handle:
        yield from rows


# what a record that hits nothing is decided: a clean record's result is RecordResult(id, account)
CLEAN = RecordResult("", None)

Item = tuple[int, "ScanRecord | RecordResult"]     # a record to scan, or a row's error result
# rows' line numbers and their records or error results (``_jsonl_chunks``: a few hundred)
Chunk = tuple[Sequence[int], list]


def _checked(rows: Iterable[Row], unread: UnreadFields | None = None,
             warn: Callable[[str], None] | None = None) -> Iterator[Item]:
    for line, row in rows:
        if isinstance(row, InputError):
            yield line, RecordResult("", None, error=str(row))
            continue
        if unread is not None and warn is not None and (told := unread.check(line, row)):
            warn(told)
        try:
            yield line, to_scan_record(line, row)
        except InputError as error:
            yield line, RecordResult(record_label(row), None, error=str(error))


def _jsonl_chunks(handle: BinaryIO, limits: Limits = Limits(), unread: UnreadFields | None = None,
                  warn: Callable[[str], None] | None = None) -> Iterator[Chunk]:
    """``_checked(read_rows(...))`` of a JSON-lines file, for the rows most files hold, a few
    hundred rows at a time.

    ``read_rows`` costs ~7 µs a row (a ``readline``, a generator step and its general checks
    per line). Here lines are split a megabyte at a time, parsed by one ``map`` of ``orjson``
    (which refuses invalid UTF-8, lone surrogates, NaN) and rows of the five scanned text
    fields become records a few hundred at a time (``records.well_formed_many``); any other row
    (other fields, numbers, nesting, errors) goes through ``parse_json_object`` and
    ``to_scan_record``, exactly as ``read_rows`` would."""
    loads, decode_error = orjson.loads, orjson.JSONDecodeError
    with handle:
        for first, lines in _line_blocks(handle, limits.row_bytes):
            try:
                rows = list(map(loads, lines))
            except decode_error:            # a line that is not JSON (or too long): line by line
                rows = [_loaded(line) for line in lines]
            _unsure_keys_read_again(lines, rows)
            for start in range(0, len(lines), _CHECKED):
                end = min(start + _CHECKED, len(lines))
                numbers = range(first + start, first + end)
                records = well_formed_many(rows[start:end])
                if None in records:
                    yield _jsonl_checked(numbers, lines[start:end], records, limits, unread,
                                         warn)
                else:
                    yield numbers, records


def _unsure_keys_read_again(lines: list[bytes | None], rows: list) -> None:
    """A row whose line may give a key twice (``orjson`` keeps the last value, silently) made
    None, so that ``parse_json_object`` reads its line and names the key. Each line has at
    least as many colons as keys and its row at most as many keys, so a line with as many
    colons as its row has keys names each once (one ``count`` a line: most lines)."""
    unsure: Iterable[int]
    try:
        colons = list(map(bytes.count, lines, repeat(b":")))
        keys = list(map(len, rows))         # a list's or a text's length is no concern: only a
    except TypeError:                       # dict row is checked below
        unsure = range(len(rows))           # a line over the limit (None), a number, null
    else:
        if colons == keys:
            return
        unsure = compress(range(len(rows)), map(ne, colons, keys))    # lines with more colons
    for at in unsure:
        if type(rows[at]) is dict and not surely_once(lines[at], rows[at]):
            rows[at] = None


def _loaded(line: bytes | None) -> object:
    """A line's JSON value, None when it has none."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return None


def _jsonl_checked(numbers: range, lines: list[bytes | None], records: list,
                   limits: Limits, unread: UnreadFields | None = None,
                   warn: Callable[[str], None] | None = None) -> Chunk:
    """``_jsonl_chunks``'s chunk of lines some of whose rows are not records (``records``:
    None there): those rows read as ``read_rows`` reads them; blank lines skipped."""
    kept: list[int] = []
    items: list = []
    for number, raw, record in zip(numbers, lines, records):
        if record is not None:
            kept.append(number)
            items.append(record)
        elif raw is None:
            kept.append(number)
            items.append(RecordResult("", None, error=str(
                RowError(number, f"longer than {limits.row_bytes} bytes"))))
        elif raw.strip():
            for number, item in _checked([(number, parse_json_object(raw, number, limits))],
                                         unread, warn):
                kept.append(number)
                items.append(item)
    return kept, items


def _line_blocks(handle: BinaryIO, limit: int) -> Iterator[tuple[int, list[bytes | None]]]:
    """(number of the first line, lines without their endings) for every physical line, a read
    block's lines at a time; None for a line over ``limit`` bytes, skipped without being held
    whole; a byte-order mark opens line 1."""
    number = 0
    tail: list[bytes] = []          # the start of a line that the last block did not finish
    held = 0                        # its length
    skipping = False                # inside a line over the limit
    while block := handle.read(_BLOCK):
        if skipping:
            at = block.find(b"\n")
            if at < 0:
                continue
            number += 1
            yield number, [None]
            block, skipping = block[at + 1:], False
        if b"\n" not in block:
            tail.append(block)
            held += len(block)
        else:
            lines: list[bytes | None] = block.split(b"\n")
            if tail:
                lines[0] = b"".join(tail) + lines[0]
            last = lines.pop()
            tail, held = [last], len(last)
            if number == 0:
                lines[0] = lines[0].removeprefix(codecs.BOM_UTF8)
            if b"\r" in block or lines[0].endswith(b"\r"):   # CR and LF may straddle blocks
                lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
            if max(map(len, lines)) > limit:
                lines = [line if len(line) <= limit else None for line in lines]
            yield number + 1, lines
            number += len(lines)
        if held > limit:
            tail, held, skipping = [], 0, True
    if skipping:
        yield number + 1, [None]
    elif held:
        line = b"".join(tail)
        if number == 0:
            line = line.removeprefix(codecs.BOM_UTF8)
        yield number + 1, [line.removesuffix(b"\r")]


def _one_by_one(items: Iterable[Item]) -> Iterator[Chunk]:
    """Items as chunks of one (the general reader's rows)."""
    return (((number,), [item]) for number, item in items)


def _scanned(chunks: Iterable[Chunk], guard: BrandGuard, batch: int) -> Iterator[Block]:
    numbers: list[int] = []
    items: list = []
    for chunk_numbers, chunk_items in chunks:
        numbers += chunk_numbers
        items += chunk_items
        while len(items) >= batch:
            yield _scan_pending(numbers[:batch], items[:batch], guard)
            numbers, items = numbers[batch:], items[batch:]
    if items:
        yield _scan_pending(numbers, items, guard)


def _scan_pending(numbers: list[int], items: list, guard: BrandGuard) -> Block:
    every = set(map(type, items)) == {ScanRecord}
    records = items if every else [item for item in items if type(item) is ScanRecord]
    try:
        found = guard.scan_found(records)
    except Exception:             # a guard bug on one record: find it, scanning one by one
        lines = [line for line, item in zip(numbers, items) if type(item) is ScanRecord]
        found = {index: _scan_one(line, record, guard)
                 for index, (line, record) in enumerate(zip(lines, records))}
    if every:
        return Block(items, found, ())
    positions = [at for at, item in enumerate(items) if type(item) is ScanRecord]
    return Block(items, {positions[index]: result for index, result in found.items()},
                 tuple(at for at, item in enumerate(items) if type(item) is not ScanRecord))


def _scan_one(line: int, record: ScanRecord, guard: BrandGuard) -> RecordResult:
    try:
        return guard.scan(record)
    except Exception as error:    # a guard bug on one record must not lose the file
        return RecordResult(record.id, record.account, error=(
            f"line {line}: record {printable(record.id)} not scanned, "
            f"{type(error).__name__}: {printable(str(error)[:120])}"))


class ResultWriter:
    """Stores results a batch at a time: one lock, one transaction, bulk inserts per batch.

    Through plain SQL (``origin.brands.scan_db``); a batch with actionable records that are
    catalogued uploads opens or joins their enforcement tickets first, in a SQLAlchemy session
    that stores the batch too, with the enforcement policy read on first need. Which records
    have an earlier result is kept across batches (``scan_db.StoredIds``)."""

    def __init__(self, database, policy=None):
        from origin.brands.scan_db import StoredIds

        self.database = database
        self.policy = policy
        self.stored = StoredIds()
        self._cache_set = False

    def write(self, batch: list[RecordResult]) -> None:
        """Store the results of a batch (errors are skipped)."""
        from origin.brands.scan_db import latest_results

        scanned = [result for result in batch if result.error is None]
        if scanned:
            self._write(latest_results(scanned),
                        [result for result in scanned if result.hits and result.actionable],
                        lambda: scanned)

    def write_blocks(self, blocks: list[Block]) -> None:
        """``write`` of the blocks' results, the clean records stored from the records."""
        ids = [item.id for block in blocks for item in block.items if type(item) is ScanRecord]
        found = [result for block in blocks for result in block.found.values()]
        latest: dict[str, RecordResult | None] = dict.fromkeys(ids)
        if len(latest) < len(ids) or any(result.error is not None for result in found):
            # a record id twice (its last result is kept) or a record not scanned: by results
            self.write([result for block in blocks for result in block.results()])
            return
        for result in found:
            latest[result.id] = result
        if latest:
            self._write(latest, [result for result in found if result.hits and result.actionable],
                        lambda: [result for block in blocks for result in block.results()])

    def _write(self, latest: dict[str, RecordResult | None], actionable: list[RecordResult],
               scanned: Callable[[], list[RecordResult]]) -> None:
        """Store ``latest`` (each record's id and its result, None when clean); ``scanned()``:
        every result, for the rare batch that opens tickets for ``actionable`` ones."""
        from origin.brands.scan_db import existing, save_latest, scan_cache

        with self.database.exclusive():
            catalogued: set[str] = set()
            # one transaction: asks for catalogued uploads, stores the batch when it has none
            with self.database.transaction() as sql:
                if not self._cache_set:
                    scan_cache(sql)
                    self._cache_set = True
                if actionable:
                    catalogued = set(existing(sql, "uploads", "id",
                                              [result.id for result in actionable]))
                if not catalogued:
                    save_latest(sql, latest, self.stored)
            if catalogued:              # tickets hang on catalogued uploads: ORM code
                self._write_with_tickets(scanned(), actionable, catalogued)
            else:
                self.stored.committed()

    def _write_with_tickets(self, scanned: list[RecordResult], actionable: list[RecordResult],
                            catalogued: set[str]) -> None:
        from origin.brands.scan_db import save_results
        from origin.brands.tickets import open_or_join

        if self.policy is None:
            from origin.enforcement.config import load_policy

            self.policy = load_policy(self.database.path)
        now = datetime.now(timezone.utc)
        with self.database.session() as (session, sql):
            for result in actionable:
                if result.id in catalogued:
                    result.ticket = open_or_join(session, self.policy, result, now)
            save_results(sql, scanned)
