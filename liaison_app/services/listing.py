"""Big record lists for the GUI: ordered ids of a filter and sort, then rows by the page.

A list screen asks once for the ordered ids of what it shows (filter, search and sort all
computed in SQL) and then for the rows of the pages that scroll into view. Both read
plain tuples through `snapshot_cursor.cursor`: no write lock, no ORM objects for 100k rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from db import fts
from liaison_app import vocab
from liaison_app.clock import now_iso, today
from liaison_app.errors import ValidationError
from liaison_app.kinds import Kind, spec
from liaison_app.services.snapshot_cursor import cursor as _cursor
from liaison_app.store import Store

# SQLite caps bound parameters per statement; pages stay far below it.
_MAX_IDS_PER_QUERY = 900
_CLOSED = ", ".join(f"'{s}'" for s in sorted(vocab.CLOSED_ACTION_STATUSES))


def _label(options: Mapping[str, str]) -> Callable[[Any], str]:
    return lambda v: options.get(v, v or "")


def _joined(value: Any) -> str:
    return ", ".join(json.loads(value)) if value else ""


@dataclass(frozen=True, slots=True)
class Column:
    """One list column: its SQL expression, header and how a cell is written."""

    key: str
    label: str
    expr: str
    # Defaults to the expression, case-insensitively. Each has an index over live rows
    # (db/indexes.py); a column showing another record's name sorts by the row's own copy
    # of it (db/sort_keys.py), which the LEFT JOIN cannot give in index order.
    sort_expr: str | None = None
    fmt: Callable[[Any], str] | None = None

    @property
    def order_by(self) -> str:
        return self.sort_expr or f"{self.expr} COLLATE NOCASE"


@dataclass(frozen=True, slots=True)
class FilterSpec:
    """A named list filter: a SQL condition, with `:value` bound when it takes one."""

    label: str
    condition: str
    takes_value: bool = False
    # Whether the condition names a joined table (not only `t`): counts and pages of ids
    # then keep the list's joins, which SQLite does not drop for them (twice the cost).
    joins: bool = False
    # The same condition spelled so a count reads an index range (None: `condition` does).
    count_condition: str | None = None
    # The value is a list of ids joined by commas, bound one parameter each where the
    # condition says `:values` (SQLite plans a list of values; a subquery it cannot size).
    many: bool = False
    # The same condition spelled for a page that walks the list's order index and tests each
    # row (None: `condition` does): when most rows match, a walk stops after a page, where
    # seeking the filter's index would sort every match first (list_window decides).
    walk_condition: str | None = None


@dataclass(frozen=True, slots=True)
class ListSpec:
    """How one kind is listed: its FROM clause (the kind's table aliased `t`), columns,
    default sort and filters."""

    source: str
    columns: tuple[Column, ...]
    default_sort: str
    default_descending: bool
    filters: Mapping[str, FilterSpec]
    alert: str = "0"  # SQL truth value that marks a row for attention (e.g. overdue)
    # The filter a list screen starts with (one of `filters`, "" for everything): the action
    # list hides done and cancelled actions until the officer picks "All" or "Done".
    default_filter: str = ""
    # Filters a count reads from the kept `list_count` rows (db/list_counts.py), each as a
    # condition on them (`k`): a count of these alone sums a few hundred rows, where walking
    # an index of a province's 445k contacts or the 580k open actions took 0.2-1 s at HQ.
    kept_counts: Mapping[str, str] = field(default_factory=dict)
    # A partial index holding exactly the rows of these filters in the default order: a page
    # in that order names it. Without statistics (a synced store has none) SQLite cannot tell
    # it from the wider index of every live row in the same order, and may walk that one.
    order_indexes: Mapping[frozenset[str], str] = field(default_factory=dict)

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise ValidationError(f"sort: no column {key!r}")


class Row(NamedTuple):
    """One list row as display text, plus whether it needs attention and its sharing scope
    (local, hq or mission: the list marks the first two)."""

    cells: tuple[str, ...]
    alert: bool
    scope: str = "mission"


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What a list shows: a kind, search text, named filters and a sort column."""

    kind: str
    text: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    sort: str | None = None
    descending: bool | None = None


_OFFICER = FilterSpec(
    "Recorded by officer",
    "t.author_officer = :value",
    takes_value=True,
    # The officer index is case-insensitive (the column's sort): its range holds the exact
    # matches, which the second test keeps (0.1 s instead of a 1 s scan at 516k; not for
    # pages, where the planner would then sort every row of the officer for each one).
    count_condition="t.author_officer COLLATE NOCASE = :value AND t.author_officer = :value",
)
_OVERDUE = f"(t.due IS NOT NULL AND t.due < :today AND t.status NOT IN ({_CLOSED}))"

# --- the filters every list has (issue 11), combinable with each other and with the rest ---
# Origin: the device that recorded it (an officer's work, whatever name they typed).
_DEVICE = FilterSpec("Recorded on device", "t.author_device = :value", takes_value=True)
# The value is the area and every area inside it (list_filters resolves it with areas.within).
_AREA = FilterSpec(
    "Area", "t.area_id IN :values", takes_value=True, many=True, walk_condition="+t.area_id IN :values"
)
# The same two, as conditions on a table's kept counts (ListSpec.kept_counts).
# A row without an area is kept under '', which no area filter names (an empty one matches nothing).
_KEPT = {"area": "k.area IN :values AND k.area <> ''", "device": "k.device = :value"}
# Meetings that name the organization or one of its contacts as attending (meeting_link).
_MEETINGS_OF_ORG = (
    "SELECT meeting_id FROM meeting_link WHERE record_id = :value"
    " UNION SELECT l.meeting_id FROM contact c JOIN meeting_link l ON l.record_id = c.id"
    " WHERE c.organization_id = :value AND c.deleted_at IS NULL"
)
_CONTACTS_OF_ORG = "SELECT id FROM contact WHERE organization_id = :value AND deleted_at IS NULL"


def _dates(column: str) -> dict[str, FilterSpec]:
    """From and to (both days included) on a date or UTC date-time column."""
    return {
        "from": FilterSpec("From", f"t.{column} >= :value", takes_value=True),
        # Days are compared as text: every such column starts with its YYYY-MM-DD.
        "to": FilterSpec("To", f"t.{column} < date(:value, '+1 day')", takes_value=True),
    }


# On the action list dates are due dates, whose index puts undated actions last: the range
# names that index's first part, so it seeks instead of walking every dated action.
_DUE_DATES = {
    "from": FilterSpec("From", "(t.due IS NULL) = 0 AND t.due >= :value", takes_value=True),
    "to": FilterSpec("To", "(t.due IS NULL) = 0 AND t.due <= :value", takes_value=True),
}

SPECS: dict[Kind, ListSpec] = {
    Kind.ORG: ListSpec(
        source="organization t LEFT JOIN organization p ON p.id = t.parent_id AND p.deleted_at IS NULL",
        columns=(
            Column("name", "Name", "t.name"),
            Column("acronym", "Acronym", "t.acronym"),
            Column("org_type", "Type", "t.org_type", fmt=_label(vocab.ORG_TYPES)),
            Column("sectors", "Sectors", "t.sectors", fmt=_joined),
            Column("parent", "Part of", "coalesce(p.name, '')", sort_expr="t.sort_parent COLLATE NOCASE"),
            Column("officer", "Recorded by", "t.author_officer"),
        ),
        default_sort="name",
        default_descending=False,
        filters={
            "officer": _OFFICER,
            "type": FilterSpec("Type", "t.org_type = :value", takes_value=True),
            "parent": FilterSpec("Part of", "t.parent_id = :value", takes_value=True),
            "device": _DEVICE,
            # The organization itself and its branches (the organizations part of it).
            "organization": FilterSpec(
                "Organization", "(t.id = :value OR t.parent_id = :value)", takes_value=True
            ),
            "area": _AREA,
            **_dates("updated_at"),
        },
        kept_counts=_KEPT,
    ),
    Kind.CONTACT: ListSpec(
        source="contact t LEFT JOIN organization o ON o.id = t.organization_id AND o.deleted_at IS NULL",
        columns=(
            Column("full_name", "Name", "t.full_name"),
            Column("position", "Position", "t.position"),
            Column(
                "organization",
                "Organization",
                "coalesce(o.name, '')",
                sort_expr="t.sort_organization COLLATE NOCASE",
            ),
            Column("location", "Location", "t.location"),
            Column("sensitivity", "Sensitivity", "t.sensitivity"),
            Column("officer", "Recorded by", "t.author_officer"),
        ),
        default_sort="full_name",
        default_descending=False,
        filters={
            "officer": _OFFICER,
            "organization": FilterSpec("Organization", "t.organization_id = :value", takes_value=True),
            "do_not_contact": FilterSpec("Do not contact", "t.do_not_contact"),
            "device": _DEVICE,
            "area": _AREA,
            **_dates("updated_at"),
        },
        alert="t.do_not_contact",
        kept_counts=_KEPT,
    ),
    Kind.MEETING: ListSpec(
        source="meeting t",
        columns=(
            # Stored as typed, with its offset: the GUI writes it as the display setting asks.
            Column("start", "Start", "t.start", sort_expr="t.start_utc"),
            Column("title", "Title", "t.title"),
            Column("meeting_type", "Type", "t.meeting_type", fmt=_label(vocab.MEETING_TYPES)),
            Column("location", "Location", "t.location"),
            Column(
                "attendees",
                "Attendees",
                "json_array_length(t.attendee_ids)",
                sort_expr="json_array_length(t.attendee_ids)",
                fmt=str,
            ),
            Column("status", "Status", "t.status", fmt=_label(vocab.MEETING_STATUSES)),
            Column("officer", "Recorded by", "t.author_officer"),
        ),
        default_sort="start",
        default_descending=True,
        filters={
            "officer": _OFFICER,
            # Named as represented, or one of its contacts attended.
            "organization": FilterSpec("Organization", f"t.id IN ({_MEETINGS_OF_ORG})", takes_value=True),
            "attendee": FilterSpec(
                "Attendee",
                "EXISTS (SELECT 1 FROM json_each(t.attendee_ids) WHERE value = :value)",
                takes_value=True,
            ),
            "upcoming": FilterSpec("Upcoming", "t.start_utc >= :now"),
            "past": FilterSpec("Past", "t.start_utc < :now"),
            "device": _DEVICE,
            "area": _AREA,
            **_dates("start_utc"),
        },
        kept_counts=_KEPT,
    ),
    Kind.ACTION: ListSpec(
        source=(
            # Deleted records are not named: the Trash holds them, the lists do not.
            "action_item t LEFT JOIN contact c ON c.id = t.owner AND c.deleted_at IS NULL"
            " LEFT JOIN meeting m ON m.id = t.meeting_id AND m.deleted_at IS NULL"
        ),
        columns=(
            Column("title", "Title", "t.title"),
            Column("due", "Due", "coalesce(t.due, '')", sort_expr="t.due IS NULL, t.due"),
            Column("status", "Status", "t.status", fmt=_label(vocab.ACTION_STATUSES)),
            Column("priority", "Priority", "t.priority", fmt=_label(vocab.PRIORITIES)),
            Column(
                "owner",
                "Owner",
                # "me" is the officer who recorded the action, named so on every device.
                f"CASE WHEN t.owner = '{vocab.OWNER_ME}' THEN t.author_officer"
                " ELSE coalesce(c.full_name, '') END",
                sort_expr="t.sort_owner COLLATE NOCASE",
            ),
            Column(
                "meeting", "From meeting", "coalesce(m.title, '')", sort_expr="t.sort_meeting COLLATE NOCASE"
            ),
            Column("officer", "Recorded by", "t.author_officer"),
        ),
        default_sort="due",
        default_descending=False,
        filters={
            "officer": _OFFICER,
            "overdue": FilterSpec("Overdue", _OVERDUE),
            "open": FilterSpec("Open", f"t.status NOT IN ({_CLOSED})"),
            "done": FilterSpec("Done or cancelled", f"t.status IN ({_CLOSED})"),
            "status": FilterSpec("Status", "t.status = :value", takes_value=True),
            "meeting": FilterSpec("From meeting", "t.meeting_id = :value", takes_value=True),
            # Owned by one of its contacts, or from a meeting of it (as the meeting list says).
            "organization": FilterSpec(
                "Organization",
                f"(t.owner IN ({_CONTACTS_OF_ORG}) OR t.meeting_id IN ({_MEETINGS_OF_ORG}))",
                takes_value=True,
            ),
            "device": _DEVICE,
            # The area of the meeting it came from.
            # The row's copy of its meeting's area (db/area_keys.py).
            "area": FilterSpec(
                "Area",
                "t.meeting_area IN :values",
                takes_value=True,
                many=True,
                walk_condition="+t.meeting_area IN :values",
            ),
            **_DUE_DATES,
        },
        alert=_OVERDUE,
        default_filter="open",
        kept_counts={**_KEPT, "open": "k.open = 1", "done": "k.open = 0"},
        order_indexes={frozenset({"open"}): "ix_action_item_open_due"},
    ),
    Kind.AREA: ListSpec(
        source="area t LEFT JOIN area p ON p.id = t.parent_area_id AND p.deleted_at IS NULL",
        columns=(
            Column("name", "Name", "t.name"),
            Column("pcode", "P-code", "t.pcode"),
            Column("level", "Level", "t.level", fmt=_label(vocab.AREA_LEVELS)),
            # P-codes nest (a child's begins with its parent's): their order groups areas
            # under the area they lie in, with no copy of the parent's name to keep.
            Column("parent", "Part of", "coalesce(p.name, '')", sort_expr="t.pcode COLLATE NOCASE"),
            Column("officer", "Recorded by", "t.author_officer"),
        ),
        default_sort="name",
        default_descending=False,
        filters={
            "officer": _OFFICER,
            "level": FilterSpec("Level", "t.level = :value", takes_value=True),
            "parent": FilterSpec("Part of", "t.parent_area_id = :value", takes_value=True),
            # An officer's areas of responsibility (HQ's own assignments), not who wrote them.
            "device": FilterSpec(
                "Assigned to officer",
                "t.id IN (SELECT area_id FROM area_assignment WHERE device_id = :value)",
                takes_value=True,
            ),
            "area": FilterSpec("Area", "t.id IN :values", takes_value=True, many=True),
            **_dates("updated_at"),
        },
    ),
}


def list_spec(kind: str) -> ListSpec:
    """How `kind` is listed (ValidationError for an unknown kind)."""
    return SPECS[spec(kind).kind]


def ordered_ids(
    store: Store, query: ListQuery, *, on: date | None = None, limit: int | None = None
) -> list[str]:
    """Ids of the live records `query` selects, in its order (search narrows, never ranks);
    the first `limit` of them when given (a first page: an index walk that stops early)."""
    found = ids_query(query, on=on, limit=limit)
    if found is None:
        return []
    sql, params = found
    with _cursor(store) as cur:
        return [row[0] for row in cur.execute(sql, params)]


def position(
    store: Store,
    query: ListQuery,
    record_id: str,
    ordered: Sequence[str],
    *,
    skip: int | None = None,
    on: date | None = None,
) -> int | None:
    """Where `record_id` belongs among `ordered` (the ids `query` gave, without the one at
    `skip`), or None if `query` does not list it now.

    After one write a list moves, adds or drops one row instead of reading every id again:
    a binary search whose comparisons SQL makes with the list's own ORDER BY (about 20
    indexed two-row lookups for 500k rows, where reading the ids takes a third of a second).
    """
    selected = selection(query, on)
    if selected is None:
        return None
    ls, where, params = selected
    listed = f"SELECT 1 FROM {ls.source} WHERE {' AND '.join(where)} AND t.id = :record_id"
    first = f"SELECT t.id FROM {ls.source} WHERE t.id IN (:a, :b) ORDER BY {order_clause(ls, query)} LIMIT 1"
    with _cursor(store) as cur:
        if cur.execute(listed, {**params, "record_id": record_id}).fetchone() is None:
            return None
        low, high = 0, len(ordered) - (0 if skip is None else 1)
        while low < high:
            middle = (low + high) // 2
            other = ordered[middle if skip is None or middle < skip else middle + 1]
            row = cur.execute(first, {"a": record_id, "b": other}).fetchone()
            if row is not None and row[0] == record_id and other != record_id:
                high = middle
            else:
                low = middle + 1
        return low


def selection(
    query: ListQuery, on: date | None, *, counting: bool = False, walking: bool = False
) -> tuple[ListSpec, list[str], dict[str, Any]] | None:
    """The list's spec, WHERE conditions and parameters for `query` (None: nothing matches);
    `counting`: each filter as its count reads it fastest (the same rows); `walking`: as a
    walk of the order index tests it row by row (the same rows)."""
    ls = list_spec(query.kind)
    # Matches the partial indexes on live rows (migration 2), which also hold the default order.
    where = ["t.deleted_at IS NULL"]
    params: dict[str, Any] = {"today": (on or today()).isoformat(), "now": now_iso()}
    for index, (name, value) in enumerate(sorted(query.filters.items())):
        condition = _filter(ls, name)
        sql = (condition.count_condition if counting else None) or condition.condition
        if walking and condition.walk_condition:
            sql = condition.walk_condition
        where.append(bind(sql, condition, index, value, params))
    if query.text.strip():
        expression = fts.match_expression(query.text)
        if expression is None:
            return None  # only punctuation: nothing can match
        # A subquery keeps a broad prefix ("a*") from shipping 100k ids through Python.
        where.append(
            "t.id IN (SELECT d.record_id FROM search_index s JOIN search_doc d"
            " ON d.rowid = s.rowid WHERE search_index MATCH :match AND d.kind = :kind)"
        )
        params.update(match=expression, kind=query.kind)
    return ls, where, params


def bind(sql: str, condition: FilterSpec, index: int, value: str, params: dict[str, Any]) -> str:
    """`sql` (`condition` spelled one way) with its value bound as the `index`th filter's
    parameters, added to `params`; a list of ids binds one parameter each."""
    if condition.many:
        items = [v for v in value.split(",") if v] or [""]  # nothing listed: matches nothing
        names = [f"v{index}_{n}" for n in range(len(items))]
        params.update(zip(names, items, strict=True))
        return sql.replace(":values", "(" + ", ".join(f":{n}" for n in names) + ")")
    if condition.takes_value:
        params[f"v{index}"] = value
        return sql.replace(":value", f":v{index}")
    return sql


def kept_count(query: ListQuery) -> tuple[str, dict[str, Any]] | None:
    """The SQL of `query`'s count from the kept `list_count` rows, when every filter it has
    is one they keep (None: the count reads the records)."""
    ls = list_spec(query.kind)
    if query.text.strip() or not query.filters or not set(query.filters) <= set(ls.kept_counts):
        return None
    params: dict[str, Any] = {"table": spec(query.kind).table_name}
    where = ["k.tbl = :table"]
    for index, (name, value) in enumerate(sorted(query.filters.items())):
        where.append(bind(ls.kept_counts[name], _filter(ls, name), index, value, params))
    return f"SELECT coalesce(sum(k.live), 0) FROM list_count k WHERE {' AND '.join(where)}", params


def ids_query(
    query: ListQuery, *, on: date | None = None, limit: int | None = None
) -> tuple[str, dict[str, Any]] | None:
    """The SQL and parameters of `query`'s ordered ids (None: nothing can match); shown
    with EXPLAIN QUERY PLAN by the plan tests and the list-order benchmark."""
    selected = selection(query, on)
    if selected is None:
        return None
    ls, where, params = selected
    source = indexed_source(ls, query, ls.source)
    sql = f"SELECT t.id FROM {source} WHERE {' AND '.join(where)} ORDER BY {order_clause(ls, query)}"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return sql, params


def indexed_source(ls: ListSpec, query: ListQuery, source: str, *, walking: bool = False) -> str:
    """`source` with the kind's table read through its `order_indexes` entry for `query`'s
    filters when the page is in the default order (a walk tests its walked filters itself)."""
    if query.text.strip() or (query.sort or ls.default_sort) != ls.default_sort:
        return source
    names = {n for n in query.filters if not (walking and ls.filters[n].walk_condition)}
    index = ls.order_indexes.get(frozenset(names))
    if index is None:
        return source
    table = source.split(" ", 1)[0]
    return source.replace(f"{table} t", f"{table} t INDEXED BY {index}", 1)


def order_clause(ls: ListSpec, query: ListQuery) -> str:
    """The ORDER BY of `query`: its column's sort key in its direction, then the id."""
    column = ls.column(query.sort or ls.default_sort)
    descending = ls.default_descending if query.descending is None else query.descending
    direction = " DESC" if descending else ""
    order = ", ".join(f"{part.strip()}{direction}" for part in column.order_by.split(","))
    # Ties by id in the same direction: the index (key, id) read backwards is then the whole
    # order. Mixed directions would sort every run of equal keys (a status holds 300k rows).
    return f"{order}, t.id{direction}"


def narrow(store: Store, query: ListQuery, ordered: Sequence[str]) -> list[str]:
    """The ids among `ordered` that match `query.text`, in the same order.

    `ordered` is the list without search text (as `ordered_ids` gives it). Typing into a
    search box then costs one index lookup and a set test per id, instead of re-sorting
    every matching row in SQL on each keystroke.
    """
    if not query.text.strip():
        return list(ordered)
    expression = fts.match_expression(query.text)
    if expression is None:
        return []
    with _cursor(store) as cur:
        matched = {
            row[0]
            for row in cur.execute(
                "SELECT d.record_id FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
                " WHERE search_index MATCH ? AND d.kind = ?",
                (expression, query.kind),
            )
        }
    return [record_id for record_id in ordered if record_id in matched]


def load_rows(store: Store, kind: str, ids: Sequence[str], *, on: date | None = None) -> dict[str, Row]:
    """Display rows for `ids` (live ones only; a vanished id is simply absent)."""
    ls = list_spec(kind)
    exprs = ", ".join(c.expr for c in ls.columns)
    rows: dict[str, Row] = {}
    with _cursor(store) as cur:
        for start in range(0, len(ids), _MAX_IDS_PER_QUERY):
            chunk = list(ids[start : start + _MAX_IDS_PER_QUERY])
            marks = ", ".join("?" for _ in chunk)
            alert_sql = ls.alert.replace(":today", "?")
            sql = (
                f"SELECT t.id, ({alert_sql}), {_scope_sql(kind)}, {exprs} FROM {ls.source}"
                f" WHERE t.deleted_at IS NULL AND t.id IN ({marks})"
            )
            alert_params = [(on or today()).isoformat()] if ":today" in ls.alert else []
            for record_id, alert, scope, *values in cur.execute(sql, [*alert_params, *chunk]):
                cells = tuple(
                    c.fmt(v) if c.fmt else ("" if v is None else str(v))
                    for c, v in zip(ls.columns, values, strict=True)
                )
                rows[record_id] = Row(cells, bool(alert), str(scope))
    return rows


def _scope_sql(kind: str) -> str:
    """The row's sharing scope as SQL (services/privacy.py: the mark, else `sharing`)."""
    names = {f.name for f in spec(kind).fields}
    if "sharing" not in names:
        return "'mission'"  # areas are the mission's list
    return "CASE WHEN t.do_not_share THEN 'local' ELSE t.sharing END"


def titles(store: Store, kind: str, ids: Sequence[str]) -> dict[str, str]:
    """The title people read for each live id (for reference fields and pickers)."""
    kind_spec = spec(kind)
    table, title_expr = kind_spec.table_name, kind_spec.title.sql("t")
    found: dict[str, str] = {}
    with _cursor(store) as cur:
        for start in range(0, len(ids), _MAX_IDS_PER_QUERY):
            chunk = list(ids[start : start + _MAX_IDS_PER_QUERY])
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT t.id, {title_expr} FROM {table} t WHERE t.deleted_at IS NULL AND t.id IN ({marks})"
            found.update((i, str(t)) for i, t in cur.execute(sql, chunk))
    return found


def officers(store: Store, kind: str) -> list[str]:
    """The officers who recorded live records of `kind`, by name (the origin filter's choices)."""
    table = spec(kind).table_name
    with _cursor(store) as cur:
        sql = (
            f"SELECT DISTINCT author_officer FROM {table} WHERE deleted_at IS NULL"
            " ORDER BY author_officer COLLATE NOCASE"
        )
        return [row[0] for row in cur.execute(sql)]


def count(store: Store, kind: str) -> int:
    """How many live records of `kind` the profile holds."""
    table = spec(kind).table_name
    with _cursor(store) as cur:
        return int(cur.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])


def _filter(ls: ListSpec, name: str) -> FilterSpec:
    try:
        return ls.filters[name]
    except KeyError:
        known = ", ".join(sorted(ls.filters))
        raise ValidationError(f"filter: {name!r} is not one of {known}") from None
