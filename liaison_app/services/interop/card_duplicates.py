"""Whether an incoming contact is already here: in the profile (the HQ duplicate rules of
duplicate_lookup, plus an exact copy) or earlier in the same file.

"Skip existing" must really skip (issue 11): a card is skipped when a stored contact shares
its phone or email under a similar name, or has the same or a very similar name in the same
organization, or is an exact copy (same name, organization, phones and emails: a card
with a name alone, imported twice). A similar name alone is not enough: many people share
a name. Cards earlier in the file are not stored yet, so they are compared here by the same
rules, through an index of their keys (never every pair).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection

from liaison_app.services import duplicate_keys as keys
from liaison_app.services import duplicate_lookup
from liaison_app.services.duplicate_lookup import Draft
from liaison_app.services.duplicate_scores import ContactKeys, Reason, contact_verdict

# The draft note also offers a similar name alone; an import does not skip on that.
_NOT_EVIDENCE = frozenset({Reason.SIMILAR_NAME})


@dataclass(frozen=True, slots=True)
class Match:
    """The record (or earlier card's record) a card duplicates, and the reason code."""

    id: str
    reason: str


def contact_keys(
    name: str, organization: str, points: Iterable[dict[str, str]], region: str | None
) -> ContactKeys:
    """The keys a card is compared by; `organization` is the organization's name as named."""
    phones, emails = keys.point_keys(points, region)
    org_key = keys.name_key(organization) or None
    return ContactKeys(keys.name_key(name), org_key, frozenset(phones), frozenset(emails))


def in_profile(
    conn: Connection,
    card: ContactKeys,
    *,
    name: str,
    organization_id: str | None,
    region: str | None,
    phones: tuple[str, ...],
    emails: tuple[str, ...],
) -> Match | None:
    """The stored live contact the card duplicates, if any (indexed lookups only)."""
    draft = Draft(name=name, organization_id=organization_id, phones=phones, emails=emails)
    found = duplicate_lookup.likely_contacts(conn, draft, region=region)
    for existing in found:
        if existing.reason not in _NOT_EVIDENCE:
            return Match(existing.id, existing.reason.value)
    for existing in found:
        if _same_card(conn, existing.id, card, organization_id, region):
            return Match(existing.id, "SAME_CARD")
    return None


def _same_card(
    conn: Connection, record_id: str, card: ContactKeys, organization_id: str | None, region: str | None
) -> bool:
    """Whether the stored contact has the card's name, organization, phones and emails."""
    row = conn.exec_driver_sql(
        "SELECT full_name, organization_id, contact_points FROM contact WHERE id = ?", (record_id,)
    ).first()
    if row is None or keys.name_key(row[0]) != card.key or row[1] != organization_id:
        return False
    try:
        points = json.loads(row[2] or "[]")
    except ValueError:
        return False
    if not isinstance(points, list):
        return False
    phones, emails = keys.point_keys((p for p in points if isinstance(p, dict)), region)
    return phones == card.phones and emails == card.emails


class EarlierCards:
    """The cards of this file taken so far (imported, or skipped as a record), by their keys."""

    def __init__(self) -> None:
        self._by_point: dict[str, list[tuple[ContactKeys, str]]] = {}
        self._by_name: dict[tuple[str, str | None], list[tuple[ContactKeys, str]]] = {}

    def find(self, card: ContactKeys) -> str | None:
        """The record id of an earlier card this one duplicates, if any."""
        candidates: list[tuple[ContactKeys, str]] = list(self._by_name.get((card.key, card.organization), ()))
        for point in (*card.phones, *card.emails):
            candidates += self._by_point.get(point, ())
        for earlier, record_id in candidates:
            if earlier == card or contact_verdict(card, earlier) is not None:
                return record_id
        return None

    def add(self, card: ContactKeys, record_id: str) -> None:
        """Remember a card taken as `record_id`."""
        entry = (card, record_id)
        self._by_name.setdefault((card.key, card.organization), []).append(entry)
        for point in (*card.phones, *card.emails):
            self._by_point.setdefault(point, []).append(entry)
