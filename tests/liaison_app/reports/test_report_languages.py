"""Reports in the chosen language: French and Arabic words, vocabulary labels translated
while the stored values stay as they are, the date-time group unchanged, Arabic laid out
right to left, plurals and dates the language's way."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale

from db.models import Meeting
from liaison_app import translations
from liaison_app.services import records
from liaison_app.services.interop.redaction import Profile
from liaison_app.services.reports import build, meeting_report, words
from liaison_app.store import Store
from liaison_app.translations import Language
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import pages, words_of


def _first_x(data: bytes, wanted: str) -> float:
    """Where on page 1 (points from the left edge) the first text run holding `wanted` starts."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if wanted in text:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert found, wanted
    return found[0]


def test_given_french_when_a_meeting_report_is_built_then_its_words_and_vocabulary_are_french(
    store: Store, mission: world.World, spoken: Path
) -> None:
    before = records.get(store, "meeting", mission.meeting)
    report = build.meeting_pdf(store, mission.meeting, profile=Profile.FULL, language=Language.FRENCH)
    assert report.language is Language.FRENCH
    text = "\n".join(assert_marked_fr(report.pdf))
    for expected in (
        "Rapport de réunion / de liaison",
        "1. PARTICIPANTS",
        "CONSTATS",
        "DÉCISIONS",
        "Groupe date-heure",
        "Réunion de coordination",  # the vocabulary's label of coordination-meeting
        "Brouillon",
        "Réunion de coordination santé",  # the record's own title, as stored
        world.FRENCH,
    ):
        assert expected in text, expected
    assert "Meeting / liaison report" not in text
    # The date-time group is written as in every language.
    assert meeting_report.gather(store, mission.meeting).when in text
    after = records.get(store, "meeting", mission.meeting)
    assert after == before
    assert isinstance(after, Meeting)
    assert after.meeting_type == "coordination-meeting"  # the slug, as stored


def assert_marked_fr(data: bytes) -> list[str]:
    """Every page marked CONFIDENTIEL (the marking translated) and numbered 'Page X sur Y'."""
    found = pages(data)
    for number, page in enumerate(found, start=1):
        assert page.count("CONFIDENTIEL") >= 2, number
        assert f"Page {number} sur {len(found)}" in page
    return found


def test_given_arabic_when_a_meeting_report_is_built_then_it_holds_arabic_headings_and_the_names(
    store: Store, mission: world.World, spoken: Path
) -> None:
    report = build.meeting_pdf(store, mission.meeting, profile=Profile.FULL, language=Language.ARABIC)
    text = "\n".join(pages(report.pdf))
    # Arabic comes back in visual order: each word is looked for on its own.
    for expected in ("المشاركون", "الملاحظات", "القرارات", "اجتماع", "تنسيقي", "سري", "مسودة"):
        assert expected in text, expected
    assert "Meeting / liaison report" not in text
    assert set(world.ARABIC.split()) <= words_of(text)
    assert world.FRENCH in text  # a French name inside the Arabic report reads left to right
    assert meeting_report.gather(store, mission.meeting).when in text


def test_given_arabic_when_rendered_then_the_title_and_labels_are_set_from_the_right(
    store: Store, mission: world.World, spoken: Path
) -> None:
    english = build.meeting_pdf(store, mission.meeting, profile=Profile.FULL, language=Language.ENGLISH)
    arabic = build.meeting_pdf(store, mission.meeting, profile=Profile.FULL, language=Language.ARABIC)
    middle = 595.28 / 2  # A4's width in points, halved
    # The label/value rows: the value beside its label, on the label's left in Arabic.
    assert _first_x(english.pdf, "Reference") < _first_x(english.pdf, mission.meeting)
    assert _first_x(arabic.pdf, mission.meeting) < _first_x(arabic.pdf, "Reference")
    assert _first_x(arabic.pdf, "Reference") > middle
    # The participants' first column (Name) is the leftmost in English, the rightmost in Arabic.
    assert _first_x(english.pdf, world.FRENCH) < middle < _first_x(arabic.pdf, world.FRENCH)


def test_given_no_language_when_a_report_is_built_then_it_speaks_the_users_choice(
    store: Store, mission: world.World, spoken: Path
) -> None:
    assert build.meeting_pdf(store, mission.meeting, profile=Profile.FULL).language is Language.ENGLISH
    translations.choose(Language.FRENCH)
    report = build.meeting_pdf(store, mission.meeting, profile=Profile.FULL)
    assert report.language is Language.FRENCH
    assert "Rapport de réunion / de liaison" in pages(report.pdf)[0]


def test_given_arabic_counts_then_the_six_plural_forms_are_chosen_and_digits_are_arabic(
    spoken: Path,
) -> None:
    source = "The first %1 of %Ln actions are listed."
    with translations.speaking(Language.ARABIC):
        said = {n: translations.tr(source, "", n) for n in (1, 2, 5, 11, 100, 1200)}
    assert said[1] == "أُدرج أول %1 من أصل إجراء واحد."
    assert said[2] == "أُدرج أول %1 من أصل إجراءين."
    assert said[5] == "أُدرج أول %1 من أصل ٥ إجراءات."
    assert said[11] == "أُدرج أول %1 من أصل ١١ إجراءً."
    assert said[100] == "أُدرج أول %1 من أصل ١٠٠ إجراء."
    assert said[1200] == "أُدرج أول %1 من أصل ١٬٢٠٠ إجراء."
    with translations.speaking(Language.FRENCH):
        assert translations.tr(source, "", 3) == "Seules les %1 premières actions sur 3 sont listées."


def test_given_a_day_then_each_language_writes_it_its_way() -> None:
    day = date(2026, 12, 1)
    with translations.speaking(Language.ENGLISH):
        assert (words.day_text(day), words.date_text(day), words.count(1200)) == (
            "01 Dec 2026",
            "2026-12-01",
            "1,200",
        )
    with translations.speaking(Language.FRENCH):
        assert (words.day_text(day), words.date_text("2026-12-01")) == ("01 déc. 2026", "01/12/2026")
    with translations.speaking(Language.ARABIC):
        assert words.date_text(day) == "٠١/١٢/٢٠٢٦"
        assert words.count(1200) == "١٬٢٠٠"
    assert words.date_text("not a date") == "not a date"


def test_given_a_text_then_fill_replaces_each_placeholder_once() -> None:
    assert translations.fill("de %1 à %2", "%2", "B") == "de %2 à B"
    assert translations.fill("%1 et %3", "A") == "A et %3"


def test_given_arabic_when_a_weekly_summary_is_built_then_its_chart_names_the_days_in_arabic(
    store: Store, mission: world.World, spoken: Path
) -> None:
    report = build.weekly_pdf(
        store, first=world.WEEK_FIRST, last=world.TODAY, profile=Profile.FULL, language=Language.ARABIC
    )
    first = pages(report.pdf)[0]
    today = QDate(world.TODAY.year, world.TODAY.month, world.TODAY.day)
    assert QLocale("ar").toString(today, "ddd") in first  # the chart's day labels
    assert QLocale("ar").toString(today, "dd/MM/yyyy") in first  # the period, Arabic-Indic figures
    assert world.TODAY.isoformat() not in first
