"""The handling marking of a report: the highest sensitivity of anything it includes.

Levels are the profile's own (settings `sensitivity_levels`, lowest first), so a NATO or
OCHA list ranks as well as the UN one. A value that is no longer a level (the list was
changed after the record was written) ranks above every level: a report never marks lower
than a record it holds, and such a value is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from liaison_app import settings
from liaison_app.store import Store


@dataclass(frozen=True, slots=True)
class Levels:
    """The profile's sensitivity levels, lowest first, and the one records start at."""

    ordered: tuple[str, ...]
    default: str

    def rank(self, level: str) -> int:
        """Where `level` stands: its place in the list, above them all when unknown, -1 for none."""
        if not level:
            return -1
        wanted = level.strip().upper()
        for place, known in enumerate(self.ordered):
            if known.upper() == wanted:
                return place
        return len(self.ordered)

    def highest(self, found: Iterable[str]) -> str:
        """The highest of `found`; the lowest level when nothing carries one."""
        best = ""
        for level in found:
            if self.rank(level) > self.rank(best):
                best = level
        return best or self.ordered[0]

    def above(self, level: str, ceiling: str) -> bool:
        """`level` ranks above `ceiling` (a record a report redacts)."""
        return self.rank(level) > self.rank(ceiling)


def levels(store: Store) -> Levels:
    """The sensitivity levels of this profile."""
    with store.session() as s:
        ordered: Sequence[str] = settings.get(s, "sensitivity_levels")
        default = str(settings.get(s, "default_sensitivity"))
    return Levels(tuple(ordered), default)
