"""The /v1 routes: complaints, tickets, transitions, health, body and rate limits."""
import base64
import json
import os

import pytest
from sqlalchemy import func, select

from origin.enforcement import complaints, policy_of, tickets
from origin.enforcement.models import AuditEntry, Complaint, Ticket
from origin.service import api, keys
from origin.service.app import ServiceConfig, create_app

from tests.enforcement.conftest import later, match

from .conftest import NOW, TestClient, make_service, notice


def count(workspace, table) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def file(service, body, who="label"):
    """POST a notice as JSON (ASCII-escaped, so lone surrogates travel as JSON allows)."""
    return service.client.post("/v1/complaints", content=json.dumps(body), headers={
        **service.auth(who), "content-type": "application/json"})


def test_health_answers_without_a_key(service):
    response = service.client.get("/v1/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["database"] in ("sqlite",
                                                                                 "postgresql")


def test_complaint_on_a_matched_upload_is_acted_on(service, world):
    response = file(service, notice())
    assert response.status_code == 201, response.text
    filed = response.json()
    assert response.headers["location"] == f"/v1/complaints/{filed['complaint']}"
    ticket = service.client.get(f"/v1/tickets/{filed['tickets'][0]}",
                                headers=service.auth("label")).json()
    assert ticket["state"] == tickets.FORWARDED_TO_UPLOADER and ticket["claimant"] == "label"
    assert ticket["original_id"] == world and ticket["accused"] == "copier"
    complaint = service.client.get(f"/v1/complaints/{filed['complaint']}",
                                   headers=service.auth("label")).json()
    assert complaint["claimant"] == "label" and complaint["notice"]["uploads"] == ["u-matched"]
    assert complaint["tickets"] == [{"id": filed["tickets"][0], "state": ticket["state"]}]


def test_a_notice_joining_another_claims_ticket_answers_with_what_the_filer_may_see(
        service, world):
    """It answered with the other claimant's ticket id, which its key gets 404 on, and
    GET /v1/complaints/{id} listed no ticket at all."""
    first = file(service, notice()).json()
    rival = service.client.post("/v1/complaints", headers=service.auth("rival"), json=notice(
        contact={"email": "legal@rival.example"}, uploads=["u-matched", "u-unmatched"]))
    assert rival.status_code == 201, rival.text
    filed = rival.json()
    assert first["tickets"][0] not in filed["tickets"] and len(filed["tickets"]) == 1
    assert filed["already_acted_on"] == ["u-matched"]
    own = service.client.get(f"/v1/tickets/{filed['tickets'][0]}", headers=service.auth("rival"))
    assert own.status_code == 200 and own.json()["upload_id"] == "u-unmatched"
    path = f"/v1/complaints/{filed['complaint']}"
    shown = service.client.get(path, headers=service.auth("rival")).json()
    assert shown["tickets"] == [{"id": filed["tickets"][0], "state": own.json()["state"]}]
    assert shown["already_acted_on"] == [{"upload": "u-matched", "state": "being_acted_on"}]
    assert "label" not in json.dumps(shown) and first["tickets"][0] not in json.dumps(shown)
    with service.workspace.session() as session:     # the other claim ends: the filer sees it
        tickets.advance(session, policy_of(service.workspace.path), first["tickets"][0],
                        tickets.WITHDRAWN, actor="label", why="settled", at=NOW)
    again = service.client.get(path, headers=service.auth("rival")).json()
    assert again["already_acted_on"] == [{"upload": "u-matched", "state": "closed"}]
    mine = service.client.get(f"/v1/complaints/{first['complaint']}",
                              headers=service.auth("label")).json()
    assert mine["tickets"] == [{"id": first["tickets"][0], "state": tickets.WITHDRAWN}]
    assert mine["already_acted_on"] == []


def test_a_resubmitted_notice_is_refused_and_written_once(service, world):
    assert file(service, notice()).status_code == 201
    again = file(service, notice(reference="second try"))
    assert again.status_code == 422 and "duplicate" in again.json()["detail"]
    assert count(service.workspace, Complaint) == 1


# The rows tests/enforcement/test_complaints.py rejects through `complaints submit`: the API must
# reject the same ones naming the same field, because it calls the same validator.
INVALID = [
    ({"contact": None}, "contact"),
    ({"contact": {"email": "not-an-email"}}, "contact.email"),
    ({"work": ""}, "work"),
    ({"uploads": []}, "uploads"),
    ({"evidence": None}, "evidence"),
    ({"good_faith": None}, "good_faith"),
    ({"accurate": False}, "accurate"),
    ({"agent": "law firm"}, "power_of_attorney"),
    ({"uploads": ["u-missing"]}, "uploads"),
    ({"work": "o-missing"}, "work"),
    ({"kind": "vibes"}, "kind"),
    ({"evidence": [{"content_base64": "***"}]}, "evidence[0].content_base64"),
    ({"evidence": [{"file": "../../etc/passwd"}]}, "evidence[0]"),
    ({"evidence": ["missing.pdf"]}, "evidence[0]"),
    # ignored until stop 36: the deadlines counted from now, the default jurisdiction's rules
    ({"recieved_at": "2024-01-01T00:00:00Z"}, "recieved_at"),
    ({"Jurisdiction": "CN"}, "Jurisdiction"),
]


@pytest.mark.parametrize("changes, field", INVALID)
def test_invalid_notice_gets_422_naming_the_field_like_the_cli(service, world, tmp_path,
                                                                changes, field):
    body = notice(**changes)
    response = file(service, body)
    assert response.status_code == 422
    assert response.json()["field"] == field and response.json()["detail"].startswith(field)
    assert count(service.workspace, Complaint) == count(service.workspace, Ticket) == 0
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"claimant": "label", **body}) + "\n", encoding="utf-8")
    (cli,) = complaints.submit_file(service.workspace, service.app.state.env.policy, rows,
                                    now=NOW)
    # the same words, but where the CLI looks for a file next to its complaints file (stop 41)
    said = cli.error.replace(complaints.BESIDE_THE_FILE, api.NO_FILE_IN_A_JSON_BODY)
    assert (cli.status, cli.field, said) == ("rejected", field, response.json()["detail"])


