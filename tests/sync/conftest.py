"""Devices for sync tests: real profiles, real keys, real bundle files."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from liaison_app import profile
from liaison_app.services import syncing
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF

Factory = Callable[..., Store]


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Factory]:
    """Make a device: `device("Anna", role="field")`."""
    opened: list[Store] = []

    def make(officer: str, *, role: str = "field") -> Store:
        created = profile.init(
            tmp_path / officer,
            passphrase="passphrase",
            officer_name=officer,
            device_name=f"{officer.lower()}-laptop",
            role=role,
            cost=CHEAP_KDF,
        )
        opened.append(created.store)
        return created.store

    yield make
    for store in opened:
        store.close()


def introduce(a: Store, b: Store) -> None:
    """Exchange identity cards both ways, as two officers would at a handover."""
    for src, dst in ((a, b), (b, a)):
        card = syncing.export_card(src, src.directory / f"card-{src.author.device_id}.json")
        syncing.add_peer(dst, card)


_counter = itertools.count()


def send(src: Store, dst: Store, *, full: bool = False) -> dict[str, object]:
    """Export a bundle from src for dst and import it there; returns the import counts."""
    path = src.directory.parent / f"bundle-{next(_counter)}.liaison"
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=full)
    return syncing.import_bundle(dst, path)


def bundle_for(src: Store, dst: Store, *, full: bool = False) -> Path:
    path = src.directory.parent / f"bundle-{next(_counter)}.liaison"
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=full)
    return path
