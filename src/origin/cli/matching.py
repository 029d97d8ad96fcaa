"""``origin originals ...``, ``origin scan`` and ``origin demo``: the matching core's commands."""
from __future__ import annotations

import math
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

import click

from origin import rows
from origin.cli import (FORMAT_OPTION, JSON_FLAG, GivenPath, cell, echo_json, finish_intake,
                        intake_command, main, creates_workspace, name_option, reads_workspace,
                        shown)
from origin.errors import InputError, OriginError
from origin.records import ScanResult
from origin.rows import EARLIEST, parse_moment, text_problem
from origin.jobs.inputs import expand_paths

if TYPE_CHECKING:                   # imported by the manifest commands only when they run
    from origin.jobs.manifest import RowOutcome

T = TypeVar("T")


def progress(items: Iterable[T], total: int, label: str, quiet: bool) -> Iterator[T]:
    """A progress bar on a terminal; nothing with --json or when stderr is not a TTY.

    The bar is erased while the caller prints an item's line and drawn again below it: drawn
    under tqdm's own loop, each result line was printed after the bar's text on the bar's line
    (``scanning:  50%|█████     | 1/2 [00:04<00:04]/up/b.mp4  (10.0s)  no match``), and only
    the last bar was erased at the end."""
    if quiet or not sys.stderr.isatty():
        return iter(items)        # tqdm is ~0.1 s of imports (asyncio): only to show a bar
    return _bar(items, total, label)


def _bar(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    from tqdm import tqdm

    bar = tqdm(total=total, desc=label, unit="video", leave=False)
    try:
        for item in items:
            bar.clear()
            yield item
            bar.update(1)
            bar.refresh()
    finally:
        bar.close()


def parse_time(_ctx, param, value: str | None) -> datetime | None:
    """In UTC from 1970 to a day ahead of the clock, as manifests read dates (year 1 at +01:00
    was a traceback; an original "published" in year 1 would predate every upload, one
    "published" in 2099 none, so every upload would flip roles with it)."""
    if value is None:
        return None
    try:
        moment = parse_moment(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param=param) from None
    if moment < EARLIEST:
        raise click.BadParameter(f"{moment.isoformat()} is before {EARLIEST.date().isoformat()}",
                                 param=param)
    if moment > rows.latest_moment():
        raise click.BadParameter(f"{moment.isoformat()} is in the future", param=param)
    return moment


def title_option(_ctx, param, value: str | None) -> str | None:
    """``--title``: what a manifest's title column may hold."""
    if value is None or text_problem(value):
        return value                      # not UTF-8: refused naming the byte (OriginCommand)
    try:
        return rows.title(value, param.opts[0])
    except rows.FieldError as error:
        raise click.BadParameter(error.reason, param=param) from None


def media_files(paths: Iterable[str], totals: rows.Totals,
                json_record: Callable[[str, str], dict] | None = None) -> list[str]:
    """The files PATHs name (folders recursed); a folder with no video or sound file gets its
    one-line error and counts in ``totals`` as a failed input, instead of a silent exit 0.

    With ``--json`` the error is the folder's record on stdout (``json_record(path, error)``),
    as every other failed input's is: on stderr alone, a batch runner reading stdout did not
    see it (stop 41)."""
    files = []
    for path in paths:
        found = expand_paths([path])
        if not found:
            error = f"{shown(path)}: no video or sound file in this folder"
            if json_record is None:
                click.echo(f"origin: error: {error}", err=True)
            else:
                echo_json(json_record(shown(path), error))
            totals.count(refused=True)
        files += found
    return files


def _failed_original(path: str, error: str) -> dict:
    from origin.jobs.register import AddResult

    return AddResult(path, "failed", error=error).to_json()


def _failed_upload(path: str, error: str) -> dict:
    return ScanResult(path, error=error).to_json()


@contextmanager
def batch_status(totals: rows.Totals) -> Iterator[None]:
    """Exit as the intakes do (README): 0 every file done, 1 some failed, 2 none done (every
    file failed, or the workspace or index was unusable before any was done). It was 0 or 1,
    and 1 meant every file failed."""
    try:
        yield
    except OriginError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(rows.EXIT_SOME_REFUSED if totals.rows > totals.refused else
                 rows.EXIT_NOTHING_DONE)
    sys.exit(totals.exit_code)


class Score(click.FloatRange):
    """A score within 0..1. click's FloatRange lets NaN through (every comparison with it is
    false): ``scan --min-score nan`` was taken and turned a full re-upload's demote into a
    geometry-only review."""

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number within 0..1", param, ctx)
        return number


SCORE = Score()
WORKERS = click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
                       help="Processes that decode and fingerprint in parallel (a batch job: its cores).")


