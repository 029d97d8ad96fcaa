"""What the API's bodies look like, for the OpenAPI document and for checking responses.

Responses mirror the ``to_json`` of the domain views (``TicketView``, ``ComplaintView``, scan
records), so the API says exactly what the CLI's ``--json`` says. Records the core may grow
(scan results, matches) allow extra fields so a new one is passed on, not dropped.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from origin import rows
from origin.enforcement import tickets


StateName = Literal[tickets.STATES]  # type: ignore[valid-type]
MAX_WHY = rows.MAX_WHY             # characters of a reason (API, console and command line)
MAX_PAGE = 1_000_000               # last page number asked for (API and console): a 20-digit
                                   # one overflowed SQLite's 64-bit OFFSET


def _storable(value: str) -> str:
    """Text as the CLI's rows take it: a NUL would be stored (PostgreSQL refuses it: a 500)."""
    problem = rows.text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _moment(value: datetime) -> datetime:
    """In UTC (no zone = UTC), from 1970 to a day ahead of the clock, as the CLI's dates: year 1
    at +01:00 failed the whole scan with an OverflowError, and an upload "made" in 2999 was
    scanned and stored (the CLI and manifests refuse it as in the future)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    try:
        value = value.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("is out of range in UTC") from None
    if value < rows.EARLIEST:
        raise ValueError(f"{value.isoformat()} is before {rows.EARLIEST.date().isoformat()}")
    if value > rows.latest_moment():
        raise ValueError(f"{value.isoformat()} is in the future")
    return value


def _name(value: str) -> str:
    """An uploader as the CLI's ``--uploader`` and a manifest's rows take it
    (``rows.checked_name``: printable, stripped, in one spelling): the API stored 'shop\t1' and
    'shop\u202e', which no other intake takes and no account named at the CLI can equal."""
    try:
        name = rows.checked_name(value, "")
    except rows.FieldError as error:
        raise ValueError(error.reason) from None
    if name is None:
        raise ValueError("may not be blank")
    return name


Text = Annotated[str, AfterValidator(_storable)]
Name = Annotated[str, AfterValidator(_name)]
Moment = Annotated[datetime, AfterValidator(_moment)]


def _reason(value: str) -> str:
    """What the audit takes from the console and the command line alike (``rows.reason_problem``);
    a blank one said as they say it, not as "String should match pattern '\\S'"."""
    if not value.strip():
        raise ValueError("a reason is required, not a blank")
    problem = rows.reason_problem(value)
    if problem:
        raise ValueError(problem)
    return value


# for the audit; the schema shows the characters a reason may hold as a pattern (so a client, and
# schemathesis, can tell a reason that will be taken), ``_reason`` checks them with its own words
Reason = Annotated[str, Field(min_length=1, max_length=MAX_WHY,
                              json_schema_extra={"pattern": rows.REASON_PATTERN}),
                   AfterValidator(_reason)]


class Problem(BaseModel):
    """Every error: what went wrong, and the request field it is about when there is one."""

    detail: str
    field: str | None = None


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    database: str
    time: datetime


class ComplaintFiled(BaseModel):
    complaint: str
    tickets: list[str]
    already_acted_on: list[str] = Field(
        default_factory=list, description="uploads an open ticket of another claim already "
        "covers for this work: the notice joined it (one upload and work, one measure)")


class FiledTicket(BaseModel):
    id: str
    state: str


class CoveredUpload(BaseModel):
    upload: str
    state: Literal["being_acted_on", "closed"] = Field(
        description="whether the other claim's ticket on this upload is still open")


class Complaint(BaseModel):
    id: str
    claimant: str
    agent: str | None
    kind: str
    work: str
    jurisdiction: str
    received_at: datetime
    notice: dict[str, Any]
    tickets: list[FiledTicket]
    already_acted_on: list[CoveredUpload] = []
    withdrawn_at: datetime | None = None


class WithdrawalRequest(BaseModel):
    """A claimant taking its notice back; the reason is recorded in the audit."""

    model_config = ConfigDict(extra="forbid")

    why: Reason


class KeptTicket(BaseModel):
    ticket: str
    why: str


class Withdrawal(BaseModel):
    """What the withdrawal did: tickets withdrawn (measure lifted, strike reversed), tickets
    left open because a scan or another live notice backs them."""

    complaint: str
    withdrawn: list[str]
    kept: list[KeptTicket]


class AuditEntry(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    from_state: str | None = Field(alias="from")
    to_state: str | None = Field(alias="to")
    why: str | None
    data: dict[str, Any] | None


class Ticket(BaseModel):
    id: str
    kind: str
    source: str
    state: str
    outcome: str | None
    upload_id: str
    original_id: str | None
    complaint_id: str | None
    claimant: str | None
    claimant_account: str | None
    accused: str | None
    roles_flipped: bool
    review_reason: str | None
    rule: str | None
    measure: str
    exposure: float
    strike: str | None
    jurisdiction: str
    received_at: datetime
    due_at: datetime
    handled_at: datetime | None
    restore_due_at: datetime | None
    next_states: list[str]
    history: list[AuditEntry]


class TicketPage(BaseModel):
    items: list[Ticket]
    page: int
    per_page: int
    total: int
    pages: int


class Transition(BaseModel):
    """One step of the notice-and-takedown state machine, recorded with the key's name."""

    model_config = ConfigDict(extra="forbid")

    to: StateName
    why: Reason
    strike: Literal["minor", "serious", "severe"] | None = None
    seen: StateName | None = Field(None, alias="from", description=(
        "the state the step was chosen on: 409 when the ticket has left it since (another "
        "reviewer moved it)"))


