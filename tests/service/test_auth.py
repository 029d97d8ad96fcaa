"""Who may do what: no key, a revoked key, another rights holder's key, the wrong role."""
import pytest

from origin.service import keys

from .conftest import NOW, notice

ROUTES = [("get", "/v1/tickets", None), ("get", "/v1/tickets/t-x", None),
          ("get", "/v1/complaints/c-x", None), ("post", "/v1/complaints", notice()),
          ("post", "/v1/tickets/t-x/transitions", {"to": "validated", "why": "x"}),
          ("post", "/v1/complaints/c-x/withdrawal", {"why": "x"}),
          ("post", "/v1/scans", {"paths": ["a.mp4"]}), ("get", "/v1/scans/s-x", None)]


def call(service, method, path, body, headers):
    return service.client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize("method, path, body", ROUTES)
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nonsense"},
                                     {"Authorization": "Basic dXNlcjpwYXNz"},
                                     {"Authorization": "Bearer origin_k000000000000_" + "a" * 43}])
def test_no_key_or_a_wrong_one_is_401(service, method, path, body, headers):
    response = call(service, method, path, body, headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_a_revoked_key_is_refused_from_its_next_request(service, world):
    assert service.client.get("/v1/tickets", headers=service.auth("alice")).status_code == 200
    with service.workspace.session() as session:
        keys.revoke(session, service.ids["alice"], at=NOW)
    assert service.client.get("/v1/tickets", headers=service.auth("alice")).status_code == 401
    assert service.client.get("/v1/tickets", headers=service.auth("label")).status_code == 200


def test_a_key_with_a_wrong_secret_is_refused(service):
    token = service.tokens["alice"]
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert service.client.get("/v1/tickets", headers={
        "Authorization": f"Bearer {forged}"}).status_code == 401


def test_another_rights_holders_ids_are_404_like_missing_ones(service, world):
    filed = service.client.post("/v1/complaints", json=notice(),
                                headers=service.auth("label")).json()
    complaint, ticket = filed["complaint"], filed["tickets"][0]
    for path in (f"/v1/complaints/{complaint}", f"/v1/tickets/{ticket}"):
        assert service.client.get(path, headers=service.auth("label")).status_code == 200
        assert service.client.get(path, headers=service.auth("alice")).status_code == 200
        theirs = service.client.get(path, headers=service.auth("rival"))
        missing = service.client.get(path[:-3] + "zzz", headers=service.auth("rival"))
        assert theirs.status_code == missing.status_code == 404
        assert theirs.json()["detail"].replace(path.rsplit("/", 1)[1], "ID") == \
            missing.json()["detail"].replace(path[:-3].rsplit("/", 1)[1] + "zzz", "ID")
    assert service.client.get("/v1/tickets", headers=service.auth("rival")).json()["total"] == 0
    assert service.client.get("/v1/tickets", headers=service.auth("label")).json()["total"] == 1


@pytest.mark.parametrize("who, method, path, body", [
    ("alice", "post", "/v1/complaints", notice()),                  # reviewer on a rights
    ("scanner", "post", "/v1/complaints", notice()),                # holder's route
    ("scanner", "get", "/v1/tickets", None),
    ("scanner", "get", "/v1/complaints/c-x", None),
    ("scanner", "post", "/v1/complaints/c-x/withdrawal", {"why": "x"}),
    ("label", "post", "/v1/tickets/t-x/transitions", {"to": "validated", "why": "x"}),
    ("scanner", "post", "/v1/tickets/t-x/transitions", {"to": "validated", "why": "x"}),
    ("label", "post", "/v1/scans", {"paths": ["a.mp4"]}),
    ("label", "get", "/v1/scans/s-x", None),
])
def test_a_role_that_may_not_do_it_gets_403(service, world, who, method, path, body):
    response = call(service, method, path, body, service.auth(who))
    assert response.status_code == 403 and "key cannot do this" in response.json()["detail"]


def test_a_scanner_sees_its_own_scans_and_a_reviewer_all(service):
    started = service.client.post("/v1/scans", json={"paths": ["missing.mp4"], "wait": 30},
                                  headers=service.auth("scanner")).json()
    other = service.add_key("other-scanner", keys.SCANNER, name="other pipeline")
    path = f"/v1/scans/{started['id']}"
    assert service.client.get(path, headers=service.auth("scanner")).status_code == 200
    assert service.client.get(path, headers=service.auth("alice")).status_code == 200
    assert service.client.get(path, headers={"Authorization": f"Bearer {other}"}
                              ).status_code == 404


def test_a_claimant_named_like_an_account_does_not_see_that_accounts_flipped_tickets(service):
    """A flipped scan ticket (the upload predates the original) files for the uploader's
    account; that account id was stored in the claimant column, so a rights holder whose
    label was the same string listed and read the ticket (and the original's owner, named on
    it as accused, did not). Only what a claimant filed or is named in as claimant is its."""
    from origin.enforcement import enforce
    from tests.enforcement.conftest import later, match

    original = service.catalogue.original("o-late", "late-owner", published_at=later(1))
    result = service.catalogue.scanned("u-early", "acct-9", later(0.5),
                                       match(original, "late-owner", published_at=later(1)))
    (decision,) = enforce(service.workspace, result, now=later(1.5))
    assert decision.rule == "first_publisher_flip"
    service.add_key("acct-9", keys.RIGHTS_HOLDER, claimant="acct-9")
    for who in ("acct-9", "label"):
        assert service.client.get(f"/v1/tickets/{decision.ticket}",
                                  headers=service.auth(who)).status_code == 404
        assert service.client.get("/v1/tickets", headers=service.auth(who)).json()["total"] == 0
    seen = service.client.get(f"/v1/tickets/{decision.ticket}", headers=service.auth("alice"))
    assert (seen.json()["claimant"], seen.json()["claimant_account"], seen.json()["accused"]) \
        == (None, "acct-9", None)


def test_an_expired_key_is_refused_from_its_next_request(service, monkeypatch):
    """Keys never expired: one handed to a contractor for a week worked until someone
    remembered to revoke it. A key made with an expiry is refused once it has passed."""
    from datetime import timedelta

    from origin.enforcement.clock import NOW_VARIABLE

    service.add_key("temp", keys.REVIEWER, name="contractor", expires_at=NOW + timedelta(hours=1))
    assert service.client.get("/v1/tickets", headers=service.auth("temp")).status_code == 200
    monkeypatch.setenv(NOW_VARIABLE, (NOW + timedelta(hours=1)).isoformat())
    refused = service.client.get("/v1/tickets", headers=service.auth("temp"))
    assert refused.status_code == 401 and "expired" in refused.json()["detail"]
    assert service.client.get("/v1/tickets", headers=service.auth("alice")).status_code == 200
    with service.workspace.session() as session:
        assert keys.active(session, service.ids["temp"], at=NOW + timedelta(hours=1)) is None
        assert keys.active(session, service.ids["alice"], at=NOW + timedelta(hours=1))


def test_two_authorization_headers_are_refused_not_the_first_taken(service):
    """A request carrying two keys was served as the first (a rights holder's key before a
    reviewer's: 403; the other way round: the reviewer's rights). Which one a proxy or a
    client meant is anyone's guess; RFC 6750 calls it an invalid request."""
    for first, second in (("label", "alice"), ("alice", "label")):
        response = service.client.get("/v1/tickets", headers=[
            ("authorization", service.auth(first)["Authorization"]),
            ("authorization", service.auth(second)["Authorization"])])
        assert response.status_code == 400
        assert response.json() == {"detail": "send one Authorization header, not 2",
                                   "field": None}
        assert response.headers["www-authenticate"] == 'Bearer error="invalid_request"'
