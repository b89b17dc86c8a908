"""An HQ intake folder written by real field profiles, made once per test module.

Four officers trust HQ. In the folder HQ receives:
- Anna's two bundles, the later named first: her second carries only her second changeset
  (she had learnt that HQ held the first), so imported in name order it would wait;
- Bert's bundle and a copy of it under another name (the same file twice);
- Carl's bundle, and a damaged copy of a later one (refused: truncated);
- nothing from Dana, who never sent anything.
The HQ profile doing the intake is a copy taken before it imported anything: Anna's first
bundle went into another copy of it, whose reply taught Anna what HQ held.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from liaison_app.services import records, syncing
from liaison_app.store import Store
from tests.sync.conftest import introduce
from tests.sync.support import World

OFFICERS = ("Anna", "Bert", "Carl", "Dana")
FILES = {
    "anna-later": "1-anna.liaison",  # before her first in name order
    "anna-first": "2-anna.liaison",
    "bert": "3-bert.liaison",
    "bert-copy": "4-bert-copy.liaison",
    "carl": "5-carl.liaison",
    "carl-damaged": "6-carl.liaison",
}


@dataclass(frozen=True)
class IntakeWorld:
    """The world's folder of profiles and the intake folder (paths only: copy, then open)."""

    root: Path
    inbox: Path
    device_ids: dict[str, str]

    @contextmanager
    def copy(self, destination: Path) -> Iterator[tuple[World, Path]]:
        """A copy of the profiles and of the intake folder, for one test."""
        shutil.copytree(self.inbox, destination / "inbox")
        with World(self.root).copy(destination / "world") as world:
            yield world, destination / "inbox"

    def file(self, key: str, inbox: Path) -> Path:
        """One of the intake folder's files in a copied folder."""
        return inbox / FILES[key]


def export(src: Store, dst: Store, path: Path) -> Path:
    """A real bundle from src to dst of what dst is not known to hold."""
    syncing.export_bundle(src, to=[dst.author.device_id], path=path)
    return path


def build(root: Path) -> IntakeWorld:
    """Write the profiles and the intake folder under `root`."""
    world = World(root / "world")
    hq = world.device("HQ", role="hq")
    for officer in OFFICERS:
        introduce(world.device(officer), hq)
    inbox = root / "inbox"
    inbox.mkdir()
    anna, bert, carl = world["Anna"], world["Bert"], world["Carl"]
    records.add(anna, "org", {"name": "World Food Programme"})
    first = export(anna, hq, inbox / FILES["anna-first"])
    records.add(bert, "org", {"name": "UNICEF"})
    export(bert, hq, inbox / FILES["bert"])
    shutil.copyfile(inbox / FILES["bert"], inbox / FILES["bert-copy"])
    records.add(carl, "org", {"name": "OCHA"})
    export(carl, hq, inbox / FILES["carl"])
    records.add(carl, "contact", {"full_name": "Jean Mukendi"})
    damaged = export(carl, hq, root / "carl-2.liaison")
    data = damaged.read_bytes()
    (inbox / FILES["carl-damaged"]).write_bytes(data[: len(data) // 2])
    device_ids = {name: store.author.device_id for name, store in world.stores.items()}
    world.close()

    # Another copy of HQ imports Anna's first bundle and answers: now Anna knows HQ holds it.
    shutil.copytree(root / "world" / "HQ", root / "hq-ahead")
    ahead = World(root)
    try:
        syncing.import_bundle(ahead["hq-ahead"], first)
        reply = export(ahead["hq-ahead"], ahead["world/Anna"], root / "reply.liaison")
        syncing.import_bundle(ahead["world/Anna"], reply)
        records.add(ahead["world/Anna"], "org", {"name": "UNHCR"})
        export(ahead["world/Anna"], ahead["hq-ahead"], inbox / FILES["anna-later"])
    finally:
        ahead.close()
    shutil.rmtree(root / "hq-ahead")
    return IntakeWorld(root / "world", inbox, device_ids)
