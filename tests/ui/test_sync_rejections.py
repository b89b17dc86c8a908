"""The sync centre names changes the merge refused, one line per device and reason."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from liaison_app.services import syncing
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce
from tests.sync.support import forge
from ui.context import AppContext
from ui.sync_rejections import RejectedBox


def test_given_nothing_refused_then_the_line_is_hidden(qtbot: QtBot, ctx: AppContext) -> None:
    box = RejectedBox(ctx)
    qtbot.addWidget(box)
    box.refresh()
    assert box.isHidden()


def test_given_a_device_sent_a_poisoned_change_then_the_sync_centre_names_it(
    qtbot: QtBot, ctx: AppContext, gui_store: Store, device: Factory
) -> None:
    mallory = device("Mallory")
    introduce(mallory, gui_store)
    forge(mallory, [["contact", "c1", "full_name", "X"], ["contact", "c1", "organization_id", "no-such-org"]])
    forge(mallory, [["org", "o1", "name", "Fine"]])
    syncing.import_bundle(gui_store, bundle_for(mallory, gui_store))
    box = RejectedBox(ctx)
    qtbot.addWidget(box)

    box.refresh()

    assert not box.isHidden()
    assert box.text() == "1 change from Mallory refused: it names a record that does not exist"
    assert "contact.organization_id" in box.toolTip()
    shots = Path(os.environ.get("LIAISON_SHOTS", "/tmp/s3-merge"))
    if shots.is_dir():
        box.resize(520, 40)
        box.grab().save(str(shots / "sync-rejected.png"))
