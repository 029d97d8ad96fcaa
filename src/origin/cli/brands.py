"""``origin brands ...``: register protected brands, scan upload metadata, report protections."""
from __future__ import annotations

import gc
import sys
from datetime import datetime, timezone
from pathlib import Path

import click
import orjson

from origin.cli import (JSON_FLAG, BadArgument, Context, GivenPath, cell, echo_json,
                        intake_command, main, required_name, creates_workspace, reads_workspace,
                        required_text, shown)
from origin.errors import InputError
from origin.rows import Totals

# records per stored transaction and printed block: each commit writes every page the batch
# touched in five indexes to the WAL; storing 100 000 records' results cost 0.50-0.65 s CPU in
# 5 000-record transactions, 0.33-0.46 s in 20 000-record ones (a killed scan keeps every
# committed block and a rerun replaces them, whatever its size)
BATCH = 20000


@main.group()
def brands() -> None:
    """Brand keyword guards: trademark misuse and counterfeit offers in titles and names."""


@brands.command("add")
@click.option("--owner", required=True, callback=required_name,
              help="Rights holder's account (never flagged).")
@click.option("--mark", required=True, callback=required_text("a mark"),  # blank: protects nothing
              help="The protected mark, e.g. 耐克.")
@click.option("--alias", "aliases", multiple=True, help="Other spellings: NIKE, \"just do it\".")
@click.option("--knockoff", "knockoffs", multiple=True, help="Known knock-off names (耐可, 康帅傅).")
@click.option("--authorized", "authorized", multiple=True, help="Authorised seller accounts.")
@click.option("--context-word", "context_words", multiple=True,
              help="Product cues that make a common-word mark mean the brand (手机 for 苹果).")
@click.option("--common-word", is_flag=True, help="The mark is an everyday word (苹果, 小米).")
@click.option("--price-floor", type=click.IntRange(1, 100_000_000), metavar="YUAN",
              help="The lowest price its genuine goods sell at: a plain offer of the mark under "
                   "it gets a look (review), never a measure.")
@JSON_FLAG
@click.pass_obj
@creates_workspace
def add(obj: Context, owner: str, mark: str, aliases: tuple[str, ...], knockoffs: tuple[str, ...],
        authorized: tuple[str, ...], context_words: tuple[str, ...], common_word: bool,
        price_floor: int | None, as_json: bool) -> None:
    """Protect a brand (adding to it when the owner already registered the mark)."""
    from origin.brands.records import BrandSpec, check_spec
    from origin.brands.store import add_brand

    spec = BrandSpec(mark.strip(), owner.strip(), aliases, knockoffs, authorized, context_words,
                     common_word, price_floor)
    try:                                  # an unusable mark is a usage error, like a blank one
        check_spec(spec)
    except InputError as error:
        raise BadArgument(str(error)) from None
    workspace = obj.workspace
    with workspace.exclusive(), workspace.session() as session:
        brand = add_brand(session, spec)
        shown_brand = {"id": brand.id, "mark": brand.mark, "owner": brand.owner,
                       "common_word": brand.common_word, "price_floor": brand.price_floor}
    # printed once committed: on a full disk "brand 1: 耐克" was printed, then the commit failed
    if as_json:
        echo_json(shown_brand)
    else:
        click.echo(f"brand {shown_brand['id']}: {shown(shown_brand['mark'])} "
                   f"(owner {shown(shown_brand['owner'])})")


