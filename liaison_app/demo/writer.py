"""A generated demo mission: fills an empty profile with about a month of a liaison
officer's work in an invented mission area (Haldara Province), for training, screenshots
and trying the application without touching real data.

The whole month is planned first, from a seeded random generator and the given day only,
so the same seed and day always give the same content; then every record is written
through the record services in one batch (validated exactly as a record typed by an
officer, and all or nothing).
The tables it draws on live in the other modules of this package.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

from liaison_app import clock, settings
from liaison_app.demo import areas
from liaison_app.demo.month_plan import plan_month
from liaison_app.demo.roster import Planned, Ref, plan_people
from liaison_app.errors import ProfileError
from liaison_app.kinds import KINDS
from liaison_app.services import records
from liaison_app.store import Store

# How often a GUI progress bar hears from us (records written between two reports).
PROGRESS_EVERY = 20


def generate(
    store: Store,
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Fill `store` with about a month of a liaison officer's work; returns counts per kind.

    The month ends on `today` (default: this machine's today) and a week of planned
    meetings follows it. `progress(done, total)` is called as records are written; if it
    raises (to cancel), the transaction is rolled back, nothing is left, and the exception
    propagates. Refuses a profile that already holds records (ProfileError), so demo data
    never mixes with real data.
    """
    on = today or clock.today()
    _require_empty(store)
    rng = random.Random(seed)
    levels = _levels(store)
    roster = plan_people(rng, levels)
    plan = [*_areas(), *roster.planned, *plan_month(rng, on, roster, levels)]
    return _write(store, plan, progress)


def _areas() -> list[Planned]:
    """The mission's areas, each after the area it lies in."""
    return [Planned("area", a.key, areas.fields(a, Ref(a.parent) if a.parent else None)) for a in areas.AREAS]


def _require_empty(store: Store) -> None:
    for kind in KINDS:
        if records.list_records(store, kind):
            raise ProfileError("the demo mission goes only into an empty profile")


def _levels(store: Store) -> dict[str, str]:
    """Map the demo's three degrees of sensitivity onto the profile's own levels,
    which an officer may have renamed or extended (national or NATO markings)."""
    with store.session() as s:
        levels: list[str] = settings.get(s, "sensitivity_levels")
    return {"open": levels[0], "restricted": levels[min(1, len(levels) - 1)], "strict": levels[-1]}


def _write(store: Store, plan: list[Planned], progress: Callable[[int, int], None] | None) -> dict[str, int]:
    ids: dict[str, str] = {}
    counts: dict[str, int] = {kind.value: 0 for kind in KINDS}
    total = len(plan)
    if progress:
        progress(0, total)
    with records.batch(store) as writes:
        for done, item in enumerate(plan, start=1):
            record = writes.add(item.kind, _resolve(item.fields, ids))
            ids[item.key] = record.id
            counts[item.kind] += 1
            if progress and (done % PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
    return counts


def _resolve(value: Any, ids: dict[str, str]) -> Any:
    """Replace references to planned records by the ids they were written under."""
    if isinstance(value, Ref):
        return ids[value.key]
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, ids) for k, v in value.items()}
    return value
