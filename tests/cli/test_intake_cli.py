"""`liaison sync import DIR|FILE...` at HQ: a folder of three officers' bundles, one summary
line each; and `liaison sync log`, the intake log, the quietest officer first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.liaison_app import intake_world
from tests.liaison_app.intake_world import IntakeWorld
from tests.sync.support import PASSPHRASE


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> IntakeWorld:
    return intake_world.build(tmp_path_factory.mktemp("intake-cli"))


@pytest.fixture
def scene(built: IntakeWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Path]:
    with built.copy(tmp_path):
        pass  # copied; the CLI opens the HQ profile itself
    cli = Cli(tmp_path / "world" / "HQ", monkeypatch)
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return cli, tmp_path / "inbox"


def test_given_a_folder_from_three_officers_then_one_line_each_and_the_refused_file_on_stderr_exit_4(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    result = cli("sync", "import", str(inbox))

    assert result.code == 4
    anna, bert, carl = (built.device_ids[name][:10] for name in ("Anna", "Bert", "Carl"))
    assert result.out.splitlines() == [
        f"Anna ({anna}): 2 files, 2 applied, 0 already imported, 0 waiting for earlier bundles,"
        " 0 conflicts, 0 refused, 0 held (newer release)",
        f"Bert ({bert}): 2 files, 1 applied, 1 already imported, 0 waiting for earlier bundles,"
        " 0 conflicts, 0 refused, 0 held (newer release)",
        f"Carl ({carl}): 1 file, 1 applied, 0 already imported, 0 waiting for earlier bundles,"
        " 0 conflicts, 0 refused, 0 held (newer release)",
    ]
    assert result.err.count("\n") == 1 and f"{intake_world.FILES['carl-damaged']}: " in result.err


def test_given_a_folder_with_json_by_officer_then_officers_and_files_each_with_their_figures(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    result = cli("sync", "import", str(inbox), "--json", "--by-officer")

    assert result.code == 4
    data = json.loads(result.out)
    assert set(data) == {"officers", "files"}
    officers = {o["officer"]: o for o in data["officers"]}
    assert officers["Anna"]["device_id"] == built.device_ids["Anna"]
    assert (officers["Anna"]["applied"], officers["Anna"]["waiting"]) == (2, 0)
    assert (officers["Bert"]["already_imported"], officers["Bert"]["files"]) == (1, 2)
    unknown = officers[""]
    assert (unknown["device_id"], unknown["refused"], unknown["refused_total"]) == ("", {"truncated": 1}, 1)
    statuses = [(Path(f["file"]).name, f["status"]) for f in data["files"]]
    assert statuses[-1] == (intake_world.FILES["carl-damaged"], "refused")
    assert [s for _, s in statuses].count("imported") == 4


def test_given_a_folder_with_json_alone_then_the_list_of_files_as_since_0_1_0(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    result = cli("sync", "import", str(inbox), "--json")

    assert result.code == 4
    files = json.loads(result.out)
    assert isinstance(files, list)
    assert [f["status"] for f in files].count("imported") == 4
    assert {f["sender"] for f in files if f["status"] == "imported"} >= {built.device_ids["Anna"]}


def test_given_the_later_bundle_alone_then_its_officer_line_says_it_waits(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    line = cli.ok("sync", "import", str(built.file("anna-later", inbox)))
    assert ": 1 file, 0 applied, 0 already imported, 1 waiting for earlier bundles," in line
    line = cli.ok("sync", "import", str(built.file("anna-first", inbox)))
    assert ": 1 file, 2 applied, 0 already imported, 0 waiting for earlier bundles," in line


def test_given_an_empty_folder_then_it_says_so_and_exits_0(scene: tuple[Cli, Path], tmp_path: Path) -> None:
    cli, _inbox = scene
    (tmp_path / "empty").mkdir()
    assert cli.ok("sync", "import", str(tmp_path / "empty")) == "no bundles to import"


def test_given_an_intake_then_sync_log_lists_the_officer_never_heard_from_first(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    cli("sync", "import", str(inbox))

    lines = cli.ok("sync", "log").splitlines()
    assert lines[0].startswith("OFFICER") and "LAST HEARD  DAYS QUIET  LAST BUNDLE" in lines[0]
    assert lines[1].split()[:4] == ["Dana", built.device_ids["Dana"][:10], "never", "-"]
    listed = json.loads(cli.ok("sync", "log", "--json"))
    assert next(o["officer"] for o in listed) == "Dana"
    assert {o["officer"]: o["bundles"] for o in listed} == {"Dana": 0, "Anna": 2, "Bert": 1, "Carl": 1}
    assert all("received" not in o for o in listed)
    carl = next(o for o in listed if o["officer"] == "Carl")
    assert carl["days_quiet"] == 0 and carl["last_result"]["applied"] == 1


def test_given_one_officer_then_sync_log_lists_each_bundle_received_with_its_changesets(
    built: IntakeWorld, scene: tuple[Cli, Path]
) -> None:
    cli, inbox = scene
    cli("sync", "import", str(inbox))
    anna = built.device_ids["Anna"]

    shown = json.loads(cli.ok("sync", "log", "--officer", anna[:8], "--json"))
    assert shown["device_id"] == anna and shown["bundles"] == 2
    assert [(Path(r["file"]).name, r["changesets"]) for r in shown["received"]] == [
        (intake_world.FILES["anna-later"], 1),
        (intake_world.FILES["anna-first"], 1),
    ]
    text = cli.ok("sync", "log", "--officer", anna)
    assert text.splitlines()[0].startswith(f"Anna ({anna})") and intake_world.FILES["anna-first"] in text


def test_given_an_unknown_officer_then_sync_log_says_so_in_one_line_with_exit_5(
    scene: tuple[Cli, Path],
) -> None:
    cli, _inbox = scene
    result = cli("sync", "log", "--officer", "zzzzzzzz")
    assert result.code == 5 and result.err.count("\n") == 1 and result.out == ""
