"""The HQ dashboard's figures over a period: engagements per week by officer and by
organization type, overdue actions by owner, engagement places as 1 km MGRS squares, and
officers quietest first; and their stable JSON shape."""

from __future__ import annotations

import json
from datetime import timedelta

from liaison_app.services import hq_summary, records
from liaison_app.services.hq_locations import square_of
from liaison_app.services.hq_period import Period, period
from tests.conftest import Factory
from tests.liaison_app.hq_world import TODAY, days_ago, hq_world


def _with_next_week() -> Period:
    # Ben's "next round" is four days ahead: in this week or the next, whatever the weekday.
    return period(end=TODAY + timedelta(days=7))


def test_given_two_officers_work_then_engagements_are_counted_per_officer_and_week(device: Factory) -> None:
    w = hq_world(device)
    found = hq_summary.summary(w.hq, span=_with_next_week())
    totals = {s.key: s.total for s in found.by_officer}
    assert totals == {"Anna": 3, "Ben": 2}  # the meetings started in the period (Ben's ahead too)
    assert found.engagements == 5
    assert all(len(s.counts) == len(found.period.weeks) for s in found.by_officer)


def test_a_meeting_counts_for_the_types_it_names_else_for_its_attendees_organizations(
    device: Factory,
) -> None:
    w = hq_world(device)
    by_type = {s.key: s.total for s in hq_summary.summary(w.hq, span=_with_next_week()).by_org_type}
    # named WFP: convoy and next round; attendees of WFP: warehouse, distribution; named NGO: forum
    assert by_type == {"un-agency": 4, "ngo": 1}


def test_overdue_actions_are_counted_by_owner_me_as_the_officer_who_recorded_it(device: Factory) -> None:
    w = hq_world(device)
    found = hq_summary.summary(w.hq)
    owners = {(o.owner, o.name): o.count for o in found.overdue}
    # Anna's recce has no owner; Ben's report is his own; Amina's call is not due yet
    assert owners == {("none", ""): 1, ("officer", "Ben"): 1}
    assert found.overdue_total == 2


def test_engagements_are_placed_by_grid_else_by_position_in_1_km_squares(device: Factory) -> None:
    w = hq_world(device)
    places = hq_summary.summary(w.hq, span=_with_next_week()).places
    assert {p.grid: p.count for p in places.places} == {"36NTH9976": 2}  # the grid and the position
    assert places.unplaced == 3


def test_a_grid_is_cut_to_its_1_km_square_and_a_coarser_one_is_kept() -> None:
    assert square_of("36NTH9986176464") == "36NTH9976"
    assert square_of("36NTH12") == "36NTH12"
    assert square_of("36NTH") == "36NTH"
    assert square_of("not a grid") is None


def test_officers_are_listed_quietest_first_and_hq_itself_last(device: Factory) -> None:
    w = hq_world(device)
    names = [line.officer.name for line in hq_summary.summary(w.hq).officers]
    assert names[-1] == "HQ" and sorted(names[:-1]) == ["Anna", "Ben"]
    assert names[0] == "Anna"  # heard from before Ben (Ben's bundle was written last)


def test_the_json_shape_is_stable(device: Factory) -> None:
    w = hq_world(device)
    data = json.loads(json.dumps(hq_summary.as_json(hq_summary.summary(w.hq))))
    assert set(data) == {
        "from", "to", "weeks", "engagements", "overdue_by_owner", "locations", "officers", "quiet_areas"
    }  # fmt: skip
    assert set(data["engagements"]) == {"total", "by_officer", "by_org_type"}
    assert set(data["engagements"]["by_officer"][0]) == {"officer", "total", "counts"}
    assert set(data["engagements"]["by_org_type"][0]) == {"org_type", "total", "counts"}
    assert set(data["overdue_by_owner"]["owners"][0]) == {"owner", "id", "name", "count"}
    assert set(data["locations"]["squares"][0]) == {"grid", "latitude", "longitude", "count"}
    assert set(data["officers"][0]) == {"officer", "last_heard_from", "engagements", "devices"}


def test_areas_without_an_engagement_in_n_days_roll_up_from_the_areas_inside_them(device: Factory) -> None:
    w = hq_world(device)
    east = records.add(w.hq, "area", {"name": "Sector East", "pcode": "MR01", "level": "adm1"}).id
    kessa = records.add(
        w.hq, "area", {"name": "Kessa", "pcode": "MR0101", "level": "adm2", "parent_area_id": east}
    ).id
    west = records.add(w.hq, "area", {"name": "Sector West", "pcode": "MR02", "level": "adm1"}).id
    records.add(w.hq, "area", {"name": "Lakes", "pcode": "MR03", "level": "adm1"})
    records.add(w.hq, "meeting", {"title": "Kessa market", "start": days_ago(3), "area_id": kessa})
    # At midnight UTC: 45 whole days ago at any hour of today (10:00 would be 44 before 10:00).
    records.add(w.hq, "meeting", {"title": "West road", "start": days_ago(45, hour=0), "area_id": west})
    found = hq_summary.summary(w.hq, quiet_days=30)
    quiet = [(q.area.name, q.days) for q in found.quiet_areas]
    assert quiet == [("Lakes", None), ("Sector West", 45)]  # never first; East has Kessa's
    data = hq_summary.as_json(found)["quiet_areas"]
    assert data["days"] == 30 and data["areas"][1]["last_engagement"] == days_ago(45, hour=0)[:10]
    assert [q.area.name for q in hq_summary.summary(w.hq, quiet_days=2).quiet_areas] == [
        "Lakes", "Sector West", "Kessa", "Sector East"
    ]  # fmt: skip


def test_given_more_owners_than_are_shown_then_the_total_still_counts_every_overdue_action(
    device: Factory,
) -> None:
    w = hq_world(device)
    owners = hq_summary.TOP_OWNERS + 2
    due = (TODAY - timedelta(days=3)).isoformat()
    for n in range(owners):
        contact = records.add(w.hq, "contact", {"full_name": f"Owner {n:02}"})
        for _ in range(1 + (n == 0)):
            records.add(w.hq, "action", {"title": f"Call {n}", "owner": contact.id, "due": due})
    found = hq_summary.summary(w.hq)
    assert len(found.overdue) == hq_summary.TOP_OWNERS
    assert found.overdue[0].name == "Owner 00" and found.overdue[0].count == 2
    assert found.overdue_total == 2 + owners + 1
