"""The CLI end to end: brands in, records scanned, bad rows refused one by one, evidence stored."""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from origin.cli import main
from origin.workspace import Workspace
from tests.databases import sqlite_only

RECORDS = [
    {"id": "r1", "account": "u1", "account_name": "潮鞋", "title": "高仿耐@克 1:1", "description": "加微"},
    {"id": "r2", "account": "u2", "account_name": "跑者", "title": "我买的耐克开箱", "description": ""},
    {"id": "r3", "account": "nike_store_sh", "account_name": "耐克官方旗舰店", "title": "新品"},
]


def run(workspace, *args):
    return CliRunner().invoke(main, ["-w", str(workspace), *args], catch_exceptions=False)


def test_scan_stores_hits_per_account_and_reports(tmp_path):
    assert run(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
               "--alias", "NIKE", "--knockoff", "耐可", "--authorized", "nike_store_sh"
               ).exit_code == 0
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    result = run(tmp_path, "brands", "scan", str(source), "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(l["id"], l["decision"]) for l in lines] == [
        ("r1", "takedown"), ("r2", "none"), ("r3", "none")]
    hit = lines[0]["hits"][0]
    assert (hit["field"], hit["start"], hit["end"], hit["matched"], hit["evasions"]) == (
        "title", 2, 5, "耐@克", ["separator"])

    evidence = [json.loads(l) for l in run(tmp_path, "brands", "hits", "u1", "--json")
                .stdout.splitlines()]
    assert [(e["record_id"], e["decision"]) for e in evidence] == [("r1", "takedown")]
    (text,) = run(tmp_path, "brands", "hits", "u1").stdout.splitlines()
    assert text.startswith("r1  耐克 (") and "-> takedown" in text
    assert run(tmp_path, "brands", "hits", "nike_store_sh").stdout == ""

    # Rescanning replaces the record's result instead of counting it twice.
    run(tmp_path, "brands", "scan", str(source), "--json")
    report = [json.loads(l) for l in run(tmp_path, "brands", "report", "--json").stdout.splitlines()]
    assert [(r["brand"], r["takedown"], r["hits"]) for r in report] == [("耐克", 1, 3)]


def test_report_columns_line_up_under_cjk_names(tmp_path):
    """A Chinese brand takes two columns a character on a terminal: its row's counts sat two
    columns right of the header's per character (f"{brand:<20}" counts characters)."""
    run(tmp_path, "brands", "add", "--owner", "耐克官方", "--mark", "耐克")
    run(tmp_path, "brands", "add", "--owner", "acme", "--mark", "ACME")
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in [
        {"id": "r1", "account": "u1", "title": "高仿耐克 1:1 包邮"},
        {"id": "r2", "account": "u2", "title": "fake ACME replica, DM me"}]) + "\n")
    assert run(tmp_path, "brands", "scan", str(source)).exit_code == 0
    header, *rows = run(tmp_path, "brands", "report").stdout.splitlines()[1:]
    assert len(rows) == 2
    for row in rows:
        width = sum(2 if unicodedata.east_asian_width(char) == "W" else 1 for char in row)
        assert width == len(header), row


def test_bad_rows_get_one_line_errors_and_the_rest_is_scanned(tmp_path):
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    source = tmp_path / "records.jsonl"
    good = json.dumps({"id": "ok", "account": "a", "title": "高仿耐克 包邮"}, ensure_ascii=False)
    source.write_bytes(b"\n".join([
        b'{"id": "broken", "account": ',
        json.dumps({"id": "r5", "title": "x"}).encode(),
        b'{"id": "r6", "account": "a", "title": "\xff\xfe"}',
        json.dumps({"id": "huge", "account": "a", "title": "x" * 50_000}).encode(),
        b"[1, 2]",
        good.encode(),
    ]) + b"\n")
    result = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "scan", str(source),
                                       "--json"])
    assert result.exit_code == 1                   # some rows refused
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    assert "line 1: not valid JSON" in errors[0]
    assert "line 2: account: is required" in errors[1]
    assert "line 3: invalid UTF-8" in errors[2]
    assert "record huge" in errors[3] and "limit 20000" in errors[3]
    assert "expected a JSON object" in errors[4]
    decided = [json.loads(line) for line in result.stdout.splitlines()]
    assert decided[-1]["id"] == "ok" and decided[-1]["decision"] == "takedown"
    assert sum(1 for line in decided if line["error"]) == 5


