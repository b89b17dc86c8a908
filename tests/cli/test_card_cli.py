"""`liaison contact import|export` and `liaison org import`: one line per card and a summary
(or a JSON list), exit 0 when no card erred and 2 when some did; a bad --map imports nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.liaison_app.interop.cards import shared_card, vcf


def test_given_a_vcard_file_when_imported_then_each_card_has_a_line_and_the_summary_counts_them(
    ready: Cli, tmp_path: Path
) -> None:
    path = vcf(
        tmp_path / "three.vcf",
        "VERSION:3.0\nFN:Amadou Diallo\nORG:Croissant-Rouge Malien\nEMAIL:amadou@crm.example",
        "VERSION:3.0\nFN:Amadou Diallo\nEMAIL:amadou@crm.example",
        "VERSION:3.0\nEMAIL:nobody@example.org",
    )
    result = ready("contact", "import", str(path))
    assert result.code == 2  # the third card erred
    lines = result.out.strip().splitlines()
    assert (
        lines[0].startswith("card 1: Amadou Diallo: imported ")
        and "organization Croissant-Rouge Malien (created" in lines[0]
    )
    assert lines[1].startswith("card 2: Amadou Diallo: skipped, already here as ")
    assert lines[2] == "card 3: (no name): error: the card has no name (FN or N)"
    assert lines[3] == "1 imported, 1 skipped, 1 error(s), 1 organization(s) created"


def test_given_json_when_importing_then_each_card_is_an_entry_of_the_documented_shape(ready: Cli) -> None:
    result = ready("contact", "import", str(shared_card("gmail-list.vcf")), "--json")
    assert result.code == 0
    entries = json.loads(result.out)
    assert [e["card"] for e in entries] == [1, 2, 3]
    assert set(entries[0]) == {
        "card",
        "name",
        "status",
        "id",
        "duplicate_of",
        "reason",
        "message",
        "organization",
    }
    assert entries[0]["status"] == "imported" and entries[0]["name"] == "Arnold Smith"
    again = json.loads(ready.ok("contact", "import", str(shared_card("gmail-list.vcf")), "--json"))
    assert [(e["status"], e["duplicate_of"]) for e in again] == [("skipped", e["id"]) for e in entries]


def test_given_a_map_naming_an_unknown_field_when_importing_then_one_line_error_exit_2_and_nothing_imported(
    ready: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Mobile Phone\nAmadou Diallo,+223 70 00 00 01\n", encoding="utf-8")
    result = ready("contact", "import", str(path), "--map", "Name=nickname")
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "no field 'nickname'" in result.err
    assert json.loads(ready.ok("contact", "list", "--json")) == []


def test_given_contacts_when_exported_as_vcard_or_csv_then_the_file_is_written_and_reimports_as_skipped(
    ready: Cli, tmp_path: Path
) -> None:
    ready.ok("contact", "add", "--name", "Jean Mukendi", "--phone", "office=+243 81 000 0000")
    ready.ok("contact", "add", "--name", "Source Protected", "--do-not-share")
    for fmt, name in (("vcard", "out.vcf"), ("csv", "out.csv")):
        out = tmp_path / name
        assert ready.ok(
            "contact", "export", "--format", fmt, "--vcard-version", "4.0", "--redact", "full", "-o", str(out)
        ) == (f"wrote 1 contact(s) to {out}")
        assert "Source Protected" not in out.read_text(encoding="utf-8-sig")
        assert ready.ok("contact", "import", str(out)).splitlines()[-1] == "0 imported, 1 skipped, 0 error(s)"
    assert "wrote 2 contact(s)" in ready.ok(
        "contact",
        "export",
        "--format",
        "csv",
        "--redact",
        "full",
        "--include-do-not-share",
        "-o",
        str(tmp_path / "all.csv"),
    )


def test_given_an_organizations_csv_when_imported_then_each_row_has_a_line(
    ready: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text("Organization,Short name\nWorld Food Programme,WFP\n", encoding="utf-8")
    assert ready.ok("org", "import", str(path)).splitlines()[-1] == "1 imported, 0 skipped, 0 error(s)"
    result = ready("org", "import", str(path), "--json")
    (entry,) = json.loads(result.out)
    assert result.code == 0 and (entry["status"], entry["reason"]) == ("skipped", "SAME_NAME")


def test_given_a_file_that_is_neither_vcard_nor_csv_when_importing_then_it_is_refused(
    ready: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK")
    result = ready("contact", "import", str(path))
    assert result.code == 2 and "not a vCard (.vcf) or CSV (.csv) file" in result.err
