"""Saved views (issue 11): a list's combination of filters kept under a name, per kind —
"Sector East, last 30 days" — for the list screens' view box and `liaison KIND list --view`.

A view keeps the filters as chosen, not as resolved: the area itself (its sub-areas are
found when the view is used, so an area added since counts), the officer and organization,
a preset such as "overdue", and each date either as a fixed day or counted from today
(`today-30`, liaison_app/relative_days.py), so a relative range stays relative. Views belong
to this profile only: kept in its encrypted settings table under their own key, never synced.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from db.models import Setting
from liaison_app import relative_days, validation
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.kinds import spec
from liaison_app.services import areas, list_filters, listing
from liaison_app.services.list_filters import Wanted
from liaison_app.services.records import resolve_id
from liaison_app.store import Store

SETTING_KEY = "saved_views"  # not one of liaison_app.settings' user settings: its own rules
MAX_VIEWS = 200
MAX_NAME_LENGTH = 80


@dataclass(frozen=True, slots=True)
class SavedView:
    """A named combination of list filters for one kind."""

    name: str
    kind: str
    wanted: Wanted = field(default_factory=Wanted)
    preset: str | None = None  # a list filter taking no value ("overdue", "open"...)

    def to_json(self) -> dict[str, Any]:
        """As kept and as `liaison view list --json` prints it (unset filters left out)."""
        values = {
            "officer": self.wanted.officer,
            "org": self.wanted.org,
            "area": self.wanted.area,
            "from": self.wanted.date_from,
            "to": self.wanted.date_to,
            "preset": self.preset,
        }
        return {"name": self.name, "kind": self.kind, **{k: v for k, v in values.items() if v is not None}}


def list_views(store: Store, kind: str | None = None) -> list[SavedView]:
    """The saved views (of `kind`, if given), by kind and then name."""
    views = _load(store)
    if kind is not None:
        kind = spec(kind).kind.value
        views = [v for v in views if v.kind == kind]
    return sorted(views, key=lambda v: (v.kind, v.name.casefold()))


def get(store: Store, kind: str, name: str) -> SavedView:
    """The view of `kind` named `name` (any case); NotFoundError if there is none."""
    kind = spec(kind).kind.value
    found = _find(_load(store), kind, name)
    if found is None:
        raise NotFoundError(f"no saved view {name!r} for {spec(kind).plural}")
    return found


def save(store: Store, view: SavedView) -> SavedView:
    """Keep `view` (replacing a view of its kind and name), checked as a list would read it:
    a bad filter raises and nothing is kept. Dates are kept as fixed days or from today."""
    kind = spec(view.kind).kind.value
    name = validation.text("name", view.name, required=True, max_len=MAX_NAME_LENGTH)
    given = view.wanted
    area = _blank_none(given.area)
    wanted = Wanted(
        officer=_blank_none(given.officer),
        org=_full_org(store, given.org),
        # The area itself, not its sub-areas: those are found each time the view is used.
        area=areas.resolve(store, area) if area is not None else None,
        date_from=_kept_day(given.date_from),
        date_to=_kept_day(given.date_to),
    )
    cleaned = SavedView(name, kind, wanted, _preset(kind, view.preset))
    filters(store, cleaned)  # raises as `KIND list` would for a filter that is not here
    views = [v for v in _load(store) if not _same(v, kind, name)]
    if len(views) >= MAX_VIEWS:
        raise ValidationError(f"name: at most {MAX_VIEWS} saved views (delete one first)")
    _store(store, [*views, cleaned])
    return cleaned


def rename(store: Store, kind: str, name: str, new_name: str) -> SavedView:
    """Give a view another name (not one another view of the kind has)."""
    view = get(store, kind, name)
    wanted = validation.text("name", new_name, required=True, max_len=MAX_NAME_LENGTH)
    views = _load(store)
    clash = _find(views, view.kind, wanted)
    if clash is not None and clash.name.casefold() != view.name.casefold():
        raise ValidationError(f"name: a view named {clash.name!r} exists already")
    renamed = replace(view, name=wanted)
    _store(store, [renamed if _same(v, view.kind, view.name) else v for v in views])
    return renamed


def delete(store: Store, kind: str, name: str) -> SavedView:
    """Forget a view; returns it (NotFoundError if there is none)."""
    view = get(store, kind, name)
    _store(store, [v for v in _load(store) if not _same(v, view.kind, view.name)])
    return view


def filters(store: Store, view: SavedView) -> dict[str, str]:
    """The list filters the view means today (relative days counted from today)."""
    found = list_filters.resolve(store, view.kind, view.wanted)
    if view.preset:
        found[view.preset] = ""
    return found


def _kept_day(text: str | None) -> str | None:
    """A day as kept: `today±N` when typed relative to today, else the fixed day."""
    if text is None or not text.strip():
        return None
    days = relative_days.offset(text)
    return relative_days.spec(days) if days is not None else validation.iso_date("date", text)


def _blank_none(text: str | None) -> str | None:
    return text.strip() if text is not None and text.strip() else None


def _full_org(store: Store, org: str | None) -> str | None:
    if _blank_none(org) is None:
        return None
    with store.session() as s:
        return resolve_id(s, spec("org"), str(org))


def _preset(kind: str, preset: str | None) -> str | None:
    if not preset:
        return None
    choices = [n for n, f in listing.list_spec(kind).filters.items() if not f.takes_value]
    return validation.choice("preset", preset, choices)


def _same(view: SavedView, kind: str, name: str) -> bool:
    return view.kind == kind and view.name.casefold() == name.strip().casefold()


def _find(views: list[SavedView], kind: str, name: str) -> SavedView | None:
    return next((v for v in views if _same(v, kind, name)), None)


def _load(store: Store) -> list[SavedView]:
    with store.session() as s:
        row = s.get(Setting, SETTING_KEY)
        kept = [] if row is None else row.value
    return [_from_json(item) for item in kept if isinstance(item, dict)]


def _from_json(item: dict[str, Any]) -> SavedView:
    def text(key: str) -> str | None:
        value = item.get(key)
        return value if isinstance(value, str) else None

    wanted = Wanted(text("officer"), text("org"), text("area"), text("from"), text("to"))
    return SavedView(str(item.get("name", "")), str(item.get("kind", "")), wanted, text("preset"))


def _store(store: Store, views: list[SavedView]) -> None:
    with store.session() as s:
        row = s.get(Setting, SETTING_KEY)
        value = [v.to_json() for v in views]
        s.add(Setting(key=SETTING_KEY, value=value) if row is None else row)
        if row is not None:
            row.value = value
        s.commit()
