"""Property test (issue 10): hostile rows never stop an accounts import, nor change its good rows."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from origin.accounts.config import load_config
from origin.accounts.graph import REFUSED, AccountRow, Graph, import_file
from origin.enforcement.config import load_policy
from origin.workspace import Workspace
from tests.databases import workspace_copy, workspace_template
from tests.hostile import (Line, Outcome, check_intake, csv_cells, csv_lines, csv_record,
                           csv_text, every_field, field_values, file_bytes, jsonl_line,
                           jsonl_lines, mixed_lines)

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
GOOD = [
    {"id": "g-shop", "kind": "channel", "legal_entity": "Shop Ltd", "name": "小店",
     "phone": "+86 138 0000 0001"},
    {"id": "g-boss", "kind": "personal", "phone": "+86 138-0000-0001;+1 555 0101",
     "created_at": "2024-01-01T00:00:00Z"},
    {"id": "g-oa", "kind": "official", "legal_entity": "Shop Ltd", "device": "imei-g"},
    {"a": "g-boss", "b": "g-shop", "type": "certification"},
    {"a": "g-oa", "b": "g-shop", "type": "admin", "strength": 0.7},
    {"id": "g-shop", "kind": "channel"},
]
CSV_COLUMNS = ["id", "kind", "legal_entity", "name", "created_at", "phone", "device", "payment",
               "a", "b", "type", "strength"]
ACCOUNT_FIELDS = ["id", "kind", "legal_entity", "name", "created_at", "phone", "id_document",
                  "device", "payment", "ip", "a", "b", "junk"]
LINK_FIELDS = ["a", "b", "type", "strength", "junk"]
RULE_ERRORS = ("no account", "cannot be linked to itself", "certification binds",
               "already certifies", "legal entit")


def account_base(number: int) -> dict:
    return {"id": f"h{number}", "kind": "channel", "phone": f"+1 999 {number}"}


LINK_BASE = {"a": "h-a", "b": "h-b", "type": "device"}


def field_ok(mutated: str, named: str | None, error: str) -> bool:
    """A hostile a/b turns an account row into a link row (then its type is missing), and a
    link's ends are judged by the binding rules once they read as ids."""
    return ((mutated in ("a", "b") and named in ("a", "b", "type"))
            or (named is None and error.startswith(RULE_ERRORS)))