def scheduler_option(ctx, param, value: str | None) -> str | None:
    """``--scheduler ''`` (an unset $SCHEDULER) is refused, as an empty ``serve --host`` is: it
    ran on this machine alone without a word. An empty ORIGIN_SCHEDULER is unset (click); a
    blank one is the job's to refuse, naming the variable."""
    given = ctx.get_parameter_source(param.name) is click.core.ParameterSource.COMMANDLINE
    if given and value is not None and not value.strip():
        raise click.BadParameter("empty: name tcp://HOST:PORT or local:N, or leave the option "
                                 "out to run here", param=param)
    return value


SCHEDULER = click.option(
    "--scheduler", envvar="ORIGIN_SCHEDULER", metavar="ADDRESS", callback=scheduler_option,
    help="Run on Dask: tcp://HOST:8786 (a running scheduler) or local:N (an embedded cluster of "
         "N worker processes); env ORIGIN_SCHEDULER. Workers must reach the videos and the "
         "workspace folder by the same paths.")


def open_executor(workers: int, scheduler: str | None):
    """The job's executor; a scheduler click read from ORIGIN_SCHEDULER is left for the job to
    read again, so that an error about it names the variable, not a --scheduler never given."""
    from origin.jobs.executor import open_executor as open_

    source = click.get_current_context().get_parameter_source("scheduler")
    if source is click.core.ParameterSource.ENVIRONMENT:
        scheduler = None
    return open_(workers, scheduler or None)


@main.group()
def originals() -> None:
    """Register and inspect first-published originals."""


@originals.command("add")
@click.argument("paths", nargs=-1)
@click.option("--manifest", type=GivenPath(dir_okay=False, path_type=Path),
              help="CSV or JSON lines with path, owner, published_at, title per original; bad "
                   "rows are named and skipped.")
@FORMAT_OPTION
@click.option("--owner", callback=name_option, help="Account that published the originals.")
@click.option("--published-at", callback=parse_time, help="First-publish time (ISO-8601; default now).")
@click.option("--title", callback=title_option, help="Title stored with each original.")
@JSON_FLAG
@WORKERS
@SCHEDULER
@click.pass_obj
@creates_workspace
def originals_add(ctx, paths, manifest, fmt, owner, published_at, title, as_json, workers,
                  scheduler) -> None:
    """Fingerprint videos and songs (files or folders, or a --manifest) and add them to the
    index: a video's pictures and its sound track, a sound file's (ogg, mp3, m4a, flac, wav,
    opus, aiff, wma, ...) sound. A folder stands for the video and sound files under it, known
    by their suffix (mp4, mov, mkv, webm, avi, mts, m2ts, ogv, gif, ...).

    Exit status: 0 every file (or row) registered or already there, 1 some failed, 2 none (a
    --manifest's rows are named with their line and field).
    """
    if manifest is not None:
        if paths or owner or published_at or title:
            raise click.UsageError("--manifest names the originals and their owners, dates and "
                                   "titles: give no PATH, --owner, --published-at or --title")
        add_manifest_file(ctx, manifest, fmt, as_json, workers, scheduler)
        return
    if not paths:
        raise click.UsageError("name the originals: PATH... or --manifest FILE")
    if fmt != "auto":
        raise click.UsageError("--format goes with --manifest")
    totals = rows.Totals()
    files = media_files(paths, totals, _failed_original if as_json else None)
    with batch_status(totals), open_executor(workers, scheduler) as executor:
        stream = ctx.workspace.add_originals(files, owner=owner, published_at=published_at,
                                             title=title, executor=executor)
        for result in progress(stream, len(files), "fingerprinting", as_json):
            totals.count(result.status == "failed")
            if result.warning:
                click.echo(f"origin: warning: {result.warning}", err=True)
            if as_json:
                echo_json(result.to_json())
            elif result.error:
                click.echo(f"origin: error: {result.error}", err=True)
            else:
                channels = f"  [{'+'.join(result.channels)}]" if result.channels else ""
                click.echo(f"{result.status:7s} {result.id}  {shown(result.path)}{channels}")


