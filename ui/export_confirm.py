"""The question every export asks first: exports are plaintext, and do-not-share stays out.

A leaked contact list can get people hurt, so before any file leaves the encrypted store the
user is told that it will be readable by anyone who gets it, and chooses explicitly whether
records marked do-not-share go too (off unless ticked).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ExportChoice:
    """What the user agreed to: write the file, and whether do-not-share records go in it."""

    include_do_not_share: bool


class PlaintextExportDialog(QDialog):
    """Says the file will be plaintext; offers (unticked) to include do-not-share records."""

    def __init__(self, what: str, parent: QWidget | None = None, *, offer_do_not_share: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export — not encrypted"))
        text = QLabel(
            self.tr(
                "The file with {what} will not be encrypted: anyone who gets it can read it.\n"
                "Keep it only as long as it is needed, and never on a shared drive."
            ).format(what=what),
            self,
        )
        text.setWordWrap(True)
        self.include = QCheckBox(self.tr("Also include records marked &do not share"), self)
        self.include.setVisible(offer_do_not_share)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.include)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        """What was chosen (meaningful once accepted)."""
        return ExportChoice(include_do_not_share=self.include.isChecked())


def confirm_plaintext_export(
    what: str, parent: QWidget | None = None, *, offer_do_not_share: bool = True
) -> ExportChoice | None:
    """Ask before writing a plaintext export of `what`; None when the user cancels."""
    dialog = PlaintextExportDialog(what, parent, offer_do_not_share=offer_do_not_share)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
