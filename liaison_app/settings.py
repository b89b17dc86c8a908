"""Profile settings kept inside the encrypted database (never in a readable file), and the
rule each one follows.

Every write goes through `put`, which validates the value for its key, so no caller (the
settings screen, `liaison settings set`, profile creation) can store what another refuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlmodel import Session

from db.models import Setting
from liaison_app import retention_rules, validation, vocab
from liaison_app.datetime_input import DisplayStyle
from liaison_app.errors import Param, ValidationError

# One code list for every refused input (a refused setting is a ValidationError like any
# other); re-exported, so `settings.Rule` still names them.
from liaison_app.errors import Rule as Rule

MAX_AUTO_LOCK_MINUTES = 24 * 60
MAX_LEVELS = 12
MAX_LEVEL_LENGTH = 60
MAX_NAME_LENGTH = 200
MAX_FOLDER_LENGTH = 4096
MAX_BACKUPS_KEPT = 100

DEFAULTS: dict[str, Any] = {
    "officer_name": "",
    "device_name": "",
    "role": "field",
    "sensitivity_levels": list(vocab.DEFAULT_SENSITIVITY_LEVELS),
    "default_sensitivity": vocab.DEFAULT_SENSITIVITY,
    "auto_lock_minutes": 10,
    "exchange_folder": "",
    # How dates and times are shown: the local format, or military date-time groups.
    "datetime_display": DisplayStyle.LOCAL.value,
    # Automatic backups at lock and quit: the folder (empty: none) and how many to keep there.
    "backup_folder": "",
    "backup_keep": 10,
    # Retention (liaison_app/retention_rules.py): the officer's own periods, and the mission
    # policy the latest HQ bundle carried ({} until one does: {"policy", "set_at", "by"}).
    "retention_policy": retention_rules.DEFAULT.to_json(),
    "retention_mission": {},
    "retention_policy_set_at": "",  # when the officer (HQ: the mission) last set its periods
    # A bundle deleting more than this share of the live records asks first (sync.mass_delete).
    "mass_delete_percent": 10,
    # Lock when the session locks or the laptop suspends (where D-Bus says so).
    "lock_on_sleep": True,
}


class SettingRefusedError(ValidationError):
    """A value refused for a setting: `key` names the setting, `rule` the broken rule."""

    rule: Rule

    def __init__(self, key: str, rule: Rule, detail: str, **params: Param) -> None:
        super().__init__(f"{key}: {detail}", field=key, detail=detail, rule=rule, params=params)
        self.key = key


def get(session: Session, key: str) -> Any:
    """The stored value of `key`, or its default."""
    _known(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def put(session: Session, key: str, value: Any) -> Any:
    """Validate `value` for `key` and store it (the caller commits); returns what was stored.

    Levels that no longer hold the default sensitivity move the default to the first level,
    so `default_sensitivity` is always one of `sensitivity_levels`.
    """
    cleaned = validate(session, key, value)
    _store(session, key, cleaned)
    if key == "sensitivity_levels" and _level_named(cleaned, get(session, "default_sensitivity")) is None:
        _store(session, "default_sensitivity", cleaned[0])
    return cleaned


def validate(session: Session, key: str, value: Any) -> Any:
    """The value to store for `key`, or SettingRefusedError; stores nothing."""
    _known(key)
    if key in ("officer_name", "device_name"):
        return validation.text(key, value, required=True, max_len=MAX_NAME_LENGTH)
    if key == "role":
        return validation.choice(key, value, vocab.ROLES)
    if key == "sensitivity_levels":
        return levels(value)
    if key == "default_sensitivity":
        return _default_level(get(session, "sensitivity_levels"), value)
    if key == "auto_lock_minutes":
        return auto_lock_minutes(value)
    if key == "datetime_display":
        return validation.choice(key, value, [style.value for style in DisplayStyle])
    if key == "backup_keep":
        return backups_kept(value)
    if key == "backup_folder":
        return folder(key, value)
    if key == "retention_policy":
        return retention_rules.parse(value).to_json()
    if key == "retention_mission":
        return mission(value)
    if key == "retention_policy_set_at":
        return validation.text(key, value, max_len=MAX_NAME_LENGTH)
    if key == "mass_delete_percent":
        return percent(key, value)
    if key == "lock_on_sleep":
        return validation.boolean(key, value)
    return exchange_folder(value)


def all_settings(session: Session) -> dict[str, Any]:
    """Every setting with its current value."""
    return {key: get(session, key) for key in DEFAULTS}


def levels(value: object) -> list[str]:
    """Sensitivity levels: upper-case, trimmed, at least one, none repeated, lowest first."""
    key = "sensitivity_levels"
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, "expected a list of levels")
    cleaned: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise SettingRefusedError(key, Rule.WRONG_TYPE, f"{item!r} is not text")
        if item.strip():
            cleaned.append(item.strip().upper())
    if not cleaned:
        raise SettingRefusedError(key, Rule.EMPTY, "give at least one level")
    if len(cleaned) > MAX_LEVELS:
        raise SettingRefusedError(key, Rule.TOO_MANY, f"at most {MAX_LEVELS} levels", max_count=MAX_LEVELS)
    for level in cleaned:
        if len(level) > MAX_LEVEL_LENGTH:
            raise SettingRefusedError(
                key, Rule.TOO_LONG, f"a level is longer than {MAX_LEVEL_LENGTH}", max_len=MAX_LEVEL_LENGTH
            )
        if "," in level:
            # Levels are listed and typed comma-separated: a comma inside one splits it.
            raise SettingRefusedError(key, Rule.HAS_COMMA, f"{level!r} contains a comma", value=level)
    if len(set(cleaned)) != len(cleaned):
        raise SettingRefusedError(key, Rule.REPEATED, "a level is given twice")
    return cleaned


def auto_lock_minutes(value: object) -> int:
    """Idle minutes before the app locks, 0 meaning never."""
    key = "auto_lock_minutes"
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, f"{value!r} is not a whole number")
    if not 0 <= value <= MAX_AUTO_LOCK_MINUTES:
        raise SettingRefusedError(
            key, Rule.OUT_OF_RANGE, f"must be 0 (never) to {MAX_AUTO_LOCK_MINUTES}, not {value}"
        )
    return value


def backups_kept(value: object) -> int:
    """How many automatic backups to keep: 1 to MAX_BACKUPS_KEPT."""
    key = "backup_keep"
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, f"{value!r} is not a whole number")
    if not 1 <= value <= MAX_BACKUPS_KEPT:
        raise SettingRefusedError(
            key,
            Rule.OUT_OF_RANGE,
            f"must be 1 to {MAX_BACKUPS_KEPT}, not {value}",
            value=value,
            low=1,
            high=MAX_BACKUPS_KEPT,
        )
    return value


def mission(value: object) -> dict[str, Any]:
    """The mission policy HQ sent ({} for none): the policy, when it was set, by which device."""
    key = "retention_mission"
    if value == {}:
        return {}
    if not isinstance(value, dict) or set(value) != {"policy", "set_at", "by"}:
        raise SettingRefusedError(key, Rule.WRONG_TYPE, "expected policy, set_at and by")
    if not isinstance(value["set_at"], str) or not isinstance(value["by"], str):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, "set_at and by are text")
    policy = retention_rules.parse(value["policy"]).to_json()  # PolicyRefusedError: a ValidationError
    return {"policy": policy, "set_at": value["set_at"], "by": value["by"]}


def percent(key: str, value: object) -> int:
    """A share in whole percent, 1 to 100."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, f"{value!r} is not a whole number")
    if not 1 <= value <= 100:
        raise SettingRefusedError(key, Rule.OUT_OF_RANGE, f"must be 1 to 100, not {value}", value=value)
    return value


