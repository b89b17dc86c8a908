"""The screens speak plainly: no cryptography jargon where an officer chooses settings."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import CHEAP_KDF
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog
from ui.wizard import SetupWizard

JARGON = re.compile(r"\bKDF\b|derivation|Argon|\bcost\b", re.IGNORECASE)


def _visible_words(root: QWidget) -> list[str]:
    words = [box.title() for box in root.findChildren(QGroupBox)]
    words += [label.text() for label in root.findChildren(QLabel)]
    words += [button.text() for button in root.findChildren(QAbstractButton)]
    words += [field.placeholderText() for field in root.findChildren(QLineEdit)]
    return words


def test_given_the_settings_when_shown_then_the_unlock_protection_is_named_in_plain_words(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    words = _visible_words(dialog)
    assert "Unlock speed / protection" in words
    assert [word for word in words if JARGON.search(word)] == []


def test_given_the_wizard_passphrase_page_then_the_unlock_protection_is_named_in_plain_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(wizard)
    words = _visible_words(wizard.secret)
    assert "Unlock speed / protection (advanced)" in words
    assert [word for word in words if JARGON.search(word)] == []
