"""The ``/v1`` routes: thin calls into ``origin.enforcement`` with the caller's key applied.

A rights holder's key sees only what it filed or what names its claimant; another claimant's
ids answer 404 exactly like ids that do not exist, so ids cannot be probed.
"""
from __future__ import annotations

import asyncio
import tempfile
from contextlib import nullcontext
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import select
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException

from origin import rows
from origin.enforcement import complaints, tickets
from origin.enforcement.models import Complaint as ComplaintRow
from origin.service import keys, scans
from origin.service.auth import role, sees
from origin.service.errors import COMMON, ApiProblem, media_type
from origin.service.forms import TextPartsParser
from origin.service.schemas import (COMPLAINT_BODY, MAX_PAGE, Complaint, ComplaintFiled, Health,
                                    Problem, Scan, ScanRequest, StateName, Ticket, TicketPage,
                                    Transition, Withdrawal, WithdrawalRequest)
from origin.service.tables import ScanJob

router = APIRouter(prefix="/v1", responses={
    status: {"model": Problem, "description": text} for status, text in COMMON.items()})
MAX_SHOWN_ID = 80          # characters of an unknown id a 404 repeats
NOT_FOUND = {404: {"model": Problem, "description": "no such id (or not yours)"}}
PER_PAGE = 50


def _quoted(given_id: str) -> str:
    """An id from the request path as a 404 names it: quoted, and cut at ``MAX_SHOWN_ID``
    characters, so a 5 000-character id does not come back in full."""
    if len(given_id) <= MAX_SHOWN_ID:
        return repr(given_id)
    return f"{given_id[:MAX_SHOWN_ID]!r}... ({len(given_id)} characters)"


def _env(request: Request):
    return request.app.state.env


async def _each_key_once(request: Request) -> None:
    """A JSON body naming a key twice is refused, as a notice's is (``rows``): FastAPI kept
    the last value, so ``{"to": "withdrawn", ..., "to": "validated"}`` moved the ticket to
    ``validated`` and a scan's second ``paths`` replaced its first, without a word."""
    if media_type(request) in ("application/json", "") or media_type(request).endswith("+json"):
        problem = rows.repeated_key(await request.body())
        if problem is not None:
            raise ApiProblem(422, f"body: {problem}")


@router.get("/health", response_model=Health, tags=["service"],
            responses={503: {"model": Problem, "description": "the database does not answer"}})
def health(request: Request) -> dict:
    """Whether the service and its database answer (no key needed)."""
    env = _env(request)
    try:
        with env.workspace.session() as session:
            session.connection().exec_driver_sql("SELECT 1")
    except Exception as error:        # any driver error means the same to a load balancer
        raise ApiProblem(503, f"database: {type(error).__name__}") from None
    return {"status": "ok", "version": env.version, "database": env.workspace.engine.dialect.name,
            "time": datetime.now(timezone.utc)}


# --- complaints ------------------------------------------------------------------------------

@router.post("/complaints", status_code=201, response_model=ComplaintFiled, tags=["complaints"],
             openapi_extra=COMPLAINT_BODY)
