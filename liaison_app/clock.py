"""Wall-clock helpers: one place that knows how times are written to the store."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_iso(moment: datetime) -> str:
    """Format an aware datetime as sortable UTC text with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_iso() -> str:
    """The current time as stored in records."""
    return utc_iso(datetime.now(UTC))


def today() -> date:
    """Today's date on this machine's local calendar (what "overdue" is judged against)."""
    return datetime.now().astimezone().date()
