import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from origin.catalogue import Upload
from origin.enforcement import audit, declarations, enforce, penalties, tickets
from origin.enforcement.models import PenaltyEntry, Ticket

from .conftest import T0, later, match


@pytest.fixture
def declared(catalogue, workspace):
    original = catalogue.original("o-declared", "studio")
    with workspace.session() as session:
        declarations.declare(session, original, "studio", at=T0)
        declarations.review(session, original, approve=True, reviewer="mod", why="ok", at=T0)
    return original


def take_down(catalogue, workspace, declared, uid="u-copy", now=None):
    result = catalogue.scanned(uid, "copier", later(1), match(declared, "studio"))
    return result, enforce(workspace, result, now=now or later(1))


def test_full_reupload_of_declared_original_is_taken_down_with_strike(catalogue, workspace,
                                                                       declared, policy):
    _, (decision,) = take_down(catalogue, workspace, declared)
    assert (decision.decision, decision.rule, decision.exposure) == (
        "takedown", "declared_full_reupload", 0.0)
    with workspace.session() as session:
        view = tickets.show(session, decision.ticket)
        assert view.state == tickets.FORWARDED_TO_UPLOADER
        assert (view.claimant, view.accused, view.outcome) == ("studio", "copier", "upheld")
        assert [h.to_state for h in view.history] == [
            "received", "validated", "measure_applied", "forwarded_to_uploader"]
        standing = penalties.standing(session, policy.penalties, "copier", later(2))
        assert standing.credit == 80 and standing.active_strikes == 1


def test_rescan_joins_the_ticket_and_never_strikes_twice(catalogue, workspace, declared):
    result, (first,) = take_down(catalogue, workspace, declared)
    (second,) = enforce(workspace, result, now=later(2))
    assert second.ticket == first.ticket
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
        assert session.scalar(select(func.count()).select_from(PenaltyEntry)) == 1


def test_a_rescan_that_names_the_uploader_gives_its_ticket_the_accused_and_the_strike(
        catalogue, workspace, declared, policy):
    """An upload first scanned without its account (``scan`` without ``--uploader``) was taken
    down on a ticket accusing nobody, so no strike; the rescan that named the account joined the
    ticket and stored the account on the upload, but the ticket still accused nobody: no
    strike ever, and ``tickets list --accused`` never listed it."""
    unknown = catalogue.scanned("u-anon", None, later(1), match(declared, "studio"))
    (first,) = enforce(workspace, unknown, now=later(1))
    with workspace.session() as session:
        assert tickets.show(session, first.ticket).accused is None
    with workspace.session() as session:                 # as the scan job stores it
        session.get(Upload, "u-anon").uploader = "copier"
    for day in (2, 3):                                   # and once more: still one strike
        (again,) = enforce(workspace, unknown, now=later(day))
        assert again.ticket == first.ticket
    with workspace.session() as session:
        assert tickets.show(session, first.ticket).accused == "copier"
        assert [view.id for view in tickets.listing(session, accused="copier")] == [first.ticket]
        standing = penalties.standing(session, policy.penalties, "copier", later(4))
        assert (standing.credit, standing.active_strikes) == (80, 1)


@pytest.mark.parametrize("rescanned", [
    {"score": 0.5},                                        # a matcher change: low_confidence
    {"start": 9.0},                                        # 1 s of it now: short_match
    {"end": 5.0, "upload_duration": 60.0},                 # incidental: track, no ticket
])
def test_a_rescan_prints_the_measure_its_ticket_holds(catalogue, workspace, declared, policy,
                                                      rescanned):
    """A declared re-upload taken down, then rescanned after the matcher or the policy changed:
    the rescan printed its own verdict (``review`` or ``track``, exposure 1.0; for ``track``
    no ticket at all) while the ticket still held the takedown, so a pipeline applying the
    printed decision put the copy back. A measure is lifted by its ticket (withdrawn,
    restored), never by a rescan: the rescan prints the measure the ticket holds."""
    result, (first,) = take_down(catalogue, workspace, declared)
    result.matches = [match(declared, "studio", **rescanned)]
    (again,) = enforce(workspace, result, now=later(2))
    assert (again.decision, again.exposure, again.rule, again.ticket) == (
        "takedown", 0.0, "declared_full_reupload", first.ticket)
    with workspace.session() as session:
        tickets.advance(session, policy, first.ticket, tickets.WITHDRAWN, actor="studio",
                        why="licensed after all", at=later(3))
    (lifted,) = enforce(workspace, result, now=later(4))       # lifted by the ticket
    assert lifted.decision in ("review", "track") and lifted.exposure == 1.0


