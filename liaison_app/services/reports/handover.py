"""What the rotation handover pack shows: the organizations and contacts the successor
needs, the last engagement with each organization, the open actions and recent
commitments, and the officer's notes on each organization and contact.

It is the handing officer's own network: the contacts and organizations they recorded
(ix_contact_live_officer, ix_organization_live_officer) and the organizations of those
contacts. Do-not-share contacts never appear. Redaction by sensitivity: a contact, meeting
or action above `up_to` (the profile's default level unless told) is left out and only
counted, so the pack's marking never rises above `up_to`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, text
from sqlmodel import Session, col, select

from db.models import ActionItem, Contact, Meeting, Organization
from liaison_app import translations, vocab
from liaison_app.services.interop.redaction import Redaction
from liaison_app.services.reports import marking, people
from liaison_app.services.reports.marking import Levels
from liaison_app.services.reports.meeting_report import Commitment, commitment, dtg
from liaison_app.services.reports.people import ActionRow
from liaison_app.services.reports.period import midnight
from liaison_app.store import Store

LIST_LIMIT = 500
COMMITMENT_DAYS = 90


@dataclass(frozen=True, slots=True)
class HandedContact:
    """A contact the successor inherits, with how to reach them and the officer's notes."""

    name: str
    position: str
    reach: str  # contact points, one a line
    languages: str
    notes: str
    sensitivity: str


@dataclass(frozen=True, slots=True)
class LastEngagement:
    """The latest meeting naming an organization; `withheld` when above the pack's level."""

    when: str  # date-time group
    title: str
    meeting_type: str  # slug
    withheld: bool


@dataclass(frozen=True, slots=True)
class HandedOrganization:
    """An organization with its contacts, last engagement and the officer's notes."""

    name: str
    acronym: str
    org_type: str  # slug
    sectors: str
    notes: str
    contacts: tuple[HandedContact, ...]
    withheld_contacts: int  # above the pack's level
    last: LastEngagement | None


@dataclass(frozen=True, slots=True)
class DatedCommitment:
    """A commitment from one of the officer's recent meetings."""

    commitment: Commitment
    meeting: str
    when: str


@dataclass(frozen=True, slots=True)
class HandoverPack:
    """Everything the handover pack shows."""

    marking: str
    up_to: str
    officer: str
    organizations: tuple[HandedOrganization, ...]
    unattached: tuple[HandedContact, ...]  # contacts of no organization
    actions: tuple[ActionRow, ...]
    actions_total: int
    actions_withheld: int
    commitments: tuple[DatedCommitment, ...]
    commitments_since: date


def gather(
    store: Store, *, up_to: str = "", today: date | None = None, rules: Redaction | None = None
) -> HandoverPack:
    """The pack of this profile's officer, redacted above `up_to` (default: the profile's
    default sensitivity) and by the redaction `rules` (partner: below CONFIDENTIAL, and no
    contact details or notes of local staff and community members)."""
    levels = marking.levels(store)
    ceiling = up_to or levels.default
    if rules is not None:
        rules.require_people("a handover pack")
        if not rules.admits_level(ceiling):
            ceiling = max((lv for lv in levels.ordered if rules.admits_level(lv)), key=levels.rank)
    reach = _reach(rules)
    officer = store.author.officer
    since = (today or date.today()) - timedelta(days=COMMITMENT_DAYS)
    with store.session() as s:
        kept = [c for c in _my_contacts(s, officer) if not c.do_not_share]
        org_ids = _my_org_ids(s, officer) | {c.organization_id for c in kept if c.organization_id}
        orgs = people.organizations(s, org_ids)
        by_org: dict[str, list[Contact]] = {}
        for contact in kept:
            by_org.setdefault(contact.organization_id or "", []).append(contact)
        handed = tuple(
            _organization(s, org, by_org.get(org.id, []), levels, ceiling, reach)
            for org in sorted(orgs.values(), key=lambda o: o.name.casefold())
        )
        open_actions = _open_actions(s, officer)
        shown, withheld = _within(s, open_actions, levels, ceiling)
        rows, action_levels = people.action_rows(s, shown[:LIST_LIMIT], rules)
        commitments, commitment_levels = _commitments(s, officer, since, levels, ceiling)
    unattached = [
        _contact(c, reach(c, None))
        for c in kept
        if c.organization_id not in orgs and not levels.above(c.sensitivity, ceiling)
    ]
    found = [c.sensitivity for o in handed for c in o.contacts] + [c.sensitivity for c in unattached]
    found += [*action_levels, *commitment_levels]
    return HandoverPack(
        marking=levels.highest(found),
        up_to=ceiling,
        officer=officer,
        organizations=handed,
        unattached=tuple(unattached),
        actions=rows,
        actions_total=len(shown),
        actions_withheld=withheld,
        commitments=commitments,
        commitments_since=since,
    )


def _mine(column: object, officer: str) -> ColumnElement[bool]:
    # Compared as ix_*_live_officer sorts (NOCASE), so SQLite reads that index's range for
    # this officer instead of scanning the table (HQ: 516k contacts, 968k actions).
    return col(column).collate("NOCASE") == officer


def _my_contacts(session: Session, officer: str) -> list[Contact]:
    query = select(Contact).where(col(Contact.deleted_at).is_(None), _mine(Contact.author_officer, officer))
    return sorted(session.exec(query), key=lambda c: (c.full_name.casefold(), c.id))