@brands.command("import")
@click.argument("file", type=GivenPath(dir_okay=False, path_type=Path))
@JSON_FLAG
@click.pass_obj
@intake_command
@creates_workspace
def import_(obj: Context, file: Path, as_json: bool = False) -> None:
    """Protect many brands from JSON lines or CSV (mark, owner, aliases, knockoffs, authorized,
    context_words as lists or a|b|c, common_word, price_floor in yuan).

    Exit status: 0 every row imported, 1 some rows refused (each named on stderr), 2 none."""
    from origin.brands.records import SPEC_FIELDS, to_brand_spec
    from origin.rows import checked_fields, read_rows
    from origin.brands.store import add_brand

    totals = Totals()
    workspace = obj.workspace
    done: list[dict] = []        # --json: each row's result, printed once committed
    with workspace.exclusive(), workspace.session() as session:
        for where, row in checked_fields(file, read_rows(file), SPEC_FIELDS):
            try:
                if isinstance(row, InputError):
                    raise row
                with session.begin_nested():
                    brand = add_brand(session, to_brand_spec(where, row))
                totals.count(False)
                if as_json:
                    done.append({"line": where, "status": "imported", "id": brand.id,
                                 "mark": brand.mark, "owner": brand.owner, "error": None})
            except InputError as error:
                totals.count(True)
                click.echo(f"error: {shown(file)} {error}", err=True)
                if as_json:
                    done.append({"line": where, "status": "refused", "id": None, "mark": None,
                                 "owner": None, "error": str(error)})
    for result in done:
        echo_json(result)
    click.echo(f"imported {totals.rows - totals.refused} brands, {totals.refused} rows refused",
               err=as_json)             # stdout holds JSON lines only
    if totals.rows == 0:       # exit 2 and "0 rows refused": say why, as brands scan does
        click.echo(f"error: {shown(file)}: no rows", err=True)
    sys.exit(totals.exit_code)


@brands.command("scan")
@click.argument("file", type=GivenPath(dir_okay=False, path_type=Path))
@JSON_FLAG
@click.option("--rules", type=GivenPath(dir_okay=False, path_type=Path),
              help="Override file for the shipped rules.toml (env ORIGIN_BRAND_RULES).")
@click.option("--no-store", is_flag=True, help="Decide only; keep nothing in the database.")
@click.pass_obj
@intake_command
def scan(obj: Context, file: Path, as_json: bool, rules: Path | None, no_store: bool) -> None:
    """Scan upload metadata (id, account, account_name, title, description) for brand misuse.

    Exit status: 0 every record scanned, 1 some rows refused (each named on stderr), 2 none
    scanned."""
    from origin.brands.batch import ResultWriter
    from origin.brands.cache import stored_guard
    from origin.brands.config import load_rules
    from origin.brands.scan_db import BrandDatabase, read_brand_rows

    # plain SQL on a current SQLite workspace: no SQLAlchemy, ORM or policy import (~0.9 s CPU)
    # --no-store only reads: a read-only workspace serves it (the guard's cache is then built
    # in memory and not kept, as on any folder it cannot write)
    database = BrandDatabase(obj.workspace_path, obj.db_url, create=False, read_only=no_store)
    policy = None
    # an invalid policy override (enforcement.config.WORKSPACE_POLICY) fails before any record
    if (database.path / "enforcement.toml").exists():
        from origin.enforcement.config import load_policy

        policy = load_policy(database.path)
    writer = None if no_store else ResultWriter(database, policy)
    with database.transaction(write=False) as sql:
        brand_rows = read_brand_rows(sql)
        guard = stored_guard(brand_rows, load_rules(rules), database.path,
                             lambda line: click.echo(line, err=True))
    # the guard is millions of objects that live as long as the process: out of the collector's
    # reach, or each full collection walks them all (0.4-0.9 s of a 100 000-record scan)
    gc.freeze()
    # and no automatic collection while records stream through: a scan makes no reference
    # cycles, yet each young collection walked every result and reading alive (0.3-0.5 s of a
    # 100 000-record scan); a collection of the young generations after each printed block
    # still frees whatever cycle a rare path makes
    collecting = gc.isenabled()
    gc.disable()
    try:
        totals = _scan_into(file, guard, writer, as_json)
    finally:
        if collecting:
            gc.enable()
    if not brand_rows[0] and totals.rows:    # every record "none", exit 0, and no word why
        click.echo(f"note: no brand is protected in {shown(database.path)}: only absolute "
                   f"advertising terms are looked for (brands add or brands import first)",
                   err=True)
    click.echo(f"{totals.rows} records, {totals.refused} refused", err=True)
    if totals.rows == 0:
        click.echo(f"error: {file}: no records", err=True)
    sys.exit(totals.exit_code)


