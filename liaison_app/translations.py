"""The languages Liaison speaks and their catalogues: Qt's `.qm` files compiled from the `.ts`
sources in resources/translations (scripts/translations.py), read with QtCore's QTranslator,
which needs no application and no screen, so the CLI's reports use the same catalogues.

The chosen language is a preference of this computer's user, not of a profile: the unlock
window is shown in it before any profile is open. It lives in a small JSON file in the
user's configuration folder ($LIAISON_CONFIG overrides it); it holds no record.
"""

from __future__ import annotations

import json
import locale
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QDate, QLocale, QTranslator

from liaison_app.errors import Rule, ValidationError

CONFIG_ENV = "LIAISON_CONFIG"
# Another folder of compiled catalogues (tests, a build not yet installed).
CATALOGS_ENV = "LIAISON_CATALOGS"
_PREFERENCES = "preferences.json"
SYSTEM = "system"  # the stored choice "follow the system's language"


class Language(StrEnum):
    """A language of the interface and the reports (ISO 639-1 codes)."""

    ENGLISH = "en"
    FRENCH = "fr"
    ARABIC = "ar"


# How each language names itself in a language menu (never translated).
NATIVE_NAMES: dict[Language, str] = {
    Language.ENGLISH: "English",
    Language.FRENCH: "Français",
    Language.ARABIC: "العربية",
}
RIGHT_TO_LEFT = frozenset({Language.ARABIC})


def catalog_dir() -> Path:
    """Where the `.ts` sources and the compiled `.qm` catalogues are ($LIAISON_CATALOGS when set)."""
    folder = os.environ.get(CATALOGS_ENV)
    return Path(folder) if folder else Path(str(resources.files("resources") / "translations"))


def catalog_path(language: Language) -> Path:
    """The compiled catalogue of `language` (English's holds only its plural forms)."""
    return catalog_dir() / f"liaison_{language.value}.qm"


def parse(text: str) -> Language:
    """A language code as typed ("fr", "FR", "fr_CD"), refused when Liaison does not speak it."""
    code = text.strip().lower().replace("-", "_").split("_")[0]
    try:
        return Language(code)
    except ValueError:
        allowed = tuple(lang.value for lang in Language)
        raise ValidationError.about(
            "language",
            f"{text!r} is not one of {', '.join(allowed)}",
            Rule.NOT_A_CHOICE,
            value=text,
            allowed=allowed,
        ) from None


def system_language() -> Language:
    """The system's language when Liaison speaks it, else English ($LANGUAGE, $LC_ALL...)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            if part and part not in ("C", "POSIX"):
                try:
                    return parse(part)
                except ValidationError:
                    continue
    found = locale.getlocale()[0] or ""
    try:
        return parse(found) if found else Language.ENGLISH
    except ValidationError:
        return Language.ENGLISH


@dataclass(frozen=True, slots=True)
class Choice:
    """The stored language preference: a language, or None to follow the system."""

    language: Language | None

    @property
    def effective(self) -> Language:
        """The language to use now."""
        return self.language if self.language is not None else system_language()


def _preferences_file() -> Path:
    env = os.environ.get(CONFIG_ENV)
    folder = Path(env) if env else Path(platformdirs.user_config_dir("liaison", appauthor=False))
    return folder / _PREFERENCES


def _read_preferences() -> dict[str, object]:
    try:
        loaded = json.loads(_preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def chosen() -> Choice:
    """The language this user chose (or the system's when none or an unknown one is stored)."""
    stored = _read_preferences().get("language")
    if not isinstance(stored, str) or stored == SYSTEM:
        return Choice(None)
    try:
        return Choice(Language(stored))
    except ValueError:
        return Choice(None)


def choose(language: Language | None) -> Choice:
    """Store the user's language (None: follow the system) and return the new choice."""
    preferences = _read_preferences()
    preferences["language"] = language.value if language is not None else SYSTEM
    path = _preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(preferences, indent=2) + "\n", encoding="utf-8")
    scratch.replace(path)
    return Choice(language)


class Words:
    """One language's catalogue: texts translated, counts and numbers written its way.

    A text missing from the catalogue (or a catalogue not compiled) reads in English."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.locale = QLocale(language.value)
        self._translator = QTranslator()
        path = catalog_path(language)
        # English has a catalogue too: its plural forms ("1 action", "2 actions").
        self.loaded = self._translator.load(str(path))

    @property
    def right_to_left(self) -> bool:
        """Whether the language is written right to left."""
        return self.language in RIGHT_TO_LEFT

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        """`source` in this language, `%Ln` replaced by `n` written the locale's way."""
        found = self._translator.translate("", source, disambiguation or None, n) if self.loaded else ""
        text = found or source
        if n >= 0:  # %Ln grouped the locale's way, as QCoreApplication.translate writes it
            text = text.replace("%Ln", self.number(n)).replace("%n", str(n))
        return text

    def label(self, context: str, source: str) -> str:
        """A registry label in this language: contexts "vocab", "kind" and "field" keep the
        labels of stored values apart from the interface's words ("Open" the status is not
        "Open" the button)."""
        found = self._translator.translate(context, source) if self.loaded else ""
        return found or source

    def day(self, day: date, pattern: str) -> str:
        """`day` written with a QLocale `pattern` ("dd MMM yyyy") in this language's words
        and digits."""
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def number(self, n: int) -> str:
        """A whole number as the language writes it (thousands grouped)."""
        return self.locale.toString(n)

    @property
    def translator(self) -> QTranslator:
        """The Qt translator, to install into a running application."""
        return self._translator


@cache
def words(language: Language) -> Words:
    """The catalogue of `language`, loaded once per process."""
    return Words(language)


_speaking: ContextVar[Words | None] = ContextVar("speaking", default=None)


@contextmanager
def speaking(language: Language) -> Iterator[Words]:
    """Within the block, `tr` and `label` answer in `language` (a report being written)."""
    token = _speaking.set(words(language))
    try:
        yield words(language)
    finally:
        _speaking.reset(token)


def current() -> Words:
    """The catalogue `speaking` set, English outside any such block."""
    return _speaking.get() or words(Language.ENGLISH)


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` in the current language: services import it as `_tr`, the spelling
    pyside6-lupdate is told to collect (scripts/translations.py)."""
    return current().tr(source, disambiguation, n)


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2... replaced by `values` in one pass (a value holding "%2" stays as
    it is): translations keep the placeholders where their sentence needs them."""
    return re.sub(r"%([1-9])", lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], text)


def label(context: str, source: str) -> str:
    """A registry label ("vocab", "kind", "field") in the current language."""
    return current().label(context, source)
