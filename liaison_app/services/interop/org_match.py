"""The organization a contact card names (vCard ORG, a CSV "Company" column): an existing
one when the duplicate rules say it is the same (or the text is an organization's acronym),
else one the import creates, once per name however many cards name it."""

from __future__ import annotations

from sqlalchemy import Connection

from liaison_app.kinds import Kind
from liaison_app.services import duplicate_keys as keys
from liaison_app.services import duplicate_lookup
from liaison_app.services.duplicate_lookup import Draft
from liaison_app.services.interop.card_model import OrgLink
from liaison_app.services.records import Batch

_ACRONYM_MAX = 12  # "WFP", "UNHCR", "MONUSCO": one word this short may be an acronym


class OrgMatcher:
    """Organizations found or created during one import, by name key."""

    def __init__(self) -> None:
        self._known: dict[str, OrgLink] = {}

    def find(self, conn: Connection, name: str) -> OrgLink | None:
        """The organization `name` means, if one is stored or was created by this import."""
        key = keys.name_key(name)
        if not key:
            return None
        if key in self._known:
            return self._known[key]
        link = _by_acronym(conn, name) or _by_name(conn, name)
        if link is not None:
            self._known[key] = link
        return link

    def create(self, writes: Batch, name: str) -> OrgLink:
        """A new organization called `name`, in the import's batch (ValidationError if the
        name breaks a rule); later cards naming it are linked to it."""
        added = writes.add(Kind.ORG, {"name": name})
        self._known[keys.name_key(name)] = OrgLink(added.id, name, created=False)
        return OrgLink(added.id, name, created=True)


def _by_acronym(conn: Connection, name: str) -> OrgLink | None:
    text = name.strip()
    if " " in text or len(text) > _ACRONYM_MAX:
        return None
    rows = conn.exec_driver_sql(
        "SELECT id, name FROM organization WHERE acronym = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT 2",
        (text,),
    ).all()
    return OrgLink(rows[0][0], rows[0][1], created=False) if len(rows) == 1 else None


def _by_name(conn: Connection, name: str) -> OrgLink | None:
    found = duplicate_lookup.likely_organizations(conn, Draft(name=name))
    return OrgLink(found[0].id, found[0].name, created=False) if found else None
