"""Who is calling: the Bearer key resolved to its role, counted against the per-key rate."""
from __future__ import annotations

from typing import Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from origin.enforcement import clock
from origin.service import keys
from origin.service.errors import ApiProblem

bearer = HTTPBearer(auto_error=False, description="an API key from `origin keys add`")


def caller(request: Request,
           credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> keys.KeyView:
    """The active key of this request; 401 without one, 429 over its rate."""
    state = request.app.state
    given = len(request.headers.getlist("authorization"))
    if given > 1:             # which one was meant (a client's, a proxy's)? RFC 6750 §3.1
        raise ApiProblem(400, f"send one Authorization header, not {given}",
                         headers={"WWW-Authenticate": 'Bearer error="invalid_request"'})
    if credentials is None:
        raise ApiProblem(401, "an API key is required: Authorization: Bearer KEY",
                         headers={"WWW-Authenticate": "Bearer"})
    with state.workspace.session() as session:
        key = keys.authenticate(session, credentials.credentials, at=clock.now())
    if key is None:
        raise ApiProblem(401, "the API key is unknown, revoked or expired",
                         headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    throttle(request, key.id)
    return key


def throttle(request: Request, who: str) -> None:
    """429 with Retry-After when ``who`` is over the configured rate."""
    wait = request.app.state.rate_limit.hit(who)
    if wait is not None:
        raise ApiProblem(429, f"over the rate of {request.app.state.rate_limit.rate} per key",
                         headers={"Retry-After": str(int(wait))})


def role(*allowed: str) -> Callable[..., keys.KeyView]:
    """A dependency admitting only keys of these roles (403 for the others)."""

    async def check(key: keys.KeyView = Depends(caller)) -> keys.KeyView:   # no I/O: no thread
        if key.role not in allowed:
            raise ApiProblem(403, f"a {key.role} key cannot do this (needs "
                                  f"{' or '.join(allowed)})")
        return key

    return check


def sees(key: keys.KeyView, claimant: str | None) -> bool:
    """Whether a key may see a record filed by/for ``claimant`` (others' look missing: 404)."""
    return key.role != keys.RIGHTS_HOLDER or claimant == key.claimant
