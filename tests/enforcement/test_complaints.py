import base64
import json

import pytest
from sqlalchemy import func, select

from origin.enforcement import claimants, complaints, penalties, tickets
from origin.enforcement.models import Complaint, Ticket

from .conftest import later, match


@pytest.fixture
def world(catalogue):
    original = catalogue.original("o-song", "label")
    catalogue.scanned("u-matched", "copier", later(1), match(original, "label"))
    catalogue.scanned("u-unmatched", "someone", later(1))
    return original


def notice(**changes) -> dict:
    base = {"claimant": "label", "contact": {"email": "legal@label.example"}, "work": "o-song",
            "uploads": ["u-matched"], "evidence": [{"text": "registration no. 2024-123"}],
            "good_faith": True, "accurate": True}
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}


def submit(workspace, policy, tmp_path, rows, name="complaints.jsonl", now=None):
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text(rows, encoding="utf-8")
    else:
        path.write_text("\n".join(row if isinstance(row, str) else json.dumps(row)
                                  for row in rows) + "\n", encoding="utf-8")
    return list(complaints.submit_file(workspace, policy, path, now=now or later(2)))


def test_matched_upload_is_acted_on_with_the_match_as_evidence(workspace, policy, tmp_path,
                                                                world):
    (result,) = submit(workspace, policy, tmp_path, [notice()])
    assert result.status == "accepted" and len(result.tickets) == 1
    with workspace.session() as session:
        view = tickets.show(session, result.tickets[0])
    assert view.state == tickets.FORWARDED_TO_UPLOADER and view.original_id == world
    assert "match" in view.history[1].why and view.accused == "copier"


def test_a_notice_received_days_before_it_is_filed_is_acted_on_when_filed(
        workspace, policy, tmp_path, world):
    """A notice received by e-mail on Tuesday and filed (``complaints submit``) eleven days
    later had its automatic takedown, the audit entries and the handling dated Tuesday: handled
    the day it arrived in ``tickets report``'s share within the SLA, though it waited eleven
    days, and the uploader's strike dated eleven days nearer its expiry. It is received then
    and acted on when it is filed."""
    received, filed = later(1, hours=1), later(12)
    (result,) = submit(workspace, policy, tmp_path, [notice(received_at=received.isoformat())],
                       now=filed)
    with workspace.session() as session:
        view = tickets.show(session, result.tickets[0])
        strikes = penalties.standing(session, policy.penalties, "copier", filed).ledger
    assert view.state == tickets.FORWARDED_TO_UPLOADER
    assert (view.received_at, view.handled_at) == (received, filed)
    assert [entry.at for entry in view.history] == [received, filed, filed, filed]
    assert [line.at for line in strikes] == [filed] * len(strikes)


def test_unmatched_upload_goes_to_human_review(workspace, policy, tmp_path, world):
    (result,) = submit(workspace, policy, tmp_path, [notice(work="my song on example.com",
                                                            uploads=["u-unmatched"])])
    with workspace.session() as session:
        view = tickets.show(session, result.tickets[0])
    assert view.state == tickets.RECEIVED and view.rule == "unmatched_upload"


@pytest.mark.parametrize("changes, field", [
    ({"claimant": None}, "claimant"),
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
    ({"received_at": "2999-01-01T00:00:00Z"}, "received_at"),
    ({"kind": "vibes"}, "kind"),
])
def test_invalid_notice_is_rejected_naming_the_field(workspace, policy, tmp_path, world,
                                                    changes, field):
    (result,) = submit(workspace, policy, tmp_path, [notice(**changes)])
    assert (result.status, result.field) == ("rejected", field)
    assert result.error.startswith(field)
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(Ticket)) == 0


