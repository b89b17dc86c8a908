"""`liaison contact|org merge KEEP_ID OTHER_ID [--field NAME=KEEP|OTHER]...` and
`liaison contact|org unmerge ID`: the contract's shapes, exit codes and one-line errors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


def _contact(cli: Cli, name: str, *flags: str) -> str:
    return cli.ok("contact", "add", "--name", name, *flags)


def test_given_two_contacts_when_merged_as_json_then_the_shape_and_one_contact_left(ready: Cli) -> None:
    keep = _contact(ready, "Jean Mukendi", "--position", "Mayor")
    other = _contact(ready, "J. Mukendi", "--position", "Maire")
    ready.ok("meeting", "add", "--title", "Convoy", "--start", "2026-11-20T10:00Z", "--attendee", other)

    done = json.loads(ready.ok("contact", "merge", keep, other, "--field", "position=OTHER", "--json"))

    assert done == {
        "kind": "contact",
        "kept": keep,
        "merged": other,
        "taken": ["position"],
        "moved": 1,
        "dropped": ["full_name", "position"],
    }
    (only,) = json.loads(ready.ok("contact", "list", "--json"))
    assert (only["id"], only["position"]) == (keep, "Maire")
    (meeting,) = json.loads(ready.ok("meeting", "list", "--json"))
    assert json.loads(ready.ok("meeting", "show", meeting["id"], "--json"))["attendee_ids"] == [keep]


def test_given_a_merge_when_unmerged_then_both_records_are_back(ready: Cli) -> None:
    keep = ready.ok("org", "add", "--name", "World Food Programme")
    other = ready.ok("org", "add", "--name", "WFP")
    assert ready.ok("org", "merge", keep, other).startswith(f"merged {other[:8]} into {keep[:8]}")

    done = json.loads(ready.ok("org", "unmerge", other, "--json"))

    assert (done["kept"], done["merged"]) == (keep, other)
    assert {o["id"] for o in json.loads(ready.ok("org", "list", "--json"))} == {keep, other}


def test_given_a_merged_record_when_listed_in_the_trash_then_it_is_not_offered(ready: Cli) -> None:
    keep = _contact(ready, "Amina Diallo")
    other = _contact(ready, "Amina Diallo")
    ready.ok("contact", "merge", keep, other)

    assert json.loads(ready.ok("trash", "list", "--json")) == []


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("contact", "merge", "{a}", "{a}"), 2),  # into itself
        (("contact", "merge", "{a}", "{org}"), 5),  # an organization is no contact
        (("contact", "merge", "{a}", "0000dead"), 5),  # no such record
        (("contact", "merge", "{a}", "{b}", "--field", "position=BOTH"), 2),
        (("contact", "merge", "{a}", "{b}", "--field", "position"), 2),
        (("contact", "merge", "{a}", "{b}", "--field", "colour=KEEP"), 2),
        (("contact", "merge", "{a}", "{secret}"), 2),  # do-not-share: a merge would share it
        (("contact", "unmerge", "{a}"), 2),  # not merged
        (("contact", "unmerge", "0000dead"), 5),
        (("meeting", "merge", "{a}", "{b}"), 2),  # meetings do not merge: usage
    ],
)
def test_given_a_merge_that_cannot_be_then_one_line_an_exit_code_and_nothing_changed(
    ready: Cli, argv: tuple[str, ...], code: int
) -> None:
    ids = {
        "a": _contact(ready, "Jean Mukendi"),
        "b": _contact(ready, "Jean Mukendy"),
        "secret": _contact(ready, "Source", "--do-not-share"),
        "org": ready.ok("org", "add", "--name", "WFP"),
    }
    before = ready.ok("dump")

    result = ready(*(word.format(**ids) for word in argv))

    assert result.code == code, result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert ready.ok("dump") == before
