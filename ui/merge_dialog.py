"""The merge of two duplicate records, side by side: a radio choice per field where the two
disagree (each value with the record it comes from), what moves to the kept record, and what
the choices drop, updated as they change. Everything is decided by the services
(record_merge_plan, record_merge); this dialog only shows and chooses.

Also here: picking the other record for "Merge with…" (a search of the same kind), and
"Undo merge" for a record others were merged into. Both the merge and its undo run in the
worker (at HQ a contact with thousands of meetings repoints as many rows): the dialog shows
the progress and Cancel rolls the merge back whole; the window keeps painting meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import LiaisonError
from liaison_app.kinds import spec
from liaison_app.services import display_text, record_merge, search
from liaison_app.services.record_merge_plan import FieldChoice, MergePlan, Side, plan
from liaison_app.translations import fill as _fill
from ui import worker
from ui.context import AppContext
from ui.display_words import capitalised, kind_label, label_text, value_text
from ui.error_words import error_text
from ui.i18n import tr as _tr

SEARCH_LIMIT = 20


class MergeDialog(QDialog):
    """Merge `other_id` into `keep_id`: Merge applies the choices, Cancel changes nothing."""

    def __init__(
        self, ctx: AppContext, kind: str, keep_id: str, other_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: MergePlan = plan(ctx.store, kind=kind, keep_id=keep_id, other_id=other_id)
        self.outcome: record_merge.MergeOutcome | None = None
        self.task: worker.TaskHandle | None = None
        self._close_when_stopped = False
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(_fill(_tr("Merge %1"), kind_label(kind)))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _fill(
                _tr("<b>%1</b> stays. <b>%2</b> is merged into it, on every device you sync with."),
                self.plan.keep_title,
                self.plan.other_title,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields_area = self._fields_area()
        layout.addWidget(self.fields_area, 1)
        self.moves_label = QLabel(self.moves_text())
        self.moves_label.setWordWrap(True)
        layout.addWidget(self.moves_label)
        self.dropped_label = QLabel()
        self.dropped_label.setWordWrap(True)
        self.dropped_label.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.dropped_label)
        self.progress = QProgressBar()
        self.progress.setFormat(_tr("Repointing %v of %m records…"))
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(_tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_dropped()
        self.resize(980, 560)

    # --- the fields -----------------------------------------------------------------------

    def _fields_area(self) -> QScrollArea:
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(f"<b>{_tr('Field')}</b>"), 0, 0)
        grid.addWidget(QLabel(f"<b>{_fill(_tr('Kept: %1'), self.plan.keep_title)}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{_fill(_tr('Merged away: %1'), self.plan.other_title)}</b>"), 0, 2)
        titles = display_text.reference_titles(
            self.ctx.store, [(f.name, v) for f in self.plan.fields for v in (f.keep, f.other)]
        )
        for row, choice in enumerate(self.plan.fields, start=1):
            grid.addWidget(
                QLabel(capitalised(label_text("field", choice.label))), row, 0, Qt.AlignmentFlag.AlignTop
            )
            keep_text = value_text(display_text.value_lines(choice.name, choice.keep, titles))
            other_text = value_text(display_text.value_lines(choice.name, choice.other, titles))
            if not choice.differs:
                same = QLabel(_fill(_tr("%1 (the same in both)"), keep_text))
                same.setEnabled(False)
                grid.addWidget(same, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for column, (side, text) in enumerate(
                ((Side.KEEP, keep_text), (Side.OTHER, other_text)), start=1
            ):
                button = QRadioButton(text)
                button.setObjectName(f"{choice.name}:{side.value}")
                button.setChecked(side is choice.default)
                group.addButton(button, column)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
            group.buttonToggled.connect(lambda *_: self._show_dropped())
            self.groups[choice.name] = group
        grid.setRowStretch(len(self.plan.fields) + 1, 1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(grid_holder)
        return area

    def choices(self) -> dict[str, Side]:
        """The side chosen for each field where the two records disagree."""
        return {
            name: Side.KEEP if group.checkedId() == 1 else Side.OTHER for name, group in self.groups.items()
        }

    def choose(self, name: str, side: Side) -> None:
        """Pick a side for one field (as a click on its radio button does)."""
        button = self.groups[name].button(1 if side is Side.KEEP else 2)
        button.setChecked(True)

    # --- what moves and what is dropped --------------------------------------------------

    def moves_text(self) -> str:
        """ "Moves to the kept record: meeting 2, action 1." (or that nothing names it)."""
        counts = [
            _fill(_tr("%1 %2"), kind_label(kind.value), str(count)) for kind, count in self.plan.moves.counts
        ]
        if not counts:
            return _tr("Nothing else names the merged-away record.")
        return _fill(_tr("Moves to the kept record: %1."), ", ".join(counts))

    def _show_dropped(self) -> None:
        dropped = self.plan.dropped(self.choices())
        if not dropped:
            self.dropped_label.setText(_tr("Nothing is dropped."))
            return
        words = [
            _fill(
                _tr("%1 of %2", "a field of a record"),
                capitalised(label_text("field", d.label)),
                self.plan.other_title if d.side is Side.OTHER else self.plan.keep_title,
            )
            for d in dropped
        ]
        self.dropped_label.setText(_fill(_tr("Dropped: %1."), "; ".join(words)))

    # --- doing it ------------------------------------------------------------------------

    def apply(self) -> None:
        """Merge with the choices made, in the worker; tell the screens it touched, and close."""
        if self.task is not None:
            return
        store, the_plan, choices = self.ctx.store, self.plan, self.choices()

        def job(state: worker.TaskState) -> record_merge.MergeOutcome:
            def step(done: int, total: int) -> None:
                state.check_cancel()  # raised inside the merge's transaction: rolled back
                state.set_progress(done, total)

            return record_merge.merge(
                store,
                kind=the_plan.kind.value,
                keep_id=the_plan.keep_id,
                other_id=the_plan.other_id,
                choices=choices,
                progress=step,
            )

        self.task = worker.start(job, owner=self)
        self.task.progress.connect(self._show_progress)
        self.task.succeeded.connect(self._merged)
        self.task.failed.connect(self._refused)
        self.task.finished.connect(self._stopped)
        self.fields_area.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step says how many
        self.progress.show()

    @property
    def busy(self) -> bool:
        """Whether the merge is running."""
        return self.task is not None

    def _show_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _merged(self, outcome: object) -> None:
        assert isinstance(outcome, record_merge.MergeOutcome)
        self.outcome = outcome
        self.ctx.announce(outcome.changes)

    def _refused(self, exc: object) -> None:
        if not self._close_when_stopped:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))

    def _stopped(self) -> None:
        self.task = None
        self.progress.hide()
        if self.outcome is not None:
            self.accept()
        elif self._close_when_stopped:
            super().reject()
        else:
            self.fields_area.setEnabled(True)
            self.merge_button.setEnabled(True)

    def reject(self) -> None:
        """Cancel: before the merge, close; during it, roll it back, then close."""
        if self.task is None:
            super().reject()
            return
        self._close_when_stopped = True
        self.task.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing the window during the merge cancels it; the dialog goes once it stopped."""
        if self.task is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def field_choices(dialog: MergeDialog) -> list[FieldChoice]:
    """The fields the dialog offers a choice for (where the two records disagree)."""
    return [f for f in dialog.plan.fields if f.name in dialog.groups]


