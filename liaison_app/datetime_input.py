"""Dates and times as people type them, read into aware datetimes (no Qt: the CLI and the
GUI share these rules), and written back as a military date-time group when asked.

What is accepted, in this order:
- a date-time group DDHHMM<zone letter>MONYY, e.g. ``011000ZDEC26`` (spaces allowed,
  A-M east of Greenwich (J skipped), N-Y west, Z for UTC, J for the reader's zone);
- ISO-8601, always: ``2026-12-01``, ``2026-12-01T10:00``, ``2026-12-01 10:00+03:00``;
- dotted (or dashed) dates, always day first (the convention wherever dots are
  written): ``01.12.2026 10:00`` is 1 December;
- slashed dates, whose order comes from the locale: month first where that is the custom
  (the United States and a few others, see ``MONTH_FIRST_REGIONS``), day first elsewhere;
  a four-digit first part is always year/month/day;
- ``today``, ``tomorrow``, ``yesterday`` (optionally with a time) and ``now``;
- a time alone (``11:00``, ``3pm``), only where a base date is given (a meeting's End is
  on the day of its Start).
A time is ``HH:MM``, ``HH:MM:SS``, ``HHMM`` or ``H am/pm``; none means midnight; a
two-digit year is 20YY. A zone may follow: ``Z``, ``UTC``, ``+03:00``/``+0300`` or an
IANA name (``Asia/Kabul``); without one the wall time is read in the zone given (by
default this machine's).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# Nautical zone letters: A..M (J skipped) east, N..Y west, Z Greenwich.
_EAST = "ABCDEFGHIKLM"
_WEST = "NOPQRSTUVWXY"
# Regions whose short numeric date puts the month first.
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW", "BZ", "AS", "GU", "MP", "PR", "UM", "VI"})


class DateOrder(StrEnum):
    """How a slashed numeric date is read."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


class DisplayStyle(StrEnum):
    """How the app writes a date-time back (the `datetime_display` setting)."""

    LOCAL = "local"
    DTG = "dtg"


class DateTimeInputError(ValueError):
    """What was typed is not a date or date-time these rules read."""


@dataclass(frozen=True, slots=True)
class Reading:
    """How to read what is typed: slashed-date order, zone of bare times, and the present."""

    order: DateOrder = DateOrder.DAY_FIRST
    zone: tzinfo | None = None  # None: this machine's zone
    now: datetime | None = None  # None: the clock


def order_for_locale(name: str) -> DateOrder:
    """The slashed-date order of a locale name such as ``en_US.UTF-8`` or ``de-DE``."""
    region = re.split(r"[_-]", name.split(".")[0].split("@")[0])
    return (
        DateOrder.MONTH_FIRST
        if len(region) > 1 and region[1].upper() in MONTH_FIRST_REGIONS
        else (DateOrder.DAY_FIRST)
    )


def order_for_pattern(pattern: str) -> DateOrder:
    """The order of a short date pattern such as Qt's ``M/d/yy`` or ``dd.MM.yyyy``."""
    day, month = pattern.find("d"), pattern.find("M")
    return DateOrder.MONTH_FIRST if 0 <= month < day else DateOrder.DAY_FIRST


def system_order() -> DateOrder:
    """The order of this process's locale (LC_ALL, LC_TIME, then LANG), as the CLI reads dates."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        if os.environ.get(variable):
            return order_for_locale(os.environ[variable])
    return DateOrder.DAY_FIRST


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this machine knows, sorted (for a zone chooser; read once, as the
    lookup scans the zone files)."""
    return tuple(sorted(available_timezones()))


def zone_named(name: str) -> tzinfo:
    """The zone `name` (an IANA name, ``UTC`` or an offset such as ``+03:00``)."""
    fixed = _offset(name)
    if fixed is not None:
        return fixed
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise DateTimeInputError(name) from None


# --- reading ----------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_DTG = re.compile(r"(\d{2})\s?(\d{2})(\d{2})\s?([A-Z])\s?([A-Z]{3})\s?(\d{4}|\d{2})")
_ZONE_TAIL = re.compile(
    r"(?:\s*(?P<offset>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)|\s+(?P<name>[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+))$"
)
_NUMERIC_DATE = re.compile(r"(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})")
_TIME = re.compile(r"(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s?([ap]\.?m\.?)?|(\d{2})(\d{2})")
_AFTER_TIME = re.compile(r"(\d:\d{2}|\s\d{4}|[ap]\.?m\.?)$", re.IGNORECASE)
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}


# Arabic-Indic and Persian digits, as an Arabic keyboard types them: read as 0-9.
_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def latin_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits written 0-9 (every other character kept)."""
    return text.translate(_LATIN_DIGITS)


def parse_datetime(text: str, reading: Reading = Reading(), *, base: datetime | None = None) -> datetime:
    """The aware moment `text` names; with `base`, a time alone is on base's day and zone."""
    raw = _SPACES.sub(" ", latin_digits(text).strip())
    if not raw:
        raise DateTimeInputError(text)
    dtg = _dtg(raw.upper(), reading)
    if dtg is not None:
        return dtg
    iso = _iso(raw, reading)
    if iso is not None:
        return iso
    body, zone = _split_zone(raw, reading)
    if base is not None and _TIME.fullmatch(body.lower()):
        zone = zone if zone is not reading.zone else base.tzinfo  # no zone typed: base's
        return _aware(datetime.combine(base.date(), _time(body)), zone)
    day, rest = _date_part(body, reading, zone)
    if rest == "" and body.lower() == "now":
        return _now(reading, zone).replace(second=0, microsecond=0)
    return _aware(datetime.combine(day, _time(rest) if rest else time()), zone)


