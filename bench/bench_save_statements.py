"""Benchmark: the SQL one contact save costs in the main window, counted by SQLite's trace.

Every statement the database runs is counted (FTS5's internal statements, shown with a
leading "--" by the trace, separately), with the transactions begun and the reads of the
peer table. With `--other-editor` an organization stays open on its (hidden) screen.

Run: .venv/bin/python bench/bench_save_statements.py [--other-editor] [--list]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication
from sqlalchemy import event

from liaison_app import keyfile, profile
from liaison_app.services import records
from ui.app import create_application
from ui.context import AppContext
from ui.main_window import MainWindow


def main() -> int:
    """Build a small profile, save one contact edit, print the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--other-editor", action="store_true", help="keep an organization open too")
    parser.add_argument("--list", action="store_true", help="print every statement")
    args = parser.parse_args()
    create_application(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "profile"
        store = profile.init(
            directory,
            passphrase="bench only passphrase",
            officer_name="Maj. Anna Berg",
            device_name="bench",
            cost=keyfile.KdfCost(8, 1),
        ).store
        for number in range(50):
            records.add(store, "contact", {"full_name": f"Person {number}"})
        ctx = AppContext(directory)
        ctx.open(store)
        window = MainWindow(ctx, remember_geometry=False)
        window.show()
        trace: list[str] = []
        ctx.lock()  # reopen so that every pooled connection carries the trace

        @event.listens_for(store.engine, "connect")
        def traced(dbapi: Any, _record: Any) -> None:
            dbapi.set_trace_callback(trace.append)

        ctx.open(store)
        if args.other_editor:
            window.open_record("org", records.add(store, "org", {"name": "Org A"}).id)
        contact = records.list_records(store, "contact")[3]
        window.open_record("contact", contact.id)
        QCoreApplication.processEvents()
        editor = window.lists["contact"].editor
        editor.fields["location"].focus_target().setText("Goma")  # type: ignore[attr-defined]
        trace.clear()
        editor.save()
        QCoreApplication.processEvents()
        own = [s for s in trace if not s.startswith("--")]
        begins = sum(s.lstrip().upper().startswith("BEGIN") for s in own)
        peers = sum("sync_peer" in s for s in own)
        sys.stdout.write(
            f"statements={len(own)} (+{len(trace) - len(own)} inside FTS5) "
            f"transactions={begins} peer-table reads={peers}\n"
        )
        if args.list:
            for statement in trace:
                sys.stdout.write(f"  {statement[:150]}\n")
        window.close()
        ctx.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
