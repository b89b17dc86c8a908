"""Regenerate the contact import pictures in docs/screenshots/: the CSV column-mapping step
and the per-card report of a vCard import (imported, already here, refused).

Run: .venv/bin/python scripts/card_screenshots.py [--out docs/screenshots]
The profile holds a few contacts, so that a re-imported card shows as already here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app.services import records
from liaison_app.store import Store
from scripts.scratch_window import out_folder, scratch_profile

CSV = (
    "First Name,Last Name,Company,Job Title,Mobile Phone,E-mail Address,Notes,Birthday\r\n"
    "Aïcha,Traoré,UNICEF,WASH Officer,+223 76 00 00 01,aicha.traore@unicef.example,Gao cluster,1984-03-02\r\n"
    "Moussa,Keïta,Mairie de Gao,Secrétaire général,+223 76 00 00 02,,,\r\n"
    "Ngozi,Adeyemi,IOM,DTM lead,+234 803 000 0000,ngozi@iom.example,Met in Mopti,\r\n"
)
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean-Baptiste Mukendi\r\nORG:Croix-Rouge de la RDC\r\n"
    "TITLE:Chef de bureau\r\nTEL;TYPE=CELL:+243 81 000 0000\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Diallo;Amadou\r\nEMAIL;INTERNET:amadou.diallo@wfp.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fatima Al-Zahra\r\nORG:World Food Programme\r\n"
    "EMAIL:not an address\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hélène Kaboré\r\nORG:WFP\r\nTEL:+226 70 00 00 00\r\nEND:VCARD\r\n"
)


def known_contacts(store: Store) -> None:
    """An organization and a contact a card of the file duplicates."""
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"})
    records.add(
        store,
        "contact",
        {
            "full_name": "Amadou Diallo",
            "organization_id": wfp.id,
            "contact_points": [{"kind": "email", "value": "amadou.diallo@wfp.example"}],
        },
    )


def shoot_card_import(window: object, folder: Path, out: Path) -> None:
    """The mapping step of a CSV import and the report of a vCard import."""
    from liaison_app.kinds import Kind
    from liaison_app.services.interop import csv_read
    from scripts.screenshots import save, wait_for
    from ui.card_import_flow import CardImport
    from ui.card_import_mapping import ColumnMappingDialog
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    people = folder / "outlook-contacts.csv"
    people.write_text(CSV, encoding="utf-8")
    mapping = ColumnMappingDialog(csv_read.preview(people, Kind.CONTACT), Kind.CONTACT, window)
    mapping.show()
    save(mapping, out, "contact-import-mapping")
    mapping.close()
    cards = folder / "phone-contacts.vcf"
    cards.write_bytes(VCARDS.encode("utf-8"))
    flow = next(f for f in window.findChildren(CardImport) if f.kind is Kind.CONTACT)
    flow.start(cards)
    wait_for(lambda: flow.report_dialog is not None)
    report = flow.report_dialog
    assert report is not None
    save(report, out, "contact-import-report")
    report.close()


def main() -> int:
    """Build a throwaway profile and draw the import screens."""
    out = out_folder(__doc__)
    with scratch_profile("card-screenshots") as scratch:
        known_contacts(scratch.store)
        shoot_card_import(scratch.window(), scratch.folder, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
