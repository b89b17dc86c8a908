"""The recovery key on paper or in a file, each only when the officer chooses it: copy to
the clipboard, print (any printer, or print to PDF), or save as a text or PDF file.

The dialogs that ask (printer, file name) are module functions so tests can answer them.
"""

from __future__ import annotations

import html
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui import recent_folders
from ui.i18n import tr as _tr
from ui.recent_folders import Purpose

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeyOwner:
    """Whose profile the key opens, printed next to it so the sheet is recognisable."""

    officer: str
    device: str


def sheet_lines(key: str, owner: KeyOwner) -> list[str]:
    """The sheet's text, line by line (a text file holds exactly these)."""
    return [
        _tr("Liaison recovery key"),
        "",
        key,
        "",
        _tr("Profile of {officer} on {device}.").format(officer=owner.officer, device=owner.device),
        _tr("It sets a new passphrase if the passphrase is forgotten."),
        _tr("Keep it apart from the laptop: whoever holds both can read every record."),
    ]


def sheet(key: str, owner: KeyOwner) -> QTextDocument:
    """The sheet as a document to print or turn into a PDF."""
    title, _blank, _key, _blank2, *notes = sheet_lines(key, owner)
    body = "".join(f"<p>{html.escape(note)}</p>" for note in notes)
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>{html.escape(key)}</p>"
        f"{body}"
    )
    return document


def copy(key: str) -> None:
    """Put the key on the clipboard."""
    QGuiApplication.clipboard().setText(key)
    log.info("recovery key copied to the clipboard")


def forget_copy(key: str) -> None:
    """Empty the clipboard if it still holds the key (clipboard managers aside)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == key:
        clipboard.clear()


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The platform's print dialog (its printers and "Print to file (PDF)")."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the recovery key"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_sheet(parent: QWidget, key: str, owner: KeyOwner) -> bool:
    """Print the sheet where the officer chooses; False when they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not ask_printer(parent, printer):
        return False
    sheet(key, owner).print_(printer)
    log.info("recovery key printed")
    return True


def ask_save_path(parent: QWidget) -> Path | None:
    """Where to save the key: a text or a PDF file (None: cancelled)."""
    text_filter = _tr("Text file (*.txt)")
    pdf_filter = _tr("PDF document (*.pdf)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the recovery key"),
        recent_folders.start(Purpose.RECOVERY_KEY, "liaison-recovery-key.txt"),
        f"{text_filter};;{pdf_filter}",
    )
    if not name:
        return None
    recent_folders.remember(Purpose.RECOVERY_KEY, name)
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".pdf" if chosen == pdf_filter else ".txt")
    return path


def save(path: Path, key: str, owner: KeyOwner) -> None:
    """Write the sheet to `path`: a PDF if it ends in .pdf, else plain text; readable by
    the owner only. OSError when it cannot be written."""
    if path.suffix.lower() == ".pdf":
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        sheet(key, owner).print_(printer)
    else:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write("\n".join(sheet_lines(key, owner)) + "\n")
    path.chmod(0o600)
    log.info("recovery key saved to a file")
