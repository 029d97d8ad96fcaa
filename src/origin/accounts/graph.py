"""The account graph: accounts, typed links, the seed's binding rules, imports, and the walk.

Links live in one SQL table and are walked with a recursive CTE (``WITH RECURSIVE``), which
SQLite and PostgreSQL both run, so the graph scales with the database rather than with memory.
Imports go in chunks: each chunk reads what it needs in a few queries, validates row by row in
memory (a bad row is reported, the rest go in) and writes with executemany.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import insert, or_, select, text, update
from sqlalchemy.orm import Session

from origin import rows
from origin.accounts import evasion
from origin.accounts.config import (IDENTITY_TYPES, KINDS, LINK_TYPES, MIN_STRENGTH,
                                    AccountsConfig)
from origin.accounts.tables import Account, AccountIdentity, AccountLink
from origin.db import MAX_IN_PARAMS, in_chunks
from origin.enforcement import audit
from origin.enforcement.clock import utc
from origin.enforcement.config import PenaltyPolicy
from origin.errors import OriginError, printable
from origin.rows import FieldError, RowError

ACTIVE, FLAGGED, REFUSED = "active", "flagged", "refused"
CHUNK_ROWS = 5000
# Page cache for bulk imports (per connection): a quarter of the machine's memory, at most 4 GB.
# Past ~15 M rows the link and identity indexes outgrow 512 MB and random inserts crawl.
SQLITE_CACHE_KB = min(4 << 20, os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 4096)
ID_PATTERN = re.compile(r"^[^\s|#]{1,200}$")    # '|' and '#' delimit paths in the walk
NAME_CHARS = 200                                 # legal entity, name, markers: String(200)


class AccountError(OriginError):
    """An account or link that cannot be added, with the rule it breaks."""


@dataclass(frozen=True)
class AccountRow:
    """An account to add: identity markers are hashed before they are stored."""

    id: str
    kind: str
    legal_entity: str | None = None
    name: str | None = None
    created_at: datetime | None = None
    identities: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LinkRow:
    a: str
    b: str
    type: str
    strength: float | None = None


@dataclass
class RowResult:
    """One input row's outcome: added, exists, flagged, refused or error (with the reason)."""

    line: int
    record: str                    # account/link
    status: str
    id: str
    error: str | None = None
    links: list[str] = field(default_factory=list)
    field: str | None = None       # the input field to blame, for a row in error
    warning: str | None = None     # what a row that is done did not change (a differing name)

    def to_json(self) -> dict:
        data = {"line": self.line, "record": self.record, "status": self.status, "id": self.id}
        if self.error:
            data["error"] = self.error
        if self.warning:
            data["warning"] = self.warning
        if self.field:
            data["field"] = self.field
        if self.links:
            data["links"] = self.links
        return data


@dataclass(frozen=True)
class Hop:
    """One link on a path from the ticket's account to a linked account."""

    link_id: int
    source: str
    target: str
    type: str
    strength: float

    def to_json(self) -> dict:
        return {"link": self.link_id, "from": self.source, "to": self.target, "type": self.type,
                "strength": self.strength}


@dataclass(frozen=True)
class Reached:
    """An account the walk reached: by the strongest of its shortest paths."""

    account: str
    depth: int
    strength: float
    path: tuple[Hop, ...]


def identity_hash(kind: str, value: str) -> str:
    """Markers compared after trimming, lower-casing and dropping spaces, dashes and dots."""
    normal = re.sub(r"[\s\-.()]", "", str(value)).lower()
    return hashlib.sha256(f"{kind}:{normal}".encode()).hexdigest()[:32]


def _check_id(value, what: str) -> str:
    """An account id: 1-200 printable characters without spaces, '|' or '#' (``FieldError``).

    Printable as every name is (``rows.checked_name``): an id holding a control, bidirectional
    or zero-width character was imported, and then no command could name it (``accounts
    show`` and ``penalties show`` refuse such a name) nor any upload be made by it (stop 43)."""
    if rows.is_blank(value):
        raise FieldError(what, "is required: an account id")
    value = rows.checked_text(value, what, 10_000)
    if not value.isprintable():
        raise FieldError(what, f"{value[:60]!r} holds control characters (an account id "
                               f"is 1-200 printable characters without spaces, '|' or '#')")
    if not ID_PATTERN.match(value):
        raise FieldError(what, f"{value[:60]!r} is no account id: 1-200 characters without "
                               f"spaces, '|' or '#'")
    return rows.one_spelling(value)


