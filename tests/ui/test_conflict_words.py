"""The Conflicts screen words the real gap between the sides, not "at the same time"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from liaison_app import profile
from liaison_app.services import records
from sync import hlc
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import introduce, send
from ui.conflicts_page import ConflictsPage
from ui.context import AppContext


def test_given_edits_two_hours_apart_then_the_conflict_says_two_hours_apart(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = profile.init(
        tmp_path / "hq",
        passphrase=PASSPHRASE,
        officer_name="Col. Dana Reyes",
        device_name="hq-desk",
        role="hq",
        cost=CHEAP_KDF,
    ).store
    try:
        introduce(ctx.store, hq)
        contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
        send(ctx.store, hq)
        start = hlc.now_ms() + 60_000
        monkeypatch.setattr(hlc, "now_ms", lambda: start)
        records.edit(ctx.store, "contact", contact.id, {"position": "Logistics Officer"})
        monkeypatch.setattr(hlc, "now_ms", lambda: start + 2 * 3_600_000 + 5_000)
        records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
        send(hq, ctx.store)
    finally:
        hq.close()
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert "written on different devices 2 hours apart" in page.explain.text()
    assert "same time" not in page.explain.text()
