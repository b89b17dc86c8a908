"""Field validators: each takes what a person typed and returns the value to store,
or raises ValidationError with a message that names the field and the rule (and carries
the field's name as `field`, the rule as a code and the values its wording needs, for
forms that word it beside the field)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime

import mgrs

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


def iso_datetime(field: str, value: object) -> datetime:
    """An ISO-8601 date-time; one without an offset is read in this machine's time zone."""
    raw = text(field, value, required=True)
    try:
        moment = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        raise ValidationError.about(
            field,
            f"{raw!r} is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00)",
            Rule.NOT_A_DATETIME,
            value=raw,
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment


def iso_date(field: str, value: object) -> str:
    """A calendar date written YYYY-MM-DD."""
    raw = text(field, value, required=True)
    try:
        if len(raw) != 10:
            raise ValueError(raw)
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise ValidationError.about(
            field, f"{raw!r} is not a date (YYYY-MM-DD)", Rule.NOT_A_DATE, value=raw
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
    """Digits with the usual separators, optionally starting with +."""
    raw = text(field, value, required=True)
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
