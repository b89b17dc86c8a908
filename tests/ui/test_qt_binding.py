"""The Qt binding the app runs on keeps Python's reference counts: PySide6 6.12.0 lost a
reference to None on every Python slot call, so a long session aborted with
"Fatal Python error: none_dealloc". A release with that bug must not be installed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_given_a_python_slot_called_many_times_then_none_keeps_its_references(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.textChanged.connect(lambda text: None)
    before = sys.getrefcount(None)
    for n in range(2_000):
        edit.setText(str(n))
    # A few references come and go with caches; a leak loses one per call.
    assert before - sys.getrefcount(None) < 100
