"""The shared row reader: every hostile line becomes a one-line error at its own line."""
from __future__ import annotations

import codecs
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from origin.errors import InputError
from origin.rows import (FieldError, Limits, RowError, files_folder, flag, moment, number,
                         read_rows, text, texts)


def rows(path, **options):
    return [(line, row if isinstance(row, dict) else str(row))
            for line, row in read_rows(path, **options)]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_jsonl_bom_crlf_separators_and_blank_lines(tmp_path):
    path = write(tmp_path, "r.jsonl", codecs.BOM_UTF8 + b'{"a": 1}\r\n\r\n  \n'
                 b'{"b": "x\xe2\x80\xa8y\xe2\x80\xa9z"}\n{"c": "\xe8\x80\x90\xe5\x85\x8b"}')
    assert rows(path) == [(1, {"a": 1}), (4, {"b": "x\u2028y\u2029z"}), (5, {"c": "耐克"})]


@pytest.mark.parametrize("line, error", [
    (b'{"a": "\xff"}', "line 2: invalid UTF-8 at byte 8"),
    (b'{"a": 1', "line 2: not valid JSON: Expecting ',' delimiter at character 8"),
    (b'{"a": "x\x01"}', "line 2: not valid JSON: Invalid control character at character 9"),
    (b'[1, 2]', "line 2: expected a JSON object, got a list"),
    (b'"text"', "line 2: expected a JSON object, got text"),
    (b'{"a": NaN}', "line 2: NaN is not a number JSON allows"),
    (b'{"a": -Infinity}', "line 2: -Infinity is not a number JSON allows"),
    (b'{"a": 1e999}', "line 2: number 1e999 is out of range"),
    (b'{"a": ' + b"9" * 5000 + b'}', "line 2: an integer of 5000 digits (at most 64)"),
    (b'{"a": "x\\u0000y"}', "line 2: a: contains a NUL character"),
    (b'{"a": [{"file": "\\u0000abc"}]}', "line 2: a[0].file: contains a NUL character"),
    (b'{"a": {"b": "\\udc80"}}', "line 2: a.b: contains a lone surrogate (not valid Unicode)"),
    (b'{"a\\u0000": 1}', "line 2: a key with a NUL character"),
    (b'{"deep": ' + b"[" * 40 + b"]" * 40 + b'}', "line 2: deep: nested deeper than 16 levels"),
    (b'{"deep": ' + b"[" * 100000 + b"]" * 100000 + b'}', "line 2: nested deeper than 16 levels"),
])
def test_jsonl_bad_line_is_named_and_the_next_line_still_read(tmp_path, line, error):
    path = write(tmp_path, "r.jsonl", b'{"ok": 1}\n' + line + b'\n{"ok": 3}\n')
    assert rows(path) == [(1, {"ok": 1}), (2, error), (3, {"ok": 3})]


def test_oversize_line_is_refused_without_reading_it_whole(tmp_path):
    path = write(tmp_path, "r.jsonl", b'{"a": "' + b"x" * 5000 + b'"}\n{"ok": 2}\n')
    assert rows(path, limits=Limits(row_bytes=1000)) == [
        (1, "line 1: longer than 1000 bytes"), (2, {"ok": 2})]


def test_csv_lines_count_the_header_and_multiline_records(tmp_path):
    path = write(tmp_path, "r.csv", codecs.BOM_UTF8 + b'id,name\r\n1,"two\r\nlines"\r\n'
                 b'2,\xff\r\n\r\n3,ok,extra\r\n4\r\n5,"x\x00"\r\n6,fine,\r\n7,"\xe8\x80\x90"\r\n')
    assert rows(path) == [
        (2, {"id": "1", "name": "two\r\nlines"}),
        (4, "line 4: name: invalid UTF-8"),
        (6, "line 6: 3 values for the header's 2 columns"),
        (7, "line 7: 1 value for the header's 2 columns"),
        (8, "line 8: name: contains a NUL character"),
        (9, {"id": "6", "name": "fine"}),              # an empty trailing value is no value
        (10, {"id": "7", "name": "耐"})]


