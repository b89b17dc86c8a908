"""Until translation files exist, "%n item(s)" strings read as English plurals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from ui import english_plurals


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Probe", text, "", n)


def test_given_a_count_then_s_appears_for_every_count_but_one(qtbot: QtBot) -> None:
    english_plurals.install()
    english_plurals.install()  # once is enough; a second call adds nothing
    assert [_tr("%n open conflict(s)", n) for n in (0, 1, 2)] == [
        "0 open conflicts",
        "1 open conflict",
        "2 open conflicts",
    ]
    assert len(english_plurals._installed) == 1


def test_given_a_count_in_the_thousands_then_it_is_grouped_as_english_writes_it(qtbot: QtBot) -> None:
    english_plurals.install()
    assert _tr("%n contact(s)", 2000) == "2,000 contacts"
    assert _tr("%n contact(s)", 516000) == "516,000 contacts"


def test_given_text_without_a_count_then_it_reads_as_written(qtbot: QtBot) -> None:
    english_plurals.install()
    assert _tr("Keep this") == "Keep this"
    assert _tr("Select item(s)") == "Select item(s)"  # no count: nothing to decide


def test_given_a_language_installed_later_then_it_wins(qtbot: QtBot) -> None:
    english_plurals.install()

    class French(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return "%n conflit(s) ouvert(s)" if source == "%n open conflict(s)" else source

        def isEmpty(self) -> bool:  # noqa: N802
            return False

    french = French()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(french)
    try:
        assert _tr("%n open conflict(s)", 2) == "2 conflit(s) ouvert(s)"
    finally:
        app.removeTranslator(french)


def test_given_placeholders_beside_the_count_then_only_the_plural_mark_changes(qtbot: QtBot) -> None:
    english_plurals.install()
    assert _tr("Imported {done} of %n file(s)", 1) == "Imported {done} of 1 file"
    assert _tr("%n waiting", 3) == "3 waiting"
    assert _tr("a plain (s) text") == "a plain (s) text"  # no count: not a plural
