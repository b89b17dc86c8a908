"""A chart on a screen: a matplotlib figure in a Qt canvas, with "Save as PNG…" on a
button and in its context menu.

matplotlib (about 0.3 s to import) is imported when the first chart is built, never at
start-up (tests/cli/test_startup_imports.py, bench/bench_startup.py): only HQ screens
build charts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
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
from ui.icons import icon
from ui.recent_folders import Purpose

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PNG_DPI = 150  # sharp enough to paste into a briefing slide
Draw = Callable[["Figure"], None]


class ChartView(QWidget):
    """One chart: a heading with its export button, and the figure below."""

    def __init__(self, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.title = title
        self.file_name = file_name
        self.figure = Figure(figsize=(5, 3), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setParent(self)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)
        self.canvas.setMinimumHeight(140)
        self.save_button = QToolButton(self)
        self.save_button.setIcon(icon("save"))
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self.ask_save)
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
        layout.addWidget(self.canvas, 1)

    def draw(self, draw: Draw) -> None:
        """Redraw the figure with `draw`."""
        draw(self.figure)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def clear(self) -> None:
        """An empty chart (the profile was locked: nothing of it stays on screen)."""
        self.figure.clear()
        self.note.clear()
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def save_png(self, path: Path) -> Path:
        """Write the chart as a PNG file (the suffix added when missing); returns the path."""
        target = path if path.suffix else path.with_suffix(".png")
        self.figure.savefig(target, format="png", dpi=PNG_DPI)
        return target

    def ask_save(self) -> None:
        """Ask where, then save the chart as PNG."""
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            recent_folders.start(Purpose.CHART, self.file_name),
            self.tr("PNG image (*.png)"),
        )
        if name:
            recent_folders.remember(Purpose.CHART, name)
            self.save_png(Path(name))

    def _menu(self, at: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.addAction(icon("save"), self.tr("Save as PNG…"), self.ask_save)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.canvas.mapToGlobal(at))
        return menu
