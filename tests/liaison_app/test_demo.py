"""The generated demo mission: size, internal consistency, realism rules and determinism."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import mgrs
import pytest

from liaison_app import demo, keyfile, profile, settings, vocab
from liaison_app.errors import ProfileError
from liaison_app.services import actions, dump, records, search
from liaison_app.store import Store

TODAY = date(2026, 3, 20)
pytestmark = pytest.mark.slow


def _new_store(directory: Path) -> Store:
    return profile.init(
        directory,
        passphrase="pw",
        officer_name="Maj. Anna Berg",
        device_name="toughbook-1",
        cost=keyfile.KdfCost(8, 1),
    ).store


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    store = _new_store(tmp_path_factory.mktemp("demo") / "p")
    counts = demo.generate(store, seed=1, today=TODAY)
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def document(mission: tuple[Store, dict[str, int]]) -> dict[str, Any]:
    return dump.dump(mission[0])


def _rows(store: Store, kind: str) -> list[dict[str, Any]]:
    return [records.as_dict(r) for r in records.list_records(store, kind)]


def _canonical(store: Store) -> list[list[str]]:
    """The dump with every id replaced by what the record is (name, or start and title),
    so two generations compare by content although their UUIDs differ."""
    doc = dump.dump(store)
    label = {o["id"]: f"org:{o['name']}" for o in doc["organizations"]}
    label |= {c["id"]: f"contact:{c['full_name']}" for c in doc["contacts"]}
    label |= {m["id"]: f"meeting:{m['start']}:{m['title']}" for m in doc["meetings"]}
    label |= {a["id"]: f"area:{a['pcode']}" for a in doc["areas"]}
    sections = []
    for section in ("areas", "organizations", "contacts", "meetings", "actions"):
        rows = []
        for record in doc[section]:
            record = {k: v for k, v in record.items() if k not in ("id", "completed_at")}
            for name, value in record.items():
                if name in ("attendee_ids", "organization_ids"):
                    record[name] = sorted(label[v] for v in value)
                elif isinstance(value, str):
                    record[name] = label.get(value, value)
            rows.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
        sections.append(sorted(rows))
    return sections


def test_a_demo_mission_has_several_hundred_records_of_every_kind(mission, document):
    store, counts = mission
    assert counts == {kind: len(records.list_records(store, kind)) for kind in counts}
    assert 40 <= counts["org"] <= 70
    assert 150 <= counts["contact"] <= 250
    assert 80 <= counts["meeting"] <= 120
    assert 120 <= counts["action"] <= 200
    assert len(document["actions"]) == counts["action"]


def test_every_reference_points_at_a_live_record(document):
    orgs = {o["id"] for o in document["organizations"]}
    contacts = {c["id"] for c in document["contacts"]}
    meetings = {m["id"] for m in document["meetings"]}
    assert {o["parent_id"] for o in document["organizations"]} - {None} <= orgs
    assert any(o["parent_id"] for o in document["organizations"])
    assert {c["organization_id"] for c in document["contacts"]} - {None} <= orgs
    for meeting in document["meetings"]:
        assert meeting["attendee_ids"], meeting["title"]
        assert set(meeting["attendee_ids"]) <= contacts
        assert set(meeting["organization_ids"]) <= orgs
    for action in document["actions"]:
        assert action["owner"] == vocab.OWNER_ME or action["owner"] in contacts
        assert action["meeting_id"] in meetings


def test_actions_are_owned_both_by_me_and_by_contacts(document):
    owners = Counter(a["owner"] == vocab.OWNER_ME for a in document["actions"])
    assert owners[True] >= 10 and owners[False] >= 10


def test_nobody_marked_do_not_contact_is_met_or_given_an_action(document):
    barred = {c["id"] for c in document["contacts"] if c["do_not_contact"]}
    assert barred
    assert sum(c["do_not_share"] for c in document["contacts"]) >= 10
    for meeting in document["meetings"]:
        assert not barred & set(meeting["attendee_ids"])
    assert not barred & {a["owner"] for a in document["actions"]}


def test_some_actions_are_overdue_on_the_demo_today_and_some_are_done(mission, document):
    statuses = Counter(a["status"] for a in document["actions"])
    overdue = actions.overdue(mission[0], on=TODAY)
    assert 5 <= len(overdue) <= 0.4 * len(document["actions"])
    assert statuses["done"] > len(document["actions"]) / 3
    assert statuses.keys() == set(vocab.ACTION_STATUSES)


def test_an_action_is_due_after_the_meeting_it_came_from(document):
    starts = {m["id"]: m["start"][:10] for m in document["meetings"]}
    for action in document["actions"]:
        assert action["due"] >= min(starts[action["meeting_id"]], TODAY.isoformat())


def test_meetings_fill_the_month_before_today_and_a_few_are_upcoming(document):
    meetings = document["meetings"]
    first, last = TODAY - timedelta(days=30), TODAY + timedelta(days=7)
    days = {datetime.fromisoformat(m["start"]).date() for m in meetings}
    assert min(days) >= first and max(days) <= last
    upcoming = [m for m in meetings if m["start"] >= TODAY.isoformat()]
    assert 1 <= len(upcoming) <= 15
    assert all(m["status"] == "draft" and not m["points"] for m in upcoming)
    old = [m for m in meetings if m["start"] < (TODAY - timedelta(days=7)).isoformat()]
    assert old and all(m["status"] in ("final", "sent") and m["points"] for m in old)


def test_meetings_use_every_meeting_type_and_point_kind(document):
    meetings = document["meetings"]
    assert {m["meeting_type"] for m in meetings} == set(vocab.MEETING_TYPES)
    kinds = {p["kind"] for m in meetings for p in m["points"]}
    assert kinds == set(vocab.POINT_KINDS)


def test_the_general_coordination_meeting_recurs_weekly_on_one_weekday(document):
    held = [
        datetime.fromisoformat(m["start"])
        for m in document["meetings"]
        if m["title"] == "Haldara General Coordination Meeting" and m["start"] < TODAY.isoformat()
    ]
    assert len(held) in (4, 5)
    assert len({start.weekday() for start in held}) == 1


def test_every_grid_lies_in_one_utm_zone_around_the_mission_area(document):
    converter = mgrs.MGRS()
    located = [m for m in document["meetings"] if m["grid"]]
    assert len(located) > len(document["meetings"]) / 2
    assert {m["grid"][:2] for m in located} == {"36"}
    for meeting in located:
        lat, lon = converter.toLatLon(meeting["grid"])
        assert 11.0 < lat < 12.6 and 31.5 < lon < 33.8, meeting["grid"]
        if meeting["latitude"] is not None:
            # The grid is truncated, not rounded: it sits within metres of the position.
            assert abs(lat - meeting["latitude"]) < 1e-4
            assert abs(lon - meeting["longitude"]) < 1e-4


def test_contact_details_never_use_real_domains_or_numbers(document):
    points = [p for c in document["contacts"] for p in c["contact_points"]]
    emails = [p["value"] for p in points if p["kind"] == "email"]
    phones = [p["value"] for p in points if p["kind"] == "phone"]
    assert emails and phones
    assert all(e.endswith((".example.org", ".example")) for e in emails)
    assert all(p.startswith("+283 ") for p in phones)
    assert any(p["kind"] == "radio" for p in points)


def test_the_same_seed_and_day_give_the_same_content(mission, tmp_path):
    with _new_store(tmp_path / "again") as again:
        demo.generate(again, seed=1, today=TODAY)
        assert _canonical(again) == _canonical(mission[0])


def test_different_seeds_give_different_content(mission, tmp_path):
    with _new_store(tmp_path / "other") as other:
        demo.generate(other, seed=2, today=TODAY)
        names = {c["full_name"] for c in _rows(other, "contact")}
        assert names != {c["full_name"] for c in _rows(mission[0], "contact")}
        assert _canonical(other) != _canonical(mission[0])


def test_search_finds_demo_contacts_by_name(mission, document):
    for contact in document["contacts"][::25]:
        hits = search.search(mission[0], contact["full_name"], kinds=("contact",))
        assert contact["id"] in {hit.id for hit in hits}


def test_progress_is_reported_up_to_the_total(tmp_path):
    reports: list[tuple[int, int]] = []
    with _new_store(tmp_path / "p") as store:
        counts = demo.generate(store, today=TODAY, progress=lambda d, t: reports.append((d, t)))
    total = sum(counts.values())
    assert reports[0] == (0, total) and reports[-1] == (total, total)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert len(reports) > 5


class _CancelledError(Exception):
    pass


def test_a_demo_cancelled_midway_leaves_the_profile_empty_for_another_try(tmp_path):
    def cancel_after_a_while(done: int, total: int) -> None:
        if done >= 200:
            raise _CancelledError

    with _new_store(tmp_path / "p") as store:
        with pytest.raises(_CancelledError):
            demo.generate(store, today=TODAY, progress=cancel_after_a_while)
        assert all(
            records.list_records(store, kind) == [] for kind in ("org", "contact", "meeting", "action")
        )
        counts = demo.generate(store, today=TODAY)
        assert counts["meeting"] == len(records.list_records(store, "meeting"))


def test_the_demo_refuses_a_profile_that_already_holds_records(tmp_path):
    with _new_store(tmp_path / "p") as store:
        records.add(store, "org", {"name": "Real partner"})
        with pytest.raises(ProfileError):
            demo.generate(store, today=TODAY)
        assert len(records.list_records(store, "org")) == 1
        assert records.list_records(store, "contact") == []


def test_the_demo_marks_records_with_the_profile_sensitivity_levels(tmp_path):
    with _new_store(tmp_path / "p") as store:
        with store.session() as s:
            settings.put(s, "sensitivity_levels", ["OPEN", "RESTRICTED", "SECRET"])
            s.commit()
        demo.generate(store, today=TODAY)
        contacts = _rows(store, "contact")
        meetings = _rows(store, "meeting")
    used = Counter(r["sensitivity"] for r in [*contacts, *meetings])
    assert set(used) == {"OPEN", "RESTRICTED", "SECRET"}
    assert all(c["sensitivity"] == "SECRET" for c in contacts if c["do_not_share"])
