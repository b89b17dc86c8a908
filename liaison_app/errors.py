"""Errors a user can cause, each with the CLI exit code the contract gives it.

Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from sync.refusals import RefusalReason


class LiaisonError(Exception):
    """A failure the user can understand and act on; the message is one line."""

    exit_code = 1


class Rule(StrEnum):
    """Which rule an input broke: the GUI words a refusal from this and its `params`
    (nobody parses the message, which is the command line's English)."""

    # Field values (liaison_app.validation and the registry's cleaners).
    EXPECTED_TEXT = "expected_text"
    REQUIRED = "required"  # params: none
    TOO_LONG = "too_long"  # max_len
    NOT_A_CHOICE = "not_a_choice"  # value, allowed
    NOT_A_DATETIME = "not_a_datetime"  # value
    NOT_A_DATE = "not_a_date"  # value
    BAD_GRID = "bad_grid"  # value
    NOT_A_NUMBER = "not_a_number"  # value
    OUT_OF_RANGE = "out_of_range"  # value, low, high
    BAD_EMAIL = "bad_email"  # value
    BAD_PHONE = "bad_phone"  # value
    NOT_YES_OR_NO = "not_yes_or_no"  # value
    EXPECTED_LIST = "expected_list"
    ENTRY_NEEDS_KIND_AND_VALUE = "entry_needs_kind_and_value"
    POINT_NEEDS_KIND_AND_TEXT = "point_needs_kind_and_text"
    POINT_NOT_KIND_TEXT = "point_not_kind_text"  # value
    AMBIGUOUS = "ambiguous"  # value: a name or code several records have
    TOO_MANY_POINTS = "too_many_points"  # max_count: an area's outline
    # Rules across fields of one record (liaison_app.field_rules).
    END_BEFORE_START = "end_before_start"
    BOTH_OR_NEITHER = "both_or_neither"  # first, second: the two fields
    OWN_ANCESTOR = "own_ancestor"  # kind: org or area
    # Sync: lifting another device's do-not-share mark (liaison_app.services.privacy).
    MARKED_ELSEWHERE = "marked_elsewhere"  # by: the officers whose mark stands
    # Merging duplicates (services.record_merge)
    MERGE_ITSELF = "merge_itself"  # a record merged into itself
    MERGE_PROTECTED = "merge_protected"  # a record marked do-not-share: a merge would share it
    NOT_MERGED = "not_merged"  # unmerge of a record that is not merged away
    MERGED_AWAY = "merged_away"  # restore of a record merged into another (unmerge it)
    NOT_A_SIDE = "not_a_side"  # value: a --field choice other than KEEP or OTHER
    # Kinds and fields themselves.
    UNKNOWN_KIND = "unknown_kind"  # value, allowed
    UNKNOWN_FIELD = "unknown_field"  # kind, value
    # Settings (liaison_app.settings).
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    EMPTY = "empty"
    TOO_MANY = "too_many"
    REPEATED = "repeated"
    HAS_COMMA = "has_comma"
    NOT_A_LEVEL = "not_a_level"
    NOT_ABSOLUTE = "not_absolute"
    # New passphrases (the reason is on PassphraseRefusedError).
    PASSPHRASE_REFUSED = "passphrase_refused"


# A value a rule names (a limit, the input, the allowed choices).
Param = str | int | float | tuple[str, ...]


class ValidationError(LiaisonError):
    """Input that breaks a rule of the domain (bad date, unknown type, empty title).

    `field` names the record field at fault (None when no single field is), `detail` is
    the message without the field's name, `rule` says which rule was broken (None: one
    without a code yet) and `params` the values its wording needs (a frozen mapping).
    """

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        detail: str | None = None,
        rule: Rule | None = None,
        params: Mapping[str, Param] | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.detail = message if detail is None else detail
        self.rule = rule
        self.params: Mapping[str, Param] = MappingProxyType(dict(params or {}))

    @classmethod
    def about(cls, field: str, detail: str, rule: Rule | None = None, **params: Param) -> ValidationError:
        """The error "`field`: `detail`", tagged with `field`, `rule` and `params`."""
        return cls(f"{field}: {detail}", field=field, detail=detail, rule=rule, params=params)


class WrongSecretError(LiaisonError):
    """Wrong passphrase or recovery key."""

    exit_code = 3


class BundleRefusedError(LiaisonError):
    """A sync bundle that must not be applied; `code` says why (decide on it, not the text)."""

    exit_code = 4

    def __init__(self, message: str, code: RefusalReason) -> None:
        super().__init__(message)
        self.code = code


class MassDeleteError(BundleRefusedError):
    """A bundle that would delete more than the set share of this device's live records:
    nothing applied; `deleted` counts them by kind (org, contact...), of `live` before."""

    def __init__(self, message: str, *, deleted: Mapping[str, int], live: int) -> None:
        super().__init__(message, RefusalReason.MASS_DELETE)
        self.deleted = MappingProxyType(dict(deleted))
        self.live = live


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


class DiskFullError(LiaisonError):
    """The disk holding the profile (or a file being written) is full; nothing was changed.

    `free_bytes` is what was left when it was noticed, for the GUI to word.
    """

    exit_code = 1

    def __init__(self, message: str, *, free_bytes: int) -> None:
        super().__init__(message)
        self.free_bytes = free_bytes


class AbandonedProfileError(ProfileError):
    """The folder holds the remains of a profile whose creation never finished (a killed or
    failed `init`): a database without its key file, which nothing can open."""


class UnlockDelayedError(LiaisonError):
    """Too many wrong passphrases lately: the next attempt must wait `wait_seconds`."""

    exit_code = 3

    def __init__(self, message: str, *, wait_seconds: int) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class AccessDeniedError(ProfileError):
    """The operating system refuses access to a file or folder of the profile."""
