"""Complaint intake: notices from rights holders (JSON lines or CSV), validated field by field.

A valid notice (Regulation on the Right of Network Dissemination art. 14; DMCA §512(c)(3)) names
the claimant and contact, the work, the infringing uploads, preliminary evidence, good-faith and
accuracy statements, and a power of attorney when an agent files. Files are read by
``origin.rows`` (a line that cannot be read is that row's error) and each row is validated in
full, by type and range, database look-ups included, before anything is written: a rejected row
leaves nothing behind, names its field, and the rest of the file goes on. Attachments are stored
by content hash; the name a complaint gives a file is kept as a label only and never used as a
path to write to.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePath
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin import rows
from origin.catalogue import MatchRecord, Original, Upload
from origin.enforcement import audit, claimants, priority, tickets
from origin.enforcement.clock import utc
from origin.enforcement.config import Policy
from origin.enforcement.models import AuditEntry, Complaint, Ticket
from origin.enforcement.policies import ALLOW_LIST
from origin.enforcement.priority import FIRST_PUBLISHER_FLIP, OWNERSHIP_CONFLICT
from origin.errors import printable
from origin.rows import FieldError, RowError

ATTACHMENTS = "attachments"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{5,24}$")
UNMATCHED = "unmatched_upload"
CHUNK = 2000          # rows per transaction: durable progress on big files
NAME_CHARS = 200      # claimant, agent, contact details, upload ids: String(200) columns
UPLOAD_SEPARATORS = ";, \t"


class NoticeError(FieldError):
    """A notice that cannot be accepted; ``field`` names what is missing or invalid."""


class Filed(NoticeError):
    """A notice whose complaint (same claimant, work, uploads and kind) is already stored: a
    file submitted again after a crash says ``exists`` for it, as imports do."""

    def __init__(self, complaint_id: str):
        super().__init__(None, f"duplicate of complaint {complaint_id} (same claimant, work, "
                               f"uploads and kind), filed before")
        self.complaint_id = complaint_id


@dataclass(frozen=True)
class IntakeResult:
    line: int
    status: str                      # accepted / exists (filed before) / rejected
    complaint: str | None = None
    tickets: tuple[str, ...] = ()
    field: str | None = None
    error: str | None = None
    # (upload, ticket) the notice joined where the open ticket is another claim's (another
    # claimant's, or a scan's with none): one upload and work, one ticket, one strike; the
    # filer is told the upload is already acted on, and is shown nothing of that ticket.
    others: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict:
        return {"line": self.line, "status": self.status, "complaint": self.complaint,
                "tickets": list(self.tickets), "field": self.field, "error": self.error,
                "already_acted_on": [upload for upload, _ticket in self.others]}


@dataclass
class Attachment:
    role: str                        # evidence / power_of_attorney
    name: str                        # a label only
    content: bytes | None = None
    text: str | None = None

    @property
    def sha256(self) -> str | None:
        return None if self.content is None else hashlib.sha256(self.content).hexdigest()

    def to_json(self) -> dict:
        if self.content is None:
            return {"role": self.role, "text": self.text}
        return {"role": self.role, "name": self.name, "sha256": self.sha256,
                "size": len(self.content)}


@dataclass
class Notice:
    claimant: str
    contact: dict[str, str]
    work: str
    uploads: tuple[str, ...]
    attachments: list[Attachment]
    agent: str | None
    kind: str
    jurisdiction: str
    received_at: datetime
    reference: str | None = None
    original: Original | None = field(default=None, repr=False)
    upload_rows: dict[str, Upload] = field(default_factory=dict, repr=False)
    refiles: str | None = None       # the complaint of the same notice that was turned down

    @property
    def complaint_id(self) -> str:
        """Same claimant, work, uploads and kind = the same complaint, however it is worded
        (and the turned-down complaint it files again, if any)."""
        key = json.dumps([self.claimant, self.work, sorted(self.uploads), self.kind]
                         + ([self.refiles] if self.refiles else []))
        return "c-" + hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_json(self) -> dict:
        return {"claimant": self.claimant, "contact": self.contact, "work": self.work,
                "uploads": list(self.uploads), "agent": self.agent, "kind": self.kind,
                "jurisdiction": self.jurisdiction, "reference": self.reference,
                "received_at": self.received_at.isoformat(),
                "attachments": [a.to_json() for a in self.attachments]}


# --- reading ---------------------------------------------------------------------------------

FIELDS = frozenset(("claimant", "contact", "work", "uploads", "upload", "agent", "good_faith",
                    "accurate", "evidence", "power_of_attorney", "kind", "jurisdiction",
                    "received_at", "reference", "id"))
CSV_FIELDS = FIELDS | {"evidence_text"}          # and contact_* (``_from_csv``)


def read_rows(path: Path, policy: Policy, fmt: str = "auto") -> Iterator[tuple[int, dict | RowError]]:
    """(line, row) per complaint; an unreadable row comes back as its ``RowError``. Rows may
    carry attachments up to the policy's limit inline (base64), so they may be that large."""
    limits = rows.Limits(row_bytes=max(rows.MAX_ROW_BYTES, 3 * policy.max_attachment_bytes))
    csv_file = fmt == "csv" or (fmt == "auto" and Path(path).suffix.lower() == ".csv")
    for line, row in rows.checked_fields(path, rows.read_rows(path, fmt, limits),
                                         CSV_FIELDS if csv_file else FIELDS,
                                         ("contact_",) if csv_file else ()):
        yield line, _from_csv(row) if isinstance(row, dict) and csv_file else row


