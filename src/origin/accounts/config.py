"""The associated-accounts policy: a TOML file shipped in the package, overridable per workspace."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from origin.enforcement.config import SEVERITIES
from origin.config_files import overlay, read_toml
from origin.errors import InputError

DEFAULT_CONFIG = Path(__file__).with_name("accounts.toml")
WORKSPACE_CONFIG = "accounts.toml"

KINDS = ("channel", "personal", "official")
# A link's strength: 0.01..1. Strengths multiply along a path and are compared with
# joint.min_path_strength; below 1 in 100 a link says nothing a reviewer could weigh, and
# 1e-320 (a subnormal) was taken, then printed and stored as noise.
MIN_STRENGTH = 0.01
LINK_TYPES = ("certification", "same_entity", "admin", "device", "phone", "id_document", "ip",
              "payment")
IDENTITY_TYPES = ("device", "phone", "id_document", "ip", "payment")
BAN_ACTIONS = ("flag", "refuse")


@dataclass(frozen=True)
class AccountsConfig:
    strength: dict[str, float]
    auto_link_types: tuple[str, ...]
    max_accounts_per_marker: int
    ticket_kinds: tuple[str, ...]
    walk_types: tuple[str, ...]
    max_depth: int
    min_path_strength: float
    severity: str
    confirm_strike: str
    threshold: float
    brand_hit: dict[str, float]
    matched_upload: dict[str, float]
    ticket: dict[str, float]
    penalty: float
    evasion_types: tuple[str, ...]
    evasion_action: str
    new_account_days: int


def load_config(workspace: Path | str | None = None) -> AccountsConfig:
    """The shipped defaults merged with ``<workspace>/accounts.toml`` when present."""
    data = read_toml(DEFAULT_CONFIG)
    source = DEFAULT_CONFIG
    if workspace is not None and (Path(workspace) / WORKSPACE_CONFIG).exists():
        source = Path(workspace) / WORKSPACE_CONFIG
    try:
        if source != DEFAULT_CONFIG:
            data = overlay(data, read_toml(source))
        return _build(data)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(str(source), f"bad accounts config: {error}") from None


def _types(values, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise ValueError(f"{what}: unknown {', '.join(unknown)} (known: {', '.join(allowed)})")
    return tuple(values)


def _within(value, low: float, high: float, what: str):
    """``value`` when ``low <= value <= high``: a negative depth or strength was taken as it came,
    a huge depth or day count failed deep in SQLite or date arithmetic."""
    if not low <= value <= high:
        raise ValueError(f"{what} must be within {low:g}..{high:g}, not {value!r}")
    return value


def _build(data: dict) -> AccountsConfig:
    links, joint, evidence, evasion = (data["links"], data["joint"], data["evidence"],
                                       data["ban_evasion"])
    strength = {kind: float(links["strength"][kind]) for kind in LINK_TYPES}
    if not all(MIN_STRENGTH <= value <= 1.0 for value in strength.values()):
        raise ValueError(f"links.strength values must be within {MIN_STRENGTH:g}..1")
    for key in ("severity", "confirm_strike"):
        if joint[key] not in SEVERITIES:
            raise ValueError(f"joint.{key} must be one of {', '.join(SEVERITIES)}")
    if evasion["action"] not in BAN_ACTIONS:
        raise ValueError(f"ban_evasion.action must be one of {', '.join(BAN_ACTIONS)}")
    for table, key, low, high in (("links", "max_accounts_per_marker", 1, 1_000_000),
                                  ("joint", "max_depth", 0, 100),
                                  ("joint", "min_path_strength", 0.0, 1.0),
                                  ("evidence", "threshold", 0.0, 1e6),
                                  ("evidence", "penalty", 0.0, 1e6),
                                  ("ban_evasion", "new_account_days", 0, 36_500)):
        _within(data[table][key], low, high, f"{table}.{key}")
    for key in ("brand_hit", "matched_upload", "ticket"):
        for name, value in evidence[key].items():
            _within(value, 0.0, 1e6, f"evidence.{key}.{name}")
    return AccountsConfig(
        strength=strength,
        auto_link_types=_types(links["auto_link_types"], IDENTITY_TYPES, "links.auto_link_types"),
        max_accounts_per_marker=int(links["max_accounts_per_marker"]),
        ticket_kinds=tuple(joint["ticket_kinds"]),
        walk_types=_types(joint["link_types"], LINK_TYPES, "joint.link_types"),
        max_depth=int(joint["max_depth"]),
        min_path_strength=float(joint["min_path_strength"]),
        severity=joint["severity"], confirm_strike=joint["confirm_strike"],
        threshold=float(evidence["threshold"]),
        brand_hit={k: float(v) for k, v in evidence["brand_hit"].items()},
        matched_upload={k: float(v) for k, v in evidence["matched_upload"].items()},
        ticket={k: float(v) for k, v in evidence["ticket"].items()},
        penalty=float(evidence["penalty"]),
        evasion_types=_types(evasion["identity_types"], IDENTITY_TYPES,
                             "ban_evasion.identity_types"),
        evasion_action=evasion["action"], new_account_days=int(evasion["new_account_days"]))
