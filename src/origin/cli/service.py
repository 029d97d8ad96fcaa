"""``origin keys add|list|revoke`` and ``origin serve``: thin commands over ``origin.service``."""
from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import click

from origin.cli import (JSON_FLAG, BadArgument, cell, creates_workspace, echo_json, main,
                        reads_workspace, required_text, shown)
from origin.enforcement import clock
from origin.errors import printable


@main.group("keys")
def keys_group() -> None:
    """API keys for the HTTP service (only a hash of each key is stored)."""


@keys_group.command("add")
@click.option("--role", required=True, type=click.Choice(["rights_holder", "reviewer", "scanner"]))
@click.option("--claimant", help="The label a rights_holder key files for (its own only).")
@click.option("--name", help="Who holds the key: the actor in audit entries (default: the "
                             "claimant).")
@click.option("--expires", metavar="WHEN", help="Refuse the key from then on: a span from now "
              "(30d, 12h) or a date or time (2027-03-01, UTC). Default: never (until revoked).")
@JSON_FLAG
@click.pass_obj
@creates_workspace
def keys_add(ctx, role, claimant, name, expires, as_json) -> None:
    """Make a key and print it once: it cannot be shown again."""
    from origin.service import keys

    now = clock.now()
    try:      # a missing or unusable option: exit 2, as for --by '', before any workspace is made
        name, claimant = keys.holder(role, name=name, claimant=claimant)
        expires_at = None if expires is None else keys.expiry(expires, now)
    except keys.ApiKeyError as error:
        raise BadArgument(str(error)) from None
    with ctx.workspace.session() as session:
        view, token = keys.add(session, role, name=name, claimant=claimant, at=now,
                               expires_at=expires_at)
    if as_json:
        echo_json({**view.to_json(), "key": token})
    else:
        click.echo(token)
        click.echo(f"key {view.id} ({view.role}, {shown(view.name)}) — store it now; only its "
                   f"hash is kept", err=True)


@keys_group.command("list")
@JSON_FLAG
@click.pass_obj
@reads_workspace
def keys_list(ctx, as_json) -> None:
    """Every key: id, role, name, claimant, created, revoked or expiring."""
    from origin.service import keys

    now = clock.now()
    with ctx.workspace.session() as session:
        views = keys.listing(session)
    for view in views:
        if as_json:
            echo_json(view.to_json())
        else:
            revoked = (f"revoked {view.revoked_at:%Y-%m-%d %H:%M}Z" if view.revoked_at
                       else f"expired {view.expires_at:%Y-%m-%d %H:%M}Z"
                       if not view.usable(now) else
                       f"expires {view.expires_at:%Y-%m-%d %H:%M}Z" if view.expires_at
                       else "active")
            click.echo(f"{view.id}  {view.role:13s} {cell(view.name, 20)} "
                       f"{cell(view.claimant or '-', 20)} "
                       f"created {view.created_at:%Y-%m-%d %H:%M}Z  {revoked}")


@keys_group.command("revoke")
@click.argument("key_id", callback=required_text("a key id"))   # blank: "no key ''", exit 1
@JSON_FLAG
@click.pass_obj
def keys_revoke(ctx, key_id, as_json) -> None:
    """Revoke a key: its next request is refused and its console session ends."""
    from origin.service import keys

    with ctx.workspace.session() as session:
        view = keys.revoke(session, key_id, at=clock.now())
    if as_json:
        echo_json(view.to_json())
    else:
        click.echo(f"{view.id} revoked {view.revoked_at:%Y-%m-%d %H:%M}Z")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own thread pool and scan thread).")
@click.option("--scan-root", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=".", show_default="the current directory",
              help="POST /v1/scans reads upload paths inside this folder only.")
@click.option("--rate", default=None, help="Per-key request rate for the limits library, "
              "e.g. '50/second;1000/minute' (the default).")
@click.option("--rate-storage", default="memory://", show_default=True,
              help="Where rates are counted: memory:// is per process; redis://HOST shares "
                   "them between workers.")
@click.option("--max-body", "max_body_bytes", type=click.IntRange(1), default=None,
              help="Request body limit in bytes (default: one attachment at the policy's limit, "
                   "base64, plus 1 MiB).")
@click.option("--secure-cookies", is_flag=True, help="Mark the console's cookie Secure (serve "
                                                     "behind HTTPS).")
@click.pass_obj
def serve(ctx, host, port, workers, scan_root, rate, rate_storage, max_body_bytes,
          secure_cookies) -> None:
    """Serve the HTTP API (/v1, /docs) and the review console (/review)."""
    import uvicorn

    from origin.service import app as service_app, scans
    from origin.service.throttle import DEFAULT_RATE, RateLimit, StorageUnusable

    if rate is None:
        rate = DEFAULT_RATE
    elif not rate.strip():              # an unset $RATE: it served at the default silently
        raise click.BadParameter(f"empty: name a rate such as {DEFAULT_RATE!r}, or leave the "
                                 f"option out for that default", param_hint="'--rate'")
    try:
        RateLimit(rate, rate_storage)
    except StorageUnusable as error:
        raise click.BadParameter(str(error), param_hint="'--rate-storage'") from None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--rate'") from None
    workspace = ctx.workspace             # a folder that is no workspace is refused first
    listener = listen(host, port)
    config = service_app.ServiceConfig(
        workspace=workspace.path.resolve(), db_url=ctx.db_url,
        scan_root=scan_root.resolve(), rate=rate, rate_storage=rate_storage,
        max_body_bytes=max_body_bytes, secure_cookies=secure_cookies)
    with workspace.session() as session:
        interrupted = scans.fail_interrupted(session, clock.now())
    if interrupted:
        click.echo(f"{interrupted} scan(s) left unfinished by the last run marked failed", err=True)
    os.environ[service_app.CONFIG_VARIABLE] = config.to_json()
    address = f"[{host}]" if ":" in host else host
    click.echo(f"origin service on http://{address}:{listener.getsockname()[1]}  (API /v1, docs "
               f"/docs, console /review)", err=True)
    server = uvicorn.Config("origin.service.app:from_environment", factory=True, host=host,
                            port=listener.getsockname()[1], workers=workers,
                            log_level="warning", access_log=False)
    try:                                # what uvicorn.run does, on the socket bound here
        if workers > 1:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(server, sockets=[listener]).run()
        else:
            uvicorn.Server(server).run(sockets=[listener])
    except KeyboardInterrupt:           # uvicorn stops cleanly, then raises the signal again
        pass


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port`` (port 0: one the system picks), bound before
    anything says the service is up: a host that is no address or a port in use is refused in
    one line naming the option, exit 2, instead of a banner followed by uvicorn's error."""
    if not host.strip():               # an unset $HOST: it listened on every interface
        raise click.BadParameter("empty: it would listen on every interface (name one, "
                                 "0.0.0.0 for every IPv4 interface)", param_hint="'--host'")
    listener = None
    try:
        listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                                 socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(2048)
    except (OSError, ValueError) as error:          # ValueError: a name IDNA cannot encode
        if listener is not None:
            listener.close()
        option = ("--port" if getattr(error, "errno", None) in (errno.EADDRINUSE, errno.EACCES)
                  else "--host")
        reason = getattr(error, "strerror", None) or str(error)
        raise click.BadParameter(f"cannot listen on {printable(host)!r} port {port}: {reason}",
                                 param_hint=f"'{option}'") from None
    listener.set_inheritable(True)      # --workers: the worker processes serve on it
    return listener
