"""The folder each kind of file dialog last used (bundles, identity cards, the recovery key,
diagnostics, the exchange folder), so the next dialog of that kind opens there rather than
in the home folder, as desktop applications do.

Only folder paths are kept (in the Qt settings file beside the window geometry, not in the
profile: they are needed before it is unlocked); never a file name or anything read from
the profile.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

_GROUP = "recent_folders"


class Purpose(StrEnum):
    """What a file dialog is for; each remembers its own folder."""

    BUNDLE = "bundle"  # sync bundles exported or imported
    CARD = "card"  # identity cards exported or added
    RECOVERY_KEY = "recovery_key"
    DIAGNOSTICS = "diagnostics"
    EXCHANGE_FOLDER = "exchange_folder"  # where the exchange-folder picker starts
    CHART = "chart"  # HQ charts saved as PNG


def folder(purpose: Purpose) -> Path:
    """The folder the last dialog for `purpose` used, if it still exists; else the home folder."""
    stored = QSettings().value(f"{_GROUP}/{purpose.value}", "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return Path.home()


def start(purpose: Purpose, file_name: str = "") -> str:
    """Where a dialog for `purpose` opens: its folder, with `file_name` suggested in it."""
    place = folder(purpose)
    return str(place / file_name) if file_name else str(place)


def remember(purpose: Purpose, chosen: str | Path) -> None:
    """Keep the folder of what the officer chose (a file's folder, or a chosen folder);
    nothing chosen (the dialog cancelled) keeps the previous one."""
    if not str(chosen):
        return
    path = Path(chosen)
    place = path if path.is_dir() else path.parent
    QSettings().setValue(f"{_GROUP}/{purpose.value}", str(place))
