"""Match policies: which rule applies to one match, and what it decides.

Pure functions over a ``MatchFacts`` so the policy can be tested and explained without a
database. Owner rules are tried before the platform's; the first rule whose conditions all hold
decides.
"""
from __future__ import annotations

from dataclasses import dataclass

from origin.enforcement.config import Policy, Rule

OWN_CONTENT = "own_content"
ALLOW_LIST = "allow_list"
NO_RULE = "no_rule"


@dataclass(frozen=True)
class MatchFacts:
    """What a policy may look at: the match's strength and who is on each side."""

    original: str
    owner: str | None
    uploader: str | None
    declared: bool
    score: float
    matched_seconds: float
    coverage_upload: float
    coverage_original: float
    channel: str = "video"      # what matched: "video", "audio" or "video+audio"
    tier: str = "global"        # "geometry": the pictures were found by local features only;
                                # "turned": only turned (``match.matcher.TURNED``)
    original_seconds: float = float("inf")   # seconds of the original the match shows, each
                                             # stretch once (``Match.original_seconds``)


@dataclass(frozen=True)
class Verdict:
    decision: str           # none / track / review / mute / demote / takedown
    exposure: float         # multiplier on the upload's distribution, 1.0 = untouched
    rule: str
    strike: str | None = None


def exempt(policy: Policy, facts: MatchFacts) -> Verdict | None:
    """Uploads that are never actioned: the owner's own, and licensed (allow-listed) accounts."""
    if facts.uploader is not None and facts.uploader == facts.owner:
        return Verdict("none", 1.0, OWN_CONTENT)
    if policy.allowed(facts.owner, facts.uploader):
        return Verdict("none", 1.0, ALLOW_LIST)
    return None


def evaluate(policy: Policy, facts: MatchFacts) -> Verdict:
    """The first rule (owner's, then platform's) whose conditions hold."""
    for rule in policy.rules_for(facts.owner):
        if applies(rule, facts):
            return Verdict(rule.decision, rule.exposure, rule.name,
                           rule.strike if rule.decision == "takedown" else None)
    return Verdict("track", 1.0, NO_RULE)


def applies(rule: Rule, facts: MatchFacts) -> bool:
    if rule.declared is not None and rule.declared != facts.declared:
        return False
    if rule.channel == "audio" and facts.channel != "audio":
        return False
    if rule.channel == "video" and "video" not in facts.channel.split("+"):
        return False
    if rule.tier is not None and rule.tier != facts.tier:
        return False
    if any(getattr(facts, name) < bound for name, bound in rule.minimum.items()):
        return False
    return all(getattr(facts, name) < bound for name, bound in rule.maximum.items())