def parse_date(text: str, reading: Reading = Reading()) -> date:
    """The calendar day `text` names (a date-time group or date-time gives its own day)."""
    raw = _SPACES.sub(" ", latin_digits(text).strip())
    dtg = _dtg(raw.upper(), reading)
    if dtg is not None:
        return dtg.date()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise DateTimeInputError(text) from None
    day, rest = _date_part(raw, reading, reading.zone)
    if rest:
        raise DateTimeInputError(text)
    return day


def parse_time(text: str) -> time:
    """A time of day alone (``10:00``, ``1000``, ``3pm``)."""
    return _time(_SPACES.sub(" ", latin_digits(text).strip()))


def _dtg(raw: str, reading: Reading) -> datetime | None:
    match = _DTG.fullmatch(raw)
    if match is None:
        return None
    day, hour, minute, letter, month, year = match.groups()
    if month not in MONTHS:
        raise DateTimeInputError(raw)
    zone = reading.zone if letter == "J" else _letter_zone(letter)
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        moment = datetime(full_year, MONTHS.index(month) + 1, int(day), int(hour), int(minute))
    except ValueError:
        raise DateTimeInputError(raw) from None
    return _aware(moment, zone)


def _letter_zone(letter: str) -> tzinfo:
    if letter == "Z":
        return UTC
    hours = _EAST.index(letter) + 1 if letter in _EAST else -(_WEST.index(letter) + 1)
    return timezone(timedelta(hours=hours))


def _iso(raw: str, reading: Reading) -> datetime | None:
    if not re.match(r"\d{4}-\d{2}-\d{2}", raw):
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        return None  # e.g. an IANA zone after the time: the general reading takes it
    return moment if moment.tzinfo is not None else _aware(moment, reading.zone)


def _split_zone(raw: str, reading: Reading) -> tuple[str, tzinfo | None]:
    match = _ZONE_TAIL.search(raw)
    if match is None or match.start() == 0:
        return raw, reading.zone
    given = match.group("offset") or match.group("name")
    before = raw[: match.start()].rstrip()
    if given.startswith(("+", "-")) and not _AFTER_TIME.search(before):
        return raw, reading.zone  # "01-12-2026": the tail is the date's own separator
    return before, zone_named(given)


def _date_part(body: str, reading: Reading, zone: tzinfo | None) -> tuple[date, str]:
    first, _, rest = body.partition(" ")
    word = first.lower()
    if word == "now":
        return _now(reading, zone).date(), rest
    if word in _RELATIVE:
        return _now(reading, zone).date() + timedelta(days=_RELATIVE[word]), rest
    match = _NUMERIC_DATE.fullmatch(first)
    if match is None:
        raise DateTimeInputError(body)
    a, separator, b, c = match.groups()
    if len(a) == 4:
        year, month, day = a, b, c
    elif separator == "/" and reading.order is DateOrder.MONTH_FIRST:
        month, day, year = a, b, c
    else:
        day, month, year = a, b, c
    if len(year) not in (2, 4):
        raise DateTimeInputError(body)
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day)), rest.strip()
    except ValueError:
        raise DateTimeInputError(body) from None


def _time(text: str) -> time:
    match = _TIME.fullmatch(text.lower())
    if match is None:
        raise DateTimeInputError(text)
    hour_text, minute, second, half, packed_hour, packed_minute = match.groups()
    hour = int(packed_hour or hour_text)
    minutes = int(packed_minute or minute or 0)
    if half:
        if not 1 <= hour <= 12:
            raise DateTimeInputError(text)
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    elif packed_hour is None and minute is None:
        raise DateTimeInputError(text)  # a bare "10" is too easily a typo
    try:
        return time(hour, minutes, int(second or 0))
    except ValueError:
        raise DateTimeInputError(text) from None


def _offset(text: str) -> tzinfo | None:
    cleaned = text.strip().upper()
    if cleaned in ("Z", "UTC", "GMT"):
        return UTC
    match = re.fullmatch(r"(?:UTC)?([+-])(\d{2}):?(\d{2})?", cleaned)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta >= timedelta(hours=24):
        raise DateTimeInputError(text)
    return timezone(-delta if sign == "-" else delta)


def _now(reading: Reading, zone: tzinfo | None) -> datetime:
    present = reading.now or datetime.now(UTC)
    return present.astimezone(zone) if zone is not None else present.astimezone()


def _aware(moment: datetime, zone: tzinfo | None) -> datetime:
    if zone is None:
        return moment.astimezone()  # a wall time on this machine's clock
    return moment.replace(tzinfo=zone)


# --- writing ----------------------------------------------------------------------------


def format_dtg(moment: datetime) -> str:
    """`moment` as a date-time group: in its own zone's letter when the offset is a whole
    hour a letter names, otherwise in UTC (``Z``)."""
    offset = moment.utcoffset() or timedelta()
    hours, remainder = divmod(int(offset.total_seconds()), 3600)
    if remainder or not -12 <= hours <= 12:
        moment, hours = moment.astimezone(UTC), 0
    letter = "Z" if hours == 0 else _EAST[hours - 1] if hours > 0 else _WEST[-hours - 1]
    return f"{moment:%d%H%M}{letter}{MONTHS[moment.month - 1]}{moment:%y}"


def format_offset(moment: datetime) -> str:
    """The offset of `moment` as ``UTC+03:00`` (``UTC`` when zero)."""
    offset = moment.utcoffset() or timedelta()
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
