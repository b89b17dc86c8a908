"""CSV import of contacts and organizations: common headers (Outlook, Gmail, our own export)
mapped on their own, `--map COLUMN=FIELD` over them, an unknown column or field refused
with nothing imported; UTF-8 with or without BOM, else Windows-1252."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.errors import ValidationError
from liaison_app.kinds import Kind
from liaison_app.services import records
from liaison_app.services.interop import card_files, csv_read
from liaison_app.services.interop.card_files import Format
from liaison_app.services.interop.card_model import Problem, Same, Status
from liaison_app.services.interop.redaction import Profile
from liaison_app.store import Store
from tests.conftest import Factory
from tests.liaison_app.interop.cards import counts

OUTLOOK = (
    '"First Name","Middle Name","Last Name","Company","Job Title","Business Phone","Mobile Phone",'
    '"E-mail Address","Notes","Categories"\r\n'
    '"Aïcha","","Traoré","UNICEF","WASH Officer","+223 20 22 00 00","+223 76 00 00 01",'
    '"aicha.traore@unicef.example","Met at the Gao cluster","WASH;Gao"\r\n'
    '"Moussa","","Keïta","","","","+223 76 00 00 02","","",""\r\n'
)
GMAIL = (
    "Name,Given Name,Family Name,Organization 1 - Name,Organization 1 - Title,"
    "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Group Membership\n"
    "Ngozi Adeyemi,Ngozi,Adeyemi,IOM,DTM lead,* Work,ngozi@iom.example,"
    "Mobile,+234 803 000 0000 ::: +234 803 000 0001,* myContacts ::: Partners\n"
)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_given_an_outlook_export_when_imported_then_its_headers_map_on_their_own(
    store: Store, tmp_path: Path
) -> None:
    report = card_files.import_contacts(store, _write(tmp_path / "outlook.csv", OUTLOOK, "utf-8-sig"))
    assert [o.status for o in report.outcomes] == [Status.IMPORTED, Status.IMPORTED]
    aicha = records.get(store, "contact", report.outcomes[0].id or "")
    assert aicha.full_name == "Aïcha Traoré"  # type: ignore[attr-defined]
    assert aicha.position == "WASH Officer"  # type: ignore[attr-defined]
    points = {(p["kind"], p["label"], p["value"]) for p in aicha.contact_points}  # type: ignore[attr-defined]
    assert points == {
        ("phone", "work", "+223 20 22 00 00"),
        ("phone", "mobile", "+223 76 00 00 01"),
        ("email", "", "aicha.traore@unicef.example"),
    }
    assert aicha.tags == ["Gao", "WASH"]  # type: ignore[attr-defined]
    assert report.outcomes[0].organization is not None and report.outcomes[0].organization.name == "UNICEF"


def test_given_a_gmail_export_when_imported_then_numbered_values_take_their_type_columns_as_labels(
    store: Store, tmp_path: Path
) -> None:
    (outcome,) = card_files.import_contacts(store, _write(tmp_path / "gmail.csv", GMAIL)).outcomes
    contact = records.get(store, "contact", outcome.id or "")
    points = [(p["kind"], p["label"], p["value"]) for p in contact.contact_points]  # type: ignore[attr-defined]
    assert ("email", "Work", "ngozi@iom.example") in points
    assert ("phone", "Mobile", "+234 803 000 0001") in points  # Gmail's " ::: " holds two
    assert contact.position == "DTM lead"  # type: ignore[attr-defined]


def test_given_a_windows_1252_file_with_semicolons_when_imported_then_accents_and_columns_read_right(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "excel.csv", "Nom;Fonction\r\nHélène Kaboré;Coordinatrice\r\n", "cp1252")
    assert csv_read.encoding_of(path) == "cp1252"
    report = card_files.import_contacts(store, path, maps={"Nom": "full_name", "Fonction": "position"})
    contact = records.get(store, "contact", report.outcomes[0].id or "")
    assert (contact.full_name, contact.position) == ("Hélène Kaboré", "Coordinatrice")  # type: ignore[attr-defined]


def test_given_a_map_when_it_names_a_column_the_file_lacks_or_a_field_we_lack_then_nothing_is_imported(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "outlook.csv", OUTLOOK)
    before = counts(store)
    with pytest.raises(ValidationError, match="no column"):
        card_files.import_contacts(store, path, maps={"Fax": "phone"})
    with pytest.raises(ValidationError, match="no field"):
        card_files.import_contacts(store, path, maps={"Notes": "shoe_size"})
    assert counts(store) == before


def test_given_a_map_when_it_sends_a_column_elsewhere_or_nowhere_then_the_import_follows_it(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "outlook.csv", OUTLOOK)
    report = card_files.import_contacts(store, path, maps={"Notes": "location", "Company": "ignore"})
    aicha = records.get(store, "contact", report.outcomes[0].id or "")
    assert aicha.location == "Met at the Gao cluster" and aicha.notes == ""  # type: ignore[attr-defined]
    assert report.outcomes[0].organization is None and counts(store)["organization"] == 0


def test_given_rows_without_a_name_when_imported_then_they_are_refused_and_the_others_go_in(
    store: Store, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "some.csv", "full_name,email\nAmadou Diallo,amadou@example.org\n,lost@example.org\n"
    )
    report = card_files.import_contacts(store, path)
    assert [(o.status, o.reason) for o in report.outcomes] == [
        (Status.IMPORTED, None),
        (Status.ERROR, Problem.NO_NAME),
    ]


def test_given_organizations_in_a_csv_when_imported_twice_then_the_second_time_skips_them(
    store: Store, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "orgs.csv",
        "name,acronym,type,sector\n"
        "World Food Programme,WFP,UN agency,Logistics;Food Security\n"
        "Médecins Sans Frontières,MSF,ngo,Health\n"
        "World Food Programme,WFP,un-agency,Logistics\n",
    )
    first = card_files.import_organizations(store, path)
    assert [o.status for o in first.outcomes] == [Status.IMPORTED, Status.IMPORTED, Status.SKIPPED]
    assert (
        first.outcomes[2].reason == Same.EARLIER_CARD
        and first.outcomes[2].duplicate_of == first.outcomes[0].id
    )
    wfp = records.get(store, "org", first.outcomes[0].id or "")
    assert (wfp.org_type, wfp.sectors) == ("un-agency", ["Food Security", "Logistics"])  # type: ignore[attr-defined]
    second = card_files.import_organizations(store, path)
    assert second.count(Status.IMPORTED) == 0 and counts(store)["organization"] == 2


def test_given_an_organization_row_of_an_unknown_type_when_imported_then_that_row_is_refused(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "orgs.csv", "name,org_type\nSome Club,sports\nCommune de Gao,local-authority\n")
    report = card_files.import_organizations(store, path)
    assert [o.status for o in report.outcomes] == [Status.ERROR, Status.IMPORTED]
    assert "org_type" in report.outcomes[0].message


def test_given_a_preview_when_asked_then_it_shows_headers_first_rows_and_the_automatic_map(
    tmp_path: Path,
) -> None:
    shown = csv_read.preview(_write(tmp_path / "outlook.csv", OUTLOOK), Kind.CONTACT, rows=1)
    assert shown.headers[:3] == ("First Name", "Middle Name", "Last Name")
    assert len(shown.rows) == 1 and shown.rows[0][0] == "Aïcha"
    assert [c.target for c in shown.columns][:5] == [
        "first_name",
        "middle_name",
        "last_name",
        "organization",
        "position",
    ]


def test_given_our_csv_export_when_imported_into_another_profile_then_every_field_comes_back(
    device: Factory, tmp_path: Path
) -> None:
    anna, bob = device("Anna"), device("Bob")
    org = records.add(anna, "org", {"name": "Croix-Rouge de la RDC"})
    sent = records.add(
        anna,
        "contact",
        {
            "full_name": "Jean-Baptiste Mukendi",
            "position": "Chef de bureau",
            "organization_id": org.id,
            "contact_points": [
                {"kind": "phone", "label": "mobile", "value": "+243 81 000 0000"},
                {"kind": "email", "label": "", "value": "jb@croixrouge.example"},
                {"kind": "radio", "label": "net 2", "value": "Kilo 7"},
                {"kind": "messaging", "label": "signal", "value": "+243 81 000 0000"},
            ],
            "languages": ["fr", "sw"],
            "location": "Goma, quartier Himbi",
            "notes": "Met at the cluster;\nprefers calls",
            "tags": ["logistics", "red cross"],
            "do_not_contact": True,
        },
    )
    path = tmp_path / "out.csv"
    card_files.export_contacts(anna, path, format=Format.CSV, profile=Profile.FULL)
    (outcome,) = card_files.import_contacts(bob, path).outcomes
    got = records.get(bob, "contact", outcome.id or "")
    for name in ("full_name", "position", "languages", "location", "notes", "tags", "do_not_contact"):
        assert getattr(got, name) == getattr(sent, name), name
    assert sorted(map(str, got.contact_points)) == sorted(map(str, sent.contact_points))  # type: ignore[attr-defined]
    assert records.get(bob, "org", got.organization_id).name == "Croix-Rouge de la RDC"  # type: ignore[attr-defined]
