# mypy: disable-error-code="no-untyped-call"
"""The unlock screen after too many wrong passphrases: it says how long to wait, counts down
without freezing, refuses to try meanwhile, and words the machine's failures plainly."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app import profile, unlock_attempts
from liaison_app.errors import AccessDeniedError, DiskFullError, UnlockDelayedError
from liaison_app.store import Store
from tests.conftest import PASSPHRASE
from ui.unlock import UnlockDialog, refusal_text


def _failures(directory: Path, count: int, seconds_ago: float = 0.0) -> None:
    (directory / unlock_attempts.ATTEMPTS_NAME).write_text(
        json.dumps({"failures": count, "last_failure": time.time() - seconds_ago})
    )


def test_given_a_wait_recorded_when_the_app_starts_then_it_counts_down_and_unlocks_after(
    qtbot: QtBot, gui_store: Store, gui_dir: Path
) -> None:
    gui_store.close()
    _failures(gui_dir, unlock_attempts.FREE_FAILURES + 1)  # 2 s to wait
    dialog = UnlockDialog(gui_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.wait.isVisible() and not form.button.isEnabled()
    assert form.wait.text() == "Too many wrong passphrases: wait 2 s before trying again."
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert form.task is None  # nothing tried while waiting
    qtbot.waitUntil(lambda: form.wait.text().startswith("Too many wrong passphrases: wait 1 s"), timeout=3000)
    qtbot.waitUntil(lambda: not form.wait.isVisible() and form.button.isEnabled(), timeout=3000)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    dialog.store.close()
    assert profile.unlock_wait(gui_dir) == 0


def test_given_one_try_left_when_it_fails_then_the_wait_starts(
    qtbot: QtBot, gui_store: Store, gui_dir: Path
) -> None:
    gui_store.close()
    _failures(gui_dir, unlock_attempts.FREE_FAILURES - 1, seconds_ago=1.0)
    dialog = UnlockDialog(gui_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.wait.isVisible()
    qtbot.keyClicks(dialog.form.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.wait.isVisible(), timeout=10_000)
    assert dialog.form.wait.text() == "Too many wrong passphrases: wait 1 s before trying again."
    assert not dialog.form.button.isEnabled()
    assert dialog.form.attempts.text() == f"{unlock_attempts.FREE_FAILURES} failed attempts."
    dialog.grab().save(str(_shots() / "unlock-wait.png"))


def test_the_machines_failures_are_worded_from_their_type(gui_dir: Path) -> None:
    full = refusal_text(DiskFullError("x", free_bytes=250_000), gui_dir)
    assert full == "The disk is full (0.2 MB free). Nothing was changed. Make room, then try again."
    assert "permissions" in refusal_text(AccessDeniedError("x"), gui_dir)
    delayed = refusal_text(UnlockDelayedError("x", wait_seconds=4), gui_dir)
    assert delayed == "Too many wrong passphrases in a row."


def _shots() -> Path:
    folder = Path("/tmp/s3-edges")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
