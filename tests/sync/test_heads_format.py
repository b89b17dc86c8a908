"""Compact heads (schema 11): documents written before it read the same, the migration
rewrites them without changing a head or a conflict, and the encoding is canonical.

The schema-10 store is real: an HQ profile written by the code before compact heads
(tests/sync/fixtures/make_heads_v10.sh), with what that code read from it in expected.json.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from db import migrations
from db.engine import open_engine
from db.migrations import v011_compact_heads
from liaison_app import keyfile, profile
from liaison_app.services import dump, syncing
from sync import state
from sync.state import Head, decode_heads, encode_heads
from tests.conftest import PASSPHRASE

FIXTURE = Path(__file__).parent / "fixtures" / "heads-v10"


def _copy(tmp_path: Path) -> Path:
    directory = tmp_path / "hq"
    shutil.copytree(FIXTURE, directory)
    return directory


def _expected() -> dict[str, Any]:
    return dict(json.loads((FIXTURE / "expected.json").read_text()))


def _as_lists(heads: dict[str, list[Head]]) -> dict[str, list[list[Any]]]:
    return {field: [[h.origin, h.seq, h.hlc, h.value] for h in hs] for field, hs in heads.items()}


def _documents(directory: Path) -> dict[str, str]:
    """The heads documents as stored, read without opening (so without upgrading) the profile."""
    key = keyfile.unlock(keyfile.load(directory / profile.KEYFILE_NAME), PASSPHRASE)
    engine = open_engine(directory / "liaison.db", key)
    try:
        with engine.connect() as conn:
            return {
                str(r): str(d) for r, d in conn.exec_driver_sql("SELECT record_id, heads FROM sync_heads")
            }
    finally:
        engine.dispose()


def test_given_a_schema_10_store_when_its_documents_are_decoded_then_they_read_as_before(
    tmp_path: Path,
) -> None:
    documents = _documents(_copy(tmp_path))
    assert all(isinstance(json.loads(d), dict) for d in documents.values())  # really the old form
    assert {r: _as_lists(decode_heads(d)) for r, d in documents.items()} == _expected()["heads"]


def test_given_a_schema_10_store_when_upgraded_then_heads_conflicts_and_records_are_unchanged(
    tmp_path: Path,
) -> None:
    directory = _copy(tmp_path)
    expected = _expected()
    with profile.unlock(directory, PASSPHRASE) as store:
        with store.engine.connect() as conn:
            assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
            ids = list(expected["heads"])
            loaded = state.load_heads(conn, ids)
        heads: dict[str, dict[str, list[list[Any]]]] = {}
        for (record_id, field), hs in sorted(loaded.items()):
            heads.setdefault(record_id, {})[field] = [[h.origin, h.seq, h.hlc, h.value] for h in hs]
        assert heads == expected["heads"]
        assert [c.to_json() for c in syncing.conflicts(store, include_resolved=True)] == expected["conflicts"]
        assert dump.dump_json(store) == expected["dump"]
    documents = _documents(directory)
    assert all(isinstance(json.loads(d), list) for d in documents.values())  # all compact now
    old = sum(len(d) for d in _documents(_copy(tmp_path / "again")).values())
    assert sum(len(d) for d in documents.values()) < old / 2


def test_given_the_migration_and_the_encoder_then_they_write_the_same_documents(tmp_path: Path) -> None:
    """The frozen migration and today's encoder agree, so an upgraded store and a merged one
    hold byte-identical documents for the same heads."""
    for document in _documents(_copy(tmp_path)).values():
        compact = v011_compact_heads._compact(json.loads(document))
        assert compact == encode_heads(decode_heads(document))[0]
        assert decode_heads(compact) == decode_heads(document)


def test_given_fields_with_one_shared_head_when_encoded_then_the_head_is_written_once() -> None:
    shared = Head("dev-a", 3, 1234)
    document, conflicted = encode_heads({"name": [shared], "notes": [shared], "_deleted": [shared]})
    assert json.loads(document) == ["dev-a", 3, 1234, "_deleted name notes"]
    assert conflicted == 0
    assert document == state.single_prefix("dev-a", 3, 1234) + state.names_suffix(
        ["notes", "name", "_deleted"]
    )


def test_given_differing_fields_when_encoded_then_only_they_are_listed_and_conflicts_counted() -> None:
    a, b = Head("dev-a", 3, 1234), Head("dev-b", 1, 999)
    fields = {
        "name": [a],
        "notes": [a],
        "acronym": [b],
        "position": [Head("dev-a", 2, 10, "x"), Head("dev-b", 1, 11, "y")],
        "_deleted": [Head("dev-a", 2, 10, False), Head("dev-b", 1, 11, False)],
    }
    document, conflicted = encode_heads(fields)
    assert json.loads(document) == [
        "dev-a",
        3,
        1234,
        "name notes",
        {
            "_deleted": [["dev-a", 2, 10, False], ["dev-b", 1, 11, False]],
            "acronym": [["dev-b", 1, 999]],
            "position": [["dev-a", 2, 10, "x"], ["dev-b", 1, 11, "y"]],
        },
    ]
    assert conflicted == 1  # agreeing heads are no conflict
    assert decode_heads(document) == dict(sorted(fields.items()))


def test_given_no_field_with_a_single_head_when_encoded_then_it_decodes_back() -> None:
    fields = {"name": [Head("dev-a", 1, 1, "x"), Head("dev-b", 1, 2, "y")]}
    document, conflicted = encode_heads(fields)
    assert conflicted == 1
    assert decode_heads(document) == fields
    assert decode_heads(encode_heads({})[0]) == {}
