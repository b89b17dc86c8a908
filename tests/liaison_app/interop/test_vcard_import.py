"""vCard import: real exports of 2.1, 3.0 and 4.0 read card by card, each card imported,
skipped as a duplicate (and of which record) or refused with a reason; the same file twice
adds nothing."""

from __future__ import annotations

import base64
import random
import string
import tracemalloc
from pathlib import Path

import pytest

from liaison_app.services import records
from liaison_app.services.interop import card_files, card_intake
from liaison_app.services.interop.card_model import Problem, Same, Status
from liaison_app.store import Store
from tests.liaison_app.interop.cards import OURS, SHARED, SHARED_ABSENT, counts, shared_card, vcf

SAMPLES = sorted([*SHARED.glob("*.vcf"), *OURS.glob("*.vcf")])


def test_the_real_exports_of_gmail_iphone_android_and_outlook_are_there_to_import() -> None:
    if not SHARED.is_dir():
        pytest.skip(SHARED_ABSENT)
    assert len(list(SHARED.glob("*.vcf"))) >= 8


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_given_a_real_export_when_imported_then_every_card_has_an_outcome_and_a_second_import_adds_none(
    store: Store, path: Path
) -> None:
    first = card_files.import_contacts(store, path)
    assert [o.number for o in first.outcomes] == list(range(1, card_files.count(path) + 1))
    assert all(o.message for o in first.outcomes if o.status is Status.ERROR)
    after_first = counts(store)
    again = card_files.import_contacts(store, path)
    assert again.count(Status.IMPORTED) == 0
    assert counts(store)["contact"] == after_first["contact"]
    assert counts(store)["organization"] == after_first["organization"]


def test_given_the_android_export_when_imported_then_quoted_printable_decodes_and_a_broken_card_is_told(
    store: Store,
) -> None:
    report = card_files.import_contacts(store, shared_card("John_Doe_ANDROID.vcf"))
    by_number = {o.number: o for o in report.outcomes}
    assert by_number[1].reason == Problem.NO_NAME  # an EMAIL alone
    assert by_number[3].status is Status.IMPORTED and by_number[3].name == "Ñ Ñ Ñ Ñ Ñ"
    assert by_number[6].reason == Problem.UNREADABLE  # a quoted-printable value cut short
    assert report.count(Status.IMPORTED) >= 2  # the cards after a photo are still read


def test_given_an_iphone_card_when_imported_then_apple_item_labels_title_org_and_address_map_to_our_fields(
    store: Store,
) -> None:
    report = card_files.import_contacts(store, shared_card("John_Doe_IPHONE.vcf"))
    (outcome,) = report.outcomes
    assert outcome.status is Status.IMPORTED and outcome.id
    contact = records.get(store, "contact", outcome.id)
    points = {(p["kind"], p["label"], p["value"]) for p in contact.contact_points}  # type: ignore[attr-defined]
    assert ("phone", "mobile", "905-555-1234") in points
    assert ("phone", "assistant phone", "905-222-1234") in points  # item2.X-ABLabel
    assert ("email", "", "john.doe@ibm.com") in points
    assert contact.position == "Money Counter"  # type: ignore[attr-defined]
    assert contact.location.startswith("Silicon Alley 5")  # type: ignore[attr-defined]  # the preferred ADR
    assert "Department: Accounting" in contact.notes  # type: ignore[attr-defined]
    assert outcome.organization is not None and outcome.organization.created
    assert records.get(store, "org", outcome.organization.id).name == "IBM"  # type: ignore[attr-defined]


def test_given_an_organization_already_here_when_a_card_names_it_then_the_contact_is_linked_to_it(
    store: Store, tmp_path: Path
) -> None:
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"})
    path = vcf(
        tmp_path / "two.vcf",
        "VERSION:3.0\nFN:Amadou Diallo\nORG:WFP\nEMAIL:amadou@wfp.example",
        "VERSION:3.0\nFN:Awa Traoré\nORG:World Food Programme;Logistics\nTEL;TYPE=CELL:+223 70 00 00 01",
    )
    report = card_files.import_contacts(store, path)
    assert [o.organization.id if o.organization else None for o in report.outcomes] == [wfp.id, wfp.id]
    assert not any(o.organization and o.organization.created for o in report.outcomes)
    assert counts(store)["organization"] == 1


def test_given_two_cards_naming_a_new_organization_when_imported_then_it_is_created_once(
    store: Store, tmp_path: Path
) -> None:
    path = vcf(
        tmp_path / "two.vcf",
        "VERSION:3.0\nFN:Amadou Diallo\nORG:Croissant-Rouge Malien",
        "VERSION:3.0\nFN:Awa Traoré\nORG:Croissant-Rouge Malien",
    )
    report = card_files.import_contacts(store, path)
    links = [o.organization for o in report.outcomes]
    assert links[0] is not None and links[1] is not None and links[0].id == links[1].id
    assert [link.created for link in links if link] == [True, False]
    assert report.organizations_created == 1


