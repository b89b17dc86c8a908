"""The whole profile as JSON and back: the round trip keeps every record and id, re-import
adds nothing, a record already here is never overwritten, and a bad file changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from liaison_app import demo
from liaison_app.kinds import Kind
from liaison_app.services import dump, records
from liaison_app.services.interop import json_export, json_import
from liaison_app.services.interop.json_import import DumpRefusedError, Problem, Skip
from liaison_app.services.interop.redaction import Profile, redaction
from liaison_app.store import Store
from tests.conftest import Factory
from tests.liaison_app.interop.world import World


def _export(store: Store, path: Path, *, include: bool = False) -> Path:
    json_export.export(store, path, redaction(store, include_do_not_share=include, profile=Profile.FULL))
    return path


@pytest.mark.slow
def test_given_the_demo_profile_when_exported_and_imported_into_an_empty_one_then_their_dumps_are_identical(
    device: Factory, tmp_path: Path
) -> None:
    a, b = device("Anna"), device("Bert")
    demo.generate(a, seed=3, today=date(2026, 3, 20))
    path = _export(a, tmp_path / "a.json", include=True)
    report = json_import.import_file(b, path)
    assert report.total == sum(len(v) for v in dump.dump(a).values() if isinstance(v, list))
    assert dump.dump_json(b) == dump.dump_json(a)
    again = json_import.import_file(b, path)
    assert again.total == 0 and again.skipped_for(Skip.UNCHANGED) == report.total
    assert dump.dump_json(b) == dump.dump_json(a)


def test_given_do_not_share_records_left_out_then_nothing_names_them_and_the_file_imports(
    store: Store, mission: World, device: Factory, tmp_path: Path
) -> None:
    path = _export(store, tmp_path / "p.json")
    text = path.read_text()
    assert mission.source not in text and "Jean Mukendi" not in text
    other = device("Bert")
    json_import.import_file(other, path)
    warn = records.get(other, "action", mission.warn)
    assert warn.owner is None  # type: ignore[attr-defined]
    assert mission.source not in records.get(other, "meeting", mission.kle).attendee_ids  # type: ignore[attr-defined]


def test_given_do_not_share_included_then_the_export_is_the_dump_naming_its_profile(
    store: Store, mission: World, tmp_path: Path
) -> None:
    exported = json.loads(_export(store, tmp_path / "p.json", include=True).read_text())
    assert exported.pop("redaction") == "full"
    assert json_export.text(exported) == dump.dump_json(store)


def _changesets(store: Store) -> int:
    with store.session() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one())


def test_given_imported_records_then_they_travel_as_changesets_like_local_edits(
    store: Store, mission: World, device: Factory, tmp_path: Path
) -> None:
    other = device("Bert")
    before = _changesets(other)
    json_import.import_file(other, _export(store, tmp_path / "p.json"))
    assert _changesets(other) > before


@pytest.fixture
def imported(store: Store, mission: World, device: Factory, tmp_path: Path) -> tuple[Store, Path]:
    """A second profile that imported the mission's file, and that file."""
    path = _export(store, tmp_path / "p.json")
    other = device("Bert")
    json_import.import_file(other, path)
    return other, path


def test_given_a_record_here_with_other_content_then_it_is_skipped_as_differs_and_kept(
    mission: World, imported: tuple[Store, Path]
) -> None:
    other, path = imported
    records.edit(other, "org", mission.wfp, {"acronym": "PAM"})
    report = json_import.import_file(other, path)
    assert report.total == 0
    assert [(s.kind, s.id) for s in report.skipped if s.reason is Skip.DIFFERS] == [(Kind.ORG, mission.wfp)]
    assert records.get(other, "org", mission.wfp).acronym == "PAM"  # type: ignore[attr-defined]


def test_given_a_record_in_the_trash_here_then_it_is_skipped_as_deleted(
    mission: World, imported: tuple[Store, Path]
) -> None:
    other, path = imported
    records.delete_record(other, "action", mission.recce)
    report = json_import.import_file(other, path)
    assert [s.id for s in report.skipped if s.reason is Skip.DELETED] == [mission.recce]