def _display_name(data: dict) -> str | None:
    """An account's display name, in one spelling: shown, and compared only to warn that a
    known account's name differs. A line break or another control code (a quoted CSV cell's
    'Best\nShop') is refused, as in every name; format characters are kept, unlike in a name
    that identifies (an emoji's zero-width joiner, a right-to-left mark: display names hold
    them)."""
    name = rows.text(data, "name", max_chars=NAME_CHARS)
    if name is not None and any(unicodedata.category(char) in ("Cc", "Zl", "Zp")
                                for char in name):
        raise FieldError("name", f"'{printable(name)}' holds control characters")
    return name and rows.one_spelling(name)


def parse_row(data: dict, now: datetime | None = None) -> AccountRow | LinkRow:
    """A dict from JSON or CSV: a link has ``a``, ``b`` and ``type``; anything else an account.
    Every field is read by type and range; the first bad one raises ``FieldError`` naming it.
    ``now`` (the import's clock) bounds ``created_at``."""
    if is_link(data):
        kind = rows.text(data, "type", max_chars=100)
        if kind is None:              # it said "..., not None", Python's word for nothing
            raise FieldError("type", f"is required: a link type, one of {', '.join(LINK_TYPES)}")
        if kind not in LINK_TYPES:
            raise FieldError("type", f"link type must be one of {', '.join(LINK_TYPES)}, "
                                     f"not {kind!r}")
        strength = rows.number(data, "strength", low=MIN_STRENGTH, high=1.0)
        return LinkRow(_check_id(data.get("a"), "a"), _check_id(data.get("b"), "b"), kind,
                       strength)
    account = _check_id(data.get("id"), "id")
    kind = rows.text(data, "kind", max_chars=100)
    if kind is None:
        raise FieldError("kind", f"is required: one of {', '.join(KINDS)}")
    if kind not in KINDS:
        raise FieldError("kind", f"account kind must be one of {', '.join(KINDS)}, not {kind!r}")
    identities = [(marker, identity_hash(marker, value)) for marker in IDENTITY_TYPES
                  for value in rows.texts(data, marker, separators=";", max_chars=NAME_CHARS)]
    # a legal entity is compared, so it is a name as every name is (printable, one spelling):
    # a line break from a quoted CSV cell ('ACME\nLtd') was stored as another entity (stop 43)
    return AccountRow(account, kind, rows.checked_name(data.get("legal_entity"), "legal_entity"),
                      _display_name(data),
                      rows.moment(data, "created_at", latest=now),
                      tuple(dict.fromkeys(identities)))


def _existing(line: int, row: AccountRow, kind: str, legal_entity: str | None,
              name: str | None) -> RowResult:
    """An account already known: the same again is ``exists``; a row that says otherwise is an
    error, since an import never changes an account (a silent drop would lose what it said).
    A display name is no identity (channels rename themselves): another one is ``exists`` with
    a warning saying which name was kept, not an error, and not a silent drop either."""
    differ = [(what, theirs, ours) for what, theirs, ours in (
        ("kind", kind, row.kind), ("legal_entity", legal_entity, row.legal_entity))
        if ours is not None and ours != theirs]
    if not differ:
        warning = None
        if row.name is not None and row.name != name:
            warning = f"name differs: kept {name!r}, not this row's {row.name!r}" if name \
                else f"name differs: kept none, not this row's {row.name!r}"
        return RowResult(line, "account", "exists", row.id, warning=warning)
    said = "; ".join(f"{what} {theirs!r}, this row {ours!r}" for what, theirs, ours in differ)
    return RowResult(line, "account", "error", row.id,
                     f"{differ[0][0]}: account already exists with {said}: not changed",
                     field=differ[0][0])


def _message(field: str | None, reason: str) -> str:
    return f"{field}: {reason}" if field else reason


def is_link(data: dict) -> bool:
    return not rows.is_blank(data.get("a")) or not rows.is_blank(data.get("b"))


FIELDS = frozenset(("a", "b", "type", "strength", "id", "kind", "legal_entity", "name",
                    "created_at") + IDENTITY_TYPES)


def read_rows(path: Path, fmt: str = "auto") -> Iterator[tuple[int, dict | RowError]]:
    """(line, dict) per row of a JSON-lines or CSV file (``origin.rows``); an unreadable row
    comes as its ``RowError``, a file that cannot be opened raises ``InputError``. A field no
    row of this intake has is told of once (``rows.checked_fields``); one that reads as a
    missing field refuses its row."""
    return rows.checked_fields(path, rows.read_rows(path, fmt), FIELDS)