def test_every_record_failing_exits_non_zero(tmp_path):
    source = tmp_path / "records.csv"
    source.write_text("id,account,title\n,a,耐克\nr2,,耐克\n")
    Workspace(tmp_path).close()           # brands scan refuses a folder that is no workspace
    result = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "scan", str(source)])
    assert result.exit_code == 2                   # nothing done
    assert "line 2" in result.stderr and "line 3" in result.stderr
    assert "line 2: id: is required" in result.stderr
    assert "line 3: account: is required" in result.stderr


def test_csv_scan_and_brand_import(tmp_path):
    brands = tmp_path / "brands.csv"
    brands.write_text("mark,owner,aliases,common_word,context_words\n"
                      "苹果,apple,Apple|iPhone,yes,手机|耳机\n"
                      ",nobody,,,\n"
                      "x,someone,,,\n"
                      "耐克,nike,…,,\n")
    imported = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "import", str(brands)])
    assert imported.exit_code == 1                 # three rows refused
    assert "imported 1 brands, 3 rows refused" in imported.stdout
    assert "line 3: mark: is required" in imported.stderr
    # was "brands.csv x: a one-character mark ...", which named no line
    assert f"error: {brands} line 4: mark: a one-character mark would match everywhere" \
        in imported.stderr
    # was stored: an alias the guard reads as nothing
    assert f"error: {brands} line 5: 耐克: the alias '…' is read as nothing" in imported.stderr
    records = tmp_path / "records.csv"
    records.write_text("id,account,account_name,title,description\n"
                       "f1,farm,果园,新鲜苹果 包邮,\n"
                       "p1,shop,数码,苹果手机 高仿 一比一 包邮,\n")
    result = run(tmp_path, "brands", "scan", str(records))
    assert result.exit_code == 0, result.stderr
    rows = {line.split()[0]: line.split()[2] for line in result.stdout.splitlines()
            if not line.startswith(" ")}
    assert rows == {"f1": "none", "p1": "takedown"}


def test_actionable_catalogued_upload_opens_one_ticket_and_rescans_join_it(tmp_path):
    from datetime import datetime, timezone

    from origin.catalogue import Upload
    from origin.workspace import Workspace

    with Workspace(tmp_path).session() as session:
        session.add(Upload(id="u-1", sha256="0" * 64, path="v.mp4", uploader="u1",
                           scanned_at=datetime.now(timezone.utc)))
    run(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克")
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps({"id": "u-1", "account": "u1", "title": "高仿耐克 莆田 包邮"},
                                 ensure_ascii=False) + "\n"
                      + json.dumps({"id": "meta-2", "account": "u2", "title": "高仿耐克 包邮"},
                                   ensure_ascii=False) + "\n")
    first = [json.loads(l) for l in run(tmp_path, "brands", "scan", str(source), "--json")
             .stdout.splitlines()]
    again = [json.loads(l) for l in run(tmp_path, "brands", "scan", str(source), "--json")
             .stdout.splitlines()]
    assert first[0]["ticket"] and first[0]["ticket"] == again[0]["ticket"]
    assert first[1]["ticket"] is None          # not a catalogued upload: no ticket to hang on
    shown = run(tmp_path, "tickets", "show", first[0]["ticket"])
    assert shown.exit_code == 0 and "nike_official" in shown.stdout


