"""The HQ charts drawn on a matplotlib `Figure`: engagements per week by officer (a heat
map: who went quiet shows as a pale row) and by organization type (stacked bars), overdue
actions by owner (bars), engagement places (a scatter over a plain grid), an officer's
activity by week (bars and lines).

Pure drawing: every word arrives translated from the calling widget, every number from a
service's dataclass; matplotlib is imported by the caller's chart (ui/hq_charts.py), so
nothing here runs at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from liaison_app.services.hq_areas import AreaShape
    from liaison_app.services.hq_locations import Place
    from liaison_app.services.hq_summary import OwnerOverdue, Series
    from liaison_app.services.officer_page import Activity

# One palette for every chart (colour-blind safe, after Paul Tol's "bright" scheme).
PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB", "#000000")
WEEK_LABELS = 7  # at most this many week labels under a wide chart (fewer under a narrow one)
MAX_ROWS = 40  # a heat map shows this many officers (the busiest)
MAX_BARS = 15  # a bar chart shows this many rows (the most)


def _week_ticks(weeks: Sequence[str], labels: int = WEEK_LABELS) -> tuple[list[int], list[str]]:
    at = list(range(0, len(weeks), max(1, math.ceil(len(weeks) / labels))))
    return at, [weeks[i][5:] for i in at]  # 'MM-DD' of the Monday


def empty(fig: Figure, title: str, note: str) -> None:
    """A chart with nothing to show: its title and a note."""
    fig.clear()
    ax = fig.add_subplot()
    _title(fig, title)
    ax.text(0.5, 0.5, note, ha="center", va="center", color="#666666", transform=ax.transAxes, wrap=True)
    ax.set_axis_off()


def officer_heatmap(fig: Figure, title: str, weeks: Sequence[str], series: Sequence[Series]) -> None:
    """Officers (rows, busiest first) by week (columns), coloured by engagements."""
    fig.clear()
    shown = list(series[:MAX_ROWS])
    ax = fig.add_subplot()
    grid = [list(s.counts) for s in shown]
    image = ax.imshow(grid, aspect="auto", cmap="Blues", interpolation="nearest", vmin=0)
    ax.set_yticks(range(len(shown)), [s.key for s in shown], fontsize=7 if len(shown) > 15 else 8)
    at, labels = _week_ticks(weeks)
    ax.set_xticks(at, labels, fontsize=8)
    _title(fig, title)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)


def stacked_weeks(
    fig: Figure, title: str, weeks: Sequence[str], series: Sequence[Series], labels: Sequence[str]
) -> None:
    """The weeks' counts stacked, a colour band per series (organization types), with a
    legend: one polygon per series (a bar per week and type was hundreds of patches to draw)."""
    fig.clear()
    ax = fig.add_subplot()
    colours = [PALETTE[n % len(PALETTE)] for n in range(len(series))]
    ax.stackplot(range(len(weeks)), *(s.counts for s in series), labels=labels, colors=colours, step="mid")
    ax.set_xlim(-0.5, len(weeks) - 0.5)
    at, ticks = _week_ticks(weeks, labels=4)
    ax.set_xticks(at, ticks, fontsize=8)
    _title(fig, title)
    ax.legend(fontsize=7, frameon=False, loc="upper center", ncols=3, bbox_to_anchor=(0.5, -0.1))
    _plain(ax)


def owner_bars(fig: Figure, title: str, owners: Sequence[OwnerOverdue], names: Sequence[str]) -> None:
    """Overdue actions per owner, most first, as horizontal bars with their counts."""
    fig.clear()
    ax = fig.add_subplot()
    counts = [o.count for o in owners]
    rows = range(len(owners))
    ax.barh(rows, counts, color=PALETTE[1])
    ax.set_yticks(rows, names, fontsize=8)
    ax.invert_yaxis()  # the most first, at the top
    for row, count in zip(rows, counts, strict=True):
        ax.text(count, row, f" {count}", va="center", fontsize=7)
    _title(fig, title)
    _plain(ax)


def places_scatter(
    fig: Figure,
    title: str,
    places: Sequence[Place],
    axis_labels: tuple[str, str],
    outlines: Sequence[AreaShape] = (),
) -> None:
    """Engagement places on a plain grid of longitude and latitude (over the areas'
    outlines, when they have one, unnamed: the areas' chart names them), a dot per 1 km
    square sized by its engagements, the busiest named by their grid reference."""
    fig.clear()
    ax = fig.add_subplot()
    for shape in outlines:
        lats_, lons_ = zip(*shape.outline, strict=True) if shape.outline else ((), ())
        ax.fill(lons_, lats_, facecolor="#F2F2F2", edgecolor="#AAAAAA", linewidth=0.8, zorder=0)
    lons = [p.longitude for p in places]
    lats = [p.latitude for p in places]
    most = max((p.count for p in places), default=1)
    sizes = [12 + 300 * math.sqrt(p.count / most) for p in places]
    ax.scatter(lons, lats, s=sizes, color=PALETTE[0], alpha=0.55, edgecolors="white", linewidths=0.5)
    _name_busiest(ax, places)
    middle = sum(lats) / len(lats) if lats else 0.0
    ax.set_aspect(
        1 / max(math.cos(math.radians(middle)), 0.1)
    )  # a degree east is shorter away from the equator
    ax.grid(True, color="#DDDDDD", linewidth=0.6)
    ax.set_xlabel(axis_labels[0], fontsize=8)
    ax.set_ylabel(axis_labels[1], fontsize=8)
    ax.tick_params(labelsize=7)
    _title(fig, title)


def _name_busiest(ax: Axes, places: Sequence[Place], most: int = 4) -> None:
    # The busiest squares by grid reference; one that sits on a square already named is
    # left unnamed (labels on top of each other say nothing).
    spread = max(
        max((p.longitude for p in places), default=0) - min((p.longitude for p in places), default=0),
        max((p.latitude for p in places), default=0) - min((p.latitude for p in places), default=0),
        0.01,
    )
    named: list[Place] = []
    for p in places:
        if len(named) == most:
            break
        if all(math.dist((p.longitude, p.latitude), (q.longitude, q.latitude)) > spread / 12 for q in named):
            ax.annotate(
                p.grid, (p.longitude, p.latitude), fontsize=7, xytext=(5, 5), textcoords="offset points"
            )
            named.append(p)


def quiet_bars(fig: Figure, title: str, names: Sequence[str], days: Sequence[int | None], never: str) -> None:
    """Areas without a recent engagement: days since their latest, "never" as the longest bar."""
    fig.clear()
    ax = fig.add_subplot()
    longest = max((d for d in days if d is not None), default=1)
    lengths = [longest * 1.1 if d is None else d for d in days]
    rows = range(len(names))
    ax.barh(rows, lengths, color=[PALETTE[6] if d is None else PALETTE[3] for d in days], height=0.6)
    ax.set_yticks(rows, names, fontsize=8)
    ax.set_ylim(max(len(names), 4) - 0.5, -0.5)  # the most at the top; a few bars stay bars
    for row, d, length in zip(rows, days, lengths, strict=True):
        ax.text(length, row, f" {never if d is None else d}", va="center", fontsize=7)
    _title(fig, title)
    _plain(ax)


def activity_chart(fig: Figure, title: str, activity: Activity, labels: tuple[str, str, str]) -> None:
    """An officer's weeks: meetings as bars, actions opened and done as lines."""
    fig.clear()
    ax = fig.add_subplot()
    weeks = range(len(activity.weeks))
    ax.bar(weeks, activity.meetings, color=PALETTE[0], label=labels[0], width=0.8)
    ax.plot(weeks, activity.opened, color=PALETTE[1], marker="o", markersize=3, label=labels[1])
    ax.plot(weeks, activity.done, color=PALETTE[2], marker="o", markersize=3, label=labels[2])
    at, ticks = _week_ticks(activity.weeks)
    ax.set_xticks(at, ticks, fontsize=8)
    _title(fig, title)
    ax.legend(fontsize=8, frameon=False, loc="upper center", ncols=3, bbox_to_anchor=(0.5, -0.08))
    _plain(ax)


def _title(fig: Figure, title: str) -> None:
    # On the figure, not the axes: long row labels (owners' names) must not push it off.
    fig.suptitle(title, x=0.01, ha="left", fontsize=10, fontweight="bold")


def _plain(ax: Axes) -> None:
    # Only the axes that carry numbers: a chart to look at, not a frame to read around.
    for name in ("top", "right"):
        ax.spines[name].set_visible(False)
    ax.tick_params(labelsize=8)
