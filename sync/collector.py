"""Python's cyclic garbage collector kept out of bulk work (merges, imports, bulk writes, scans).

A bulk merge or write holds millions of small objects and frees them by reference counting;
every full collection walks them all again (a third of a 100k-contact import's time in 0.1.0)
and finds no cycle. Disabled, not frozen: with the collector off a frozen heap adds nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector is left as it was (also when
    the block raises, and off if someone else had turned it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