def test_no_line_stops_the_scan(tmp_path):
    """Issue 10/13: every hostile line gets a result or a one-line error naming it."""
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    good = {"id": "ok", "account": "a", "title": "高仿耐克 包邮"}
    lines = [
        b"\xef\xbb\xbf" + json.dumps(good | {"id": "bom"}).encode(),      # BOM on line 1
        b'{"id": 1' + b"0" * 5000 + b', "account": "a", "title": "x"}',     # 5 000-digit id
        b'{"id": "big", "account": "a", "title": "x", "n": 1' + b"0" * 5000 + b"}",
        b'{"id": "nan", "account": "a", "title": NaN}',
        b'{"id": "deep", "account": "a", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"id": "sur", "account": "a", "title": "\\ud800"}',
        json.dumps(good | {"id": "crlf"}).encode() + b"\r",
        json.dumps(good | {"id": "ls", "title": "高仿\u2028耐克 包邮"}, ensure_ascii=False).encode(),
        json.dumps({"id": "nul\u0000", "account": "a", "title": "x"}).encode(),
        json.dumps({"id": "list", "account": ["a"], "title": "x"}).encode(),
        json.dumps(good).encode(),
    ]
    source = tmp_path / "hostile.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "scan", str(source),
                                       "--json"])
    assert result.exit_code == 1
    out = result.stdout.splitlines()
    assert len(out) == len(lines)                  # one line per input line, U+2028 escaped
    decided = [json.loads(line) for line in out]
    by_id = {d["id"]: d for d in decided if not d["error"]}
    assert {key: by_id[key]["decision"] for key in by_id} == {
        "bom": "takedown", "crlf": "takedown", "ls": "takedown", "ok": "takedown"}
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 7 and all(len(e) < 200 for e in errors)
    for number, reason in [(2, "5001 digits"), (3, "5001 digits"), (4, "NaN"), (5, "nested"),
                           (6, "lone surrogate"), (9, "NUL"), (10, "a list")]:
        assert any(f"line {number}" in e and reason in e for e in errors), (number, errors)


def test_csv_with_bom_names_the_data_line_of_invalid_utf8(tmp_path):
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    source = tmp_path / "records.csv"
    source.write_bytes("\ufeffid,account,title\r\n".encode() + b"r1,a,\xff\r\n"
                       + "r2,a,高仿耐克 包邮\r\n".encode())
    result = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "scan", str(source),
                                       "--json"])
    assert result.exit_code == 1
    assert "line 2: title: invalid UTF-8" in result.stderr
    assert json.loads(result.stdout.splitlines()[1])["decision"] == "takedown"



@pytest.mark.parametrize("data", [
    "id,account,title\nr1,a,高仿耐克 包邮\n",
    '{"id": "r1", "account": "a", "title": "高仿耐克 包邮"}\n'])
@pytest.mark.parametrize("stdin", ["/dev/stdin", "-"])     # "-" was "-: cannot open"
def test_a_file_from_a_pipe_is_read_once(tmp_path, data, stdin):
    """``brands scan /dev/stdin`` with CSV piped in said "no records", exit 2: the file was
    peeked at to tell CSV from JSON lines, closed and opened again, and a pipe's second open
    starts after what the first one read (the header)."""
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    command = [str(Path(sys.executable).with_name("origin")), "-w", str(tmp_path), "brands",
               "scan", stdin, "--json"]
    result = subprocess.run(command, input=data, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["decision"] for line in result.stdout.splitlines()] == ["takedown"]


def test_hits_print_a_matched_spelling_as_scan_does(tmp_path):
    """``brands hits`` escaped what ``shown`` had escaped already: '耐\\r克', where ``brands
    scan`` prints '耐\r克'."""
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps({"id": "r1", "account": "a", "title": "高仿耐\r克 包邮"}) + "\n")
    scanned = run(tmp_path, "brands", "scan", str(source)).stdout
    assert "title[2:5] '耐\\r克'" in scanned
    (line,) = run(tmp_path, "brands", "hits", "a").stdout.splitlines()
    assert "via mark in title: '耐\\r克' -> takedown" in line, line


def test_a_reader_closing_the_output_is_not_refused_rows(tmp_path):
    """``brands scan F --json | head``: a 20 000-record block was written in one call, which
    the closed pipe cut short at 64 KiB without an error, and the scan exited 0 with the rest
    of its lines dropped (longer scans exited 1, click's answer to a broken pipe, which says
    "some rows refused"). 141 now, SIGPIPE's status, with no traceback or flush error, and
    what was printed is stored."""
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps({"id": f"r{n}", "account": "a", "title": "高仿耐克 包邮"})
                              + "\n" for n in range(20_000)))
    job = subprocess.Popen([str(Path(sys.executable).with_name("origin")), "-w", str(tmp_path),
                            "brands", "scan", str(source), "--json"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = json.loads(job.stdout.readline())
    job.stdout.close()
    assert job.wait(timeout=120) == 141
    assert job.stderr.read() == b""
    stored = run(tmp_path, "brands", "hits", "a", "--json").stdout.splitlines()
    assert first["id"] in {json.loads(line)["record_id"] for line in stored}


def test_a_scan_with_no_brand_protected_says_so(tmp_path, monkeypatch):
    """A workspace made by originals add, or before any brands add: every record was "none",
    exit 0, without a word."""
    monkeypatch.delenv("ORIGIN_DB", raising=False)     # two workspaces, each its own database
    run(tmp_path, "brands", "add", "--owner", "o", "--mark", "耐克")
    empty = tmp_path / "empty"                  # a workspace with no brand in it
    assert run(empty, "keys", "add", "--role", "reviewer", "--name", "r").exit_code == 0
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps({"id": "r1", "account": "a", "title": "高仿耐克 包邮"}) + "\n")
    result = CliRunner().invoke(main, ["-w", str(empty), "brands", "scan", str(source)])
    assert result.exit_code == 0
    assert f"note: no brand is protected in {empty}: only absolute advertising terms" \
        in result.stderr
    assert "note:" not in CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "scan",
                                                    str(source)]).stderr

