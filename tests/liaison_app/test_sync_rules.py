"""A received value passes the registry's rule only if a local edit would have stored exactly
it: the field's cleaner gives it back unchanged, type for type."""

from __future__ import annotations

from typing import Any

import pytest

from liaison_app import sync_rules


def _fits(kind: str, field: str, value: Any) -> bool:
    return sync_rules.op_rules().values[kind][field](value)


def test_given_phones_as_the_cleaner_keeps_them_when_received_then_they_fit() -> None:
    points = [{"kind": "phone", "label": "mobile", "value": "+283 12 345 6789"}]

    assert _fits("contact", "contact_points", points)


def test_given_phones_the_cleaner_would_trim_when_received_then_they_do_not_fit() -> None:
    points = [{"kind": "phone", "label": " mobile", "value": "+283 12 345 6789"}]

    assert not _fits("contact", "contact_points", points)


def test_given_languages_in_the_cleaners_order_when_received_then_they_fit_and_unordered_do_not() -> None:
    assert _fits("contact", "languages", ["Arabic", "French"])
    assert not _fits("contact", "languages", ["French", "Arabic", "French"])


@pytest.mark.parametrize(
    ("cleaned", "received", "same"),
    [
        ([{"a": "x", "b": None}], [{"b": None, "a": "x"}], True),  # key order is no difference
        ([1], [1.0], False),  # 1 and 1.0 are different values to store
        ([True], [1], False),
        ([{"a": [1, "x"]}], [{"a": [1, "x"]}], True),
        ([1.5], [1.5], True),  # floats are compared by their JSON
        ([0.0], [-0.0], False),  # equal numbers, different JSON: different values
        (["x"], ["x", "y"], False),
        ({"a": "x"}, {"a": "x", "b": "y"}, False),
    ],
)
def test_given_a_list_or_object_when_compared_with_its_cleaned_form_then_the_same_only_type_for_type(
    cleaned: Any, received: Any, same: bool
) -> None:
    assert sync_rules._same(cleaned, received) is same
