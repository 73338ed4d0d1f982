"""Score conversions against gold mixed script, position by position.

A conversion swaps Hangul syllables for Hanja one for one, so the gold (`reference`),
the output (`hypothesis`) and the input (`source`) have the same length. Each maximal
run of Hanja in the gold is a word: it is *right* when the output has the same Hanja at
the same positions, *missed* when the output kept the Hangul there, and *wrong*
otherwise. With full gold, Hanja runs in the output where the gold has no Hanja are
*false* words, and Hanja syllables over gold Hangul count as over-conversion. With
partial gold (annotated sets) only the gold's Hanja runs count. An output that changes
length or turns any character into something other than a Hanja is *broken*: all its
gold words fail. Reference and output are compared after NFC; the source as given.

>>> s = compare('性能과 品質', '性能과 品秩', '성능과 품질')
>>> s.right, s.wrong, s.missed, s.false_words
(1, 1, 0, 0)
>>> evaluate([('성능과 품질', '性能과 品質')], ['性能과 품질']).totals.span_acc
0.5
"""
from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

__all__ = ['OPTIONAL', 'Span', 'SentenceScore', 'Totals', 'Evaluation', 'GoldError',
           'compare', 'evaluate', 'load_gold', 'hanja_runs']

# style choices where either form is accepted (full gold only): 위해 / 爲해 …
OPTIONAL: tuple[str, ...] = ('위해', '위한', '위하여', '한편')


def _is_hanja(c: str) -> bool:
    o = ord(c)
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3FFFF)


