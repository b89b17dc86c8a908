"""`--redact full|partner|public` on every export and report, over the demo mission (issue 13).

The demo month is generated with `liaison demo`; a few records are added at the lowest level,
so that a local staff member and a community member could leak if the rules did not hold:
each is an attendee of an UNCLASSIFIED meeting and one owns its action. Then every export and
every report is written and its bytes (a PDF's text) are searched for each local person's
phones and emails.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from db.models import Contact, Organization
from liaison_app import profile
from liaison_app.services import records
from liaison_app.services.reports.marking import levels
from tests.conftest import PASSPHRASE, Cli
from tests.liaison_app.reports.pdf_text import pages

LOCAL_PHONE = "+211 91 555 0101"
LOCAL_EMAIL = "amina.local@hope.example"
ELDER_PHONE = "+211 91 555 0303"
AGENCY_PHONE = "+211 91 555 0202"


def _plain(path: Path) -> str:
    """A file's text; a PDF's text with its line breaks and runs of spaces made one space."""
    if path.suffix == ".pdf":
        return " ".join(" ".join(pages(path.read_bytes())).split())
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture
def mission(cli: Cli) -> dict[str, str]:
    """The demo month, plus an NGO's local staff member, its international officer and a
    community elder, all UNCLASSIFIED and shareable, at an UNCLASSIFIED meeting."""
    cli.ok(
        "demo",
        "--name",
        "Maj. Anna Berg",
        "--device",
        "tb-1",
        "--kdf-memory-mib",
        "8",
        "--kdf-iterations",
        "1",
    )
    with profile.unlock(cli.directory, PASSPHRASE) as store:
        open_level = levels(store).ordered[0]
        ngo = records.add(store, "org", {"name": "Hope Relief", "org_type": "ngo"})
        elders = records.add(store, "org", {"name": "Elders of Amsara", "org_type": "community"})
        people = {
            "local": ("Amina Local", ngo.id, ["local-staff"], LOCAL_PHONE, LOCAL_EMAIL),
            "agency": ("Peter Abroad", ngo.id, [], AGENCY_PHONE, "peter@hope.example"),
            "elder": ("Elder Nyandeng", elders.id, [], ELDER_PHONE, "elder@amsara.example"),
        }
        ids = {}
        for key, (name, org, tags, phone, email) in people.items():
            ids[key] = records.add(
                store,
                "contact",
                {
                    "full_name": name,
                    "organization_id": org,
                    "tags": tags,
                    "sensitivity": open_level,
                    "location": f"{name}'s compound",
                    "contact_points": [
                        {"kind": "phone", "label": "mobile", "value": phone},
                        {"kind": "email", "label": "", "value": email},
                    ],
                },
            ).id
        start = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0).isoformat()
        meeting = records.add(
            store,
            "meeting",
            {
                "title": "Water point handover",
                "start": start,
                "attendee_ids": list(ids.values()),
                "organization_ids": [ngo.id, elders.id],
                "purpose": "Agree who keeps the pump running",
                "sensitivity": open_level,
                "status": "final",
            },
        )
        records.add(
            store,
            "action",
            {
                "title": "Send the pump manual",
                "meeting_id": meeting.id,
                "owner": ids["local"],
                "due": (date.today() + timedelta(days=3)).isoformat(),
            },
        )
    return {**ids, "meeting": meeting.id}


def _local_means(cli: Cli) -> set[str]:
    """Every phone and email of a local person here: tagged local staff, in a community
    organization, or in none."""
    with profile.unlock(cli.directory, PASSPHRASE) as store, store.session() as s:
        kinds = {o.id: o.org_type for o in s.exec(select(Organization))}
        found: set[str] = set()
        for contact in s.exec(select(Contact).where(col(Contact.deleted_at).is_(None))):
            kind = kinds.get(contact.organization_id or "")
            if "local-staff" in contact.tags or kind is None or kind == "community":
                found |= {p["value"] for p in contact.contact_points if p["kind"] in ("phone", "email")}
    return found


def _write_everything(cli: Cli, out: Path, meeting: str, *redact: str) -> dict[str, Path]:
    """Every export (do-not-share included, the hardest case) and every report under `redact`."""
    files = {
        "vcard3": (("contact", "export", "--format", "vcard", "--include-do-not-share"), "c3.vcf"),
        "vcard4": (
            ("contact", "export", "--format", "vcard", "--vcard-version", "4.0", "--include-do-not-share"),
            "c4.vcf",
        ),
        "csv": (("contact", "export", "--format", "csv", "--include-do-not-share"), "contacts.csv"),
        "3w": (("org", "export", "--format", "csv", "--include-do-not-share"), "3w.csv"),
        "hxl": (("org", "export", "--format", "hxl", "--include-do-not-share"), "3w-hxl.csv"),
        "ics": (("calendar", "export", "--include-do-not-share"), "calendar.ics"),
        "json": (("export", "json", "--include-do-not-share"), "profile.json"),
        "meeting": (("report", "meeting", meeting), "meeting.pdf"),
        "weekly": (
            ("report", "weekly", "--from", (date.today() - timedelta(days=6)).isoformat(), "--to", "today"),
            "weekly.pdf",
        ),
        "actions": (("report", "actions"), "actions.pdf"),
        "handover": (("report", "handover"), "handover.pdf"),
    }
    written = {}
    for key, (argv, name) in files.items():
        cli.ok(*argv, *redact, "-o", str(out / name))
        written[key] = out / name
    return written


def test_given_the_demo_when_everything_is_exported_as_partner_then_no_local_phone_or_email_is_in_any_file(
    cli: Cli, mission: dict[str, str], tmp_path: Path
) -> None:
    means = _local_means(cli)
    assert {LOCAL_PHONE, LOCAL_EMAIL, ELDER_PHONE} <= means and len(means) > 20
    written = _write_everything(cli, tmp_path, mission["meeting"])  # the default is partner
    for key, path in written.items():
        # Without any white space: a PDF wraps a long address or number across lines.
        text = "".join(_plain(path).split())
        leaked = sorted(m for m in means if "".join(m.split()) in text)
        assert leaked == [], (key, leaked[:5])
    # Partner keeps what is not a local person's: the agency officer's phone, the local staff
    # member's name.
    assert AGENCY_PHONE in _plain(written["csv"]) and "Amina Local" in _plain(written["csv"])
    assert "Amina Local" in _plain(written["meeting"])


def test_given_full_then_the_local_persons_details_are_kept(
    cli: Cli, mission: dict[str, str], tmp_path: Path
) -> None:
    written = _write_everything(cli, tmp_path, mission["meeting"], "--redact", "full")
    assert LOCAL_PHONE in _plain(written["csv"]) and LOCAL_EMAIL in _plain(written["vcard3"])
    assert f"mailto:{LOCAL_EMAIL}" in _plain(written["ics"])
    assert LOCAL_EMAIL in _plain(written["json"])


def test_given_each_export_then_its_profile_is_named_in_its_header_or_footer_and_it_wrote_one_log_entry(
    cli: Cli, mission: dict[str, str], tmp_path: Path
) -> None:
    written = _write_everything(cli, tmp_path, mission["meeting"])
    for key in ("vcard3", "vcard4"):
        cards = _plain(written[key]).count("BEGIN:VCARD")
        assert cards > 0 and _plain(written[key]).count("X-LIAISON-REDACTION:partner") == cards
    for key in ("csv", "3w", "hxl"):
        assert "partner" not in _plain(written[key])  # the data rows stay clean
        note = written[key].with_name(f"{written[key].stem}.redaction.txt").read_text(encoding="utf-8")
        assert "Redaction profile: partner" in note and f"File: {written[key].name}" in note
    assert "\nX-LIAISON-REDACTION:partner\n" in _plain(written["ics"])
    assert json.loads(_plain(written["json"]))["redaction"] == "partner"
    for key in ("meeting", "weekly", "actions", "handover"):
        for number, page in enumerate(pages(written[key].read_bytes()), start=1):
            assert "Redaction: partner" in page, (key, number)
    log = json.loads(cli.ok("export", "log", "--json"))["exports"]
    assert [e["file"] for e in log] == [p.name for p in reversed(written.values())]
    assert set(log[0]) == {"at", "what", "format", "file", "redaction", "records", "officer", "device"}
    assert {e["redaction"] for e in log} == {"partner"} and {e["officer"] for e in log} == {"Maj. Anna Berg"}
    assert {e["what"]: e["format"] for e in log}["contacts"] in ("vcard-3.0", "vcard-4.0", "csv")
    assert all(isinstance(e["records"], int) and e["records"] >= 0 for e in log)
    assert not any("/" in e["file"] for e in log)  # the name alone, never the folder


def test_given_public_then_the_3w_names_nobody_and_every_other_export_and_report_is_refused(
    cli: Cli, mission: dict[str, str], tmp_path: Path
) -> None:
    cli.ok("org", "export", "--format", "hxl", "--redact", "public", "-o", str(tmp_path / "3w.csv"))
    text = _plain(tmp_path / "3w.csv")
    with profile.unlock(cli.directory, PASSPHRASE) as store, store.session() as s:
        people = list(s.exec(select(Contact)))
    assert "Hope Relief" in text
    for contact in people:
        assert re.search(rf"(^|,){re.escape(contact.full_name)}(,|$)", text, re.M) is None, contact.full_name
        assert not any(p["value"] in text for p in contact.contact_points if p["kind"] in ("phone", "email"))
    refused = [
        ("contact", "export", "--format", "csv"),
        ("calendar", "export"),
        ("export", "json"),
        ("report", "meeting", mission["meeting"]),
        ("report", "handover"),
    ]
    for argv in refused:
        result = cli(*argv, "--redact", "public", "-o", str(tmp_path / "refused.out"))
        assert result.code == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err, argv
        assert "public" in result.err
        assert not (tmp_path / "refused.out").exists()
    assert [e["file"] for e in json.loads(cli.ok("export", "log", "--json"))["exports"]] == ["3w.csv"]


def test_given_a_confidential_meeting_when_reported_as_partner_then_it_is_refused_with_the_way_out(
    cli: Cli, mission: dict[str, str], tmp_path: Path
) -> None:
    with profile.unlock(cli.directory, PASSPHRASE) as store:
        meeting = records.add(
            store,
            "meeting",
            {
                "title": "Talk with a source",
                "start": "2026-11-30T10:00:00+00:00",
                "sensitivity": "CONFIDENTIAL",
            },
        )
    result = cli("report", "meeting", meeting.id, "-o", str(tmp_path / "m.pdf"))
    assert result.code == 2 and "--redact full" in result.err and not (tmp_path / "m.pdf").exists()
    cli.ok("report", "meeting", meeting.id, "--redact", "full", "-o", str(tmp_path / "m.pdf"))
    assert "Redaction: full" in _plain(tmp_path / "m.pdf")


def test_given_no_export_yet_then_the_log_says_so(cli: Cli) -> None:
    cli.init()
    assert cli.ok("export", "log") == "No export written yet."
    assert json.loads(cli.ok("export", "log", "--json")) == {"exports": []}
