"""The ASGI app: the ``/v1`` API and the ``/review`` console over one workspace.

``create_app(config)`` builds it for tests and ``origin serve``; ``from_environment`` is the
factory uvicorn's worker processes call (``serve --workers N``), reading the same settings from
``ORIGIN_SERVICE_*`` variables the serve command sets.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import shutil
import tempfile
import threading
import weakref
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from importlib.metadata import version
from pathlib import Path

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from origin.enforcement import clock, complaints, policy_of, tickets
from origin.service import console, errors, scans
from origin.service.intake import IntakeQueue
from origin.service.api import router
from origin.service.throttle import DEFAULT_RATE, DeclaredBodyLimit, RateLimit

SECRET_FILE = "service.secret"          # signs console session cookies; made once per workspace
CONFIG_VARIABLE = "ORIGIN_SERVICE_CONFIG"
SWEEP_EVERY_SECONDS = 15 * 60           # restore timers, as ``tickets sweep`` (and at start)
log = logging.getLogger(__name__)


@dataclass
class ServiceConfig:
    workspace: Path
    db_url: str | None = None
    scan_root: Path = field(default_factory=Path.cwd)
    rate: str = DEFAULT_RATE
    rate_storage: str = "memory://"
    max_body_bytes: int | None = None    # None: room for one attachment at the policy's limit
    secure_cookies: bool = False         # set behind HTTPS: the session cookie then says Secure
    session_hours: float = 8.0

    def to_json(self) -> str:
        return json.dumps({key: str(value) if isinstance(value, Path) else value
                           for key, value in asdict(self).items()})

    @classmethod
    def from_json(cls, text: str) -> "ServiceConfig":
        data = json.loads(text)
        return cls(**{**data, "workspace": Path(data["workspace"]),
                      "scan_root": Path(data["scan_root"])})


class Service:
    """What every request needs: the workspace, its policy, the scan runner, the limits; and
    the writes (notices, transitions), serialised across threads and processes by ``writer``:
    the workspace's record lock (the one scans take before enforcing), so twin tickets or
    complaints cannot race in."""

    def __init__(self, config: ServiceConfig):
        from origin.workspace import Workspace

        self.config = config
        self.workspace = Workspace(config.workspace, db_url=config.db_url)
        self.scan_root = config.scan_root
        self.scanner = scans.ScanRunner(self.workspace)
        self.intake = IntakeQueue(self)
        self.no_files = Path(tempfile.mkdtemp(prefix="origin-no-files-"))   # JSON notices' base
        weakref.finalize(self, shutil.rmtree, self.no_files, True)
        self.rate_limit = RateLimit(config.rate, config.rate_storage)
        self.version = version("origin")
        self._writer = threading.Lock()      # threads queue here; processes on the file lock

    @property
    def policy(self):
        return policy_of(self.workspace.path)

    def max_body_bytes(self) -> int:
        """The body limit: given, or one attachment at the policy's limit in base64 plus 1 MiB."""
        return self.config.max_body_bytes or (
            -(-self.policy.max_attachment_bytes * 4 // 3) + (1 << 20))

    def session_secret(self) -> str:
        """The workspace's cookie-signing secret, made once: written whole to a private file and
        linked into place, so workers starting together all read the same one."""
        path = self.workspace.path / SECRET_FILE
        if not path.exists():
            handle, temporary = tempfile.mkstemp(dir=self.workspace.path, prefix=".secret-")
            try:
                with os.fdopen(handle, "w") as out:          # mkstemp files are mode 0600
                    out.write(secrets.token_urlsafe(48))
                os.link(temporary, path)
            except FileExistsError:
                pass                                         # another worker was first
            finally:
                os.unlink(temporary)
        return path.read_text().strip()

    @contextmanager
    def writer(self):
        with self._writer, self.workspace.record_lock():
            yield

    def advance(self, ticket_id: str, to_state: str, *, actor: str, why: str,
                strike: str | None = None, seen: str | None = None) -> tickets.TicketView:
        with self.writer(), self.workspace.session() as session:
            tickets.advance(session, self.policy, ticket_id, to_state, actor=actor, why=why,
                            at=clock.now(), strike=strike, seen=seen)
            return tickets.show(session, ticket_id)

    def withdraw(self, complaint_id: str, *, actor: str, why: str) -> complaints.Withdrawal:
        with self.writer(), self.workspace.session() as session:
            return complaints.withdraw(session, self.policy, complaint_id, actor=actor, why=why,
                                       at=clock.now())

    def sweep(self) -> list[str]:
        """Restore what claimants left unanswered, as ``tickets sweep``: a platform running
        only ``serve`` never restored, and one down on the day restored at the next cron run."""
        with self.writer(), self.workspace.session() as session:
            return [ticket.id for ticket in tickets.sweep(session, self.policy, clock.now())]

    async def swept(self) -> None:
        """``sweep`` off the event loop; a failure is logged (serving goes on, the next tries)."""
        try:
            restored = await self.run(self.sweep)
        except Exception:
            log.exception("sweeping the restore timers failed")
            return
        if restored:
            log.info("restored %d ticket(s) whose claimant's period ended", len(restored))

    async def sweep_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            await self.swept()

    @staticmethod
    async def run(function, *args, **kwargs):
        """Run blocking database work off the event loop."""
        return await run_in_threadpool(partial(function, *args, **kwargs))

    def close(self) -> None:
        self.intake.close()
        self.scanner.close()
        self.workspace.close()


def create_app(config: ServiceConfig) -> FastAPI:
    service = Service(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await service.swept()                  # what came due while the service was down
        sweeper = asyncio.create_task(service.sweep_every(SWEEP_EVERY_SECONDS))
        yield
        sweeper.cancel()
        service.close()

    limit = service.max_body_bytes()
    app = FastAPI(title="origin", version=service.version, lifespan=lifespan,
                  description="Complaints, tickets and scans over HTTP. Keys: `origin keys add`; "
                              "send `Authorization: Bearer KEY`. The review console is at "
                              "/review.")
    app.state.env = service
    app.state.workspace = service.workspace
    app.state.rate_limit = service.rate_limit
    errors.install(app)
    app.add_middleware(DeclaredBodyLimit, max_body_bytes=limit)
    app.include_router(router, max_body_size=limit)       # counts streamed bodies too
    app.mount("/review", console.create(service, max_body_bytes=limit))
    return app


def from_environment() -> FastAPI:
    """The app for one uvicorn worker process, configured by ``origin serve``."""
    return create_app(ServiceConfig.from_json(os.environ[CONFIG_VARIABLE]))
