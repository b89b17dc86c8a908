# mypy: disable-error-code="no-untyped-call"
"""The Review screen: records past their review date, several kept at once with a date and
a reason (they leave the list), Purge waiting for the purge service."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from liaison_app.clock import today
from liaison_app.services import records, retention
from liaison_app.store import Store
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.review_page import KeepDialog


def _aged_contacts(store: Store, names: list[str], days: int = 800) -> list[str]:
    made = [records.add(store, "contact", {"full_name": n}).id for n in names]
    stamp = (date.today() - timedelta(days=days)).isoformat() + "T08:00:00.000000Z"
    with store.session() as s:
        for record_id in made:
            s.connection().exec_driver_sql(
                "UPDATE contact SET updated_at = ? WHERE id = ?", (stamp, record_id)
            )
        s.commit()
    return made


def test_given_records_past_review_then_the_review_screen_lists_them(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _aged_contacts(ctx.store, ["Amina Diallo", "Jean Mukendi"])
    records.add(ctx.store, "contact", {"full_name": "Fresh Face"})

    window.go_to("review")

    page = window.review
    items = [page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount())]
    titles = [item.text(1) for item in items if item is not None]
    assert sorted(titles) == ["Amina Diallo", "Jean Mukendi"]
    assert page.count_label.text() == "2 records due"
    assert not page.keep_button.isEnabled()


def test_given_two_selected_when_kept_then_both_leave_the_list_until_that_day(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _aged_contacts(ctx.store, ["Amina Diallo", "Jean Mukendi", "Third Person"])
    window.go_to("review")
    page = window.review
    for row in (0, 1):
        index = page.list.model().index(row, 0)
        page.list.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    assert page.keep_button.isEnabled()

    page.keep(page.selected(), today() + timedelta(days=30), "case ongoing")

    assert page.list.topLevelItemCount() == 1
    assert len(retention.due(ctx.store).records) == 1


def test_the_keep_dialog_offers_no_day_before_tomorrow(qtbot: QtBot) -> None:
    dialog = KeepDialog(2)
    qtbot.addWidget(dialog)
    minimum = dialog.until.minimumDate().toString("yyyy-MM-dd")
    assert minimum == (today() + timedelta(days=1)).isoformat()
    assert dialog.chosen() > today()


def test_without_the_purge_service_the_purge_button_stays_off(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _aged_contacts(ctx.store, ["Amina Diallo"])
    window.go_to("review")
    window.review.list.selectAll()
    assert window.review.purge_button.isEnabled() == retention.purge_available()
