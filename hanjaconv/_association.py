"""Which characters go together in words, learned from the dictionaries alone.

Two characters are associated when more dictionary words contain both than their own
frequencies predict (pointwise mutual information over the distinct Hanja words): 審
goes with 判, 法, 訴; 心 with 身, 情, 性. The context rule reads it to tell homographs
apart (審理 beside 判決, 心理 beside 情緒). Shipped as char_association.tsv; built by
scripts/build_dictionaries.py.
"""
from __future__ import annotations

import math
from typing import Iterable, Iterator

FILE = 'char_association.tsv'
Table = dict[str, dict[str, int]]


def char_association(hanja_words: Iterable[str], min_words: int = 2) -> Table:
    """char -> {char: PMI in half-nats}: pairs in at least `min_words` words, positive ones only.

    >>> t = char_association(['審判', '審理', '判決', '心理', '心情', '情理', '審判官', '判官'])
    >>> t['審']['判'] > 0, '判' in t.get('心', {})
    (True, False)
    """
    words = set(hanja_words)
    single: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for word in words:
        chars = sorted(set(word))
        for i, a in enumerate(chars):
            single[a] = single.get(a, 0) + 1
            for b in chars[i + 1:]:
                pairs[a + b] = pairs.get(a + b, 0) + 1
    total = len(words)
    table: Table = {}
    for pair, count in pairs.items():
        if count < min_words:
            continue
        a, b = pair
        value = round(2 * math.log(count * total / (single[a] * single[b])))
        if value > 0:
            table.setdefault(a, {})[b] = value
            table.setdefault(b, {})[a] = value
    return table


def format_table(table: Table, header: str) -> str:
    """TSV text: each pair once, under its smaller character, grouped by value (`9:判法 7:訴`)."""
    out = [header]
    for a in sorted(table):
        cells = _row_text({b: value for b, value in table[a].items() if a < b})
        if cells:
            out.append(f'{a}\t{cells}\n')
    return ''.join(out)


def parse_table(lines: Iterable[str]) -> Table:
    """Read `format_table`'s text back.

    >>> parse_table(['# header', '審\\t9:判 4:理'])['判']
    {'審': 9}
    """
    table: Table = {}
    one: dict[str, str] = {}  # one object per character: 200,000 one-letter strings cost 15 MB
    for line in lines:
        if not line or line[0] == '#':
            continue
        a, _, cells = line.partition('\t')
        a = one.setdefault(a, a)
        row = table.setdefault(a, {})
        for b, weight in _cells(cells, one):
            row[b] = weight
            table.setdefault(b, {})[a] = weight
    return table


def _cells(cells: str, one: dict[str, str]) -> Iterator[tuple[str, int]]:
    """(char, weight) of a row's cells, `9:判法 7:訴`, each character the object `one` keeps for it."""
    for cell in cells.split(' '):
        value, _, chars = cell.partition(':')
        weight = int(value)
        for b in chars:
            yield one.setdefault(b, b), weight


class Rows(dict):
    """A `Table` that parses each character's row on first use from its text, whole (both halves
    of `format_table`'s pairs): a process that converts one sentence reads a few dozen rows, not
    the 200,000 pairs, and the text pickles in a few milliseconds. Read it by indexing: a
    character with no row gets an empty one, and a row once parsed is a plain dict lookup.

    >>> rows = Rows(parse_table(['審\\t9:判 4:理', '判\\t6:決']))
    >>> rows['判'], rows['審']['理'], rows['山']
    ({'審': 9, '決': 6}, 4, {})
    """

    def __init__(self, table: Table):
        super().__init__()
        self._text = {a: _row_text(row) for a, row in table.items() if row}
        self._one: dict[str, str] = {}

    def __missing__(self, char: str) -> dict[str, int]:
        text = self._text.get(char)
        row = self[char] = dict(_cells(text, self._one)) if text else {}
        return row

    def __reduce__(self):
        return _rows_from_text, (self._text,)  # (the text, not the rows parsed so far)


def _rows_from_text(text: dict[str, str]) -> Rows:
    rows = Rows({})
    rows._text = text
    return rows


def _row_text(row: dict[str, int]) -> str:
    """A row's cells, heaviest first: `9:判法 7:訴`."""
    groups: dict[int, list[str]] = {}
    for b, value in row.items():
        groups.setdefault(value, []).append(b)
    return ' '.join(f'{v}:' + ''.join(sorted(bs)) for v, bs in sorted(groups.items(), reverse=True))
