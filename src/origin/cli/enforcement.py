"""``origin complaints|tickets|penalties|claimants|music ...`` and ``origin originals declare|review|
revoke``: thin commands over ``origin.enforcement``. Times come from ``$ORIGIN_NOW`` when set."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from origin import rows
from origin.cli import (FORMAT_OPTION, JSON_FLAG, BadArgument, GivenPath, cell,
                        creates_workspace, echo_json, finish_intake, intake_command, main,
                        reads_workspace, required_name, required_reason, shown)
from origin.cli.matching import originals
from origin.errors import InputError
from origin.enforcement import (claimants as claimant_records, clock, complaints, declarations,
                                licences, penalties as ledger, report as sla_report, tickets)
from origin.enforcement.config import SEVERITIES, load_policy


MAX_LISTED = 10_000_000      # a --limit past what SQLite's integers hold was a traceback


class Enforcement:
    """The workspace, its policy and the current time, for one command."""

    def __init__(self, ctx):
        self.workspace = ctx.workspace
        self.policy = load_policy(self.workspace.path)
        self.now = clock.now()


def _enforcement(ctx: click.Context) -> Enforcement:
    return Enforcement(ctx.obj)


# --- complaints ------------------------------------------------------------------------------

@main.group("complaints")
def complaints_group() -> None:
    """Notices from rights holders."""


@complaints_group.command("submit")
@click.argument("file", type=GivenPath(dir_okay=False, path_type=Path))
@FORMAT_OPTION
@JSON_FLAG
@click.pass_context
@intake_command
@creates_workspace
def complaints_submit(ctx, file: Path, fmt: str, as_json: bool) -> None:
    """Validate and file every complaint in FILE: a ticket per upload, or the reason it failed.

    Each rejected row is named on stderr with its line and field; the others are filed. A
    complaint filed before (same claimant, work, uploads and kind) says exists: running the
    file again after a crash files the rest. Exit status: 0 every row accepted or filed
    before, 1 some rows rejected, 2 nothing accepted.
    """
    env = _enforcement(ctx)
    totals = rows.Totals()
    filed_before = 0
    with env.workspace.records_writer():
        for result in complaints.submit_file(env.workspace, env.policy, file, now=env.now,
                                             fmt=fmt):
            totals.count(result.status == "rejected")
            filed_before += result.status == "exists"
            if result.status == "rejected":
                click.echo(f"error: {shown(file)} line {result.line}: {result.error}", err=True)
            if as_json:
                echo_json(result.to_json())
            elif result.status != "rejected":
                click.echo(f"line {result.line}: {result.status} {result.complaint} "
                           f"tickets {' '.join(result.tickets)}")
    finish_intake(totals, f"{totals.rows - totals.refused - filed_before} accepted, "
                          f"{filed_before} exists, {totals.refused} rejected")


@complaints_group.command("withdraw")
@click.argument("complaint_id")
@click.option("--by", "actor", required=True, callback=required_name,
              help="Who takes the notice back (recorded in the audit).")
@click.option("--why", required=True, callback=required_reason, help="Why (recorded in the audit).")
@JSON_FLAG
@click.pass_context
def complaints_withdraw(ctx, complaint_id: str, actor: str, why: str, as_json: bool) -> None:
    """The claimant takes a notice back: each open ticket it alone backs is withdrawn (measure
    lifted, strike reversed); a ticket a scan or another live notice backs stays open."""
    env = _enforcement(ctx)
    with env.workspace.records_writer(), env.workspace.session() as session:
        done = complaints.withdraw(session, env.policy, complaint_id, actor=actor, why=why,
                                   at=env.now)
    if as_json:
        echo_json(done.to_json())
        return
    click.echo(f"complaint {done.complaint_id} withdrawn: tickets withdrawn "
               f"{' '.join(done.withdrawn) or 'none'}")
    for ticket, reason in done.kept:
        click.echo(f"  kept open {ticket}: {reason}")


# --- tickets ---------------------------------------------------------------------------------

@main.group("tickets")
def tickets_group() -> None:
    """Takedown tickets: list, show, advance, sweep timers, report, evidence."""


def _print_ticket(view: tickets.TicketView) -> None:
    click.echo(f"{view.id}  {view.state:24s} {view.source}/{view.kind:10s} "
               f"upload {shown(view.upload_id)}  original {view.original_id or '-'}  "
               f"claimant {_claimant(view)}  accused {shown(view.accused or '-')}  "
               f"due {view.due_at:%Y-%m-%d %H:%M}Z")


def _claimant(view: tickets.TicketView) -> str:
    """A claimant's label, or the account a flipped ticket files for (said as an account)."""
    if view.claimant_account is not None:
        return f"account {shown(view.claimant_account)}"
    return shown(view.claimant or "-")


