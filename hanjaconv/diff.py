"""What a conversion changed, sentence by sentence, and whether each change reads back.

`diff` compares a Hangul text with its conversion in the 'hanja' style (same length,
whoever made it). Each maximal run of changed characters is a `Change`; with segments
from a converter (pass `converter=` or `explain=True`) a run is cut at word boundaries
and each word carries its rule, confidence and candidates. A change is an error when a
character outside Hangul was touched, when a syllable became anything but a Hanja, or
when the Hanja do not read back as the syllables (`to_hangul`, then the dictionary's
readings): errors are reported, never hidden.

>>> [d] = diff('성능은 품질', '性能은 品質')
>>> [(c.start, c.hangul, c.hanja, c.error) for c in d.changes]
[(0, '성능', '性能', None), (4, '품질', '品質', None)]
>>> diff('가나', '가多')[0].changes[0].error
'reads 다, not 나'
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ._hangul import is_hanja, is_syllable
from .reading import reads_as
from .sentences import sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from .converter import Converter, Segment

__all__ = ['Change', 'SentenceDiff', 'diff', 'LOW_CONFIDENCE']

LOW_CONFIDENCE = 0.6  # choices below this are marked for review


@dataclass(frozen=True)
class Change:
    """One changed span; offsets index the whole text."""
    start: int
    end: int
    hangul: str                      # the source span
    hanja: str                       # the converted span
    rule: str | None = None          # why the converter chose it (when known)
    confidence: float | None = None
    candidates: tuple[str, ...] = ()
    error: str | None = None         # why this change is wrong, or None

    @property
    def low_confidence(self) -> bool:
        """A choice to review: confidence below LOW_CONFIDENCE."""
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class SentenceDiff:
    """One sentence of the source and of the conversion, with what changed in it."""
    index: int
    start: int
    end: int
    source: str
    converted: str
    changes: tuple[Change, ...]

    @property
    def errors(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.error)


def diff(source: str, converted: str, *, converter: Converter | None = None,
         explain: bool = False, segments: Sequence[Segment] | None = None) -> list[SentenceDiff]:
    """Per sentence of `source`, the spans `converted` changed.

    Rule, confidence and candidates come from `segments`, else from
    `converter.segment(source)` (the default converter when `explain` is true); they are
    attached only where that segment's Hanja is what `converted` has. Texts of different
    lengths raise ValueError naming both lengths and the first differing position.

    >>> [c.hanja for d in diff('품질. 성능', '品質. 性能') for c in d.changes]
    ['品質', '性能']
    """
    for name, value in (('source', source), ('converted', converted)):
        if not isinstance(value, str):
            raise TypeError(f'{name} must be str, not {type(value).__name__}')
    if len(source) != len(converted):
        # the first position that is not a syllable or a Hanja written over one
        first = next((i for i, (a, b) in enumerate(zip(source, converted))
                      if a != b and not (is_syllable(a) and is_hanja(b))),
                     min(len(source), len(converted)))
        raise ValueError(f'source has {len(source)} characters but converted has {len(converted)} '
                         f'(they part at position {first}); diff needs the hanja style, '
                         f'one character for one, both in the same normalisation form')
    if segments is None and (converter is not None or explain):
        if converter is None:
            from . import default_converter
            converter = default_converter()
        segments = converter.segment(source)
    by_start = {s.start: s for s in segments or ()}
    bounds = {b for s in segments or () for b in (s.start, s.end)}
    read = _read_back(converted)
    out: list[SentenceDiff] = []
    for k, (a, b) in enumerate(sentence_spans(source)):
        changes = tuple(_change(source, converted, read, s, e, by_start.get(s))
                        for s, e in _changed_runs(source, converted, a, b, bounds))
        out.append(SentenceDiff(k, a, b, source[a:b], converted[a:b], changes))
    return out


def _changed_runs(source: str, converted: str, a: int, b: int, bounds: set[int]):
    """Maximal runs of differing characters in [a, b), cut at segment boundaries."""
    i = a
    while i < b:
        if source[i] == converted[i]:
            i += 1
            continue
        j = i + 1
        while j < b and source[j] != converted[j] and j not in bounds:
            j += 1
        yield i, j
        i = j


def _read_back(converted: str) -> str:
    from .reading import to_hangul
    return to_hangul(converted)


def _change(source: str, converted: str, read: str, s: int, e: int, seg: Segment | None) -> Change:
    hangul, hanja = source[s:e], converted[s:e]
    error = _check(hangul, hanja, read[s:e])
    if seg is not None and seg.end == e and seg.hanja == hanja:
        return Change(s, e, hangul, hanja, seg.rule, seg.confidence, tuple(seg.candidates), error)
    return Change(s, e, hangul, hanja, error=error)


def _check(hangul: str, hanja: str, read: str) -> str | None:
    for a, b in zip(hangul, hanja):
        if not is_syllable(a):
            return f'changed {a!r}, which is not a Hangul syllable, to {b!r}'
        if not is_hanja(b):
            return f'{a!r} became {b!r}, which is not a Hanja'
    if read == hangul or reads_as(hanja, hangul):
        return None
    return f'reads {read}, not {hangul}'
