"""Any refusal or failure a service raises, worded in the interface's language from its type
and code. The services' own messages are the command line's English: the GUI shows one only
for an error it has no words for (and the log keeps it whole)."""

from __future__ import annotations

from liaison_app.errors import (
    AccessDeniedError,
    BundleRefusedError,
    BusyError,
    DiskFullError,
    NotFoundError,
    ProfileTooNewError,
    UnlockDelayedError,
    ValidationError,
    WrongSecretError,
)
from liaison_app.kind_schema import MissingReferenceError
from liaison_app.services import display_text
from ui.display_words import label_text
from ui.i18n import tr as _tr
from ui.sync_refusals import refusal_text as bundle_refusal_text
from ui.validation_words import missing_reference_text, refusal_text, sentence


def error_text(exc: object) -> str:
    """`exc` as one sentence for the officer."""
    if isinstance(exc, ValidationError):
        reason = sentence(refusal_text(exc))
        if exc.field is None:
            return reason
        caption = label_text("field", display_text.field_label(exc.field))
        return _tr("%1: %2").replace("%1", caption).replace("%2", reason)
    if isinstance(exc, MissingReferenceError):
        return sentence(missing_reference_text(exc))
    if isinstance(exc, BundleRefusedError):
        return sentence(bundle_refusal_text(exc.code, str(exc)))
    words: list[tuple[type[BaseException], str]] = [
        (WrongSecretError, _tr("Wrong passphrase or recovery key.")),
        (NotFoundError, _tr("That record is not here: deleted, purged or never received.")),
        (BusyError, _tr("Another task is writing to the profile; try again when it ends.")),
        (DiskFullError, _tr("The disk is full: nothing was changed. Free some space and try again.")),
        (ProfileTooNewError, _tr("This profile was written by a newer Liaison: upgrade to open it.")),
        (UnlockDelayedError, _tr("Too many wrong passphrases: wait a moment before trying again.")),
        (AccessDeniedError, _tr("The system refuses access to a file or folder of the profile.")),
    ]
    for kind, text in words:
        if isinstance(exc, kind):
            return text
    return str(exc)
