"""`liaison hq summary [--from D --to D] [--json]`, `liaison hq officer ID [--json]` and
`liaison org show ID --related [--json]`: the HQ pages for scripts and people."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli, Factory
from tests.liaison_app.hq_world import World, hq_world


@pytest.fixture
def hq(device: Factory, monkeypatch: pytest.MonkeyPatch) -> tuple[World, Cli]:
    w = hq_world(device)
    cli = Cli(w.hq.directory, monkeypatch)
    monkeypatch.setenv("LIAISON_PASSPHRASE", "passphrase")  # the device fixture's
    return w, cli


def test_org_show_related_json_lists_engagements_from_both_officers(hq: tuple[World, Cli]) -> None:
    w, cli = hq
    page = json.loads(cli.ok("org", "show", w.ids["wfp"][:8], "--related", "--json"))
    assert page["id"] == w.ids["wfp"] and page["engagements"]["total"] == 4
    assert {o["officer"] for o in page["officers"]} == {"Anna", "Ben"}
    assert set(page["engagements"]["items"][0]) == {"id", "title", "start", "status", "officer"}
    assert page["contacts"]["total"] == 2 and page["open_actions"]["overdue"] == 1


def test_org_show_related_pages_with_offset_and_limit(hq: tuple[World, Cli]) -> None:
    w, cli = hq
    page = json.loads(
        cli.ok("org", "show", w.ids["wfp"], "--related", "--json", "--offset", "3", "--limit", "2")
    )
    assert [m["id"] for m in page["engagements"]["items"]] == [w.ids["named"]]
    assert page["engagements"]["offset"] == 3


def test_org_show_related_as_text_says_who_engages_it(hq: tuple[World, Cli]) -> None:
    w, cli = hq
    text = cli.ok("org", "show", w.ids["wfp"], "--related")
    assert "World Food Programme (WFP) · UN agency" in text
    assert "Engagements: 4" in text and "Convoy planning" in text and "Open actions: 2 (1 overdue)" in text


def test_org_show_without_related_is_as_before(hq: tuple[World, Cli]) -> None:
    w, cli = hq
    shown = json.loads(cli.ok("org", "show", w.ids["wfp"], "--json"))
    assert shown["name"] == "World Food Programme" and "engagements" not in shown


def test_an_unknown_organization_exits_5_and_a_bad_limit_exits_2(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    missing = cli("org", "show", "ffffffff", "--related")
    assert missing.code == 5 and missing.err.count("\n") == 1
    w, _ = hq
    assert cli("org", "show", w.ids["wfp"], "--related", "--limit", "0").code == 2


def test_hq_summary_json_has_the_documented_shape(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    data = json.loads(cli.ok("hq", "summary", "--json"))
    assert len(data["weeks"]) == 26 and data["engagements"]["total"] >= 4
    assert {s["officer"] for s in data["engagements"]["by_officer"]} == {"Anna", "Ben"}
    assert data["overdue_by_owner"]["total"] == 2


def test_hq_summary_from_and_to_bound_the_weeks(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    data = json.loads(cli.ok("hq", "summary", "--from", "2026-11-02", "--to", "2026-11-15", "--json"))
    assert (data["from"], data["to"], data["weeks"]) == (
        "2026-11-02",
        "2026-11-15",
        ["2026-11-02", "2026-11-09"],
    )


def test_hq_summary_refuses_an_end_before_the_start_or_a_bad_date(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    backwards = cli("hq", "summary", "--from", "2026-11-15", "--to", "2026-11-01")
    assert backwards.code == 2 and backwards.err.count("\n") == 1
    assert cli("hq", "summary", "--from", "soon").code == 2


def test_hq_summary_as_text_lists_officers_quietest_first(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    text = cli.ok("hq", "summary")
    assert "Engagements by officer" in text and "Officers, quietest first" in text


def test_hq_officer_by_device_prefix_or_name(hq: tuple[World, Cli]) -> None:
    w, cli = hq
    by_device = json.loads(cli.ok("hq", "officer", w.ben.author.device_id[:6], "--json"))
    by_name = json.loads(cli.ok("hq", "officer", "Ben", "--json"))
    assert by_device["officer"] == by_name["officer"] == "Ben"
    assert by_device["last_heard_from"] is not None and len(by_device["weeks"]) == 26
    assert set(by_device["weeks"][0]) == {"week", "meetings", "actions_opened", "actions_done"}
    assert by_device["overdue"]["total"] == 1
    assert "Activity by week" in cli.ok("hq", "officer", "Anna")


def test_hq_officer_unknown_exits_5(hq: tuple[World, Cli]) -> None:
    _, cli = hq
    assert cli("hq", "officer", "Nobody").code == 5
