"""The record kinds described once: the registry every layer reads.

Each kind names its table, its user fields (how input becomes a stored value, its
default, which kind a reference points to, its command-line flags, the form widget that
edits it), the rules that span fields, its title (as Python text and as SQL, from one
definition) and the text the search index holds. Services, the CLI, the dump, the list
screens and the editors read these descriptions instead of repeating them per kind: a new
synced field takes the model column, one entry here and one migration.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlmodel import Session, col, select

from db.models import ActionItem, Area, Contact, Meeting, Organization, RecordBase
from liaison_app import field_rules as rules
from liaison_app import vocab
from liaison_app.errors import Rule, ValidationError
from liaison_app.field_rules import choice, reference, references, strings, switch, text
from liaison_app.kind_schema import (
    Cleaner,
    Context,
    FieldSpec,
    Flag,
    Kind,
    KindSpec,
    MissingReferenceError,
    Title,
    Widget,
)

__all__ = [
    "KINDS",
    "Cleaner",
    "Context",
    "FieldSpec",
    "Flag",
    "Kind",
    "KindSpec",
    "MissingReferenceError",
    "Title",
    "Widget",
    "choice",
    "kind_of",
    "live_ids",
    "reference",
    "reference_kinds",
    "references",
    "spec",
    "strings",
    "switch",
    "text",
]


def captioned(field_spec: FieldSpec, caption: str) -> FieldSpec:
    """`field_spec` shown as `caption` (forms, conflicts, change lines) instead of its name."""
    return replace(field_spec, caption=caption)


ORGANIZATION = KindSpec(
    kind=Kind.ORG,
    label="organization",
    plural="organizations",
    section="organizations",
    summary="organizations",
    table=Organization,
    fields=(
        rules.text("name", 300, required=True, help="full name of the organization"),
        rules.text("acronym", 40, help="short name, e.g. UNHCR"),
        captioned(rules.choice("org_type", vocab.ORG_TYPES, default="other", flag="type"), "Type"),
        rules.strings("sectors", flag="sector", help="sector or cluster (repeatable)"),
        captioned(
            rules.reference(
                "parent_id",
                Kind.ORG,
                "organization",
                flag="parent",
                help="id of the parent organization",
                metavar="ORG_ID",
            ),
            "Part of",
        ),
        rules.text("notes", help="free text", widget=Widget.NOTES),
        rules.area(),
        rules.marked(),
        rules.sharing(),
    ),
    title=Title("name", "acronym"),
    body=lambda o: [o.acronym, vocab.ORG_TYPES.get(o.org_type, ""), *o.sectors, o.notes],
    order=lambda: (col(Organization.name).collate("NOCASE"), col(Organization.id)),
    finish=rules.finish_org,
)

CONTACT = KindSpec(
    kind=Kind.CONTACT,
    label="contact",
    plural="contacts",
    section="contacts",
    summary="contacts",
    table=Contact,
    fields=(
        captioned(rules.text("full_name", 300, required=True, flag="name", help="full name"), "Name"),
        rules.text("position", 300, help="job title or role"),
        rules.reference(
            "organization_id",
            Kind.ORG,
            "organization",
            flag="org",
            help="id of the contact's organization",
            metavar="ORG_ID",
        ),
        FieldSpec(
            "contact_points",
            rules.contact_points,
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
        rules.strings("languages", flag="language", help="language spoken (repeatable)"),
        rules.text("location", 300, help="where the contact is usually found"),
        rules.text("notes", help="free text", widget=Widget.NOTES),
        rules.strings("tags", flag="tag", help="tag (repeatable)"),
        rules.sensitivity_field(),
        rules.switch("do_not_share", help="never leaves this laptop"),
        rules.switch("do_not_contact", help="must not be contacted"),
        rules.area(),
        rules.sharing(),
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
        rules.text("title", 300, required=True, help="title"),
        captioned(
            rules.choice(
                "meeting_type",
                vocab.MEETING_TYPES,
                default="meeting",
                flag="type",
                aliases=vocab.MEETING_TYPE_ALIASES,
            ),
            "Type",
        ),
        FieldSpec(
            "start",
            rules.required_datetime,
            required=True,
            flags=(Flag(help="start, ISO-8601 (e.g. 2026-03-14T09:30+03:00)", metavar="ISO8601"),),
            widget=Widget.DATETIME,
        ),
        FieldSpec(
            "end",
            rules.optional_datetime,
            flags=(Flag(help="end, ISO-8601", metavar="ISO8601"),),
            widget=Widget.DATETIME,
        ),
        rules.text("location", 300, help="place name"),
        FieldSpec(
            "grid", rules.grid, flags=(Flag(help="MGRS grid reference", metavar="MGRS"),), caption="MGRS grid"
        ),
        *rules.position(),
        rules.references(
            "attendee_ids",
            Kind.CONTACT,
            "contact",
            flag="attendee",
            help="id of an attending contact (repeatable)",
            metavar="CONTACT_ID",
        ),
        rules.references(
            "organization_ids",
            Kind.ORG,
            "organization",
            flag="org",
            help="id of a represented organization (repeatable)",
            metavar="ORG_ID",
        ),
        rules.text("purpose", help="why the meeting took place", widget=Widget.NOTES),
        FieldSpec(
            "points",
            rules.meeting_points,
            flags=(
                Flag(
                    "point", f"KIND:TEXT, KIND one of {', '.join(vocab.POINT_KINDS)} (repeatable)", many=True
                ),
            ),
            widget=Widget.ROWS,
            choices=vocab.POINT_KINDS,
        ),
        rules.text("assessment", help="the officer's assessment", widget=Widget.NOTES),
        rules.choice("status", vocab.MEETING_STATUSES, default="draft"),
        rules.sensitivity_field(),
        rules.area(),
        rules.marked(),
        rules.sharing(),
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
    finish=rules.finish_meeting,
)

ACTION = KindSpec(
    kind=Kind.ACTION,
    label="action item",
    plural="action items",
    section="actions",
    summary="action items",
    table=ActionItem,
    fields=(
        rules.text("title", 300, required=True, help="what is to be done"),
        rules.text("description", help="details", widget=Widget.NOTES),
        FieldSpec(
            "owner",
            rules.owner,
            refers_to=Kind.CONTACT,  # or "me"
            flags=(Flag(help="a contact id, or 'me'", metavar="CONTACT_ID|me"),),
            widget=Widget.REF,
        ),
        FieldSpec(
            "due",
            rules.optional_date,
            flags=(Flag(help="due date", metavar="YYYY-MM-DD"),),
            widget=Widget.DATE,
        ),
        rules.choice("status", vocab.ACTION_STATUSES, default="open"),
        rules.choice("priority", vocab.PRIORITIES, default="normal"),
        rules.reference(
            "meeting_id",
            Kind.MEETING,
            "meeting",
            flag="meeting",
            help="id of the meeting it came from",
            metavar="MEETING_ID",
        ),
        rules.marked(),
        rules.sharing(),
    ),
    title=Title("title"),
    body=lambda a: [a.description],
    order=lambda: (col(ActionItem.due).is_(None), col(ActionItem.due), col(ActionItem.id)),
    finish=rules.finish_action,
    computed=("completed_at",),
)

AREA = KindSpec(
    kind=Kind.AREA,
    label="area",
    plural="areas",
    section="areas",
    summary="administrative areas",
    table=Area,
    fields=(
        rules.text("name", 300, required=True, help="name of the area, e.g. North Kivu"),
        captioned(rules.text("pcode", 40, flag="pcode", help="P-code, e.g. CD61"), "P-code"),
        rules.choice("level", vocab.AREA_LEVELS, default="adm1"),
        captioned(
            rules.reference(
                "parent_area_id",
                Kind.AREA,
                "area",
                flag="parent",
                help="id of the area it lies in",
                metavar="AREA_ID",
            ),
            "Part of",
        ),
        *rules.position("of its centre, "),
        FieldSpec(
            "outline",
            rules.outline,
            flags=(
                Flag(help="its outline for a map plot: LAT,LON points separated by spaces", metavar="POINTS"),
            ),
            widget=Widget.LINE,
        ),
    ),
    title=Title("name", "pcode"),
    body=lambda a: [a.pcode, vocab.AREA_LEVELS.get(a.level, "")],
    order=lambda: (col(Area.name).collate("NOCASE"), col(Area.id)),
    finish=rules.finish_area,
)

# Mutable on purpose: a test registers an extra field here the way a new entry would be.
KINDS: dict[Kind, KindSpec] = {k.kind: k for k in (ORGANIZATION, CONTACT, MEETING, ACTION, AREA)}


def spec(kind: str) -> KindSpec:
    """The description of `kind` (org, contact, meeting, action or area)."""
    try:
        return KINDS[Kind(kind)]
    except ValueError:
        raise ValidationError(
            f"unknown kind {kind!r} ({', '.join(k.value for k in Kind)})",
            rule=Rule.UNKNOWN_KIND,
            params={"value": kind, "allowed": tuple(k.value for k in Kind)},
        ) from None


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
