"""The reader of the demo's readable text tables: `= header` blocks of `key: value` lines."""

from __future__ import annotations

from typing import NamedTuple


class Block(NamedTuple):
    """One `= header` block of a demo text table and its `key: value` lines, in order."""

    header: tuple[str, ...]
    items: tuple[tuple[str, str], ...]

    def values(self, key: str) -> list[str]:
        return [value for k, value in self.items if k == key]

    def value(self, key: str, default: str = "") -> str:
        found = self.values(key)
        return found[0] if found else default


def read_blocks(text: str) -> list[Block]:
    """Parse a demo text table: `= a | b` starts a block, `key: value` lines follow, and
    an indented line continues the value above it (tables stay within the line length)."""
    blocks: list[tuple[tuple[str, ...], list[tuple[str, str]]]] = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        if line.startswith("="):
            blocks.append((tuple(c.strip() for c in line[1:].split("|")), []))
        elif line.startswith(" "):
            key, value = blocks[-1][1][-1]
            blocks[-1][1][-1] = (key, f"{value} {line.strip()}")
        else:
            key, sep, value = line.partition(":")
            if not sep or not blocks:
                raise ValueError(f"demo table: cannot read {line!r}")
            blocks[-1][1].append((key.strip(), value.strip()))
    return [Block(header, tuple(items)) for header, items in blocks]


def split_list(value: str) -> tuple[str, ...]:
    """The comma-separated entries of a table value."""
    return tuple(part.strip() for part in value.split(",") if part.strip())
