"""GUI writes as operations (Anki's model): each says what it changed, only the screens that
show it refresh, once per turn of the event loop, and a screen out of sight catches up
when it is shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.changes import Changes
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.list_view import ListPage
from ui.main_window import MainWindow


class Resets:
    """Counts the times a model was reset (read again from scratch) or changed at all."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.resets = 0
        self.changes = 0
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)
        model.rowsInserted.connect(self._changed)

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self) -> None:
        self.changes += 1


def _cell(page: ListPage, record_id: str, key: str) -> str:
    row = page.model.row_of(record_id)
    assert row is not None
    column = [c.key for c in page.spec.columns].index(key)
    return str(page.model.index(row, column).data())


def _contacts(window: MainWindow, ctx: AppContext, *names: str) -> list[str]:
    ids = [records.add(ctx.store, "contact", {"full_name": name}).id for name in names]
    window.go_to("contact")
    window.refresh_all()
    return ids


def test_given_a_contact_saved_then_its_row_shows_it_and_the_meetings_list_is_not_touched(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    [contact_id] = _contacts(window, ctx, "Jean Mukendi")
    contacts, meetings = window.lists["contact"], window.lists["meeting"]
    contact_resets, meeting_model = Resets(contacts.model), Resets(meetings.model)
    window.open_record("contact", contact_id)
    contacts.editor.fields["location"].focus_target().setText("Goma")  # type: ignore[attr-defined]

    assert contacts.editor.save()

    qtbot.waitUntil(lambda: _cell(contacts, contact_id, "location") == "Goma")
    assert contact_resets.resets == 0  # the row was redrawn, the 500k ids not read again
    assert meeting_model.resets == 0 and meeting_model.changes == 0
    assert meetings.refresher.behind  # it catches up (redraws its rows) once shown


def test_given_a_new_record_saved_then_it_is_inserted_in_order_without_reloading_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _contacts(window, ctx, "Amina Haddad", "Jonas Keller", "Samir Aziz")
    page = window.lists["contact"]
    resets = Resets(page.model)
    page.new_record()
    page.editor.fields["full_name"].focus_target().setText("Fatima Noor")  # type: ignore[attr-defined]

    assert page.editor.save()

    new_id = page.editor.record_id
    assert new_id is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    names = [page.model.index(row, 0).data() for row in range(4)]
    assert names == ["Amina Haddad", "Fatima Noor", "Jonas Keller", "Samir Aziz"]
    assert resets.resets == 0
    assert page.table.currentIndex().row() == 1  # the new record is the one selected
    assert page.count_label.text() == page.editor.count_text(4)


def test_given_a_screen_out_of_sight_when_records_of_its_kind_change_then_it_reads_them_once_shown(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.go_to("org")
    orgs = window.lists["org"]
    window.go_to("contact")
    written = records.add_op(ctx.store, "org", {"name": "World Food Programme"})

    ctx.announce(written.changes)
    qtbot.wait(20)

    assert orgs.model.rowCount() == 0 and orgs.refresher.behind
    window.go_to("org")
    assert orgs.model.rowCount() == 1 and not orgs.refresher.behind


def test_given_two_operations_in_one_turn_then_each_screen_refreshes_once(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    _contacts(window, ctx)
    page = window.lists["contact"]
    runs = page.refresher.runs
    first = records.add_op(ctx.store, "contact", {"full_name": "Amina Haddad"})
    second = records.add_op(ctx.store, "contact", {"full_name": "Jonas Keller"})

    ctx.announce(first.changes)
    ctx.announce(second.changes)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.wait(20)

    assert page.refresher.runs == runs + 1


def test_given_a_save_then_the_status_bar_counts_it_without_reading_the_peers(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison_app.services import sync_view

    [contact_id] = _contacts(window, ctx, "Jean Mukendi")
    summaries: list[Store] = []
    real = sync_view.summary

    def counted(store: Store) -> sync_view.SyncSummary:
        summaries.append(store)
        return real(store)

    monkeypatch.setattr(sync_view, "summary", counted)
    window.open_record("contact", contact_id)
    editor = window.lists["contact"].editor
    editor.fields["location"].focus_target().setText("Goma")  # type: ignore[attr-defined]
    before = window.sync_label.summary
    assert before is not None

    assert editor.save()

    qtbot.waitUntil(lambda: window.sync_label.summary is not before)
    assert summaries == []  # no peer table read: one more changeset to send, counted
    assert window.sync_label.summary is not None
    assert window.sync_label.summary.own_seq == before.own_seq + 1


def test_given_an_organization_edited_then_the_dashboard_does_not_read_again(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    org = records.add(ctx.store, "org", {"name": "WFP"})
    window.go_to("dashboard")
    window.refresh_all()
    runs = window.dashboard.refresher.runs

    ctx.announce(records.edit_op(ctx.store, "org", org.id, {"acronym": "WFP"}).changes)
    ctx.announce(records.add_op(ctx.store, "action", {"title": "Recce the route"}).changes)
    qtbot.waitUntil(lambda: window.dashboard.refresher.runs == runs + 1)

    ctx.announce(records.edit_op(ctx.store, "org", org.id, {"notes": "Logistics cluster"}).changes)
    qtbot.wait(20)
    assert window.dashboard.refresher.runs == runs + 1 and not window.dashboard.refresher.behind


@pytest.fixture
def other_process(gui_dir: Path, gui_store: Store) -> Iterator[Store]:
    """The same profile opened a second time, as the CLI or a folder sync would."""
    store = profile.unlock(gui_dir, PASSPHRASE)
    yield store
    store.close()


def test_given_another_process_writes_then_the_watcher_brings_it_to_the_list(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, other_process: Store
) -> None:
    _contacts(window, ctx)
    page = window.lists["contact"]

    records.add(other_process, "contact", {"full_name": "Amina Haddad"})

    assert window.watcher.poll()  # what the two-second timer does
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not window.watcher.poll()  # seen once, not again


def test_everything_reaches_every_screen_on_show_and_the_initiator_is_not_reloaded(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    [contact_id] = _contacts(window, ctx, "Jean Mukendi")
    page = window.lists["contact"]
    window.open_record("contact", contact_id)
    follows: list[bool] = []
    real_follow = page.editor.follow_store

    def follow(*, reload_clean: bool = False) -> None:
        follows.append(reload_clean)
        real_follow(reload_clean=reload_clean)

    page.editor.follow_store = follow  # type: ignore[method-assign]
    ctx.announce(Changes.records("contact", [contact_id]), page.editor)
    qtbot.wait(20)
    assert follows == []  # our own save: the editor shows what it wrote
    ctx.announce(Changes.everything())
    qtbot.waitUntil(lambda: follows == [True])


def test_given_a_big_list_then_a_renamed_record_moves_to_its_row_found_by_a_scan(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ids = _contacts(window, ctx, "Amina Haddad", "Jonas Keller", "Samir Aziz")
    page = window.lists["contact"]
    page.model.INDEX_LIMIT = 0  # as beyond 20,000 ids: no id-to-row map, a scan and a hint
    window.open_record("contact", ids[0])
    page.editor.fields["full_name"].focus_target().setText("Zainab Haddad")  # type: ignore[attr-defined]

    assert page.editor.save()

    qtbot.waitUntil(lambda: page.model.row_of(ids[0]) == 2)
    assert [page.model.id_at(row) for row in range(3)] == [ids[1], ids[2], ids[0]]
    assert page.table.currentIndex().row() == 2  # the selection followed the moved row
    assert page.editor.record_id == ids[0]
