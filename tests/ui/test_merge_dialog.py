# mypy: disable-error-code="no-untyped-call"
"""The merge dialog (both records side by side, a choice per field, what moves and what is
dropped) and where it opens from: a contact's row menu (Merge with…, Undo merge…) and the
duplicate note under a new contact's name (Merge…)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from liaison_app.changes import Changes
from liaison_app.kinds import Kind
from liaison_app.services import record_merge, records
from liaison_app.services.record_merge_plan import Side
from tests.ui.modal import when_modal
from ui.context import AppContext
from ui.editors.duplicate_note import DuplicateNote
from ui.main_window import MainWindow
from ui.merge_dialog import MergeDialog, PickOther, field_choices


def _pair(ctx: AppContext) -> tuple[str, str, str]:
    keep = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"}).id
    other = records.add(ctx.store, "contact", {"full_name": "Jean Mukendi", "position": "Maire"}).id
    meeting = records.add(
        ctx.store, "meeting", {"title": "Convoy", "start": "2026-11-20T10:00Z", "attendee_ids": [other]}
    ).id
    return keep, other, meeting


def _merge_and_wait(qtbot: QtBot, dialog: QWidget) -> None:
    """Press Merge in the dialog and wait for the worker to finish the merge."""
    assert isinstance(dialog, MergeDialog)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)


def test_given_two_contacts_then_the_dialog_offers_only_what_differs_and_says_what_moves(
    qtbot: QtBot, ctx: AppContext
) -> None:
    keep, other, _ = _pair(ctx)
    dialog = MergeDialog(ctx, "contact", keep, other)
    qtbot.addWidget(dialog)

    assert [f.name for f in field_choices(dialog)] == ["position"]
    assert dialog.choices() == {"position": Side.KEEP}
    assert "meeting 1" in dialog.moves_text()
    assert dialog.dropped_label.text() == "Dropped: Position of Jean Mukendi."


def test_given_the_other_side_chosen_when_merged_then_the_kept_contact_has_it_and_the_meeting_names_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    keep, other, meeting = _pair(ctx)
    dialog = MergeDialog(ctx, "contact", keep, other)
    qtbot.addWidget(dialog)

    dialog.choose("position", Side.OTHER)
    dialog.merge_button.click()

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert [c.id for c in records.list_records(ctx.store, "contact")] == [keep]
    assert records.get(ctx.store, "contact", keep).position == "Maire"  # type: ignore[attr-defined]
    assert records.get(ctx.store, "meeting", meeting).attendee_ids == [keep]  # type: ignore[attr-defined]


def test_given_a_contacts_row_menu_then_merge_with_picks_the_duplicate_and_undo_merge_brings_it_back(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    keep, other, _ = _pair(ctx)
    ctx.notify_changed("contact")
    window.go_to("contact")
    window.open_record("contact", keep)
    actions = window.record_actions
    actions.update()
    assert actions.merge_action.isVisible() and not actions.unmerge_action.isEnabled()

    def pick_then_merge(picker: QWidget) -> None:
        assert isinstance(picker, PickOther)
        picker.query.setText("Mukendi")
        assert picker.chosen() == other  # the record itself is never offered
        when_modal(lambda merge: _merge_and_wait(qtbot, merge))
        picker.accept()

    when_modal(pick_then_merge)
    actions.merge_action.trigger()

    assert [c.id for c in records.list_records(ctx.store, "contact")] == [keep]
    actions.update()
    assert actions.unmerge_action.isEnabled()
    actions.unmerge_action.trigger()
    assert {c.id for c in records.list_records(ctx.store, "contact")} == {keep, other}
    assert record_merge.merged_into(ctx.store, kind="contact", record_id=keep) == []


def test_given_a_new_contact_typed_like_a_stored_one_when_merge_is_pressed_then_it_is_saved_and_merged(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    stored = records.add(ctx.store, "contact", {"full_name": "Amina Diallo"}).id
    window.go_to("contact")
    page = window.lists["contact"]
    page.new_record()
    note = page.editor.findChild(DuplicateNote)
    assert note is not None
    qtbot.keyClicks(page.editor.fields["full_name"].focus_target(), "Amina Diallo")
    page.editor.fields["position"].focus_target()
    qtbot.waitUntil(lambda: note.isVisible())

    when_modal(lambda merge: _merge_and_wait(qtbot, merge))
    note.merge_buttons[0].click()

    assert [c.id for c in records.list_records(ctx.store, "contact")] == [stored]
    qtbot.waitUntil(lambda: page.editor.record_id == stored)


def test_given_merge_pressed_then_it_runs_in_the_worker_and_only_the_touched_screens_hear_of_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    keep, other, _ = _pair(ctx)
    dialog = MergeDialog(ctx, "contact", keep, other)
    qtbot.addWidget(dialog)
    heard: list[Changes] = []
    ctx.operation_done.connect(lambda changes, _initiator: heard.append(changes))

    dialog.merge_button.click()

    assert dialog.busy and not dialog.merge_button.isEnabled()  # the GUI thread went on
    assert not dialog.progress.isHidden()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(heard) == 1 and heard[0].kinds == {Kind.CONTACT, Kind.MEETING}
    assert heard[0].ids is not None and {keep, other} <= heard[0].ids


def test_given_the_merge_cancelled_while_it_runs_then_nothing_is_merged_and_the_dialog_closes(
    qtbot: QtBot, ctx: AppContext
) -> None:
    keep, other, meeting = _pair(ctx)
    dialog = MergeDialog(ctx, "contact", keep, other)
    qtbot.addWidget(dialog)

    dialog.merge_button.click()
    dialog.reject()  # before the worker took the job: it stops at its first step

    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.outcome is None
    assert {c.id for c in records.list_records(ctx.store, "contact")} == {keep, other}
    assert records.get(ctx.store, "meeting", meeting).attendee_ids == [other]  # type: ignore[attr-defined]
