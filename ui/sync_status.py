"""The sync part of the status bar: last exchange, changes waiting, what has not reached the
peers this device exchanges with ("HQ has everything" on a field device), open conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from liaison_app.changes import Changes
from liaison_app.datetime_input import DisplayStyle
from liaison_app.services import sync_view
from ui.context import AppContext
from ui.date_display import date_display, date_style
from ui.display_words import stamp_text
from ui.elided_label import ElidedLabel
from ui.i18n import tr as _tr
from ui.operations import Refresher


class SyncStatus(ElidedLabel):
    """One line that follows every exchange, resolution, edit and unlock; the tool tip names
    the last exchange with each peer and what each one still lacks (and, when a narrow window
    cuts the line, gives it whole)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: sync_view.SyncSummary | None = None
        self.date_style = DisplayStyle.LOCAL  # the profile's date display, read on each refresh
        self.refresher = Refresher(
            ctx, self, self._changed, concerns=lambda c: c.sync or c.conflicts or c.outgoing
        )
        ctx.sync_changed.connect(self.refresh)  # the sync pages say so after their own work
        date_display(ctx).changed.connect(self.refresh)  # dates shown another way
        ctx.locked.connect(self._clear)

    def _changed(self, changes: Changes, _initiators: tuple[object, ...]) -> None:
        # A plain save only adds to "to send": counted from this device's latest changeset,
        # without re-reading the peers (exchanges and conflicts need the whole summary).
        if changes.sync or changes.conflicts or self.summary is None:
            self.refresh()
        elif not self.ctx.is_locked:
            self._show(sync_view.after_local_writes(self.ctx.store, self.summary))

    def refresh(self) -> None:
        """Read the summary from the sync services."""
        if self.ctx.is_locked:
            return
        self.refresher.forget()  # read now: what was pending is in it
        self._show(sync_view.summary(self.ctx.store))

    def _show(self, summary: sync_view.SyncSummary) -> None:
        self.summary = summary
        self.date_style = date_style(self.ctx)
        self.setText(self.line(summary))
        self.set_details(self.tooltip(summary))

    def line(self, summary: sync_view.SyncSummary) -> str:
        """The status-bar line: last exchange, waiting, what peers lack, conflicts."""
        if summary.last_exchange:
            who, when = summary.last_exchange[0]
            latest = _tr("Sync: last exchange {when} with {who}").format(
                when=stamp_text(when, self.date_style), who=who
            )
        else:
            latest = _tr("Sync: no exchanges yet")
        parts = [latest, _tr("%Ln waiting", "", summary.waiting)]
        sending = self.sending(summary)
        if sending:
            parts.append(sending)
        parts.append(_tr("%Ln conflict(s)", "", summary.open_conflicts))
        return " · ".join(parts)

    def sending(self, summary: sync_view.SyncSummary) -> str:
        """What matters about changes not sent: whether HQ has them (a field device), which
        officers lack some (HQ), or what the directly trusted peers lack ("" with none)."""
        if summary.hq_lacking is not None:
            if summary.hq_lacking == 0:
                return _tr("HQ has everything")
            return _tr("%Ln change(s) not yet at HQ", "", summary.hq_lacking)
        if not summary.outgoing:
            return ""
        if summary.hq:
            if summary.behind == 0:
                return _tr("every officer has everything")
            return _tr("%Ln officer(s) not up to date", "", summary.behind)
        return _tr("%Ln to send", "", summary.to_send)

    def tooltip(self, summary: sync_view.SyncSummary) -> str:
        """The last exchange with each peer, what each still lacks, and why changes wait."""
        if summary.last_exchange:
            details = "\n".join(
                _tr("{who}: {when}").format(who=who, when=stamp_text(when, self.date_style))
                for who, when in summary.last_exchange
            )
        else:
            details = _tr("No bundle exchanged with any device yet.")
        text = _tr("Last exchange with each device:") + "\n" + details
        lacking = [(peer, n) for peer, n in summary.outgoing if n]
        if lacking:
            # Known only once the peer's own bundle says what it holds: a round trip.
            text += "\n\n" + _tr("Not yet confirmed by the device:") + "\n"
            text += "\n".join(_tr("{peer}: %Ln change(s)", "", n).format(peer=peer) for peer, n in lacking)
        if summary.waiting:
            text += "\n\n" + _tr(
                "%Ln received change(s) waiting for others they depend on.", "", summary.waiting
            )
        return text

    def _clear(self) -> None:
        self.summary = None
        self.setText(_tr("Sync: locked"))
        self.set_details("")