def _document(store: Store, tmp_path: Path) -> dict[str, Any]:
    return json.loads(_export(store, tmp_path / "p.json").read_text())  # type: ignore[no-any-return]


def _first(section: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any], **values: Any) -> None:
        document[section][0].update(values)

    return change


HOSTILE: dict[str, tuple[Callable[[dict[str, Any]], Any], Problem]] = {
    "wrong format tag": (lambda d: d.update(format="liaison-dump/9"), Problem.WRONG_FORMAT),
    "unknown kind": (lambda d: d.update(rumours=[]), Problem.UNKNOWN_SECTION),
    "section not a list": (lambda d: d.update(contacts={"a": 1}), Problem.NOT_A_DUMP),
    "id not a uuid": (lambda d: d["contacts"][0].update(id="../../etc"), Problem.BAD_ID),
    "id repeated": (lambda d: d["contacts"][1].update(id=d["contacts"][0]["id"]), Problem.REPEATED_ID),
    "unknown field": (lambda d: d["contacts"][0].update(password="x"), Problem.INVALID_RECORD),
    "wrong type": (lambda d: d["contacts"][0].update(full_name=["a", "list"]), Problem.INVALID_RECORD),
    "number as text": (lambda d: d["organizations"][0].update(acronym=12), Problem.INVALID_RECORD),
    "huge string": (lambda d: d["contacts"][0].update(full_name="x" * 200_000), Problem.INVALID_RECORD),
    "bad choice": (lambda d: d["organizations"][0].update(org_type="cartel"), Problem.INVALID_RECORD),
    "missing reference": (
        lambda d: d["contacts"][0].update(organization_id="00000000-0000-4000-8000-000000000000"),
        Problem.INVALID_RECORD,
    ),
    "dropped referenced record": (lambda d: d.update(organizations=[]), Problem.INVALID_RECORD),
    "bad completion time": (
        lambda d: next(a for a in d["actions"] if a.get("completed_at")).update(completed_at="yesterday"),
        Problem.INVALID_RECORD,
    ),
    "own ancestor": (
        lambda d: [a.update(parent_area_id=a["id"]) for a in d["areas"]],
        Problem.INVALID_RECORD,
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_given_a_hostile_file_then_it_is_refused_with_a_reason_and_nothing_changes(
    store: Store, mission: World, device: Factory, tmp_path: Path, case: str
) -> None:
    document = _document(store, tmp_path)
    spoil, problem = HOSTILE[case]
    spoil(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    other = device("Bert")
    empty = dump.dump_json(other)
    with pytest.raises(DumpRefusedError) as refused:
        json_import.import_file(other, path)
    assert refused.value.problem is problem
    assert "\n" not in str(refused.value)
    assert dump.dump_json(other) == empty


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe not utf-8", Problem.NOT_JSON),
        (b'{"format": "liaison-dump/1", "areas": [', Problem.NOT_JSON),
        (b"[" * 100_000 + b"]" * 100_000, Problem.NOT_JSON),
        (b'{"format": "liaison-dump/1", "format": "x"}', Problem.NOT_JSON),
        (b'{"format": "liaison-dump/1", "areas": [{"id": NaN}]}', Problem.NOT_JSON),
        (b"[1, 2]", Problem.NOT_A_DUMP),
    ],
    ids=["not utf-8", "truncated", "nested deep", "repeated key", "NaN", "a list"],
)
def test_given_a_file_that_is_no_dump_then_it_is_refused(
    store: Store, tmp_path: Path, content: bytes, problem: Problem
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(DumpRefusedError) as refused:
        json_import.import_file(store, path)
    assert refused.value.problem is problem


def test_given_a_file_over_the_cap_then_it_is_refused_before_it_is_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(500 * 1024 * 1024)  # 500 MB, sparse: costs no disk
    with pytest.raises(DumpRefusedError) as refused:
        json_import.import_file(store, path)
    assert refused.value.problem is Problem.TOO_LARGE
