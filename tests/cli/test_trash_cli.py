"""`liaison trash list` and `liaison KIND restore ID`: the Trash on the command line."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_given_a_deleted_org_when_listing_the_trash_then_it_is_there_until_restored(ready: Cli) -> None:
    org = ready.ok("org", "add", "--name", "Red Crescent")
    ready.ok("org", "delete", org)

    listed = json.loads(ready.ok("trash", "list", "--json"))
    assert [(t["kind"], t["record_id"], t["title"], t["deleted_by"]) for t in listed] == [
        ("org", org, "Red Crescent", "Maj. Anna Berg")
    ]
    assert "Red Crescent" in ready.ok("trash", "list")

    assert ready.ok("org", "restore", org[:8]) == org
    assert json.loads(ready.ok("trash", "list", "--json")) == []
    assert "Red Crescent" in ready.ok("org", "list")


def test_restoring_a_record_not_in_the_trash_exits_5(ready: Cli) -> None:
    org = ready.ok("org", "add", "--name", "Red Crescent")
    result = ready("org", "restore", org)
    assert result.code == 5
    assert result.err.startswith("liaison: no deleted organization")