def test_illegal_transitions_are_refused_naming_the_allowed_steps(catalogue, workspace,
                                                                   declared, policy):
    _, (decision,) = take_down(catalogue, workspace, declared)
    with pytest.raises(tickets.TicketError, match=r"is forwarded_to_uploader: it can go to "
                       r"counter_notice_received or withdrawn, not restored"):
        with workspace.session() as session:
            tickets.advance(session, policy, decision.ticket, tickets.RESTORED, actor="op",
                            why="x", at=later(3))
    with pytest.raises(tickets.TicketError, match="no ticket"):
        with workspace.session() as session:
            tickets.advance(session, policy, "t-nope", tickets.RESTORED, actor="op", why="x",
                            at=later(3))


def test_counter_notice_restores_after_the_period_and_reverses_the_strike(
        catalogue, workspace, declared, policy):
    _, (decision,) = take_down(catalogue, workspace, declared)
    with workspace.session() as session:
        tickets.advance(session, policy, decision.ticket, tickets.COUNTER_NOTICE_RECEIVED,
                        actor="copier", why="I licensed it", at=later(2))
        ticket = tickets.advance(session, policy, decision.ticket, tickets.FORWARDED_TO_CLAIMANT,
                                 actor="op", why="forwarded", at=later(2))
        # CN: 15 days after Mar 5 17:00 in Shanghai, to the end of Thu Mar 20 there
        assert ticket.restore_due_at == later(17, hours=7)
    with workspace.session() as session:
        assert tickets.sweep(session, policy, later(17)) == []
        with pytest.raises(tickets.TicketError, match="cannot be restored before"):
            tickets.advance(session, policy, decision.ticket, tickets.RESTORED, actor="op",
                            why="early", at=later(17))
    with workspace.session() as session:
        (restored,) = tickets.sweep(session, policy, later(17, hours=7))
        assert restored.state == tickets.RESTORED and restored.outcome == "overturned"
        standing = penalties.standing(session, policy.penalties, "copier", later(18))
        assert standing.credit == 100 and standing.active_strikes == 0
    # the rescan does not take the restored upload down again
    result = catalogue.scanned("u-copy", "copier", later(1))
    result.matches = [match(declared, "studio")]
    (again,) = enforce(workspace, result, now=later(20))
    assert (again.decision, again.rule, again.ticket) == ("track", "cleared_by_ticket",
                                                          decision.ticket)



def test_no_sweep_restores_before_the_claimants_last_day_has_ended(catalogue, workspace,
                                                                   declared, policy):
    """A counter-notice forwarded on 16 September gave the claimant until 1 October, 10:00: a
    sweep on National Day restored the upload, though the claimant's period runs past the
    holidays to the end of 9 October (and a lawsuit notice that arrives on that last day is
    in time). A sweep that runs late, the server down when the period ended, restores then."""
    from origin.enforcement.clock import parse

    forwarded = parse("2025-09-16T10:00:00+08:00")
    _, (decision,) = take_down(catalogue, workspace, declared, now=forwarded)
    with workspace.session() as session:
        tickets.advance_through(session, policy, decision.ticket, (
            tickets.COUNTER_NOTICE_RECEIVED, tickets.FORWARDED_TO_CLAIMANT),
            actor="op", why="counter-notice", at=forwarded)
    for day in ("2025-10-01T10:00:00+08:00", "2025-10-09T23:59:00+08:00"):
        with workspace.session() as session:
            assert tickets.sweep(session, policy, parse(day)) == []
    with workspace.session() as session:
        (restored,) = tickets.sweep(session, policy, parse("2025-10-13T09:00:00+08:00"))
        assert restored.state == tickets.RESTORED
        assert restored.updated_at == parse("2025-10-13T09:00:00+08:00")


def test_a_step_dated_before_the_tickets_last_change_is_refused(catalogue, workspace, declared,
                                                                policy):
    """A counter-notice forwarded with the clock (ORIGIN_NOW) set back was accepted: the
    restore date fell in the past and the next sweep restored at once, the claimant's 15 days
    never given. The history runs forwards; the same moment is fine."""
    _, (decision,) = take_down(catalogue, workspace, declared)      # forwarded at later(1)
    with workspace.session() as session:
        with pytest.raises(tickets.TicketError, match=r"last changed at .*: a step cannot be "
                                                      r"dated .*, before it"):
            tickets.advance(session, policy, decision.ticket, tickets.COUNTER_NOTICE_RECEIVED,
                            actor="copier", why="mine", at=later(-400))
    with workspace.session() as session:
        assert tickets.show(session, decision.ticket).state == tickets.FORWARDED_TO_UPLOADER
        tickets.advance(session, policy, decision.ticket, tickets.COUNTER_NOTICE_RECEIVED,
                        actor="copier", why="mine", at=later(1))
        with pytest.raises(tickets.TicketError, match="before it"):
            tickets.advance(session, policy, decision.ticket, tickets.FORWARDED_TO_CLAIMANT,
                            actor="op", why="fw", at=later(0))
    with workspace.session() as session:
        assert tickets.sweep(session, policy, later(2)) == []
        assert tickets.show(session, decision.ticket).restore_due_at is None


