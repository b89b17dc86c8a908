"""Answering a modal dialog from a test: wait for it to show, act on it, and close it
whatever happens, so a failed check fails the test instead of hanging it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

POLL_MS = 10
GIVE_UP_MS = 10_000


def when_modal(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run `act` on the next modal dialog once it shows; the list fills with what was seen."""
    seen: list[QWidget] = []
    waited = 0

    def poll() -> None:
        nonlocal waited
        modal = QApplication.activeModalWidget()
        if modal is None:
            waited += POLL_MS
            if waited < GIVE_UP_MS:
                QTimer.singleShot(POLL_MS, poll)
            return
        seen.append(modal)
        try:
            act(modal)
        finally:
            if modal.isVisible() and isinstance(modal, QDialog):
                modal.reject()  # the check failed before answering: never leave it open

    QTimer.singleShot(0, poll)
    return seen
