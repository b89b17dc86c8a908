"""Relay with purpose: an HQ bundle scoped to an officer carries only what the officer needs,
says what it left out, and a later bundle fills the rest in until both sides agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from db.models import Contact, Meeting
from liaison_app.errors import ValidationError
from liaison_app.services import areas, dump, records, syncing
from liaison_app.store import Store
from sync import peers, scope, scope_holes, scope_memory
from sync.bundle import kem_private_key, open_bundle, write_bundle
from sync.identity import public_keys
from tests.sync.conftest import Factory, bundle_for, introduce, send
from tests.sync.support import items_in, state_of

AREA = syncing.Scope.AREA


@pytest.fixture(autouse=True, params=["by id", "from the store's side"])
def lookups(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule holds both ways an area export finds what is in scope or held: asking the
    store of each record (few records) and reading what the recipients' scope holds (many)."""
    if request.param != "by id":
        monkeypatch.setattr(scope._Reading, "BY_ID", 0)


def _ids(store: Store, kind: str) -> set[str]:
    return {r.id for r in records.list_records(store, kind)}


def _area_bundle(hq: Store, officer: Store, tmp: Path) -> Path:
    path = tmp / f"area-{len(list(tmp.iterdir()))}.liaison"
    syncing.export_bundle(hq, to=[officer.author.device_id], path=path, scope=AREA)
    return path


def _header(path: Path, recipient: Store) -> dict[str, Any]:
    with recipient.session() as s:
        conn = s.connection()
        with open_bundle(
            path,
            my_device_id=recipient.author.device_id,
            my_kem_private=kem_private_key(recipient.identity),
            trusted_signing_key_lookup=lambda device: peers.signing_key(conn, device),
        ) as opened:
            return dict(opened.header)


class Mission:
    """Anna and Bert in the field, HQ between them: Bert has an organization nobody else
    needs, and a meeting on which HQ gave Anna's contact an action."""

    def __init__(self, device: Factory) -> None:
        self.anna, self.bert, self.hq = device("Anna"), device("Bert"), device("HQ", role="hq")
        introduce(self.anna, self.hq)
        introduce(self.bert, self.hq)
        self.anna_org = records.add(self.anna, "org", {"name": "UNHCR"}).id
        self.anna_contact = records.add(self.anna, "contact", {"full_name": "Amina Diallo"}).id
        self.bert_only = records.add(self.bert, "org", {"name": "Bert's own NGO"}).id
        self.bert_org = records.add(self.bert, "org", {"name": "WFP"}).id
        self.bert_contact = records.add(
            self.bert, "contact", {"full_name": "Jean Mukendi", "organization_id": self.bert_org}
        ).id
        self.meeting = records.add(
            self.bert,
            "meeting",
            {
                "title": "Convoy planning",
                "start": "2026-11-20T10:00+01:00",
                "attendee_ids": [self.bert_contact],
            },
        ).id
        send(self.anna, self.hq)
        send(self.bert, self.hq)
        self.action = records.add(
            self.hq,
            "action",
            {"title": "Recce the route", "owner": self.anna_contact, "meeting_id": self.meeting},
        ).id


def test_an_area_bundle_sends_the_officer_what_concerns_them_and_what_that_names(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    path = _area_bundle(m.hq, m.anna, tmp_path)
    sent = {(b.origin, b.seq) for b, _ in items_in(path, m.anna)}
    bert = m.bert.author.device_id
    assert (bert, 1) not in sent  # Bert's own organization concerns nobody else
    assert {(bert, 2), (bert, 3), (bert, 4)} <= sent  # the meeting, and what it names
    assert _header(path, m.anna)["omitted"] == {bert: [[1, 1]]}
    counts = syncing.import_bundle(m.anna, path).counts
    assert counts.pending == 0 and counts.applied == len(sent)
    assert m.action in _ids(m.anna, "action") and m.meeting in _ids(m.anna, "meeting")
    assert _ids(m.anna, "org") == {m.anna_org, m.bert_org}


def test_a_later_scope_all_bundle_fills_in_the_rest_and_both_dumps_agree(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path))
    send(m.anna, m.hq)  # Anna's bundle says what she was left without
    assert syncing.status(m.hq).outgoing[m.anna.author.device_id] == 1
    counts = send(m.hq, m.anna)  # her stored choice is "all"
    assert counts.applied == 1 and counts.pending == 0
    assert dump.dump_json(m.anna) == dump.dump_json(m.hq)
    with m.anna.session() as s:
        assert scope_holes.load(s.connection()) == {}
    send(m.anna, m.hq)
    assert syncing.status(m.hq).outgoing[m.anna.author.device_id] == 0


