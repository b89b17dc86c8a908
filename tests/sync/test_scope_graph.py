"""How an area export decides over arrays which candidates to send (sync.scope_graph): groups
tied by the records they touch, seeds, and what wanted groups name."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sync import scope_graph
from sync.scope_memory import record_key


def _pairs(rows: list[tuple[int, list[str]]]) -> scope_graph.Pairs:
    pairs = scope_graph.Pairs()
    for node, records in rows:
        pairs.add(node, [record_key(r) for r in records])
    return pairs


def _seeds(size: int, *nodes: int) -> np.ndarray:
    seeds = np.zeros(size, np.bool_)
    seeds[list(nodes)] = True
    return seeds


def _components_by_union_find(size: int, edges: list[tuple[int, int]]) -> list[int]:
    parent = list(range(size))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(x) for x in range(size)]


def _graphs() -> st.SearchStrategy[tuple[int, list[tuple[int, int]]]]:
    def edges(size: int) -> st.SearchStrategy[list[tuple[int, int]]]:
        node = st.integers(0, size - 1)
        return st.lists(st.tuples(node, node), max_size=80)

    return st.integers(1, 40).flatmap(lambda n: st.tuples(st.just(n), edges(n)))


@settings(max_examples=200, deadline=None)
@given(_graphs())
def test_components_are_those_of_a_plain_union_find_whatever_the_edges(
    graph: tuple[int, list[tuple[int, int]]],
) -> None:
    size, edges = graph
    a = np.array([e[0] for e in edges], np.int32)
    b = np.array([e[1] for e in edges], np.int32)
    assert scope_graph.components(size, a, b).tolist() == _components_by_union_find(size, edges)


def test_given_a_seed_then_every_candidate_touching_its_records_goes_and_the_others_stay() -> None:
    touched = _pairs([(0, ["c1"]), (1, ["c2"]), (2, ["c1", "c3"]), (3, ["c3"])])
    decision = scope_graph.decide(4, touched, [scope_graph.Pairs()], _seeds(4, 0))
    assert decision.sent.tolist() == [True, False, True, True], "c1 ties 0 and 2, c3 ties 2 and 3"
    assert decision.left_keys.tolist() == [record_key("c2")]


def test_given_a_wanted_group_naming_a_record_then_that_records_history_goes_too_one_way() -> None:
    touched = _pairs([(0, ["m1"]), (1, ["o1"]), (2, ["o1"]), (3, ["c9"])])
    named = _pairs([(0, ["o1"]), (3, ["m1"])])  # the meeting names the org; c9's change names the meeting
    decision = scope_graph.decide(4, touched, [named], _seeds(4, 0))
    assert decision.sent.tolist() == [True, True, True, False], "what names a sent record does not come"


def test_names_are_followed_through_every_group_they_reach() -> None:
    touched = _pairs([(n, [f"r{n}"]) for n in range(6)])
    named = _pairs([(n, [f"r{n + 1}"]) for n in range(5)])
    decision = scope_graph.decide(6, touched, [named], _seeds(6, 2))
    assert decision.sent.tolist() == [False, False, True, True, True, True]


def test_a_record_named_that_no_candidate_touches_ties_nothing() -> None:
    touched = _pairs([(0, ["m1"]), (1, ["o1"])])
    named = _pairs([(0, ["held-elsewhere"])])
    decision = scope_graph.decide(2, touched, [named], _seeds(2, 0))
    assert decision.sent.tolist() == [True, False]
    assert decision.left_keys.tolist() == [record_key("o1")]


def test_no_candidates_decide_nothing() -> None:
    decision = scope_graph.decide(0, scope_graph.Pairs(), [scope_graph.Pairs()], _seeds(0))
    assert decision.sent.size == 0 and decision.left_keys.size == 0
