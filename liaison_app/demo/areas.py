"""The demo mission's administrative areas: Marenia's two first-level areas the demo
touches and their districts, with P-codes, centres and rough outlines for a map plot.
Pure data for `liaison_app.demo`.

The P-codes use "XM", a user-assigned ISO 3166 code that no country will ever have, so
demo data cannot be mistaken for a real country's common operational dataset. Each
district is the district of `places.TOWNS`, centred on its sites.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from liaison_app.demo.places import SITES, TOWNS


class AreaSpec(NamedTuple):
    key: str
    name: str
    pcode: str
    level: str
    parent: str | None
    lat: float
    lon: float


PROVINCES: tuple[AreaSpec, ...] = (
    AreaSpec("amsara-region", "Amsara Capital Region", "XM01", "adm1", None, 12.95, 31.05),
    AreaSpec("haldara-province", "Haldara Province", "XM04", "adm1", None, 11.75, 32.75),
)

# District name (as places.TOWNS spells it) -> P-code, in the province's numbering.
_DISTRICTS = {
    "Amsara": ("XM0101", "amsara-region"),
    "Haldara Central": ("XM0401", "haldara-province"),
    "Kessa": ("XM0402", "haldara-province"),
    "Tumbari": ("XM0403", "haldara-province"),
    "Wadi Ashen": ("XM0404", "haldara-province"),
    "Nyaru": ("XM0405", "haldara-province"),
    "Bekora": ("XM0406", "haldara-province"),
    "Manyal": ("XM0407", "haldara-province"),
}
# The capital lies outside the province and has no site of the demo's own.
_AMSARA_CENTRE = (12.95, 31.05)


def _centre(district: str) -> tuple[float, float]:
    towns = {key for key, town in TOWNS.items() if town.district == district}
    points = [(s.lat, s.lon) for s in SITES.values() if s.town in towns]
    if not points:
        return _AMSARA_CENTRE
    return (
        round(sum(p[0] for p in points) / len(points), 5),
        round(sum(p[1] for p in points) / len(points), 5),
    )


DISTRICTS: tuple[AreaSpec, ...] = tuple(
    AreaSpec(f"district:{name}", name, pcode, "adm2", parent, *_centre(name))
    for name, (pcode, parent) in _DISTRICTS.items()
)
AREAS: tuple[AreaSpec, ...] = (*PROVINCES, *DISTRICTS)


def district_key(town: str) -> str:
    """The area key of the district a `places.TOWNS` key lies in."""
    return f"district:{TOWNS[town].district}"


def outline(area: AreaSpec) -> list[list[float]]:
    """A rough eight-sided outline around the centre (a plot's backdrop, not a border)."""
    reach = 0.6 if area.level == "adm1" else 0.16
    offsets = ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1), (0.7, -0.7))
    return [[round(area.lat + dy * reach, 5), round(area.lon + dx * reach, 5)] for dy, dx in offsets]


def fields(area: AreaSpec, parent_id: Any) -> dict[str, Any]:
    """The record fields of one area; `parent_id` names its parent (an id or a planned reference)."""
    return {
        "name": area.name,
        "pcode": area.pcode,
        "level": area.level,
        "parent_area_id": parent_id,
        "latitude": area.lat,
        "longitude": area.lon,
        "outline": outline(area),
    }
