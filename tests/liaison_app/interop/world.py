"""A small mission the interop tests export: areas, organizations (one military, one armed
group), contacts at two sensitivities (one do-not-share), a meeting, a confidential meeting
and action items."""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.services import records
from liaison_app.store import Store

OPEN = "UNCLASSIFIED"
SECRET_WORDS = "informant said the bridge is mined"  # never in a plaintext export


@dataclass(frozen=True)
class World:
    province: str
    district: str
    wfp: str
    battalion: str
    militia: str
    henrik: str  # WFP, unclassified, with email and phone
    amina: str  # WFP, confidential
    source: str  # do-not-share
    convoy: str  # an unclassified meeting
    kle: str  # a confidential meeting
    recce: str  # an action of the convoy meeting, owned by Henrik, done
    warn: str  # an action owned by the do-not-share contact


def build(store: Store) -> World:
    """The mission, written through the record service."""

    def add(kind: str, **fields: object) -> str:
        return records.add(store, kind, fields).id

    province = add("area", name="Haldara Province", pcode="XM04", level="adm1")
    district = add("area", name="Kessa", pcode="XM0402", level="adm2", parent_area_id=province)
    wfp = add(
        "org",
        name="World Food Programme",
        acronym="WFP",
        org_type="un-agency",
        sectors=["Logistics", "Food Security"],
        area_id=district,
    )
    battalion = add("org", name="2nd Infantry Battalion", acronym="EASTBAT-2", org_type="military")
    militia = add("org", name="Kessa Defence Forces", acronym="KDF", org_type="armed-group", area_id=province)
    henrik = add(
        "contact",
        full_name="Henrik Nilsen",
        organization_id=wfp,
        sensitivity=OPEN,
        contact_points=[
            {"kind": "email", "value": "henrik.nilsen@wfp.example.org"},
            {"kind": "phone", "value": "+243 81 000 0001"},
        ],
    )
    amina = add(
        "contact",
        full_name="Amina Haroun",
        organization_id=wfp,
        sensitivity="CONFIDENTIAL",
        contact_points=[{"kind": "email", "value": "amina@wfp.example.org"}],
    )
    source = add(
        "contact",
        full_name="Jean Mukendi",
        organization_id=militia,
        do_not_share=True,
        sensitivity=OPEN,
        contact_points=[{"kind": "email", "value": "jean@example.org"}],
    )
    convoy = add(
        "meeting",
        title="Convoy planning",
        start="2026-11-20T10:00+01:00",
        end="2026-11-20T11:30+01:00",
        location="WFP sub-office, Haldara",
        grid="36PVT4313885590",
        attendee_ids=[henrik, amina, source],
        organization_ids=[wfp],
        sensitivity=OPEN,
        purpose="Convoy plans before the rains",
        status="final",
        points=[{"kind": "decision", "text": "Use the northern route"}],
        assessment="WFP will move first",
    )
    kle = add(
        "meeting",
        title="KLE with the KDF commander",
        start="2026-11-21T08:00+01:00",
        location="Kessa market",
        organization_ids=[militia],
        attendee_ids=[source],
        sensitivity="CONFIDENTIAL",
        purpose=SECRET_WORDS,
    )
    recce = add(
        "action",
        title="Recce the northern route",
        due="2026-11-27",
        owner=henrik,
        meeting_id=convoy,
        status="done",
        description="Two vehicles",
    )
    warn = add("action", title="Warn the market", due="2026-11-25", owner=source, meeting_id=kle)
    return World(province, district, wfp, battalion, militia, henrik, amina, source, convoy, kle, recce, warn)
