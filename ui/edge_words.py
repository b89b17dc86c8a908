"""The machine's failures worded for people: a full disk, permissions, the wait after wrong
passphrases, an unfinished profile (the unlock screen and the passphrase dialogs)."""

from __future__ import annotations

from pathlib import Path

from liaison_app.errors import AbandonedProfileError, AccessDeniedError, DiskFullError, UnlockDelayedError
from ui.i18n import tr as _tr


def edge_text(exc: object, directory: Path) -> str | None:
    """One translated line for a failure of the machine, or None when `exc` is not one."""
    if isinstance(exc, UnlockDelayedError):
        return _tr("Too many wrong passphrases in a row.")
    if isinstance(exc, DiskFullError):
        return _tr(
            "The disk is full ({free} MB free). Nothing was changed. Make room, then try again."
        ).format(free=f"{exc.free_bytes / 1_000_000:.1f}")
    if isinstance(exc, AccessDeniedError):
        return _tr("This user may not open the profile folder {folder}. Check its permissions.").format(
            folder=directory
        )
    if isinstance(exc, AbandonedProfileError):
        return _tr("The profile in {folder} was never finished: its creation was interrupted.").format(
            folder=directory
        )
    return None
