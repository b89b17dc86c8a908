"""The dependency direction: ui -> liaison_app -> db, sync; only the entry point imports ui."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[path.relative_to(ROOT)] = names
    return found


def test_only_the_gui_entry_point_imports_the_ui_package() -> None:
    offenders = [
        str(path)
        for package in ("liaison_app", "db", "sync")
        for path, names in _imports(package).items()
        if "ui" in names and str(path) != "liaison_app/gui.py"
    ]
    assert offenders == []


# The one exception: the catalogues are Qt's (.qm), so the module that reads them for the
# reports and the CLI uses QtCore's QTranslator and QLocale (no screen, no widget).
CATALOGUE_READER = Path("liaison_app/translations.py")


def _qt_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("PySide6"))
    return found


def test_the_services_and_the_database_never_import_qt() -> None:
    offenders = [
        str(path)
        for package in ("liaison_app", "db", "sync")
        for path, names in _imports(package).items()
        if "PySide6" in names and path != CATALOGUE_READER
    ]
    assert offenders == []


def test_the_catalogue_reader_uses_qt_core_alone() -> None:
    assert _qt_modules(CATALOGUE_READER) == {"PySide6.QtCore"}


def test_the_ui_goes_through_services_and_never_touches_the_database_layer() -> None:
    offenders = [
        str(path)
        for path, names in _imports("ui").items()
        if names & {"db", "sync", "sqlmodel", "sqlalchemy", "sqlcipher3"}
    ]
    assert offenders == []
