"""The HQ intake screens for scripts/screenshots.py: an HQ profile, five officers (one quiet for
twelve days, one never heard from) and a folder of their bundles (a gap, a copy, a damaged
file), imported through the sync centre; the per-officer summary and the Officers tab."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from liaison_app import profile
from liaison_app.services import records, syncing
from liaison_app.store import Store
from ui.context import AppContext
from ui.main_window import MainWindow

DAY_MS = 24 * 60 * 60 * 1000
OFFICERS = (  # officer, device, days ago of their changes (None: never sends anything)
    ("Maj. Anna Berg", "toughbook-07", 0),
    ("Capt. Bert Olsen", "toughbook-12", 1),
    ("Lt. Sara Kim", "toughbook-03", 3),
    ("Capt. Omar Haddad", "toughbook-21", 12),
    ("Lt. Eva Novak", "toughbook-30", None),
)
ORGS = ("Kaldor Water Board", "WFP sub-office", "Norwegian Refugee Council", "District hospital")


def _inbox(tmp: Path, make: Callable[..., Store], hq: Store) -> Path:
    inbox = tmp / "intake-inbox"
    inbox.mkdir()
    for number, (officer, device, days) in enumerate(OFFICERS):
        store = make(tmp / device, officer, device)
        for src, dst in ((store, hq), (hq, store)):
            syncing.add_peer(dst, syncing.export_card(src, tmp / f"{device}-{src.author.role}.card"))
        if days is not None:
            store.clock_skew_ms = -days * DAY_MS
            for org in ORGS[: number + 1]:
                records.add(store, "org", {"name": f"{org} ({device})"})
            syncing.export_bundle(store, to=[hq.author.device_id], path=inbox / f"{device}-1.liaison")
        if number == 0:  # a second bundle of Anna's, and a copy of it
            records.add(store, "contact", {"full_name": "Jean Mukendi", "position": "Logistics officer"})
            syncing.export_bundle(store, to=[hq.author.device_id], path=inbox / f"{device}-2.liaison")
            shutil.copyfile(inbox / f"{device}-2.liaison", inbox / f"{device}-2 (copy).liaison")
        if number == 2:  # a file that was copied only in part
            records.add(store, "org", {"name": "Sector East council"})
            syncing.export_bundle(store, to=[hq.author.device_id], path=tmp / "partial.liaison")
            data = (tmp / "partial.liaison").read_bytes()
            (inbox / f"{device}-2.liaison").write_bytes(data[: len(data) // 2])
        store.close()
    return inbox


def shoot_intake(
    tmp: Path,
    out: Path,
    make: Callable[..., Store],
    save: Callable[..., None],
    wait_for: Callable[[Callable[[], bool]], None],
    size: tuple[int, int],
) -> None:
    """HQ imports the folder through "Import folder…"; the summary, then the Officers tab."""
    hq = make(tmp / "intake-hq", "Col. Dana Reyes", "hq-desk-02", role="hq")
    inbox = _inbox(tmp, make, hq)
    ctx = AppContext(tmp / "intake-hq")
    ctx.open(hq)
    window = MainWindow(ctx, remember_geometry=False)
    window.resize(*size)
    window.show()
    window.go_to("sync")
    window.sync.import_files([inbox])
    wait_for(lambda: not window.jobs.busy)
    save(window, out, "sync-intake")
    window.sync.tabs.setCurrentWidget(window.sync.officers)
    save(window, out, "sync-officers")
    ctx.lock()
    window.close()
    assert profile.exists(tmp / "intake-hq")