def hanja_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of Hanja.

    >>> list(hanja_runs('性能과 品質'))
    [(0, 2), (4, 6)]
    """
    i, n = 0, len(text)
    while i < n:
        if _is_hanja(text[i]):
            j = i
            while j < n and _is_hanja(text[j]):
                j += 1
            yield i, j
            i = j
        else:
            i += 1


@dataclass(frozen=True)
class Span:
    """One scored word: a gold Hanja run (status right/wrong/missed/broken) or a false one."""
    start: int
    end: int
    source: str
    gold: str
    output: str
    status: str  # 'right' | 'wrong' | 'missed' | 'broken' | 'false'


@dataclass(frozen=True)
class SentenceScore:
    """The score of one output against its gold."""
    source: str
    reference: str
    hypothesis: str
    partial: bool
    broken: bool
    spans: tuple[Span, ...]          # gold words, in order (neutral ones left out)
    false: tuple[Span, ...] = ()     # false words (full gold)
    hangul_syllables: int = 0        # gold Hangul syllables counted for over-conversion
    over: int = 0                    # Hanja syllables over them
    exact: bool | None = None        # every counted position as the gold (full gold)

    def _count(self, status: str) -> int:
        return sum(s.status == status for s in self.spans)

    @property
    def gold_spans(self) -> int:
        return len(self.spans)

    @property
    def right(self) -> int:
        return self._count('right')

    @property
    def wrong(self) -> int:
        return self._count('wrong')

    @property
    def missed(self) -> int:
        return self._count('missed')

    @property
    def false_words(self) -> int:
        return len(self.false)

    def errors(self) -> list[tuple[str, ...]]:
        """The mistakes as score.py words them: BROKEN, LEFT, WRONG and FALSE rows."""
        if self.broken:
            return [('BROKEN', self.source, self.hypothesis)]
        out: list[tuple[str, ...]] = []
        for s in self.spans:
            if s.status == 'missed':
                out.append(('LEFT', s.source, s.gold))
            elif s.status == 'wrong':
                out.append(('WRONG', s.source, s.gold, s.output))
        out.extend(('FALSE', s.source, s.output) for s in self.false)
        return out


@dataclass(frozen=True)
class Totals:
    """Sums over many sentences, and the figures made of them."""
    rows: int = 0
    broken_rows: int = 0
    gold_spans: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    false_words: int = 0
    hangul_syllables: int = 0
    over: int = 0
    exact_rows: int = 0
    partial: bool = False

    @property
    def span_acc(self) -> float | None:
        """Share of gold words reproduced exactly (None with no gold words)."""
        return self.right / self.gold_spans if self.gold_spans else None

    @property
    def over_per_1000(self) -> float | None:
        """Hanja syllables over gold Hangul, per 1,000 gold Hangul syllables (full gold)."""
        if self.partial or not self.hangul_syllables:
            return None
        return 1000 * self.over / self.hangul_syllables

    def as_dict(self) -> dict:
        """The figures under score.py's names and rounding.

        >>> Totals(rows=1, gold_spans=3, right=2).as_dict()['span_acc']
        0.6667
        """
        d = {'rows': self.rows, 'broken_rows': self.broken_rows, 'gold_spans': self.gold_spans,
             'span_acc': None if self.span_acc is None else round(self.span_acc, 4),
             'left_hangul': self.missed, 'wrong_hanja': self.wrong}
        if not self.partial:
            per = self.over_per_1000
            d.update(false_words=self.false_words,
                     over_per_1000=None if per is None else round(per, 2),
                     exact_rows=self.exact_rows)
        return d

    @classmethod
    def of(cls, scores: Iterable[SentenceScore], partial: bool = False) -> Totals:
        """Add up sentence scores."""
        n = [0] * 10
        for s in scores:
            for k, v in enumerate((1, s.broken, s.gold_spans, s.right, s.wrong, s.missed,
                                   s.false_words, s.hangul_syllables, s.over, bool(s.exact))):
                n[k] += v
        return cls(*n, partial=partial)


@dataclass(frozen=True)
class Evaluation:
    """Per-sentence scores and their totals."""
    sentences: tuple[SentenceScore, ...]
    totals: Totals
    partial: bool = False

    def errors(self) -> list[tuple[str, ...]]:
        return [e for s in self.sentences for e in s.errors()]


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def _nfc(s: str) -> str:
    return unicodedata.normalize('NFC', s)


def _neutral(source: str) -> list[bool]:
    """Positions inside an OPTIONAL word of the source (either form accepted there)."""
    neutral = [False] * len(source)
    for w in OPTIONAL:
        k = source.find(w)
        while k >= 0:
            neutral[k:k + len(w)] = [True] * len(w)
            k = source.find(w, k + 1)
    return neutral


def _guess_source(reference: str, hypothesis: str) -> str:
    """The Hangul input, when not given: the gold outside its Hanja, else the output's
    Hangul, else the gold read back (`to_hangul`)."""
    from .reading import to_hangul
    read = to_hangul(reference)
    return ''.join(
        r if not _is_hanja(r) else h if '\uac00' <= h <= '\ud7a3' else g
        for r, h, g in zip(reference, hypothesis.ljust(len(reference)), read))


def compare(reference: str, hypothesis: str, source: str | None = None, *,
            partial: bool = False) -> SentenceScore:
    """Score one output (`hypothesis`) against its gold (`reference`).

    `source` is the Hangul input; when omitted it is rebuilt from the two texts.

    >>> s = compare('大韓國民은', '大韓國民은', '대한국민은')
    >>> s.right, s.exact
    (1, True)
    >>> compare('性能', '性能이', '성능').broken
    True
    """
    gold, out = _nfc(reference), _nfc(hypothesis)
    src = _guess_source(gold, out) if source is None else source
    if len(out) != len(src) or any(a != b and not _is_hanja(b) for a, b in zip(src, out)):
        spans = tuple(Span(a, b, src[a:b], gold[a:b], out[a:b], 'broken') for a, b in hanja_runs(gold))
        return SentenceScore(src, gold, out, partial, True, spans)
    if len(gold) != len(src):
        raise ValueError(f'gold has {len(gold)} characters but its source has {len(src)}')
    neutral = [False] * len(src) if partial else _neutral(src)
    spans = []
    for a, b in hanja_runs(gold):
        if all(neutral[a:b]):
            continue
        status = ('right' if out[a:b] == gold[a:b] else
                  'missed' if out[a:b] == src[a:b] else 'wrong')
        spans.append(Span(a, b, src[a:b], gold[a:b], out[a:b], status))
    if partial:
        return SentenceScore(src, gold, out, True, False, tuple(spans))
    syllables = over = 0
    for i, c in enumerate(gold):
        if not _is_hanja(c) and not neutral[i]:
            syllables += '\uac00' <= c <= '\ud7a3'
            over += _is_hanja(out[i])
    false = tuple(Span(a, b, src[a:b], gold[a:b], out[a:b], 'false') for a, b in hanja_runs(out)
                  if not any(map(_is_hanja, gold[a:b])) and not all(neutral[a:b]))
    exact = all(neutral[i] or gold[i] == out[i] for i in range(len(src)))
    return SentenceScore(src, gold, out, False, False, tuple(spans), false, syllables, over, exact)


def evaluate(pairs: Iterable[tuple[str, str]], outputs: Iterable[str] | None = None, *,
             convert: Callable[[str], str] | None = None, partial: bool = False) -> Evaluation:
    """Score many (hangul, gold mixed) pairs: against `outputs` when given, else against
    `convert(hangul)` (by default `hanjaconv.convert`).

    >>> e = evaluate([('성능', '性能'), ('품질', '品質')], ['性能', '品秩'])
    >>> e.totals.right, e.totals.wrong, e.totals.as_dict()['span_acc']
    (1, 1, 0.5)
    """
    pairs = list(pairs)
    if outputs is None:
        if convert is None:
            from . import convert as convert
        outs: Sequence[str] = [convert(h) for h, _ in pairs]
    else:
        outs = list(outputs)
        if len(outs) != len(pairs):
            raise ValueError(f'{len(outs)} outputs for {len(pairs)} gold rows')
    scores = tuple(compare(g, o, h, partial=partial) for (h, g), o in zip(pairs, outs))
    return Evaluation(scores, Totals.of(scores, partial), partial)


def load_gold(path: str | os.PathLike) -> list[tuple[str, str]]:
    """Read (hangul, mixed) rows: JSONL with "hangul" and "mixed" (or "gold") when the
    name ends in .jsonl, else TSV ``hangul<TAB>mixed`` after a header line. The mixed
    side is NFC-normalised. A malformed line raises GoldError naming file and line.
    """
    name = os.fspath(path)
    rows: list[tuple[str, str]] = []
    with open(name, 'rb') as f:
        offset = 0
        for k, raw in enumerate(f, 1):
            try:
                line = raw.decode('utf-8')
            except UnicodeDecodeError as e:
                raise GoldError(f'{name}:{k}: not UTF-8 (byte offset {offset + e.start})') from None
            offset += len(raw)
            line = line.rstrip('\r\n')
            if name.endswith('.jsonl'):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                    hangul, mixed = r['hangul'], r.get('gold') or r['mixed']
                except (ValueError, KeyError, TypeError, AttributeError):
                    raise GoldError(f'{name}:{k}: not a JSON object with "hangul" and "mixed"') from None
                if not isinstance(hangul, str) or not isinstance(mixed, str):
                    raise GoldError(f'{name}:{k}: "hangul" and "mixed" must be strings')
            else:
                if k == 1:
                    continue
                cols = line.split('\t')
                if len(cols) < 2:
                    raise GoldError(f'{name}:{k}: expected hangul<TAB>mixed')
                hangul, mixed = cols[0], cols[1]
            mixed = _nfc(mixed)
            if len(mixed) != len(hangul):
                raise GoldError(f'{name}:{k}: mixed has {len(mixed)} characters, hangul {len(hangul)}')
            rows.append((hangul, mixed))
    return rows
