"""`liaison contact|org duplicates [--json]`: pairs with ids, score and reason, and the
fuzzy-matching libraries loaded only when the command runs."""

from __future__ import annotations

import json

from tests.cli.import_probe import imported_by
from tests.conftest import Cli

MATCHING = ("rapidfuzz", "phonenumbers")


def _contact(cli: Cli, name: str, *flags: str) -> str:
    return cli.ok("contact", "add", "--name", name, *flags)


def test_given_two_spellings_of_one_person_when_listed_as_json_then_the_documented_shape(ready: Cli) -> None:
    a = _contact(ready, "Mohammed Al-Hassan", "--phone", "+249 912 345 678")
    b = _contact(ready, "Mohamed Al Hassan", "--phone", "mobile=00249912345678")
    _contact(ready, "Amina Diallo", "--phone", "+221 77 123 4567")

    (pair,) = json.loads(ready.ok("contact", "duplicates", "--json"))

    assert set(pair) == {"ids", "score", "reason", "names"}
    assert pair["ids"] == sorted([a, b])
    assert pair["reason"] == "SAME_PHONE"
    assert isinstance(pair["score"], int) and 0 <= pair["score"] <= 100
    names = dict(zip(pair["ids"], pair["names"], strict=True))
    assert names == {a: "Mohammed Al-Hassan", b: "Mohamed Al Hassan"}


def test_given_organizations_alike_when_listed_as_text_then_a_row_in_words(ready: Cli) -> None:
    ready.ok("org", "add", "--name", "Ministry of Health", "--acronym", "MoH")
    ready.ok("org", "add", "--name", "MINISTRY OF HEALTH")

    text = ready.ok("org", "duplicates")

    header, row = text.splitlines()
    assert header.split()[:2] == ["SCORE", "REASON"]
    assert "same name" in row
    assert row.endswith(
        ("Ministry of Health | MINISTRY OF HEALTH", "MINISTRY OF HEALTH | Ministry of Health")
    )


def test_given_no_duplicates_when_listed_then_none_and_an_empty_json_list(ready: Cli) -> None:
    _contact(ready, "Jean Mukendi")

    assert ready.ok("contact", "duplicates") == "(none)"
    assert json.loads(ready.ok("contact", "duplicates", "--json")) == []


def test_given_meetings_when_asked_for_duplicates_then_a_usage_error(ready: Cli) -> None:
    assert ready("meeting", "duplicates").code == 2


def test_given_the_contact_commands_when_parsed_then_no_fuzzy_matching_is_imported() -> None:
    imported = imported_by("contact", "duplicates", "--help")

    assert "liaison_app" in imported
    assert imported.isdisjoint(MATCHING), sorted(imported & set(MATCHING))
