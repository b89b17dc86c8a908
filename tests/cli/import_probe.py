"""What a `liaison` command line imports, read from a real process (`python -X importtime`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_by(*arguments: str) -> set[str]:
    """Top-level packages imported by `python -X importtime -m liaison_app.cli ARGUMENTS`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "liaison_app.cli", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Lines read "import time:  self |  cumulative | <indent>package.module".
    lines = (line for line in done.stderr.splitlines() if line.startswith("import time:"))
    names = (line.rsplit("|", 1)[-1].strip() for line in lines)
    return {name.split(".")[0] for name in names}
