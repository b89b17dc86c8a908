"""The main window lays out at 800 px with every screen, lists fit at 1280 px with the editor
open, and the status bar gives way (cut at a word, whole in its tool tip) instead of holding
the window wide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import introduce, send
from ui.column_fit import fitted
from ui.context import AppContext
from ui.elided_label import ELLIPSIS, elided
from ui.main_window import MainWindow

LONG = "Lt. Col. Alexandra Montgomery-Fitzgerald of the Joint Civil-Military Coordination Cell"


@pytest.fixture
def hq(tmp_path: Path, ctx: AppContext) -> Iterator[Store]:
    """HQ, trusted both ways, with a conflict on a contact, an org and a meeting shared."""
    store = profile.init(
        tmp_path / "hq",
        passphrase=PASSPHRASE,
        officer_name=LONG,
        device_name="hq-desk",
        role="hq",
        cost=CHEAP_KDF,
    ).store
    introduce(ctx.store, store)
    records.add(ctx.store, "area", {"name": "Haldara Province", "pcode": "XM04"})
    org = records.add(ctx.store, "org", {"name": "World Food Programme and Partners", "acronym": "WFP"})
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "organization_id": org.id})
    meeting = records.add(
        ctx.store,
        "meeting",
        {
            "title": "Water point security coordination",
            "start": "2026-12-01T10:00+01:00",
            "location": "Town hall",
        },
    )
    records.add(
        ctx.store,
        "action",
        {
            "title": "Send the escort schedule to WFP",
            "owner": contact.id,
            "meeting_id": meeting.id,
            "due": "2026-12-04",
        },
    )
    send(ctx.store, store)
    records.edit(
        ctx.store, "contact", contact.id, {"position": "Logistics Officer of the northern sub-office"}
    )
    records.edit(store, "contact", contact.id, {"position": "Head of Logistics for the whole mission area"})
    send(store, ctx.store)
    yield store
    store.close()


def _every_screen(window: MainWindow) -> Iterator[str]:
    for row in range(window.sidebar.count()):
        window.go(row)
        key = window.sidebar.key_at(row)
        page = window.lists.get(key)
        if page is not None:
            page.refresh()
            first = page.model.id_at(0)
            assert first is not None
            page.open_record(first)  # with the editor open, the widest a list screen gets
        else:
            window.refresh_all()
        QApplication.processEvents()
        yield key


def test_given_every_screen_shown_then_the_window_can_be_800_px_wide(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.resize(1280, 800)
    for key in _every_screen(window):
        assert window.minimumSizeHint().width() <= 800, key
        window.resize(800, 700)
        qtbot.waitUntil(lambda: window.width() == 800)
        page = window.pages.currentWidget()
        assert page is not None and page.width() <= 800 - window.sidebar.width(), key


def test_at_800_px_the_conflict_sits_under_its_list_and_the_values_stack_if_need_be(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.go_to("conflicts")
    window.conflicts.refresh()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.conflicts.splitter.orientation() == Qt.Orientation.Horizontal)
    window.resize(800, 700)
    qtbot.waitUntil(lambda: window.conflicts.splitter.orientation() == Qt.Orientation.Vertical)
    cards = window.conflicts.cards
    assert len(cards) == 2
    sides = window.conflicts.sides

    def every_value_whole() -> bool:  # inside the detail pane, not cut at its edge
        return all(card.mapTo(sides, card.rect().topRight()).x() <= sides.width() for card in cards)

    # The cards reflow in a layout pass after the splitter turns, later on a busy machine.
    qtbot.waitUntil(every_value_whole)
    assert window.conflicts.table.horizontalHeader().sectionSize(3) > 0


def test_at_800_px_the_sync_page_stacks_this_device_above_the_exchange_folder(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.go_to("sync")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.sync.top_row.side_by_side())
    window.resize(800, 700)
    qtbot.waitUntil(lambda: not window.sync.top_row.side_by_side())
    identity, folder = window.sync.identity, window.sync.folder
    qtbot.waitUntil(lambda: folder.y() > identity.y())  # once laid out again
    assert folder.x() == identity.x() and folder.width() <= window.sync.width()


def test_at_1280_by_800_every_lists_last_column_is_on_screen_with_the_editor_open(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for key in _every_screen(window):
        page = window.lists.get(key)
        if page is None:
            continue
        assert page.editor_stack.currentWidget() is page.editor
        header = page.table.horizontalHeader()
        last = header.count() - 1
        right = header.sectionViewportPosition(last) + header.sectionSize(last)
        assert header.sectionSize(last) >= QFontMetrics(header.font()).horizontalAdvance("Recorded by"), key
        assert right <= page.table.viewport().width(), key


def test_given_an_officer_drags_a_column_then_the_list_keeps_their_width(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.resize(1280, 800)
    window.go_to("action")
    page = window.lists["action"]
    page.table.setColumnWidth(0, 333)  # as a drag of the column edge does
    window.resize(1100, 800)
    qtbot.waitUntil(lambda: window.width() == 1100)
    assert page.table.columnWidth(0) == 333


def test_at_800_px_the_status_bar_cuts_a_long_identity_at_a_word_and_tells_it_whole(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.identity_label.setText(f"{LONG} · hq-desk · Headquarters")
    window.resize(800, 700)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert window.statusBar().minimumSizeHint().width() <= 800
    for label in (window.identity_label, window.sync_label):
        assert label.geometry().right() <= window.statusBar().width()
    identity = window.identity_label
    assert identity.is_elided()
    shown = identity.shown_text()
    assert shown.endswith(ELLIPSIS)
    assert f"{LONG} · hq-desk · Headquarters".startswith(shown.removesuffix(ELLIPSIS))
    assert identity.toolTip() == f"{LONG} · hq-desk · Headquarters"
    assert window.sync_label.toolTip().startswith("Sync:") or not window.sync_label.is_elided()
    assert "Last exchange with each device:" in window.sync_label.toolTip()  # its details stay


def test_elided_text_ends_after_a_whole_word() -> None:
    metrics = QFontMetrics(QFont())
    text = "Sync: last exchange 2026-12-01 13:03 UTC with Capt. Bert Olsen · 0 waiting"
    for width in range(40, metrics.horizontalAdvance(text), 7):
        cut = elided(text, metrics, width)
        assert metrics.horizontalAdvance(cut) <= width
        if cut:
            body = cut.removesuffix(ELLIPSIS)
            assert text.startswith(body)
            # After a whole word (and its punctuation gone), unless even the first word is cut.
            assert text[len(body)] in " ·:,." or " " not in body
    assert elided(text, metrics, 10_000) == text


def test_fitted_columns_keep_short_ones_and_shrink_text_ones_down_to_their_floor() -> None:
    preferred, floors = [250, 90, 90, 200, 130], [60, 50, 60, 110, 100]
    elastic = [True, False, False, True, True]
    assert fitted(preferred, floors, elastic, 900) == [390, 90, 90, 200, 130]  # room: the title grows
    narrow = fitted(preferred, floors, elastic, 600)
    assert narrow[1:3] == [90, 90] and sum(narrow) <= 600
    assert all(w >= f for w, f in zip(narrow, floors, strict=True))
    assert fitted(preferred, floors, elastic, 300) == [60, 90, 90, 110, 100]  # floors: it scrolls


def test_at_800_px_a_resolved_conflict_still_shows_its_final_value_who_chose_it_and_its_gap(
    qtbot: QtBot, window: MainWindow, hq: Store
) -> None:
    window.go_to("conflicts")
    page = window.conflicts
    page.refresh()
    mine = next(card.side for card in page.cards if card.side.mine)
    page.keep(mine.origin, mine.seq)
    page.show_resolved.setChecked(True)
    window.resize(800, 700)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    row = next(r for r, view in enumerate(page.views) if view.resolved)
    page.table.setCurrentCell(row, 0)
    QApplication.processEvents()
    text = page.explain.text()
    assert "less than a minute apart" in text and "same time" not in text
    assert "Resolved by you on toughbook-1" in text
    assert "Final value: Logistics Officer of the northern sub-office" in text
    assert page.explain.wordWrap() and page.explain.width() <= page.detail.width()
    header = page.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= page.table.viewport().width()
    sides = page.table.item(row, last)
    assert sides is not None and sides.text() == "2 values · resolved"
