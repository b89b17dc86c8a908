"""SIGKILL at a random moment of import, export, passphrase change, writes and init: afterwards
the profile opens (with the old passphrase or the new one, never neither), every page checks,
`dump` works and shows the state before or after the command, never between; a killed import
completes when run again; a killed init leaves a folder that `init` takes.

`LIAISON_KILL_CASES` cases (8 by default) are drawn; the seed is printed and
`LIAISON_KILL_SEED` replays one. Each case runs the real CLI in its own process."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from liaison_app import profile
from tests.conftest import PASSPHRASE, Cli
from tests.liaison_app.edge_world import Pair, leftovers, make_pair, whole_dump

WORKTREE = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "quartz meadow lantern violet"
OPERATIONS = ("import", "export", "passphrase change", "org add", "edit", "init")


@dataclass(frozen=True)
class World:
    """A template to copy per case: Anna, HQ with a month of demo data, HQ's bundle to Anna."""

    root: Path
    pair: Pair
    before: str  # Anna's dump before the import
    imported: str  # Anna's dump after it


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("kill")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
        # A month of demo data: a bundle large enough to be killed in the middle of its import.
        pair = make_pair(root / "anna", root / "hq", root / "files", monkeypatch, demo_seed=3)
        before = whole_dump(root / "anna")
        shutil.copytree(root / "anna", root / "anna-imported")
        Cli(root / "anna-imported", monkeypatch).ok("sync", "import", str(pair.bundle))
        imported = whole_dump(root / "anna-imported")
    return World(root, pair, before, imported)


def _argv(operation: str, world: World, case_dir: Path) -> tuple[Path, list[str]]:
    """The profile the command works on and its argv."""
    anna = case_dir / "anna"
    if operation == "import":
        return anna, ["sync", "import", str(world.pair.bundle)]
    if operation == "export":
        return anna, [
            "sync",
            "export",
            "--to",
            world.pair.hq_id,
            "--full",
            "-o",
            str(case_dir / "out.liaison"),
        ]
    if operation == "passphrase change":
        return anna, ["passphrase", "change"]
    if operation == "org add":
        return anna, ["org", "add", "--name", "Added while killed", "--notes", "n" * 5000]
    if operation == "edit":
        with pytest.MonkeyPatch.context() as monkeypatch:
            org_id = json.loads(Cli(anna, monkeypatch).ok("org", "list", "--json"))[0]["id"]
        return anna, ["org", "edit", org_id, "--notes", "edited " * 500]
    return case_dir / "new", [
        "init",
        "--name",
        "New",
        "--device",
        "n",
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
    ]


def _run(directory: Path, argv: list[str], kill_after: float | None) -> bool:
    """Run the CLI in a process; kill it after `kill_after` s. True if it was killed."""
    code = (
        f"import sys; sys.path.insert(0, {str(WORKTREE)!r});"
        " from liaison_app.cli.main import run; sys.exit(run())"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
    env |= {"LIAISON_PASSPHRASE": PASSPHRASE, "LIAISON_NEW_PASSPHRASE": NEW_PASSPHRASE}
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--profile", str(directory), *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if kill_after is None:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        return False
    time.sleep(kill_after)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return killed


def _check(operation: str, world: World, directory: Path, case_dir: Path, where: str) -> str:
    """Assert the profile came through whole; returns which side of the command it is on."""
    if operation == "init":
        if profile.exists(directory):
            whole_dump(directory)
            return "whole"
        with pytest.MonkeyPatch.context() as monkeypatch:
            cli = Cli(directory, monkeypatch)
            result = cli("org", "list")
            assert result.code == 1 and result.err.count("\n") == 1, f"{where}: {result.err}"
            cli.init()
        whole_dump(directory)
        return "absent, init again worked"
    dumped = whole_dump(directory, (PASSPHRASE, NEW_PASSPHRASE))
    if operation == "passphrase change":
        opens = []
        for passphrase in (PASSPHRASE, NEW_PASSPHRASE):
            try:
                profile.unlock(directory, passphrase).close()
                opens.append(passphrase)
            except Exception:
                continue
        assert len(opens) == 1, f"{where}: opened by {len(opens)} passphrases"
        return "new passphrase" if opens == [NEW_PASSPHRASE] else "old passphrase"
    if operation == "import":
        assert dumped in (world.before, world.imported), f"{where}: half imported"
        side = "imported" if dumped == world.imported else "not imported"
        with pytest.MonkeyPatch.context() as monkeypatch:
            Cli(directory, monkeypatch).ok("sync", "import", str(world.pair.bundle))
        assert whole_dump(directory) == world.imported, f"{where}: import again did not complete"
        return side
    if operation == "export":
        assert dumped == world.before
        out = case_dir / "out.liaison"
        if not out.exists():
            return "no bundle"
        hq = case_dir / "hq"
        shutil.copytree(world.root / "hq", hq)
        with pytest.MonkeyPatch.context() as monkeypatch:
            Cli(hq, monkeypatch).ok("sync", "import", str(out))  # a bundle that exists is whole
        return "whole bundle"
    records = json.loads(dumped)
    before = json.loads(world.before)
    if operation == "org add":
        added = len(records["organizations"]) - len(before["organizations"])
        assert added in (0, 1), f"{where}: {added} organizations added"
        return "added" if added else "not added"
    return "edited" if dumped != world.before else "not edited"


def test_kill_campaign(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = int(os.environ.get("LIAISON_KILL_CASES", "8"))
    seed = int(os.environ.get("LIAISON_KILL_SEED", str(random.SystemRandom().randrange(10**6))))
    rnd = random.Random(seed)
    durations: dict[str, float] = {}
    outcomes: Counter[str] = Counter()
    for case in range(cases):
        operation = OPERATIONS[case] if case < len(OPERATIONS) else rnd.choice(OPERATIONS)
        case_dir = tmp_path / f"case-{case}"
        shutil.copytree(world.root / "anna", case_dir / "anna")
        directory, argv = _argv(operation, world, case_dir)
        if operation not in durations:  # how long it takes whole, on a copy
            probe_dir = tmp_path / f"probe-{case}"
            shutil.copytree(world.root / "anna", probe_dir / "anna")
            probe, probe_argv = _argv(operation, world, probe_dir)
            started = time.monotonic()
            _run(probe, probe_argv, None)
            durations[operation] = time.monotonic() - started
        kill_after = rnd.uniform(0.3, 1.0) * durations[operation]
        killed = _run(directory, argv, kill_after)
        where = f"seed {seed} case {case}: {operation} killed after {kill_after:.2f} s"
        side = _check(operation, world, directory, case_dir, where)
        # A kill cannot clean up: a temporary file may stay, harmless (never read, replaced
        # by the next write); counted, not failed.
        left = leftovers(directory) + leftovers(case_dir) if directory.exists() else []
        outcomes[f"{operation}: {'killed' if killed else 'finished'}, {side}"] += 1
        if left:
            outcomes["temporary files left by a kill"] += 1
    with capsys.disabled():
        print(f"\nkill campaign: seed {seed}, {cases} cases: {dict(sorted(outcomes.items()))}")