def test_what_was_left_out_is_not_sent_again_in_every_area_bundle_once_acknowledged(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    first = _area_bundle(m.hq, m.anna, tmp_path)
    syncing.import_bundle(m.anna, first)
    send(m.anna, m.hq)
    records.edit(m.bert, "meeting", m.meeting, {"title": "Convoy planning (north)"})
    send(m.bert, m.hq)
    again = _area_bundle(m.hq, m.anna, tmp_path)
    assert [(b.origin, b.seq) for b, _ in items_in(again, m.anna)] == [(m.bert.author.device_id, 5)]
    syncing.import_bundle(m.anna, again)
    meeting = records.get(m.anna, "meeting", m.meeting)
    assert isinstance(meeting, Meeting) and meeting.title == "Convoy planning (north)"


def test_a_change_out_of_scope_is_left_out_and_the_next_one_in_scope_applies_without_waiting(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path))
    send(m.anna, m.hq)
    records.edit(m.bert, "org", m.bert_only, {"acronym": "BON"})  # out of Anna's scope
    records.edit(m.bert, "contact", m.bert_contact, {"position": "Logistics officer"})  # in it
    send(m.bert, m.hq)
    path = _area_bundle(m.hq, m.anna, tmp_path)
    bert = m.bert.author.device_id
    assert _header(path, m.anna)["omitted"] == {bert: [[1, 1], [5, 5]]}
    counts = syncing.import_bundle(m.anna, path).counts
    assert counts.applied == 1 and counts.pending == 0
    contact = records.get(m.anna, "contact", m.bert_contact)
    assert isinstance(contact, Contact) and contact.position == "Logistics officer"
    # Anna's own edit of the shared meeting, built on a past with holes, converges at HQ.
    records.edit(m.anna, "meeting", m.meeting, {"title": "Convoy planning, Anna's notes"})
    send(m.anna, m.hq)
    send(m.hq, m.anna)
    assert dump.dump_json(m.anna) == dump.dump_json(m.hq)
    assert syncing.conflicts(m.anna) == syncing.conflicts(m.hq) == []


def test_the_stored_choice_of_area_scopes_the_folder_exchange_too(device: Factory, tmp_path: Path) -> None:
    m = Mission(device)
    syncing.set_peer_scope(m.hq, m.anna.author.device_id, AREA)
    path = bundle_for(m.hq, m.anna)
    assert m.bert_only not in {b.ops[0].record_id for b, _ in items_in(path, m.anna)}
    assert {p.card.officer: p.scope for p in syncing.list_peers(m.hq)}["Anna"] == "area"


def test_an_area_export_from_a_field_device_is_refused_in_one_line(device: Factory, tmp_path: Path) -> None:
    m = Mission(device)
    with pytest.raises(ValidationError, match="only HQ exports by area"):
        syncing.export_bundle(m.anna, to=[m.hq.author.device_id], path=tmp_path / "x.liaison", scope=AREA)
    assert not (tmp_path / "x.liaison").exists()


# A hostile HQ signs what it likes: its omission list is bounded, checked and harmless.


