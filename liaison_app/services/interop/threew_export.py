"""`liaison org export --format csv|hxl`: Who does What Where (3W) of the organizations known here.

One row per organization and sector (cluster): who (name, acronym, type), what (the cluster),
where (the adm1 and adm2 of its area, P-codes as codes; the place of its latest engagement),
and how much we engaged with it (count and date of the latest meeting naming it). `hxl`
writes the same CSV with HXL hashtags under the header, as HDX tools read a 3W. Armed groups
are named in the `#group` column, never as an `#org` (HXL's rule).

Redaction (docs/INTEROP.md): a place comes only from an engagement at the lowest sensitivity
level; the focal point (name, email, phone) is the first contact of the organization at the
lowest level whose details the profile lets go (never a do-not-share contact unless those
were explicitly included; under partner never local staff or a community member; under
public nobody). The profile is named in a note beside the file (files.sidecar).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection, text
from sqlmodel import Session, col, select

from db.models import Area, Contact, Organization
from liaison_app import vocab
from liaison_app.kinds import KINDS, Kind
from liaison_app.services import export_log
from liaison_app.services.backup_copies import QUIET, Progress
from liaison_app.services.interop import files
from liaison_app.services.interop.hxl_tags import ARMED_GROUP_TYPES
from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.reports.people import chunks, organizations
from liaison_app.store import Store


class Format(StrEnum):
    """The two spellings of the 3W: plain CSV, or CSV with the HXL hashtag row."""

    CSV = "csv"
    HXL = "hxl"


@dataclass(frozen=True, slots=True)
class Row:
    """One 3W row: an organization in one cluster, where it is, and our engagement with it."""

    org_name: str
    org_acronym: str
    org_type: str
    group_name: str
    cluster: str
    adm1_name: str
    adm1_code: str
    adm2_name: str
    adm2_code: str
    place: str
    engagements: int
    last_engagement: str
    updated: str
    contact_name: str
    contact_email: str
    contact_phone: str


# Header and HXL hashtag of each Row field, in column order.
COLUMNS: dict[str, tuple[str, str]] = {
    "org_name": ("Organization", "#org+name"),
    "org_acronym": ("Acronym", "#org+acronym"),
    "org_type": ("Type", "#org+type"),
    "group_name": ("Armed group", "#group+name"),
    "cluster": ("Cluster", "#sector+cluster"),
    "adm1_name": ("Province", "#adm1+name"),
    "adm1_code": ("Province P-code", "#adm1+code"),
    "adm2_name": ("District", "#adm2+name"),
    "adm2_code": ("District P-code", "#adm2+code"),
    "place": ("Place", "#loc+name"),
    "engagements": ("Engagements", "#meta+engagements+num"),
    "last_engagement": ("Last engagement", "#date+engaged"),
    "updated": ("Updated", "#date+updated"),
    "contact_name": ("Focal point", "#contact+name"),
    "contact_email": ("Email", "#contact+email"),
    "contact_phone": ("Phone", "#contact+phone"),
}
assert list(COLUMNS) == [f.name for f in fields(Row)]


@dataclass(frozen=True, slots=True)
class _Engaged:
    count: int
    last: str  # UTC ISO text of the latest start, "" for never
    place: str  # where the latest shareable engagement took place
    area_id: str | None  # that engagement's area, when the organization has none


def export(store: Store, path: Path, rules: Redaction, form: Format, progress: Progress = QUIET) -> int:
    """Write the 3W of every live organization to `path`, the note naming its redaction
    beside it, and log the export; returns how many rows."""
    with store.session() as s, files.atomic(path) as out:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        written = write(s, text, rules, form, progress)
        text.flush()
        text.detach()  # `out` stays open for the atomic rename
    files.sidecar(path, rules, what="3W of organizations", records=written)
    export_log.record(
        store,
        what=export_log.What.ORGANIZATIONS,
        format=form.value,
        path=path,
        profile=rules.profile,
        records=written,
    )
    return written


def write(session: Session, out: io.TextIOBase, rules: Redaction, form: Format, progress: Progress) -> int:
    """The 3W onto `out`: the header, the hashtags for `hxl`, then organizations by name."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header for header, _ in COLUMNS.values())
    if form is Format.HXL:
        writer.writerow(tag for _, tag in COLUMNS.values())
    places = _areas(session)
    ids = _org_ids(session, rules)
    written = 0
    for done, part in enumerate(chunks(ids), start=1):
        found = organizations(session, part)
        engaged = _engagements(session.connection(), part, rules)
        focal = _focal_points(session, part, rules, found)
        for org_id in part:
            org = found.get(org_id)
            if org is None:
                continue
            for row in rows_of(org, engaged.get(org_id), focal.get(org_id), places):
                writer.writerow(getattr(row, name) for name in COLUMNS)
                written += 1
        progress.check_cancel()
        progress.set_progress(min(done * len(part), len(ids)), len(ids), "")
        session.expunge_all()
    return written


