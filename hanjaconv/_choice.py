"""Choosing one Hanja for each Sino-Korean piece, and saying which rule chose it.

The rules, strongest first: the user's dictionary; the document's own Hanja (a
한글(漢字) gloss, or the Hanja word written out elsewhere in the text); a compound
that spans this word and its neighbour (시장 경제 → 市場 經濟); one sense per
document; the curated default; the dictionary's rank.
"""
from __future__ import annotations

import regex

from ._lexicon import Lexicon

CONFIDENCE = {'user': 1.0, 'gloss': 0.98, 'text': 0.95, 'compound': 0.9, 'document': 0.85,
              'default': 0.8, 'context': 0.7, 'grammar': 0.8, 'only': 0.95, 'rank': 0.55}

_GLOSS = regex.compile(r'(\p{Hangul}+)\s?[(（](\p{Han}+)[)）]|(\p{Han}+)\s?[(（](\p{Hangul}+)[)）]')
_HANJA_WORD = regex.compile(r'\p{Han}{2,}')


def document_hanja(text: str, lexicon: Lexicon, read) -> dict[str, tuple[str, str]]:
    """Hangul word -> (Hanja, rule) fixed by the text itself: glosses first, then bare Hanja words."""
    fixed: dict[str, tuple[str, str]] = {}
    for m in _GLOSS.finditer(text):
        hangul, hanja = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        hangul, hanja = hangul[-len(hanja):], hanja
        if len(hangul) == len(hanja) and lexicon.reads_as(hanja, hangul):
            fixed.setdefault(hangul, (hanja, 'gloss'))
    for m in _HANJA_WORD.finditer(text):
        hanja = m.group()
        hangul = read(hanja)
        if hangul != hanja and len(hangul) == len(hanja):
            fixed.setdefault(hangul, (hanja, 'text'))
    return fixed


def rank_candidates(hangul: str, candidates: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """Dictionary candidates ordered for a word without context.

    A curated default comes first; then candidates made of productive characters
    (those that form many dictionary words: 力量 before 役糧) rise above rare ones;
    the dictionary's own order breaks ties.
    """
    default = lexicon.defaults.get(hangul)
    productivity = lexicon.productivity
    frequency = lexicon.zh_frequency

    def score(item):
        rank, hanja = item
        return (hanja != default, -(frequency.get(hanja, 0) >= 20), min(productivity.get(c, 0) for c in hanja) < 30, rank)

    return tuple(h for _, h in sorted(enumerate(candidates), key=score))
