"""What the disk-full and SIGKILL campaigns share: a small real file system, two officers that
exchanged cards, and the checks that a profile came through whole."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.engine import integrity_check
from liaison_app import profile
from liaison_app.services import dump
from tests.conftest import PASSPHRASE, Cli

NOT_ROOT = (
    "NOT RUN: mounting a small tmpfs needs root (CI runs as root). The disk-full campaign was"
    " skipped on this machine; run it as root."
)
DISK_FULL_LINE = r"^liaison: the disk is full \(\d+(\.\d)? MB free\); nothing was changed\n$"


@contextmanager
def small_disk(where: Path, size: str = "16m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` for the block (root only; skips loudly otherwise)."""
    if os.geteuid() != 0:
        warnings.warn(NOT_ROOT, stacklevel=2)
        sys.stderr.write(f"\n*** {NOT_ROOT} ***\n")
        pytest.skip(NOT_ROOT)
    where.mkdir(parents=True, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)]
    refused = subprocess.run(mount, check=False, capture_output=True, text=True)
    if refused.returncode != 0:  # root without the right to mount (a container without SYS_ADMIN)
        reason = f"NOT RUN: mount of a small tmpfs refused here: {refused.stderr.strip()}"
        warnings.warn(reason, stacklevel=2)
        sys.stderr.write(f"\n*** {reason} ***\n")
        pytest.skip(reason)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


class Filler:
    """Takes the room of a small disk, leaving a chosen number of bytes free."""

    def __init__(self, disk: Path) -> None:
        self.path = disk / "filler.bin"
        self.disk = disk

    def leave(self, free: int) -> None:
        self.release()
        room = shutil.disk_usage(self.disk).free - free
        with self.path.open("wb") as out, suppress(OSError):
            while room > 0:
                chunk = min(room, 1 << 20)
                out.write(b"\0" * chunk)
                room -= chunk

    def release(self) -> None:
        self.path.unlink(missing_ok=True)


@dataclass
class Pair:
    """Anna (the profile under test) and HQ, who exchanged cards; `bundle` is from HQ to Anna."""

    anna: Cli
    hq: Cli
    anna_id: str
    hq_id: str
    bundle: Path


def make_pair(
    anna_dir: Path,
    hq_dir: Path,
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    demo_seed: int | None = None,
) -> Pair:
    """Two profiles with cards exchanged, a few records each (HQ: a demo month if
    `demo_seed`), and a bundle waiting for Anna."""
    anna, hq = Cli(anna_dir, monkeypatch), Cli(hq_dir, monkeypatch)
    cheap = ("--kdf-memory-mib", "8", "--kdf-iterations", "1")
    anna.ok("init", "--name", "Maj. Anna Berg", "--device", "anna-laptop", *cheap)
    hq.ok("init", "--name", "Col. Hana Ito", "--device", "hq-laptop", "--role", "hq", *cheap)
    files.mkdir(parents=True, exist_ok=True)
    for cli, name in ((anna, "anna"), (hq, "hq")):
        cli.ok("identity", "export", "-o", str(files / f"{name}.card"))
    anna.ok("peer", "add", str(files / "hq.card"))
    hq.ok("peer", "add", str(files / "anna.card"))
    if demo_seed is not None:
        hq.ok("demo", "--seed", str(demo_seed))
    for i in range(5):
        anna.ok("org", "add", "--name", f"Anna's org {i}")
        if demo_seed is None:
            hq.ok("org", "add", "--name", f"HQ org {i}", "--acronym", f"H{i}")
    anna_id = json.loads(anna.ok("identity", "show", "--json"))["device_id"]
    hq_id = json.loads(hq.ok("identity", "show", "--json"))["device_id"]
    bundle = files / "from-hq.liaison"
    hq.ok("sync", "export", "--to", anna_id, "-o", str(bundle))
    return Pair(anna, hq, anna_id, hq_id, bundle)


def whole_dump(directory: Path, passphrases: tuple[str, ...] = (PASSPHRASE,)) -> str:
    """Open the profile with one of `passphrases`, check every page, and dump it."""
    last: Exception | None = None
    for passphrase in passphrases:
        try:
            store = profile.unlock(directory, passphrase)
        except Exception as exc:
            last = exc
            continue
        with store:
            assert integrity_check(store.engine) == [], "a page fails its HMAC"
            return dump.dump_json(store)
    raise AssertionError(f"the profile does not open any more: {last!r}")


def leftovers(directory: Path) -> list[str]:
    """Temporary files a failed write must not leave in the profile folder."""
    return sorted(p.name for p in directory.rglob("*") if p.name.endswith((".tmp", ".partial")))
