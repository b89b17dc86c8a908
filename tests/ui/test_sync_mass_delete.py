# mypy: disable-error-code="no-untyped-call"
"""The sync centre asks before a bundle deletes many records: yes applies it, no leaves
everything as it was; the question says how many of which kind."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.services import records
from tests.conftest import Factory
from tests.sync.mass_delete_world import deleting_bundle
from tests.ui.modal import when_modal
from ui.context import AppContext
from ui.main_window import MainWindow


def _answer(button: QMessageBox.StandardButton, asked: list[str]) -> list[QWidget]:
    def act(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        asked.append(modal.text())
        clicked = modal.button(button)
        assert clicked is not None
        clicked.click()

    return when_modal(act)


@pytest.mark.parametrize(
    ("answer", "left"), [(QMessageBox.StandardButton.Yes, 10), (QMessageBox.StandardButton.No, 40)]
)
def test_given_a_bundle_deleting_most_contacts_then_the_officer_is_asked_first(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    device: Factory,
    answer: QMessageBox.StandardButton,
    left: int,
) -> None:
    path = deleting_bundle(device, ctx.store)
    window.go_to("sync")
    asked: list[str] = []
    seen = _answer(answer, asked)

    assert window.sync.import_files([path])
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)

    assert "would delete 30 of the 40 records" in asked[0] and "30 contacts" in asked[0]
    assert len(records.list_records(ctx.store, "contact")) == left
