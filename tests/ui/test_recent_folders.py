# mypy: disable-error-code="no-untyped-call"
"""File dialogs open where the officer last chose a file of the same kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui import recent_folders
from ui.context import AppContext
from ui.diagnostics_dialog import ask_save_path
from ui.main_window import MainWindow
from ui.recent_folders import Purpose


def test_given_nothing_chosen_yet_then_a_dialog_opens_in_the_home_folder() -> None:
    assert recent_folders.folder(Purpose.BUNDLE) == Path.home()
    assert recent_folders.start(Purpose.CARD, "anna.card") == str(Path.home() / "anna.card")


def test_given_a_file_chosen_then_the_next_dialog_of_that_purpose_opens_in_its_folder(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    recent_folders.remember(Purpose.BUNDLE, usb / "to-hq.liaison")
    assert recent_folders.folder(Purpose.BUNDLE) == usb
    assert recent_folders.folder(Purpose.CARD) == Path.home()  # each purpose keeps its own


def test_given_a_cancelled_dialog_or_a_vanished_folder_then_the_last_good_one_or_home_is_used(
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    recent_folders.remember(Purpose.DIAGNOSTICS, usb)
    recent_folders.remember(Purpose.DIAGNOSTICS, "")  # cancelled: nothing chosen
    assert recent_folders.folder(Purpose.DIAGNOSTICS) == usb
    usb.rmdir()  # the stick was pulled out
    assert recent_folders.folder(Purpose.DIAGNOSTICS) == Path.home()


def test_given_a_diagnostics_file_saved_in_a_folder_then_the_next_save_starts_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts: list[str] = []
    target = tmp_path / "reports" / "log.txt"
    target.parent.mkdir()

    def chosen(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    assert ask_save_path(window) == target
    assert ask_save_path(window) == target
    name = "liaison-diagnostics.txt"
    assert starts == [str(Path.home() / name), str(target.parent / name)]


def test_given_a_card_added_from_a_folder_then_the_next_card_dialog_opens_there(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    starts: list[str] = []
    cards = tmp_path / "cards"
    cards.mkdir()

    def chosen(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return "", ""  # cancelled after looking: the folder is only kept when a file is chosen

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chosen))
    window.go_to("sync")
    recent_folders.remember(Purpose.CARD, cards / "hq.card")
    window.sync.peers.add_card()
    assert starts == [str(cards)]
