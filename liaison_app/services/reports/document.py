"""The staff document every report is printed on: the marking banner at the top and bottom
of every page, page X of Y, embedded Unicode fonts with Arabic shaped right to left, and
the few building blocks the reports are made of (sections, label/value rows, tables).

It is written in the language `translations.speaking` set: in Arabic the whole page runs
right to left (title block, labels on the right of their values, table columns from the
right, page numbers on the left), its own words laid out right to left and each record's
text in the direction of its first letter (a French name stays left to right inside).

fpdf2 writes the PDF (no browser engine); uharfbuzz shapes the text. Nothing touches the
disk: `finish` returns the bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fpdf import FPDF

from liaison_app import translations
from liaison_app.services.reports import grid
from liaison_app.translations import fill
from liaison_app.translations import tr as _tr

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
_TABLE = grid.Style(line=4.2, head_fill=_HEAD_FILL, zebra=_ZEBRA, rule=_RULE)


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
    redaction: str = ""  # the redaction profile applied, printed in every page's footer


class StaffDocument(FPDF):
    """A4 portrait, marked top and bottom on every page, numbered 'Page X of Y'."""

    def __init__(self, marking: str, heading: Heading) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.words = translations.current()
        self.right_to_left = self.words.right_to_left
        # Where a line of the report's own words starts, and which way they run.
        self.align, self.direction = ("R", "rtl") if self.right_to_left else ("L", "ltr")
        # A marking is a handling level of the profile's list: worded in the report's language
        # when the catalogue knows it, else as the profile spells it.
        self.marking = translations.label("vocab", marking)
        self.heading = heading
        self.section_count = 0
        self.set_margins(18, 22, 18)
        self.set_auto_page_break(True, margin=22)
        for (family, style), name in _FONT_FILES.items():
            self.add_font(family, style, str(font_dir() / name))
        # Names in Arabic script fall back to Naskh; harfbuzz joins the letters and the
        # bidi pass lays them right to left inside a left-to-right line. Shaping is turned on
        # only for such text (grid.py): for Latin text it costs ten times the drawing.
        self.set_fallback_fonts([ARABIC], exact_match=False)
        # Arabic-Indic figures (dates, counts in an Arabic report) are drawn from Naskh
        # without shaping: they join nothing and read left to right (grid.figure_runs).
        self.figures_font = ARABIC
        self.set_text_shaping(False)
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
        about = f"{self.heading.title} · {self.heading.issued}"
        if self.heading.redaction:
            about += " · " + fill(_tr("Redaction: %1"), self.heading.redaction)
        top = self.get_y()
        if self.right_to_left:
            self.set_x(self.l_margin + width)  # the footer's start on the right
            grid.one_line(self, width, 4, about, "R", self.direction)
            # The page numbers are written once the total is known (`_number_pages`).
        else:
            # fpdf2 fills in the total (Latin digits: English and French write no others).
            page = fill(_tr("Page %1 of %2"), str(self.page_no()), "{nb}")
            grid.one_line(self, width, 4, about, "L", self.direction)
            grid.one_line(self, width, 4, page, "R", self.direction)
        self.set_xy(self.l_margin, top + 4)
        self._banner()

    def _number_pages(self) -> None:
        # Right to left, fpdf2's page-total alias leaves a gap in a shaped line (and is Latin
        # digits); the total is known once the last page is done, so each page's "Page X of Y"
        # is written then, on the left of its footer, in the language's digits.
        total, width = self.page, (self.w - self.l_margin - self.r_margin) / 2
        self.in_footer = True  # no page break while writing in the bottom margin
        for number in range(1, total + 1):
            self.page = number
            self.current_font_is_set_on_page = False
            self.set_font(SANS, "", SMALL)
            self.set_text_color(*_GREY)
            self.set_xy(self.l_margin, self.h - 16)
            page = fill(_tr("Page %1 of %2"), self.words.number(number), self.words.number(total))
            grid.one_line(self, width, 4, page, "L", self.direction)
        self.page = total
        self.in_footer = False

    def _banner(self) -> None:
        self.set_font(SANS, "B", 11)
        self.set_text_color(*_MARK)
        grid.one_line(self, self.w - self.l_margin - self.r_margin, 6, self.marking, "C", self.direction)
        self.set_xy(self.l_margin, self.get_y() + 6)
        self.set_text_color(*_INK)

    def _title_block(self) -> None:
        self.set_font(SANS, "B", 16)
        self.write_text(self.heading.title, 8)
        if self.heading.subtitle:
            self.set_font(SANS, "", 11)
            self.set_text_color(*_GREY)
            self.write_text(self.heading.subtitle, 6)
        self.set_font(SANS, "", SMALL + 1)
        self.set_text_color(*_GREY)
        author = self.heading.author or _tr("the officer")
        self.write_text(fill(_tr("Issued %1 by %2"), self.heading.issued, author), 5)
        self.set_text_color(*_INK)
        self.ln(3)

    def write_text(self, text: str, line: float, *, indent: float = 0, own: bool = True) -> None:
        """Wrapped text from the start margin (plus `indent`), onto new pages as needed: the
        report's `own` words run in its direction, a record's text in that of its first letter."""
        width = self.w - self.r_margin - self.l_margin - indent
        x = self.l_margin if self.right_to_left else self.l_margin + indent
        direction = self.direction if own else None
        if not grid.is_plain(self, text):
            top = self.get_y()
            laid = grid.lay_out(self, text, width, line, direction)
            grid.put_text(self, x, top, width, laid, line, align=self.align)
            # Shaped text (fpdf2's cells) moved below itself, onto new pages if need be;
            # figures are drawn in place.
            self.set_xy(self.l_margin, top + laid.height if laid.runs else self.get_y())
            return
        for part in grid.wrap(self, text, width):
            if self.get_y() + line > self.page_break_trigger:
                self.add_page()
            grid.put_text(self, x, self.get_y(), width, part, line, align=self.align)
            self.set_xy(self.l_margin, self.get_y() + line)

    # --- building blocks ----------------------------------------------------------------

    def section(self, title: str) -> None:
        """A numbered section heading ('3. DECISIONS'), kept with the start of what follows."""
        if self.will_page_break(34):
            self.add_page()
        self.section_count += 1
        self.ln(2)
        self.set_font(SANS, "B", 11)
        self.write_text(f"{self.section_count}. {title.upper()}", 7)
        self.set_draw_color(*_RULE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def subheading(self, title: str, *, own: bool = True) -> None:
        """A heading inside a section (a record's name: `own` False)."""
        if self.will_page_break(16):
            self.add_page()
        self.set_font(SANS, "B", BODY)
        self.write_text(title, 6, own=own)

    def paragraph(self, text: str, *, grey: bool = False, own: bool = True) -> None:
        """Running text, wrapped (a record's text: `own` False)."""
        self.set_font(SANS, "", BODY)
        self.set_text_color(*(_GREY if grey else _INK))
        self.write_text(text, 5, own=own)
        self.set_text_color(*_INK)
        self.ln(1)

    def numbered(self, prefix: str, texts: Sequence[str]) -> None:
        """Points numbered within their section: 'D1', 'D2'... (Latin, as the letters are)."""
        self._labelled([(f"{prefix}{n}", text) for n, text in enumerate(texts, start=1)], 12, 5)

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label / value lines ('Place: Gao, 31P DA 123 456'), empty values left out."""
        self._labelled([(label, value) for label, value in rows if value], 38, 5.5)
        self.ln(1)

    def _labelled(self, rows: Sequence[tuple[str, str]], indent: float, line: float) -> None:
        # The label in the margin's column (the right one, right to left), the value beside it.
        x = self.w - self.r_margin - indent if self.right_to_left else self.l_margin
        for label, value in rows:
            if self.will_page_break(line):
                self.add_page()
            self.set_font(SANS, "B", BODY)
            top = self.get_y()
            grid.put_text(self, x, top, indent, label, line, align=self.align, direction=self.direction)
            self.set_y(top)  # a shaped label moved below itself: its value starts beside it
            self.set_font(SANS, "", BODY)
            self.write_text(value, line, indent=indent, own=False)
            self.ln(0.6)

    def rows(self, headings: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
        """A ruled table with a shaded heading row (repeated on each page it spans)."""
        if not rows:
            self.paragraph(_tr("None."), grey=True)
            return
        fonts = ((SANS, "B", SMALL + 1), (SANS, "", SMALL + 1))
        grid.table(self, headings, rows, widths, _TABLE, fonts, right_to_left=self.right_to_left)
        self.ln(2)

    def finish(self) -> bytes:
        """The PDF as bytes."""
        if self.right_to_left:
            self._number_pages()
        return bytes(self.output())
