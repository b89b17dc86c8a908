# mypy: disable-error-code="no-untyped-call"
"""Tab and Shift+Tab through a whole list screen, keyboard only: the order follows what is
seen, enters every row of every row field, reaches every button, wraps on the screen and
never falls into the side bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from ui.context import AppContext
from ui.editors.points_field import PointRow, PointsField
from ui.editors.rows_field import RowsField
from ui.list_view import ListPage
from ui.main_window import MainWindow

START = "2026-11-20T10:00+01:00"

TOOLBAR = ["search", "show", "organization", "officer", "new", "list"]
MEETING_EDITOR = [
    "minutes",
    "report",
    "own-window",
    "title",
    "meeting_type",
    *(f"{when}/{part}" for when in ("start", "end") for part in ("text", "zone", "calendar", "now")),
    "location",
    "area_id",
    "grid",
    "latitude",
    "longitude",
    "attendee_ids",
    "attendee_ids/chosen",
    "attendee_ids/remove",
    "organization_ids",
    "organization_ids/chosen",
    "organization_ids/remove",
    "purpose",
    # The first point's Up and the last point's Down are disabled (nowhere to go): passed by.
    "points/1/kind",
    "points/1/text",
    "points/1/down",
    "points/1/remove",
    "points/2/kind",
    "points/2/text",
    "points/2/up",
    "points/2/down",
    "points/2/remove",
    "points/3/kind",
    "points/3/text",
    "points/3/up",
    "points/3/remove",
    "points/add",
    "assessment",
    "status",
    "sensitivity",
    "scope",
    "related",
    "save",
    "new-action",
    "revert",
    "delete",
]


def describe(widget: QWidget | None, page: QWidget) -> str:
    """A focus widget as a path of object names under `page` ("points/2/text")."""
    if widget is None:
        return "<none>"
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not page:
        parent = current.parentWidget()
        if isinstance(current, PointRow) and isinstance(parent, PointsField):
            parts.append(str(parent.rows.index(current) + 1))
        elif current.objectName() and not current.objectName().startswith("qt_"):
            parts.append(current.objectName())
        current = parent
    if current is None:
        return f"<outside the screen: {'/'.join(reversed(parts)) or type(widget).__name__}>"
    return "/".join(reversed(parts))


def _meeting_screen(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> ListPage:
    amina = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    fatima = records.add(ctx.store, "contact", {"full_name": "Fatima Noor"})
    points = [{"kind": "finding", "text": t} for t in ("Wells dry", "Road open", "Clinic short of staff")]
    meeting = records.add(
        ctx.store,
        "meeting",
        {
            "title": "Water point security",
            "start": START,
            "attendee_ids": [amina.id, fatima.id],
            "points": points,
        },
    )
    records.add(ctx.store, "action", {"title": "Recce the route", "meeting_id": meeting.id})
    ctx.notify_changed("")
    window.open_record("meeting", meeting.id)
    page = window.lists["meeting"]
    title = page.editor.fields["title"].focus_target()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, " (draft)")  # unsaved edits: Save and Revert take part too
    assert page.editor.is_dirty()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    return page


def _walk(qtbot: QtBot, page: QWidget, key: Qt.Key, steps: int) -> list[str]:
    seen = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key)
        seen.append(describe(QApplication.focusWidget(), page))
    return seen


def test_given_a_meeting_with_three_points_and_two_attendees_then_tab_visits_every_part_in_order(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = _meeting_screen(qtbot, window, ctx)
    ring = TOOLBAR + MEETING_EDITOR
    seen = _walk(qtbot, page, Qt.Key.Key_Tab, len(ring))
    assert seen == ring[1:] + ring[:1]  # from the search box round to it again
    assert not window.sidebar.hasFocus()


def test_given_the_same_meeting_then_shift_tab_walks_the_same_ring_backwards(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = _meeting_screen(qtbot, window, ctx)
    ring = TOOLBAR + MEETING_EDITOR
    seen = _walk(qtbot, page, Qt.Key.Key_Backtab, len(ring))
    backwards = list(reversed(ring))
    assert seen == backwards[:-1] + backwards[-1:]
    assert seen[0] == "delete"  # Shift+Tab from the search box wraps to the editor's last button


def test_given_a_contact_then_tab_enters_each_contact_point_row_then_add_then_the_next_field(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    points = [{"kind": "phone", "value": "+961 70 123 456", "label": "office"}]
    points.append({"kind": "email", "value": "amina@example.org", "label": ""})
    contact = records.add(ctx.store, "contact", {"full_name": "Amina Haddad", "contact_points": points})
    ctx.notify_changed("contact")
    window.open_record("contact", contact.id)
    page = window.lists["contact"]
    rows = page.editor.fields["contact_points"]
    assert isinstance(rows, RowsField)
    added = rows.add_row()  # added after loading: in line too
    qtbot.waitUntil(added.isVisible)
    name = page.editor.fields["full_name"].focus_target()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    seen = _walk(qtbot, page, Qt.Key.Key_Tab, 16)
    row = [f"contact_points/{part}" for part in ("kind", "value", "label", "remove")]
    assert seen[:15] == ["position", "organization_id", *row * 3, "contact_points/add"]
    assert seen[15] == "languages"


def test_given_the_side_bar_clicked_then_tab_goes_into_the_screen_and_never_back_to_the_bar(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "org", {"name": "World Food Programme"})
    window.go_to("org")
    window.sidebar.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(window.sidebar.hasFocus)
    page = window.lists["org"]
    seen = _walk(qtbot, page, Qt.Key.Key_Tab, 12)
    assert seen[0] == "search"
    assert not any(step.startswith("<outside") for step in seen)


def test_f6_moves_to_the_side_bar_and_back_and_ctrl_number_puts_the_cursor_in_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "org", {"name": "World Food Programme"})
    ctx.notify_changed("org")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.lists["org"]
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    assert window.sidebar.hasFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    assert page.table.hasFocus()


def test_every_button_of_every_editor_takes_focus_by_tab_and_click(window: MainWindow) -> None:
    for page in window.lists.values():
        page.new_record()
        buttons = [w for w in page.editor.tab_sequence() if isinstance(w, QAbstractButton)]
        assert buttons, page.kind
        lazy = [describe(b, page) for b in buttons if b.focusPolicy() != Qt.FocusPolicy.StrongFocus]
        assert lazy == [], page.kind
        page.editor.revert()


def test_given_the_meeting_in_its_own_window_then_tab_wraps_inside_that_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = _meeting_screen(qtbot, window, ctx)
    page.detacher.detach()
    own = page.detacher.window
    assert own is not None
    qtbot.waitExposed(own)
    own.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is own)
    delete = page.editor.delete_button
    delete.setFocus()
    qtbot.waitUntil(delete.hasFocus)
    seen = _walk(qtbot, page.editor, Qt.Key.Key_Tab, len(MEETING_EDITOR))
    assert seen == MEETING_EDITOR  # from Delete round to Delete, the list's toolbar never reached
    page.detacher.attach()
