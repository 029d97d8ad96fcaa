"""``origin accounts import|link|show|explain`` and ``origin tickets confirm``: thin commands over
``origin.accounts``. Times come from ``$ORIGIN_NOW`` when set (as for the enforcement commands)."""
from __future__ import annotations

from pathlib import Path

import click

from origin.accounts import graph as account_graph, joint, views
from origin.accounts.config import LINK_TYPES, MIN_STRENGTH, load_config
from origin import rows
from origin.cli import (FORMAT_OPTION, JSON_FLAG, GivenPath, echo_json, finish_intake,
                        intake_command, main, creates_workspace, reads_workspace, required_name,
                        required_reason, shown)
from origin.cli.enforcement import tickets_group
from origin.enforcement import clock
from origin.enforcement.config import SEVERITIES, load_policy


REFUSED = ("error", account_graph.REFUSED)     # rows an import did not take


class Accounts:
    """The workspace, both policies and the current time, for one command."""

    def __init__(self, ctx: click.Context):
        self.workspace = ctx.obj.workspace
        self.policy = load_policy(self.workspace.path)
        self.config = load_config(self.workspace.path)
        self.now = clock.now()

    def graph(self, session, actor: str, source: str) -> account_graph.Graph:
        return account_graph.Graph(session, self.config, self.policy.penalties, now=self.now,
                                   actor=actor, source=source)


@main.group("accounts")
def accounts_group() -> None:
    """The account graph: import, link, show, explain joint decisions."""


@accounts_group.command("import")
@click.argument("file", type=GivenPath(dir_okay=False, path_type=Path))
@FORMAT_OPTION
@click.option("--by", "actor", default="import", show_default=True, callback=required_name,
              help="Recorded in the audit for flags and refusals.")
@JSON_FLAG
@click.pass_context
@intake_command
@creates_workspace
def accounts_import(ctx, file: Path, fmt: str, actor: str, as_json: bool) -> None:
    """Import accounts and links (rows with a, b, type); a bad row is reported, the rest go in.

    An account row: id, kind (channel/personal/official), legal_entity, name, created_at and
    identity markers phone, id_document, device, payment, ip (several separated by ';').
    Rows in error, and accounts refused as ban evasion, are named on stderr with their line.
    Exit status: 0 every row imported (or already there), 1 some rows refused, 2 none imported.
    """
    env = Accounts(ctx)
    counts: dict[str, int] = {}
    totals = rows.Totals()
    with env.workspace.exclusive():
        for result in account_graph.import_file(env.workspace, env.config, env.policy.penalties,
                                                file, now=env.now, actor=actor, fmt=fmt):
            counts[result.status] = counts.get(result.status, 0) + 1
            totals.count(result.status in REFUSED)
            what = " ".join(filter(None, (result.record, shown(result.id), result.status)))
            if result.status in REFUSED:
                click.echo(f"error: {shown(file)} line {result.line}: {what}: {result.error}",
                           err=True)
            elif result.warning:
                click.echo(f"warning: {shown(file)} line {result.line}: {what}, "
                           f"{shown(result.warning)}", err=True)
            if as_json:
                echo_json(result.to_json())
            elif result.status == account_graph.FLAGGED:
                click.echo(f"line {result.line}: {what}: {result.error}")
    finish_intake(totals, ", ".join(f"{count} {status}" for status, count in sorted(
        counts.items())) or "nothing to import")


def _strength(param, value: float | None) -> float | None:
    """A link strength multiplies along paths: NaN, 0, a subnormal or above 1 would poison
    every walk (``MIN_STRENGTH``)."""
    if value is not None and not MIN_STRENGTH <= value <= 1.0:     # False for NaN too
        raise click.BadParameter(f"must be within {MIN_STRENGTH:g}..1, not {value:g}",
                                 param=param)
    return value


@accounts_group.command("link")
@click.argument("a")
@click.argument("b")
@click.option("--type", "kind", type=click.Choice(LINK_TYPES), required=True)
@click.option("--strength", type=float, callback=lambda _ctx, param, value: _strength(param, value),
              help=f"Within {MIN_STRENGTH:g}..1 (strengths multiply along a path); default "
                   "per type from the config.")
@click.option("--by", "actor", default="operator", show_default=True, callback=required_name)
@JSON_FLAG
@click.pass_context
@creates_workspace
def accounts_link(ctx, a, b, kind, strength, actor, as_json) -> None:
    """Link two accounts; a link that breaks a binding rule is refused with the rule."""
    env = Accounts(ctx)
    with env.workspace.exclusive(), env.workspace.session() as session:
        result = env.graph(session, actor, "cli").link(a, b, kind, strength)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(f"{shown(result.id)} {result.status}" + (f": {result.error}" if result.error else ""))


MAX_DEPTH = 10     # a 20-digit depth was a traceback, a negative one walked the default


@accounts_group.command("show")
@click.argument("account_id", callback=required_name)
@click.option("--graph", "with_graph", is_flag=True, help="Also every account within --depth.")
@click.option("--depth", type=click.IntRange(1, MAX_DEPTH),
              help=f"Links to walk for --graph, 1 to {MAX_DEPTH} (default: the joint depth).")
