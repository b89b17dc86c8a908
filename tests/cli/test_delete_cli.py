"""`liaison KIND delete ID` says what still refers to the record and how to bring it back."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_given_contacts_and_a_meeting_naming_an_org_when_it_is_deleted_then_stderr_names_them(
    ready: Cli,
) -> None:
    org = ready.ok("org", "add", "--name", "World Food Programme")
    ready.ok("contact", "add", "--name", "Jean Mukendi", "--org", org)
    ready.ok("contact", "add", "--name", "Amina Haddad", "--org", org)
    start = "2026-11-20T10:00+01:00"
    ready.ok("meeting", "add", "--title", "Convoy planning", "--start", start, "--org", org)

    result = ready("org", "delete", org[:8])

    assert result.code == 0 and result.out.strip() == org  # stdout still the id alone
    lines = result.err.splitlines()
    assert lines[0] == "liaison: still referred to by 2 contacts, 1 meeting:"
    assert sorted(line.split("  ")[2] for line in lines[1:4]) == [
        "Amina Haddad",
        "Convoy planning",
        "Jean Mukendi",
    ]
    assert "(Organization)" in result.err and "(Organizations)" in result.err  # field labels
    assert lines[-1] == f"liaison: in the trash; `liaison org restore {org[:8]}` brings it back"


def test_given_nothing_refers_to_a_record_when_deleted_then_only_the_way_back_is_said(ready: Cli) -> None:
    org = ready.ok("org", "add", "--name", "Red Crescent")
    result = ready("org", "delete", org)
    assert result.code == 0
    assert result.err == f"liaison: in the trash; `liaison org restore {org[:8]}` brings it back\n"
    assert ready.ok("org", "restore", org[:8]) == org  # the command it names works


def test_delete_json_gives_the_id_the_referrers_and_the_restore_command(ready: Cli) -> None:
    meeting = ready.ok("meeting", "add", "--title", "Convoy planning", "--start", "2026-11-20T10:00+01:00")
    action = ready.ok("action", "add", "--title", "Recce the route", "--meeting", meeting)

    document = json.loads(ready.ok("meeting", "delete", meeting, "--json"))

    assert document == {
        "id": meeting,
        "kind": "meeting",
        "referred_by": {
            "total": 1,
            "counts": {"action": 1},
            "sample": [{"kind": "action", "id": action, "title": "Recce the route", "field": "meeting_id"}],
        },
        "restore": ["liaison", "meeting", "restore", meeting],
    }


def test_deleting_an_unknown_id_exits_5_and_warns_of_nothing(ready: Cli) -> None:
    result = ready("contact", "delete", "0000aaaa")
    assert result.code == 5
    assert "restore" not in result.err and "referred" not in result.err
