"""Search finds Arabic and accented names however they are written: with or without tashkeel,
hamza or teh marbuta, digits in either script; titles and snippets show the text as written."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from db import fts


def _found(conn: Connection, query: str) -> list[str]:
    return [h.id for h in fts.search(conn, query)]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Jean Mukendi", "Mukéndi"),
        ("Jean Mukéndi", "mukendi"),
        ("Jean Muke\u0301ndi", "mukendi"),  # a decomposed é
        ("Jean Mukendi", "Muke\u0301ndi"),
        ("مُحَمَّد عثمان", "محمد"),
        ("محمد عثمان", "مُحَمَّد"),
        ("عبد الله الامين", "الأمين"),
        ("عبد الله الأمين", "الامين"),
        ("مدرسة النور", "مدرسه"),
        ("مدرسه النور", "مدرسة"),
        ("مصطفى", "مصطفي"),
        ("كريم", "کریم"),  # typed on a Persian keyboard
    ],
)
def test_given_a_name_written_one_way_when_typed_the_other_then_it_is_found(
    conn: Connection, written: str, typed: str
) -> None:
    fts.put(conn, kind="contact", record_id="c", title=written, body="")
    fts.put(conn, kind="contact", record_id="other", title="Someone else", body="عثمان")
    assert _found(conn, typed) == ["c"]


@pytest.mark.parametrize(
    ("written", "typed"),
    [("+249 ٩١٢ ٣٤٥ ٦٧٨", "912 345"), ("+249 912 345 678", "٩١٢ ٣٤٥"), ("۰۹۱۲۳۴۵۶۷۸", "0912")],
)
def test_given_a_phone_in_arabic_indic_digits_then_it_is_found_typed_in_either_digits(
    conn: Connection, written: str, typed: str
) -> None:
    fts.put(conn, kind="contact", record_id="c", title="Hawa Ismail", body=f"Mobile {written}")
    assert _found(conn, typed) == ["c"]


@pytest.mark.parametrize("typed", ["مح", "مُحَ", "محم", "الام", "الأم", "مدرس"])
def test_given_arabic_names_then_a_prefix_still_finds_them(conn: Connection, typed: str) -> None:
    fts.put(conn, kind="contact", record_id="c", title="مُحَمَّد الأمين", body="مدرسة النور")
    fts.put(conn, kind="org", record_id="o", title="Water Authority", body="")
    assert _found(conn, typed) == ["c"]


def test_given_a_match_then_title_and_snippet_show_the_text_as_written_with_the_word_marked(
    conn: Connection,
) -> None:
    body = "زيارة مدرسة النور مع مُحَمَّد الأمين"
    fts.put(conn, kind="meeting", record_id="m", title="لقاء مع مُحَمَّد", body=body)
    (hit,) = fts.search(conn, "محمد الامين")
    assert hit.title == "لقاء مع مُحَمَّد"
    assert hit.snippet == "زيارة مدرسة النور مع [مُحَمَّد] [الأمين]"


def test_given_an_arabic_document_replaced_or_removed_then_none_of_its_words_remain(conn: Connection) -> None:
    fts.put(conn, kind="contact", record_id="c", title="مُحَمَّد الأمين", body="مدرسة ٠٩١٢")
    fts.put_many(conn, [("contact", "c", "حَوَّاء إسماعيل", "")])
    assert _found(conn, "محمد") == []
    assert _found(conn, "حواء اسماعيل") == ["c"]
    fts.remove(conn, "c")
    conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_index, 'instance')")
    assert conn.exec_driver_sql("SELECT count(*) FROM temp.words").scalar_one() == 0
    for table in ("search_doc", "search_text"):
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0


def test_given_a_document_removed_then_its_folded_words_leave_the_index_segments(conn: Connection) -> None:
    fts.put(conn, kind="contact", record_id="gone", title="Xylophonist مُحَمَّد", body="zebradocument")
    fts.put(conn, kind="contact", record_id="kept", title="Other", body="water")
    conn.commit()  # saved long before, as a record purged
    fts.remove(conn, "gone")
    conn.commit()
    blocks = b"".join(
        r[0] for r in conn.exec_driver_sql("SELECT block FROM search_index_data").all() if r[0] is not None
    )
    assert b"water" in blocks  # the check can see a word
    assert not any(word.encode() in blocks for word in ("xylophonist", "zebradocument", "محمد"))


def test_given_documents_put_and_removed_on_a_bare_connection_then_each_commit_holds(
    conn: Connection,
) -> None:
    fts.put_many(conn, [("contact", "a", "مُحَمَّد", ""), ("contact", "b", "حَوَّاء", "")])
    conn.commit()
    with conn.engine.connect() as other:
        assert sorted(h.id for h in fts.search(other, "محمد")) + _found(other, "حواء") == ["a", "b"]
    fts.remove(conn, "a")
    conn.commit()
    with conn.engine.connect() as other:
        assert _found(other, "محمد") == []
