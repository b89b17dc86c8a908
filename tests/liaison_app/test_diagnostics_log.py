"""The diagnostics log keeps redacted records in memory: a record's title, the passphrase
and the data key never reach it, whichever way a caller hands them to a logger."""

from __future__ import annotations

import enum
import io
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from liaison_app import diagnostics_log, keyfile, profile
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import PASSPHRASE, Cli

ROOT = Path(__file__).resolve().parents[2]

log = logging.getLogger("liaison_app.test_probe")


class Reason(enum.StrEnum):
    ALREADY_IMPORTED = "already_imported"


class Shows:
    """An object whose text is the secret (as an ORM record's repr might be)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret

    def __str__(self) -> str:
        return self.secret

    __repr__ = __str__


class SneakyInt(int):
    """An int whose text is the secret: exact types only pass."""

    secret = ""

    def __str__(self) -> str:
        return self.secret

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return self.secret


@pytest.fixture
def ring() -> Iterator[diagnostics_log.RingBufferHandler]:
    buffer = diagnostics_log.install(debug=False)
    buffer.clear()
    yield buffer
    buffer.clear()


@pytest.fixture
def secrets(store: Store, profile_dir: Path) -> list[str]:
    """Real values: a title read back from the profile, its passphrase, its data key in hex."""
    added = records.add(
        store, "meeting", {"title": "Convoy planning with Col. Amadou Diallo", "start": "2026-11-20T10:00"}
    )
    title = str(records.get(store, "meeting", added.id).title)  # type: ignore[attr-defined]
    key = keyfile.unlock(keyfile.load(profile_dir / profile.KEYFILE_NAME), PASSPHRASE).hex()
    return [title, PASSPHRASE, key]


def log_every_way(secret: str) -> int:
    """Hand `secret` to the logger in every way a caller could; returns the calls made."""
    raw = secret.encode()
    log.info(f"f-string {secret}")
    log.info("percent-s %s", secret)
    log.info("percent-r %r", secret)
    log.info("mapping %(value)s", {"value": secret})
    log.info(secret)
    log.info(Shows(secret))
    log.info("an object %s", Shows(secret))
    log.info("bytes %s %r", raw, raw)
    log.info("nested %s", (1, [secret], {secret}))
    sneaky = SneakyInt(7)
    sneaky.secret = secret
    log.info("a number %s %d", sneaky, sneaky)
    logging.getLogger(secret).warning("a logger named after it")
    log.warning("an exception as argument: %s", ValueError(secret))
    try:
        try:
            raise KeyError(secret)
        except KeyError as inner:
            raise RuntimeError(secret) from inner
    except RuntimeError:
        log.exception("failed while handling %s", secret)
    log.info("extra fields", extra={"title": secret})
    log.log(logging.ERROR, "at a level given as a number: %s", secret)
    # A library's logger (SQLAlchemy logs statements and their parameters this way).
    logging.getLogger("sqlalchemy.engine.Engine").warning("[%s] %r", "generated", (secret,))
    return 16


def test_given_secrets_logged_every_way_then_no_entry_holds_them(
    ring: diagnostics_log.RingBufferHandler, secrets: list[str]
) -> None:
    ring.clear()  # what making the secrets logged (profile created, meeting added) is not counted
    calls = 0
    for secret in secrets:
        calls += log_every_way(secret)
    text = ring.text()
    assert len(ring.entries()) == calls  # every call left an entry...
    for secret in secrets:
        assert secret not in text  # ...and none holds a secret
    assert "<str withheld>" in text and "<message withheld" in text
    assert "RuntimeError: <message withheld>" in text and "KeyError: <message withheld>" in text


def test_given_the_same_records_unredacted_then_the_secrets_would_show(secrets: list[str]) -> None:
    # The test of the test: the paths above do carry the secrets to a plain handler.
    stream = io.StringIO()
    plain = logging.StreamHandler(stream)
    plain.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(plain)
    try:
        log_every_way(secrets[0])
    finally:
        log.removeHandler(plain)
    assert stream.getvalue().count(secrets[0]) >= 10


def test_given_literal_messages_with_safe_values_then_they_read_in_full(
    ring: diagnostics_log.RingBufferHandler, tmp_path: Path
) -> None:
    record_id = uuid.uuid4()
    log.info("profile %s unlocked in %.2f s", tmp_path, 0.4213)
    log.info(
        "import of %s: %s, %d applied, took %s", record_id, Reason.ALREADY_IMPORTED, 3, timedelta(seconds=2)
    )
    log.info("%(applied)d applied, %(conflicts)d conflicts", {"applied": 5, "conflicts": 1})
    lines = [e.message for e in ring.entries()]
    assert lines == [
        f"profile {tmp_path} unlocked in 0.42 s",
        f"import of {record_id}: Reason.ALREADY_IMPORTED, 3 applied, took 0:00:02",
        "5 applied, 1 conflicts",
    ]
    assert all(e.logger == "liaison_app.test_probe" and e.level == "INFO" for e in ring.entries())


def test_given_a_placeholder_meets_a_numeric_conversion_then_the_values_follow_the_format(
    secrets: list[str],
) -> None:
    quiet = logging.getLogger("liaison_app.test_probe.quiet")
    quiet.propagate = False  # other handlers (pytest's) would raise on this misuse
    kept = diagnostics_log.RingBufferHandler()
    quiet.addHandler(kept)
    try:
        quiet.info("%d meetings titled %d", 2, secrets[0])
    finally:
        quiet.removeHandler(kept)
    assert [e.message for e in kept.entries()] == ["%d meetings titled %d | 2, <str withheld>"]


def test_given_more_records_than_it_holds_then_the_buffer_keeps_the_latest() -> None:
    small = diagnostics_log.RingBufferHandler(capacity=3)
    log.addHandler(small)
    try:
        for n in range(5):
            log.warning("step %d", n)
    finally:
        log.removeHandler(small)
    assert [e.message for e in small.entries()] == ["step 2", "step 3", "step 4"]


def test_given_install_twice_then_each_handler_is_there_once() -> None:
    diagnostics_log.install(debug=False)
    diagnostics_log.install(debug=False)
    root = logging.getLogger()
    assert root.handlers.count(diagnostics_log.buffer()) == 1
    assert logging.lastResort is None  # nothing unredacted falls through to stderr


def test_given_debug_then_stderr_gets_the_same_redacted_lines(
    ring: diagnostics_log.RingBufferHandler, secrets: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    diagnostics_log.install(debug=True)
    try:
        log_every_way(secrets[1])
        log.info("migrated to version %d", 7)
    finally:
        diagnostics_log.install(debug=False)
    err = capsys.readouterr().err
    assert "migrated to version 7" in err
    assert secrets[1] not in err


def test_given_cli_commands_under_debug_then_neither_stderr_nor_the_buffer_holds_secrets(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, profile_dir: Path
) -> None:
    monkeypatch.setenv(diagnostics_log.DEBUG_ENV, "1")
    monkeypatch.chdir(tmp_path)
    cli.init()
    title = "Sensitive source meeting at the market"
    cli.ok("meeting", "add", "--title", title, "--start", "2026-11-20T10:00+01:00")
    listed = cli("meeting", "list")
    missing = cli("meeting", "show", "ffff0000")
    monkeypatch.setenv(diagnostics_log.DEBUG_ENV, "")
    diagnostics_log.install(debug=False)
    assert title in listed.out and missing.code == 5  # the commands really ran
    key = keyfile.unlock(keyfile.load(profile_dir / profile.KEYFILE_NAME), PASSPHRASE).hex()
    logged = diagnostics_log.buffer().text() + listed.err + missing.err
    for secret in (title, PASSPHRASE, key):
        assert secret not in logged


def test_given_logging_then_nothing_is_written_to_the_profile_folder_or_the_working_folder(
    ring: diagnostics_log.RingBufferHandler,
    secrets: list[str],
    profile_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    before = sorted(p.name for p in profile_dir.iterdir())
    for secret in secrets:
        log_every_way(secret)
    for n in range(2 * diagnostics_log.CAPACITY):
        log.info("step %d of many", n)
    assert list(work.iterdir()) == []
    assert sorted(p.name for p in profile_dir.iterdir()) == before
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert all(s.encode() not in data for s in secrets), path


def test_given_no_handler_installed_then_library_warnings_print_nothing(tmp_path: Path) -> None:
    """A script using the packages without the app's entry points must not get raw log text
    (Python's last-resort handler would print a warning's message and arguments)."""
    code = (
        "import logging, db, sync, ui, liaison_app\n"
        "for name in ('liaison_app.x', 'db.x', 'sync.x', 'ui.x'):\n"
        "    logging.getLogger(name).warning('secret %s', 'Jean Mukendi')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    assert "Jean Mukendi" not in ran.stderr and ran.stderr == ""
