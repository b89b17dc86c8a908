# mypy: disable-error-code="no-untyped-call"
"""The Review screen: records past their review date, several kept at once with a date and
a reason (they leave the list), or purged for good with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.clock import today
from liaison_app.services import record_purge, records, retention
from liaison_app.store import Store
from tests.ui.modal import when_modal
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


def test_given_two_selected_when_purged_with_a_reason_then_both_are_gone_and_logged(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    made = _aged_contacts(ctx.store, ["Amina Diallo", "Jean Mukendi"])
    window.go_to("review")
    page = window.review
    page.list.selectAll()
    assert page.purge_button.isEnabled()
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.labelText())
        dialog.setTextValue("past its review date")
        dialog.accept()

    when_modal(answer)
    page.purge_button.click()

    qtbot.waitUntil(lambda: len(record_purge.purge_log(ctx.store)) == 2)
    assert "2 records" in seen[0] and "cannot be undone" in seen[0]
    assert sorted((e.record_id, e.reason) for e in record_purge.purge_log(ctx.store)) == sorted(
        (record_id, "past its review date") for record_id in made
    )
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0)
    assert not retention.due(ctx.store).records and records.list_records(ctx.store, "contact") == []