MUSIC_FROM_LIBRARY = ("the platform says the upload's sound was picked from its own music library "
                      "(a --platform-library licence covers only such uploads); not said is not")


# an empty path is the scan root itself: a paths entry of "" scanned every file under it
UploadPath = Annotated[str, Field(min_length=1, max_length=4096)]


class ScanUpload(BaseModel):
    """One line of a manifest: an upload file with who uploaded it and when."""

    model_config = ConfigDict(extra="forbid")

    path: UploadPath
    upload_id: str | None = Field(None, min_length=1, max_length=200,
                                  description="the platform's id of this upload (one file)")
    uploader: Name | None = Field(None, min_length=1, max_length=200)
    uploaded_at: Moment | None = None
    music_from_library: bool | None = Field(None, description=MUSIC_FROM_LIBRARY)


class ScanRequest(BaseModel):
    """Uploads to scan: ``paths`` (files or folders) for one uploader, or a manifest."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"anyOf": [
        {"required": ["paths"], "properties": {"paths": {"minItems": 1}}},
        {"required": ["uploads"], "properties": {"uploads": {"minItems": 1}}}]})

    paths: list[UploadPath] = Field(default_factory=list, max_length=10_000)
    uploader: Name | None = Field(None, min_length=1, max_length=200)
    uploaded_at: Moment | None = None
    music_from_library: bool | None = Field(None, description=MUSIC_FROM_LIBRARY)
    uploads: list[ScanUpload] = Field(default_factory=list, max_length=10_000)
    min_score: float | None = Field(None, ge=0, le=1)
    wait: float = Field(10.0, ge=0, le=60, description="Seconds to wait for the results before "
                        "answering 202 with the scan's id (poll GET /v1/scans/{id})")

    @model_validator(mode="after")
    def _names_an_upload(self) -> "ScanRequest":
        if not self.paths and not self.uploads:
            raise ValueError("name at least one upload (paths or uploads)")
        return self


class Segment(BaseModel):
    upload_start: float
    upload_end: float
    original_start: float
    original_end: float


class ScanMatch(BaseModel):
    model_config = ConfigDict(extra="allow")

    original: str
    original_path: str
    owner: str | None
    published_at: datetime
    score: float
    coverage_upload: float
    coverage_original: float
    segments: list[Segment]
    channel: str = "video"              # "video" (pictures) or "audio" (sound)
    tier: str = "global"                # "geometry": pictures found by local features only;
                                        # "turned": only turned a quarter or half turn
    decision: str | None = None
    exposure: float | None = None
    rule: str | None = None
    ticket: str | None = None


class ScanRecord(BaseModel):
    """One upload as ``origin scan --json`` prints it."""

    model_config = ConfigDict(extra="allow")

    upload: str
    upload_id: str | None
    duration: float | None
    matches: list[ScanMatch]
    error: str | None


class Scan(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed"]
    total: int
    done: int
    created_at: datetime
    finished_at: datetime | None
    error: str | None
    results: list[ScanRecord]


EVIDENCE_ITEM = {"oneOf": [
    {"type": "string", "description": "the name of a file part of this multipart request"},
    {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
    {"type": "object", "properties": {"content_base64": {"type": "string"},
                                      "name": {"type": "string"}},
     "required": ["content_base64"]},
    {"type": "object", "properties": {"file": {"type": "string"}, "name": {"type": "string"}},
     "required": ["file"]}]}

NOTICE_SCHEMA = {
    "type": "object",
    "description": "The fields of a `complaints submit` row. A rights holder's key may leave "
                   "out `claimant` (it files for its own claimant only).",
    "properties": {
        "claimant": {"type": "string"},
        "contact": {"oneOf": [{"type": "string"}, {
            "type": "object", "properties": {"email": {"type": "string"},
                                             "phone": {"type": "string"}}}]},
        "work": {"type": "string", "description": "a registered original id (o-...) or a "
                                                  "description of the work"},
        "uploads": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "evidence": {"type": "array", "items": EVIDENCE_ITEM, "minItems": 1},
        "power_of_attorney": {"type": "array", "items": EVIDENCE_ITEM},
        "agent": {"type": "string"},
        "good_faith": {"type": "boolean"},
        "accurate": {"type": "boolean"},
        "kind": {"type": "string", "enum": list(tickets.KINDS)},
        "jurisdiction": {"type": "string"},
        "received_at": {"type": "string", "format": "date-time"},
        "reference": {"type": "string"},
    },
    "required": ["contact", "work", "uploads", "evidence", "good_faith", "accurate"],
}

COMPLAINT_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": NOTICE_SCHEMA},
    "multipart/form-data": {"schema": {
        "type": "object",
        "properties": {"notice": {"type": "string", "description": "the notice as JSON; its "
                                  "evidence names the file parts"},
                       "files": {"type": "array", "items": {"type": "string",
                                                            "format": "binary"}}},
        "required": ["notice"]}}}}}
