"""Errors a user can cause, each with the CLI exit code the contract gives it.

Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations

from sync.refusals import RefusalReason


class LiaisonError(Exception):
    """A failure the user can understand and act on; the message is one line."""

    exit_code = 1


class ValidationError(LiaisonError):
    """Input that breaks a rule of the domain (bad date, unknown type, empty title)."""

    exit_code = 2


class WrongSecretError(LiaisonError):
    """Wrong passphrase or recovery key."""

    exit_code = 3


class BundleRefusedError(LiaisonError):
    """A sync bundle that must not be applied; `code` says why (decide on it, not the text)."""

    exit_code = 4

    def __init__(self, message: str, code: RefusalReason) -> None:
        super().__init__(message)
        self.code = code


class NotFoundError(LiaisonError):
    """No live record with that id."""

    exit_code = 5


class ProfileError(LiaisonError):
    """The profile folder is missing, already initialised, or damaged."""

    exit_code = 1


class BusyError(LiaisonError):
    """Another task (a long sync, say) holds the profile's write lock for too long."""

    exit_code = 1
