"""A known divergence (issue 11, found by the convergence property test and shrunk by hand in
session 9): carry-over follows the merge that wins *on this device now*, and an unmerge does
not take carried values back, so two devices that pass through different intermediate
winners end with different values.

Here HQ merges X into Y while Anna merges Y into X; both undo their own merge. At HQ, its
local unmerge of X leaves Anna's Y-into-X winning there for a while (Anna's unmerge has not
arrived), so Y's edit `hq3` is carried onto X; at Anna that state never exists. After every
bundle has crossed, X reads `hq3` at HQ and `anna1` elsewhere. A fix needs carry-over decided
by the set of declarations and operations alone (not by the order they arrived in); see the
closing note of session 9.
"""

from __future__ import annotations

import pytest

from liaison_app.services import record_merge, records
from liaison_app.store import Store
from tests.sync.conftest import Factory, introduce, send


def _orgs(store: Store) -> list[tuple[str, str | None]]:
    return sorted((o.id, o.acronym) for o in records.list_records(store, "org"))  # type: ignore[attr-defined]


def _exchange(officers: list[Store], hq: Store) -> None:
    for _ in range(2):
        for officer in officers:
            send(officer, hq)
        for officer in officers:
            send(hq, officer)


def _unmerge_all(store: Store) -> None:
    merged = [
        away.record_id
        for org in records.list_records(store, "org")
        for away in record_merge.merged_into(store, kind="org", record_id=org.id)
    ]
    for record_id in merged:
        record_merge.unmerge(store, kind="org", record_id=record_id)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="known divergence: carry-over follows the local winner (issue 11)",
)
def test_given_opposite_merges_each_undone_when_all_bundles_crossed_then_every_device_agrees(
    device: Factory,
) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    x = records.add(anna, "org", {"name": "X org"}).id
    y = records.add(bert, "org", {"name": "Y org"}).id
    _exchange([anna, bert], hq)
    records.edit(anna, "org", x, {"acronym": "anna1"})
    record_merge.merge(hq, kind="org", keep_id=y, other_id=x)
    record_merge.merge(anna, kind="org", keep_id=x, other_id=y)
    records.edit(hq, "org", y, {"acronym": "hq3"})
    send(anna, hq)
    _unmerge_all(hq)
    _unmerge_all(anna)

    _exchange([anna, bert], hq)

    assert _orgs(anna) == _orgs(bert) == _orgs(hq)
