"""Generated benchmark profiles (`liaison demo --scale field|hq`): size, a sound store, and
sync metadata honest enough that another device importing from it converges."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from db.engine import integrity_check
from liaison_app import keyfile, profile
from liaison_app.demo import bulk, scale
from liaison_app.demo.areas import AREAS
from liaison_app.errors import ProfileError
from liaison_app.services import dump, search, syncing
from liaison_app.store import Store
from tests.conftest import Cli
from tests.sync.conftest import introduce, send

pytestmark = pytest.mark.slow
END = datetime(2026, 3, 20, 18, tzinfo=UTC)


def _new_store(directory: Path, officer: str, *, role: str = "field") -> Store:
    return profile.init(
        directory,
        passphrase="pw",
        officer_name=officer,
        device_name="laptop",
        role=role,
        cost=keyfile.KdfCost(8, 1),
    ).store


def _records(snapshot: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in snapshot.items() if k != "format"}


@pytest.fixture(scope="module")
def field(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    store = _new_store(tmp_path_factory.mktemp("field") / "p", "Maj. Anna Berg")
    counts = scale.generate(store, scale.FIELD, seed=3, end=END)
    yield store, counts
    store.close()


def test_field_profile_holds_ten_thousand_records_in_a_sound_store(
    field: tuple[Store, dict[str, int]],
) -> None:
    store, counts = field
    # The demo mission's areas come on top of the records the scale counts.
    assert counts.pop("area") == len(AREAS)
    assert sum(counts.values()) == scale.FIELD.records == 10_000
    assert integrity_check(store.engine) == []
    snapshot = dump.dump(store)
    assert sum(len(v) for k, v in _records(snapshot).items() if k != "areas") == 10_000


def _indexes(store: Store) -> list[tuple[str, str]]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
        )
        return [(str(n), str(q)) for n, q in rows]


def test_field_profile_has_every_index_a_new_profile_has_with_its_rows_in_each(
    field: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    # The generator builds the record tables' indexes once at the end (bulk.set_indexes_aside).
    store, _ = field
    fresh = _new_store(tmp_path / "fresh", "Maj. Anna Berg")
    assert _indexes(store) == _indexes(fresh)
    fresh.close()
    with store.session() as s:
        conn = s.connection()
        live = conn.exec_driver_sql("SELECT count(*) FROM contact WHERE deleted_at IS NULL").scalar_one()
        indexed = conn.exec_driver_sql(
            "SELECT count(*) FROM contact INDEXED BY ix_contact_live_order WHERE deleted_at IS NULL"
        ).scalar_one()
    assert indexed == live > 0


def _cache_size(store: Store) -> int:
    with store.session() as s:
        return int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_field_profile_leaves_the_store_its_own_page_cache_after_the_build(
    field: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    # The build writes with a larger cache (bulk.BUILD_CACHE_KIB); the store keeps its own.
    store, _ = field
    fresh = _new_store(tmp_path / "fresh", "Maj. Anna Berg")
    assert _cache_size(store) == _cache_size(fresh) != -bulk.BUILD_CACHE_KIB
    fresh.close()


def test_field_profile_tells_the_planner_how_many_rows_each_filled_table_holds(
    field: tuple[Store, dict[str, int]],
) -> None:
    # Measured after the fill (sampled, db.statistics): an empty-table ANALYZE would say tiny.
    store, counts = field
    with store.session() as s:
        conn = s.connection()
        for kind, table in (("contact", "contact"), ("meeting", "meeting"), ("action", "action_item")):
            stats = (
                conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = ?", (table,)).scalars().all()
            )
            assert stats, table
            estimated = {int(str(stat).split()[0]) for stat in stats}
            assert max(estimated) >= counts[kind] // 2, (table, estimated, counts[kind])


def test_field_profile_is_searchable(field: tuple[Store, dict[str, int]]) -> None:
    store, _ = field
    assert search.search(store, "follow-up")


def test_field_profile_refuses_a_second_fill(field: tuple[Store, dict[str, int]]) -> None:
    store, _ = field
    with pytest.raises(ProfileError):
        scale.generate(store, scale.FIELD, seed=3, end=END)


def test_a_second_device_importing_the_field_profile_converges(
    field: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    store, _ = field
    other = _new_store(tmp_path / "b", "Capt. Ben Ode")
    introduce(store, other)
    counts = send(store, other)
    assert counts.rejected == counts.pending == counts.conflicts == 0
    assert counts.applied > 0
    assert _records(dump.dump(other)) == _records(dump.dump(store))
    assert (
        syncing.status(other).version_vector[store.author.device_id]
        == syncing.status(store).version_vector[store.author.device_id]
    )
    other.close()


def test_same_seed_same_records(tmp_path: Path) -> None:
    tiny = scale.scaled(scale.FIELD, 0.02)
    a, b = _new_store(tmp_path / "a", "A"), _new_store(tmp_path / "b", "B")
    scale.generate(a, tiny, seed=9, end=END)
    scale.generate(b, tiny, seed=9, end=END)
    assert _records(dump.dump(a)) == _records(dump.dump(b))
    a.close()
    b.close()


def test_a_small_hq_holds_officers_devices_as_trusted_peers(tmp_path: Path) -> None:
    hq_scale = scale.scaled(scale.HQ, 0.002)
    hq = _new_store(tmp_path / "hq", "HQ desk", role="hq")
    counts = scale.generate(hq, hq_scale, seed=1, end=END)
    assert counts.pop("area") == len(AREAS)
    assert sum(counts.values()) == hq_scale.records
    state = syncing.status(hq)
    peers = syncing.list_peers(hq)
    assert len(peers) == hq_scale.officers > 1
    # HQ wrote the mission's areas (its own first changeset); the officers all the rest.
    own = hq.author.device_id
    assert set(state.version_vector) == {p.card.device_id for p in peers} | {own}
    assert state.version_vector[own] == 1
    assert state.applied == sum(state.version_vector.values())
    assert state.pending == state.quarantined == state.open_conflicts == 0
    # Each officer's device is known to hold its own work: HQ has the others' to relay.
    assert state.outgoing == {o: state.applied - top for o, top in state.version_vector.items() if o != own}
    with hq.session() as s:
        authors = {r[0] for r in s.connection().exec_driver_sql("SELECT DISTINCT author_device FROM contact")}
    assert authors == set(state.version_vector) - {own}
    with hq.session() as s:
        assigned = s.connection().exec_driver_sql("SELECT count(*) FROM area_assignment").scalar_one()
    assert assigned == len(peers), "each officer is given a home district"
    assert integrity_check(hq.engine) == []
    hq.close()


def test_a_second_hq_device_importing_a_small_hq_converges(tmp_path: Path) -> None:
    hq = _new_store(tmp_path / "hq", "HQ desk", role="hq")
    scale.generate(hq, scale.scaled(scale.HQ, 0.002), seed=2, end=END)
    other = _new_store(tmp_path / "hq2", "HQ standby", role="hq")
    introduce(hq, other)
    counts = send(hq, other)
    assert counts.rejected == counts.pending == counts.conflicts == 0
    assert dump.dump(other) == dump.dump(hq)
    assert syncing.status(other).version_vector == syncing.status(hq).version_vector

    # The officers' devices arrive vouched for by HQ, so their signatures verify here.
    def everyone(store: Store) -> set[str]:
        return {p.card.device_id for p in syncing.list_peers(store)} | {store.author.device_id}

    assert everyone(other) == everyone(hq)
    other.close()
    hq.close()


def test_cli_demo_scale_field_then_dump(cli: Cli) -> None:
    out = cli.ok("demo", "--scale", "field", "--seed", "4", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    assert "2890 contact" in out and "5400 action" in out
    document = json.loads(cli.ok("dump"))
    assert sum(len(v) for k, v in document.items() if k not in ("format", "areas")) == 10_000
    assert len(document["areas"]) == len(AREAS)
    again = cli("demo", "--scale", "field")
    assert again.code != 0 and "already holds records" in again.err


def test_cli_demo_scale_hq_fraction_from_the_environment(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(scale.FRACTION_ENV, "0.001")
    out = cli.ok("demo", "--scale", "hq", "--kdf-memory-mib", "8", "--kdf-iterations", "1")
    expected = scale.scaled(scale.HQ, 0.001)
    assert f"{expected.contacts} contact" in out
    assert cli.ok("sync", "status")
