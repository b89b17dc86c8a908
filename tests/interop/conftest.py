"""The real 0.1.0, extracted once per test session from this repository's git history."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import NoReturn

import pytest

from tests.interop.support import COMMIT_0_1_0

REPO = Path(__file__).resolve().parents[2]


def _unavailable(reason: str) -> NoReturn:
    # In CI a missing 0.1.0 is a failure (a shallow clone would silently drop the contract);
    # on a developer's machine without the history it is a skip that says why.
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def release_0_1_0(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree of Liaison 0.1.0 (commit a7caef2) to put on PYTHONPATH."""
    target = tmp_path_factory.mktemp("liaison-0.1.0")
    try:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", COMMIT_0_1_0, "liaison_app", "db", "sync"],
            capture_output=True,
            check=True,
            timeout=120,
        )
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True, timeout=120)
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        stderr = getattr(exc, "stderr", None)
        detail = stderr.decode(errors="replace").strip() if stderr else str(exc)
        _unavailable(f"Liaison 0.1.0 (commit {COMMIT_0_1_0}) is not in this checkout's git history: {detail}")
    return target