def test_csv_oversize_line_costs_that_row_only(tmp_path):
    # every row after an oversize line was dropped without a word: the line reader had ended
    path = write(tmp_path, "r.csv", b"a,b\n1,2\n" + b"x" * 3000 + b",y\n3,4\n5,6\n")
    assert rows(path, limits=Limits(row_bytes=1000)) == [
        (2, {"a": "1", "b": "2"}), (3, "line 3: longer than 1000 bytes"),
        (4, {"a": "3", "b": "4"}), (5, {"a": "5", "b": "6"})]


@pytest.mark.parametrize("data, bad", [
    (b'a,b\n1,2\n"3,4\n5,6\n7,8\n', 3),          # a stray quote opening a row
    (b'a,b\n1,2\n3,"4\n5,6\n7,8', 3),             # inside a row, no newline at the end
    (b'a,b\n1,2\n3,4\n5,"6\n7,8\n', 4),
])
def test_csv_quote_never_closed_costs_its_row_only(tmp_path, data, bad):
    # a quote left open swallowed every later line into one refused row ("1 values for...")
    good = {2: {"a": "1", "b": "2"}, 3: {"a": "3", "b": "4"}, 4: {"a": "5", "b": "6"},
            5: {"a": "7", "b": "8"}}
    expected = [(line, row) for line, row in good.items() if line != bad]
    expected.insert(bad - 2, (bad, f"line {bad}: a quote opened on this line is never closed"))
    assert rows(write(tmp_path, "r.csv", data)) == expected



def test_csv_stray_quote_closed_lines_later_costs_its_row_only(tmp_path):
    # a stray quote on line 3 closed by the first quote of line 6 made one 4-value record of
    # lines 3-7: good rows 4 to 6 were lost under "line 3: 4 values for the header's 3 columns"
    data = (b'a,b,c\n1,2,3\n4,"stray,6\n7,8,9\n10,11,12\n"13","x\ny",15\n16,17,18\n')
    assert rows(write(tmp_path, "r.csv", data)) == [
        (2, {"a": "1", "b": "2", "c": "3"}),
        (3, "line 3: a quote opened on this line is not closed on it: the record runs to line "
            "7 and has 4 values for the header's 3 columns; the lines after it are read as rows"),
        (4, {"a": "7", "b": "8", "c": "9"}), (5, {"a": "10", "b": "11", "c": "12"}),
        (6, {"a": "13", "b": "x\ny", "c": "15"}), (8, {"a": "16", "b": "17", "c": "18"})]


def test_csv_quoted_lines_that_close_are_one_record(tmp_path):
    path = write(tmp_path, "r.csv", b'a,b\n1,"two\nthree\nfour"\n5,6\n')
    assert rows(path) == [(2, {"a": "1", "b": "two\nthree\nfour"}), (5, {"a": "5", "b": "6"})]


def test_invalid_utf8_in_the_first_data_row_is_line_2(tmp_path):
    path = write(tmp_path, "r.csv", b"id,name\n1,\xc3\x28\n2,b\n")
    assert rows(path) == [(2, "line 2: name: invalid UTF-8"), (3, {"id": "2", "name": "b"})]


@pytest.mark.parametrize("text, encoding, name", [
    ("Société Générale", "cp1252", "Windows-1252 / Latin-1"),
    ("Müller “Café”", "cp1252", "Windows-1252 / Latin-1"),
    ("耐克 高仿，一比一", "gbk", "GBK (Chinese)"),
])
def test_a_legacy_encoded_file_is_named_with_its_encoding(tmp_path, text, encoding, name):
    """Excel and Windows tools save "CSV" in the system's code page: each such row was refused
    as "invalid UTF-8" alone, and nothing said why."""
    hint = f" (it reads as {name}: '{text}'; intake files are read as UTF-8: save the file as UTF-8)"
    csv_file = write(tmp_path, "r.csv", f"id,name\n1,{text}\n2,b\n".encode(encoding))
    assert rows(csv_file) == [(2, f"line 2: name: invalid UTF-8{hint}"), (3, {"id": "2", "name": "b"})]
    jsonl = write(tmp_path, "r.jsonl", f'{{"n": "{text}"}}\n{{"n": "b"}}\n'.encode(encoding))
    (line, error), second = rows(jsonl)
    assert (line, second) == (1, (2, {"n": "b"}))
    assert error.startswith("line 1: invalid UTF-8 at byte ") and error.endswith(
        f" (it reads as {name}: '{text}\"}}'; intake files are read as UTF-8: save the file as UTF-8)")
    header = write(tmp_path, "h.csv", f"id,{text}\n1,2\n".encode(encoding))
    assert rows(header)[0][1].endswith(hint)