@pytest.mark.parametrize("body", [b"", b"{", b"[1, 2]", b"\"text\"", b"null", b"{\"a\": 1e999}",
                                  b"[" * 100_000])
def test_hostile_bodies_get_422_never_500(service, world, body):
    response = service.client.post("/v1/complaints", content=body, headers={
        **service.auth("label"), "content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert count(service.workspace, Complaint) == 0


@pytest.mark.parametrize("received_at", ["1971-01-01T00:00:00Z", "2999-01-01T00:00:00Z", 123,
                                         "0001-01-01T00:00:00+01:00", None])
def test_a_rights_holder_does_not_date_its_own_notice(service, world, received_at):
    """A notice's ``received_at`` is when the platform received it: over HTTP, when the request
    arrives. A rights holder's ``"received_at": "1971-01-01T00:00:00Z"`` was filed: its ticket
    due in 1971, first in the reviewers' queue (most overdue first) and overdue in the SLA
    report, and on a matched upload the platform's automatic takedown, its audit entries and
    the uploader's strike dated 1971 (a strike that had expired when it was made). Refused,
    naming the field; the same notice without it is filed as received now."""
    response = file(service, {**notice(), "received_at": received_at})
    assert response.status_code == 422 and response.json()["field"] == "received_at"
    assert response.json()["detail"].startswith("received_at: the service dates a notice")
    assert count(service.workspace, Complaint) == count(service.workspace, Ticket) == 0
    filed = file(service, notice())
    assert filed.status_code == 201
    with service.workspace.session() as session:
        view = tickets.show(session, filed.json()["tickets"][0])
    assert view.received_at == NOW and {entry.at for entry in view.history} == {NOW}


# What the CLI's row parser refuses anywhere in a row, even in a field no notice has: the API
# reads its body through the same parser, so a notice the CLI refuses is never filed over HTTP.
EXTRA = ['"junk": NaN', '"junk": 1e999', '"junk": ' + "1" * 65, '"junk": ' + "[" * 17 + "]" * 17,
         '"junk": "a\\u0000"', '"junk": "\\ud800"', '"junk": ' + "9" * 5000]


@pytest.mark.parametrize("extra", EXTRA)
def test_a_body_the_cli_would_refuse_is_refused_the_same(service, world, tmp_path, extra):
    body = json.dumps(notice())[:-1] + ", " + extra + "}"
    response = service.client.post("/v1/complaints", content=body, headers={
        **service.auth("label"), "content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert count(service.workspace, Complaint) == 0
    rows = tmp_path / "rows.jsonl"
    rows.write_text(body.replace("{", '{"claimant": "label", ', 1) + "\n", encoding="utf-8")
    (cli,) = complaints.submit_file(service.workspace, service.app.state.env.policy, rows,
                                    now=NOW)
    assert cli.status == "rejected"
    assert response.json()["detail"] == (cli.error if cli.field else f"body: {cli.error}")
    assert response.json()["field"] == cli.field


# Type confusion the JSON body can carry and a CSV cannot: each gets 422 naming its field.
HOSTILE = [
    ({"jurisdiction": [1]}, "jurisdiction"), ({"kind": {"a": 1}}, "kind"),
    ({"reference": {"a": 1}}, "reference"), ({"contact": {"email": ["a@b.cd"]}}, "contact.email"),
    ({"work": "o-song\x00"}, "work"), ({"agent": ["x"]}, "agent"),
    ({"evidence": [{"text": ["x"]}]}, "evidence[0].text"), ({"good_faith": [True]}, "good_faith"),
    ({"uploads": ["u-matched\x00"]}, "uploads[0]"), ({"uploads": [["u-matched"]]}, "uploads[0]"),
    ({"work": "x" * 100_000}, "work"), ({"evidence": [{"text": "a\ud800"}]}, "evidence[0].text"),
]


@pytest.mark.parametrize("changes, field", HOSTILE)
def test_type_confusion_gets_422_naming_the_field(service, world, changes, field):
    response = file(service, notice(**changes))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field, response.json()
    assert count(service.workspace, Complaint) == 0


@pytest.mark.parametrize("route, role", [("/v1/complaints", "label"), ("/v1/scans", "scanner"),
                                         ("/v1/tickets/t-1/transitions", "alice")])
def test_other_content_types_get_415(service, route, role):
    # scans and transitions answered 422 "body: Input should be a valid dictionary", a JSON
    # body sent as curl's default form type
    for kind in ("application/x-www-form-urlencoded", "text/plain"):
        response = service.client.post(route, content=b'{"to": "validated"}', headers={
            **service.auth(role), "content-type": kind})
        assert response.status_code == 415, response.text
        assert kind in response.json()["detail"]


@pytest.mark.parametrize("route, role", [("/v1/complaints", "label"), ("/v1/scans", "scanner"),
                                         ("/v1/tickets/t-1/transitions", "alice")])
def test_json_that_does_not_parse_names_the_body_and_the_character(service, route, role):
    # scans and transitions answered {"detail": "[5]: JSON decode error", "field": "[5]"}
    response = service.client.post(route, content=b'{"a":', headers={
        **service.auth(role), "content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json() == {"detail": "body: not valid JSON: Expecting value at character 6",
                               "field": None}


def test_a_key_given_twice_in_a_json_body_is_refused_on_every_route(service, world):
    """Scans and transitions kept a key's last value (FastAPI parses the body): a reviewer
    tool's body ``{"to": "withdrawn", ..., "to": "validated"}`` validated the ticket, and a
    scan's second ``paths`` replaced its first; a notice was refused so since stop 35."""
    ticket_id = file(service, notice(uploads=["u-unmatched"], work="my song")).json()["tickets"][0]
    for route, role, body in (
            (f"/v1/tickets/{ticket_id}/transitions", "alice",
             b'{"to": "withdrawn", "why": "x", "to": "validated"}'),
            ("/v1/scans", "scanner", b'{"paths": ["a.mp4"], "paths": ["b.mp4"]}'),
            ("/v1/scans", "scanner", b'{"uploads": [{"path": "a.mp4", "path": "b.mp4"}]}'),
            ("/v1/complaints", "label", b'{"work": "my song", "work": "o-1"}')):
        response = service.client.post(route, content=body, headers={
            **service.auth(role), "content-type": "application/json"})
        assert response.status_code == 422, response.text
        assert response.json()["detail"].startswith("body: the key "), response.json()
        assert "is given twice: give it once" in response.json()["detail"]
    with service.workspace.session() as session:
        assert tickets.show(session, ticket_id).state == "received"
    unknown = service.client.post(f"/v1/tickets/{ticket_id}/transitions", content=b'{"to": 1, '
                                  b'"to": 2}', headers={"content-type": "application/json"})
    assert unknown.status_code == 401                       # the key is checked first


def test_evidence_as_multipart_parts_and_as_base64(service, world):
    body = notice(uploads=["u-unmatched"], work="my song",
                  evidence=["registration.pdf", {"content_base64": base64.b64encode(
                      b"second").decode(), "name": "screenshot.png"}])
    response = service.client.post(
        "/v1/complaints", headers=service.auth("label"),
        data={"notice": json.dumps(body)},
        files=[("files", ("registration.pdf", b"%PDF-1.4 proof", "application/pdf"))])
    assert response.status_code == 201, response.text
    complaint = service.client.get(f"/v1/complaints/{response.json()['complaint']}",
                                   headers=service.auth("label")).json()
    stored = {item["name"]: item["size"] for item in complaint["notice"]["attachments"]}
    assert stored == {"registration.pdf": 14, "screenshot.png": 6}
    for item in complaint["notice"]["attachments"]:
        assert complaints.attachment_path(service.workspace.path, item["sha256"]).exists()


@pytest.mark.parametrize("multipart", [False, True])
def test_a_notice_beginning_with_a_byte_order_mark_is_filed(service, world, multipart):
    """Stop 41: as a complaints file's first line may; it was refused as 'files joined with
    cat?' (a scan's body with one was taken)."""
    text = b"\xef\xbb\xbf" + json.dumps(notice(uploads=["u-unmatched"], work="bom")).encode()
    if multipart:
        response = service.client.post("/v1/complaints", headers=service.auth("label"),
                                       files=[("notice", (None, text, "text/plain"))])
    else:
        response = service.client.post("/v1/complaints", content=text, headers={
            **service.auth("label"), "content-type": "application/json"})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("multipart, words", [
    (False, "'cert.pdf' (a JSON body carries no file: send it inline as content_base64"),
    (True, "'cert.pdf' among the request's file parts")])
def test_a_notice_naming_a_file_it_did_not_send_says_so_in_the_api_words(service, world,
                                                                        multipart, words):
    """Stop 41: the API said "no such file 'cert.pdf' next to the complaint file", the CLI's
    words: a rights holder has no complaint file."""
    body = notice(uploads=["u-unmatched"], work="my song", evidence=["cert.pdf"])
    if multipart:
        response = service.client.post(
            "/v1/complaints", headers=service.auth("label"), data={"notice": json.dumps(body)},
            files=[("files", ("other.pdf", b"%PDF-1.4", "application/pdf"))])
    else:
        response = file(service, body)
    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith(f"evidence[0]: no such file {words}")
    assert "next to the complaint file" not in response.text
    assert count(service.workspace, Complaint) == 0


def test_a_multipart_part_named_like_a_path_stays_a_label(service, world):
    body = notice(evidence=["passwd"])
    response = service.client.post(
        "/v1/complaints", headers=service.auth("label"), data={"notice": json.dumps(body)},
        files=[("files", ("../../etc/passwd", b"not the real one", "text/plain"))])
    assert response.status_code == 201, response.text


def test_a_multipart_notice_that_is_not_utf8_is_refused_like_a_json_body(service, world):
    """Starlette decodes such a part as Latin-1: 'leg\\xffal@' was stored as 'legÿal@'."""
    text = json.dumps(notice(contact={"email": "legXal@label.example"})).encode()
    response = service.client.post(
        "/v1/complaints", headers=service.auth("label"),
        files=[("notice", (None, text.replace(b"X", b"\xff"), "text/plain"))])
    assert response.status_code == 422, response.text
    assert response.json() == {"detail": f"notice: invalid UTF-8 at byte {text.index(b'X') + 1}",
                               "field": "notice"}
    assert count(service.workspace, Complaint) == 0
    accented = json.dumps(notice(work="Café"), ensure_ascii=False).encode()
    response = service.client.post("/v1/complaints", headers=service.auth("label"),
                                   files=[("notice", (None, accented, "text/plain"))])
    assert response.status_code == 201, response.text


def test_a_multipart_notice_may_carry_inline_evidence_as_a_json_body_may(service, world):
    """Starlette bounds a text part at 1 MiB: 2 MB of inline evidence was a 422 there."""
    body = notice(evidence=[{"content_base64": base64.b64encode(b"x" * 2_000_000).decode(),
                             "name": "scan.pdf"}])
    response = service.client.post("/v1/complaints", headers=service.auth("label"),
                                   files=[("notice", (None, json.dumps(body)))])
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("files, message", [
    ([("notice", (None, json.dumps(notice()))), ("notice", (None, json.dumps(notice(
        uploads=["u-unmatched"]))))], "notice: 2 notice parts, send one"),
    ([("notice", (None, json.dumps(notice(evidence=["proof.pdf"])))),
      ("files", ("proof.pdf", b"first", "application/pdf")),
      ("files", ("dir/proof.pdf", b"second", "application/pdf"))],
     "files: two parts named 'proof.pdf'")])
def test_a_multipart_notice_that_is_ambiguous_is_refused(service, world, files, message):
    """Two notices, or two files of one name: one of them was dropped without a word."""
    response = service.client.post("/v1/complaints", headers=service.auth("label"),
                                   files=files)
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == message
    assert count(service.workspace, Complaint) == 0


def test_a_rights_holder_files_for_its_own_claimant_only(service, world):
    response = file(service, notice(claimant="rival"))
    assert response.status_code == 403 and response.json()["field"] == "claimant"
    assert count(service.workspace, Complaint) == 0


def test_a_rights_holder_files_for_its_claimant_however_its_accent_was_typed(service, world):
    """A key for 'Josée Music' (é one character, NFC) refused its own notice, 403, when the
    notice named the claimant typed with e and a combining accent (macOS): the notice stores
    the name in one spelling, the comparison took it as typed."""
    service.add_key("josee", keys.RIGHTS_HOLDER, claimant="Jos\u00e9e Music")
    response = file(service, notice(claimant="Jose\u0301e Music"), who="josee")
    assert response.status_code == 201, response.text
    assert file(service, notice(claimant="Jose Music"), who="josee").status_code == 403


def test_ticket_list_filters_by_state_and_pages(service, world):
    for number in range(5):
        service.catalogue.scanned(f"u-{number}", "someone", NOW)
        assert file(service, notice(uploads=[f"u-{number}"], work=f"song {number}")).status_code \
            == 201
    assert file(service, notice()).status_code == 201            # acted on at once
    everything = service.client.get("/v1/tickets", params={"per_page": 2},
                                    headers=service.auth("alice")).json()
    assert (everything["total"], everything["pages"], len(everything["items"])) == (6, 3, 2)
    last = service.client.get("/v1/tickets", params={"per_page": 2, "page": 3},
                              headers=service.auth("alice")).json()
    assert len(last["items"]) == 2 and last["page"] == 3
    seen = [t["id"] for page in (1, 2, 3) for t in service.client.get(
        "/v1/tickets", params={"per_page": 2, "page": page},
        headers=service.auth("alice")).json()["items"]]
    assert len(set(seen)) == 6
    waiting = service.client.get("/v1/tickets", params={"state": "received"},
                                 headers=service.auth("alice")).json()
    assert waiting["total"] == 5 and {t["state"] for t in waiting["items"]} == {"received"}


def test_a_transition_uses_the_state_machine_and_audits_the_key_name(service, world):
    filed = file(service, notice(uploads=["u-unmatched"], work="my song")).json()
    ticket_id = filed["tickets"][0]
    step = service.client.post(f"/v1/tickets/{ticket_id}/transitions",
                               json={"to": "validated", "why": "registration checks out"},
                               headers=service.auth("alice"))
    assert step.status_code == 200, step.text
    assert step.json()["state"] == "validated"
    last = step.json()["history"][-1]
    assert (last["actor"], last["from"], last["to"], last["why"]) == (
        "alice", "received", "validated", "registration checks out")
    illegal = service.client.post(f"/v1/tickets/{ticket_id}/transitions",
                                  json={"to": "restored", "why": "no"},
                                  headers=service.auth("alice"))
    assert illegal.status_code == 409 and "can go to measure_applied" in illegal.json()["detail"]
    with service.workspace.session() as session:
        assert tickets.show(session, ticket_id).state == "validated"
        entries = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_id == ticket_id))
    assert entries == 2                                         # open, validated (not restored)


def test_a_rights_holder_withdraws_its_own_notice_and_only_its_own(service, world):
    """A rights holder that filed over the API could not take its notice back (403: reviewers
    only), though a wrongful notice makes it liable: it withdraws its own; another claimant's
    looks missing (404); a second withdrawal is refused (409); the key's name is audited."""
    filed = file(service, notice()).json()
    path = f"/v1/complaints/{filed['complaint']}/withdrawal"
    rival = service.client.post(path, json={"why": "mine now"}, headers=service.auth("rival"))
    assert rival.status_code == 404
    blank = service.client.post(path, json={"why": " "}, headers=service.auth("label"))
    assert blank.status_code == 422
    done = service.client.post(path, json={"why": "licensed after all"},
                               headers=service.auth("label"))
    assert done.status_code == 200, done.text
    assert done.json() == {"complaint": filed["complaint"], "withdrawn": filed["tickets"],
                           "kept": []}
    again = service.client.post(path, json={"why": "again"}, headers=service.auth("label"))
    assert again.status_code == 409 and "was withdrawn at" in again.json()["detail"]
    complaint = service.client.get(f"/v1/complaints/{filed['complaint']}",
                                   headers=service.auth("label")).json()
    assert complaint["withdrawn_at"] is not None
    assert complaint["tickets"] == [{"id": filed["tickets"][0], "state": "withdrawn"}]
    with service.workspace.session() as session:
        last = tickets.show(session, filed["tickets"][0]).history[-1]
    assert last.actor == "label" and "licensed after all" in last.why


def test_a_notice_a_reviewer_withdrew_does_not_name_the_reviewer_to_its_claimant(service,
                                                                               world):
    """A rights holder reads its ticket's steps but not which reviewer took them; the 409 for
    withdrawing a notice a reviewer had already taken back named the reviewer ("by alice")."""
    filed = file(service, notice()).json()
    path = f"/v1/complaints/{filed['complaint']}/withdrawal"
    done = service.client.post(path, json={"why": "licence on file"},
                               headers=service.auth("alice"))
    assert done.status_code == 200 and done.json()["withdrawn"] == filed["tickets"]
    told = service.client.post(path, json={"why": "mine"}, headers=service.auth("label"))
    assert told.status_code == 409 and told.json()["detail"].endswith(" by platform")
    assert "alice" not in told.text
    reviewer = service.client.post(path, json={"why": "again"}, headers=service.auth("alice"))
    assert reviewer.status_code == 409 and reviewer.json()["detail"].endswith(" by alice")


def test_a_transition_from_a_state_the_ticket_has_left_is_refused(service, world):
    """Two reviewers read a ticket in ``received``; the first validates it, the second
    withdraws it as he saw it: recorded as validated → withdrawn, a step taken on a state its
    taker never saw. A transition may say which state it was chosen from (``from``): 409 when
    the ticket has moved since, naming who moved it; without ``from``, as before."""
    service.add_key("bob", keys.REVIEWER, name="bob")
    ticket_id = file(service, notice(uploads=["u-unmatched"], work="my song")).json()["tickets"][0]
    first = service.client.post(f"/v1/tickets/{ticket_id}/transitions", headers=service.auth(
        "alice"), json={"to": "validated", "why": "checks out", "from": "received"})
    assert first.status_code == 200, first.text
    stale = service.client.post(f"/v1/tickets/{ticket_id}/transitions", headers=service.auth(
        "bob"), json={"to": "withdrawn", "why": "claimant withdrew", "from": "received"})
    assert stale.status_code == 409 and stale.json()["field"] == "from", stale.text
    assert stale.json()["detail"].startswith(f"ticket {ticket_id} is validated, not received: "
                                             f"alice moved it at ")
    with service.workspace.session() as session:
        assert tickets.show(session, ticket_id).state == "validated"
    unknown = service.client.post(f"/v1/tickets/{ticket_id}/transitions", headers=service.auth(
        "bob"), json={"to": "withdrawn", "why": "x", "from": "nowhere"})
    assert unknown.status_code == 422 and unknown.json()["field"] == "from"
    fresh = service.client.post(f"/v1/tickets/{ticket_id}/transitions", headers=service.auth(
        "bob"), json={"to": "withdrawn", "why": "claimant withdrew", "from": "validated"})
    assert fresh.status_code == 200 and fresh.json()["state"] == "withdrawn"


def test_a_restore_that_came_due_while_the_service_was_down_is_made_when_it_starts(
        tmp_path, monkeypatch):
    """Restoring was ``tickets sweep``'s alone, run by a cron job: a platform running only
    ``origin serve`` never restored, and one whose machine was down on the day restored only
    at the next sweep. The service sweeps when it starts (what came due while it was down)
    and every quarter of an hour."""
    from origin.enforcement.clock import NOW_VARIABLE, parse

    forwarded = parse("2025-03-05T10:00:00+08:00")
    monkeypatch.setenv(NOW_VARIABLE, forwarded.isoformat())
    first = make_service(tmp_path / "before")
    first.catalogue.scanned("u-matched", "copier", later(1), match(
        first.catalogue.original("o-song", "label"), "label"))
    with first.client:
        ticket_id = file(first, notice()).json()["tickets"][0]
        for state in ("counter_notice_received", "forwarded_to_claimant"):
            assert first.client.post(f"/v1/tickets/{ticket_id}/transitions", json={
                "to": state, "why": "counter-notice"}, headers=first.auth("alice")).status_code \
                == 200
    due = tickets_of(first.workspace)[ticket_id].restore_due_at
    assert due == parse("2025-03-21T00:00:00+08:00")          # to the end of Thu Mar 20
    monkeypatch.setenv(NOW_VARIABLE, "2025-03-24T09:00:00+08:00")     # back on Monday
    again = create_app(ServiceConfig(workspace=tmp_path / "before" / "ws",
                                     scan_root=tmp_path))
    with TestClient(again):
        restored = tickets_of(again.state.workspace)[ticket_id]
        assert (restored.state, restored.history[-1].actor) == ("restored", "origin")


def tickets_of(workspace) -> dict:
    with workspace.session() as session:
        return {view.id: tickets.show(session, view.id) for view in tickets.listing(session)}


@pytest.mark.parametrize("body, field", [({"to": "validated"}, "why"),
                                         ({"to": "validated", "why": "  "}, "why"),
                                         ({"to": "nowhere", "why": "x"}, "to"),
                                         ({"to": "validated", "why": "x", "strike": "huge"},
                                          "strike")])
def test_a_transition_needs_a_known_state_and_a_reason(service, world, body, field):
    ticket_id = file(service, notice(uploads=["u-unmatched"], work="x")).json()["tickets"][0]
    response = service.client.post(f"/v1/tickets/{ticket_id}/transitions", json=body,
                                   headers=service.auth("alice"))
    assert response.status_code == 422 and response.json()["field"] == field


def test_unknown_ids_are_404(service):
    for path in ("/v1/tickets/t-nope", "/v1/complaints/c-nope"):
        assert service.client.get(path, headers=service.auth("alice")).status_code == 404
    assert service.client.post("/v1/tickets/t-nope/transitions", json={"to": "validated",
                                                                        "why": "x"},
                               headers=service.auth("alice")).status_code == 404
    assert service.client.get("/v1/scans/s-nope",
                              headers=service.auth("scanner")).status_code == 404


def test_a_404_does_not_repeat_a_huge_id_in_full(service):
    huge = "t" * 5000
    for response in (service.client.get(f"/v1/tickets/{huge}", headers=service.auth("alice")),
                     service.client.post(f"/v1/tickets/{huge}/transitions",
                                         json={"to": "validated", "why": "x"},
                                         headers=service.auth("alice")),
                     service.client.get(f"/v1/complaints/{huge}", headers=service.auth("alice"))):
        assert response.status_code == 404
        assert len(response.json()["detail"]) < 200 and "5000 characters" in response.json()["detail"]


def test_a_body_over_the_limit_gets_413(tmp_path, world):
    small = make_service(tmp_path / "small", max_body_bytes=2000)
    big = notice(evidence=[{"text": "x" * 5000}])
    declared = small.client.post("/v1/complaints", json=big, headers=small.auth("label"))
    assert declared.status_code == 413 and "limit" in declared.json()["detail"]

    def chunks():                                  # no Content-Length: counted as it streams
        yield json.dumps(big).encode()

    streamed = small.client.post("/v1/complaints", content=chunks(), headers={
        **small.auth("label"), "content-type": "application/json"})
    assert streamed.status_code == 413
    assert count(small.workspace, Complaint) == 0
    # a streamed scan or transition said only "Content Too Large" (stop 45): the same words
    for route, who in (("/v1/complaints", "label"), ("/v1/scans", "scanner"),
                       ("/v1/tickets/t-x/transitions", "alice")):
        streamed = small.client.post(route, content=chunks(), headers={
            **small.auth(who), "content-type": "application/json"})
        assert (streamed.status_code, streamed.json()) == (413, {
            "detail": "the request body is over the 2000-byte limit", "field": None}), route


def test_the_default_body_limit_fits_one_attachment_at_the_policy_limit(service):
    policy = service.app.state.env.policy
    assert service.app.state.env.max_body_bytes() > policy.max_attachment_bytes * 4 / 3


def test_a_burst_over_the_key_rate_gets_429_for_that_key_only(tmp_path):
    limited = make_service(tmp_path, rate="3/minute")
    answers = [limited.client.get("/v1/tickets", headers=limited.auth("alice")).status_code
               for _ in range(5)]
    assert answers == [200, 200, 200, 429, 429]
    refused = limited.client.get("/v1/tickets", headers=limited.auth("alice"))
    assert int(refused.headers["retry-after"]) >= 1
    assert limited.client.get("/v1/tickets", headers=limited.auth("label")).status_code == 200


def test_every_route_is_under_v1_in_the_openapi_document(service):
    document = service.client.get("/openapi.json").json()
    paths = set(document["paths"])
    assert all(path.startswith("/v1/") for path in paths)
    assert paths == {"/v1/health", "/v1/complaints", "/v1/complaints/{complaint_id}",
                     "/v1/complaints/{complaint_id}/withdrawal", "/v1/tickets",
                     "/v1/tickets/{ticket_id}", "/v1/tickets/{ticket_id}/transitions", "/v1/scans", "/v1/scans/{scan_id}"}
    assert {route.path for route in api.router.routes} == paths      # none left out
    assert "bearer" in json.dumps(document["components"]["securitySchemes"]).lower()


def test_config_survives_the_trip_to_worker_processes(tmp_path):
    config = ServiceConfig(workspace=tmp_path / "ws", scan_root=tmp_path, rate="1/second",
                           max_body_bytes=10)
    assert ServiceConfig.from_json(config.to_json()) == config
    create_app(config)          # a worker builds the same app from it


def test_notices_filed_together_commit_together_and_a_failing_one_alone(service, world,
                                                                        monkeypatch):
    from concurrent.futures import wait

    from origin.enforcement.complaints import Intake

    original_submit = Intake.submit

    def submit(self, line, row, base):
        if row.get("reference") == "explodes":
            raise RuntimeError("disk on fire")
        return original_submit(self, line, row, base)

    monkeypatch.setattr(Intake, "submit", submit)
    intake, base = service.app.state.env.intake, service.app.state.env.no_files
    for number in range(6):
        service.catalogue.scanned(f"u-{number}", "someone", NOW)
    rows = [{"claimant": "label", **notice(uploads=[f"u-{n}"], work=f"w{n}")} for n in range(6)]
    rows.insert(3, {"claimant": "label", **notice(uploads=["u-1"], work="w1")})   # a duplicate
    rows.insert(5, {"claimant": "label", **notice(reference="explodes")})
    futures = [intake.submit(row, base) for row in rows]
    wait(futures, timeout=60)
    failed = [f for f in futures if f.exception() is not None]
    assert len(failed) == 1 and "disk on fire" in str(failed[0].exception())
    results = [f.result() for f in futures if f.exception() is None]
    duplicate = results.pop(3)       # refused in its batch, or found filed by an earlier one
    assert [r.status for r in results] == ["accepted"] * 6
    assert duplicate.status == "exists" and duplicate.complaint == results[1].complaint \
        or duplicate.status == "rejected" and "duplicate" in duplicate.error
    assert count(service.workspace, Complaint) == 6


# Text and dates the CLI's rows refuse, refused in every body: a NUL reached the audit log or
# the uploads table (PostgreSQL refuses it there: a 500), a year-1 date failed a whole scan.
@pytest.mark.parametrize("body, field, reason", [
    ({"to": "validated", "why": "checked\x00"}, "why", "NUL"),
    ({"to": "validated", "why": "ok\x1b[2J"}, "why", "control characters"),
    ({"to": "validated", "why": "upheld \u2066denied\u2069"}, "why", "direction overrides"),
    ({"to": "validated", "why": "\u200b\u200f"}, "why", "only invisible characters"),
    ({"to": "validated", "why": "\n"}, "why", "a reason is required, not a blank"),  # was "String
    ({"to": "validated", "why": "\u2028"}, "why", "required, not a blank"),   # should match '\S'"
])
def test_a_transition_reason_with_a_nul_is_refused(service, world, body, field, reason):
    ticket_id = file(service, notice(uploads=["u-unmatched"], work="x")).json()["tickets"][0]
    response = service.client.post(f"/v1/tickets/{ticket_id}/transitions", json=body,
                                   headers=service.auth("alice"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field and reason in response.json()["detail"]
    with service.workspace.session() as session:
        assert tickets.show(session, ticket_id).state == "received"


# What right-to-left writing and emoji need passes the same check, kept as written: the marks
# RLM, LRM and ALM, a zero-width joiner, a line separator
@pytest.mark.parametrize("why", ["\u200fאושר: הסרטון שלי", "تم التحقق\u061c 2024",
                                 "ok \u200e(EN)", "👨\u200d👩\u200d👧 filmed it\u2028myself"])
def test_a_reason_in_any_writing_is_recorded_as_written(service, world, why):
    ticket_id = file(service, notice(uploads=["u-unmatched"], work="x")).json()["tickets"][0]
    response = service.client.post(f"/v1/tickets/{ticket_id}/transitions",
                                   json={"to": "validated", "why": why},
                                   headers=service.auth("alice"))
    assert response.status_code == 200, response.text
    with service.workspace.session() as session:
        assert tickets.show(session, ticket_id).history[-1].why == why


@pytest.mark.parametrize("body, field, reason", [
    ({"paths": ["a.mp4"], "uploader": "x\x00y"}, "uploader", "NUL"),
    ({"uploads": [{"path": "a.mp4", "uploader": "x\x00"}]}, "uploads[0].uploader", "NUL"),
    ({"paths": ["a.mp4"], "uploader": "shop\t1"}, "uploader", "control characters"),
    ({"uploads": [{"path": "a.mp4", "uploader": "shop\u202e"}]}, "uploads[0].uploader",
     "control characters"),
    ({"paths": ["a.mp4"], "uploader": "   "}, "uploader", "blank"),
    ({"paths": ["a.mp4"], "uploaded_at": "0001-01-01T00:00:00+01:00"}, "uploaded_at",
     "out of range"),
    ({"paths": ["a.mp4"], "uploaded_at": "1969-12-31T23:59:59Z"}, "uploaded_at", "before 1970"),
    ({"uploads": [{"path": "a.mp4", "uploaded_at": "9999-12-31T23:59:59-14:00"}]},
     "uploads[0].uploaded_at", "out of range"),
    ({"paths": ["a.mp4"], "uploaded_at": "2999-01-01T00:00:00Z"}, "uploaded_at", "in the future"),
    ({"uploads": [{"path": "a.mp4", "uploaded_at": "2999-01-01"}]}, "uploads[0].uploaded_at",
     "in the future"),
])
def test_a_scan_request_with_unstorable_text_or_dates_is_refused(service, body, field, reason):
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field and reason in response.json()["detail"]


@pytest.mark.parametrize("body, detail", [
    ({"paths": ["a.mp4"], "uploader": "u" * 300},
     "uploader: 300 characters, over the 200 limit"),
    ({"uploads": [{"path": "a.mp4", "uploader": "shop\t1"}]},
     "uploads[0].uploader: 'shop\\t1' holds control characters"),
])
def test_a_refused_uploader_is_told_in_the_clis_words(service, body, detail):
    """Stop 41 left pydantic's wording for a 300-character uploader; stop 43 found pydantic's
    prefix on every reason origin's own validators give ("uploader: Value error, 300
    characters, ..."), where `scan --uploader` says "300 characters, over the 200 limit"."""
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == detail


def test_a_link_inside_the_scan_root_to_a_file_outside_is_refused(service, tmp_path):
    outside = tmp_path / "private.mp4"
    outside.write_bytes(b"not for scanners")
    (service.uploads / "folder").mkdir()
    (service.uploads / "folder" / "link.mp4").symlink_to(outside)
    response = service.client.post("/v1/scans", json={"paths": ["folder"], "uploader": "x"},
                                   headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == "paths[0]"
    assert "link.mp4' is a link to outside the scan root" in response.json()["detail"]


def test_a_folder_holding_a_link_loop_or_a_pipe_scans_them_as_failed_uploads(service):
    """A folder's names that are no regular file are taken and refused alone since stop 37;
    resolving a loop of links to check the scan root was then a RuntimeError, a 500."""
    import os
    folder = service.uploads / "odd"
    folder.mkdir()
    (folder / "a.mp4").symlink_to(folder / "b.mp4")
    (folder / "b.mp4").symlink_to(folder / "a.mp4")
    os.mkfifo(folder / "p.mp4")
    response = service.client.post("/v1/scans", json={"paths": ["odd"], "uploader": "x",
                                                      "wait": 30},
                                   headers=service.auth("scanner"))
    assert response.status_code == 200, response.text
    assert [result["error"] for result in response.json()["results"]] == [
        "odd/a.mp4: a loop of symbolic links", "odd/b.mp4: a loop of symbolic links",
        "odd/p.mp4: not a regular file (a pipe)"]


@pytest.mark.parametrize("body, field", [
    ({"paths": ["folder"], "uploader": "x"}, "paths[0]"),
    ({"uploads": [{"path": "folder"}]}, "uploads[0].path"),
])
def test_a_folder_with_no_video_or_sound_file_is_refused(service, body, field):
    # it was a scan of nothing, 200 "done" with no record, where origin scan names the folder
    (service.uploads / "folder").mkdir()
    (service.uploads / "folder" / "notes.txt").write_text("no media")
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field
    assert "'folder': no video or sound file in this folder" in response.json()["detail"]


@pytest.mark.parametrize("body, field", [
    ({"paths": ["a.mp4", ""], "uploader": "x"}, "paths[1]"),
    ({"uploads": [{"path": ""}]}, "uploads[0].path"),
])
def test_an_empty_path_in_a_scan_request_is_refused(service, body, field):
    # "" was the scan root itself: a paths entry of "" scanned every file under it
    (service.uploads / "a.mp4").write_bytes(b"x")
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == field
    assert "at least 1 character" in response.json()["detail"]


def test_one_upload_id_twice_in_a_scan_request_is_refused_naming_both(service):
    for name in ("a.mp4", "b.mp4"):
        (service.uploads / name).write_bytes(b"x")
    body = {"uploads": [{"path": "a.mp4", "upload_id": "u-1"}, {"path": "b.mp4", "upload_id": "u-1"}]}
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 422, response.text
    assert response.json()["field"] == "uploads[1].upload_id"
    assert "'u-1' is already uploads[0].upload_id" in response.json()["detail"]


def test_a_scan_request_says_which_uploads_took_their_music_from_the_library(service):
    from origin import synthetic_audio
    from origin.catalogue import Upload

    for name in ("picked.wav", "brought.wav", "unsaid.wav"):
        synthetic_audio.write_audio(service.uploads / name, synthetic_audio.babble(len(name), 3.0))
    body = {"uploads": [{"path": "picked.wav", "upload_id": "u-picked", "music_from_library": True},
                        {"path": "brought.wav", "upload_id": "u-brought",
                         "music_from_library": False},
                        {"path": "unsaid.wav", "upload_id": "u-unsaid"}], "wait": 60}
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 200 and response.json()["state"] == "done", response.text
    with service.workspace.session() as session:
        flags = dict(session.execute(select(Upload.id, Upload.music_from_library)).all())
    assert flags == {"u-picked": True, "u-brought": False, "u-unsaid": None}
    refused = service.client.post("/v1/scans", json={"paths": ["picked.wav"],
                                                     "music_from_library": "perhaps"},
                                  headers=service.auth("scanner"))
    assert refused.status_code == 422 and refused.json()["field"] == "music_from_library"


def test_scan_records_name_uploads_as_the_request_gave_them(service):
    """As ``origin scan`` prints files as given: a record says ``incoming/a.wav`` (and a file
    of a requested folder ``incoming/deep/b.wav``), never the host's resolved path under the
    scan root, in its errors too."""
    from origin import synthetic_audio

    (service.uploads / "incoming" / "deep").mkdir(parents=True)
    synthetic_audio.write_audio(service.uploads / "incoming" / "a.wav",
                                synthetic_audio.babble(1, 3.0))
    synthetic_audio.write_audio(service.uploads / "incoming" / "deep" / "b.wav",
                                synthetic_audio.babble(2, 3.0))
    (service.uploads / "incoming" / "deep" / os.fsdecode(b"\xff.wav")).write_bytes(b"x")
    (service.uploads / "broken.mp4").write_bytes(b"not a video at all")
    body = {"paths": ["incoming/a.wav", "incoming/deep", "./broken.mp4"], "wait": 60}
    response = service.client.post("/v1/scans", json=body, headers=service.auth("scanner"))
    assert response.status_code == 200 and response.json()["state"] == "done", response.text
    records = response.json()["results"]
    assert [record["upload"] for record in records] == [
        "incoming/a.wav", "incoming/deep/b.wav", "incoming/deep/\\xff.wav", "./broken.mp4"]
    assert records[2]["error"] == ("incoming/deep/\\xff.wav: file name is not valid UTF-8 "
                                   "(rename the file)")
    assert records[3]["error"].startswith("./broken.mp4: "), records[3]
    assert str(service.uploads.resolve()) not in response.text


def test_a_rights_holder_sees_the_steps_not_who_decided_or_their_notes(service, world):
    """A rights holder read each reviewer's name and free-text reason in its ticket's audit
    trail (and, in an ownership conflict, the review reason naming the rival claimant). It
    now sees each step, when and to what state, and whether origin or a person took it; the
    reviewer (API and console) still sees it all."""
    first = file(service, notice(uploads=["u-unmatched"], work="my song")).json()["tickets"][0]
    rival = service.client.post("/v1/complaints", headers=service.auth("rival"), json=notice(
        contact={"email": "legal@rival.example"}, uploads=["u-unmatched"], work="their song"))
    conflict = rival.json()["tickets"][0]
    service.client.post(f"/v1/tickets/{first}/transitions", headers=service.auth("alice"),
                        json={"to": "validated", "why": "internal: legal says the cert is thin"})
    as_reviewer = service.client.get(f"/v1/tickets/{first}", headers=service.auth("alice")).json()
    assert as_reviewer["history"][-1]["actor"] == "alice"
    assert as_reviewer["history"][-1]["why"] == "internal: legal says the cert is thin"
    as_label = service.client.get(f"/v1/tickets/{first}", headers=service.auth("label"))
    assert as_label.status_code == 200
    assert [(e["action"], e["from"], e["to"], e["actor"]) for e in as_label.json()["history"]] == [
        ("open", None, "received", "label"), ("advance", "received", "validated", "platform")]
    assert all(e["why"] is None and e["data"] is None for e in as_label.json()["history"])
    assert "alice" not in as_label.text and "legal says" not in as_label.text
    seen_by_rival = service.client.get(f"/v1/tickets/{conflict}", headers=service.auth("rival"))
    assert service.client.get(f"/v1/tickets/{conflict}", headers=service.auth(
        "alice")).json()["review_reason"].endswith("'label' also claims upload u-unmatched")
    assert seen_by_rival.json()["rule"] == "ownership_conflict"
    assert "'label'" not in seen_by_rival.text and seen_by_rival.json()["review_reason"] is None
    listed = service.client.get("/v1/tickets", headers=service.auth("rival")).json()["items"]
    assert [item["review_reason"] for item in listed] == [None]
    by_agent = file(service, notice(uploads=["u-matched"], agent="Acme Legal",
                                     power_of_attorney=[{"text": "mandate 2024-7"}])).json()
    opened = service.client.get(f"/v1/tickets/{by_agent['tickets'][0]}",
                                headers=service.auth("label")).json()["history"][0]
    assert (opened["action"], opened["actor"]) == ("open", "Acme Legal")   # its own agent


@pytest.mark.parametrize("query, field", [("state=received&state=validated", "state"),
                                          ("page=1&page=2", "page"),
                                          ("per_page=5&per_page=200", "per_page")])
def test_a_query_parameter_given_twice_is_refused(service, world, query, field):
    """``?state=received&state=validated`` listed the validated tickets only (FastAPI keeps
    the last value), as a body's repeated key did before it was refused."""
    response = service.client.get(f"/v1/tickets?{query}", headers=service.auth("alice"))
    assert response.status_code == 422
    assert response.json() == {"detail": f"{field}: given 2 times, send it once", "field": field}
