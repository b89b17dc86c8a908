"""Purge against the real 0.1.0 (docs/SYNC.md, "Purge"): 0.1.0 cannot purge, but a purge on
this release neither stops it syncing nor is undone by what 0.1.0 sends back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from liaison_app import profile
from liaison_app.services import record_purge
from tests.conftest import PASSPHRASE
from tests.interop.support import Release010, ThisRelease, init, introduce, ok, ok_json, send
from tests.liaison_app.sqlcipher_pages import holding

FIXTURES = Path(__file__).parent / "fixtures_0_1_0"


@pytest.fixture
def old(release_0_1_0: Path, tmp_path: Path) -> Release010:
    return Release010(release_0_1_0, tmp_path / "anna-0.1.0")


@pytest.fixture
def new(tmp_path: Path) -> ThisRelease:
    return ThisRelease(tmp_path / "hq-0.2.0")


def test_given_a_purge_here_then_0_1_0_takes_the_marker_keeps_syncing_and_cannot_bring_it_back(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    old_id, new_id = init(old, "Anna"), init(new, "HQ", role="hq")
    introduce(old, new, tmp_path)
    person = ok(old, "contact", "add", "--name", "Amina Diallo", "--position", "Mayor")
    org = ok(old, "org", "add", "--name", "Water Board")
    send(old, new_id, new, tmp_path / "1.liaison")

    ok(new, "contact", "purge", person, "--reason", "subject asked")
    ok(new, "org", "edit", org, "--acronym", "WB")
    took = send(new, old_id, old, tmp_path / "2.liaison")
    ok(old, "contact", "edit", person, "--position", "Governor")  # 0.1.0 never heard of purges
    ok(old, "org", "edit", org, "--name", "Water Board North")
    back = send(old, new_id, new, tmp_path / "3.liaison")

    assert took["applied"] == 2 and took["pending"] == 0  # the marker (dropped there) and the edit
    assert [c["id"] for c in ok_json(old, "contact", "list", "--json")] == [person]  # 0.1.0 keeps it
    assert back["pending"] == 0
    assert ok_json(new, "contact", "list", "--json") == []
    assert new.run("contact", "show", person).code == 5
    assert [(o["name"], o["acronym"]) for o in ok_json(new, "org", "list", "--json")] == [
        ("Water Board North", "WB")
    ]


def test_given_a_store_written_by_0_1_0_when_upgraded_then_a_contact_purges_leaving_no_text(
    tmp_path: Path,
) -> None:
    """The upgrade to schema 25 on a real 0.1.0 store (its changesets have no seal), then a
    purge: every profile file read page by page with the key holds none of the contact."""
    hq = ThisRelease(tmp_path / "hq")
    shutil.copytree(FIXTURES / "hq-profile", hq.directory)
    ok_json(hq, "sync", "import", str(FIXTURES / "officer-to-hq.liaison"))
    contact = ok_json(hq, "contact", "list", "--json")[0]
    name = contact["full_name"].encode()

    ok(hq, "contact", "purge", contact["id"], "--reason", "test")

    store = profile.unlock(hq.directory, PASSPHRASE)
    try:
        assert store.data_key is not None
        assert holding(hq.directory, store.data_key, name) == []
        assert [e.record_id for e in record_purge.purge_log(store)] == [contact["id"]]
    finally:
        store.close()
