# mypy: disable-error-code="no-untyped-call"
"""The list screens on a window over SQL (issue 10): no list reads every id, a sort or a
refresh keeps the open record selected, and a search capped at its newest matches says so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app.services import listing, records
from liaison_app.services.list_window import ListWindow
from liaison_app.services.listing import ListQuery
from ui.context import AppContext
from ui.list_view import ListPage
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _contacts(ctx: AppContext, names: Sequence[str], **fields: object) -> list[str]:
    with records.batch(ctx.store) as batch:
        return [batch.add("contact", {"full_name": name, **fields}).id for name in names]


def _page(window: MainWindow) -> ListPage:
    window.go_to("contact")
    page = window.lists["contact"]
    page.refresh()
    return page


def test_the_contacts_screen_reads_a_window_and_ctrl_end_selects_the_last_row(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    names = [f"Contact {n:04d}" for n in range(1_200)]
    ids = _contacts(ctx, names)
    page = _page(window)
    assert isinstance(page.model._ids, ListWindow)  # a count and the pages read, not 1,200 ids
    assert page.model.rowCount() == 1_200
    assert len(page.model._ids._pages) <= 2
    page.focus_results()
    qtbot.keyClick(page.table, Qt.Key.Key_End, CTRL)
    assert page.table.currentIndex().row() == 1_199
    assert page.current_record() == ids[-1] and page.editor.record_id == ids[-1]
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert 0 < page.table.currentIndex().row() < 1_199


def test_a_new_sort_and_a_refresh_keep_the_open_record_selected(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _contacts(ctx, ["Amina Haddad", "Jonas Keller", "Samir Aziz", "Fatima Noor"])
    records.edit(ctx.store, "contact", ids[1], {"location": "Aweil"})
    page = _page(window)
    window.open_record("contact", ids[1])
    location = [c.key for c in page.spec.columns].index("location")
    page.table.sortByColumn(location, Qt.SortOrder.AscendingOrder)  # "" before "Aweil"
    assert page.model.row_of(ids[1]) == 3
    assert page.table.currentIndex().row() == 3 and page.current_record() == ids[1]
    page.refresh()
    assert page.table.currentIndex().row() == 3 and page.current_record() == ids[1]


def test_the_officer_filter_counts_and_lists_through_the_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    mine = _contacts(ctx, ["Amina Haddad", "Jonas Keller"])
    page = _page(window)
    page.set_filter("officer", ctx.store.author.officer)
    assert page.model.rowCount() == 2
    assert [page.model.id_at(row) for row in range(2)] == mine
    assert page.count_label.text() == page.editor.count_text(2)


def test_a_search_with_more_matches_than_listed_says_so_and_then_how_many(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _contacts(ctx, [f"Amina {n}" for n in range(5)])
    _contacts(ctx, ["Jonas Keller"])
    page = _page(window)
    page.source.search_cap = 3
    page.search.setText("amina")
    page.apply_query()
    assert page.model.rowCount() == 3
    assert page.capped_label.isVisibleTo(page)
    assert page.capped_label.text() == "3 newest matches shown — refine the search"
    qtbot.waitUntil(lambda: page.capped_label.text() == "3 newest of 5 matches shown — refine the search")
    page.search.setText("jonas")
    page.apply_query()
    assert page.model.rowCount() == 1
    assert not page.capped_label.isVisibleTo(page)
    assert listing.ordered_ids(ctx.store, ListQuery("contact", text="jonas")) == [page.model.id_at(0)]
