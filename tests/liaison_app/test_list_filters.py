"""Every list filters by origin officer, organization, area (with the areas inside it) and
date range, and the filters combine with each other, with search and with the presets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.services import list_filters, listing, records
from liaison_app.services.list_filters import Wanted
from liaison_app.services.list_window import ListWindow, count_listed
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send

ON = date(2026, 11, 25)


@dataclass
class World:
    hq: Store
    anna: str  # device ids
    bert: str
    ids: dict[str, str]


@pytest.fixture
def world(device: Factory) -> World:
    """HQ holding Anna's work in Kessa and Bert's in Tumbari (both districts of Haldara)."""
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    ids: dict[str, str] = {}
    ids["haldara"] = records.add(hq, "area", {"name": "Haldara Province", "pcode": "XM04"}).id
    for key, name, pcode in (("kessa", "Kessa", "XM0402"), ("tumbari", "Tumbari", "XM0403")):
        ids[key] = records.add(
            hq, "area", {"name": name, "pcode": pcode, "level": "adm2", "parent_area_id": ids["haldara"]}
        ).id
    ids["amsara"] = records.add(hq, "area", {"name": "Amsara", "pcode": "XM01"}).id
    send(hq, anna)
    send(hq, bert)
    ids["wfp"] = records.add(anna, "org", {"name": "WFP", "area_id": "XM0402"}).id
    ids["wfp_kessa"] = records.add(anna, "org", {"name": "WFP Kessa", "parent_id": ids["wfp"]}).id
    ids["jean"] = records.add(
        anna, "contact", {"full_name": "Jean", "organization_id": ids["wfp"], "area_id": "XM0402"}
    ).id
    ids["convoy"] = records.add(
        anna,
        "meeting",
        {"title": "Convoy", "start": "2026-11-02T10:00Z", "area_id": "XM0402", "attendee_ids": [ids["jean"]]},
    ).id
    ids["recce"] = records.add(
        anna, "action", {"title": "Recce", "due": "2026-11-05", "meeting_id": ids["convoy"]}
    ).id
    send(anna, hq)
    send(hq, bert)  # Bert's meeting names Anna's WFP
    ids["unicef"] = records.add(bert, "org", {"name": "UNICEF", "area_id": "XM0403"}).id
    ids["awa"] = records.add(
        bert, "contact", {"full_name": "Awa", "organization_id": ids["unicef"], "area_id": "XM0403"}
    ).id
    ids["wash"] = records.add(
        bert,
        "meeting",
        {
            "title": "WASH",
            "start": "2026-11-20T08:00Z",
            "area_id": "XM0403",
            "organization_ids": [ids["wfp"]],
        },
    ).id
    ids["chlorine"] = records.add(
        bert,
        "action",
        {"title": "Chlorine", "due": "2026-11-21", "meeting_id": ids["wash"], "owner": ids["awa"]},
    ).id
    ids["capital"] = records.add(
        bert, "meeting", {"title": "Capital talks", "start": "2026-10-01T08:00Z", "area_id": "XM01"}
    ).id
    send(bert, hq)
    return World(hq, anna.author.device_id, bert.author.device_id, ids)


def listed(world: World, kind: str, **wanted: str) -> set[str]:
    filters = list_filters.resolve(world.hq, kind, Wanted(**wanted))
    query = ListQuery(kind, filters=filters)
    ids = set(listing.ordered_ids(world.hq, query, on=ON))
    window = ListWindow(world.hq, query, on=ON)
    assert set(window) == ids and count_listed(world.hq, query, on=ON) == len(ids), "window and list agree"
    names = {v: k for k, v in world.ids.items()}
    return {names[i] for i in ids}


def test_given_an_area_then_every_list_keeps_what_lies_in_it_or_in_an_area_inside_it(world: World) -> None:
    assert listed(world, "meeting", area="XM04") == {"convoy", "wash"}
    assert listed(world, "meeting", area="Kessa") == {"convoy"}
    assert listed(world, "contact", area="XM04") == {"jean", "awa"}
    assert listed(world, "org", area="XM0403") == {"unicef"}
    assert listed(world, "action", area="XM04") == {"recce", "chlorine"}, (
        "an action lies where its meeting was"
    )
    assert listed(world, "action", area="XM0403") == {"chlorine"}
    assert listed(world, "area", area="XM04") == {"haldara", "kessa", "tumbari"}


def test_given_an_officer_by_device_prefix_or_name_then_lists_keep_what_was_recorded_on_that_device(
    world: World,
) -> None:
    assert listed(world, "meeting", officer=world.bert[:6]) == {"wash", "capital"}
    assert listed(world, "contact", officer="anna") == {"jean"}
    assert listed(world, "action", officer=world.anna) == {"recce"}
    with pytest.raises(NotFoundError):
        listed(world, "meeting", officer="Nobody")


def test_given_an_organization_then_each_kind_keeps_what_concerns_it(world: World) -> None:
    assert listed(world, "meeting", org=world.ids["wfp"]) == {"convoy", "wash"}, (
        "attended by its contact, or named"
    )
    assert listed(world, "contact", org=world.ids["wfp"]) == {"jean"}
    assert listed(world, "org", org=world.ids["wfp"]) == {"wfp", "wfp_kessa"}, "it and its branches"
    assert listed(world, "action", org=world.ids["unicef"]) == {"chlorine"}, "owned by one of its contacts"
    assert listed(world, "action", org=world.ids["wfp"]) == {"recce", "chlorine"}, (
        "or from one of its meetings"
    )


def test_given_a_date_range_then_meetings_go_by_start_and_actions_by_due_both_days_included(
    world: World,
) -> None:
    assert listed(world, "meeting", date_from="2026-11-01", date_to="2026-11-20") == {"convoy", "wash"}
    assert listed(world, "meeting", date_to="02.11.2026") == {"convoy", "capital"}
    assert listed(world, "action", date_from="2026-11-05", date_to="2026-11-05") == {"recce"}
    assert listed(world, "contact", date_from="2000-01-01") == {"jean", "awa"}, "by last change"
    with pytest.raises(ValidationError):
        listed(world, "meeting", date_from="2026-11-20", date_to="2026-11-01")
    with pytest.raises(ValidationError):
        listed(world, "meeting", date_from="someday")


def test_given_several_filters_then_they_combine_with_each_other_and_with_search(world: World) -> None:
    assert listed(world, "meeting", area="XM04", officer=world.bert, date_from="2026-11-10") == {"wash"}
    assert listed(world, "meeting", area="XM04", org=world.ids["wfp"], date_to="2026-11-10") == {"convoy"}
    assert listed(world, "action", area="XM0402", officer=world.bert) == set()
    filters = list_filters.resolve(world.hq, "meeting", Wanted(area="XM04"))
    searched = listing.ordered_ids(world.hq, ListQuery("meeting", text="wash", filters=filters), on=ON)
    assert searched == [world.ids["wash"]]
    records.edit(world.hq, "action", world.ids["recce"], {"status": "done"})
    open_only = list_filters.resolve(world.hq, "action", Wanted(area="XM04")) | {"open": ""}
    assert listing.ordered_ids(world.hq, ListQuery("action", filters=open_only), on=ON) == [
        world.ids["chlorine"]
    ]


def test_given_an_area_moved_into_another_then_the_filter_follows_the_new_tree(world: World) -> None:
    records.edit(world.hq, "area", world.ids["amsara"], {"parent_area_id": world.ids["haldara"]})
    assert listed(world, "meeting", area="XM04") == {"convoy", "wash", "capital"}
    records.edit(world.hq, "meeting", world.ids["convoy"], {"area_id": "XM01"})
    assert listed(world, "action", area="XM01") == {"recce"}, "an action follows its meeting's area"


def test_given_the_filters_of_a_kind_then_each_list_window_page_walks_or_seeks_to_the_same_rows(
    world: World,
) -> None:
    filters = list_filters.resolve(world.hq, "meeting", Wanted(area="XM04"))
    query = ListQuery("meeting", filters=filters)
    expected = listing.ordered_ids(world.hq, query, on=ON)
    assert ListWindow(world.hq, query, on=ON)[0:10] == expected
