"""Regenerate docs/screenshots/*.png: every screen of the app, offscreen, with demo data.

Run: .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
Uses `liaison_app.demo` when it exists, else a small built-in sample.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QScrollArea, QWidget

from liaison_app import keyfile, profile
from liaison_app.services import list_window, records, related, syncing
from liaison_app.services.record_merge_plan import Side
from liaison_app.store import Store
from scripts.card_screenshots import shoot_card_import
from scripts.guard_screenshots import shoot_guard
from scripts.interop_screenshots import shoot_interop
from scripts.language_screenshots import shoot_language_screens
from scripts.report_screenshots import shoot_report_preview, unicode_meeting
from scripts.scope_screenshots import scoped_contacts, shoot_scope
from scripts.screenshots_intake import shoot_intake
from ui.app import create_application
from ui.context import AppContext
from ui.editors.datetime_fields import DateTimeField
from ui.editors.duplicate_note import DuplicateNote
from ui.editors.meeting import MeetingEditor
from ui.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog, window_actions
from ui.main_window import MainWindow
from ui.merge_dialog import MergeDialog
from ui.passphrase_dialogs import ChangePassphraseDialog, RecoverDialog
from ui.settings_dialog import SettingsDialog
from ui.stale_record import CompareDialog
from ui.unlock import UnlockDialog
from ui.wizard import SetupWizard

PASSPHRASE = "screenshots only passphrase"
CHEAP = keyfile.KdfCost(8, 1)
SIZE = (1280, 800)


def settle(ms: int = 50) -> None:
    """Let queued events (layouts, timers, worker results) run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Process events until `condition` holds."""
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("screen did not get ready")
        settle(20)
        waited += 20


def fill(store: Store) -> None:
    """Demo data: the team's generator if present, else a small sample."""
    try:
        from liaison_app import demo
    except ImportError:
        sample(store)
    else:
        demo.generate(store, seed=1)


def sample(store: Store) -> None:
    """A handful of records so every screen shows something."""
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    wfp = records.add(
        store,
        "org",
        {
            "name": "World Food Programme",
            "acronym": "WFP",
            "org_type": "un-agency",
            "sectors": ["food", "logistics"],
        },
    )
    mayor = records.add(store, "org", {"name": "Municipality of Kaldor", "org_type": "local-authority"})
    ngo = records.add(
        store,
        "org",
        {"name": "Medical Relief International", "acronym": "MRI", "org_type": "ngo", "sectors": ["health"]},
    )
    people = [
        ("Amina Haddad", "Head of sub-office", wfp.id, "+961 70 123 456"),
        ("Jonas Keller", "Logistics officer", wfp.id, "+41 79 555 0101"),
        ("Fatima Noor", "Deputy mayor", mayor.id, "+961 71 222 333"),
        ("Dr. Samir Aziz", "Clinic director", ngo.id, "+961 76 987 654"),
    ]
    contacts = [
        records.add(
            store,
            "contact",
            {
                "full_name": n,
                "position": p,
                "organization_id": o,
                "contact_points": [{"kind": "phone", "value": t, "label": "mobile"}],
                "location": "Kaldor",
            },
        )
        for n, p, o, t in people
    ]
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "Water point security coordination",
            "meeting_type": "coordination-meeting",
            "start": (now.replace(hour=10, minute=0)).isoformat(),
            "end": (now.replace(hour=11, minute=30)).isoformat(),
            "location": "Kaldor town hall",
            "attendee_ids": [contacts[0].id, contacts[2].id],
            "organization_ids": [wfp.id, mayor.id],
            "purpose": "Agree escorts for the water trucking route.",
            "points": [
                {"kind": "decision", "text": "Escort trucks on Tuesdays and Fridays"},
                {"kind": "request", "text": "Municipality asks for a second water tank"},
            ],
        },
    )
    records.add(
        store,
        "meeting",
        {
            "title": "Clinic supply visit",
            "meeting_type": "visit",
            "start": (now + timedelta(days=2)).isoformat(),
            "attendee_ids": [contacts[3].id],
            "location": "MRI clinic",
        },
    )
    records.add(
        store,
        "action",
        {
            "title": "Send escort schedule to WFP",
            "owner": "me",
            "due": (now - timedelta(days=2)).date().isoformat(),
            "meeting_id": meeting.id,
            "priority": "high",
        },
    )
    records.add(
        store,
        "action",
        {
            "title": "Ask engineers about a second tank",
            "owner": contacts[2].id,
            "meeting_id": meeting.id,
            "due": (now + timedelta(days=3)).date().isoformat(),
        },
    )


