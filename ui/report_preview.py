"""A report's preview before it is saved: the PDF is built under the redaction profile
chosen above it (partner unless changed; changing it builds the report again) and its pages
drawn in a worker, shown page under page, then "Save as…" writes the very bytes shown and
logs the export.

pypdfium2 draws PDF bytes to images in memory (no temporary file, no QtPdf). The dialog
closes when the profile locks: rendered pages of a report are as sensitive as the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison_app.errors import LiaisonError
from liaison_app.services.interop.redaction import Profile, RedactionRefusedError
from ui import worker
from ui.context import AppContext
from ui.error_words import error_text
from ui.export_confirm import PEOPLE_PROFILES, RedactionChoice
from ui.i18n import tr as _tr

if TYPE_CHECKING:
    from liaison_app.services.reports.build import Report

# Points per inch of the drawn pages over PDF's 72: an A4 page about 800 px wide.
PAGE_SCALE = 1.35
PAGE_GAP = 12


@dataclass(frozen=True)
class Rendered:
    """A report's PDF (with what it is and its profile) and its pages drawn as images."""

    report: Report
    pages: tuple[QImage, ...]

    @property
    def pdf(self) -> bytes:
        """The bytes shown, and saved."""
        return self.report.pdf


Make = Callable[[Profile], "Report"]


def draw_pages(pdf: bytes, *, scale: float = PAGE_SCALE) -> tuple[QImage, ...]:
    """Each page of `pdf` as an image (safe off the GUI thread: QImage, not QPixmap)."""
    import pypdfium2  # 0.4 s to load: paid by the first preview, in its worker, not at start-up

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            picture = page.render(scale=scale).to_pil().convert("RGB")
            page.close()
            data = picture.tobytes()
            image = QImage(
                data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
            )
            images.append(image.copy())  # own the pixels: `data` goes away
        return tuple(images)
    finally:
        document.close()


class ReportPreview(QDialog):
    """Shows a report being built, then its pages; Save as… writes it where the user says."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        file_name: str,
        make: Make,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ctx = ctx
        self.file_name = file_name
        self.rendered: Rendered | None = None
        self.saved_to: Path | None = None
        self.make = make
        self.redaction = RedactionChoice(PEOPLE_PROFILES, self)
        self.redaction.combo.currentIndexChanged.connect(self._build)
        self.status = QLabel(_tr("Building the report…"), self)
        self.status.setObjectName("report-status")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.pages = QWidget(self)
        self.page_column = QVBoxLayout(self.pages)
        self.page_column.setSpacing(PAGE_GAP)
        self.page_column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setBackgroundRole(self.backgroundRole())
        self.page_area = scroll
        note = QLabel(
            _tr("Saving writes a readable, unencrypted PDF: keep it where the marking allows."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(_tr("&Save as…"), self)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.redaction)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 980)
        ctx.locked.connect(self.close)
        self.task: worker.TaskHandle  # the latest build (_build starts it)
        self._build()

    def _build(self) -> None:
        """Build the report under the profile chosen; a build started before is forgotten."""
        self.rendered = None
        self.save_button.setEnabled(False)
        for page in self._page_labels():
            page.deleteLater()
        self.status.setText(_tr("Building the report…"))
        self.busy.show()
        profile, make = self.redaction.profile(), self.make
        task = self.task = worker.start(lambda state: _built(make, profile))
        task.succeeded.connect(lambda result: self._show(result) if task is self.task else None)
        task.failed.connect(lambda exc: self._failed(exc) if task is self.task else None)

    def _page_labels(self) -> list[QLabel]:
        return [w for w in self.pages.findChildren(QLabel) if w.parent() is self.pages]

    def _show(self, result: object) -> None:
        assert isinstance(result, Rendered)
        if not self.isVisible():
            return  # closed (or locked) while it was being built: keep nothing of it
        self.rendered = result
        self.busy.hide()
        for image in result.pages:
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QLabel.Shape.Box)
            self.page_column.addWidget(page)
        count = len(result.pages)
        self.status.setText(_tr("%Ln page(s), ready to save.", "", count))
        self.save_button.setEnabled(True)
        self.save_button.setFocus()

    def _failed(self, exc: object) -> None:
        self.busy.hide()
        if isinstance(exc, RedactionRefusedError):
            # Worded here, not the command line's "--redact full".
            self.status.setText(
                _tr(
                    "The {profile} profile leaves this report out: {why}. Choose Full above to include it."
                ).format(profile=self.redaction.combo.currentText(), why=exc.detail)
            )
            return
        self.status.setText(
            error_text(exc) if isinstance(exc, LiaisonError) else _tr("The report could not be built.")
        )

    def save_as(self) -> None:
        """Ask where, then write the PDF shown (atomically)."""
        if self.rendered is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, _tr("Save report"), str(Path.home() / self.file_name), _tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        """Write the PDF shown to `path`, saying where it went or why not."""
        assert self.rendered is not None
        from liaison_app.services.reports import build  # the PDF library, loaded when first asked

        try:
            build.save(self.ctx.store, path, self.rendered.report)
        except OSError as exc:
            self.status.setText(_tr("Not saved: %s") % (exc.strerror or type(exc).__name__))
            return
        self.saved_to = path
        self.status.setText(_tr("Saved to %s") % path)


def _built(make: Make, profile: Profile) -> Rendered:
    report = make(profile)
    return Rendered(report, draw_pages(report.pdf))
