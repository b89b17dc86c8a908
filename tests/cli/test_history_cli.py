"""`liaison KIND history ID [--json]`: the command-line contract of a record's history."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


def test_given_an_edited_contact_then_history_json_lists_field_old_new_when_officer_and_device(
    ready: Cli,
) -> None:
    contact = ready.ok("contact", "add", "--name", "Jean Mukendi", "--phone", "+243 81 000 0000")
    ready.ok("contact", "edit", contact, "--position", "Mayor")
    found = json.loads(ready.ok("contact", "history", contact, "--json"))
    assert (found["kind"], found["id"]) == ("contact", contact)
    last = found["history"][-1]
    assert (last["field"], last["old"], last["new"]) == ("position", None, "Mayor")
    assert last["officer"] == "Maj. Anna Berg" and last["device"] == "toughbook-1"
    assert last["at"].endswith("Z") and last["device_id"]
    assert {"field", "old", "new", "at", "officer", "device", "device_id"} <= set(last)


def test_given_an_edited_org_then_plain_history_prints_one_line_per_change(ready: Cli) -> None:
    org = ready.ok("org", "add", "--name", "UNHCR")
    ready.ok("org", "edit", org, "--acronym", "HCR")
    lines = ready.ok("org", "history", org).splitlines()
    assert lines[0].endswith("name: - -> UNHCR")  # the record as created, field by field
    assert lines[-1].endswith("acronym: - -> HCR") and "Maj. Anna Berg (toughbook-1)" in lines[-1]


@pytest.mark.parametrize("kind", ["org", "contact", "meeting", "action", "area"])
def test_given_no_such_record_then_history_exits_5_with_one_line(ready: Cli, kind: str) -> None:
    result = ready(kind, "history", "no-such-id")
    assert result.code == 5
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
