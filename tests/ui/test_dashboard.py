# mypy: disable-error-code="no-untyped-call"
"""The dashboard words the service's data: change lines, action lines and the counts."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from liaison_app.clock import today
from liaison_app.services import records
from liaison_app.services.dashboard import ChangeAction, ChangeLine
from ui.context import AppContext
from ui.dashboard import change_sentence
from ui.main_window import MainWindow


def _line(action: ChangeAction, fields: tuple[str, ...] = (), **kw: str) -> ChangeLine:
    values = {"officer": "HQ", "device": "hq-laptop", "kind": "contact", "title": "Jean Mukendi"} | kw
    return ChangeLine(
        kind=values["kind"],
        id="c1",
        when="2026-11-24 15:03",
        officer=values["officer"],
        device=values["device"],
        action=action,
        title=values["title"],
        fields=fields,
        openable=True,
    )


def test_given_an_edit_then_the_sentence_names_who_where_what_and_the_fields(window: MainWindow) -> None:
    line = _line(ChangeAction.CHANGED, ("notes", "position"))
    assert (
        change_sentence(line)
        == '2026-11-24 15:03  HQ (hq-laptop) changed Contact "Jean Mukendi": notes, position'
    )


def test_given_an_add_or_a_delete_then_the_sentence_says_so_without_fields(window: MainWindow) -> None:
    added = _line(ChangeAction.ADDED, kind="meeting", title="Water point coordination")
    deleted = _line(ChangeAction.DELETED, kind="org", title="Kaldor Water Board")
    assert (
        change_sentence(added) == '2026-11-24 15:03  HQ (hq-laptop) added Meeting "Water point coordination"'
    )
    assert (
        change_sentence(deleted)
        == '2026-11-24 15:03  HQ (hq-laptop) deleted Organization "Kaldor Water Board"'
    )


def test_given_many_fields_then_the_sentence_names_three_and_counts_the_rest(window: MainWindow) -> None:
    line = _line(ChangeAction.CHANGED, ("attendees", "end", "location", "purpose", "start"), officer="")
    assert change_sentence(line).endswith(
        'Unknown officer (hq-laptop) changed Contact "Jean Mukendi": attendees, end, location and 2 more'
    )
    four = _line(ChangeAction.CHANGED, ("end", "location", "purpose", "start"))
    assert change_sentence(four).endswith(": end, location, purpose, start")


def test_given_records_then_the_summary_counts_them_in_words(window: MainWindow, ctx: AppContext) -> None:
    records.add(ctx.store, "org", {"name": "WFP"})
    records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    ctx.notify_changed("")
    assert window.dashboard.summary.text() == (
        "<b>Maj. Anna Berg</b> · 1 organization · 2 contacts · 0 meetings · 0 action items"
    )


def test_given_an_overdue_action_of_mine_then_the_line_says_me(window: MainWindow, ctx: AppContext) -> None:
    due = (today() - timedelta(days=2)).isoformat()
    records.add(ctx.store, "action", {"title": "Recce the route", "due": due, "owner": "me"})
    records.add(ctx.store, "action", {"title": "Call WFP", "due": due})
    ctx.notify_changed("action")
    texts = sorted(window.dashboard.overdue.list.item(r).text() for r in range(2))
    assert texts == [f"{due}  Call WFP  (no owner)", f"{due}  Recce the route  (Maj. Anna Berg)"]
    assert window.dashboard.overdue.title() == "Overdue actions (2)"


def test_given_nothing_from_others_then_the_panel_explains_what_will_fill_it(window: MainWindow) -> None:
    note = window.dashboard.others.list.item(0)
    assert note.text().startswith("Nothing from other officers yet.")
    assert window.dashboard.others.title() == "Recently from other officers"


def test_given_nothing_from_others_then_their_panel_shrinks_to_its_note(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.go_to("dashboard")
    board = window.dashboard
    board.refresh()
    board.grid.activate()
    assert board.others.height() < board.today.height() / 2  # not a third of the screen


def test_given_changes_from_others_then_their_panel_grows_back(window: MainWindow) -> None:
    window.resize(1280, 800)
    window.go_to("dashboard")
    board = window.dashboard
    board.refresh()
    lines = [("contact", f"c{n}", f"line {n}") for n in range(8)]
    board.show_changes(lines)
    board.grid.activate()
    assert board.others.height() > board.today.height() / 2


def test_given_a_line_longer_than_its_panel_then_it_ends_in_an_ellipsis_with_its_whole_text_as_tooltip(
    window: MainWindow, ctx: AppContext
) -> None:
    # Scrolled sideways, a right-to-left list hid the start of every line written left to right.
    due = (today() - timedelta(days=2)).isoformat()
    title = "Raise the Bekora school occupation at the KLE with 14 Brigade " * 3
    records.add(ctx.store, "action", {"title": title.strip(), "due": due})
    ctx.notify_changed("action")
    panel = window.dashboard.overdue.list
    item = panel.item(0)
    assert item.toolTip() == item.text() and title.strip() in item.text()
    assert panel.fontMetrics().horizontalAdvance(item.text()) > panel.viewport().width()
    assert not panel.horizontalScrollBar().isVisible()
    assert panel.textElideMode() == Qt.TextElideMode.ElideRight
