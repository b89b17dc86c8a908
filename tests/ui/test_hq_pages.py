"""The HQ screens, real widgets offscreen: an HQ profile opens on the HQ dashboard, whose
figures arrive from the worker and whose charts save as PNG; an organization row opens the
organization page (every officer's engagements, each line opening its record); an
officer's row opens the officer page; Back returns; a field profile keeps its dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Factory
from tests.liaison_app.hq_world import World, hq_world
from ui.context import AppContext
from ui.hq_dashboard import HqDashboard, days_quiet
from ui.main_window import MainWindow


@pytest.fixture
def hq_window(
    qtbot: QtBot, device: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[World, MainWindow]]:
    w = hq_world(device)
    ctx = AppContext(w.hq.directory)
    ctx.open(w.hq)
    main = MainWindow(ctx, remember_geometry=False)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield w, main
    monkeypatch.setattr(MainWindow, "_settle_all", lambda self: True)
    main.close()
    main.deleteLater()


def _board(window: MainWindow) -> HqDashboard:
    assert window.home is not None
    board = window.home.hq
    assert isinstance(board, HqDashboard)
    return board


def _column(table: QTableWidget, column: int = 0) -> list[str]:
    return [cell.text() if (cell := table.item(row, column)) else "" for row in range(table.rowCount())]


def _shown(qtbot: QtBot, board: HqDashboard) -> None:
    qtbot.waitUntil(
        lambda: board.summary is not None and all(chart.figure is not None for chart in board.charts()),
        timeout=20_000,
    )


def test_given_an_hq_profile_then_home_is_the_hq_dashboard_with_figures_from_the_worker(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    _, window = hq_window
    board = _board(window)
    home = window.home
    assert home is not None and home.tabs is not None
    assert home.currentWidget() is home.tabs and home.tabs.currentWidget() is board
    assert home.tabs.indexOf(window.dashboard) == 1  # what arrived and what is due: one tab away
    _shown(qtbot, board)
    assert board.summary is not None and board.summary.engagements >= 4
    assert "engagements" in board.heading.text()
    names = _column(board.officers)
    assert set(names) == {"Anna", "Ben", "HQ"} and names[-1] == "HQ"
    assert all(chart.figure is not None and chart.figure.axes for chart in board.charts())  # each drew


def test_given_a_refresh_then_the_figures_show_before_the_charts_are_drawn(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    _, window = hq_window
    board = _board(window)
    _shown(qtbot, board)
    order: list[str] = []
    board.counted.connect(lambda: order.append(f"counted, status {board.status.text()!r}"))
    board.figures_shown.connect(lambda: order.append(f"charts, status {board.status.text()!r}"))
    with qtbot.waitSignal(board.figures_shown, timeout=20_000):
        board.refresh()
    assert order[0].startswith("counted") and order[-1] == "charts, status ''", order
    assert board.status.text() == ""


def test_each_chart_saves_as_a_png_file(
    qtbot: QtBot, hq_window: tuple[World, MainWindow], tmp_path: Path
) -> None:
    _, window = hq_window
    board = _board(window)
    _shown(qtbot, board)
    for n, chart in enumerate(board.charts()):
        written = chart.save_png(tmp_path / f"chart-{n}")
        assert (
            written is not None
            and written.suffix == ".png"
            and written.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        )


def test_a_chart_offers_save_as_png_in_its_context_menu(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    _, window = hq_window
    chart = _board(window).places
    menu = chart._menu(chart.image.rect().center())
    assert isinstance(menu, QMenu) and [a.text() for a in menu.actions()] == ["Save as PNG…"]
    menu.close()


def test_a_period_of_12_weeks_recounts_the_figures(qtbot: QtBot, hq_window: tuple[World, MainWindow]) -> None:
    _, window = hq_window
    board = _board(window)
    _shown(qtbot, board)
    with qtbot.waitSignal(board.figures_shown, timeout=20_000):
        board.weeks.setCurrentIndex(0)
    assert board.summary is not None and len(board.summary.period.weeks) == 12


def test_an_organization_row_opens_its_page_with_every_officers_engagements(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    w, window = hq_window
    window.go_to("org")
    page = window.lists["org"]
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == w.ids["wfp"])
    at = page.table.visualRect(page.model.index(row, 0)).center()
    menu = window.org_row_menu(page, at)
    assert menu is not None
    (opened,) = [a for a in menu.actions() if a.text() == "Open organization &page"]
    opened.trigger()
    menu.close()
    org = window.org_page
    assert org is not None and window.pages.currentWidget() is org
    assert org.engagements.ids() == [w.ids["ahead"], w.ids["ben_meeting"], w.ids["attended"], w.ids["named"]]
    assert set(_column(org.officers)) == {"Anna", "Ben"}
    assert org.open_actions.ids() == [w.ids["recce"], w.ids["call"]]
    assert "World Food Programme (WFP)" in org.header.title.text()
    org.engagements.list.itemActivated.emit(org.engagements.list.item(1))  # Enter on Ben's meeting
    assert window.lists["meeting"].editor.record_id == w.ids["ben_meeting"]


def test_an_officer_row_opens_their_page_and_back_returns_to_the_dashboard(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    w, window = hq_window
    board = _board(window)
    _shown(qtbot, board)
    row = _column(board.officers).index("Ben")
    board.officers.cellActivated.emit(row, 0)
    page = window.officer_page
    assert page is not None and window.pages.currentWidget() is page
    if page.activity.figure is None:
        with qtbot.waitSignal(page.chart_shown, timeout=20_000):
            pass
    assert page.header.title.text() == "Ben" and "ben-laptop" in page.header.details.text()
    assert page.overdue.ids() == [w.ids["mine"]]
    assert page.activity.figure is not None and page.activity.figure.axes
    page.header.back.click()
    assert window.home is not None and window.pages.currentWidget() is window.home
    assert window.sidebar.currentRow() == 0


def test_locking_clears_the_hq_screens(qtbot: QtBot, hq_window: tuple[World, MainWindow]) -> None:
    _, window = hq_window
    board = _board(window)
    _shown(qtbot, board)
    window.ctx.lock()
    assert board.summary is None and board.officers.rowCount() == 0 and not board.heading.text()


def test_given_a_field_profile_then_the_dashboard_stays_the_field_one(window: MainWindow) -> None:
    assert window.home is None and window.pages.widget(0) is window.dashboard


def test_days_quiet_counts_whole_days_and_never_is_none() -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert days_quiet("2026-11-28T13:00:00.000000Z", now) == 2
    assert days_quiet(None, now) is None


def test_a_peers_row_in_the_sync_centre_opens_the_officers_page(
    qtbot: QtBot, hq_window: tuple[World, MainWindow]
) -> None:
    w, window = hq_window
    window.go_to("sync")
    window.sync.peers.refresh()
    ids = [line.device_id for line in window.sync.peers.lines]
    window.sync.peers.table.cellDoubleClicked.emit(ids.index(w.anna.author.device_id), 0)
    page = window.officer_page
    assert page is not None and window.pages.currentWidget() is page
    assert page.header.title.text() == "Anna"
