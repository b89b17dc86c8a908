# mypy: disable-error-code="no-untyped-call"
"""The paged id-list model: Qt's model rules, lazy pages, bounded cache, sort in SQL."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from liaison_app.services import listing, records
from liaison_app.services.listing import ListQuery, Row
from ui.context import AppContext
from ui.lock_safe_access import StoreRowSource
from ui.table_model import ID_ROLE, RecordTableModel

COLUMNS = listing.list_spec("contact").columns


class FakeSource:
    """`count` ids named c00000..., and a log of the pages asked for."""

    def __init__(self, count: int) -> None:
        self.all_ids = [f"c{n:05d}" for n in range(count)]
        self.page_requests: list[tuple[str, ...]] = []
        self.queries: list[ListQuery] = []

    def ids(self, query: ListQuery) -> list[str]:
        self.queries.append(query)
        return list(reversed(self.all_ids)) if query.descending else list(self.all_ids)

    def forget(self) -> None:
        pass

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]:
        self.page_requests.append(tuple(ids))
        return {i: Row((i, "", "", "", "", ""), alert=i.endswith("7")) for i in ids}


def test_the_model_passes_qts_model_tester_on_a_real_profile(
    qtmodeltester: ModelTester, ctx: AppContext
) -> None:
    for name in ("Amina", "Jonas", "Fatima"):
        records.add(ctx.store, "contact", {"full_name": name})
    model = RecordTableModel(COLUMNS, StoreRowSource(ctx), ListQuery("contact"))
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3


def test_the_row_count_is_known_at_once_and_only_the_page_on_screen_is_loaded() -> None:
    source = FakeSource(100_000)
    model = RecordTableModel(COLUMNS, source, ListQuery("contact"))
    model.refresh()
    assert model.rowCount() == 100_000
    assert source.page_requests == []
    assert model.data(model.index(90_123, 0)) == "c90123"
    assert source.page_requests == [tuple(f"c{n:05d}" for n in range(90_100, 90_200))]
    model.data(model.index(90_150, 0))  # same page: served from the cache
    assert len(source.page_requests) == 1


def test_the_page_cache_is_bounded() -> None:
    source = FakeSource(20_000)
    model = RecordTableModel(COLUMNS, source, ListQuery("contact"))
    model.refresh()
    for page in range(RecordTableModel.MAX_PAGES + 10):
        model.data(model.index(page * RecordTableModel.PAGE_SIZE, 0))
    assert len(model._pages) == RecordTableModel.MAX_PAGES
    model.data(model.index(0, 0))  # the oldest page was dropped and is read again
    assert len(source.page_requests) == RecordTableModel.MAX_PAGES + 11


def test_sorting_by_a_column_asks_the_service_for_a_new_order() -> None:
    source = FakeSource(10)
    model = RecordTableModel(COLUMNS, source, ListQuery("contact"))
    model.refresh()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert source.queries[-1].sort == COLUMNS[2].key
    assert source.queries[-1].descending is True
    assert model.data(model.index(0, 0), ID_ROLE) == "c00009"


def test_rows_that_need_attention_are_coloured_and_ids_are_found_by_row() -> None:
    model = RecordTableModel(COLUMNS, FakeSource(20), ListQuery("contact"))
    model.refresh()
    assert model.data(model.index(7, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(6, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.row_of("c00013") == 13
    assert model.id_at(13) == "c00013"


def test_a_record_deleted_since_the_ids_were_read_shows_an_empty_row() -> None:
    class Vanishing(FakeSource):
        def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]:
            found = super().rows(kind, ids)
            found.pop("c00002")
            return found

    model = RecordTableModel(COLUMNS, Vanishing(5), ListQuery("contact"))
    model.refresh()
    assert model.data(model.index(2, 0)) == "—"
    assert model.data(model.index(2, 1)) is None
    assert model.data(model.index(3, 0)) == "c00003"


def test_clearing_forgets_every_id_and_row() -> None:
    model = RecordTableModel(COLUMNS, FakeSource(500), ListQuery("contact"))
    model.refresh()
    model.data(model.index(0, 0))
    model.clear()
    assert model.rowCount() == 0 and model._pages == {}