def _report_row(done: RowOutcome, manifest: Path, as_json: bool) -> bool:
    """Print a manifest row's error or warning on stderr and, with ``--json``, its record; say
    whether the row is reported in full, so that the caller prints a done row's line only
    without ``--json``."""
    if done.refused:
        click.echo(f"error: {shown(manifest)} {done.error}", err=True)
    elif done.result.warning:
        click.echo(f"warning: {shown(manifest)} line {done.line}: {done.result.warning}",
                   err=True)
    if as_json:
        echo_json(done.to_json())
    return as_json or done.refused


@intake_command
def add_manifest_file(ctx, manifest: Path, fmt: str, as_json: bool, workers: int,
                      scheduler: str | None) -> None:
    """``originals add --manifest``: every row validated, registered and printed in order."""
    from origin.jobs.manifest import read_originals_manifest

    manifest_rows = read_originals_manifest(manifest, fmt)
    totals = rows.Totals()
    counts: dict[str, int] = {}
    with open_executor(workers, scheduler) as executor:
        stream = ctx.workspace.add_manifest(manifest_rows, executor=executor)
        for done in progress(stream, len(manifest_rows), "fingerprinting", as_json):
            totals.count(done.refused)
            counts[done.result.status] = counts.get(done.result.status, 0) + 1
            if not _report_row(done, manifest, as_json):
                result = done.result
                channels = f"  [{'+'.join(result.channels)}]" if result.channels else ""
                click.echo(f"{result.status:7s} {result.id}  {shown(result.path)}{channels}")
    finish_intake(totals, ", ".join(f"{count} {status}" for status, count in sorted(
        counts.items())) or "no original in the manifest")


@originals.command("list")
@JSON_FLAG
@click.pass_obj
@reads_workspace
def originals_list(ctx, as_json) -> None:
    """Every registered original, oldest publication first."""
    for original in ctx.workspace.originals():
        if as_json:
            echo_json(original)
        else:
            click.echo(f"{original['id']}  {original['published_at'][:19]}  "
                       f"{original['duration']:7.1f}s  {'+'.join(original['channels']):11s}  "
                       f"{cell(original['owner'] or '-', 12)}  {shown(original['path'])}")


def upload_id_option(_ctx, param, value: str | None) -> str | None:
    """``--upload-id`` as a manifest's ``upload_id`` may be (``check_upload_id``), refused as
    a usage error (exit 2) like every other option's value: it was the command's error, exit
    1, which reads as "some files failed" though nothing was scanned (stop 31). Bytes that are
    not UTF-8 are left for ``OriginCommand`` to name."""
    if value is None or text_problem(value):
        return value
    from origin.jobs.scan import check_upload_id

    try:
        return check_upload_id(value, param.opts[0])
    except InputError as error:
        raise click.BadParameter(error.reason, param=param) from None


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--manifest", type=GivenPath(dir_okay=False, path_type=Path),
              help="A batch from the platform: CSV or JSON lines with path, upload_id, uploader, "
                   "uploaded_at, music_from_library per upload. Bad rows are named and skipped; "
                   "a rerun resumes.")
@FORMAT_OPTION
@click.option("--rescan", is_flag=True,
              help="With --manifest: scan every upload again, even those a previous run of it "
                   "already scanned against the same index.")
@click.option("--uploader", callback=name_option, help="Account that uploaded these videos.")
@click.option("--uploaded-at", callback=parse_time, help="Upload time (ISO-8601).")
@click.option("--upload-id", callback=upload_id_option, help="The platform's id of this upload (one file): the same bytes "
                                  "uploaded twice are two uploads. Default: derived from the "
                                  "bytes and the uploader.")
@click.option("--music-from-library", is_flag=True, default=None,
              help="The platform says these uploads' sound was picked from its own music library "
                   "(a --platform-library music licence covers them).")
@click.option("--min-score", type=SCORE, default=None,
              help="Report candidates down to this score (default: the match threshold).")
