"""A small mission for the report tests: French and Arabic names, three sensitivity levels,
a do-not-share contact, meetings across two weeks and actions open, closed and overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from liaison_app.services import actions, records
from liaison_app.store import Store

# The week that ends today (closing an action stamps the real clock, so the week is now's).
TODAY = date.today()
WEEK_FIRST = TODAY - timedelta(days=6)


def day(offset: int) -> str:
    """The date `offset` days from today, as typed."""
    return (TODAY + timedelta(days=offset)).isoformat()


FRENCH = "Amélie Dupré-Lefèvre"
ARABIC = "فاطمة الزهراء"
HIDDEN = "Ibrahim Souleymane Secret"
STRICT = "Colonel Hervé Strict"


@dataclass(frozen=True)
class World:
    """Ids of what the tests look for."""

    msf: str
    unhcr: str
    amelie: str
    fatima: str
    hidden: str
    strict_contact: str
    meeting: str
    strict_meeting: str
    old_meeting: str
    overdue_action: str
    closed_action: str


def build(store: Store) -> World:
    """Fill `store` with the report tests' mission."""
    msf = records.add(
        store,
        "org",
        {"name": "Médecins Sans Frontières", "acronym": "MSF", "org_type": "ngo", "notes": "Clinic at Gao."},
    )
    unhcr = records.add(store, "org", {"name": "UNHCR", "org_type": "un-agency"})
    amelie = records.add(
        store,
        "contact",
        {
            "full_name": FRENCH,
            "position": "Coordinatrice médicale",
            "organization_id": msf.id,
            "sensitivity": "UNCLASSIFIED",
            "contact_points": [{"kind": "phone", "value": "+223 70 00 00 01"}],
            "notes": "Prefers calls before 10:00.",
        },
    )
    fatima = records.add(
        store,
        "contact",
        {"full_name": ARABIC, "position": "Protection officer", "organization_id": unhcr.id},
    )
    hidden = records.add(
        store,
        "contact",
        {"full_name": HIDDEN, "organization_id": unhcr.id, "do_not_share": True},
    )
    strict_contact = records.add(
        store,
        "contact",
        {"full_name": STRICT, "organization_id": msf.id, "sensitivity": "STRICTLY CONFIDENTIAL"},
    )
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "Réunion de coordination santé",
            "meeting_type": "coordination-meeting",
            "start": f"{day(-3)}T10:00+00:00",
            "end": f"{day(-3)}T11:30+00:00",
            "location": "Gao, bureau OCHA",
            "grid": "30Q ZD 16385 01092",
            "latitude": 16.27,
            "longitude": -0.04,
            "attendee_ids": [amelie.id, fatima.id, hidden.id],
            "organization_ids": [msf.id, unhcr.id],
            "purpose": "Agree the medical evacuation route.",
            "points": [
                {"kind": "finding", "text": "The clinic runs short of fuel"},
                {"kind": "decision", "text": "Evacuations use the northern road"},
                {"kind": "request", "text": "MSF asks for an escort on Tuesdays"},
                {"kind": "recommendation", "text": "Share the route plan weekly"},
                {"kind": "commitment", "text": "UNHCR: two trucks by Friday"},
                {"kind": "commitment", "text": "We will brief the sector commander"},
            ],
            "assessment": "Partners are cooperative but stretched.",
            "sensitivity": "CONFIDENTIAL",
        },
    )
    strict_meeting = records.add(
        store,
        "meeting",
        {
            "title": "Key leader engagement, chief of Ansongo",
            "meeting_type": "key-leader-engagement",
            "start": f"{day(-1)}T15:00+01:00",
            "attendee_ids": [strict_contact.id],
            "organization_ids": [msf.id],
            "points": [{"kind": "decision", "text": "Market reopens Monday"}],
            "sensitivity": "STRICTLY CONFIDENTIAL",
        },
    )
    old_meeting = records.add(
        store,
        "meeting",
        {
            "title": "First contact with UNHCR",
            "start": f"{day(-60)}T09:00+00:00",
            "organization_ids": [unhcr.id],
            "sensitivity": "UNCLASSIFIED",
        },
    )
    overdue = records.add(
        store,
        "action",
        {"title": "Send the route plan", "owner": amelie.id, "due": day(-2), "meeting_id": meeting.id},
    )
    records.add(
        store,
        "action",
        {
            "title": "Ask the engineers about the bridge",
            "owner": hidden.id,
            "due": day(2),
            "meeting_id": meeting.id,
        },
    )
    records.add(store, "action", {"title": "Brief the sector commander", "owner": "me", "due": day(1)})
    closed = records.add(
        store,
        "action",
        {"title": "Check fuel stocks", "owner": "me", "due": day(-4), "meeting_id": meeting.id},
    )
    actions.set_status(store, closed.id, "done")
    return World(
        msf=msf.id,
        unhcr=unhcr.id,
        amelie=amelie.id,
        fatima=fatima.id,
        hidden=hidden.id,
        strict_contact=strict_contact.id,
        meeting=meeting.id,
        strict_meeting=strict_meeting.id,
        old_meeting=old_meeting.id,
        overdue_action=overdue.id,
        closed_action=closed.id,
    )
