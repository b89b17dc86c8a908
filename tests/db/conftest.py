"""Fixtures of the db tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db.engine import open_engine
from db.migrations import migrate


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    """A connection on a new encrypted database at today's schema."""
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    migrate(engine)
    with engine.connect() as connection:
        yield connection
    engine.dispose()
