# mypy: disable-error-code="no-untyped-call"
"""The Sync centre and the Conflicts screen, driven through the real windows of two
devices that trust each other: export, import (button and drop), refusals, cards,
revocation, conflicts kept or merged, and the status bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import intake, records, sync_view, syncing
from liaison_app.services.sync_view import PeerLine
from liaison_app.services.syncing import RefusalReason
from liaison_app.store import Store
from sync import changeset
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.test_refusals import changesets_of, handmade_bundle
from tests.sync.test_versions import NEWER
from ui import sync_exchange, sync_peers, worker
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.sync_exchange import ExportDialog
from ui.sync_jobs import import_job
from ui.sync_page import OK_STYLE
from ui.sync_refusals import refusal_text

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _make(directory: Path, officer: str, device: str, role: str = "field") -> Store:
    return profile.init(
        directory, passphrase=PASSPHRASE, officer_name=officer, device_name=device, role=role, cost=CHEAP_KDF
    ).store


@pytest.fixture
def hq_store(tmp_path: Path) -> Iterator[Store]:
    """A second device, HQ's, not yet introduced."""
    store = _make(tmp_path / "hq-profile", "Col. Dana Reyes", "hq-desk", role="hq")
    yield store
    store.close()


@pytest.fixture
def hq(qtbot: QtBot, tmp_path: Path, hq_store: Store, ctx: AppContext) -> Iterator[MainWindow]:
    """HQ's main window; HQ and the window's officer trust each other."""
    introduce(ctx.store, hq_store)
    hq_ctx = AppContext(tmp_path / "hq-profile")
    hq_ctx.open(hq_store)
    main = MainWindow(hq_ctx, remember_geometry=False)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main._settle_all = lambda: True  # type: ignore[method-assign]
    main.close()
    main.deleteLater()


def _wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, value: Any) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: value))


def test_a_bundle_exported_through_the_sync_page_is_imported_through_the_other_page(
    qtbot: QtBot,
    window: MainWindow,
    hq: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = records.add(ctx.store, "org", {"name": "World Food Programme"})
    ctx.notify_changed("org")
    window.go_to("sync")
    page = window.sync
    page.refresh()
    seen: list[list[str]] = []

    def tick_hq(parent: Any, peers: list[PeerLine]) -> tuple[list[str], bool]:
        dialog = ExportDialog(peers, parent)  # the real dialog, its boxes ticked as a user would
        qtbot.addWidget(dialog)
        seen.append([p.officer for p in dialog.peers])
        dialog.set_checked([p.device_id for p in peers if p.officer == "Col. Dana Reyes"])
        return dialog.recipients(), dialog.full.isChecked()

    monkeypatch.setattr(sync_exchange, "ask_recipients", tick_hq)
    bundle = tmp_path / "to-hq"
    _choose(monkeypatch, "getSaveFileName", (str(bundle), ""))
    qtbot.mouseClick(page.export_button, LEFT)
    _wait_idle(qtbot, window)
    assert seen == [["Col. Dana Reyes"]]
    written = bundle.with_name("to-hq.liaison")
    assert written.is_file() and "Bundle written" in page.notice.text()
    assert page.peers.lines[0].last_export is not None  # None: never

    hq.go_to("sync")
    _choose(monkeypatch, "getOpenFileNames", ([str(written)], ""))
    qtbot.mouseClick(hq.sync.import_button, LEFT)
    _wait_idle(qtbot, hq)
    assert hq.sync.results.result_texts() == ["1 applied"]
    assert hq.sync.results.summary.text() == "Imported 1 of 1 file."
    orgs = hq.lists["org"]
    hq.go_to("org")  # a screen out of sight reads its list when shown
    assert [orgs.model.id_at(r) for r in range(orgs.model.rowCount())] == [org.id]
    hq.go_to("dashboard")
    assert hq.home is not None  # at HQ the HQ dashboard comes first; what arrived is one tab away
    hq.home.show_desk()
    qtbot.waitUntil(lambda: hq.dashboard.others.list.count() > 0)
    others = hq.dashboard.others.list
    assert (
        others.item(0)
        .text()
        .endswith('Maj. Anna Berg (toughbook-1) added Organization "World Food Programme"')
    )
    others.itemActivated.emit(others.item(0))
    assert hq.current_list() is hq.lists["org"] and hq.lists["org"].editor.record_id == org.id
    assert hq.sync_label.text().startswith("Sync: last exchange ")
    assert "with Maj. Anna Berg" in hq.sync_label.text()


def _drop(page: Any, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    none, copy = Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(20, 20), copy, mime, Qt.MouseButton.NoButton, none)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), copy, mime, Qt.MouseButton.NoButton, none)
    QApplication.sendEvent(page, drop)
    return drop


