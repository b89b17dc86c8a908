"""Two releases side by side: the real Liaison 0.1.0 as a subprocess, this one in-process.

`Release010` runs the 0.1.0 command line from a tree extracted out of this repository's git
history (commit a7caef2) with the same Python, and checks in that very process that the
0.1.0 code is what was imported. `Device` gives both kinds of device one face: `ok(...)`
runs a command that must succeed, whichever release the device runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from tests.conftest import PASSPHRASE

COMMIT_0_1_0 = "a7caef2"
CHEAP_KDF_FLAGS = ("--kdf-memory-mib", "8", "--kdf-iterations", "1")

WRONG_CODE = 97  # the subprocess's exit status when it did not import 0.1.0
# Run in the subprocess: refuse to run unless liaison_app comes from the extracted tree and
# is 0.1.0, then run the command line exactly as `python -m liaison_app.cli` does.
_BOOT = (
    "import sys, liaison_app; "
    "root = sys.argv.pop(1); "
    "here = str(getattr(liaison_app, '__file__', None)); "
    "ok = here.startswith(root) and getattr(liaison_app, '__version__', '') == '0.1.0'; "
    f"ok or sys.exit(print('not 0.1.0: ' + here, file=sys.stderr) or {WRONG_CODE}); "
    "from liaison_app.cli.main import run; "
    "sys.exit(run(sys.argv[1:]))"
)


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


class Device(Protocol):
    """A profile and the release that runs it."""

    directory: Path

    def run(self, *argv: str) -> Outcome: ...


def ok(device: Device, *argv: str) -> str:
    """Run a command that must succeed on `device`; its stdout, stripped."""
    result = device.run(*argv)
    assert result.code != WRONG_CODE, f"0.1.0 did not run: {result.err}"
    assert result.code == 0, f"{type(device).__name__} {argv}: exit {result.code}: {result.err}"
    return result.out.strip()


def ok_json(device: Device, *argv: str) -> Any:
    return json.loads(ok(device, *argv, "--json"))


def init(device: Device, name: str, *, role: str = "field") -> str:
    """Create the device's profile; returns its device id."""
    ok(device, "init", "--name", name, "--device", f"{name.lower()}-laptop", "--role", role, *CHEAP_KDF_FLAGS)
    return str(ok_json(device, "identity", "show")["device_id"])


@dataclass
class Release010:
    """A profile run by the real 0.1.0 command line."""

    root: Path  # the tree extracted from git
    directory: Path

    def run(self, *argv: str) -> Outcome:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
        env.update(PYTHONPATH=str(self.root), LIAISON_PASSPHRASE=PASSPHRASE, PYTHONDONTWRITEBYTECODE="1")
        done = subprocess.run(
            [sys.executable, "-c", _BOOT, str(self.root), "--profile", str(self.directory), *argv],
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        return Outcome(done.returncode, done.stdout, done.stderr)


@dataclass
class ThisRelease:
    """A profile run by this release's command line, in-process."""

    directory: Path

    def run(self, *argv: str) -> Outcome:
        # Imported here: tests.conftest's in-process runner reads the environment per call.
        import io
        from contextlib import redirect_stderr, redirect_stdout

        from liaison_app.cli.main import run

        out, err = io.StringIO(), io.StringIO()
        saved = os.environ.get("LIAISON_PASSPHRASE")
        os.environ["LIAISON_PASSPHRASE"] = PASSPHRASE
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = run(["--profile", str(self.directory), *argv])
        finally:
            if saved is None:
                del os.environ["LIAISON_PASSPHRASE"]
            else:
                os.environ["LIAISON_PASSPHRASE"] = saved
        return Outcome(code, out.getvalue(), err.getvalue())


def introduce(a: Device, b: Device, folder: Path) -> None:
    """Exchange identity cards both ways (each side adds the other's card)."""
    for src, dst in ((a, b), (b, a)):
        card = folder / f"{src.directory.name}.liaison-card"
        ok(src, "identity", "export", "-o", str(card))
        ok(dst, "peer", "add", str(card))


def send(src: Device, dst_id: str, dst: Device, path: Path) -> dict[str, Any]:
    """Export a bundle from src for dst and import it there; the import's counts."""
    ok(src, "sync", "export", "--to", dst_id, "-o", str(path))
    (counts,) = ok_json(dst, "sync", "import", str(path))
    assert "error" not in counts, counts
    return dict(counts)
