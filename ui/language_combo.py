"""The language chooser of the settings: the system's language, or one of ours, each named
in its own language (a French speaker lost in an Arabic window still finds "Français")."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from liaison_app import translations
from liaison_app.translations import NATIVE_NAMES, Language
from ui.i18n import tr as _tr


def language_combo(parent: QWidget) -> QComboBox:
    """A combo of the languages (data: the code, "" for the system's), the choice current."""
    combo = QComboBox(parent)
    system = translations.system_language()
    combo.addItem(_tr("System language (%1)").replace("%1", NATIVE_NAMES[system]), "")
    for language in Language:
        combo.addItem(NATIVE_NAMES[language], language.value)
    chosen = translations.chosen().language
    combo.setCurrentIndex(max(combo.findData(chosen.value), 0) if chosen is not None else 0)
    return combo


def picked(combo: QComboBox) -> Language | None:
    """The language chosen in `combo` (None: the system's)."""
    code = str(combo.currentData() or "")
    return Language(code) if code else None
