# mypy: disable-error-code="no-untyped-call"
"""The Retention and Protection tabs of Settings: the periods, the mass-delete share and
locking with the session are stored through the services; HQ's policy is shown as such;
the duress passphrase is set and removed with the officer's own passphrase."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from liaison_app import profile, settings
from liaison_app.services import preferences, retention
from tests.conftest import PASSPHRASE
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog


def _dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_given_new_periods_and_share_when_applied_then_they_are_stored(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.tabs.setCurrentWidget(dialog.retention)
    dialog.retention.kinds["contact"].setValue(365)
    dialog.retention.levels["CONFIDENTIAL"].setValue(90)
    dialog.protection.share.setValue(25)
    dialog.protection.lock_on_sleep.setChecked(False)

    dialog.apply()

    view = retention.policy(ctx.store)
    assert view.own.kinds["contact"] == 365 and view.own.levels == {"CONFIDENTIAL": 90}
    current = preferences.read(ctx.store)
    assert (current.mass_delete_percent, current.lock_on_sleep) == (25, False)


def test_given_hq_sent_a_policy_then_the_retention_tab_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.store.session() as s:
        sent = {
            "policy": {"kinds": {"contact": 180}, "levels": {}},
            "set_at": "2026-11-01T09:00:00Z",
            "by": "x",
        }
        settings.put(s, "retention_mission", sent)
        s.commit()

    dialog = _dialog(qtbot, ctx)

    assert "Set by HQ on 2026-11-01" in dialog.retention.mission.text()
    assert "180" in dialog.retention.mission.text()


def test_the_duress_passphrase_is_set_and_removed_from_the_protection_tab(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = _dialog(qtbot, ctx)
    tab = dialog.protection
    assert "No duress passphrase" in tab.duress_state.text()
    tab.duress.setText("tangerine lighthouse quarrel")
    tab.duress_current.setText(PASSPHRASE)

    tab.set_duress()
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)

    assert profile.has_duress(ctx.directory)
    assert "Duress passphrase set." in tab.duress_state.text()
    tab.duress_current.setText("not my passphrase")
    tab.clear_duress()
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)
    assert "wrong passphrase" in tab.duress_state.text() and profile.has_duress(ctx.directory)
    tab.duress_current.setText(PASSPHRASE)
    tab.clear_duress()
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)
    assert not profile.has_duress(ctx.directory)
