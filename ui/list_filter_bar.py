"""The filters every list combines beside its search and presets (issue 11): the area (with
the areas inside it) and a date range; the list page adds the officer and organization.

What each filter keeps for each kind is the listing service's (liaison_app/filter_words.py
says it in words, shown as the fields' tooltips); this bar only reads what is typed. A date
may be counted from today (`today-30`): a view saved with it stays relative. The bar also
holds the list's saved views (ui/saved_views_box.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from liaison_app import datetime_input, relative_days
from liaison_app.datetime_input import DateTimeInputError
from liaison_app.filter_words import MEANINGS
from liaison_app.kinds import Kind
from liaison_app.services import list_filters
from liaison_app.services.list_filters import Wanted
from ui.context import AppContext
from ui.editors.datetime_fields import ERROR_STYLE, in_english, locale_reading
from ui.editors.ref_fields import RefField
from ui.i18n import tr as _tr
from ui.lock_safe_access import Lookup
from ui.saved_views_box import SavedViewsBox, Shown


class FilterBar(QWidget):
    """Area, from and to: `changed` once a filter is picked, cleared or typed in full."""

    changed = Signal()

    def __init__(self, ctx: AppContext, kind: str, filters: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.views: SavedViewsBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area: RefField | None = None
        if "area" in filters:
            self.area = RefField(Kind.AREA, Lookup(ctx), placeholder=_tr("Any area"), openable=False)
            self.area.setObjectName("area")
            self.area.setToolTip(_tr(MEANINGS["area"][kind]))
            self.area.setMaximumWidth(240)
            self.area.changed.connect(self._area_changed)
            layout.addWidget(self.area, 2)
        self.date_from = self._date_edit("from", _tr("From (date, today-30)"), kind)
        self.date_to = self._date_edit("to", _tr("To (date)"), kind)
        for edit in (self.date_from, self.date_to):
            layout.addWidget(edit, 1)
        layout.addStretch(1)
        self._layout = layout

    def _date_edit(self, name: str, placeholder: str, kind: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setToolTip(_tr(MEANINGS["dates"][kind]))
        edit.setMaximumWidth(150)
        edit.editingFinished.connect(self.changed)
        edit.textChanged.connect(lambda text: self.changed.emit() if not text else None)
        return edit

    def filters(self) -> dict[str, str]:
        """The list filters chosen here (a date that does not read as one is left out, and
        its box says so)."""
        chosen: dict[str, str] = {}
        if self.area is not None and self.area.has_choice() and not self.ctx.is_locked:
            chosen["area"] = list_filters.area_value(self.ctx.store, str(self.area.value()))
        for name, edit in (("from", self.date_from), ("to", self.date_to)):
            day = _day(edit.text())
            edit.setStyleSheet(ERROR_STYLE if edit.text().strip() and day is None else "")
            if day is not None:
                chosen[name] = day.isoformat()
        return chosen

    def typed(self) -> Wanted:
        """The area chosen and the dates as typed (what a saved view keeps of this bar)."""
        area = str(self.area.value()) if self.area is not None and self.area.has_choice() else None
        return Wanted(
            area=area,
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
        )

    def show_typed(self, wanted: Wanted) -> None:
        """Show a saved view's area and dates, without a `changed` per field."""
        self.blockSignals(True)
        if self.area is not None:
            if wanted.area:
                self.area.set_value(wanted.area)
            else:
                self.area.clear()
        self.date_from.setText(wanted.date_from or "")
        self.date_to.setText(wanted.date_to or "")
        self.blockSignals(False)

    def offer_views(self, shown: Shown) -> SavedViewsBox:
        """Add the saved views box; `shown` gives the list's filters as a view keeps them."""
        self.views = SavedViewsBox(self.ctx, self.kind, shown, self)
        self._layout.addWidget(self.views)
        return self.views

    def set_area(self, area_id: str) -> None:
        """Select an area from code (as picking it would)."""
        if self.area is not None:
            self.area.set_value(area_id)
            self.changed.emit()

    def set_dates(self, date_from: str = "", date_to: str = "") -> None:
        """Type a date range from code (ISO days)."""
        self.date_from.setText(date_from)
        self.date_to.setText(date_to)
        self.changed.emit()

    def _area_changed(self) -> None:
        if self.area is not None and (self.area.has_choice() or not self.area.edit.text()):
            self.changed.emit()


def _day(text: str) -> date | None:
    if not text.strip():
        return None
    days = relative_days.offset(text)
    if days is not None:
        return relative_days.day(days)
    try:
        return datetime_input.parse_date(in_english(text), locale_reading())
    except DateTimeInputError:
        return None
