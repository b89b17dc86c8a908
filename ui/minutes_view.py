"""A meeting read as minutes, in its own window: title, when, where, who attended, the
purpose, the points with their type, the assessment and the actions that came from it.

The content is a QTextDocument built from the minutes service's data, so the same
document can later be printed to PDF. The words come from here (through Qt's
translation); the record values are escaped, never read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from liaison_app import vocab
from liaison_app.services.minutes import Minutes, Point
from ui.display_words import day_words, sensitivity_text, vocab_label
from ui.i18n import tr as _tr


def _moment(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None


def _zone(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def when_text(start: str, end: str | None) -> str:
    """'2026-11-20 10:00 – 11:30 (UTC+03:00)' in the meeting's own zone, as recorded (the
    end's date only when it is another day); a text that is not a time is shown as it is."""
    first = _moment(start)
    if first is None:
        return start
    shown = first.strftime("%Y-%m-%d %H:%M")
    last = _moment(end) if end else None
    if last is not None:
        last = last.astimezone(first.tzinfo) if first.tzinfo and last.tzinfo else last
        same_day = last.date() == first.date()
        until = last.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
        shown = _tr("%1 – %2").replace("%1", shown).replace("%2", until)
    zone = _zone(first)
    return _tr("%1 (%2)").replace("%1", shown).replace("%2", zone) if zone else shown


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def _section(heading: str, body: str) -> str:
    return f"<h3>{escape(heading)}</h3>{body}" if body else ""


def _where(m: Minutes) -> str:
    parts = [escape(m.location)] if m.location else []
    if m.grid:
        parts.append(escape(_tr("grid %1").replace("%1", m.grid)))
    if m.latitude is not None and m.longitude is not None:
        parts.append(escape(f"{m.latitude:.5f}, {m.longitude:.5f}"))
    return " · ".join(parts)


def _attendees(m: Minutes) -> str:
    items = []
    for person in m.attendees:
        detail = ", ".join(part for part in (person.position, person.organization) if part)
        suffix = f" <span style='color:#555'>({escape(detail)})</span>" if detail else ""
        items.append(f"<li><b>{escape(person.name)}</b>{suffix}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _point_items(points: Iterable[Point], *, with_kind: bool) -> str:
    items = []
    for point in points:
        kind = f"<b>{escape(vocab_label(vocab.POINT_KINDS, point.kind))}:</b> " if with_kind else ""
        text = "<br>".join(escape(line) for line in point.text.splitlines())
        items.append(f"<li>{kind}{text}</li>")
    return "".join(items)


def _points(m: Minutes, *, grouped: bool) -> str:
    if not m.points:
        return ""
    if not grouped:
        return f"<ol>{_point_items(m.points, with_kind=True)}</ol>"
    known = [kind for kind in vocab.POINT_KINDS if m.points_of(kind)]
    others = sorted({p.kind for p in m.points} - set(vocab.POINT_KINDS))
    blocks = []
    for kind in [*known, *others]:
        heading = escape(vocab_label(vocab.POINT_KINDS, kind))
        blocks.append(f"<h4>{heading}</h4><ul>{_point_items(m.points_of(kind), with_kind=False)}</ul>")
    return "".join(blocks)


def _actions(m: Minutes) -> str:
    items = []
    for action in m.actions:
        details = [action.owner or _tr("no owner")]
        if action.due:
            details.append(_tr("due %1").replace("%1", day_words(action.due)))
        details.append(vocab_label(vocab.ACTION_STATUSES, action.status))
        items.append(f"<li><b>{escape(action.title)}</b> — {escape(', '.join(details))}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def minutes_html(m: Minutes, *, grouped: bool = False) -> str:
    """The minutes as rich text for a QTextDocument (points in order, or grouped by type)."""
    # (label, cell already escaped); a fact with nothing to say is left out.
    facts = [
        (_tr("Type"), escape(vocab_label(vocab.MEETING_TYPES, m.meeting_type))),
        (_tr("When"), escape(when_text(m.start, m.end))),
        (_tr("Where"), _where(m)),
        (_tr("Organizations"), escape("; ".join(m.organizations))),  # names hold commas
        (_tr("Status"), escape(vocab_label(vocab.MEETING_STATUSES, m.status))),
        (_tr("Sensitivity"), escape(sensitivity_text(m.sensitivity))),
        (_tr("Recorded by"), escape(m.recorded_by)),
    ]
    rows = [
        f"<tr><td style='padding-right:12px'><b>{escape(label)}</b></td><td>{cell}</td></tr>"
        for label, cell in facts
        if cell
    ]
    return "".join(
        [
            f"<h2>{escape(m.title)}</h2>",
            f"<table>{''.join(rows)}</table>",
            _section(_tr("Attendees"), _attendees(m)),
            _section(_tr("Purpose"), _paragraphs(m.purpose)),
            _section(_tr("Points"), _points(m, grouped=grouped)),
            _section(_tr("Assessment"), _paragraphs(m.assessment)),
            _section(_tr("Actions from this meeting"), _actions(m)),
        ]
    )


def minutes_document(m: Minutes, *, grouped: bool = False, parent: QObject | None = None) -> QTextDocument:
    """The minutes as a document: what the view shows, and what a printer can take
    (QPrinter in PDF mode prints a QTextDocument as it is)."""
    document = QTextDocument(parent)
    document.setHtml(minutes_html(m, grouped=grouped))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, m.title)
    return document


class MinutesView(QWidget):
    """A read-only window showing one meeting's minutes (kept, and reused, by its editor)."""

    def __init__(self, minutes: Minutes, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.minutes = minutes
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.grouped = QCheckBox(_tr("&Group points by type"), self)
        self.grouped.toggled.connect(self._render)
        close = QPushButton(_tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.grouped)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.resize(720, 820)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: Minutes) -> None:
        """Show `minutes` (again, after the meeting was saved)."""
        self.minutes = minutes
        self.setWindowTitle(_tr("Minutes: %1").replace("%1", minutes.title))
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Escape closes, as in a dialog (the browser passes the keys it does not use up here).
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _render(self) -> None:
        # The same rich text as minutes_document (the browser keeps its own document).
        self.browser.setHtml(minutes_html(self.minutes, grouped=self.grouped.isChecked()))
        self.browser.document().setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, self.minutes.title
        )

    def text(self) -> str:
        """The minutes as plain text (what a reader sees, without the layout)."""
        return self.browser.toPlainText()