@pytest.mark.parametrize("changes, field, shown", [
    ({"claimant": "studio\u202e"}, "claimant", "'studio\\u202e'"),
    ({"claimant": "studio\x01"}, "claimant", "'studio\\x01'"),
    ({"claimant": "Studio\nTwo"}, "claimant", "'Studio\\nTwo'"),
    ({"agent": "law\nfirm", "power_of_attorney": [{"text": "signed"}]}, "agent",
     "'law\\nfirm'"),
])
def test_a_claimant_no_command_could_name_is_refused(workspace, policy, tmp_path, world,
                                                     changes, field, shown):
    """Stop 43's new user: a claimant holding a control or bidirectional character (or a quoted
    CSV cell's line break) was filed, with its ticket, and `claimants show` refuses such a
    name: a claimant nobody could look up. Claimants are names as every name is."""
    (result,) = submit(workspace, policy, tmp_path, [notice(**changes)])
    assert (result.status, result.field) == ("rejected", field)
    assert result.error == f"{field}: {shown} holds control characters"
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0


def test_a_claimant_is_kept_in_one_spelling(workspace, policy, tmp_path, world):
    (result,) = submit(workspace, policy, tmp_path, [notice(claimant="  Jose\u0301 ")])
    assert result.status == "accepted"
    with workspace.session() as session:
        assert tickets.show(session, result.tickets[0]).claimant == "Jos\u00e9"


def test_bad_rows_do_not_stop_the_rest(workspace, policy, tmp_path, world):
    results = submit(workspace, policy, tmp_path, [
        "{not json", "[1, 2]", notice(), notice(contact="+86 10 1234 5678"),
        notice(uploads=["u-unmatched"], work="o-song")])
    assert [r.status for r in results] == ["rejected", "rejected", "accepted", "rejected",
                                           "accepted"]
    assert "not valid JSON" in results[0].error and "JSON object" in results[1].error
    assert "duplicate of complaint" in results[3].error
    assert [r.line for r in results] == [1, 2, 3, 4, 5]
    again = submit(workspace, policy, tmp_path, [notice(), notice()], name="again.jsonl")
    assert [r.status for r in again] == ["exists", "rejected"]      # filed before; twice here
    assert (again[0].complaint, again[0].tickets) == (results[2].complaint, results[2].tickets)
    assert "duplicate of complaint" in again[1].error


def test_a_work_typed_with_a_combining_accent_is_the_same_work(workspace, policy, tmp_path,
                                                                world):
    """The same notice with its work's é typed as e and a combining accent (as macOS types it)
    was another complaint: a second ticket of the same claimant on the same upload, where the
    resubmitted notice is "exists" (a duplicate, 422, over HTTP). A work is kept in one
    spelling, as names are."""
    first, second = submit(workspace, policy, tmp_path, [
        notice(uploads=["u-unmatched"], work="Caf\u00e9 song"),
        notice(uploads=["u-unmatched"], work="Cafe\u0301 song")])
    assert (first.status, second.status) == ("accepted", "rejected")
    assert "duplicate of complaint" in second.error
    (again,) = submit(workspace, policy, tmp_path, [
        notice(uploads=["u-unmatched"], work="Cafe\u0301 song")], name="again.jsonl")
    assert (again.status, again.complaint, again.tickets) == (
        "exists", first.complaint, first.tickets)
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1


@pytest.mark.parametrize("one_file", [True, False], ids=["one file", "two files"])
def test_a_second_notice_for_an_unmatched_upload_joins_the_claimants_open_ticket(
        workspace, policy, tmp_path, catalogue, world, one_file):
    """A notice names "my song" on u-unmatched; a later one names it on u-unmatched and
    u-other. A notice whose upload matched joins the open ticket of the same upload and work,
    but an unmatched one opened a second ticket of the same claimant for the same work on the
    same upload: reviewed twice, and each ticket whose measure is applied strikes the uploader.
    It joins, as a matched one does; another work on that upload is another ticket."""
    catalogue.scanned("u-other", "someone", later(1))
    rows = [notice(work="my song", uploads=["u-unmatched"]),
            notice(work="my song", uploads=["u-unmatched", "u-other"]),
            notice(work="another song", uploads=["u-unmatched"])]
    if one_file:
        first, second, other_work = submit(workspace, policy, tmp_path, rows)
    else:
        first, second, other_work = (submit(workspace, policy, tmp_path, [row], name=f"{n}.jsonl")[0]
                                     for n, row in enumerate(rows))
    assert [r.status for r in (first, second, other_work)] == ["accepted"] * 3
    assert second.tickets[0] == first.tickets[0] != second.tickets[1]
    assert other_work.tickets[0] not in first.tickets + second.tickets
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 3


