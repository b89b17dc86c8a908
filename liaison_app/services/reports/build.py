"""Each report from the store to PDF bytes in one call under a redaction profile and in a
language (what the CLI and the GUI run), who an officer named on a command line is, and
writing a PDF where the user asked for it, logged in the export log.

A report is gathered and drawn inside `translations.speaking(language)`: its words, the
vocabulary's labels, its dates and counts are the language's; the records stay as stored.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from liaison_app import datetime_input, translations, validation
from liaison_app.errors import ValidationError
from liaison_app.services import backup_copies, export_log, sync_view
from liaison_app.services.interop.redaction import DEFAULT, Profile, redaction
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
from liaison_app.translations import Language

MIN_DEVICE_PREFIX = 4


def issued_now() -> str:
    """The date-time group of this moment on this machine's clock."""
    return datetime_input.format_dtg(datetime.now().astimezone())


@dataclass(frozen=True, slots=True)
class Report:
    """A report rendered to PDF bytes: what it is, how many records it lists, the redaction
    profile it applied (what `save` logs) and the language it is written in."""

    pdf: bytes
    what: export_log.What
    records: int
    profile: Profile
    language: Language = Language.ENGLISH


@contextmanager
def written_in(language: Language | None) -> Iterator[Language]:
    """Within the block a report speaks `language`, or the user's chosen one when None."""
    chosen = language if language is not None else translations.chosen().effective
    with translations.speaking(chosen):
        yield chosen


def meeting_pdf(
    store: Store, meeting_id: str, *, profile: Profile = DEFAULT, language: Language | None = None
) -> Report:
    """The meeting / liaison report of `meeting_id` (an id or unique prefix) under `profile`,
    in `language` (None: the user's choice)."""
    with written_in(language) as spoken:
        report = meeting_report.gather(store, meeting_id, rules=redaction(store, profile=profile))
        pdf = render_meeting.render(report, issued=issued_now(), redaction=profile.value)
    listed = 1 + len(report.participants) + len(report.actions)
    return Report(pdf, export_log.What.MEETING_REPORT, listed, profile, spoken)


def weekly_pdf(
    store: Store,
    *,
    first: date,
    last: date,
    officer: str = "",
    profile: Profile = DEFAULT,
    language: Language | None = None,
) -> Report:
    """The weekly summary of `first` to `last`, of one officer's records if named, under
    `profile`, in `language` (None: the user's choice)."""
    rules = redaction(store, profile=profile)
    with written_in(language) as spoken:
        summary = weekly.gather(store, period=Period(first, last), officer=officer, rules=rules)
        pdf = render_weekly.render(
            summary, issued=issued_now(), author=store.author.officer, redaction=profile.value
        )
    listed = summary.engagement_total + sum(
        len(x.rows) for x in (summary.opened, summary.closed, summary.overdue)
    )
    return Report(pdf, export_log.What.WEEKLY_REPORT, listed, profile, spoken)


def actions_pdf(store: Store, *, profile: Profile = DEFAULT, language: Language | None = None) -> Report:
    """The action register as of today, under `profile`, in `language` (None: the user's choice)."""
    with written_in(language) as spoken:
        register = action_register.gather(store, rules=redaction(store, profile=profile))
        pdf = render_actions.render(
            register, issued=issued_now(), author=store.author.officer, redaction=profile.value
        )
    listed = len(register.overdue.rows) + len(register.due_soon.rows)
    return Report(pdf, export_log.What.ACTION_REGISTER, listed, profile, spoken)


def handover_pdf(store: Store, *, profile: Profile = DEFAULT, language: Language | None = None) -> Report:
    """This officer's rotation handover pack, under `profile`, in `language` (None: the user's choice)."""
    with written_in(language) as spoken:
        pack = handover.gather(store, rules=redaction(store, profile=profile))
        pdf = render_handover.render(pack, issued=issued_now(), redaction=profile.value)
    contacts = sum(len(o.contacts) for o in pack.organizations) + len(pack.unattached)
    listed = len(pack.organizations) + contacts + len(pack.actions)
    return Report(pdf, export_log.What.HANDOVER_PACK, listed, profile, spoken)


def save(store: Store, path: Path, report: Report) -> None:
    """Write `report` to `path` atomically and log it (the CLI and the GUI save through here)."""
    write_pdf(path, report.pdf)
    export_log.record(
        store, what=report.what, format="pdf", path=path, profile=report.profile, records=report.records
    )


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
