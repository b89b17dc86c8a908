"""Why a bundle was refused, as a code: every decision on a refusal reads the code, never the
message, so a message can be reworded (or translated) without changing what the app does.

No imports of ours: `liaison_app.errors` carries these codes without loading the crypto.
"""

from __future__ import annotations

from enum import StrEnum


class RefusalReason(StrEnum):
    """The reason a bundle (or a request to write one) was refused; values travel in --json."""

    # The file itself
    UNREADABLE = "unreadable"  # the path cannot be read (missing, a folder, no permission)
    NOT_A_BUNDLE = "not_a_bundle"
    TRUNCATED = "truncated"
    UNKNOWN_FORMAT = "unknown_format"  # a container format version this app does not read
    DAMAGED = "damaged"  # a check failed: accidental damage and tampering look alike
    BAD_SIGNATURE = "bad_signature"
    CHANGED_WHILE_READING = "changed_while_reading"
    # Addressing and trust
    NOT_ADDRESSED = "not_addressed"  # no slot for this device: someone else's bundle
    KEY_DOES_NOT_OPEN = "key_does_not_open"  # a slot for this id that this device's key cannot open
    SENDER_MISMATCH = "sender_mismatch"  # the sender's keys do not hash to its device id
    UNTRUSTED_SENDER = "untrusted_sender"
    REVOKED_SENDER = "revoked_sender"
    WRONG_SIGNING_KEY = "wrong_signing_key"  # signed with a key other than the trusted one
    # The signed sync header
    NOT_A_SYNC_BUNDLE = "not_a_sync_bundle"
    MALFORMED_HEADER = "malformed_header"
    MISMATCHED_HEADER = "mismatched_header"  # sender or recipients differ from the envelope
    NEWER_VERSION = "newer_version"  # written by a newer Liaison: upgrade to read it
    BAD_CARD = "bad_card"  # a vouched identity card that does not check
    # It would delete more than the set share of this device's live records (sync.mass_delete):
    # nothing applied until the officer says yes (`--allow-mass-delete`).
    MASS_DELETE = "mass_delete"
    # The changesets inside
    MALFORMED_CHANGESET = "malformed_changeset"
    UNKNOWN_DEVICE = "unknown_device"  # relays changes from a device nobody vouched for
    FORGED_CHANGESET = "forged_changeset"
    # Writing a bundle
    UNKNOWN_RECIPIENT = "unknown_recipient"
    REVOKED_RECIPIENT = "revoked_recipient"
    NO_RECIPIENT = "no_recipient"
    NO_COMMON_PROTOCOL = "no_common_protocol"  # a recipient speaks no protocol this release writes
    # An area-scoped export that cannot be: not from HQ, or to a device (0.1.0) that cannot
    # read which changesets were left out.
    SCOPE_UNSUPPORTED = "scope_unsupported"
    # One changeset refused by itself: the rest of its bundle still goes in
    EQUIVOCATION = "equivocation"  # its device signed another changeset with the same number
    CHANGESET_TOO_LARGE = "changeset_too_large"  # above a cap of sync.limits
    # A stub (a changeset a store purged a record from, sync.stubs) naming a record whose
    # purge marker this device does not hold: refused by itself, its number not passed.
    STUB_WITHOUT_MARKER = "stub_without_marker"


class ChangesetRejection(StrEnum):
    """Why the merge refused one changeset that arrived in an accepted bundle; values are
    stored with the changeset and travel in --json.

    A rejected changeset applies nothing, but its number counts as passed (so its origin's
    later changesets and those that depend on it still merge), and it is decided from the
    changeset and its causal past alone, so every device decides alike (docs/SYNC.md).
    """

    OUT_OF_RANGE = "out_of_range"  # a sequence number, clock or dependency no device writes
    BAD_NAME = "bad_name"  # a record id, kind or field name no protocol uses
    NOT_WRITABLE = "not_writable"  # an operation on bookkeeping (deleted_at, id, author...)
    BAD_VALUE = "bad_value"  # a value the field's rules refuse (type, vocabulary, format, size)
    DUPLICATE_OPERATION = "duplicate_operation"  # one field of one record set twice
    MISSING_REQUIRED = "missing_required"  # a new record without a required field
    MISSING_REFERENCE = "missing_reference"  # names a record its author had not seen
    WRONG_KIND = "wrong_kind"  # the record id belongs to a record of another kind
    BAD_PRED = "bad_pred"  # claims to overwrite an operation its author had not seen
    REVOKED = "revoked"  # written by a revoked device after what was vouched for
    MERGE_FAILED = "merge_failed"  # the merge raised anyway: set aside by itself
    PURGE_NOT_ALONE = "purge_not_alone"  # a purge marker beside other operations on its record
