"""The rotation handover pack: the officer's organizations and contacts, redacted by
sensitivity and never do-not-share, the last engagement with each organization, open
actions, commitments and the officer's notes."""

from __future__ import annotations

from liaison_app.services.reports import handover, render_handover
from liaison_app.store import Store
from tests.liaison_app.reports import world
from tests.liaison_app.reports.pdf_text import assert_marked, words_of


def _names(pack: handover.HandoverPack) -> set[str]:
    return {c.name for o in pack.organizations for c in o.contacts} | {c.name for c in pack.unattached}


def test_given_the_default_level_then_contacts_above_it_and_do_not_share_ones_are_left_out(
    store: Store, mission: world.World
) -> None:
    pack = handover.gather(store)
    assert pack.up_to == "CONFIDENTIAL"
    assert _names(pack) == {world.FRENCH, world.ARABIC}
    msf = next(o for o in pack.organizations if o.acronym == "MSF")
    assert msf.withheld_contacts == 1  # the strictly confidential colonel
    assert pack.marking == "CONFIDENTIAL"


def test_given_the_highest_level_then_every_shareable_contact_is_in_and_marks_the_pack(
    store: Store, mission: world.World
) -> None:
    pack = handover.gather(store, up_to="STRICTLY CONFIDENTIAL")
    assert _names(pack) == {world.FRENCH, world.ARABIC, world.STRICT}
    assert pack.marking == "STRICTLY CONFIDENTIAL"


def test_given_meetings_with_an_organization_then_its_last_engagement_is_the_latest_within_the_level(
    store: Store, mission: world.World
) -> None:
    pack = handover.gather(store)
    by_name = {o.name: o for o in pack.organizations}
    unhcr = by_name["UNHCR"].last
    assert unhcr is not None and unhcr.title == "Réunion de coordination santé"
    msf = by_name["Médecins Sans Frontières"].last
    assert msf is not None and msf.withheld and msf.title == ""  # the KLE is above the pack's level


def test_given_the_pack_when_rendered_then_it_holds_notes_actions_and_commitments_on_marked_pages(
    store: Store, mission: world.World
) -> None:
    data = render_handover.render(handover.gather(store), issued="011200ZDEC26")
    text = "\n".join(assert_marked(data, "CONFIDENTIAL"))
    for expected in (
        "Rotation handover pack",
        "Médecins Sans Frontières (MSF)",
        "Clinic at Gao.",
        "Prefers calls before 10:00.",
        "+223 70 00 00 01",
        "OPEN ACTIONS",
        "Brief the sector commander",
        "two trucks by Friday",
        "Contacts above this pack's level left out: 1.",
    ):
        assert expected in text, expected
    assert set(world.ARABIC.split()) <= words_of(text)
    for absent in (world.HIDDEN, world.STRICT, "Key leader engagement, chief of Ansongo", "Market reopens"):
        assert absent not in text
