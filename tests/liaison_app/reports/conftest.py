"""The report tests' mission, built in the test's profile."""

from __future__ import annotations

import pytest

from liaison_app.store import Store
from tests.liaison_app.reports import world


@pytest.fixture
def mission(store: Store) -> world.World:
    return world.build(store)
