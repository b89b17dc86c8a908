"""Regenerate the interop pictures in docs/screenshots/: the question every export asks
first (plaintext, redaction profile, do-not-share), the summary of a profile's JSON import,
and the export log.

Run: .venv/bin/python scripts/interop_screenshots.py [--out docs/screenshots]
The profile is the demo month (seed 1); the import is its own export after one edit and one
delete, so the summary shows records skipped as unchanged, differing and in the Trash.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app import demo
from liaison_app.services import records
from liaison_app.services.interop import ical_export, json_export, json_import
from liaison_app.services.interop.redaction import Profile, redaction
from scripts.scratch_window import out_folder, scratch_profile


def shoot_interop(window: object, out: Path) -> None:
    """The export question and an import summary, over `window` (a MainWindow)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from scripts.screenshots import save
    from ui.export_confirm import PlaintextExportDialog
    from ui.export_log_view import ExportLogDialog
    from ui.main_window import MainWindow
    from ui.profile_import import ImportSummary

    assert isinstance(window, MainWindow)
    question = PlaintextExportDialog(
        QCoreApplication.translate("ExportActions", "your meetings and action items"), window
    )
    question.show()
    save(question, out, "export-question")
    question.close()
    store = window.ctx.store
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.json"
        json_export.export(store, path, redaction(store, include_do_not_share=True, profile=Profile.FULL))
        for org in records.list_records(store, "org")[:2]:
            records.edit(store, "org", org.id, {"notes": "Edited after the export"})
        records.delete_record(store, "action", records.list_records(store, "action")[0].id)
        report = json_import.import_file(store, path)
    summary: QWidget = ImportSummary(report, "", window)
    summary.resize(600, 300)
    summary.show()
    save(summary, out, "import-summary")
    summary.close()
    with tempfile.TemporaryDirectory() as tmp:
        ical_export.export(store, Path(tmp) / "liaison.ics", redaction(store))
    log = ExportLogDialog(window.ctx, window)
    log.show()
    save(log, out, "export-log")
    log.close()


def main() -> int:
    """Build a throwaway demo profile, show the two dialogs and save their pictures."""
    out = out_folder(__doc__)
    with scratch_profile("interop-screenshots") as scratch:
        demo.generate(scratch.store, seed=1)
        shoot_interop(scratch.window(), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
