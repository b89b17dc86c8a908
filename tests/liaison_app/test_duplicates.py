"""Likely duplicate contacts and organizations in a real profile: the scan and the note
shown while a new record is typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event

from liaison_app.errors import ValidationError
from liaison_app.services import duplicate_scan, duplicates, records
from liaison_app.services.duplicates import BlockKind, Draft, Reason
from liaison_app.store import Store


def _phone(value: str) -> dict[str, str]:
    return {"kind": "phone", "label": "mobile", "value": value}


def _email(value: str) -> dict[str, str]:
    return {"kind": "email", "label": "work", "value": value}


def _contact(store: Store, name: str, **fields: Any) -> str:
    return records.add(store, "contact", {"full_name": name, **fields}).id


def _org(store: Store, name: str, acronym: str = "") -> str:
    return records.add(store, "org", {"name": name, "acronym": acronym}).id


def _reasons(scan: duplicates.Scan) -> dict[frozenset[str], Reason]:
    return {frozenset(p.ids): p.reason for p in scan.pairs}


def test_given_one_phone_in_two_spellings_and_a_transliterated_name_when_scanned_then_a_pair(
    store: Store,
) -> None:
    a = _contact(store, "Mohammed Al-Hassan", contact_points=[_phone("+249 912 345 678")])
    b = _contact(store, "Mohamed Al Hassan", contact_points=[_phone("00249912345678")])
    _contact(store, "Amina Diallo", contact_points=[_phone("+221 77 123 4567")])

    found = duplicates.scan(store, "contact")

    assert _reasons(found) == {frozenset({a, b}): Reason.SAME_PHONE}
    (pair,) = found.pairs
    assert pair.ids == tuple(sorted((a, b)))
    assert set(pair.names) == {"Mohammed Al-Hassan", "Mohamed Al Hassan"}
    assert 90 <= pair.score <= 100
    assert found.compared == 3


def test_given_a_shared_switchboard_between_different_people_when_scanned_then_no_pair(store: Store) -> None:
    _contact(store, "Jean Mukendi", contact_points=[_phone("+243 81 000 0000")])
    _contact(store, "Amina Diallo", contact_points=[_phone("+243 81 000 0000")])

    assert duplicates.scan(store, "contact").pairs == ()


def test_given_one_email_in_two_cases_when_scanned_then_a_same_email_pair(store: Store) -> None:
    a = _contact(store, "Jean Mukendi", contact_points=[_email("Jean.Mukendi@wfp.org")])
    b = _contact(store, "Jean-Pierre Mukendi", contact_points=[_email("jean.mukendi@WFP.org")])

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SAME_EMAIL}


def test_given_names_alike_in_one_organization_when_scanned_then_pairs_only_there(store: Store) -> None:
    wfp, unhcr = _org(store, "World Food Programme", "WFP"), _org(store, "UNHCR")
    a = _contact(store, "Jean Mukendi", organization_id=wfp)
    b = _contact(store, "MUKENDI, Jean", organization_id=wfp)
    c = _contact(store, "Fatoumata Traoré", organization_id=wfp)
    d = _contact(store, "Fatoumata Traore", organization_id=wfp)
    _contact(store, "Jean Mukendi", organization_id=unhcr)  # same name elsewhere: not evidence
    _contact(store, "Jean Mukendi")

    found = _reasons(duplicates.scan(store, "contact"))

    assert found == {
        frozenset({a, b}): Reason.SAME_NAME_SAME_ORG,
        frozenset({c, d}): Reason.SAME_NAME_SAME_ORG,  # accents stripped: one name
    }


def test_given_a_typo_in_one_organization_when_scanned_then_a_similar_name_pair(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    a = _contact(store, "Emmanuel Okonkwo", organization_id=wfp)
    b = _contact(store, "Emanuel Okonkwo", organization_id=wfp)

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SIMILAR_NAME_SAME_ORG}


def test_given_a_deleted_copy_when_scanned_then_it_is_not_a_pair(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    _contact(store, "Jean Mukendi", organization_id=wfp)
    records.delete_record(store, "contact", _contact(store, "Jean Mukendi", organization_id=wfp))

    assert duplicates.scan(store, "contact").pairs == ()


def test_given_a_block_bigger_than_the_limit_when_scanned_then_skipped_and_reported(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicate_scan, "MAX_BLOCK", 2)
    for name in ("Jean Mukendi", "Jean Mukendy", "Jean Moukendi"):
        _contact(store, name, contact_points=[_phone("+243 81 000 0000")])

    found = duplicates.scan(store, "contact")

    assert found.pairs == ()
    assert [(s.kind, s.size) for s in found.skipped] == [(BlockKind.PHONE, 3)]


def test_given_a_default_region_when_scanned_then_national_numbers_meet_international_ones(
    store: Store,
) -> None:
    a = _contact(store, "Jean Mukendi", contact_points=[_phone("081 234 5678")])
    b = _contact(store, "Jean Mukendi", contact_points=[_phone("+243 81 234 5678")])
    assert duplicates.scan(store, "contact").pairs == ()

    with store.session() as s:
        s.connection().exec_driver_sql("INSERT INTO setting (key, value) VALUES ('phone_region', '\"cd\"')")
        s.commit()

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SAME_PHONE}


def test_given_organizations_alike_when_scanned_then_same_name_acronym_and_similar_pairs(
    store: Store,
) -> None:
    a = _org(store, "Ministry of Health", "MoH")
    b = _org(store, "ministry of health")
    c = _org(store, "World Food Programme", "WFP")
    d = _org(store, "World Food Program", "WFP")
    e = _org(store, "Médecins Sans Frontières")
    f = _org(store, "Medecins Sans Frontieres (Belgium)")
    _org(store, "Ministry of Education")

    found = _reasons(duplicates.scan(store, "org"))

    assert found[frozenset({a, b})] is Reason.SAME_NAME
    assert found[frozenset({c, d})] is Reason.SAME_ACRONYM
    assert frozenset({e, f}) not in found or found[frozenset({e, f})] is Reason.SIMILAR_NAME
    assert len(found) <= 3


def test_given_another_kind_when_scanned_then_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="contacts and organizations"):
        duplicates.scan(store, "meeting")


def test_given_a_draft_like_a_stored_contact_when_typed_then_it_is_offered(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    jean = _contact(store, "Jean Mukendi", organization_id=wfp)
    _contact(store, "Jean Kabila", organization_id=wfp)

    (match,) = duplicates.likely_existing(store, "contact", Draft("jean mukendi"))

    assert (match.id, match.name, match.organization) == (jean, "Jean Mukendi", "WFP")
    assert match.reason is Reason.SIMILAR_NAME
    same_org = duplicates.likely_existing(store, "contact", Draft("Jean Mukendi", organization_id=wfp))
    assert [(m.id, m.reason) for m in same_org] == [(jean, Reason.SAME_NAME_SAME_ORG)]


def test_given_a_draft_with_a_transliterated_name_when_typed_then_it_is_offered(store: Store) -> None:
    known = _contact(store, "Mohammed Al-Hassan", contact_points=[_phone("+249 912 345 678")])

    assert [m.id for m in duplicates.likely_existing(store, "contact", Draft("Mohamed Al-Hassan"))] == [known]
    by_phone = duplicates.likely_existing(store, "contact", Draft("M. Hassan", phones=("+249 912 345 678",)))
    assert [(m.id, m.reason) for m in by_phone] == [(known, Reason.SAME_PHONE)]


def test_given_a_draft_of_one_word_or_unlike_anyone_when_typed_then_nothing(store: Store) -> None:
    jean = _contact(store, "Jean Mukendi")

    assert duplicates.likely_existing(store, "contact", Draft("Jean")) == ()
    assert duplicates.likely_existing(store, "contact", Draft("Amina Diallo")) == ()
    assert duplicates.likely_existing(store, "contact", Draft("Jean Mukendi", exclude_id=jean)) == ()


def test_given_a_draft_organization_like_a_stored_one_when_typed_then_it_is_offered(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    _org(store, "World Vision")

    by_name = duplicates.likely_existing(store, "org", Draft("World Food Program"))
    by_acronym = duplicates.likely_existing(store, "org", Draft("World Food Programme Goma", acronym="wfp"))

    assert [m.id for m in by_name] == [wfp]
    assert [(m.id, m.reason) for m in by_acronym] == [(wfp, Reason.SAME_ACRONYM)]


def test_given_a_name_with_a_word_left_out_in_one_organization_when_scanned_then_a_pair(
    store: Store,
) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    a = _contact(store, "Nyanut Ring Villanueva", organization_id=wfp)
    b = _contact(store, "Nyanut Villanueva", organization_id=wfp)
    _contact(store, "Nyanut Akech", organization_id=wfp)  # one word shared: another person

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SIMILAR_NAME_SAME_ORG}


def test_given_a_branch_and_offices_of_other_agencies_when_scanned_then_no_pair(store: Store) -> None:
    parent = _org(store, "Marenian Red Crescent Society", "MRCS")
    records.add(
        store,
        "org",
        {"name": "Marenian Red Crescent Society, Haldara Branch", "acronym": "MRCS", "parent_id": parent},
    )
    _org(store, "UNICEF Haldara Field Office", "UNICEF")
    _org(store, "UNHCR Field Office Haldara", "UNHCR")

    assert duplicates.scan(store, "org").pairs == ()


def test_given_one_acronym_spelt_with_dots_when_scanned_then_a_same_acronym_pair(store: Store) -> None:
    a = _org(store, "World Food Programme", "WFP")
    b = _org(store, "World Food Programme Goma", "W.F.P.")

    assert _reasons(duplicates.scan(store, "org")) == {frozenset({a, b}): Reason.SAME_ACRONYM}


def test_given_relatives_in_one_organization_when_scanned_then_no_pair(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    for name in ("Amaka Okonkwo", "Emeka Okonkwo", "Kenji Watanabe", "Mei Watanabe"):
        _contact(store, name, organization_id=wfp)

    assert duplicates.scan(store, "contact").pairs == ()


def test_given_one_agency_entered_twice_when_scanned_then_its_contacts_are_of_one_organization(
    store: Store,
) -> None:
    mine, theirs = _org(store, "World Food Programme", "WFP"), _org(store, "World Food Programme", "WFP")
    a = _contact(store, "Jean Mukendi", organization_id=mine)
    b = _contact(store, "Jean Mukendi", organization_id=theirs)

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SAME_NAME_SAME_ORG}
    note = duplicates.likely_existing(store, "contact", Draft("Jean Mukendi", organization_id=theirs))
    assert {(m.id, m.reason) for m in note} == {
        (a, Reason.SAME_NAME_SAME_ORG),
        (b, Reason.SAME_NAME_SAME_ORG),
    }


def _plans_while(store: Store, action: Callable[[], object]) -> list[str]:
    """Every step of the query plans of the statements `action` runs on the store."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.session() as s:
        conn = s.connection()
        return [
            str(row[3])
            for sql, params in statements
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
        ]


