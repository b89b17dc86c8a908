# mypy: disable-error-code="no-untyped-call"
"""Purge for good… in a list row's menu (and the Edit menu): it says what a purge means, asks
for the reason the purge log keeps, purges in the worker; Cancel changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.errors import NotFoundError
from liaison_app.services import record_purge, records
from liaison_app.translations import Language
from tests.ui.modal import when_modal
from ui import language, purge_dialog
from ui.context import AppContext
from ui.error_words import error_text
from ui.main_window import MainWindow


def _row_menu(window: MainWindow, kind: str) -> QMenu:
    page = window.lists[kind]
    at = page.table.visualRect(page.model.index(0, 0)).center()
    menu = window.record_actions.row_menu(page, at)
    assert menu is not None
    return menu


def _answer(text: str | None, seen: list[str]) -> object:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.labelText())
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    return act


def test_given_a_contact_when_purged_from_its_row_menu_then_it_is_gone_with_the_reason_logged(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("contact")
    window.go_to("contact")
    menu = _row_menu(window, "contact")
    assert "Purge for good…" in [a.text().replace("&", "") for a in menu.actions()]
    seen: list[str] = []

    when_modal(_answer("subject asked", seen))  # type: ignore[arg-type]
    window.record_actions.purge_action.trigger()

    qtbot.waitUntil(lambda: bool(record_purge.purge_log(ctx.store)))
    assert "Jean Mukendi" in seen[0] and "cannot be undone" in seen[0]
    logged = [(e.record_id, e.reason) for e in record_purge.purge_log(ctx.store)]
    assert logged == [(contact.id, "subject asked")]
    assert records.list_records(ctx.store, "contact") == []


def test_given_the_question_when_cancelled_then_nothing_is_purged(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "org", {"name": "Water Board"})
    ctx.notify_changed("org")
    window.go_to("org")
    _row_menu(window, "org")
    seen: list[str] = []

    when_modal(_answer(None, seen))  # type: ignore[arg-type]
    window.record_actions.purge_action.trigger()

    qtbot.waitUntil(lambda: bool(seen))
    assert record_purge.purge_log(ctx.store) == [] and len(records.list_records(ctx.store, "org")) == 1


def test_given_a_refused_purge_then_the_warning_is_worded_in_the_interface_language(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    language.apply(Language.FRENCH)
    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))

    when_modal(_answer("subject asked", []))  # type: ignore[arg-type]
    gone = purge_dialog.purge_record(ctx, "contact", "no-such-contact", "Jean Mukendi", parent)

    assert gone is False
    assert warned == [error_text(NotFoundError("contact no-such-contact not found"))]
    assert warned[0] != "contact no-such-contact not found" and "fiche" in warned[0]  # French
