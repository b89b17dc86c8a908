"""`liaison KIND add|edit ... --scope local|hq|mission`: the sharing scope on the command line."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


def _scope(ready: Cli, kind: str, record_id: str) -> str:
    return str(json.loads(ready.ok(kind, "show", record_id, "--json"))["scope"])


@pytest.mark.parametrize(
    ("kind", "required"),
    [
        ("org", ["--name", "UNHCR"]),
        ("contact", ["--name", "Jean Mukendi"]),
        ("meeting", ["--title", "Convoy", "--start", "2026-11-20T10:00+01:00"]),
        ("action", ["--title", "Recce the route"]),
    ],
)
def test_given_each_scope_then_add_and_edit_set_it_and_show_prints_it(
    ready: Cli, kind: str, required: list[str]
) -> None:
    record = ready.ok(kind, "add", *required, "--scope", "hq")
    assert _scope(ready, kind, record) == "hq"
    ready.ok(kind, "edit", record, "--scope", "local")
    assert _scope(ready, kind, record) == "local"
    ready.ok(kind, "edit", record, "--scope", "mission")
    assert _scope(ready, kind, record) == "mission"
    assert "scope" in ready.ok(kind, "show", record)


def test_given_a_new_record_without_scope_then_it_is_mission_and_the_dump_leaves_the_fields_out(
    ready: Cli,
) -> None:
    org = ready.ok("org", "add", "--name", "UNHCR")
    assert _scope(ready, "org", org) == "mission"
    (item,) = json.loads(ready.ok("dump"))["organizations"]
    assert "sharing" not in item and "do_not_share" not in item


def test_given_an_unknown_scope_then_the_edit_is_refused_with_exit_2_and_nothing_changes(ready: Cli) -> None:
    org = ready.ok("org", "add", "--name", "UNHCR", "--scope", "hq")
    result = ready("org", "edit", org, "--scope", "everyone")
    assert result.code == 2 and "scope" in result.err and "Traceback" not in result.err
    assert _scope(ready, "org", org) == "hq"


def test_areas_have_no_scope(ready: Cli) -> None:
    result = ready("area", "add", "--name", "North Kivu", "--scope", "hq")
    assert result.code == 2
