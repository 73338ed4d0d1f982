"""The one dictionary format: sorted UTF-8 TSV, `hangul<TAB>hanja1 hanja2 …[<TAB>gloss1|gloss2 …]`.

Lines starting with `#` are comments (shipped files open with `# Source:` and
`# License:`). A malformed line raises `DictionaryError`, a ValueError that names
the file, the line and the reason.

>>> [e.hanja for e in parse_lines(['# comment', '성능\\t性能'], 'demo.tsv')]
[('性能',)]
>>> parse_lines(['성능 性能'], 'demo.tsv')
Traceback (most recent call last):
...
hanjaconv._tsv.DictionaryError: demo.tsv, line 1: expected hangul<TAB>hanja, found no tab
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

from ._hangul import is_hanja, is_syllable


class DictionaryError(ValueError):
    """A dictionary line that cannot be used, with its file and line number."""

    def __init__(self, source: str, line: int, reason: str):
        super().__init__(f'{source}, line {line}: {reason}')
        self.source, self.line, self.reason = source, line, reason


@dataclass(frozen=True)
class Entry:
    hangul: str
    hanja: tuple[str, ...]
    glosses: tuple[str, ...] = ()


def fold_compatibility(hanja: str) -> str:
    """CJK compatibility ideographs to their unified forms (豈 U+F900 → 豈 U+8C48)."""
    return ''.join(unicodedata.normalize('NFC', c) if '\uf900' <= c <= '\ufaff' else c for c in hanja)


def _check_value(key: str, value: str, reads_as: Callable[[str, str], bool] | None) -> str | None:
    if len(value) != len(key):
        return f'{value!r} has {len(value)} characters for a key of {len(key)} syllables'
    if not all(map(is_hanja, value)):
        bad = next(c for c in value if not is_hanja(c))
        return f'{value!r} contains {bad!r} (U+{ord(bad):04X}), which is not a Hanja'
    if reads_as is not None and not reads_as(value, key):
        return f'{value!r} does not read as {key!r}'
    return None


def parse_lines(lines: Iterable[str], source: str,
                reads_as: Callable[[str, str], bool] | None = None) -> list[Entry]:
    """Parse dictionary lines strictly; `reads_as(hanja, hangul)` checks readings when given."""
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip('\r\n')
        if number == 1:
            line = line.lstrip('\ufeff')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if '\x00' in line or '\ufffd' in line:
            raise DictionaryError(source, number, 'binary data or undecodable bytes')
        if '\t' not in line:
            raise DictionaryError(source, number, 'expected hangul<TAB>hanja, found no tab')
        key, values, *rest = line.split('\t')
        key = key.strip()
        if len(rest) > 1:
            raise DictionaryError(source, number, f'expected at most 3 columns, found {len(rest) + 2}')
        if not key or not all(map(is_syllable, key)):
            raise DictionaryError(source, number, f'key {key!r} is not made of Hangul syllables only')
        hanja = tuple(fold_compatibility(v) for v in values.split())
        if not hanja:
            raise DictionaryError(source, number, f'no Hanja given for {key!r}')
        for value in hanja:
            problem = _check_value(key, value, reads_as)
            if problem:
                raise DictionaryError(source, number, problem)
        if key in seen:
            raise DictionaryError(source, number, f'duplicate key {key!r} (first on line {seen[key]})')
        seen[key] = number
        glosses = tuple(rest[0].split('|')) if rest else ()
        entries.append(Entry(key, hanja, glosses))
    return entries


def parse_word_list(lines: Iterable[str], source: str) -> list[tuple[str, ...]]:
    """A list of Hangul words with tag columns (`hangul<TAB>tag…`), for native-word and grammar lists."""
    rows = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip('\r\n').lstrip('\ufeff')
        if not line.strip() or line.startswith('#'):
            continue
        cells = tuple(line.split('\t'))
        if not cells[0] or not all(map(is_syllable, cells[0])):
            raise DictionaryError(source, number, f'key {cells[0]!r} is not made of Hangul syllables only')
        rows.append(cells)
    return rows