@dataclass
class _Info:
    kind: str
    legal_entity: str | None
    created_at: datetime
    status: str
    name: str | None = None


class Graph:
    """Adds accounts and links under the binding and ban-evasion rules, in the caller's session."""

    def __init__(self, session: Session, config: AccountsConfig, penalties: PenaltyPolicy, *,
                 now: datetime, actor: str = audit.SYSTEM, source: str = "import"):
        self.session, self.config, self.penalties = session, config, penalties
        self.now, self.actor, self.source = utc(now), actor, source

    # --- reads ---------------------------------------------------------------------------

    def _insert(self, table, rows: list[dict]) -> None:
        """Core executemany: the ORM's bulk path costs more per row than the database does."""
        self.session.connection().execute(insert(table.__table__), rows)

    def _rows(self, query):
        return self.session.connection().execute(query)

    def _infos(self, ids: Iterable[str]) -> dict[str, _Info]:
        found = {}
        for clause in in_chunks(Account.id, set(ids)):
            for row in self._rows(select(Account.id, Account.kind, Account.legal_entity,
                                         Account.created_at, Account.status, Account.name)
                                  .where(clause)):
                found[row.id] = _Info(row.kind, row.legal_entity, utc(row.created_at), row.status,
                                      row.name)
        return found

    def _is_new(self, info: _Info) -> bool:
        return info.created_at >= self.now - timedelta(days=self.config.new_account_days)

    # --- accounts ------------------------------------------------------------------------

    def add_accounts(self, rows: list[tuple[int, AccountRow]]) -> list[RowResult]:
        """Insert new accounts; link them to accounts sharing identity markers; catch evasion."""
        known = {account: (info.kind, info.legal_entity, info.name)
                 for account, info in self._infos(row.id for _, row in rows).items()}
        results, fresh = [], []
        for line, row in rows:
            if row.id in known:
                results.append(_existing(line, row, *known[row.id]))
                continue
            known[row.id] = (row.kind, row.legal_entity, row.name)
            fresh.append((line, row))
        hashes = {value for _, row in fresh for _, value in row.identities}
        holders: dict[tuple[str, str], list[str]] = {}
        for clause in in_chunks(AccountIdentity.value_hash, hashes):
            for account, kind, value in self._rows(
                    select(AccountIdentity.account, AccountIdentity.type,
                           AccountIdentity.value_hash).where(clause)):
                holders.setdefault((kind, value), []).append(account)
        evasive = {account for (kind, _), accounts in holders.items()
                   if kind in self.config.evasion_types for account in accounts}
        banned = evasion.banned_among(self.session, self.penalties, evasive, self.now)
        accounts, identities, links, pairs = [], [], [], set()
        for line, row in fresh:
            created = utc(row.created_at) if row.created_at else self.now
            new = created >= self.now - timedelta(days=self.config.new_account_days)
            hit = next(((kind, other) for kind, value in row.identities
                        if kind in self.config.evasion_types
                        for other in holders.get((kind, value), ()) if other in banned),
                       None) if new else None      # an account older than the ban is no evasion
            status = ACTIVE
            if hit is not None:
                action = self.config.evasion_action
                flag = evasion.record_flag(self.session, account=row.id, action=action,
                                           banned=hit[1], identity_type=hit[0], at=self.now,
                                           actor=self.actor)
                if action == "refuse":
                    results.append(RowResult(line, "account", REFUSED, row.id, flag.reason))
                    continue
                status = FLAGGED
            result = RowResult(line, "account", "added" if status == ACTIVE else FLAGGED, row.id,
                               None if hit is None else flag.reason)
            accounts.append({"id": row.id, "kind": row.kind, "legal_entity": row.legal_entity,
                             "name": row.name, "status": status, "created_at": created})
            for kind, value in row.identities:
                identities.append({"account": row.id, "type": kind, "value_hash": value})
                sharing = holders.setdefault((kind, value), [])
                if kind in self.config.auto_link_types and \
                        len(sharing) <= self.config.max_accounts_per_marker:
                    for other in sharing:
                        pair = (min(row.id, other), max(row.id, other), kind)
                        if pair not in pairs:
                            pairs.add(pair)
                            links.append({"a": other, "b": row.id, "type": kind,
                                          "strength": self.config.strength[kind],
                                          "source": "identity", "created_at": self.now})
                            result.links.append(f"{kind}:{other}")
                sharing.append(row.id)
            results.append(result)
        if accounts:
            self._insert(Account, accounts)
        if identities:
            self._insert(AccountIdentity, identities)
        if links:
            self._insert(AccountLink, links)
        return results

    # --- links ---------------------------------------------------------------------------

    def add_links(self, rows: list[tuple[int, LinkRow]]) -> list[RowResult]:
        """Insert links that keep the binding rules; a link that breaks one is reported."""
        ids = {row.a for _, row in rows} | {row.b for _, row in rows}
        infos = self._infos(ids)
        certifies: dict[str, str] = {}
        certifiers = {end for _, row in rows if row.type == "certification"
                      for end in (row.a, row.b)}
        for clause in in_chunks(AccountLink.a, certifiers):
            for a, b in self._rows(select(AccountLink.a, AccountLink.b).where(
                    clause, AccountLink.type == "certification")):
                certifies[a] = b
        known = self._existing_pairs({(row.a, row.b) for _, row in rows})
        identity_ends = {end for _, row in rows if row.type in self.config.evasion_types
                         for end in (row.a, row.b)}
        banned = evasion.banned_among(self.session, self.penalties, identity_ends & set(infos),
                                      self.now)
        results, links = [], []
        for line, row in rows:
            label = f"{row.a}-{row.b}:{row.type}"
            try:
                a, b = self._check_link(row, infos, certifies)
            except AccountError as error:
                results.append(RowResult(line, "link", "error", label, str(error)))
                continue
            pair = (min(a, b), max(a, b), row.type)
            if pair in known:
                stored = known[pair]
                if row.strength is None or row.strength == stored:
                    results.append(RowResult(line, "link", "exists", label))
                else:   # as for accounts: a link is never changed, and a silent drop lost it
                    results.append(RowResult(
                        line, "link", "error", label,
                        f"strength: link already exists with strength {stored:g}, this row "
                        f"{row.strength:g}: not changed", field="strength"))
                continue
            strength = row.strength or self.config.strength[row.type]
            known[pair] = strength
            if row.type == "certification":
                certifies[a] = b
            links.append({"a": a, "b": b, "type": row.type,
                          "strength": strength,
                          "source": self.source, "created_at": self.now})
            result = RowResult(line, "link", "added", label)
            if row.type in self.config.evasion_types:
                self._evasion_by_link(row, infos, banned, result)
            results.append(result)
        if links:
            self._insert(AccountLink, links)
        return results

    def _existing_pairs(self, pairs: set[tuple[str, str]]) -> dict[tuple[str, str, str], float]:
        """Stored links between the given pairs, either orientation, with their strengths: one
        index probe a pair.

        (``a IN (...) AND b IN (...)`` makes SQLite probe every combination, ``(a, b) IN
        (VALUES ...)`` scans the table; a join against a VALUES list probes once per pair.)
        """
        both = sorted(pairs | {(b, a) for a, b in pairs})
        known: dict[tuple[str, str, str], float] = {}
        step = MAX_IN_PARAMS // 2
        connection = self.session.connection()
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        for start in range(0, len(both), step):     # raw DBAPI: compiling 2 000 binds is slow
            part = both[start:start + step]
            values = ", ".join([f"({mark}, {mark})"] * len(part))
            for a, b, kind, strength in connection.exec_driver_sql(
                    f"WITH p(a, b) AS (VALUES {values}) SELECT l.a, l.b, l.type, l.strength FROM p "
                    f"JOIN account_links l ON l.a = p.a AND l.b = p.b",
                    tuple(end for pair in part for end in pair)):
                known[(min(a, b), max(a, b), kind)] = strength
        return known

    def _check_link(self, row: LinkRow, infos: dict[str, _Info],
                    certifies: dict[str, str]) -> tuple[str, str]:
        """The seed's binding rules; returns the ends in stored order (certifier first)."""
        if row.a == row.b:
            raise AccountError(f"account {row.a} cannot be linked to itself")
        for end in (row.a, row.b):
            if end not in infos:
                raise AccountError(f"no account {end!r} (import it before linking it)")
        a, b = row.a, row.b
        if row.type == "certification":
            kinds = {infos[a].kind, infos[b].kind}
            if infos[a].kind == "channel" and infos[b].kind != "channel":
                a, b = b, a
            if infos[b].kind != "channel" or infos[a].kind == "channel":
                raise AccountError(
                    f"certification binds a personal or official account to a channel account; "
                    f"{row.a} is {infos[row.a].kind} and {row.b} is {infos[row.b].kind}"
                    if kinds != {"channel"} else
                    f"certification binds a personal or official account to a channel account; "
                    f"{row.a} and {row.b} are both channel accounts")
            if a in certifies and certifies[a] != b:
                raise AccountError(
                    f"{infos[a].kind} account {a} already certifies channel account "
                    f"{certifies[a]}: one personal or official account certifies at most one "
                    f"channel account")
            if infos[a].kind == "official" and (
                    not infos[a].legal_entity or infos[a].legal_entity != infos[b].legal_entity):
                raise AccountError(
                    f"official account {a} (legal entity {infos[a].legal_entity or 'none'}) "
                    f"binds channel account {b} only if both belong to the same legal entity "
                    f"({b}: {infos[b].legal_entity or 'none'})")
        if row.type == "same_entity":
            ea, eb = infos[a].legal_entity, infos[b].legal_entity
            if ea and eb and ea != eb:
                raise AccountError(f"same_entity link between {a} ({ea}) and {b} ({eb}): "
                                   f"their legal entities differ")
        return a, b

    def _evasion_by_link(self, row: LinkRow, infos: dict[str, _Info], banned: set[str],
                         result: RowResult) -> None:
        """An identity link from a new account to a banned one flags or refuses the new one."""
        for new, old in ((row.a, row.b), (row.b, row.a)):
            info = infos[new]
            if old in banned and new not in banned and self._is_new(info) \
                    and info.status == ACTIVE:
                action = self.config.evasion_action
                flag = evasion.record_flag(self.session, account=new, action=action, banned=old,
                                           identity_type=row.type, at=self.now, actor=self.actor)
                info.status = FLAGGED if action == "flag" else REFUSED
                self.session.execute(update(Account).where(Account.id == new)
                                     .values(status=info.status))
                result.status, result.error = info.status, flag.reason
                result.links.append(f"{new}:{info.status}")

    # --- whole files and single links ------------------------------------------------------

    def import_rows(self, rows: Iterable[tuple[int, dict | Exception]],
                    chunk: int = CHUNK_ROWS) -> Iterator[RowResult]:
        """Per chunk: accounts first, then links (so a link may follow its accounts closely)."""
        batch: list[tuple[int, dict | Exception]] = []
        for item in rows:
            batch.append(item)
            if len(batch) >= chunk:
                yield from self._import_chunk(batch)
                batch = []
        if batch:
            yield from self._import_chunk(batch)

    def _import_chunk(self, batch: list[tuple[int, dict | RowError]]) -> list[RowResult]:
        accounts, links, results = [], [], []
        for line, data in batch:
            if isinstance(data, RowError):
                results.append(RowResult(line, "row", "error", "", _message(data.field,
                                                                              data.reason),
                                         field=data.field))
                continue
            try:
                row = parse_row(data, self.now)
            except FieldError as error:
                label = data.get("id") if isinstance(data.get("id"), str) else ""
                results.append(RowResult(line, "link" if is_link(data) else "account", "error",
                                         printable(label[:200]), str(error), field=error.field))
                continue
            (accounts if isinstance(row, AccountRow) else links).append((line, row))
        results += self.add_accounts(accounts) if accounts else []
        self.session.flush()
        results += self.add_links(links) if links else []
        self.session.flush()
        return sorted(results, key=lambda result: result.line)

    def link(self, a: str, b: str, kind: str, strength: float | None = None) -> RowResult:
        """One link (the CLI's ``accounts link``): a broken rule raises with its message."""
        try:
            row = parse_row({"a": a, "b": b, "type": kind, "strength": strength})
        except FieldError as error:
            raise AccountError(str(error)) from None
        (result,) = self.add_links([(0, row)])
        if result.status == "error":
            raise AccountError(result.error)
        if result.status != "exists":
            audit.record(self.session, at=self.now, actor=self.actor, entity="account",
                         entity_id=row.a, action="link", why=f"{kind} link to {row.b}",
                         data={"other": row.b, "type": kind, "strength": strength})
        return result


