"""The mission every interop test exports."""

from __future__ import annotations

import pytest

from liaison_app.store import Store
from tests.liaison_app.interop import world


@pytest.fixture
def mission(store: Store) -> world.World:
    return world.build(store)