@pytest.mark.parametrize("turned_down", [tickets.REJECTED, tickets.WITHDRAWN])
def test_a_notice_turned_down_may_be_filed_again(workspace, policy, tmp_path, world,
                                                 turned_down):
    """A complaint's id is its claimant, work, uploads and kind, so that a file submitted again
    after a crash says ``exists``. But a notice a reviewer rejected ("no proof of rights") or
    that was withdrawn could never be filed again with better evidence: "duplicate of complaint
    ..., filed before" (422 over HTTP) for good. Once every ticket it opened is rejected or
    withdrawn it is a new complaint; that one, submitted again, ``exists``."""
    row = notice(work="my song", uploads=["u-unmatched"])
    (first,) = submit(workspace, policy, tmp_path, [row])
    with workspace.session() as session:
        tickets.advance(session, policy, first.tickets[0], turned_down, actor="alice",
                        why="no proof of rights", at=later(3))
    better = notice(work="my song", uploads=["u-unmatched"],
                    evidence=[{"text": "registration no. 2024-123, certificate attached"}])
    (second,) = submit(workspace, policy, tmp_path, [better], name="again.jsonl", now=later(4))
    assert second.status == "accepted", second.error
    assert second.complaint != first.complaint and second.tickets != first.tickets
    (third,) = submit(workspace, policy, tmp_path, [better], name="crash.jsonl", now=later(4))
    assert (third.status, third.complaint, third.tickets) == (
        "exists", second.complaint, second.tickets)
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 2


def test_attachments_are_stored_by_hash_and_never_escape(workspace, policy, tmp_path, world):
    (tmp_path / "proof.pdf").write_bytes(b"%PDF proof")
    outside = tmp_path.parent / "secret.txt"
    outside.write_text("secret")
    payload = base64.b64encode(b"power").decode()
    results = submit(workspace, policy, tmp_path, [
        notice(evidence=["proof.pdf"], agent="firm",
               power_of_attorney={"name": "../../../../etc/evil", "content_base64": payload}),
        notice(evidence=["../secret.txt"], uploads=["u-unmatched"]),
        notice(evidence=["/etc/passwd"], uploads=["u-unmatched"]),
    ])
    assert [r.status for r in results] == ["accepted", "rejected", "rejected"]
    assert results[1].field == "evidence[0]" and "outside" in results[1].error
    stored = sorted(p.name for p in (workspace.path / "attachments").rglob("*") if p.is_file())
    assert len(stored) == 2 and all(len(name) == 64 for name in stored)
    assert not (tmp_path.parent / "etc").exists()
    with workspace.session() as session:
        saved = json.loads(session.scalars(select(Complaint.notice)).one())
    assert {a["name"] for a in saved["attachments"] if "name" in a} == {"proof.pdf", "evil"}


def test_oversized_attachment_is_rejected(workspace, policy, tmp_path, world):
    (workspace.path / "enforcement.toml").write_text("[complaints]\nmax_attachment_bytes = 4\n")
    from origin.enforcement.config import load_policy
    (tmp_path / "big.bin").write_bytes(b"12345")
    (result,) = submit(workspace, load_policy(workspace.path), tmp_path,
                       [notice(evidence=["big.bin"])])
    assert result.field == "evidence[0]" and "over the 4-byte limit" in result.error


