"""Contacts and organizations from a file, through the same writes as a local edit.

Cards arrive from a reader one at a time and are written in batches of CHUNK (one
transaction and as few changesets as the caps allow each, so memory stays bounded however
large the file). Each card is validated as a local edit is; a card that breaks a rule is
reported and left out, never stopping the others, and nothing of it is written (not even
the organization it names: the contact is checked first). Cancelling stops between batches:
what was written stays written, and the report says how far it got.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Connection

from db.models import Contact, Organization
from liaison_app.changes import Changes
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.kinds import Kind
from liaison_app.services import duplicate_keys as keys
from liaison_app.services import duplicate_lookup, duplicates, records
from liaison_app.services.duplicate_lookup import Draft
from liaison_app.services.duplicate_scores import OrgKeys, org_verdict
from liaison_app.services.interop import card_duplicates
from liaison_app.services.interop.card_model import (
    CardOutcome,
    ImportReport,
    Incoming,
    OrgLink,
    Problem,
    Same,
    Status,
    Unreadable,
)
from liaison_app.services.interop.org_match import OrgMatcher
from liaison_app.store import Store

CHUNK = 200  # cards per transaction

Cards = Iterable[Incoming | Unreadable]
Progress = Callable[[int], None]  # cards done so far
Stop = Callable[[], bool]


def import_contacts(
    store: Store, cards: Cards, *, progress: Progress | None = None, stop: Stop | None = None
) -> ImportReport:
    """Import contact cards: imported, skipped as a duplicate, or refused, one outcome each."""
    run = _ContactRun()
    return _import(store, cards, run.take, Kind.CONTACT, progress, stop)


def import_organizations(
    store: Store, rows: Cards, *, progress: Progress | None = None, stop: Stop | None = None
) -> ImportReport:
    """Import organization rows: imported, skipped as a duplicate, or refused, one outcome each."""
    run = _OrgRun()
    return _import(store, rows, run.take, Kind.ORG, progress, stop)


Take = Callable[[records.Batch, records.Batch, Incoming], CardOutcome]


def _import(
    store: Store, cards: Cards, take: Take, kind: Kind, progress: Progress | None, stop: Stop | None
) -> ImportReport:
    outcomes: list[CardOutcome] = []
    cancelled = False
    for chunk in _chunks(cards):
        if stop is not None and stop():
            cancelled = True
            break
        with records.batch(store) as writes:
            probe = records.Batch(store, writes.session)  # validates, never written
            for card in chunk:
                outcomes.append(_refused(card) if isinstance(card, Unreadable) else take(writes, probe, card))
        if progress is not None:
            progress(len(outcomes))
    imported = [o.id for o in outcomes if o.status is Status.IMPORTED and o.id]
    created = [o.organization.id for o in outcomes if o.organization and o.organization.created]
    changes = Changes()
    if imported:
        changes = changes.merge(Changes.records(kind, imported, membership=True))
    if created:
        changes = changes.merge(Changes.records(Kind.ORG, created, membership=True))
    return ImportReport(tuple(outcomes), cancelled, changes)


def _chunks(cards: Cards) -> Iterator[list[Incoming | Unreadable]]:
    it = iter(cards)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def _refused(card: Unreadable) -> CardOutcome:
    return CardOutcome(card.number, card.name, Status.ERROR, reason=card.problem.value, message=card.message)


def _invalid(card: Incoming, exc: ValidationError | NotFoundError) -> CardOutcome:
    return CardOutcome(card.number, card.name, Status.ERROR, reason=Problem.INVALID.value, message=str(exc))


def _skipped(card: Incoming, record_id: str, reason: str, link: OrgLink | None = None) -> CardOutcome:
    return CardOutcome(
        card.number, card.name, Status.SKIPPED, duplicate_of=record_id, reason=reason, organization=link
    )


def _live(conn: Connection, table: str, record_id: str) -> bool:
    if not record_id:
        return False
    row = conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", (record_id,))
    return row.first() is not None


class _ContactRun:
    """One contact import: the organizations matched so far and the cards taken so far."""

    def __init__(self) -> None:
        self.orgs = OrgMatcher()
        self.earlier = card_duplicates.EarlierCards()
        self._region: tuple[str | None] | None = None  # read once, from the first batch

    def take(self, writes: records.Batch, probe: records.Batch, card: Incoming) -> CardOutcome:
        conn = writes.session.connection()
        if self._region is None:
            self._region = (duplicates.default_region(conn),)
        region = self._region[0]
        if _live(conn, Contact.__tablename__, card.record_id):
            return _skipped(card, card.record_id, Same.SAME_ID.value)
        points: list[dict[str, str]] = list(card.fields.get("contact_points", []))
        link = self.orgs.find(conn, card.organization) if card.organization else None
        me = card_duplicates.contact_keys(card.name, card.organization, points, region)
        earlier = self.earlier.find(me)
        if earlier is not None:
            return _skipped(card, earlier, Same.EARLIER_CARD.value, link)
        phones = tuple(p["value"] for p in points if p.get("kind") == "phone")
        emails = tuple(p["value"] for p in points if p.get("kind") == "email")
        found = card_duplicates.in_profile(
            conn,
            me,
            name=card.name,
            organization_id=link.id if link else None,
            region=region,
            phones=phones,
            emails=emails,
        )
        if found is not None:
            self.earlier.add(me, found.id)
            return _skipped(card, found.id, found.reason, link)
        try:
            probe.add(Kind.CONTACT, card.fields)  # every rule but the organization's
            if card.organization and link is None:
                link = self.orgs.create(writes, card.organization)
            fields: dict[str, Any] = {**card.fields, "organization_id": link.id} if link else card.fields
            added = writes.add(Kind.CONTACT, fields)
        except (ValidationError, NotFoundError) as exc:  # a rule broken, or a name not found
            return _invalid(card, exc)
        self.earlier.add(me, added.id)
        return CardOutcome(card.number, card.name, Status.IMPORTED, id=added.id, organization=link)


class _OrgRun:
    """One organization import: the rows taken so far, by name key and acronym."""

    def __init__(self) -> None:
        self.earlier: list[tuple[OrgKeys, str]] = []
        self._by_key: dict[str, list[int]] = {}

    def take(self, writes: records.Batch, probe: records.Batch, card: Incoming) -> CardOutcome:
        conn = writes.session.connection()
        if _live(conn, Organization.__tablename__, card.record_id):
            return _skipped(card, card.record_id, Same.SAME_ID.value)
        acronym = str(card.fields.get("acronym") or "")
        me = OrgKeys(keys.name_key(card.name), keys.acronym_key(acronym))
        for index in (*self._by_key.get(me.key, ()), *self._by_key.get("#" + me.acronym, ())):
            earlier, record_id = self.earlier[index]
            if org_verdict(me, earlier) is not None:
                return _skipped(card, record_id, Same.EARLIER_CARD.value)
        found = duplicate_lookup.likely_organizations(conn, Draft(name=card.name, acronym=acronym))
        if found:
            self._remember(me, found[0].id)
            return _skipped(card, found[0].id, found[0].reason.value)
        try:
            added = writes.add(Kind.ORG, card.fields)
        except (ValidationError, NotFoundError) as exc:  # a rule broken, or a name not found
            return _invalid(card, exc)
        self._remember(me, added.id)
        return CardOutcome(card.number, card.name, Status.IMPORTED, id=added.id)

    def _remember(self, me: OrgKeys, record_id: str) -> None:
        self.earlier.append((me, record_id))
        self._by_key.setdefault(me.key, []).append(len(self.earlier) - 1)
        if me.acronym:
            self._by_key.setdefault("#" + me.acronym, []).append(len(self.earlier) - 1)
