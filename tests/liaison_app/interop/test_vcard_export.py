"""vCard export, 3.0 and 4.0: read back by vobject and by an independent reader (the `vcard`
package's RFC 2426 parser; RFC 6350's line rules checked on the bytes), with a stable UID
per contact, do-not-share contacts left out unless asked for, and a re-import adding nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import vobject
from vcard import vcard_validator

from liaison_app.services import records
from liaison_app.services.interop import card_files
from liaison_app.services.interop.card_files import Format
from liaison_app.services.interop.card_model import Same, Status
from liaison_app.services.interop.redaction import Profile
from liaison_app.store import Store
from tests.liaison_app.interop.cards import counts

LONG_NOTE = "Rencontré à Goma, près du marché ; parle swahili et français — " * 6


def _people(store: Store) -> dict[str, str]:
    org = records.add(store, "org", {"name": "Croix-Rouge de la RDC"})
    jean = records.add(
        store,
        "contact",
        {
            "full_name": "Jean-Baptiste Mukendi",
            "position": "Chef de bureau",
            "organization_id": org.id,
            "contact_points": [
                {"kind": "phone", "label": "mobile", "value": "+243 81 000 0000"},
                {"kind": "email", "label": "work", "value": "jb.mukendi@croixrouge.example"},
                {"kind": "radio", "label": "", "value": "Kilo 7"},
            ],
            "languages": ["fr", "sw"],
            "notes": LONG_NOTE,
            "tags": ["logistics"],
        },
    )
    fatima = records.add(store, "contact", {"full_name": "فاطمة الزهراء"})
    hidden = records.add(store, "contact", {"full_name": "Source Protected", "do_not_share": True})
    return {"jean": jean.id, "fatima": fatima.id, "hidden": hidden.id}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_given_contacts_when_exported_then_vobject_reads_every_card_back_with_its_uid_and_fields(
    store: Store, tmp_path: Path, version: str
) -> None:
    ids = _people(store)
    path = tmp_path / "out.vcf"
    written = card_files.export_contacts(
        store, path, format=Format.VCARD, version=version, profile=Profile.FULL
    )
    assert written.cards == 2
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    by_uid = {c.uid.value: c for c in cards}
    assert set(by_uid) == {f"urn:uuid:{ids['jean']}", f"urn:uuid:{ids['fatima']}"}
    jean = by_uid[f"urn:uuid:{ids['jean']}"]
    assert jean.version.value == version
    assert jean.fn.value == "Jean-Baptiste Mukendi"
    assert jean.org.value == ["Croix-Rouge de la RDC"]
    assert jean.title.value == "Chef de bureau"
    phones: list[Any] = jean.contents["tel"]
    assert [(t.value, t.params.get("TYPE")) for t in phones] == [("+243 81 000 0000", ["cell"])]
    assert jean.email.value == "jb.mukendi@croixrouge.example"
    assert LONG_NOTE.strip() in jean.note.value and "Radio: Kilo 7" in jean.note.value
    assert by_uid[f"urn:uuid:{ids['fatima']}"].fn.value == "فاطمة الزهراء"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_given_an_export_when_its_bytes_are_read_then_it_is_utf8_with_crlf_lines_folded_at_75_octets(
    store: Store, tmp_path: Path, version: str
) -> None:
    _people(store)
    path = tmp_path / "out.vcf"
    card_files.export_contacts(store, path, format=Format.VCARD, version=version, profile=Profile.FULL)
    data = path.read_bytes()
    data.decode("utf-8")  # raises if not UTF-8
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long note was folded
    starts = [line for line in lines if not line.startswith(b" ")]
    assert starts.count(b"BEGIN:VCARD") == starts.count(b"END:VCARD") == 2
    assert starts.count(f"VERSION:{version}".encode()) == 2


def test_given_a_3_0_export_when_an_independent_rfc_2426_parser_reads_it_then_every_card_is_valid(
    store: Store, tmp_path: Path
) -> None:
    ids = _people(store)
    # RFC 2426's grammar is over octets (NON-ASCII = %x80-FF): the parser reads them one
    # character each, as Latin-1 gives them. It splits lines with str.splitlines, which
    # also breaks at the octet 0x85 that UTF-8 Arabic holds: the Arabic name is left to
    # vobject and the byte rules above.
    records.delete_record(store, "contact", ids["fatima"])
    path = tmp_path / "out.vcf"
    card_files.export_contacts(store, path, format=Format.VCARD, version="3.0", profile=Profile.FULL)
    octets = path.read_bytes().decode("latin-1")
    with pytest.warns(UserWarning):  # it suspects "Jean-Baptiste Mukendi" of being two names: a note
        cards = [vcard_validator.VCard("BEGIN:VCARD" + part) for part in octets.split("BEGIN:VCARD")[1:]]
    uids = {p.values[0][0] for c in cards for p in c.properties if p.name == "UID"}
    assert uids == {f"urn:uuid:{ids['jean']}"}
    notes = [
        p.values[0][0].encode("latin-1").decode("utf-8")
        for c in cards
        for p in c.properties
        if p.name == "NOTE"
    ]
    assert notes and notes[0].startswith("Rencontré à Goma")


def test_given_a_contact_when_exported_twice_then_its_uid_is_the_same(store: Store, tmp_path: Path) -> None:
    _people(store)
    first, second = tmp_path / "1.vcf", tmp_path / "2.vcf"
    card_files.export_contacts(store, first, format=Format.VCARD, profile=Profile.FULL)
    records.add(store, "contact", {"full_name": "Zainab Okafor"})
    card_files.export_contacts(store, second, format=Format.VCARD, profile=Profile.FULL)
    uids = [
        {c.uid.value for c in vobject.readComponents(p.read_text(encoding="utf-8"))} for p in (first, second)
    ]
    assert uids[0] < uids[1]


def test_given_a_do_not_share_contact_when_exported_then_it_is_left_out_unless_explicitly_included(
    store: Store, tmp_path: Path
) -> None:
    ids = _people(store)
    path = tmp_path / "out.vcf"
    card_files.export_contacts(store, path, format=Format.VCARD, profile=Profile.FULL)
    assert ids["hidden"] not in path.read_text(encoding="utf-8")
    assert (
        card_files.export_contacts(
            store, path, format=Format.VCARD, include_do_not_share=True, profile=Profile.FULL
        ).cards
        == 3
    )
    assert ids["hidden"] in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", [Format.VCARD, Format.CSV])
def test_given_an_export_when_imported_back_into_the_same_profile_then_nothing_is_added(
    store: Store, tmp_path: Path, fmt: Format
) -> None:
    _people(store)
    path = tmp_path / f"out.{'vcf' if fmt is Format.VCARD else 'csv'}"
    card_files.export_contacts(store, path, format=fmt, version="4.0", profile=Profile.FULL)
    before = counts(store)
    report = card_files.import_contacts(store, path)
    assert {(o.status, o.reason) for o in report.outcomes} == {(Status.SKIPPED, Same.SAME_ID.value)}
    assert counts(store) == before


def test_given_a_version_we_do_not_write_when_exporting_then_it_is_refused(
    store: Store, tmp_path: Path
) -> None:
    from liaison_app.errors import ValidationError

    with pytest.raises(ValidationError):
        card_files.export_contacts(
            store, tmp_path / "x.vcf", format=Format.VCARD, version="2.1", profile=Profile.FULL
        )
    assert not (tmp_path / "x.vcf").exists()
