"""Property test (issue 10): hostile rows never stop a scan, and never change the good rows."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from origin.brands.batch import scan_file, scan_rows
from origin.rows import read_rows
from tests.brands.conftest import record

GOOD_TITLES = ["高仿耐克 加微", "我买的耐克开箱", "今天天气不错", "原单 N.I.K.E", "康帅傅红烧牛肉面"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children,
                                                                      max_size=3),
    max_leaves=8)

hostile_lines = st.one_of(
    st.binary(max_size=40).filter(lambda b: b"\n" not in b),
    st.builds(lambda v: json.dumps(v).encode(), json_values),
    st.builds(lambda t: json.dumps({"id": "h", "account": "a", "title": t}).encode(),
              json_values),
    st.builds(lambda d: b'{"id": "d", "account": "a", "x": ' + b"[" * d + b"]" * d + b"}",
              st.integers(1, 200_000)),
    st.builds(lambda n: b'{"id": "n", "account": "a", "title": 1' + b"0" * n + b"}",
              st.integers(4000, 6000)),
    st.sampled_from([b'{"id": "x", "account": "a", "title": NaN}', b'{"id": "\\udfff"}',
                     b"\xef\xbb\xbf", b"\xff\xfe", b'{"id": "x", "account": "a"}\r',
                     '{"id": "x", "account": "a", "title": "\u2028"}'.encode(),
                     b'{"id": "x", "account": "a", "title": "t", "account": "b"}',
                     b'{"id": "x", "account": "a", "title": "x\\": y", "title" : "z"}']),
)


def good_line(index: int, title: str) -> bytes:
    return json.dumps({"id": f"g{index}", "account": "seller", "account_name": "小店",
                       "title": title}, ensure_ascii=False).encode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.tuples(st.just("good"), st.sampled_from(GOOD_TITLES)),
                          st.tuples(st.just("bad"), hostile_lines)), max_size=12))
def test_hostile_rows_never_stop_the_scan_nor_change_good_rows(guard, tmp_path, rows):
    lines = [good_line(i, item) if kind == "good" else item for i, (kind, item) in enumerate(rows)]
    source = tmp_path / "rows.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    results = list(scan_file(source, guard))
    nonblank = [line for number, line in enumerate(lines)
                if (line[3:] if number == 0 and line.startswith(b"\xef\xbb\xbf") else line).strip()]
    assert len(results) == len(nonblank)
    for index, (kind, item) in enumerate(rows):
        if kind != "good":
            continue
        (result,) = [r for r in results if r.id == f"g{index}"]
        clean = guard.scan(record(item, id=f"g{index}", account="seller"))
        assert (result.error, result.decision, result.rule) == (None, clean.decision, clean.rule)
        assert [h.to_json() for h in result.hits] == [h.to_json() for h in clean.hits]
    for result in results:
        if result.error:
            assert "line " in result.error and "\n" not in result.error
            assert len(result.error) < 300
    # the JSON-lines fast path reads every row as the general reader does, batch edges too
    general = [r.to_json() for r in scan_rows(read_rows(source), guard)]
    assert [r.to_json() for r in scan_file(source, guard, batch=3)] == general
    assert [r.to_json() for r in results] == general


def test_lines_split_across_read_blocks(guard, tmp_path, monkeypatch):
    """Lines longer than a read block, CRLF, a BOM, an oversize line: as ``read_rows`` reads."""
    import origin.brands.batch as batch
    from origin.rows import Limits

    lines = [b"\xef\xbb\xbf" + good_line(0, "高仿耐克 加微") + b"\r", b"", b"   ",
             good_line(1, "x" * 50), b'{"id": "big", "account": "a", "title": "' + b"y" * 90 + b'"}',
             good_line(2, "原单 N.I.K.E"), b"{not json"]
    source = tmp_path / "rows.jsonl"
    for block in (1, 2, 3, 7, 64, 1 << 20):      # every line end falls on a block edge somewhere
        monkeypatch.setattr(batch, "_BLOCK", block)
        for ending in (b"\n", b""):
            source.write_bytes(b"\n".join(lines) + ending)
            fast = [item for numbers, items in
                    batch._jsonl_chunks(open(source, "rb"), Limits(row_bytes=80))
                    for item in zip(numbers, items)]
            general = list(batch._checked(read_rows(source, limits=Limits(row_bytes=80))))
            assert [(n, getattr(i, "error", None) or i) for n, i in fast] == \
                [(n, getattr(i, "error", None) or i) for n, i in general], block
            assert [n for n, _ in fast] == [1, 4, 5, 6, 7]


ODD_VALUES = ["", " a", "a ", "a\x00b", "e\u0301", "\u3000x", "x\t", "a" * 201, "\u2028", "ok", 7,
              None, ["a"]]
five_field_values = st.one_of(st.text(max_size=8), st.sampled_from(ODD_VALUES), st.integers(),
                              st.none(), st.lists(st.text(max_size=2), max_size=2))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 4), five_field_values), max_size=2),
                min_size=1, max_size=4),
       st.integers(0, 20))
def test_rows_checked_together_as_one_by_one(changes, good):
    """``well_formed_many``, which checks a batch of rows at once, answers as ``well_formed``
    does row by row (None for a row with another field): for batches of good rows alone (its
    fast path), and with rows of which a field or two hold anything."""
    from origin.brands.records import FIELDS, ORDER, well_formed, well_formed_many

    def one_by_one(batch):
        return [well_formed(row) if row.keys() <= FIELDS else None for row in batch]

    def row(at):
        return {"id": f"r{at}", "account": "e\u0301shop", "account_name": "店", "title": "标题",
                "description": ""}

    for change in [{name: value} for name in ORDER for value in ODD_VALUES] \
            + [{"account_name": "", "title": ""}]:      # every check, one row failing it
        rows = [row(at) for at in range(5)]
        rows[2].update(change)
        assert well_formed_many(rows) == one_by_one(rows), change
    rows = [row(at) for at in range(good)]
    assert well_formed_many(rows) == one_by_one(rows)
    assert all(record.account == "\u00e9shop" for record in well_formed_many(rows))   # NFC
    for at, fields in enumerate(changes):
        changed = row(good + at)
        changed.update((ORDER[field], value) for field, value in fields)
        rows.insert(at * 3 % (len(rows) + 1), changed)
    for batch in (rows, rows + [{"id": "x", "account": "a", "title": "t", "note": "n"}]):
        assert well_formed_many(batch) == one_by_one(batch)


def test_a_key_given_twice_costs_its_row_on_the_fast_path(guard, tmp_path):
    """``orjson`` keeps a repeated key's last value silently: the JSON-lines fast path sends
    a line that may repeat one to the general reader, which names the key; the file goes on."""
    lines = [good_line(0, "高仿耐克 加微"),
             b'{"id": "g1", "account": "seller", "title": "t", "account": "nike"}',
             b'{"id": "g2", "account": "seller", "title": "12:30 \\": ok"}',
             b'{"id": "g3", "account": "seller", "title" : "t", "id": "g9"}',
             b'{"id": "g4", "account": "seller", "title": "a", "\\u0074itle": "b"}',
             good_line(5, "今天天气不错")]
    source = tmp_path / "rows.jsonl"
    source.write_bytes(b"\n".join(lines * 3) + b"\n")
    results = list(scan_file(source, guard))
    assert [r.error for r in results[:6]] == [
        None, "line 2: the key 'account' is given twice: give it once (one of its values "
              "would be dropped unseen)", None,
        "line 4: the key 'id' is given twice: give it once (one of its values would be dropped "
        "unseen)",
        "line 5: the key 'title' is given twice: give it once (one of its values would be "
        "dropped unseen)", None]
    assert results[2].id == "g2"
    assert [r.id for r in results if r.error is None] == ["g0", "g2", "g5"] * 3
    general = [r.to_json() for r in scan_rows(read_rows(source), guard)]
    assert [r.to_json() for r in results] == general
