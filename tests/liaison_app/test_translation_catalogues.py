"""The catalogues: every text of the GUI and the reports is in the French and Arabic `.ts`
files, translated, with its placeholders; the compiled ones answer in the language."""

from __future__ import annotations

import ast
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from liaison_app import translation_catalogs as catalogs
from liaison_app.translations import Language, catalog_dir, words

ROOT = Path(__file__).resolve().parents[2]
_MARKS = re.compile(r"%L?n|%\d|\{[a-z_]+\}|<[^>]+>")


def _marks(text: str, *, numerus: bool) -> Counter[str]:
    found = Counter(_MARKS.findall(text))
    if numerus:  # a plural form may leave the count out ("جهة اتصال واحدة")
        found.pop("%Ln", None)
        found.pop("%n", None)
    return found


def test_the_committed_catalogues_hold_every_text_of_the_sources(tmp_path: Path) -> None:
    for language in (Language.ENGLISH, *catalogs.TRANSLATED):
        shutil.copy(catalogs.ts_path(language), catalogs.ts_path(language, tmp_path))
    catalogs.update(tmp_path)

    for language in catalogs.TRANSLATED:
        committed = {e.key for e in catalogs.entries(catalogs.ts_path(language))}
        current = {e.key for e in catalogs.entries(catalogs.ts_path(language, tmp_path))}
        assert sorted(current - committed) == [], "run: python scripts/translations.py update"
        assert sorted(committed - current) == [], "texts no longer in the sources: run update"


@pytest.mark.parametrize("language", catalogs.TRANSLATED, ids=lambda lang: lang.value)
def test_no_entry_is_left_unfinished(language: Language) -> None:
    left = catalogs.unfinished(catalogs.ts_path(language))

    assert [e.source for e in left] == []


@pytest.mark.parametrize("language", catalogs.TRANSLATED, ids=lambda lang: lang.value)
def test_every_translation_keeps_the_placeholders_tags_and_plural_forms(language: Language) -> None:
    wrong: list[tuple[str, ...]] = []
    for entry in catalogs.entries(catalogs.ts_path(language)):
        if entry.numerus and len(entry.forms) != catalogs.PLURAL_FORMS[language]:
            wrong.append(("forms", entry.source))
        for form in entry.forms:
            if form and _marks(form, numerus=entry.numerus) != _marks(entry.source, numerus=entry.numerus):
                wrong.append(("placeholders", entry.source, form))

    assert wrong == []


def _untranslatable_calls(path: Path) -> list[str]:
    """`_tr(...)` calls whose text is not a literal: lupdate cannot collect them."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr":
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_text_is_handed_to_the_translator_as_a_literal() -> None:
    # These translate a constant marked with QT_TRANSLATE_NOOP, or a label the services hand
    # over (collected from the registries by translation_catalogs._label_stub).
    allowed = {
        "ui/validation_words.py",
        "ui/export_log_view.py",
        "ui/card_export.py",
        "ui/export_confirm.py",
        "ui/list_filter_bar.py",
        "ui/list_view.py",
        "ui/table_model.py",
    }
    found = [
        where
        for path in catalogs.sources()
        for where in _untranslatable_calls(path)
        if str(path.relative_to(ROOT)) not in allowed
    ]

    assert found == []


def _is_words(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(re.search(r"[A-Za-z]{2}", node.value))
    )


def test_the_ui_sets_no_text_without_the_translator() -> None:
    # Qt calls that show text, given a bare string literal (not through _tr).
    setters = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "addTab", "setTitle"}
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in setters
                and any(
                    isinstance(a, ast.Constant)
                    and isinstance(a.value, str)
                    and re.search(r"[A-Za-z]{2}", a.value)
                    for a in node.args
                )
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")

    assert found == []


def test_given_the_compiled_catalogues_then_each_language_answers_in_itself() -> None:
    assert catalog_dir().joinpath("liaison_fr.qm").exists()
    french, arabic, english = words(Language.FRENCH), words(Language.ARABIC), words(Language.ENGLISH)

    assert french.label("vocab", "In progress") == "En cours"
    assert french.label("kind", "meetings") == "réunions"
    assert arabic.label("vocab", "Cancelled") != "Cancelled"
    assert [english.tr("%Ln open conflict(s)", "", n) for n in (1, 2000)] == [
        "1 open conflict",
        "2,000 open conflicts",
    ]


def test_given_arabic_then_counts_take_its_plural_forms() -> None:
    arabic = words(Language.ARABIC)

    # One, two, a few (3-10) and many (11-99) read differently; 100 reads as 11 unvowelled.
    forms = [arabic.tr("%Ln contact(s)", "", n).replace(arabic.number(n), "#") for n in (1, 2, 3, 11)]

    assert len(set(forms)) == 4
    assert arabic.number(11) == "١١"