@pytest.mark.parametrize("data", [b"\xff", b"\xffname", b"\xed\xa0\x80", b"\xc3\x28",
                                  "耐克公司".encode("big5")])
def test_bytes_that_read_as_no_legacy_text_get_no_guess(tmp_path, data):
    assert rows(write(tmp_path, "r.csv", b"id,name\n1," + data + b"\n")) == [
        (2, "line 2: name: invalid UTF-8")]


@pytest.mark.parametrize("header, error", [
    (b"id,id\n", "line 1: header names column 'id' twice"),
    (b"id,\xffname\n", "line 1: header: invalid UTF-8 or a NUL in column '\\xffname'"),
])
def test_bad_csv_header_stops_the_file(tmp_path, header, error):
    assert rows(write(tmp_path, "r.csv", header + b"1,2\n")) == [(1, error)]


def test_format_from_suffix_or_first_character(tmp_path):
    assert rows(write(tmp_path, "r.txt", b'  {"a": 1}\n')) == [(1, {"a": 1})]
    assert rows(write(tmp_path, "s.txt", b"a\n1\n")) == [(2, {"a": "1"})]
    assert rows(write(tmp_path, "t.json", b"a\n"))[0][1].startswith("line 1: not valid JSON")


def test_unreadable_file_raises_before_any_row(tmp_path):
    with pytest.raises(InputError, match="cannot open"):
        list(read_rows(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="cannot open"):
        list(read_rows(tmp_path))


def test_typed_fields_name_the_field_and_the_wrong_type():
    row = {"s": " x ", "n": 3, "l": ["a", " ", "b"], "d": "2025-01-02T03:04:05+01:00",
           "old": "0001-01-01T00:00:00+01:00", "late": "9999-12-31T23:00:00-05:00", "b": "yes",
           "list": ["CN"], "big": "y" * 30, "nul": "a\x00"}
    assert text(row, "s") == "x" and text(row, "missing") is None
    assert texts(row, "l") == ("a", "b") and texts({"l": "a; b;"}, "l") == ("a", "b")
    assert moment(row, "d") == datetime(2025, 1, 2, 2, 4, 5, tzinfo=timezone.utc)
    assert flag(row, "b") is True and number(row, "n", low=0, high=5) == 3.0
    for call, message in [
        (lambda: text(row, "list"), "list: must be text, got a list"),
        (lambda: text(row, "n"), "n: must be text, got number"),
        (lambda: text(row, "missing", required=True), "missing: is required"),
        (lambda: text(row, "big", max_chars=10), "big: 30 characters, over the 10 limit"),
        (lambda: text(row, "nul"), "nul: contains a NUL character"),
        (lambda: texts({"l": [1]}, "l"), "l[0]: must be text, got number"),
        (lambda: texts({"l": {"a": 1}}, "l"), "l: must be text or a list of texts, got an object"),
        (lambda: moment(row, "n"), "n: must be text, got number"),
        (lambda: moment(row, "s"), "s: not an ISO 8601 date-time: 'x'"),
        (lambda: moment(row, "old"), "old: '0001-01-01T00:00:00+01:00' is out of range in UTC"),
        (lambda: moment(row, "late"), "late: '9999-12-31T23:00:00-05:00' is out of range in UTC"),
        (lambda: moment({"d": "1969-12-31"}, "d"), "d: 1969-12-31T00:00:00+00:00 is before 1970-01-01"),
        (lambda: moment(row, "d", latest=datetime(2025, 1, 1, tzinfo=timezone.utc)),
         "d: 2025-01-02T02:04:05+00:00 is in the future"),
        (lambda: number(row, "n", low=0, high=1), "n: must be within [0, 1], not 3"),
        (lambda: number({"n": True}, "n", low=0, high=1), "n: must be a number, got true/false"),
        (lambda: number({"n": "0"}, "n", low=0, high=1, low_open=True),
         "n: must be within (0, 1], not 0"),
        (lambda: flag({"b": 2}, "b"), "b: must be true or false, not number"),
    ]:
        with pytest.raises(FieldError) as caught:
            call()
        assert str(caught.value) == message


def test_field_error_becomes_the_rows_error():
    error = FieldError("received_at", "bad\nvalue").at(7)
    assert isinstance(error, RowError) and (error.line, error.field) == (7, "received_at")
    assert str(error) == "line 7: received_at: bad\\nvalue"


def test_a_device_is_refused_by_name_and_a_pipe_is_read(tmp_path):
    """``complaints submit /dev/zero`` (any intake) skipped its endless oversize row forever."""
    import os
    import threading

    with pytest.raises(InputError, match=r"^/dev/zero: not a regular file \(a device\)"):
        list(read_rows("/dev/zero"))
    fifo = tmp_path / "rows.jsonl"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b'{"id": "a"}\n{"id": "b"}\n'))
    writer.start()
    assert [row for _, row in read_rows(fifo)] == [{"id": "a"}, {"id": "b"}]
    writer.join()