@tickets_group.command("list")
@click.option("--state", type=click.Choice(tickets.STATES))
@click.option("--overdue", is_flag=True, help="Only unhandled tickets past their SLA.")
@click.option("--accused", callback=required_name)
@click.option("--claimant", callback=required_name)
@click.option("--limit", type=click.IntRange(1, MAX_LISTED), default=100, show_default=True,
              help="At most this many tickets.")
@JSON_FLAG
@click.pass_context
@reads_workspace
def tickets_list(ctx, state, overdue, accused, claimant, limit, as_json) -> None:
    """Tickets, oldest first."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        views = tickets.listing(session, state=state, overdue_at=env.now if overdue else None,
                                accused=accused, claimant=claimant, limit=limit)
    for view in views:
        echo_json(view.to_json()) if as_json else _print_ticket(view)


@tickets_group.command("show")
@click.argument("ticket_id")
@JSON_FLAG
@click.pass_context
@reads_workspace
def tickets_show(ctx, ticket_id, as_json) -> None:
    """A ticket with its audit trail."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        view = tickets.show(session, ticket_id)
    if as_json:
        echo_json(view.to_json())
        return
    _print_ticket(view)
    if view.review_reason:
        click.echo(f"  review: {shown(view.review_reason)}")
    click.echo(f"  next: {', '.join(view.next_states) or '(closed)'}")
    for entry in view.history:
        click.echo(f"  {entry.at:%Y-%m-%d %H:%M}Z {cell(entry.actor, 12)} {entry.action:8s} "
                   f"{entry.from_state or '':24s} -> {entry.to_state or '':24s} "
                   f"{shown(entry.why or '')}")


@tickets_group.command("advance")
@click.argument("ticket_id")
@click.argument("state", type=click.Choice(tickets.STATES))
@click.option("--by", "actor", required=True, help="Who takes this step (recorded in the audit).",
              callback=required_name)
@click.option("--why", required=True, callback=required_reason, help="Why (recorded in the audit).")
@click.option("--strike", type=click.Choice(SEVERITIES), help="Strike severity when applying "
              "a measure the ticket did not carry one for (e.g. after review).")
@JSON_FLAG
@click.pass_context
def tickets_advance(ctx, ticket_id, state, actor, why, strike, as_json) -> None:
    """Move a ticket one legal step; illegal steps are refused."""
    env = _enforcement(ctx)
    with env.workspace.records_writer(), env.workspace.session() as session:
        tickets.advance(session, env.policy, ticket_id, state, actor=actor, why=why, at=env.now,
                        strike=strike)
        view = tickets.show(session, ticket_id)
    echo_json(view.to_json()) if as_json else _print_ticket(view)


@tickets_group.command("sweep")
@JSON_FLAG
@click.pass_context
def tickets_sweep(ctx, as_json) -> None:
    """Restore items whose claimant let the counter-notice period pass (run it daily)."""
    env = _enforcement(ctx)
    with env.workspace.records_writer(), env.workspace.session() as session:
        restored = [tickets.TicketView.of(t) for t in tickets.sweep(session, env.policy, env.now)]
    for view in restored:
        echo_json(view.to_json()) if as_json else _print_ticket(view)
    if not as_json:
        click.echo(f"{len(restored)} restored", err=True)


@tickets_group.command("report")
@click.option("--overdue-limit", type=click.IntRange(0, MAX_LISTED), default=20, show_default=True,
              help="At most this many overdue tickets listed.")
