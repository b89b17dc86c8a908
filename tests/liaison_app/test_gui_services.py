"""Services behind the dashboard, the settings screen, the wizard and the editors."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from liaison_app import keyfile, profile
from liaison_app.errors import ValidationError, WrongSecretError
from liaison_app.services import dashboard, forms, passphrase, preferences, records
from liaison_app.store import Store

from ..conftest import PASSPHRASE

ON = date(2026, 3, 15)


def _at(day: date, hour: int) -> str:
    return datetime(day.year, day.month, day.day, hour).astimezone().isoformat()


def test_the_dashboard_splits_meetings_into_today_and_the_week_ahead(store: Store) -> None:
    today = records.add(store, "meeting", {"title": "Today", "start": _at(ON, 9)})
    soon = records.add(store, "meeting", {"title": "Soon", "start": _at(ON + timedelta(2), 9)})
    records.add(store, "meeting", {"title": "Far", "start": _at(ON + timedelta(30), 9)})
    records.add(store, "meeting", {"title": "Past", "start": _at(ON - timedelta(1), 9)})
    view = dashboard.overview(store, on=ON)
    assert [m.id for m in view.today] == [today.id]
    assert [m.id for m in view.upcoming] == [soon.id]


def test_the_dashboard_lists_overdue_and_due_soon_open_actions(store: Store) -> None:
    late = records.add(store, "action", {"title": "Late", "due": "2026-03-10", "owner": "me"})
    soon = records.add(store, "action", {"title": "Soon", "due": "2026-03-18"})
    records.add(store, "action", {"title": "Closed", "due": "2026-03-10", "status": "done"})
    records.add(store, "action", {"title": "Later", "due": "2026-05-01"})
    view = dashboard.overview(store, on=ON)
    # the owner "me" is named as the officer who recorded the action
    assert [(a.id, a.owner) for a in view.overdue] == [(late.id, "Maj. Anna Berg")]
    assert [a.id for a in view.due_soon] == [soon.id]
    assert view.counts == {"org": 0, "contact": 0, "meeting": 0, "action": 4, "area": 0}


def test_the_dashboard_shows_no_records_of_our_own_as_coming_from_others(store: Store) -> None:
    records.add(store, "contact", {"full_name": "Amina"})
    assert dashboard.overview(store, on=ON).from_others == []


def test_preferences_store_auto_lock_minutes_and_refuse_nonsense(store: Store) -> None:
    assert preferences.read(store).auto_lock_minutes == 10
    assert preferences.update(store, auto_lock_minutes=0).auto_lock_minutes == 0
    with pytest.raises(ValidationError, match="auto_lock_minutes"):
        preferences.update(store, auto_lock_minutes=-1)
    with pytest.raises(ValidationError, match="exchange_folder"):
        preferences.update(store, exchange_folder="relative/path")


def test_changing_the_kdf_cost_needs_the_passphrase_and_keeps_it(store: Store) -> None:
    cost = keyfile.KdfCost(16, 2)
    with pytest.raises(WrongSecretError):
        preferences.change_kdf_cost(store, passphrase="wrong", cost=cost)
    preferences.change_kdf_cost(store, passphrase=PASSPHRASE, cost=cost)
    assert preferences.read(store).kdf == cost
    profile.unlock(store.directory, PASSPHRASE).close()


def test_a_short_or_mismatched_passphrase_is_refused_and_a_long_one_rates_strong() -> None:
    with pytest.raises(ValidationError, match="at least"):
        passphrase.check_new("short", "short")
    with pytest.raises(ValidationError, match="differ"):
        passphrase.check_new("river stone lantern", "river stone lanterns")
    with pytest.raises(ValidationError, match="guess"):
        passphrase.check_new("aaaaaaaaaaaa", "aaaaaaaaaaaa")
    assert passphrase.check_new("river stone lantern", "river stone lantern")
    assert passphrase.strength("river stone lantern 42").score >= 3
    assert passphrase.strength("abc").score <= 1


def test_new_records_start_from_the_kinds_defaults(store: Store) -> None:
    assert forms.defaults(store, "action") == {
        "status": "open",
        "priority": "normal",
        "do_not_share": False,  # the sharing scope (issue 13): mission unless chosen
        "sharing": "mission",
    }
    assert forms.defaults(store, "contact")["sensitivity"] == "CONFIDENTIAL"
    assert forms.sensitivity_levels(store)[0] == "UNCLASSIFIED"
