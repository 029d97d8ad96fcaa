"""Hostile input for property tests of every intake: complaints, accounts, brands, scan manifests.

Import the strategies (``from tests.hostile import ...``) and mix them into a file of good rows;
the property every intake must keep is the same (``check_intake``): no traceback, every good row
done exactly as in a clean run, every hostile line refused by its line number with a one-line
error, and a row with one hostile field either taken or refused naming that field.

- ``field_values``: what may stand where a text, id, date or number belongs: the wrong JSON
  type, text with NUL/surrogates/line separators/control characters, oversize text, impossible
  or out-of-range dates, huge numbers, deep nesting.
- ``jsonl_lines``: whole lines a JSON-lines reader must refuse (invalid UTF-8, not JSON, not an
  object, NaN, a 5 000-digit integer, nesting 100 000 deep, NUL or a lone surrogate inside, a
  key given twice).
- ``csv_lines``: whole CSV records the reader must refuse, none with an unbalanced quote (one
  of those swallows the lines after it by CSV's own rules, so no reader could keep them).
- ``csv_cells``: the bytes of one CSV cell, invalid UTF-8 included.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Callable

from hypothesis import strategies as st

TEXT_TRAPS = ["\x00", "a\x00b", "\ud800", "x\udfffy", "\u2028", "\u2029", "line\nbreak",
              "tab\there", "\r", "\x1b[31mred", "\u202eevil", "\ufeffbom", " ", "   ", "",
              "%", "_", "%_%", "\\", "'; DROP TABLE accounts; --", '"', "|", "#", "../../etc/passwd",
              "/etc/passwd", "C:\\Windows", "🅽🅸🅺🅴", "耐克", "null", "None", "[]", "{}", "0", "-1",
              "1e999", "NaN", "true"]
DATE_TRAPS = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00", "0001-01-01",
              "1969-12-31T23:59:59Z", "2025-13-01", "2025-02-30", "2025-01-01T25:00:00",
              "2025-01-01T00:00:00+25:00", "yesterday", "20250101", "2025-01-01 00:00:00 UTC",
              "2999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999+14:00"]
NUMBER_TRAPS = [0, -1, 2, 10 ** 30, -(10 ** 30), 1e308, -1e-308, 0.5, 1, True, False]

JSON_LINE_TRAPS = [
    b"\xff\xfe\xfd", b'{"a": "\xc3\x28"}', b"\xed\xa0\x80", b'{"id": 1', b"{'id': 1}", b"[1, 2]",
    b'"just text"', b"42", b"null", b'{"id": NaN}', b'{"id": Infinity}', b'{"id": -Infinity}',
    b'{"id": 1e999}', b'{"id": "x\\u0000y"}', b'{"id": "\\ud800"}', b'{"\\u0000": 1}',
    b'{"id": ' + b"9" * 5000 + b"}", b'{"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    b'{"x": ' + b"[" * 30 + b"]" * 30 + b"}", b"\xef\xbb\xbf{\"id\": 1", b"{}{}", b"\x00",
    b'{"id": "a", "id": "b"}', b'{"id": "a", "\\u0069d": "a"}', b'{"x": {"k": 1, "k" : 2}}',
]


def _nested(depth: int) -> object:
    value: object = "deep"
    for _ in range(depth):
        value = [value]
    return value


def _oversize(length: int) -> str:
    return "x" * length


# One of each kind of hostile value, for an exhaustive field-by-value grid (``every_field``).
REPRESENTATIVES = [["x"], ["a@b.cd"], {"k": "v"}, [], {}, 12345, 1.5, -0.0, True, False, None,
                   "", " ", "a\x00b", "x\ud800y", "x" * 30_000, "0001-01-01T00:00:00+01:00",
                   "9999-12-31T23:59:59-05:00", "garbage", 10 ** 30, "\u2028", "%", "_",
                   "line\nbreak", "../../etc/passwd"]


texts = st.one_of(st.sampled_from(TEXT_TRAPS), st.text(max_size=30),
                  st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl",
                                                                             "Zp", "Co"]),
                          min_size=1, max_size=5),
                  st.integers(201, 30_000).map(_oversize))
wrong_types = st.one_of(st.lists(st.text(max_size=8), max_size=3),
                        st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
                        st.integers(17, 40).map(_nested), st.booleans(),
                        st.integers(-10 ** 40, 10 ** 40),
                        st.floats(allow_nan=False, allow_infinity=False))
field_values = st.one_of(wrong_types, texts, st.sampled_from(DATE_TRAPS),
                         st.sampled_from(NUMBER_TRAPS + REPRESENTATIVES[:5]), st.none())


def jsonl_line(value: dict) -> bytes:
    """A row as one JSON line: UTF-8 as is, lone surrogates as ``\\ud800`` escapes."""
    try:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value).encode("ascii")


jsonl_lines = st.one_of(
    st.sampled_from(JSON_LINE_TRAPS),
    st.binary(min_size=1, max_size=40).filter(
        lambda b: b"\n" not in b and b.removeprefix(b"\xef\xbb\xbf").strip()
        and _not_an_object(b)))


def _not_an_object(line: bytes) -> bool:
    try:
        return not isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return True


csv_cells = st.one_of(
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),     # a surrogate: invalid UTF-8
    st.sampled_from([b"\xff", b"a\xc3\x28b", b"\x00", b"\xe8\x80"]))


def csv_record(cells: list[bytes]) -> bytes:
    """One CSV record from raw cell bytes: every cell quoted, quotes doubled, so the record is
    well-formed CSV whatever bytes the cells hold."""
    return b",".join(b'"' + cell.replace(b'"', b'""') + b'"' for cell in cells)


def csv_lines(columns: int):
    """Records a CSV reader must refuse: invalid UTF-8 or a NUL in some cell, or the wrong
    number of cells for ``columns``."""
    bad_cell = st.sampled_from([b"\xff", b"a\xc3\x28b", b"\x00", b"\xed\xa0\x80"])
    wrong_count = st.integers(1, columns + 3).filter(lambda n: n != columns)
    return st.one_of(
        st.tuples(st.integers(0, columns - 1), bad_cell).map(
            lambda pair: csv_record([pair[1] if i == pair[0] else b"x" for i in range(columns)])),
        wrong_count.map(lambda n: csv_record([b"v"] * n)))


def csv_text(header: list[str], rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def every_field(base, fields: list[str], values: list = REPRESENTATIVES,
                encode=None) -> list[Line]:
    """A row with one hostile field for every field and every representative value:
    ``base(n)`` makes the n-th valid row, ``encode`` turns a row into a line (JSON by default)."""
    encode = encode or jsonl_line
    return [Line(encode({**base(number), field: value}), "mutated", field=field)
            for number, (field, value) in enumerate(
                (field, value) for field in fields for value in values)]


def mixed_lines(good_lines: list[bytes], hostile, mutated):
    """Files of the good lines, in their order, with up to 6 hostile lines (``hostile``: bytes)
    and rows with one hostile field (``mutated``: (bytes, field)) anywhere between them."""
    slot = st.one_of(st.builds(lambda data: ("hostile", data, None), hostile),
                     st.builds(lambda pair: ("mutated", *pair), mutated))
    return st.lists(slot, max_size=6).flatmap(
        lambda extras: st.permutations([None] * len(good_lines) + extras)).map(
        lambda order: interleave(good_lines, order))


def interleave(good_lines: list[bytes], order: list) -> list[Line]:
    """The extras where the permutation put them; the good rows in their own order."""
    lines, good = [], iter(range(len(good_lines)))
    for item in order:
        if item is None:
            ordinal = next(good)
            lines.append(Line(good_lines[ordinal], "good", ordinal))
        else:
            lines.append(Line(item[1], item[0], field=item[2]))
    return lines


# --- the property ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """One line of a generated file: a good row (``ordinal`` among them), a hostile line, or a
    good-looking row with one hostile ``field``."""

    data: bytes
    kind: str                # good / hostile / mutated
    ordinal: int = -1
    field: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What an intake did with one line, as the property compares it."""

    line: int
    refused: bool
    field: str | None
    error: str | None
    summary: object          # what a good row led to (compared with the clean run)


