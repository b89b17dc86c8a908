"""The calendar, the 3W and the JSON under the partner profile (the default): a CONFIDENTIAL
meeting and its action items are not in at all, nor a CONFIDENTIAL contact; a focal point
is never a local staff member."""

from __future__ import annotations

import json
from pathlib import Path

import vobject

from liaison_app.services import records
from liaison_app.services.interop import ical_export, json_export, threew_export
from liaison_app.services.interop.redaction import Profile, redaction
from liaison_app.store import Store
from tests.liaison_app.interop.world import World


def test_given_partner_then_the_calendar_has_no_confidential_meeting_nor_its_actions(
    store: Store, mission: World, tmp_path: Path
) -> None:
    ical_export.export(store, tmp_path / "c.ics", redaction(store))
    calendar = vobject.readOne((tmp_path / "c.ics").read_text())
    uids = {c.uid.value for c in [*calendar.vevent_list, *calendar.contents.get("vtodo", [])]}
    assert f"{mission.convoy}@liaison" in uids
    assert f"{mission.kle}@liaison" not in uids and f"{mission.warn}@liaison" not in uids
    assert "Amina Haroun" not in (tmp_path / "c.ics").read_text()  # a CONFIDENTIAL attendee


def test_given_partner_then_the_json_leaves_confidential_records_out_and_nothing_names_them(
    store: Store, mission: World, tmp_path: Path
) -> None:
    json_export.export(store, tmp_path / "p.json", redaction(store, include_do_not_share=True))
    document = json.loads((tmp_path / "p.json").read_text())
    assert mission.amina not in {c["id"] for c in document["contacts"]}
    assert mission.kle not in {m["id"] for m in document["meetings"]}
    assert all(a.get("meeting_id") != mission.kle for a in document["actions"])
    assert all(mission.amina not in m["attendee_ids"] for m in document["meetings"])
    assert document["redaction"] == "partner"


def test_given_a_local_staff_focal_point_then_partner_leaves_the_3w_contact_columns_empty(
    store: Store, mission: World, tmp_path: Path
) -> None:
    def focal(profile: Profile) -> list[str]:
        path = tmp_path / f"{profile.value}.csv"
        threew_export.export(store, path, redaction(store, profile=profile), threew_export.Format.CSV)
        row = next(line for line in path.read_text().splitlines() if line.startswith("World Food Programme"))
        return row.split(",")[-3:]

    assert focal(Profile.PARTNER)[0] == "Henrik Nilsen"
    records.edit(store, "contact", mission.henrik, {"tags": ["local-staff"]})
    assert focal(Profile.PARTNER) == ["", "", ""]
    assert focal(Profile.FULL)[0] == "Henrik Nilsen"
    assert focal(Profile.PUBLIC) == ["", "", ""]
