"""The four record kinds described once: their fields, how each is validated, the rules
that span fields, and the text the search index holds. Services and the CLI read these
descriptions instead of repeating them per kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from db.models import ActionItem, Contact, Meeting, Organization, RecordBase
from liaison_app import settings, validation, vocab
from liaison_app.clock import now_iso, utc_iso
from liaison_app.errors import NotFoundError, ValidationError


@dataclass(frozen=True, slots=True)
class Context:
    """What validators may consult: the open session (to check references)."""

    session: Session

    def live(self, table: type[RecordBase], record_id: str, what: str) -> RecordBase:
        row = self.session.get(table, record_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"no {what} with id {record_id}")
        return row


Cleaner = Callable[[Context, str, Any], Any]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One user field: its column, how input becomes a stored value, its default."""

    name: str
    clean: Cleaner
    default: Callable[[Context], Any] | None = None
    required: bool = False
    set_like: bool = False  # order carries no meaning: canonical dumps sort it


@dataclass(frozen=True, slots=True)
class KindSpec:
    """A record kind: table, user fields, cross-field rule and search document."""

    kind: str
    label: str
    table: type[RecordBase]
    fields: tuple[FieldSpec, ...]
    title: Callable[[Any], str]
    body: Callable[[Any], Iterable[str]]
    finish: Callable[[Context, Any], None] = lambda ctx, rec: None
    # Stored columns computed by `finish` that are part of the record (not just indexes).
    computed: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise ValidationError(f"{self.label} has no field {name!r}")


# --- cleaners -------------------------------------------------------------------------


def _text(max_len: int = validation.MAX_TEXT, required: bool = False) -> Cleaner:
    return lambda ctx, name, v: validation.text(name, v, required=required, max_len=max_len)


def _choice(options: dict[str, str], aliases: dict[str, str] | None = None) -> Cleaner:
    return lambda ctx, name, v: validation.choice(name, v, options, aliases)


def _strings(ctx: Context, name: str, values: Any) -> list[str]:
    return validation.string_set(name, _as_list(name, values))


def _flag(ctx: Context, name: str, value: Any) -> bool:
    return validation.boolean(name, value)


def _reference(table: type[RecordBase], what: str) -> Cleaner:
    def clean(ctx: Context, name: str, value: Any) -> str | None:
        ref = validation.text(name, value)
        if not ref:
            return None
        ctx.live(table, ref, what)
        return ref

    return clean


def _references(table: type[RecordBase], what: str) -> Cleaner:
    def clean(ctx: Context, name: str, values: Any) -> list[str]:
        ids = validation.string_set(name, _as_list(name, values))
        for ref in ids:
            ctx.live(table, ref, what)
        return ids

    return clean


def _sensitivity(ctx: Context, name: str, value: Any) -> str:
    levels = settings.get(ctx.session, "sensitivity_levels")
    raw = validation.text(name, value, required=True)
    for level in levels:
        if raw.upper() == level.upper() or raw.lower().replace(" ", "-") == level.lower().replace(" ", "-"):
            return str(level)
    raise ValidationError(f"{name}: {raw!r} is not one of {', '.join(levels)}")


def _default_sensitivity(ctx: Context) -> str:
    levels: list[str] = settings.get(ctx.session, "sensitivity_levels")
    wanted = settings.get(ctx.session, "default_sensitivity")
    return str(wanted) if wanted in levels else levels[0]


def _contact_points(ctx: Context, name: str, values: Any) -> list[dict[str, str]]:
    points = []
    for item in _as_list(name, values):
        if not isinstance(item, dict):
            raise ValidationError(f"{name}: each entry needs a kind and a value")
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
                raise ValidationError(f"{name}: {item!r} should read KIND:TEXT, e.g. decision:Open the road")
            item = {"kind": kind, "text": rest}
        if not isinstance(item, dict):
            raise ValidationError(f"{name}: each point needs a kind and a text")
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
    ctx.live(Contact, raw, "contact")
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
        raise ValidationError(f"{name}: expected a list")
    return list(values)


# --- cross-field rules ----------------------------------------------------------------


def _finish_org(ctx: Context, org: Organization) -> None:
    seen = {org.id}
    parent_id = org.parent_id
    while parent_id is not None:
        if parent_id in seen:
            raise ValidationError("parent: an organization cannot be its own ancestor")
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
            raise ValidationError("end: must not be before the start")
        meeting.end_utc = utc_iso(end)
    if (meeting.latitude is None) != (meeting.longitude is None):
        raise ValidationError("position: give both latitude and longitude, or neither")


def _finish_action(ctx: Context, action: ActionItem) -> None:
    # The completion time follows the status so "done" always says when.
    if action.status == "done":
        action.completed_at = action.completed_at or now_iso()
    else:
        action.completed_at = None


