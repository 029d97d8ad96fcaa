"""The ``origin`` command: a thin layer over the Python API.

Each domain keeps its commands in its own module here and registers them on ``main``. Shared
conventions live here: ``--json`` (``JSON_FLAG``: one JSON object per line on stdout, the same
on every command that prints records), ``shown`` for names in text output (control characters
escaped, so a file name with a newline stays on its line), and the intake exit statuses
(``finish_intake``: 0 every row done, 1 some rows refused, 2 nothing done).
"""
from __future__ import annotations

import functools
import importlib
import json
import os
import signal
import sys
import threading
import unicodedata
from pathlib import Path

import click

from origin.errors import (InputError, NotAWorkspace, OriginError, OutOfSpace, out_of_space,
                           printable, write_refused)
from origin.jobs.inputs import EMPTY_PATH
from origin.rows import (EXIT_NOTHING_DONE, FORMATS, MAX_WHY, FieldError, Totals, checked_name,
                         reason_problem, text_problem)

EXIT_INTERRUPTED = 130          # Ctrl-C (SIGINT): 128 + 2, as a shell reports it
EXIT_OUTPUT_CLOSED = 141        # stdout's reader gone (SIGPIPE): 128 + 13, as a shell reports it
EXIT_TERMINATED = 143           # SIGTERM (a batch runner's or a container's stop): 128 + 15
WORKSPACE_VARIABLE = "ORIGIN_WORKSPACE"   # the workspace folder, where -w gives none


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where SIGINT raises ``KeyboardInterrupt``, so a job stopped by its batch
    runner (``kill``, a container's stop, a scheduler's time limit) ends as Ctrl-C ends it:
    what it printed flushed and stored, a line on stderr saying so. Python's default ended the
    process at once, silently: the JSON lines of uploads already stored but still in stdout's
    buffer were lost from the output file (a rerun prints them again as resumed)."""


def _terminated(signum, frame) -> None:
    raise Terminated


JSON_FLAG = click.option("--json", "as_json", is_flag=True,
                         help="One JSON object per record and line on stdout instead of text.")
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="auto",
    help="The intake file's format; auto: by its suffix (.csv, .jsonl), else by its first character.")


def json_line(data: dict) -> str:
    """One JSON object on one line; U+2028/U+2029 escaped, since some line readers split there."""
    line = json.dumps(data, ensure_ascii=False)
    if "\u2028" in line or "\u2029" in line:
        line = line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return line


def echo_json(data: dict) -> None:
    click.echo(json_line(data))


def shown(value) -> str:
    """A name or path for text output: on one line, undecodable bytes as ``\\xNN``."""
    return printable(str(value))


def cell(value, width: int, right: bool = False) -> str:
    """``shown(value)`` padded to ``width`` columns of a terminal: a CJK or fullwidth character
    takes two, a combining mark or zero-width character none. Python's ``f"{name:<20}"`` counts
    characters, so a Chinese brand or owner pushed the rest of its row out of its columns."""
    text = shown(value)
    used = sum(0 if unicodedata.category(char) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)
    padding = " " * max(0, width - used)
    return padding + text if right else text + padding


def name_option(_ctx, param, value: str | None) -> str | None:
    """An option naming an account or a person (``--owner``, ``--uploader``, ``--by``): what a
    row's name may hold (``rows.checked_name``: 200 printable characters). A longer one was a
    traceback on PostgreSQL, whose columns hold 200; a control character made a name nobody can
    type. Bytes that are not UTF-8 are left for ``OriginCommand`` to name."""
    if value is None or text_problem(value):
        return value
    try:
        return checked_name(value, param.opts[0])
    except FieldError as error:
        raise click.BadParameter(error.reason, param=param) from None


def required_name(ctx, param, value: str | None) -> str | None:
    """``name_option`` for a name the command cannot do without (``brands add --owner``,
    ``penalties show ACCOUNT``): a blank one is refused, not stored or looked up as ''."""
    name = name_option(ctx, param, value)
    if name is None and value is not None:
        raise click.BadParameter("a name is required, not a blank", param=param)
    return name


def required_text(what: str, longest: int | None = None):
    """A click callback refusing a blank text that must say something (``what``: "a reason"),
    or one over ``longest`` characters: a usage error, exit 2, before anything is stored."""

    def check(_ctx, param, value: str | None) -> str | None:
        if value is not None and not text_problem(value) and not value.strip():
            raise click.BadParameter(f"{what} is required, not a blank", param=param)
        if value is not None and longest is not None and len(value) > longest:
            raise click.BadParameter(f"{what} of {len(value)} characters, over {longest}",
                                     param=param)
        return value

    return check


# a ``--why`` the audit must carry: a blank one is no reason (the console asks for one); one
# over the API's ``MAX_WHY`` neither (100 000 characters were stored and filled ``tickets show``)
_reason_text = required_text("a reason", longest=MAX_WHY)


def required_reason(ctx, param, value: str | None) -> str | None:
    """A ``--why``: said, within ``MAX_WHY``, and what the API and the console take
    (``rows.reason_problem``: no escape sequences, no direction overrides)."""
    value = _reason_text(ctx, param, value)
    # text that is not UTF-8 is left to ``main``'s one-line check of every argument
    problem = value is not None and not text_problem(value) and reason_problem(value)
    if problem:
        raise click.BadParameter(f"a reason that {problem}", param=param)
    return value


def intake_command(function):
    """For commands that read a file of rows: an error before any row is done (the file, the
    database, the workspace) exits 2, "nothing done", like a file whose every row was refused."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except OriginError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(EXIT_NOTHING_DONE)

    run.reads_rows = True        # main's help names every such command (a test checks)
    return run


