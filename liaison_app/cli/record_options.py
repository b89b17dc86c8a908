"""Command-line flags of each record kind and how they map onto record fields.

The same flags serve `add` and `edit`: on edit, only the flags given change anything, a
repeated flag replaces the whole list, and an empty value clears the field.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from liaison_app import vocab

CONTACT_POINT_FLAGS = ("phone", "email", "radio", "messaging")


@dataclass(frozen=True, slots=True)
class Option:
    """One flag: `--flag` feeds record field `field`."""

    flag: str
    field: str
    help: str
    many: bool = False  # repeatable; collected into a list
    switch: bool = False  # --flag / --no-flag
    metavar: str | None = None


OPTIONS: dict[str, tuple[Option, ...]] = {
    "org": (
        Option("name", "name", "full name of the organization"),
        Option("acronym", "acronym", "short name, e.g. UNHCR"),
        Option("type", "org_type", f"one of: {', '.join(vocab.ORG_TYPES)}"),
        Option("sector", "sectors", "sector or cluster (repeatable)", many=True),
        Option("parent", "parent_id", "id of the parent organization", metavar="ORG_ID"),
        Option("notes", "notes", "free text"),
    ),
    "contact": (
        Option("name", "full_name", "full name"),
        Option("position", "position", "job title or role"),
        Option("org", "organization_id", "id of the contact's organization", metavar="ORG_ID"),
        Option("phone", "contact_points", "phone, optionally LABEL=NUMBER (repeatable)", many=True),
        Option("email", "contact_points", "email, optionally LABEL=ADDRESS (repeatable)", many=True),
        Option("radio", "contact_points", "radio call sign or channel (repeatable)", many=True),
        Option(
            "messaging",
            "contact_points",
            "messaging handle, e.g. signal=+123 (repeatable)",
            many=True,
        ),
        Option("language", "languages", "language spoken (repeatable)", many=True),
        Option("location", "location", "where the contact is usually found"),
        Option("notes", "notes", "free text"),
        Option("tag", "tags", "tag (repeatable)", many=True),
        Option("sensitivity", "sensitivity", "a sensitivity level of this profile"),
        Option("do-not-share", "do_not_share", "never leaves this laptop", switch=True),
        Option("do-not-contact", "do_not_contact", "must not be contacted", switch=True),
    ),
    "meeting": (
        Option("title", "title", "title"),
        Option("start", "start", "start, ISO-8601 (e.g. 2026-03-14T09:30+03:00)", metavar="ISO8601"),
        Option("end", "end", "end, ISO-8601", metavar="ISO8601"),
        Option("type", "meeting_type", f"one of: {', '.join(vocab.MEETING_TYPES)}"),
        Option("location", "location", "place name"),
        Option("grid", "grid", "MGRS grid reference", metavar="MGRS"),
        Option("lat", "latitude", "latitude, decimal degrees"),
        Option("lon", "longitude", "longitude, decimal degrees"),
        Option(
            "attendee",
            "attendee_ids",
            "id of an attending contact (repeatable)",
            many=True,
            metavar="CONTACT_ID",
        ),
        Option(
            "org",
            "organization_ids",
            "id of a represented organization (repeatable)",
            many=True,
            metavar="ORG_ID",
        ),
        Option("purpose", "purpose", "why the meeting took place"),
        Option(
            "point",
            "points",
            f"KIND:TEXT, KIND one of {', '.join(vocab.POINT_KINDS)} (repeatable)",
            many=True,
        ),
        Option("assessment", "assessment", "the officer's assessment"),
        Option("status", "status", f"one of: {', '.join(vocab.MEETING_STATUSES)}"),
        Option("sensitivity", "sensitivity", "a sensitivity level of this profile"),
    ),
    "action": (
        Option("title", "title", "what is to be done"),
        Option("description", "description", "details"),
        Option("due", "due", "due date", metavar="YYYY-MM-DD"),
        Option("owner", "owner", "a contact id, or 'me'", metavar="CONTACT_ID|me"),
        Option("meeting", "meeting_id", "id of the meeting it came from", metavar="MEETING_ID"),
        Option("priority", "priority", f"one of: {', '.join(vocab.PRIORITIES)}"),
        Option("status", "status", f"one of: {', '.join(vocab.ACTION_STATUSES)}"),
    ),
}

# Flags `add` insists on (argparse reports them as usage errors, exit code 2).
REQUIRED_ON_ADD: dict[str, tuple[str, ...]] = {
    "org": ("name",),
    "contact": ("name",),
    "meeting": ("title", "start"),
    "action": ("title",),
}


def add_flags(parser: argparse.ArgumentParser, kind: str, *, adding: bool) -> None:
    """Declare the flags of `kind` on a subcommand parser."""
    for option in OPTIONS[kind]:
        dest = _dest(option)
        metavar = option.metavar or option.flag.upper()
        if option.switch:
            parser.add_argument(
                f"--{option.flag}",
                dest=dest,
                action=argparse.BooleanOptionalAction,
                help=option.help,
            )
        elif option.many:
            parser.add_argument(
                f"--{option.flag}",
                dest=dest,
                action="append",
                help=option.help,
                metavar=metavar,
            )
        else:
            required = adding and option.flag in REQUIRED_ON_ADD[kind]
            parser.add_argument(
                f"--{option.flag}",
                dest=dest,
                required=required,
                help=option.help,
                metavar=metavar,
            )


def fields_from(
    args: argparse.Namespace, kind: str, current_points: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    """The record fields the given flags set (absent flags are left out)."""
    fields: dict[str, Any] = {}
    contact_points: list[dict[str, str]] | None = None
    for option in OPTIONS[kind]:
        value = getattr(args, _dest(option))
        if value is None:
            continue
        if option.field == "contact_points":
            if contact_points is None:
                contact_points = list(current_points or [])
            contact_points = [p for p in contact_points if p["kind"] != option.flag]
            contact_points += [_contact_point(option.flag, v) for v in value if v.strip()]
            continue
        if option.many:
            value = [v for v in value if v.strip()]
        fields[option.field] = value
    if contact_points is not None:
        fields["contact_points"] = contact_points
    return fields


def _contact_point(kind: str, raw: str) -> dict[str, str]:
    label, sep, value = raw.partition("=")
    if not sep:
        label, value = "", raw
    return {"kind": kind, "label": label.strip(), "value": value.strip()}


def _dest(option: Option) -> str:
    return "f_" + option.flag.replace("-", "_")
