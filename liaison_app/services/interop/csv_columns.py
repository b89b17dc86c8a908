"""Which of our fields each column of a CSV file fills: recognised headers (Gmail, Outlook,
our own export) mapped on their own, `--map COLUMN=FIELD` (or the GUI's mapping step) over
that. A column mapped to nothing is ignored; several columns may fill one list field
(Outlook's "Mobile Phone", "Business Phone" and "Home Phone" are each a phone).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from liaison_app.errors import Rule, ValidationError
from liaison_app.kinds import Kind
from liaison_app.services.interop.csv_write import HEADERS

IGNORE = "ignore"
# The fields a column may fill, per kind: our field names (and the CLI's words for the
# contact points), the organization's and area's names.
# Our export's columns, and the parts of a name other files split it into.
CONTACT_TARGETS = (*HEADERS[:2], "first_name", "middle_name", "last_name", *HEADERS[2:], IGNORE)
ORG_TARGETS = ("id", "name", "acronym", "org_type", "sectors", "notes", "area", IGNORE)
TARGETS: Mapping[Kind, tuple[str, ...]] = {Kind.CONTACT: CONTACT_TARGETS, Kind.ORG: ORG_TARGETS}
ALIASES: Mapping[Kind, Mapping[str, str]] = {
    Kind.CONTACT: {
        "name": "full_name",
        "org": "organization",
        "title": "position",
        "language": "languages",
        "tag": "tags",
    },
    Kind.ORG: {"type": "org_type", "sector": "sectors", "full_name": "name"},
}

# Headers other programs write, normalised (casefolded, runs of space, "_" and "-" as one
# space): field, and the label a contact point from it gets.
_CONTACT_HEADERS: dict[str, tuple[str, str]] = {
    "name": ("full_name", ""),
    "full name": ("full_name", ""),
    "display name": ("full_name", ""),
    "first name": ("first_name", ""),
    "given name": ("first_name", ""),
    "middle name": ("middle_name", ""),
    "additional name": ("middle_name", ""),
    "last name": ("last_name", ""),
    "family name": ("last_name", ""),
    "surname": ("last_name", ""),
    "job title": ("position", ""),
    "title": ("position", ""),
    "company": ("organization", ""),
    "organisation": ("organization", ""),
    "organization name": ("organization", ""),
    "organization 1 name": ("organization", ""),
    "organization 1 title": ("position", ""),
    "e mail address": ("email", ""),
    "e mail 2 address": ("email", ""),
    "e mail 3 address": ("email", ""),
    "email address": ("email", ""),
    "mobile phone": ("phone", "mobile"),
    "mobile": ("phone", "mobile"),
    "business phone": ("phone", "work"),
    "business phone 2": ("phone", "work"),
    "home phone": ("phone", "home"),
    "home phone 2": ("phone", "home"),
    "primary phone": ("phone", ""),
    "other phone": ("phone", "other"),
    "company main phone": ("phone", "main"),
    "car phone": ("phone", "car"),
    "pager": ("phone", "pager"),
    "business fax": ("phone", "work fax"),
    "home fax": ("phone", "home fax"),
    "assistant's phone": ("phone", "assistant"),
    "note": ("notes", ""),
    "categories": ("tags", ""),
    "labels": ("tags", ""),
    "group membership": ("tags", ""),
    "language": ("languages", ""),
}
_ORG_HEADERS: dict[str, tuple[str, str]] = {
    "organization": ("name", ""),
    "organisation": ("name", ""),
    "organization name": ("name", ""),
    "company": ("name", ""),
    "type": ("org_type", ""),
    "short name": ("acronym", ""),
    "abbreviation": ("acronym", ""),
    "sector": ("sectors", ""),
    "cluster": ("sectors", ""),
    "note": ("notes", ""),
}
# Gmail's numbered pairs: "Phone 1 - Value" with its "Phone 1 - Type" as the label.
_GMAIL_VALUE = re.compile(r"^(phone|e mail) \d+ value$")
_SPACES = re.compile(r"[\s_\-]+")


@dataclass(frozen=True, slots=True)
class Column:
    """One column's place, header, the field it fills (IGNORE: none) and, for a contact
    point, its label (`label_column`: the column holding each row's label, as Gmail's)."""

    index: int
    header: str
    target: str
    label: str = ""
    label_column: int | None = None


def normalised(header: str) -> str:
    """A header as compared: casefolded, spaces, "_" and "-" runs as one space."""
    return _SPACES.sub(" ", header.strip().casefold()).strip()


def automatic(kind: Kind, headers: Sequence[str]) -> list[Column]:
    """Each header's field as recognised (IGNORE when not recognised)."""
    known = _CONTACT_HEADERS if kind is Kind.CONTACT else _ORG_HEADERS
    targets = TARGETS[kind]
    places = {normalised(h): i for i, h in enumerate(headers)}
    columns = []
    for index, header in enumerate(headers):
        key = normalised(header)
        target, label, label_column = IGNORE, "", None
        if key.replace(" ", "_") in targets:
            target = key.replace(" ", "_")
        elif key in known:
            target, label = known[key]
        elif kind is Kind.CONTACT and _GMAIL_VALUE.match(key):
            target = "phone" if key.startswith("phone") else "email"
            label_column = places.get(key.removesuffix("value") + "type")
        columns.append(Column(index, header, target, label, label_column))
    return columns


def parse_maps(given: Sequence[str]) -> dict[str, str]:
    """`--map COLUMN=FIELD` values as column -> field (checked against a file by `apply`)."""
    maps: dict[str, str] = {}
    for item in given:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise ValidationError(f"--map {item!r} should read COLUMN=FIELD")
        maps[column.strip()] = target.strip()
    return maps


def apply(kind: Kind, columns: list[Column], maps: Mapping[str, str]) -> list[Column]:
    """`columns` with the user's choices over the automatic ones; an unknown column or field
    is refused (nothing is imported)."""
    targets = TARGETS[kind]
    by_header = {c.header.strip(): c for c in columns}
    by_normal = {normalised(c.header): c for c in columns}
    chosen = {c.index: c for c in columns}
    for column, target in maps.items():
        found = by_header.get(column) or by_normal.get(normalised(column))
        if found is None:
            raise ValidationError(
                f"the file has no column {column!r}", rule=Rule.UNKNOWN_FIELD, params={"value": column}
            )
        field = ALIASES[kind].get(target.lower(), target.lower())
        if field not in targets:
            raise ValidationError(
                f"no field {target!r} to map {column!r} to; one of {', '.join(targets)}",
                rule=Rule.UNKNOWN_FIELD,
                params={"kind": kind.value, "value": target},
            )
        chosen[found.index] = Column(found.index, found.header, field)
    return [chosen[i] for i in sorted(chosen)]