def finish_intake(totals: Totals, summary: str) -> None:
    """Print the summary on stderr and exit with the intake status of ``totals``."""
    click.echo(summary, err=True)
    sys.exit(totals.exit_code)


class Context:
    """What every command needs: where the workspace is and which database to use, and how
    the command uses it (``workspace_use``)."""

    def __init__(self, workspace: Path, db_url: str | None):
        self.workspace_path = workspace
        self.db_url = db_url
        self.creates = False          # may make the workspace (commands that register, configure)
        self.reads_only = False       # only reads: opens a read-only folder's database immutable
        self._workspace = None

    @property
    def workspace(self):
        from origin.workspace import Workspace

        if self._workspace is None:
            try:
                self._workspace = Workspace(self.workspace_path, db_url=self.db_url,
                                            create=self.creates, read_only=self.reads_only)
            except OSError as error:          # the folder cannot be made or read
                raise InputError(str(error.filename or self.workspace_path),
                                 f"workspace unusable: {error.strerror or error}") from None
            self._workspace.on_lock_wait = say_waiting
        return self._workspace

    def close(self) -> None:
        """The workspace's database connections closed when the command ends (a test or a
        program that runs many commands in one process kept each one's open)."""
        if self._workspace is not None:
            self._workspace.close()


def say_waiting(folder: Path, timeout: float) -> None:
    click.echo(f"origin: waiting for {shown(folder)}'s writer lock: another origin command is "
               f"writing there (up to {timeout:g} s)", err=True)


def workspace_use(*, creates: bool = False, reads_only: bool = False):
    """Mark a command (below its click decorators) that makes the workspace when there is none
    (``creates``: registering, configuring) or only reads it (``reads_only``). Every other
    command refuses a folder that is not a workspace: a mistyped -w made an empty one and
    answered "nothing" with exit 0."""

    def mark(function):
        @functools.wraps(function)
        def run(*args, **kwargs):
            context = click.get_current_context().find_object(Context)
            context.creates, context.reads_only = creates, reads_only
            return function(*args, **kwargs)

        return run

    return mark


creates_workspace = workspace_use(creates=True)
reads_workspace = workspace_use(reads_only=True)