# --- the walk ------------------------------------------------------------------------------

# A path never revisits an account: '|other|' must not occur in it. A substring test, not LIKE:
# LIKE reads % and _ in an id as wildcards (account '%' would match every path and never be
# reached) and in SQLite ignores case ('Alice' would count as a visit of 'alice').
_OTHER = "(CASE WHEN l.a = w.id THEN l.b ELSE l.a END)"
_UNVISITED = {"sqlite": f"instr(w.path, '|' || {_OTHER} || '|') = 0",
              "postgresql": f"strpos(w.path, '|' || {_OTHER} || '|') = 0"}
WALK_SQL = f"""
WITH RECURSIVE walk(id, depth, strength, path) AS (
    SELECT CAST(:start AS TEXT), 0, CAST(1.0 AS DOUBLE PRECISION),
           CAST('|' || :start || '|' AS TEXT)
    UNION ALL
    SELECT CAST({_OTHER} AS TEXT), w.depth + 1,
           w.strength * l.strength,
           CAST(w.path || '#' || CAST(l.id AS TEXT) || '|' || {_OTHER} || '|' AS TEXT)
    FROM walk w JOIN account_links l ON (l.a = w.id OR l.b = w.id)
    WHERE w.depth < :max_depth
      AND l.type IN ({{types}})
      AND w.strength * l.strength >= :min_strength
      AND {{unvisited}}
)
SELECT id, depth, strength, path FROM walk WHERE depth > 0
"""


