# mypy: disable-error-code="no-untyped-call"
"""The GUI's Change passphrase and recovery keep the profile's Argon2id cost, as the CLI's
`passphrase change` does: a profile made cheaper (or dearer) on purpose stays so, and a
default-cost profile is not silently lowered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison_app import keyfile, profile
from tests.conftest import PASSPHRASE
from ui.passphrase_dialogs import ChangePassphraseDialog, RecoverDialog

NEW = "tundra mosaic kettle orbit lantern"
# Not the default and not the tests' usual cost: a reset to either would show.
CHOSEN = keyfile.KdfCost(memory_mib=9, iterations=2)


@pytest.fixture
def chosen_cost_profile(tmp_path: Path) -> tuple[Path, str]:
    """A closed profile whose passphrase slot uses CHOSEN, and its recovery key."""
    directory = tmp_path / "costly"
    created = profile.init(
        directory, passphrase=PASSPHRASE, officer_name="Lt. Omar Said", device_name="field-3", cost=CHOSEN
    )
    created.store.close()
    assert profile.kdf_cost(directory) == CHOSEN
    return directory, created.recovery_key


def _type_new(qtbot: QtBot, dialog: ChangePassphraseDialog | RecoverDialog) -> None:
    qtbot.keyClicks(dialog.fields.passphrase, NEW)
    qtbot.keyClicks(dialog.fields.confirmation, NEW)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.fields.confirmation, Qt.Key.Key_Return)


def test_given_a_chosen_kdf_cost_when_the_gui_changes_the_passphrase_then_the_cost_stays(
    qtbot: QtBot, chosen_cost_profile: tuple[Path, str]
) -> None:
    directory, _key = chosen_cost_profile
    dialog = ChangePassphraseDialog(directory, ("Lt. Omar Said", "field-3"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    _type_new(qtbot, dialog)
    assert profile.kdf_cost(directory) == CHOSEN
    profile.unlock(directory, NEW).close()


def test_given_a_chosen_kdf_cost_when_the_gui_recovers_then_the_cost_stays(
    qtbot: QtBot, chosen_cost_profile: tuple[Path, str]
) -> None:
    directory, key = chosen_cost_profile
    dialog = RecoverDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, key)
    _type_new(qtbot, dialog)
    assert profile.kdf_cost(directory) == CHOSEN
    profile.unlock(directory, NEW).close()
