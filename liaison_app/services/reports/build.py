"""Each report from the store to PDF bytes in one call (what the CLI and the GUI run), who
an officer named on a command line is, and writing a PDF where the user asked for it."""

from __future__ import annotations

import os
import secrets
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from liaison_app import datetime_input, validation
from liaison_app.errors import ValidationError
from liaison_app.services import backup_copies, sync_view
from liaison_app.services.reports import (
    action_register,
    handover,
    meeting_report,
    render_actions,
    render_handover,
    render_meeting,
    render_weekly,
    weekly,
)
from liaison_app.services.reports.period import Period
from liaison_app.store import Store

MIN_DEVICE_PREFIX = 4


def issued_now() -> str:
    """The date-time group of this moment on this machine's clock."""
    return datetime_input.format_dtg(datetime.now().astimezone())


def meeting_pdf(store: Store, meeting_id: str) -> bytes:
    """The meeting / liaison report of `meeting_id` (an id or unique prefix)."""
    return render_meeting.render(meeting_report.gather(store, meeting_id), issued=issued_now())


def weekly_pdf(store: Store, *, first: date, last: date, officer: str = "") -> bytes:
    """The weekly summary of `first` to `last`, of one officer's records if named."""
    summary = weekly.gather(store, period=Period(first, last), officer=officer)
    return render_weekly.render(summary, issued=issued_now(), author=store.author.officer)


def actions_pdf(store: Store) -> bytes:
    """The action register as of today."""
    return render_actions.render(
        action_register.gather(store), issued=issued_now(), author=store.author.officer
    )


def handover_pdf(store: Store) -> bytes:
    """This officer's rotation handover pack."""
    return render_handover.render(handover.gather(store), issued=issued_now())


def period_of(first: str, last: str) -> tuple[date, date]:
    """Two typed dates (any form `liaison` reads) as the first and last day of a period."""
    days = (
        date.fromisoformat(validation.iso_date(flag, value))
        for flag, value in (("--from", first), ("--to", last))
    )
    start, end = days
    Period(start, end)  # refuses an end before the start, or too long a span
    return start, end


def officer_named(store: Store, word: str) -> str:
    """The officer `word` names: a device id (or a prefix of at least four characters) of
    this device or a peer, or an officer's name as records carry it (any case)."""
    wanted = word.strip()
    names = sync_view.device_names(store)
    if len(wanted) >= MIN_DEVICE_PREFIX:
        devices = {officer for device, (officer, _) in names.items() if device.startswith(wanted.lower())}
        if len(devices) == 1:
            return devices.pop()
    for officer, _ in names.values():
        if officer.casefold() == wanted.casefold():
            return officer
    with store.session() as s:
        # ix_meeting_live_officer: one index probe, whatever the store's size.
        row = (
            s.connection()
            .execute(
                text(
                    "SELECT author_officer FROM meeting WHERE deleted_at IS NULL"
                    " AND author_officer = :name COLLATE NOCASE LIMIT 1"
                ),
                {"name": wanted},
            )
            .first()
        )
    if row is None:
        raise ValidationError(f"--officer: no officer or device {wanted!r} here")
    return str(row[0])


def write_pdf(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a crash leaves the old file or none, never half)."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    try:
        with part.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    backup_copies.fsync_folder(path.parent)
