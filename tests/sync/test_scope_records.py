"""What an area-scoped export reads of a stored body: the records its operations touch and
those they name, whatever odd shapes a stored body holds (sync.scope)."""

from __future__ import annotations

import json

from sync import scope, stored_body


def _stored(ops: object) -> bytes:
    return stored_body.pack(json.dumps({"origin": "d", "seq": 1, "ops": ops}).encode())


def test_given_operations_then_touched_records_and_named_ones_are_told_apart() -> None:
    ops = [
        ["meeting", "m1", "title", "Convoy"],
        ["meeting", "m1", "attendee_ids", ["c1", "c2", "", 7]],
        ["meeting", "m1", "organization_ids", ["o1"]],
        ["action", "a1", "owner", "me"],
        ["action", "a1", "meeting_id", "m1"],
        ["contact", "c2", "full_name", "Jean"],
    ]
    touched, named = scope.records_in(_stored(ops))
    assert touched == {"m1": "meeting", "a1": "action", "c2": "contact"}
    assert named == {"c1": "contact", "o1": "org"}, "a record it touches is not named; 'me' is no record"


def test_given_a_record_written_under_two_kinds_then_the_first_kind_stays_and_both_name() -> None:
    ops = [["contact", "x", "organization_id", "o1"], ["meeting", "x", "attendee_ids", ["c9"]]]
    touched, named = scope.records_in(_stored(ops))
    assert touched == {"x": "contact"}
    assert named == {"o1": "org", "c9": "contact"}


def test_given_odd_shapes_then_they_tie_nothing_and_nothing_raises() -> None:
    for ops in ({"a": 1}, "ops", [["meeting", 5, "title", "x"], ["meeting", "m"], "op", [None] * 4]):
        assert scope.records_in(_stored(ops)) == ({}, {})
    assert scope.records_in(b"not json") == ({}, {})
    assert scope.records_in(stored_body.pack(b"[1, 2]")) == ({}, {})


def test_given_one_odd_operation_among_good_ones_then_only_the_odd_one_is_skipped() -> None:
    good = [["contact", "c1", "organization_id", "o1"], ["meeting", "m1", "attendee_ids", ["c1", "c2"]]]
    odd = ["contact", 5, "full_name", "x"]
    assert scope.records_in(_stored([*good, odd])) == scope.records_in(_stored(good))
    assert scope.records_in(_stored(good)) == (
        {"c1": "contact", "m1": "meeting"},
        {"o1": "org", "c2": "contact"},
    )
