"""Retention: records past their review date are listed oldest first, a page at a time;
keeping one takes it off the list until the day chosen; the policy in force is the shorter
of the officer's and HQ's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from liaison_app import settings
from liaison_app.clock import today
from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import Kind
from liaison_app.retention_rules import PolicyRefusedError
from liaison_app.services import records, retention
from liaison_app.services.retention import Why
from liaison_app.store import Store


def _age(store: Store, kind: str, record_id: str, days: int) -> None:
    """The record's last change moved `days` back (as if it had rested that long)."""
    stamp = (date.today() - timedelta(days=days)).isoformat() + "T08:00:00.000000Z"
    table = {"org": "organization", "action": "action_item"}.get(kind, kind)
    with store.session() as s:
        s.connection().exec_driver_sql(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (stamp, record_id))
        s.commit()


def test_given_a_contact_older_than_its_period_when_listing_due_then_it_is_there_with_its_review_date(
    store: Store,
) -> None:
    old = records.add(store, "contact", {"full_name": "Amina Diallo"})
    records.add(store, "contact", {"full_name": "Fresh Face"})
    _age(store, "contact", old.id, 800)

    page = retention.due(store)

    assert [(r.kind, r.record_id, r.title, r.why) for r in page.records] == [
        (Kind.CONTACT, old.id, "Amina Diallo", Why.POLICY)
    ]
    expected = date.today() - timedelta(days=800) + timedelta(days=730)
    assert page.records[0].review_on == expected.isoformat()
    assert page.after is None


def test_given_a_shorter_period_for_a_level_then_records_of_that_level_are_due_sooner(store: Store) -> None:
    secret = records.add(store, "meeting", _meeting("Source debrief", "CONFIDENTIAL"))
    plain = records.add(store, "meeting", _meeting("Cluster meeting", "UNCLASSIFIED"))
    for record in (secret, plain):
        _age(store, "meeting", record.id, 100)
    retention.set_policy(store, ["CONFIDENTIAL=90"])

    assert [r.record_id for r in retention.due(store).records] == [secret.id]


def test_given_many_due_records_when_paging_then_each_comes_once_oldest_first(store: Store) -> None:
    made = [records.add(store, "org", {"name": f"Org {i}"}) for i in range(7)]
    for age, org in enumerate(made):
        _age(store, "org", org.id, 400 + age)
    retention.set_policy(store, ["org=365"])

    seen: list[str] = []
    after = None
    while True:
        page = retention.due(store, limit=3, after=after)
        seen += [r.record_id for r in page.records]
        if page.after is None:
            break
        after = page.after

    assert seen == [org.id for org in reversed(made)]


def test_given_a_kept_record_then_it_leaves_the_list_until_the_day_it_was_kept_until(store: Store) -> None:
    old = records.add(store, "contact", {"full_name": "Amina Diallo"})
    _age(store, "contact", old.id, 800)
    kind, found = retention.find(store, old.id[:8])

    retention.keep(store, [(kind, found)], until=today() + timedelta(days=30), reason="case ongoing")

    assert retention.due(store).records == ()
    with store.session() as s:  # the keep's day arrives
        s.connection().exec_driver_sql("UPDATE retention_keep SET until = ?", (today().isoformat(),))
        s.commit()
    [due] = retention.due(store).records
    assert (due.why, due.reason, due.review_on) == (Why.KEPT, "case ongoing", today().isoformat())


def test_given_a_date_not_in_the_future_when_keeping_then_refused_and_nothing_kept(store: Store) -> None:
    old = records.add(store, "contact", {"full_name": "Amina Diallo"})
    _age(store, "contact", old.id, 800)

    with pytest.raises(ValidationError) as refused:
        retention.keep(store, [(Kind.CONTACT, old.id)], until=today())

    assert refused.value.rule is Rule.OUT_OF_RANGE
    assert len(retention.due(store).records) == 1


def test_given_no_such_record_when_finding_then_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        retention.find(store, "zzzzzzzzzz")


def test_given_hq_sent_a_shorter_period_then_it_is_in_force_and_the_officer_cannot_loosen_it(
    store: Store,
) -> None:
    with store.session() as s:
        settings.put(
            s,
            "retention_mission",
            {
                "policy": {"kinds": {"contact": 180}, "levels": {}},
                "set_at": "2026-11-01T00:00:00Z",
                "by": "hq",
            },
        )
        s.commit()

    view = retention.set_policy(store, ["contact=3650"])

    assert view.own.kinds["contact"] == 3650
    assert view.in_force.kinds["contact"] == 180
    assert view.mission_set_at.startswith("2026-11-01")


@pytest.mark.parametrize(
    ("assignment", "rule"),
    [("contact=-1", Rule.WRONG_TYPE), ("contact=99999", Rule.OUT_OF_RANGE), ("contact", Rule.WRONG_TYPE)],
)
def test_given_a_bad_period_when_setting_the_policy_then_refused_with_its_rule(
    store: Store, assignment: str, rule: Rule
) -> None:
    with pytest.raises(PolicyRefusedError) as refused:
        retention.set_policy(store, [assignment])
    assert refused.value.rule is rule
    assert retention.policy(store).own.kinds["contact"] == 730


def test_given_a_level_the_profile_lacks_when_setting_the_policy_then_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        retention.set_policy(store, ["TOPSECRET=30"])
    assert refused.value.rule is Rule.NOT_A_LEVEL


def _meeting(title: str, level: str) -> dict[str, object]:
    return {"title": title, "start": "2026-11-20T09:00", "sensitivity": level}