def _scan_into(file: Path, guard, writer, as_json: bool) -> Totals:
    """Every record of ``file`` scanned, stored and printed a block at a time."""
    from origin.brands.batch import scan_file_blocks

    progress = None
    if not as_json and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(unit=" records", file=sys.stderr)
    totals = Totals()
    pending: list = []
    rows = 0
    for block in scan_file_blocks(file, guard, warn=lambda told: click.echo(f"warning: {told}",
                                                                          err=True)):
        refused = block.refused()
        totals.rows += len(block.items)
        totals.refused += len(refused)
        for result in refused:
            click.echo(f"error: {shown(file)} {result.error}", err=True)
        if progress is not None:
            progress.update(len(block.items))
        pending.append(block)               # errors too: JSON lines keep the input's order
        rows += len(block.items)
        if rows >= BATCH:
            _flush(pending, writer, as_json)
            rows = 0
            gc.collect(1)
    _flush(pending, writer, as_json)
    if progress is not None:
        progress.close()
    return totals


def _flush(blocks: list, writer, as_json: bool) -> None:
    """Store the blocks (tickets first, so the printed lines carry them), then print them."""
    if writer is not None and blocks:
        writer.write_blocks(blocks)
    if as_json:
        text = memoryview(b"".join([_json_lines(block) for block in blocks]))
        sys.stdout.flush()
        while text:     # a write can be short: a pipe whose reader left took 64 KiB of 14 MB,
            text = text[sys.stdout.buffer.write(text):]   # said so, and the rest was dropped
        sys.stdout.buffer.flush()
    else:
        for block in blocks:
            for result in block.results():
                if result.error is None:
                    _print_result(result)
    blocks.clear()


LINE_SEPARATORS = ("\u2028".encode(), b"\\u2028"), ("\u2029".encode(), b"\\u2029")
CLEAN_TAIL = b',"hits":[],"absolute_terms":[],"ticket":null,"error":null}\n'


def _json_lines(block) -> bytes:
    """A block's ``--json`` lines, a clean record's line written straight from the record.

    A block's records hold printable ids and accounts (``records.well_formed``,
    ``to_scan_record``: no control character, U+2028 or U+2029), so one f-string gives its line
    unless a quote or a backslash in them needs escaping; one count of each over the block's
    text says none does (else those lines are written again by ``_clean_line``)."""
    from origin.brands.batch import CLEAN, ScanRecord

    found, items = block.found, block.items
    tail = _clean_tail()
    lines = [f'{{"id":"{item.id}","account":"{item.account}{tail}'.encode()
             if type(item) is ScanRecord and at not in found else None
             for at, item in enumerate(items)]
    others = sorted((*found, *block.errors))
    for at in others:
        lines[at] = _result_line(found[at] if at in found else items[at])
    text = b"".join(lines)
    clean = len(lines) - len(others)
    quotes = sum(lines[at].count(b'"') for at in others)
    slashes = sum(lines[at].count(b"\\") for at in others)
    if text.count(b'"') - quotes != clean * ('{"id":"","account":"' + tail).count('"') \
            or text.count(b"\\") != slashes:
        lines = [_escaped(_clean_line(item.id, item.account, CLEAN.decision, CLEAN.rule))
                 if type(item) is ScanRecord and at not in found else line
                 for at, (line, item) in enumerate(zip(lines, items))]
        text = b"".join(lines)
    return text


def _clean_tail() -> str:
    """What follows a clean record's account in its line (its decision and rule spelled as
    ``orjson`` does)."""
    from origin.brands.batch import CLEAN

    return (f'","decision":{orjson.dumps(CLEAN.decision).decode()},"rule":'
            f'{orjson.dumps(CLEAN.rule).decode()}{CLEAN_TAIL.decode()}')


