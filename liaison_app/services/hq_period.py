"""The weeks an HQ figure covers: a period of whole Monday-to-Sunday weeks (UTC), the last
26 by default, and how a stored moment or date falls into one of them.

Every HQ figure (dashboard, officer page, `liaison hq summary`) is bounded by a period, so
its queries read a range of an index, never the whole history of the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from liaison_app.clock import today, utc_iso
from liaison_app.errors import Rule, ValidationError

DEFAULT_WEEKS = 26
MAX_WEEKS = 520  # ten years: a figure per week stays a few thousand numbers
# The date of a stored moment or date ('YYYY-MM-DD...'): figures are grouped by day in SQL
# (cheaper than SQLite's date functions per row) and by week in Python (`counts_by_week`).
DAY_SQL = "substr({column}, 1, 10)"


@dataclass(frozen=True, slots=True)
class Period:
    """From the Monday of `start`'s week to the Sunday of `end`'s week, inclusive."""

    start: date  # a Monday
    end: date  # a Sunday

    @property
    def count(self) -> int:
        """How many weeks."""
        return (self.end - self.start).days // 7 + 1

    @property
    def weeks(self) -> tuple[str, ...]:
        """Each week's Monday, 'YYYY-MM-DD', oldest first."""
        return tuple((self.start + timedelta(weeks=n)).isoformat() for n in range(self.count))

    @property
    def low_utc(self) -> str:
        """The first moment of the period as stored UTC text."""
        return utc_iso(datetime.combine(self.start, time(), tzinfo=UTC))

    @property
    def high_utc(self) -> str:
        """The moment after the period as stored UTC text (exclusive)."""
        return utc_iso(datetime.combine(self.end + timedelta(days=1), time(), tzinfo=UTC))

    @property
    def last_day(self) -> str:
        """The period's last date, 'YYYY-MM-DD' (inclusive)."""
        return self.end.isoformat()

    def index_of(self, day: str) -> int | None:
        """The position in `weeks` of the week holding `day` ('YYYY-MM-DD'), None outside."""
        found = (date.fromisoformat(day) - self.start).days // 7
        return found if 0 <= found < self.count else None


def monday(day: date) -> date:
    """The Monday on or before `day`."""
    return day - timedelta(days=day.weekday())


def period(*, start: date | None = None, end: date | None = None, weeks: int = DEFAULT_WEEKS) -> Period:
    """The whole weeks holding `start`..`end` (default: the `weeks` weeks up to today's);
    ValidationError when the end is before the start or the span is absurdly long."""
    last = end or (today() if start is None else start + timedelta(weeks=weeks) - timedelta(days=1))
    first = start or monday(last) - timedelta(weeks=weeks - 1)
    if last < first:
        raise ValidationError.about("to", "must not be before --from", Rule.END_BEFORE_START)
    span = Period(start=monday(first), end=monday(last) + timedelta(days=6))
    if span.count > MAX_WEEKS:
        raise ValidationError.about(
            "from", f"a period of at most {MAX_WEEKS} weeks", Rule.OUT_OF_RANGE, low=1, high=MAX_WEEKS
        )
    return span


def counts_by_week(span: Period, rows: list[tuple[str, int]]) -> tuple[int, ...]:
    """(day, count) rows as one count per week of `span` (0 where none)."""
    counts = [0] * span.count
    for day, count in rows:
        at = span.index_of(day)
        if at is not None:
            counts[at] += int(count)
    return tuple(counts)
