"""The staff document every report is printed on: the marking banner at the top and bottom
of every page, page X of Y, embedded Unicode fonts with Arabic shaped right to left, and
the few building blocks the reports are made of (sections, label/value rows, tables).

fpdf2 writes the PDF (no browser engine); uharfbuzz shapes the text. Nothing touches the
disk: `finish` returns the bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from io import BytesIO
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableCellFillMode, XPos, YPos
from fpdf.fonts import FontFace

SANS = "sans"
ARABIC = "naskh"
# The fonts ship in the data package `resources` (looked up as data, not imported as code).
_FONT_FILES = {
    (SANS, ""): "NotoSans-Regular.ttf",
    (SANS, "B"): "NotoSans-Bold.ttf",
    (ARABIC, ""): "NotoNaskhArabic-Regular.ttf",
    (ARABIC, "B"): "NotoNaskhArabic-Bold.ttf",
}
_INK = (20, 20, 20)
_GREY = (95, 95, 95)
_MARK = (150, 0, 0)
_RULE = (120, 120, 120)
_HEAD_FILL = (228, 231, 236)
_ZEBRA = (246, 247, 249)
BODY = 10
SMALL = 8


def font_dir() -> Path:
    """Where the embedded fonts and their licence are."""
    return Path(str(resources.files("resources") / "fonts"))


@dataclass(frozen=True, slots=True)
class Heading:
    """What the first page says the document is: title, a line under it, and who issued it."""

    title: str
    subtitle: str
    issued: str  # the date-time group of issue
    author: str


class StaffDocument(FPDF):
    """A4 portrait, marked top and bottom on every page, numbered 'Page X of Y'."""

    def __init__(self, marking: str, heading: Heading) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.marking = marking
        self.heading = heading
        self.section_count = 0
        self.set_margins(18, 22, 18)
        self.set_auto_page_break(True, margin=22)
        for (family, style), name in _FONT_FILES.items():
            self.add_font(family, style, str(font_dir() / name))
        # Names in Arabic script fall back to Naskh; harfbuzz joins the letters and the
        # bidi pass lays them right to left inside a left-to-right line.
        self.set_fallback_fonts([ARABIC], exact_match=False)
        self.set_text_shaping(True)
        self.set_title(heading.title)
        self.set_author(heading.author)
        self.set_creator("Liaison")
        self.add_page()
        self._title_block()

    def header(self) -> None:
        self.set_y(8)
        self._banner()
        self.set_draw_color(*_RULE)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(22)

    def footer(self) -> None:
        self.set_draw_color(*_RULE)
        self.line(self.l_margin, self.h - 17, self.w - self.r_margin, self.h - 17)
        self.set_y(-16)
        self.set_font(SANS, "", SMALL)
        self.set_text_color(*_GREY)
        width = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(width, 4, f"{self.heading.title} · {self.heading.issued}", new_x=XPos.RIGHT)
        self.cell(
            width, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self._banner()

    def _banner(self) -> None:
        self.set_font(SANS, "B", 11)
        self.set_text_color(*_MARK)
        self.cell(0, 6, self.marking, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*_INK)

    def _title_block(self) -> None:
        self.set_font(SANS, "B", 16)
        self.multi_cell(0, 8, self.heading.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.heading.subtitle:
            self.set_font(SANS, "", 11)
            self.set_text_color(*_GREY)
            self.multi_cell(0, 6, self.heading.subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(SANS, "", SMALL + 1)
        self.set_text_color(*_GREY)
        issued = f"Issued {self.heading.issued} by {self.heading.author or 'the officer'}"
        self.multi_cell(0, 5, issued, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*_INK)
        self.ln(3)

    # --- building blocks ----------------------------------------------------------------

    def section(self, title: str) -> None:
        """A numbered section heading ('3. DECISIONS'), kept with the start of what follows."""
        if self.will_page_break(34):
            self.add_page()
        self.section_count += 1
        self.ln(2)
        self.set_font(SANS, "B", 11)
        self.cell(0, 7, f"{self.section_count}. {title.upper()}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*_RULE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def subheading(self, title: str) -> None:
        """A heading inside a section."""
        if self.will_page_break(16):
            self.add_page()
        self.set_font(SANS, "B", BODY)
        self.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def paragraph(self, text: str, *, grey: bool = False) -> None:
        """Running text, wrapped."""
        self.set_font(SANS, "", BODY)
        self.set_text_color(*(_GREY if grey else _INK))
        self.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*_INK)
        self.ln(1)

    def numbered(self, prefix: str, texts: Sequence[str]) -> None:
        """Points numbered within their section: 'D1', 'D2'..."""
        self.set_font(SANS, "", BODY)
        for n, text in enumerate(texts, start=1):
            self.set_font(SANS, "B", BODY)
            self.cell(12, 5, f"{prefix}{n}", new_x=XPos.RIGHT)
            self.set_font(SANS, "", BODY)
            self.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label / value lines ('Place: Gao, 31P DA 123 456'), empty values left out."""
        for label, value in rows:
            if not value:
                continue
            self.set_font(SANS, "B", BODY)
            self.cell(38, 5.5, label, new_x=XPos.RIGHT)
            self.set_font(SANS, "", BODY)
            self.multi_cell(0, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def rows(self, headings: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
        """A ruled table with a shaded heading row (repeated on each page it spans)."""
        if not rows:
            self.paragraph("None.", grey=True)
            return
        self.set_font(SANS, "", SMALL + 1)
        self.set_draw_color(*_RULE)
        with self.table(
            col_widths=tuple(widths),
            headings_style=FontFace(emphasis="BOLD", fill_color=_HEAD_FILL),
            cell_fill_color=_ZEBRA,
            cell_fill_mode=TableCellFillMode.ROWS,
            line_height=4.6,
            padding=1.2,
            first_row_as_headings=True,
            repeat_headings=1,
            text_align="LEFT",
            v_align="TOP",
        ) as grid:
            grid.row(list(headings))
            for row in rows:
                grid.row(list(row))
        self.ln(2)

    def picture(self, png: bytes, width: float) -> None:
        """A PNG held in memory, centred."""
        if self.will_page_break(width * 0.45):
            self.add_page()
        self.image(BytesIO(png), x=(self.w - width) / 2, w=width)
        self.ln(2)

    def finish(self) -> bytes:
        """The PDF as bytes."""
        return bytes(self.output())