@JSON_FLAG
@click.pass_context
@reads_workspace
def tickets_report(ctx, overdue_limit, as_json) -> None:
    """SLA share, backlog by age and type, overdue tickets (dynamic clearing)."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        result = sla_report.build(session, env.policy, env.now, overdue_limit)
    if as_json:
        echo_json(result.to_json())
        return
    share = result.within_sla_share
    click.echo(f"as of {result.at:%Y-%m-%d %H:%M}Z, SLA {result.sla_working_days} working days")
    click.echo(f"tickets {result.total}, handled {result.handled}, within SLA "
               f"{result.handled_within_sla} ({'-' if share is None else f'{share:.1%}'}), "
               f"open overdue {result.open_overdue}"
               f"{'  — cleared' if result.open_overdue == 0 else ''}")
    click.echo("backlog by age (working days): " + ", ".join(
        f"{age}: {count}" for age, count in result.backlog_by_age.items()))
    click.echo("backlog by type: " + (", ".join(
        f"{kind}: {count}" for kind, count in sorted(result.backlog_by_type.items())) or "none"))
    click.echo("backlog by state: " + (", ".join(
        f"{state}: {count}" for state, count in result.backlog_by_state.items()) or "none"))
    click.echo(f"awaiting claimant after counter-notice: {result.awaiting_claimant} "
               f"(restore due: {result.restore_due})")
    for late in result.overdue:
        click.echo(f"  overdue {late.id}  {late.state:24s} {late.source}/{late.kind}  "
                   f"age {late.age_working_days} working days  due {late.due_at:%Y-%m-%d}")


@tickets_group.command("evidence")
@click.argument("ticket_id")
@click.option("--out", type=GivenPath(file_okay=False, path_type=Path), required=True)
@JSON_FLAG
@click.pass_context
@reads_workspace
def tickets_evidence(ctx, ticket_id, out: Path, as_json) -> None:
    """Write evidence.html (self-contained) and evidence.json for a ticket into OUT."""
    from origin.enforcement import evidence      # OpenCV (frame thumbnails): this command only

    env = _enforcement(ctx)
    try:
        with env.workspace.session() as session:
            paths = list(evidence.write(session, env.workspace.path, ticket_id, out))
    except FileExistsError as error:     # OUT is a device, e.g. /dev/null (said "File exists")
        raise InputError(str(error.filename or out),
                         "evidence not written: not a folder (--out names the folder that "
                         "receives evidence.html and evidence.json)") from None
    except OSError as error:             # OUT cannot be made or written (a traceback before)
        raise InputError(str(error.filename or out),
                         f"evidence not written: {error.strerror or error}") from None
    if as_json:
        echo_json({"ticket": ticket_id, "files": [str(path) for path in paths]})
    for path in [] if as_json else paths:
        click.echo(shown(path))


# --- declarations ----------------------------------------------------------------------------

def _print_declaration(view: declarations.DeclarationView, as_json: bool) -> None:
    if as_json:
        echo_json(view.to_json())
        return
    decided = (f"  {view.state} by {shown(view.decided_by)} {view.decided_at:%Y-%m-%d %H:%M}Z"
               if view.decided_at else "")
    click.echo(f"{view.id} {view.state:9s} {view.original_id}  declared by "
               f"{shown(view.declarant)} {view.declared_at:%Y-%m-%d %H:%M}Z{decided}"
               + (f"  ({shown(view.reason)})" if view.reason else ""))


@originals.command("declare")
@click.argument("original_id")
@click.option("--by", "declarant", required=True, help="The owner declaring the work original.",
              callback=required_name)
@JSON_FLAG
@click.pass_context
def originals_declare(ctx, original_id, declarant, as_json) -> None:
    """Declare a registered original as original work (原创声明); a reviewer decides."""
    env = _enforcement(ctx)
    with env.workspace.exclusive(), env.workspace.session() as session:
        row = declarations.declare(session, original_id, declarant, at=env.now)
        view = declarations.DeclarationView.of(row)
    _print_declaration(view, as_json)             # once stored: a full disk fails the commit


@originals.command("review")
@click.argument("reference")
@click.option("--approve/--reject", required=True)
@click.option("--by", "reviewer", required=True, callback=required_name)
@click.option("--why", callback=required_reason, help="Why (recorded in the audit).")
@JSON_FLAG
@click.pass_context
def originals_review(ctx, reference, approve, reviewer, why, as_json) -> None:
    """Approve or reject a pending declaration (declaration or original id)."""
    env = _enforcement(ctx)
    with env.workspace.exclusive(), env.workspace.session() as session:
        row = declarations.review(session, reference, approve=approve, reviewer=reviewer,
                                  why=why, at=env.now)
        view = declarations.DeclarationView.of(row)
    _print_declaration(view, as_json)             # once stored: a full disk fails the commit


@originals.command("revoke")
@click.argument("reference")
@click.option("--by", "reviewer", required=True, callback=required_name)
@click.option("--why", required=True, callback=required_reason)
@JSON_FLAG
@click.pass_context
def originals_revoke(ctx, reference, reviewer, why, as_json) -> None:
    """Revoke an approved declaration for abuse (the declarant loses credit)."""
    env = _enforcement(ctx)
    with env.workspace.exclusive(), env.workspace.session() as session:
        row = declarations.revoke(session, env.policy, reference, reviewer=reviewer, why=why,
                                  at=env.now)
        view = declarations.DeclarationView.of(row)
    _print_declaration(view, as_json)             # once stored: a full disk fails the commit


@originals.command("declarations")
@click.option("--state", type=click.Choice([declarations.PENDING, declarations.APPROVED,
                                            declarations.REJECTED, declarations.REVOKED]))
@JSON_FLAG
@click.pass_context
@reads_workspace
def originals_declarations(ctx, state, as_json) -> None:
    """Declarations, oldest first (pending ones are the review queue)."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        for view in declarations.listing(session, state):
            _print_declaration(view, as_json)


