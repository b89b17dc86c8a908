"""The area editor, and the area field of the organization, contact and meeting editors."""

from __future__ import annotations

from typing import Any

from liaison_app.kinds import Kind
from ui.editors.base import RecordEditor, count_text
from ui.editors.fields import ChoiceField, LineField, OptionalTextField
from ui.editors.ref_fields import RefField
from ui.i18n import tr as _tr
from ui.lock_safe_access import Lookup


def area_field(lookup: Lookup) -> RefField:
    """Where a record lies: one of the profile's areas, found by name or P-code."""
    return RefField(Kind.AREA, lookup, placeholder=_tr("Area or P-code"))


class OutlineField(LineField):
    """An outline as "LAT,LON LAT,LON ..." (what the command line takes too)."""

    def set_value(self, value: Any) -> None:
        points = value or []
        super().set_value(" ".join(f"{lat:g},{lon:g}" for lat, lon in points))

    def value(self) -> Any:
        return self.edit.text().strip()


class AreaEditor(RecordEditor):
    """Name, P-code, level, the area it lies in, its centre and outline."""

    kind = Kind.AREA

    def build(self) -> None:
        self.add_field("name", _tr("Name"), LineField(_tr("e.g. North Kivu")))
        self.add_field("pcode", _tr("P-code"), LineField(_tr("e.g. CD61")))
        self.add_field("level", _tr("Level"), ChoiceField(self.choices("level")))
        self.add_field(
            "parent_area_id",
            _tr("Part of"),
            RefField(Kind.AREA, self.lookup, placeholder=_tr("The area it lies in")),
        )
        self.add_field("latitude", _tr("Latitude"), OptionalTextField(_tr("centre, e.g. -0.49")))
        self.add_field("longitude", _tr("Longitude"), OptionalTextField(_tr("centre, e.g. 29.2")))
        self.add_field("outline", _tr("Outline"), OutlineField(_tr("LAT,LON points, for the map plot")))

    def new_heading(self) -> str:
        return _tr("New area")

    def this_record(self) -> str:
        return _tr("this area")

    def delete_title(self) -> str:
        return _tr("Delete area")

    def count_text(self, count: int) -> str:
        return count_text(_tr("%Ln area(s)", "", count), count, "area", "areas")
