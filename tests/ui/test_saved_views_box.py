# mypy: disable-error-code="no-untyped-call"
"""A list's saved views (ui/saved_views_box.py in the filter bar): save the filters shown
under a name, choose it again later (relative dates stay relative), rename and delete it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_app import relative_days
from liaison_app.services import records, saved_views
from tests.ui.modal import when_modal
from ui.context import AppContext
from ui.list_view import ListPage
from ui.main_window import MainWindow


def _actions(window: MainWindow, ctx: AppContext) -> tuple[ListPage, list[str]]:
    """Three actions of this officer: long overdue, due today, due in three days."""
    dues = ("2020-01-01", relative_days.day(0).isoformat(), relative_days.day(3).isoformat())
    ids = [
        records.add(ctx.store, "action", {"title": f"Action {n}", "due": due}).id
        for n, due in enumerate(dues)
    ]
    ctx.notify_changed("action")
    window.go_to("action")
    return window.lists["action"], ids


def _listed(page: ListPage) -> list[str]:
    return [str(page.model.id_at(row)) for row in range(page.model.rowCount())]


def test_given_filters_saved_as_a_view_when_chosen_after_clearing_then_the_list_shows_them_again(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, (old, now, later) = _actions(window, ctx)
    page.set_filter("")  # every action, not only the open ones
    page.filter_bar.set_dates("today-30", "today")
    assert _listed(page) == [now]

    assert page.saved_views.save_as("Last 30 days")
    page.filter_bar.set_dates("", "")
    page.saved_views.forget_choice()
    assert set(_listed(page)) == {old, now, later}

    page.saved_views.choose("Last 30 days")

    assert _listed(page) == [now]
    assert page.filter_bar.date_from.text() == "today-30"  # relative: kept as typed
    kept = saved_views.get(ctx.store, "action", "Last 30 days")
    assert (kept.wanted.date_from, kept.wanted.date_to, kept.preset) == ("today-30", "today", None)


def test_given_a_preset_and_an_officer_when_saved_then_choosing_the_view_selects_both(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, (old, _now, _later) = _actions(window, ctx)
    page.set_filter("overdue")
    page.set_filter("officer", ctx.store.author.officer)
    page.saved_views.save_as("My overdue")
    page.set_filter("")
    page.set_filter("officer", "")

    page.saved_views.choose("My overdue")

    assert page.show_filter.currentData() == "overdue"
    assert page.officer_filter.currentData() == ctx.store.author.officer
    assert _listed(page) == [old]


def test_given_a_view_when_renamed_and_deleted_through_its_menu_then_the_box_follows(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page, _ = _actions(window, ctx)
    box = page.saved_views
    box.save_as("Sector East")

    def answer(text: str) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            dialog.setTextValue(text)
            dialog.accept()

        return act

    when_modal(answer("Sector East, 30 days"))
    box.rename_action.trigger()
    assert box.names() == ["Sector East, 30 days"] and box.current_name() == "Sector East, 30 days"

    when_modal(lambda question: question.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    box.delete_action.trigger()
    assert box.names() == [] and saved_views.list_views(ctx.store) == []
