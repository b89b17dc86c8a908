# mypy: disable-error-code="no-untyped-call"
"""First run, unlock, lock and auto-lock, driven through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import passphrase as policy
from liaison_app.services import records
from liaison_app.services.passphrase import Reason
from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui import passphrase_words
from ui.app import IdleLock
from ui.context import AppContext
from ui.diagnostics_dialog import DiagnosticsDialog
from ui.main_window import MainWindow
from ui.unlock import UnlockDialog
from ui.wizard import SetupWizard


def _fill_wizard(qtbot: QtBot, wizard: SetupWizard, passphrase: str, repeat: str) -> None:
    qtbot.keyClicks(wizard.identity.officer, "Capt. Lina Ortiz")
    wizard.identity.device.setText("laptop-7")
    wizard.next()
    qtbot.keyClicks(wizard.secret.passphrase, passphrase)
    qtbot.keyClicks(wizard.secret.confirmation, repeat)


def test_given_no_profile_when_the_wizard_is_completed_then_the_profile_opens_with_that_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "new"
    wizard = SetupWizard(directory, cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "river stone lantern", "river stone lantern")
    wizard.next()  # "Create profile"
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    assert wizard.created is not None
    assert wizard.recovery.key.text() == wizard.created.recovery_key
    assert wizard.created.store.author.officer == "Capt. Lina Ortiz"
    assert wizard.created.store.author.device_name == "laptop-7"
    wizard.created.store.close()
    profile.unlock(directory, "river stone lantern").close()


def test_the_wizard_cannot_finish_before_the_recovery_key_is_confirmed(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "river stone lantern", "river stone lantern")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery.confirmed.setChecked(True)
    assert finish.isEnabled()
    assert wizard.created is not None
    wizard.created.store.close()


def test_passphrases_that_differ_are_refused_with_a_message_and_no_profile_is_created(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "new"
    wizard = SetupWizard(directory, cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "river stone lantern", "river stone lanterns")
    wizard.next()
    assert wizard.currentPage() is wizard.secret
    assert "differ" in wizard.secret.error.text()
    assert wizard.secret.refusal() is Reason.MISMATCH
    assert not profile.exists(directory)


def test_a_short_passphrase_is_refused_and_the_meter_reads_weak(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "abc12", "abc12")
    assert wizard.secret.meter.value() <= 1
    wizard.next()
    assert wizard.currentPage() is wizard.secret
    assert "at least" in wizard.secret.error.text()
    assert wizard.secret.refusal() is Reason.TOO_SHORT


def test_given_password123_the_wizard_keeps_create_profile_disabled_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "new"
    wizard = SetupWizard(directory, cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "Password123!", "Password123!")
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert not create.isEnabled()
    assert wizard.secret.refusal() is Reason.TOO_GUESSABLE  # the CLI's rule: same service
    assert passphrase_words.reason_text(Reason.TOO_GUESSABLE) in wizard.secret.verdict.text()
    assert wizard.secret.meter.value() < policy.MIN_SCORE
    wizard.next()
    assert wizard.currentPage() is wizard.secret and not profile.exists(directory)


def test_given_a_diceware_phrase_create_profile_is_enabled_only_once_the_repeat_matches(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "tundra mosaic kettle orbit lantern", "tundra mosaic")
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert wizard.secret.refusal() is Reason.MISMATCH and not create.isEnabled()
    assert passphrase_words.reason_text(Reason.MISMATCH) not in wizard.secret.verdict.text()  # still typing
    qtbot.keyClicks(wizard.secret.confirmation, " kettle orbit lantern")
    assert wizard.secret.refusal() is None and create.isEnabled()
    assert wizard.secret.meter.value() == policy.MAX_SCORE


def test_given_the_officers_name_as_passphrase_the_wizard_refuses_it_like_the_cli(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "Capt. Lina Ortiz", "Capt. Lina Ortiz")
    assert policy.strength("Capt. Lina Ortiz").accepted  # only the name given makes it guessable
    assert wizard.secret.refusal() is Reason.TOO_GUESSABLE


def test_a_wrong_passphrase_shows_a_clear_message_and_the_dialog_stays_open(
    qtbot: QtBot, gui_dir: Path, ctx: AppContext
) -> None:
    ctx.lock()
    dialog = UnlockDialog(gui_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.error.isVisible(), timeout=10_000)
    assert "Wrong passphrase" in dialog.form.error.text()
    assert dialog.isVisible() and dialog.store is None


def test_the_right_passphrase_accepts_the_unlock_dialog_with_an_open_store(
    qtbot: QtBot, gui_dir: Path, ctx: AppContext
) -> None:
    ctx.lock()
    dialog = UnlockDialog(gui_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    assert dialog.store.author.officer == "Maj. Anna Berg"
    dialog.store.close()


def test_ctrl_l_closes_the_database_and_shows_only_the_lock_screen(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    ctx.notify_changed("contact")
    window.go_to("contact")
    assert window.lists["contact"].model.rowCount() == 1
    with qtbot.waitSignal(ctx.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.is_locked
    assert window.central.currentWidget() is window.lock_screen
    assert window.lists["contact"].model.rowCount() == 0  # no decrypted rows left in the model
    assert not window.new_action.isEnabled()


def test_unlocking_from_the_lock_screen_brings_the_lists_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    ctx.lock()
    form = window.lock_screen.form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(ctx.unlocked, timeout=10_000):
        qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert window.central.currentWidget() is window.workspace
    window.go_to("contact")  # a screen out of sight reads its list when shown
    assert window.lists["contact"].model.rowCount() == 1
    assert form.passphrase.text() == ""


def test_an_unsaved_edit_survives_lock_and_unlock_and_can_then_be_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    contact = records.add(ctx.store, "contact", {"full_name": "Amina Haddad"})
    window.open_record("contact", contact.id)
    editor = window.lists["contact"].editor
    qtbot.keyClicks(editor.fields["position"].focus_target(), "Head of sub-office")
    assert editor.is_dirty()
    ctx.lock()
    form = window.lock_screen.form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(ctx.unlocked, timeout=10_000):
        form.submit()
    assert editor.is_dirty()
    assert editor.fields["position"].value() == "Head of sub-office"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty()
    assert records.as_dict(records.get(ctx.store, "contact", contact.id))["position"] == "Head of sub-office"


def test_the_profile_locks_itself_after_the_idle_time(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    idle = IdleLock(ctx, QCoreApplication.instance())  # type: ignore[arg-type]
    assert idle.interval_ms == 10 * 60_000  # the profile's default: ten minutes
    idle.set_interval_ms(80)
    with qtbot.waitSignal(ctx.locked, timeout=5_000):
        pass
    assert window.central.currentWidget() is window.lock_screen


def test_keyboard_activity_postpones_the_idle_lock(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    idle = IdleLock(ctx, QCoreApplication.instance())  # type: ignore[arg-type]
    # Keys every 250 ms for twice the idle interval: a busy machine may stretch one wait, not
    # four times over.
    idle.set_interval_ms(1_000)
    for _ in range(8):
        qtbot.wait(250)
        qtbot.keyClick(window.lists["contact"].search, Qt.Key.Key_A)
    assert not ctx.is_locked
    qtbot.waitUntil(lambda: ctx.is_locked, timeout=10_000)


def test_given_a_locked_window_then_help_diagnostics_opens_while_what_needs_the_store_stays_off(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.lock()
    assert window.menuBar().isEnabled() and window.help_menu.menuAction().isEnabled()
    assert not window.go_menu.menuAction().isEnabled()
    assert not any(action.isEnabled() for action in window.data_actions)
    usable = [a for a in window.file_menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert usable == [window.quit_action]
    helps = [a for a in window.help_menu.actions() if a.isEnabled() and not a.isSeparator()]
    # Help's pages need no store: the guide, the shortcuts, Diagnostics and About stay open.
    assert helps == [
        window.guide_action,
        window.shortcuts_action,
        window.diagnostics_action,
        window.about_action,
    ]
    shown: list[QWidget | None] = []

    def close_it() -> None:
        shown.append(QApplication.activeModalWidget())
        dialog = shown[-1]
        assert isinstance(dialog, DiagnosticsDialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.diagnostics_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], DiagnosticsDialog)
    assert window.central.currentWidget() is window.lock_screen  # still locked, nothing shown


def test_given_the_window_unlocked_again_then_the_go_menu_and_data_actions_come_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.lock()
    form = window.lock_screen.form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    with qtbot.waitSignal(ctx.unlocked, timeout=10_000):
        form.submit()
    assert window.go_menu.menuAction().isEnabled()
    assert window.new_action.isEnabled() and window.lock_action.isEnabled()