def test_csv_intake(workspace, policy, tmp_path, world):
    rows = ("claimant,contact_email,work,uploads,evidence_text,good_faith,accurate\n"
            "label,legal@label.example,o-song,u-matched;u-unmatched,registration,yes,yes\n"
            "label,,o-song,u-matched,registration,yes,yes\n"
            "label,legal@label.example,o-song,u-matched,registration,yes\n"
            "label,legal@label.example,o-song,u-matched,registration,yes,yes,extra\n")
    results = submit(workspace, policy, tmp_path, rows, name="complaints.csv")
    assert results[0].status == "accepted" and len(results[0].tickets) == 2
    assert results[1].field == "contact"
    assert results[2].error == "6 values for the header's 7 columns"
    assert results[3].error == "8 values for the header's 7 columns"


def test_competing_claimants_and_licensed_uploaders_go_to_review(workspace, policy, tmp_path,
                                                                  world):
    (workspace.path / "enforcement.toml").write_text('[owners.label]\nallow = ["someone"]\n')
    from origin.enforcement.config import load_policy
    policy = load_policy(workspace.path)
    results = submit(workspace, policy, tmp_path, [
        notice(claimant="pretender", work="o-song"),
        notice(work="my song", uploads=["u-unmatched"]),
        notice(claimant="second", work="their song", uploads=["u-unmatched"]),
    ])
    with workspace.session() as session:
        rules = [tickets.show(session, r.tickets[0]).rule for r in results]
    assert rules == ["ownership_conflict", "allow_list", "ownership_conflict"]


def test_accuracy_and_fast_track(workspace, policy, tmp_path, catalogue, world):
    ids = [f"u-{n}" for n in range(12)]
    for uid in ids:
        catalogue.scanned(uid, "someone", later(1))
    rows = [notice(work=f"song {n}", uploads=[uid]) for n, uid in enumerate(ids)]
    results = submit(workspace, policy, tmp_path, rows[:10])
    with workspace.session() as session:
        for result in results:
            tickets.advance(session, policy, result.tickets[0], tickets.VALIDATED,
                            actor="mod", why="ok", at=later(3))
            tickets.advance(session, policy, result.tickets[0], tickets.MEASURE_APPLIED,
                            actor="mod", why="ok", at=later(3))
        record = claimants.record(session, policy, "label")
    assert (record.upheld, record.accuracy, record.fast_track) == (10, 1.0, True)
    (fast,) = submit(workspace, policy, tmp_path, rows[10:11], name="fast.jsonl", now=later(4))
    with workspace.session() as session:
        assert tickets.show(session, fast.tickets[0]).state == tickets.FORWARDED_TO_UPLOADER
        tickets.advance(session, policy, results[0].tickets[0], tickets.FORWARDED_TO_UPLOADER,
                        actor="mod", why="ok", at=later(4))
        for state in (tickets.COUNTER_NOTICE_RECEIVED, tickets.FORWARDED_TO_CLAIMANT):
            tickets.advance(session, policy, results[0].tickets[0], state, actor="mod",
                            why="ok", at=later(4))
        tickets.sweep(session, policy, later(30))
        record = claimants.record(session, policy, "label", with_wrongful=True)
    assert record.wrongful == (results[0].tickets[0],)
    assert record.accuracy == pytest.approx(10 / 11) and record.fast_track


