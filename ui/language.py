"""The interface language of the running application: our catalogue and Qt's own (the
standard buttons, the file dialogs) installed, numbers and dates written by its locale
(QLocale's default), and the layout direction: Arabic lays out every window right to left.

English installs a catalogue too: it holds the plural forms ("1 action", "2 actions").
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from liaison_app import translations
from liaison_app.translations import Language

log = logging.getLogger(__name__)

# Qt does not own an installed translator: these keep ours alive while installed.
_installed: list[QTranslator] = []
_current: list[Language] = []
_fonts_added: list[bool] = []
# Shipped with the PDF reports; Qt draws Arabic records with it where the system has no
# Arabic font (a fresh Debian has none).
_ARABIC_FONTS = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")


def current() -> Language:
    """The language the interface speaks (English until `apply`)."""
    return _current[0] if _current else Language.ENGLISH


def _add_fonts() -> None:
    if _fonts_added:
        return
    _fonts_added.append(True)
    for name in _ARABIC_FONTS:
        path = Path(str(resources.files("resources") / "fonts" / name))
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s", name)


def _qt_own(language: Language) -> QTranslator | None:
    """Qt's catalogue of its own texts (Save, Cancel, the file dialog), when it ships one."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{language.value}", str(folder)) else None


def apply(language: Language) -> None:
    """Speak `language` from now on: the texts built after this call read in it."""
    app = QCoreApplication.instance()
    if app is None:
        return
    if _current and _current[0] is language and _installed:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = translations.words(language)
    if not ours.loaded:
        log.warning("no compiled catalogue for %s (scripts/translations.py build)", language.value)
    for translator in (_qt_own(language), ours.translator):
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(QLocale(language.value))
    if isinstance(app, QGuiApplication):
        _add_fonts()
        direction = Qt.LayoutDirection.RightToLeft if ours.right_to_left else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
    _current[:] = [language]


def apply_chosen() -> Language:
    """Speak the language the user chose (or the system's); the one applied."""
    language = translations.chosen().effective
    apply(language)
    return language


def ensure() -> None:
    """Speak the chosen language unless one is spoken already."""
    if not _current:
        apply_chosen()
