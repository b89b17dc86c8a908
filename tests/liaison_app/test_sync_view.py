"""The non-Qt side of the sync screens: conflict views, keep_value, an edit that merges,
the status summary, cards read before trusting, import result lines, the folder watch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from liaison_app.errors import ValidationError
from liaison_app.services import display_text, records, sync_view, syncing
from liaison_app.store import Store
from sync import hlc
from sync.refusals import RefusalReason
from tests.sync.conftest import bundle_for, introduce, send


def _conflicted(device: Callable[..., Store]) -> tuple[Store, Store, str]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    send(anna, hq)
    send(hq, anna)
    return anna, hq, contact.id


def test_a_conflict_view_names_the_record_and_both_sides(device: Callable[..., Store]) -> None:
    anna, _hq, contact_id = _conflicted(device)
    (view,) = sync_view.conflict_views(anna)
    assert (view.kind_label, view.title, view.field_label, view.record_id) == (
        "contact",  # the registry's label: the GUI translates and capitalises it
        "Jean Mukendi",
        "Position",  # the registry's caption: the GUI translates it
        contact_id,
    )
    assert view.editable and not view.resolved
    by_officer = {s.officer: s for s in view.sides}
    assert by_officer["Anna"].mine and by_officer["Anna"].device == "anna-laptop"
    assert by_officer["HQ"].lines == ("Head of Logistics",) and by_officer["HQ"].device == "hq-laptop"
    assert sum(s.shown for s in view.sides) == 1
    assert all(s.time.endswith("UTC") for s in view.sides)


def test_given_a_conflict_on_either_device_then_this_devices_side_is_listed_first(
    device: Callable[..., Store],
) -> None:
    anna, hq, _contact_id = _conflicted(device)
    send(anna, hq)  # HQ now holds the conflict too
    for store, me in ((anna, "Anna"), (hq, "HQ")):
        (view,) = sync_view.conflict_views(store)
        assert view.sides[0].officer == me and view.sides[0].mine


def test_keep_value_keeps_exactly_the_side_named(device: Callable[..., Store]) -> None:
    anna, hq, contact_id = _conflicted(device)
    (view,) = sync_view.conflict_views(anna)
    theirs = next(s for s in view.sides if not s.mine)
    syncing.keep_value(anna, view.id, theirs.origin, theirs.seq)
    assert records.get(anna, "contact", contact_id).position == "Head of Logistics"  # type: ignore[attr-defined]
    assert sync_view.conflict_views(anna) == []
    (resolved,) = sync_view.conflict_views(anna, include_resolved=True)
    assert resolved.resolved and not resolved.editable
    send(anna, hq)
    assert syncing.conflicts(hq) == []


def test_keep_value_refuses_a_side_that_is_not_in_the_conflict(device: Callable[..., Store]) -> None:
    anna, _hq, _contact_id = _conflicted(device)
    (view,) = sync_view.conflict_views(anna)
    with pytest.raises(ValidationError):
        syncing.keep_value(anna, view.id, "nobody", 1)


def test_an_edit_of_the_conflicting_field_is_a_merge_that_resolves_it(device: Callable[..., Store]) -> None:
    anna, hq, contact_id = _conflicted(device)
    records.edit(anna, "contact", contact_id, {"position": "Head of Logistics Officer"})
    assert syncing.conflicts(anna) == []
    assert len(syncing.conflicts(anna, include_resolved=True)) == 1
    send(anna, hq)
    assert syncing.conflicts(hq) == []
    assert records.get(hq, "contact", contact_id).position == "Head of Logistics Officer"  # type: ignore[attr-defined]


def test_the_summary_counts_conflicts_and_names_the_last_exchange(device: Callable[..., Store]) -> None:
    anna, _hq, _contact_id = _conflicted(device)
    summary = sync_view.summary(anna)
    assert summary.open_conflicts == 1 and summary.waiting == 0
    assert summary.last_exchange[0][0] == "HQ"


def test_given_changes_a_peer_lacks_when_summarised_then_the_status_counts_them_to_send(
    device: Callable[..., Store],
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    assert sync_view.summary(anna).to_send == 0
    records.add(anna, "org", {"name": "WFP"})
    records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    summary = sync_view.summary(anna)
    assert summary.outgoing == (("HQ (hq-laptop)", 2),) and summary.to_send == 2


def test_given_the_peer_confirmed_what_it_holds_then_nothing_is_left_to_send(
    device: Callable[..., Store],
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "WFP"})
    send(anna, hq)
    send(hq, anna)  # HQ's bundle tells Anna what HQ now holds
    summary = sync_view.summary(anna)
    assert summary.to_send == 0 and summary.outgoing == (("HQ (hq-laptop)", 0),)


def _org_conflict(device: Callable[..., Store]) -> tuple[Store, str, str]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    wfp = records.add(anna, "org", {"name": "World Food Programme"})
    unicef = records.add(anna, "org", {"name": "UNICEF"})
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"organization_id": wfp.id})
    records.edit(hq, "contact", contact.id, {"organization_id": unicef.id})
    send(anna, hq)
    send(hq, anna)
    return anna, wfp.id, unicef.id


def test_given_a_conflict_on_a_reference_field_then_each_side_names_the_record_not_its_id(
    device: Callable[..., Store],
) -> None:
    anna, _wfp, _unicef = _org_conflict(device)
    (view,) = sync_view.conflict_views(anna)
    assert view.field_label == "Organization"
    assert {s.officer: s.lines for s in view.sides} == {"Anna": ("World Food Programme",), "HQ": ("UNICEF",)}


def test_given_a_referenced_record_deleted_here_then_its_side_says_it_is_not_on_this_device(
    device: Callable[..., Store],
) -> None:
    anna, _wfp, unicef = _org_conflict(device)
    records.delete_record(anna, "org", unicef)
    (view,) = sync_view.conflict_views(anna)
    hq_side = next(s for s in view.sides if s.officer == "HQ")
    assert hq_side.lines == (display_text.Shown.NOT_HERE,) and hq_side.value == unicef


def test_a_card_is_read_with_its_fingerprint_before_it_is_trusted(
    device: Callable[..., Store], tmp_path: Path
) -> None:
    anna, bert = device("Anna"), device("Bert")
    path = syncing.export_card(bert, tmp_path / sync_view.card_name(bert))
    card = sync_view.read_card(path)
    assert card.officer == "Bert" and card.fingerprint == syncing.identity(bert).fingerprint
    assert syncing.list_peers(anna) == []
    (tmp_path / "junk.liaison-card").write_text("{}", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a valid identity card"):
        sync_view.read_card(tmp_path / "junk.liaison-card")


def test_given_a_card_swapped_on_disk_after_it_was_shown_then_the_card_shown_is_the_one_trusted(
    device: Callable[..., Store], tmp_path: Path
) -> None:
    anna, bert, mallory = device("Anna"), device("Bert"), device("Mallory")
    path = syncing.export_card(bert, tmp_path / "bert.liaison-card")
    shown = sync_view.read_card(path)
    syncing.export_card(mallory, path)  # the file changes while the officer compares digits
    assert sync_view.read_card(path).fingerprint != shown.fingerprint  # a real swap
    trusted = sync_view.trust_card(anna, shown)
    assert trusted.card.device_id == bert.author.device_id
    assert {p.card.device_id for p in syncing.list_peers(anna)} == {bert.author.device_id}
    assert trusted.to_json()["fingerprint"] == shown.fingerprint


def test_import_lines_give_counts_or_the_refusal_reason(device: Callable[..., Store], tmp_path: Path) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "WFP"})
    good = bundle_for(anna, hq)
    junk = tmp_path / "junk.liaison"
    junk.write_bytes(b"not a bundle")
    lines = sync_view.outcome_lines(hq, syncing.import_bundles(hq, [good, junk, good]))
    assert (lines[0].counts.applied, lines[0].sender, lines[0].status) == (
        1,
        "Anna",
        syncing.FileStatus.IMPORTED,
    )
    assert lines[1].refused and lines[1].refusal is RefusalReason.NOT_A_BUNDLE
    assert lines[1].reason == "not a Liaison bundle"  # shown without the file name, which has a column
    assert lines[2].status is syncing.FileStatus.ALREADY_IMPORTED and not lines[2].refused
    assert lines[2].imported_at == lines[0].imported_at != "" and lines[2].sender == "Anna"


def test_the_folder_watch_fires_only_when_the_folder_appears(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    watch = sync_view.FolderWatch()
    assert watch.observe(str(folder)) is False  # baseline: absent
    folder.mkdir()
    assert watch.observe(str(folder)) is True  # appeared
    assert watch.observe(str(folder)) is False  # still there
    watch.reset()
    folder.rmdir()
    folder.mkdir()
    assert watch.observe(str(folder)) is False  # first look after a reset is a baseline
    assert watch.observe("") is False


def test_bundle_paths_keep_bundle_files_once(tmp_path: Path) -> None:
    a = tmp_path / "a.liaison"
    a.write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert sync_view.bundle_paths([a, tmp_path / "notes.txt", a, tmp_path / "gone.liaison"]) == [a]


def test_default_names_say_who_and_end_in_the_right_suffix(device: Callable[..., Store]) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    name = sync_view.bundle_name(anna, [hq.author.device_id])
    assert name.startswith("anna-laptop-to-hq-laptop-") and name.endswith(".liaison")
    assert sync_view.card_name(anna) == "anna-anna-laptop.liaison-card"


def test_given_an_officer_only_vouched_for_by_hq_then_the_summary_does_not_count_what_they_lack(
    device: Callable[..., Store],
) -> None:
    anna, hq, bert = device("Anna"), device("HQ", role="hq"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    records.add(bert, "org", {"name": "UNICEF"})
    send(bert, hq)
    send(hq, anna)  # HQ vouches for Bert and relays his change
    records.add(anna, "org", {"name": "WFP"})
    assert syncing.status(anna).outgoing[bert.author.device_id] > 0  # Bert is never told directly
    summary = sync_view.summary(anna)
    assert summary.outgoing == (("HQ (hq-laptop)", 1),) and summary.hq_lacking == 1 and not summary.hq
    send(anna, hq)
    send(hq, anna)
    assert sync_view.summary(anna).hq_lacking == 0  # HQ has everything after the round trip
    on_hq = sync_view.summary(hq)
    assert on_hq.hq and on_hq.hq_lacking is None
    assert dict(on_hq.outgoing) == {"Anna (anna-laptop)": 0, "Bert (bert-laptop)": 1} and on_hq.behind == 1


def test_given_no_hq_card_yet_then_the_summary_has_nothing_to_say_about_hq(
    device: Callable[..., Store],
) -> None:
    anna = device("Anna")
    summary = sync_view.summary(anna)
    assert summary.hq_lacking is None and summary.outgoing == ()


def test_peer_lines_say_what_each_direct_peer_lacks_and_nothing_for_vouched_ones(
    device: Callable[..., Store],
) -> None:
    anna, hq, bert = device("Anna"), device("HQ", role="hq"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    records.add(bert, "org", {"name": "UNICEF"})
    send(bert, hq)
    send(hq, anna)  # HQ vouches for Bert, whose change it relays
    records.add(anna, "org", {"name": "WFP"})
    lacking = {line.officer: line.lacking for line in sync_view.peer_lines(anna)}
    assert lacking == {"HQ": 1, "Bert": None}


def test_history_lines_name_the_peers_and_carry_the_counts(device: Callable[..., Store]) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "WFP"})
    send(anna, hq)
    (line,) = sync_view.history_lines(hq)
    assert (line.direction, line.result, line.peers) == (
        sync_view.Direction.IMPORT,
        sync_view.ExchangeResult.IMPORTED,
        ("Anna (anna-laptop)",),
    )
    assert line.counts is not None and line.counts.applied == 1 and line.when.endswith("UTC")
    (export,) = sync_view.history_lines(anna)
    assert export.changesets == 1 and export.counts is None and export.peers == ("HQ (hq-laptop)",)


def test_given_edits_three_minutes_apart_then_the_conflict_says_how_far_apart_they_were(
    device: Callable[..., Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    start = hlc.now_ms() + 60_000
    monkeypatch.setattr(hlc, "now_ms", lambda: start)
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer"})
    monkeypatch.setattr(hlc, "now_ms", lambda: start + 3 * 60_000 + 400)
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    send(hq, anna)
    (view,) = sync_view.conflict_views(anna)
    assert view.apart_seconds == 180


def test_given_a_resolved_conflict_then_its_view_shows_the_final_value_and_who_resolved_it(
    device: Callable[..., Store],
) -> None:
    anna, _hq, contact_id = _conflicted(device)
    records.edit(anna, "contact", contact_id, {"position": "Joint logistics lead"})  # a merge
    (resolved,) = sync_view.conflict_views(anna, include_resolved=True)
    assert resolved.resolution is not None
    assert resolved.resolution.lines == ("Joint logistics lead",)
    assert (resolved.resolution.officer, resolved.resolution.device) == ("Anna", "anna-laptop")
    assert resolved.resolution.mine and resolved.resolution.time.endswith("UTC")
    assert sync_view.conflict_views(anna) == []  # nothing left open


def test_an_open_conflict_has_no_resolution(device: Callable[..., Store]) -> None:
    anna, _hq, _contact_id = _conflicted(device)
    (view,) = sync_view.conflict_views(anna)
    assert view.resolution is None
