"""A small HQ world for the HQ pages' tests: two field officers who engage one organization
(each records meetings and actions), their bundles imported at HQ."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce, send

TODAY = date.today()


def days_ago(days: int, hour: int = 10) -> str:
    """A meeting start `days` before now (negative: ahead), as an officer types it (UTC)."""
    moment = datetime.now(UTC).replace(hour=hour, minute=0, second=0, microsecond=0) - timedelta(days=days)
    return moment.isoformat()


@dataclass
class World:
    hq: Store
    anna: Store
    ben: Store
    ids: dict[str, str]


def hq_world(device: Factory) -> World:
    """Anna records WFP, its people and meetings; Ben, who received them, meets them too;
    HQ receives both officers' work."""
    hq, anna, ben = device("HQ", role="hq"), device("Anna"), device("Ben")
    for a, b in ((anna, ben), (anna, hq), (ben, hq)):
        introduce(a, b)
    ids: dict[str, str] = {}
    ids["wfp"] = records.add(
        anna, "org", {"name": "World Food Programme", "acronym": "WFP", "org_type": "un-agency"}
    ).id
    ids["ngo"] = records.add(anna, "org", {"name": "Relief Now", "org_type": "ngo"}).id
    ids["jean"] = records.add(
        anna, "contact", {"full_name": "Jean Mukendi", "organization_id": ids["wfp"]}
    ).id
    ids["amina"] = records.add(
        anna, "contact", {"full_name": "Amina Diallo", "organization_id": ids["wfp"]}
    ).id
    ids["named"] = records.add(
        anna,
        "meeting",
        {
            "title": "Convoy planning",
            "start": days_ago(20),
            "organization_ids": [ids["wfp"]],
            "grid": "36NTH9986176464",
        },
    ).id
    ids["attended"] = records.add(
        anna, "meeting", {"title": "Warehouse visit", "start": days_ago(3), "attendee_ids": [ids["jean"]]}
    ).id
    ids["ngo_meeting"] = records.add(
        anna, "meeting", {"title": "NGO forum", "start": days_ago(5), "organization_ids": [ids["ngo"]]}
    ).id
    ids["recce"] = records.add(
        anna,
        "action",
        {
            "title": "Recce the route",
            "meeting_id": ids["named"],
            "due": (TODAY - timedelta(days=2)).isoformat(),
        },
    ).id
    ids["done"] = records.add(
        anna, "action", {"title": "Send list", "meeting_id": ids["named"], "status": "done"}
    ).id
    send(anna, ben)
    ids["ben_meeting"] = records.add(
        ben,
        "meeting",
        {
            "title": "Food distribution",
            "start": days_ago(1),
            "attendee_ids": [ids["amina"]],
            "latitude": 2.5,
            "longitude": 31.2,
        },
    ).id
    ids["ahead"] = records.add(
        ben, "meeting", {"title": "Next round", "start": days_ago(-4), "organization_ids": [ids["wfp"]]}
    ).id
    ids["call"] = records.add(
        ben,
        "action",
        {"title": "Call back", "owner": ids["amina"], "due": (TODAY + timedelta(days=3)).isoformat()},
    ).id
    ids["mine"] = records.add(
        ben,
        "action",
        {"title": "File the report", "owner": "me", "due": (TODAY - timedelta(days=1)).isoformat()},
    ).id
    send(anna, hq)
    send(ben, hq)
    return World(hq=hq, anna=anna, ben=ben, ids=ids)
