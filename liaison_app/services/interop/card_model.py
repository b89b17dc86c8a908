"""What a file of contacts or organizations becomes before it is written: one incoming
record per card (or CSV row), and the per-card outcome an import reports.

Readers (vcard_read, csv_read) turn files into `Incoming` records; the intake
(card_intake) decides for each whether it is imported, skipped as a duplicate or refused,
and says so in a `CardOutcome`. Reason codes are stable (the CLI's JSON carries them);
the `message` is for people and may be reworded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from liaison_app.changes import Changes


class Status(StrEnum):
    """What became of one card."""

    IMPORTED = "imported"
    SKIPPED = "skipped"
    ERROR = "error"


class Problem(StrEnum):
    """Why a card was refused (status "error")."""

    NO_NAME = "NO_NAME"  # neither FN nor N (a vCard), no name column value (CSV)
    UNREADABLE = "UNREADABLE"  # the parser could not read the card at all
    INVALID = "INVALID"  # a value breaks a rule of the domain (a bad email, a too long name)
    NOT_A_PERSON = "NOT_A_PERSON"  # a vCard 4.0 KIND:group, org or location card


class Same(StrEnum):
    """Why a card was skipped that the duplicate rules (duplicate_scores.Reason) do not name."""

    SAME_ID = "SAME_ID"  # its UID (urn:uuid:ID) or id column names a live record
    SAME_CARD = "SAME_CARD"  # the same name, organization, phones and emails as a record
    EARLIER_CARD = "EARLIER_CARD"  # a duplicate of a card earlier in the same file


@dataclass(frozen=True, slots=True)
class Incoming:
    """One card or row as our fields: `fields` as a local edit would give them (the
    organization left out), `organization` the name of the organization it names (matched or
    created), `record_id` an id the file claims (our own export's UID or id column)."""

    number: int  # the card's place in the file, from 1
    name: str
    fields: dict[str, Any]
    organization: str = ""
    record_id: str = ""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A card the reader could not turn into fields: its number, a name if one was read, why."""

    number: int
    problem: Problem
    message: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class OrgLink:
    """The organization a contact card named: the record it is linked to, and whether the
    import created it."""

    id: str
    name: str
    created: bool


@dataclass(frozen=True, slots=True)
class CardOutcome:
    """What became of one card: imported (the new `id`), skipped (`duplicate_of`, `reason`)
    or error (`reason`, `message`)."""

    number: int
    name: str
    status: Status
    id: str | None = None
    duplicate_of: str | None = None
    reason: str | None = None
    message: str = ""
    organization: OrgLink | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Every card's outcome in file order, whether the run was cancelled, and what changed."""

    outcomes: tuple[CardOutcome, ...]
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)

    def count(self, status: Status) -> int:
        """How many cards ended with `status`."""
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def organizations_created(self) -> int:
        """How many organizations the import created (for contacts: those their cards named)."""
        return len({o.organization.id for o in self.outcomes if o.organization and o.organization.created})
