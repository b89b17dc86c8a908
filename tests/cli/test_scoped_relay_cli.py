"""`liaison sync export --to ID --scope all|area` and `liaison peer scope ID all|area`."""

from __future__ import annotations

import json

from tests.cli.test_sync_cli import Team, team, team_template  # noqa: F401  (fixtures)


def _export(crew: Team, *scope: str) -> tuple[str, str]:
    path = crew.folder / f"hq-to-anna-{len(list(crew.folder.iterdir()))}.liaison"
    printed = crew.hq.cli.ok("sync", "export", "--to", crew.anna.device_id, "-o", str(path), *scope)
    return printed, str(path)


def test_given_an_area_export_then_the_officer_gets_their_part_and_a_later_all_export_the_rest(
    team: Team,  # noqa: F811
) -> None:
    anna, bert, hq = team.anna, team.bert, team.hq
    anna.cli.ok("org", "add", "--name", "World Food Programme")
    bert.cli.ok("org", "add", "--name", "UNICEF")
    team.ship(anna, hq)
    team.ship(bert, hq)
    printed, path = _export(team, "--scope", "area")
    assert printed.strip().endswith("(their area: 1 left out)")
    (counts,) = json.loads(anna.cli.ok("sync", "import", path, "--json"))
    assert counts["pending"] == 0 and "UNICEF" not in anna.dump()
    team.ship(anna, hq)
    printed, path = _export(team, "--scope", "all")
    assert "left out" not in printed
    (counts,) = json.loads(anna.cli.ok("sync", "import", path, "--json"))
    assert counts["applied"] == 1 and anna.dump() == hq.dump()


def test_given_a_stored_choice_then_export_without_scope_follows_it_and_peer_list_shows_it(
    team: Team,  # noqa: F811
) -> None:
    team.bert.cli.ok("org", "add", "--name", "UNICEF")
    team.ship(team.bert, team.hq)
    team.hq.cli.ok("peer", "scope", team.anna.device_id, "area")
    shown = {p["officer"]: p["scope"] for p in json.loads(team.hq.cli.ok("peer", "list", "--json"))}
    assert shown == {"Maj. Anna Berg": "area", "Capt. Bert Dahl": "all"}
    printed, _ = _export(team)
    assert "(their area: 1 left out)" in printed


def test_given_a_field_device_then_an_area_export_is_refused_in_one_line_exit_2(team: Team) -> None:  # noqa: F811
    path = team.folder / "anna-to-hq.liaison"
    result = team.anna.cli("sync", "export", "--to", team.hq.device_id, "-o", str(path), "--scope", "area")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1 and "only HQ" in result.err
    assert not path.exists()


def test_given_a_wrong_scope_or_an_unknown_device_then_usage_error_or_no_such_device(
    team: Team,  # noqa: F811
) -> None:
    path = team.folder / "x.liaison"
    bad = team.hq.cli("sync", "export", "--to", team.anna.device_id, "-o", str(path), "--scope", "region")
    assert bad.code == 2 and not path.exists()
    assert team.hq.cli("peer", "scope", "nosuchdevice", "area").code == 5
    assert team.hq.cli("peer", "scope", team.anna.device_id, "everything").code == 2
