"""3W export: CSV, and the same CSV with HXL hashtags as libhxl (the HXL standard's own
library) reads it; armed groups as #group, contact details only where the redaction allows."""

from __future__ import annotations

import csv
from pathlib import Path

import hxl

from liaison_app.services import records
from liaison_app.services.interop import threew_export
from liaison_app.services.interop.hxl_tags import is_tag
from liaison_app.services.interop.redaction import Profile, redaction
from liaison_app.services.interop.threew_export import COLUMNS, Format
from liaison_app.store import Store
from tests.liaison_app.interop.world import World

REQUIRED = (
    "#org+name",
    "#org+acronym",
    "#org+type",
    "#sector+cluster",
    "#adm1+name",
    "#adm1+code",
    "#adm2+name",
    "#loc+name",
    "#date+updated",
    "#contact+name",
    "#contact+email",
    "#contact+phone",
)


def _export(store: Store, path: Path, form: Format = Format.HXL, *, include: bool = False) -> Path:
    threew_export.export(
        store, path, redaction(store, include_do_not_share=include, profile=Profile.FULL), form
    )
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    """Rows keyed by hashtag, as libhxl reads them."""
    source = hxl.data(str(path), hxl.InputOptions(allow_local=True))
    tags = [c.display_tag for c in source.columns]
    return [dict(zip(tags, row.values, strict=True)) for row in source]


def test_given_the_hxl_export_then_libhxl_finds_every_required_hashtag_and_each_is_well_formed(
    store: Store, mission: World, tmp_path: Path
) -> None:
    path = _export(store, tmp_path / "3w.csv")
    source = hxl.data(str(path), hxl.InputOptions(allow_local=True))
    tags = [c.display_tag for c in source.columns]
    assert set(REQUIRED) <= set(tags)
    assert all(is_tag(t) for t in tags)
    assert hxl.schema().validate(hxl.data(str(path), hxl.InputOptions(allow_local=True)))


def test_given_an_organization_in_two_clusters_then_it_has_one_row_per_cluster_with_its_areas(
    store: Store, mission: World, tmp_path: Path
) -> None:
    wfp = [r for r in _rows(_export(store, tmp_path / "3w.csv")) if r["#org+acronym"] == "WFP"]
    assert sorted(r["#sector+cluster"] for r in wfp) == ["Food Security", "Logistics"]
    first = wfp[0]
    assert first["#org+name"] == "World Food Programme"
    assert first["#org+type"] == "UN agency"
    assert (first["#adm1+name"], first["#adm1+code"]) == ("Haldara Province", "XM04")
    assert (first["#adm2+name"], first["#adm2+code"]) == ("Kessa", "XM0402")
    assert first["#loc+name"] == "WFP sub-office, Haldara"  # its latest open engagement
    assert first["#meta+engagements+num"] == "1"
    assert first["#date+engaged"] == "2026-11-20"
    assert first["#date+updated"] >= "2026-11-20"


def test_given_a_military_unit_and_an_armed_group_then_the_unit_is_an_org_and_the_group_a_group(
    store: Store, mission: World, tmp_path: Path
) -> None:
    rows = _rows(_export(store, tmp_path / "3w.csv"))
    unit = next(r for r in rows if r["#org+acronym"] == "EASTBAT-2")
    assert unit["#org+name"] == "2nd Infantry Battalion" and unit["#org+type"] == "Military"
    group = next(r for r in rows if r["#group+name"])
    assert group["#group+name"] == "Kessa Defence Forces (KDF)"
    assert group["#org+name"] == group["#org+acronym"] == group["#org+type"] == ""
    assert not any("Kessa Defence" in r["#org+name"] for r in rows)


def test_given_contacts_then_only_an_open_shared_one_is_a_focal_point(
    store: Store, mission: World, tmp_path: Path
) -> None:
    rows = _rows(_export(store, tmp_path / "3w.csv"))
    wfp = next(r for r in rows if r["#org+acronym"] == "WFP")
    # Amina sorts first but is confidential: Henrik (unclassified) is named.
    assert (wfp["#contact+name"], wfp["#contact+email"], wfp["#contact+phone"]) == (
        "Henrik Nilsen",
        "henrik.nilsen@wfp.example.org",
        "+243 81 000 0001",
    )
    group = next(r for r in rows if r["#group+name"])
    assert group["#contact+name"] == group["#contact+email"] == ""  # do-not-share
    text = (tmp_path / "3w.csv").read_text()
    assert "Amina" not in text and "Jean Mukendi" not in text
    included = _rows(_export(store, tmp_path / "all.csv", include=True))
    assert next(r for r in included if r["#group+name"])["#contact+name"] == "Jean Mukendi"


def test_given_a_confidential_engagement_then_its_place_stays_out(
    store: Store, mission: World, tmp_path: Path
) -> None:
    group = next(r for r in _rows(_export(store, tmp_path / "3w.csv")) if r["#group+name"])
    assert group["#meta+engagements+num"] == "1"  # counted
    assert group["#loc+name"] == ""  # but "Kessa market" was a confidential meeting's place


def test_given_csv_then_it_is_the_same_table_without_the_hashtag_row(
    store: Store, mission: World, tmp_path: Path
) -> None:
    plain = list(csv.reader(_export(store, tmp_path / "3w.csv", Format.CSV).open(newline="")))
    tagged = list(csv.reader(_export(store, tmp_path / "3w.hxl.csv").open(newline="")))
    assert plain[0] == [header for header, _ in COLUMNS.values()]
    assert tagged[1] == [tag for _, tag in COLUMNS.values()]
    assert tagged[:1] + tagged[2:] == plain


def test_given_a_deleted_organization_then_it_has_no_row(
    store: Store, mission: World, tmp_path: Path
) -> None:
    records.delete_record(store, "org", mission.battalion)
    rows = _rows(_export(store, tmp_path / "3w.csv"))
    assert not any(r["#org+acronym"] == "EASTBAT-2" for r in rows)
