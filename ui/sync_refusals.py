"""Why a bundle was refused, worded for the officer from its code (the services give the code
and a technical one-line message; the message stays in the tool tip and the log)."""

from __future__ import annotations

from liaison_app.services.syncing import RefusalReason
from ui.i18n import tr as _tr


def refusal_text(code: RefusalReason | None, message: str) -> str:
    """A short translatable phrase for `code`; the service's message for a code it lacks."""
    phrases = {
        RefusalReason.UNREADABLE: _tr("the file cannot be read"),
        RefusalReason.NOT_A_BUNDLE: _tr("not a Liaison bundle"),
        RefusalReason.TRUNCATED: _tr("the bundle is truncated (copied only in part?)"),
        RefusalReason.UNKNOWN_FORMAT: _tr("a bundle format this version of Liaison does not read"),
        RefusalReason.DAMAGED: _tr("the bundle is damaged or was tampered with"),
        RefusalReason.BAD_SIGNATURE: _tr("the signature does not verify (damaged or tampered with)"),
        RefusalReason.CHANGED_WHILE_READING: _tr("the file changed while it was being read"),
        RefusalReason.NOT_ADDRESSED: _tr("not addressed to this device"),
        RefusalReason.KEY_DOES_NOT_OPEN: _tr("this device's key does not open it"),
        RefusalReason.SENDER_MISMATCH: _tr("the sender's keys do not match its device id"),
        RefusalReason.UNTRUSTED_SENDER: _tr("the sender is not a trusted device (add its card first)"),
        RefusalReason.REVOKED_SENDER: _tr("the sender's device is revoked"),
        RefusalReason.WRONG_SIGNING_KEY: _tr("signed with a key other than the trusted one"),
        RefusalReason.NOT_A_SYNC_BUNDLE: _tr("not a Liaison sync bundle"),
        RefusalReason.MALFORMED_HEADER: _tr("its header is malformed"),
        RefusalReason.MISMATCHED_HEADER: _tr("its header does not match its envelope"),
        RefusalReason.NEWER_VERSION: _tr("written by a newer Liaison: upgrade to read it"),
        RefusalReason.BAD_CARD: _tr("it carries a bad identity card"),
        RefusalReason.MASS_DELETE: _tr(
            "it would delete many of your records: nothing applied until you agree"
        ),
        RefusalReason.MALFORMED_CHANGESET: _tr("it holds a malformed change"),
        RefusalReason.UNKNOWN_DEVICE: _tr("it relays changes from a device nobody vouched for"),
        RefusalReason.FORGED_CHANGESET: _tr("it holds a forged change"),
        RefusalReason.EQUIVOCATION: _tr(
            "its device signed two different changes with the same number (revoke it?)"
        ),
        RefusalReason.CHANGESET_TOO_LARGE: _tr("one change is larger than Liaison accepts"),
        RefusalReason.NO_COMMON_PROTOCOL: _tr(
            "the recipient's Liaison is too old to read this release's changes"
        ),
        RefusalReason.SCOPE_UNSUPPORTED: _tr(
            "only HQ exports by area, and only to officers whose Liaison reads it"
        ),
        RefusalReason.STUB_WITHOUT_MARKER: _tr(
            "one change had a purged record taken out, and the purge it names has not arrived"
        ),
    }
    return phrases.get(code, message) if code is not None else message
