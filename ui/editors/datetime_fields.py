"""Date and date-time fields: typed in the local format (or ISO, or a date-time group),
picked from a calendar (the button, or Alt+Down / F4), with the time zone shown and
choosable, and a line under the field saying how the text was read, or plainly what is
wrong, as the user types. The reading rules are liaison_app.datetime_input's; the fields
hand the service ISO text, or the raw text when it does not read (the service refuses it
with its rule code and the editor words that under the field)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app import datetime_input
from liaison_app.datetime_input import DateTimeInputError, DisplayStyle, Reading
from liaison_app.services import preferences
from ui.context import AppContext
from ui.editors.fields import Field
from ui.i18n import tr as _tr
from ui.icons import icon

HINT_STYLE = "color: palette(placeholder-text);"
ERROR_STYLE = "color: #c0392b;"


def display_style(ctx: AppContext) -> DisplayStyle:
    """How this profile shows dates and times (its `datetime_display` setting)."""
    return DisplayStyle(preferences.read(ctx.store).datetime_display)


def local_zone_name() -> str:
    """This machine's IANA zone name (UTC when the system names none zoneinfo knows)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        datetime_input.zone_named(name)
    except DateTimeInputError:
        return "UTC"
    return name


def in_english(text: str) -> str:
    """`text` with the relative words of the user's language ("morgen") as the rules
    read them ("tomorrow"); English always works too."""
    words = {
        _tr("today"): "today",
        _tr("tomorrow"): "tomorrow",
        _tr("yesterday"): "yesterday",
        _tr("now"): "now",
    }
    return " ".join(words.get(part.lower(), part) for part in text.split(" "))


def locale_reading(zone: tzinfo | None = None) -> Reading:
    """How this locale's slashed dates read, with bare times in `zone`."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return Reading(order=datetime_input.order_for_pattern(pattern), zone=zone)


def local_date_text(day: date) -> str:
    """`day` in the locale's short numeric form with a four-digit year, if that reads back
    as the same day under the rules; ISO otherwise."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    text = QLocale().toString(QDate(day.year, day.month, day.day), pattern)
    try:
        if datetime_input.parse_date(text, locale_reading()) == day:
            return text
    except DateTimeInputError:
        pass
    return day.isoformat()


