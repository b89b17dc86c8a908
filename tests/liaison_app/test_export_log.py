"""The export log: one entry per export, the file's name only, newest first, bounded."""

from __future__ import annotations

from pathlib import Path

from liaison_app.services import export_log
from liaison_app.services.interop.redaction import Profile
from liaison_app.store import Store


def test_given_exports_when_logged_then_entries_come_newest_first_with_the_name_alone(store: Store) -> None:
    for n in range(3):
        export_log.record(
            store,
            what=export_log.What.CALENDAR,
            format="ics",
            path=Path("/media/usb/secret folder") / f"cal-{n}.ics",
            profile=Profile.PARTNER,
            records=n,
        )
    found = export_log.entries(store)
    assert [e.file for e in found] == ["cal-2.ics", "cal-1.ics", "cal-0.ics"]
    assert found[0].as_json() == {
        "at": found[0].at,
        "what": "calendar",
        "format": "ics",
        "file": "cal-2.ics",
        "redaction": "partner",
        "records": 2,
        "officer": store.author.officer,
        "device": store.author.device_id,
    }


def test_given_more_entries_than_it_keeps_then_the_oldest_go(store: Store) -> None:
    for n in range(7):
        export_log.record(
            store,
            what=export_log.What.PROFILE,
            format="json",
            path=Path(f"p{n}.json"),
            profile=Profile.FULL,
            records=1,
            keep=3,
        )
    assert [e.file for e in export_log.entries(store)] == ["p6.json", "p5.json", "p4.json"]
