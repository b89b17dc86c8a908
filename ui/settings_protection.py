"""The Settings tabs of issue 13: Retention (the officer's periods, HQ's, those in force)
and Protection (the mass-delete share, locking with the session, the duress passphrase).

Each reads and writes through the services (retention, preferences, profile): the tabs hold
no rule of their own, and a refusal is shown, never swallowed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison_app import profile
from liaison_app.errors import LiaisonError, WrongSecretError
from liaison_app.retention_rules import KINDS, MAX_DAYS, Policy
from liaison_app.services import preferences, retention
from liaison_app.services.retention import PolicyView
from ui import worker
from ui.context import AppContext
from ui.display_words import capitalised, kind_label, sensitivity_text
from ui.i18n import tr as _tr


def _days_box(parent: QWidget, days: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_DAYS)
    box.setSpecialValueText(_tr("No limit"))
    box.setSuffix(_tr(" days"))
    box.setValue(days)
    return box


class RetentionTab(QWidget):
    """How long records rest unchanged before they are due for review, per kind and level."""

    def __init__(self, ctx: AppContext, levels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        view = retention.policy(ctx.store)
        intro = QLabel(
            _tr(
                "A record unchanged for longer than its period is listed under Review, to keep"
                " (with a reason) or purge. A level's period applies to contacts and meetings of"
                " that level when it is the shorter one."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.kinds = {kind: _days_box(self, view.own.kinds.get(kind, 0)) for kind in KINDS}
        for kind, box in self.kinds.items():
            form.addRow(capitalised(kind_label(kind)) + ":", box)
        self.levels = {level: _days_box(self, view.own.levels.get(level, 0)) for level in levels}
        for level, box in self.levels.items():
            form.addRow(sensitivity_text(level) + ":", box)
        self.mission = QLabel(self._mission_text(view), self)
        self.mission.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mission)
        layout.addStretch(1)

    def _mission_text(self, view: PolicyView) -> str:
        if view.mission is None:
            return _tr("No mission policy from HQ.")
        tighter = [f"{capitalised(kind_label(k))} {d}" for k, d in view.mission.kinds.items() if d] + [
            f"{sensitivity_text(n)} {d}" for n, d in view.mission.levels.items() if d
        ]
        return _tr(
            "Set by HQ on {date}: at most {periods} days. Your periods may be shorter, not longer."
        ).format(date=view.mission_set_at[:10], periods=", ".join(tighter) or _tr("no limit"))

    def chosen(self) -> Policy:
        """The periods as set on the tab."""
        return Policy(
            kinds={k: box.value() for k, box in self.kinds.items()},
            levels={n: box.value() for n, box in self.levels.items() if box.value()},
        )

    def apply(self) -> None:
        """Store the periods (the caller shows a refusal)."""
        chosen = self.chosen()
        assignments = [f"{k}={d}" for k, d in chosen.kinds.items()]
        assignments += [f"{n}={box.value()}" for n, box in self.levels.items()]
        retention.set_policy(self.ctx.store, assignments)


class ProtectionTab(QWidget):
    """The mass-delete share, locking with the session, and the duress passphrase."""

    def __init__(
        self, ctx: AppContext, current: preferences.Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: worker.TaskHandle | None = None
        self.share = QSpinBox(self)
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(current.mass_delete_percent)
        share_note = QLabel(
            _tr(
                "A bundle that would delete more than this share of your records (and at least"
                " 20) is not applied until you agree: a drive read empty looks like that."
            ),
            self,
        )
        share_note.setWordWrap(True)
        self.lock_on_sleep = QCheckBox(_tr("Lock when the screen locks or the laptop sleeps"), self)
        self.lock_on_sleep.setChecked(current.lock_on_sleep)
        form = QFormLayout()
        form.addRow(share_note)
        form.addRow(_tr("Ask before deleting more than:"), self.share)
        form.addRow(self.lock_on_sleep)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._duress_box())
        layout.addStretch(1)

    def _duress_box(self) -> QWidget:
        box = QWidget(self)
        heading = QLabel(_tr("<b>Duress passphrase</b>"), box)
        explain = QLabel(
            _tr(
                "If you are forced to unlock Liaison, type this second passphrase instead of yours."
                " It destroys this profile's keys for good — neither your passphrase nor the"
                " recovery key will ever open it again — and opens an empty profile, which looks"
                " like a new installation. Backups in other folders are not touched. Off unless set."
            ),
            box,
        )
        explain.setWordWrap(True)
        self.duress_state = QLabel(box)
        self.duress = QLineEdit(box)
        self.duress.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress.setPlaceholderText(_tr("The duress passphrase"))
        self.duress_current = QLineEdit(box)
        self.duress_current.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress_current.setPlaceholderText(_tr("Your passphrase, to confirm"))
        self.duress_set = QPushButton(_tr("Set duress passphrase"), box)
        self.duress_set.setAutoDefault(False)
        self.duress_set.clicked.connect(self.set_duress)
        self.duress_clear = QPushButton(_tr("Remove it"), box)
        self.duress_clear.setAutoDefault(False)
        self.duress_clear.clicked.connect(self.clear_duress)
        form = QFormLayout(box)
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(heading)
        form.addRow(explain)
        form.addRow(self.duress_state)
        form.addRow(_tr("Duress passphrase:"), self.duress)
        form.addRow(_tr("Your passphrase:"), self.duress_current)
        form.addRow(self.duress_set, self.duress_clear)
        self._show_duress_state()
        return box

    def _show_duress_state(self, message: str = "") -> None:
        on = profile.has_duress(self.ctx.directory)
        state = _tr("A duress passphrase is set.") if on else _tr("No duress passphrase is set.")
        self.duress_state.setText(f"{message} {state}".strip())
        self.duress_clear.setEnabled(on)

    def set_duress(self) -> None:
        """Set the duress passphrase in the background (two key derivations)."""
        directory, secret, duress = self.ctx.directory, self.duress_current.text(), self.duress.text()
        self._run(lambda _s: profile.set_duress(directory, secret, duress), _tr("Duress passphrase set."))

    def clear_duress(self) -> None:
        """Remove the duress passphrase (the officer's passphrase confirms it)."""
        directory, secret = self.ctx.directory, self.duress_current.text()
        self._run(lambda _s: profile.clear_duress(directory, secret), _tr("Duress passphrase removed."))

    def _run(self, job: Callable[[worker.TaskState], object], done: str) -> None:
        if self.task is not None:
            return
        self.duress_set.setEnabled(False)
        self.task = worker.start(job, owner=self)
        self.task.succeeded.connect(lambda _r: self._finished(done))
        self.task.failed.connect(lambda exc: self._finished(self._failure(exc)))

    def _failure(self, exc: object) -> str:
        if isinstance(exc, WrongSecretError):
            return _tr("Not changed: wrong passphrase.")
        return _tr("Not changed: %s") % (exc if isinstance(exc, LiaisonError) else "")

    def _finished(self, message: str) -> None:
        self.task = None
        self.duress.clear()
        self.duress_current.clear()
        self.duress_set.setEnabled(True)
        self._show_duress_state(message)