class _Calendar(QCalendarWidget):
    """The popup calendar: Escape closes it without choosing."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class _TypedField(Field):
    """A line to type in, a calendar button, and the reading or the problem under them."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display_style = DisplayStyle.LOCAL
        self._problem = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._edited)
        self.edit.installEventFilter(self)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 36)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setToolTip(_tr("Pick a date (Alt+Down)"))
        self.calendar_button.setAccessibleName(_tr("Pick a date"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar = _Calendar(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.calendar_button)
        self.reading_label = QLabel(self)
        self.reading_label.setWordWrap(True)
        self.reading_label.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(self.row)
        self.under = QHBoxLayout()
        self.under.setContentsMargins(0, 0, 0, 0)
        self.under.addStretch(1)
        column.addLayout(self.under)
        # On a line of its own: a wrapped label beside the zone chooser overlapped the next
        # row where the words are longer (French, Arabic) or the editor narrow.
        column.addWidget(self.reading_label)
        self.setFocusProxy(self.edit)
        self.edit.setObjectName("text")
        self.calendar_button.setObjectName("calendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, self.calendar_button]

    def focus_target(self) -> QWidget:
        return self.edit

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        # Like a combo box: Alt+Down or F4 opens the calendar.
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def set_style(self, style: DisplayStyle) -> None:
        """Show stored values in the local format or as date-time groups."""
        self.display_style = style

    def open_calendar(self) -> None:
        """Pop the calendar up under the field, on the date typed (or today)."""
        current = self.typed_day() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, picked: QDate) -> None:
        self.calendar.close()
        self.take_day(date(picked.year(), picked.month(), picked.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _edited(self) -> None:
        self.show_reading()
        self.changed.emit()

    def _say(self, text: str, *, problem: bool) -> None:
        self._problem = problem and bool(text)
        self.reading_label.setText(text)
        self.reading_label.setStyleSheet(ERROR_STYLE if problem else HINT_STYLE)
        self.reading_label.setVisible(bool(text))

    def problem(self) -> str:
        """What is wrong with the typed text ("" when it reads, or is empty)."""
        return self.reading_label.text() if self._problem else ""

    def reading(self) -> str:
        """How the typed text was read ("" when it does not read, or is empty)."""
        return "" if self.problem() else self.reading_label.text()

    # --- per shape ----------------------------------------------------------------------

    def typed_day(self) -> date | None:
        """The day the text names, if it reads."""
        raise NotImplementedError

    def take_day(self, day: date) -> None:
        """Put the day picked in the calendar into the text."""
        raise NotImplementedError

    def show_reading(self) -> None:
        """Say under the field how the text reads, or what is wrong."""
        raise NotImplementedError


class DateField(_TypedField):
    """A calendar day (a due date): stored YYYY-MM-DD, nothing when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        example = local_date_text(date(2026, 12, 1))
        super().__init__(_tr("e.g. %1, or tomorrow").replace("%1", example), parent)

    def typed_day(self) -> date | None:
        try:
            return datetime_input.parse_date(in_english(self.edit.text()), locale_reading())
        except DateTimeInputError:
            return None

    def take_day(self, day: date) -> None:
        self.edit.setText(local_date_text(day))

    def show_reading(self) -> None:
        if not self.edit.text().strip():
            self._say("", problem=False)
            return
        day = self.typed_day()
        if day is None:
            example = local_date_text(date(2026, 12, 1))
            self._say(
                _tr("Not a date. Type e.g. %1, 2026-12-01 or tomorrow.").replace("%1", example),
                problem=True,
            )
            return
        self._say(
            QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat),
            problem=False,
        )

    def value(self) -> Any:
        text = self.edit.text().strip()
        day = self.typed_day()
        return day.isoformat() if day is not None else (text or None)

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        try:
            self.edit.setText(local_date_text(date.fromisoformat(str(value))) if value else "")
        except ValueError:
            self.edit.setText(str(value))
        self.edit.blockSignals(False)
        self.show_reading()


class DateTimeField(_TypedField):
    """A moment: date and time typed together, the zone chosen beside them; stored as
    ISO-8601 with the offset. With `base` (another DateTimeField), a time alone is on
    base's day, and "Start + 1 h" can be filled in."""

    def __init__(self, base: DateTimeField | None = None, parent: QWidget | None = None) -> None:
        example = local_date_text(date(2026, 12, 1)) + " 10:00"
        hint = (
            _tr("e.g. 10:30, or %1").replace("%1", example)
            if base is not None
            else _tr("e.g. %1, tomorrow 10:00 or 011000ZDEC26").replace("%1", example)
        )
        super().__init__(hint, parent)
        self.base = base
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.setToolTip(_tr("Time zone of the time typed (unless the text names one)"))
        self.zone.setAccessibleName(_tr("Time zone"))
        local = local_zone_name()
        self.zone.addItem(local, local)
        for name in datetime_input.zone_names():
            if name != local:
                self.zone.addItem(name, name)
        completer = self.zone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Sized for a usual zone name, not the longest one the list holds.
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(11)
        self.zone.currentIndexChanged.connect(self._edited)
        zone_caption = QLabel(_tr("Zone:"), self)
        zone_caption.setBuddy(self.zone)
        self.under.insertWidget(0, zone_caption)
        self.under.insertWidget(1, self.zone)
        self.now_button = QToolButton(self)
        self.now_button.setText(_tr("Now"))
        self.now_button.setToolTip(_tr("The present minute"))
        self.now_button.clicked.connect(self.fill_now)
        self.row.addWidget(self.now_button)
        # Type, then say in which zone; the buttons come after.
        QWidget.setTabOrder(self.edit, self.zone)
        QWidget.setTabOrder(self.zone, self.calendar_button)
        QWidget.setTabOrder(self.calendar_button, self.now_button)
        self.zone.setObjectName("zone")
        self.now_button.setObjectName("now")
        self.now_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def tab_widgets(self) -> list[QWidget]:
        return [self.edit, self.zone, self.calendar_button, self.now_button]

    # --- what it holds ------------------------------------------------------------------

    def chosen_zone(self) -> tzinfo:
        """The zone picked beside the text."""
        name = self.zone.currentData() or self.zone.currentText()
        try:
            return datetime_input.zone_named(str(name))
        except DateTimeInputError:
            return datetime_input.zone_named(local_zone_name())

    def moment(self) -> datetime | None:
        """The moment the text names, if it reads."""
        text = self.edit.text()
        if not text.strip():
            return None
        base = self.base.moment() if self.base is not None else None
        try:
            return datetime_input.parse_datetime(
                in_english(text), locale_reading(self.chosen_zone()), base=base
            )
        except DateTimeInputError:
            return None

    def value(self) -> Any:
        moment = self.moment()
        if moment is not None:
            return moment.isoformat()
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        moment = None
        if value:
            try:
                moment = datetime.fromisoformat(str(value))
            except ValueError:
                moment = None
        self.edit.blockSignals(True)
        self.zone.blockSignals(True)
        if moment is not None and moment.tzinfo is not None:
            self._show_zone_of(moment)
            self.edit.setText(self.text_for(moment))
        else:
            self.zone.setCurrentIndex(0)
            self.edit.setText("" if value is None else str(value))
        self.zone.blockSignals(False)
        self.edit.blockSignals(False)
        self.edit.setCursorPosition(0)
        self.show_reading()

    def fill(self, moment: datetime) -> None:
        """Show `moment` as if typed (emits `changed`)."""
        self.zone.blockSignals(True)
        self._show_zone_of(moment)
        self.zone.blockSignals(False)
        self.edit.setText(self.text_for(moment))

    def fill_now(self) -> None:
        """The present minute, in the chosen zone."""
        self.fill(datetime.now(self.chosen_zone()).replace(second=0, microsecond=0))

    def text_for(self, moment: datetime) -> str:
        """How `moment` is written in the field, in the chosen display style."""
        if self.display_style is DisplayStyle.DTG:
            return datetime_input.format_dtg(moment)
        return f"{local_date_text(moment.date())} {moment:%H:%M}"

    def _show_zone_of(self, moment: datetime) -> None:
        # The chosen zone if it has this offset at that moment, else the machine's,
        # else a fixed offset (stored values keep the offset, not the zone's name).
        offset = moment.utcoffset()
        for index in (self.zone.currentIndex(), 0):
            if index >= 0 and moment.astimezone(self.chosen_zone_at(index)).utcoffset() == offset:
                self.zone.setCurrentIndex(index)
                return
        label = datetime_input.format_offset(moment)
        found = self.zone.findData(label)
        if found < 0:
            self.zone.addItem(label, label.removeprefix("UTC") or "UTC")
            found = self.zone.count() - 1
        self.zone.setCurrentIndex(found)

    def chosen_zone_at(self, index: int) -> tzinfo:
        return datetime_input.zone_named(str(self.zone.itemData(index)))

    def take_day(self, day: date) -> None:
        moment = self.moment()
        clock = (
            moment.time() if moment is not None else datetime.now().time().replace(second=0, microsecond=0)
        )
        self.fill(datetime.combine(day, clock, tzinfo=self.chosen_zone()))

    def typed_day(self) -> date | None:
        moment = self.moment()
        return moment.date() if moment is not None else None

    def show_reading(self) -> None:
        if not self.edit.text().strip():
            self._say("", problem=False)
            return
        moment = self.moment()
        if moment is None:
            example = local_date_text(date(2026, 12, 1)) + " 10:00"
            self._say(
                _tr("Not a date and time. Type e.g. %1, tomorrow 10:00 or 011000ZDEC26.").replace(
                    "%1", example
                ),
                problem=True,
            )
            return
        start = self.base.moment() if self.base is not None else None
        if start is not None and moment < start:
            self._say(_tr("This is before the start."), problem=True)
            return
        shown = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
        clock = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
        zone = datetime_input.format_offset(moment)
        if zone == self.zone.currentText():
            self._say(f"{shown} {clock}", problem=False)  # the chooser says the zone already
        else:
            self._say(f"{shown} {clock} ({zone})", problem=False)


def follow_start(start: DateTimeField, end: DateTimeField, length: timedelta = timedelta(hours=1)) -> None:
    """While End is empty or still holds what this filled in, End follows Start + `length`."""
    filled: list[str] = []

    def start_changed() -> None:
        moment = start.moment()
        if moment is None:
            return
        if end.edit.text().strip() and (not filled or end.edit.text() != filled[-1]):
            return
        end.fill(moment + length)
        filled[:] = [end.edit.text()]

    def start_zone_changed() -> None:
        # A meeting's end is usually in its start's zone: choosing one for the start moves both.
        found = end.zone.findData(start.zone.currentData())
        if found >= 0 and found != end.zone.currentIndex():
            end.zone.setCurrentIndex(found)

    start.changed.connect(start_changed)
    start.changed.connect(end.show_reading)  # "before the start", and a time alone, read again
    start.zone.currentIndexChanged.connect(start_zone_changed)
