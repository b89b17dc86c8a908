"""Record rows read for the merge and the re-index: each column as operations carry it, the
same whichever way it is read."""

from __future__ import annotations

from liaison_app.services import records as record_service
from liaison_app.store import Store
from sync import records


def test_given_a_contact_when_its_row_is_loaded_then_each_field_is_what_from_sql_gives(store: Store) -> None:
    contact_id = record_service.add(
        store,
        "contact",
        {
            "full_name": "Amina Haddad",
            "languages": ["Arabic", "French"],
            "contact_points": [{"kind": "phone", "label": "mobile", "value": "+283 12 345 6789"}],
            "do_not_contact": True,
        },
    ).id
    with store.session() as s:
        conn = s.connection()
        loaded = records.load_rows(conn, "contact", [contact_id, "no-such-id"])
        names = records.fields("contact")
        row = conn.exec_driver_sql(
            f"SELECT {', '.join(names)} FROM contact WHERE id = ?", (contact_id,)
        ).one()

    assert list(loaded) == [contact_id]
    expected = {n: records.from_sql("contact", n, v) for n, v in zip(names, row, strict=True)}
    assert loaded[contact_id] == {**expected, "deleted_at": None}
    assert loaded[contact_id]["do_not_contact"] is True
    assert loaded[contact_id]["languages"] == ["Arabic", "French"]
