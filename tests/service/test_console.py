"""The review console without a browser: sign-in, sessions, CSRF, queue filters and paging."""
import re

import pytest

from origin.enforcement import tickets
from origin.service import keys

from .conftest import NOW, notice


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(service, who="alice"):
    form = service.client.get("/review/login")
    return service.client.post("/review/login", data={
        "key": service.tokens[who], "csrf": csrf_of(form.text)}, follow_redirects=False)


@pytest.fixture
def waiting(service, world):
    """Three complaints on unmatched uploads: three tickets waiting for a reviewer."""
    ids = []
    for number in range(3):
        service.catalogue.scanned(f"u-{number}", "someone", NOW)
        filed = service.client.post("/v1/complaints", json=notice(
            uploads=[f"u-{number}"], work=f"song {number}"), headers=service.auth("label"))
        ids.append(filed.json()["tickets"][0])
    return ids


def test_pages_need_a_reviewer_session(service):
    for path in ("/review/queue", "/review/tickets/t-x"):
        response = service.client.get(path, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/review/login")
    assert service.client.get("/review/").url.path == "/review/login"


def test_sign_in_sets_an_http_only_strict_cookie(service):
    response = sign_in(service)
    assert response.status_code == 303 and response.headers["location"] == "/review/queue"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/review" in cookie
    assert service.client.get("/review/queue").status_code == 200


@pytest.mark.parametrize("who, message", [("label", "rights_holder key cannot use"),
                                          (None, "Not an active reviewer key")])
def test_only_reviewer_keys_sign_in(service, who, message):
    form = service.client.get("/review/login")
    token = service.tokens[who] if who else "origin_k000000000000_" + "x" * 43
    response = service.client.post("/review/login", data={"key": token,
                                                          "csrf": csrf_of(form.text)})
    assert response.status_code == 401 and message in response.text
    assert service.client.get("/review/queue", follow_redirects=False).status_code == 303


def test_sign_in_without_the_csrf_token_is_refused(service):
    service.client.get("/review/login")
    response = service.client.post("/review/login", data={"key": service.tokens["alice"]})
    assert response.status_code == 403 and "CSRF" in response.text


def test_a_decision_without_the_csrf_token_is_refused(service, waiting):
    sign_in(service)
    for data in ({"to": "validated", "why": "ok"},
                 {"to": "validated", "why": "ok", "csrf": "forged"}):
        response = service.client.post(f"/review/tickets/{waiting[0]}/transitions", data=data)
        assert response.status_code == 403 and "CSRF" in response.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == tickets.RECEIVED


def test_a_decision_needs_a_reason_and_a_legal_step(service, waiting):
    sign_in(service)
    page = service.client.get(f"/review/tickets/{waiting[0]}")
    csrf = csrf_of(page.text)
    blank = service.client.post(f"/review/tickets/{waiting[0]}/transitions",
                                data={"to": "validated", "why": "  ", "csrf": csrf})
    assert blank.status_code == 422 and "reason is required" in blank.text
    illegal = service.client.post(f"/review/tickets/{waiting[0]}/transitions",
                                  data={"to": "restored", "why": "x", "csrf": csrf})
    assert illegal.status_code == 409 and "can go to validated" in illegal.text
    done = service.client.post(f"/review/tickets/{waiting[0]}/transitions",
                               data={"to": "rejected", "why": "no registration", "csrf": csrf})
    assert done.status_code == 200 and 'id="ticket-state">rejected' in done.text
    assert "no registration" in done.text and ">alice<" in done.text


def test_a_decision_on_a_page_another_reviewer_has_since_decided_is_refused(service, waiting):
    """Alice and Bob open the same ticket in ``received``; Alice validates it; Bob, his page
    still saying ``received``, withdraws it: that was recorded, validated → withdrawn, on a
    state Bob never saw. The form now carries the state its page showed: Bob gets 409, the
    ticket as it is now (Alice's step in its history) and his reason kept to decide again."""
    from fastapi.testclient import TestClient

    service.add_key("bob", keys.REVIEWER, name="bob")
    bob = TestClient(service.app)
    form = bob.get("/review/login")
    bob.post("/review/login", data={"key": service.tokens["bob"], "csrf": csrf_of(form.text)})
    sign_in(service)
    alice_page = service.client.get(f"/review/tickets/{waiting[0]}").text
    bob_page = bob.get(f"/review/tickets/{waiting[0]}").text
    assert 'name="from" value="received"' in bob_page
    decided = service.client.post(f"/review/tickets/{waiting[0]}/transitions", data={
        "to": "validated", "why": "registration checks out", "from": "received",
        "csrf": csrf_of(alice_page)}, follow_redirects=False)
    assert decided.status_code == 303
    stale = bob.post(f"/review/tickets/{waiting[0]}/transitions", data={
        "to": "withdrawn", "why": "the claimant withdrew", "from": "received",
        "csrf": csrf_of(bob_page)})
    assert stale.status_code == 409, stale.text
    assert "is validated, not received: alice moved it at" in stale.text
    assert 'id="ticket-state">validated' in stale.text and "the claimant withdrew</textarea>" \
        in stale.text and 'name="from" value="validated"' in stale.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == tickets.VALIDATED


def test_bidirectional_controls_in_a_notice_are_shown_not_obeyed(service, world):
    """A right-to-left override (U+202E) in a claimant's text turned what the reviewer read
    backwards: evidence ``reg \u202e2024`` read "reg 4202", and a contact name holding one
    showed the phone number after it as "0010 555 1+ :enohp". The console spells such controls
    out; plain right-to-left text (Hebrew, Arabic) is shown as it is."""
    service.catalogue.scanned("u-rtl", "someone", NOW)
    filed = service.client.post("/v1/complaints", headers=service.auth("label"), json=notice(
        uploads=["u-rtl"], work="שיר \u2067song\u2069",
        contact={"email": "legal@label.example", "name": "Acme \u202eLegal",
                 "phone": "+1 555 0100"},
        evidence=[{"text": "reg \u202e2024"}]))
    assert filed.status_code == 201, filed.text
    sign_in(service)
    page = service.client.get(f"/review/tickets/{filed.json()['tickets'][0]}").text
    assert "reg [U+202E]2024" in page and "name: Acme [U+202E]Legal" in page
    assert "שיר [U+2067]song[U+2069]" in page
    assert not any(control in page for control in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
                                                   "\u2068\u2069")


def test_a_strike_the_api_would_refuse_is_refused_here_too(service, waiting):
    """A strike that is none of the severities was taken as no strike at all, unsaid (the
    API answers 422 naming ``strike``)."""
    sign_in(service)
    csrf = csrf_of(service.client.get(f"/review/tickets/{waiting[0]}").text)
    refused = service.client.post(f"/review/tickets/{waiting[0]}/transitions", data={
        "to": "validated", "why": "checked", "strike": "huge", "csrf": csrf})
    assert refused.status_code == 422, refused.text
    assert "The strike &#39;huge&#39; is not one of minor, serious, severe." in refused.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == tickets.RECEIVED


@pytest.mark.parametrize("why, message", [
    ("checked\x00", "contains a NUL character"),
    ("x" * 4001, "is 4001 characters, over 4000"),
    ("ok\x1b[2J", "holds control characters (U+001B at character 3)"),  # wiped `tickets show`
    ("upheld \u202edenied",
     "holds direction overrides (U+202A-202E, U+2066-2069: U+202E at character 8)"),
    # checked before the ends are stripped, as the API checks it: both were taken here
    ("ok\x85", "holds control characters (U+0085 at character 3)"),
    ("x" * 4000 + " ", "is 4001 characters, over 4000"),
    ("\u200b", "holds only invisible characters (format marks, spaces)"),  # showed as nothing
])
def test_a_reason_the_api_would_refuse_is_refused_here_too(service, waiting, why, message):
    sign_in(service)
    csrf = csrf_of(service.client.get(f"/review/tickets/{waiting[0]}").text)
    refused = service.client.post(f"/review/tickets/{waiting[0]}/transitions",
                                  data={"to": "validated", "why": why, "csrf": csrf})
    assert refused.status_code == 422 and f"The reason {message}." in refused.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == "received"


@pytest.mark.parametrize("fields, message", [
    (b"to=validated&why=%ff%fe", "field &#39;why&#39; is not valid UTF-8"),  # '\ufffd\ufffd' went into the audit
    (b"to=validated&why=%C3", "field &#39;why&#39; is not valid UTF-8"),
    (b"to=validated&why=caf\xc3\xa9", "field &#39;why&#39; is not valid UTF-8"),  # read as Latin-1
    (b"to=validated&to=rejected&why=ok", "more than once"),  # moved the ticket to 'rejected'
])
def test_a_form_no_browser_sends_is_refused_and_nothing_recorded(service, waiting, fields,
                                                                  message):
    sign_in(service)
    csrf = csrf_of(service.client.get(f"/review/tickets/{waiting[0]}").text)
    refused = service.client.post(
        f"/review/tickets/{waiting[0]}/transitions", content=f"csrf={csrf}&".encode() + fields,
        headers={"content-type": "application/x-www-form-urlencoded"})
    assert refused.status_code == 422 and message in refused.text, refused.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == "received"


@pytest.mark.parametrize("why", [b"\xff\xfe", b"5 \x80"])     # Windows-1252's '5 €'
def test_a_multipart_form_that_is_not_utf8_is_refused_naming_the_field(service, waiting, why):
    """Starlette read such a multipart field as Latin-1: '5 \\x80' went into the audit trail."""
    sign_in(service)
    csrf = csrf_of(service.client.get(f"/review/tickets/{waiting[0]}").text)
    parts = [(b"csrf", csrf.encode()), (b"to", b"validated"), (b"why", why)]
    body = b"".join(b"--B\r\nContent-Disposition: form-data; name=\"" + name + b"\"\r\n\r\n"
                    + value + b"\r\n" for name, value in parts) + b"--B--\r\n"
    refused = service.client.post(
        f"/review/tickets/{waiting[0]}/transitions", content=body,
        headers={"content-type": "multipart/form-data; boundary=B"})
    assert refused.status_code == 422, refused.text
    assert "field &#39;why&#39; is not valid UTF-8" in refused.text, refused.text
    with service.workspace.session() as session:
        assert tickets.show(session, waiting[0]).state == "received"


def test_revoking_the_key_ends_the_session(service, waiting):
    sign_in(service)
    assert service.client.get("/review/queue").status_code == 200
    with service.workspace.session() as session:
        keys.revoke(session, service.ids["alice"], at=NOW)
    assert service.client.get("/review/queue", follow_redirects=False).status_code == 303


def test_queue_filters_and_pages(service, waiting, monkeypatch):
    from origin.service import console

    monkeypatch.setattr(console, "PER_PAGE", 2)
    sign_in(service)
    first = service.client.get("/review/queue")
    assert first.text.count('data-href="/review/tickets/') == 2 and "page 1 of 2" in first.text
    second = service.client.get("/review/queue?page_number=2")
    assert second.text.count('data-href="/review/tickets/') == 1
    assert "unmatched_upload" in first.text and "working days" in first.text
    none = service.client.get("/review/queue?kind=trademark")
    assert "Nothing waits for a person" in none.text


@pytest.mark.parametrize("query, field, allowed", [
    ("state=restored", "state", tickets.AWAITING_PLATFORM),
    ("state=recieved", "state", tickets.AWAITING_PLATFORM),
    ("kind=copyrite", "kind", tickets.KINDS)])
def test_a_filter_the_queue_does_not_have_is_refused_not_an_empty_queue(
        service, waiting, query, field, allowed):
    """A hand-edited ?state= was answered 200 "Nothing waits for a person"."""
    sign_in(service)
    response = service.client.get(f"/review/queue?{query}")
    value = query.split("=")[1]
    assert response.status_code == 400
    assert response.json() == {
        "detail": f"{field}: {value!r} is not a queue {field} (one of {', '.join(allowed)})",
        "field": field}
    assert service.client.get(f"/review/queue?{field}={allowed[0]}").status_code == 200


def test_a_page_past_the_last_shows_the_last_page_not_an_empty_queue(service, waiting,
                                                                    monkeypatch):
    """A 20-digit page number overflowed SQLite's OFFSET: a 500 and a traceback. A page past
    the last (a bookmark, once the queue has shrunk) said "Nothing waits for a person" under
    "page 5 of 2", with tickets waiting: it shows the last page."""
    from origin.service import console

    monkeypatch.setattr(console, "PER_PAGE", 2)
    sign_in(service)
    for number in ("99999999999999999999999", "5", "2"):
        response = service.client.get(f"/review/queue?page_number={number}")
        assert response.status_code == 200, number
        assert "page 2 of 2" in response.text and "Nothing waits" not in response.text
        assert response.text.count('data-href="/review/tickets/') == 1
    first = service.client.get("/review/queue?page_number=-5")
    assert "page 1 of 2" in first.text and first.text.count('data-href="/review/tickets/') == 2


@pytest.mark.parametrize("query, field", [("page_number=abc", "page_number"),
                                          ("overdue=maybe", "overdue")])
def test_a_hand_edited_page_or_overdue_gets_the_one_line_error(service, waiting, query, field):
    """The queue answered these with FastAPI's list of pydantic errors (``{"detail": [{"type":
    "int_parsing", "loc": [...], ...}]}``), where its other refusals are one line naming the
    field."""
    sign_in(service)
    response = service.client.get(f"/review/queue?{query}")
    assert response.status_code == 422
    assert response.json()["field"] == field
    assert response.json()["detail"].startswith(f"{field}: Input should be a valid ")


def test_a_reason_sent_as_a_file_is_no_reason(service, waiting):
    sign_in(service)
    page = service.client.get(f"/review/tickets/{waiting[0]}")
    response = service.client.post(
        f"/review/tickets/{waiting[0]}/transitions",
        data={"to": "validated", "csrf": csrf_of(page.text)},
        files={"why": ("why.txt", b"because", "text/plain")})
    assert response.status_code == 422 and "A reason is required" in response.text


def test_pages_forbid_framing_and_inline_script(service):
    page = service.client.get("/review/login")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy


def test_workers_starting_together_share_one_cookie_secret(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from origin.service.app import SECRET_FILE, ServiceConfig, Service

    config = ServiceConfig(workspace=tmp_path / "ws", scan_root=tmp_path)
    services = [Service(config) for _ in range(4)]
    with ThreadPoolExecutor(4) as pool:
        secrets = set(pool.map(lambda service: service.session_secret(), services))
    assert len(secrets) == 1 and len(secrets.pop()) > 40
    assert oct((tmp_path / "ws" / SECRET_FILE).stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in (tmp_path / "ws").iterdir() if p.name.startswith(".secret-")] == []