def make_device(directory: Path, officer: str, device: str, role: str = "field") -> Store:
    """Another officer's profile, for the sync screens."""
    return profile.init(
        directory, passphrase=PASSPHRASE, officer_name=officer, device_name=device, role=role, cost=CHEAP
    ).store


def introduce(a: Store, b: Store) -> None:
    """Exchange identity cards both ways (as at a handover)."""
    for src, dst in ((a, b), (b, a)):
        card = syncing.export_card(src, src.directory.parent / f"{src.author.device_id[:10]}.liaison-card")
        syncing.add_peer(dst, card)


def bundle(src: Store, dst: Store, name: str, *, full: bool = False) -> Path:
    """A bundle from src for dst, next to the profiles."""
    path = src.directory.parent / name
    syncing.export_bundle(src, to=[dst.author.device_id], path=path, full=full)
    return path


def other_devices(anna: Store, tmp: Path) -> list[Path]:
    """HQ and a second field officer who trust Anna, one lost laptop she revoked, and real
    conflicts: HQ and Anna changed the same fields before syncing. Returns bundles for Anna
    to import through the Sync centre (one of them addressed to someone else)."""
    hq = make_device(tmp / "hq", "Col. Dana Reyes", "hq-desk-02", role="hq")
    bert = make_device(tmp / "bert", "Capt. Bert Olsen", "toughbook-12")
    lost = make_device(tmp / "lost", "Lt. Sara Kim", "toughbook-03")
    introduce(anna, hq)
    introduce(anna, bert)
    introduce(bert, hq)
    introduce(anna, lost)
    syncing.revoke_peer(anna, lost.author.device_id)
    syncing.import_bundle(hq, bundle(anna, hq, "anna-to-hq-1.liaison", full=True))
    contacts = records.list_records(anna, "contact")[:2]
    orgs = records.list_records(anna, "org")[:1]
    for n, contact in enumerate(contacts):
        records.edit(
            anna, "contact", contact.id, {"position": ["Head of sub-office", "Field coordinator"][n]}
        )
        records.edit(hq, "contact", contact.id, {"position": ["Acting head of office", "Area manager"][n]})
    moved = records.list_records(anna, "contact")[2]
    others = [o for o in records.list_records(anna, "org") if o.id != moved.organization_id][:2]  # type: ignore[attr-defined]
    records.edit(anna, "contact", moved.id, {"organization_id": others[0].id})
    records.edit(hq, "contact", moved.id, {"organization_id": others[1].id})  # a reference conflict
    for org in orgs:
        records.edit(anna, "org", org.id, {"notes": "Warehouse moved to the old customs yard in March."})
        records.edit(hq, "org", org.id, {"notes": "Warehouse closed; stock moved to the regional hub."})
    syncing.import_bundle(hq, bundle(anna, hq, "anna-to-hq-2.liaison"))
    records.add(bert, "org", {"name": "Kaldor Water Board", "org_type": "local-authority"})
    records.add(bert, "contact", {"full_name": "Yusuf Darwish", "position": "Pumping station chief"})
    paths = [
        bundle(hq, anna, "hq-desk-02-to-toughbook-07.liaison"),
        bundle(bert, anna, "toughbook-12-to-toughbook-07.liaison"),
        bundle(hq, bert, "hq-desk-02-to-toughbook-12.liaison"),
    ]
    for store in (hq, bert, lost):
        store.close()
    return paths


