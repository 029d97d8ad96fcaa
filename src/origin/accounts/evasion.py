"""Ban evasion: a new account sharing an identity marker with a permanently banned account.

A permanent ban is what the credit ledger says (credit reached 0), so the check replays the
ledger, but only for the few accounts that have ledger lines at all.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.enforcement import audit, penalties
from origin.enforcement.config import PenaltyPolicy
from origin.enforcement.models import PenaltyEntry
from origin.accounts.tables import AccountFlag
from origin.db import in_chunks


def banned_among(session: Session, policy: PenaltyPolicy, accounts: Iterable[str],
                 at: datetime) -> set[str]:
    """The permanently banned accounts among ``accounts``."""
    accounts = sorted(set(accounts))
    with_ledger: set[str] = set()
    for clause in in_chunks(PenaltyEntry.account, accounts):
        with_ledger.update(session.scalars(select(PenaltyEntry.account).distinct().where(clause)))
    return {account for account in with_ledger
            if penalties.standing(session, policy, account, at).permanently_banned}


def record_flag(session: Session, *, account: str, action: str, banned: str, identity_type: str,
                at: datetime, actor: str) -> AccountFlag:
    """Keep the finding and audit it (a refused account has no row, so this is its only trace)."""
    reason = (f"shares {identity_type} with permanently banned account {banned} "
              f"(ban evasion: {'refused' if action == 'refuse' else 'flagged for review'})")
    flag = AccountFlag(account=account, action=action, banned_account=banned,
                       identity_type=identity_type, reason=reason, at=at)
    session.add(flag)
    audit.record(session, at=at, actor=actor, entity="account", entity_id=account,
                 action="ban_evasion_" + action, why=reason,
                 data={"banned_account": banned, "identity_type": identity_type})
    return flag
