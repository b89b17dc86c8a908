"""The duress passphrase: given at unlock, the profile is destroyed and an empty one shown.

What makes the store unopenable is the key file: every wrapped copy of the data key (the
passphrase slot, the recovery slot) is in it, so it is overwritten with random bytes, synced,
then removed; without it the SQLCipher file is noise to anyone, with any secret. The
database and what else the profile folder holds of this store go too, and a fresh, empty
profile is put in its place (liaison_app/profile.py), opened with the duress passphrase.

Not reached from here: backups written to another folder (they carry their own key file,
so the real passphrase still opens them) and bundles already exported. docs/SECURITY.md
says so to the officer choosing a duress passphrase.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

# What a profile folder holds of its store (profile, engine, upgrade, backup, held bundles).
_FILES = (
    "keys.json",
    "keys.json.tmp",
    "liaison.db",
    "liaison.db-wal",
    "liaison.db-shm",
    "liaison.db-journal",
    "liaison.pre-upgrade.db",
    "liaison.backup-copy.db",
    "unlock-attempts.json",
)
_FOLDERS = ("held",)
KEY_FILES = ("keys.json", "keys.json.tmp")


def destroy(directory: Path) -> None:
    """Overwrite and remove the key file (first: from then on nothing opens the store),
    then remove the database and the rest of the store's files in `directory`."""
    for name in KEY_FILES:
        shred(directory / name)
    for name in _FILES:
        (directory / name).unlink(missing_ok=True)
    for name in _FOLDERS:
        shutil.rmtree(directory / name, ignore_errors=True)
    _fsync(directory)
    log.warning("profile destroyed under duress; an empty one takes its place")


def shred(path: Path) -> None:
    """Overwrite `path` in place with random bytes, sync, and remove it (if it exists)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, secrets.token_bytes(max(size, 1)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()


def _fsync(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
