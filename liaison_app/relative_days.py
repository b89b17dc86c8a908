"""Days counted from today, as a saved view keeps a range that stays relative ("Sector East,
last 30 days"): `today`, `yesterday`, `tomorrow`, `today-30`, `today+7` (also `today - 30
days`). The list filters read them wherever they read a date."""

from __future__ import annotations

import re
from datetime import date, timedelta

MAX_DAYS = 36_600  # a century either way: more is a typing slip, not a range
_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_OFFSET = re.compile(r"today\s*([+-])\s*(\d{1,6})\s*(?:d|days?)?")


def offset(text: str) -> int | None:
    """How many days from today `text` says, or None if it names no day relative to today."""
    wanted = text.strip().lower()
    if wanted in _WORDS:
        return _WORDS[wanted]
    found = _OFFSET.fullmatch(wanted)
    if found is None or int(found.group(2)) > MAX_DAYS:
        return None
    days = int(found.group(2))
    return -days if found.group(1) == "-" else days


def spec(days: int) -> str:
    """How an offset is written and kept: `today`, `today-30`, `today+7`."""
    return "today" if days == 0 else f"today{days:+d}"


def day(days: int, today: date | None = None) -> date:
    """The day `days` from `today` (this machine's date unless given)."""
    return (today or date.today()) + timedelta(days=days)
