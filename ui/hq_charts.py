"""A chart on a screen: a matplotlib figure rendered off the GUI thread into an image, with
"Save as PNG…" on a button and in its context menu.

Drawing a figure costs matplotlib a few hundred milliseconds of CPU (more on a busy
laptop): `render` runs in the worker (ui/worker.py) on its own `Figure` and Agg canvas (no
pyplot, no Qt), and the GUI thread only shows the pixels, so the window never waits for
a chart. The rendered figure is kept for the PNG export. matplotlib (about 0.3 s to import)
is imported by `render`, never at start-up (tests/cli/test_startup_imports.py,
bench/bench_startup.py): only HQ screens draw charts.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import recent_folders
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.recent_folders import Purpose

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 100  # screen pixels per inch of a figure
PNG_DPI = 150  # sharp enough to paste into a briefing slide
MIN_SIZE = QSize(160, 140)
RESIZE_SLACK = 8  # pixels a chart may grow or shrink before it is drawn again
Draw = Callable[["Figure"], None]


@dataclass(frozen=True)
class Rendered:
    """A drawn figure and its pixels (RGBA, `width` x `height`)."""

    figure: Figure
    width: int
    height: int
    rgba: bytes


def render(draw: Draw, size: QSize) -> Rendered:
    """Draw a new figure of `size` pixels with `draw` (any thread: no Qt, no pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = max(size.width(), MIN_SIZE.width()), max(size.height(), MIN_SIZE.height())
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    draw(figure)
    with warnings.catch_warnings():
        # A chart not laid out yet is drawn at its minimum size, then again once resized.
        warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
        canvas.draw()  # type: ignore[no-untyped-call]
    drawn_width, drawn_height = canvas.get_width_height()
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return Rendered(figure, drawn_width, drawn_height, pixels)


class ChartView(QWidget):
    """One chart: a note and the export button over the chart's image."""

    resized = Signal()  # grown or shrunk enough to be drawn again at its new size

    def __init__(self, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.file_name = file_name
        self.figure: Figure | None = None  # the figure on show, kept for "Save as PNG"
        self.drawn = QSize()
        self.image = QLabel(self)
        self.image.setMinimumSize(MIN_SIZE)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: white;")
        self.image.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.image.customContextMenuRequested.connect(self._menu)
        self.save_button = QToolButton(self)
        self.save_button.setIcon(icon("save"))
        self.save_button.setText(_tr("Save as PNG…"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self.ask_save)
        self.save_button.setEnabled(False)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: palette(mid);")
        self.note.setWordWrap(True)
        # A long note must not widen its chart beyond its neighbours'.
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        head.addWidget(self.note, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.image, 1)

    def pixel_size(self) -> QSize:
        """The size the chart is to be drawn at: its image's, at least MIN_SIZE."""
        return self.image.size().expandedTo(MIN_SIZE)

    def show_rendered(self, rendered: Rendered) -> None:
        """Show a figure `render` drew (GUI thread)."""
        picture = QImage(rendered.rgba, rendered.width, rendered.height, QImage.Format.Format_RGBA8888)
        self.image.setPixmap(QPixmap.fromImage(picture.copy()))  # copy: the bytes are not kept
        self.figure = rendered.figure
        self.drawn = QSize(rendered.width, rendered.height)
        self.save_button.setEnabled(True)
        if self._off_size():  # laid out anew while it was being drawn: draw it again
            self.resized.emit()

    def draw_now(self, draw: Draw) -> None:
        """Draw in the GUI thread (tests, scripts); screens use `render` in the worker."""
        self.show_rendered(render(draw, self.pixel_size()))

    def clear(self) -> None:
        """No chart (the profile was locked: nothing of it stays on screen)."""
        self.figure = None
        self.drawn = QSize()
        self.image.clear()
        self.note.clear()
        self.save_button.setEnabled(False)

    def save_png(self, path: Path) -> Path | None:
        """Write the chart as a PNG file (the suffix added when missing); None if no chart."""
        if self.figure is None:
            return None
        target = path if path.suffix else path.with_suffix(".png")
        self.figure.savefig(target, format="png", dpi=PNG_DPI)
        return target

    def ask_save(self) -> None:
        """Ask where, then save the chart as PNG."""
        if self.figure is None:
            return
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            _tr("Save the chart"),
            recent_folders.start(Purpose.CHART, self.file_name),
            _tr("PNG image (*.png)"),
        )
        if name:
            recent_folders.remember(Purpose.CHART, name)
            self.save_png(Path(name))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._off_size():
            self.resized.emit()

    def _off_size(self) -> bool:
        # Whether the chart on show was drawn for another size than it has now.
        if self.drawn.isEmpty():
            return False
        now = self.pixel_size()
        return (
            max(abs(now.width() - self.drawn.width()), abs(now.height() - self.drawn.height())) > RESIZE_SLACK
        )

    def _menu(self, at: QPoint) -> QMenu:
        menu = QMenu(self)
        saved = menu.addAction(icon("save"), _tr("Save as PNG…"), self.ask_save)
        saved.setEnabled(self.figure is not None)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.image.mapToGlobal(at))
        return menu