def exchange_folder(value: object) -> str:
    """The folder bundles are exchanged through: empty (none yet) or an absolute path."""
    return folder("exchange_folder", value)


def folder(key: str, value: object) -> str:
    """A folder setting: empty (none yet) or an absolute path."""
    if not isinstance(value, str):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, "expected a folder path")
    cleaned = value.strip()
    if len(cleaned) > MAX_FOLDER_LENGTH:
        raise SettingRefusedError(
            key, Rule.TOO_LONG, f"longer than {MAX_FOLDER_LENGTH} characters", max_len=MAX_FOLDER_LENGTH
        )
    if cleaned and not Path(cleaned).expanduser().is_absolute():
        raise SettingRefusedError(
            key, Rule.NOT_ABSOLUTE, f"{cleaned!r} is not an absolute path", value=cleaned
        )
    return cleaned


def _default_level(current_levels: list[str], value: object) -> str:
    key = "default_sensitivity"
    if not isinstance(value, str):
        raise SettingRefusedError(key, Rule.WRONG_TYPE, "expected one of the sensitivity levels")
    found = _level_named(current_levels, value)
    if found is None:
        raise SettingRefusedError(
            key,
            Rule.NOT_A_LEVEL,
            f"{value.strip()!r} is not one of {', '.join(current_levels)}",
            value=value.strip(),
            allowed=tuple(current_levels),
        )
    return found


def _level_named(current_levels: list[str], name: object) -> str | None:
    # Levels are stored upper-case; an officer may type them in any case.
    wanted = str(name).strip().upper()
    return next((level for level in current_levels if level == wanted), None)


def _known(key: str) -> None:
    if key not in DEFAULTS:
        raise SettingRefusedError(key, Rule.UNKNOWN_KEY, "no such setting")


def _store(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)
