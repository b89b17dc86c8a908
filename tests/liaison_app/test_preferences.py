"""The one settings service: every settable key validated the same way for the CLI and the GUI."""

from __future__ import annotations

import pytest

from liaison_app import settings, vocab
from liaison_app.errors import ValidationError
from liaison_app.services import preferences
from liaison_app.services.preferences import Rule, SettingRefusedError
from liaison_app.store import Store


@pytest.mark.parametrize(
    ("key", "text", "rule"),
    [
        ("auto_lock_minutes", "-1", Rule.OUT_OF_RANGE),
        ("auto_lock_minutes", "99999", Rule.OUT_OF_RANGE),
        ("auto_lock_minutes", "ten", Rule.WRONG_TYPE),
        ("exchange_folder", "relative/path", Rule.NOT_ABSOLUTE),
        ("sensitivity_levels", " , ,", Rule.EMPTY),
        ("sensitivity_levels", "OPEN,open", Rule.REPEATED),
        ("sensitivity_levels", ",".join(f"L{i}" for i in range(settings.MAX_LEVELS + 1)), Rule.TOO_MANY),
        ("sensitivity_levels", "OPEN," + "X" * (settings.MAX_LEVEL_LENGTH + 1), Rule.TOO_LONG),
        ("default_sensitivity", "SECRET", Rule.NOT_A_LEVEL),
        ("officer_name", "x", Rule.UNKNOWN_KEY),  # fixed at init, not settable
    ],
)
def test_given_a_bad_value_then_it_is_refused_by_rule_and_nothing_is_stored(
    store: Store, key: str, text: str, rule: Rule
) -> None:
    before = preferences.read(store)
    with pytest.raises(SettingRefusedError) as refused:
        preferences.update_from_text(store, key, text)
    assert (refused.value.key, refused.value.rule, refused.value.exit_code) == (key, rule, 2)
    assert "\n" not in str(refused.value)
    assert preferences.read(store) == before


def test_given_good_text_then_each_settable_key_is_stored_cleaned(store: Store) -> None:
    preferences.update_from_text(store, "sensitivity_levels", " nato unclassified , NATO RESTRICTED,")
    preferences.update_from_text(store, "default_sensitivity", "nato restricted")
    preferences.update_from_text(store, "auto_lock_minutes", " 0 ")
    now = preferences.update_from_text(store, "exchange_folder", "  /media/usb/exchange ")
    assert now.sensitivity_levels == ["NATO UNCLASSIFIED", "NATO RESTRICTED"]
    assert now.default_sensitivity == "NATO RESTRICTED"
    assert (now.auto_lock_minutes, now.exchange_folder) == (0, "/media/usb/exchange")


def test_given_levels_without_the_default_then_the_default_becomes_the_first_level(store: Store) -> None:
    assert preferences.read(store).default_sensitivity == vocab.DEFAULT_SENSITIVITY
    now = preferences.update(store, sensitivity_levels=["OPEN", "RESTRICTED"])
    assert now.default_sensitivity == "OPEN"


def test_levels_and_default_change_together_or_not_at_all(store: Store) -> None:
    now = preferences.update(store, sensitivity_levels=["OPEN", "SECRET"], default_sensitivity="secret")
    assert (now.sensitivity_levels, now.default_sensitivity) == (["OPEN", "SECRET"], "SECRET")
    with pytest.raises(SettingRefusedError):
        preferences.update(store, sensitivity_levels=["A", "B"], default_sensitivity="C")
    assert preferences.read(store) == now


def test_one_bad_value_among_several_stores_none_of_them(store: Store) -> None:
    before = preferences.read(store)
    with pytest.raises(SettingRefusedError) as refused:
        preferences.update(store, auto_lock_minutes=5, exchange_folder="usb")
    assert refused.value.key == "exchange_folder"
    assert preferences.read(store) == before


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("auto_lock_minutes", True),
        ("auto_lock_minutes", "5"),
        ("sensitivity_levels", "OPEN"),
        ("role", "spy"),
    ],
)
def test_the_storage_gate_refuses_what_the_service_refuses(store: Store, key: str, value: object) -> None:
    """settings.put is the one way in: callers that skip the service are checked too."""
    with store.session() as s, pytest.raises(ValidationError):
        settings.put(s, key, value)
