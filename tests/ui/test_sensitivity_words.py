"""A sensitivity level is spelt one way on every screen: as the profile's settings write it."""

from __future__ import annotations

from liaison_app.services import records
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def test_given_a_strictly_confidential_contact_then_list_editor_and_settings_spell_it_alike(
    window: MainWindow, ctx: AppContext
) -> None:
    contact = records.add(
        ctx.store, "contact", {"full_name": "Jean Mukendi", "sensitivity": "STRICTLY CONFIDENTIAL"}
    )
    ctx.notify_changed("contact")
    window.open_record("contact", contact.id)
    page = window.lists["contact"]
    column = [c.key for c in page.spec.columns].index("sensitivity")
    in_list = str(page.model.index(0, column).data())
    in_editor = page.editor.sensitivity.combo.currentText()  # type: ignore[attr-defined]
    settings = SettingsDialog(ctx, window)
    assert in_list == in_editor == "STRICTLY CONFIDENTIAL"
    assert any(in_editor in label.text() for label in settings.findChildren(type(settings.error)))
    settings.deleteLater()
