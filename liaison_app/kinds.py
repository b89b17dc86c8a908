"""The record kinds described once: the registry every layer reads.

Each kind names its table, its user fields (how input becomes a stored value, its
default, which kind a reference points to, its command-line flags, the form widget that
edits it), the rules that span fields, its title (as Python text and as SQL, from one
definition) and the text the search index holds. Services, the CLI, the dump, the list
screens and the editors read these descriptions instead of repeating them per kind: a new
synced field takes the model column, one entry here and one migration.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from db.models import RECORD_TABLES, ActionItem, Contact, Meeting, Organization, RecordBase
from liaison_app import settings, validation, vocab
from liaison_app.clock import now_iso, utc_iso
from liaison_app.errors import NotFoundError, ValidationError


class Kind(StrEnum):
    """A record kind, by the word the CLI takes and changesets carry."""

    ORG = "org"
    CONTACT = "contact"
    MEETING = "meeting"
    ACTION = "action"


class Widget(StrEnum):
    """How a form edits a field (editors lay out their own; this is the fallback)."""

    LINE = "line"
    NOTES = "notes"
    LIST = "list"  # a short list typed with commas
    CHOICE = "choice"
    CHECK = "check"
    DATE = "date"
    DATETIME = "datetime"
    NUMBER = "number"
    REF = "ref"
    REFS = "refs"
    ROWS = "rows"


class MissingReferenceError(NotFoundError):
    """A reference field names a record that is not here (or deleted); `field` says which."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Context:
    """What validators may consult: the open session (to check references)."""

    session: Session

    def live(
        self, table: type[RecordBase], record_id: str, what: str, field: str | None = None
    ) -> RecordBase:
        """The live row `record_id` of `table`, else MissingReferenceError about `field`."""
        row = self.session.get(table, record_id)
        if row is None or row.deleted_at is not None:
            raise MissingReferenceError(f"no {what} with id {record_id}", field=field)
        return row


Cleaner = Callable[[Context, str, Any], Any]


