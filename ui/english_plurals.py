"""English plural forms for `tr("%n item(s)", "", n)` until translation files exist.

Qt words a `%n` string through the installed translators; with none, "(s)" would show
as is. This translator answers only those strings ("1 item", "2 items") and leaves every
other string, and every language installed later, to Qt's usual lookup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_MARK = "(s)"
_installed: list[QTranslator] = []  # keeps the translator alive while installed


class EnglishPlurals(QTranslator):
    """Turns "(s)" into "" for one and "s" for any other count; no answer otherwise."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or _MARK not in source:
            return None  # Qt then asks the next translator, or shows the source
        return source.replace(_MARK, "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install() -> None:
    """Install the English plurals once into the running application."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
