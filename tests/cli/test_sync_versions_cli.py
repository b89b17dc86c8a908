"""`liaison sync import | folder` with a bundle only a newer Liaison reads: its own status
line and exit code 6 ("held for a newer release"); a refusal among the files still wins (4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison_app.services import records
from sync import protocol
from tests.conftest import Cli, Factory
from tests.sync.conftest import introduce
from tests.sync.support import PASSPHRASE
from tests.sync.test_refusals import handmade_bundle
from tests.sync.test_versions import NEWER, own_items

HELD = 6


@pytest.fixture
def scene(device: Factory, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Path]:
    """HQ's command line, and a bundle to HQ written by "0.3.0"."""
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "Oxfam"})
    path = handmade_bundle(hq.directory.parent / "from-0.3.0.liaison", anna, hq, own_items(anna), NEWER)
    cli = Cli(hq.directory, monkeypatch)
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return cli, path


def test_given_a_bundle_from_a_newer_release_when_imported_then_it_is_held_with_exit_6(
    scene: tuple[Cli, Path],
) -> None:
    cli, path = scene
    result = cli("sync", "import", str(path))
    assert result.code == HELD
    assert result.out.strip() == f"{path}: held, written by a newer Liaison (0.3.0): upgrade to read it"

    listed = json.loads(cli("sync", "import", str(path), "--json").out)
    assert [(i["held"], i["written_by"], i["applied"]) for i in listed] == [(True, "0.3.0", 0)]
    assert json.loads(cli.ok("sync", "status", "--json"))["held"] == 1


def test_given_a_held_and_a_refused_file_then_the_refusal_decides_the_exit_code(
    scene: tuple[Cli, Path],
) -> None:
    cli, path = scene
    junk = path.with_name("junk.liaison")
    junk.write_bytes(b"not a bundle")
    assert cli("sync", "import", str(path), str(junk)).code == 4


def test_given_a_folder_with_a_bundle_from_a_newer_release_then_folder_sync_exits_6(
    scene: tuple[Cli, Path],
) -> None:
    cli, path = scene
    folder = path.parent / "stick"
    folder.mkdir()
    path.rename(folder / path.name)
    result = cli("sync", "folder", str(folder))
    assert result.code == HELD
    assert f"held {folder / path.name}: written by a newer Liaison (0.3.0)" in result.out


def test_given_a_held_file_refused_after_an_upgrade_then_the_command_still_succeeds(
    scene: tuple[Cli, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, path = scene
    cli("sync", "import", str(path))
    cli.ok("peer", "revoke", json.loads(cli.ok("peer", "list", "--json"))[0]["device_id"])
    monkeypatch.setattr(protocol, "PROTOCOL", 3)

    # Nothing is retried by other commands: only imports and folder exchanges (and unlock).
    assert json.loads(cli.ok("sync", "status", "--json"))["held"] == 1
    folder = path.parent / "empty-stick"
    folder.mkdir()
    result = cli("sync", "folder", str(folder))
    assert result.code == 0, result.err
    assert "held earlier, refused now: " in result.out and "revoked" in result.out
    assert json.loads(cli.ok("sync", "status", "--json"))["held"] == 0
