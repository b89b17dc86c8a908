"""`liaison KIND purge ID [--reason T]` and `liaison purge log [--json] [-o FILE.csv]`: the
contract's shapes and exit codes; bare `liaison purge` still removes acknowledged tombstones."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import Cli


def test_given_a_contact_when_purged_then_it_is_gone_and_the_log_json_has_the_contract_shape(
    ready: Cli,
) -> None:
    person = ready.ok("contact", "add", "--name", "Amina Diallo")

    said = ready.ok("contact", "purge", person, "--reason", "subject asked")

    assert said.startswith(f"purged contact {person} for good")
    assert ready("contact", "show", person).code == 5
    log = json.loads(ready.ok("purge", "log", "--json"))
    (entry,) = log["purged"]
    assert set(log) == {"purged"}
    assert {k: entry[k] for k in ("kind", "id", "officer", "reason")} == {
        "kind": "contact",
        "id": person,
        "officer": "Maj. Anna Berg",
        "reason": "subject asked",
    }
    assert {"purged_at", "device"} <= set(entry)


@pytest.mark.parametrize("kind", ["org", "meeting", "action", "area"])
def test_given_each_kind_when_purged_from_the_cli_then_the_verb_exists(ready: Cli, kind: str) -> None:
    flags = {
        "org": ("--name", "Water Board"),
        "meeting": ("--title", "Convoy", "--start", "2026-11-20T10:00Z"),
        "action": ("--title", "Call back"),
        "area": ("--name", "North", "--level", "adm1"),
    }[kind]
    record = ready.ok(kind, "add", *flags)

    ready.ok(kind, "purge", record)

    assert json.loads(ready.ok("purge", "log", "--json"))["purged"][0]["kind"] == kind


def test_given_the_log_when_written_as_csv_then_a_header_and_one_row_per_purge(
    ready: Cli, tmp_path: Path
) -> None:
    person = ready.ok("contact", "add", "--name", "Amina Diallo")
    ready.ok("contact", "purge", person)
    out = tmp_path / "certificate.csv"

    ready.ok("purge", "log", "-o", str(out))

    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["kind", "id", "purged_at", "officer", "device", "reason", "origin"]
    assert [r[:2] for r in rows[1:]] == [["contact", person]]


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("contact", "purge", "0000dead"), 5),
        (("contact", "purge", "{p}", "--reason", "x" * 501), 2),
        (("org", "purge", "{p}"), 5),  # a contact's id is no organization's
    ],
)
def test_given_bad_input_when_purging_then_one_line_error_and_nothing_purged(
    ready: Cli, argv: tuple[str, ...], code: int
) -> None:
    person = ready.ok("contact", "add", "--name", "Amina Diallo")

    result = ready(*(a.replace("{p}", person) for a in argv))

    assert result.code == code and len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert json.loads(ready.ok("purge", "log", "--json")) == {"purged": []}
    assert ready("contact", "show", person).code == 0


def test_given_bare_purge_then_tombstones_are_housekept_as_before(ready: Cli) -> None:
    assert ready.ok("purge").endswith("purged")
    assert ready.ok("purge", "log") == "nothing purged"
