# mypy: disable-error-code="no-untyped-call"
"""Passphrase and recovery in the GUI, driven with the keyboard: Change passphrase from the
File menu, "Forgot passphrase? Use the recovery key" on the unlock screen, the failed
attempt count, the Caps Lock warning and the show-passphrase toggle."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from liaison_app import profile, unlock_attempts
from liaison_app.errors import WrongSecretError
from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.passphrase_dialogs import ChangePassphraseDialog, RecoverDialog
from ui.unlock import UnlockDialog

NEW = "tundra mosaic kettle orbit lantern"


def _refused_change(qtbot: QtBot, dialog: ChangePassphraseDialog, *, current: str) -> None:
    """Type `current` and NEW twice, press Enter, and wait for the dialog's refusal."""
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.fields.passphrase, NEW)
    qtbot.keyClicks(dialog.fields.confirmation, NEW)
    qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)


@pytest.fixture
def recovery_key(tmp_path: Path) -> tuple[Path, str]:
    """A closed profile and the recovery key its wizard showed."""
    directory = tmp_path / "forgetful"
    created = profile.init(
        directory, passphrase=PASSPHRASE, officer_name="Lt. Omar Said", device_name="field-3", cost=CHEAP_KDF
    )
    created.store.close()
    return directory, created.recovery_key


