"""Likely duplicate contacts and organizations: the whole-profile scan and the note shown
while a new record is typed ("Jean Mukendi, WFP — already here?").

Pairs carry a score from 0 to 100 and a reason code (duplicate_scores.Reason); the CLI and
the GUI word them. Phones are read with the profile's default region when the setting
`phone_region` holds one (a two-letter country code), else as international numbers.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from liaison_app.errors import ValidationError
from liaison_app.kinds import Kind
from liaison_app.services import duplicate_lookup, duplicate_scan
from liaison_app.services.duplicate_lookup import Draft, Existing
from liaison_app.services.duplicate_scan import BlockKind, Pair, Scan, SkippedBlock
from liaison_app.services.duplicate_scores import Reason
from liaison_app.store import Store

__all__ = [
    "BlockKind",
    "Draft",
    "Existing",
    "Pair",
    "Reason",
    "Scan",
    "SkippedBlock",
    "likely_existing",
    "scan",
]

REGION_SETTING = "phone_region"
KINDS = (Kind.CONTACT, Kind.ORG)


def scan(store: Store, kind: str) -> Scan:
    """Every likely duplicate pair of live contacts or organizations (`kind`), best first."""
    checked = _kind(kind)
    with store.session() as s:
        conn = s.connection()
        if checked is Kind.CONTACT:
            return duplicate_scan.scan_contacts(conn, region=default_region(conn))
        return duplicate_scan.scan_organizations(conn)


def likely_existing(store: Store, kind: str, draft: Draft) -> tuple[Existing, ...]:
    """The existing records a new contact or organization being typed looks like, best first
    (at most three); indexed lookups only, fast enough for every pause in typing."""
    checked = _kind(kind)
    with store.session() as s:
        conn = s.connection()
        if checked is Kind.CONTACT:
            return duplicate_lookup.likely_contacts(conn, draft, region=default_region(conn))
        return duplicate_lookup.likely_organizations(conn, draft)


def default_region(conn: Connection) -> str | None:
    """The profile's default phone region (e.g. "CD"), if its settings name one."""
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (REGION_SETTING,)).first()
    if row is None:
        return None
    try:
        value = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    except ValueError:
        return None
    return value.upper() if isinstance(value, str) and len(value) == 2 and value.isalpha() else None


def _kind(kind: str) -> Kind:
    try:
        checked = Kind(kind)
    except ValueError:
        checked = None
    if checked not in KINDS:
        raise ValidationError(f"duplicates are found among contacts and organizations, not {kind!r}")
    assert checked is not None
    return checked
