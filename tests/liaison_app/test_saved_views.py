"""Saved views (liaison_app/services/saved_views.py): a list's filters under a name, with
relative dates that stay relative and areas whose sub-areas are found when used; kept on
this profile only."""

from __future__ import annotations

from datetime import date

import pytest

from liaison_app import relative_days
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.services import areas, dump, listing, records, saved_views, syncing
from liaison_app.services.list_filters import Wanted
from liaison_app.services.saved_views import SavedView
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send


class _Day(date):
    """`date` whose today() is what the test says."""

    chosen = date(2026, 12, 1)

    @classmethod
    def today(cls) -> _Day:
        return cls(cls.chosen.year, cls.chosen.month, cls.chosen.day)


@pytest.fixture
def on_day(monkeypatch: pytest.MonkeyPatch) -> type[_Day]:
    monkeypatch.setattr(relative_days, "date", _Day)
    return _Day


def _listed(store: Store, view: SavedView) -> list[str]:
    return listing.ordered_ids(store, listing.ListQuery(view.kind, filters=saved_views.filters(store, view)))


def test_given_a_view_of_the_last_30_days_when_used_a_week_later_then_its_range_moved_with_today(
    device: Factory, on_day: type[_Day]
) -> None:
    hq = device("HQ", role="hq")
    early = records.add(hq, "action", {"title": "Early", "due": "2026-11-05"}).id
    late = records.add(hq, "action", {"title": "Late", "due": "2026-12-05"}).id
    kept = saved_views.save(
        hq, SavedView("Last 30 days", "action", Wanted(date_from="today - 30 days", date_to="today+7"))
    )
    assert (kept.wanted.date_from, kept.wanted.date_to) == ("today-30", "today+7")
    assert _listed(hq, kept) == [early, late]

    on_day.chosen = date(2026, 12, 8)

    assert _listed(hq, saved_views.get(hq, "action", "last 30 DAYS")) == [late]


def test_given_a_fixed_date_when_saved_then_it_is_kept_as_that_day(device: Factory) -> None:
    hq = device("HQ", role="hq")
    kept = saved_views.save(hq, SavedView("November", "meeting", Wanted(date_from="01.11.2026")))
    assert kept.wanted.date_from == "2026-11-01"


def test_given_a_view_of_an_area_when_an_area_inside_it_is_added_later_then_its_records_count(
    device: Factory,
) -> None:
    hq = device("HQ", role="hq")
    east = records.add(hq, "area", {"name": "Sector East", "pcode": "XE01"}).id
    view = saved_views.save(hq, SavedView("Sector East", "org", Wanted(area="XE01")))
    assert view.wanted.area == east
    inner = records.add(
        hq, "area", {"name": "Kessa", "pcode": "XE0102", "level": "adm2", "parent_area_id": east}
    ).id
    org = records.add(hq, "org", {"name": "WFP", "area_id": inner}).id
    records.add(hq, "org", {"name": "Elsewhere"})

    assert _listed(hq, view) == [org]
    assert areas.resolve(hq, "Kessa") == inner


def test_given_views_when_renamed_replaced_and_deleted_then_the_list_says_so(device: Factory) -> None:
    hq = device("HQ", role="hq")
    saved_views.save(hq, SavedView("Overdue", "action", preset="overdue"))
    saved_views.save(hq, SavedView("Mine", "action", Wanted(officer=hq.author.device_id)))
    saved_views.save(
        hq, SavedView("mine", "action", Wanted(officer=hq.author.device_id), preset="overdue")
    )  # replaces

    assert [(v.name, v.preset) for v in saved_views.list_views(hq, "action")] == [
        ("mine", "overdue"),
        ("Overdue", "overdue"),
    ]
    with pytest.raises(ValidationError):
        saved_views.rename(hq, "action", "mine", "OVERDUE")
    saved_views.rename(hq, "action", "mine", "Mine, overdue")
    assert saved_views.delete(hq, "action", "overdue").name == "Overdue"
    assert [v.name for v in saved_views.list_views(hq)] == ["Mine, overdue"]
    with pytest.raises(NotFoundError):
        saved_views.get(hq, "action", "Overdue")


@pytest.mark.parametrize(
    ("view", "error"),
    [
        (SavedView("Atlantis", "meeting", Wanted(area="Atlantis")), NotFoundError),
        (SavedView("Bad day", "meeting", Wanted(date_from="someday")), ValidationError),
        (SavedView("Bad preset", "meeting", preset="overdue"), ValidationError),  # actions only
        (SavedView("", "meeting"), ValidationError),
        (SavedView("Orgs of areas", "area", Wanted(org="0000")), NotFoundError),
    ],
)
def test_given_a_filter_that_names_nothing_when_saving_then_refused_and_nothing_kept(
    device: Factory, view: SavedView, error: type[Exception]
) -> None:
    hq = device("HQ", role="hq")
    with pytest.raises(error):
        saved_views.save(hq, view)
    assert saved_views.list_views(hq) == []


def test_given_a_saved_view_when_the_profile_syncs_then_it_stays_on_this_profile(device: Factory) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "WFP"})
    saved_views.save(anna, SavedView("Everything", "org"))
    before = dump.dump_json(anna)

    send(anna, hq)

    assert saved_views.list_views(hq) == [] and dump.dump_json(hq) == before
    assert syncing.status(anna) is not None
