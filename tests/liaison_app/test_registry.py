"""The kind registry: one description per kind that every layer reads.

The first test adds a synced field the way the registry promises (a model column, one
registry entry, one migration) in a process of its own and finds it in the CLI, the
lists, the dump and on a second device after sync. The others pin what the registry
and the tables' metadata must agree on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from db.models import DERIVED_COLUMNS, RECORD_TABLES, references_to, synced_fields
from liaison_app.errors import ValidationError
from liaison_app.kinds import KINDS, Kind, Title, reference_kinds, spec
from liaison_app.services import listing, records, search, snapshot_cursor
from liaison_app.store import Store
from sync import purge
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _world(tmp_path: Path, *extra: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.liaison_app.extra_field_world", str(tmp_path), *extra],
        cwd=ROOT,
        env={**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_given_a_model_column_and_one_registry_entry_when_used_then_cli_lists_dump_and_sync_carry_it(
    tmp_path: Path,
) -> None:
    seen = _world(tmp_path)
    assert seen == {
        "added": "Net 7",  # --radio-net on add, shown by show --json
        "edited": "Net 9",  # --radio-net on edit
        "listed": ["Net 9"],  # list --json
        "dumped": ["Net 9"],  # the canonical dump
        "shown_as_text": True,  # show without --json
        "synced": "Net 9",  # the record's first changeset carries it to HQ
        "synced_edit": "Net 12",  # and so does an edit of that field alone
        "dumps_equal": True,
    }


def test_given_the_model_column_alone_then_the_cli_does_not_offer_it(tmp_path: Path) -> None:
    assert _world(tmp_path, "--without-entry") == {"add_exit_code": 2}


def test_every_synced_column_of_a_kind_is_a_registry_field_or_computed_from_one() -> None:
    for kind_spec in KINDS.values():
        described = {f.name for f in kind_spec.fields} | set(kind_spec.computed) | set(DERIVED_COLUMNS)
        assert set(synced_fields(kind_spec.table)) <= described, kind_spec.kind
        assert {f.name for f in kind_spec.fields} <= set(synced_fields(kind_spec.table)), kind_spec.kind


def test_the_kinds_are_the_record_tables_by_the_words_the_cli_takes() -> None:
    assert [k.value for k in Kind] == list(RECORD_TABLES) == ["org", "contact", "meeting", "action", "area"]
    assert all(KINDS[k].table is RECORD_TABLES[k] for k in Kind)
    assert spec("org") is spec(Kind.ORG)
    with pytest.raises(ValidationError, match="unknown kind 'organization'"):
        spec("organization")


def test_each_reference_field_names_the_table_its_foreign_key_points_at() -> None:
    refers_to = reference_kinds()
    for kind_spec in KINDS.values():
        for fk in kind_spec.table.__table__.foreign_keys:  # type: ignore[attr-defined]
            target = fk.target_fullname.split(".")[0]
            assert KINDS[refers_to[fk.parent.name]].table_name == target


def test_purge_reads_what_points_at_a_tombstone_from_the_foreign_keys() -> None:
    assert references_to("organization") == (("contact", "organization_id"), ("organization", "parent_id"))
    assert references_to("meeting") == (("action_item", "meeting_id"),)
    assert references_to("contact") == ()
    assert references_to("area") == (
        ("area", "parent_area_id"),
        ("contact", "area_id"),
        ("meeting", "area_id"),
        ("organization", "area_id"),
    )
    # What points at a kind is purged before it, so one pass frees both.
    order = purge.purge_order()
    assert order.index("action") < order.index("meeting") and order.index("contact") < order.index("org")


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        (Kind.ORG, {"name": "World Food Programme", "acronym": "WFP"}),
        (Kind.ORG, {"name": "OCHA"}),
        (Kind.CONTACT, {"full_name": "Jean Mukendi"}),
        (Kind.MEETING, {"title": "Convoy planning", "start": "2026-11-20T10:00+01:00"}),
        (Kind.ACTION, {"title": "Recce the route"}),
        (Kind.AREA, {"name": "North Kivu", "pcode": "CD61"}),
        (Kind.AREA, {"name": "Ituri"}),
    ],
)
def test_a_title_reads_the_same_in_python_and_in_sql(
    store: Store, kind: Kind, fields: dict[str, str]
) -> None:
    record = records.add(store, kind, fields)
    in_python = spec(kind).title(SimpleNamespace(**records.as_dict(record)))
    assert listing.titles(store, kind, [record.id]) == {record.id: in_python}


def test_a_title_with_a_detail_is_written_the_same_way_in_python_and_sql(store: Store) -> None:
    dated = Title("title", "start", detail_chars=10, dash=True)
    meeting = records.add(store, "meeting", {"title": "Convoy planning", "start": "2026-11-20T10:00+01:00"})
    with snapshot_cursor.cursor(store) as cur:
        (in_sql,) = cur.execute(
            f"SELECT {dated.sql()} FROM meeting t WHERE t.id = ?", (meeting.id,)
        ).fetchone()
    assert in_sql == dated(meeting) == "Convoy planning — 2026-11-20"


def test_a_meeting_has_one_title_in_search_and_in_pickers(store: Store) -> None:
    meeting = records.add(store, "meeting", {"title": "Convoy planning", "start": "2026-11-20T10:00+01:00"})
    assert listing.titles(store, "meeting", [meeting.id]) == {meeting.id: "Convoy planning"}
    assert [h.title for h in search.search(store, "convoy")] == ["Convoy planning"]
