"""The translation catalogues as files: collect the texts of the sources into the `.ts` files
(pyside6-lupdate), read and fill their entries, compile them to `.qm` (pyside6-lrelease).

Build-time work (scripts/translations.py, scripts/dev.sh, tests); the app only reads the
compiled `.qm` (liaison_app/translations.py). The registry's labels (vocabularies, kinds,
fields) are not literals in the code, so a generated stub hands them to lupdate.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from liaison_app import filter_words, vocab
from liaison_app.kinds import KINDS
from liaison_app.services import display_text, listing
from liaison_app.services.interop import redaction
from liaison_app.translations import Language, catalog_dir

ROOT = Path(__file__).resolve().parent.parent
# Where translatable texts are written: the GUI, and the reports the services write.
SOURCE_DIRS = ("ui", "liaison_app/services/reports")
TRANSLATED = (Language.FRENCH, Language.ARABIC)
# How many plural forms Qt asks of each language (Arabic: 0, 1, 2, 3-10, 11-99, 100-102...).
PLURAL_FORMS = {Language.ENGLISH: 2, Language.FRENCH: 2, Language.ARABIC: 6}
_LUPDATE_FLAGS = ("-tr-function-alias", "tr+=_tr", "-locations", "none", "-no-obsolete", "-silent")


class ToolMissingError(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed beside this Python."""


def ts_path(language: Language, folder: Path | None = None) -> Path:
    """The `.ts` source of `language`'s catalogue."""
    return (folder or catalog_dir()) / f"liaison_{language.value}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise ToolMissingError(f"{name} not found (it ships with PySide6)")
    return found


def _label_stub() -> str:
    """Python source naming every registry label for lupdate, each in its context."""
    labels: dict[str, set[str]] = {"": set(), "vocab": set(), "kind": set(), "field": set()}
    # Texts the services hand over as data, which the GUI translates where it shows them.
    for listed in listing.SPECS.values():
        labels[""].update(f.label for f in listed.filters.values())
        labels[""].update(c.label for c in listed.columns)
    labels[""].update(text for by_kind in filter_words.MEANINGS.values() for text in by_kind.values())
    for rules in redaction.PROFILES.values():
        labels[""].update((rules.label, rules.leaves_out))
    for name in dir(vocab):
        table = getattr(vocab, name)
        is_labels = isinstance(table, dict) and all(isinstance(v, str) for v in table.values())
        if (
            is_labels and not name.startswith("_") and not name.endswith("_ALIASES")
        ):  # aliases map slugs to slugs
            labels["vocab"].update(table.values())
    labels["vocab"].update(vocab.DEFAULT_SENSITIVITY_LEVELS)
    for kind in KINDS.values():
        labels["kind"].update((kind.label, kind.plural))
        for spec in kind.fields:
            labels["field"].add(spec.label())
            if spec.choices:
                labels["vocab"].update(spec.choices.values())
    labels["field"].update(display_text.COMPUTED_LABELS.values())
    labels["field"].add(display_text.DELETED_LABEL)
    return "".join(
        f"QT_TRANSLATE_NOOP({context!r}, {text!r})\n"
        for context, texts in labels.items()
        for text in sorted(texts)
    )


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files whose texts the catalogues hold."""
    return sorted(path for folder in SOURCE_DIRS for path in (root / folder).rglob("*.py"))


def update(folder: Path | None = None, root: Path = ROOT) -> None:
    """Bring every `.ts` in `folder` up to date with the sources (new texts unfinished,
    vanished ones dropped); English keeps only its plural forms."""
    lupdate = _tool("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        stub = Path(scratch) / "registry_labels.py"
        stub.write_text(_label_stub(), encoding="utf-8")
        files = [str(p) for p in sources(root)] + [str(stub)]
        for language in (Language.ENGLISH, *TRANSLATED):
            target = ts_path(language, folder)
            extra = ("-pluralonly",) if language is Language.ENGLISH else ()
            subprocess.run(
                [
                    lupdate,
                    *_LUPDATE_FLAGS,
                    *extra,
                    "-target-language",
                    language.value,
                    *files,
                    "-ts",
                    str(target),
                ],
                check=True,
                capture_output=True,
            )


@dataclass(frozen=True, slots=True)
class Entry:
    """One text of a catalogue and its translation (a form per plural form when numerus)."""

    context: str
    source: str
    disambiguation: str
    numerus: bool
    forms: tuple[str, ...]
    finished: bool
    placeholders: frozenset[str] = field(default=frozenset())

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the entry in its catalogue."""
        return (self.context, self.source, self.disambiguation)


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def entries(path: Path) -> Iterator[Entry]:
    """The entries of a `.ts` file, in file order."""
    for context in ET.parse(path).getroot().iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(_text(f) for f in translation.iter("numerusform")) if numerus else (_text(translation),)
            )
            kind = translation.get("type")
            yield Entry(
                context=name,
                source=_text(message.find("source")),
                disambiguation=_text(message.find("comment")),
                numerus=numerus,
                forms=forms,
                finished=kind not in ("unfinished", "vanished", "obsolete") and all(forms),
            )


def unfinished(path: Path) -> list[Entry]:
    """The entries of `path` a translator has not finished."""
    return [entry for entry in entries(path) if not entry.finished]


@dataclass(frozen=True, slots=True)
class Fill:
    """A translation to write: the entry's key and the text (or the plural forms)."""

    context: str
    source: str
    disambiguation: str
    forms: tuple[str, ...]


def fill(path: Path, fills: Iterable[Fill]) -> int:
    """Write `fills` into the `.ts` at `path` (entries it lacks are skipped); how many were."""
    wanted = {(f.context, f.source, f.disambiguation): f for f in fills}
    tree = ET.parse(path)
    written = 0
    for context in tree.getroot().iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            key = (name, _text(message.find("source")), _text(message.find("comment")))
            found = wanted.get(key)
            translation = message.find("translation")
            if found is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in found.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = found.forms[0]
            translation.attrib.pop("type", None)
            written += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return written


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a `%Ln ...(s)` text."""
    return (source.replace("(s)", ""), source.replace("(s)", "s"))


def build(out: Path | None = None, folder: Path | None = None) -> list[Path]:
    """Compile every `.ts` into its `.qm` (in `out`, default beside the sources)."""
    lrelease = _tool("pyside6-lrelease")
    built = []
    for language in (Language.ENGLISH, *TRANSLATED):
        source = ts_path(language, folder)
        if not source.exists():
            continue
        target = (out or source.parent) / f"liaison_{language.value}.qm"
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
        )
        built.append(target)
    return built


def is_stale(languages: Sequence[Language] = (Language.ENGLISH, *TRANSLATED)) -> bool:
    """Whether any compiled catalogue is missing or older than its `.ts`."""
    for language in languages:
        source = ts_path(language)
        target = source.with_suffix(".qm")
        if source.exists() and (not target.exists() or target.stat().st_mtime < source.stat().st_mtime):
            return True
    return False