def _from_csv(row: dict[str, str]) -> dict:
    """Flat CSV columns to the JSON shape: contact_* → contact, ';'-separated lists."""
    data: dict = {key: value.strip() for key, value in row.items() if value.strip()}
    contact = {key[len("contact_"):]: data.pop(key) for key in list(data)
               if key.startswith("contact_")}
    if contact:
        data["contact"] = contact
    for key in ("evidence", "evidence_text"):
        if key in data:
            data[key] = [item.strip() for item in data[key].split(";") if item.strip()]
    data["evidence"] = data.get("evidence", []) + [
        {"text": text} for text in data.pop("evidence_text", [])]
    return data


# --- validation ------------------------------------------------------------------------------

def validate(session: Session, policy: Policy, row: dict, *, base: Path, now: datetime,
             seen: set[str], originals: dict[str, Original | None] | None = None) -> Notice:
    """The notice, or a ``NoticeError`` naming the first missing or invalid field."""
    try:
        notice = _notice(row, policy, base, now)
    except FieldError as error:
        raise NoticeError(error.field, error.reason) from None
    if notice.work.startswith("o-"):
        notice.original = _original(session, notice.work, {} if originals is None else originals)
        if notice.original is None:
            raise NoticeError("work", f"no registered original {notice.work!r}")
    notice.upload_rows = {row.id: row for row in session.scalars(
        select(Upload).where(Upload.id.in_(notice.uploads)))}
    unknown = [upload for upload in notice.uploads if upload not in notice.upload_rows]
    if unknown:
        raise NoticeError("uploads", f"unknown upload id(s): {', '.join(unknown)}")
    while True:
        complaint_id = notice.complaint_id
        if complaint_id in seen:
            raise NoticeError(None, f"duplicate of complaint {complaint_id} (same claimant, "
                                    f"work, uploads and kind)")
        if session.get(Complaint, complaint_id) is None:
            return notice
        if not _turned_down(session, complaint_id):
            raise Filed(complaint_id)
        notice.refiles = complaint_id              # filed again, with better evidence


def _turned_down(session: Session, complaint_id: str) -> bool:
    """Every ticket the complaint opened was rejected or withdrawn, or its claimant took it
    back: the notice may be filed again (a complaint that only joined other tickets has none,
    and is not, unless taken back; one taken back whose ticket another notice kept open said
    ``exists``, and the refiling was lost)."""
    if _withdrawal(session, complaint_id) is not None:
        return True
    states = set(session.scalars(select(Ticket.state).where(Ticket.complaint_id == complaint_id)))
    return bool(states) and states <= {tickets.REJECTED, tickets.WITHDRAWN}