async def file_complaint(request: Request, response: Response,
                         key: keys.KeyView = Depends(role(keys.RIGHTS_HOLDER))) -> dict:
    """File a notice for the key's claimant: the same fields and the same validation as
    ``origin complaints submit``, but received now (``received_at`` is refused).

    JSON, or multipart with the notice as JSON in ``notice`` and its files as parts named in
    its evidence (``"evidence": ["scan.pdf"]``). 422 names the first invalid field; nothing of
    a rejected notice is written."""
    multipart = media_type(request) == "multipart/form-data"
    with (tempfile.TemporaryDirectory(prefix="origin-notice-") if multipart
          else nullcontext(_env(request).no_files)) as folder:
        row = await _notice(request, Path(folder))
        if "received_at" in row:     # dated 1971, its ticket led the queue, overdue for decades
            raise ApiProblem(422, "received_at: the service dates a notice when it arrives; a "
                                  "rights holder does not (send the notice without it)",
                             "received_at")
        row.setdefault("claimant", key.claimant)
        claimant = row["claimant"]        # as the notice will store it (its type checked there)
        if (rows.one_spelling(claimant) if isinstance(claimant, str) else claimant) \
                != key.claimant:          # 'José' typed with a combining accent was refused
            raise ApiProblem(403, f"this key files for {key.claimant!r} only", "claimant")
        result = await asyncio.wrap_future(_env(request).intake.submit(row, Path(folder)))
    if result.status == "exists":         # the CLI's rerun says exists; one notice twice is 422
        raise ApiProblem(422, f"duplicate of complaint {result.complaint} (same claimant, work, "
                              f"uploads and kind), filed before", None)
    if result.status != "accepted":
        # the CLI's words send a rights holder looking for a folder: here files are parts
        raise ApiProblem(422, result.error.replace(complaints.BESIDE_THE_FILE, (
            AMONG_THE_PARTS if multipart else NO_FILE_IN_A_JSON_BODY)), result.field)
    response.headers["Location"] = f"/v1/complaints/{result.complaint}"
    others = {ticket for _upload, ticket in result.others}    # the filer's key cannot open them
    return {"complaint": result.complaint,
            "tickets": [ticket for ticket in result.tickets if ticket not in others],
            "already_acted_on": [upload for upload, _ticket in result.others]}


# a notice's missing {"file": ...} evidence in the API's words, for the CLI's "next to the
# complaint file" (complaints.BESIDE_THE_FILE): a rights holder has no complaint file
AMONG_THE_PARTS = "among the request's file parts"
NO_FILE_IN_A_JSON_BODY = ("(a JSON body carries no file: send it inline as content_base64, or "
                          "the notice as multipart with the file as a part of that name)")


async def _notice(request: Request, folder: Path) -> dict[str, Any]:
    """The notice as a dict; multipart file parts are written into ``folder`` under their
    names, where the validator reads ``{"file": ...}`` evidence exactly as next to a CLI file
    (a JSON body gets an empty folder: it can name no file)."""
    kind = media_type(request)
    if kind == "multipart/form-data":
        form, notices = await _form(request)
        try:
            if not notices:
                raise ApiProblem(422, "notice: the notice is required as a JSON text part",
                                 "notice")
            if len(notices) > 1:              # which one would be filed is anyone's guess
                raise ApiProblem(422, f"notice: {len(notices)} notice parts, send one", "notice")
            for part in form.getlist("files") + [v for k, v in form.multi_items() if k != "files"]:
                if isinstance(part, UploadFile) and part.filename:
                    name = Path(part.filename.replace("\\", "/")).name
                    if name and name not in (".", ".."):
                        if (folder / name).exists():       # the second would replace the first
                            raise ApiProblem(422, f"files: two parts named {name!r}", "files")
                        (folder / name).write_bytes(await part.read())
        finally:
            await form.close()
        raw, where = notices[0], "notice"
    elif kind in ("application/json", ""):
        raw, where = await request.body(), None
    else:
        raise ApiProblem(415, f"send application/json or multipart/form-data, not {kind!r}")
    # The CLI's row parser, so a body holds what a row may (no NaN, NUL, lone surrogate,
    # 17 levels of nesting or 65-digit integer in any field, named or not). A body is a whole
    # file's first line: a byte-order mark may begin it, as it may a complaints file (and a
    # scan's body); it was refused as "files joined with cat?".
    raw = raw.removeprefix(b"\xef\xbb\xbf") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    row = rows.parse_json_object(raw, 1)
    if isinstance(row, rows.RowError):
        field = row.field or where
        raise ApiProblem(422, f"{field or 'body'}: {row.reason}", field)
    return row


async def _form(request: Request) -> tuple[FormData, list[bytes]]:
    """The multipart form and its ``notice`` parts as sent (bytes). A text part may be as long
    as the body (Starlette's default was 1 MiB: a notice with inline ``content_base64`` evidence
    over ~750 kB was refused in multipart and taken as a JSON body)."""
    parser = TextPartsParser(request.headers, request.stream(),
                             max_part_size=_env(request).max_body_bytes())
    try:
        form = await parser.parse()
        return form, [data for name, data in parser.texts if name == "notice"]
    except MultiPartException as error:
        raise ApiProblem(422, f"body: {error.message}") from None


