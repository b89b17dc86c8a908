"""The sharing scope at export and report: a record kept local never leaves in a file unless
the user explicitly included such records, and a record shared with HQ only goes only into a
full export (partner and public files leave the mission)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import vobject

from liaison_app.services import privacy, records
from liaison_app.services.interop import ical_export, json_export, threew_export
from liaison_app.services.interop.redaction import Profile, RedactionRefusedError, redaction
from liaison_app.services.reports import build
from liaison_app.services.reports.marking import levels
from liaison_app.store import Store
from tests.liaison_app.interop.world import World


def _scoped(store: Store, mission: World, scope: str) -> dict[str, str]:
    """An organization, a meeting naming it and an action of that meeting, all of `scope`."""
    fields = privacy.scope_fields(scope)
    lowest = levels(store).ordered[0]  # so that only the scope can keep the meeting out
    org = records.add(store, "org", {"name": f"Scoped {scope} office", **fields}).id
    meeting = records.add(
        store,
        "meeting",
        {
            "title": f"Scoped {scope} talk",
            "start": "2026-11-20T10:00",
            "organization_ids": [org],
            "sensitivity": lowest,
            **fields,
        },
    ).id
    action = records.add(
        store, "action", {"title": f"Scoped {scope} follow-up", "meeting_id": meeting, **fields}
    ).id
    return {"org": org, "meeting": meeting, "action": action}


def _calendar_uids(store: Store, path: Path, profile: Profile, *, include: bool = False) -> set[str]:
    ical_export.export(store, path, redaction(store, profile=profile, include_do_not_share=include))
    calendar = vobject.readOne(path.read_text())
    return {
        c.uid.value.removesuffix("@liaison")
        for c in [*calendar.vevent_list, *calendar.contents.get("vtodo", [])]
    }


def _json_ids(store: Store, path: Path, profile: Profile, *, include: bool = False) -> set[str]:
    json_export.export(store, path, redaction(store, profile=profile, include_do_not_share=include))
    document = json.loads(path.read_text())
    return {
        r["id"] for section in ("organizations", "meetings", "actions") for r in document.get(section, [])
    }


@pytest.mark.parametrize("scope", ["local", "hq"])
def test_given_records_of_a_narrow_scope_when_exported_for_a_partner_then_none_of_them_is_in_any_file(
    store: Store, mission: World, tmp_path: Path, scope: str
) -> None:
    kept = _scoped(store, mission, scope)

    calendar = _calendar_uids(store, tmp_path / "c.ics", Profile.PARTNER)
    dumped = _json_ids(store, tmp_path / "p.json", Profile.PARTNER)
    threew_export.export(store, tmp_path / "3w.csv", redaction(store), threew_export.Format.CSV)

    assert mission.convoy in calendar and mission.convoy in dumped  # the rest still goes
    assert not set(kept.values()) & calendar
    assert not set(kept.values()) & dumped
    assert f"Scoped {scope}" not in (tmp_path / "3w.csv").read_text()


def test_given_hq_only_records_then_a_full_export_carries_them(
    store: Store, mission: World, tmp_path: Path
) -> None:
    kept = _scoped(store, mission, "hq")

    assert {kept["meeting"], kept["action"]} <= _calendar_uids(store, tmp_path / "c.ics", Profile.FULL)
    assert set(kept.values()) <= _json_ids(store, tmp_path / "p.json", Profile.FULL)


def test_given_local_records_then_only_an_export_that_includes_them_explicitly_carries_them(
    store: Store, mission: World, tmp_path: Path
) -> None:
    kept = _scoped(store, mission, "local")

    assert not set(kept.values()) & _json_ids(store, tmp_path / "full.json", Profile.FULL)
    assert set(kept.values()) <= _json_ids(store, tmp_path / "with.json", Profile.FULL, include=True)


def test_given_a_meeting_of_a_narrow_scope_then_its_report_is_refused_unless_full_allows_it(
    store: Store, mission: World
) -> None:
    local = _scoped(store, mission, "local")["meeting"]
    hq = _scoped(store, mission, "hq")["meeting"]

    with pytest.raises(RedactionRefusedError):
        build.meeting_pdf(store, hq)
    with pytest.raises(RedactionRefusedError):
        build.meeting_pdf(store, local, profile=Profile.FULL)
    assert build.meeting_pdf(store, hq, profile=Profile.FULL).pdf.startswith(b"%PDF")
