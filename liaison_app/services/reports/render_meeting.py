"""The meeting / liaison report as PDF bytes, from its gathered data (no store needed)."""

from __future__ import annotations

from liaison_app import vocab
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.meeting_report import MeetingReport
from liaison_app.services.reports.words import action_cells, person_cells, status_word

# The letter points of each kind are numbered with (F1, D1, R1...).
_PREFIX = {"finding": "F", "decision": "D", "request": "Q", "recommendation": "R"}
_PLURAL = {
    "finding": "Findings",
    "decision": "Decisions",
    "request": "Requests",
    "recommendation": "Recommendations",
}
OPINION = "Officer's assessment — the opinion of the reporting officer, not an agreed position."


def render(report: MeetingReport, *, issued: str, redaction: str = "") -> bytes:
    """The report as a PDF, `issued` being the date-time group it is issued at."""
    kind = vocab.MEETING_TYPES.get(report.meeting_type, report.meeting_type)
    doc = StaffDocument(
        report.marking,
        Heading(
            title="Meeting / liaison report",
            subtitle=f"{kind}: {report.title}",
            issued=issued,
            redaction=redaction,
            author=report.author,
        ),
    )
    place = ", ".join(part for part in (report.place, report.grid) if part)
    doc.fields(
        [
            ("From", report.author),
            ("To", "; ".join(report.distribution)),
            ("Date-time group", report.when + (f" to {report.until}" if report.until else "")),
            ("Place", place),
            ("Position", report.position),
            ("Type", kind),
            ("Status", vocab.MEETING_STATUSES.get(report.status, report.status)),
            ("Reference", report.meeting_id),
        ]
    )
    doc.section("Participants")
    doc.rows(
        ("Name", "Position", "Organization"), [person_cells(p) for p in report.participants], (60, 55, 59)
    )
    if report.organizations:
        doc.paragraph("Organizations represented: " + "; ".join(report.organizations))
    doc.section("Purpose")
    doc.paragraph(report.purpose or "Not recorded.", grey=not report.purpose)
    for group in report.points:
        doc.section(_PLURAL[group.kind])
        doc.numbered(_PREFIX[group.kind], group.texts)
    doc.section("Commitments")
    doc.rows(
        ("Who", "Committed to"),
        [(c.who or "—", c.what) for c in report.commitments],
        (50, 124),
    )
    doc.section("Follow-up actions")
    doc.rows(
        ("Action", "Owner", "Due", "Status"),
        [action_cells(a)[:4] for a in report.actions],
        (78, 48, 24, 24),
    )
    doc.section("Assessment")
    doc.paragraph(OPINION, grey=True)
    doc.paragraph(report.assessment or "No assessment recorded.", grey=not report.assessment)
    doc.section("Distribution")
    doc.numbered("", report.distribution)
    doc.ln(4)
    doc.fields([("Author", report.author), ("Status", status_word(report.status))])
    return doc.finish()
