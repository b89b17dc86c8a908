"""References to merged-away records, mapped to the record they resolve into.

A record written without knowing of a merge (a meeting typed offline naming the contact
that was merged away) must name the kept record once the merge is known. Its operations
keep the value they carry; the row shows that value mapped through the merges, and the
value the operations hold is kept in `sync_merge_ref` while the two differ, so an unmerge
(or a cycle broken differently) maps it again from what was written. Every row is then a
function of the operations, whatever order they arrived in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection

from sync import records

# Reference fields naming a record of a kind that merges: (field, holds a list of ids).
# The record-kind registry says the same (liaison_app.kinds, `refers_to`); a test compares.
REFERENCES: dict[str, tuple[tuple[str, bool], ...]] = {
    "org": (("parent_id", False),),
    "contact": (("organization_id", False),),
    "meeting": (("attendee_ids", True), ("organization_ids", True)),
    "action": (("owner", False),),
}


def naming(conn: Connection, record_ids: Iterable[str]) -> set[tuple[str, str]]:
    """The (kind, id) of every row whose reference fields name one of these records, found by
    index (meeting lists through `meeting_link`), tombstones included."""
    found: set[tuple[str, str]] = set()
    for record_id in sorted(set(record_ids)):
        for (meeting_id,) in conn.exec_driver_sql(
            "SELECT meeting_id FROM meeting_link WHERE record_id = ?", (record_id,)
        ):
            found.add(("meeting", meeting_id))
        for kind, fields in REFERENCES.items():
            for name, is_list in fields:
                if is_list:
                    continue
                rows = conn.exec_driver_sql(
                    f'SELECT id FROM {records.table_name(kind)} WHERE "{name}" = ?', (record_id,)
                )
                found.update((kind, row[0]) for row in rows)
    return found


def mapped_from(conn: Connection, record_ids: Iterable[str]) -> set[tuple[str, str]]:
    """The (kind, id) of rows whose mapped references came from one of these records."""
    wanted = set(record_ids)
    found: set[tuple[str, str]] = set()
    for record_id, kind, original in conn.exec_driver_sql(
        "SELECT record_id, kind, original FROM sync_merge_ref"
    ):  # only rows written concurrently with a merge: a handful, never the store
        value = json.loads(original)
        names = value if isinstance(value, list) else [value]
        if wanted.intersection(n for n in names if isinstance(n, str)):
            found.add((kind, record_id))
    return found


def remap(
    conn: Connection,
    rows: Iterable[tuple[str, str]],
    into: Mapping[str, str],
    *,
    written: Mapping[str, frozenset[str]] | None = None,
) -> set[tuple[str, str]]:
    """Show each row's references through `into` (merged-away id -> kept id); `written`: the
    fields just written by operations, whose row value is what they hold. Returns the rows
    changed."""
    changed: set[tuple[str, str]] = set()
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in rows:
        if kind in REFERENCES:
            by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        current = records.load_rows(conn, kind, ids)
        kept = _originals(conn, ids)
        for record_id, row in current.items():
            fresh = (written or {}).get(record_id, frozenset())
            for name, is_list in REFERENCES[kind]:
                shown = row[name]
                original = shown if name in fresh else kept.get((record_id, name), shown)
                value = _mapped(original, into, is_list=is_list)
                _keep_original(conn, kind, record_id, name, original if value != original else None)
                if value != shown:
                    conn.exec_driver_sql(
                        f'UPDATE {records.table_name(kind)} SET "{name}" = ? WHERE id = ?',
                        (records.to_sql(kind, name, value), record_id),
                    )
                    changed.add((kind, record_id))
    return changed


def _mapped(value: Any, into: Mapping[str, str], *, is_list: bool) -> Any:
    if is_list and isinstance(value, list):
        return list(dict.fromkeys(into.get(v, v) if isinstance(v, str) else v for v in value))
    if isinstance(value, str):
        return into.get(value, value)
    return value


def _originals(conn: Connection, ids: list[str]) -> dict[tuple[str, str], Any]:
    found: dict[tuple[str, str], Any] = {}
    for start in range(0, len(ids), 400):
        chunk = ids[start : start + 400]
        for record_id, name, original in conn.exec_driver_sql(
            "SELECT record_id, field, original FROM sync_merge_ref"
            f" WHERE record_id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        ):
            found[(record_id, name)] = json.loads(original)
    return found


def _keep_original(conn: Connection, kind: str, record_id: str, name: str, original: Any) -> None:
    if original is None:
        conn.exec_driver_sql(
            "DELETE FROM sync_merge_ref WHERE record_id = ? AND field = ?", (record_id, name)
        )
        return
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_merge_ref (record_id, field, kind, original) VALUES (?, ?, ?, ?)",
        (record_id, name, kind, json.dumps(original)),
    )
