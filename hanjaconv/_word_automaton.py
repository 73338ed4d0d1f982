"""The dictionary's words in an Aho-Corasick automaton that keeps no Python object a word.

The automaton stores one int for each word, its index and its length; the words' values
(their candidates) sit packed in one string. A value string a word would cost some 80
bytes each, about 16 MB over the dictionary: this way they cost 2.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping

import ahocorasick

LENGTH_BITS = 5
LENGTH_MASK = (1 << LENGTH_BITS) - 1  # a match's code & LENGTH_MASK: the word's length


class WordAutomaton:
    """Words and their values; `iter(text)` yields (end, code) for every match, as
    pyahocorasick's own `iter` does, the code holding the word's length.

    >>> a = WordAutomaton({'민주': '民主', '자유민주주의': '自由民主主義'})
    >>> [(end + 1 - (code & LENGTH_MASK), end + 1) for end, code in a.iter('자유민주')]
    [(2, 4)]
    >>> a.get('민주'), a.get('민', 'none'), '민주' in a, '민' in a, len(a)
    ('民主', 'none', True, False, 2)
    >>> sorted(a.items())
    [('민주', '民主'), ('자유민주주의', '自由民主主義')]
    """

    def __init__(self, words: Mapping[str, str]):
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        offsets, values, total = array('I', [0]), [], 0
        for index, (word, value) in enumerate(words.items()):
            if not 0 < len(word) <= LENGTH_MASK:
                raise ValueError(f'a dictionary word must have 1 to {LENGTH_MASK} characters: {word!r}')
            automaton.add_word(word, index << LENGTH_BITS | len(word))
            values.append(value)
            total += len(value)
            offsets.append(total)
        automaton.make_automaton()
        self._set(automaton, ''.join(values), offsets)

    def _set(self, automaton: ahocorasick.Automaton, values: str, offsets: array) -> None:
        self._automaton, self._values, self._offsets = automaton, values, offsets
        self.iter = automaton.iter  # the hot path: pyahocorasick's own, no wrapper

    def __getstate__(self) -> tuple:
        return self._automaton, self._values, self._offsets

    def __setstate__(self, state: tuple) -> None:
        self._set(*state)

    def value(self, code: int) -> str:
        """The value of the word a match's code stands for."""
        index = code >> LENGTH_BITS
        return self._values[self._offsets[index]:self._offsets[index + 1]]

    def get(self, word: str, default: str | None = None) -> str | None:
        code = self._automaton.get(word, None)
        return default if code is None else self.value(code)

    def __contains__(self, word: str) -> bool:
        return self._automaton.exists(word)

    def __len__(self) -> int:
        return len(self._automaton)

    def items(self) -> Iterator[tuple[str, str]]:
        for word, code in self._automaton.items():
            yield word, self.value(code)
