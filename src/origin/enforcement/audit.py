"""The append-only audit log: every state change, with who, when, from, to and why.

Writes go through ``record`` inside the caller's transaction, so a change and its audit entry
commit or roll back together. The table itself refuses UPDATE and DELETE (a trigger).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.enforcement.clock import utc
from origin.enforcement.models import AuditEntry

SYSTEM = "origin"     # the actor for automatic steps (scan decisions, timers)


def record(session: Session, *, at: datetime, actor: str, entity: str, entity_id: str,
           action: str, from_state: str | None = None, to_state: str | None = None,
           why: str | None = None, data: dict | None = None) -> None:
    session.add(AuditEntry(at=utc(at), actor=actor, entity=entity, entity_id=entity_id,
                           action=action, from_state=from_state, to_state=to_state, why=why,
                           data=None if data is None else json.dumps(data, sort_keys=True)))


@dataclass(frozen=True)
class AuditView:
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    from_state: str | None
    to_state: str | None
    why: str | None
    data: dict | None

    def to_json(self) -> dict:
        return {"at": self.at.isoformat(), "actor": self.actor, "entity": self.entity,
                "entity_id": self.entity_id, "action": self.action, "from": self.from_state,
                "to": self.to_state, "why": self.why, "data": self.data}


def history(session: Session, entity: str, entity_id: str) -> list[AuditView]:
    rows = session.scalars(select(AuditEntry)
                           .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                           .order_by(AuditEntry.id))
    return [AuditView(utc(row.at), row.actor, row.entity, row.entity_id, row.action,
                      row.from_state, row.to_state, row.why,
                      None if row.data is None else json.loads(row.data)) for row in rows]
