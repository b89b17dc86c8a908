"""`liaison org|contact|meeting|action`: the command-line contract for records."""

from __future__ import annotations

import json

import pytest

from liaison_app.kinds import Kind, spec
from tests.conftest import Cli


def _ids(ready: Cli) -> dict[str, str]:
    org = ready.ok(
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
        "--sector",
        "Food Security",
    )
    contact = ready.ok(
        "contact",
        "add",
        "--name",
        "Jean Mukendi",
        "--org",
        org,
        "--position",
        "Logistics Officer",
        "--phone",
        "office=+243 81 000 0000",
        "--email",
        "jean@wfp.example.org",
        "--tag",
        "convoys",
        "--language",
        "French",
        "--do-not-share",
    )
    meeting = ready.ok(
        "meeting",
        "add",
        "--title",
        "Convoy planning",
        "--start",
        "2026-11-20T10:00+01:00",
        "--end",
        "2026-11-20T11:00+01:00",
        "--type",
        "coordination-meeting",
        "--location",
        "Goma",
        "--grid",
        "35M QU 12345 67890",
        "--attendee",
        contact,
        "--org",
        org,
        "--purpose",
        "Plan the convoy",
        "--point",
        "decision:Use the northern route",
        "--point",
        "request:Escort from the battalion",
        "--assessment",
        "Cooperative",
    )
    action = ready.ok(
        "action",
        "add",
        "--title",
        "Recce the northern route",
        "--due",
        "2020-01-31",
        "--owner",
        "me",
        "--meeting",
        meeting,
        "--priority",
        "high",
    )
    return {"org": org, "contact": contact, "meeting": meeting, "action": action}


def test_every_add_prints_the_new_id_alone(ready: Cli) -> None:
    ids = _ids(ready)
    for value in ids.values():
        assert len(value) == 36 and "\n" not in value


def test_show_json_returns_every_field_given(ready: Cli) -> None:
    ids = _ids(ready)
    contact = json.loads(ready.ok("contact", "show", ids["contact"], "--json"))
    assert contact["organization_id"] == ids["org"]
    assert contact["contact_points"] == [
        {"kind": "phone", "label": "office", "value": "+243 81 000 0000"},
        {"kind": "email", "label": "", "value": "jean@wfp.example.org"},
    ]
    assert contact["do_not_share"] is True and contact["languages"] == ["French"]
    meeting = json.loads(ready.ok("meeting", "show", ids["meeting"], "--json"))
    assert meeting["attendee_ids"] == [ids["contact"]] and meeting["organization_ids"] == [ids["org"]]
    assert meeting["grid"] == "35MQU1234567890" and meeting["meeting_type"] == "coordination-meeting"
    assert meeting["points"][1] == {"kind": "request", "text": "Escort from the battalion"}
    action = json.loads(ready.ok("action", "show", ids["action"][:8], "--json"))
    assert (action["meeting_id"], action["owner"], action["priority"]) == (
        ids["meeting"],
        "me",
        "high",
    )


def test_show_without_json_is_readable_text(ready: Cli) -> None:
    ids = _ids(ready)
    text = ready.ok("meeting", "show", ids["meeting"])
    assert "DECISION: Use the northern route" in text and "Convoy planning" in text


def test_list_prints_a_table_or_json(ready: Cli) -> None:
    ids = _ids(ready)
    table = ready.ok("org", "list")
    assert table.splitlines()[0].split() == ["ID", "ACRONYM", "TYPE", "NAME"]
    assert ids["org"][:8] in table and "World Food Programme" in table
    listed = json.loads(ready.ok("contact", "list", "--json"))
    assert [c["id"] for c in listed] == [ids["contact"]]


def test_edit_changes_the_given_fields_only(ready: Cli) -> None:
    ids = _ids(ready)
    ready.ok(
        "contact",
        "edit",
        ids["contact"],
        "--position",
        "Head of Sub-Office",
        "--phone",
        "+243 99 111 1111",
        "--no-do-not-share",
    )
    contact = json.loads(ready.ok("contact", "show", ids["contact"], "--json"))
    assert contact["position"] == "Head of Sub-Office"
    assert contact["do_not_share"] is False
    # --phone replaced the phones and kept the email
    assert sorted(p["kind"] for p in contact["contact_points"]) == ["email", "phone"]
    assert contact["full_name"] == "Jean Mukendi"


def test_an_empty_value_clears_a_field(ready: Cli) -> None:
    ids = _ids(ready)
    ready.ok("action", "edit", ids["action"], "--due", "", "--meeting", "")
    action = json.loads(ready.ok("action", "show", ids["action"], "--json"))
    assert action["due"] is None and action["meeting_id"] is None
    ready.ok("contact", "edit", ids["contact"], "--tag", "")
    assert json.loads(ready.ok("contact", "show", ids["contact"], "--json"))["tags"] == []