HEAVY = ("cv2", "av", "faiss", "scipy", "numba")


def test_commands_that_read_no_media_import_no_media_stack(tmp_path):
    """``origin --help``, ``origin brands ...`` and ``origin tickets ...`` load neither OpenCV,
    PyAV, FAISS, SciPy nor numba: seconds of start-up CPU a brand scan does not need."""
    import subprocess
    import sys

    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(RECORDS[0], ensure_ascii=False) + "\n")
    workspace = str(tmp_path / "ws")
    commands = [["--help"], ["brands", "--help"],
                ["-w", workspace, "brands", "add", "--owner", "o", "--mark", "Acme"],
                ["-w", workspace, "brands", "scan", str(source)],
                ["-w", workspace, "tickets", "list"]]
    probe = ("import sys\nfrom origin.cli import main\n"
             f"for args in {commands!r}:\n"
             "    try:\n        main(args)\n    except SystemExit as exit:\n"
             "        assert not exit.code, (args, exit.code)\n"
             f"print([m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stderr.splitlines()[-1] == "[]", done.stderr[-800:]


def test_a_clean_records_line_is_its_whole_json():
    from origin.brands.guard import RecordResult
    from origin.cli.brands import _clean_line

    import orjson

    for result in (RecordResult("r1", "u1"), RecordResult("\"引号\"\\", None),
                   RecordResult("r2", "u2", rule="mention"), RecordResult("视频🎬1", "用户 甲"),
                   RecordResult("r\x01", "u\u2028"), RecordResult("r3", "a\\b"),
                   RecordResult("r4", "a\"b"), RecordResult("r5\x7f", "u")):
        assert _clean_line(result.id, result.account, result.decision, result.rule) \
            == orjson.dumps(result.to_json()) + b"\n"


@sqlite_only
def test_a_scan_of_a_current_sqlite_workspace_imports_no_sqlalchemy(tmp_path):
    """On a SQLite workspace at every migration head, ``brands scan`` reads the brands and
    stores its results with ``sqlite3`` alone (SQLAlchemy's import was ~0.5 s CPU of start-up);
    the ORM reads the stored hits back."""
    import subprocess
    import sys

    run(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
        "--authorized", "nike_store_sh")
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    probe = ("import sys\nfrom origin.cli import main\n"
             "try:\n"
             f"    main(['-w', {str(tmp_path)!r}, 'brands', 'scan', {str(source)!r}, '--json'])\n"
             "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}),"
             " file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and done.stderr.splitlines()[-1] == "[]", done.stderr[-800:]
    assert [json.loads(line)["decision"] for line in done.stdout.splitlines()] == [
        "takedown", "none", "none"]
    evidence = [json.loads(l) for l in run(tmp_path, "brands", "hits", "u1", "--json")
                .stdout.splitlines()]
    assert [(e["record_id"], e["matched"], e["decision"]) for e in evidence] == [
        ("r1", "耐@克", "takedown")]


@sqlite_only
def test_a_scan_through_sqlalchemy_stores_the_same_rows(tmp_path):
    """A database ``sqlite3`` alone does not open (here a URL with options; PostgreSQL alike)
    goes through SQLAlchemy's connection: the same output and the same stored rows."""
    import sqlite3

    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS * 2) + "\n")
    stored, printed = [], []
    for name, extra in (("direct", []),
                        ("orm", ["--db", f"sqlite:///{tmp_path}/orm.sqlite?timeout=20"])):
        workspace = tmp_path / name
        run(workspace, *extra, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
            "--knockoff", "耐可", "--authorized", "nike_store_sh")
        result = run(workspace, *extra, "brands", "scan", str(source), "--json")
        assert result.exit_code == 0
        printed.append(result.stdout)
        path = workspace / "origin.sqlite" if name == "direct" else tmp_path / "orm.sqlite"
        with sqlite3.connect(path) as connection:
            stored.append(connection.execute(
                "SELECT record_id, account, brand_id, via, field, start, \"end\", matched, "
                "evasions, signals, score, decision, rule, length(scanned_at), scanned_day "
                "FROM brand_hits ORDER BY record_id").fetchall())
    assert printed[0] == printed[1]
    assert stored[0] == stored[1] and [row[0] for row in stored[0]] == ["r1", "r2", "r3"]


