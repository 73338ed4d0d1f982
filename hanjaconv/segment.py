"""The record every stage shares: one Sino-Korean word of a text and the choice made for it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """One Sino-Korean word found in the text, with the Hanja chosen and why.

    `start` and `end` are offsets into the text as given; `hanja` is None when the
    word was left in Hangul (see `rule`). `kind` says what licensed the word: a
    dictionary `word`, a `user` word, or a one-syllable `suffix`, `place` (a suffix after a
    native name, its place senses first: 서울驛), `prefix`,
    `counter`, `numeral`, `noun`, `determiner` (bare before a word: 兩 팀), `bound` (noun
    after a modifier), `root` (of a 하다 verb), `adverb` (root of an adverb in 히: 速히),
    `collocation` (a noun a native word hides, before the word that makes it Sino-Korean:
    訴를 提起) or `field` (a noun only a field's glossary licenses).
    """
    start: int
    end: int
    hangul: str
    hanja: str | None
    candidates: tuple[str, ...]
    rule: str
    confidence: float
    kind: str = 'word'