def test_edit_without_flags_is_a_usage_error(ready: Cli) -> None:
    ids = _ids(ready)
    result = ready("org", "edit", ids["org"])
    assert result.code == 2 and "nothing to change" in result.err


def test_delete_hides_the_record_and_purge_removes_it(ready: Cli) -> None:
    ids = _ids(ready)
    assert ready.ok("action", "delete", ids["action"]) == ids["action"]
    assert json.loads(ready.ok("action", "list", "--json")) == []
    assert ready("action", "show", ids["action"]).code == 5
    assert "1 action" in ready.ok("purge")


def test_set_status_and_overdue(ready: Cli) -> None:
    ids = _ids(ready)
    overdue = json.loads(ready.ok("action", "list", "--overdue", "--json"))
    assert [a["id"] for a in overdue] == [ids["action"]]
    assert "(overdue)" in ready.ok("action", "list")
    ready.ok("action", "set-status", ids["action"], "done")
    assert json.loads(ready.ok("action", "list", "--overdue", "--json")) == []
    done = json.loads(ready.ok("action", "show", ids["action"], "--json"))
    assert done["status"] == "done" and done["completed_at"]
    assert ready("action", "set-status", ids["action"], "finished").code == 2


def test_search_finds_records_of_every_kind(ready: Cli) -> None:
    ids = _ids(ready)
    hits = json.loads(ready.ok("search", "northern", "--json"))
    assert {(h["kind"], h["id"]) for h in hits} == {
        ("meeting", ids["meeting"]),
        ("action", ids["action"]),
    }
    assert set(hits[0]) == {"kind", "id", "title", "snippet", "rank"}
    assert "Jean Mukendi" in ready.ok("search", "mukendi")
    assert json.loads(ready.ok("search", "nothing-like-this", "--json")) == []


def test_dump_prints_the_canonical_document(ready: Cli) -> None:
    ids = _ids(ready)
    document = json.loads(ready.ok("dump"))
    assert document["format"] == "liaison-dump/1"
    assert document["meetings"][0]["id"] == ids["meeting"]
    assert ready.ok("dump") == ready.ok("dump")


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (
            ["meeting", "add", "--title", "x", "--start", "2026-13-01"],
            2,
            "start: '2026-13-01' is not an ISO-8601",
        ),
        (
            [
                "meeting",
                "add",
                "--title",
                "x",
                "--start",
                "2026-11-01T10:00Z",
                "--grid",
                "nonsense",
            ],
            2,
            "grid",
        ),
        (
            ["meeting", "add", "--title", "x", "--start", "2026-11-01T10:00Z", "--point", "x"],
            2,
            "KIND:TEXT",
        ),
        (["meeting", "add", "--title", "x"], 2, "--start"),
        (
            ["action", "add", "--title", "x", "--due", "next week"],
            2,
            "due: 'next week' is not a date",
        ),
        (["action", "add", "--title", "x", "--priority", "asap"], 2, "priority"),
        (
            ["action", "add", "--title", "x", "--owner", "nobody-known"],
            5,
            "no contact with id nobody-known",
        ),
        (["contact", "add", "--name", "x", "--email", "not-an-address"], 2, "not an email"),
        (["contact", "add", "--name", "x", "--org", "ffffffff"], 5, "no organization"),
        (["org", "add", "--name", "x", "--type", "club"], 2, "org_type"),
        (["org", "show", "00000000-0000-0000-0000-000000000000"], 5, "no organization"),
        (["contact", "edit", "abcdef12", "--position", "x"], 5, "no contact"),
        (["meeting", "delete", "abcdef12"], 5, "no meeting"),
        (["action", "frobnicate"], 2, "invalid choice"),
    ],
)
def test_bad_input_gets_one_line_and_the_contract_exit_code(
    ready: Cli, argv: list[str], code: int, message: str
) -> None:
    before = ready.ok("dump")
    result = ready(*argv)
    assert result.code == code, result.err
    assert message in result.err
    assert result.out == ""
    if code != 2 or "usage:" not in result.err:
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert ready.ok("dump") == before


@pytest.mark.parametrize("kind", list(Kind))
def test_every_registry_field_has_its_flags_on_add_and_edit(cli: Cli, kind: Kind) -> None:
    for verb in ("add", "edit"):
        usage = cli(kind.value, verb, "--help")
        assert usage.code == 0
        for field in spec(kind).fields:
            for flag in field.cli_flags():
                assert f"--{field.flag_name(flag)}" in usage.out, (kind, verb, field.name)
