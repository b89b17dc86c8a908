"""Stored values as people read them: field names, values, times, and the titles of the
records that reference fields point to (instead of their raw ids).

Shared by the sync screens and the dashboard; no Qt here, so every rule is tested plainly.
No sentences either: labels are label keys the GUI passes through Qt's translation, and
words such as "(empty)" or "never" are markers (`Shown`, None) the GUI words itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from db.models import DERIVED_COLUMNS
from liaison_app import datetime_input, vocab
from liaison_app.datetime_input import DisplayStyle
from liaison_app.kinds import KINDS, FieldSpec, Kind, reference_kinds
from liaison_app.services import listing
from liaison_app.services.snapshot_cursor import cursor as _cursor
from liaison_app.store import Store

_IDS_PER_QUERY = 500

DELETED_FIELD = "_deleted"

# Stored columns no form edits (the registry's `computed` ones), named as people say them
# rather than by their column ("completed_at" read "completed at" in the activity feed).
COMPUTED_LABELS = {"completed_at": "Done on"}
DELETED_LABEL = "Deleted or kept"


class Shown(StrEnum):
    """A value shown as a word rather than as stored: the GUI words each one (no English here)."""

    EMPTY = "empty"  # nothing stored
    DELETED = "deleted"  # the record deleted (the delete-versus-edit "field")
    KEPT = "kept"
    YES = "yes"
    NO = "no"
    ME = "me"  # an action's owner "me" when the officer who recorded it is not known
    NOT_HERE = "not_here"  # a referenced record deleted or never received here


# One line of a value as shown: stored text as it is, or a word the GUI supplies.
Line = str | Shown


def shown_fields(fields: Iterable[str]) -> tuple[str, ...]:
    """The fields of a change worth naming: columns derived from another field (a meeting's
    UTC start) change with it and are left out."""
    return tuple(f for f in fields if f not in DERIVED_COLUMNS)


def field_label(field: str) -> str:
    """A field as a label ("attendee_ids" -> "Attendees"): the registry's caption, the same
    words the editor shows, as the label key the GUI translates in the "field" context."""
    if field == DELETED_FIELD:
        return DELETED_LABEL
    if field in COMPUTED_LABELS:
        return COMPUTED_LABELS[field]
    field = DERIVED_COLUMNS.get(field, field)  # a meeting's UTC start is its start
    for kind_spec in KINDS.values():
        for field_spec in kind_spec.fields:
            if field_spec.name == field:
                return field_spec.label()
    return FieldSpec(field, lambda _ctx, _name, value: value).label()  # not (or no longer) a field


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


def owner_officers(store: Store, action_ids: Iterable[str]) -> dict[str, str]:
    """Who "me" is for each action: the officer who recorded it (deleted ones too), by id."""
    wanted = sorted(set(action_ids))
    found: dict[str, str] = {}
    with _cursor(store) as cur:
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT id, author_officer FROM action_item WHERE id IN ({marks})"
            found.update((str(i), str(o)) for i, o in cur.execute(sql, chunk) if o)
    return found


def value_lines(
    field: str, value: Any, titles: Mapping[str, str] | None = None, *, me: str | None = None
) -> tuple[Line, ...]:
    """A stored value as lines to show; with `titles` (from reference_titles) a reference
    field names its records, one per line, or marks one that is not on this device. An
    owner "me" reads as `me`, the officer who recorded the action (owner_officers), if known."""
    if field == DELETED_FIELD:
        return (Shown.DELETED if value is True else Shown.KEPT,)
    if value is None or value == "" or value == []:
        return (Shown.EMPTY,)
    if titles is not None and field in reference_kinds():
        items = value if isinstance(value, list) else [value]
        return tuple(_reference_line(field, item, titles, me) for item in items)
    if isinstance(value, list):
        return tuple(_item_text(v) for v in value)
    if isinstance(value, bool):
        return (Shown.YES if value else Shown.NO,)
    return (str(value),)


def _reference_line(field: str, item: Any, titles: Mapping[str, str], me: str | None) -> Line:
    if field == "owner" and item == vocab.OWNER_ME:
        return me or Shown.ME
    return titles.get(str(item), Shown.NOT_HERE)


def _item_text(item: Any) -> str:
    if isinstance(item, dict):
        # Entries (a contact point, a meeting point) read as their parts joined.
        return " · ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


def _moment(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def stamp(iso: str | None) -> str | None:
    """An ISO time as 'YYYY-MM-DD HH:MM UTC' (None for never: the GUI words it)."""
    if not iso:
        return None
    moment = _moment(iso)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if moment else iso


def moment_text(text: str, style: DisplayStyle = DisplayStyle.LOCAL) -> str:
    """Any time the services hand over, as the `datetime_display` setting shows it: a stored
    ISO time as its wall time ('YYYY-MM-DD HH:MM', in the offset it was typed in), a local
    time ('YYYY-MM-DD HH:MM') or a stamp ('... UTC') as it is; with DTG each one as a
    military date-time group (`datetime_input.format_dtg`, as the editors write it)."""
    moment = shown_moment(text)
    if moment is None:
        return text
    if style is DisplayStyle.DTG:
        return datetime_input.format_dtg(moment)
    return text if text.endswith(_UTC_SUFFIX) else moment.strftime("%Y-%m-%d %H:%M")


_UTC_SUFFIX = " UTC"


def shown_moment(text: str) -> datetime | None:
    """The wall time `moment_text` shows for `text` (None: not a date-time), for a front end
    that writes it in its own locale."""
    # A stamp ('YYYY-MM-DD HH:MM UTC', from `stamp`) is in UTC; a time without an offset
    # (from `local_time`) is on this machine's clock; an ISO time carries its own offset.
    utc = text.endswith(_UTC_SUFFIX)
    try:
        moment = datetime.fromisoformat(text.removesuffix(_UTC_SUFFIX).replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text) <= len("YYYY-MM-DD"):
        return None  # a date alone (a due date) is not a date-time
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC) if utc else moment.astimezone()


def local_time(iso: str) -> str:
    """A stored time as 'YYYY-MM-DD HH:MM' on this machine's clock (the text if unreadable)."""
    moment = _moment(iso)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else iso
