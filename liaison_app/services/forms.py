"""What an editor needs before the user types: the defaults of a new record and the
choices a field offers that depend on the profile (sensitivity levels)."""

from __future__ import annotations

from typing import Any

from liaison_app import settings
from liaison_app.kinds import Context, spec
from liaison_app.store import Store


def defaults(store: Store, kind: str) -> dict[str, Any]:
    """The value each field of a new `kind` record starts with (only fields with a default)."""
    kind_spec = spec(kind)
    with store.session() as s:
        ctx = Context(s)
        return {f.name: f.default(ctx) for f in kind_spec.fields if f.default is not None}


def sensitivity_levels(store: Store) -> list[str]:
    """The sensitivity markings this profile uses, lowest first."""
    with store.session() as s:
        return list(settings.get(s, "sensitivity_levels"))