@JSON_FLAG
@WORKERS
@SCHEDULER
@click.pass_obj
def scan(ctx, paths, manifest, fmt, rescan, uploader, uploaded_at, upload_id, music_from_library,
         min_score, as_json, workers, scheduler) -> None:
    """Match uploads (files or folders, or a --manifest) against the registered originals.

    Exit status: 0 every file (or row) scanned, 1 some failed, 2 nothing scanned (a
    --manifest's refused rows are named on stderr with their line and field).
    """
    from origin.enforcement import scan_action
    from origin.jobs.scan import UploadItem

    options = {} if min_score is None else {"min_score": min_score}
    if manifest is not None:
        if paths or uploader or uploaded_at or upload_id or music_from_library:
            raise click.UsageError("--manifest names the uploads and their ids, uploaders, times "
                                   "and music: give no PATH, --upload-id, --uploader, "
                                   "--uploaded-at or --music-from-library")
        scan_manifest_file(ctx, manifest, fmt, not rescan, as_json, workers, scheduler, options)
        return
    if not paths:
        raise click.UsageError("name the uploads: PATH... or --manifest FILE")
    if rescan or fmt != "auto":
        raise click.UsageError("--rescan and --format go with --manifest")
    totals = rows.Totals()
    files = media_files(paths, totals, _failed_upload if as_json else None)
    if upload_id is not None:
        if len(files) != 1:
            raise click.BadParameter(f"names one upload, but {len(files)} files were given",
                                     param_hint="--upload-id")
        files = [UploadItem(files[0], upload_id, uploader, uploaded_at,
                            music_from_library=music_from_library)]
    with batch_status(totals), open_executor(workers, scheduler) as executor:
        stream = ctx.workspace.scan(files, uploader=uploader, uploaded_at=uploaded_at,
                                    executor=executor, act=scan_action(ctx.workspace),
                                    music_from_library=music_from_library, **options)
        for result in progress(stream, len(files), "scanning", as_json):
            totals.count(result.error is not None)
            report_scan(result, as_json)


@intake_command
def scan_manifest_file(ctx, manifest: Path, fmt: str, resume: bool, as_json: bool, workers: int,
                       scheduler: str | None, options: dict) -> None:
    """``scan --manifest``: every row validated, scanned and printed as it finishes."""
    from origin.enforcement import scan_action
    from origin.jobs.manifest import read_manifest

    manifest_rows = read_manifest(manifest, fmt)
    totals = rows.Totals()
    resumed = 0
    with open_executor(workers, scheduler) as executor:
        stream = ctx.workspace.scan_manifest(manifest_rows, executor=executor, resume=resume,
                                             act=scan_action(ctx.workspace), **options)
        for done in progress(stream, len(manifest_rows), "scanning", as_json):
            totals.count(done.refused)
            resumed += done.result.resumed
            if not _report_row(done, manifest, as_json):
                print_scan(done.result)
    summary = f"{totals.rows - totals.refused} scanned ({resumed} already by an earlier run), " \
              f"{totals.refused} refused"
    finish_intake(totals, summary if totals.rows else "no upload in the manifest")


def report_scan(result: ScanResult, as_json: bool, extra: dict | None = None) -> None:
    """Print one scanned upload with what enforcement decided on each match."""
    if result.warning:
        click.echo(f"origin: warning: {result.warning}", err=True)
    if as_json:
        echo_json({**result.to_json(), **(extra or {})})
    else:
        print_scan(result)


def print_scan(result: ScanResult) -> None:
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
        click.echo(f"  {match.original}  {match.channel}  score {match.score:.2f}  upload {match.coverage_upload:4.0%}"
                   f"  original {match.coverage_original:4.0%}  {shown(Path(match.original_path).name)}"
                   f"  [{spans}]")
        if number < len(result.actions):
            action = result.actions[number]
            ticket = f"  ticket {action['ticket']}" if action.get("ticket") else ""
            click.echo(f"    -> {action['decision']} ({action['rule']}){ticket}")


@main.command()
@JSON_FLAG
@click.pass_obj
@creates_workspace
def demo(ctx, as_json) -> None:
    """Generate originals and re-uploads, register, scan, and print what was found."""
    from origin import demo as demo_job
    from origin.enforcement import scan_action

    if not as_json:
        click.echo(f"workspace: {shown(ctx.workspace.path)}  (generated media in demo-media/)")
    summary = demo_job.Summary()
    for upload, result in demo_job.run(ctx.workspace, act=scan_action(ctx.workspace)):
        if not as_json:
            click.echo(f"-- {upload.truth}")
        report_scan(result, as_json, {"truth": upload.truth})
        summary.add(upload, result)
    if not as_json:
        click.echo(f"\n{summary.line()}\nnext steps:")
        where = f"origin -w {shown(ctx.workspace.path)}"
        ticket = min(summary.tickets, default="TICKET")
        for command, why in (("tickets list", f"the {len(summary.tickets)} tickets of the demo"),
                             (f"tickets show {ticket}", "one of them, with its audit trail"),
                             ("scan VIDEO_OR_FOLDER", "your own uploads against these originals"),
                             ("originals add FOLDER --owner ME", "your own originals")):
            click.echo(f"  {where} {command:32s} {why}")
