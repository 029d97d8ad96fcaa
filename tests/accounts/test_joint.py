"""Joint review through the Python API: own evidence decides, the link never does; reversal."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from origin.accounts import joint
from origin.accounts.config import load_config
from origin.accounts.evidence import gather
from origin.accounts.graph import AccountRow, Graph
from origin.catalogue import INDEXED, MatchRecord, Original, Upload
from origin.enforcement import penalties, tickets
from origin.enforcement.config import load_policy
from origin.enforcement.models import DecisionRecord
from origin.workspace import Workspace

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def workspace(tmp_path) -> Workspace:
    return Workspace(tmp_path / "ws")


def upload(session, uid: str, uploader: str) -> None:
    session.add(Upload(id=uid, sha256=uid.ljust(64, "0"), path=f"/{uid}.mp4", uploader=uploader,
                       scanned_at=NOW))
    session.flush()


def ticket(session, uid: str, accused: str, kind: str = "counterfeit") -> tickets.Ticket:
    return tickets.open_ticket(session, load_policy(), kind=kind, source="complaint",
                               upload_id=uid, original_id=None, claimant="brand-owner",
                               accused=accused, measure="takedown", exposure=0.0, strike=None,
                               rule=None, received_at=NOW, actor="test")


def setup(session) -> None:
    graph = Graph(session, load_config(), load_policy().penalties, now=NOW, actor="test")
    graph.add_accounts([(n, AccountRow(name, "channel")) for n, name in
                        enumerate(["main", "copier", "suspect", "clean"])])
    for other in ("copier", "suspect", "clean"):
        graph.link("main", other, "admin")
    session.add(Original(key=1, id="o-1", sha256="f" * 64, path="/o.mp4", owner="studio",
                         published_at=NOW, duration=10, frame_count=1, times=b"", codes=b"",
                         view_count=1, state=INDEXED, added_at=NOW))
    for uid, who in (("u-main", "main"), ("u-copy", "copier"), ("u-sus", "suspect")):
        upload(session, uid, who)
    session.add(MatchRecord(upload_id="u-copy", original_id="o-1", score=0.9, coverage_upload=1,
                            coverage_original=1, matched_seconds=10, segments="[]",
                            scanned_at=NOW))
    session.add(DecisionRecord(upload_id="u-copy", original_id="o-1", decision="takedown",
                               exposure=0.0, rule="full_reupload", decided_at=NOW))
    ticket(session, "u-sus", "suspect")                      # open ticket only: weighs 0.5
    penalties.record_violation(session, load_policy().penalties, "copier", "minor", strike=False,
                               reason="old spam", at=NOW - timedelta(days=3), actor="test")


def test_own_evidence_decides_and_everything_is_recorded(workspace):
    policy, config = load_policy(), load_config()
    with workspace.session() as session:
        setup(session)
        main_ticket = ticket(session, "u-main", "main")
        review = joint.confirm(session, policy, config, main_ticket.id, actor="rev", why="ok",
                               at=NOW + timedelta(hours=1))
    decided = {d.account: d for d in review.decisions}
    assert {a: d.decision for a, d in decided.items()} == {
        "copier": "action", "suspect": "watch", "clean": "watch"}
    assert decided["copier"].score == 2.5                    # matched takedown 1.5 + penalty 1
    assert decided["suspect"].score == 0.5
    assert [item["kind"] for item in decided["copier"].evidence] == ["matched_upload", "penalty"]
    with workspace.session() as session:
        copier = penalties.standing(session, policy.penalties, "copier", NOW + timedelta(hours=2))
        assert copier.credit == 100 - 5 - 20
        # A joint strike is not the account's own evidence next time.
        again = gather(session, config, "copier")
        assert [item.kind for item in again.items] == ["matched_upload", "penalty"]


def test_copyright_and_disputed_tickets(workspace):
    policy, config = load_policy(), load_config()
    with workspace.session() as session:
        setup(session)
        copyright_ticket = ticket(session, "u-main", "main", kind="copyright")
        review = joint.confirm(session, policy, config, copyright_ticket.id, actor="rev",
                               why="ok", at=NOW)
        assert review.decisions == () and "not copyright" in review.note
        assert review.state == tickets.FORWARDED_TO_UPLOADER
        tickets.advance(session, policy, copyright_ticket, tickets.COUNTER_NOTICE_RECEIVED,
                        actor="main", why="mine", at=NOW)
        with pytest.raises(tickets.TicketError, match="only a ticket whose measure stands"):
            joint.confirm(session, policy, config, copyright_ticket.id, actor="rev", why="ok",
                          at=NOW)
        with pytest.raises(tickets.TicketError, match="no ticket"):
            joint.confirm(session, policy, config, "t-nope", actor="rev", why="ok", at=NOW)


def test_withdrawn_ticket_reverses_joint_actions_through_the_listener(workspace):
    policy, config = load_policy(), load_config()
    with workspace.session() as session:
        setup(session)
        main_ticket = ticket(session, "u-main", "main")
        joint.confirm(session, policy, config, main_ticket.id, actor="rev", why="ok", at=NOW)
        tickets.advance(session, policy, main_ticket, tickets.WITHDRAWN, actor="brand-owner",
                        why="settled", at=NOW + timedelta(days=1))
        outcomes = joint.decisions_for(session, "main")
        assert outcomes and all(o.reversed_at is not None for o in outcomes)
        assert all("withdrawn" in o.reversed_reason for o in outcomes)
        standing = penalties.standing(session, policy.penalties, "copier", NOW + timedelta(days=2))
        assert standing.active_strikes == 0 and standing.credit == 95
        assert joint.reverse_ticket(session, main_ticket.id, reason="again", at=NOW,
                                    actor="x") == []             # idempotent


def test_an_account_named_percent_cannot_escape_joint_review(workspace):
    policy, config = load_policy(), load_config()
    with workspace.session() as session:
        graph = Graph(session, config, policy.penalties, now=NOW, actor="test")
        graph.add_accounts([(n, AccountRow(name, "channel")) for n, name in
                            enumerate(["start", "%", "normal"])])
        graph.link("start", "%", "device")
        graph.link("start", "normal", "device")
        upload(session, "u-start", "start")
        main_ticket = ticket(session, "u-start", "start")
        review = joint.confirm(session, policy, config, main_ticket.id, actor="rev", why="ok",
                               at=NOW + timedelta(hours=1))
    assert sorted(decision.account for decision in review.decisions) == ["%", "normal"]


def test_one_piece_of_own_evidence_backs_one_joint_strike_until_it_is_reversed(workspace):
    """A linked account's one matched upload struck it again on every ticket confirmed
    against the account it is linked to: three tickets, three strikes on one upload."""
    policy, config = load_policy(), load_config()
    with workspace.session() as session:
        setup(session)
        for number in range(3):
            upload(session, f"u-main-{number}", "main")
        first, second, third = (ticket(session, f"u-main-{n}", "main") for n in range(3))
        decided = {}
        for number, main_ticket in enumerate((first, second)):
            review = joint.confirm(session, policy, config, main_ticket.id, actor="rev",
                                   why="ok", at=NOW + timedelta(hours=number + 1))
            decided[number] = {d.account: d for d in review.decisions}["copier"]
        assert (decided[0].decision, decided[0].score) == ("action", 2.5)
        assert (decided[1].decision, decided[1].score) == ("watch", 0.0)
        assert all(f"joint strike on ticket {first.id}" in item["detail"]
                   for item in decided[1].evidence)
        standing = penalties.standing(session, policy.penalties, "copier", NOW + timedelta(hours=4))
        assert standing.active_strikes == 1
        upload(session, "u-copy-2", "copier")                # new evidence of its own counts
        session.add(MatchRecord(upload_id="u-copy-2", original_id="o-1", score=0.9,
                                coverage_upload=1, coverage_original=1, matched_seconds=10,
                                segments="[]", scanned_at=NOW))
        session.add(DecisionRecord(upload_id="u-copy-2", original_id="o-1", decision="takedown",
                                   exposure=0.0, rule="full_reupload", decided_at=NOW))
        tickets.advance(session, policy, first, tickets.WITHDRAWN, actor="brand-owner",
                        why="settled", at=NOW + timedelta(hours=5))   # frees the first's items
        review = joint.confirm(session, policy, config, third.id, actor="rev", why="ok",
                               at=NOW + timedelta(hours=6))
        copier = {d.account: d for d in review.decisions}["copier"]
        assert (copier.decision, copier.score) == ("action", 1.5 + 1.5 + 1)
