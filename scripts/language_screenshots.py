"""Regenerate the French and Arabic pictures in docs/screenshots/: the dashboard and the
meeting editor (a meeting with French and Arabic participants), each language switched to as
an officer does it (Settings → Language), then back to English.

Run: .venv/bin/python scripts/language_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app.store import Store
from liaison_app.translations import Language
from scripts.report_screenshots import unicode_meeting
from scripts.scratch_window import out_folder, scratch_profile

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def shoot_languages(window: MainWindow, meeting_id: str, out: Path) -> MainWindow:
    """The dashboard and `meeting_id`'s editor in French and Arabic; returns the window
    (rebuilt in English) that replaces `window`."""
    from PySide6.QtCore import QThreadPool

    from scripts.screenshots import save, settle
    from ui.language_switch import switch

    for language in (Language.FRENCH, Language.ARABIC):
        QThreadPool.globalInstance().waitForDone()  # as WindowHost waits for running jobs
        window = switch(window, language)
        window.resize(1280, 800)
        window.go_to("dashboard")
        settle(300)
        save(window, out, f"dashboard-{language.value}")
        window.open_record("meeting", meeting_id)
        settle(300)
        save(window, out, f"meeting-editor-{language.value}")
    QThreadPool.globalInstance().waitForDone()
    return switch(window, Language.ENGLISH)


def _fill(store: Store) -> str:
    from liaison_app import demo

    demo.generate(store, seed=1)
    return unicode_meeting(store)


def shoot_language_screens(out: Path) -> None:
    """A throwaway demo profile's screens in French and Arabic, saved into `out`."""
    with scratch_profile("language-screenshots") as scratch:
        meeting = _fill(scratch.store)
        scratch.replace_window(shoot_languages(scratch.window(), meeting, out))


def main() -> int:
    """Build the throwaway profile, show the screens in each language and save their pictures."""
    shoot_language_screens(out_folder(__doc__))
    return 0


if __name__ == "__main__":
    sys.exit(main())
