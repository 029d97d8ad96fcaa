"""``origin originals ...``, ``origin scan`` and ``origin demo``: the matching core's commands."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator, TypeVar

import click
from tqdm import tqdm

from origin.cli import JSON_FLAG, echo_json, main, shown
from origin.enforcement import enforce
from origin.records import ScanResult
from origin.jobs.inputs import expand_paths
from origin.jobs.register import AddResult

T = TypeVar("T")


def progress(items: Iterable[T], total: int, label: str, quiet: bool) -> Iterator[T]:
    """A progress bar on a terminal; nothing with --json or when stderr is not a TTY."""
    disable = quiet or not sys.stderr.isatty()
    return iter(tqdm(items, total=total, desc=label, unit="video", disable=disable, leave=False))


def parse_time(_ctx, param, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO-8601 date-time", param=param) from None


def exit_status(failed: int, total: int) -> None:
    """Non-zero only when every input failed: one bad file never fails a batch."""
    if total and failed == total:
        sys.exit(1)


WORKERS = click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
                       help="Processes that decode and fingerprint in parallel (a batch job: its cores).")


@main.group()
def originals() -> None:
    """Register and inspect first-published originals."""


@originals.command("add")
@click.argument("paths", nargs=-1, required=True)
@click.option("--owner", help="Account that published the originals.")
@click.option("--published-at", callback=parse_time, help="First-publish time (ISO-8601; default now).")
@click.option("--title", help="Title stored with each original.")
@JSON_FLAG
@WORKERS
@click.pass_obj
def originals_add(ctx, paths, owner, published_at, title, as_json, workers) -> None:
    """Fingerprint videos (files or folders) and add them to the index."""
    files = expand_paths(paths)
    results: list[AddResult] = []
    stream = ctx.workspace.add_originals(files, owner=owner, published_at=published_at, title=title,
                                         workers=workers)
    for result in progress(stream, len(files), "fingerprinting", as_json):
        results.append(result)
        if as_json:
            echo_json(result.to_json())
        elif result.error:
            click.echo(f"origin: error: {result.error}", err=True)
        else:
            click.echo(f"{result.status:7s} {result.id}  {shown(result.path)}")
    exit_status(sum(r.status == "failed" for r in results), len(results))


@originals.command("list")
@JSON_FLAG
@click.pass_obj
def originals_list(ctx, as_json) -> None:
    """Every registered original, oldest publication first."""
    for original in ctx.workspace.originals():
        if as_json:
            echo_json(original)
        else:
            click.echo(f"{original['id']}  {original['published_at'][:19]}  "
                       f"{original['duration']:7.1f}s  {shown(original['owner'] or '-'):12s}  "
                       f"{shown(original['path'])}")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--uploader", help="Account that uploaded these videos.")
@click.option("--uploaded-at", callback=parse_time, help="Upload time (ISO-8601).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None,
              help="Report candidates down to this score (default: the match threshold).")
@JSON_FLAG
@WORKERS
@click.pass_obj
def scan(ctx, paths, uploader, uploaded_at, min_score, as_json, workers) -> None:
    """Match uploads (files or folders) against the registered originals."""
    files = expand_paths(paths)
    options = {} if min_score is None else {"min_score": min_score}
    stream = ctx.workspace.scan(files, uploader=uploader, uploaded_at=uploaded_at, workers=workers,
                                **options)
    failed = 0
    for result in progress(stream, len(files), "scanning", as_json):
        failed += result.error is not None
        report_scan(ctx.workspace, result, uploader, uploaded_at, as_json)
    exit_status(failed, len(files))


def report_scan(workspace, result: ScanResult, uploader, uploaded_at, as_json: bool,
                extra: dict | None = None) -> list:
    """Enforce one scanned upload's matches, print the result with its decisions, return them."""
    with workspace.record_lock():              # concurrent scans must not open twin tickets
        decisions = enforce(workspace, result, uploader, uploaded_at)
    if as_json:
        record = {**result.to_json(), **(extra or {})}
        for match, decision in zip(record["matches"], decisions):
            match.update(decision.to_json())         # decision, exposure, rule, ticket
        echo_json(record)
    else:
        print_scan(result, decisions)
    return decisions


def print_scan(result: ScanResult, decisions: list | None = None) -> None:
    if result.error:
        click.echo(f"origin: error: {result.error}", err=True)
        return
    head = f"{shown(result.upload)}  ({result.duration:.1f}s)"
    if not result.matches:
        click.echo(f"{head}  no match")
        return
    click.echo(head)
    for number, match in enumerate(result.matches):
        spans = ", ".join(f"{s.upload_start:.1f}-{s.upload_end:.1f}s <- {s.original_start:.1f}-"
                          f"{s.original_end:.1f}s" for s in match.segments)
        click.echo(f"  {match.original}  score {match.score:.2f}  upload {match.coverage_upload:4.0%}"
                   f"  original {match.coverage_original:4.0%}  {shown(Path(match.original_path).name)}"
                   f"  [{spans}]")
        if decisions:
            decision = decisions[number]
            ticket = f"  ticket {decision.ticket}" if decision.ticket else ""
            click.echo(f"    -> {decision.decision} ({decision.rule}){ticket}")


@main.command()
@JSON_FLAG
@click.pass_obj
def demo(ctx, as_json) -> None:
    """Generate originals and re-uploads, register, scan, and print what was found."""
    from origin import demo as demo_job

    if not as_json:
        click.echo(f"workspace: {shown(ctx.workspace.path)}  (generated media in demo-media/)")
    summary = demo_job.Summary()
    for upload, result in demo_job.run(ctx.workspace):
        if not as_json:
            click.echo(f"-- {upload.truth}")
        decisions = report_scan(ctx.workspace, result, demo_job.UPLOADER, demo_job.UPLOADED_AT,
                                as_json, {"truth": upload.truth})
        summary.add(upload, result, decisions)
    if not as_json:
        click.echo(f"\n{summary.line()}\nnext steps:")
        where = f"origin -w {shown(ctx.workspace.path)}"
        ticket = min(summary.tickets, default="TICKET")
        for command, why in (("tickets list", f"the {len(summary.tickets)} tickets of the demo"),
                             (f"tickets show {ticket}", "one of them, with its audit trail"),
                             ("scan VIDEO_OR_FOLDER", "your own uploads against these originals"),
                             ("originals add FOLDER --owner ME", "your own originals")):
            click.echo(f"  {where} {command:32s} {why}")
