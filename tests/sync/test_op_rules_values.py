"""Value checks of a received changeset: each distinct plain value of a field is checked once,
and a value that one field takes and another refuses is still refused where it does not fit."""

from __future__ import annotations

from typing import Any

from sync import op_rules
from sync.changeset import ChangesetBody, Op
from sync.refusals import ChangesetRejection


def _body(*ops: Op) -> ChangesetBody:
    return ChangesetBody(origin="a" * 52, seq=1, hlc=1, officer="Anna", deps={}, ops=ops)


def _counting(refused: set[Any], calls: list[Any]) -> op_rules.ValueCheck:
    def check(value: Any) -> bool:
        calls.append(value)
        return value not in refused

    return check


def test_given_many_records_with_one_position_when_checked_then_the_value_is_checked_once() -> None:
    calls: list[Any] = []
    rules = op_rules.OpRules(values={"contact": {"position": _counting(set(), calls)}})
    body = _body(*(Op("contact", f"c{n}", "position", "Head of office") for n in range(50)))

    assert op_rules._operations(body, rules) is None
    assert calls == ["Head of office"]


def test_given_a_value_one_field_takes_when_another_field_refuses_it_then_the_changeset_is_refused() -> None:
    rules = op_rules.OpRules(
        values={
            "contact": {
                "position": _counting(set(), []),
                "location": _counting({"Goma"}, []),
            }
        }
    )
    body = _body(Op("contact", "c1", "position", "Goma"), Op("contact", "c2", "location", "Goma"))

    refused = op_rules._operations(body, rules)

    assert refused == op_rules.Rejection(ChangesetRejection.BAD_VALUE, "contact.location")


def test_given_one_record_with_many_fields_when_its_id_is_bad_then_it_is_refused_at_its_first_field() -> None:
    body = _body(Op("contact", "c1", "position", "x"), Op("contact", "bad id", "location", "Goma"))

    refused = op_rules._operations(body, op_rules.OpRules())

    assert refused == op_rules.Rejection(ChangesetRejection.BAD_NAME, "contact.location")


def test_given_a_field_checked_once_when_a_later_record_repeats_it_then_the_repeat_is_refused() -> None:
    body = _body(
        Op("contact", "c1", "position", "x"),
        Op("contact", "c2", "position", "y"),
        Op("contact", "c2", "position", "z"),
    )

    refused = op_rules._operations(body, op_rules.OpRules())

    assert refused == op_rules.Rejection(ChangesetRejection.DUPLICATE_OPERATION, "contact.position")


def test_given_bookkeeping_after_plain_fields_when_checked_then_refused_at_the_bookkeeping_field() -> None:
    body = _body(Op("contact", "c1", "position", "x"), Op("contact", "c2", "created_at", "2026"))

    refused = op_rules._operations(body, op_rules.OpRules())

    assert refused == op_rules.Rejection(ChangesetRejection.NOT_WRITABLE, "contact.created_at")


def test_given_a_bad_kind_name_when_checked_then_refused_without_naming_a_field() -> None:
    body = _body(Op("contact", "c1", "position", "x"), Op("Contact!", "c2", "position", "x"))

    refused = op_rules._operations(body, op_rules.OpRules())

    assert refused == op_rules.Rejection(ChangesetRejection.BAD_NAME, None)


def test_given_lists_when_checked_then_each_list_of_strings_once_and_each_list_of_objects_every_time() -> (
    None
):
    calls: list[Any] = []

    def check(value: Any) -> bool:
        calls.append(value)
        return True

    rules = op_rules.OpRules(values={"contact": {"languages": check, "contact_points": check}})
    points = [{"kind": "phone", "label": "", "value": "+283 12 345 6789"}]
    body = _body(
        *(Op("contact", f"c{n}", "languages", ["Arabic"]) for n in range(3)),
        *(Op("contact", f"c{n}", "contact_points", points) for n in range(3)),
        Op("contact", "c1", "tags", ["Arabic"]),  # the same list in another field: its own check
    )

    assert op_rules._operations(body, rules) is None
    assert calls == [["Arabic"], points, points, points]


def test_given_a_list_one_record_holds_when_another_holds_it_with_a_number_then_each_is_checked() -> None:
    calls: list[Any] = []

    def check(value: Any) -> bool:
        calls.append(value)
        return all(type(v) is str for v in value)

    rules = op_rules.OpRules(values={"contact": {"languages": check}})
    body = _body(Op("contact", "c1", "languages", ["1"]), Op("contact", "c2", "languages", [1]))

    refused = op_rules._operations(body, rules)

    assert refused == op_rules.Rejection(ChangesetRejection.BAD_VALUE, "contact.languages")
