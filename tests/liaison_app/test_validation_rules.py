"""Refused input carries its rule as a code and the values its wording needs, beside the
field and the one-line message the command line prints (which stays as it was)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from liaison_app import settings, validation
from liaison_app.errors import Rule, ValidationError
from liaison_app.services import passphrase, records
from liaison_app.store import Store


def refusal(refused: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        refused()
    return caught.value


@pytest.mark.parametrize(
    ("refused", "message", "rule", "params"),
    [
        (lambda: validation.text("title", " ", required=True), "title: must not be empty", Rule.REQUIRED, {}),
        (
            lambda: validation.text("title", "abcd", max_len=3),
            "title: longer than 3 characters",
            Rule.TOO_LONG,
            {"max_len": 3},
        ),
        (
            lambda: validation.choice("status", "Later", ["open", "done"]),
            "status: 'Later' is not one of open, done",
            Rule.NOT_A_CHOICE,
            {"value": "Later", "allowed": ("open", "done")},
        ),
        (
            lambda: validation.iso_date("due", "soon"),
            "due: 'soon' is not a date (YYYY-MM-DD)",
            Rule.NOT_A_DATE,
            {"value": "soon"},
        ),
        (
            lambda: validation.latitude("latitude", "91"),
            "latitude: 91.0 is outside -90..90",
            Rule.OUT_OF_RANGE,
            {"value": 91.0, "low": -90.0, "high": 90.0},
        ),
        (
            lambda: settings.exchange_folder("relative"),
            "exchange_folder: 'relative' is not an absolute path",
            Rule.NOT_ABSOLUTE,
            {"value": "relative"},
        ),
    ],
)
def test_given_a_refused_value_then_the_error_carries_its_rule_and_values_and_the_same_message(
    refused: Callable[[], object], message: str, rule: Rule, params: dict[str, object]
) -> None:
    exc = refusal(refused)
    assert (str(exc), exc.rule, dict(exc.params)) == (message, rule, params)


def test_the_values_of_a_refusal_cannot_be_changed_afterwards() -> None:
    exc = refusal(lambda: validation.text("title", "abcd", max_len=3))
    with pytest.raises(TypeError):
        exc.params["max_len"] = 10  # type: ignore[index]


def test_a_meeting_ending_before_it_starts_is_refused_by_rule_at_the_end(store: Store) -> None:
    exc = refusal(
        lambda: records.add(
            store, "meeting", {"title": "Liaison", "start": "2026-11-20T10:00Z", "end": "2026-11-20T09:00Z"}
        )
    )
    assert (exc.field, exc.rule) == ("end", Rule.END_BEFORE_START)


def test_an_organization_made_its_own_ancestor_is_refused_by_rule_at_the_parent(store: Store) -> None:
    top = records.add(store, "org", {"name": "Ministry"})
    below = records.add(store, "org", {"name": "Directorate", "parent_id": top.id})
    exc = refusal(lambda: records.edit(store, "org", top.id, {"parent_id": below.id}))
    assert (exc.field, exc.rule) == ("parent_id", Rule.OWN_ANCESTOR)


def test_a_half_given_position_names_both_fields_as_values(store: Store) -> None:
    exc = refusal(
        lambda: records.add(
            store, "meeting", {"title": "Liaison", "start": "2026-11-20T10:00Z", "latitude": "12.5"}
        )
    )
    assert (exc.field, exc.rule, dict(exc.params)) == (
        "latitude",
        Rule.BOTH_OR_NEITHER,
        {"first": "latitude", "second": "longitude"},
    )


def test_settings_and_passphrase_refusals_name_their_field() -> None:
    assert refusal(lambda: settings.levels([])).field == "sensitivity_levels"
    assert refusal(lambda: passphrase.require_acceptable("short")).field == "passphrase"
    mismatch = refusal(lambda: passphrase.check_new("Ample tundra kettle orbit", "other"))
    assert (mismatch.field, mismatch.detail) == ("confirmation", "the two passphrases differ")


def test_given_a_phone_typed_in_arabic_indic_digits_then_it_is_stored_in_0_to_9() -> None:
    from liaison_app import validation

    assert validation.phone("phone", "+٢٤٣ ٨١ ٠٠٠ ٠٠٠٠") == "+243 81 000 0000"
    assert validation.phone("phone", "۰۸۱۲۳۴") == "081234"
