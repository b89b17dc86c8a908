"""`sync import` and `sync folder` refuse a mass delete with exit 4 and one clear line,
unless `--allow-mass-delete`."""

from __future__ import annotations

import json

from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import Cli, Factory
from tests.sync.mass_delete_world import deleting_bundle


def test_given_a_bundle_deleting_most_contacts_then_import_exits_4_until_allowed(
    device: Factory, store: Store, cli: Cli
) -> None:
    path = deleting_bundle(device, store)

    refused = cli("sync", "import", str(path))
    assert refused.code == 4
    assert "it would delete 30 of the 40 records here (30 contacts)" in refused.err
    assert "--allow-mass-delete" in refused.err
    assert len(records.list_records(store, "contact")) == 40

    (entry,) = json.loads(cli("sync", "import", str(path), "--json").out)
    assert (entry["reason"], entry["would_delete"], entry["live"]) == ("mass_delete", {"contact": 30}, 40)

    cli.ok("sync", "import", str(path), "--allow-mass-delete")
    assert len(records.list_records(store, "contact")) == 10


def test_given_a_mass_delete_in_the_exchange_folder_then_sync_folder_exits_4_until_allowed(
    device: Factory, store: Store, cli: Cli
) -> None:
    path = deleting_bundle(device, store)
    folder = path.parent / "stick"
    folder.mkdir()
    path.rename(folder / path.name)

    assert cli("sync", "folder", str(folder)).code == 4
    cli.ok("sync", "folder", str(folder), "--allow-mass-delete")
    assert len(records.list_records(store, "contact")) == 10
