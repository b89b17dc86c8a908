"""`liaison init | passphrase change | recover | settings` and the secrets contract."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Connection

import liaison_app
from db import migrations
from liaison_app import profile, unlock_attempts
from liaison_app.services import passphrase as policy
from tests.conftest import PASSPHRASE, Cli, snapshot

DICEWARE = "tundra mosaic kettle orbit lantern"


def _recovery_key(init_output: str) -> str:
    return init_output.strip().splitlines()[-1].strip()


def test_init_creates_an_encrypted_profile_and_shows_the_recovery_key_once(
    cli: Cli, profile_dir: Path
) -> None:
    out = cli.ok(
        "init",
        "--name",
        "Capt. Lee",
        "--device",
        "tb-2",
        "--role",
        "hq",
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
    )
    assert "Recovery key" in out and len(_recovery_key(out).split("-")) == 8
    assert sorted(p.name for p in profile_dir.iterdir() if p.suffix in (".json", ".db")) == [
        "keys.json",
        "liaison.db",
    ]
    assert _recovery_key(out).encode() not in (profile_dir / "keys.json").read_bytes()
    assert json.loads((profile_dir / "keys.json").read_text())["slots"][0]["kdf"]["memory_kib"] == 8 * 1024


def test_init_twice_is_refused(cli: Cli) -> None:
    cli.init()
    result = cli("init", "--name", "x", "--device", "y")
    assert result.code == 1 and "already exists" in result.err


def test_init_refuses_a_kdf_below_the_floor(cli: Cli, profile_dir: Path) -> None:
    result = cli("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "4")
    assert result.code == 2 and "at least 8 MiB" in result.err
    assert not (profile_dir / "keys.json").exists()


def test_init_refuses_a_short_passphrase(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_PASSPHRASE", "short")
    result = cli("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "8")
    assert result.code == 2 and f"at least {policy.MIN_LENGTH} characters" in result.err


def test_given_a_common_password_when_init_then_exit_2_in_one_line_and_no_profile(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIAISON_PASSPHRASE", "Password123!")
    result = cli("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    assert result.code == 2 and result.err.startswith("liaison: passphrase: too easy to guess")
    assert result.err.count("\n") == 1 and "Password123!" not in result.err
    assert not profile.exists(profile_dir)


def test_given_the_officers_own_name_as_passphrase_when_init_then_it_is_refused(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIAISON_PASSPHRASE", "Jean-Baptiste Mukendi")
    name = ["--name", "Jean-Baptiste Mukendi", "--device", "y", "--kdf-memory-mib", "8"]
    assert cli("init", *name).code == 2
    assert not profile.exists(profile_dir)


def test_given_several_uncommon_words_when_init_then_the_profile_is_created(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIAISON_PASSPHRASE", DICEWARE)
    cli.ok("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    profile.unlock(profile_dir, DICEWARE).close()


def test_given_a_weak_new_passphrase_when_changing_then_exit_2_and_the_old_one_still_unlocks(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.init()
    before = snapshot(profile_dir)
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "Password123!")
    result = cli("passphrase", "change")
    assert result.code == 2 and "too easy to guess" in result.err
    assert snapshot(profile_dir) == before


def test_given_a_weak_new_passphrase_when_recovering_then_exit_2_and_nothing_changes(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = cli.ok("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    before = snapshot(profile_dir)
    monkeypatch.setenv("LIAISON_RECOVERY_KEY", _recovery_key(out))
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "passphrase")
    assert cli("recover").code == 2
    assert snapshot(profile_dir) == before


def test_a_wrong_passphrase_exits_3_and_changes_nothing(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.init()
    cli.ok("org", "add", "--name", "OCHA")
    before = snapshot(profile_dir)
    monkeypatch.setenv("LIAISON_PASSPHRASE", "wrong wrong wrong")
    for argv in (
        ["org", "list"],
        ["org", "add", "--name", "x"],
        ["dump"],
        ["passphrase", "change"],
    ):
        result = cli(*argv)
        assert (result.code, result.err, result.out) == (3, "liaison: wrong passphrase\n", "")
    after = snapshot(profile_dir)
    after.pop(unlock_attempts.ATTEMPTS_NAME)  # the one thing a wrong passphrase writes: its count
    assert after == before


def test_passphrase_change_takes_the_new_one_from_the_environment(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.init()
    org = cli.ok("org", "add", "--name", "OCHA")
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "the new passphrase")
    cli.ok("passphrase", "change")
    assert cli("org", "list").code == 3
    monkeypatch.setenv("LIAISON_PASSPHRASE", "the new passphrase")
    assert org[:8] in cli.ok("org", "list")


def test_recover_sets_a_new_passphrase_with_the_recovery_key(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = cli.ok("init", "--name", "x", "--device", "y", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    monkeypatch.setenv("LIAISON_RECOVERY_KEY", _recovery_key(out).lower())
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "found it again")
    cli.ok("recover")
    monkeypatch.setenv("LIAISON_PASSPHRASE", "found it again")
    cli.ok("org", "list")


def test_a_wrong_recovery_key_exits_3(cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.init()
    before = snapshot(profile_dir)
    monkeypatch.setenv("LIAISON_RECOVERY_KEY", "0000-0000-0000-0000-0000-0000-0000-0000")
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", "irrelevant phrase")
    assert cli("recover").code == 3
    assert snapshot(profile_dir) == before


def test_no_profile_is_a_clear_error(cli: Cli) -> None:
    result = cli("org", "list")
    assert result.code == 1 and "no profile" in result.err and "liaison init" in result.err


def test_sensitivity_levels_can_be_set(cli: Cli) -> None:
    cli.init()
    cli.ok("settings", "set", "sensitivity_levels", "NATO UNCLASSIFIED,NATO RESTRICTED")
    cli.ok("settings", "set", "default_sensitivity", "NATO RESTRICTED")
    assert json.loads(cli.ok("settings", "show", "--json"))["sensitivity_levels"] == [
        "NATO UNCLASSIFIED",
        "NATO RESTRICTED",
    ]
    contact = cli.ok("contact", "add", "--name", "x")
    assert json.loads(cli.ok("contact", "show", contact, "--json"))["sensitivity"] == "NATO RESTRICTED"
    assert cli("contact", "add", "--name", "y", "--sensitivity", "SECRET").code == 2


def _liaison(
    profile_dir: Path, *argv: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "liaison_app.cli", "--profile", str(profile_dir), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def test_the_installed_command_keeps_the_exit_codes_and_prints_no_traceback(
    profile_dir: Path,
) -> None:
    init = _liaison(
        profile_dir,
        "init",
        "--name",
        "x",
        "--device",
        "y",
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
        LIAISON_PASSPHRASE=PASSPHRASE,
    )
    assert init.returncode == 0, init.stderr
    wrong = _liaison(profile_dir, "org", "list", LIAISON_PASSPHRASE="nope nope")
    assert (wrong.returncode, wrong.stderr) == (3, "liaison: wrong passphrase\n")
    missing = _liaison(profile_dir, "org", "show", "ffffffff", LIAISON_PASSPHRASE=PASSPHRASE)
    assert missing.returncode == 5 and "Traceback" not in missing.stderr
    usage = _liaison(profile_dir, "meeting", "add", "--title", "t", LIAISON_PASSPHRASE=PASSPHRASE)
    assert usage.returncode == 2


def test_without_the_environment_the_passphrase_is_read_from_the_prompt(profile_dir: Path) -> None:
    init = _liaison(
        profile_dir,
        "init",
        "--name",
        "x",
        "--device",
        "y",
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert init.returncode == 0, init.stderr
    assert PASSPHRASE not in init.stdout
    listed = _liaison(profile_dir, "org", "list", stdin=f"{PASSPHRASE}\n")
    assert listed.returncode == 0, listed.stderr
    mismatch = _liaison(
        profile_dir.parent / "other",
        "init",
        "--name",
        "x",
        "--device",
        "y",
        stdin=f"{DICEWARE}\n{DICEWARE}s\n",
    )
    assert mismatch.returncode == 2 and "differ" in mismatch.stderr
    weak = _liaison(
        profile_dir.parent / "weak", "init", "--name", "x", "--device", "y", stdin="Password123!\n"
    )
    # Refused before the second prompt: the officer does not type a weak one twice.
    assert weak.returncode == 2 and "too easy to guess" in weak.stderr and "Repeat" not in weak.stderr


def test_version_prints_the_installed_release(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out == f"liaison {importlib.metadata.version('liaison')}\n"
    assert result.out == f"liaison {liaison_app.__version__}\n"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("auto_lock_minutes", "99999"),  # 0.1.0 stored it: the settings screen refuses it
        ("auto_lock_minutes", "-5"),
        ("exchange_folder", "usb/exchange"),
        ("default_sensitivity", "COSMIC TOP SECRET"),
        ("sensitivity_levels", "OPEN,open"),
        ("sensitivity_levels", ","),
    ],
)
def test_given_a_value_the_settings_screen_refuses_when_set_on_the_cli_then_exit_2_and_nothing_stored(
    cli: Cli, key: str, value: str
) -> None:
    cli.init()
    before = cli.ok("settings", "show", "--json")
    result = cli("settings", "set", key, value)
    assert result.code == 2 and result.err.startswith(f"liaison: {key}: ") and result.err.count("\n") == 1
    assert cli.ok("settings", "show", "--json") == before


def test_given_levels_without_the_default_the_cli_says_where_the_default_went(cli: Cli) -> None:
    cli.init()
    out = cli.ok("settings", "set", "sensitivity_levels", "OPEN,RESTRICTED")
    assert out == "default_sensitivity: OPEN"
    assert json.loads(cli.ok("settings", "show", "--json"))["default_sensitivity"] == "OPEN"


def _broken_migration(conn: Connection) -> None:
    raise RuntimeError("a bug in the migration")


def test_given_a_failing_migration_then_the_cli_says_so_in_one_line_and_the_profile_opens_after(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.init()
    cli.ok("org", "add", "--name", "Relief of the Sahel")
    before = migrations.SCHEMA_VERSION
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, _broken_migration])
        patch.setattr(migrations, "SCHEMA_VERSION", before + 1)
        failed = cli("org", "list")
    assert failed.code == 1 and failed.out == ""
    assert failed.err == (
        f"liaison: upgrading the profile from schema {before} to {before + 1} failed;"
        " it was restored and is unchanged\n"
    )
    assert "Relief of the Sahel" in cli.ok("org", "list")


def test_given_a_profile_newer_than_the_app_then_the_cli_refuses_in_one_line(
    cli: Cli, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.init()
    supported = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", supported - 1)
    refused = cli("org", "list")
    assert refused.code == 1
    assert refused.err.count("\n") == 1
    assert f"newer Liaison (schema {supported}, this app reads up to {supported - 1})" in refused.err
