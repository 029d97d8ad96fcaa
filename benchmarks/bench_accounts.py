"""Account graph at scale: import rate, then the latency of 2-hop joint reviews.

    python benchmarks/bench_accounts.py                                  # 1 M accounts, 3 M links
    python benchmarks/bench_accounts.py --accounts 10000000 --links 30000000   # the issue's size
    python benchmarks/bench_accounts.py --accounts 100000 --links 300000 --db postgresql://...

A JSON-lines file is generated first (not timed), then imported through the same code path as
``origin accounts import`` (parse, validate the binding rules, ban-evasion check, identity
auto-links, one transaction per chunk). Accounts: 70 % channel, 25 % personal (each certifies
one channel), 5 % official; every account has a phone, 5 % of them shared with an earlier
account (auto-linked). Links: the certifications plus random pairs typed device 30 %, ip 20 %,
phone 15 %, admin 15 %, payment 10 %, same_entity 10 %. Then, for --reviews random accounts,
the read side of joint review is timed: the 2-hop recursive-CTE walk alone, and walk + every
reached account's own evidence (brand hits, matched uploads, tickets, ledger); and for
--confirms random accounts a counterfeit ticket is opened and ``tickets confirm`` is timed
(ticket steps, walk, evidence, one joint decision + audit entry per reached account, commit).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from origin.accounts import graph, joint  # noqa: E402
from origin.catalogue import Upload  # noqa: E402
from origin.enforcement import tickets  # noqa: E402
from origin.accounts.config import load_config  # noqa: E402
from origin.enforcement.config import load_policy  # noqa: E402
from origin.workspace import Workspace  # noqa: E402

NOW = datetime(2025, 3, 3, 1, 0, tzinfo=timezone.utc)
RANDOM_TYPES = (("device", 30), ("ip", 20), ("phone", 15), ("admin", 15), ("payment", 10),
                ("same_entity", 10))


def kind_of(i: int) -> str:
    bucket = i % 20
    return "official" if bucket == 0 else "personal" if bucket <= 5 else "channel"


def generate(path: Path, accounts: int, links: int, seed: int) -> int:
    """Write the input file; returns the number of rows."""
    rng = random.Random(seed)
    types = [name for name, weight in RANDOM_TYPES for _ in range(weight)]
    channels = [i for i in range(accounts) if kind_of(i) == "channel"]
    rows = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(accounts):
            phone = rng.randrange(i) if i and rng.random() < 0.05 else i
            out.write(json.dumps({"id": f"a{i:08d}", "kind": kind_of(i),
                                  "legal_entity": f"e{i // 3}", "phone": f"+86{phone:011d}"})
                      + "\n")
            rows += 1
        certifications = 0
        for i in range(accounts):
            if kind_of(i) == "personal" and certifications < links:
                out.write(json.dumps({"a": f"a{i:08d}", "b": f"a{rng.choice(channels):08d}",
                                      "type": "certification"}) + "\n")
                certifications += 1
        for _ in range(links - certifications):
            a, b = rng.randrange(accounts), rng.randrange(accounts)
            kind = rng.choice(types)
            if kind == "same_entity":          # plausible: neighbours share an entity
                b = a - a % 3 + (a + 1) % 3 if a - a % 3 + 2 < accounts else a ^ 1
            out.write(json.dumps({"a": f"a{a:08d}", "b": f"a{b:08d}", "type": kind}) + "\n")
        rows += links
    return rows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--links", type=int, default=3_000_000)
    parser.add_argument("--reviews", type=int, default=200, help="2-hop reviews to time")
    parser.add_argument("--confirms", type=int, default=50,
                        help="full `tickets confirm` runs to time (ticket + joint decisions)")
    parser.add_argument("--chunk", type=int, default=graph.CHUNK_ROWS)
    parser.add_argument("--db", help="SQLAlchemy URL (default: SQLite in a temporary workspace)")
    parser.add_argument("--workspace", type=Path,
                        help="keep the workspace here (default: a temporary folder, removed at exit)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    scratch = None if args.workspace else tempfile.TemporaryDirectory(prefix="bench-accounts-")
    folder = args.workspace or Path(scratch.name)
    workspace = Workspace(folder, db_url=args.db)
    config, policy = load_config(), load_policy()
    source = folder / "accounts.jsonl"
    started = time.perf_counter()
    rows = generate(source, args.accounts, args.links, args.seed)
    generated = time.perf_counter() - started

    counts: dict[str, int] = {}
    auto_links = 0
    started = time.perf_counter()
    for result in graph.import_file(workspace, config, policy.penalties, source, now=NOW,
                                    chunk=args.chunk):
        counts[result.status] = counts.get(result.status, 0) + 1
        auto_links += len(result.links)
    imported = time.perf_counter() - started

    rng = random.Random(args.seed + 1)
    walks, reviews, reached = [], [], []
    with workspace.session() as session:
        joint.preview(session, config, "a00000000")      # warm up (loads the brand store code)
        for _ in range(args.reviews):
            account = f"a{rng.randrange(args.accounts):08d}"
            started = time.perf_counter()
            found = graph.walk(session, account, config.walk_types, 2, config.min_path_strength)
            walks.append(time.perf_counter() - started)
            started = time.perf_counter()
            joint.preview(session, config, account)
            reviews.append(time.perf_counter() - started)
            reached.append(len(found))

    confirms, decided = [], []
    for k in range(args.confirms):
        account = f"a{rng.randrange(args.accounts):08d}"
        with workspace.session() as session:
            session.add(Upload(id=f"u-bench-{k}", sha256=f"{k:064x}", path="/bench.mp4",
                               uploader=account, scanned_at=NOW))
            session.flush()
            ticket = tickets.open_ticket(
                session, policy, kind="counterfeit", source="complaint",
                upload_id=f"u-bench-{k}", original_id=None, claimant="brand-owner",
                accused=account, measure="takedown", exposure=0.0, strike=None, rule=None,
                received_at=NOW, actor="bench")
        started = time.perf_counter()
        with workspace.session() as session:
            review = joint.confirm(session, policy, config, ticket.id, actor="bench",
                                   why="bench", at=NOW)
        confirms.append(time.perf_counter() - started)
        decided.append(len(review.decisions))

    figures = {
        "db": workspace.engine.dialect.name, "accounts": args.accounts, "links": args.links,
        "rows": rows, "generate_s": round(generated, 1), "import_s": round(imported, 1),
        "import_rows_per_s": round(rows / imported), "statuses": counts,
        "identity_auto_links": auto_links, "reviews": args.reviews,
        "reached_mean": round(statistics.mean(reached), 1) if reached else 0,
        "walk_ms": {p: round(percentile(walks, q) * 1000, 2)
                    for p, q in (("p50", .5), ("p95", .95), ("p99", .99))} if walks else {},
        "review_ms": {p: round(percentile(reviews, q) * 1000, 2)
                      for p, q in (("p50", .5), ("p95", .95), ("p99", .99))} if reviews else {},
        "confirms": args.confirms,
        "confirm_decisions_mean": round(statistics.mean(decided), 1) if decided else 0,
        "confirm_ms": {p: round(percentile(confirms, q) * 1000, 2)
                       for p, q in (("p50", .5), ("p95", .95), ("p99", .99))} if confirms else {},
        "workspace": str(args.workspace) if args.workspace else None,
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['db']}: {args.accounts:,} accounts + {args.links:,} links = {rows:,} rows "
          f"imported in {imported:.1f} s ({figures['import_rows_per_s']:,} rows/s; "
          f"generated in {generated:.1f} s)")
    print(f"  statuses {counts}, identity auto-links {auto_links:,}")
    print(f"  2-hop walk over {args.reviews} accounts (mean {figures['reached_mean']} reached): "
          f"p50 {figures['walk_ms'].get('p50')} ms, p95 {figures['walk_ms'].get('p95')} ms, "
          f"p99 {figures['walk_ms'].get('p99')} ms")
    print(f"  2-hop joint review (walk + own evidence of each): "
          f"p50 {figures['review_ms'].get('p50')} ms, p95 {figures['review_ms'].get('p95')} ms, "
          f"p99 {figures['review_ms'].get('p99')} ms")

    print(f"  tickets confirm with joint review, {args.confirms} tickets (mean "
          f"{figures['confirm_decisions_mean']} decisions written): "
          f"p50 {figures['confirm_ms'].get('p50')} ms, p95 {figures['confirm_ms'].get('p95')} ms, "
          f"p99 {figures['confirm_ms'].get('p99')} ms (transaction commit included)")


if __name__ == "__main__":
    main()