# --- penalties and claimants -----------------------------------------------------------------

@main.group("penalties")
def penalties_group() -> None:
    """Credit ledger, strikes and bans per account."""


@penalties_group.command("show")
@click.argument("account", callback=required_name)
@JSON_FLAG
@click.pass_context
@reads_workspace
def penalties_show(ctx, account, as_json) -> None:
    """An account's credit, active strikes, bans and ledger."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        standing = ledger.standing(session, env.policy.penalties, account, env.now)
    if as_json:
        echo_json(standing.to_json())
        return
    click.echo(f"{account}: credit {standing.credit}, active strikes {standing.active_strikes}, "
               f"{standing.restriction}")
    for line in standing.ledger:
        reversed_ = f"  REVERSED {line.reversed_at:%Y-%m-%d}: {line.reversed_reason}" \
            if line.reversed_at else ""
        click.echo(f"  {line.at:%Y-%m-%d %H:%M}Z  -{line.points:<3d} {line.severity:8s}"
                   f"{' strike' if line.strike else '':7s} {line.reason}{reversed_}")


@main.group("claimants")
def claimants_group() -> None:
    """Claimant accuracy and fast-track."""


@claimants_group.command("show")
@click.argument("claimant", required=False, callback=required_name)
@JSON_FLAG
@click.pass_context
@reads_workspace
def claimants_show(ctx, claimant, as_json) -> None:
    """One claimant's record with its wrongful notices, or every claimant."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        records = ([claimant_records.record(session, env.policy, claimant, with_wrongful=True)]
                   if claimant else claimant_records.listing(session, env.policy))
    for record in records:
        if as_json:
            echo_json(record.to_json())
            continue
        accuracy = "-" if record.accuracy is None else f"{record.accuracy:.0%}"
        click.echo(f"{shown(record.claimant)}: upheld {record.upheld}, overturned "
                   f"{record.overturned}, withdrawn {record.withdrawn}, undecided "
                   f"{record.undecided}, accuracy {accuracy}"
                   f"{', fast-tracked' if record.fast_track else ''}")
        for ticket in record.wrongful:
            click.echo(f"  wrongful notice: ticket {ticket}")


# --- music licences --------------------------------------------------------------------------