def test_dropped_bundles_are_imported_and_a_refused_file_shows_its_reason(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    records.add(hq_store, "contact", {"full_name": "Amina Haddad"})
    good = bundle_for(hq_store, ctx.store)
    junk = tmp_path / "junk.liaison"
    junk.write_bytes(b"this is not a bundle")
    window.go_to("sync")
    _drop(window.sync, [good, junk, tmp_path / "notes.txt"])
    _wait_idle(qtbot, window)
    texts = window.sync.results.result_texts()
    assert texts[0] == "1 applied"
    assert texts[1] == "Refused: not a Liaison bundle"  # worded by the GUI from the refusal code
    assert window.sync.results.summary.text() == "Imported 1 of 2 files, 1 refused."
    window.go_to("contact")  # a screen out of sight reads its list when shown
    assert window.lists["contact"].model.rowCount() == 1


def test_a_bundle_dropped_again_is_shown_as_already_imported_in_neutral_not_as_a_refusal(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    records.add(hq_store, "contact", {"full_name": "Amina Haddad"})
    good = bundle_for(hq_store, ctx.store)
    window.go_to("sync")
    _drop(window.sync, [good])
    _wait_idle(qtbot, window)
    _drop(window.sync, [good])
    _wait_idle(qtbot, window)
    results = window.sync.results
    (text,) = results.result_texts()
    assert text.startswith("Already imported on ") and text.endswith("; nothing changed")
    assert results.summary.text() == "Imported 1 of 1 file."
    result_item = results.table.item(0, 6)
    assert result_item is not None and result_item.foreground().color() != QColor(Qt.GlobalColor.red)
    assert [_cell(results.table, 0, c) for c in range(2, 6)] == ["", "", "", ""]  # no counts: nothing ran
    assert window.sync.notice.styleSheet() == OK_STYLE


def test_a_bundle_only_a_newer_release_reads_is_shown_as_kept_for_later_in_neutral(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    records.add(hq_store, "org", {"name": "Save the Children"})
    items = [changeset.pack_item(b, s) for b, s in changesets_of(hq_store, hq_store.author.device_id)]
    newer = handmade_bundle(
        hq_store.directory.parent / "from-0.3.0.liaison", hq_store, ctx.store, items, NEWER
    )
    window.go_to("sync")
    _drop(window.sync, [newer])
    _wait_idle(qtbot, window)
    results = window.sync.results
    (text,) = results.result_texts()
    assert text == "Kept for later: written by a newer Liaison (0.3.0); upgrade to read it"
    result_item = results.table.item(0, 6)
    assert result_item is not None and result_item.foreground().color() != QColor(Qt.GlobalColor.red)
    assert syncing.status(ctx.store).held == 1


def test_every_refusal_code_is_worded_by_the_gui_and_an_unknown_one_falls_back_to_the_message(
    qtbot: QtBot,
) -> None:
    phrases = {code: refusal_text(code, "MESSAGE") for code in RefusalReason}
    writing_only = {
        RefusalReason.UNKNOWN_RECIPIENT,
        RefusalReason.REVOKED_RECIPIENT,
        RefusalReason.NO_RECIPIENT,
        RefusalReason.NO_COMMON_PROTOCOL,
    }
    worded = {code: text for code, text in phrases.items() if code not in writing_only}
    assert "MESSAGE" not in worded.values() and len(set(worded.values())) == len(worded)
    assert refusal_text(None, "MESSAGE") == "MESSAGE"


def test_a_file_that_is_not_a_bundle_is_not_accepted_as_a_drop(window: MainWindow, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.sync, enter)
    assert not enter.isAccepted()


def test_a_card_is_added_after_comparing_its_fingerprint_and_a_peer_is_revoked(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    try:
        card = syncing.export_card(bert, tmp_path / "bert.liaison-card")
        fingerprint = syncing.identity(bert).fingerprint
    finally:
        bert.close()
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, _text: str, details: str) -> bool:
        asked.append(details)
        return True

    monkeypatch.setattr(sync_peers, "confirm", confirm)
    window.go_to("sync")
    box = window.sync.peers
    _choose(monkeypatch, "getOpenFileName", (str(card), ""))
    qtbot.mouseClick(box.add_button, LEFT)
    assert fingerprint in asked[0]
    assert [(p.officer, p.trust, p.fingerprint) for p in box.lines] == [
        ("Capt. Bert Olsen", "direct", fingerprint)
    ]
    assert _cell(box.table, 0, 4) == fingerprint

    box.table.selectRow(0)
    assert box.revoke_button.isEnabled()
    qtbot.mouseClick(box.revoke_button, LEFT)
    assert fingerprint in asked[1]
    assert box.lines[0].trust == "revoked" and _cell(box.table, 0, 3) == "Revoked"
    assert not box.revoke_button.isEnabled()
    assert sync_view.peer_lines(ctx.store)[0].trust == "revoked"


def test_a_card_is_not_trusted_when_the_fingerprint_does_not_match(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    try:
        card = syncing.export_card(bert, tmp_path / "bert.liaison-card")
    finally:
        bert.close()
    monkeypatch.setattr(sync_peers, "confirm", lambda *_a: False)
    window.sync.peers.add_card_file(card)
    assert syncing.list_peers(ctx.store) == []


def test_a_card_swapped_on_disk_while_its_fingerprint_is_compared_is_not_the_one_trusted(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    mallory = _make(tmp_path / "mallory-profile", "Mallory", "mallory-laptop")
    try:
        card = syncing.export_card(bert, tmp_path / "bert.liaison-card")
        shown_fingerprint = syncing.identity(bert).fingerprint
        bert_id = bert.author.device_id

        def swap_then_confirm(_parent: Any, _title: str, _text: str, details: str) -> bool:
            assert shown_fingerprint in details
            syncing.export_card(mallory, card)  # someone swaps the file while the officer reads
            return True

        monkeypatch.setattr(sync_peers, "confirm", swap_then_confirm)
        window.go_to("sync")
        window.sync.peers.add_card_file(card)
    finally:
        bert.close()
        mallory.close()
    assert sync_view.read_card(card).officer == "Mallory"  # the swap really happened
    assert [(p.card.device_id, p.card.officer) for p in syncing.list_peers(ctx.store)] == [
        (bert_id, "Capt. Bert Olsen")
    ]
    assert window.sync.peers.lines[0].fingerprint == shown_fingerprint


def _conflict(ctx: AppContext, hq_store: Store) -> str:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
    send(ctx.store, hq_store)
    records.edit(ctx.store, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq_store, "contact", contact.id, {"position": "Head of Logistics"})
    send(ctx.store, hq_store)
    send(hq_store, ctx.store)
    ctx.notify_changed("")
    ctx.sync_changed.emit()
    return contact.id


def _position_cell(window: MainWindow) -> str:
    page = window.lists["contact"]
    column = [c.key for c in page.spec.columns].index("position")
    return str(page.model.index(0, column).data())


def test_keep_this_resolves_a_real_conflict_and_refreshes_the_list(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    contact_id = _conflict(ctx, hq_store)
    window.go_to("conflicts")
    page = window.conflicts
    assert window.sidebar.item(5).text() == "Conflicts  (1)"
    assert "1 conflict" in window.sync_label.text()
    assert [_cell(page.table, 0, c) for c in range(3)] == ["Contact", "Jean Mukendi", "Position"]
    cards = {card.side.officer: card for card in page.cards}
    assert set(cards) == {"Maj. Anna Berg", "Col. Dana Reyes"}
    assert cards["Col. Dana Reyes"].value.text() == "Head of Logistics"
    assert cards["Maj. Anna Berg"].title().startswith("This device")
    assert sum(card.side.shown for card in page.cards) == 1
    # worded from the real times (the two edits ran moments apart), not "at the same time"
    assert "less than a minute apart" in page.explain.text()

    qtbot.mouseClick(cards["Col. Dana Reyes"].keep_button, LEFT)
    assert page.views == [] and page.detail_stack.currentWidget() is page.placeholder
    assert records.get(ctx.store, "contact", contact_id).position == "Head of Logistics"  # type: ignore[attr-defined]
    assert window.sidebar.item(5).text() == "Conflicts"
    assert "0 conflicts" in window.sync_label.text()
    window.go_to("contact")  # a screen out of sight reads its list when shown
    assert _position_cell(window) == "Head of Logistics"
    window.go_to("conflicts")

    page.show_resolved.setChecked(True)
    assert len(page.views) == 1 and page.views[0].resolved
    assert all(card.keep_button.isHidden() for card in page.cards)
    assert page.merge_button.isHidden()
    # the resolved conflict says how it ended: the final value and who chose it
    assert "Resolved by you on toughbook-1, " in page.explain.text()
    assert page.explain.text().endswith("Final value: Head of Logistics")


def test_edit_a_merge_opens_the_field_and_saving_resolves_the_conflict(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    contact_id = _conflict(ctx, hq_store)
    window.activateWindow()  # HQ's window opened last; focus goes to the active window
    qtbot.waitActive(window)
    window.go_to("conflicts")
    qtbot.mouseClick(window.conflicts.merge_button, LEFT)
    editor = window.lists["contact"].editor
    assert window.current_list() is window.lists["contact"] and editor.record_id == contact_id
    target = editor.fields["position"].focus_target()
    qtbot.waitUntil(target.hasFocus)
    qtbot.keyClicks(target, "Head of Logistics (acting)")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert syncing.conflicts(ctx.store) == []
    qtbot.waitUntil(lambda: window.conflicts.views == [])  # at the next turn of the event loop
    assert window.sidebar.item(5).text() == "Conflicts"
    send(ctx.store, hq_store)
    assert syncing.conflicts(hq_store) == []
    assert records.get(hq_store, "contact", contact_id).position == "Head of Logistics (acting)"  # type: ignore[attr-defined]


def test_the_status_bar_counts_changes_waiting_and_open_conflicts(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    _conflict(ctx, hq_store)
    hq_store.clock_skew_ms = 2 * 24 * 3600 * 1000  # HQ's laptop clock runs two days ahead
    records.add(hq_store, "org", {"name": "UNHCR"})
    send(hq_store, ctx.store)
    ctx.sync_changed.emit()
    assert "1 waiting" in window.sync_label.text() and "1 conflict" in window.sync_label.text()
    assert "Col. Dana Reyes" in window.sync_label.toolTip()


def test_the_status_bar_says_hq_has_everything_after_a_round_trip_whatever_vouched_officers_lack(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    try:
        introduce(bert, hq_store)
        records.add(bert, "org", {"name": "UNICEF"})
        send(bert, hq_store)
        send(hq_store, ctx.store)  # HQ relays Bert's change and vouches for Bert
        ctx.sync_changed.emit()
        # Bert never exchanges with this device directly, so what he lacks is not counted.
        assert "HQ has everything" in window.sync_label.text()
        records.add(ctx.store, "org", {"name": "UNHCR"})
        ctx.notify_changed("org")  # an edit is a change HQ does not have yet
        assert "1 change not yet at HQ" in window.sync_label.text()
        tip = window.sync_label.toolTip()
        assert "Not yet confirmed by the device:\nCol. Dana Reyes (hq-desk): 1 change" in tip
        assert "Bert" not in tip.split("Not yet confirmed")[1]
        records.add(ctx.store, "org", {"name": "WFP"})
        ctx.notify_changed("org")
        assert "2 changes not yet at HQ" in window.sync_label.text()
        send(ctx.store, hq_store)
        ctx.sync_changed.emit()
        assert "2 changes not yet at HQ" in window.sync_label.text()  # sent, but not confirmed
        hq.ctx.sync_changed.emit()
        assert "1 officer not up to date" in hq.sync_label.text()  # Bert lacks Anna's changes
        assert "Capt. Bert Olsen (bert-laptop): 2 changes" in hq.sync_label.toolTip()
        send(hq_store, ctx.store)  # HQ's bundle says what HQ now holds: the round trip
        ctx.sync_changed.emit()
        assert "HQ has everything" in window.sync_label.text()
        send(hq_store, bert)
        send(bert, hq_store)
        hq.ctx.sync_changed.emit()
        assert "every officer has everything" in hq.sync_label.text()
    finally:
        bert.close()


def test_the_trusted_devices_table_says_per_peer_what_has_not_reached_it(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store
) -> None:
    window.go_to("sync")
    window.sync.refresh()
    table = window.sync.peers.table
    lacking = table.columnCount() - 1
    assert _cell(table, 0, lacking) == "has everything"
    records.add(ctx.store, "org", {"name": "UNHCR"})
    ctx.sync_changed.emit()
    assert _cell(table, 0, lacking) == "1 change"


def test_the_empty_devices_table_tells_hq_to_add_the_officers_cards_and_an_officer_hqs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.go_to("sync")
    window.sync.refresh()
    assert "Add HQ's identity card" in window.sync.peers.empty.text()
    assert window.sync.identity.export_button.toolTip().endswith("to give to HQ")
    hq_store = _make(tmp_path / "lonely-hq", "Col. Dana Reyes", "hq-desk", role="hq")
    hq_ctx = AppContext(tmp_path / "lonely-hq")
    hq_ctx.open(hq_store)
    hq = MainWindow(hq_ctx, remember_geometry=False)
    qtbot.addWidget(hq)
    try:
        hq.go_to("sync")
        hq.sync.refresh()
        text = hq.sync.peers.empty.text()
        assert "Add each officer's identity card" in text and "HQ's" not in text
        assert hq.sync.identity.export_button.toolTip().endswith("to give to each officer")
    finally:
        hq._settle_all = lambda: True  # type: ignore[method-assign]
        hq.close()
        hq_store.close()


def test_a_dropped_identity_card_shows_its_fingerprint_and_is_trusted_once_confirmed(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    try:
        card = syncing.export_card(bert, tmp_path / "bert.liaison-card")
        fingerprint = syncing.identity(bert).fingerprint
    finally:
        bert.close()
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, _text: str, details: str) -> bool:
        asked.append(details)
        return True

    monkeypatch.setattr(sync_peers, "confirm", confirm)
    window.go_to("sync")
    _drop(window.sync, [card])
    assert len(asked) == 1 and fingerprint in asked[0]
    assert [(p.officer, p.trust) for p in window.sync.peers.lines] == [("Capt. Bert Olsen", "direct")]


def test_a_dropped_card_that_is_declined_is_not_trusted(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bert = _make(tmp_path / "bert-profile", "Capt. Bert Olsen", "bert-laptop")
    try:
        card = syncing.export_card(bert, tmp_path / "bert.liaison-card")
    finally:
        bert.close()
    monkeypatch.setattr(sync_peers, "confirm", lambda *_a: False)
    _drop(window.sync, [card])
    assert syncing.list_peers(ctx.store) == []


def test_the_history_tab_lists_exports_imports_and_refusals_across_sessions(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    records.add(hq_store, "contact", {"full_name": "Amina Haddad"})
    good = bundle_for(hq_store, ctx.store)
    junk = tmp_path / "junk.liaison"
    junk.write_bytes(b"this is not a bundle")
    window.go_to("sync")
    _drop(window.sync, [good, junk])
    _wait_idle(qtbot, window)
    window.sync.tabs.setCurrentWidget(window.sync.history)
    box = window.sync.history
    assert box.result_texts() == ["Refused: not a Liaison bundle", "1 applied"]
    assert [_cell(box.table, r, 1) for r in range(2)] == ["Import", "Import"]
    assert _cell(box.table, 1, 3) == "Col. Dana Reyes (hq-desk)"
    hq.sync.refresh()
    assert hq.sync.history.result_texts() == ["Written: 1 change"]
    assert _cell(hq.sync.history.table, 0, 3) == "Maj. Anna Berg (toughbook-1)"
    ctx.lock()
    assert box.table.rowCount() == 0


def test_sync_now_exchanges_through_the_folder_and_appearing_folders_sync_by_themselves(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    window.sync.set_folder(str(folder))
    assert not window.sync.folder.sync_button.isEnabled()  # not plugged in
    assert window.sync.check_folder() is False  # still absent
    folder.mkdir()
    records.add(hq_store, "org", {"name": "UNHCR"})
    bundle_for(hq_store, ctx.store).replace(folder / "from-hq.liaison")
    assert window.sync.check_folder() is True  # the stick appeared: sync once, no dialog
    _wait_idle(qtbot, window)
    assert window.sync.results.result_texts() == ["1 applied"]
    assert (folder / "archive" / "from-hq.liaison").is_file()
    assert len(list((folder / "outbox").glob("*.liaison"))) == 1
    assert window.sync.check_folder() is False  # still there: nothing more
    assert window.sync.sync_now() is True
    _wait_idle(qtbot, window)
    assert "0 files imported, 1 bundle written" in window.sync.notice.text()
    assert window.sync.notice.text().startswith("Folder exchange at ")  # when: not a stale line


def test_the_automatic_sync_banner_goes_when_the_stick_is_unplugged(
    qtbot: QtBot, window: MainWindow, hq: MainWindow, ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    window.sync.set_folder(str(folder))
    assert window.sync.check_folder() is False
    folder.mkdir()
    assert window.sync.check_folder() is True
    assert window.sync.notice.text() == "The exchange folder appeared: syncing…"
    _wait_idle(qtbot, window)
    assert window.sync.notice.text().startswith("Folder exchange at ")
    for path in sorted(folder.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    folder.rmdir()  # the stick is pulled out
    assert window.sync.check_folder() is False
    assert window.sync.notice.isHidden()


def test_the_folder_is_not_watched_while_locked(window: MainWindow, ctx: AppContext, tmp_path: Path) -> None:
    window.sync.set_folder(str(tmp_path / "usb"))
    assert window.sync.poll.isActive()
    ctx.lock()
    assert not window.sync.poll.isActive()
    (tmp_path / "usb").mkdir()
    assert window.sync.check_folder() is False


def test_cancel_stops_an_import_between_files_and_keeps_what_went_in(
    ctx: AppContext, hq_store: Store, tmp_path: Path
) -> None:
    introduce(ctx.store, hq_store)
    records.add(hq_store, "org", {"name": "UNHCR"})
    first = bundle_for(hq_store, ctx.store)
    second = bundle_for(hq_store, ctx.store, full=True)
    # The officer presses Cancel while the first file goes in (its progress is reported).
    state = worker.TaskState(lambda *_a: state.request_cancel())
    done: list[intake.IntakeResult] = []
    import_job(ctx.store, [first, second], done)(state)
    (result,) = done
    assert result.cancelled and [o.path for o in result.files] == [first]
    assert result.files[0].counts.applied == 1
