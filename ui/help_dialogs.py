"""The Help menu's dialogs: every keyboard shortcut (read from the window's own actions,
so the list never drifts from what the keys do), a short guide to the day's work, and
About (release, sync protocols, schema, licence, Qt)."""

from __future__ import annotations

import html
from collections.abc import Iterable

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.services import about
from ui.i18n import tr as _tr
from ui.icons import icon


def _list_keys() -> list[tuple[str, str]]:
    """Keys that belong to the lists and editors rather than to a menu action."""
    return [
        (_tr("Tab / Shift+Tab"), _tr("Next / previous field; stays on the screen (never the side bar)")),
        (_tr("Down (in a search box)"), _tr("To the results, the first one selected")),
        (_tr("Up (on the first row)"), _tr("Back to the search box")),
        (_tr("Home / End, Ctrl+Home / Ctrl+End"), _tr("First / last row of the whole list")),
        (_tr("Page Up / Page Down"), _tr("A screen of rows up / down")),
        (_tr("Enter (in a list)"), _tr("Into the editor of the selected record")),
        (_tr("Delete (in a list)"), _tr("Delete the selected record (asks first, No by default)")),
        (_tr("Menu key, Shift+F10"), _tr("The row's menu: open, own window, copy, mark done, delete")),
        (_tr("Enter (in a picker)"), _tr("Choose the highlighted entry; the cursor stays in the editor")),
        (_tr("Esc (in a picker)"), _tr("Close its list without choosing")),
        (_tr("Alt+Down (in a date)"), _tr("Open the calendar")),
        (_tr("Ctrl+Enter (in a point)"), _tr("Start the next point")),
        (_tr("Alt+Up / Alt+Down (in a point)"), _tr("Move the point up / down")),
        (_tr("Delete (in attendees)"), _tr("Remove the selected attendee")),
        (_tr("Enter (in the Trash)"), _tr("Restore the selected record")),
    ]


def _plain(text: str) -> str:
    """A menu text without its mnemonic and dots ("Se&ttings…" -> "Settings")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").removesuffix("...")


def action_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a shortcut, in the order given,
    each key sequence once."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        text = _plain(action.text())
        if not keys or not text:
            continue
        shown = ", ".join(k for k in keys if k not in seen)
        if shown:
            seen.update(keys)
            found.append((shown, text))
    return found


def window_actions(window: QWidget) -> list[QAction]:
    """The window's actions: menus first, in menu order, then those only on the window."""
    ordered: list[QAction] = []

    def walk(actions: Iterable[QAction]) -> None:
        for action in actions:
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub.actions())
            elif action not in ordered:
                ordered.append(action)

    bar = getattr(window, "menuBar", None)
    if callable(bar):
        walk(bar().actions())
    walk(window.actions())
    return ordered


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the menu actions' keys, then the lists' and editors'."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.rows = action_keys(actions) + _list_keys()
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for row, (keys, what) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, 620)

    def keys(self) -> list[str]:
        """Every key sequence listed (for tests)."""
        return [keys for keys, _what in self.rows]


def guide_html() -> str:
    """The short guide, as HTML (every sentence through the translation)."""
    sections = [
        (
            _tr("The day's work"),
            [
                _tr(
                    "Before a meeting, find the contacts (Ctrl+3) and organizations (Ctrl+4) you will"
                    " see. Start the meeting record with Ctrl+N on the Meetings screen (Ctrl+2):"
                    " title, time, place, attendees."
                ),
                _tr(
                    "During or after the meeting type the points: each point has a type (finding,"
                    " decision, request…) and its text; Ctrl+Enter starts the next one. Save with"
                    " Ctrl+S. Minutes reads the saved meeting as minutes; Report… (Ctrl+P) previews"
                    " it as a marked staff report to save as PDF (the Reports menu has the weekly"
                    " summary, the action register and the handover pack); Own window gives it the"
                    " whole screen."
                ),
                _tr(
                    "What must be done afterwards becomes an action item (New action on the"
                    " meeting). Mark it done from its editor, or from the list's right-click menu."
                ),
            ],
        ),
        (
            _tr("Sync with HQ by stick or folder"),
            [
                _tr(
                    "Once, exchange cards with HQ on the Sync screen (Ctrl+7): Export my card…"
                    " for HQ, Add card… for the card HQ gives you. Then choose the exchange folder"
                    " (a USB stick or a shared folder): whenever it is reachable, Liaison exchanges"
                    " through it by itself, sending what is new here and reading what HQ left."
                    " Export bundle… and Import bundles… (or dropping the files on the page) do the"
                    " same by hand."
                ),
                _tr(
                    "Bundles are encrypted to their recipients and signed: a lost stick reveals"
                    " nothing. The status bar says whether HQ has everything."
                ),
            ],
        ),
        (
            _tr("Conflicts"),
            [
                _tr(
                    "When two officers change the same field before seeing each other's change,"
                    " both values are kept and the field is marked in the editor. On the Conflicts"
                    " screen (Ctrl+6) keep one side, or type a merged value; the choice syncs."
                ),
            ],
        ),
        (
            _tr("Trash and undo"),
            [
                _tr(
                    "Delete asks first (No is the default). A deleted record goes to the Trash"
                    " (Ctrl+8), from where it can be restored; Ctrl+Z right away undoes the delete."
                ),
            ],
        ),
        (
            _tr("Lock and the recovery key"),
            [
                _tr(
                    "Ctrl+L locks the profile at once; it also locks by itself after the idle time"
                    " set in Settings (Ctrl+,). Nothing readable is left on the disk."
                ),
                _tr(
                    "If the passphrase is forgotten, the recovery key shown when the profile was"
                    " made sets a new one (\u201cForgot passphrase?\u201d on the unlock screen)."
                    " Keep that key on paper, away from the laptop."
                ),
            ],
        ),
    ]
    parts = [f"<h2>{html.escape(_tr('Working with Liaison'))}</h2>"]
    for title, paragraphs in sections:
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    parts.append(f"<p><i>{html.escape(_tr('All the keys: Help → Keyboard shortcuts.'))}</i></p>")
    return "\n".join(parts)


class GuideDialog(QDialog):
    """Help → Guide: a few screens on the day's work, sync, conflicts, Trash and the lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 680)


def about_html(facts: about.AboutFacts) -> str:
    """About's text: what this release is and what it exchanges with."""
    protocols = ", ".join(str(p) for p in facts.protocols)
    rows = [
        (_tr("Release"), facts.release),
        (_tr("Sync protocols"), protocols),
        (_tr("Database schema"), str(facts.schema)),
        (_tr("Licence"), facts.licence or _tr("not recorded (run from a source tree)")),
        (_tr("Qt / PySide"), f"{qVersion()} / {PySide6.__version__}"),
        (_tr("Python"), facts.python),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    intro = _tr(
        "Offline-first records of liaison work: organizations, contacts, meetings and action"
        " items, encrypted on this device and exchanged with HQ in signed, encrypted bundles."
    )
    heading = _tr("Liaison %1").replace("%1", facts.release)
    return f"<h2>{html.escape(heading)}</h2><p>{html.escape(intro)}</p><table>{table}</table>"


class AboutDialog(QDialog):
    """Help → About Liaison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About Liaison"))
        self.facts = about.facts()
        picture = QLabel(self)
        picture.setPixmap(icon("liaison").pixmap(64, 64))
        self.text = QLabel(about_html(self.facts), self)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
