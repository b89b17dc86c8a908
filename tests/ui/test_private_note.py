# mypy: disable-error-code="no-untyped-call"
"""Do-not-share in the contact editor: one save that marks a shared contact and changes its
notes keeps the note private and standing up to a peer's later note edit (a conflict, the
private note kept), as two saves would; a mark set by another officer's device cannot be
lifted here, and the editor says why."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import records, syncing
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.support import items_in
from ui.context import AppContext
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
SECRET_NOTE = "meets us behind the market on Thursdays"


@pytest.fixture
def hq(tmp_path: Path, ctx: AppContext) -> Iterator[Store]:
    """HQ's profile, trusted by the officer whose profile the window shows (and trusting it)."""
    store = profile.init(
        tmp_path / "hq",
        passphrase=PASSPHRASE,
        officer_name="Col. Dana Reyes",
        device_name="hq-desk",
        role="hq",
        cost=CHEAP_KDF,
    ).store
    introduce(ctx.store, store)
    yield store
    store.close()


def _shared_contact(ctx: AppContext, hq: Store) -> str:
    contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "notes": "Drives for WFP"})
    send(ctx.store, hq)
    send(hq, ctx.store)
    ctx.notify_changed("contact")
    return contact.id


def _grab(window: MainWindow, name: str) -> None:
    """With $LIAISON_SHOTS set to a folder, keep a look at the screen for a reviewer."""
    folder = os.environ.get("LIAISON_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / f"{name}.png"))


def _choose_scope(editor: Any, scope: str) -> None:
    """Pick a sharing scope in the editor's selector, as a click on its entry does."""
    combo = editor.fields["scope"].combo
    combo.setCurrentIndex(combo.findData(scope))


def test_given_one_save_marking_and_editing_notes_when_hq_edits_them_then_the_private_note_is_kept(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, hq: Store
) -> None:
    contact_id = _shared_contact(ctx, hq)
    window.open_record("contact", contact_id)
    editor = window.lists["contact"].editor
    _choose_scope(editor, "local")
    notes = editor.fields["notes"].focus_target()
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, SECRET_NOTE)
    assert editor.changes() == {"do_not_share": True, "notes": SECRET_NOTE}

    qtbot.mouseClick(editor.save_button, LEFT)  # one save

    assert not editor.is_dirty()
    records.edit(hq, "contact", contact_id, {"notes": "Moved to Bukavu"})  # before HQ learns the mark
    send(hq, ctx.store)
    ctx.notify_changed("")
    ctx.sync_changed.emit()

    (conflict,) = syncing.conflicts(ctx.store)
    assert (conflict.record_id, conflict.field) == (contact_id, "notes")
    assert {v.value for v in conflict.values} == {SECRET_NOTE, "Moved to Bukavu"}
    window.open_record("contact", contact_id)
    assert editor.conflict_fields() == ["notes"]
    assert editor.fields["scope"].value() == "local"
    _grab(window, "private-note-conflict")
    path = bundle_for(ctx.store, hq, full=True)
    assert SECRET_NOTE.encode() not in b"".join(item for _, item in items_in(path, hq))


def test_given_a_mark_set_elsewhere_when_cleared_in_the_editor_then_the_save_is_refused_saying_whose(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, hq: Store
) -> None:
    contact = records.add(hq, "contact", {"full_name": "Jean Mukendi"})
    send(hq, ctx.store)
    records.edit(hq, "contact", contact.id, {"do_not_share": True})
    send(hq, ctx.store)
    ctx.notify_changed("contact")
    window.open_record("contact", contact.id)
    editor = window.lists["contact"].editor
    assert editor.fields["scope"].value() == "local"

    _choose_scope(editor, "mission")
    qtbot.mouseClick(editor.save_button, LEFT)

    assert editor.error_text("scope") == (
        "Marked do-not-share by Col. Dana Reyes; only they can lift the mark"
    )
    assert editor.is_dirty()
    _grab(window, "mark-set-elsewhere")
    assert records.get(ctx.store, "contact", contact.id).do_not_share is True  # type: ignore[attr-defined]
