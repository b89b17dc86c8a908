"""Profile preferences the settings screen edits: auto-lock, exchange folder, KDF cost."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from liaison_app import keyfile, profile, settings
from liaison_app.errors import ValidationError
from liaison_app.store import Store

MAX_AUTO_LOCK_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Preferences:
    """The values the settings screen shows."""

    auto_lock_minutes: int  # 0: never lock on idle
    exchange_folder: str
    kdf: keyfile.KdfCost
    sensitivity_levels: list[str]
    default_sensitivity: str


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
    )


def update(
    store: Store, *, auto_lock_minutes: int | None = None, exchange_folder: str | None = None
) -> Preferences:
    """Validate and store the given preferences; returns them all as now stored."""
    with store.session() as s:
        if auto_lock_minutes is not None:
            settings.put(s, "auto_lock_minutes", _minutes(auto_lock_minutes))
        if exchange_folder is not None:
            settings.put(s, "exchange_folder", _folder(exchange_folder))
        s.commit()
    return read(store)


def change_kdf_cost(store: Store, *, passphrase: str, cost: keyfile.KdfCost) -> None:
    """Rewrap the passphrase slot at a new Argon2id cost (WrongSecretError if mistyped)."""
    profile.change_passphrase(store.directory, passphrase, passphrase, cost)


def _minutes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"auto_lock_minutes: {value!r} is not a whole number")
    if not 0 <= value <= MAX_AUTO_LOCK_MINUTES:
        raise ValidationError(f"auto_lock_minutes: must be 0 (never) to {MAX_AUTO_LOCK_MINUTES}")
    return value


def _folder(value: str) -> str:
    cleaned = value.strip()
    if cleaned and not Path(cleaned).expanduser().is_absolute():
        raise ValidationError(f"exchange_folder: {cleaned!r} is not an absolute path")
    return cleaned
