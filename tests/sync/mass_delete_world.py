"""A bundle that deletes most of what it once brought: 40 contacts sent, 30 of them deleted."""

from __future__ import annotations

from pathlib import Path

from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce, send


def deleting_bundle(device: Factory, here: Store, *, contacts: int = 40, deleted: int = 30) -> Path:
    """A new officer's bundle for `here` deleting `deleted` of the `contacts` it sent before."""
    officer = device("Bert")
    introduce(officer, here)
    with records.batch(officer) as batch:
        for i in range(contacts):
            batch.add("contact", {"full_name": f"Person {i}"})
    send(officer, here)
    for record in records.list_records(officer, "contact")[:deleted]:
        records.delete_record(officer, "contact", record.id)
    return bundle_for(officer, here)
