"""Retention: which records are past their review date, and keeping one longer.

A record's review date is its last change plus the period its kind and sensitivity level
give (liaison_app/retention_rules.py), unless the officer kept it: then the date they chose.
The Review list and `liaison retention list` read a page at a time, each source (a kind, a
level of a kind, the kept records) a range of an index in order of last change, merged here,
so a page costs the same at HQ's 1.8M records as on a laptop (migration v027).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection

from liaison_app import retention_rules, settings
from liaison_app.changes import NOTHING, Changes
from liaison_app.clock import now_iso, today, utc_iso
from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import Kind, spec
from liaison_app.retention_rules import Policy
from liaison_app.services import record_purge
from liaison_app.services.records import resolve_id
from liaison_app.store import Store
from sync.retention_policy import LEVELLED_KINDS

MAX_REASON_LENGTH = 500
PAGE = 200


class Why(StrEnum):
    """Why a record is due: the retention period passed, or the date it was kept until."""

    POLICY = "policy"
    KEPT = "kept"


@dataclass(frozen=True, slots=True)
class DueRecord:
    """One record past its review date."""

    kind: Kind
    record_id: str
    title: str
    updated_at: str  # its last change
    review_on: str  # YYYY-MM-DD
    why: Why
    reason: str = ""  # for a kept record: why it was kept


@dataclass(frozen=True, slots=True)
class DuePage:
    """A page of the records due, oldest change first; `after` continues it (None: no more)."""

    records: tuple[DueRecord, ...]
    after: tuple[str, str] | None


@dataclass(frozen=True, slots=True)
class PolicyView:
    """The officer's periods, HQ's (if it sent any, and when), and those in force."""

    own: Policy
    mission: Policy | None
    mission_set_at: str
    mission_by: str
    in_force: Policy


@dataclass(frozen=True, slots=True)
class Kept:
    """What `keep` did: how many records are now kept, until when."""

    count: int
    until: str


def policy(store: Store) -> PolicyView:
    """The retention policy of this profile, and where each part comes from."""
    with store.session() as s:
        own = retention_rules.parse(settings.get(s, "retention_policy"))
        sent = settings.get(s, "retention_mission")
    mission = retention_rules.parse(sent["policy"]) if sent else None
    return PolicyView(
        own=own,
        mission=mission,
        mission_set_at=sent.get("set_at", "") if sent else "",
        mission_by=sent.get("by", "") if sent else "",
        in_force=retention_rules.in_force(own, mission),
    )


def set_policy(store: Store, assignments: Sequence[str]) -> PolicyView:
    """Change the officer's own periods (`KIND=DAYS`, `LEVEL=DAYS`); a level must be one of
    the profile's. HQ's periods still bound those in force."""
    with store.session() as s:
        current = retention_rules.parse(settings.get(s, "retention_policy"))
        changed = retention_rules.assign(current, assignments)
        known = settings.get(s, "sensitivity_levels")
        for level in set(changed.levels) - set(current.levels) - set(known):
            raise ValidationError.about(
                "retention_policy",
                f"{level!r} is not one of {', '.join(known)}",
                Rule.NOT_A_LEVEL,
                value=level,
            )
        settings.put(s, "retention_policy", changed.to_json())
        settings.put(s, "retention_policy_set_at", now_iso())
        s.commit()
    return policy(store)


def due(store: Store, *, limit: int = PAGE, after: tuple[str, str] | None = None) -> DuePage:
    """Records past their review date, oldest last change first, a page of `limit`."""
    in_force = policy(store).in_force
    with store.session() as s:
        conn = s.connection()
        sources = [_sources(conn, kind, in_force, after, limit + 1) for kind in retention_rules.KINDS]
        merged = heapq.merge(
            *itertools.chain.from_iterable(sources), key=lambda r: (r.updated_at, r.record_id)
        )
        found = list(itertools.islice(merged, limit + 1))
    page = tuple(found[:limit])
    more = len(found) > limit
    return DuePage(page, (page[-1].updated_at, page[-1].record_id) if more and page else None)


def _sources(
    conn: Connection, kind: str, in_force: Policy, after: tuple[str, str] | None, limit: int
) -> list[Iterator[DueRecord]]:
    """Each a list of due records of `kind` in order: past the kind's period, past a level's
    shorter one (and not the kind's), kept until a day gone by."""
    kind_days = in_force.kinds.get(kind, 0)
    found = []
    if kind_days:
        found.append(_by_policy(conn, kind, kind_days, None, None, after, limit))
    if kind in LEVELLED_KINDS:
        for level, days in in_force.levels.items():
            if days and (not kind_days or days < kind_days):
                found.append(_by_policy(conn, kind, days, level, kind_days, after, limit))
    found.append(_by_keep(conn, kind, after, limit))
    return found


def _cutoff(days: int) -> str:
    return utc_iso(datetime.now(UTC) - timedelta(days=days))


def _by_policy(
    conn: Connection,
    kind: str,
    days: int,
    level: str | None,
    kind_days: int | None,
    after: tuple[str, str] | None,
    limit: int,
) -> Iterator[DueRecord]:
    table = spec(kind).table_name
    where = ["t.deleted_at IS NULL", "t.updated_at < ?"]
    params: list[object] = [_cutoff(days)]
    if level is not None:
        where.append("t.sensitivity = ?")
        params.append(level)
        if kind_days:  # older ones are due by the kind's period, read by that source
            where.append("t.updated_at >= ?")
            params.append(_cutoff(kind_days))
    if after is not None:
        where.append("(t.updated_at, t.id) > (?, ?)")
        params += after
    sql = (
        f"SELECT t.id, t.updated_at, {spec(kind).title.sql('t')} FROM {table} t"
        f" WHERE {' AND '.join(where)} AND NOT EXISTS"
        " (SELECT 1 FROM retention_keep k WHERE k.kind = ? AND k.record_id = t.id)"
        " ORDER BY t.updated_at, t.id LIMIT ?"
    )
    rows = conn.exec_driver_sql(sql, (*params, kind, limit)).all()
    for record_id, updated_at, title in rows:
        review = (_day(updated_at) + timedelta(days=days)).isoformat()
        yield DueRecord(Kind(kind), record_id, str(title or ""), updated_at, review, Why.POLICY)


def _by_keep(conn: Connection, kind: str, after: tuple[str, str] | None, limit: int) -> Iterator[DueRecord]:
    table = spec(kind).table_name
    cursor = " AND (t.updated_at, t.id) > (?, ?)" if after is not None else ""
    sql = (
        f"SELECT t.id, t.updated_at, {spec(kind).title.sql('t')}, k.until, k.reason"
        f" FROM retention_keep k JOIN {table} t ON t.id = k.record_id"
        f" WHERE k.kind = ? AND k.until <= ? AND t.deleted_at IS NULL{cursor}"
        " ORDER BY t.updated_at, t.id LIMIT ?"
    )
    rows = conn.exec_driver_sql(sql, (kind, today().isoformat(), *(after or ()), limit)).all()
    for record_id, updated_at, title, until, reason in rows:
        yield DueRecord(Kind(kind), record_id, str(title or ""), updated_at, until, Why.KEPT, reason)


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


def find(store: Store, record_id: str) -> tuple[Kind, str]:
    """The kind and full id of a live record of a retained kind, by id or unique prefix."""
    found = []
    with store.session() as s:
        for kind in retention_rules.KINDS:
            try:
                found.append((Kind(kind), resolve_id(s, spec(kind), record_id)))
            except NotFoundError:
                continue
    if len(found) > 1:
        raise ValidationError(
            f"id prefix {record_id!r} matches records of several kinds", rule=Rule.AMBIGUOUS
        )
    if not found:
        raise NotFoundError(f"no record with id {record_id}")
    return found[0]


def keep(store: Store, records: Sequence[tuple[Kind, str]], *, until: date, reason: str = "") -> Kept:
    """Keep `records` until `until` (a day after today), with a reason; all or none."""
    if until <= today():
        raise ValidationError.about(
            "until", f"{until.isoformat()} is not in the future", Rule.OUT_OF_RANGE, value=until.isoformat()
        )
    reason = reason.strip()
    if len(reason) > MAX_REASON_LENGTH:
        raise ValidationError.about("reason", f"longer than {MAX_REASON_LENGTH}", Rule.TOO_LONG)
    with store.session() as s:
        for kind, record_id in records:
            live = resolve_id(s, spec(kind), record_id)
            s.connection().exec_driver_sql(
                "INSERT INTO retention_keep (kind, record_id, until, reason, kept_at, kept_by)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, record_id) DO UPDATE SET"
                " until = excluded.until, reason = excluded.reason, kept_at = excluded.kept_at,"
                " kept_by = excluded.kept_by",
                (kind.value, live, until.isoformat(), reason, now_iso(), store.author.officer),
            )
        s.commit()
    return Kept(len(records), until.isoformat())


def purge_due(store: Store, records: Sequence[tuple[Kind, str]], *, reason: str) -> Changes:
    """Purge records of the Review list for good (services.record_purge, one purge per kind);
    what changed, for the screens."""
    changes = NOTHING
    for kind in sorted({k for k, _ in records}):
        ids = [record_id for k, record_id in records if k is kind]
        changes = changes.merge(record_purge.purge(store, kind.value, ids, reason=reason).changes)
    return changes
