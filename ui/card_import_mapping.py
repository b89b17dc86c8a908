"""The column-mapping step of a CSV import: each column of the file with the field it fills
(a combo per column, set to what was recognised) and the first rows as they read now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_app.kinds import Kind
from liaison_app.services.interop import csv_columns
from liaison_app.services.interop.csv_read import Preview
from ui.i18n import tr as _tr

SAMPLES = 3  # first values shown beside each column


def _caption(target: str) -> str:
    return _tr("— leave out —") if target == csv_columns.IGNORE else target.replace("_", " ")


class ColumnMappingDialog(QDialog):
    """Choose the field each CSV column fills; `maps()` says what was chosen."""

    def __init__(self, preview: Preview, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.kind = kind
        what = _tr("contacts") if kind is Kind.CONTACT else _tr("organizations")
        self.setWindowTitle(_tr("Import {what} — columns").format(what=what))
        intro = QLabel(
            _tr("Choose what each column of the file fills. Columns left out are not imported."), self
        )
        intro.setWordWrap(True)
        self.columns = QTableWidget(len(preview.headers), 3, self)
        self.columns.setHorizontalHeaderLabels([_tr("Column"), _tr("Fills"), _tr("First values")])
        self.columns.verticalHeader().setVisible(False)
        self.combos: list[QComboBox] = []
        targets = csv_columns.TARGETS[kind]
        for row, column in enumerate(preview.columns):
            self.columns.setItem(row, 0, QTableWidgetItem(column.header))
            combo = QComboBox(self.columns)
            for target in targets:
                combo.addItem(_caption(target), target)
            combo.setCurrentIndex(targets.index(column.target))
            combo.setAccessibleName(_tr("Field for column {name}").format(name=column.header))
            self.columns.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            values = [
                r[column.index] for r in preview.rows[:SAMPLES] if column.index < len(r) and r[column.index]
            ]
            self.columns.setItem(row, 2, QTableWidgetItem(" · ".join(values)))
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.resizeColumnsToContents()
        self.rows = QTableWidget(len(preview.rows), len(preview.headers), self)
        self.rows.setHorizontalHeaderLabels(list(preview.headers))
        for r, cells in enumerate(preview.rows):
            for c, cell in enumerate(cells[: len(preview.headers)]):
                self.rows.setItem(r, c, QTableWidgetItem(cell))
        self.rows.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(_tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(_tr("The first rows of the file:"), self))
        layout.addWidget(self.rows, 2)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def choose(self, header: str, target: str) -> None:
        """Set the field the column `header` fills (as a click on its combo does)."""
        combo = self.combos[list(self.preview.headers).index(header)]
        combo.setCurrentIndex(combo.findData(target))

    def maps(self) -> dict[str, str]:
        """The chosen field of every column (COLUMN -> FIELD, as `--map` takes them)."""
        return {
            column.header: str(combo.currentData())
            for column, combo in zip(self.preview.columns, self.combos, strict=True)
        }