def _until(_ctx, param, value: str | None) -> datetime | date | None:
    """A date-time, or a date alone (``2027-01-31``): the command ends the licence at the end of
    that day in the platform's time zone (it was 00:00 UTC, a day short)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return clock.parse(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r}: {error}", param=param) from None


@main.group("music")
def music_group() -> None:
    """Music licences: who may use an owner's songs in their uploads."""


@music_group.command("license")
@click.option("--owner", required=True, callback=required_name,
              help="The music's owner (as registered with originals add --owner).")
@click.option("--to", "licensee", callback=required_name, help="The licensed account.")
@click.option("--platform-library", is_flag=True,
              help="Licensed to the platform's music library: every account may use it.")
@click.option("--until", callback=_until,
              help="Last moment the licence holds: an ISO-8601 date-time, or a date (the whole "
                   "day, to its end in the default jurisdiction's time zone); default: open-ended.")
@JSON_FLAG
@click.pass_context
@creates_workspace
def music_license(ctx, owner, licensee, platform_library, until, as_json) -> None:
    """Let an account (--to) or the platform's music library use OWNER's music: matches on the
    sound alone are exempt; a video copied with its sound is still decided on its pictures."""
    if (licensee is None) == (not platform_library):
        raise BadArgument("music license: give exactly one of --to ACCOUNT and "
                          "--platform-library")
    env = _enforcement(ctx)
    if until is not None and not isinstance(until, datetime):
        try:
            until = licences.end_of_day(until, env.policy.jurisdiction(None).timezone)
        except OverflowError:
            raise click.BadParameter(f"'{until.isoformat()}' has no end of day that UTC can hold",
                                     param_hint="'--until'") from None
    with env.workspace.session() as session:
        view, new = licences.grant(session, owner, licensee, platform_library, until, env.now)
        known = licences.owner_has_music(session, view.owner)
    if not known:
        click.echo(f"warning: no registered original with sound has owner '{shown(view.owner)}' "
                   f"(check the spelling): the licence exempts nothing until one has", err=True)
    if as_json:
        echo_json(view.to_json())
        return
    until_text = f" until {view.until.isoformat()}" if view.until else ""
    again = "" if new else f" (already granted {view.granted_at.isoformat()})"
    click.echo(f"licence {view.id}: {shown(view.owner)} -> "
               f"{shown(view.licensee or licences.PLATFORM_LIBRARY)}{until_text}{again}")


@music_group.command("revoke")
@click.argument("licence", type=int)
@click.option("--by", "reviewer", required=True, callback=required_name,
              help="Who revokes it (the audit log's actor).")
@click.option("--why", required=True, callback=required_reason,
              help="Why (kept in the audit log: a licence granted to the wrong account).")
@JSON_FLAG
@click.pass_context
def music_revoke(ctx, licence, reviewer, why, as_json) -> None:
    """End music licence LICENCE (its number in music licenses) now: uploads made from now on
    are no longer exempt. Decisions made under it keep their reason, and the audit log keeps the
    term it had."""
    env = _enforcement(ctx)
    with env.workspace.exclusive(), env.workspace.session() as session:
        view = licences.revoke(session, licence, reviewer, why, env.now)
    if as_json:
        echo_json(view.to_json())
        return
    click.echo(f"licence {view.id}: {shown(view.owner)} -> "
               f"{shown(view.licensee or licences.PLATFORM_LIBRARY)} revoked, ended "
               f"{view.until.isoformat()}")


@music_group.command("licenses")
@click.option("--owner", help="Only this owner's licences.")
@JSON_FLAG
@click.pass_context
@reads_workspace
def music_licenses(ctx, owner, as_json) -> None:
    """Every music licence, oldest first."""
    env = _enforcement(ctx)
    with env.workspace.session() as session:
        views = licences.listed(session, owner)
    for view in views:
        if as_json:
            echo_json(view.to_json())
        else:
            until_text = view.until.isoformat() if view.until else "open-ended"
            if view.revoked is not None:
                until_text = f"revoked {view.revoked.at.isoformat()} by {shown(view.revoked.by)}"
            click.echo(f"{view.id:5d} {shown(view.owner)} -> "
                       f"{shown(view.licensee or licences.PLATFORM_LIBRARY)} ({until_text})")
