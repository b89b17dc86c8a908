"""The filters every list combines (issue 11), from what people type to a list's filters:
an origin officer, an organization, an area (with the areas inside it) and a date range.

`liaison KIND list --officer ID --org ID --area A --from D --to D` and the list screens'
filter bars both go through `resolve`, so a name or a prefix means the same everywhere.
What each filter means per kind is the listing's SQL, said in words in
liaison_app/filter_words.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app import relative_days, validation
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.filter_words import MEANINGS
from liaison_app.kinds import Kind, spec
from liaison_app.services import areas, listing
from liaison_app.services.records import MIN_PREFIX, resolve_id
from liaison_app.store import Store
from sync import peers


@dataclass(frozen=True, slots=True)
class Wanted:
    """The filters as typed: any may be None (not filtered)."""

    officer: str | None = None  # a device id or a unique prefix of it, or an officer's name
    org: str | None = None  # an organization id or a unique prefix of it
    area: str | None = None  # an area id, prefix, P-code or exact name
    date_from: str | None = None  # a date as date inputs accept it, both days included
    date_to: str | None = None

    def any(self) -> bool:
        """Whether anything filters."""
        return any(v is not None for v in (self.officer, self.org, self.area, self.date_from, self.date_to))


def resolve(store: Store, kind: str, wanted: Wanted) -> dict[str, str]:
    """The list filters `wanted` means for `kind`: NotFoundError for an officer, organization
    or area that is not here, ValidationError for a bad date or a filter the kind lacks."""
    kind_spec = spec(kind)
    filters: dict[str, str] = {}
    if wanted.officer is not None:
        filters.update(_officer(store, kind_spec.kind, wanted.officer))
    if wanted.org is not None:
        if kind_spec.kind.value not in MEANINGS["org"]:
            raise ValidationError(f"org: {kind_spec.plural} have no organization to filter by")
        with store.session() as s:
            filters["organization"] = resolve_id(s, spec(Kind.ORG), wanted.org)
    if wanted.area is not None:
        filters["area"] = area_value(store, areas.resolve(store, wanted.area))
    if wanted.date_from is not None:
        filters["from"] = _day("from", wanted.date_from)
    if wanted.date_to is not None:
        filters["to"] = _day("to", wanted.date_to)
    if "from" in filters and "to" in filters and filters["to"] < filters["from"]:
        raise ValidationError("to: must not be before --from")
    return filters


def _day(name: str, text: str) -> str:
    """A day as date inputs accept it, or counted from today (`today-30`: a saved view's
    relative range), as YYYY-MM-DD."""
    days = relative_days.offset(text)
    return relative_days.day(days).isoformat() if days is not None else validation.iso_date(name, text)


def area_value(store: Store, area_id: str) -> str:
    """The "area" filter's value for an area: its id and those of every area inside it."""
    return ",".join(areas.within(store, area_id))


def _officer(store: Store, kind: Kind, text: str) -> dict[str, str]:
    """A device (own or a peer's, by id or unique prefix), else an officer's exact name."""
    wanted = text.strip()
    with store.session() as s:
        devices = [store.author.device_id, *(p.card.device_id for p in peers.list_peers(s.connection()))]
    exact = [d for d in devices if d == wanted.lower()]
    prefixed = [d for d in devices if len(wanted) >= MIN_PREFIX and d.startswith(wanted.lower())]
    if exact or len(set(prefixed)) == 1:
        return {"device": (exact or prefixed)[0]}
    if kind is not Kind.AREA:
        names = {n.lower(): n for n in listing.officers(store, kind)}
        if wanted.lower() in names:
            return {"officer": names[wanted.lower()]}
    raise NotFoundError(f"no officer {text!r} (a device id from liaison peer list, or an officer's name)")
