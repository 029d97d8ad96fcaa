"""Every API error as one JSON shape, ``{"detail": ..., "field": ...}`` (``schemas.Problem``)."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

# What any /v1 route may answer besides its success, for the OpenAPI document.
COMMON = {400: "two Authorization headers",
          401: "no key, or an unknown, revoked or expired one",
          403: "the key's role may not do this",
          413: "the request body is over the limit", 422: "a field is missing or invalid",
          429: "over the key's rate (see Retry-After)"}


class ApiProblem(Exception):
    """An answer other than success: status, a one-line reason and the field it is about."""

    def __init__(self, status: int, detail: str, field: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status, self.detail, self.field, self.headers = status, detail, field, headers


def over_the_limit(max_body_bytes: int) -> str:
    """What a 413 says, whether the body declared its length or streamed past the limit."""
    return f"the request body is over the {max_body_bytes}-byte limit"


def problem(status: int, detail: str, field: str | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail, "field": field}, status_code=status, headers=headers)


def field_of(location: tuple) -> str | None:
    """``("body", "uploads", 0)`` → ``"uploads[0]"``; None for the body as a whole."""
    parts = list(location[1:] if location and location[0] in
                 ("body", "query", "path", "header", "cookie") else location)
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or None


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def body_problem(request: Request, error: dict) -> JSONResponse | None:
    """A JSON body route's refusal of the body as a whole, as ``POST /v1/complaints`` words it:
    a body of another type is a 415 (it was a 422 saying the body should be an object), and
    JSON that does not parse names the character, not a field ``[30]``."""
    location = tuple(error.get("loc", ()))
    kind = media_type(request)
    if location == ("body",) and kind and kind != "application/json" \
            and not kind.endswith("+json"):
        return problem(415, f"send application/json, not {kind!r}")
    if error.get("type") == "json_invalid":
        reason = (error.get("ctx") or {}).get("error", "invalid")
        at = f" at character {location[1] + 1}" if len(location) > 1 else ""
        return problem(422, f"body: not valid JSON: {reason}{at}")
    return None


def reason(error: dict) -> str:
    """A validation error's reason: origin's own validators' words as the CLI says them
    ("300 characters, over the 200 limit"), without pydantic's "Value error, " before them."""
    raised = error.get("ctx", {}).get("error")
    if error.get("type") == "value_error" and isinstance(raised, ValueError):
        return str(raised)
    return error.get("msg", "invalid")


def install(app: FastAPI) -> None:
    """Route ApiProblem, request validation and framework HTTP errors to ``problem``."""

    @app.exception_handler(ApiProblem)
    async def _api_problem(_request: Request, error: ApiProblem) -> JSONResponse:
        return problem(error.status, error.detail, error.field, error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        if whole := body_problem(request, first):
            return whole
        where = field_of(tuple(first.get("loc", ())))
        return problem(422, f"{where or 'body'}: {reason(first)}", where)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> JSONResponse:
        if error.status_code == 400:          # an unparsable body is a hostile body like others
            return problem(422, f"body: {error.detail}", None)
        if error.status_code == 413:          # streamed past the limit (FastAPI's words:
            return problem(413, over_the_limit(       # "Content Too Large")
                request.app.state.env.max_body_bytes()), None, error.headers)
        return problem(error.status_code, str(error.detail), None, error.headers)
