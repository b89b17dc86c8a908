"""The weekly activity and information summary as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app import vocab
from liaison_app.services.reports import chart
from liaison_app.services.reports.document import SANS, Heading, StaffDocument
from liaison_app.services.reports.weekly import WeeklySummary
from liaison_app.services.reports.words import (
    action_table,
    capped,
    count,
    date_text,
    day_text,
    profile_word,
    vocab_word,
)
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr


def render(summary: WeeklySummary, *, issued: str, author: str, redaction: str = "") -> bytes:
    """The summary as a PDF, issued at the date-time group `issued` by `author`."""
    who = summary.officer or _tr("all officers")
    doc = StaffDocument(
        summary.marking,
        Heading(
            title=_tr("Weekly activity and information summary"),
            subtitle=fill(_tr("%1 to %2", "days"), day_text(summary.first), day_text(summary.last))
            + f" — {who}",
            issued=issued,
            redaction=profile_word(redaction) if redaction else "",
            author=author,
        ),
    )
    overdue_on = date_text(summary.overdue_on)
    doc.fields(
        [
            (_tr("Period"), fill(_tr("%1 to %2", "days"), date_text(summary.first), date_text(summary.last))),
            (_tr("Officer"), who),
            (_tr("Engagements"), count(summary.engagement_total)),
            (_tr("Actions"), _action_line(summary, overdue_on)),
        ]
    )
    counts = [
        (_tr("Opened"), summary.opened.total),
        (_tr("Closed"), summary.closed.total),
        (_tr("Overdue"), summary.overdue.total),
    ]
    chart.draw_weekly(doc, summary.per_day, counts, font=SANS, width=170)
    doc.section(_tr("Engagements by type"))
    doc.rows(
        (_tr("Type"), _tr("Engagements")),
        [(vocab_word(vocab.MEETING_TYPES, t), count(n)) for t, n in summary.by_type],
        (120, 54),
    )
    doc.section(_tr("Engagements by area"))
    doc.rows(
        (_tr("Area"), _tr("Engagements")),
        [(area or _tr("No area recorded"), count(n)) for area, n in summary.by_area],
        (120, 54),
    )
    doc.section(_tr("Engagements held"))
    doc.rows(
        (_tr("Date-time group"), _tr("Engagement"), _tr("Type"), _tr("Place"), _tr("Organizations")),
        [
            (e.when, e.title, vocab_word(vocab.MEETING_TYPES, e.meeting_type), e.place, e.organizations)
            for e in summary.engagements
        ],
        (28, 50, 28, 30, 38),
    )
    total = summary.engagement_total
    listed = _tr("The first %1 of %Ln engagements are listed.", "", total)
    capped(doc, len(summary.engagements), total, listed)
    doc.section(_tr("Organizations engaged"))
    doc.rows(
        (_tr("Organization"), _tr("Engagements")),
        [(name, count(n)) for name, n in summary.organizations],
        (120, 54),
    )
    doc.section(_tr("Key decisions and commitments"))
    doc.rows(
        (_tr("Kind", "point"), _tr("Point"), _tr("Meeting"), _tr("Date-time group")),
        [(vocab_word(vocab.POINT_KINDS, p.kind), p.text, p.meeting, p.when) for p in summary.key_points],
        (26, 74, 46, 28),
    )
    for title, listed_actions in (
        (_tr("Actions opened"), summary.opened),
        (_tr("Actions closed"), summary.closed),
        (fill(_tr("Actions overdue on %1"), overdue_on), summary.overdue),
    ):
        doc.section(title)
        action_table(doc, listed_actions.rows, listed_actions.total)
    return doc.finish()


def _action_line(summary: WeeklySummary, overdue_on: str) -> str:
    totals = (count(listed.total) for listed in (summary.opened, summary.closed, summary.overdue))
    return fill(_tr("%1 opened, %2 closed, %3 overdue on %4"), *totals, overdue_on)
