"""The question every export asks first: exports are plaintext, do-not-share stays out, and
which redaction profile the file applies (partner unless changed).

A leaked contact list can get people hurt, so before any file leaves the encrypted store the
user is told that it will be readable by anyone who gets it, chooses explicitly whether
records marked do-not-share go too (off unless ticked), and sees what the chosen redaction
profile leaves out (liaison_app.services.interop.redaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services.interop.redaction import DEFAULT, PROFILES, Profile
from ui.i18n import tr as _tr

# What a profile is offered for: every export names people but the 3W.
PEOPLE_PROFILES = (Profile.FULL, Profile.PARTNER)
ALL_PROFILES = (Profile.FULL, Profile.PARTNER, Profile.PUBLIC)


@dataclass(frozen=True)
class ExportChoice:
    """What the user agreed to: write the file, whether do-not-share records go in it, and
    the redaction profile it applies."""

    include_do_not_share: bool
    profile: Profile = DEFAULT


class RedactionChoice(QWidget):
    """A combo of redaction profiles (partner first chosen) and what the chosen one leaves out."""

    def __init__(self, profiles: Sequence[Profile] = PEOPLE_PROFILES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for profile in profiles:
            self.combo.addItem(_tr(PROFILES[profile].label), profile.value)
        self.combo.setCurrentIndex(max(0, self.combo.findData(DEFAULT.value)))
        self.leaves_out = QLabel(self)
        self.leaves_out.setWordWrap(True)
        self.leaves_out.setObjectName("redaction-leaves-out")
        self.combo.currentIndexChanged.connect(self._explain)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("&Redaction"), self.combo)
        form.addRow(self.leaves_out)
        self._explain()

    def profile(self) -> Profile:
        """The profile chosen."""
        return Profile(str(self.combo.currentData()))

    def choose(self, profile: Profile) -> None:
        """Select `profile` (as a user would)."""
        self.combo.setCurrentIndex(self.combo.findData(profile.value))

    def _explain(self) -> None:
        self.leaves_out.setText(_tr(PROFILES[self.profile()].leaves_out))


class PlaintextExportDialog(QDialog):
    """Says the file will be plaintext; offers (unticked) to include do-not-share records, and
    the redaction profile (partner unless changed)."""

    def __init__(
        self,
        what: str,
        parent: QWidget | None = None,
        *,
        offer_do_not_share: bool = True,
        profiles: Sequence[Profile] = PEOPLE_PROFILES,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export — not encrypted"))
        text = QLabel(
            _tr(
                "The file with {what} will not be encrypted: anyone who gets it can read it.\n"
                "Keep it only as long as it is needed, and never on a shared drive."
            ).format(what=what),
            self,
        )
        text.setWordWrap(True)
        self.redaction = RedactionChoice(profiles, self)
        self.include = QCheckBox(_tr("Also include records marked &do not share"), self)
        self.include.setVisible(offer_do_not_share)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(_tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.redaction)
        layout.addWidget(self.include)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def choice(self) -> ExportChoice:
        """What was chosen (meaningful once accepted)."""
        return ExportChoice(include_do_not_share=self.include.isChecked(), profile=self.redaction.profile())


def confirm_plaintext_export(
    what: str,
    parent: QWidget | None = None,
    *,
    offer_do_not_share: bool = True,
    profiles: Sequence[Profile] = PEOPLE_PROFILES,
) -> ExportChoice | None:
    """Ask before writing a plaintext export of `what`; None when the user cancels."""
    dialog = PlaintextExportDialog(what, parent, offer_do_not_share=offer_do_not_share, profiles=profiles)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
