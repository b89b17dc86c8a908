"""Refused input as the GUI words it: from the rule code and its values, the same English
the command line prints today, and the service's text only for an error without a code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from liaison_app import field_rules, settings, validation
from liaison_app.errors import Rule, ValidationError
from liaison_app.kind_schema import Context, MissingReferenceError
from liaison_app.kinds import spec
from liaison_app.services import passphrase
from liaison_app.store import Store
from ui import validation_words

Refused = Callable[[], object]

# One real refusal per rule the validators raise, from the validators themselves.
REFUSALS: dict[str, Refused] = {
    "expected text": lambda: validation.text("title", 12),
    "required": lambda: validation.text("title", "  ", required=True),
    "too long": lambda: validation.text("title", "abcdef", max_len=3),
    "not a choice": lambda: validation.choice("status", "later", {"open": "Open", "done": "Done"}),
    "not a date-time": lambda: validation.iso_datetime("start", "whenever"),
    "not a date": lambda: validation.iso_date("due", "2026-13-01"),
    "bad grid": lambda: validation.mgrs_grid("grid", "37 XYZ"),
    "not a number": lambda: validation.latitude("latitude", "north"),
    "out of range": lambda: validation.longitude("longitude", "190.5"),
    "bad email": lambda: validation.email("email", "amina.example.org"),
    "bad phone": lambda: validation.phone("phone", "call me"),
    "not yes or no": lambda: validation.boolean("do_not_share", "perhaps"),
    "unknown kind": lambda: spec("vehicle"),
    "unknown field": lambda: spec("org").field("colour"),
    "settings: too many": lambda: settings.levels([f"L{i}" for i in range(settings.MAX_LEVELS + 1)]),
    "settings: comma": lambda: settings.levels(["OPEN", "A,B"]),
    "settings: not absolute": lambda: settings.exchange_folder("relative/path"),
    "settings: empty": lambda: settings.levels([" "]),
    "settings: repeated": lambda: settings.levels(["OPEN", "open"]),
}


def refusal(refused: Refused) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        refused()
    return caught.value


def test_every_rule_code_has_gui_wording() -> None:
    missing = [rule for rule in Rule if not validation_words.has_wording(rule)]
    assert missing == []


@pytest.mark.parametrize("name", REFUSALS)
def test_given_a_real_refusal_when_worded_from_its_rule_then_it_reads_as_the_cli_message(
    qapp: object, name: str
) -> None:
    exc = refusal(REFUSALS[name])
    assert exc.rule is not None
    assert validation_words.refusal_text(exc) == exc.detail


def test_given_a_reworded_message_when_worded_then_the_rule_decides_not_the_text(qapp: object) -> None:
    exc = ValidationError(
        "due: whatever the service says now", field="due", rule=Rule.NOT_A_DATE, params={"value": "soon"}
    )
    assert validation_words.refusal_text(exc) == "'soon' is not a date (YYYY-MM-DD)"


def test_given_an_error_without_a_code_when_worded_then_its_own_text_is_shown(qapp: object) -> None:
    assert validation_words.refusal_text(ValidationError.about("due", "dates read YYYY-MM-DD")) == (
        "dates read YYYY-MM-DD"
    )


def test_given_a_rule_missing_its_values_when_worded_then_its_own_text_is_shown(qapp: object) -> None:
    exc = ValidationError.about("title", "longer than 5 characters", Rule.TOO_LONG)
    assert validation_words.refusal_text(exc) == "longer than 5 characters"


def test_a_length_limit_of_one_reads_in_the_singular(qapp: object) -> None:
    exc = refusal(lambda: validation.text("initial", "ab", max_len=1))
    assert validation_words.refusal_text(exc) == "longer than 1 character"


def test_a_passphrase_refusal_is_worded_from_its_reason_and_names_its_field(qapp: object) -> None:
    exc = refusal(lambda: passphrase.check_new("Ample tundra kettle orbit", "something else"))
    assert exc.field == "confirmation"
    assert exc.rule is Rule.PASSPHRASE_REFUSED
    assert validation_words.refusal_text(exc) == "The two passphrases differ."
    assert str(exc) == "confirmation: the two passphrases differ"  # the CLI's line, as before


def test_a_refused_setting_names_its_key_as_the_field() -> None:
    exc = refusal(lambda: settings.auto_lock_minutes(-5))
    assert (exc.field, exc.rule) == ("auto_lock_minutes", Rule.OUT_OF_RANGE)
    assert str(exc) == f"auto_lock_minutes: must be 0 (never) to {settings.MAX_AUTO_LOCK_MINUTES}, not -5"


def test_a_missing_reference_is_worded_from_its_kind_and_id(qapp: object, gui_store: Store) -> None:
    with gui_store.session() as s, pytest.raises(MissingReferenceError) as caught:
        spec("contact").field("organization_id").read(Context(s), "no-such-org")
    assert validation_words.missing_reference_text(caught.value) == str(caught.value)
    assert caught.value.record_id == "no-such-org"


CLEANER_REFUSALS: dict[str, tuple[Callable[..., object], object]] = {
    "expected a list": (field_rules.contact_points, "phone:+1 555"),
    "entry shape": (field_rules.contact_points, ["+1 555"]),
    "point shape": (field_rules.meeting_points, [42]),
    "point not KIND:TEXT": (field_rules.meeting_points, ["Open the road"]),
    "point kind": (field_rules.meeting_points, ["gossip:Open the road"]),
}


@pytest.mark.parametrize("name", CLEANER_REFUSALS)
def test_given_a_refused_list_entry_when_worded_from_its_rule_then_it_reads_as_the_cli_message(
    qapp: object, gui_store: Store, name: str
) -> None:
    clean, raw = CLEANER_REFUSALS[name]
    with gui_store.session() as s:
        exc = refusal(lambda: clean(Context(s), "points", raw))
    assert exc.rule is not None
    assert validation_words.refusal_text(exc) == exc.detail
