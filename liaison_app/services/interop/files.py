"""Writing an export file: atomically (a crash or a cancel leaves the old file or none, never
half of one), in the folder the user chose and nowhere else (no temporary plaintext elsewhere)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from liaison_app.services.backup_copies import fsync_folder, os_failure


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
