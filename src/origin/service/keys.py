"""API keys: who calls the service, in which role, filing for which claimant.

A key is ``origin_<id>_<secret>`` with 256 random bits of secret. It works until revoked, or
until its expiry when made with one (none by default), both checked on every request. Only its
SHA-256 is stored: a key this random cannot be guessed from its hash, so a slow password hash
would only slow every request down. The id lets a key be found (and revoked) without comparing
hashes across rows.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.enforcement.clock import parse, utc
from origin.errors import OriginError
from origin.rows import one_spelling
from origin.service.tables import ApiKey

RIGHTS_HOLDER = "rights_holder"
REVIEWER = "reviewer"
SCANNER = "scanner"
ROLES = (RIGHTS_HOLDER, REVIEWER, SCANNER)
TOKEN = re.compile(r"origin_(k[0-9a-f]{12})_([A-Za-z0-9_-]{43})")
NAME_LIMIT = 200
SPAN = re.compile(r"([0-9]+)([dh])")          # --expires 30d, 12h: from now
SPAN_UNITS = {"d": "days", "h": "hours"}


class ApiKeyError(OriginError):
    """A key that cannot be made or found (bad role, name or claimant; unknown id)."""


@dataclass(frozen=True)
class KeyView:
    id: str
    name: str
    role: str
    claimant: str | None
    created_at: datetime
    revoked_at: datetime | None
    expires_at: datetime | None

    @classmethod
    def of(cls, row: ApiKey) -> "KeyView":
        return cls(row.id, row.name, row.role, row.claimant, utc(row.created_at),
                   utc(row.revoked_at), utc(row.expires_at))

    def usable(self, at: datetime) -> bool:
        """Neither revoked nor expired at ``at``."""
        return self.revoked_at is None and (self.expires_at is None or utc(at) < self.expires_at)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "role": self.role, "claimant": self.claimant,
                "created_at": self.created_at.isoformat(),
                "revoked_at": self.revoked_at and self.revoked_at.isoformat(),
                "expires_at": self.expires_at and self.expires_at.isoformat()}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _label(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value or len(value) > NAME_LIMIT or not value.isprintable():
        raise ApiKeyError(f"{what} must be 1-{NAME_LIMIT} printable characters, not {value!r}")
    return one_spelling(value)


def holder(role: str, *, name: str | None = None,
           claimant: str | None = None) -> tuple[str, str | None]:
    """The key's (name, claimant) once checked: a separate step, so that the command line refuses
    a key before it opens (and would create) a workspace."""
    if role not in ROLES:
        raise ApiKeyError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    claimant = _label(claimant, "claimant")
    if role == RIGHTS_HOLDER and claimant is None:
        raise ApiKeyError("a rights_holder key needs --claimant: the label it files for")
    if role != RIGHTS_HOLDER and claimant is not None:
        raise ApiKeyError(f"only rights_holder keys file for a claimant, not {role} keys")
    name = _label(name, "name") or claimant
    if name is None:
        raise ApiKeyError(f"a {role} key needs --name: it is the actor in the audit log")
    return name, claimant


def expiry(text: str, at: datetime) -> datetime:
    """When a key made at ``at`` expires: ``30d`` or ``12h`` from then, or an ISO 8601 date or
    time (UTC without a zone); ``ApiKeyError`` for a time that has passed or cannot be kept."""
    span = SPAN.fullmatch(text.strip())
    try:
        moment = (utc(at) + timedelta(**{SPAN_UNITS[span.group(2)]: int(span.group(1))})
                  if span else parse(text))
    except ValueError:
        raise ApiKeyError(f"--expires: {text!r} is neither a date or time (2027-03-01, "
                          f"2027-03-01T12:00Z) nor a span from now (30d, 12h)") from None
    except OverflowError:
        raise ApiKeyError(f"--expires: {text} is too far ahead for a date") from None
    if moment <= utc(at):
        given = text if span else moment.isoformat()
        raise ApiKeyError(f"--expires: {given} has passed (now {utc(at).isoformat()})")
    return moment


def add(session: Session, role: str, *, name: str | None = None, claimant: str | None = None,
        at: datetime, expires_at: datetime | None = None) -> tuple[KeyView, str]:
    """A new key and the token to hand out (shown once: only its hash is kept)."""
    name, claimant = holder(role, name=name, claimant=claimant)
    key_id = "k" + secrets.token_hex(6)
    token = f"origin_{key_id}_{secrets.token_urlsafe(32)}"
    row = ApiKey(id=key_id, name=name, role=role, claimant=claimant,
                 secret_sha256=_digest(token), created_at=utc(at), revoked_at=None,
                 expires_at=utc(expires_at))
    session.add(row)
    return KeyView.of(row), token


def listing(session: Session) -> list[KeyView]:
    return [KeyView.of(row) for row in session.scalars(select(ApiKey).order_by(ApiKey.created_at,
                                                                                ApiKey.id))]


def revoke(session: Session, key_id: str, *, at: datetime) -> KeyView:
    """Revoke a key from now on (idempotent: a revoked key keeps its first revocation time)."""
    row = session.get(ApiKey, key_id)
    if row is None:
        raise ApiKeyError(f"no key {key_id!r}")
    row.revoked_at = row.revoked_at or utc(at)
    return KeyView.of(row)


def active(session: Session, key_id: str, *, at: datetime) -> KeyView | None:
    """The key with this id unless it is unknown, revoked or expired at ``at`` (a console
    session's re-check)."""
    row = session.get(ApiKey, key_id)
    key = None if row is None else KeyView.of(row)
    return key if key is not None and key.usable(at) else None


def authenticate(session: Session, token: str, *, at: datetime) -> KeyView | None:
    """The key this token is when usable at ``at``, or None (malformed, unknown, wrong secret,
    revoked or expired)."""
    parsed = TOKEN.fullmatch(token.strip())
    if parsed is None:
        return None
    row = session.get(ApiKey, parsed.group(1))
    if row is None or not hmac.compare_digest(row.secret_sha256, _digest(token.strip())):
        return None
    key = KeyView.of(row)
    return key if key.usable(at) else None
