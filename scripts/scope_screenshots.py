"""Regenerate the sharing scope and record history pictures in docs/screenshots/: a contact's
editor with its Sharing selector, its History tab, and the contacts list marking local and
HQ-only records.

Run: .venv/bin/python scripts/scope_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app.services import records
from liaison_app.store import Store
from scripts.scratch_window import out_folder, scratch_profile


def scoped_contacts(store: Store) -> str:
    """Three contacts, one per scope, the HQ-only one edited twice; returns its id."""
    wfp = records.add(store, "org", {"name": "World Food Programme", "acronym": "WFP"}).id
    records.add(store, "contact", {"full_name": "Amina Diallo", "organization_id": wfp})
    records.add(store, "contact", {"full_name": "Pierre Ndala", "do_not_share": True})
    chief = records.add(
        store, "contact", {"full_name": "Chief Mwami Kabare", "position": "Village chief", "sharing": "hq"}
    ).id
    records.edit(store, "contact", chief, {"organization_id": wfp, "location": "Kalehe"})
    records.edit(store, "contact", chief, {"position": "Paramount chief"})
    return chief


def shoot_scope(window: object, contact_id: str, out: Path) -> None:
    """The editor's Sharing selector over the list's markers, then its History tab."""
    from scripts.screenshots import save, settle, wait_for
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.go_to("contact")
    window.open_record("contact", contact_id)
    editor = window.lists["contact"].editor
    settle()
    save(window, out, "editor-sharing-scope")
    editor.tabs.setCurrentWidget(editor.history)
    wait_for(lambda: editor.history.table.rowCount() > 0)
    settle()
    save(window, out, "editor-history")


def main() -> int:
    """Build the throwaway profile, show the screens and save their pictures."""
    out = out_folder(__doc__)
    with scratch_profile("scope-screenshots") as scratch:
        chief = scoped_contacts(scratch.store)
        shoot_scope(scratch.window(), chief, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
