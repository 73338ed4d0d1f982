"""A dict that forgets its oldest entries when full: the converter's memo tables.

Threads may share a table: an entry computed twice is harmless, and eviction survives a
concurrent change.
"""
from __future__ import annotations

from itertools import islice
from typing import TypeVar

K = TypeVar('K')
V = TypeVar('V')


def remember(table: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store `value` under `key`; past `limit` entries the oldest quarter goes first.

    >>> t = {}
    >>> for i in range(10): _ = remember(t, i, i * i, limit=8)
    >>> sorted(t)
    [2, 3, 4, 5, 6, 7, 8, 9]
    """
    if len(table) >= limit:
        try:
            oldest = list(islice(table, max(1, limit // 4)))
        except RuntimeError:  # another thread changed the table meanwhile: start again
            table.clear()
            oldest = []
        for old in oldest:
            table.pop(old, None)
    table[key] = value
    return value
