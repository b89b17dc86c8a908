"""How report rows read in a PDF cell: the wording shared by the reports."""

from __future__ import annotations

from collections.abc import Sequence

from liaison_app import vocab
from liaison_app.services.reports.document import StaffDocument
from liaison_app.services.reports.people import ActionRow, Person

WITHHELD = "Withheld (do not share)"
NOBODY = "—"


def person_cells(person: Person) -> tuple[str, str, str]:
    """Name, position, organization of a participant or contact."""
    if person.withheld:
        return (WITHHELD, "", "")
    return (person.name, person.position or NOBODY, person.organization or NOBODY)


def owner_word(action: ActionRow) -> str:
    """Who owns an action, as a report says it."""
    if action.owner_withheld:
        return WITHHELD
    return action.owner or "Unassigned"


def action_cells(action: ActionRow) -> tuple[str, str, str, str, str]:
    """Title, owner, due, status and meeting of an action."""
    return (
        action.title,
        owner_word(action),
        action.due or "No date",
        vocab.ACTION_STATUSES.get(action.status, action.status),
        action.meeting or NOBODY,
    )


def status_word(status: str) -> str:
    """A meeting status as the report says it."""
    return vocab.MEETING_STATUSES.get(status, status)


def action_table(doc: StaffDocument, rows: Sequence[ActionRow], total: int) -> None:
    """Actions as a table, saying so when only the first of more are listed."""
    doc.rows(
        ("Action", "Owner", "Due", "Status", "From meeting"),
        [action_cells(a) for a in rows],
        (56, 36, 20, 20, 42),
    )
    capped(doc, len(rows), total, "actions")


def capped(doc: StaffDocument, shown: int, total: int, what: str) -> None:
    """Say that a list stops before its end."""
    if shown < total:
        doc.paragraph(f"The first {shown} of {total} {what} are listed.", grey=True)
