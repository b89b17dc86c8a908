"""Field validators: each takes what a person typed and returns the value to store,
or raises ValidationError with a message that names the field and the rule (and carries
the field's name as `field`, the rule as a code and the values its wording needs, for
forms that word it beside the field)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime

import mgrs

from liaison_app import datetime_input
from liaison_app.datetime_input import Reading
from liaison_app.errors import Param, Rule, ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,}$")
_MGRS_SPACES = re.compile(r"\s+")
MAX_TEXT = 20_000


def text(field: str, value: object, *, required: bool = False, max_len: int = MAX_TEXT) -> str:
    """A trimmed string; `required` rejects an empty one."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError.about(field, "expected text", Rule.EXPECTED_TEXT)
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError.about(field, "must not be empty", Rule.REQUIRED)
    if len(cleaned) > max_len:
        raise ValidationError.about(
            field, f"longer than {max_len} characters", Rule.TOO_LONG, max_len=max_len
        )
    return cleaned


def choice(
    field: str,
    value: object,
    allowed: Mapping[str, str] | Iterable[str],
    aliases: Mapping[str, str] | None = None,
) -> str:
    """One of the allowed slugs (case-insensitive; underscores and spaces read as hyphens)."""
    options = list(allowed)
    raw = text(field, value, required=True)
    for candidate in (raw, raw.lower(), raw.lower().replace("_", "-").replace(" ", "-")):
        if candidate in options:
            return candidate
        if aliases and candidate in aliases:
            return aliases[candidate]
    raise ValidationError.about(
        field,
        f"{raw!r} is not one of {', '.join(options)}",
        Rule.NOT_A_CHOICE,
        value=raw,
        allowed=tuple(options),
    )


def string_set(field: str, values: Iterable[object]) -> list[str]:
    """Trimmed, de-duplicated, sorted non-empty strings (tags, sectors, languages)."""
    return sorted({text(field, v) for v in values} - {""})


def iso_datetime(
    field: str, value: object, reading: Reading | None = None, *, base: datetime | None = None
) -> datetime:
    """A date-time as people type it (ISO-8601, local formats, a date-time group; the rules
    are liaison_app.datetime_input's); one without a zone is read in `reading`'s zone
    (default: this machine's), and with `base` a time alone is on base's day."""
    raw = text(field, value, required=True)
    try:
        return datetime_input.parse_datetime(raw, reading or _system_reading(), base=base)
    except datetime_input.DateTimeInputError:
        raise ValidationError.about(
            field,
            f"{raw!r} is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00), "
            "a local one (14.03.2026 09:30) or a date-time group (140930ZMAR26)",
            Rule.NOT_A_DATETIME,
            value=raw,
        ) from None


def is_time_only(value: object) -> bool:
    """Whether `value` is a time of day without a date (an End on its Start's day)."""
    if not isinstance(value, str):
        return False
    try:
        datetime_input.parse_time(value)
    except datetime_input.DateTimeInputError:
        return False
    return True


def iso_date(field: str, value: object, reading: Reading | None = None) -> str:
    """A calendar date (YYYY-MM-DD, local formats, today/tomorrow), stored YYYY-MM-DD."""
    raw = text(field, value, required=True)
    try:
        return datetime_input.parse_date(raw, reading or _system_reading()).isoformat()
    except datetime_input.DateTimeInputError:
        raise ValidationError.about(
            field, f"{raw!r} is not a date (YYYY-MM-DD)", Rule.NOT_A_DATE, value=raw
        ) from None


def _system_reading() -> Reading:
    # What a command line means by a slashed date follows its locale.
    return Reading(order=datetime_input.system_order())


def grid_position(grid: str) -> tuple[float, float]:
    """The latitude and longitude (decimal degrees) of a checked MGRS grid's south-west corner."""
    checked = mgrs_grid("grid", grid)
    if not checked:
        raise ValidationError.about("grid", "must not be empty", Rule.REQUIRED)
    lat, lon = mgrs.MGRS().toLatLon(checked)
    return round(float(lat), 6), round(float(lon), 6)


def position_grid(lat: float, lon: float, digits: int = 5) -> str:
    """The MGRS grid holding a position, at `digits` per axis (5: one metre); ValidationError
    outside the latitudes MGRS covers."""
    checked_lat, checked_lon = latitude("latitude", lat), longitude("longitude", lon)
    assert checked_lat is not None and checked_lon is not None
    try:
        # Near the poles the package writes UPS grids, which this app does not take as MGRS.
        return mgrs_grid("grid", str(mgrs.MGRS().toMGRS(checked_lat, checked_lon, MGRSPrecision=digits)))
    except Exception:
        raise ValidationError.about(
            "latitude", f"{lat} is outside -80..84", Rule.OUT_OF_RANGE, value=lat, low=-80.0, high=84.0
        ) from None


def mgrs_grid(field: str, value: object) -> str:
    """An MGRS grid reference, upper-cased without spaces; precision is kept as written."""
    raw = text(field, value)
    if not raw:
        return ""
    grid = _MGRS_SPACES.sub("", raw).upper()
    digits = re.sub(r"^\d{1,2}[C-X][A-Z]{2}", "", grid)
    if digits == grid or len(digits) % 2 or not digits.isdigit() or len(digits) > 10:
        raise _not_a_grid(field, raw)
    try:
        mgrs.MGRS().toLatLon(grid)
    except Exception:
        raise _not_a_grid(field, raw) from None
    return grid


def _not_a_grid(field: str, raw: str) -> ValidationError:
    return ValidationError.about(field, f"{raw!r} is not an MGRS grid reference", Rule.BAD_GRID, value=raw)


def latitude(field: str, value: object) -> float | None:
    """Decimal degrees between -90 and 90, or None."""
    return _degrees(field, value, 90.0)


def longitude(field: str, value: object) -> float | None:
    """Decimal degrees between -180 and 180, or None."""
    return _degrees(field, value, 180.0)


def _degrees(field: str, value: object, limit: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError.about(
            field, f"{value!r} is not a number", Rule.NOT_A_NUMBER, value=_as_param(value)
        ) from None
    if not -limit <= number <= limit:
        raise ValidationError.about(
            field,
            f"{number} is outside -{limit:g}..{limit:g}",
            Rule.OUT_OF_RANGE,
            value=number,
            low=-limit,
            high=limit,
        )
    return number


def email(field: str, value: object) -> str:
    """An address of the form name@domain.tld."""
    raw = text(field, value, required=True)
    if not _EMAIL.match(raw):
        raise ValidationError.about(field, f"{raw!r} is not an email address", Rule.BAD_EMAIL, value=raw)
    return raw


def phone(field: str, value: object) -> str:
    """Digits with the usual separators, optionally starting with +; Arabic-Indic digits are
    stored as 0-9 (the number is the same whichever keyboard typed it)."""
    raw = datetime_input.latin_digits(text(field, value, required=True))
    if not _PHONE.match(raw) or sum(c.isdigit() for c in raw) < 3:
        raise ValidationError.about(field, f"{raw!r} is not a phone number", Rule.BAD_PHONE, value=raw)
    return raw


def boolean(field: str, value: object) -> bool:
    """True/false, also from the words people type on a command line."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"1", "true", "yes", "y", "on"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"0", "false", "no", "n", "off"}:
        return False
    raise ValidationError.about(
        field, f"{value!r} is not yes or no", Rule.NOT_YES_OR_NO, value=_as_param(value)
    )


def _as_param(value: object) -> Param:
    # What was typed, as a rule's wording shows it (anything odd, as Python writes it).
    return value if isinstance(value, (str, int, float)) else repr(value)
