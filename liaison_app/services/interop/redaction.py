"""What an export may carry, for every format: the do-not-share rule and the redaction ceiling.

An export file is plaintext and travels (a calendar synced to a phone, a 3W sent to a cluster
coordinator), so: a contact marked do-not-share is left out, and never named by the records
that refer to it, unless the user explicitly included such records; and the details beyond
what the format needs (a meeting's purpose, a focal point's email and phone) go only for
records at the profile's lowest sensitivity level (the "ceiling" of every export).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import Contact
from liaison_app.services.reports.marking import Levels, levels
from liaison_app.store import Store


@dataclass(frozen=True, slots=True)
class Redaction:
    """The rules one export applies: whether do-not-share goes, and the profile's levels."""

    include_do_not_share: bool
    levels: Levels

    @property
    def ceiling(self) -> str:
        """The highest sensitivity whose details may leave in a plaintext file: the lowest level."""
        return self.levels.ordered[0]

    def shares(self, contact: Contact) -> bool:
        """Whether `contact` may appear at all (named, counted as an attendee or an owner)."""
        return self.include_do_not_share or not contact.do_not_share

    def details(self, sensitivity: str) -> bool:
        """Whether a record of `sensitivity` may give its details (at or under the ceiling)."""
        return not self.levels.above(sensitivity, self.ceiling)


def redaction(store: Store, *, include_do_not_share: bool) -> Redaction:
    """The export rules of this profile."""
    return Redaction(include_do_not_share=include_do_not_share, levels=levels(store))