def _when_modal(qtbot: QtBot, kind: type[QWidget], answer: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal dialog (it must be a `kind`) with `answer`, once it shows."""
    seen: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        assert isinstance(dialog, kind)
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, act)
    return seen


def _type_new(qtbot: QtBot, dialog: ChangePassphraseDialog | RecoverDialog, new: str = NEW) -> None:
    qtbot.keyClicks(dialog.fields.passphrase, new)
    qtbot.keyClicks(dialog.fields.confirmation, new)


def test_given_the_file_menu_when_the_passphrase_is_changed_then_only_the_new_one_opens_the_profile(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, gui_dir: Path
) -> None:
    assert window.passphrase_action in window.file_menu.actions()

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        assert dialog.focusWidget() is dialog.current
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.passphrase, NEW)
        qtbot.keyClicks(dialog.fields.confirmation, NEW)
        assert dialog.fields.match_hint.text() == "✓ The passphrases match."
        qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)

    seen = _when_modal(qtbot, ChangePassphraseDialog, change)
    window.passphrase_action.trigger()
    assert len(seen) == 1 and not seen[0].isVisible()
    profile.unlock(gui_dir, NEW).close()
    with pytest.raises(WrongSecretError):
        profile.unlock(gui_dir, PASSPHRASE)
    assert not ctx.is_locked  # the open profile carries on


def test_given_a_wrong_current_passphrase_then_the_dialog_says_so_and_nothing_changes(
    qtbot: QtBot, gui_store: object, gui_dir: Path
) -> None:
    dialog = ChangePassphraseDialog(gui_dir, ("Maj. Anna Berg", "toughbook-1"))
    qtbot.addWidget(dialog)
    dialog.show()
    _refused_change(qtbot, dialog, current="not the passphrase")
    assert dialog.error.text() == "The current passphrase is wrong. Nothing was changed."
    assert dialog.isVisible() and dialog.focusWidget() is dialog.current
    profile.unlock(gui_dir, PASSPHRASE).close()


def test_the_change_button_waits_for_an_acceptable_confirmed_passphrase(
    qtbot: QtBot, gui_store: object, gui_dir: Path
) -> None:
    dialog = ChangePassphraseDialog(gui_dir, ("Capt. Lina Ortiz", "laptop-7"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.passphrase, "Password123!")
    qtbot.keyClicks(dialog.fields.confirmation, "Password123!")
    assert not dialog.ok.isEnabled()  # the one policy: too easy to guess
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.passphrase, "Capt. Lina Ortiz")
    qtbot.keyClicks(dialog.fields.confirmation, "Capt. Lina Ortiz")
    assert not dialog.ok.isEnabled()  # the officer's own name counts as guessable
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.passphrase, NEW)
    qtbot.keyClicks(dialog.fields.confirmation, NEW[:-1])
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.fields.confirmation, NEW[-1])
    assert dialog.ok.isEnabled()


def test_given_the_recovery_key_in_small_letters_then_a_new_passphrase_is_set(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, key = recovery_key
    dialog = RecoverDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, key.lower())
    _type_new(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)
    assert dialog.key.text() == "" and dialog.fields.passphrase.text() == ""
    profile.unlock(directory, NEW).close()


def test_given_a_wrong_recovery_key_then_the_dialog_says_so_and_the_passphrase_stays(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, key = recovery_key
    dialog = RecoverDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = ("Z" if key[0] != "Z" else "Y") + key[1:]
    qtbot.keyClicks(dialog.key, wrong)
    _type_new(qtbot, dialog)
    qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text().startswith("That is not this profile's recovery key.")
    assert dialog.isVisible()
    profile.unlock(directory, PASSPHRASE).close()


def test_given_a_forgotten_passphrase_the_unlock_screen_leads_to_recovery_and_then_unlocks_with_the_new_one(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, key = recovery_key
    unlock = UnlockDialog(directory)
    qtbot.addWidget(unlock)
    unlock.show()

    def recover(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoverDialog)
        qtbot.keyClicks(dialog.key, key)
        _type_new(qtbot, dialog)
        qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)

    seen = _when_modal(qtbot, RecoverDialog, recover)
    unlock.form.forgot.setFocus()
    qtbot.keyClick(unlock.form.forgot, Qt.Key.Key_Space)
    assert len(seen) == 1
    assert unlock.form.notice.text() == "A new passphrase is set. Enter it to unlock."
    qtbot.keyClicks(unlock.form.passphrase, NEW)
    with qtbot.waitSignal(unlock.accepted, timeout=10_000):
        qtbot.keyClick(unlock.form.passphrase, Qt.Key.Key_Return)
    assert unlock.store is not None
    unlock.store.close()


def test_given_a_cancelled_recovery_then_the_unlock_screen_is_as_it_was(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, _key = recovery_key
    unlock = UnlockDialog(directory)
    qtbot.addWidget(unlock)
    unlock.show()
    seen = _when_modal(qtbot, RecoverDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    unlock.form.forgot.click()
    assert len(seen) == 1 and not unlock.form.notice.isVisible()
    profile.unlock(directory, PASSPHRASE).close()


def _fail_once(qtbot: QtBot, unlock: UnlockDialog) -> None:
    qtbot.keyClicks(unlock.form.passphrase, "not the passphrase")
    qtbot.keyClick(unlock.form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.form.task is None and unlock.form.passphrase.isEnabled(), timeout=10_000)


def test_failed_attempts_are_counted_on_the_unlock_screen(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, _key = recovery_key
    unlock = UnlockDialog(directory)
    qtbot.addWidget(unlock)
    unlock.show()
    assert not unlock.form.attempts.isVisible()
    _fail_once(qtbot, unlock)
    assert unlock.form.attempts.text() == "1 failed attempt."
    _fail_once(qtbot, unlock)
    assert unlock.form.attempts.text() == "2 failed attempts."
    error = unlock.form.error
    assert error.text().startswith("Wrong passphrase.")
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))  # not clipped


def test_a_capital_typed_without_shift_warns_of_caps_lock_until_a_small_letter_is_typed(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, _key = recovery_key
    unlock = UnlockDialog(directory)
    qtbot.addWidget(unlock)
    unlock.show()
    field = unlock.form.passphrase
    qtbot.keyClick(field, "a")
    assert not unlock.form.caps.isVisible()
    qtbot.keyClick(field, "R")  # a capital, no Shift held
    assert unlock.form.caps.isVisible()
    assert unlock.form.caps.text() == "Caps Lock is on."
    qtbot.keyClick(field, Qt.Key.Key_CapsLock)  # turned off
    assert not unlock.form.caps.isVisible()
    qtbot.keyClick(field, "R", Qt.KeyboardModifier.ShiftModifier)
    assert not unlock.form.caps.isVisible()


def test_show_passphrase_shows_it_and_unlocking_hides_it_again(
    qtbot: QtBot, recovery_key: tuple[Path, str]
) -> None:
    directory, _key = recovery_key
    unlock = UnlockDialog(directory)
    qtbot.addWidget(unlock)
    unlock.show()
    field = unlock.form.passphrase
    assert field.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClick(unlock.form.shown, Qt.Key.Key_Space)
    assert field.echoMode() is QLineEdit.EchoMode.Normal
    unlock.form.reset()
    assert field.echoMode() is QLineEdit.EchoMode.Password


def test_given_too_many_wrong_passphrases_lately_then_the_change_dialog_says_to_wait_in_plain_words(
    qtbot: QtBot, gui_store: object, gui_dir: Path
) -> None:
    (gui_dir / unlock_attempts.ATTEMPTS_NAME).write_text(
        json.dumps({"failures": unlock_attempts.FREE_FAILURES + 3, "last_failure": time.time()})
    )
    dialog = ChangePassphraseDialog(gui_dir, ("Maj. Anna Berg", "toughbook-1"))
    qtbot.addWidget(dialog)
    dialog.show()
    _refused_change(qtbot, dialog, current=PASSPHRASE)
    assert dialog.error.text() == "Too many wrong passphrases in a row."
    (gui_dir / unlock_attempts.ATTEMPTS_NAME).unlink()
    profile.unlock(gui_dir, PASSPHRASE).close()  # unchanged