def test_a_rescan_with_the_clock_behind_still_joins_and_advances_its_ticket(catalogue, workspace,
                                                                            declared):
    """Scans do not fail on a clock behind the ticket: their automatic steps are dated at the
    ticket's last change at the earliest."""
    result = catalogue.scanned("u-mixed", "copier", later(1),
                               match(declared, "studio", score=0.5))      # review: received
    (first,) = enforce(workspace, result, now=later(5))
    assert first.decision == "review"
    result.matches = [match(declared, "studio")]                          # now a full copy
    (second,) = enforce(workspace, result, now=later(2))
    assert (second.decision, second.ticket) == ("takedown", first.ticket)
    with workspace.session() as session:
        history = tickets.show(session, second.ticket).history
    assert [entry.at for entry in history] == sorted(entry.at for entry in history)


def test_an_earlier_upload_flips_roles_and_goes_to_review(catalogue, workspace):
    original = catalogue.original("o-late", "late-owner", published_at=later(10))
    result = catalogue.scanned("u-early", "first-publisher", later(1),
                               match(original, "late-owner", published_at=later(10)))
    (decision,) = enforce(workspace, result, now=later(11))
    assert (decision.decision, decision.rule) == ("review", "first_publisher_flip")
    with workspace.session() as session:
        view = tickets.show(session, decision.ticket)
    assert view.state == tickets.RECEIVED and view.roles_flipped
    assert (view.claimant, view.claimant_account, view.accused) == (
        None, "first-publisher", None)


def test_two_owners_claiming_the_same_content_is_a_conflict_not_a_takedown(catalogue, workspace,
                                                                            declared):
    rival = catalogue.original("o-rival", "rival")
    result = catalogue.scanned("u-both", "copier", later(1), match(declared, "studio"),
                               match(rival, "rival", start=1.0, end=9.0))
    decisions = enforce(workspace, result, now=later(1))
    assert [(d.decision, d.rule) for d in decisions] == [("review", "ownership_conflict")] * 2


def test_clips_of_two_owners_side_by_side_are_two_copies(catalogue, workspace, declared):
    other = catalogue.original("o-other", "other")
    result = catalogue.scanned(
        "u-mix", "copier", later(1),
        match(declared, "studio", end=5.0, upload_duration=10.0, original_duration=5.0),
        match(other, "other", start=5.0, end=10.0, original_duration=5.0))
    assert [d.rule for d in enforce(workspace, result, now=later(1))] == ["partial_copy"] * 2


def test_allow_listed_account_is_never_actioned(catalogue, workspace, declared):
    (workspace.path / "enforcement.toml").write_text('[owners.studio]\nallow = ["licensee"]\n')
    result = catalogue.scanned("u-licensed", "licensee", later(1), match(declared, "studio"))
    (decision,) = enforce(workspace, result, now=later(1))
    assert (decision.decision, decision.rule, decision.ticket) == ("none", "allow_list", None)


def test_withdrawal_after_the_measure_reverses_the_strike(catalogue, workspace, declared, policy):
    _, (decision,) = take_down(catalogue, workspace, declared)
    with workspace.session() as session:
        tickets.advance(session, policy, decision.ticket, tickets.WITHDRAWN, actor="studio",
                        why="licensed after all", at=later(2))
        assert penalties.standing(session, policy.penalties, "copier", later(2)).credit == 100


def test_listeners_see_every_transition(catalogue, workspace, declared):
    seen = []
    listener = tickets.on_transition(lambda session, t: seen.append((t.from_state, t.to_state)))
    try:
        take_down(catalogue, workspace, declared)
    finally:
        tickets._listeners.remove(listener)
    assert seen == [("received", "validated"), ("validated", "measure_applied"),
                    ("measure_applied", "forwarded_to_uploader")]


