"""Folding Arabic-script text for the index: what is dropped and unified, and that no word is
ever added or lost (the n-th word of the folded text is the n-th word as written)."""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator

import pytest
import sqlcipher3

from db import fts, search_fold
from db.search_fold import fold

MUHAMMAD = "مُحَمَّد"  # with damma, fatha, shadda and fatha


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        (MUHAMMAD, "محمد"),  # harakat and shadda dropped
        ("كِتَابٌ", "كتاب"),  # tanween dropped
        ("الأمين", "الامين"),  # alef with hamza above
        ("إبراهيم", "ابراهيم"),  # alef with hamza below
        ("آمنة", "امنه"),  # alef with madda; teh marbuta
        ("ٱلله", "الله"),  # alef wasla
        ("الرَّحْمٰن", "الرحمن"),  # superscript alef
        ("مصطفى", "مصطفي"),  # alef maksura
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("مـحـمـد", "محمد"),  # tatweel
        ("کریم", "كريم"),  # Persian keheh and Farsi yeh
        ("ا\u0654حمد", "احمد"),  # a decomposed alef with hamza, as the composed one
        ("مسؤول", "مسؤول"),  # hamza on waw is kept, as Lucene does
        ("٠٩١٢ ۳۴۵", "0912 345"),  # Arabic-Indic and extended digits
        ("ﻣﺤﻤﺪ ﻻ", "محمد لا"),  # presentation forms (text copied from a PDF)
    ],
)
def test_arabic_marks_are_dropped_and_letter_variants_unified(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize("text", ["Jean Mukéndi", "Aïssata Traoré", "+243 81 000 0000", "", "Ωμέγα"])
def test_text_without_arabic_is_left_exactly_as_it_is(text: str) -> None:
    assert fold(text) == text


@pytest.mark.parametrize("text", ["ـ", "\u064e", "ـَـ", "x ـ y", "( \u0651 )"])
def test_a_word_made_only_of_marks_or_tatweel_is_kept_whole(text: str) -> None:
    assert fold(text) == text


ALIGNMENT_SAMPLES = (
    f"{MUHAMMAD} الأمين · مدرسة النور",
    "a \u064e b ـ c",
    "مـُحـَمـّد ـَـ ٠٩١٢-٣٤٥",
    "ﷺ ﷲ ﻻ ﱲ ﻣﺤﻤﺪ \ufcf2 ﻣ\ufcf2",  # presentation forms: a phrase, a lone shadda with fatha
    "Muke\u0301ndi «مُحَمَّد»، ومُصْطَفَى؛",
    "هاتف: +٢٤٩ ٩١٢ ٣٤٥ ٦٧٨ / ۰۹۱۲",
    "کتاب‌های فارسی",  # a zero-width non-joiner between two words
    "हिन्दी עִבְרִית",  # other scripts' combining marks stay inside their words
)


@pytest.fixture
def vocabulary() -> Iterator[sqlite3.Connection]:
    conn = sqlcipher3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{fts.TOKENIZE}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    yield conn
    conn.close()


@pytest.mark.parametrize("text", ALIGNMENT_SAMPLES)
def test_folding_keeps_every_word_in_its_place_as_fts5_splits_them(
    vocabulary: sqlite3.Connection, text: str
) -> None:
    vocabulary.execute("INSERT INTO t (rowid, x) VALUES (1, ?), (2, ?)", (text, fold(text)))
    positions = {
        doc: sorted(r[0] for r in vocabulary.execute("SELECT offset FROM v WHERE doc = ?", (doc,)))
        for doc in (1, 2)
    }
    assert positions[1] == positions[2]
    assert positions[1] == list(range(len(positions[1])))


_ALPHABET = "محمدالأإآةىيکی٠٩ab1 .-(ـ\u064e\u064f\u0651\u0652\u0670\u0654ﻣﻻ\u200c"


def _random_texts(count: int) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(1, 12))) for _ in range(count)]


def test_given_random_arabic_text_then_folding_keeps_every_word_in_its_place(
    vocabulary: sqlite3.Connection,
) -> None:
    for n, text in enumerate(_random_texts(400)):
        vocabulary.execute(
            "INSERT INTO t (rowid, x) VALUES (?, ?), (?, ?)", (2 * n + 1, text, 2 * n + 2, fold(text))
        )
    rows = vocabulary.execute("SELECT doc, count(*) FROM v GROUP BY doc").fetchall()
    words = dict(rows)
    assert all(words.get(2 * n + 1, 0) == words.get(2 * n + 2, 0) for n in range(400))


def _by_the_rule(text: str) -> str:
    """The folding spelled out: letters mapped, then each run of marks dropped if a letter
    or digit that stays is beside it."""
    text = text.translate(search_fold._TABLE)
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] in search_fold._MARK_SET:
            j += 1
        if j == i:
            out.append(text[i])
            i += 1
            continue
        beside = text[i - 1 : i] + text[j : j + 1]
        if not any(_ANCHOR.match(c) for c in beside):
            out.append(text[i:j])
        i = j
    return "".join(out)


_ANCHOR = re.compile(f"[{search_fold._ANCHOR}]")


def test_given_random_arabic_text_then_folding_is_the_rule_spelled_out() -> None:
    for text in _random_texts(400):
        if "\u0654" not in text:  # a hamza mark after a letter is composed first
            assert fold(text) == _by_the_rule(text), repr(text)
