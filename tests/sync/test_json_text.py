"""Column JSON is the text `json.dumps` writes and the value `json.loads` reads, exactly,
errors included: stores written through either must stay byte-identical."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sync import json_text

VALUES: list[Any] = [
    [{"kind": "phone", "label": "mobile", "value": "+283 12 345 6789"}],
    ["Arabic", "Français", "\u2028", "😀"],
    [],
    {},
    {"b": [1, 2.5, None, True, False], "a": {"nested": ["x"]}},
    "text",
    1.5,
    -0.0,
    float("nan"),
    float("inf"),
    10**30,
    None,
]


@pytest.mark.parametrize("value", VALUES)
def test_given_a_value_when_written_then_the_text_is_what_json_dumps_writes(value: Any) -> None:
    assert json_text.dumps(value) == json.dumps(value)


def test_given_a_value_json_cannot_write_when_written_then_the_same_error_and_the_next_write_works() -> None:
    cycle: list[Any] = []
    cycle.append(cycle)
    for bad, error in (({"a": object()}, TypeError), (cycle, ValueError)):
        with pytest.raises(error):
            json.dumps(bad)
        with pytest.raises(error):
            json_text.dumps(bad)
    assert json_text.dumps([["x"]]) == '[["x"]]'


@pytest.mark.parametrize("text", ['[1, "x"]', " [1]", "[1] ", "{}", '"text"', "null", "1.5", "NaN", "[]"])
def test_given_json_text_when_read_then_it_is_what_json_loads_gives(text: str) -> None:
    assert repr(json_text.loads(text)) == repr(json.loads(text))


@pytest.mark.parametrize("text", ["[1] x", "", "[1,", "nope"])
def test_given_text_that_is_not_one_json_value_when_read_then_it_fails_as_json_loads_does(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        json_text.loads(text)


@pytest.mark.parametrize("value", VALUES)
def test_given_a_value_when_written_canonically_then_the_text_is_what_changeset_bodies_use(
    value: Any,
) -> None:
    expected = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    assert json_text.canonical(value) == expected
