"""First run: create the profile (who, which device, which role, a passphrase), then show
the recovery key once and make the officer confirm it is written down."""

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
    QLabel,
    QLineEdit,
    QProgressBar,
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
from ui import worker
from ui.icons import icon

ERROR_STYLE = "color: #c0392b;"
_METER_COLOURS = ("#c0392b", "#d35400", "#d4ac0d", "#27ae60", "#1e8449")


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
        self.setTitle("Who uses this profile")
        self.setSubTitle("Your name and this device are stamped on every record you write.")
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText("e.g. Maj. Anna Berg")
        self.device = QLineEdit(socket.gethostname(), self)
        self.roles = QButtonGroup(self)
        role_box = QVBoxLayout()
        for slug, label in vocab.ROLES.items():
            button = QRadioButton(label, self)
            button.setProperty("role", slug)
            button.setChecked(slug == "field")
            self.roles.addButton(button)
            role_box.addWidget(button)
        form = QFormLayout(self)
        form.addRow("&Officer name:", self.officer)
        form.addRow("&Device name:", self.device)
        form.addRow("Role:", role_box)
        self.registerField("officer*", self.officer)
        self.registerField("device*", self.device)

    def role(self) -> str:
        """The chosen role slug."""
        checked = self.roles.checkedButton()
        return str(checked.property("role")) if checked else "field"


class PassphrasePage(QWizardPage):
    """The passphrase twice, a strength meter, and the key-derivation cost."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle("Choose a passphrase")
        self.setSubTitle("It encrypts everything in this profile. Several words you can remember are best.")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "Create profile")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(self)
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.error = _error_label(self)
        self.memory = QSpinBox(self)
        self.memory.setRange(keyfile.MIN_MEMORY_MIB, 4096)
        self.memory.setSuffix(" MiB")
        self.iterations = QSpinBox(self)
        self.iterations.setRange(keyfile.MIN_ITERATIONS, 20)
        cost = wizard.cost or keyfile.KdfCost()
        self.memory.setValue(cost.memory_mib)
        self.iterations.setValue(cost.iterations)
        advanced = QGroupBox("Key derivation cost (advanced)", self)
        advanced_form = QFormLayout(advanced)
        advanced_form.addRow("Memory:", self.memory)
        advanced_form.addRow("Passes:", self.iterations)
        form = QFormLayout(self)
        form.addRow("&Passphrase:", self.passphrase)
        form.addRow("&Repeat it:", self.confirmation)
        form.addRow("Strength:", self.meter)
        form.addRow("", self.verdict)
        form.addRow("", self.error)
        form.addRow(advanced)
        self.passphrase.textChanged.connect(self._rate)
        self._rate("")

    def _rate(self, text: str) -> None:
        rating = rules.strength(text)
        self.meter.setValue(rating.score if text else 0)
        colour = _METER_COLOURS[rating.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(f"{rating.label.capitalize()}. {rating.hint}" if text else "")

    def validatePage(self) -> bool:  # noqa: N802
        if self.setup.created is not None:
            return True
        if self.setup.task is not None:
            return False
        try:
            chosen = rules.check_new(self.passphrase.text(), self.confirmation.text())
            cost = keyfile.KdfCost(self.memory.value(), self.iterations.value())
        except LiaisonError as exc:
            self._show_error(str(exc))
            return False
        self.error.hide()
        self.setup.create_profile(chosen, cost)
        return False  # the wizard moves on by itself once the profile exists

    def _show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()


class RecoveryPage(QWizardPage):
    """The recovery key, shown once; finishing needs the written-down confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Write down your recovery key")
        self.setSubTitle(
            "If you forget the passphrase, this key is the only way back in. It is shown "
            "once and is not stored anywhere readable."
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
            "Keep it on paper, apart from this laptop: whoever holds both the laptop and "
            "the key can read every record.",
            self,
        )
        advice.setWordWrap(True)
        self.confirmed = QCheckBox("I have written it down", self)
        self.confirmed.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(advice)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

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
        self.setWindowTitle("Create your Liaison profile")
        self.setWindowIcon(icon("liaison"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.identity = IdentityPage(self)
        self.secret = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        for page in (self.identity, self.secret, self.recovery):
            self.addPage(page)
        self.setMinimumSize(640, 480)

    def create_profile(self, passphrase: str, cost: keyfile.KdfCost) -> None:
        """Create the profile in the background, then move on to the recovery key."""
        officer = str(self.field("officer"))
        device = str(self.field("device"))
        role = self.identity.role()
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.secret.setSubTitle("Creating the encrypted profile…")
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
        self.secret.passphrase.clear()
        self.secret.confirmation.clear()
        self.recovery.show_key(result.recovery_key)
        self.next()

    def _failed(self, exc: object) -> None:
        self.task = None
        self.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        self.secret.setSubTitle("Could not create the profile.")
        self.secret._show_error(str(exc))
