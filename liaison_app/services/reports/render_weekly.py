"""The weekly activity and information summary as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app import vocab
from liaison_app.services.reports import chart
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.weekly import WeeklySummary
from liaison_app.services.reports.words import action_table, capped


def render(summary: WeeklySummary, *, issued: str, author: str, redaction: str = "") -> bytes:
    """The summary as a PDF, issued at the date-time group `issued` by `author`."""
    who = summary.officer or "all officers"
    doc = StaffDocument(
        summary.marking,
        Heading(
            title="Weekly activity and information summary",
            subtitle=f"{summary.first:%d %b %Y} to {summary.last:%d %b %Y} — {who}",
            issued=issued,
            redaction=redaction,
            author=author,
        ),
    )
    doc.fields(
        [
            ("Period", f"{summary.first.isoformat()} to {summary.last.isoformat()}"),
            ("Officer", who),
            ("Engagements", str(summary.engagement_total)),
            ("Actions", _action_line(summary)),
        ]
    )
    counts = [
        ("Opened", summary.opened.total),
        ("Closed", summary.closed.total),
        ("Overdue", summary.overdue.total),
    ]
    doc.picture(chart.weekly_png(summary.per_day, counts), width=170)
    doc.section("Engagements by type")
    doc.rows(
        ("Type", "Engagements"),
        [(vocab.MEETING_TYPES.get(t, t), str(n)) for t, n in summary.by_type],
        (120, 54),
    )
    doc.section("Engagements by area")
    doc.rows(
        ("Area", "Engagements"),
        [(area or "No area recorded", str(n)) for area, n in summary.by_area],
        (120, 54),
    )
    doc.section("Engagements held")
    doc.rows(
        ("Date-time group", "Engagement", "Type", "Place", "Organizations"),
        [
            (
                e.when,
                e.title,
                vocab.MEETING_TYPES.get(e.meeting_type, e.meeting_type),
                e.place,
                e.organizations,
            )
            for e in summary.engagements
        ],
        (28, 50, 28, 30, 38),
    )
    capped(doc, len(summary.engagements), summary.engagement_total, "engagements")
    doc.section("Organizations engaged")
    doc.rows(
        ("Organization", "Engagements"), [(name, str(n)) for name, n in summary.organizations], (120, 54)
    )
    doc.section("Key decisions and commitments")
    doc.rows(
        ("Kind", "Point", "Meeting", "Date-time group"),
        [(vocab.POINT_KINDS.get(p.kind, p.kind), p.text, p.meeting, p.when) for p in summary.key_points],
        (26, 74, 46, 28),
    )
    for title, listed in (
        ("Actions opened", summary.opened),
        ("Actions closed", summary.closed),
        (f"Actions overdue on {summary.overdue_on.isoformat()}", summary.overdue),
    ):
        doc.section(title)
        action_table(doc, listed.rows, listed.total)
    return doc.finish()


def _action_line(summary: WeeklySummary) -> str:
    return (
        f"{summary.opened.total} opened, {summary.closed.total} closed, "
        f"{summary.overdue.total} overdue on {summary.overdue_on.isoformat()}"
    )
