"""Profile settings kept inside the encrypted database (never in a readable file)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from db.models import Setting
from liaison_app import vocab
from liaison_app.errors import ValidationError

DEFAULTS: dict[str, Any] = {
    "officer_name": "",
    "device_name": "",
    "role": "field",
    "sensitivity_levels": list(vocab.DEFAULT_SENSITIVITY_LEVELS),
    "default_sensitivity": vocab.DEFAULT_SENSITIVITY,
    "auto_lock_minutes": 10,
    "exchange_folder": "",
}


def get(session: Session, key: str) -> Any:
    """The stored value of `key`, or its default."""
    if key not in DEFAULTS:
        raise ValidationError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    """Store `value` under `key` (the caller commits)."""
    if key not in DEFAULTS:
        raise ValidationError(f"unknown setting {key!r}")
    if key == "sensitivity_levels":
        value = _clean_levels(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def all_settings(session: Session) -> dict[str, Any]:
    """Every setting with its current value."""
    return {key: get(session, key) for key in DEFAULTS}


def _clean_levels(value: Any) -> list[str]:
    levels = [str(v).strip().upper() for v in value if str(v).strip()]
    if not levels or len(set(levels)) != len(levels):
        raise ValidationError("sensitivity levels: give at least one, without repeats")
    return levels


def minutes(value: object) -> int:
    """A whole number of minutes, 0 meaning never."""
    try:
        number = int(str(value))
    except ValueError:
        raise ValidationError(f"minutes: {value!r} is not a whole number") from None
    if number < 0:
        raise ValidationError("minutes: must not be negative")
    return number
