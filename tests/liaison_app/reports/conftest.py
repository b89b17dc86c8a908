"""The report tests' mission, built in the test's profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_app.store import Store
from tests.liaison_app.reports import catalogue, world


@pytest.fixture
def mission(store: Store) -> world.World:
    return world.build(store)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """French and Arabic catalogues of the test entries, compiled once."""
    return catalogue.build(catalogue.ENTRIES, tmp_path_factory.mktemp("catalogues"))


@pytest.fixture
def spoken(catalogues: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The test catalogues in use, no language chosen by the user."""
    with catalogue.reading(catalogues, monkeypatch, tmp_path / "config") as folder:
        yield folder