def shoot_hq_peers(tmp: Path, out: Path) -> None:
    """HQ's trusted devices, choosing that exports to Anna carry only her area (issue 11)."""
    hq = profile.unlock(tmp / "hq", PASSPHRASE)
    ctx = AppContext(tmp / "hq")
    ctx.open(hq)
    window = MainWindow(ctx, remember_geometry=False)
    window.resize(*SIZE)
    window.show()
    window.go_to("sync")
    peers = window.sync.peers
    anna = next(i for i, line in enumerate(peers.lines) if line.officer == "Maj. Anna Berg")
    peers.table.selectRow(anna)
    peers.scope_choice.setCurrentIndex(1)
    peers.scope_choice.activated.emit(1)
    peers.table.selectRow(anna)
    save(window, out, "sync-peers-hq")
    window._settle_all = lambda: True  # type: ignore[method-assign]
    window.close()
    ctx.lock()


def save(widget: QWidget, out: Path, name: str) -> None:
    """Grab `widget` to out/name.png."""
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    sys.stdout.write(f"wrote {path}\n")


def shoot_purge_question(out: Path) -> None:
    """Purge for good…: what it means, and the reason the purge log keeps."""
    from ui.purge_dialog import question

    dialog = question(None, "contact", "Jean Mukendi")
    dialog.setTextValue("retention period over")
    dialog.show()
    dialog.adjustSize()
    save(dialog, out, "purge-question")
    dialog.close()


