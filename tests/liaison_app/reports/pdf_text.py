"""The reports' PDFs read back by an independent reader (pypdf), page by page."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages(data: bytes) -> list[str]:
    """The text of each page."""
    assert data.startswith(b"%PDF-")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def lines(page: str) -> list[str]:
    """A page's text lines, stripped, empty ones left out."""
    return [line.strip() for line in page.splitlines() if line.strip()]


def assert_marked(data: bytes, level: str) -> list[str]:
    """Every page opens and closes with the marking `level` and says 'Page X of Y'; returns the pages."""
    found = pages(data)
    for number, page in enumerate(found, start=1):
        text = lines(page)
        assert text[0] == level, (number, text[:2])
        assert text[-1] == level, (number, text[-2:])
        assert f"Page {number} of {len(found)}" in page
    return found


def words_of(text: str) -> set[str]:
    """The words of `text` (Arabic comes back in visual order, so names are checked word by word)."""
    return set(text.split())