def test_files_next_to_an_intake_read_from_stdin_are_looked_for_where_it_is(tmp_path):
    """Relative file names in a piped intake (a complaint's evidence, a manifest's paths) were
    looked for in /dev; a pipe has no folder (the current one is used), a redirected file
    keeps its own."""
    code = "from pathlib import Path; from origin.rows import files_folder; " \
           "print(files_folder(Path('/dev/stdin')))"
    intake = tmp_path / "there" / "c.jsonl"
    intake.parent.mkdir()
    intake.write_text("{}\n")
    piped = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, input="{}\n",
                           capture_output=True, text=True, check=True, timeout=60)
    assert piped.stdout.strip() == str(tmp_path)
    with open(intake) as redirected:
        run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, stdin=redirected,
                             capture_output=True, text=True, check=True, timeout=60)
    assert run.stdout.strip() == str(intake.parent)
    assert files_folder(intake) == intake.parent


def test_a_bidirectional_control_is_printed_escaped():
    """'shop\\u202e' printed as it was reversed the rest of the terminal's line after it; a
    zero-width joiner (emoji sequences, Indic and Persian words) is printed as it is."""
    from origin.errors import printable

    assert printable("shop\u202e: refused") == "shop\\u202e: refused"
    assert printable("a\u2066b\u2069") == "a\\u2066b\\u2069"
    assert printable("👩\u200d💻") == "👩\u200d💻"


def test_a_byte_order_mark_inside_a_json_lines_file_is_named_as_one(tmp_path):
    """Two files joined with cat, the second with a byte-order mark: its first row was refused
    as "not valid JSON: Unexpected UTF-8 BOM (decode using utf-8-sig)", a library's advice."""
    joined = tmp_path / "joined.jsonl"
    joined.write_bytes(b'{"id": "a"}\n\xef\xbb\xbf{"id": "b"}\n')
    (_, first), (_, second) = read_rows(joined)
    assert first == {"id": "a"} and isinstance(second, RowError)
    assert str(second) == ("line 2: not valid JSON: a byte-order mark (U+FEFF) begins this "
                           "line, and only a file's first line may begin with one (files "
                           "joined with cat?): remove it")


@pytest.mark.parametrize("line, key", [
    (b'{"id": "r1", "account": "shop", "account": "other"}', "account"),
    (b'{"a":"x","a":"y"}', "a"),
    (b'{"a": "x", "a" : "y"}', "a"),                      # spaced as the first is not
    (b'{"a": "x", "\\u0061": "y"}', "a"),                 # the same key, escaped
    (b'{"a": 1, "a": 1}', "a"),                           # the same value twice too
    (b'{"t": "12:30", "u": "x", "t": "y"}', "t"),         # colons in the text
    (b'{"e": [{"file": "a", "file": "b"}]}', "file"),     # inside a list's object
    (b'{"o": {"k": 1, "k": 2}}', "k"),
])
def test_a_key_given_twice_is_refused_by_name(tmp_path, line, key):
    """A parser keeps a repeated key's last value and says nothing: the row is refused."""
    path = write(tmp_path, "r.jsonl", b'{"ok": 1}\n' + line + b'\n{"ok": 3}\n')
    assert rows(path) == [(1, {"ok": 1}), (2, f"line 2: the key '{key}' is given twice: give "
                                              f"it once (one of its values would be dropped "
                                              f"unseen)"), (3, {"ok": 3})]


