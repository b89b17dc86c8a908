"""Stored values as people read them: field names, values, times, and the titles of the
records that reference fields point to (instead of their raw ids).

Shared by the sync screens and the dashboard; no Qt here, so every rule is tested plainly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from liaison_app import vocab
from liaison_app.kinds import Kind, reference_kinds
from liaison_app.services import listing
from liaison_app.store import Store

DELETED_FIELD = "_deleted"
NOT_HERE = "(not on this device)"


def field_label(field: str) -> str:
    """A field name as people read it ('organization_ids' -> 'organizations')."""
    if field == DELETED_FIELD:
        return "deleted or kept"
    if field.endswith("_ids"):
        return field.removesuffix("_ids").replace("_", " ") + "s"
    return field.removesuffix("_id").replace("_", " ")


def referenced_ids(field: str, value: Any) -> list[str]:
    """The record ids a stored value of a reference field names (none for other fields)."""
    if field not in reference_kinds() or value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [v for v in items if isinstance(v, str) and v and not (field == "owner" and v == vocab.OWNER_ME)]


def reference_titles(store: Store, values: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """The title of each live record that the (field, stored value) pairs refer to, by id;
    ids of records deleted or never received here are left out."""
    wanted: dict[Kind, set[str]] = {}
    refers_to = reference_kinds()  # "owner" may also hold "me"
    for field, value in values:
        ids = referenced_ids(field, value)
        if ids:
            wanted.setdefault(refers_to[field], set()).update(ids)
    titles: dict[str, str] = {}
    for kind, kind_ids in wanted.items():
        titles.update(listing.titles(store, kind, sorted(kind_ids)))
    return titles


def value_text(field: str, value: Any, titles: Mapping[str, str] | None = None) -> str:
    """A stored value as one readable text; with `titles` (from reference_titles) a
    reference field names its records, one per line, or says it is not on this device."""
    if field == DELETED_FIELD:
        return "Deleted" if value is True else "Kept"
    if value is None or value == "" or value == []:
        return "(empty)"
    if titles is not None and field in reference_kinds():
        items = value if isinstance(value, list) else [value]
        return "\n".join(_reference_text(field, item, titles) for item in items)
    if isinstance(value, list):
        return "\n".join(_item_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _reference_text(field: str, item: Any, titles: Mapping[str, str]) -> str:
    if field == "owner" and item == vocab.OWNER_ME:
        return "me"
    return titles.get(str(item), NOT_HERE)


def _item_text(item: Any) -> str:
    if isinstance(item, dict):
        return " · ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


def _moment(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def stamp(iso: str | None) -> str:
    """An ISO time as 'YYYY-MM-DD HH:MM UTC' (or 'never')."""
    if not iso:
        return "never"
    moment = _moment(iso)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else iso


def local_time(iso: str) -> str:
    """A stored time as 'YYYY-MM-DD HH:MM' on this machine's clock (the text if unreadable)."""
    moment = _moment(iso)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else iso
