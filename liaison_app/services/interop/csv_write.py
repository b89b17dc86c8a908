"""Contacts as a CSV file whose headers are our field names, read back by csv_read.

UTF-8 with a byte-order mark (so Excel opens accents right), comma-separated, CRLF rows
(the csv module's default); the file appears whole or not at all (files.atomic). Contact
points go in one column per kind (phone, email, radio, messaging) as LABEL=VALUE items
joined by "; ", as `--phone` takes them; lists (languages, tags) joined by "; "; the
organization and area by name, since an id means nothing outside this profile. The id
column lets a re-import skip what is already here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from liaison_app.services.interop import files
from liaison_app.services.interop.selection import ExportedContact
from liaison_app.services.interop.vcard_write import Written

HEADERS = (
    "id",
    "full_name",
    "position",
    "organization",
    "phone",
    "email",
    "radio",
    "messaging",
    "languages",
    "location",
    "notes",
    "tags",
    "sensitivity",
    "do_not_contact",
    "do_not_share",
    "area",
)
_POINT_KINDS = ("phone", "email", "radio", "messaging")


def write(
    path: Path, contacts: Iterable[ExportedContact], *, progress: Callable[[int], None] | None = None
) -> Written:
    """Write every contact of `contacts` to `path` as CSV with HEADERS."""
    count = 0
    with files.atomic(path) as out:
        handle = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for contact in contacts:
            writer.writerow(row(contact))
            count += 1
            if progress is not None and count % 200 == 0:
                progress(count)
        handle.flush()
        handle.detach()  # files.atomic closes the file itself
    return Written(count)


def row(contact: ExportedContact) -> list[str]:
    """One contact's cells, in HEADERS order."""
    record = contact.record
    points = {
        kind: "; ".join(
            f"{p['label']}={p['value']}" if p.get("label") else p["value"]
            for p in contact.contact_points
            if p.get("kind") == kind
        )
        for kind in _POINT_KINDS
    }
    return [
        record.id,
        record.full_name,
        record.position,
        contact.organization,
        *(points[kind] for kind in _POINT_KINDS),
        "; ".join(record.languages),
        contact.location,
        contact.notes,
        "; ".join(record.tags),
        record.sensitivity,
        "yes" if record.do_not_contact else "no",
        "yes" if record.do_not_share else "no",
        contact.area,
    ]
