"""A report's span of days on this machine's calendar, as the UTC text records are stored in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from liaison_app.clock import utc_iso
from liaison_app.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Period:
    """The days `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(f"the period ends ({self.last}) before it starts ({self.first})")
        if (self.last - self.first).days > MAX_DAYS:
            raise ValidationError(f"a summary covers at most {MAX_DAYS} days")

    @property
    def low(self) -> str:
        """The first day's local midnight, as stored UTC text (included)."""
        return midnight(self.first)

    @property
    def high(self) -> str:
        """The local midnight after the last day, as stored UTC text (excluded)."""
        return midnight(self.last + timedelta(days=1))

    def days(self) -> list[date]:
        """Every day of the period, in order."""
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


# A summary is read in one go: a quarter is the longest that stays a summary.
MAX_DAYS = 92


def midnight(day: date) -> str:
    """Local midnight of `day` as stored UTC text, so a day follows this machine's calendar."""
    return utc_iso(datetime.combine(day, time()).astimezone())