class PickOther(QDialog):
    """Which record to merge with: a search among records of the same kind."""

    def __init__(self, ctx: AppContext, kind: str, keep_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.keep_id = keep_id
        self.setWindowTitle(_fill(_tr("Merge with another %1"), kind_label(kind)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Find the duplicate (it is merged into this record):")))
        self.query = QLineEdit()
        self.query.setPlaceholderText(_tr("Name, acronym, phone…"))
        self.query.textChanged.connect(self.look)
        layout.addWidget(self.query)
        self.found = QListWidget()
        self.found.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.found, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def look(self, text: str) -> None:
        """List the records of the kind that match `text` (never the record itself)."""
        self.found.clear()
        if not text.strip():
            return
        kind = spec(self.kind).kind.value
        for hit in search.search(self.ctx.store, text, kinds=(kind,), limit=SEARCH_LIMIT):
            if hit.id != self.keep_id:
                item = QListWidgetItem(hit.title)
                item.setData(Qt.ItemDataRole.UserRole, hit.id)
                self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def chosen(self) -> str | None:
        """The id of the record picked, if one is."""
        item = self.found.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def merge_with(ctx: AppContext, kind: str, keep_id: str, parent: QWidget | None = None) -> bool:
    """Pick the duplicate of `keep_id`, then merge it in; True when a merge was made."""
    picker = PickOther(ctx, kind, keep_id, parent)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
        return False
    return merge_pair(ctx, kind, keep_id, str(picker.chosen()), parent)


def merge_pair(
    ctx: AppContext, kind: str, keep_id: str, other_id: str, parent: QWidget | None = None
) -> bool:
    """Open the merge dialog for this pair; True when the officer merged."""
    try:
        dialog = MergeDialog(ctx, kind, keep_id, other_id, parent)
    except LiaisonError as exc:
        QMessageBox.warning(parent, _tr("Merge"), error_text(exc))
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted


def undo_merge(ctx: AppContext, kind: str, record_id: str, parent: QWidget | None = None) -> bool:
    """Bring back one of the records merged into `record_id` (asked which, if several)."""
    merged = record_merge.merged_into(ctx.store, kind=kind, record_id=record_id)
    if not merged:
        return False
    chosen = merged[0]
    if len(merged) > 1:
        names = [m.title for m in merged]
        name, ok = QInputDialog.getItem(parent, _tr("Undo merge"), _tr("Bring back:"), names, 0, False)
        if not ok:
            return False
        chosen = merged[names.index(name)]
    store, record = ctx.store, chosen.record_id

    def job(_state: worker.TaskState) -> record_merge.MergeOutcome:
        return record_merge.unmerge(store, kind=kind, record_id=record)

    ok, done = wait_for(parent, _tr("Undoing the merge…"), job)
    if not ok:
        QMessageBox.warning(parent, _tr("Undo merge"), error_text(done))
        return False
    assert isinstance(done, record_merge.MergeOutcome)
    ctx.announce(done.changes)
    return True


def wait_for(parent: QWidget | None, title: str, job: Callable[[worker.TaskState], Any]) -> tuple[bool, Any]:
    """Run `job` in the worker behind a window-modal progress dialog (no Cancel: it is one
    transaction the worker cannot stop halfway); (True, its result) or (False, the error)."""
    handle = worker.start(job)
    holder = parent if parent is not None else QWidget()
    dialog = worker.with_progress_dialog(holder, title, handle)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(None)
    outcome: list[tuple[bool, Any]] = []
    handle.succeeded.connect(lambda result: outcome.append((True, result)))
    handle.failed.connect(lambda exc: outcome.append((False, exc)))
    loop = QEventLoop()
    handle.finished.connect(loop.quit)
    loop.exec()  # the window keeps painting; the dialog keeps input away from it
    dialog.deleteLater()
    return outcome[0] if outcome else (False, worker.TaskCancelledError())
