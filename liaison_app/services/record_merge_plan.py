"""What merging two duplicate records would do, before anything is written: per field both
values and the default choice, what moves to the kept record and what would be dropped.

Nothing is dropped silently: a value of the record merged away that differs from the kept
record's, and that the choices do not take, is listed in `dropped`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import KINDS, Kind, KindSpec, spec
from liaison_app.services import records, references
from liaison_app.store import Store
from sync import merge_refs

MERGEABLE = (Kind.ORG, Kind.CONTACT)
# Never chosen: a merge is shared, and a record's privacy mark is its device's decision.
_NOT_CHOSEN = frozenset({"do_not_share"})


class Side(StrEnum):
    """Which record a field's value comes from."""

    KEEP = "keep"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """One field of the two records: both values, and the side taken unless told otherwise
    (the kept record's value, or the other's where the kept one is empty)."""

    name: str
    label: str
    keep: Any
    other: Any
    default: Side

    @property
    def differs(self) -> bool:
        """Whether the two records disagree (only then is there a choice to make)."""
        return bool(self.keep != self.other)


@dataclass(frozen=True, slots=True)
class Dropped:
    """A value of one record that the merge does not keep."""

    field: str
    label: str
    value: Any
    side: Side


@dataclass(frozen=True, slots=True)
class MergePlan:
    """A merge of `other_id` into `keep_id`, before it is applied."""

    kind: Kind
    keep_id: str
    other_id: str
    keep_title: str
    other_title: str
    fields: tuple[FieldChoice, ...]
    moves: references.References  # what names the other record now, and will name the kept one

    def chosen(self, choices: Mapping[str, Side] | None = None) -> dict[str, Side]:
        """Every field's side: the default unless `choices` says otherwise."""
        given = dict(choices or {})
        return {f.name: given.get(f.name, f.default) for f in self.fields}

    def dropped(self, choices: Mapping[str, Side] | None = None) -> tuple[Dropped, ...]:
        """The values the merge with these choices does not keep (empty ones are no loss)."""
        sides = self.chosen(choices)
        found = []
        for f in self.fields:
            if not f.differs:
                continue
            lost = Side.OTHER if sides[f.name] is Side.KEEP else Side.KEEP
            value = f.other if lost is Side.OTHER else f.keep
            if not _empty(value):
                found.append(Dropped(f.name, f.label, value, lost))
        return tuple(found)


def plan(store: Store, *, kind: str, keep_id: str, other_id: str) -> MergePlan:
    """What merging `other_id` into `keep_id` would do; refuses what a merge cannot be."""
    kind_spec = mergeable(kind)
    with store.session() as s:
        keep, other = pair(s, kind_spec, keep_id, other_id)
        fields = tuple(
            _choice(f.name, f.label(), getattr(keep, f.name), getattr(other, f.name))
            for f in kind_spec.fields
            if f.name not in _NOT_CHOSEN
        )
        titles = (kind_spec.title(keep), kind_spec.title(other))
        moves = _moves(s, other.id)
    return MergePlan(kind_spec.kind, keep.id, other.id, titles[0], titles[1], fields, moves)


def _choice(name: str, label: str, keep: Any, other: Any) -> FieldChoice:
    default = Side.OTHER if _empty(keep) and not _empty(other) else Side.KEEP
    return FieldChoice(name, label, keep, other, default)


def _moves(session: Session, record_id: str) -> references.References:
    """The live records naming `record_id`, found by index (what a merge repoints): never a
    scan of the store, which `references.referrers` does for lists of ids."""
    counts: dict[Kind, int] = {}
    sample: list[references.Referrer] = []
    for kind, found_id in sorted(merge_refs.naming(session.connection(), [record_id])):
        kind_spec = KINDS[Kind(kind)]
        row = session.get(kind_spec.table, found_id)
        if row is None or row.deleted_at is not None or found_id == record_id:
            continue
        counts[kind_spec.kind] = counts.get(kind_spec.kind, 0) + 1
        if len(sample) < references.SAMPLE:
            field = next(n for n, _ in merge_refs.REFERENCES[kind] if _names(getattr(row, n), record_id))
            sample.append(references.Referrer(kind_spec.kind, found_id, kind_spec.title(row), field))
    return references.References(counts=tuple(counts.items()), sample=tuple(sample))


def _names(value: Any, record_id: str) -> bool:
    return record_id in value if isinstance(value, list) else value == record_id


def mergeable(kind: str) -> KindSpec:
    """The registry entry of a kind whose records merge (organizations and contacts)."""
    kind_spec = spec(kind)
    if kind_spec.kind not in MERGEABLE:
        raise ValidationError(f"{kind_spec.plural} are not merged", rule=Rule.UNKNOWN_KIND)
    return kind_spec


def pair(session: Session, kind_spec: KindSpec, keep_id: str, other_id: str) -> tuple[Any, Any]:
    """Both live records, checked: two different ones, neither marked do-not-share."""
    keep = _live(session, kind_spec, keep_id)
    other = _live(session, kind_spec, other_id)
    if keep.id == other.id:
        raise ValidationError(f"cannot merge a {kind_spec.label} into itself", rule=Rule.MERGE_ITSELF)
    for record in (keep, other):
        if getattr(record, "do_not_share", False):
            raise ValidationError(
                f"{kind_spec.label} {record.id[:8]} is marked do-not-share: a merge is shared with"
                " every device; clear the mark first or merge by hand",
                rule=Rule.MERGE_PROTECTED,
            )
    return keep, other


def _live(session: Session, kind_spec: KindSpec, record_id: str) -> Any:
    row = session.get(kind_spec.table, records.resolve_id(session, kind_spec, record_id))
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"no {kind_spec.label} with id {record_id}")
    return row


def parse_side(text: str) -> Side:
    """KEEP or OTHER as typed (any case)."""
    try:
        return Side(text.strip().lower())
    except ValueError:
        raise ValidationError(
            f"expected KEEP or OTHER, not {text!r}", rule=Rule.NOT_A_SIDE, params={"value": text}
        ) from None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}
