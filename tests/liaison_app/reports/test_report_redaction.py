"""The reports under a redaction profile (issue 13): partner leaves out everything at or
above CONFIDENTIAL and a local person's means of contact; full keeps what the reports held
before; public, which names nobody, is refused; the profile is in every page's footer."""

from __future__ import annotations

import pytest

from liaison_app.services import records
from liaison_app.services.interop.redaction import Profile, RedactionRefusedError, redaction
from liaison_app.services.reports import action_register, build, handover, meeting_report, weekly
from liaison_app.services.reports.period import Period
from liaison_app.store import Store
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import pages


def test_given_partner_then_a_confidential_meeting_report_is_refused_and_full_gives_it(
    store: Store, mission: world.World
) -> None:
    with pytest.raises(RedactionRefusedError) as refused:
        meeting_report.gather(store, mission.meeting, rules=redaction(store))
    assert "--redact full" in str(refused.value)
    report = meeting_report.gather(store, mission.meeting, rules=redaction(store, profile=Profile.FULL))
    assert report.marking == "CONFIDENTIAL"


def test_given_partner_then_the_weekly_summary_neither_lists_nor_counts_confidential_meetings(
    store: Store, mission: world.World
) -> None:
    period = Period(world.WEEK_FIRST, world.TODAY)
    full = weekly.gather(store, period=period, rules=redaction(store, profile=Profile.FULL))
    partner = weekly.gather(store, period=period, rules=redaction(store))
    assert full.engagement_total == 2 and partner.engagement_total == 0
    assert partner.key_points == () and partner.opened.rows == ()
    assert partner.marking == "UNCLASSIFIED"
    # The overdue action came from the confidential meeting: not listed under partner.
    assert mission.overdue_action in {r.id for r in full.overdue.rows}
    assert mission.overdue_action not in {r.id for r in partner.overdue.rows}


def test_given_partner_then_the_action_register_lists_no_action_of_a_confidential_meeting(
    store: Store, mission: world.World
) -> None:
    register = action_register.gather(store, rules=redaction(store))
    listed = [r.title for r in (*register.overdue.rows, *register.due_soon.rows)]
    assert listed == ["Brief the sector commander"]
    assert register.marking == "UNCLASSIFIED"


def test_given_partner_then_the_handover_pack_keeps_no_means_of_contact_of_a_local_staff_member(
    store: Store, mission: world.World
) -> None:
    records.edit(store, "contact", mission.amelie, {"tags": ["local-staff"]})
    pack = handover.gather(store, up_to="STRICTLY CONFIDENTIAL", rules=redaction(store))
    assert pack.up_to == "UNCLASSIFIED"  # partner's own ceiling: below CONFIDENTIAL
    contacts = {c.name: c for o in pack.organizations for c in o.contacts}
    assert set(contacts) == {world.FRENCH}
    assert contacts[world.FRENCH].reach == "" and contacts[world.FRENCH].notes == ""
    full = handover.gather(store, rules=redaction(store, profile=Profile.FULL))
    kept = {c.name: c for o in full.organizations for c in o.contacts}
    assert "+223 70 00 00 01" in kept[world.FRENCH].reach


def test_given_public_then_every_report_is_refused(store: Store, mission: world.World) -> None:
    with pytest.raises(RedactionRefusedError):
        build.handover_pdf(store, profile=Profile.PUBLIC)
    with pytest.raises(RedactionRefusedError):
        build.actions_pdf(store, profile=Profile.PUBLIC)


def test_given_a_report_then_every_page_names_its_profile_in_the_footer(
    store: Store, mission: world.World
) -> None:
    report = build.handover_pdf(store, profile=Profile.FULL)
    assert report.profile is Profile.FULL and report.records > 0
    assert all("Redaction: full" in page for page in pages(report.pdf))
