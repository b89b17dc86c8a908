"""The Areas screen says which trusted devices still run 0.1.0, which areas never reach."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from liaison_app.services import syncing
from tests.interop.test_areas_older_peers import OLD_CARD
from ui.areas_page import AreasPage
from ui.context import AppContext


def test_given_a_trusted_0_1_0_device_then_the_areas_screen_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    page = AreasPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.older_peers.isVisible()
    added = syncing.add_peer(ctx.store, OLD_CARD)

    page.hide()
    page.show()

    assert page.older_peers.isVisible() and added.card.officer in page.older_peers.message.text()
