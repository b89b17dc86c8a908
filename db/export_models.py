"""The export log's table (schema 28): one row per export file or report written here.

Holds what was written (kind, format, the file's name alone), which redaction profile, how
many records, when and by whom — never a record's content. Only the latest entries are
kept (liaison_app.services.export_log bounds it).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class ExportLog(SQLModel, table=True):
    """One export or report written on this device."""

    __tablename__ = "export_log"

    id: int | None = Field(default=None, primary_key=True)
    at: str  # UTC, ISO 8601; entries are read newest first by id
    what: str  # contacts | organizations | calendar | profile | report-meeting | ...
    format: str  # vcard-3.0 | vcard-4.0 | csv | hxl | ics | json | pdf
    file: str  # the file's name, without its folder
    redaction: str  # full | partner | public
    records: int
    officer: str
    device: str
