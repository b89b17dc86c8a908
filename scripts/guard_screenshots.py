"""Regenerate the issue 13 pictures in docs/screenshots/: the Review screen (records past
their review date), the Keep until… dialog, Settings ▸ Retention and ▸ Protection, and the
question before a bundle deletes many records.

Run: .venv/bin/python scripts/guard_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app.services import records, retention
from liaison_app.services.syncing import FileOutcome, FileStatus, RefusalReason
from liaison_app.store import Store
from scripts.scratch_window import out_folder, scratch_profile

PEOPLE = ["Amina Diallo", "Jean-Baptiste Mukendi", "Fatima Al-Zahra", "Moussa Keïta", "Ngozi Adeyemi"]


def aged_records(store: Store) -> None:
    """A few contacts and meetings whose last change lies years back (due for review)."""
    made = [("contact", records.add(store, "contact", {"full_name": n}).id) for n in PEOPLE]
    for title, level in (("Source debrief, Gao", "CONFIDENTIAL"), ("Cluster meeting, Mopti", "UNCLASSIFIED")):
        made.append(
            (
                "meeting",
                records.add(
                    store, "meeting", {"title": title, "start": "2023-03-14T09:00", "sensitivity": level}
                ).id,
            )
        )
    with store.session() as s:
        for age, (kind, record_id) in enumerate(made):
            stamp = (date.today() - timedelta(days=760 + 90 * age)).isoformat() + "T08:00:00.000000Z"
            s.connection().exec_driver_sql(
                f"UPDATE {kind} SET updated_at = ? WHERE id = ?", (stamp, record_id)
            )
        s.commit()
    retention.set_policy(store, ["CONFIDENTIAL=365"])


def shoot_guard(window: object, out: Path) -> None:
    """The Review screen, its Keep dialog, the two Settings tabs, the mass-delete question."""
    from PySide6.QtWidgets import QMessageBox

    from scripts.screenshots import save
    from ui import mass_delete_ask
    from ui.main_window import MainWindow
    from ui.review_page import KeepDialog
    from ui.settings_dialog import SettingsDialog

    assert isinstance(window, MainWindow)
    aged_records(window.ctx.store)
    window.ctx.notify_changed()
    window.go_to("review")
    window.review.refresh()
    window.review.list.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    window.review.list.topLevelItem(1).setSelected(True)  # type: ignore[union-attr]
    save(window, out, "review")
    keep = KeepDialog(2, window)
    keep.reason.setText("Case with the protection cluster still open")
    keep.show()
    save(keep, out, "review-keep")
    keep.close()
    dialog = SettingsDialog(window.ctx, window)
    dialog.show()
    tabs = ((dialog.retention, "settings-retention"), (dialog.protection, "settings-protection"))
    for tab, name in tabs:
        dialog.tabs.setCurrentWidget(tab)
        save(dialog, out, name)
    dialog.tabs.setCurrentIndex(0)
    save(dialog, out, "settings")  # the first tab, as the full run draws it
    dialog.close()
    outcome = FileOutcome(
        Path("anna-to-hq-0412.liaison"),
        FileStatus.REFUSED,
        refusal=RefusalReason.MASS_DELETE,
        would_delete=(("contact", 212), ("meeting", 64)),
        live_before=540,
    )
    question = QMessageBox(
        QMessageBox.Icon.Question, "Delete many records?", mass_delete_ask.question(outcome)
    )
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    question.show()
    save(question, out, "mass-delete-question")
    question.close()
    window.go_to("dashboard")


def main() -> int:
    """Draw the pictures on a scratch profile."""
    out = out_folder(__doc__)
    with scratch_profile("guard-screenshots") as scratch:
        shoot_guard(scratch.window(), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
