"""The weekly activity and information summary: engagements of the period by type and
organization, key decisions and commitments, actions opened, closed and overdue, a chart,
and the marking of the most sensitive meeting it includes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from liaison_app.errors import ValidationError
from liaison_app.services import records
from liaison_app.services.reports import render_weekly, weekly
from liaison_app.services.reports.period import Period
from liaison_app.store import Store
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import assert_marked, words_of

WEEK = Period(world.WEEK_FIRST, world.TODAY)


def test_given_a_week_when_gathered_then_engagements_are_counted_by_type_and_organization(
    store: Store, mission: world.World
) -> None:
    summary = weekly.gather(store, period=WEEK)
    assert summary.engagement_total == 2  # the meeting of two months ago is not in the week
    assert dict(summary.by_type) == {"coordination-meeting": 1, "key-leader-engagement": 1}
    assert summary.organizations == (("Médecins Sans Frontières", 2), ("UNHCR", 1))
    assert sum(n for _, n in summary.per_day) == 2 and len(summary.per_day) == 7
    assert [p.text for p in summary.key_points] == [
        "Evacuations use the northern road",
        "UNHCR: two trucks by Friday",
        "We will brief the sector commander",
        "Market reopens Monday",
    ]


def test_given_meetings_in_areas_when_gathered_then_engagements_are_counted_by_area(
    store: Store, mission: world.World
) -> None:
    gao = records.add(store, "area", {"name": "Gao", "pcode": "ML07", "level": "adm1"})
    records.edit(store, "meeting", mission.meeting, {"area_id": gao.id})
    summary = weekly.gather(store, period=WEEK)
    assert summary.by_area == (("Gao (ML07)", 1), ("", 1))
    text = "\n".join(
        assert_marked(render_weekly.render(summary, issued="X", author="A"), "STRICTLY CONFIDENTIAL")
    )
    assert "ENGAGEMENTS BY AREA" in text and "Gao (ML07) 1" in text and "No area recorded 1" in text


def test_given_a_week_when_gathered_then_actions_are_opened_closed_and_overdue(
    store: Store, mission: world.World
) -> None:
    summary = weekly.gather(store, period=WEEK)
    assert summary.opened.total == 3  # raised at the week's meetings (the standalone one is not)
    assert [a.id for a in summary.closed.rows] == [mission.closed_action]
    assert [a.id for a in summary.overdue.rows] == [mission.overdue_action]
    assert summary.overdue_on == world.TODAY


def test_given_a_strictly_confidential_meeting_in_the_week_then_it_marks_the_summary(
    store: Store, mission: world.World
) -> None:
    assert weekly.gather(store, period=WEEK).marking == "STRICTLY CONFIDENTIAL"
    earlier = Period(world.TODAY - timedelta(days=4), world.TODAY - timedelta(days=2))
    assert weekly.gather(store, period=earlier).marking == "CONFIDENTIAL"


def test_given_another_officers_name_when_gathered_then_none_of_our_records_are_in(
    store: Store, mission: world.World
) -> None:
    summary = weekly.gather(store, period=WEEK, officer="Capt. Someone Else")
    assert summary.engagement_total == 0 and summary.opened.total == 0 and summary.overdue.total == 0
    assert weekly.gather(store, period=WEEK, officer="Maj. Anna Berg").engagement_total == 2


def test_given_the_summary_when_rendered_then_it_reads_back_with_its_chart_and_marking(
    store: Store, mission: world.World
) -> None:
    data = render_weekly.render(
        weekly.gather(store, period=WEEK), issued="011200ZDEC26", author="Maj. Anna Berg"
    )
    text = "\n".join(assert_marked(data, "STRICTLY CONFIDENTIAL"))
    for expected in (
        "Weekly activity and information summary",
        "ENGAGEMENTS BY TYPE",
        "Key leader engagement",
        "ORGANIZATIONS ENGAGED",
        "Médecins Sans Frontières",
        "KEY DECISIONS AND COMMITMENTS",
        "Market reopens Monday",
        "ACTIONS OPENED",
        "ACTIONS CLOSED",
        "Check fuel stocks",
        f"ACTIONS OVERDUE ON {world.TODAY.isoformat()}",
        "3 opened, 1 closed, 1 overdue",
    ):
        assert expected in text, expected
    import io

    first = PdfReader(io.BytesIO(data)).pages[0]
    # The chart is drawn on the page (no picture): its titles and day labels read back as text.
    assert len(first.images) == 0
    page = first.extract_text()
    assert "Engagements per day" in page
    assert world.TODAY.strftime("%a %d") in page


def test_given_an_arabic_organization_when_rendered_then_its_name_reads_back(
    store: Store, mission: world.World
) -> None:
    records.edit(store, "org", mission.unhcr, {"name": "مفوضية اللاجئين"})
    data = render_weekly.render(weekly.gather(store, period=WEEK), issued="X", author="A")
    assert {"مفوضية", "اللاجئين"} <= words_of("\n".join(assert_marked(data, "STRICTLY CONFIDENTIAL")))


def test_a_period_that_ends_before_it_starts_or_runs_too_long_is_refused() -> None:
    with pytest.raises(ValidationError):
        Period(world.TODAY, world.WEEK_FIRST)
    with pytest.raises(ValidationError):
        Period(world.TODAY, world.TODAY + timedelta(days=200))
