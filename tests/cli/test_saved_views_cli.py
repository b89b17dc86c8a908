"""`liaison view list|save|rename|delete` and `liaison KIND list --view NAME` (README, CLI)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


def _ids(cli: Cli, *argv: str) -> list[str]:
    return [r["id"] for r in json.loads(cli.ok(*argv, "--json"))]


def test_given_a_saved_view_then_list_view_lists_through_it_and_flags_add_to_it(ready: Cli) -> None:
    east = ready.ok("area", "add", "--name", "Sector East", "--pcode", "XE01")
    convoy = ready.ok("meeting", "add", "--title", "Convoy", "--start", "today 10:00", "--area", east)
    old = ready.ok("meeting", "add", "--title", "Old", "--start", "2020-01-02T10:00Z", "--area", "XE01")
    ready.ok("meeting", "add", "--title", "Elsewhere", "--start", "today 11:00")

    kept = json.loads(
        ready.ok(
            "view",
            "save",
            "Sector East, last 30 days",
            "--kind",
            "meeting",
            "--area",
            "XE01",
            "--from",
            "today-30",
            "--json",
        )
    )

    assert kept == {"name": "Sector East, last 30 days", "kind": "meeting", "area": east, "from": "today-30"}
    assert _ids(ready, "meeting", "list", "--view", "sector east, LAST 30 days") == [convoy]
    assert _ids(ready, "meeting", "list", "--view", "Sector East, last 30 days", "--from", "2020-01-01") == [
        convoy,
        old,
    ]
    assert json.loads(ready.ok("view", "list", "--json")) == [kept]
    assert "--from today-30" in ready.ok("view", "list", "--kind", "meeting")


def test_given_a_view_when_renamed_and_deleted_then_it_goes_and_listing_through_it_is_exit_5(
    ready: Cli,
) -> None:
    ready.ok("view", "save", "Overdue", "--kind", "action", "--preset", "overdue")
    ready.ok("view", "rename", "Overdue", "Late ones", "--kind", "action")
    assert [v["name"] for v in json.loads(ready.ok("view", "list", "--json"))] == ["Late ones"]
    ready.ok("view", "delete", "late ones", "--kind", "action")

    gone = ready("action", "list", "--view", "Late ones")

    assert gone.code == 5 and gone.err.count("\n") == 1 and "Late ones" in gone.err
    assert json.loads(ready.ok("view", "list", "--json")) == []


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("view", "save", "X", "--kind", "meeting", "--area", "Atlantis"), 5),
        (("view", "save", "X", "--kind", "meeting", "--from", "someday"), 2),
        (("view", "save", "X", "--kind", "meeting", "--preset", "overdue"), 2),
        (("view", "save", "X"), 2),  # --kind is required
        (("view", "delete", "Nothing", "--kind", "org"), 5),
    ],
)
def test_given_a_bad_view_then_one_line_the_exit_code_and_nothing_kept(
    ready: Cli, argv: tuple[str, ...], code: int
) -> None:
    result = ready(*argv)
    assert result.code == code and result.err.count("\n") == 1
    assert json.loads(ready.ok("view", "list", "--json")) == []
