"""The dependency direction of the design: ui -> liaison_app -> sync, db; sync -> db; db alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = {"liaison_app", "db", "sync", "ui", "resources"}
ALLOWED = {
    "db": set(),
    "sync": {"db"},
    "liaison_app": {"db", "sync"},
}


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = (names & OURS) - {package}
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_the_layers_below_it(package: str) -> None:
    wrong = {
        module: sorted(names - ALLOWED[package])
        for module, names in _imports(package).items()
        if names - ALLOWED[package]
        and module != "liaison_app/gui.py"  # the GUI entry point is the one place that starts ui
    }
    assert wrong == {}
