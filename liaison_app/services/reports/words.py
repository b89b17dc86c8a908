"""How report rows read in a PDF cell: the wording shared by the reports, in the language
of the report being written (`translations.speaking`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from liaison_app import translations, vocab
from liaison_app.services.reports.document import StaffDocument
from liaison_app.services.reports.people import ActionRow, Person
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr

NOBODY = "—"


def vocab_word(options: Mapping[str, str], slug: str) -> str:
    """The label of `slug` in a vocabulary, in the report's language (the slug when unknown):
    stored values stay the slugs, so reports in any language read the same records."""
    return translations.label("vocab", options[slug]) if slug in options else slug


def profile_word(profile: str) -> str:
    """A redaction profile's name as a report's footer prints it (the CLI's word in English)."""
    words = {
        "full": _tr("full", "redaction profile"),
        "partner": _tr("partner", "redaction profile"),
        "public": _tr("public", "redaction profile"),
    }
    return words.get(profile, profile)


def withheld_word() -> str:
    """What a report prints for a person it may not name."""
    return _tr("Withheld (do not share)")


def day_text(day: date) -> str:
    """A calendar day in a heading (not a date-time group) as the report's language writes
    it: "01 Dec 2026", "01 déc. 2026", "٠١ ديسمبر ٢٠٢٦"."""
    return translations.current().day(day, "dd MMM yyyy")


def date_text(day: date | str) -> str:
    """A date in a table or a sentence (a due date, a period's end), as the report's language
    writes dates in figures: ISO in English, day/month/year in French and Arabic. A text
    that is not an ISO date is shown as it is."""
    try:
        when = date.fromisoformat(day) if isinstance(day, str) else day
    except ValueError:
        return str(day)
    words = translations.current()
    if words.language is translations.Language.ENGLISH:
        return when.isoformat()
    return words.day(when, "dd/MM/yyyy")


def count(n: int) -> str:
    """A count as the report's language writes it (its digits, thousands grouped)."""
    return translations.current().number(n)


def person_cells(person: Person) -> tuple[str, str, str]:
    """Name, position, organization of a participant or contact."""
    if person.withheld:
        return (withheld_word(), "", "")
    return (person.name, person.position or NOBODY, person.organization or NOBODY)


def owner_word(action: ActionRow) -> str:
    """Who owns an action, as a report says it."""
    if action.owner_withheld:
        return withheld_word()
    return action.owner or _tr("Unassigned")


def action_cells(action: ActionRow) -> tuple[str, str, str, str, str]:
    """Title, owner, due, status and meeting of an action."""
    return (
        action.title,
        owner_word(action),
        date_text(action.due) if action.due else _tr("No date"),
        vocab_word(vocab.ACTION_STATUSES, action.status),
        action.meeting or NOBODY,
    )


def status_word(status: str) -> str:
    """A meeting status as the report says it."""
    return vocab_word(vocab.MEETING_STATUSES, status)


def action_table(doc: StaffDocument, rows: Sequence[ActionRow], total: int) -> None:
    """Actions as a table, saying so when only the first of more are listed."""
    doc.rows(
        (_tr("Action"), _tr("Owner"), _tr("Due"), _tr("Status"), _tr("From meeting")),
        [action_cells(a) for a in rows],
        (56, 36, 20, 20, 42),
    )
    # Only ever said of two or more: the English source needs no singular.
    capped(doc, len(rows), total, _tr("The first %1 of %Ln actions are listed.", "", total))


def capped(doc: StaffDocument, shown: int, total: int, sentence: str) -> None:
    """Say that a list stops before its end (`sentence`: "The first %1 of %Ln ... are listed.",
    the count already filled in)."""
    if shown < total:
        doc.paragraph(fill(sentence, count(shown)), grey=True)
