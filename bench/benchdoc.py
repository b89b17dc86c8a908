"""Writing a benchmark's figures into docs/BENCHMARKS.md: one section per script."""

from __future__ import annotations

import re
from pathlib import Path


def write_section(path: Path, title: str, section: str) -> None:
    """Replace (or append) the `## title` section of the file, keeping every other one."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
