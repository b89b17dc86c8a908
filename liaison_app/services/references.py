"""What points at a record: live records whose reference fields name it.

Found through the registry, so a new reference field is covered by its entry: single
references (foreign keys and the action's owner) by column, lists of ids (a meeting's
attendees and organizations) through `json_each`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import JSON, Connection, text

from liaison_app.kinds import KINDS, Kind, KindSpec, spec
from liaison_app.store import Store

SAMPLE = 20  # names shown of the records pointing at one; the counts are always complete


@dataclass(frozen=True, slots=True)
class Referrer:
    """One live record that points at another, and through which field."""

    kind: Kind
    record_id: str
    title: str
    field: str


@dataclass(frozen=True, slots=True)
class References:
    """Who points at a record: how many of each kind, and the first few by name."""

    counts: tuple[tuple[Kind, int], ...]
    sample: tuple[Referrer, ...]

    @property
    def total(self) -> int:
        """How many live records point at it (a record pointing twice counts twice)."""
        return sum(n for _, n in self.counts)


def referrers(store: Store, *, kind: str, record_id: str) -> References:
    """The live records that name `record_id` (of `kind`) in any reference field."""
    target = spec(kind).kind
    counts: dict[Kind, int] = {}
    sample: list[Referrer] = []
    with store.session() as s:
        conn = s.connection()
        for kind_spec, field_name, is_list in _fields_naming(target):
            where = _condition(field_name, is_list)
            params = {"id": record_id}
            if kind_spec.kind is target:  # a record naming itself does not hold it back
                where += " AND t.id != :id"
            table = kind_spec.table_name
            count = conn.execute(text(f"SELECT count(*) FROM {table} t WHERE {where}"), params).scalar_one()
            if not count:
                continue
            counts[kind_spec.kind] = counts.get(kind_spec.kind, 0) + int(count)
            sample += _sample(conn, kind_spec, field_name, where, params, SAMPLE - len(sample))
    return References(counts=tuple(counts.items()), sample=tuple(sample))


def _fields_naming(target: Kind) -> list[tuple[KindSpec, str, bool]]:
    """Every (kind, field, holds a list) whose field names records of `target`."""
    found = []
    for kind_spec in KINDS.values():
        columns = kind_spec.table.__table__.columns  # type: ignore[attr-defined]
        for f in kind_spec.fields:
            if f.refers_to is target:
                found.append((kind_spec, f.name, isinstance(columns[f.name].type, JSON)))
    return found


def _condition(field_name: str, is_list: bool) -> str:
    live = "t.deleted_at IS NULL AND "
    if is_list:
        return live + f"EXISTS (SELECT 1 FROM json_each(t.{field_name}) WHERE value = :id)"
    return live + f"t.{field_name} = :id"


def _sample(
    conn: Connection, kind_spec: KindSpec, field_name: str, where: str, params: dict[str, str], limit: int
) -> list[Referrer]:
    if limit <= 0:
        return []
    sql = f"SELECT t.id, {kind_spec.title.sql('t')} FROM {kind_spec.table_name} t WHERE {where} LIMIT {limit}"
    rows = conn.execute(text(sql), params)
    return [Referrer(kind_spec.kind, row[0], row[1], field_name) for row in rows]
