"""Helpers for sync tests: devices that trust each other, real bundle files.

The `device` fixture itself lives in tests/conftest.py.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from liaison_app.services import syncing
from liaison_app.store import Store
from tests.conftest import Factory

__all__ = ["Factory", "bundle_for", "introduce", "send"]


def introduce(a: Store, b: Store) -> None:
    """Exchange identity cards both ways, as two officers would at a handover."""
    for src, dst in ((a, b), (b, a)):
        card = syncing.export_card(src, src.directory / f"card-{src.author.device_id}.json")
        syncing.add_peer(dst, card)


_counter = itertools.count()


def send(src: Store, dst: Store, *, full: bool = False) -> syncing.ImportCounts:
    """Export a bundle from src for dst and import it there; returns the import counts."""
    path = src.directory.parent / f"bundle-{next(_counter)}.liaison"
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=full)
    return syncing.import_bundle(dst, path).counts


def bundle_for(src: Store, dst: Store, *, full: bool = False) -> Path:
    path = src.directory.parent / f"bundle-{next(_counter)}.liaison"
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=full)
    return path
