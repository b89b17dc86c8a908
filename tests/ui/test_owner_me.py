# mypy: disable-error-code="no-untyped-call"
"""The owner "me" in the action editor: named as the officer who recorded the action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from liaison_app.store import Store
from tests.sync.conftest import introduce, send
from ui.context import AppContext
from ui.main_window import MainWindow


def test_my_own_action_names_me_with_my_name(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    action = records.add(ctx.store, "action", {"title": "Recce the route", "owner": "me"})
    window.open_record("action", action.id)
    owner = window.lists["action"].editor.fields["owner"]
    assert owner.focus_target().text() == "Maj. Anna Berg (me)"  # type: ignore[attr-defined]


def test_typing_me_still_picks_the_officer_and_saves_me(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.go_to("action")
    page = window.lists["action"]
    page.new_record()
    qtbot.keyClicks(page.editor.fields["title"].focus_target(), "Call the mayor")
    owner = page.editor.fields["owner"].focus_target()
    qtbot.keyClicks(owner, "me")
    popup = page.editor.fields["owner"].completer.popup()  # type: ignore[attr-defined]
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.editor.save()
    (saved,) = records.list_records(ctx.store, "action")
    assert records.as_dict(saved)["owner"] == "me"
    assert owner.text() == "Maj. Anna Berg (me)"  # type: ignore[attr-defined]


def test_another_officers_me_shows_their_name_here(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, device: Callable[..., Store]
) -> None:
    bram = device("Capt. Bram Visser")
    introduce(bram, ctx.store)
    action = records.add(bram, "action", {"title": "Deliver the maps", "owner": "me"})
    send(bram, ctx.store)
    ctx.notify_changed("action")
    window.open_record("action", action.id)
    owner = window.lists["action"].editor.fields["owner"]
    assert owner.focus_target().text() == "Capt. Bram Visser"  # type: ignore[attr-defined]
