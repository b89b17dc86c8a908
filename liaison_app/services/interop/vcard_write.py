"""Contacts as a vCard file (3.0 or 4.0) that phones and Thunderbird read.

vobject writes each card: UTF-8, CRLF line ends, lines folded at 75 octets without cutting
a character; the file appears whole or not at all (files.atomic). Each card's UID is
urn:uuid: and the record id, so exporting again updates the copy a phone holds instead of
adding one, and importing our own file back adds nothing (card_intake skips a UID naming a
live contact). The mapping is the reverse of vcard_fields' (docs/INTEROP.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import vobject

from liaison_app import __version__
from liaison_app.errors import ValidationError
from liaison_app.services.interop import files
from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.interop.selection import ExportedContact

VERSIONS = ("3.0", "4.0")
# Our labels as vCard TYPE values (what phones show as "mobile", "work", ...).
_TYPES = {
    "mobile": "cell",
    "cell": "cell",
    "work": "work",
    "office": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
}


@dataclass(frozen=True, slots=True)
class Written:
    """How many cards went into the file."""

    cards: int


def write(
    path: Path,
    contacts: Iterable[ExportedContact],
    *,
    version: str = "3.0",
    rules: Redaction | None = None,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write every contact of `contacts` to `path` as vCard `version`, each card naming the
    redaction profile that chose what it carries (X-LIAISON-REDACTION)."""
    if version not in VERSIONS:
        raise ValidationError(f"vCard version must be one of {', '.join(VERSIONS)}, not {version!r}")
    count = 0
    with files.atomic(path) as out:
        for contact in contacts:
            vc = card(contact, version=version)
            if rules is not None:
                # vCard has no comment line: an X- property, which phones keep and ignore.
                vc.add("x-liaison-redaction").value = rules.marks()
            out.write(vc.serialize().encode("utf-8"))
            count += 1
            if progress is not None and count % 200 == 0:
                progress(count)
    return Written(count)


def card(contact: ExportedContact, *, version: str) -> Any:
    """One contact as a vobject vCard component."""
    record = contact.record
    vc = vobject.vCard()
    vc.add("version").value = version
    vc.add("prodid").value = f"-//Liaison//Liaison {__version__}//EN"
    vc.add("uid").value = f"urn:uuid:{record.id}"
    vc.add("fn").value = record.full_name
    given, _, family = record.full_name.rpartition(" ")
    vc.add("n").value = vobject.vcard.Name(family=family, given=given)
    if contact.organization:
        vc.add("org").value = [contact.organization]
    if record.position:
        vc.add("title").value = record.position
    notes = [contact.notes] if contact.notes else []
    for point in contact.contact_points:
        kind, label, value = point.get("kind"), point.get("label", ""), point.get("value", "")
        if kind == "phone":
            _typed(vc.add("tel"), label, value)
        elif kind == "email":
            _typed(vc.add("email"), label, value)
        elif kind == "messaging":
            vc.add("impp").value = f"{label or 'im'}:{value}"
        else:
            notes.append(f"{(label or kind or '').capitalize()}: {value}".strip())
    if contact.location:
        vc.add("adr").value = vobject.vcard.Address(street=contact.location)
    if notes:
        vc.add("note").value = "\n".join(notes)
    if record.tags:
        vc.add("categories").value = list(record.tags)
    if version == "4.0":
        for language in record.languages:
            vc.add("lang").value = language
    return vc


def _typed(line: Any, label: str, value: str) -> None:
    line.value = value
    types = [t for word in label.lower().replace(",", " ").split() if (t := _TYPES.get(word))]
    if types:
        line.type_param = list(dict.fromkeys(types))
