"""Switching the interface language: the window speaks the new language (Arabic right to
left), and nothing the officer typed is lost (ui/language_switch.py, ui/language.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app import translations
from liaison_app.services import records
from liaison_app.translations import Language, words
from ui import language, worker
from ui.context import AppContext
from ui.language_switch import WindowHost, switch
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


@pytest.fixture
def windows(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    """Every main window a test builds, closed at its end without questions."""
    built: list[MainWindow] = []
    yield built
    monkeypatch.setattr(MainWindow, "_settle_all", lambda self: True)
    for window in built:
        if not window._retired:
            window.close()


def _shown(qtbot: QtBot, window: MainWindow, built: list[MainWindow]) -> MainWindow:
    built.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_new_contact(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.go_to("contact")
    page = window.lists["contact"]
    assert page.new_record()
    field = page.editor.fields["full_name"].focus_target()
    QTest.keyClicks(field, name)
    assert page.editor.is_dirty()


def test_given_an_unsaved_new_contact_when_switching_to_french_then_the_window_speaks_french_and_keeps_it(
    qtbot: QtBot, ctx: AppContext, windows: list[MainWindow]
) -> None:
    english = _shown(qtbot, MainWindow(ctx, remember_geometry=False), windows)
    _type_new_contact(qtbot, english, "Amina Diallo")

    french = _shown(qtbot, switch(english, Language.FRENCH), windows)

    labels = _sidebar(french)
    assert labels[:4] == ["Tableau de bord", "Réunions", "Contacts", "Organisations"]
    assert labels == [words(Language.FRENCH).tr(text) for text in _sidebar_sources()]
    assert french.windowTitle().startswith("Liaison")
    assert french.pages.currentWidget() is french.lists["contact"]
    editor = french.lists["contact"].editor
    assert editor.fields["full_name"].value() == "Amina Diallo"
    assert editor.is_dirty()  # still unsaved: the switch saves nothing
    assert records.list_records(ctx.store, "contact") == []
    assert french.lists["contact"].search.placeholderText() == "Rechercher des contacts (Ctrl+F)" or (
        "contacts" in french.lists["contact"].search.placeholderText()
    )
    assert french.layoutDirection() == LTR
    assert QLocale().language() == QLocale.Language.French


def _sidebar_sources() -> list[str]:
    return [
        "Dashboard",
        "Meetings",
        "Contacts",
        "Organizations",
        "Action items",
        "Conflicts",
        "Sync",
        "Trash",
        "Areas",
        "Review",
    ]


def test_given_an_edit_of_a_stored_record_when_switching_to_arabic_then_right_to_left_and_kept(
    qtbot: QtBot, ctx: AppContext, windows: list[MainWindow]
) -> None:
    org = records.add(ctx.store, "org", {"name": "Croix-Rouge centrafricaine", "acronym": "CRCA"})
    english = _shown(qtbot, MainWindow(ctx, remember_geometry=False), windows)
    english.open_record("org", org.id)
    editor = english.lists["org"].editor
    acronym = editor.fields["acronym"].focus_target()
    QTest.keyClick(acronym, Qt.Key.Key_End)
    QTest.keyClicks(acronym, " Bangui")

    arabic = _shown(qtbot, switch(english, Language.ARABIC), windows)

    assert QApplication.layoutDirection() == RTL
    assert arabic.layoutDirection() == RTL
    assert _sidebar(arabic)[0] == "لوحة المعلومات"
    # Right to left: the side bar is on the window's right, the pages on its left.
    sidebar_x = arabic.sidebar.mapTo(arabic, arabic.sidebar.rect().topLeft()).x()
    pages_x = arabic.pages.mapTo(arabic, arabic.pages.rect().topLeft()).x()
    assert sidebar_x > pages_x
    moved = arabic.lists["org"].editor
    assert moved.record_id == org.id
    assert moved.fields["acronym"].value() == "CRCA Bangui"
    assert moved.is_dirty()
    assert records.as_dict(records.get(ctx.store, "org", org.id))["acronym"] == "CRCA"  # nothing saved

    back = _shown(qtbot, switch(arabic, Language.ENGLISH), windows)

    assert back.layoutDirection() == LTR
    assert _sidebar(back) == _sidebar_sources()
    assert back.lists["org"].editor.fields["acronym"].value() == "CRCA Bangui"


def test_given_arabic_then_counts_read_with_the_arabic_plural_and_the_language_speaks_in_qt(
    qtbot: QtBot,
) -> None:
    language.apply(Language.ARABIC)

    one = QCoreApplication.translate("", "%Ln contact(s)", None, 1)
    two = QCoreApplication.translate("", "%Ln contact(s)", None, 2)

    assert one != two
    assert "contact" not in one + two
    assert language.current() is Language.ARABIC


def test_given_french_chosen_in_the_settings_then_it_is_kept_and_the_host_rebuilds_the_window(
    qtbot: QtBot, ctx: AppContext, windows: list[MainWindow]
) -> None:
    english = _shown(qtbot, MainWindow(ctx, remember_geometry=False), windows)
    host = WindowHost(english)
    dialog = SettingsDialog(ctx, english)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))

    dialog.apply()

    assert translations.chosen().language is Language.FRENCH
    with qtbot.waitSignal(host.replaced) as replaced:
        english.language_chosen.emit(translations.chosen().effective)
    rebuilt = replaced.args[0]
    assert isinstance(rebuilt, MainWindow)
    windows.append(rebuilt)
    assert host.window is rebuilt
    assert _sidebar(rebuilt)[0] == "Tableau de bord"
    assert english._retired


def test_given_arabic_then_the_shipped_arabic_font_is_available_to_every_widget(qtbot: QtBot) -> None:
    language.apply(Language.ARABIC)

    assert "Noto Naskh Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)


def test_given_a_job_running_when_a_language_is_chosen_then_the_switch_waits_for_its_end(
    qtbot: QtBot, ctx: AppContext, windows: list[MainWindow]
) -> None:
    english = _shown(qtbot, MainWindow(ctx, remember_geometry=False), windows)
    host = WindowHost(english)
    release = threading.Event()
    task = worker.start(lambda state: release.wait(10))

    english.language_chosen.emit(Language.FRENCH)
    qtbot.wait(400)

    assert host.window is english  # not while the job runs
    release.set()
    qtbot.waitUntil(lambda: host.window is not english, timeout=5000)
    windows.append(host.window)
    assert task.done
    assert _sidebar(host.window)[0] == "Tableau de bord"
