"""Every user-visible string in ui/ goes through Qt's translation.

Each module is parsed with `ast`; a string literal (or an f-string, `%` or `.format`
built on one) with words in it, handed straight to a Qt text API, is an offence. Text
through `tr`/`translate` is fine, and so are empty strings and punctuation-only
separators; values computed elsewhere (a record's title, a translated label) are not
literals and pass.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

# Methods whose string arguments people read.
TEXT_METHODS = frozenset(
    {
        "addAction",
        "addItem",
        "addItems",
        "addMenu",
        "addRow",
        "addTab",
        "insertItem",
        "insertTab",
        "setButtonText",
        "setCancelButtonText",
        "setDetailedText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setInformativeText",
        "setItemText",
        "setLabelText",
        "setPlaceholderText",
        "setPrefix",
        "setSpecialValueText",
        "setStatusTip",
        "setSubTitle",
        "setSuffix",
        "setTabText",
        "setTabToolTip",
        "setText",
        "setTitle",
        "setToolTip",
        "setVerticalHeaderLabels",
        "setWhatsThis",
        "setWindowTitle",
        "showMessage",
    }
)
# Widgets and items whose constructor takes display text.
TEXT_CLASSES = frozenset(
    {
        "QAction",
        "QCheckBox",
        "QCommandLinkButton",
        "QGroupBox",
        "QLabel",
        "QListWidgetItem",
        "QMenu",
        "QMessageBox",
        "QProgressDialog",
        "QPushButton",
        "QRadioButton",
        "QTableWidgetItem",
        "QToolButton",
        "QTreeWidgetItem",
        "QWizardPage",
    }
)
# Static dialogs: QMessageBox.warning(parent, title, text), QFileDialog.getSaveFileName(...).
TEXT_STATICS = frozenset(
    {
        "about",
        "critical",
        "getExistingDirectory",
        "getItem",
        "getOpenFileName",
        "getSaveFileName",
        "getText",
        "information",
        "question",
        "warning",
    }
)
TRANSLATORS = frozenset({"tr", "_tr", "translate", "qsTr"})
_MARKUP = re.compile(r"<[^>]*>|&\w+;|%\w|\{[^}]*\}")


@dataclass(frozen=True)
class Offence:
    """A literal with words passed straight to a Qt text API."""

    path: str
    line: int
    api: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.api}({self.text!r}) is not translated"


def has_words(text: str) -> bool:
    """Whether `text` has letters once markup, %-conversions and {fields} are removed."""
    return any(char.isalpha() for char in _MARKUP.sub("", text))


def _is_translated(node: ast.expr) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in TRANSLATORS


def literal_words(node: ast.expr, constants: dict[str, ast.expr]) -> Iterator[str]:
    """The untranslated literal texts with words that `node` would put on screen."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and has_words(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from literal_words(part, constants)
    elif isinstance(node, ast.FormattedValue):
        return  # a value computed elsewhere
    elif isinstance(node, ast.BinOp):
        yield from literal_words(node.left, constants)
        if isinstance(node.op, ast.Add):
            yield from literal_words(node.right, constants)
    elif isinstance(node, ast.IfExp):
        yield from literal_words(node.body, constants)
        yield from literal_words(node.orelse, constants)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literal_words(value, constants)
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from literal_words(element, constants)
    elif isinstance(node, ast.Name) and node.id in constants:
        yield from literal_words(constants[node.id], constants)
    elif isinstance(node, ast.Call) and not _is_translated(node):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in {"format", "join"}:
            # "text {x}".format(...) / ", ".join([...]): the receiver and the joined parts
            yield from literal_words(func.value, constants)
            for arg in node.args if func.attr == "join" else ():
                yield from literal_words(arg, constants)


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            found[stmt.targets[0].id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value:
            found[stmt.target.id] = stmt.value
    return found


def _text_api(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id in TEXT_CLASSES:
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr in TEXT_METHODS:
            return func.attr
        owner = func.value
        if func.attr in TEXT_STATICS and isinstance(owner, ast.Name) and owner.id.startswith("Q"):
            return f"{owner.id}.{func.attr}"
    return None


def _displayed(api: str, call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that are display text (an item's user data is not)."""
    args = list(call.args)
    if api in {"addItem", "insertItem"}:  # ([index,] [icon,] text, userData)
        args = args[1:] if api == "insertItem" else args
        args = args[1:2] if args and _is_icon(args[0]) else args[:1]
    return [*args, *(k.value for k in call.keywords if k.arg in {"text", "title", "label"})]


def _is_icon(node: ast.expr) -> bool:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in {"icon", "QIcon", "fromTheme", "standardIcon"}
    return isinstance(node, ast.Name) and "icon" in node.id.lower()


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _text_parameters(tree: ast.Module) -> dict[str, set[int]]:
    """The module's own helpers that hand a parameter straight to a text API, and which
    positions those are: `_action(self, text, ...)` -> QAction(text), `Panel(title, ...)` ->
    QGroupBox.__init__(title). Callers of these are checked like calls of Qt's own API."""
    found: dict[str, set[int]] = {}
    for owner in ast.walk(tree):
        if not isinstance(owner, ast.Module | ast.ClassDef):
            continue
        text_class = isinstance(owner, ast.ClassDef) and any(
            isinstance(b, ast.Name) and b.id in TEXT_CLASSES for b in owner.bases
        )
        for fn in owner.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            params = [a.arg for a in fn.args.args]
            params = params[1:] if params[:1] in (["self"], ["cls"]) else params
            positions: set[int] = set()
            for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call)):
                api = _text_api(call)
                if api is None and text_class and fn.name == "__init__" and _callee(call) == "__init__":
                    api = "super().__init__"
                for arg in _displayed(api, call) if api else ():
                    if isinstance(arg, ast.Name) and arg.id in params:
                        positions.add(params.index(arg.id))
            if positions:
                name = owner.name if fn.name == "__init__" and isinstance(owner, ast.ClassDef) else fn.name
                found[name] = positions
    return found


def offences(source: str, path: str = "<snippet>") -> list[Offence]:
    """Every untranslated literal `source` passes to a Qt text API (or to a helper of its
    own that passes it on)."""
    tree = ast.parse(source)
    constants = _module_constants(tree)
    helpers = _text_parameters(tree)
    found: list[Offence] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        api = _text_api(node)
        if api is not None:
            arguments = _displayed(api, node)
        elif _callee(node) in helpers:
            api = _callee(node)
            arguments = [a for i, a in enumerate(node.args) if i in helpers[api]]
        else:
            continue
        for argument in arguments:
            found.extend(Offence(path, node.lineno, api, text) for text in literal_words(argument, constants))
    return found


def _ui_modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(UI.rglob("*.py")):
        yield path.relative_to(UI).as_posix(), path


def test_every_ui_module_translates_what_it_shows() -> None:
    found = [
        str(offence)
        for name, path in _ui_modules()
        for offence in offences(path.read_text(encoding="utf-8"), name)
    ]
    assert found == []


# --- the test of the test -----------------------------------------------------------------

SNIPPET = """
HEADERS = ("Kind", "Record")
class Page(QWidget):
    def build(self, count, title):
        self.label.setText("Hello")                              # 1
        self.button = QPushButton(icon("save"), "Keep this", self)  # 2
        self.setWindowTitle(f"Liaison — {title}")                # 3
        QMessageBox.warning(self, "Demo data", self.tr("failed"))  # 4
        self.table.setHorizontalHeaderLabels(HEADERS)            # 5, 6
        self.status.setText("{n} open".format(n=count))          # 7
        self.note.setText("none" if count == 0 else self.tr("some"))  # 8
        self.box.addItem("All " + title, "")                     # 9
        dialog = QProgressDialog(self.tr("Working"), "Cancel", 0, 0, self)  # 10
        self._action("&Quit", "Ctrl+Q", self.close)              # 11
        self.today = Panel("Today's meetings", self.tr("None."))  # 12

    def _action(self, text, shortcut, slot):
        return QAction(text, self)

class Panel(QGroupBox):
    def __init__(self, title, empty, parent=None):
        super().__init__(title, parent)
"""

CLEAN = """
class Page(QWidget):
    def build(self, count, title, officer):
        self.label.setText(self.tr("Hello"))
        self.label.setText("")
        self.label.setText(title)
        self.label.setText(f"{title}  · {count}")
        self.label.setText(f"<b>{officer}</b>")
        self.label.setText(self.tr("%n open conflict(s)", "", count))
        self.label.setText(self.tr("{who} added {what}").format(who=officer, what=title))
        self.label.setText(" · ".join([f"<b>{officer}</b>", self.tr("%Ln contact(s)", "", count)]))
        self.button = QPushButton(icon("save"), QCoreApplication.translate("Page", "Keep"), self)
        self.label.setStyleSheet("color: #c0392b;")
        self.setObjectName("conflicts-page")
        self.box.addItem(icon("meeting"), _tr("Meetings"), "meeting")
"""


def test_the_checker_finds_each_untranslated_literal_in_a_snippet() -> None:
    found = offences(SNIPPET)
    assert [o.text for o in found] == [
        "Hello",
        "Keep this",
        "Liaison — ",
        "Demo data",
        "Kind",
        "Record",
        "{n} open",
        "none",
        "All ",
        "Cancel",
        "&Quit",
        "Today's meetings",
    ]
    assert {o.api for o in found} >= {"setText", "QPushButton", "QMessageBox.warning", "QProgressDialog"}


def test_the_checker_passes_translated_text_values_and_punctuation() -> None:
    assert offences(CLEAN) == []
