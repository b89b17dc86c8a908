"""Which record each merged-away record resolves into: the `_merged_into` declarations
followed to the end of their chain, cycles broken by a fixed rule.

A function of the declarations alone, so every device that holds the same operations
resolves alike. A cycle (two devices merged the same pair in opposite directions, or A into
B, B into C and C into A) loses the declaration with the highest (HLC, origin device, record
id) among its own: the merge written last gives way, and the one written first stands.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Declaration:
    """A record's winning `_merged_into` operation: the record it names, and who wrote it when."""

    target: str
    hlc: int
    origin: str
    seq: int

    def rank(self, record_id: str) -> tuple[int, str, str]:
        """The order in which a cycle gives way: highest first."""
        return (self.hlc, self.origin, record_id)


def standing(declared: dict[str, Declaration]) -> dict[str, Declaration]:
    """The declarations that stand once every cycle has lost its highest one."""
    active = dict(declared)
    while (cycle := _a_cycle(active)) is not None:
        del active[max(cycle, key=lambda r: active[r].rank(r))]
    return active


def roots(declared: dict[str, Declaration]) -> dict[str, str]:
    """Each merged-away record and the record it finally resolves into."""
    active = standing(declared)
    found: dict[str, str] = {}
    for record_id in active:
        node = record_id
        while node in active:
            node = active[node].target
        found[record_id] = node
    return found


def _a_cycle(edges: dict[str, Declaration]) -> list[str] | None:
    """The records of one cycle, if any (each record declares at most one target)."""
    done: set[str] = set()
    for start in sorted(edges):
        path: list[str] = []
        on_path: set[str] = set()
        node = start
        while node in edges and node not in done:
            if node in on_path:
                return path[path.index(node) :]
            path.append(node)
            on_path.add(node)
            node = edges[node].target
        done.update(path)
    return None
