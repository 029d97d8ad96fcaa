"""Property test (issue 10): hostile rows never stop a complaints file, nor change its good rows."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from origin.enforcement import complaints, tickets
from origin.enforcement.config import load_policy
from origin.workspace import Workspace
from tests.databases import workspace_copy, workspace_template
from tests.hostile import (Line, Outcome, check_intake, csv_cells, csv_lines, csv_record,
                           csv_text, every_field, field_values, file_bytes, jsonl_line,
                           jsonl_lines, mixed_lines)

from .conftest import Catalogue, later, match

NOW = later(2)
GOOD = [
    {"claimant": "label", "contact": {"email": "legal@label.example"}, "work": "o-song",
     "uploads": ["u-matched"], "evidence": [{"text": "registration 2024-123"}],
     "good_faith": True, "accurate": True},
    {"claimant": "fan", "contact": "+86 138 0000 0000", "work": "my song on example.com",
     "uploads": "u-unmatched", "evidence": "proof.txt", "good_faith": "yes", "accurate": "是",
     "received_at": "2025-03-04T08:00:00+08:00", "jurisdiction": "US"},
    {"claimant": "label", "contact": {"email": "legal@label.example", "phone": "+1 555 0100"},
     "work": "o-song", "uploads": ["u-unmatched", "u-matched"], "kind": "trademark",
     "evidence": [{"text": "mark no. 77"}], "good_faith": True, "accurate": True},
    {"claimant": "label", "agent": "lawfirm", "contact": {"email": "a@lawfirm.example"},
     "work": "o-song", "uploads": ["u-matched"], "kind": "counterfeit",
     "evidence": [{"text": "test purchase"}], "power_of_attorney": {"text": "signed 2025-01-01"},
     "good_faith": True, "accurate": True, "reference": "case-9"},
]
CSV_COLUMNS = ["claimant", "contact_email", "contact_phone", "work", "uploads", "evidence",
               "evidence_text", "good_faith", "accurate", "kind", "jurisdiction", "received_at",
               "agent", "power_of_attorney", "reference"]
HOSTILE_FIELDS = sorted({key for row in GOOD for key in row} | {"upload", "id", "junk"})


def hostile_base(number: int) -> dict:
    """A valid notice of its own: own claimant, an upload no good row names."""
    return {"claimant": f"h{number}", "contact": {"email": "h@example.org"}, "work": "other work",
            "uploads": ["u-hostile"], "evidence": [{"text": "hostile evidence"}],
            "good_faith": True, "accurate": True}


def as_csv(row: dict) -> dict:
    flat = {key: value for key, value in row.items() if key not in ("contact", "evidence")}
    contact = row.get("contact") or {}
    if isinstance(contact, str):
        contact = {"email" if "@" in contact else "phone": contact}
    flat.update({f"contact_{key}": value for key, value in contact.items()})
    evidence = row.get("evidence") or []
    evidence = [evidence] if isinstance(evidence, (str, dict)) else evidence
    flat["evidence"] = ";".join(item for item in evidence if isinstance(item, str))
    flat["evidence_text"] = ";".join(item["text"] for item in evidence if isinstance(item, dict))
    if isinstance(flat.get("power_of_attorney"), dict):
        flat["power_of_attorney"] = "proof.txt"     # CSV names a power of attorney's file
    for key, value in flat.items():
        if isinstance(value, list):
            flat[key] = ";".join(value)
        elif isinstance(value, bool):
            flat[key] = "yes" if value else "no"
    return flat


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A workspace with the catalogue every example starts from (copied, not rebuilt: its
    folder, and its database on PostgreSQL)."""
    folder = tmp_path_factory.mktemp("template")
    with workspace_template(folder) as template:
        workspace = Workspace(folder / "ws")
        catalogue = Catalogue(workspace)
        catalogue.original("o-song", "label")
        catalogue.scanned("u-matched", "copier", later(1), match("o-song", "label"))
        catalogue.scanned("u-unmatched", "someone", later(1))
        catalogue.scanned("u-hostile", "other", later(1), match("o-song", "label"))
        workspace.close()
        (folder / "proof.txt").write_text("registration certificate")
        yield template


def run(template, target, name: str, data: bytes) -> list[complaints.IntakeResult]:
    with workspace_copy(template, target):
        path = target / name
        path.write_bytes(data)
        workspace = Workspace(target / "ws")
        results = list(complaints.submit_file(workspace, load_policy(), path, now=NOW))
        summaries = []
        with workspace.session() as session:
            for result in results:
                views = [tickets.show(session, ticket) for ticket in result.tickets]
                summaries.append(tuple((v.state, v.rule, v.upload_id, v.original_id,
                                        v.claimant, v.accused, v.kind, v.review_reason)
                                       for v in views))
        workspace.close()
    return [Outcome(r.line, r.status == "rejected", r.field, r.error,
                    (r.status, r.complaint, summary)) for r, summary in zip(results, summaries)]


def field_ok(mutated: str, named: str | None, error: str) -> bool:
    """Other reasons a row with one hostile field is refused, besides naming that field."""
    return (error.startswith("duplicate of complaint")              # two rows mutated alike
            or (mutated == "agent" and named == "power_of_attorney")
            or (mutated == "upload" and named == "uploads"))


def csv_field_ok(column: str, named: str | None, error: str) -> bool:
    """A CSV column's cell is named by the column (unreadable) or by the field it becomes."""
    root = (named or "").split(".")[0].split("[")[0]
    becomes = {"contact_email": "contact", "contact_phone": "contact",
               "evidence_text": "evidence"}.get(column, column)
    return root == becomes or field_ok(becomes, named, error)


