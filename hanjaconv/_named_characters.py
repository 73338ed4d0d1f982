"""A character named by its meaning and its reading, as teachers and dictionaries name one: 참을 忍 字,
‘배울 學’ 字를, 북녘 北 字 (not 참을 인 者, 배울 학, 북녘 북 자).

A Hanja dictionary names each character by a native word for its meaning and its reading (訓音: 참을 인
for 忍, 배울 학 for 學), and chars.tsv carries these names. A text names a character so in quotes or before
자 'character'; there the reading is the character the name belongs to, and that 자 is 字. Elsewhere the
same two words are ordinary Korean (그가 한 일이 많다: 한 일 names 一, but no quote or 자 says so).

>>> from ._tsv import Entry
>>> index = gloss_index([Entry('인', ('人', '忍'), ('사람 인', '참을 인, 잔인할 인')), Entry('학', ('學',), ('배울 학',))])
>>> named_character('참을 인 자 세 번', 3, lambda: index), named_character("‘배울 학’ 자를 쓴다", 4, lambda: index)
(('忍', 5), ('學', 7))
>>> named_character("‘배울 학’을 읽는다", 4, lambda: index), named_character('그가 한 일이 많다', 5, lambda: index)
(('學', None), None)
"""
from __future__ import annotations

from typing import Callable, Iterable

from ._hangul import is_syllable, surface_readings, syllables_from
from ._tsv import Entry

_OPENING_QUOTES = frozenset('‘\'"“')
_CLOSING_QUOTES = frozenset('’\'"”')
_CHARACTER = '자'  # 字 'character', after a character's name: 참을 忍 字, ‘배울 學’ 字를
_CHARACTER_TAILS = frozenset({'', '를', '는', '가', '로', '의', '와', '도', '만', '에', '처럼', '라', '라고', '라는', '이다',
                              '다', '인', '이고', '이며', '로서', '를요', '에는'})


def gloss_index(entries: Iterable[Entry]) -> dict[tuple[str, str], str]:
    """(meaning, reading) -> the first character, in the rank order of its reading, named so; from the
    entries of chars.tsv (reading, its characters, the name of each: 참을 인, 잔인할 인)."""
    index: dict[tuple[str, str], str] = {}
    for entry in entries:
        for ch, names in zip(entry.hanja, entry.glosses):
            for name in names.split(','):
                meaning, _, said = name.strip().rpartition(' ')
                if said == entry.hangul and meaning and ' ' not in meaning:
                    index.setdefault((meaning, said), ch)
    return index


def names_by_reading(entries: Iterable[Entry]) -> dict[tuple[str, str], str]:
    """(character, syllable) -> the character's names at the reading that syllable is a form of (北 at 북:
    북녘 북, not its 배 reading's 달아날 배; 樂 at 악: 노래 악, at 낙: 즐길 낙).

    >>> names = names_by_reading([Entry('배', ('北',), ('달아날 배',)), Entry('북', ('北',), ('북녘 북',))])
    >>> names[('北', '북')], names[('北', '배')]
    ('북녘 북', '달아날 배')
    """
    names: dict[tuple[str, str], str] = {}
    rows = [(entry.hangul, ch, name) for entry in entries for ch, name in zip(entry.hanja, entry.glosses) if name]
    for reading, ch, name in rows:
        names.setdefault((ch, reading), name)
    for reading, ch, name in rows:  # (the forms a reading takes inside words after the readings themselves: 낙 of 락)
        for form in surface_readings(reading):
            names.setdefault((ch, form), name)
    return names


def named_character(text: str, s: int, index: Callable[[], dict[tuple[str, str], str]]) -> tuple[str, int | None] | None:
    """The character that the one-syllable reading at s (after a space) and the word before it name,
    with where its 자 'character' stands after it (None if none does); None where the two words are no
    character's name or neither quotes nor 자 mark them as one. `index` gives gloss_index's table, asked
    only once the quotes or the 자 are found."""
    k = s - 1
    while k > 0 and is_syllable(text[k - 1]):
        k -= 1
    if k == s - 1:
        return None
    at = s + 1
    quoted = k > 0 and text[k - 1] in _OPENING_QUOTES and text[at:at + 1] in _CLOSING_QUOTES
    if quoted:
        at += 1
    character_at = at + 1 if text.startswith(' ' + _CHARACTER, at) \
        and syllables_from(text, at + 2) in _CHARACTER_TAILS else None
    if not quoted and character_at is None:
        return None
    char = index().get((text[k:s - 1], text[s]))
    return None if char is None else (char, character_at)