@JSON_FLAG
@click.pass_context
@reads_workspace
def accounts_show(ctx, account_id, with_graph, depth, as_json) -> None:
    """An account: its links, own evidence, credit, tickets, watches and flags."""
    env = Accounts(ctx)
    with env.workspace.session() as session:
        data = views.show(session, env.policy, env.config, account_id, env.now, with_graph,
                          depth)
    if as_json:
        echo_json(data)
        return
    account = data["account"] or {"kind": "not imported", "legal_entity": None,
                                  "status": "-"}
    # the account's own status is its import's (active, or flagged as a banned account's
    # evasion); what it may do now is its standing's: "status active" beside a permanent ban
    # read as a contradiction
    flagged = ", flagged at import" if account["status"] == account_graph.FLAGGED else ""
    click.echo(f"{shown(account_id)}: {account['kind']}, legal entity "
               f"{shown(account['legal_entity'] or '-')}{flagged}, credit {data['credit']}, "
               f"{data['restriction']}")
    for link in data["links"]:
        click.echo(f"  link {link['type']:13s} {link['direction']:12s} {shown(link['other'])} "
                   f"(strength {link['strength']:g}, {link['source']})")
    evidence = data["evidence"]
    click.echo(f"  own evidence score {evidence['score']:g}")
    for item in evidence["items"]:
        click.echo(f"    {item['kind']:14s} {item['ref']}  +{item['weight']:g}  {item['detail']}")
    for ticket in data["tickets"]:
        click.echo(f"  ticket {ticket['id']} {ticket['kind']} {ticket['state']}")
    if data["under_watch"]:
        click.echo(f"  under watch (tickets {', '.join(data['under_watch'])})")
    if data["joint_actions"]:
        click.echo(f"  joint action (tickets {', '.join(data['joint_actions'])})")
    for flag in data["flags"]:
        click.echo(f"  flag: {flag['reason']}")
    for node in data.get("graph", {}).get("nodes", []):
        route = " ".join(f"-[{hop['type']}]-> {shown(hop['to'])}" for hop in node["path"])
        click.echo(f"  graph depth {node['depth']} {shown(node['account'])} "
                   f"(strength {node['strength']:g}): {shown(account_id)} {route}")


@accounts_group.command("explain")
@click.argument("account_id", callback=required_name)
@JSON_FLAG
@click.pass_context
@reads_workspace
def accounts_explain(ctx, account_id, as_json) -> None:
    """Why the account was actioned, watched or flagged: ticket, path, evidence, reversal."""
    env = Accounts(ctx)
    with env.workspace.session() as session:
        data = views.explain(session, account_id)
    if as_json:
        echo_json(data)
        return
    click.echo(f"{shown(account_id)}:")
    for decision in data["decisions"]:
        route = " ".join(f"-[{hop['type']} {hop['strength']:g}]-> {hop['to']}"
                         for hop in decision["path"])
        state = (f"REVERSED {decision['reversed_at']}: {decision['reversed_reason']}"
                 if decision["reversed_at"] else "in force")
        click.echo(f"  {decision['decision']} on ticket {decision['ticket']} ({state})")
        click.echo(f"    path: {decision['origin_account']} {route}")
        click.echo(f"    own evidence {decision['score']:g} vs threshold "
                   f"{decision['threshold']:g}:")
        for item in decision["evidence"] or [{"kind": "none", "ref": "", "weight": 0,
                                              "detail": "no evidence of its own"}]:
            click.echo(f"      {item['kind']:14s} {item['ref']} +{item['weight']:g} "
                       f"{item['detail']}")
    for decision in data["caused"]:
        click.echo(f"  its ticket {decision['ticket']} led to {decision['decision']} on "
                   f"{decision['account']}"
                   f"{' (reversed)' if decision['reversed_at'] else ''}")
    for flag in data["flags"]:
        click.echo(f"  {flag['action']}: {flag['reason']}")


@tickets_group.command("confirm")
@click.argument("ticket_id")
@click.option("--by", "actor", required=True, callback=required_name,
              help="Who confirms (recorded in the audit).")
@click.option("--why", default="confirmed on review", show_default=True, callback=required_reason)
@click.option("--strike", type=click.Choice(SEVERITIES),
              help="Strike on the accused if the ticket carries none (default from config).")
@JSON_FLAG
@click.pass_context
def tickets_confirm(ctx, ticket_id, actor, why, strike, as_json) -> None:
    """Confirm a ticket; a counterfeit or trademark one triggers joint review of linked accounts."""
    env = Accounts(ctx)
    with env.workspace.records_writer(), env.workspace.session() as session:
        review = joint.confirm(session, env.policy, env.config, ticket_id, actor=actor, why=why,
                               at=env.now, strike=strike)
    if as_json:
        echo_json(review.to_json())
        return
    click.echo(f"{review.ticket} {review.state} ({review.kind}, accused "
               f"{review.accused or '-'})" + (f" after {', '.join(review.steps)}"
                                              if review.steps else ""))
    if review.note:
        click.echo(f"  {review.note}")
    for decision in review.decisions:
        click.echo(f"  {decision.decision:6s} {decision.account}  depth {decision.depth}  "
                   f"own evidence {decision.score:g}/{decision.threshold:g}")
