"""The review console at ``/review``: server-rendered pages for reviewers, no build step.

A reviewer signs in once with a reviewer key; the session is an HTTP-only, SameSite=Strict
cookie signed by Starlette's ``SessionMiddleware`` (itsdangerous) holding the key's id, which is
re-checked on every request, so revoking the key ends the session. Every form that changes
something carries the session's CSRF token (a synchronizer token compared in constant time);
a POST without it is refused. Pages are Jinja2 templates; the ticket page shows the evidence
``origin.enforcement.evidence`` builds (aligned thumbnails, the similarity plot).
"""
from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.middleware.sessions import SessionMiddleware

from origin.enforcement import clock, evidence, queue, tickets
from origin.enforcement.config import SEVERITIES
from origin.rows import reason_problem
from origin.service import errors, keys
from origin.service.forms import TextPartsParser
from origin.service.schemas import MAX_PAGE

HERE = Path(__file__).parent
PER_PAGE = 25
# Same-origin everything; images may be data: URIs (the evidence thumbnails); no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; script-src 'self'; "
                               "style-src 'self'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store"}
SHORTCUTS = {tickets.VALIDATED: "v", tickets.REJECTED: "x", tickets.MEASURE_APPLIED: "m",
             tickets.FORWARDED_TO_UPLOADER: "f", tickets.COUNTER_NOTICE_RECEIVED: "c",
             tickets.FORWARDED_TO_CLAIMANT: "l", tickets.RESTORED: "s", tickets.MAINTAINED: "k",
             tickets.WITHDRAWN: "w"}


