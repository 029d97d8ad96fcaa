"""What the scan job calls per upload: a decision for every match, tickets opened or joined.

Idempotent: a rescan finds the ticket its first scan opened (or a complaint's ticket for the same
upload) and joins it; it never opens a second one or strikes twice, and while the ticket's
measure holds it prints that measure, whatever it would decide afresh. An original matched on both
channels (a video copied with its sound) gets one decision and one ticket, printed on both
matches; a music licence takes the sound out of that decision, and exempts a match on the sound
alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from origin.catalogue import MatchRecord, Upload
from origin.enforcement import audit, declarations, licences, policies, priority, tickets
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import DecisionRecord, Ticket
from origin.records import Match, ScanResult

CLEARED = "cleared_by_ticket"
SHARED_MATERIAL = "shared_material"       # sound another original, published first, holds too
UNCONFIRMED = "unconfirmed_candidate"     # below the stored-match threshold (scan --min-score)
TICKETED = ("review", "mute", "demote", "takedown")   # every action is linked to a ticket
APPLIED_AT_ONCE = ("mute", "demote", "takedown")
# A ticket held for one of these reasons waits for a reviewer even if a later scan says takedown.
NEEDS_A_HUMAN = (priority.FIRST_PUBLISHER_FLIP, priority.OWNERSHIP_CONFLICT, policies.ALLOW_LIST)


@dataclass(frozen=True)
class MatchDecision:
    """The enforcement columns ``scan --json`` adds to one match."""

    original: str
    decision: str
    exposure: float
    rule: str
    ticket: str | None

    def to_json(self) -> dict:
        return {"decision": self.decision, "exposure": round(self.exposure, 4),
                "rule": self.rule, "ticket": self.ticket}


def enforce_scan(session: Session, policy: Policy, result: ScanResult, *,
                 uploader: str | None, uploaded_at: datetime | None,
                 now: datetime) -> list[MatchDecision]:
    """Decide every match of one scanned upload, in the caller's transaction."""
    if result.error or result.upload_id is None or not result.matches:
        return []
    upload = session.get(Upload, result.upload_id)
    from_library = bool(upload is not None and upload.music_from_library)
    if upload is not None:
        uploader = uploader or upload.uploader
        uploaded_at = uploaded_at or utc(upload.uploaded_at)
    declared = declarations.declared_originals(session, [m.original for m in result.matches])
    # which channels of which originals were stored (reached the match threshold)
    stored = {original: set(channels.split("+")) for original, channels in session.execute(
        select(MatchRecord.original_id, MatchRecord.channel)
        .where(MatchRecord.upload_id == result.upload_id))}
    conflicts: dict[str, list[str]] = {}
    for channel in ("video", "audio"):      # pictures and sound are different works
        conflicts.update(priority.ownership_conflicts(
            [match for match in result.matches
             if channel in stored.get(match.original, ()) and match.channel == channel
             and match.yields_to is None],      # the earliest publisher's claim, not a rival's
            policy.conflict_overlap))
    licensed_at = uploaded_at or now
    grouped: dict[str, list[Match]] = {}
    for match in result.matches:
        grouped.setdefault(match.original, []).append(match)
    decided_for: dict[str, MatchDecision] = {}
    for original, matches in grouped.items():
        if original not in stored:
            decided_for[original] = MatchDecision(original, "none", 1.0, UNCONFIRMED, None)
            continue
        matches = [m for m in matches if m.channel in stored[original]] or matches
        owner = matches[0].owner
        # Sound whose material an earlier-published original holds too (recorded when the later
        # one was registered, ``audio.shared``): that original's match decides; this one only
        # stands as what else holds the material (the earliest publisher wins, DOMAIN.md).
        yielded = [m for m in matches if m.yields_to is not None]
        if yielded:
            matches = [m for m in matches if m.yields_to is None]
            if not matches:
                verdict = policies.Verdict("none", 1.0, SHARED_MATERIAL)
                _store(session, result.upload_id, original, verdict, None, now)
                decided_for[original] = MatchDecision(original, "none", 1.0, verdict.rule, None)
                continue
        if any(m.channel == "audio" for m in matches) and licences.licensed(
                session, owner, uploader, licensed_at, from_library):
            matches = [m for m in matches if m.channel != "audio"]
            if not matches:
                verdict = policies.Verdict("none", 1.0, licences.MUSIC_LICENCE)
                _store(session, result.upload_id, original, verdict, None, now)
                decided_for[original] = MatchDecision(original, "none", 1.0, verdict.rule, None)
                continue
        match = max(matches, key=lambda m: m.score)
        facts = policies.MatchFacts(
            original=original, owner=owner, uploader=uploader,
            declared=original in declared, score=match.score,
            matched_seconds=max(m.matched_seconds for m in matches),
            original_seconds=max(m.original_seconds for m in matches),
            coverage_upload=max(m.coverage_upload for m in matches),
            coverage_original=max(m.coverage_original for m in matches),
            channel="+".join(sorted({m.channel for m in matches}, key=("video", "audio").index)),
            tier=_tier(matches))
        verdict, flipped, reason = _verdict(policy, facts, match, uploaded_at, conflicts)
        ticket = None
        if verdict.decision in TICKETED:
            verdict, ticket = _ticket_for(session, policy, result.upload_id, match, uploader,
                                          verdict, flipped, reason, now)
        else:
            ticket = _ticket_of(session, result.upload_id, match)
            if ticket is not None and ticket.state not in tickets.MEASURE_HOLDS:
                ticket = None
        if ticket is not None and ticket.state in tickets.MEASURE_HOLDS:
            # a measure is lifted by its ticket (withdrawn, restored), never by a rescan that
            # decides otherwise (a matcher or policy change): print the measure in force
            verdict = policies.Verdict(ticket.measure, tickets.current_exposure(ticket),
                                       ticket.rule or verdict.rule, ticket.strike)
        _store(session, result.upload_id, original, verdict, ticket, now)
        decided_for[original] = MatchDecision(original, verdict.decision, verdict.exposure,
                                              verdict.rule, ticket and ticket.id)
    decided = [decided_for[match.original] for match in result.matches]
    return decided