def test_a_claimant_withdraws_its_notice_and_the_measure_and_strike_are_lifted(
        workspace, policy, tmp_path, world):
    """A wrongful notice makes its notifier liable (E-Commerce Law art. 42), so the notifier
    must be able to take it back: its ticket is withdrawn, the upload's measure lifted, the
    uploader's strike reversed, and the claimant's record counts it as withdrawn."""
    (filed,) = submit(workspace, policy, tmp_path, [notice()])
    with workspace.session() as session:
        assert penalties.standing(session, policy.penalties, "copier", later(3)).active_strikes == 1
        done = complaints.withdraw(session, policy, filed.complaint, actor="label",
                                   why="licensed after all", at=later(3))
    assert done.withdrawn == filed.tickets and done.kept == ()
    with workspace.session() as session:
        view = tickets.show(session, filed.tickets[0])
        shown = complaints.show(session, filed.complaint)
        standing = penalties.standing(session, policy.penalties, "copier", later(3))
        record = claimants.record(session, policy, "label")
        with pytest.raises(complaints.WithdrawalError, match="was withdrawn at"):
            complaints.withdraw(session, policy, filed.complaint, actor="label", why="again",
                                at=later(4))
        with pytest.raises(complaints.WithdrawalError, match="no complaint"):
            complaints.withdraw(session, policy, "c-none", actor="label", why="x", at=later(4))
    assert view.state == tickets.WITHDRAWN and "licensed after all" in view.history[-1].why
    assert shown.withdrawn_at == later(3) and shown.to_json()["withdrawn_at"]
    assert standing.active_strikes == 0
    assert (record.withdrawn, record.upheld, record.overturned) == (1, 0, 0)


def test_withdrawing_one_notice_keeps_a_ticket_another_live_notice_backs(
        workspace, policy, tmp_path, catalogue, world):
    """Two notices of the claimant name "my song" on one unmatched upload; they share one
    ticket. Taking back the first leaves the ticket open: the second still backs it. Taking
    back the second too withdraws it. A ticket the claimant's notice only joined (a scan
    opened it on its own match) is never withdrawn by the notice."""
    catalogue.scanned("u-other", "someone", later(1))
    first, second = submit(workspace, policy, tmp_path, [
        notice(work="my song", uploads=["u-unmatched"]),
        notice(work="my song", uploads=["u-unmatched", "u-other"])])
    shared, own = second.tickets
    assert first.tickets == (shared,)
    with workspace.session() as session:
        one = complaints.withdraw(session, policy, first.complaint, actor="label", why="oops",
                                  at=later(3))
        two = complaints.withdraw(session, policy, second.complaint, actor="label",
                                  why="oops too", at=later(3))
        states = {t: tickets.show(session, t).state for t in (shared, own)}
    assert one.withdrawn == () and one.kept == ((shared, f"complaint {second.complaint} backs "
                                                          f"it too"),)
    assert set(two.withdrawn) == {shared, own}
    assert states == {shared: tickets.WITHDRAWN, own: tickets.WITHDRAWN}


def test_a_withdrawn_notice_filed_again_is_filed_and_backs_its_ticket(
        workspace, policy, tmp_path, catalogue, world):
    """Taken back while another notice kept its ticket open, the same notice filed again said
    ``exists`` and named the withdrawn complaint: the refiling was lost, and withdrawing the
    other notice then withdrew the ticket the claimant had just asked for again."""
    catalogue.scanned("u-other", "someone", later(1))
    first, second = submit(workspace, policy, tmp_path, [
        notice(work="my song", uploads=["u-unmatched"]),
        notice(work="my song", uploads=["u-unmatched", "u-other"])])
    shared = first.tickets[0]
    with workspace.session() as session:
        complaints.withdraw(session, policy, first.complaint, actor="label", why="oops",
                            at=later(3))
    (again,) = submit(workspace, policy, tmp_path, [notice(work="my song",
                                                           uploads=["u-unmatched"])],
                      name="again.jsonl", now=later(4))
    assert again.status == "accepted" and again.complaint != first.complaint
    assert again.tickets == (shared,)
    with workspace.session() as session:
        later_one = complaints.withdraw(session, policy, second.complaint, actor="label",
                                        why="that one was wrong", at=later(5))
        state = tickets.show(session, shared).state
    assert later_one.kept == ((shared, f"complaint {again.complaint} backs it too"),)
    assert state == tickets.RECEIVED
