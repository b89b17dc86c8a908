"""English plurals for `%n` texts until real translations exist: "(s)" becomes the singular or
plural, every other text is left exactly as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from ui import plurals


def test_given_the_plurals_installed_then_n_texts_read_as_english_and_others_are_untouched(
    qtbot: QtBot,
) -> None:
    plurals.install()
    plurals.install()  # idempotent: screens may each ask for it

    def tr(text: str, n: int = -1) -> str:
        return QCoreApplication.translate("Test", text, "", n)

    assert [tr("%n conflict(s)", n) for n in (0, 1, 2)] == ["0 conflicts", "1 conflict", "2 conflicts"]
    assert tr("Imported {done} of %n file(s)", 1) == "Imported {done} of 1 file"
    assert tr("%n waiting", 3) == "3 waiting"
    assert tr("Refused: {reason}") == "Refused: {reason}"
    assert tr("a plain (s) text") == "a plain (s) text"  # no count: not a plural
