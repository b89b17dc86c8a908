"""The settings service behind both the settings screen and `liaison settings`: read the
preferences, change any user-settable one (typed values from the GUI, text from the CLI),
and the key-derivation cost. Every value is checked by `settings.put`, so both front ends
refuse the same things; a refused change stores nothing."""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app import keyfile, profile, settings, validation
from liaison_app.settings import MAX_AUTO_LOCK_MINUTES, Rule, SettingRefusedError
from liaison_app.store import Store

__all__ = [
    "MAX_AUTO_LOCK_MINUTES",
    "SETTABLE",
    "Preferences",
    "Rule",
    "SettingRefusedError",
    "change_kdf_cost",
    "read",
    "update",
    "update_from_text",
]

# What an officer may change after `init` (names and role are fixed when the profile is made).
# Levels come before the default so that one update can change both.
SETTABLE = (
    "sensitivity_levels",
    "default_sensitivity",
    "auto_lock_minutes",
    "exchange_folder",
    "datetime_display",
    "mass_delete_percent",
    "lock_on_sleep",
)


@dataclass(frozen=True, slots=True)
class Preferences:
    """The values the settings screen shows."""

    auto_lock_minutes: int  # 0: never lock on idle
    exchange_folder: str
    kdf: keyfile.KdfCost
    sensitivity_levels: list[str]
    default_sensitivity: str
    datetime_display: str = "local"  # "local" or "dtg" (military date-time groups)
    mass_delete_percent: int = 10  # a bundle deleting more of the live records asks first
    lock_on_sleep: bool = True  # lock when the session locks or the laptop suspends


def read(store: Store) -> Preferences:
    """The current preferences of the open profile."""
    with store.session() as s:
        values = settings.all_settings(s)
    return Preferences(
        auto_lock_minutes=int(values["auto_lock_minutes"]),
        exchange_folder=str(values["exchange_folder"]),
        kdf=profile.kdf_cost(store.directory),
        sensitivity_levels=list(values["sensitivity_levels"]),
        default_sensitivity=str(values["default_sensitivity"]),
        datetime_display=str(values["datetime_display"]),
        mass_delete_percent=int(values["mass_delete_percent"]),
        lock_on_sleep=bool(values["lock_on_sleep"]),
    )


def update(
    store: Store,
    *,
    auto_lock_minutes: int | None = None,
    exchange_folder: str | None = None,
    sensitivity_levels: list[str] | None = None,
    default_sensitivity: str | None = None,
    datetime_display: str | None = None,
    mass_delete_percent: int | None = None,
    lock_on_sleep: bool | None = None,
) -> Preferences:
    """Validate and store the given preferences, all or none; returns them all as now stored."""
    given = {
        "sensitivity_levels": sensitivity_levels,
        "default_sensitivity": default_sensitivity,
        "auto_lock_minutes": auto_lock_minutes,
        "exchange_folder": exchange_folder,
        "datetime_display": datetime_display,
        "mass_delete_percent": mass_delete_percent,
        "lock_on_sleep": lock_on_sleep,
    }
    with store.session() as s:
        for key in SETTABLE:
            if given[key] is not None:
                settings.put(s, key, given[key])
        s.commit()  # reached only if every value passed: a refusal leaves the profile as it was
    return read(store)


def update_from_text(store: Store, key: str, text: str) -> Preferences:
    """Set one preference from what was typed on the command line (levels comma-separated)."""
    if key not in SETTABLE:
        raise SettingRefusedError(key, Rule.UNKNOWN_KEY, f"not one of {', '.join(SETTABLE)}")
    if key == "sensitivity_levels":
        return update(store, sensitivity_levels=text.split(","))
    if key == "default_sensitivity":
        return update(store, default_sensitivity=text)
    if key == "auto_lock_minutes":
        return update(store, auto_lock_minutes=_whole_number(key, text))
    if key == "datetime_display":
        return update(store, datetime_display=text)
    if key == "mass_delete_percent":
        return update(store, mass_delete_percent=_whole_number(key, text))
    if key == "lock_on_sleep":
        return update(store, lock_on_sleep=validation.boolean(key, text))
    return update(store, exchange_folder=text)


def change_kdf_cost(store: Store, *, passphrase: str, cost: keyfile.KdfCost) -> None:
    """Rewrap the passphrase slot at a new Argon2id cost (WrongSecretError if mistyped)."""
    profile.change_passphrase(store.directory, passphrase, passphrase, cost)


def _whole_number(key: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise SettingRefusedError(key, Rule.WRONG_TYPE, f"{text!r} is not a whole number") from None
