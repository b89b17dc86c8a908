"""Writing an export file: atomically (a crash or a cancel leaves the old file or none, never
half of one), in the folder the user chose and nowhere else (no temporary plaintext elsewhere);
and the note beside a CSV export that names its redaction profile."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from liaison_app import __version__
from liaison_app.services.backup_copies import fsync_folder, os_failure
from liaison_app.services.interop.redaction import PROFILES, Redaction


@contextmanager
def atomic(path: Path) -> Iterator[BinaryIO]:
    """`with atomic(path) as out: out.write(...)`: the file appears whole when the block ends;
    on any exception (a cancel too) the partial file is removed and `path` is untouched."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    try:
        with part.open("xb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise os_failure(exc, path) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def sidecar_path(path: Path) -> Path:
    """Where the note beside a CSV file says how it was redacted: `NAME.redaction.txt`."""
    return path.with_name(f"{path.stem}.redaction.txt")


def sidecar(path: Path, rules: Redaction, *, what: str, records: int) -> Path:
    """Write the note beside a CSV export naming its redaction profile (a comment row in the
    CSV itself would break Excel and HDX's readers); returns its path."""
    words = PROFILES[rules.profile]
    text = (
        f"Liaison {__version__} export: {what}\r\n"
        f"File: {path.name}\r\n"
        f"Redaction profile: {rules.marks()} - {words.leaves_out}\r\n"
        f"Records: {records}\r\n"
        "The file is NOT encrypted: anyone who gets it can read it.\r\n"
    )
    note = sidecar_path(path)
    with atomic(note) as out:
        out.write(text.encode("utf-8"))
    return note
