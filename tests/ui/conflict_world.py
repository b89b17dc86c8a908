"""A contact whose position two devices changed at once: the conflict several GUI tests open."""

from __future__ import annotations

from pathlib import Path

from liaison_app import profile
from liaison_app.services import records
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.sync.conftest import introduce, send
from ui.context import AppContext


def position_conflict(ctx: AppContext, tmp_path: Path) -> str:
    """Jean Mukendi's position edited here and at a new HQ after one exchange, then HQ's edit
    received: the contact's id, its conflict open and announced to the screens."""
    hq_store = profile.init(
        tmp_path / "hq",
        passphrase=PASSPHRASE,
        officer_name="Col. Dana Reyes",
        device_name="hq-desk",
        role="hq",
        cost=CHEAP_KDF,
    ).store
    try:
        introduce(ctx.store, hq_store)
        contact = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi"})
        send(ctx.store, hq_store)
        records.edit(ctx.store, "contact", contact.id, {"position": "Logistics Officer"})
        records.edit(hq_store, "contact", contact.id, {"position": "Head of Logistics"})
        send(hq_store, ctx.store)
        ctx.notify_changed("")
        ctx.sync_changed.emit()
    finally:
        hq_store.close()
    return contact.id
