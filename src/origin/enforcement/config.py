"""The enforcement policy: a readable TOML file shipped with origin, overridable per workspace."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from origin.enforcement.calendar import Period, WorkingCalendar, calendar_for
from origin.config_files import overlay, read_toml
from origin.errors import InputError

DEFAULT_POLICY = Path(__file__).with_name("default_policy.toml")
WORKSPACE_POLICY = "enforcement.toml"
OPEN_TABLES = frozenset({"jurisdictions", "owners"})   # keys are codes and owner labels
OWNER_KEYS = frozenset({"allow", "rules", "inherit"})

# in order of severity; mute: the upload stays up without its sound (a music match's own measure)
DECISIONS = ("none", "track", "review", "mute", "demote", "takedown")
CHANNELS = ("video", "audio")
TIERS = ("global", "geometry", "verified", "turned")
SEVERITIES = ("minor", "serious", "severe")
CONDITIONS = ("score", "matched_seconds", "original_seconds", "coverage_upload",
              "coverage_original")


@dataclass(frozen=True)
class Rule:
    """One match rule: conditions on the match, and what to do when they all hold."""

    name: str
    decision: str
    exposure: float = 1.0
    strike: str | None = None
    declared: bool | None = None
    # "audio": the match is on the sound only; "video": the pictures match (with or without the
    # sound); None: any match
    channel: str | None = None
    # "geometry": the pictures were found by the local-feature tier only; "verified": the sound
    # only by checking the upload's spectrogram (the hashes barely heard it); "turned": the
    # pictures only turned a quarter or half turn; "global": otherwise
    tier: str | None = None
    minimum: dict[str, float] = field(default_factory=dict)
    maximum: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class OwnerPolicy:
    allow: frozenset[str] = frozenset()
    rules: tuple[Rule, ...] = ()
    inherit: bool = True


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    calendar: str
    timezone: str
    restore_after: Period

    @property
    def working_calendar(self) -> WorkingCalendar:
        return calendar_for(self.calendar, self.timezone)


@dataclass(frozen=True)
class PenaltyPolicy:
    initial_credit: int
    points: dict[str, int]
    strike_expiry_days: int
    recovery_points: int
    recovery_every_days: int
    upload_bans: tuple[tuple[int, int], ...]        # (active strikes, ban days), ascending
    declaration_abuse: str | None


@dataclass(frozen=True)
class Policy:
    default_jurisdiction: str
    sla: Period
    allow: frozenset[str]
    jurisdictions: dict[str, Jurisdiction]
    rules: tuple[Rule, ...]
    owners: dict[str, OwnerPolicy]
    conflict_overlap: float
    max_attachment_bytes: int
    complaint_measure: str
    complaint_strike: str | None
    fast_track_accuracy: float
    fast_track_min_decided: int
    penalties: PenaltyPolicy

    def jurisdiction(self, code: str | None) -> Jurisdiction:
        code = code or self.default_jurisdiction
        try:
            return self.jurisdictions[code]
        except KeyError:
            raise KeyError(f"unknown jurisdiction {code!r} (configured: "
                           f"{', '.join(sorted(self.jurisdictions))})") from None

    def rules_for(self, owner: str | None) -> tuple[Rule, ...]:
        own = self.owners.get(owner or "")
        if own is None:
            return self.rules
        return own.rules + self.rules if own.inherit else own.rules

    def allowed(self, owner: str | None, account: str | None) -> bool:
        """Licensed accounts (platform-wide or for this owner) are never actioned."""
        if account is None:
            return False
        own = self.owners.get(owner or "")
        return account in self.allow or (own is not None and account in own.allow)


def load_policy(workspace_path: Path | str | None = None) -> Policy:
    """The shipped defaults, merged with ``<workspace>/enforcement.toml`` when there is one."""
    data = read_toml(DEFAULT_POLICY)
    source = DEFAULT_POLICY
    if workspace_path is not None and (Path(workspace_path) / WORKSPACE_POLICY).exists():
        source = Path(workspace_path) / WORKSPACE_POLICY
    try:
        if source != DEFAULT_POLICY:
            data = overlay(data, read_toml(source), open_tables=OPEN_TABLES)
        return _build(data)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(str(source), f"invalid enforcement policy: {error}") from None


def _rule(data: dict) -> Rule:
    name = data["name"]
    decision = data["decision"]
    if decision not in DECISIONS:
        raise ValueError(f"rule {name!r}: decision must be one of {', '.join(DECISIONS)}")
    strike = data.get("strike") or None
    if strike is not None and strike not in SEVERITIES:
        raise ValueError(f"rule {name!r}: strike must be one of {', '.join(SEVERITIES)}")
    exposure = _number(data.get("exposure", {"takedown": 0.0, "demote": 0.5}.get(decision, 1.0)),
                       f"rule {name!r}: exposure")
    if not 0.0 <= exposure <= 1.0:
        raise ValueError(f"rule {name!r}: exposure must be within 0..1")
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"rule {name!r}: channel must be one of {', '.join(CHANNELS)}")
    tier = data.get("tier")
    if tier is not None and tier not in TIERS:
        raise ValueError(f"rule {name!r}: tier must be one of {', '.join(TIERS)}")
    known = {"name", "decision", "exposure", "strike", "declared", "channel", "tier"} | {
        f"{bound}_{condition}" for bound in ("min", "max") for condition in CONDITIONS}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"rule {name!r}: unknown keys {', '.join(sorted(unknown))}")
    declared = data.get("declared")
    if declared is not None and not isinstance(declared, bool):
        raise ValueError(f"rule {name!r}: declared must be true or false, not {declared!r}")
    return Rule(
        name=name, decision=decision, exposure=exposure, strike=strike,
        declared=declared, channel=channel, tier=tier,
        minimum={c: _number(data[f"min_{c}"], f"rule {name!r}: min_{c}")
                 for c in CONDITIONS if f"min_{c}" in data},
        maximum={c: _number(data[f"max_{c}"], f"rule {name!r}: max_{c}")
                 for c in CONDITIONS if f"max_{c}" in data},
    )


def _number(value, what: str) -> float:
    """A rule's bound as a finite number: an owner's rules have no default to be checked
    against, and ``float("nan")`` of a string made a bound every match passes."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return float(value)


