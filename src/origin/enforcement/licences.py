"""Music licences: which uploads may use an owner's songs.

A licence names the owner (a label, a composer) and either one account or the platform's own music
library. Songs added to the app's music library are licensed to the platform for every account that
picks them there; the scan sees no "picked from the library" flag, so a library licence exempts
every account's use of that owner's sound. A licence covers the sound only: a video copied with
its sound is still decided on its pictures. ``until`` bounds it (inclusive; a date alone is the
end of that day, ``end_of_day``); the moment checked is the upload's time (or the scan's, when the
platform gave none).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from origin import rows
from origin.catalogue import Original
from origin.enforcement import audit
from origin.enforcement.clock import utc
from origin.enforcement.models import MusicLicence
from origin.errors import InputError, printable

MUSIC_LICENCE = "music_licence"      # the rule name of an exempted audio match
PLATFORM_LIBRARY = "platform music library"


@dataclass(frozen=True)
class Revocation:
    """Who ended a licence early, when and why (the audit log's ``revoke`` entry)."""

    at: datetime
    by: str
    why: str
    until_before: str | None         # the term it had (ISO-8601), None: open-ended

    def to_json(self) -> dict:
        return {"at": self.at.isoformat(), "by": self.by, "why": self.why,
                "until_before": self.until_before}


@dataclass(frozen=True)
class LicenceView:
    id: int
    owner: str
    licensee: str | None
    platform_library: bool
    until: datetime | None
    granted_at: datetime
    revoked: Revocation | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "owner": self.owner, "licensee": self.licensee,
                "platform_library": self.platform_library,
                "until": self.until and self.until.isoformat(),
                "granted_at": self.granted_at.isoformat(),
                "revoked": self.revoked and self.revoked.to_json()}


def _view(row: MusicLicence, revoked: Revocation | None = None) -> LicenceView:
    return LicenceView(row.id, row.owner, row.licensee, bool(row.platform_library), utc(row.until),
                       utc(row.granted_at), revoked)


def grant(session: Session, owner: str, licensee: str | None, platform_library: bool,
          until: datetime | None, now: datetime,
          actor: str = audit.SYSTEM) -> tuple[LicenceView, bool]:
    """Record a licence (audited); exactly one of ``licensee`` and ``platform_library``.

    Returns it and whether it is new: the same licence (owner, licensee, term) granted again is
    the one already recorded, not a second row."""
    owner, licensee = _name(owner, "--owner"), _name(licensee, "--to")
    if owner is None:
        raise InputError("--owner", "an owner is required")
    if bool(licensee) == bool(platform_library):
        raise InputError("music license", "give exactly one of --to ACCOUNT and --platform-library")
    if licensee == owner:        # policies.exempt: an owner's own uploads are never actioned
        raise InputError("--to", f"'{printable(owner)}' is the owner itself: its own uploads need "
                                 "no licence")
    if until is not None and utc(until) < utc(now):
        raise InputError("--until", f"{utc(until).isoformat()} is already past")
    same = select(MusicLicence).where(
        MusicLicence.owner == owner, MusicLicence.platform_library.is_(bool(platform_library)),
        MusicLicence.licensee.is_(None) if licensee is None else MusicLicence.licensee == licensee,
        MusicLicence.until.is_(None) if until is None else MusicLicence.until == utc(until))
    existing = session.scalars(same.order_by(MusicLicence.id).limit(1)).first()
    if existing is not None:
        return _view(existing), False
    row = MusicLicence(owner=owner, licensee=licensee, platform_library=platform_library,
                       until=utc(until), granted_at=utc(now))
    session.add(row)
    session.flush()
    audit.record(session, at=now, actor=actor, entity="music_licence", entity_id=str(row.id),
                 action="grant", why=f"{owner} licenses its music to "
                                     f"{licensee or PLATFORM_LIBRARY}",
                 data={"until": until and utc(until).isoformat()})
    return _view(row), True


