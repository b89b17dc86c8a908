"""The words the GUI shows for stored values and labels the services hand over as data:
value markers ("(empty)", "Deleted"), "never" for a missing time, and the registry's kind
and field labels passed through Qt's translation (contexts "kind" and "field") so a later
translation can catch them while the registry stays their one source."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from liaison_app.datetime_input import DisplayStyle
from liaison_app.kinds import KINDS, Kind
from liaison_app.services import display_text
from liaison_app.services.display_text import Line, Shown
from liaison_app.translations import Language
from ui import language
from ui.i18n import tr as _tr

# Every text reaches _tr as a literal, so a translation tool can extract it (as in sync_refusals).


def number_text(n: int) -> str:
    """A whole number as the interface's language writes it ("2,000", "2 000", "٢٬٠٠٠")."""
    return QLocale().toString(n)


def listed(parts: Iterable[str]) -> str:
    """Items of a list in a sentence, with the language's comma ("a, b" / "a، b")."""
    return _tr(", ").join(parts)


def capitalised(text: str) -> str:
    """`text` starting with a capital (a title, a table cell)."""
    return text[:1].upper() + text[1:]


def kind_label(kind: str) -> str:
    """One record of `kind` as people say it ("action item"): the registry's label, translated."""
    try:
        label = KINDS[Kind(kind)].label
    except ValueError:
        label = kind
    return label_text("kind", label)


def label_text(context: str, label: str) -> str:
    """A registry label (a kind's, a field's, a vocabulary's) through Qt's translation."""
    return QCoreApplication.translate(context, label)


def sensitivity_text(level: str) -> str:
    """A sensitivity level as the interface's language writes it: the default markings
    translated ("CONFIDENTIEL", "سري"), a level the mission named itself as typed. Markings are
    written in capitals on every screen, never re-cased ("Strictly Confidential")."""
    return label_text("vocab", level)


def vocab_labels(options: Mapping[str, str]) -> dict[str, str]:
    """A vocabulary's slug -> label, each label through Qt's translation ("vocab")."""
    return {slug: label_text("vocab", label) for slug, label in options.items()}


def vocab_label(options: Mapping[str, str], slug: str) -> str:
    """The translated label of `slug` in a vocabulary (the slug itself when unknown)."""
    return label_text("vocab", options[slug]) if slug in options else slug


def shown_text(line: Line) -> str:
    """One line of a value: its marker worded, or the stored text as it is."""
    if not isinstance(line, Shown):
        return line
    words = {
        Shown.EMPTY: _tr("(empty)"),
        Shown.DELETED: _tr("Deleted"),
        Shown.KEPT: _tr("Kept"),
        Shown.YES: _tr("yes"),
        Shown.NO: _tr("no"),
        Shown.ME: _tr("me"),
        Shown.NOT_HERE: _tr("(not on this device)"),
    }
    return words[line]


def value_text(lines: Iterable[Line]) -> str:
    """A value's lines (display_text.value_lines) as one text, a line each."""
    return "\n".join(shown_text(line) for line in lines)


def stamp_text(stamp: str | None, style: DisplayStyle = DisplayStyle.LOCAL) -> str:
    """A time from display_text.stamp as the display setting asks, or "never"."""
    return moment_words(stamp, style) if stamp is not None else _tr("never")


def day_words(text: str) -> str:
    """An ISO date (a due date) in the interface's language: the locale's short date in French
    and Arabic, ISO 8601 in English; anything else as it is."""
    if language.current() is Language.ENGLISH:
        return text
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def moment_words(text: str, style: DisplayStyle = DisplayStyle.LOCAL) -> str:
    """`display_text.moment_text` in the interface's language: a local date-time is written the
    locale's way in French and Arabic (English keeps ISO 8601, as the mission writes it); a
    date-time group stays as it is in every language."""
    if style is DisplayStyle.DTG or language.current() is Language.ENGLISH:
        return display_text.moment_text(text, style)
    moment = display_text.shown_moment(text)
    if moment is None:
        return text
    shown = QLocale().toString(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)),
        QLocale.FormatType.ShortFormat,
    )
    return f"{shown} UTC" if text.endswith(" UTC") else shown


def officer_text(officer: str) -> str:
    """An officer's name, or that it is not known here."""
    return officer or _tr("unknown officer")


def record_title(title: str | None, record_id: str) -> str:
    """A record's title, or which record it was when it is deleted (or not here)."""
    return title if title is not None else _tr("deleted record %1").replace("%1", record_id[:8])
