"""Asking before a bundle deletes many records (the mass-delete guard, sync.mass_delete):
the import refused it with nothing applied; the officer says whether to apply it after all."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.kinds import Kind
from liaison_app.services.syncing import FileOutcome, RefusalReason
from ui.display_words import listed
from ui.i18n import tr as _tr
from ui.trash_words import count_of


def mass_deletes(outcomes: Sequence[FileOutcome]) -> list[FileOutcome]:
    """The files refused as mass deletes (and not held copies read again)."""
    return [o for o in outcomes if o.refusal is RefusalReason.MASS_DELETE and not o.retried]


def question(outcome: FileOutcome) -> str:
    """What the question says: how many records of which kind, of how many here."""
    kinds = listed(count_of(Kind(kind))(n) for kind, n in outcome.would_delete)
    total = sum(n for _, n in outcome.would_delete)
    return _tr(
        "{file} would delete {total} of the {live} records on this laptop ({kinds}).\n\n"
        "A drive that was read empty, or a device that was reset, looks like this. Nothing has"
        " been applied. Apply this bundle and delete them?"
    ).format(file=outcome.path.name, total=total, live=outcome.live_before, kinds=kinds)


def confirmed(parent: QWidget, outcomes: Sequence[FileOutcome]) -> list[Path]:
    """Ask about each mass delete; the files the officer agreed to apply."""
    agreed = []
    for outcome in mass_deletes(outcomes):
        answer = QMessageBox.question(
            parent,
            _tr("Delete many records?"),
            question(outcome),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            agreed.append(outcome.path)
    return agreed
