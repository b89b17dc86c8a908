"""Related records: what an editor lists under an organization, a contact or a meeting,
read from indexes (meeting_link for the attendees and organizations meetings name)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from liaison_app.services import records
from liaison_app.services import related as related_module
from liaison_app.services.related import Group, Related, related
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store
from tests.sync.conftest import introduce, send


def _ago(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()


def _ids(found: Related, group: Group) -> list[str]:
    (match,) = [g for g in found.groups if g.group is group]
    return [item.id for item in match.items]


def _mission(store: Store) -> dict[str, str]:
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"}).id
    other = records.add(store, "org", {"name": "UNHCR"}).id
    jean = records.add(store, "contact", {"full_name": "Jean Mukendi", "organization_id": wfp}).id
    amina = records.add(store, "contact", {"full_name": "Amina Diallo", "organization_id": wfp}).id
    old = records.add(
        store,
        "meeting",
        {"title": "Convoy planning", "start": _ago(10), "attendee_ids": [jean], "organization_ids": [wfp]},
    ).id
    new = records.add(
        store, "meeting", {"title": "Warehouse visit", "start": _ago(2), "attendee_ids": [jean, amina]}
    ).id
    ahead = records.add(
        store, "meeting", {"title": "Next round", "start": _ago(-5), "attendee_ids": [jean]}
    ).id
    records.add(store, "meeting", {"title": "Elsewhere", "start": _ago(1), "organization_ids": [other]})
    recce = records.add(
        store, "action", {"title": "Recce the route", "meeting_id": old, "due": "2026-01-05"}
    ).id
    call = records.add(store, "action", {"title": "Call back", "owner": amina, "due": "2026-01-02"}).id
    done = records.add(store, "action", {"title": "Send list", "owner": jean, "status": "done"}).id
    return {
        "wfp": wfp, "jean": jean, "amina": amina, "old": old, "new": new, "ahead": ahead,
        "recce": recce, "call": call, "done": done,
    }  # fmt: skip


def test_an_organization_lists_its_contacts_its_meetings_and_open_actions(store: Store) -> None:
    m = _mission(store)
    found = related(store, kind="org", record_id=m["wfp"])
    assert [g.group for g in found.groups] == [Group.CONTACTS, Group.MEETINGS, Group.OPEN_ACTIONS]
    assert _ids(found, Group.CONTACTS) == [m["amina"], m["jean"]]  # by name
    assert _ids(found, Group.MEETINGS) == [m["old"]]  # only the meeting naming it
    # from its meeting, and owned by its people; the done one is not open
    assert _ids(found, Group.OPEN_ACTIONS) == [m["call"], m["recce"]]


def test_a_contact_lists_meetings_attended_newest_first_owned_actions_and_the_last_engagement(
    store: Store,
) -> None:
    m = _mission(store)
    found = related(store, kind="contact", record_id=m["jean"])
    assert _ids(found, Group.MEETINGS) == [m["ahead"], m["new"], m["old"]]
    assert _ids(found, Group.OWNED_ACTIONS) == [m["done"]]
    # the meeting five days ahead has not happened yet
    assert found.last_engagement == _ago(2)[:10]


def test_a_contact_never_met_has_no_last_engagement(store: Store) -> None:
    lone = records.add(store, "contact", {"full_name": "Nobody Yet"})
    found = related(store, kind="contact", record_id=lone.id)
    assert found.last_engagement is None
    assert all(g.items == () and g.total == 0 for g in found.groups)


def test_a_meeting_lists_the_actions_that_came_from_it(store: Store) -> None:
    m = _mission(store)
    (group,) = related(store, kind="meeting", record_id=m["old"]).groups
    assert (group.group, [i.id for i in group.items]) == (Group.ACTIONS, [m["recce"]])
    assert (group.items[0].title, group.items[0].status, group.items[0].when) == (
        "Recce the route",
        "open",
        "2026-01-05",
    )


def test_given_attendees_change_or_a_meeting_is_deleted_the_lists_follow(store: Store) -> None:
    m = _mission(store)
    records.edit(store, "meeting", m["new"], {"attendee_ids": [m["amina"]]})
    records.delete_record(store, "meeting", m["ahead"])
    assert _ids(related(store, kind="contact", record_id=m["jean"]), Group.MEETINGS) == [m["old"]]
    assert _ids(related(store, kind="contact", record_id=m["amina"]), Group.MEETINGS) == [m["new"]]


def test_given_more_than_the_limit_the_group_says_how_many_there_are(store: Store) -> None:
    org = records.add(store, "org", {"name": "Big agency"}).id
    for n in range(5):
        records.add(store, "contact", {"full_name": f"Staff {n}", "organization_id": org})
    (contacts, *_) = related(store, kind="org", record_id=org, limit=3).groups
    assert (len(contacts.items), contacts.total) == (3, 5)


def test_an_action_has_no_related_groups(store: Store) -> None:
    action = records.add(store, "action", {"title": "Alone"})
    assert related(store, kind="action", record_id=action.id).groups == ()


def test_meetings_received_through_sync_are_linked_too(device: Callable[..., Store]) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(hq, "contact", {"full_name": "Jean Mukendi"})
    send(hq, anna)
    meeting = records.add(
        anna, "meeting", {"title": "Field visit", "start": _ago(1), "attendee_ids": [contact.id]}
    )
    send(anna, hq)
    assert _ids(related(hq, kind="contact", record_id=contact.id), Group.MEETINGS) == [meeting.id]


class _PlanningCursor:
    """A real cursor that first asks SQLite how it will run each statement."""

    def __init__(self, cur: Any, plans: list[str]) -> None:
        self.cur, self.plans = cur, plans

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        rows = self.cur.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        self.plans.append(" | ".join(str(row[-1]) for row in rows))
        return self.cur.execute(sql, params)


@pytest.mark.parametrize("kind", ["org", "contact", "meeting"])
def test_every_lookup_starts_from_an_index_never_a_scan(
    store: Store, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    m = _mission(store)
    plans: list[str] = []

    @contextmanager
    def planning(store: Store) -> Iterator[_PlanningCursor]:
        with cursor(store) as cur:
            yield _PlanningCursor(cur, plans)

    monkeypatch.setattr(related_module, "cursor", planning)
    record = {"org": m["wfp"], "contact": m["jean"], "meeting": m["old"]}[kind]
    related(store, kind=kind, record_id=record, limit=1)  # limit 1: the counts run too
    assert plans and all(plan.startswith(("SEARCH", "LIST")) or "SEARCH" in plan for plan in plans)
    assert not [p for p in plans if "SCAN" in p], plans
    # nor a range over every past meeting for each link
    assert not [p for p in plans if "start_utc<" in p], plans


def test_an_attendee_change_received_through_sync_moves_the_meeting(device: Callable[..., Store]) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"}).id
    amina = records.add(anna, "contact", {"full_name": "Amina Diallo"}).id
    meeting = records.add(anna, "meeting", {"title": "Visit", "start": _ago(1), "attendee_ids": [jean]}).id
    send(anna, hq)
    records.edit(hq, "meeting", meeting, {"attendee_ids": [amina]})
    send(hq, anna)
    assert _ids(related(anna, kind="contact", record_id=jean), Group.MEETINGS) == []
    assert _ids(related(anna, kind="contact", record_id=amina), Group.MEETINGS) == [meeting]
