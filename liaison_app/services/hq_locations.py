"""Where a period's engagements took place, as 1 km MGRS squares with a count each: the
HQ dashboard's plot, offline (no map tiles) and bounded by the places, not the meetings.

A meeting is placed by its grid reference (what officers write), else by its latitude and
longitude; SQL groups equal grids and ~1 km cells of positions, so Python converts each
distinct place once (`mgrs`), never each meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import mgrs

from liaison_app.errors import ValidationError
from liaison_app.validation import position_grid

_SQUARE = re.compile(r"^(\d{1,2}[C-X][A-Z]{2})(\d*)$")
SQUARE_DIGITS = 2  # per axis: 1 km squares

_WINDOW = (
    "FROM meeting INDEXED BY ix_meeting_live_window"
    " WHERE deleted_at IS NULL AND start_utc >= ? AND start_utc < ?"
)
_BY_GRID = f"SELECT grid, count(*) {_WINDOW} AND grid != '' GROUP BY grid"
_BY_POSITION = (
    f"SELECT round(latitude, 2), round(longitude, 2), count(*) {_WINDOW}"
    " AND grid = '' AND latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY 1, 2"
)
_UNPLACED = f"SELECT count(*) {_WINDOW} AND grid = '' AND (latitude IS NULL OR longitude IS NULL)"


@dataclass(frozen=True, slots=True)
class Place:
    """A 1 km MGRS square (or a coarser one, as written) and the engagements held in it."""

    grid: str  # e.g. '36NTH9976'
    latitude: float  # of the square's south-west corner
    longitude: float
    count: int


@dataclass(frozen=True, slots=True)
class Places:
    """The placed engagements of a period, most first, and how many had no position."""

    places: tuple[Place, ...]
    unplaced: int


def places(cur: Any, low: str, high: str) -> Places:
    """The engagements starting in [`low`, `high`) (stored UTC text) by 1 km square."""
    squares: dict[str, int] = {}
    for grid, count in cur.execute(_BY_GRID, (low, high)):
        _add(squares, square_of(str(grid)), int(count))
    for lat, lon, count in cur.execute(_BY_POSITION, (low, high)):
        _add(squares, _square_at(float(lat), float(lon)), int(count))
    unplaced = int(cur.execute(_UNPLACED, (low, high)).fetchone()[0])
    return Places(places=tuple(_placed(squares.items())), unplaced=unplaced)


def square_of(grid: str) -> str | None:
    """The 1 km square holding a stored grid reference (a coarser one stays as written)."""
    found = _SQUARE.match(grid)
    if found is None:
        return None
    zone, digits = found.groups()
    half = len(digits) // 2
    keep = min(half, SQUARE_DIGITS)
    return zone + digits[:keep] + digits[half : half + keep]


def _square_at(lat: float, lon: float) -> str | None:
    try:
        return position_grid(lat, lon, SQUARE_DIGITS)
    except ValidationError:
        return None  # outside what MGRS covers: not a place on the plot


def _add(squares: dict[str, int], square: str | None, count: int) -> None:
    if square is not None:
        squares[square] = squares.get(square, 0) + count


def _placed(squares: Iterable[tuple[str, int]]) -> list[Place]:
    converter = mgrs.MGRS()
    found = []
    for grid, count in squares:
        try:
            lat, lon = converter.toLatLon(grid)
        except Exception:  # a stored grid the package cannot read: left off the plot
            continue
        found.append(
            Place(grid=grid, latitude=round(float(lat), 5), longitude=round(float(lon), 5), count=count)
        )
    return sorted(found, key=lambda p: (-p.count, p.grid))
