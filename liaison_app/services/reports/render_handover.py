"""The rotation handover pack as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app import vocab
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.handover import HandedContact, HandedOrganization, HandoverPack
from liaison_app.services.reports.words import action_table

_CONTACT_COLUMNS = ("Name", "Position", "How to reach", "Notes")
_CONTACT_WIDTHS = (40, 34, 50, 50)


def render(pack: HandoverPack, *, issued: str, redaction: str = "") -> bytes:
    """The pack as a PDF, issued at the date-time group `issued`."""
    doc = StaffDocument(
        pack.marking,
        Heading(
            title="Rotation handover pack",
            subtitle=f"The network and open work of {pack.officer or 'the officer'}, for the successor",
            issued=issued,
            redaction=redaction,
            author=pack.officer,
        ),
    )
    contacts = sum(len(o.contacts) for o in pack.organizations) + len(pack.unattached)
    doc.fields(
        [
            ("Handed over by", pack.officer),
            ("Organizations", str(len(pack.organizations))),
            ("Contacts", str(contacts)),
            ("Open actions", str(pack.actions_total)),
            ("Redaction", f"Nothing above {pack.up_to}; do-not-share contacts are never included."),
        ]
    )
    doc.section("Organizations and contacts")
    for org in pack.organizations:
        _organization(doc, org)
    if pack.unattached:
        doc.subheading("Contacts of no organization")
        _contacts(doc, pack.unattached)
    doc.section("Open actions")
    action_table(doc, pack.actions, pack.actions_total)
    if pack.actions_withheld:
        doc.paragraph(f"{pack.actions_withheld} more above {pack.up_to} are left out.", grey=True)
    doc.section(f"Commitments since {pack.commitments_since.isoformat()}")
    doc.rows(
        ("Who", "Committed to", "Meeting", "Date-time group"),
        [(c.commitment.who or "—", c.commitment.what, c.meeting, c.when) for c in pack.commitments],
        (32, 70, 44, 28),
    )
    return doc.finish()


def _organization(doc: StaffDocument, org: HandedOrganization) -> None:
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    doc.subheading(name)
    last = org.last
    if last is None:
        engaged = "none recorded"
    elif last.withheld:
        engaged = f"{last.when} (details above this pack's level)"
    else:
        engaged = (
            f"{last.when} — {last.title} ({vocab.MEETING_TYPES.get(last.meeting_type, last.meeting_type)})"
        )
    doc.fields(
        [
            ("Type", vocab.ORG_TYPES.get(org.org_type, org.org_type)),
            ("Sectors", org.sectors),
            ("Last engagement", engaged),
            ("Officer's notes", org.notes),
        ]
    )
    if org.contacts:
        _contacts(doc, org.contacts)
    if org.withheld_contacts:
        doc.paragraph(f"{org.withheld_contacts} contact(s) above this pack's level left out.", grey=True)


def _contacts(doc: StaffDocument, contacts: tuple[HandedContact, ...]) -> None:
    doc.rows(
        _CONTACT_COLUMNS,
        [(c.name, c.position or "—", c.reach or "—", c.notes or "—") for c in contacts],
        _CONTACT_WIDTHS,
    )
