"""Every way a command can fail, through the real CLI: one line on stderr, `liaison: ...`, no
traceback, nothing on stdout, and the exit code the README documents (0 ok, 2 usage or
invalid input, 3 wrong passphrase or recovery key (or waiting after too many), 4 bundle
refused, 5 no such record, 1 anything else)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from liaison_app import profile, unlock_attempts
from tests.conftest import PASSPHRASE, Cli, Result
from tests.liaison_app.edge_world import DISK_FULL_LINE, Filler, small_disk

WORKTREE = Path(__file__).resolve().parents[2]
Setup = Callable[[Cli, Path, pytest.MonkeyPatch], tuple[str, ...]]


@dataclass(frozen=True)
class Case:
    """One failure: how to bring it about (returns the argv), the exit code, the line."""

    name: str
    setup: Setup
    exit_code: int
    line: str  # a regular expression for the whole line after "liaison: "


def _fresh(cli: Cli, directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.init()
    cli.ok("org", "add", "--name", "OCHA")


def _wrong_passphrase(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    mp.setenv("LIAISON_PASSPHRASE", "not the passphrase")
    return ("org", "list")


def _waiting(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    mp.setenv("LIAISON_PASSPHRASE", "not the passphrase")
    for _ in range(unlock_attempts.FREE_FAILURES):
        assert cli("org", "list").code == 3
    mp.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return ("org", "list")


def _wrong_recovery_key(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    mp.setenv("LIAISON_RECOVERY_KEY", "0000-0000-0000-0000-0000-0000-0000-0000")
    return ("recover",)


def _no_profile(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    return ("org", "list")


def _abandoned_init(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    (d / "keys.json").unlink()  # what a killed 0.2.0 init left: a database, no key file
    return ("org", "list")


def _damaged_key_file(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    (d / "keys.json").write_text('{"format": "liaison-keyfile/1", "slots": [{"type": 1}]}')
    return ("dump",)


def _init_twice(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    return ("init", "--name", "a", "--device", "b")


def _bad_record_id(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    return ("org", "show", "0000000000")


def _invalid_value(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    return ("meeting", "add", "--title", "x", "--start", "the day after never")


def _usage(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    return ("org", "frobnicate")


def _weak_passphrase(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    mp.setenv("LIAISON_PASSPHRASE", "Password123!")
    return ("init", "--name", "a", "--device", "b")


def _bad_bundle(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    junk = d.parent / "junk.liaison"
    junk.write_bytes(os.urandom(4096))
    return ("sync", "import", str(junk))


def _missing_file(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    return ("sync", "import", str(d.parent / "nowhere.liaison"))


def _bad_card(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    card = d.parent / "bad.card"
    card.write_text("not a card")
    return ("peer", "add", str(card))


def _busy(cli: Cli, d: Path, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    _fresh(cli, d, mp)
    return ("org", "add", "--name", "blocked")


CASES = [
    Case("wrong passphrase", _wrong_passphrase, 3, r"wrong passphrase"),
    Case("waiting", _waiting, 3, r"too many wrong passphrases: wait \d+ s before trying again"),
    Case("wrong recovery key", _wrong_recovery_key, 3, r"wrong recovery key"),
    Case("no profile", _no_profile, 1, r"no profile at .* \(run 'liaison init' first\)"),
    Case("abandoned init", _abandoned_init, 1, r"the profile in .* was never finished .*init' again.*"),
    Case("damaged key file", _damaged_key_file, 1, r"key file .* is damaged"),
    Case("init twice", _init_twice, 1, r"a profile already exists in .*"),
    Case("bad record id", _bad_record_id, 5, r".*0000000000.*"),
    Case("invalid value", _invalid_value, 2, r"start: .*"),
    Case("usage", _usage, 2, r"org: .*invalid choice.*\(see liaison org --help\)"),
    Case("weak passphrase", _weak_passphrase, 2, r"passphrase: too easy to guess.*"),
    Case("bad bundle", _bad_bundle, 4, r"junk\.liaison: .*"),
    Case("unreadable file", _missing_file, 4, r"nowhere\.liaison: cannot read .*"),
    Case("bad card", _bad_card, 2, r"cannot read identity card bad\.card: .*"),
]


def _one_line(result: Result, exit_code: int, line: str) -> None:
    assert "Traceback" not in result.err
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert re.fullmatch(f"liaison: {line}\n", result.err), result.err
    assert result.code == exit_code, (result.code, result.err)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_failure_is_one_line_with_its_exit_code(
    case: Case, cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = case.setup(cli, profile_dir, monkeypatch)
    result = cli(*argv)
    _one_line(result, case.exit_code, case.line)
    assert result.out == ""


def test_a_profile_busy_with_another_task_is_one_line(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = _busy(cli, profile_dir, monkeypatch)
    with profile.unlock(profile_dir, PASSPHRASE) as other:
        blocker = other.engine.raw_connection()
        blocker.cursor().execute("BEGIN IMMEDIATE")  # a long sync holding the write lock
        try:
            result = cli(*argv)
        finally:
            blocker.rollback()
            blocker.close()
    _one_line(result, 1, r"the profile is busy with another task .*")


def test_a_full_disk_is_one_line(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(tmp_path / "small") as disk:
        small = Cli(disk / "p", monkeypatch)
        small.init()
        filler = Filler(disk)
        filler.leave(0)
        try:
            result = small("org", "add", "--name", "no room")
        finally:
            filler.release()
    assert re.match(DISK_FULL_LINE, result.err) and result.code == 1


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder other users can enter (pytest's own is private to root)."""
    with tempfile.TemporaryDirectory() as name:
        Path(name).chmod(0o755)
        yield Path(name)


def _as_other_user(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI as `nobody` when we are root (root passes every permission check)."""
    code = (
        f"import sys; sys.path.insert(0, {str(WORKTREE)!r});"
        " from liaison_app.cli.main import run; sys.exit(run())"
    )
    command = [sys.executable, "-c", code, *argv]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False, cwd="/")


def test_permission_denied_on_the_profile_folder_is_one_line(
    shared_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = shared_tmp / "p"
    Cli(directory, monkeypatch).init()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
    env |= {"LIAISON_PASSPHRASE": PASSPHRASE, "HOME": str(shared_tmp)}
    if os.geteuid() != 0:
        directory.chmod(0o000)
    try:
        done = _as_other_user(["--profile", str(directory), "org", "list"], env)
    finally:
        directory.chmod(0o700)
    assert "ModuleNotFoundError" not in done.stderr, "the other user cannot read the code: " + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert re.fullmatch(r"liaison: permission denied: .*\n", done.stderr), done.stderr
    assert done.returncode == 1


def test_an_internal_error_is_one_line_too(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(cli, profile_dir, monkeypatch)
    # A settings row the code cannot read: a bug's report must still be one line.
    with profile.unlock(profile_dir, PASSPHRASE) as store, store.session() as s:
        s.connection().exec_driver_sql("UPDATE setting SET value = 'not json {' WHERE key = 'role'")
        s.commit()
    result = cli("settings", "show", "--json")
    assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
    assert result.code != 0
