"""People and action rows as reports show them, with the do-not-share rule and the report's
redaction profile applied.

A report is a document that leaves the laptop, so a do-not-share contact never appears in
one by name, nor a contact the profile leaves out (partner: CONFIDENTIAL and above): the row
stays (a meeting had so many participants, an action has an owner) but reads "withheld",
and its sensitivity does not mark the document (nothing of it is in). An action whose
meeting the profile leaves out is not listed (its title repeats the meeting's words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, col, select

from db.models import ActionItem, Contact, Meeting, Organization
from liaison_app import vocab
from liaison_app.services.interop.redaction import Redaction

# Ids per IN (...): well under SQLite's bound on variables, and each chunk one index range.
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Person:
    """A contact as a report lists it; `withheld` for a do-not-share contact (no name)."""

    name: str
    position: str
    organization: str
    sensitivity: str
    withheld: bool = False


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action item as a report lists it."""

    id: str
    title: str
    owner: str  # a name, "" for nobody; a do-not-share owner is withheld
    owner_withheld: bool
    due: str | None
    status: str  # slug
    recorded_by: str
    meeting: str  # the title of the meeting it came from, "" if none


@dataclass(frozen=True, slots=True)
class Listed:
    """Action rows, the first of `total` (a report's lists are capped, their counts whole)."""

    rows: tuple[ActionRow, ...]
    total: int


WITHHELD = Person("", "", "", "", withheld=True)


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    """`ids` in slices of at most CHUNK, for IN (...) lists."""
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def contacts(session: Session, ids: Iterable[str]) -> dict[str, Contact]:
    """The live contacts among `ids` (one primary-key lookup per id)."""
    wanted = sorted(set(ids))
    found: dict[str, Contact] = {}
    for part in chunks(wanted):
        query = select(Contact).where(col(Contact.id).in_(part), col(Contact.deleted_at).is_(None))
        found.update((row.id, row) for row in session.exec(query))
    return found


def organizations(session: Session, ids: Iterable[str]) -> dict[str, Organization]:
    """The live organizations among `ids`."""
    wanted = sorted(set(ids))
    found: dict[str, Organization] = {}
    for part in chunks(wanted):
        query = select(Organization).where(
            col(Organization.id).in_(part), col(Organization.deleted_at).is_(None)
        )
        found.update((row.id, row) for row in session.exec(query))
    return found


def people(session: Session, ids: Sequence[str], rules: Redaction | None = None) -> tuple[Person, ...]:
    """The live contacts of `ids` as report rows, by name (withheld ones last)."""
    found = contacts(session, ids)
    orgs = organizations(session, (c.organization_id for c in found.values() if c.organization_id))
    rows = [person(found[i], orgs, rules) for i in dict.fromkeys(ids) if i in found]
    return tuple(sorted(rows, key=lambda p: (p.withheld, p.name.casefold())))


def named(contact: Contact, rules: Redaction | None) -> bool:
    """Whether a report may name `contact`: never do-not-share, nor what the profile leaves out."""
    return not contact.do_not_share and (rules is None or rules.shares(contact))


def person(contact: Contact, orgs: dict[str, Organization], rules: Redaction | None = None) -> Person:
    """One contact as a report row."""
    if not named(contact, rules):
        return WITHHELD
    org = orgs.get(contact.organization_id or "")
    return Person(contact.full_name, contact.position, org.name if org else "", contact.sensitivity)


def action_rows(
    session: Session, items: Sequence[ActionItem], rules: Redaction | None = None
) -> tuple[tuple[ActionRow, ...], tuple[str, ...]]:
    """`items` as report rows, and the sensitivities of what they include: the owners named
    and the meetings the actions came from (an action's title repeats its meeting's words)."""
    owners = contacts(session, (a.owner for a in items if a.owner and a.owner != vocab.OWNER_ME))
    meetings = _meetings(session, items, rules)
    if rules is not None:
        meetings = {i: m for i, m in meetings.items() if rules.admits_level(m[1])}
        items = [a for a in items if (not a.meeting_id or a.meeting_id in meetings) and rules.admits(a)]
    rows: list[ActionRow] = []
    levels: list[str] = [sensitivity for _, sensitivity in meetings.values()]
    for item in items:
        name, withheld = _owner(item, owners, rules)
        owner = owners.get(item.owner or "")
        if owner is not None and not withheld:
            levels.append(owner.sensitivity)
        rows.append(
            ActionRow(
                id=item.id,
                title=item.title,
                owner=name,
                owner_withheld=withheld,
                due=item.due,
                status=item.status,
                recorded_by=item.author_officer,
                meeting=meetings.get(item.meeting_id or "", ("", ""))[0],
            )
        )
    return tuple(rows), tuple(levels)


def listed(
    session: Session, items: Sequence[ActionItem], total: int, rules: Redaction | None = None
) -> tuple[Listed, tuple[str, ...]]:
    """`items` (the first of `total`) as a report's list, and the sensitivities it includes."""
    rows, levels = action_rows(session, items, rules)
    return Listed(rows, total), levels


def _owner(item: ActionItem, owners: dict[str, Contact], rules: Redaction | None) -> tuple[str, bool]:
    if item.owner == vocab.OWNER_ME:
        return item.author_officer, False
    owner = owners.get(item.owner or "")
    if owner is None:
        return "", False
    return (owner.full_name, False) if named(owner, rules) else ("", True)


def _meetings(
    session: Session, items: Sequence[ActionItem], rules: Redaction | None = None
) -> dict[str, tuple[str, str]]:
    # Title and sensitivity of each live meeting the actions came from (whose sharing scope
    # `rules` admit: an action goes only with its meeting).
    wanted = sorted({a.meeting_id for a in items if a.meeting_id})
    found: dict[str, tuple[str, str]] = {}
    for part in chunks(wanted):
        query = select(Meeting.id, Meeting.title, Meeting.sensitivity).where(
            col(Meeting.id).in_(part), col(Meeting.deleted_at).is_(None)
        )
        if rules is not None:
            query = query.where(text(rules.scope_sql("meeting")))
        found.update((str(i), (str(t), str(s))) for i, t, s in session.exec(query))
    return found
