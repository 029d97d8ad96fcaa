"""Claimant accuracy: upheld vs overturned notices. A wrongful notice makes the notifier liable
(E-Commerce Law art. 42), and claimants with a strong record are fast-tracked (Alibaba IPP: below
90 % success loses it)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from origin.enforcement.config import Policy
from origin.enforcement.models import Ticket


@dataclass(frozen=True)
class ClaimantRecord:
    claimant: str
    upheld: int
    overturned: int          # wrongful notices: rejected on review or restored on counter-notice
    withdrawn: int
    undecided: int
    fast_track: bool
    wrongful: tuple[str, ...] = ()

    @property
    def accuracy(self) -> float | None:
        decided = self.upheld + self.overturned
        return None if decided == 0 else self.upheld / decided

    def to_json(self) -> dict:
        return {"claimant": self.claimant, "upheld": self.upheld, "overturned": self.overturned,
                "withdrawn": self.withdrawn, "undecided": self.undecided,
                "accuracy": None if self.accuracy is None else round(self.accuracy, 4),
                "fast_track": self.fast_track, "wrongful_notices": list(self.wrongful)}


def record(session: Session, policy: Policy, claimant: str,
           with_wrongful: bool = False) -> ClaimantRecord:
    """A claimant's notices (complaints only: scan tickets are the platform's own call)."""
    counts = dict(session.execute(
        select(Ticket.outcome, func.count()).where(Ticket.claimant == claimant,
                                                   Ticket.source == "complaint")
        .group_by(Ticket.outcome)).all())
    wrongful: tuple[str, ...] = ()
    if with_wrongful:
        wrongful = tuple(session.scalars(select(Ticket.id).where(
            Ticket.claimant == claimant, Ticket.source == "complaint",
            Ticket.outcome == "overturned").order_by(Ticket.updated_at)))
    return _from_counts(policy, claimant, counts, wrongful)


def listing(session: Session, policy: Policy) -> list[ClaimantRecord]:
    rows = session.execute(select(Ticket.claimant, Ticket.outcome, func.count())
                           .where(Ticket.source == "complaint", Ticket.claimant.is_not(None))
                           .group_by(Ticket.claimant, Ticket.outcome)).all()
    tallies: dict[str, dict[str | None, int]] = {}
    for claimant, outcome, count in rows:
        tallies.setdefault(claimant, {})[outcome] = count
    return [_from_counts(policy, claimant, counts) for claimant, counts in sorted(tallies.items())]


DECIDED = ("upheld", "overturned", "withdrawn")


def _from_counts(policy: Policy, claimant: str, counts: dict[str | None, int],
                 wrongful: tuple[str, ...] = ()) -> ClaimantRecord:
    upheld, overturned = counts.get("upheld", 0), counts.get("overturned", 0)
    decided = upheld + overturned
    fast_track = (decided >= policy.fast_track_min_decided
                  and upheld / decided >= policy.fast_track_accuracy)
    return ClaimantRecord(claimant, upheld, overturned, counts.get("withdrawn", 0),
                          sum(n for outcome, n in counts.items() if outcome not in DECIDED),
                          fast_track=fast_track, wrongful=wrongful)