@router.get("/complaints/{complaint_id}", response_model=Complaint, tags=["complaints"],
            responses=NOT_FOUND)
def get_complaint(request: Request, complaint_id: str,
                  key: keys.KeyView = Depends(role(keys.RIGHTS_HOLDER, keys.REVIEWER))) -> dict:
    """A complaint with the tickets it opened."""
    with _env(request).workspace.session() as session:
        view = complaints.show(session, complaint_id)
    if view is None or not sees(key, view.claimant):
        raise ApiProblem(404, f"no complaint {_quoted(complaint_id)}")
    return view.to_json()


@router.post("/complaints/{complaint_id}/withdrawal", response_model=Withdrawal,
             tags=["complaints"], responses={**NOT_FOUND, 409: {
                 "model": Problem, "description": "withdrawn already"}})
def withdraw_complaint(request: Request, complaint_id: str, step: WithdrawalRequest,
                       key: keys.KeyView = Depends(role(keys.RIGHTS_HOLDER, keys.REVIEWER)),
                       _once: None = Depends(_each_key_once)) -> dict:
    """Take a notice back (its claimant, or a reviewer): each open ticket it alone
    backs is withdrawn, its measure lifted; the audit names the key's name."""
    env = _env(request)
    with env.workspace.session() as session:
        claimant = session.scalar(select(ComplaintRow.claimant).where(
            ComplaintRow.id == complaint_id))
    if claimant is None or not sees(key, claimant):
        raise ApiProblem(404, f"no complaint {_quoted(complaint_id)}")
    try:
        return env.withdraw(complaint_id, actor=key.name, why=step.why).to_json()
    except complaints.WithdrawalError as error:
        # a rights holder reads no reviewer's name (as in a ticket's steps): "by platform"
        by = (error.by if key.role != keys.RIGHTS_HOLDER or error.by in (key.name, key.claimant)
              else tickets.PLATFORM)
        raise ApiProblem(409, error.said(by) if error.at else str(error)) from None


# --- tickets ---------------------------------------------------------------------------------

