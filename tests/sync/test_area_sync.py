"""Areas travel from HQ to officers on this release, never to an officer on 0.1.0."""

from __future__ import annotations

from liaison_app.services import dump, records
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.support import items_in
from tests.sync.test_versions import introduce_as_0_1_0


def test_given_hq_sends_its_areas_then_officers_hold_them_and_records_refer_to_them(device: Factory) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    north = records.add(
        hq, "area", {"name": "North Kivu", "pcode": "CD61", "latitude": -0.5, "longitude": 29.0}
    )
    records.add(hq, "org", {"name": "WFP", "area_id": north.id})

    send(hq, anna)
    records.add(anna, "meeting", {"title": "Convoy", "start": "2026-11-20T10:00Z", "area_id": "CD61"})
    send(anna, hq)

    assert dump.dump_json(anna) == dump.dump_json(hq)
    (meeting,) = records.list_records(hq, "meeting")
    assert records.as_dict(meeting)["area_id"] == north.id


def test_given_an_officer_on_0_1_0_then_hq_sends_the_records_but_not_the_area_changesets(
    device: Factory,
) -> None:
    hq, old, new = device("HQ", role="hq"), device("Old"), device("New")
    introduce_as_0_1_0(old, hq)
    introduce(new, hq)
    records.add(hq, "org", {"name": "WFP"})
    records.add(hq, "area", {"name": "North Kivu", "pcode": "CD61"})

    to_old = [body.seq for body, _ in items_in(bundle_for(hq, old), old)]
    to_new = [body.seq for body, _ in items_in(bundle_for(hq, new), new)]

    assert (to_old, to_new) == ([1], [1, 2])


def test_given_a_profile_without_areas_then_its_dump_has_no_area_keys(device: Factory) -> None:
    hq = device("HQ", role="hq")
    records.add(hq, "org", {"name": "WFP"})
    document = dump.dump(hq)
    assert "areas" not in document and "area_id" not in document["organizations"][0]
    records.add(hq, "area", {"name": "Ituri"})
    assert len(dump.dump(hq)["areas"]) == 1