def test_audit_log_is_append_only(catalogue, workspace, declared):
    take_down(catalogue, workspace, declared)
    with pytest.raises(DatabaseError, match="append-only"):
        with workspace.session() as session:
            session.execute(text("UPDATE audit_log SET why = 'forged'"))
    with pytest.raises(DatabaseError, match="append-only"):
        with workspace.session() as session:
            session.execute(text("DELETE FROM audit_log"))
    with workspace.session() as session:
        assert audit.history(session, "declaration", session.scalar(
            text("SELECT id FROM declarations")))[-1].to_state == "approved"


def test_declarations_review_and_revocation(catalogue, workspace, declared, policy):
    with workspace.session() as session:
        with pytest.raises(declarations.DeclarationError, match="already has an approved"):
            declarations.declare(session, declared, "studio", at=T0)
    other = catalogue.original("o-other", "owner")
    with workspace.session() as session:
        with pytest.raises(declarations.DeclarationError, match="registered to 'owner'"):
            declarations.declare(session, other, "impostor", at=T0)
        declarations.revoke(session, policy, declared, reviewer="mod", why="copied work",
                            at=later(1))
        assert declarations.declared_originals(session, [declared]) == set()
        assert penalties.standing(session, policy.penalties, "studio", later(1)).credit == 95


def test_a_declarant_may_not_review_its_own_declaration(catalogue, workspace):
    """Approving one's own declaration turned every full copy of the work into a takedown with
    a strike, with nobody but the declarant having looked."""
    original = catalogue.original("o-self", "studio")
    with workspace.session() as session:
        declarations.declare(session, original, "studio", at=T0)
        with pytest.raises(declarations.DeclarationError,
                           match="'studio' declared d-.* and may not review it"):
            declarations.review(session, original, approve=True, reviewer="studio", why=None,
                                at=T0)
        declarations.review(session, original, approve=True, reviewer="mod", why=None, at=T0)
        assert declarations.declared_originals(session, [original]) == {original}


def test_a_name_is_one_account_however_its_accents_were_typed(catalogue, workspace, policy):
    """An owner registered as 'josé' (é one character, NFC) who typed his name where é is e
    and a combining accent (NFD, macOS input) could not declare his own original ("'josé'
    cannot declare ...: it is registered to 'josé'"), and a declarant who typed it the other
    way could review and approve his own declaration (stop 31)."""
    composed, decomposed = "jos\u00e9", "jose\u0301"
    original = catalogue.original("o-accents", composed)
    with workspace.session() as session:
        row = declarations.declare(session, original, decomposed, at=T0)
        assert row.declarant == composed            # as stored: a revoke's penalty finds him
        with pytest.raises(declarations.DeclarationError, match="may not review it"):
            declarations.review(session, original, approve=True, reviewer=decomposed, why=None,
                                at=T0)
        declarations.review(session, original, approve=True, reviewer="mod", why=None, at=T0)
        declarations.revoke(session, policy, original, reviewer="mod", why="copied work",
                            at=later(1))
        assert penalties.standing(session, policy.penalties, composed, later(1)).credit < 100


def test_scan_joins_a_complaint_ticket_waiting_for_review(catalogue, workspace, declared,
                                                          policy, tmp_path):
    from origin.enforcement import complaints

    catalogue.scanned("u-later", "copier", later(1))
    path = tmp_path / "c.jsonl"
    path.write_text('{"claimant": "studio", "contact": "legal@studio.example", "work": "my film",'
                    ' "uploads": ["u-later"], "evidence": {"text": "reg"}, "good_faith": true,'
                    ' "accurate": true}\n')
    (filed,) = complaints.submit_file(workspace, policy, path, now=later(2))
    with workspace.session() as session:
        from origin.catalogue import MatchRecord
        session.add(MatchRecord(upload_id="u-later", original_id=declared, score=0.95,
                                coverage_upload=1.0, coverage_original=1.0, matched_seconds=10,
                                segments="[]", scanned_at=later(3)))
    result = catalogue.scanned("u-later", "copier", later(1))
    result.matches = [match(declared, "studio")]
    (decision,) = enforce(workspace, result, now=later(3))
    assert decision.ticket == filed.tickets[0] and decision.decision == "takedown"
    with workspace.session() as session:
        view = tickets.show(session, decision.ticket)
    assert view.state == tickets.FORWARDED_TO_UPLOADER and view.original_id == declared


def test_a_blank_account_filter_lists_no_tickets_not_all(catalogue, workspace, declared):
    """``accounts show ''`` listed every ticket of the workspace as the blank account's: an
    empty filter was taken as no filter."""
    _, (decision,) = take_down(catalogue, workspace, declared)
    with workspace.session() as session:
        assert [view.id for view in tickets.listing(session, accused="copier")] == [
            decision.ticket]
        assert tickets.listing(session, accused="") == []
        assert tickets.listing(session, claimant="") == []
        assert tickets.count(session, accused="") == 0