def revoke(session: Session, number: int, by: str, why: str, now: datetime) -> LicenceView:
    """End licence ``number`` now (audited, ``by`` and ``why``): an upload made from this moment
    on is no longer exempt, whenever it is scanned. The row stays, its term ending now, and the
    audit log keeps the term it had, so every decision made under it stays explained (its match
    rows keep the rule ``music_licence``) and an upload made while it held is still covered on a
    rescan, as under any licence that ended. A licence granted by mistake is revoked so; one that
    has already ended, or was revoked, is refused in one line."""
    row = session.get(MusicLicence, number) if 0 < number < 1 << 63 else None
    if row is None:
        raise InputError(f"licence {number}", "no such licence (music licenses lists them)")
    by = _name(by, "--by")
    if by is None:
        raise InputError("--by", "who revokes it is required")
    if row.until is not None and utc(row.until) < utc(now):
        raise InputError(f"licence {number}", f"already ended at {utc(row.until).isoformat()}")
    before = row.until and utc(row.until).isoformat()
    row.until = utc(now)
    audit.record(session, at=now, actor=by, entity="music_licence", entity_id=str(row.id),
                 action="revoke", why=why,
                 data={"until_before": before, "until": utc(now).isoformat()})
    session.flush()
    return _view(row, Revocation(utc(now), by, why, before))


def _revocations(session: Session) -> dict[str, Revocation]:
    """Every licence's revocation from the audit log, by licence id (as text)."""
    from origin.enforcement.models import AuditEntry

    found = {}
    for entry in session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "music_licence", AuditEntry.action == "revoke")
            .order_by(AuditEntry.id)):
        data = json.loads(entry.data) if entry.data else {}
        found[entry.entity_id] = Revocation(utc(entry.at), entry.actor, entry.why or "",
                                            data.get("until_before"))
    return found


def end_of_day(day: date, zone: str) -> datetime:
    """The last moment of ``day`` in time zone ``zone``, in UTC: a licence "until 2027-01-31"
    covers that whole day where the platform is, not only up to its first second."""
    next_day = datetime.combine(day + timedelta(days=1), time(), tzinfo=ZoneInfo(zone))
    return utc(next_day) - timedelta(microseconds=1)


def _name(value: str | None, option: str) -> str | None:
    """An owner or account as its column holds it (``rows.checked_name``: 200 printable
    characters; a longer one was a traceback on PostgreSQL)."""
    try:
        return rows.checked_name(value, option)
    except rows.FieldError as error:
        raise InputError(option, error.reason) from None


def owner_has_music(session: Session, owner: str) -> bool:
    """Whether a registered original with sound has this owner: a licence of an owner without
    one (a misspelt label) exempts nothing."""
    return session.scalar(select(Original.key).where(
        Original.owner == owner, Original.audio_peaks.is_not(None)).limit(1)) is not None


def listed(session: Session, owner: str | None = None) -> list[LicenceView]:
    query = select(MusicLicence).order_by(MusicLicence.id)
    if owner is not None:
        query = query.where(MusicLicence.owner == owner)
    revoked = _revocations(session)
    return [_view(row, revoked.get(str(row.id))) for row in session.scalars(query)]


def licensed(session: Session, owner: str | None, account: str | None, at: datetime,
             from_library: bool = False) -> bool:
    """Whether ``account`` may use ``owner``'s music at ``at``: a licence to the account, or, for
    an upload whose sound the platform says was picked from its music library
    (``from_library``), a platform-library licence."""
    if owner is None or (account is None and not from_library):
        return False
    who = [MusicLicence.platform_library.is_(True)] if from_library else []
    if account is not None:
        who.append(MusicLicence.licensee == account)
    who = or_(*who)
    for row in session.scalars(select(MusicLicence).where(MusicLicence.owner == owner, who)):
        if row.until is None or utc(row.until) >= utc(at):
            return True
    return False
