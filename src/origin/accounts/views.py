"""What ``accounts show`` and ``accounts explain`` print: plain dicts, JSON-ready.

An account id used by tickets or the ledger but never imported still shows its evidence and
standing, so a reviewer is never told "unknown" about an account the platform has acted on.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.accounts import joint
from origin.accounts.config import AccountsConfig, LINK_TYPES
from origin.accounts.evidence import gather
from origin.accounts.graph import AccountError, neighbours, walk
from origin.accounts.tables import Account, AccountFlag
from origin.enforcement import audit, penalties, tickets
from origin.enforcement.config import Policy


def _account(session: Session, account_id: str) -> dict | None:
    row = session.get(Account, account_id)
    if row is None:
        return None
    return {"id": row.id, "kind": row.kind, "legal_entity": row.legal_entity, "name": row.name,
            "status": row.status, "created_at": row.created_at.isoformat()}


def _flags(session: Session, account_id: str) -> list[dict]:
    return [{"action": flag.action, "banned_account": flag.banned_account,
             "identity_type": flag.identity_type, "reason": flag.reason,
             "at": flag.at.isoformat()}
            for flag in session.scalars(select(AccountFlag).where(AccountFlag.account == account_id)
                                        .order_by(AccountFlag.id))]


def _known(session: Session, account_id: str, account: dict | None, standing) -> None:
    if account is None and not standing.ledger and not tickets.listing(
            session, accused=account_id, limit=1):
        raise AccountError(f"no account {account_id!r}")


def show(session: Session, policy: Policy, config: AccountsConfig, account_id: str,
         at: datetime, graph: bool = False, depth: int | None = None) -> dict:
    """The account, its direct links, own evidence, credit, tickets, watches and flags."""
    account = _account(session, account_id)
    standing = penalties.standing(session, policy.penalties, account_id, at)
    _known(session, account_id, account, standing)
    links = [{"link": link.id, "other": link.b if link.a == account_id else link.a,
              "type": link.type, "strength": link.strength, "source": link.source,
              "direction": ("certifies" if link.a == account_id else "certified_by")
              if link.type == "certification" else "mutual"}
             for link in neighbours(session, account_id)]
    decisions = [d for d in joint.decisions_for(session, account_id) if d.account == account_id]
    data = {
        "account": account, "links": links,
        "evidence": gather(session, config, account_id).to_json(),
        "credit": standing.credit, "active_strikes": standing.active_strikes,
        "permanently_banned": standing.permanently_banned,
        "upload_banned_until": standing.upload_banned_until
        and standing.upload_banned_until.isoformat(),
        "restriction": standing.restriction,
        "tickets": [{"id": t.id, "kind": t.kind, "state": t.state, "outcome": t.outcome,
                     "claimant": t.claimant,
                     "claimant_account": t.claimant_account}
                    for t in tickets.listing(session, accused=account_id, limit=1000)],
        "under_watch": [d.ticket for d in decisions
                        if d.decision == joint.WATCH and d.reversed_at is None],
        "joint_actions": [d.ticket for d in decisions
                          if d.decision == joint.ACTION and d.reversed_at is None],
        "flags": _flags(session, account_id),
    }
    if graph:
        reached = walk(session, account_id, LINK_TYPES, depth or config.max_depth)
        data["graph"] = {
            "depth": depth or config.max_depth,
            "nodes": [{"account": r.account, "depth": r.depth, "strength": round(r.strength, 6),
                       "path": [hop.to_json() for hop in r.path]} for r in reached]}
    return data


def explain(session: Session, account_id: str) -> dict:
    """Every joint decision about the account (path + evidence), those it caused, and flags."""
    account = _account(session, account_id)
    decisions = joint.decisions_for(session, account_id)
    history = [entry.to_json() for entry in audit.history(session, "account", account_id)]
    if account is None and not decisions and not history:
        raise AccountError(f"no account {account_id!r}")
    return {"account": account,
            "decisions": [d.to_json() for d in decisions if d.account == account_id],
            "caused": [d.to_json() for d in decisions if d.origin_account == account_id],
            "flags": _flags(session, account_id), "audit": history}
