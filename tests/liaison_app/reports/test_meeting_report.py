"""The meeting / liaison report: staff order, marking on every page, names in any script,
do-not-share contacts withheld, and the highest sensitivity of what it holds marking it."""

from __future__ import annotations

from datetime import datetime

import pytest

from liaison_app import datetime_input
from liaison_app.errors import NotFoundError
from liaison_app.services import records
from liaison_app.services.reports import meeting_report, render_meeting
from liaison_app.services.reports.meeting_report import Commitment
from liaison_app.store import Store
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import assert_marked, words_of


def test_given_a_meeting_when_gathered_then_points_are_grouped_by_kind_and_commitments_say_who(
    store: Store, mission: world.World
) -> None:
    report = meeting_report.gather(store, mission.meeting)
    assert [g.kind for g in report.points] == ["finding", "decision", "request", "recommendation"]
    assert report.commitments == (
        Commitment("UNHCR", "two trucks by Friday"),
        Commitment("", "We will brief the sector commander"),
    )
    held = datetime.fromisoformat(f"{world.day(-3)}T10:00+00:00")
    assert report.when == datetime_input.format_dtg(held)
    assert report.position == "16.27000, -0.04000"
    assert report.grid == "30QZD1638501092"
    assert report.author == "Maj. Anna Berg"


def test_given_a_do_not_share_attendee_and_owner_when_gathered_then_both_are_withheld(
    store: Store, mission: world.World
) -> None:
    report = meeting_report.gather(store, mission.meeting)
    assert [p.withheld for p in report.participants] == [False, False, True]
    assert world.HIDDEN not in {p.name for p in report.participants}
    assert [a.owner_withheld for a in report.actions] == [False, True, False]


def test_given_a_confidential_meeting_when_rendered_then_every_page_is_marked_confidential(
    store: Store, mission: world.World
) -> None:
    data = render_meeting.render(meeting_report.gather(store, mission.meeting), issued="011200ZDEC26")
    text = "\n".join(assert_marked(data, "CONFIDENTIAL"))
    for expected in (
        "Meeting / liaison report",
        "Réunion de coordination santé",
        world.FRENCH,
        "Coordinatrice médicale",
        "Gao, bureau OCHA, 30QZD1638501092",
        "1. PARTICIPANTS",
        "FINDINGS",
        "DECISIONS",
        "REQUESTS",
        "RECOMMENDATIONS",
        "COMMITMENTS",
        "two trucks by Friday",
        "FOLLOW-UP ACTIONS",
        "Send the route plan",
        world.day(-2),
        "Officer's assessment — the opinion of the reporting officer, not an agreed position.",
        "Partners are cooperative but stretched.",
        "DISTRIBUTION",
        "Chief CIMIC (action)",
        "Withheld (do not share)",
    ):
        assert expected in text, expected
    assert set(world.ARABIC.split()) <= words_of(text)
    assert world.HIDDEN not in text


def test_given_an_attendee_above_the_meeting_when_rendered_then_the_attendee_marks_the_report(
    store: Store, mission: world.World
) -> None:
    records.edit(
        store, "meeting", mission.meeting, {"attendee_ids": [mission.amelie, mission.strict_contact]}
    )
    report = meeting_report.gather(store, mission.meeting)
    assert report.marking == "STRICTLY CONFIDENTIAL"
    assert_marked(render_meeting.render(report, issued="011200ZDEC26"), "STRICTLY CONFIDENTIAL")


def test_given_a_long_meeting_when_rendered_then_every_one_of_its_pages_is_marked_and_numbered(
    store: Store, mission: world.World
) -> None:
    points = [
        {"kind": "finding", "text": f"Finding number {n} about the water points of Ansongo"}
        for n in range(90)
    ]
    records.edit(store, "meeting", mission.meeting, {"points": points})
    pages = assert_marked(
        render_meeting.render(meeting_report.gather(store, mission.meeting), issued="X"), "CONFIDENTIAL"
    )
    assert len(pages) >= 3
    assert "Finding number 89" in pages[-1] + pages[-2]


def test_given_an_unknown_meeting_when_gathered_then_it_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        meeting_report.gather(store, "no-such-meeting")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNHCR: two trucks", Commitment("UNHCR", "two trucks")),
        ("We will call. Then: more", Commitment("", "We will call. Then: more")),
        ("No colon at all", Commitment("", "No colon at all")),
        ("WFP:", Commitment("", "WFP:")),
    ],
)
def test_a_commitment_names_who_only_when_it_starts_with_a_short_name_and_a_colon(
    text: str, expected: Commitment
) -> None:
    assert meeting_report.commitment(text) == expected