def mutated_jsonl():
    return st.tuples(st.integers(0, 10 ** 6), st.sampled_from(HOSTILE_FIELDS), field_values).map(
        lambda t: (jsonl_line({**hostile_base(t[0]), t[1]: t[2]}), t[1]))


def mutated_csv():
    def build(number: int, column: str, cell: bytes) -> tuple[bytes, str]:
        row = {key: str(value).encode() for key, value in as_csv(hostile_base(number)).items()}
        row[column] = cell
        return csv_record([row.get(key, b"") for key in CSV_COLUMNS]), column

    return st.tuples(st.integers(0, 10 ** 6), st.sampled_from(CSV_COLUMNS), csv_cells).map(
        lambda t: build(*t))


EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
GOOD_JSONL = [jsonl_line(row) for row in GOOD]
GOOD_CSV = csv_text(CSV_COLUMNS, [as_csv(row) for row in GOOD]).splitlines()[1:]


@pytest.fixture(scope="module")
def clean(template, tmp_path_factory):
    """What the good rows lead to on their own, JSON lines and CSV."""
    base = tmp_path_factory.mktemp("clean")
    jsonl = run(template, base / "jsonl", "c.jsonl", b"\n".join(GOOD_JSONL) + b"\n")
    csv = run(template, base / "csv", "c.csv", b"\n".join([",".join(CSV_COLUMNS).encode()] +
                                                             GOOD_CSV) + b"\n")
    assert [o.summary[0] for o in jsonl + csv] == ["accepted"] * 8, jsonl + csv
    return {"jsonl": [o.summary for o in jsonl], "csv": [o.summary for o in csv]}


def test_clean_runs_file_every_good_row_the_same_in_both_formats(clean):
    assert clean["jsonl"] == clean["csv"]
    assert [len(tickets) for _, _, tickets in clean["jsonl"]] == [1, 1, 2, 1]


@EXAMPLES
@given(lines=mixed_lines(GOOD_JSONL, jsonl_lines, mutated_jsonl()))
def test_hostile_jsonl_rows(template, clean, tmp_path_factory, lines):
    target = tmp_path_factory.mktemp("run")
    outcomes = run(template, target / "w", "c.jsonl", file_bytes(lines))
    check_intake(lines, outcomes, clean["jsonl"], field_ok=field_ok)


@EXAMPLES
@given(lines=mixed_lines(GOOD_CSV, csv_lines(len(CSV_COLUMNS)), mutated_csv()))
def test_hostile_csv_rows(template, clean, tmp_path_factory, lines):
    target = tmp_path_factory.mktemp("run")
    outcomes = run(template, target / "w", "c.csv",
                   file_bytes(lines, header=",".join(CSV_COLUMNS).encode()))
    check_intake(lines, outcomes, clean["csv"], csv_file=True, field_ok=csv_field_ok)


def test_the_issues_rows_are_refused_by_field_and_the_good_rows_kept(template, tmp_path):
    rows = [GOOD[0],
            {**hostile_base(1), "jurisdiction": ["CN"]},
            {**hostile_base(2), "received_at": "0001-01-01T00:00:00+01:00"},
            {**hostile_base(3), "evidence": [{"file": "\u0000abc"}]},
            {**hostile_base(4), "evidence": [{"text": "x" * 20_000_001}]},
            {**hostile_base(5), "contact": {"email": ["a@b.cd"]}},
            {**hostile_base(6), "received_at": 20250101},
            GOOD[1]]
    data = b"\n".join(jsonl_line(row) for row in rows) + b"\n\xff\xfe\n"
    outcomes = run(template, tmp_path / "w", "c.jsonl", data)
    assert [(o.line, o.refused, o.field) for o in outcomes] == [
        (1, False, None), (2, True, "jurisdiction"), (3, True, "received_at"),
        (4, True, "evidence[0].file"), (5, True, "evidence[0].text"),
        (6, True, "contact.email"), (7, True, "received_at"), (8, False, None),
        (9, True, None)]
    assert [o.error for o in outcomes if o.refused] == [
        "jurisdiction: must be text, got a list",
        "received_at: '0001-01-01T00:00:00+01:00' is out of range in UTC",
        "evidence[0].file: contains a NUL character",
        "evidence[0].text: 20000001 characters, over the 20000000 limit",
        "contact.email: must be text, got a list",
        "received_at: must be text, got number",
        "invalid UTF-8 at byte 1"]


def test_csv_invalid_utf8_in_the_first_data_row_is_line_2(template, tmp_path):
    header = ",".join(CSV_COLUMNS).encode()
    bad = GOOD_CSV[0].replace(b"label", b"lab\xffel", 1)
    outcomes = run(template, tmp_path / "w", "c.csv", b"\n".join([header, bad, GOOD_CSV[1]]))
    assert [(o.line, o.refused, o.field, o.error) for o in outcomes] == [
        (2, True, "claimant", "claimant: invalid UTF-8"), (3, False, None, None)]


def test_every_field_with_every_kind_of_hostile_value(template, clean, tmp_path):
    grid = every_field(hostile_base, HOSTILE_FIELDS)
    good = [Line(data, "good", ordinal) for ordinal, data in enumerate(GOOD_JSONL)]
    lines = good[:1] + grid[:len(grid) // 2] + good[1:3] + grid[len(grid) // 2:] + good[3:]
    outcomes = run(template, tmp_path / "w", "c.jsonl", file_bytes(lines))
    check_intake(lines, outcomes, clean["jsonl"], field_ok=field_ok)
    refused = {line.field for line, outcome in zip([l for l in lines if l.kind != "good"],
                                                   [o for o, l in zip(outcomes, lines)
                                                    if l.kind != "good"]) if outcome.refused}
    assert refused >= set(HOSTILE_FIELDS) - {"junk", "reference", "id"}
