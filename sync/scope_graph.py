"""Which candidate changesets an area export sends, decided over arrays (sync.scope).

Candidates are numbered by their place in clock order ("nodes"). What the scope reads of
their bodies arrives as pairs (record key, node): the records each touches and those it
names, a record by its 64-bit key (sync.scope_memory.record_key). Candidates touching the
same record are one group (a record's history travels whole); a group is wanted when one of
its candidates is a seed (touches or names a record in scope, or one a recipient holds), or
when a wanted group names a record another group touches. Kept as numpy arrays, an HQ's
1.8 million records cost about 12 bytes a pair, where Python maps of their ids took 300.

Two records whose keys collide are taken for one: their groups are tied, so more is sent,
never less (what is sent still names only what is sent or held).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

Keys = npt.NDArray[np.uint64]
Nodes = npt.NDArray[np.int32]
Mask = npt.NDArray[np.bool_]
# Pairs are compared a chunk at a time, so that the temporaries stay a few MB whatever the count.
_CHUNK = 1 << 18


@dataclass(slots=True)
class Pairs:
    """(record key, node) pairs, appended a body at a time: 12 bytes a pair."""

    keys: array[int] = field(default_factory=lambda: array("Q"))
    nodes: array[int] = field(default_factory=lambda: array("i"))

    def add(self, node: int, keys: list[int]) -> None:
        self.keys.extend(keys)
        self.nodes.extend([node] * len(keys))

    def key_array(self) -> Keys:
        return np.frombuffer(self.keys, dtype=np.uint64) if self.keys else np.zeros(0, np.uint64)

    def node_array(self) -> Nodes:
        return np.frombuffer(self.nodes, dtype=np.int32) if self.nodes else np.zeros(0, np.int32)

    def nodes_with(self, wanted_keys: Keys) -> Nodes:
        """The nodes of the pairs whose key is one of `wanted_keys` (sorted, unique)."""
        keys, nodes = self.key_array(), self.node_array()
        found: list[Nodes] = [np.zeros(0, np.int32)]
        for start in range(0, keys.size, _CHUNK):
            hit = _members(keys[start : start + _CHUNK], wanted_keys)
            found.append(nodes[start : start + _CHUNK][hit])
        return np.concatenate(found)


@dataclass(frozen=True, slots=True)
class Decision:
    """Per candidate, whether it is sent; and the keys of the records left-out ones touch."""

    sent: Mask
    left_keys: Keys


def decide(size: int, touched: Pairs, named: Sequence[Pairs], seeds: Mask) -> Decision:
    """Which of `size` candidates are sent, given what each touches and names and which are
    seeds (a wanted group holds at least one)."""
    order = np.argsort(touched.key_array(), kind="stable")
    keys, nodes = touched.key_array()[order], touched.node_array()[order]
    del order
    # Each pair is tied to the first pair of its record's run: one edge per repeat.
    repeat = np.zeros(keys.size, np.bool_)
    np.equal(keys[1:], keys[:-1], out=repeat[1:])
    at = np.arange(keys.size, dtype=np.int32)
    at[repeat] = 0
    np.maximum.accumulate(at, out=at)  # each pair's place -> the place its run begins
    del repeat
    first = nodes[at]
    del at
    # Most records are touched by one candidate only: their pairs tie nothing.
    ties = first != nodes
    group = components(size, first[ties], nodes[ties])
    del first, ties
    edges = _name_edges(keys, nodes, group, named)
    del keys, nodes
    wanted = np.zeros(size, np.bool_)
    wanted[group[seeds]] = True
    _close(wanted, edges)
    del edges
    sent = wanted[group]
    left_keys = np.unique(touched.key_array()[~sent[touched.node_array()]])
    return Decision(sent, left_keys)


def components(size: int, a: Nodes, b: Nodes) -> Nodes:
    """The component of each of `size` nodes (its smallest member) under the edges a-b:
    roots hook onto the smallest root they touch, then every node jumps to its root."""
    label = np.arange(size, dtype=np.int32)
    while a.size:
        la, lb = label[a], label[b]
        apart = la != lb
        if not apart.any():
            break
        # Edges already inside one tree stay there: only the others are looked at again.
        a, b, la, lb = a[apart], b[apart], la[apart], lb[apart]
        np.minimum.at(label, np.maximum(la, lb), np.minimum(la, lb))
        while True:
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
    return label


def _name_edges(keys: Keys, nodes: Nodes, group: Nodes, named: Sequence[Pairs]) -> npt.NDArray[np.int64]:
    """(naming group, named group) of every name of a record some candidate touches, packed
    in one int64 each, unique and sorted: the edges the closure follows (a name inside its
    own group is none; many names repeat one edge, as the contacts of one organization).
    Written into one buffer and sorted in place: no copies of millions of edges."""
    edges = np.empty(sum(len(pairs.keys) for pairs in named), np.int64)
    filled = 0
    for pairs in named:
        name_keys, name_nodes = pairs.key_array(), pairs.node_array()
        for start in range(0, name_keys.size if keys.size else 0, _CHUNK):
            chunk = name_keys[start : start + _CHUNK]
            at = np.minimum(np.searchsorted(keys, chunk), keys.size - 1)
            found = keys[at] == chunk
            source = group[name_nodes[start : start + _CHUNK][found]].astype(np.int64)
            target = group[nodes[at[found]]].astype(np.int64)
            apart = source != target
            packed = (source[apart] << 32) | target[apart]
            edges[filled : filled + packed.size] = packed
            filled += packed.size
    edges = edges[:filled]
    edges.sort()
    distinct = np.ones(filled, np.bool_)
    np.not_equal(edges[1:], edges[:-1], out=distinct[1:])
    return edges[distinct]


def _close(wanted: Mask, edges: npt.NDArray[np.int64]) -> None:
    """Mark wanted every group a wanted group names, transitively (each group expanded once);
    `edges` are sorted (source << 32 | target)."""
    sources, targets = (edges >> 32).astype(np.int32), (edges & 0xFFFFFFFF).astype(np.int32)
    bounds = np.searchsorted(sources, np.arange(wanted.size + 1))
    frontier: npt.NDArray[np.intp] = np.flatnonzero(wanted)
    while frontier.size:
        begin, end = bounds[frontier], bounds[frontier + 1]
        lengths = end - begin
        total = int(lengths.sum())
        if not total:
            break
        # The concatenated ranges [begin, end) of every frontier group, as one index array.
        offsets = np.repeat(begin - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
        reached = np.unique(targets[offsets + np.arange(total)]).astype(np.intp)
        frontier = reached[~wanted[reached]]
        wanted[frontier] = True


def _members(keys: Keys, wanted_keys: Keys) -> Mask:
    """Which of `keys` are in `wanted_keys` (sorted, unique)."""
    if not wanted_keys.size:
        return np.zeros(keys.size, np.bool_)
    at = np.minimum(np.searchsorted(wanted_keys, keys), wanted_keys.size - 1)
    return np.asarray(wanted_keys[at] == keys)
