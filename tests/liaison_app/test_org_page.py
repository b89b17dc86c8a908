"""The organization page at HQ: every engagement any officer had with it, newest first (the
meetings naming it and those its people attended), its contacts, its open and overdue
actions, and which officers engage it, how often and when last."""

from __future__ import annotations

import pytest

from liaison_app.errors import NotFoundError
from liaison_app.services import records
from liaison_app.services.org_page import org_page
from tests.conftest import Factory
from tests.liaison_app.hq_world import days_ago, hq_world


def test_given_two_officers_met_an_organization_then_hq_lists_every_engagement_newest_first(
    device: Factory,
) -> None:
    w = hq_world(device)
    page = org_page(w.hq, org_id=w.ids["wfp"])
    ids = [item.id for item in page.engagements.items]
    # Ben's meeting ahead, Ben's with Amina, Anna's with Jean, Anna's naming WFP; not the NGO's
    assert ids == [w.ids["ahead"], w.ids["ben_meeting"], w.ids["attended"], w.ids["named"]]
    assert page.engagements.total == 4
    assert page.name == "World Food Programme" and page.org_type == "un-agency"


def test_the_officers_who_engage_it_are_counted_with_their_latest_engagement_that_has_begun(
    device: Factory,
) -> None:
    w = hq_world(device)
    page = org_page(w.hq, org_id=w.ids["wfp"])
    by_officer = {o.officer: (o.count, o.last) for o in page.officers}
    assert by_officer == {"Anna": (2, days_ago(3)[:10]), "Ben": (2, days_ago(1)[:10])}
    assert page.last_engagement == days_ago(1)[:10]  # the meeting four days ahead has not begun


def test_its_contacts_and_open_actions_are_listed_with_the_overdue_counted(device: Factory) -> None:
    w = hq_world(device)
    page = org_page(w.hq, org_id=w.ids["wfp"])
    assert [c.id for c in page.contacts.items] == [w.ids["amina"], w.ids["jean"]]
    # from its meetings and owned by its people, by due date; the done one is not open
    assert [a.id for a in page.open_actions.items] == [w.ids["recce"], w.ids["call"]]
    assert page.overdue == 1


def test_long_lists_come_in_pages_with_their_totals(device: Factory) -> None:
    w = hq_world(device)
    page = org_page(w.hq, org_id=w.ids["wfp"], offset=1, limit=2)
    assert [item.id for item in page.engagements.items] == [w.ids["ben_meeting"], w.ids["attended"]]
    assert (page.engagements.total, page.offset) == (4, 1)
    assert len(page.contacts.items) == 2 and page.contacts.total == 2


def test_a_deleted_meeting_is_no_engagement(device: Factory) -> None:
    w = hq_world(device)
    records.delete_record(w.hq, "meeting", w.ids["named"])
    page = org_page(w.hq, org_id=w.ids["wfp"])
    assert w.ids["named"] not in [item.id for item in page.engagements.items]
    assert page.engagements.total == 3


def test_an_id_prefix_will_do_and_an_unknown_organization_is_not_found(device: Factory) -> None:
    w = hq_world(device)
    assert org_page(w.hq, org_id=w.ids["wfp"][:8]).id == w.ids["wfp"]
    with pytest.raises(NotFoundError):
        org_page(w.hq, org_id="ffffffff")
