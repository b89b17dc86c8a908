"""What an export may include: live records, and those marked do-not-share only when the
user explicitly asked for them (a leaked contact list can put people in danger).

Records are read a page at a time in id order (stable from one export to the next, and
memory stays bounded however many there are), each with what a file needs beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlmodel import col, select

from db.models import Area, Contact, Organization
from liaison_app.store import Store

PAGE = 500


@dataclass(frozen=True, slots=True)
class ExportedContact:
    """A contact to export, with its organization's and area's names ("" if none)."""

    record: Contact
    organization: str
    area: str


def contacts(store: Store, *, include_do_not_share: bool = False) -> Iterator[ExportedContact]:
    """Every live contact an export may include, in id order."""
    last = ""
    while True:
        with store.session() as s:
            query = select(Contact).where(col(Contact.deleted_at).is_(None), col(Contact.id) > last)
            if not include_do_not_share:
                query = query.where(col(Contact.do_not_share).is_(False))
            page = list(s.exec(query.order_by(col(Contact.id)).limit(PAGE)))
            conn = s.connection()
            orgs = _names(conn, Organization.__tablename__, {c.organization_id for c in page})
            areas = _names(conn, Area.__tablename__, {c.area_id for c in page})
            for contact in page:
                s.expunge(contact)
        if not page:
            return
        for contact in page:
            yield ExportedContact(
                contact, orgs.get(contact.organization_id or "", ""), areas.get(contact.area_id or "", "")
            )
        last = page[-1].id


def _names(conn: Connection, table: str, ids: set[str | None]) -> dict[str, str]:
    """The names of the records of `table` that `ids` name (one page's: under SQLite's bound)."""
    wanted = sorted(i for i in ids if i)
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    rows = conn.exec_driver_sql(f"SELECT id, name FROM {table} WHERE id IN ({marks})", tuple(wanted))
    return {r[0]: r[1] for r in rows}
