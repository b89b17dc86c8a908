"""The release number: one place (pyproject.toml), read back through the installed metadata,
and a CHANGELOG entry for it."""

from __future__ import annotations

import importlib.metadata
import json
import re
import tomllib
from pathlib import Path

import pytest

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


def test_the_installed_metadata_is_not_stale() -> None:
    """A checkout installed editable must be reinstalled after the version is bumped."""
    distribution = importlib.metadata.distribution("liaison")
    direct_url = distribution.read_text("direct_url.json")
    installed_from = json.loads(direct_url)["url"] if direct_url else ""
    if installed_from != ROOT.as_uri():
        pytest.skip(f"the installed liaison comes from {installed_from or 'a wheel'}, not this checkout")
    assert distribution.version == _declared(), "run `pip install -e .` again after bumping the version"