def file_bytes(lines: list[Line], header: bytes | None = None) -> bytes:
    return b"".join(part + b"\n" for part in ([header] if header else []) +
                    [line.data for line in lines])


def numbered(lines: list[Line], *, csv_file: bool = False) -> list[tuple[int, Line]]:
    """Each line with the number it starts on (after a CSV header). A CSV record spans as many
    physical lines as its quoted cells hold line breaks (\\n, \\r\\n or a lone \\r)."""
    number, out = (2 if csv_file else 1), []
    for line in lines:
        out.append((number, line))
        if csv_file:
            text = io.TextIOWrapper(io.BytesIO(line.data + b"\n"), encoding="utf-8",
                                    errors="surrogateescape", newline="")
            number += len(text.readlines())
        else:
            number += 1
    return out


def check_intake(lines: list[Line], outcomes: list[Outcome], clean: list[object], *,
                 csv_file: bool = False,
                 field_ok: Callable[[str, str | None, str], bool] | None = None) -> None:
    """The property: one outcome per non-blank line, at its line number; good rows as in the
    clean run (``clean[ordinal]``); hostile lines refused in one line; a mutated row taken, or
    refused naming its field (``field_ok(mutated, named, error)`` may accept other reasons)."""
    by_line = {outcome.line: outcome for outcome in outcomes}
    assert len(by_line) == len(outcomes), "two outcomes for one line"
    lines_at = [(number, line) for number, line in numbered(lines, csv_file=csv_file)
                if line.data.strip()]
    assert set(by_line) == {number for number, _ in lines_at}, (sorted(by_line), lines_at)
    for number, line in lines_at:
        outcome = by_line[number]
        if outcome.refused:
            assert outcome.error and "\n" not in outcome.error and len(outcome.error) < 400, \
                outcome
            assert "not validated" not in outcome.error, outcome       # a validation bug
        if line.kind == "good":
            assert not outcome.refused and outcome.summary == clean[line.ordinal], (line, outcome)
        elif line.kind == "hostile":
            assert outcome.refused, (line, outcome)
        elif outcome.refused:
            named = outcome.field or ""
            assert named.split(".")[0].split("[")[0] == line.field or (
                field_ok is not None and field_ok(line.field, outcome.field, outcome.error)), \
                (line, outcome)
