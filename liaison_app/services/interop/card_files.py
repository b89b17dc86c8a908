"""Contacts and organizations in and out of files: the entry points the CLI and GUI call.

`import_contacts` reads a vCard (.vcf, .vcard) or CSV (.csv) file, `import_organizations`
a CSV file, each card through card_intake; `export_contacts` writes vCard 3.0/4.0 or CSV
of the contacts an export may include (selection).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path

from liaison_app.errors import ValidationError
from liaison_app.kinds import Kind, spec
from liaison_app.services import export_log, records
from liaison_app.services.interop import (
    card_intake,
    csv_read,
    csv_write,
    files,
    selection,
    vcard_read,
    vcard_write,
)
from liaison_app.services.interop.card_intake import Progress, Stop
from liaison_app.services.interop.card_model import ImportReport
from liaison_app.services.interop.redaction import DEFAULT, Profile, redaction
from liaison_app.services.interop.vcard_write import Written
from liaison_app.store import Store


class Format(StrEnum):
    """The file formats of contacts."""

    VCARD = "vcard"
    CSV = "csv"


_SUFFIXES = {".vcf": Format.VCARD, ".vcard": Format.VCARD, ".csv": Format.CSV}


def format_of(path: Path) -> Format:
    """The format a file's name says (.vcf/.vcard or .csv), else ValidationError."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise ValidationError(f"{path.name}: not a vCard (.vcf) or CSV (.csv) file")
    return found


def count(path: Path) -> int:
    """How many cards or rows the file holds (for a progress bar)."""
    return vcard_read.count(path) if format_of(path) is Format.VCARD else csv_read.count(path)


def import_contacts(
    store: Store,
    path: Path,
    *,
    maps: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> ImportReport:
    """Import the contacts of a vCard or CSV file (`maps`: CSV column -> field)."""
    _readable(path)
    if format_of(path) is Format.VCARD:
        if maps:
            raise ValidationError("--map applies to CSV files, not vCards")
        cards = vcard_read.read(path)
    else:
        columns = csv_read.columns_for(path, Kind.CONTACT, dict(maps or {}))
        cards = csv_read.read(path, Kind.CONTACT, columns)
    return card_intake.import_contacts(store, cards, progress=progress, stop=stop)


def import_organizations(
    store: Store,
    path: Path,
    *,
    maps: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
) -> ImportReport:
    """Import the organizations of a CSV file (`maps`: column -> field)."""
    _readable(path)
    if format_of(path) is not Format.CSV:
        raise ValidationError(f"{path.name}: organizations are imported from CSV (.csv) files")
    columns = csv_read.columns_for(path, Kind.ORG, dict(maps or {}))
    rows = csv_read.read(path, Kind.ORG, columns)
    return card_intake.import_organizations(store, rows, progress=progress, stop=stop)


def export_contacts(
    store: Store,
    path: Path,
    *,
    format: Format,
    version: str = "3.0",
    include_do_not_share: bool = False,
    profile: Profile = DEFAULT,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write the contacts an export may include under redaction `profile` to `path` as
    vCard `version` or CSV, and log the export (a public profile is refused: it names nobody)."""
    if format is Format.VCARD and version not in vcard_write.VERSIONS:
        raise ValidationError(
            f"vCard version must be one of {', '.join(vcard_write.VERSIONS)}, not {version!r}"
        )
    rules = redaction(store, include_do_not_share=include_do_not_share, profile=profile)
    rules.require_people("a contacts export")
    contacts = selection.contacts(store, rules)
    if format is Format.VCARD:
        written = vcard_write.write(path, contacts, version=version, rules=rules, progress=progress)
        shape = f"vcard-{version}"
    else:
        written = csv_write.write(path, contacts, progress=progress)
        files.sidecar(path, rules, what="contacts", records=written.cards)
        shape = "csv"
    export_log.record(
        store, what=export_log.What.CONTACTS, format=shape, path=path, profile=profile, records=written.cards
    )
    return written


def record_names(store: Store, kind: Kind, ids: Iterable[str]) -> dict[str, str]:
    """The titles of the live records `ids` name (what a report shows beside a skipped card)."""
    wanted = sorted(set(ids))
    return {r.id: spec(kind).title(r) for r in records.in_order(store, kind, wanted)}


def _readable(path: Path) -> None:
    if not path.is_file():
        raise ValidationError(f"{path}: no such file")