def test_json_lines_are_each_results_whole_json(tmp_path):
    """``--json`` writes a clean record's line from the record itself: ids and accounts with
    quotes, backslashes or other scripts, U+2028 in a hit's text, row errors in between, a
    block of records with nothing to escape: every line is the result's compact JSON, U+2028
    and U+2029 escaped."""
    import orjson

    from origin.brands.batch import Block, ScanRecord
    from origin.brands.guard import RecordResult
    from origin.cli.brands import _json_lines

    def json_line(data: dict) -> str:
        return orjson.dumps(data).decode().replace("\u2028", "\\u2028").replace(
            "\u2029", "\\u2029")

    rows = [{"id": "r1", "account": "u1", "title": "今天天气不错"},
            {"id": "r\"2", "account": "u2", "title": "好看"},
            {"id": "r3", "account": "a\\b", "title": "好看"},
            {"id": "视频🎬4", "account": "用户 甲", "title": "日常"},
            {"id": "r5", "account": "u5", "title": "高仿耐克\u2028 1:1 包邮"},
            {"id": "r6", "title": "no account"},
            {"id": "r7", "account": "u7", "description": "雨天\u2029"}]
    run(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克")
    source = tmp_path / "records.jsonl"
    for chosen in (rows, rows[:2], rows[:1] + rows[2:5], rows[:1] + rows[3:5], rows[:1]):
        source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chosen))
        result = run(tmp_path, "brands", "scan", str(source), "--json", "--no-store")
        lines = result.stdout.splitlines()
        assert len(lines) == len(chosen) and "\u2028" not in result.stdout
        decided = [json.loads(line) for line in lines]
        assert [(line["id"], line["account"]) for line in decided] == [
            (row["id"], row.get("account")) for row in chosen]
        assert lines == [json_line(line) for line in decided]
    # a block's clean lines and its results' lines are the same bytes
    records = [ScanRecord(row["id"], row["account"], "", row["title"]) for row in rows[:4]]
    block = Block([*records, RecordResult("", None, error="line 9: bad")], {}, (4,))
    assert _json_lines(block).decode().splitlines() == [
        json_line(result.to_json()) for result in block.results()]


def test_an_authorised_account_is_itself_however_its_accent_was_typed(tmp_path):
    """A shop authorised as 'café_shop' (é one character, NFC) whose records carry the name typed
    with e and a combining accent (NFD) was taken down for selling its own brand's goods."""
    assert run(tmp_path, "brands", "add", "--owner", "nike_official", "--mark", "耐克",
               "--authorized", "caf\u00e9_shop").exit_code == 0
    offer = {"account_name": "店", "title": "耐@克 高仿 原单 私聊", "description": ""}
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps({"id": f"r{i}", "account": account, **offer}) + "\n"
                              for i, account in enumerate(("cafe\u0301_shop", "copier"))))
    lines = [json.loads(line) for line in
             run(tmp_path, "brands", "scan", str(source), "--json").stdout.splitlines()]
    assert [(line["account"], line["decision"]) for line in lines] == [
        ("caf\u00e9_shop", "none"), ("copier", "takedown")]


