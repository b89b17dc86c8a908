"""The rotation handover pack as PDF bytes, from its gathered data."""

from __future__ import annotations

from liaison_app import translations, vocab
from liaison_app.services.reports.document import Heading, StaffDocument
from liaison_app.services.reports.handover import HandedContact, HandedOrganization, HandoverPack
from liaison_app.services.reports.words import (
    NOBODY,
    action_table,
    count,
    date_text,
    profile_word,
    vocab_word,
)
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr

_CONTACT_WIDTHS = (40, 34, 50, 50)


def render(pack: HandoverPack, *, issued: str, redaction: str = "") -> bytes:
    """The pack as a PDF, issued at the date-time group `issued`."""
    officer = pack.officer or _tr("the officer")
    doc = StaffDocument(
        pack.marking,
        Heading(
            title=_tr("Rotation handover pack"),
            subtitle=fill(_tr("The network and open work of %1, for the successor"), officer),
            issued=issued,
            redaction=profile_word(redaction) if redaction else "",
            author=pack.officer,
        ),
    )
    contacts = sum(len(o.contacts) for o in pack.organizations) + len(pack.unattached)
    up_to = translations.label("vocab", pack.up_to)  # a level, worded as the marking banner
    doc.fields(
        [
            (_tr("Handed over by"), pack.officer),
            (_tr("Organizations"), count(len(pack.organizations))),
            (_tr("Contacts"), count(contacts)),
            (_tr("Open actions"), count(pack.actions_total)),
            (
                _tr("Redaction"),
                fill(_tr("Nothing above %1; do-not-share contacts are never included."), up_to),
            ),
        ]
    )
    doc.section(_tr("Organizations and contacts"))
    for org in pack.organizations:
        _organization(doc, org)
    if pack.unattached:
        doc.subheading(_tr("Contacts of no organization"))
        _contacts(doc, pack.unattached)
    doc.section(_tr("Open actions"))
    action_table(doc, pack.actions, pack.actions_total)
    if pack.actions_withheld:
        left_out = fill(_tr("%Ln more above %1 left out.", "", pack.actions_withheld), up_to)
        doc.paragraph(left_out, grey=True)
    doc.section(fill(_tr("Commitments since %1"), date_text(pack.commitments_since)))
    doc.rows(
        (_tr("Who", "committed"), _tr("Committed to"), _tr("Meeting"), _tr("Date-time group")),
        [(c.commitment.who or NOBODY, c.commitment.what, c.meeting, c.when) for c in pack.commitments],
        (32, 70, 44, 28),
    )
    return doc.finish()


def _organization(doc: StaffDocument, org: HandedOrganization) -> None:
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    doc.subheading(name, own=False)
    last = org.last
    if last is None:
        engaged = _tr("none recorded")
    elif last.withheld:
        engaged = fill(_tr("%1 (details above this pack's level)"), last.when)
    else:
        kind = vocab_word(vocab.MEETING_TYPES, last.meeting_type)
        engaged = f"{last.when} — {last.title} ({kind})"
    doc.fields(
        [
            (_tr("Type"), vocab_word(vocab.ORG_TYPES, org.org_type)),
            (_tr("Sectors"), org.sectors),
            (_tr("Last engagement"), engaged),
            (_tr("Officer's notes"), org.notes),
        ]
    )
    if org.contacts:
        _contacts(doc, org.contacts)
    if org.withheld_contacts:
        # No plural to choose: the sentence reads the same with the English catalogue or without.
        left_out = fill(_tr("Contacts above this pack's level left out: %1."), count(org.withheld_contacts))
        doc.paragraph(left_out, grey=True)


def _contacts(doc: StaffDocument, contacts: tuple[HandedContact, ...]) -> None:
    doc.rows(
        (_tr("Name"), _tr("Position"), _tr("How to reach"), _tr("Notes")),
        [(c.name, c.position or NOBODY, c.reach or NOBODY, c.notes or NOBODY) for c in contacts],
        _CONTACT_WIDTHS,
    )