def test_given_a_draft_when_looked_up_then_only_indexes_are_read(store: Store) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    _contact(store, "Jean Mukendi", organization_id=wfp, contact_points=[_email("jean@wfp.org")])
    draft = Draft("Jean Mukendi", organization_id=wfp, phones=("+243 81 234 5678",), emails=("jean@wfp.org",))

    plans = _plans_while(store, lambda: duplicates.likely_existing(store, "contact", draft))
    acronym = Draft("WFP", acronym="WFP")
    plans += _plans_while(store, lambda: duplicates.likely_existing(store, "org", acronym))

    assert any("VIRTUAL TABLE" in step for step in plans)  # the search index's doclists
    assert any("ix_contact_organization_id" in step for step in plans)
    scans = [step for step in plans if step.startswith("SCAN") and "VIRTUAL TABLE" not in step]
    assert scans == []


DAMAGED = ["not json", '{"kind": "phone"}', '[1, null, {"kind": "phone", "value": 5}]']


@pytest.mark.parametrize("damaged", DAMAGED)
def test_given_damaged_contact_points_when_scanned_then_compared_by_name_and_organization(
    store: Store, damaged: str
) -> None:
    wfp = _org(store, "World Food Programme", "WFP")
    a = _contact(store, "Jean Mukendi", organization_id=wfp, contact_points=[_phone("+243 81 234 5678")])
    b = _contact(store, "Jean Mukendi", organization_id=wfp)
    with store.session() as s:
        s.connection().exec_driver_sql("UPDATE contact SET contact_points = ? WHERE id = ?", (damaged, b))
        s.commit()

    assert _reasons(duplicates.scan(store, "contact")) == {frozenset({a, b}): Reason.SAME_NAME_SAME_ORG}
    note = duplicates.likely_existing(store, "contact", Draft("Jean Mukendi", phones=("+243 81 234 5678",)))
    assert {m.id for m in note} == {a, b}


def test_given_a_word_block_too_big_when_scanned_then_same_names_are_still_paired(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(duplicate_scan, "MAX_BLOCK", 2)
    a = _org(store, "UNICEF Haldara Field Office")
    b = _org(store, "unicef haldara field office")
    _org(store, "UNICEF Kessa Field Office")

    found = duplicates.scan(store, "org")

    assert _reasons(found) == {frozenset({a, b}): Reason.SAME_NAME}
    assert {(s.kind, s.size) for s in found.skipped} == {(BlockKind.NAME, 3)}
