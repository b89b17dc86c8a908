"""Helpers the interop tests share: vCard text written as other programs write it, and
counts that show what an import wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.store import Store

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data" / "vcards"
OURS = Path(__file__).resolve().parents[2] / "data" / "vcards"
SHARED_ABSENT = f"{SHARED} is absent: the real exports are read in place beside the project, never copied"


def shared_card(name: str) -> Path:
    """One of the real exports in ../shared/data/vcards; the test skips, saying why, without it."""
    path = SHARED / name
    if not path.is_file():
        pytest.skip(SHARED_ABSENT)
    return path


def vcf(path: Path, *cards: str) -> Path:
    """Write `cards` (each the lines between BEGIN and END) as a CRLF vCard file."""
    text = "".join(f"BEGIN:VCARD\r\n{card.strip()}\r\nEND:VCARD\r\n" for card in cards)
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    return path


def counts(store: Store) -> dict[str, int]:
    """Live contacts and organizations, and changesets captured (what travels to peers)."""
    with store.session() as s:
        run = s.connection().exec_driver_sql
        return {
            "contact": run("SELECT count(*) FROM contact WHERE deleted_at IS NULL").scalar_one(),
            "organization": run("SELECT count(*) FROM organization WHERE deleted_at IS NULL").scalar_one(),
            "changeset": run("SELECT count(*) FROM sync_changeset").scalar_one(),
        }
