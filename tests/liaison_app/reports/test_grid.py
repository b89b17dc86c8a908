"""The fast table and text layout: Latin text wrapped from the font's widths, other scripts
left to fpdf2's shaping, and a long table carrying its heading row onto each page."""

from __future__ import annotations

from liaison_app.services.reports import grid
from liaison_app.services.reports.document import BODY, SANS, Heading, StaffDocument
from tests.liaison_app.reports.pdf_text import assert_marked, lines


def _doc() -> StaffDocument:
    doc = StaffDocument("UNCLASSIFIED", Heading("Test", "", "011200ZDEC26", "Maj. Anna Berg"))
    doc.set_font(SANS, "", BODY)
    return doc


def test_latin_text_with_accents_is_plain_and_arabic_is_not() -> None:
    doc = _doc()
    assert grid.is_plain(doc, "Réunion à Ménaka, Ålesund, Łódź")
    assert not grid.is_plain(doc, "فاطمة الزهراء")


def test_wrapped_lines_fit_the_width_keep_every_word_and_cut_a_word_longer_than_a_line() -> None:
    doc = _doc()
    text = "Convoys use the southern road until the track dries.\nThen north. " + "x" * 80
    wrapped = grid.wrap(doc, text, 40)
    assert all(doc.get_string_width(line) <= 40.01 for line in wrapped)
    assert "".join(wrapped).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert wrapped[0].startswith("Convoys") and "Then north." in wrapped


def test_a_table_longer_than_a_page_repeats_its_heading_row_on_the_next_page() -> None:
    doc = _doc()
    doc.rows(("Action", "Owner"), [(f"Action number {n}", "Maj. Anna Berg") for n in range(120)], (3, 2))
    pages = assert_marked(doc.finish(), "UNCLASSIFIED")
    assert len(pages) >= 3
    for page in pages:
        assert "Action Owner" in lines(page)
    assert "Action number 119 Maj. Anna Berg" in pages[-1]
