# mypy: disable-error-code="no-untyped-call"
"""Why a profile did not open, as the unlock form says it: one translated line worded
from the error's type and values (the upgrade's step, the schema versions), so rewording
an error's message changes nothing on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from db import migrations, upgrade
from liaison_app import profile
from liaison_app.errors import ProfileTooNewError, UpgradeFailedError
from liaison_app.services import records, syncing
from liaison_app.store import Store
from sync import changeset, protocol
from tests.conftest import PASSPHRASE, Factory
from tests.sync.conftest import introduce
from tests.sync.test_refusals import changesets_of, handmade_bundle
from tests.sync.test_versions import NEWER
from ui.unlock import UnlockDialog, refusal_text

RESTORED = "Could not upgrade this profile. It was restored and is unchanged."
NO_COPY = (
    "Could not upgrade this profile: its safety copy could not be written (is the disk full?)."
    " The profile is unchanged."
)


def _with_next_migration(monkeypatch: pytest.MonkeyPatch, migration: Callable[[Connection], None]) -> None:
    """Make `migration` the newest one, as the next release's would be (test-only)."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))


def _broken(conn: Connection) -> None:
    raise RuntimeError("a bug in the migration")


def _add_area(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE organization ADD COLUMN area VARCHAR NOT NULL DEFAULT ''")


def _unlock_says(qtbot: QtBot, directory: Path) -> str:
    dialog = UnlockDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.error.isVisible(), timeout=10_000)
    assert dialog.store is None and dialog.isVisible()
    return dialog.form.error.text()


def test_given_a_failing_migration_then_the_form_says_the_profile_was_restored(
    qtbot: QtBot, gui_dir: Path, gui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui_store.close()
    _with_next_migration(monkeypatch, _broken)
    said = _unlock_says(qtbot, gui_dir)
    assert said == RESTORED
    assert "\n" not in said


def test_given_the_copy_cannot_be_written_then_the_form_says_nothing_was_changed(
    qtbot: QtBot, gui_dir: Path, gui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui_store.close()
    _with_next_migration(monkeypatch, _add_area)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(upgrade, "backup", disk_full)
    assert _unlock_says(qtbot, gui_dir) == NO_COPY


def test_given_the_restore_fails_too_then_the_form_names_the_copy_kept(
    qtbot: QtBot, gui_dir: Path, gui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui_store.close()
    _with_next_migration(monkeypatch, _broken)

    def unwritable(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(upgrade, "restore", unwritable)
    copy = gui_dir / profile.PRE_UPGRADE_COPY_NAME
    assert _unlock_says(qtbot, gui_dir) == (
        f"Could not upgrade this profile, nor restore it. Its encrypted pre-upgrade copy is kept as {copy}."
    )
    assert copy.is_file()


def test_given_a_profile_newer_than_the_app_then_the_form_names_both_schema_versions(
    qtbot: QtBot, gui_dir: Path, gui_store: Store
) -> None:
    newer = migrations.SCHEMA_VERSION + 1
    with gui_store.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {newer}")
    gui_store.close()
    assert _unlock_says(qtbot, gui_dir) == (
        f"This profile was written by a newer Liaison (schema {newer}; this one reads up to"
        f" {migrations.SCHEMA_VERSION}). Upgrade Liaison to open it. The profile is unchanged."
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (UpgradeFailedError("reworded entirely", step="migration", unchanged=True), RESTORED),
        (UpgradeFailedError("reworded entirely", step="copy", unchanged=True), NO_COPY),
    ],
)
def test_given_an_error_message_reworded_then_the_form_says_the_same(
    qapp: object, tmp_path: Path, error: UpgradeFailedError, expected: str
) -> None:
    assert refusal_text(error, tmp_path) == expected


def test_given_a_too_new_error_reworded_then_the_form_still_reads_its_versions(
    qapp: object, tmp_path: Path
) -> None:
    said = refusal_text(ProfileTooNewError("reworded entirely", found=9, supported=4), tmp_path)
    assert "schema 9; this one reads up to 4" in said and "reworded" not in said


def test_given_a_bundle_held_for_a_newer_release_when_unlocked_after_upgrading_then_it_is_read_unasked(
    qtbot: QtBot, gui_dir: Path, gui_store: Store, device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = device("HQ", role="hq")
    introduce(gui_store, hq)
    org = records.add(hq, "org", {"name": "Save the Children"})
    items = [changeset.pack_item(b, s) for b, s in changesets_of(hq, hq.author.device_id)]
    path = handmade_bundle(gui_dir.parent / "from-0.3.0.liaison", hq, gui_store, items, NEWER)
    (outcome,) = syncing.import_bundles(gui_store, [path])
    assert outcome.held and syncing.status(gui_store).held == 1
    gui_store.close()
    path.unlink()  # the stick is gone; the profile kept its copy
    monkeypatch.setattr(protocol, "PROTOCOL", 3)  # this release, upgraded

    dialog = UnlockDialog(gui_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)

    assert dialog.store is not None
    with dialog.store as store:
        assert syncing.status(store).held == 0
        assert records.as_dict(records.get(store, "org", org.id))["name"] == "Save the Children"