def _rewritten(path: Path, hq: Store, officer: Store, change: dict[str, Any]) -> Path:
    """The same bundle, signed again by HQ with `change` in its header (as a lying HQ would)."""
    header = {**_header(path, officer), **change}
    items = [item for _, item in items_in(path, officer)]
    out = path.with_name(f"hostile-{path.name}")
    write_bundle(
        out, sender=hq.identity, header=header, recipients=[public_keys(officer.identity)], items=items
    )
    return out


def test_a_hostile_omission_list_is_clipped_to_what_hq_holds_and_harms_nothing(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    path = _area_bundle(m.hq, m.anna, tmp_path)
    bert, anna = m.bert.author.device_id, m.anna.author.device_id
    hostile = {
        bert: [[1, 2**53 - 1]],  # huge, and naming what the bundle carries
        anna: [[1, 99]],  # Anna's own: she holds all she wrote
        "q" * 52: [[1, 5]],  # an origin HQ does not hold
    }
    counts = syncing.import_bundle(m.anna, _rewritten(path, m.hq, m.anna, {"omitted": hostile})).counts
    assert counts.pending == 0 and counts.rejected == 0
    with m.anna.session() as s:
        assert scope_holes.load(s.connection()) == {bert: [(1, 1)]}  # clipped to HQ's vector
    assert m.meeting in _ids(m.anna, "meeting")
    send(m.anna, m.hq)
    send(m.hq, m.anna)
    assert dump.dump_json(m.anna) == dump.dump_json(m.hq)


@pytest.mark.parametrize(
    "omitted",
    [
        [[1, 1]],
        {"abc": [[0, 1]]},
        {"abc": [[3, 2]]},
        {"abc": [[1, 2**53]]},
        {"abc": [[1, True]]},
        {"ABC!": [[1, 1]]},
        {"abc": [[n, n] for n in range(1, scope_holes.MAX_RANGES + 2)]},
    ],
    ids=["not-an-object", "zero", "reversed", "beyond-2^53", "a-boolean", "bad-origin", "too-many"],
)
def test_a_malformed_omission_list_refuses_the_bundle_and_changes_nothing(
    device: Factory, tmp_path: Path, omitted: object
) -> None:
    m = Mission(device)
    path = _rewritten(_area_bundle(m.hq, m.anna, tmp_path), m.hq, m.anna, {"omitted": omitted})
    before = state_of(m.anna)
    outcome = syncing.import_bundles(m.anna, [path])[0]
    assert outcome.refused and outcome.refusal is syncing.RefusalReason.MALFORMED_HEADER
    assert state_of(m.anna) == before


def test_lacks_reported_by_an_officer_are_bounded_however_many_holes_it_has() -> None:
    ranges = [(n, n) for n in range(1, 3 * scope_holes.MAX_RANGES, 2)]
    joined = scope_holes.coarsen(ranges, 10)
    assert len(joined) == 10 and joined[0][0] == 1 and joined[-1][1] == ranges[-1][1]
    assert all(
        any(a <= first and last <= b for a, b in joined) for first, last in ranges
    )  # covers every hole


def test_the_header_lacks_key_travels_as_plain_json(device: Factory, tmp_path: Path) -> None:
    m = Mission(device)
    syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path))
    path = bundle_for(m.anna, m.hq)
    assert json.loads(json.dumps(_header(path, m.hq)["lacks"])) == {m.bert.author.device_id: [[1, 1]]}


# Areas of responsibility (issue 11): HQ assigns them; what lies in them is in scope.


class AreaMission:
    """HQ's areas North (with a district inside it) and South; Anna is responsible for North.
    Bert works in both."""

    def __init__(self, device: Factory) -> None:
        self.anna, self.bert, self.hq = device("Anna"), device("Bert"), device("HQ", role="hq")
        introduce(self.anna, self.hq)
        introduce(self.bert, self.hq)
        self.north = records.add(self.hq, "area", {"name": "North Kivu", "pcode": "CD61"}).id
        self.district = records.add(
            self.hq,
            "area",
            {"name": "Rutshuru", "pcode": "CD6102", "level": "adm2", "parent_area_id": self.north},
        ).id
        self.south = records.add(self.hq, "area", {"name": "South Kivu", "pcode": "CD62"}).id
        areas.assign(self.hq, area=self.north, device_id=self.anna.author.device_id)
        send(self.hq, self.bert)  # Bert gets the list of areas
        self.in_district = records.add(
            self.bert, "org", {"name": "Rutshuru Water Board", "area_id": self.district}
        ).id
        self.in_south = records.add(
            self.bert, "org", {"name": "Bukavu Port Authority", "area_id": self.south}
        ).id
        send(self.bert, self.hq)


