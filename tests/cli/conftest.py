"""Fixtures the CLI tests share."""

from __future__ import annotations

import pytest

from tests.conftest import Cli


@pytest.fixture
def ready(cli: Cli) -> Cli:
    """A CLI on a freshly initialised profile."""
    cli.init()
    return cli
