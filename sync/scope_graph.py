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
Nodes = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]


@dataclass(slots=True)
class Pairs:
    """(record key, node) pairs, appended a body at a time."""

    keys: array[int] = field(default_factory=lambda: array("Q"))
    nodes: array[int] = field(default_factory=lambda: array("q"))

    def add(self, node: int, keys: list[int]) -> None:
        self.keys.extend(keys)
        self.nodes.extend([node] * len(keys))

    def key_array(self) -> Keys:
        return np.frombuffer(self.keys, dtype=np.uint64) if self.keys else np.zeros(0, np.uint64)

    def node_array(self) -> Nodes:
        return np.frombuffer(self.nodes, dtype=np.int64) if self.nodes else np.zeros(0, np.int64)


@dataclass(frozen=True, slots=True)
class Decision:
    """Per candidate, whether it is sent; and the keys of the records left-out ones touch."""

    sent: Mask
    left_keys: Keys


def decide(size: int, touched: Pairs, named: Sequence[Pairs], seeds: Mask) -> Decision:
    """Which of `size` candidates are sent, given what each touches and names and which are
    seeds (a wanted group holds at least one)."""
    keys, nodes = touched.key_array(), touched.node_array()
    order = np.argsort(keys, kind="stable")
    keys, nodes = keys[order], nodes[order]
    # Each pair is tied to the first pair of its record's run: one edge per repeat.
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if keys.size else np.zeros(0, np.int64)
    first = np.repeat(nodes[starts], np.diff(np.r_[starts, keys.size]))
    group = components(size, first, nodes)
    # A name points from the naming candidate's group to the group touching the record named.
    name_keys = np.concatenate([np.zeros(0, np.uint64), *(n.key_array() for n in named)])
    name_nodes = np.concatenate([np.zeros(0, np.int64), *(n.node_array() for n in named)])
    at = np.searchsorted(keys, name_keys)
    found = at < keys.size
    found[found] = keys[at[found]] == name_keys[found]
    wanted = np.zeros(size, np.bool_)
    wanted[group[seeds]] = True
    _close(wanted, group[name_nodes[found]], group[nodes[at[found]]])
    sent = wanted[group]
    left_keys = np.unique(keys[~sent[nodes]])
    return Decision(sent, left_keys)


def components(size: int, a: Nodes, b: Nodes) -> Nodes:
    """The component of each of `size` nodes (its smallest member) under the edges a-b:
    roots hook onto the smallest root they touch, then every node jumps to its root."""
    label = np.arange(size, dtype=np.int64)
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


def _close(wanted: Mask, sources: Nodes, targets: Nodes) -> None:
    """Mark wanted every group a wanted group names, transitively (each group expanded once)."""
    order = np.argsort(sources, kind="stable")
    sources, targets = sources[order], targets[order]
    bounds = np.searchsorted(sources, np.arange(wanted.size + 1))
    frontier = np.flatnonzero(wanted)
    while frontier.size:
        begin, end = bounds[frontier], bounds[frontier + 1]
        lengths = end - begin
        total = int(lengths.sum())
        if not total:
            break
        # The concatenated ranges [begin, end) of every frontier group, as one index array.
        offsets = np.repeat(begin - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
        reached = np.unique(targets[offsets + np.arange(total)])
        frontier = reached[~wanted[reached]]
        wanted[frontier] = True
