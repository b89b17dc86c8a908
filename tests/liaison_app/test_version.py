"""The release number: one place (pyproject.toml), read back through the installed metadata,
and a CHANGELOG entry for it."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import liaison_app

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_this_release_is_0_2_0_and_the_changelog_has_an_entry_for_it_and_for_0_1_0() -> None:
    assert _declared() == "0.2.0"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", changelog, flags=re.MULTILINE)
    assert releases[:2] == ["0.2.0", "0.1.0"]
    for section in changelog.split("\n## [")[1:]:
        assert "### For users" in section and "### For sync" in section


def test_the_package_version_is_the_installed_distributions() -> None:
    assert liaison_app.__version__ == importlib.metadata.version("liaison")
