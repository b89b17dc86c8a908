"""`liaison org export`, `calendar export`, `export json` and `import json` as the issue's
contract words them: files written where asked, plaintext said in --help, a bad import one
line with exit 2 and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli


def _seed(cli: Cli) -> dict[str, str]:
    org = cli.ok(
        "org",
        "add",
        "--name",
        "World Food Programme",
        "--acronym",
        "WFP",
        "--type",
        "un-agency",
        "--sector",
        "Logistics",
    )
    contact = cli.ok("contact", "add", "--name", "Jean Mukendi", "--org", org, "--do-not-share")
    meeting = cli.ok(
        "meeting",
        "add",
        "--title",
        "Convoy planning",
        "--start",
        "2026-11-20T10:00+01:00",
        "--org",
        org,
        "--attendee",
        contact,
    )
    action = cli.ok(
        "action", "add", "--title", "Recce the route", "--due", "2026-11-27", "--meeting", meeting
    )
    return {"org": org, "contact": contact, "meeting": meeting, "action": action}


def test_org_export_writes_the_3w_with_its_hashtag_row(ready: Cli, tmp_path: Path) -> None:
    _seed(ready)
    out = ready.ok("org", "export", "--format", "hxl", "-o", str(tmp_path / "3w.csv"))
    assert out == f"3W written: {tmp_path / '3w.csv'} (1 rows)."
    lines = (tmp_path / "3w.csv").read_text().splitlines()
    assert lines[1].startswith("#org+name,#org+acronym,#org+type,")
    assert lines[2].startswith("World Food Programme,WFP,UN agency,,Logistics,")


def test_calendar_export_leaves_do_not_share_out_unless_included(ready: Cli, tmp_path: Path) -> None:
    ids = _seed(ready)
    ready.ok("calendar", "export", "--redact", "full", "-o", str(tmp_path / "c.ics"))
    text = (tmp_path / "c.ics").read_text()
    assert f"UID:{ids['meeting']}@liaison" in text and f"UID:{ids['action']}@liaison" in text
    assert "Jean Mukendi" not in text
    ready.ok(
        "calendar", "export", "--redact", "full", "--include-do-not-share", "-o", str(tmp_path / "all.ics")
    )
    assert "Jean Mukendi" in (tmp_path / "all.ics").read_text()


def test_export_json_then_import_json_into_another_profile_gives_the_same_dump(
    ready: Cli, tmp_path: Path
) -> None:
    _seed(ready)
    path = tmp_path / "p.json"
    ready.ok("export", "json", "--redact", "full", "--include-do-not-share", "-o", str(path))
    other = Cli(tmp_path / "other", ready.monkeypatch)
    other.init()
    assert other.ok("import", "json", str(path)).startswith("Imported 4 records")
    assert other.ok("dump") == ready.ok("dump")
    again = json.loads(other.ok("import", "json", str(path), "--json"))
    assert again["imported"] == {}
    assert {s["reason"] for s in again["skipped"]} == {"unchanged"}


def test_import_json_of_a_bad_file_is_one_line_exit_2_and_changes_nothing(ready: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "something-else/1"}')
    before = ready.ok("dump")
    result = ready("import", "json", str(path))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "not a Liaison dump" in result.err
    assert ready.ok("dump") == before


def test_each_export_says_in_its_help_that_the_file_is_plaintext(ready: Cli) -> None:
    for argv in (("org", "export"), ("calendar", "export"), ("export", "json")):
        result = ready(*argv, "--help")
        assert result.code == 0
        assert "NOT encrypted" in " ".join(result.out.split()), argv
        assert "--include-do-not-share" in result.out
