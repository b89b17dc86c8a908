"""The full-text index: user input is inert, documents are replaced and dropped by record."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from db import fts


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("convoy", '"convoy"*'),
        ("road  Gao", '"road"* "Gao"*'),
        ('NOT "x" OR y*', '"NOT"* "x"* "OR"* "y"*'),
        ("مُحَمَّد الأمين", '"محمد"* "الامين"*'),  # folded as the indexed text is
        ("٠٩١٢ Muke\u0301ndi", '"0912"* "Mukéndi"*'),
        ("  ", None),
        ("-- ; ()", None),
    ],
)
def test_typed_text_becomes_a_quoted_prefix_query(typed: str, expression: str | None) -> None:
    assert fts.match_expression(typed) == expression


def test_every_word_must_match_as_a_prefix(conn: Connection) -> None:
    fts.put(conn, kind="meeting", record_id="m1", title="Convoy planning", body="road to Gao")
    fts.put(conn, kind="meeting", record_id="m2", title="Convoy debrief", body="Timbuktu")
    assert [h.id for h in fts.search(conn, "conv gao")] == ["m1"]
    assert {h.id for h in fts.search(conn, "conv")} == {"m1", "m2"}


def test_titles_rank_above_bodies(conn: Connection) -> None:
    fts.put(conn, kind="contact", record_id="body", title="Someone", body="works on water trucking")
    fts.put(conn, kind="org", record_id="title", title="Water Authority", body="")
    assert [h.id for h in fts.search(conn, "water")] == ["title", "body"]


def test_accents_do_not_matter(conn: Connection) -> None:
    fts.put(conn, kind="contact", record_id="c", title="Aïssata Traoré", body="")
    assert [h.id for h in fts.search(conn, "traore aissata")] == ["c"]


def test_putting_a_record_again_replaces_its_document(conn: Connection) -> None:
    fts.put(conn, kind="org", record_id="o", title="Old name", body="")
    fts.put(conn, kind="org", record_id="o", title="New name", body="")
    assert fts.search(conn, "old") == []
    assert [h.title for h in fts.search(conn, "new")] == ["New name"]


def test_a_removed_record_is_no_longer_found(conn: Connection) -> None:
    fts.put(conn, kind="org", record_id="o", title="Gone", body="")
    fts.remove(conn, "o")
    assert fts.search(conn, "gone") == []


def test_search_can_be_limited_to_kinds(conn: Connection) -> None:
    fts.put(conn, kind="org", record_id="o", title="Health cluster", body="")
    fts.put(conn, kind="meeting", record_id="m", title="Health cluster meeting", body="")
    assert [h.kind for h in fts.search(conn, "health", kinds=("org",))] == ["org"]
    assert fts.matching_ids(conn, "health", kind="meeting") == ["m"]


def test_many_documents_can_be_put_at_once_replacing_earlier_ones(conn: Connection) -> None:
    fts.put(conn, kind="org", record_id="o1", title="Old name", body="")
    fts.put_many(conn, [("org", "o1", "New name", ""), ("contact", "c1", "Amina", "water point")])
    assert fts.search(conn, "old") == []
    assert [h.id for h in fts.search(conn, "new")] == ["o1"]
    assert [h.id for h in fts.search(conn, "water")] == ["c1"]
    fts.remove(conn, "c1")
    assert fts.search(conn, "amina") == []