class GivenPath(click.Path):
    """click's Path refusing an empty one: ``Path('')`` is the current folder, so ``brands scan
    "$FILE"`` with FILE unset said ``.: cannot open: Is a directory``, naming a folder nobody
    gave, and ``tickets evidence --out ''`` meant the current one."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value:
            self.fail(EMPTY_PATH, param, ctx)
        return super().convert(value, param, ctx)


class BadArgument(click.ClickException):
    """An argument no command can use: one line, exit 2 (nothing done), like a usage error."""

    exit_code = 2


class OriginCommand(click.Command):
    """Refuses text arguments holding bytes that are not UTF-8 before the command runs.

    Python hands such bytes over as lone surrogates, which no database stores: an id or a name
    (``tickets show``, ``--owner``) would end in a traceback. File paths are exempt: a file
    name may be any bytes, and the commands reading files answer for each file themselves."""

    def invoke(self, ctx: click.Context):
        for param in self.params:
            if isinstance(param.type, (click.Path, click.File)) or param.name == "paths":
                continue
            value = ctx.params.get(param.name)
            for item in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(item, str) and text_problem(item):
                    name = param.opts[0] if isinstance(param, click.Option) else \
                        param.human_readable_name
                    raise BadArgument(f"{name}: '{shown(item)}' is not valid UTF-8 text")
        return super().invoke(ctx)


# The module defining each top-level command, imported when that command runs: ``originals
# add`` never loads enforcement's or accounts' modules (~0.3 s CPU of a 1 s start-up). A group
# another module adds commands to (``originals declare``, ``tickets confirm``) loads that module
# when asked for a command it does not have yet, or for its list (``--help``).
COMMAND_MODULES = {
    "originals": "matching", "scan": "matching", "demo": "matching", "index": "index",
    "complaints": "enforcement", "tickets": "enforcement", "penalties": "enforcement",
    "claimants": "enforcement", "music": "enforcement", "brands": "brands",
    "accounts": "accounts", "keys": "service", "serve": "service",
}
GROUP_EXTENSIONS = {"originals": ("enforcement",), "tickets": ("accounts",)}
# Each top-level command's first paragraph of help, which ``origin --help`` lists: reading it
# from the commands imported every module (accounts' and enforcement's SQLAlchemy models),
# ~0.4 s CPU of a 0.66 s ``--help``. tests/test_cli.py checks it against the commands' own.
SUMMARIES = {
    "accounts": "The account graph: import, link, show, explain joint decisions.",
    "brands": "Brand keyword guards: trademark misuse and counterfeit offers in titles and "
              "names.",
    "claimants": "Claimant accuracy and fast-track.",
    "complaints": "Notices from rights holders.",
    "demo": "Generate originals and re-uploads, register, scan, and print what was found.",
    "index": "Inspect and reshape the index (the frame index's shards, the keypoint index's "
             "cells).",
    "keys": "API keys for the HTTP service (only a hash of each key is stored).",
    "music": "Music licences: who may use an owner's songs in their uploads.",
    "originals": "Register and inspect first-published originals.",
    "penalties": "Credit ledger, strikes and bans per account.",
    "scan": "Match uploads (files or folders, or a --manifest) against the registered "
            "originals.",
    "serve": "Serve the HTTP API (/v1, /docs) and the review console (/review).",
    "tickets": "Takedown tickets: list, show, advance, sweep timers, report, evidence.",
}


def load_commands(*modules: str) -> None:
    """Import the named ``origin.cli`` modules (all of them when none is named): each registers
    its commands on ``main`` and its groups."""
    for module in modules or sorted(set(COMMAND_MODULES.values())):
        importlib.import_module(f"origin.cli.{module}")


class OriginGroup(click.Group):
    """Turns ``OriginError`` into click's one-line ``Error: ...`` and exit status 1; its
    commands and sub-groups are ``OriginCommand`` and ``OriginGroup``. Commands load with
    their module (``COMMAND_MODULES``)."""

    command_class = OriginCommand
    group_class = type

    def _modules(self, name: str | None) -> tuple[str, ...]:
        """The modules that may add ``name`` (every command when None) to this group."""
        if self is not main:
            return GROUP_EXTENSIONS.get(self.name, ())
        if name is None:
            return tuple(sorted(set(COMMAND_MODULES.values())))
        return (COMMAND_MODULES[name],) if name in COMMAND_MODULES else ()

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and self._modules(name):
            load_commands(*self._modules(name))
        return super().get_command(ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        if self._modules(None):
            load_commands(*self._modules(None))
        return super().list_commands(ctx)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """``origin --help``'s list from ``SUMMARIES``, as click would write it from the
        commands themselves, without importing their modules."""
        if self is not main:
            return super().format_commands(ctx, formatter)
        limit = formatter.width - 6 - max(map(len, SUMMARIES))
        with formatter.section("Commands"):
            formatter.write_dl([(name, click.Command(name, help=text).get_short_help_str(limit))
                                for name, text in sorted(SUMMARIES.items())])

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (NotAWorkspace, OutOfSpace) as error:
            raise BadArgument(str(error)) from error
        except OriginError as error:
            raise click.ClickException(str(error)) from error
        except BrokenPipeError:
            # stdout's reader stopped (``brands scan F --json | head``): click exited 1, which
            # reads as "some rows refused" (README), and a batch runner would not have run the
            # rest again; a shell reports a tool ended by SIGPIPE as 141, as quietly
            if ctx.parent is None:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error
                sys.exit(EXIT_OUTPUT_CLOSED)
            raise
        except Exception as error:
            if ctx.parent is None and (full := out_of_space(error)) is not None:
                where = ctx.obj.db_url if ctx.obj and ctx.obj.db_url else \
                    ctx.obj.workspace_path if ctx.obj else "the workspace"
                raise BadArgument(
                    f"{where}: out of space ({full}): free some and run the same command "
                    f"again to finish (what was printed is stored, the rest is not; a "
                    f"--manifest resumes)") from None
            reason = write_refused(error)
            if reason is None:
                raise
            raise click.ClickException(
                f"the database refused a write: {reason} (this command writes; a read-only "
                f"database, user or standby serves only the commands that read: listings, "
                f"show, reports, evidence, index status)") from None
        except KeyboardInterrupt as stop:
            # click's own "Aborted!" exits 1, which a batch runner reads as "some rows refused,
            # the rest done" (README) and would not rerun; 130 is the shell's 128 + SIGINT
            if ctx.parent is None:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)      # a second one ends it now
                how = "terminated (SIGTERM)" if isinstance(stop, Terminated) else "interrupted"
                click.echo(f"\norigin: {how}: what was printed is stored, the rest is not; "
                           "run the same command again to finish (a --manifest resumes)",
                           err=True)
                sys.exit(EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED)
            raise


def workspace_folder(ctx, param, value: str) -> Path:
    """``-w``'s folder; an empty one is refused: ``Path('')`` is the current directory, which
    nobody means by ``-w ''`` or an ORIGIN_WORKSPACE set to nothing. That one is named: the
    error named ``--workspace``, which the user had not given."""
    if not value:
        if ctx.get_parameter_source(param.name) == click.core.ParameterSource.DEFAULT:
            raise BadArgument(f"{WORKSPACE_VARIABLE} (set in the environment): {EMPTY_PATH}: "
                              f"unset it or name a folder")
        raise click.BadParameter(EMPTY_PATH, param=param)
    return Path(value)


@click.group(cls=OriginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="origin", prog_name="origin")
@click.option("--workspace", "-w", type=click.Path(file_okay=False), callback=workspace_folder,
              default=lambda: os.environ.get(WORKSPACE_VARIABLE, "indexes"), show_default="indexes/",
              help="Folder holding the index shards and the SQLite database (env "
                   "ORIGIN_WORKSPACE). Only commands that register or configure (originals add, "
                   "complaints submit, imports, brands add, keys add, music license, demo) make "
                   "it; the others refuse a folder that is not a workspace (exit 2).")
@click.option("--db", "db_url",   # ORIGIN_DB is read by Workspace, which names it in errors
              help="SQLAlchemy database URL (default: SQLite inside the workspace; env ORIGIN_DB).")
@click.pass_context
def main(ctx: click.Context, workspace: Path, db_url: str | None) -> None:
    """Match uploads against first-published originals and enforce the rules.

    Every command that prints records takes --json: one JSON object per record and line.
    Commands that read a file of rows (complaints submit, accounts import, brands import,
    brands scan, scan and originals add --manifest) exit 0 when every row was done, 1 when
    some rows were refused (each named on stderr with its line and field), 2 when nothing was
    done; scan and originals add over PATHs likewise per file; other commands exit 1 on an
    error. Ctrl-C exits 130 (run the command again to finish what was not stored).
    """
    ctx.obj = Context(workspace, db_url)
    ctx.call_on_close(ctx.obj.close)
    if threading.current_thread() is threading.main_thread():  # where Python runs handlers
        before = signal.signal(signal.SIGTERM, _terminated)
        ctx.call_on_close(lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL if before is None
                                                else before))
