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
