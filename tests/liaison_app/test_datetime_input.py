"""Dates and times as people type them: every accepted form, the locale's day/month order,
zones, date-time groups both ways, and what is refused (no Qt involved)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liaison_app import datetime_input, validation
from liaison_app.datetime_input import DateOrder, DateTimeInputError, Reading, parse_date, parse_datetime
from liaison_app.errors import Rule, ValidationError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
EUROPE = Reading(order=DateOrder.DAY_FIRST, zone=BERLIN, now=NOW)
US = Reading(order=DateOrder.MONTH_FIRST, zone=ZoneInfo("America/New_York"), now=NOW)


def at(*parts: int, zone: object = BERLIN) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[arg-type,misc]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2026-12-01T10:00", at(2026, 12, 1, 10, 0)),
        ("2026-12-01 10:00+03:00", at(2026, 12, 1, 10, 0, zone=timezone(timedelta(hours=3)))),
        ("2026-12-01", at(2026, 12, 1, 0, 0)),
        ("01.12.2026 10:00", at(2026, 12, 1, 10, 0)),
        ("1.12.2026", at(2026, 12, 1, 0, 0)),
        ("01.12.2026 1000", at(2026, 12, 1, 10, 0)),
        ("12/01/2026 10:00", at(2026, 1, 12, 10, 0)),
        ("2026/12/01 3pm", at(2026, 12, 1, 15, 0)),
        ("01.12.2026 10:00 UTC", at(2026, 12, 1, 10, 0, zone=UTC)),
        ("01.12.2026 10:00 Asia/Kabul", at(2026, 12, 1, 10, 0, zone=ZoneInfo("Asia/Kabul"))),
        ("tomorrow 10:00", at(2026, 12, 2, 10, 0)),
        ("today", at(2026, 12, 1, 0, 0)),
        ("yesterday 23:30", at(2026, 11, 30, 23, 30)),
        ("now", at(2026, 12, 1, 10, 0)),
    ],
)
def test_given_a_day_first_locale_when_a_date_time_is_typed_then_it_reads_as_meant(
    typed: str, meant: datetime
) -> None:
    assert parse_datetime(typed, EUROPE) == meant


def test_given_a_month_first_locale_when_a_slashed_date_is_typed_then_the_month_comes_first() -> None:
    assert parse_datetime("12/01/2026 10:00", US).date() == date(2026, 12, 1)
    assert parse_datetime("01.12.2026", US).date() == date(2026, 12, 1)  # dots: always day first


@pytest.mark.parametrize(
    ("locale", "order"),
    [
        ("en_US.UTF-8", DateOrder.MONTH_FIRST),
        ("en_GB.UTF-8", DateOrder.DAY_FIRST),
        ("de-DE", DateOrder.DAY_FIRST),
    ],
)
def test_given_a_locale_name_then_its_slashed_date_order_follows_the_custom(
    locale: str, order: DateOrder
) -> None:
    assert datetime_input.order_for_locale(locale) is order


def test_given_qt_short_date_patterns_then_the_order_is_read_from_them() -> None:
    assert datetime_input.order_for_pattern("M/d/yy") is DateOrder.MONTH_FIRST
    assert datetime_input.order_for_pattern("dd.MM.yyyy") is DateOrder.DAY_FIRST


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("011000ZDEC26", datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
        ("011000Z DEC 26", datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
        ("011000CDEC26", datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=3)))),
        ("011000RDEC2026", datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=-5)))),
        ("011000jdec26", at(2026, 12, 1, 10, 0)),  # J: the reader's own zone
    ],
)
def test_given_a_date_time_group_when_typed_then_it_reads_in_its_zone_letter(
    typed: str, meant: datetime
) -> None:
    moment = parse_datetime(typed, EUROPE)
    assert moment == meant
    assert moment.utcoffset() == meant.utcoffset()


def test_given_a_moment_when_written_as_a_group_then_it_uses_its_zone_letter_or_utc() -> None:
    assert datetime_input.format_dtg(at(2026, 12, 1, 10, 0)) == "011000ADEC26"
    assert datetime_input.format_dtg(datetime(2026, 12, 1, 10, 0, tzinfo=UTC)) == "011000ZDEC26"
    kabul = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Kabul"))
    assert datetime_input.format_dtg(kabul) == "010530ZDEC26"  # +04:30 has no letter
    assert parse_datetime(datetime_input.format_dtg(kabul)) == kabul


def test_given_a_start_when_an_end_is_a_time_alone_then_it_is_on_the_start_day_and_zone() -> None:
    start = parse_datetime("01.12.2026 10:00 Asia/Kabul", EUROPE)
    end = parse_datetime("11:30", EUROPE, base=start)
    assert end == datetime(2026, 12, 1, 11, 30, tzinfo=ZoneInfo("Asia/Kabul"))


@pytest.mark.parametrize(
    "typed", ["soon", "32.12.2026", "13/13/2026", "10", "25:00", "011000JXYZ26", "2026-13-01", "11:00", ""]
)
def test_given_nonsense_when_typed_then_it_is_refused(typed: str) -> None:
    with pytest.raises(DateTimeInputError):
        parse_datetime(typed, EUROPE)


def test_given_local_dates_when_a_day_is_typed_then_it_reads_as_that_day() -> None:
    assert parse_date("tomorrow", EUROPE) == date(2026, 12, 2)
    assert parse_date("12/01/2026", US) == date(2026, 12, 1)
    assert parse_date("05.01.2027", EUROPE) == date(2027, 1, 5)
    assert parse_date("011000ZDEC26", EUROPE) == date(2026, 12, 1)
    with pytest.raises(DateTimeInputError):
        parse_date("2026-02-30", EUROPE)


def test_given_the_validator_when_a_local_form_is_typed_then_it_passes_and_nonsense_keeps_its_rule() -> None:
    assert validation.iso_datetime("start", "01.12.2026 10:00", EUROPE) == at(2026, 12, 1, 10, 0)
    with pytest.raises(ValidationError) as caught:
        validation.iso_datetime("start", "whenever", EUROPE)
    assert caught.value.rule is Rule.NOT_A_DATETIME and caught.value.field == "start"


def test_given_a_grid_then_its_position_converts_both_ways() -> None:
    lat, lon = validation.grid_position("38SMB4400012000")
    assert (lat, lon) == pytest.approx((32.644191, 44.402925), abs=1e-5)
    assert validation.position_grid(lat, lon) == "38SMB4400012000"


def test_given_a_polar_position_then_no_mgrs_grid_is_offered() -> None:
    with pytest.raises(ValidationError) as caught:
        validation.position_grid(85.0, 10.0)
    assert caught.value.rule is Rule.OUT_OF_RANGE


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30)),  # 20YY both ways
    hours=st.integers(-12, 12),
    minutes=st.sampled_from([0, 0, 30, 45]),
)
def test_any_moment_written_as_a_group_reads_back_as_the_same_minute(
    moment: datetime, hours: int, minutes: int
) -> None:
    offset = timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes)
    aware = moment.replace(second=0, microsecond=0, tzinfo=timezone(offset))
    assert parse_datetime(datetime_input.format_dtg(aware), EUROPE) == aware


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_any_day_written_day_first_or_month_first_reads_back_in_its_own_locale(day: date) -> None:
    assert parse_date(f"{day:%d.%m.%Y}", US) == day
    assert parse_date(f"{day:%d/%m/%Y}", EUROPE) == day
    assert parse_date(f"{day:%m/%d/%Y}", US) == day


def test_given_arabic_indic_digits_then_dates_and_times_read_as_typed_in_latin_ones() -> None:
    from liaison_app.datetime_input import Reading, parse_date, parse_datetime, parse_time

    assert parse_date("٢٠٢٦-١٢-٠١") == parse_date("2026-12-01")
    assert parse_time("١٠:٣٠") == parse_time("10:30")
    assert parse_datetime("۰۱۱۰۰۰ZDEC26", Reading()) == parse_datetime("011000ZDEC26", Reading())