def test_an_area_bundle_carries_what_lies_in_the_officers_areas_and_every_area_of_the_list(
    device: Factory, tmp_path: Path
) -> None:
    m = AreaMission(device)
    counts = syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path)).counts
    assert counts.pending == 0
    assert _ids(m.anna, "org") == {m.in_district}  # inside North, through its district
    assert _ids(m.anna, "area") == {m.north, m.district, m.south}  # the list is profile-wide
    send(m.anna, m.hq)
    send(m.hq, m.anna)  # her stored choice: all
    assert dump.dump_json(m.anna) == dump.dump_json(m.hq)


def test_when_the_officers_area_grows_the_next_area_bundle_brings_what_was_left_out(
    device: Factory, tmp_path: Path
) -> None:
    m = AreaMission(device)
    syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path))
    send(m.anna, m.hq)
    areas.assign(m.hq, area=m.south, device_id=m.anna.author.device_id)
    counts = syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path)).counts
    assert counts.applied == 1 and counts.pending == 0
    assert _ids(m.anna, "org") == {m.in_district, m.in_south}
    with m.anna.session() as s:
        assert scope_holes.load(s.connection()) == {}


def test_what_an_area_export_left_out_is_remembered_and_sent_once_a_new_change_ties_to_it(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    syncing.import_bundle(m.anna, _area_bundle(m.hq, m.anna, tmp_path))
    send(m.anna, m.hq)
    bert = m.bert.author.device_id
    with m.hq.session() as s:
        memory = scope_memory.load(s.connection(), m.anna.author.device_id)
    assert memory is not None and memory.omitted == {bert: [(1, 1)]}
    assert memory.touched.may_hold(m.bert_only)
    # Nothing new ties to it: left out again (unread); then HQ's meeting with Anna's contact names it.
    records.edit(m.bert, "org", m.bert_org, {"acronym": "WFP"})
    send(m.bert, m.hq)
    again = _area_bundle(m.hq, m.anna, tmp_path)
    assert _header(again, m.anna)["omitted"] == {bert: [[1, 1]]}
    syncing.import_bundle(m.anna, again)
    send(m.anna, m.hq)
    records.add(
        m.hq,
        "meeting",
        {
            "title": "NGO forum",
            "start": "2026-11-22T10:00Z",
            "attendee_ids": [m.anna_contact],
            "organization_ids": [m.bert_only],
        },
    )
    tied = _area_bundle(m.hq, m.anna, tmp_path)
    assert (bert, 1) in {(b.origin, b.seq) for b, _ in items_in(tied, m.anna)}
    assert syncing.import_bundle(m.anna, tied).counts.pending == 0
    assert m.bert_only in _ids(m.anna, "org")


def test_changesets_left_out_at_the_end_then_filled_in_count_as_held_for_what_follows(
    device: Factory, tmp_path: Path
) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    records.add(bert, "org", {"name": "UNICEF"})
    records.add(bert, "org", {"name": "UNHCR"})
    send(bert, hq)
    syncing.import_bundle(anna, _area_bundle(hq, anna, tmp_path))  # leaves both out: nothing is hers
    send(anna, hq)
    assert send(hq, anna, full=False).applied == 2  # filled in late, after the holes were passed
    records.add(bert, "org", {"name": "WFP"})
    send(bert, hq)
    counts = send(hq, anna)
    assert counts.applied == 1 and counts.pending == 0
    assert dump.dump_json(anna) == dump.dump_json(hq)