def _within(value, low: float, high: float, what: str) -> None:
    """A negative overlap, accuracy, credit or day count was taken as it came."""
    if not low <= value <= high:
        raise ValueError(f"{what} must be within {low:g}..{high:g}, not {value!r}")


def _severity(value: str | None, what: str) -> str | None:
    if not value:
        return None
    if value not in SEVERITIES:
        raise ValueError(f"{what} must be one of {', '.join(SEVERITIES)}, not {value!r}")
    return value


def _build(data: dict) -> Policy:
    platform, penalties = data["platform"], data["penalties"]
    jurisdictions = {
        code: Jurisdiction(code, item["calendar"], item["timezone"],
                           Period(int(item["restore_after"]), item.get("restore_unit", "days")))
        for code, item in data["jurisdictions"].items()}
    for jurisdiction in jurisdictions.values():
        try:
            jurisdiction.working_calendar   # fail now on an unknown country or time zone
        except NotImplementedError:         # what ``holidays`` raises for a country it lacks
            raise ValueError(f"jurisdictions.{jurisdiction.code}.calendar: no official calendar "
                             f"for {jurisdiction.calendar!r} (a country code: CN, US, ...)"
                             ) from None
    for owner, item in data.get("owners", {}).items():
        if unknown := set(item) - OWNER_KEYS:
            raise ValueError(f"owners.{owner}: unknown keys {', '.join(sorted(unknown))}")
        if not isinstance(item.get("inherit", True), bool):     # bool("no") is True
            raise ValueError(f"owners.{owner}.inherit must be true or false, "
                             f"not {item['inherit']!r}")
    owners = {
        owner: OwnerPolicy(allow=frozenset(item.get("allow", [])),
                           rules=tuple(_rule(rule) for rule in item.get("rules", [])),
                           inherit=bool(item.get("inherit", True)))
        for owner, item in data.get("owners", {}).items()}
    policy = Policy(
        default_jurisdiction=platform["default_jurisdiction"],
        sla=Period(int(platform["sla_working_days"]), "working_days"),
        allow=frozenset(platform.get("allow", [])),
        jurisdictions=jurisdictions,
        rules=tuple(_rule(rule) for rule in data["rules"]),
        owners=owners,
        conflict_overlap=float(data["priority"]["conflict_overlap"]),
        max_attachment_bytes=int(data["complaints"]["max_attachment_bytes"]),
        complaint_measure=data["complaints"]["measure"],
        complaint_strike=_severity(data["complaints"].get("strike"), "complaints.strike"),
        fast_track_accuracy=float(data["claimants"]["fast_track_accuracy"]),
        fast_track_min_decided=int(data["claimants"]["fast_track_min_decided"]),
        penalties=PenaltyPolicy(
            initial_credit=int(penalties["initial_credit"]),
            points={severity: int(penalties[severity]) for severity in SEVERITIES},
            strike_expiry_days=int(penalties["strike_expiry_days"]),
            recovery_points=int(penalties["recovery_points"]),
            recovery_every_days=int(penalties["recovery_every_days"]),
            upload_bans=tuple(sorted((int(b["strikes"]), int(b["days"]))
                                     for b in penalties["upload_bans"])),
            declaration_abuse=_severity(penalties.get("declaration_abuse"),
                                        "penalties.declaration_abuse"),
        ),
    )
    policy.jurisdiction(policy.default_jurisdiction)
    day_counts = [("penalties.strike_expiry_days", penalties["strike_expiry_days"], 0),
                  ("penalties.recovery_every_days", penalties["recovery_every_days"], 1)] + [
        (f"penalties.upload_bans[{n}].days", ban["days"], 0)
        for n, ban in enumerate(penalties["upload_bans"])]
    for what, value, low in day_counts:     # a huge one failed in date arithmetic, later
        _within(value, low, 36_500, what)
    for what, value, low, high in (
            ("priority.conflict_overlap", policy.conflict_overlap, 0.0, 1.0),
            ("claimants.fast_track_accuracy", policy.fast_track_accuracy, 0.0, 1.0),
            ("claimants.fast_track_min_decided", policy.fast_track_min_decided, 0, 10**9),
            ("complaints.max_attachment_bytes", policy.max_attachment_bytes, 1, 2**62),
            ("penalties.initial_credit", policy.penalties.initial_credit, 0, 10**9),
            ("penalties.recovery_points", policy.penalties.recovery_points, 0, 10**9),
            *((f"penalties.{severity}", points, 0, 10**9)
              for severity, points in policy.penalties.points.items()),
            *((f"penalties.upload_bans[{n}].strikes", ban["strikes"], 1, 10**6)
              for n, ban in enumerate(penalties["upload_bans"]))):
        _within(value, low, high, what)
    if policy.complaint_measure not in ("takedown", "block", "demote"):
        raise ValueError("complaints.measure must be takedown, block or demote")
    return policy
