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
from ui import passphrase_words, worker
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
        self.setTitle(self.tr("Who uses this profile"))
        self.setSubTitle(self.tr("Your name and this device are stamped on every record you write."))
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText(self.tr("e.g. Maj. Anna Berg"))
        self.device = QLineEdit(socket.gethostname(), self)
        self.roles = QButtonGroup(self)
        role_box = QVBoxLayout()
        labels = {"field": self.tr("Field officer"), "hq": self.tr("Headquarters")}
        for slug, label in vocab.ROLES.items():
            button = QRadioButton(labels.get(slug, label), self)
            button.setProperty("role", slug)
            button.setChecked(slug == "field")
            self.roles.addButton(button)
            role_box.addWidget(button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Officer name:"), self.officer)
        form.addRow(self.tr("&Device name:"), self.device)
        form.addRow(self.tr("Role:"), role_box)
        self.registerField("officer*", self.officer)
        self.registerField("device*", self.device)

    def role(self) -> str:
        """The chosen role slug."""
        checked = self.roles.checkedButton()
        return str(checked.property("role")) if checked else "field"


class PassphrasePage(QWizardPage):
    """The passphrase twice, a strength meter, and the key-derivation cost. Create profile
    stays disabled, with the reason under the meter, until the passphrase policy accepts it
    and the confirmation matches."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr("It encrypts everything in this profile. Several words you can remember are best.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create profile"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(self)
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.error = _error_label(self)
        self.memory = QSpinBox(self)
        self.memory.setRange(keyfile.MIN_MEMORY_MIB, 4096)
        self.iterations = QSpinBox(self)
        self.iterations.setRange(keyfile.MIN_ITERATIONS, 20)
        cost = wizard.cost or keyfile.KdfCost()
        self.memory.setValue(cost.memory_mib)
        self.iterations.setValue(cost.iterations)
        self.memory.setSuffix(self.tr(" MiB"))
        advanced = QGroupBox(self.tr("Key derivation cost (advanced)"), self)
        advanced_form = QFormLayout(advanced)
        advanced_form.addRow(self.tr("Memory:"), self.memory)
        advanced_form.addRow(self.tr("Passes:"), self.iterations)
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.confirmation)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        form.addRow("", self.error)
        form.addRow(advanced)
        self.rating = rules.strength("")
        self.passphrase.textChanged.connect(self._rate)
        self.confirmation.textChanged.connect(self._rate)
        self._rate()

    def _user_inputs(self) -> tuple[str, str]:
        # The officer's and device's names are the first words an attacker tries.
        return self.setup.identity.officer.text(), self.setup.identity.device.text()

    def initializePage(self) -> None:  # noqa: N802
        self._rate()  # the names given on the first page now count as easy to guess

    def refusal(self) -> rules.Reason | None:
        """Why Create profile is disabled now (None: it is enabled)."""
        if not self.rating.accepted:
            return self.rating.reason
        if self.confirmation.text() != self.passphrase.text():
            return rules.Reason.MISMATCH
        return None

    def _rate(self) -> None:
        text = self.passphrase.text()
        self.rating = rules.strength(text, user_inputs=self._user_inputs())
        self.meter.setValue(self.rating.score if text else 0)
        colour = _METER_COLOURS[self.rating.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(self._verdict() if text else "")
        self.error.hide()
        self.completeChanged.emit()

    def _verdict(self) -> str:
        words = passphrase_words.verdict(self.rating)
        typed = self.confirmation.text()
        # Say "differ" only once the confirmation cannot become the passphrase by typing on.
        if self.rating.accepted and typed and not self.passphrase.text().startswith(typed):
            words += " " + passphrase_words.reason_text(rules.Reason.MISMATCH)
        return words

    def isComplete(self) -> bool:  # noqa: N802
        return self.refusal() is None and self.setup.task is None and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802
        if self.setup.created is not None:
            return True
        if self.setup.task is not None:
            return False
        try:
            chosen = rules.check_new(
                self.passphrase.text(), self.confirmation.text(), user_inputs=self._user_inputs()
            )
            cost = keyfile.KdfCost(self.memory.value(), self.iterations.value())
        except rules.PassphraseRefusedError as exc:
            self._show_error(passphrase_words.reason_text(exc.reason))
            return False
        except LiaisonError as exc:
            self._show_error(str(exc))
            return False
        self.error.hide()
        self.setup.create_profile(chosen, cost)
        return False  # the wizard moves on by itself once the profile exists

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class RecoveryPage(QWizardPage):
    """The recovery key, shown once; finishing needs the written-down confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Write down your recovery key"))
        self.setSubTitle(
            self.tr(
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
            self.tr(
                "Keep it on paper, apart from this laptop: whoever holds both the laptop and "
                "the key can read every record."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("I have written it down"), self)
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
        self.setWindowTitle(self.tr("Create your Liaison profile"))
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
        self.secret.setSubTitle(self.tr("Creating the encrypted profile…"))
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
        self.secret.setSubTitle(self.tr("Could not create the profile."))
        self.secret._show_error(self.tr("Not created: %s") % exc)
