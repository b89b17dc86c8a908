"""How a registry field turns input into a stored value (cleaners), the usual shapes of
field entries, and the rules that span fields of one record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlmodel import col, func, or_, select

from db.models import RECORD_TABLES, ActionItem, Area, Contact, Meeting, Organization
from liaison_app import settings, validation, vocab
from liaison_app.clock import now_iso, utc_iso
from liaison_app.errors import Rule, ValidationError
from liaison_app.kind_schema import Cleaner, Context, FieldSpec, Flag, Kind, Widget

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
    raise ValidationError.about(
        name,
        f"{raw!r} is not one of {', '.join(levels)}",
        Rule.NOT_A_CHOICE,
        value=raw,
        allowed=tuple(levels),
    )


def _default_sensitivity(ctx: Context) -> str:
    levels: list[str] = settings.get(ctx.session, "sensitivity_levels")
    wanted = settings.get(ctx.session, "default_sensitivity")
    return str(wanted) if wanted in levels else levels[0]


def contact_points(ctx: Context, name: str, values: Any) -> list[dict[str, str]]:
    points = []
    for item in _as_list(name, values):
        if not isinstance(item, dict):
            raise ValidationError.about(
                name, "each entry needs a kind and a value", Rule.ENTRY_NEEDS_KIND_AND_VALUE
            )
        kind = validation.choice(f"{name} kind", item.get("kind"), vocab.CONTACT_POINT_KINDS)
        check = {"phone": validation.phone, "email": validation.email}.get(kind)
        value = (check or (lambda f, v: validation.text(f, v, required=True)))(kind, item.get("value"))
        label = validation.text(f"{kind} label", item.get("label", ""), max_len=100)
        points.append({"kind": kind, "label": label, "value": value})
    return points


def meeting_points(ctx: Context, name: str, values: Any) -> list[dict[str, str]]:
    points = []
    for item in _as_list(name, values):
        if isinstance(item, str):
            kind, sep, rest = item.partition(":")
            if not sep:
                raise ValidationError.about(
                    name,
                    f"{item!r} should read KIND:TEXT, e.g. decision:Open the road",
                    Rule.POINT_NOT_KIND_TEXT,
                    value=item,
                )
            item = {"kind": kind, "text": rest}
        if not isinstance(item, dict):
            raise ValidationError.about(
                name, "each point needs a kind and a text", Rule.POINT_NEEDS_KIND_AND_TEXT
            )
        kind = validation.choice(f"{name} kind", item.get("kind"), vocab.POINT_KINDS)
        points.append({"kind": kind, "text": validation.text(name, item.get("text"), required=True)})
    return points


def optional_datetime(ctx: Context, name: str, value: Any) -> str | None:
    # A time alone (an End on the Start's day) is kept as typed; the record's finishing
    # rule places it on a day.
    if value is None or value == "":
        return None
    if validation.is_time_only(value):
        return str(value).strip()
    return validation.iso_datetime(name, value).isoformat()


def required_datetime(ctx: Context, name: str, value: Any) -> str:
    return validation.iso_datetime(name, value).isoformat()


def optional_date(ctx: Context, name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    return validation.iso_date(name, value)


def owner(ctx: Context, name: str, value: Any) -> str | None:
    raw = validation.text(name, value)
    if not raw:
        return None
    if raw.lower() == vocab.OWNER_ME:
        return vocab.OWNER_ME
    ctx.live(Contact, raw, "contact", name)
    return raw


def grid(ctx: Context, name: str, value: Any) -> str:
    return validation.mgrs_grid(name, value)


def latitude(ctx: Context, name: str, value: Any) -> float | None:
    return validation.latitude(name, value)


def longitude(ctx: Context, name: str, value: Any) -> float | None:
    return validation.longitude(name, value)


# An outline is for a plot, not a survey: a few thousand points draw any province.
MAX_OUTLINE_POINTS = 5000


def outline(ctx: Context, name: str, values: Any) -> list[list[float]]:
    """[latitude, longitude] points; on a command line "LAT,LON LAT,LON ..."."""
    if isinstance(values, str):
        values = [point.split(",") for point in values.split()]
    points = _as_list(name, values)
    if len(points) > MAX_OUTLINE_POINTS:
        raise ValidationError.about(
            name, f"at most {MAX_OUTLINE_POINTS} points", Rule.TOO_MANY_POINTS, max_count=MAX_OUTLINE_POINTS
        )
    found: list[list[float]] = []
    for point in points:
        if not isinstance(point, (list, tuple)) or len(point) != 2:
            raise ValidationError.about(name, "each point is a latitude and a longitude", Rule.EXPECTED_LIST)
        lat, lon = validation.latitude(name, point[0]), validation.longitude(name, point[1])
        if lat is None or lon is None:
            raise ValidationError.about(name, "each point is a latitude and a longitude", Rule.EXPECTED_LIST)
        found.append([lat, lon])
    return found


def area_reference(ctx: Context, name: str, value: Any) -> str | None:
    """An area by id, else by its P-code or its exact name (either case) when one area has it."""
    ref = validation.text(name, value)
    if not ref:
        return None
    row = ctx.session.get(Area, ref)
    if row is not None and row.deleted_at is None:
        return ref
    lowered = ref.lower()
    matches = ctx.session.exec(
        select(Area.id)
        .where(col(Area.deleted_at).is_(None))
        .where(or_(func.lower(Area.pcode) == lowered, func.lower(Area.name) == lowered))
        .limit(2)
    ).all()
    if len(matches) == 1:
        return str(matches[0])
    if len(matches) > 1:
        raise ValidationError.about(
            name, f"{ref!r} names several areas: give the id or the P-code", Rule.AMBIGUOUS, value=ref
        )
    ctx.live(Area, ref, "area", name)  # raises MissingReferenceError
    return ref


def _as_list(name: str, values: Any) -> list[Any]:
    if values is None:
        return []
    if isinstance(values, (str, bytes, dict)):
        raise ValidationError.about(name, "expected a list", Rule.EXPECTED_LIST)
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


def area(help: str = "the area: its id, P-code or exact name") -> FieldSpec:
    """The administrative area a record belongs to (or nothing)."""
    return FieldSpec(
        "area_id",
        area_reference,
        refers_to=Kind.AREA,
        flags=(Flag("area", help, "AREA"),),
        widget=Widget.REF,
        caption="Area",
        protocol=2,
    )


def position(of: str = "") -> tuple[FieldSpec, FieldSpec]:
    """Latitude and longitude in decimal degrees (`--lat`, `--lon`); `of` says of what."""
    return (
        FieldSpec(
            "latitude", latitude, flags=(Flag("lat", f"latitude, {of}decimal degrees"),), widget=Widget.NUMBER
        ),
        FieldSpec(
            "longitude",
            longitude,
            flags=(Flag("lon", f"longitude, {of}decimal degrees"),),
            widget=Widget.NUMBER,
        ),
    )


def switch(name: str, *, help: str) -> FieldSpec:
    """Yes or no, no unless said."""
    return FieldSpec(
        name, _flag, default=lambda ctx: False, flags=(Flag(help=help, switch=True),), widget=Widget.CHECK
    )


def marked(help: str = "never leaves this laptop") -> FieldSpec:
    """The do-not-share mark of a kind that gained it in protocol 2 (contacts had it before)."""
    return replace(switch("do_not_share", help=help), protocol=2, unset=False)


def sharing() -> FieldSpec:
    """Who a shared record reaches: the mission, or HQ only; set on the command line by
    `--scope`, which also sets or lifts the mark (cli/record_options.py)."""
    return FieldSpec(
        "sharing",
        _choice(vocab.SHARING, None),
        default=lambda ctx: "mission",
        flags=(Flag("scope", f"one of: {', '.join(vocab.SCOPES)}", "SCOPE"),),
        widget=Widget.CHOICE,
        choices=vocab.SHARING,
        caption="Sharing",
        protocol=2,
        unset="mission",
    )


def sensitivity_field() -> FieldSpec:
    return FieldSpec(
        "sensitivity",
        _sensitivity,
        default=_default_sensitivity,
        flags=(Flag(help="a sensitivity level of this profile"),),
        widget=Widget.CHOICE,
    )


# --- cross-field rules ----------------------------------------------------------------


def finish_org(ctx: Context, org: Organization) -> None:
    _no_own_ancestor(ctx, org, Kind.ORG, "parent_id", "an organization")


def finish_area(ctx: Context, area: Area) -> None:
    _no_own_ancestor(ctx, area, Kind.AREA, "parent_area_id", "an area")


def _no_own_ancestor(ctx: Context, record: Organization | Area, kind: Kind, parent: str, what: str) -> None:
    table = RECORD_TABLES[kind]
    seen = {record.id}
    parent_id = getattr(record, parent)
    while parent_id is not None:
        if parent_id in seen:
            raise ValidationError(
                f"parent: {what} cannot be its own ancestor",
                field=parent,
                detail=f"{what} cannot be its own ancestor",
                rule=Rule.OWN_ANCESTOR,
                params={"kind": kind.value},
            )
        seen.add(parent_id)
        parent_id = getattr(ctx.session.get(table, parent_id), parent, None)


def finish_meeting(ctx: Context, meeting: Meeting) -> None:
    start = validation.iso_datetime("start", meeting.start)
    meeting.start_utc = utc_iso(start)
    if meeting.end is None:
        meeting.end_utc = None
    else:
        end = validation.iso_datetime("end", meeting.end, base=start)
        meeting.end = end.isoformat()
        if end < start:
            raise ValidationError.about("end", "must not be before the start", Rule.END_BEFORE_START)
        meeting.end_utc = utc_iso(end)
    if (meeting.latitude is None) != (meeting.longitude is None):
        # The rule concerns the pair; the form shows it at the first of the two.
        raise ValidationError(
            "position: give both latitude and longitude, or neither",
            field="latitude",
            detail="give both latitude and longitude, or neither",
            rule=Rule.BOTH_OR_NEITHER,
            params={"first": "latitude", "second": "longitude"},
        )


def finish_action(ctx: Context, action: ActionItem) -> None:
    # The completion time follows the status so "done" always says when.
    if action.status == "done":
        action.completed_at = action.completed_at or now_iso()
    else:
        action.completed_at = None
