"""Pausing Python's cyclic garbage collector during bulk work.

Cleaning a list or loading a registry creates millions of small tuples, sets and lists
that are freed by reference counting; none of them form cycles worth collecting.  Yet
every few hundred allocations the collector walks the young objects, and now and then
every object alive (the caches included): a fifth of the time of a 100,000-line list.
The collector is switched back on afterwards if it was on before; results do not depend
on it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (reference counting still frees)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