def main() -> int:
    """Build a throwaway profile, show each screen and save its picture."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--only", choices=["hq", "purge"], help="only these screens (hq: the HQ dashboard and pages)"
    )
    arguments = parser.parse_args()
    out = arguments.out
    out.mkdir(parents=True, exist_ok=True)
    create_application(["screenshots"])
    if arguments.only == "hq":
        shoot_hq(out)
        return 0
    if arguments.only == "purge":
        shoot_purge_question(out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "profile"
        shoot_wizard(directory, out)
        store = profile.init(
            directory / "demo",
            passphrase=PASSPHRASE,
            officer_name="Maj. Anna Berg",
            device_name="toughbook-07",
            cost=CHEAP,
        ).store
        fill(store)
        ctx = AppContext(directory / "demo")
        ctx.open(store)
        window = MainWindow(ctx, remember_geometry=False)
        window.resize(*SIZE)
        window.show()
        (Path(tmp) / "usb-stick").mkdir()
        window.sync.set_folder(str(Path(tmp) / "usb-stick"))
        window.sync.import_files(other_devices(store, Path(tmp)))
        wait_for(lambda: not window.jobs.busy)
        shoot_screens(window, out)
        shoot_areas(window, out)
        shoot_duplicate_note(window, out)
        shoot_stale(window, out)
        shoot_trash(window, out)
        shoot_help(window, out)
        shoot_merge_dialog(window, out)
        shoot_purge_question(out)
        shoot_saved_views(window, out)
        shoot_hq_peers(Path(tmp), out)
        meeting = unicode_meeting(store)
        shoot_report_preview(window, meeting, out)
        shoot_card_import(window, Path(tmp), out)
        shoot_interop(window, out)
        shoot_scope(window, scoped_contacts(store), out)
        shoot_guard(window, out)
        dialog = SettingsDialog(ctx, window)
        dialog.show()
        save(dialog, out, "settings")
        dialog.close()
        ctx.lock()
        save(window, out, "locked")
        unlock = UnlockDialog(directory / "demo")
        unlock.show()
        save(unlock, out, "unlock")
        unlock.close()
        shoot_passphrase_dialogs(directory / "demo", out)
        window.close()
        shoot_intake(Path(tmp), out, make_device, save, wait_for, SIZE)
    shoot_language_screens(out)  # on a profile of their own: a switch rebuilds the window
    shoot_hq(out)
    QCoreApplication.processEvents()
    return 0


def shoot_hq(out: Path) -> None:
    """An HQ profile (1% of the generated HQ: seven officers, half a year): the HQ
    dashboard, the busiest organization's page and the quietest officer's page."""
    from liaison_app.demo import scale
    from ui.hq_dashboard import HqDashboard

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "hq"
        store = profile.init(
            directory, passphrase=PASSPHRASE, officer_name="Col. Dana Reyes", device_name="hq-desk",
            role="hq", cost=CHEAP,
        ).store  # fmt: skip
        scale.generate(store, scale.scaled(scale.HQ, 0.01), seed=1)
        ctx = AppContext(directory)
        ctx.open(store)
        window = MainWindow(ctx, remember_geometry=False)
        window.resize(*SIZE)
        window.show()
        board = window.home.hq if window.home else None
        assert isinstance(board, HqDashboard)
        # The figures show first, the charts once drawn (a second job).
        wait_for(lambda: board.summary is not None and all(c.figure is not None for c in board.charts()))
        settle(400)  # a chart resized by the first layout is drawn again
        QThreadPool.globalInstance().waitForDone()
        settle()
        save(window, out, "hq-dashboard")
        window.open_org_page(_busiest_org(store))
        save(window, out, "hq-organization")
        assert board.summary is not None
        window.open_officer_page(board.summary.officers[0].officer.name)
        page = window.officer_page
        assert page is not None
        wait_for(lambda: page.activity.figure is not None)
        settle(300)  # drawn again at its size once laid out
        QThreadPool.globalInstance().waitForDone()
        settle()
        save(window, out, "hq-officer")
        QThreadPool.globalInstance().waitForDone()  # charts drawn in the worker, before closing
        ctx.lock()
        window.close()


def _busiest_org(store: Store) -> str:
    raw = store.engine.raw_connection()
    try:
        row = (
            raw.cursor()
            .execute(
                "SELECT l.record_id FROM meeting_link l JOIN organization o ON o.id = l.record_id"
                " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            )
            .fetchone()
        )
        return str(row[0])
    finally:
        raw.close()


def shoot_areas(window: MainWindow, out: Path) -> None:
    """The Areas screen, and the meetings filtered by an area and a date range (issue 11)."""
    window.go_to("area")
    page = window.lists["area"]
    first = page.model.id_at(0)
    if first is not None:
        page.open_record(first)
    save(window, out, "areas")
    window.go_to("meeting")
    meetings = window.lists["meeting"]
    area = meetings.filter_bar.area
    province = next((a for a in records.list_records(window.ctx.store, "area") if a.pcode == "XM04"), None)
    if area is not None and province is not None:
        area.choose(province.id, f"{province.name} ({province.pcode})")  # type: ignore[attr-defined]
    newest = meetings.model.id_at(0)
    meetings.filter_bar.set_dates((date.today() - timedelta(days=14)).isoformat(), "")
    if newest is not None:
        meetings.open_record(newest)
    save(window, out, "meetings-filtered")
    if area is not None:
        area.clear()


def shoot_wizard(directory: Path, out: Path) -> None:
    """The three wizard pages."""
    wizard = SetupWizard(directory, cost=CHEAP)
    wizard.show()
    wizard.identity.officer.setText("Maj. Anna Berg")
    wizard.identity.device.setText("toughbook-07")
    save(wizard, out, "wizard-1-identity")
    wizard.next()
    wizard.secret.passphrase.setText("river stone lantern 42")
    wizard.secret.confirmation.setText("river stone lantern 42")
    save(wizard, out, "wizard-2-passphrase")
    wizard.next()
    wait_for(lambda: wizard.created is not None)
    save(wizard, out, "wizard-3-recovery-key")
    assert wizard.created is not None
    wizard.created.store.close()
    wizard.recovery.confirmed.setChecked(True)  # else closing asks whether it was written down
    wizard.close()


def shoot_passphrase_dialogs(directory: Path, out: Path) -> None:
    """The unlock form after a failed attempt with Caps Lock on, Change passphrase, and
    recovery with the recovery key."""
    unlock = UnlockDialog(directory)
    unlock.show()
    unlock.form.passphrase.setText("SCREENSHOTS ONLY")
    unlock.form.submit()
    wait_for(lambda: unlock.form.task is None and unlock.form.attempts.isVisible())
    QTest.keyClick(unlock.form.passphrase, "S")  # a capital without Shift: Caps Lock is on
    save(unlock, out, "unlock-failed-attempt")
    unlock.close()
    change = ChangePassphraseDialog(directory, ("Maj. Anna Berg", "toughbook-07"))
    change.show()
    change.current.setText(PASSPHRASE)
    change.fields.passphrase.setText("tundra mosaic kettle orbit")
    change.fields.confirmation.setText("tundra mosaic kettle orbit")
    save(change, out, "change-passphrase")
    change.close()
    recover = RecoverDialog(directory)
    recover.show()
    recover.key.setText("7K2M-")
    recover.fields.passphrase.setText("tundra mosaic kettle orbit")
    recover.fields.confirmation.setText("tundra mosaic")
    save(recover, out, "recover-with-recovery-key")
    recover.close()


def shoot_screens(window: MainWindow, out: Path) -> None:
    """Every side-bar screen, and an open editor on each list."""
    save(window, out, "dashboard")
    for kind, name in (
        ("meeting", "meetings"),
        ("contact", "contacts"),
        ("org", "organizations"),
        ("action", "actions"),
    ):
        window.go_to(kind)
        page = window.lists[kind]
        first = page.model.id_at(0)
        if first is not None:
            page.open_record(first)
        save(window, out, name)
    shoot_related(window, out)
    window.go_to("contact")
    window.lists["contact"].search.setText("am")
    settle(200)
    save(window, out, "contacts-search")
    shoot_capped(window, out)
    window.lists["contact"].search.clear()
    window.go_to("meeting")
    window.lists["meeting"].new_record()
    window.lists["meeting"].editor.fields["start"].set_value("2026-13-01 10:00")
    window.lists["meeting"].editor.fields["title"].set_value("Checkpoint liaison")
    window.lists["meeting"].editor.save()
    save(window, out, "meeting-validation")
    window.lists["meeting"].editor.revert()
    shoot_dates(window, out)
    shoot_minutes(window, out)
    window.go_to("conflicts")
    fields = [view.field for view in window.conflicts.views]
    if "organization_id" in fields:  # show a reference field: titles, not ids
        window.conflicts.table.setCurrentCell(fields.index("organization_id"), 0)
    save(window, out, "conflicts")
    window.conflicts.show_resolved.setChecked(True)
    window.conflicts.keep(*_first_side(window))
    window.conflicts.table.setCurrentCell(window.conflicts.table.rowCount() - 1, 0)
    save(window, out, "conflicts-resolved")
    window.conflicts.show_resolved.setChecked(False)
    window.go_to("sync")
    save(window, out, "sync")
    window.sync.tabs.setCurrentWidget(window.sync.history)
    save(window, out, "sync-history")
    window.sync.tabs.setCurrentWidget(window.sync.results)
    window.go_to("dashboard")


def shoot_duplicate_note(window: MainWindow, out: Path) -> None:
    """A new contact typed like a stored one of an organization: the note under its name."""
    known = next(c for c in records.list_records(window.ctx.store, "contact") if c.organization_id)
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    QTest.keyClicks(page.editor.fields["full_name"].focus_target(), known.full_name[:-1])
    note = page.editor.findChild(DuplicateNote)
    assert note is not None
    wait_for(note.isVisible)
    save(window, out, "contact-duplicate-note")
    page.editor.revert()


def shoot_saved_views(window: MainWindow, out: Path) -> None:
    """The meetings of an area in the last 30 days, saved as a view and chosen again."""
    store = window.ctx.store
    page = window.lists["meeting"]
    window.go_to("meeting")
    area_id = next((m.area_id for m in records.list_records(store, "meeting") if m.area_id), None)  # type: ignore[attr-defined]
    name = "Last 30 days"
    if area_id is not None:
        page.filter_bar.set_area(area_id)
        name = f"{records.get(store, 'area', area_id).name}, last 30 days"  # type: ignore[attr-defined]
    page.filter_bar.set_dates("today-30", "today")
    page.saved_views.save_as(name)
    page.saved_views.choose(name)
    settle()
    save(window, out, "saved-views")


def shoot_merge_dialog(window: MainWindow, out: Path) -> None:
    """Two officers entered one person: the merge dialog, a field chosen from the other."""
    store = window.ctx.store
    known = next(c for c in records.list_records(store, "contact") if c.organization_id)
    twin = records.add(
        store,
        "contact",
        {
            "full_name": known.full_name.upper(),
            "position": "Acting head of office",
            "organization_id": known.organization_id,
            "contact_points": [{"kind": "email", "value": "a.haddad@example.org"}],
        },
    )
    records.add(
        store,
        "meeting",
        {"title": "Warehouse visit", "start": "2026-11-24T09:00+02:00", "attendee_ids": [twin.id]},
    )
    dialog = MergeDialog(window.ctx, "contact", known.id, twin.id, window)
    dialog.choose("contact_points", Side.OTHER)
    dialog.show()
    save(dialog, out, "contact-merge-dialog")
    dialog.reject()


def shoot_capped(window: MainWindow, out: Path) -> None:
    """A search listing only its newest matches, as a common word at HQ does (465,000 match):
    this small profile lists its newest 3 to show the notice."""
    page = window.lists["contact"]
    page.source.search_cap = 3
    page.search.setText("a")
    page.apply_query()
    settle(600)  # the match count follows the rows after a pause
    save(window, out, "contacts-search-capped")
    page.source.search_cap = list_window.SEARCH_CAP


def shoot_stale(window: MainWindow, out: Path) -> None:
    """A contact with edits changed by another writer (the bar, then Compare…), and a
    record whose field is in conflict, marked in its editor."""
    store = window.ctx.store
    conflicts = [c for c in syncing.conflicts(store) if not c.resolved]
    if conflicts:
        window.open_record(conflicts[0].kind, conflicts[0].record_id)
        marked = window.lists[conflicts[0].kind].editor
        scroll = marked.findChild(QScrollArea)
        if scroll is not None and conflicts[0].field in marked.fields:
            scroll.ensureWidgetVisible(marked.fields[conflicts[0].field], 0, 120)
        save(window, out, "editor-conflict-mark")
    contact = records.list_records(store, "contact")[0]
    window.open_record("contact", contact.id)
    editor = window.lists["contact"].editor
    location = editor.fields["location"].focus_target()
    assert isinstance(location, QLineEdit)
    location.setText("Goma, north gate")
    records.edit(store, "contact", contact.id, {"position": "Head of Logistics", "notes": "Met at HQ"})
    window.ctx.notify_changed("")
    save(window, out, "editor-changed-elsewhere")
    dialog = CompareDialog(editor.compare_rows(), window)
    dialog.show()
    save(dialog, out, "editor-compare")
    dialog.close()
    editor.take_stored()


def shoot_trash(window: MainWindow, out: Path) -> None:
    """The delete question naming what points at a contact, an action whose owner is in the
    Trash, the Undo note, and the Trash screen."""
    store = window.ctx.store
    owned = {a.owner for a in records.list_records(store, "action")}  # type: ignore[attr-defined]
    contact = next((c for c in records.list_records(store, "contact") if c.id in owned), None)
    if contact is None:
        return
    window.open_record("contact", contact.id)
    editor = window.lists["contact"].editor
    question = editor.delete_question()
    question.show()
    save(question, out, "delete-question")
    question.close()
    editor.delete()
    action = next(a for a in records.list_records(store, "action") if a.owner == contact.id)  # type: ignore[attr-defined]
    window.open_record("action", action.id)
    save(window, out, "action-owner-in-trash")
    org = records.list_records(store, "org")[-1]
    window.open_record("org", org.id)
    window.lists["org"].editor.delete()
    window.go_to("trash")
    save(window, out, "trash")
    window.go_to("dashboard")


def shoot_help(window: MainWindow, out: Path) -> None:
    """Help's shortcut list, guide and About; the Edit menu and a list row's context menu."""
    shortcuts = ShortcutsDialog(window_actions(window), window)
    shortcuts.show()
    save(shortcuts, out, "help-shortcuts")
    shortcuts.close()
    guide = GuideDialog(window)
    guide.show()
    save(guide, out, "help-guide")
    guide.close()
    about = AboutDialog(window)
    about.show()
    save(about, out, "help-about")
    about.close()
    window.go_to("action")
    page = window.lists["action"]
    if page.model.rowCount() == 0:
        return
    page.table.setFocus()
    page.table.selectRow(1 if page.model.rowCount() > 1 else 0)
    at = page.table.visualRect(page.model.index(page.table.currentIndex().row(), 1)).center()
    menu = window.record_actions.row_menu(page, at)
    if menu is not None:
        save_with_popup(window, menu, out, "list-context-menu")
        menu.hide()
    window.edit_menu.aboutToShow.emit()
    edit = window.edit_menu
    edit.popup(window.mapToGlobal(window.menuBar().actionGeometry(edit.menuAction()).bottomLeft()))
    save_with_popup(window, edit, out, "edit-menu")
    edit.hide()


def save_with_popup(window: MainWindow, popup: QWidget, out: Path, name: str) -> None:
    """The window with a popup (a menu) painted where it opened."""
    settle()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    path = out / f"{name}.png"
    shot.save(str(path))
    sys.stdout.write(f"wrote {path}\n")


def shoot_dates(window: MainWindow, out: Path) -> None:
    """A new meeting with a start typed in the local format, End filled in one hour later,
    the grid turned into latitude/longitude, and the calendar open."""
    window.go_to("meeting")
    window.lists["meeting"].new_record()
    editor = window.lists["meeting"].editor
    editor.fields["title"].set_value("Checkpoint liaison")
    start = editor.fields["start"]
    assert isinstance(start, DateTimeField)
    start.edit.setText("01.12.2026 10:00")
    grid = editor.fields["grid"].focus_target()
    assert isinstance(grid, QLineEdit)
    grid.setText("38SMB4400012000")
    grid.editingFinished.emit()
    save(window, out, "meeting-dates")
    start.open_calendar()
    settle()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(start.calendar.pos()), start.calendar.grab())
    painter.end()
    shot.save(str(out / "meeting-calendar.png"))
    sys.stdout.write(f"wrote {out / 'meeting-calendar.png'}\n")
    start.calendar.close()
    editor.revert()


def shoot_related(window: MainWindow, out: Path) -> None:
    """The related records under an organization's, a contact's and a meeting's editor (the
    busiest of the first few listed), scrolled into view."""
    store = window.ctx.store
    for kind in ("org", "contact", "meeting"):
        page = window.lists[kind]
        window.go_to(kind)
        candidates = [i for i in (page.model.id_at(n) for n in range(40)) if i is not None]
        if not candidates:
            continue
        busiest = max(candidates, key=lambda i: _related_count(store, kind, i))
        page.open_record(busiest)
        settle()
        scroll = page.editor.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(page.editor.related, 0, 0)
        save(window, out, f"related-{'organization' if kind == 'org' else kind}")


def _related_count(store: Store, kind: str, record_id: str) -> int:
    return sum(g.total for g in related.related(store, kind=kind, record_id=record_id).groups)


def shoot_minutes(window: MainWindow, out: Path) -> None:
    """The meeting with the most points: in the editor (scrolled to its points), in its own
    window, and read as minutes."""
    store = window.ctx.store
    meeting = max(records.list_records(store, "meeting"), key=lambda m: len(m.points))  # type: ignore[attr-defined]
    window.go_to("meeting")
    page = window.lists["meeting"]
    page.open_record(meeting.id)
    editor = page.editor
    assert isinstance(editor, MeetingEditor)
    scroll = editor.findChild(QScrollArea)
    points = editor.fields["points"]
    settle()
    if scroll is not None:
        scroll.ensureWidgetVisible(points, 0, 0)
    save(window, out, "meeting-points")
    page.detacher.detach()
    assert page.detacher.window is not None
    save(page.detacher.window, out, "meeting-own-window")
    page.detacher.attach()
    editor.show_minutes()
    assert editor.minutes_window is not None
    save(editor.minutes_window, out, "minutes")
    editor.minutes_window.close()


def _first_side(window: MainWindow) -> tuple[str, int]:
    side = window.conflicts.cards[0].side
    return side.origin, side.seq


if __name__ == "__main__":
    sys.exit(main())