def _notice(row: dict, policy: Policy, base: Path, now: datetime) -> Notice:
    """Every field read by type and range (``FieldError`` for the first bad one); no database.
    A field that reads as one the notice lacks (``recieved_at``: its deadlines counted from
    now; ``jurisdicton``: the default jurisdiction's) refuses it, from a file or the API."""
    misspelt = rows.misspelt(row, FIELDS)
    if misspelt is not None:
        raise misspelt
    # names as every name is (printable, one spelling): a claimant holding a control or
    # bidirectional character was filed, and `claimants show` refuses such a name (stop 43)
    claimant = rows.checked_name(row.get("claimant"), "claimant")
    if claimant is None:
        raise NoticeError("claimant", "is required")
    contact = _contact(row.get("contact"))
    # in one spelling: "Café" typed with a combining accent was another complaint, a twin ticket
    work = rows.one_spelling(rows.text(row, "work", required=True))
    uploads = _uploads(row)
    agent = rows.checked_name(row.get("agent"), "agent")
    for statement, meaning in (("good_faith", "the good-faith statement"),
                               ("accurate", "the statement that the notice is accurate")):
        if not rows.flag(row, statement):
            raise NoticeError(statement, f"{meaning} is required and must be true")
    attachments = _attachments(row.get("evidence"), "evidence", base, policy, required=True)
    if agent is not None:
        attachments += _attachments(row.get("power_of_attorney"), "power_of_attorney", base,
                                    policy, required=True,
                                    why="an agent files: the power of attorney is required")
    kind = rows.text(row, "kind", max_chars=NAME_CHARS) or "copyright"
    if kind not in tickets.KINDS:
        raise NoticeError("kind", f"must be one of {', '.join(tickets.KINDS)}, not {kind!r}")
    jurisdiction = rows.text(row, "jurisdiction", max_chars=NAME_CHARS) \
        or policy.default_jurisdiction
    if jurisdiction not in policy.jurisdictions:
        raise NoticeError("jurisdiction", f"unknown {jurisdiction!r} (configured: "
                                          f"{', '.join(sorted(policy.jurisdictions))})")
    received_at = rows.moment(row, "received_at", latest=now) or now
    reference_key = "reference" if not rows.is_blank(row.get("reference")) else "id"
    reference = rows.text(row, reference_key, max_chars=NAME_CHARS)
    return Notice(claimant, contact, work, uploads, attachments, agent, kind, jurisdiction,
                  received_at, reference=reference)


def _original(session: Session, original_id: str,
              cache: dict[str, Original | None]) -> Original | None:
    if original_id not in cache:
        cache[original_id] = session.scalar(select(Original).where(Original.id == original_id))
    return cache[original_id]


def _contact(value) -> dict[str, str]:
    """An email or phone (text), or an object of contact details (each text)."""
    if isinstance(value, str):
        value = rows.checked_text(value, "contact", NAME_CHARS)
        value = {"email": value} if "@" in value else {"phone": value}
    if not isinstance(value, dict):
        if rows.is_blank(value):
            raise NoticeError("contact", "is required: an email or a phone number")
        raise NoticeError("contact", f"must be an email, a phone number or an object of them, "
                                     f"got {rows.kind(value)}")
    contact = {}
    for key in value:
        detail = rows.text(value, key, max_chars=NAME_CHARS, field=f"contact.{key}")
        if detail is not None:
            contact[rows.checked_text(key, "contact", NAME_CHARS)] = detail
    if not (contact.get("email") or contact.get("phone")):
        raise NoticeError("contact", "is required: an email or a phone number")
    if "email" in contact and not EMAIL.match(contact["email"]):
        raise NoticeError("contact.email", f"not an email address: {contact['email']!r}")
    if "phone" in contact and not PHONE.match(contact["phone"]):
        raise NoticeError("contact.phone", f"not a phone number: {contact['phone']!r}")
    return contact


def _uploads(row: dict) -> tuple[str, ...]:
    key = "uploads" if not rows.is_blank(row.get("uploads")) else "upload"
    uploads = rows.texts(row, key, separators=UPLOAD_SEPARATORS, max_chars=NAME_CHARS,
                         field="uploads")
    if not uploads:
        raise NoticeError("uploads", "is required: the id(s) of the infringing upload(s)")
    return tuple(dict.fromkeys(uploads))


