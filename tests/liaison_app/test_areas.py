"""Areas: named as people name them, nested, and assigned to officers at HQ only."""

from __future__ import annotations

import pytest

from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import MissingReferenceError
from liaison_app.services import areas, records, syncing
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send


def _kivu(store: Store) -> dict[str, str]:
    north = records.add(store, "area", {"name": "North Kivu", "pcode": "CD61"})
    beni = records.add(
        store, "area", {"name": "Beni", "pcode": "CD6102", "level": "adm2", "parent_area_id": north.id}
    )
    town = records.add(
        store, "area", {"name": "Oicha", "pcode": "CD610201", "level": "adm3", "parent_area_id": beni.id}
    )
    south = records.add(store, "area", {"name": "South Kivu", "pcode": "CD62"})
    return {"north": north.id, "beni": beni.id, "town": town.id, "south": south.id}


def test_given_nested_areas_then_within_gives_an_area_and_every_area_inside_it(store: Store) -> None:
    ids = _kivu(store)
    assert sorted(areas.within(store, ids["north"])) == sorted([ids["north"], ids["beni"], ids["town"]])
    assert areas.within(store, ids["town"]) == [ids["town"]]
    records.delete_record(store, "area", ids["beni"])
    assert areas.within(store, ids["north"]) == [ids["north"]], "a deleted area hides what lies in it"
    assert areas.within(store, "no-such-area") == []


def test_given_an_area_named_by_id_prefix_p_code_or_name_then_each_resolves_to_it(store: Store) -> None:
    ids = _kivu(store)
    assert areas.resolve(store, ids["beni"]) == ids["beni"]
    assert areas.resolve(store, ids["beni"][:8]) == ids["beni"]
    assert areas.resolve(store, "cd6102") == ids["beni"]
    assert areas.resolve(store, "  beni ") == ids["beni"]
    with pytest.raises(NotFoundError):
        areas.resolve(store, "Atlantis")


def test_given_two_areas_of_one_name_then_the_name_alone_is_refused_as_ambiguous(store: Store) -> None:
    records.add(store, "area", {"name": "Centre", "pcode": "XX01"})
    records.add(store, "area", {"name": "Centre", "pcode": "YY01"})
    with pytest.raises(ValidationError) as refused:
        areas.resolve(store, "centre")
    assert refused.value.rule is Rule.AMBIGUOUS
    assert areas.get(store, "YY01").name == "Centre"


def test_given_a_record_with_an_area_by_p_code_then_it_stores_the_areas_id(store: Store) -> None:
    ids = _kivu(store)
    org = records.add(store, "org", {"name": "WFP", "area_id": "CD61"})
    contact = records.add(store, "contact", {"full_name": "Jean", "area_id": "Beni"})
    meeting = records.add(
        store, "meeting", {"title": "Talks", "start": "2026-11-20T10:00Z", "area_id": ids["town"]}
    )
    assert (
        records.as_dict(org)["area_id"],
        records.as_dict(contact)["area_id"],
        records.as_dict(meeting)["area_id"],
    ) == (ids["north"], ids["beni"], ids["town"])
    with pytest.raises(MissingReferenceError):
        records.add(store, "org", {"name": "UNICEF", "area_id": "CD99"})
    assert records.as_dict(records.add(store, "org", {"name": "OCHA"}))["area_id"] is None


def test_given_an_area_made_its_own_ancestor_then_the_edit_is_refused(store: Store) -> None:
    ids = _kivu(store)
    with pytest.raises(ValidationError) as refused:
        records.edit(store, "area", ids["north"], {"parent_area_id": ids["town"]})
    assert refused.value.rule is Rule.OWN_ANCESTOR and refused.value.field == "parent_area_id"


def test_given_an_outline_typed_as_points_then_it_is_stored_as_pairs_and_bad_points_are_refused(
    store: Store,
) -> None:
    area = records.add(store, "area", {"name": "Ituri", "outline": "1.5,29 2,29.5  2,30"})
    assert records.as_dict(area)["outline"] == [[1.5, 29.0], [2.0, 29.5], [2.0, 30.0]]
    for bad in ("1,2,3", "95,20", [[1.0]], "x,y"):
        with pytest.raises(ValidationError):
            records.edit(store, "area", area.id, {"outline": bad})


def test_given_hq_assigns_areas_to_an_officer_then_of_officer_lists_them_and_nothing_syncs(
    device: Factory,
) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    ids = _kivu(hq)
    officer = anna.author.device_id

    areas.assign(hq, area="CD61", device_id=officer[:6])
    areas.assign(hq, area="South Kivu", device_id=officer)
    again = areas.assign(hq, area="CD61", device_id=officer)

    assert [a.id for a in areas.of_officer(hq, officer)] == [ids["north"], ids["south"]]
    assert again.area.title == "North Kivu (CD61)"
    assert areas.officers_of(hq, ids["north"]) == [officer]
    assert areas.unassign(hq, area="CD62", device_id=officer) is True
    assert areas.unassign(hq, area="CD62", device_id=officer) is False
    send(hq, anna)
    assert [a.id for a in areas.of_officer(anna, officer)] == [], "assignments stay at HQ"
    assert {a.id for a in records.list_records(anna, "area")} == set(ids.values()), "the areas travel"
    with pytest.raises(NotFoundError):
        areas.assign(hq, area="CD61", device_id="not-a-peer")


def test_given_an_assigned_area_deleted_then_the_officer_no_longer_has_it(device: Factory) -> None:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    ids = _kivu(hq)
    areas.assign(hq, area=ids["south"], device_id=anna.author.device_id)
    records.delete_record(hq, "area", ids["south"])
    assert areas.of_officer(hq, anna.author.device_id) == []
    assert syncing.list_peers(hq)  # the peer itself is untouched
