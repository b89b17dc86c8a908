"""English plurals for `%n` texts until real translations exist (installed once at app start).

Qt picks plural forms only through a translator: `self.tr("%n file(s)", "", n)` would show
"1 file(s)" with none installed. This translator turns the "(s)" of such a source text into
the English singular or plural and leaves every other text as it is (the French and Arabic
translations of a later issue take precedence when installed after it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_installed: list[QTranslator] = []  # Qt does not own an installed translator: keep it alive


class EnglishPlurals(QTranslator):
    """Translates `%n ...(s)...` texts: "(s)" is dropped for one, "s" otherwise."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Every other text is "translated" to itself, which is what Qt shows without any
        # translator. (Returning None to mean "not here" crashes PySide6 with a refcount
        # error.) So install this first: translators installed later are asked first.
        if n < 0 or "(s)" not in source_text:
            return source_text
        # The count grouped by thousands as English writes it ("2,000 contacts"): Qt's own %n
        # substitution prints bare digits.
        return source_text.replace("(s)", "" if n == 1 else "s").replace("%n", f"{n:,}")


def install() -> None:
    """Install the English plurals once for the running application (a no-op before it exists)."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed.append(translator)
