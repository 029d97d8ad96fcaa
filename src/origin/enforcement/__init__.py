"""Enforcement: what happens after a match — decisions, tickets, complaints, penalties, audit.

The scan job calls ``enforce`` once per scanned upload; everything else is driven by operators
(``origin tickets ...``) and rights holders (``origin complaints submit``).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from origin.enforcement import clock
from origin.enforcement.config import WORKSPACE_POLICY, Policy, load_policy
from origin.enforcement.decisions import MatchDecision, enforce_scan
from origin.records import ScanResult


def enforce(workspace, result: ScanResult, uploader: str | None = None,
            uploaded_at: datetime | None = None, *, now: datetime | None = None,
            policy: Policy | None = None) -> list[MatchDecision]:
    """Decide the matches of one scanned upload (same order as ``result.matches``)."""
    policy = policy or policy_of(workspace.path)
    with workspace.session() as session:
        return enforce_scan(session, policy, result, uploader=uploader, uploaded_at=uploaded_at,
                            now=clock.utc(now) if now else clock.now())


def scan_action(workspace, *, now: datetime | None = None,
                policy: Policy | None = None) -> Callable[[Session, ScanResult], list[dict]]:
    """What the scan job runs in the transaction that stores each upload (``act``): decide its
    matches; the uploader and upload time are read from the upload's row, stored just before.
    One JSON dict per match: decision, exposure, rule, ticket."""
    policy = policy or policy_of(workspace.path)

    def act(session: Session, result: ScanResult) -> list[dict]:
        moment = clock.utc(now) if now else clock.now()
        return [decision.to_json() for decision in enforce_scan(
            session, policy, result, uploader=None, uploaded_at=None, now=moment)]

    return act


def policy_of(path: Path) -> Policy:
    """The workspace's policy, re-read only when its override file changes (scan calls often)."""
    override = Path(path) / WORKSPACE_POLICY
    stamp = override.stat().st_mtime_ns if override.exists() else None
    key = (str(Path(path).resolve()), stamp)
    if key not in _policies:
        _policies[key] = load_policy(path)
    return _policies[key]


_policies: dict[tuple[str, int | None], Policy] = {}

__all__ = ["enforce", "policy_of", "scan_action", "MatchDecision", "load_policy", "Policy"]
