"""Ruled tables and wrapped text drawn fast: fpdf2's own table and multi_cell shape and
line-break every cell through HarfBuzz (about 10 ms a cell on our laptops: a handover pack
of 3,000 contacts took minutes), which only text in scripts such as Arabic needs.

Text the Latin font holds entirely is wrapped here from the font's own advance widths and
placed with `text()`; anything else (an Arabic name) goes through `multi_cell` with shaping,
which joins and orders it right to left.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import TTFFont

PAD = 1.2
# Where fpdf2's cell() puts the baseline in a line box: half the box plus 0.3 of the font.
_BASELINE = 0.3


@dataclass(frozen=True, slots=True)
class Style:
    """How a table looks: line height, heading fill, zebra fill, rule colour."""

    line: float
    head_fill: tuple[int, int, int]
    zebra: tuple[int, int, int]
    rule: tuple[int, int, int]


@contextmanager
def shaping(doc: FPDF, direction: str | None = None) -> Iterator[None]:
    """HarfBuzz shaping on for the block, in `direction` ("rtl", "ltr"; None: the direction
    of the text's first strong letter)."""
    doc.set_text_shaping(True, direction=direction)
    try:
        yield
    finally:
        doc.set_text_shaping(False)
        # Shaped text may have set the fallback (Naskh) font in the page's content stream while
        # fpdf2 still counts the current font as set: a later text() would then draw Latin in
        # Naskh, wider than measured. Make the next text select its font again.
        doc.current_font_is_set_on_page = False


def is_plain(doc: FPDF, text: str) -> bool:
    """Every character is in the current font, so no shaping or fallback is needed."""
    font = doc.current_font
    return isinstance(font, TTFFont) and all(ord(c) in font.cmap or c == "\n" for c in text)


def wrap(doc: FPDF, text: str, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` (mm) in the current font, at spaces
    (a word longer than the line is cut); explicit line breaks kept."""
    font = doc.current_font
    assert isinstance(font, TTFFont)
    scale = doc.font_size_pt * 0.001 / doc.k  # advance units to mm
    widths = font.cw

    def measure(part: str) -> float:
        return sum(widths[ord(c)] for c in part) * scale

    lines: list[str] = []
    space = measure(" ")
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            size = measure(word)
            while size > width and word:
                cut = _fits(word, width, measure)
                if line:
                    lines.append(line)
                lines.append(word[:cut])
                line, used, word = "", 0.0, word[cut:]
                size = measure(word)
            if not line:
                line, used = word, size
            elif used + space + size <= width:
                line, used = f"{line} {word}", used + space + size
            else:
                lines.append(line)
                line, used = word, size
        lines.append(line)
    return lines


def _fits(word: str, width: float, measure: Callable[[str], float]) -> int:
    cut = 1
    while cut < len(word) and measure(word[: cut + 1]) <= width:
        cut += 1
    return cut


@dataclass(frozen=True, slots=True)
class Laid:
    """Text laid out in a width: its lines when plain (None: shaped by fpdf2) and height."""

    text: str
    lines: list[str] | None
    height: float
    direction: str | None = None  # for shaped text: "rtl", "ltr", None to follow its first letter
    runs: tuple[tuple[str, str], ...] = ()  # figures: one line as (font family, text) runs


def lay_out(doc: FPDF, text: str, width: float, line: float, direction: str | None = None) -> Laid:
    """How `text` wraps in `width` and the height it takes, in the current font; shaped text
    is laid out in `direction` ("rtl", "ltr"; None: the direction of its first strong letter)."""
    if is_plain(doc, text):
        lines = wrap(doc, text, width)
        return Laid(text, lines, len(lines) * line)
    runs = figure_runs(doc, text)
    if runs and sum(_run_width(doc, run) for run in runs) <= width:
        return Laid(text, [text], line, runs=runs)
    # Shaped text is laid out by fpdf2 (the slow part): the same cell text in the same font
    # and width (a status, a heading repeated on every page) is laid out once per document.
    key = (text, width, line, direction, doc.font_family, doc.font_style, doc.font_size_pt)
    known = _LAID_OUT.setdefault(doc, {})
    if key not in known:
        with shaping(doc, direction):
            height = doc.multi_cell(width, line, text, dry_run=True, output=MethodReturnValue.HEIGHT)
        assert isinstance(height, float | int)
        known[key] = Laid(text, None, float(height), direction)
    return known[key]


# Shaped layouts per document, gone with it.
_LAID_OUT: WeakKeyDictionary[FPDF, dict[tuple[object, ...], Laid]] = WeakKeyDictionary()

# Characters of no strong direction that join nothing: a text made of them and of the
# current font's own needs neither shaping nor reordering, only a font that has its figures.
_UNSHAPED_CLASSES = frozenset({"AN", "EN", "CS", "ES", "ET", "WS", "ON", "L"})


def figure_runs(doc: FPDF, text: str) -> tuple[tuple[str, str], ...]:
    """`text` (Arabic-Indic figures among Latin ones: "٠٥/١٢/٢٠٢٦", "١٬٢٠٠") as runs of the
    current font and of the document's `figures_font`, when no character needs shaping;
    () otherwise."""
    family = getattr(doc, "figures_font", "")
    figures = doc.fonts.get(family + doc.font_style) if family else None
    font = doc.current_font
    if not isinstance(figures, TTFFont) or not isinstance(font, TTFFont) or "\n" in text:
        return ()
    runs: list[tuple[str, str]] = []
    for c in text:
        if ord(c) in font.cmap:
            chosen = doc.font_family
        elif ord(c) in figures.cmap and unicodedata.bidirectional(c) in _UNSHAPED_CLASSES:
            chosen = family
        else:
            return ()
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + c)
        else:
            runs.append((chosen, c))
    return tuple(runs)


def _run_width(doc: FPDF, run: tuple[str, str]) -> float:
    font = doc.fonts[run[0] + doc.font_style]
    assert isinstance(font, TTFFont)
    return sum(font.cw[ord(c)] for c in run[1]) * doc.font_size_pt * 0.001 / doc.k


def _put_runs(doc: FPDF, x: float, y: float, width: float, laid: Laid, align: str) -> None:
    family, style, size = doc.font_family, doc.font_style, doc.font_size_pt
    left = x + width - sum(_run_width(doc, run) for run in laid.runs) if align == "R" else x
    for font, part in laid.runs:
        advance = _run_width(doc, (font, part))
        doc.set_font(font, style, size)
        doc.text(left, y + doc.font_size * _BASELINE + (laid.height / 2), part)
        left += advance
    doc.set_font(family, style, size)


def width_of(doc: FPDF, text: str) -> float:
    """The width (mm) of plain `text` in the current font, from its advance widths."""
    font = doc.current_font
    assert isinstance(font, TTFFont)
    return sum(font.cw[ord(c)] for c in text) * doc.font_size_pt * 0.001 / doc.k


def put_text(
    doc: FPDF,
    x: float,
    y: float,
    width: float,
    text: str | Laid,
    line: float,
    *,
    align: str = "L",
    direction: str | None = None,
) -> None:
    """Draw `text` (or text laid out already) wrapped in `width`, its first line box at (x, y),
    each line against the left edge (`align` "L") or the right one ("R", right to left)."""
    laid = text if isinstance(text, Laid) else lay_out(doc, text, width, line, direction)
    if laid.runs:
        _put_runs(doc, x, y, width, laid, align)
        return
    if laid.lines is not None:
        for n, part in enumerate(laid.lines):
            if part:
                left = x + width - width_of(doc, part) if align == "R" else x
                doc.text(left, y + n * line + line / 2 + _BASELINE * doc.font_size, part)
        return
    with shaping(doc, laid.direction):
        doc.set_xy(x, y)
        if laid.height <= line and "\n" not in laid.text:  # one line: no line breaking to redo
            doc.cell(width, line, laid.text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            doc.multi_cell(width, line, laid.text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def table(
    doc: FPDF,
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[float],
    style: Style,
    fonts: tuple[tuple[str, str, float], tuple[str, str, float]],
    *,
    right_to_left: bool = False,
) -> None:
    """A ruled table across the text width, columns as `weights`, the heading row shaded
    and repeated on every page the table runs onto, rows shaded every other one; right to
    left, the first column is the rightmost and every cell is set against its right edge."""
    usable = doc.w - doc.l_margin - doc.r_margin
    widths = [usable * w / sum(weights) for w in weights]
    align, heading_direction = ("R", "rtl") if right_to_left else ("L", "ltr")
    if right_to_left:  # drawn from the left margin: the columns in mirror order
        headings = headings[::-1]
        rows = [row[::-1] for row in rows]
        widths.reverse()
    head_font, body_font = fonts
    doc.set_draw_color(*style.rule)

    def draw_row(
        cells: Sequence[str], fill: tuple[int, int, int] | None, font: tuple[str, str, float]
    ) -> None:
        doc.set_font(*font)
        # The headings are the report's words, in its direction; a cell's data reads its own way.
        direction = heading_direction if font is head_font else None
        laid = [
            lay_out(doc, c, w - 2 * PAD, style.line, direction) for c, w in zip(cells, widths, strict=True)
        ]
        height = max(cell.height for cell in laid) + 2 * PAD
        if doc.get_y() + height > doc.page_break_trigger:
            doc.add_page()
            if font is body_font:
                draw_row(headings, style.head_fill, head_font)
                doc.set_font(*font)
        top, x = doc.get_y(), doc.l_margin
        for cell, width in zip(laid, widths, strict=True):
            if fill is not None:
                doc.set_fill_color(*fill)
            doc.rect(x, top, width, height, style="DF" if fill is not None else "D")
            put_text(doc, x + PAD, top + PAD, width - 2 * PAD, cell, style.line, align=align)
            x += width
        doc.set_xy(doc.l_margin, top + height)

    draw_row(headings, style.head_fill, head_font)
    for n, row in enumerate(rows):
        draw_row(row, style.zebra if n % 2 else None, body_font)


def one_line(
    doc: FPDF, width: float, height: float, text: str, align: str, direction: str | None = None
) -> None:
    """`text` in a one-line cell from the current position (fpdf2 fills in the page total
    there), shaped only when the font needs it."""
    if is_plain(doc, text):
        doc.cell(width, height, text, align=align, new_x=XPos.RIGHT)
        return
    with shaping(doc, direction):
        doc.cell(width, height, text, align=align, new_x=XPos.RIGHT)


def centred(doc: FPDF, x: float, y: float, width: float, height: float, text: str) -> None:
    """One line of `text` centred in the box at (x, y)."""
    doc.set_xy(x, y)
    one_line(doc, width, height, text, "C")