def _my_org_ids(session: Session, officer: str) -> set[str]:
    query = select(Organization.id).where(
        col(Organization.deleted_at).is_(None), _mine(Organization.author_officer, officer)
    )
    return {str(i) for i in session.exec(query)}


def _reach(rules: Redaction | None) -> Callable[[Contact, str | None], bool]:
    """Whether a contact's means of contact and notes go in the pack (`str`: its org type)."""
    if rules is None:
        return lambda contact, org_type: True
    return rules.contact_details


def _organization(
    session: Session,
    org: Organization,
    theirs: Sequence[Contact],
    levels: Levels,
    ceiling: str,
    reach: Callable[[Contact, str | None], bool],
) -> HandedOrganization:
    shown = [_contact(c, reach(c, org.org_type)) for c in theirs if not levels.above(c.sensitivity, ceiling)]
    return HandedOrganization(
        name=org.name,
        acronym=org.acronym,
        org_type=org.org_type,
        sectors=", ".join(org.sectors),
        notes=org.notes,
        contacts=tuple(shown),
        withheld_contacts=len(theirs) - len(shown),
        last=_last_engagement(session, org.id, levels, ceiling),
    )


def _point_kind(kind: str) -> str:
    return (
        translations.label("vocab", vocab.CONTACT_POINT_KINDS[kind])
        if kind in vocab.CONTACT_POINT_KINDS
        else ""
    )


def _contact(contact: Contact, details: bool = True) -> HandedContact:
    # A point's own label as the officer typed it, else its kind in the pack's language.
    reach = "\n".join(
        f"{p.get('label') or _point_kind(str(p.get('kind', '')))}: {p.get('value', '')}"
        for p in (contact.contact_points if details else [])
    )
    return HandedContact(
        name=contact.full_name,
        position=contact.position,
        reach=reach,
        languages=", ".join(contact.languages),
        notes=contact.notes if details else "",
        sensitivity=contact.sensitivity,
    )


# The latest live meeting naming the organization: a range of meeting_link's primary key.
_LAST_SQL = text(
    "SELECT m.start, m.title, m.meeting_type, m.sensitivity FROM meeting_link l"
    " JOIN meeting m ON m.id = l.meeting_id"
    " WHERE l.record_id = :org AND m.deleted_at IS NULL ORDER BY m.start_utc DESC, m.id DESC LIMIT 1"
)


def _last_engagement(session: Session, org_id: str, levels: Levels, ceiling: str) -> LastEngagement | None:
    row = session.connection().execute(_LAST_SQL, {"org": org_id}).first()
    if row is None:
        return None
    start, title, meeting_type, sensitivity = row
    if levels.above(sensitivity, ceiling):
        return LastEngagement(dtg(start), "", meeting_type, withheld=True)
    return LastEngagement(dtg(start), title, meeting_type, withheld=False)


def _open_actions(session: Session, officer: str) -> list[ActionItem]:
    query = select(ActionItem).where(
        col(ActionItem.deleted_at).is_(None),
        _mine(ActionItem.author_officer, officer),
        col(ActionItem.status).not_in(vocab.CLOSED_ACTION_STATUSES),
    )
    return sorted(session.exec(query), key=lambda a: (a.due is None, a.due or "", a.id))


def _within(
    session: Session, items: Sequence[ActionItem], levels: Levels, ceiling: str
) -> tuple[list[ActionItem], int]:
    # An action above the pack's level by its meeting or its owner is left out, and counted.
    meetings = _sensitivities(session, {a.meeting_id for a in items if a.meeting_id})
    owners = people.contacts(session, (a.owner for a in items if a.owner and a.owner != vocab.OWNER_ME))

    def above(item: ActionItem) -> bool:
        owner = owners.get(item.owner or "")
        return levels.above(meetings.get(item.meeting_id or "", ""), ceiling) or (
            owner is not None and levels.above(owner.sensitivity, ceiling)
        )

    shown = [a for a in items if not above(a)]
    return shown, len(items) - len(shown)


def _sensitivities(session: Session, ids: set[str]) -> dict[str, str]:
    # The meetings' sensitivity alone: their rows carry the minutes, which are not needed.
    found: dict[str, str] = {}
    for part in people.chunks(sorted(ids)):
        query = select(Meeting.id, Meeting.sensitivity).where(col(Meeting.id).in_(part))
        found.update((str(i), str(level)) for i, level in session.exec(query))
    return found


def _commitments(
    session: Session, officer: str, since: date, levels: Levels, ceiling: str
) -> tuple[tuple[DatedCommitment, ...], list[str]]:
    query = (
        select(Meeting)
        .where(
            col(Meeting.deleted_at).is_(None),
            col(Meeting.start_utc) >= midnight(since),
            col(Meeting.author_officer) == officer,
        )
        .order_by(col(Meeting.start_utc), col(Meeting.id))
    )
    found: list[DatedCommitment] = []
    levels_found: list[str] = []
    for meeting in session.exec(query):
        points = [p for p in meeting.points if p.get("kind") == "commitment"]
        if not points or levels.above(meeting.sensitivity, ceiling):
            continue
        levels_found.append(meeting.sensitivity)
        found += [
            DatedCommitment(commitment(str(p.get("text", ""))), meeting.title, dtg(meeting.start))
            for p in points
        ]
    return tuple(found[:LIST_LIMIT]), levels_found
