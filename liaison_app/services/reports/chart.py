"""The weekly summary's small chart, drawn straight onto the PDF page: engagements per day
beside the actions opened, closed and overdue.

fpdf2 draws the bars and writes the words, so they are shaped and ordered like the rest of
the report (matplotlib neither joins Arabic letters nor lays them right to left), nothing is
rasterised, and no temporary image exists (a chart of a week's engagements is as sensitive
as the week). Right to left, the panels and the days run from the right.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from fpdf import FPDF

from liaison_app import translations
from liaison_app.services.reports import grid
from liaison_app.translations import tr as _tr

_BAR = (59, 91, 140)
_ACTIONS = ((59, 91, 140), (92, 158, 110), (181, 71, 58))
_AXIS = (120, 120, 120)
_INK = (20, 20, 20)
HEIGHT = 52.0  # mm, titles and labels included
_TITLE = 5.0
_LABELS = 7.0
_LABEL_WIDTH = 11.0  # mm a day's label needs ("Tue 01", "mar. 01")
_SHORT_PERIOD = 14  # days named ("Tue 01") up to two weeks, dated ("01 Dec") beyond


@dataclass(frozen=True, slots=True)
class Panel:
    """One bar chart: its title, bars (label, count, colour) and where it is drawn."""

    title: str
    bars: Sequence[tuple[str, int, tuple[int, int, int]]]
    x: float
    width: float


def draw_weekly(
    doc: FPDF,
    per_day: Sequence[tuple[date, int]],
    actions: Sequence[tuple[str, int]],
    *,
    font: str,
    width: float,
) -> None:
    """Both panels across `width` (mm) centred at the current height, then move below them."""
    words = translations.current()
    pattern = "ddd dd" if len(per_day) <= _SHORT_PERIOD else "dd MMM"
    days = [(words.day(d, pattern), n, _BAR) for d, n in per_day]
    if doc.will_page_break(HEIGHT + 4):
        doc.add_page()
    left = (doc.w - width) / 2
    gap = 8.0
    first = (width - gap) * 3 / 4.4
    second = width - gap - first
    panels = [
        Panel(_tr("Engagements per day"), days, left, first),
        Panel(
            _tr("Actions"),
            [(name, n, _ACTIONS[i % len(_ACTIONS)]) for i, (name, n) in enumerate(actions)],
            left + first + gap,
            second,
        ),
    ]
    if words.right_to_left:  # the first panel on the right, each running from the right
        panels = [
            Panel(p.title, p.bars[::-1], left + width - (p.x - left) - p.width, p.width) for p in panels
        ]
    top = doc.get_y()
    for panel in panels:
        _panel(doc, panel, top, font, words.number)
    doc.set_text_color(*_INK)
    doc.set_xy(doc.l_margin, top + HEIGHT + 2)


def _panel(doc: FPDF, panel: Panel, top: float, font: str, number: Callable[[int], str]) -> None:
    doc.set_font(font, "B", 9)
    doc.set_text_color(*_INK)
    grid.centred(doc, panel.x, top, panel.width, _TITLE, panel.title)
    base = top + HEIGHT - _LABELS
    room = HEIGHT - _LABELS - _TITLE - 4  # the tallest bar leaves room for its count above
    highest = max((n for _, n, _ in panel.bars), default=0) or 1
    slot = panel.width / max(len(panel.bars), 1)
    bar = slot * 0.7
    doc.set_draw_color(*_AXIS)
    doc.line(panel.x, base, panel.x + panel.width, base)
    # Every label when they fit; else every k-th, so that neighbours never overlap.
    doc.set_font(font, "", 6.5)
    step = max(1, math.ceil(_LABEL_WIDTH / slot))
    for place, (label, n, colour) in enumerate(panel.bars):
        x = panel.x + place * slot + (slot - bar) / 2
        height = room * n / highest
        if n:
            doc.set_fill_color(*colour)
            doc.rect(x, base - height, bar, height, style="F")
        if slot >= 4:
            doc.set_text_color(*_INK)
            grid.centred(doc, x - 2, base - height - 4, bar + 4, 4, number(n))
        if place % step == 0:
            doc.set_text_color(*_AXIS)
            grid.centred(doc, panel.x + (place - step / 2 + 0.5) * slot, base + 1, slot * step, 4, label)
