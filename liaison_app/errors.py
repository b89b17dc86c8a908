"""Errors a user can cause, each with the CLI exit code the contract gives it.

Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations

from sync.refusals import RefusalReason


class LiaisonError(Exception):
    """A failure the user can understand and act on; the message is one line."""

    exit_code = 1


class ValidationError(LiaisonError):
    """Input that breaks a rule of the domain (bad date, unknown type, empty title).

    `field` names the record field at fault (None when no single field is), and `detail`
    is the message without the field's name: forms show it under that field.
    """

    exit_code = 2

    def __init__(self, message: str, *, field: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.detail = message if detail is None else detail

    @classmethod
    def about(cls, field: str, detail: str) -> ValidationError:
        """The error "`field`: `detail`", tagged with `field`."""
        return cls(f"{field}: {detail}", field=field, detail=detail)


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


class ProfileTooNewError(ProfileError):
    """The profile was written by a newer Liaison; it is refused and left untouched."""

    def __init__(self, message: str, *, found: int, supported: int) -> None:
        super().__init__(message)
        self.found = found
        self.supported = supported


class UpgradeFailedError(LiaisonError):
    """Upgrading the profile's schema failed; `unchanged` says whether it is as it was.

    `step` is where it stopped, as a code: "copy", "migration" or "restore".
    """

    exit_code = 1

    def __init__(self, message: str, *, step: str, unchanged: bool) -> None:
        super().__init__(message)
        self.step = step
        self.unchanged = unchanged


class BundleHeldError(LiaisonError):
    """A sync bundle written by a newer Liaison: kept in the profile until an upgrade reads it."""

    exit_code = 6

    def __init__(self, message: str, *, written_by: str | None) -> None:
        super().__init__(message)
        self.written_by = written_by
