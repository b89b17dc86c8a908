"""Retention periods: how long a record may rest unchanged before it is due for review.

A policy gives days per kind (org, contact, meeting, action) and per sensitivity level (for
the kinds that carry one: contacts and meetings); 0 means no limit. A record's period is the
shorter of its kind's and its level's. HQ may send a mission policy (in a bundle header:
sync.retention_policy); the one in force is, entry by entry, the shorter of the officer's
own and the mission's, so an officer may tighten HQ's periods but never loosen them.
"""

from __future__ import annotations

from collections.abc import Iterable

from liaison_app.errors import Rule, ValidationError
from sync import retention_policy
from sync.retention_policy import KINDS, MAX_DAYS, Policy, PolicyShapeError, shortest

__all__ = ["DEFAULT", "KINDS", "MAX_DAYS", "Policy", "PolicyRefusedError", "assign", "in_force", "parse"]

# Organizations hold little about people; people and what was said with them go first.
DEFAULT = Policy(kinds={"org": 0, "contact": 730, "meeting": 1095, "action": 1095})


class PolicyRefusedError(ValidationError):
    """A policy (typed, stored or received) that breaks a rule: `rule` says which."""

    def __init__(self, exc: PolicyShapeError) -> None:
        super().__init__(
            f"retention policy: {exc.detail}",
            field="retention_policy",
            detail=exc.detail,
            rule=Rule(exc.rule),
        )


def parse(value: object) -> Policy:
    """A policy from its stored shape, else PolicyRefusedError."""
    try:
        return retention_policy.parse(value)
    except PolicyShapeError as exc:
        raise PolicyRefusedError(exc) from None


def in_force(own: Policy, mission: Policy | None) -> Policy:
    """The policy that applies: entry by entry the shorter of the officer's and HQ's."""
    if mission is None:
        return own
    kinds = {k: shortest([own.kinds.get(k, 0), mission.kinds.get(k, 0)]) for k in KINDS}
    names = sorted(set(own.levels) | set(mission.levels))
    levels = {n: shortest([own.levels.get(n, 0), mission.levels.get(n, 0)]) for n in names}
    return Policy(kinds=kinds, levels={n: d for n, d in levels.items() if d})


def assign(policy: Policy, assignments: Iterable[str]) -> Policy:
    """`policy` with each `KIND=DAYS` or `LEVEL=DAYS` (a sensitivity level, any case)
    applied; anything not NAME=DAYS with DAYS in range is PolicyRefusedError."""
    kinds, levels = dict(policy.kinds), dict(policy.levels)
    for text in assignments:
        name, sign, number = text.partition("=")
        name, number = name.strip(), number.strip()
        if not sign or not name or not number.isdigit():
            raise PolicyRefusedError(PolicyShapeError(f"{text!r} is not NAME=DAYS", "wrong_type"))
        if name.lower() in KINDS:
            kinds[name.lower()] = int(number)
        else:
            levels[name.upper()] = int(number)
    # A level without a limit is no entry: its records follow their kind's period.
    return parse({"kinds": kinds, "levels": {n: d for n, d in levels.items() if d}})