@pytest.mark.parametrize("line, row", [
    (b'{"t": "12:30", "u": "a:b"}', {"t": "12:30", "u": "a:b"}),
    (b'{"t": "x\\": y", "u" : "z"}', {"t": 'x": y', "u": "z"}),   # a quote-colon in the text
    (b'{"a": {"k": 1}, "b": {"k": 2}}', {"a": {"k": 1}, "b": {"k": 2}}),  # one key per object
    (b'{"A": 1, "a": 2}', {"A": 1, "a": 2}),
])
def test_keys_that_only_look_repeated_are_read(tmp_path, line, row):
    assert rows(write(tmp_path, "r.jsonl", line + b"\n")) == [(1, row)]


# --- fields an intake does not read ----------------------------------------------------------

from origin.rows import checked_fields, misspelt  # noqa: E402

KNOWN = frozenset(("path", "owner", "published_at", "title"))


@pytest.mark.parametrize("key, meant", [
    ("published", "published_at"), ("Published At", "published_at"),
    ("published-at", "published_at"), ("ownr", "owner"), ("PATH", "path"), ("titel", "title")])
def test_a_field_read_as_a_missing_one_refuses_its_row(key, meant):
    error = misspelt({"path": "a.mp4", key: "2019-01-01"} if key.lower() != "path"
                     else {key: "a.mp4"}, KNOWN)
    assert error is not None and error.field == key and f"did you mean '{meant}'?" in error.reason


@pytest.mark.parametrize("row", [
    {"path": "a.mp4", "notes": "mine"},                         # another column: not a field
    {"path": "a.mp4", "published_at": "2019", "published": "2019"},    # the field is given
    {"path": "a.mp4", "published": ""},                         # nothing in it to lose
    {"path": "a.mp4", "contact_email": "x@y.z"}])               # a prefix the intake reads
def test_other_fields_do_not_refuse_a_row(row):
    assert misspelt(row, KNOWN, ("contact_",)) is None


def test_each_unread_field_is_told_once_by_file_and_line(tmp_path):
    path = write(tmp_path, "m.csv", b"path,owner,notes,published\n"
                                    b"a.mp4,bob,hi,2019-01-01\nb.mp4,bob,hi,\nc.mp4,bob,,\n")
    told: list[str] = []
    found = [(line, row if isinstance(row, dict) else str(row))
             for line, row in checked_fields(path, read_rows(path), KNOWN, warn=told.append)]
    # 'published' refuses line 2, which reads no field: its fields are told at line 3 (stop
    # 43: the warning and the refusal named one field at one line, "not read, so ignored" and
    # "refused: ignoring it would leave published_at not given")
    assert told == [f"{path} line 3: fields 'notes', 'published' are not read, so ignored "
                    f"(read: owner, path, published_at, title)"]
    assert found[0] == (2, "line 2: published: unknown field: did you mean "
                           "'published_at'? (refused: ignoring it would leave published_at not "
                           "given)")
    assert [line for line, row in found[1:] if isinstance(row, dict)] == [3, 4]


@pytest.mark.parametrize("separator", [";", "\t", "|"])
def test_a_csv_separated_by_another_character_is_refused_whole_by_its_header(tmp_path,
                                                                           separator):
    """Excel saves "CSV" with semicolons in locales whose decimal mark is a comma: every row
    was refused alone ("upload_id: is required") and nothing said why."""
    path = write(tmp_path, "m.csv", f"path{separator}upload_id\na.mp4{separator}u-1\n".encode())
    [(line, error)] = rows(path)
    assert line == 1 and error == (
        f"line 1: the header is one column, '{'path' + separator + 'upload_id'}': its names "
        f"are separated by {separator!r}, and rows are read with commas between values (save "
        f"the file as CSV with commas)".replace("\t", "\\t", 1))
