"""Reading passphrases and recovery keys: from the environment or a prompt, never from argv."""

from __future__ import annotations

import getpass
import os

from liaison_app.errors import ValidationError

MIN_NEW_PASSPHRASE = 8


def _prompt(label: str) -> str:
    try:
        return getpass.getpass(f"{label}: ")
    except EOFError:
        raise ValidationError(f"no {label.lower()} given (set it in the environment or type it)") from None


def read_secret(env_var: str, label: str) -> str:
    """The value of `env_var` if set, else a prompt without echo."""
    value = os.environ.get(env_var)
    return value if value is not None else _prompt(label)


def read_new_passphrase(env_var: str) -> str:
    """A new passphrase from `env_var`, else prompted twice; refuses short or mismatched ones."""
    value = os.environ.get(env_var)
    if value is None:
        value = _prompt("New passphrase")
        if _prompt("Repeat new passphrase") != value:
            raise ValidationError("passphrase: the two entries differ")
    if len(value) < MIN_NEW_PASSPHRASE:
        raise ValidationError(f"passphrase: use at least {MIN_NEW_PASSPHRASE} characters")
    return value
