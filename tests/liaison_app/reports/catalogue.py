"""A catalogue compiled for a test: entries written as a Qt `.ts` file and compiled with
pyside6-lrelease into a folder that $LIAISON_CATALOGS points at, so the tests read French and
Arabic through the same QTranslator path the app uses, whatever the repository holds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest


@dataclass(frozen=True)
class Entry:
    """One text and its translations; a numerus one has a list of forms per language
    (French: 2, Arabic: 6 in Qt's order)."""

    source: str
    fr: str | list[str]
    ar: str | list[str]
    context: str = ""
    disambiguation: str = ""


def lrelease() -> str:
    """The pyside6-lrelease beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is not installed"
    return found


def ts_text(entries: Iterable[Entry], language: str) -> str:
    """The `.ts` XML of `entries` in `language` ("fr" or "ar")."""
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<TS version="2.1" language="{language}">']
    for context, listed in by_context.items():
        out.append(f"<context><name>{escape(context)}</name>")
        for entry in listed:
            text = entry.fr if language == "fr" else entry.ar
            numerus = isinstance(text, list)
            out.append('<message numerus="yes">' if numerus else "<message>")
            out.append(f"<source>{escape(entry.source)}</source>")
            if entry.disambiguation:
                out.append(f"<comment>{escape(entry.disambiguation)}</comment>")
            if isinstance(text, list):
                forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in text)
                out.append(f"<translation>{forms}</translation>")
            else:
                out.append(f"<translation>{escape(text)}</translation>")
            out.append("</message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def build(entries: list[Entry], folder: Path) -> Path:
    """liaison_fr.qm and liaison_ar.qm of `entries` compiled into `folder` (returned)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in ("fr", "ar"):
        source = folder / f"liaison_{language}.ts"
        source.write_text(ts_text(entries, language), encoding="utf-8")
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(folder / f"liaison_{language}.qm")],
            check=True,
            capture_output=True,
        )
    return folder


# What the language tests read: a few of the reports' words, vocabulary labels and markings
# (the full catalogues are the repository's .ts files; these only prove the path).
ENTRIES = [
    Entry("Meeting / liaison report", "Rapport de réunion / de liaison", "تقرير اجتماع / اتصال"),
    Entry("Participants", "Participants", "المشاركون"),
    Entry("Findings", "Constats", "الملاحظات"),
    Entry("Decisions", "Décisions", "القرارات"),
    Entry("Date-time group", "Groupe date-heure", "مجموعة التاريخ والوقت"),
    Entry("Page %1 of %2", "Page %1 sur %2", "الصفحة %1 من %2"),
    Entry("Organization", "Organisation", "المنظمة"),
    Entry("Position", "Position", "الإحداثيات", disambiguation="coordinates"),
    Entry("Position", "Fonction", "المنصب"),
    Entry(
        "The first %1 of %Ln actions are listed.",
        [
            "Seules les %1 premières actions sur %Ln sont listées.",
            "Seules les %1 premières actions sur %Ln sont listées.",
        ],
        [
            "أُدرج أول %1 من أصل %Ln إجراء.",
            "أُدرج أول %1 من أصل إجراء واحد.",
            "أُدرج أول %1 من أصل إجراءين.",
            "أُدرج أول %1 من أصل %Ln إجراءات.",
            "أُدرج أول %1 من أصل %Ln إجراءً.",
            "أُدرج أول %1 من أصل %Ln إجراء.",
        ],
    ),
    Entry("Coordination meeting", "Réunion de coordination", "اجتماع تنسيقي", context="vocab"),
    Entry("Draft", "Brouillon", "مسودة", context="vocab"),
    Entry("CONFIDENTIAL", "CONFIDENTIEL", "سري", context="vocab"),
]


@contextmanager
def reading(folder: Path, monkeypatch: pytest.MonkeyPatch, config: Path) -> Iterator[Path]:
    """Within the block the app reads the catalogues of `folder` and the preferences of
    `config` (no language chosen: English unless a test chooses one)."""
    from liaison_app import translations

    monkeypatch.setenv(translations.CATALOGS_ENV, str(folder))
    monkeypatch.setenv(translations.CONFIG_ENV, str(config))
    monkeypatch.setenv("LANGUAGE", "en")
    translations.words.cache_clear()  # catalogues are loaded once per process
    try:
        yield folder
    finally:
        translations.words.cache_clear()
