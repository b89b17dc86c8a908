"""A trusted device that lies: every changeset it signs is checked as strictly as a local
edit, and a bad one is refused by itself — never the import, never the changesets behind it.

Mallory is a field device HQ trusts; its changesets are forged with its real key
(`support.forge`) and travel in real bundles. Anna is an honest officer. Each refused
changeset is refused with its reason code on HQ and, relayed, on Anna alike; every other
changeset merges; the dump and later local edits keep working.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from liaison_app import kinds
from liaison_app.errors import Rule, ValidationError
from liaison_app.kind_schema import MissingReferenceError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import op_rules
from sync.refusals import ChangesetRejection
from tests.conftest import Cli
from tests.sync.conftest import bundle_for, introduce
from tests.sync.support import PASSPHRASE, World, forge

APPLIED = "applied"
# Wrong in type for most fields, and right for some (the oracle below says which).
VALUES: tuple[Any, ...] = (7, 1.5, True, "a string", None, [], {}, ["x", 1], {"k": 1})
# Rules spanning fields of a record cannot hold across concurrent edits of two devices, so
# the merge does not decide by them (a local edit still does).
CROSS_FIELD = {Rule.BOTH_OR_NEITHER, Rule.END_BEFORE_START, Rule.OWN_ANCESTOR}
REGISTRY = [(spec.kind.value, f.name) for spec in kinds.KINDS.values() for f in spec.fields]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, dict[str, str]]]:
    """HQ, Anna and Mallory, who all hold one record of each kind that HQ wrote."""
    created = World(tmp_path_factory.mktemp("hostile"))
    hq = created.device("HQ", role="hq")
    anna, mallory = created.device("Anna"), created.device("Mallory")
    introduce(anna, hq)
    introduce(mallory, hq)
    area = records.add(hq, "area", {"name": "North Kivu", "pcode": "CD61"})
    org = records.add(hq, "org", {"name": "WFP"})
    contact = records.add(hq, "contact", {"full_name": "Jean", "organization_id": org.id})
    meeting = records.add(
        hq,
        "meeting",
        {
            "title": "Convoy",
            "start": "2026-11-20T10:00+01:00",
            "end": "2026-11-20T11:00+01:00",
            "latitude": 1.0,
            "longitude": 2.0,
            "attendee_ids": [contact.id],
        },
    )
    action = records.add(hq, "action", {"title": "Recce", "meeting_id": meeting.id, "owner": contact.id})
    for officer in (anna, mallory):
        syncing.import_bundle(officer, bundle_for(hq, officer))
    ids = {"org": org.id, "contact": contact.id, "meeting": meeting.id, "action": action.id, "area": area.id}
    created.close()
    yield created, ids


@pytest.fixture
def devices(world: tuple[World, dict[str, str]], tmp_path: Path) -> Iterator[tuple[World, dict[str, str]]]:
    with world[0].copy(tmp_path / "world") as copied:
        yield copied, world[1]


def _status(store: Store, changeset: tuple[str, int]) -> str:
    with store.session() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT status, reason FROM sync_changeset WHERE origin = ? AND seq = ?", changeset
            )
            .first()
        )
    assert row is not None, f"{changeset} not stored"
    return str(row[1]) if row[0] == "rejected" else str(row[0])


def _deliver(src: Store, dst: Store) -> syncing.FileOutcome:
    outcome = syncing.import_bundle(dst, bundle_for(src, dst))
    assert outcome.status is syncing.FileStatus.IMPORTED
    return outcome


def _expected(oracle: Store, kind: str, record_id: str, field: str, value: Any) -> str:
    """What the merge must do with `value`: what a local edit does with it, except for what
    depends on the device (a reference to a record not here; a profile's sensitivity levels)."""
    try:
        stored = records.as_dict(records.edit(oracle, kind, record_id, {field: value}))[field]
    except MissingReferenceError:
        return "missing_reference" if field in op_rules.references(kind) else APPLIED
    except ValidationError as exc:
        if exc.rule in CROSS_FIELD or (field == "sensitivity" and isinstance(value, str)):
            return APPLIED
        return ChangesetRejection.BAD_VALUE.value
    except Exception:  # the service itself breaking on it: no local edit stores it
        return ChangesetRejection.BAD_VALUE.value
    return APPLIED if json.dumps(stored) == json.dumps(value) else ChangesetRejection.BAD_VALUE.value


def test_the_registry_has_the_fields_the_attack_used() -> None:
    assert len(REGISTRY) == 56  # issue 13: do_not_share on org, meeting, action; sharing on four kinds


@pytest.mark.parametrize(("kind", "field"), REGISTRY, ids=[f"{k}.{f}" for k, f in REGISTRY])
def test_given_wrong_values_for_a_field_when_merged_then_each_is_refused_and_the_rest_merge(
    devices: tuple[World, dict[str, str]], kind: str, field: str
) -> None:
    world, ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    expected = {
        forge(mallory, [[kind, ids[kind], field, value]]): _expected(anna, kind, ids[kind], field, value)
        for value in VALUES
    }
    good = forge(mallory, [["org", "new-org-after-the-bad-ones", "name", "Still merged"]])

    outcome = _deliver(mallory, hq)

    assert {c: _status(hq, c) for c in expected} == expected
    assert _status(hq, good) == APPLIED
    assert outcome.counts.rejected == sum(e != APPLIED for e in expected.values())
    assert outcome.counts.pending == 0
    dump.dump_json(hq)
    title = kinds.spec(kind).title.main
    # Concurrent edits can leave a pair rule broken too (one device clears the latitude while
    # another edits the longitude): the officer's next edit mends the pair.
    mend = {"latitude": 1.0, "longitude": 2.0} if kind == "meeting" else {}
    edited = records.edit(hq, kind, ids[kind], {title: "edited later", **mend})
    assert records.as_dict(edited)[title] == "edited later"


def test_given_a_poison_pill_with_dependents_when_hq_moves_on_then_every_bundle_still_merges(
    devices: tuple[World, dict[str, str]],
) -> None:
    """The issue's scenario: a contact naming an organization that does not exist, waiting on
    HQ's next changeset; then HQ's and Anna's work, and Mallory's own later work, all merge."""
    world, _ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    with hq.session() as s:
        hq_next = s.connection().exec_driver_sql("SELECT next_seq FROM sync_state").scalar_one()
    pill = forge(
        mallory,
        [
            ["contact", "poisoned-contact", "full_name", "X"],
            ["contact", "poisoned-contact", "organization_id", "no-such-org"],
        ],
        deps={hq.author.device_id: hq_next},
    )
    later = forge(mallory, [["org", "mallory-org", "name", "Fine"]])
    assert _deliver(mallory, hq).counts.pending == 2  # both wait for HQ's next changeset
    records.add(hq, "org", {"name": "HQ moves on"})
    records.add(anna, "org", {"name": "Anna's work"})

    outcome = _deliver(anna, hq)

    assert outcome.counts.applied == 2 and outcome.counts.rejected == 1  # Anna's, Mallory's later
    assert _status(hq, pill) == ChangesetRejection.MISSING_REFERENCE.value
    assert _status(hq, later) == APPLIED
    relayed = _deliver(hq, anna)
    assert relayed.counts.rejected == 1 and relayed.counts.pending == 0
    assert _status(anna, pill) == ChangesetRejection.MISSING_REFERENCE.value
    assert dump.dump_json(anna) == dump.dump_json(hq)
    assert "Fine" in dump.dump_json(anna) and "poisoned-contact" not in dump.dump_json(anna)
    (refused,) = syncing.status(hq).rejected
    assert (refused.origin, refused.count, refused.reason, refused.field) == (
        mallory.author.device_id,
        1,
        ChangesetRejection.MISSING_REFERENCE,
        "contact.organization_id",
    )


@pytest.mark.parametrize("column", ["deleted_at", "id", "created_at", "updated_at", "author_device"])
def test_given_an_operation_on_bookkeeping_when_merged_then_it_is_refused(
    devices: tuple[World, dict[str, str]], column: str
) -> None:
    world, ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    bad = forge(mallory, [["contact", ids["contact"], column, "2026-01-01T00:00:00Z"]])
    _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.NOT_WRITABLE.value
    assert records.get(hq, "contact", ids["contact"]).deleted_at is None


def test_given_unknown_field_names_when_merged_then_kept_for_an_upgrade_but_never_in_heads(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    newer = forge(mallory, [["contact", ids["contact"], "nickname", "JJ"]])
    odd = forge(mallory, [["contact", ids["contact"], "Robert'); DROP TABLE contact;--", "x"]])
    _deliver(mallory, hq)
    assert _status(hq, newer) == APPLIED  # a newer protocol's field: deferred, not refused
    assert _status(hq, odd) == ChangesetRejection.BAD_NAME.value
    with hq.session() as s:
        heads = (
            s.connection()
            .exec_driver_sql("SELECT heads FROM sync_heads WHERE record_id = ?", (ids["contact"],))
            .scalar_one()
        )
    assert "nickname" not in json.loads(heads)


def test_given_a_new_record_without_a_required_field_when_merged_then_it_is_refused(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, _ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    bad = forge(mallory, [["meeting", "half-a-meeting", "title", "No start"]])
    _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.MISSING_REQUIRED.value
    dump.dump_json(hq)


def test_given_a_pred_naming_an_operation_never_seen_when_merged_then_it_is_refused(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    bad = forge(mallory, [["org", ids["org"], "notes", "x", [[hq.author.device_id, 999]]]])
    _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.BAD_PRED.value


@pytest.mark.parametrize(
    "numbers",
    [{"hlc": 1 << 63}, {"hlc": -(1 << 62)}, {"hlc": 1 << 62}, {"deps": {"x" * 52: 1 << 63}}],
    ids=["hlc=2**63", "hlc=-(2**62)", "hlc=2**62", "deps=2**63"],
)
def test_given_numbers_no_device_writes_when_merged_then_refused_and_the_next_changeset_merges(
    devices: tuple[World, dict[str, str]], numbers: dict[str, Any]
) -> None:
    world, _ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    bad = forge(mallory, [["org", "clockless", "name", "X"]], **numbers)
    later = forge(mallory, [["org", "after-it", "name", "Y"]])
    outcome = _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.OUT_OF_RANGE.value
    assert _status(hq, later) == APPLIED
    assert outcome.counts.rejected == 1


def test_given_a_sequence_number_beyond_the_store_when_imported_then_dropped_and_others_merge(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, _ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    forge(mallory, [["org", "far-away", "name", "X"]], seq=1 << 63)
    later = forge(mallory, [["org", "after-it", "name", "Y"]])
    outcome = _deliver(mallory, hq)
    assert outcome.counts.rejected == 1
    assert _status(hq, later) == APPLIED


def test_given_a_changeset_the_merge_cannot_apply_when_merged_then_it_alone_is_set_aside(
    devices: tuple[World, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the checks miss: the merge raising for one changeset quarantines it alone."""
    world, _ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    bad = forge(mallory, [["org", "breaks-the-merge", "name", "X"]])
    good = forge(mallory, [["org", "fine-org", "name", "Y"]])
    from sync import merge

    real = merge.apply

    def breaking(conn: Any, body: Any, result: Any) -> None:
        real(conn, body, result)
        if any(op.record_id == "breaks-the-merge" for op in body.ops):
            raise RuntimeError("a bug")

    monkeypatch.setattr(merge, "apply", breaking)
    _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.MERGE_FAILED.value
    assert _status(hq, good) == APPLIED
    assert "breaks-the-merge" not in dump.dump_json(hq)


def test_given_a_reference_its_author_had_not_seen_when_merged_then_refused_even_if_here(
    devices: tuple[World, dict[str, str]],
) -> None:
    """Decided on the changeset's causal past: HQ has Anna's organization, but Mallory never
    saw it, so Mallory's reference is refused at HQ as it is on devices that lack it."""
    world, _ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    annas = records.add(anna, "org", {"name": "Anna's org"})
    _deliver(anna, hq)
    name: list[object] = ["contact", "blind-link", "full_name", "X"]
    bad = forge(mallory, [name, ["contact", "blind-link", "organization_id", annas.id]])
    _deliver(mallory, hq)
    assert _status(hq, bad) == ChangesetRejection.MISSING_REFERENCE.value


def test_given_anna_revoked_mallory_when_hq_builds_on_mallorys_work_then_anna_still_gets_hq(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    records.edit(mallory, "org", ids["org"], {"notes": "first"})
    _deliver(mallory, hq)
    _deliver(hq, anna)  # Anna learns Mallory's card (and work) from HQ
    syncing.revoke_peer(anna, mallory.author.device_id)
    records.edit(mallory, "org", ids["org"], {"notes": "by mallory"})
    _deliver(mallory, hq)
    records.edit(hq, "org", ids["org"], {"acronym": "HQ saw mallory"})
    records.add(hq, "org", {"name": "HQ's later work"})

    outcome = _deliver(hq, anna)

    assert outcome.counts.pending == 0 and outcome.counts.applied == 2
    shown = dump.dump_json(anna)
    assert "HQ's later work" in shown and "HQ saw mallory" in shown and "by mallory" not in shown


def test_given_hq_revoked_mallory_when_an_officer_who_never_met_mallory_syncs_then_all_merges(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    records.edit(mallory, "org", ids["org"], {"notes": "before the revocation"})
    _deliver(mallory, hq)
    cara = world.device("Cara")
    introduce(cara, hq)
    syncing.revoke_peer(hq, mallory.author.device_id)
    records.edit(mallory, "org", ids["org"], {"notes": "after it"})
    bundle = bundle_for(mallory, hq)
    assert syncing.import_bundles(hq, [bundle])[0].refused  # Mallory's own bundles are refused
    records.add(hq, "org", {"name": "HQ's later work"})

    for officer in (anna, cara):
        outcome = _deliver(hq, officer)
        assert outcome.counts.pending == 0

    assert dump.dump_json(cara) == dump.dump_json(hq) == dump.dump_json(anna)
    assert "before the revocation" in dump.dump_json(cara) and "after it" not in dump.dump_json(cara)
    (peer,) = [p for p in syncing.list_peers(cara) if p.card.device_id == mallory.author.device_id]
    assert peer.revoked_at is not None


def test_given_refused_changes_when_sync_status_is_asked_then_each_device_and_reason_is_named(
    devices: tuple[World, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    world, ids = devices
    hq, mallory = world["HQ"], world["Mallory"]
    forge(mallory, [["org", ids["org"], "org_type", 7]])
    forge(mallory, [["org", ids["org"], "deleted_at", "2026-01-01T00:00:00Z"]])
    _deliver(mallory, hq)
    world.stores.pop("HQ").close()
    cli = Cli(world.root / "HQ", monkeypatch)
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)  # the world's, not the CLI tests'

    text = cli.ok("sync", "status")
    data = json.loads(cli.ok("sync", "status", "--json"))

    assert "rejected: 2" in text
    assert "1 change from Mallory refused: a value the field does not take (org.org_type)" in text
    assert sorted((r["reason"], r["field"], r["count"]) for r in data["rejected"]) == [
        ("bad_value", "org.org_type", 1),
        ("not_writable", "org.deleted_at", 1),
    ]


# `_merged_into` (a merge of duplicates, sync.merges): the wrong values of the registry's
# fields, and what only a merge can get wrong.
MERGE_VALUES: tuple[tuple[str, Any, str], ...] = (
    *((f"{value!r}", value, ChangesetRejection.BAD_VALUE.value) for value in VALUES if value is not None),
    ("unmerge (None)", None, APPLIED),
    ("itself", "{contact}", ChangesetRejection.BAD_VALUE.value),
    ("a record of another kind", "{org}", ChangesetRejection.WRONG_KIND.value),
    ("a record its author never had", "never-seen-contact", ChangesetRejection.MISSING_REFERENCE.value),
)


def test_given_wrong_merge_operations_when_merged_then_each_is_refused_with_its_reason_everywhere(
    devices: tuple[World, dict[str, str]],
) -> None:
    world, ids = devices
    hq, anna, mallory = world["HQ"], world["Anna"], world["Mallory"]
    expected = {
        forge(mallory, [["contact", ids["contact"], "_merged_into", _named(value, ids)]]): outcome
        for _, value, outcome in MERGE_VALUES
    }
    meeting = forge(mallory, [["meeting", ids["meeting"], "_merged_into", ids["meeting"] + "x"]])
    expected[meeting] = ChangesetRejection.NOT_WRITABLE.value  # meetings do not merge
    with_pred = forge(
        mallory, [["contact", ids["contact"], "_merged_into", None, [[mallory.author.device_id, 1]]]]
    )
    expected[with_pred] = ChangesetRejection.BAD_PRED.value
    good = forge(mallory, [["contact", "mallorys-duplicate", "full_name", "Jean"]])
    merged = forge(mallory, [["contact", "mallorys-duplicate", "_merged_into", ids["contact"]]])

    _deliver(mallory, hq)
    _deliver(hq, anna)

    for store in (hq, anna):
        assert {c: _status(store, c) for c in expected} == expected
        assert (_status(store, good), _status(store, merged)) == (APPLIED, APPLIED)
        assert "mallorys-duplicate" not in {c.id for c in records.list_records(store, "contact")}
    assert dump.dump_json(hq) == dump.dump_json(anna)


def _named(value: Any, ids: dict[str, str]) -> Any:
    return value.format(**ids) if isinstance(value, str) and "{" in value else value
