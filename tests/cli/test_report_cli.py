"""`liaison report meeting ID | weekly --from D --to D [--officer ID] | actions | handover -o FILE.pdf`:
each writes one marked PDF where asked and nothing else; bad input is one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app import profile
from tests.conftest import PASSPHRASE, Cli
from tests.liaison_app.reports import catalogue, world
from tests.liaison_app.reports.pdf_text import assert_marked, pages


@pytest.fixture
def mission(cli: Cli) -> world.World:
    cli.init()
    with profile.unlock(cli.directory, PASSPHRASE) as store:
        return world.build(store)


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_report_meeting_writes_the_pdf_and_nothing_else(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    said = cli.ok(
        "report", "meeting", mission.meeting[:8], "-o", str(out / "meeting.pdf"), "--redact", "full"
    )
    assert said.startswith(f"Report written: {out / 'meeting.pdf'}")
    assert _files(out) == {"meeting.pdf"}
    text = "\n".join(assert_marked((out / "meeting.pdf").read_bytes(), "CONFIDENTIAL"))
    assert world.FRENCH in text


def test_report_weekly_takes_dates_as_people_type_them_and_an_officer(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    target = tmp_path / "week.pdf"
    first = world.WEEK_FIRST.strftime("%d.%m.%Y")
    cli.ok(
        "report",
        "weekly",
        "--from",
        first,
        "--to",
        "today",
        "--officer",
        "maj. anna berg",
        "-o",
        str(target),
        "--redact",
        "full",
    )
    text = "\n".join(assert_marked(target.read_bytes(), "STRICTLY CONFIDENTIAL"))
    assert "Maj. Anna Berg" in text and "Market reopens Monday" in text


def test_report_weekly_names_an_officer_by_device_id_prefix(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    with profile.unlock(cli.directory, PASSPHRASE) as store:
        device = store.author.device_id
    target = tmp_path / "week.pdf"
    cli.ok(
        "report",
        "weekly",
        "--from",
        world.day(-6),
        "--to",
        world.day(0),
        "--officer",
        device[:6],
        "-o",
        str(target),
        "--redact",
        "full",
    )
    assert "Maj. Anna Berg" in "\n".join(assert_marked(target.read_bytes(), "STRICTLY CONFIDENTIAL"))


def test_report_actions_and_handover_write_marked_pdfs(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    cli.ok("report", "actions", "-o", str(tmp_path / "actions.pdf"), "--redact", "full")
    cli.ok("report", "handover", "-o", str(tmp_path / "handover.pdf"), "--redact", "full")
    assert "Action register" in assert_marked((tmp_path / "actions.pdf").read_bytes(), "CONFIDENTIAL")[0]
    assert (
        "Rotation handover pack" in assert_marked((tmp_path / "handover.pdf").read_bytes(), "CONFIDENTIAL")[0]
    )


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["report", "weekly", "--from", "2026-12-08", "--to", "2026-12-01"], 2),
        (["report", "weekly", "--from", "someday", "--to", "2026-12-01"], 2),
        (["report", "weekly", "--from", "2026-12-01", "--to", "2026-12-07", "--officer", "Nobody Known"], 2),
        (["report", "meeting", "00000000-no-such-meeting"], 5),
        (["report", "actions"], 2),  # -o is required
    ],
)
def test_bad_input_is_one_line_with_its_exit_code_and_writes_nothing(
    cli: Cli, mission: world.World, tmp_path: Path, argv: list[str], code: int
) -> None:
    target = tmp_path / "report.pdf"
    result = cli(*argv, *(["-o", str(target)] if argv != ["report", "actions"] else []))
    assert result.code == code, result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert not target.exists() and _files(tmp_path) <= {"profile"}


def test_an_unwritable_place_is_one_line_and_leaves_no_partial_file(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    result = cli("report", "actions", "-o", str(tmp_path / "missing" / "actions.pdf"))
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert _files(tmp_path) == {"profile"}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return catalogue.build(catalogue.ENTRIES, tmp_path_factory.mktemp("catalogues"))


def test_report_meeting_lang_ar_writes_the_report_in_arabic(
    cli: Cli, mission: world.World, tmp_path: Path, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.pdf"
    with catalogue.reading(catalogues, monkeypatch, tmp_path / "config"):
        cli.ok("report", "meeting", mission.meeting, "--lang", "ar", "-o", str(target), "--redact", "full")
        cli.ok("report", "actions", "--lang", "FR", "-o", str(tmp_path / "actions.pdf"))
    text = "\n".join(pages(target.read_bytes()))
    assert "المشاركون" in text and "سري" in text
    assert "Meeting / liaison report" not in text
    assert "Page 1 sur" in pages((tmp_path / "actions.pdf").read_bytes())[0]


def test_report_lang_of_a_language_liaison_does_not_speak_is_one_line_exit_2(
    cli: Cli, mission: world.World, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    result = cli("report", "meeting", mission.meeting, "--lang", "xx", "-o", str(target))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert "en, fr, ar" in result.err
    assert not target.exists()
