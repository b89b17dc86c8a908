"""The weekly summary's small chart, drawn by matplotlib into memory as PNG bytes (never a
temporary file: a chart of a week's engagements is as sensitive as the week)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO

_BAR = "#3b5b8c"
_ACTIONS = ("#3b5b8c", "#5c9e6e", "#b5473a")


def weekly_png(per_day: Sequence[tuple[date, int]], actions: Sequence[tuple[str, int]]) -> bytes:
    """Engagements per day beside the actions opened, closed and overdue, as a PNG."""
    # Imported here: matplotlib takes a few hundred milliseconds, paid only by a chart.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.2, 2.4), dpi=120)
    FigureCanvasAgg(figure)
    days, engagements = figure.subplots(1, 2, gridspec_kw={"width_ratios": (3, 1.4)})
    labels = [d.strftime("%a %d") if len(per_day) <= 14 else d.strftime("%d %b") for d, _ in per_day]
    days.bar(range(len(per_day)), [n for _, n in per_day], color=_BAR)
    days.set_xticks(range(len(per_day)), labels, fontsize=7, rotation=0 if len(per_day) <= 8 else 60)
    days.set_title("Engagements per day", fontsize=9)
    engagements.bar([name for name, _ in actions], [n for _, n in actions], color=_ACTIONS[: len(actions)])
    engagements.set_title("Actions", fontsize=9)
    for axes in (days, engagements):
        axes.tick_params(labelsize=7)
        axes.spines[["top", "right"]].set_visible(False)
        axes.yaxis.get_major_locator().set_params(integer=True)
    # Fixed margins: tight_layout measures every label first and took as long as the drawing.
    bottom = 0.14 if len(per_day) <= 8 else 0.3  # room for the slanted labels of a long period
    figure.subplots_adjust(left=0.06, right=0.99, bottom=bottom, top=0.88, wspace=0.18)
    out = BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
