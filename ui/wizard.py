"""First run: create the profile (who, which device, which role, a passphrase), then show
the recovery key once, offer to copy, print or save it, and make the officer confirm it is
written down (closing before that asks)."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison_app import keyfile, profile, vocab
from liaison_app.errors import LiaisonError
from liaison_app.profile import NewProfile
from liaison_app.services import passphrase as rules
from liaison_app.store import Store
from ui import backup_dialogs, passphrase_words, recovery_key_sheet, worker
from ui.error_words import error_text
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.passphrase_entry import NewPassphraseFields
from ui.recovery_key_sheet import KeyOwner
from ui.unlock_cost import unlock_cost_note

ERROR_STYLE = "color: #c0392b;"


def ask_key_written_down(parent: QWidget) -> bool:
    """Ask before the wizard closes with the recovery key unconfirmed (tests replace this)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        _tr("Recovery key not confirmed"),
        _tr(
            "Have you written down the recovery key? It is not shown again, and without it a"
            " forgotten passphrase means every record is lost.",
        ),
        buttons.Yes | buttons.No,
        buttons.No,
    )
    return answer == buttons.Yes


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class IdentityPage(QWizardPage):
    """Officer name, device name and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Who uses this profile"))
        self.setSubTitle(_tr("Your name and this device are stamped on every record you write."))
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText(_tr("e.g. Maj. Anna Berg"))
        self.device = QLineEdit(socket.gethostname(), self)
        self.roles = QButtonGroup(self)
        role_box = QVBoxLayout()
        labels = {"field": _tr("Field officer"), "hq": _tr("Headquarters")}
        for slug, label in vocab.ROLES.items():
            button = QRadioButton(labels.get(slug, label), self)
            button.setProperty("role", slug)
            button.setChecked(slug == "field")
            self.roles.addButton(button)
            role_box.addWidget(button)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self)
        form.addRow(_tr("&Officer name:"), self.officer)
        form.addRow(_tr("&Device name:"), self.device)
        form.addRow(_tr("Role:"), role_box)
        form.addRow("", self.missing)
        # Not "officer*": Qt's mandatory fields count as filled only once changed, so the
        # suggested device name would keep Next disabled. isComplete checks them instead.
        self.registerField("officer", self.officer)
        self.registerField("device", self.device)
        self.officer.textChanged.connect(self._check)
        self.device.textChanged.connect(self._check)
        self.was_complete = True
        self._check()

    def missing_fields(self) -> list[str]:
        """Which of the two names are still blank ("officer", "device")."""
        names = {"officer": self.officer, "device": self.device}
        return [name for name, field in names.items() if not field.text().strip()]

    def isComplete(self) -> bool:  # noqa: N802
        return not self.missing_fields()

    def _check(self) -> None:
        missing = self.missing_fields()
        if "officer" in missing:
            self.missing.setText(_tr("Enter your name to continue."))
        elif missing:
            self.missing.setText(_tr("Enter a name for this device to continue."))
        else:
            self.missing.clear()
        if self.isComplete() != self.was_complete:  # only on a change, as PassphrasePage does
            self.was_complete = not self.was_complete
            self.completeChanged.emit()

    def role(self) -> str:
        """The chosen role slug."""
        checked = self.roles.checkedButton()
        return str(checked.property("role")) if checked else "field"


class PassphrasePage(QWizardPage):
    """The passphrase twice, a strength meter, a live match hint, and the key-derivation
    cost. Create profile stays disabled, with the reason under the meter, until the
    passphrase policy accepts it and the confirmation matches."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle(_tr("Choose a passphrase"))
        self.setSubTitle(
            _tr("It encrypts everything in this profile. Several words you can remember are best.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("Create profile"))
        self.fields = NewPassphraseFields(self._user_inputs, self, first_label=_tr("&Passphrase:"))
        self.passphrase = self.fields.passphrase
        self.confirmation = self.fields.confirmation
        self.meter = self.fields.meter
        self.verdict = self.fields.verdict
        self.error = _error_label(self)
        self.memory = QSpinBox(self)
        self.memory.setRange(keyfile.MIN_MEMORY_MIB, 4096)
        self.iterations = QSpinBox(self)
        self.iterations.setRange(keyfile.MIN_ITERATIONS, 20)
        cost = wizard.cost or keyfile.KdfCost()
        self.memory.setValue(cost.memory_mib)
        self.iterations.setValue(cost.iterations)
        self.memory.setSuffix(_tr(" MiB"))
        advanced = QGroupBox(_tr("Unlock speed / protection (advanced)"), self)
        advanced_form = QFormLayout(advanced)
        advanced_form.addRow(unlock_cost_note(advanced))
        advanced_form.addRow(_tr("Memory used to unlock:"), self.memory)
        advanced_form.addRow(_tr("Repetitions:"), self.iterations)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(advanced)
        layout.addStretch(1)
        self.fields.on_change(self._changed)
        self.was_complete = self.isComplete()

    def _user_inputs(self) -> tuple[str, ...]:
        # The officer's and device's names are the first words an attacker tries.
        return self.setup.identity.officer.text(), self.setup.identity.device.text()

    @property
    def rating(self) -> rules.Strength:
        """The policy's rating of what is typed now."""
        return self.fields.rating

    def initializePage(self) -> None:  # noqa: N802
        self.fields.rate()  # the names given on the first page now count as easy to guess
        self.update_complete()

    def refusal(self) -> rules.Reason | None:
        """Why Create profile is disabled now (None: it is enabled)."""
        return self.fields.refusal()

    def _changed(self) -> None:
        self.error.hide()
        self.update_complete()

    def update_complete(self) -> None:
        """Tell the wizard when Create profile should turn on or off (only then, not on
        every keystroke)."""
        complete = self.isComplete()
        if complete != self.was_complete:
            self.was_complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.refusal() is None and self.setup.task is None and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802
        if self.setup.created is not None:
            return True
        if self.setup.task is not None:
            return False
        try:
            chosen = self.fields.checked()
            cost = keyfile.KdfCost(self.memory.value(), self.iterations.value())
        except rules.PassphraseRefusedError as exc:
            self._show_error(passphrase_words.reason_text(exc.reason))
            return False
        except LiaisonError as exc:
            self._show_error(error_text(exc))
            return False
        self.error.hide()
        self.setup.create_profile(chosen, cost)
        return False  # the wizard moves on by itself once the profile exists

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class RecoveryPage(QWizardPage):
    """The recovery key, shown once, with Copy, Print and Save buttons; finishing needs the
    written-down confirmation."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle(_tr("Write down your recovery key"))
        self.setSubTitle(
            _tr(
                "If you forget the passphrase, this key is the only way back in. It is shown "
                "once and is not stored anywhere readable."
            )
        )
        self.key = QLabel(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setFrameShape(QLabel.Shape.StyledPanel)
        self.key.setMargin(12)
        advice = QLabel(
            _tr(
                "Keep it on paper, apart from this laptop: whoever holds both the laptop and "
                "the key can read every record."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.copy_button = QPushButton(_tr("&Copy"), self)
        self.print_button = QPushButton(_tr("&Print…"), self)
        self.save_button = QPushButton(icon("save"), _tr("Sa&ve to file…"), self)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.save_button):
            button.setAutoDefault(False)  # Enter must not copy or print by surprise
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.confirmed = QCheckBox(_tr("I have written it down"), self)
        self.confirmed.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

    def _owner(self) -> KeyOwner:
        return KeyOwner(str(self.setup.field("officer")).strip(), str(self.setup.field("device")).strip())

    def copy(self) -> None:
        """Copy the key to the clipboard (emptied again when the wizard closes)."""
        recovery_key_sheet.copy(self.key.text())
        self.outcome.setStyleSheet("")
        self.outcome.setText(_tr("Copied. Paste it where only you can read it."))

    def print_sheet(self) -> None:
        """Print the key on a printer or to a PDF, as chosen in the print dialog."""
        if recovery_key_sheet.print_sheet(self, self.key.text(), self._owner()):
            self.outcome.setStyleSheet("")
            self.outcome.setText(_tr("Sent to the printer."))

    def save(self) -> None:
        """Save the key as a text or PDF file where the officer chooses."""
        path = recovery_key_sheet.ask_save_path(self)
        if path is None:
            return
        try:
            recovery_key_sheet.save(path, self.key.text(), self._owner())
        except OSError as exc:
            self.outcome.setStyleSheet(ERROR_STYLE)
            self.outcome.setText(
                _tr("Not saved: {file} could not be written ({reason}).").format(
                    file=path, reason=exc.strerror or exc
                )
            )
            return
        self.outcome.setStyleSheet("")
        self.outcome.setText(_tr("Saved to {file}. Keep that file off this laptop.").format(file=path))

    def show_key(self, recovery_key: str) -> None:
        """Display the key (nothing else ever shows it)."""
        self.key.setText(recovery_key)

    def isComplete(self) -> bool:  # noqa: N802
        return self.confirmed.isChecked()


class SetupWizard(QWizard):
    """Creates the profile in `directory`; `created` holds the store once it exists."""

    def __init__(
        self,
        directory: Path,
        *,
        cost: keyfile.KdfCost | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.cost = cost
        self.created: NewProfile | None = None
        self.task: worker.TaskHandle | None = None
        self.setWindowTitle(_tr("Create your Liaison profile"))
        self.setWindowIcon(icon("liaison"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.identity = IdentityPage(self)
        self.secret = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        for page in (self.identity, self.secret, self.recovery):
            self.addPage(page)
        # A new laptop for an officer who has a backup: restore it instead of starting empty.
        self.restore_dialog: backup_dialogs.RestoreDialog | None = None
        self.setButtonText(QWizard.WizardButton.CustomButton1, _tr("Restore a &backup…"))
        self.customButtonClicked.connect(lambda _which: self.restore_backup())
        self.currentIdChanged.connect(self._offer_restore)
        self._offer_restore()
        self.setMinimumSize(640, 480)

    def _offer_restore(self) -> None:
        # Only before anything is created: afterwards this folder holds a profile.
        first = self.currentPage() in (None, self.identity)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, first and self.created is None)

    def restore_backup(self) -> backup_dialogs.RestoreDialog:
        """Open the restore dialog for this profile folder; the wizard closes once it is restored."""
        dialog = backup_dialogs.RestoreDialog(self.directory, force=False, parent=self)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, store: object) -> None:
        assert isinstance(store, Store)
        # No recovery key to show: the one written down when the backed-up profile was made
        # still opens this one.
        self.created = NewProfile(store=store, recovery_key="")
        QWizard.accept(self)

    def create_profile(self, passphrase: str, cost: keyfile.KdfCost) -> None:
        """Create the profile in the background, then move on to the recovery key."""
        officer = str(self.field("officer")).strip()
        device = str(self.field("device")).strip()
        role = self.identity.role()
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.secret.setSubTitle(_tr("Creating the encrypted profile…"))
        self.task = worker.start(
            lambda state: profile.init(
                self.directory,
                passphrase=passphrase,
                officer_name=officer,
                device_name=device,
                role=role,
                cost=cost,
            )
        )
        self.task.succeeded.connect(self._created)
        self.task.failed.connect(self._failed)

    def _created(self, result: object) -> None:
        assert isinstance(result, NewProfile)
        self.task = None
        self.created = result
        self.secret.fields.clear()
        self.recovery.show_key(result.recovery_key)
        self.next()

    def _failed(self, exc: object) -> None:
        self.task = None
        self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.secret.setSubTitle(_tr("Could not create the profile."))
        self.secret._show_error(_tr("Not created: %s") % exc)

    def reject(self) -> None:
        """Close (Escape, the window's close button); with the recovery key shown but not
        confirmed, first ask whether it was written down."""
        if self.task is not None:
            return  # the profile is being created; closing now would leave it half made
        unconfirmed = self.currentPage() is self.recovery and not self.recovery.confirmed.isChecked()
        if unconfirmed and not ask_key_written_down(self):
            return
        self._forget_key()
        super().reject()

    def accept(self) -> None:
        """Finish: the key leaves the clipboard and the screen."""
        self._forget_key()
        super().accept()

    def _forget_key(self) -> None:
        if self.created is not None:
            recovery_key_sheet.forget_copy(self.created.recovery_key)
