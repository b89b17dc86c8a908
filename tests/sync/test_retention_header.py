"""HQ's retention policy travels in its bundles' header: a field device applies it (HQ only),
keeps the latest, and refuses a bundle whose policy is malformed, like any header key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from liaison_app.errors import BundleRefusedError
from liaison_app.services import records, retention, syncing
from liaison_app.services.syncing import RefusalReason
from sync import changeset, retention_policy
from tests.conftest import Factory
from tests.sync.conftest import bundle_for, introduce, send
from tests.sync.test_refusals import changesets_of, handmade_bundle


def test_given_hq_set_a_policy_when_a_field_device_imports_its_bundle_then_it_is_in_force_there(
    device: Factory,
) -> None:
    hq, field = device("HQ", role="hq"), device("Anna")
    introduce(hq, field)
    retention.set_policy(hq, ["contact=180", "CONFIDENTIAL=30"])

    send(hq, field)

    view = retention.policy(field)
    assert view.mission is not None and view.mission.kinds["contact"] == 180
    assert view.in_force.kinds["contact"] == 180
    assert view.in_force.levels == {"CONFIDENTIAL": 30}
    assert view.mission_by == hq.author.device_id
    assert view.own.kinds["contact"] == 730  # the officer's own periods are theirs still


def test_given_a_field_officer_set_a_policy_then_their_bundles_carry_none(device: Factory) -> None:
    anna, bert = device("Anna"), device("Bert")
    introduce(anna, bert)
    retention.set_policy(anna, ["contact=10"])

    send(anna, bert)

    assert retention.policy(bert).mission is None


def test_given_an_older_hq_bundle_arriving_late_then_the_newer_policy_stays(device: Factory) -> None:
    hq, field = device("HQ", role="hq"), device("Anna")
    introduce(hq, field)
    retention.set_policy(hq, ["contact=365"])
    records.add(hq, "org", {"name": "UNHCR"})
    older = bundle_for(hq, field)
    retention.set_policy(hq, ["contact=90"])
    records.add(hq, "org", {"name": "WFP"})
    newer = bundle_for(hq, field)

    syncing.import_bundle(field, newer)
    syncing.import_bundle(field, older)

    assert retention.policy(field).in_force.kinds["contact"] == 90


@pytest.mark.parametrize(
    "bad",
    [
        "180 days",
        {"policy": {"kinds": {"contact": "180"}}, "set_at": "2026-11-01T00:00:00Z"},
        {"policy": {"kinds": {"spy": 1}}, "set_at": "2026-11-01T00:00:00Z"},
        {"policy": {"kinds": {"contact": -5}}, "set_at": "2026-11-01T00:00:00Z"},
        {"policy": {"kinds": {}}, "set_at": 7},
        {"policy": {"kinds": {}}},
    ],
)
def test_given_a_malformed_policy_in_an_hq_header_then_the_bundle_is_refused_and_nothing_changes(
    device: Factory, bad: Any, tmp_path: Path
) -> None:
    hq, field = device("HQ", role="hq"), device("Anna")
    introduce(hq, field)
    records.add(hq, "org", {"name": "UNHCR"})
    items = [changeset.pack_item(b, s) for b, s in changesets_of(hq, hq.author.device_id)]
    path = handmade_bundle(tmp_path / "odd.liaison", hq, field, items, {retention_policy.HEADER_KEY: bad})

    with pytest.raises(BundleRefusedError) as refused:
        syncing.import_bundle(field, path)

    assert refused.value.code is RefusalReason.MALFORMED_HEADER
    assert retention.policy(field).mission is None
    assert records.list_records(field, "org") == []


def test_given_a_well_formed_policy_from_a_field_sender_then_it_is_not_applied(
    device: Factory, tmp_path: Path
) -> None:
    anna, bert = device("Anna"), device("Bert")
    introduce(anna, bert)
    records.add(anna, "org", {"name": "UNHCR"})
    items = [changeset.pack_item(b, s) for b, s in changesets_of(anna, anna.author.device_id)]
    sent = retention_policy.header_value(retention_policy.Policy({"contact": 1}), "2026-11-01T00:00:00Z")
    path = handmade_bundle(tmp_path / "claim.liaison", anna, bert, items, {retention_policy.HEADER_KEY: sent})

    syncing.import_bundle(bert, path)

    assert retention.policy(bert).mission is None
    assert len(records.list_records(bert, "org")) == 1
