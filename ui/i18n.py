"""The one way the GUI translates a text: `tr`, imported as `_tr` in every module so
pyside6-lupdate collects each call (scripts/translations.py tells it the alias).

Every text is in the catalogue's one context (""): Qt's `self.tr` takes its context from the
object's class at run time, so a text written in a base class would not be found for a
subclass. A source text that must read differently in two places takes a disambiguation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` in the interface language; `%Ln` becomes `n` written the language's way."""
    return QCoreApplication.translate("", source, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate collects
    """Mark `source` (a constant's text) for the catalogue; `tr` translates it where shown."""
    return source
