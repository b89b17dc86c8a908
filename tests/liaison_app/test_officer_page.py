"""The officer page at HQ: an officer's activity by week, when each of their devices was
last heard from, their overdue actions; an officer named by device id or by name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from liaison_app.errors import NotFoundError
from liaison_app.services import areas, hq_officers, records
from liaison_app.services.hq_period import period
from liaison_app.services.officer_page import officer_page
from tests.conftest import Factory
from tests.liaison_app.hq_world import TODAY, days_ago, hq_world
from tests.sync.conftest import introduce


def test_given_an_officers_bundle_then_hq_shows_their_week_by_week_activity(device: Factory) -> None:
    w = hq_world(device)
    page = officer_page(w.hq, who="Anna")
    activity = page.activity
    assert (
        len(activity.weeks) == 26
        and activity.weeks[-1] == (TODAY - timedelta(days=TODAY.weekday())).isoformat()
    )
    assert sum(activity.meetings) == 3  # convoy, warehouse, NGO forum: all begun in the period
    assert sum(activity.opened) == 2 and sum(activity.done) == 1  # "Send list" was recorded done
    week = page.period.index_of(days_ago(20)[:10])
    assert week is not None and activity.meetings[week] >= 1


def test_last_heard_from_is_the_newest_change_held_from_their_device(device: Factory) -> None:
    w = hq_world(device)
    page = officer_page(w.hq, who=w.ben.author.device_id[:6])
    (ben,) = page.officer.devices
    assert page.officer.name == "Ben" and ben.device_id == w.ben.author.device_id
    assert ben.last_heard is not None and ben.last_heard[:10] == date.today().isoformat()
    assert officer_page(w.hq, who="HQ").officer.last_heard is None  # HQ itself is never "heard from"


def test_an_officer_never_heard_from_has_no_last_heard(device: Factory) -> None:
    w = hq_world(device)
    quiet = device("Cleo")
    introduce(quiet, w.hq)
    (cleo,) = [o for o in hq_officers.officers(w.hq) if o.name == "Cleo"]
    assert cleo.last_heard is None


def test_their_overdue_actions_are_listed_longest_overdue_first(device: Factory) -> None:
    w = hq_world(device)
    page = officer_page(w.hq, who="ben")
    assert [a.id for a in page.overdue.items] == [w.ids["mine"]]  # the call is due in three days
    assert officer_page(w.hq, who="Anna").overdue.total == 1


def test_a_period_bounds_the_weeks_shown(device: Factory) -> None:
    w = hq_world(device)
    span = period(start=TODAY - timedelta(days=10), end=TODAY)
    page = officer_page(w.hq, who="Anna", span=span)
    assert len(page.activity.weeks) in (2, 3) and sum(page.activity.meetings) == 2  # not the convoy


def test_an_unknown_officer_is_not_found(device: Factory) -> None:
    w = hq_world(device)
    with pytest.raises(NotFoundError):
        officer_page(w.hq, who="Nobody")


def test_their_areas_of_responsibility_are_those_assigned_to_their_devices(device: Factory) -> None:
    w = hq_world(device)
    east = records.add(w.hq, "area", {"name": "Sector East", "pcode": "MR01", "level": "adm1"}).id
    areas.assign(w.hq, area=east, device_id=w.ben.author.device_id)
    assert officer_page(w.hq, who="Ben").areas == ("Sector East (MR01)",)
    assert officer_page(w.hq, who="Anna").areas == ()
