"""Errors a user can cause, each with the CLI exit code the contract gives it.

Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations


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
    """A sync bundle that must not be applied."""

    exit_code = 4


class NotFoundError(LiaisonError):
    """No live record with that id."""

    exit_code = 5


class ProfileError(LiaisonError):
    """The profile folder is missing, already initialised, or damaged."""

    exit_code = 1


class BusyError(LiaisonError):
    """Another task (a long sync, say) holds the profile's write lock for too long."""

    exit_code = 1


class BundleHeldError(LiaisonError):
    """A sync bundle written by a newer Liaison: kept in the profile until an upgrade reads it."""

    exit_code = 6

    def __init__(self, message: str, *, written_by: str | None) -> None:
        super().__init__(message)
        self.written_by = written_by
