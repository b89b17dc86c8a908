"""The index of records shared with HQ only (schema 26): HQ's relay asks which records are
`hq`-scoped before every export to an officer, and they are few, so a partial index over
them alone answers without reading the tables."""

from __future__ import annotations

from sqlalchemy import Index, Table, text

from db.models import ActionItem, Contact, Meeting, Organization

HQ_ONLY = "sharing = 'hq'"
SHARED_KINDS = (Organization, Contact, Meeting, ActionItem)

for _model in SHARED_KINDS:
    _table = getattr(_model, "__table__")  # noqa: B009  (the class attribute SQLModel sets)
    assert isinstance(_table, Table)
    Index(f"ix_{_table.name}_hq_only", _table.c.author_device, sqlite_where=text(HQ_ONLY))