def walk(session: Session, start: str, types: Iterable[str], max_depth: int,
         min_strength: float = 0.0) -> list[Reached]:
    """Every account within ``max_depth`` links of ``start`` along ``types`` (recursive CTE).

    For each account the shortest path wins, then the strongest; paths never revisit an account.
    """
    types = [kind for kind in types if kind in LINK_TYPES]
    if not types or max_depth < 1:
        return []
    names = ", ".join(f":t{i}" for i in range(len(types)))
    params = {f"t{i}": kind for i, kind in enumerate(types)}
    unvisited = _UNVISITED.get(session.get_bind().dialect.name, _UNVISITED["postgresql"])
    rows = session.execute(text(WALK_SQL.format(types=names, unvisited=unvisited)),
                           {"start": start, "max_depth": max_depth,
                            "min_strength": min_strength - 1e-9, **params}).all()
    best: dict[str, tuple] = {}
    for account, depth, strength, path in rows:
        key = (depth, -strength)
        if account not in best or key < best[account][0]:
            best[account] = (key, depth, strength, path)
    link_ids = {int(part.split("|")[0]) for _, _, _, path in best.values()
                for part in path.split("#")[1:]}
    links = {}
    for clause in in_chunks(AccountLink.id, link_ids):
        for link in session.scalars(select(AccountLink).where(clause)):
            links[link.id] = link
    reached = []
    for account, (_, depth, strength, path) in best.items():
        hops, here = [], start
        for part in path.split("#")[1:]:
            link_id, there = part.split("|")[:2]
            link = links[int(link_id)]
            hops.append(Hop(link.id, here, there, link.type, link.strength))
            here = there
        reached.append(Reached(account, depth, float(strength), tuple(hops)))
    return sorted(reached, key=lambda r: (r.depth, -r.strength, r.account))