@router.get("/tickets", response_model=TicketPage, tags=["tickets"])
def list_tickets(request: Request,
                 state: StateName | None = Query(None, description="only tickets in this state"),
                 page: int = Query(1, ge=1, le=MAX_PAGE),
                 per_page: int = Query(PER_PAGE, ge=1, le=200),
                 key: keys.KeyView = Depends(role(keys.RIGHTS_HOLDER, keys.REVIEWER))) -> dict:
    """Tickets, oldest first, a page at a time (a rights holder's own only)."""
    unknown = set(request.query_params) - {"state", "page", "per_page"}
    if unknown:                          # a misspelt filter must not return everything
        name = sorted(unknown)[0]
        raise ApiProblem(422, f"{name}: unknown query parameter (state, page, per_page)", name)
    for name in ("state", "page", "per_page"):       # FastAPI would keep the last one
        given = len(request.query_params.getlist(name))
        if given > 1:
            raise ApiProblem(422, f"{name}: given {given} times, send it once", name)
    claimant = key.claimant if key.role == keys.RIGHTS_HOLDER else None
    with _env(request).workspace.session() as session:
        total = tickets.count(session, state=state, claimant=claimant)
        views = tickets.listing(session, state=state, claimant=claimant, limit=per_page,
                                offset=(page - 1) * per_page)
        views = [_as_key_sees_it(session, view, key) for view in views]
    return {"items": [view.to_json() for view in views], "page": page, "per_page": per_page,
            "total": total, "pages": max(1, -(-total // per_page))}


@router.get("/tickets/{ticket_id}", response_model=Ticket, tags=["tickets"], responses=NOT_FOUND)
def get_ticket(request: Request, ticket_id: str,
               key: keys.KeyView = Depends(role(keys.RIGHTS_HOLDER, keys.REVIEWER))) -> dict:
    """A ticket with its audit trail and the states it may go to next."""
    with _env(request).workspace.session() as session:
        view = _visible_ticket(session, ticket_id, key)
        return _as_key_sees_it(session, view, key).to_json()


def _visible_ticket(session, ticket_id: str, key: keys.KeyView) -> tickets.TicketView:
    try:
        view = tickets.show(session, ticket_id)
    except tickets.TicketError:
        view = None
    if view is None or not sees(key, view.claimant):
        raise ApiProblem(404, f"no ticket {_quoted(ticket_id)}")
    return view


def _as_key_sees_it(session, view: tickets.TicketView, key: keys.KeyView) -> tickets.TicketView:
    """A reviewer reads the whole ticket; a rights holder its steps, not who at the platform
    took them or why (``TicketView.as_claimant_sees_it``)."""
    if key.role != keys.RIGHTS_HOLDER:
        return view
    agent = view.history and view.complaint_id and session.scalar(   # a listing has no history
        select(ComplaintRow.agent).where(ComplaintRow.id == view.complaint_id))
    return view.as_claimant_sees_it({key.claimant} | ({agent} if agent else set()))


@router.post("/tickets/{ticket_id}/transitions", response_model=Ticket, tags=["tickets"],
             responses={**NOT_FOUND, 409: {"model": Problem,
                                           "description": "not a legal step from its state"}})
def transition(request: Request, ticket_id: str, step: Transition,
               key: keys.KeyView = Depends(role(keys.REVIEWER)),
               _once: None = Depends(_each_key_once)) -> dict:
    """Move a ticket one legal step; the audit entry names the key's name as the actor."""
    env = _env(request)
    try:
        view = env.advance(ticket_id, step.to, actor=key.name, why=step.why, strike=step.strike,
                           seen=step.seen)
    except tickets.TicketError as error:
        if str(error).startswith("no ticket"):
            raise ApiProblem(404, f"no ticket {_quoted(ticket_id)}") from None
        raise ApiProblem(409, str(error),
                         "from" if isinstance(error, tickets.StaleStep) else "to") from None
    return view.to_json()


# --- scans -----------------------------------------------------------------------------------

@router.post("/scans", response_model=Scan, tags=["scans"],
             responses={202: {"model": Scan, "description": "still running: poll its id"}})
def request_scan(request: Request, response: Response, body: ScanRequest,
                 key: keys.KeyView = Depends(role(keys.SCANNER, keys.REVIEWER)),
                 _once: None = Depends(_each_key_once)) -> dict:
    """Scan uploads as ``origin scan --json`` does: 200 with the records when they are ready
    within ``wait`` seconds, else 202 with the scan's id to poll."""
    env = _env(request)
    try:
        items = scans.resolve(env.scan_root, body)
    except scans.BadPath as error:
        raise ApiProblem(422, str(error), error.field) from None
    scan_id, future = env.scanner.submit(key.id, items, body.min_score)
    try:
        future.result(timeout=body.wait)
    except FutureTimeout:
        pass
    view = _scan(env, scan_id)
    response.headers["Location"] = f"/v1/scans/{scan_id}"
    if view["state"] in (scans.QUEUED, scans.RUNNING):
        response.status_code = 202
    return view


@router.get("/scans/{scan_id}", response_model=Scan, tags=["scans"], responses=NOT_FOUND)
def get_scan(request: Request, scan_id: str,
             key: keys.KeyView = Depends(role(keys.SCANNER, keys.REVIEWER))) -> dict:
    """A scan's state, progress and the records of the uploads done so far."""
    return _scan(_env(request), scan_id, key)


def _scan(env, scan_id: str, key: keys.KeyView | None = None) -> dict:
    with env.workspace.session() as session:
        row = session.get(ScanJob, scan_id)
        if row is None or (key is not None and key.role != keys.REVIEWER
                           and row.key_id != key.id):
            raise ApiProblem(404, f"no scan {_quoted(scan_id)}")
        return scans.view(row)

