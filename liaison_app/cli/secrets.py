"""Reading passphrases and recovery keys: from the environment or a prompt, never from argv."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable

from liaison_app.errors import ValidationError
from liaison_app.services import passphrase as policy


def _prompt(label: str) -> str:
    try:
        return getpass.getpass(f"{label}: ")
    except EOFError:
        raise ValidationError(f"no {label.lower()} given (set it in the environment or type it)") from None


def read_secret(env_var: str, label: str) -> str:
    """The value of `env_var` if set, else a prompt without echo."""
    value = os.environ.get(env_var)
    return value if value is not None else _prompt(label)


def read_new_passphrase(env_var: str, *, user_inputs: Iterable[str] = ()) -> str:
    """A new passphrase from `env_var`, else prompted twice; the passphrase policy decides
    (PassphraseRefusedError, exit 2, for a weak or mismatched one)."""
    inputs = tuple(user_inputs)
    value = os.environ.get(env_var)
    if value is not None:
        return policy.require_acceptable(value, user_inputs=inputs)
    value = _prompt("New passphrase")
    # Refuse a weak one before asking to type it again.
    policy.require_acceptable(value, user_inputs=inputs)
    return policy.check_new(value, _prompt("Repeat new passphrase"), user_inputs=inputs)
