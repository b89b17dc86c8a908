"""HQ periods: whole Monday-to-Sunday weeks, the last 26 by default, and days counted into them."""

from __future__ import annotations

from datetime import date

import pytest

from liaison_app.errors import ValidationError
from liaison_app.services.hq_period import counts_by_week, period


def test_a_period_runs_from_the_monday_of_its_first_day_to_the_sunday_of_its_last() -> None:
    span = period(start=date(2026, 11, 4), end=date(2026, 11, 18))  # a Wednesday to a Wednesday
    assert (span.start, span.end) == (date(2026, 11, 2), date(2026, 11, 22))
    assert span.weeks == ("2026-11-02", "2026-11-09", "2026-11-16")
    assert (span.low_utc, span.high_utc) == ("2026-11-02T00:00:00.000000Z", "2026-11-23T00:00:00.000000Z")


def test_by_default_a_period_is_the_26_weeks_up_to_this_one() -> None:
    span = period(end=date(2026, 12, 1))
    assert len(span.weeks) == 26 and span.weeks[-1] == "2026-11-30"


def test_days_are_counted_into_their_weeks_and_days_outside_are_left_out() -> None:
    span = period(start=date(2026, 11, 2), end=date(2026, 11, 15))
    rows = [("2026-11-02", 2), ("2026-11-08", 1), ("2026-11-09", 4), ("2026-11-16", 9), ("2026-10-30", 9)]
    assert counts_by_week(span, rows) == (3, 4)


def test_an_end_before_the_start_or_an_absurd_span_is_refused() -> None:
    with pytest.raises(ValidationError):
        period(start=date(2026, 11, 10), end=date(2026, 11, 1))
    with pytest.raises(ValidationError):
        period(start=date(2000, 1, 1), end=date(2026, 1, 1))
