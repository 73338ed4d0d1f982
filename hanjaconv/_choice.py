"""Choosing one Hanja for each Sino-Korean word, and saying which rule chose it.

The rules, strongest first: the user's dictionary; the document's own Hanja (a
한글(漢字) gloss, or the Hanja word written out elsewhere in the text); a compound
that spans a word and its neighbour (시장 경제 → 市場 經濟); the characters the
text's sure words share with a candidate (context); one sense per document; the
curated default; the dictionary's rank.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

import regex

from ._lexicon import Lexicon

CONFIDENCE = {'user': 1.0, 'gloss': 0.98, 'text': 0.95, 'only': 0.95, 'compound': 0.9,
              'document': 0.85, 'default': 0.8, 'grammar': 0.8, 'context': 0.7, 'rank': 0.55}
SURE = frozenset({'user', 'gloss', 'text', 'only', 'compound'})   # context for the others
WEAK = frozenset({'rank', 'default'})                              # open to context and compounds
COMMON_IN_CHINESE = 20      # jieba count from which a candidate counts as a common word
PRODUCTIVE = 30             # dictionary words a character must form not to count as rare
CONTEXT_CANDIDATES = 8
BUCKET_RATIO = 30

_GLOSS = regex.compile(r'(\p{Hangul}+)\s?[(（](\p{Han}+)[)）]|(\p{Han}+)\s?[(（](\p{Hangul}+)[)）]')
_HANJA_WORD = regex.compile(r'\p{Han}{2,}')


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
    context_chars: frozenset[str] = frozenset()  # characters of the candidates context may pick


def document_hanja(text: str, lexicon: Lexicon, read: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Hangul word -> (Hanja, rule) fixed by the text itself: glosses first, then bare Hanja words."""
    fixed: dict[str, tuple[str, str]] = {}
    for m in _GLOSS.finditer(text):
        hangul, hanja = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        hangul = hangul[-len(hanja):]
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

    The curated default comes first; then candidates that are common words in Chinese
    (jieba's counts: 力量, not 役糧), then those made of productive characters (forming
    many dictionary words); the dictionary's own order breaks ties.
    """
    default = lexicon.defaults.get(hangul)
    productivity = lexicon.productivity
    frequency = lexicon.zh_frequency

    def score(item: tuple[int, str]):
        rank, hanja = item
        return (hanja != default, -_bucket(frequency.get(hanja, 0)),
                min(productivity.get(c, 0) for c in hanja) < PRODUCTIVE, rank)

    return tuple(h for _, h in sorted(enumerate(candidates), key=score))


def context_chars(candidates: tuple[str, ...]) -> frozenset[str]:
    """The characters context may match for a word: those of its top candidates, if it has several."""
    if len(candidates) < 2:
        return frozenset()
    return frozenset(''.join(candidates[:CONTEXT_CANDIDATES]))


def _bucket(count: int) -> int:
    """Orders of magnitude of a corpus count above COMMON_IN_CHINESE: 0 below it, then 1, 2, ..."""
    bucket = 0
    while count >= COMMON_IN_CHINESE:
        bucket += 1
        count //= BUCKET_RATIO
    return bucket


def choose(text: str, items: list[Item], lexicon: Lexicon, read: Callable[[str], str]) -> list[Item]:
    """The items with their Hanja and rule filled in, the rules applied in order of strength."""
    fixed = document_hanja(text, lexicon, read) if '(' in text or _HANJA_WORD.search(text) else {}
    chosen: list[tuple[str, str]] = []
    for item in items:
        cands = item.candidates
        if item.kind == 'user':
            chosen.append((cands[0], 'user'))
        elif item.hangul in fixed and lexicon.reads_as(fixed[item.hangul][0], item.hangul):
            chosen.append(fixed[item.hangul])
        elif item.kind in ('word', 'numeral'):
            chosen.append((cands[0], 'only' if len(cands) == 1 else
                           'default' if lexicon.defaults.get(item.hangul) == cands[0] else 'rank'))
        else:
            chosen.append((cands[0], 'grammar'))
    if len(items) > 1:
        _apply_compounds(text, items, chosen, lexicon)
        _apply_context(items, chosen)
        _apply_one_sense(items, chosen)
    return [Item(i.start, i.end, i.hangul, i.kind, i.candidates, hanja, rule, i.context_chars)
            for i, (hanja, rule) in zip(items, chosen)]


def _apply_compounds(text: str, items: list[Item], chosen: list[tuple[str, str]], lexicon: Lexicon) -> None:
    """Neighbouring words that form a dictionary compound take its Hanja (시장 경제 → 市場 經濟)."""
    for k in range(len(items) - 1):
        a, b = items[k], items[k + 1]
        if a.kind != 'word' or b.kind != 'word' or (chosen[k][1] not in WEAK and chosen[k + 1][1] not in WEAK):
            continue
        if b.start - a.end > 1 or (b.start > a.end and text[a.end] != ' '):
            continue
        compound = a.hangul + b.hangul
        if not lexicon.has_word(compound):
            continue
        best = rank_candidates(compound, lexicon.words(compound), lexicon)[0]
        left, right = best[:len(a.hangul)], best[len(a.hangul):]
        if left in a.candidates and right in b.candidates:
            for idx, hanja in ((k, left), (k + 1, right)):
                if chosen[idx][1] in WEAK or chosen[idx][1] == 'only':
                    chosen[idx] = (hanja, 'compound')


def _apply_context(items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """Ambiguous words take the candidate sharing most characters with the text's sure words.

    A corpus-free Lesk: 債權 over 債券 beside 擔保權, 審理 over 心理 beside 審判.
    """
    if not any(rule in WEAK for _, rule in chosen):
        return
    sure: set[str] = set()
    for hanja, rule in chosen:
        if rule in SURE:
            sure.update(hanja)
    if not sure:
        return
    for k, item in enumerate(items):
        if chosen[k][1] not in WEAK or sure.isdisjoint(item.context_chars):
            continue
        overlap, _, best = max((len(sure.intersection(c)), -i, c)
                               for i, c in enumerate(item.candidates[:CONTEXT_CANDIDATES]))
        if overlap and best != chosen[k][0]:
            chosen[k] = (best, 'context')


def _apply_one_sense(items: list[Item], chosen: list[tuple[str, str]]) -> None:
    """A word fixed anywhere in the text by a strong rule takes that Hanja everywhere."""
    strong: dict[str, str] = {}
    for item, (hanja, rule) in zip(items, chosen):
        if rule in ('user', 'gloss', 'text', 'compound'):
            strong.setdefault(item.hangul, hanja)
    for k, item in enumerate(items):
        hanja = strong.get(item.hangul)
        if hanja and chosen[k][1] in WEAK and hanja in item.candidates:
            chosen[k] = (hanja, 'document')
