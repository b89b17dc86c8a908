"""What the HQ dashboard's charts draw from a summary, and the note over each: pure
functions of the figures, run in the worker (words through Qt's translation, which is
thread-safe; no widget is touched), in the order of `HqDashboard.charts()`: officers by
week, organization types by week, overdue by owner, quiet areas, places."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from liaison_app import vocab
from liaison_app.services.hq_summary import OwnerOverdue, Summary
from ui import hq_plots
from ui.hq_charts import Draw
from ui.i18n import tr as _tr


def owner_name(owner: OwnerOverdue) -> str:
    """An owner as a bar's label: the contact's or officer's name, or "No owner"."""
    if owner.owner == "none":
        return _tr("No owner")
    return owner.name or _tr("(a contact not held here)")


def draws(found: Summary, titles: Sequence[str]) -> list[Draw]:
    """One drawing per chart, titled `titles` (in the dashboard's order)."""
    by_officer, by_type, overdue, quiet, places = titles
    weeks = found.period.weeks
    nothing = _tr("No engagement in this period.")

    def empty(title: str, note: str) -> Draw:
        return lambda fig: hq_plots.empty(fig, title, note)

    types = [
        QCoreApplication.translate("vocab", vocab.ORG_TYPES.get(s.key, s.key)) for s in found.by_org_type
    ]
    owners = [owner_name(o) for o in found.overdue]
    shown = found.quiet_areas[: hq_plots.MAX_BARS]
    never = _tr("never")
    if found.areas:
        no_quiet = _tr("Every area had one.")
    else:
        no_quiet = _tr("No areas yet (Areas, or liaison area add).")
    axes = (_tr("Longitude"), _tr("Latitude"))
    return [
        (lambda fig: hq_plots.officer_heatmap(fig, by_officer, weeks, found.by_officer))
        if found.by_officer
        else empty(by_officer, nothing),
        (lambda fig: hq_plots.stacked_weeks(fig, by_type, weeks, found.by_org_type, types))
        if found.by_org_type
        else empty(by_type, nothing),
        (lambda fig: hq_plots.owner_bars(fig, overdue, found.overdue, owners))
        if found.overdue
        else empty(overdue, _tr("Nothing overdue.")),
        (
            lambda fig: hq_plots.quiet_bars(
                fig, quiet, [q.area.title for q in shown], [q.days for q in shown], never
            )
        )
        if shown
        else empty(quiet, no_quiet),
        (lambda fig: hq_plots.places_scatter(fig, places, found.places.places, axes, found.outlines))
        if found.places.places
        else empty(places, _tr("No engagement has a grid reference.")),
    ]


def notes(found: Summary) -> list[str]:
    """The line over each chart (in the dashboard's order)."""
    return [
        _tr("Pale rows: officers who went quiet.") if found.by_officer else "",
        _tr("Types the meetings name, else their attendees'."),
        _tr("Open actions due in the period, not done."),
        _tr("No meeting in the area (or inside it) for %Ln day(s).", "", found.quiet_days),
        _tr("1 km MGRS squares; %Ln engagement(s) without a position.", "", found.places.unplaced),
    ]