def test_an_older_workspaces_flipped_ticket_moves_its_account_out_of_the_claimant(
        catalogue, workspace, tmp_path):
    """An origin before stop 45 stored a flipped scan ticket's account as its claimant, where
    a rights holder's label is matched, and the owner's label as its accused account; opening
    the workspace moves the account to claimant_account and empties the accused (migration
    0210), and leaves other tickets alone."""
    from origin.workspace import Workspace

    late = catalogue.original("o-late", "late-owner", published_at=later(10))
    flipped = catalogue.scanned("u-early", "first-publisher", later(1),
                                match(late, "late-owner", published_at=later(10)))
    (flip,) = enforce(workspace, flipped, now=later(11))
    plain = catalogue.original("o-plain", "studio")
    (copy,) = enforce(workspace, catalogue.scanned("u-copy", "copier", later(1),
                                                   match(plain, "studio")), now=later(1))
    with workspace.session() as session:         # as the older origin left it
        session.execute(text("UPDATE tickets SET claimant = claimant_account, "
                             "accused = 'late-owner' WHERE claimant_account IS NOT NULL"))
        session.execute(text("ALTER TABLE tickets DROP COLUMN claimant_account"))
        session.execute(text("DELETE FROM alembic_version "
                             "WHERE version_num = '0210_claimant_account'"))
    workspace.close()
    with Workspace(tmp_path / "ws") as reopened, reopened.session() as session:
        moved, kept = tickets.show(session, flip.ticket), tickets.show(session, copy.ticket)
    assert (moved.claimant, moved.claimant_account, moved.accused) == (
        None, "first-publisher", None)
    assert (kept.claimant, kept.claimant_account, kept.accused) == ("studio", None, "copier")


def test_a_flipped_ticket_accuses_no_account_by_the_owners_label(catalogue, workspace, policy):
    """A flipped scan ticket named the original's owner, a rights holder's label, as its
    accused: the column of accounts. An uploader account spelt like the label was listed
    under `tickets list --accused`, counted the ticket as evidence, and took the strike of a
    measure a reviewer applied with one. The owner is the original's (``original_id``)."""
    late = catalogue.original("o-late", "studio", published_at=later(10))
    flipped = catalogue.scanned("u-early", "first-publisher", later(1),
                                match(late, "studio", published_at=later(10)))
    (decision,) = enforce(workspace, flipped, now=later(11))
    with workspace.session() as session:
        tickets.advance(session, policy, decision.ticket, tickets.VALIDATED, actor="mod",
                        why="checked", at=later(12))
    with workspace.session() as session, pytest.raises(tickets.TicketError):
        tickets.advance(session, policy, decision.ticket, tickets.MEASURE_APPLIED,
                        actor="mod", why="copied", at=later(12), strike="serious")
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(PenaltyEntry).where(
            PenaltyEntry.account == "studio")) == 0
        assert tickets.listing(session, accused="studio") == []
        assert tickets.show(session, decision.ticket).accused is None


def test_a_flipped_scan_ticket_takes_no_measure_against_the_first_publisher(
        catalogue, workspace, policy):
    """A scan ticket whose upload predates the 'original' it matches claims nothing against the
    upload: nobody filed it, and its uploader is the earliest publisher (DOMAIN: the earliest
    publisher wins). A reviewer's measure on it took the first publisher's upload down and
    struck nobody; it is refused now, and not offered as a next step."""
    late = catalogue.original("o-late", "studio", published_at=later(10))
    flipped = catalogue.scanned("u-early", "first-publisher", later(1),
                                match(late, "studio", published_at=later(10)))
    (decision,) = enforce(workspace, flipped, now=later(11))
    with workspace.session() as session:
        tickets.advance(session, policy, decision.ticket, tickets.VALIDATED, actor="mod",
                        why="checked", at=later(12))
    with workspace.session() as session:
        assert tickets.MEASURE_APPLIED not in tickets.show(session, decision.ticket).next_states
        with pytest.raises(tickets.TicketError, match="first publisher"):
            tickets.advance(session, policy, decision.ticket, tickets.MEASURE_APPLIED,
                            actor="mod", why="copied", at=later(12), strike="serious")
    with workspace.session() as session:
        view = tickets.show(session, decision.ticket)
    assert (view.state, view.exposure) == (tickets.VALIDATED, 1.0)
