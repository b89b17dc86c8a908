"""`liaison backup` and `liaison restore`: one line on every refusal, nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, Cli, snapshot

NEW_PASSPHRASE = "tundra mosaic kettle orbit lantern"


@pytest.fixture
def filled(cli: Cli) -> Cli:
    cli.init()
    org = cli.ok("org", "add", "--name", "World Food Programme", "--acronym", "WFP")
    cli.ok("contact", "add", "--name", "Jean Mukendi", "--org", org)
    return cli


def test_given_a_profile_when_backed_up_and_restored_then_the_dump_is_identical(
    filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = filled.ok("backup", "-o", str(tmp_path / "anna.liaisonbackup"))
    assert "verified" in out and "2 records" in out
    restored = Cli(tmp_path / "laptop-2", monkeypatch)
    out = restored.ok("restore", str(tmp_path / "anna.liaisonbackup"), "--json")
    assert json.loads(out)["records"] == 2
    assert restored.ok("dump") == filled.ok("dump")


def test_given_restore_with_profile_after_the_file_then_that_folder_is_used(
    filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.ok("backup", "-o", str(tmp_path / "b.liaisonbackup"))
    other = Cli(tmp_path / "unused", monkeypatch)
    out = other.ok("restore", str(tmp_path / "b.liaisonbackup"), "--profile", str(tmp_path / "given"))
    assert "identity card" in out
    assert (tmp_path / "given" / "keys.json").is_file() and not (tmp_path / "unused").exists()


def test_given_the_recovery_key_when_restoring_then_a_new_passphrase_is_set(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = cli.ok(
        "init", "--name", "Lt. Moss", "--device", "tb", "--kdf-memory-mib", "8", "--kdf-iterations", "1"
    )
    recovery_key = out.splitlines()[-1].strip()
    cli.ok("org", "add", "--name", "UNHCR")
    cli.ok("backup", "-o", str(tmp_path / "moss.liaisonbackup"))
    restored = Cli(tmp_path / "laptop-2", monkeypatch)
    monkeypatch.setenv("LIAISON_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("LIAISON_NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("LIAISON_PASSPHRASE", "not asked for")
    restored.ok("restore", str(tmp_path / "moss.liaisonbackup"), "--recovery-key")
    monkeypatch.setenv("LIAISON_PASSPHRASE", NEW_PASSPHRASE)
    assert "UNHCR" in restored.ok("dump")


def test_given_bad_inputs_then_each_refusal_is_one_line_and_nothing_is_created(
    filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.liaisonbackup"
    filled.ok("backup", "-o", str(good))
    truncated = tmp_path / "truncated.liaisonbackup"
    truncated.write_bytes(good.read_bytes()[:-100])
    foreign = tmp_path / "foreign.liaisonbackup"
    foreign.write_text("not a backup")
    target = Cli(tmp_path / "laptop-2", monkeypatch)
    cases = [
        (("restore", str(truncated)), 1, "damaged"),
        (("restore", str(foreign)), 1, "not a Liaison backup"),
        (("restore", str(tmp_path / "missing.liaisonbackup")), 1, "not a readable file"),
        (("restore", str(filled.directory)), 1, "not a readable file"),
    ]
    for argv, code, words in cases:
        result = target(*argv)
        assert (result.code, result.out) == (code, ""), argv
        assert result.err.count("\n") == 1 and words in result.err, result.err
    monkeypatch.setenv("LIAISON_PASSPHRASE", "wrong passphrase")
    result = target("restore", str(good))
    assert result.code == 3 and result.err.count("\n") == 1
    assert not (tmp_path / "laptop-2").exists()


def test_given_an_existing_profile_then_restore_needs_force(
    filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.ok("backup", "-o", str(tmp_path / "b.liaisonbackup"))
    filled.ok("org", "add", "--name", "Written after the backup")
    before = snapshot(filled.directory)
    result = filled("restore", str(tmp_path / "b.liaisonbackup"))
    assert result.code == 1 and "--force" in result.err and result.err.count("\n") == 1
    assert snapshot(filled.directory) == before
    filled.ok("restore", str(tmp_path / "b.liaisonbackup"), "--force")
    assert "Written after the backup" not in filled.ok("dump")


def test_given_an_automatic_folder_then_backup_auto_keeps_the_last_n(filled: Cli, tmp_path: Path) -> None:
    result = filled("backup", "--auto")
    assert result.code == 2 and "--auto-folder" in result.err
    assert filled("backup", "--auto-folder", "relative").code == 2
    folder = tmp_path / "stick"
    filled.ok("backup", "--auto-folder", str(folder), "--auto-keep", "2")
    for _ in range(3):
        filled.ok("backup", "--auto")
    assert len(list(folder.iterdir())) == 2


def test_given_a_backup_then_the_passphrase_never_appears_in_the_file(filled: Cli, tmp_path: Path) -> None:
    filled.ok("backup", "-o", str(tmp_path / "b.liaisonbackup"))
    data = (tmp_path / "b.liaisonbackup").read_bytes()
    assert PASSPHRASE.encode() not in data and b"Mukendi" not in data
