"""The action register: open actions overdue and due soon, counted by owner."""

from __future__ import annotations

from liaison_app.services.reports import action_register, render_actions
from liaison_app.store import Store
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import assert_marked


def test_given_open_actions_when_gathered_then_overdue_and_due_soon_are_apart_and_counted_by_owner(
    store: Store, mission: world.World
) -> None:
    register = action_register.gather(store, on=world.TODAY)
    assert [a.title for a in register.overdue.rows] == ["Send the route plan"]
    assert [a.title for a in register.due_soon.rows] == [
        "Brief the sector commander",
        "Ask the engineers about the bridge",
    ]
    assert register.by_owner == (
        (world.FRENCH, 1, 0),
        ("Maj. Anna Berg", 0, 1),
        ("Withheld (do not share)", 0, 1),
    )


def test_given_actions_from_a_confidential_meeting_then_the_register_is_confidential(
    store: Store, mission: world.World
) -> None:
    register = action_register.gather(store, on=world.TODAY)
    assert register.marking == "CONFIDENTIAL"
    text = "\n".join(assert_marked(render_actions.render(register, issued="X", author="A"), "CONFIDENTIAL"))
    for expected in (
        "Action register",
        "BY OWNER",
        "OVERDUE",
        "DUE SOON",
        world.FRENCH,
        "Send the route plan",
    ):
        assert expected in text
    assert world.HIDDEN not in text


def test_given_more_actions_than_listed_then_the_count_stays_whole(
    store: Store, mission: world.World
) -> None:
    register = action_register.gather(store, on=world.TODAY, limit=1)
    assert len(register.due_soon.rows) == 1 and register.due_soon.total == 2
    text = "\n".join(assert_marked(render_actions.render(register, issued="X", author="A"), "CONFIDENTIAL"))
    assert "The first 1 of 2 actions are listed." in text