def _tier(matches: list[Match]) -> str:
    """How one original's matches were found, for the policy: "geometry" when any picture match
    came from local features only, "turned" when the pictures matched only turned a quarter or
    half turn, "verified" when the sound alone matched and only verification carried it (the
    hashes barely heard it), else "global"."""
    tiers = {match.tier for match in matches}
    for tier in ("geometry", "turned"):
        if tier in tiers:
            return tier
    return "verified" if tiers == {"verified"} else "global"


def _verdict(policy: Policy, facts: policies.MatchFacts, match: Match,
             uploaded_at: datetime | None, conflicts: dict[str, list[str]]
             ) -> tuple[policies.Verdict, bool, str | None]:
    """Exemptions first, then first-publisher priority and conflicts, then the match policy."""
    exempt = policies.exempt(policy, facts)
    if exempt is not None:
        return exempt, False, None
    if priority.roles_flipped(uploaded_at, match.published_at):
        return (policies.Verdict("review", 1.0, priority.FIRST_PUBLISHER_FLIP), True,
                f"upload published {utc(uploaded_at).isoformat()} predates original "
                f"{match.original} published {utc(match.published_at).isoformat()}: roles flip")
    if match.original in conflicts:
        others = ", ".join(conflicts[match.original])
        return (policies.Verdict("review", 1.0, priority.OWNERSHIP_CONFLICT), False,
                f"owner {match.owner!r} of {match.original} and the owners of {others} claim "
                f"the same content")
    verdict = policies.evaluate(policy, facts)
    reason = (f"{verdict.rule}: score {match.score:.2f}, {facts.matched_seconds:.1f} s matched"
              f" ({facts.channel})")
    if match.shared_with:
        reason += (f"; the sound's material is also in {', '.join(match.shared_with)}, "
                   f"published later: {match.original}'s claim as its earliest publisher")
    return verdict, False, reason


def _ticket_for(session: Session, policy: Policy, upload_id: str, match: Match,
                uploader: str | None, verdict: policies.Verdict, flipped: bool,
                reason: str | None, now: datetime) -> tuple[policies.Verdict, Ticket]:
    """Join the ticket this match already has, or open one; a demotion or takedown is applied
    at once (the ticket carries it through notice, counter-notice and restoration)."""
    ticket = _ticket_of(session, upload_id, match)
    if ticket is not None and ticket.outcome == tickets.OVERTURNED:
        return policies.Verdict("track", 1.0, CLEARED), ticket
    if ticket is not None and ticket.original_id is None:    # a complaint's: the match is evidence
        ticket.original_id = match.original
    if ticket is not None:
        tickets.learn_uploader(session, policy, ticket, uploader,
                               at=max(utc(now), utc(ticket.updated_at)))
    if ticket is None:
        # flipped: the uploader's account files against the original's owner; labels and
        # account ids never share a column: the account goes in claimant_account (claimant
        # holds labels, which rights holders' keys are matched on), and the owner, a label,
        # is the original's, not an accused account (which strikes and evidence count on)
        ticket = tickets.open_ticket(
            session, policy, kind="copyright", source="scan", upload_id=upload_id,
            original_id=match.original, claimant=None if flipped else match.owner,
            claimant_account=uploader if flipped else None,
            accused=None if flipped else uploader,
            measure=verdict.decision if verdict.decision in ("demote", "mute") else "takedown",
            exposure=(verdict.exposure if verdict.decision == "demote"
                      else 1.0 if verdict.decision == "mute" else 0.0),
            strike=verdict.strike, rule=verdict.rule,
            received_at=now, actor=audit.SYSTEM, review_reason=reason, roles_flipped=flipped)
    if (verdict.decision in APPLIED_AT_ONCE and ticket.state == tickets.RECEIVED
            and ticket.rule not in NEEDS_A_HUMAN):
        ticket.rule, ticket.strike, ticket.measure = verdict.rule, verdict.strike, verdict.decision
        tickets.advance_through(session, policy, ticket, tickets.AUTOMATIC_STEPS,
                                actor=audit.SYSTEM, why=reason,      # never before its last step
                                at=max(utc(now), utc(ticket.updated_at)))
    return verdict, ticket


def _ticket_of(session: Session, upload_id: str, match: Match) -> Ticket | None:
    """The ticket this upload already has for this original (or its owner's complaint)."""
    return session.scalar(
        select(Ticket).where(Ticket.upload_id == upload_id, or_(
            Ticket.original_id == match.original,
            (Ticket.original_id.is_(None)) & (Ticket.claimant == match.owner)))
        .order_by(Ticket.received_at).limit(1))


def _store(session: Session, upload_id: str, original_id: str, verdict: policies.Verdict,
           ticket: Ticket | None, now: datetime) -> None:
    row = session.get(DecisionRecord, (upload_id, original_id))
    if row is None:
        row = DecisionRecord(upload_id=upload_id, original_id=original_id)
        session.add(row)
    row.decision, row.exposure, row.rule = verdict.decision, verdict.exposure, verdict.rule
    row.ticket_id, row.decided_at = ticket and ticket.id, utc(now)
