"""The action register as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app.services.reports.action_register import ActionRegister
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.words import action_table


def render(register: ActionRegister, *, issued: str, author: str, redaction: str = "") -> bytes:
    """The register as a PDF, issued at the date-time group `issued` by `author`."""
    doc = StaffDocument(
        register.marking,
        Heading(
            title="Action register",
            subtitle=f"Open on {register.on:%d %b %Y}: overdue, and due by {register.soon_until:%d %b %Y}",
            issued=issued,
            redaction=redaction,
            author=author,
        ),
    )
    doc.fields(
        [
            ("Overdue", str(register.overdue.total)),
            ("Due soon", str(register.due_soon.total)),
            ("Owners", str(len(register.by_owner))),
        ]
    )
    doc.section("By owner")
    doc.rows(
        ("Owner", "Overdue", "Due soon"),
        [(owner, str(late), str(soon)) for owner, late, soon in register.by_owner],
        (110, 32, 32),
    )
    doc.section(f"Overdue (due before {register.on.isoformat()})")
    action_table(doc, register.overdue.rows, register.overdue.total)
    doc.section(f"Due soon (by {register.soon_until.isoformat()})")
    action_table(doc, register.due_soon.rows, register.due_soon.total)
    return doc.finish()
