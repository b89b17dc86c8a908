# mypy: disable-error-code="no-untyped-call"
"""The first-run wizard as a new officer meets it: the suggested device name is accepted,
the recovery key can be copied, printed or saved by choice, and closing before confirming
the key asks first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from liaison_app import profile
from tests.conftest import CHEAP_KDF
from tests.ui.conftest import KeyQuestions
from ui import recovery_key_sheet
from ui.wizard import SetupWizard

PASSPHRASE = "tundra mosaic kettle orbit lantern"


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    shown = SetupWizard(tmp_path / "new", cost=CHEAP_KDF)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.created is not None:
        shown.created.store.close()


def _next_button(wizard: SetupWizard) -> QWidget:
    return wizard.button(QWizard.WizardButton.NextButton)


def _to_recovery_key(qtbot: QtBot, wizard: SetupWizard) -> str:
    qtbot.keyClicks(wizard.identity.officer, "Capt. Lina Ortiz")
    qtbot.keyClick(wizard.identity.officer, Qt.Key.Key_Return)  # Enter = Next
    qtbot.keyClicks(wizard.secret.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.secret.confirmation, PASSPHRASE)
    qtbot.keyClick(wizard.secret.confirmation, Qt.Key.Key_Return)  # Enter = Create profile
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    assert wizard.created is not None
    return wizard.created.recovery_key


def test_given_the_suggested_device_name_when_the_officer_types_a_name_then_next_is_enabled(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    suggested = wizard.identity.device.text()
    assert suggested  # the host name
    assert not _next_button(wizard).isEnabled()
    assert wizard.identity.missing.text() == "Enter your name to continue."
    qtbot.keyClicks(wizard.identity.officer, "Capt. Lina Ortiz")
    assert _next_button(wizard).isEnabled() and not wizard.identity.missing.text()
    qtbot.keyClick(wizard.identity.officer, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.secret
    assert wizard.field("device") == suggested


def test_given_a_blank_device_name_then_next_stays_disabled_and_says_why(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    qtbot.keyClicks(wizard.identity.officer, "Capt. Lina Ortiz")
    wizard.identity.device.selectAll()
    qtbot.keyClick(wizard.identity.device, Qt.Key.Key_Delete)
    qtbot.keyClicks(wizard.identity.device, "   ")
    assert not _next_button(wizard).isEnabled()
    assert wizard.identity.missing.text() == "Enter a name for this device to continue."


def test_given_the_suggested_name_then_the_profile_is_made_with_it(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    suggested = wizard.identity.device.text()
    _to_recovery_key(qtbot, wizard)
    assert wizard.created is not None
    assert wizard.created.store.author.device_name == suggested


def test_given_the_key_unconfirmed_when_escape_is_pressed_and_the_answer_is_no_then_the_wizard_stays(
    qtbot: QtBot, wizard: SetupWizard, key_questions: KeyQuestions
) -> None:
    _to_recovery_key(qtbot, wizard)
    key_questions.answers = [False]
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert key_questions.asked == 1
    assert wizard.isVisible() and wizard.currentPage() is wizard.recovery


def test_given_the_key_unconfirmed_when_the_window_is_closed_and_the_answer_is_yes_then_it_closes(
    qtbot: QtBot, wizard: SetupWizard, key_questions: KeyQuestions
) -> None:
    _to_recovery_key(qtbot, wizard)
    key_questions.answers = [True]
    wizard.close()
    assert key_questions.asked == 1 and not wizard.isVisible()


def test_given_the_key_confirmed_then_finishing_asks_nothing(
    qtbot: QtBot, wizard: SetupWizard, key_questions: KeyQuestions
) -> None:
    _to_recovery_key(qtbot, wizard)
    qtbot.keyClick(wizard.recovery.confirmed, Qt.Key.Key_Space)
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert key_questions.asked == 0


def test_on_the_identity_page_escape_closes_without_the_key_question(
    qtbot: QtBot, wizard: SetupWizard, key_questions: KeyQuestions, tmp_path: Path
) -> None:
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert key_questions.asked == 0 and not wizard.isVisible()
    assert not profile.exists(tmp_path / "new")


def test_copy_puts_the_key_on_the_clipboard_and_finishing_takes_it_off(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    key = _to_recovery_key(qtbot, wizard)
    qtbot.keyClick(wizard.recovery.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == key
    assert wizard.recovery.outcome.text().startswith("Copied")
    wizard.recovery.confirmed.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert QGuiApplication.clipboard().text() == ""


@pytest.mark.parametrize("name", ["key.txt", "key"])
def test_save_writes_a_text_file_only_its_owner_can_read(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    key = _to_recovery_key(qtbot, wizard)
    monkeypatch.setattr(recovery_key_sheet, "ask_save_path", lambda parent: tmp_path / name)
    qtbot.keyClick(wizard.recovery.save_button, Qt.Key.Key_Space)
    saved = tmp_path / name
    text = saved.read_text(encoding="utf-8")
    assert key in text and "Capt. Lina Ortiz" in text
    assert saved.stat().st_mode & 0o077 == 0
    assert str(saved) in wizard.recovery.outcome.text()


def test_save_as_pdf_writes_a_pdf(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _to_recovery_key(qtbot, wizard)
    monkeypatch.setattr(recovery_key_sheet, "ask_save_path", lambda parent: tmp_path / "key.pdf")
    wizard.recovery.save_button.click()
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")


def test_given_a_folder_that_cannot_be_written_then_save_says_so_and_the_wizard_stays(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _to_recovery_key(qtbot, wizard)
    monkeypatch.setattr(recovery_key_sheet, "ask_save_path", lambda parent: tmp_path / "no" / "key.txt")
    wizard.recovery.save_button.click()
    assert wizard.recovery.outcome.text().startswith("Not saved:")
    assert wizard.currentPage() is wizard.recovery


def test_print_sends_the_sheet_to_the_chosen_printer_and_cancel_prints_nothing(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _to_recovery_key(qtbot, wizard)
    monkeypatch.setattr(recovery_key_sheet, "ask_printer", lambda parent, printer: False)
    wizard.recovery.print_button.click()
    assert wizard.recovery.outcome.text() == ""

    def print_to_pdf(parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "Print to file" chooses
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(recovery_key_sheet, "ask_printer", print_to_pdf)
    qtbot.keyClick(wizard.recovery.print_button, Qt.Key.Key_Space)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert wizard.recovery.outcome.text() == "Sent to the printer."


def test_the_wizard_says_live_whether_the_passphrases_match(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.identity.officer, "Capt. Lina Ortiz")
    wizard.next()
    hint = wizard.secret.fields.match_hint
    qtbot.keyClicks(wizard.secret.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.secret.confirmation, "tundra mo")
    assert hint.text() == ""  # still typing
    qtbot.keyClicks(wizard.secret.confirmation, "x")
    assert hint.text() == "The two passphrases differ."
    qtbot.keyClick(wizard.secret.confirmation, Qt.Key.Key_Backspace)
    qtbot.keyClicks(wizard.secret.confirmation, "saic kettle orbit lantern")
    assert hint.text() == "✓ The passphrases match."