def test_a_brand_added_again_with_its_accent_typed_otherwise_is_the_same_brand(tmp_path):
    """'Café Noir' added with its shop authorised, then again with the accent typed as a
    combining mark (macOS) and a new alias, was a second brand without the shop: it took the
    shop's own post down."""
    assert run(tmp_path, "brands", "add", "--owner", "noir_official", "--mark", "Caf\u00e9 Noir",
               "--authorized", "noir_shop").exit_code == 0
    again = run(tmp_path, "brands", "add", "--owner", "noir_official", "--mark",
                "Cafe\u0301 Noir", "--alias", "cafenoir", "--json")
    assert json.loads(again.stdout)["id"] == 1 and json.loads(again.stdout)["mark"] == \
        "Caf\u00e9 Noir"
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps({"id": "r1", "account": "noir_shop", "account_name": "shop",
                                  "title": "Café Noir 高仿 原单 私聊", "description": ""}) + "\n")
    (line,) = run(tmp_path, "brands", "scan", str(source), "--json").stdout.splitlines()
    assert json.loads(line)["decision"] == "none"


def test_a_key_given_twice_in_an_imported_brand_is_named(tmp_path):
    brands = tmp_path / "brands.jsonl"
    brands.write_text('{"mark": "阿迪达斯", "owner": "adidas", "owner": "someone"}\n'
                      '{"mark": "李宁", "owner": "lining"}\n')
    imported = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "import", str(brands)])
    assert imported.exit_code == 1
    assert imported.stderr == (f"error: {brands} line 1: the key 'owner' is given twice: give "
                               f"it once (one of its values would be dropped unseen)\n")
    assert "imported 1 brands, 1 rows refused" in imported.stdout


def test_an_import_with_json_prints_each_row_as_json_and_nothing_else_on_stdout(tmp_path):
    """brands import had no --json (accounts import and complaints submit have it), and its
    summary line is text: with --json it goes to stderr."""
    brands = tmp_path / "brands.jsonl"
    brands.write_text('{"mark": "阿迪达斯", "owner": "adidas"}\n{"mark": "", "owner": "x"}\n'
                      '{"mark": "李宁", "owner": "lining"}\n')
    imported = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "import", str(brands),
                                         "--json"])
    assert imported.exit_code == 1
    assert [json.loads(line) for line in imported.stdout.splitlines()] == [
        {"line": 1, "status": "imported", "id": 1, "mark": "阿迪达斯", "owner": "adidas",
         "error": None},
        {"line": 2, "status": "refused", "id": None, "mark": None, "owner": None,
         "error": "line 2: mark: is required"},
        {"line": 3, "status": "imported", "id": 2, "mark": "李宁", "owner": "lining",
         "error": None}]
    assert imported.stderr == (f"error: {brands} line 2: mark: is required\n"
                               f"imported 2 brands, 1 rows refused\n")


def test_an_import_of_no_rows_says_so(tmp_path):
    brands = tmp_path / "brands.csv"
    brands.write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    imported = CliRunner().invoke(main, ["-w", str(tmp_path), "brands", "import", str(brands)])
    assert imported.exit_code == 2
    assert imported.stderr == f"error: {brands}: no rows\n"


def test_a_misspelt_field_refuses_its_row_and_another_is_told_once(tmp_path):
    """``authorised`` (the docs' spelling) for ``authorized`` was ignored: the brand was
    protected with no authorised shop, and the shop's own posts were taken down; ``titel``
    for ``title`` left the title unscanned."""
    brands = tmp_path / "b.csv"
    brands.write_text("mark,owner,authorised\nAcmeco,acme,acme-shop\n")
    imported = CliRunner().invoke(main, ["-w", str(tmp_path / "w"), "brands", "import",
                                         str(brands)])
    assert imported.exit_code == 2
    assert f"error: {brands} line 2: authorised: unknown field: did you mean " \
           f"'authorized'?" in imported.stderr
    source = tmp_path / "r.jsonl"
    source.write_text('{"id": "r1", "account": "x", "titel": "acmeco shoes"}\n'
                      '{"id": "r2", "account": "x", "title": "shoes", "category": "c"}\n'
                      '{"id": "r3", "account": "x", "title": "bags", "category": "d"}\n')
    scanned = CliRunner().invoke(main, ["-w", str(tmp_path / "w"), "brands", "scan",
                                        str(source), "--no-store"])
    assert scanned.exit_code == 1
    assert "line 1: titel: unknown field: did you mean 'title'?" in scanned.stderr
    assert "r2" in scanned.stdout and "r3" in scanned.stdout
    assert scanned.stderr.count("warning: ") == 1       # category, once; titel refuses its
                                                        # row, not told as ignored (stop 43)
    assert "'titel' is not read" not in scanned.stderr
    assert f"warning: {source} line 2: field 'category' is not read, so ignored" \
        in scanned.stderr
