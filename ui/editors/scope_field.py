"""The sharing scope selector: Local (never leaves this laptop), HQ only, or Mission.

One choice on the form, two record fields underneath (the do-not-share mark and `sharing`,
liaison_app/services/privacy.py): the editor shows it from the record and saves what it sets.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QWidget

from liaison_app import vocab
from liaison_app.services import privacy
from ui.editors.fields import ChoiceField
from ui.i18n import tr as _tr

SCOPE = "scope"


class ScopeField(ChoiceField):
    """Local / HQ only / Mission, for the kinds that have a sharing scope."""

    covers = (privacy.FIELD, privacy.SHARING)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(vocab.SCOPES, parent)
        self._sharing: Any = "mission"  # who the record reaches once a mark is lifted
        self.combo.setToolTip(
            _tr(
                "Local: never leaves this laptop. HQ only: reaches headquarters and no other"
                " officer. Mission: every officer."
            )
        )

    def show_record(self, values: Mapping[str, Any]) -> None:
        """Show the scope of a record (or a new record's defaults)."""
        self._sharing = values.get(privacy.SHARING) or "mission"
        self.set_value(privacy.scope_of(SimpleNamespace(**{k: values.get(k) for k in self.covers})))

    def record_values(self) -> dict[str, Any]:
        """The record fields the chosen scope sets."""
        chosen = self.value()
        if chosen == privacy.LOCAL:
            return {privacy.FIELD: True, privacy.SHARING: self._sharing}
        return privacy.scope_fields(chosen)
