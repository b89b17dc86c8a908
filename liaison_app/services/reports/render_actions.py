"""The action register as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app.services.reports.action_register import ActionRegister
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.words import action_table, count, date_text, day_text, profile_word
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr


def render(register: ActionRegister, *, issued: str, author: str, redaction: str = "") -> bytes:
    """The register as a PDF, issued at the date-time group `issued` by `author`."""
    doc = StaffDocument(
        register.marking,
        Heading(
            title=_tr("Action register"),
            subtitle=fill(
                _tr("Open on %1: overdue, and due by %2"),
                day_text(register.on),
                day_text(register.soon_until),
            ),
            issued=issued,
            redaction=profile_word(redaction) if redaction else "",
            author=author,
        ),
    )
    doc.fields(
        [
            (_tr("Overdue"), count(register.overdue.total)),
            (_tr("Due soon"), count(register.due_soon.total)),
            (_tr("Owners"), count(len(register.by_owner))),
        ]
    )
    doc.section(_tr("By owner"))
    doc.rows(
        (_tr("Owner"), _tr("Overdue"), _tr("Due soon")),
        [(owner, count(late), count(soon)) for owner, late, soon in register.by_owner],
        (110, 32, 32),
    )
    doc.section(fill(_tr("Overdue (due before %1)"), date_text(register.on)))
    action_table(doc, register.overdue.rows, register.overdue.total)
    doc.section(fill(_tr("Due soon (by %1)"), date_text(register.soon_until)))
    action_table(doc, register.due_soon.rows, register.due_soon.total)
    return doc.finish()
