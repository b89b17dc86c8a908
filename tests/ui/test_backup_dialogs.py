# mypy: disable-error-code="no-untyped-call"
"""Backups in the app: File → Back up now… and Restore from backup…, "Restore a backup" in
the first-run wizard, automatic backups at lock, and their settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.backup_format import BackupError, BackupRefusal
from liaison_app.errors import Rule
from liaison_app.services import backup, backup_copies, dump, preferences, records
from liaison_app.services import restore as restoring
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui import backup_dialogs
from ui.backup_dialogs import RestoreDialog
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.wizard import SetupWizard

TIMEOUT = 20_000


class Notices:
    """What the app told the officer at the end of a backup or restore."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, parent: object, title: str, text: str) -> None:
        self.shown.append((title, text))


@pytest.fixture(autouse=True)
def notices(monkeypatch: pytest.MonkeyPatch) -> Notices:
    told = Notices()
    monkeypatch.setattr(backup_dialogs, "notify", told)
    return told


@pytest.fixture
def backup_file(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A backup of another laptop's profile, and that profile's dump."""
    created = profile.init(
        tmp_path / "old-laptop",
        passphrase=PASSPHRASE,
        officer_name="Maj. Anna Berg",
        device_name="tb-1",
        cost=CHEAP_KDF,
    )
    with created.store as store:
        records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"})
        path = backup.back_up(store, to=tmp_path / "anna.liaisonbackup").path
        yield path, dump.dump_json(store)


def _fill_and_restore(qtbot: QtBot, dialog: RestoreDialog, path: Path) -> None:
    dialog.file.setText(str(path))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.restore_button.click()


def test_given_back_up_now_then_a_verified_backup_is_written_in_the_background(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, notices: Notices
) -> None:
    records.add(ctx.store, "org", {"name": "UNHCR"})
    assert window.backups.back_up_action in window.file_menu.actions()
    dialog = window.backups.back_up_now(tmp_path / "now.liaisonbackup")
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        pass
    assert notices.shown and notices.shown[-1][0] == "Backup written"
    restoring.restore(
        tmp_path / "now.liaisonbackup", directory=tmp_path / "check", secret=restoring.Secret(PASSPHRASE)
    )
    with profile.unlock(tmp_path / "check", PASSPHRASE) as restored:
        assert dump.dump_json(restored) == dump.dump_json(ctx.store)


def test_given_a_backup_to_a_missing_folder_then_the_officer_is_told_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, notices: Notices
) -> None:
    dialog = window.backups.back_up_now(tmp_path / "gone" / "now.liaisonbackup")
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        pass
    assert notices.shown[-1] == ("Backup not written", "This file cannot be read. Nothing was changed.")


def test_given_restore_from_the_file_menu_then_the_profile_is_replaced_and_reopened(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    backup_file: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    notices: Notices,
) -> None:
    path, expected = backup_file
    records.add(ctx.store, "org", {"name": "Only on this laptop"})
    monkeypatch.setattr(backup_dialogs, "ask_replace", lambda parent: True)
    assert window.backups.restore_action in window.file_menu.actions()
    dialog = window.backups.restore()
    assert dialog is not None
    with qtbot.waitSignal(ctx.unlocked, timeout=TIMEOUT):
        _fill_and_restore(qtbot, dialog, path)
    assert dump.dump_json(ctx.store) == expected
    assert "new device" in notices.shown[-1][1]
    assert dialog.passphrase.text() == ""  # the passphrase does not linger in the widget


def test_given_the_officer_says_no_then_restore_changes_nothing(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_dialogs, "ask_replace", lambda parent: False)
    assert window.backups.restore() is None
    assert not ctx.is_locked


def test_given_a_damaged_backup_then_the_dialog_says_so_and_the_folder_is_untouched(
    qtbot: QtBot, tmp_path: Path, backup_file: tuple[Path, str]
) -> None:
    path, _expected = backup_file
    damaged = tmp_path / "damaged.liaisonbackup"
    damaged.write_bytes(path.read_bytes()[:-10])
    dialog = RestoreDialog(tmp_path / "new-laptop", force=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_and_restore(qtbot, dialog, damaged)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=TIMEOUT)
    assert dialog.error.text() == "This backup is damaged or was altered. Nothing was changed."
    assert dialog.restore_button.isEnabled() and dialog.isVisible()
    assert not (tmp_path / "new-laptop").exists()


def test_given_a_weak_new_passphrase_with_the_recovery_key_then_nothing_starts(
    qtbot: QtBot, tmp_path: Path, backup_file: tuple[Path, str]
) -> None:
    path, _expected = backup_file
    dialog = RestoreDialog(tmp_path / "new-laptop", force=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(path))
    dialog.with_key.setChecked(True)
    assert not dialog.new.isHidden() and not dialog.passphrase.isEnabled()
    dialog.key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(dialog.new.passphrase, "short")
    qtbot.keyClicks(dialog.new.confirmation, "short")
    dialog.restore_button.click()
    assert dialog.task is None and not dialog.error.isHidden()
    assert not (tmp_path / "new-laptop").exists()


def test_given_the_first_run_wizard_then_a_backup_can_be_restored_instead(
    qtbot: QtBot, tmp_path: Path, backup_file: tuple[Path, str]
) -> None:
    path, expected = backup_file
    wizard = SetupWizard(tmp_path / "new-laptop", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    restore_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert restore_button.isVisible() and restore_button.text() == "Restore a &backup…"
    restore_button.click()
    dialog = wizard.restore_dialog
    assert dialog is not None
    with qtbot.waitSignal(wizard.finished, timeout=TIMEOUT):
        _fill_and_restore(qtbot, dialog, path)
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    assert wizard.created is not None
    store: Store = wizard.created.store
    try:
        assert dump.dump_json(store) == expected
    finally:
        store.close()


def test_given_an_automatic_backup_folder_then_locking_writes_one_and_keeps_the_last_n(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, gui_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.backup_folder.setText(str(folder))
    dialog.backup_keep.setValue(2)
    dialog.apply()
    assert backup.auto_settings(ctx.store) == backup.AutoBackupSettings(str(folder), 2)
    for _ in range(3):
        ctx.lock()
        ctx.open(profile.unlock(gui_dir, PASSPHRASE))
    assert len(backup.automatic_backups(folder)) == 2
    restoring.inspect(backup.automatic_backups(folder)[-1])


def test_given_a_relative_backup_folder_then_the_settings_dialog_refuses_it_and_stores_nothing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(5)
    dialog.backup_folder.setText("backups")
    dialog.apply()
    assert dialog.refusal == ("backup_folder", Rule.NOT_ABSOLUTE)
    assert "backups" in dialog.error.text()
    assert backup.auto_settings(ctx.store).folder == ""
    assert preferences.read(ctx.store).auto_lock_minutes == 10


def test_every_phase_and_refusal_has_words() -> None:
    for phase in backup_copies.Phase:
        assert backup_dialogs.phase_text(phase)
    for code in BackupRefusal:
        assert backup_dialogs.failure_text(BackupError("x", code))