def csv_field_ok(column: str, named: str | None, error: str) -> bool:
    return named == column or field_ok(column, named, error)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Two accounts every example's links may name (copied, not rebuilt: the folder, and its
    database on PostgreSQL)."""
    folder = tmp_path_factory.mktemp("template")
    with workspace_template(folder) as template:
        workspace = Workspace(folder / "ws")
        with workspace.session() as session:
            Graph(session, load_config(), load_policy().penalties, now=NOW).add_accounts(
                [(0, AccountRow("h-a", "channel")), (1, AccountRow("h-b", "channel"))])
        workspace.close()
        yield template


def run(template, target, name: str, data: bytes) -> list[Outcome]:
    with workspace_copy(template, target):
        (target / name).write_bytes(data)
        workspace = Workspace(target / "ws")
        results = list(import_file(workspace, load_config(), load_policy().penalties,
                                   target / name, now=NOW, chunk=4))
        workspace.close()
    return [Outcome(r.line, r.status in ("error", REFUSED), r.field, r.error,
                    {key: value for key, value in r.to_json().items() if key != "line"})
            for r in results]


def mutated_jsonl():
    account = st.tuples(st.integers(0, 10 ** 6), st.sampled_from(ACCOUNT_FIELDS), field_values)
    link = st.tuples(st.sampled_from(LINK_FIELDS), field_values)
    return st.one_of(
        account.map(lambda t: (jsonl_line({**account_base(t[0]), t[1]: t[2]}), t[1])),
        link.map(lambda t: (jsonl_line({**LINK_BASE, t[0]: t[1]}), t[0])))


def mutated_csv():
    def build(base: dict, column: str, cell: bytes) -> tuple[bytes, str]:
        row = {key: str(value).encode() for key, value in base.items()}
        row[column] = cell
        return csv_record([row.get(key, b"") for key in CSV_COLUMNS]), column

    return st.one_of(
        st.tuples(st.integers(0, 10 ** 6).map(account_base), st.sampled_from(CSV_COLUMNS),
                  csv_cells).map(lambda t: build(*t)),
        st.tuples(st.just(LINK_BASE), st.sampled_from(["a", "b", "type", "strength"]),
                  csv_cells).map(lambda t: build(*t)))


EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
GOOD_JSONL = [jsonl_line(row) for row in GOOD]
GOOD_CSV = csv_text(CSV_COLUMNS, GOOD).splitlines()[1:]
HEADER = ",".join(CSV_COLUMNS).encode()


@pytest.fixture(scope="module")
def clean(template, tmp_path_factory):
    base = tmp_path_factory.mktemp("clean")
    jsonl = run(template, base / "jsonl", "a.jsonl",
                file_bytes([Line(data, "good") for data in GOOD_JSONL]))
    csv = run(template, base / "csv", "a.csv",
              file_bytes([Line(data, "good") for data in GOOD_CSV], HEADER))
    return {"jsonl": [o.summary for o in jsonl], "csv": [o.summary for o in csv]}


def test_clean_runs_import_every_good_row_the_same_in_both_formats(clean):
    assert clean["jsonl"] == clean["csv"]
    assert [row["status"] for row in clean["jsonl"]] == ["added"] * 5 + ["exists"]
    assert clean["jsonl"][1]["links"] == ["phone:g-shop"]


@EXAMPLES
@given(lines=mixed_lines(GOOD_JSONL, jsonl_lines, mutated_jsonl()))
def test_hostile_jsonl_rows(template, clean, tmp_path_factory, lines):
    outcomes = run(template, tmp_path_factory.mktemp("run") / "w", "a.jsonl", file_bytes(lines))
    check_intake(lines, outcomes, clean["jsonl"], field_ok=field_ok)


@EXAMPLES
@given(lines=mixed_lines(GOOD_CSV, csv_lines(len(CSV_COLUMNS)), mutated_csv()))
def test_hostile_csv_rows(template, clean, tmp_path_factory, lines):
    outcomes = run(template, tmp_path_factory.mktemp("run") / "w", "a.csv",
                   file_bytes(lines, HEADER))
    check_intake(lines, outcomes, clean["csv"], csv_file=True, field_ok=csv_field_ok)


def test_the_issues_rows_are_refused_by_field_and_the_good_rows_kept(template, tmp_path):
    rows = [GOOD[0],
            {"id": ["l"], "kind": "channel"},
            {"id": "x1", "kind": "channel", "created_at": "0001-01-01T00:00:00+01:00"},
            {"id": "x2", "kind": "channel", "legal_entity": ["x"]},
            {"id": "x3", "kind": "channel", "phone": 13800138000},
            {"a": "g-shop", "b": "h-a", "type": "device", "strength": True},
            {"id": "x4", "kind": "channel", "created_at": "2999-01-01T00:00:00Z"},
            GOOD[2]]
    data = b"\n".join(jsonl_line(row) for row in rows) + b"\n\xff\xfe\n"
    outcomes = run(template, tmp_path / "w", "a.jsonl", data)
    assert [(o.line, o.refused, o.field, o.error) for o in outcomes] == [
        (1, False, None, None),
        (2, True, "id", "id: must be text, got a list"),
        (3, True, "created_at", "created_at: '0001-01-01T00:00:00+01:00' is out of range in UTC"),
        (4, True, "legal_entity", "legal_entity: must be text, got a list"),
        (5, True, "phone", "phone: must be text or a list of texts, got number"),
        (6, True, "strength", "strength: must be a number, got true/false"),
        (7, True, "created_at", "created_at: 2999-01-01T00:00:00+00:00 is in the future"),
        (8, False, None, None),
        (9, True, None, "invalid UTF-8 at byte 1")]


def test_every_field_with_every_kind_of_hostile_value(template, clean, tmp_path):
    grid = every_field(account_base, ACCOUNT_FIELDS) + every_field(lambda _: LINK_BASE,
                                                                   LINK_FIELDS)
    good = [Line(data, "good", ordinal) for ordinal, data in enumerate(GOOD_JSONL)]
    lines = good[:2] + grid[:len(grid) // 2] + good[2:4] + grid[len(grid) // 2:] + good[4:]
    outcomes = run(template, tmp_path / "w", "a.jsonl", file_bytes(lines))
    check_intake(lines, outcomes, clean["jsonl"], field_ok=field_ok)
