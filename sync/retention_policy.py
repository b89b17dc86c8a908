"""Retention periods as they are stored and travel: days per kind and per sensitivity level.

HQ's mission policy rides in the header of its bundles (`header_value`, `from_header`): a
field device applies it from an HQ sender only, and a header whose policy is malformed is
refused whole (`malformed_header`), like any other header key. Kept in `sync` so the import
can check it; liaison_app/retention_rules.py builds the officer's side on top.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

HEADER_KEY = "retention"
MAX_DAYS = 100 * 366
KINDS: tuple[str, ...] = ("org", "contact", "meeting", "action")
# The kinds whose records carry a sensitivity level (db.models: Contact, Meeting).
LEVELLED_KINDS: tuple[str, ...] = ("contact", "meeting")
MAX_LEVEL_LENGTH = 60
MAX_LEVELS = 12
MAX_SET_AT = 40


class PolicyShapeError(ValueError):
    """A policy that breaks a rule; `rule` is the code (liaison_app.errors.Rule's value)."""

    def __init__(self, detail: str, rule: str, **params: str | int) -> None:
        super().__init__(detail)
        self.detail = detail
        self.rule = rule
        self.params = dict(params)


@dataclass(frozen=True, slots=True)
class Policy:
    """Days per kind and per sensitivity level (0 or absent: no limit)."""

    kinds: dict[str, int] = field(default_factory=dict)
    levels: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The stored and travelling shape: {"kinds": {...}, "levels": {...}}."""
        return {"kinds": dict(self.kinds), "levels": dict(self.levels)}

    def days(self, kind: str, level: str | None = None) -> int:
        """The period of a record of `kind` at `level` (0: none): the shorter that applies."""
        found = [self.kinds.get(kind, 0)]
        if level and kind in LEVELLED_KINDS:
            found.append(self.levels.get(level.upper(), 0))
        return shortest(found)


@dataclass(frozen=True, slots=True)
class MissionPolicy:
    """HQ's policy as a bundle header carried it: the policy, and when HQ set it."""

    policy: Policy
    set_at: str


def shortest(periods: Iterable[int]) -> int:
    """The shortest of `periods` that is a limit (0 when none is)."""
    limits = [d for d in periods if d > 0]
    return min(limits) if limits else 0


def parse(value: object) -> Policy:
    """A policy from its JSON shape, strictly: every kind known, every period a whole number
    of days in range, every level a short name; anything else PolicyShapeError."""
    if not isinstance(value, Mapping) or set(value) - {"kinds", "levels"}:
        raise PolicyShapeError("expected an object with kinds and levels", "wrong_type")
    kinds = _periods(value.get("kinds", {}), "kinds")
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise PolicyShapeError(f"unknown kind {unknown[0]!r}", "unknown_kind", value=unknown[0])
    levels = _periods(value.get("levels", {}), "levels")
    if len(levels) > MAX_LEVELS:
        raise PolicyShapeError(f"at most {MAX_LEVELS} levels", "too_many", max_count=MAX_LEVELS)
    cleaned = {}
    for level, days in levels.items():
        name = level.strip().upper()
        if not name or len(name) > MAX_LEVEL_LENGTH or "," in name:
            raise PolicyShapeError(f"{level!r} is not a level name", "not_a_level", value=level)
        cleaned[name] = days
    return Policy(kinds=kinds, levels=cleaned)


def _periods(value: object, what: str) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise PolicyShapeError(f"{what}: expected an object", "wrong_type")
    return {_name(name, what): days_of(days, str(name)) for name, days in value.items()}


def _name(name: object, what: str) -> str:
    if not isinstance(name, str):
        raise PolicyShapeError(f"{what}: a name is not text", "wrong_type")
    return name


def days_of(value: object, name: str) -> int:
    """A period: a whole number of days, 0 (no limit) to MAX_DAYS."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyShapeError(f"{name}: {value!r} is not a whole number of days", "wrong_type")
    if not 0 <= value <= MAX_DAYS:
        raise PolicyShapeError(
            f"{name}: must be 0 (no limit) to {MAX_DAYS} days, not {value}",
            "out_of_range",
            value=value,
            low=0,
            high=MAX_DAYS,
        )
    return value


def header_value(policy: Policy, set_at: str) -> dict[str, Any]:
    """What an HQ bundle's header carries under HEADER_KEY."""
    return {"policy": policy.to_json(), "set_at": set_at}


def from_header(header: Mapping[str, Any]) -> MissionPolicy | None:
    """The mission policy a header carries (None: it carries none); PolicyShapeError for
    anything malformed. The caller applies it only from an HQ sender."""
    value = header.get(HEADER_KEY)
    if value is None:
        return None
    if not isinstance(value, Mapping) or set(value) != {"policy", "set_at"}:
        raise PolicyShapeError("expected policy and set_at", "wrong_type")
    set_at = value["set_at"]
    if not isinstance(set_at, str) or not 0 < len(set_at) <= MAX_SET_AT:
        raise PolicyShapeError("set_at is not a time", "wrong_type")
    return MissionPolicy(parse(value["policy"]), set_at)


# The setting rows (liaison_app/settings.py keys) this module reads and writes; sync reads
# them directly, as it may not import the services (the values are JSON, checked here).
_OWN, _OWN_SET_AT, _MISSION = "retention_policy", "retention_policy_set_at", "retention_mission"


def header_fields(conn: Connection, role: str) -> dict[str, Any]:
    """What an export's header adds: HQ's policy once HQ has set one; nothing otherwise."""
    if role != "hq":
        return {}
    set_at = _setting(conn, _OWN_SET_AT)
    own = _setting(conn, _OWN)
    if not isinstance(set_at, str) or not set_at or own is None:
        return {}
    try:
        return {HEADER_KEY: header_value(parse(own), set_at)}
    except PolicyShapeError:
        return {}  # the settings refuse such a value: nothing to send


def accept(conn: Connection, header: Mapping[str, Any], *, sender: str, from_hq: bool) -> None:
    """Check the header's policy (PolicyShapeError: the caller refuses the bundle) and, from
    HQ, keep it as the mission policy unless a later one is kept already."""
    sent = from_header(header)
    if sent is None or not from_hq:
        return
    kept = _setting(conn, _MISSION)
    if isinstance(kept, dict) and str(kept.get("set_at", "")) >= sent.set_at:
        return  # an older bundle of HQ's arriving late does not roll the policy back
    value = {"policy": sent.policy.to_json(), "set_at": sent.set_at, "by": sender}
    conn.exec_driver_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_MISSION, json.dumps(value)),
    )


def _setting(conn: Connection, key: str) -> Any:
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (key,)).first()
    return None if row is None else json.loads(row[0])
