"""The canonical dump: same data, same bytes, whatever the local history."""

from __future__ import annotations

import json
from pathlib import Path

from db.models import RECORD_TABLES
from liaison_app import profile
from liaison_app.services import dump, records
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF


def _fill(store: Store) -> None:
    org = records.add(store, "org", {"name": "WFP", "sectors": ["Logistics", "Food Security"]})
    contact = records.add(
        store,
        "contact",
        {
            "full_name": "Jean Mukendi",
            "organization_id": org.id,
            "tags": ["logistics", "convoys"],
            "contact_points": [
                {"kind": "phone", "label": "", "value": "+243 81 000 0000"},
                {"kind": "email", "label": "work", "value": "jean@wfp.example.org"},
            ],
        },
    )
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "Convoy planning",
            "start": "2026-11-20T10:00+01:00",
            "attendee_ids": [contact.id],
            "points": ["finding:Bridge at km 40 is down", "decision:Use the northern route"],
        },
    )
    records.add(
        store,
        "action",
        {"title": "Recce the northern route", "meeting_id": meeting.id, "owner": "me"},
    )
    gone = records.add(store, "org", {"name": "Deleted Org"})
    records.delete_record(store, "org", gone.id)


def test_the_dump_lists_live_records_of_every_kind_sorted_by_id(store: Store) -> None:
    _fill(store)
    document = json.loads(dump.dump_json(store))
    assert document["format"] == "liaison-dump/1"
    assert [len(document[k]) for k in ("organizations", "contacts", "meetings", "actions")] == [
        1,
        1,
        1,
        1,
    ]
    for section in ("organizations", "contacts", "meetings", "actions"):
        ids = [r["id"] for r in document[section]]
        assert ids == sorted(ids)


def test_the_dump_holds_user_fields_and_no_local_bookkeeping(store: Store) -> None:
    _fill(store)
    contact = json.loads(dump.dump_json(store))["contacts"][0]
    assert {"created_at", "updated_at", "author_officer", "author_device", "deleted_at"}.isdisjoint(contact)
    assert contact["tags"] == ["convoys", "logistics"]
    assert [p["kind"] for p in contact["contact_points"]] == ["email", "phone"]
    meeting = json.loads(dump.dump_json(store))["meetings"][0]
    assert "start_utc" not in meeting
    assert [p["kind"] for p in meeting["points"]] == [
        "finding",
        "decision",
    ]  # minutes keep their order


def test_two_profiles_holding_the_same_data_dump_the_same_bytes(store: Store, tmp_path: Path) -> None:
    _fill(store)
    other = profile.init(
        tmp_path / "other",
        passphrase="x" * 8,
        officer_name="HQ",
        device_name="hq-1",
        cost=CHEAP_KDF,
    )
    with other.store as copy, store.session() as src, copy.session() as dst:
        # The same rows, written at another time by another device, in reverse order.
        for table in RECORD_TABLES.values():
            for row in reversed(list(src.connection().execute(table.__table__.select()))):  # type: ignore[attr-defined]
                values = dict(row._mapping)
                values.update(
                    created_at="2030-01-01T00:00:00.000000Z",
                    author_officer="HQ",
                    author_device="hq",
                )
                if "contact_points" in values:
                    values["contact_points"] = list(reversed(values["contact_points"]))
                dst.execute(table.__table__.insert().values(**values))  # type: ignore[attr-defined]
        dst.commit()
        assert dump.dump_json(copy) == dump.dump_json(store)
        records.edit(copy, "action", records.list_records(copy, "action")[0].id, {"priority": "high"})
        assert dump.dump_json(copy) != dump.dump_json(store)
