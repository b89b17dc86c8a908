"""Areas never reach a device on 0.1.0, and the changes written after one wait there: HQ is
told which trusted devices still run it when it adds an area (and on the Areas screen: tests/ui)."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.services import areas, syncing
from liaison_app.store import Store
from tests.conftest import Cli

FIXTURES = Path(__file__).parent / "fixtures_0_1_0"
OLD_CARD = FIXTURES / "officer.liaison-card"


def test_given_a_trusted_0_1_0_device_then_it_is_listed_as_one_areas_do_not_reach(store: Store) -> None:
    assert areas.peers_without_areas(store) == []
    added = syncing.add_peer(store, OLD_CARD)

    (older,) = areas.peers_without_areas(store)

    assert older.device_id == added.card.device_id and older.officer == added.card.officer


def test_given_the_0_1_0_device_revoked_then_it_is_no_longer_listed(store: Store) -> None:
    added = syncing.add_peer(store, OLD_CARD)
    syncing.revoke_peer(store, added.card.device_id)

    assert areas.peers_without_areas(store) == []


def test_given_a_trusted_0_1_0_device_when_an_area_is_added_then_the_cli_warns_and_still_adds_it(
    cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.init()
    quiet = cli("area", "add", "--name", "North Kivu", "--pcode", "CD61")
    assert quiet.code == 0 and "0.1.0" not in quiet.err
    cli.ok("peer", "add", str(OLD_CARD))

    warned = cli("area", "add", "--name", "South Kivu", "--pcode", "CD62")

    assert warned.code == 0 and warned.out.strip()
    assert "0.1.0" in warned.err and len(warned.err.strip().splitlines()) == 1
