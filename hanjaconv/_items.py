"""The words a conversion chooses for, and finding them by offset."""
from __future__ import annotations

import bisect
from typing import NamedTuple


class Item(NamedTuple):
    """A word to choose for: offsets, Hangul, what licensed it, ranked candidates, and the choice.

    A light tuple for the hot path; `Converter.segment` turns them into `Segment`s.
    """
    start: int
    end: int
    hangul: str
    kind: str
    candidates: tuple[str, ...]
    hanja: str | None = None
    rule: str = ''


def item_at(items: list[Item], start: int) -> int | None:
    """The index of the item that starts at `start`, if any (items are in text order)."""
    j = bisect.bisect_left(items, start, key=_start_of)
    return j if j < len(items) and items[j].start == start else None


def items_within(items: list[Item], start: int, end: int) -> list[int]:
    """The indices of the items that start in text[start:end] (items are in text order)."""
    first = bisect.bisect_left(items, start, key=_start_of)
    return list(range(first, bisect.bisect_left(items, end, lo=first, key=_start_of)))


def _start_of(item: Item) -> int:
    return item.start