# --- the kinds ------------------------------------------------------------------------

ORGANIZATION = KindSpec(
    kind="org",
    label="organization",
    table=Organization,
    fields=(
        FieldSpec("name", _text(300, required=True), required=True),
        FieldSpec("acronym", _text(40)),
        FieldSpec("org_type", _choice(vocab.ORG_TYPES), default=lambda ctx: "other"),
        FieldSpec("sectors", _strings, set_like=True),
        FieldSpec("parent_id", _reference(Organization, "organization")),
        FieldSpec("notes", _text()),
    ),
    title=lambda o: f"{o.name} ({o.acronym})" if o.acronym else o.name,
    body=lambda o: [o.acronym, vocab.ORG_TYPES.get(o.org_type, ""), *o.sectors, o.notes],
    finish=_finish_org,
)

CONTACT = KindSpec(
    kind="contact",
    label="contact",
    table=Contact,
    fields=(
        FieldSpec("full_name", _text(300, required=True), required=True),
        FieldSpec("position", _text(300)),
        FieldSpec("organization_id", _reference(Organization, "organization")),
        FieldSpec("contact_points", _contact_points, set_like=True),
        FieldSpec("languages", _strings, set_like=True),
        FieldSpec("location", _text(300)),
        FieldSpec("notes", _text()),
        FieldSpec("tags", _strings, set_like=True),
        FieldSpec("sensitivity", _sensitivity, default=_default_sensitivity),
        FieldSpec("do_not_share", _flag, default=lambda ctx: False),
        FieldSpec("do_not_contact", _flag, default=lambda ctx: False),
    ),
    title=lambda c: c.full_name,
    body=lambda c: [
        c.position,
        *(p["value"] for p in c.contact_points),
        *(p["label"] for p in c.contact_points),
        *c.languages,
        c.location,
        c.notes,
        *c.tags,
    ],
)

MEETING = KindSpec(
    kind="meeting",
    label="meeting",
    table=Meeting,
    fields=(
        FieldSpec("title", _text(300, required=True), required=True),
        FieldSpec(
            "meeting_type",
            _choice(vocab.MEETING_TYPES, vocab.MEETING_TYPE_ALIASES),
            default=lambda ctx: "meeting",
        ),
        FieldSpec("start", _required_datetime, required=True),
        FieldSpec("end", _datetime),
        FieldSpec("location", _text(300)),
        FieldSpec("grid", _grid),
        FieldSpec("latitude", _lat),
        FieldSpec("longitude", _lon),
        FieldSpec("attendee_ids", _references(Contact, "contact"), set_like=True),
        FieldSpec("organization_ids", _references(Organization, "organization"), set_like=True),
        FieldSpec("purpose", _text()),
        FieldSpec("points", _points),
        FieldSpec("assessment", _text()),
        FieldSpec("status", _choice(vocab.MEETING_STATUSES), default=lambda ctx: "draft"),
        FieldSpec("sensitivity", _sensitivity, default=_default_sensitivity),
    ),
    title=lambda m: m.title,
    body=lambda m: [
        vocab.MEETING_TYPES.get(m.meeting_type, ""),
        m.location,
        m.grid,
        m.purpose,
        *(p["text"] for p in m.points),
        m.assessment,
    ],
    finish=_finish_meeting,
)

ACTION = KindSpec(
    kind="action",
    label="action item",
    table=ActionItem,
    fields=(
        FieldSpec("title", _text(300, required=True), required=True),
        FieldSpec("description", _text()),
        FieldSpec("owner", _owner),
        FieldSpec("due", _date),
        FieldSpec("status", _choice(vocab.ACTION_STATUSES), default=lambda ctx: "open"),
        FieldSpec("priority", _choice(vocab.PRIORITIES), default=lambda ctx: "normal"),
        FieldSpec("meeting_id", _reference(Meeting, "meeting")),
    ),
    title=lambda a: a.title,
    body=lambda a: [a.description],
    finish=_finish_action,
    computed=("completed_at",),
)

KINDS: dict[str, KindSpec] = {k.kind: k for k in (ORGANIZATION, CONTACT, MEETING, ACTION)}


def spec(kind: str) -> KindSpec:
    """The description of `kind` (org, contact, meeting or action)."""
    try:
        return KINDS[kind]
    except KeyError:
        raise ValidationError(f"unknown kind {kind!r} (org, contact, meeting, action)") from None


def live_ids(session: Session, table: type[RecordBase]) -> list[str]:
    """Ids of every live record in `table`, sorted."""
    return list(session.exec(select(table.id).where(col(table.deleted_at).is_(None)).order_by(table.id)))
