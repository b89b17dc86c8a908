"""The meeting / liaison report as PDF bytes, from its gathered data (no store needed)."""

from __future__ import annotations

from liaison_app import vocab
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.meeting_report import MeetingReport
from liaison_app.services.reports.words import (
    action_cells,
    person_cells,
    profile_word,
    status_word,
    vocab_word,
)
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr

# The letter points of each kind are numbered with (F1, D1, R1...): Latin in every language,
# so a reply in another language can cite "D2".
_PREFIX = {"finding": "F", "decision": "D", "request": "Q", "recommendation": "R"}


def _heading(kind: str) -> str:
    # The section of the points of one kind.
    headings = {
        "finding": _tr("Findings"),
        "decision": _tr("Decisions"),
        "request": _tr("Requests"),
        "recommendation": _tr("Recommendations"),
    }
    return headings[kind]


def render(report: MeetingReport, *, issued: str, redaction: str = "") -> bytes:
    """The report as a PDF, `issued` being the date-time group it is issued at."""
    kind = vocab_word(vocab.MEETING_TYPES, report.meeting_type)
    doc = StaffDocument(
        report.marking,
        Heading(
            title=_tr("Meeting / liaison report"),
            subtitle=fill(_tr("%1: %2", "meeting type: title"), kind, report.title),
            issued=issued,
            redaction=profile_word(redaction) if redaction else "",
            author=report.author,
        ),
    )
    place = ", ".join(part for part in (report.place, report.grid) if part)
    held = report.when
    if report.until:
        held = fill(_tr("%1 to %2", "date-time groups"), report.when, report.until)
    doc.fields(
        [
            (_tr("From"), report.author),
            (_tr("To", "addressees"), "; ".join(report.distribution)),
            (_tr("Date-time group"), held),
            (_tr("Place"), place),
            (_tr("Position", "coordinates"), report.position),
            (_tr("Type"), kind),
            (_tr("Status"), status_word(report.status)),
            (_tr("Reference"), report.meeting_id),
        ]
    )
    doc.section(_tr("Participants"))
    doc.rows(
        (_tr("Name"), _tr("Position"), _tr("Organization")),
        [person_cells(p) for p in report.participants],
        (60, 55, 59),
    )
    if report.organizations:
        doc.paragraph(fill(_tr("Organizations represented: %1"), "; ".join(report.organizations)))
    doc.section(_tr("Purpose"))
    if report.purpose:
        doc.paragraph(report.purpose, own=False)
    else:
        doc.paragraph(_tr("Not recorded."), grey=True)
    for group in report.points:
        doc.section(_heading(group.kind))
        doc.numbered(_PREFIX[group.kind], group.texts)
    doc.section(_tr("Commitments"))
    doc.rows(
        (_tr("Who", "committed"), _tr("Committed to")),
        [(c.who or "—", c.what) for c in report.commitments],
        (50, 124),
    )
    doc.section(_tr("Follow-up actions"))
    doc.rows(
        (_tr("Action"), _tr("Owner"), _tr("Due"), _tr("Status")),
        [action_cells(a)[:4] for a in report.actions],
        (78, 48, 24, 24),
    )
    doc.section(_tr("Assessment"))
    opinion = _tr("Officer's assessment — the opinion of the reporting officer, not an agreed position.")
    doc.paragraph(opinion, grey=True)
    if report.assessment:
        doc.paragraph(report.assessment, own=False)
    else:
        doc.paragraph(_tr("No assessment recorded."), grey=True)
    doc.section(_tr("Distribution"))
    doc.numbered("", report.distribution)
    doc.ln(4)
    doc.fields([(_tr("Author"), report.author), (_tr("Status"), status_word(report.status))])
    return doc.finish()