def _result_line(result) -> bytes:
    """A result's ``--json`` line."""
    if result.hits or result.absolute_terms or result.error or result.ticket:
        return _escaped(orjson.dumps(result.to_json()) + b"\n")
    return _escaped(_clean_line(result.id, result.account, result.decision, result.rule))


def _escaped(line: bytes) -> bytes:
    """U+2028/U+2029 escaped, as ``origin.cli.json_line`` writes them."""
    for raw, escaped in LINE_SEPARATORS:
        if raw in line:
            line = line.replace(raw, escaped)
    return line


def _clean_line(record_id: str, account: str | None, decision: str, rule: str) -> bytes:
    """``orjson.dumps(result.to_json())`` of a record without hits, terms, ticket or error (95 %
    of traffic), written as one f-string when its id, account and rule need no JSON escape
    (printable, no quote or backslash: every id and account a scan accepts), else from small
    dumps: a scan prints a line per record, and at 50 000 records/s printing whole dicts was a
    sixth of the budget (``tests/brands/test_cli.py`` checks both agree). U+2028/U+2029, which
    ``origin.cli.json_line`` escapes, are escaped by the caller."""
    spelled = f"{record_id}{account}{decision}{rule}"
    if account is not None and spelled.isprintable() and '"' not in spelled \
            and "\\" not in spelled:
        return (f'{{"id":"{record_id}","account":"{account}","decision":'
                f'"{decision}","rule":"{rule}"').encode() + CLEAN_TAIL
    return b"".join((b'{"id":', orjson.dumps(record_id), b',"account":',
                     orjson.dumps(account), b',"decision":', orjson.dumps(decision),
                     b',"rule":', orjson.dumps(rule), CLEAN_TAIL))


def _print_result(result) -> None:
    """The readable table: one line per record, one indented line per hit."""
    click.echo(f"{shown(result.id):<16} {shown(result.account or '-'):<20} {result.decision:<9} "
               f"{result.rule}")
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
@JSON_FLAG
@click.pass_obj
@reads_workspace
def report(obj: Context, day: datetime | None, as_json: bool) -> None:
    """Protections per brand on one day: hits reviewed, demoted and taken down."""
    from origin.brands.store import daily_report

    wanted = day.date() if day else datetime.now(timezone.utc).date()
    with obj.workspace.session() as session:
        rows = daily_report(session, wanted)
    if as_json:
        for row in rows:
            echo_json({**row.__dict__, "day": wanted.isoformat(),
                       "protections": row.protections})
        return
    click.echo(f"brand protections on {wanted.isoformat()}: "
               f"{sum(row.protections for row in rows)}")
    click.echo(f"{'brand':<20} {'owner':<20} {'hits':>6} {'review':>7} {'demote':>7} "
               f"{'takedown':>9} {'accounts':>9}")
    for row in rows:
        click.echo(f"{cell(row.brand, 20)} {cell(row.owner, 20)} {row.hits:>6} {row.review:>7} "
                   f"{row.demote:>7} {row.takedown:>9} {row.accounts:>9}")


@brands.command("hits")
@click.argument("account", callback=required_name)
@click.option("--min-decision", type=click.Choice(["none", "review", "demote", "takedown"]),
              default="review", show_default=True)
@JSON_FLAG
@click.pass_obj
@reads_workspace
def hits(obj: Context, account: str, min_decision: str, as_json: bool) -> None:
    """An account's brand-guard hits (the evidence joint action reads)."""
    from origin.brands.store import hits_for_account

    with obj.workspace.session() as session:
        for hit in hits_for_account(session, account, min_decision):
            if as_json:
                echo_json(dict(hit.__dict__, scanned_at=hit.scanned_at.isoformat(),
                               evasions=list(hit.evasions)))
                continue
            click.echo(f"{shown(hit.record_id)}  {hit.brand} ({shown(hit.owner)}) via {hit.via} "
                       f"in {hit.field}: '{shown(hit.matched)}' -> {hit.decision} ({hit.rule})  "
                       f"{hit.scanned_at:%Y-%m-%d %H:%M}Z")
