"""``origin brands ...``: register protected brands, scan upload metadata, report protections."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from origin.cli import Context, main
from origin.errors import InputError

BATCH = 2000


@main.group()
def brands() -> None:
    """Brand keyword guards: trademark misuse and counterfeit offers in titles and names."""


@brands.command("add")
@click.option("--owner", required=True, help="Rights holder's account (never flagged).")
@click.option("--mark", required=True, help="The protected mark, e.g. 耐克.")
@click.option("--alias", "aliases", multiple=True, help="Other spellings: NIKE, \"just do it\".")
@click.option("--knockoff", "knockoffs", multiple=True, help="Known knock-off names (耐可, 康帅傅).")
@click.option("--authorized", "authorized", multiple=True, help="Authorised seller accounts.")
@click.option("--context-word", "context_words", multiple=True,
              help="Product cues that make a common-word mark mean the brand (手机 for 苹果).")
@click.option("--common-word", is_flag=True, help="The mark is an everyday word (苹果, 小米).")
@click.pass_obj
def add(obj: Context, owner: str, mark: str, aliases: tuple[str, ...], knockoffs: tuple[str, ...],
        authorized: tuple[str, ...], context_words: tuple[str, ...], common_word: bool) -> None:
    """Protect a brand (adding to it when the owner already registered the mark)."""
    from origin.brands.records import BrandSpec
    from origin.brands.store import add_brand

    spec = BrandSpec(mark.strip(), owner.strip(), aliases, knockoffs, authorized, context_words,
                     common_word)
    workspace = obj.workspace
    with workspace.exclusive(), workspace.session() as session:
        brand = add_brand(session, spec)
        click.echo(f"brand {brand.id}: {brand.mark} (owner {brand.owner})")


@brands.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def import_(obj: Context, file: Path) -> None:
    """Protect many brands from JSON lines or CSV (mark, owner, aliases, knockoffs, authorized,
    context_words as lists or a|b|c, common_word)."""
    from origin.brands.records import read_rows, to_brand_spec
    from origin.brands.store import add_brand

    added = failed = 0
    workspace = obj.workspace
    with workspace.exclusive(), workspace.session() as session:
        for where, row in read_rows(file):
            try:
                if isinstance(row, InputError):
                    raise row
                with session.begin_nested():
                    add_brand(session, to_brand_spec(where, row))
                added += 1
            except InputError as error:
                failed += 1
                click.echo(f"error: {error}", err=True)
    click.echo(f"imported {added} brands, {failed} rows refused")
    if failed and not added:
        sys.exit(1)


@brands.command("scan")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per record on stdout.")
@click.option("--rules", type=click.Path(dir_okay=False, path_type=Path),
              help="Override file for the shipped rules.toml (env ORIGIN_BRAND_RULES).")
@click.option("--no-store", is_flag=True, help="Decide only; keep nothing in the database.")
@click.pass_obj
def scan(obj: Context, file: Path, as_json: bool, rules: Path | None, no_store: bool) -> None:
    """Scan upload metadata (id, account, account_name, title, description) for brand misuse."""
    from origin.brands.config import load_rules
    from origin.brands.guard import BrandGuard, RecordResult
    from origin.brands.records import read_rows, to_scan_record
    from origin.brands.store import load_brands, save_results
    from origin.brands.tickets import open_or_join
    from origin.enforcement.config import load_policy

    workspace = obj.workspace
    policy = load_policy(workspace.path)
    with workspace.session() as session:
        guard = BrandGuard(load_brands(session), load_rules(rules))
    rows = read_rows(file)
    if not as_json and sys.stderr.isatty():
        from tqdm import tqdm

        rows = tqdm(rows, unit=" records", file=sys.stderr)
    total = failed = 0
    batch: list[RecordResult] = []

    def flush() -> None:
        """Open or join tickets for actionable records and store the batch, in one transaction."""
        if batch and not no_store:
            with workspace.exclusive(), workspace.session() as session:
                now = datetime.now(timezone.utc)
                for result in batch:
                    result.ticket = open_or_join(session, policy, result, now)
                save_results(session, batch)
        if as_json:
            for result in batch:
                click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        batch.clear()

    for where, row in rows:
        total += 1
        try:
            if isinstance(row, InputError):
                raise row
            record = to_scan_record(where, row)
        except InputError as error:
            result = RecordResult(id=str(row.get("id", "")) if isinstance(row, dict) else "",
                                  account=None, error=str(error))
        else:
            result = guard.scan(record)
        batch.append(result)                 # errors too: JSON lines keep the input's order
        if result.error:
            failed += 1
            click.echo(f"error: {result.error}", err=True)
        elif not as_json:
            _print_result(result)
        if len(batch) >= BATCH:
            flush()
    flush()
    if not as_json:
        click.echo(f"{total} records, {failed} refused", err=True)
    if total == failed:
        raise click.ClickException(f"{file}: no record could be scanned")


def _print_result(result) -> None:
    """The readable table: one line per record, one indented line per hit."""
    click.echo(f"{result.id:<16} {result.account or '-':<20} {result.decision:<9} {result.rule}")
    for hit in result.hits:
        signals = ",".join(signal.word for signal in hit.signals) or "-"
        evasions = ",".join(hit.evasions) or "-"
        click.echo(f"    {hit.brand.mark} via {hit.via}: {hit.field}[{hit.start}:{hit.end}] "
                   f"{hit.matched!r} evasions={evasions} signals={signals} -> {hit.decision} "
                   f"({hit.rule})")
    if result.absolute_terms:
        terms = ", ".join(f"{t.matched} ({t.field}[{t.start}:{t.end}])"
                          for t in result.absolute_terms)
        click.echo(f"    absolute advertising terms (Advertising Law art. 9): {terms}")


@brands.command("report")
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="UTC day to report (default today).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def report(obj: Context, day: datetime | None, as_json: bool) -> None:
    """Protections per brand on one day: hits reviewed, demoted and taken down."""
    from origin.brands.store import daily_report

    wanted = day.date() if day else datetime.now(timezone.utc).date()
    with obj.workspace.session() as session:
        rows = daily_report(session, wanted)
    if as_json:
        for row in rows:
            click.echo(json.dumps({**row.__dict__, "day": wanted.isoformat(),
                                   "protections": row.protections}, ensure_ascii=False))
        return
    click.echo(f"brand protections on {wanted.isoformat()}: "
               f"{sum(row.protections for row in rows)}")
    click.echo(f"{'brand':<20} {'owner':<20} {'hits':>6} {'review':>7} {'demote':>7} "
               f"{'takedown':>9} {'accounts':>9}")
    for row in rows:
        click.echo(f"{row.brand:<20} {row.owner:<20} {row.hits:>6} {row.review:>7} "
                   f"{row.demote:>7} {row.takedown:>9} {row.accounts:>9}")


@brands.command("hits")
@click.argument("account")
@click.option("--min-decision", type=click.Choice(["none", "review", "demote", "takedown"]),
              default="review", show_default=True)
@click.pass_obj
def hits(obj: Context, account: str, min_decision: str) -> None:
    """An account's brand-guard hits (the evidence joint action reads), as JSON lines."""
    from origin.brands.store import hits_for_account

    with obj.workspace.session() as session:
        for hit in hits_for_account(session, account, min_decision):
            data = dict(hit.__dict__, scanned_at=hit.scanned_at.isoformat())
            data["evasions"] = list(hit.evasions)
            click.echo(json.dumps(data, ensure_ascii=False))