def test_given_a_card_with_a_bad_email_when_imported_then_neither_it_nor_its_organization_is_written(
    store: Store, tmp_path: Path
) -> None:
    path = vcf(
        tmp_path / "mixed.vcf",
        "VERSION:3.0\nFN:Amadou Diallo\nORG:Nobody Knows Us\nEMAIL:not an address",
        "VERSION:3.0\nFN:Awa Traoré\nEMAIL:awa@example.org",
    )
    report = card_files.import_contacts(store, path)
    assert [o.status for o in report.outcomes] == [Status.ERROR, Status.IMPORTED]
    assert report.outcomes[0].reason == Problem.INVALID and "email" in report.outcomes[0].message
    assert counts(store)["contact"] == 1 and counts(store)["organization"] == 0


def test_given_a_card_twice_in_one_file_when_imported_then_the_second_is_skipped_as_the_first(
    store: Store, tmp_path: Path
) -> None:
    card = "VERSION:3.0\nFN:Amadou Diallo\nTEL:+223 70 12 34 56"
    report = card_files.import_contacts(store, vcf(tmp_path / "twice.vcf", card, card))
    first, second = report.outcomes
    assert second.status is Status.SKIPPED and second.reason == Same.EARLIER_CARD
    assert second.duplicate_of == first.id


def test_given_a_contact_with_the_same_email_when_a_card_spells_the_name_otherwise_then_it_is_skipped(
    store: Store, tmp_path: Path
) -> None:
    here = records.add(
        store,
        "contact",
        {"full_name": "Jean Mukendi", "contact_points": [{"kind": "email", "value": "jean@ocha.example"}]},
    )
    path = vcf(tmp_path / "one.vcf", "VERSION:2.1\nN:Mukendi;Jean-Paul\nEMAIL;INTERNET:JEAN@ocha.example")
    (outcome,) = card_files.import_contacts(store, path).outcomes
    assert (outcome.status, outcome.duplicate_of, outcome.reason) == (Status.SKIPPED, here.id, "SAME_EMAIL")


def test_given_a_contact_with_a_similar_name_alone_when_a_card_arrives_then_it_is_another_person(
    store: Store, tmp_path: Path
) -> None:
    records.add(
        store,
        "contact",
        {"full_name": "Mohamed Ali", "contact_points": [{"kind": "phone", "value": "+223 70 00 00 01"}]},
    )
    path = vcf(tmp_path / "one.vcf", "VERSION:3.0\nFN:Mohamed Ali\nTEL:+223 76 99 99 99")
    (outcome,) = card_files.import_contacts(store, path).outcomes
    assert outcome.status is Status.IMPORTED


def test_given_imported_cards_when_the_import_ends_then_they_travel_to_peers_as_changesets(
    store: Store, tmp_path: Path
) -> None:
    before = counts(store)["changeset"]
    card_files.import_contacts(store, shared_card("gmail-list.vcf"))
    assert counts(store)["changeset"] > before


@pytest.mark.slow
def test_given_a_file_of_several_megabytes_with_photos_when_imported_then_memory_stays_bounded(
    store: Store, tmp_path: Path
) -> None:
    photo = base64.b64encode(bytes(range(256)) * 18).decode()  # ~6 KB a card, in 2.1's unfolded lines
    lines = "\r\n".join(photo[i : i + 76] for i in range(0, len(photo), 76))
    path = tmp_path / "big.vcf"
    cards = 800
    names = random.Random(12)
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(cards):
            given, family = ("".join(names.choices(string.ascii_lowercase, k=7)).title() for _ in range(2))
            out.write(
                f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:{family};{given}\r\nTEL;CELL:+223 70 {n:06d}\r\n"
                f"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n{lines}\r\n\r\nEND:VCARD\r\n"
            )
    assert path.stat().st_size > 5_000_000
    tracemalloc.start()
    report = card_files.import_contacts(store, path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.count(Status.IMPORTED) == cards
    assert peak < path.stat().st_size  # never the whole file at once


def test_given_a_group_card_when_imported_then_it_is_refused_as_not_a_person(store: Store) -> None:
    (outcome,) = card_files.import_contacts(store, OURS / "vobject_vcard40_group.vcf").outcomes
    assert (outcome.status, outcome.reason, outcome.name) == (
        Status.ERROR,
        Problem.NOT_A_PERSON,
        "The Doe Family",
    )


def test_given_a_stop_request_when_importing_then_it_ends_between_batches_and_keeps_what_was_written(
    store: Store, tmp_path: Path
) -> None:
    path = vcf(
        tmp_path / "many.vcf",
        *(f"VERSION:3.0\nFN:Person Number{n:04d}\nTEL:+223 70 {n:06d}" for n in range(450)),
    )
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # let the first batch through, then stop

    report = card_files.import_contacts(store, path, stop=stop)
    assert report.cancelled
    assert len(report.outcomes) == card_intake.CHUNK == report.count(Status.IMPORTED)
    assert counts(store)["contact"] == card_intake.CHUNK


def test_given_a_card_with_a_line_of_megabytes_and_no_end_when_imported_then_the_cards_around_it_still_go_in(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.vcf"
    with path.open("wb") as out:
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Before\r\nEND:VCARD\r\n")
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + b"x" * 1_500_000 + b"\r\nFN:Long\r\nEND:VCARD\r\n")
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After\r\nEND:VCARD\r\n")
    report = card_files.import_contacts(store, path)
    assert (report.outcomes[0].name, report.outcomes[0].status) == ("Before", Status.IMPORTED)
    assert report.outcomes[-1].name == "After" and report.outcomes[-1].status is Status.IMPORTED
