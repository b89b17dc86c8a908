"""With Settings → "Show dates as" on military date-time groups, every screen that shows a
date-time writes it as one (011000ADEC26): lists, dashboard, conflicts, the sync centre, the
status bar and the trash, through the one formatter the editors use; back to local, as before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.datetime_input import DisplayStyle, format_dtg
from liaison_app.services import preferences, records
from liaison_app.services.dashboard import ChangeAction, ChangeLine
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import introduce, send
from ui.context import AppContext
from ui.dashboard import change_sentence
from ui.date_display import date_display, date_style
from ui.main_window import MainWindow

DTG = re.compile(r"\d{6}[A-Z](JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}")
PLUS_ONE = timezone(timedelta(hours=1))


def _soon() -> datetime:
    """A meeting start in the coming week, 10:00 at UTC+1 (zone letter A)."""
    return (datetime.now(PLUS_ONE) + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)


@pytest.fixture
def shared(tmp_path: Path, ctx: AppContext) -> Iterator[Store]:
    """HQ trusted both ways; a meeting soon; a conflict on a contact; a deleted org."""
    hq = profile.init(
        tmp_path / "hq",
        passphrase=PASSPHRASE,
        officer_name="HQ",
        device_name="hq-desk",
        role="hq",
        cost=CHEAP_KDF,
    ).store
    introduce(ctx.store, hq)
    records.add(ctx.store, "meeting", {"title": "Convoy planning", "start": _soon().isoformat()})
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    send(ctx.store, hq)
    records.edit(ctx.store, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    send(hq, ctx.store)
    org = records.add(ctx.store, "org", {"name": "Red Crescent"})
    records.delete_record(ctx.store, "org", org.id)
    yield hq
    hq.close()


def _show_dates_as(ctx: AppContext, style: DisplayStyle) -> None:
    preferences.update(ctx.store, datetime_display=style.value)
    ctx.preferences_changed.emit()  # as the settings dialog does
    QApplication.processEvents()


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _refreshed(window: MainWindow) -> None:
    window.refresh_all()
    window.sync.refresh()
    window.conflicts.refresh()
    window.trash.refresh()
    QApplication.processEvents()


def test_the_meeting_list_writes_its_start_as_a_group_and_back(window: MainWindow, shared: Store) -> None:
    page = window.lists["meeting"]
    page.refresh()
    column = [c.key for c in page.spec.columns].index("start")

    def cell() -> str:
        return str(page.model.index(0, column).data())

    assert cell() == f"{_soon():%Y-%m-%d %H:%M}"  # local: the wall time it was typed in
    _show_dates_as(window.ctx, DisplayStyle.DTG)
    assert cell() == format_dtg(_soon()) and cell().endswith(f"A{_soon():%b%y}".upper())
    _show_dates_as(window.ctx, DisplayStyle.LOCAL)
    assert cell() == f"{_soon():%Y-%m-%d %H:%M}"


def test_the_dashboard_writes_upcoming_meetings_and_changes_as_groups(
    window: MainWindow, shared: Store
) -> None:
    _show_dates_as(window.ctx, DisplayStyle.DTG)
    board = window.dashboard
    texts = [board.upcoming.list.item(i).text() for i in range(board.upcoming.list.count())]
    texts += [board.today.list.item(i).text() for i in range(board.today.list.count())]
    assert any(t.startswith(f"{format_dtg(_soon())}  Convoy planning") for t in texts), texts
    changes = [board.others.list.item(i).text() for i in range(board.others.list.count())]
    assert changes and all(DTG.match(t) for t in changes), changes


def test_a_change_line_starts_with_its_local_time_as_a_group() -> None:
    line = ChangeLine(
        kind="contact",
        id="x",
        when="2026-11-24 15:03",
        officer="HQ",
        device="hq-desk",
        action=ChangeAction.ADDED,
        title="Jean",
        fields=(),
        openable=True,
    )
    local = datetime(2026, 11, 24, 15, 3).astimezone()
    assert change_sentence(line, DisplayStyle.DTG).startswith(format_dtg(local) + "  ")
    assert change_sentence(line).startswith("2026-11-24 15:03  ")


def test_conflict_sides_say_when_they_were_written_as_groups(window: MainWindow, shared: Store) -> None:
    _show_dates_as(window.ctx, DisplayStyle.DTG)
    window.conflicts.refresh()
    written = [
        label.text()
        for card in window.conflicts.cards
        for label in card.findChildren(QLabel)
        if DTG.fullmatch(label.text())
    ]
    assert len(written) == 2 and all(w[6] == "Z" for w in written)  # stamps are UTC: zone Z


def test_the_sync_centre_and_status_bar_write_exchange_times_as_groups(
    window: MainWindow, shared: Store
) -> None:
    _show_dates_as(window.ctx, DisplayStyle.DTG)
    _refreshed(window)
    history = window.sync.history.table
    assert history.rowCount() >= 1
    assert all(DTG.fullmatch(_cell(history, r, 0)) for r in range(history.rowCount()))
    peers = window.sync.peers.table
    last_import = [_cell(peers, r, 5) for r in range(peers.rowCount())]
    assert last_import and all(DTG.fullmatch(t) for t in last_import)
    assert DTG.search(window.sync_label.text()) and " UTC" not in window.sync_label.text()


def test_the_trash_writes_when_a_record_was_deleted_as_a_group(window: MainWindow, shared: Store) -> None:
    _show_dates_as(window.ctx, DisplayStyle.DTG)
    window.trash.refresh()
    item = window.trash.list.topLevelItem(0)
    assert item is not None and DTG.fullmatch(item.text(2))


def test_the_setting_is_read_once_and_screens_hear_of_it_only_when_it_changes(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    display = date_display(ctx)
    assert date_style(ctx) is DisplayStyle.LOCAL
    reads: list[object] = []
    real = preferences.read

    def counted(store: Store) -> preferences.Preferences:
        reads.append(store)
        return real(store)

    monkeypatch.setattr(preferences, "read", counted)
    for _ in range(5):
        assert date_style(ctx) is DisplayStyle.LOCAL
    assert reads == []  # a refresh costs no SQL
    with qtbot.waitSignal(display.changed):
        _show_dates_as(ctx, DisplayStyle.DTG)
    reads.clear()
    for _ in range(5):
        assert date_style(ctx) is DisplayStyle.DTG
    assert reads == []  # read when it changed, not on every refresh after
    with qtbot.assertNotEmitted(display.changed):
        ctx.preferences_changed.emit()  # another setting changed (the exchange folder, say)
