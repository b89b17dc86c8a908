"""`liaison search` finds Arabic and accented names typed either way, and prints them as written."""

from __future__ import annotations

import json

from tests.conftest import Cli


def test_given_arabic_and_accented_names_when_searched_the_other_way_then_printed_as_written(
    ready: Cli,
) -> None:
    muhammad = ready.ok("contact", "add", "--name", "مُحَمَّد الأمين", "--phone", "mobile=+249 912 345 678")
    school = ready.ok("org", "add", "--name", "مدرسة النور")
    jean = ready.ok("contact", "add", "--name", "Jean Mukéndi")

    hits = json.loads(ready.ok("search", "محمد الامين", "--json"))
    assert [(h["id"], h["title"]) for h in hits] == [(muhammad, "مُحَمَّد الأمين")]
    assert [h["id"] for h in json.loads(ready.ok("search", "مدرسه", "--json"))] == [school]
    assert [h["id"] for h in json.loads(ready.ok("search", "٩١٢ ٣٤٥", "--json"))] == [muhammad]
    assert [h["id"] for h in json.loads(ready.ok("search", "mukendi", "--json"))] == [jean]
    assert "مدرسة النور" in ready.ok("search", "مدرس")