def _visible(value):
    """What a template prints: text with its bidirectional controls spelled out."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return evidence.spelled_out(value)
    return value


class SignIn(Exception):
    """No valid reviewer session: send the browser to the sign-in page."""


def create(service, max_body_bytes: int) -> FastAPI:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, max_body_size=max_body_bytes)
    errors.install(app)        # a hand-edited ?page_number=abc: one line naming it, as the API
    app.add_middleware(SessionMiddleware, secret_key=service.session_secret(),
                       session_cookie="origin_review", path="/review", same_site="strict",
                       https_only=service.config.secure_cookies,
                       max_age=int(service.config.session_hours * 3600))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.finalize = _visible        # every {{ value }} of every page

    def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        context.update(base=request.scope.get("root_path", ""), csrf=_csrf(request))
        return templates.TemplateResponse(request, name, context, status_code=status,
                                          headers=SECURITY_HEADERS)

    def reviewer(request: Request) -> keys.KeyView:
        key_id = request.session.get("key")
        with service.workspace.session() as session:
            key = key_id and keys.active(session, key_id, at=clock.now())
        if not key or key.role != keys.REVIEWER:
            request.session.pop("key", None)
            raise SignIn
        return key

    async def checked_form(request: Request, who: str):
        """The posted form, after the CSRF token and the rate are checked (else a response)."""
        body = await request.body()      # kept: the form is parsed from it, and checked
        form = await request.form()
        token, expected = form.get("csrf"), request.session.get("csrf")
        if not (isinstance(token, str) and expected and hmac.compare_digest(token, expected)):
            return None, page(request, "error.html", 403,
                              message="The form's CSRF token is missing or wrong: reload the "
                                      "page and try again.")
        if problem := await _form_problem(body, request.headers, form):
            return None, page(request, "error.html", 422, message=problem)
        wait = service.rate_limit.hit(who)
        if wait is not None:
            return None, page(request, "error.html", 429,
                              message=f"Too many requests: wait {wait:.0f} s.")
        return form, None

    @app.exception_handler(SignIn)
    async def _sign_in(request: Request, _error: SignIn) -> Response:
        base = request.scope.get("root_path", "")
        return RedirectResponse(f"{base}/login", status_code=303)

    @app.get("/")
    def home(request: Request) -> Response:
        return RedirectResponse(f"{request.scope.get('root_path', '')}/queue", status_code=303)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> HTMLResponse:
        return page(request, "login.html")

    @app.post("/login", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        client = request.client.host if request.client else "unknown"
        form, refused = await checked_form(request, f"login:{client}")
        if refused:
            return refused
        token = form.get("key")
        with service.workspace.session() as session:
            key = (keys.authenticate(session, token, at=clock.now()) if isinstance(token, str)
                   else None)
        if key is None or key.role != keys.REVIEWER:
            return page(request, "login.html", 401,
                        error="Not an active reviewer key." if key is None
                        else f"A {key.role} key cannot use the review console.")
        request.session.clear()
        request.session.update(key=key.id, csrf=secrets.token_urlsafe(32))
        return RedirectResponse(f"{request.scope.get('root_path', '')}/queue", status_code=303)

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        form, refused = await checked_form(request, "logout")
        if refused:
            return refused
        request.session.clear()
        return RedirectResponse(f"{request.scope.get('root_path', '')}/login", status_code=303)

    @app.get("/queue", response_class=HTMLResponse)
    def queue_page(request: Request, state: str = "", kind: str = "", rule: str = "",
                   overdue: bool = False, page_number: int = 1) -> Response:
        key = reviewer(request)
        # Only a hand-edited URL sends a state or kind the filter form does not offer; it was
        # answered with an empty queue ("Nothing waits for a person"), as if none waited.
        for name, value, allowed in (("state", state, tickets.AWAITING_PLATFORM),
                                     ("kind", kind, tickets.KINDS)):
            if value and value not in allowed:
                return errors.problem(400, f"{name}: {value!r} is not a queue {name} (one of "
                                           f"{', '.join(allowed)})", name)
        filters = {"state": state, "kind": kind, "rule": rule, "overdue": overdue}
        page_number = min(max(1, page_number), MAX_PAGE)   # a 20-digit page was a 500
        with service.workspace.session() as session:
            result = queue.waiting(session, service.policy, clock.now(),
                                   state=state or None, kind=kind or None, rule=rule or None,
                                   overdue=overdue, page=page_number, per_page=PER_PAGE)
            rules = queue.rules(session)
        links = {name: "?" + urlencode({**{k: v for k, v in filters.items() if v},
                                        "page_number": number})
                 for name, number in (("previous", result.page - 1), ("next", result.page + 1))}
        return page(request, "queue.html", key=key, result=result, filters=filters,
                    states=tickets.AWAITING_PLATFORM, kinds=tickets.KINDS, rules=rules,
                    links=links)

    @app.get("/tickets/{ticket_id}", response_class=HTMLResponse)
    def ticket_page(request: Request, ticket_id: str) -> HTMLResponse:
        key = reviewer(request)
        return _ticket(request, key, ticket_id)

    def _ticket(request: Request, key: keys.KeyView, ticket_id: str, status: int = 200,
                error: str | None = None, why: str = "") -> HTMLResponse:
        with service.workspace.session() as session:
            try:
                found = evidence.collect(session, ticket_id)
            except tickets.TicketError as problem:
                return page(request, "error.html", 404, key=key, message=str(problem))
        view = found.data["ticket"]
        at = clock.now()
        age = queue.age_working_days(service.policy, view["jurisdiction"],
                                     clock.parse(view["received_at"]), at)
        notice = found.data["notice"]
        attachments = [evidence.describe_attachment(item, service.workspace.path)
                       for item in (notice or {}).get("attachments", [])]
        return page(request, "ticket.html", status, key=key, ticket=view, data=found.data,
                    thumbnails=found.thumbnails, plot=Markup(found.plot()),
                    age=age, sla=service.policy.sla.amount, attachments=attachments,
                    shortcuts=SHORTCUTS, severities=SEVERITIES, error=error, why=why)

    @app.post("/tickets/{ticket_id}/transitions", response_class=HTMLResponse)
    async def decide(request: Request, ticket_id: str) -> Response:
        key = reviewer(request)
        form, refused = await checked_form(request, key.id)
        if refused:
            return refused
        to_state, why, seen = form.get("to"), form.get("why"), form.get("from")
        seen = seen if isinstance(seen, str) and seen else None   # a page before stop 44: none
        why = why if isinstance(why, str) else ""      # a file part is no reason
        strike = form.get("strike") or None
        if not why.strip():
            return _ticket(request, key, ticket_id, 422, "A reason is required.")
        # checked before stripping, as the API and --why check it: "ok\x85" and 4000 characters
        # and a space were taken here (the ends stripped) and refused there
        problem = reason_problem(why)
        if problem:                      # as the API's Transition: no NUL, no 300 kB essay
            return _ticket(request, key, ticket_id, 422, f"The reason {problem}.")
        why = why.strip()
        if strike is not None and strike not in SEVERITIES:     # the API's 422 too: it was
            return _ticket(request, key, ticket_id, 422,         # taken as no strike, unsaid
                           f"The strike {str(strike)[:40]!r} is not one of "
                           f"{', '.join(SEVERITIES)}.", why)
        try:
            await service.run(service.advance, ticket_id, str(to_state), actor=key.name,
                              why=why, strike=strike, seen=seen)
        except tickets.TicketError as problem:
            return _ticket(request, key, ticket_id, 409, str(problem), why)
        base = request.scope.get("root_path", "")
        return RedirectResponse(f"{base}/tickets/{ticket_id}?decided={to_state}",
                                status_code=303)

    return app


async def _form_problem(body: bytes, headers, form) -> str | None:
    """Why a posted form cannot be read as the page sent it, or None. Starlette decodes a
    url-encoded field that is not UTF-8 as U+FFFD (a reason of '\\ufffd\\ufffd' went into the
    append-only audit trail) and a multipart one as Latin-1, and keeps the last of a field sent
    twice (two decisions in one form moved the ticket by the second); a browser sends neither."""
    if (name := await _not_utf8(body, headers)) is not None:
        return f"The form's field {name!r} is not valid UTF-8 text: reload the page and try again."
    twice = sorted({name for name in form.keys() if len(form.getlist(name)) > 1})
    return f"The form sends {', '.join(map(repr, twice))} more than once." if twice else None


async def _not_utf8(body: bytes, headers) -> str | None:
    """The name of the first field sent that is not UTF-8 text, or None. A url-encoded body
    is ASCII, its other characters percent-escaped (Starlette reads raw bytes as Latin-1)."""
    kind = headers.get("content-type", "")
    fields: list[tuple[bytes, bytes]] = []
    if kind.startswith("application/x-www-form-urlencoded"):
        for pair in body.split(b"&"):
            name, _, value = (unquote_to_bytes(part.replace(b"+", b" "))
                              for part in pair.partition(b"="))
            if not pair.isascii():
                return name.decode("utf-8", "replace")
            fields.append((name, value))
    elif kind.startswith("multipart/form-data"):
        async def sent():
            yield body
        parser = TextPartsParser(headers, sent(), max_part_size=len(body) + 1)
        await parser.parse()
        fields = [(name.encode(), value) for name, value in parser.texts]
    for name, value in fields:
        try:
            name.decode("utf-8"), value.decode("utf-8")
        except UnicodeDecodeError:
            return name.decode("utf-8", "replace")
    return None


def _csrf(request: Request) -> str:
    """The session's CSRF token, made on first use (so the sign-in form has one too)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token
