"""Fixtures for the services tests: several devices (profiles) of different officers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from liaison_app import profile
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Callable[..., Store]]:
    """Makes an open profile for an officer ('HQ' gets the device 'hq-laptop'); closed at the end."""
    opened: list[Store] = []

    def make(officer: str, *, role: str = "field") -> Store:
        created = profile.init(
            tmp_path / officer,
            passphrase="passphrase",
            officer_name=officer,
            device_name=f"{officer.lower()}-laptop",
            role=role,
            cost=CHEAP_KDF,
        )
        opened.append(created.store)
        return created.store

    yield make
    for store in opened:
        store.close()