def rows_of(
    org: Organization, engaged: _Engaged | None, focal: Contact | None, places: dict[str, Area]
) -> list[Row]:
    """The rows of one organization: one per sector (one with no cluster when it has none)."""
    engaged = engaged or _Engaged(0, "", "", None)
    levels = _levels(places, org.area_id or engaged.area_id)
    armed = org.org_type in ARMED_GROUP_TYPES
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    last = engaged.last[:10]
    email = phone = ""
    if focal is not None:
        email = _point(focal, "email")
        phone = _point(focal, "phone")
    return [
        Row(
            org_name="" if armed else org.name,
            org_acronym="" if armed else org.acronym,
            org_type="" if armed else vocab.ORG_TYPES.get(org.org_type, org.org_type),
            group_name=name if armed else "",
            cluster=sector,
            adm1_name=levels["adm1"].name if "adm1" in levels else "",
            adm1_code=levels["adm1"].pcode if "adm1" in levels else "",
            adm2_name=levels["adm2"].name if "adm2" in levels else "",
            adm2_code=levels["adm2"].pcode if "adm2" in levels else "",
            place=engaged.place or (levels["adm3"].name if "adm3" in levels else ""),
            engagements=engaged.count,
            last_engagement=last,
            updated=max(org.updated_at[:10], last),
            contact_name=focal.full_name if focal is not None else "",
            contact_email=email,
            contact_phone=phone,
        )
        for sector in (org.sectors or [""])
    ]


def _levels(places: dict[str, Area], area_id: str | None) -> dict[str, Area]:
    """The area and those it lies in, by level (a cycle a merge let in still ends)."""
    found: dict[str, Area] = {}
    seen: set[str] = set()
    while area_id and area_id in places and area_id not in seen:
        seen.add(area_id)
        area = places[area_id]
        found.setdefault(area.level, area)
        area_id = area.parent_area_id
    return found


def _point(contact: Contact, kind: str) -> str:
    return next((p["value"] for p in contact.contact_points if p["kind"] == kind), "")


def _org_ids(session: Session, rules: Redaction) -> list[str]:
    """Every live organization's id whose sharing scope the redaction admits, in the list's
    order (ids only: rows come a chunk at a time)."""
    query = select(Organization.id).where(
        col(Organization.deleted_at).is_(None), text(rules.scope_sql("organization"))
    )
    return list(session.exec(query.order_by(*KINDS[Kind.ORG].order())))


def _areas(session: Session) -> dict[str, Area]:
    # Areas are the mission's administrative list: hundreds, never the bulk of a store.
    areas = session.exec(select(Area).where(col(Area.deleted_at).is_(None)))
    return {a.id: a for a in areas}


_ENGAGED = (
    "SELECT l.record_id, count(*), max(m.start_utc), m.area_id FROM meeting_link l"
    " JOIN meeting m ON m.id = l.meeting_id"
    " WHERE m.deleted_at IS NULL AND {scope} AND l.record_id IN ({marks}) GROUP BY l.record_id"
)
# SQLite fills bare columns from the row holding the max(): the latest engagement's place.
_PLACE = (
    "SELECT l.record_id, max(m.start_utc), m.location FROM meeting_link l"
    " JOIN meeting m ON m.id = l.meeting_id"
    " WHERE m.deleted_at IS NULL AND {scope} AND m.location != ''"
    " AND upper(trim(m.sensitivity)) IN ({levels})"
    " AND l.record_id IN ({marks}) GROUP BY l.record_id"
)


def _engagements(conn: Connection, org_ids: Sequence[str], rules: Redaction) -> dict[str, _Engaged]:
    marks = ", ".join("?" for _ in org_ids)
    allowed = ("", rules.ceiling.strip().upper())
    places: dict[str, str] = {
        str(org): str(place)
        for org, _, place in conn.exec_driver_sql(
            _PLACE.format(marks=marks, levels="?, ?", scope=rules.scope_sql("m")), (*allowed, *org_ids)
        )
    }
    found: dict[str, _Engaged] = {}
    for org, count, last, area_id in conn.exec_driver_sql(
        _ENGAGED.format(marks=marks, scope=rules.scope_sql("m")), tuple(org_ids)
    ):
        found[str(org)] = _Engaged(int(count), str(last or ""), places.get(str(org), ""), area_id)
    return found


def _focal_points(
    session: Session, org_ids: Sequence[str], rules: Redaction, orgs: dict[str, Organization]
) -> dict[str, Contact]:
    """The first contact by name of each organization that the redaction lets a 3W name
    with its details (never a local staff member or a community member under partner)."""
    query = (
        select(Contact)
        .where(col(Contact.organization_id).in_(list(org_ids)), col(Contact.deleted_at).is_(None))
        .order_by(*KINDS[Kind.CONTACT].order())
    )
    found: dict[str, Contact] = {}
    for contact in session.exec(query):
        org_id = contact.organization_id or ""
        if org_id in found or not rules.details(contact.sensitivity) or not rules.admits(contact):
            continue
        org = orgs.get(org_id)
        if rules.contact_details(contact, org.org_type if org is not None else None):
            found[org_id] = contact
    return found
