"""The settings screen applies the same service, and so the same rules, as `liaison settings set`."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from liaison_app.services import preferences
from liaison_app.services.preferences import Rule
from tests.conftest import Cli
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog


def test_given_a_relative_folder_the_dialog_refuses_it_by_rule_and_stays_open(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.auto_lock.setValue(5)
    dialog.folder.setText("usb/exchange")
    dialog.apply()
    assert dialog.refusal == ("exchange_folder", Rule.NOT_ABSOLUTE)
    assert dialog.isVisible() and not dialog.error.isHidden() and "usb/exchange" in dialog.error.text()
    assert preferences.read(ctx.store).auto_lock_minutes == 10  # all or nothing


def test_the_cli_and_the_dialog_refuse_the_same_folder(
    qtbot: QtBot, ctx: AppContext, gui_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.folder.setText("exchange")
    dialog.apply()
    assert dialog.refusal is not None
    ctx.lock()  # the CLI opens the profile itself
    result = Cli(gui_dir, monkeypatch)("settings", "set", "exchange_folder", "exchange")
    assert result.code == 2 and result.err.startswith(f"liaison: {dialog.refusal[0]}: ")


def test_the_dialog_spin_box_offers_exactly_the_range_the_service_accepts(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert (dialog.auto_lock.minimum(), dialog.auto_lock.maximum()) == (0, preferences.MAX_AUTO_LOCK_MINUTES)
    dialog.auto_lock.setValue(preferences.MAX_AUTO_LOCK_MINUTES)
    with qtbot.waitSignal(ctx.preferences_changed):
        dialog.apply()
    assert dialog.refusal is None
    assert preferences.read(ctx.store).auto_lock_minutes == preferences.MAX_AUTO_LOCK_MINUTES
