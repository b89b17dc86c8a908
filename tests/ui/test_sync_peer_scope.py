# mypy: disable-error-code="no-untyped-call"
"""The sync centre at HQ: per officer, whether exports carry everything or their area's part."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from liaison_app.services import syncing
from liaison_app.store import Store
from tests.ui.test_sync_pages import _cell, hq, hq_store  # noqa: F401  (fixtures)
from ui.context import AppContext
from ui.main_window import MainWindow


def test_hq_chooses_per_officer_that_exports_carry_only_their_area(
    qtbot: QtBot,
    window: MainWindow,
    hq: MainWindow,  # noqa: F811
    ctx: AppContext,
    hq_store: Store,  # noqa: F811
) -> None:
    hq.go_to("sync")
    hq.sync.refresh()
    peers = hq.sync.peers
    assert peers.scope_choice.isVisible() and not peers.scope_choice.isEnabled()
    peers.table.selectRow(0)
    assert peers.scope_choice.isEnabled() and peers.scope_choice.currentData() == "all"
    carry = peers.table.columnCount() - 2
    assert _cell(peers.table, 0, carry) == "everything"
    peers.scope_choice.setCurrentIndex(1)
    peers.scope_choice.activated.emit(1)
    officer = ctx.store.author.device_id
    assert {p.card.device_id: p.scope for p in syncing.list_peers(hq_store)}[officer] == "area"
    assert _cell(peers.table, 0, carry) == "their area"


def test_an_officer_sees_no_scope_choice_nor_its_column(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("sync")
    window.sync.refresh()
    table = window.sync.peers.table
    table.selectRow(0)
    assert not window.sync.peers.scope_choice.isVisible()
    assert table.isColumnHidden(table.columnCount() - 2) and not table.isColumnHidden(table.columnCount() - 1)
