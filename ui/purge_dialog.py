"""Purge…: remove one record for good, here and on every device after exchange. The dialog
says what that means and asks for the reason the purge log keeps; the purge itself runs in
the worker (services.record_purge), behind a progress dialog, the window painting meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from liaison_app.changes import Changes
from liaison_app.kinds import Kind
from liaison_app.services import record_purge, retention
from ui import worker
from ui.context import AppContext
from ui.display_words import kind_label
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.merge_dialog import wait_for


def question(parent: QWidget | None, kind: str, title: str) -> QInputDialog:
    """The question: what purging means, and a box for the reason the purge log keeps."""
    text = _tr(
        "Purge %1 “%2” for good?\n\nIt is removed from this laptop now — its history and"
        " conflict values too — and from every device the next bundles reach. It cannot be"
        " undone or restored from the Trash.\n\nReason (kept in the purge log):"
    )
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_tr("Purge for good"))
    dialog.setLabelText(text.replace("%1", kind_label(kind)).replace("%2", title))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(_tr("Purge"))
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)  # a paragraph, not one line as wide as the screen
    dialog.setMinimumWidth(440)
    return dialog


def ask_reason(parent: QWidget | None, kind: str, title: str) -> str | None:
    """The reason typed for purging the record, or None when the officer cancelled."""
    dialog = question(parent, kind, title)
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def purge_record(
    ctx: AppContext, kind: str, record_id: str, title: str, parent: QWidget | None = None
) -> bool:
    """Ask, then purge the record in the worker; True if it is gone."""
    reason = ask_reason(parent, kind, title)
    if reason is None:
        return False
    store = ctx.store

    def job(_state: worker.TaskState) -> record_purge.PurgeResult:
        return record_purge.purge(store, kind, [record_id], reason=reason)

    ok, done = wait_for(parent, _tr("Purging…"), job)
    if not ok:
        QMessageBox.warning(parent, _tr("Purge for good"), error_text(done))
        return False
    assert isinstance(done, record_purge.PurgeResult)
    ctx.announce(done.changes)
    return True


def purge_due(ctx: AppContext, chosen: Sequence[tuple[Kind, str]], parent: QWidget | None = None) -> bool:
    """Ask once, then purge the records chosen in the Review list in the worker; True if gone."""
    text = _tr(
        "Purge %Ln record(s) for good?\n\nThey are removed from this laptop now — their history and"
        " conflict values too — and from every device the next bundles reach. It cannot be"
        " undone or restored from the Trash.\n\nReason (kept in the purge log):",
        "",
        len(chosen),
    )
    dialog = question(parent, "", "")
    dialog.setLabelText(text)
    dialog.setTextValue(_tr("retention review"))
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return False
        reason = dialog.textValue()
    finally:
        dialog.deleteLater()
    store = ctx.store

    def job(_state: worker.TaskState) -> Changes:
        return retention.purge_due(store, chosen, reason=reason)

    ok, done = wait_for(parent, _tr("Purging…"), job)
    if not ok:
        QMessageBox.warning(parent, _tr("Purge for good"), error_text(done))
        return False
    assert isinstance(done, Changes)
    ctx.announce(done)
    return True
