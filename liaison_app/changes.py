"""What one write changed, so each screen refreshes only what concerns it (Anki's OpChanges).

A write service returns a `Changes` beside its usual result; the GUI hands it to every
screen, which compares it with what it shows. `Changes.everything()` stands for writes
nobody described (another process, a sync merge, F5).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from liaison_app.kinds import Kind


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags and ids saying what a write touched; `merge` folds several writes into one."""

    kinds: frozenset[Kind] = frozenset()  # kinds of records written
    ids: frozenset[str] | None = frozenset()  # the records written; None: any of `kinds`
    membership: bool = False  # records appeared or went (add, delete, restore): counts move
    conflicts: bool = False  # open conflicts may differ (a resolution, an edit over one)
    trash: bool = False  # the Trash holds other records now
    outgoing: bool = False  # this device wrote changesets its peers have not seen yet
    sync: bool = False  # peers, exchanges, received or held changesets changed
    preferences: bool = False  # profile settings changed

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed: another process wrote, or the officer pressed F5."""
        return cls(
            kinds=frozenset(Kind),
            ids=None,
            membership=True,
            conflicts=True,
            trash=True,
            outgoing=True,
            sync=True,
            preferences=True,
        )

    @classmethod
    def records(
        cls,
        kind: str | Kind,
        ids: Iterable[str],
        *,
        membership: bool = False,
        conflicts: bool = False,
        trash: bool = False,
    ) -> Changes:
        """Records of one kind written on this device (so there is something new to send)."""
        return cls(
            kinds=frozenset({Kind(kind)}),
            ids=frozenset(ids),
            membership=membership,
            conflicts=conflicts,
            trash=trash,
            outgoing=True,
        )

    def merge(self, other: Changes) -> Changes:
        """One description covering both writes (several operations, one refresh)."""
        ids = None if self.ids is None or other.ids is None else self.ids | other.ids
        return Changes(
            kinds=self.kinds | other.kinds,
            ids=ids,
            membership=self.membership or other.membership,
            conflicts=self.conflicts or other.conflicts,
            trash=self.trash or other.trash,
            outgoing=self.outgoing or other.outgoing,
            sync=self.sync or other.sync,
            preferences=self.preferences or other.preferences,
        )

    def touches(self, *kinds: str | Kind) -> bool:
        """Whether records of any of `kinds` were written."""
        return any(Kind(kind) in self.kinds for kind in kinds)

    @property
    def any(self) -> bool:
        """Whether anything at all changed (an edit that wrote nothing says no)."""
        return bool(self.kinds) or any(
            (self.membership, self.conflicts, self.trash, self.outgoing, self.sync, self.preferences)
        )


NOTHING = Changes()
