"""What an export may include: the live contacts the redaction admits (those marked
do-not-share only when the user explicitly asked for them: a leaked contact list can put
people in danger), each with its contact details only where the profile lets them go.

Records are read a page at a time in id order (stable from one export to the next, and
memory stays bounded however many there are), each with what a file needs beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlmodel import col, select

from db.models import Area, Contact, Organization
from liaison_app.services.interop.redaction import Redaction
from liaison_app.store import Store

PAGE = 500
_ORG = "name, org_type"


@dataclass(frozen=True, slots=True)
class ExportedContact:
    """A contact to export, with its organization's and area's names ("" if none);
    `details` False when its phones, emails and address must stay out (the profile)."""

    record: Contact
    organization: str
    area: str
    details: bool = True

    @property
    def contact_points(self) -> list[dict[str, str]]:
        """The contact points the file may carry."""
        return list(self.record.contact_points) if self.details else []

    @property
    def location(self) -> str:
        """The address the file may carry."""
        return self.record.location if self.details else ""

    @property
    def notes(self) -> str:
        """The notes the file may carry (free text often holds a number or an address)."""
        return self.record.notes if self.details else ""


def contacts(store: Store, rules: Redaction) -> Iterator[ExportedContact]:
    """Every live contact `rules` admit, in id order."""
    last = ""
    while True:
        with store.session() as s:
            query = select(Contact).where(col(Contact.deleted_at).is_(None), col(Contact.id) > last)
            if not rules.include_do_not_share:
                query = query.where(col(Contact.do_not_share).is_(False))
            page = list(s.exec(query.order_by(col(Contact.id)).limit(PAGE)))
            conn = s.connection()
            orgs = _rows(conn, Organization.__tablename__, _ORG, {c.organization_id for c in page})
            areas = _rows(conn, Area.__tablename__, "name", {c.area_id for c in page})
            for contact in page:
                s.expunge(contact)
        if not page:
            return
        for contact in page:
            if not rules.shares(contact):
                continue
            org = orgs.get(contact.organization_id or "")
            yield ExportedContact(
                contact,
                org[0] if org else "",
                (areas.get(contact.area_id or "") or ("",))[0],
                rules.contact_details(contact, org[1] if org else None),
            )
        last = page[-1].id


def org_types(conn: Connection, ids: set[str | None]) -> dict[str, str]:
    """The organization type of each organization `ids` name (one page's)."""
    return {i: row[1] for i, row in _rows(conn, Organization.__tablename__, _ORG, ids).items()}


def _rows(conn: Connection, table: str, columns: str, ids: set[str | None]) -> dict[str, tuple[str, ...]]:
    """Some columns of the records of `table` that `ids` name (one page's: under SQLite's bound)."""
    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    rows = conn.exec_driver_sql(f"SELECT id, {columns} FROM {table} WHERE id IN ({marks})", tuple(wanted))
    return {r[0]: tuple(r[1:]) for r in rows}
