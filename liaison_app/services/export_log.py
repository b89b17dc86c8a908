"""The export log: one entry per export file or report written here (issue 13).

Each entry says when, what (the kind of export and its format), the file's name (never its
folder, never its content), which redaction profile, how many records, and by whom (officer
and device). Every export and report service writes its entry once, after the file is
whole, so the CLI and the GUI log alike. Bounded like the exchange history: writing an
entry drops those beyond the latest `KEEP`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from liaison_app.clock import now_iso
from liaison_app.services.interop.redaction import Profile
from liaison_app.store import Store

KEEP = 1000


class What(StrEnum):
    """The kinds of export and report."""

    CONTACTS = "contacts"
    ORGANIZATIONS = "organizations"  # the 3W
    CALENDAR = "calendar"
    PROFILE = "profile"  # the whole profile as JSON
    MEETING_REPORT = "report-meeting"
    WEEKLY_REPORT = "report-weekly"
    ACTION_REGISTER = "report-actions"
    HANDOVER_PACK = "report-handover"


@dataclass(frozen=True, slots=True)
class Entry:
    """One export as the log keeps it (the shape of `export log --json`)."""

    at: str  # UTC, ISO 8601
    what: str
    format: str
    file: str
    redaction: str
    records: int
    officer: str
    device: str

    def as_json(self) -> dict[str, Any]:
        """The entry as `export log --json` prints it."""
        return asdict(self)


def record(
    store: Store, *, what: What, format: str, path: Path, profile: Profile, records: int, keep: int = KEEP
) -> Entry:
    """Log one export written to `path` (its name only) and drop the oldest beyond `keep`."""
    entry = Entry(
        at=now_iso(),
        what=what.value,
        format=format,
        file=path.name,
        redaction=profile.value,
        records=records,
        officer=store.author.officer,
        device=store.author.device_id,
    )
    with store.session() as s:
        conn = s.connection()
        cursor = conn.exec_driver_sql(
            "INSERT INTO export_log (at, what, format, file, redaction, records, officer, device)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.at,
                entry.what,
                entry.format,
                entry.file,
                entry.redaction,
                records,
                entry.officer,
                entry.device,
            ),
        )
        newest = cursor.lastrowid
        if newest is not None and newest > keep:
            # Ids only grow (the oldest rows go, never the newest): this keeps the latest `keep`.
            conn.exec_driver_sql("DELETE FROM export_log WHERE id <= ?", (newest - keep,))
        s.commit()
    return entry


def entries(store: Store, *, limit: int = KEEP) -> list[Entry]:
    """The latest entries, newest first."""
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT at, what, format, file, redaction, records, officer, device FROM export_log"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [
            Entry(
                at=str(row[0]),
                what=str(row[1]),
                format=str(row[2]),
                file=str(row[3]),
                redaction=str(row[4]),
                records=int(row[5]),
                officer=str(row[6]),
                device=str(row[7]),
            )
            for row in rows
        ]