def _attachments(value, role: str, base: Path, policy: Policy, *, required: bool,
                 why: str | None = None) -> list[Attachment]:
    if isinstance(value, (str, dict)):
        value = [value]
    if rows.is_blank(value) or value == []:
        if required:
            raise NoticeError(role, why or "is required: preliminary evidence of the right and "
                                           "of the infringement")
        return []
    if not isinstance(value, list):
        raise NoticeError(role, f"must be a list of files or texts, got {rows.kind(value)}")
    return [_attachment(item, f"{role}[{index}]", role, base, policy)
            for index, item in enumerate(value)]


def _attachment(item, where: str, role: str, base: Path, policy: Policy) -> Attachment:
    if isinstance(item, str):
        item = {"file": item}
    if not isinstance(item, dict):
        raise NoticeError(where, f"must be a file name, {{file: ...}}, {{content_base64: ...}} "
                                 f"or {{text: ...}}, got {rows.kind(item)}")
    limit = policy.max_attachment_bytes
    if not rows.is_blank(item.get("text")):
        text = rows.checked_text(item["text"], f"{where}.text", limit)
        if len(text.encode("utf-8")) > limit:
            raise NoticeError(f"{where}.text", f"text larger than the {limit}-byte limit")
        return Attachment(role, "text", text=text)
    name = rows.text(item, "name", max_chars=1000, field=f"{where}.name")
    if not rows.is_blank(item.get("content_base64")):
        encoded = rows.checked_text(item["content_base64"], f"{where}.content_base64",
                                    limit * 4 // 3 + 4)
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise NoticeError(f"{where}.content_base64", "not valid base64") from None
        if len(content) > limit:
            raise NoticeError(f"{where}.content_base64",
                              f"attachment larger than the {limit}-byte limit")
        return Attachment(role, _label(name or "attachment"), content)
    if not rows.is_blank(item.get("file")):
        file = rows.checked_text(item["file"], f"{where}.file", 1000)
        return Attachment(role, _label(name or file), _read_inside(base, file, where, limit))
    raise NoticeError(where, "names no file, content or text")


SHOWN_NAME = 120       # characters of a file name in an error: a 1 000-character name is allowed
# where a notice's {"file": ...} evidence is looked for, as the CLI says it; the API, whose files
# come as multipart parts, says its own words in its place
BESIDE_THE_FILE = "next to the complaint file"


def _read_inside(base: Path, name: str, where: str, limit: int) -> bytes:
    """A file named relative to the complaint file's folder; never a path outside it."""
    shown = repr(name) if len(name) <= SHOWN_NAME else repr(name[:SHOWN_NAME - 3] + "...")
    try:
        root = base.resolve()
        path = (root / name).resolve()
        if not path.is_relative_to(root):
            raise NoticeError(where, f"{shown} is outside the complaint's folder")
        if not path.is_file():
            raise NoticeError(where, f"no such file {shown} {BESIDE_THE_FILE}")
        size = path.stat().st_size
        if size > limit:
            raise NoticeError(where, f"{shown} is {size} bytes, over the {limit}-byte limit")
        return path.read_bytes()
    except (OSError, ValueError) as error:
        raise NoticeError(where, f"cannot read {shown}: "
                                 f"{getattr(error, 'strerror', None) or error}") from None


def _label(name: str) -> str:
    """A display name: the last path component, printable characters only."""
    label = PurePath(str(name).replace("\\", "/")).name
    return "".join(ch for ch in label if ch.isprintable())[:200] or "attachment"


# --- writing ---------------------------------------------------------------------------------

def store_attachment(root: Path, content: bytes) -> Path:
    """Write content under ``attachments/aa/<sha256>`` atomically; the hash is the only name."""
    digest = hashlib.sha256(content).hexdigest()
    target = root / ATTACHMENTS / digest[:2] / digest
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return target


def attachment_path(root: Path, sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError(f"not a sha256: {sha256!r}")
    return root / ATTACHMENTS / sha256[:2] / sha256


@dataclass
class _Plan:
    """What one upload of a notice will get, decided by reads before anything is written."""

    upload: Upload
    match: MatchRecord | None
    joined: Ticket | None
    review: tuple[str, str] | None          # (rule, reason) when a human must look first


class Intake:
    """One intake run: caches per-run facts (originals, claimant fast-track) across its rows.

    Each row reads everything it needs first and writes afterwards, so a rejected row writes
    nothing. Nothing is flushed until the chunk commits (inserts then go out in batches); the
    tickets opened in this chunk are kept in ``_opened`` so later rows still see them.
    """

    def __init__(self, session: Session, policy: Policy, root: Path, *, now: datetime,
                 actor: str = "intake"):
        self.session, self.policy, self.root = session, policy, root
        self.now, self.actor = utc(now), actor
        self.seen: set[str] = set()
        self._originals: dict[str, Original | None] = {}
        self._fast_track: dict[str, bool] = {}
        self._opened: dict[str, list[Ticket]] = {}       # upload id -> tickets not yet flushed
        self._works: dict[str, str] = {}                 # their ticket id -> the notice's work

    def submit(self, line: int, row: dict | RowError, base: Path) -> IntakeResult:
        if isinstance(row, RowError):
            return _rejected(line, row.field, row.reason)
        try:
            with self.session.no_autoflush:
                notice = validate(self.session, self.policy, row, base=base, now=self.now,
                                  seen=self.seen, originals=self._originals)
                plans = [self._plan(notice, notice.upload_rows[upload])
                         for upload in notice.uploads]
        except Filed as filed:
            self.seen.add(filed.complaint_id)        # a second row of it in this file is refused
            return IntakeResult(line, "exists", filed.complaint_id, tuple(self.session.scalars(
                select(Ticket.id).where(Ticket.complaint_id == filed.complaint_id)
                .order_by(Ticket.received_at, Ticket.id))))
        except NoticeError as error:
            return _rejected(line, error.field, error.reason)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as error:
            # Reads only so far: a validation bug on one odd row must not lose the file.
            return _rejected(line, None, f"not validated ({type(error).__name__}: "
                                         f"{printable(str(error))[:200]})")
        for attachment in notice.attachments:
            if attachment.content is not None:
                store_attachment(self.root, attachment.content)
        complaint_id = notice.complaint_id
        self.seen.add(complaint_id)
        self.session.add(Complaint(
            id=complaint_id, claimant=notice.claimant, agent=notice.agent, kind=notice.kind,
            work=notice.work, jurisdiction=notice.jurisdiction, received_at=notice.received_at,
            notice=json.dumps(notice.to_json(), ensure_ascii=False, sort_keys=True)))
        audit.record(self.session, at=notice.received_at, actor=notice.agent or notice.claimant,
                     entity="complaint", entity_id=complaint_id, action="submit",
                     data={"line": line, "uploads": list(notice.uploads)}
                     | ({"refiles": notice.refiles} if notice.refiles else {}))
        ticket_ids = tuple(self._file(notice, complaint_id, plan) for plan in plans)
        others = tuple((plan.upload.id, plan.joined.id) for plan in plans
                       if plan.joined is not None and plan.joined.claimant != notice.claimant)
        return IntakeResult(line, "accepted", complaint_id, ticket_ids, others=others)

    def _plan(self, notice: Notice, upload: Upload) -> _Plan:
        match = self._match(notice, upload.id)
        joined = match and (next(
            (t for t in self._opened.get(upload.id, ()) if t.original_id == match.original_id
             and t.state not in tickets.TERMINAL), None) or self.session.scalar(
            select(Ticket).where(Ticket.upload_id == upload.id,
                                 Ticket.original_id == match.original_id,
                                 Ticket.state.not_in(tickets.TERMINAL)).limit(1)))
        if match is None:
            joined = self._same_claim(notice, upload.id)
        review = None if joined else self._review(notice, upload, match)
        return _Plan(upload, match, joined, review)

    def _same_claim(self, notice: Notice, upload_id: str) -> Ticket | None:
        """The claimant's open ticket on this upload for the same work where no match backs
        it: a second notice naming "my song" on it again opened a twin ticket (reviewed twice,
        each measure a strike); with no original to compare, the work is its words."""
        return next((t for t in self._opened.get(upload_id, ())
                     if t.original_id is None and t.claimant == notice.claimant
                     and t.kind == notice.kind and self._works.get(t.id) == notice.work
                     and t.state not in tickets.TERMINAL), None) or self.session.scalar(
            select(Ticket).join(Complaint, Complaint.id == Ticket.complaint_id).where(
                Ticket.upload_id == upload_id, Ticket.original_id.is_(None),
                Ticket.claimant == notice.claimant, Ticket.kind == notice.kind,
                Complaint.work == notice.work,
                Ticket.state.not_in(tickets.TERMINAL)).limit(1))

    def _file(self, notice: Notice, complaint_id: str, plan: _Plan) -> str:
        """Join the open ticket for the same upload and work, or open one and route it."""
        # what the platform does with a notice it does when the notice is filed: a notice
        # received by mail days before was acted on "then" (handled at once, strike older)
        acted_at = max(self.now, notice.received_at)
        if plan.joined is not None:
            plan.joined.complaint_id = plan.joined.complaint_id or complaint_id
            audit.record(self.session, at=acted_at, actor=self.actor, entity="ticket",
                         entity_id=plan.joined.id, action="join",
                         why=f"complaint {complaint_id} names the same upload and work")
            audit.record(self.session, at=acted_at, actor=self.actor,
                         entity="complaint", entity_id=complaint_id, action="join",
                         why="an open ticket covers the same upload and work",
                         data={"ticket": plan.joined.id, "upload": plan.upload.id})
            return plan.joined.id
        match, review = plan.match, plan.review
        ticket = tickets.open_ticket(
            self.session, self.policy, kind=notice.kind, source="complaint",
            upload_id=plan.upload.id, original_id=match and match.original_id,
            complaint_id=complaint_id, claimant=notice.claimant, accused=plan.upload.uploader,
            measure=self.policy.complaint_measure, exposure=0.0,
            strike=self.policy.complaint_strike, rule=review[0] if review else "complaint",
            received_at=notice.received_at, actor=notice.agent or notice.claimant,
            jurisdiction=notice.jurisdiction, review_reason=review and ": ".join(review),
            roles_flipped=review is not None and review[0] == FIRST_PUBLISHER_FLIP)
        self._opened.setdefault(plan.upload.id, []).append(ticket)
        self._works[ticket.id] = notice.work
        if review is None:
            why = (f"valid notice; match {match.id} (score {match.score:.2f}) is the evidence"
                   if match else "valid notice from a fast-tracked claimant")
            tickets.advance_through(self.session, self.policy, ticket, tickets.AUTOMATIC_STEPS,
                                    actor=audit.SYSTEM, why=why, at=acted_at)
        return ticket.id

    def _match(self, notice: Notice, upload_id: str) -> MatchRecord | None:
        """The match that backs the claim: against the named work, else any of the claimant's."""
        query = select(MatchRecord).where(MatchRecord.upload_id == upload_id)
        if notice.original is not None:
            query = query.where(MatchRecord.original_id == notice.original.id)
        else:
            query = query.join(Original, Original.id == MatchRecord.original_id).where(
                Original.owner == notice.claimant)
        return self.session.scalar(query.order_by(MatchRecord.score.desc()).limit(1))

    def _review(self, notice: Notice, upload: Upload,
                match: MatchRecord | None) -> tuple[str, str] | None:
        """(rule, reason) when a human must look first; None when the notice is acted on now."""
        original = notice.original or (
            match and _original(self.session, match.original_id, self._originals))
        if original is not None and original.owner and original.owner != notice.claimant:
            return OWNERSHIP_CONFLICT, (f"{notice.claimant!r} claims {original.id}, "
                                        f"registered to {original.owner!r}")
        rival = next((t.claimant for t in self._opened.get(upload.id, ())
                      if t.claimant != notice.claimant and t.source == "complaint"), None)
        rival = rival or self.session.scalar(select(Ticket.claimant).where(
            Ticket.upload_id == upload.id, Ticket.claimant != notice.claimant,
            Ticket.source == "complaint", Ticket.outcome.is_distinct_from(tickets.OVERTURNED),
            Ticket.state != tickets.WITHDRAWN).limit(1))
        if rival is not None:
            return OWNERSHIP_CONFLICT, f"{rival!r} also claims upload {upload.id}"
        if original is not None and priority.roles_flipped(upload.uploaded_at,
                                                           original.published_at):
            return FIRST_PUBLISHER_FLIP, (f"upload {upload.id} predates {original.id}; the "
                                          f"claimed work may be the copy")
        if self.policy.allowed(notice.claimant, upload.uploader):
            return ALLOW_LIST, f"{upload.uploader!r} is licensed by {notice.claimant!r}"
        if match is None and not self._is_fast_tracked(notice.claimant):
            return UNMATCHED, "human review of the claimant's evidence"
        return None

    def _is_fast_tracked(self, claimant: str) -> bool:
        if claimant not in self._fast_track:
            self._fast_track[claimant] = claimants.record(
                self.session, self.policy, claimant).fast_track
        return self._fast_track[claimant]


def _rejected(line: int, field: str | None, reason: str) -> IntakeResult:
    return IntakeResult(line, "rejected", field=field,
                        error=f"{field}: {reason}" if field else reason)


def submit_file(workspace, policy: Policy, path: Path, *, now: datetime, fmt: str = "auto",
                actor: str = "intake") -> Iterator[IntakeResult]:
    """Submit every complaint in a file, committing every ``CHUNK`` rows. A file that cannot
    be opened raises ``InputError`` before the first result."""
    path = Path(path)
    base = rows.files_folder(path)
    source = read_rows(path, policy, fmt)
    while True:
        batch = []
        with workspace.session() as session:
            intake = Intake(session, policy, workspace.path, now=now, actor=actor)
            for line, row in source:
                batch.append(intake.submit(line, row, base))
                if len(batch) >= CHUNK:
                    break
        yield from batch
        if len(batch) < CHUNK:
            return


@dataclass(frozen=True)
class ComplaintView:
    id: str
    claimant: str
    agent: str | None
    kind: str
    work: str
    jurisdiction: str
    received_at: datetime
    notice: dict
    tickets: tuple[tuple[str, str], ...]         # (ticket id, state): the claimant's own
    # (upload, ACTED_ON or CLOSED): uploads an open ticket of another claim covered when this
    # complaint was filed (it joined that ticket); nothing of that ticket but whether it is open
    others: tuple[tuple[str, str], ...] = ()
    withdrawn_at: datetime | None = None         # the claimant took the notice back

    def to_json(self) -> dict:
        return {"id": self.id, "claimant": self.claimant, "agent": self.agent, "kind": self.kind,
                "work": self.work, "jurisdiction": self.jurisdiction,
                "received_at": self.received_at.isoformat(), "notice": self.notice,
                "tickets": [{"id": ticket, "state": state} for ticket, state in self.tickets],
                "already_acted_on": [{"upload": upload, "state": state}
                                     for upload, state in self.others],
                "withdrawn_at": self.withdrawn_at and self.withdrawn_at.isoformat()}


ACTED_ON = "being_acted_on"     # another claim's ticket on the upload and work is open
CLOSED = "closed"               # it has ended: a new notice opens a ticket of its own


def show(session: Session, complaint_id: str) -> ComplaintView | None:
    """A filed complaint with the tickets it opened or joined; None when there is none.

    A joined ticket of the same claimant is listed with its id and state like one the complaint
    opened; one of another claim (another claimant's, or a scan's with no claimant) is not: the
    filer's key could not open it. Its upload is listed under ``others`` with whether that
    ticket is still open."""
    row = session.get(Complaint, complaint_id)
    if row is None:
        return None
    filed = {ticket: state for ticket, state in session.execute(
        select(Ticket.id, Ticket.state).where(Ticket.complaint_id == complaint_id)
        .order_by(Ticket.received_at, Ticket.id))}
    others = []
    for (data,) in session.execute(select(AuditEntry.data).where(
            AuditEntry.entity == "complaint", AuditEntry.entity_id == complaint_id,
            AuditEntry.action == "join").order_by(AuditEntry.id)):
        joined = json.loads(data)
        ticket = session.get(Ticket, joined["ticket"])
        if ticket is None:
            continue
        if ticket.claimant == row.claimant:
            filed.setdefault(ticket.id, ticket.state)
        else:
            others.append((joined["upload"],
                           CLOSED if ticket.state in tickets.TERMINAL else ACTED_ON))
    withdrawn = _withdrawal(session, complaint_id)
    return ComplaintView(row.id, row.claimant, row.agent, row.kind, row.work, row.jurisdiction,
                         utc(row.received_at), json.loads(row.notice), tuple(filed.items()),
                         tuple(others), withdrawn and utc(withdrawn.at))


class WithdrawalError(tickets.TicketError):
    """A complaint that cannot be withdrawn (none such, or taken back already: ``at`` and
    ``by`` then say when and who, so the API can hide a reviewer's name from a claimant)."""

    def __init__(self, complaint_id: str, *, at: datetime | None = None,
                 by: str | None = None) -> None:
        self.complaint_id, self.at, self.by = complaint_id, at, by
        super().__init__(self.said(by) if at else f"no complaint {complaint_id!r}")

    def said(self, by: str | None) -> str:
        return (f"complaint {self.complaint_id} was withdrawn at {self.at:%Y-%m-%d %H:%M}Z "
                f"by {by}")


@dataclass(frozen=True)
class Withdrawal:
    """What taking a notice back did: the tickets it withdrew (their measures lifted, strikes
    reversed) and the open ones it left, each with why (another notice or a scan backs it)."""
    complaint_id: str
    withdrawn: tuple[str, ...]
    kept: tuple[tuple[str, str], ...]

    def to_json(self) -> dict:
        return {"complaint": self.complaint_id, "withdrawn": list(self.withdrawn),
                "kept": [{"ticket": ticket, "why": why} for ticket, why in self.kept]}


def withdraw(session: Session, policy: Policy, complaint_id: str, *, actor: str, why: str,
             at: datetime) -> Withdrawal:
    """The claimant takes its notice back (a wrongful notice, a licence agreed: E-Commerce Law
    art. 42 makes the notifier answer for a wrongful one, so it must be able to stop it).

    Each open ticket the notice alone backs is withdrawn: its measure is lifted and its strike
    reversed. A ticket that a scan opened, or that another live notice of the same claimant
    joined, still has that evidence and stays open. The claimant's record counts each withdrawn
    ticket as withdrawn (neither upheld nor overturned)."""
    row = session.get(Complaint, complaint_id)
    if row is None:
        raise WithdrawalError(complaint_id)
    before = _withdrawal(session, complaint_id)
    if before is not None:
        raise WithdrawalError(complaint_id, at=utc(before.at), by=before.actor)
    withdrawn, kept = [], []
    for ticket_id, _state in show(session, complaint_id).tickets:
        ticket = tickets.get(session, ticket_id)
        if ticket.state in tickets.TERMINAL:
            continue
        backers = _live_backers(session, ticket) - {complaint_id}
        if ticket.source != "complaint":
            kept.append((ticket.id, f"opened by a {ticket.source}, whose match still backs it"))
        elif backers:
            ours = sorted(other for other in backers
                          if session.get(Complaint, other).claimant == row.claimant)
            kept.append((ticket.id, f"complaint {ours[0]} backs it too" if ours
                         else "another claimant's notice backs it too"))
        else:
            tickets.advance(session, policy, ticket, tickets.WITHDRAWN, actor=actor,
                            why=f"complaint {complaint_id} withdrawn: {why}", at=at)
            withdrawn.append(ticket.id)
    audit.record(session, at=at, actor=actor, entity="complaint", entity_id=complaint_id,
                 action=WITHDRAW, why=why, data={"tickets": withdrawn,
                                                 "kept": [ticket for ticket, _ in kept]})
    return Withdrawal(complaint_id, tuple(withdrawn), tuple(kept))


WITHDRAW = "withdraw"      # the audit action that marks a complaint taken back


def _withdrawal(session: Session, complaint_id: str) -> AuditEntry | None:
    return session.scalar(select(AuditEntry).where(
        AuditEntry.entity == "complaint", AuditEntry.entity_id == complaint_id,
        AuditEntry.action == WITHDRAW).limit(1))


def _live_backers(session: Session, ticket: Ticket) -> set[str]:
    """The complaints behind a ticket that are not withdrawn: the one that opened it and each
    that joined it (a join is an audit entry naming the ticket)."""
    joined = {complaint for complaint, data in session.execute(
        select(AuditEntry.entity_id, AuditEntry.data).where(
            AuditEntry.entity == "complaint", AuditEntry.action == "join",
            AuditEntry.data.contains(ticket.id)))       # a prefilter; the JSON decides
        if json.loads(data).get("ticket") == ticket.id}
    backers = joined | ({ticket.complaint_id} if ticket.complaint_id else set())
    return {complaint for complaint in backers if _withdrawal(session, complaint) is None}
