"""The meeting editor: when and where, who attended, the points raised (multi-line, typed,
in the order of the minutes), buttons that start an action item from this meeting, read
it as minutes, preview it as a report (PDF), or take the editor into its own window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from liaison_app import validation
from liaison_app.datetime_input import DisplayStyle
from liaison_app.errors import LiaisonError, ValidationError
from liaison_app.kinds import Kind
from liaison_app.services import forms
from liaison_app.services import minutes as minutes_service
from ui.display_words import sensitivity_text
from ui.editors.area import area_field
from ui.editors.base import RecordEditor, count_text
from ui.editors.datetime_fields import DateTimeField, display_style, follow_start
from ui.editors.fields import ChoiceField, LineField, NotesField, OptionalTextField
from ui.editors.points_field import PointsField
from ui.editors.ref_fields import RefListField
from ui.i18n import tr as _tr
from ui.icons import icon
from ui.minutes_view import MinutesView
from ui.report_preview import ReportPreview


class MeetingEditor(RecordEditor):
    """Title, type, time, place, attendees, organizations, points, assessment, status."""

    kind = Kind.MEETING
    detach_requested = Signal()  # the list page moves the editor into its own window

    def build(self) -> None:
        self.add_field("title", _tr("Title"), LineField(_tr("e.g. Water point security")))
        self.add_field("meeting_type", _tr("Type"), ChoiceField(self.choices("meeting_type")))
        self._style: DisplayStyle | None = None
        self.ctx.preferences_changed.connect(self._forget_style)
        self.start = DateTimeField()
        self.end = DateTimeField(base=self.start)
        self.add_field("start", _tr("Start"), self.start)
        self.add_field("end", _tr("End"), self.end)
        follow_start(self.start, self.end)
        for name in ("start", "end"):
            self._clear_error_when_read(name)
        self.add_field("location", _tr("Location"), LineField(_tr("Place name")))
        self.add_field("area_id", _tr("Area"), area_field(self.lookup))
        self.grid = LineField(_tr("e.g. 38SMB4400012000"))
        self.latitude = OptionalTextField(_tr("decimal degrees"))
        self.longitude = OptionalTextField(_tr("decimal degrees"))
        self.add_field("grid", _tr("MGRS grid"), self.grid)
        self.add_field("latitude", _tr("Latitude"), self.latitude)
        self.add_field("longitude", _tr("Longitude"), self.longitude)
        self.grid.edit.editingFinished.connect(self._position_from_grid)
        self.latitude.edit.editingFinished.connect(self._grid_from_position)
        self.longitude.edit.editingFinished.connect(self._grid_from_position)
        self.attendees = RefListField(
            Kind.CONTACT, self.lookup, placeholder=_tr("Type a name to add an attendee")
        )
        self.add_field("attendee_ids", _tr("Attendees"), self.attendees)
        self.add_field(
            "organization_ids",
            _tr("Organizations"),
            RefListField(Kind.ORG, self.lookup, placeholder=_tr("Type to add an organization")),
        )
        self.add_field("purpose", _tr("Purpose"), NotesField(3))
        self.add_field(
            "points",
            _tr("Points"),
            PointsField(self.choices("points"), add_label=_tr("Add point")),
        )
        self.add_field("assessment", _tr("Assessment"), NotesField(3))
        self.add_field("status", _tr("Status"), ChoiceField(self.choices("status")))
        self.sensitivity = ChoiceField({})
        self.add_field("sensitivity", _tr("Sensitivity"), self.sensitivity)
        self.add_scope_field(_tr("Sharing"))
        self.new_action_button = self.add_button(_tr("New action"), "action", self.new_action)
        self.new_action_button.setToolTip(_tr("New action item from this meeting"))
        self.new_action_button.setObjectName("new-action")
        self.minutes_window: MinutesView | None = None
        self.saved.connect(self._refresh_minutes)
        self.ctx.locked.connect(self._forget_minutes)
        self._build_reading_bar()

    def _build_reading_bar(self) -> None:
        # Reading and widening sit above the form, away from Save / Revert / Delete.
        self.minutes_button = QPushButton(icon("open"), _tr("&Minutes"), self)
        self.minutes_button.setToolTip(_tr("Read the saved meeting as minutes"))
        self.minutes_button.clicked.connect(self.show_minutes)
        self.detach_button = QPushButton(icon("open"), _tr("Own &window"), self)
        self.detach_button.setToolTip(_tr("Edit this meeting in a window of its own"))
        self.detach_button.clicked.connect(self.detach_requested.emit)
        self.minutes_button.setObjectName("minutes")
        self.detach_button.setObjectName("own-window")
        self.report_button = QPushButton(icon("open"), _tr("&Report…"), self)
        self.report_button.setToolTip(_tr("Preview the saved meeting as a staff report (PDF), then save it"))
        self.report_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.report_button.clicked.connect(self.show_report)
        self.report_button.setObjectName("report")
        self.report_preview: ReportPreview | None = None
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.minutes_button, self.report_button, self.detach_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            bar.addWidget(button)
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertLayout(1, bar)

    def header_widgets(self) -> list[QWidget]:
        # The reading bar sits above the form: Tab meets it first.
        return [self.minutes_button, self.report_button, self.detach_button, *super().header_widgets()]

    def prepare(self) -> None:
        levels = forms.sensitivity_levels(self.ctx.store)
        self.sensitivity.set_options({level: sensitivity_text(level) for level in levels})
        if self._style is None:  # read once, and again after the settings change
            self._style = display_style(self.ctx)
        self.start.set_style(self._style)
        self.end.set_style(self._style)

    def _forget_style(self) -> None:
        self._style = None

    def _clear_error_when_read(self, name: str) -> None:
        # A refusal shown under a date goes as soon as what is typed reads.
        field = self.fields[name]
        assert isinstance(field, DateTimeField)
        field.changed.connect(lambda: self._errors[name].hide() if field.moment() is not None else None)

    def _position_from_grid(self) -> None:
        """A valid grid fills in latitude and longitude (its south-west corner)."""
        try:
            lat, lon = validation.grid_position(self.grid.edit.text())
        except ValidationError:
            return  # nothing typed, or not a grid: the save says so
        self._errors["grid"].hide()
        for field, number in ((self.latitude, lat), (self.longitude, lon)):
            if field.edit.text() != f"{number:.6f}":
                field.edit.setText(f"{number:.6f}")

    def _grid_from_position(self) -> None:
        """Both coordinates typed and valid fill in the grid."""
        try:
            lat = validation.latitude("latitude", self.latitude.edit.text().strip())
            lon = validation.longitude("longitude", self.longitude.edit.text().strip())
            if lat is None or lon is None:
                return
            grid = validation.position_grid(lat, lon)
        except ValidationError:
            return
        try:
            # A grid that already names this position (lat/lon came from it) keeps its precision.
            same = validation.grid_position(self.grid.edit.text()) == (round(lat, 6), round(lon, 6))
        except ValidationError:
            same = False
        if not same:
            self.grid.edit.setText(grid)
            self._errors["grid"].hide()

    def _sync_buttons(self) -> None:
        super()._sync_buttons()
        if hasattr(self, "new_action_button"):
            self.new_action_button.setEnabled(self.record_id is not None)
        if hasattr(self, "minutes_button"):
            self.minutes_button.setEnabled(self.record_id is not None)
        if hasattr(self, "report_button"):
            self.report_button.setEnabled(self.record_id is not None)

    def new_action(self) -> None:
        """Ask for a new action item linked to this (saved) meeting."""
        if self.record_id is not None:
            self.new_related.emit("action", {"meeting_id": self.record_id})

    def show_detached(self, detached: bool) -> None:
        """Word the window button for where the editor is now."""
        if detached:
            self.detach_button.setText(_tr("Back to the &list"))
            self.detach_button.setToolTip(_tr("Put this editor back beside the list"))
        else:
            self.detach_button.setText(_tr("Own &window"))
            self.detach_button.setToolTip(_tr("Edit this meeting in a window of its own"))

    def show_minutes(self) -> None:
        """Open the saved meeting, read-only, as minutes in a window of its own."""
        if self.record_id is None:
            return
        try:
            found = minutes_service.minutes(self.ctx.store, self.record_id)
        except LiaisonError as exc:  # deleted meanwhile (a sync, another process)
            self.show_error(exc)
            return
        if self.minutes_window is None:
            self.minutes_window = MinutesView(found, self)
        else:
            self.minutes_window.set_minutes(found)
        self.minutes_window.show()
        self.minutes_window.raise_()
        self.minutes_window.activateWindow()

    def show_report(self) -> None:
        """Preview the saved meeting as a meeting / liaison report, to save as PDF."""
        if self.record_id is None:
            return
        from liaison_app.services.reports import build  # the PDF library, loaded when first asked

        store, meeting_id = self.ctx.store, self.record_id
        self.report_preview = ReportPreview(
            self.ctx,
            _tr("Meeting report"),
            f"meeting-report-{meeting_id[:8]}.pdf",
            lambda profile: build.meeting_pdf(store, meeting_id, profile=profile),
            self,
        )
        self.report_preview.show()

    def _forget_minutes(self) -> None:
        # Locked: the minutes window must not keep a meeting on screen (or in memory).
        if self.minutes_window is not None:
            self.minutes_window.close()
            self.minutes_window.deleteLater()
            self.minutes_window = None

    def _refresh_minutes(self, _kind: str, record_id: str) -> None:
        # Open minutes of the meeting just saved show what was saved, not what was.
        view = self.minutes_window
        if view is not None and view.isVisible() and view.minutes.meeting_id == record_id:
            view.set_minutes(minutes_service.minutes(self.ctx.store, record_id))

    def new_heading(self) -> str:
        return _tr("New meeting")

    def this_record(self) -> str:
        return _tr("this meeting")

    def delete_title(self) -> str:
        return _tr("Delete meeting")

    def count_text(self, count: int) -> str:
        return count_text(_tr("%Ln meeting(s)", "", count), count, "meeting", "meetings")
