# mypy: disable-error-code="no-untyped-call"
"""Related records under the editors: what each kind lists, and that a click or Enter opens
the record in its own screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui.context import AppContext
from ui.editors.related_panel import RelatedPanel
from ui.main_window import MainWindow


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()


def _world(ctx: AppContext) -> dict[str, str]:
    store = ctx.store
    wfp = records.add(store, "org", {"name": "World Food Programme"}).id
    jean = records.add(store, "contact", {"full_name": "Jean Mukendi", "organization_id": wfp}).id
    meeting = records.add(
        store,
        "meeting",
        {"title": "Convoy planning", "start": _ago(3), "attendee_ids": [jean], "organization_ids": [wfp]},
    ).id
    action = records.add(
        store, "action", {"title": "Recce the route", "meeting_id": meeting, "owner": jean}
    ).id
    return {"org": wfp, "contact": jean, "meeting": meeting, "action": action}


def _panel(window: MainWindow, kind: str) -> RelatedPanel:
    return window.lists[kind].editor.related


def _select_first_record(qtbot: QtBot, panel: RelatedPanel) -> None:
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Home)
    # headings are not selectable: Down lands on the first record of the first group
    for _ in range(5):
        current = panel.tree.currentItem()
        if current is not None and current.data(0, Qt.ItemDataRole.UserRole + 1):
            return
        qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
    raise AssertionError("no record reached with the keyboard")


def test_an_organization_lists_its_contact_meeting_and_open_action(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("org", ids["org"])
    panel = _panel(window, "org")
    assert panel.isVisible()
    assert panel.items() == [
        ("contact", ids["contact"]),
        ("meeting", ids["meeting"]),
        ("action", ids["action"]),
    ]


def test_a_contact_shows_meetings_actions_and_the_last_engagement(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("contact", ids["contact"])
    panel = _panel(window, "contact")
    assert panel.items() == [("meeting", ids["meeting"]), ("action", ids["action"])]
    assert panel.last_met.text() == f"Last engagement: {_ago(3)[:10]}"


def test_enter_on_a_related_meeting_opens_it_in_the_meetings_screen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("contact", ids["contact"])
    panel = _panel(window, "contact")
    _select_first_record(qtbot, panel)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.current_list() is window.lists["meeting"]
    assert window.lists["meeting"].editor.record_id == ids["meeting"]
    # and the meeting lists the action that came from it
    assert _panel(window, "meeting").items() == [("action", ids["action"])]


def test_one_click_on_a_related_action_opens_it(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    ids = _world(ctx)
    window.open_record("meeting", ids["meeting"])
    panel = _panel(window, "meeting")
    group = panel.tree.topLevelItem(0)
    assert group is not None
    row = group.child(0)
    assert row is not None
    rect = panel.tree.visualItemRect(row)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.lists["action"].editor.record_id == ids["action"]


def test_a_new_record_and_an_action_show_no_related_records(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.lists["org"].new_record()
    assert not _panel(window, "org").isVisible()
    window.open_record("action", ids["action"])
    assert not _panel(window, "action").isVisible()


def test_an_action_added_from_the_meeting_appears_under_it(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("meeting", ids["meeting"])
    later = records.add(ctx.store, "action", {"title": "Share the map", "meeting_id": ids["meeting"]}).id
    ctx.notify_changed("action")
    assert ("action", later) in _panel(window, "meeting").items()


def test_a_panel_off_screen_reads_again_when_it_is_shown(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("meeting", ids["meeting"])
    window.go_to("contact")
    later = records.add(ctx.store, "action", {"title": "Share the map", "meeting_id": ids["meeting"]}).id
    ctx.notify_changed("action")
    window.go_to("meeting")
    assert ("action", later) in _panel(window, "meeting").items()


def test_tab_from_the_last_field_reaches_the_related_records(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _world(ctx)
    window.open_record("contact", ids["contact"])
    editor = window.lists["contact"].editor
    last = list(editor.fields.values())[-1].focus_target()
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.related.tree