def neighbours(session: Session, account: str) -> list[AccountLink]:
    """The direct links of an account, either end."""
    return list(session.scalars(select(AccountLink).where(
        or_(AccountLink.a == account, AccountLink.b == account)).order_by(AccountLink.id)))


def import_file(workspace, config: AccountsConfig, penalties: PenaltyPolicy, path: Path, *,
                now: datetime, actor: str = audit.SYSTEM, fmt: str = "auto",
                chunk: int = CHUNK_ROWS) -> Iterator[RowResult]:
    """Import a file one transaction per chunk: a 10 M-row file never holds one giant
    transaction, and a re-run after a crash reports the rows already in as ``exists``."""
    rows = read_rows(Path(path), fmt)
    sqlite = workspace.engine.dialect.name == "sqlite"
    while True:
        batch = [item for _, item in zip(range(chunk), rows)]
        if not batch:
            return
        with workspace.session() as session:
            if sqlite:
                # Links land at random places in three B-tree indexes; SQLite's default 2 MB
                # page cache turns that into disk reads past a few hundred thousand links.
                connection = session.connection()
                connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KB}")
                connection.exec_driver_sql(f"PRAGMA mmap_size = {SQLITE_CACHE_KB * 1024}")
            results = Graph(session, config, penalties, now=now, actor=actor,
                            source="import")._import_chunk(batch)
        yield from results