@dataclass(frozen=True, slots=True)
class Flag:
    """One command-line flag of a field: `--name` (default: the field name with hyphens)."""

    name: str | None = None
    help: str = ""
    metavar: str | None = None
    many: bool = False  # repeatable; collected into a list
    switch: bool = False  # --flag / --no-flag
    # Each value becomes an entry {"kind": item_kind, "label", "value"} of a list of entries
    # (a contact's phones and emails): several flags then feed one field.
    item_kind: str | None = None


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One user field: its column, how input becomes a stored value, and how people edit it."""

    name: str
    clean: Cleaner
    default: Callable[[Context], Any] | None = None
    required: bool = False
    set_like: bool = False  # order carries no meaning: canonical dumps sort it
    refers_to: Kind | None = None  # the kind of record its id (or ids) name
    flags: tuple[Flag, ...] = ()  # none given: one flag named after the field
    widget: Widget = Widget.LINE
    choices: Mapping[str, str] | None = None  # slug -> label, for a choice
    caption: str = ""  # the form's label (default: from the name)

    def read(self, ctx: Context, raw: Any) -> Any:
        """`raw` as the value to store; a refusal names this field (`exc.field`)."""
        try:
            return self.clean(ctx, self.name, raw)
        except ValidationError as exc:
            # Nested checks name their own part ("phone", "points kind"); the record
            # field is still this one, which is what forms need to place the message.
            exc.field = self.name
            raise

    def cli_flags(self) -> tuple[Flag, ...]:
        """The flags that set this field (one named after it unless the entry says otherwise)."""
        return self.flags or (Flag(),)

    def flag_name(self, flag: Flag) -> str:
        """The spelling of `flag` on a command line, without the dashes."""
        return flag.name or self.name.replace("_", "-")

    def label(self) -> str:
        """The caption a form shows for this field."""
        return self.caption or self.name.removesuffix("_id").replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Title:
    """How a record is named: one column, optionally followed by another when it is not
    empty ("Name (ACRONYM)", "Title — 2026-11-20"). Written once, read as text and as SQL."""

    main: str
    detail: str | None = None
    detail_chars: int | None = None  # keep only the first characters (a date of a date-time)
    dash: bool = False  # " — detail" rather than " (detail)"

    def __call__(self, record: Any) -> str:
        """The title of a record (any object with the columns as attributes)."""
        main = str(getattr(record, self.main) or "")
        if self.detail is None:
            return main
        detail = str(getattr(record, self.detail) or "")[: self.detail_chars]
        if not detail:
            return main
        return f"{main} — {detail}" if self.dash else f"{main} ({detail})"

    def sql(self, alias: str = "t") -> str:
        """The same title as a SQL expression over the table aliased `alias`."""
        main = f"coalesce({alias}.{self.main}, '')"
        if self.detail is None:
            return main
        detail = f"coalesce({alias}.{self.detail}, '')"
        if self.detail_chars is not None:
            detail = f"substr({detail}, 1, {self.detail_chars})"
        joined = f"{main} || ' — ' || {detail}" if self.dash else f"{main} || ' (' || {detail} || ')'"
        return f"CASE WHEN {detail} != '' THEN {joined} ELSE {main} END"


@dataclass(frozen=True, slots=True)
class KindSpec:
    """A record kind: table, user fields, cross-field rule, title and search document."""

    kind: Kind
    label: str  # one record, as people say it
    plural: str  # several, as people say it
    section: str  # its list in the canonical dump
    summary: str  # what `liaison KIND --help` says the group holds
    table: type[RecordBase]
    fields: tuple[FieldSpec, ...]
    title: Title
    body: Callable[[Any], Iterable[str]]
    order: Callable[[], tuple[Any, ...]]  # the order lists come in, as people read them
    finish: Callable[[Context, Any], None] = lambda ctx, rec: None
    # Stored columns computed by `finish` that are part of the record (not just indexes).
    computed: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        """The field `name`, else a ValidationError (an unknown field is not a field's fault)."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise ValidationError(f"{self.label} has no field {name!r}")

    @property
    def table_name(self) -> str:
        """The SQL table that holds this kind."""
        return str(self.table.__tablename__)


# --- cleaners -------------------------------------------------------------------------


def _text(max_len: int = validation.MAX_TEXT, required: bool = False) -> Cleaner:
    return lambda ctx, name, v: validation.text(name, v, required=required, max_len=max_len)


def _choice(options: Mapping[str, str], aliases: Mapping[str, str] | None = None) -> Cleaner:
    return lambda ctx, name, v: validation.choice(name, v, options, aliases)


def _strings(ctx: Context, name: str, values: Any) -> list[str]:
    return validation.string_set(name, _as_list(name, values))


def _flag(ctx: Context, name: str, value: Any) -> bool:
    return validation.boolean(name, value)


def _reference(kind: Kind, what: str) -> Cleaner:
    def clean(ctx: Context, name: str, value: Any) -> str | None:
        ref = validation.text(name, value)
        if not ref:
            return None
        ctx.live(RECORD_TABLES[kind], ref, what, name)
        return ref

    return clean


def _references(kind: Kind, what: str) -> Cleaner:
    def clean(ctx: Context, name: str, values: Any) -> list[str]:
        ids = validation.string_set(name, _as_list(name, values))
        for ref in ids:
            ctx.live(RECORD_TABLES[kind], ref, what, name)
        return ids

    return clean


def _sensitivity(ctx: Context, name: str, value: Any) -> str:
    levels = settings.get(ctx.session, "sensitivity_levels")
    raw = validation.text(name, value, required=True)
    for level in levels:
        if raw.upper() == level.upper() or raw.lower().replace(" ", "-") == level.lower().replace(" ", "-"):
            return str(level)
    raise ValidationError.about(name, f"{raw!r} is not one of {', '.join(levels)}")


def _default_sensitivity(ctx: Context) -> str:
    levels: list[str] = settings.get(ctx.session, "sensitivity_levels")
    wanted = settings.get(ctx.session, "default_sensitivity")
    return str(wanted) if wanted in levels else levels[0]


def _contact_points(ctx: Context, name: str, values: Any) -> list[dict[str, str]]:
    points = []
    for item in _as_list(name, values):
        if not isinstance(item, dict):
            raise ValidationError.about(name, "each entry needs a kind and a value")
        kind = validation.choice(f"{name} kind", item.get("kind"), vocab.CONTACT_POINT_KINDS)
        check = {"phone": validation.phone, "email": validation.email}.get(kind)
        value = (check or (lambda f, v: validation.text(f, v, required=True)))(kind, item.get("value"))
        label = validation.text(f"{kind} label", item.get("label", ""), max_len=100)
        points.append({"kind": kind, "label": label, "value": value})
    return points


def _points(ctx: Context, name: str, values: Any) -> list[dict[str, str]]:
    points = []
    for item in _as_list(name, values):
        if isinstance(item, str):
            kind, sep, rest = item.partition(":")
            if not sep:
                raise ValidationError.about(
                    name, f"{item!r} should read KIND:TEXT, e.g. decision:Open the road"
                )
            item = {"kind": kind, "text": rest}
        if not isinstance(item, dict):
            raise ValidationError.about(name, "each point needs a kind and a text")
        kind = validation.choice(f"{name} kind", item.get("kind"), vocab.POINT_KINDS)
        points.append({"kind": kind, "text": validation.text(name, item.get("text"), required=True)})
    return points


def _datetime(ctx: Context, name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    return validation.iso_datetime(name, value).isoformat()


def _required_datetime(ctx: Context, name: str, value: Any) -> str:
    return validation.iso_datetime(name, value).isoformat()


def _date(ctx: Context, name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    return validation.iso_date(name, value)


def _owner(ctx: Context, name: str, value: Any) -> str | None:
    raw = validation.text(name, value)
    if not raw:
        return None
    if raw.lower() == vocab.OWNER_ME:
        return vocab.OWNER_ME
    ctx.live(Contact, raw, "contact", name)
    return raw


def _grid(ctx: Context, name: str, value: Any) -> str:
    return validation.mgrs_grid(name, value)


def _lat(ctx: Context, name: str, value: Any) -> float | None:
    return validation.latitude(name, value)


def _lon(ctx: Context, name: str, value: Any) -> float | None:
    return validation.longitude(name, value)


def _as_list(name: str, values: Any) -> list[Any]:
    if values is None:
        return []
    if isinstance(values, (str, bytes, dict)):
        raise ValidationError.about(name, "expected a list")
    return list(values)


# --- field entries: the usual shapes ----------------------------------------------------


def text(
    name: str,
    max_len: int = validation.MAX_TEXT,
    *,
    required: bool = False,
    help: str = "",
    flag: str | None = None,
    widget: Widget = Widget.LINE,
) -> FieldSpec:
    """A trimmed text field."""
    return FieldSpec(
        name,
        _text(max_len, required=required),
        required=required,
        flags=(Flag(flag, help),),
        widget=widget,
    )


def choice(
    name: str,
    options: Mapping[str, str],
    *,
    default: str,
    flag: str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> FieldSpec:
    """One slug of a vocabulary."""
    return FieldSpec(
        name,
        _choice(options, aliases),
        default=lambda ctx: default,
        flags=(Flag(flag, f"one of: {', '.join(options)}"),),
        widget=Widget.CHOICE,
        choices=options,
    )


def strings(name: str, *, flag: str, help: str) -> FieldSpec:
    """A set of short texts (tags, sectors, languages)."""
    return FieldSpec(name, _strings, set_like=True, flags=(Flag(flag, help, many=True),), widget=Widget.LIST)


def reference(name: str, kind: Kind, what: str, *, flag: str, help: str, metavar: str) -> FieldSpec:
    """The id of one live record of `kind` (or nothing)."""
    return FieldSpec(
        name,
        _reference(kind, what),
        refers_to=kind,
        flags=(Flag(flag, help, metavar),),
        widget=Widget.REF,
    )


def references(name: str, kind: Kind, what: str, *, flag: str, help: str, metavar: str) -> FieldSpec:
    """The ids of live records of `kind`, as a set."""
    return FieldSpec(
        name,
        _references(kind, what),
        set_like=True,
        refers_to=kind,
        flags=(Flag(flag, help, metavar, many=True),),
        widget=Widget.REFS,
    )


def switch(name: str, *, help: str) -> FieldSpec:
    """Yes or no, no unless said."""
    return FieldSpec(
        name, _flag, default=lambda ctx: False, flags=(Flag(help=help, switch=True),), widget=Widget.CHECK
    )


def _sensitivity_field() -> FieldSpec:
    return FieldSpec(
        "sensitivity",
        _sensitivity,
        default=_default_sensitivity,
        flags=(Flag(help="a sensitivity level of this profile"),),
        widget=Widget.CHOICE,
    )


# --- cross-field rules ----------------------------------------------------------------


def _finish_org(ctx: Context, org: Organization) -> None:
    seen = {org.id}
    parent_id = org.parent_id
    while parent_id is not None:
        if parent_id in seen:
            raise ValidationError(
                "parent: an organization cannot be its own ancestor",
                field="parent_id",
                detail="an organization cannot be its own ancestor",
            )
        seen.add(parent_id)
        parent = ctx.session.get(Organization, parent_id)
        parent_id = parent.parent_id if parent else None


def _finish_meeting(ctx: Context, meeting: Meeting) -> None:
    start = validation.iso_datetime("start", meeting.start)
    meeting.start_utc = utc_iso(start)
    if meeting.end is None:
        meeting.end_utc = None
    else:
        end = validation.iso_datetime("end", meeting.end)
        if end < start:
            raise ValidationError.about("end", "must not be before the start")
        meeting.end_utc = utc_iso(end)
    if (meeting.latitude is None) != (meeting.longitude is None):
        # The rule concerns the pair; the form shows it at the first of the two.
        raise ValidationError(
            "position: give both latitude and longitude, or neither",
            field="latitude",
            detail="give both latitude and longitude, or neither",
        )


def _finish_action(ctx: Context, action: ActionItem) -> None:
    # The completion time follows the status so "done" always says when.
    if action.status == "done":
        action.completed_at = action.completed_at or now_iso()
    else:
        action.completed_at = None


# --- the kinds ------------------------------------------------------------------------

ORGANIZATION = KindSpec(
    kind=Kind.ORG,
    label="organization",
    plural="organizations",
    section="organizations",
    summary="organizations",
    table=Organization,
    fields=(
        text("name", 300, required=True, help="full name of the organization"),
        text("acronym", 40, help="short name, e.g. UNHCR"),
        choice("org_type", vocab.ORG_TYPES, default="other", flag="type"),
        strings("sectors", flag="sector", help="sector or cluster (repeatable)"),
        reference(
            "parent_id",
            Kind.ORG,
            "organization",
            flag="parent",
            help="id of the parent organization",
            metavar="ORG_ID",
        ),
        text("notes", help="free text", widget=Widget.NOTES),
    ),
    title=Title("name", "acronym"),
    body=lambda o: [o.acronym, vocab.ORG_TYPES.get(o.org_type, ""), *o.sectors, o.notes],
    order=lambda: (col(Organization.name).collate("NOCASE"), col(Organization.id)),
    finish=_finish_org,
)

CONTACT = KindSpec(
    kind=Kind.CONTACT,
    label="contact",
    plural="contacts",
    section="contacts",
    summary="contacts",
    table=Contact,
    fields=(
        text("full_name", 300, required=True, flag="name", help="full name"),
        text("position", 300, help="job title or role"),
        reference(
            "organization_id",
            Kind.ORG,
            "organization",
            flag="org",
            help="id of the contact's organization",
            metavar="ORG_ID",
        ),
        FieldSpec(
            "contact_points",
            _contact_points,
            set_like=True,
            flags=(
                Flag("phone", "phone, optionally LABEL=NUMBER (repeatable)", many=True, item_kind="phone"),
                Flag("email", "email, optionally LABEL=ADDRESS (repeatable)", many=True, item_kind="email"),
                Flag("radio", "radio call sign or channel (repeatable)", many=True, item_kind="radio"),
                Flag(
                    "messaging",
                    "messaging handle, e.g. signal=+123 (repeatable)",
                    many=True,
                    item_kind="messaging",
                ),
            ),
            widget=Widget.ROWS,
            choices=vocab.CONTACT_POINT_KINDS,
        ),
        strings("languages", flag="language", help="language spoken (repeatable)"),
        text("location", 300, help="where the contact is usually found"),
        text("notes", help="free text", widget=Widget.NOTES),
        strings("tags", flag="tag", help="tag (repeatable)"),
        _sensitivity_field(),
        switch("do_not_share", help="never leaves this laptop"),
        switch("do_not_contact", help="must not be contacted"),
    ),
    title=Title("full_name"),
    body=lambda c: [
        c.position,
        *(p["value"] for p in c.contact_points),
        *(p["label"] for p in c.contact_points),
        *c.languages,
        c.location,
        c.notes,
        *c.tags,
    ],
    order=lambda: (col(Contact.full_name).collate("NOCASE"), col(Contact.id)),
)

MEETING = KindSpec(
    kind=Kind.MEETING,
    label="meeting",
    plural="meetings",
    section="meetings",
    summary="meetings and other engagements",
    table=Meeting,
    fields=(
        text("title", 300, required=True, help="title"),
        choice(
            "meeting_type",
            vocab.MEETING_TYPES,
            default="meeting",
            flag="type",
            aliases=vocab.MEETING_TYPE_ALIASES,
        ),
        FieldSpec(
            "start",
            _required_datetime,
            required=True,
            flags=(Flag(help="start, ISO-8601 (e.g. 2026-03-14T09:30+03:00)", metavar="ISO8601"),),
            widget=Widget.DATETIME,
        ),
        FieldSpec(
            "end", _datetime, flags=(Flag(help="end, ISO-8601", metavar="ISO8601"),), widget=Widget.DATETIME
        ),
        text("location", 300, help="place name"),
        FieldSpec("grid", _grid, flags=(Flag(help="MGRS grid reference", metavar="MGRS"),)),
        FieldSpec("latitude", _lat, flags=(Flag("lat", "latitude, decimal degrees"),), widget=Widget.NUMBER),
        FieldSpec(
            "longitude", _lon, flags=(Flag("lon", "longitude, decimal degrees"),), widget=Widget.NUMBER
        ),
        references(
            "attendee_ids",
            Kind.CONTACT,
            "contact",
            flag="attendee",
            help="id of an attending contact (repeatable)",
            metavar="CONTACT_ID",
        ),
        references(
            "organization_ids",
            Kind.ORG,
            "organization",
            flag="org",
            help="id of a represented organization (repeatable)",
            metavar="ORG_ID",
        ),
        text("purpose", help="why the meeting took place", widget=Widget.NOTES),
        FieldSpec(
            "points",
            _points,
            flags=(
                Flag(
                    "point", f"KIND:TEXT, KIND one of {', '.join(vocab.POINT_KINDS)} (repeatable)", many=True
                ),
            ),
            widget=Widget.ROWS,
            choices=vocab.POINT_KINDS,
        ),
        text("assessment", help="the officer's assessment", widget=Widget.NOTES),
        choice("status", vocab.MEETING_STATUSES, default="draft"),
        _sensitivity_field(),
    ),
    # The plain title everywhere: 0.1.0 indexed it so, and the search index, dashboards
    # and pickers now agree (pickers had added the date in SQL only).
    title=Title("title"),
    body=lambda m: [
        vocab.MEETING_TYPES.get(m.meeting_type, ""),
        m.location,
        m.grid,
        m.purpose,
        *(p["text"] for p in m.points),
        m.assessment,
    ],
    order=lambda: (col(Meeting.start_utc).desc(), col(Meeting.id)),
    finish=_finish_meeting,
)

ACTION = KindSpec(
    kind=Kind.ACTION,
    label="action item",
    plural="action items",
    section="actions",
    summary="action items",
    table=ActionItem,
    fields=(
        text("title", 300, required=True, help="what is to be done"),
        text("description", help="details", widget=Widget.NOTES),
        FieldSpec(
            "owner",
            _owner,
            refers_to=Kind.CONTACT,  # or "me"
            flags=(Flag(help="a contact id, or 'me'", metavar="CONTACT_ID|me"),),
            widget=Widget.REF,
        ),
        FieldSpec("due", _date, flags=(Flag(help="due date", metavar="YYYY-MM-DD"),), widget=Widget.DATE),
        choice("status", vocab.ACTION_STATUSES, default="open"),
        choice("priority", vocab.PRIORITIES, default="normal"),
        reference(
            "meeting_id",
            Kind.MEETING,
            "meeting",
            flag="meeting",
            help="id of the meeting it came from",
            metavar="MEETING_ID",
        ),
    ),
    title=Title("title"),
    body=lambda a: [a.description],
    order=lambda: (col(ActionItem.due).is_(None), col(ActionItem.due), col(ActionItem.id)),
    finish=_finish_action,
    computed=("completed_at",),
)

# Mutable on purpose: a test registers an extra field here the way a new entry would be.
KINDS: dict[Kind, KindSpec] = {k.kind: k for k in (ORGANIZATION, CONTACT, MEETING, ACTION)}


def spec(kind: str) -> KindSpec:
    """The description of `kind` (org, contact, meeting or action)."""
    try:
        return KINDS[Kind(kind)]
    except ValueError:
        raise ValidationError(f"unknown kind {kind!r} (org, contact, meeting, action)") from None


def kind_of(record: Any) -> KindSpec:
    """The description of a record instance's kind."""
    for kind_spec in KINDS.values():
        if isinstance(record, kind_spec.table):
            return kind_spec
    raise TypeError(f"not a record: {record!r}")


def reference_kinds() -> dict[str, Kind]:
    """Every reference field (by name, across kinds) and the kind of record it names."""
    found: dict[str, Kind] = {}
    for kind_spec in KINDS.values():
        for f in kind_spec.fields:
            if f.refers_to is not None:
                assert found.get(f.name, f.refers_to) == f.refers_to, f"{f.name} names two kinds"
                found[f.name] = f.refers_to
    return found


def live_ids(session: Session, table: type[RecordBase]) -> list[str]:
    """Ids of every live record in `table`, sorted."""
    return list(session.exec(select(table.id).where(col(table.deleted_at).is_(None)).order_by(table.id)))
